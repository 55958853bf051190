"""Text that wwandoctor wrote, with the spans filled in from the user's data marked.

A rule's title, message and fix commands are the rule author's words with
placeholders filled from the model (``ip link set {modem.net_ports} up`` ->
``ip link set wwan0 up``). The words are not personal data, the filled values
may be. :class:`FilledText` is a ``str`` that also knows which spans were
filled (``filled``), so the redactor can alias those and leave the author's
words as written (``address 02:00:00:00:00:01`` stays a command that works).

Any other ``str`` operation gives a plain ``str``, which the redactor treats as
user data throughout: losing the marks can only redact more, never less.
"""
from __future__ import annotations

import re
from typing import Iterable, List, Tuple, Union


class FilledText(str):
    """A ``str`` whose ``filled`` spans ``(start, end)`` hold values from the user's data."""

    def __new__(cls, text: str = "", filled: Iterable[Tuple[int, int]] = ()):
        obj = super().__new__(cls, text)
        obj.filled = tuple((s, e) for s, e in filled if s < e)
        return obj

    def __reduce__(self):
        return (FilledText, (str(self), self.filled))

    def segments(self) -> List[Tuple[str, bool]]:
        """``[(text, is_filled), ...]`` in order."""
        out, pos = [], 0
        for start, end in self.filled:
            if pos < start:
                out.append((self[pos:start], False))
            out.append((self[start:end], True))
            pos = end
        if pos < len(self):
            out.append((self[pos:], False))
        return [(str(t), f) for t, f in out]


Part = Union[str, Tuple[str, bool]]


def _mask(part: Part) -> Tuple[str, List[bool]]:
    """The text of ``part`` and, per character, whether it is filled (a plain ``str`` counts as filled)."""
    if isinstance(part, tuple):
        return part[0], [part[1]] * len(part[0])
    if isinstance(part, FilledText):
        mask = [False] * len(part)
        for start, end in part.filled:
            mask[start:end] = [True] * (end - start)
        return str(part), mask
    return part, [True] * len(part)


def _from_mask(text: str, mask: List[bool]) -> FilledText:
    return FilledText(text, ((m.start(), m.end()) for m in re.finditer("1+", "".join("1" if f else "0" for f in mask))))


def compose(*parts: Part) -> FilledText:
    """Join parts: ``(text, False)`` is wwandoctor's own text, ``(text, True)`` a filled value, a
    :class:`FilledText` keeps its marks, a plain ``str`` counts as filled (it may hold user data)."""
    texts, mask = [], []
    for part in parts:
        text, m = _mask(part)
        texts.append(text)
        mask += m
    return _from_mask("".join(texts), mask)


def own(text: str) -> FilledText:
    """wwandoctor's own text, nothing filled."""
    return FilledText(text)


def oneline(text: str) -> str:
    """Whitespace and line breaks collapsed to single spaces, keeping the marks of a :class:`FilledText`."""
    if not isinstance(text, FilledText):
        return " ".join(text.split())
    _, mask = _mask(text)
    words, out_mask = [], []
    last = None
    for m in re.finditer(r"\S+", text):
        if last is not None:  # the blank between two words is filled when any of the run it replaces was
            words.append(" ")
            out_mask.append(any(mask[last:m.start()]))
        words.append(m.group(0))
        out_mask += mask[m.start():m.end()]
        last = m.end()
    return _from_mask("".join(words), out_mask)


def rstrip(text: str) -> str:
    """``text.rstrip()``, keeping the marks of a :class:`FilledText`."""
    if not isinstance(text, FilledText):
        return text.rstrip()
    stripped = str(text).rstrip()
    return FilledText(stripped, ((s, min(e, len(stripped))) for s, e in text.filled if s < len(stripped)))
