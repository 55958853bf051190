"""``systemctl status <unit>`` and ``systemctl is-active <units>``: the state of ModemManager & co.

Real forms::

    $ systemctl status ModemManager
    ○ ModemManager.service - Modem Manager
         Loaded: loaded (/lib/systemd/system/ModemManager.service; disabled; preset: enabled)
         Active: inactive (dead)

    ● ModemManager.service - Modem Manager
         Active: active (running) since Tue 2024-03-05 10:12:01 CET; 2h 3min ago
       Main PID: 812 (ModemManager)
         CGroup: /system.slice/ModemManager.service
                 └─812 /usr/sbin/ModemManager
    Mar 05 10:12:01 host ModemManager[812]: <info>  ModemManager (version 1.20.4) starting in system bus...

    × ModemManager.service - Modem Manager
         Active: failed (Result: exit-code) since ...

    Unit ModemManager.service could not be found.

    $ systemctl is-active ModemManager NetworkManager
    active
    inactive

-> ``snap.services[unit]`` = "active" / "inactive" / "failed" / "activating" / ... (the word
after "Active:"; a unit that could not be found is "inactive", as ``systemctl is-active``
says). The header, Loaded and Active lines are kept as LogLines (origin "systemd"). The
journal tail the status ends with is left to the journal parser (the registry hands it on),
which keeps ModemManager's lines with origin "ModemManager".
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import add_log, command_tool
from wwandoctor.snapshot import LogLine, Snapshot

KIND = "systemctl"
COMMANDS = ("systemctl",)
PRIORITY = 30

STATES = "active|inactive|failed|activating|deactivating|reloading|maintenance|refreshing"
_HEADER = regex_cache.compile(r"^\s*(?:[●○×*]\s*)?([\w@.:-]+)\.service(?: - (.*))?$")
_ACTIVE = regex_cache.compile(r"^\s*Active: (%s)\b" % STATES)
_NOT_FOUND = regex_cache.compile(r"^\s*Unit ([\w@.:-]+)\.service could not be found\.?\s*$")
# The other "Key: value" lines of a status, and the process tree below CGroup.
_FIELD = regex_cache.compile(r"^\s*(?:Loaded|Drop-In|Docs|Main PID|Process|Status|Tasks|Memory|CPU|CGroup|TriggeredBy|Duration|"
                             r"Triggers|IP|IO|Mem peak|Invocation|Notice|Condition|Warning|Hint|Trigger):")
_TREE = regex_cache.compile(r"^\s*(?:[└├│]|[|`]-)\S*\s*\S|^\s+/\S+$")  # "└─812 /usr/sbin/ModemManager", ascii "`-812 ..."
_STATE_WORD = regex_cache.compile(r"^\s*(%s|unknown)\s*$" % STATES)
_KEEP = regex_cache.compile(r"^\s*(?:Loaded|Active):")


def _command(command: Optional[str]) -> Tuple[Optional[str], List[str]]:
    """(verb, units) of a systemctl command: "systemctl status ModemManager.service" -> ("status", ["ModemManager"])."""
    if command_tool(command) != "systemctl":
        return None, []
    words = (command or "").split("|")[0].split()
    for i, word in enumerate(words):
        if word in ("status", "is-active"):
            units = [w[:-len(".service")] if w.endswith(".service") else w
                     for w in words[i + 1:] if not w.startswith("-") and ">" not in w]
            return word, units
    return None, []


def detect(block: Block) -> int:
    if _command(block.command)[0]:
        return 95
    lines = block.content(50)
    if any(_NOT_FOUND.match(ln) for ln in lines):
        return 90
    headers = any(_HEADER.match(ln) and " - " in ln for ln in lines)
    if headers and any(_ACTIVE.match(ln) for ln in lines):
        return 90
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    verb, units = _command(block.command)
    if verb == "is-active":
        return _is_active(block, snap, units)
    source = "paste:" + (block.name or "-")
    unit = units[0] if len(units) == 1 else None
    left: List[str] = []
    seen = False  # a status header was read
    for line in block.lines:
        header = _HEADER.match(line)
        if header and (header.group(2) is not None or line.lstrip()[:1] in "●○×*"):
            unit, seen = header.group(1), True
        elif _NOT_FOUND.match(line):
            snap.services[_NOT_FOUND.match(line).group(1)] = "inactive"  # as "systemctl is-active" says
            seen = True
        elif _ACTIVE.match(line) and unit:
            snap.services[unit] = _ACTIVE.match(line).group(1)
        elif _FIELD.match(line) or (seen and _TREE.match(line)):
            if line.lstrip().startswith("Loaded:"):
                add_log(snap, LogLine(text=line.strip(), origin="systemd", source=source))
            continue
        else:
            if line.strip():
                left.append(line)
            continue
        add_log(snap, LogLine(text=line.strip(), origin="systemd", source=source))
    if seen:
        snap.set_source("paste:systemctl", "ok")
    return left


def _is_active(block: Block, snap: Snapshot, units: List[str]) -> List[str]:
    """One state a line, in the order of the units the command names."""
    lines = [ln for ln in block.lines if ln.strip()]
    states = [_STATE_WORD.match(ln) for ln in lines]
    if not units or len(lines) != len(units) or not all(states):
        return lines  # which state is whose cannot be told
    snap.services.update(zip(units, (m.group(1) for m in states)))
    snap.set_source("paste:systemctl", "ok")
    return []
