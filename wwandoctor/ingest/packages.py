"""Parse installed-package lists for the versions of the WWAN stack.

    ii  modemmanager     1.4.0-1     armhf     D-Bus service for managing modems     (dpkg -l)
    modemmanager/jammy-updates,now 1.20.0-1~ubuntu22.04.1 amd64 [installed]       (apt list --installed)
    modemmanager - 1.22.0-r3                                                      (opkg list-installed)
    ModemManager-1.20.2-1.fc38.x86_64                                             (rpm -qa)

-> ``snap.versions`` ("ModemManager", "libqmi", "libmbim", "usb_modeswitch", "NetworkManager"),
the upstream version without the packaging revision ("1.4.0").
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

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
DPKG_RE = re.compile(r"^\s*[a-z][a-z]\s+(?P<name>%s)(?::\w+)?\s+(?:\d+:)?(?P<version>\d[\w.+~]*)" % _NAMES, re.I)
APT_RE = re.compile(r"^\s*(?P<name>%s)/\S+\s+(?:\d+:)?(?P<version>\d[\w.+~]*)" % _NAMES, re.I)
OPKG_RE = re.compile(r"^\s*(?P<name>%s) - (?P<version>\d[\w.+~]*)" % _NAMES, re.I)
RPM_RE = re.compile(r"^\s*(?P<name>%s)-(?P<version>\d[\w.+~]*?)-[\w.]+\.(?:x86_64|aarch64|armv7hl|noarch|i686)\s*$" % _NAMES, re.I)
_PATTERNS = (DPKG_RE, APT_RE, OPKG_RE, RPM_RE)


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
    hits = sum(1 for ln in lines if _match(ln))
    if hits and hits >= 0.5 * len(lines):
        return 80
    cmd = block.command or ""
    if hits and re.search(r"\b(dpkg|apt|opkg|apk|rpm)\b", cmd):
        return 70
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    left = []
    for line in block.lines:
        found = _match(line)
        if found:
            snap.versions.setdefault(found[0], found[1])
        elif line.strip() and not re.match(r"^\s*(?:\||\+\+\+|Desired=|Listing\.\.\.)", line):
            left.append(line)
    snap.set_source("paste:packages", "ok")
    return left
