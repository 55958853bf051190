"""lsusb, lsusb -t and lsusb -v parsing on real and faithful samples (tests/samples/paste/README.md)."""
from __future__ import annotations

import functools

import ingest_util
from ingest_util import sample
from wwandoctor.ingest import lsusb
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot


block = ingest_util.sample_block
run = functools.partial(ingest_util.parse, lsusb)


def test_plain_lsusb_real():
    snap = ingest_util.read_whole(lsusb, "lsusb-ec25.txt")
    (dev,) = snap.usb_devices
    assert (dev.busnum, dev.devnum, dev.vid, dev.pid) == (1, 2, "2c7c", "0125")
    assert "EC25" in dev.product
    assert snap.sources["paste:lsusb"].status == "ok"


def test_plain_lsusb_keeps_unknown_line():
    snap, left = run(block("lsusb-bg96-roothubs.txt"))
    assert [d.vid for d in snap.usb_devices] == ["1d6b", "1d6b"]
    assert left == ["# lsusb"]


def test_tree_real_rpi_ec21():
    snap = ingest_util.read_whole(lsusb, "lsusb-t-rpi-ec21.txt")
    modem = next(d for d in snap.usb_devices if d.path == "1-1.4")
    assert (modem.busnum, modem.devnum, modem.speed) == (1, 7, "480")
    assert [(i.number, i.triplet, i.driver) for i in modem.interfaces] == [
        (1, "ff/??/??", ""), (4, "ff/??/??", "qmi_wwan")]
    storage = next(d for d in snap.usb_devices if d.path == "1-1.3")
    assert storage.interfaces[0].triplet == "08/??/??"
    assert storage.interfaces[0].driver == "usb-storage"
    assert next(d for d in snap.usb_devices if d.path == "1-1.1.1").devnum == 5
    assert next(d for d in snap.usb_devices if d.path == "1-1.2").speed == "12"


def test_tree_new_usbutils_format():
    lines = ["/:  Bus 001.Port 001: Dev 001, Class=root_hub, Driver=xhci_hcd/12p, 480M",
             "    |__ Port 007: Dev 003, If 12, Class=Communications, Driver=cdc_mbim, 480M",
             "        ID 413c:81a3 Dell Computer Corp. ",
             "    |__ Port 007: Dev 003, If 13, Class=CDC Data, Driver=cdc_mbim, 480M",
             "    |__ Port 009: Dev 004, If 0, Class=Wireless, Driver=[none], 12M"]
    snap, left = run(Block(lines=lines, command="lsusb -tv"))
    assert left == []
    dev = next(d for d in snap.usb_devices if d.path == "1-7")
    assert (dev.vid, dev.pid) == ("413c", "81a3")
    assert [(i.number, i.triplet) for i in dev.interfaces] == [(12, "02/??/??"), (13, "0a/??/??")]
    other = next(d for d in snap.usb_devices if d.path == "1-9")
    assert other.interfaces[0].driver == ""


def test_verbose_all_configs():
    blk = block("lsusb-v-em7455-2configs.txt")
    assert lsusb.detect(blk) >= 80
    snap, left = run(blk)
    assert left == []
    (dev,) = snap.usb_devices
    assert (dev.vid, dev.pid, dev.busnum, dev.devnum, dev.num_configs) == ("1199", "9079", 2, 3, 2)
    assert dev.serial == "LF61234567890123"
    assert dev.device_class == "00/00/00"
    assert dev.active_config is None  # lsusb -v does not say which one is active
    c1, c2 = dev.configs
    assert (c1.value, c1.num_interfaces, c1.attributes, c1.max_power_ma) == (1, 4, 0xE0, 0)
    assert [(i.number, i.triplet, i.num_endpoints) for i in c1.interfaces] == [
        (0, "ff/ff/ff", 2), (2, "ff/00/00", 3), (3, "ff/00/00", 3), (8, "ff/ff/ff", 3)]
    qmi = c1.interfaces[3]
    assert [(e.address, e.attributes, e.max_packet) for e in qmi.endpoints] == [
        (0x86, 3, 8), (0x8E, 2, 512), (0x0F, 2, 512)]
    assert c2.value == 2
    assert "qmi" in c1.functions and "mbim" not in c1.functions
    assert "mbim" in c2.functions
    assert c2.associations[0].first_interface == 12 and c2.associations[0].triplet == "02/0e/00"
    mbim = c2.interfaces[0]
    assert [c.name for c in mbim.cdc] == ["header", "union", "mbim", "mbim-extended"]
    assert mbim.cdc[2].subtype == 0x1B and mbim.cdc[2].fields["wMaxControlMessage"] == 4096
    assert mbim.cdc[1].fields == {"master": 12, "slaves": [13]}  # the names wwandoctor.decode.usb_descriptors uses
    # old lsusb prints CDC descriptors it cannot name as hex: decoded as well
    assert [c.name for c in c1.interfaces[1].cdc] == ["header", "call-management", "acm", "union"]
    assert c1.interfaces[1].cdc[0].fields == {"bcdCDC": "1.10"}
    assert [(i.number, i.alt, i.num_endpoints) for i in c2.interfaces[1:]] == [(13, 0, 0), (13, 1, 2)]


def test_verbose_crlf_and_mail_quote_truncated():
    blk = block("lsusb-v-em7455-2configs.txt", crlf=True)
    blk.lines = [ln.rstrip("\r") for ln in blk.lines][:120]  # the splitter strips CR; truncated paste
    snap, left = run(blk)
    (dev,) = snap.usb_devices
    assert [c.value for c in dev.configs] == [1]
    assert left == []


def test_verbose_cdc_ethernet_ncm_and_unknown():
    lines = ["Bus 001 Device 004: ID 12d1:1506 Huawei Technologies Co., Ltd. Modem/Networkcard",
             "Device Descriptor:", "  idVendor           0x12d1 Huawei", "  idProduct          0x1506 ",
             "  bNumConfigurations      1", "  Configuration Descriptor:", "    bConfigurationValue     1",
             "    Interface Descriptor:", "      bInterfaceNumber        1", "      bAlternateSetting       0",
             "      bNumEndpoints           1", "      bInterfaceClass         2 Communications",
             "      bInterfaceSubClass     13 ", "      bInterfaceProtocol      0 ",
             "      CDC Ethernet:", "        iMacAddress                      7 0C5B8F279A64",
             "        wMaxSegmentSize               1514", "      CDC NCM:",
             "        bcdNcmVersion        1.00", "        bmNetworkCapabilities 0x21",
             "      CDC Country Selection:", "        iCountryCodeRelDate 0", "this line is garbage"]
    snap, left = run(Block(lines=lines))
    intf = snap.usb_devices[0].configs[0].interfaces[0]
    assert intf.triplet == "02/0d/00"
    assert [(c.name, c.subtype) for c in intf.cdc] == [("ethernet", 0x0F), ("ncm", 0x1A), ("other", -1)]
    assert intf.cdc[1].fields["bmNetworkCapabilities"] == 0x21
    assert intf.cdc[0].fields["iMACAddress"] == 7
    assert left == ["this line is garbage"]


def test_detect_rejects_other_text():
    assert lsusb.detect(Block(lines=["[    1.0] usb 1-1: new high-speed USB device number 2"])) == 0
    assert lsusb.detect(Block(lines=["garbage"], command="lsusb -t")) == 90


def test_garbage_and_binary_never_raise():
    lines = ["\x00\x01\xff", "Device Descriptor:", "  idVendor 0xzz", "Configuration Descriptor:",
             "Interface Descriptor:", "  bInterfaceNumber  x", "|__ Port 1: Dev 2, If 0, Class=, Driver=, 480M"]
    snap, left = run(Block(lines=lines))
    assert "\x00\x01\xff" in left
    assert snap.usb_devices[0].vid is None


def test_verbose_old_lsusb_unrecognized_mbim_bytes():
    lines = ["Bus 001 Device 003: ID 413c:81a3 Dell Computer Corp.", "Device Descriptor:",
             "  idVendor           0x413c Dell Computer Corp.", "  Configuration Descriptor:",
             "    bConfigurationValue     2", "    Interface Descriptor:", "      bInterfaceNumber       12",
             "      bInterfaceClass         2 Communications", "      bInterfaceSubClass     14 ",
             "      bInterfaceProtocol      0 ", "      ** UNRECOGNIZED:  0c 24 1b 00 01 00 10 20 80 e0 0f 20",
             "      ** UNRECOGNIZED:  05 01 02 03 04"]
    snap, left = run(Block(lines=lines))
    (mbim,) = snap.usb_devices[0].configs[0].interfaces[0].cdc
    assert (mbim.name, mbim.fields["wMaxControlMessage"]) == ("mbim", 4096)
    assert left == []  # a non-CDC unrecognized descriptor is noise lsusb itself could not decode


def test_plain_name_wrapped_by_mail_archive():
    lines = ["Bus 001 Device 002: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE", "modem",
             "Bus 001 Device 001: ID 1d6b:0002 Linux Foundation", "stray"]
    snap, left = run(Block(lines=lines))
    assert snap.usb_devices[0].product.endswith("EC25 LTE modem")
    assert left == ["stray"]  # the previous line was short: not a wrap


def test_only_the_line_right_after_a_record_can_end_its_name():
    # a how-to's lsusb hard-wrapped after the id (a personal site, as stored), then prose whose short line follows a long
    # one: "From" is no part of the stick's name
    lines = ["Bus 002 Device 004: ID 12d1:14fe", "Huawei Technologies Co., Ltd. Mass Storage Mode", "The",
             "storage mode, indicated at the end of the line as above. For the dongle to work,", "From",
             "the output of lsusb,"]
    snap, left = run(Block(lines=lines))
    assert snap.usb_devices[0].product is None
    assert left == lines[1:]


def test_plain_sentence_without_spaces_after_a_long_line_is_no_wrapped_name():
    # Japanese sentences (written for this test) after a long lsusb line: a short one is no name's wrapped end either
    lines = ["Bus 001 Device 009: ID 12d1:1506 Huawei Technologies Co., Ltd. Modem/Networkcard",
             "と表示されるのにシリアルポートのドライバが読み込まれず、AT コマンドを送れない。",
             "Bus 001 Device 010: ID 12d1:1506 Huawei Technologies Co., Ltd. Modem/Networkcard", "ポートがない。"]
    snap, left = run(Block(lines=lines))
    assert [d.product for d in snap.usb_devices] == ["Huawei Technologies Co., Ltd. Modem/Networkcard"] * 2
    assert left == [lines[1], lines[3]]


def test_plain_records_run_together_on_one_line():
    # a copy that lost the line ends (web page, feed mirror): one device per "Bus NNN Device NNN: ID" record
    lines = ["Bus 002 Device 002: ID 05c6:9204 Qualcomm, Inc. Bus 002 Device 003: ID 17ef:4807 Lenovo UVC Camera "
             "Bus 003 Device 004: ID 0a5c:2110 Broadcom Corp. Bluetooth Controller [...]"]
    snap, left = run(Block(lines=lines))
    assert [(d.busnum, d.devnum, d.vid, d.pid, d.product) for d in snap.usb_devices] == [
        (2, 2, "05c6", "9204", "Qualcomm, Inc."), (2, 3, "17ef", "4807", "Lenovo UVC Camera"),
        (3, 4, "0a5c", "2110", "Broadcom Corp. Bluetooth Controller [...]")]
    assert left == []


def test_plain_record_words_inside_a_name_do_not_cut_it():
    snap, _ = run(Block(lines=["Bus 001 Device 002: ID 1199:9071 Sierra Wireless, Inc. Bus 1 Device modem"]))
    assert [d.product for d in snap.usb_devices] == ["Sierra Wireless, Inc. Bus 1 Device modem"]


def test_verbose_does_not_swallow_following_output():
    blk = block("lsusb-v-em7455-2configs.txt")
    tail = ["  --------------------------------", "  Status   |                state: failed", "Some prose"]
    snap, left = run(Block(lines=blk.lines + tail))
    assert left == tail


def test_verbose_filtered_through_grep():
    # "lsusb -v -d VID:PID | grep -E '...'" keeps the fields and drops the headers; forum pastes do this
    text = """  bNumConfigurations      2
    bConfigurationValue     1
      bInterfaceNumber        8
      bInterfaceClass       255 Vendor Specific Class
      bInterfaceSubClass    255 Vendor Specific Subclass
      bInterfaceProtocol    255 Vendor Specific Protocol
    bConfigurationValue     2
      bInterfaceNumber       12
      bInterfaceClass         2 Communications
      bInterfaceSubClass     14 
      bInterfaceProtocol      0 
      bInterfaceNumber       13
      bInterfaceClass        10 CDC Data
      bInterfaceSubClass      0 
      bInterfaceProtocol      2 
"""
    snap = Snapshot()
    cmd = "sudo lsusb -v -d 1199:9079 | grep -E 'bNumConfigurations|bConfigurationValue|bInterface'"
    lsusb.parse(Block(lines=text.splitlines(), command=cmd, name="t", first_line=1), snap)
    dev, = snap.usb_devices
    assert (dev.vid, dev.pid, dev.num_configs) == ("1199", "9079", 2)
    assert [c.value for c in dev.configs] == [1, 2]
    assert [i.triplet for i in dev.configs[1].interfaces] == ["02/0e/00", "0a/00/02"]
    assert "mbim" in dev.configs[1].functions


def test_tree_pasted_right_after_dmesg_keeps_its_root_line():
    # no blank line between the dmesg and the tree; the last dmesg line is as long as a mail wrap
    dmesg = sample("dmesg-em7345-cdc-ncm.txt")
    text = "\n".join(dmesg + [ln for ln in sample("lsusb-t-rpi-ec21.txt") if not ln.startswith("$")]) + "\n"
    snap = ingest_util.ingest_text(text, "t")
    assert snap.unrecognized == []
    assert "paste:lsusb-t" in snap.sources
    assert dmesg[-1].split("] ", 1)[1] in ingest_util.lines_of(snap, "kernel")
    modem = next(d for d in snap.usb_devices if d.path == "1-1.4")
    assert [(i.number, i.driver) for i in modem.interfaces] == [(1, ""), (4, "qmi_wwan")]


# a piece of lsusb -t pasted without its "/:  Bus" line (written after a forum paste; the ids are invented)
_PIECE = ["        |__ Port 2: Dev 9, If 0, Class=Hub, Driver=hub/4p, 480M",
          "            |__ Port 4: Dev 23, If 0, Class=Vendor Specific Class, Driver=, 480M",
          "            |__ Port 4: Dev 23, If 1, Class=Vendor Specific Class, Driver=option, 480M"]
_LIST = ["Bus 002 Device 023: ID 19d2:1405 ZTE WCDMA Technologies MSM",
         "Bus 002 Device 009: ID 05e3:0610 Genesys Logic, Inc. Hub",
         "Bus 001 Device 001: ID 1d6b:0002 Linux Foundation 2.0 root hub"]


def _piece_device(snap):
    (dev,) = [d for d in snap.usb_devices if d.devnum == 23]
    return dev


def test_tree_piece_without_its_bus_line_is_read_by_device_number():
    snap, left = run(Block(lines=list(_PIECE), command="lsusb -t"))
    assert left == []
    dev = _piece_device(snap)
    assert (dev.busnum, dev.path) == (None, None)
    assert [(i.number, i.triplet, i.driver) for i in dev.interfaces] == [(0, "ff/??/??", ""), (1, "ff/??/??", "option")]


def test_tree_piece_joins_the_lsusb_device_of_that_number_in_either_order():
    for first, second in ((_LIST, _PIECE), (_PIECE, _LIST)):
        snap = ingest_util.ingest_text("\n".join(first) + "\n\n" + "\n".join(second) + "\n", "t")
        dev = _piece_device(snap)
        assert (dev.busnum, dev.vid, dev.pid) == (2, "19d2", "1405")
        assert [(i.number, i.driver) for i in dev.interfaces] == [(0, ""), (1, "option")]


def test_tree_piece_does_not_guess_between_devices_of_the_same_number():
    listed = _LIST + ["Bus 003 Device 023: ID 0bda:8179 Realtek Semiconductor Corp. RTL8188EUS"]
    snap = ingest_util.ingest_text("\n".join(listed) + "\n\n" + "\n".join(_PIECE) + "\n", "t")
    by_bus = {d.busnum: d for d in snap.usb_devices if d.devnum == 23}
    assert set(by_bus) == {2, 3, None}
    assert by_bus[2].interfaces == [] and by_bus[3].interfaces == []
    assert [i.driver for i in by_bus[None].interfaces] == ["", "option"]


def test_a_tree_piece_without_its_bus_line_joins_the_device_of_its_number_either_way_round():
    """'|__ Port 4: Dev 17, ...' cut below its '/:  Bus' line: the device is lsusb's 'Device 017' whether that line
    comes before or after it (merge.find_usb_device by the number alone); another number stays another device."""
    from wwandoctor.ingest import ingest_text
    listing = "Bus 002 Device 017: ID 1e0e:9001 Qualcomm / Option SimTech SIM7600\n"
    piece = ("    |__ Port 4: Dev 17, If 0, Class=Vendor Specific Class, Driver=option, 480M\n"
             "    |__ Port 4: Dev 17, If 5, Class=Vendor Specific Class, Driver=qmi_wwan, 480M\n"
             "    |__ Port 2: Dev 3, If 0, Class=Human Interface Device, Driver=usbhid, 12M\n")
    for text in (listing + piece, piece + listing):
        devices = ingest_text(text).usb_devices
        (modem,) = [d for d in devices if d.devnum == 17]
        assert (modem.busnum, modem.vid, modem.pid) == (2, "1e0e", "9001")
        assert {i.number: i.driver for i in modem.interfaces} == {0: "option", 5: "qmi_wwan"}
        assert [d.devnum for d in devices if d is not modem] == [3]
