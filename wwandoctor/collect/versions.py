"""Versions of the modem tools and the state of their systemd services.

``<tool> --version`` (first version-looking word of the output), e.g.::

    mmcli 1.20.4
    Copyright (2011 - 2022) Aleksander Morgado

    (usb_modeswitch prints)
     * usb_modeswitch: handle USB devices with multiple modes
     * Version 2.6.1 (C) Josua Dietze 2017

``snap.versions`` maps tool -> version ("1.20.4"); a tool that is not
installed has no entry (source ``versions`` lists them in its detail).

A version read once is kept in the user's cache (``versions.json``, see
:mod:`wwandoctor.usercache`) with the program's path, inode, size and mtime,
and reused while the program file is the same: starting five programs was
~20 ms of CPU of every ``check``. A program not found on PATH, or changed,
is run as before; fake runners (tests) always run.

``systemctl is-active ModemManager NetworkManager`` prints one state per unit
(``active``, ``inactive``, ``failed``, ``activating``...; exit status 3 when
not all are active) -> ``snap.services``. Without systemd (no
``/run/systemd/system``) the ``services`` source is ``not-applicable``.
"""
from __future__ import annotations

import json
import os
import re
import shutil
from typing import Dict, List, Optional, Tuple

from wwandoctor import regex_cache, usercache
from wwandoctor.collect import runner
from wwandoctor.collect.context import Context
from wwandoctor.snapshot import Snapshot

SOURCE = "versions"
READS = ("mmcli --version", "ModemManager --version", "qmicli --version", "mbimcli --version",
         "usb_modeswitch --version", "systemctl is-active", "/run/systemd/system")
THREAD = True
TOOLS = ("mmcli", "ModemManager", "qmicli", "mbimcli", "usb_modeswitch")
SERVICES = ("ModemManager", "NetworkManager")
TIMEOUT = 3.0

_VERSION_RE = regex_cache.compile(r"(?<![\w.])v?(\d+\.\d+(?:\.\d+)*(?:[-~+][\w.~+-]*)?)")


def parse_version(output: str, tool: str) -> Optional[str]:
    """The version in ``<tool> --version`` output; prefers a line naming the tool or 'Version'."""
    lines = [line for line in output.splitlines() if line.strip()]
    preferred = [line for line in lines if tool.lower() in line.lower() or "version" in line.lower()]
    for line in preferred + lines:
        if line.lower().lstrip(" *").startswith("copyright"):
            continue
        m = _VERSION_RE.search(line)
        if m:
            return m.group(1)
    return None


def tool_version(tool: str) -> Tuple[str, Optional[str], str]:
    """``(status, version, detail)`` for one tool."""
    result = runner.run([tool, "--version"], timeout=TIMEOUT)
    if result.status != "ok":
        return result.status, None, result.stderr.strip()
    version = parse_version(result.stdout + "\n" + result.stderr, tool)
    if version is None:
        return "error", None, "%s --version: no version in output" % tool
    return "ok", version, ""


class VersionCache:
    """Versions read in earlier runs: tool -> {"stamp": [path, inode, size, mtime_ns], "version": ...}."""

    NAME = "versions.json"

    def __init__(self) -> None:
        self.path = os.path.join(usercache.directory(), self.NAME)
        self.entries: Dict[str, dict] = {}
        self.changed = False
        try:
            if usercache.trusted(self.path):
                with open(self.path, encoding="utf-8") as fh:
                    data = json.load(fh)
                if isinstance(data, dict) and isinstance(data.get("tools"), dict):
                    self.entries = data["tools"]
        except (OSError, ValueError):  # none yet, unreadable, damaged: run the programs
            pass

    @staticmethod
    def stamp(tool: str) -> Optional[List]:
        """The program file ``tool`` runs, as [path, inode, size, mtime_ns]; None when not on PATH."""
        found = shutil.which(tool)
        if not found:
            return None
        try:
            st = os.stat(found)
        except OSError:
            return None
        return [os.path.realpath(found), st.st_ino, st.st_size, st.st_mtime_ns]

    def get(self, tool: str, stamp: List) -> Optional[str]:
        entry = self.entries.get(tool)
        if isinstance(entry, dict) and entry.get("stamp") == stamp and isinstance(entry.get("version"), str):
            return entry["version"]
        return None

    def put(self, tool: str, stamp: List, version: str) -> None:
        self.entries[tool] = {"stamp": stamp, "version": version}
        self.changed = True

    def save(self) -> None:
        """Best effort: a cache that cannot be written is skipped."""
        if not self.changed:
            return
        import tempfile  # only when something changed: its imports cost ~3 ms
        try:
            os.makedirs(os.path.dirname(self.path), mode=0o700, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(self.path), prefix=".versions-")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump({"tools": self.entries}, fh)
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except Exception:  # read-only or foreign home, full disk
            return


def _cached_version(tool: str, cache: Optional[VersionCache]) -> Tuple[str, Optional[str], str]:
    stamp = cache.stamp(tool) if cache is not None else None
    if stamp is not None:
        known = cache.get(tool, stamp)
        if known is not None:
            return "ok", known, ""
    status, version, detail = tool_version(tool)
    if stamp is not None and status == "ok" and version:
        cache.put(tool, stamp, version)
    return status, version, detail


def collect_versions(snap: Snapshot) -> None:
    cache = VersionCache() if runner.is_real() else None
    results = dict(zip(TOOLS, runner.in_threads(lambda tool: _cached_version(tool, cache), TOOLS)))
    if cache is not None:
        cache.save()
    missing, problems = [], []
    for tool, (status, version, detail) in results.items():
        if version:
            snap.versions[tool] = version
        elif status == "tool-missing":
            missing.append(tool)
        else:
            problems.append("%s: %s" % (tool, detail or status))
    detail = "; ".join(filter(None, ["not installed: " + ", ".join(missing) if missing else "", "; ".join(problems)]))
    snap.set_source("versions", "ok", detail)


def parse_is_active(output: str, units=SERVICES) -> Dict[str, str]:
    """Map units to the states ``systemctl is-active u1 u2`` printed (one per line, in order)."""
    states = [line.strip() for line in output.splitlines() if line.strip()]
    if len(states) != len(units):
        return {}
    return dict(zip(units, states))


def collect_services(snap: Snapshot, systemd_dir: str = "/run/systemd/system") -> None:
    if not os.path.isdir(systemd_dir):
        snap.set_source("services", "not-applicable", "systemd is not running")
        return
    result = runner.run(["systemctl", "is-active"] + list(SERVICES), timeout=TIMEOUT)
    if result.status != "ok":
        snap.set_source("services", result.status, result.stderr.strip())
        return
    states = parse_is_active(result.stdout)
    if not states:
        snap.set_source("services", "error", (result.stderr.strip() or result.stdout.strip())[:200])
        return
    snap.services.update(states)
    snap.set_source("services", "ok")


def collect(snap: Snapshot, ctx: Context) -> None:
    collect_versions(snap)
    collect_services(snap, systemd_dir=ctx.path("/run/systemd/system"))
