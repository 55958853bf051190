"""The fast path of logs.is_relevant keeps exactly the lines the plain regex checks keep.

is_relevant rejects most lines with one combined literal search (the gate);
these tests compare it with the unoptimised definition on every real log
line in the samples and the cases, and on generated noise.
"""
from __future__ import annotations

import glob
import os
import re

import pytest

from wwandoctor import logs

HERE = os.path.dirname(__file__)
CASES = os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared", "cases")


def reference(text):
    """is_relevant without any shortcut: the definition the fast path must agree with."""
    text = text.strip()
    if not text:
        return False
    registered = logs._REGISTERED_RE.search(text)
    if registered:
        return registered.group(1) in logs.MODEM_LOG_MODULES
    if logs._PREFIX_RE.match(text) or logs._KEYWORD_RE.search(text):
        return True
    return any(re.search(p.pattern, text) for p in logs.signature_patterns())


def real_lines():
    paths = glob.glob(os.path.join(HERE, "samples", "**", "*.txt"), recursive=True)
    paths += glob.glob(os.path.join(CASES, "*", "*.txt"))
    texts = set()
    for path in sorted(paths):
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                texts.add(logs.split_line(line)[2])
                texts.add(line.split(";", 1)[-1].strip())  # kmsg records
    return sorted(texts)


def test_fast_path_keeps_the_same_real_lines():
    lines = real_lines()
    assert len(lines) > 1000
    kept = [t for t in lines if logs.is_relevant(t)]
    assert kept == [t for t in lines if reference(t)]
    assert len(kept) > 200  # the samples hold many modem lines: the comparison is not vacuous


def test_fast_path_keeps_the_same_generated_lines():
    import random
    import bench
    rnd = random.Random(7)
    lines = [rnd.choice(bench.NOISE + bench.MODEM).format(n=rnd.randint(2, 255), id=rnd.randint(1000, 99999), t=5)
             for _ in range(3000)]
    assert [t for t in lines if logs.is_relevant(t)] == [t for t in lines if reference(t)]
    assert any(logs.is_relevant(t) for t in lines) and not all(logs.is_relevant(t) for t in lines)


@pytest.mark.parametrize("text", [
    "pcieport 0000:01:00.0: Device died",  # a grouped alternation signature, 2nd and 3rd branch
    "foo: Recovery failed",
    "Unexpected error -71",
    "creating qcqmi0",
    "xyz: nonzero urb status received: -EPIPE",
])
def test_signature_branches_pass_the_gate(text):
    assert logs.is_relevant(text) and reference(text)


@pytest.mark.parametrize("pattern,literals", [
    (r"(device recovery started|Recovery failed|Device died)", ("device recovery started", "Recovery failed", "Device died")),
    (r"(?:Error loading firmware|MHI did not enter READY state)", ("Error loading firmware", "MHI did not enter READY state")),
    (r"firmware crashed|Device (died|gone)", ("firmware crashed", "Device ")),
    (r"usb \S+: USB disconnect, device number \d+", (": USB disconnect, device number ",)),
    (r"(ab|c)d", None),  # the "c" branch has no 3-character literal
    (r"(?i)device died", None),  # case-insensitive: a literal check would be wrong
    (r"foo(?=bar) baz", None),
    (r"(a|b)|(c|d)", None),
])
def test_required_literals(pattern, literals):
    assert logs.required_literals(re.compile(pattern)) == literals


def test_every_gated_signature_match_contains_one_of_its_literals():
    lines = real_lines()
    checked = 0
    for anchors, pattern in logs._gated_signatures():
        for text in lines:
            if pattern.compiled().search(text):
                checked += 1
                assert anchors is None or any(a in text for a in anchors), (pattern.pattern, text)
    assert checked > 50


def test_trie_regex_matches_exactly_the_literals():
    rx = re.compile(logs._trie_regex(["abc", "abd", "x", "a.c", "xyz"]))
    assert rx.pattern == r"(?:a(?:\.c|b(?:c|d))|x)"
    for text, found in (("zzabdz", "abd"), ("a.c", "a.c"), ("abz", None), ("ab", None), ("yxyz", "x")):
        m = rx.search(text)
        assert (m.group(0) if m else None) == found


def test_common_noise_does_not_pass_the_gate():
    gate = logs._gate()[0]
    for text in ("docker0: port 1(veth1a2b) entered forwarding state", "EXT4-fs (nvme0n1p2): mounted filesystem",
                 "[UFW BLOCK] IN=wlp2s0 OUT= MAC=01:00:5e SRC=192.168.1.4 DST=224.0.0.251 PROTO=UDP SPT=5353"):
        assert gate.search(text) is None, text
    assert gate.search("wwan wwan0: port wwan0at0 attached")  # its signature is covered by the "wwan" hint


def test_required_runs():
    assert logs.required_runs(r"wwan (wwan\d+): port (wwan\d+) attached") == ["wwan ", ": port ", " attached"]
    assert logs.required_runs(r"a|b") is None
