"""Parse NetworkManager's ``nmcli`` output.

``nmcli device`` / ``nmcli d status`` (the header may be missing in a paste)::

    DEVICE    TYPE      STATE         CONNECTION
    cdc-wdm0  gsm       disconnected  --

``nmcli connection``, ``nmcli -f GENERAL.STATE con show lte`` / ``nmcli d show``
("GENERAL.STATE:                          activating") and errors::

    Error: Connection activation failed: (1) Unknown error.

Each understood line is kept as a LogLine (origin "nmcli"; errors origin "NetworkManager")
so rules can match it; nmcli output is evidence that NetworkManager is used
(ToolUse networkmanager) and, unless nmcli says otherwise, that it runs.
"""
from __future__ import annotations

import re
from typing import List, Optional

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import LogLine, Snapshot, ToolUse

KIND = "nmcli"
COMMANDS = ("nmcli",)
PRIORITY = 120

NM_TYPES = ("gsm", "cdma", "ethernet", "wifi", "wifi-p2p", "loopback", "bridge", "bond", "vlan", "tun",
            "bluetooth", "modem", "wireguard", "dummy", "veth", "macvlan", "ip-tunnel", "vpn", "ppp",
            "802-3-ethernet", "802-11-wireless", "infiniband", "olpc-mesh", "team", "generic", "wpan",
            "6lowpan", "loopback", "wwan", "unknown")
NM_STATES = ("connected", "disconnected", "unavailable", "unmanaged", "connecting", "activating",
             "activated", "deactivating", "deactivated", "failed", "prepare", "config", "need-auth",
             "ip-config", "ip-check", "secondaries", "unknown", "connected (externally)",
             "connecting (prepare)", "connecting (configuring)", "connecting (need authentication)",
             "connecting (getting IP configuration)", "connecting (checking IP connectivity)",
             "connecting (starting secondary connections)")
HEADER_RE = regex_cache.compile(r"^\s*(DEVICE\s+TYPE\s+STATE|NAME\s+UUID\s+TYPE|NAME\s+TYPE|DEVICE\s+TYPE)\b")
DEVICE_RE = regex_cache.compile(r"^\s*(\S+)\s+(%s)\s+(\S+(?: \([^)]*\))?)(?:\s+(.*))?$" % "|".join(
    re.escape(t) for t in NM_TYPES))
UUID_RE = regex_cache.compile(r"\s[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s+\S+\s+\S+\s*$")
FIELD_RE = regex_cache.compile(r"^\s*([A-Za-z0-9-]+(?:\.[A-Za-z0-9_\-\[\]]+)+):\s*(.*)$")
ERROR_RE = regex_cache.compile(r"^\s*Error:\s*(.+)$")
NOT_RUNNING_RE = regex_cache.compile(r"NetworkManager is not running", re.IGNORECASE)
ACTIVATED_RE = regex_cache.compile(r"^\s*Connection successfully activated\b")
# "nmcli radio" / "nmcli general": a header of upper-case columns and one row of values.
STATUS_HEAD_RE = regex_cache.compile(r"^\s*((?:STATE|CONNECTIVITY|WIFI-HW|WIFI|WWAN-HW|WWAN|RUNNING|VERSION|NETWORKING)\s*)+$")


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 95
    best = 0
    for line in block.lines[:200]:
        if HEADER_RE.match(line) or NOT_RUNNING_RE.search(line) or ACTIVATED_RE.match(line) or (
                STATUS_HEAD_RE.match(line) and "WWAN" in line):
            best = max(best, 85)
        elif ERROR_RE.match(line) and re.search(r"[Cc]onnection activation failed|NetworkManager|nmcli", line):
            best = max(best, 85)
        elif FIELD_RE.match(line) and re.match(r"^\s*(GENERAL|IP4|IP6|connection|gsm|ipv4|ipv6|DHCP4|"
                                               r"CAPABILITIES|WIRED-PROPERTIES)\.", line):
            best = max(best, 75)
        elif DEVICE_RE.match(line) and _is_state(DEVICE_RE.match(line).group(3)):
            best = max(best, 60)
    return best


def _is_state(text: str) -> bool:
    return text.lower().split(" (")[0] in NM_STATES


def parse(block: Block, snap: Snapshot) -> List[str]:
    left = []
    source = "paste:%s" % block.name
    understood = False
    status_head: Optional[List[str]] = None  # the columns of "nmcli radio" / "nmcli general", for the row under it
    for line in block.lines:
        text = line.strip()
        if not text:
            continue
        if STATUS_HEAD_RE.match(line):
            status_head = text.split()
            understood = True
            continue
        if status_head and len(text.split()) == len(status_head):
            pairs = " ".join("%s=%s" % kv for kv in zip(status_head, text.split()))
            _log(snap, "nmcli " + pairs, "nmcli", source)
            status_head = None
            continue
        status_head = None
        if _read_line(snap, line, source):
            understood = True
        else:
            left.append(line)
    if understood:
        _record_networkmanager(snap, block)
    return left


def _read_line(snap: Snapshot, line: str, source: str) -> bool:
    """Take ``line`` when it is nmcli's: a table header, NetworkManager's answers and errors, device rows
    and fields."""
    if HEADER_RE.match(line):
        return True
    if NOT_RUNNING_RE.search(line):
        snap.services.setdefault("NetworkManager", "inactive")
    if ACTIVATED_RE.match(line) or NOT_RUNNING_RE.search(line) or ERROR_RE.match(line):
        return _log(snap, line, "NetworkManager", source)
    m = DEVICE_RE.match(line)
    if (m and _is_state(m.group(3))) or UUID_RE.search(line) or FIELD_RE.match(line):
        return _log(snap, line, "nmcli", source)
    return False


def _log(snap: Snapshot, line: str, origin: str, source: str) -> bool:
    snap.log.append(LogLine(text=line.strip(), origin=origin, source=source))
    return True


def _record_networkmanager(snap: Snapshot, block: Block) -> None:
    """The person uses NetworkManager (nmcli output shown), which runs unless it said it does not."""
    snap.set_source("paste:nmcli", "ok")
    if not any(t.tool == "networkmanager" and t.source == "paste" for t in snap.tools):
        evidence = block.command or next(ln.strip() for ln in block.lines if ln.strip())
        snap.tools.append(ToolUse(tool="networkmanager", source="paste", evidence=evidence[:200]))
    if snap.services.get("NetworkManager") is None and any(ln.origin == "nmcli" for ln in snap.log):
        snap.services["NetworkManager"] = "active"
