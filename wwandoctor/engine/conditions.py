"""Rule conditions (the ``when:`` tree) and their three-valued evaluation.

A condition is a mapping with exactly one key::

    all: [cond, ...]            any: [cond, ...]            not: cond
    modem.control_protocol: mbim                      # equality
    modem.protocol: {in: [qmi, mbim]}
    modem.tools_protocols: {contains: qmi}           # list field holds the value
    modem.drivers: {contains_any: [option, qcserial]}
    modem.unbound_interfaces: {empty: false}         # list field is (not) empty
    modem.name: {match: '(?i)sierra'}                # regex search (any item of a list field)
    modem.num_configs: {ge: 2}                       # gt / ge / lt / le
    modem.qmi_config: {known: true}                  # never unknown itself
    log: {match: 'cdc_mbim .*USB WDM device', origin: kernel, min: 1}
    log: {match: 'launch aborted', cleared_by: '-> (enabled|registered)'}   # no later line matches cleared_by
    modem.events: {match: 'USB disconnect', min: 3}
    signal: fcc:radio-locked                         # a fact of wwandoctor.signatures was seen
    signal: [sim:missing, sim:invalid]               # any of them

Values are true, false or unknown (``None``), combined with Kleene logic: a
field that is ``None`` makes its leaf unknown; ``all`` is false if any part
is false, else unknown if any part is unknown; ``any`` is true if any part
is true, else unknown if any part is unknown; ``not`` keeps unknown. Log
leaves are only true or false. Every result carries its *support*: the
evidence of the leaves that decided it, and the unknown fields when unknown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, List, Optional

from wwandoctor.engine import fields as F
from wwandoctor.engine.findings import EvidenceLine
from wwandoctor.lazyregex import LazyRegex
from wwandoctor.sentences import is_persons

# the evidence label of a sentence of the post that a rule's log pattern or a signature matched (log_source)
POST_SOURCE = "post"

OPERATORS = ("in", "contains", "contains_any", "empty", "match", "gt", "ge", "lt", "le", "known")
LOG_KEYS = ("match", "origin", "min", "cleared_by")
_SCALAR_TYPES = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}


@dataclass
class Outcome:
    """A condition's value (None: unknown) and the evidence for it."""
    value: Optional[bool]  # None = unknown
    support: List[EvidenceLine] = field(default_factory=list)
    unknown: List[str] = field(default_factory=list)


# --- evaluation --------------------------------------------------------------

class _Combined:
    """all: / any: over several conditions."""
    def __init__(self, parts):
        self.parts = parts

    def leaves(self):
        return [leaf for p in self.parts for leaf in p.leaves()]


class All(_Combined):
    def evaluate(self, ctx) -> Outcome:
        outs = [p.evaluate(ctx) for p in self.parts]
        false = [o for o in outs if o.value is False]
        if false:
            return Outcome(False, _support(false))
        unknown = [o for o in outs if o.value is None]
        if unknown:  # the parts that held are kept as hints: they say why the rule is worth settling
            return Outcome(None, _support([o for o in outs if o.value is True or o.support]), _unknown(unknown))
        return Outcome(True, _support(outs))


class Any_(_Combined):
    def evaluate(self, ctx) -> Outcome:
        outs = [p.evaluate(ctx) for p in self.parts]
        true = [o for o in outs if o.value is True]
        if true:
            return Outcome(True, _support(true))
        unknown = [o for o in outs if o.value is None]
        if unknown:
            return Outcome(None, _support(unknown), _unknown(unknown))
        return Outcome(False, _support(outs))


class Not:
    def __init__(self, part):
        self.part = part

    def evaluate(self, ctx) -> Outcome:
        out = self.part.evaluate(ctx)
        if out.value is None:  # what held inside a negation is no hint for the rule
            return Outcome(None, [], out.unknown)
        return Outcome(not out.value, out.support)

    def leaves(self):
        return self.part.leaves()


class FieldLeaf:
    """``<field>: value`` or ``<field>: {op: arg, ...}`` (all operators must hold)."""

    def __init__(self, name: str, ops: List[tuple]):
        self.name = name
        self.ops = ops

    def evaluate(self, ctx) -> Outcome:
        value = ctx.get(self.name)
        if self.ops[0][0] == "known":
            result = (value is not None) == self.ops[0][1]
            if value is None:  # a field nobody saw is no evidence, and no hint that the cause is present
                return Outcome(result)
        elif value is None:
            return Outcome(None, [], [self.name])
        else:
            try:
                result = all(_apply(op, arg, value) for op, arg in self.ops)
            except TypeError:  # the model holds a value of another type: cannot decide
                return Outcome(None, [], [self.name])
        return Outcome(result, self._support(ctx, value, absence=result and self.ops == [("empty", True)]))

    def _support(self, ctx, value, absence: bool = False) -> List[EvidenceLine]:
        """The field's value and the model's evidence for it; ``absence``: the value is an empty list."""
        lines = [EvidenceLine("model", "%s = %s" % (self.name, F.show(value)), absence)]
        lines += [EvidenceLine(e.source, e.text, absence) for e in ctx.evidence(self.name)]
        return lines

    def leaves(self):
        return [self]


class Truthy:
    """``if: <field>`` of a fix step: true when the field is known and truthy (non-zero, non-empty)."""

    def __init__(self, name: str):
        self.name = name

    def evaluate(self, ctx) -> Outcome:
        value = ctx.get(self.name)
        return Outcome(None if value is None else bool(value), [], [self.name] if value is None else [])

    def leaves(self):
        return []


class LogLeaf:
    """``log: {...}`` over every log line, ``modem.events: {...}`` over the modem's own events."""

    def __init__(self, scope: str, pattern, origins: Optional[List[str]], minimum: int, cleared_by=None):
        self.name = scope
        self.pattern = pattern
        self.origins = origins
        self.minimum = minimum
        self.cleared_by = cleared_by  # a hit followed by a line matching this (any origin) does not count

    def _lines(self, ctx):
        if self.name == "log":
            return list(ctx.model.snapshot.log)
        return list(ctx.modem.events) if ctx.modem is not None else []

    def evaluate(self, ctx) -> Outcome:
        every = self._lines(ctx)
        lines = every
        if self.origins is not None:
            lines = [ln for ln in lines if ln.origin.lower() in self.origins]
        hits = [ln for ln in lines if self.pattern.search(ln.text)]
        if hits and self.cleared_by is not None:
            # log order is the order of the input: a hit counts only when nothing later clears it
            last_clear = max((i for i, ln in enumerate(every) if self.cleared_by.search(ln.text)), default=-1)
            position = {id(ln): i for i, ln in enumerate(every)}
            hits = [ln for ln in hits if position[id(ln)] > last_clear]
        if not hits and self.name == "log":
            hits = self._quoted_hits(ctx, every)
        support = [EvidenceLine(log_source(ln), ln.text) for ln in hits]
        return Outcome(len(hits) >= self.minimum, support)

    def _quoted_hits(self, ctx, every):
        """The messages the post's sentences quote that match, when no line of the input does and no line
        clears them (a quote has no place in the log's order; its evidence source "quoted" makes the
        finding low confidence, engine.rule)."""
        if self.cleared_by is not None and any(self.cleared_by.search(ln.text) for ln in every):
            return []
        return [ln for ln in ctx.model.quoted if self.pattern.search(ln.text)]

    def leaves(self):
        return [self]


class SignalLeaf:
    """``signal: NAME`` / ``signal: [NAME, ...]``: a known message proved one of these facts."""

    def __init__(self, names: List[str]):
        self.name = "signal"
        self.names = names

    def evaluate(self, ctx) -> Outcome:
        hits = [ln for n in self.names for ln in ctx.model.signals.get(n, [])]
        return Outcome(bool(hits), [EvidenceLine(log_source(ln), ln.text) for ln in hits])

    def leaves(self):
        return [self]


def log_source(line) -> str:
    """The evidence label of a log line: "kernel-log", its program ("ModemManager"), "post" for a sentence the
    person wrote that no parser understood ("Now the module is stuck in Factory Test Mode."), or "log" when the
    line names no program and reads as a program's output (a reader would take "[unknown]" for an unknown fact)."""
    if line.origin in ("unknown", "") and is_persons(line.text):
        return POST_SOURCE
    return {"kernel": "kernel-log", "unknown": "log", "": "log"}.get(line.origin, line.origin)


def _support(outs) -> List[EvidenceLine]:
    return [line for o in outs for line in o.support]


def _unknown(outs) -> List[str]:
    names: List[str] = []
    for o in outs:
        names += [n for n in o.unknown if n not in names]
    return names


def _apply(op: str, arg: Any, value: Any) -> bool:
    if op == "eq":
        return value == arg
    if op == "in":
        return value in arg
    if op == "contains":
        return arg in value
    if op == "contains_any":
        return any(a in value for a in arg)
    if op == "empty":
        return (len(value) == 0) == arg
    if op == "match":
        items = value if isinstance(value, list) else [value]
        return any(arg.search(str(v)) for v in items)
    if op == "gt":
        return value > arg
    if op == "ge":
        return value >= arg
    if op == "lt":
        return value < arg
    if op == "le":
        return value <= arg
    raise ValueError(op)


# --- compiling from YAML nodes ------------------------------------------------

def compile_condition(src, node, for_each: str, checks=None):
    """Build a condition from its YAML node; problems raise RuleError at the node's line.

    ``checks``: a rule family's named conditions (name -> node), which ``check: NAME`` stands for."""
    items = src.mapping(node, "a condition")
    if len(items) != 1:
        raise src.error(node, "a condition has exactly one key (use all: [...] to combine), got %s"
                        % (", ".join(k for k, _, _ in items) or "none"))
    key, knode, vnode = items[0]
    if key in ("all", "any"):
        parts = [compile_condition(src, n, for_each, checks) for n in src.sequence(vnode, key)]
        if not parts:
            raise src.error(vnode, "%s: needs at least one condition" % key)
        return All(parts) if key == "all" else Any_(parts)
    if key == "not":
        return Not(compile_condition(src, vnode, for_each, checks))
    if key == "check":
        return compile_condition(src, _check_node(src, vnode, checks), for_each)
    if key in ("log", "modem.events"):
        if key == "modem.events" and for_each == "host":
            raise src.error(knode, "modem.events cannot be used in a rule with for_each: host")
        return _compile_log(src, key, vnode)
    if key == "signal":
        return _compile_signal(src, vnode)
    problem = F.field_error(key, for_each) if "." in key else "unknown condition %r (expected all, any, not, log, signal or a field like modem.protocol)" % key
    if problem:
        raise src.error(knode, problem)
    return _compile_field(src, key, vnode)


def _check_node(src, node, checks):
    """The condition a family's ``check: NAME`` names."""
    if checks is None:
        raise src.error(node, "check: only a variant of a rule family (*.family.yaml) names a shared check")
    name = src.value(node)
    if name not in checks:
        raise src.error(node, "check: unknown check %r (this family's checks: %s)" % (name, ", ".join(sorted(checks)) or "none"))
    return checks[name]


class Regex(LazyRegex):
    """A rule's regex, compiled when first used and only for a text holding one of its literals
    (:mod:`wwandoctor.lazyregex`): a run evaluates few of the rules' regexes, and compiling all of
    them (again after loading the rule cache) was a large part of ``check``. The literals are
    found when the rule file is parsed and kept in the rule cache."""

    __slots__ = ()

    def __repr__(self):
        return "Regex(%r)" % self.pattern


def _regex(src, node):
    text = src.value(node)
    if not isinstance(text, str):
        raise src.error(node, "match: the regex must be text")
    try:
        re.compile(text)  # a bad regex is a rule-file error now, not when it is first used
    except re.error as exc:
        raise src.error(node, "bad regex %r: %s" % (text, exc))
    return Regex(text)


def _compile_log(src, key: str, node):
    items = {k: (kn, vn) for k, kn, vn in src.mapping(node, key)}
    for k, (kn, _) in items.items():
        if k not in LOG_KEYS or (key == "modem.events" and k == "origin"):
            raise src.error(kn, "%s: unknown operator %r (allowed: %s)" % (key, k, ", ".join(LOG_KEYS)))
    if "match" not in items:
        raise src.error(node, "%s: needs match: <regex>" % key)
    pattern = _regex(src, items["match"][1])
    origins = None
    if "origin" in items:
        vnode = items["origin"][1]
        raw = src.value(vnode)
        raw = raw if isinstance(raw, list) else [raw]
        if not raw or not all(isinstance(o, str) and o for o in raw):
            raise src.error(vnode, "log: origin must be a name or a list of names (kernel, ModemManager, qmicli, ...)")
        origins = [o.lower() for o in raw]
    minimum = 1
    if "min" in items:
        minimum = src.value(items["min"][1])
        if not isinstance(minimum, int) or isinstance(minimum, bool) or minimum < 1:
            raise src.error(items["min"][1], "%s: min must be a whole number >= 1" % key)
    cleared_by = _regex(src, items["cleared_by"][1]) if "cleared_by" in items else None
    return LogLeaf(key, pattern, origins, minimum, cleared_by)


def _compile_signal(src, node):
    from wwandoctor import signatures
    from wwandoctor.model import prose, signals

    raw = src.value(node)
    names = raw if isinstance(raw, list) else [raw]
    known = tuple(dict.fromkeys(signatures.facts() + prose.facts() + signals.derived_facts()))  # in order, each once
    for name in names:
        if not isinstance(name, str) or name not in known:
            raise src.error(node, "signal: unknown fact %r (known: %s)" % (name, ", ".join(known)))
    return SignalLeaf(list(names))


def _compile_field(src, name: str, node):
    kind = F.kinds()[name]
    if kind == "events":
        raise src.error(node, "%s can only be matched with {match: regex}" % name)
    value = src.value(node)
    if not isinstance(value, dict):
        if value is None:
            raise src.error(node, "%s: compare with a value; use {known: false} to test for unknown" % name)
        return FieldLeaf(name, [("eq", _checked(src, node, name, kind, value, "a value"))])
    ops = []
    for op, knode, vnode in src.mapping(node, name):
        if op not in OPERATORS:
            raise src.error(knode, "%s: unknown operator %r (allowed: %s)" % (name, op, ", ".join(OPERATORS)))
        ops.append((op, _compile_op(src, name, kind, op, vnode)))
    if not ops:
        raise src.error(node, "%s: needs an operator" % name)
    if any(op == "known" for op, _ in ops) and len(ops) > 1:
        raise src.error(node, "%s: known cannot be combined with other operators" % name)
    return FieldLeaf(name, ops)


def _compile_op(src, name: str, kind: str, op: str, node):
    value = src.value(node)
    if op == "known":
        if not isinstance(value, bool):
            raise src.error(node, "%s: known must be true or false" % name)
        return value
    if op == "match":
        if kind not in ("str", "list"):
            raise src.error(node, "%s: match needs a text or list field, this one is %s" % (name, kind))
        return _regex(src, node)
    if op == "in":
        if not isinstance(value, list) or not value:
            raise src.error(node, "%s: in needs a non-empty list" % name)
        return [_checked(src, node, name, kind, v, "in") for v in value]
    if op in ("contains", "contains_any", "empty"):
        if kind not in ("list", "records"):
            raise src.error(node, "%s: %s needs a list field, this one is %s" % (name, op, kind))
        if op == "empty":
            if not isinstance(value, bool):
                raise src.error(node, "%s: empty must be true or false" % name)
            return value
        values = value if op == "contains_any" else [value]
        if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
            raise src.error(node, "%s: %s needs %s" % (name, op, "a list of text" if op == "contains_any" else "text"))
        return values if op == "contains_any" else value
    # gt ge lt le
    if kind not in ("int", "float"):
        raise src.error(node, "%s: %s needs a number field, this one is %s" % (name, op, kind))
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise src.error(node, "%s: %s needs a number" % (name, op))
    return value


def _checked(src, node, name: str, kind: str, value: Any, what: str) -> Any:
    """``value`` if it has the field's type; a RuleError naming the line otherwise."""
    if kind in ("list", "records"):
        if not isinstance(value, list):
            raise src.error(node, "%s is a list: compare with a list, or use {contains: x}" % name)
        return value
    types = _SCALAR_TYPES.get(kind)
    ok = types is not None and isinstance(value, types) and not (kind != "bool" and isinstance(value, bool))
    if not ok:
        raw = node.value if isinstance(node.value, str) else value
        hint = " (quote it: '%s')" % raw if kind == "str" and not isinstance(value, str) else ""
        raise src.error(node, "%s: %s %r does not fit a %s field%s" % (name, what, value, kind, hint))
    return value
