"""Modems the input shows exist, and what it says about them, beyond the device lists.

An *anchor* is a name that only a modem has: a control port a tool opened (``[/dev/cdc-wdm0] ...``,
``/dev/wwan0mbim0``), a WWAN interface a message names (``wwan0``, ``wwp0s20u4i6``), a USB path
(``/sys/devices/.../usb1/1-1.4``, ``qmi_wwan 1-1.4:1.4``) or a ModemManager modem (``[modem0]``,
``.../ModemManager1/Modem/0``). Names on one line belong to one modem (ModemManager's
``(cdc-wdm0) ... /sys/devices/.../1-1.4`` ties the port to the USB path), so the anchors form groups.

- A group that matches an identified modem (its USB path, a control port, a net port, a WWAN port)
  merges into it: the modem gains the group's control ports and interfaces it did not know, with
  the lines as evidence, and ModemManager's view when the group names its modem.
- When nothing identifies a modem, all anchors make one *unidentified* modem (id
  ``unidentified:<anchor>``), so the report says what is and is not known about it and modem rules
  can weigh it.
- A group that matches no identified modem adds nothing: it may be a stale or wrong name (a
  configuration using cdc-wdm1 while the modem has cdc-wdm0 is interface-name-mismatch).
- A name that its sentence says is absent ("there is no /dev/cdc-wdm0", "no wwan0 interface",
  "cdc-wdm0 does not exist", "'/dev/cdc-wdm0': No such file or directory") anchors nothing.
- When nothing identifies a modem but the post's own words name one modem id ("my modem is
  2c7c:0125"), that id is the modem (``prose_ids``), with low confidence: the evidence says so.
  Of several ids, the ones the tables call a modem count (a storage-mode or boot-loader id is
  the same device before its switch); two modem ids make two modems, without the anchors.
- When no id at all is known but the post names the modem's model ("Sierra EM7455 (DW5811e)"),
  the modem stands for the model's candidate ids (``model/named.py``), with low confidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Sequence, Set

from wwandoctor import regex_cache
from wwandoctor.model.common import CONTROL_DRIVERS, note_config_from_names
from wwandoctor.model.named import named_model, named_modem
from wwandoctor.model.prose_ids import NamedId, named_modems
from wwandoctor.model.types import Evidence, Modem
from wwandoctor.snapshot import LogLine, Snapshot

# "/dev/cdc-wdm0", and ModemManager's "(cdc-wdm0)" / "(usbmisc/cdc-wdm0)" port names
_CONTROL_RE = regex_cache.compile(r"/dev/(cdc-wdm\d+|wwan\d+(?:qmi|mbim|at|xmmrpc|firehose)\d+)\b|(?:\(|\busbmisc/)(cdc-wdm\d+)\b")
# qmicli --get-expected-data-format prints the kernel's framing of the control port's netdev as a bare word
_EXPECTED_FORMAT_RE = regex_cache.compile(r"^\s*(raw-ip|802-3)\s*$")
# the driver behind a control port, as `ls -l /sys/class/usbmisc/cdc-wdm0/device/driver` shows it ("... -> ../bus/usb/drivers/qmi_wwan")
# when no USB device of the paste owns the port (ingest/sysfs_facts.py keeps such a link as a sysfs line)
_PORT_DRIVER_RE = regex_cache.compile(r"/sys/class/usbmisc/(cdc-wdm\d+)/device/driver\s*->\s*\S*/drivers/(\w+)/?\s*$")
# ModemManager found the control port to speak MBIM: its probe ("port is MBIM-capable", mm-port-probe.c
# mm_port_probe_set_result_mbim) or its MBIM port checking for QMI inside MBIM ("MBIM device is QMI capable" / "is not
# QMI capable", mm-port-mbim.c): the port is cdc_mbim's
_MM_MBIM_PORT_RE = regex_cache.compile(r"\bport is MBIM-capable\b|\bMBIM device is (?:not )?QMI capable\b")
# a WWAN network interface a message names ("Unsupported device type 65534 for wwan0")
# (mhi_net names its links mhi_hwipN / mhi_swipN: drivers/net/mhi_net.c)
_NET_RE = regex_cache.compile(r"\b(wwan\d+|wwp\w+|wwx[0-9a-f]{12}|mhi_[hs]wip\d+)\b")
_MM_MODEM_RE = regex_cache.compile(r"\[modem(\d+)[\]/]|/org/freedesktop/ModemManager1/Modems?/(\d+)")
# a USB device path in a sysfs path (".../usb1/1-1.4/1-1.4:1.4/...") or a driver instance ("qmi_wwan 1-1.4:1.4")
_USB_PATH_RE = regex_cache.compile(r"/usb\d+/(?:\d+-[\d.]+/)*(\d+-[\d.]+)(?=[/:]|\s|$|')|(?:^|\s)[\w-]+ (\d+-[\d.]+):\d+\.\d+\b")


# "no /dev/cdc-wdm0", "there is no wwan0", "without a cdc-wdm0", "I don't see cdc-wdm0" just before the name
_ABSENT_BEFORE_RE = regex_cache.compile(
    r"(?:\bno|\bwithout|\bmissing|\bnever (?:got|get|see|saw|had)|(?:n't|\bnot) (?:have|has|had|get|got|see|find|show))"
    r"\s+(?:(?:a|an|any|the)\s+)?['\"`(]?$", re.I)
# "cdc-wdm0 does not exist", "wwan0 interface is missing", "'/dev/cdc-wdm0': No such file or directory" just after it
_ABSENT_AFTER_RE = regex_cache.compile(
    r"^['\"`)]?:?\s*(?:(?:interface|device|node|port|file)\s+)?"
    r"(?:(?:does|did|do)\s*(?:not|n't)\s+(?:exist|appear|show|come)|(?:is|was|are|were)\s*(?:not|n't)\s+"
    r"(?:there|present|created|found|listed|shown)|(?:is|was) (?:missing|absent|gone)|not found\b|missing\b|"
    r"never\s+(?:appears?|appeared|shows?\s+up|showed\s+up|exists?|existed|gets?\s+created|got\s+created)\b|"
    r"no such (?:file|device))"
    # what a command run on the name answers: "ls -l /dev/cdc-wdm0 it always says no such device", "cat /dev/ttyUSB2
    # which returns: No such file or directory"
    r"|^['\"`)]?,?\s+(?:(?:it|that|which|and\s+it|I\s+get|I\s+got)\s+)?(?:always\s+|just\s+|only\s+)?(?:says?|said|gives?|gave|"
    r"returns?|returned|prints?|printed|answers?|answered|reports?|reported)\s*:?\s*['\"`]?no such (?:file|device)", re.I)


def _said_absent(text: str, start: int, end: int) -> bool:
    """The sentence says the name at text[start:end] does not exist."""
    before = text[:start]
    if before.endswith("/dev/"):
        before = before[:-5]
    return bool(_ABSENT_BEFORE_RE.search(before) or _ABSENT_AFTER_RE.match(text[end:]))


def _present(regex, text: str) -> List[str]:
    """The names the regex finds in the text (its first non-empty group), but not those said to be absent."""
    names = []
    for m in regex.finditer(text):
        if not _said_absent(text, m.start(), m.end()):
            names.append(next(g for g in m.groups() if g))
    return names


# the lines of a group that are evidence: its first three (a log of the same modem's lines over and over joins
# every line into one group, so keeping them all made each join cost as much as the log so far)
EVIDENCE_LINES = 3


@dataclass
class AnchorGroup:
    """Anchors that one line or a chain of lines ties together; ``lines``: the first EVIDENCE_LINES of them."""
    ports: List[str] = field(default_factory=list)
    nets: List[str] = field(default_factory=list)
    usb_paths: List[str] = field(default_factory=list)
    lines: List[LogLine] = field(default_factory=list)

    def keys(self) -> Set[str]:
        return set(self.ports) | set(self.nets) | {"usb:" + p for p in self.usb_paths}

    def absorb(self, other: "AnchorGroup") -> None:
        for name in ("ports", "nets", "usb_paths"):
            mine = getattr(self, name)
            mine.extend(x for x in getattr(other, name) if x not in mine)
        self.lines.extend([x for x in other.lines if x not in self.lines][:EVIDENCE_LINES - len(self.lines)])


@dataclass
class Anchors:
    groups: List[AnchorGroup] = field(default_factory=list)
    mm_line: Optional[LogLine] = None
    framing: Optional[str] = None
    port_driver: Optional[LogLine] = None  # the sysfs line naming a control port's driver


def _line_group(line: LogLine) -> Optional[AnchorGroup]:
    text = line.text
    ports = _present(_CONTROL_RE, text)
    nets = [n for n in _present(_NET_RE, text) if not _CONTROL_RE.search("/dev/" + n)]
    paths = [a or b for a, b in _USB_PATH_RE.findall(text)]
    if not ports and not nets:
        return None  # a USB path alone is what the device lists already show
    return AnchorGroup(ports=list(dict.fromkeys(ports)), nets=list(dict.fromkeys(nets)),
                       usb_paths=list(dict.fromkeys(paths)), lines=[line])


def collect_anchors(lines: Iterable[LogLine]) -> Anchors:
    """The anchor groups in the lines: a line's names join the group that shares any of them."""
    found = Anchors()
    for line in lines:
        if line.origin == "qmicli" and _EXPECTED_FORMAT_RE.match(line.text):
            found.framing = line.text.strip()
        if found.port_driver is None and (line.origin == "sysfs" and _PORT_DRIVER_RE.search(line.text)
                                          or line.origin == "ModemManager" and _MM_MBIM_PORT_RE.search(line.text)):
            found.port_driver = line
        if found.mm_line is None and _MM_MODEM_RE.search(line.text):
            found.mm_line = line
        group = _line_group(line)
        if group is None:
            continue
        joined = [g for g in found.groups if g.keys() & group.keys()]
        for g in joined:
            group.absorb(g)
            found.groups.remove(g)
        found.groups.append(group)
    return found


def _evidence(line: LogLine) -> Evidence:
    return Evidence("paste", line.text, (line.source,))


def _group_evidence(anchors: Anchors, names: str) -> List[Evidence]:
    """The first lines of the groups that name ``names`` ("ports", "nets") as evidence."""
    lines = [line for g in anchors.groups if getattr(g, names) for line in g.lines]
    return [_evidence(line) for line in lines[:EVIDENCE_LINES]]


def _modem_keys(m: Modem) -> Set[str]:
    keys = set((m.control_ports or []) + (m.net_ports or []) + (m.wwan_ports or []))
    if m.id.startswith("usb:") and "-" in m.id:
        keys.add(m.id)
    return keys


def _merge(m: Modem, group: AnchorGroup) -> None:
    """The group's names that the modem did not know become its own, with the lines as evidence."""
    lines = [_evidence(line) for line in group.lines]
    ports = [p for p in group.ports if p not in (m.control_ports or []) + (m.wwan_ports or [])]
    nets = [n for n in group.nets if n not in (m.net_ports or [])]
    if ports and not m.control_ports:
        m.control_ports = ports
        m.evidence.setdefault("control_ports", []).extend(lines)
    if nets and not m.net_ports:
        m.net_ports = nets
        m.evidence.setdefault("net_ports", []).extend(lines)
        note_config_from_names(m, nets, "paste")


def merge_anchors(modems: List[Modem], anchors: Anchors) -> None:
    """Merge every anchor group into the identified modem it matches."""
    for group in anchors.groups:
        matching = [m for m in modems if _modem_keys(m) & group.keys()]
        if len(matching) == 1:
            _merge(matching[0], group)
    if anchors.mm_line is not None and len(modems) == 1 and modems[0].mm_known is None:
        modems[0].note("mm_known", True, "ModemManager", anchors.mm_line.text, (anchors.mm_line.source,))


def anchored_modems(modems: List[Modem], lines: Iterable[LogLine], snap=None, stays_storage: bool = False,
                    cut: Sequence[LogLine] = ()) -> List[Modem]:
    """Merge the anchors into the identified modems; one unidentified modem when nothing identifies one.
    ``stays_storage``: the post says the device stays in storage mode (see :func:`named_modems`).
    ``cut``: the post's lines that ``lines`` hold only the first 200 characters of, whole
    (:func:`wwandoctor.model.signals.lines_beyond_the_cut`); the ids they name count when ``lines`` name none
    (a paragraph written as one line: "... Vendor was 0x1c9e and product was 0x1001.")."""
    lines = list(lines)
    anchors = collect_anchors(lines)
    if modems:
        merge_anchors(modems, anchors)
        return []
    ports = [p for g in anchors.groups for p in g.ports]
    nets = [n for g in anchors.groups for n in g.nets]
    named = named_modems(lines, stays_storage=stays_storage) or named_modems(lines + list(cut), stays_storage=stays_storage)
    if len(named) > 1:  # several modems named: the anchors could belong to any of them
        return [_prose_modem(n, snap=snap) for n in named]
    named = named[0] if named else None
    model = named_model(lines) if named is None else None
    if not ports and not nets and anchors.mm_line is None and named is None and model is None:
        return []
    # the id must not carry personal data: wwx names hold the MAC address
    net_anchor = next((n for n in nets if not n.startswith("wwx")), "wwan-link") if nets else None
    if named:
        m = _prose_modem(named, snap=snap)
    elif model is not None:
        m = named_modem(model, snap if snap is not None else Snapshot())
    else:
        m = Modem(id="unidentified:" + (ports[0] if ports else net_anchor or "modemmanager"))
    if nets:
        m.net_ports = list(dict.fromkeys(nets))
        m.evidence["net_ports"] = _group_evidence(anchors, "nets")
        note_config_from_names(m, m.net_ports, "paste")
    if ports:
        m.control_ports = list(dict.fromkeys(ports))
        m.evidence["control_ports"] = _group_evidence(anchors, "ports")
    if anchors.mm_line is not None:
        m.note("mm_known", True, "ModemManager", anchors.mm_line.text, (anchors.mm_line.source,))
    if anchors.framing and ports:
        m.note("raw_ip", anchors.framing == "raw-ip", "qmicli", "--get-expected-data-format: %s" % anchors.framing)
    _port_driver_protocol(m, anchors.port_driver)
    return [m]


def _port_driver_protocol(m: Modem, line: Optional[LogLine]) -> None:
    """The control protocol of the modem's port from the driver its sysfs link names (qmi_wwan: QMI, cdc_mbim: MBIM),
    or MBIM where ModemManager found the port to speak it."""
    if line is None or not m.control_ports:
        return
    if line.origin == "ModemManager":
        m.note("control_protocol", "mbim", "ModemManager", "ModemManager speaks MBIM to the port: %s" % line.text,
               (line.source,))
        return
    match = _PORT_DRIVER_RE.search(line.text)
    proto = CONTROL_DRIVERS.get(match.group(2)) if match else None
    if proto and match.group(1) in m.control_ports:
        m.note("control_protocol", proto, "sysfs", "%s is bound to %s: %s" % (match.group(1), match.group(2), line.text),
               (line.source,))


def only_named(m: Modem) -> bool:
    """The modem rests only on the post's words (an id or a model name in a sentence): no device, control
    port, interface or ModemManager modem of it is shown."""
    named = m.named_model is not None or any(e.source == "prose" for e in m.evidence.get("vid", []))
    return named and not (m.control_ports or m.net_ports or m.serial_ports or m.mm_known)


def _prose_modem(named: NamedId, snap=None) -> Modem:
    """The modem the post names by its id in words: what the id tables know of it, nothing more."""
    from wwandoctor.model.ids import usb_knowledge
    from wwandoctor.model.pci import pci_modem
    from wwandoctor.snapshot import PciDevice, Snapshot, UsbDevice
    snap = snap if snap is not None else Snapshot()
    vid, pid = named.vid, named.pid
    if _pcie_only_id(vid, pid) or _said_pci(named):  # "lspci shows it as 8086:7360": what the PCIe table knows of it
        m = pci_modem(PciDevice(address="%s:%s" % (vid, pid), vendor=vid, device=pid), snap)
        m.evidence.pop("vid", None)  # its vid comes from the post's words, not from a device list
    else:
        m = Modem(id="usb:%s:%s" % (vid, pid), bus="usb")
        m.pid = pid
        usb_knowledge(m, UsbDevice(vid=vid, pid=pid), snap)
    m.note("vid", vid, "prose", "the post names %s:%s in its words (low confidence that it is the modem): %s"
           % (vid, pid, named.text[:240]), (named.where,))
    return m


def _said_pci(named: NamedId) -> bool:
    """The post's words call the id a PCI one ("PCI ID 105b:e0c0", "lspci -nn shows 17cb:0308"), whatever the USB
    tables hold: a PCIe modem's id that the PCIe table lacks is still no USB device."""
    return re.search(_PCI_NAMED_BEFORE + r"\W{0,3}(?:0x)?%s:(?:0x)?%s\b" % (named.vid, named.pid), named.text, re.I) is not None


# what names a PCI id just before it: "PCI ID", "PCIe device id", "lspci -nn shows", "lspci lists it as"
_PCI_NAMED_BEFORE = r"(?:\b(?:PCIe?|PCI[- ]Express)\s+(?:device\s+)?IDs?|\blspci\b(?:\s+-\w+)*(?:\s+\w+){0,3}?)"


def _pcie_only_id(vid: str, pid: str) -> bool:
    """The PCIe modem table names the id and no USB table does (8086:7360 is a PCI device id only)."""
    from wwandoctor import knowledge
    return bool(knowledge.pcie_modem(vid, pid)) and not knowledge.modeswitch_entry(vid, pid) \
        and not any(r.get("pid") == pid for r in knowledge.usb_id_rows(vid, pid))
