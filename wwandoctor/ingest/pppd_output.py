"""pppd's own output on a terminal or in its log file, without a syslog prefix (``pppd nodetach debug``,
``logfile``, a wvdial or NetworkManager paste that cut the "pppd[1234]:" tags)::

    Connect: ppp20 <--> /dev/ttyACM1
    sent [LCP ConfReq id=0x1 ]
    rcvd [LCP ConfReq id=0x2 ]
    sent [LCP ConfAck id=0x2 ]
    rcvd [LCP ConfAck id=0x1 ]
    rcvd [CHAP Success id=0x0 "Congratulations!"]
    CHAP authentication succeeded: Congratulations!
    CHAP authentication succeeded
    sent [IPCP ConfReq id=0x1 ]
    rcvd [LCP TermReq id=0x1]
    LCP terminated by peer
    sent [LCP TermAck id=0x1

(an Ericsson F3507g's pppd debug output as a post pasted it, tests/real_cases/spent/f3507g-thinkpad-pppd-...;
the last line cut by the post). The phrases are pppd's (ppp-project/ppp pppd/main.c: notice "Connect: %s <--> %s", "Connection terminated.",
"Modem hangup", "Using interface %s"; with the debug option pppd/sys-linux.c output() log_packet(p, len, "sent ")
and main.c's receive path "rcvd ", utils.c format_packet printing "[<protocol> <code> id=0x..]";
pppd/fsm.c fsm_rtermreq: info "%s terminated by peer", fsm_timeout "%s: timeout sending Config-Requests";
pppd/chap-new.c / upap.c "CHAP|PAP authentication succeeded|failed"; pppd/ipcp.c ipcp_up notice "local  IP
address %I", "remote IP address %I"). Every such line is kept as a LogLine of origin "pppd" and pppd is recorded as a tool in
use; the rules read them as they read pppd's syslog lines. The lines of chat, the connect script pppd runs
("abort on (NO CARRIER)", "send (ATD*99#^M)", "expect (CONNECT)", "alarm", "Failed (NO CARRIER)"), are kept with
origin "chat".
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import add_tool, tool_line
from wwandoctor.snapshot import Snapshot

KIND = "pppd"
COMMANDS = ("pppd", "pon", "wvdial")
PRIORITY = 195

_PPPD_LINE = regex_cache.compile(
    r"^(?:sent|rcvd) \[(?:LCP|IPCP|IPV6CP|CCP|CHAP|PAP|EAP|Proto=0x[0-9a-f]+) "
    r"|^Connect: ppp\d+ <--> \S+"
    r"|^(?:CHAP|PAP|EAP) authentication (?:succeeded|failed)\b"
    r"|^(?:LCP|IPCP|IPV6CP|CCP) terminated by peer\b"
    r"|^(?:LCP|IPCP|IPV6CP|CCP): timeout sending Config-Requests\b"
    r"|^(?:local|remote)\s+IP address \d"
    r"|^(?:local|remote) LL address \S"
    r"|^(?:primary|secondary)\s+DNS address \d"
    r"|^Connection terminated\.$|^Modem hangup$|^Using interface ppp\d+$|^Connect time [\d.]+ minutes\.$"
    r"|^Sent \d+ bytes, received \d+ bytes\.$|^Script /etc/ppp/ip-(?:up|down) (?:started|finished)\b"
    r"|^Serial connection established\.$|^Terminating on signal \d+\b|^Hangup \(SIGHUP\)$"
    r"|^pppd \d[\d.]+ started by \w+"
    # the "dump" option's listing (pppd/options.c print_options: "pppd options in effect:", then each option and its
    # file, "%s\t\t# (from %s)"): the device line tells which tty pppd opens
    r"|^pppd options in effect:$|^/dev/\S+\s+# \(from [^()]*\)$")
# chat's own lines with -v (the connect script pppd runs; ppp-project/ppp ce4629f chat/chat.c: msgf "abort on (%v)"
# :1067, "report (%v)" :1115, "timeout set to %d seconds" :1159, "send (%v)" :1284, "expect (%v)" :1380, "got it"
# :1391, " -- got it" :1468, " -- failed" :1483, "alarm" :565, "Failed" / "Failed (%s)" :986-988, " -- read timed out"
# :1515), kept with origin "chat"
_CHAT_LINE = regex_cache.compile(
    r"^(?:(?:clear )?abort on \(|(?:clear )?report \(|send \(|expect \(|timeout set to \d+ seconds$|(?:-- )?got it$"
    r"|-- failed$|alarm$|Failed(?: \([^()]*\))?$|-- read timed out$|-- write timed out$)")


def _origin(text: str) -> str:
    """"pppd" or "chat" for a line either prints, "" for another line."""
    text = text.strip()
    if _PPPD_LINE.match(text):
        return "pppd"
    return "chat" if _CHAT_LINE.match(text) else ""


def _pppd(text: str) -> bool:
    return bool(_origin(text))


def detect(block: Block) -> int:
    lines = block.content(100)
    hits = sum(1 for ln in lines if _pppd(ln))
    if hits >= 2 and hits * 2 >= len(lines):
        return 85
    if block.runs(COMMANDS) and hits:
        return 70
    return 40 if hits >= 2 else 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    source = "paste:" + (block.name or "-")
    left: List[str] = []
    evidence = None
    for line in block.lines:
        if not line.strip():
            continue
        origin = _origin(line)
        if not origin:
            left.append(line)
            continue
        tool_line(snap, origin, line, source)
        evidence = evidence or line.strip()
    if evidence:
        add_tool(snap, "pppd", evidence)
        snap.set_source("paste:pppd", "ok")
    return left
