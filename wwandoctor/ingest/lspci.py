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
from typing import List, Optional, Tuple

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
# busybox lspci: "01:00.0 Class 0680: 1eac:1001", with -k the driver after it ("... 1eac:1001 mhi-pci-generic";
# busybox util-linux/lspci.c fileAction: "%s Class %04x: %04x:%04x", then " %s" with the driver)
BARE_IDS_RE = regex_cache.compile(r"^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})(?:\s+([\w.-]+))?$")
# the machine-readable form: lspci -m/-nm/-nnm (pciutils: slot, then "class" "vendor" "device", -rNN, -pNN,
# "subsystem vendor" "subsystem device") and busybox lspci -m ("Class 0680" "1eac" "1001" "0000" "0000", with -k
# "driver" after them)
MACHINE_RE = regex_cache.compile(r'^((?:[0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7])\s+"([^"]*)"\s+"([^"]*)"\s+"([^"]*)"(.*)$')
MACHINE_REST_RE = regex_cache.compile(r'\s+-[rp][0-9a-fA-F]{2}|\s+"([^"]*)"')
MACHINE_ID_RE = regex_cache.compile(r"^(?:[0-9a-fA-F]{4}|.*\[([0-9a-fA-F]{4})\])$")
PROGIF_RE = regex_cache.compile(r"\(prog-if ([0-9a-fA-F]{2})")
# lspci without -n names the vendor, and a device pci.ids does not know as "Device 0308"; a vendor it does not know
# either as "Device 1c5d:2020" (pciutils lib/names.c): "01:00.0 Unassigned class [ff00]: Qualcomm Device 0308",
# "Subsystem: Device 1c5d:2020" (as the kernel's MHI patches quote them)
NAMED_ID_RE = regex_cache.compile(r"^(?P<vendor>.*?)\s*\bDevice (?:(?P<vid>[0-9a-fA-F]{4}):)?(?P<did>[0-9a-fA-F]{4})"
                                  r"(?:\s*\((?:rev|prog-if) [^)]*\))*$")
# pci.ids' names of the vendors of PCIe modems (data/pcie-modem-ids.csv), as lspci prints them
PCI_VENDOR_NAMES = {"qualcomm": "17cb", "qualcomm technologies, inc": "17cb", "quectel wireless solutions co., ltd.": "1eac",
                    "foxconn international, inc.": "105b", "mediatek corp.": "14c3", "intel corporation": "8086"}


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 95
    hits = sum(1 for ln in block.lines[:200] if DEVICE_RE.match(ln) or MACHINE_RE.match(ln))
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
        machine = None if m else MACHINE_RE.match(line)
        if m or machine:
            if current is not None:
                complete.add(current.address)
            current = _device(snap, m) if m else _machine_device(snap, machine)
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
        if bare.group(3):
            dev.driver = bare.group(3)
        return dev
    ids = IDS_RE.findall(text) or _named_ids(text)
    if ids:
        dev.vendor, dev.device = ids[-1][0].lower(), ids[-1][1].lower()
    prog = PROGIF_RE.search(text)
    if prog and dev.class_code and len(dev.class_code) == 4:
        dev.class_code += prog.group(1).lower()
    name = re.sub(r"\s*\(rev [0-9a-fA-F]+\)|\s*\(prog-if [^)]*\)|\s*\[[0-9a-fA-F]{4}:[0-9a-fA-F]{4}\]", "", text)
    dev.name = name.strip() or dev.name
    return dev


def _named_ids(text: str) -> List[Tuple[str, str]]:
    """[(vendor, device)] of a name lspci printed without -n ("Qualcomm Device 0308", "Device 1c5d:2020"); [] when
    the device has a name or the vendor is none of :data:`PCI_VENDOR_NAMES`."""
    m = NAMED_ID_RE.match(text.strip())
    if not m:
        return []
    vendor = m.group("vid") or PCI_VENDOR_NAMES.get(m.group("vendor").strip().lower())
    return [(vendor, m.group("did"))] if vendor and (m.group("vid") is None or not m.group("vendor")) else []


def _machine_device(snap: Snapshot, m: "re.Match") -> PciDevice:
    """A device of the machine-readable form: its ids where the fields are numbers ("1eac", "Quectel [1eac]")."""
    dev = pci_device(snap, m.group(1))
    busybox = BUSYBOX_CLASS_RE.match(m.group(2))  # "Class 0680"; pciutils: "0280", "Unassigned class [ff00]"
    dev.class_code = busybox.group(1).lower() if busybox else _machine_id(m.group(2)) or dev.class_code
    vendor, device = _machine_id(m.group(3)), _machine_id(m.group(4))
    if vendor and device:
        dev.vendor, dev.device = vendor, device
    else:
        dev.name = ("%s %s" % (m.group(3), m.group(4))).strip() or dev.name
    quoted = [q.group(1) for q in MACHINE_REST_RE.finditer(m.group(5)) if q.group(1) is not None]
    subvendor, subdevice = (_machine_id(quoted[0]), _machine_id(quoted[1])) if len(quoted) >= 2 else (None, None)
    if subvendor and subdevice and (subvendor, subdevice) != ("0000", "0000"):
        dev.subvendor, dev.subdevice = subvendor, subdevice
    if len(quoted) == 3 and busybox:  # busybox -mk: the driver last
        dev.driver = quoted[2]
    return dev


def _machine_id(field: str) -> Optional[str]:
    m = MACHINE_ID_RE.match(field.strip())
    return (m.group(1) or field.strip()).lower() if m else None


def _detail(dev: PciDevice, line: str) -> None:
    m = SUBSYS_RE.match(line)
    if m:
        ids = IDS_RE.findall(m.group(1)) or _named_ids(m.group(1))
        if ids:
            dev.subvendor, dev.subdevice = ids[-1][0].lower(), ids[-1][1].lower()
        return
    m = DRIVER_RE.match(line)
    if m:
        dev.driver = m.group(1)
