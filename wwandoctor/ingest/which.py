"""Parse the answer to a lookup of a program on the PATH.

    $ which usb_modeswitch
    which: no usb_modeswitch in (/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin)

-> one log line "which usb_modeswitch => not found" (origin "which") when the answer says the program is not there:
GNU which's message (which.c: fprintf(stderr, "which: no %s in (%s)\n", ...)), a shell's "not found", or an
interpreter's nil/false/None: an IEx session's ``System.find_executable("usb_modeswitch")`` answered ``nil`` (Elixir's
System.find_executable/1 returns nil, Erlang's os:find_executable/1 false), which the splitter reads as the command
"which usb_modeswitch" (ingest/repl.py). A path found says nothing (the program is there); an answer of anything else
is left for the other parsers.
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import LogLine, Snapshot

KIND = "which"
COMMANDS = ("which", "command -v", "type -p", "type -P")
PRIORITY = 249

_NOT_FOUND = regex_cache.compile(r"^\s*(?:nil|false|None|which: no \S+ in \(.*|\S+(?::| is)? not found\.?|\S+: command not found)\s*$")
_PATH = regex_cache.compile(r"^\s*/\S+\s*$")


def _program(block: Block) -> str:
    words = (block.command or "").split()
    return words[-1] if words else ""


def detect(block: Block) -> int:
    lines = block.content()
    if block.runs(COMMANDS) and lines and len(lines) <= 3 and all(_NOT_FOUND.match(ln) or _PATH.match(ln) for ln in lines):
        return 95
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    left = []
    for line in block.lines:
        if not line.strip() or _PATH.match(line):
            continue
        if _NOT_FOUND.match(line):
            snap.log.append(LogLine(text="which %s => not found" % _program(block), origin="which",
                                    source="paste:%s" % block.name))
            continue
        left.append(line)
    return left
