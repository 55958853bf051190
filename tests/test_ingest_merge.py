"""Find-or-create of USB devices, interfaces, net and PCI entries shared by all parsers."""
from wwandoctor.ingest.merge import (add_log, add_tool, command_tool, merge_snapshot, net_interface, pci_device,
                                     plain_quotes, rename_net, usb_device, usb_interface, MAX_LOG_LINES)
from wwandoctor.snapshot import LogLine, Snapshot


def test_same_device_by_path_then_numbers_then_ids():
    snap = Snapshot()
    a = usb_device(snap, path="1-7", busnum=1)
    assert usb_device(snap, path="1-7", devnum=3) is a
    assert usb_device(snap, busnum=1, devnum=3, vid="413C", pid="81A3") is a
    assert (a.vid, a.pid) == ("413c", "81a3")
    assert usb_device(snap, vid="413c", pid="81a3") is a
    assert len(snap.usb_devices) == 1


def test_a_device_known_by_its_ids_only_is_completed_by_a_path():
    """A log names vid:pid first ("New USB device found, idVendor=1199, idProduct=9071"), a later line gives its
    port path with the vid: one device, not two."""
    snap = Snapshot()
    a = usb_device(snap, vid="1199", pid="9071")
    assert usb_device(snap, path="2-3", vid="1199") is a
    assert a.path == "2-3" and len(snap.usb_devices) == 1


def test_conflicting_facts_make_another_device():
    snap = Snapshot()
    a = usb_device(snap, busnum=1, devnum=3, vid="2c7c", pid="0125")
    b = usb_device(snap, busnum=1, devnum=4, vid="2c7c", pid="0125")
    assert a is not b
    # two devices with the same ids: an id-only lookup cannot choose, so it creates a third
    c = usb_device(snap, vid="2c7c", pid="0125")
    assert c is not a and c is not b


def test_interfaces_keep_their_configuration():
    snap = Snapshot()
    dev = usb_device(snap, path="1-7")
    i = usb_interface(dev, 12)
    assert usb_interface(dev, 12, 2) is i and i.config == 2 and dev.active_config == 2
    usb_interface(dev, 0, 2)
    assert [x.number for x in dev.interfaces] == [0, 12]


def test_net_rename_everywhere():
    snap = Snapshot()
    dev = usb_device(snap, path="1-7")
    usb_interface(dev, 12, 2).net.append("wwan0")
    net_interface(snap, "wwan0").driver = "cdc_mbim"
    rename_net(snap, "wwan0", "wwp0s20u7c2i12")
    assert [(n.name, n.driver) for n in snap.net_interfaces] == [("wwp0s20u7c2i12", "cdc_mbim")]
    assert dev.interfaces[0].net == ["wwp0s20u7c2i12"]


def test_a_modem_renamed_at_each_enumeration_keeps_one_net_name():
    """A modem re-enumerating registers wwan0 and renames it again and again (kernel_log.py, journal.py): its
    interface keeps the name once; before, it kept one copy per enumeration (3905 copies in a 10 MB log, and
    each rename rewrote them all)."""
    from wwandoctor.ingest import ingest_text
    cycle = ("[%d.1] qmi_wwan 1-7:1.4 wwan0: register 'qmi_wwan' at usb-0000:00:14.0-7, WWAN/QMI device, "
             "6e:1f:2a:4b:5c:6d\n[%d.2] qmi_wwan 1-7:1.4 wwp0s20u7i4: renamed from wwan0\n")
    snap = ingest_text("".join(cycle % (i, i) for i in range(5)))
    (dev,) = snap.usb_devices
    assert [intf.net for intf in dev.interfaces] == [["wwp0s20u7i4"]]
    assert [n.name for n in snap.net_interfaces] == ["wwp0s20u7i4"]


def test_pci_short_address_gets_domain():
    snap = Snapshot()
    assert pci_device(snap, "04:00.0") is pci_device(snap, "0000:04:00.0")


def test_log_is_bounded_keeping_head_and_tail():
    snap = Snapshot()
    for i in range(5 * MAX_LOG_LINES):
        add_log(snap, LogLine(text=str(i)))
    assert len(snap.log) < 2 * MAX_LOG_LINES
    assert snap.log[0].text == "0" and snap.log[-1].text == str(5 * MAX_LOG_LINES - 1)


def test_tools_once_and_command_names():
    snap = Snapshot()
    add_tool(snap, "qmicli", "a")
    add_tool(snap, "qmicli", "b")
    assert [t.evidence for t in snap.tools] == ["a"]
    assert command_tool("sudo -E /usr/bin/qmicli -d /dev/cdc-wdm0") == "qmicli"
    assert command_tool("LANG=C dmesg") == "dmesg"
    assert command_tool(None) is None
    assert plain_quotes("couldn’t ‘x’ “y”") == "couldn't 'x' \"y\""


def test_merge_snapshots_joins_devices_and_lists():
    a, b = Snapshot(), Snapshot()
    usb_interface(usb_device(a, path="1-7"), 12, 2).driver = "cdc_mbim"
    dev_b = usb_device(b, path="1-7", vid="413c", pid="81a3")
    usb_interface(dev_b, 12, 2).control_ports.append("cdc-wdm0")
    b.log.append(LogLine(text="x"))
    merge_snapshot(a, b)
    assert len(a.usb_devices) == 1
    d = a.usb_devices[0]
    assert (d.vid, d.interfaces[0].driver, d.interfaces[0].control_ports) == ("413c", "cdc_mbim", ["cdc-wdm0"])
    assert [l.text for l in a.log] == ["x"]
