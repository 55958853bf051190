"""Output of libqmi's qmicli and libmbim's mbimcli: the reading both parsers share.

Both tools print the same frame::

    $ sudo mbimcli -d /dev/cdc-wdm0 --query-radio-state
    [/dev/cdc-wdm0] Radio state retrieved:
                 Hardware radio state: 'on'
    error: couldn't open the MbimDevice: Transaction timed out
    mbimcli 1.28.2
    Copyright (C) 2013-2022 Aleksander Morgado

:func:`read_output` keeps each output line as a LogLine (origin = the tool),
records the person as using the tool, its version, and returns the lines that
are not the tool's. A line is the tool's when the tool's own ``mine`` test
says so; after that, when the command names the tool, any output-shaped line
is; without the command only the fields of a response ("[/dev/...]" lines and
"Capitalised key: value" lines), so that output pasted right after it (dmesg,
ip addr, udhcpc, mmcli errors) is left for the other parsers.
"""
from __future__ import annotations

import re
from typing import Callable, List, Optional

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import add_tool, command_tool, plain_quotes, tool_line
from wwandoctor.sentences import is_long_prose, is_sentence
from wwandoctor.snapshot import Snapshot

PORT = regex_cache.compile(r"^\s*\[(/dev/[\w.-]+)\]")
# Output lines of a block whose command runs the tool: indented, "key: value", quoted, or one word.
_OUTPUT = regex_cache.compile(r"^\s+\S|^\s*(?:\[/dev/|error:|warning:)|:|'|^\s*\S+\s*$")
# Lines of a response when no command names the tool: "[/dev/..]" headers and "Capitalised key: value"
# fields, indented or not ("Downlink data aggregation protocol: 'disabled'", "Card [0]:"), not the
# lower-case lines of other outputs ("    link/ether ...", "    inet 10.0.0.2/30 ...").
_FIELD = regex_cache.compile(r"^\s*\[/dev/|^\s*[A-Z][\w()-]*(?: [A-Za-z][\w()/-]*)*(?: \[\d+\])?:(?:\s|$)")
# Lines that are some other output even inside the tool's block: kernel log lines "[ 7.73] ...".
_FOREIGN = regex_cache.compile(r"^\s*(?:<\d+>)?\[\s*\d+\.\d+\]")
# Lines a program signed with its syslog tag, with or without the syslog time and host ("ModemManager[2839]: <debug>
# ...", "Jun  3 14:39:16 host ModemManager[812]: ..."): the journal's, even in the tool's block and with its words.
_SIGNED = regex_cache.compile(r"^\s*(?:(?:[A-Z][a-z]{2}\s+\d+\s+\d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\S+)\s+[\w.-]+\s+)?"
                              r"[A-Za-z][\w.-]*\[\d+\]:\s")
_BOILERPLATE = regex_cache.compile(r"^\s*(?:Copyright|License|This is free software|There is NO WARRANTY)")
_NOISE = regex_cache.compile(r"^\s*\[sudo\] password for|^\s*$")
# A single upper-case word ("MBIM", "QMI", "AT") is a sysfs value (wwan port type), not tool output.
_LONE_WORD = regex_cache.compile(r"^\s*[A-Z0-9_]+\s*$")


def is_mine(specific, text: str) -> bool:
    """Does ``text`` hold one of the tool's ``specific`` phrases (and more than a lone word)?"""
    text = plain_quotes(text)
    return bool(specific.search(text)) and not _LONE_WORD.match(text)


def detect_score(block: Block, tool: str, mine: Callable[[str], bool], sure: int) -> int:
    """85 when the command runs ``tool``; ``sure`` when a third of the lines are the tool's, 45 for fewer, else 0."""
    if command_tool(block.command) == tool:
        return 85
    lines = block.content(100)
    hits = sum(1 for ln in lines if mine(ln) and not (is_sentence(ln) or is_long_prose(ln)))
    if not hits:
        return 0
    return sure if hits * 3 >= len(lines) else 45


def read_output(block: Block, snap: Snapshot, tool: str, mine: Callable[[str], bool],
                on_line: Optional[Callable[[str], None]] = None) -> List[str]:
    """Read ``block`` as ``tool``'s output into ``snap``; ``on_line(text)`` sees every line taken
    (quotes made ASCII). Returns the lines that are not the tool's."""
    source = "paste:" + (block.name or "-")
    cmd = plain_quotes(block.command or "")
    named = tool in cmd
    evidence = (tool + " " + cmd.split(tool, 1)[1].strip()) if named else None
    if named:
        tool_line(snap, tool, "$ " + cmd, source)
    version_re = re.compile(r"^\s*%s (\d+\.\d+[\w.~+-]*)\s*$" % re.escape(tool))
    left: List[str] = []
    for line in block.lines:
        if _NOISE.match(line):
            continue
        text = plain_quotes(line)
        version = version_re.match(text)
        if version or _BOILERPLATE.match(text):
            if version:
                snap.versions.setdefault(tool, version.group(1))
            continue
        if not _takes(text, mine, named, evidence is not None):
            left.append(line)
            continue
        tool_line(snap, tool, text, source)
        evidence = evidence or text.strip()
        if on_line is not None:
            on_line(text)
    if evidence and "--version" not in cmd:  # "qmicli --version" shows it installed, not used
        add_tool(snap, tool, evidence)
        snap.set_source("paste:" + tool, "ok")
    return left


def _takes(text: str, mine: Callable[[str], bool], named: bool, seen: bool) -> bool:
    """Is ``text`` the tool's? ``named``: the command runs the tool; ``seen``: a line of it came before.
    Another program's signed log line never is (the journal reader takes it); nor is a person's sentence, even
    one that names MBIM or a field ("I reinstalled the driver with USBCOMP=8 for MBIM."), nor a line with a run of
    six plain words and no program prefix ("The MBIM function has stopped answering on the control channel"), which
    the tools' own lines (prefixed "[/dev/cdc-wdm0] ", "error: ", "Field: ...") do not hold: it is left for the
    reader of the post's words (model.prose)."""
    if is_sentence(text) or is_long_prose(text) or _SIGNED.match(text):
        return False
    if mine(text):
        return True
    if _FOREIGN.match(text):
        return False
    if named:
        return bool(_OUTPUT.search(text))
    if PORT.match(text):
        return True
    return seen and bool(_FIELD.match(text))
