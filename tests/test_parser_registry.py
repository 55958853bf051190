"""Parsers are found by walking wwandoctor.ingest; each declares what it reads and its priority;
the samples in each parser's docstring run as tests (insights-core style)."""
from __future__ import annotations

import importlib
import pkgutil
import re
import textwrap

import pytest

import wwandoctor.ingest as ingest_package
from wwandoctor.ingest import registry
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.registry import parsers
from wwandoctor.snapshot import Snapshot

PARSERS = parsers()
IDS = [mod.__name__.rsplit(".", 1)[1] for mod in PARSERS]


def test_the_walk_finds_every_module_with_detect_and_nothing_else():
    with_detect = set()
    for info in pkgutil.iter_modules(ingest_package.__path__):
        mod = importlib.import_module("wwandoctor.ingest." + info.name)
        if hasattr(mod, "detect"):
            with_detect.add(info.name)
    assert set(registry.parser_names()) == with_detect
    assert len(PARSERS) >= 24


@pytest.mark.parametrize("mod", PARSERS, ids=IDS)
def test_every_parser_declares_what_it_reads(mod):
    assert isinstance(mod.KIND, str) and mod.KIND
    assert isinstance(mod.COMMANDS, tuple) and mod.COMMANDS and all(isinstance(c, str) and c for c in mod.COMMANDS)
    assert isinstance(mod.PRIORITY, int)
    assert callable(mod.detect) and callable(mod.parse)


def test_kinds_and_priorities_are_unique_so_no_list_order_breaks_a_tie():
    assert len({mod.KIND for mod in PARSERS}) == len(PARSERS)
    assert len({mod.PRIORITY for mod in PARSERS}) == len(PARSERS)
    assert [mod.PRIORITY for mod in PARSERS] == sorted((mod.PRIORITY for mod in PARSERS), reverse=True)


@pytest.mark.parametrize("command,commands,runs", [
    ("lsusb -t", ("lsusb",), True), ("sudo /usr/bin/lsusb -v -d 413c:", ("lsusb",), True),
    ("lsusbx", ("lsusb",), False), ("udevadm  info -a /sys/class/net/wwan0", ("udevadm info",), True),
    ("udevadm monitor", ("udevadm info",), False), ("sudo cat /proc/modules", ("lsmod", "cat /proc/modules"), True),
    ("cat /proc/version", ("lsmod", "cat /proc/modules"), False), (None, ("lsusb",), False),
])
def test_block_runs(command, commands, runs):
    assert Block(lines=[], command=command).runs(commands) is runs


# --- docstring samples ---------------------------------------------------------------------

def _samples(mod):
    """The indented blocks of the module's docstring: the real output it documents."""
    doc = mod.__doc__ or ""
    found, current = [], []
    for line in doc.splitlines() + [""]:
        if line.startswith("    ") and line.strip():
            current.append(line)
        elif current and not line.strip():
            current.append(line)
        elif current:
            found.append(current)
            current = []
    samples = []
    for block in found:
        lines = textwrap.dedent("\n".join(block)).strip("\n").splitlines()
        starts = [i for i, ln in enumerate(lines) if ln.startswith("$ ")]
        if len(starts) < 2:
            samples.append(lines)
            continue
        for a, b in zip(starts, starts[1:] + [len(lines)]):  # one sample per prompt
            samples.append(lines[a:b])
    return samples


def _sample_cases():
    for mod, name in zip(PARSERS, IDS):
        for i, lines in enumerate(_samples(mod)):
            yield pytest.param(mod, lines, id="%s-%d" % (name, i + 1))


SAMPLES = list(_sample_cases())


def test_most_parsers_document_a_sample():
    documented = {p.values[0] for p in SAMPLES}
    assert len(documented) >= 0.75 * len(PARSERS)


def _prompt(lines):
    """A sample that opens with its prompt ("$ mmcli -b 2", "root@host:~# ...") keeps it as the command."""
    m = re.match(r"^(?:\S+[#$]|\$)\s+(\S.*?)(?:\s{3,}\(.*\))?$", lines[0]) if lines else None
    return (m.group(1), lines[1:]) if m else (None, lines)


@pytest.mark.parametrize("mod,lines", SAMPLES)
def test_docstring_sample_is_read_by_its_parser(mod, lines):
    command, lines = _prompt(lines)
    lines = [ln for ln in lines if ln.strip() not in ("...", "…")]
    block = Block(lines=lines, command=command or mod.COMMANDS[0], name="<%s docstring>" % mod.__name__)
    chosen, score = registry.best_parser(block)
    assert chosen is mod, "the sample is taken by %s (%d)" % (getattr(chosen, "KIND", None), score)
    snap = Snapshot(origin="paste")
    left = mod.parse(block, snap) or []
    assert snap.to_dict() != Snapshot(origin="paste").to_dict(), "nothing was read from the sample"
    assert len([ln for ln in left if ln.strip()]) <= len(lines) // 2, "most of the sample is left: %s" % left[:3]


# --- output lines among the person's sentences in one paragraph (tests/robustness.py prose-around-tight) ---

def test_one_log_line_between_sentences_is_read():
    from wwandoctor.ingest import ingest_text
    snap = ingest_text("Hi, here is the output I get:\n"
                       "[13317.359566] cdc_ether 2-5:1.1 wwan0: CDC: unexpected notification 01!\n"
                       "Any idea what is wrong? Thanks in advance.\n")
    assert [ln.text for ln in snap.log] == ["cdc_ether 2-5:1.1 wwan0: CDC: unexpected notification 01!"]
    assert any("Any idea" in p for p in snap.prose) and any("here is the output" in p for p in snap.prose)


def test_mmcli_json_between_sentences_is_read():
    from wwandoctor.ingest import ingest_text
    snap = ingest_text('Here is what mmcli says:\n'
                       '{"modem":{"dbus-path":"/org/freedesktop/ModemManager1/Modem/0","generic":'
                       '{"state":"locked","unlock-required":"sim-pin","state-failed-reason":"--"}}}\n'
                       'Any idea what is wrong? It failed yesterday too.\n')
    assert snap.modemmanager.modems and snap.modemmanager.modems[0]["generic"]["state"] == "locked"
    assert not any("cut or damaged" in n for n in snap.notes)
    assert any("Any idea" in p for p in snap.prose)


def test_a_sentence_below_a_sysfs_value_is_no_value():
    from wwandoctor.ingest import ingest_text
    for after in ("Any idea what is wrong?", "And this is the output of the next command, in case it helps:"):
        snap = ingest_text("# cat /sys/class/net/wwan0/qmi/raw_ip\nN\n%s\n" % after)
        assert [n.raw_ip for n in snap.net_interfaces if n.name == "wwan0"] == [False], after
        snap = ingest_text("# cat /sys/class/net/wwan0/qmi/raw_ip\nN\n\n%s\n" % after)
        assert [n.raw_ip for n in snap.net_interfaces if n.name == "wwan0"] == [False], after
