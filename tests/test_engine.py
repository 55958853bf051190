"""The rule engine: three-valued logic, operators, load errors with file:line,
templates, fix steps, evidence, undecided rules, ordering, catalogue, rule cases."""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap

import pytest

from wwandoctor.causes import CAUSES, rank
from wwandoctor.engine import evaluate, load_rules
from wwandoctor import rule_tests
from wwandoctor.engine import catalogue
from wwandoctor.rule_tests import load_cases, run_case
from wwandoctor.engine.conditions import compile_condition
from wwandoctor.engine.fields import Context
from wwandoctor.engine.findings import EvidenceLine, Finding, FixStep, cap_evidence
from wwandoctor.engine.ordering import order_findings
from wwandoctor.engine.yamlnode import Source
from wwandoctor.errors import RuleError, WwandoctorError
from wwandoctor.model import Evidence, Host, Model, Modem
from wwandoctor.snapshot import LogLine, Snapshot

HERE = os.path.dirname(os.path.abspath(__file__))
T, F, U = True, False, None


def make_model(modems=(), host=None, log=()):
    return Model(snapshot=Snapshot(log=list(log)), host=host or Host(), modems=list(modems))


def cond(text, for_each="modem"):
    src = Source("cond.yaml")
    return compile_condition(src, src.parse(textwrap.dedent(text)), for_each)


def value(text, modem=None, host=None, log=()):
    modem = modem or Modem(id="usb:1-1")
    model = make_model([modem], host, log)
    return cond(text).evaluate(Context(model, modem)).value


# --- three-valued logic ----------------------------------------------------------

def _two(a, b):
    return Modem(id="usb:1-1", raw_ip=a, net_up=b)


LEAF_A = "modem.raw_ip: true"
LEAF_B = "modem.net_up: true"
VALUES = [T, F, U]
KLEENE_NOT = {T: F, F: T, U: U}


def _kleene_and(a, b):
    if a is F or b is F:
        return F
    if a is U or b is U:
        return U
    return T


def _kleene_or(a, b):
    """De Morgan's law holds in Kleene's three-valued logic: a or b = not (not a and not b)."""
    return KLEENE_NOT[_kleene_and(KLEENE_NOT[a], KLEENE_NOT[b])]


@pytest.mark.parametrize("a", VALUES)
@pytest.mark.parametrize("b", VALUES)
def test_all_is_kleene_and(a, b):
    assert value("all: [{%s}, {%s}]" % (LEAF_A, LEAF_B), _two(a, b)) is _kleene_and(a, b)


@pytest.mark.parametrize("a", VALUES)
@pytest.mark.parametrize("b", VALUES)
def test_any_is_kleene_or(a, b):
    assert value("any: [{%s}, {%s}]" % (LEAF_A, LEAF_B), _two(a, b)) is _kleene_or(a, b)


@pytest.mark.parametrize("a,expected", [(T, F), (F, T), (U, U)])
def test_not(a, expected):
    assert value("not: {%s}" % LEAF_A, _two(a, None)) is expected


def test_nested_unknown_names_the_fields():
    c = cond("""
        all:
          - any: [{modem.raw_ip: true}, {modem.net_up: true}]
          - modem.protocol: qmi
        """)
    modem = Modem(id="usb:1-1", protocol="qmi")
    out = c.evaluate(Context(make_model([modem]), modem))
    assert out.value is None
    assert out.unknown == ["modem.raw_ip", "modem.net_up"]


# --- operators ---------------------------------------------------------------------

@pytest.mark.parametrize("text,modem,expected", [
    ("modem.protocol: mbim", Modem(id="m", protocol="mbim"), T),
    ("modem.protocol: mbim", Modem(id="m", protocol="qmi"), F),
    ("modem.protocol: {in: [qmi, mbim]}", Modem(id="m", protocol="mbim"), T),
    ("modem.protocol: {in: [qmi, mbim]}", Modem(id="m", protocol="ncm"), F),
    ("modem.drivers: {contains: option}", Modem(id="m", drivers=["qmi_wwan", "option"]), T),
    ("modem.drivers: {contains: option}", Modem(id="m", drivers=["qmi_wwan"]), F),
    ("modem.drivers: {contains: option}", Modem(id="m"), U),
    ("modem.drivers: {contains_any: [option, qcserial]}", Modem(id="m", drivers=["qcserial"]), T),
    ("modem.drivers: {contains_any: [option, qcserial]}", Modem(id="m", drivers=["cdc_mbim"]), F),
    ("modem.unbound_interfaces: {empty: false}", Modem(id="m", unbound_interfaces=[4]), T),
    ("modem.unbound_interfaces: {empty: false}", Modem(id="m", unbound_interfaces=[]), F),
    ("modem.name: {match: '(?i)sierra'}", Modem(id="m", name="Sierra Wireless MC7455"), T),
    ("modem.name: {match: '(?i)sierra'}", Modem(id="m", name="Quectel EC25"), F),
    ("modem.drivers: {match: '^cdc_'}", Modem(id="m", drivers=["option", "cdc_mbim"]), T),
    ("modem.num_configs: {ge: 2}", Modem(id="m", num_configs=2), T),
    ("modem.num_configs: {gt: 2}", Modem(id="m", num_configs=2), F),
    ("modem.num_configs: {lt: 2}", Modem(id="m", num_configs=1), T),
    ("modem.num_configs: {le: 1}", Modem(id="m", num_configs=2), F),
    ("modem.num_configs: {ge: 2, le: 3}", Modem(id="m", num_configs=4), F),
    ("modem.num_configs: {ge: 2}", Modem(id="m"), U),
    ("modem.qmi_config: {known: true}", Modem(id="m"), F),
    ("modem.qmi_config: {known: false}", Modem(id="m"), T),
    ("modem.qmi_config: {known: true}", Modem(id="m", qmi_config=1), T),
    ("modem.raw_ip: false", Modem(id="m", raw_ip=False), T),
    ("modem.tools_protocols: {contains: qmi}", Modem(id="m"), F),  # a list that is never unknown
])
def test_operators(text, modem, expected):
    assert value(text, modem) is expected


def test_a_value_of_the_wrong_type_in_the_model_is_unknown_not_a_crash():
    assert value("modem.num_configs: {ge: 2}", Modem(id="m", num_configs="2")) is U


def test_host_fields_in_modem_rules():
    assert value("host.mm_running: true", host=Host(mm_running=True)) is T
    assert value("host.mm_running: true", host=Host()) is U


KLOG = [LogLine("cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device", "kernel"),
        LogLine("<warn> modem couldn't be initialized", "ModemManager"),
        LogLine("usb 1-7: USB disconnect, device number 3", "kernel"),
        LogLine("usb 1-7: USB disconnect, device number 4", "kernel")]


@pytest.mark.parametrize("text,expected", [
    ("log: {match: 'USB WDM device'}", T),
    ("log: {match: 'USB WDM device', origin: ModemManager}", F),
    ("log: {match: couldn.t be initialized, origin: modemmanager}", T),  # origin is case-insensitive
    ("log: {match: couldn.t be initialized, origin: [kernel, ModemManager]}", T),
    ("log: {match: 'USB disconnect', min: 2}", T),
    ("log: {match: 'USB disconnect', min: 3}", F),
    ("log: {match: 'never seen'}", F),  # absence in a log is false, not unknown
    # cleared_by: a hit counts only when no later line (any origin) matches
    ("log: {match: couldn.t be initialized, cleared_by: 'USB disconnect'}", F),
    ("log: {match: 'USB disconnect', cleared_by: couldn.t be initialized}", T),
    ("log: {match: 'USB disconnect', min: 2, cleared_by: 'device number 4'}", F),  # the earlier hit is cleared
    ("log: {match: 'USB WDM', cleared_by: 'never seen'}", T),
])
def test_log_leaf(text, expected):
    assert value(text, log=KLOG) is expected


def test_events_leaf_reads_only_the_modems_own_events():
    modem = Modem(id="usb:1-7", events=[KLOG[2]])
    assert value("modem.events: {match: 'USB disconnect'}", modem, log=KLOG) is T
    assert value("modem.events: {match: 'USB WDM'}", modem, log=KLOG) is F


# --- load errors: file:line -----------------------------------------------------------

GOOD = """\
id: sample-rule
cause: raw-ip-mismatch
severity: warning
confidence: medium
status: experimental
title: Sample on {modem.id}
for_each: modem
when:
  all:
    - modem.protocol: qmi
    - modem.raw_ip: false
message: >
  The modem {modem.name|modem.id} uses 802.3 framing.
fix:
  - title: Switch to raw-ip
    commands:
      - echo Y > /sys/class/net/{modem.net_ports}/qmi/raw_ip
    safety: takes the interface down first
docs:
  what: what
  why: why
  false_positives: none
references: []
"""


def write_rule(directory, text, name="sample-rule.yaml"):
    os.makedirs(str(directory), exist_ok=True)
    path = os.path.join(str(directory), name)
    with open(path, "w") as fh:
        fh.write(text)
    return path


def load_error(tmp_path, text, name="sample-rule.yaml"):
    write_rule(tmp_path, text, name)
    with pytest.raises(RuleError) as exc:
        load_rules(str(tmp_path))
    return str(exc.value)


def test_good_rule_loads(tmp_path):
    write_rule(tmp_path, GOOD)
    (rule,) = load_rules(str(tmp_path))
    assert (rule.id, rule.cause, rule.severity, rule.for_each) == ("sample-rule", "raw-ip-mismatch", "warning", "modem")
    assert rule.fields() == ["modem.protocol", "modem.raw_ip"]


@pytest.mark.parametrize("old,new,line,problem", [
    ("when:\n  all:", "when:\n  all: [", 10, "YAML syntax error"),
    ("status: experimental", "status: experimental\nowner: me", 6, "unknown key 'owner'"),
    ("confidence: medium\n", "", 1, "missing key 'confidence'"),
    ("cause: raw-ip-mismatch", "cause: raw-ip-mix", 2, "unknown cause 'raw-ip-mix'"),
    ("modem.raw_ip: false", "modem.raw_ipp: false", 11, "unknown field modem.raw_ipp"),
    ("modem.protocol: qmi", "modem.protocol: {match: '(qmi'}", 10, "bad regex"),
    ("modem.protocol: qmi", "modem.protocol: {like: qmi}", 10, "unknown operator 'like'"),
    ("modem.protocol: qmi", "modem.num_configs: two", 10, "does not fit a int field"),
    ("modem.protocol: qmi", "modem.vid: 1199", 10, "quote it: '1199'"),
    ("modem.protocol: qmi", "modem.protocol: {contains: qmi}", 10, "needs a list field"),
    ("modem.protocol: qmi", "modem.protocol: {known: true, in: [qmi]}", 10, "known cannot be combined"),
    ("modem.protocol: qmi", "modem.protocol: null", 10, "use {known: false}"),
    ("modem.protocol: qmi", "modem.protocol: qmi\n      modem.raw_ip: true", 10, "exactly one key"),
    ("modem.protocol: qmi", "log: {match: x, orign: kernel}", 10, "unknown operator 'orign'"),
    ("modem.protocol: qmi", "log: {origin: kernel}", 10, "needs match"),
    ("modem.protocol: qmi", "log: {match: x, min: 0}", 10, "min must be"),
    ("modem.protocol: qmi", "what: qmi", 10, "unknown condition 'what'"),
    ("severity: warning", "severity: fatal", 3, "severity must be one of"),
    ("id: sample-rule", "id: other-rule", 1, "does not match the file name"),
    ("id: sample-rule", "id: Sample_Rule", 1, "lowercase"),
    ("The modem {modem.name|modem.id}", "The modem {modem.nam}", 13, "template {modem.nam}: unknown field"),
    ("The modem {modem.name|modem.id}", "The modem {modem.events}", 13, "cannot be shown in text"),
    ("The modem {modem.name|modem.id}", 'The modem {"x"|modem.id}', 13, "only be the last"),
    ("    safety: takes", "    saftey: takes", 18, "fix: unknown key 'saftey'"),
    ("    safety: takes the interface down first\n", "", 15, "fix: missing key 'safety'"),
    ("  - title: Switch to raw-ip", "  - title: Switch to raw-ip\n    if: modem.qmi", 16, "fix.if: unknown field modem.qmi"),
    ("  false_positives: none\n", "", 20, "docs: missing key 'false_positives'"),
    ("  why: why", "  why: why\n  how: how", 22, "docs: unknown key 'how'"),
    ("references: []", "references: []\nexplains: [symptoms]", 24, "unknown cause 'symptoms'"),
    ("  all:\n", "  all:\n  all:\n", 10, "duplicate key 'all'"),
    ("for_each: modem", "for_each: host", 6, "modem.id cannot be used in a rule with for_each: host"),
])
def test_load_errors_name_file_and_line(tmp_path, old, new, line, problem):
    assert old in GOOD
    message = load_error(tmp_path, GOOD.replace(old, new, 1))
    assert re.match(r"^.*sample-rule\.yaml:%d: " % line, message), message
    assert problem in message
    assert "\n" not in message


@pytest.mark.parametrize("text,line,problem", [
    ("", 1, "the file is empty"),
    ("- a list\n", 1, "must be a mapping"),
    ("id: [unclosed\n", 2, "YAML syntax error"),
    ("id: x\n\tcause: y\n", 2, "YAML syntax error"),
])
def test_load_errors_whole_file(tmp_path, text, line, problem):
    message = load_error(tmp_path, text)
    assert "sample-rule.yaml:%d: " % line in message and problem in message


def test_template_error_names_the_line_inside_a_block(tmp_path):
    text = GOOD.replace("  The modem {modem.name|modem.id} uses 802.3 framing.",
                        "  The modem {modem.name|modem.id}\n  uses 802.3 framing\n  on {modem.netports}.")
    assert re.search(r"sample-rule\.yaml:15: template \{modem\.netports\}", load_error(tmp_path, text))


def test_yml_files_and_empty_directories_are_errors(tmp_path):
    with pytest.raises(RuleError, match="no rule files"):
        load_rules(str(tmp_path))
    write_rule(tmp_path, GOOD, "sample-rule.yml")
    with pytest.raises(RuleError, match=r"sample-rule\.yml:1: rule files end in \.yaml"):
        load_rules(str(tmp_path))


def test_cli_reports_bad_rule_without_traceback(tmp_path):
    write_rule(tmp_path, GOOD.replace("modem.raw_ip: false", "modem.rawip: false"))
    proc = subprocess.run([sys.executable, "-m", "wwandoctor", "rules", "list", "--rules", str(tmp_path)],
                          capture_output=True, text=True, cwd=os.path.dirname(HERE))
    assert proc.returncode == 2
    assert re.search(r"sample-rule\.yaml:11: unknown field modem\.rawip$", proc.stderr.strip())
    assert "Traceback" not in proc.stderr


def test_rules_are_cached_until_a_file_changes(tmp_path):
    path = write_rule(tmp_path, GOOD)
    first = load_rules(str(tmp_path))
    assert load_rules(str(tmp_path))[0] is first[0]
    with open(path, "w") as fh:
        fh.write(GOOD.replace("severity: warning", "severity: error") + "\n")
    assert load_rules(str(tmp_path))[0].severity == "error"


def test_shipped_rules_load():
    ids = [r.id for r in load_rules()]
    assert "mbim-config-qmi-tools" in ids and "rfkill-blocked" in ids


# --- templates and fix steps -----------------------------------------------------------

TEMPLATE_RULE = GOOD.replace("""fix:
  - title: Switch to raw-ip
    commands:
      - echo Y > /sys/class/net/{modem.net_ports}/qmi/raw_ip
    safety: takes the interface down first
""", """fix:
  - title: Always
    safety: safe
  - title: Needs the net port
    commands:
      - echo Y > /sys/class/net/{modem.net_ports}/qmi/raw_ip
    safety: safe
  - title: Only with a QMI config
    if: modem.qmi_config
    file: /etc/udev/rules.d/77-{modem.vid}-{modem.pid}.rules
    content: |
      ATTR{idVendor}=="{modem.vid}", ATTR{bConfigurationValue}="{modem.qmi_config}"
    safety: safe
  - title: Only when usb_modeswitch knows it
    if: {all: [{modem.modeswitch_known: true}, {modem.num_configs: {ge: 2}}]}
    safety: safe
""")


def _finding(tmp_path, **fields):
    write_rule(tmp_path, TEMPLATE_RULE)
    modem = Modem(id="usb:1-7", protocol="qmi", raw_ip=False, **fields)
    ev = evaluate(load_rules(str(tmp_path)), make_model([modem]))
    (finding,) = ev.findings
    return finding


def test_template_renders_values_and_keeps_udev_braces(tmp_path):
    f = _finding(tmp_path, vid="413c", pid="81a3", qmi_config=1, net_ports=["wwan0"])
    assert f.title == "Sample on 1-7"  # the modem id in words (template.id_words)
    assert f.message == "The modem 1-7 uses 802.3 framing."
    titles = [s.title for s in f.fix]
    assert titles == ["Always", "Needs the net port", "Only with a QMI config"]
    udev = f.fix[2]
    assert udev.file == "/etc/udev/rules.d/77-413c-81a3.rules"
    assert udev.content == 'ATTR{idVendor}=="413c", ATTR{bConfigurationValue}="1"\n'
    assert f.fix[1].commands == ["echo Y > /sys/class/net/wwan0/qmi/raw_ip"]


def test_fix_steps_needing_unknown_fields_are_dropped(tmp_path):
    f = _finding(tmp_path, name="Sierra MC7455", modeswitch_known=True, num_configs=2)
    assert f.message == "The modem Sierra MC7455 uses 802.3 framing."
    assert [s.title for s in f.fix] == ["Always", "Only when usb_modeswitch knows it"]


def test_if_field_must_be_truthy(tmp_path):
    f = _finding(tmp_path, vid="413c", pid="81a3", qmi_config=0, modeswitch_known=False, num_configs=2)
    assert [s.title for s in f.fix] == ["Always"]


def test_unknown_field_in_message_renders_unknown(tmp_path):
    write_rule(tmp_path, GOOD.replace("{modem.name|modem.id}", "{modem.name} in config {modem.active_config|\"?\"}"))
    modem = Modem(id="usb:1-7", protocol="qmi", raw_ip=False)
    (f,) = evaluate(load_rules(str(tmp_path)), make_model([modem])).findings
    assert f.message == "The modem unknown in config ? uses 802.3 framing."


# --- evidence, undecided, to_dict -------------------------------------------------------

def test_evidence_holds_facts_model_evidence_and_log_lines(tmp_path):
    write_rule(tmp_path, GOOD.replace("    - modem.raw_ip: false", "    - modem.raw_ip: false\n    - log: {match: 'USB WDM'}"))
    modem = Modem(id="usb:1-7", protocol="qmi", raw_ip=False)
    modem.evidence["raw_ip"] = [Evidence("sysfs", "/sys/class/net/wwan0/qmi/raw_ip = N"),
                                Evidence("sysfs", "/sys/class/net/wwan0/qmi/raw_ip = N")]
    (f,) = evaluate(load_rules(str(tmp_path)), make_model([modem], log=KLOG)).findings
    assert [e.to_dict() for e in f.evidence] == [
        {"source": "model", "text": "modem.protocol = qmi"},
        {"source": "model", "text": "modem.raw_ip = no"},
        {"source": "sysfs", "text": "/sys/class/net/wwan0/qmi/raw_ip = N"},
        {"source": "kernel-log", "text": "cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device"},
    ]


def test_any_keeps_only_the_evidence_of_true_parts():
    c = cond("any: [{modem.protocol: qmi}, {modem.raw_ip: true}, {log: {match: disconnect}}]")
    modem = Modem(id="m", protocol="qmi", raw_ip=False)
    out = c.evaluate(Context(make_model([modem], log=KLOG), modem))
    texts = [e.text for e in out.support]
    assert "modem.protocol = qmi" in texts and "modem.raw_ip = no" not in texts
    assert "usb 1-7: USB disconnect, device number 3" in texts


def test_evidence_is_deduplicated_and_capped():
    lines = [EvidenceLine("kernel-log", "line %d" % (i % 20)) for i in range(40)]
    capped = cap_evidence(lines)
    assert len(capped) == 12
    assert capped[0].text == "line 0" and capped[10].text == "line 10"
    assert capped[-1].text == "... 9 more evidence lines not shown"


def test_undecided_names_unknown_fields_and_settling_commands(tmp_path):
    write_rule(tmp_path, GOOD.replace("modem.raw_ip: false", "modem.qmi_config: 1"))
    modem = Modem(id="usb:1-7", vid="413c", pid="81a3", protocol="qmi")
    ev = evaluate(load_rules(str(tmp_path)), make_model([modem]))
    assert ev.findings == []
    (u,) = ev.undecided
    assert u.to_dict() == {"rule": "sample-rule", "cause": "raw-ip-mismatch", "subject": "usb:1-7",
                           "title": "Sample on 1-7", "unknown": ["modem.qmi_config"],
                           "settle": ["lsusb -v -d 413c:81a3"], "seen": ["modem.protocol = qmi"]}


def test_undecided_without_ids_drops_the_device_filter(tmp_path):
    write_rule(tmp_path, GOOD.replace("modem.raw_ip: false", "modem.qmi_config: 1"))
    (u,) = evaluate(load_rules(str(tmp_path)), make_model([Modem(id="usb:1-7", protocol="qmi")])).undecided
    assert u.settle == ["lsusb -v"]


def test_undecided_info_rules_are_not_reported(tmp_path):
    write_rule(tmp_path, GOOD.replace("severity: warning", "severity: info"))
    ev = evaluate(load_rules(str(tmp_path)), make_model([Modem(id="usb:1-7")]))
    assert ev.findings == [] and ev.undecided == []


def test_host_rules_run_once_and_modem_rules_per_modem(tmp_path):
    write_rule(tmp_path, GOOD)
    # (a cause of its own: a host-wide finding of the modems' cause gives its place to theirs, _one_per_cause)
    write_rule(tmp_path, GOOD.replace("id: sample-rule", "id: host-rule").replace("for_each: modem", "for_each: host")
               .replace("cause: raw-ip-mismatch", "cause: interface-down-or-unconfigured")
               .replace("Sample on {modem.id}", "Host rule").replace("{modem.name|modem.id}", "x")
               .replace("""  all:
    - modem.protocol: qmi
    - modem.raw_ip: false""", "  host.mm_running: false").replace("{modem.net_ports}", "wwan0"), "host-rule.yaml")
    modems = [Modem(id="usb:1-%d" % i, protocol="qmi", raw_ip=False) for i in (1, 2)]
    ev = evaluate(load_rules(str(tmp_path)), make_model(modems, Host(mm_running=False)))
    assert sorted((f.rule, f.subject) for f in ev.findings) == [
        ("host-rule", "host"), ("sample-rule", "usb:1-1"), ("sample-rule", "usb:1-2")]


def test_to_dict_has_exactly_the_contract_keys():
    f = Finding(rule="r", cause="rfkill-blocked", severity="error", confidence="high", title="t",
                subject="host", message="m", evidence=[EvidenceLine("rfkill", "x")],
                fix=[FixStep(title="a", commands=["rfkill list"], safety="safe")], explains=["not-registered"])
    d = f.to_dict()
    assert list(d) == ["rule", "cause", "severity", "confidence", "title", "subject", "message", "evidence", "fix"]
    assert d["fix"] == [{"title": "a", "commands": ["rfkill list"], "file": None, "content": None, "safety": "safe"}]
    assert d["evidence"] == [{"source": "rfkill", "text": "x"}]


# --- ordering ------------------------------------------------------------------------

def fnd(rule, cause, severity="error", confidence="high", subject="usb:1-1", explains=()):
    return Finding(rule=rule, cause=cause, severity=severity, confidence=confidence, title=rule,
                   subject=subject, message="", explains=list(explains))


def _ids(findings):
    return [f.rule for f in order_findings(findings)]


def test_order_by_severity_then_confidence_then_rank_then_id():
    fs = [fnd("i", "no-fault-found", "info"),
          fnd("w", "rfkill-blocked", "warning"),
          fnd("symptom", "control-channel-unresponsive"),
          fnd("setup-low", "raw-ip-mismatch", confidence="low"),
          fnd("setup-b", "raw-ip-mismatch"),
          fnd("setup-a", "modemmanager-conflict"),
          fnd("root", "rfkill-blocked")]
    assert _ids(fs) == ["root", "setup-a", "setup-b", "symptom", "setup-low", "w", "i"]


def test_a_better_supported_cause_comes_before_a_lower_layer_guess():
    # the differential of one piece of evidence: the medium-confidence reading leads,
    # the low-confidence platform-layer alternative follows
    fs = [fnd("missing-module", "kernel-module-missing", "warning", "low"),
          fnd("power", "usb-power-or-reset", "warning", "medium")]
    assert _ids(fs) == ["power", "missing-module"]
    fs[1].confidence = "low"  # equal support: the cause order breaks the tie
    assert _ids(fs) == ["missing-module", "power"]


def test_a_cause_outranks_the_symptoms_it_explains_even_at_lower_severity():
    fs = [fnd("symptom", "control-channel-unresponsive"),
          fnd("other", "sim-problem"),
          fnd("cause", "mbim-config-qmi-tools", "warning", explains=["control-channel-unresponsive"])]
    assert _ids(fs) == ["other", "cause", "symptom"]


def test_explains_needs_the_same_subject_unless_host_wide():
    fs = [fnd("symptom", "not-registered", subject="usb:1-2"),
          fnd("cause", "fcc-locked", "warning", subject="usb:1-1", explains=["not-registered"])]
    assert _ids(fs) == ["symptom", "cause"]
    fs[1].subject = "host"
    assert _ids(fs) == ["cause", "symptom"]


def test_explain_cycles_fall_back_to_base_order():
    fs = [fnd("b", "raw-ip-mismatch", explains=["dhcp-client-on-raw-ip"]),
          fnd("a", "dhcp-client-on-raw-ip", explains=["raw-ip-mismatch"])]
    assert _ids(fs) == ["a", "b"]


def test_causes_match_the_shared_catalogue():
    with open(os.path.join(HERE, "samples", "causes.md")) as fh:
        ids = [i for i in re.findall(r"^\| ([a-z][a-z-]*) \|", fh.read(), re.M) if i != "id"]
    assert len(ids) > 25 and sorted(ids) == sorted(CAUSES)
    assert rank("rfkill-blocked") < rank("mbim-config-qmi-tools") < rank("control-channel-unresponsive")
    assert rank("not-a-cause") > rank("no-fault-found")


# --- catalogue commands -------------------------------------------------------------------

def test_list_and_show(tmp_path):
    write_rule(tmp_path, TEMPLATE_RULE)
    out = io.StringIO()
    assert catalogue.list_rules(str(tmp_path), out) == 0
    assert re.search(r"^sample-rule\s+warning\s+Sample on .*\(experimental\)", out.getvalue(), re.M)
    out = io.StringIO()
    assert catalogue.list_rules(str(tmp_path), out, "json") == 0
    row = json.loads(out.getvalue())[0]
    assert (row["id"], row["cause"], row["confidence"], row["status"]) == (
        "sample-rule", "raw-ip-mismatch", "medium", "experimental")
    out = io.StringIO()
    assert catalogue.show_rule(str(tmp_path), "sample-rule", out) == 0
    text = out.getvalue()
    for part in ("What it detects", "Why it matters", "False positives", "Condition", "modem.raw_ip: false",
                 "only when: modem.qmi_config", "safety: safe", "Cause: raw-ip-mismatch"):
        assert part in text, part
    with pytest.raises(WwandoctorError, match="no rule 'sample'.*did you mean sample-rule"):
        catalogue.show_rule(str(tmp_path), "sample", io.StringIO())


def test_show_shipped_rule_lists_fix_safety_and_references():
    out = io.StringIO()
    catalogue.show_rule(None, "mbim-config-qmi-tools", out)
    text = out.getvalue()
    assert "never switch" in text.lower() and "https://lists.freedesktop.org" in text


CASES_OK = """\
cases:
  - name: fires
    expect: fire
    model: {modem: {protocol: qmi, raw_ip: false}}
  - name: does not fire
    expect: no-fire
    model: {modem: {protocol: qmi, raw_ip: true}}
  - name: undecided
    expect: undecided
    model: {modem: {protocol: qmi}}
"""


def test_rules_test_passes_and_fails(tmp_path):
    write_rule(tmp_path, GOOD)
    write_rule(tmp_path / "tests", CASES_OK)
    out = io.StringIO()
    assert rule_tests.test_rules(str(tmp_path), out) == 0
    assert out.getvalue().splitlines()[-1] == "3 passed, 0 failed"
    write_rule(tmp_path / "tests", CASES_OK.replace("raw_ip: true}}", "raw_ip: false}}"))
    out = io.StringIO()
    assert rule_tests.test_rules(str(tmp_path), out) == 1
    lines = out.getvalue().splitlines()
    assert lines[-1] == "2 passed, 1 failed"
    assert "sample-rule::does not fire" in lines[0] and "expected no-fire, got fire" in lines[0]


def test_rules_test_requires_fire_and_no_fire_cases(tmp_path):
    write_rule(tmp_path, GOOD)
    write_rule(tmp_path / "tests", CASES_OK.split("  - name: does not fire")[0])
    out = io.StringIO()
    assert rule_tests.test_rules(str(tmp_path), out) == 1
    assert "needs at least one 'no-fire' case" in out.getvalue()
    assert out.getvalue().splitlines()[-1] == "1 passed, 1 failed"


@pytest.mark.parametrize("text,line,problem", [
    ("cases:\n  - name: x\n    expect: fire\n", 2, "needs exactly one input"),
    ("cases:\n  - name: x\n    expect: maybe\n    model: {}\n", 3, "expect must be one of"),
    ("cases:\n  - name: x\n    expect: fire\n    model: {modem: {protocl: qmi}}\n", 4, "unknown field modem.protocl"),
    ("cases:\n  - name: x\n    expect: fire\n    model: {modem: {num_configs: '2'}}\n", 4, "does not fit a int field"),
    ("cases:\n  - name: x\n    expect: fire\n    snapshot: {usb_devices: 3}\n", 4, "expected a list"),
    ("cases:\n  - name: x\n    expect: fire\n    paste_file: nowhere.txt\n", 4, "paste_file nowhere.txt"),
    ("cases:\n  - name: x\n    expect: fire\n    model: {}\n    tools: [qmicli]\n", 5, "only for snapshot and paste"),
    ("cases:\n  - name: x\n    expect: fire\n    model: {}\n  - name: x\n    expect: fire\n    model: {}\n", 5, "duplicate case name"),
    ("case:\n  - name: x\n", 1, "unknown key 'case'"),
])
def test_case_file_errors(tmp_path, text, line, problem):
    write_rule(tmp_path, GOOD)
    write_rule(tmp_path / "tests", text)
    with pytest.raises(RuleError) as exc:
        load_cases(str(tmp_path), {"sample-rule"})
    assert re.match(r"^.*tests/sample-rule\.yaml:%d: " % line, str(exc.value)), str(exc.value)
    assert problem in str(exc.value)


def test_case_file_for_unknown_rule(tmp_path):
    write_rule(tmp_path, GOOD)
    write_rule(tmp_path / "tests", CASES_OK, "no-such-rule.yaml")
    with pytest.raises(RuleError, match=r"no-such-rule\.yaml:1: no rule 'no-such-rule'"):
        load_cases(str(tmp_path), {"sample-rule"})


def test_first_and_fix_assertions(tmp_path):
    write_rule(tmp_path, TEMPLATE_RULE)
    write_rule(tmp_path / "tests", """\
cases:
  - name: first and fix
    expect: fire
    first: true
    fix_contains: ['ATTR{idVendor}=="1199"']
    fix_excludes: [usb_modeswitch]
    model: {modem: {protocol: qmi, raw_ip: false, vid: '1199', pid: '9071', qmi_config: 8}}
  - name: wrong fix text
    expect: fire
    fix_contains: [nothing like this]
    model: {modem: {protocol: qmi, raw_ip: false}}
""")
    rules = load_rules(str(tmp_path))
    ok, bad = load_cases(str(tmp_path), {"sample-rule"})
    assert run_case(ok, rules) is None
    assert run_case(bad, rules) == "no fix step contains 'nothing like this'"


def test_cli_rules_test_exit_codes(tmp_path):
    write_rule(tmp_path, GOOD)
    write_rule(tmp_path / "tests", CASES_OK)

    def run():
        return subprocess.run([sys.executable, "-m", "wwandoctor", "rules", "test", "--rules", str(tmp_path)],
                              capture_output=True, text=True, cwd=os.path.dirname(HERE))
    proc = run()
    assert (proc.returncode, proc.stdout.splitlines()[-1]) == (0, "3 passed, 0 failed")
    write_rule(tmp_path / "tests", CASES_OK.replace("expect: undecided", "expect: fire"))
    proc = run()
    assert (proc.returncode, proc.stdout.splitlines()[-1]) == (1, "2 passed, 1 failed")


# "unknown" reads as a value after a bracket, a colon, "=" or a label noun ("configuration unknown"), or as a VID:PID
_UNKNOWN_AS_VALUE = re.compile(r"(?:\(|:\s?|=|\b(?:interface|configuration|version) )unknown\b|\bunknown:unknown\b")


def test_no_rule_title_uses_unknown_as_a_word():
    """A rule left undecided shows its title with the fields it lacks: each placeholder that stands as a noun
    in the sentence has a quoted fallback ("the kernel lacks {host.missing_drivers|"a driver it needs"}"), so
    the title never reads "the kernel lacks unknown" or "disconnected unknown times"."""
    from wwandoctor.model.types import Host, Model, Modem
    from wwandoctor.snapshot import Snapshot
    model = Model(snapshot=Snapshot(), host=Host(), modems=[Modem(id="usb:1-7")])
    bad = []
    for rule in load_rules():
        ctx = Context(model, None if rule.for_each == "host" else model.modems[0])
        title = str(rule.title.render(ctx)[0])
        if re.search(r"\bunknown\b", _UNKNOWN_AS_VALUE.sub("", title)):
            bad.append("%s: %s" % (rule.id, title))
    assert bad == []


def test_an_unknown_field_is_no_evidence_nor_a_hint(tmp_path):
    """``{known: false}`` holding on a field nobody saw names nothing seen: it is not evidence in a
    finding (no "modem.qmi_config = unknown" line) and alone no reason to report the rule as undecided."""
    write_rule(tmp_path, GOOD.replace("modem.raw_ip: false", "modem.qmi_config: {known: false}"))
    (f,) = evaluate(load_rules(str(tmp_path)), make_model([Modem(id="usb:1-7", protocol="qmi")])).findings
    assert [e.text for e in f.evidence] == ["modem.protocol = qmi"]
    write_rule(tmp_path, GOOD.replace("modem.protocol: qmi", "modem.qmi_config: {known: false}"))
    ev = evaluate(load_rules(str(tmp_path)), make_model([Modem(id="usb:1-7")]))
    assert ev.findings == [] and ev.undecided == []


def test_an_empty_list_is_evidence_but_no_hint(tmp_path):
    """``{empty: true}`` holding says nothing of a kind was seen: it stays evidence in a finding
    ("modem.tools_protocols = (none)"), but alone it does not make an undecided rule worth reporting."""
    write_rule(tmp_path, GOOD.replace("modem.protocol: qmi", "modem.tools_protocols: {empty: true}"))
    (f,) = evaluate(load_rules(str(tmp_path)), make_model([Modem(id="usb:1-7", raw_ip=False)])).findings
    assert "modem.tools_protocols = (none)" in [e.text for e in f.evidence]
    ev = evaluate(load_rules(str(tmp_path)), make_model([Modem(id="usb:1-7")]))
    assert ev.findings == [] and ev.undecided == []


def test_a_cause_is_named_once_the_modem_replacing_an_earlier_host_wide_finding():
    """One cause proved host-wide (a quoted message) and about a modem (its id): the report names it once, about the
    modem, with the host finding's evidence kept."""
    from wwandoctor.engine import _one_per_cause
    host = fnd("quoted", "firmware-bug-or-crash", "error", subject="host")
    host.evidence = [EvidenceLine("quoted", "unsupported download protocol")]
    modem = fnd("boot-mode", "firmware-bug-or-crash", "warning", subject="usb:1-1")
    modem.evidence = [EvidenceLine("model", "modem.boot_mode = yes")]
    other = fnd("other", "sim-problem", subject="usb:1-1")
    kept = _one_per_cause([host, other, modem])
    assert [f.rule for f in kept] == ["boot-mode", "other"]
    assert [e.text for e in kept[0].evidence] == ["modem.boot_mode = yes", "unsupported download protocol"]
    assert [f.rule for f in _one_per_cause([modem, other, host])] == ["boot-mode", "other"]
