"""host.system: the distribution the input shows the machine runs, where its commands differ from Debian's
(system_commands.SYSTEMS: its package manager, its package names; OpenWrt also has no sudo and no journal).

Read from, first shown first:
    os-release (a snapshot's, or pasted):  ID=fedora / ID_LIKE="rhel centos fedora" VERSION_ID="7"  -> fedora / rhel7
    the kernel release or version line:    6.5.6-300.fc39.x86_64, 6.6.7-arch1-1, 6.4.0-150600.23-default,
                                           #1-NixOS SMP                                          -> fedora, arch, opensuse, nixos
    a distribution's default host name:    [jane@fedora ~]$, root@archiso, [nixos@nixos:~]$
    a command of its package manager:      $ sudo zypper install ..., $ sudo pacman -S ...
    the post's words:                      "on Fedora 39", "my Manjaro laptop", "postmarketOS on a PinePhone"
Debian, Ubuntu and their derivatives are the rules' own default and set nothing. The post's words count only
when they name one family and no other (a Debian-like one included), and not in the past or elsewhere
(prose_kernel.not_now: "worked on Fedora").
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.model.types import Host
from wwandoctor.snapshot import Snapshot

# os-release ID (or an ID_LIKE word) -> host.system; a Red Hat one is "rhel7" up to VERSION_ID 7 (yum only)
_OS_IDS = {"fedora": "fedora", "rhel": "rhel", "centos": "rhel", "rocky": "rhel", "almalinux": "rhel", "ol": "rhel",
           "opensuse": "opensuse", "opensuse-leap": "opensuse", "opensuse-tumbleweed": "opensuse", "suse": "opensuse",
           "sles": "opensuse", "sled": "opensuse", "arch": "arch", "manjaro": "arch", "endeavouros": "arch",
           "alpine": "alpine", "postmarketos": "alpine", "nixos": "nixos", "openwrt": "openwrt"}
_DEBIAN_IDS = {"debian", "ubuntu", "raspbian", "linuxmint", "pop", "armbian", "devuan", "kali"}
_OS_RELEASE_LINE_RE = regex_cache.compile(r"""^\s*(ID|ID_LIKE|VERSION_ID)=["']?([\w .-]+?)["']?\s*$""")
# kernel flavours the distributions name their builds with
_KERNEL_MARKS: Tuple[Tuple[str, "re.Pattern[str]"], ...] = (
    ("fedora", regex_cache.compile(r"\.fc\d\d\b")),
    ("rhel7", regex_cache.compile(r"\.el[4-7](?:_\d+)?\b")),
    ("rhel", regex_cache.compile(r"\.el(?:[89]|1\d)(?:_\d+)?\b")),
    ("arch", regex_cache.compile(r"-(?:arch\d+-\d+|ARCH|MANJARO)\b|-\d+-MANJARO\b")),
    ("opensuse", regex_cache.compile(r"^\d+\.\d+\.\d+-[\d.]+-default$")),
    ("alpine", regex_cache.compile(r"-postmarketos-|^\d+\.\d+\.\d+-\d+-(?:lts|virt|edge)$")),
    ("nixos", regex_cache.compile(r"#1-NixOS\b")),
)
_MODULE_DIR_RE = regex_cache.compile(r"/lib/modules/(\d+\.\d+[^/\s'\"]*)/")
# default host names of a fresh install
_DEFAULT_HOSTS = {"fedora": "fedora", "archlinux": "arch", "archiso": "arch", "nixos": "nixos"}
_INSTALLER_COMMAND_RE = regex_cache.compile(r"^(?:sudo\s+)?(?P<tool>dnf|yum|zypper|pacman|yay|paru|nixos-rebuild|nix-env)\s")
_INSTALLER_SYSTEM = {"dnf": "fedora", "yum": "rhel7", "zypper": "opensuse", "pacman": "arch", "yay": "arch",
                     "paru": "arch", "nixos-rebuild": "nixos", "nix-env": "nixos"}
# distributions named in the post's words -> host.system ("debian": the rules' default, counted to see a mix)
_NAMED: Tuple[Tuple[str, "re.Pattern[str]"], ...] = (
    ("fedora", regex_cache.compile(r"\bFedora\b")),
    ("rhel", regex_cache.compile(r"\b(?:RHEL|Red\s?Hat\s+Enterprise|CentOS\s+Stream|Rocky\s+Linux|Alma\s?Linux)\b(?!\s*[4-7]\b)")),
    ("rhel7", regex_cache.compile(r"\b(?:RHEL|CentOS)\s*[4-7](?:\.\d+)?\b|\bCentOS\b(?!\s+Stream)")),
    ("opensuse", regex_cache.compile(r"\b(?:open\s?SUSE|SLES|SUSE\s+Linux)\b", re.I)),
    # Arch and the systems built on it (Artix, Garuda, CachyOS; LARBS installs onto Arch)
    ("arch", regex_cache.compile(r"\b(?:Arch\s?Linux|Manjaro|EndeavourOS|Arch\s?ARM|Artix|Garuda|CachyOS|LARBS)\b|"
                                 r"\b(?:on|using|running|with|under)\s+Arch\b")),
    ("alpine", regex_cache.compile(r"\b(?:Alpine\s+Linux|postmarketOS|pmOS)\b|\b(?:on|using|running|with|under)\s+Alpine\b")),
    ("nixos", regex_cache.compile(r"\bNixOS\b", re.I)),
    ("openwrt", regex_cache.compile(r"\b(?:on|using|running|under)\s+(?:OpenWrt|LEDE|ImmortalWrt)\b", re.I)),
    ("debian", regex_cache.compile(r"\b(?:Debian|[KXL]?ubuntu|Raspbian|Raspberry\s?Pi\s+OS|Linux\s+Mint|Pop!_OS|Armbian|"
                                   r"Devuan)\b", re.I)),
)


def other_system(snap: Snapshot, host: Host) -> None:
    """host.system when host._openwrt found no OpenWrt output: from os-release, the kernel, a prompt, a command or
    the post's words (which may name OpenWrt as the machine's: "on OpenWrt")."""
    for read in (_os_release, _kernel_mark, _default_host, _installer_command, _named_in_words):
        found = read(snap, host)
        if found:
            system, shown = found
            host.note("system", system, "input", shown)
            return


def _os_release(snap: Snapshot, host: Host) -> Optional[Tuple[str, str]]:
    fields = dict(snap.kernel.os_release) or _pasted_os_release(snap)
    system = os_release_system(fields)
    if system:
        return system, "/etc/os-release: " + " ".join("%s=%s" % kv for kv in sorted(fields.items()))
    return None


def os_release_system(fields: Dict[str, str]) -> Optional[str]:
    """The host.system of os-release's ID / ID_LIKE / VERSION_ID; None for a Debian-like or unknown one."""
    words = [fields.get("ID", "").lower()] + fields.get("ID_LIKE", "").lower().split()
    if words[0] in _DEBIAN_IDS:
        return None
    system = next((_OS_IDS[w] for w in words if w in _OS_IDS), None)
    major = re.match(r"\d+", fields.get("VERSION_ID", ""))
    if system == "rhel" and major and int(major.group(0)) <= 7:
        return "rhel7"
    return system


def _pasted_os_release(snap: Snapshot) -> Dict[str, str]:
    from wwandoctor.model.signals import unrecognized_lines
    fields: Dict[str, str] = {}
    for line in list(unrecognized_lines(snap)) + [l for l in snap.log if l.origin == "tool"]:
        m = _OS_RELEASE_LINE_RE.match(line.text)
        if m:
            fields.setdefault(m.group(1), m.group(2))
    return fields if "ID" in fields else {}


def _kernel_mark(snap: Snapshot, host: Host) -> Optional[Tuple[str, str]]:
    for text in [snap.kernel.release, host.kernel_release, snap.kernel.version_line] + _module_dir_releases(snap):
        for system, regex in _KERNEL_MARKS:
            if text and regex.search(text):
                return system, "the kernel %s" % text
    return None


def _module_dir_releases(snap: Snapshot) -> List[str]:
    """The kernel releases the output's /lib/modules/<release>/ paths name (a module build's make lines)."""
    from wwandoctor.model.signals import text_lines
    return [m.group(1) for line in text_lines(snap) for m in _MODULE_DIR_RE.finditer(line.text)]


def _default_host(snap: Snapshot, host: Host) -> Optional[Tuple[str, str]]:
    return next(((_DEFAULT_HOSTS[name.lower()], "a shell prompt of the host %r" % name)
                 for name in snap.names.get("hostname", []) if name.lower() in _DEFAULT_HOSTS), None)


def _installer_command(snap: Snapshot, host: Host) -> Optional[Tuple[str, str]]:
    for cmd in snap.commands:
        m = _INSTALLER_COMMAND_RE.match(cmd)
        if m:
            return _INSTALLER_SYSTEM[m.group("tool")], "the command %r" % cmd[:120]
    return None


def _named_in_words(snap: Snapshot, host: Host) -> Optional[Tuple[str, str]]:
    """The one distribution family the post's words name as the machine's."""
    named = {}
    for system, sentence in _named(snap):
        named.setdefault(system, sentence)
    if "rhel" in named and "rhel7" in named:  # "CentOS 7" and "RHEL" alike: yum serves both
        del named["rhel"]
    if len(named) != 1 or "debian" in named:
        return None
    system, sentence = named.popitem()
    return system, "the post says: %s" % sentence[:160]


def _named(snap: Snapshot) -> Iterable[Tuple[str, str]]:
    from wwandoctor.model.prose_kernel import named_now
    return ((system, sentence) for system, sentence, _ in named_now(snap, _NAMED))

