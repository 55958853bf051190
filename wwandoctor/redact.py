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
    APN_PASS=secret                             ->  APN_PASS=PASSWORD-1

Kept on purpose (not personal): private, CGNAT, loopback, link-local,
multicast and broadcast addresses, the all-ff and zero MACs, firmware and
version strings, USB/PCI bus paths, D-Bus paths, timestamps, hex codes,
VID:PID pairs, placeholders such as ``--``.

Three passes per text: *learn* values from labelled and contextual patterns
(``imei: X``, ``SerialNumber: X``, ``user@host:~$``, syslog host field...),
*replace* them where they stand and, for identifiers, everywhere else they
occur (a serial learned from ``ID_SERIAL_SHORT`` also disappears from a
``/dev/serial/by-id`` link), then replace identifiers recognised by shape
alone (15-digit IMEIs with a valid check digit, ``89...`` ICCIDs, MACs,
public IP addresses, ``+``-prefixed phone numbers, e-mail addresses, digits
spelled inside raw QMI/MBIM hex dumps).

Structured data (snapshots, reports) is walked key by key: a key such as
``imei``, ``serial``, ``mac``, ``iccid``, ``APN_PASS`` says what its value is
(:data:`KEY_HINTS`); every other string is redacted as free text.
"""
from __future__ import annotations

import ipaddress
import re
from typing import Any, Dict, List, Optional, Pattern, Tuple

from wwandoctor.snapshot import Snapshot, from_dict

# Values that say "nothing here" and are never redacted.
PLACEHOLDERS = {"", "--", "-", "unknown", "none", "n/a", "na", "0", "null", "(null)", "not set",
                "not available", "unavailable", "<hidden>", "*", "(none)", "unset", "(unset)", "<unset>",
                "empty", "(empty)", "undefined", "not-set", "no", "yes"}

# Default or generic user and host names: not personal, kept for readability.
GENERIC_NAMES = {"root", "localhost", "localhost.localdomain", "ubuntu", "debian", "raspberrypi",
                 "openwrt", "lede", "user", "admin", "pi", "kali", "alarm", "archiso", "fedora",
                 "live", "liveuser", "none", "openmptcprouter", "mobian", "steamdeck", "turris", "host"}

# Kinds whose values are also replaced wherever they occur in the report.
GLOBAL_KINDS = {"IMEI", "IMEISV", "MEID", "ESN", "IMSI", "ICCID", "EID", "PHONE", "SERIAL", "MAC",
                "EMAIL", "SSID", "USER", "HOST", "MACHINEID"}

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
ALIAS_KINDS = ("IMEISV", "IMEI", "MEID", "ESN", "IMSI", "ICCID", "EID", "PHONE", "SERIAL", "MAC", "EMAIL",
               "SSID", "USER", "HOST", "MACHINEID", "PASSWORD", "PIN", "CELL", "LAC", "TAC", "LOC",
               "public-ipv4", "public-ipv6")
ALIAS_RE = re.compile(r"^(?:[0-9a-fA-F:]+-)?(?:%s)-\d+$" % "|".join(ALIAS_KINDS))
_EXISTING_ALIAS_RE = re.compile(r"(?<![A-Za-z0-9])(%s)-(\d+)(?![\w-])" % "|".join(ALIAS_KINDS))


# Terminal escape sequences (colours from grep --color, ip -c, ls; cursor moves): CSI, OSC, two-byte ESC.
_TERMINAL_CODES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")


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
_TEMPLATE_RE = re.compile(r"YOUR_[A-Z_]+|<[\w -]+>|\{[\w.]+\}|\$\{?\w+\}?|[Xx*#]+")


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
    return re.sub(r"[ -]", "", value) if re.fullmatch(r"\d[\d -]*\d", value) else ""


def _identity_kind(hint: str, v: str) -> Optional[str]:
    """Kind of a value labelled IMEI, IMEISV, equipment id or serial; None = not an identifier."""
    d = _digits(v)
    if len(d) == 15 and (hint == "IMEI" or luhn_ok(d)):
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
    "CELL": r"(?:0x)?[0-9A-Fa-f]+",
    "LAC": r"(?:0x)?[0-9A-Fa-f]+",
    "TAC": r"(?:0x)?[0-9A-Fa-f]+",
    "LOC": r"[-+]?\d+(?:\.\d+)?(?:\s*[NSEW])?|\$G.*",
}


def classify(hint: str, value: str) -> Optional[str]:
    """The kind of ``value`` seen under a label meaning ``hint``; None = keep it."""
    v = value.strip()
    if is_placeholder(v) or ALIAS_RE.match(v):
        return None
    if hint in ("IMEI", "IMEISV", "EQUIP", "SERIAL"):
        return _identity_kind(hint, v)
    if hint == "DEVID":  # mbimcli "Device ID" is the IMEI/MEID/ESN; ModemManager's "device id" is a hash
        d = _digits(v)
        if len(d) in (14, 15, 16):
            return "IMEI" if len(d) == 15 else ("IMEISV" if len(d) == 16 else "MEID")
        return "MEID" if _is_hex(v) and len(v) == 14 else ("ESN" if _is_hex(v) and len(v) == 8 else None)
    if hint == "PHONE":
        ok = len(re.sub(r"\D", "", v)) >= 6 and re.fullmatch(r"\+?[\d ()./-]+", v)
        return "PHONE" if ok else None
    if hint in _SHAPES:
        return hint if re.fullmatch(_SHAPES[hint], v) else None
    if hint in ("USER", "HOST"):
        return None if v.lower() in GENERIC_NAMES else hint
    if hint == "MAC":
        return "MAC" if _MAC_RE.fullmatch(v) and _personal_mac(v) else None
    return hint


def _personal_mac(mac: str) -> bool:
    """False for broadcast, multicast (group bit set) and all-zero addresses: they name no device."""
    return not (int(mac[:2], 16) & 1 or set(mac.lower()) <= {"0", ":", "-"})


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


def _distinctive(name: str) -> bool:
    """A user/host name safe to replace everywhere: not an ordinary word like "modem"."""
    return bool(re.search(r"[\d._-]", name) or re.search(r"[a-z][A-Z]", name))


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
    ("MACHINEID", r"_?machine[ _-]id|(?:system[ _-])?uuid"),
    ("ICCID", r"(?:sim[ _-]?)?iccid|icc[ _-]id"),
    ("EID", r"eid"),
    ("PHONE", r"msisdn|own[ _-]numbers?|own|(?:phone|telephone|subscriber)[ _-]?numbers?|number"),
    ("SERIAL", r"serial[ _-]?number|serialnumber|serial[ _-]?no|serial"),
    ("HOST", r"(?<!-)_?hostname|host[ _-]name|static hostname"),  # not NetworkManager's "set-hostname:"
    ("USER", r"apn[ _-]?user(?:name)?|user[ _-]?name|user|login"),
    ("PASSWORD", r"apn[ _-]?pass(?:word)?|password|passwd|passphrase|secret|psk|auth[ _-]?pass"),
    ("PIN", r"(?:new[ _-]?)?pin[12]?|puk[12]?|pin[ _-]?code"),
    ("CELL", r"(?:global |physical |serving )?cell[ _-]?id(?:entity)?|cellid"),
    ("LAC", r"location[ _-]area[ _-]code|lac"),
    ("TAC", r"tracking[ _-]area[ _-]code|tac"),
    ("LOC", r"latitude|longitude|altitude|lat|lon|lng"),
]


def _label_re() -> Pattern:
    """One regex for every label: group ``L_<HINT>`` tells which label matched, ``v_*`` is the value."""
    labels = "|".join("(?P<L_%s>%s)" % (hint, words) for hint, words in _LABELS)
    return re.compile(r"(?i)(?<![A-Za-z0-9_])(?:%s)%s%s" % (labels, _SEP, _value("v")))


_CONTEXT: List[Pattern] = [_label_re()] + [re.compile(p) for p in (
    # lsusb -v:   iSerial                 3 0123456789ABCDEF
    r"(?m)\biSerial[ \t]+\d+[ \t]+(?P<SERIAL_b>\S[^\n]*?)[ \t]*$",
    # udevadm / uevent:  E: ID_SERIAL_SHORT=0123456789ABCDEF
    r"\bID_(?:USB_)?SERIAL_SHORT=(?P<SERIAL_b>[^\s\"']+)",
    # ID_SERIAL=Vendor_Model_SERIAL: the last part, when it looks like a serial
    r"\bID_(?:USB_)?SERIAL=[^\s\"']*_(?P<SERIAL_b>(?=[^\s\"'_]*\d)[^\s\"'_]{4,})(?=[\s\"']|$)",
    # udev links: /dev/serial/by-id/usb-Quectel_EC25_a1b2c3d4-if02-port0, /dev/disk/by-id/usb-..._SERIAL-0:0
    r"/by-id/usb-[^\s/]*_(?P<SERIAL_b>[^\s_/]+)-(?:if\d\d|\d+:\d+)",
    # JSON keys of mmcli location:  "cid": "0C8F1A02"
    r"\"(?:cid|lac|tac)\"\s*:\s*\"(?P<CELL_d>[^\"]*)\"",
    # AT: +CREG: 2,1,"1A2B","01A2B3C4",7
    r"\+C(?:G|E|5G)?REG:\s*\d(?:,\s*\d+)?,\s*\"(?P<LAC_d>[0-9A-Fa-f]+)\",\s*\"(?P<CELL_d>[0-9A-Fa-f]+)\"",
    r"\+CNUM:\s*\"[^\"]*\",\s*\"(?P<PHONE_d>[^\"]+)\"",
    r"\+CPIN=\"?(?P<PIN_b>\d{4,10})\"?(?:,\s*\"?(?P<PIN_c>\d{4,10}))?",
    # qmicli --uim-verify-pin=PIN1,1234  --dms-uim-unblock-pin=PIN1,12345678,1234  --uim-change-pin=PIN1,OLD,NEW
    r"--[\w-]*(?:pin|puk)[\w-]*=['\"]?PIN\d,(?P<PIN_b>\d{4,10})(?:,(?P<PIN_c>\d{4,10}))?",
    # quectel-CM -s APN [USER PASSWORD [AUTH]]     pppd peers file:  user "jdoe" / password "secret"
    r"quectel-CM\b[^\n]*?[ \t]-s[ \t]+[^\s-]\S*[ \t]+(?P<USER_b>[^\s-]\S*)(?:[ \t]+(?P<PASSWORD_b>[^\s-]\S*))?",
    r"(?m)^[ \t]*user[ \t]+\"?(?P<USER_b>[^\"\s]+)\"?[ \t]*$|^[ \t]*password[ \t]+\"?(?P<PASSWORD_b>[^\"\s]+)\"?[ \t]*$",
    # mmcli -K:  modem.generic.own-numbers.value[1] : 4915112345678   modem.location.3gpp.cid : 0C8F1A02
    r"own-numbers\.value\[\d+\][ \t]*:[ \t]*(?P<PHONE_b>[^\s]+)",
    r"location\.3gpp\.(?:cid|lac|tac)[ \t]*:[ \t]*(?P<CELL_b>[^\s]+)",
    # mbimcli:  Telephone numbers: (1) '4915112345678'
    r"Telephone numbers:[ \t]*\(\d+\)[ \t]*'(?P<PHONE_q>[^'\n]+)'",
    # hostname output:  $ cat /etc/hostname / $ hostname / uname -n, then the name alone on the next line
    r"(?m)(?:cat /etc/hostname|[$#] hostname(?: -[sf])?|uname -n)[ \t]*\n(?P<HOST_b>[\w.-]+)[ \t]*$",
    # NMEA sentences carry the position
    r"(?P<LOC_b>\$G[PNLAB](?:GGA|RMC|GLL|GNS),[^\s\"']+)",
    # shell prompts:  jane@myhost:~$   [jane@myhost ~]$
    r"(?m)^[ \t]*(?:\([\w.-]+\)[ \t]*)?(?P<USER_b>[a-z_][\w.-]*)@(?P<HOST_b>[\w.-]+):[^\s$#]*[ \t]?[$#]",
    r"(?m)^[ \t]*\[(?P<USER_b>[a-z_][\w.-]*)@(?P<HOST_b>[\w.-]+)[ \t][^\]\n]*\][$#]",
    r"\[sudo\] password for (?P<USER_b>[\w.-]+):",
    r"\b(?:for|of|by) user (?P<USER_b>[\w.-]+)|\bby (?P<USER_c>[\w.-]+)\(uid=\d+\)",
    # SSIDs may hold spaces: quoted, or the rest of the line
    r"(?im)(?<![A-Za-z0-9_])(?:e?ssid)['\"]?[ \t]*[:=][ \t]*(?:'(?P<SSID_q>[^'\n]+)'|\"(?P<SSID_d>[^\"\n]+)\""
    r"|(?P<SSID_b>[^\s'\"][^\n]*?))[ \t]*$",
    r"/(?:home|Users)/(?P<USER_b>[\w.-]+)|\b[A-Za-z]:\\\\?Users\\\\?(?P<USER_c>[\w.-]+)",
    # NetworkManager / systemd:  set hostname to 'myhost'   Hostname set to <myhost>
    r"set hostname to '(?P<HOST_q>[^'\s]+)'|[Hh]ostname set to <(?P<HOST_b>[^>\s]+)>",
    # syslog / journal:  Oct 27 10:58:44 myhost kernel: ...   2013-10-09T10:49:49.93+02:00 myhost prog[1]:
    r"(?m)^(?:[A-Z][a-z]{2}[ \t]+\d{1,2}[ \t]+\d\d:\d\d:\d\d(?:\.\d+)?"
    r"|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?)"
    r"[ \t](?P<HOST_b>[\w.-]+)[ \t](?=[\w./@-]+(?:\[\d+\])?:)",
    # uname -a:  Linux myhost 6.1.0-13-amd64 #1 SMP ...
    r"\bLinux (?P<HOST_b>[\w.-]+) \d+\.\d+[\w.+~-]* #",
)]

# Shape-only patterns, tried after the contextual ones.
_ICCID_RE = re.compile(r"(?<![\w.])89\d{16,20}[Ff]?(?![\w.])")
_EID_RE = re.compile(r"(?<![\w.])\d{32}(?![\w.])")
_IMEISV_RE = re.compile(r"(?<![\w.])[02-9]\d{15}(?![\w.])")  # 1... is an epoch in microseconds
_D15_RE = re.compile(r"(?<![\w.])\d{15}(?![\w.])")
_PHONE_RE = re.compile(r"(?<![\w+.:/=\\-])\+(?:\d{7,15}|\d{1,3}(?:[ -]\(?\d{2,8}\)?){1,5})(?![\w])")
_MAC_RE = re.compile(r"(?<![\w:-])(?:[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5})(?![\w:-])")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4_RE = re.compile(r"(?<![\w.])%s(?:\.%s){3}(?![\w]|\.\w)" % (_OCTET, _OCTET))
_IPV6_RE = re.compile(r"(?<![\w:.])[0-9A-Fa-f:]{2,45}(?![\w:.])")
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})(?![\w.-])")
# Raw QMI/MBIM messages in debug logs: "data = 01:2A:00:...". Identifiers travel inside as ASCII
# (QMI) or UTF-16LE (MBIM) digits.
_HEXDUMP_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){13,}(?![\w:])")
_DUMP_DIGITS = re.compile(rb"\+?[0-9]{7,}|(?:\+\x00)?(?:[0-9]\x00){7,}")
_VERSION_CONTEXT = re.compile(r"(?i)(?:version|revision|firmware|release|\bver|\bfw|\bv)[ \t]*[:=]?[ \t]*['\"]?$")
_SYSTEMD_SUFFIXES = {"service", "socket", "target", "mount", "slice", "scope", "timer", "path", "device", "swap"}


def mask_hex_dump(dump: str) -> str:
    """Replace by ``xx`` the bytes of a colon-separated hex dump that spell 7+ digits (ASCII or UTF-16LE)."""
    parts = dump.split(":")
    data = bytes(int(p, 16) for p in parts)
    for m in _DUMP_DIGITS.finditer(data):
        parts[m.start():m.end()] = ["xx"] * (m.end() - m.start())
    return ":".join(parts)


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
}


def _key_hint(path: Tuple[str, ...]) -> Optional[str]:
    """The hint for a value at ``path`` (dict keys from the root), or None."""
    if not path:
        return None
    key = path[-1].lower().rsplit(".", 1)[-1]
    if key == "cid":  # mmcli location: modem.location.3gpp.cid
        return "CELL" if "3gpp" in path or "location" in path else None
    return KEY_HINTS.get(key)


def _is_argv(node: Any, path: Tuple[str, ...]) -> bool:
    """A process command line (``Process.args``): redacted as one line, so options see their values."""
    return bool(path) and path[-1] == "args" and isinstance(node, (list, tuple)) \
        and all(isinstance(a, str) and " " not in a for a in node)


# --- the redactor --------------------------------------------------------------

class Redactor:
    """One alias table for one report: ``value -> alias``, stable across calls."""

    def __init__(self) -> None:
        self.aliases: Dict[str, str] = {}
        self.kinds: Dict[str, str] = {}
        self._counts: Dict[str, int] = {}
        self._global_re: Optional[Pattern] = None

    # aliases

    def alias(self, kind: str, value: str) -> str:
        """The alias of ``value`` (created on first sight, with ``kind``)."""
        key = value.lower() if kind == "MAC" else value
        if key not in self.aliases:
            label = "public-ipv4" if kind == "IPV4" else "public-ipv6" if kind == "IPV6" else kind
            self._counts[label] = self._counts.get(label, 0) + 1
            prefix = _keep_prefix(kind, value)
            alias = "%s-%d" % (label, self._counts[label])
            self.aliases[key] = "%s-%s" % (prefix, alias) if prefix else alias
            self.kinds[key] = kind
            self._global_re = None
        return self.aliases[key]

    def _reserve_aliases(self, text: str) -> None:
        """Count aliases already in the input (a redacted snapshot) so that new ones do not reuse them."""
        for m in _EXISTING_ALIAS_RE.finditer(text):
            label, number = m.group(1), int(m.group(2))
            self._counts[label] = max(self._counts.get(label, 0), number)

    def learn(self, hint: str, value: str) -> Optional[str]:
        """Register a value seen under a label; returns its alias or None when kept."""
        value = value.strip()
        kind = classify(hint, value)
        if kind is None:
            return None
        return self.alias(kind, value)

    # text

    def redact_text(self, text: str) -> str:
        """Redact free text (log lines, evidence, messages, commands, pasted sections)."""
        if not text:
            return text
        text = strip_terminal_codes(text)
        self._learn_text(text)
        return self._replace_text(text)

    def _learn_text(self, text: str) -> None:
        text = strip_terminal_codes(text)
        self._reserve_aliases(text)
        for pattern in _CONTEXT:
            for m in pattern.finditer(text):
                for hint, value, _s, _e in _groups(m):
                    self.learn(hint, value)

    def _replace_text(self, text: str) -> str:
        text = strip_terminal_codes(text)
        for pattern in _CONTEXT:
            text = pattern.sub(self._replace_groups, text)
        text = self._replace_known(text)
        return self._replace_shapes(text)

    def _replace_groups(self, m: "re.Match") -> str:
        out = m.group(0)
        base = m.start()
        for hint, value, start, _end in sorted(_groups(m), key=lambda g: -g[2]):
            alias = self.learn(hint, value)
            if alias:  # replace the value without its surrounding blanks
                stripped = value.strip()
                at = start - base + value.find(stripped)
                out = out[:at] + alias + out[at + len(stripped):]
        return out

    def _replace_known(self, text: str) -> str:
        """Replace identifiers learned anywhere in the report wherever they occur."""
        if self._global_re is None:
            values = [v for v, k in self.kinds.items() if k in GLOBAL_KINDS and len(v) >= 4
                      and (k not in ("USER", "HOST") or _distinctive(v))]
            if not values:
                self._global_re = re.compile(r"(?!x)x")
            else:
                values.sort(key=len, reverse=True)
                self._global_re = re.compile(
                    r"(?<![A-Za-z0-9])(?:%s)(?![A-Za-z0-9])" % "|".join(re.escape(v) for v in values),
                    re.IGNORECASE)
        return self._global_re.sub(self._known_alias, text)

    def _known_alias(self, m: "re.Match") -> str:
        value = m.group(0)
        alias = self.aliases.get(value) or self.aliases.get(value.lower())
        if alias is None:  # a case-insensitive hit on a case-sensitive value: find it
            alias = next((a for v, a in self.aliases.items() if v.lower() == value.lower()), value)
        return alias

    def _replace_shapes(self, text: str) -> str:
        text = _HEXDUMP_RE.sub(lambda m: mask_hex_dump(m.group(0)), text)
        text = _ICCID_RE.sub(lambda m: self.alias("ICCID", m.group(0)), text)
        text = _EID_RE.sub(lambda m: self.alias("EID", m.group(0)), text)
        text = _IMEISV_RE.sub(lambda m: self.alias("IMEISV", m.group(0)), text)
        text = _D15_RE.sub(self._fifteen_digits, text)
        text = _PHONE_RE.sub(self._phone, text)
        text = _MAC_RE.sub(self._mac, text)
        text = _IPV4_RE.sub(self._ipv4, text)
        text = _IPV6_RE.sub(self._ipv6, text)
        return _EMAIL_RE.sub(self._email, text)

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
        if _VERSION_CONTEXT.search(m.string[max(0, m.start() - 24):m.start()]):
            return value
        addr = ipaddress.ip_address(value)
        if value in PUBLIC_RESOLVERS or any(addr in n for n in KEPT_V4):
            return value
        return self.alias("IPV4", value)

    def _ipv6(self, m: "re.Match") -> str:
        value = m.group(0)
        if value.count(":") < 2:
            return value
        try:
            addr = ipaddress.IPv6Address(value)
        except ValueError:
            return value
        if addr.ipv4_mapped is not None:
            v4 = addr.ipv4_mapped
            keep = any(v4 in n for n in KEPT_V4)
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

    def _learn_tree(self, node: Any, path: Tuple[str, ...]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                self._learn_tree(value, path + (str(key),))
        elif _is_argv(node, path):
            self._learn_text(" ".join(node))
        elif isinstance(node, (list, tuple)):
            for item in node:
                self._learn_tree(item, path)
        elif isinstance(node, str):
            hint = _key_hint(path)
            if hint:
                self.learn(hint, node)
            elif path and path[-1].lower() in ("id_serial", "id_usb_serial"):
                self._learn_text("ID_SERIAL=" + node)
            self._learn_text(node)

    def _replace_tree(self, node: Any, path: Tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            return {key: self._replace_tree(value, path + (str(key),)) for key, value in node.items()}
        if _is_argv(node, path):
            words = self._replace_text(" ".join(node)).split(" ")
            if len(words) == len(node):
                return type(node)(words)
        if isinstance(node, (list, tuple)):
            return type(node)(self._replace_tree(item, path) for item in node)
        if isinstance(node, str):
            hint = _key_hint(path)
            alias = self.learn(hint, node) if hint else None
            return alias if alias else self._replace_text(node)
        return node

    def redact_tree(self, node: Any) -> Any:
        """A redacted copy of JSON-like data (dicts, lists, strings); keys tell what values are."""
        self._learn_tree(node, ())
        return self._replace_tree(node, ())

    def learn_snapshot(self, snap: Snapshot) -> None:
        """Learn every identifier ``snap`` holds (fields and text), so that a report made from it is
        redacted with all of them, even where the report shows a value out of its context."""
        self._learn_tree(snap.to_dict(), ())

    def redact_snapshot(self, snap: Snapshot) -> Snapshot:
        """A redacted deep copy of ``snap`` (the input is not changed)."""
        data = self.redact_tree(snap.to_dict())
        data["redacted"] = True
        return from_dict(Snapshot, data)

    def redact_report(self, report: Dict[str, Any]) -> Dict[str, Any]:
        """A redacted deep copy of a report dict, with ``"redacted": True``."""
        out = self.redact_tree(report)
        out["redacted"] = True
        return out
