"""The rule engine: load the YAML rules, evaluate them on a model, order the findings.

    rules = load_rules()                 # the shipped rules (or load_rules("my/rules"))
    evaluation = evaluate(rules, model)  # Evaluation(findings=[...], undecided=[...])

See rules/README.md for the rule format.
"""
from __future__ import annotations

import dataclasses
from typing import List

from wwandoctor.engine.findings import Evaluation, EvidenceLine, Finding, FixStep, Undecided, cap_evidence
from wwandoctor.engine.loader import load_rules
from wwandoctor.engine.ordering import SEVERITY_ORDER, highest_variants, order_findings

__all__ = ["load_rules", "evaluate", "Evaluation", "EvidenceLine", "Finding", "FixStep", "Undecided"]


def evaluate(rules, model) -> Evaluation:
    """Apply every rule to each of its subjects; findings ordered most likely root cause first.

    Of a rule family only the firing variant of highest priority is kept per subject. Undecided
    rules are left out where they would only be noise: severity info, nothing of the
    condition held but the absence of something (no hint that the cause is present), a cause that a finding about the same
    subject already names, or one that such a finding explains.
    """
    findings: List[Finding] = []
    undecided: List[Undecided] = []
    for rule in rules:
        for ctx in rule.subjects(model):
            result = rule.apply(ctx)
            if isinstance(result, Finding):
                findings.append(result)
            elif isinstance(result, Undecided) and rule.severity != "info" and _hinted(result):
                undecided.append(result)
    undecided = [u for u in undecided if not _settled_by(u, findings)]  # by every finding, outranked ones too
    findings = highest_variants(findings, rules)
    undecided.sort(key=lambda u: (SEVERITY_ORDER.get(u.severity, 9), u.rule, u.subject))
    return Evaluation(findings=_one_per_cause(order_findings(findings)), undecided=undecided)


def _hinted(undecided: Undecided) -> bool:
    """Something of the rule's condition was seen: a part that held on a fact, not on the absence of one."""
    return any(not hint.absence for hint in undecided.hints)


def _one_per_cause(findings: List[Finding]) -> List[Finding]:
    """Keep the first finding of each cause per subject; a host-wide one yields to an earlier one of any subject, and an
    earlier host-wide one gives its place to a later one about a modem (the modem named, the host's evidence kept).

    Several rules may prove one cause from different evidence (a log line, the model); the
    report names the cause once, with the best-ranked finding's evidence."""
    kept: List[Finding] = []
    for f in findings:
        if any(k.cause == f.cause and (k.subject == f.subject or f.subject == "host") for k in kept):
            continue
        host_wide = next((i for i, k in enumerate(kept) if k.cause == f.cause and k.subject == "host"), None)
        if host_wide is None:
            kept.append(f)
        else:
            kept[host_wide] = dataclasses.replace(f, evidence=cap_evidence(f.evidence + kept[host_wide].evidence))
    return kept


def _settled_by(undecided: Undecided, findings: List[Finding]) -> bool:
    for f in findings:
        related = f.subject in (undecided.subject, "host") or undecided.subject == "host"
        if related and (f.cause == undecided.cause or undecided.cause in f.explains):
            return True
    return False
