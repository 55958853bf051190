"""Hostile input for the USB/udev/ModemManager/network/system parsers: long lines, binary, nesting.

Lines reach parsers capped at 64 KiB; every regex must stay linear on them (a quadratic
pattern takes minutes on one such line) and nothing may raise.
"""
from __future__ import annotations

import importlib
import time

from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot

MODULES = ["lsusb", "mmcli", "iproute", "ifconfig", "nmcli", "uname", "rfkill", "lsmod", "modules", "lspci",
           "usb_devices", "udevadm"]
PREFIXES = ["", "x Link encap:a", "  bInterfaceClass  ", "T:  Bus=", "I:  If#=", "E: A=", "looking at device '",
            "1: a: <A> ", "default ", "Bus 001 Device 002: ID 1d6b:0002 ", "00:00.0 a", "modprobe: ", "0: a: ",
            "cdc-wdm0 gsm ", "GENERAL.STATE:", "/org/freedesktop/ModemManager1/Modem/0 [", "modem.generic.state ",
            "  Status | state:", "    |__ Port 1: Dev 2, If 0, Class=", "a: flags=1<", "    inet addr:1"]
FILLS = [" ", "\t", "a", "1", ":", "|", "=", ", ", "["]
SIZE = 64 * 1024


def test_long_lines_are_linear_and_never_raise():
    start = time.time()
    for name in MODULES:
        mod = importlib.import_module("wwandoctor.ingest." + name)
        for prefix in PREFIXES:
            for fill in FILLS:
                line = prefix + fill * (SIZE // len(fill)) + "z"
                blk = Block(lines=[prefix.strip() or "x", line], name="hostile")
                mod.detect(blk)
                mod.parse(blk, Snapshot(origin="paste"))
    assert time.time() - start < 60


def test_binary_and_nested_input_never_raises():
    lines = ["\x00\x01\x02\xff\ufffd" * 100, "{" * 5000, '{"modem": ' + "[" * 50000, "|" * 1000, "\x1b[31mred"]
    for name in MODULES:
        mod = importlib.import_module("wwandoctor.ingest." + name)
        blk = Block(lines=lines, name="binary")
        mod.detect(blk)
        left = mod.parse(blk, Snapshot(origin="paste"))
        assert isinstance(left, list)
