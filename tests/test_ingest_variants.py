"""Every paste sample survives CRLF, mail quoting, truncation and garbage with the same facts."""
import glob
import os

import pytest

from wwandoctor.ingest import ingest_text, new_paste_snapshot

S = "tests/samples/paste/"
SAMPLES = sorted(glob.glob(S + "*.txt"))


def facts(snap):
    d = snap.to_dict()
    return ([d[k] for k in ("usb_devices", "pci_devices", "net_interfaces", "routes", "rfkill", "kernel", "services",
                            "modemmanager", "wwan_ports", "versions")],
            [(l.origin, l.text) for l in snap.log], sorted(t.tool for t in snap.tools))


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


@pytest.mark.parametrize("path", SAMPLES, ids=os.path.basename)
def test_crlf_and_mail_quoting_give_the_same_facts(path):
    text = read(path)
    plain = ingest_text(text, "x")
    quoted = ingest_text("".join("> " + ln + "\r\n" for ln in text.splitlines()), "x")
    assert facts(quoted) == facts(plain)
    assert quoted.unrecognized == plain.unrecognized


@pytest.mark.parametrize("path", SAMPLES, ids=os.path.basename)
def test_truncated_sample_does_not_crash_and_keeps_the_rest(path):
    text = read(path)
    cut = text[: len(text) * 2 // 3]
    snap = ingest_text(cut, "x")
    assert not any("parser failed" in n for n in snap.notes)
    assert snap.to_dict() != new_paste_snapshot().to_dict()  # what survived the cut was kept


@pytest.mark.parametrize("path", SAMPLES, ids=os.path.basename)
def test_garbage_between_lines_is_unrecognized_not_fatal(path):
    lines = read(path).splitlines()
    noisy = []
    for i, ln in enumerate(lines):
        noisy.append(ln)
        if i == len(lines) // 2:
            noisy.append("\x07\x1b[31m�� ☃ zz\u202e")
    snap = ingest_text("\n".join(noisy), "x")
    assert not any("parser failed" in n for n in snap.notes)
    plain = ingest_text("\n".join(lines), "x")
    assert len(snap.log) >= len(plain.log) - 1


def test_shuffled_and_damaged_mixtures_parse_and_round_trip():
    import random
    from wwandoctor.saved_snapshot import from_json
    pool = []
    for p in sorted(glob.glob(S + "*.txt")):
        pool += read(p).splitlines()
    rnd = random.Random(7)
    for _ in range(120):
        out = []
        for ln in (rnd.choice(pool) for _ in range(rnd.randint(1, 60))):
            r = rnd.random()
            if r < 0.1:
                ln = ln[: rnd.randint(0, len(ln))]
            elif r < 0.15:
                ln = "> " + ln
            elif r < 0.2:
                ln = ""
            elif r < 0.25:
                ln = "$ " + ln
            elif r < 0.28:
                ln = "```"
            elif r < 0.3:
                ln = "".join(chr(rnd.randint(1, 0x2fff)) for _ in range(rnd.randint(1, 40)))
            out.append(ln)
        snap = ingest_text("\n".join(out), "fz")
        assert not any("parser failed" in n for n in snap.notes), snap.notes
        assert from_json(snap.to_json(), "fz").to_dict() == snap.to_dict()
