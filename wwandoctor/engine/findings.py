"""What evaluating the rules produces: findings, undecided rules, and the evaluation.

``Finding.to_dict()`` gives exactly the keys of the JSON report contract
(DESIGN.md section 5)::

    {"rule": "mbim-config-qmi-tools", "cause": "mbim-config-qmi-tools",
     "severity": "error", "confidence": "high", "title": "...", "subject": "usb:1-7",
     "message": "...", "evidence": [{"source": "kernel-log", "text": "cdc_mbim 1-7:2.12: ..."}],
     "fix": [{"title": "...", "commands": [], "file": null, "content": null, "safety": "safe"}]}
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from wwandoctor import regex_cache

MAX_EVIDENCE = 12


@dataclass(frozen=True)
class EvidenceLine:
    """One line of a finding's evidence and where it comes from."""
    source: str  # model, kernel-log, ModemManager, sysfs, lsusb, ...
    text: str
    # it says that nothing of a kind was seen ("modem.tools_protocols = (none)"): evidence in a finding, but no
    # hint that a cause is present (engine.evaluate)
    absence: bool = field(default=False, compare=False)

    def to_dict(self) -> Dict[str, str]:
        return {"source": self.source, "text": self.text}


# The Debian/Ubuntu package that provides a program a fix command runs (the first word after sudo).
PACKAGES = {
    "qmicli": "libqmi-utils", "qmi-network": "libqmi-utils", "mbimcli": "libmbim-utils",
    "mbim-network": "libmbim-utils", "mmcli": "modemmanager", "udhcpc": "udhcpc", "dhclient": "isc-dhcp-client",
    "usb_modeswitch": "usb-modeswitch", "lsusb": "usbutils", "rfkill": "rfkill", "nmcli": "network-manager",
    "minicom": "minicom", "picocom": "picocom",
}


@dataclass
class FixStep:
    """One step of a finding's fix: commands, a file to write, how safe it is."""
    title: str
    commands: List[str] = field(default_factory=list)
    file: Optional[str] = None
    content: Optional[str] = None
    safety: str = ""

    @property
    def needs(self) -> List[str]:
        return packages_needed(self.commands)

    def to_dict(self) -> Dict[str, Any]:
        return {"title": self.title, "commands": list(self.commands), "file": self.file,
                "content": self.content, "safety": self.safety}


_QUOTED_RE = regex_cache.compile(r"'[^']*'|\"[^\"]*\"")


def packages_needed(commands: List[str]) -> List[str]:
    """Packages the commands need: "libqmi-utils" for qmicli (the report's fix steps say so). A quoted argument is
    no command: the alternatives of "grep -iE 'gammu|minicom'" are words of a pattern, not pipes."""
    out: List[str] = []
    for cmd in commands:
        for part in _QUOTED_RE.sub("''", cmd.split("\n")[0]).replace("||", ";").replace("|", ";").replace("&&", ";").split(";"):
            words = [w for w in part.split() if w not in ("sudo", "-p")]
            pkg = PACKAGES.get(words[0]) if words else None
            if pkg and pkg not in out:
                out.append(pkg)
    return out


@dataclass
class Finding:
    """A rule that fired: the cause, why, and the fix."""
    rule: str
    cause: str
    severity: str
    confidence: str
    title: str
    subject: str  # modem id ("usb:1-7") or "host"
    message: str
    evidence: List[EvidenceLine] = field(default_factory=list)
    fix: List[FixStep] = field(default_factory=list)
    # not part of the JSON contract: used for ordering and display
    explains: List[str] = field(default_factory=list)
    status: str = "stable"

    def to_dict(self) -> Dict[str, Any]:
        return {
            "rule": self.rule, "cause": self.cause, "severity": self.severity,
            "confidence": self.confidence, "title": self.title, "subject": self.subject,
            "message": self.message, "evidence": [e.to_dict() for e in self.evidence],
            "fix": [f.to_dict() for f in self.fix],
        }


@dataclass
class Undecided:
    """A rule that could neither fire nor be ruled out, because facts were unknown."""
    rule: str
    cause: str
    subject: str
    title: str
    unknown: List[str] = field(default_factory=list)  # "modem.qmi_config"
    settle: List[str] = field(default_factory=list)  # commands whose output would decide it
    severity: str = "warning"
    hints: List[EvidenceLine] = field(default_factory=list)  # the conditions that did hold

    def to_dict(self) -> Dict[str, Any]:
        return {"rule": self.rule, "cause": self.cause, "subject": self.subject, "title": self.title,
                "unknown": list(self.unknown), "settle": list(self.settle),
                "seen": [h.text for h in self.hints[:3]]}


@dataclass
class Evaluation:
    """What the rules concluded: findings, most likely first, and undecided rules."""
    findings: List[Finding] = field(default_factory=list)  # most likely root cause first
    undecided: List[Undecided] = field(default_factory=list)


def cap_evidence(lines: List[EvidenceLine], limit: int = MAX_EVIDENCE) -> List[EvidenceLine]:
    """Drop duplicates (keeping the first), then keep at most ``limit`` lines."""
    seen = set()
    out: List[EvidenceLine] = []
    for line in lines:
        if line not in seen:
            seen.add(line)
            out.append(line)
    if len(out) > limit:
        more = len(out) - (limit - 1)
        out = out[:limit - 1] + [EvidenceLine("wwandoctor", "... %d more evidence lines not shown" % more)]
    return out
