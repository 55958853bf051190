"""Parse ``uname -a``, ``uname -r`` and ``/proc/version``.

    Linux zoro 3.15-rc8-amd64 #1 SMP Debian 3.15~rc8-1~exp1 (2014-06-03) x86_64 GNU/Linux
    Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, ...) #1 SMP ...
    6.1.0-18-amd64

-> kernel.release ("3.15-rc8-amd64") and kernel.version_line (the whole line).
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot

KIND = "uname"
COMMANDS = ("uname", "cat /proc/version")
PRIORITY = 110

UNAME_A_RE = regex_cache.compile(r"^\s*Linux\s+(\S+)\s+(\d+\.\d+\S*)\s+#\S+")
PROC_VERSION_RE = regex_cache.compile(r"^\s*Linux version (\d+\.\d+\S*)\s")
RELEASE_RE = regex_cache.compile(r"^\s*(\d+\.\d+(?:\.\d+)?(?:[-+~.]\S*)?)\s*$")
# the end of a uname -a line that a mail or a narrow terminal put on a line of its own: what uname prints after
# the version (machine, processor, hardware platform, "GNU/Linux"), and a platform after it (Synology's
# "x86_64 GNU/Linux synology_geminilake_220+")
UNAME_TAIL_RE = regex_cache.compile(r"^\s*(?:[\w.+-]+\s+){0,3}GNU/Linux(?:\s+[\w.+-]+)?\s*$")


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
    uname_line = ""  # the uname -a line just read
    for line in block.lines:
        if not line.strip():
            continue
        if _is_tail(uname_line, line):
            snap.kernel.version_line += " " + line.strip()
            uname_line = ""
            continue
        m = UNAME_A_RE.match(line) or PROC_VERSION_RE.match(line)
        uname_line = line if m else ""
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


def _is_tail(uname_line: str, line: str) -> bool:
    """``line`` is the rest of ``uname_line``, the uname -a line above it."""
    return bool(uname_line and UNAME_A_RE.match(uname_line) and "GNU/Linux" not in uname_line
                and UNAME_TAIL_RE.match(line))
