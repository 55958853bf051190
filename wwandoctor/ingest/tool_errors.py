"""Output of helper tools without a parser of their own, and generic error lines.

Real samples::

    ubuntu@ubuntu:~$ qmi-firmware-update --update-qdl -d 1199:9078 SWI9X30C_02.30.01.01.cwe ...
    error: error creating device: error opening serial device: Permission denied

    error: error creating device: HDLC trailing control character not found

AT command sessions (minicom, picocom, microcom, atinout, "echo AT... > /dev/ttyUSB2")::

    AT+CPIN?
    +CME ERROR: 10
    AT+QCFG="usbnet"
    +QCFG: "usbnet",0
    OK

are kept whole as LogLines with origin "at" (the modem's answers are what rules match), and
AT commands are recorded as a tool the person uses.

Under a prompt naming qmi-firmware-update, usb_modeswitch, uqmi, umbim,
qmi-proxy or mbim-proxy every output line is that tool's and is kept as a
LogLine with the tool as origin (uqmi and umbim are also recorded as tools
the person connects with). Without such a prompt only error-looking lines
are claimed: "error: ...", "Cannot open device file '/dev/cdc-wdm0':
Permission denied", "Device or resource busy", "sudo: qmicli: command not
found" (origin "shell")...
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest import kernel_log, lsusb, quectel_cm, quoted_log
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import add_tool, command_tool, plain_quotes, source_read, tool_line
from wwandoctor.sentences import has_words, is_sentence, is_written
from wwandoctor.snapshot import Snapshot

KIND = "tool-errors"
PRIORITY = 170

# Tools whose whole output this parser keeps; the value is the cli.KNOWN_TOOLS name, if any.
OWN_TOOLS = {"qmi-firmware-update": None, "usb_modeswitch": None, "uqmi": "uqmi", "umbim": "umbim",
             "qmi-proxy": None, "mbim-proxy": None, "qmi-firmware-update-helper": None}
COMMANDS = tuple(OWN_TOOLS)  # what it reads
_ERROR = regex_cache.compile(
    r"^(?:error|warning|fatal|critical)\s*:|^\S+: (?:error|warning)\s*:|Permission denied|Operation not permitted|"
    r"Device or resource busy|No such file or directory|command not found|Cannot open device file|"
    r"Transaction timed out|endpoint hangup|couldn't open|not found|timed out|No such device|"
    r"Input/output error|Invalid argument|Resource temporarily unavailable|[Ff]ailed|Killed|Segmentation fault|"
    r"^\(\S+:\d+\): \S+-(?:WARNING|CRITICAL|ERROR) \*\*", re.I)
_TOOL_NAMED = regex_cache.compile(r"^(?:sudo: |-?(?:ba|z|da)?sh: )?([\w.-]+): ")
_MODESWITCH = regex_cache.compile(r"^Look for (?:default|target) devices|^Found devices in default mode|"
                                  r"^No devices in default mode found|^-> Run lsusb to note any changes")


# An AT command as typed ("AT", "ATI", "at+cpin?", 'AT+QCFG="usbnet",0', "AT!RESET", "AT^SETPORT?")
_AT_COMMAND = regex_cache.compile(r"^AT(?:[+!^$#&%*][A-Z][\w\"=?,.:;&+-]*|[A-Z]\d*|D[\d*#+,;]+)?\s*$", re.I)
# A modem's answer: a final result code or an information response ("+CPIN: READY", "^SYSINFO: ...")
_AT_ANSWER = regex_cache.compile(r"^(?:OK|ERROR|NO CARRIER|RDY|\+CM[ES] ERROR: .+|[+^$!#*][A-Z][A-Z0-9]*: ?.*)\s*$")
# Unsolicited lines of a module's start-up that carry no "+X:" prefix (Quectel "RDY"; SIMCom "SMS DONE",
# "PB DONE", SIM800 "Call Ready" / "SMS Ready")
_AT_URC_WORDS = regex_cache.compile(r"^(?:SMS DONE|PB DONE|Call Ready|SMS Ready)\s*$")
_TERMINAL = regex_cache.compile(r"^(?:Welcome to minicom|OPTIONS:|Compiled on|Port /dev/\S+|Press CTRL-A|Terminal ready|"
                                r"picocom v|port is\s|flowcontrol|baudrate is|Type \[C-a\])")


# What terminal programs and serial scripts print before each line of an AT exchange: a direction
# word ("Send:", "Recieve:" [sic, as such tools print it], "TX:", "RX:") or an arrow (">>", "<<", "-->").
_TRANSCRIPT_PREFIX = regex_cache.compile(r"^(?:(?:Send|Sent|Recieve|Receive|Received|Recv|Rcv|Tx|Rx|Command|Response|Reply)\s*:"
                                         # the same words in brackets ("[TX] AT+CPIN?", "[RX] ERROR")
                                         r"|\[(?:Send|Sent|Recieve|Receive|Received|Recv|Rcv|Tx|Rx|Out|In)\]"
                                         # the Arduino IDE's serial monitor with time stamps on ("12:49:18.255 -> +CPIN: READY")
                                         r"|\d{1,2}:\d\d:\d\d\.\d{3}\s*->"
                                         r"|>>|<<|-->|<--|=>|<=|->|<-"
                                         # a single arrow before a space ("> AT+CPIN?", "< ERROR")
                                         r"|>(?=\s)|<(?=\s)"
                                         # the time stamp Quectel's QCOM terminal writes before every line of its log
                                         # ("[2022-01-05_16:49:40:689]+CME ERROR: 524"), quectel-CM's own
                                         r"|" + quectel_cm.STAMP + r")\s*", re.I)
# A line as a Python serial loop prints the bytes it read: b'+CREG: 0,3\r\n'
_BYTES_REPR = regex_cache.compile(r"""^b(['"])(.*?)(?:\\r|\\n)*\1$""")
# A line a logging library wraps in parentheses (Arduino modem libraries print the echo and the
# unsolicited lines they discard as "-> (+CPIN: READY)"): the modem's line inside
_WRAPPED = regex_cache.compile(r"^\((.+)\)$")


# the carriage return a log shows in caret notation at the end of a line (chat -v, less: "AT+CPIN?^M", "OK^M^M")
_CARET_CR = regex_cache.compile(r"(?:\^M)+$")


# A Python statement of a serial loop typed at its prompt (">>> ser.write(b'AT+CPIN?\r\n')", "r = ser.readlines()";
# the splitter takes ">>>" for quoting), and the AT command in its literal
_PYTHON_STATEMENT = regex_cache.compile(r"^(?:(?:>>>|\.\.\.)(?:\s|$)|(?:[A-Za-z_]\w*\s*=\s*)?[A-Za-z_][\w.]*\.\w+\(.*\)$)")
_SENT_AT = regex_cache.compile(r"""b?['"]\s*(AT[^'"\\]*)""", re.I)


def _at_text(line: str) -> str:
    """A line of an AT exchange without quotes' typography, without a transcript prefix, without the
    carriage returns shown as ^M, and without the bytes-literal or parentheses a script printed around it.
    A Python statement gives the AT command it sends, or nothing."""
    if _PYTHON_STATEMENT.match(line.strip()):
        sent = _SENT_AT.search(line)
        return sent.group(1).strip() if sent else ""
    text = _CARET_CR.sub("", _TRANSCRIPT_PREFIX.sub("", plain_quotes(line).strip(), count=1)).rstrip()
    as_bytes = _BYTES_REPR.match(text)
    if as_bytes:
        text = as_bytes.group(2).strip()
    wrapped = _WRAPPED.match(text)
    if wrapped and (_AT_COMMAND.match(wrapped.group(1)) or _AT_ANSWER.match(wrapped.group(1))):
        text = wrapped.group(1)
    return text


# the line ends inside a bytes literal that holds a whole exchange: b'AT+CPIN?\r\r\nERROR\r\n'
_BYTES_LINE_ENDS = regex_cache.compile(r"(?:\\r|\\n)+")
# the same as a str literal (a serial port opened in text mode): 'AT+CPIN?\r\r\nERROR\r\n'; only with a line end in it
_STR_REPR = regex_cache.compile(r"""^(['"])(.*?(?:\\r|\\n).*?)\1$""")
# what a serial loop prints for ser.readlines(): a Python list of the lines it read, bytes or str
# ([b'AT+CREG?\r\r\n', b'+CREG: 0,3\r\n', b'\r\n', b'OK\r\n'])
_LITERAL_LIST = regex_cache.compile(r"""^\[\s*b?(['"]).*(['"])\s*,?\s*\]$""")
_LITERAL_LIST_MAX = 8192  # characters: a longer line is not evaluated


def _split_literals(lines: List[str]) -> List[str]:
    """``lines`` with each literal a serial loop printed for several of the modem's lines at once split into
    those lines: a bytes or str literal (b'AT+CPIN?\\r\\r\\nERROR\\r\\n'), a list of them (``ser.readlines()``)."""
    out: List[str] = []
    for line in lines:
        parts = _list_items(line.strip()) or _literal_lines(line.strip())
        out.extend(parts if parts else [line])
    return out


def _literal_lines(text: str) -> List[str]:
    """The modem's lines in one bytes or str literal, when it holds more than one (or is a str literal)."""
    as_bytes = _BYTES_REPR.match(text)
    as_str = None if as_bytes else _STR_REPR.match(text)
    found = as_bytes or as_str
    parts = [p for p in _BYTES_LINE_ENDS.split(found.group(2)) if p.strip()] if found else []
    return parts if len(parts) > 1 or as_str else []


def _list_items(text: str) -> List[str]:
    """The modem's lines in a printed list of bytes or str literals; [] for anything else."""
    if len(text) > _LITERAL_LIST_MAX or not _LITERAL_LIST.match(text):
        return []
    import ast

    try:
        items = ast.literal_eval(text)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return []
    if not isinstance(items, list) or not all(isinstance(item, (str, bytes)) for item in items):
        return []
    joined = "".join(item.decode("latin-1") if isinstance(item, bytes) else item for item in items)
    return [part for part in re.split(r"[\r\n]+", joined) if part.strip()]


def _at_shape(lines: List[str]) -> str:
    """The shape of an AT exchange: "session" when the lines hold AT commands and answers;
    "answers" when they hold only commands, or only a modem's answers and start-up lines (a part
    of an AT session between blank lines: a terminal shows the CR LF around every answer as an
    empty line); "" otherwise."""
    texts = [text for text in map(_at_text, _split_literals(lines)) if text]
    commands = [bool(_AT_COMMAND.match(t)) for t in texts]
    if any(commands) and any(_AT_ANSWER.match(t) for t in texts):
        return "session"
    if texts and (all(commands) or all(_AT_ANSWER.match(t) or _AT_URC_WORDS.match(t) for t in texts)):
        return "answers"
    return ""


def detect(block: Block) -> int:
    at_shape = _at_shape(block.lines[:200])
    if at_shape:
        return 65 if at_shape == "session" else 40
    tool = command_tool(block.command)
    if tool in OWN_TOOLS:
        return 60
    lines = block.content(100)
    if any(_MODESWITCH.match(ln.strip()) for ln in lines):
        return 60
    errors = sum(1 for ln in lines if _ERROR.search(plain_quotes(ln)))
    if not errors:
        return 0
    return 35 if errors * 2 >= len(lines) else 15


def parse(block: Block, snap: Snapshot) -> List[str]:
    source = "paste:" + (block.name or "-")
    if _at_shape(block.lines[:200]):
        return _parse_at_session(block, snap, source)
    tool = command_tool(block.command)
    if tool not in OWN_TOOLS and any(_MODESWITCH.match(ln.strip()) for ln in block.lines[:100]):
        tool = "usb_modeswitch"
    own = tool in OWN_TOOLS
    if block.command and tool:
        tool_line(snap, tool, "$ " + block.command, source)
    if own and OWN_TOOLS[tool]:
        add_tool(snap, OWN_TOOLS[tool], ("$ " + block.command) if block.command else tool)
    left: List[str] = []
    for line in block.lines:
        text = plain_quotes(line).strip()
        if not text or text.startswith("[sudo] password for"):
            continue
        if "command not found" in text:  # the shell speaks, not the tool
            tool_line(snap, "shell", text, source)
        elif own and not is_sentence(text):  # a person's sentence under the output is left for the prose reader
            tool_line(snap, tool, text, source)
        elif _ERROR.search(text):
            named = _TOOL_NAMED.match(text)
            origin = tool or (named.group(1) if named and not named.group(1).lower().startswith(
                ("error", "warning")) else "tool")
            tool_line(snap, origin, text, source)
            if origin == "tool":   # a sentence with an error word may quote a kernel message
                quoted_log.lift(snap, text, source)
        else:
            left.append(line)
    source_read(snap, block, left, "paste:tool-errors")
    return left


def _kernel_line(text: str) -> bool:
    """A kernel log line with its prefix ("[    5.1] usb 1-1.3: New USB device found, ..."): no modem's answer."""
    _, message, prefixed = kernel_log.split_prefix(text)
    return prefixed and kernel_log.looks_like_kernel_message(message)


def _lsusb_line(text: str) -> bool:
    """An lsusb line pasted straight below a session ("Bus 001 Device 004: ID 1199:68e2 ..."): no modem's answer."""
    return bool(lsusb.BUS_RE.match(text) or lsusb.TREE_ROOT_RE.match(text))


def _person_line(text: str) -> bool:
    """A person's line among an AT session's: a sentence, or a run of four plain words ended like a sentence ("After the
    firmware upgrade to R07 the dial is refused, on R05 it worked:"), which a modem's answers (result codes, "+X: ..."
    and "Revision: ..." lines, "Call Ready") never hold. A microcontroller library's unpunctuated log line in the session
    ("Failed to restart modem, delaying 10s and retrying") stays in it, in its order."""
    return is_written(text) or (has_words(text) and text.rstrip().endswith(":"))


# OpenWrt's sms_tool sends the AT command its argument names and prints only the modem's reply ("sms_tool -d /dev/ttyUSB2
# at \"AT+CPIN?\"", luci-app-sms-tool's handleCommand('sms_tool', ['-d', port, 'at', atcmd])): the command is the block's
_SMS_TOOL_AT = regex_cache.compile(r"\bsms_tool\b.*?\sat\s+[\"']?(AT[^\"'\s]*)", re.I)


def _parse_at_session(block: Block, snap: Snapshot, source: str) -> List[str]:
    """Keep an AT session's commands and answers (origin "at"); terminal banners are dropped.

    A person's sentence written straight under an answer ("+CME ERROR: SIM not inserted" then "I tried
    several SIM cards") is no answer of the modem: it is left for the prose reader (:func:`_person_line`). So is a
    kernel log line or an lsusb line pasted straight above or below the session: it is left for its reader."""
    first = None
    left: List[str] = []
    sent = _SMS_TOOL_AT.search(block.command or "")
    if sent:
        first = sent.group(1)
        tool_line(snap, "at", first, source)
    for line in _split_literals(block.lines):
        text = _at_text(line)
        if not text or _TERMINAL.match(text):
            continue
        if (_person_line(text) or _kernel_line(text) or _lsusb_line(text)) and not (_AT_COMMAND.match(text) or _AT_ANSWER.match(text)):
            left.append(line)
            continue
        if first is None and _AT_COMMAND.match(text):
            first = text
        tool_line(snap, "at", text, source)
    add_tool(snap, "at", first or "AT session")
    snap.set_source("paste:tool-errors", "ok")
    return left
