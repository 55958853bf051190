"""A CaselessRegex finds what ``re.compile(pattern, re.I)`` finds: its literal pre-check never drops a match.

The pre-check holds when (1) :func:`fold` maps every pair of characters ``re.IGNORECASE`` takes for one another to
one character, and (2) every match of a pattern holds one of :func:`needed_literals` once folded. (1) is checked on
every cased character; (2) on hand-picked patterns, on random patterns with random matches (hypothesis, with the
letters re.I takes for others: ``ſ`` for ``s``, the Kelvin sign for ``k``, dotless and dotted i), and on the prose
tables' own patterns over sentences of the real cases.
"""
from __future__ import annotations

import glob
import os
import re
import sys

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from wwandoctor import caseless_regex
from wwandoctor.caseless_regex import CaselessRegex, fold, gated, needed_literals

HERE = os.path.dirname(os.path.abspath(__file__))

CASED = [chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000 and (chr(c).lower() != chr(c) or chr(c).upper() != chr(c))]


def _same_letters(ch: str):
    """Characters re.I may take for ``ch``: its case mappings (one character long) and re's own extra pairs."""
    found = {ch}
    for mapped in (ch.lower(), ch.upper(), ch.title(), ch.casefold()):
        if len(mapped) == 1:
            found.add(mapped)
    for lower, others in caseless_regex._SAME_UPPER.items():
        if ch.lower() == chr(lower):
            found.update(chr(o) for o in others)
    return found


def test_fold_gives_one_character_for_each():
    assert len(CASED) > 2000
    assert all(len(fold(ch)) == 1 for ch in CASED)
    assert fold("İstanbul ſIM \u212aEY") == "istanbul sim key"


def test_letters_re_takes_for_one_another_fold_alike():
    for ch in CASED:
        pattern = re.compile(re.escape(ch), re.I)
        for other in _same_letters(ch):
            if pattern.fullmatch(other):
                assert fold(other) == fold(ch), (ch, other)
        assert re.fullmatch(re.escape(fold(ch)), ch, re.I), ch


@pytest.mark.parametrize("pattern,literals", [
    (r"\bno\s+(?:SIM|card)\b", ("card", "sim")),
    (r"modem (?:is|was) (?:not )?detected", ("detected",)),  # the most selective of the runs
    (r"(?:my )?modem", ("modem",)),                  # an optional group needs nothing
    (r"(?:stick|dongle)s? (?:\w+ )*not found", ("not found",)),
    (r"(?:stick|dongle)s? (?:\w+ )*on", ("dongle", "stick")),  # two long texts beat one short one
    (r"x|modem", None),                              # one branch has no usable literal
    (r"(?=.*FCC)\bunlock", ("unlock",)),              # a look-ahead's text is in the text too; the longer literal wins
    (r"(?=.*FCC lock)\bun", ("fcc lock",)),
    (r"(?!modem)\w+", None),                          # a negative one holds nothing
    (r"(?:SIM){1,3} missing", (" missing",)),
    (r"(?:SIM){0,3}", None),
    (r"(?-i:MM)\b(?:died|crashed)", ("crashed", "died")),
    (r"串口不对|не в тот порт", ("не в тот порт", "串口不对")),
    (r"[abc]+", None),
    (r"(", None),                                     # a pattern re cannot parse is never gated
])
def test_needed_literals(pattern, literals):
    assert needed_literals(pattern) == literals


def test_a_python_without_atomic_groups_finds_the_same(monkeypatch):
    """Python 3.9 and 3.10 have no ATOMIC_GROUP op: the walk must not take the end of a sequence for one."""
    patterns = [r"\bno\s+(?:SIM|card)\b", r"modem (?:is|was) (?:not )?detected", r"(?=.*FCC lock)\bun", r"x|modem"]
    before = [needed_literals(p) for p in patterns]
    monkeypatch.setattr(caseless_regex, "_ATOMIC", object())
    assert [needed_literals(p) for p in patterns] == before


def test_a_python_whose_re_cannot_be_read_gates_nothing(monkeypatch):
    monkeypatch.setattr(caseless_regex, "_sre_parse", None)
    regex = CaselessRegex(r"\bno\s+SIM", needed_literals(r"\bno\s+SIM"))
    assert regex.literals is None and regex.search("No SIM").group(0) == "No SIM"


def test_a_text_without_the_literals_is_not_compiled():
    regex = CaselessRegex(r"\bno\s+(?:SIM|card)\b", needed_literals(r"\bno\s+(?:SIM|card)\b"))
    assert regex.search("the modem registers fine") is None
    assert regex._compiled is None
    assert regex.search("there is No  SIM inserted").group(0) == "No  SIM"
    assert [m.group(0) for m in regex.finditer("no card, no sim")] == ["no card", "no sim"]


# --- random patterns and their matches ---------------------------------------------------------

WORDS = ["sim", "modem", "Kernel", "stick", "is", "not", "ſtick", "\u212aey", "İD", "qmi_wwan", "cdc-wdm", "串口", "порт"]


def _atoms():
    word = st.sampled_from(WORDS).map(re.escape)
    klass = st.sampled_from([r"\s+", r"\w+", r"[-_ ]", r"\d{1,3}", r"\b", r"."])
    return st.one_of(word, klass)


def _pattern():
    return st.recursive(
        _atoms(),
        lambda inner: st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(?:%s)" % "|".join(xs)),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{0,2}", "{1,2}", "{2}"])).map(lambda t: "(?:%s)%s" % t),
            inner.map(lambda x: "(?=%s)" % x),
        ),
        max_leaves=8,
    )


SAME_LETTER = {"s": "ſS", "k": "\u212aK", "i": "ıİI", "K": "k\u212a", "ſ": "sS"}


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), pattern=_pattern())
def test_every_match_holds_a_literal(data, pattern):
    literals = needed_literals(pattern)
    assume(literals)
    compiled = re.compile(pattern, re.I)
    text = data.draw(st.from_regex(compiled))
    # swap some letters for others re.I takes for them
    swaps = data.draw(st.lists(st.integers(0, max(len(text) - 1, 0)), max_size=4))
    chars = list(text)
    for at in swaps:
        if chars and chars[at] in SAME_LETTER:
            chars[at] = data.draw(st.sampled_from(SAME_LETTER[chars[at]]))
    text = "".join(chars)
    assume(compiled.search(text))
    assert CaselessRegex(pattern, literals).may_match(fold(text)), (pattern, literals, text)


# --- the prose tables --------------------------------------------------------------------------

def _tables():
    from wwandoctor.model import prose, prose_english, prose_grammar

    found = [r for _, regex, unless in prose._compiled_states() for r in (regex, unless) if r]
    found += [r for _, _, regex, key in prose_english._compiled() for r in (regex, key)]
    return found + list(prose_grammar._frames()) + list(prose_grammar._state_frames())


def _sentences(limit: int):
    """Lines of the real cases that read as prose, the same ones every run."""
    lines = set()
    for path in sorted(glob.glob(os.path.join(HERE, "real_cases", "tuning", "*", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines.update(line.strip() for line in fh if len(line.split()) >= 5 and re.search(r"[^\W\d_]{4} [^\W\d_]{3}", line))
    return sorted(lines)[::max(1, len(lines) // limit)]


def test_most_table_patterns_are_gated():
    """Each line is tried on every row's pattern: nearly all of them must be gated (a row's ``unless`` is tried only
    on a line the row read, and may stay ungated)."""
    from wwandoctor.model import prose

    rows = [regex for _, regex, _ in prose._compiled_states() if regex]
    assert len(rows) > 600
    assert sum(r.literals is not None for r in rows) > 0.97 * len(rows)
    assert len(_tables()) > 1000


def test_the_tables_gates_never_drop_a_match():
    tables, sentences = _tables(), _sentences(400)
    assert len(sentences) >= 300
    folded = [fold(s) for s in sentences]
    hits = 0
    for regex in tables:
        compiled = regex.compiled()
        for sentence, text in zip(sentences, folded):
            if compiled.search(sentence):
                hits += 1
                assert regex.may_match(text), (regex.pattern[:200], regex.literals, sentence)
    assert hits > 200  # the check is not vacuous


# --- the shipped literals ----------------------------------------------------------------------

def test_the_shipped_literals_are_current():
    sys.path.insert(0, HERE)
    import make_gates

    assert make_gates.main(["--check"]) == 0, "run tests/make_gates.py"


def test_a_pattern_the_file_lacks_is_parsed_at_run_time(monkeypatch):
    monkeypatch.setattr(caseless_regex, "_shipped", lambda: {caseless_regex.pattern_key(r"\bno\s+SIM"): ["sim"]})
    monkeypatch.setattr(caseless_regex, "needed_literals", lambda p: ("cards",) if p == r"no\s+cards" else pytest.fail(p))
    assert [r.literals for r in gated([r"\bno\s+SIM", r"no\s+cards"])] == [("sim",), ("cards",)]


def test_a_table_made_part_is_filled_only_when_compiled(monkeypatch):
    """{STICK_MAKERS} costs a read of modeswitch-ids.csv: a post whose lines no such row could match never pays it;
    the row keyed as written still gets the literals of the pattern it compiles to."""
    from wwandoctor import knowledge
    from wwandoctor.model import prose

    made = []
    monkeypatch.setattr(knowledge, "switch_makers_pattern", lambda: made.append(1) or "(?:ZTE)\\b")
    prose._compiled_states.cache_clear()
    try:
        rows = [(s, regex) for s, regex, _ in prose._compiled_states() if regex and "{STICK_MAKERS}" in regex.pattern]
        assert rows and not made
        assert rows[0][1].full_pattern().count("(?:ZTE)") == 1 and made
    finally:
        prose._compiled_states.cache_clear()


def test_a_damaged_file_gates_by_parsing(monkeypatch, tmp_path):
    from wwandoctor import resources

    (tmp_path / caseless_regex.GATES_FILE).write_text('{"format": 1, "literals": [')
    monkeypatch.setattr(resources, "package_files", lambda package: tmp_path)
    caseless_regex._shipped.cache_clear()
    try:
        assert caseless_regex._shipped() == {}
        assert gated([r"\bno\s+SIM"])[0].literals == ("sim",)
    finally:
        caseless_regex._shipped.cache_clear()


def test_the_tables_are_the_same_in_every_process():
    """The cache is keyed on a table's patterns: a pattern built from a set in hash order would miss it every run."""
    import subprocess

    script = ("from wwandoctor import caseless_regex as c\n"
              "keys = []\n"
              "c.gated = lambda patterns, fill=None: keys.append([c.pattern_key(fill(p) if fill else p) for p in patterns]) or ()\n"
              "from wwandoctor.model import prose, prose_english, prose_grammar\n"
              "for module in (prose, prose_english, prose_grammar):\n"
              "    module.gated = c.gated\n"
              "for table in (prose._compiled_states, prose_english._compiled, prose_grammar._frames, prose_grammar._state_frames):\n"
              "    try:\n"
              "        table()\n"
              "    except (IndexError, TypeError, ValueError):\n"
              "        pass\n"
              "print(sorted(keys))\n")
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                           env=dict(os.environ, PYTHONHASHSEED=seed)) for seed in ("1", "2", "3")]
    outputs = [run.stdout for run in runs]
    assert all(run.returncode == 0 for run in runs), [run.stderr[-500:] for run in runs]
    assert len(outputs[0]) > 20000  # four tables' keys
    assert outputs[0] == outputs[1] == outputs[2]
