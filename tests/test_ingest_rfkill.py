"""rfkill parsing (real samples from the cases where available; see samples/paste/README-system.md)."""
from __future__ import annotations

from ingest_util import run, sample
from wwandoctor.ingest import rfkill


def test_rfkill_list():
    snap, left, score = run(rfkill, sample("rfkill-list-thinkpad.txt"))
    assert score >= 80 and left == []
    wwan = next(s for s in snap.rfkill if s.type == "wwan")
    assert (wwan.name, wwan.index, wwan.soft, wwan.hard) == ("tpacpi_wwan_sw", 1, True, False)
    assert [s.type for s in snap.rfkill] == ["bluetooth", "wwan", "wlan"]


def test_rfkill_table():
    snap, left, score = run(rfkill, sample("rfkill-table.txt"))
    assert score >= 80 and left == []
    assert [(s.name, s.type, s.soft, s.hard) for s in snap.rfkill] == [
        ("tpacpi_bluetooth_sw", "bluetooth", False, False), ("tpacpi_wwan_sw", "wwan", True, False),
        ("phy0", "wlan", False, True)]


def test_rfkill_truncated_keeps_unknown():
    snap, left, score = run(rfkill, ["1: tpacpi_wwan_sw: Wireless WAN", "\tSoft blocked: yes"])
    assert snap.rfkill[0].soft is True and snap.rfkill[0].hard is None
    snap, left, score = run(rfkill, ["nothing"])
    assert score == 0 and snap.rfkill is None and left == ["nothing"]


def test_ip_addr_lines_are_not_rfkill_entries():
    # "1: lo: <LOOPBACK,UP,LOWER_UP> ..." has the shape of "0: tpacpi_bluetooth_sw: Bluetooth"
    lines = sample("rfkill-list-thinkpad.txt") + sample("ip-addr-wwan-rawip.txt")[:3]
    snap, left, _ = run(rfkill, lines)
    assert [s.name for s in snap.rfkill] == ["tpacpi_bluetooth_sw", "tpacpi_wwan_sw", "phy0"]
    assert left == sample("ip-addr-wwan-rawip.txt")[:3]
