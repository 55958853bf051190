"""The CLI verbs, wired stage by stage: collect/ingest -> snapshot -> model -> rules -> report."""
from __future__ import annotations

import os
import sys

from wwandoctor.errors import EXIT_COLLECTION_FAILED, EXIT_FINDINGS, EXIT_OK, InputError, WwandoctorError
from wwandoctor.snapshot import Snapshot, ToolUse


def _add_cli_tools(snap: Snapshot, tools) -> None:
    for tool in tools:
        snap.tools.append(ToolUse(tool=tool, source="cli", evidence="--tool %s" % tool))


def _diagnose(snap: Snapshot, args):
    from wwandoctor.engine import evaluate, load_rules
    from wwandoctor.model import derive
    from wwandoctor.report import build_report

    rules = load_rules(getattr(args, "rules", None))
    model = derive(snap)
    evaluation = evaluate(rules, model)
    report = build_report(model, evaluation)
    if not args.no_redact:
        from wwandoctor.redact import Redactor
        report = Redactor().redact_report(report)
    else:
        report["redacted"] = False
    return report


def _exit_code(report) -> int:
    """1 for problems; else 3 when nothing could be concluded (the reason goes to stderr); else 0."""
    if any(f["severity"] in ("error", "warning") for f in report["findings"]):
        return EXIT_FINDINGS
    if report.get("blind"):
        print("wwandoctor: nothing could be concluded: %s" % report["blind"], file=sys.stderr)
        return EXIT_COLLECTION_FAILED
    return EXIT_OK


def _emit(report, fmt: str) -> None:
    from wwandoctor.render import render
    render(report, fmt, sys.stdout)


def _collection_failed(snap: Snapshot) -> bool:
    from wwandoctor.report import blind_reason
    return blind_reason(snap) is not None


def check(args) -> int:
    from wwandoctor.collect import collect_all

    print("wwandoctor: collecting (read-only)...", file=sys.stderr)
    snap = collect_all()
    _add_cli_tools(snap, args.tool)
    report = _diagnose(snap, args)
    _emit(report, args.format)
    if args.save:
        _save_reports(report, args.save)
    return _exit_code(report)


def _save_reports(report, directory: str) -> None:
    from wwandoctor.render import render_to_string
    try:
        os.makedirs(directory, exist_ok=True)
        for name, fmt in (("report.md", "markdown"), ("report.json", "json")):
            path = os.path.join(directory, name)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(render_to_string(report, fmt))
            print("wwandoctor: wrote %s" % path, file=sys.stderr)
    except OSError as exc:
        raise InputError("%s: cannot write the reports: %s" % (directory, exc.strerror or exc))


def collect(args) -> int:
    from wwandoctor.collect import collect_all

    snap = collect_all()
    if not args.no_redact:
        from wwandoctor.redact import Redactor
        snap = Redactor().redact_snapshot(snap)
    text = snap.to_json() + "\n"
    if args.output:
        try:
            fd = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise InputError("%s: cannot write: %s" % (args.output, exc.strerror or exc))
        print("wwandoctor: snapshot written to %s" % args.output, file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_COLLECTION_FAILED if _collection_failed(snap) else EXIT_OK


def analyze(args) -> int:
    from wwandoctor.ingest import ingest_inputs

    snap = ingest_inputs(args.inputs)
    _add_cli_tools(snap, args.tool)
    report = _diagnose(snap, args)
    _emit(report, args.format)
    return _exit_code(report)


def rules(args) -> int:
    from wwandoctor.engine import catalogue
    action = args.rules_command
    if action == "list":
        return catalogue.list_rules(args.rules, sys.stdout, getattr(args, "format", "text"))
    if action == "show":
        return catalogue.show_rule(args.rules, args.rule_id, sys.stdout)
    if action == "test":
        return catalogue.test_rules(args.rules, sys.stdout)
    raise WwandoctorError("unknown rules action %r" % action)
