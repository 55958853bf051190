"""When a pasted input cannot say "healthy": it holds only prose, or the post says something fails
and nothing in the output shown explains it.

Both are "nothing could be concluded" in the sense of DESIGN.md section 5 (exit 3): the tool found
no fault, but not because the machine is fine; it did not see what would show the fault. The report
says so in one line and names the output that would settle it (:func:`prose_only_reason`,
:func:`unexplained_reason`; report.py puts the line in ``blind``).

- Only prose: no parser understood any command output, or all it took were the person's sentences
  (:mod:`wwandoctor.sentences`).
- A stated failure (``said:*`` facts of :mod:`wwandoctor.model.prose`: "the wwan card was not present
  at all", "it connects but gets no IP", "no COM ports") with no finding at warning or above: output was
  understood and shows no fault, so the failure is outside what was shown.

A paste whose output shows no fault and whose words state none keeps "no problem found" (exit 0).
"""
from __future__ import annotations

import re
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from wwandoctor import regex_cache
from wwandoctor.filledtext import FilledText, compose
from wwandoctor.sentences import has_words, is_sentence
from wwandoctor.snapshot import Snapshot

DEVICE_LIST_SOURCES = ("usb", "pci", "paste:lsusb", "paste:lsusb-t", "paste:lsusb-v", "paste:lspci", "paste:usb-devices")
MM_SOURCES = ("modemmanager", "paste:mmcli")


def _ok(snap: Snapshot, names: Sequence[str]) -> bool:
    return any(snap.sources.get(n) is not None and snap.sources[n].status == "ok" for n in names)


def _device_list(snap: Snapshot) -> bool:
    return bool(snap.usb_devices or snap.pci_devices) or _ok(snap, DEVICE_LIST_SOURCES)


def _kernel_log(snap: Snapshot) -> bool:
    return any(line.origin == "kernel" for line in snap.log)


def _modemmanager(snap: Snapshot) -> bool:
    mm = snap.modemmanager
    return (mm.modem_list is not None or bool(mm.modems or mm.bearers or mm.errors) or _ok(snap, MM_SOURCES)
            or any(line.origin == "ModemManager" for line in snap.log))


def _network(snap: Snapshot) -> bool:
    return bool(snap.net_interfaces) or snap.routes is not None


# What an expert asks for first, in that order: (what it is, the command, is it in the input?)
EVIDENCE: Tuple[Tuple[str, str, Callable[[Snapshot], bool]], ...] = (
    ("the USB and PCI device lists", "lsusb; lspci -nnk", _device_list),
    ("the kernel log", "sudo dmesg", _kernel_log),
    ("ModemManager's view", "mmcli -m any", _modemmanager),
    ("the network interfaces", "ip addr; ip route", _network),
)


def missing_evidence(snap: Snapshot) -> List[Tuple[str, str]]:
    """``[(what, command)]`` of the kinds of output the input does not hold."""
    return [(what, command) for what, command, present in EVIDENCE if not present(snap)]


# --- only prose ----------------------------------------------------------------------------------

def _structure(snap: Snapshot) -> bool:
    """Anything a parser turned into data other than log lines."""
    k = snap.kernel
    return bool(snap.usb_devices or snap.pci_devices or snap.wwan_ports or snap.net_interfaces or snap.configs
                or snap.versions or snap.services or snap.routes is not None or snap.rfkill is not None
                or snap.processes is not None or k.release or k.version_line or k.modules_loaded is not None
                or k.driver_availability or k.lockdown or k.secure_boot is not None
                or snap.fcc_unlock.enabled is not None or snap.fcc_unlock.available is not None
                or _modemmanager_data(snap))


def _modemmanager_data(snap: Snapshot) -> bool:
    mm = snap.modemmanager
    return mm.modem_list is not None or bool(mm.modems or mm.bearers or mm.sims or mm.errors)


def machine_output_understood(snap: Snapshot) -> bool:
    """A parser understood some command output: data, or a log line that is not a person's sentence."""
    return _structure(snap) or any(not is_sentence(line.text) for line in snap.log)


def prose_only(snap: Snapshot) -> bool:
    """The pasted input is the post's own words: no command output any parser understood, and the
    lines left are sentences (those a parser took, or at least half of those nobody understood)."""
    if snap.origin == "live" or machine_output_understood(snap):
        return False
    left = [_without_place(part) for part in snap.prose if _without_place(part).strip()]
    worded = sum(1 for text in left if has_words(text))
    return (bool(left) and worded * 2 >= len(left)) or (not left and bool(snap.log))


_PLACE = regex_cache.compile(r"^\S*:\d+: ")


def _without_place(part: str) -> str:
    return _PLACE.sub("", part, count=1)


def prose_only_reason(snap: Snapshot, stated: Dict[str, List[str]] = None) -> str:
    """The one line for an input of prose only, naming the commands whose output would settle it."""
    return ("the input is only prose: no command output in it was understood; the output of %s would settle it"
            % ", ".join(settling_commands(snap, stated or {})))


def settling_commands(snap: Snapshot, stated: Dict[str, List[str]]) -> List[str]:
    """The commands to ask for: those confirming what the post states, then the missing kinds of output."""
    commands: List[str] = []
    for confirm in _confirms(stated):
        for command in _split(confirm):
            if command not in commands:
                commands.append(command)
    for _, command in missing_evidence(snap):
        for one in _split(command):
            if one not in commands:
                commands.append(one)
    return commands[:6]


def _split(commands: str) -> List[str]:
    """'ip addr show; ip route; mmcli -b 0 (the bearer's IP settings)' -> its commands, no comments."""
    return [re.sub(r"\s*\(.*\)\s*$", "", c).strip() for c in commands.split(";") if c.strip()]


def _confirms(stated: Dict[str, List[str]]) -> List[str]:
    from wwandoctor.model.prose_states import GENERIC_FAILURE, STATES
    return [s.confirm for s in STATES if s.fact in stated and s.fact != GENERIC_FAILURE]


# --- a stated failure nothing explains -----------------------------------------------------------

def stated_failures(signals: Dict[str, list]) -> Dict[str, List[str]]:
    """``{said:fact: [sentences]}``: what the post's words say fails (model.prose's stated states)."""
    from wwandoctor.model.prose import said_sentence
    from wwandoctor.model.prose_states import CONTEXT_FACTS
    out: Dict[str, List[str]] = {}
    for fact, lines in (signals or {}).items():
        if fact.startswith("said:") and fact not in CONTEXT_FACTS:
            out[fact] = [said_sentence(line.text) for line in lines]
    return out


def unexplained_reason(snap: Snapshot, stated: Dict[str, List[str]]) -> Optional[FilledText]:
    """The one line saying the failure the post states is not explained by the output shown, and what
    is missing; None when the post states no failure. Call it only when no finding at warning or above."""
    if not stated:
        return None
    sentence = next(iter(stated.values()))[0]
    if len(sentence) > 120:
        sentence = sentence[:117].rstrip() + "..."
    missing = missing_evidence(snap)
    if missing:
        wanted = "missing: %s" % ", ".join("%s (%s)" % (what, command) for what, command in missing)
    else:
        wanted = "the output of %s would settle it" % ", ".join(settling_commands(snap, stated))
    return compose(("the problem the post describes is not explained by the output shown (it says: \u201c", False),
                   (sentence, True), ("\u201d); %s" % wanted, False))
