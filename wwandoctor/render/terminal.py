"""The terminal format (``--format text``), drawn with rich.

Order: the verdict, per modem a summary (identity, mode, drivers, ports, the
tools that fit it) and a tree configurations -> interfaces -> drivers ->
ports, then the findings with evidence and fix steps, the checks that could
not be decided with the command that would settle each, and the sources
that could not be read. Example (non-terminal output)::

    Verdict: 1 problem found: QMI tools are used on a modem that Linux bound to cdc_mbim

    Dell DW5570 (413c:81a3) at USB port 1-7
      Mode            mbim

When the stream is not a terminal (a pipe, a file) the output has no escape
sequences and is 100 columns wide; on a terminal rich honours NO_COLOR and
TERM=dumb. All report text goes through ``rich.text.Text`` (never markup),
so a "[bold]" in a log line is printed as it is. Where rich is missing,
``render/plain.py`` draws the same report; keep the two in step
(tests/test_fallbacks.py compares them on every sample).
"""
from __future__ import annotations

import io
import os
from typing import Any, Dict

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from wwandoctor.render import (clean, cut_line, file_shown, finding_meta, FINDINGS_HEADING, is_terminal, NO_MODEM, sources_not_ok, summary_rows, tree_lines,
                               text_parts, unredacted_warning, write_text)

PIPE_WIDTH = 100
SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold blue"}


def make_console(stream, tty: bool) -> Console:
    """A console for ``stream``: plain text, 100 columns, unless ``stream`` is a terminal."""
    if not tty:
        return Console(file=stream, force_terminal=False, no_color=True, width=PIPE_WIDTH,
                       highlight=False, emoji=False, soft_wrap=False)
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(file=stream, no_color=no_color, highlight=False, emoji=False)


def _hang(console: Console, prefix: str, text: Any, style: str = "") -> None:
    """``prefix`` then ``text`` wrapped with a hanging indent under it."""
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(T(prefix), T(clean(text).strip(), style))
    console.print(grid)


def T(text: Any, style: str = "") -> Text:
    return Text(clean(text), style=style)


def _verdict(console: Console, report: Dict[str, Any]) -> None:
    warning = unredacted_warning(report)
    if warning:
        _hang(console, "Warning: ", warning, "bold yellow")
    has_problem = any(f.get("severity") in ("error", "warning") for f in report.get("findings") or [])
    console.print(Text.assemble(T("Verdict: ", "bold"), T(report.get("verdict"), "bold red" if has_problem else "bold")))
    console.print()


def _modem(console: Console, modem: Dict[str, Any]) -> None:
    rows = summary_rows(modem)
    console.print(T(rows[0][1], "bold"))
    table = Table(show_header=False, box=None, padding=(0, 2, 0, 2))
    table.add_column(style="dim", no_wrap=True)
    table.add_column()
    for label, value in rows[1:]:
        table.add_row(T(label), T(value))
    console.print(table)
    lines = tree_lines(modem)
    if lines:
        tree = Tree(T("USB configurations", "dim"))
        stack = [tree]
        for depth, text in lines:
            del stack[depth + 1:]
            node = stack[-1].add(T(text))
            stack.append(node)
        console.print(tree)
    console.print()


def _finding(console: Console, n: int, f: Dict[str, Any]) -> None:
    sev = str(f.get("severity"))
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(Text.assemble(T("%d. " % n), T(sev.upper(), SEVERITY_STYLE.get(sev, "bold")), T("  ")),
                 T(f.get("title"), "bold"))
    console.print(grid)
    console.print(Padding(T(finding_meta(f), "dim"), (0, 0, 0, 3)))
    if f.get("message"):
        console.print(Padding(T(clean(f["message"]).strip()), (0, 0, 0, 3)))
    if f.get("evidence"):
        console.print(T("   Evidence:", "bold"))
        for e in f["evidence"]:
            console.print(T("     [%s] %s" % (clean(e.get("source")), clean(e.get("text")))), soft_wrap=True)
    for i, step in enumerate(f.get("fix") or [], 1):
        _fix_step(console, i, step)
    console.print()


def _fix_step(console: Console, i: int, step: Dict[str, Any]) -> None:
    _hang(console, "   Fix %d: " % i, step.get("title"))
    if step.get("safety"):
        _hang(console, "     safety: ", step["safety"])
    for cmd in step.get("commands") or []:
        for j, line in enumerate(clean(cmd).split("\n")):
            console.print(T(("       $ " if j == 0 else "         ") + line, "cyan"), soft_wrap=True)
    if step.get("file") and not file_shown(step):
        console.print(Text.assemble(T("     file ", "dim"), T(step["file"], "bold")))
        for line in (step.get("content") or "").rstrip("\n").split("\n"):
            console.print(T("       " + clean(line), "cyan"), soft_wrap=True)


def _undecided(console: Console, report: Dict[str, Any]) -> None:
    items = report.get("undecided") or []
    if not items:
        return
    console.print(T("Could not be decided (these commands would settle it):", "bold"))
    for u in items:
        unknown = ", ".join(u.get("unknown") or []) or "facts"
        _hang(console, "  - ", "%s (%s, %s): unknown %s" % (clean(u.get("title")), clean(u.get("rule")),
                                                             clean(u.get("subject") or "host"), clean(unknown)))
        for seen in u.get("seen") or []:
            _hang(console, "      seen: ", clean(seen))
        for cmd in u.get("settle") or []:
            console.print(T("      $ " + clean(cmd), "cyan"), soft_wrap=True)
    console.print()


def _sources(console: Console, report: Dict[str, Any]) -> None:
    bad = sources_not_ok(report)
    if not bad:
        return
    console.print(T("Sources that could not be read:", "bold"))
    for name, status, detail in bad:
        _hang(console, "  - ", "%s: %s%s" % (name, status, " (%s)" % detail if detail else ""))
    console.print()


def _notes(console: Console, report: Dict[str, Any]) -> None:
    for note in report.get("notes") or []:
        console.print(T("Note: " + clean(note), "dim"))
    for block in report.get("unrecognized") or []:
        first = clean(block).split("\n")[0]
        console.print(T("Not understood: %s" % cut_line(first), "dim"), soft_wrap=True)


def render(report: Dict[str, Any], stream) -> None:
    """Print the report on ``stream``; off a terminal, as plain text without trailing blanks."""
    if is_terminal(stream):
        _render(report, make_console(stream, True))
        return
    buf = io.StringIO()
    _render(report, make_console(buf, False))
    write_text(stream, "\n".join(line.rstrip() for line in buf.getvalue().split("\n")))


def _no_modem(console: Console) -> None:
    console.print(T(NO_MODEM))
    console.print()


def _findings_heading(console: Console) -> None:
    console.print(T(FINDINGS_HEADING, "bold"))


def _log_note(console: Console, note: str) -> None:
    console.print(T(note, "dim"))


PARTS = {"verdict": _verdict, "no_modem": _no_modem, "modem": _modem, "findings_heading": _findings_heading,
         "finding": _finding, "undecided": _undecided, "sources": _sources, "notes": _notes, "log_note": _log_note}


def _render(report: Dict[str, Any], console: Console) -> None:
    for part, args in text_parts(report):
        PARTS[part](console, *args)
