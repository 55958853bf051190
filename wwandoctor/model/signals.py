"""The signals (typed facts from known messages, :mod:`wwandoctor.signatures`) a snapshot shows.

Every log line counts, and so does every pasted line no parser understood: a decisive
message in an output kind nobody parses (a vendor tool, a script's error) is still evidence.
"""
from __future__ import annotations

import re
from typing import Dict, Iterator, List

from wwandoctor import signatures
from wwandoctor.snapshot import LogLine, Snapshot

_UNRECOGNIZED_PREFIX = re.compile(r"^(?P<where>.*?:\d+): ")


def unrecognized_lines(snap: Snapshot) -> Iterator[LogLine]:
    """The lines of the "not understood" sections, their ``file:line:`` prefix removed."""
    for entry in snap.unrecognized:
        for part in entry.split("\n"):
            m = _UNRECOGNIZED_PREFIX.match(part)
            text = part[m.end():] if m else part
            if text.strip():
                yield LogLine(text=text, origin="unknown", time=None, source=m.group("where") if m else "paste")


def text_lines(snap: Snapshot) -> List[LogLine]:
    """Every log line, then every line no parser understood: what signatures and anchors read."""
    return list(snap.log) + list(unrecognized_lines(snap))


def derive_signals(lines: List[LogLine]) -> Dict[str, List[LogLine]]:
    """``{fact: [lines]}`` for every fact the lines (:func:`text_lines`) prove."""
    return signatures.scan(lines)
