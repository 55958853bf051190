"""Kernel messages a post quotes inside its own sentences, read as kernel log lines.

People quote the one line that matters instead of pasting the log::

    My modem does not show up, dmesg shows `usb 1-1: device descriptor read/64, error -71` over and over.
    日志里也显示【NETDEV WATCHDOG: eth3 (rndis_host): transmit queue 0 timed out】所以……
    The log says: usb 1-2: USB disconnect, device number 4

A quoted part (in quote marks, backticks or the CJK brackets 【】「」『』, or after "says:"/"shows:"/
"显示：") that starts like a modem's kernel message (USB core, a modem driver, mhi, wwan: the starts
:mod:`.kernel_log` takes without a timestamp, or another kernel message the log gate keeps) is handed to the kernel-log reader, so its facts and the
rules on kernel lines see it. A quote in a condition ("if dmesg shows `...`, ...") is no observation
and is left alone; the sentence itself stays the post's words.
"""
from __future__ import annotations

import re
from typing import Iterator, Tuple

from wwandoctor import regex_cache
from wwandoctor.ingest import journal, kernel_log
from wwandoctor.logs import is_relevant
from wwandoctor.snapshot import Snapshot

_QUOTED = regex_cache.compile(r"`([^`]{8,300})`|\"([^\"]{8,300})\"|“([^”]{8,300})”|【([^】]{8,300})】|「([^」]{8,300})」"
                              r"|『([^』]{8,300})』|'((?:usb|hub) [^']{6,300})'")
_AFTER_COLON = regex_cache.compile(r"(?:\b(?:says?|said|shows?|showed|prints?|printed|reports?|get|got|see|saw)|显示|提示|报错|输出)"
                                   r"\s*[:：]\s*(\S.{6,300})$", re.I)
# a condition or an instruction before the quote in its sentence: not something the person saw
_CONDITION = regex_cache.compile(r"(?:\b(?:if|unless|whether|in case|should|would|expect\w*)\b|如果|若是|是否)[^.!?。！？]*$", re.I)


def quoted_parts(line: str) -> Iterator[Tuple[int, str]]:
    """``(start, text)`` of each part of ``line`` in quotes, or after "says:" and the like."""
    for m in _QUOTED.finditer(line):
        yield m.start(), next(g for g in m.groups() if g).strip()
    after = _AFTER_COLON.search(line)
    if after:
        yield after.start(1), after.group(1).strip().rstrip(".")


def _read_kernel_message(snap: Snapshot, text: str, time, source: str, state: "kernel_log.KernelState") -> None:
    """Take ``text`` as a kernel log line when it is a modem driver's message or a relevant kernel message."""
    if text and (kernel_log.is_driver_message(text)
                 or (kernel_log.looks_like_kernel_message(text) and is_relevant(text))):
        kernel_log.kernel_message(snap, text, time, source, state)


def _syslog_kernel_line(snap: Snapshot, line: str, source: str, state: "kernel_log.KernelState") -> bool:
    """Read ``line`` when it is a whole syslog kernel line ("Jun  3 14:39:16 host kernel: cdc_ncm 3-10:1.0: ...").

    The journal and kernel-log readers take every such line of a block they parse; one left here sat in a block
    no parser took as a whole (a log line pasted between a sentence and another command's output)."""
    parsed = journal.split(line)
    if not parsed or parsed[0] != "kernel":
        return False
    _, time, text = parsed
    _read_kernel_message(snap, text, time, source, state)
    return True


def lift(snap: Snapshot, line: str, source: str) -> None:
    """Read the kernel messages ``line`` (a line no parser understood) quotes as kernel log lines."""
    if kernel_log.is_driver_message(line):   # the line itself is one (the parsers left it)
        return
    state = kernel_log.KernelState()
    if _syslog_kernel_line(snap, line, source, state):
        return
    for start, part in quoted_parts(line):
        if _CONDITION.search(line[:start]):
            continue
        time, text, _ = kernel_log.split_prefix(part)
        _read_kernel_message(snap, text, time, source, state)
