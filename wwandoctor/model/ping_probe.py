"""Path-MTU probes with ping: large packets lost where smaller ones pass (knowledge.md 2.26 mtu-problem).

iputils ping prints a header per run, "PING <host> (<addr>) <payload>(<total>) bytes of data." (ping/ping.c
ping4_run / ping_common.c), its replies "<n> bytes from <addr>: icmp_seq=..." and a summary "<n> packets transmitted,
<m> received" (ping_common.c finish); busybox ping prints "PING <host> (<addr>): <payload> data bytes" and
"<n> packets transmitted, <m> packets received". A person probing the path MTU runs it with the Don't Fragment bit
(-M do) at decreasing sizes: when a run of 1300 bytes or more gets no reply at all while a smaller run gets replies,
the path drops the large packets (a black hole below the link's MTU):

    $ ping -c 2 -M do -s 1472 8.8.8.8
    PING 8.8.8.8 (8.8.8.8) 1472(1500) bytes of data.
    2 packets transmitted, 0 received, 100% packet loss, time 1013ms
    $ ping -c 2 -M do -s 1372 8.8.8.8
    PING 8.8.8.8 (8.8.8.8) 1372(1400) bytes of data.
    2 packets transmitted, 2 received, 0% packet loss, time 1001ms
-> {"mtu:large-packets-lost": [the summary line of the 1500-byte run]}
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Tuple

from wwandoctor import regex_cache
from wwandoctor.snapshot import LogLine

FACT = "mtu:large-packets-lost"
FACTS = (FACT,)  # every fact it derives (signals.derived_facts)
# the header of a run and the total packet size it sends: iputils "<payload>(<total>) bytes of data", busybox
# "<payload> data bytes" (total = payload + 28 bytes of IPv4 and ICMP headers)
_HEADER = regex_cache.compile(r"^\s*PING \S+ \([\d.]+\)(?: from \S+ \S+)?[: ]\s*(\d+)(?:\((\d+)\) bytes of data| data bytes)")
_REPLY = regex_cache.compile(r"^\s*\d+ bytes from \S+")
_SUMMARY = regex_cache.compile(r"\b(\d+) packets transmitted, (\d+) (?:packets )?received\b")
# a run of this total size or more that gets no reply while a smaller one does is a path-MTU probe, not a dead link
LARGE = 1300


def _runs(lines: Sequence[LogLine]) -> List[Tuple[int, Optional[int], LogLine]]:
    """(total size, replies, the run's last line) of each ping run the lines show: replies from its summary, else
    the replies shown (None when neither is, a run cut short)."""
    runs = []  # type: List[Tuple[int, Optional[int], LogLine]]
    size, replies, last = None, 0, None  # type: Optional[int], int, Optional[LogLine]

    def close(received: Optional[int]) -> None:
        if size is not None and last is not None:
            runs.append((size, received if received is not None else (replies or None), last))

    for line in lines:
        header = _HEADER.search(line.text)
        summary = _SUMMARY.search(line.text)
        if header:
            close(None)
            size, replies, last = int(header.group(2)) if header.group(2) else int(header.group(1)) + 28, 0, line
        elif summary and size is not None:
            last = line
            close(int(summary.group(2)))
            size = None
        elif size is not None and _REPLY.search(line.text):
            replies, last = replies + 1, line
    close(None)
    return runs


def probe_signals(lines: Sequence[LogLine]) -> Dict[str, List[LogLine]]:
    """{FACT: [summary lines of the lost large runs]} when a large run got no reply and a smaller run got replies."""
    runs = _runs(lines)
    answered = [size for size, replies, _ in runs if replies]
    lost = [line for size, replies, line in runs
            if replies == 0 and size >= LARGE and any(other < size for other in answered)]
    return {FACT: lost} if lost else {}
