"""End to end: ``wwandoctor check`` inside umockdev test-beds (real libudev, real sysfs reads).

This is the "Done when" of the diagnosis issue: on the DW5570 in its MBIM
configuration, ``check --tool qmicli`` reports mbim-config-qmi-tools first
with a udev rule naming 413c, 81a3 and configuration 1; in its QMI
configuration the same command reports no error.
"""
import json
import sys

import pytest
from testbed_catalog import umockdev_text
from case_util import problems
from umockdev_util import run_in_testbed


def check(umockdev_run, bed: str, *args: str):
    proc = run_in_testbed(umockdev_text(bed), [sys.executable, "-m", "wwandoctor", "check", "--format", "json", *args],
                          umockdev_run=umockdev_run)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


@pytest.fixture(scope="module")
def mbim_qmicli(umockdev_run):
    return check(umockdev_run, "dw5570_mbim", "--tool", "qmicli")


def test_dw5570_mbim_with_qmicli_reports_the_configuration_first(mbim_qmicli):
    code, report = mbim_qmicli
    assert code == 1
    first = problems(report)[0]
    assert first["cause"] == "mbim-config-qmi-tools" and first["subject"] == "usb:1-7"
    udev = [s for s in first["fix"] if (s.get("file") or "").startswith("/etc/udev/rules.d/")]
    assert udev, first["fix"]
    content = udev[0]["content"]
    for needle in ('ATTR{idVendor}=="413c"', 'ATTR{idProduct}=="81a3"', 'ATTR{bConfigurationValue}="1"'):
        assert needle in content
    modem = report["modems"][0]
    assert modem["protocol"] == "mbim" and modem["active_config"] == 2
    assert {c["value"]: "qmi" in c["functions"] for c in modem["configs"]} == {1: True, 2: False}


def test_dw5570_qmi_with_qmicli_reports_no_error(umockdev_run):
    code, report = check(umockdev_run, "dw5570_qmi", "--tool", "qmicli")
    assert [f["cause"] for f in report["findings"] if f["severity"] == "error"] == []
    assert report["modems"][0]["protocol"] == "qmi"


def test_no_modem_machine(umockdev_run):
    code, report = check(umockdev_run, "no_modem")
    assert code == 0 and report["modems"] == [] and problems(report) == []


def test_storage_stick_needs_modeswitch(umockdev_run):
    code, report = check(umockdev_run, "e3372_storage")
    assert code == 1 and problems(report)[0]["cause"] == "needs-modeswitch"


def test_check_markdown_and_mail_render_in_a_testbed(umockdev_run):
    for fmt in ("markdown", "mail", "text"):
        proc = run_in_testbed(umockdev_text("dw5570_mbim"),
                              [sys.executable, "-m", "wwandoctor", "check", "--format", fmt, "--tool", "qmicli"],
                              umockdev_run=umockdev_run)
        assert proc.returncode == 1, proc.stderr
        assert "413c" in proc.stdout and "\x1b" not in proc.stdout
