"""dmesg in its forms, and the device facts kernel lines establish (real samples in samples/paste/)."""
import pytest

from ingest_util import load, sample, sample_text
from wwandoctor.ingest import ingest_text
from wwandoctor.ingest.block import Block
from wwandoctor.ingest import kernel_log


def dev(snap, path):
    found = [d for d in snap.usb_devices if d.path == path]
    assert len(found) == 1, snap.usb_devices
    return found[0]


def intf(device, number):
    return next(i for i in device.interfaces if i.number == number)


def test_enumeration_gives_ids_strings_speed():
    snap = load("dmesg-e3372-storage.txt")
    d = dev(snap, "1-1.4")
    assert (d.busnum, d.devnum, d.vid, d.pid, d.speed) == (1, 5, "12d1", "1f01", "480")
    assert d.product == "HUAWEI_MOBILE" and d.serial == "0123456789ABCDEF"
    assert intf(d, 0).driver == "usb-storage"
    assert snap.sources["paste:dmesg"].status == "ok"
    assert snap.unrecognized == []


def test_qmi_wwan_binding_control_port_and_net():
    snap = load("dmesg-ec21-qmi-wwan.txt")
    d = dev(snap, "1-1.4")
    i4 = intf(d, 4)
    assert (i4.config, i4.driver, i4.control_ports, i4.net) == (1, "qmi_wwan", ["cdc-wdm0"], ["wwan0"])
    net = snap.net_interfaces[0]
    assert (net.name, net.driver, net.parent, net.mac) == ("wwan0", "qmi_wwan", "usb:1-1.4:1.4", "ce:db:66:0e:df:26")
    assert [l.time for l in snap.log][:1] == [7.575835]
    assert all(l.origin == "kernel" for l in snap.log)


def test_dmesg_T_cdc_mbim_config_2_and_rename():
    snap = load("dmesg-T-mc8805-mbim.txt")
    d = dev(snap, "1-7")
    assert (d.vid, d.pid, d.active_config) == ("413c", "81a3", 2)
    i12 = intf(d, 12)
    assert (i12.config, i12.driver, i12.control_ports) == (2, "cdc_mbim", ["cdc-wdm0"])
    assert i12.net == ["wwp0s20u7c2i12"]
    assert [n.name for n in snap.net_interfaces] == ["wwp0s20u7c2i12"]
    assert snap.net_interfaces[0].parent == "usb:1-7:2.12"
    assert snap.kernel.driver_availability.get("cdc_mbim") == "loaded"


def test_serial_attach_lines_go_to_the_detected_interfaces_in_order():
    snap = load("dmesg-mc7455-qcserial.txt")
    d = dev(snap, "2-3")
    assert [(i.number, i.driver, i.tty) for i in d.interfaces] == [
        (0, "qcserial", ["ttyUSB0"]), (2, "qcserial", ["ttyUSB1"]), (3, "qcserial", ["ttyUSB2"])]
    assert d.product == "MC7455"


def test_a_lone_attach_line_gives_the_device_a_port_and_its_driver():
    # bus.c prints it on the USB device; without the interface's "converter detected" line the port has no interface
    snap = ingest_text("[ 2897.097191] usb 1-2: New USB device found, idVendor=1199, idProduct=9091, bcdDevice= 0.06\n"
                       "[ 2897.195158] usb 1-2: Qualcomm USB modem converter now attached to ttyUSB0\n"
                       "[   15.845570] usb 1-1.5.1: FTDI USB Serial Device converter now attached to ttyUSB1\n")
    assert dev(snap, "1-2").attached_tty == {"ttyUSB0": "qcserial"} and dev(snap, "1-2").interfaces == []
    assert dev(snap, "1-1.5.1").attached_tty == {"ttyUSB1": ""}  # a serial bridge, no modem driver


def test_dmesg_json():
    snap = load("dmesg-json-ec25.txt")
    d = dev(snap, "1-1.4")
    assert (d.vid, d.pid) == ("2c7c", "0125")
    assert [(i.number, i.driver, i.tty) for i in d.interfaces][:2] == [(0, "option", ["ttyUSB0"]),
                                                                       (1, "option", ["ttyUSB1"])]
    assert intf(d, 4).net == ["wwan0"]
    assert snap.log[0].time == pytest.approx(7.575835)
    assert snap.unrecognized == []


def test_disconnect_lines_are_kept_and_do_not_bind_drivers():
    snap = load("dmesg-bg96-disconnect.txt")
    d = dev(snap, "2-1")
    assert all(i.driver is None for i in d.interfaces)
    assert any("USB disconnect, device number 6" in l.text for l in snap.log)
    assert any("unregister 'qmi_wwan'" in l.text for l in snap.log)


def test_pci_probe_failure_and_elided_lines():
    snap = load("dmesg-xmm7360-probe-failed.txt")
    assert [(p.address, p.driver) for p in snap.pci_devices] == [("0000:04:00.0", "")]
    assert any("0xfeedb007" in l.text for l in snap.log)
    assert snap.unrecognized == []  # "..." is an elision mark, "$ dmesg | tail" a prompt


def test_pcie_modems_mhi_t7xx_and_wwan_ports():
    snap = load("dmesg-pcie-t7xx-mhi.txt")
    pci = {p.address: p for p in snap.pci_devices}
    assert set(pci) == {"0000:01:00.0", "0000:02:00.0"}  # the GPU is not a modem
    assert (pci["0000:01:00.0"].vendor, pci["0000:01:00.0"].device, pci["0000:01:00.0"].driver) == \
        ("14c3", "4d75", "mtk_t7xx")
    assert (pci["0000:02:00.0"].driver, pci["0000:02:00.0"].name) == ("mhi_pci_generic", "quectel-rm5xx")
    assert [(p.name, p.type, p.wwan_device, p.parent) for p in snap.wwan_ports] == [
        ("wwan0mbim0", "MBIM", "wwan0", None), ("wwan0at0", "AT", "wwan0", None)]  # two PCI modems: owner unknown


def test_wwan_ports_of_the_only_pci_modem():
    snap = ingest_text("[ 8.1] mhi-pci-generic 0000:02:00.0: MHI PCI device found: foxconn-sdx55\n"
                       "[ 8.2] mhi mhi0: Requested to power ON\n"
                       "[ 8.5] wwan wwan0: port wwan0mbim0 attached\n")
    assert [(p.name, p.parent) for p in snap.wwan_ports] == [("wwan0mbim0", "pci:0000:02:00.0")]
    assert snap.pci_devices[0].wwan_ports == ["wwan0mbim0"]


def test_modeswitch_reenumeration_replaces_the_device_at_the_path():
    text = ("[ 4.0] usb 1-1.4: new high-speed USB device number 5 using dwc_otg\n"
            "[ 4.1] usb 1-1.4: New USB device found, idVendor=12d1, idProduct=1f01\n"
            "[ 4.2] usb-storage 1-1.4:1.0: USB Mass Storage device detected\n"
            "[ 9.0] usb 1-1.4: USB disconnect, device number 5\n"
            "[ 9.5] usb 1-1.4: new high-speed USB device number 6 using dwc_otg\n"
            "[ 9.6] usb 1-1.4: New USB device found, idVendor=12d1, idProduct=14dc\n"
            "[ 9.7] cdc_ether 1-1.4:1.0 eth1: register 'cdc_ether' at usb-3f980000.usb-1.4, CDC Ethernet Device, 0c:5b:8f:27:9a:64\n")
    snap = ingest_text(text)
    d = dev(snap, "1-1.4")
    assert (d.devnum, d.pid) == (6, "14dc")
    assert [(i.number, i.driver, i.net) for i in d.interfaces] == [(0, "cdc_ether", ["eth1"])]
    assert sum("USB disconnect" in l.text for l in snap.log) == 1


def test_kmsg_records():
    snap = ingest_text(sample_text("kmsg-dw5570-qmi.txt"))
    d = dev(snap, "1-7")
    assert (d.vid, d.pid, intf(d, 8).driver, intf(d, 0).tty) == ("413c", "81a3", "qmi_wwan", ["ttyUSB0"])
    assert snap.log[0].time == pytest.approx(5.123456)


def test_irrelevant_kernel_lines_are_read_but_not_kept():
    snap = ingest_text("[ 0.1] ACPI: Core revision 20230628\n[ 1.0] usb 1-7: USB disconnect, device number 3\n"
                       "[ 2.0] EXT4-fs (sda2): mounted filesystem\n")
    assert [l.text for l in snap.log] == ["usb 1-7: USB disconnect, device number 3"]
    assert snap.unrecognized == []


def test_detect_prefers_other_parsers_for_journal_and_prose():
    assert kernel_log.detect(Block(lines=["Oct 27 10:58:44 host kernel: usb 1-7: new"])) < 50
    assert kernel_log.detect(Block(lines=["I plugged in the modem and nothing happens."])) == 0
    assert kernel_log.detect(Block(lines=["[   44.0] usb 1-7: x"])) == 90
    assert kernel_log.detect(Block(lines=["[   44.0] myhost kernel: usb 1-7: x"])) < 50


def test_damaged_lines_do_not_crash():
    text = ("[ 1.0] usb 1-7: New USB device found, idVendor=zzzz, idProduct=\n"
            "[ 1.1] usb 99999999999999999999-1: new high-speed USB device number 99999999999999999 using x\n"
            "[ 1.2] qmi_wwan 1-7:1.99999999999999999999 wwan0: register\n"
            "[ 1.3] \x00\x01garbage\n[ 1.4]\n")
    snap = ingest_text(text)
    assert isinstance(snap.usb_devices, list)


def test_old_style_probe_failure_leaves_the_interface_unbound():
    snap = ingest_text("[ 3.0] usb 1-7: New USB device found, idVendor=2c7c, idProduct=030b\n"
                       "[ 3.1] qmi_wwan: probe of 1-7:1.4 failed with error -22\n")
    assert [(i.number, i.config, i.driver) for i in dev(snap, "1-7").interfaces] == [(4, 1, "")]


def test_bind_failure_leaves_the_interface_unbound():
    snap = load("dmesg-cdc-mbim-bind-failure.txt")
    got = {i.number: i.driver for i in dev(snap, "1-4").interfaces}
    assert got == {0: "", 2: "qcserial", 8: ""}  # "bind() failure", "probe with driver ... failed"


def test_a_failed_driver_does_not_unbind_another_drivers_interface():
    snap = ingest_text("[ 3.0] usb 1-7: New USB device found, idVendor=2c7c, idProduct=030b\n"
                       "[ 3.1] qmi_wwan 1-7:1.4: cdc-wdm0: USB WDM device\n"
                       "[ 3.2] cdc_mbim 1-7:1.4: bind() failure\n")
    assert intf(dev(snap, "1-7"), 4).driver == "qmi_wwan"
    snap = ingest_text("[ 3.0] usb 1-7: New USB device found, idVendor=2c7c, idProduct=030b\n"
                       "[ 3.1] cdc_mbim 1-7:1.4: bind() failure\n"
                       "[ 3.2] qmi_wwan 1-7:1.4: cdc-wdm0: USB WDM device\n")
    assert intf(dev(snap, "1-7"), 4).driver == "qmi_wwan"  # another driver bound it later


def test_lsusb_device_and_later_dmesg_enumeration_become_one_entry():
    text = ("$ lsusb\nBus 001 Device 006: ID 12d1:14dc Huawei Technologies Co., Ltd. E33372 LTE/UMTS/GSM HiLink Modem/Networkcard\n\n"
            "$ dmesg\n"
            "[ 4.0] usb 1-1.4: new high-speed USB device number 5 using dwc_otg\n"
            "[ 4.1] usb 1-1.4: New USB device found, idVendor=12d1, idProduct=1f01\n"
            "[ 9.5] usb 1-1.4: new high-speed USB device number 6 using dwc_otg\n"
            "[ 9.6] usb 1-1.4: New USB device found, idVendor=12d1, idProduct=14dc\n")
    snap = ingest_text(text)
    assert [(d.path, d.busnum, d.devnum, d.pid) for d in snap.usb_devices] == [("1-1.4", 1, 6, "14dc")]


@pytest.mark.parametrize("prefix", ["kern  :info  : [   44.100000] ", "<6>[   44.100000] ", "[Oct27 10:58] ",
                                    "[  +0.000123] ", ""])
def test_other_dmesg_prefixes(prefix):
    snap = ingest_text(prefix + "qmi_wwan 2-1:1.4: cdc-wdm0: USB WDM device\n" +
                       prefix + "usb 2-1: Product: EC25\n")
    d = dev(snap, "2-1")
    assert d.product == "EC25" and d.interfaces[0].driver == "qmi_wwan"
    assert snap.unrecognized == []


def test_prose_inside_a_timestamped_log_is_unrecognized():
    snap = ingest_text("[ 1.0] usb 1-7: USB disconnect, device number 3\n"
                       "Output below: the modem vanished here\n"
                       "[ 2.0] usb 1-7: new high-speed USB device number 4 using xhci_hcd\n", "p")
    assert snap.unrecognized == ["p:2: Output below: the modem vanished here"]


def test_lsusb_entry_and_journal_ids_without_device_number_become_one():
    text = ("Bus 003 Device 004: ID 1199:9079 Sierra Wireless, Inc. EM7455\n\n"
            "Jun 10 08:01:02 host kernel: usb 3-2: New USB device found, idVendor=1199, idProduct=9079, bcdDevice= 0.06\n"
            "Jun 10 08:01:02 host kernel: qmi_wwan 3-2:1.8: cdc-wdm0: USB WDM device\n")
    snap = ingest_text(text)
    assert [(d.path, d.busnum, d.devnum, d.vid) for d in snap.usb_devices] == [("3-2", 3, 4, "1199")]
    assert snap.usb_devices[0].interfaces[0].control_ports == ["cdc-wdm0"]


def test_dmesg_json_pretty_printed_and_kernel_release():
    snap = load("dmesg-json-pretty.txt")
    assert snap.kernel.release == "6.1.0-18-amd64"
    d = dev(snap, "1-7")
    assert (d.pid, d.interfaces[0].control_ports) == ("9079", ["cdc-wdm0"])
    assert [l.time for l in snap.log if "cdc-wdm0" in l.text] == [pytest.approx(6.112345)]
    assert snap.unrecognized == []


def test_lsmod_rows_are_not_kernel_messages():
    rows = sample("lsmod-qmi.txt")[1:]  # without the "Module Size Used by" header
    assert kernel_log.detect(Block(lines=rows)) == 0
    assert kernel_log.detect(Block(lines=rows[:1])) == 0
    snap = ingest_text(rows[0] + "\n", "p")
    assert snap.kernel.driver_availability == {"qmi_wwan": "loaded"}
    assert snap.log == []


def test_gobinet_lines_without_timestamps_are_kernel_lines_not_quectel_cm():
    snap = load("dmesg-t-gobinet.txt")  # dmesg -t: no timestamps
    assert [t.tool for t in snap.tools] == []
    assert snap.unrecognized == []
    assert [ln.origin for ln in snap.log] == ["kernel"] * 5
    assert [(i.number, i.driver) for i in dev(snap, "1-1").interfaces] == [(4, "GobiNet")]
    assert [(n.name, n.driver) for n in snap.net_interfaces] == [("eth1", "GobiNet")]
    for line in sample("dmesg-t-gobinet.txt")[2:]:
        assert kernel_log.is_driver_message(line)
    assert not kernel_log.is_driver_message("netcard driver = GobiNet, driver version = V1.6.2.13")


def test_a_device_resetting_in_a_loop_keeps_its_id_when_the_last_id_line_is_missing():
    from wwandoctor.ingest import ingest_text
    snap = ingest_text(
        "[    5.1] usb 1-1.3: new high-speed USB device number 4 using xhci_hcd\n"
        "[    5.2] usb 1-1.3: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18\n"
        "[  305.1] usb 1-1.3: USB disconnect, device number 4\n"
        "[  306.1] usb 1-1.3: new high-speed USB device number 5 using xhci_hcd\n")
    (dev,) = snap.usb_devices
    assert (dev.vid, dev.pid, dev.devnum) == ("2c7c", "0125", 5)


def test_a_new_id_line_after_re_enumeration_replaces_the_old_id():
    from wwandoctor.ingest import ingest_text
    snap = ingest_text(
        "[    5.1] usb 1-2: new high-speed USB device number 4 using xhci_hcd\n"
        "[    5.2] usb 1-2: New USB device found, idVendor=12d1, idProduct=1f01, bcdDevice= 1.02\n"
        "[    9.1] usb 1-2: USB disconnect, device number 4\n"
        "[   10.1] usb 1-2: new high-speed USB device number 5 using xhci_hcd\n"
        "[   10.2] usb 1-2: New USB device found, idVendor=12d1, idProduct=14dc, bcdDevice= 1.02\n")
    (dev,) = snap.usb_devices
    assert (dev.vid, dev.pid) == ("12d1", "14dc")


def test_a_grep_over_the_kernel_log_is_a_filter_and_other_commands_are_not():
    from wwandoctor.ingest.kernel_log import log_filter
    for cmd in ("dmesg | grep -i usb", "sudo dmesg | grep usb", "journalctl -k | egrep 'usb|qmi'",
                "grep -i usb /var/log/kern.log", "cat /var/log/messages | grep usb"):
        assert log_filter(cmd) == cmd, cmd
    for cmd in ("dmesg", "dmesg -T", "dmesg | tail -50", "dmesg | grep -v audit", "lsusb | grep 2c7c", None):
        assert log_filter(cmd) is None, cmd


def test_the_filter_a_pasted_kernel_log_came_through_is_kept():
    from wwandoctor.ingest import ingest_text
    snap = ingest_text("root@OpenWrt:~# dmesg | grep usb\n"
                       "[ 3310.120] usb 1-1: USB disconnect, device number 2\n"
                       "[ 3312.884] usb 1-1: new high-speed USB device number 3 using ehci-platform\n")
    assert snap.kernel.log_filter == "dmesg | grep usb"
    assert ingest_text("$ dmesg\n[ 1.0] usb 1-1: USB disconnect, device number 2\n").kernel.log_filter is None


def test_another_tools_line_between_unstamped_kernel_lines_is_left_to_its_reader():
    """OpenWrt usbmode -l output pasted with unstamped dmesg lines (forum.openwrt.org, MMX352G): the
    'Found device:' line names no numbered device, so it is not taken as a kernel message and its id is read."""
    from wwandoctor.ingest import ingest_text
    snap = ingest_text('Found device: 1c9e:f000 (Manufacturer: "USB Modem", Product: "USB Modem", Serial: "X")\n'
                       "usb 2-2.1: new high-speed USB device number 8 using xhci_hcd\n"
                       "usb-storage 2-2.1:1.0: USB Mass Storage device detected\n", "paste")
    assert any("Found device: 1c9e:f000" in line for line in snap.prose)
    assert any("USB Mass Storage device detected" in ln.text for ln in snap.log)


def test_an_asterisk_log_stamp_is_no_dmesg_stamp():
    """Asterisk's "[Apr 21 12:50:01] WARNING[1811]: ..." (main/logger.c, dateformat "%b %e %T", then the level and the
    thread id): not dmesg -T's stamp, so chan_dongle's lines are not dropped as non-kernel messages of a kernel log."""
    text = ("[Apr 21 12:50:01] WARNING[1811]: at_response.c:367 at_response_error: [dongle0] Dongle has NO voice support\n"
            "[Apr 21 12:50:02] NOTICE[1811]: chan_dongle.c:433 do_monitor_phone: [dongle0] Dongle initialized and ready\n")
    assert kernel_log.detect(Block(text.splitlines())) == 0
    # dmesg -T's own stamp still is one
    assert kernel_log.detect(Block(["[Tue Oct 27 10:58:44 2015] usb 1-1: new high-speed USB device number 2 using ehci-pci"])) >= 90
    snap = ingest_text(text, "paste")
    assert "paste:dmesg" not in snap.sources


@pytest.mark.parametrize("line", [
    "Lockdown: insmod: unsigned module loading is restricted; see man kernel_lockdown.7",
    "Loading of unsigned module is rejected",
    "qmi_wwan_q: Unknown symbol usbnet_probe (err -2)",
])
def test_a_module_loader_refusal_pasted_alone_is_a_kernel_line(line):
    # WRITTEN (stop 40) from the kernel's wording (security/lockdown/lockdown.c, kernel/module/signing.c,
    # kernel/module/main.c): these messages name no device, so without a time stamp nothing else marks them
    assert kernel_log.detect(Block(lines=[line])) >= 60
    snap = ingest_text(line + "\n", "t")
    assert [ln.text for ln in snap.log if ln.origin == "kernel"] == [line]


def test_prose_about_lockdown_is_no_kernel_line():
    assert kernel_log.detect(Block(lines=["Lockdown: is it restricted on my laptop? see the man page"])) == 0
