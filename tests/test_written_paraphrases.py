"""The WRITTEN paraphrase set (tests/written_paraphrases/*.yaml, one file per author/stop): WRITTEN, NOT REAL.

Each entry is one sentence written for the table (stops 25 to 27), run alone as a pasted post through analyze with the
shipped rules: the decisive sentence of a real tuning/spent post said again in other words, or a state of the clause
grammar (model/prose_grammar.py STATES) with its look-alikes. A positive entry passes when the first problem finding
names its cause; a negative entry (a look-alike) when no finding names it; a known miss (`miss: true`) is an expected
failure that fails the suite once it passes, so the mark is taken off. The figure is a measure of generalisation
over wording, not a real score: real posts are in tests/real_cases/.

    .venv/bin/python tests/test_written_paraphrases.py [-v]     # the hit lines and the figure
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import List

import pytest
import yaml

from case_util import problems
from wwandoctor.commands import _diagnose
from wwandoctor.ingest import ingest_inputs

TABLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "written_paraphrases")


def entries() -> List[dict]:
    """Every entry of every table file, each with ``_id`` (file stem and index) for the test ids."""
    table = []
    for name in sorted(os.listdir(TABLES)):
        if name.endswith(".yaml"):
            with open(os.path.join(TABLES, name), encoding="utf-8") as fh:
                for i, entry in enumerate(yaml.safe_load(fh) or []):
                    table.append(dict(entry, _id="%s:%d" % (name[:-5], i)))
    return table


def causes_of(text: str, workdir: str) -> List[str]:
    """The causes of the problem findings for ``text`` pasted alone, first first."""
    path = os.path.join(workdir, "post.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text.strip() + "\n")
    report = _diagnose(ingest_inputs([path]), argparse.Namespace(rules=None, no_redact=True))
    return [f["cause"] for f in problems(report)]


def passes(entry: dict, causes: List[str]) -> bool:
    if entry.get("negative"):
        return entry["cause"] not in causes
    return bool(causes) and causes[0] == entry["cause"]


def _params():
    return [pytest.param(e, id="%s-%s%s" % (e["_id"], e["case"], "-negative" if e.get("negative") else ""),
                         marks=[pytest.mark.xfail(reason="known miss", strict=True)] if e.get("miss") else [])
            for e in entries()]


def test_the_table_is_well_formed():
    from wwandoctor.causes import CAUSES
    table = entries()
    assert len(table) >= 60
    for e in table:
        assert set(e) <= {"_id", "case", "cause", "text", "negative", "miss"}, e
        assert e["cause"] in CAUSES and e["text"].strip(), e
        assert not (e.get("negative") and e.get("miss")), e
    texts = [e["text"] for e in table]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize("entry", _params())
def test_written_paraphrase(entry, tmp_path):
    causes = causes_of(entry["text"], str(tmp_path))
    assert passes(entry, causes), "got %s for: %s" % (causes or "-", entry["text"])


def _main(argv: List[str]) -> int:
    import tempfile
    verbose = "-v" in argv
    hit = negatives_wrong = positives = 0
    with tempfile.TemporaryDirectory() as workdir:
        for e in entries():
            causes = causes_of(e["text"], workdir)
            ok = passes(e, causes)
            if e.get("negative"):
                negatives_wrong += not ok
            else:
                positives += 1
                hit += ok
            if verbose or not ok:
                print("%-3s %-30s %-28s got=%-30s %s" % ("ok" if ok else "--", e["case"][:30], e["cause"],
                                                        ",".join(causes) or "-", " ".join(e["text"].split())[:90]))
    print("WRITTEN paraphrases (not real): top1 %d/%d, negatives wrong %d" % (hit, positives, negatives_wrong))
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
