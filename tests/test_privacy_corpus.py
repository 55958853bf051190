"""The adversarial privacy corpus (tests/samples/privacy/adversarial, values in tests/privacy_corpus.py):
realistic pastes of every class of the privacy issue, run through ``analyze FILE`` and standard input in
all four formats, through ``check`` (every format, --save) and ``collect`` (stdout, -o) on a machine whose
snapshot holds them. No planted value, nor its last 7 digits, nor a MAC's device half, may appear; the
diagnostic values of the same pastes must survive; findings are the same with and without redaction.

Each leak test has a twin that runs without redaction and finds the planted values, so the leak tests
cannot pass because the values were dropped on the way.
"""
from __future__ import annotations

import io
import json
import os
import re
import sys

import pytest

from wwandoctor.cli import main
from wwandoctor.redact import ALIAS_KINDS, COMMON_WORDS

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from privacy_corpus import CORPUS, KEPT, PLANTED, leaks, read  # noqa: E402

FORMATS = ("text", "markdown", "mail", "json")
NAMES = sorted(PLANTED)
ALL_PLANTED = sorted({v for values in PLANTED.values() for v in values})


def _run(capsys, argv, stdin=None):
    if stdin is not None:
        old = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    try:
        rc = main(argv)
    finally:
        if stdin is not None:
            sys.stdin = old
    cap = capsys.readouterr()
    assert rc in (0, 1, 3), "%s failed (%d): %s" % (argv, rc, cap.err[-800:])
    return cap.out


def _combined() -> str:
    return "\n".join(read(name) for name in NAMES)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_analyze_file_leaks_nothing(capsys, name, fmt):
    out = _run(capsys, ["analyze", "--format", fmt, os.path.join(CORPUS, name)])
    assert leaks(out, PLANTED[name]) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_analyze_stdin_whole_corpus_leaks_nothing(capsys, fmt):
    out = _run(capsys, ["analyze", "--format", fmt, "-"], stdin=_combined())
    assert leaks(out, ALL_PLANTED) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_analyze_all_files_at_once_leaks_nothing(capsys, fmt):
    out = _run(capsys, ["analyze", "--format", fmt] + [os.path.join(CORPUS, n) for n in NAMES])
    assert leaks(out, ALL_PLANTED) == []


def test_planted_values_reach_the_unredacted_report(capsys):
    """Without redaction most planted values are in some output: the tests above can fail (some values are
    read by a parser and not shown in any report, e.g. mmcli's SIM properties)."""
    missing = []
    for name in NAMES:
        out = "".join(_run(capsys, ["analyze", "--no-redact", "--format", fmt, os.path.join(CORPUS, name)])
                      for fmt in FORMATS)
        found = leaks(out, PLANTED[name])
        missing += [v for v in PLANTED[name] if v not in found]
    assert len(missing) <= len(ALL_PLANTED) // 4, missing


@pytest.mark.parametrize("name", sorted(KEPT))
def test_diagnostic_values_survive(capsys, name):
    out = _run(capsys, ["analyze", "--format", "json", os.path.join(CORPUS, name)])
    assert [v for v in KEPT[name] if v not in out] == []


@pytest.mark.parametrize("name", NAMES)
def test_findings_identical_with_and_without_redaction(capsys, name):
    path = os.path.join(CORPUS, name)
    plain = json.loads(_run(capsys, ["analyze", "--no-redact", "--format", "json", path]))
    red = json.loads(_run(capsys, ["analyze", "--format", "json", path]))
    key = lambda r: [(f["rule"], f["cause"], f["severity"], f["confidence"], f["subject"]) for f in r["findings"]]  # noqa: E731
    assert key(red) == key(plain)
    assert [m["id"] for m in red["modems"]] == [m["id"] for m in plain["modems"]]


# --- check and collect on a machine whose snapshot holds the corpus ---------------

@pytest.fixture
def corpus_machine(monkeypatch):
    import wwandoctor.collect
    from wwandoctor.ingest import ingest_text

    def fake_collect_all(root="/", on_done=None):
        snap = ingest_text(_combined(), "corpus")
        snap.origin = "live"
        return snap
    monkeypatch.setattr(wwandoctor.collect, "collect_all", fake_collect_all)


@pytest.mark.parametrize("fmt", FORMATS)
def test_check_leaks_nothing(capsys, corpus_machine, fmt):
    assert leaks(_run(capsys, ["check", "--format", fmt]), ALL_PLANTED) == []


def test_check_save_and_collect_leak_nothing(capsys, corpus_machine, tmp_path):
    _run(capsys, ["check", "--save", str(tmp_path / "saved")])
    _run(capsys, ["collect", "-o", str(tmp_path / "snap.json")])
    for name in ("saved/report.md", "saved/report.json", "snap.json"):
        assert leaks((tmp_path / name).read_text(encoding="utf-8"), ALL_PLANTED) == [], name
    assert leaks(_run(capsys, ["collect"]), ALL_PLANTED) == []
    raw = _run(capsys, ["collect", "--no-redact"])
    assert len(leaks(raw, ALL_PLANTED)) >= len(ALL_PLANTED) // 2  # the snapshot did carry them


def test_redacted_collect_snapshot_analyzes_without_leaks(capsys, corpus_machine, tmp_path):
    """A redacted snapshot fed back to analyze (what a helper receives) holds nothing either."""
    _run(capsys, ["collect", "-o", str(tmp_path / "snap.json")])
    for fmt in FORMATS:
        out = _run(capsys, ["analyze", "--no-redact", "--format", fmt, str(tmp_path / "snap.json")])
        assert leaks(out, ALL_PLANTED) == []


# --- redaction changes nothing but the identifiers ---------------------------------

PRIVACY_CASES = os.path.join(HERE, "samples", "privacy", "cases")
_ALIAS_TOKEN = re.compile(r"(?:[0-9a-fA-F:.]+-)?(?:%s)-\d+" % "|".join(ALIAS_KINDS))
_WORD = re.compile(r"[A-Za-z]+")


def _without_warning(lines):
    """The report lines without the --no-redact warning, runs of blank lines as one."""
    out = []
    for ln in lines:
        if "not redacted" in ln.lower() or (not ln.strip() and out and not out[-1].strip()):
            continue
        out.append(ln)
    return out


@pytest.mark.parametrize("case", sorted(os.listdir(PRIVACY_CASES)))
def test_redaction_changes_only_identifiers(capsys, case):
    """Each line of the redacted report is the unredacted line with some tokens replaced by aliases,
    and no replaced token is a plain word (as "connection" once was, from a fix command's CONNECTION)."""
    files = sorted(os.path.join(PRIVACY_CASES, case, n) for n in os.listdir(os.path.join(PRIVACY_CASES, case)))
    plain = _run(capsys, ["analyze", "--no-redact", "--format", "markdown"] + files).splitlines()
    red = _run(capsys, ["analyze", "--format", "markdown"] + files).splitlines()
    plain, red = _without_warning(plain), _without_warning(red)
    assert len(plain) == len(red)
    for before, after in zip(plain, red):
        if before == after:
            continue
        pieces = _ALIAS_TOKEN.split(after)
        rx = "(.+?)".join(re.escape(p) for p in pieces)
        m = re.fullmatch(rx, before)
        assert m, "%r -> %r" % (before, after)
        for token in m.groups():
            assert not (_WORD.fullmatch(token) and token.lower() in COMMON_WORDS), (token, before)
