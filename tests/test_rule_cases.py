"""Every case of every shipped rule (rules/tests/<rule-id>.yaml), one pytest test each."""
from __future__ import annotations

import pytest

from wwandoctor.rule_tests import coverage_problems, load_cases, run_case
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
    names = [e.name[:-5] for e in shipped_directory().joinpath("tests").iterdir() if e.name.endswith(".yaml")]
    assert sorted(names) == sorted({c.rule for c in CASES})


def test_there_are_cases():
    assert len(CASES) >= 2 * len(RULES)


def test_fields_that_can_be_unknown_say_how_to_settle_them():
    """A rule that can be undecided must be able to say which command would decide it."""
    import dataclasses

    from wwandoctor.model import FIELD_DOCS, Host, Modem
    nullable = {"%s.%s" % (prefix, f.name) for prefix, cls in (("modem", Modem), ("host", Host))
                for f in dataclasses.fields(cls) if f.default is None}
    missing = sorted({name for rule in RULES for name in rule.fields()
                      if name in nullable and not FIELD_DOCS.get(name, {}).get("settle")})
    assert missing == [], "add these to model.FIELD_DOCS with a settle command"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_rule_documents_itself(rule):
    import io

    from wwandoctor.engine import catalogue
    out = io.StringIO()
    assert catalogue.show_rule(None, rule.id, out) == 0
    assert "False positives" in out.getvalue() and rule.docs["why"][:30] in " ".join(out.getvalue().split())
