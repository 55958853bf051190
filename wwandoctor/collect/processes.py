"""Running programs that manage or talk to modems, from /proc.

Reads ``/proc/<pid>/comm`` (the kernel's 15-character process name, e.g.
``systemd-network`` for systemd-networkd, ``quectel-CM``) and, for matches
and for interpreters/busybox, ``/proc/<pid>/cmdline`` (NUL-separated argv)::

    /proc/812/comm     ModemManager
    /proc/812/cmdline  /usr/sbin/ModemManager\\0--debug\\0
    /proc/930/comm     busybox
    /proc/930/cmdline  busybox\\0udhcpc\\0-i\\0wwan0\\0

Fills ``snap.processes`` (``Process(pid, name, args)``, ``name`` being the
canonical program name below) and source ``processes``.
"""
from __future__ import annotations

import os
from typing import List, Optional

from wwandoctor.collect.context import Context
from wwandoctor.snapshot import Process, Snapshot

SOURCE = "processes"
READS = ("/proc/<pid>/comm", "/proc/<pid>/cmdline", "/proc/<pid>/stat")
THREAD = True
PROGRAMS = (
    "ModemManager", "NetworkManager", "qmicli", "qmi-proxy", "qmi-network", "mbimcli", "mbim-proxy",
    "mbim-network", "uqmi", "umbim", "quectel-CM", "QConnectManager", "fibocom-dial", "pppd", "wvdial",
    "chat", "dhclient", "dhclient3", "udhcpc", "udhcpc6", "dhcpcd", "systemd-networkd", "netifd",
    "ofonod", "minicom", "picocom", "microcom", "atinout", "socat", "usb_modeswitch", "qmi-firmware-update",
)
# comm is truncated to 15 characters; match on the lowercased prefix.
_BY_COMM = {name.lower()[:15]: name for name in PROGRAMS}
# Processes whose real program is their first argument: "busybox udhcpc", "sh /usr/bin/qmi-network".
WRAPPERS = ("busybox", "sh", "bash", "dash", "ash", "python", "python3", "perl", "env", "timeout", "nohup")


def _read(path: str) -> Optional[bytes]:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return None


def _args(proc: str, pid: str) -> List[str]:
    raw = _read(os.path.join(proc, pid, "cmdline")) or b""
    return [a.decode("utf-8", errors="replace") for a in raw.split(b"\0") if a]


def _program(comm: str, args: List[str]) -> Optional[str]:
    """Canonical program name of a process, or None when it is not one we look for."""
    name = _BY_COMM.get(comm.lower()[:15])
    if name:
        return name
    if comm.lower().rstrip("0123456789.") in WRAPPERS or comm.lower().startswith("python"):
        for arg in args[1:3]:
            if arg.startswith("-"):
                continue
            name = _BY_COMM.get(os.path.basename(arg).lower()[:15])
            if name:
                return name
    return None


def _ppid(proc: str, pid: str) -> Optional[int]:
    """Parent pid from ``/proc/<pid>/stat`` ("812 (ModemManager) S 1 ..."; comm may hold spaces)."""
    raw = _read(os.path.join(proc, pid, "stat"))
    if not raw:
        return None
    fields = raw.rsplit(b")", 1)[-1].split()
    try:
        return int(fields[1])
    except (IndexError, ValueError):
        return None


def scan(proc: str = "/proc", own_pid: Optional[int] = None) -> List[Process]:
    """Processes of interest, sorted by pid. Raises OSError when ``proc`` cannot be listed.

    Children of ``own_pid`` (default: this process) are skipped: the other
    collectors run ``mmcli``, ``ModemManager --version``... at the same time.
    """
    own_pid = os.getpid() if own_pid is None else own_pid
    found = []
    # "/proc/" rather than "/proc": the same listing, but umockdev redirects it to a test-bed's
    # own proc/ directory (its fake processes) while it leaves "/proc" itself alone.
    for entry in os.listdir(os.path.join(proc, "")):
        if not entry.isdigit() or int(entry) == own_pid:
            continue
        comm_raw = _read(os.path.join(proc, entry, "comm"))
        if comm_raw is None:  # the process ended, or hidepid
            continue
        comm = comm_raw.decode("utf-8", errors="replace").strip()
        wrapped = comm.lower().rstrip("0123456789.") in WRAPPERS or comm.lower().startswith("python")
        if comm.lower()[:15] not in _BY_COMM and not wrapped:
            continue
        args = _args(proc, entry)
        name = _program(comm, args)
        if name and _ppid(proc, entry) != own_pid:
            found.append(Process(pid=int(entry), name=name, args=args))
    return sorted(found, key=lambda p: p.pid)


def collect(snap: Snapshot, ctx: Context) -> None:
    proc = ctx.path("/proc")
    try:
        snap.processes = scan(proc)
    except PermissionError as exc:
        snap.set_source("processes", "permission-denied", "%s: %s" % (proc, exc.strerror))
        return
    except OSError as exc:
        snap.set_source("processes", "error", "%s: %s" % (proc, exc.strerror or exc))
        return
    if not os.path.exists(os.path.join(proc, "1")):  # hidepid: other users' processes are hidden
        snap.set_source("processes", "permission-denied",
                        "%s hides other users' processes (hidepid); %d of interest seen" % (proc, len(snap.processes)))
        return
    snap.set_source("processes", "ok", "%d of interest" % len(snap.processes))
