"""One voice: on every test-bed snapshot (reports/*.snapshot.json, made from the umockdev test-beds)
with several tool sets, each finding says what the modem table says. Unknown values read as
"unknown" next to their name, never as a word in a sentence, and counts have the right plural."""
import glob
import os
import re

import pytest

from wwandoctor.engine import evaluate, load_rules
from wwandoctor.model import derive
from wwandoctor.render import render_to_string, summary_rows
from wwandoctor.report import build_report
from wwandoctor.snapshot import ToolUse
from wwandoctor.saved_snapshot import load as load_snapshot

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = load_rules()
TOOL_SETS = [[], ["qmicli"], ["mbimcli"], ["mbimcli", "dhclient"], ["qmicli", "dhclient"], ["quectel-cm", "udhcpc"],
             ["modemmanager"]]
BEDS = sorted(glob.glob(os.path.join(REPO, "reports", "*.snapshot.json")))
PORT = re.compile(r"\b(cdc-wdm\d+|wwan\d+(?:qmi|mbim|at)\d+|wwan\d+|wwp\w+|ttyUSB\d+|ttyACM\d+)\b")
# "the control port unknown speaks", "unknown speaks": an unknown value used as a word
UNKNOWN_AS_WORD = re.compile(r"\b(?:ports?|interfaces?|drivers?|tools?) unknown\b(?! *[),;:])|\bunknown (?:speaks|is|are|has|carries)\b")
WRONG_PLURAL = re.compile(r"(?<![\d.,:/-])\b1 (?:lines|log lines|sections|findings|devices|problems|checks|modems|"
                          r"characters|switches|modem\(s\)|line\(s\))\b")


def _reports():
    for path in BEDS:
        for tools in TOOL_SETS:
            snap = load_snapshot(path)
            for tool in tools:
                snap.tools.append(ToolUse(tool=tool, source="cli", evidence="--tool %s" % tool))
            model = derive(snap)
            yield "%s %s" % (os.path.basename(path), tools), build_report(model, evaluate(RULES, model))


REPORTS = list(_reports())


def _texts(finding):
    return [finding["title"], finding["message"]]


@pytest.mark.parametrize("name,report", REPORTS, ids=[n for n, _ in REPORTS])
def test_findings_agree_with_the_modem_table(name, report):
    modems = {m["id"]: m for m in report["modems"]}
    for f in report["findings"]:
        modem = modems.get(f["subject"])
        if modem is None:
            continue
        d = modem["details"]
        ports = set((modem["control_ports"] or []) + (modem["net_ports"] or []) + (modem["serial_ports"] or [])
                    + (d.get("wwan_ports") or []))
        for text in _texts(f):
            for word in re.findall(r"framing (raw-ip|802\.3)\b", text) + re.findall(r"\b(raw-ip|802\.3|MBIM) framing", text):
                assert d["framing"] is not None and word.lower() == d["framing"].lower(), (f["rule"], text, d["framing"])
            for value in re.findall(r"USB configuration (\d+)", text):
                assert int(value) == modem["active_config"], (f["rule"], text)
            for proto in re.findall(r"speaks (QMI|MBIM)\b", text):
                assert proto.lower() in (d["control_protocol"], modem["protocol"]), (f["rule"], text)
            for port in PORT.findall(text):
                assert port in ports, (f["rule"], text, sorted(ports))
            assert not re.search(r"tools in use \([^)]*\) speak\b", text), (f["rule"], text)


@pytest.mark.parametrize("name,report", REPORTS, ids=[n for n, _ in REPORTS])
def test_unknown_is_a_value_and_plurals_are_right(name, report):
    for fmt in ("text", "markdown", "mail"):
        out = render_to_string(report, fmt)
        assert not UNKNOWN_AS_WORD.search(out), (fmt, UNKNOWN_AS_WORD.search(out).group(0))
        assert not WRONG_PLURAL.search(out), (fmt, WRONG_PLURAL.search(out).group(0))


def test_mode_row_never_says_a_port_speaks_none():
    modem = {"id": "usb:1-1", "protocol": "qmi", "details": {"control_protocol": "none"}}
    mode = dict(summary_rows(modem))["Mode"]
    assert "speaks none" not in mode and mode == "qmi (no control port)"


def test_unknown_ports_read_as_unknown_in_a_message():
    from wwandoctor.engine.fields import Context
    from wwandoctor.model import Host, Model, Modem
    from wwandoctor.snapshot import Snapshot
    modem = Modem(id="usb:1-1", protocol="qmi", control_protocol="qmi")
    model = Model(snapshot=Snapshot(origin="test"), host=Host(modem_count=1), modems=[modem])
    rule = next(r for r in RULES if r.id == "modem-mode-qmi")
    text = rule.message.render(Context(model, modem))[0]
    assert "control port (unknown)" in text and "network interface (unknown)" in text
    modem.control_ports = ["cdc-wdm0"]
    modem.net_ports = ["wwan0", "wwan1"]
    text = rule.message.render(Context(model, modem))[0]
    assert "control port cdc-wdm0;" in text and "network interfaces wwan0, wwan1," in text


def test_one_log_line_is_singular(tmp_path):
    from wwandoctor.ingest import ingest_inputs
    paste = tmp_path / "dmesg.txt"
    paste.write_text("[    5.120000] qmi_wwan 1-1.4:1.4: cdc-wdm0: USB WDM device\n")
    model = derive(ingest_inputs([str(paste)]))
    report = build_report(model, evaluate(RULES, model))
    assert report["log_lines_total"] == 1
    for fmt in ("text", "markdown"):
        out = render_to_string(report, fmt)
        assert "1 log lines" not in out and "(1 lines)" not in out
    assert "1 log line was considered" in render_to_string(report, "text")
