"""Cut a paste into blocks, one per command output.

A forum post or mail mixes several outputs, e.g.::

    > root@OpenWrt:~# dmesg | grep usb
    > [    7.71] usb 1-1.4: New USB device found, idVendor=2c7c, idProduct=0121
    >
    > ```
    > $ lsusb
    > Bus 001 Device 007: ID 2c7c:0121 Quectel Wireless Solutions Co., Ltd.
    > ```

The splitter removes line endings (CRLF too), e-mail quoting ("> ", ">> "),
what a web page or word processor made of the text (HTML entities, curly quotes, non-breaking
and zero-width spaces), markdown code fences and bbcode tags ("[code]", "[/quote]"),
a code-block indentation the whole paste shares, the blank line a forum put after every line
(a double-spaced paste), shell prompts ("$ cmd", "# cmd", "user@host:~$ cmd",
"root@OpenWrt:~# cmd", "[root@x ~]# cmd"), joins commands continued with "\"
and lines hard-wrapped by mail clients and archives (at the width the paste's own widest lines
show; see :func:`hard_wrap`), and yields a :class:`Block` for
each prompt, fence and blank-line separated paragraph. A paragraph after a
blank line keeps the command of the prompt above it (``block.command``);
parsers weigh the content above the command.
Blocks are capped at MAX_BLOCK_LINES lines (a longer output is cut into
several blocks of the same command) so that memory stays bounded.

Kernel-log noise the reader held back (a :class:`~.block.NoiseRun` among the
lines, see :mod:`.prefilter`) counts as lines of the current block, in its
place, without being looked at.
"""
from __future__ import annotations

import html
import itertools
import os
import re
from typing import Callable, Iterable, Iterator, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.ingest import repl
from wwandoctor.ingest.block import Block, NoiseRun

MAX_BLOCK_LINES = 5000

# "user@host:~/dir$ cmd", "root@OpenWrt:~# cmd", "[root@x ~]# cmd", "$ cmd", "# cmd", "~$ cmd"
_PROMPT = regex_cache.compile(
    r"^\s*(?:\([\w.-]+\)\s+)?(?:"                      # optional "(venv) "
    r"(?:ba|z|da|k)?sh-[\d.]+[$#]"                    # bash-5.1$  sh-5.1#
    r"|\[[\w.-]+(?:@| at )[\w.-]+(?:\s[^\]]*)?\]\s?[$#]"  # [root@x ~]#  [root at x ~]#
    r"|[\w.-]+@[\w.-]+(?::[^\s$#]*)?\s?[$#]"          # user@host:~$  root@OpenWrt:~#
    r"|[\w.-]+ at [\w.-]+:[^\s$#]*\s?[$#]"              # user at host:~$ (pipermail hides addresses)
    r"|[\w.-]+@[\w.-]+\s+[^\s$#]+\s?[$#]"             # user@host dir$ (BSD/macOS style)
    r"|~?[$#]"                                        # $  #  ~$
    r")\s+(?P<cmd>\S.*)$")
_BARE_PROMPT = regex_cache.compile(r"^\s*(?:(?:\[[\w.-]+(?:@| at )[\w.-]+(?:\s[^\]]*)?\]|[\w.-]+(?:@| at )[\w.-]+:[^\s$#]*)\s?[$#]|~?\$)\s*$")
_ENTITY = regex_cache.compile(r"&(?:lt|gt|amp|quot|apos|nbsp|#\d{2,4}|#x[0-9a-fA-F]{2,4});")
_FENCE = regex_cache.compile(r"^\s*(`{3,}|~{3,})\s*[\w+-]*\s*$")
# bbcode (phpBB, vBulletin, SMF forums) and HTML code tags at the start or the end of a line:
# "[code]", "[code=text]", "[quote="name"]", "[/code]", "<pre>", "</code>"; and a markdown fence typed
# on the first or last output line ("```[2025-06-25 00:16:22.949] Retry to find device...", "...: 0x13```"),
# where the line holds no other fence (the fences of inline code: "in ```/usr/lib``` instead of ```/lib```")
_TAG_OPEN = regex_cache.compile(r'^\s*(?:\[(?:code|quote|pre)(?:[= ][^\]]*)?\]|<(?:pre|code)>'
                                r'|(?:`{3,}|~{3,})(?![`~])(?!\s*[\w+-]*\s*$)(?!.*(?:```|~~~).))+', re.I)
_TAG_CLOSE = regex_cache.compile(r"(?:\[/(?:code|quote|pre)\]|</(?:pre|code)>|(?<=[^`~\s])(?:`{3,}|~{3,}))+\s*$", re.I)
_QUOTE = regex_cache.compile(r"^(?:[ \t]?>(?!>>>)[ \t]?)+")
# the line breaks of a web page copied as its HTML source: "lspci -nn -d ::ff00 -v<br>", "...<br />"
_BR_END = regex_cache.compile(r"(?:<br\s*/?>\s*)+$", re.I)
# Log line prefixes: "[   44.02] ", "Oct 27 10:58:44 ", "2013-10-09T10:49:49", "Mon Oct 27 10:58:44 2014"
_LOG_PREFIX = regex_cache.compile(
    r"^\s*(?:\[\s*\d+\.\d+\]|\[\w{3} \w{3}\s+\d+ [\d:]+ \d{4}\]|[A-Z][a-z]{2}\s+\d+\s+\d\d:\d\d:\d\d|"
    r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d|<\d+>)")
# Words that start a "# comment" rather than a root prompt are not commands.
_COMMAND_WORD = regex_cache.compile(r"^(?:sudo\s+)?[\w./-]+")
# Lines that start something new, never the rest of a wrapped line: "[...]", "<wrn>", "{", "...".
# Nor are the first lines of other outputs pasted right after a log: "/:  Bus 01.Port 1: Dev 1, ..."
# (lsusb -t), "Bus 001 Device 002: ID ..." (lsusb), "T:  Bus=01 ..." (usb-devices), "2: wwan0: <...>"
# (ip), "wwan0: flags=..." (ifconfig), "Module  Size  Used by" (lsmod).
_NOT_CONTINUATION = regex_cache.compile(
    r"^\s*(?:[\[<({]|\.\.|…|[A-Z][\w.-]*\[\d+\]:|[\w.-]+ \d+-[\d.]+:)"
    r"|^(?:/:\s+Bus \d+\.Port|Bus \d{3} Device \d{3}:|T:\s+Bus=\d|\d+: [\w.@-]+: <|[\w.-]+: flags=\d|Module\s+Size\s+Used by)")
# A sentence of the person's own (four or more plain words), and a kernel log line: dmesg's timestamp
# ("[   5.23] ", dmesg -T's "[Mon Jun  3 14:39:16 2024] "), or the kernel's syslog or journal line
# ("Jun  3 14:39:16 host kernel: ", "2024-06-03T14:39:16+0200 host kernel: ").
_PROSE = regex_cache.compile(r"^[A-Za-z][a-z']*(?:,? [A-Za-z][a-z']*){3,}[.!?:,]?$")
_KERNEL_LINE = regex_cache.compile(r"^\s*(?:\[\s*\d+\.\d+\]|\[\w{3} \w{3}\s+\d+ [\d:]+ \d{4}\]|(?:[A-Z][a-z]{2}\s+\d+\s+\d\d:\d\d:\d\d|"
                                   r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\S*)\s+[\w.-]+\s+kernel:\s)")


# What web pages, forum editors and word processors put in place of plain ASCII: curly quotes
# ("\u2018fcc-locked\u2019" for 'fcc-locked'), non-breaking and other wide spaces ("&nbsp; &nbsp;"
# copied back), zero-width characters and a byte-order mark (Windows Notepad). Programs print the
# plain characters, so every parser's patterns are written for those.
_TYPOGRAPHIC = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ",
    "\u200a": " ", "\u202f": " ", "\u3000": " ",
    "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
})


def strip_quoting(line: str) -> str:
    """Remove e-mail quote markers ("> ", ">> ") but keep libmbim's ">>>>>> " dumps.

    HTML entities of web archives ("&gt; Mode: &#39;low-power&#39;") are decoded first,
    typographic characters made plain (_TYPOGRAPHIC) and HTML line breaks ending the line removed."""
    line = line.rstrip(" \t\r\n")  # a terminal copy pads lines with spaces: they mean nothing
    if _ENTITY.search(line):
        line = html.unescape(line)
    if not line.isascii():
        line = line.translate(_TYPOGRAPHIC)
    if line.endswith(">") and _BR_END.search(line):
        line = line[:_BR_END.search(line).start()].rstrip(" \t")
    if line.lstrip().startswith(">>>>"):
        return line
    m = _QUOTE.match(line)
    return line[m.end():] if m else line


# A shell trace ("set -x", "bash -x script") line: "+ qmicli -d /dev/cdc-wdm0 ...", "++ ip link ...".
_TRACE = regex_cache.compile(r"^\s*\++ (?P<cmd>(?:sudo\s+)?([\w.-]+)(?:\s.*)?)$")


# the user and host of a prompt line: "jane@myhost:~$", "[jane@myhost ~]#", "jane at myhost:~$", "(venv) jane@myhost"
_PROMPT_NAMES = regex_cache.compile(r"^\s*(?:\([\w.-]+\)\s+)?\[?([\w.-]+)(?:@| at )([\w.-]+)")


def prompt_names(line: str) -> Optional[Tuple[str, str]]:
    """``(user, host)`` of a prompt line that shows them, else None."""
    m = _PROMPT_NAMES.match(line)
    return (m.group(1), m.group(2)) if m else None


# A command typed on a line of its own without a prompt, as posts often quote it before its output
# ("uqmi -d /dev/cdc-wdm0 --get-data-status" then '"connected"'): an option or a pipe follows the command's name,
# and no three plain words in a row make it a sentence ("uqmi -d /dev/cdc-wdm0 hangs on every call" is one).
# Only for the tools whose output no reader knows without the command (uqmi and umbim print bare JSON, OpenWrt's
# uqmi main.c / umbim cli.c): the others' output is read by its own shape, and their command alone on a line stays
# a line of the post (its words still read: "sudo qmicli -p -d /dev/cdc-wdm0 --device-open-mbim").
_BARE_COMMANDS = frozenset(("uqmi", "umbim"))
_BARE_COMMAND = regex_cache.compile(r"^\s*(?P<cmd>(?:sudo\s+)?(?P<name>[\w.-]+)\s+(?:--?[A-Za-z]|\|)\S*(?:\s+\S+)*)$")
_THREE_WORDS = regex_cache.compile(r"\b[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+\b")


def _bare_command(line: str) -> Optional[str]:
    m = _BARE_COMMAND.match(line)
    if not m or m.group("name") not in _BARE_COMMANDS or _THREE_WORDS.search(m.group("cmd")):
        return None
    return m.group("cmd").strip()


def prompt_command(line: str) -> Optional[str]:
    """The command of a shell prompt line (or of a shell trace line running a known command, of an interpreter's
    prompt line (:mod:`.repl`), or of a known command alone on its line), or None when ``line`` is none of these."""
    trace = _TRACE.match(line)
    if trace and trace.group(2) in _KNOWN_COMMANDS:
        return trace.group("cmd").strip()
    m = _PROMPT.match(line)
    if not m:
        return repl.prompt_command(line) or _bare_command(line)
    cmd = m.group("cmd").strip()
    if line.lstrip().startswith("#") and not _looks_like_command(cmd):
        return None
    return cmd


def _looks_like_command(cmd: str) -> bool:
    """"# lsusb" is a root prompt, "# this is a comment" is not."""
    m = _COMMAND_WORD.match(cmd)
    if not m:
        return False
    first = m.group(0).split()[-1]
    rest = cmd[m.end():]
    return ("/" in first or "-" in rest or "|" in cmd or rest.strip() == ""
            or first in _KNOWN_COMMANDS)


# "$ lsusb Bus 002 Device 002: ID 05c6:9204 Qualcomm, Inc. Bus 002 Device 003: ...": a copy that lost the line
# ends (a web page, a feed mirror) put lsusb's output on the prompt's line; lsusb's records start with "Bus NNN Device NNN:"
_OUTPUT_ON_PROMPT_LINE = regex_cache.compile(r"^(?P<cmd>lsusb)\s+(?P<out>Bus \d{3} Device \d{3}: ID [0-9a-fA-F]{4}:[0-9a-fA-F]{4}.*)$")

_KNOWN_COMMANDS = frozenset("""
    dmesg journalctl logread lsusb usb-devices udevadm mmcli qmicli mbimcli qmi-network mbim-network ip ifconfig
    rfkill lsmod uname lspci nmcli modprobe insmod find cat ls dhclient udhcpc dhcpcd quectel-CM quectel-cm
    systemctl grep tail head usb_modeswitch qmi-firmware-update uqmi umbim ping route iw
    """.split())


def _is_log_line(line: str) -> bool:
    return bool(_LOG_PREFIX.match(line))


class _Builder:
    """Collects the lines of the current block."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: List[str] = []
        self.first = 1
        self.command: Optional[str] = None
        self.command_indent = 0  # the prompt line's indentation: a markdown code block indents it too
        self.count = 0  # lines of the block as read: held-back noise included, rejoined pieces not
        self.positions: Optional[List[int]] = None
        self.noise: List[Tuple[int, NoiseRun]] = []

    def add(self, line: str, number: int, pieces: int = 1) -> None:
        """Add ``line`` (``pieces`` input lines the splitter rejoined)."""
        if self.count == 0:
            self.first = number
        if pieces > 1 and self.positions is None:
            self.positions = list(range(len(self.lines)))
        if self.positions is not None:
            self.positions.append(self.count)
        self.lines.append(line)
        self.count += pieces

    def hold(self, run: NoiseRun, number: int) -> None:
        """Noise lines (``number``: the line number of the first) held back in their place."""
        if self.count == 0:
            self.first = number
        if self.positions is None:
            self.positions = list(range(len(self.lines)))
        self.noise.append((self.count, run))
        self.count += len(run)

    def full(self) -> bool:
        return self.count >= MAX_BLOCK_LINES

    def take(self) -> Optional[Block]:
        lines, positions, noise = self.lines, self.positions, self.noise
        self.lines, self.positions, self.noise, self.count = [], None, [], 0
        if not any(ln.strip() for ln in lines):
            return None  # blank lines only (or noise only: nothing a parser takes a fact from)
        # the indentation all its lines share (a code block's, a forum's or a mail's); under a prompt, the
        # prompt's (the output's own indentation stays)
        lines = _without_code_indent(lines, None if self.command is None else self.command_indent, least=1)
        return Block(lines=lines, command=self.command, name=self.name, first_line=self.first,
                     positions=positions, noise=noise)


# A paste whose first lines all share this much leading space is a markdown code block (or a
# mail that indented everything): that indentation is removed from every line that has it. So is
# a block's, where the post's own paragraphs between its code blocks are not indented.
CODE_INDENT = 4


def _without_code_indent(lines: List[str], indent: Optional[int] = None, least: int = CODE_INDENT) -> List[str]:
    """``lines`` without the indentation (spaces and tabs) all of them share when it is ``least`` characters or
    more: at most ``indent`` (the prompt's above them). Relative indentation (mmcli's, lsusb -v's) stays. A block is
    cut from one space or tab on (a forum or a mail indents every line of a paste by one: " [    9.82] mhi mhi0: ...",
    "\tJan 17 21:21:07 album kernel: ..."); a paragraph whose lines are judged for a hard wrap from CODE_INDENT on."""
    lead = _shared_lead(lines)
    cut = len(lead) if indent is None else min(indent, len(lead))
    if cut < max(least, 1):
        return lines
    return [ln[cut:] if ln.strip() else ln for ln in lines]


def _lead(line: str) -> str:
    """The spaces and tabs ``line`` starts with."""
    return line[:len(line) - len(line.lstrip(" \t"))]


def _shared_lead(lines: List[str]) -> str:
    """The leading spaces and tabs every non-blank line of ``lines`` starts with ("" for none)."""
    leads = [_lead(ln) for ln in lines if ln.strip()]
    return os.path.commonprefix(leads) if leads else ""


def _indent(line: str) -> int:
    """The spaces ``line`` starts with."""
    return len(line) - len(line.lstrip(" "))


INDENT_PROBE_LINES = 200


# A paste whose first lines are this many non-empty lines or more, nearly all with a blank line
# above and below, is double-spaced (a forum editor or mail client put a blank line after every
# line): there a single blank line separates nothing, two or more do.
DOUBLE_SPACED_MIN_LINES = 3
DOUBLE_SPACED_MAX_ADJACENT = 0.1


class _Normalized:
    """``lines`` with quoting removed and without an indentation the whole paste shares, judged on
    its first INDENT_PROBE_LINES non-empty lines (relative indentation, mmcli's or lsusb -v's, stays);
    ``double_spaced`` tells, once the first line was read, whether the paste is double-spaced."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = lines
        self.double_spaced = False

    def __iter__(self) -> Iterator[str]:
        it = iter(self.lines)
        head: list = []
        for raw in it:
            if type(raw) is NoiseRun:
                head.append(raw)
                continue
            head.append(strip_quoting(raw))
            if sum(1 for ln in head if type(ln) is str and ln.strip()) >= INDENT_PROBE_LINES:
                break
        text = [ln for ln in head if type(ln) is str and ln.strip() and not _FENCE.match(ln)]
        cut = _shared_lead(text)
        self.double_spaced = _is_double_spaced(head)
        head = [line[len(cut):] if cut and type(line) is str and line.startswith(cut) else line for line in head]
        unwrapper = hard_wrap(head)
        lines = itertools.chain(head, self._rest(it, cut))
        return _rejoin(lines, unwrapper, self.double_spaced) if unwrapper else lines

    @staticmethod
    def _rest(it: Iterator, cut: str) -> Iterator:
        for raw in it:
            if type(raw) is NoiseRun:
                yield raw
                continue
            line = strip_quoting(raw)
            yield line[len(cut):] if cut and line.startswith(cut) else line


# Hard wrapping (a mail client or list archive cut every long line at a space, at about 72
# columns; a quoted reply does it again): judged on the paste's first lines, it is undone on every
# line whose format says it is incomplete. A wrapper moves a word to the next line only when it does
# not fit, so a line was cut only when it and the next line's first word would be longer than the
# widest line. Below WRAP_WIDTH_MIN nothing is cut; a line longer than WRAP_WIDTH_MAX that has a
# space early would have been cut: that paste is not hard-wrapped.
WRAP_WIDTH_MIN = 50
WRAP_WIDTH_MAX = 80
WRAP_EVIDENCE = 2  # cut lines needed before a paste is read as hard-wrapped; with one, only what a
# known message or the line format confirms is joined
WRAP_SPACED_LINES = 3  # lines with words (a space early) the width is judged on, at least
# The rest of a cut line is never a record of its own: a usb-devices line ("I:  If#= 0 ..."), an
# lsusb -t branch ("|__ Port 2: ..."), a dmesg stamp ("[   12.3]", "[  +0.001]"), an elision ("[...]"),
# a kernel message without its stamp ("gobiserial: 2015-05-13/SWI_2.24").
_RECORD_START = regex_cache.compile(r"^(?:[A-Z]:  |\|__ |\[\s*\+?\d+(?:\.\d+)?\]|\[\.\.\.\]|\[\w{3} |[a-z][\w-]*: )")


class _Joined(str):
    """A line rejoined from ``pieces`` input lines."""
    pieces = 1


_SHAPE_END = regex_cache.compile(r"[:=]")


def _shape(line: str) -> str:
    """The first word of ``line`` up to its first ":" or "=", with numbers as 0:
    "[07-14_18:20:01:112]" -> "[0-0_0:", "GobiNet::GobiUSBNetProbe" -> "GobiNet:"."""
    if not line.strip():
        return ""
    word = line.split(None, 1)[0]
    end = _SHAPE_END.search(word)
    return re.sub(r"\d+", "0", word[:end.end()] if end else word)


class _Unwrapper:
    """Decides, line by line, whether a line is the rest of the line above cut at ``width``.

    A line is a record start (never a rest) when it has a log prefix, a prompt, a fence, a tag, a
    start _NOT_CONTINUATION or _RECORD_START knows, or begins with the first word (_shape) of a line
    that followed a line not cut (the block's own records, such as quectel-CM's "[07-14_18:20:01]").
    Where the paste is not surely wrapped (``confirm``, ``known_only``), a rest is joined only when the
    line format says so: a known rest (_KNOWN_RESTS), a log line's rest (_log_rest) or a known message."""

    def __init__(self, width: int, measured: bool = True) -> None:
        self.width = width
        self.measured = measured  # the width was judged on WRAP_SPACED_LINES lines or more
        self.starts: set = set()
        self.confirm = False  # join only what the line format or a known message confirms
        self.known_only = False  # join only what the line format confirms (_KNOWN_RESTS)
        self.code_indent = 0  # the indentation every line of the paragraph read has so far
        self.records: List[str] = []  # the paragraph's last records (lines not joined to the one above), at most 5

    def is_rest(self, prev: str, line: str, record: Optional[str] = None) -> bool:
        """``line`` is the rest of ``prev`` (the last input line of ``record``, the line being rejoined).
        Called for every line in turn."""
        ends = not line.strip() or _ends_output(line)
        if ends or not prev.strip():
            self.records = []  # a paragraph or an output starts or ends
        rest = self._is_rest(prev, line, record)
        if not rest and not ends:
            self.records = self.records[-4:] + [line]
        return rest

    def _in_log(self) -> bool:
        """The record read last is in a log: two of the paragraph's last five are log lines, or it is its first
        (a log line's rest is joined where the width was measured and the line above is in a log)."""
        return len(self.records) == 1 or sum(1 for ln in self.records if _is_log_line(ln)) >= 2

    def _is_rest(self, prev: str, line: str, record: Optional[str]) -> bool:
        prev, line = self._code_text(prev, line)
        if not line or line[0].isspace():
            return False
        if not prev.strip():
            self.starts.add(_shape(line))
            return False
        if _known_rest(prev, line):
            return True  # the line format says so, whatever the width guessed (a wrapper may cut a column short)
        if not self._cut(prev, line):
            self.starts.add(_shape(line))
            return False
        if prompt_command(prev) is not None:
            # a command goes on with an option, a pipe, a quoted argument or a path; its output
            # starts with any word. Where the paste is not surely wrapped, only a long option.
            if self.confirm:
                return line.startswith("--") and line[2:3].isalpha()
            return line[0] in "-|'\"/" and prompt_command(line) is None
        if self.measured and self._in_log() and _log_rest(prev if record is None else record, line):
            return True  # the log's format says so: every record of a log starts with its stamp
        if self.known_only:
            return False
        rest = not self._record_start(line) and not _aligned(prev, line)
        return rest and (not self.confirm or _completes_message(prev, line))

    def learn(self, prev: str, line: str) -> None:
        """Learn the record start of ``line`` when it is one (what :meth:`is_rest` learns)."""
        prev, line = self._code_text(prev, line)
        if line and not line[0].isspace() and (not prev.strip() or not self._cut(prev, line)):
            self.starts.add(_shape(line))

    def _code_text(self, prev: str, line: str) -> Tuple[str, str]:
        """``prev`` and ``line`` without the indentation of a markdown code block: the CODE_INDENT spaces or
        more that every line of their paragraph has so far (a wrap is judged on the text the block holds).
        Called for every line in turn (``prev`` blank or "": a paragraph starts)."""
        if not line.strip():
            return prev, line
        self.code_indent = _indent(line) if not prev.strip() else min(self.code_indent, _indent(line))
        if self.code_indent < CODE_INDENT:
            return prev, line
        return prev[self.code_indent:], line[self.code_indent:]

    def _cut(self, prev: str, line: str) -> bool:
        """``prev`` was cut at the width: the first word of ``line`` would not have fit on it. A line
        longer than the width had no space to cut at: it is whole; a word longer than any line goes
        on a line of its own, whatever stands before it. A word that would have ended exactly at the
        width counts as not fitting: a flowed mail (RFC 3676) ends each cut line with a space that the
        width counts and the paste no longer shows."""
        word = line.split(None, 1)[0]
        return (len(prev) <= self.width <= len(prev) + 1 + len(word)
                and (len(prev) >= self.width // 3 or len(word) > self.width))

    def _record_start(self, line: str) -> bool:
        if _shape(line) in self.starts or _is_log_line(line) or _RECORD_START.match(line):
            return True
        if line[0] == "[" or line[0] == "(":
            first = False  # "[modem0] ...", "(Sierra Wireless)": only the starts above are records
        else:
            first = bool(_NOT_CONTINUATION.match(line))
        return first or _ends_output(line)


def _ends_output(line: str) -> bool:
    """``line`` is a fence, a prompt or a code tag: what ends an output in a post."""
    return (_FENCE.match(line) is not None or _BARE_PROMPT.match(line) is not None
            or prompt_command(line) is not None or _TAG_OPEN.match(line) is not None)


# Rests the line format tells: usb-devices ends every "I:" line with "Driver=", lsusb -t every
# interface; lspci -nn ends a device line with its "[vendor:device]" ids (and revision); ip -br link
# ends a link with its "<FLAGS>"; the glib tools (qmicli, mbimcli, mmcli) end an error with the
# quoted detail ("error: couldn't get MSISDN: QMI protocol error (37): 'UimUninitialized'").
_KNOWN_RESTS = (
    (regex_cache.compile(r"^error: .*:$"), regex_cache.compile(r"^'[^']*'$")),
    (regex_cache.compile(r"^\s*(?:I:  If#=|\|__ Port \d+: Dev \d+, If \d+,)(?!.*\bDriver=)"), regex_cache.compile(r"^Driver=\S*(?:, \d+M)?$")),
    (regex_cache.compile(r"^[\w.@-]+\s+(?:UP|DOWN|UNKNOWN|LOWERLAYERDOWN|DORMANT)\s+[0-9a-f:]{17}$"), regex_cache.compile(r"^<[A-Z_,-]*>$")),
    (regex_cache.compile(r"^(?:[0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\.[0-7] .*\]: (?!.*\[[0-9a-f]{4}:[0-9a-f]{4}\])"),
     regex_cache.compile(r"^[^\[\]:]*\[[0-9a-f]{4}:[0-9a-f]{4}\](?: \(rev \w+\))?$")),
)


def _paragraphs_code_text(lines: List[str]) -> List[str]:
    """``lines`` with each paragraph's markdown code-block indentation removed (_without_code_indent)."""
    out: List[str] = []
    for blank, paragraph in itertools.groupby(lines, key=lambda ln: not ln.strip()):
        out.extend(paragraph if blank else _without_code_indent(list(paragraph)))
    return out


def _known_rest(prev: str, line: str) -> bool:
    if line[0] not in "D[<'" and not line.endswith(("]", ")")):
        return False
    return any(rest.match(line) and head.match(prev) for head, rest in _KNOWN_RESTS)


def _log_rest(prev: str, line: str) -> bool:
    """``line`` has no log prefix and cannot start a record of its own, ``prev`` is a log line: in a log
    every record starts with its prefix, so ``line`` is the rest of ``prev``. A sentence under a kernel
    line is the person's words (kernel messages are short), unless the two hold a known kernel message."""
    if (not _is_log_line(prev) or _closing_tag(prev) or _is_log_line(line) or _NOT_CONTINUATION.match(line)
            or _ends_output(line)):
        return False
    return not (_PROSE.match(line) and _KERNEL_LINE.match(prev) and not _completes_kernel_message(prev, line))


def _completes_message(prev: str, line: str) -> bool:
    """Joined, the two lines hold a known message (signatures.py) that neither holds alone:
    "insmod: ERROR: could not insert module x.ko: Operation not" + "permitted"."""
    from wwandoctor.signatures import patterns_in
    return any(not pattern.search(prev) and not pattern.search(line)
               for pattern in patterns_in(prev + " " + line))


def _completes_kernel_message(prev: str, line: str) -> bool:
    """Joined, a kernel line and the line under it hold a known message that neither holds alone: one of
    signatures.py, or a kernel row of data/log-signatures.csv ("... Cannot set pass through mode" +
    "on non ip device", qmi_wwan.c)."""
    from wwandoctor.logs import signature_patterns
    if _completes_message(prev, line):
        return True
    joined = prev + " " + line
    return any(p.search(joined) and not p.search(prev) and not p.search(line) for p in signature_patterns())


_COLUMN = regex_cache.compile(r"(?<=\S)(?: {2,}|\t)(?=\S)")


def _aligned(prev: str, line: str) -> bool:
    """Rows of a table: a gap of spaces starts or ends at the same column in both lines
    ("key    : value", right-aligned names), or their first "key: " ends there (resolvectl)."""
    columns = {i for m in _COLUMN.finditer(prev) for i in m.span()}
    if any(m.start() in columns or m.end() in columns for m in _COLUMN.finditer(line)):
        return True
    colon = prev.find(": ")
    return colon > 0 and line.find(": ") == colon


def hard_wrap(head: list) -> Optional[_Unwrapper]:
    """The unwrapper of a paste whose first lines were hard-wrapped, or None when they were not.
    It knows the record starts of those lines already, also of the lines after the first cuts."""
    text = [ln for ln in head if type(ln) is str]
    spaced = [len(ln) for ln in _paragraphs_code_text(text) if " " in ln[1:WRAP_WIDTH_MIN]]
    width = max(spaced, default=0)
    if not WRAP_WIDTH_MIN <= width <= WRAP_WIDTH_MAX:
        return None
    unwrapper = _Unwrapper(width, measured=len(spaced) >= WRAP_SPACED_LINES)
    pairs = list(zip([""] + text, text))
    for prev, line in pairs:
        unwrapper.learn(prev, line)
    # a prompt's command is followed by its output, which can start with any word: no evidence
    cuts = sum(1 for prev, line in pairs if unwrapper.is_rest(prev, line) and prompt_command(prev) is None)
    unwrapper.confirm = cuts < WRAP_EVIDENCE or len(spaced) < WRAP_SPACED_LINES
    unwrapper.known_only = cuts == 0
    return unwrapper


def _rejoin(lines: Iterable, unwrapper: _Unwrapper, double_spaced: bool = False) -> Iterator:
    """``lines`` with the rests of lines cut at the wrap width joined back to them (as a _Joined line). In a
    ``double_spaced`` paste the blank line between a line and its rest is the spacing: it is dropped."""
    held: Optional[str] = None
    piece = ""  # the last input line of ``held`` ("": none, the next line starts something)
    gap: List[str] = []  # the blank line read after ``held`` in a double-spaced paste
    for line in lines:
        if type(line) is NoiseRun:
            yield from _held(held, gap)
            held, piece, gap = None, "", []
            yield line
            continue
        if double_spaced and held is not None and not gap and not line.strip():
            gap = [line]
            continue
        if unwrapper.is_rest(piece, line, held) and held is not None:
            joined = _Joined(held + " " + line.lstrip())
            joined.pieces = getattr(held, "pieces", 1) + len(gap) + 1
            held, piece, gap = joined, line, []
            continue
        yield from _held(held, gap)
        held, piece, gap = line, line, []
    yield from _held(held, gap)


def _held(held: Optional[str], gap: List[str]) -> Iterator[str]:
    if held is not None:
        yield held
    yield from gap


def _is_double_spaced(head: list) -> bool:
    filled = adjacent = 0
    previous = False
    for line in head:
        full = type(line) is not str or (bool(line.strip()) and not _FENCE.match(line))
        if full:
            filled += 1
            adjacent += previous
        previous = full
    return filled >= DOUBLE_SPACED_MIN_LINES and adjacent <= DOUBLE_SPACED_MAX_ADJACENT * filled


def split(lines: Iterable[str], name: str = "-", on_command: Optional[Callable[[str], None]] = None,
          on_prompt: Optional[Callable[[str], None]] = None) -> Iterator[Block]:
    """Yield the blocks of a paste, given its lines (with or without line endings); ``on_command``
    is called with every prompt's whole command, also one that printed nothing, ``on_prompt`` with
    every prompt line (with or without a command)."""
    return _Splitter(name, on_command or (lambda cmd: None), on_prompt or (lambda line: None)).blocks(_Normalized(lines))


class _Splitter:
    """One paste's split: the block being built, and what the lines read so far left open."""

    def __init__(self, name: str, heard: Callable[[str], None], prompted: Callable[[str], None]) -> None:
        self.cur = _Builder(name)
        self.heard = heard  # called with every prompt's whole command
        self.prompted = prompted  # called with every prompt line
        self.continued = False  # the previous prompt line ended with "\"
        self.closed = False  # the previous line ended with a closing tag ("[/code]"): its block ends there
        self.blanks = 0  # blank lines just read
        self.number = 0  # input line number of the line read
        self.skipped = 0  # input lines of the previous line rejoined after its first

    def blocks(self, normalized: _Normalized) -> Iterator[Block]:
        for line in normalized:
            if self.closed:
                yield from _taken(self.cur)
                self.closed = False
            if type(line) is NoiseRun:
                yield from self._noise(line)
            else:
                yield from self._line(line, normalized.double_spaced)
        yield from _taken(self.cur)

    def _noise(self, run: NoiseRun) -> Iterator[Block]:
        self.number += self.skipped
        self.skipped = 0
        yield from _hold(self.cur, run, self.number + 1)
        self.number += len(run)
        self.continued = False
        self.blanks = 0

    def _line(self, line: str, double_spaced: bool) -> Iterator[Block]:
        self.number += self.skipped + 1
        pieces = line.pieces if type(line) is _Joined else 1
        self.skipped = pieces - 1
        if "[" in line or "<" in line or "```" in line or "~~~" in line:
            line, opened, self.closed = _without_tags(line)
            if opened:
                yield from self._end_output()
            if (opened or self.closed) and not line.strip():
                return
        if self.continued:
            self._continue_command(line)
            return
        if _FENCE.match(line) or _BARE_PROMPT.match(line):  # an empty prompt ends the output above it
            self.prompted(line)
            yield from self._end_output()
            return
        cmd = prompt_command(line)
        if cmd is not None:
            self.prompted(line)
            yield from _taken(self.cur)
            output = _OUTPUT_ON_PROMPT_LINE.match(cmd)
            self._command(output.group("cmd") if output else cmd)
            self.cur.command_indent = len(_lead(line))
            if output:
                self.cur.add(output.group("out"), self.number, pieces)
            elif not _PROMPT.match(line) and not _TRACE.match(line) and not repl.PROMPT.match(line):
                # a command without a prompt stays a line of its block too: what it names (the port it opens) is
                # read even when the post shows no output under it
                self.cur.add(line, self.number, pieces)
            return
        if not line.strip():
            self.blanks += 1
            if not (double_spaced and self.blanks < 2):
                yield from _taken(self.cur)
            return
        self.blanks = 0
        if self.cur.full():
            yield from _taken(self.cur)
        self.cur.add(line, self.number, pieces)

    def _end_output(self) -> Iterator[Block]:
        """The block read so far ends, and the lines after it are no command's output."""
        yield from _taken(self.cur)
        self.cur.command = None

    def _command(self, cmd: str) -> None:
        """A prompt's command (maybe continued with "\" on the next line) starts a block of its output."""
        self.continued = cmd.endswith("\\")
        self.cur.command = cmd.rstrip("\\").strip()
        if not self.continued:
            self.heard(self.cur.command)

    def _continue_command(self, line: str) -> None:
        self.cur.command = (self.cur.command or "") + " " + line.strip().rstrip("\\").strip()
        self.continued = line.rstrip().endswith("\\") or not line.strip()
        if not self.continued:
            self.heard(self.cur.command)


def _taken(cur: _Builder) -> Iterator[Block]:
    """The block ``cur`` holds, if it holds one (not only blank lines); ``cur`` starts a new one."""
    block = cur.take()
    if block:
        yield block


def _without_tags(line: str) -> Tuple[str, bool, bool]:
    """(``line`` without bbcode/HTML code tags at its start and end, a tag opened, a tag closed)."""
    opened = _TAG_OPEN.match(line)
    if opened:
        line = line[opened.end():]
    closed = _closing_tag(line)
    if closed:
        line = line[:closed.start()]
    return line, bool(opened), bool(closed)


def _closing_tag(line: str) -> Optional["re.Match"]:
    """The code tag or fence that ends ``line`` (_TAG_CLOSE); a fence only where the line holds no other."""
    closed = _TAG_CLOSE.search(line)
    if closed and closed.group(0).lstrip()[:1] in "`~" and re.search("```|~~~", line[:closed.start()]):
        return None
    return closed


def _hold(cur: _Builder, run: NoiseRun, number: int) -> Iterator[Block]:
    """Add held-back noise to the current block, cutting blocks at MAX_BLOCK_LINES as lines would."""
    while run:
        if cur.full():
            block = cur.take()
            if block:
                yield block
        room = MAX_BLOCK_LINES - cur.count
        part = run if len(run) <= room else NoiseRun(run[:room])
        cur.hold(part, number)
        number += len(part)
        run = NoiseRun(run[len(part):])
