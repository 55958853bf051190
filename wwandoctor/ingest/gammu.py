"""``gammu --identify`` and ``gammu --networkinfo`` output.

gammu prints one "label : value" line per item, the label left-aligned in 20 columns
(``LISTFORMAT "%-20s : "``; gammu/misc.c ``Identify`` and ``PrintNetworkInfo`` of gammu/gammu).
A real run (github.com/gammu/gammu issue 395, a D-Link DWM-157 C1; the poster hid the numbers)::

    Device               : /dev/ttyUSB0
    Manufacturer         : MTK1
    Model                : MTK2 (MTK2)
    Firmware             : 0.3.9
    IMEI                 : xxxxxxxxxxxxxx
    SIM IMSI             : xxxxxxxxxxxxxxxxxxx

    Network state        : unknown
    Packet network state : unknown
    GPRS                 : detached

Each line is kept whole as a LogLine (origin "gammu"): the model name and firmware revision are read
from the lines like any other (model.named, the firmware table), and the IMEI and IMSI go through the
redactor with the rest of the log.
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import command_tool, source_read, tool_line
from wwandoctor.snapshot import Snapshot

KIND = "gammu"
COMMANDS = ("gammu",)
PRIORITY = 115

# The labels gammu prints: Identify() (misc.c) and PrintNetworkInfo(), whose newer versions add the
# packet-network lines.
LABELS = ("Device", "Manufacturer", "Model", "Firmware", "Hardware", "IMEI", "Original IMEI", "Manufactured",
          "Product code", "SIM IMSI", "Network state", "Network", "Name in phone", "Packet network state",
          "Packet network", "GPRS")
_LINE = regex_cache.compile(r"^\s*(%s)\s* : \S" % "|".join(re.escape(label) for label in LABELS))
# Lines of its own a block needs for the labels alone to say it is gammu's (one "Model : x" is not enough).
MIN_LINES = 2


def detect(block: Block) -> int:
    if command_tool(block.command) == "gammu":
        return 88
    lines = [ln for ln in block.content(100) if ln.strip()]
    own = sum(1 for ln in lines if _LINE.match(ln))
    if own >= MIN_LINES and own * 2 >= len(lines):
        return 70
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    source = "paste:" + (block.name or "-")
    left: List[str] = []
    for line in block.lines:
        if _LINE.match(line):
            tool_line(snap, KIND, line, source)
        elif line.strip():
            left.append(line)
    source_read(snap, block, left, "paste:" + KIND)
    return left
