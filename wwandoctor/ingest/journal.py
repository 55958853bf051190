"""journalctl / syslog / kern.log / OpenWrt logread lines, routed by who wrote them.

Accepted forms (one per line, mixed freely)::

    Oct 27 10:58:44 host kernel: cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device        (short, syslog)
    Oct 27 10:58:44  kernel: [   44.12] usb 1-7: ...                             (kern.log, empty host)
    Feb 02 10:34:17 ModemManager[2761]: <wrn> [modem0] couldn't enable interface   (no host)
    2013-10-09T10:49:49.930237+02:00 linux-3m4i ModemManager[566]: [/dev/cdc-wdm0] Received message...#012>>>>>> RAW:
    [   44.123456] host ModemManager[566]: <info>  [modem0] state changed              (short-monotonic)
    Mon Oct 27 10:58:44 2014 daemon.notice netifd: Interface 'wwan' is setting up now (OpenWrt logread)
    I [Dec 21 13:07:31] kernel: usb 2-1: New USB device found, ...                 (Keenetic OS "show log")
    ModemManager[1178]: [modem0] (quectel) modem reset detected, triggering reprobe   (no timestamp)
    <wrn> [modem0] couldn't enable interface: 'Invalid transition'                     (-o cat)
    {"MESSAGE": "...", "SYSLOG_IDENTIFIER": "kernel", "_SOURCE_MONOTONIC_TIMESTAMP": "44123456", ...}  (-o json)

Kernel lines go to :func:`wwandoctor.ingest.kernel_log.kernel_message` (device
facts + LogLine origin "kernel"); DHCP client lines also give interface facts
(:func:`wwandoctor.ingest.dhcp.message_facts`); lines of ModemManager, NetworkManager, DHCP
clients, qmicli/mbimcli, quectel-CM, usb_modeswitch, FCC-unlock helpers... are
kept as LogLines with that origin; "#012"-escaped syslog continuations are
split into their own lines. Lines of unrelated programs are read and skipped.
"""
from __future__ import annotations

import json
import re
from typing import List, Optional, Tuple

from wwandoctor import logs, regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.kernel_log import ELISION, KernelState, kernel_message, split_prefix
from wwandoctor.ingest.merge import add_log, add_tool, rename_net, source_read
from wwandoctor.snapshot import LogLine, Snapshot

KIND = "journal"
COMMANDS = ("journalctl", "logread")
PRIORITY = 230

_MONO = regex_cache.compile(r"^\s*\[\s*(\d+\.\d+)\]\s+(?:[^\s\[\]:]+\s+)?(?P<tag>[^\s\[\]:]+)(?:\[\d+\])?:\s?(?P<msg>.*)$")
# short-monotonic lines of programs have "tag[pid]:" (a dmesg line "[ 4.1] usb 1-7: ..." has not)
_MONO_PID = regex_cache.compile(r"^\s*\[[^\]]*\]\s+(?:\S+\s+)?[^\s\[\]:]+\[\d+\]:")
# (a program logging without an ident shows only "[pid]:": logs.untagged_origin reads who wrote it from the message)
_OPENWRT = regex_cache.compile(r"^[A-Z][a-z]{2} [A-Z][a-z]{2}\s+\d+ \d\d:\d\d:\d\d \d{4} (?:\w+)\.(?:\w+) "
                               r"(?:(?P<tag>[^\s\[\]:]+)(?:\[\d+\])?|\[\d+\]):\s?(?P<msg>.*)$")
# the month as the locale writes it: "Oct", Czech "srp", German "Dez", French "déc.", Russian "дек"
_SYSLOG_START = regex_cache.compile(r"^(?:[^\W\d_]{2,5}\.?\s+\d{1,2}\s+\d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d)")
# the host of a syslog line ("Oct 27 10:58:44 myhost kernel: ...", "2013-10-09T10:49:49.93+02:00 myhost prog[1]: ...")
_SYSLOG_HOST = regex_cache.compile(_SYSLOG_START.pattern + r"(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\s+([\w.-]+)\s+[^\s\[\]:]+(?:\[\d+\])?: ")
# "tag[pid]: " or "kernel: ", maybe after a host name whose timestamp was cut ("raspbian kernel: ")
_BARE_TAG = regex_cache.compile(r"^(?:[A-Za-z][\w.-]*\s+)?(?:[A-Za-z][\w.-]*\[\d+\]: |kernel: )")
_MM_TAG = regex_cache.compile(r"^<(?:err|wrn|msg|inf|dbg|error|warn|info|debug|crit)>\s")
_JOURNAL_META = regex_cache.compile(r"^-- (?:Logs begin|Journal begins|Boot |No entries|Reboot|Subject:|Defined-By:).*$")
_UDEV_RENAME = regex_cache.compile(r"^([\w.-]+): Interface name change detected, renamed to ([\w.-]+?)\.?$")
# A ModemManager line showing it is used to connect (not only running).
_MM_CONNECTING = regex_cache.compile(r"simple connect|connection attempt|bearer|-> connect(?:ing|ed)\)|Activation: starting")
# "ModemManager (version 1.20.4) starting in system bus...", "NetworkManager (version 1.42.4) is starting..."
_DAEMON_VERSION = regex_cache.compile(r"^(?:<\w+>\s+)?(?:\[[\d.]+\]\s+)?(?:ModemManager|NetworkManager) \(version ([\w.~+-]+)\)")
_JSON_HEAD = regex_cache.compile(r'^\s*\{.*"(?:MESSAGE|__CURSOR|SYSLOG_IDENTIFIER)"\s*:')

# Programs whose every line is about modems; lines of other programs are kept only when they are.
MODEM_PROGRAMS = frozenset((
    "ModemManager", "qmicli", "mbimcli", "qmi-proxy", "mbim-proxy", "qmi-network", "mbim-network", "quectel-cm",
    "usb_modeswitch", "uqmi", "umbim", "pppd", "chat",
    # the PinePhone's modem power manager (its journal tag drops the dash)
    "eg25-manager", "eg25manager",
    # phone/modem serial tools: their own lines are about the modem (gammu-smsd "Error at init connection: ...")
    "gammu", "gammu-smsd", "wammu", "smsd", "minicom", "picocom",
))
_MODEM_WORDS = regex_cache.compile(r"(?i)wwan|modem|\beg25|cdc-wdm|ttyUSB|ttyACM|qmi|mbim|fcc|\bsim\b|cellular|\blte\b|\bgsm\b|"
                                   r"\bapn\b|\bww[pxs]\w+|\brmnet|\bmhi_?\w*|\bqmimux")
_OTHER_IFACE = regex_cache.compile(r"\b(?:wl\w+|wlan\d+|en[ops]\w+|eth\d+|docker\d+|br-\w+|virbr\d+|veth\w+|lo|tun\d+|wg\d+)\b")
# make building an external module against the running kernel's tree ("make[1]: *** /lib/modules/6.8.4-2-pve/build:
# No such file or directory.  Stop.", "make[2]: *** [scripts/Makefile.build:271: .../xmm7360.o] Error 1"): what a
# self-built modem driver's build says (signatures build:*)
_MODULE_BUILD = regex_cache.compile(r"/lib/modules/\S+/build|No rule to make target '?modules'?"
                                    r"|scripts/Makefile\.(?:build|modpost|modfinal):\d+")
# kmod (in systemd-modules-load, modprobe, a container runtime...) finding no module index for the running kernel:
# every driver, the modem's included, is missing (kmod libkmod/libkmod.c kmod_search_moddep)
_NO_MODULE_TREE = regex_cache.compile(r"could not open moddep file")
# Tools whose journal lines show the person runs them (origin -> cli.KNOWN_TOOLS name).
TOOL_ORIGINS = {"dhclient": "dhclient", "udhcpc": "udhcpc", "dhcpcd": "dhcpcd", "qmicli": "qmicli",
                "mbimcli": "mbimcli", "qmi-network": "qmi-network", "mbim-network": "mbim-network",
                "quectel-cm": "quectel-cm", "uqmi": "uqmi", "umbim": "umbim", "pppd": "pppd"}


def _json_record(line: str) -> Optional[Tuple[str, Optional[float], str]]:
    """(origin, time, message) of a journalctl -o json line."""
    try:
        rec = json.loads(line)
    except ValueError:
        return None
    if not isinstance(rec, dict):
        return None
    msg = rec.get("MESSAGE")
    if isinstance(msg, list):  # binary messages are byte arrays
        try:
            msg = bytes(int(b) & 0xFF for b in msg[:65536]).decode("utf-8", errors="replace")
        except (TypeError, ValueError):
            return None
    if not isinstance(msg, str):
        return None
    tag = str(rec.get("SYSLOG_IDENTIFIER") or rec.get("_COMM") or "")
    if rec.get("_TRANSPORT") == "kernel":
        tag = "kernel"
    time = None
    mono = rec.get("_SOURCE_MONOTONIC_TIMESTAMP") or rec.get("__MONOTONIC_TIMESTAMP")
    if tag == "kernel" and mono is not None:
        try:
            time = int(mono) / 1e6
        except (TypeError, ValueError):
            time = None
    return logs.normalize_tag(tag) if tag else "unknown", time, msg


_FACILITY = regex_cache.compile(r"\s(?:kern|user|daemon|auth|authpriv|syslog|local\d|cron|mail|news|lpr|uucp|ftp)\."
                                r"(?:emerg|alert|crit|err|error|warn|warning|notice|info|debug)\s")
_SHORT_FULL = regex_cache.compile(r"^[A-Z][a-z]{2} (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.\d+)? [A-Z]{2,5}\s")
_SHORT_UNIX = regex_cache.compile(r"^\d{9,11}\.\d+\s")
# Keenetic OS (NDM) system log, as "show log" / the web UI print it: a level letter (I, W, E, C...), the time in
# brackets, then "tag: message" ("E [Sep 30 11:31:54] ndm: Core::Ndss: ...", "I [Dec 21 13:07:31] kernel: usb 2-1: ...")
_NDM = regex_cache.compile(r"^[A-Z] \[([A-Z][a-z]{2}\s+\d{1,2} \d\d:\d\d:\d\d)\] (?=[^\s\[\]:]+(?:\[\d+\])?: )")


def _normalize(line: str) -> str:
    """Bring journalctl -o short-full / short-unix and "host kern.info kernel:" lines to the syslog form."""
    m = _SHORT_FULL.match(line)
    ndm = _NDM.match(line)
    if ndm:
        line = "%s %s" % (ndm.group(1), line[ndm.end():])
    elif m:
        line = "%sT%s %s" % (m.group(1), m.group(2), line[m.end():])
    elif _SHORT_UNIX.match(line):
        line = "1970-01-01T00:00:00 " + line[_SHORT_UNIX.match(line).end():]
    if not _OPENWRT.match(line):
        line = _FACILITY.sub(" ", line, count=1) if _FACILITY.search(line[:80]) else line
    return line


def split(line: str) -> Optional[Tuple[str, Optional[float], str]]:
    """(origin, time, message) of one journal/syslog line, or None when it is not one."""
    if _JSON_HEAD.match(line):
        return _json_record(line)
    return _split_text(_normalize(line))


def _split_text(line: str) -> Optional[Tuple[str, Optional[float], str]]:
    m = _OPENWRT.match(line)
    if m:
        return _tagged(m.group("tag"), m.group("msg"), None)
    m = _MONO.match(line)
    if m and (m.group("tag") == "kernel" or _MONO_PID.match(line)):
        return _tagged(m.group("tag"), m.group("msg"), float(m.group(1)))
    if _SYSLOG_START.match(line) or _BARE_TAG.match(line):
        origin, time, msg = logs.split_line(line)
        if origin == "unknown" and not _BARE_TAG.match(line):
            tag = re.match(r"^\S+\s+\S+\s+\S+\s+(?:\S+\s+)?([^\s\[\]:]+)(?:\[\d+\])?:", line)
            if tag is None:
                return None
        return origin, time, msg
    if _MM_TAG.match(line.strip()):
        return "ModemManager", None, line.strip()
    return None


def _tagged(tag: Optional[str], msg: str, time: Optional[float]) -> Tuple[str, Optional[float], str]:
    """Origin from the syslog tag (from the message without one); a kernel message may still carry its dmesg stamp
    ("[ 44.1] usb ...")."""
    origin = logs.normalize_tag(tag) if tag is not None else logs.untagged_origin(msg)
    if origin == "kernel":
        ktime, msg, _ = split_prefix(msg)
        time = ktime if ktime is not None else time
    return origin, time, msg


def detect(block: Block) -> int:
    lines = [ln for ln in block.lines[:200] if ln.strip() and not ELISION.match(ln)]
    if not lines:
        return 0
    hits = 0
    for ln in lines:
        ln = _normalize(ln)
        if (_JSON_HEAD.match(ln) or _OPENWRT.match(ln) or _BARE_TAG.match(ln) or _MM_TAG.match(ln.strip())
                or _JOURNAL_META.match(ln.strip())):
            hits += 1
        elif _SYSLOG_START.match(ln) and re.search(r"(?:[^\s\[\]:]+(?:\[\d+\])?|\[\d+\]): ", ln):
            hits += 1
        elif _MONO.match(ln) and split(ln) is not None:
            hits += 1
    if hits >= 0.5 * len(lines):
        return 92
    cmd = block.command or ""
    if hits and re.search(r"\b(journalctl|logread)\b|/var/log/", cmd):
        return 70
    return 40 if hits >= 0.2 * len(lines) else 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    state = KernelState()
    source = "paste:" + (block.name or "-")
    left: List[str] = []
    for line in block.lines:
        if not line.strip() or ELISION.match(line) or _JOURNAL_META.match(line.strip()):
            continue
        parts = split(line)
        if parts is None:
            left.append(line)
            continue
        host = _SYSLOG_HOST.match(line)
        if host:
            snap.note_name("hostname", host.group(1))
        origin, time, msg = parts
        for piece in msg.split("#012"):
            if piece.strip():
                _route(snap, origin, time, piece, source, state)
    source_read(snap, block, left, "paste:journal")
    return left


def _about_modems(origin: str, msg: str) -> bool:
    """Lines of modem programs always; others (NetworkManager, DHCP clients, udev...) when they name a modem
    thing, and DHCP client lines also when they name no other interface."""
    if origin in MODEM_PROGRAMS or _MODEM_WORDS.search(msg):
        return True
    if origin == "make" and _MODULE_BUILD.search(msg):
        return True
    if _NO_MODULE_TREE.search(msg):
        return True
    if origin == "netifd" and _handler_fact(msg):
        return True
    if origin == "NetworkManager" and _NM_FACT_HINT.search(msg) and _handler_fact(msg, origin):
        return True
    if origin.startswith("systemd") and _shutdown_fact(msg):
        return True
    return origin in TOOL_ORIGINS and not _OTHER_IFACE.search(msg)


# NetworkManager's lines about a modem that name no modem thing: its PPP manager's, and its 0.7 GSM code's registration,
# PIN and dial progress ("Automatic registration failed: registration denied.", "No carrier"); only these are matched
# against the signatures
_NM_FACT_HINT = regex_cache.compile(r"ppp|[Rr]egist|Searching for a network|PIN|No carrier")


# facts a non-modem interface's line proves as well (DHCP on an Ethernet WAN)
_SHARED_FACTS = frozenset(("dhcp:no-offer", "dhcp:lease"))


def _handler_fact(msg: str, origin: str = "netifd") -> bool:
    """An OpenWrt protocol handler's line (qmi.sh "wwan (812): SIM locked PUK required"), or NetworkManager's about the
    modem's PPP link ("pppd timed out or didn't initialize our dbus module"), that proves a modem fact without naming
    a modem thing: kept, whatever the interface is called."""
    from wwandoctor import signatures
    return bool(set(signatures.scan([LogLine(text=msg.strip(), origin=origin)])) - _SHARED_FACTS)


def _shutdown_fact(msg: str) -> bool:
    """systemd's or logind's line that the system is going down (signature host:shutting-down): what a
    service stopped then is stopped for."""
    from wwandoctor import signatures
    return "host:shutting-down" in signatures.scan([LogLine(text=msg.strip(), origin="systemd")])


def _route(snap: Snapshot, origin: str, time: Optional[float], msg: str, source: str, state: KernelState) -> None:
    if origin == "kernel":
        kernel_message(snap, msg, time, source, state)
        if "kernel-log" not in snap.sources:
            snap.set_source("kernel-log", "ok", "pasted")
        return
    version = _DAEMON_VERSION.search(msg) if origin in ("ModemManager", "NetworkManager") else None
    if version:
        snap.versions.setdefault(origin, version.group(1))
    if not _about_modems(origin, msg):
        return
    add_log(snap, LogLine(text=msg.rstrip(), origin=origin, time=time, source=source))
    rename = _UDEV_RENAME.match(msg.strip()) if origin == "systemd-udevd" else None
    if rename:
        rename_net(snap, rename.group(1), rename.group(2))
    if origin == "ModemManager" and _MM_CONNECTING.search(msg):
        add_tool(snap, "modemmanager", "ModemManager: %s" % msg.strip())
    if origin == "NetworkManager" and re.search(r"\bdevice \(|modem|Activation", msg):
        add_tool(snap, "networkmanager", "NetworkManager: %s" % msg.strip())
    tool = TOOL_ORIGINS.get(origin)
    if tool:
        add_tool(snap, tool, "%s: %s" % (origin, msg.strip()))
    if origin in ("dhclient", "udhcpc", "dhcpcd"):
        from wwandoctor.ingest.dhcp import message_facts
        message_facts(snap, msg)
    elif origin == "netifd":
        add_tool(snap, "netifd", "netifd: %s" % msg.strip())
    if origin != "udhcpc" and re.search(r"\budhcpc: ", msg):
        add_tool(snap, "udhcpc", "%s: %s" % (origin, msg.strip()))
