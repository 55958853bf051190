"""Driver and port tables, and small helpers, that the derivation modules share."""
from __future__ import annotations

import re

from wwandoctor.snapshot import Snapshot

CONTROL_DRIVERS = {"qmi_wwan": "qmi", "cdc_mbim": "mbim", "huawei_cdc_ncm": "at"}
NET_PROTOCOLS = (("qmi_wwan", "qmi"), ("cdc_mbim", "mbim"), ("huawei_cdc_ncm", "ncm"), ("cdc_ncm", "ncm"),
                 ("cdc_ether", "ecm"), ("rndis_host", "rndis"))
SERIAL_DRIVERS = {"option", "option1", "qcserial", "sierra", "cdc_acm", "usb_serial_simple", "usbserial_generic", "qcaux"}
MODEM_DRIVERS = SERIAL_DRIVERS | {d for d, _ in NET_PROTOCOLS} | {"sierra_net", "GobiNet", "qmi_wwan_q"}
# modules a modem's ports depend on (driver names plus their helper modules)
MODEM_MODULES = (MODEM_DRIVERS - {"option1"}) | {"cdc_wdm", "cdc_ncm", "usb_wwan", "usbserial", "usbnet", "mhi_pci_generic",
                                                   "mhi_wwan_ctrl", "mhi_wwan_mbim", "mhi_net", "mtk_t7xx", "iosm", "wwan"}
WWAN_PORT_PROTOCOLS = {"QMI": "qmi", "MBIM": "mbim", "AT": "at"}
PCI_DRIVERS = {"mhi-pci-generic", "mhi_pci_generic", "mtk_t7xx", "iosm", "xmm7360"}
# name prefixes of WWAN network interfaces (wwan0, wwp0s20u7c2i12, rmnet_data0, qmimux0, mhi_hwip0)
WWAN_NET_PREFIXES = ("ww", "rmnet", "qmimux", "mhi_")
MODEM_NAME_RE = re.compile(r"(?i)\bmodem\b|hilink|\bLTE\b|\bHSPA|\bUMTS\b|\bWWAN\b|mobile broadband|mass storage mode")


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
