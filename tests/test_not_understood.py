"""The report's "not understood" sections leave out the lines a signature or a prose reader took a fact from
(model.signals.unread_sections): before, they listed every line no parser took, so a report quoted as
"not understood" the very sentence its finding gave as evidence."""
import io
from pathlib import Path

from wwandoctor.engine import evaluate, load_rules
from wwandoctor.ingest import ingest_inputs, ingest_text
from wwandoctor.model import derive
from wwandoctor.model.signals import unread_sections
from wwandoctor.render import renderer
from wwandoctor.report import build_report
from wwandoctor.snapshot import LogLine, Snapshot

REAL = Path(__file__).parent / "real_cases"
# a forum post, prose only: lines 1 and 5 say the internal modem is unreachable, line 7 (joined to line 8,
# wrapped) that it is recognised only sometimes; the greeting (line 2) and the firmware version (line 9) say nothing
RUT260 = REAL / "spent/rut260-internal-modem-unreachable-recognised-only-after-several-power-cycles/other-1.txt"
# "i updated my modem via", a fenced command, "however it would not connect afterwards.": one sentence read
EM7455 = REAL / "tuning/em7455-autoflash-02.33-update-no-connect-until-firmware-preference-set/other-1.txt"


def _report(paths):
    model = derive(ingest_inputs([str(p) for p in paths]))
    return build_report(model, evaluate(load_rules(None), model))


def _lines(report):
    return [part.split(": ", 1)[0].rsplit(":", 1)[1] for section in report["unrecognized"]
            for part in section.split("\n")]


def _plain(report) -> str:
    out = io.StringIO()
    renderer("text", out).render(report, out)
    return out.getvalue()


def test_lines_read_for_a_fact_are_not_listed_as_not_understood():
    report = _report([RUT260])
    assert any(f["cause"] for f in report["findings"] + report["undecided"])
    lines = _lines(report)
    assert "1" not in lines and "5" not in lines  # said:internal-modem, said:not-recognized
    assert "7" not in lines and "8" not in lines  # said:detected-only-sometimes, line 8 joined to line 7
    assert "2" in lines and "9" in lines  # the greeting, the firmware version
    assert "Not understood: %s:2: Hello dear community," % RUT260 in _plain(report)


def test_a_sentence_joined_across_a_code_block_is_read_whole():
    report = _report([EM7455])
    assert report["unrecognized"] == []
    assert "Not understood" not in _plain(report)


def test_nothing_read_keeps_every_section():
    snap = ingest_text("blue cheese and crackers\nthe weather was fine all week long\n", "post")
    model = derive(snap)
    assert snap.unrecognized and unread_sections(snap, model.signals) == snap.unrecognized


def _said(where: str) -> LogLine:
    return LogLine(text="the post says: ...", origin="unknown", time=None, source=where)


def test_a_section_keeps_its_heading_and_note_with_the_lines_left():
    snap = Snapshot(unrecognized=["p:3: $ cat notes\np:4: the modem is gone\np:5: tea\np: ... 2 more unrecognized lines"])
    kept = unread_sections(snap, {"said:gone": [_said("p:4")]})
    assert kept == ["p:3: $ cat notes\np:5: tea\np: ... 2 more unrecognized lines"]


def test_a_section_left_with_only_its_heading_is_dropped():
    snap = Snapshot(unrecognized=["p:3: $ cat notes\np:4: the modem is gone", "q:1: tea"])
    assert unread_sections(snap, {"said:gone": [_said("p:4")]}) == ["q:1: tea"]
