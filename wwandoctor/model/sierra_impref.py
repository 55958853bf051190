"""Sierra AT!IMPREF? (and AT!GOBIIMPREF?): the preferred firmware/carrier pair against the running one.

The command prints the preferred and the current firmware version, carrier name and configuration name, one per line
(AirPrime EM/MC74xx AT Command Reference 4117727, !IMPREF), and newer firmware adds "fw version mismatch" lines,
which the signature table reads (fw:image-mismatch). Older firmware prints the two values only: when the preferred and
the current value of one item differ, the module boots an image or a carrier configuration (PRI) it was not told to,
and stays in low power (causes.md firmware-image-mismatch):

     preferred fw version:    02.30.01.01
     current fw version:      02.24.05.06
-> {"fw:image-mismatch": [the current line]}
"""
from __future__ import annotations

import re
from typing import Dict, List, Sequence

from wwandoctor import regex_cache
from wwandoctor.snapshot import LogLine

FACT = "fw:image-mismatch"
FACTS = (FACT,)  # every fact it derives (signals.derived_facts)
_ITEM = regex_cache.compile(r"^\s*(preferred|current)\s+(fw version|carrier name|config name):\s*(\S+)\s*$")


def impref_signals(lines: Sequence[LogLine]) -> Dict[str, List[LogLine]]:
    """{FACT: [the current lines that differ from the preferred ones]} for an !IMPREF? answer the lines show."""
    preferred, differing = {}, []  # type: Dict[str, str], List[LogLine]
    for line in lines:
        item = _ITEM.match(line.text)
        if not item:
            continue
        which, name, value = item.groups()
        if which == "preferred":
            preferred[name] = value
        elif name in preferred and preferred.pop(name).lower() != value.lower():
            differing.append(line)
    return {FACT: differing} if differing else {}
