"""Saved snapshots that are huge, deep or random: bounded, or one InputError, never a traceback."""
import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wwandoctor.errors import InputError
from wwandoctor.saved_snapshot import LOG_HEAD, LOG_TAIL, MAX_LIST_ITEMS, from_json
from wwandoctor.snapshot import SCHEMA

HEAD = '{"schema": "%s", ' % SCHEMA


def test_nesting_100000_levels_deep_is_an_input_error(tmp_path):
    text = HEAD + '"modemmanager": {"modems": [' + "[" * 100000 + "]" * 100000 + "]}}"
    with pytest.raises(InputError, match="nested too deeply"):
        from_json(text, "deep.json")
    path = tmp_path / "deep.json"
    path.write_text(text)
    proc = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", str(path)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "nested too deeply" in proc.stderr


def test_deep_mmcli_values_are_refused_before_anything_walks_them():
    text = HEAD + '"modemmanager": {"modems": [' + '{"a": ' * 80 + "1" + "}" * 80 + "]}}"
    with pytest.raises(InputError, match="nested more than"):
        from_json(text, "deep.json")


def test_a_long_log_keeps_its_first_and_newest_lines():
    entries = ",".join('{"text": "line %d"}' % i for i in range(LOG_HEAD + LOG_TAIL + 500))
    snap = from_json(HEAD + '"log": [%s]}' % entries, "big.json")
    texts = [line.text for line in snap.log]
    assert len(texts) == LOG_HEAD + LOG_TAIL
    assert texts[0] == "line 0" and texts[LOG_HEAD - 1] == "line %d" % (LOG_HEAD - 1)
    assert texts[LOG_HEAD] == "line %d" % (LOG_HEAD + 500) and texts[-1] == "line %d" % (LOG_HEAD + LOG_TAIL + 499)
    assert any("500 of its" in note and "log" in note for note in snap.notes)


def test_other_long_lists_keep_their_first_items():
    snap = from_json(HEAD + '"notes": [%s]}' % ",".join('"n%d"' % i for i in range(MAX_LIST_ITEMS + 3)), "n.json")
    assert snap.notes[:2] == ["n0", "n1"] and "n%d" % MAX_LIST_ITEMS not in snap.notes
    assert any("only the first %d" % MAX_LIST_ITEMS in note for note in snap.notes)


@pytest.mark.parametrize("text", [
    HEAD + '"log": [1]}', HEAD + '"log": [{"text": 1}]}', HEAD + '"log": [', HEAD + '"log": [{"text": "a"} {"text": "b"}]}',
    HEAD + '"usb_devices": {}}', HEAD + '"sources": {"usb": {"status": "weird"}}}', HEAD + "}}", HEAD[:-2] + "}x",
    '{"schema": 1}', "[]", "", "   ", '{"a": 1, "a": 2}',
])
def test_malformed_snapshots_are_input_errors(text):
    with pytest.raises(InputError):
        from_json(text, "bad.json")


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=20)
FIELDS = st.sampled_from(["usb_devices", "log", "net_interfaces", "sources", "kernel", "modemmanager", "routes",
                          "rfkill", "configs", "tools", "notes", "pci_devices", "versions", "fcc_unlock", "origin"])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(members=st.dictionaries(FIELDS, JSON, max_size=5), cut=st.integers(0, 400))
def test_random_snapshots_load_or_are_input_errors(members, cut):
    text = json.dumps(dict({"schema": SCHEMA}, **members))
    for candidate in (text, text[:cut]):
        try:
            from_json(candidate, "random.json")
        except InputError:
            pass


def test_mmcli_values_of_another_shape_do_not_trip_the_diagnosis(tmp_path):
    path = tmp_path / "odd.json"
    path.write_text(HEAD + '"modemmanager": {"modem_list": ["/org/freedesktop/ModemManager1/Modem/0"], "modems": ['
                    '{"dbus-path": ["x"], "generic": {"device": ["/sys/devices/x"], "state": {"a": "b"}, "drivers": "qmi_wwan",'
                    ' "ports": ["cdc-wdm0 (qmi)", "x"], "bearers": "/b/0"}}], "bearers": [{"dbus-path": ["y"], "status": '
                    '{"connected": ["yes"], "interface": {"x": "wwan0"}}}]}}')
    proc = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", "--format", "json", str(path)],
                          capture_output=True, text=True)
    assert proc.returncode in (0, 1, 3) and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    json.loads(proc.stdout)
