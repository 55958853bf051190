"""Fix commands written for the system the input shows (host.system), not for Debian by default, and for the
one control port and modem id it shows (:func:`with_control_port`, :func:`with_modem_id`).

Rules write their commands for a Debian-like desktop (``sudo``, ``apt install``), sometimes with a line for
another system beside it (``sudo dnf install NetworkManager-wwan   # Fedora``, ``opkg install ...   # OpenWrt``).
On a system the input shows, a step keeps its own system's install lines; when it has none, its ``apt install``
becomes that system's installer with the same packages under that system's names (data/system-packages.csv:
usb-modeswitch is usb_modeswitch on Fedora, openSUSE and Arch), or goes when the system has no such package;
the install lines of other systems go. The "if missing" hint names the same installer. NixOS installs nothing
by command: its packages come from /etc/nixos/configuration.nix. On OpenWrt the shell is root's and has no
sudo, packages come from opkg (openwrt/packages libs/libqmi/Makefile ``Package/qmi-utils``), ``journalctl``
reads become ``logread``, ``systemctl`` on ModemManager its init script (openwrt/packages
net/modemmanager/files/etc/init.d/modemmanager), and coredumpctl goes.
"""
from __future__ import annotations

import functools
import re
from typing import Dict, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.filledtext import FilledText, compose

OPENWRT = "openwrt"
NIXOS_CONFIG = "/etc/nixos/configuration.nix"
# host.system -> (its column of data/system-packages.csv, how it installs packages)
SYSTEMS: Dict[str, Tuple[str, str]] = {
    OPENWRT: ("openwrt", "opkg update && opkg install %s"),
    "fedora": ("fedora", "sudo dnf install %s"),
    "rhel": ("fedora", "sudo dnf install %s"),  # RHEL, CentOS, Rocky, Alma 8 and later
    "rhel7": ("fedora", "sudo yum install %s"),  # RHEL and CentOS 7 and older
    "opensuse": ("suse", "sudo zypper install %s"),
    "arch": ("arch", "sudo pacman -S --needed %s"),  # Arch, Manjaro, EndeavourOS
    "alpine": ("alpine", "sudo apk add %s"),  # Alpine, postmarketOS (its sudo is doas-sudo-shim)
    "nixos": ("nixos", "sudoedit " + NIXOS_CONFIG + "   # %s"),
}
NIXOS_REBUILD = "sudo nixos-rebuild switch"
_APT_INSTALL_RE = regex_cache.compile(r"^\s*(?:sudo\s+)?apt(?:-get)?\s+install\s+(?P<packages>[^#;&|]+?)\s*(?:#.*)?$")
# a package name, one with a $(...) in it whole ("linux-modules-extra-$(uname -r)")
_PACKAGE_WORD_RE = regex_cache.compile(r"(?:[^\s$]|\$\([^)]*\))+")
# a command installing packages with another system's installer -> the column of that system; an apk line
# said to be OpenWrt's, or adding OpenWrt's kmod- packages (OpenWrt 25 moved to apk), is OpenWrt's, another Alpine's
_INSTALLERS = (("debian", regex_cache.compile(r"^\s*(?:sudo\s+)?apt(?:-get)?\s+install\b")),
               ("openwrt", regex_cache.compile(r"^\s*(?:sudo\s+)?(?:opkg\b|apk\s+add\b.*(?:#.*OpenWrt|\bkmod-))")),
               ("fedora", regex_cache.compile(r"^\s*(?:sudo\s+)?(?:dnf|yum)\s+install\b")),
               ("suse", regex_cache.compile(r"^\s*(?:sudo\s+)?zypper\s+(?:in|install)\b")),
               ("arch", regex_cache.compile(r"^\s*(?:sudo\s+)?pacman\s+-S")),
               ("alpine", regex_cache.compile(r"^\s*(?:sudo\s+)?apk\s+add\b")))
# the journal read as OpenWrt reads its log ring: "journalctl -b [-u UNIT]" -> "logread [-e UNIT]", when it
# has no other option and ends the command or feeds a pipe
_JOURNAL_RE = regex_cache.compile(r"\bjournalctl((?:\s+(?:-b|--boot|--no-pager|-u\s*\S+|--unit[= ]\S+))*)(?=\s*(?:$|\|))")
_UNIT_RE = regex_cache.compile(r"(?:-u\s*|--unit[= ])(\S+)")
# systemctl on ModemManager, the one unit of the rules' commands that OpenWrt runs as a procd service
_SYSTEMCTL_RE = regex_cache.compile(r"\bsystemctl\s+(?P<action>start|stop|restart|reload|status|enable|disable)\s+(?P<now>--now\s+)?"
                                    r"(?P<unit>ModemManager)(?:\.service)?(?=\s*(?:$|[|;&#),]))")
# commands of systemd's own that OpenWrt has no counterpart for
_SYSTEMD_ONLY_RE = regex_cache.compile(r"^\s*(?:sudo\s+)?coredumpctl\b")
# "sudo " where a command starts: the line's start, after a pipe, ;, && or ( / $(
_SUDO_RE = regex_cache.compile(r"(^|[|;&(]\s*)sudo\s+")


def install_hint(packages: List[str], system: Optional[str]) -> str:
    """The command that installs ``packages`` (Debian names) on ``system``; "" when one has no package there."""
    if system not in SYSTEMS:
        return "sudo apt install %s" % " ".join(packages)
    names = system_packages(packages, system)
    if not names:
        return ""
    if system == "nixos":
        return "%s in %s, then %s" % (_nixos_settings(names), NIXOS_CONFIG, NIXOS_REBUILD)
    return SYSTEMS[system][1] % " ".join(names)


def package_names(packages: List[str], system: Optional[str]) -> List[str]:
    """``packages`` (Debian names) as ``system`` names them, where it has them all (NixOS's column holds options
    where it has one, so there the Debian names stay)."""
    names = system_packages(packages, system) if system in SYSTEMS and system != "nixos" else None
    return names or packages


def fit_commands(commands: List[str], system: Optional[str]) -> List[str]:
    """``commands`` as they work on ``system``: unchanged unless it is one of :data:`SYSTEMS`."""
    if system not in SYSTEMS:
        return commands
    column = SYSTEMS[system][0]
    has_own = any(_installer(c) == column for c in commands)
    out: List[str] = []
    for cmd in commands:
        kind = _installer(cmd)
        if kind == "debian" and not has_own:
            out += _installed(_APT_INSTALL_RE.match(str(cmd)), system)
        elif system == OPENWRT and _SYSTEMD_ONLY_RE.match(str(cmd)):
            continue
        elif kind in (column, None):  # another system's install lines go
            out.append(_for_openwrt(cmd) if system == OPENWRT else _own_installer(cmd, system))
    return out


def fit_text(text: str, system: Optional[str]) -> str:
    """A step's prose (its safety note) as it reads on ``system``: on OpenWrt its commands named the OpenWrt way
    ("stop the ModemManager service first (/etc/init.d/modemmanager stop)")."""
    return _for_openwrt(text) if system == OPENWRT and text else text


def _installer(cmd: str) -> Optional[str]:
    """The package table column of the system whose installer ``cmd`` runs, None when it installs nothing."""
    return next((column for column, regex in _INSTALLERS if regex.match(str(cmd))), None)


def _installed(apt: "Optional[re.Match[str]]", system: str) -> List[str]:
    """The commands installing on ``system`` what an ``apt install`` line installs; none when it has no package."""
    names = system_packages(_PACKAGE_WORD_RE.findall(apt.group("packages")), system) if apt else None
    if not names:
        return []
    if system == "nixos":
        return [SYSTEMS[system][1] % _nixos_settings(names), NIXOS_REBUILD]
    return [SYSTEMS[system][1] % " ".join(names)]


def _nixos_settings(names: List[str]) -> str:
    """What configuration.nix says to have ``names``: the NixOS options among them ("hardware.usb-modeswitch.enable
    = true", which also installs the package's udev rules or service), the packages in environment.systemPackages."""
    options = [n for n in names if "=" in n]
    packages = [n for n in names if "=" not in n]
    said = ["set %s;" % o for o in options]
    if packages:
        said.append("add %s to environment.systemPackages" % " ".join(packages))
    return " ".join(said)


def _own_installer(cmd: str, system: str) -> str:
    """A Red Hat line's dnf as yum on a system old enough for yum only."""
    return re.sub(r"\bdnf\b", "yum", str(cmd)) if system == "rhel7" and _installer(cmd) == "fedora" else cmd


def _for_openwrt(cmd: str) -> str:
    """``cmd`` without its ``sudo`` words and with logread for journalctl, the spans filled from the input kept
    marked."""
    if isinstance(cmd, FilledText):
        return compose(*[(text if filled else _openwrt_words(text), filled) for text, filled in cmd.segments()])
    return _openwrt_words(cmd)


def _openwrt_words(text: str) -> str:
    return _SYSTEMCTL_RE.sub(_init_script, _JOURNAL_RE.sub(_logread, _SUDO_RE.sub(r"\1", text)))


def _init_script(systemctl: "re.Match[str]") -> str:
    """systemctl on one unit as OpenWrt's procd init script does it: "/etc/init.d/modemmanager restart"."""
    action, now, unit = systemctl.group("action"), systemctl.group("now"), "/etc/init.d/" + systemctl.group("unit").lower()
    if not now:
        return "%s %s" % (unit, action)
    first, second = ("enable", "start") if action == "enable" else ("stop", "disable")
    return "%s %s && %s %s" % (unit, first, unit, second)


def _logread(journal: "re.Match[str]") -> str:
    unit = _UNIT_RE.search(journal.group(1))
    return "logread -e %s" % unit.group(1) if unit else "logread"


def system_packages(packages: List[str], system: str) -> Optional[List[str]]:
    """The names on ``system`` of Debian ``packages`` (data/system-packages.csv; one another package already
    carries is left out); None when one has no package there."""
    column = _package_table().get(SYSTEMS[system][0], {})
    names = [column.get(p, "-") for p in packages]
    if "-" in names:
        return None
    return [n for n in names if n]


@functools.lru_cache(maxsize=None)
def _package_table() -> Dict[str, Dict[str, str]]:
    """column -> {Debian package -> that system's package ("" carried by another, "-" none)}."""
    from wwandoctor.knowledge import table_rows
    rows = table_rows("system-packages.csv")
    columns = [c for c in (rows[0] if rows else {}) if c not in ("debian", "note")]
    return {column: {row["debian"]: row[column].strip() for row in rows} for column in columns}


# the control-port placeholder of the rules' commands, and the tools that need a port of one protocol
PORT_PLACEHOLDER = "/dev/cdc-wdmN"
_QMI_TOOL_RE = regex_cache.compile(r"\b(?:qmicli|uqmi|qmi-network)\b")
_MBIM_TOOL_RE = regex_cache.compile(r"\b(?:mbimcli|umbim|mbim-network)\b")


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
