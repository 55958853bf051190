"""One sysfs attribute table (wwandoctor/decode/sysfs_attrs.py): the live collector, a pasted
``grep . /sys/...`` and a pasted ``udevadm info -a`` fill the same snapshot fields from the same files."""
from __future__ import annotations

import os

import pytest

from wwandoctor.collect import net as net_collector
from wwandoctor.collect import pci as pci_collector
from wwandoctor.collect import usb as usb_collector
from wwandoctor.collect.sysfs import Reader
from wwandoctor.decode import sysfs_attrs
from wwandoctor.ingest import ingest_text

# a value for every attribute, as the kernel writes it (bNumEndpoints is hexadecimal)
SAMPLES = {
    "idVendor": "1199", "idProduct": "9071", "busnum": "2", "devnum": "3", "manufacturer": "Sierra Wireless, Incorporated",
    "product": "Sierra Wireless EM7455 Qualcomm Snapdragon X7 LTE-A", "serial": "LF0123456789", "speed": "480",
    "bNumConfigurations": "2", "bConfigurationValue": "1", "power/control": "on", "power/autosuspend_delay_ms": "2000",
    "bAlternateSetting": " 0", "bNumEndpoints": "0a", "modalias": "usb:v1199p9071d0006dc00dsc00dp00icFFiscFFipFFin08",
    "type": "519", "mtu": "1500", "operstate": "up", "carrier": "1", "address": "00:a0:c6:00:00:01", "flags": "0x1091",
    "qmi/raw_ip": "Y", "qmi/pass_through": "N", "qmi/add_mux": "", "statistics/rx_bytes": "1234",
    "statistics/tx_bytes": "5678",
    "vendor": "0x14c3", "device": "0x4d75", "subsystem_vendor": "0x14c3", "subsystem_device": "0x4d75",
    "class": "0x0d4000", "t7xx_mode": "ready",
}
DEVICE = "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-3"
INTERFACE = DEVICE + "/2-3:1.8"
NET = INTERFACE + "/net/wwan0"


def test_every_attribute_has_a_sample():
    names = {a.name for table in (sysfs_attrs.USB_DEVICE, sysfs_attrs.USB_INTERFACE, sysfs_attrs.NET,
                                  sysfs_attrs.PCI_DEVICE) for a in table}
    assert names == set(SAMPLES)


def _write(root, directory: str, table) -> None:
    for attr in table:
        path = os.path.join(str(root), directory.lstrip("/"), attr.name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(SAMPLES[attr.name] + "\n")


def _live(tmp_path):
    _write(tmp_path, DEVICE, sysfs_attrs.USB_DEVICE)
    _write(tmp_path, INTERFACE, sysfs_attrs.USB_INTERFACE)
    _write(tmp_path, NET, sysfs_attrs.NET)
    reader = Reader(str(tmp_path))
    dev = usb_collector.read_device(reader, DEVICE, {}, usb_collector._AliasTable(str(tmp_path)), [])
    intf = next(i for i in dev.interfaces if i.number == 8)
    os.makedirs(os.path.join(str(tmp_path), "sys/class/net"), exist_ok=True)
    os.symlink(os.path.join(str(tmp_path), NET.lstrip("/")), os.path.join(str(tmp_path), "sys/class/net/wwan0"))
    return dev, intf, net_collector.read_interface(reader, "wwan0")


def _grep_paste():
    lines = ["$ grep . /sys/bus/usb/devices/2-3/* /sys/bus/usb/devices/2-3:1.8/* /sys/class/net/wwan0/*"]
    for base, table in (("/sys/bus/usb/devices/2-3", sysfs_attrs.USB_DEVICE),
                        ("/sys/bus/usb/devices/2-3:1.8", sysfs_attrs.USB_INTERFACE),
                        ("/sys/class/net/wwan0", sysfs_attrs.NET)):
        lines += ["%s/%s:%s" % (base, a.name, SAMPLES[a.name]) for a in table]
    return _parts(ingest_text("\n".join(lines) + "\n"))


def _walk_paste():
    def block(path, table):
        return ["  looking at %sdevice '%s':" % ("" if path == NET else "parent ", path.replace("/sys", "")),
                "    KERNEL%s==\"%s\"" % ("" if path == NET else "S", os.path.basename(path))] + \
            ['    ATTR%s{%s}=="%s"' % ("" if path == NET else "S", a.name, SAMPLES[a.name]) for a in table] + [""]
    lines = ["$ udevadm info -a /sys/class/net/wwan0", ""]
    lines += block(NET, sysfs_attrs.NET) + block(INTERFACE, sysfs_attrs.USB_INTERFACE)
    lines += block(DEVICE, sysfs_attrs.USB_DEVICE)
    return _parts(ingest_text("\n".join(lines) + "\n"))


def _parts(snap):
    dev = next(d for d in snap.usb_devices if d.path == "2-3")
    intf = next(i for i in dev.interfaces if i.number == 8)
    return dev, intf, next(n for n in snap.net_interfaces if n.name == "wwan0")


@pytest.mark.parametrize("source", ["grep", "udevadm"])
def test_pasted_attributes_fill_what_the_collector_fills(tmp_path, source):
    live = _live(tmp_path)
    pasted = _grep_paste() if source == "grep" else _walk_paste()
    for table, got, want in zip((sysfs_attrs.USB_DEVICE, sysfs_attrs.USB_INTERFACE, sysfs_attrs.NET), pasted, live):
        for attr in table:
            if not SAMPLES[attr.name]:
                continue  # an empty file: grep . does not show it; only the collector can tell it is empty
            assert getattr(got, attr.field) == getattr(want, attr.field), (source, attr.name)
    assert live[0].vid == "1199" and live[1].num_endpoints == 10 and live[2].flags == "UP,POINTOPOINT,NOARP,MULTICAST"
    assert live[2].raw_ip is True and live[2].add_mux == ""


def test_pasted_pci_attributes_fill_what_the_collector_fills(tmp_path):
    function = "/sys/devices/pci0000:00/0000:00:1c.0/0000:6d:00.0"
    _write(tmp_path, function, sysfs_attrs.PCI_DEVICE)
    os.makedirs(os.path.join(str(tmp_path), "sys/bus/pci/devices"))
    os.symlink(os.path.join(str(tmp_path), function.lstrip("/")),
               os.path.join(str(tmp_path), "sys/bus/pci/devices/0000:6d:00.0"))
    live = pci_collector.read_pci_device(Reader(str(tmp_path)), "0000:6d:00.0", [], [])
    lines = ["$ grep . /sys/bus/pci/devices/0000:6d:00.0/*"]
    lines += ["/sys/bus/pci/devices/0000:6d:00.0/%s:%s" % (a.name, SAMPLES[a.name]) for a in sysfs_attrs.PCI_DEVICE]
    pasted = next(d for d in ingest_text("\n".join(lines) + "\n").pci_devices if d.address == "0000:6d:00.0")
    for attr in sysfs_attrs.PCI_DEVICE:
        assert getattr(pasted, attr.field) == getattr(live, attr.field), attr.name
    assert (live.vendor, live.class_code, live.t7xx_mode) == ("14c3", "0d4000", "ready")
