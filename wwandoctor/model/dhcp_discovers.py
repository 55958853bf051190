"""DHCP discovers that no server answered: the DHCP client's own lines, read as a run.

busybox udhcpc prints a line per DHCPDISCOVER it broadcasts: "broadcasting discover" (busybox 1.36 and later,
networking/udhcp/dhcpc.c send_discover), "sending discover" (1.2x-1.35) or "Sending discover..." (older), and
"broadcasting select for <ip>, server <ip>" (send_select; "sending select for"/"Sending select for <ip>..." before)
once a server offered an address; by default it sends 3 discovers ("-t N  Send up to N discover packets (default
3)") before it waits and starts again, or exits with "no lease, failing" (-n). ISC dhclient prints "DHCPDISCOVER on
<if> to 255.255.255.255 port 67 interval <n>" per discover and "DHCPOFFER of <ip> from <ip>" for an offer
(client/dhclient.c). Three discovers or more with no offer, select, acknowledgement or lease after them are the fact
the client's own "no lease" line would state (dhcp:no-offer), also when the paste stops before that line:

    udhcpc: started, v1.30.1
    udhcpc: sending discover
    udhcpc: sending discover
    udhcpc: sending discover
-> {"dhcp:no-offer": [the three discover lines]}
"""
from __future__ import annotations

import re
from typing import Dict, List, Sequence

from wwandoctor import regex_cache
from wwandoctor.snapshot import LogLine

FACT = "dhcp:no-offer"
FACTS = (FACT,)  # every fact it derives (signals.derived_facts)
_DISCOVER = regex_cache.compile(r"\b(?:[Ss]ending|broadcasting) discover\b|\bDHCPDISCOVER on \S+ to ")
_ANSWERED = regex_cache.compile(r"\b(?:[Ss]ending|broadcasting) select for\b|\bDHCPOFFER\b|\bDHCPACK\b|\b[Ll]ease of \S+ obtained"
                                r"|\bbound to \S+ -- renewal")
# udhcpc's default burst: fewer discovers than this may only show a paste cut before the offer
UNANSWERED = 3


def discover_signals(lines: Sequence[LogLine]) -> Dict[str, List[LogLine]]:
    """``{"dhcp:no-offer": [discover lines]}`` when the last run of discovers, with nothing answering after it,
    has UNANSWERED lines or more; else ``{}``."""
    pending: List[LogLine] = []
    for line in lines:
        if _ANSWERED.search(line.text):
            pending = []
        elif _DISCOVER.search(line.text):
            pending.append(line)
    return {FACT: pending} if len(pending) >= UNANSWERED else {}
