"""udevadm info: -q property, P:/E: records (--export-db) and --attribute-walk (faithful samples)."""
from __future__ import annotations

from ingest_util import sample
from wwandoctor.ingest import udevadm
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot


def paragraphs(lines):
    """Blank-line separated paragraphs, as the splitter hands them to parsers."""
    out, cur = [], []
    for ln in lines + [""]:
        if ln.strip():
            cur.append(ln)
        elif cur:
            out.append(cur)
            cur = []
    return out


def run_all(lines, command=None):
    snap = Snapshot(origin="paste")
    left, scores = [], []
    for para in paragraphs(lines):
        blk = Block(lines=para, command=command, name="t")
        scores.append(udevadm.detect(blk))
        left += udevadm.parse(blk, snap)
    return snap, left, scores


def test_export_db_records():
    snap, left, scores = run_all(sample("udevadm-export-db-em7455.txt"))
    assert left == [] and min(scores) >= 80
    (dev,) = snap.usb_devices
    assert (dev.path, dev.busnum, dev.devnum, dev.vid, dev.pid) == ("2-3", 2, 3, "1199", "9079")
    assert dev.udev["ID_MM_DEVICE_IGNORE"] == "1"
    intf8 = next(i for i in dev.interfaces if i.number == 8)
    assert (intf8.config, intf8.triplet, intf8.driver) == (1, "ff/ff/ff", "qmi_wwan")
    assert intf8.modalias.endswith("in08")
    assert intf8.control_ports == ["cdc-wdm0"] and intf8.net == ["wwan0"]
    assert next(i for i in dev.interfaces if i.number == 3).tty == ["ttyUSB1"]
    wwan0 = snap.net_interfaces[0]
    assert (wwan0.name, wwan0.devtype, wwan0.driver, wwan0.parent) == ("wwan0", "wwan", "qmi_wwan", "usb:2-3:1.8")
    assert dev.udev["ID_MM_PORT_TYPE_AT_PRIMARY"] == "1"


def test_q_property_plain_lines():
    snap, left, scores = run_all(sample("udevadm-q-property-wwan0.txt"))
    assert left == [] and scores[0] >= 80
    (dev,) = snap.usb_devices
    assert dev.path == "1-1.4" and dev.vid is None  # a net record's ID_VENDOR_ID is kept in udev only
    assert dev.udev["ID_VENDOR_ID"] == "2c7c"
    intf = dev.interfaces[0]
    assert (intf.number, intf.config, intf.driver, intf.net) == (4, 1, "qmi_wwan", ["wwan0"])
    assert "ID_MM_DEVICE_IGNORE" not in dev.udev


def test_attribute_walk_split_into_paragraphs():
    snap, left, scores = run_all(sample("udevadm-attribute-walk.txt"))
    assert left == [] and min(scores) >= 80
    (dev,) = snap.usb_devices
    assert (dev.vid, dev.pid, dev.active_config, dev.num_configs, dev.power_control) == ("1199", "9079", 1, 2, "auto")
    assert (dev.busnum, dev.devnum, dev.speed) == (2, 3, "480")
    intf = dev.interfaces[0]
    assert (intf.number, intf.config, intf.triplet, intf.driver, intf.num_endpoints) == (8, 1, "ff/ff/ff", "qmi_wwan", 3)
    wwan0 = snap.net_interfaces[0]
    assert (wwan0.type, wwan0.raw_ip, wwan0.mtu, wwan0.parent) == (1, False, 1500, "usb:2-3:1.8")


def test_garbage():
    snap, left, scores = run_all(["E: nonsense", "P: /devices/virtual/foo", "hello"])
    assert "hello" in left
    assert snap.usb_devices == []
    assert udevadm.detect(Block(lines=["hello", "world"])) == 0
    kmsg = ["6,1234,5678,-;usb 1-7: new high-speed USB device number 3 using xhci_hcd", " SUBSYSTEM=usb",
            " DEVICE=c189:2"]
    assert udevadm.detect(Block(lines=kmsg)) == 0
