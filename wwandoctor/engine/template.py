"""Text templates in rules: ``{modem.<field>}`` and ``{host.<field>}`` placeholders.

Only braces that hold ``modem.``/``host.`` names are placeholders, so udev
syntax such as ``ATTR{idVendor}`` stays literal. Alternatives are tried left
to right, and the last one may be a quoted text::

    {modem.name|modem.id}          -> "Sierra Wireless MC8805" or "usb:1-7"
    {modem.qmi_config}             -> "1"
    {modem.name|"the modem"}

A value that is unknown renders as ``unknown``; callers learn which fields
were missing, so a fix step that needs one can be dropped instead.
Lists render comma-separated, booleans as yes/no.
"""
from __future__ import annotations

import re
from typing import List, Tuple

from wwandoctor.engine import fields as F

PLACEHOLDER = re.compile(r"\{([^{}]*\b(?:modem|host)\.[^{}]*)\}")
_QUOTED = re.compile(r'^"([^"]*)"$')


class Template:
    def __init__(self, text: str, slots: List[Tuple[int, int, List[str]]]):
        self.text = text
        self.slots = slots  # (start, end, alternatives)

    @property
    def fields(self) -> List[str]:
        return [alt for _, _, alts in self.slots for alt in alts if not _QUOTED.match(alt)]

    def render(self, ctx) -> Tuple[str, List[str]]:
        """``(text, missing)``: the rendered text and the fields that were unknown."""
        out, missing, pos = [], [], 0
        for start, end, alts in self.slots:
            out.append(self.text[pos:start])
            value, names = _resolve(ctx, alts)
            if value is None:
                missing += names
                value = "unknown"
            out.append(value)
            pos = end
        out.append(self.text[pos:])
        return "".join(out), missing


def _resolve(ctx, alts: List[str]):
    names = []
    for alt in alts:
        quoted = _QUOTED.match(alt)
        if quoted:
            return quoted.group(1), names
        value = ctx.get(alt)
        if value is not None:
            return F.show(value), names
        names.append(alt)
    return None, names


def compile_template(src, node, for_each: str, what: str) -> Template:
    """Compile a template from a YAML scalar node, checking every field it names."""
    text = src.text(node, what)
    return compile_text(src, node, text, for_each)


def compile_text(src, node, text: str, for_each: str) -> Template:
    slots = []
    for m in PLACEHOLDER.finditer(text):
        alts = [a.strip() for a in m.group(1).split("|")]
        for i, alt in enumerate(alts):
            if _QUOTED.match(alt):
                if i != len(alts) - 1:
                    raise src.error(node, "template {%s}: a quoted text can only be the last alternative" % m.group(1),
                                    m.group(0))
                continue
            problem = F.field_error(alt, for_each)
            if not problem and F.kinds()[alt] in ("events", "records"):
                problem = "%s cannot be shown in text" % alt
            if problem:
                raise src.error(node, "template {%s}: %s" % (m.group(1), problem), m.group(0))
        slots.append((m.start(), m.end(), alts))
    return Template(text, slots)
