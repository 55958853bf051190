"""Live collection: every collector fills its part of one Snapshot.

The collectors are the modules of this package (all but :data:`HELPERS`), found by walking it, so
none is left out because a list forgot it. Each declares ``SOURCE``, ``READS``, ``THREAD`` and
``collect(snap, ctx)`` (see collect/context.py); a module that lacks one fails loudly
(:class:`CollectorError`). ``collect_all()`` runs the sysfs collectors (``THREAD = False``: usb,
pci, net, rfkill, kernel) one after the other in this thread while those that start programs or
read logs (kernel log, versions/services, ModemManager, processes, configs) run in threads of their
own. A collector that raises records its ``SOURCE`` as ``error`` with the exception text; the others
still run.

Collector modules are imported inside ``collect_all`` so that importing this package stays cheap
(``wwandoctor --version`` must not load pyudev or rich).
"""
from __future__ import annotations

import importlib
import os
import pkgutil
from datetime import datetime, timezone
from typing import Callable, List, Optional

from wwandoctor.snapshot import Snapshot

# modules of wwandoctor.collect that are not collectors (the walk does not import them as such)
HELPERS = frozenset(("context", "runner", "sysfs"))
# what every collector module declares
DECLARED = ("SOURCE", "READS", "THREAD", "collect")

_collectors = None


class CollectorError(Exception):
    """A collector module lacks a declaration (a programming error: tests catch it)."""


def collector_names() -> List[str]:
    """The collector modules' names: every module of the package but the HELPERS."""
    import wwandoctor.collect as package
    return sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name not in HELPERS)


def checked(mod):
    """``mod`` when it declares every name of DECLARED, else CollectorError naming its file."""
    missing = [name for name in DECLARED if not hasattr(mod, name)]
    if missing:
        raise CollectorError("%s: a collector must declare %s (missing: %s)"
                             % (mod.__file__, ", ".join(DECLARED), ", ".join(missing)))
    return mod


def collectors() -> List:
    """The collector modules, imported once and checked, in name order."""
    global _collectors
    if _collectors is None:
        _collectors = [checked(importlib.import_module("wwandoctor.collect." + name)) for name in collector_names()]
    return _collectors


def sources() -> List[str]:
    """The SOURCE of every collector (what check's progress bar counts)."""
    return [mod.SOURCE for mod in collectors()]


def _guarded(mod, snap: Snapshot, ctx) -> None:
    """Run ``mod.collect``; a failure becomes its source's ``error``."""
    try:
        mod.collect(snap, ctx)
    except Exception as exc:  # one broken collector must not stop the others
        snap.set_source(mod.SOURCE, "error", "%s: %s" % (type(exc).__name__, exc))


def files_root(root: str) -> str:
    """Where configuration files and /lib/modules are read: below ``root``, or in a live collection
    (root "/") below the directory $WWANDOCTOR_ROOT names, as wwandoctor-collect.sh reads them (a
    mounted image; a test-bed's own /etc, which umockdev does not redirect)."""
    if root != "/":
        return root
    return os.environ.get("WWANDOCTOR_ROOT") or root


def collect_all(root: str = "/", release: Optional[str] = None,
                on_done: Optional[Callable[[str], None]] = None) -> Snapshot:
    """Collect everything from this machine (read-only). ``root`` relocates the file-based collectors
    (and /dev/kmsg, /run/systemd); ``release`` is the kernel release whose /lib/modules is read
    (default: the running kernel's) - a bundle from wwandoctor-collect.sh names its own.
    ``on_done(source)`` is called as each collector finishes (check's progress bar)."""
    from wwandoctor import __version__
    from wwandoctor.collect.context import Context
    from wwandoctor.collect.runner import Background

    snap = Snapshot(origin="live", created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    tool_version=__version__)
    files = files_root(root)
    ctx = Context(root=root, release=release, files=files if files != root else None)
    threaded = [mod for mod in collectors() if mod.THREAD]
    running = [Background(_guarded, mod, snap, ctx) for mod in threaded]
    for mod in collectors():
        if not mod.THREAD:
            _guarded(mod, snap, ctx)
            if on_done:
                on_done(mod.SOURCE)
    for mod, job in zip(threaded, running):
        job.result()
        if on_done:
            on_done(mod.SOURCE)
    snap.sources = dict(sorted(snap.sources.items()))  # threads finish in any order; keep the JSON stable
    machine_names(snap, ctx)
    return snap


def machine_names(snap: Snapshot, ctx, environ=os.environ) -> None:
    """The machine's host name and, on this machine, the user who runs wwandoctor (sudo's SUDO_USER, else the
    login name) into Snapshot.names, for redaction only: a log line or a program's arguments may show them where
    no pattern tells them (udhcpc -x hostname:NAME, NetworkManager's "hostname changed ... to 'NAME'")."""
    from wwandoctor.collect.sysfs import Reader
    host = Reader(ctx.root).value("/proc/sys/kernel/hostname")
    user = (environ.get("SUDO_USER") or environ.get("LOGNAME") or environ.get("USER")) if ctx.root in ("", "/") else None
    for kind, name in (("hostname", host), ("user", user)):
        if name:
            snap.note_name(kind, name)
