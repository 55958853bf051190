"""Where the modem is broken the machine often lacks things too: rich, pyudev, libudev.

* Without rich the text report is drawn by ``render/plain.py``: the same words
  in the same order as rich draws them (checked on every report the rule
  samples, the held-out cases and the test-bed reports make).
* Without pyudev, or where pyudev cannot load libudev, ``check`` reads sysfs
  directly and the report lists the ``udev`` source as ``tool-missing``
  (the snapshot itself is compared in test_collect_sysfs.py).

Missing modules are simulated in a subprocess by a meta-path finder that
raises ModuleNotFoundError, as Python does for a module that is not installed;
missing libudev by ``ctypes.util.find_library('udev')`` finding nothing, as on
a system without it (pyudev/_ctypeslib/utils.py then raises ImportError).
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys

import pytest
from testbed_catalog import umockdev_text
from umockdev_util import REPO, run_in_testbed

from wwandoctor.cli import main
from wwandoctor.render import plain, terminal

RUN_WITHOUT = r"""
import sys
missing = sys.argv.pop(1).split(",")

class NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in missing:
            raise ModuleNotFoundError("No module named %r" % name, name=name)
        return None

sys.meta_path.insert(0, NotInstalled())
if "libudev" in missing:
    import ctypes.util
    find = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None if name == "udev" else find(name)
from wwandoctor.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in ("rich", "pyudev") if m in sys.modules and sys.modules[m] is not None)
sys.stderr.write("loaded: %s\n" % ",".join(loaded))
sys.exit(code)
"""
SAMPLES = os.path.join(REPO, "rules", "tests", "samples")
CASES = os.path.join(REPO, "tests", "written_cases")
REPORTS = os.path.join(REPO, "reports")
GUIDES = re.compile("[└├│─]")


def without(missing: str, *args: str) -> list:
    return [sys.executable, "-c", RUN_WITHOUT, missing] + list(args)


def _inputs():
    """(name, analyze arguments) for every rule sample and held-out case."""
    found = [("sample:" + n, [os.path.join(SAMPLES, n)]) for n in sorted(os.listdir(SAMPLES)) if n.endswith(".txt")]
    for case in sorted(os.listdir(CASES)):
        folder = os.path.join(CASES, case)
        files = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".txt")) if os.path.isdir(folder) else []
        if files:
            found.append(("case:" + case, files))
    return found


def _report(args) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(["analyze", "--format", "json"] + args)
    return json.loads(out.getvalue())


def _reports():
    for name, args in _inputs():
        yield name, lambda args=args: _report(args)
    for name in sorted(os.listdir(REPORTS)):
        if name.endswith(".json") and not name.endswith(".snapshot.json"):
            yield "bed:" + name, lambda path=os.path.join(REPORTS, name): json.load(open(path, encoding="utf-8"))


REPORT_MAKERS = list(_reports())


def _rich_text(report: dict) -> str:
    buf = io.StringIO()
    terminal.render(report, buf)
    return buf.getvalue()


def _words(text: str) -> list:
    return GUIDES.sub(" ", text).split()


def same_words(plain_text: str, rich_text: str) -> bool:
    """The same words in the same order. A word too long for its line is whole in the plain text;
    rich folds it over lines, or in a table column cuts it with "…"."""
    ours, theirs = _words(plain_text), _words(rich_text)
    i = 0
    for word in ours:
        if i >= len(theirs):
            return False
        seen, i = theirs[i], i + 1
        if seen.endswith("\u2026") and word.startswith(seen[:-1]):
            continue
        while seen != word and word.startswith(seen) and i < len(theirs):
            seen, i = seen + theirs[i], i + 1
        if seen != word:
            return False
    return i == len(theirs)


def test_there_are_reports_to_compare():
    assert len(REPORT_MAKERS) > 100


@pytest.mark.parametrize("make", [m for _, m in REPORT_MAKERS], ids=[n for n, _ in REPORT_MAKERS])
def test_plain_text_says_what_rich_says(make):
    report = make()
    ours, rich_text = plain.render_text(report), _rich_text(report)
    assert same_words(ours, rich_text), (ours, rich_text)
    assert [ln for ln in ours.split("\n") if ln.strip()][0] == [ln for ln in rich_text.split("\n") if ln.strip()][0]
    assert "\x1b" not in ours


def test_unredacted_warning_and_tree_in_plain_text():
    report = json.load(open(os.path.join(REPORTS, "dw5570_qmi.json"), encoding="utf-8"))
    report["redacted"] = False
    ours = plain.render_text(report)
    assert ours.startswith("Warning: This report is NOT redacted")
    assert same_words(ours, _rich_text(report))
    assert "USB configurations\n├── configuration 1: " in ours and "\n└── configuration 2" in ours


def test_analyze_without_rich_prints_the_plain_report(tmp_path):
    sample = os.path.join(SAMPLES, "e3372-storage-only-dmesg.txt")
    proc = subprocess.run(without("rich", "analyze", sample), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, cwd=str(tmp_path), env=dict(os.environ, PYTHONPATH=REPO))
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.splitlines()[-1] == "loaded: "  # neither rich nor (for analyze) pyudev
    assert proc.stdout == plain.render_text(_report([sample]))
    assert "still in mass-storage" in proc.stdout


def test_pasted_input_without_rich_from_stdin(tmp_path):
    with open(os.path.join(SAMPLES, "ec21-rpi-dmesg-lsusb-t.txt"), encoding="utf-8") as fh:
        paste = fh.read()
    proc = subprocess.run(without("rich", "analyze", "-"), input=paste, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True, cwd=str(tmp_path),
                          env=dict(os.environ, PYTHONPATH=REPO))
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stdout.startswith("Verdict: ") and "Traceback" not in proc.stderr


@pytest.mark.parametrize("missing, why", [
    ("rich,pyudev", "udev: tool-missing (pyudev is not installed"),
    ("rich,libudev", "udev: tool-missing (pyudev cannot load libudev (No library named udev)"),
])
def test_check_without_rich_and_udev(umockdev_run, missing, why):
    proc = run_in_testbed(umockdev_text("dw5570_mbim"), without(missing, "check", "--tool", "qmicli"),
                          umockdev_run=umockdev_run)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.splitlines()[-1] == "loaded: %s" % ("" if missing == "rich,pyudev" else "pyudev")
    assert proc.stdout.startswith("Verdict: ") and " found" in proc.stdout.split("\n")[0]  # 1, or 2 with a host process
    assert "1. ERROR" in proc.stdout and "rule mbim-config-qmi-tools" in " ".join(proc.stdout.split())
    sources = proc.stdout.split("Sources that could not be read:\n", 1)[1]
    assert "- " + why in " ".join(sources.split()), sources
    assert "\x1b" not in proc.stdout


def test_check_without_libudev_json_keeps_the_diagnosis(umockdev_run):
    """Only udev's own facts become unknown: the MBIM-configuration diagnosis stands."""
    proc = run_in_testbed(umockdev_text("dw5570_mbim"), without("libudev", "check", "--format", "json", "--tool", "qmicli"),
                          umockdev_run=umockdev_run)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["sources"]["udev"]["status"] == "tool-missing"
    assert report["sources"]["usb"]["detail"] == "1 devices via sysfs listing"
    assert report["findings"][0]["cause"] == "mbim-config-qmi-tools"
    assert report["modems"][0]["active_config"] == 2
