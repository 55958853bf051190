"""A modem the post names only by its model ("Sierra EM7455 (DW5811e)", "Quectel RM520N-GL").

The model name gives a set of candidate ids (:mod:`wwandoctor.product_names`); which one the
device shows is not known. The modem's facts are therefore quantified over the candidates: a
fact is set only when every candidate agrees (every candidate id is missing from the running
kernel's tables -> ``kernel_knows_id`` False; some are and some are not -> unknown). Each such
fact's evidence has the source :data:`SOURCE`, which makes any finding that uses it low
confidence (engine/rule.py). An id that lsusb, dmesg or the post's words show always wins:
this modem is made only when nothing else identifies one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Set, Tuple

from wwandoctor import regex_cache
from wwandoctor.model.types import Modem
from wwandoctor.snapshot import LogLine, Snapshot

SOURCE = "prose model name"
# Drivers that bind a standard class function whatever the id; their table rows only add quirks.
CLASS_DRIVERS = ("cdc_mbim", "cdc_ncm", "cdc_ether", "rndis_host", "cdc_acm", "huawei_cdc_ncm")
# More names than this in one post is a list or a comparison, not a description of one modem.
_MAX_NAMES = 3
_MAX_LINES = 2000
# The lines read for model names: the post's sentences, gammu --identify's, whose "Model" line is the modem's own
# answer (ingest/gammu.py), and the lines the generic error reader kept only for an error word in them (origin "tool":
# a sentence such as "... the built-in Quectel EM060K-GL 4G modem. uqmi commands return not found"), which the prose
# reader reads as the post's words too (signals.prose_text_lines).
_ORIGINS = ("unknown", "gammu", "tool")
_WORD_RE = regex_cache.compile(r"(?<![\w/.:=-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_DELL_RE = regex_cache.compile(r"\bDell\s+(?:Wireless\s+)?(?:DW)?(\d{4}[A-Za-z]?)\b", re.I)


@dataclass
class NamedModel:
    """The model names a post gives and the candidate ids they stand for."""
    names: List[str] = field(default_factory=list)  # as written: "EM7455", "DW5811e"
    keys: List[str] = field(default_factory=list)  # the table names: "EM74XX", "DW5811E"
    candidates: List[Tuple[str, str, str]] = field(default_factory=list)  # (bus, vid, pid), modem ids only
    other_ids: List[Tuple[str, str, str]] = field(default_factory=list)  # boot-loader / storage-mode ids
    lines: List[str] = field(default_factory=list)
    where: List[str] = field(default_factory=list)  # the lines' places (their LogLine's source)


def _tokens(text: str) -> Iterable[Tuple[int, str]]:
    for m in _WORD_RE.finditer(text):
        yield m.start(), m.group(0)
    for m in _DELL_RE.finditer(text):
        yield m.start(), "DW" + m.group(1)


def named_model(lines: Iterable[LogLine]) -> Optional[NamedModel]:
    """The model names in the post's own sentences (not hedged: "should I buy an EM7455?") or in gammu's
    identification, or None."""
    found = _names_in(lines)
    if not found.keys or len(found.keys) > _MAX_NAMES or not found.candidates:
        return None
    return found


def named_storage_sticks(lines: Iterable[LogLine]) -> List[str]:
    """The models the post names whose every id the tables know is a storage-mode (pre-switch) id, as written
    ("Huawei E3531", "ZTE MF710M": usb-modeswitch-data lists them, no driver table does): sticks that show their
    modem only after a switch. Empty when a name also stands for a modem id, or the post names too many."""
    found = _names_in(lines)
    if not found.keys or len(found.keys) > _MAX_NAMES or found.candidates:
        return []
    return list(found.names) if found.other_ids else []


def storage_sticks_named(lines: Iterable[LogLine], host) -> None:
    """host.named_storage_sticks from the post's sentences (:func:`named_storage_sticks`)."""
    names = named_storage_sticks(lines)
    if names:
        host.note("named_storage_sticks", names, SOURCE, "the post names %s, whose ids the tables know only as storage-mode "
                  "(pre-switch) ids of usb-modeswitch-data" % ", ".join(names))


def _names_in(lines: Iterable[LogLine]) -> NamedModel:
    from wwandoctor import product_names
    from wwandoctor.model.prose import _in_hedged_sentence
    found = NamedModel()
    read = 0
    for line in lines:
        if line.origin not in _ORIGINS:
            continue
        read += 1
        if read > _MAX_LINES:  # a post's sentences, not a log nobody parsed
            break
        for start, word in _tokens(line.text):
            name = product_names.lookup(word)
            if name is None or _in_hedged_sentence(line.text, start):
                continue
            if name.key not in found.keys:
                found.keys.append(name.key)
                found.names.append(word)
                _add_ids(found, name)
            if line.text.strip()[:200] not in found.lines:
                found.lines.append(line.text.strip()[:200])
            if line.source not in found.where:
                found.where.append(line.source)
    return found


def _add_ids(found: NamedModel, name) -> None:
    from wwandoctor.model.prose_ids import _kind
    for cand in name.ids:
        key = (cand.bus, cand.vid, cand.pid)
        if key in found.candidates or key in found.other_ids:
            continue
        kind = _kind(cand.vid, cand.pid) if cand.bus == "usb" else "modem"
        (found.candidates if kind in ("modem", "vendor") else found.other_ids).append(key)


def _show(ids: Iterable[Tuple[str, str, str]]) -> str:
    return ", ".join("%s:%s%s" % (v, p, " (PCIe)" if bus == "pci" else "") for bus, v, p in ids)


def _all_or_none(values: List[Optional[bool]]) -> Optional[bool]:
    """True when every value is True, False when every value is False, else unknown."""
    if values and all(v is True for v in values):
        return True
    if values and all(v is False for v in values):
        return False
    return None


def named_modem(named: NamedModel, snap: Snapshot) -> Modem:
    """The modem a model name stands for: what every candidate id has in common, nothing more."""
    from wwandoctor import knowledge
    cands = named.candidates
    written = " / ".join(named.names)
    m = Modem(id="named:" + named.names[0])
    why = "the post names the modem only by its model (%s): low confidence, candidates %s" % (written, _show(cands))
    buses = {bus for bus, _, _ in cands}
    m.note("named_model", written, SOURCE, "%s; %s" % (why, named.lines[0]), tuple(named.where))
    m.note("candidate_ids", ["%s:%s" % (v, p) for _, v, p in cands], SOURCE,
           why + ("; not counted: %s (boot-loader or storage-mode ids)" % _show(named.other_ids) if named.other_ids else ""))
    m.name = written
    if len(buses) == 1:
        m.note("bus", "usb" if buses == {"usb"} else "pci", SOURCE, why)
    vendors = {v for _, v, _ in cands}
    if len(vendors) == 1:
        m.note("vid", vendors.pop(), SOURCE, why)
        if len(cands) == 1:
            m.pid = cands[0][2]
    _drivers(m, cands, why)
    fcc = [bool(knowledge.fcc_unlock_entries(v, p)) for _, v, p in cands]
    if _all_or_none(fcc) is not None:
        m.note("fcc_lock_known", _all_or_none(fcc), SOURCE, "%s: %s FCC-locked laptop modems" % (
            why, "every candidate is among" if fcc[0] else "no candidate is among"))
    from wwandoctor.model.ids import is_sierra
    sierra = _all_or_none([is_sierra(v, p) if bus == "usb" else False for bus, v, p in cands])
    if sierra is not None:
        m.note("sierra_firmware", sierra, SOURCE, "%s: %s Sierra Wireless modules" % (
            why, "every candidate is among" if sierra else "no candidate is among"))
    _kernel(m, cands, snap, why)
    # a driver the named modem needs that the running kernel says it lacks ("modprobe: FATAL: Module qmi_wwan not found"):
    # read as for a modem the device list shows (model/ids.py)
    from wwandoctor.model.ids import missing_modules
    missing_modules(m, m.expected_drivers or [], snap)
    return m


def _drivers(m: Modem, cands, why: str) -> None:
    """expected_drivers / id_drivers: the drivers whose tables name every candidate (USB), or the PCIe
    table's driver of every candidate."""
    from wwandoctor import knowledge
    sets: List[Set[str]] = []
    exact: List[Set[str]] = []
    for bus, vid, pid in cands:
        if bus == "pci":
            row = knowledge.pcie_modem(vid, pid)
            sets.append({row["driver"]} if row else set())
            exact.append(sets[-1])
        else:
            sets.append(set(knowledge.drivers_for_id(vid, pid)))
            exact.append({r["driver"] for r in knowledge.usb_id_rows(vid, pid) if r.get("pid") == pid})
    common = sorted(set.intersection(*sets)) if sets else []
    m.note("expected_drivers", common, SOURCE, "%s: drivers whose tables list every candidate: %s" % (why, ", ".join(common) or "none"))
    m.note("id_drivers", sorted(set.intersection(*exact)) if exact else [], SOURCE, why)


def _kernel(m: Modem, cands, snap: Snapshot, why: str) -> None:
    """kernel_knows_id over the candidates: False only when the running kernel's tables lack every one."""
    from wwandoctor.model.prose_kernel import table_release
    release, source = table_release(snap)  # uname, or a release the post states (model/prose_kernel.py)
    if not release:
        return
    verdicts = [candidate_in_kernel(bus, vid, pid, release) for bus, vid, pid in cands]
    verdict = _all_or_none(verdicts)
    if verdict is None:
        return
    m.note("kernel_knows_id", verdict, SOURCE, "%s: %s in the modem drivers' tables of kernel %s (%s)" % (
        why, "every candidate is" if verdict else "no candidate is yet", release, source))


def candidate_in_kernel(bus: str, vid: str, pid: str, release: str) -> Optional[bool]:
    """Does kernel ``release`` list this id in a driver table that names it? (None: cannot tell)"""
    from wwandoctor import knowledge
    if bus == "pci":
        row = knowledge.pcie_modem(vid, pid)
        return knowledge.pcie_kernel_has_id(row, release) if row else None
    # class drivers (cdc_mbim's quirk rows...) bind the function without the id: only id-bound drivers tell
    drivers = sorted({r["driver"] for r in knowledge.usb_id_rows(vid, pid)
                      if r.get("pid") == pid and r["driver"] not in CLASS_DRIVERS})
    verdicts = [knowledge.kernel_has_id(vid, pid, d, release) for d in drivers]
    if any(v is True for v in verdicts):
        return True
    return False if verdicts and all(v is False for v in verdicts) else None
