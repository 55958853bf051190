"""The stages are one-way: collect/ingest -> snapshot -> model -> engine -> report.

Every import of every module is read from its source (function-level imports too, since most imports
are lazy), so a stage that reaches back into an earlier one fails here."""
from __future__ import annotations

import ast
import copy
from pathlib import Path
from typing import Dict, Set

import pytest

from wwandoctor.model import derive

PACKAGE = Path(__file__).resolve().parent.parent / "wwandoctor"
CASE_SETS = [Path(__file__).resolve().parent / "real_cases" / "tuning",
             Path(__file__).resolve().parent / "written_cases"]

# stage -> the stages it may never import (directly or by a lazy import inside a function)
FORBIDDEN = {
    "decode": {"collect", "ingest", "model", "engine", "report", "render", "commands", "rule_tests"},
    "model": {"collect", "ingest", "engine", "report", "render", "commands", "rule_tests"},
    "engine": {"collect", "ingest", "report", "render", "commands", "rule_tests"},
    "collect": {"ingest", "model", "engine", "report", "render", "commands", "rule_tests"},
    "ingest": {"model", "engine", "report", "render", "commands", "rule_tests"},
    "snapshot": {"collect", "ingest", "model", "engine", "report", "render", "commands", "rule_tests"},
    "saved_snapshot": {"collect", "ingest", "model", "engine", "report", "render", "commands", "rule_tests"},
}
# ingest.bundle replays the live collectors on a wwandoctor-collect.sh bundle: that is its job.
ALLOWED = {("wwandoctor.ingest.bundle", "collect")}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> Set[str]:
    """The wwandoctor modules ``path`` imports, anywhere in the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found.update("%s.%s" % (node.module, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            raise AssertionError("%s: relative import (the layer test reads absolute ones only)" % path)
    return {name for name in found if name.startswith("wwandoctor.")}


def _stage(module: str) -> str:
    """wwandoctor.model.usb -> model; wwandoctor.snapshot -> snapshot; wwandoctor -> wwandoctor."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def import_graph() -> Dict[str, Set[str]]:
    return {_module_name(p): _imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_the_graph_is_read():
    graph = import_graph()
    assert "wwandoctor.decode.mbim" in graph["wwandoctor.model.host"]
    assert "wwandoctor.snapshot" in graph["wwandoctor.model"]


@pytest.mark.parametrize("stage", sorted(FORBIDDEN))
def test_stage_imports_nothing_from_later_or_sibling_stages(stage):
    wrong = []
    for module, imports in import_graph().items():
        if _stage(module) != stage:
            continue
        for name in sorted(imports):
            target = _stage(name)
            if target in FORBIDDEN[stage] and (module, target) not in ALLOWED:
                wrong.append("%s imports %s" % (module, name))
    assert not wrong, "\n".join(wrong)


def _case_snapshots():
    from case_util import case_folders, load_meta
    from wwandoctor.ingest import ingest_inputs
    for base in CASE_SETS:
        for folder in case_folders(str(base)):
            meta = load_meta(folder)
            yield folder, ingest_inputs([str(Path(folder) / item["file"]) for item in meta["inputs"]])


def test_derive_does_not_change_its_snapshot():
    seen = 0
    for folder, snap in _case_snapshots():
        before = copy.deepcopy(snap).to_dict()
        derive(snap)
        assert snap.to_dict() == before, folder
        seen += 1
    assert seen >= 100
