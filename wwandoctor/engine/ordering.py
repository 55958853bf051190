"""Ordering findings so the most likely root cause comes first.

1. Base order: severity (error, warning, info), then confidence (high,
   medium, low), then the cause's rank (``wwandoctor.causes``:
   hardware/platform before setup before symptoms), then rule id. A
   better-supported cause comes first, as in an expert's differential; the
   cause order only breaks ties. Python's sort is stable.
2. Explanations: a finding whose rule says ``explains: [cause, ...]`` is moved
   ahead of every finding with one of those causes about the same subject (a
   host-wide finding explains findings about every modem), even when the
   explained symptom has a higher severity. This is a topological sort that
   otherwise keeps the base order; explanation cycles are ignored.

Before ordering, :func:`highest_variants` keeps of each rule family (``*.family.yaml``) only the
firing variant of highest priority per subject (a host-wide variant also yields to a higher one
about any modem), as canonical/hotsos reports one conclusion per scenario.
"""
from __future__ import annotations

from typing import Dict, List, Set, Tuple

from wwandoctor.causes import rank
from wwandoctor.engine.findings import Finding

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
CONFIDENCE_ORDER = {"high": 0, "medium": 1, "low": 2}


def base_key(f: Finding):
    return (SEVERITY_ORDER.get(f.severity, 9), CONFIDENCE_ORDER.get(f.confidence, 9), rank(f.cause), f.rule)


def explains(a: Finding, b: Finding) -> bool:
    """True when finding ``a`` explains finding ``b``."""
    same_subject = a.subject == b.subject or a.subject == "host"
    return a is not b and same_subject and b.cause in a.explains and b.cause != a.cause


def order_findings(findings: List[Finding]) -> List[Finding]:
    base = sorted(findings, key=base_key)
    n = len(base)
    # must_follow[j] = the findings that explain j (they must come before it)
    must_follow: Dict[int, Set[int]] = {j: {i for i in range(n) if explains(base[i], base[j])} for j in range(n)}
    placed: List[int] = []
    remaining = list(range(n))
    while remaining:
        ready = [j for j in remaining if not (must_follow[j] - set(placed))]
        pick = ready[0] if ready else remaining[0]  # a cycle: fall back to the base order
        placed.append(pick)
        remaining.remove(pick)
    return [base[i] for i in placed]


def outranked(subject: str, rivals: List[Tuple[int, str]], priority: int) -> bool:
    """True when a firing variant of the same family, (priority, subject) in ``rivals``, ranks above
    a variant of ``priority`` about ``subject``."""
    return any(p > priority and (s == subject or subject == "host") for p, s in rivals)


def highest_variants(findings: List[Finding], rules) -> List[Finding]:
    """The findings without those a higher-priority variant of their family outranks."""
    variant = {r.id: (r.family, r.priority) for r in rules if r.family}
    firing: Dict[str, List[Tuple[int, str]]] = {}
    for f in findings:
        if f.rule in variant:
            family, priority = variant[f.rule]
            firing.setdefault(family, []).append((priority, f.subject))
    return [f for f in findings
            if f.rule not in variant or not outranked(f.subject, firing[variant[f.rule][0]], variant[f.rule][1])]
