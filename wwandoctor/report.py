"""The report: the model and the rule results as one plain dict.

Every renderer (terminal, markdown, mail, json) draws from this dict alone,
so all formats say the same thing. The keys of DESIGN.md section 5 are a
fixed contract (``schema``, ``tool``, ``sources``, ``modems`` with their
contract keys, ``findings``, ``unrecognized``); the other keys serve the
renderers and may grow:

* ``verdict``: one line, e.g. ``"1 problem found: QMI tools are used on ..."``;
* ``redacted``: False here; the redaction layer sets it to True;
* ``input``: where the snapshot came from (``origin``, ``created``);
* ``host``: kernel release, rfkill, ModemManager, the user's tools;
* ``modems[i].details``: interfaces, net framing, ModemManager state, tools;
* ``undecided``: rules that could not be decided, with what would settle them;
* ``notes``: notes for the reader (truncated input...);
* ``log_excerpt``: the relevant log lines ``{"origin", "source", "time", "text"}``;
* ``blind``: why nothing could be concluded (no device information from a live machine, no
  part of the input understood, an input of prose only, or a failure the post states that the
  output shown does not explain: wwandoctor/unexplained.py), or None; the CLI exits 3 on it.

Unknown values stay ``None`` (JSON null): never "healthy" by default.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from wwandoctor import __version__, regex_cache
from wwandoctor.engine.conditions import POST_SOURCE
from wwandoctor.engine.findings import packages_needed
from wwandoctor.filledtext import compose, own, rstrip
from wwandoctor.model.signals import unread_sections
from wwandoctor.system_commands import (fit_commands, fit_text, install_hint, package_names, with_control_port,
                                        with_modem_id)

SCHEMA = "wwandoctor.report/1"

FINDING_KEYS = ("rule", "cause", "severity", "confidence", "title", "subject", "message", "evidence", "fix")
FIX_KEYS = ("title", "commands", "file", "content", "safety")
UNDECIDED_KEYS = ("rule", "cause", "subject", "title", "unknown", "settle")
PROBLEM_SEVERITIES = ("error", "warning")
# the live device lists (collect/usb.py, collect/pci.py); model/host.py DEVICE_LIST_SOURCES adds the pasted ones
LIVE_DEVICE_SOURCES = ("usb", "pci")

# The log lines kept in the report: the first and the last ones when there are more.
LOG_EXCERPT_MAX = 1000

# Which tools can drive a modem, by the protocol its bound drivers speak.
TOOLS_BY_PROTOCOL = {
    "qmi": ["ModemManager", "qmicli", "qmi-network", "uqmi"],
    "mbim": ["ModemManager", "mbimcli", "mbim-network", "umbim"],
    "ncm": ["ModemManager", "AT commands to connect, then DHCP on the net port"],
    "ecm": ["DHCP on the net port (the modem routes by itself)"],
    "rndis": ["DHCP on the net port (the modem routes by itself)"],
    "serial-only": ["ModemManager", "pppd (AT dial-up)"],
    "storage": ["usb_modeswitch first (the modem shows only its storage)"],
    "none": [],
}
# Vendor tools that fit only their vendor's modems in a given mode: (protocol, vid) -> tools.
VENDOR_TOOLS = {("qmi", "2c7c"): ["quectel-CM"]}


def build_report(model, evaluation) -> Dict[str, Any]:
    """The report dict of ``model`` (wwandoctor.model.Model) and ``evaluation`` (findings, undecided)."""
    snap = model.snapshot
    system = getattr(getattr(model, "host", None), "system", None)
    known = {"system": system, "port": _one_control_port(model), "ident": _one_modem_id(model)}
    findings = [_finding(f, **known) for f in getattr(evaluation, "findings", None) or []]
    undecided = [_undecided(u) for u in getattr(evaluation, "undecided", None) or []]
    sources = {name: {"status": st.status, "detail": st.detail} for name, st in snap.sources.items()}
    report = {
        "schema": SCHEMA,
        "tool": {"name": "wwandoctor", "version": __version__},
        "verdict": "",
        "redacted": False,
        "input": {"origin": snap.origin, "created": snap.created or None},
        "sources": sources,
        "host": host_summary(model),
        "modems": [modem_entry(m) for m in model.modems],
        "findings": findings,
        "undecided": undecided,
        "unrecognized": unread_sections(snap, getattr(model, "signals", None) or {}, model.evidence_places()),
        "notes": list(snap.notes),
        "log_excerpt": log_excerpt(snap.log),
        "log_lines_total": len(snap.log),
        "blind": blind_reason(snap),
    }
    report["blind"] = _open_reason(report, model)
    report["verdict"] = verdict(report)
    return report


# --- findings ----------------------------------------------------------------

def _as_dict(obj) -> Dict[str, Any]:
    if isinstance(obj, dict):
        return dict(obj)
    return obj.to_dict()


def _ordered(obj, keys, lists=()) -> Dict[str, Any]:
    """``obj`` as a dict with ``keys`` first (in contract order), ``lists`` as fresh lists, extra keys after."""
    data = _as_dict(obj)
    out = {key: data.get(key) for key in keys}
    for key in lists:
        out[key] = list(data.get(key) or [])
    out.update((k, v) for k, v in data.items() if k not in out)
    return out


def _one_control_port(model) -> Optional[str]:
    """The control port ("cdc-wdm1", "wwan0mbim0") when the input shows exactly one, across its modems."""
    ports = {p for m in getattr(model, "modems", None) or [] for p in (m.control_ports or [])}
    return ports.pop() if len(ports) == 1 else None


def _one_modem_id(model) -> Tuple[Optional[str], Optional[str]]:
    """(vid, pid) when the input's output shows exactly one modem id, else (None, None). An id only the post's
    words give, or the tables' id of a model the post names ("named:EM7455"), is not counted."""
    ids = {(m.vid, m.pid) for m in getattr(model, "modems", None) or []
           if m.vid and m.pid and not m.only_named and not m.id.startswith("named:")}
    return ids.pop() if len(ids) == 1 else (None, None)


def _finding(obj, system: Optional[str] = None, port: Optional[str] = None,
             ident: Tuple[Optional[str], Optional[str]] = (None, None)) -> Dict[str, Any]:
    """The report entry of a finding, its fix commands fitted to the ``system`` the input shows (host.system)
    and naming its one control ``port`` and modem id (``ident``) where they had a placeholder."""
    out = _ordered(obj, FINDING_KEYS)
    out["evidence"] = _distinct([{"source": e.get("source", ""), "text": e.get("text", "")}
                                 for e in (_as_dict(e) for e in out.get("evidence") or [])])
    out["fix"] = [_ordered(s, FIX_KEYS, ("commands",)) for s in out.get("fix") or []]
    for step in out["fix"]:  # the packages the commands need, said where the step's safety is
        needs = packages_needed(step["commands"])
        step["commands"] = fit_commands(with_modem_id(with_control_port(step["commands"], port), *ident), system)
        step["safety"] = fit_text(step.get("safety") or "", system)
        hint = install_hint(needs, system) if needs else ""
        if hint and "Needs " not in (step.get("safety") or ""):
            _add_to_safety(step, "Needs %s (if missing: %s)." % (", ".join(package_names(needs, system)), hint))
        if _MMCLI_AT_RE.search(" ".join(step["commands"])) and "--debug" not in (step.get("safety") or ""):
            _add_to_safety(step, MMCLI_AT_NOTE)
    return out


def _distinct(evidence: List[Dict[str, str]]) -> List[Dict[str, str]]:
    """``evidence`` less a line of no known program ([log], [post]) that only says again another line's message, with a log
    prefix or in a sentence ("Sep 21 09:37:11 HOST-1 prog[7229]: MSG", "I always get MSG with 3 SIMs" where MSG is
    already there, read from a line of its program), less a line another of its source says more fully, and with
    a message repeated at other times said once (:func:`_once`)."""
    said = [e["text"] for e in evidence if e["source"] not in _UNNAMED and len(e["text"]) >= _REPEATED_MIN]
    kept = [e for e in evidence if e["source"] not in _UNNAMED or not any(text in e["text"] for text in said)]
    return _once([e for e in kept if not _said_more_fully(e, kept)])


def _said_more_fully(line: Dict[str, str], evidence: List[Dict[str, str]]) -> bool:
    """Another line of the same source says all ``line`` says and more ("the post names the modem only by its model
    (EM7455): candidates 1199:9079" beside "...: candidates 1199:9079; I have bought an EM7455")."""
    return len(line["text"]) >= _REPEATED_MIN and any(
        e["source"] == line["source"] and len(e["text"]) > len(line["text"]) and line["text"] in e["text"]
        for e in evidence)


# a log line's time before its message: "12:49:18.255 -> ", "[  12.345] ", "2024-01-05 10:00:01 "
_TIME_PREFIX_RE = regex_cache.compile(r"^[\[\s]*(?:\d{4}-\d\d-\d\d[ T])?\d+(?::\d\d)*(?:\.\d+)?\]?\s*(?:->\s*)?")


def _once(evidence: List[Dict[str, str]]) -> List[Dict[str, str]]:
    """``evidence`` with a message that only its time tells apart from an earlier one said once, with how often
    ("12:49:18.255 -> Signal:99 (4 times)")."""
    first: Dict[Tuple[str, str], Dict[str, str]] = {}
    count: Dict[Tuple[str, str], int] = {}
    for n, e in enumerate(evidence):
        message = _TIME_PREFIX_RE.sub("", e["text"])
        key = (e["source"], message if message != e["text"] else str(n))  # a line with no time is its own
        first.setdefault(key, e)
        count[key] = count.get(key, 0) + 1
    return [dict(e, text="%s (%d times)" % (e["text"], count[k])) if count[k] > 1 else e
            for k, e in first.items()]


_REPEATED_MIN = 16  # a message this long said again is the same message, not a common word
# the evidence of a line that names no program: a log line of unknown origin, a sentence of the post (log_source)
_UNNAMED = ("log", POST_SOURCE)


# "mmcli -m any --command=AT..." : ModemManager answers it only in debug mode (mm-iface-modem.c handle_command:
# "Cannot send AT command to modem: operation only allowed in debug mode")
_MMCLI_AT_RE = regex_cache.compile(r"\bmmcli\b[^;|&]*\s--command\b")
MMCLI_AT_NOTE = ("mmcli --command works only while ModemManager runs with --debug (else: 'operation only allowed in "
                 "debug mode'); or send the AT command on the modem's AT port (picocom, minicom).")


def _add_to_safety(step: Dict[str, Any], said: str) -> None:
    safety = rstrip(step.get("safety") or "")
    step["safety"] = compose(safety, (" " + said, False)) if safety else own(said)


def _undecided(obj) -> Dict[str, Any]:
    return _ordered(obj, UNDECIDED_KEYS, ("unknown", "settle", "seen"))


# --- modems and host ---------------------------------------------------------

def _copy(value):
    """A JSON-safe copy of a model value (lists and dicts copied, None kept)."""
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _copy(v) for k, v in value.items()}
    return value


def modem_entry(modem) -> Dict[str, Any]:
    """The contract keys of one modem, then ``details`` for the renderers."""
    return {
        "id": modem.id,
        "bus": modem.bus,
        "vid": modem.vid,
        "pid": modem.pid,
        "name": modem.name,
        "protocol": modem.protocol,
        "active_config": modem.active_config,
        "configs": _configs(modem.configs),
        "drivers": _copy(modem.drivers),
        "control_ports": _copy(modem.control_ports),
        "net_ports": _copy(modem.net_ports),
        "serial_ports": _copy(modem.serial_ports),
        "details": modem_details(modem),
    }


def _configs(configs: Optional[List[Dict]]) -> Optional[List[Dict]]:
    if configs is None:
        return None
    out = []
    for c in configs:
        entry = {"value": c.get("value"), "functions": list(c.get("functions") or [])}
        entry.update((k, _copy(v)) for k, v in c.items() if k not in entry)
        out.append(entry)
    return out




def modem_details(modem) -> Dict[str, Any]:
    from wwandoctor.model.fields import reported
    # the modem fields declared report=True in model/types.py, in declaration order
    details = {name: _copy(getattr(modem, name)) for name in reported(type(modem))}
    details["fitting_tools"] = fitting_tools(modem.protocol, modem.vid)
    details["event_count"] = len(modem.events)
    return details


def fitting_tools(protocol: Optional[str], vid: Optional[str] = None) -> Optional[List[str]]:
    """The tools that can drive a modem whose drivers speak ``protocol``; None when unknown."""
    if protocol is None:
        return None
    return list(TOOLS_BY_PROTOCOL.get(protocol, [])) + VENDOR_TOOLS.get((protocol, vid), [])


def host_summary(model) -> Dict[str, Any]:
    """The host fields declared ``report=True`` in model/types.py, in declaration order."""
    from wwandoctor.model.fields import reported
    summary = {name: _copy(getattr(model.host, name)) for name in reported(type(model.host))}
    summary["modem_count"] = len(model.modems)  # also right for a model built by hand (rule tests)
    return summary


# --- logs --------------------------------------------------------------------

def log_excerpt(lines, limit: int = LOG_EXCERPT_MAX) -> List[Dict[str, Any]]:
    """The log lines as dicts; over ``limit`` keep the first quarter and the last lines."""
    if len(lines) > limit:
        head = limit // 4
        lines = list(lines[:head]) + list(lines[len(lines) - (limit - head):])
    return [{"origin": ln.origin, "source": ln.source, "time": ln.time, "text": ln.text} for ln in lines]


# --- blind or not ---------------------------------------------------------------

def _open_reason(report: Dict[str, Any], model) -> Optional[str]:
    """``blind`` for the report: the input is only prose (wwandoctor.unexplained.prose_only), or the
    snapshot's own reason; else, with no finding at warning or above, a failure the post's words state
    that the output shown does not explain."""
    from wwandoctor import unexplained
    snap = model.snapshot
    stated = unexplained.stated_failures(getattr(model, "signals", None) or {})
    if unexplained.prose_only(snap):
        return unexplained.prose_only_reason(snap, stated)
    if report["blind"] is not None or any(f.get("severity") in PROBLEM_SEVERITIES for f in report["findings"]):
        return report["blind"]
    return unexplained.unexplained_reason(snap, stated)


def blind_reason(snap) -> Optional[str]:
    """Why nothing can be concluded from ``snap``, or None.

    A live machine (``check``, or its saved snapshot) is blind when neither the USB nor the PCI
    device list could be read. Pasted input is blind when no parser understood any part of it;
    pasted output that was understood but shows no device (a dhclient log) is not: it can show
    a healthy setup."""
    if snap.origin == "live":
        if any(_status(snap, s) == "ok" for s in LIVE_DEVICE_SOURCES):
            return None
        return "no device information: %s" % "; ".join(
            "%s %s" % (s, _source_text(snap, s)) for s in LIVE_DEVICE_SOURCES)
    if any(st.status == "ok" for st in snap.sources.values()) or snap.log:
        return None
    why = [n for n in snap.notes
           if any(w in n for w in ("was empty", "not analyzed", "binary data", "KiB w", "NUL bytes, no"))]
    if not why and snap.unrecognized:
        why = _unread_json(snap) or ["no parser recognised any of it"]
    return "no part of the input could be understood" + (" (%s)" % "; ".join(why[:3]) if why else "")


# the JSON a paste parser reads: ingest/mmcli.py, iproute.py, kernel_log.py, journal.py
JSON_READ = "mmcli -J, ip -j, dmesg --json and journalctl -o json output, or a snapshot from wwandoctor collect"


def _unread_json(snap) -> List[str]:
    """A reason per input that is JSON no parser read (its first line is unrecognized and opens an object or
    an array): the person may take it for a snapshot."""
    from wwandoctor.snapshot import placed
    firsts = (placed(group.split("\n", 1)[0]) for group in snap.unrecognized)
    return ["%s is JSON of a kind wwandoctor does not read; it reads %s" % (name, JSON_READ)
            for name, line, text in firsts if line == 1 and text.lstrip()[:1] in ("{", "[")]


def _status(snap, name: str) -> Optional[str]:
    st = snap.sources.get(name)
    return st.status if st is not None else None


def _source_text(snap, name: str) -> str:
    st = snap.sources.get(name)
    if st is None:
        return "not read"
    return st.status + (" (%s)" % st.detail if st.detail else "")


# --- verdict -----------------------------------------------------------------

def _plural(n: int, word: str) -> str:
    return "%d %s%s" % (n, word, "" if n == 1 else "s")


# device lists: the live ones, and pasted lsusb / lspci / usb-devices output (model/host.py DEVICE_LIST_SOURCES)
DEVICE_LIST_SOURCES = LIVE_DEVICE_SOURCES + ("paste:lsusb", "paste:lsusb-t", "paste:lsusb-v", "paste:lspci",
                                             "paste:usb-devices")


def _device_sources_read(sources: Dict[str, Dict[str, str]]) -> bool:
    """A device list was read: a list without a modem is the conclusion "no modem", not "no problem"."""
    return any(sources.get(s, {}).get("status") == "ok" for s in DEVICE_LIST_SOURCES)


def verdict(report: Dict[str, Any]) -> str:
    """One line for the top of every format."""
    findings = report["findings"]
    problems = [f for f in findings if f.get("severity") in PROBLEM_SEVERITIES]
    undecided = report["undecided"]
    if problems:
        first = problems[0].get("title") or problems[0].get("rule")
        if len(problems) == 1:
            return compose(("1 problem found: ", False), first)
        return compose(("%s found; the most likely cause: " % _plural(len(problems), "problem"), False), first)
    if report.get("blind"):
        return compose(("nothing could be concluded: ", False), report["blind"])
    if not report["modems"]:
        if _device_sources_read(report["sources"]):
            return "no modem found" if report["input"].get("origin") == "live" else (
                "no modem found: the device list shown holds no device known as a WWAN modem (if one is plugged "
                "in: it is not powered or not seated, or it shows an id the tables do not know)")
        return "no problem found in the input (it shows no modem device)"
    if undecided:
        return "no problem found, but %s could not be decided for lack of data" % _plural(len(undecided), "check")
    if findings:
        return compose(("no problem found: ", False), findings[0].get("title") or findings[0].get("rule"))
    return "no problem found"
