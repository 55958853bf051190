"""Driver and port tables, and small helpers, that the derivation modules share."""
from __future__ import annotations

import re
from typing import Optional

from wwandoctor import drivers, regex_cache
from wwandoctor.drivers import CONTROL_DRIVERS, WWAN_NET_PREFIXES  # noqa: F401 (shared with model/*)
from wwandoctor.snapshot import Snapshot

NET_PROTOCOLS = drivers.USB_NET_PROTOCOLS
SERIAL_DRIVERS = set(drivers.USB_SERIAL_DRIVERS)
USB_MODEM_DRIVERS = set(drivers.USB_MODEM_DRIVERS)
# modules a modem's ports depend on (driver names plus their helper modules; "option1" is option's driver name)
MODEM_MODULES = ((USB_MODEM_DRIVERS - {"option1"}) | set(drivers.USB_HELPER_MODULES) | set(drivers.MHI_CLIENT_DRIVERS)
                 | {d.replace("-", "_") for d in drivers.PCI_MODEM_DRIVERS} | {"wwan"})
WWAN_PORT_PROTOCOLS = {"QMI": "qmi", "MBIM": "mbim", "AT": "at"}
PCI_DRIVERS = set(drivers.PCI_MODEM_DRIVERS) | set(drivers.VENDOR_PCI_DRIVERS)
# words of modem product names, and the module families' model numbers (Sierra EM/MC/AirPrime,
# Quectel EC/EG/EM/EP/RM/RG, SIMCom SIM7xxx, Fibocom L8x0/FM/FG, Telit LE/LN/FN, Dell DW5xxx)
MODEM_NAME_RE = regex_cache.compile(r"(?i)\bmodem\b|hilink|\bLTE\b|\bHSPA|\bUMTS\b|\bWWAN\b|mobile broadband|mass storage mode"
                                    r"|\b(?:EM|MC)7[34]\d\d|\bAirPrime\b|\bE[CGMP]\d\d|\bR[MG]5\d\d|\bSIM7\d{3}|\bL8[256]0\b"
                                    r"|\bF[MG]\d{3}|\bL[EN]9\d\d|\bFN9\d\d|\bDW5\d{3}|\bSnapdragon\b.*\b(?:LTE|X\d+)\b|\bGobi\b")


def vidpid(vid, pid) -> str:
    return "%s:%s" % (vid or "????", pid or "????")


def source_label(snap: Snapshot) -> str:
    return "sysfs" if snap.origin == "live" else "pasted output"


def wwan_ports_of(snap: Snapshot, parent_prefix: str):
    """The /sys/class/wwan ports whose parent is ``parent_prefix`` ("usb:1-7") or one of its interfaces."""
    return [p for p in snap.wwan_ports if p.parent and (p.parent == parent_prefix or p.parent.startswith(parent_prefix + ":"))]


def is_unbound_vendor(iface) -> bool:
    """A vendor-specific (class ff) interface with no driver; ADB (ff/42/..) excluded."""
    triplet = (iface.triplet or "").lower()
    return iface.driver == "" and triplet.startswith("ff/") and not triplet.startswith("ff/42/")


# udev's path name of a USB network interface (systemd src/udev/udev-builtin-net_id.c get_usb_specifier): the
# prefix (en, ww, wl), the PCI host or slot part (p0s20f0, s1, o1), "u" before every port of the chain, then "c" and
# the configuration unless it is 1 ("suppress the common config == 1") and "i" and the interface unless it is 0:
# enp0s20f0u5c2 (configuration 2, interface 0), wwp0s20f0u2c3i12 (configuration 3, interface 12), wwp0s20u4i6 (1)
_USB_PATH_NAME_RE = regex_cache.compile(r"^(?:en|ww|wl)(?:P\d+)?(?:p\d+s\d+(?:f\d+)?(?:d\d+)?|s\d+(?:f\d+)?|o\d+)?"
                                        r"(?:u\d+)+(?:c(\d+))?(?:i\d+)?$")


def usb_config_of_name(name: str) -> Optional[int]:
    """The USB configuration a predictable interface name tells (1 when it has no "c" part); None for other names."""
    m = _USB_PATH_NAME_RE.match(name or "")
    if m is None:
        return None
    return int(m.group(1)) if m.group(1) else 1


def note_config_from_names(m, names, src: str) -> None:
    """active_config from the modem's net interface names (udev's USB path names), when nothing else told it."""
    if m.active_config is not None:
        return
    for name in names:
        value = usb_config_of_name(name)
        if value is not None:
            m.note("active_config", value, src, "%s is udev's USB path name of an interface in configuration %d (%s)" % (
                name, value, "its c%d part" % value if value != 1 else "no c part: configuration 1"))
            return
