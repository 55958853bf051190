"""The four renderers on realistic fake reports (see tests/test_report.py):
the DW5570 in its MBIM configuration with the mbim-config-qmi-tools finding and its udev-rule fix,
an empty no-modem report, and a report whose only rule could not be decided.
"""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pytest

from test_report import (CONTRACT_FINDING, CONTRACT_FIX, CONTRACT_MODEM, CONTRACT_TOP, EXTRA_TOP, TITLE, UDEV_RULE,
                         dw5570_report, empty_report, undecided_report)
from wwandoctor.render import render, render_to_string
from wwandoctor.render.markdown import LIMIT

ESC = "\x1b"
FORMATS = ("text", "markdown", "mail", "json")
REPORTS = {"dw5570": dw5570_report, "empty": empty_report, "undecided": undecided_report}


def hostile_report() -> dict:
    """The DW5570 report with escape sequences, non-ASCII and markup in the places users' text goes."""
    report = dw5570_report()
    report["modems"][0]["name"] = "Dell \u2014 Bj\u00f8rn's modem \x1b[31m[bold]red[/bold]"
    report["findings"][0]["evidence"].append({"source": "kernel-log", "text": "evil \x1b]0;title\x07 \x1b[2J line"})
    report["log_excerpt"].append({"origin": "ModemManager", "source": "journal", "time": None,
                                  "text": "<warn>  [modem0] caf\u00e9 \x1b[1mbold\x1b[0m <script>x</script>"})
    report["unrecognized"].append("garbage \x00\x1b[5m blink \u00ff")
    return report


class FakeTTY(io.StringIO):
    def isatty(self):
        return True


# --- every format ------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(REPORTS))
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_every_report(fmt, name):
    report = REPORTS[name]()
    out = render_to_string(report, fmt)
    assert out.endswith("\n") and ESC not in out
    if fmt != "json":
        assert report["verdict"] in re.sub(r"\s+", " ", out.replace("\\", ""))


@pytest.mark.parametrize("fmt", ["markdown", "mail", "json", "text"])
def test_no_escape_sequences_even_from_hostile_input(fmt):
    out = render_to_string(hostile_report(), fmt)
    assert ESC not in out and "\x07" not in out and "\x00" not in out


def test_render_writes_to_a_stream_and_rejects_unknown_formats():
    buf = io.StringIO()
    render(dw5570_report(), "markdown", buf)
    assert buf.getvalue() == render_to_string(dw5570_report(), "markdown")
    with pytest.raises(ValueError):
        render_to_string(dw5570_report(), "html")


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_render_to_an_ascii_only_stream(fmt):
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    render(hostile_report(), fmt, stream)
    assert b"Bj?rn" in raw.getvalue()


def test_importing_render_does_not_import_rich():
    code = "import sys, wwandoctor.render, wwandoctor.report; print('rich' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# --- json -----------------------------------------------------------------------

def test_json_is_exactly_the_report():
    report = dw5570_report()
    out = render_to_string(report, "json")
    data = json.loads(out)
    assert data == report
    assert set(data) == CONTRACT_TOP | EXTRA_TOP
    assert set(data["modems"][0]) == CONTRACT_MODEM | {"details"}
    assert set(data["findings"][0]) == CONTRACT_FINDING
    assert all(set(step) == CONTRACT_FIX for step in data["findings"][0]["fix"])
    assert isinstance(data["modems"][0]["active_config"], int)
    assert isinstance(data["findings"][0]["evidence"], list) and isinstance(data["unrecognized"], list)
    assert all(set(v) == {"status", "detail"} for v in data["sources"].values())


def test_json_of_unknowns_is_null():
    data = json.loads(render_to_string(undecided_report(), "json"))
    assert data["modems"][0]["protocol"] is None and data["modems"][0]["drivers"] is None


# --- markdown -----------------------------------------------------------------------

def test_markdown_verdict_and_findings_come_first():
    out = render_to_string(dw5570_report(), "markdown")
    assert out.index("**Verdict: 1 problem found:") < out.index("## Findings") < out.index("## Modems")
    assert "### 1. ERROR: " + TITLE in out
    assert "```\n" + UDEV_RULE + "\n" in out.replace("   ", "")


def test_markdown_details_have_a_blank_line_after_summary():
    out = render_to_string(dw5570_report(), "markdown")
    lines = out.split("\n")
    summaries = [i for i, ln in enumerate(lines) if ln.startswith("<summary>")]
    assert len(summaries) >= 3  # evidence, notes, log excerpt
    for i in summaries:
        assert lines[i - 1] == "<details>" and lines[i + 1] == ""
    assert out.count("<details>") == out.count("</details>")


def test_markdown_warns_when_not_redacted():
    report = dw5570_report()
    assert "NOT redacted" in render_to_string(report, "markdown").split("## Findings")[0]
    report["redacted"] = True
    assert "NOT redacted" not in render_to_string(report, "markdown")


def test_markdown_escapes_html_and_markup_in_prose():
    out = render_to_string(hostile_report(), "markdown")
    assert "<script>" not in out.split("## Raw data")[0]
    assert "\\[bold\\]red" in out  # rich/markdown markup in a name is shown as typed
    assert "garbage ^@^[[5m blink" in out  # control characters are shown, not sent


def test_markdown_fences_survive_backticks_in_content():
    report = dw5570_report()
    report["findings"][0]["fix"][1]["content"] = "before\n```\nafter\n"
    out = render_to_string(report, "markdown")
    assert "   ````\n   before\n   ```\n   after\n   ````" in out


def test_markdown_stays_under_the_limit_with_a_huge_log():
    report = dw5570_report()
    report["log_excerpt"] = [{"origin": "kernel", "source": "dmesg", "time": None,
                              "text": "usb 1-7: line %05d %s" % (i, "x" * 300)} for i in range(1000)]
    report["log_excerpt"][-1]["text"] = "the last line"
    report["log_lines_total"] = 250000
    report["unrecognized"] = ["junk line %d" % i for i in range(3000)]
    out = render_to_string(report, "markdown")
    assert len(out) < LIMIT
    assert re.search(r"^\.\.\. \d+ more lines cut \.\.\.$", out, re.M)
    assert "usb 1-7: line 00000" in out and "the last line" in out
    assert "### 1. ERROR: " + TITLE in out
    assert out.count("<details>") == out.count("</details>")


def test_markdown_cuts_one_enormous_line():
    report = dw5570_report()
    report["log_excerpt"] = [{"origin": "kernel", "source": "dmesg", "time": None, "text": "y" * 200000}]
    out = render_to_string(report, "markdown")
    assert len(out) < LIMIT and "characters cut]" in out


# --- mail --------------------------------------------------------------------------

def _mail_prose(out: str):
    """Lines that are prose: verbatim lines (logs, commands, file contents) are indented by 4 spaces."""
    return [ln for ln in out.split("\n") if not ln.startswith("    ")]


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_mail_is_ascii_with_prose_wrapped_at_72(name):
    out = render_to_string(REPORTS[name](), "mail")
    out.encode("ascii")
    assert all(len(ln) <= 72 for ln in _mail_prose(out)), [ln for ln in _mail_prose(out) if len(ln) > 72]


def test_mail_never_rewraps_commands_logs_and_files():
    report = hostile_report()
    long_log = "cdc_mbim 1-7:2.12 wwan0: register 'cdc_mbim' at usb-0000:00:14.0-7, CDC MBIM, d2:cc:f3:56:10:30"
    out = render_to_string(report, "mail")
    out.encode("ascii")
    lines = out.split("\n")
    assert "    " + UDEV_RULE in lines
    assert "    " + long_log in lines
    assert "    mbimcli -d /dev/cdc-wdm0 -p --query-subscriber-ready-status" in lines
    assert all(len(ln) <= 72 for ln in _mail_prose(out))
    assert "Dell - Bjorn's modem" in out and "cafe" in out


def test_mail_shows_the_settle_command_of_undecided_rules():
    out = render_to_string(undecided_report(), "mail")
    assert "    ls -l /sys/class/usbmisc/*/device/driver" in out.split("\n")
    assert "modem.control_protocol" in out


# --- terminal ------------------------------------------------------------------------

def test_terminal_non_tty_is_plain_100_columns():
    out = render_to_string(dw5570_report(), "text")
    assert ESC not in out
    assert TITLE in out and "$ mmcli -m any" in out and UDEV_RULE in out
    assert "/etc/udev/rules.d/77-wwan-413c-81a3-qmi-config.rules" in out
    assert "never switch after cdc_mbim has probed" in out
    assert "[kernel-log] cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device" in out
    wrapped = [ln for ln in out.split("\n") if UDEV_RULE not in ln and "$ " not in ln and "[kernel-log]" not in ln]
    assert max(len(ln) for ln in wrapped) <= 100
    assert all(ln == ln.rstrip() for ln in out.split("\n")), "no trailing blanks off a terminal"


def test_terminal_summary_and_tree():
    out = render_to_string(dw5570_report(), "text")
    assert out.index("Verdict:") < out.index("Tools that fit") < out.index("Findings")
    assert re.search(r"Tools that fit +ModemManager, mbimcli, mbim-network, umbim", out)
    assert re.search(r"configuration 2: mbim \(active\)\n.*interface 12 \(02/0e/00\)\n.*driver cdc_mbim\n"
                     r".*cdc-wdm0, wwp0s20u7c2i12", out)
    assert "modemmanager: tool-missing (mmcli not found)" in out


def test_terminal_undecided_shows_the_settle_command():
    out = render_to_string(undecided_report(), "text")
    assert "$ ls -l /sys/class/usbmisc/*/device/driver" in out
    assert "Mode              unknown" in out


def test_terminal_prints_markup_literally():
    out = render_to_string(hostile_report(), "text")
    assert "[bold]red[/bold]" in out


def test_terminal_on_a_tty_uses_colour_unless_no_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    tty = FakeTTY()
    render(dw5570_report(), "text", tty)
    assert re.search("\x1b\\[[0-9;]*3[1-7]m", tty.getvalue()), "colour expected on a terminal"
    monkeypatch.setenv("NO_COLOR", "1")
    tty = FakeTTY()
    render(dw5570_report(), "text", tty)
    out = tty.getvalue()
    assert TITLE in out
    assert not re.search("\x1b\\[[0-9;]*(3[0-9]|9[0-7]|38;[0-9;]+)m", out), "no colour with NO_COLOR"


def test_markdown_cuts_findings_past_the_limit_at_a_marker():
    report = dw5570_report()
    finding = report["findings"][0]
    finding["evidence"] = [{"source": "kernel-log", "text": "e" * 300}] * 12
    report["findings"] = [dict(finding, title="finding %d" % i) for i in range(300)]
    out = render_to_string(report, "markdown")
    assert len(out) < LIMIT
    assert "### 1. ERROR: finding 0" in out
    assert re.search(r"^\.\.\. \d+ more findings cut \(the json report has them all\) \.\.\.$", out, re.M)
    assert "## Modems" in out and "## Raw data" in out
    assert out.count("<details>") == out.count("</details>")


@pytest.mark.parametrize("num, active, configs, want", [
    (2, 2, None, "2 (active: 2; others unknown)"),
    (1, 1, None, "1 (active: 1)"),
    (2, None, None, "2 (active unknown)"),
    (None, 1, None, "unknown; active: 1"),
    (None, None, None, "unknown"),
    (2, 1, [{"value": 1, "functions": ["qmi"]}, {"value": 2, "functions": ["mbim"]}], "1: qmi (active); 2: mbim"),
])
def test_configurations_row_shows_the_count_when_only_the_count_is_known(num, active, configs, want):
    from wwandoctor.render import summary_rows
    modem = {"active_config": active, "configs": configs, "details": {"num_configs": num}}
    assert dict(summary_rows(modem))["Configurations"] == want


@pytest.mark.parametrize("modem, title", [
    ({"id": "usb:1-7", "name": "Dell DW5570", "vid": "413c", "pid": "81a3"}, "Dell DW5570 (413c:81a3) at USB port 1-7"),
    ({"id": "usb:1bbb:f000", "vid": "1bbb", "pid": "f000"}, "unknown modem (1bbb:f000)"),
    ({"id": "named:EM7455", "name": "EM7455", "vid": "1199", "pid": "9071"},
     "EM7455 (named in the post; id 1199:9071 from the tables)"),
    ({"id": "named:EM7455", "name": "EM7455"}, "EM7455 (named in the post)"),
    ({"id": "named:EM7455", "name": "EM7455", "vid": "1199"}, "EM7455 (named in the post)"),
    ({"id": "pci:0000:04:00.0", "name": "Quectel RM520N-GL"}, "Quectel RM520N-GL at PCI address 0000:04:00.0"),
    ({"id": "mm:0", "name": "EC25"}, "EC25, ModemManager's modem 0"),
    # an unidentified modem (model/anchors.py) reads as the rules' {modem.id} does (modem_words.id_words)
    ({"id": "unidentified:cdc-wdm0"}, "the modem on cdc-wdm0 (no USB/PCI id in the input)"),
    ({"id": "unidentified:modemmanager"}, "ModemManager's modem (no USB/PCI id in the input)"),
])
def test_modem_titles_say_where_in_words_not_internal_ids(modem, title):
    from wwandoctor.render import modem_title
    assert modem_title(modem) == title


def test_a_modem_named_only_in_prose_reads_without_its_internal_id(tmp_path):
    paste = tmp_path / "post.txt"
    paste.write_text("My Sierra Wireless EM7455 in a ThinkPad T470 never connects since the upgrade.\n")
    for fmt in ("text", "markdown"):
        out = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", "--format", fmt, str(paste)],
                             capture_output=True, text=True).stdout
        title = next(line for line in out.splitlines() if line.lstrip("# ").startswith("EM7455"))
        assert "EM7455 (named in the post)" in title and "named:" not in title and "?" not in title
