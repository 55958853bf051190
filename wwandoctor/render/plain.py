"""The terminal format (``--format text``) without rich, for machines that lack it.

The same sections, words and order as ``render/terminal.py`` draws with rich
(verdict, modems with their configuration tree, findings, undecided checks,
sources that could not be read, notes), laid out with ``textwrap``: no
colours, 100 columns off a terminal, the terminal's width on one. Used by
``render.render`` when ``import rich`` fails.
"""
from __future__ import annotations

import shutil
import textwrap
from typing import Any, Dict, List, Tuple

from wwandoctor.render import (clean, cut_line, file_shown, finding_meta, FINDINGS_HEADING, is_terminal, NO_MODEM, sources_not_ok, summary_rows,
                               text_parts, tree_lines, unredacted_warning, write_text)

PIPE_WIDTH = 100
# rich's Tree guides (rich/tree.py), so both renderers draw the same tree
TREE_LAST, TREE_FORK, TREE_LINE, TREE_SPACE = "└── ", "├── ", "│   ", "    "


class Page:
    """Lines of plain text, wrapped at ``width``."""

    def __init__(self, width: int):
        self.width = width
        self.lines: List[str] = []

    def blank(self) -> None:
        self.lines.append("")

    def raw(self, text: str) -> None:
        """Verbatim lines (log lines, commands): never wrapped, as rich's ``soft_wrap=True``."""
        self.lines.extend(text.split("\n"))

    def para(self, text: str, indent: str = "") -> None:
        """Wrapped text, every line indented by ``indent``."""
        self.hang(indent, text, indent)

    def hang(self, prefix: str, text: str, rest: str = "") -> None:
        """``prefix`` then ``text`` wrapped, later lines indented to the prefix width (rich's grid)."""
        rest = rest or " " * len(prefix)
        width = max(self.width - len(rest), 20)
        out: List[str] = []
        for line in text.split("\n"):
            # a word longer than the line stays whole (rich cuts it with "…"): commands must stay copyable
            out += textwrap.wrap(line, width, break_on_hyphens=False, break_long_words=False) or [""]
        self.lines.append((prefix + out[0]).rstrip())
        self.lines.extend((rest + line).rstrip() for line in out[1:])


def _verdict(page: Page, report: Dict[str, Any]) -> None:
    warning = unredacted_warning(report)
    if warning:
        page.hang("Warning: ", clean(warning).strip())
    page.para("Verdict: " + clean(report.get("verdict")))
    page.blank()


def _modem(page: Page, modem: Dict[str, Any]) -> None:
    rows = summary_rows(modem)
    page.para(clean(rows[0][1]))
    label_width = max(len(label) for label, _ in rows[1:])
    for label, value in rows[1:]:
        page.hang("  %s    " % label.ljust(label_width), clean(value))
    lines = tree_lines(modem)
    if lines:
        page.raw("USB configurations")
        page.raw("\n".join(_tree(lines)))
    page.blank()


def _tree(lines: List[Tuple[int, str]]) -> List[str]:
    """(depth, text) rows drawn with tree guides: a row is last when no later row shares its parent."""
    out = []
    for i, (depth, text) in enumerate(lines):
        guides = ""
        for level in range(depth + 1):
            last = _is_last(lines, i, level)
            if level == depth:
                guides += TREE_LAST if last else TREE_FORK
            else:
                guides += TREE_SPACE if last else TREE_LINE
        out.append(guides + text)
    return out


def _is_last(lines: List[Tuple[int, str]], index: int, level: int) -> bool:
    """Whether the ancestor of row ``index`` at ``level`` is the last child of its parent."""
    for depth, _ in lines[index + 1:]:
        if depth < level:
            return True
        if depth == level:
            return False
    return True


def _finding(page: Page, n: int, f: Dict[str, Any]) -> None:
    sev = str(f.get("severity"))
    page.hang("%d. %s  " % (n, sev.upper()), clean(f.get("title")))
    page.para(finding_meta(f), "   ")
    if f.get("message"):
        page.para(clean(f["message"]).strip(), "   ")
    if f.get("evidence"):
        page.raw("   Evidence:")
        for e in f["evidence"]:
            page.raw("     [%s] %s" % (clean(e.get("source")), clean(e.get("text"))))
    for i, step in enumerate(f.get("fix") or [], 1):
        _fix_step(page, i, step)
    page.blank()


def _fix_step(page: Page, i: int, step: Dict[str, Any]) -> None:
    page.hang("   Fix %d: " % i, clean(step.get("title")).strip())
    if step.get("safety"):
        page.hang("     safety: ", clean(step["safety"]).strip())
    for cmd in step.get("commands") or []:
        for j, line in enumerate(clean(cmd).split("\n")):
            page.raw(("       $ " if j == 0 else "         ") + line)
    if step.get("file") and not file_shown(step):
        page.raw("     file " + clean(step["file"]))
        for line in (step.get("content") or "").rstrip("\n").split("\n"):
            page.raw("       " + clean(line))


def _undecided(page: Page, report: Dict[str, Any]) -> None:
    items = report.get("undecided") or []
    if not items:
        return
    page.raw("Could not be decided (these commands would settle it):")
    for u in items:
        unknown = ", ".join(u.get("unknown") or []) or "facts"
        page.hang("  - ", "%s (%s, %s): unknown %s" % (clean(u.get("title")), clean(u.get("rule")),
                                                       clean(u.get("subject") or "host"), clean(unknown)))
        for seen in u.get("seen") or []:
            page.hang("      seen: ", clean(seen))
        for cmd in u.get("settle") or []:
            page.raw("      $ " + clean(cmd))
    page.blank()


def _sources(page: Page, report: Dict[str, Any]) -> None:
    bad = sources_not_ok(report)
    if not bad:
        return
    page.raw("Sources that could not be read:")
    for name, status, detail in bad:
        page.hang("  - ", "%s: %s%s" % (name, status, " (%s)" % detail if detail else ""))
    page.blank()


def _notes(page: Page, report: Dict[str, Any]) -> None:
    for note in report.get("notes") or []:
        page.para("Note: " + clean(note))
    for block in report.get("unrecognized") or []:
        first = clean(block).split("\n")[0]
        page.raw("Not understood: %s" % cut_line(first))


def _no_modem(page: Page) -> None:
    page.raw(NO_MODEM)
    page.blank()


def _findings_heading(page: Page) -> None:
    page.raw(FINDINGS_HEADING)


def _log_note(page: Page, note: str) -> None:
    page.para(note)


PARTS = {"verdict": _verdict, "no_modem": _no_modem, "modem": _modem, "findings_heading": _findings_heading,
         "finding": _finding, "undecided": _undecided, "sources": _sources, "notes": _notes, "log_note": _log_note}


def render_text(report: Dict[str, Any], width: int = PIPE_WIDTH) -> str:
    page = Page(width)
    for part, args in text_parts(report):
        PARTS[part](page, *args)
    return "\n".join(page.lines) + "\n"


def render(report: Dict[str, Any], stream) -> None:
    """Print the report on ``stream``: the terminal's width on a terminal, 100 columns elsewhere."""
    width = shutil.get_terminal_size((PIPE_WIDTH, 24)).columns if is_terminal(stream) else PIPE_WIDTH
    write_text(stream, render_text(report, width))
