"""Renderers: the report dict (wwandoctor.report) as text, markdown, mail or json.

``render(report, fmt, stream)`` writes one format; ``render_to_string`` returns
it. Each format lives in its own module, imported only when used. ``text`` on
a terminal is drawn with rich (``render/terminal.py``); off a terminal (a pipe,
a file, ``--save``) and where rich is missing it is drawn by ``render/plain.py``,
which writes the same lines rich writes there without importing rich (~20 ms of
a ``check``; tests/test_fallbacks.py compares the two). The helpers below are
shared so that every format shows the same facts with the same words; none of
them imports rich.
"""
from __future__ import annotations

import importlib
import re
from typing import Any, Dict, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.modem_words import id_words, where_words

LINE_MAX = 400  # characters of one raw-data line before it is cut

FORMATS = {
    "text": "wwandoctor.render.terminal",
    "markdown": "wwandoctor.render.markdown",
    "mail": "wwandoctor.render.mail",
    "json": "wwandoctor.render.json_report",
}


def render(report: Dict[str, Any], fmt: str, stream) -> None:
    """Write ``report`` in format ``fmt`` (text, markdown, mail, json) to ``stream``."""
    module = renderer(fmt, stream)
    if fmt == "text":
        module.render(report, stream)
        return
    write_text(stream, module.render(report))


def write_text(stream, text: str) -> None:
    """Write ``text``; characters the stream's encoding lacks become "?" (e.g. an ASCII-only locale)."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding))
    stream.flush()


def render_to_string(report: Dict[str, Any], fmt: str) -> str:
    """The report in format ``fmt`` as a string (``text`` is rendered as for a non-terminal)."""
    if fmt == "text":
        return _plain().render_text(report)
    return _module(fmt).render(report)


def renderer(fmt: str, stream):
    """The module that draws format ``fmt`` on ``stream``: for ``text`` rich's on a terminal (when rich
    is installed), else the plain one."""
    if fmt != "text":
        return _module(fmt)
    return _module("text") if is_terminal(stream) else _plain()


def is_terminal(stream) -> bool:
    """Whether ``stream`` is a terminal (False for a closed stream or one without ``isatty``)."""
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # closed stream
        return False


def _plain():
    return importlib.import_module("wwandoctor.render.plain")


def _module(fmt: str):
    if fmt not in FORMATS:
        raise ValueError("unknown report format %r (known: %s)" % (fmt, ", ".join(FORMATS)))
    try:
        return importlib.import_module(FORMATS[fmt])
    except ImportError as exc:
        if fmt != "text" or not (exc.name or "").split(".")[0] == "rich":
            raise
        return _plain()  # no rich: the same report in plain text


# --- shared helpers ------------------------------------------------------------

_CONTROL = regex_cache.compile("[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def clean(text: Any) -> str:
    """``text`` as a string without control characters (ESC shows as ``^[``, as ``cat -v`` does)."""
    if text is None:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\t", "    ")
    return _CONTROL.sub(_caret, text)


def _caret(match) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return "^" + chr(code + 0x40)
    if code == 0x7f:
        return "^?"
    return "?"


def show(value: Any) -> str:
    """A model value for reading: None is "unknown", booleans are yes/no, lists are joined."""
    if value is None:
        return "unknown"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(clean(v) for v in value) if value else "none"
    return clean(value)


def modem_title(modem: Dict[str, Any]) -> str:
    """"Dell DW5570 (413c:81a3) at USB port 1-7", "MC7455 (named in the post; id 1199:9071 from the tables)", "the
    modem on cdc-wdm0 (no USB/PCI id in the input)"."""
    name = modem.get("name") or "unknown modem"
    ident = ""
    if modem.get("vid") or modem.get("pid"):
        ident = " (%s:%s)" % (modem.get("vid") or "????", modem.get("pid") or "????")
    ident_text = str(modem.get("id") or "")
    if ident_text.startswith("unidentified:"):  # anchored on a control port or ModemManager: no VID:PID seen
        return clean("%s (no USB/PCI id in the input)" % id_words(ident_text))
    if ident_text.startswith("named:"):  # only the post's words name it; an id comes from the tables
        known = modem.get("vid") and modem.get("pid")
        return clean("%s (named in the post%s)" % (name, "; id %s from the tables" % ident[2:-1] if known else ""))
    return clean(name + ident + where_words(ident_text, ident))


def _configs_text(modem: Dict[str, Any]) -> str:
    configs = modem.get("configs")
    active = modem.get("active_config")
    if configs is None:
        return _count_only(modem.get("details", {}).get("num_configs"), active)
    parts = []
    for c in configs:
        text = "%s: %s" % (c.get("value"), ", ".join(c.get("functions") or []) or "nothing known")
        if c.get("value") == modem.get("active_config"):
            text += " (active)"
        parts.append(text)
    if active is not None and active not in [c.get("value") for c in configs]:
        parts.append("active: %s" % active)
    return "; ".join(parts) or "none"


def _count_only(num: Optional[int], active: Any) -> str:
    """How many configurations, which is active, when what each offers is not known:
    "2 (active: 2; others unknown)"."""
    if num is None:
        return "unknown" if active is None else "unknown; active: %s" % active
    if active is None:
        return "%d (active unknown)" % num
    return "%d (active: %s%s)" % (num, active, "; others unknown" if num > 1 else "")


def _net_text(modem: Dict[str, Any]) -> str:
    ports = modem.get("net_ports")
    text = show(ports)
    framing = modem.get("details", {}).get("framing")
    if ports:
        text += " (framing %s)" % show(framing)
    return text


def _mm_text(details: Dict[str, Any]) -> str:
    if details.get("mm_known") is False:
        return "does not list this modem"
    if details.get("mm_state") is None:
        return "unknown"
    text = details["mm_state"]
    if details.get("mm_failed_reason"):
        text += " (%s)" % details["mm_failed_reason"]
    return clean(text)


def summary_rows(modem: Dict[str, Any]) -> List[Tuple[str, str]]:
    """The per-modem summary as (label, value) rows."""
    d = modem.get("details", {})
    mode = show(modem.get("protocol"))
    control = d.get("control_protocol")
    if control == "none":
        mode += " (no control port)"
    elif control not in (None, modem.get("protocol")):
        mode += " (control port speaks %s)" % clean(control)
    rows = [
        ("Modem", modem_title(modem)),
        ("Mode", mode),
        ("Configurations", _configs_text(modem)),
        ("Drivers", show(modem.get("drivers"))),
        ("Control ports", show(modem.get("control_ports"))),
        ("Net ports", _net_text(modem)),
        ("Serial ports", show(modem.get("serial_ports"))),
        ("ModemManager", _mm_text(d)),
        ("Your tools", show(d.get("tools")) if d.get("tools") else "none seen"),
        ("Tools that fit", show(d.get("fitting_tools"))),
    ]
    return rows


def tree_lines(modem: Dict[str, Any]) -> List[Tuple[int, str]]:
    """Configurations -> interfaces -> drivers -> ports as (depth, text); empty when nothing is known."""
    configs = modem.get("configs") or []
    active = modem.get("active_config")
    interfaces = modem.get("details", {}).get("interfaces")
    values = [c.get("value") for c in configs]
    if interfaces and active not in values:
        configs = list(configs) + [{"value": active, "functions": []}]
    lines: List[Tuple[int, str]] = []
    for c in configs:
        label = "configuration %s" % show(c.get("value"))
        if c.get("functions"):
            label += ": " + ", ".join(c["functions"])
        if c.get("value") == active:
            label += " (active)"
        lines.append((0, clean(label)))
        if c.get("value") == active:
            for iface in interfaces or []:
                lines.extend(_interface_lines(iface))
    if not configs and interfaces:
        for iface in interfaces:
            lines.extend((depth - 1, text) for depth, text in _interface_lines(iface))
    return lines


def _interface_lines(iface: Dict[str, Any]) -> List[Tuple[int, str]]:
    label = "interface %s" % show(iface.get("number"))
    if iface.get("triplet"):
        label += " (%s)" % iface["triplet"]
    driver = iface.get("driver")
    driver_text = "no driver bound" if driver == "" else "driver " + show(driver)
    lines = [(1, clean(label)), (2, clean(driver_text))]
    ports = iface.get("ports") or []
    if ports:
        lines.append((3, show(ports)))
    return lines


def file_shown(step: Dict[str, Any]) -> bool:
    """True when the step's commands already write its file (``sudo tee FILE <<'EOF'``), so the
    renderers need not show the file's content apart."""
    path = step.get("file")
    return bool(path) and any(re.match(r"sudo tee '?%s'? " % re.escape(path), cmd or "")
                              for cmd in step.get("commands") or [])


def sources_not_ok(report: Dict[str, Any]) -> List[Tuple[str, str, str]]:
    """(name, status, detail) of the sources that were not read (not-applicable is fine)."""
    out = []
    for name, st in sorted(report.get("sources", {}).items()):
        if st.get("status") not in ("ok", "not-applicable"):
            out.append((clean(name), clean(st.get("status")), clean(st.get("detail"))))
    return out


def finding_meta(finding: Dict[str, Any]) -> str:
    """"rule mbim-config-qmi-tools, cause ..., confidence high, modem usb:1-7"."""
    parts = ["rule %s" % finding.get("rule")]
    if finding.get("cause") and finding.get("cause") != finding.get("rule"):
        parts.append("cause %s" % finding["cause"])
    parts.append("confidence %s" % show(finding.get("confidence")))
    if finding.get("subject"):
        parts.append("subject %s" % finding["subject"])
    return clean(", ".join(parts))


def log_line_text(line: Dict[str, Any]) -> str:
    """One log excerpt line: the text, prefixed with its origin when it is not the kernel."""
    text = clean(line.get("text")).replace("\n", " ")
    origin = line.get("origin") or "kernel"
    return text if origin == "kernel" else "%s: %s" % (clean(origin), text)


def unredacted_warning(report: Dict[str, Any]) -> Optional[str]:
    if report.get("redacted"):
        return None
    return ("This report is NOT redacted: it may contain identifiers (IMEI, ICCID, serial numbers, "
            "addresses). Check it before publishing it.")


def plural(n: int, word: str, many: str = "") -> str:
    """"1 line", "2 lines" (``many`` for irregular plurals)."""
    return "%d %s" % (n, word if n == 1 else (many or word + "s"))


def log_excerpt_note(report: Dict[str, Any]) -> Optional[str]:
    """The text formats' line saying how many log lines were considered, or None without a log excerpt."""
    if not report.get("log_excerpt"):
        return None
    total = report.get("log_lines_total") or len(report["log_excerpt"])
    return "(%s %s considered; --format markdown shows them)" % (plural(total, "log line"),
                                                                 "was" if total == 1 else "were")


NO_MODEM = "No modem was seen."
FINDINGS_HEADING = "Findings (most likely cause first):"


def text_parts(report: Dict[str, Any]):
    """The parts of the text report in their order, as (part, arguments): plain.py and terminal.py
    each draw a part with their own function of that name."""
    yield "verdict", (report,)
    modems = report.get("modems") or []
    if not modems:
        yield "no_modem", ()
    for m in modems:
        yield "modem", (m,)
    findings = report.get("findings") or []
    if findings:
        yield "findings_heading", ()
        for n, f in enumerate(findings, 1):
            yield "finding", (n, f)
    yield "undecided", (report,)
    yield "sources", (report,)
    yield "notes", (report,)
    note = log_excerpt_note(report)
    if note:
        yield "log_note", (note,)


def cut_line(text: str, limit: int = LINE_MAX) -> str:
    """``text`` within ``limit`` characters: its start, and how much was cut."""
    if len(text) <= limit:
        return text
    return text[:limit] + " ... [%d characters cut]" % (len(text) - limit)


def cut_lines(lines: List[str], budget: int) -> List[str]:
    """``lines`` within about ``budget`` characters: the head and the tail, with a visible marker between.

    Lines longer than ``LINE_MAX`` (or than a third of a small budget) are cut too, keeping their
    start and saying how many characters were cut, so a long line never vanishes into the marker.
    """
    limit = min(LINE_MAX, max(40, budget // 3 - 40))
    lines = [cut_line(ln, limit) for ln in lines]
    if sum(len(ln) + 1 for ln in lines) <= budget:
        return lines
    head = _fit(lines, budget // 3)
    tail = _fit(list(reversed(lines[len(head):])), budget - budget // 3 - 40)[::-1]
    cut = len(lines) - len(head) - len(tail)
    return head + ["... %d more line%s cut ..." % (cut, "" if cut == 1 else "s")] + tail


def _fit(lines: List[str], budget: int) -> List[str]:
    """The leading lines that fit in ``budget`` characters."""
    out: List[str] = []
    used = 0
    for ln in lines:
        used += len(ln) + 1
        if used > budget:
            break
        out.append(ln)
    return out
