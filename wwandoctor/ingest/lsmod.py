"""Parse ``lsmod`` (kmod and busybox/OpenWrt forms) and ``/proc/modules``.

    Module                  Size  Used by
    qmi_wwan               36864  0
    cdc_wdm                28672  1 qmi_wwan
    qmi_wwan 36864 0 - Live 0xffffffffc0a5e000

-> kernel.driver_availability[name] = "loaded" for every row, and kernel.modules_loaded (the
complete list) only when the listing is evidently complete: the "Module Size Used by" header
is there and the command was not filtered ("lsmod | grep wwan" shows a few rows only).
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot

KIND = "lsmod"
COMMANDS = ("lsmod", "cat /proc/modules")
PRIORITY = 90

HEADER_RE = regex_cache.compile(r"^\s*Module\s+Size\s+Used by\s*$")
ROW_RE = regex_cache.compile(r"^\s*([A-Za-z0-9_]+)\s+(\d+)\s+(\d+|-)(?:\s+(.*))?$")


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 95
    lines = block.content()
    if any(HEADER_RE.match(ln) for ln in lines):
        return 90
    rows = sum(1 for ln in lines if ROW_RE.match(ln))
    if rows and rows >= 0.8 * len(lines):
        return min(85, 62 + 10 * rows)
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    left = []
    names = []
    cmd = block.command or ""
    whole = any(HEADER_RE.match(ln) for ln in block.lines) or re.search(r"\bcat\s+/proc/modules\b", cmd)
    complete = bool(whole) and "|" not in cmd
    for line in block.lines:
        if not line.strip() or HEADER_RE.match(line):
            continue
        m = ROW_RE.match(line)
        if m:
            names.append(m.group(1))
            continue
        left.append(line)
    if names:
        for name in names:
            snap.kernel.driver_availability[name] = "loaded"
        if complete:
            loaded = snap.kernel.modules_loaded or []
            loaded.extend(n for n in names if n not in loaded)
            snap.kernel.modules_loaded = loaded
        snap.set_source("paste:lsmod", "ok")
    return left
