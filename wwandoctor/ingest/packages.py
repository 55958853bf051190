"""Parse installed-package lists for the versions of the WWAN stack.

    ii  modemmanager     1.4.0-1     armhf     D-Bus service for managing modems     (dpkg -l)
    modemmanager/jammy-updates,now 1.20.0-1~ubuntu22.04.1 amd64 [installed]       (apt list --installed)
    modemmanager - 1.22.0-r3                                                      (opkg list-installed)
    ModemManager-1.20.2-1.fc38.x86_64                                             (rpm -qa)

-> ``snap.versions`` ("ModemManager", "libqmi", "libmbim", "usb_modeswitch", "NetworkManager"),
the upstream version without the packaging revision ("1.4.0").

OpenWrt's kernel modules come only as kmod packages, so an opkg list that shows its USB kernel packages
(kmod-usb-core) tells which modem drivers the image has:

    kmod-usb-core - 4.14.195-1
    kmod-usb-net-qmi-wwan - 4.14.195-1       -> kernel.driver_availability["qmi_wwan"] = "module"
    (no kmod-usb-serial-option)               -> kernel.driver_availability["option"] = "missing"
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot

KIND = "packages"
COMMANDS = ("dpkg", "apt", "opkg", "apk", "rpm")
PRIORITY = 20

# package name (lower case) -> the name snap.versions uses
PACKAGES = {
    "modemmanager": "ModemManager", "libmm-glib0": "ModemManager",
    "libqmi-utils": "libqmi", "libqmi-glib5": "libqmi", "libqmi": "libqmi", "libqmi-glib": "libqmi",
    "libmbim-utils": "libmbim", "libmbim-glib4": "libmbim", "libmbim": "libmbim",
    "usb-modeswitch": "usb_modeswitch", "usb_modeswitch": "usb_modeswitch",
    "network-manager": "NetworkManager", "networkmanager": "NetworkManager",
}
_NAMES = "|".join(sorted((re.escape(n) for n in PACKAGES), key=len, reverse=True))
DPKG_RE = regex_cache.compile(r"^\s*[a-z][a-z]\s+(?P<name>%s)(?::\w+)?\s+(?:\d+:)?(?P<version>\d[\w.+~]*)" % _NAMES, re.I)
APT_RE = regex_cache.compile(r"^\s*(?P<name>%s)/\S+\s+(?:\d+:)?(?P<version>\d[\w.+~]*)" % _NAMES, re.I)
OPKG_RE = regex_cache.compile(r"^\s*(?P<name>%s) - (?P<version>\d[\w.+~]*)" % _NAMES, re.I)
RPM_RE = regex_cache.compile(r"^\s*(?P<name>%s)-(?P<version>\d[\w.+~]*?)-[\w.]+\.(?:x86_64|aarch64|armv7hl|noarch|i686)\s*$" % _NAMES, re.I)
_PATTERNS = (DPKG_RE, APT_RE, OPKG_RE, RPM_RE)

# OpenWrt kmod package -> the modem driver module it installs (openwrt package/kernel/linux/modules/usb.mk:
# KernelPackage/<name> FILES, e.g. usb-serial-option: drivers/usb/serial/option.ko, usb-net-qmi-wwan:
# drivers/net/usb/qmi_wwan.ko, usb-serial-qualcomm: qcserial.ko, usb-net-sierrawireless: sierra_net.ko)
KMOD_MODULES = {
    "kmod-usb-serial": "usbserial", "kmod-usb-serial-wwan": "usb_wwan", "kmod-usb-serial-option": "option",
    "kmod-usb-serial-qualcomm": "qcserial", "kmod-usb-serial-sierrawireless": "sierra", "kmod-usb-acm": "cdc_acm",
    "kmod-usb-wdm": "cdc_wdm", "kmod-usb-net": "usbnet", "kmod-usb-net-qmi-wwan": "qmi_wwan",
    "kmod-usb-net-cdc-mbim": "cdc_mbim", "kmod-usb-net-cdc-ncm": "cdc_ncm", "kmod-usb-net-cdc-ether": "cdc_ether",
    "kmod-usb-net-rndis": "rndis_host", "kmod-usb-net-huawei-cdc-ncm": "huawei_cdc_ncm",
    "kmod-usb-net-sierrawireless": "sierra_net",
}
# the package every OpenWrt USB kernel package depends on: a list that shows it shows the USB kmods
KMOD_USB_CORE = "kmod-usb-core"
KMOD_RE = regex_cache.compile(r"^\s*(?P<name>kmod-[\w.+-]+) - \d[\w.+~-]*")


def _match(line: str) -> Optional[Tuple[str, str]]:
    for pattern in _PATTERNS:
        m = pattern.match(line)
        if m:
            return PACKAGES[m.group("name").lower()], _upstream(m.group("version"))
    return None


def _upstream(version: str) -> str:
    """"1.4.0-1" -> "1.4.0", "1.20.0-1~ubuntu22.04.1" -> "1.20.0" (the packaging revision dropped)."""
    return re.split(r"[-~+]", version, maxsplit=1)[0].rstrip(".")


def detect(block: Block) -> int:
    lines = [ln for ln in block.lines if ln.strip()]
    if not lines:
        return 0
    hits = sum(1 for ln in lines if _match(ln) or KMOD_RE.match(ln))
    if hits and hits >= 0.5 * len(lines):
        return 80
    cmd = block.command or ""
    if hits and re.search(r"\b(dpkg|apt|opkg|apk|rpm)\b", cmd):
        return 70
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    left, kmods, opkg = [], set(), False
    for line in block.lines:
        found = _match(line)
        kmod = KMOD_RE.match(line)
        opkg = opkg or bool(kmod or OPKG_RE.match(line))
        if found:
            snap.versions.setdefault(found[0], found[1])
        elif kmod:
            kmods.add(kmod.group("name"))
        elif line.strip() and not re.match(r"^\s*(?:\||\+\+\+|Desired=|Listing\.\.\.)", line):
            left.append(line)
    _openwrt_modem_drivers(kmods, snap)
    snap.set_source("paste:packages", "ok", "opkg" if opkg else "")  # the format: opkg's is OpenWrt's
    return left


def _openwrt_modem_drivers(kmods, snap: Snapshot) -> None:
    """The modem drivers an OpenWrt image has ("module") or lacks ("missing"), from its kmod packages, when
    the list shows the USB kernel packages (kmod-usb-core). What another output showed (lsmod) is kept."""
    if KMOD_USB_CORE not in kmods:
        return
    for package, module in KMOD_MODULES.items():
        snap.kernel.driver_availability.setdefault(module, "module" if package in kmods else "missing")
