"""MBIM radio state from libmbim traces and mbimcli output.

ModemManager (``--debug``) and ``mbimcli --verbose`` print every MBIM message
as raw bytes followed by a translation; old libmbim versions did not
translate the contents of a radio-state reply, so only the RAW bytes tell
whether the hardware or software radio switch is off. Real sample (syslog
"#012" continuations already split into lines)::

    ModemManager[566]: [/dev/cdc-wdm0] Received message...
    >>>>>> RAW:
    >>>>>>   length = 56
    >>>>>>   data = 03:00:00:80:38:00:00:00:13:00:00:00:01:00:00:00:00:00:00:00:A2:89:CC:33:BC:BB:8B:4F:
    B6:B0:13:3E:C2:AA:E6:DF:03:00:00:00:00:00:00:00:08:00:00:00:01:00:00:00:00:00:00:00

Layout (MBIM 1.0, little endian): header (type, length, transaction id),
fragment header (total, current), then for a command-done (0x80000003) the
service UUID, CID, status and the information buffer; an indicate-status
(0x80000007) has no status field. Service basic-connect
(a289cc33-bcbb-8b4f-b6b0-133ec2aae6df) CID 3 is radio-state; its buffer is
two 32-bit values, hardware then software radio state (0 off, 1 on). The
sample above decodes to hardware on, software off.

A trace of a newer libmbim translates the reply (``HwRadioState = 'on'``, ``SwRadioState = 'off'``).
mbimcli prints the same state directly::

    [/dev/cdc-wdm0] Radio state retrieved:
              Hardware radio state: 'on'
              Software radio state: 'off'

:func:`radio_states` returns the last state found in a list of log lines.
"""
from __future__ import annotations

import re
import struct
from typing import Iterable, Optional, Tuple

from wwandoctor import regex_cache

BASIC_CONNECT = bytes.fromhex("a289cc33bcbb8b4fb6b0133ec2aae6df")
CID_RADIO_STATE = 3
COMMAND_DONE = 0x80000003
INDICATE_STATUS = 0x80000007
_DATA = regex_cache.compile(r"data\s*=\s*((?:[0-9A-Fa-f]{2}:)+[0-9A-Fa-f]{2})")
_MBIMCLI = regex_cache.compile(r"(Hardware|Software) radio state: '(on|off)'")
# libmbim's translation of a radio-state reply in a trace (ModemManager --debug, mbimcli --verbose): the generated
# printable writes each field as "<prefix>  <Name> = '<value>'" (build-aux/mbim-codegen/Message.py:1270, enums via
# their nick at :1388; data/mbim-service-basic-connect.json fields HwRadioState, SwRadioState; nicks off/on)
_TRANSLATED = regex_cache.compile(r"\b(Hw|Sw)RadioState\s*=\s*'(on|off)'")


def decode_radio_state(data: bytes) -> Optional[Tuple[str, str]]:
    """(hardware, software) as 'on'/'off' when ``data`` is a successful radio-state reply, else None."""
    if len(data) < 20:
        return None
    msg_type, length, _tid, total, current = struct.unpack_from("<5I", data, 0)
    if msg_type not in (COMMAND_DONE, INDICATE_STATUS) or total != 1 or current != 0 or length > len(data):
        return None
    offset = 20
    if data[offset:offset + 16] != BASIC_CONNECT or len(data) < offset + 24:
        return None
    cid = struct.unpack_from("<I", data, offset + 16)[0]
    offset += 20
    if cid != CID_RADIO_STATE:
        return None
    if msg_type == COMMAND_DONE:
        status = struct.unpack_from("<I", data, offset)[0]
        offset += 4
        if status != 0:
            return None
    if len(data) < offset + 12:
        return None
    buf_len, hw, sw = struct.unpack_from("<3I", data, offset)
    if buf_len < 8 or hw > 1 or sw > 1:
        return None
    names = ("off", "on")
    return names[hw], names[sw]


def _hex_bytes(text: str) -> Optional[bytes]:
    m = _DATA.search(text)
    if not m:
        return None
    try:
        return bytes.fromhex(m.group(1).replace(":", ""))
    except ValueError:
        return None


def radio_states(texts: Iterable[str]) -> Optional[Tuple[Optional[str], Optional[str], str]]:
    """The last radio state seen: (hardware, software, the line it came from), or None.

    hardware/software are 'on', 'off' or None (not shown).

    A trace's data may be wrapped over several lines (mail archives): a line
    that continues a data dump (only hex pairs) is joined to the one before."""
    found = None
    pending = ""
    for text in list(texts) + [""]:
        stripped = text.strip()
        if pending and re.fullmatch(r"(?:[0-9A-Fa-f]{2}:?)+", stripped):
            pending += stripped if pending.endswith(":") else ":" + stripped
            continue
        if pending:
            data = _hex_bytes(pending)
            state = decode_radio_state(data) if data else None
            if state:
                found = (state[0], state[1], pending.strip())
            pending = ""
        if _DATA.search(text):
            pending = text
            continue
        m = _MBIMCLI.search(text) or _TRANSLATED.search(text)
        if m:
            hw, sw = (found[0], found[1]) if found else (None, None)
            if m.group(1) in ("Hardware", "Hw"):
                hw = m.group(2)
            else:
                sw = m.group(2)
            found = (hw, sw, text.strip())
    return found
