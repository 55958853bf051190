"""Versions of the modem tools and the state of their systemd services.

``<tool> --version`` (first version-looking word of the output), e.g.::

    mmcli 1.20.4
    Copyright (2011 - 2022) Aleksander Morgado

    (usb_modeswitch prints)
     * usb_modeswitch: handle USB devices with multiple modes
     * Version 2.6.1 (C) Josua Dietze 2017

``snap.versions`` maps tool -> version ("1.20.4"); a tool that is not
installed has no entry (source ``versions`` lists them in its detail).

``systemctl is-active ModemManager NetworkManager`` prints one state per unit
(``active``, ``inactive``, ``failed``, ``activating``...; exit status 3 when
not all are active) -> ``snap.services``. Without systemd (no
``/run/systemd/system``) the ``services`` source is ``not-applicable``.
"""
from __future__ import annotations

import os
import re
from typing import Dict, Optional, Tuple

from wwandoctor.collect import runner
from wwandoctor.snapshot import Snapshot

TOOLS = ("mmcli", "ModemManager", "qmicli", "mbimcli", "usb_modeswitch")
SERVICES = ("ModemManager", "NetworkManager")
TIMEOUT = 3.0

_VERSION_RE = re.compile(r"(?<![\w.])v?(\d+\.\d+(?:\.\d+)*(?:[-~+][\w.~+-]*)?)")


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


def collect_versions(snap: Snapshot) -> None:
    results = dict(zip(TOOLS, runner.in_threads(tool_version, TOOLS)))
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


def collect(snap: Snapshot, root: str = "/") -> None:
    collect_versions(snap)
    collect_services(snap, systemd_dir=os.path.join(root, "run", "systemd", "system"))
