"""The coverage table of the prose readers: the WRITTEN sentences of tests/written_paraphrases/*.yaml whose ``case``
is ``state:<fact>/<language>``, one per cell, run alone as a pasted post (as tests/test_written_paraphrases.py runs
them). Prints each cell read (``+``) or not (``.``), the figure per fact and per language, and each look-alike wrongly
read. WRITTEN, NOT REAL: a measure of generalisation over wording and language, not a score.

    .venv/bin/python tests/prose_coverage.py [FILE.yaml ...]
"""
from __future__ import annotations

import collections
import os
import sys
import tempfile
from typing import Dict, List, Tuple

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from test_written_paraphrases import causes_of, entries, passes  # noqa: E402


def cells(table: List[dict]) -> Dict[Tuple[str, str], List[dict]]:
    """``{(fact, language): [entries]}`` of the entries written for a cell."""
    found: Dict[Tuple[str, str], List[dict]] = collections.defaultdict(list)
    for e in table:
        if e["case"].startswith("state:") and "/" in e["case"]:
            fact, _, lang = e["case"][len("state:"):].partition("/")
            found[fact, lang].append(e)
    return found


def _figure(hits: List[bool]) -> str:
    return "%d/%d" % (sum(hits), len(hits)) if hits else "-"


def main(argv: List[str]) -> int:
    table = entries()
    if argv:
        wanted = {os.path.basename(a)[:-5] for a in argv}
        table = [e for e in table if e["_id"].split(":")[0] in wanted]
    read: Dict[Tuple[str, str], List[bool]] = collections.defaultdict(list)
    wrong = []
    with tempfile.TemporaryDirectory() as workdir:
        for (fact, lang), group in cells(table).items():
            for e in group:
                ok = passes(e, causes_of(e["text"], workdir))
                if e.get("negative"):
                    wrong += [] if ok else [e]
                else:
                    read[fact, lang].append(ok)
    facts = sorted({f for f, _ in read})
    langs = sorted({lang for _, lang in read}, key=lambda x: (x != "en", x))
    print("%-18s %s   read" % ("fact", " ".join("%-2s" % lang for lang in langs)))
    for fact in facts:
        row = [read.get((fact, lang)) for lang in langs]
        marks = " ".join(("+ " if all(r) else ". ") if r else "  " for r in row)
        print("%-18s %s   %s" % (fact, marks, _figure([h for r in row if r for h in r])))
    print("%-18s %s" % ("read", " ".join("%-2s" % _figure([h for f in facts for h in read.get((f, lang), [])]).split("/")[0]
                                         for lang in langs)))
    total = [h for hits in read.values() for h in hits]
    print("WRITTEN (not real) cells read %s; look-alikes wrongly read %d" % (_figure(total), len(wrong)))
    for e in wrong:
        print("  look-alike read: %s %s" % (e["case"], e["text"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
