"""PCIe modems (MHI, t7xx, iosm, xmm7360): which PCI devices are modems, their driver and WWAN ports.

From ``snapshot.pci_devices`` (sysfs, ``lspci -nnk``), ``snapshot.wwan_ports`` (/sys/class/wwan) and the kernel log:
    0000:08:00.0 Wireless controller [0d40]: Foxconn T99W175 [105b:e0ab], driver mhi-pci-generic, wwan0mbim0 (MBIM)
    -> Modem(id="pci:0000:08:00.0", bus="pci", protocol="mbim", control_protocol="mbim", ...)
"""
from __future__ import annotations

import re
from typing import Optional

from wwandoctor import regex_cache
from wwandoctor.model.common import PCI_DRIVERS, WWAN_PORT_PROTOCOLS, source_label, wwan_ports_of
from wwandoctor.model.ids import fcc, missing_modules
from wwandoctor.model.net import note_nets
from wwandoctor.model.types import Modem
from wwandoctor.snapshot import Snapshot

PCI_ADDRESS_RE = regex_cache.compile(r"[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.\d")


def pci_modem_addresses_in_log(snap: Snapshot) -> set:
    """PCI addresses that a modem driver names in the kernel log ("xmm7360 0000:04:00.0: ...")."""
    found = set()
    for line in snap.log:
        if line.origin != "kernel":
            continue
        head = line.text.split(" ", 2)
        if len(head) >= 2 and head[0].rstrip(":") in PCI_DRIVERS and PCI_ADDRESS_RE.match(head[1]):
            found.add(head[1].rstrip(":"))
    return found


def is_pci_modem(pci, log_addresses) -> bool:
    from wwandoctor import knowledge
    if pci.class_code and pci.class_code.startswith("0d40"):
        return True  # wireless controller, WWAN
    if pci.driver in PCI_DRIVERS or pci.wwan_ports or pci.address in log_addresses:
        return True
    return bool(pci.vendor and pci.device and knowledge.pcie_modem(pci.vendor, pci.device, pci.subvendor, pci.subdevice))


def pci_modem(pci, snap: Snapshot) -> Modem:
    from wwandoctor import knowledge
    src = source_label(snap)
    m = Modem(id="pci:" + pci.address, bus="pci")
    if pci.vendor:
        m.note("vid", pci.vendor, src, "PCI %s is %s:%s" % (pci.address, pci.vendor, pci.device))
    m.pid = pci.device
    entry = knowledge.pcie_modem(pci.vendor, pci.device, pci.subvendor, pci.subdevice) if pci.vendor and pci.device else None
    m.name = pci.name or _table_name(entry)
    if pci.driver is not None:
        m.note("drivers", [pci.driver] if pci.driver else [], src,
               "PCI %s driver: %s" % (pci.address, pci.driver or "none bound"))
    expected = [entry["driver"]] if entry and entry.get("driver") else []
    if entry or pci.vendor:
        m.note("expected_drivers", expected, "kernel driver tables",
               "%s:%s %s" % (pci.vendor, pci.device, "is handled by %s" % expected[0] if expected else "is in no checked kernel's tables"))
    _pci_kernel_knows_id(m, entry, snap)
    _pci_ports(m, pci, snap, src)
    if pci.driver == "" and m.protocol is None:
        m.protocol = "none"
    nets = [n for n in snap.net_interfaces if n.name in pci.net or n.parent == "pci:" + pci.address]
    note_nets(m, nets, snap)
    if pci.vendor and pci.device:
        fcc(m, pci.vendor, pci.device, snap)
    missing_modules(m, expected, snap)
    m.events = [l for l in snap.log if pci.address in l.text]
    _mhi_profile(m, entry, src)
    if pci.t7xx_mode:
        m.note("t7xx_mode", pci.t7xx_mode.strip(), src, "%s t7xx_mode = %s" % (pci.address, pci.t7xx_mode.strip()))
    return m


def _pci_kernel_knows_id(m: Modem, entry, snap: Snapshot) -> None:
    """kernel_knows_id from the PCIe id table's checked kernels (and its min_kernel) for the running release."""
    from wwandoctor import knowledge
    from wwandoctor.model.prose_kernel import table_release
    release, source = table_release(snap)  # a release the post states is marked by its source (low confidence)
    if not entry or not release:
        return
    verdict = knowledge.pcie_kernel_has_id(entry, release)
    if verdict is None:
        return
    seen = entry.get("kernel_bound_from_checked_sources") or entry.get("in_checked_kernels") or ""
    least = (", and %s needs %s or newer" % (entry.get("driver"), entry["min_kernel"])) if entry.get("min_kernel") else ""
    m.note("kernel_knows_id", verdict, source, "%s:%s %s the %s table of kernel %s (%s%s)" % (
        m.vid, m.pid, "is in" if verdict else "is not yet in", entry.get("driver") or "driver", release, seen, least))


# drivers/bus/mhi/host/pci_generic.c mhi_pci_probe: dev_info("MHI PCI device found: %s", info->name)
MHI_PROFILE_RE = regex_cache.compile(r"MHI PCI device found: (\S+)")


def _mhi_profile(m: Modem, entry, src: str) -> None:
    """The profile the running kernel picked (from its log) and the one the id table names for this id."""
    found = [MHI_PROFILE_RE.search(l.text) for l in m.events]
    found = [f for f in found if f]
    if found:
        m.note("mhi_profile", found[-1].group(1), "kernel-log", found[-1].string.strip()[:200])
    expected = (entry or {}).get("mhi_controller_name")
    if expected:
        m.note("mhi_profile_expected", expected, "kernel driver tables", "%s:%s (subsystem %s) has the profile %s in %s" % (
            m.vid, m.pid, (entry.get("subvendor") or "any") + ":" + (entry.get("subdevice") or "any"), expected,
            entry.get("source") or "the kernel's table"))


def _pci_ports(m: Modem, pci, snap: Snapshot, src: str) -> None:
    """The WWAN ports of the device; control_protocol (and protocol) from their types, MBIM first."""
    ports = wwan_ports_of(snap, "pci:" + pci.address) + [p for p in snap.wwan_ports if p.name in pci.wwan_ports and not p.parent]
    names = list(dict.fromkeys(list(pci.wwan_ports) + [p.name for p in ports]))
    if names or _wwan_ports_observed(snap):
        m.control_ports = names
        m.wwan_ports = names
    protos = [WWAN_PORT_PROTOCOLS.get((p.type or "").upper()) for p in ports]
    for proto in ("mbim", "qmi", "at"):
        if proto in protos:
            m.note("control_protocol", proto, src, "wwan ports: %s" % ", ".join("%s (%s)" % (p.name, p.type) for p in ports))
            if proto != "at":
                m.protocol = proto
            break


def _wwan_ports_observed(snap: Snapshot) -> bool:
    """The live collector lists /sys/class/wwan; a paste shows wwan ports only if it names them."""
    status = snap.sources.get("pci")
    return bool(status and status.status == "ok") or bool(snap.wwan_ports)


def _table_name(entry) -> Optional[str]:
    """The PCIe id table's model text, or its MHI controller name when the table has no comment."""
    text = (entry or {}).get("model") or ""
    if text.startswith("(no comment"):
        controller = re.search(r"MHI controller name ([\w.-]+)", text)
        return "MHI modem %s" % controller.group(1) if controller else None
    return readable_table_model(text) or None


# a source note in the table's model text: "(kernel doc t7xx.rst)", "(INTEL_CP_DEVICE_7360_ID; ...)", "(sdx55)" stays
_SOURCE_NOTE_RE = regex_cache.compile(r"\s*\((?:[^()]*\b(?:kernel doc|\.rst|[A-Z]+_[A-Z0-9_]+_ID)\b[^()]*)\)")
_SOLD_AS_RE = regex_cache.compile(r"\bsold as ([\w.-]+ [\w.-]+)")


def readable_table_model(text: str) -> str:
    """The PCIe table's model text as a modem name: its first clause without source notes, and the product it is
    sold as ("MediaTek T700 5G modem (kernel doc t7xx.rst); sold as Fibocom FM350-GL (...)" -> "MediaTek T700 5G
    modem, sold as Fibocom FM350-GL"; "EM919x (sdx55), use the same vid:pid as ..." -> "EM919x (sdx55)")."""
    first = re.split(r";|, use ", text, maxsplit=1)[0]
    if first.count("(") > first.count(")"):  # the clause ended inside a note: "... (INTEL_CP_DEVICE_7560_ID; ..."
        first = first[:first.rindex("(")]
    name = _SOURCE_NOTE_RE.sub("", first).strip()
    sold = _SOLD_AS_RE.search(text)
    return "%s, sold as %s" % (name, sold.group(1)) if sold and sold.group(1) not in name else name
