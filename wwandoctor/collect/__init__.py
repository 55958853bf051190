"""Live collection: every collector fills its part of one Snapshot.

``collect_all()`` runs the sysfs collectors (usb, pci, net, rfkill, kernel)
one after the other in this thread while the collectors that start
programs or read logs (kernel log, versions/services, ModemManager,
processes, configs) run in threads of their own. A collector that raises records
its source as ``error`` with the exception text; the others still run.

Collector modules are imported inside ``collect_all`` so that importing this
package stays cheap (``wwandoctor --version`` must not load pyudev or rich).
"""
from __future__ import annotations

import importlib
import os
from datetime import datetime, timezone
from typing import Callable, List, Optional, Tuple

from wwandoctor.snapshot import Snapshot

# (module under wwandoctor.collect, source name recorded when it fails)
SYSFS_COLLECTORS = (("usb", "usb"), ("pci", "pci"), ("net", "net"), ("rfkill", "rfkill"), ("kernel", "kernel"))
THREADED_COLLECTORS = (("kernel_log", "kernel-log"), ("versions", "versions"), ("modemmanager", "modemmanager"),
                       ("processes", "processes"), ("configs", "configs"))


def _guarded(module: str, source: str, snap: Snapshot, call: Callable[[object], None]) -> None:
    """Import ``wwandoctor.collect.<module>`` and run ``call(mod)``; failures become source ``error``."""
    try:
        mod = importlib.import_module("wwandoctor.collect." + module)
        call(mod)
    except Exception as exc:  # one broken collector must not stop the others
        snap.set_source(source, "error", "%s: %s" % (type(exc).__name__, exc))


def collect_all(root: str = "/", release: Optional[str] = None,
                on_done: Optional[Callable[[str], None]] = None) -> Snapshot:
    """Collect everything from this machine (read-only). ``root`` relocates the file-based collectors
    (and /dev/kmsg, /run/systemd); ``release`` is the kernel release whose /lib/modules is read
    (default: the running kernel's) - a bundle from wwandoctor-collect.sh names its own.
    ``on_done(source)`` is called as each collector finishes (check's progress bar)."""
    from wwandoctor import __version__
    from wwandoctor.collect.runner import Background

    snap = Snapshot(origin="live", created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    tool_version=__version__)
    jobs: List[Tuple[str, str, Callable[[object], None]]] = [
        (module, source, _caller(module, snap, root)) for module, source in THREADED_COLLECTORS]
    running = [Background(_guarded, module, source, snap, call) for module, source, call in jobs]
    for module, source in SYSFS_COLLECTORS:
        _guarded(module, source, snap, _sysfs_caller(module, snap, root, release))
        if on_done:
            on_done(source)
    for (_, source, _), job in zip(jobs, running):
        job.result()
        if on_done:
            on_done(source)
    snap.sources = dict(sorted(snap.sources.items()))  # threads finish in any order; keep the JSON stable
    return snap


def _sysfs_caller(module: str, snap: Snapshot, root: str, release: Optional[str]) -> Callable[[object], None]:
    if release is None or module not in ("usb", "kernel"):
        return lambda mod: mod.collect(snap, root=root)
    modules_dir = os.path.join(root, "lib", "modules", release)
    if module == "kernel":
        return lambda mod: mod.collect(snap, root=root, modules_dir=modules_dir, release=release)
    return lambda mod: mod.collect(snap, root=root, modules_dir=modules_dir)


def _caller(module: str, snap: Snapshot, root: str) -> Callable[[object], None]:
    if module == "configs":
        return lambda mod: mod.collect(snap, root=root)
    if module == "processes":
        return lambda mod: mod.collect(snap, proc=os.path.join(root, "proc"))
    if module == "kernel_log":
        return lambda mod: mod.collect(snap, kmsg_path=os.path.join(root, "dev", "kmsg"))
    if module == "versions":
        return lambda mod: mod.collect(snap, root=root)
    return lambda mod: mod.collect(snap)
