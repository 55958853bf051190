"""A saved snapshot (``wwandoctor collect -o FILE``): reading it back and writing it.

:func:`from_json` checks the schema tag and builds every field as :mod:`wwandoctor.snapshot` types it, so any
problem is one :class:`~wwandoctor.errors.InputError` naming the file and the place ("snapshot.usb_devices[0].busnum:
expected int, got str"); keys it does not know (a newer wwandoctor's) are left out. Its size is bounded as said
at :data:`LOG_HEAD`.
"""
from __future__ import annotations

import collections
import dataclasses
import functools
import json
import re
import typing
from typing import Any, Dict, List, Optional, Tuple

from wwandoctor import regex_cache, snapshot
from wwandoctor.errors import InputError
from wwandoctor.snapshot import SCHEMA, STATUSES, ModemManagerView, Snapshot


class ShapeError(Exception):
    """A value of another shape than its field's type; from_json makes it an InputError naming the file."""


@functools.lru_cache(maxsize=1)
def _list_fields() -> Dict[str, Any]:
    """Snapshot fields holding a list (Optional or not) -> the type of their items."""
    fields = {}
    for name, tp in _hints(Snapshot).items():
        if typing.get_origin(tp) is typing.Union:
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
        if typing.get_origin(tp) in (list, List):
            fields[name] = typing.get_args(tp)[0]
    return fields


@functools.lru_cache(maxsize=None)
def _hints(cls) -> Dict[str, Any]:
    return typing.get_type_hints(cls, vars(snapshot))


@functools.lru_cache(maxsize=None)
def _field_names(cls) -> Tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.lru_cache(maxsize=None)
def _required_names(cls) -> Tuple[str, ...]:
    """The fields of ``cls`` without a default: a saved object must hold them."""
    return tuple(f.name for f in dataclasses.fields(cls)
                 if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)


def _build(tp: Any, value: Any, where: str) -> Any:
    """Build a value of type ``tp`` from JSON data, raising ShapeError on a mismatch."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union:  # Optional[X]
        if value is None:
            return None
        inner = [a for a in args if a is not type(None)]
        return _build(inner[0], value, where)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ShapeError("%s: expected an object" % where)
        return from_dict(tp, value, where)
    if isinstance(value, _Built):  # a top-level list read item by item (from_json)
        return list(value)
    if origin in (list, List):
        if not isinstance(value, list):
            raise ShapeError("%s: expected a list" % where)
        return [_build(args[0], v, "%s[%d]" % (where, i)) for i, v in enumerate(value)]
    if origin in (dict, Dict):
        if not isinstance(value, dict):
            raise ShapeError("%s: expected an object" % where)
        return {str(k): _build(args[1], v, "%s.%s" % (where, k)) for k, v in value.items()}
    if tp is Any:
        return value
    if tp is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if tp is int and isinstance(value, bool):
        raise ShapeError("%s: expected a number" % where)
    if not isinstance(value, tp):
        raise ShapeError("%s: expected %s, got %s" % (where, tp.__name__, type(value).__name__))
    return value


def from_dict(cls, data: Dict[str, Any], where: str = "snapshot"):
    missing = [name for name in _required_names(cls) if name not in data]
    if missing:
        raise ShapeError("%s: missing %s" % (where, ", ".join("%r" % name for name in missing)))
    hints = _hints(cls)
    kwargs = {}
    for name in _field_names(cls):
        if name in data:
            kwargs[name] = _build(hints[name], data[name], "%s.%s" % (where, name))
    return cls(**kwargs)


REPORT_SCHEMA_PREFIX = "wwandoctor.report/"


def looks_like_report(text: str) -> bool:
    """A wwandoctor JSON report (``--format json``, ``--save``): not a snapshot, nothing to analyze."""
    head = text.lstrip()[:300]
    return head.startswith("{") and REPORT_SCHEMA_PREFIX in head


# A JSON object whose first key is "schema", as a snapshot's is: a snapshot of another version, or another
# program's versioned document; from_json says which instead of it being read as pasted text
_SCHEMA_FIRST = regex_cache.compile(r'\{\s*"schema"\s*:')


def looks_like_snapshot(text: str) -> bool:
    head = text.lstrip()[:300]
    return head.startswith("{") and (SCHEMA.split("/")[0] in head or _SCHEMA_FIRST.match(head) is not None)


# A saved snapshot is read member by member and each top-level list item by item, so memory stays
# near the size of the text whatever the lists hold: the log keeps its first LOG_HEAD and newest
# LOG_TAIL lines (as the collectors do), any other top-level list its first MAX_LIST_ITEMS items.
LOG_HEAD = 300
LOG_TAIL = 1700
MAX_LIST_ITEMS = 10000
# Values under "modemmanager" (mmcli JSON) nested deeper than this are refused: nothing real is.
MAX_DEPTH = 64
_WS = regex_cache.compile(r"[ \t\n\r]*")


def from_json(text: str, name: str = "<snapshot>") -> Snapshot:
    """Parse a saved snapshot; any problem is an InputError naming ``name``."""
    notes: List[str] = []
    try:
        data = _read_object(text, notes)
    except ShapeError as exc:
        raise InputError("%s: malformed snapshot: %s" % (name, exc))
    except ValueError as exc:
        raise InputError("%s: not valid JSON (%s)" % (name, exc))
    except RecursionError:
        raise InputError("%s: not a wwandoctor snapshot (nested too deeply)" % name)
    if data is None or "schema" not in data:
        raise InputError("%s: not a wwandoctor snapshot (no \"schema\" key)" % name)
    schema = data.get("schema")
    if not str(schema).startswith(SCHEMA.split("/")[0] + "/"):
        raise InputError("%s: not a wwandoctor snapshot (its \"schema\" is %s; a snapshot's is %s)" % (
            name, json.dumps(schema)[:80], SCHEMA))
    if schema != SCHEMA:
        raise InputError("%s: unsupported schema %r (this wwandoctor reads %s)" % (name, schema, SCHEMA))
    try:
        snap = from_dict(Snapshot, data)
        _check_mmcli(snap.modemmanager)
    except ShapeError as exc:
        raise InputError("%s: malformed snapshot: %s" % (name, exc))
    for src, st in snap.sources.items():
        if st.status not in STATUSES:
            raise InputError("%s: source %r has unknown status %r" % (name, src, st.status))
    snap.notes.extend("%s: %s" % (name, note) for note in notes)
    return snap


class _Built(list):
    """A top-level list whose items are already built (from_dict keeps it as it is)."""


def _read_object(text: str, notes: List[str]) -> Optional[Dict[str, Any]]:
    """The top-level object of ``text``, its lists read item by item (None: not an object)."""
    decode = json.JSONDecoder().raw_decode
    at = _WS.match(text).end()
    if text[at:at + 1] != "{":
        value, at = decode(text, at)  # a JSON error, or valid JSON that is no object
        return None
    data: Dict[str, Any] = {}
    at = _WS.match(text, at + 1).end()
    if text[at:at + 1] == "}":
        at += 1
    else:
        while True:
            key, at = decode(text, at)
            at = _expect(text, _WS.match(text, at).end(), ":")
            at = _WS.match(text, at).end()
            field_type = _list_fields().get(key) if isinstance(key, str) else None
            if field_type is not None and text[at:at + 1] == "[":
                data[key], at = _read_list(text, at, key, field_type, decode, notes)
            else:
                data[key], at = decode(text, at)
            at = _WS.match(text, at).end()
            if text[at:at + 1] == "}":
                at += 1
                break
            at = _WS.match(text, _expect(text, at, ",")).end()
    if _WS.match(text, at).end() != len(text):
        raise ValueError("extra data after the snapshot at character %d" % at)
    return data


def _read_list(text: str, at: int, key: str, item_type, decode, notes: List[str]):
    """Items of the list at ``text[at]``, each built as it is read; bounded as described above."""
    head, tail, count = _Built(), collections.deque(maxlen=LOG_TAIL if key == "log" else 0), 0
    limit = LOG_HEAD if key == "log" else MAX_LIST_ITEMS
    at = _WS.match(text, at + 1).end()
    if text[at:at + 1] == "]":
        return head, at + 1
    while True:
        value, at = decode(text, at)
        if len(head) < limit:
            head.append(_build(item_type, value, "snapshot.%s[%d]" % (key, count)))
        else:
            tail.append((count, value))  # built once known to be kept
        count += 1
        at = _WS.match(text, at).end()
        if text[at:at + 1] == "]":
            break
        at = _WS.match(text, _expect(text, at, ",")).end()
    head.extend(_build(item_type, value, "snapshot.%s[%d]" % (key, i)) for i, value in tail)
    if count > len(head):
        notes.append("%d of its %d %s entries were left out (first and newest kept)" % (
            count - len(head), count, key) if key == "log" else "only the first %d of its %d %s entries were read" % (
            len(head), count, key))
    return head, at + 1


def _expect(text: str, at: int, char: str) -> int:
    if text[at:at + 1] != char:
        raise ValueError("expected %r at character %d" % (char, at))
    return at + 1


def _check_mmcli(view: "ModemManagerView") -> None:
    """mmcli -J objects hold text, lists of text and objects of those, at most MAX_DEPTH deep (the
    model reads them so); anything else is a ShapeError naming where. Checked without recursion."""
    stack = [("snapshot.modemmanager.%s[%d]" % (kind, i), obj, 0)
             for kind in ("modems", "bearers", "sims") for i, obj in enumerate(getattr(view, kind))]
    while stack:
        where, value, depth = stack.pop()
        if depth >= MAX_DEPTH:
            raise ShapeError("%s: nested more than %d levels deep" % (where, MAX_DEPTH))
        if isinstance(value, dict):
            stack.extend(("%s.%s" % (where, k), v, depth + 1) for k, v in value.items() if v is not None)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if not isinstance(item, str):
                    raise ShapeError("%s[%d]: expected text (mmcli -J lists hold text)" % (where, i))
        elif not isinstance(value, str) or depth == 0:
            raise ShapeError("%s: expected %s (as mmcli -J prints)" % (where, "an object" if depth == 0 else "text"))


def load(path: str) -> Snapshot:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise InputError("%s: cannot read: %s" % (path, exc.strerror or exc))
    except UnicodeDecodeError:
        raise InputError("%s: not a wwandoctor snapshot (not UTF-8 text)" % path)
    return from_json(text, path)


def save(snap: Snapshot, path: str) -> None:
    """Write a snapshot readable only by its owner (it may hold identifiers)."""
    from wwandoctor.private_files import write_private
    write_private(path, snap.to_json() + "\n")
