"""Snapshot: JSON round trip, schema tag, and one-line errors for bad files."""
import json
import os
import subprocess
import sys

import pytest

from wwandoctor.errors import InputError
from wwandoctor.saved_snapshot import from_json, load, save
from wwandoctor.snapshot import (SCHEMA, ConfigInterface, Endpoint, LogLine, NetInterface, Snapshot, UsbConfig,
                                 UsbDevice, UsbInterface)

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def full_snapshot() -> Snapshot:
    snap = Snapshot(created="2026-11-25T10:00:00+00:00", tool_version="0.1.0")
    snap.set_source("usb", "ok")
    snap.set_source("modemmanager", "tool-missing", "mmcli not found")
    cfg = UsbConfig(2, num_interfaces=2, interfaces=[ConfigInterface(12, 0, "02/0e/00", 1, [Endpoint(0x82, 3, 64, 5)])],
                    functions=["mbim"])
    snap.usb_devices.append(UsbDevice(path="1-7", vid="413c", pid="81a3", active_config=2, configs=[cfg],
                                      interfaces=[UsbInterface(12, config=2, driver="cdc_mbim", control_ports=["cdc-wdm0"])],
                                      udev={"ID_MM_CANDIDATE": "1"}))
    snap.net_interfaces.append(NetInterface("wwan0", type=65534, raw_ip=True, addresses=None))
    snap.log.append(LogLine("cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device", time=3.25, source="kmsg"))
    return snap


def test_round_trip_keeps_everything():
    snap = full_snapshot()
    again = from_json(snap.to_json())
    assert again == snap
    assert json.loads(snap.to_json())["schema"] == SCHEMA
    assert again.net_interfaces[0].addresses is None  # unknown stays unknown, not []


def test_save_is_private(tmp_path):
    path = str(tmp_path / "s.json")
    save(full_snapshot(), path)
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert load(path) == full_snapshot()


@pytest.mark.parametrize("text, problem", [
    ("{not json", "not valid JSON"),
    ('{"schema": "wwandoctor.snapshot/1", "usb_devices": [', "not valid JSON"),
    ('{"hello": 1}', "not a wwandoctor snapshot"),
    ('[1, 2, 3]', "not a wwandoctor snapshot"),
    ('{"schema": "wwandoctor.snapshot/9"}', "unsupported schema"),
    ('{"schema": "wwandoctor.snapshot/1", "usb_devices": {"a": 1}}', "usb_devices: expected a list"),
    ('{"schema": "wwandoctor.snapshot/1", "usb_devices": [{"busnum": "one"}]}', "usb_devices[0].busnum"),
    ('{"schema": "wwandoctor.snapshot/1", "usb_devices": [{"busnum": true}]}', "usb_devices[0].busnum"),
    ('{"schema": "wwandoctor.snapshot/1", "sources": {"usb": {"status": "great"}}}', "unknown status"),
    ('{"schema": "wwandoctor.snapshot/1", "log": [{"origin": "kernel"}]}', "log[0]: missing 'text'"),
    ('{"schema": "wwandoctor.snapshot/1", "configs": [{"text": "x"}]}', "configs[0]: missing 'path', 'kind'"),
])
def test_bad_snapshots_are_one_line_errors(text, problem):
    with pytest.raises(InputError) as err:
        from_json(text, "bad.json")
    message = str(err.value)
    assert message.startswith("bad.json: ") and problem in message and "\n" not in message
    assert "__init__" not in message and "positional" not in message  # the file's words, not Python's


def test_unknown_keys_of_newer_versions_are_ignored():
    data = json.loads(full_snapshot().to_json())
    data["usb_devices"][0]["something_new"] = 1
    assert from_json(json.dumps(data)).usb_devices[0].vid == "413c"


def test_unreadable_and_binary_files(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load(str(tmp_path / "missing.json"))
    binary = tmp_path / "blob.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError, match="blob.json"):
        load(str(binary))


@pytest.mark.parametrize("content", ['{"schema": "wwandoctor.snapshot/1", "usb_devices": 5}',
                                     '{"schema": "wwandoctor.snapshot/2"}'])
def test_analyze_of_a_bad_snapshot_exits_2_without_traceback(tmp_path, content):
    bad = tmp_path / "snap.json"
    bad.write_text(content)
    proc = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", str(bad)], cwd=REPO,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and str(bad) in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stdout == ""
