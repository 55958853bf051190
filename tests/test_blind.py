"""Blind is not healthy: when nothing could be concluded, check and analyze exit 3 with the reason
on stderr (DESIGN.md section 5), a source whose reads failed is never ``ok``, and a JSON report or a
too deeply nested snapshot given to analyze is named, never a traceback."""
import json
import os
import subprocess
import sys

import pytest

from wwandoctor.collect import collect_all
from wwandoctor.collect import kernel as kernel_collector
from wwandoctor.collect import usb as usb_collector
from wwandoctor.collect.context import Context
from wwandoctor.report import blind_reason
from wwandoctor.snapshot import Snapshot

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(REPO, "tests", "samples", "paste")


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "wwandoctor", *args], cwd=REPO, input=stdin,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=dict(os.environ, NO_COLOR="1"))


def _blind_exit(path, *extra):
    proc = run("analyze", "--format", "json", *extra, str(path))
    stderr = proc.stderr.decode()
    assert proc.returncode == 3, stderr
    assert "Traceback" not in stderr and "nothing could be concluded" in stderr
    report = json.loads(proc.stdout)  # score-cases reads the JSON report even on exit 3
    assert report["verdict"].startswith("nothing could be concluded")
    return stderr, report


def test_empty_input_exits_3(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    stderr, _ = _blind_exit(empty)
    assert "empty" in stderr


def test_random_bytes_exit_3(tmp_path):
    noise = tmp_path / "noise.bin"
    noise.write_bytes(bytes(range(256)) * 64 + os.urandom(8192))
    stderr, _ = _blind_exit(noise)
    assert "binary" in stderr


def test_a_50_mb_single_line_exits_3(tmp_path):
    big = tmp_path / "one-line.txt"
    with open(big, "wb") as fh:
        chunk = b"x" * (1024 * 1024)
        for _ in range(50):
            fh.write(chunk)
        fh.write(b"\n")
    stderr, _ = _blind_exit(big)
    assert "cut" in stderr


def test_a_json_report_is_recognised_and_named(tmp_path):
    report = tmp_path / "report.json"
    with open(os.path.join(REPO, "reports", "dw5570_mbim.json"), encoding="utf-8") as fh:
        report.write_text(fh.read())
    stderr, _ = _blind_exit(report)
    assert "report.json: a wwandoctor JSON report" in stderr


def test_deeply_nested_snapshot_is_a_one_line_error(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text('{"schema": "wwandoctor.snapshot/1", "usb_devices": ' + "[" * 100000 + "]" * 100000 + "}")
    proc = run("analyze", str(deep))
    stderr = proc.stderr.decode()
    assert proc.returncode == 2
    assert "Traceback" not in stderr and stderr.strip().count("\n") == 0
    assert "deep.json" in stderr and "nested too deeply" in stderr


def test_understood_healthy_paste_still_exits_0():
    proc = run("analyze", os.path.join(SAMPLES, "dhclient-bound.txt"))
    assert proc.returncode == 0, proc.stderr
    assert b"nothing could be concluded" not in proc.stdout


def test_check_with_an_empty_sys_is_blind(tmp_path):
    (tmp_path / "sys").mkdir()
    snap = collect_all(root=str(tmp_path))
    assert snap.sources["usb"].status == "error"
    reason = blind_reason(snap)
    assert reason and "usb" in reason and "/sys/bus/usb/devices" in reason
    from wwandoctor import commands
    from wwandoctor.report import build_report
    from wwandoctor.engine import evaluate, load_rules
    from wwandoctor.model import derive
    model = derive(snap)
    report = build_report(model, evaluate(load_rules(), model))
    assert report["verdict"].startswith("nothing could be concluded")
    assert commands._exit_code(report) == 3


def test_kernel_source_with_failed_reads_is_not_ok(tmp_path):
    snap = Snapshot(origin="live")
    kernel_collector.collect(snap, Context(root=str(tmp_path), modules_dir=str(tmp_path / "nomodules")))
    st = snap.sources["kernel"]
    assert st.status != "ok"
    assert "/proc/modules" in st.detail


def test_unreadable_usb_device_list_is_not_ok_0_devices(tmp_path, monkeypatch):
    bus = tmp_path / "sys" / "bus" / "usb" / "devices"
    bus.mkdir(parents=True)
    real_listdir = os.listdir

    def denied(path):
        if str(path).rstrip("/").endswith("sys/bus/usb/devices"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_listdir(path)

    monkeypatch.setattr(os, "listdir", denied)
    # libudev lists nothing (not an error) where it cannot read
    monkeypatch.setattr(usb_collector, "_enumerate", lambda reader, snap: ([], "pyudev"))
    snap = Snapshot(origin="live")
    usb_collector.collect(snap, Context(root=str(tmp_path)))
    st = snap.sources["usb"]
    assert st.status == "permission-denied" and "/sys/bus/usb/devices" in st.detail
    assert blind_reason(snap) is not None


@pytest.mark.parametrize("status", ["ok", "not-applicable"])
def test_a_readable_device_list_is_not_blind(status):
    snap = Snapshot(origin="live")
    snap.set_source("usb", "ok", "0 devices")
    snap.set_source("pci", status, "")
    assert blind_reason(snap) is None
