"""Pasted command output -> a partial :class:`~wwandoctor.snapshot.Snapshot`.

``ingest_inputs(["dmesg.txt", "-"])`` reads each input (a saved snapshot JSON
or pasted text), splits pasted text into blocks (:mod:`.splitter`), hands
each block to the parser that recognises it (:mod:`.registry`) and merges
everything into one snapshot. Files are streamed line by line in binary mode
so that a huge log or a binary file is read in bounded memory; overlong
lines are cut and noted, undecodable bytes replaced and noted.
"""
from __future__ import annotations

import codecs
import dataclasses
import io
import os
import re
import stat
import sys
from typing import BinaryIO, Iterator, List, Optional, Tuple, Union

from wwandoctor import regex_cache
from wwandoctor.errors import InputError
from wwandoctor.ingest.block import NoiseRun
from wwandoctor.snapshot import Snapshot

MAX_LINE_BYTES = 64 * 1024
# Kernel-log noise held back by the reader (see _Reader): lines kept above any other line, lines kept
# below a line that is no dmesg line, most lines per NoiseRun.
HOLD_BEFORE = 5
KEEP_AFTER = 200
MAX_RUN = 4096
MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024


def strip_terminal_codes(text: str) -> str:
    from wwandoctor.redact import strip_terminal_codes as strip
    return strip(text)


class _Reader:
    """Decodes a binary stream into text lines, counting what it had to repair.

    Kernel-log noise (:mod:`.prefilter`) is not decoded: runs of it are yielded as
    :class:`~.block.NoiseRun` (raw lines) in their place, except the HOLD_BEFORE
    lines above any other line (the splitter rejoins wrapped lines by the lines
    above) and the KEEP_AFTER lines below a line that is no dmesg line (parsers
    recognise a block by its first lines)."""

    def __init__(self, fh: BinaryIO, name: str) -> None:
        self.fh = fh
        self.name = name
        self.long_lines = 0
        self.binary_lines = 0  # lines that are mostly not text: skipped
        self.repaired_lines = 0  # text lines with NUL bytes or bytes of no text encoding
        self.nul_lines = 0  # lines of NUL bytes only (a file zeroed by a crash or a power loss)
        self.lines = 0
        self.content_lines = 0

    def __iter__(self) -> Iterator[Union[str, NoiseRun]]:
        from wwandoctor.ingest import prefilter

        found = prefilter.patterns()
        if found is None:
            yield from self._all_kept()
            return
        stamp, anywhere = found[0].match, found[1].search  # prefilter.is_noise, inlined: run per line
        noise_limit = prefilter.MAX_NOISE_BYTES
        run = NoiseRun()  # noise so far; its last HOLD_BEFORE lines are kept if another line follows
        after = KEEP_AFTER  # lines still to keep whatever they are (the paste's first lines too)
        readline = self.fh.readline
        while True:
            raw = readline(MAX_LINE_BYTES + 1)
            if not raw:
                break
            if not after and len(raw) <= noise_limit and raw.isascii():
                m = stamp(raw)
                if m is not None and m.group(1) is None and anywhere(raw, m.end()) is None:
                    run.append(raw)
                    if len(run) >= MAX_RUN + HOLD_BEFORE:
                        yield self._counted(NoiseRun(run[:MAX_RUN]))
                        del run[:MAX_RUN]
                    continue
            if run:
                kept = run[-HOLD_BEFORE:]
                del run[-HOLD_BEFORE:]
                if run:
                    yield self._counted(run)
                run = NoiseRun()
                for line in kept:
                    yield self._decode(line)
            if not prefilter.is_stamped(raw):
                after = KEEP_AFTER
            elif after:
                after -= 1
            yield self._decode(raw)
        for line in run:
            yield self._decode(line)

    def _all_kept(self) -> Iterator[str]:
        readline = self.fh.readline
        while True:
            raw = readline(MAX_LINE_BYTES + 1)
            if not raw:
                return
            yield self._decode(raw)

    def _counted(self, run: NoiseRun) -> NoiseRun:
        self.lines += len(run)
        self.content_lines += len(run)
        return run

    def _decode(self, raw: bytes) -> str:
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            self.long_lines += 1
            self._skip_rest_of_line()
            raw = raw[:MAX_LINE_BYTES]
        self.lines += 1
        nul = b"\0" in raw
        if nul:
            raw = raw.replace(b"\0", b"")
            self.nul_lines += not raw.strip()
        text, binary = decode_line(raw)
        text = text.rstrip("\r\n").rstrip("\r")
        if binary and _mostly_not_text(text):  # a compressed file, an image, random bytes: no parser's input
            self.binary_lines += 1
            return ""
        if "\x1b" in text:  # grep --color, ip -c: colour codes split the values parsers read
            text = strip_terminal_codes(text)
        if nul or binary:
            self.repaired_lines += 1
        if text.strip():
            self.content_lines += 1
        return text

    def _skip_rest_of_line(self) -> None:
        while True:
            chunk = self.fh.readline(MAX_LINE_BYTES)
            if not chunk or chunk.endswith(b"\n"):
                return

    def add_notes(self, snap: Snapshot) -> None:
        if self.content_lines == 0 and not self.binary_lines:
            if self.nul_lines:
                snap.notes.append("%s: only NUL bytes, no text (a file zeroed by a crash or a power loss?)" % self.name)
                return
            snap.notes.append("%s: the input was empty" % self.name)
        if self.long_lines:
            snap.notes.append("%s: %s longer than %d KiB %s cut" % (
                self.name, _lines(self.long_lines), MAX_LINE_BYTES // 1024, "was" if self.long_lines == 1 else "were"))
        if self.binary_lines:
            snap.notes.append("%s: binary data, not text: %s skipped" % (self.name, _lines(self.binary_lines)))
        if self.repaired_lines:
            snap.notes.append("%s: %s held NUL bytes or bytes of no text encoding (NULs removed, the others "
                              "shown as \ufffd)" % (self.name, _lines(self.repaired_lines)))


# bytes no Windows-1252 text holds: C0 controls but tab, newline, form feed, carriage return and escape (colour
# codes), and the five bytes the code page leaves undefined
_NOT_CP1252 = regex_cache.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x81\x8d\x8f\x90\x9d]")


def decode_line(raw: bytes) -> Tuple[str, bool]:
    """``(text, binary)`` of one input line: UTF-8, else Windows-1252 (a superset of Latin-1's printable
    characters: what Windows editors, older distributions' terminals and many forum exports save), else
    UTF-8 with the bytes that are neither replaced by U+FFFD and ``binary`` True."""
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError:
        pass
    if not _NOT_CP1252.search(raw):
        return raw.decode("cp1252"), False
    return raw.decode("utf-8", errors="replace"), True


_NOT_TEXT_RE = regex_cache.compile("[\ufffd\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def _mostly_not_text(text: str) -> bool:
    """More than a third of the line's characters are control characters or bytes no encoding made text of."""
    return len(_NOT_TEXT_RE.findall(text)) * 3 > len(text)


HEAD_BYTES = 1024  # what is read of a file to tell what it is


def _is_binary(head: bytes, complete: bool) -> bool:
    """The file's first bytes (all of it when ``complete``) are no text: a third of their lines or more are mostly
    not text once NULs are removed (a NUL run, as a log has after a crash, is no reason by itself; a compressed
    file, an image, random bytes are)."""
    lines = head.split(b"\n")
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last one is cut
    texts = [decode_line(ln.replace(b"\0", b"")) for ln in lines if ln.replace(b"\0", b"").strip()]
    binary = sum(1 for text, bad in texts if bad and _mostly_not_text(text))
    return binary > 0 and binary * 3 >= len(texts)


def _lines(n: int) -> str:
    return "%d line%s" % (n, "" if n == 1 else "s")


def new_paste_snapshot() -> Snapshot:
    from wwandoctor import __version__
    return Snapshot(origin="paste", tool_version=__version__)


def ingest_lines(lines, snap: Snapshot, name: str = "-") -> Snapshot:
    """Split ``lines`` (any iterable of text lines) into blocks and parse them into ``snap``."""
    from wwandoctor.ingest import registry
    from wwandoctor.ingest.splitter import split

    named: set = set()  # the kinds of machine the post names: output labelled as another one's is not read
    label = None  # the label that ended the block before, when it did
    following = False  # the block before was that machine's output too
    for block in split(lines, name, on_command=lambda cmd: note_command(cmd, snap),
                       on_prompt=lambda prompt: note_prompt(prompt, snap)):
        # the labelled machine's output runs on over the command outputs that follow ("On Mint I get:", its lsusb,
        # its dmesg) up to the next paragraph of prose (a paragraph no reader knows by its own lines)
        if label is not None and registry.best_parser(_own_lines(block) if following else block)[1] >= registry.MIN_SCORE:
            _leave_out(block, label, snap)
            following = True
            continue
        following = False
        label = _parse_up_to_other_machine(block, named, snap)
    registry.finish(snap)
    return snap


def _own_lines(block):
    """``block`` without the command of a prompt above it (what its lines show by themselves)."""
    return dataclasses.replace(block, command=None)


def _parse_up_to_other_machine(block, named: set, snap: Snapshot) -> Optional[str]:
    """Parse ``block`` up to a line that labels the output after it as another machine's (ingest/other_machine.py)
    and leave that output out; the label when it ends the block (the next block may be that output), else None."""
    from wwandoctor.ingest import other_machine, registry
    from wwandoctor.ingest.block import Block
    at = other_machine.label_index(block.lines, named)
    if at is None:
        registry.parse_block(block, snap)
        return None
    registry.parse_block(Block(lines=block.lines[:at + 1], command=block.command, name=block.name,
                               first_line=block.first_line), snap)
    rest = Block(lines=block.lines[at + 1:], name=block.name, first_line=block.first_line + at + 1)
    if not any(line.strip() for line in rest.lines):
        return block.lines[at].strip()
    _leave_out(rest, block.lines[at].strip(), snap)
    return None


def _leave_out(block, label: str, snap: Snapshot) -> None:
    """Leave ``block`` out of the snapshot: ``label`` says it is another machine's output."""
    from wwandoctor.ingest.other_machine import is_expected_output_label
    kind = "the output expected" if is_expected_output_label(label) else "another machine's output"
    snap.notes.append("%s:%d: %d line(s) labelled as %s (%s) not read as this machine's"
                      % (block.name, block.first_line, len(block.lines), kind, label[:120]))


# A command that opens a modem's serial port or makes a serial driver take one: the person works
# with AT ports ("minicom -D /dev/ttyUSB2", "echo 'AT' > /dev/ttyUSB2", "echo 1e0e 9011 >
# /sys/bus/usb-serial/drivers/option1/new_id"; linux drivers/usb/serial/bus.c new_id_store).
SERIAL_COMMAND = (r"(?:^|[\s;|&/])(?:minicom|picocom|microcom|miniterm(?:\.py)?|atinout|screen|cu|socat)\b"
                  r"[^;|&]*/dev/tty(?:USB|ACM)\d|>\s*/dev/tty(?:USB|ACM)\d|/sys/bus/usb-serial/drivers/\w+/new_id")


def note_command(command: str, snap: Snapshot) -> None:
    """What a pasted prompt's command says the person uses, even when it printed nothing; the command itself
    is kept (``snap.commands``)."""
    import re
    from wwandoctor.ingest.merge import add_tool
    from wwandoctor.ingest.registry import PROSE_LINE_MAX, PROSE_LINES_MAX
    if command and command.strip() and len(snap.commands) < PROSE_LINES_MAX:
        snap.commands.append(command.strip()[:PROSE_LINE_MAX])
    if "tty" in (command or "") or "usb-serial" in (command or ""):
        if re.search(SERIAL_COMMAND, command):
            add_tool(snap, "at", "$ " + command)


def note_prompt(prompt: str, snap: Snapshot) -> None:
    """The user and host a shell prompt shows ("jane@myhost:~$", "[jane@myhost ~]#"), for redaction."""
    from wwandoctor.ingest.splitter import prompt_names
    names = prompt_names(prompt)
    if names:
        snap.note_name("user", names[0])
        snap.note_name("hostname", names[1])


def ingest_text(text: str, name: str = "-") -> Snapshot:
    """Parse one pasted text into a new snapshot (origin "paste")."""
    from wwandoctor.ingest.merge import join_split_usb_device
    snap = new_paste_snapshot()
    ingest_stream(io.BytesIO(text.encode("utf-8", errors="replace")), snap, name)
    join_split_usb_device(snap)
    return snap


def ingest_stream(fh: BinaryIO, snap: Snapshot, name: str) -> Snapshot:
    """Parse a binary stream of pasted text into ``snap``."""
    reader = _Reader(fh, name)
    ingest_lines(reader, snap, name)
    reader.add_notes(snap)
    return snap


def _open(path: str) -> BinaryIO:
    from wwandoctor import progress
    if path == "-":
        progress.stdin_hint()
        return sys.stdin.buffer
    try:
        if _is_device(path):  # a modem's tty never ends (and opening it may wait for a carrier), /dev/zero neither
            raise InputError("%s: a device, not a file: give analyze saved output (or - for standard input); "
                             "wwandoctor never talks to a modem's port" % path)
        if os.path.isdir(path):  # an unpacked attachment or a log folder: the shell names its files
            raise InputError("%s: a directory, not a file: give analyze the files in it (%s/*)" % (path, path.rstrip("/")))
        fh = open(path, "rb")
        return progress.reading(fh, path, os.fstat(fh.fileno()).st_size)
    except OSError as exc:
        raise InputError("%s: cannot read: %s" % (path, exc.strerror or exc))


def _is_device(path: str) -> bool:
    mode = os.stat(path).st_mode
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode)


def _is_snapshot_head(head: bytes) -> bool:
    from wwandoctor.saved_snapshot import looks_like_snapshot
    return looks_like_snapshot(head.decode("utf-8", errors="replace"))


def _is_report_head(head: bytes) -> bool:
    from wwandoctor.saved_snapshot import looks_like_report
    return looks_like_report(head.decode("utf-8", errors="replace"))


def _is_bundle_head(head: bytes) -> bool:
    from wwandoctor.ingest.bundle import looks_like_bundle
    return looks_like_bundle(head)


def _read_bundle(stream: BinaryIO, name: str) -> Snapshot:
    """A wwandoctor-collect.sh bundle: the live collectors replayed on its records."""
    from wwandoctor.ingest.bundle import read_bundle
    reader = _Reader(stream, name)
    snap = read_bundle(reader, name)
    reader.add_notes(snap)
    return snap


def _read_input(path: str, snap: Snapshot, saved: List[Snapshot]) -> None:
    """Read one input: a saved snapshot or a wwandoctor-collect.sh bundle is appended to ``saved``,
    pasted text is parsed into ``snap``."""
    from wwandoctor.saved_snapshot import from_json

    name = "<stdin>" if path == "-" else path
    source = _open(path)
    try:
        fh = _utf8(source)
        head = fh.read(HEAD_BYTES)
        if _is_report_head(head):
            snap.notes.append(
                "%s: a wwandoctor JSON report (what --format json and --save write), not a snapshot or "
                "command output; it was not analyzed (give analyze the snapshot from 'wwandoctor collect -o FILE', "
                "or the commands' output)" % name)
            return
        if _is_snapshot_head(head):
            data = bytearray(head)
            data += fh.read(MAX_SNAPSHOT_BYTES)
            if len(data) > MAX_SNAPSHOT_BYTES:
                raise InputError("%s: too large for a wwandoctor snapshot (over %d MiB)" % (
                    name, MAX_SNAPSHOT_BYTES // (1024 * 1024)))
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                raise InputError("%s: not a wwandoctor snapshot (not UTF-8 text)" % name)
            del data  # the text alone is kept while parsing: peak memory about twice the file
            saved.append(from_json(text, name))
            return
        if _is_binary(head, complete=len(head) < HEAD_BYTES):
            snap.notes.append("%s: binary data, not text (a compressed or binary file?); it was not analyzed" % name)
            return
        stream = io.BufferedReader(_Prefixed(head, fh))
        if _is_bundle_head(head):
            saved.append(_read_bundle(stream, name))
            return
        ingest_stream(stream, snap, name)
    except OSError as exc:
        raise InputError("%s: cannot read: %s" % (name, exc.strerror or exc))
    finally:
        if source is not sys.stdin.buffer:
            source.close()


def _utf8(fh: BinaryIO) -> BinaryIO:
    """``fh`` as UTF-8: a text that starts with a UTF-16 byte order mark (what Windows' Notepad saves as
    "Unicode" and PowerShell 5's ``>`` writes) is decoded from UTF-16, bytes that are none replaced."""
    buffered = fh if isinstance(fh, io.BufferedReader) else io.BufferedReader(fh)
    if not buffered.peek(2)[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return _newline_ended(buffered)
    return codecs.EncodedFile(buffered, "utf-8", "utf-16", errors="replace")


def _newline_ended(buffered: io.BufferedReader) -> BinaryIO:
    """``buffered`` with its lines ended by a newline: a text whose lines end in a carriage return alone (classic
    Mac OS files, some serial-terminal captures) has each carriage return read as a newline."""
    head = buffered.peek(8192)[:8192]
    if b"\r" not in head or b"\n" in head:
        return buffered
    return io.BufferedReader(_CarriageReturnsAsNewlines(buffered))


class _CarriageReturnsAsNewlines(io.RawIOBase):
    """A binary stream that yields ``fh`` with each carriage return turned into a newline."""

    def __init__(self, fh: io.BufferedReader) -> None:
        super().__init__()
        self.fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        data = self.fh.read1(len(buf)).replace(b"\r", b"\n")
        buf[:len(data)] = data
        return len(data)


class _Prefixed(io.RawIOBase):
    """A binary stream that yields ``head`` (already read) and then the rest of ``fh``."""

    def __init__(self, head: bytes, fh: BinaryIO) -> None:
        super().__init__()
        self.head = head
        self.fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        data = self.head[:len(buf)] if self.head else self.fh.read(len(buf))
        self.head = self.head[len(data):] if self.head else b""
        buf[:len(data)] = data
        return len(data)


def ingest_inputs(paths: List[str]) -> Snapshot:
    """Read saved snapshots and/or pasted text files ("-" = stdin) into one snapshot."""
    from wwandoctor.ingest.merge import join_split_usb_device, merge_snapshot

    snap = new_paste_snapshot()
    saved: List[Snapshot] = []
    for path in paths:
        _read_input(path, snap, saved)
    if saved and _is_untouched(snap):
        snap = saved.pop(0)
    for other in saved:
        merge_snapshot(snap, other)
    join_split_usb_device(snap)
    return snap


def _is_untouched(snap: Snapshot) -> bool:
    """True when no pasted text contributed anything."""
    fresh = new_paste_snapshot()
    return snap.to_dict() == fresh.to_dict()
