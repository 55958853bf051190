"""USB ids a post names in its own words ("my modem is 2c7c:0125", "VID 1199 PID 9071",
"idVendor=1199, idProduct=9071", "USB\\VID_2C7C&PID_0125").

Only the lines no parser understood are read (a kernel or lsusb line is already a device), and
only ids of a modem vendor count: a bare ``xxxx:xxxx`` is also a time, a MAC or an IPv6 group.
"""
from __future__ import annotations

import re
from typing import Iterable, List, Optional, Tuple

from wwandoctor.snapshot import LogLine

# "2c7c:0125", "0x2c7c:0x0125", also ending a sentence; not a piece of a longer colon chain (MAC, IPv6, a time)
_PAIR_RE = re.compile(r"(?<![0-9A-Fa-f:.])(?:0x)?([0-9a-fA-F]{4}):(?:0x)?([0-9a-fA-F]{4})(?![0-9A-Fa-f:]|\.\d)")
# "VID 1199 PID 9071", "vid=0x1199, pid=0x9071", "idVendor=1199 idProduct=9071", "VID_2C7C&PID_0125"
_NAMED_RE = re.compile(
    r"\b(?:vid|idVendor|vendor[ _-]?id)\s*[=:_ ]?\s*(?:0x)?([0-9a-fA-F]{4})\b[\s,;/&]*(?:and\s+)?"
    r"(?:pid|idProduct|product[ _-]?id)\s*[=:_ ]?\s*(?:0x)?([0-9a-fA-F]{4})\b", re.I)


def ids_in_prose(lines: Iterable[LogLine]) -> List[Tuple[str, str, str]]:
    """``[(vid, pid, line)]`` for the modem-vendor ids the unparsed lines name, each id once."""
    from wwandoctor import knowledge
    found: List[Tuple[str, str, str]] = []
    for line in lines:
        if line.origin != "unknown":
            continue
        for vid, pid in _NAMED_RE.findall(line.text) + _PAIR_RE.findall(line.text):
            vid, pid = vid.lower(), pid.lower()
            if not (knowledge.modem_vendor(vid) or knowledge.is_modem_id(vid, pid)):
                continue
            if all((vid, pid) != (v, p) for v, p, _ in found):
                found.append((vid, pid, line.text.strip()))
    return found


def prose_id(lines: Iterable[LogLine]) -> Optional[Tuple[str, str, str]]:
    """The one modem id the post's words name, or None when they name none or several."""
    found = ids_in_prose(lines)
    return found[0] if len(found) == 1 else None
