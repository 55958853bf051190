"""The markdown format, for bug trackers and forums (GitHub, GitLab, Discourse).

Verdict and findings come first; evidence and raw data sit in ``<details>``
blocks with a blank line after ``<summary>`` (without it GitHub does not
render the markdown inside). The whole report stays under ``LIMIT``
characters: long logs are cut in the middle at a visible marker
``... N more lines cut ...``. A report made with ``--no-redact`` carries a
warning at its top. Example::

    # wwandoctor report

    **Verdict: 1 problem found: QMI tools are used on a modem that Linux bound to cdc_mbim**

    ## Findings

    ### 1. ERROR: QMI tools are used on a modem that Linux bound to cdc_mbim
"""
from __future__ import annotations

import re
from typing import Any, Dict, List

from wwandoctor import regex_cache
from wwandoctor.render import (clean, cut_lines, plural, file_shown, finding_meta, log_line_text, modem_title, NO_MODEM, show, sources_not_ok,
                               summary_rows, tree_lines, unredacted_warning)

LIMIT = 60000
_INLINE_SPECIAL = regex_cache.compile(r"([\\`*\[\]<>|])")


def esc(text: Any) -> str:
    """Inline prose: markdown/HTML specials escaped, on one line."""
    return _INLINE_SPECIAL.sub(r"\\\1", clean(text).strip()).replace("\n", " ")


def code(text: Any) -> str:
    """An inline code span that survives backticks in ``text``."""
    text = clean(text).replace("\n", " ")
    ticks = "`" * (_longest_run(text, "`") + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return "%s%s%s%s%s" % (ticks, pad, text, pad, ticks)


def fence(lines: List[str], lang: str = "") -> List[str]:
    """A fenced code block longer than any backtick run inside."""
    body = [part for ln in lines for part in clean(ln).split("\n")]
    ticks = "`" * max(3, max((_longest_run(ln, "`") for ln in body), default=0) + 1)
    return [ticks + lang] + body + [ticks]


def _longest_run(text: str, ch: str) -> int:
    runs = re.findall(re.escape(ch) + "+", text)
    return max((len(r) for r in runs), default=0)


def details(summary: str, body: List[str]) -> List[str]:
    """A collapsed block; the blank line after </summary> is required for markdown inside."""
    return ["<details>", "<summary>%s</summary>" % esc(summary), ""] + body + ["", "</details>", ""]


# --- sections ------------------------------------------------------------------

def _header(report: Dict[str, Any]) -> List[str]:
    out = ["# wwandoctor report", ""]
    warning = unredacted_warning(report)
    if warning:
        out += ["> **Warning: %s**" % esc(warning), ""]
    out += ["**Verdict: %s**" % esc(report.get("verdict")), ""]
    tool = report.get("tool", {})
    origin = report.get("input", {}).get("origin")
    out += ["*%s %s, input: %s*" % (esc(tool.get("name")), esc(tool.get("version")), esc(show(origin))), ""]
    return out


def _finding(n: int, f: Dict[str, Any]) -> List[str]:
    out = ["### %d. %s: %s" % (n, esc(str(f.get("severity")).upper()), esc(f.get("title"))), "",
           "*%s*" % esc(finding_meta(f)), ""]
    if f.get("message"):
        out += [esc(clean(f["message"]).strip()), ""]
    if f.get("evidence"):
        body = fence(["[%s] %s" % (e.get("source"), e.get("text")) for e in f["evidence"]])
        out += details("Evidence (%s)" % plural(len(f["evidence"]), "line"), body)
    if f.get("fix"):
        out += ["**Fix**", ""]
        for i, step in enumerate(f["fix"], 1):
            out += _fix_step(i, step)
    return out


def _fix_step(i: int, step: Dict[str, Any]) -> List[str]:
    out = ["%d. %s" % (i, esc(step.get("title")))]
    if step.get("safety"):
        out += ["", "   Safety: %s" % esc(step["safety"])]
    if step.get("commands"):
        out += [""] + ["   " + ln for ln in fence(step["commands"], "sh")]
    if step.get("file") and not file_shown(step):
        out += ["", "   In the file %s:" % code(step["file"])]
        content = (step.get("content") or "").rstrip("\n").split("\n")
        out += [""] + ["   " + ln for ln in fence(content)]
    return out + [""]


def _findings(report: Dict[str, Any], budget: int = LIMIT) -> List[str]:
    """The findings in order; those past ``budget`` characters are cut with a visible marker."""
    findings = report.get("findings") or []
    out = ["## Findings", ""]
    if not findings:
        return out + ["No rule fired.", ""]
    used = 0
    for n, f in enumerate(findings, 1):
        lines = _finding(n, f)
        used += sum(len(ln) + 1 for ln in lines)
        if used > budget and n > 1:
            out += ["... %d more %s cut (the json report has them all) ..." % (
                len(findings) - n + 1, "finding" if len(findings) - n + 1 == 1 else "findings"), ""]
            break
        out += lines
    return out


def _undecided(report: Dict[str, Any]) -> List[str]:
    items = report.get("undecided") or []
    if not items:
        return []
    out = ["## Could not be decided", "",
           "These checks need facts the input did not show; the commands would settle them.", ""]
    for u in items:
        out.append("- **%s** (%s, %s): unknown %s" % (
            esc(u.get("title")), code(u.get("rule")), esc(u.get("subject") or "host"),
            ", ".join(code(x) for x in u.get("unknown") or []) or "facts"))
        out += ["  - seen: %s" % esc(seen) for seen in u.get("seen") or []]
        out += ["  - run %s" % code(cmd) for cmd in u.get("settle") or []]
    return out + [""]


def _modems(report: Dict[str, Any]) -> List[str]:
    modems = report.get("modems") or []
    out = ["## Modems", ""]
    if not modems:
        return out + [NO_MODEM, ""]
    for m in modems:
        out += ["### %s" % esc(modem_title(m)), "", "| | |", "|---|---|"]
        out += ["| %s | %s |" % (esc(label), esc(value)) for label, value in summary_rows(m)[1:]]
        out.append("")
        tree = tree_lines(m)
        if tree:
            out += ["%s- %s" % ("  " * depth, esc(text)) for depth, text in tree]
            out.append("")
    return out


def _host(report: Dict[str, Any]) -> List[str]:
    h = report.get("host") or {}
    rows = [("Kernel", show(h.get("kernel_release"))),
            ("WWAN rfkill", "soft blocked: %s, hard blocked: %s" % (show(h.get("rfkill_wwan_soft")),
                                                                 show(h.get("rfkill_wwan_hard")))),
            ("ModemManager", "running: %s, version: %s" % (show(h.get("mm_running")), show(h.get("mm_version")))),
            ("Tools seen", show(h.get("tools")) if h.get("tools") else "none")]
    return ["## Host", "", "| | |", "|---|---|"] + ["| %s | %s |" % (esc(a), esc(b)) for a, b in rows] + [""]


def _sources(report: Dict[str, Any]) -> List[str]:
    bad = sources_not_ok(report)
    if not bad:
        return []
    out = ["## Sources that could not be read", "", "| Source | Status | Detail |", "|---|---|---|"]
    out += ["| %s | %s | %s |" % (esc(n), esc(s), esc(d)) for n, s, d in bad]
    return out + [""]


def _raw(report: Dict[str, Any], budget: int) -> List[str]:
    """Log excerpt, unrecognized input and notes, within ``budget`` characters."""
    parts = []
    log = [log_line_text(ln) for ln in report.get("log_excerpt") or []]
    total = report.get("log_lines_total") or len(log)
    unrec = [ln for block in report.get("unrecognized") or [] for ln in clean(block).split("\n") + [""]]
    notes = [clean(n) for n in report.get("notes") or []]
    if notes:
        parts.append(("Notes (%d)" % len(notes), notes))
    if log:
        if total > len(log):
            log = log + ["... (the report kept %d of %s)" % (len(log), plural(total, "log line"))]
        parts.append(("Log excerpt (%s)" % plural(total, "line"), log))
    if unrec:
        parts.append(("Input nobody understood (%s)" % plural(len(report["unrecognized"]), "section"), unrec))
    if not parts:
        return []
    out = ["## Raw data", ""]
    share = max(0, budget - 200 * len(parts)) // len(parts)
    for title, lines in parts:
        out += details(title, fence(cut_lines(lines, share)))
    return out


def render(report: Dict[str, Any]) -> str:
    rest = _undecided(report) + _modems(report) + _host(report) + _sources(report)
    fixed = sum(len(ln) + 1 for ln in _header(report) + rest)
    head = _header(report) + _findings(report, (LIMIT - fixed) * 3 // 4) + rest
    text = "\n".join(head) + "\n"
    budget = LIMIT - len(text) - 300
    text = (text + "\n".join(_raw(report, budget))).rstrip("\n") + "\n"
    if len(text) > LIMIT:  # a last resort, e.g. thousands of modems
        kept = text[:LIMIT - 200]
        text = kept + "\n\n... %d more characters cut ...\n" % (len(text) - len(kept))
    return text
