"""Rule families (rules/<cause>.family.yaml): the variants of one diagnosis in one file, ranked by
priority; the loader makes each variant an ordinary rule, the engine reports per subject only the
firing variant of highest priority, and ``rules test`` judges a variant the same way."""
from __future__ import annotations

import io
import os
import re

import pytest

from wwandoctor.engine import evaluate, loader
from wwandoctor.errors import RuleError
from wwandoctor.model import Host, Model, Modem
from wwandoctor.rule_tests import test_rules as run_rule_tests
from wwandoctor.snapshot import Snapshot

FAMILY = """\
cause: raw-ip-mismatch
status: experimental
for_each: modem
title: Framing on {modem.id}
message: The framing of {modem.id} does not match.
docs:
  what: shared what
  why: shared why
  false_positives: none
references: [shared reference]
checks:
  framing-8023:
    modem.raw_ip: false
variants:
  - id: framing-shown
    priority: 20
    severity: warning
    confidence: high
    when:
      all:
        - check: framing-8023
        - modem.protocol: qmi
    docs: {what: own what}
  - id: framing-guessed
    priority: 10
    severity: error
    confidence: low
    when:
      check: framing-8023
    references: [own reference]
"""


@pytest.fixture(autouse=True)
def _no_user_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    loader._CACHE.clear()


def write(directory, name, text):
    os.makedirs(str(directory), exist_ok=True)
    with open(os.path.join(str(directory), name), "w") as fh:
        fh.write(text)


def load(tmp_path, text=FAMILY, name="raw-ip-mismatch.family.yaml"):
    write(tmp_path, name, text)
    return {r.id: r for r in loader.load_rules(str(tmp_path))}


def model(**modem):
    return Model(snapshot=Snapshot(origin="test"), host=Host(modem_count=1), modems=[Modem(id="usb:1-1", **modem)])


def test_each_variant_is_a_rule_with_the_familys_keys_under_its_own(tmp_path):
    rules = load(tmp_path)
    shown, guessed = rules["framing-shown"], rules["framing-guessed"]
    assert (shown.family, shown.priority, guessed.priority) == ("raw-ip-mismatch", 20, 10)
    assert shown.path.endswith("raw-ip-mismatch.family.yaml") and shown.line == 15 and guessed.line == 24
    assert (shown.cause, shown.status, shown.for_each, shown.severity) == ("raw-ip-mismatch", "experimental", "modem", "warning")
    assert guessed.severity == "error" and guessed.title.text == "Framing on {modem.id}"
    # docs merge key by key; every other key is the variant's own or the family's
    assert shown.docs == {"what": "own what", "why": "shared why", "false_positives": "none"}
    assert (shown.references, guessed.references) == (["shared reference"], ["own reference"])
    assert shown.fields() == ["modem.protocol", "modem.raw_ip"]  # the check is compiled in place
    assert "check framing-8023 (shared by the family):\n  modem.raw_ip: false" in shown.when_text


def test_only_the_highest_priority_firing_variant_is_reported(tmp_path):
    rules = list(load(tmp_path).values())
    # both fire: the higher priority wins although the other has the higher severity
    assert [f.rule for f in evaluate(rules, model(raw_ip=False, protocol="qmi")).findings] == ["framing-shown"]
    # the higher one does not fire: the lower one is reported
    assert [f.rule for f in evaluate(rules, model(raw_ip=False, protocol="mbim")).findings] == ["framing-guessed"]
    assert evaluate(rules, model(raw_ip=True, protocol="qmi")).findings == []


def test_a_variant_outranks_per_subject_and_a_host_variant_yields_to_any_modem(tmp_path):
    text = FAMILY.replace("    docs: {what: own what}\n", "") + """\
  - id: framing-host
    priority: 5
    severity: error
    confidence: high
    for_each: host
    title: Framing on the host
    message: Some framing does not match.
    when: {host.modem_count: {ge: 1}}
"""
    rules = list(load(tmp_path, text).values())
    two = Model(snapshot=Snapshot(origin="test"), host=Host(modem_count=2),
                modems=[Modem(id="usb:1-1", raw_ip=False, protocol="qmi"), Modem(id="usb:1-2", raw_ip=False, protocol="mbim")])
    found = sorted((f.rule, f.subject) for f in evaluate(rules, two).findings)
    assert found == [("framing-guessed", "usb:1-2"), ("framing-shown", "usb:1-1")]


def test_rules_test_judges_a_variant_as_the_report_does(tmp_path):
    load(tmp_path)
    guessed = """\
cases:
  - name: the framing shown outranks it
    expect: outranked
    model: {modem: {raw_ip: false, protocol: qmi}}
  - name: alone
    expect: fire
    model: {modem: {raw_ip: false, protocol: mbim}}
  - name: raw-ip
    expect: no-fire
    model: {modem: {raw_ip: true, protocol: mbim}}
"""
    write(tmp_path / "tests", "framing-guessed.yaml", guessed)
    write(tmp_path / "tests", "framing-shown.yaml", """\
cases:
  - name: shown
    expect: fire
    first: true
    model: {modem: {raw_ip: false, protocol: qmi}}
  - name: raw-ip
    expect: no-fire
    model: {modem: {raw_ip: true, protocol: qmi}}
""")
    out = io.StringIO()
    assert run_rule_tests(str(tmp_path), out) == 0, out.getvalue()
    assert out.getvalue().endswith("5 passed, 0 failed\n")
    write(tmp_path / "tests", "framing-guessed.yaml", guessed.replace("expect: outranked", "expect: fire"))
    out = io.StringIO()
    assert run_rule_tests(str(tmp_path), out) == 1
    assert "FAIL framing-guessed::the framing shown outranks it" in out.getvalue()
    assert out.getvalue().splitlines()[0].endswith(": expected fire, got outranked")


@pytest.mark.parametrize("old,new,line,problem", [
    ("  - id: framing-guessed\n", "  - \n", 25, "a variant needs an 'id'"),
    ("    priority: 10\n", "", 24, "variant 'framing-guessed' needs a 'priority'"),
    ("    priority: 10\n", "    priority: 20\n", 25, "priority 20 is also variant 'framing-shown''s (line 15)"),
    ("    priority: 10\n", "    priority: high\n", 25, "priority must be a whole number, got 'high'"),
    ("id: framing-guessed", "id: framing-shown", 24, "variant id 'framing-shown' is also used at line 15"),
    ("status: experimental\n", "status: experimental\nowner: me\n", 3, "unknown key 'owner' in a family file"),
    ("    priority: 10\n", "    priority: 10\n    owner: me\n", 26, "variant: unknown key 'owner'"),
    ("    priority: 10\n", "    priority: 10\n    cause: fcc-locked\n", 26, "a variant cannot set 'cause'"),
    ("      check: framing-8023\n    references", "      check: framing-802\n    references", 29, "unknown check 'framing-802'"),
    ("    priority: 20\n", "    priority: 20\n    id: x\n", 17, "duplicate key 'id'"),
    ("cause: raw-ip-mismatch\n", "cause: fcc-locked\n", 1, "a family file is named after its cause: fcc-locked.family.yaml"),
    ("variants:\n", "other:\n", 14, "unknown key 'other' in a family file"),
    ("variants:\n", "checks2:\n", 14, "unknown key 'checks2' in a family file"),
    ("title: Framing on {modem.id}\n", "", 14, "variant 'framing-shown': missing key 'title'"),
    ("        - check: framing-8023\n", "", 12, "check 'framing-8023': no variant names it"),
    ("    docs: {what: own what}\n", "    docs: {what: own what, how: this}\n", 23, "docs: unknown key 'how'"),
])
def test_a_wrong_family_names_the_file_and_line(tmp_path, old, new, line, problem):
    text = FAMILY.replace(old, new, 1)
    assert text != FAMILY
    if problem.startswith("check 'framing-8023'"):
        text = text.replace("      check: framing-8023\n    references", "      modem.raw_ip: false\n    references")
    with pytest.raises(RuleError) as exc:
        load(tmp_path, text)
    message = str(exc.value)
    assert re.match(r"^\S*raw-ip-mismatch\.family\.yaml:%d: " % line, message), message
    assert problem in message and "\n" not in message


RULE = """\
id: %s
cause: raw-ip-mismatch
severity: warning
confidence: medium
status: experimental
title: Sample
for_each: modem
when:
  %s
message: Sample.
docs: {what: what, why: why, false_positives: none}
references: []
"""


def test_a_variant_may_not_take_the_id_of_another_files_rule(tmp_path):
    write(tmp_path, "framing-guessed.yaml", RULE % ("framing-guessed", "modem.raw_ip: false"))
    with pytest.raises(RuleError) as exc:
        load(tmp_path)
    assert re.match(r"^\S*raw-ip-mismatch\.family\.yaml:24: rule id 'framing-guessed' is also defined in \S*framing-guessed\.yaml:1$",
                    str(exc.value)), str(exc.value)


def test_check_is_only_for_family_variants(tmp_path):
    write(tmp_path, "sample.yaml", RULE % ("sample", "check: framing"))
    with pytest.raises(RuleError, match=r"sample\.yaml:9: check: only a variant of a rule family"):
        loader.load_rules(str(tmp_path))


def test_the_rule_cache_keeps_every_variant(tmp_path):
    load(tmp_path)
    loader._CACHE.clear()  # the second load reads the on-disk cache
    again = {r.id: r for r in loader.load_rules(str(tmp_path))}
    assert sorted(again) == ["framing-guessed", "framing-shown"] and again["framing-shown"].priority == 20



def test_an_outranked_variant_still_settles_what_it_explains(tmp_path):
    """Undecided rules are weighed against every finding, as before families: a variant that is
    outranked still says its explained causes need no settling."""
    text = FAMILY.replace("    docs: {what: own what}\n", "").replace(
        "    references: [own reference]\n", "    references: [own reference]\n    explains: [fcc-locked]\n")
    load(tmp_path, text)
    write(tmp_path, "sample.yaml", (RULE % ("sample", "all: [{modem.raw_ip: false}, {modem.mm_state: disabled}]"))
          .replace("cause: raw-ip-mismatch", "cause: fcc-locked"))
    rules = loader.load_rules(str(tmp_path))
    evaluation = evaluate(rules, model(raw_ip=False, protocol="qmi"))
    assert [f.rule for f in evaluation.findings] == ["framing-shown"] and evaluation.undecided == []
    without = [r for r in rules if r.id != "framing-guessed"]
    assert [u.rule for u in evaluate(without, model(raw_ip=False, protocol="qmi")).undecided] == ["sample"]
