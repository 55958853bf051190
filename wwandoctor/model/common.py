"""Driver and port tables, and small helpers, that the derivation modules share."""
from __future__ import annotations

import re

from wwandoctor import drivers
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
MODEM_NAME_RE = re.compile(r"(?i)\bmodem\b|hilink|\bLTE\b|\bHSPA|\bUMTS\b|\bWWAN\b|mobile broadband|mass storage mode"
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
