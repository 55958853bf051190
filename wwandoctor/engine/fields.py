"""The model fields rules may name (``modem.<field>``, ``host.<field>``) and their kinds.

Kinds come from the type hints of ``wwandoctor.model.Modem`` / ``Host``:
``str``, ``int``, ``float``, ``bool``, ``list`` (list of text), ``records``
(list of objects: only ``known``/equality), ``events`` (``modem.events``,
kernel-log lines: only ``match``). ``evidence`` is not a rule field.
"""
from __future__ import annotations

import dataclasses
import typing
from typing import Any, Dict, List, Optional

from wwandoctor.model import Host, Modem

SUBJECTS = {"modem": Modem, "host": Host}
HIDDEN = {"evidence"}
_KINDS: Dict[str, str] = {}


def _kind(tp) -> str:
    if typing.get_origin(tp) is typing.Union:
        tp = [a for a in typing.get_args(tp) if a is not type(None)][0]
    origin = typing.get_origin(tp)
    if origin in (list, List):
        inner = typing.get_args(tp)[0]
        if inner is str:
            return "list"
        if getattr(inner, "__name__", "") == "LogLine":
            return "events"
        return "records"
    if origin in (dict, Dict):
        return "map"
    return {str: "str", int: "int", float: "float", bool: "bool"}.get(tp, "other")


def kinds() -> Dict[str, str]:
    """``{"modem.vid": "str", ...}`` for every field a rule may name."""
    if not _KINDS:
        for prefix, cls in SUBJECTS.items():
            hints = typing.get_type_hints(cls)
            for f in dataclasses.fields(cls):
                if f.name not in HIDDEN:
                    _KINDS["%s.%s" % (prefix, f.name)] = _kind(hints[f.name])
    return _KINDS


def field_rows() -> List[Dict[str, Any]]:
    """Every field a rule may name: its name, kind, meaning, settling command and whether reports
    show it, as declared in model/types.py (for ``wwandoctor rules fields``)."""
    from wwandoctor.model.fields import declared
    table = kinds()
    return [{"field": name, "kind": table[name], "doc": f.metadata["doc"], "settle": f.metadata["settle"],
             "report": f.metadata["report"]} for name, f in declared() if name in table]


def field_error(name: str, for_each: str) -> Optional[str]:
    """Why ``name`` cannot be used in a rule that runs for each ``for_each``, or None."""
    if name not in kinds():
        return "unknown field %s" % name
    if for_each == "host" and name.startswith("modem."):
        return "%s cannot be used in a rule with for_each: host" % name
    return None


class Context:
    """What a rule sees while it is evaluated for one subject."""

    def __init__(self, model, modem=None):
        self.model = model
        self.modem = modem
        self.host = model.host
        self.subject = modem.id if modem is not None else "host"

    def _owner(self, name: str):
        prefix, _, attr = name.partition(".")
        return (self.modem if prefix == "modem" else self.host), attr

    def get(self, name: str) -> Any:
        owner, attr = self._owner(name)
        return getattr(owner, attr) if owner is not None else None

    def evidence(self, name: str) -> list:
        owner, attr = self._owner(name)
        return list(getattr(owner, "evidence", {}).get(attr, [])) if owner is not None else []


def show(value: Any) -> str:
    """A field value as text for messages and evidence."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(show(v) for v in value) if value else "(none)"
    return str(value)
