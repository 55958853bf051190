"""Property-based tests of every pasted-text parser, the splitter, the whole ingest and the USB
descriptor decoder: random text and mutated real samples never raise anything but the tool's own
InputError (issue #13). The samples are tests/samples/paste (real outputs) and
tests/samples/descriptors (real descriptor dumps)."""
from __future__ import annotations

import glob
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wwandoctor.errors import InputError
from wwandoctor.ingest import ingest_text, registry
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.splitter import split
from wwandoctor.snapshot import Snapshot
from wwandoctor.decode.usb_descriptors import decode_descriptors

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = sorted(glob.glob(os.path.join(HERE, "samples", "paste", "*.txt")))
DESCRIPTORS = sorted(glob.glob(os.path.join(HERE, "samples", "descriptors", "*.hex")))
PARSERS = registry.parsers()
FAST = settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))


def _sample_lines(index: int):
    with open(SAMPLES[index % len(SAMPLES)], encoding="utf-8", errors="replace") as fh:
        return fh.read().splitlines()


PRINTABLE = st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FF)
ANY_TEXT = st.text(alphabet=PRINTABLE, max_size=120)
# Pieces the parsers look for, so random lines reach deeper than their first test.
WORDS = st.sampled_from([
    "usb 1-7:", "qmi_wwan 1-7:1.4 wwan0:", "cdc-wdm0", "idVendor=2c7c", "idProduct=0125", "[   12.345678]",
    "Bus 001 Device 004: ID 2c7c:0125", "T:  Bus=01 Lev=01", "I:* If#= 4 Alt= 0 #EPs= 3 Cls=ff(vend.)",
    "bInterfaceClass", "  Device-0: ", "wwan0: <BROADCAST,MULTICAST,UP>", "inet 10.0.0.2/30", "link/none",
    "-----------------------------", "  General  |", "dbus path:", "state: 'connected'", "[/dev/cdc-wdm0]",
    "Mode: 'low-power'", "DHCPDISCOVER on wwan0", "Module                  Size  Used by", "qmi_wwan 36864 0",
    "00:1c.0 PCI bridge [0604]:", "Kernel driver in use:", "E: ID_VENDOR_ID=2c7c", "P: /devices/pci0000:00",
    "/sys/class/net/wwan0/qmi/raw_ip", "Y", "N", "ModemManager[812]:", "<wrn>", "Active: active (running)",
    "0: phy0: Wireless LAN", "Soft blocked: yes", "Linux host 6.1.0-18-amd64", "{", "}", '"modem": {', ":", "=",
    "\t", "  ", "-1", "65536", "0x", "ff/ff/ff", "…", "\x00", "\r",
])
LINE = st.lists(st.one_of(WORDS, ANY_TEXT), max_size=6).map(" ".join)


@st.composite
def mutated_sample(draw):
    """A real sample with random lines cut, duplicated, replaced, truncated or inserted."""
    lines = _sample_lines(draw(st.integers(0, 10 ** 6)))
    for _ in range(draw(st.integers(0, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["cut", "dup", "replace", "truncate", "insert", "swap"]))
        if action == "cut":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "replace":
            lines[i] = draw(LINE)
        elif action == "truncate":
            lines[i] = lines[i][:draw(st.integers(0, max(0, len(lines[i]))))]
        elif action == "insert":
            lines.insert(i, draw(LINE))
        else:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
    return lines


BLOCK_LINES = st.one_of(mutated_sample(), st.lists(LINE, max_size=25))
COMMAND = st.none() | st.sampled_from(["dmesg", "lsusb -v", "lsusb -t", "usb-devices", "mmcli -m 0", "qmicli -d /dev/cdc-wdm0 --dms-get-operating-mode",
                                        "ip a", "ifconfig", "lsmod", "lspci -nnk", "udevadm info -a /sys/class/net/wwan0",
                                        "cat /sys/class/net/wwan0/qmi/raw_ip", "journalctl -b", "rfkill list", "nmcli d",
                                        "systemctl status ModemManager", "uname -a", "mbimcli -p --query-radio-state"])


def _no_error_but_input_error(call, *args):
    try:
        return call(*args)
    except InputError:
        return None


@pytest.mark.parametrize("parser", PARSERS, ids=[p.__name__.rsplit(".", 1)[-1] for p in PARSERS])
@FAST
@given(lines=BLOCK_LINES, command=COMMAND)
def test_every_parser_takes_any_block(parser, lines, command):
    block = Block(lines=list(lines), command=command, name="fuzz.txt", first_line=1)
    score = parser.detect(block)
    assert 0 <= int(score) <= 100
    snap = Snapshot(origin="paste")
    left = _no_error_but_input_error(parser.parse, block, snap)
    if left is not None:
        assert all(isinstance(line, str) for line in left)
    snap.to_json()


@FAST
@given(lines=st.lists(st.one_of(LINE, st.sampled_from(["", "```", "$ lsusb", "> quoted", "root@OpenWrt:~# dmesg",
                                                         "    indented", "\\", "$ ip a \\"])), max_size=60))
def test_the_splitter_keeps_every_line_in_order(lines):
    blocks = list(split(lines, "fuzz.txt"))
    for block in blocks:
        assert block.lines and any(ln.strip() for ln in block.lines)
        assert block.first_line >= 1


@FAST
@given(lines=st.one_of(mutated_sample(), st.lists(LINE, max_size=40)), glue=st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_whole_pastes_never_raise(lines, glue):
    snap = _no_error_but_input_error(ingest_text, glue.join(lines), "fuzz.txt")
    if snap is not None:
        snap.to_json()


def _descriptor_samples():
    blobs = []
    for path in DESCRIPTORS:
        with open(path, encoding="utf-8") as fh:
            blobs.append(bytes.fromhex("".join(fh.read().split())))
    return blobs


REAL_DESCRIPTORS = _descriptor_samples()


@st.composite
def mutated_descriptors(draw):
    data = bytearray(draw(st.sampled_from(REAL_DESCRIPTORS)))
    for _ in range(draw(st.integers(0, 8))):
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["set", "cut", "insert", "truncate"]))
        if action == "set":
            data[i] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[i:i + draw(st.integers(1, 9))]
        elif action == "insert":
            data[i:i] = draw(st.binary(max_size=9))
        else:
            del data[i:]
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.one_of(mutated_descriptors(), st.binary(max_size=300)),
       ids=st.sampled_from([(None, None), ("413c", "81a3"), ("2c7c", "0125"), ("1199", "9071")]))
def test_the_descriptor_decoder_takes_any_bytes(data, ids):
    decoded = _no_error_but_input_error(decode_descriptors, data, *ids)
    assert decoded is not None
