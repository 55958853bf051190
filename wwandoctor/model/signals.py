"""The signals (typed facts from known messages, :mod:`wwandoctor.signatures`) a snapshot shows.

Every log line counts, and so does every pasted line no parser understood: a decisive
message in an output kind nobody parses (a vendor tool, a script's error) is still evidence, and so
is a message the post quotes in a sentence or a state it says it observed (``said:*``).
"""
from __future__ import annotations

import re
from typing import Dict, Iterator, List, Sequence

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


def prose_text_lines(snap: Snapshot) -> List[LogLine]:
    """What model.prose reads: the lines nobody understood, whole (``snap.prose``), and the lines the
    generic error reader kept only for an error word in them (origin ``tool``: "after insmod I only
    get 'Operation not permitted'" is a sentence with an error word, not a tool's output)."""
    lines = [LogLine(text=ln.text, origin="unknown", time=None, source=ln.source)
             for ln in snap.log if ln.origin == "tool"]
    for part in snap.prose:
        m = _UNRECOGNIZED_PREFIX.match(part)
        text = part[m.end():] if m else part
        if text.strip():
            lines.append(LogLine(text=text, origin="unknown", time=None, source=m.group("where") if m else "paste"))
    return lines


def text_lines(snap: Snapshot) -> List[LogLine]:
    """Every log line, then every line no parser understood: what signatures and anchors read."""
    return list(snap.log) + list(unrecognized_lines(snap))


def derive_signals(lines: List[LogLine], prose_lines: Sequence[LogLine] = ()) -> Dict[str, List[LogLine]]:
    """``{fact: [lines]}`` for every fact the lines (:func:`text_lines`) prove, then the facts of the
    messages the post's sentences quote and of the states they report (:mod:`wwandoctor.model.prose`,
    reading ``prose_lines``: :func:`prose_text_lines`)."""
    from wwandoctor.model import prose
    found = signatures.scan(lines, said=prose.stated_at)
    found.update(signatures.scan_quotes(prose.quoted_lines(prose_lines), found))
    found.update(prose.stated_facts(prose_lines))
    return found
