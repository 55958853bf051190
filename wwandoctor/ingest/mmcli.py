"""Parse ModemManager's ``mmcli`` output: human, ``-J`` (JSON) and ``-K`` (key-value) forms.

All forms end up as the nested dicts of ``mmcli -J`` (keys of data/mmcli-json-keys.csv)
in ``snap.modemmanager``: ``modems`` ("modem" objects), ``bearers``, ``sims``, plus
``modem_list`` (``mmcli -L``) and ``errors`` (mmcli "error: ..." lines). Human form::

    root@localhost:~# mmcli -b 2
      --------------------------------
      General            |  dbus path: /org/freedesktop/ModemManager1/Bearer/2
                         |       type: default
      --------------------------------
      Status             |  connected: yes
                         |  interface: wwan0
      --------------------------------
      IPv4 configuration |     method: dhcp

becomes ``{"dbus-path": ".../Bearer/2", "type": "default", "status": {"connected": "yes",
"interface": "wwan0"}, "ipv4-config": {"method": "dhcp"}}`` in ``snap.modemmanager.bearers``.
Other forms: ``mmcli -L`` ("/org/freedesktop/ModemManager1/Modem/0 [Sierra] MC7455",
"No modems were found"), ``-K`` ("modem.generic.state : disabled",
"modem.generic.ports.value[1] : cdc-wdm0 (qmi)"), errors ("error: couldn't enable the
modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error.Core.Retry: Invalid transition'").
"""
from __future__ import annotations

import csv
import json
import re
from typing import Any, Dict, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import command_tool, source_read, tool_line
from wwandoctor.snapshot import LogLine, Snapshot, ToolUse

KIND = "mmcli"
COMMANDS = ("mmcli",)
PRIORITY = 150

DBUS_PREFIX = "/org/freedesktop/ModemManager1/"
LIST_RE = regex_cache.compile(r"^\s*(/org/freedesktop/ModemManager1/Modem/\d+)\s*(?:\[([^\]]*)\]\s*(.*))?$")
NO_MODEMS_RE = regex_cache.compile(r"^\s*No modems were found\s*$", re.IGNORECASE)
FOUND_RE = regex_cache.compile(r"^\s*Found \d+ modems?:?\s*$")
ERROR_RE = regex_cache.compile(r"^\s*error:\s*(.+)$")
SUCCESS_RE = regex_cache.compile(r"^\s*successfully \w+ the (modem|bearer|sim|SIM|device)\b")
KV_RE = regex_cache.compile(r"^\s*((?:modem|bearer|sim|modem-list|call|sms|cbm)(?:\.[\w\-\[\]]+)*)\s+:\s?(.*)$")
BOX_RE = regex_cache.compile(r"^([^|]*)\|(\s.*)$")  # "  Status | state: ..." (not lsusb -t's "|__ Port")
SEPARATOR_RE = regex_cache.compile(r"^\s*-{5,}\s*$")
VERSION_RE = regex_cache.compile(r"^\s*(mmcli|ModemManager) (\d+\.\d+(?:\.\d+)?\S*)\s*$")
# mmcli --command=AT...: the modem's reply as ModemManager returns it, without its final result code (ModemManager
# cli/mmcli-modem.c command_process_reply: g_print ("response: '%s'\n", result)); read as an AT exchange
RESPONSE_RE = regex_cache.compile(r"^\s*response:\s*'(.*)'\s*$")
AT_ARGUMENT_RE = regex_cache.compile(r"--command[=\s]+[\"']?(AT[^\"'\s]*)", re.I)
OLD_HEADER_RE = regex_cache.compile(r"^\s*(/org/freedesktop/ModemManager1/(?:Modem|Bearer|SIM)/\d+)\s*(\(.*\))?\s*$")

# Human labels whose JSON value is a list; COMMA_LISTS are also split on ", ".
COMMA_LISTS = {"drivers", "ports", "ignored-ports", "access-technologies", "supported-bands", "current-bands",
               "supported-ip-families", "enabled-locks", "unlock-retries", "dns", "own-numbers",
               "emergency-numbers", "device-ids"}
LINE_LISTS = {"supported-capabilities", "current-capabilities", "supported-modes", "bearers", "sim-slots",
              "cell-info", "scan-networks", "list", "preferred-networks", "sms", "call", "cbm"}
# Section title -> a fragment of the JSON key, to pick between keys with the same human label.
SECTION_HINTS = {"hardware": "capabilities", "modes": "modes", "bands": "bands", "ip": "ip-families",
                 "ipv4 configuration": "ipv4-config", "ipv6 configuration": "ipv6-config",
                 "statistics": "stats", "3gpp eps": "eps", "sim": "sim", "bearer": "bearers",
                 "general": "generic", "refresh": "refresh", "threshold": "threshold"}

# Labels of older mmcli releases -> today's labels.
LABEL_ALIASES = {"revision": "firmware revision", "operator code": "operator id", "dbus path": "path"}

_LABELS = None  # type: Optional[Dict[str, List[Tuple[str, str]]]]


def _labels() -> Dict[str, List[Tuple[str, str]]]:
    """human label -> [(object kind, json key path)], from data/mmcli-json-keys.csv."""
    global _LABELS
    if _LABELS is None:
        from wwandoctor.resources import data_text
        table = {}  # type: Dict[str, List[Tuple[str, str]]]
        text = data_text("mmcli-json-keys.csv")
        for row in csv.DictReader(text.splitlines()):
            key, label = row.get("json_key_path") or "", (row.get("human_label") or "").strip()
            if key and label:
                table.setdefault(label, []).append((key.split(".", 1)[0], key))
        _LABELS = table
    return _LABELS


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 95
    head = "".join(ln.strip() for ln in block.lines[:3])[:300]
    if head.startswith("{") and (re.match(r'^\{\s*"(modem|modem-list|bearer|sim)"\s*:', head)
                                 or re.match(r'^\{\s*"dbus-path"\s*:\s*"%s' % DBUS_PREFIX, head)):
        return 90  # mmcli -J, also pretty-printed by jq, or one object of it ("mmcli -i 0 -J | jq .sim")
    score = 0
    for line in block.lines[:200]:
        if NO_MODEMS_RE.match(line) or "couldn't find the ModemManager process" in line:
            return 90
        if VERSION_RE.match(line):
            score = max(score, 80)
        if KV_RE.match(line) and "." in line.split(":", 1)[0]:
            score = max(score, 85)
        elif LIST_RE.match(line) or OLD_HEADER_RE.match(line):
            score = max(score, 80)
        elif BOX_RE.match(line) and DBUS_PREFIX in line:
            score = max(score, 85)
        elif ERROR_RE.match(line) and "ModemManager1" in line:
            score = max(score, 80)
        elif BOX_RE.match(line) and re.search(r"\|\s+(state|power state|connected|registration|imei|"
                                              r"primary port|ports|method|imsi|iccid|rssi|rsrp|rsrq)\s*:", line):
            score = max(score, 70)
    return score


def parse(block: Block, snap: Snapshot) -> List[str]:
    text = "\n".join(block.lines).strip()
    if text.startswith("{"):
        left = _parse_json(block, text, snap)
    else:
        left = _parse_lines(block, snap)
    if source_read(snap, block, left, "paste:mmcli"):
        _tool_use(snap, _evidence(block))
    return left


def _evidence(block: Block) -> str:
    """The mmcli command, or (a paragraph that inherited some other prompt, bare output) its first
    telling line: not "{" nor a "-----" separator."""
    if command_tool(block.command) == "mmcli":
        return block.command or "mmcli"
    lines = [ln.strip() for ln in block.lines if ln.strip() and not SEPARATOR_RE.match(ln)]
    telling = [ln for ln in lines if DBUS_PREFIX in ln] or [ln for ln in lines if ln.strip("{}[], ")]
    return "mmcli output: " + (telling or ["mmcli"])[0]


def _tool_use(snap: Snapshot, evidence: str) -> None:
    if not any(t.tool == "modemmanager" and t.source == "paste" for t in snap.tools):
        snap.tools.append(ToolUse(tool="modemmanager", source="paste", evidence=evidence[:200]))


# --- merging objects into the snapshot -------------------------------------------

def _deep_merge(into: Dict[str, Any], new: Dict[str, Any]) -> None:
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _deep_merge(into[key], value)
        elif value not in ("--", None) or key not in into:
            into[key] = value


def _add_object(snap: Snapshot, kind: str, obj: Dict[str, Any]) -> None:
    view = snap.modemmanager
    target = {"modem": view.modems, "bearer": view.bearers, "sim": view.sims}.get(kind)
    if target is None or not obj:
        return
    path = obj.get("dbus-path")
    for old in target:
        if path and old.get("dbus-path") == path:
            _deep_merge(old, obj)
            return
    if not path and len(target) == 1:  # e.g. --signal-get output has no path
        _deep_merge(target[0], obj)
        return
    target.append(obj)


def _add_listed(snap: Snapshot, path: str, vendor: Optional[str], model: Optional[str]) -> None:
    view = snap.modemmanager
    if view.modem_list is None:
        view.modem_list = []
    if path not in view.modem_list:
        view.modem_list.append(path)
    generic = {}
    if vendor:
        generic["manufacturer"] = vendor.strip()
    if model:
        generic["model"] = model.strip()
    _add_object(snap, "modem", {"dbus-path": path, "generic": generic} if generic else {"dbus-path": path})


def _add_error(snap: Snapshot, block: Block, line: str) -> None:
    text = line.strip()
    if text not in snap.modemmanager.errors:
        snap.modemmanager.errors.append(text)
    snap.log.append(LogLine(text=text, origin="mmcli", source="paste:%s" % block.name))


# --- JSON ------------------------------------------------------------------------

def _parse_json(block: Block, text: str, snap: Snapshot) -> List[str]:
    decoder = json.JSONDecoder()
    pos, found = 0, False
    while pos < len(text):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError):  # cut, damaged or absurdly nested
            if found and text[pos] not in "{[":  # the person's words after the output: theirs, not cut JSON
                rest = set(ln.strip() for ln in text[pos:].splitlines())
                return [ln for ln in block.lines if ln.strip() and ln.strip() in rest]
            snap.notes.append("%s: mmcli JSON output is cut or damaged; the rest was not read" % block.name)
            break
        if isinstance(obj, dict):
            found = _take_json(obj, snap) or found
    if not found:
        return [ln for ln in block.lines if ln.strip()]
    return []


def _take_json(obj: Dict[str, Any], snap: Snapshot) -> bool:
    found = False
    if isinstance(obj.get("modem-list"), list):
        for path in obj["modem-list"]:
            if isinstance(path, str):
                _add_listed(snap, path, None, None)
        if snap.modemmanager.modem_list is None:
            snap.modemmanager.modem_list = []
        found = True
    for kind in ("modem", "bearer", "sim"):
        if isinstance(obj.get(kind), dict):
            _add_object(snap, kind, obj[kind])
            found = True
    path = obj.get("dbus-path")
    if isinstance(path, str) and path.startswith(DBUS_PREFIX):  # an object without its wrapper (jq .sim)
        kind = _kind_from_path(path, "")
        if kind:
            _add_object(snap, kind, obj)
            found = True
    return found


# --- human and -K ----------------------------------------------------------------

class _Human:
    """One boxed object being read: its kind, the flat (key, values) pairs, the value column."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.section = ""
        self.items = []  # type: List[List[Any]]  # [section, label, [values]]
        self.value_col = None  # type: Optional[int]
        self.path = None  # type: Optional[str]


def _kind_from_command(cmd: Optional[str]) -> str:
    cmd = cmd or ""
    if re.search(r"\s(-b|--bearer)[\s=]", cmd + " "):
        return "bearer"
    if re.search(r"\s(-i|--sim)[\s=]", cmd + " "):
        return "sim"
    return "modem"


def _kind_from_path(path: str, default: str) -> str:
    if "/Bearer/" in path:
        return "bearer"
    if "/SIM/" in path:
        return "sim"
    if "/Modem/" in path:
        return "modem"
    return default


def _parse_lines(block: Block, snap: Snapshot) -> List[str]:
    left = []
    kv = {}  # type: Dict[str, Dict[str, Any]]
    default_kind = _kind_from_command(block.command)
    obj = None  # type: Optional[_Human]
    for line in block.lines:
        if not line.strip() or SEPARATOR_RE.match(line):
            continue
        box = BOX_RE.match(line)
        if box and "|" in line and not KV_RE.match(line):
            obj = _box_line(box, line, obj, default_kind, snap)
            continue
        if _other_line(block, line, snap, kv):
            continue
        old = OLD_HEADER_RE.match(line)
        if old:
            obj = _flush(obj, snap)
            obj = _Human(_kind_from_path(old.group(1), default_kind))
            obj.path = old.group(1)
            continue
        left.append(line)
    _flush(obj, snap)
    for kind, data in kv.items():
        _add_object(snap, kind, data)
    return left


def _other_line(block: Block, line: str, snap: Snapshot, kv: Dict[str, Dict[str, Any]]) -> bool:
    """-L lines, errors, versions and -K pairs; False when the line is none of these."""
    m = LIST_RE.match(line)
    if m and (m.group(2) is not None or line.strip() == m.group(1)):
        _add_listed(snap, m.group(1), m.group(2), m.group(3))
        return True
    if NO_MODEMS_RE.match(line):
        if snap.modemmanager.modem_list is None:
            snap.modemmanager.modem_list = []
        return True
    if FOUND_RE.match(line):
        return True
    if ERROR_RE.match(line):
        _add_error(snap, block, line)
        return True
    response = RESPONSE_RE.match(line)
    if response:
        _add_at_response(block, response.group(1), snap)
        return True
    if SUCCESS_RE.match(line):  # "successfully connected the modem"
        snap.log.append(LogLine(text=line.strip(), origin="mmcli", source="paste:%s" % block.name))
        return True
    version = VERSION_RE.match(line)
    if version:
        snap.versions[version.group(1)] = version.group(2)
        return True
    if line.strip().startswith(("Copyright (", "License GPL")) or "free software" in line.lower() or "NO WARRANTY" in line:
        return True
    m = KV_RE.match(line)
    if m:
        _kv_pair(m.group(1), m.group(2).strip(), snap, kv)
        return True
    return False


def _add_at_response(block: Block, response: str, snap: Snapshot) -> None:
    """The command the mmcli line sent (its --command argument), the modem's reply and the OK that ModemManager
    took off it, as the lines of an AT session (origin "at")."""
    source = "paste:%s" % block.name
    sent = AT_ARGUMENT_RE.search(block.command or "")
    if sent:
        tool_line(snap, "at", sent.group(1), source)
    for reply in (response.strip(), "OK"):
        tool_line(snap, "at", reply, source)


def _kv_pair(key: str, value: str, snap: Snapshot, kv: Dict[str, Dict[str, Any]]) -> None:
    """modem.generic.ports.value[1] : cdc-wdm0 (qmi)  /  modem.generic.state : disabled."""
    if key.startswith("modem-list"):
        if ".value[" in key and value:
            _add_listed(snap, value, None, None)
        elif snap.modemmanager.modem_list is None:
            snap.modemmanager.modem_list = []
        return
    parts = key.split(".")
    kind = parts[0]
    obj = kv.setdefault(kind, {})
    array = re.match(r"^value\[(\d+)\]$", parts[-1])
    if parts[-1] == "length":
        _set_path(obj, parts[1:-1], [], keep=True)
        return
    if array:
        current = _get_path(obj, parts[1:-1])
        if not isinstance(current, list):
            current = []
            _set_path(obj, parts[1:-1], current)
        current.append(value)
        return
    _set_path(obj, parts[1:], value)


def _get_path(obj: Dict[str, Any], parts: List[str]) -> Any:
    for part in parts:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def _set_path(obj: Dict[str, Any], parts: List[str], value: Any, keep: bool = False) -> None:
    if not parts:
        return
    for part in parts[:-1]:
        nxt = obj.get(part)
        if not isinstance(nxt, dict):
            nxt = {}
            obj[part] = nxt
        obj = nxt
    if keep and parts[-1] in obj:
        return
    obj[parts[-1]] = value


def _box_line(box: "re.Match", line: str, obj: Optional[_Human], default_kind: str, snap: Snapshot) -> _Human:
    """One "Section | label: value" or "        |        continuation" line."""
    section, rest = box.group(1).strip(), box.group(2)
    if obj is None:
        obj = _Human(default_kind)
    if section:
        obj.section, obj.value_col = section, None
    text = rest.strip()
    start = line.index("|") + 1 + (len(rest) - len(rest.lstrip()))
    label_m = re.match(r"^([^:]+?):(?:\s+(.*))?$", text)
    continuation = (obj.value_col is not None and start >= obj.value_col and obj.items) or not label_m
    if continuation:
        if obj.items and text:
            obj.items[-1][2].append(_unquote(text))
        return obj
    label, value = label_m.group(1).strip(), _unquote((label_m.group(2) or "").strip())
    obj.value_col = line.index("|") + 1 + rest.index(":") + 2 if ":" in rest else None
    if label in ("path", "dbus path") and value.startswith(DBUS_PREFIX):
        if obj.path and obj.path != value:
            _flush(obj, snap)
            obj = _Human(default_kind)
            obj.section = section
            obj.value_col = line.index("|") + 1 + rest.index(":") + 2
        obj.path = value
        obj.kind = _kind_from_path(value, obj.kind)
    obj.items.append([obj.section, label, [value] if value else []])
    return obj


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == "'" and text.endswith("'"):
        return text[1:-1]
    return text


def _flush(obj: Optional[_Human], snap: Snapshot) -> None:
    if obj is None or not obj.items:
        return None
    data = {}  # type: Dict[str, Any]
    if obj.path:
        data["dbus-path"] = obj.path
    for section, label, values in obj.items:
        key = _json_key(obj.kind, section, label)
        _set_path(data, key.split(".")[1:], _json_value(key, label, values))
    _fix_signal_quality(data)
    _add_object(snap, obj.kind, data)
    return None


def _json_key(kind: str, section: str, label: str) -> str:
    """The JSON key path of a human (section, label) pair."""
    label = label.lower()
    if kind == "modem" and label == "signal quality":
        return "modem.generic.signal-quality"
    sec = section.lower()
    label = LABEL_ALIASES.get(label, label)
    candidates = [key for k, key in _labels().get(label, []) if k == kind]
    if not candidates:  # "Refresh | rate" -> "refresh rate"
        candidates = [key for k, key in _labels().get(sec + " " + label, []) if k == kind]
    if len(candidates) > 1:
        hint = SECTION_HINTS.get(sec, sec.replace(" ", "-"))
        preferred = [c for c in candidates if hint in c]
        candidates = preferred or candidates
    if candidates:
        return candidates[0]
    slug = re.sub(r"[^a-z0-9]+", "-", label).strip("-") or "value"
    sec_slug = re.sub(r"[^a-z0-9]+", "-", sec).strip("-") or "other"
    return "%s.%s.%s" % (kind, sec_slug, slug)


def _json_value(key: str, label: str, values: List[str]) -> Any:
    leaf = key.rsplit(".", 1)[-1]
    if leaf in COMMA_LISTS:
        items = []
        for value in values:
            items.extend(v.strip().rstrip(",") for v in value.split(",") if v.strip())
        return items
    if leaf in LINE_LISTS or label == "paths":
        return [v for v in values if v != "--"] if values != ["--"] else []
    if ".signal." in key:
        m = re.match(r"^(-?\d+(?:\.\d+)?)\s*(dBm|dB|seconds)?$", " ".join(values))
        if m:
            return m.group(1)
    return " ".join(values) if values else "--"


def _fix_signal_quality(data: Dict[str, Any]) -> None:
    """"73% (recent)" -> {"value": "73", "recent": "yes"} as in -J."""
    generic = data.get("generic")
    if not isinstance(generic, dict) or not isinstance(generic.get("signal-quality"), str):
        return
    text = generic["signal-quality"]
    m = re.match(r"^'?(\d+)'?\s*%?\s*(\((recent|cached)\))?", text)
    if m:
        generic["signal-quality"] = {"value": m.group(1), "recent": "yes" if m.group(3) == "recent" else "no"}
    else:
        generic["signal-quality"] = {"value": text, "recent": "--"}
