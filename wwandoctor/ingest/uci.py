"""Parse OpenWrt UCI network configuration (``cat /etc/config/network``, ``uci show network``).

    config interface 'ltewan'
            option proto 'qmi'
            option device '/dev/cdc-wdm0'
            option apn 'internet'

-> one ``ConfigFile`` (kind "openwrt") per interface section with a modem protocol or a WWAN
device, the same as the live collector reads from /etc/config/network.
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.decode.configs import parse_uci_network
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot

KIND = "uci"
COMMANDS = ("cat /etc/config/network", "uci show network")
PRIORITY = 10

SECTION_RE = regex_cache.compile(r"^\s*config\s+\w+(?:\s+'?[\w.-]+'?)?\s*$")
OPTION_RE = regex_cache.compile(r"^\s*(?:option|list)\s+\w+(?:\s+.*)?$")
UCI_SHOW_RE = regex_cache.compile(r"^\s*network\.([\w-]+)(?:\.(\w+))?='?(.*?)'?\s*$")


def detect(block: Block) -> int:
    lines = [ln for ln in block.lines if ln.strip() and not ln.strip().startswith("#")]
    if not lines:
        return 0
    sections = sum(1 for ln in lines if SECTION_RE.match(ln))
    options = sum(1 for ln in lines if OPTION_RE.match(ln))
    shown = sum(1 for ln in lines if UCI_SHOW_RE.match(ln))
    if sections and sections + options >= 0.8 * len(lines):
        return 85
    if shown >= 0.8 * len(lines):
        return 80
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    lines = [ln for ln in block.lines if ln.strip()]
    text = "\n".join(_from_uci_show(lines) if any(UCI_SHOW_RE.match(ln) for ln in lines) else lines)
    snap.configs.extend(parse_uci_network("/etc/config/network (pasted)", text))
    snap.set_source("paste:uci", "ok")
    return [ln for ln in lines if not (SECTION_RE.match(ln) or OPTION_RE.match(ln) or UCI_SHOW_RE.match(ln))]


def _from_uci_show(lines: List[str]) -> List[str]:
    """``network.wwan=interface`` / ``network.wwan.proto='qmi'`` -> config/option lines."""
    out = []
    for ln in lines:
        m = UCI_SHOW_RE.match(ln)
        if not m:
            continue
        section, option, value = m.groups()
        out.append("config %s '%s'" % (value, section) if option is None else "\toption %s '%s'" % (option, value))
    return out
