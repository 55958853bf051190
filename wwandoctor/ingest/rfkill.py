"""Parse ``rfkill list`` and the table printed by util-linux ``rfkill`` (no arguments).

    0: tpacpi_wwan_sw: Wireless WAN
    	Soft blocked: yes
    	Hard blocked: no

    ID TYPE      DEVICE             SOFT      HARD
     1 wwan      tpacpi_wwan_sw  blocked unblocked

-> snap.rfkill: RfkillSwitch(name, type "wwan", index, soft=True, hard=False).
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import RfkillSwitch, Snapshot

KIND = "rfkill"
COMMANDS = ("rfkill",)
PRIORITY = 100

TYPE_NAMES = {"wireless lan": "wlan", "wireless wan": "wwan", "bluetooth": "bluetooth", "ultra-wideband": "uwb",
              "wimax": "wimax", "gps": "gps", "fm": "fm", "nfc": "nfc"}
# "0: tpacpi_wwan_sw: Wireless WAN" (only rfkill's type names: "1: lo: <LOOPBACK,UP>" is ip addr's)
LIST_HEAD_RE = regex_cache.compile(r"^\s*(\d+):\s+(\S+):\s+(%s)\s*$" % "|".join(re.escape(t) for t in TYPE_NAMES), re.IGNORECASE)
BLOCKED_RE = regex_cache.compile(r"^\s*(Soft|Hard) blocked:\s*(yes|no)\s*$", re.IGNORECASE)
TABLE_HEAD_RE = regex_cache.compile(r"^\s*ID\s+TYPE\s+DEVICE\s+SOFT\s+HARD\s*$")
TABLE_ROW_RE = regex_cache.compile(r"^\s*(\d+)\s+(\S+)\s+(\S+)\s+(blocked|unblocked)\s+(blocked|unblocked)\s*$")


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 95
    for line in block.lines[:100]:
        if BLOCKED_RE.match(line) or TABLE_HEAD_RE.match(line):
            return 90
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    left = []
    current = None  # type: Optional[RfkillSwitch]
    found = False
    for line in block.lines:
        if not line.strip() or TABLE_HEAD_RE.match(line):
            found = found or bool(line.strip())
            continue
        m = LIST_HEAD_RE.match(line)
        if m:
            current = _switch(snap, int(m.group(1)), m.group(2), _type(m.group(3)))
            found = True
            continue
        m = BLOCKED_RE.match(line)
        if m and current is not None:
            setattr(current, m.group(1).lower(), m.group(2).lower() == "yes")
            continue
        m = TABLE_ROW_RE.match(line)
        if m:
            current = _switch(snap, int(m.group(1)), m.group(3), _type(m.group(2)))
            current.soft, current.hard = m.group(4) == "blocked", m.group(5) == "blocked"
            found = True
            continue
        left.append(line)
    if found:
        if snap.rfkill is None:
            snap.rfkill = []
        snap.set_source("paste:rfkill", "ok")
    return left


def _type(text: str) -> str:
    text = text.strip()
    return TYPE_NAMES.get(text.lower(), text.lower())


def _switch(snap: Snapshot, index: int, name: str, kind: str) -> RfkillSwitch:
    if snap.rfkill is None:
        snap.rfkill = []
    for sw in snap.rfkill:
        if sw.index == index and sw.name == name:
            return sw
    sw = RfkillSwitch(name=name, type=kind, index=index)
    snap.rfkill.append(sw)
    return sw
