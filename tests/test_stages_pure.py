"""No stage changes its input: the engine leaves the model and the rules as they were, report
building leaves the model and the evaluation, redaction and every renderer leave the report.

Each stage runs on every written case, the real tuning cases and (where this checkout sits next to
it) ../shared/cases; the input's whole state is taken before and after and compared
(tests/test_layers.py does the same for derive and its snapshot)."""
from __future__ import annotations

import copy
import io
import re
from pathlib import Path

import pytest

from wwandoctor.engine import evaluate, load_rules
from wwandoctor.model import derive
from wwandoctor.redact import Redactor
from wwandoctor.render import FORMATS, render_to_string
from wwandoctor.render import plain, terminal
from wwandoctor.report import build_report

HERE = Path(__file__).resolve().parent
CASE_SETS = [HERE / "real_cases" / "tuning", HERE / "written_cases", HERE.parent.parent / "shared" / "cases"]


def state(obj, path=()):
    """Everything ``obj`` holds, as plain data that compares by value (objects by their attributes)."""
    if id(obj) in path:
        return "<cycle>"
    path = path + (id(obj),)
    if isinstance(obj, (str, int, float, bool, type(None), bytes)):
        return obj
    if isinstance(obj, dict):
        return {repr(k): state(v, path) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return (type(obj).__name__, [state(v, path) for v in obj])
    if isinstance(obj, (set, frozenset)):
        return (type(obj).__name__, sorted(repr(state(v, path)) for v in obj))
    if isinstance(obj, re.Pattern):
        return ("re", obj.pattern, obj.flags)
    if callable(obj) and not hasattr(obj, "__dict__") and not hasattr(obj, "__slots__"):
        return ("callable", getattr(obj, "__qualname__", repr(obj)))
    if _own_getstate(obj):  # what the class says it is (a LazyRegex: its pattern, not its compiled cache)
        return (type(obj).__qualname__, state(obj.__getstate__(), path))
    fields = dict(getattr(obj, "__dict__", {}))
    for cls in type(obj).__mro__:
        for name in getattr(cls, "__slots__", ()):
            if hasattr(obj, name):
                fields[name] = getattr(obj, name)
    return (type(obj).__qualname__, state(fields, path))


def _own_getstate(obj) -> bool:
    return any("__getstate__" in vars(cls) for cls in type(obj).__mro__ if cls is not object)


def _cases():
    from case_util import case_folders, load_meta
    from wwandoctor.ingest import ingest_inputs
    for base in CASE_SETS:
        for folder in case_folders(str(base)):
            meta = load_meta(folder)
            yield folder, ingest_inputs([str(Path(folder) / item["file"]) for item in meta["inputs"]])


@pytest.fixture(scope="module")
def runs():
    """(case, model, evaluation, report) for every case, each stage run once."""
    rules = load_rules()
    out = []
    for folder, snap in _cases():
        model = derive(snap)
        evaluation = evaluate(rules, model)
        out.append((folder, model, evaluation, build_report(model, evaluation)))
    assert len(out) >= 100
    return out


def test_state_sees_a_change_deep_inside():
    model = derive(next(_cases())[1])
    before = state(model)
    model.host.notes = ["changed"] if getattr(model.host, "notes", None) != ["changed"] else []
    model.snapshot.notes.append("a note")
    assert state(model) != before


def test_evaluate_changes_neither_the_model_nor_the_rules():
    rules = load_rules()
    rules_before = state(rules)
    seen = 0
    for folder, snap in _cases():
        model = derive(snap)
        before = state(model)
        evaluate(rules, model)
        assert state(model) == before, folder
        seen += 1
    assert state(rules) == rules_before
    assert seen >= 100


def test_build_report_changes_neither_the_model_nor_the_evaluation():
    rules = load_rules()
    for folder, snap in _cases():
        model = derive(snap)
        evaluation = evaluate(rules, model)
        before = state((model, evaluation))
        build_report(model, evaluation)
        assert state((model, evaluation)) == before, folder


def test_redaction_does_not_change_the_report(runs):
    for folder, model, _, report in runs:
        before = copy.deepcopy(report)
        redactor = Redactor()
        redactor.learn_snapshot(model.snapshot)
        redactor.redact_report(report)
        assert report == before, folder


@pytest.mark.parametrize("fmt", sorted(FORMATS) + ["plain", "terminal"])
def test_renderers_do_not_change_the_report(runs, fmt):
    for folder, _, _, report in runs:
        before = copy.deepcopy(report)
        if fmt == "terminal":
            terminal.render(report, io.StringIO())
        elif fmt == "plain":
            plain.render(report, io.StringIO())
        else:
            render_to_string(report, fmt)
        assert report == before, folder
