"""nmcli parsing on the real case pastes and faithful samples."""
from __future__ import annotations

import ingest_util
from ingest_util import sample
from wwandoctor.ingest import nmcli


def run(lines, command=None):
    return ingest_util.run(nmcli, lines, command)


def test_device_line_without_header_real():
    snap, left, score = run(sample("nmcli-pinephone-device.txt"))
    assert score >= 50 and left == []
    assert snap.log[0].text == "cdc-wdm0 gsm disconnected" and snap.log[0].origin == "nmcli"
    assert [t.tool for t in snap.tools] == ["networkmanager"]
    assert snap.services["NetworkManager"] == "active"


def test_activation_error_real():
    snap, left, score = run(sample("nmcli-pinephone-error.txt"))
    assert score >= 80 and left == []
    assert snap.log[0].origin == "NetworkManager"
    assert "Connection activation failed" in snap.log[0].text
    assert snap.tools[0].tool == "networkmanager"


def test_general_state_real_comma3x():
    lines = sample("nmcli-comma3x-general-state.txt")
    # the splitter turns the prompt lines into commands; the field lines stay
    fields = [ln for ln in lines if not ln.startswith("comma@")]
    snap, left, score = run(fields, command="nmcli -f GENERAL.STATE con show lte")
    assert score >= 90 and left == []
    assert [ln.text.split()[-1] for ln in snap.log] == ["activating", "activated"]


def test_device_status_table_and_connections():
    snap, left, score = run(sample("nmcli-device-status.txt"))
    assert score >= 80 and left == []
    assert any(ln.text.startswith("cdc-wdm0") and "connecting (prepare)" in ln.text for ln in snap.log)
    snap, left, score = run(sample("nmcli-connections.txt"))
    assert score >= 80 and left == []
    assert len(snap.log) == 2


def test_not_running_and_garbage():
    snap, left, score = run(["Error: NetworkManager is not running."])
    assert score >= 80 and snap.services["NetworkManager"] == "inactive"
    snap, left, score = run(["hello there", "cdc-wdm0 gsm flying"])
    assert score == 0 and left == ["hello there", "cdc-wdm0 gsm flying"] and snap.tools == []


def test_radio_and_general_tables_and_activation():
    snap, left, score = run(["WIFI-HW  WIFI     WWAN-HW  WWAN     ", "enabled  enabled  enabled  disabled "])
    assert score >= 80 and left == []
    assert snap.log[0].text == "nmcli WIFI-HW=enabled WIFI=enabled WWAN-HW=enabled WWAN=disabled"
    lines = ["STATE         CONNECTIVITY  WIFI-HW  WIFI     WWAN-HW  WWAN    ",
             "disconnected  none          enabled  enabled  enabled  enabled "]
    snap, left, score = run(lines, command="nmcli general")
    assert left == [] and "STATE=disconnected" in snap.log[0].text and "WWAN=enabled" in snap.log[0].text
    line = "Connection successfully activated (D-Bus active path: /org/freedesktop/NetworkManager/ActiveConnection/5)"
    snap, left, score = run([line])
    assert score >= 80 and left == [] and snap.log[0].origin == "NetworkManager"
    snap, left, score = run(["WIFI-HW  WIFI", "enabled  enabled", "garbage here now"])
    assert left == ["garbage here now"]


def test_generic_wwan_device_line():
    """Without the WWAN plugin NetworkManager lists the data link itself, TYPE wwan (nm-manager.c:4233)."""
    snap, left, score = run(["DEVICE  TYPE      STATE      CONNECTION", "wwan0   wwan      unmanaged  --",
                             "lo      loopback  unmanaged  --"])
    assert left == [] and score >= 80
    assert [ln.text for ln in snap.log] == ["wwan0   wwan      unmanaged  --", "lo      loopback  unmanaged  --"]
