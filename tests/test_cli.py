"""The command line: fixed verbs, exit codes, lazy imports, one-line errors, --save."""
import json
import os
import stat
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MC8805 = os.path.join(REPO, "tests", "samples", "report", "mc8805-journal.txt")


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "wwandoctor", *args], cwd=REPO, input=stdin,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
                          env=dict(os.environ, NO_COLOR="1"))


def test_version_imports_neither_rich_nor_pyudev():
    code = ("import sys; sys.argv=['wwandoctor','--version']\n"
            "from wwandoctor.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('rich', 'pyudev', 'yaml') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, stdout=subprocess.PIPE, universal_newlines=True)
    assert proc.stdout.strip().endswith("[]"), proc.stdout
    assert "wwandoctor 0.1.0" in proc.stdout


@pytest.mark.parametrize("args", [(), ("frobnicate",), ("check", "--format", "pdf"), ("check", "--tool", "winmodem"),
                                  ("analyze",), ("rules", "show")])
def test_usage_errors_exit_2(args):
    proc = run(*args)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_analyze_missing_file_is_a_one_line_error():
    proc = run("analyze", "/nonexistent/dmesg.txt")
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "/nonexistent/dmesg.txt" in proc.stderr


def test_rules_show_unknown_id_exits_2():
    proc = run("rules", "show", "no-such-rule")
    assert proc.returncode == 2 and "no-such-rule" in proc.stderr


def test_rules_list_and_show():
    listed = run("rules", "list")
    assert listed.returncode == 0 and "mbim-config-qmi-tools" in listed.stdout
    shown = run("rules", "show", "mbim-config-qmi-tools")
    assert shown.returncode == 0 and "false positives" in shown.stdout.lower()


def test_analyze_stdin_and_tool_alias():
    with open(MC8805, encoding="utf-8") as fh:
        proc = run("analyze", "--format", "json", "--tool", "qmicli", "-", stdin=fh.read())
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["findings"][0]["cause"] == "mbim-config-qmi-tools"
    assert report["schema"] == "wwandoctor.report/1" and report["tool"]["name"] == "wwandoctor"


def test_findings_exit_1_and_clean_paste_exit_0(tmp_path):
    assert run("analyze", "--tool", "qmicli", MC8805).returncode == 1
    healthy = tmp_path / "ip.txt"
    healthy.write_text("default via 10.182.35.145 dev wwan0\n")
    assert run("analyze", str(healthy)).returncode == 0


def test_check_save_writes_private_reports(tmp_path):
    out = tmp_path / "saved"
    proc = run("check", "--format", "json", "--save", str(out))
    assert proc.returncode in (0, 1, 3), proc.stderr
    for name in ("report.md", "report.json"):
        path = out / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads((out / "report.json").read_text())["schema"] == "wwandoctor.report/1"


def test_collect_output_file_is_private_json(tmp_path):
    out = tmp_path / "snap.json"
    proc = run("collect", "-o", str(out))
    assert proc.returncode in (0, 3), proc.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = json.loads(out.read_text())
    assert data["schema"] == "wwandoctor.snapshot/1" and data["redacted"] is True
    again = run("analyze", "--format", "json", str(out))
    assert again.returncode in (0, 1), again.stderr
