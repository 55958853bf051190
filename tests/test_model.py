"""The model: snapshot -> one modem per device, every fact with evidence, unknown stays None."""
import pytest
from descriptors import configuration, descriptors, device_descriptor, mbim_function, qmi_interface, serial_interface

from wwandoctor.decode import usb_descriptors as usb
from wwandoctor.model import derive
from wwandoctor.snapshot import (FccUnlock, KernelInfo, LogLine, ModemManagerView, NetInterface, PciDevice,
                                 Process, RfkillSwitch, Snapshot, ToolUse, UsbDevice, UsbInterface, WwanPort)


def _sierra_configs(vid="413c", pid="81a3"):
    blob = descriptors(device_descriptor(vid, pid, 2),
                       configuration(1, serial_interface(0), serial_interface(2), serial_interface(3), qmi_interface(8)),
                       configuration(2, mbim_function(12, 13)))
    return usb.decode_descriptors(blob).configs


def dw5570(active: int) -> UsbDevice:
    dev = UsbDevice(path="1-7", vid="413c", pid="81a3", product="DW5570", num_configs=2, active_config=active,
                    configs=_sierra_configs())
    if active == 2:
        dev.interfaces = [UsbInterface(12, config=2, triplet="02/0e/00", driver="cdc_mbim", control_ports=["cdc-wdm0"],
                                       net=["wwp0s20u7c2i12"]),
                          UsbInterface(13, config=2, triplet="0a/00/02", driver="cdc_mbim")]
    else:
        dev.interfaces = [UsbInterface(0, config=1, triplet="ff/ff/ff", driver="qcserial", tty=["ttyUSB0"]),
                          UsbInterface(8, config=1, triplet="ff/ff/ff", driver="qmi_wwan", control_ports=["cdc-wdm0"],
                                       net=["wwan0"])]
    return dev


def test_dw5570_mbim_configuration():
    snap = Snapshot(usb_devices=[dw5570(2)],
                    net_interfaces=[NetInterface("wwp0s20u7c2i12", driver="cdc_mbim", type=1, operstate="down")])
    model = derive(snap)
    assert len(model.modems) == 1
    m = model.modems[0]
    assert m.id == "usb:1-7"
    assert (m.vid, m.pid) == ("413c", "81a3")
    assert m.protocol == "mbim" and m.control_protocol == "mbim"
    assert m.active_config == 2 and m.num_configs == 2
    assert m.qmi_config == 1 and m.mbim_config == 2
    assert m.functions == ["mbim"]
    assert m.control_ports == ["cdc-wdm0"] and m.net_ports == ["wwp0s20u7c2i12"]
    assert m.framing == "802.3" and m.net_up is False
    assert m.fcc_lock_known is True and m.modeswitch_known is True
    assert any("cdc_mbim" in e.text for e in m.evidence["control_protocol"])


def test_dw5570_qmi_configuration_with_raw_ip_off():
    snap = Snapshot(usb_devices=[dw5570(1)],
                    net_interfaces=[NetInterface("wwan0", driver="qmi_wwan", type=1, raw_ip=False)])
    m = derive(snap).modems[0]
    assert m.protocol == "qmi" and m.control_protocol == "qmi"
    assert m.raw_ip is False and m.framing == "802.3"
    assert m.serial_ports == ["ttyUSB0"]
    assert m.unbound_interfaces == []


def test_unknown_stays_unknown():
    m = derive(Snapshot(usb_devices=[UsbDevice(vid="2c7c", pid="0125")])).modems[0]
    assert m.protocol is None and m.control_protocol is None and m.active_config is None
    assert m.raw_ip is None and m.framing is None and m.mm_state is None and m.unbound_interfaces is None
    assert m.id == "usb:2c7c:0125"
    host = derive(Snapshot()).host
    assert host.rfkill_wwan_soft is None and host.mm_running is None


def test_non_modem_usb_devices_are_not_modems():
    keyboard = UsbDevice(path="1-2", vid="046d", pid="c31c", interfaces=[UsbInterface(0, triplet="03/01/01", driver="usbhid")])
    hub = UsbDevice(path="1-1", vid="1d6b", pid="0002", device_class="09/00/01")
    assert derive(Snapshot(usb_devices=[keyboard, hub])).modems == []


def test_storage_only_stick():
    dev = UsbDevice(path="1-1.4", vid="12d1", pid="1f01",
                    interfaces=[UsbInterface(0, config=1, triplet="08/06/50", driver="usb-storage")])
    m = derive(Snapshot(usb_devices=[dev])).modems[0]
    assert m.storage_mode is True and m.protocol == "storage" and m.modeswitch_known is True


def test_unbound_interfaces_and_missing_module():
    dev = UsbDevice(path="1-1", vid="2c7c", pid="0125",
                    interfaces=[UsbInterface(n, config=1, triplet="ff/ff/ff", driver="") for n in range(4)] +
                    [UsbInterface(4, config=1, triplet="ff/ff/ff", driver="qmi_wwan", net=["wwan0"])])
    snap = Snapshot(usb_devices=[dev], kernel=KernelInfo(driver_availability={"option": "missing", "qmi_wwan": "loaded"}))
    m = derive(snap).modems[0]
    assert m.unbound_interfaces == [0, 1, 2, 3]
    assert "option" in m.expected_drivers and m.missing_modules == ["option"]


def test_pcie_modem_with_wwan_ports():
    pci = PciDevice("0000:01:00.0", vendor="14c3", device="4d75", class_code="0d4000", driver="mtk_t7xx",
                    wwan_ports=["wwan0at0", "wwan0mbim0"], net=["wwan0"])
    ports = [WwanPort("wwan0at0", "AT", "wwan0", "pci:0000:01:00.0"), WwanPort("wwan0mbim0", "MBIM", "wwan0", "pci:0000:01:00.0")]
    snap = Snapshot(pci_devices=[pci], wwan_ports=ports, net_interfaces=[NetInterface("wwan0", type=65534)],
                    fcc_unlock=FccUnlock(enabled=[], directories=["/etc/ModemManager/fcc-unlock.d"]))
    m = derive(snap).modems[0]
    assert m.id == "pci:0000:01:00.0" and m.bus == "pci"
    assert m.control_protocol == "mbim" and m.protocol == "mbim"
    assert m.framing == "raw-ip" and m.drivers == ["mtk_t7xx"]
    assert m.fcc_lock_known is True and m.fcc_unlock_enabled is False


def test_modemmanager_view_attaches_to_the_device():
    mm = {"dbus-path": "/org/freedesktop/ModemManager1/Modem/0",
          "generic": {"device": "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-7", "state": "disabled",
                      "power-state": "low", "ports": ["cdc-wdm0 (mbim)"], "bearers": []},
          "3gpp": {"registration-state": "--"}}
    snap = Snapshot(usb_devices=[dw5570(2)], modemmanager=ModemManagerView(modem_list=[mm["dbus-path"]], modems=[mm]),
                    services={"ModemManager": "active"})
    model = derive(snap)
    m = model.modems[0]
    assert m.mm_known is True and m.mm_state == "disabled" and m.mm_power_state == "low"
    assert m.mm_registration is None  # "--" is unknown
    assert model.host.mm_running is True and model.host.mm_modem_count == 1


def test_modemmanager_only_modem_from_a_paste():
    mm = {"dbus-path": "/org/freedesktop/ModemManager1/Modem/3",
          "generic": {"manufacturer": "Quectel", "model": "EG25", "ports": ["cdc-wdm0 (qmi)", "wwan0 (net)", "ttyUSB2 (at)"],
                      "state": "failed", "state-failed-reason": "sim-missing"}}
    m = derive(Snapshot(origin="paste", modemmanager=ModemManagerView(modem_list=["x"], modems=[mm]))).modems[0]
    assert m.id == "mm:3" and m.control_protocol == "qmi"
    assert m.net_ports == ["wwan0"] and m.serial_ports == ["ttyUSB2"]
    assert m.mm_failed_reason == "sim-missing"


def test_an_mmcli_location_view_that_fits_no_modem_of_several_adds_none():
    """'mmcli -m 0 --location-get' holds no port, path or device: beside two modems it cannot be placed, and
    before it made a third, empty modem "mm:?" that rules were left undecided on."""
    from wwandoctor.ingest import ingest_text
    snap = ingest_text("[1.0] qmi_wwan 1-7:1.4 wwan0: register 'qmi_wwan' at usb-0000:00:14.0-7, WWAN/QMI device\n"
                       "[2.0] cdc_ether 2-1:1.0 usb0: register 'cdc_ether' at usb-0000:00:14.0-1, CDC Ethernet Device\n"
                       "\n$ mmcli -m 0 --location-get\n  3GPP |      operator mcc: 262\n"
                       "       |      operator mnc: 01\n       |    location area code: 1A2B\n")
    assert snap.modemmanager.modems  # read as an mmcli view
    assert sorted(m.id for m in derive(snap).modems) == ["usb:1-7", "usb:2-1"]


def test_tools_from_processes_configs_and_cli():
    snap = Snapshot(usb_devices=[dw5570(2)], tools=[ToolUse("qmicli", "cli", "--tool qmicli")],
                    processes=[Process(10, "dhclient", ["dhclient", "wwan0"]), Process(11, "qmicli", ["qmicli", "-d", "/dev/cdc-wdm0"])])
    model = derive(snap)
    m = model.modems[0]
    assert m.tools == ["qmicli", "dhclient"]
    assert m.tools_protocols == ["qmi", "dhcp"]
    assert model.host.manual_tools_running == ["qmicli"]
    assert model.host.dhcp_clients == ["dhclient"]


def test_rfkill_host_facts():
    snap = Snapshot(rfkill=[RfkillSwitch("tpacpi_wwan_sw", "wwan", 1, soft=True, hard=False),
                            RfkillSwitch("phy0", "wlan", 0, soft=False, hard=False)])
    host = derive(snap).host
    assert host.rfkill_wwan_soft is True and host.rfkill_wwan_hard is False
    assert derive(Snapshot(rfkill=[])).host.rfkill_wwan_soft is False


def test_disconnect_without_return():
    dev = UsbDevice(path="2-1", interfaces=[UsbInterface(4, config=1, driver="qmi_wwan", net=["wwan0"])])
    log = [LogLine("usb 2-1: new high-speed USB device number 6 using ci_hdrc"),
           LogLine("usb 2-1: USB disconnect, device number 6"),
           LogLine("qmi_wwan 2-1:1.4 wwan0: unregister 'qmi_wwan' usb-ci_hdrc.1-1, WWAN/QMI device")]
    m = derive(Snapshot(usb_devices=[dev], log=log)).modems[0]
    assert m.disconnects == 1 and m.gone_after_disconnect is True
    log.append(LogLine("usb 2-1: new high-speed USB device number 7 using ci_hdrc"))
    assert derive(Snapshot(usb_devices=[dev], log=log)).modems[0].gone_after_disconnect is False


def test_net_only_modem_from_ip_output():
    snap = Snapshot(origin="paste", net_interfaces=[NetInterface("wwan0", type=65534, addresses=["10.1.2.3/30"])])
    m = derive(snap).modems[0]
    assert m.id == "net:wwan0" and m.framing == "raw-ip" and m.net_addresses == ["10.1.2.3/30"]


def test_pci_device_named_by_a_modem_driver_in_the_log_is_a_modem():
    pci = PciDevice("0000:04:00.0", driver="")
    log = [LogLine("xmm7360 0000:04:00.0: unknown modem status: 0xfeedb007"),
           LogLine("xmm7360: probe of 0000:04:00.0 failed with error -22")]
    assert [m.id for m in derive(Snapshot(pci_devices=[pci], log=log)).modems] == ["pci:0000:04:00.0"]
    other = [LogLine("nvme 0000:04:00.0: enabling device")]
    assert derive(Snapshot(pci_devices=[pci], log=other)).modems == []


def test_wwan_port_of_a_pasted_device_whose_cdc_wdm_port_was_not_shown():
    dev = UsbDevice(path="1-7", vid="413c", pid="81a3",
                    interfaces=[UsbInterface(12, config=2, driver="cdc_mbim")])
    snap = Snapshot(origin="paste", usb_devices=[dev], wwan_ports=[WwanPort("wwan0mbim0", "MBIM", "wwan0", "usb:1-7:2.12")])
    m = derive(snap).modems[0]
    assert m.control_ports == ["wwan0mbim0"] and m.control_protocol == "mbim"


def test_a_control_port_a_tool_opened_anchors_an_unidentified_modem():
    from wwandoctor.ingest import ingest_text
    model = derive(ingest_text("$ sudo mbimcli -p -d /dev/cdc-wdm0 --quectel-query-radio-state\n"
                               "[/dev/cdc-wdm0] Radio state retrieved: 'fcc-locked'\n"))
    (modem,) = model.modems
    assert modem.id == "unidentified:cdc-wdm0"
    assert modem.control_ports == ["cdc-wdm0"] and modem.vid is None
    assert "fcc:radio-locked" in model.signals


def test_an_identified_modem_takes_no_anchored_twin():
    from wwandoctor.ingest import ingest_text
    model = derive(ingest_text("[ 5.1] qmi_wwan 1-1:1.4: cdc-wdm0: USB WDM device\n"
                               "[/dev/cdc-wdm0] Successfully got data format\n"))
    assert [m.id for m in model.modems] == ["usb:1-1"]


def test_modemmanager_alone_anchors_a_modem():
    from wwandoctor.ingest import ingest_text
    model = derive(ingest_text("ModemManager[1139]: verbose call end reason (3,2504): [cm] invalid-sim-state\n"
                               "ModemManager[1139]: Modem /org/freedesktop/ModemManager1/Modem/0: state changed (connecting -> registered)\n"))
    (modem,) = model.modems
    assert modem.id == "unidentified:modemmanager" and modem.mm_known is True


def test_an_anchor_that_matches_an_identified_modem_merges_into_it():
    from wwandoctor.ingest import ingest_text
    # lsusb identifies the modem; ModemManager's line ties cdc-wdm0 to its USB path 1-1.4
    model = derive(ingest_text(
        "Bus 001 Device 005: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE modem\n"
        "[ 5.0] usb 1-1.4: new high-speed USB device number 5 using xhci_hcd\n"
        "[ 5.1] usb 1-1.4: New USB device found, idVendor=2c7c, idProduct=0125\n"
        "ModemManager[812]: <info>  (usbmisc/cdc-wdm0): port at /sys/devices/pci0000:00/0000:00:14.0/usb1/1-1.4/1-1.4:1.4\n"
        "[/dev/cdc-wdm0] Radio state retrieved: 'on'\n"))
    (modem,) = model.modems
    assert modem.id == "usb:1-1.4" and modem.control_ports == ["cdc-wdm0"]
    assert any("1-1.4:1.4" in e.text for e in modem.evidence["control_ports"])


def test_an_anchor_matching_a_known_port_brings_the_interface():
    from wwandoctor.model.anchors import anchored_modems
    from wwandoctor.model.types import Modem
    from wwandoctor.snapshot import LogLine
    modem = Modem(id="usb:2-3", control_ports=["cdc-wdm1"])
    lines = [LogLine(text="[/dev/cdc-wdm1] wwan1: connection established", origin="qmicli")]
    assert anchored_modems([modem], lines) == []
    assert modem.net_ports == ["wwan1"]


def test_an_anchor_matching_no_identified_modem_adds_nothing():
    from wwandoctor.model.anchors import anchored_modems
    from wwandoctor.model.types import Modem
    from wwandoctor.snapshot import LogLine
    modem = Modem(id="usb:2-3", control_ports=["cdc-wdm0"], net_ports=["wwan0"])
    lines = [LogLine(text="error: couldn't open the QmiDevice: /dev/cdc-wdm1: No such file", origin="qmicli")]
    assert anchored_modems([modem], lines) == []
    assert modem.control_ports == ["cdc-wdm0"] and modem.net_ports == ["wwan0"]


def test_two_modems_take_each_their_own_anchors():
    from wwandoctor.model.anchors import anchored_modems
    from wwandoctor.model.types import Modem
    from wwandoctor.snapshot import LogLine
    first, second = Modem(id="usb:1-1"), Modem(id="usb:1-2")
    lines = [LogLine(text="qmi_wwan 1-2:1.4 wwan1: register 'qmi_wwan' at usb-0000:00:14.0-2, WWAN/QMI device",
                     origin="kernel"),
             LogLine(text="[/dev/cdc-wdm1] using wwan1", origin="qmicli")]
    anchored_modems([first, second], lines)
    assert first.net_ports is None and second.net_ports == ["wwan1"] and second.control_ports == ["cdc-wdm1"]
def test_clat_running_from_processes_and_links():
    """host.clat_running: a clatd/tayga/jool process or a clat interface; False only when processes were seen."""
    from wwandoctor.snapshot import NetInterface, Process
    assert derive(Snapshot()).host.clat_running is None
    assert derive(Snapshot(processes=[Process(pid=1, name="systemd")])).host.clat_running is False
    assert derive(Snapshot(processes=[Process(pid=9, name="clatd")])).host.clat_running is True
    snap = Snapshot(processes=[Process(pid=1, name="systemd")], net_interfaces=[NetInterface(name="clat")])
    assert derive(snap).host.clat_running is True


# --- ids and absent names in the post's own words ------------------------------

def _prose_model(text):
    from wwandoctor.ingest import ingest_text
    return derive(ingest_text(text))


def test_an_id_named_in_prose_is_the_modem_when_nothing_else_identifies_one():
    model = _prose_model(
        "Hi all, my modem is a Quectel EC25 (2c7c:0125) on a Raspberry Pi and it never gets an IP.\n"
        "I tried everything I could find, any idea what to look at next?\n")
    (modem,) = model.modems
    assert (modem.id, modem.vid, modem.pid) == ("usb:2c7c:0125", "2c7c", "0125")
    assert any(e.source == "prose" and "low confidence" in e.text for e in modem.evidence["vid"])
    assert "qmi_wwan" in modem.expected_drivers  # what the id tables know of it


def test_a_pcie_modem_id_named_in_prose_is_a_pci_modem():
    # 8086:7360 is only in the PCIe modem table (iosm): a USB modem of that id would get USB rules
    (modem,) = _prose_model("The L850-GL is not detected by ModemManager. lspci shows it as 8086:7360.\n").modems
    assert (modem.id, modem.bus, modem.vid, modem.pid) == ("pci:8086:7360", "pci", "8086", "7360")
    assert modem.expected_drivers == ["iosm"]
    assert [e.source for e in modem.evidence["vid"]] == ["prose"]


@pytest.mark.parametrize("text, bus", [
    # an id no PCIe table holds, called a PCI one in words (written, not from any case): still no USB device
    ("Our Quectel card has PCI ID 2c7c:0199 and no driver takes it.\n", "pci"),
    ("lspci -nn lists it as 2c7c:0199, nothing binds.\n", "pci"),
    ("The Quectel stick 2c7c:0199 is not in lsusb.\n", "usb"),
])
def test_an_id_the_words_call_a_pci_one_is_a_pci_modem(text, bus):
    (modem,) = _prose_model(text).modems
    assert (modem.bus, modem.vid, modem.pid) == (bus, "2c7c", "0199")


def test_a_second_product_id_after_a_named_pair_has_the_same_vendor():
    # a storage id and its switch target named with one VID (1004:6327 switches to 1004:6326, usb-modeswitch-data)
    (modem,) = _prose_model("L-03D: VID=0x1004, PID=0x6327 (CD-ROM), PID=0x6326 (modem).\n").modems
    assert modem.id == "usb:1004:6326"
    # two vendors named: no pairing across them
    assert _prose_model_ids("VID 1004 PID 6327 and VID 12d1 PID 1506 and PID 1446\n") == set()


def _prose_model_ids(text):
    from wwandoctor.model.prose_ids import _more_pids
    return set(_more_pids(text.strip()))


def test_vid_and_pid_written_apart_or_as_idvendor_are_read():
    for text in ("The card reports VID 1199 PID 9071 in Windows and nothing shows up here.\n",
                 "udev says idVendor=1199, idProduct=9071 but no port appears\n",
                 "Device manager shows USB\\VID_1199&PID_9071&MI_08 for the card\n",
                 # the two names, then the two numbers (a Chinese blog: "its VID/PID is 0x1199/0x9071")
                 "The card's VID/PID is 0x1199/0x9071 and no ttyUSB appears\n",
                 "\u5176 VID/PID \u4e3a 0x1199/0x9071\u3002\n",
                 # the vendor and the product said in words, in English and German (softmetz.de, XS Stick P14)
                 "The vendor is 1199 and the product is 9071, but no port appears.\n",
                 "Der Hersteller hat also die ID 1199 und das Produkt 9071.\n",
                 # in the past tense (a blog post: "Vendor was 0x1c9e and product was 0x1001")
                 "I ran lsusb. Vendor was 0x1199 and product was 0x9071.\n",
                 # the numbers after "of" / "is", an article before the second name (stop 24)
                 "The card has a vendor ID of 0x1199 and a product ID of 0x9071 in Windows.\n",
                 "Its vendor id is 1199 and the product id is 9071 here.\n"):
        (modem,) = _prose_model(text).modems
        assert (modem.vid, modem.pid) == ("1199", "9071"), text


def test_an_id_past_the_cut_of_a_one_line_paragraph_names_the_modem():
    # the "not understood" sections keep a line's first 200 characters; a paragraph written as one line is read
    # whole for the ids when its start names none (csl-stick tuning case: the ids end a 650-character paragraph)
    text = ("My father's 3G stick stopped working after I installed Ubuntu on his computer. " * 4
            + "When you plug it in, it shows up as a thumb drive. Vendor was 0x1c9e and product was 0x1001.\n")
    (modem,) = _prose_model(text).modems
    assert (modem.vid, modem.pid) == ("1c9e", "1001")
    # an id in the start of the line is what the post names: the cut part adds none (the X220L post names its storage
    # id, then its storage and switched ids past the cut; the switched id is what it would become)
    text = "Stick (1bbb:f000) does not switch. " + "x " * 100 + "The ids are 1bbb:f000 (unswitched) and 1bbb:0017 (switched).\n"
    (modem,) = _prose_model(text).modems
    assert modem.id == "usb:1bbb:f000"


def test_numbers_that_only_look_like_ids_make_no_modem():
    # a time, a MAC, an IPv6 address, and an id of a vendor that makes no modems
    model = _prose_model("It dropped at 1230:4501 again, mac 00:1e:10:1f:00:00, addr fe80::2c7c:125\n"
                         "my mouse is 046d:c077 if that matters\n"
                         "The vendor is dead and the product face.\n")
    assert model.modems == []


def test_a_storage_id_and_its_switched_id_in_prose_are_one_modem():
    # 12d1:1f01 is a storage-mode id (usb-modeswitch-data); 12d1:1506 an id storage ids switch to
    (modem,) = _prose_model("It shows 12d1:1f01 first and after switching it is 12d1:1506.\n").modems
    assert modem.id == "usb:12d1:1506"
    assert any("12d1:1f01 (a storage-mode id)" in e.text for e in modem.evidence["vid"])


def test_a_router_mode_id_named_beside_a_modem_id_is_a_modem_of_its_own():
    # 19d2:1403 is a ZTE router-mode (RNDIS web-UI) id (router-mode-ids.csv), 19d2:0117 a ZTE modem id (option.c)
    model = _prose_model("The stick we had is 19d2:0117, but the new ones we bought are 19d2:1403.\n")
    assert sorted(m.id for m in model.modems) == ["usb:19d2:0117", "usb:19d2:1403"]
    assert next(m for m in model.modems if m.pid == "1403").router_mode_id is True


def test_the_storage_id_lsusb_shows_on_the_failing_machine_is_the_modem():
    # e1820 blog post (tuning): the working machine's lsusb gives the switched id, the failing one's the storage id
    text = ("First the working machine. Ubuntu desktop, lsusb output is: 12d1:14ac Huawei Technologies Co., Ltd. "
            "ttyUSB0 is created, the device works.\n"
            "First the machine wher it is not working. Ubuntu server, lsusb output is: 12d1:1446 Huawei Technologies "
            "Co., Ltd. E1552/E1800 (HSPA modem). In this case no ttyUSB0 is created.\n")
    (modem,) = _prose_model(text).modems
    assert modem.id == "usb:12d1:1446"


def test_the_switched_id_lsusb_shows_now_stays_the_modem():
    (modem,) = _prose_model("Before the switch it was 12d1:1446; now lsusb output is: 12d1:14ac and no ttyUSB0.\n").modems
    assert modem.id == "usb:12d1:14ac"


def test_a_boot_loader_id_and_the_modem_id_in_prose_are_one_modem():
    # qcserial names 05c6:9204 "Gobi 2000 QDL device" and 05c6:9205 "Gobi 2000 Modem device"
    (modem,) = _prose_model("After boot it stays at 05c6:9204, only rarely do I see 05c6:9205.\n").modems
    assert modem.id == "usb:05c6:9205"
    assert any("05c6:9204 (a boot-loader id)" in e.text for e in modem.evidence["vid"])


def test_the_one_modem_id_among_other_ids_in_prose_is_the_modem():
    (modem,) = _prose_model("The hub 0bda:5411 is fine; the modem 2c7c:0125 behind it is not.\n").modems
    assert modem.id == "usb:2c7c:0125"


def test_two_modem_ids_in_prose_are_two_modems():
    model = _prose_model("Same board, two cards: EC25 2c7c:0125 in slot 1 and EM7455 1199:9071 in slot 2.\n")
    assert sorted(m.id for m in model.modems) == ["usb:1199:9071", "usb:2c7c:0125"]


def test_an_id_given_as_an_example_is_no_modem():
    # WRITTEN (stop 34, review34): a how-to's example id is not the person's device; the same id told as theirs is
    assert _prose_model("Many sticks first show up as a CD-ROM (e.g. 12d1:1f01) until they are switched.\n").modems == []
    assert _prose_model("An id such as 1199:9071 means the card is in QMI mode.\n").modems == []
    (modem,) = _prose_model("My stick shows up as 12d1:1f01 and never becomes a modem.\n").modems
    assert modem.id == "usb:12d1:1f01"


def test_two_ids_the_tables_do_not_know_identify_no_modem():
    assert _prose_model("it is 12d1:1f01 and then 12d1:9999, neither works\n").modems == []


def test_a_line_listing_many_ids_names_no_modem():
    # a package changelog's id list (modemmanager-devel 2016-March/002727, spent case me909u-mu609-...)
    assert _prose_model("Added devices: Huawei E3531 (Variant) [12d1:15d2], Novatel U620L [1410:9020], Novatel U620L "
                        "[1410:9022], ZTE MF820s, MF832s [19d2:0198]\n").modems == []


def test_an_id_in_prose_yields_to_a_device_list():
    model = _prose_model("Bus 001 Device 005: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE modem\n"
                         "I thought my modem was 1199:9071 but lsusb says otherwise\n")
    (modem,) = model.modems
    assert modem.vid == "2c7c" and "prose" not in {e.source for e in modem.evidence["vid"]}


def test_a_name_said_to_be_absent_anchors_no_modem():
    from wwandoctor.model.anchors import collect_anchors
    for text in ("there is no /dev/cdc-wdm0 after boot",
                 "I have no wwan0 interface at all",
                 "but /dev/cdc-wdm0 does not exist",
                 "the wwan0 interface is missing",
                 "I don't see cdc-wdm0 anywhere",
                 "ls: cannot access '/dev/cdc-wdm0': No such file or directory"):
        assert collect_anchors([LogLine(text=text, origin="unknown")]).groups == [], text
        assert _prose_model(text + "\n").modems == [], text


def test_a_name_present_in_the_same_sentence_still_anchors():
    from wwandoctor.model.anchors import collect_anchors
    (group,) = collect_anchors([LogLine(text="no IP on wwan0 and /dev/cdc-wdm0 does not exist", origin="unknown")]).groups
    assert group.nets == ["wwan0"] and group.ports == []
    (group,) = collect_anchors([LogLine(text="qmicli could not open /dev/cdc-wdm0: timeout", origin="qmicli")]).groups
    assert group.ports == ["cdc-wdm0"]


def test_a_log_of_one_modem_over_and_over_joins_its_lines_in_linear_time(monkeypatch):
    """Every line naming cdc-wdm0 joins one group; the group keeps its first lines as evidence only, so joining
    costs the same at the last line as at the first (before, each join compared the new line with every line
    so far: a 10 MB log of a modem re-enumerating took twice as long to analyze)."""
    from wwandoctor.model.anchors import collect_anchors
    compared = []
    monkeypatch.setattr(LogLine, "__eq__", lambda a, b: compared.append(1) or a.text == b.text)
    lines = [LogLine(text="[%d.0] qmi_wwan 1-7:1.4: /dev/cdc-wdm0 opened" % i) for i in range(1000)]
    lines.insert(1, LogLine(text="[0.5] qmi_wwan 1-7:1.4 wwan0: register 'qmi_wwan', WWAN/QMI device"))
    (group,) = collect_anchors(lines).groups
    assert group.ports == ["cdc-wdm0"] and group.nets == ["wwan0"] and group.usb_paths == ["1-7"]
    assert [line.text for line in group.lines] == [lines[-1].text, lines[-2].text, lines[-3].text]
    assert len(compared) < 10 * len(lines)


def _pasted_model(text):
    from wwandoctor.ingest import ingest_text
    return derive(ingest_text(text))


def test_a_pasted_patch_adding_the_id_to_a_driver_table_is_evidence_the_kernel_lacked_it():
    # the shape of a kernel patch as posted (openwrt/openwrt#16165 adds 2c7c:030b to qmi_wwan)
    text = ("My modem is 2c7c:030b.\n"
            "--- linux-5.15.162.orig/drivers/net/usb/qmi_wwan.c\n"
            "+++ linux-5.15.162/drivers/net/usb/qmi_wwan.c\n"
            "@@ -1082,6 +1082,7 @@ static const struct usb_device_id produc\n"
            " \t{QMI_MATCH_FF_FF_FF(0x2c7c, 0x0306)},\t/* Quectel EP06/EG06/EM06 */\n"
            "+\t{QMI_MATCH_FF_FF_FF(0x2c7c, 0x030b)},\t/* Quectel EM060K */\n")
    (modem,) = _pasted_model(text).modems
    assert modem.id_added_by_patch == ["qmi_wwan"]
    # a context line (the id already in the table) or another id added is not this modem's gap
    (other,) = _pasted_model(text.replace("My modem is 2c7c:030b", "My modem is 2c7c:0306")).modems
    assert other.id_added_by_patch is None


def test_an_id_qmi_wwan_lists_is_no_boot_loader_even_if_qcserial_calls_it_qdl():
    # qcserial.c comments 413c:81b6 "Dell Wireless 5811e QDL"; qmi_wwan.c lists its QMI interfaces 8 and 10
    (modem,) = _pasted_model("Bus 001 Device 004: ID 413c:81b6 Dell Computer Corp. DW5811e\n").modems
    assert modem.boot_mode is False


def test_a_filter_named_in_the_post_is_quoted_as_its_own_line():
    """kernel_log_filtered's evidence is the line that names the grep, not the first line of its section."""
    from wwandoctor.ingest import ingest_text
    snap = ingest_text("$ cat /etc/os-release\nsomething odd\nHere is the output of dmesg | grep -i usb that I took:\n")
    evidence = derive(snap).host.evidence["kernel_log_filtered"]
    assert [e.text for e in evidence] == [
        "the kernel log was filtered: Here is the output of dmesg | grep -i usb that I took:"]


def test_a_product_id_after_the_vendor_name_in_prose_is_the_id():
    # 12d1:15ca (Huawei E3131) and 19d2:2000 are storage-mode ids in usb-modeswitch-data; 1199:68a3 is in sierra.c
    for text, want in (("Ubuntu 16.04 does not recognize my Huawei 15ca USB modem.\n", ("12d1", "15ca")),
                       ("lsusb lists my ZTE 2000 stick and nothing else\n", ("19d2", "2000")),
                       ("The Sierra Wireless 68A3 card gives no QMI device\n", ("1199", "68a3"))):
        (modem,) = _prose_model(text).modems
        assert (modem.vid, modem.pid) == want, text


def test_a_bare_product_id_beside_a_model_name_is_that_vendors_id():
    # the model's maker is the vendor (product_names: EM7455/MC7455 -> Sierra 1199, EC25 -> Quectel 2c7c); paraphrases
    # written for this test, in no case
    for text, want in (("The MC7455 in the router started up today with PID 9070.\n", ("1199", "9070")),
                       ("our EC25 reports product id 0125 in lsusb\n", ("2c7c", "0125")),
                       ("After the flash the EM7455 has idProduct 9070, not 9079 any more.\n", ("1199", "9070"))):
        (modem,) = _prose_model(text).modems
        assert (modem.vid, modem.pid) == want, text


def test_a_bare_product_id_in_a_line_without_a_model_is_the_vendor_of_the_posts_model():
    # the model named in another line of the post gives the vendor (written for this test, in no case)
    for text, want in (("My MC7455 does not light up in the adapter.\nlsusb shows it with the PID being 9070.\n", ("1199", "9070")),
                       ("Our EC25 gets no ttyUSB ports.\nThe product id is 0125 as expected.\n", ("2c7c", "0125"))):
        (modem,) = _prose_model(text).modems
        assert (modem.vid, modem.pid) == want, text
    # models of two makers in the post: whose id?
    pids = [m.pid for m in _prose_model("I have an EM7455 and an EC25.\nOne shows PID 9070.\n").modems]
    assert "9070" not in pids


def test_a_product_id_set_apart_as_the_expected_one_or_without_a_model_names_no_id():
    for text in ("The EM7455 should be PID 9079 but I cannot check it today.\n",  # only the expected id
                 "the device has PID 9070, no idea what it is\n",  # no model, no vendor
                 "EM7455 and EC25 both show PID 9079\n"):  # two makers: whose id?
        pids = [m.pid for m in _prose_model(text).modems]
        assert "9079" not in pids and "9070" not in pids, (text, pids)


def test_a_sierra_boot_and_hold_id_is_a_boot_mode_id():
    # boot-mode-ids.csv: 1199:9070 (Sierra forum staff: "boot & hold mode"); its application id 9071 is no boot id
    model = _prose_model("My MC7455 now comes up with product id 9070 and a single silent ttyUSB0.\n")
    (modem,) = model.modems
    assert modem.boot_mode is True
    (modem,) = _prose_model("My MC7455 comes up with product id 9071 as always.\n").modems
    assert modem.boot_mode is not True


def test_a_usb_product_name_the_tables_know_only_on_pcie_is_a_pcie_first_model():
    # pcie-modem-ids.csv: 8086:7360 (iosm) sold as Fibocom L850-GL; the EM7455 has USB ids (qmi_wwan, qcserial)
    from wwandoctor.ingest import ingest_text
    log = ("[  175.620153] usb 1-6: New USB device found, idVendor=2cb7, idProduct=0007, bcdDevice= 3.33\n"
           "[  175.620167] usb 1-6: Product: %s\n")
    (modem,) = derive(ingest_text(log % "L850-GL")).modems
    assert modem.pcie_first_model is True
    (modem,) = derive(ingest_text(log.replace("2cb7", "1199").replace("0007", "9079") % "EM7455")).modems
    assert modem.pcie_first_model is False


def test_the_id_a_udev_rule_matches_is_named():
    text = 'SUBSYSTEM=="usb", ATTRS{idVendor}=="19d2", ATTRS{idProduct}=="1238", RUN+="/usr/sbin/usb_modeswitch -J"\n'
    (modem,) = _prose_model(text).modems
    assert (modem.vid, modem.pid) == ("19d2", "1238")


def test_a_vendor_name_before_a_model_or_unknown_number_names_no_id():
    # models (E3131, MC7710, 5000 mAh) and a number no table names for that vendor
    for text in ("my Huawei E3131 is not recognized\n", "Sierra MC7710 does not work\n",
                 "the Huawei 5000 mAh power bank\n", "Huawei 2020 model stick\n"):
        pids = [m.pid for m in _prose_model(text).modems]
        assert not {"e313", "7710", "5000", "2020"} & set(pids), (text, pids)


def test_the_id_shown_when_it_fails_is_the_device_now():
    # 12d1:1505 is the EC156's storage id, 12d1:140c its modem id (usb-modeswitch-data: HuaweiNewMode target)
    for text in ("If the modem is detected correctly, dmesg shows:\nNew USB device found, idVendor=12d1, idProduct=140c\n"
                 "but if it is not detected, dmesg would show this result:\n"
                 "New USB device found, idVendor=12d1, idProduct=1505\n",
                 "When it works lsusb shows 12d1:140c. When it doesn't work lsusb shows 12d1:1505.\n",
                 "It is 12d1:140c on a good day; whenever it fails I get 12d1:1505 instead.\n"):
        (modem,) = _prose_model(text).modems
        assert modem.id == "usb:12d1:1505", text


def test_a_storage_id_named_only_as_the_start_leaves_the_modem_id():
    (modem,) = _prose_model("It starts as 12d1:1505 and when it works it is 12d1:140c.\n").modems
    assert modem.id == "usb:12d1:140c"


def test_a_storage_id_said_to_become_its_switch_target_is_not_the_device_now():
    # 2001:a407 (D-Link DWM-157 C1) switches to 2001:7d0e in usb-modeswitch-data; the gammu issue's words
    reached = ("I got a new D-Link DWM-157 C1 - identified as 2001:a407 D-Link Corp. in the default setting. "
               "After usb_modeswitch it becomes 2001:7d0e D-Link Corp. and creates four interfaces\n")
    (modem,) = _prose_model(reached).modems
    assert modem.id == "usb:2001:7d0e"
    hoped = "lsusb shows 2001:a407 but it should become 2001:7d0e after usb_modeswitch\n"
    (modem,) = _prose_model(hoped).modems
    assert modem.id == "usb:2001:a407"


@pytest.mark.parametrize("text, shown", [
    ("$ ls /dev/cdc-wdm0 /dev/ttyUSB*\n/dev/cdc-wdm0  /dev/ttyUSB0  /dev/ttyUSB1\n", True),
    ("minicom opened /dev/ttyUSB2 and AT answers OK\n", True),
    ("ls: cannot access '/dev/ttyUSB*': No such file or directory\n", False),
    ("There is no /dev/ttyUSB0 at all, so wvdial has nothing to dial.\n", False),
    ("if I check /dev/ttyUSB0, it doesn't exist\n", False),
    ("$ ls /dev/ttyS0\n/dev/ttyS0\n", False),  # a board UART is no modem node
    # the kernel creating a modem's serial port: a modem usb-serial driver's attach line, cdc-acm's
    ("[    5.924303] usb 2-1.4: Qualcomm USB modem converter now attached to ttyUSB0\n", True),
    ("[    7.101010] cdc_acm 1-1:1.0: ttyACM0: USB ACM device\n", True),
    ("[   15.845570] usb 1-1.5.1: FTDI USB Serial Device converter now attached to ttyUSB0\n", False),
    # review37 finding 8 (stop 38): usbserial_generic's line alone is any serial gadget's; with the device a modem by its id
    # it is the modem's port
    ("[   15.845570] usb 1-1: generic converter now attached to ttyUSB0\n", False),
    ("[    5.901234] usb 1-1: New USB device found, idVendor=1199, idProduct=9091\n"
     "[   15.845570] usb 1-1: generic converter now attached to ttyUSB0\n", True),
])
def test_modem_nodes_shown_reads_present_nodes_only(text, shown):
    assert _prose_model(text).host.modem_nodes_shown is shown


def test_a_lone_attach_line_is_a_serial_port_of_the_modem_and_binds_its_driver():
    model = _prose_model("[    5.901234] usb 2-1.4: New USB device found, idVendor=1199, idProduct=9091\n"
                         "[    5.924303] usb 2-1.4: Qualcomm USB modem converter now attached to ttyUSB0\n")
    (modem,) = model.modems
    assert (modem.serial_ports, modem.drivers) == (["ttyUSB0"], ["qcserial"])
    # the device's id not shown: the modem driver's line alone makes it a modem
    (modem,) = _prose_model("[   34.441830] usb 1-1: GSM modem (1-port) converter now attached to ttyUSB0\n").modems
    assert (modem.id, modem.serial_ports, modem.drivers) == ("usb:1-1", ["ttyUSB0"], ["option"])
    # review37 finding 8 (stop 38): the generic driver's line alone makes no modem (a GPS puck bound by new_id); a modem id
    # beside it does, and the port and the driver are the modem's
    assert _prose_model("[   15.845570] usb 1-1: generic converter now attached to ttyUSB0\n").modems == []
    (modem,) = _prose_model("[    5.901234] usb 1-1: New USB device found, idVendor=1199, idProduct=9091\n"
                            "[   15.845570] usb 1-1: generic converter now attached to ttyUSB0\n").modems
    assert (modem.serial_ports, modem.drivers) == (["ttyUSB0"], ["usbserial_generic"])


def test_a_router_style_id_in_lsusb_is_a_modem_with_its_table_name():
    model = _prose_model("Bus 003 Device 019: ID 19d2:1403 ZTE WCDMA Technologies MSM\n")
    (modem,) = model.modems
    assert modem.router_mode_id is True and modem.name == "ZTE WCDMA Technologies MSM"
    other = _prose_model("Bus 001 Device 003: ID 19d2:1021 ZTE WCDMA Technologies MSM\n")
    assert [m.router_mode_id for m in other.modems] == [False]



def test_a_usb3_minicard_model_is_read_from_the_whole_line():
    """The model is taken from the line it was found in, not from its first 200 characters (the evidence text)."""
    line = ("Jan  1 00:00:01 host ModemManager[812]: <info>  [device /sys/devices/platform/soc/xhci/usb1/1-1] "
            + "port probing in progress on the adapter board, " * 3 + "creating modem with plugin 'quectel', model EP06-E\n")
    assert line.index("EP06-E") > 200
    assert _prose_model(line).host.usb3_minicard_model == "EP06-E"
    assert _prose_model("The modem is an EC25-E on a USB adapter.\n").host.usb3_minicard_model is None


def test_control_answered_only_from_a_reply_qmicli_or_mbimcli_printed():
    from wwandoctor.ingest import ingest_text
    reply = "$ qmicli -d /dev/cdc-wdm0 --dms-get-model\n[/dev/cdc-wdm0] Device model retrieved:\n\tModel: 'EC25'\n"
    assert derive(ingest_text(reply)).host.control_answered is True
    error = ("$ qmicli -d /dev/cdc-wdm0 --dms-get-model\n"
             "error: couldn't create client for the 'dms' service: CID allocation failed in the CTL client: Transaction timed out\n")
    assert derive(ingest_text(error)).host.control_answered is None
