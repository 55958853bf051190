"""wvdial's own output on a terminal: its log lines behind the "--> " arrow, and the modem's echo between them::

    --> WvDial: Internet dialer version 1.61
    --> Initializing modem.
    --> Sending: ATZ
    ATZ
    OK
    --> Sending: AT+CGDCONT=1,"IP","internet"
    AT+CGDCONT=1,"IP","internet"
    ERROR
    --> Bad init string.

The phrases are wvdial's (wlach/wvdial 6d6d7ff wvdialer.cc: log "WvDial: Internet dialer version %s" :86,
"Initializing modem." :737, "Sending: %s" :766, "Re-Sending: %s" :776, "Modem initialized." :796, "Waiting for
carrier." :902, "Carrier detected. ..." :962-973, "No Carrier!  Trying again." :978, "Starting pppd at %s" :1263,
"Pid of pppd: %s" :1285, "The PPP daemon has died: %s (exit code = %s)" :483,527; err "Cannot open %s: %s" :733,
"Modem not responding." :781, "Bad init string." :784,789, "Invalid dial command." :1038), each behind the arrow
its WvLog console receiver prints. Every line is kept as a LogLine of origin "wvdial" (the arrow taken off; the
modem's echoed commands and answers as they are, so that signatures.at_exchanges joins a command to its answer).
A person's sentence in the block is left for the prose reader.
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import plain_quotes, tool_line
from wwandoctor.sentences import is_sentence
from wwandoctor.snapshot import Snapshot

KIND = "wvdial"
COMMANDS = ("wvdial",)
PRIORITY = 197

_ARROW = regex_cache.compile(r"^--> ?")
# wvdial's own phrases after the arrow (a ModemManager AT trace "(ttyUSB2): --> 'AT'" never starts a line with it)
_OWN = regex_cache.compile(
    r"^--> (?:WvDial: Internet dialer version|Initializing modem\.|(?:Re-)?Sending: |Modem initialized\.|Waiting for carrier\."
    r"|Carrier detected\.|No Carrier!|Cannot open /dev/|Cannot get information for serial port\.|Modem not responding\."
    r"|Bad init string\.|Invalid dial command\.|Unknown dial response string\.|No dial tone\.|The line is busy\."
    r"|Starting pppd at |Pid of pppd: |Using interface ppp\d|The PPP daemon has died|Disconnecting at |Auto Reconnect"
    r"|Don't know what to do!|Maximum Attempts Exceeded|Configuration does not specify|Timed out while dialing\.)")


def detect(block: Block) -> int:
    lines = [ln.strip() for ln in block.content(100) if ln.strip()]
    own = sum(1 for ln in lines if _OWN.match(ln))
    if own >= 2 or (own and block.runs(COMMANDS)):
        return 82
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    source = "paste:" + (block.name or "-")
    texts = [plain_quotes(line).strip() for line in block.lines]
    for text in texts:
        if text and not is_sentence(text):
            tool_line(snap, KIND, _ARROW.sub("", text, count=1), source)
    snap.set_source("paste:" + KIND, "ok")
    return [line for line, text in zip(block.lines, texts) if text and is_sentence(text)]
