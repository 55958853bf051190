"""A LazyRegex finds exactly what re.search finds: its literal pre-check never drops a match.

Checked for every regex a run uses this way (the rules' conditions, the facts of signatures.py,
the kernel rows of log-signatures.csv): on every line of the rule samples, the written and real
cases, and on texts hypothesis builds from the regex itself (each one a match, so it must contain
one of the literals)."""
from __future__ import annotations

import glob
import os
import pickle
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wwandoctor import logs, signatures
from wwandoctor.engine import load_rules
from wwandoctor.lazyregex import LazyRegex, required_literal, required_literals

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def _walk(obj, found):
    if isinstance(obj, LazyRegex):
        found.setdefault(obj.pattern, obj)
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            _walk(item, found)
    elif isinstance(obj, dict):
        for item in obj.values():
            _walk(item, found)
    elif hasattr(obj, "__dict__") and type(obj).__module__.startswith("wwandoctor."):
        for item in vars(obj).values():
            _walk(item, found)


def every_lazy_regex():
    found = {}
    _walk(load_rules(), found)
    _walk(signatures._compiled(), found)
    _walk(logs.signature_patterns(), found)
    return list(found.values())


REGEXES = every_lazy_regex()


def real_lines():
    paths = glob.glob(os.path.join(REPO, "rules", "tests", "samples", "*.txt"))
    paths += glob.glob(os.path.join(HERE, "samples", "**", "*.txt"), recursive=True)
    paths += glob.glob(os.path.join(HERE, "written_cases", "*", "*.txt"))
    for part in ("tuning", "spent"):  # real_cases/heldout/ is read by nothing but the end-of-stop scoring
        paths += glob.glob(os.path.join(HERE, "real_cases", part, "**", "*.txt"), recursive=True)
    paths += glob.glob(os.path.join(os.path.dirname(REPO), "shared", "cases", "*", "*.txt"))
    lines = set()
    for path in sorted(paths):
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                lines.add(line.rstrip("\n"))
                lines.add(logs.split_line(line)[2])
    return sorted(lines)


def test_the_regexes_are_found_and_most_have_literals():
    assert len(REGEXES) > 120
    with_literals = [r for r in REGEXES if r.literals]
    assert len(with_literals) > len(REGEXES) // 2  # else the pre-check would save nothing


def test_every_regex_compiles():
    for regex in REGEXES:
        regex.compiled()


def test_lazy_search_equals_re_search_on_real_lines():
    lines = real_lines()
    assert len(lines) > 3000
    hits = 0
    for regex in REGEXES:
        plain = regex.compiled()
        for line in lines:
            expected = plain.search(line)
            got = regex.search(line)
            assert (got and got.span()) == (expected and expected.span()), (regex.pattern, line)
            hits += expected is not None
    assert hits > 500  # the comparison is not vacuous


@pytest.mark.parametrize("regex", [r for r in REGEXES if r.literals], ids=lambda r: r.pattern[:60])
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_match_holds_a_literal(regex, data):
    text = data.draw(st.from_regex(regex.pattern))
    assert regex.compiled().search(text)
    assert any(lit in text for lit in regex.literals), (regex.pattern, regex.literals, text)
    assert LazyRegex(regex.pattern).search(text)


@pytest.mark.parametrize("pattern,literals", [
    (r"(\S+) (\S+): register '(\S+)' at usb-(\S+)", (": register '",)),
    (r"(device recovery started|Recovery failed)", ("device recovery started", "Recovery failed")),
    (r"[\]x]abcdef", ("abcdef",)),        # an escaped ] does not end the class
    (r"[]x]abcdef", ("abcdef",)),         # nor does a ] first in it
    (r"[^]x]yzw|qrs", ("yzw", "qrs")),
    (r"ab[^]cdefgh]", None),              # 'cdefgh]' is inside the class: no literal
    (r"(?i)device died", None),
    (r"foo(?=bar) baz", None),
    (r"x|ab", None),
])
def test_required_literals(pattern, literals):
    assert required_literals(pattern) == literals


def test_required_literal_skips_character_classes():
    assert required_literal(r"[\]]{2}modem") == "modem"


def test_a_text_without_the_literal_is_not_compiled():
    regex = LazyRegex(r"register '(\S+)' at usb-")
    assert regex.search("docker0: port 1(veth1a2b) entered forwarding state") is None
    assert regex._compiled is None
    assert regex.search("qmi_wwan 1-7:1.4 wwan0: register 'qmi_wwan' at usb-0000:00:14.0-7").group(1) == "qmi_wwan"


def test_pickles_without_the_compiled_pattern():
    regex = LazyRegex(r"register '(\S+)' at usb-")
    regex.compiled()
    copy = pickle.loads(pickle.dumps(regex))
    assert copy == regex and copy.literals == regex.literals and copy._compiled is None
    assert isinstance(copy.compiled(), re.Pattern)
