"""The mail format: plain ASCII for mailing lists (libqmi-devel, ModemManager-devel).

Prose is wrapped at 72 columns and never indented by more than 3 spaces.
Verbatim text (log lines, evidence, commands, file contents) is indented by
exactly 4 spaces and never re-wrapped, so a reader can copy it as is.
Non-ASCII characters are transliterated ("Bjørn" -> "Bjorn", "—" -> "-")
or replaced by "?". Example::

    VERDICT: 1 problem found: QMI tools are used on a modem that Linux
    bound to cdc_mbim

    1. [ERROR] QMI tools are used on a modem that Linux bound to cdc_mbim
       rule mbim-config-qmi-tools, confidence high, subject usb:1-7
"""
from __future__ import annotations

import textwrap
import unicodedata
from typing import Any, Dict, List

from wwandoctor.render import (clean, cut_lines, file_shown, finding_meta, log_line_text, modem_title, NO_MODEM, sources_not_ok,
                               summary_rows, tree_lines, unredacted_warning)

WIDTH = 72
VERBATIM = "    "
LOG_BUDGET = 20000  # characters of log excerpt in a mail

_ASCII = {
    "\u2014": "-", "\u2013": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2026": "...", "\u2192": "->", "\u2190": "<-", "\u21d2": "=>", "\u2264": "<=", "\u2265": ">=",
    "\u2260": "!=", "\u00d7": "x", "\u00b0": " deg", "\u00a0": " ", "\u2022": "*", "\u00b7": ".",
    "\u00f8": "o", "\u00d8": "O", "\u00e6": "ae", "\u00c6": "AE", "\u00df": "ss", "\u0142": "l",
    "\u0141": "L", "\u0111": "d", "\u0110": "D", "\u00f0": "d", "\u00fe": "th", "\u0153": "oe",
    "\u00b5": "u", "\u00a9": "(c)", "\u00ae": "(R)", "\u2122": "(TM)", "\u20ac": "EUR",
}


def ascii_text(text: Any) -> str:
    """``text`` in plain ASCII: control characters shown, letters transliterated, the rest "?"."""
    text = clean(text)
    text = "".join(_ASCII.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.encode("ascii", "replace").decode("ascii")


def prose(text: Any, indent: str = "", first: str = "") -> List[str]:
    """Wrapped prose; ``first`` replaces ``indent`` on the first line (a list marker)."""
    wrapper = textwrap.TextWrapper(width=WIDTH, initial_indent=first or indent, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False)
    return wrapper.wrap(ascii_text(text).replace("\n", " ")) or [(first or indent).rstrip()]


def verbatim(lines: List[str]) -> List[str]:
    return [(VERBATIM + ascii_text(part)).rstrip() for ln in lines for part in clean(ln).split("\n")]


def heading(title: str) -> List[str]:
    title = ascii_text(title)
    return [title, "-" * len(title), ""]


# --- sections ------------------------------------------------------------------

def _header(report: Dict[str, Any]) -> List[str]:
    tool = report.get("tool", {})
    title = "wwandoctor %s report" % tool.get("version", "")
    out = [ascii_text(title), "=" * len(title), ""]
    warning = unredacted_warning(report)
    if warning:
        out += prose("WARNING: " + warning) + [""]
    out += prose("VERDICT: %s" % report.get("verdict")) + [""]
    return out


def _finding(n: int, f: Dict[str, Any]) -> List[str]:
    first = "%d. " % n
    out = prose("[%s] %s" % (str(f.get("severity")).upper(), f.get("title")), " " * 3, first.ljust(3))
    out += prose(finding_meta(f), "   ") + [""]
    if f.get("message"):
        out += prose(f["message"], "   ") + [""]
    if f.get("evidence"):
        out += ["   Evidence:", ""]
        out += verbatim(["[%s] %s" % (e.get("source"), e.get("text")) for e in f["evidence"]]) + [""]
    for i, step in enumerate(f.get("fix") or []):
        out += _fix_step(chr(ord("a") + i % 26), step)
    return out


def _fix_step(letter: str, step: Dict[str, Any]) -> List[str]:
    out = prose("Fix %s) %s" % (letter, step.get("title")), "   ", "   ")
    if step.get("safety"):
        out += prose("Safety: %s" % step["safety"], "   ")
    if step.get("commands"):
        out += ["", "   Run:", ""] + verbatim(step["commands"])
    if step.get("file") and not file_shown(step):
        out += ["", "   In the file %s:" % ascii_text(step["file"]), ""]
        out += verbatim((step.get("content") or "").rstrip("\n").split("\n"))
    return out + [""]


def _findings(report: Dict[str, Any]) -> List[str]:
    findings = report.get("findings") or []
    out = heading("Findings")
    if not findings:
        return out + ["No rule fired.", ""]
    for n, f in enumerate(findings, 1):
        out += _finding(n, f)
    return out


def _undecided(report: Dict[str, Any]) -> List[str]:
    items = report.get("undecided") or []
    if not items:
        return []
    out = heading("Could not be decided")
    out += prose("These checks need facts the input did not show; the commands below would settle them.")
    out.append("")
    for u in items:
        unknown = ", ".join(u.get("unknown") or []) or "facts"
        out += prose("%s (rule %s, %s): unknown %s" % (u.get("title"), u.get("rule"), u.get("subject") or "host",
                                                      unknown), "  ", "- ")
        for seen in u.get("seen") or []:
            out += prose("seen: %s" % seen, "    ", "    ")
        out += verbatim(u.get("settle") or []) + [""]
    return out


def _modems(report: Dict[str, Any]) -> List[str]:
    modems = report.get("modems") or []
    out = heading("Modems")
    if not modems:
        return out + [NO_MODEM, ""]
    for m in modems:
        out += prose(modem_title(m)) + [""]
        for label, value in summary_rows(m)[1:]:
            out += prose("%s: %s" % (label, value), " " * 5, "  ")
        tree = tree_lines(m)
        if tree:
            out += ["", "  USB configurations:"] + verbatim(["  " * d + t for d, t in tree])
        out.append("")
    return out


def _sources(report: Dict[str, Any]) -> List[str]:
    bad = sources_not_ok(report)
    if not bad:
        return []
    out = heading("Sources that could not be read")
    for name, status, detail in bad:
        out += prose("%s: %s%s" % (name, status, " (%s)" % detail if detail else ""), "    ", "  - ")
    return out + [""]


def _raw(report: Dict[str, Any]) -> List[str]:
    out: List[str] = []
    notes = report.get("notes") or []
    if notes:
        out += heading("Notes")
        for note in notes:
            out += prose(note, "    ", "  - ")
        out.append("")
    log = [log_line_text(ln) for ln in report.get("log_excerpt") or []]
    if log:
        out += heading("Log excerpt") + verbatim(cut_lines(log, LOG_BUDGET)) + [""]
    for i, block in enumerate(report.get("unrecognized") or [], 1):
        out += heading("Input nobody understood (%d)" % i)
        out += verbatim(cut_lines(clean(block).split("\n"), LOG_BUDGET // 4)) + [""]
    return out


def render(report: Dict[str, Any]) -> str:
    lines = (_header(report) + _findings(report) + _undecided(report) + _modems(report)
             + _sources(report) + _raw(report))
    return "\n".join(ascii_text(ln) for ln in lines).rstrip("\n") + "\n"
