"""The sysfs attributes wwandoctor reads, and the snapshot field each one fills: one table used by
the live collectors (collect/usb.py, collect/net.py, collect/pci.py) and by the parsers of the same files pasted
(``grep . /sys/bus/usb/devices/1-7/*``: ingest/sysfs_cat.py; ``udevadm info -a``: ingest/udevadm.py).

Each attribute is a file below the object's sysfs directory, as the kernel writes it::

    /sys/bus/usb/devices/1-7/idVendor              413c
    /sys/bus/usb/devices/1-7:2.12/bNumEndpoints    01        (hexadecimal, usb/core/sysfs.c)
    /sys/class/net/wwan0/qmi/raw_ip                Y
    /sys/class/net/wwan0/flags                     0x1003    (-> UP,BROADCAST,MULTICAST)

``convert`` turns the text (possibly with spaces and a newline around it) into the field's value,
or None when it cannot (empty, garbled).
"""
from __future__ import annotations

from typing import Any, Callable, NamedTuple, Optional


def text(value: str) -> Optional[str]:
    value = value.strip()
    return value or None


def lower(value: str) -> Optional[str]:
    value = value.strip().lower()
    return value or None


def decimal(value: str) -> Optional[int]:
    try:
        return int(value.strip())
    except ValueError:
        return None


def hexadecimal(value: str) -> Optional[int]:
    try:
        return int(value.strip(), 16)
    except ValueError:
        return None


def pci_id(value: str) -> Optional[str]:
    """``0x14c3`` -> ``14c3``; ``0x0d4000`` -> ``0d4000``."""
    value = value.strip().lower()
    value = value[2:] if value.startswith("0x") else value
    return value or None


def yes_no(value: str) -> Optional[bool]:
    """qmi/raw_ip, carrier: Y/N or 1/0."""
    return {"Y": True, "N": False, "1": True, "0": False}.get(value.strip().upper())


IFF_NAMES = (
    (0x1, "UP"), (0x2, "BROADCAST"), (0x4, "DEBUG"), (0x8, "LOOPBACK"), (0x10, "POINTOPOINT"),
    (0x20, "NOTRAILERS"), (0x40, "RUNNING"), (0x80, "NOARP"), (0x100, "PROMISC"), (0x200, "ALLMULTI"),
    (0x400, "MASTER"), (0x800, "SLAVE"), (0x1000, "MULTICAST"), (0x2000, "PORTSEL"),
    (0x4000, "AUTOMEDIA"), (0x8000, "DYNAMIC"),
)


def net_flags(value: str) -> Optional[str]:
    """``flags`` (``0x1003``) -> ``UP,BROADCAST,MULTICAST`` (include/uapi/linux/if.h)."""
    number = hexadecimal(value)
    if number is None:
        return None
    return ",".join(name for bit, name in IFF_NAMES if number & bit)


class Attr(NamedTuple):
    name: str  # the file below the object's sysfs directory ("power/control")
    field: str  # the snapshot field it fills (UsbDevice.power_control)
    convert: Callable[[str], Any]


# /sys/bus/usb/devices/1-7/* -> UsbDevice (bConfigurationValue: an empty file means unconfigured, which
# only the live collector can tell from a file that was not shown; bDeviceClass & co. form device_class)
USB_DEVICE = (
    Attr("idVendor", "vid", lower), Attr("idProduct", "pid", lower),
    Attr("busnum", "busnum", decimal), Attr("devnum", "devnum", decimal),
    Attr("manufacturer", "manufacturer", text), Attr("product", "product", text), Attr("serial", "serial", text),
    Attr("speed", "speed", text),
    Attr("bNumConfigurations", "num_configs", decimal), Attr("bConfigurationValue", "active_config", decimal),
    Attr("power/control", "power_control", text),
    Attr("power/autosuspend_delay_ms", "autosuspend_delay_ms", decimal),
)
DEVICE_CLASS = ("bDeviceClass", "bDeviceSubClass", "bDeviceProtocol")

# /sys/bus/usb/devices/1-7:2.12/* -> UsbInterface (bInterfaceNumber names the interface; the class
# triplet attributes form UsbInterface.triplet)
USB_INTERFACE = (
    Attr("bAlternateSetting", "alt", decimal), Attr("bNumEndpoints", "num_endpoints", hexadecimal),
    Attr("modalias", "modalias", text),
)
INTERFACE_NUMBER = Attr("bInterfaceNumber", "number", hexadecimal)
INTERFACE_CLASS = ("bInterfaceClass", "bInterfaceSubClass", "bInterfaceProtocol")

# /sys/bus/pci/devices/0000:6d:00.0/* -> PciDevice (t7xx_mode: mtk_t7xx's firmware state)
PCI_DEVICE = (
    Attr("vendor", "vendor", pci_id), Attr("device", "device", pci_id),
    Attr("subsystem_vendor", "subvendor", pci_id), Attr("subsystem_device", "subdevice", pci_id),
    Attr("class", "class_code", pci_id), Attr("t7xx_mode", "t7xx_mode", text),
)

# /sys/class/net/wwan0/* -> NetInterface (the qmi/ group exists only for qmi_wwan)
NET = (
    Attr("type", "type", decimal), Attr("mtu", "mtu", decimal), Attr("operstate", "operstate", text),
    Attr("carrier", "carrier", yes_no), Attr("address", "mac", lower), Attr("flags", "flags", net_flags),
    Attr("qmi/raw_ip", "raw_ip", yes_no), Attr("qmi/pass_through", "pass_through", yes_no),
    Attr("qmi/add_mux", "add_mux", str.strip),  # empty when no mux link was added: "" is known
    Attr("statistics/rx_bytes", "rx_bytes", decimal), Attr("statistics/tx_bytes", "tx_bytes", decimal),
)


def triplet(values) -> Optional[str]:
    """("02", "0e", "00") -> "02/0e/00"; None unless all three are two hex digits."""
    parts = [v.strip().lower() if v is not None else "" for v in values]
    if all(len(p) == 2 and all(c in "0123456789abcdef" for c in p) for p in parts):
        return "/".join(parts)
    return None
