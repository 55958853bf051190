"""Every case of every shipped rule (rules/tests/<rule-id>.yaml), one pytest test each."""
from __future__ import annotations

import os

import pytest

from wwandoctor.engine.cases import coverage_problems, load_cases, run_case
from wwandoctor.engine.loader import load_rules, shipped_directory

RULES = load_rules()
CASES = load_cases(shipped_directory(), {r.id for r in RULES})


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_case(case):
    problem = run_case(case, RULES)
    assert problem is None, "%s:%d: %s" % (case.path, case.line, problem)


def test_every_rule_has_fire_and_no_fire_cases():
    assert coverage_problems(RULES, CASES) == []


def test_every_test_file_names_a_rule():
    names = [n[:-5] for n in os.listdir(os.path.join(shipped_directory(), "tests")) if n.endswith(".yaml")]
    assert sorted(names) == sorted({c.rule for c in CASES})


def test_there_are_cases():
    assert len(CASES) >= 2 * len(RULES)
