"""A redaction pattern is tried only on a text holding one of its triggers (speed): a trigger the
pattern can match without would let an identifier through. Every match hypothesis builds from a
pattern, and every match in the privacy corpus and the samples, must hold one of its triggers."""
from __future__ import annotations

import glob
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable

from wwandoctor import redact

HERE = os.path.dirname(os.path.abspath(__file__))
TRIGGERED = [(rx, triggers) for rx, triggers in redact._CONTEXT if triggers]


def test_most_patterns_have_triggers():
    assert len(TRIGGERED) > 100
    assert all(t == t.lower() for _, triggers in TRIGGERED for t in triggers)  # texts are lowered


@pytest.mark.parametrize("rx,triggers", TRIGGERED, ids=[rx[:50] for rx, _ in TRIGGERED])
def test_every_generated_match_holds_a_trigger(rx, triggers):
    @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(st.from_regex(re.compile(rx)))  # texts holding a match
    def holds_a_trigger(text):
        assert any(t in text.lower() for t in triggers), (rx, triggers, text)

    try:
        holds_a_trigger()
    except Unsatisfiable:  # look-aheads hypothesis cannot satisfy: the real texts below still check it
        pytest.skip("hypothesis cannot build texts for %r" % rx[:60])


def _texts():
    paths = glob.glob(os.path.join(HERE, "samples", "**", "*.txt"), recursive=True)
    paths += glob.glob(os.path.join(HERE, "written_cases", "*", "*.txt"))
    paths += glob.glob(os.path.join(HERE, "real_cases", "**", "*.txt"), recursive=True)
    paths += glob.glob(os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared", "cases", "*", "*.txt"))
    for path in sorted(paths):  # samples/ holds the privacy corpus
        with open(path, encoding="utf-8", errors="replace") as fh:
            yield fh.read()


def test_every_real_match_holds_a_trigger():
    texts = list(_texts())
    matched = 0
    for rx, triggers in TRIGGERED:
        pattern = re.compile(rx)
        for text in texts:
            for m in pattern.finditer(text):
                matched += 1
                # the lines of the match: a look-behind may read before it
                lines = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
                assert any(t in lines.lower() for t in triggers), (rx, triggers, m.group(0))
    assert matched > 100
