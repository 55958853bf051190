"""Shared fix steps (rules/fix-steps/*.yaml): written once, named by rules with ``- use: NAME``."""
from __future__ import annotations

import os

import pytest
import yaml

from wwandoctor.engine import loader
from wwandoctor.errors import RuleError

RULES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules")

# a rule file: the fields every rule needs, and the fix list the test gives (%s)
RULE = "\n".join([
    "id: sample-rule", "cause: raw-ip-mismatch", "severity: warning", "confidence: medium",
    "status: experimental", "title: Sample on {modem.id}", "for_each: modem", "when:",
    "  modem.raw_ip: false", "message: The modem {modem.id} uses 802.3 framing.", "fix:", "%s",
    "docs: {what: what, why: why, false_positives: none}", "references: []", ""])
STEPS = """\
switch-raw-ip:
  title: Switch {modem.net_ports|"WWAN_IFACE"} to raw-ip
  commands:
    - echo Y | sudo tee /sys/class/net/{modem.net_ports|"WWAN_IFACE"}/qmi/raw_ip
  safety: take the link down first
"""


def _rules_dir(tmp_path, fix, steps=STEPS):
    (tmp_path / "fix-steps").mkdir(exist_ok=True)
    (tmp_path / "fix-steps" / "raw-ip.yaml").write_text(steps)
    (tmp_path / "sample-rule.yaml").write_text(RULE % fix)
    loader._CACHE.clear()
    return str(tmp_path)


def _shipped():
    rules = {}
    for name in sorted(os.listdir(RULES)):
        if name.endswith(".family.yaml"):  # a rule family: each variant is a rule (its keys over the family's)
            with open(os.path.join(RULES, name)) as fh:
                family = yaml.safe_load(fh)
            for variant in family.pop("variants"):
                rules[variant["id"]] = dict(family, **variant)
        elif name.endswith(".yaml"):
            with open(os.path.join(RULES, name)) as fh:
                rules[name[:-5]] = yaml.safe_load(fh)
    steps = {}
    folder = os.path.join(RULES, "fix-steps")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name)) as fh:
            steps.update(yaml.safe_load(fh))
    return rules, steps


def test_a_rule_uses_a_shared_step_and_may_add_its_own_if(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    rule = loader.load_rules(_rules_dir(tmp_path, "  - use: switch-raw-ip\n  - use: switch-raw-ip\n    if: modem.net_ports"))[0]
    assert [step.title.text for step in rule.fix] == ['Switch {modem.net_ports|"WWAN_IFACE"} to raw-ip'] * 2
    assert rule.fix[0].when is None and rule.fix[1].if_text == "modem.net_ports"
    assert rule.fix[1].commands[0].text.startswith("echo Y | sudo tee")


@pytest.mark.parametrize("fix,problem", [
    ("  - use: no-such-step", "sample-rule.yaml:12: fix: unknown step 'no-such-step'"),
    ("  - use: switch-raw-ip\n    safety: mine", "sample-rule.yaml:13: fix: a 'use' step takes only 'if' beside it"),
])
def test_a_wrong_use_names_the_rule_file_and_line(tmp_path, monkeypatch, fix, problem):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with pytest.raises(RuleError) as exc:
        loader.load_rules(_rules_dir(tmp_path, fix))
    assert problem in str(exc.value)


def test_a_bad_shared_step_names_its_own_file_and_line(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with pytest.raises(RuleError) as exc:
        loader.load_rules(_rules_dir(tmp_path, "  - use: switch-raw-ip", STEPS.replace("  safety: take the link down first\n", "")))
    assert "raw-ip.yaml:2: fix: missing key 'safety'" in str(exc.value)


def test_a_changed_shared_step_reaches_the_rules(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    directory = _rules_dir(tmp_path, "  - use: switch-raw-ip")
    assert loader.load_rules(directory)[0].fix[0].safety.text == "take the link down first"
    _rules_dir(tmp_path, "  - use: switch-raw-ip", STEPS.replace("take the link down first", "link down first!"))
    assert loader.load_rules(directory)[0].fix[0].safety.text == "link down first!"


def test_every_shared_step_serves_several_rules():
    rules, steps = _shipped()
    used = {}
    for rule_id, rule in rules.items():
        for step in rule.get("fix") or []:
            if "use" in step:
                used.setdefault(step["use"], []).append(rule_id)
    assert set(used) == set(steps)
    assert all(len(ids) >= 2 for ids in used.values()), used


def test_no_rule_copies_the_commands_of_a_shared_step():
    rules, steps = _shipped()
    shared = {name: set(step.get("commands") or []) for name, step in steps.items()}
    for rule_id, rule in rules.items():
        for step in rule.get("fix") or []:
            mine = set(step.get("commands") or [])
            for name, commands in shared.items():
                assert not (len(mine) >= 2 and mine >= commands), "%s copies %s: write '- use: %s'" % (rule_id, name, name)
