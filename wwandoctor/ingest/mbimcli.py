"""mbimcli output (libmbim's command-line tool).

Real forms (libmbim ``mbimcli-basic-connect.c``)::

    $ mbimcli -d /dev/cdc-wdm0 --query-radio-state
    [/dev/cdc-wdm0] Radio state retrieved:
                 Hardware radio state: 'on'
                 Software radio state: 'off'

    [/dev/cdc-wdm0] Subscriber ready status retrieved:
                  Ready state: 'sim-not-inserted'

    error: couldn't open the MbimDevice: Transaction timed out

"[/dev/cdc-wdm0] Connection status:" ends its line in mbimcli (the fields follow);
qmicli's packet-service status carries the value on the same line ("... Connection status:
'connected'") and is not mbimcli's.

Every output line is kept as a LogLine (origin "mbimcli") and the person is
recorded as using mbimcli.
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import add_tool, command_tool, plain_quotes, tool_line
from wwandoctor.snapshot import Snapshot

KIND = "mbimcli"

_SPECIFIC = re.compile(
    r"MbimDevice|radio state|Ready state:|Subscriber ready|Device caps|Device services|"
    r"IP configuration retrieved|Connection status:\s*$|Activation state:|Session ID:|Register state:|"
    r"Packet service|Signal state|Home provider|Visible providers|Nw error:|Provisioned contexts|"
    r"couldn't (?:connect|query|set|open the Mbim)|MBIM|SimNotInserted|PinRequired|NotRegistered|RadioPowerOff|"
    r"OperationNotAllowed|NotInitialized")
_OUTPUT = re.compile(r"^\s+\S|^\s*(?:\[/dev/|error:|warning:)|:|'|^\s*\S+\s*$")
_VERSION = re.compile(r"^\s*mbimcli (\d+\.\d+[\w.~+-]*)\s*$")
_BOILERPLATE = re.compile(r"^\s*(?:Copyright|License|This is free software|There is NO WARRANTY)")
_NOISE = re.compile(r"^\s*\[sudo\] password for|^\s*$")


def _mine(text: str) -> bool:
    return bool(_SPECIFIC.search(plain_quotes(text)))


def detect(block: Block) -> int:
    if command_tool(block.command) == "mbimcli":
        return 85
    lines = [ln for ln in block.lines[:100] if ln.strip()]
    hits = sum(1 for ln in lines if _mine(ln))
    if not hits:
        return 0
    return 76 if hits * 3 >= len(lines) else 45


def parse(block: Block, snap: Snapshot) -> List[str]:
    source = "paste:" + (block.name or "-")
    cmd = plain_quotes(block.command or "")
    evidence = ("mbimcli " + cmd.split("mbimcli", 1)[1].strip()) if "mbimcli" in cmd else None
    if evidence:
        tool_line(snap, "mbimcli", "$ " + cmd, source)
    left: List[str] = []
    for line in block.lines:
        if _NOISE.match(line):
            continue
        text = plain_quotes(line)
        version = _VERSION.match(text)
        if version or _BOILERPLATE.match(text):
            if version:
                snap.versions.setdefault("mbimcli", version.group(1))
            continue
        if not (_mine(text) or (_OUTPUT.search(text) and (evidence or text.lstrip().startswith("[/dev/")))):
            left.append(line)
            continue
        tool_line(snap, "mbimcli", text, source)
        evidence = evidence or text.strip()
    if evidence and "--version" not in cmd:  # "qmicli --version" shows it installed, not used
        add_tool(snap, "mbimcli", evidence)
        snap.set_source("paste:mbimcli", "ok")
    return left
