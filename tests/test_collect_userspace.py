"""Userspace collectors: runner, kernel log, processes, versions/services, ModemManager, configs, collect_all.

External commands are replaced by recorded real output (tests/samples/mmcli,
tests/samples/collect-userspace); the runner itself and one ModemManager test
run real programs.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from root_util import write
from wwandoctor import logs
from wwandoctor.collect import configs, kernel_log, modemmanager, processes, runner, versions
from wwandoctor.collect.context import Context
from wwandoctor.collect.runner import CommandResult, fake_runner, replaced_runner
from wwandoctor.snapshot import Snapshot

HERE = os.path.dirname(__file__)
SAMPLES = os.path.join(HERE, "samples", "collect-userspace")
MMCLI = os.path.join(HERE, "samples", "mmcli")


def sample(name, mode="r"):
    with open(os.path.join(SAMPLES, name), mode) as fh:
        return fh.read()


def ok(stdout="", returncode=0, stderr=""):
    return CommandResult("ok", returncode, stdout, stderr)


MISSING = CommandResult("tool-missing", None, "", "not found")
TIMEOUT = CommandResult("timeout", None, "", "no answer within 3.0 s")


# --- runner -------------------------------------------------------------------------

def test_runner_ok_captures_output_and_status():
    result = runner.subprocess_runner([sys.executable, "-c", "import sys; print('out'); sys.stderr.write('err'); sys.exit(3)"])
    assert (result.status, result.returncode, result.stdout, result.stderr) == ("ok", 3, "out\n", "err")
    assert not result.succeeded


def test_runner_stdin_is_dev_null():
    result = runner.subprocess_runner(["cat"], timeout=5)  # would hang if stdin were inherited
    assert result.succeeded and result.stdout == ""


def test_runner_tool_missing():
    assert runner.subprocess_runner(["wwandoctor-no-such-tool-xyz"]).status == "tool-missing"


def test_runner_permission_denied(tmp_path):
    script = tmp_path / "tool"
    script.write_text("#!/bin/sh\necho hi\n")
    script.chmod(0o644)  # not executable, even for root
    assert runner.subprocess_runner([str(script)]).status == "permission-denied"


def test_runner_timeout_kills_the_command():
    start = time.monotonic()
    result = runner.subprocess_runner(["sleep", "5"], timeout=0.2)
    assert result.status == "timeout" and time.monotonic() - start < 2


def test_replaced_runner_is_restored_and_a_raising_fake_is_an_error():
    def broken(argv, timeout):
        raise RuntimeError("boom")
    with replaced_runner(broken):
        result = runner.run(["mmcli", "-L"])
        assert result.status == "error" and "boom" in result.stderr
    assert runner.run(["true"]).succeeded


def test_line_stream_real_and_timeout():
    stream = runner.LineStream([sys.executable, "-c", "print('a'); print('b')"], timeout=5)
    assert list(stream) == ["a", "b"] and stream.result.succeeded
    slow = runner.LineStream(["sleep", "5"], timeout=0.2)
    assert list(slow) == [] and slow.result.status == "timeout"
    missing = runner.LineStream(["wwandoctor-no-such-tool-xyz"])
    assert list(missing) == [] and missing.result.status == "tool-missing"


def test_line_stream_with_fake_runner():
    with replaced_runner(fake_runner({"journalctl": ok("x\ny\n")})):
        stream = runner.LineStream(["journalctl", "-k"])
        assert list(stream) == ["x", "y"] and stream.result.succeeded


# --- kernel log -----------------------------------------------------------------------------

def journal_with(messages):
    """Real journal record shape (journal-kernel-vm.json) carrying the given (seconds, message) pairs."""
    template = json.loads(sample("journal-kernel-vm.json").splitlines()[0])
    lines = []
    for seconds, message in messages:
        record = dict(template, MESSAGE=message, _SOURCE_MONOTONIC_TIMESTAMP=str(int(seconds * 1e6)),
                      __MONOTONIC_TIMESTAMP=str(int(seconds * 1e6) + 880000000))
        lines.append(json.dumps(record))
    return "\n".join(lines) + "\n"


def e3372_messages():
    return [(time, text) for _, time, text in map(logs.split_line, sample("dmesg-e3372-case.txt").splitlines())]


def run_kernel_log(table, kmsg_path="/nonexistent/kmsg"):
    snap = Snapshot()
    with replaced_runner(fake_runner(table)) as fake:
        kernel_log.collect(snap, Context(kmsg=kmsg_path))
    return snap, fake.calls


def test_journal_real_vm_output_keeps_only_relevant_lines():
    snap, _ = run_kernel_log({tuple(kernel_log.JOURNAL_KERNEL): ok(sample("journal-kernel-vm.json")),
                              "journalctl": ok("")})
    assert snap.sources["kernel-log"].status == "ok"
    assert snap.sources["kernel-log"].detail == "journal: 13 lines read, 1 relevant"
    [line] = snap.log
    assert line.text.startswith("Kernel is locked down") and line.source == "journal"
    assert line.time == 0.103095  # _SOURCE_MONOTONIC_TIMESTAMP, not journald's receive time


def test_journal_modem_messages_with_times():
    snap, _ = run_kernel_log({tuple(kernel_log.JOURNAL_KERNEL): ok(journal_with(e3372_messages())),
                              "journalctl": ok("")})
    texts = [line.text for line in snap.log]
    assert "usb 1-1.4: New USB device found, idVendor=12d1, idProduct=1f01" in texts
    assert not any(t.startswith("sr 0:0:0:0") for t in texts)
    assert snap.log[0].time == 44.020225 and all(line.origin == "kernel" for line in snap.log)


def test_journal_binary_message_and_monotonic_fallback():
    record = {"MESSAGE": list("qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device\x01".encode()), "__MONOTONIC_TIMESTAMP": "2500000"}
    attempt = kernel_log._Attempt("journal")
    kernel_log.parse_journal_json([json.dumps(record), "not json", "{broken"], attempt)
    assert attempt.total == 1 and attempt.lines[0].time == 2.5
    assert attempt.lines[0].text.startswith("qmi_wwan 1-7:1.8: cdc-wdm0")


def test_empty_journal_falls_back_to_kmsg():
    path = os.path.join(SAMPLES, "kmsg-dw5570-qmi.txt")
    snap, _ = run_kernel_log({"journalctl": ok("")}, kmsg_path=path)
    assert snap.sources["kernel-log"].status == "ok" and snap.sources["kernel-log"].detail.startswith("kmsg: 6 lines")
    assert [line.source for line in snap.log] == ["kmsg"] * 6
    assert snap.log[0].text == "usb 1-7: new high-speed USB device number 3 using xhci_hcd"
    assert snap.log[-1].time == 6.1125 and "register 'qmi_wwan'" in snap.log[-1].text


def test_real_kmsg_records_and_user_facility_skipped(tmp_path):
    data = sample("kmsg-vm.bin", "rb") + b"14,999,7000000,-;usb 1-1: written by userspace\n"
    path = tmp_path / "kmsg"
    path.write_bytes(data)
    attempt = kernel_log.read_kmsg(str(path))
    assert attempt.status == "ok" and attempt.total == 19  # 19 kernel records; the LOG_USER one is skipped
    assert [line.text[:25] for line in attempt.lines] == ["Kernel is locked down fro"]
    record = [r for r in data.decode().splitlines() if r.startswith("6,91,")][0]
    assert kernel_log.parse_kmsg_record(record) == (0, 0.239085, "\tTrampoline variant of Tasks RCU enabled.")


def test_kmsg_record_parsing():
    assert kernel_log.parse_kmsg_record("6,1220,6112345,-;qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device") == \
        (0, 6.112345, "qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device")
    assert kernel_log.parse_kmsg_record("6,1,2,-;a\\x2cb") == (0, 2e-06, "a,b")
    assert kernel_log.parse_kmsg_record("garbage") is None
    assert kernel_log.parse_kmsg_record("x,y,z;text") is None


def test_dev_kmsg_is_read_without_blocking():
    if not os.access("/dev/kmsg", os.R_OK):
        pytest.skip("/dev/kmsg is not readable here")
    start = time.monotonic()
    attempt = kernel_log.read_kmsg("/dev/kmsg")
    assert time.monotonic() - start < 2
    assert attempt.status in ("ok", "permission-denied")


def test_dmesg_is_the_last_resort():
    snap, calls = run_kernel_log({"journalctl": MISSING, "dmesg": ok(sample("dmesg-e3372-case.txt"))})
    assert ["dmesg"] in calls
    assert snap.sources["kernel-log"].status == "ok" and snap.sources["kernel-log"].detail.startswith("dmesg: 17 lines")
    assert snap.log[1].text.endswith("idProduct=1f01") and snap.log[1].time == 44.121112


def test_nothing_readable_is_permission_denied(monkeypatch):
    def denied(path, flags):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(kernel_log.os, "open", denied)
    table = {tuple(kernel_log.JOURNAL_KERNEL): ok("", stderr="No journal files were opened due to insufficient permissions."),
             "journalctl": ok(""),
             "dmesg": ok("", 1, "dmesg: read kernel buffer failed: Operation not permitted\n")}
    snap, _ = run_kernel_log(table, kmsg_path="/dev/kmsg")
    status = snap.sources["kernel-log"]
    assert status.status == "permission-denied"
    assert "insufficient permissions" in status.detail and "Operation not permitted" in status.detail
    assert snap.log == []


def test_journal_hint_for_users_outside_systemd_journal_is_permission_denied():
    hint = ("Hint: You are currently not seeing messages from other users and the system.\n"
            "      Users in groups 'adm', 'systemd-journal' can see all messages.\n")
    with replaced_runner(fake_runner({"journalctl": ok("", 0, hint)})):
        attempt = kernel_log.read_journal()
    assert attempt.status == "permission-denied" and attempt.detail.startswith("journalctl: Hint:")


def test_journal_timeout_falls_back():
    path = os.path.join(SAMPLES, "kmsg-dw5570-qmi.txt")
    snap, _ = run_kernel_log({tuple(kernel_log.JOURNAL_KERNEL): TIMEOUT, "journalctl": ok("")}, kmsg_path=path)
    assert snap.sources["kernel-log"].status == "ok" and snap.log[0].source == "kmsg"


def test_modemmanager_journal_lines():
    messages = "\n".join(logs.split_line(line)[2] for line in sample("syslog-x13-fcc-case.txt").splitlines())
    snap, calls = run_kernel_log({tuple(kernel_log.JOURNAL_MM): ok(messages + "\n"), "journalctl": ok("")})
    mm = [line for line in snap.log if line.origin == "ModemManager"]
    assert len(mm) == 16 and mm[6].text == "<wrn> [modem0] couldn't enable interface: 'Invalid transition'"
    assert snap.sources["modemmanager-log"].status == "ok"
    assert kernel_log.JOURNAL_MM in calls


def test_many_relevant_lines_are_bounded_with_a_note():
    messages = [(i / 10, "usb 1-1: USB disconnect, device number %d" % i) for i in range(logs.MAX_LOG_LINES + 50)]
    snap, _ = run_kernel_log({tuple(kernel_log.JOURNAL_KERNEL): ok(journal_with(messages)), "journalctl": ok("")})
    assert len(snap.log) == logs.MAX_LOG_LINES
    assert snap.log[0].text.endswith("number 0") and snap.log[-1].text.endswith("number %d" % (logs.MAX_LOG_LINES + 49))
    assert any("50 relevant lines dropped" in note for note in snap.notes)


# --- processes ------------------------------------------------------------------------------

def fake_proc(tmp_path, procs, with_init=True):
    """A /proc with (pid, comm, argv[, ppid]) entries."""
    root = tmp_path / "proc"
    root.mkdir()
    if with_init:
        procs = [(1, "systemd", ["/sbin/init"])] + list(procs)
    for pid, comm, args, *ppid in procs:
        d = root / str(pid)
        d.mkdir()
        (d / "comm").write_text(comm + "\n")
        (d / "cmdline").write_bytes(b"".join(a.encode() + b"\0" for a in args))
        (d / "stat").write_text("%d (%s) S %d 812 812 0 -1 4194560\n" % (pid, comm, ppid[0] if ppid else 1))
    (root / "self").mkdir()
    (root / "meminfo").write_text("MemTotal: 1 kB\n")
    return str(root)


def test_processes_of_interest(tmp_path):
    fake_proc(tmp_path, [
        (812, "ModemManager", ["/usr/sbin/ModemManager", "--debug"]),
        (930, "busybox", ["busybox", "udhcpc", "-i", "wwan0"]),
        (640, "systemd-network", ["/lib/systemd/systemd-networkd"]),
        (1201, "sh", ["/bin/sh", "/usr/bin/qmi-network", "/dev/cdc-wdm0", "start"]),
        (1300, "quectel-CM", ["./quectel-CM", "-s", "internet"]),
        (1400, "python3", ["python3", "-m", "http.server"]),
        (1500, "bash", ["-bash"]),
        (2, "kthreadd", []),
    ])
    snap = Snapshot()
    processes.collect(snap, Context(root=str(tmp_path)))
    assert snap.sources["processes"].status == "ok"
    assert [(p.pid, p.name) for p in snap.processes] == [
        (640, "systemd-networkd"), (812, "ModemManager"), (930, "udhcpc"), (1201, "qmi-network"), (1300, "quectel-CM")]
    assert snap.processes[1].args == ["/usr/sbin/ModemManager", "--debug"]


def test_processes_started_by_the_collector_itself_are_skipped(tmp_path):
    proc = fake_proc(tmp_path, [
        (500, "python3", ["python3", "-m", "wwandoctor", "check"]),
        (501, "ModemManager", ["ModemManager", "--version"], 500),  # our own versions collector
        (502, "mmcli", ["mmcli", "-L", "-J"], 500),
        (600, "qmicli", ["qmicli", "-d", "/dev/cdc-wdm0", "--wds-start-network"], 77),
    ])
    assert [(p.pid, p.name) for p in processes.scan(proc, own_pid=500)] == [(600, "qmicli")]


def test_processes_none_found_is_an_empty_list(tmp_path):
    snap = Snapshot()
    fake_proc(tmp_path, [(5, "sshd", ["sshd"])])
    processes.collect(snap, Context(root=str(tmp_path)))
    assert snap.processes == [] and snap.sources["processes"].status == "ok"


def test_processes_hidepid_is_permission_denied(tmp_path):
    snap = Snapshot()
    fake_proc(tmp_path, [(700, "NetworkManager", ["NetworkManager"])], with_init=False)
    processes.collect(snap, Context(root=str(tmp_path)))
    assert snap.sources["processes"].status == "permission-denied"
    assert [p.name for p in snap.processes] == ["NetworkManager"]


def test_processes_without_proc(tmp_path):
    snap = Snapshot()
    processes.collect(snap, Context(root=str(tmp_path / "none")))
    assert snap.processes is None and snap.sources["processes"].status == "error"


def test_processes_live_finds_nothing_wrong():
    snap = Snapshot()
    processes.collect(snap, Context())
    assert snap.sources["processes"].status in ("ok", "permission-denied") and snap.processes is not None


# --- versions and services ------------------------------------------------------------------

def version_table(**overrides):
    table = {(tool, "--version"): ok(sample("versions/%s.txt" % tool)) for tool in versions.TOOLS}
    for tool, result in overrides.items():
        table[(tool, "--version")] = result
    return table


def test_versions_from_real_output():
    snap = Snapshot()
    with replaced_runner(fake_runner(version_table())):
        versions.collect_versions(snap)
    assert snap.versions == {"mmcli": "1.20.4", "ModemManager": "1.20.4", "qmicli": "1.32.2",
                             "mbimcli": "1.28.2", "usb_modeswitch": "2.6.1"}
    assert snap.sources["versions"].status == "ok"


def test_versions_missing_and_hung_tools():
    snap = Snapshot()
    with replaced_runner(fake_runner(version_table(qmicli=MISSING, mbimcli=MISSING, mmcli=TIMEOUT))):
        versions.collect_versions(snap)
    assert set(snap.versions) == {"ModemManager", "usb_modeswitch"}
    detail = snap.sources["versions"].detail
    assert "not installed: qmicli, mbimcli" in detail and "mmcli" in detail


@pytest.mark.parametrize("output,tool,expected", [
    ("ModemManager 1.24.2\nCopyright (C) 2008-2025 The ModemManager authors\n", "ModemManager", "1.24.2"),
    ("qmicli 1.35.6-dev\n", "qmicli", "1.35.6-dev"),
    ("Copyright (2011 - 2022)\n", "mmcli", None),
])
def test_parse_version(output, tool, expected):
    assert versions.parse_version(output, tool) == expected


def test_services_without_systemd(tmp_path):
    snap = Snapshot()
    with replaced_runner(fake_runner({})) as fake:
        versions.collect_services(snap, systemd_dir=str(tmp_path / "none"))
    assert snap.sources["services"].status == "not-applicable" and fake.calls == []


def test_services_states(tmp_path):
    snap = Snapshot()
    table = {("systemctl", "is-active", "ModemManager", "NetworkManager"): ok("active\ninactive\n", 3)}
    with replaced_runner(fake_runner(table)):
        versions.collect_services(snap, systemd_dir=str(tmp_path))
    assert snap.services == {"ModemManager": "active", "NetworkManager": "inactive"}
    assert snap.sources["services"].status == "ok"


def test_services_systemctl_failure(tmp_path):
    snap = Snapshot()
    table = {"systemctl": ok("", 1, "Failed to connect to bus: Host is down\n")}
    with replaced_runner(fake_runner(table)):
        versions.collect_services(snap, systemd_dir=str(tmp_path))
    assert snap.services == {} and snap.sources["services"].status == "error"
    assert "Host is down" in snap.sources["services"].detail


# --- ModemManager ---------------------------------------------------------------------------

CMD_FILES = {("-L",): "L", ("-m", "0"): "m0", ("-i", "0"): "i0", ("-b", "0"): "b0"}


def recorded(scenario):
    """A fake runner answering mmcli commands with the files recorded for ``scenario``."""
    def answer(argv, timeout):
        name = CMD_FILES.get(tuple(argv[1:-1]))
        base = os.path.join(MMCLI, "%s.%s" % (scenario, name))
        if name is None or not os.path.exists(base + ".out"):
            raise AssertionError("unexpected command %r" % (argv,))
        read = lambda ext: open(base + ext).read() if os.path.exists(base + ext) else ""
        return ok(read(".out"), int(read(".rc") or 0), read(".err"))
    return answer


def run_mm(runner_fn):
    snap = Snapshot()
    with replaced_runner(fake_runner({"mmcli": runner_fn})) as fake:
        modemmanager.collect(snap, Context())
    return snap, fake.calls


def test_mm_connected_modem_sim_and_bearer():
    snap, calls = run_mm(recorded("connected"))
    view = snap.modemmanager
    assert snap.sources["modemmanager"].status == "ok"
    assert view.modem_list == ["/org/freedesktop/ModemManager1/Modem/0"]
    assert view.modems[0]["generic"]["state"] == "connected"
    assert view.modems[0]["generic"]["ports"][0] == "cdc-wdm0 (qmi)"
    assert view.sims[0]["properties"]["iccid"] == "8949000000000000001"
    assert view.bearers[0]["status"]["interface"] == "wwan0"
    assert view.bearers[0]["ipv4-config"]["method"] == "static"
    assert sorted(calls) == sorted([["mmcli", "-L", "-J"], ["mmcli", "-m", "0", "-J"],
                                    ["mmcli", "-i", "0", "-J"], ["mmcli", "-b", "0", "-J"]])


def test_mm_fcc_locked_modem_has_no_bearer():
    snap, calls = run_mm(recorded("fcc-locked"))
    generic = snap.modemmanager.modems[0]["generic"]
    assert (generic["state"], generic["power-state"]) == ("disabled", "low")
    assert snap.modemmanager.bearers == [] and len(snap.modemmanager.sims) == 1
    assert ["mmcli", "-b", "0", "-J"] not in calls


def test_mm_no_sim_does_not_ask_for_one():
    snap, calls = run_mm(recorded("no-sim"))
    assert snap.modemmanager.modems[0]["generic"]["state-failed-reason"] == "sim-missing"
    assert snap.modemmanager.sims == [] and calls == [["mmcli", "-L", "-J"], ["mmcli", "-m", "0", "-J"]]
    assert snap.sources["modemmanager"].status == "ok"


def test_mm_empty_list():
    snap, _ = run_mm(recorded("empty"))
    assert snap.modemmanager.modem_list == [] and snap.sources["modemmanager"].status == "ok"


def test_mm_daemon_not_running():
    snap, _ = run_mm(recorded("not-running"))
    status = snap.sources["modemmanager"]
    assert status.status == "error" and status.detail.startswith("ModemManager is not running")
    assert snap.modemmanager.modem_list is None
    assert snap.modemmanager.errors == ["mmcli -L -J: error: couldn't find the ModemManager process in the bus"]


def test_mm_no_system_bus():
    snap, _ = run_mm(recorded("no-bus"))
    assert snap.sources["modemmanager"].status == "error" and "no D-Bus system bus" in snap.sources["modemmanager"].detail


def test_mm_not_installed():
    snap, _ = run_mm(lambda argv, timeout: MISSING)
    assert snap.sources["modemmanager"].status == "tool-missing" and snap.modemmanager.errors == []


def test_mm_hung_list():
    snap, _ = run_mm(lambda argv, timeout: TIMEOUT)
    assert snap.sources["modemmanager"].status == "timeout" and snap.modemmanager.modem_list is None


def test_mm_hung_modem_query_keeps_the_list():
    connected = recorded("connected")
    snap, _ = run_mm(lambda argv, timeout: TIMEOUT if argv[1] == "-m" else connected(argv, timeout))
    assert snap.sources["modemmanager"].status == "timeout"
    assert snap.modemmanager.modem_list == ["/org/freedesktop/ModemManager1/Modem/0"]
    assert snap.modemmanager.modems == [] and "mmcli -m 0 -J" in snap.modemmanager.errors[0]


def test_mm_garbage_output():
    snap, _ = run_mm(lambda argv, timeout: ok("modem-list: none\n"))
    assert snap.sources["modemmanager"].status == "error" and "not JSON" in snap.sources["modemmanager"].detail


def test_object_index():
    assert modemmanager.object_index("/org/freedesktop/ModemManager1/Bearer/12") == "12"
    assert modemmanager.object_index("--") is None and modemmanager.object_index("/") is None


def _dbusmock_available():
    if not (shutil.which("mmcli") and shutil.which("dbus-daemon") and os.path.exists("/usr/bin/python3")):
        return False
    probe = subprocess.run(["/usr/bin/python3", "-c", "import dbusmock"], capture_output=True)
    return probe.returncode == 0


@pytest.fixture
def mock_modemmanager(tmp_path, monkeypatch):
    """A private bus (used as system bus) with dbusmock playing ModemManager ("connected")."""
    if not _dbusmock_available():
        message = "needs mmcli, dbus-daemon and python3-dbusmock (Debian packages modemmanager, dbus, python3-dbusmock)"
        if os.environ.get("CI"):
            pytest.fail(message + "; CI must install them", pytrace=False)
        pytest.skip(message)
    bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                         capture_output=True, text=True, check=True).stdout.split()
    address, bus_pid = bus[0], int(bus[1])
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
    mock = subprocess.Popen(["/usr/bin/python3", "-m", "dbusmock", "--system", "--template",
                             os.path.join(MMCLI, "mm_template.py"), "--parameters", '{"scenario": "connected"}'],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if runner.run(["mmcli", "-L", "-J"], timeout=2).succeeded:
                break
            time.sleep(0.05)
        yield
    finally:
        mock.kill()
        mock.wait()
        os.kill(bus_pid, 15)


def test_mm_real_mmcli_against_dbusmock(mock_modemmanager):
    snap = Snapshot()
    modemmanager.collect(snap, Context())
    assert snap.sources["modemmanager"].status == "ok", snap.sources["modemmanager"]
    recorded_modem = json.load(open(os.path.join(MMCLI, "connected.m0.out")))["modem"]
    recorded_bearer = json.load(open(os.path.join(MMCLI, "connected.b0.out")))["bearer"]
    assert snap.modemmanager.modems == [recorded_modem]
    assert snap.modemmanager.bearers == [recorded_bearer]


# --- configs -------------------------------------------------------------------------------

IFUPDOWN = """\
auto lo
iface lo inet loopback

allow-hotplug eth0
iface eth0 inet dhcp

auto wwan0
iface wwan0 inet manual
    pre-up ifconfig wwan0 down
    pre-up echo Y > /sys/class/net/wwan0/qmi/raw_ip
    pre-up for _ in $(seq 1 10); do /usr/bin/test -c /dev/cdc-wdm0 && break; sleep 1; done
    pre-up qmicli -d /dev/cdc-wdm0 --wda-set-data-format=raw-ip
    up qmi-network /dev/cdc-wdm0 start
    up udhcpc -i wwan0
    post-down qmi-network /dev/cdc-wdm0 stop
"""

NETPLAN = """\
network:
  version: 2
  renderer: NetworkManager
  ethernets:
    eth0:
      dhcp4: true
    wwan0:
      dhcp4: true
  modems:
    cdc-wdm1:
      apn: ISP.CINGULAR
      username: ISP@CINGULARGPRS.COM
      password: CINGULAR1
      number: "*99#"
      pin: 2345
"""

NM_GSM = """\
[connection]
id=Mobile
uuid=9b7c6f8e-1c1b-4f7e-9a3b-0d3f2e9c1a11
type=gsm
autoconnect=true

[gsm]
apn=internet
username=web
password=web

[ipv4]
method=auto
"""

NM_WIFI = "[connection]\nid=Home\ntype=wifi\ninterface-name=wlan0\n\n[wifi]\nssid=home\n"

NETWORKD = "[Match]\nName=ww*\n\n[Network]\nDHCP=yes\n\n[Link]\nRequiredForOnline=no\n"
NETWORKD_ETH = "[Match]\nName=eth0\n\n[Network]\nDHCP=yes\n"

OPENWRT = """\
config interface 'loopback'
	option device 'lo'
	option proto 'static'
	option ipaddr '127.0.0.1'

config interface 'wwan'
	option device '/dev/cdc-wdm0'
	option proto 'qmi'
	option apn 'internet'
	option auth 'none'
	option pdptype 'ipv4'

config interface 'lan'
	option device 'br-lan'
	option proto 'static'
"""


@pytest.fixture
def config_root(tmp_path):
    write(tmp_path, "/etc/network/interfaces", IFUPDOWN)
    write(tmp_path, "/etc/network/interfaces.d/eth1", "iface eth1 inet static\n    address 192.0.2.1/24\n")
    write(tmp_path, "/etc/netplan/01-netcfg.yaml", NETPLAN)
    write(tmp_path, "/etc/netplan/99-broken.yaml", "network: [unclosed\n")
    write(tmp_path, "/etc/NetworkManager/system-connections/Mobile.nmconnection", NM_GSM)
    write(tmp_path, "/etc/NetworkManager/system-connections/Home.nmconnection", NM_WIFI)
    write(tmp_path, "/etc/systemd/network/50-wwan.network", NETWORKD)
    write(tmp_path, "/etc/systemd/network/10-eth.network", NETWORKD_ETH)
    write(tmp_path, "/etc/qmi-network.conf", "APN=internet\nAPN_USER=user\nAPN_PASS='secret'\nPROXY=yes\n")
    write(tmp_path, "/etc/config/network", OPENWRT)
    write(tmp_path, "/etc/usb_modeswitch.conf", "# comment\nDisableSwitching=0\nDisableMBIMGlobal=1\n")
    write(tmp_path, "/usr/share/usb_modeswitch/configPack.tar.gz", "")
    write(tmp_path, "/usr/share/ModemManager/fcc-unlock.available.d/105b", "#!/bin/sh\n")
    os.symlink("105b", str(tmp_path / "usr/share/ModemManager/fcc-unlock.available.d/105b:e0ab"))
    os.makedirs(str(tmp_path / "etc/ModemManager/fcc-unlock.d"))
    os.symlink("/usr/share/ModemManager/fcc-unlock.available.d/105b:e0ab",
               str(tmp_path / "etc/ModemManager/fcc-unlock.d/105b:e0ab"))
    os.symlink("/usr/share/ModemManager/fcc-unlock.available.d/1199:9079",  # not there: broken
               str(tmp_path / "etc/ModemManager/fcc-unlock.d/1199:9079"))
    os.makedirs(str(tmp_path / "usr/lib/x86_64-linux-gnu/ModemManager/fcc-unlock.d"))
    write(tmp_path, "/usr/lib/x86_64-linux-gnu/ModemManager/fcc-unlock.d/8086:7560", "#!/bin/sh\n")
    return tmp_path


def by_kind(snap, kind):
    return [c for c in snap.configs if c.kind == kind]


def test_configs_keep_only_modem_entries(config_root):
    snap = Snapshot()
    configs.collect(snap, Context(root=str(config_root)))
    assert snap.sources["configs"].status == "ok"
    [ifup] = by_kind(snap, "ifupdown")
    assert (ifup.path, ifup.interfaces, ifup.protocol) == ("/etc/network/interfaces", ["wwan0"], "manual")
    assert ifup.control_ports == ["/dev/cdc-wdm0"] and "qmi-network /dev/cdc-wdm0 start" in ifup.settings["up"]
    netplan = by_kind(snap, "netplan")
    assert [(c.interfaces, c.protocol) for c in netplan] == [(["wwan0"], "dhcp"), (["cdc-wdm1"], "modemmanager")]
    assert netplan[1].settings["apn"] == "ISP.CINGULAR" and netplan[1].control_ports == ["/dev/cdc-wdm1"]
    assert any("99-broken.yaml: not valid YAML" in n for n in snap.notes)
    [nm] = by_kind(snap, "networkmanager")
    assert nm.protocol == "modemmanager" and nm.settings["gsm.apn"] == "internet" and nm.settings["gsm.password"] == "web"
    [networkd] = by_kind(snap, "networkd")
    assert (networkd.interfaces, networkd.protocol) == (["ww*"], "dhcp")
    [qmi] = by_kind(snap, "qmi-network")
    assert qmi.settings == {"APN": "internet", "APN_USER": "user", "APN_PASS": "secret", "PROXY": "yes"}
    [uci] = by_kind(snap, "openwrt")
    assert (uci.protocol, uci.control_ports, uci.settings["apn"], uci.settings["section"]) == \
        ("qmi", ["/dev/cdc-wdm0"], "internet", "wwan")
    [ums] = by_kind(snap, "usb_modeswitch")
    assert ums.settings == {"DisableSwitching": "0", "DisableMBIMGlobal": "1"}
    assert [c.path for c in by_kind(snap, "usb_modeswitch-data")] == ["/usr/share/usb_modeswitch/configPack.tar.gz"]


def test_fcc_unlock_directories(config_root):
    snap = Snapshot()
    configs.collect(snap, Context(root=str(config_root)))
    fcc = snap.fcc_unlock
    assert fcc.enabled == ["105b:e0ab", "8086:7560"] and fcc.available == ["105b", "105b:e0ab"]
    assert "/usr/lib/x86_64-linux-gnu/ModemManager/fcc-unlock.d" in fcc.directories
    # where each program is: ModemManager searches only its sysconfdir and its own libdir
    assert sorted(p.rsplit("/", 1)[1] for p in fcc.paths) == ["105b:e0ab", "8086:7560"]
    assert all("/fcc-unlock.d/" in p for p in fcc.paths)
    # absolute link targets are resolved under the root; a broken link is not an enabled script
    assert any("fcc-unlock.d/1199:9079 is a broken link" in n for n in snap.notes)
    assert snap.sources["fcc-unlock"].status == "ok"


def test_empty_root(tmp_path):
    snap = Snapshot()
    configs.collect(snap, Context(root=str(tmp_path)))
    assert snap.configs == [] and snap.sources["configs"].status == "ok"
    assert snap.fcc_unlock.enabled == [] and snap.fcc_unlock.available == [] and snap.fcc_unlock.directories == []


def test_unreadable_profile_is_permission_denied(config_root, monkeypatch):
    real_open = open

    def guarded(path, *args, **kwargs):
        if str(path).endswith("Mobile.nmconnection"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)
    monkeypatch.setattr("builtins.open", guarded)
    snap = Snapshot()
    configs.collect(snap, Context(root=str(config_root)))
    status = snap.sources["configs"]
    assert status.status == "permission-denied" and "/etc/NetworkManager/system-connections/Mobile.nmconnection" in status.detail
    assert by_kind(snap, "networkmanager") == [] and by_kind(snap, "qmi-network")  # the rest is still read


def test_networkd_match_by_driver_and_glob():
    cfg = configs.parse_networkd("/x.network", "[Match]\nDriver=cdc_mbim\n[Network]\nAddress=10.0.0.2/30\n")
    assert cfg.protocol == "static" and cfg.settings["Match.Driver"] == "cdc_mbim"
    assert configs.parse_networkd("/y.network", "[Match]\nName=*\n[Network]\nDHCP=yes\n") is None


def test_nm_ethernet_profile_on_a_wwan_name_is_kept():
    cfg = configs.parse_nm_keyfile("/p", "[connection]\ntype=ethernet\ninterface-name=usb0\n[ipv4]\nmethod=auto\n")
    assert (cfg.interfaces, cfg.protocol) == (["usb0"], "dhcp")


# --- collect_all ---------------------------------------------------------------------------

def test_collect_all_survives_a_broken_collector(monkeypatch):
    import wwandoctor.collect as collect_pkg
    from wwandoctor import __version__

    def boom(snap, ctx):
        raise RuntimeError("exploded")
    monkeypatch.setattr(processes, "collect", boom)
    with replaced_runner(fake_runner({})):  # every command: tool-missing
        snap = collect_pkg.collect_all()
    assert snap.sources["processes"].status == "error" and "RuntimeError: exploded" in snap.sources["processes"].detail
    assert snap.origin == "live" and snap.tool_version == __version__ and snap.created.endswith("+00:00")
    for source in ("kernel-log", "versions", "modemmanager", "configs", "fcc-unlock", "usb", "pci", "net"):
        assert source in snap.sources, source
    assert snap.sources["modemmanager"].status == "tool-missing"
    assert snap.versions == {}
    json.loads(snap.to_json())


def test_collect_all_records_a_collector_that_raises_under_its_source(monkeypatch):
    import wwandoctor.collect as collect_pkg
    from wwandoctor.collect import usb

    def boom(snap, ctx):
        raise OSError("no such thing")
    monkeypatch.setattr(usb, "collect", boom)
    with replaced_runner(fake_runner({})):
        snap = collect_pkg.collect_all()
    assert snap.sources["usb"].status == "error" and "OSError: no such thing" in snap.sources["usb"].detail


# --- /dev/kmsg inside an umockdev test-bed -----------------------------------------------------

def test_kmsg_inside_umockdev_testbed(umockdev_run):
    sys.path.insert(0, HERE)
    import testbed_catalog
    from umockdev_util import python_in_testbed
    code = (
        "import json, os, shutil\n"
        "from wwandoctor.collect import kernel_log\n"
        "shutil.copy(%r, os.path.join(os.environ['UMOCKDEV_DIR'], 'dev', 'kmsg'))\n"
        "a = kernel_log.read_kmsg('/dev/kmsg')\n"
        "print(json.dumps([a.status, a.total, [l.text for l in a.lines]]))\n"
    ) % os.path.join(SAMPLES, "kmsg-dw5570-qmi.txt")
    status, total, texts = python_in_testbed(testbed_catalog.umockdev_text("dw5570_qmi"), code, umockdev_run=umockdev_run)
    assert (status, total) == ("ok", 6)
    assert texts[1] == "usb 1-7: New USB device found, idVendor=413c, idProduct=81a3, bcdDevice= 0.06"


def test_the_machines_host_and_user_names_are_kept_for_redaction(tmp_path):
    """A live snapshot learns the host name (/proc/sys/kernel/hostname) and, on this machine, the user running
    wwandoctor: a program's arguments show them where no pattern tells them (OpenWrt's netifd runs
    "udhcpc ... -x hostname:NAME"), and the redacted snapshot must not keep them."""
    from wwandoctor.collect import machine_names
    from wwandoctor.collect.context import Context
    from wwandoctor.redact import Redactor
    from wwandoctor.snapshot import Process, Snapshot
    (tmp_path / "proc" / "sys" / "kernel").mkdir(parents=True)
    (tmp_path / "proc" / "sys" / "kernel" / "hostname").write_text("cnryhost9\n")
    snap = Snapshot()
    machine_names(snap, Context(root=str(tmp_path)), environ={"SUDO_USER": "cnryjane"})
    assert snap.names == {"hostname": ["cnryhost9"]}  # a test-bed's or a bundle's root: not this machine's user
    machine_names(snap, Context(root="/"), environ={"SUDO_USER": "cnryjane", "USER": "root"})
    assert snap.names["user"] == ["cnryjane"]
    snap.processes = [Process(pid=7, name="udhcpc", args=["udhcpc", "-i", "wwan0", "-x", "hostname:cnryhost9"]),
                      Process(pid=8, name="qmicli", args=["qmicli", "-d", "/dev/cdc-wdm0", "--device-open-proxy"]),
                      Process(pid=9, name="minicom", args=["minicom", "-C", "/tmp/cnryjane-at.log"])]
    out = Redactor().redact_snapshot(snap).to_json()
    assert "cnryhost9" not in out and "cnryjane" not in out, out
