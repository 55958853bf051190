"""systemctl status / is-active -> snap.services, header lines kept, the journal tail to the journal parser."""
import pytest

from ingest_util import lines_of, sample, sample_text
from wwandoctor.ingest import ingest_text, systemctl
from wwandoctor.ingest.block import Block


def load(name, text=None):
    return ingest_text(sample_text(name) if text is None else text, name)


@pytest.mark.parametrize("name, state", [
    ("systemctl-status-mm-inactive.txt", "inactive"),
    ("systemctl-status-mm-not-found.txt", "inactive"),
    ("systemctl-status-mm-active.txt", "active"),
    ("systemctl-status-mm-failed.txt", "failed"),
])
def test_state_of_modemmanager(name, state):
    snap = load(name)
    assert snap.services == {"ModemManager": state}
    assert snap.unrecognized == []
    assert "paste:systemctl" in snap.sources


def test_header_lines_are_kept_and_the_journal_tail_goes_to_the_journal_parser():
    snap = load("systemctl-status-mm-failed.txt")  # no prompt, no blank line before the journal lines
    assert lines_of(snap, "systemd")[:3] == [
        "× ModemManager.service - Modem Manager",
        "Loaded: loaded (/lib/systemd/system/ModemManager.service; enabled; preset: enabled)",
        "Active: failed (Result: exit-code) since Wed 2024-05-08 09:41:17 CEST; 4s ago"]
    assert lines_of(snap, "ModemManager")[-1] == (
        "<error> Could not acquire the 'org.freedesktop.ModemManager1' service name")
    assert snap.versions["ModemManager"] == "1.20.4"


def test_active_status_with_its_journal_after_a_blank_line():
    snap = load("systemctl-status-mm-active.txt")
    assert len(lines_of(snap, "ModemManager")) == 2
    assert "Main PID: 812 (ModemManager)" not in lines_of(snap, "systemd")  # read, not kept


def test_is_active_maps_the_states_to_the_units_in_order():
    snap = load("x", "$ systemctl is-active ModemManager NetworkManager\nactive\ninactive\n")
    assert snap.services == {"ModemManager": "active", "NetworkManager": "inactive"}
    snap = load("x", "$ systemctl is-active ModemManager.service\nfailed\n")
    assert snap.services == {"ModemManager": "failed"}


def test_is_active_with_states_not_matching_the_units_is_not_guessed():
    snap = load("x", "$ systemctl is-active ModemManager NetworkManager\nactive\n")
    assert snap.services == {}
    assert snap.unrecognized == ["x:1: $ systemctl is-active ModemManager NetworkManager\nx:2: active"]


def test_detect():
    lines = sample("systemctl-status-mm-inactive.txt")
    assert systemctl.detect(Block(lines=lines[1:], command="systemctl status ModemManager")) == 95
    assert systemctl.detect(Block(lines=lines[1:])) == 90  # the status alone
    assert systemctl.detect(Block(lines=["Active: active"])) == 0
    assert systemctl.detect(Block(lines=["foo.service - not a status"])) == 0
    assert systemctl.detect(Block(lines=["active"], command="systemctl is-active ModemManager")) == 95
    assert systemctl.detect(Block(lines=["x"], command="systemctl restart ModemManager")) == 0


@pytest.mark.parametrize("text", [
    "$ systemctl status ModemManager\r\n● ModemManager.service - Modem Manager\r\n     Active: act",
    "> $ systemctl status ModemManager\n> ○ ModemManager.service - Modem Manager\n>      Active: inactive (dead)\n",
    "$ systemctl status\n\x00\xff garbage\n",
    "● .service - \n   Active: \n",
])
def test_damaged_and_quoted_input_never_crashes(text):
    snap = load("x", text)
    assert not any("parser failed" in n for n in snap.notes)
    assert snap.services.get("ModemManager") in (None, "inactive")


def test_mmcli_box_pasted_right_after_a_status_is_left_to_mmcli():
    text = "".join(ln + "\n" for ln in sample("systemctl-status-mm-inactive.txt") + sample("mmcli-m-old-1.6.txt"))
    snap = load("x", text)
    assert snap.services == {"ModemManager": "inactive"}
    assert snap.unrecognized == [] and snap.modemmanager.modems[0]["generic"]["model"] == "MC7455"
    assert not any("|" in l for l in lines_of(snap, "systemd"))
