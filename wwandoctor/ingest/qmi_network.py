"""qmi-network / mbim-network output (libqmi's and libmbim's connection scripts).

Forms from ``utils/qmi-network.in`` and ``utils/mbim-network.in``::

    Loading profile at /etc/qmi-network.conf...
        APN: internet
    Checking data format with 'qmicli -d /dev/cdc-wdm0 --wda-get-data-format '...
    Device link layer protocol retrieved: raw-ip
    Getting expected data format with 'qmicli -d /dev/cdc-wdm0 --get-expected-data-format'...
    Expected link layer protocol retrieved: 802-3
    Starting network with 'qmicli -d /dev/cdc-wdm0 --wds-start-network=apn='internet' --client-no-release-cid'...
    Network started successfully

    Loading profile at /etc/mbim-network.conf...
    Querying subscriber ready status 'mbimcli -d /dev/cdc-wdm0 --query-subscriber-ready-status --no-close'...
    [/dev/cdc-wdm0] Subscriber ready status retrieved: Ready state: 'initialized'

Lines are kept as LogLines (origin "qmi-network" or "mbim-network") and the
script is recorded as a tool in use.
"""
from __future__ import annotations

import re
from typing import List, Optional

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import add_tool, command_tool, plain_quotes, tool_line
from wwandoctor.snapshot import Snapshot

KIND = "qmi-network"
COMMANDS = ("qmi-network", "mbim-network")
PRIORITY = 200

_SCRIPT_LINE = regex_cache.compile(
    r"^(?:Loading profile at|Profile at '.*' not found|Checking data format with|Device link layer protocol|"
    r"Getting expected data format with|Expected link layer protocol|Updating kernel link layer protocol|"
    r"Kernel link layer protocol|Starting network with|Stopping network with|Saving state at|Loading previous state|"
    r"Previous state|Clearing state at|Network started successfully|Network stopped successfully|"
    r"Network already started|Network already stopped|Network start failed|Network stop failed|error: network|"
    r"Getting status with|Status: |Querying subscriber ready status|Querying registration state|"
    r"Querying packet service|Attaching to packet service|Connecting|Disconnecting|Disconnected|Connected|"
    r"Checking network connection|Error: |usage:|Using (?:qmi|mbim)-proxy|Reading|"
    r"\s+(?:APN|APN_USER|APN_PASS|APN_AUTH|IP_TYPE|PROXY|PROFILE|WWAN_IFACE)[:=]|\[/dev/)", re.I)

# The profile dump after "Loading profile at ...": "    APN user: unset", "    qmi-proxy: no".
_PROFILE_LINE = regex_cache.compile(r"^\s+(?:APN|[a-z]+-proxy|IP[ _]?type|profile|WWAN[ _]?iface)\b[\w -]*: \S", re.I)


def _script_of(text: str, cmd_tool: Optional[str]) -> Optional[str]:
    if cmd_tool in ("qmi-network", "mbim-network"):
        return cmd_tool
    if "qmi-network" in text or "qmicli" in text or "link layer protocol" in text.lower():
        return "qmi-network"
    if "mbim-network" in text or "mbimcli" in text or "subscriber ready" in text.lower():
        return "mbim-network"
    return None


def detect(block: Block) -> int:
    tool = command_tool(block.command)
    if tool in COMMANDS:
        return 90
    lines = [plain_quotes(ln) for ln in block.lines[:100] if ln.strip()]
    hits = sum(1 for ln in lines if _SCRIPT_LINE.match(ln) and not ln.startswith("[/dev/"))
    # qmi-network's own steps name the qmicli/mbimcli command they run (utils/qmi-network.in "Checking data format with
    # '...'", "Starting network with '...'")
    marker = any(re.search(r"(?:qmi|mbim)-network\.conf|Loading profile at|(?:Starting network|Checking data format) with '", ln)
                 for ln in lines)
    if marker and hits:
        return 88
    return 30 if hits * 2 >= len(lines) and hits >= 2 else 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    source = "paste:" + (block.name or "-")
    cmd_tool = command_tool(block.command)
    text_all = "\n".join(block.lines[:200])
    script = _script_of(text_all, cmd_tool) or "qmi-network"
    left: List[str] = []
    kept = False
    for line in block.lines:
        if not line.strip():
            continue
        text = plain_quotes(line)
        if not (_SCRIPT_LINE.match(text) or re.match(r"^\s*\w[\w ()/-]*: '", text)
                or _PROFILE_LINE.match(text)):
            left.append(line)
            continue
        tool_line(snap, script, text, source)
        kept = True
    if kept or cmd_tool == script:
        add_tool(snap, script, ("$ " + block.command) if block.command else script)
        snap.set_source("paste:" + script, "ok")
    return left
