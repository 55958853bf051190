"""Parse ``uname -a``, ``uname -r`` and ``/proc/version``.

    Linux zoro 3.15-rc8-amd64 #1 SMP Debian 3.15~rc8-1~exp1 (2014-06-03) x86_64 GNU/Linux
    Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, ...) #1 SMP ...
    6.1.0-18-amd64

-> kernel.release ("3.15-rc8-amd64") and kernel.version_line (the whole line).
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot

KIND = "uname"
COMMANDS = ("uname", "cat /proc/version")
PRIORITY = 110

UNAME_A_RE = re.compile(r"^\s*Linux\s+(\S+)\s+(\d+\.\d+\S*)\s+#\S+")
PROC_VERSION_RE = re.compile(r"^\s*Linux version (\d+\.\d+\S*)\s")
RELEASE_RE = re.compile(r"^\s*(\d+\.\d+(?:\.\d+)?(?:[-+~.]\S*)?)\s*$")


def detect(block: Block) -> int:
    lines = [ln for ln in block.lines if ln.strip()]
    if block.runs(COMMANDS):
        return 95
    if lines and len(lines) <= 3 and (UNAME_A_RE.match(lines[0]) or PROC_VERSION_RE.match(lines[0])):
        return 90
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    left = []
    is_uname = re.match(r"^(sudo\s+)?uname\b", (block.command or "").strip())
    for line in block.lines:
        if not line.strip():
            continue
        m = UNAME_A_RE.match(line) or PROC_VERSION_RE.match(line)
        if m:
            snap.kernel.release = m.group(m.lastindex)
            snap.kernel.version_line = line.strip()
            continue
        m = RELEASE_RE.match(line)
        if m and is_uname:
            snap.kernel.release = m.group(1)
            continue
        left.append(line)
    if snap.kernel.release:
        snap.set_source("paste:uname", "ok")
    return left
