"""Regexes compiled when first needed, and not at all for a text that cannot match.

Python's ``re`` parses and compiles a pattern in Python code: ~0.1 ms each. A ``check`` holds
~150 regexes (rule conditions, log signatures, facts) and on most machines few of them ever see
a text that could match. ``LazyRegex(pattern).search(text)`` first looks in ``text`` for the
literal texts one of which every match contains (:func:`required_literals`; ``"' at usb-"`` for
``register '(\\S+)' at usb-``): with none there it returns None without compiling; else it
compiles the pattern once and searches. Where no literal is sure (case-insensitive or look-around
patterns, a branch without 3 literal characters) it always searches.

A ``LazyRegex`` pickles as its pattern and literals (the rule cache keeps them).
"""
from __future__ import annotations

import re
from typing import List, Optional, Pattern, Tuple, Union


class LazyRegex:
    __slots__ = ("pattern", "literals", "_compiled")

    def __init__(self, pattern: str, literals: Union[Tuple[str, ...], None, str] = "find"):
        self.pattern = pattern
        self.literals = required_literals(pattern) if literals == "find" else literals
        self._compiled: Optional[Pattern] = None

    def search(self, text: str):
        """``re.search(pattern, text)``; None at once when ``text`` lacks every required literal."""
        if self.literals is not None and not any(lit in text for lit in self.literals):
            return None
        return self.compiled().search(text)

    def compiled(self) -> Pattern:
        if self._compiled is None:
            from wwandoctor import regex_cache

            self._compiled = regex_cache.compile(self.pattern)
        return self._compiled

    def __getstate__(self):
        return (self.pattern, self.literals)

    def __setstate__(self, state) -> None:
        self.pattern, self.literals = state
        self._compiled = None

    def __eq__(self, other):
        return isinstance(other, LazyRegex) and other.pattern == self.pattern

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return "LazyRegex(%r)" % self.pattern


# --- the literals a match must contain ---------------------------------------------

def required_literals(pattern: Union[str, Pattern]) -> Optional[Tuple[str, ...]]:
    """Literals one of which every match of ``pattern`` contains (None when unsure).

    ``"(Error loading firmware|MHI did not enter READY state)"`` -> both texts;
    a case-insensitive pattern (or one with look-arounds, inline flags) has none."""
    text = pattern if isinstance(pattern, str) else pattern.pattern
    flags = 0 if isinstance(pattern, str) else pattern.flags
    if flags & re.IGNORECASE or "(?" in text.replace("(?:", "").replace("(?P", ""):
        return None
    found = []
    for alt in alternatives(text):
        literal = required_literal(alt)
        if literal is None:
            return None
        found.append(literal)
    return tuple(found)


def required_literal(pattern: str) -> Optional[str]:
    """The longest literal text every match of ``pattern`` must contain (None when unsure).

    Used to skip a regex cheaply: ``"(\\S+) (\\S+): register '(\\S+)' at usb-"`` -> ``"' at usb-"``.
    Only runs outside groups count; a top-level ``|`` means no literal is required.
    """
    runs = required_runs(pattern)
    best = max(runs, key=len) if runs else ""
    return best if len(best) >= 3 else None


def required_runs(pattern: str) -> Optional[List[str]]:
    """Every literal text (3 characters or more) a match of ``pattern`` must contain; None for a top-level ``|``."""
    runs, current, depth, i = [], "", 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            i += 2
            if nxt.isalnum():  # \S \d \w \b ...: not a literal
                runs.append(current)
                current = ""
            elif depth == 0:
                current += nxt
            continue
        if c in "*?{" or (c == "+" and current):  # quantifier: the previous character is optional/repeated
            current = current[:-1]
            runs.append(current)
            current = ""
            if c == "{":
                end = pattern.find("}", i)
                i = len(pattern) if end < 0 else end
        elif c == "|" and depth == 0:
            return None
        elif c in "()[].^$+|":
            runs.append(current)
            current = ""
            if c == "(":
                depth += 1
            elif c == ")":
                depth = max(0, depth - 1)
            elif c == "[":
                i = class_end(pattern, i)
        elif depth == 0:
            current += c
        i += 1
    runs.append(current)
    return [r for r in runs if len(r) >= 3]


def class_end(pattern: str, start: int) -> int:
    """Index of the ``]`` closing the character class opened at ``start`` (the end when unclosed).

    A ``]`` right after ``[`` or ``[^`` belongs to the class, as does an escaped one."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i
        i += 1
    return len(pattern)


def alternatives(pattern: str) -> List[str]:
    """The top-level alternatives of ``pattern``; a pattern that is one group is unwrapped first.

    ``"(device recovery started|Recovery failed)"`` -> ``["device recovery started", "Recovery failed"]``.
    Returns ``[pattern]`` when there is no top-level ``|``."""
    body = pattern
    if body.startswith("(") and group_end(body, 0) == len(body) - 1:
        body = body[3:-1] if body.startswith("(?:") else body[1:-1]
        if body.startswith("?"):  # (?P<name>...), (?=...), flags: leave alone
            return [pattern]
    parts, start = [], 0
    for i, c, depth in _walk(body, 0):
        if c == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return parts if len(parts) > 1 else [pattern]


def _walk(pattern: str, start: int):
    """(index, character, group depth after it) for each character of ``pattern`` from ``start``
    that is outside escapes and [...] classes."""
    depth, i = 0, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = class_end(pattern, i) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        yield i, c, depth
        i += 1


def group_end(pattern: str, start: int) -> int:
    """Index of the ")" closing the group opened at ``start`` (-1 when unbalanced)."""
    for i, c, depth in _walk(pattern, start):
        if c == ")" and depth == 0:
            return i
    return -1
