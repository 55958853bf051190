"""Case-insensitive regexes compiled only for a text that could match them.

The prose tables hold about a thousand ``re.I`` patterns, many of them long alternations; Python
parses and compiles a pattern in Python code, and compiling them all took two to four seconds of a
run that reads a few sentences. :class:`CaselessRegex` compiles its pattern on first use, and only
for a text whose folded form (:func:`fold`) holds one of its literals: the texts, one of which every
match must contain (:func:`needed_literals`, read from the parsed pattern: ``\\bno\\s+(?:SIM|card)``
-> ``("sim", "card")``). Finding the literals parses the pattern, half the cost of compiling it, so
they are found once, by ``tests/make_gates.py``, which writes them to the shipped
``wwandoctor/data/regex-gates.json`` (a test fails when that file is not current); :func:`gated`
reads them from there, and parses only a pattern the file does not have.

Folding is the one ``re.IGNORECASE`` uses, character by character: the simple lower case, and one
character for each group ``re`` treats as the same letter (``i``/``ı``, ``s``/``ſ``, ``σ``/``ς``...).
A text a pattern matches therefore always holds the folded literal; a literal that cannot be found
(a pattern that is a character class, a look-around only) leaves the pattern ungated.
"""
from __future__ import annotations

import functools
import hashlib
import json
import re
from typing import Callable, FrozenSet, Iterator, List, Optional, Sequence, Tuple

try:  # Python 3.11+
    from re import _constants as _sre_constants
    from re import _parser as _sre_parse
    from re._casefix import _EXTRA_CASES as _SAME_UPPER
except ImportError:  # Python 3.9, 3.10 (3.11+ warns on importing these)
    try:
        import sre_constants as _sre_constants
        import sre_parse as _sre_parse
        from sre_compile import _ignorecase_fixes as _SAME_UPPER
    except ImportError:  # a Python whose re has neither: nothing is gated, every pattern is compiled
        _sre_constants = _sre_parse = None
        _SAME_UPPER = {}

MIN_WEIGHT = 2  # a literal must be this selective: 2 ASCII characters, or one of another script
MAX_LITERALS = 48  # more alternatives than this cost more to look for than they save


class _Fold(dict):
    """``str.translate`` table: each character to the one ``re.IGNORECASE`` compares it as, filled on use."""

    def __missing__(self, code: int) -> int:
        lower = chr(code).lower()[0]  # the simple lower case (İ -> i, not i + dot)
        folded = _SAME_LETTER.get(lower, lower)
        self[code] = ord(folded)
        return ord(folded)


# the lower-case letters re takes for one another (their upper case is the same): each to the first of its group
_SAME_LETTER = {chr(lower): chr(min((lower,) + others)) for lower, others in _SAME_UPPER.items()}
_FOLD = _Fold()


def fold(text: str) -> str:
    """``text`` as ``re.IGNORECASE`` compares it: equal letters become the same character."""
    return text.translate(_FOLD)


class CaselessRegex:
    """A case-insensitive regex, compiled when first needed and not for a text without its literals."""

    __slots__ = ("pattern", "literals", "fill", "_compiled")

    def __init__(self, pattern: str, literals: Optional[Tuple[str, ...]], fill: Optional[Callable[[str], str]] = None):
        self.pattern = pattern
        self.literals = literals
        self.fill = fill  # makes the pattern from ``pattern`` when it is compiled (a table-made part filled in)
        self._compiled: Optional["re.Pattern[str]"] = None

    def full_pattern(self) -> str:
        return self.fill(self.pattern) if self.fill else self.pattern

    def may_match(self, folded: str) -> bool:
        """False when ``folded`` (a :func:`fold`-ed text) cannot hold a match."""
        return self.literals is None or any(lit in folded for lit in self.literals)

    def compiled(self) -> "re.Pattern[str]":
        if self._compiled is None:
            from wwandoctor import regex_cache

            self._compiled = regex_cache.compile(self.full_pattern(), re.I)
        return self._compiled

    def finditer(self, text: str, folded: Optional[str] = None) -> Iterator["re.Match[str]"]:
        if not self.may_match(fold(text) if folded is None else folded):
            return iter(())
        return self.compiled().finditer(text)

    def search(self, text: str, folded: Optional[str] = None) -> Optional["re.Match[str]"]:
        if not self.may_match(fold(text) if folded is None else folded):
            return None
        return self.compiled().search(text)

    def __repr__(self) -> str:
        return "CaselessRegex(%r)" % self.pattern


# --- the literals every match contains ----------------------------------------------------------

# (an op this Python's re does not have, ATOMIC_GROUP before 3.11, is an object no parsed op is)
_LITERAL, _BRANCH, _SUBPATTERN, _ATOMIC, _ASSERT, _END = (getattr(_sre_constants, n, object())
                                                          for n in ("LITERAL", "BRANCH", "SUBPATTERN", "ATOMIC_GROUP", "ASSERT", "-"))
_REPEATS = {getattr(_sre_constants, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre_constants, n)}


def needed_literals(pattern: str) -> Optional[Tuple[str, ...]]:
    """Folded texts one of which every match of ``pattern`` (compiled with ``re.I``) contains; None when
    no such set is selective enough (each at least :data:`MIN_WEIGHT`, at most :data:`MAX_LITERALS`)."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern, re.I)
    except re.error:
        return None
    found = _needed(list(parsed))
    return tuple(sorted(found)) if found else None


def _weight(literal: str) -> int:
    return sum(1 if ch.isascii() else 3 for ch in literal.strip())


def _usable(options: FrozenSet[str]) -> bool:
    return len(options) <= MAX_LITERALS and min(map(_weight, options)) >= MIN_WEIGHT


def _needed(items: list) -> Optional[FrozenSet[str]]:
    """The best set of literals one of which any match of the sequence ``items`` contains."""
    candidates: List[FrozenSet[str]] = []
    run: List[str] = []
    for op, av in items + [(_END, None)]:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset([fold("".join(run))]))
            run = []
        inner = _needed_in(op, av)
        if inner:
            candidates.append(inner)
    usable = [c for c in candidates if _usable(c)]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(_weight, c)), -len(c)))


def _needed_in(op, av) -> Optional[FrozenSet[str]]:
    """What one element of a sequence (a group, a branch, a repeat) needs; None when it needs nothing sure."""
    if op is _SUBPATTERN:
        return _needed(list(av[-1]))
    if op is _ATOMIC:
        return _needed(list(av))
    if op is _ASSERT:  # a look-ahead or look-behind that must hold: outside the match, but inside the text
        return _needed(list(av[1]))
    if op in _REPEATS:
        low, _, inner = av
        return _needed(list(inner)) if low >= 1 else None
    if op is _BRANCH:
        options: set = set()
        for branch in av[1]:
            need = _needed(list(branch))
            if not need:
                return None
            options |= need
        return frozenset(options)
    return None


# --- the literals of the shipped tables -------------------------------------------------------

GATES_FILE = "regex-gates.json"  # in wwandoctor/data/, written by tests/make_gates.py


def gated(patterns: Sequence[str], fill: Optional[Callable[[str], str]] = None) -> Tuple[CaselessRegex, ...]:
    """A :class:`CaselessRegex` for each of ``patterns``. Their literals come from :data:`GATES_FILE`, found when
    the package was made; a pattern not in it (a table edited since) has them found now. ``fill`` makes a pattern
    from the one given (a part read from a data table) only when it is compiled: the file keys the pattern as given."""
    shipped = _shipped()
    regexes = []
    for pattern in patterns:
        key = pattern_key(pattern)
        literals = shipped[key] if key in shipped else needed_literals(fill(pattern) if fill else pattern)
        regexes.append(CaselessRegex(pattern, tuple(literals) if literals else None, fill))
    return tuple(regexes)


def pattern_key(pattern: str) -> str:
    return hashlib.sha1(pattern.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@functools.lru_cache(maxsize=1)
def _shipped() -> dict:
    """{pattern key: its literals, or None}; empty when the file is missing or damaged (every pattern is parsed)."""
    from wwandoctor.resources import package_files

    try:
        table = json.loads(package_files("wwandoctor.data").joinpath(GATES_FILE).read_text(encoding="utf-8"))
        return table["literals"] if table.get("format") == FORMAT else {}
    except (OSError, KeyError, ValueError, TypeError, AttributeError):
        return {}


FORMAT = 1
