"""Generic error lines of libqmi/libmbim helper tools and shells.

Real samples::

    ubuntu@ubuntu:~$ qmi-firmware-update --update-qdl -d 1199:9078 SWI9X30C_02.30.01.01.cwe ...
    error: error creating device: error opening serial device: Permission denied

    error: error creating device: HDLC trailing control character not found

also "Cannot open device file '/dev/cdc-wdm0': Permission denied",
"couldn't open ... : Device or resource busy", "sudo: qmicli: command not found",
"-bash: mbimcli: command not found", "usb_modeswitch: ..." lines. Each line
is kept as a LogLine whose origin is the tool named by the prompt (e.g.
"qmi-firmware-update") or by the line itself.
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import command_tool, plain_quotes, tool_line
from wwandoctor.snapshot import Snapshot

KIND = "tool-errors"

_ERROR = re.compile(
    r"^(?:error|warning|fatal|critical)\s*:|^\S+: (?:error|warning)\s*:|Permission denied|Operation not permitted|"
    r"Device or resource busy|No such file or directory|command not found|Cannot open device file|"
    r"Transaction timed out|endpoint hangup|couldn't open|not found|timed out|No such device|"
    r"Input/output error|Invalid argument|Resource temporarily unavailable|[Ff]ailed|Killed|Segmentation fault|"
    r"^\(\S+:\d+\): \S+-(?:WARNING|CRITICAL|ERROR) \*\*", re.I)
_TOOL_NAMED = re.compile(r"^(?:sudo: |-?(?:ba|z|da)?sh: )?([\w.-]+): ")
_PROGRESS = re.compile(r"^(?:loading|detecting|checking|resetting|waiting|downloading|uploading|flashing|"
                       r"\s*\[sudo\] password for|\s*[\d.]+%|setting|opening|querying|validating|"
                       r"firmware|image|\s*-|\s*\w[\w ]*:\s+\S)", re.I)


def detect(block: Block) -> int:
    lines = [ln for ln in block.lines[:100] if ln.strip()]
    errors = sum(1 for ln in lines if _ERROR.search(plain_quotes(ln)))
    if not errors:
        return 0
    tool = command_tool(block.command)
    if tool and tool.startswith(("qmi-", "mbim-", "qmi_", "usb_modeswitch", "uqmi", "umbim")):
        return 60
    return 35 if errors * 2 >= len(lines) else 15


def parse(block: Block, snap: Snapshot) -> List[str]:
    source = "paste:" + (block.name or "-")
    cmd_tool = command_tool(block.command)
    if block.command and cmd_tool:
        tool_line(snap, cmd_tool, "$ " + block.command, source)
    left: List[str] = []
    for line in block.lines:
        text = plain_quotes(line).strip()
        if not text or text.startswith("[sudo] password for"):
            continue
        if _ERROR.search(text) or (cmd_tool and _PROGRESS.match(text)):
            named = _TOOL_NAMED.match(text)
            if "command not found" in text:  # the shell speaks, not the tool
                origin = "shell"
            else:
                origin = cmd_tool or (named.group(1) if named and not named.group(1).lower().startswith(
                    ("error", "warning")) else "tool")
            tool_line(snap, origin, text, source)
        else:
            left.append(line)
    return left
