"""Shared helpers for log lines: which kernel lines matter, who wrote a line, bounds.

Used by the live kernel-log collector and by the parsers of pasted
``dmesg`` / ``journalctl`` / syslog text. Real lines these helpers handle::

    [   44.121112] usb 1-1.4: New USB device found, idVendor=12d1, idProduct=1f01
    Oct 27 10:58:44  kernel: cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device
    Feb 02 10:34:17 ModemManager[2761]: <wrn> [modem0] couldn't enable interface: 'Invalid transition'
    2013-10-09T10:49:49.930237+02:00 linux-3m4i ModemManager[566]: [/dev/cdc-wdm0] Received message...

* :func:`is_relevant` says whether a kernel message is about modems (USB
  enumeration/disconnect/reset/errors, the modem drivers, wwan, mhi, t7xx,
  iosm, rfkill, usb_modeswitch, firmware loading, lockdown and module
  signatures), using ``data/log-signatures.csv`` regexes plus prefixes.
* :func:`origin_of` names the program that wrote a line (``kernel``,
  ``ModemManager``, ``NetworkManager``, ``qmicli``, ``dhclient``...).
* :func:`split_line` / :func:`to_logline` strip syslog and dmesg prefixes.
* :func:`bound` keeps at most :data:`MAX_LOG_LINES`: the first lines (boot-time
  enumeration) and the newest ones.
"""
from __future__ import annotations

import csv
import functools
import io
import re
from typing import List, Optional, Pattern, Sequence, Tuple

from wwandoctor import drivers, regex_cache
from wwandoctor.lazyregex import LazyRegex, required_literal, required_literals, required_runs
from wwandoctor.lazyregex import alternatives as _alternatives
from wwandoctor.snapshot import LogLine

MAX_LOG_LINES = 2000
HEAD_LINES = 300  # of MAX_LOG_LINES, kept from the start of the log (enumeration at boot)

# Kernel drivers/subsystems whose "<driver> <device>: message" lines are about modems.
# The modem drivers of wwandoctor.drivers, and the subsystems and other names of a modem's kernel lines.
MODEM_LOG_MODULES = tuple(sorted(
    drivers.USB_MODEM_DRIVERS | set(drivers.USB_HELPER_MODULES) | set(drivers.MODEM_NET_DRIVERS)
    | set(drivers.PCI_MODEM_DRIVERS + drivers.VENDOR_PCI_DRIVERS + drivers.MHI_CLIENT_DRIVERS)
    | {"cdc-wdm", "cdc-acm", "usb-storage", "usb_storage", "wwan", "mhi", "t7xx", "rfkill", "usb_modeswitch",
       "qcqmi", "rmnet", "cdc_subset", "zaurus"}))

_PREFIX_RE = regex_cache.compile(
    # usb core: "usb 1-7: ...", a root hub's port "usb usb1-port3: ...", an external hub's port "usb 1-1-port2: ..."
    # (linux drivers/usb/core/port.c:561 in 5.4.188 names a port "%s-port%d" after its hub device)
    r"^(?:usb\s+(?:\d+-[\d.]+(?:-port\d+)?|usb\d+-port\d+)[:\s]"
    r"|hub\s+\d+-[\d.]+:[\d.]+:"                              # "hub 1-0:1.0: over-current ..."
    r"|(?:%s)[\s:]"                                           # "<driver> <dev>: ..." / "rfkill: ..."
    r"|mhi\s+mhi\d+:"                                         # "mhi mhi0: ..."
    r"|wwan\d*[\s:])" % "|".join(re.escape(d) for d in MODEM_LOG_MODULES))

_KEYWORD_RE = regex_cache.compile(
    r"\bcdc-wdm\d+|usb-storage|\bwwan\d|\bttyUSB\d|\bwwp\w+|usb_modeswitch|usbfs: |\bmhi\b|\bt7xx\b"
    r"|[Ff]irmware: direct-loading|Direct firmware load|firmware load|[Ff]ailed to load firmware"
    r"|Lockdown:|locked down|module verification failed|module signature|[Ll]oading of (?:unsigned )?module"
    r"|Key was rejected|PKCS#7 signature|scsi \d+:\d+:\d+:\d+: CD-ROM")

# "usbcore: registered new interface driver X" is kept only for modem drivers.
_REGISTERED_RE = regex_cache.compile(r"usbcore: registered new (?:interface )?driver (\S+)")


@functools.lru_cache(maxsize=1)
def signature_patterns() -> Tuple[LazyRegex, ...]:
    """The ``regex_hint`` of the kernel rows of data/log-signatures.csv (empty hints skipped), each
    compiled when a line holds its literal (tests/test_logs.py checks that every one compiles)."""
    from wwandoctor.resources import data_text
    patterns = []
    for row in csv.DictReader(io.StringIO(data_text("log-signatures.csv"), newline="")):
        hint = (row.get("regex_hint") or "").strip()
        if row.get("origin") == "kernel" and hint:
            patterns.append(LazyRegex(hint))
    return tuple(patterns)


@functools.lru_cache(maxsize=1)
def _anchored_signatures() -> Tuple[Tuple[Optional[str], LazyRegex], ...]:
    return tuple((required_literal(p.pattern), p) for p in signature_patterns())


@functools.lru_cache(maxsize=1)
def _gated_signatures() -> Tuple[Tuple[Optional[Tuple[str, ...]], LazyRegex], ...]:
    return tuple((p.literals, p) for p in signature_patterns())


_KEYWORD_HINTS = ("cdc-wdm", "usb-storage", "wwan", "ttyUSB", "wwp", "usb_modeswitch", "usbfs: ", "mhi", "t7xx",
                  "irmware", "ocked down", "Lockdown:", "module verification", "module signature",
                  "unsigned module", "oading of module", "Key was rejected", "PKCS#7", "CD-ROM")


@functools.lru_cache(maxsize=1)
def _gate() -> Tuple[Pattern, Tuple[LazyRegex, ...]]:
    """One regex finding any text that _KEYWORD_RE or a signature needs, and the signatures it cannot gate.

    A line without any of these literals cannot match _KEYWORD_RE nor a gated
    signature, so one C-level search rejects most unrelated lines."""
    literals, ungated = gate_literals()
    return re.compile(_trie_regex(literals)), ungated


@functools.lru_cache(maxsize=1)
def gate_literals() -> Tuple[Tuple[str, ...], Tuple[LazyRegex, ...]]:
    """The literals of :func:`_gate` (one of them is in every line _KEYWORD_RE or a gated signature
    matches), and the signatures no literal gates. Also used by the ingest prefilter."""
    literals = set(_KEYWORD_HINTS)
    ungated = []
    for anchors, pattern in _gated_signatures():
        if anchors is None:
            ungated.append(pattern)
            continue
        for alt in _alternatives(pattern.pattern):
            # "wwan (wwan\d+): port ..." needs "wwan ", which holds the hint "wwan": no new literal
            # (a new ": port " would let every "docker0: port 1(veth...)" line through)
            if not any(h in run for run in required_runs(alt) or [] for h in _KEYWORD_HINTS):
                literals.add(required_literal(alt))
    return tuple(sorted(literals)), tuple(ungated)


def _trie_regex(literals) -> str:
    """A regex matching any of ``literals``, branches merged by common prefix.

    ``["abc", "abd", "x"]`` -> ``(?:ab(?:c|d)|x)``: the regex engine tries one
    branch per distinct first character instead of one per literal (2x faster here)."""
    trie: dict = {}
    for lit in literals:
        node = trie
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:  # a shorter literal already ends here: it suffices
            return ""
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:%s)" % "|".join(alts)

    return emit(trie)


def is_relevant(text: str) -> bool:
    """True when a kernel message (without timestamp) is about modems, USB or the radio."""
    text = text.strip()
    if not text:
        return False
    if "usbcore: registered new " in text:
        registered = _REGISTERED_RE.search(text)
        if registered:
            return registered.group(1) in MODEM_LOG_MODULES
    if _PREFIX_RE.match(text):
        return True
    gate, ungated = _gate()
    if gate.search(text) is None:
        return any(pattern.search(text) for pattern in ungated)
    if _KEYWORD_RE.search(text):
        return True
    return any((anchors is None or any(a in text for a in anchors)) and pattern.search(text)
               for anchors, pattern in _gated_signatures())


# --- prefixes and origins ------------------------------------------------------

_DMESG_TIME_RE = regex_cache.compile(r"^\[\s*(\d+\.\d+)\]\s?")
_SYSLOG_TIME = r"(?:[A-Z][a-z]{2}\s+\d{1,2}\s+\d\d:\d\d:\d\d(?:\.\d+)?|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?)"
# With a timestamp: optional host, then "tag[pid]:" or "tag:", or "[pid]:" alone (a line whose ident was dropped, see
# :data:`UNTAGGED`).
_SYSLOG_RE = regex_cache.compile(r"^" + _SYSLOG_TIME + r"\s+(?:(?P<host>[^\s\[\]:]+)\s+)?(?:(?P<tag>[^\s\[\]:]+)(?:\[\d+\])?|\[\d+\]):"
                                 r"\s?(?P<msg>.*)$")
# Without a timestamp only "tag[pid]:" or "kernel:" is recognised ("option1 ttyUSB0: ..." is a kernel message).
# A host name may stand before the tag when the timestamp was cut ("raspbian kernel: usb 1-1: ...").
_BARE_TAG_RE = regex_cache.compile(r"^(?:[A-Za-z][\w.\-]*\s+)?(?:(?P<tag>[A-Za-z][\w.\-]*)\[\d+\]:\s?(?P<msg>.*)$"
                                   r"|(?P<ktag>kernel):\s?(?P<kmsg>.*)$)")

_TAGS = {
    # "modem-manager": ModemManager's daemon before 0.6 ("modem-manager[27932]: <info>  ModemManager (version
    # 0.5.2.0) starting...", Ubuntu 12.04 syslogs)
    "kernel": "kernel", "modemmanager": "ModemManager", "modem-manager": "ModemManager", "networkmanager": "NetworkManager",
    "nm-dispatcher": "NetworkManager", "dhclient": "dhclient", "udhcpc": "udhcpc", "dhcpcd": "dhcpcd",
    "quectel-cm": "quectel-cm", "quectel-cm.": "quectel-cm", "qmicli": "qmicli", "mbimcli": "mbimcli",
    "qmi-proxy": "qmi-proxy", "mbim-proxy": "mbim-proxy", "qmi-network": "qmi-network",
    "mbim-network": "mbim-network", "usb_modeswitch": "usb_modeswitch",
    "usb_modeswitch_dispatcher": "usb_modeswitch", "systemd-networkd": "systemd-networkd",
    "pppd": "pppd", "netifd": "netifd", "uqmi": "uqmi", "umbim": "umbim", "chat": "pppd",
}

# ModemManager's own marks in a message: its level tag (mm-log.c, "<warn>" before 1.14, "<wrn>" since), the log id of
# the object that logs (mm-log-object.c: "[modem9]", "[modem0/bearer1]", "[base-manager]", "[device /sys/...]",
# "[ttyUSB2/probe]", "[cdc-wdm0/qmi]"), the "(tty/ttyUSB2)" port prefix of versions before 1.14, libqmi's trace, or a
# GLib assertion naming one of its source files
_MM_MARKS = regex_cache.compile(r"^<(?:err|wrn|msg|inf|dbg|error|warn|info|debug)>\s|\[modem\d+(?:/\w+)?\]|\[base-manager\]"
                                r"|\[device /sys/|^\[[\w.-]+/(?:probe|at|qmi|mbim|qcdm)\]|^\((?:tty|net|usbmisc|usb|wwan)/[\w.-]+\)"
                                r"|^\[/dev/\S+\] (?:Received|Sent) message"
                                # a GLib assertion in one of the daemon's sources (signature mm:daemon-crashed)
                                r"|^ERROR:(?:(?!libmm-glib/)[\w.+-]*/)*mm-[\w-]+\.c:\d+:")
_CONTENT_ORIGINS = (
    (_MM_MARKS, "ModemManager"),
    (regex_cache.compile(r"QmiDevice|QMI protocol error|\[/dev/\S+\]|qmicli|--device-open-"), "qmicli"),
    (regex_cache.compile(r"MbimDevice|mbimcli"), "mbimcli"),
    (regex_cache.compile(r"^udhcpc|udhcpc:"), "udhcpc"),
    (regex_cache.compile(r"Unsupported device type \d+ for|DHCP(?:DISCOVER|REQUEST|OFFER|ACK|NAK) |Listening on LPF/|dhclient"), "dhclient"),
    (regex_cache.compile(r"QConnectManager|Quectel_|QMUXResult|^\[\d\d-\d\d_\d\d:\d\d:\d\d:\d+\]"), "quectel-cm"),
    (regex_cache.compile(r"usb_modeswitch"), "usb_modeswitch"),
)


# A NixOS unit's script runs from the Nix store, and journald tags its lines with the file's name: the store
# hash (32 characters of Nix's base32 alphabet), a dash, then the script's name ("<hash>-stop-modem[704]: ...")
_NIX_STORE_HASH = regex_cache.compile(r"^[0-9a-df-np-sv-z]{32}-(?=\S)")


def normalize_tag(tag: str) -> str:
    tag = _NIX_STORE_HASH.sub("", tag)
    return _TAGS.get(tag.lower(), tag)


def split_line(line: str) -> Tuple[str, Optional[float], str]:
    """``(origin, kernel time or None, message)`` of one journal/syslog/dmesg line."""
    line = line.rstrip("\r\n")
    m = _DMESG_TIME_RE.match(line)
    if m:
        return "kernel", float(m.group(1)), line[m.end():]
    m = _SYSLOG_RE.match(line)
    if m:
        return _tagged(m.group("tag"), m.group("msg"))
    m = _BARE_TAG_RE.match(line)
    if m:
        if m.group("ktag"):
            return _tagged("kernel", m.group("kmsg"))
        return _tagged(m.group("tag"), m.group("msg"))
    return _origin_from_content(line), None, line


def untagged_origin(msg: str) -> str:
    """Who wrote a syslog line that carries only its pid, no ident ("Thu Dec 14 18:27:20 2023 daemon.warn [8783]:
    <warn>  [modem9] port cdc-wdm0 timed out 3 consecutive times", OpenWrt logread): the program whose own marks the
    message carries (ModemManager's level tag and log ids...), else unknown."""
    return _origin_from_content(msg)


def _tagged(tag: Optional[str], msg: str) -> Tuple[str, Optional[float], str]:
    if tag is None:  # "[pid]:" without an ident
        return untagged_origin(msg), None, msg
    origin = normalize_tag(tag)
    if origin == "kernel":  # "kernel: [   44.12] usb ..." (old syslog keeps the stamp)
        m = _DMESG_TIME_RE.match(msg)
        if m:
            return origin, float(m.group(1)), msg[m.end():]
    return origin, None, msg


def _origin_from_content(text: str) -> str:
    stripped = text.strip()
    for pattern, origin in _CONTENT_ORIGINS:
        if pattern.search(stripped):
            return origin
    if _PREFIX_RE.match(stripped) or _REGISTERED_RE.search(stripped):
        return "kernel"
    return "unknown"


def origin_of(line: str) -> str:
    """Who wrote a journal/syslog/dmesg line: kernel, ModemManager, NetworkManager, qmicli, ... or unknown."""
    return split_line(line)[0]


def to_logline(line: str, source: str) -> LogLine:
    """A LogLine from one pasted or journal line, prefixes removed."""
    origin, time, text = split_line(line)
    return LogLine(text=text, origin=origin, time=time, source=source)


def bound(lines: Sequence, limit: int = MAX_LOG_LINES, head: int = HEAD_LINES) -> Tuple[List, int]:
    """Keep the first ``head`` and the newest ``limit - head`` items; returns (kept, number dropped)."""
    if len(lines) <= limit:
        return list(lines), 0
    head = min(head, limit)
    tail = limit - head
    kept = list(lines[:head]) + (list(lines[-tail:]) if tail else [])
    return kept, len(lines) - limit
