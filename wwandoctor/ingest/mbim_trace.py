"""A libmbim / libqmi message trace pasted without its log prefix.

``mbimcli --verbose``, ``qmicli --verbose`` and ``ModemManager --debug`` (on its terminal) print
every message as a header line and lines marked ``>>>>>>`` (received) or ``<<<<<<`` (sent); libmbim
translates the fields of the messages it knows (``build-aux/mbim-codegen/Message.py:1270``, one
``"<prefix>  <Field> = <value>"`` line each)::

    [/dev/cdc-wdm0] Received message (translated)...
    >>>>>> Header:
    >>>>>>   length      = 56
    >>>>>>   type        = command-done (0x80000003)
    >>>>>> Fields:
    >>>>>>   HwRadioState = 'on'
    >>>>>>   SwRadioState = 'off'

Mail archives wrap such a paste (the marker alone on a line, the field on the next). The lines
are kept as log lines of origin ``libmbim`` (qmicli's QMUX traces too: the same frame); the model
reads the radio state from them (:mod:`wwandoctor.decode.mbim`). No tool is recorded as used: the
same trace comes from ModemManager's debug output.
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import LogLine, Snapshot

KIND = "mbim-trace"
COMMANDS = ("ModemManager --debug", "mbimcli --verbose", "qmicli --verbose")  # declared; the content decides
PRIORITY = 245

_MARKER = regex_cache.compile(r"^\s*(?:>>>>>>|<<<<<<)")
_HEADER = regex_cache.compile(r"^\s*\[[^\]]+\] (?:Received|Sent) (?:generic )?message")
# a field line of a translated message or of a QMUX header ("  length  = 19", "HwRadioState = 'on'", "QMUX:")
_FIELD = regex_cache.compile(r"^\s*(?:[A-Za-z][\w ]{0,30}?\s*=\s*\S|(?:QMUX|QMI|Header|Contents|Fields|RAW|Fragment header):\s*$)")


def _traced(line: str) -> bool:
    return bool(_MARKER.match(line) or _HEADER.match(line))


def detect(block: Block) -> int:
    lines = [ln for ln in block.lines if ln.strip()]
    traced = [_traced(ln) for ln in lines]
    marked = sum(traced)
    if marked == 0:
        return 0
    known = marked + sum(1 for ln, is_traced in zip(lines, traced) if not is_traced and _FIELD.match(ln))
    # most lines are the trace's (a log line of the daemon may sit between its messages)
    if known * 10 >= len(lines) * 9 or (marked >= 2 and known * 3 >= len(lines) * 2):
        return 70
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    source = "paste:" + (block.name or "-")
    left: List[str] = []
    taken = False
    for line in block.lines:
        if not line.strip():
            continue
        if _traced(line) or _FIELD.match(line):
            text = _MARKER.sub("", line).strip()
            if text:
                snap.log.append(LogLine(text=text, origin="libmbim", time=None, source=source))
            taken = True
        else:
            left.append(line)
    if taken:
        snap.set_source("paste:mbim-trace", "ok")
    return left
