"""Live PCIe/M.2 modems and every WWAN port (``/sys/class/wwan``).

A PCI device is kept when its class is 0x0d40xx (wireless controller, WWAN),
when its ids are in the packaged pcie-modem-ids table (MHI modems often say
class 0xff0000), when a known WWAN PCI driver is bound, or when WWAN ports
hang below it. Sample
``/sys/bus/pci/devices/0000:04:00.0``::

    vendor            0x14c3       (PCI prints 0x, USB does not)
    device            0x4d75
    subsystem_vendor  0x14c3
    class             0x0d4000
    driver -> ../../../bus/pci/drivers/mtk_t7xx
    t7xx_mode         ready
    wwan/wwan0/wwan0at0/type   AT

``/sys/class/wwan/wwan0mbim0/type`` reads ``MBIM``; the port's parent is the
nearest USB device or PCI function above it. Source names: ``pci`` (both).
"""
from __future__ import annotations

import os
import re
from typing import List, Optional

from wwandoctor import regex_cache
from wwandoctor.collect.context import Context
from wwandoctor.collect.sysfs import Reader
from wwandoctor.decode import sysfs_attrs
from wwandoctor.drivers import PCI_MODEM_DRIVERS
from wwandoctor.snapshot import PciDevice, Snapshot, WwanPort

SOURCE = "pci"
BUS_DIR = "/sys/bus/pci/devices"
WWAN_CLASS_DIR = "/sys/class/wwan"
NET_DIR = "/sys/class/net"
READS = (BUS_DIR, WWAN_CLASS_DIR, NET_DIR)
THREAD = False
WWAN_CLASS_PREFIX = "0d40"
# PCI driver names as bound in sysfs (mhi_pci_generic registers as "mhi-pci-generic")

_PCI_NAME = regex_cache.compile(r"^[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]$")
_USB_DEVICE = regex_cache.compile(r"^\d+-[\d.]+$")


def collect(snap: Snapshot, ctx: Context) -> None:
    """Fill ``snap.pci_devices`` and ``snap.wwan_ports``; record the ``pci`` source. Never raises."""
    reader = Reader(ctx.root)
    snap.wwan_ports.extend(read_wwan_ports(reader))
    names = reader.listdir(BUS_DIR)
    if names is None:
        if reader.denied:
            snap.set_source(SOURCE, "permission-denied", "cannot list %s" % BUS_DIR)
        elif reader.listdir("/sys/bus"):
            snap.set_source(SOURCE, "not-applicable", "no PCI bus in /sys")
        else:
            snap.set_source(SOURCE, "error", "%s not found: /sys/bus is empty or missing (sysfs not mounted?)" % BUS_DIR)
        return
    links = _net_paths(reader)
    for name in names:
        dev = read_pci_device(reader, name, snap.wwan_ports, links)
        if _is_modem(dev):
            snap.pci_devices.append(dev)
    status, detail = reader.status("%d WWAN PCI devices of %d; %d WWAN ports"
                                   % (len(snap.pci_devices), len(names), len(snap.wwan_ports)))
    snap.set_source(SOURCE, status, detail)


def _net_paths(reader: Reader) -> List[tuple]:
    """(name, resolved path) of every network interface."""
    return [(n, reader.realpath("%s/%s" % (NET_DIR, n))) for n in reader.listdir(NET_DIR) or []]


def read_pci_device(reader: Reader, name: str, ports: List[WwanPort], links: List[tuple]) -> PciDevice:
    """One PCI function; its WWAN ports and network interfaces may sit deep below it
    (MHI: ``0000:02:00.0/mhi0/wwan/wwan0/wwan0mbim0``)."""
    path = reader.realpath("%s/%s" % (BUS_DIR, name))
    dev = PciDevice(address=name, sysfs_path=path)
    reader.fill(dev, path, sysfs_attrs.PCI_DEVICE)
    dev.driver = reader.link_name(path + "/driver")
    dev.wwan_ports = [p.name for p in ports if p.parent == "pci:" + name]
    dev.net = [n for n, real in links if real.startswith(path + "/") and parent_of(real) == "pci:" + name]
    return dev


def _is_modem(dev: PciDevice) -> bool:
    if dev.class_code and dev.class_code.startswith(WWAN_CLASS_PREFIX):
        return True
    if dev.driver in PCI_MODEM_DRIVERS or dev.wwan_ports:
        return True
    return _known_id(dev)


def _known_id(dev: PciDevice) -> bool:
    if not dev.vendor or not dev.device:
        return False
    try:
        from wwandoctor.knowledge import pcie_modem
        return pcie_modem(dev.vendor, dev.device, dev.subvendor, dev.subdevice) is not None
    except ImportError:
        return False


# --- /sys/class/wwan ---------------------------------------------------------

def read_wwan_ports(reader: Reader) -> List[WwanPort]:
    """Every WWAN port: ``/sys/class/wwan/<wwanNxxxM>`` entries that are not ``wwanN`` devices."""
    ports = []
    for name in reader.listdir(WWAN_CLASS_DIR) or []:
        path = reader.realpath("%s/%s" % (WWAN_CLASS_DIR, name))
        wwan_device = os.path.basename(os.path.dirname(path))
        if not wwan_device.startswith("wwan") or wwan_device == "wwan":
            continue  # a wwanN device itself (its parent directory is "wwan")
        port = WwanPort(name=name, wwan_device=wwan_device)
        port.type = reader.value("%s/%s/type" % (WWAN_CLASS_DIR, name))
        port.parent = parent_of(path)
        ports.append(port)
    return ports


def parent_of(path: str) -> Optional[str]:
    """"usb:1-7" or "pci:0000:04:00.0": the nearest USB device or PCI function above ``path``."""
    for part in reversed(path.split("/")[:-1]):
        base = part.split(":")[0] if ":" in part and not _PCI_NAME.match(part) else part
        if _USB_DEVICE.match(base):
            return "usb:" + base
        if _PCI_NAME.match(part):
            return "pci:" + part
    return None
