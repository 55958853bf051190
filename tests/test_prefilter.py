"""The ingest prefilter: kernel-log noise held back by the reader must change nothing.

1. Every real line (samples, cases) that the prefilter calls noise gives the dmesg parser nothing:
   no fact, no log line. Lines a modem prints are never noise.
2. The same for random mutations of real modem lines (hypothesis).
3. A whole paste gives the same snapshot with and without the prefilter (generated pastes mixing
   noise runs with modem lines, other outputs, prompts and blank lines).
"""
from __future__ import annotations

import glob
import os
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wwandoctor.ingest import ingest_text, prefilter
from wwandoctor.ingest.kernel_log import KernelState, kernel_message, split_prefix
from wwandoctor.snapshot import Snapshot

HERE = os.path.dirname(os.path.abspath(__file__))


def _real_lines():
    lines = set()
    # real_cases/heldout/ is read by nothing but the end-of-stop scoring
    for pattern in ("samples/**/*", "written_cases/**/*.txt", "real_cases/tuning/**/*.txt", "real_cases/spent/**/*.txt"):
        for path in glob.glob(os.path.join(HERE, pattern), recursive=True):
            if not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    _, text, _ = split_prefix(line.rstrip("\n"))
                    if text:
                        lines.add(text)
    return sorted(lines)


REAL = _real_lines()


def stamped(message: str) -> bytes:
    return ("[ 1234.567890] %s\n" % message).encode("utf-8")


def parser_takes_nothing(message: str) -> bool:
    snap = Snapshot(origin="paste")
    fresh = snap.to_dict()
    _, text, _ = split_prefix(stamped(message).decode().rstrip("\n"))
    kept = kernel_message(snap, text, 1.0, "paste:-", KernelState()) if text else False
    return not kept and snap.to_dict() == fresh


def test_real_noise_lines_give_the_parser_nothing():
    noise = [m for m in REAL if prefilter.is_noise(stamped(m))]
    wrong = [m for m in noise if not parser_takes_nothing(m)]
    assert not wrong, wrong[:5]
    assert len(noise) > 500 and len(REAL) - len(noise) > 500  # both kinds are well represented


def test_modem_lines_are_never_noise():
    import bench
    for tmpl in bench.MODEM:
        assert not prefilter.is_noise(stamped(tmpl.format(n=5)))
    assert sum(prefilter.is_noise(stamped(t.format(n=1, id=1234, t=5))) for t in bench.NOISE) >= 12


@pytest.mark.parametrize("raw", [
    b"[    5.1] audit: caf\xc3\xa9\n",  # non-ASCII: the reader decodes and counts it
    b"[    5.1] audit: a\x00b\n",  # NUL: a binary line
    b"[    5.1] audit: &lt;usb&gt;\n",  # an HTML entity is decoded by the splitter
    b"[    5.1] \x1b[31musb 1-7\x1b[0m: anything\n",  # colour codes are stripped by the reader
    b"[    5.1] \tusb 1-7: new high-speed USB device number 3 using xhci_hcd\n",  # stripped whitespace
    b"[    5.1] usb 1-7: anything\n", b"[    5.1] btusb 1-10:1.0: anything\n",
    b"[    5.1] usbcore: registered new interface driver usbhid\n",
    b"[    5.1] eth0: renamed from veth1234\n", b"[    5.1] Linux version 6.1.0 (gcc)\n",
    b"[    5.1] pci 0000:04:00.0: [14c3:4d75] type 00 class 0x0d4000\n",
    b"  [    5.1] audit: indented\n", b"audit: no stamp\n", b"[    5.1] audit: " + b"x" * 5000 + b"\n",
])
def test_lines_that_are_not_noise(raw):
    assert not prefilter.is_noise(raw)


MUTATIONS = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 8), st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=6)), max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, len(REAL) - 1), mutations=MUTATIONS)
def test_mutated_real_lines(index, mutations):
    message = REAL[index]
    for at, cut, insert in mutations:
        at = at % (len(message) + 1)
        message = message[:at] + insert + message[at + cut:]
    if prefilter.is_noise(stamped(message)):
        assert parser_takes_nothing(message), message


# --- whole pastes -----------------------------------------------------------------

def _noise(rnd: random.Random, count: int):
    import bench
    return ["[%12.6f] %s" % (5 + i * 0.01, rnd.choice(bench.NOISE).format(
        n=rnd.randint(0, 255), id=rnd.randint(1000, 99999), t=5)) for i in range(count)]


def _modem(rnd: random.Random):
    import bench
    lines = [tmpl.format(n=rnd.randint(2, 99)) for tmpl in bench.MODEM[:rnd.randint(1, len(bench.MODEM))]]
    return ["[%12.6f] %s" % (9 + i * 0.01, line) for i, line in enumerate(lines)]


OTHERS = [
    ["$ lsusb", "Bus 001 Device 003: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE modem"],
    ["", "and then it stops working:"],
    ["usb 1-7: USB disconnect, device number 4"],  # a kernel line without timestamp
    ["[   12.345678] qmi_wwan 1-7:1.4 wwan0: unregister 'qmi_wwan' usb-0000:00:14.0-7, WWAN/QMI device"],
    ["    indented text that a mail archive", "wrapped"],
    ["```", "[    1.000000] audit: inside a fence", "```"],
    ["# dmesg | grep -i usb"],
    [""],
]

PLANS = st.lists(st.tuples(st.sampled_from(["noise", "modem", "other"]), st.integers(1, 700)), min_size=1, max_size=8)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=PLANS, seed=st.integers(0, 1000))
def test_pastes_give_the_same_snapshot_with_and_without_the_prefilter(plan, seed):
    rnd = random.Random(seed)
    lines = []
    for kind, count in plan:
        if kind == "noise":
            lines += _noise(rnd, count)
        elif kind == "modem":
            lines += _modem(rnd)
        else:
            lines += OTHERS[count % len(OTHERS)]
    text = "\n".join(lines) + "\n"
    filtered = ingest_text(text, "paste.txt").to_dict()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(prefilter, "patterns", lambda: None)
        plain = ingest_text(text, "paste.txt").to_dict()
    assert filtered == plain


def test_a_long_log_is_held_back_and_gives_the_same_snapshot():
    import io

    from wwandoctor.ingest import _Reader
    from wwandoctor.ingest.block import NoiseRun
    rnd = random.Random(3)
    lines = _noise(rnd, 3000) + _modem(rnd) + _noise(rnd, 9000) + OTHERS[0] + _noise(rnd, 400) + ["x"]
    text = "\n".join(lines) + "\n"
    held = [item for item in _Reader(io.BytesIO(text.encode()), "t") if type(item) is NoiseRun]
    assert sum(len(run) for run in held) > 11000
    filtered = ingest_text(text, "t").to_dict()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(prefilter, "patterns", lambda: None)
        assert ingest_text(text, "t").to_dict() == filtered
    assert any(d.get("vid") == "2c7c" for d in filtered["usb_devices"])


def test_every_literal_is_found_from_its_anchor_and_the_anchors_are_fewer():
    literals = ["Gobi", "bind() failure", "usb ", "cdc-wdm", "PKCS#7", "t7xx", "drop ", "Device died"]
    anywhere = re.compile(prefilter.anchored_regex(literals))
    for lit in literals:
        for text in (lit, "x " + lit + " y", "[ 1.0] " + lit + "\n"):
            m = anywhere.search(text)
            assert m is not None and lit in text[:m.end() + len(lit)], (lit, text)
        assert anywhere.search(lit[:-1] + "\n" + lit[-1]) is None
    chosen = prefilter.anchors(literals)
    rarest = {lit: max(lit, key=prefilter._rarity) for lit in literals}
    assert all(chosen[lit] in lit for lit in literals)
    assert len(set(chosen.values())) < len(set(rarest.values()))


def test_a_block_filled_with_held_back_noise_just_before_a_kept_line_is_no_crash():
    """The splitter's block is cut at MAX_BLOCK_LINES; held-back noise filling one exactly up to the next
    kept line left a block of noise only, which the splitter handed on as None (AttributeError)."""
    from wwandoctor.ingest import HOLD_BEFORE
    from wwandoctor.ingest.splitter import MAX_BLOCK_LINES
    # the first KEEP_AFTER lines are kept and start block 1, noise fills it, then block 2 (noise only);
    # the run's last HOLD_BEFORE lines are kept as lines again, the first of them after block 2 is full
    count = 2 * MAX_BLOCK_LINES + HOLD_BEFORE
    lines = ["[%d.%06d] random noise line number %d here" % (i, i, i) for i in range(1, count + 1)]
    lines += ["usb 1-1: new high-speed USB device number 2 using xhci_hcd",
              "usb 1-1: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18"]
    snap = ingest_text("\n".join(lines) + "\n", "t")
    assert any(d.vid == "2c7c" for d in snap.usb_devices)
