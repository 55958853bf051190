"""QFirehose (Quectel's Linux firmware flasher) output.

Every line carries a "[seconds.millis]: " stamp (QFirehose usb_linux.c/qfirehose.c ``dbg_time``);
a real V1.2.3 run (github.com/Biktorgj/quectel_eg25_recovery issue 18)::

    [000.000]: QFirehose Version: Quectel_LTE&5G_QFirehose_Linux&Android_V1.2.3
    [000.000]: Builded: Oct 21 2020 19:13:31
    [000.000]: Find md5 check file <./md5.txt>
    [000.004]: md5 checking: ./contents.xml pass

Later versions print "Version: QFirehose_Linux_Android_V1.4.17". Each line is kept as a LogLine
(origin "qfirehose") for the signatures (flash:usb-access-failed, flash:upgrade-succeeded); the
version goes to ``snap.versions``. The stamp looks like a dmesg stamp, but a dmesg line has no
colon after the bracket, and the kernel-log reader would drop these lines as not about modems.
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import command_tool, source_read, tool_line
from wwandoctor.snapshot import Snapshot

KIND = "qfirehose"
COMMANDS = ("qfirehose", "QFirehose", "qfirehose_armhf")
PRIORITY = 193

_STAMP = regex_cache.compile(r"^\s*\[\d{3,}\.\d{3}\]: ")
# QFirehose's own words (qfirehose.c main, usb_linux.c, firehose_protocol.c, sahara.c of nippynetworks/qfirehose)
_SPECIFIC = regex_cache.compile(
    r"QFirehose|md5 checking: |Find md5 check file|usbfs_is_kernel_driver_alive|USBDEVFS_|qusb_noblock_open"
    r"|Fail to claim interface|Emergency download mode|Upgrade module (?:successfully|failed)|SAHARA_|Sahara protocol"
    r"|fh_(?:send|wait|process)_|prog_nand_firehose|rawprogram|firehose_dir")
_VERSION = regex_cache.compile(r"QFirehose_Linux(?:&|_)Android_V(\d[\w.]*)")


def detect(block: Block) -> int:
    if (command_tool(block.command) or "").lower() in ("qfirehose", "qfirehose_armhf"):
        return 88
    lines = [ln for ln in block.content(100) if ln.strip()]
    stamped = [ln for ln in lines if _STAMP.match(ln)]
    hits = sum(1 for ln in stamped if _SPECIFIC.search(ln))
    if hits and len(stamped) * 2 >= len(lines):
        return 92   # above the dmesg reader's 90 for "[seconds]" stamps: the words are QFirehose's
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    source = "paste:" + (block.name or "-")
    left: List[str] = []
    for line in block.lines:
        stamp = _STAMP.match(line)
        if not stamp:
            if line.strip():
                left.append(line)
            continue
        text = line[stamp.end():]
        tool_line(snap, KIND, text, source)
        version = _VERSION.search(text)
        if version:
            snap.versions.setdefault(KIND, version.group(1))
    source_read(snap, block, left, "paste:" + KIND)
    return left
