"""``wwandoctor rules list | show ID | test``: the rule catalogue as plain text.

``list`` prints one row per rule within 100 columns (the title wraps below
itself; ``--format json`` gives the full table, with each rule's cause)::

    ID                    SEVERITY  TITLE
    rfkill-blocked        error     The WWAN radio is blocked by rfkill

``show`` documents one rule (what, why, false positives, condition, fix and
its safety, example, references), like ``ruff rule``. ``test`` (running every rule's cases
through the whole pipeline) is :mod:`wwandoctor.rule_tests`, outside the engine.
"""
from __future__ import annotations

import textwrap
from typing import List

from wwandoctor.causes import CAUSES
from wwandoctor.errors import EXIT_OK, WwandoctorError

WIDTH = 79
LIST_WIDTH = 100


def rules_in(directory):
    from wwandoctor.engine.loader import load_rules
    return load_rules(directory)


def list_rules(directory, out, fmt: str = "text") -> int:
    rules = rules_in(directory)
    if fmt == "json":
        import json
        table = [{"id": r.id, "cause": r.cause, "severity": r.severity, "confidence": r.confidence,
                  "status": r.status, "for_each": r.for_each, "title": r.title_text, "path": rule_path(r.path)}
                 for r in rules]
        out.write(json.dumps(table, indent=1) + "\n")
        return EXIT_OK
    rows = [("ID", "SEVERITY", "TITLE")]
    rows += [(r.id, r.severity, r.title_text + (" (experimental)" if r.status == "experimental" else ""))
             for r in rules]
    widths = [max(len(row[i]) for row in rows) for i in range(2)]
    indent = sum(widths) + 4
    for row in rows:
        lead = "%s  %s  " % (row[0].ljust(widths[0]), row[1].ljust(widths[1]))
        title = textwrap.wrap(row[2], max(20, LIST_WIDTH - indent)) or [""]
        out.write((lead + title[0]).rstrip() + "\n")
        for more in title[1:]:
            out.write(" " * indent + more + "\n")
    out.write("\n%d rules. wwandoctor rules show ID documents one; --format json lists cause, "
              "confidence, status.\n" % len(rules))
    return EXIT_OK


def list_fields(out, fmt: str = "text") -> int:
    """``wwandoctor rules fields``: every model field a rule may name (see model/types.py)."""
    from wwandoctor.engine.fields import field_rows
    rows = field_rows()
    if fmt == "json":
        import json
        out.write(json.dumps(rows, indent=1) + "\n")
    elif fmt == "markdown":
        out.write(fields_markdown(rows))
    else:
        width = max(len(r["field"]) for r in rows) + 2
        for r in rows:
            lead = "%s%s" % (r["field"].ljust(width), r["kind"].ljust(8))
            text = r["doc"] + (" (shown in reports)" if r["report"] else "")
            lines = textwrap.wrap(text, max(30, LIST_WIDTH - len(lead))) or [""]
            out.write(lead + lines[0] + "\n")
            for more in lines[1:] + (["settle: " + r["settle"]] if r["settle"] else []):
                out.write(" " * len(lead) + more + "\n")
        out.write("\n%d fields. --format markdown writes the table of rules/README.md; --format json "
                  "the same data.\n" % len(rows))
    return EXIT_OK


def fields_markdown(rows) -> str:
    """The field table of rules/README.md."""
    def cell(text: str) -> str:
        return text.replace("|", "\\|")
    lines = ["| field | kind | meaning | settled by | in reports |", "|---|---|---|---|---|"]
    lines += ["| `%s` | %s | %s | %s | %s |" % (r["field"], r["kind"], cell(r["doc"]),
                                             "`%s`" % cell(r["settle"]) if r["settle"] else "",
                                             "yes" if r["report"] else "")
              for r in rows]
    return "\n".join(lines) + "\n"


def rule_path(path: str) -> str:
    """A shipped rule's path inside the package (``wwandoctor/rules/x.yaml``); another rule's absolute path."""
    import os
    from wwandoctor.engine.loader import shipped_directory
    shipped = os.path.normpath(str(shipped_directory()))  # a directory, or a folder inside wwandoctor.pyz
    if os.path.normpath(os.path.dirname(path)) == shipped:
        return "wwandoctor/rules/%s" % os.path.basename(path)
    return os.path.abspath(path)


def _para(out, heading: str, text: str) -> None:
    out.write("\n%s\n" % heading)
    for block in text.split("\n\n"):
        out.write(textwrap.fill(" ".join(block.split()), WIDTH, initial_indent="  ", subsequent_indent="  ") + "\n")


def _condition_lines(data, indent: int = 2) -> List[str]:
    import yaml
    text = yaml.safe_dump(data, default_flow_style=False, sort_keys=False, width=WIDTH - indent)
    return [" " * indent + line for line in text.rstrip().splitlines()]


def show_rule(directory, rule_id: str, out) -> int:
    rules = rules_in(directory)
    rule = next((r for r in rules if r.id == rule_id), None)
    if rule is None:
        close = [r.id for r in rules if rule_id in r.id or r.id in rule_id]
        hint = " (did you mean %s?)" % ", ".join(close) if close else " (wwandoctor rules list shows them)"
        raise WwandoctorError("no rule %r%s" % (rule_id, hint))
    cause = CAUSES[rule.cause]
    out.write("%s\n%s\n" % (rule.id, "=" * len(rule.id)))
    out.write("%s\n\n" % rule.title_text)
    out.write("Severity: %s   Confidence: %s   Status: %s   Runs for each: %s\n"
              % (rule.severity, rule.confidence, rule.status, rule.for_each))
    out.write(textwrap.fill("Cause: %s (%s)" % (cause.id, cause.meaning), WIDTH, subsequent_indent="  ") + "\n")
    if rule.explains:
        out.write("Explains: %s\n" % ", ".join(rule.explains))
    out.write("File: %s\n" % rule_path(rule.path))
    if rule.family:
        _show_family(rule, rules, out)
    _para(out, "What it detects", rule.docs["what"])
    _para(out, "Why it matters", rule.docs["why"])
    _para(out, "False positives", rule.docs["false_positives"])
    out.write("\nCondition\n" + textwrap.indent(rule.when_text or "\n".join(_condition_lines(rule.when_data)), "  ") + "\n")
    _show_fix(rule, out)
    if rule.docs.get("example"):
        out.write("\nExample\n" + textwrap.indent(rule.docs["example"], "  ") + "\n")
    if rule.references:
        out.write("\nReferences\n" + "".join("  - %s\n" % ref for ref in rule.references))
    return EXIT_OK


def _show_family(rule, rules, out) -> None:
    """The variant's family and the variants that outrank it."""
    above = sorted((r for r in rules if r.family == rule.family and r.priority > rule.priority),
                   key=lambda r: -r.priority)
    text = "Family: %s, variant of priority %d" % (rule.family, rule.priority)
    if above:
        text += " (not reported for a subject when %s fires)" % " or ".join(r.id for r in above)
    out.write(textwrap.fill(text, WIDTH, subsequent_indent="  ") + "\n")


def _show_fix(rule, out) -> None:
    from wwandoctor.engine.rule import write_file_command
    if not rule.fix:
        out.write("\nFix\n  (none: this finding is information)\n")
        return
    out.write("\nFix (printed by wwandoctor, never applied)\n")
    for i, step in enumerate(rule.fix, 1):
        out.write(textwrap.fill("%d. %s" % (i, step.title.text), WIDTH, initial_indent="  ", subsequent_indent="     ") + "\n")
        if step.if_data and "\n" not in step.if_data:
            out.write("     only when: %s\n" % step.if_data)
        elif step.if_data:
            out.write("     only when:\n" + textwrap.indent(step.if_data, "       ") + "\n")
        commands = [cmd.text for cmd in step.commands]
        if step.file and step.content:
            commands.insert(0, write_file_command(step.file.text, step.content.text))
        elif step.file:
            out.write("     file: %s\n" % step.file.text)
        for cmd in commands:
            out.write("     $ %s\n" % cmd.replace("\n", "\n       "))
        out.write(textwrap.fill("safety: " + " ".join(step.safety.text.split()), WIDTH,
                                initial_indent="     ", subsequent_indent="       ") + "\n")
