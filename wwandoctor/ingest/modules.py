"""Parse kernel-module tool messages and module file listings.

    modprobe: FATAL: Module option not found in directory /lib/modules/7.0.11-orbstack-00360-gc9bc4d96ac70
    modinfo: ERROR: Module qmi_wwan not found.
    insmod: ERROR: could not insert module qmi_wwan.ko: Required key not available
    modprobe: ERROR: could not insert 'option': Key was rejected by service
    /lib/modules/7.0.11-orbstack-00360-gc9bc4d96ac70/kernel/drivers/usb/serial/usbserial.ko

"not found" -> kernel.driver_availability[name] = "missing" (and kernel.release from the
directory); module files -> "module" (present on disk); every tool message is kept as a
LogLine with origin "kernel-module" so rules can match load failures (signature checks).
"""
from __future__ import annotations

import os
import re
from typing import List

from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import LogLine, Snapshot

KIND = "modules"

NOT_FOUND_RE = re.compile(r"^\s*(?:(?:modprobe|modinfo|insmod|rmmod):\s*)?(?:FATAL|ERROR):\s*Module (\S+) not found"
                          r"(?: in directory /lib/modules/(\S+))?")
TOOL_RE = re.compile(r"^\s*(modprobe|insmod|modinfo|rmmod|depmod|kmod):\s*(FATAL|ERROR|WARNING)?:?\s*(.*)$")
INSERT_RE = re.compile(r"could not insert (?:module )?'?([^':\s]+?)(?:\.ko(?:\.\w+)?)?'?:")
KO_RE = re.compile(r"^(?:\S*/)?([A-Za-z0-9_-]+)\.ko(?:\.(?:xz|zst|gz))?$")
RELEASE_IN_PATH_RE = re.compile(r"/lib/modules/([^/\s]+)/")


def detect(block: Block) -> int:
    cmd = (block.command or "").strip()
    if re.match(r"^(sudo\s+)?(modprobe|insmod|modinfo)\b", cmd):
        return 90
    lines = [ln for ln in block.lines[:200] if ln.strip()]
    if any(NOT_FOUND_RE.match(ln) or TOOL_RE.match(ln) for ln in lines):
        return 85
    ko = sum(1 for ln in lines if _ko_tokens(ln))
    if ko and ko >= 0.8 * len(lines):
        return 80 if re.match(r"^(sudo\s+)?(find|ls)\b", cmd) or "/lib/modules/" in lines[0] else 60
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    left = []
    source = "paste:%s" % block.name
    for line in block.lines:
        text = line.strip()
        if not text:
            continue
        m = NOT_FOUND_RE.match(line)
        if m:
            snap.kernel.driver_availability[_module(m.group(1))] = "missing"
            if m.group(2) and not snap.kernel.release:
                snap.kernel.release = m.group(2)
            snap.log.append(LogLine(text=text, origin="kernel-module", source=source))
            continue
        if TOOL_RE.match(line):
            snap.log.append(LogLine(text=text, origin="kernel-module", source=source))
            continue
        tokens = _ko_tokens(line)
        if tokens:
            for path in tokens:
                snap.kernel.driver_availability.setdefault(_module(path), "module")
                release = RELEASE_IN_PATH_RE.search(path)
                if release and not snap.kernel.release:
                    snap.kernel.release = release.group(1)
            continue
        left.append(line)
    if len(left) < len([ln for ln in block.lines if ln.strip()]):
        snap.set_source("paste:modules", "ok")
    return left


def _ko_tokens(line: str) -> List[str]:
    """The module files of a listing line ("a.ko  b.ko.xz" or a path); [] unless every word is one."""
    words = line.split()
    if words and all(KO_RE.match(w) for w in words):
        return words
    return []


def _module(name: str) -> str:
    """Module name as the kernel writes it: "usb-storage.ko" -> "usb_storage"."""
    base = os.path.basename(name)
    base = re.sub(r"\.ko(\.\w+)?$", "", base)
    return base.replace("-", "_")
