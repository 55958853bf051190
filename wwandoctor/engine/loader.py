"""Loading and validating the rule files (``rules/<id>.yaml``, one rule per file, and the family files).

Every problem is a RuleError ``file:line: problem`` (exit 2): YAML syntax,
unknown or missing key, unknown cause, unknown model field, bad regex, bad
operator, an id that does not match the file name. No rule is ever skipped.

Fix steps several rules give are written once, in ``fix-steps/*.yaml`` beside the rules (a
mapping: step name -> step); a rule names one with ``- use: NAME`` (and may add its own ``if:``).

The variants of one diagnosis live in one family file, ``<name>.family.yaml`` (canonical/hotsos's
scenario with ranked conclusions): the keys they share at the top, named ``checks:`` their
conditions use as ``check: NAME``, and ``variants:``, each an ``id``, a ``priority`` and its own
keys. Each variant becomes an ordinary rule with its own id; the engine reports, per subject, only
the firing variant of highest priority (:func:`wwandoctor.engine.ordering.highest_variants`).
A minimal rule::

    id: rfkill-blocked
    cause: rfkill-blocked
    severity: error
    confidence: high
    status: stable
    title: The WWAN radio is blocked by rfkill
    for_each: host
    when:
      any:
        - host.rfkill_wwan_soft: true
        - host.rfkill_wwan_hard: true
    message: ...
    fix: [...]
    docs: {what: ..., why: ..., false_positives: ...}
    references: [...]
"""
from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.causes import CAUSES
from wwandoctor.engine import fields as F
from wwandoctor.engine.conditions import Truthy, compile_condition
from wwandoctor.engine.rule import FixTemplate, Rule
from wwandoctor.engine.template import compile_template
from wwandoctor.errors import RuleError

if TYPE_CHECKING:  # yaml is imported only when a rule file has to be parsed
    from wwandoctor.engine.yamlnode import Source

SEVERITIES = ("error", "warning", "info")
CONFIDENCES = ("high", "medium", "low")
STATUSES = ("stable", "experimental")
FOR_EACH = ("modem", "host")
REQUIRED = ("id", "cause", "severity", "confidence", "status", "title", "for_each", "when", "message",
            "docs", "references")
OPTIONAL = ("fix", "explains")
FAMILY_SUFFIX = ".family.yaml"
SHARED_KEYS = tuple(k for k in REQUIRED + OPTIONAL if k != "id")  # what a family's top may set
FAMILY_KEYS = SHARED_KEYS + ("checks", "variants")
VARIANT_KEYS = ("id", "priority") + tuple(k for k in SHARED_KEYS if k != "cause")
DOC_KEYS_REQUIRED = ("what", "why", "false_positives")
DOC_KEYS = DOC_KEYS_REQUIRED + ("example",)
FIX_KEYS = ("title", "commands", "file", "content", "safety", "if")
STEPS_DIR = "fix-steps"  # the shared fix steps, beside the rules
ID_RE = regex_cache.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

_CACHE: Dict[str, Tuple[tuple, List[Rule]]] = {}


def shipped_directory():
    """The shipped rules as a Traversable (a directory, or a folder inside wwandoctor.pyz)."""
    from wwandoctor.resources import shipped_rules
    return shipped_rules()


def rule_files(root) -> list:
    """The ``*.yaml`` entries of a rules directory (a path or Traversable), sorted by name."""
    if isinstance(root, (str, os.PathLike)):
        root = Path(os.path.abspath(root))
    try:
        entries = sorted(root.iterdir(), key=lambda e: e.name)
    except OSError as exc:
        raise RuleError("%s: cannot read the rules directory: %s" % (root, exc.strerror or exc))
    for entry in entries:
        if entry.name.endswith(".yml"):
            raise RuleError("%s:1: rule files end in .yaml" % entry)
    return [e for e in entries if e.name.endswith(".yaml") and e.is_file()]


def step_files(root) -> list:
    """The ``*.yaml`` files of the rules directory's ``fix-steps`` folder (none when it has none)."""
    if isinstance(root, (str, os.PathLike)):
        root = Path(os.path.abspath(root))
    folder = root.joinpath(STEPS_DIR)
    if not folder.is_dir():
        return []
    return [e for e in sorted(folder.iterdir(), key=lambda e: e.name) if e.name.endswith(".yaml") and e.is_file()]


def load_steps(paths: List[str], texts: List[bytes]) -> Dict[str, tuple]:
    """The shared fix steps: name -> (the Source of its file, its node), compiled where a rule uses it."""
    from wwandoctor.engine.yamlnode import Source
    steps: Dict[str, tuple] = {}
    for path, data in zip(paths, texts):
        src = Source(path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RuleError("%s:1: cannot read: %s" % (src.name, exc))
        for name, knode, vnode in src.mapping(src.parse(text), "a fix-steps file (step name: step)"):
            if not ID_RE.match(name):
                raise src.error(knode, "step name %r: use lowercase words joined by '-'" % name)
            if name in steps:
                raise src.error(knode, "step %r is also defined in %s" % (name, steps[name][0].name))
            steps[name] = (src, vnode)
    return steps


def _signature(entries: list) -> tuple:
    """What must stay the same for the in-memory cache to hold: mtime and size of files on disk."""
    if all(isinstance(e, Path) for e in entries):
        return tuple((str(e), e.stat().st_mtime_ns, e.stat().st_size) for e in entries)
    return tuple(str(e) for e in entries)  # inside a zip: the files cannot change while we run


def load_rules(directory=None) -> List[Rule]:
    """Every rule in ``directory`` (default: the shipped rules), sorted by file name.

    Compiled rules are kept in memory until a file changes, and on disk in the user's cache
    (:mod:`.rulecache`, keyed on the files' content and wwandoctor's version), so that a run does
    not parse YAML when the rules did not change."""
    from wwandoctor.engine import rulecache
    from wwandoctor.resources import rules_root

    root = rules_root(directory)
    entries = rule_files(root)
    step_entries = step_files(root)
    signature = _signature(entries + step_entries)
    cached = _CACHE.get(str(root))
    if cached and cached[0] == signature:
        return list(cached[1])
    paths = [str(e) for e in entries]
    texts = [_read(e) for e in entries]
    step_sources = [(str(e), _read(e)) for e in step_entries]
    rules = rulecache.load(paths, texts, step_sources)
    if rules is None:
        steps = load_steps([p for p, _ in step_sources], [t for _, t in step_sources])
        rules = [rule for p, t in zip(paths, texts) for rule in load_rules_text(p, t, steps)]
        if not rules:
            raise RuleError("%s: no rule files (*.yaml) found" % root)
        _unique_ids(rules)
        rulecache.store(paths, texts, rules, step_sources)
    _CACHE[str(root)] = (signature, rules)
    return list(rules)


def _read(entry) -> bytes:
    """A rule file's bytes (a path, or a Traversable entry of a rules directory)."""
    try:
        return (Path(entry) if isinstance(entry, str) else entry).read_bytes()
    except (OSError, KeyError) as exc:  # zipfile.Path raises KeyError for a missing member
        from wwandoctor.engine.yamlnode import display_path
        raise RuleError("%s:1: cannot read: %s" % (display_path(str(entry)), getattr(exc, "strerror", None) or exc))


def load_rule_text(path: str, data: bytes, steps: Optional[Dict[str, tuple]] = None) -> Rule:
    """One rule; ``steps`` are the shared fix steps its ``use:`` may name."""
    src = _source(path, data)
    return parse_rule(src, src.parse(src.text_in_file), steps or {})


def load_rules_text(path: str, data: bytes, steps: Optional[Dict[str, tuple]] = None) -> List[Rule]:
    """The rules of one file: a rule file gives one, a family file (``*.family.yaml``) its variants."""
    if not os.path.basename(path).endswith(FAMILY_SUFFIX):
        return [load_rule_text(path, data, steps)]
    src = _source(path, data)
    return parse_family(src, src.parse(src.text_in_file), steps or {})


def _source(path: str, data: bytes) -> Source:
    from wwandoctor.engine.yamlnode import Source

    src = Source(path)
    try:
        src.text_in_file = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError("%s:1: cannot read: %s" % (src.name, exc))
    return src


def _unique_ids(rules: List[Rule]) -> None:
    """A rule id names one rule: a family's variant may not reuse the id of another file's rule."""
    from wwandoctor.engine.yamlnode import display_path
    seen: Dict[str, Rule] = {}
    for rule in rules:
        if rule.id in seen:
            first = seen[rule.id]
            raise RuleError("%s:%d: rule id %r is also defined in %s:%d" % (
                display_path(rule.path), rule.line, rule.id, display_path(first.path), first.line))
        seen[rule.id] = rule


def parse_rule(src: Source, root, steps: Optional[Dict[str, tuple]] = None) -> Rule:
    items = src.keyed(root, "a rule file", REQUIRED + OPTIONAL, REQUIRED)
    node = {k: vn for k, (_, vn) in items.items()}
    return _compile(src, node, _rule_id(src, node["id"]), steps or {})


def _compile(src: Source, node: dict, rule_id: str, steps: Dict[str, tuple], checks=None, **family) -> Rule:
    """A rule from its keys' nodes (``node["docs"]`` may be a list of docs nodes, merged in order)."""
    for_each = src.choice(node["for_each"], "for_each", FOR_EACH)
    return Rule(
        id=rule_id, cause=_cause(src, node["cause"]),
        severity=src.choice(node["severity"], "severity", SEVERITIES),
        confidence=src.choice(node["confidence"], "confidence", CONFIDENCES),
        status=src.choice(node["status"], "status", STATUSES),
        title=compile_template(src, node["title"], for_each, "title"),
        for_each=for_each,
        when=compile_condition(src, node["when"], for_each, checks),
        message=compile_template(src, node["message"], for_each, "message"),
        fix=_fix(src, node.get("fix"), for_each, steps),
        docs=_docs(src, node["docs"]),
        references=src.text_list(node["references"], "references"),
        explains=[_cause(src, n) for n in src.sequence(node["explains"], "explains")] if "explains" in node else [],
        path=src.path,
        when_data=src.value(node["when"]),
        when_text=_when_text(src, node["when"], checks),
        line=node["id"].start_mark.line + 1,
        **family,
    )


def _rule_id(src: Source, node) -> str:
    rule_id = _id_text(src, node)
    stem = os.path.splitext(os.path.basename(src.path))[0]
    if rule_id != stem:
        raise src.error(node, "id %r does not match the file name (%s.yaml)" % (rule_id, stem))
    return rule_id


def _id_text(src: Source, node) -> str:
    rule_id = src.text(node, "id")
    if not ID_RE.match(rule_id):
        raise src.error(node, "id %r: use lowercase words joined by '-'" % rule_id)
    return rule_id


# --- rule families (*.family.yaml) ---------------------------------------------

def parse_family(src: Source, root, steps: Dict[str, tuple]) -> List[Rule]:
    """The variants of a family file, each an ordinary rule: the family's keys, then its own."""
    name = os.path.basename(src.path)[:-len(FAMILY_SUFFIX)]
    if not ID_RE.match(name):
        raise src.error(root, "family file name %r: use lowercase words joined by '-'" % name)
    items = src.keyed(root, "a family file", FAMILY_KEYS, ("cause", "variants"),
                      unknown="unknown key %r in a family file (allowed: %s)",
                      missing="missing key %r (a family file has one cause and its variants)")
    if src.value(items["cause"][1]) != name:
        raise src.error(items["cause"][1], "a family file is named after its cause: %s%s" % (src.value(items["cause"][1]), FAMILY_SUFFIX))
    checks = _checks(src, items.get("checks"))
    shared = {k: vn for k, (_, vn) in items.items() if k in SHARED_KEYS}
    variants = src.sequence(items["variants"][1], "variants")
    if not variants:
        raise src.error(items["variants"][1], "variants: a family needs at least one variant")
    rules: List[Rule] = []
    for vnode in variants:
        rules.append(_variant(src, vnode, shared, checks, name, steps, rules))
    used = {n for v in variants for n in _checks_named(src, v)}
    for check, knode, _ in src.mapping(items["checks"][1], "checks") if "checks" in items else ():
        if check not in used:
            raise src.error(knode, "check %r: no variant names it (check: %s)" % (check, check))
    return rules


def _checks(src: Source, item) -> Optional[Dict[str, object]]:
    """A family's named conditions: name -> condition node (compiled where a variant names it)."""
    if item is None:
        return None
    checks = {}
    for name, knode, vnode in src.mapping(item[1], "checks (check name: condition)"):
        if not ID_RE.match(name):
            raise src.error(knode, "check name %r: use lowercase words joined by '-'" % name)
        checks[name] = vnode
    return checks


def _variant(src: Source, vnode, shared: dict, checks, family: str, steps: Dict[str, tuple], earlier: List[Rule]) -> Rule:
    items = {k: (kn, vn) for k, kn, vn in src.mapping(vnode, "a variant")}
    for key, (knode, _) in items.items():
        if key == "cause":
            raise src.error(knode, "a variant cannot set 'cause': a family is one diagnosis, its cause is at the top")
        if key not in VARIANT_KEYS:
            raise src.error(knode, "variant: unknown key %r (allowed: %s)" % (key, ", ".join(VARIANT_KEYS)))
    if "id" not in items:
        raise src.error(vnode, "a variant needs an 'id'")
    rule_id = _id_text(src, items["id"][1])
    if "priority" not in items:
        raise src.error(vnode, "variant %r needs a 'priority' (a whole number; the firing variant with the highest one is reported)" % rule_id)
    priority = _priority(src, items["priority"][1])
    for other in earlier:
        if other.id == rule_id:
            raise src.error(items["id"][1], "variant id %r is also used at line %d" % (rule_id, other.line))
        if other.priority == priority:
            raise src.error(items["priority"][1], "priority %d is also variant %r's (line %d): each variant of a family needs its own"
                            % (priority, other.id, other.line))
    node = dict(shared)
    node.update({k: vn for k, (_, vn) in items.items() if k not in ("id", "priority")})
    if "docs" in shared and "docs" in items:
        node["docs"] = [shared["docs"], items["docs"][1]]
    for key in REQUIRED:
        if key not in node and key != "id":
            raise src.error(vnode, "variant %r: missing key %r (give it here or at the top of the family)" % (rule_id, key))
    node["id"] = items["id"][1]
    return _compile(src, node, rule_id, steps, checks if checks is not None else {}, family=family, priority=priority)


def _priority(src: Source, node) -> int:
    value = src.value(node)
    if not isinstance(value, int) or isinstance(value, bool):
        raise src.error(node, "priority must be a whole number, got %r" % (value,))
    return value


def _checks_named(src: Source, node) -> List[str]:
    """The names that ``check: NAME`` conditions inside a node use."""
    import yaml
    if isinstance(node, yaml.SequenceNode):
        return [n for item in node.value for n in _checks_named(src, item)]
    if not isinstance(node, yaml.MappingNode):
        return []
    found = []
    for knode, vnode in node.value:
        if isinstance(knode, yaml.ScalarNode) and knode.value == "check" and isinstance(vnode, yaml.ScalarNode):
            found.append(vnode.value)
        else:
            found += _checks_named(src, vnode)
    return found


def _when_text(src: Source, node, checks) -> str:
    """The condition as written, followed by the family checks it names."""
    text = src.written(node)
    for name in dict.fromkeys(_checks_named(src, node)) if checks else ():
        text += "\ncheck %s (shared by the family):\n  %s" % (name, src.written(checks[name]).replace("\n", "\n  "))
    return text


def _cause(src: Source, node) -> str:
    cause = src.value(node)
    if cause not in CAUSES:
        raise src.error(node, "unknown cause %r (see wwandoctor/causes.py)" % (cause,))
    return cause


def _docs(src: Source, nodes) -> Dict[str, str]:
    """The docs mapping; a family variant's list of docs nodes (the family's, its own) merges key by key."""
    docs = {}
    for node in nodes if isinstance(nodes, list) else [nodes]:
        docs.update(_doc_texts(src, node))
    node = nodes[-1] if isinstance(nodes, list) else nodes
    for key in DOC_KEYS_REQUIRED:
        if key not in docs:
            raise src.error(node, "docs: missing key %r" % key)
    return docs


def _doc_texts(src: Source, node) -> Dict[str, str]:
    docs = {}
    for key, knode, vnode in src.mapping(node, "docs"):
        if key not in DOC_KEYS:
            raise src.error(knode, "docs: unknown key %r (allowed: %s)" % (key, ", ".join(DOC_KEYS)))
        docs[key] = " ".join(src.text(vnode, "docs." + key).split()) if key != "example" else src.text(vnode, "docs.example").rstrip()
    return docs


def _fix(src: Source, node, for_each: str, steps: Dict[str, tuple]) -> List[FixTemplate]:
    if node is None:
        return []
    return [_fix_item(src, step, for_each, steps) for step in src.sequence(node, "fix")]


def _fix_item(src: Source, node, for_each: str, steps: Dict[str, tuple]) -> FixTemplate:
    """A step written in the rule, or ``use: NAME`` (a shared step of fix-steps/) with its own ``if:``."""
    items = {k: (kn, vn) for k, kn, vn in src.mapping(node, "a fix step")}
    if "use" not in items:
        return _fix_step(src, node, for_each)
    for key, (knode, _) in items.items():
        if key not in ("use", "if"):
            raise src.error(knode, "fix: a 'use' step takes only 'if' beside it, not %r" % key)
    name = src.text(items["use"][1], "fix.use")
    if name not in steps:
        raise src.error(items["use"][1], "fix: unknown step %r (the shared steps are in %s/)" % (name, STEPS_DIR))
    step_src, step_node = steps[name]
    step = _fix_step(step_src, step_node, for_each)
    if step.when is not None and "if" in items:
        raise src.error(items["if"][0], "fix: step %r has its own 'if'" % name)
    if "if" not in items:
        return step
    return dataclasses.replace(step, when=_fix_if(src, items["if"], for_each), if_text=_inline(src.value(items["if"][1])),
                               if_data=src.written(items["if"][1]))


def _fix_step(src: Source, node, for_each: str) -> FixTemplate:
    items = src.keyed(node, "a fix step", FIX_KEYS, ("title", "safety"),
                      unknown="fix: unknown key %r (allowed: %s)", missing="fix: missing key %r")

    def tmpl(key):
        return compile_template(src, items[key][1], for_each, "fix." + key) if key in items else None

    commands = []
    if "commands" in items:
        commands = [compile_template(src, n, for_each, "fix.commands item")
                    for n in src.sequence(items["commands"][1], "fix.commands")]
    return FixTemplate(title=tmpl("title"), safety=tmpl("safety"), commands=commands, file=tmpl("file"),
                       content=tmpl("content"), when=_fix_if(src, items.get("if"), for_each),
                       if_text=_inline(src.value(items["if"][1])) if "if" in items else "",
                       if_data=src.written(items["if"][1]) if "if" in items else None)


def _inline(value) -> str:
    import json
    return value if isinstance(value, str) else json.dumps(value)


def _fix_if(src: Source, item, for_each: str):
    """``if: modem.qmi_config`` (known and truthy) or ``if: <condition>``."""
    if item is None:
        return None
    _, vnode = item
    value = src.value(vnode)
    if isinstance(value, str):
        problem = F.field_error(value, for_each)
        if problem:
            raise src.error(vnode, "fix.if: %s" % problem)
        return Truthy(value)
    return compile_condition(src, vnode, for_each)
