"""Score the diagnosis on the written cases in tests/written_cases/ (the shared case format).

Each folder holds case.yaml (label, secondary, tools_used, inputs [{file, kind}], ...) and
the pasted outputs. This runs the same scoring as ../shared/tools/score-cases, in-process:
both modes (each output as its own file; all outputs joined as one paste), with the tools
the person named passed as --tool. A case counts for top1 when the first error/warning
finding names its label; a no-fault-found case passes only without any error or warning.

The cases were written from knowledge.md (not copied from real posts and not held out: the
rules were tuned while they existed) to catch rules and parsers that only fit the samples they
were developed on. Real posts are in tests/real_cases/ (tests/test_real_cases.py).
"""
from __future__ import annotations

import argparse
import os

import pytest

from case_util import case_folders, input_files, load_meta, passes, problems, tools_of
from wwandoctor.causes import CAUSES
from wwandoctor.commands import _add_cli_tools, _diagnose
from wwandoctor.ingest import ingest_inputs

CASES = os.path.join(os.path.dirname(__file__), "written_cases")
TOP1_MIN = 0.80


def _folders():
    return case_folders(CASES)


def _causes(folder, meta, mode, tmp_path):
    snap = ingest_inputs(input_files(folder, meta, mode, tmp_path))
    _add_cli_tools(snap, tools_of(meta))
    report = _diagnose(snap, argparse.Namespace(rules=None, no_redact=True))
    return [f["cause"] for f in problems(report)]


def _score(mode, tmp_path):
    rows = []
    for folder in _folders():
        meta = load_meta(folder)
        causes = _causes(folder, meta, mode, tmp_path)
        label = meta["label"]
        rows.append((os.path.basename(folder), label, causes, passes(label, causes)))
    return rows


def test_cases_are_well_formed():
    folders = _folders()
    assert len(folders) >= 40
    labels = set()
    for folder in folders:
        meta = load_meta(folder)
        name = os.path.basename(folder)
        assert meta["id"] == name
        assert meta["label"] in CAUSES, name
        assert all(s in CAUSES for s in meta.get("secondary") or []), name
        assert str(meta.get("source", "")).startswith("written from knowledge.md"), name
        assert meta["inputs"], name
        for item in meta["inputs"]:
            assert os.path.isfile(os.path.join(folder, item["file"])), (name, item["file"])
        labels.add(meta["label"])
    assert "no-fault-found" in labels


@pytest.mark.parametrize("mode", ["files", "paste"])
def test_written_scores(mode, tmp_path):
    rows = _score(mode, tmp_path)
    misses = ["%s: want %s, got %s" % (name, label, ",".join(causes[:3]) or "-")
              for name, label, causes, ok in rows if not ok]
    top1 = sum(1 for row in rows if row[3]) / len(rows)
    assert top1 >= TOP1_MIN, "top1 %.0f%% in %s mode; misses:\n%s" % (100 * top1, mode, "\n".join(misses))
    false_alarms = [m for m, row in zip(misses, [r for r in rows if not r[3]]) if row[1] == "no-fault-found"]
    assert false_alarms == [], "error/warning findings on no-fault cases (%s mode):\n%s" % (mode, "\n".join(false_alarms))
