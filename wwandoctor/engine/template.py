"""Text templates in rules: ``{modem.<field>}`` and ``{host.<field>}`` placeholders.

Only braces that hold ``modem.``/``host.`` names are placeholders, so udev
syntax such as ``ATTR{idVendor}`` stays literal. Alternatives are tried left
to right, and the last one may be a quoted text::

    {modem.name|modem.id}          -> "Sierra Wireless MC8805" or "usb:1-7"
    {modem.qmi_config}             -> "1"
    {modem.name|"the modem"}
    {modem.control_ports#control port} -> "control port cdc-wdm0", "control ports cdc-wdm0, wwan0qmi0",
                                          "no control ports" (known: none), "control port (unknown)"

A value that is unknown renders as ``unknown``; callers learn which fields
were missing, so a fix step that needs one can be dropped instead.
In prose, lists render comma-separated, booleans as yes/no. A command is a
program, not prose: ``render_commands`` gives one command per item of a list
field (``ip link set {modem.net_ports} up`` on a modem with two network
interfaces is two commands), and control and serial ports are device nodes
(``/dev/cdc-wdm0``).
"""
from __future__ import annotations

import itertools
import re
from typing import Dict, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.engine import fields as F
from wwandoctor.filledtext import FilledText, compose
from wwandoctor.modem_words import id_words

PLACEHOLDER = regex_cache.compile(r"\{([^{}]*\b(?:modem|host)\.[^{}]*)\}")
_QUOTED = regex_cache.compile(r'^"([^"]*)"$')
_FIRST = "[0]"  # ``{modem.control_ports[0]}``: the first item of a list field, for a fix about one port
# fields whose items are character devices: a command names them by their path
DEVICE_NODE_FIELDS = ("modem.control_ports", "modem.serial_ports", "modem.wwan_ports")
# at most this many variants of one command group (lists multiplied together)
MAX_VARIANTS = 16


_NOUN = "#"  # ``{modem.net_ports#network interface}``: the noun, in the right number, before the value


class Template:
    def __init__(self, text: str, slots: List[Tuple[int, int, List[str]]], nouns: Optional[Dict[int, str]] = None):
        self.text = text
        self.slots = slots  # (start, end, alternatives)
        self.nouns = nouns or {}  # slot start -> the noun shown before the value, in the right number

    @property
    def fields(self) -> List[str]:
        return [_name(alt) for _, _, alts in self.slots for alt in alts if not _QUOTED.match(alt)]

    def render(self, ctx) -> Tuple[FilledText, List[str]]:
        """``(text, missing)``: the rendered text (its filled values marked) and the fields that were unknown."""
        out, missing, pos = [], [], 0
        for start, end, alts in self.slots:
            out.append((self.text[pos:start], False))
            noun = self.nouns.get(start)
            if noun is not None:
                raw, names = _value(ctx, alts)
                if raw is None:
                    missing += names
                out.append((_with_noun(noun, ctx, alts, raw), True))
                pos = end
                continue
            value, names = _resolve(ctx, alts)
            if value is None:
                missing += names
                value = "unknown"
            out.append((value, not _quoted_alt(alts, value)))
            pos = end
        out.append((self.text[pos:], False))
        return compose(*_without_echo(out)), missing


    def list_slots(self, ctx) -> Dict[str, List[str]]:
        """The slots whose value is a non-empty list, by their text: ``{"modem.net_ports": ["wwan0", "wwan1"]}``."""
        out = {}
        for _, _, alts in self.slots:
            value, _ = _value(ctx, alts)
            if isinstance(value, (list, tuple)) and value:
                out["|".join(alts)] = [str(v) for v in value]
        return out

    def render_command(self, ctx, chosen: Dict[str, str]) -> Tuple[FilledText, List[str]]:
        """One command: list slots take the item in ``chosen``; device nodes are paths."""
        out, missing, pos = [], [], 0
        for start, end, alts in self.slots:
            out.append((self.text[pos:start], False))
            key = "|".join(alts)
            value, names = _value(ctx, alts)
            if key in chosen:
                value = chosen[key]
            if value is None:
                missing += names
                out.append(("unknown", True))
            elif isinstance(value, str) and _quoted_alt(alts, value):
                out.append((value, False))  # the rule's own words
            else:
                text = F.show(value)
                field = _field_of(ctx, alts)
                if field in DEVICE_NODE_FIELDS and not text.startswith("/"):
                    out.append(("/dev/", False))
                out.append((text, True))
            pos = end
        out.append((self.text[pos:], False))
        return compose(*out), missing


def _with_noun(noun: str, ctx, alts: List[str], value) -> str:
    """"control port cdc-wdm0", "control ports a, b", "no control ports", "control port (unknown)"."""
    if value is None:
        known = [ctx.get(_name(a)) for a in alts if not _QUOTED.match(a)]
        if any(v == [] for v in known):
            return "no %ss" % noun
        return "%s (unknown)" % noun
    if isinstance(value, (list, tuple)):
        return "%s%s %s" % (noun, "" if len(value) == 1 else "s", F.show(value))
    return "%s %s" % (noun, F.show(value))


def render_commands(templates: List[Template], ctx) -> Tuple[List[FilledText], List[str]]:
    """``(commands, missing)``: consecutive commands that use the same list fields are repeated, as a
    group, once per item, so each command names one port, interface or module."""
    groups: List[Tuple[Tuple[str, ...], List[Template]]] = []
    lists: Dict[str, List[str]] = {}
    for tmpl in templates:
        slots = tmpl.list_slots(ctx)
        lists.update(slots)
        key = tuple(sorted(slots))
        if groups and key and groups[-1][0] == key:
            groups[-1][1].append(tmpl)
        else:
            groups.append((key, [tmpl]))
    commands: List[FilledText] = []
    missing: List[str] = []
    for key, members in groups:
        combos = itertools.islice(itertools.product(*(lists[k] for k in key)), MAX_VARIANTS)
        for combo in combos:
            chosen = dict(zip(key, combo))
            for tmpl in members:
                text, miss = tmpl.render_command(ctx, chosen)
                commands.append(text)
                missing += miss
    return commands, missing


def _value(ctx, alts: List[str], empty_known: bool = False):
    """The first known alternative's raw value (a quoted text as itself), and the unknown names before it;
    an empty list counts as unknown unless ``empty_known``."""
    names = []
    for alt in alts:
        quoted = _QUOTED.match(alt)
        if quoted:
            return quoted.group(1), names
        value = _get(ctx, alt)
        if value is not None and (empty_known or value != []):
            return value, names
        names.append(_name(alt))
    return None, names


def _quoted_alt(alts: List[str], value: str) -> bool:
    return bool(alts) and bool(_QUOTED.match(alts[-1])) and _QUOTED.match(alts[-1]).group(1) == value


def _field_of(ctx, alts: List[str]) -> Optional[str]:
    """The alternative that gave the value."""
    for alt in alts:
        if not _QUOTED.match(alt):
            value = _get(ctx, alt)
            if value is not None and value != []:
                return _name(alt)
    return None


def _without_echo(parts: List[Tuple[str, bool]]) -> List[Tuple[str, bool]]:
    """``parts`` without a parenthesis that only repeats the value before it: "{modem.vid}:{modem.pid}
    ({modem.name|modem.id})" of a modem without a name would read "12d1:1446 (12d1:1446)"."""
    out = list(parts)
    for i in range(len(out) - 2, 0, -1):
        value, filled = out[i]
        before, after = out[i - 1][0], out[i + 1][0]
        if filled and value and before.endswith(" (") and after.startswith(")") and \
                "".join(text for text, _ in out[:i - 1]).endswith(value):
            out[i - 1] = (before[:-2], out[i - 1][1])
            out[i] = ("", True)
            out[i + 1] = (after[1:], out[i + 1][1])
    return out


def _resolve(ctx, alts: List[str]):
    """The first known alternative as text (an empty list is known: "(none)"), and the unknown names before it.
    The modem's id reads as words (:func:`id_words`)."""
    value, names = _value(ctx, alts, empty_known=True)
    if value is None:
        return None, names
    chosen = alts[len(names)] if len(names) < len(alts) else ""
    return (id_words(value) if chosen == "modem.id" else F.show(value)), names


def _name(alt: str) -> str:
    return alt[:-len(_FIRST)] if alt.endswith(_FIRST) else alt


def _get(ctx, alt: str):
    """The value of one alternative; ``field[0]`` is the list's first item (unknown when empty)."""
    if alt.endswith(_FIRST):
        value = ctx.get(_name(alt))
        return value[0] if value else None
    return ctx.get(alt)


def compile_template(src, node, for_each: str, what: str) -> Template:
    """Compile a template from a YAML scalar node, checking every field it names."""
    text = src.text(node, what)
    return compile_text(src, node, text, for_each)


def compile_text(src, node, text: str, for_each: str) -> Template:
    slots = []
    nouns: Dict[int, str] = {}
    for m in PLACEHOLDER.finditer(text):
        body, _, noun = m.group(1).partition(_NOUN)
        alts = [a.strip() for a in body.split("|")]
        if noun.strip():
            nouns[m.start()] = noun.strip()
        for i, alt in enumerate(alts):
            if _QUOTED.match(alt):
                if i != len(alts) - 1:
                    raise src.error(node, "template {%s}: a quoted text can only be the last alternative" % m.group(1),
                                    m.group(0))
                continue
            name = _name(alt)
            problem = F.field_error(name, for_each)
            if not problem and F.kinds()[name] in ("events", "records"):
                problem = "%s cannot be shown in text" % name
            if not problem and name != alt and F.kinds()[name] != "list":
                problem = "%s is not a list: [0] takes a list's first item" % name
            if problem:
                raise src.error(node, "template {%s}: %s" % (m.group(1), problem), m.group(0))
        slots.append((m.start(), m.end(), alts))
    return Template(text, slots, nouns)
