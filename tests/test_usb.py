"""wwandoctor.decode.usb_descriptors: descriptor decoding on real bytes and builder blobs, classification, helpers."""
from __future__ import annotations

import os
import random

import pytest

import descriptors as D
from wwandoctor.snapshot import ConfigInterface, Endpoint, UsbConfig
from wwandoctor.decode.usb_descriptors import (classify_config, classify_interface, decode_descriptors, parse_interface_id,
                            triplet_meaning)

SAMPLES = os.path.join(os.path.dirname(__file__), "samples", "descriptors")


def sample(name: str) -> bytes:
    with open(os.path.join(SAMPLES, name)) as fh:
        return bytes.fromhex(fh.read().strip())


DW5570 = sample("dw5570.hex")  # H: descriptors= of the recorded Dell DW5570 (413c:81a3)


def by_number(config, number, alt=0):
    return [i for i in config.interfaces if i.number == number and i.alt == alt][0]


# --- the real DW5570 --------------------------------------------------------------

def test_dw5570_device_and_configs():
    out = decode_descriptors(DW5570)
    assert out.problems == []
    assert out.device == {"bcd_usb": "2.00", "device_class": "00/00/00", "vid": "413c", "pid": "81a3",
                          "bcd_device": "0006", "num_configs": 2}
    assert [c.value for c in out.configs] == [1, 2]
    assert [c.max_power_ma for c in out.configs] == [500, 500]


def test_dw5570_config1_vendor_interfaces():
    cfg = decode_descriptors(DW5570).configs[0]
    assert cfg.num_interfaces == 4
    assert [(i.number, i.triplet, i.num_endpoints) for i in cfg.interfaces] == [
        (0, "ff/ff/ff", 2), (2, "ff/ff/ff", 3), (3, "ff/ff/ff", 3), (8, "ff/ff/ff", 3)]
    qmi = by_number(cfg, 8)
    assert [(e.address, e.attributes, e.max_packet) for e in qmi.endpoints] == [
        (0x87, 3, 8), (0x86, 2, 512), (0x04, 2, 512)]
    # SWI layout: 0=DM, 2=NMEA, 3=AT, 8=QMI (qmi_wwan if#8)
    assert cfg.functions == ["qmi", "serial", "diag"]
    assert [classify_interface(i, "413c", "81a3") for i in cfg.interfaces] == ["diag", "serial", "serial", "qmi"]


def test_dw5570_config2_mbim():
    cfg = decode_descriptors(DW5570).configs[1]
    assert cfg.num_interfaces == 2
    ctrl = by_number(cfg, 12)
    assert ctrl.triplet == "02/0e/00"
    names = [c.name for c in ctrl.cdc]
    assert names == ["header", "mbim", "mbim-extended", "union"]
    mbim = ctrl.cdc[1].fields
    assert mbim == {"bcdMBIMVersion": "1.00", "wMaxControlMessage": 4096, "bNumberFilters": 32,
                    "bMaxFilterSize": 128, "wMaxSegmentSize": 1500, "bmNetworkCapabilities": 0x20}
    assert ctrl.cdc[2].fields == {"bcdMBIMExtendedVersion": "1.00", "bMaxOutstandingCommandMessages": 64,
                                  "wMTU": 1500}
    assert ctrl.cdc[3].fields == {"master": 12, "slaves": [13]}
    assert [(i.alt, i.triplet, i.num_endpoints) for i in cfg.interfaces if i.number == 13] == [
        (0, "0a/00/02", 0), (1, "0a/00/02", 2)]
    assert [(a.first_interface, a.interface_count, a.triplet) for a in cfg.associations] == [(12, 2, "02/0e/00")]
    assert cfg.functions == ["mbim"]


def test_vendor_interface_without_table_is_not_qmi():
    out = decode_descriptors(DW5570, vid="1234", pid="5678")
    assert out.configs[0].functions == ["serial", "other"]  # if0 2 bulk eps: serial; 3-ep ff: unknown


def test_root_hub_real_bytes():
    out = decode_descriptors(sample("ehci-roothub.hex"))
    assert out.problems == []
    assert out.device["device_class"] == "09/00/01"
    assert out.device["vid"] == "1d6b"
    assert [(i.number, i.triplet) for i in out.configs[0].interfaces] == [(0, "09/00/00")]
    assert out.configs[0].functions == ["other"]


# --- bad input ----------------------------------------------------------------------

def test_empty():
    out = decode_descriptors(b"")
    assert out.device is None and out.configs == [] and out.problems == ["empty descriptors"]


def test_truncated_at_every_offset():
    for n in range(1, len(DW5570)):
        out = decode_descriptors(DW5570[:n])
        assert out.problems, "cut at %d not noticed" % n
        assert (out.device is None) == (n < 18)


def test_zero_blength_stops():
    blob = DW5570[:18 + 9] + b"\x00\x04" + DW5570[18 + 9:]
    out = decode_descriptors(blob)
    assert any("invalid bLength 0" in p for p in out.problems)
    assert len(out.configs) == 1 and out.configs[0].interfaces == []


def test_short_known_descriptor_is_skipped():
    blob = D.device_descriptor("2c7c", "0125", 1) + D.configuration(1, D.serial_interface(0))
    blob = blob[:18 + 9] + b"\x05\x04\x00\x00\x02" + blob[18 + 9:]  # interface descriptor of 5 bytes
    out = decode_descriptors(blob)
    assert any("too short" in p for p in out.problems)
    assert [i.number for i in out.configs[0].interfaces] == [0]


def test_descriptors_outside_their_parent():
    blob = D.endpoint(0x81) + D.interface(0, "ff/ff/ff") + D.device_descriptor("1199", "9071", 0)
    out = decode_descriptors(blob)
    assert out.device is not None and out.configs == []
    assert any("endpoint descriptor outside" in p for p in out.problems)
    assert any("interface descriptor outside" in p for p in out.problems)
    assert not any("no device descriptor" in p for p in out.problems)


def test_random_garbage_never_raises():
    rng = random.Random(20261125)
    for _ in range(2000):
        blob = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 300)))
        out = decode_descriptors(blob)
        assert isinstance(out.problems, list)
        for cfg in out.configs:
            assert set(cfg.functions) <= {"qmi", "mbim", "ncm", "ecm", "rndis", "serial", "storage", "diag",
                                          "audio", "other"}


def test_mutated_real_blob_never_raises():
    rng = random.Random(7)
    for _ in range(2000):
        blob = bytearray(DW5570)
        for _ in range(rng.randrange(1, 6)):
            blob[rng.randrange(len(blob))] = rng.randrange(256)
        decode_descriptors(bytes(blob))


# --- builder round trips --------------------------------------------------------

def build(vid, pid, *interfaces, value=1):
    return decode_descriptors(D.descriptors(D.device_descriptor(vid, pid, 1), D.configuration(value, *interfaces)))


@pytest.mark.parametrize("blob, functions", [
    (D.mbim_function(0, 1), ["mbim"]),
    (D.ncm_function(0, 1), ["ncm"]),
    (D.ecm_function(0, 1), ["ecm"]),
    (D.rndis_function(0, 1), ["rndis"]),
    (D.storage_interface(0), ["storage"]),
    (D.serial_interface(0), ["serial"]),
    (D.serial_interface(0, "02/02/01"), ["serial"]),
])
def test_builder_composites(blob, functions):
    out = build("1234", "5678", blob)
    assert out.problems == []
    assert out.configs[0].functions == functions


def test_builder_qmi_needs_a_table_row():
    assert build("2c7c", "0125", D.qmi_interface(4)).configs[0].functions == ["qmi"]  # QMI_MATCH_FF_FF_FF
    assert build("413c", "81a3", D.qmi_interface(8)).configs[0].functions == ["qmi"]  # if#8
    assert build("413c", "81a3", D.qmi_interface(5)).configs[0].functions == ["other"]
    assert build("1234", "5678", D.qmi_interface(4)).configs[0].functions == ["other"]


def test_builder_quectel_layout():
    out = build("2c7c", "0125", D.serial_interface(0), D.serial_interface(1, "ff/00/00"),
                D.serial_interface(2, "ff/00/00"), D.serial_interface(3, "ff/00/00"), D.qmi_interface(4))
    cfg = out.configs[0]
    assert cfg.num_interfaces == 5 and out.problems == []
    # 2-endpoint ff/ff/ff (DIAG) is not QMI even though the class matches qmi_wwan's row
    assert [classify_interface(i, "2c7c", "0125") for i in cfg.interfaces] == ["serial"] * 4 + ["qmi"]


def test_ec20_quirk_on_qualcomm_id():
    # 05c6:9215 with 5 interfaces is a Quectel EC20: QMI on if4 only, if0 (2-ep DIAG) is not QMI
    ifaces = [D.serial_interface(0)] + [D.serial_interface(n, "ff/00/00") for n in (1, 2, 3)] + [D.qmi_interface(4)]
    cfg = build("05c6", "9215", *ifaces).configs[0]
    assert [classify_interface(i, "05c6", "9215", 5) for i in cfg.interfaces] == ["serial"] * 4 + ["qmi"]
    assert cfg.functions == ["qmi", "serial"]
    # the same id with the Gobi 2000 layout (4 interfaces): if0 QMI, if1 DM
    gobi = build("05c6", "9215", D.qmi_interface(0), D.serial_interface(1), D.serial_interface(2),
                 D.serial_interface(3)).configs[0]
    assert [classify_interface(i, "05c6", "9215", 4) for i in gobi.interfaces] == ["qmi", "diag", "serial", "serial"]


def test_builder_huawei_vendor_rows():
    qmi = D.interface(1, "ff/01/09", [D.endpoint(0x82, "interrupt", 8, 9), D.endpoint(0x81), D.endpoint(0x01)])
    ncm = D.interface(2, "ff/02/16", [D.endpoint(0x83, "interrupt", 16, 9)])
    out = build("12d1", "1506", qmi, ncm)
    assert out.configs[0].functions == ["qmi", "ncm"]


def test_builder_mbim_fields_round_trip():
    blob = D.interface(0, "02/0e/00", extra=D.cdc_header() + D.cdc_mbim(max_control=512) + D.cdc_ether(3)
                       + D.cdc_ncm() + D.cdc_union(0, 1, 2) + D.cdc_acm() + D.cdc_call_management(1, 1))
    iface = build("1234", "5678", blob).configs[0].interfaces[0]
    by_name = {c.name: c.fields for c in iface.cdc}
    assert by_name["mbim"]["wMaxControlMessage"] == 512
    assert by_name["ethernet"]["iMACAddress"] == 3 and by_name["ethernet"]["wMaxSegmentSize"] == 1514
    assert by_name["ncm"] == {"bcdNcmVersion": "1.00", "bmNetworkCapabilities": 0}
    assert by_name["union"] == {"master": 0, "slaves": [1, 2]}
    assert by_name["acm"] == {"bmCapabilities": 2}
    assert by_name["call-management"] == {"bmCapabilities": 1, "bDataInterface": 1}


def test_builder_two_configs_and_power():
    blob = D.descriptors(D.device_descriptor("413c", "81a3", 2, bcd_usb=0x0300),
                         D.configuration(1, D.qmi_interface(8), max_power_ma=496),
                         D.configuration(2, D.mbim_function(12, 13)))
    out = decode_descriptors(blob)
    assert out.problems == []
    assert out.device["bcd_usb"] == "3.00"
    assert [(c.value, c.functions) for c in out.configs] == [(1, ["qmi"]), (2, ["mbim"])]
    assert out.configs[0].max_power_ma == 496 * 4  # 248 units of 8 mA on SuperSpeed


def test_declared_counts_checked():
    blob = D.device_descriptor("1234", "5678", 3) + D.configuration(1, D.storage_interface(0))
    out = decode_descriptors(blob)
    assert out.problems == ["device declares 3 configuration(s), 1 decoded"]


# --- classify_config / classify_interface directly -------------------------------

def test_classify_config_order_and_data_interfaces():
    cfg = UsbConfig(value=1, interfaces=[
        ConfigInterface(number=0, triplet="08/06/50", num_endpoints=2),
        ConfigInterface(number=1, triplet="0a/00/00", num_endpoints=2),
        ConfigInterface(number=2, triplet="02/06/00", num_endpoints=1),
        ConfigInterface(number=3, triplet="01/01/00"),
    ])
    assert classify_config(cfg) == ["ecm", "storage", "audio"]


def test_classify_data_interface_alone():
    assert classify_interface(ConfigInterface(number=1, triplet="0a/00/02")) == "mbim"
    assert classify_interface(ConfigInterface(number=1, triplet="0a/00/01")) == "ncm"


def test_classify_vendor_reserved_interface_wins_over_vendor_row():
    # 12d1:1c07 (E173s-6): option's device row reserves if#1, and usb_match_id picks that row before the
    # vendor-wide Huawei ff/ff/ff row; qmi_wwan has no row for it -> not a serial port, not QMI
    eps = [Endpoint(0x81, 2, 512), Endpoint(0x01, 2, 512), Endpoint(0x82, 3, 8)]
    iface0 = ConfigInterface(number=0, triplet="ff/ff/ff", num_endpoints=3, endpoints=eps)
    iface1 = ConfigInterface(number=1, triplet="ff/ff/ff", num_endpoints=3, endpoints=eps)
    assert classify_interface(iface0, "12d1", "1c07") == "serial"
    assert classify_interface(iface1, "12d1", "1c07") == "other"
    # 12d1:140c (E173): if#1 is reserved by option because qmi_wwan takes it
    assert classify_interface(iface1, "12d1", "140c") == "qmi"


def test_classify_partial_knowledge():
    # built from sysfs/lsusb -t: no endpoint list, maybe no subclass/protocol
    # no table row can match "??": falls back to the endpoint count
    assert classify_interface(ConfigInterface(number=0, triplet="ff/??/??", num_endpoints=2), "12d1", "1506") \
        == "serial"
    assert classify_interface(ConfigInterface(number=0, triplet="ff/??/??", num_endpoints=3), "12d1", "1506") \
        == "other"
    assert classify_interface(ConfigInterface(number=5, triplet="ff/ff/ff", num_endpoints=2), "1234", "5678") \
        == "serial"
    assert classify_interface(ConfigInterface(number=5, triplet="ff/ff/ff", num_endpoints=3), "1234", "5678") \
        == "other"
    assert classify_interface(ConfigInterface(number=5, triplet=""), None, None) == "other"


# --- helpers -----------------------------------------------------------------------

def test_triplet_meaning():
    assert triplet_meaning("02/0e/00").startswith("CDC MBIM communication")
    assert "QMI" in triplet_meaning("FF/FF/FF")
    assert triplet_meaning("02/02/03").startswith("CDC ACM serial")  # range 00-06
    assert triplet_meaning("02/02/ff").startswith("RNDIS")
    assert triplet_meaning("ff/02/16").startswith("Huawei")
    assert triplet_meaning("ef/02/01", device=True).startswith("device uses Interface Association")
    assert triplet_meaning("03/01/01") == "HID (class 03/01/01)"
    assert triplet_meaning("ff/ff") == "" and triplet_meaning("") == "" and triplet_meaning("zz/00/00") == ""


def test_parse_interface_id():
    assert parse_interface_id("1-7:2.12") == ("1-7", 2, 12)
    assert parse_interface_id("2-1.3:1.4") == ("2-1.3", 1, 4)
    for bad in ("1-7", "usb1", "1-7:2", "1-7:a.b", "", None, "1-7:2.12 x"):
        assert parse_interface_id(bad) is None


def test_cdc_descriptor_is_public_for_the_lsusb_parser():
    from wwandoctor.decode.usb_descriptors import cdc_descriptor
    # the MBIM functional descriptor old lsusb prints as "** UNRECOGNIZED:  0c 24 1b 00 01 00 10 20 80 e0 0f 20"
    mbim = cdc_descriptor(bytes.fromhex("0c241b000100102080e00f20"), [])
    assert (mbim.name, mbim.fields["bcdMBIMVersion"], mbim.fields["wMaxControlMessage"]) == ("mbim", "1.00", 4096)
    problems = []
    assert cdc_descriptor(bytes.fromhex("05241b0001"), problems, 40).fields == {}
    assert problems == ["offset 40: CDC mbim descriptor too short (5 bytes, needs 12)"]
