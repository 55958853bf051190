"""Fix commands written for the system the input shows (host.system), not for Debian by default, and for the
one control port and modem id it shows (:func:`with_control_port`, :func:`with_modem_id`).

Rules write their commands for a Debian-like desktop (``sudo``, ``apt install``). On OpenWrt the shell is
root's and has no sudo, and packages come from opkg under OpenWrt's own names (openwrt/packages
libs/libqmi/Makefile ``Package/qmi-utils``, libs/libmbim/Makefile ``Package/mbim-utils``; usb-modeswitch
carries its device data itself). So on OpenWrt a step's ``sudo`` goes, an ``apt install`` becomes the
``opkg install`` of the same packages, or goes when the step already gives the opkg line or OpenWrt has no
such package, the "if missing" hint names opkg, and ``journalctl`` reads become ``logread``.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from wwandoctor.filledtext import FilledText, compose

OPENWRT = "openwrt"
# Debian package -> OpenWrt package ("" when another package already carries it, None: OpenWrt has none)
OPENWRT_PACKAGES: Dict[str, str] = {
    "usbutils": "usbutils", "usb-modeswitch": "usb-modeswitch", "usb-modeswitch-data": "",
    "libqmi-utils": "qmi-utils", "libmbim-utils": "mbim-utils", "modemmanager": "modemmanager",
    "rfkill": "rfkill", "minicom": "minicom", "picocom": "picocom", "udhcpc": "",
}
_APT_INSTALL_RE = re.compile(r"^\s*(?:sudo\s+)?apt(?:-get)?\s+install\s+(?P<packages>[^#;&|]+?)\s*(?:#.*)?$")
_OPKG_RE = re.compile(r"^\s*(?:sudo\s+)?(?:opkg|apk)\s")
# the journal read as OpenWrt reads its log ring: "journalctl -b [-u UNIT]" -> "logread [-e UNIT]", when it
# has no other option and ends the command or feeds a pipe
_JOURNAL_RE = re.compile(r"\bjournalctl((?:\s+(?:-b|--boot|--no-pager|-u\s*\S+|--unit[= ]\S+))*)(?=\s*(?:$|\|))")
_UNIT_RE = re.compile(r"(?:-u\s*|--unit[= ])(\S+)")
# "sudo " where a command starts: the line's start, after a pipe, ;, && or ( / $(
_SUDO_RE = re.compile(r"(^|[|;&(]\s*)sudo\s+")


def install_hint(packages: List[str], system: Optional[str]) -> str:
    """The command that installs ``packages`` (Debian names) on ``system``."""
    if system == OPENWRT:
        names = _openwrt_names(packages)
        return "opkg update && opkg install %s" % " ".join(names) if names else ""
    return "sudo apt install %s" % " ".join(packages)


def fit_commands(commands: List[str], system: Optional[str]) -> List[str]:
    """``commands`` as they work on ``system``: unchanged unless it is OpenWrt."""
    if system != OPENWRT:
        return commands
    has_opkg = any(_OPKG_RE.match(str(c)) for c in commands)
    out = []
    for cmd in commands:
        apt = _APT_INSTALL_RE.match(str(cmd))
        if apt:
            names = None if has_opkg else _openwrt_names(apt.group("packages").split())
            if not names:
                continue
            cmd = "opkg update && opkg install %s" % " ".join(names)
        out.append(_for_openwrt(cmd))
    return out


def _for_openwrt(cmd: str) -> str:
    """``cmd`` without its ``sudo`` words and with logread for journalctl, the spans filled from the input kept
    marked."""
    if isinstance(cmd, FilledText):
        return compose(*[(text if filled else _openwrt_words(text), filled) for text, filled in cmd.segments()])
    return _openwrt_words(cmd)


def _openwrt_words(text: str) -> str:
    return _JOURNAL_RE.sub(_logread, _SUDO_RE.sub(r"\1", text))


def _logread(journal: "re.Match[str]") -> str:
    unit = _UNIT_RE.search(journal.group(1))
    return "logread -e %s" % unit.group(1) if unit else "logread"


def _openwrt_names(packages: List[str]) -> Optional[List[str]]:
    """The OpenWrt names of Debian ``packages``; None when one has no OpenWrt package."""
    names = [OPENWRT_PACKAGES.get(p) for p in packages]
    if any(n is None for n in names):
        return None
    return [n for n in names if n]


# the control-port placeholder of the rules' commands, and the tools that need a port of one protocol
PORT_PLACEHOLDER = "/dev/cdc-wdmN"
_QMI_TOOL_RE = re.compile(r"\b(?:qmicli|uqmi|qmi-network)\b")
_MBIM_TOOL_RE = re.compile(r"\b(?:mbimcli|umbim|mbim-network)\b")


def with_control_port(commands: List[str], port: Optional[str]) -> List[str]:
    """``commands`` with the placeholder /dev/cdc-wdmN replaced by ``port`` ("cdc-wdm1", "wwan0mbim0"), the one
    control port the input shows, where the command's tool can use it: a cdc-wdm port serves every tool, a
    wwan subsystem port only the tools of its protocol (wwan0mbim0 for mbimcli, not qmicli)."""
    if not port:
        return commands
    return [_replace(cmd, PORT_PLACEHOLDER, "/dev/" + port) if _fits(str(cmd), port) else cmd for cmd in commands]


def with_modem_id(commands: List[str], vid: Optional[str], pid: Optional[str]) -> List[str]:
    """``commands`` with the placeholders VID:PID and VID PID (new_id's form) replaced by the one modem id the
    input shows."""
    if not (vid and pid):
        return commands
    out = []
    for cmd in commands:
        for placeholder, value in (("VID:PID", "%s:%s" % (vid, pid)), ("VID PID", "%s %s" % (vid, pid))):
            cmd = _replace(cmd, placeholder, value)
        out.append(cmd)
    return out


def _fits(cmd: str, port: str) -> bool:
    if port.startswith("cdc-wdm"):
        return True
    kind = re.match(r"wwan\d+(qmi|mbim)\d+$", port)
    if not kind:
        return False
    other = _MBIM_TOOL_RE if kind.group(1) == "qmi" else _QMI_TOOL_RE
    return not other.search(cmd)


def _replace(cmd: str, placeholder: str, value: str) -> str:
    """``cmd`` with ``placeholder`` replaced by ``value``, marked as the input's (the rule's words stay its own)."""
    if placeholder not in cmd:
        return cmd
    parts = []
    for text, filled in (cmd.segments() if isinstance(cmd, FilledText) else [(cmd, True)]):
        for n, piece in enumerate(text.split(placeholder)):
            if n:
                parts.append((value, True))
            parts.append((piece, filled))
    return compose(*parts)
