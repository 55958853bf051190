"""usb-devices and /sys/kernel/debug/usb/devices parsing (faithful samples)."""
from __future__ import annotations

import ingest_util
from ingest_util import sample
from wwandoctor.ingest import usb_devices
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot


def run(lines, command=None):
    return ingest_util.run(usb_devices, lines, command)


def test_usb_devices_active_config_only():
    snap, left, score = run(sample("usb-devices-em7455-mbim.txt"))
    assert score >= 80 and left == []
    (dev,) = snap.usb_devices  # the root hub is not kept
    assert (dev.path, dev.busnum, dev.devnum, dev.vid, dev.pid) == ("2-3", 2, 3, "1199", "9079")
    assert (dev.num_configs, dev.active_config, dev.speed, dev.device_class) == (2, 2, "480", "00/00/00")
    assert dev.serial == "LF61234567890123"
    assert [(i.number, i.config, i.alt, i.triplet, i.driver) for i in dev.interfaces] == [
        (12, 2, 0, "02/0e/00", "cdc_mbim"), (13, 2, 1, "0a/00/02", "cdc_mbim")]
    assert dev.configs == []  # usb-devices does not list the other configurations


def test_debugfs_all_configs():
    snap, left, score = run(sample("debugfs-usb-devices-em7455.txt"), command="sudo cat /sys/kernel/debug/usb/devices")
    assert score >= 90 and left == []
    (dev,) = snap.usb_devices
    assert dev.active_config == 2 and dev.path == "2-3"
    c1, c2 = dev.configs
    assert [(i.number, i.triplet, i.num_endpoints) for i in c1.interfaces] == [
        (0, "ff/ff/ff", 2), (2, "ff/00/00", 3), (3, "ff/00/00", 3), (8, "ff/ff/ff", 3)]
    assert [(e.address, e.attributes, e.max_packet) for e in c1.interfaces[3].endpoints] == [
        (0x86, 3, 8), (0x8E, 2, 512), (0x0F, 2, 512)]
    assert "qmi" in c1.functions and "mbim" in c2.functions
    # only the active configuration's active alternate settings are running interfaces
    assert [(i.number, i.alt, i.driver) for i in dev.interfaces] == [(12, 0, "cdc_mbim"), (13, 1, "cdc_mbim")]


def test_nested_hub_paths_and_no_driver():
    lines = ["T:  Bus=01 Lev=00 Prnt=00 Port=00 Cnt=00 Dev#=  1 Spd=480  MxCh= 1",
             "T:  Bus=01 Lev=01 Prnt=01 Port=00 Cnt=01 Dev#=  2 Spd=480  MxCh= 4",
             "T:  Bus=01 Lev=02 Prnt=02 Port=03 Cnt=01 Dev#=  7 Spd=480  MxCh= 0",
             "P:  Vendor=2c7c ProdID=0121 Rev=03.18",
             "C:  #Ifs= 5 Cfg#= 1 Atr=a0 MxPwr=500mA",
             "I:  If#=0x4 Alt= 0 #EPs= 3 Cls=ff(vend.) Sub=ff Prot=ff Driver=(none)"]
    snap, left, _ = run(lines)
    assert left == []
    modem = next(d for d in snap.usb_devices if d.devnum == 7)
    assert modem.path == "1-1.4" and modem.vid == "2c7c"
    assert (modem.interfaces[0].number, modem.interfaces[0].driver) == (4, "")


def test_records_in_separate_blocks_keep_paths():
    snap = Snapshot(origin="paste")
    usb_devices.parse(Block(lines=["T:  Bus=01 Lev=01 Prnt=01 Port=00 Cnt=01 Dev#=  2 Spd=480  MxCh= 4"]), snap)
    usb_devices.parse(Block(lines=["T:  Bus=01 Lev=02 Prnt=02 Port=03 Cnt=01 Dev#=  7 Spd=480  MxCh= 0"]), snap)
    assert [d.path for d in snap.usb_devices] == ["1-1", "1-1.4"]


def test_garbage_and_truncated():
    lines = ["T:  Bus=01 Lev=01 Prnt=01 Port=00 Cnt=01 Dev#=  2 Spd=480", "P:  Vendor=2c7c Pro",
             "I:  If#=", "random text", "\x00"]
    snap, left, _ = run(lines)
    assert snap.usb_devices[0].vid == "2c7c" and snap.usb_devices[0].pid is None
    assert left == ["I:  If#=", "random text", "\x00"]
    assert usb_devices.detect(Block(lines=["hello"])) == 0
