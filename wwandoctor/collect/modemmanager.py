"""ModemManager's view of the modems, from ``mmcli -J`` (JSON; every scalar is a string, "--" = none).

Commands (each with a short timeout: mmcli hangs while the daemon is busy)::

    mmcli -L -J    {"modem-list":["/org/freedesktop/ModemManager1/Modem/0"]}
    mmcli -m 0 -J  {"modem":{"generic":{"state":"disabled","power-state":"low",
                    "sim":"/org/freedesktop/ModemManager1/SIM/0","bearers":[], ...}, "3gpp":{...}}}
    mmcli -i 0 -J  {"sim":{"dbus-path":"...","properties":{"iccid":"...","imsi":"...", ...}}}
    mmcli -b 0 -J  {"bearer":{"status":{"connected":"yes","interface":"wwan0", ...},
                    "ipv4-config":{"method":"static", ...}, "properties":{"apn":"internet", ...}}}

Errors (stderr, exit status 1), kept in ``snap.modemmanager.errors``::

    error: couldn't find the ModemManager process in the bus     (daemon not running)
    error: couldn't get bus: Could not connect: No such file or directory

Fills ``snap.modemmanager`` (``modem_list``, ``modems``, ``sims``,
``bearers``: the objects under the "modem"/"sim"/"bearer" keys) and source
``modemmanager``: ok, tool-missing, timeout, or error (detail = mmcli's message).
"""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

from wwandoctor.collect import runner
from wwandoctor.collect.context import Context
from wwandoctor.snapshot import Snapshot

SOURCE = "modemmanager"
READS = ("mmcli -L -J", "mmcli -m <n> -J", "mmcli -i <n> -J", "mmcli -b <n> -J")
THREAD = True
LIST_TIMEOUT = 3.0
ITEM_TIMEOUT = 3.0
NOT_RUNNING = "couldn't find the ModemManager process in the bus"


def object_index(path: Any) -> Optional[str]:
    """``"/org/freedesktop/ModemManager1/Modem/3"`` -> ``"3"``; None for "--", "/" or junk."""
    if not isinstance(path, str) or not path.startswith("/org/freedesktop/ModemManager1/"):
        return None
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return last if last.isdigit() else None


def _error_text(result: runner.CommandResult, argv: List[str]) -> str:
    text = (result.stderr or result.stdout).strip().splitlines()
    first = text[0] if text else "exit status %s" % result.returncode
    return "%s: %s" % (" ".join(argv), first)


def run_json(argv: List[str], key: str, timeout: float) -> Tuple[str, Optional[Any], str]:
    """Run one mmcli command; ``(status, value under key, error text)``."""
    result = runner.run(argv, timeout=timeout)
    if result.status != "ok":
        return result.status, None, "%s: %s" % (" ".join(argv), result.stderr.strip() or result.status)
    if result.returncode != 0:
        return "error", None, _error_text(result, argv)
    try:
        data = json.loads(result.stdout)
    except ValueError:
        return "error", None, "%s: output is not JSON" % " ".join(argv)
    if not isinstance(data, dict) or key not in data:
        return "error", None, "%s: no %r in the output" % (" ".join(argv), key)
    return "ok", data[key], ""


def _modem_refs(modem: Dict[str, Any]) -> Tuple[Optional[str], List[str]]:
    generic = modem.get("generic") if isinstance(modem.get("generic"), dict) else {}
    sim = object_index(generic.get("sim"))
    bearers = generic.get("bearers") if isinstance(generic.get("bearers"), list) else []
    return sim, [i for i in (object_index(b) for b in bearers) if i is not None]


def _parallel(jobs: List[Tuple[List[str], str]]) -> List[Tuple[str, Optional[Any], str]]:
    return runner.in_threads(lambda job: run_json(job[0], job[1], ITEM_TIMEOUT), jobs)


def collect(snap: Snapshot, ctx: Context) -> None:
    view = snap.modemmanager
    status, modem_list, error = run_json(["mmcli", "-L", "-J"], "modem-list", LIST_TIMEOUT)
    if status != "ok":
        if error and status != "tool-missing":
            view.errors.append(error)
        detail = "mmcli is not installed" if status == "tool-missing" else error
        if NOT_RUNNING in error:
            detail = "ModemManager is not running (%s)" % error
        elif "couldn't get bus" in error:
            detail = "no D-Bus system bus, so no ModemManager (%s)" % error
        snap.set_source("modemmanager", status, detail)
        return
    if not isinstance(modem_list, list) or not all(isinstance(p, str) and object_index(p) for p in modem_list):
        view.errors.append("mmcli -L -J: modem-list is not a list of modem paths")
        snap.set_source("modemmanager", "error", view.errors[-1])
        return
    view.modem_list = [str(p) for p in modem_list]

    failures: List[Tuple[str, str]] = []
    modem_jobs = [(["mmcli", "-m", i, "-J"], "modem") for i in map(object_index, view.modem_list) if i]
    sims, bearers = [], []
    for status, value, error in _parallel(modem_jobs):
        if status == "ok" and isinstance(value, dict):
            view.modems.append(value)
            sim, bearer_ids = _modem_refs(value)
            sims += [sim] if sim else []
            bearers += bearer_ids
        else:
            failures.append((status, error or "mmcli -m: unexpected output"))

    jobs = [(["mmcli", "-i", i, "-J"], "sim") for i in sims] + [(["mmcli", "-b", i, "-J"], "bearer") for i in bearers]
    for (argv, key), (status, value, error) in zip(jobs, _parallel(jobs)):
        if status == "ok" and isinstance(value, dict):
            (view.sims if key == "sim" else view.bearers).append(value)
        else:
            failures.append((status, error or "%s: unexpected output" % " ".join(argv)))

    view.errors.extend(error for _, error in failures)
    if failures:
        snap.set_source("modemmanager", failures[0][0] if failures[0][0] != "ok" else "error",
                        "; ".join(error for _, error in failures))
    else:
        snap.set_source("modemmanager", "ok", "%d modem(s)" % len(view.modems))
