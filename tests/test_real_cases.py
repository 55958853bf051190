"""Real public posts in tests/real_cases/ (the shared case format): they must all run.

tests/real_cases/tuning/ may be used to develop rules; tests/real_cases/heldout/ is a fixed
third (chosen by a hash of the case id, see tests/real_cases/README.md) that must not be.
tests/real_cases/spent/ holds cases the split put in heldout/ whose results were seen (scored
and their misses published): they are no longer unseen, so they count with the tuning set.
Here every case runs through `wwandoctor analyze --format json` in-process, in both modes
(each output as its own file; all outputs joined as one paste), with the tools the person
named passed as --tool, as ../shared/tools/score-cases does. The test asserts only what must
hold for any input: no traceback, the exit-code contract, a valid JSON report. The scores
are reported, not asserted: run `python tests/test_real_cases.py` to print them per set, or
`python tests/test_real_cases.py --by-cause [--mode paste] [--no-context] DIR...` for a per-cause
top1/top3 table of any case directory in the shared format.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import sys
from contextlib import redirect_stderr, redirect_stdout

import pytest

from case_util import PROBLEM, case_folders, input_files, load_meta, passes, tools_of
from wwandoctor.causes import CAUSES
from wwandoctor.cli import main

ROOT = os.path.join(os.path.dirname(__file__), "real_cases")
PARTS = ("tuning", "heldout", "spent")
MIN_CASES = 988  # raised as cases are added, so a lost folder fails the test


def part_of(case_id):
    """The split rule: a case is held out when sha256(id) is divisible by 3."""
    return "heldout" if int(hashlib.sha256(case_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "tuning"


def folders(part):
    return case_folders(os.path.join(ROOT, part))


def all_folders():
    return [f for part in PARTS for f in folders(part)]


def test_parts_hold_only_case_folders():
    """A file lying loose in tuning/, heldout/ or spent/ is a case that lost its folder."""
    for part in PARTS:
        top = os.path.join(ROOT, part)
        if not os.path.isdir(top):
            continue
        loose = [n for n in os.listdir(top) if not os.path.isdir(os.path.join(top, n))]
        assert not loose, "%s/ holds files outside any case folder: %s" % (part, ", ".join(sorted(loose)))


def thread_of(source):
    """A thread's address as two citations of it compare: without scheme, "www.", fragment or trailing slash."""
    address = source.split("#", 1)[0].split("://", 1)[-1].rstrip("/").lower()
    return address[4:] if address.startswith("www.") else address


SHARED_CASES = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "cases")


@pytest.mark.skipif(not os.path.isdir(SHARED_CASES), reason="no ../shared/cases beside the project (only the team's tree has it)")
def test_no_real_case_repeats_a_shared_case():
    """../shared/cases scores the tool: a thread there copied into tests/real_cases would be tuned on."""
    shared = {thread_of(str(load_meta(f).get("source", ""))): os.path.basename(f) for f in case_folders(SHARED_CASES)}
    repeats = ["%s (../shared/cases/%s)" % (os.path.basename(f), shared[thread_of(str(load_meta(f).get("source", "")))])
               for f in all_folders() if thread_of(str(load_meta(f).get("source", ""))) in shared]
    assert not repeats, "real cases citing a thread of ../shared/cases: " + ", ".join(repeats)


def test_thread_of_ignores_how_an_address_is_written():
    assert thread_of("https://www.example.org/t/modem/12/") == thread_of("http://example.org/t/modem/12#post_3")
    assert thread_of("https://example.org/t/modem/12") != thread_of("https://example.org/t/modem/13")


def analyze(folder, meta, mode, workdir):
    """Run analyze in-process; return (exit code, stdout, stderr)."""
    argv = ["analyze", "--format", "json"]
    for tool in tools_of(meta):
        argv += ["--tool", tool]
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(argv + input_files(folder, meta, mode, workdir))
    return code, out.getvalue(), err.getvalue()


def problem_causes(report):
    return [f.get("cause") for f in report.get("findings") or [] if f.get("severity") in PROBLEM]


def test_real_cases_are_well_formed():
    seen_sources = {}
    cases = all_folders()
    assert len(cases) >= MIN_CASES
    assert folders("tuning")
    for folder in cases:
        meta = load_meta(folder)
        name = os.path.basename(folder)
        part = os.path.basename(os.path.dirname(folder))
        assert meta["id"] == name
        expected = part_of(name)
        assert part == expected or (part, expected) == ("spent", "heldout"), \
            "%s belongs in %s/ by the split rule" % (name, expected)
        assert meta["label"] in CAUSES, name
        assert all(s in CAUSES for s in meta.get("secondary") or []), name
        assert meta.get("confidence") in ("high", "medium", "low"), name
        source = str(meta.get("source", ""))
        assert source.startswith(("http://", "https://")), name
        thread = thread_of(source)
        assert thread not in seen_sources, "%s and %s cite the same thread" % (name, seen_sources[thread])
        seen_sources[thread] = name
        assert meta["inputs"], name
        assert str(meta.get("expert_fix") or "").strip(), "%s: no expert_fix" % name
        for item in meta["inputs"]:
            path = os.path.join(folder, item["file"])
            assert os.path.isfile(path), (name, item["file"])
            assert os.path.getsize(path) > 0, "%s: %s is empty" % (name, item["file"])


@pytest.mark.parametrize("mode", ["files", "paste"])
@pytest.mark.parametrize("folder", all_folders(), ids=lambda f: os.path.basename(f))
def test_real_case_runs(folder, mode, tmp_path):
    meta = load_meta(folder)
    code, out, err = analyze(folder, meta, mode, str(tmp_path))
    assert "Traceback" not in err, err
    assert code in (0, 1, 3), "exit %s: %s" % (code, err.strip()[-300:])
    report = json.loads(out)
    assert report.get("schema") == "wwandoctor.report/1"
    assert isinstance(report.get("findings"), list)
    if code in (0, 1):
        assert (code == 1) == bool(problem_causes(report)), "exit %s does not match the findings" % code


def test_cause_table_counts_top1_and_top3_per_cause():
    rows = [("a", "sim-problem", ["sim-problem"], True),
            ("b", "sim-problem", ["permissions", "sim-problem"], False),
            ("c", "fcc-locked", [], False),
            ("d", "no-fault-found", [], True)]
    assert cause_table(rows) == [
        "| cause | cases | top1 | top3 |", "|---|---|---|---|",
        "| fcc-locked | 1 | 0 | 0 |", "| no-fault-found | 1 | 1 | 1 |", "| sim-problem | 2 | 1 | 2 |",
        "| all | 4 | 2 (50%) | 3 (75%) |"]


def score_folders(case_dirs, mode, workdir, context=True):
    """(case id, label, causes, top1) for each case folder, run as score-cases runs it."""
    rows = []
    for folder in case_dirs:
        meta = load_meta(folder)
        if not context:
            meta = dict(meta, tools_used=[])
        code, out, err = analyze(folder, meta, mode, workdir)
        causes = problem_causes(json.loads(out)) if out.strip() else []
        rows.append((os.path.basename(folder), meta["label"], causes, passes(meta["label"], causes)))
    return rows


def score(part, mode, workdir):
    return score_folders(folders(part), mode, workdir)


def top3(label, causes):
    return not causes if label == "no-fault-found" else label in causes[:3]


def cause_table(rows):
    """Lines of a per-cause table: cases, top1, top3 (and false alarms for no-fault-found)."""
    by_cause = {}
    for name, label, causes, ok in rows:
        cell = by_cause.setdefault(label, [0, 0, 0])
        cell[0] += 1
        cell[1] += ok
        cell[2] += top3(label, causes)
    lines = ["| cause | cases | top1 | top3 |", "|---|---|---|---|"]
    for label in sorted(by_cause):
        n, one, three = by_cause[label]
        lines.append("| %s | %d | %d | %d |" % (label, n, one, three))
    n = len(rows)
    one = sum(1 for r in rows if r[3])
    three = sum(1 for r in rows if top3(r[1], r[2]))
    lines.append("| all | %d | %d (%d%%) | %d (%d%%) |" % (n, one, 100 * one // max(n, 1),
                                                         three, 100 * three // max(n, 1)))
    return lines


def _main(argv):
    """Without DIR: top1 per set of tests/real_cases and mode. With DIR...: the cases below those
    directories (any set in the shared format), one mode; --by-cause prints per-cause top1/top3."""
    import argparse
    import tempfile
    ap = argparse.ArgumentParser(description=_main.__doc__)
    ap.add_argument("dirs", nargs="*", help="case directories (default: every set of tests/real_cases)")
    ap.add_argument("--mode", choices=("files", "paste"), default="files")
    ap.add_argument("--no-context", action="store_true", help="do not pass the post's tools as --tool")
    ap.add_argument("--by-cause", action="store_true", help="print a per-cause top1/top3 table")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if not args.dirs:
            for part in PARTS:
                for mode in ("files", "paste"):
                    rows = score(part, mode, tmp)
                    _print_rows(rows, args.verbose)
                    print("%s %s: top1 %d/%d" % (part, mode, sum(1 for r in rows if r[3]), len(rows)))
            return 0
        case_dirs = sorted(f for d in args.dirs for f in case_folders(d))
        if not case_dirs:
            print("no cases found in %s" % ", ".join(args.dirs), file=sys.stderr)
            return 2
        rows = score_folders(case_dirs, args.mode, tmp, context=not args.no_context)
        _print_rows(rows, args.verbose)
        if args.by_cause:
            print("\n".join(cause_table(rows)))
        else:
            print("%s %s: top1 %d/%d" % (" ".join(args.dirs), args.mode, sum(1 for r in rows if r[3]), len(rows)))
    return 0


def _print_rows(rows, verbose):
    if not verbose:
        return
    for name, label, causes, ok in rows:
        print("%s %-48s want=%-28s got=%s" % ("ok " if ok else "-- ", name, label,
                                                ",".join(map(str, causes[:3])) or "-"))


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
