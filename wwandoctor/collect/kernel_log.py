"""Kernel log of this boot (modem-relevant lines only) and ModemManager's journal.

Sources, in order; the first that yields lines wins (an empty journal is
not success):

1. ``journalctl -k -b -o json --no-pager``, one JSON object per line::

       {"__MONOTONIC_TIMESTAMP":"6112601","_SOURCE_MONOTONIC_TIMESTAMP":"6112500",
        "MESSAGE":"qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device", ...}

   time = ``_SOURCE_MONOTONIC_TIMESTAMP`` (µs, the kernel's own stamp), else
   ``__MONOTONIC_TIMESTAMP``; ``MESSAGE`` may be an array of bytes.
2. ``/dev/kmsg`` read non-blocking, records ``prio,seq,usec,flags;text``
   followed by continuation lines starting with a space::

       6,1220,6112345,-;qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device
        SUBSYSTEM=usb

3. ``dmesg`` (``[    6.112345] qmi_wwan 1-7:1.8: ...``).

Lines are filtered with :func:`wwandoctor.logs.is_relevant` and bounded
(:data:`wwandoctor.logs.MAX_LOG_LINES`). ModemManager's own messages come from
``journalctl -b -u ModemManager -o cat --no-pager -n 500`` (source
``modemmanager-log``).
"""
from __future__ import annotations

import errno
import json
import os
import re
import threading
from typing import Iterable, List, Optional, Tuple

from wwandoctor import logs
from wwandoctor.collect import runner
from wwandoctor.collect.context import Context
from wwandoctor.snapshot import LogLine, Snapshot

JOURNAL_KERNEL = ["journalctl", "-k", "-b", "-o", "json", "--no-pager",
                  "--output-fields=MESSAGE,_SOURCE_MONOTONIC_TIMESTAMP"]
JOURNAL_MM = ["journalctl", "-b", "-u", "ModemManager", "-o", "cat", "--no-pager", "-n", "500", "-q"]
SOURCE = "kernel-log"
READS = ("journalctl -k -b -o json", "/dev/kmsg", "dmesg", "journalctl -b -u ModemManager -o cat")
THREAD = True
KMSG = "/dev/kmsg"
JOURNAL_TIMEOUT = 5.0


class _Attempt:
    """What one kernel-log source gave: kept lines, number of lines read, and a problem."""

    def __init__(self, source: str):
        self.source = source
        self.lines: List[LogLine] = []
        self.total = 0
        self.status = "ok"
        self.detail = ""

    def add(self, text: str, time: Optional[float]) -> None:
        self.total += 1
        if logs.is_relevant(text):
            self.lines.append(LogLine(text=text, origin="kernel", time=time, source=self.source))


# --- journal -------------------------------------------------------------------

def _journal_message(record: dict) -> Optional[str]:
    msg = record.get("MESSAGE")
    if isinstance(msg, list):  # binary-safe form: array of byte values
        try:
            msg = bytes(msg).decode("utf-8", errors="replace")
        except (TypeError, ValueError):
            return None
    return msg if isinstance(msg, str) else None


def _journal_time(record: dict) -> Optional[float]:
    for key in ("_SOURCE_MONOTONIC_TIMESTAMP", "__MONOTONIC_TIMESTAMP"):
        try:
            return int(record[key]) / 1e6
        except (KeyError, TypeError, ValueError):
            continue
    return None


def parse_journal_json(lines: Iterable[str], attempt: _Attempt) -> None:
    """Feed ``journalctl -o json`` lines into ``attempt``; non-JSON lines are skipped."""
    for line in lines:
        if not line.startswith("{"):
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        msg = _journal_message(record) if isinstance(record, dict) else None
        if msg is not None:
            for part in msg.splitlines() or [""]:
                attempt.add(part, _journal_time(record))


def read_journal() -> _Attempt:
    attempt = _Attempt("journal")
    stream = runner.LineStream(JOURNAL_KERNEL, JOURNAL_TIMEOUT)
    parse_journal_json(stream, attempt)
    result = stream.result
    if result.status != "ok":
        attempt.status, attempt.detail = result.status, result.stderr.strip()
    elif attempt.total == 0:
        err = result.stderr.lower()
        denied = "permission" in err or "not seeing messages" in err  # the "Hint:" for users outside systemd-journal
        attempt.status = "permission-denied" if denied else "error"
        attempt.detail = "journalctl: " + (_first_line(result.stderr) or "no kernel messages for this boot")
    return attempt


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


# --- /dev/kmsg -------------------------------------------------------------------

def parse_kmsg_record(record: str) -> Optional[Tuple[int, float, str]]:
    """``(facility, seconds, text)`` of ``"6,1220,6112345,-;text"``; None when malformed."""
    head, sep, text = record.partition(";")
    if not sep:
        return None
    fields = head.split(",")
    if len(fields) < 3:
        return None
    try:
        prio, usec = int(fields[0]), int(fields[2])
    except ValueError:
        return None
    return prio >> 3, usec / 1e6, _unescape(text.split("\n", 1)[0])


def _unescape(text: str) -> str:
    """kmsg writes non-printable bytes as ``\\xNN``."""
    if "\\x" not in text:
        return text
    return re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), text)


def parse_kmsg_text(data: str, attempt: _Attempt) -> None:
    """Feed kmsg records (one per line, continuation lines start with a space)."""
    for line in data.split("\n"):
        if not line or line.startswith(" "):
            continue
        parsed = parse_kmsg_record(line)
        if parsed and parsed[0] == 0:  # facility 0 = kernel; userspace writes to kmsg are skipped
            attempt.add(parsed[2], parsed[1])


def read_kmsg(path: str = KMSG) -> _Attempt:
    """Read what /dev/kmsg holds now without blocking (a regular file is read to its end)."""
    attempt = _Attempt("kmsg")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        attempt.status = "permission-denied" if exc.errno in (errno.EACCES, errno.EPERM) else "error"
        attempt.detail = "%s: %s" % (path, exc.strerror)
        return attempt
    try:
        _read_records(fd, attempt)
    finally:
        os.close(fd)
    if attempt.total == 0 and attempt.status == "ok":
        attempt.status, attempt.detail = "error", "%s: no records" % path
    return attempt


def _read_records(fd: int, attempt: _Attempt) -> None:
    pending = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:  # EAGAIN: no more records
            break
        except OSError as exc:
            if exc.errno == errno.EPIPE:  # records were overwritten while reading: go on
                continue
            if exc.errno in (errno.EACCES, errno.EPERM):
                attempt.status, attempt.detail = "permission-denied", "kmsg: %s" % exc.strerror
            elif exc.errno != errno.EINVAL:
                attempt.status, attempt.detail = "error", "kmsg: %s" % exc.strerror
            break
        if not chunk:  # end of a regular file (test-bed)
            break
        pending += chunk
        if b"\n" in pending:
            complete, _, pending = pending.rpartition(b"\n")
            parse_kmsg_text(complete.decode("utf-8", errors="replace"), attempt)
    if pending:
        parse_kmsg_text(pending.decode("utf-8", errors="replace"), attempt)


# --- dmesg -------------------------------------------------------------------------

def read_dmesg() -> _Attempt:
    attempt = _Attempt("dmesg")
    result = runner.run(["dmesg"], timeout=5.0)
    if result.status != "ok":
        attempt.status, attempt.detail = result.status, result.stderr.strip()
        return attempt
    if result.returncode != 0:
        err = _first_line(result.stderr)
        denied = "not permitted" in err.lower() or "permission denied" in err.lower()
        attempt.status = "permission-denied" if denied else "error"
        attempt.detail = err or "dmesg exited with %s" % result.returncode
        return attempt
    for line in result.stdout.splitlines():
        origin, time, text = logs.split_line(line)
        if origin == "kernel" or time is not None:
            attempt.add(text, time)
    if attempt.total == 0:
        attempt.status, attempt.detail = "error", "dmesg: empty output"
    return attempt


# --- ModemManager's journal ------------------------------------------------------------

def read_mm_journal() -> Tuple[List[LogLine], str, str]:
    result = runner.run(JOURNAL_MM, timeout=JOURNAL_TIMEOUT)
    if result.status != "ok":
        return [], result.status, result.stderr.strip()
    if result.returncode != 0:
        err = _first_line(result.stderr)
        return [], ("permission-denied" if "permission" in err.lower() else "error"), err
    lines = [LogLine(text=t, origin="ModemManager", source="journal")
             for t in result.stdout.splitlines() if t.strip() and t.strip() != "-- No entries --"]
    return lines, "ok", "%d lines" % len(lines)


# --- the collector -----------------------------------------------------------------------

def kernel_lines(kmsg_path: str = KMSG) -> _Attempt:
    """The first kernel-log source that yields lines; else the most telling failure."""
    attempts = []
    for read in (read_journal, lambda: read_kmsg(kmsg_path), read_dmesg):
        attempt = read()
        if attempt.status == "ok":
            return attempt
        attempts.append(attempt)
    for status in ("permission-denied", "timeout", "error", "tool-missing"):
        for attempt in attempts:
            if attempt.status == status:
                attempt.detail = "; ".join(a.detail for a in attempts if a.detail)
                return attempt
    return attempts[-1]


def collect(snap: Snapshot, ctx: Context) -> None:
    """Fill ``snap.log`` (kernel lines, then ModemManager's) and sources kernel-log / modemmanager-log."""
    mm_result: list = []
    thread = threading.Thread(target=lambda: mm_result.append(read_mm_journal()), daemon=True)
    thread.start()
    attempt = kernel_lines(ctx.kmsg_path())
    thread.join(JOURNAL_TIMEOUT + 1)

    kept, dropped = logs.bound(attempt.lines)
    snap.log.extend(kept)
    if attempt.status == "ok":
        detail = "%s: %d lines read, %d relevant" % (attempt.source, attempt.total, len(attempt.lines))
        snap.set_source("kernel-log", "ok", detail)
    else:
        snap.set_source("kernel-log", attempt.status, attempt.detail)
    if dropped:
        snap.notes.append("kernel log: %d relevant lines dropped (kept the first %d and the newest %d)"
                          % (dropped, logs.HEAD_LINES, logs.MAX_LOG_LINES - logs.HEAD_LINES))

    if mm_result:
        lines, status, detail = mm_result[0]
        snap.log.extend(lines)
        snap.set_source("modemmanager-log", status, detail)
    else:
        snap.set_source("modemmanager-log", "timeout", "journalctl -u ModemManager did not finish")
