"""Parse ``lspci``, ``lspci -nn``, ``lspci -k`` / ``-nnk`` and ``-v``/``-vv`` output.

    6d:00.0 Wireless controller [0d40]: Intel Corporation Device [8086:7560] (rev 01)
    	Subsystem: Hewlett-Packard Company Device [103c:8507]
    	Kernel driver in use: mhi-pci-generic
    	Kernel modules: mhi_pci_generic

-> PciDevice("0000:6d:00.0", vendor "8086", device "7560", subvendor "103c", subdevice "8507",
class_code "0d40" (+ prog-if when ``-v`` shows it), name "Intel Corporation Device", driver).
driver is "" only when the output is evidently the ``-k`` form, no "Kernel driver in use" line
follows the device and its record is evidently complete (a "Kernel modules:" line, or another
device after it: ``lspci -k | grep -A1`` may cut the driver line off); otherwise None (unknown).
"""
from __future__ import annotations

import re
from typing import List, Optional

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import pci_device
from wwandoctor.snapshot import PciDevice, Snapshot

KIND = "lspci"
COMMANDS = ("lspci",)
PRIORITY = 70

DEVICE_RE = regex_cache.compile(r"^((?:[0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7])\s([^:]*):\s(.*)$")
CLASS_CODE_RE = regex_cache.compile(r"\[([0-9a-fA-F]{4})\]$")
IDS_RE = regex_cache.compile(r"\[([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\]")
SUBSYS_RE = regex_cache.compile(r"^\s+Subsystem:\s*(.*)$")
DRIVER_RE = regex_cache.compile(r"^\s+Kernel driver in use:\s*(\S+)")
MODULES_RE = regex_cache.compile(r"^\s+Kernel modules:")
BUSYBOX_CLASS_RE = regex_cache.compile(r"^Class ([0-9a-fA-F]{4})$")
BARE_IDS_RE = regex_cache.compile(r"^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$")
PROGIF_RE = regex_cache.compile(r"\(prog-if ([0-9a-fA-F]{2})")


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 95
    hits = sum(1 for ln in block.lines[:200] if DEVICE_RE.match(ln))
    details = sum(1 for ln in block.lines[:200] if SUBSYS_RE.match(ln) or DRIVER_RE.match(ln))
    if hits:
        return min(90, 60 + 10 * (hits + details))
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    k_form = bool(re.search(r"\blspci\b.*-\w*k", block.command or "")) or any(
        DRIVER_RE.match(ln) or MODULES_RE.match(ln) for ln in block.lines)
    left = []
    current: Optional[PciDevice] = None
    seen: List[PciDevice] = []
    complete = set()  # addresses whose record is evidently whole
    for line in block.lines:
        if not line.strip():
            continue
        m = DEVICE_RE.match(line)
        if m:
            if current is not None:
                complete.add(current.address)
            current = _device(snap, m)
            seen.append(current)
            continue
        if current is not None and line[:1] in (" ", "\t") and "|" not in line:
            _detail(current, line)
            if MODULES_RE.match(line):
                complete.add(current.address)
            continue
        left.append(line)
    for dev in seen:
        if k_form and dev.driver is None and dev.address in complete:
            dev.driver = ""
    if seen:
        snap.set_source("paste:lspci", "ok")
    return left


def _device(snap: Snapshot, m: "re.Match") -> PciDevice:
    dev = pci_device(snap, m.group(1))
    code = CLASS_CODE_RE.search(m.group(2).strip()) or BUSYBOX_CLASS_RE.match(m.group(2).strip())
    if code:
        dev.class_code = code.group(1).lower()
    text = m.group(3).strip()
    bare = BARE_IDS_RE.match(text)  # busybox lspci: "01:00.0 Class ff00: 17cb:0306"
    if bare:
        dev.vendor, dev.device = bare.group(1).lower(), bare.group(2).lower()
        return dev
    ids = IDS_RE.findall(text)
    if ids:
        dev.vendor, dev.device = ids[-1][0].lower(), ids[-1][1].lower()
    prog = PROGIF_RE.search(text)
    if prog and dev.class_code and len(dev.class_code) == 4:
        dev.class_code += prog.group(1).lower()
    name = re.sub(r"\s*\(rev [0-9a-fA-F]+\)|\s*\(prog-if [^)]*\)|\s*\[[0-9a-fA-F]{4}:[0-9a-fA-F]{4}\]", "", text)
    dev.name = name.strip() or dev.name
    return dev


def _detail(dev: PciDevice, line: str) -> None:
    m = SUBSYS_RE.match(line)
    if m:
        ids = IDS_RE.findall(m.group(1))
        if ids:
            dev.subvendor, dev.subdevice = ids[-1][0].lower(), ids[-1][1].lower()
        return
    m = DRIVER_RE.match(line)
    if m:
        dev.driver = m.group(1)
