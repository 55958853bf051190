"""A loaded rule and how it is applied to one subject (a modem, or the host).

Applying a rule gives a Finding (the condition is true), nothing (false),
or an Undecided entry (unknown: it names the unknown fields and the commands
from ``model.FIELD_DOCS`` that would settle them).
"""
from __future__ import annotations

import re
import shlex

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Union

from wwandoctor import regex_cache
from wwandoctor.engine.conditions import FieldLeaf
from wwandoctor.engine.fields import Context
from wwandoctor.engine.findings import EvidenceLine, Finding, FixStep, Undecided, cap_evidence
from wwandoctor.engine.ordering import CONFIDENCE_ORDER
from wwandoctor.engine.template import Template, render_commands
from wwandoctor.filledtext import FilledText, compose, oneline


@dataclass
class FixTemplate:
    """A fix step of a rule file, its texts still templates."""
    title: Template
    safety: Template
    commands: List[Template] = field(default_factory=list)
    file: Optional[Template] = None
    content: Optional[Template] = None
    when: Optional[Any] = None  # ``if:``: a condition, kept only when true
    if_text: str = ""  # the ``if:`` on one line
    if_data: Optional[str] = None  # the ``if:`` as written in the rule file, for ``rules show``

    def render(self, ctx) -> Optional[FixStep]:
        """The step for this subject, or None when its ``if`` is not true or it needs an unknown field.

        A step that writes a file starts with the command that writes it, so its commands are
        what a person runs, in order (the file first, then ``udevadm control --reload``)."""
        if self.when is not None and self.when.evaluate(ctx).value is not True:
            return None
        rendered = [t.render(ctx) for t in (self.title, self.safety, self.file, self.content) if t]
        commands, missing = render_commands(self.commands, ctx)
        if missing or any(miss for _, miss in rendered):
            return None
        texts = [text for text, _ in rendered]
        title, safety = texts[0], texts[1]
        file = texts[2] if self.file else None
        content = texts[-1] if self.content else None
        if file and content is not None:
            commands.insert(0, write_file_command(file, content))
        return FixStep(title=_oneline(title), safety=_oneline(safety), commands=commands, file=file, content=content)


def write_file_command(path: str, content: str) -> FilledText:
    """``sudo tee PATH <<'EOF'`` ... ``EOF``: the command that writes ``content`` into ``path``
    (the values filled into path and content stay marked)."""
    marker = "EOF"
    while marker in content.split("\n"):
        marker += "_"
    quoted = path if shlex.quote(path) == path else compose(("'", False), path.replace("'", "'\"'\"'"), ("'", False))
    end = "" if content.endswith("\n") else "\n"
    return compose(("sudo tee ", False), quoted, (" >/dev/null <<'%s'\n" % marker, False), content,
                   ("%s%s" % (end, marker), False))


@dataclass
class Rule:
    """A rule compiled from its YAML file."""
    id: str
    cause: str
    severity: str
    confidence: str
    status: str
    title: Template
    for_each: str
    when: Any
    message: Template
    fix: List[FixTemplate]
    docs: Dict[str, str]
    references: List[str]
    explains: List[str]
    path: str
    when_data: Any = None  # the ``when:`` as data
    when_text: str = ""  # the ``when:`` as written in the rule file, for ``rules show``
    line: int = 1  # the line of its id in its file
    family: str = ""  # the family file's name (``<family>.family.yaml``) when the rule is a variant
    priority: int = 0  # a variant's priority in its family: the highest firing one is reported

    @property
    def title_text(self) -> str:
        """The title for catalogues, with placeholders in words: "{modem.name|modem.id}" -> "<modem>"."""
        text = re.sub(r"\{modem\.(?:name|id)[^}]*\}", "<modem>", self.title.text)
        return re.sub(r"\{(?:modem|host)\.([a-z_]+)[^}]*\}", lambda m: "<%s>" % m.group(1).replace("_", " "), text)

    def subjects(self, model) -> List[Context]:
        if self.for_each == "host":
            return [Context(model)]
        return [Context(model, m) for m in model.modems]

    def apply(self, ctx) -> Union[Finding, Undecided, None]:
        out = self.when.evaluate(ctx)
        if out.value is False:
            return None
        if out.value is None:
            return Undecided(rule=self.id, cause=self.cause, subject=ctx.subject,
                             title=_oneline(self.title.render(ctx)[0]), unknown=out.unknown,
                             settle=settle_commands(ctx, out.unknown), severity=self.severity,
                             hints=cap_evidence(out.support))
        steps = [step.render(ctx) for step in self.fix]
        support, confidence = list(out.support), _confidence(self.confidence, out.support)
        if ctx.modem is not None and ctx.modem.only_named:
            support = [EvidenceLine(e.source, e.text) for e in ctx.modem.evidence.get("vid", []) if e.source == "prose"][:1] + support
            confidence = _at_most(confidence, NAMED_ONLY_CONFIDENCE)
        return Finding(
            rule=self.id, cause=self.cause, severity=self.severity, confidence=confidence,
            title=_oneline(self.title.render(ctx)[0]), subject=ctx.subject,
            message=_oneline(self.message.render(ctx)[0]),
            evidence=cap_evidence(support), fix=[s for s in steps if s is not None],
            explains=list(self.explains), status=self.status)

    def fields(self) -> List[str]:
        """Model fields the condition reads (for documentation and checks)."""
        return sorted({leaf.name for leaf in self.when.leaves() if isinstance(leaf, FieldLeaf)})


# Evidence from the post's sentences: a message it quotes, a state it says it saw (model.prose)
PROSE_SOURCES = ("quoted", "stated")


# A fact about a modem the post names only by its model holds for a set of candidate ids (model/named.py)
GUESSED_SOURCES = ("prose model name",)

# A kernel release the post's words state or imply (model.prose_kernel): a distribution release is only
# a lower bound (HWE, backports), so any conclusion resting on it is low confidence.
STATED_RELEASE_SOURCE = "stated-release"


# A modem only the post's words name by its id ("lsusb shows 1c9e:f000"): the tables' knowledge of the id
# is sound, but whether that id is the modem, as it is now, rests on the person's sentence.
NAMED_ONLY_CONFIDENCE = "medium"


def _at_most(confidence: str, cap: str) -> str:
    return max(confidence, cap, key=CONFIDENCE_ORDER.__getitem__)


def _confidence(declared: str, support) -> str:
    """The rule's confidence, but low when the post's sentences are its only evidence beyond the model's
    own facts (a quote may be partial or retyped, and a stated state is the person's reading). Low too
    when a fact it uses only comes from a model name in prose (which modem it is remains a guess), or
    when it rests on a kernel release the post states."""
    sources = {line.source for line in support}
    if sources & set(GUESSED_SOURCES):
        return "low"
    if sources & set(PROSE_SOURCES) and sources <= set(PROSE_SOURCES) | {"model", "prose"}:
        return "low"
    if STATED_RELEASE_SOURCE in sources:
        return "low"
    return declared


def _oneline(text: str) -> str:
    """Prose from a YAML block: whitespace and line breaks collapsed to single spaces."""
    return oneline(text)


def settle_commands(ctx, names: List[str]) -> List[str]:
    """Commands (from model.FIELD_DOCS) whose output would settle the unknown fields."""
    from wwandoctor.model import FIELD_DOCS
    out: List[str] = []
    for name in names:
        cmd = FIELD_DOCS.get(name, {}).get("settle")
        if not cmd:
            continue
        cmd = _fill_ids(cmd, ctx.modem)
        if cmd not in out:
            out.append(cmd)
    return out


def _fill_ids(cmd: str, modem) -> FilledText:
    vid = getattr(modem, "vid", None)
    pid = getattr(modem, "pid", None)
    if not (vid and pid):  # "lsusb -v" lists every device; a file or pattern named by the id gets a placeholder
        cmd = cmd.replace(" -d {vid}:{pid}", "").replace("{vid}", "VID").replace("{pid}", "PID")
        vid = pid = None
    nets = getattr(modem, "net_ports", None) or ["wwan0"]
    controls = [p for p in (getattr(modem, "control_ports", None) or []) if p.startswith("cdc-wdm")] or ["cdc-wdm0"]
    drivers = getattr(modem, "expected_drivers", None) or ["qmi_wwan", "option", "cdc_mbim"]
    values = {"vid": vid, "pid": pid, "net": nets[0], "control": controls[0], "drivers": " ".join(drivers),
              "id": getattr(modem, "id", "") or ""}
    parts, pos = [], 0
    for m in _SETTLE_SLOT.finditer(cmd):
        value = values[m.group(1)]
        if value is not None:
            parts += [(cmd[pos:m.start()], False), (value, True)]
            pos = m.end()
    parts.append((cmd[pos:], False))
    return compose(*parts)


_SETTLE_SLOT = regex_cache.compile(r"\{(vid|pid|net|control|drivers|id)\}")
