"""The report's "not understood" sections leave out the lines a signature or a prose reader took a fact from
(model.signals.unread_sections): before, they listed every line no parser took, so a report quoted as
"not understood" the very sentence its finding gave as evidence."""
import io
from pathlib import Path

import pytest

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


# Lines only a model reader (not a signature or said:* reading) took a fact from: the id the post names
# (model/prose_ids.py), the model name (model/named.py), a port or interface the post names (model/anchors.py),
# the tool it says it uses (model/tools.py) and the kernel its distribution release implies (model/prose_kernel.py).
# Before, their Evidence had no line place and the report listed the line as "not understood".
_READ_BY_THE_MODEL = [
    ("my modem is a Quectel EC25 (2c7c:0125), bought it last year", "usb:2c7c:0125"),
    ("I have a Sierra EM7455 in my laptop, bought it last year", "named:EM7455"),
    ("I configured wwan0 in my interfaces file last year", "unidentified:wwan0"),
    ("I connect with qmicli and udhcpc every morning", None),
    ("On Ubuntu 22.04 with the stock kernel here", None),
]


@pytest.mark.parametrize("line, modem", _READ_BY_THE_MODEL)
def test_a_line_a_model_fact_was_read_from_is_not_listed(line, modem):
    snap = ingest_text("Hello all,\n%s.\nthanks\n" % line, "post")
    model = derive(snap)
    assert [m.id for m in model.modems] == ([modem] if modem else [])
    assert "post:2" in model.evidence_places()
    report = build_report(model, evaluate(load_rules(None), model))
    assert report["unrecognized"] == ["post:1: Hello all,\npost:3: thanks"]


# Lines host and id readers take a fact from: a modem device node shown present (modem_nodes_shown), a connect
# command (connect_commands), a firmware revision older than the host software needs (firmware_too_old), a kernel
# log filter named in words (kernel_log_filtered), a kernel patch adding the modem's id (id_added_by_patch), the
# fcc-unlock.d directory a program is installed in (fcc_unlock_misplaced). Before, they were "not understood".
_READ_BY_HOST_AND_ID_READERS = [
    ("modem_nodes_shown", "Hello all,\nport = /dev/ttyUSB2\nthanks\n", ["2"]),
    ("firmware_too_old", "Hello all,\n- Firmware Version: 81600.0000.00.29.19.16\nI use luci-proto-atc on it\n"
                         "thanks\n", ["2"]),
    ("kernel_log_filtered", "Hello all,\nhere is the output of dmesg | grep -i usb below\nthanks\n", ["2"]),
    ("connect_commands", "Hello all,\n`sudo python3 rpc/open_xdatachannel.py --apn live.vodafone.com`\nthanks\n", ["2"]),
    ("id_added_by_patch", "Bus 001 Device 003: ID 2c7c:0901 Quectel Wireless Solutions Co., Ltd. EC200U\nHello all,\n"
                          "+++ b/drivers/usb/serial/option.c\n+\t{ USB_DEVICE(0x2c7c, 0x0901) },\nthanks\n", ["3", "4"]),
    ("fcc_unlock_misplaced", "Bus 001 Device 003: ID 105b:e0ab Foxconn T99W175\nHello all,\nModemManager[1]: <debug> "
                             "Cannot run fcc unlock operation from /usr/share/ModemManager/fcc-unlock.d/105b:e0ab: file "
                             "doesn't exist\n/usr/lib/x86_64-linux-gnu/ModemManager/fcc-unlock.d/105b:e0ab\nthanks\n", ["4"]),
]


@pytest.mark.parametrize("fact, post, read", _READ_BY_HOST_AND_ID_READERS, ids=[r[0] for r in _READ_BY_HOST_AND_ID_READERS])
def test_a_line_a_host_or_id_fact_was_read_from_is_not_listed(fact, post, read):
    snap = ingest_text(post, "post")
    model = derive(snap)
    facts = [model.host] + model.modems
    assert any(getattr(f, fact, None) for f in facts), fact
    report = build_report(model, evaluate(load_rules(None), model))
    listed = _lines(report)
    assert listed and not set(read) & set(listed), report["unrecognized"]
