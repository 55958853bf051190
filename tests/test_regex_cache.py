"""The kept regex programs: a pattern made from one is the pattern ``re`` makes, a damaged, foreign or
untrusted file is ignored, and nothing read from the input is ever written down."""
import json
import os
import re
import subprocess
import sys

import pytest

from wwandoctor import regex_cache

# patterns of the kinds wwandoctor compiles: named groups, look-arounds, case-insensitive
# alternations, bytes, Unicode classes
SAMPLES = [
    (r"(?P<stamp>\[ *\d+\.\d+\]) (?P<driver>[\w-]+) (?P<dev>\d+-[\d.]+):\d+\.\d+: (.*)", 0),
    (r"\b(?:no|without)\s+(?:SIM|card)\b(?!\s+lock)", re.I),
    (r"(?<![\w-])(?:wwan|wwp|wwx)[0-9a-z]+\b", re.I),
    (rb"\[ *\d+\.\d+\] *(?:usbcore|qmi_wwan)", 0),
    (r"(?m)^\s*(\d+):\s+(\S+):\s+(WWAN|Bluetooth)\s*$", re.I),
    (r"[A-Za-z\u00c0-\u024f]+\s+n'appara[iî]t\s+pas", re.I),
]
TEXTS = ["[   12.345678] qmi_wwan 1-1.4:1.4: cdc-wdm0: USB WDM device", "there is no SIM card", "wwp0s20f0u6i12 up",
         "  3: wwan0: WWAN\n", "le modem n'apparaît pas", "NO   SIM lock", "WWX0C5B8F279A64"]


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    home = tmp_path / "cache"
    home.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("WWANDOCTOR_NO_REGEX_CACHE", raising=False)
    regex_cache.forget()
    yield home / "wwandoctor"
    regex_cache.forget()


def _same_as_re(compiled, pattern, flags):
    plain = re.compile(pattern, flags)
    assert (compiled.pattern, compiled.flags, compiled.groups, compiled.groupindex) == \
        (plain.pattern, plain.flags, plain.groups, plain.groupindex)
    for text in TEXTS:
        text = text.encode() if isinstance(pattern, bytes) else text
        assert [m.span() + m.groups() for m in compiled.finditer(text)] == \
            [m.span() + m.groups() for m in plain.finditer(text)], (pattern, text)


def _saved_and_forgotten():
    regex_cache.save()
    regex_cache.forget()


def test_a_pattern_made_from_a_kept_program_is_the_one_re_makes(cache_home, monkeypatch):
    for pattern, flags in SAMPLES:
        regex_cache.compile(pattern, flags)
    _saved_and_forgotten()
    assert len(list(cache_home.glob("regex-*.bin"))) == 1
    regex_cache.compile("probe")  # reads the file and checks re's internals (which parse the probe)
    from re import _parser  # Python 3.11+, the one the tests run on

    with monkeypatch.context() as patched:
        patched.setattr(_parser, "parse", lambda *a, **k: pytest.fail("a kept pattern was parsed again"))
        made = [regex_cache.compile(pattern, flags) for pattern, flags in SAMPLES]
    for compiled, (pattern, flags) in zip(made, SAMPLES):
        _same_as_re(compiled, pattern, flags)


def test_a_damaged_or_foreign_file_is_ignored(cache_home):
    regex_cache.compile(SAMPLES[0][0])
    _saved_and_forgotten()
    (path,) = cache_home.glob("regex-*.bin")
    for content in (b"", b"\x00garbage", path.read_bytes()[:1000],
                    path.read_bytes().replace(sys.version.encode(), b"3.0.0 another python"[:len(sys.version)])):
        path.write_bytes(content)
        regex_cache.forget()
        for pattern, flags in SAMPLES:
            _same_as_re(regex_cache.compile(pattern, flags), pattern, flags)


def test_a_kept_program_the_engine_refuses_is_compiled_anew(cache_home):
    pattern, flags = SAMPLES[1]
    regex_cache.compile(pattern, flags)
    _saved_and_forgotten()
    (path,) = cache_home.glob("regex-*.bin")
    data = path.read_bytes()
    start = 8 + int.from_bytes(data[:8], "little")
    path.write_bytes(data[:start] + b"\xff" * (len(data) - start))  # every program damaged, the index intact
    regex_cache.compile("probe")
    assert regex_cache._kept and regex_cache._kept.index  # the file was read
    _same_as_re(regex_cache.compile(pattern, flags), pattern, flags)


def test_a_file_others_may_write_is_not_read(cache_home):
    regex_cache.compile(SAMPLES[0][0])
    _saved_and_forgotten()
    (path,) = cache_home.glob("regex-*.bin")
    os.chmod(path, 0o664)
    regex_cache.compile("probe")
    assert regex_cache._kept is None  # not read


def test_switched_off_it_neither_reads_nor_writes(cache_home, monkeypatch):
    monkeypatch.setenv("WWANDOCTOR_NO_REGEX_CACHE", "1")
    for pattern, flags in SAMPLES:
        _same_as_re(regex_cache.compile(pattern, flags), pattern, flags)
    regex_cache.save()
    assert not cache_home.exists() or not list(cache_home.glob("regex-*.bin"))


def test_an_unwritable_cache_folder_is_skipped_silently(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    regex_cache.forget()
    try:
        _same_as_re(regex_cache.compile(SAMPLES[2][0], SAMPLES[2][1]), *SAMPLES[2])
        regex_cache.save()
    finally:
        regex_cache.forget()


def _paste(imei, iccid, serial, mac):
    return ("$ mmcli -m 0\n  -------------------------\n  Hardware |   equipment id: %s\n"
            "  SIM      |   iccid: %s\n"
            "[  4.1] usb 1-1.4: SerialNumber: %s\n"
            "[  4.2] cdc_ether 1-1.4:1.0 wwan0: register 'cdc_ether' at usb-0000:00:14.0-4, CDC Ethernet Device, %s\n"
            "[  4.3] cdc_ether 1-1.4:1.0 wwx%s: renamed from wwan0\n"
            "My modem with IMEI %s does not get an IP address.\n" % (imei, iccid, serial, mac, mac.replace(":", ""), imei))


# Run in a fresh interpreter: what a process compiled before (lazily compiled patterns are kept in their objects) is
# not routed again, so only a new process shows every pattern a run routes. Writes [patterns at import and in the
# first analyze, patterns of each later analyze...] as JSON to argv[1].
ROUTING_PROBE = """
import json, sys
from wwandoctor import regex_cache
routed = []
digest = regex_cache._digest
regex_cache._digest = lambda p, f: routed.append(p.decode("latin-1") if isinstance(p, bytes) else p) or digest(p, f)
from wwandoctor import cli
runs = []
for paste in sys.argv[2:]:
    start = len(routed) if runs else 0
    assert cli.main(["analyze", "--format", "json", paste]) in (0, 1, 3)
    runs.append(routed[start:])
json.dump(runs, open(sys.argv[1], "w"))
"""


def test_nothing_from_the_input_is_routed_to_the_cache(cache_home, tmp_path):
    """Only wwandoctor's own patterns reach the cache: none holds a value of the input, and a paste that differs only
    in its identifiers routes no pattern the first did not (a pattern made from a value would be new)."""
    first = ("356938035643809", "89314404000132465780", "SN4F7A2C19", "0c:5b:8f:27:9a:64")
    second = ("490154203237518", "89441000303546761234", "SN8B1D0E77", "4a:11:22:33:44:55")
    pastes = []
    for n, values in enumerate((first, second)):
        pastes.append(tmp_path / ("paste%d.txt" % n))
        pastes[-1].write_text(_paste(*values))
    out = tmp_path / "routed.json"
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home.parent))
    proc = subprocess.run([sys.executable, "-c", ROUTING_PROBE, str(out)] + [str(p) for p in pastes], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    at_first, at_second = json.loads(out.read_text())
    assert len(at_first) > 200  # the module constants and the lazily compiled patterns of the first run
    for pattern in at_first + at_second:
        for value in first + second:
            for spelling in {value, value.replace(":", ""), value[-6:]}:
                assert spelling not in pattern, (spelling, pattern[:200])
    assert set(at_second) <= set(at_first), sorted(set(at_second) - set(at_first))[:3]


def test_a_file_grown_past_its_limit_keeps_only_what_the_run_used(cache_home, monkeypatch):
    for pattern, flags in SAMPLES:
        regex_cache.compile(pattern, flags)
    _saved_and_forgotten()
    monkeypatch.setattr(regex_cache, "MAX_BYTES", 1)
    regex_cache.compile(SAMPLES[0][0], SAMPLES[0][1])  # kept: read from the file
    regex_cache.compile(r"a new pattern (\d+)")
    _saved_and_forgotten()
    regex_cache.compile("probe")
    assert set(regex_cache._kept.index) == {regex_cache._digest(SAMPLES[0][0], 0), regex_cache._digest(r"a new pattern (\d+)", 0)}


def test_nothing_is_written_to_a_nearly_full_file_system(cache_home, monkeypatch):
    # a router's home is on a flash overlay of a few MB: the cache leaves MIN_FREE bytes free or is not written
    from wwandoctor import usercache

    monkeypatch.setattr(usercache, "MIN_FREE", 1 << 60)
    regex_cache.compile(SAMPLES[0][0])
    regex_cache.save()
    assert not list(cache_home.glob("regex-*.bin"))
    monkeypatch.setattr(usercache, "MIN_FREE", 0)
    regex_cache.compile(SAMPLES[1][0], SAMPLES[1][1])
    regex_cache.save()
    assert len(list(cache_home.glob("regex-*.bin"))) == 1
