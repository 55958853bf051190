"""Privacy: replace personal identifiers by stable aliases.

Runs after parsing and diagnosis (so it can never change a finding) and
before rendering or saving. One :class:`Redactor` holds the alias table of
one report: the same value gets the same alias everywhere, different values
get different aliases. What a helper needs is kept in the alias::

    usb 1-1.4: SerialNumber: 0123456789ABCDEF   ->  usb 1-1.4: SerialNumber: SERIAL-1
    "imei": "356938035643809"                   ->  "imei": "35693803-IMEI-1"      (TAC kept)
    imsi: 310410123456789                       ->  imsi: 310410-IMSI-1            (MCC+MNC kept)
    iccid: 89014103211118510720                 ->  iccid: 8901410-ICCID-1         (issuer kept)
    wwan0: ... CDC MBIM, d2:cc:f3:56:10:30      ->  ... CDC MBIM, d2:cc:f3-MAC-1   (vendor half kept)
    inet 81.2.69.142/30, default via 10.0.0.1   ->  inet public-ipv4-1/30, default via 10.0.0.1
    Oct 27 10:58:44 myhost kernel: ...          ->  Oct 27 10:58:44 HOST-1 kernel: ...
    jane@myhost:~$ ... /home/jane/...           ->  USER-1@HOST-1:~$ ... /home/USER-1/...
    From: Jane Doe <jane@example.org>           ->  From: PERSON-1 <EMAIL-1>
    APN_PASS=secret                             ->  APN_PASS=PASSWORD-1
    connection 'Jane LTE' (5fb06bd0-b09a-...)   ->  connection 'CONN-1' (UUID-1)

Kept on purpose (not personal): private, CGNAT, loopback, link-local,
multicast and broadcast addresses, the all-ff and zero MACs, firmware and
version strings, USB/PCI bus paths, D-Bus paths, timestamps, hex codes,
VID:PID pairs, placeholders such as ``--``.

Three passes per text (after terminal escape codes are stripped): *learn*
values from labelled and contextual patterns (``imei: X``, ``SerialNumber: X``,
``user@host:~$``, syslog host field, and the tables of
:mod:`wwandoctor.redact_patterns`: AT credentials, PINs, raw SIM bytes, cells,
positions, connection names...) and identifiers recognised by shape (Luhn-valid
IMEIs in any grouping, ``89...`` ICCIDs, public addresses, EUI-64); *replace*
them where they stand and, for identifiers, everywhere else they occur in every
spelling (:func:`spellings`: digit separators, BCD SIM bytes, ASCII/UTF-16 hex,
MAC notations and ``enx``/``wwx`` names, reversed or dashed addresses); then
replace what is recognised by shape alone (MACs, public IP addresses, phone
numbers, e-mail addresses, digits spelled inside hex dumps).

Structured data (snapshots, reports) is walked key by key: a key such as
``imei``, ``serial``, ``mac``, ``iccid``, ``APN_PASS`` says what its value is
(:data:`KEY_HINTS`); every other string is redacted as free text.

A rule's text in a report (title, message, fix steps, settle commands, the
verdict) is a :class:`~wwandoctor.filledtext.FilledText`: the rule author's
words with values from the user's data filled in. Only the filled values are
redacted, with the same aliases as everywhere else, and the author's words
around them still tell what a value is (``nmcli connection up NAME``); the
words themselves are kept as written and nothing is learnt from them
(``ip link set wwan0 address 02:00:00:00:00:01`` stays a working command).
"""
from __future__ import annotations

import functools
import ipaddress
import re
from typing import Any, Dict, List, Optional, Pattern, Tuple

from wwandoctor import redact_patterns, regex_cache
from wwandoctor.filledtext import FilledText, compose
from wwandoctor.saved_snapshot import from_dict
from wwandoctor.snapshot import Snapshot

# Values that say "nothing here" and are never redacted.
PLACEHOLDERS = {"", "--", "-", "unknown", "none", "n/a", "na", "0", "null", "(null)", "not set",
                "not available", "unavailable", "<hidden>", "*", "(none)", "unset", "(unset)", "<unset>",
                "empty", "(empty)", "undefined", "not-set", "no", "yes"}

# Default or generic user and host names: not personal, kept for readability.
GENERIC_NAMES = {"root", "localhost", "localhost.localdomain", "ubuntu", "debian", "raspberrypi",
                 "openwrt", "lede", "user", "admin", "pi", "kali", "alarm", "archiso", "fedora",
                 "live", "liveuser", "none", "openmptcprouter", "mobian", "steamdeck", "turris", "host",
                 "dialout", "plugdev", "adm", "sudo", "wheel", "uucp", "tty", "disk", "netdev", "users", "nogroup",
                 "nobody", "daemon", "messagebus", "systemd-network", "systemd-resolve", "lp", "audio", "video",
                 "input", "render", "kvm", "lock", "staff", "bin",
                 "sys", "mail", "www-data", "syslog", "polkitd", "avahi", "dnsmasq", "ntp", "sshd", "gdm",
                 "lightdm", "arch", "archlinux", "manjaro", "mint", "gentoo", "alpine", "nixos", "opensuse",
                 "centos", "rocky", "almalinux", "raspbian", "dietpi", "armbian", "pop-os", "endeavouros",
                 "void", "ubuntu-server", "fedora-workstation", "localdomain", "local", "unknown", "me", "you",
                 "the", "and", "for", "with", "from", "this", "that", "is", "not", "to", "of", "in", "on", "at"}

# Words that are not names: a value of a password/user pattern that is one of these is prose, not a secret.
PROSE_WORDS = {"for", "is", "was", "to", "of", "the", "and", "or", "in", "on", "a", "an", "required", "incorrect",
               "wrong", "not", "prompt", "expired", "authentication", "auth", "field", "missing", "set", "will",
               "must", "should", "can", "with", "from", "file", "secret", "secrets", "protected", "changed", "are",
               "be", "ok", "failed", "empty", "none", "needed", "request", "requested", "as", "if", "when", "that",
               "this", "it", "by", "at", "but", "then", "has", "have", "had", "no", "yes", "please", "again",
               "again.", "agent", "dialog", "storage", "flags", "type", "method", "based", "less", "only", "via",
               "name", "mode", "option", "options", "given", "provided", "used", "use", "using", "login", "user",
               "username", "password", "passwords", "pap", "chap", "mschap", "mschapv2", "eap", "both", "any"}

# Kinds whose values are also replaced wherever they occur in the report.
GLOBAL_KINDS = {"IMEI", "IMEISV", "MEID", "ESN", "IMSI", "ICCID", "EID", "PHONE", "SERIAL", "MAC",
                "EMAIL", "PERSON", "SSID", "USER", "HOST", "MACHINEID", "UUID", "PASSWORD", "CONN", "ID", "IPV4", "IPV6", "SIMDATA"}

# Kinds whose values are numbers: replaced in every spelling of their digits (separators, BCD, ASCII hex).
DIGIT_KINDS = {"IMEI", "IMEISV", "MEID", "ESN", "IMSI", "ICCID", "EID", "PHONE", "ID", "SERIAL"}

# MCCs whose operators use 3-digit MNCs (North America, parts of Latin America and India).
MNC3_MCCS = {"302", "310", "311", "312", "313", "314", "315", "316", "334", "338", "342", "344",
             "346", "348", "350", "352", "354", "356", "358", "360", "365", "366", "376", "405",
             "708", "722", "732", "750"}

# Public resolvers are not personal and tell a helper something.
PUBLIC_RESOLVERS = {"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112",
                    "208.67.222.222", "208.67.220.220", "2001:4860:4860::8888",
                    "2001:4860:4860::8844", "2606:4700:4700::1111", "2606:4700:4700::1001"}

KEPT_V4 = [ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
    "172.16.0.0/12", "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4")]
KEPT_V6 = [ipaddress.ip_network(n) for n in ("::/128", "::1/128", "fe80::/10", "fc00::/7", "ff00::/8")]

# An alias this module produced: "SERIAL-1", "35693803-IMEI-2", "d2:cc:f3-MAC-1", "public-ipv4-1".
ALIAS_KINDS = ("IMEISV", "IMEI", "MEID", "ESN", "IMSI", "ICCID", "EID", "PHONE", "SERIAL", "MAC", "EMAIL", "PERSON",
               "SSID", "USER", "HOST", "MACHINEID", "PASSWORD", "PIN", "CELL", "LAC", "TAC", "LOC",
               "CONN", "UUID", "ID", "SIMDATA", "public-ipv4", "public-ipv6")
ALIAS_RE = regex_cache.compile(r"^(?:[0-9a-fA-F:.]+-)?(?:%s)-\d+$" % "|".join(ALIAS_KINDS))
_EXISTING_ALIAS_RE = regex_cache.compile(r"(?<![A-Za-z0-9])(%s)-(\d+)(?![\w-])" % "|".join(ALIAS_KINDS))


# Terminal escape sequences (colours from grep --color, ip -c, ls; cursor moves): CSI, OSC, two-byte ESC.
_TERMINAL_CODES = regex_cache.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")


def strip_terminal_codes(text: str) -> str:
    """``text`` without terminal escape sequences (which would split values so that no pattern matches)."""
    return _TERMINAL_CODES.sub("", text) if ("\x1b" in text or "\x9b" in text) else text


# --- value classification ------------------------------------------------------

def luhn_ok(digits: str) -> bool:
    """True when the last digit is the Luhn check digit of the others (IMEIs carry one)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# Template fields in fix commands and docs: YOUR_APN, <password>, {user}, $APN_PASS, XXXX.
_TEMPLATE_RE = regex_cache.compile(r"YOUR_[A-Z_]+|<[\w -]+>|\{[\w.]+\}|\$\{?\w+\}?|[Xx*#]+|(?=[A-Z_]*[G-Z_])[A-Z][A-Z_]{2,}")


def is_placeholder(value: str) -> bool:
    """A value that says "nothing here" or is a template field, never redacted."""
    v = value.strip()
    return (v.strip("'\"").lower() in PLACEHOLDERS or set(v) <= {"0", "-", "*", "F", "f"}
            or bool(_TEMPLATE_RE.fullmatch(v)))


def _is_hex(value: str) -> bool:
    return bool(re.fullmatch(r"[0-9A-Fa-f]+", value))


def _not_a_serial(value: str) -> bool:
    """Not a serial number: too short, no digit, a device node, or a root hub's controller name.

    Root hubs report their controller as serial (``0000:00:14.0``, ``3f980000.usb``, ``ci_hdrc.1``).
    """
    return bool(len(value) < 5 or not re.search(r"\d", value) or not re.fullmatch(r"[\w.+:-]+", value)
                or re.fullmatch(r"(?:tty|cdc-wdm|wwan|usb|wdm|eth|enx?|wwp|mhi)[\w:.-]*", value)
                or re.fullmatch(r"[0-9a-fA-F]{4}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7]", value)
                or re.fullmatch(r"[\w-]*\.(?:usb|ehci|ohci|xhci|dwc3|otg)[\w.-]*|ci_hdrc\.\d+", value))


def _digits(value: str) -> str:
    """The digits of a number written with separators ("35-693803-564380-9"), or ""."""
    return re.sub(r"[ /-]", "", value) if re.fullmatch(r"\d[\d /-]*\d", value) else ""


def _identity_kind(hint: str, v: str) -> Optional[str]:
    """Kind of a value labelled IMEI, IMEISV, equipment id or serial; None = not an identifier."""
    d = _digits(v)
    if len(d) == 15 and (hint in ("IMEI", "EQUIP") or luhn_ok(d)):  # a 15-digit equipment id is an IMEI, valid or not
        return "IMEI"
    if len(d) == 16 and hint in ("IMEI", "IMEISV", "EQUIP"):
        return "IMEISV"
    if hint in ("IMEI", "IMEISV"):
        return hint if 14 <= len(d) <= 17 else None  # "IMEI SV: '11'" is the software version
    if hint == "EQUIP" and _is_hex(v) and len(v) == 14:
        return "MEID"
    return None if _not_a_serial(v) else "SERIAL"


# Shape each labelled kind must have (after stripping): anything else under the label is kept.
_SHAPES = {
    "IMSI": r"\d{5,15}",
    "ICCID": r"\d{6,22}[Ff]?|[0-9A-Fa-f]{18,22}",  # short: a value cut by a truncation
    "EID": r"[0-9A-Fa-f]{8,32}",
    "MEID": r"[0-9A-Fa-f]{14}|\d{18}",
    "ESN": r"(?:0x)?[0-9A-Fa-f]{8}|\d{11}",
    "PIN": r"\d{4,10}",
    "MACHINEID": r"[0-9a-fA-F]{32}|[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}",
    "UUID": r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}",
    "CELL": r"(?:0x)?[0-9A-Fa-f]+",
    "LAC": r"(?:0x)?[0-9A-Fa-f]+",
    "TAC": r"(?:0x)?[0-9A-Fa-f]+",
    "LOC": r"[-+]?\d+(?:\.\d+)?(?:\s*[NSEW])?|\$G.*|.*\d.*\d.*",
}


def classify(hint: str, value: str) -> Optional[str]:
    """The kind of ``value`` seen under a label meaning ``hint``; None = keep it."""
    v = value.strip()
    if hint in ("PASSWORD", "USER"):
        return _credential_kind(hint, v)
    if is_placeholder(v) or ALIAS_RE.match(v):
        return None
    if hint in ("IMEI", "IMEISV", "EQUIP", "SERIAL"):
        return _identity_kind(hint, v)
    if hint == "ARPA6":  # the nibbles of an IPv6 PTR name: masked whole unless they name a kept network
        nibbles = v.lower().split(".")[:-2][::-1]
        try:
            addr = ipaddress.IPv6Address(bytes.fromhex("".join(nibbles).ljust(32, "0")))
        except ValueError:
            return None
        return None if any(addr in n for n in KEPT_V6) else "IPV6"
    if hint == "CUT":  # the start of a value cut off: mask it when it holds digits (an identifier's start)
        return "ID" if len(re.findall(r"\d", v)) >= 4 else None
    if hint == "ID":
        kind = _number_kind(v)
        if kind is None and re.fullmatch(r"(?=[0-9A-Za-z-]*\d)(?=[0-9A-Za-z-]*[A-Za-z])[0-9A-Za-z-]{6,}", v):
            return "SERIAL"
        return kind
    if hint == "DEVID":  # mbimcli "Device ID" is the IMEI/MEID/ESN; ModemManager's "device id" is a hash
        d = _digits(v)
        if len(d) in (14, 15, 16):
            return "IMEI" if len(d) == 15 else ("IMEISV" if len(d) == 16 else "MEID")
        return "MEID" if _is_hex(v) and len(v) == 14 else ("ESN" if _is_hex(v) and len(v) == 8 else None)
    if hint == "PHONE":
        ok = len(re.sub(r"\D", "", v)) >= 6 and re.fullmatch(r"\+?[\d ()./-]+", v)
        return "PHONE" if ok else None
    if hint in ("IMSI", "ICCID", "EID") and _digits(v):
        v = _digits(v)
    if hint in _SHAPES:
        return hint if re.fullmatch(_SHAPES[hint], v) else None
    if hint in ("USER", "HOST"):
        return None if v.lower() in GENERIC_NAMES else hint
    if hint == "PERSON":
        return None if v.strip('"').lower() in PROSE_WORDS else "PERSON"
    if hint in ("CONN", "SSID"):
        return None if _generic_network_name(v) or v.lower() in PROSE_WORDS else hint
    if hint == "MAC":
        mac = _mac_colon(v)
        return "MAC" if mac and _personal_mac(mac) else None
    return hint


def _credential_kind(hint: str, v: str) -> Optional[str]:
    """A password or user name: anything but a placeholder, a shell variable, an alias or a word of prose."""
    bare = v.strip("'\"")
    if not bare or not re.search(r"[^\W_]", bare) or ALIAS_RE.match(bare) or bare.lower() in PROSE_WORDS \
            or bare.endswith(":"):
        return None
    if re.fullmatch(r"\$\{?[A-Z_][A-Z0-9_]*\}?|YOUR_[A-Z_]+|(?=[A-Z_]*[G-Z_])[A-Z][A-Z_]{2,}|<[\w -]+>|\{[\w.]+\}|[Xx*#.]+|\*+", bare):
        return None  # $APN_PASS, <password>, {user}, XXXX: a template, not a value
    if bare.lower() in PLACEHOLDERS - {"yes", "no"}:
        return None
    if hint == "USER" and bare.lower() in GENERIC_NAMES:
        return None
    return hint


def _number_kind(v: str) -> Optional[str]:
    """The kind of an identifier-like number found without a telling label (by its length and check digit)."""
    if re.fullmatch(r"89\d{16,18}[Ff]?", v):
        return "ICCID"
    d = _digits(v)
    if not d:
        if _is_hex(v) and len(v) == 14 and re.search(r"[A-Fa-f]", v):
            return "MEID"
        return "ID" if _is_hex(v) and len(v) >= 10 and len(re.sub(r"\D", "", v)) >= 6 else None
    if len(d) == 15:
        return "IMEI" if luhn_ok(d) else "IMSI"
    if len(d) == 16:
        return "IMEISV"
    if len(d) in (18, 19, 20) and d.startswith("89"):
        return "ICCID"
    if len(d) == 32:
        return "EID"
    if len(d) == 14:
        return "MEID"
    return "ID" if len(d) >= 8 else None


_GENERIC_NETWORK = regex_cache.compile(
    r"(?i)(?:wwan|wwp|wwx|cdc-wdm|ttyUSB|ttyACM|eth|enp|ens|eno|enx|wlp|wlan|wlx|usb|ppp|lo|docker|virbr|br|veth|tun|"
    r"tap|wg|bond|rmnet|mhi|qmimux)[\w.:-]*|(?:wired|ethernet|wireless|mobile broadband|gsm|cdma|usb|bridge|vpn)"
    r"(?: connection)?(?: \d+)?|(?:ifupdown|netplan)[\w ()-]*|[\w-]*\s*\((?:\w+)\)|gsm|lte|wwan|modem|mobile|"
    r"hotspot|default|internet|static|dhcp|auto|netplan-[\w-]+")


def _generic_network_name(name: str) -> bool:
    """A connection or network name that names no person or place (an interface name, a default label)."""
    return len(name) < 3 or bool(_GENERIC_NETWORK.fullmatch(name.strip()))


def _personal_mac(mac: str) -> bool:
    """False for broadcast, multicast (group bit set) and all-zero addresses: they name no device."""
    return not (int(mac[:2], 16) & 1 or set(mac.lower()) <= {"0", ":", "-"})


def _mac_colon(value: str) -> str:
    """A MAC in any notation as ``aa:bb:cc:dd:ee:ff``, or "" when ``value`` is not one."""
    hexs = re.sub(r"[:.\-]", "", value.strip()).lower()
    return ":".join(hexs[i:i + 2] for i in range(0, 12, 2)) if re.fullmatch(r"[0-9a-f]{12}", hexs) else ""


def _canonical(kind: str, value: str) -> str:
    """The one spelling of ``value`` that keys its alias."""
    if kind == "MAC":
        return _mac_colon(value) or value.lower()
    if kind in DIGIT_KINDS and kind != "PHONE":
        d = _digits(value)
        if len(d) >= 7:
            return d
    return value


def _mac_from_eui64(g1: str, g2: str, g3: str, g4: str) -> str:
    """The MAC inside an EUI-64 interface identifier (universal/local bit flipped back)."""
    g1 = g1.zfill(4)
    g2 = g2.zfill(2)
    g4 = g4.zfill(4)
    b0 = int(g1[:2], 16) ^ 2
    return "%02x:%s:%s:%s:%s:%s" % (b0, g1[2:], g2, g3, g4[:2], g4[2:])


def _looks_like_time(digits: str) -> bool:
    """A 15-digit run that is a date-time stamp (20241027061951 0) rather than an identifier."""
    return digits.startswith(("19", "20")) and 1 <= int(digits[4:6] or 0) <= 12 and 1 <= int(digits[6:8] or 0) <= 31


def _keep_prefix(kind: str, value: str) -> str:
    """The non-personal part of an identifier that the alias keeps."""
    if kind in ("IMEI", "IMEISV") and value[:8].isdigit() and len(value) >= 14:
        return value[:8]
    if kind == "IMSI" and value[:6].isdigit():
        return value[:6] if value[:3] in MNC3_MCCS else value[:5]
    if kind == "ICCID" and value.startswith("89"):
        return value[:7]
    if kind == "MAC":
        return value[:8].lower()
    return ""


# Words a user or host name may be but that reports use in their own text: not replaced everywhere.
COMMON_WORDS = {"modem", "linux", "kernel", "server", "router", "laptop", "desktop", "home", "test", "guest",
                "system", "network", "mobile", "phone", "device", "android", "driver", "usb", "port", "power",
                "reset", "config", "error", "warning", "info", "debug", "data", "mode", "state", "status", "check",
                "report", "sim", "card", "radio", "signal", "bearer", "connect", "connection", "manager",
                "service", "machine", "computer", "work", "office", "main", "master", "node", "client", "box",
                "pc", "nuc", "dev", "build", "default", "local", "remote", "wireless", "cellular", "lte", "gsm",
                "umts", "internet", "gateway", "interface", "firmware", "quectel", "sierra", "huawei", "telit",
                "fibocom", "dell", "lenovo", "thinkpad", "raspberry", "pine", "pinephone", "librem", "orange",
                "banana", "odroid", "jetson", "nano", "rock", "rockpi", "zero", "tiny", "small", "big", "new",
                "old", "one", "two", "qmi", "mbim", "at", "ppp", "ncm", "ecm", "rndis", "wwan", "dhcp", "ip",
                "route", "fix", "step", "rule", "cause", "evidence", "finding", "unknown", "none", "true", "false"}


def _distinctive(name: str) -> bool:
    """A user/host name safe to replace everywhere: not an ordinary word like "modem"."""
    return bool(re.search(r"[\d._-]", name) or re.search(r"[a-z][A-Z]", name))


# --- spellings of a learned value ---------------------------------------------------

_DIGIT_SEP = r"(?:[ \t.\-/]|\\[rn])?"
_BYTE_SEP = r"(?:[: ]{1,2}|\\x)?"


def _swapped(digits: str) -> str:
    """BCD with swapped nibbles, as SIM files store ICCID and IMSI ("8949..." -> "9894...")."""
    d = digits + ("F" if len(digits) % 2 else "")
    return "".join(d[i + 1] + d[i] for i in range(0, len(d), 2))


def _hex_bytes(hexs: str) -> str:
    return _BYTE_SEP.join(hexs[i:i + 2] for i in range(0, len(hexs), 2))


def _digit_spellings(d: str) -> List[str]:
    """A number with any separators, as BCD (SIM bytes), and as ASCII / UTF-16LE hex bytes."""
    forms = [r"(?<![0-9])%s(?![0-9])" % _DIGIT_SEP.join(d)]
    if len(d) >= 10:
        forms.append(_hex_bytes(_swapped(d)))
        forms.append(r"(?<![0-9A-Fa-f])%s" % _hex_bytes(_swapped(d[1:])))
        forms.append(_BYTE_SEP.join("3" + c for c in d))
        forms.append(_BYTE_SEP.join("3%s%s00" % (c, _BYTE_SEP) for c in d))
    return forms


def _mac_spellings(mac: str, alias: str) -> List[Tuple[str, str]]:
    """A MAC as colon/dash/bare hex (also inside enx/wwx names), Cisco dots, and the EUI-64 of IPv6."""
    h = mac.replace(":", "")
    bare = alias.replace(":", "")
    b0 = "%02x" % (int(h[:2], 16) ^ 2)
    iid = [b0 + h[2:4], h[4:6] + "ff", "fe" + h[6:8], h[8:12]]
    eui = ":".join("0*" + (g.lstrip("0") or "0") for g in iid)
    return [(r"(?<![0-9A-Fa-f:])%s(?![0-9A-Fa-f:])" % ":".join(h[i:i + 2] for i in range(0, 12, 2)), alias),
            (r"(?<![0-9A-Fa-f-])%s(?![0-9A-Fa-f-])" % "-".join(h[i:i + 2] for i in range(0, 12, 2)), alias),
            (r"(?<![0-9A-Fa-f])%s(?![0-9A-Fa-f])" % h, bare),
            (r"(?<![0-9A-Fa-f.])%s\.%s\.%s(?![0-9A-Fa-f])" % (h[:4], h[4:8], h[8:]), bare),
            (r"(?<![0-9A-Fa-f])%s(?![0-9A-Fa-f])" % eui, bare)]


def _ipv4_spellings(ip: str) -> List[str]:
    """An address dashed or dotted, zero-padded, and reversed (in-addr.arpa, PTR host names)."""
    octets = ip.split(".")
    fwd = r"[.\-_]".join("0*" + o for o in octets)
    rev = r"[.\-_]".join("0*" + o for o in reversed(octets))
    return [r"(?<![\w])(?<!\d\.)%s(?![\w])(?!\.\d)" % fwd, r"(?<![\w])(?<!\d\.)%s(?![\w])(?!\.\d)" % rev]


def spellings(kind: str, value: str, alias: str) -> List[Tuple[str, str]]:
    """(regex, replacement) for every spelling of a learned ``value``; [] when it is not replaced everywhere."""
    if kind == "MAC" and _mac_colon(value):
        return _mac_spellings(_mac_colon(value), alias)
    if kind == "IPV4":
        return [(rx, alias) for rx in _ipv4_spellings(value)]
    d = re.sub(r"\D", "", value)
    if kind in DIGIT_KINDS and len(d) >= 7 and re.fullmatch(r"\+?[\d ().\-/]+", value):
        forms = _digit_spellings(d)
        if kind == "PHONE" and (value.startswith("+") or d.startswith("00")):
            # the same number in national form: 0 + the number after a 1-3 digit country code
            rest = d[2:] if d.startswith("00") else d
            forms += [r"(?<![0-9])0%s(?![0-9])" % _DIGIT_SEP.join(rest[k:]) for k in (1, 2, 3) if len(rest) - k >= 7]
        return [(rx, alias) for rx in forms]
    if len(value) < 3 or (len(value) < 4 and not _distinctive(value)):
        return []
    if kind in ("USER", "HOST") and (value.lower() in COMMON_WORDS or value.lower() in GENERIC_NAMES):
        return []
    if kind == "PERSON" and not re.search(r"\w[ \t,]+\w", value):
        return []  # one word ("ModemManager <devel@...>") is replaced where it stands, not everywhere
    if kind in ("PASSWORD", "CONN", "SSID") and (value.lower() in COMMON_WORDS or len(value) < 4):
        return []
    literal = r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])" % re.escape(value)
    if kind in ("PASSWORD", "CONN", "SSID", "SERIAL", "MACHINEID"):
        literal = "(?-i:%s)" % literal  # case matters: "Connection" is not the profile "CONNECTION"
    return [(literal, alias)]


# --- patterns ------------------------------------------------------------------

def _value(hint: str) -> str:
    """A labelled value: quoted, first item of a JSON array, or a bare token."""
    return (r"(?:'(?P<%s_q>[^'\n]*)'|\"(?P<%s_d>[^\"\n]*)\"|\[\s*\"(?P<%s_a>[^\"\n]*)\""
            r"|\"(?P<%s_u>[^\"\n]+)$"  # a quoted value cut by an earlier truncation
            r"|(?P<%s_b>[^\s'\",;()\[\]{}<>|\\]+))") % (hint, hint, hint, hint, hint)


_SEP = r"['\"]?[ \t]*[:=][ \t]*"
_LABELS: List[Tuple[str, str]] = [
    ("IMEISV", r"imei[ _-]?sv|imeisv"),
    ("IMEI", r"imei"),
    ("EQUIP", r"equipment[ _-]?id(?:entifier)?"),
    ("MEID", r"meid"),
    ("ESN", r"esn"),
    ("IMSI", r"imsi|subscriber[ _-]id"),
    ("DEVID", r"device[ _-]id"),
    ("MACHINEID", r"_?machine[ _-]id|system[ _-]uuid"),
    ("UUID", r"uuid"),  # a NetworkManager connection's (nmcli, keyfile, audit log), a file system's
    ("ICCID", r"(?:sim[ _-]?)?iccid|icc[ _-]id"),
    ("EID", r"eid"),
    ("PHONE", r"msisdn|own[ _-]numbers?|own|(?:phone|telephone|subscriber)[ _-]?numbers?|number"),
    ("SERIAL", r"serial[ _-]?number|serialnumber|serial[ _-]?no|serial"),
    ("HOST", r"(?<!-)_?hostname|host[ _-]name|static hostname"),  # not NetworkManager's "set-hostname:"
    ("USER", r"apn[ _-]?user(?:name)?|user[ _-]?name|user|login"),
    ("PASSWORD", r"apn[ _-]?pass(?:word)?|password|passwd|passphrase|secret|psk|auth[ _-]?pass"),
    ("PIN", r"(?:new[ _-]?)?pin[12]?|puk[12]?|pin[ _-]?code"),
    ("CELL", r"(?<!physical )(?<!phys )(?<!phys\. )(?<!serving )(?:global )?cell[ _-]?id(?:entity)?|cellid"),
    ("LAC", r"location[ _-]area[ _-]code|lac"),
    ("TAC", r"tracking[ _-]area[ _-]code|tac"),
    ("LOC", r"latitude|longitude|altitude|lat|lon|lng"),
]


def _label_re() -> str:
    """One regex for every label: group ``L_<HINT>`` tells which label matched, ``v_*`` is the value."""
    labels = "|".join("(?P<L_%s>%s)" % (hint, words) for hint, words in _LABELS)
    return r"(?i)(?<![A-Za-z0-9_])(?:%s)%s%s" % (labels, _SEP, _value("v"))


# (regex, triggers): like redact_patterns.TRIGGERS, lower-case words one of which a text must hold for
# the pattern to be tried (tests/test_redact_triggers.py: every match holds one).
_EXISTING_CONTEXT: List[Tuple[str, Tuple[str, ...]]] = [(redact_patterns.at_line_start(p), t) for p, t in (
    # lsusb -v:   iSerial                 3 0123456789ABCDEF
    (r"(?m)\biSerial[ \t]+\d+[ \t]+(?P<SERIAL_b>\S[^\n]*?)[ \t]*$", ("iserial",)),
    # udevadm / uevent:  E: ID_SERIAL_SHORT=0123456789ABCDEF
    (r"\bID_(?:USB_)?SERIAL_SHORT=(?P<SERIAL_b>[^\s\"']+)", ("serial_short=",)),
    # ID_SERIAL=Vendor_Model_SERIAL: the last part, when it looks like a serial
    (r"\bID_(?:USB_)?SERIAL=[^\s\"']*_(?P<SERIAL_b>(?=[^\s\"'_]*\d)[^\s\"'_]{4,})(?=[\s\"']|$)", ("serial=",)),
    # udev links: /dev/serial/by-id/usb-Quectel_EC25_a1b2c3d4-if02-port0, /dev/disk/by-id/usb-..._SERIAL-0:0
    (r"/by-id/usb-[^\s/]*_(?P<SERIAL_b>[^\s_/]+)-(?:if\d\d|\d+:\d+)", ("/by-id/usb-",)),
    # JSON keys of mmcli location:  "cid": "0C8F1A02"
    (r"\"(?:cid|lac|tac)\"\s*:\s*\"(?P<CELL_d>[^\"]*)\"", ('"cid"', '"lac"', '"tac"')),
    # AT: +CREG: 2,1,"1A2B","01A2B3C4",7
    (r"\+C(?:G|E|5G)?REG:\s*\d(?:,\s*\d+)?,\s*\"(?P<LAC_d>[0-9A-Fa-f]+)\",\s*\"(?P<CELL_d>[0-9A-Fa-f]+)\"", ("reg:",)),
    (r"\+CNUM:\s*\"[^\"]*\",\s*\"(?P<PHONE_d>[^\"]+)\"", ("+cnum:",)),
    (r"\+CPIN=\"?(?P<PIN_b>\d{4,10})\"?(?:,\s*\"?(?P<PIN_c>\d{4,10}))?", ("+cpin=",)),
    # qmicli --uim-verify-pin=PIN1,1234  --dms-uim-unblock-pin=PIN1,12345678,1234  --uim-change-pin=PIN1,OLD,NEW
    (r"--[\w-]*(?:pin|puk)[\w-]*=['\"]?PIN\d,(?P<PIN_b>\d{4,10})(?:,(?P<PIN_c>\d{4,10}))?", ("pin",)),
    # quectel-CM -s APN [USER PASSWORD [AUTH]]     pppd peers file:  user "jdoe" / password "secret"
    (r"quectel-CM\b[^\n]*?[ \t]-s[ \t]+[^\s-]\S*[ \t]+(?P<USER_b>[^\s-]\S*)(?:[ \t]+(?P<PASSWORD_b>[^\s-]\S*))?",
     ("quectel-cm",)),
    (r"(?m)^[ \t]*user[ \t]+\"?(?P<USER_b>[^\"\s]+)\"?[ \t]*$|^[ \t]*password[ \t]+\"?(?P<PASSWORD_b>[^\"\s]+)\"?[ \t]*$",
     ("user", "password")),
    # mmcli -K:  modem.generic.own-numbers.value[1] : 4915112345678   modem.location.3gpp.cid : 0C8F1A02
    (r"own-numbers\.value\[\d+\][ \t]*:[ \t]*(?P<PHONE_b>[^\s]+)", ("own-numbers.value[",)),
    (r"location\.3gpp\.(?:cid|lac|tac)[ \t]*:[ \t]*(?P<CELL_b>[^\s]+)", ("location.3gpp.",)),
    # mbimcli:  Telephone numbers: (1) '4915112345678'
    (r"Telephone numbers:[ \t]*\(\d+\)[ \t]*'(?P<PHONE_q>[^'\n]+)'", ("telephone numbers:",)),
    # hostname output:  $ cat /etc/hostname / $ hostname / uname -n, then the name alone on the next line
    (r"(?m)(?:cat /etc/hostname|[$#] hostname(?: -[sf])?|uname -n)[ \t]*\n(?:[^\s:]+:\d+: )?(?P<HOST_b>[\w.-]+)[ \t]*$",
     ("hostname", "uname -n")),
    # NMEA sentences carry the position
    (r"(?P<LOC_b>\$G[PNLAB](?:GGA|RMC|GLL|GNS),[^\s\"']+)", ("$g",)),
    # shell prompts:  jane@myhost:~$   [jane@myhost ~]$
    (r"(?m)^[ \t]*(?:\([\w.-]+\)[ \t]*)?(?P<USER_b>[a-z_][\w.-]*)@(?P<HOST_b>[\w.-]+):[^\s$#]*[ \t]?[$#]", ("@",)),
    (r"(?m)^[ \t]*\[(?P<USER_b>[a-z_][\w.-]*)@(?P<HOST_b>[\w.-]+)[ \t][^\]\n]*\][$#]", ("@",)),
    (r"\[sudo\] password for (?P<USER_b>[\w.-]+):", ("[sudo] password for ",)),
    (r"\b(?:for|of|by) user (?P<USER_b>[\w.-]+)|\bby (?P<USER_c>[\w.-]+)\(uid=\d+\)", (" user ", "(uid=")),
    # SSIDs may hold spaces: quoted, or the rest of the line
    (r"(?im)(?<![A-Za-z0-9_])(?:e?ssid)['\"]?[ \t]*[:=][ \t]*(?:'(?P<SSID_q>[^'\n]+)'|\"(?P<SSID_d>[^\"\n]+)\""
     r"|(?P<SSID_b>[^\s'\"][^\n]*?))[ \t]*$", ("ssid",)),
    (r"/(?:home|Users)/(?P<USER_b>[\w.-]+)|\b[A-Za-z]:\\\\?Users\\\\?(?P<USER_c>[\w.-]+)", ("/home/", "/users/", "users\\")),
    # NetworkManager / systemd:  set hostname to 'myhost'   Hostname set to <myhost>
    (r"set hostname to '(?P<HOST_q>[^'\s]+)'|[Hh]ostname set to <(?P<HOST_b>[^>\s]+)>", ("hostname",)),
    # syslog / journal:  Oct 27 10:58:44 myhost kernel: ...   2013-10-09T10:49:49.93+02:00 myhost prog[1]:
    (r"(?m)^(?:[A-Z][a-z]{2}[ \t]+\d{1,2}[ \t]+\d\d:\d\d:\d\d(?:\.\d+)?"
     r"|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?)"
     r"[ \t](?P<HOST_b>[\w.-]+)[ \t](?=[\w./@-]+(?:\[\d+\])?:)", (":",)),
    # uname -a:  Linux myhost 6.1.0-13-amd64 #1 SMP ...
    (r"\bLinux (?P<HOST_b>[\w.-]+) \d+\.\d+[\w.+~-]* #", ("linux ",)),
)]

# Credentials and PINs first (their values may hold blanks and punctuation), then the labels, then the rest.
_LABEL_TRIGGERS = ("imei", "equip", "meid", "esn", "imsi", "subscriber", "device", "machine", "uuid", "icc", "eid",
                   "msisdn", "own", "number", "serial", "host", "user", "login", "pass", "secret", "psk", "pin",
                   "puk", "cell", "location", "lac", "tac", "tracking", "lat", "lon", "lng", "alt")
# (regex, triggers): compiled when first needed (_pattern), as compiling all ~120 of them took ~20 ms
# of every run and a text usually has the triggers of few.
_CONTEXT: List[Tuple[str, Optional[Tuple[str, ...]]]] = (
    redact_patterns.sources(["credentials", "pins"]) + [(_label_re(), _LABEL_TRIGGERS)]
    + redact_patterns.sources(["identifiers"]) + _EXISTING_CONTEXT
    + redact_patterns.sources(["phones", "addresses", "people", "cells", "positions", "networks", "fallback"]))

# Shape-only patterns, tried after the contextual ones.
_ICCID_RE = regex_cache.compile(r"(?<![\w.])89\d{16,20}[Ff]?(?![\w.])")
_EID_RE = regex_cache.compile(r"(?<![\w.])\d{32}(?![\w.])")
_IMEISV_RE = regex_cache.compile(r"(?<![\w.])[02-9]\d{15}(?![\w.])")  # 1... is an epoch in microseconds
_D15_RE = regex_cache.compile(r"(?<![\w.])\d{15}(?![\w.])")
_PHONE_RE = regex_cache.compile(r"(?<![\w+.:/=\\-])\+(?:\d{7,15}|\d{1,3}(?:[ -]\(?\d{2,8}\)?){1,5})(?![\w])")
_MAC_RE = regex_cache.compile(r"(?<![\w:-])(?:[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5})(?![\w:-])")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4_RE = regex_cache.compile(r"(?<![\w.])%s(?:\.%s){3}(?![\w]|\.\w)" % (_OCTET, _OCTET))
_IPV6_RE = regex_cache.compile(r"(?<![\w:.])[0-9A-Fa-f:]{2,45}(?![\w:.])")
# 8 (address.mask), 16 (IPv6) or 32 (IPv6.mask) dotted decimal octets, as 3GPP AT answers print them.
_DOTTED_RE = regex_cache.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){7}(?:(?:\.\d{1,3}){8}(?:(?:\.\d{1,3}){16})?)?(?![\w.])")
_ARPA_RE = regex_cache.compile(r"(?i)(?<![\w.])(%s(?:\.%s){3})\.in-addr\.arpa\b" % (_OCTET, _OCTET))
# A version after the address-looking part: 1.32.4.1-1ubuntu1, 5.15.0.1~rc
_VERSION_AFTER = regex_cache.compile(r"[-~+][\w]")
_DIGIT_RUN_RE = regex_cache.compile(r"(?:(?<=\\[rnt])|(?<![\w.]))\d[\d /-]{13,62}\d(?![\w])")
# The interface identifier of an EUI-64 IPv6 address: xxxx:xxff:fexx:xxxx at the end
_EUI64_RE = regex_cache.compile(r"(?i):([0-9a-f]{1,4}):([0-9a-f]{0,2})ff:fe([0-9a-f]{2}):([0-9a-f]{1,4})(?![0-9a-f:])")
_EMAIL_RE = regex_cache.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})(?![\w.-])")
# Raw QMI/MBIM messages in debug logs: "data = 01:2A:00:...". Identifiers travel inside as ASCII
# (QMI) or UTF-16LE (MBIM) digits.
_HEXDUMP_RE = regex_cache.compile(r"(?<![\w:])[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){13,}(?![\w:])")
_DUMP_DIGITS = regex_cache.compile(rb"\+?[0-9]{7,}|(?:\+\x00)?(?:[0-9]\x00){7,}")
_VERSION_CONTEXT = regex_cache.compile(
    r"(?i)(?:version|revision|firmware|release|build|package|\bver|\bfw|\brev|\bv|\blib[\w-]*|modemmanager|"
    r"networkmanager|mmcli|qmicli|mbimcli|uqmi|umbim|quectel-cm|qmi-network|mbim-network|usb_modeswitch|openwrt|"
    r"\blinux|kernel|[\w-]+-utils?|[\w-]+-tools?|[\w-]+-firmware)[ \t]*[:=]?[ \t]*['\"(]?v?$")
_SYSTEMD_SUFFIXES = {"service", "socket", "target", "mount", "slice", "scope", "timer", "path", "device", "swap"}


# Strings of a tree are redacted joined by this separator: no pattern crosses a NUL line.
_BATCH_SEP = "\n\x00\n"
_BATCH_CHARS = 1 << 20


def _chunks(texts: List[str]) -> List[List[str]]:
    """``texts`` in runs of about a megabyte (one regex pass each)."""
    out: List[List[str]] = [[]]
    size = 0
    for t in texts:
        if size > _BATCH_CHARS:
            out.append([])
            size = 0
        out[-1].append(t)
        size += len(t) + 3
    return [c for c in out if c]


def _moved_spans(spans: List[Tuple[int, int]], edits: List[Tuple[int, int, int]]) -> List[Tuple[int, int]]:
    """``spans`` after ``edits`` ``(start, end, new length)`` (in order, not overlapping) were made to
    their text: the parts an edit replaced are dropped, the rest move with the text around them."""
    def moved(pos: int) -> int:
        return pos + sum(length - (end - start) for start, end, length in edits if end <= pos)

    out = []
    for span in spans:
        pieces = [span]
        for start, end, _length in edits:
            pieces = [p for ps, pe in pieces for p in
                      ([(ps, pe)] if end <= ps or start >= pe else [(ps, start), (end, pe)]) if p[0] < p[1]]
        out += [(moved(ps), moved(pe)) for ps, pe in pieces]
    return out


_TRIGGER_WORDS = tuple(sorted({t for _, triggers in _CONTEXT for t in triggers or ()}))


def _patterns_for(text: str) -> List[Pattern]:
    """The contextual patterns worth trying on ``text``: those without triggers or with one in it."""
    low = text.lower()
    return _patterns_with(frozenset(t for t in _TRIGGER_WORDS if t in low))


@functools.lru_cache(maxsize=256)
def _patterns_with(present: frozenset) -> List[Pattern]:
    """The contextual patterns, in order, for a text holding the trigger words ``present`` (texts
    share few sets: looked up once per set)."""
    return [_pattern(rx) for rx, triggers in _CONTEXT if not triggers or not present.isdisjoint(triggers)]


@functools.lru_cache(maxsize=None)
def _pattern(rx: str) -> Pattern:
    return regex_cache.compile(rx)


def mask_hex_dump(dump: str) -> str:
    """Replace by ``xx`` the bytes of a colon-separated hex dump that spell 7+ digits (ASCII or UTF-16LE)."""
    parts = dump.split(":")
    data = bytes(int(p, 16) for p in parts)
    for m in _DUMP_DIGITS.finditer(data):
        parts[m.start():m.end()] = ["xx"] * (m.end() - m.start())
    return ":".join(parts)


# hexdump -C / xxd lines:  00000010  00 00 38 36 31 32 ...  |..8612...|   00000010: 0000 3836 3132 ...  ..8612
_DUMP_LINE_RE = regex_cache.compile(r"(?m)^(?P<pre>(?:[^\s:]+:\d+: )?[0-9a-fA-F]{7,8}:?[ \t]+)(?P<hex>(?:[0-9a-fA-F]{2,4}[ \t]{1,2}){2,16})"
                                    r"(?P<gap>[ \t]*\|?)(?P<ascii>[^\n|]{1,16})(?P<post>\|?)[ \t]*$")


def mask_dump_lines(text: str) -> str:
    """Mask the bytes spelling 7+ digits (ASCII or UTF-16LE) in hexdump -C / xxd lines, across line breaks."""
    lines = list(_DUMP_LINE_RE.finditer(text))
    data = bytearray()
    spans = []  # (match, first byte index, byte count)
    for m in lines:
        hexs = re.sub(r"\s", "", m.group("hex"))
        chunk = bytes.fromhex(hexs) if len(hexs) % 2 == 0 else b""
        spans.append((m, len(data), len(chunk)))
        data.extend(chunk)
    masked = set()
    for d in _DUMP_DIGITS.finditer(bytes(data)):
        masked.update(range(d.start(), d.end()))
    if not masked:
        return text
    out, last = [], 0
    for m, first, count in spans:
        hexs = m.group("hex")
        pieces = re.findall(r"[0-9a-fA-F]{2}|\s+", hexs)
        i = first
        new_hex = []
        for piece in pieces:
            if piece.strip():
                new_hex.append("xx" if i in masked else piece)
                i += 1
            else:
                new_hex.append(piece)
        ascii_ = "".join("x" if first + j in masked else ch for j, ch in enumerate(m.group("ascii")))
        out.append(text[last:m.start()])
        out.append(m.group("pre") + "".join(new_hex) + m.group("gap") + ascii_ + m.group("post"))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _groups(m: "re.Match") -> List[Tuple[str, str, int, int]]:
    """(hint, value, start, end) of the value groups of a contextual match."""
    found = {name: value for name, value in m.groupdict().items() if value is not None}
    label = next((name[2:] for name in found if name.startswith("L_")), None)
    out = []
    for name, value in found.items():
        if name.startswith("L_"):
            continue
        hint = label if name.startswith("v_") else name.split("_")[0]
        out.append((hint, value, m.start(name), m.end(name)))
    return out


# --- key-aware structured data -------------------------------------------------

KEY_HINTS = {
    "imei": "IMEI", "imeisv": "IMEISV", "equipment-identifier": "EQUIP", "equipment_identifier": "EQUIP",
    "meid": "MEID", "esn": "ESN", "imsi": "IMSI", "iccid": "ICCID", "eid": "EID",
    "own-numbers": "PHONE", "own_numbers": "PHONE", "msisdn": "PHONE", "number": "PHONE",
    "serial": "SERIAL", "serial_number": "SERIAL", "serial-number": "SERIAL", "iserial": "SERIAL",
    "id_serial_short": "SERIAL", "id_usb_serial_short": "SERIAL", "mac": "MAC", "hwaddr": "MAC",
    "permanent-address": "MAC", "hostname": "HOST", "ssid": "SSID",
    "user": "USER", "username": "USER", "apn_user": "USER", "apn-user": "USER", "login": "USER",
    "password": "PASSWORD", "passwd": "PASSWORD", "apn_pass": "PASSWORD", "apn-pass": "PASSWORD",
    "apn_password": "PASSWORD", "secret": "PASSWORD", "psk": "PASSWORD",
    "pin": "PIN", "puk": "PIN", "pin1": "PIN", "pin2": "PIN", "puk1": "PIN", "puk2": "PIN",
    "latitude": "LOC", "longitude": "LOC", "altitude": "LOC", "nmea": "LOC",
    "lac": "LAC", "tac": "TAC", "cell-id": "CELL", "cell_id": "CELL",
    # NetworkManager keyfile / nmcli and OpenWrt UCI settings kept by the config collector
    "mac-address": "MAC", "cloned-mac-address": "MAC", "macaddr": "MAC", "sim-id": "ICCID", "pincode": "PIN",
    "pin_code": "PIN", "auth_user": "USER", "auth_pass": "PASSWORD", "auth_password": "PASSWORD",
    "apn_username": "USER", "key": "PASSWORD",
}


def _key_hint(path: Tuple[str, ...]) -> Optional[str]:
    """The hint for a value at ``path`` (dict keys from the root), or None."""
    if not path:
        return None
    full = path[-1].lower()
    key = full.rsplit(".", 1)[-1]
    if full in ("connection.id", "802-11-wireless.ssid", "wifi.ssid"):
        return "CONN" if full == "connection.id" else "SSID"
    if key == "key" and not full.startswith(("wifi-sec", "802-11-wireless-security")) and "key" != full:
        return None
    if key == "cid":  # mmcli location: modem.location.3gpp.cid
        return "CELL" if "3gpp" in path or "location" in path else None
    return KEY_HINTS.get(key)


VERSION_KEYS = {"version", "revision", "mm_version", "tool_version", "firmware", "firmware-revision",
                "hardware-revision", "carrier-configuration-revision", "bcd_device", "bcddevice"}


def _is_version(path: Tuple[str, ...]) -> bool:
    """A version string (``versions`` of a snapshot, a ``revision`` key): never an address, kept as it is."""
    return bool(path) and ("versions" in path[:-1] or path[-1].lower() in VERSION_KEYS)


def _is_argv(node: Any, path: Tuple[str, ...]) -> bool:
    """A process command line (``Process.args``): redacted as one line, so options see their values."""
    return bool(path) and path[-1] == "args" and isinstance(node, (list, tuple)) \
        and all(isinstance(a, str) and '"' not in a and "\n" not in a for a in node)


def _argv_line(args) -> str:
    """A command line: an argument holding blanks is quoted (so "password=My Pass" stays one value)."""
    return " ".join('"%s"' % a if (" " in a or "\t" in a or not a) else a for a in args)


def _argv_split(line: str, args) -> Optional[List[str]]:
    """The arguments of a redacted :func:`_argv_line`, or None when they no longer line up."""
    words = re.findall(r'"[^"\n]*"|[^ ]+', line)
    if len(words) != len(args):
        return None
    return [w[1:-1] if (" " in a or "\t" in a or not a) and w.startswith('"') else w for w, a in zip(words, args)]


# --- the redactor --------------------------------------------------------------

class Redactor:
    """One alias table for one report: ``value -> alias``, stable across calls."""

    def __init__(self) -> None:
        self.aliases: Dict[str, str] = {}
        self.kinds: Dict[str, str] = {}
        self._counts: Dict[str, int] = {}
        self._global_re: Optional[Pattern] = None
        # While a FilledText is redacted: the spans of wwandoctor's own words in the text as it is now
        # (kept as written, and nothing is learnt from them); None for any other text.
        self._own: Optional[List[Tuple[int, int]]] = None

    # aliases

    def alias(self, kind: str, value: str) -> str:
        """The alias of ``value`` (created on first sight, with ``kind``); every spelling of one value
        (digit groups, MAC notations) shares one alias."""
        key = _canonical(kind, value)
        value = key
        if key not in self.aliases and kind == "PHONE":
            same = self._same_phone(key)
            if same:
                self.aliases[key] = self.aliases[same]
                self.kinds[key] = kind
                self._global_re = None
        if key not in self.aliases:
            label = "public-ipv4" if kind == "IPV4" else "public-ipv6" if kind == "IPV6" else kind
            self._counts[label] = self._counts.get(label, 0) + 1
            prefix = _keep_prefix(kind, value)
            alias = "%s-%d" % (label, self._counts[label])
            self.aliases[key] = "%s-%s" % (prefix, alias) if prefix else alias
            self.kinds[key] = kind
            self._global_re = None
        return self.aliases[key]

    def _same_phone(self, value: str) -> Optional[str]:
        """A known phone number that is ``value`` in another form (+49 170... and 0170...), or None."""
        digits = re.sub(r"\D", "", value)
        tail = digits.lstrip("0")
        if len(tail) < 7:
            return None
        for known, kind in self.kinds.items():
            if kind != "PHONE":
                continue
            other = re.sub(r"\D", "", known).lstrip("0")
            longer, shorter = (other, tail) if len(other) >= len(tail) else (tail, other)
            if len(shorter) >= 7 and longer.endswith(shorter) and len(longer) - len(shorter) <= 3:
                return known
        return None

    def _reserve_aliases(self, text: str) -> None:
        """Count aliases already in the input (a redacted snapshot) so that new ones do not reuse them."""
        for m in _EXISTING_ALIAS_RE.finditer(text):
            label, number = m.group(1), int(m.group(2))
            self._counts[label] = max(self._counts.get(label, 0), number)

    def learn(self, hint: str, value: str) -> Optional[str]:
        """Register a value seen under a label; returns its alias or None when kept."""
        value = value.strip()
        if hint == "MACHEX":  # a MAC in any notation (enx0c5b8f279a64, 0c5b.8f27.9a64, 0C-5B-...)
            mac = _mac_colon(value)
            if not mac or not _personal_mac(mac):
                return None
            alias = self.alias("MAC", mac)
            return alias if ":" in value else alias.replace(":", "")
        if hint == "SIMHEX":  # raw SIM file bytes: BCD digits of an ICCID or IMSI
            return self._learn_sim_bytes(value)
        kind = classify(hint, value)
        if kind is None:
            return None
        return self.alias(kind, value)

    def _learn_sim_bytes(self, value: str) -> Optional[str]:
        hexs = re.sub(r"[^0-9A-Fa-f]", "", value)
        swapped = "".join(hexs[i + 1] + hexs[i] for i in range(0, len(hexs) - 1, 2)).upper()
        run = max(re.findall(r"\d+", swapped) or [""], key=len)
        if len(run) < 10:
            return None
        iccid = re.search(r"89\d{16,18}", swapped)
        if iccid:
            self.alias("ICCID", iccid.group(0))
        elif len(hexs) >= 18 and hexs[:2] == "08":  # EF_IMSI: length, then parity nibble + 15 digits
            self.alias("IMSI", swapped[3:18])
        return self.alias("SIMDATA", hexs.lower())

    # text

    def redact_text(self, text: str) -> str:
        """Redact free text (log lines, evidence, messages, commands, pasted sections); of a
        :class:`FilledText` (a rule's text) only the values filled in from the user's data."""
        if not text:
            return text
        if isinstance(text, FilledText):
            self._learn_marked(text)
            return self._replace_marked(text)
        text = strip_terminal_codes(text)
        self._learn_text(text)
        return self._replace_text(text)

    def _learn_text(self, text: str) -> None:
        if self._own is None:
            text = strip_terminal_codes(text)
        self._reserve_aliases(text)
        self._learn_shapes(text)
        for pattern in _patterns_for(text):
            for m in self._matches(pattern, text):
                for hint, value, start, end in _groups(m):
                    if not self._is_own(start, end):
                        self.learn(hint, value)

    def _replace_text(self, text: str) -> str:
        if self._own is None:
            text = strip_terminal_codes(text)
        for pattern in _patterns_for(text):
            text = self._sub(pattern, self._replace_groups, text)
        text = self._replace_known(text)
        return self._replace_shapes(text)

    # a rule's text: its own words kept, the values filled into it redacted

    def _with_own(self, text: FilledText, action):
        """``action(text)`` with the spans of wwandoctor's own words in ``text`` protected."""
        clean = compose(*((strip_terminal_codes(t) if filled else t, filled) for t, filled in text.segments()))
        own, pos = [], 0
        for start, end in clean.filled:
            own.append((pos, start))
            pos = end
        own.append((pos, len(clean)))
        self._own = [(s, e) for s, e in own if s < e]
        try:
            return action(str(clean))
        finally:
            self._own = None

    def _learn_marked(self, text: FilledText) -> None:
        self._with_own(text, self._learn_text)

    def _replace_marked(self, text: FilledText) -> str:
        return self._with_own(text, self._replace_text)

    def _is_own(self, start: int, end: int) -> bool:
        """The span lies inside wwandoctor's own words (only while a FilledText is redacted)."""
        return self._own is not None and any(s <= start and end <= e for s, e in self._own)

    def _matches(self, pattern: Pattern, text: str):
        """``pattern.finditer(text)`` without the matches inside wwandoctor's own words."""
        return (m for m in pattern.finditer(text) if not self._is_own(m.start(), m.end()))

    def _sub(self, pattern: Pattern, repl, text: str) -> str:
        """``pattern.sub(repl, text)``, leaving wwandoctor's own words as written (and their spans
        moved along with the replacements made around them)."""
        if self._own is None:
            return pattern.sub(repl, text)
        out, edits, pos = [], [], 0
        for m in self._matches(pattern, text):
            new = repl(m)
            if new != m.group(0):
                out += [text[pos:m.start()], new]
                pos = m.end()
                edits.append((m.start(), m.end(), len(new)))
        if not edits:
            return text
        out.append(text[pos:])
        self._own = _moved_spans(self._own, edits)
        return "".join(out)

    def _replace_groups(self, m: "re.Match") -> str:
        out = m.group(0)
        base = m.start()
        for hint, value, start, end in sorted(_groups(m), key=lambda g: -g[2]):
            if self._is_own(start, end):
                continue
            alias = self.learn(hint, value)
            if alias:  # replace the value without its surrounding blanks
                stripped = value.strip()
                at = start - base + value.find(stripped)
                out = out[:at] + alias + out[at + len(stripped):]
        return out

    def _replace_known(self, text: str) -> str:
        """Replace identifiers learned anywhere in the report wherever they occur, in every spelling."""
        if self._global_re is None:
            self._build_known()
        if self._global_re is None:
            return text
        return self._sub(self._global_re, self._known_alias, text)

    def _build_known(self) -> None:
        # made from the values found in the input: compiled by re, never kept by regex_cache
        parts = []
        self._known_groups: Dict[str, str] = {}
        entries = sorted(((v, k) for v, k in self.kinds.items() if k in GLOBAL_KINDS), key=lambda e: -len(e[0]))
        for value, kind in entries:
            alias = self.aliases[value]
            for rx, form_alias in spellings(kind, value, alias):
                name = "k%d" % len(self._known_groups)
                self._known_groups[name] = form_alias
                parts.append("(?P<%s>%s)" % (name, rx))
        self._global_re = re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def _known_alias(self, m: "re.Match") -> str:
        return self._known_groups[m.lastgroup]

    def _learn_shapes(self, text: str) -> None:
        """Learn identifiers found by shape alone, so that their other spellings elsewhere go too."""
        for m in self._matches(_DIGIT_RUN_RE, text):
            d = _digits(m.group(0)) or m.group(0)
            if set(d) <= {"0"}:
                continue
            if len(d) == 15 and luhn_ok(d) and not _looks_like_time(d):
                self.alias("IMEI", d)
            elif len(d) == 15 and d != m.group(0) and d[0] in "234567":  # 262 01 7654321098: an IMSI
                self.alias("IMSI", d)
            elif len(d) in (19, 20) and d.startswith("89"):
                self.alias("ICCID", d)
            elif len(d) == 32 and d.startswith("89"):
                self.alias("EID", d)
        for m in self._matches(_DOTTED_RE, text):
            self._dotted(m)
        for m in self._matches(_ARPA_RE, text):
            self._arpa(m)
        for m in self._matches(_IPV4_RE, text):
            self._ipv4(m)
        for m in self._matches(_EUI64_RE, text):
            mac = _mac_from_eui64(m.group(1), m.group(2), m.group(3), m.group(4))
            if mac and _personal_mac(mac):
                self.alias("MAC", mac)

    def _dotted(self, m: "re.Match") -> str:
        """8, 16 or 32 dotted octets (3GPP +CGCONTRDP / +CGPADDR): address and mask, or an IPv6 address."""
        octets = [int(o) for o in m.group(0).split(".")]
        if any(o > 255 for o in octets):
            return m.group(0)
        if len(octets) == 8:
            addr = ".".join(str(o) for o in octets[:4])
            return self._ipv4_value(addr) + "." + ".".join(str(o) for o in octets[4:])
        addr = ipaddress.IPv6Address(bytes(octets[:16]))
        out = self._ipv6_value(str(addr))
        return out if len(octets) == 16 else out + "." + ".".join(str(o) for o in octets[16:])

    def _replace_shapes(self, text: str) -> str:
        text = self._sub(_HEXDUMP_RE, lambda m: mask_hex_dump(m.group(0)), text)
        if _DUMP_LINE_RE.search(text):
            text = self._keep_own(text, mask_dump_lines(text))
        text = self._sub(_DOTTED_RE, self._dotted, text)
        text = self._sub(_ARPA_RE, self._arpa, text)
        text = self._sub(_ICCID_RE, lambda m: self.alias("ICCID", m.group(0)), text)
        text = self._sub(_EID_RE, lambda m: self.alias("EID", m.group(0)), text)
        text = self._sub(_IMEISV_RE, self._sixteen_digits, text)
        text = self._sub(_D15_RE, self._fifteen_digits, text)
        text = self._sub(_PHONE_RE, self._phone, text)
        text = self._sub(_MAC_RE, self._mac, text)
        text = self._sub(_IPV4_RE, self._ipv4, text)
        text = self._sub(_IPV6_RE, self._ipv6, text)
        return self._sub(_EMAIL_RE, self._email, text)

    def _keep_own(self, before: str, after: str) -> str:
        """``after`` (of the same length as ``before``) with wwandoctor's own words put back."""
        if self._own is None:
            return after
        for start, end in self._own:
            after = after[:start] + before[start:end] + after[end:]
        return after

    def _sixteen_digits(self, m: "re.Match") -> str:
        """An IMEISV when its first 14 digits are those of a known IMEI; any other 16-digit number is kept."""
        value = m.group(0)
        known = any(k == "IMEI" and v[:14] == value[:14] for v, k in self.kinds.items())
        return self.alias("IMEISV", value) if known else value

    def _arpa(self, m: "re.Match") -> str:
        forward = ".".join(reversed(m.group(1).split(".")))
        alias = self._ipv4_value(forward)
        return m.group(0) if alias == forward else alias + ".in-addr.arpa"

    def _fifteen_digits(self, m: "re.Match") -> str:
        value = m.group(0)
        if luhn_ok(value):
            return self.alias("IMEI", value)
        if value[0] in "234567":  # an MCC
            return self.alias("IMSI", value)
        return value

    def _phone(self, m: "re.Match") -> str:
        value = m.group(0)
        digits = re.sub(r"\D", "", value)
        return self.alias("PHONE", value) if 7 <= len(digits) <= 15 else value

    def _mac(self, m: "re.Match") -> str:
        value = m.group(0)
        return self.alias("MAC", value) if _personal_mac(value) else value

    def _ipv4(self, m: "re.Match") -> str:
        value = m.group(0)
        if _VERSION_CONTEXT.search(m.string[max(0, m.start() - 24):m.start()]) \
                or _VERSION_AFTER.match(m.string, m.end()):
            return value
        return self._ipv4_value(value)

    def _ipv4_value(self, value: str) -> str:
        addr = ipaddress.ip_address(value)
        if value in PUBLIC_RESOLVERS or any(addr in n for n in KEPT_V4):
            return value
        return self.alias("IPV4", value)

    def _ipv6(self, m: "re.Match") -> str:
        value = m.group(0)
        if value.count(":") < 2:
            return value
        groups = value.split(":")
        if "::" not in value and all(len(g) <= 2 for g in groups):
            return value  # hex bytes ("00:11:22:33:44:55:66:77"), not an address
        return self._ipv6_value(value)

    def _ipv6_value(self, value: str) -> str:
        try:
            addr = ipaddress.IPv6Address(value)
        except ValueError:
            return value
        if addr.ipv4_mapped is not None:
            v4 = addr.ipv4_mapped
            keep = any(v4 in n for n in KEPT_V4)
        elif int(addr) < 0x10000:
            keep = True  # "::ff00": one group after "::" is no host's address (lspci -d ::ff00, a class filter)
        else:
            keep = any(addr in n for n in KEPT_V6)
        if keep or str(addr) in PUBLIC_RESOLVERS:
            return value
        return self.alias("IPV6", str(addr))

    def _email(self, m: "re.Match") -> str:
        line_start = m.string.rfind("\n", 0, m.start()) + 1
        if m.group(1).lower() in _SYSTEMD_SUFFIXES or "Linux version" in m.string[line_start:m.start()]:
            return m.group(0)  # a systemd unit, or the kernel's build address
        return self.alias("EMAIL", m.group(0))

    # structured data

    def _learn_tree(self, node: Any, path: Tuple[str, ...], texts: List[str]) -> None:
        """Learn the values under telling keys now; collect every string into ``texts`` for one text pass."""
        if isinstance(node, dict):
            for key, value in node.items():
                self._learn_tree(value, path + (str(key),), texts)
        elif _is_argv(node, path):
            texts.append(_argv_line(node))
        elif isinstance(node, (list, tuple)):
            for item in node:
                self._learn_tree(item, path, texts)
        elif isinstance(node, str) and not _is_version(path):
            hint = None if isinstance(node, FilledText) else _key_hint(path)
            if hint:
                self.learn(hint, node)
            elif path and path[-1].lower() in ("id_serial", "id_usb_serial"):
                texts.append("ID_SERIAL=" + node)
            texts.append(node)

    def _learn_all(self, node: Any) -> None:
        texts: List[str] = []
        self._learn_tree(node, (), texts)
        # in order (alias numbers follow first sight), each text once; a rule's text is not the same
        # text as an equal string of the user's
        for key in dict.fromkeys((t, getattr(t, "filled", None)) for t in texts):
            text = key[0]
            if isinstance(text, FilledText):
                self._learn_marked(text)
            else:
                self._learn_text(text)

    def _replace_many(self, texts: List[str]) -> Dict[str, str]:
        """``text -> redacted text`` for many strings, redacted in a few joined passes (one per chunk)."""
        out: Dict[str, str] = {}
        for chunk in _chunks(texts):
            parts = self._replace_text(_BATCH_SEP.join(chunk)).split(_BATCH_SEP)
            if len(parts) != len(chunk):  # a pattern ate a separator: redact one by one
                parts = [self._replace_text(t) for t in chunk]
            out.update(zip(chunk, parts))
        return out

    def _text_leaves(self, node: Any, path: Tuple[str, ...], texts: Dict[str, None]) -> None:
        """The strings of ``node`` that :meth:`_replace_tree` redacts as text."""
        if isinstance(node, dict):
            for key, value in node.items():
                self._text_leaves(value, path + (str(key),), texts)
        elif _is_argv(node, path):
            texts[_argv_line(node)] = None
        elif isinstance(node, (list, tuple)):
            for item in node:
                self._text_leaves(item, path, texts)
        elif isinstance(node, str) and node and not _is_version(path) and not isinstance(node, FilledText):
            texts[node] = None

    def _replace_tree(self, node: Any, path: Tuple[str, ...], done: Dict[str, str]) -> Any:
        if isinstance(node, dict):
            return {key: self._replace_tree(value, path + (str(key),), done) for key, value in node.items()}
        if _is_argv(node, path):
            joined = _argv_line(node)
            words = _argv_split(done[joined] if joined in done else self._replace_text(joined), node)
            if words is not None:
                return type(node)(words)
        if isinstance(node, (list, tuple)):
            return type(node)(self._replace_tree(item, path, done) for item in node)
        if isinstance(node, FilledText):
            return self._replace_marked(node) if node else str(node)
        if isinstance(node, str):
            if _is_version(path) and re.fullmatch(r"[\w.+~:-]*", node):
                return node
            hint = _key_hint(path)
            alias = self.learn(hint, node) if hint else None
            if alias:
                return alias
            return done[node] if node in done else self._replace_text(node)
        return node

    def redact_tree(self, node: Any) -> Any:
        """A redacted copy of JSON-like data (dicts, lists, strings); keys tell what values are."""
        self._learn_all(node)
        leaves: Dict[str, None] = {}
        self._text_leaves(node, (), leaves)
        return self._replace_tree(node, (), self._replace_many(list(leaves)))

    def _learn_log_runs(self, snap: Snapshot) -> None:
        """Learn from each source's log lines joined again: what a line's context tells (the command an AT
        answer replies to, ``whoami`` above a user name) lies on the line before it."""
        runs: Dict[str, List[str]] = {}
        for line in snap.log:
            runs.setdefault(line.source, []).append(line.text)
        for texts in runs.values():
            if len(texts) > 1:
                self._learn_text("\n".join(texts))

    def learn_snapshot(self, snap: Snapshot) -> None:
        """Learn every identifier ``snap`` holds (fields and text), so that a report made from it is
        redacted with all of them, even where the report shows a value out of its context."""
        self._learn_log_runs(snap)
        self._learn_all(snap.to_dict())

    def redact_snapshot(self, snap: Snapshot) -> Snapshot:
        """A redacted deep copy of ``snap`` (the input is not changed)."""
        self._learn_log_runs(snap)
        data = self.redact_tree(snap.to_dict())
        data["redacted"] = True
        return from_dict(Snapshot, data)

    def redact_report(self, report: Dict[str, Any]) -> Dict[str, Any]:
        """A redacted deep copy of a report dict, with ``"redacted": True``."""
        out = self.redact_tree(report)
        out["redacted"] = True
        return out
