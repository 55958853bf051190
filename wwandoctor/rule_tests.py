"""Rule tests: ``rules/tests/<rule-id>.yaml``, run by ``wwandoctor rules test`` and pytest.

A case runs the whole pipeline (ingest -> model -> one rule), so this runner sits above the stages,
not in the engine.

Each file holds the cases of one rule; each case has ONE input::

    cases:
      - name: DW5570 bound to cdc_mbim, user runs qmicli
        expect: fire                  # fire | no-fire | undecided | outranked (a family variant)
        first: true                   # optional: this rule's finding is first of all rules
        fix_contains: ['ATTR{idVendor}=="413c"']   # optional: texts found in the fix steps
        fix_excludes: ['DisableMBIMGlobal']         # optional: texts found in no fix step
        model:                        # model field values directly (fast logic tests)
          modem: {control_protocol: mbim, tools_protocols: [qmi], vid: '413c'}
          host: {rfkill_wwan_soft: false}
          log: ['cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device', {text: '...', origin: ModemManager}]
      - name: ...
        snapshot: {usb_devices: [...]}   # a partial snapshot -> model.derive
        tools: [qmicli]                  # optional, like --tool (snapshot and paste inputs)
      - name: ...
        paste: |                         # pasted text -> ingest.ingest_text -> model.derive
          ...
      - name: ...
        paste_file: samples/mc8805-journal.txt   # the same, from a file beside the test file

``expect: no-fire`` means decided false on every subject (not undecided). ``outranked``: a family
variant that fires or is undecided, but a higher-priority variant of its family fires on that
subject, so the report shows that one instead.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

from wwandoctor.engine import fields as F
from wwandoctor.engine.findings import Finding, Undecided
from wwandoctor.engine.yamlnode import Source
from wwandoctor.errors import EXIT_FINDINGS, EXIT_OK, RuleError

EXPECTS = ("fire", "no-fire", "undecided", "outranked")
INPUTS = ("model", "snapshot", "paste", "paste_file")
CASE_KEYS = ("name", "expect", "first", "fix_contains", "fix_excludes", "tools") + INPUTS


@dataclass
class Case:
    rule: str
    name: str
    expect: str
    kind: str  # model | snapshot | paste
    data: Any
    path: str
    line: int
    first: bool = False
    fix_contains: List[str] = field(default_factory=list)
    fix_excludes: List[str] = field(default_factory=list)
    tools: List[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return "%s::%s" % (self.rule, self.name)


def tests_directory(rules_directory):
    """``<rules>/tests`` (a Traversable: a directory, or a folder inside wwandoctor.pyz)."""
    from wwandoctor.resources import rules_root
    return rules_root(rules_directory).joinpath("tests")


def load_cases(rules_directory, rule_ids) -> List[Case]:
    """Every case of every test file; a file for an unknown rule is an error."""
    folder = tests_directory(rules_directory)
    if not folder.is_dir():
        return []
    cases: List[Case] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            cases += load_case_file(entry, rule_ids, folder)
    return cases


def load_case_file(entry, rule_ids, folder=None) -> List[Case]:
    """The cases of one test file (a path or Traversable); ``paste_file`` is relative to ``folder``."""
    if isinstance(entry, str):
        entry = Path(entry)
    folder = folder if folder is not None else Path(os.path.dirname(os.path.abspath(str(entry))))
    src = Source(str(entry))
    try:
        root = src.parse(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError("%s:1: cannot read: %s" % (src.name, getattr(exc, "strerror", None) or exc))
    rule = os.path.splitext(entry.name)[0]
    if rule not in rule_ids:
        raise src.error(root, "no rule %r for this test file" % rule)
    items = {k: (kn, vn) for k, kn, vn in src.mapping(root, "a rule test file")}
    for key, (knode, _) in items.items():
        if key != "cases":
            raise src.error(knode, "unknown key %r (a rule test file has only cases:)" % key)
    if "cases" not in items:
        raise src.error(root, "missing key 'cases'")
    cases = [_case(src, rule, node, folder) for node in src.sequence(items["cases"][1], "cases")]
    names = set()
    for case in cases:
        if case.name in names:
            raise RuleError("%s:%d: duplicate case name %r" % (src.name, case.line, case.name))
        names.add(case.name)
    return cases


def _case(src: Source, rule: str, node, folder) -> Case:
    items = src.keyed(node, "a case", CASE_KEYS, ("name", "expect"),
                      unknown="case: unknown key %r (allowed: %s)", missing="case: missing key %r")
    inputs = [k for k in INPUTS if k in items]
    if len(inputs) != 1:
        raise src.error(node, "case: needs exactly one input of %s" % ", ".join(INPUTS))
    kind = inputs[0]
    vnode = items[kind][1]
    if kind == "model":
        data = _model_input(src, vnode)
    elif kind == "snapshot":
        data = _snapshot_input(src, vnode)
    elif kind == "paste":
        data = src.text(vnode, "paste")
    else:
        data = _read_paste(src, vnode, folder)
        kind = "paste"
    first = src.value(items["first"][1]) if "first" in items else False
    if not isinstance(first, bool):
        raise src.error(items["first"][1], "first must be true or false")
    tools = src.text_list(items["tools"][1], "tools") if "tools" in items else []
    if tools and kind == "model":
        raise src.error(items["tools"][0], "tools: only for snapshot and paste inputs (set modem.tools_protocols in model:)")
    return Case(rule=rule, name=src.text(items["name"][1], "name"), path=src.path,
                expect=src.choice(items["expect"][1], "expect", EXPECTS), kind=kind, data=data,
                line=node.start_mark.line + 1, first=first, tools=tools,
                fix_contains=_texts(src, items, "fix_contains"), fix_excludes=_texts(src, items, "fix_excludes"))


def _texts(src: Source, items, key: str) -> List[str]:
    return src.text_list(items[key][1], key) if key in items else []


def _read_paste(src: Source, node, folder) -> str:
    rel = src.text(node, "paste_file")
    try:
        data = folder.joinpath(rel).read_bytes()
    except (OSError, KeyError) as exc:  # zipfile.Path raises KeyError for a missing member
        raise src.error(node, "paste_file %s: %s" % (rel, getattr(exc, "strerror", None) or "no such file"))
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace").read()  # universal newlines, as open()


# --- model: inputs -------------------------------------------------------------

def _model_input(src: Source, node) -> Dict[str, Any]:
    out: Dict[str, Any] = {"modems": [], "host": {}, "log": []}
    for key, knode, vnode in src.mapping(node, "model"):
        if key == "modem":
            out["modems"].append(_fields(src, vnode, "modem"))
        elif key == "modems":
            out["modems"] += [_fields(src, n, "modem") for n in src.sequence(vnode, "modems")]
        elif key == "host":
            out["host"] = _fields(src, vnode, "host")
        elif key == "log":
            out["log"] = [_log_line(src, n) for n in src.sequence(vnode, "log")]
        else:
            raise src.error(knode, "model: unknown key %r (allowed: modem, modems, host, log)" % key)
    return out


def _fields(src: Source, node, prefix: str) -> Dict[str, Any]:
    values: Dict[str, Any] = {}
    for key, knode, vnode in src.mapping(node, prefix):
        name = "%s.%s" % (prefix, key)
        kind = F.kinds().get(name)
        if kind is None:
            raise src.error(knode, "unknown field %s" % name)
        if kind == "events":
            values[key] = [_log_line(src, n) for n in src.sequence(vnode, name)]
            continue
        value = src.value(vnode)
        if value is not None and not _fits(kind, value):
            raise src.error(vnode, "%s: %r does not fit a %s field" % (name, value, kind))
        values[key] = value
    return values


def _fits(kind: str, value: Any) -> bool:
    if kind == "list":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "records":
        return isinstance(value, list)
    if kind == "bool":
        return isinstance(value, bool)
    if kind in ("int", "float"):
        return isinstance(value, (int, float)) and not isinstance(value, bool) and (kind == "float" or isinstance(value, int))
    if kind == "str":
        return isinstance(value, str)
    return True


def _log_line(src: Source, node):
    from wwandoctor.snapshot import LogLine
    value = src.value(node)
    if isinstance(value, str):
        return LogLine(text=value, origin="kernel", source="test")
    if isinstance(value, dict) and isinstance(value.get("text"), str) and set(value) <= {"text", "origin"}:
        return LogLine(text=value["text"], origin=str(value.get("origin", "kernel")), source="test")
    raise src.error(node, "a log line is text or {text: ..., origin: ...}")


def _snapshot_input(src: Source, node):
    from wwandoctor.saved_snapshot import ShapeError, from_dict
    from wwandoctor.snapshot import Snapshot
    data = src.value(node)
    if not isinstance(data, dict):
        raise src.error(node, "snapshot must be a mapping (a partial snapshot)")
    try:
        return from_dict(Snapshot, data)
    except ShapeError as exc:
        raise src.error(node, "snapshot: %s" % exc)


# --- running -------------------------------------------------------------------

def build_model(case: Case):
    """The model a case describes (model: inputs directly, others through ingest and derive)."""
    from wwandoctor.model import Host, Model, Modem
    from wwandoctor.snapshot import Snapshot, ToolUse
    if case.kind == "model":
        snap = Snapshot(origin="test", log=list(case.data["log"]))
        modems = []
        for i, values in enumerate(case.data["modems"]):
            values = dict(values)
            values.setdefault("id", "usb:test-%d" % (i + 1))
            modems.append(Modem(**values))
        from wwandoctor.model.signals import derive_signals  # the log's known messages, as for real input
        return Model(snapshot=snap, host=Host(modem_count=len(modems), **case.data["host"]), modems=modems,
                     signals=derive_signals(snap.log))
    if case.kind == "snapshot":
        import copy
        from wwandoctor.ingest.merge import join_split_usb_device
        snap = copy.deepcopy(case.data)
        join_split_usb_device(snap)
    else:
        from wwandoctor.ingest import ingest_text
        snap = ingest_text(case.data, "<%s>" % case.id)
    for tool in case.tools:
        snap.tools.append(ToolUse(tool=tool, source="cli", evidence="--tool %s" % tool))
    from wwandoctor.model import derive
    return derive(snap)


def run_case(case: Case, rules) -> Optional[str]:
    """None when the case passes, else a one-line reason."""
    from wwandoctor.engine import evaluate
    try:
        model = build_model(case)
    except Exception as exc:  # report, do not crash the whole test run
        return "could not build the input: %s: %s" % (type(exc).__name__, exc)
    rule = next(r for r in rules if r.id == case.rule)
    results, outranked = _variant_results(rule, rules, model)
    found = [r for r in results if isinstance(r, Finding)]
    undecided = [r for r in results if isinstance(r, Undecided)]
    got = "fire" if found else ("outranked" if outranked else ("undecided" if undecided else "no-fire"))
    if got != case.expect:
        extra = " (unknown: %s)" % ", ".join(undecided[0].unknown) if got == "undecided" else ""
        return "expected %s, got %s%s" % (case.expect, got, extra)
    if case.first:
        ordered = evaluate(rules, model).findings
        if not ordered or ordered[0].rule != rule.id:
            return "expected first, but the first finding is %s" % (ordered[0].rule if ordered else "none")
    texts = [t for f in found for s in f.fix for t in [s.title, s.safety, s.file or "", s.content or ""] + s.commands]
    for want in case.fix_contains:
        if not any(want in t for t in texts):
            return "no fix step contains %r" % want
    for unwanted in case.fix_excludes:
        if any(unwanted in t for t in texts):
            return "a fix step contains %r" % unwanted
    return None


def _variant_results(rule, rules, model):
    """The rule's result on each subject, and whether a subject's result was outranked: a family
    variant that a higher-priority variant of its family outranks is left out, as in the report."""
    from wwandoctor.engine.ordering import outranked
    results = [rule.apply(ctx) for ctx in rule.subjects(model)]
    if not rule.family:
        return results, False
    rivals = [(other.priority, found.subject) for other in rules
              if other.family == rule.family and other.priority > rule.priority
              for found in (other.apply(ctx) for ctx in other.subjects(model)) if isinstance(found, Finding)]
    beaten = [r is not None and outranked(r.subject, rivals, rule.priority) for r in results]
    return [None if b else r for r, b in zip(results, beaten)], any(beaten)


def coverage_problems(rules, cases: List[Case]) -> List[str]:
    """Rules without a must-fire or a must-not-fire case."""
    problems = []
    for rule in rules:
        expects = {c.expect for c in cases if c.rule == rule.id}
        for need in ("fire", "no-fire"):
            if need not in expects:
                problems.append("%s: needs at least one '%s' case in tests/%s.yaml" % (rule.id, need, rule.id))
    return problems


def test_rules(directory, out) -> int:
    from wwandoctor.engine.catalogue import rules_in
    from wwandoctor.engine.yamlnode import display_path
    rules = rules_in(directory)
    cases = load_cases(directory, {r.id for r in rules})
    passed = failed = 0
    for case in cases:
        problem = run_case(case, rules)
        if problem is None:
            passed += 1
        else:
            failed += 1
            out.write("FAIL %s (%s:%d): %s\n" % (case.id, display_path(case.path), case.line, problem))
    for problem in coverage_problems(rules, cases):
        failed += 1
        out.write("FAIL %s\n" % problem)
    out.write("%d passed, %d failed\n" % (passed, failed))
    return EXIT_OK if failed == 0 else EXIT_FINDINGS
