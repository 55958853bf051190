"""Collectors are found by walking wwandoctor.collect (sos style): each declares SOURCE, READS,
THREAD and one ``collect(snap, ctx)``; a module that lacks a declaration fails loudly."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import types

import pytest

import wwandoctor.collect as collect_package
from wwandoctor.collect import CollectorError, checked, collector_names, collectors, runner
from wwandoctor.collect.context import Context
from wwandoctor.snapshot import Snapshot

COLLECTORS = collectors()
IDS = [mod.__name__.rsplit(".", 1)[1] for mod in COLLECTORS]


def test_the_walk_finds_every_module_with_collect_and_nothing_else():
    names = [info.name for info in pkgutil.iter_modules(collect_package.__path__)]
    modules = {name: importlib.import_module("wwandoctor.collect." + name) for name in names}
    assert collector_names() == sorted(name for name, mod in modules.items() if hasattr(mod, "collect"))
    assert len(COLLECTORS) == 10


@pytest.mark.parametrize("mod", COLLECTORS, ids=IDS)
def test_every_collector_declares_what_it_reads_and_has_one_signature(mod):
    assert isinstance(mod.SOURCE, str) and mod.SOURCE
    assert isinstance(mod.READS, tuple) and mod.READS and all(isinstance(r, str) and r for r in mod.READS)
    assert isinstance(mod.THREAD, bool)
    assert list(inspect.signature(mod.collect).parameters) == ["snap", "ctx"]


def test_sources_are_unique():
    assert len({mod.SOURCE for mod in COLLECTORS}) == len(COLLECTORS)


def test_a_module_without_the_declarations_fails_loudly():
    mod = types.ModuleType("wwandoctor.collect.half")
    mod.__file__ = "wwandoctor/collect/half.py"
    mod.SOURCE = "half"
    mod.collect = lambda snap, ctx: None
    with pytest.raises(CollectorError, match=r"wwandoctor/collect/half.py: .*missing: READS, THREAD"):
        checked(mod)


def test_a_new_module_in_the_package_is_walked(monkeypatch, tmp_path):
    (tmp_path / "half.py").write_text("SOURCE = 'half'\ndef collect(snap, ctx):\n    pass\n")
    monkeypatch.setattr(collect_package, "__path__", list(collect_package.__path__) + [str(tmp_path)])
    monkeypatch.setattr(collect_package, "_collectors", None)
    assert "half" in collector_names()
    with pytest.raises(CollectorError, match="half.py"):
        collectors()
    monkeypatch.delitem(__import__("sys").modules, "wwandoctor.collect.half")


@pytest.mark.parametrize("mod", [m for m in COLLECTORS if m.THREAD], ids=[i for m, i in zip(COLLECTORS, IDS) if m.THREAD])
def test_every_command_a_collector_runs_is_declared_and_has_a_timeout(mod, tmp_path):
    """The programs a collector starts (seen through a recording runner) are named in its READS,
    and each is run with a timeout."""
    calls = []

    def record(argv, timeout):
        calls.append((list(argv), timeout))
        return runner.CommandResult("tool-missing", None, "", "%s: not found" % argv[0])
    with runner.replaced_runner(record):
        mod.collect(Snapshot(), Context(root=str(tmp_path), kmsg=str(tmp_path / "kmsg")))
    programs = {r.split()[0] for r in mod.READS if not r.startswith("/")}
    for argv, timeout in calls:
        assert argv[0] in programs, (mod.__name__, argv)
        assert timeout is not None and 0 < timeout <= 30, (argv, timeout)


def test_only_the_runner_starts_programs():
    """Every program goes through collect/runner.py (a timeout, stdin closed, C locale), so the recording runner
    above sees them all: no other module imports subprocess or calls os.system, os.popen, os.exec* or os.spawn*."""
    import ast
    from pathlib import Path
    package = Path(collect_package.__file__).resolve().parent.parent
    starters = []
    for path in sorted(package.rglob("*.py")):
        if path == package / "collect" / "runner.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else
                     ["os." + node.attr] if isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "os"
                     else [])
            starters += ["%s:%d %s" % (path.relative_to(package), node.lineno, name) for name in names
                         if name in ("subprocess", "pty", "os.system", "os.popen") or name.startswith(("os.exec", "os.spawn"))]
    assert not starters, starters
