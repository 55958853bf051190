"""The running kernel: release, loaded modules, availability of the modem drivers, lockdown.

Reads ``os.uname()``, ``/proc/version``, ``/proc/modules``
(``qmi_wwan 36864 0 - Live 0x0000000000000000``),
``/lib/modules/<release>/modules.builtin`` (``kernel/drivers/usb/serial/usbserial.ko``),
``modules.dep`` (``kernel/drivers/net/usb/qmi_wwan.ko.xz: kernel/drivers/usb/class/cdc-wdm.ko.xz ...``),
``/sys/kernel/security/lockdown`` (``none [integrity] confidentiality``) and the
EFI ``SecureBoot`` variable, and the distribution's ``/etc/os-release`` (its ``ID``, ``ID_LIKE`` and
``VERSION_ID``: fix commands are written for its package manager). Module names are compared with ``-`` folded to
``_`` as the kernel does (``cdc-wdm.ko`` is module ``cdc_wdm``).

Each driver of :data:`DRIVERS` is ``loaded`` (in /proc/modules), ``builtin``
(in modules.builtin, or in /sys/module without ``initstate``), ``module`` (in
modules.dep, not loaded) or ``missing``; it is left out when
``/lib/modules/<release>`` cannot be read (unknown). Source name: ``kernel``.
"""
from __future__ import annotations

import os
from typing import Dict, Optional, Set

from wwandoctor.collect.context import Context
from wwandoctor.collect.sysfs import Reader
from wwandoctor.snapshot import Snapshot

SOURCE = "kernel"
READS = ("/proc/version", "/proc/modules", "/sys/module", "/lib/modules/<release>/modules.builtin",
         "/lib/modules/<release>/modules.dep", "/sys/kernel/security/lockdown", "/sys/firmware/efi/efivars",
         "/etc/os-release")
THREAD = False
DRIVERS = (
    "qmi_wwan", "cdc_mbim", "cdc_ncm", "cdc_ether", "rndis_host", "huawei_cdc_ncm", "cdc_wdm",
    "option", "qcserial", "sierra", "usb_wwan", "usbserial", "cdc_acm", "mhi_pci_generic",
    "mhi_wwan_ctrl", "mhi_wwan_mbim", "mhi_net", "wwan", "mtk_t7xx", "iosm", "usb_storage",
)
LOCKDOWN = "/sys/kernel/security/lockdown"
SECURE_BOOT = "/sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c"


def module_name(path_or_name: str) -> str:
    """``kernel/drivers/usb/class/cdc-wdm.ko.xz`` -> ``cdc_wdm``."""
    base = os.path.basename(path_or_name.strip().rstrip(":"))
    base = base.split(".ko")[0]
    return base.replace("-", "_")


def collect(snap: Snapshot, ctx: Context) -> None:
    """Fill ``snap.kernel``; record the ``kernel`` source. Never raises.
    ``ctx.release``: the kernel release when it is not this machine's (a bundle's)."""
    reader = Reader(ctx.root)
    info = snap.kernel
    info.release = ctx.kernel_release()
    info.version_line = reader.value("/proc/version")
    loaded = read_loaded(reader)
    info.modules_loaded = sorted(loaded) if loaded is not None else None
    modules_dir = ctx.modules_path()  # below ``root`` like every other file (a test root, a mounted image)
    builtin = _module_set(os.path.join(modules_dir, "modules.builtin"))
    available = _module_set(os.path.join(modules_dir, "modules.dep"))
    info.driver_availability = availability(reader, loaded, builtin, available)
    info.lockdown = read_lockdown(reader)
    info.secure_boot = read_secure_boot(reader)
    info.os_release = read_os_release(reader)
    missing = []
    if loaded is None:
        missing.append("/proc/modules")
    if available is None:
        missing.append("%s/modules.dep" % modules_dir)
    status, detail = reader.status()
    if missing and status == "ok":  # a source with failed reads is never "ok"
        status, detail = "error", "partial: not readable: " + ", ".join(missing)
    snap.set_source(SOURCE, status, detail)


OS_RELEASE_KEYS = ("ID", "ID_LIKE", "VERSION_ID")


def read_os_release(reader: Reader) -> Dict[str, str]:
    """ID, ID_LIKE and VERSION_ID of /etc/os-release (else /usr/lib/os-release, os-release(5)), unquoted."""
    text = reader.text("/etc/os-release")
    if text is None:
        text = reader.text("/usr/lib/os-release") or ""
    out = {}
    for line in text.splitlines():
        key, sep, value = line.strip().partition("=")
        if sep and key in OS_RELEASE_KEYS:
            out[key] = value.strip().strip("\"'")
    return out


def read_loaded(reader: Reader) -> Optional[Set[str]]:
    """Names in /proc/modules; None when it is absent (no module support) or unreadable."""
    text = reader.text("/proc/modules")
    if text is None:
        return None
    return {line.split()[0] for line in text.splitlines() if line.strip()}


def _module_set(path: str) -> Optional[Set[str]]:
    """Module names listed (one path per line, or ``path: deps``) in a modules.* file."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return {module_name(line.split(":")[0]) for line in fh if line.strip()}
    except OSError:
        return None


def availability(reader: Reader, loaded: Optional[Set[str]], builtin: Optional[Set[str]],
                 available: Optional[Set[str]]) -> dict:
    found = {}
    for driver in DRIVERS:
        if loaded is not None and driver in loaded:
            found[driver] = "loaded"
        elif builtin is not None and driver in builtin:
            found[driver] = "builtin"
        elif available is not None and driver in available:
            found[driver] = "module"
        elif reader.isdir("/sys/module/" + driver):
            # loadable modules have initstate; built-in ones with parameters appear without it
            live = reader.exists("/sys/module/%s/initstate" % driver)
            found[driver] = "loaded" if live else "builtin"
        elif builtin is not None and available is not None:
            found[driver] = "missing"
    return found


def read_lockdown(reader: Reader) -> Optional[str]:
    """The bracketed selection of /sys/kernel/security/lockdown."""
    text = reader.value(LOCKDOWN)
    if text is None:
        return None
    for word in text.split():
        if word.startswith("[") and word.endswith("]"):
            return word[1:-1]
    return None


def read_secure_boot(reader: Reader) -> Optional[bool]:
    """EFI SecureBoot variable: 4 attribute bytes then the value byte."""
    data = reader.raw(SECURE_BOOT)
    if data is None or len(data) < 5:
        return None
    return data[4] == 1
