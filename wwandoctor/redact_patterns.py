"""The contextual patterns of the redactor for what no parser reads, one table per class.

Each entry is ``(name, regex)``; a named group ``<HINT>_<n>`` holds a value and its hint
(``USER``, ``PASSWORD``, ``PIN``, ``SERIAL``, ``PHONE``, ``CELL``, ``TAC``, ``LAC``, ``LOC``,
``HOST``, ``SSID``, ``CONN``, ``MACHEX``, ``SIMHEX``, ``ID``...). :func:`wwandoctor.redact.classify`
decides per hint whether the value is personal; a group named ``L_<X>`` is syntax only (a quote).
``tests/test_redact_patterns.py`` has a leak sample and a keep sample for every entry.
"""
from __future__ import annotations

import re
from typing import List, Optional, Pattern, Tuple


# Unrecognized sections carry their origin before each line ("post.txt:12: "): a line starts after it.
LINE_PREFIX = r"(?:[^\s:]+:\d+: )?"
NL = r"\n" + LINE_PREFIX


def at_line_start(rx: str) -> str:
    """``rx`` with every ``^`` anchor (outside character classes) allowing the origin prefix."""
    return re.sub(r"(\(\?m\)|\||\(|^)\^", lambda m: m.group(1) + "^" + LINE_PREFIX, rx)


def _arg(hint: str, n: int) -> str:
    """One argument of an AT command: quoted or bare, captured under ``hint``."""
    return r'(?:"(?P<%s_q%d>[^"\n]*)"|(?P<%s_b%d>[^,\s"]+))' % (hint, n, hint, n)


_ANY = r'(?:"[^"\n]*"|[^,\s"]*)'  # an argument that is kept
_C = r"[ \t]*,[ \t]*"


def _at(names: str, fields: List[str]) -> str:
    """An AT command or response ``names`` whose arguments are ``fields`` (hint or None = kept)."""
    parts = []
    for i, hint in enumerate(fields):
        parts.append(_arg(hint, i) if hint else _ANY)
    tail = ""
    for p in reversed(parts[1:]):  # trailing arguments may be missing
        tail = "(?:%s%s%s)?" % (_C, p, tail)
    return r"(?i)(?<![\w])(?:AT)?[+$^#*%%!](?:%s)[ \t]*[=:][ \t]*%s%s" % (names, parts[0], tail)


# --- credentials ---------------------------------------------------------------

_PW_KEYS = r"password|passwd|passphrase|pass|pwd|psk|secret|apn[_-]?pass(?:word)?|auth[_-]?pass(?:word)?"
_USER_KEYS = r"username|user|login|apn[_-]?user(?:name)?|auth[_-]?user"

CREDENTIALS: List[Tuple[str, str]] = [
    # AT+QICSGP=<ctx>,<type>,"apn","user","pass"[,auth]  (Quectel) and its ? answer
    ("at-qicsgp", _at("QICSGP", [None, None, None, "USER", "PASSWORD"])),
    ("at-qicsgp-answer", r'(?i)\+QICSGP:[ \t]*\d+[ \t]*,[ \t]*"[^"\n]*"[ \t]*,[ \t]*'
                         r'"(?P<USER_q>[^"\n]*)"[ \t]*,[ \t]*"(?P<PASSWORD_q>[^"\n]*)"'),
    # AT+CGAUTH=<cid>,<auth>,"user","pass"  (3GPP 27.007), Telit #PDPAUTH, Intel +XGAUTH, Ericsson *EIAAUW
    ("at-cgauth", _at("CGAUTH|PDPAUTH|XGAUTH|MGAUTH|EIAAUW", [None, None, "USER", "PASSWORD"])),
    # AT$QCPDPP=<cid>,<auth>,"pass","user"  (Qualcomm), Cinterion ^SGAUTH
    ("at-qcpdpp", _at("QCPDPP|SGAUTH", [None, None, "PASSWORD", "USER"])),
    # AT^AUTHDATA=<cid>,<auth>,<plmn>,"pass","user"  (Huawei)
    ("at-authdata", _at("AUTHDATA", [None, None, None, "PASSWORD", "USER"])),
    # Huawei ^NDISDUP=1,1,"apn","user","pass"; Sierra HL +KCNXCFG=1,"GPRS","apn","user","pass"
    ("at-ndisdup", _at("NDISDUP|KCNXCFG", [None, None, None, "USER", "PASSWORD"])),
    # SIMCom +CSTT="apn","user","pass", Quectel +QIREGAPP
    ("at-cstt", _at("CSTT|QIREGAPP", [None, "USER", "PASSWORD"])),
    # u-blox +UPSD=<profile>,2,"user" / 3,"pass";  SIMCom +SAPBR=3,1,"USER"|"PWD","value"
    ("at-upsd", r'(?i)\+UPSD[=:][ \t]*\d+[ \t]*,[ \t]*(?:2|3)[ \t]*,[ \t]*"(?P<PASSWORD_q>[^"\n]*)"'),
    ("at-sapbr", r'(?i)\+SAPBR[=:][ \t]*3[ \t]*,[ \t]*\d+[ \t]*,[ \t]*"(?:USER|PWD)"[ \t]*,[ \t]*"(?P<PASSWORD_q>[^"\n]*)"'),
    # /etc/ppp/chap-secrets, pap-secrets:  client  server  secret  [addresses]   (server "*" or quoted)
    # (a client ends in no colon: 'Reported-by: "Doe, Jane" <jane@...>' is a mail header of the same shape)
    ("ppp-secrets", r'(?m)^[ \t]*(?:"(?P<USER_q>[^"\n]+)"|(?P<USER_b>[^\s#"]*[^\s#":]))[ \t]+(?:\*|"[^"\n]*")[ \t]+'
                    r'(?:"(?P<PASSWORD_q>[^"\n]*)"|(?P<PASSWORD_b>[^\s"]+))'
                    r'(?:[ \t]+(?:\*|-|""|!?[\d.]+(?:/\d+)?|[0-9A-Fa-f:]*:[0-9A-Fa-f:]*))*[ \t]*(?:#[^\n]*)?$'),
    # a config file line:  Password = my secret pw   (wvdial, ini, NetworkManager keyfiles): the rest of the line
    ("config-line", r"(?im)^[ \t]*(?:%s)[ \t]*[=:][ \t]*(?P<PASSWORD_l>[^\s'\"][^\n]*?)[ \t]*$" % _PW_KEYS),
    # key=value inside a quoted argument: "apn=x,user=u,password=pass word;(1),ip-type=4"
    ("kv-in-quotes", r"(?i)(?P<L_Q>[\"'])(?:(?!(?P=L_Q))[^\n])*?(?<![\w.-])(?:%s)=(?P<PASSWORD_k>(?:(?!(?P=L_Q))[^\n])*?)"
                     r"(?=,[\w.-]+=|(?P=L_Q))" % _PW_KEYS),
    ("user-kv-in-quotes", r"(?i)(?P<L_Q>[\"'])(?:(?!(?P=L_Q))[^\n])*?(?<![\w.-])(?:%s)=(?P<USER_k>(?:(?!(?P=L_Q))[^\n])*?)"
                          r"(?=,[\w.-]+=|(?P=L_Q))" % _USER_KEYS),
    # password=value outside quotes: up to a blank or the next ",key="
    ("kv-bare", r"(?i)(?<![\w.-])(?:%s)[ \t]*=[ \t]*(?P<PASSWORD_u>[^\s,\"'](?:[^\s,\"']|,(?![\w.-]+=))*)" % _PW_KEYS),
    # --password X, password X (pppd, ps, shell history), gsm.password X (nmcli), --apn-pass X
    ("option-space", r"(?i)(?:(?<![\w-])--?(?:%s)|(?<![\w-])(?:gsm|cdma|wifi-sec|802-11-wireless-security|vpn|ppp|pppoe)"
                     r"\.(?:password|psk|secret)|(?<![\w.-])(?:password|passwd))[ \t]+"
                     r"(?:\"(?P<PASSWORD_d>[^\"\n]*)\"|'(?P<PASSWORD_q>[^'\n]*)'|(?!\(\d+\)[,.;]?(?:\s|$))(?P<PASSWORD_b>[^\s\"'=:][^\s\"']*))" % _PW_KEYS),
    ("user-option-space", r"(?i)(?:(?<![\w-])--?(?:username|user|apn-user)|(?<![\w-])(?:gsm|cdma|vpn|ppp|pppoe)\.username"
                          r"|(?<=pppd )(?:[^\n]*?[ \t])?user)[ \t]+"
                          r"(?:\"(?P<USER_d>[^\"\n]*)\"|'(?P<USER_q>[^'\n]*)'|(?P<USER_b>[^\s\"']+))"),
    # http://user:pass@host
    ("url-userinfo", r"(?i)\b[a-z][a-z0-9+.-]*://(?P<USER_b>[^\s:/@]+):(?P<PASSWORD_b>[^\s@/]+)@"),
    # quectel-CM -s APN USER PASS [AUTH] and its -p PIN
    ("quectel-cm", r"(?i)quectel-CM\b[^\n]*?[ \t]-s[ \t]+[^\s-]\S*[ \t]+(?P<USER_b>[^\s-]\S*)"
                   r"(?:[ \t]+(?P<PASSWORD_b>[^\s-]\S*))?"),
    # OpenWrt UCI:  option password 'x'   option username 'x'
    ("uci-credential", r"(?i)\boption[ \t]+(?:password|passwd|auth_?pass(?:word)?|key|psk|secret)[ \t]+"
                       r"(?:'(?P<PASSWORD_q>[^'\n]*)'|\"(?P<PASSWORD_d>[^\"\n]*)\"|(?P<PASSWORD_b>\S+))"),
    ("uci-user", r"(?i)\boption[ \t]+(?:username|user|auth_?user)[ \t]+"
                 r"(?:'(?P<USER_q>[^'\n]*)'|\"(?P<USER_d>[^\"\n]*)\"|(?P<USER_b>\S+))"),
]

# --- PIN / PUK -----------------------------------------------------------------

PINS: List[Tuple[str, str]] = [
    # qmicli --dms-uim-verify-pin=PIN,1234  --uim-unblock-pin=PIN1,PUK,NEW  mbimcli --enter-pin=1234
    # --change-pin=OLD,NEW --enter-puk=PUK,NEW  mmcli --pin=1234 --puk=X  (= or blank)
    ("pin-option", r"(?i)--[\w-]*(?:pin|puk)[\w-]*(?:=|[ \t]+)['\"]?(?:(?:PIN|PUK)\d?,)?(?P<PIN_b>\d{4,10})"
                   r"(?:,(?P<PIN_c>\d{4,10}))?(?:,(?P<PIN_d>\d{4,10}))?"),
    ("nm-pin", r"(?i)(?<![\w-])(?:gsm|cdma)\.(?:pin|puk)[ \t]+['\"]?(?P<PIN_b>\d{4,10})"),
    ("quectel-cm-pin", r"(?i)quectel-CM\b[^\n]*?[ \t]-p[ \t]+(?P<PIN_b>\d{4,8})\b"),
    ("at-cpin", r'(?i)[+^]CPIN2?[ \t]*=[ \t]*"?(?P<PIN_b>\d{4,10})"?(?:[ \t]*,[ \t]*"?(?P<PIN_c>\d{4,10}))?'),
    ("at-clck", r'(?i)\+CLCK[ \t]*=[ \t]*"?\w+"?[ \t]*,[ \t]*\d[ \t]*,[ \t]*"?(?P<PIN_b>\d{4,10})'),
    ("at-cpwd", r'(?i)\+CPWD[ \t]*=[ \t]*"?\w+"?[ \t]*,[ \t]*"?(?P<PIN_b>\d{4,10})"?[ \t]*,[ \t]*"?(?P<PIN_c>\d{4,10})'),
    ("uci-pincode", r"(?i)\boption[ \t]+(?:pincode|pin|puk)[ \t]+['\"]?(?P<PIN_b>\d{4,10})"),
]

# --- identifiers in other spellings ----------------------------------------------

# The identity commands of AT (3GPP TS 27.007 +CGSN/+GSN/+CIMI; vendors' +QGSN, +EGMR, +QCCID, ^ICCID, +QIMSI),
# each a label group: what the command reads is what its answer is.
_ANSWER_KINDS = r"(?P<L_EQUIP>C?GSN|QGSN|EGMR)|(?P<L_IMSI>CIMI|QIMSI|CIMSI)|(?P<L_ICCID>QCCID|ICCID|CCID)"

IDENTIFIERS: List[Tuple[str, str]] = [
    # the answer of AT+CGSN / AT+GSN / AT+CIMI / AT+CCID, alone on the next line (also pyserial's b'..\r\n..'):
    # the command says what the answer is (an IMEI or serial number, an IMSI, an ICCID), whatever its check digit
    ("at-answer-line", r"(?i)AT\+(?:" + _ANSWER_KINDS + r")(?:=\d)?[ \t]*(?:\r|\\r)*(?:\\n|\\r|" + NL + ")+[ \t]*(?:\\r|\\n)*"
                       r"(?:\+\w+:[ \t]*)?\"?(?P<v_b>[0-9A-Fa-f][0-9A-Fa-f -]{5,}[0-9A-Fa-f])(?![\w-])\"?"),
    ("at-gsn-answer", r'(?i)[+^$#!](?:' + _ANSWER_KINDS + r'):[ \t]*"?(?P<v_b>[0-9A-Za-z][0-9A-Za-z -]{4,}[0-9A-Za-z])(?![\w-])"?'),
    # Sierra AT!ITEM? / ATI, Huawei, Telit serial labels:  FSN: 4Z7...   S/N: ..   SN: ..   Serial No.: ..
    ("serial-labels", r"(?i)(?<![\w/])(?:FSN|S/N|SN|PSN|MSN|Serial[ \t]?No\.?|Serial[ \t]Num(?:ber)?)(?:[ \t]*[:=#][ \t]*|[ \t]+)"
                      r"['\"]?(?P<SERIAL_b>[0-9A-Za-z][0-9A-Za-z-]{3,})(?![\w-])"),
    # a label, no colon, then the number:  "the IMEISV 4901542032375101", "ICCID 8949 0200 ..."
    ("loose-label", r"(?i)(?<![\w])(?:(?P<L_IMEISV>imei[ _-]?sv)|(?P<L_IMEI>imei)|(?P<L_ICCID>iccid)|(?P<L_IMSI>imsi)"
                    r"|(?P<L_EID>eid)|(?P<L_MEID>meid)|(?P<L_PHONE>msisdn))['\"]?[ \t]*(?:[:=#]|is)?[ \t]*['\"]?"
                    r"(?P<v_b>\d[\d -]{5,}\d|[0-9A-Fa-f]{8,})(?![\w-])"),
    # raw SIM file bytes: qmicli --uim-read-transparent / --uim-read-record "Read result:", AT+CRSM / +CSIM answers
    ("sim-read-result", r"(?i)Read result:[ \t]*(?:" + NL + ")?" + r"[ \t]*(?P<SIMHEX_b>[0-9A-Fa-f]{2}(?:[: ]?[0-9A-Fa-f]{2}){5,})"),
    ("at-crsm", r'(?i)\+C(?:RSM|SIM):[ \t]*\d+[ \t]*,[ \t]*(?:\d+[ \t]*,[ \t]*)?"?(?P<SIMHEX_b>[0-9A-Fa-f]{12,})"?'),
]

# --- phone numbers ---------------------------------------------------------------

PHONES: List[Tuple[str, str]] = [
    # tel:+49..., sms:0170...
    ("phone-uri", r"(?i)\b(?:tel|sms|callto):(?P<PHONE_b>\+?[\d()./-]{6,}\d)"),
    # 00 49 170 1234567 (international prefix 00)
    ("phone-00", r"(?<![\w+.:/=\\-])(?<![0-9A-Fa-f] )(?P<PHONE_b>00[1-9]\d{0,2}(?:[ \-/]?\(?\d{1,5}\)?){1,5}\d)"
                 r"(?![\w/.:-])(?![ ][0-9A-Fa-f]{2,}\b)"),
    # +49 (0)170 1234567, +49 170 1234567, +44 7700 900123
    ("phone-international", r"(?<![\w+.:/=\\-])(?P<PHONE_b>\+[1-9]\d{0,2}(?:[ -]?\(0\))?(?:[ \-/]?\(?\d{1,5}\)?){1,5}\d)(?![\w/-])"),
    # 0170 1234567, 0170/1234567, 0170-1234567, (0170) 1234567
    ("phone-national", r"(?<![\w+.:/=\\-])(?<![0-9A-Fa-f] )(?=(?:[ ()/-]{0,2}\d){9})(?P<PHONE_b>\(?0[1-9]\d{0,4}\)?(?:[ /-]|[ ]?/[ ]?)\d{3,9}"
                       r"(?:[ -]\d{2,6})?)(?![\w/.:-])(?![ ][0-9A-Fa-f]{2,}\b)"),
    # 06 12 34 56 78, 06.12.34.56.78 (digit pairs)
    # (only after a word that announces a number: hex bytes "05 24 00 10 01" look the same)
    ("phone-pairs", r"(?i)\b(?:tel|t[eé]l[eé]phone|phone|call|number|nummer|num[eé]ro|mobile?|portable|handy|gsm|cell|"
                    r"contact|sms|whatsapp|reach|appelle[rz]?|ruf)\b[^\n]{0,30}?(?<![\w+.:/=\\-])"
                    r"(?P<PHONE_b>0[1-9](?:[ .-]\d{2}){4})(?![\w/.:-])(?![ ][0-9A-Fa-f]{2}\b)"),
    # 01702345671: a national number written without blanks (10-12 digits after a 0)
    ("phone-compact", r"(?<![\w+.:/=\\-])(?P<PHONE_b>0[1-9]\d{8,10})(?![\w.:/-])"),
    # (555) 123-4567, 555-123-4567
    ("phone-nanp", r"(?<![\w+.:/=-])(?P<PHONE_b>\(\d{3}\)[ ]?\d{3}-\d{4}|\d{3}-\d{3}-\d{4})(?![\w-])"),
]

# --- addresses -------------------------------------------------------------------

ADDRESSES: List[Tuple[str, str]] = [
    # reverse DNS of an IPv6 address: b.a.9.8.7.6.5.4.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa
    ("ip6-arpa", r"(?i)(?P<ARPA6_b>(?:[0-9a-f]\.){16,32}ip6\.arpa)"),
    ("ptr-name", r"(?i)(?:domain name pointer|name[ \t]*=)[ \t]+(?P<HOST_b>[\w.-]+\.[a-z]{2,}\.?)"),
]

# --- people and places -------------------------------------------------------------

PEOPLE: List[Tuple[str, str]] = [
    # zsh / gentoo / fish prompts:  jane@box ~ %   jane@box ~>   jane@box ~ $   jane@box /etc #
    ("prompt-space", r"(?m)^[ \t]*(?:\([\w.-]+\)[ \t]*)?(?P<USER_b>[a-z_][\w.-]*)@(?P<HOST_b>[\w.-]+)[ \t]+[~/][^\s]*[ \t]*[%$#>]"),
    # a prompt glued anywhere into a line (a paste without the last newline):  ...EG18jane@box:~$
    ("prompt-glued", r"(?P<USER_b>[a-z_][a-z0-9_.-]*)@(?P<HOST_b>[\w.-]+):[~/][^\s$#]*[$#]"),
    # a host-only prompt:  box ~ #   box:~ #   and macOS  box:~ jane$
    ("prompt-host", r"(?m)^(?P<HOST_b>[A-Za-z][\w.-]*)(?::|[ \t]+)~[^\s]*[ \t]*[#$%>](?:[ \t]|$)"),
    ("prompt-mac", r"(?m)^(?P<HOST_b>[\w.-]+):[~/][^\s]*[ \t]+(?P<USER_b>[a-z_][\w.-]*)[$#]"),
    # whoami / id / sudo log / ls -l / who
    ("whoami", r"(?m)\bwhoami[ \t]*" + NL + r"[ \t]*(?P<USER_b>[\w.-]+)[ \t]*$"),
    ("id-uid", r"\b[ug]id=\d+\((?P<USER_b>[\w.-]+)\)"),
    ("id-groups", r"\bgroups=(?:\d+\([\w.-]+\),)*\d+\((?P<USER_b>[\w.-]+)\)"),
    ("sudo-log", r"\bsudo(?:\[\d+\])?:[ \t]+(?P<USER_b>[\w.-]+)[ \t]*:[ \t]*(?:TTY|PWD|USER|COMMAND)="),
    ("ls-owner", r"(?m)^[-dlcbps][rwxsStT-]{9}[.+@]?[ \t]+\d+[ \t]+(?P<USER_b>[\w.-]+)[ \t]+(?P<USER_c>[\w.-]+)[ \t]+\d"),
    ("who", r"(?m)^(?P<USER_b>[a-z_][\w.-]*)[ \t]+(?:pts/\d+|tty\w*|:\d+)[ \t]+(?:\S+[ \t]+)?(?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2})"),
    # polkit (ModemManager's Unauthorized errors come with these):  unix-user:jane   su: (to root) jane on pts/0
    ("polkit-user", r"\bunix-user:(?P<USER_b>[A-Za-z_][\w.-]*)"),
    ("su-log", r"\(to [\w.-]+\) (?P<USER_b>[\w.-]+) on "),
    ("session-user", r"(?i)\b(?:session opened|new session \d+) for user (?P<USER_b>[\w.-]+)"),
    # a person's name before their mail address (mail headers, quoted replies, patch tags):
    #   From: Jane Doe <jane@example.org>   On Mon, ... Jane Doe <jane@example.org> wrote:   "Doe, Jane" <jane@...>
    ("mail-name", r"(?P<PERSON_b>\"[^\"\n<>@]+\"|(?<![\w.-])(?!(?:AM|PM)\b)[^\W\d_a-z][\w'.-]*(?:[ \t]+[^\W\d_a-z][\w'.-]*){0,3})"
                  r"[ \t]+<[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}>"),
]

CELLS: List[Tuple[str, str]] = [
    # Quectel AT+QENG="servingcell": LTE/NR5G-SA ...,<mcc>,<mnc>,<cellid>,<pcid>,<earfcn>,<band>,<ul>,<dl>,<tac>
    ("qeng-lte", r'(?i)\+QENG:[ \t]*(?:"servingcell",[ \t]*"[^"]*",[ \t]*)?"LTE",[ \t]*"(?:FDD|TDD)",[ \t]*\d+,[ \t]*\d+,'
                 r'[ \t]*(?P<CELL_b>[0-9A-Fa-f]+),[ \t]*\d+,[ \t]*\d+,[ \t]*\d+,[ \t]*\d+,[ \t]*\d+,[ \t]*(?P<TAC_b>[0-9A-Fa-f]+)'),
    ("qeng-nr", r'(?i)\+QENG:[ \t]*(?:"servingcell",[ \t]*"[^"]*",[ \t]*)?"NR5G-SA",[ \t]*"(?:FDD|TDD)",[ \t]*\d+,[ \t]*\d+,'
                r'[ \t]*(?P<CELL_b>[0-9A-Fa-f]+),[ \t]*\d+,[ \t]*(?P<TAC_b>[0-9A-Fa-f]+)'),
    ("qeng-gsm-wcdma", r'(?i)\+QENG:[ \t]*(?:"servingcell",[ \t]*"[^"]*",[ \t]*)?"(?:GSM|WCDMA)",[ \t]*\d+,[ \t]*\d+,'
                       r'[ \t]*(?P<LAC_b>[0-9A-Fa-f]+),[ \t]*(?P<CELL_b>[0-9A-Fa-f]+)'),
    # SIMCom AT+CPSI?: LTE,Online,262-01,0x7E21,44301255,318,...  (TAC/LAC, cell id, then the physical cell id)
    ("cpsi", r"(?i)\+CPSI:[ \t]*[\w-]+,[ \t]*[\w -]+,[ \t]*\d+-\d+,[ \t]*(?P<TAC_b>0x[0-9A-Fa-f]+),[ \t]*(?P<CELL_b>\d+)"),
    # Huawei AT^MONSC: LTE,<mcc>,<mnc>,<earfcn>,<cell id>,<pci>,<tac>,...  (GSM/WCDMA: ...,<arfcn>,<bsic|psc>,<cell id>,<lac>)
    ("monsc-lte", r"(?i)\^MONSC:[ \t]*(?:LTE|NR),[ \t]*\d+,[ \t]*\d+,[ \t]*\d+,[ \t]*(?P<CELL_b>[0-9A-Fa-f]+),[ \t]*\d+,[ \t]*(?P<TAC_b>[0-9A-Fa-f]+)"),
    ("monsc-2g3g", r"(?i)\^MONSC:[ \t]*(?:GSM|WCDMA),[ \t]*\d+,[ \t]*\d+,[ \t]*\d+,[ \t]*[0-9A-Fa-f]+,[ \t]*(?P<CELL_b>[0-9A-Fa-f]+),[ \t]*(?P<LAC_b>[0-9A-Fa-f]+)"),
    # +CREG/+CGREG/+CEREG/+C5GREG with quoted or bare lac/tac and cell id
    ("creg", r'(?i)\+C(?:G|E|5G)?REG:[ \t]*\d(?:[ \t]*,[ \t]*\d+)?[ \t]*,[ \t]*"?(?P<LAC_b>[0-9A-Fa-f]{2,8})"?'
             r'[ \t]*,[ \t]*"?(?P<CELL_b>[0-9A-Fa-f]{2,8})"?'),
    # qmicli --nas-get-cell-location-info / --nas-get-system-info
    # Sierra AT!GSTATUS? and others print the decimal value after the hex one:  Cell ID: 02A3B4C7 (44301255)
    ("cell-decimal", r"(?i)\b(?:cell[ _-]?id|tac|lac|eci|enb[ _-]?id)[ \t]*[:=][ \t]*[^\s(]+[ \t]*\((?P<CELL_b>\d+)\)"),
    ("qmi-cell", r"(?i)(?<!physical )(?<!serving )(?:Global Cell ID|Cell ID|ECI|NCI|e?NB[ _-]?ID|gNB[ _-]?ID|eNodeB[ _-]?ID)[ \t]*:[ \t]*'?(?P<CELL_b>(?:0x)?[0-9A-Fa-f]+)(?![\w-])'?"),
    ("qmi-area", r"(?i)(?:Tracking Area Code|Location Area Code)[ \t]*:[ \t]*'?(?P<TAC_b>(?:0x)?[0-9A-Fa-f]+)(?![\w-])'?"),
]

POSITIONS: List[Tuple[str, str]] = [
    # +QGPSLOC: <utc>,<lat>,<lon>,...  (ddmm.mmmmN or decimal degrees)
    ("qgpsloc", r"(?i)\+QGPSLOC:[ \t]*[\d.]+,[ \t]*(?P<LOC_b>-?[\d.]+[NS]?),[ \t]*(?P<LOC_c>-?[\d.]+[EW]?)"),
    # +CGPSINFO / +CGNSSINFO / NMEA-like: ddmm.mmmm,N,dddmm.mmmm,E
    ("nmea-pair", r"(?i)(?P<LOC_b>\d{2,5}\.\d+)[ \t]*,[ \t]*[NS][ \t]*,[ \t]*(?P<LOC_c>\d{2,5}\.\d+)[ \t]*,[ \t]*[EW]\b"),
    ("dm-pair", r"(?P<LOC_b>\d{4}\.\d+[NS])[ \t]*,[ \t]*(?P<LOC_c>\d{5}\.\d+[EW])"),
    # +CGNSINF: 1,1,<utc>,<lat>,<lon>,...
    ("cgnsinf", r"(?i)\+CGNSINF:[ \t]*\d,[ \t]*\d,[ \t]*[\d.]*,[ \t]*(?P<LOC_b>-?[\d.]+),[ \t]*(?P<LOC_c>-?[\d.]+)"),
    # degrees and minutes with signs:  52°31'14.2"N 13°24'34.1"E   N 52° 31.234 E 013° 24.567
    ("dm-prefix", r"(?P<LOC_b>(?<![\d\"'″′])\b[NSEW][ \t]*\d{1,3}°[ \t]*\d{1,2}(?:[.,]\d+)?['′]?)"),
    ("dms", r"(?P<LOC_b>\d{1,3}°[ \t]*\d{1,2}(?:[.,]\d+)?['′]?(?:[ \t]*\d{1,2}(?:[.,]\d+)?(?:\"|″|''))?[ \t]*[NSEWnsew]\b)"),
    # decimal degrees: 52.520611, 13.409467   52.52061/13.40946 (map URLs)   geo:52.5,13.4
    ("decimal-pair", r"(?<![\w.])(?P<LOC_b>-?\d{1,2}\.\d{4,})[ \t]*[,/][ \t]*(?P<LOC_c>-?\d{1,3}\.\d{4,})(?![\w.])"),
    ("map-url", r"(?i)(?P<LOC_b>\b(?:https?://)?(?:www\.)?(?:maps\.google\.[\w.]+|google\.[\w.]+/maps|goo\.gl/maps|"
                r"maps\.app\.goo\.gl|(?:www\.)?openstreetmap\.org|osm\.org|bing\.com/maps|maps\.apple\.com)[^\s\"'<>]*"
                r"|\bgeo:-?\d+\.\d+,-?\d+\.\d+)"),
]

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"

NETWORKS: List[Tuple[str, str]] = [
    # nmcli connection show:  NAME  UUID  TYPE  DEVICE
    # (a name ends in no colon: "GENERAL.CON-UUID:   <uuid>" of nmcli device show is a field)
    ("nmcli-table", r"(?m)^(?P<CONN_b>\S(?:[^\n]*?[^\s:])?)[ \t]{2,}(?P<UUID_b>%s)\b" % _UUID),
    # NetworkManager log and nmcli commands:  connection 'Name'   nmcli con up "Name"
    # NetworkManager nm-device.c:  Activation: starting connection 'Name' (<uuid>)
    ("nm-connection", r"(?i)\b(?:connection|profile|policy: set)[ \t]+'(?P<CONN_q>[^'\n]+)'(?:[ \t]+\((?P<UUID_b>%s)\))?" % _UUID),
    # NetworkManager's audit log (src/core/nm-audit-manager.c, build_message):
    #   audit: op="connection-activate" uuid="<uuid>" name="Name" pid=1234 uid=1000 result="success"
    ("nm-audit", r'\bop="connection-[\w-]+"[ \t]+uuid="(?P<UUID_d>[^"\n]*)"[ \t]+name="(?P<CONN_d>[^"\n]*)"'),
    # A bare (unquoted) name counts only where a name stands: the command ends after it (line end, a
    # shell operator, a closing backtick, an option, ifname, a setting such as gsm.apn), or it has a
    # name's shape (a digit, a capital, _ or @, an inner -). "nmcli connection up and check" is prose.
    ("nmcli-command", r"(?im)\bnmcli[ \t]+(?:-\w+[ \t]+)*c(?:on(?:nection)?)?[ \t]+(?:up|down|modify|mod|m|show|s|delete|del|edit|clone)"
                      r"[ \t]+(?:id[ \t]+)?(?:\"(?P<CONN_d>[^\"\n]+)\"|'(?P<CONN_q>[^'\n]+)'|(?P<CONN_b>"
                      r"(?=[^\s\"'`]*(?-i:[\dA-Z_@]|\w-\w))[^\s\"'`-][^\s\"'`]*?(?=[.,;:!?)]*(?:\s|$|`))"
                      r"|[^\s\"'`-][^\s\"'`]*?(?=[.,;:!?]*(?:[ \t]*(?:$|[|;&>)`#\\])"
                      r"|[ \t]+(?:-|ifname\b|passwd-file\b|[+-]?[a-z0-9-]+\.[a-z0-9-]+\b)))))"),
    # nmcli connection show NAME:  connection.id:  KPN Marta   NetworkManager keyfile:  id=KPN Marta
    ("nm-id", r"(?m)^[ \t]*(?:connection\.id:[ \t]+|id=)(?P<CONN_l>\S[^\n]*?)[ \t]*$"),
    # a keyfile: after a / or quote the name may hold blanks (a path, ls's quoting); after a blank it is
    # one word, so that "the .nmconnection files" or "I edited wwan.nmconnection" name nothing else
    ("nm-file", r"(?m)(?:(?<=[/'\"])(?P<CONN_b>[^/'\"\n]*[^/'\"\s])\.nmconnection|(?<![^ \t\n])(?P<CONN_w>[^/'\"\s()]+)\.nmconnection"
                r"|^[ \t]*(?P<CONN_l>[^/'\"\s()][^/'\"\n()]*[^/'\"\s()])\.nmconnection[ \t]*$)"),
    # nmcli dev wifi list:  *  BSSID  SSID  MODE ...
    ("nmcli-wifi", r"(?m)^\*?[ \t]+(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}[ \t]+(?P<SSID_b>\S[^\n]*?)[ \t]{2,}(?:Infra|Ad-Hoc|Mesh)\b"),
    ("nm-wifi-log", r"(?i)(?:Connected to wireless network|SSID)[ \t]+'(?P<SSID_q>[^'\n]+)'"),
    # interface names that spell a MAC (systemd predictable names):  enx0c5b8f279a64  wwx2abcde123456
    ("mac-ifname", r"(?<![\w])(?:enx|wwx|wlx)(?P<MACHEX_b>[0-9a-fA-F]{12})(?![\w])"),
    # Cisco notation without a label:  0c5b.8f27.9a64 (at least one letter, so that it is no version number)
    ("mac-dots", r"(?<![\w.])(?P<MACHEX_b>(?=[0-9a-fA-F.]*[a-fA-F])[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4})(?![\w.])"),
    ("mac-label", r"(?i)(?<![\w])(?:mac(?:[ _-]?addr(?:ess)?)?|hw[ _-]?addr(?:ess)?|macaddr|bssid|ether|link/ether)['\"]?[ \t]*[:= ][ \t]*['\"]?"
                  r"(?P<MACHEX_b>[0-9a-fA-F]{12}|[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}"
                  r"|[0-9a-fA-F]{2}(?:[:-][0-9a-fA-F]{2}){5})(?![\w:.-])"),
    ("uci-misc", r"(?i)\boption[ \t]+(?:(?P<L_SSID>ssid)|(?P<L_HOST>hostname))[ \t]+(?:'(?P<v_q>[^'\n]*)'|\"(?P<v_d>[^\"\n]*)\"|(?P<v_b>\S+))"),
]

# A line nobody understood with a long number next to an identifier-like word: masked, not guessed.
FALLBACK: List[Tuple[str, str]] = [
    # a value cut where an overlong line was cut ("... [123 characters cut]"): its start is masked whole
    ("cut-value", r"(?P<CUT_b>[0-9A-Za-z:._/+-]*[0-9A-Fa-f][0-9A-Za-z:._/+-]*)(?= \.\.\. \[\d+ characters cut\])"),
    ("labelled-number", r"(?i)(?<![\w])(?:id|identity|identifier|number|nr|no|num|subscriber|card|account|"
                        r"customer|contract|device|unit|equipment|sim)\b[ \t.]*[:=#]?[ \t]*['\"]?"
                        r"(?P<ID_b>\d[\d -]{8,}\d|(?=[0-9A-Fa-f]*\d[0-9A-Fa-f]*\d)[0-9A-Fa-f]{12,24})(?![\w.:-])"),
]

# Lower-case words one of which a text must hold for a pattern to be tried (speed only: a pattern
# without triggers is always tried). A trigger must be a literal the pattern cannot match without.
_PW = ("pass", "pwd", "psk", "secret")
TRIGGERS = {
    "at-qicsgp": ("qicsgp",), "at-qicsgp-answer": ("qicsgp",), "at-cgauth": ("cgauth", "pdpauth", "xgauth", "mgauth", "eiaauw"),
    "at-qcpdpp": ("qcpdpp", "sgauth"), "at-authdata": ("authdata",), "at-ndisdup": ("ndisdup", "kcnxcfg"),
    "at-cstt": ("cstt", "qiregapp"), "at-upsd": ("upsd",), "at-sapbr": ("sapbr",), "ppp-secrets": ("*", '"'),
    "config-line": _PW, "kv-in-quotes": _PW, "kv-bare": _PW, "option-space": _PW,
    "user-kv-in-quotes": ("user", "login"), "user-option-space": ("user",), "uci-user": ("user",),
    "url-userinfo": ("://",), "quectel-cm": ("quectel",), "uci-credential": ("option",),
    "pin-option": ("pin", "puk"), "nm-pin": ("pin", "puk"), "quectel-cm-pin": ("quectel",), "at-cpin": ("cpin",),
    "at-clck": ("clck",), "at-cpwd": ("cpwd",), "uci-pincode": ("option",),
    "at-answer-line": ("gsn", "egmr", "cimi", "ccid", "imsi"), "at-gsn-answer": ("gsn", "egmr", "cimi", "ccid", "imsi"),
    "serial-labels": ("sn", "s/n", "serial"), "loose-label": ("imei", "iccid", "imsi", "eid", "meid", "msisdn"),
    "sim-read-result": ("read result",), "at-crsm": ("crsm", "csim"),
    "phone-uri": ("tel:", "sms:", "callto:"), "phone-00": ("00",), "phone-pairs": ("tel", "phone", "call", "num", "mobil", "portable", "handy", "gsm", "cell", "contact", "sms", "whatsapp", "reach", "appel", "ruf"), "phone-international": ("+",),
    "phone-nanp": ("-",), "ptr-name": ("pointer", "name"),
    "prompt-space": ("@",), "prompt-glued": ("@",), "prompt-host": ("~",), "prompt-mac": (":",),
    "whoami": ("whoami",), "id-uid": ("id=",), "id-groups": ("groups=",), "sudo-log": ("sudo",),
    "who": ("pts/", "tty", ":"), "session-user": ("session",), "mail-name": ("@",),
    "qeng-lte": ("qeng",), "qeng-nr": ("qeng",), "qeng-gsm-wcdma": ("qeng",), "cpsi": ("cpsi",), "monsc-lte": ("monsc",), "monsc-2g3g": ("monsc",), "ip6-arpa": ("ip6.arpa",), "creg": ("reg:",),
    "cell-decimal": ("(",), "qmi-cell": ("cell", "eci", "nci", "nb", "enodeb"), "qmi-area": ("area code",),
    "qgpsloc": ("qgpsloc",), "dms": ("°",), "dm-prefix": ("°",), "polkit-user": ("unix-user",), "su-log": ("(to ",), "cgnsinf": ("cgnsinf",), "nmea-pair": (",",), "decimal-pair": (".",),
    "map-url": ("map", "osm", "geo:", "goo.gl"), "dm-pair": (",",),
    "nmcli-table": ("-",), "nm-connection": ("'",), "nm-audit": ('op="connection-',), "nmcli-command": ("nmcli",), "nm-file": ("nmconnection",), "nm-id": ("id",),
    "nmcli-wifi": ("infra", "ad-hoc", "mesh"), "nm-wifi-log": ("ssid", "wireless network"),
    "cut-value": ("characters cut",), "mac-dots": (".",),
    "mac-ifname": ("enx", "wwx", "wlx"), "mac-label": ("mac", "hw", "bssid", "ether"), "uci-misc": ("option",),
}

TABLES = {"credentials": CREDENTIALS, "pins": PINS, "identifiers": IDENTIFIERS, "phones": PHONES,
          "addresses": ADDRESSES, "people": PEOPLE, "cells": CELLS, "positions": POSITIONS,
          "networks": NETWORKS, "fallback": FALLBACK}


def sources(tables=None) -> List[Tuple[str, Optional[Tuple[str, ...]]]]:
    """(regex, triggers) of every entry of ``tables`` (all by default), in table order; the regex
    allows the origin prefix at its line starts. The redactor compiles one when it first needs it."""
    out = []
    for table in tables or TABLES:
        out.extend((at_line_start(rx), TRIGGERS.get(name)) for name, rx in TABLES[table])
    return out


def compiled(tables=None) -> List[Tuple[Pattern, Optional[Tuple[str, ...]]]]:
    """(pattern, triggers) of every entry of ``tables`` (all by default), in table order."""
    return [(re.compile(rx), triggers) for rx, triggers in sources(tables)]
