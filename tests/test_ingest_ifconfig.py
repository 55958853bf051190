"""ifconfig parsing: new net-tools, old net-tools / busybox (faithful samples)."""
from __future__ import annotations

import ingest_util
from ingest_util import net, sample
from wwandoctor.ingest import ifconfig


def run(lines, command=None):
    return ingest_util.run(ifconfig, lines, command, name="")


def test_new_nettools():
    snap, left, score = run(sample("ifconfig-new-nettools.txt"))
    assert score >= 60 and left == []
    wwan = net(snap, "wwan0")
    assert (wwan.type, wwan.mtu, wwan.carrier) == (65534, 1500, True)
    assert wwan.addresses == ["10.64.64.64/30", "fe80::8c3b:1f0f:7c2a:1/64"]
    assert (wwan.rx_bytes, wwan.tx_bytes) == (1400, 2100)
    eth = net(snap, "eth0")
    assert (eth.type, eth.mac, eth.carrier, eth.addresses) == (1, "b8:27:eb:aa:bb:cc", False, [])


def test_busybox_old_form():
    snap, left, score = run(sample("ifconfig-busybox.txt"))
    assert score >= 60 and left == []
    wwan = net(snap, "wwan0")
    assert (wwan.type, wwan.mtu, wwan.carrier) == (65534, 1500, True)
    assert wwan.addresses == ["10.1.2.3/30", "fe80::1/64"]
    assert wwan.flags == "UP,POINTOPOINT,RUNNING,NOARP,MULTICAST"
    assert (wwan.rx_bytes, wwan.tx_bytes) == (600, 840)
    usb0 = net(snap, "usb0")
    assert (usb0.type, usb0.mac, usb0.carrier) == (1, "0c:5b:8f:27:9a:64", None)


def test_garbage_left_and_not_detected():
    snap, left, score = run(["random words", "\x00"])
    assert score == 0 and left == ["random words", "\x00"] and snap.net_interfaces == []


def test_missing_interface_message():
    snap, left, score = run(["wwan0: error fetching interface information: Device not found"])
    assert score >= 60 and left == [] and snap.log[0].origin == "ifconfig" and snap.net_interfaces == []
