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
        redactor = Redactor()
        redactor.learn_snapshot(snap)
        report = redactor.redact_report(report)
    else:
        report = _with_warning(report)
    return report


UNREDACTED_WARNING = ("NOT redacted (--no-redact): identifiers such as IMEI, ICCID, serial numbers, "
                      "MAC and IP addresses, user and host names, APN credentials and PINs are kept; "
                      "check it before publishing it.")


def _with_warning(data):
    """``data`` with "redacted": false followed by a "warning" key (other keys in their order)."""
    out = {}
    for key, value in data.items():
        if key != "warning":
            out[key] = value
        if key == "redacted":
            out["redacted"] = False
            out["warning"] = UNREDACTED_WARNING
    return out


def _warn_unredacted(args, what: str) -> None:
    if getattr(args, "no_redact", False):
        print("wwandoctor: warning: the %s is %s" % (what, UNREDACTED_WARNING), file=sys.stderr)


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

    preload = _preload(args)
    snap = _collect_with_progress(collect_all)
    preload.join()
    _add_cli_tools(snap, args.tool)
    report = _diagnose(snap, args)
    _warn_unredacted(args, "report")
    _emit(report, args.format)
    if args.save:
        _save_reports(report, args.save)
    return _exit_code(report)


def _preload(args):
    """A thread importing the diagnosis and the report format and loading the rules while the
    collectors wait on programs (mmcli, journalctl, version probes): on two cores a check ends
    sooner. Errors are left to the main thread, which does the same work again and reports them."""
    import threading

    def work() -> None:
        try:
            from wwandoctor import model, redact, report  # noqa: F401 (imported for later)
            from wwandoctor.engine import load_rules
            from wwandoctor.render import renderer
            renderer(args.format, sys.stdout)
            load_rules(getattr(args, "rules", None))
        except Exception:
            pass

    thread = threading.Thread(target=work, name="wwandoctor-preload", daemon=True)
    thread.start()
    return thread


def _collect_with_progress(collect_all):
    """collect_all() with a bar on stderr (on a terminal) counting the sources as they finish."""
    from wwandoctor.collect import sources
    from wwandoctor.progress import Bar, on_terminal

    if not on_terminal():
        print("wwandoctor: collecting (read-only)...", file=sys.stderr)
    bar = Bar("collecting (read-only)", len(sources()))
    try:
        return collect_all(on_done=lambda source: bar.advance(1, "collecting (read-only): %s" % source))
    finally:
        bar.close()


def _save_reports(report, directory: str) -> None:
    from wwandoctor.private_files import make_private_dir, write_private
    from wwandoctor.render import render_to_string
    try:
        make_private_dir(directory)
        for name, fmt in (("report.md", "markdown"), ("report.json", "json")):
            path = os.path.join(directory, name)
            write_private(path, render_to_string(report, fmt))
            print("wwandoctor: wrote %s" % path, file=sys.stderr)
    except OSError as exc:
        raise InputError("%s: cannot write the reports: %s" % (directory, exc.strerror or exc))


def collect(args) -> int:
    from wwandoctor.collect import collect_all

    snap = collect_all()
    if not args.no_redact:
        from wwandoctor.redact import Redactor
        snap = Redactor().redact_snapshot(snap)
    text = _snapshot_text(snap, args.no_redact)
    _warn_unredacted(args, "snapshot")
    if args.output:
        from wwandoctor.private_files import write_private
        try:
            write_private(args.output, text)
        except OSError as exc:
            raise InputError("%s: cannot write: %s" % (args.output, exc.strerror or exc))
        print("wwandoctor: snapshot written to %s" % args.output, file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_COLLECTION_FAILED if _collection_failed(snap) else EXIT_OK


def _snapshot_text(snap: Snapshot, unredacted: bool) -> str:
    """The snapshot JSON; an unredacted one carries a "warning" key after "redacted" (loaders ignore it)."""
    if not unredacted:
        return snap.to_json() + "\n"
    import json
    return json.dumps(_with_warning(snap.to_dict()), indent=1, sort_keys=False, ensure_ascii=False) + "\n"


def analyze(args) -> int:
    from wwandoctor.ingest import ingest_inputs

    snap = ingest_inputs(args.inputs)
    _add_cli_tools(snap, args.tool)
    report = _diagnose(snap, args)
    _warn_unredacted(args, "report")
    _emit(report, args.format)
    return _exit_code(report)


def rules(args) -> int:
    from wwandoctor.engine import catalogue
    action = args.rules_command
    if action == "list":
        return catalogue.list_rules(args.rules, sys.stdout, getattr(args, "format", "text"))
    if action == "show":
        return catalogue.show_rule(args.rules, args.rule_id, sys.stdout)
    if action == "fields":
        return catalogue.list_fields(sys.stdout, args.format)
    if action == "test":
        from wwandoctor.rule_tests import test_rules
        return test_rules(args.rules, sys.stdout)
    raise WwandoctorError("unknown rules action %r" % action)
