"""Parse kernel-module tool messages and module file listings.

    modprobe: FATAL: Module option not found in directory /lib/modules/7.0.11-orbstack-00360-gc9bc4d96ac70
    modinfo: ERROR: Module qmi_wwan not found.
    insmod: ERROR: could not insert module qmi_wwan.ko: Required key not available
    modprobe: ERROR: could not insert 'option': Key was rejected by service
    /lib/modules/7.0.11-orbstack-00360-gc9bc4d96ac70/kernel/drivers/usb/serial/usbserial.ko
    failed to find a module named option                      (OpenWrt's ubox modprobe)
    # CONFIG_USB_NET_CDC_MBIM is not set                      (zcat /proc/config.gz | grep ...)
    CONFIG_USB_NET_QMI_WWAN=m

"not found" -> kernel.driver_availability[name] = "missing" (and kernel.release from the
directory); module files -> "module" (present on disk); every tool message is kept as a
LogLine with origin "kernel-module" so rules can match load failures (signature checks).
Kernel config lines of the modem drivers: "=m" -> "module", "=y" -> "builtin", "is not set"
-> "missing" (the option decides whether the driver exists at all). Under a sentence that says the options
are missing or asks for them ("specifically missing:", "please enable:"), "=m"/"=y" lines are the person's
request, not the kernel's configuration: they are read as "missing".
"""
from __future__ import annotations

import os
import re
from typing import List, Optional

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import source_read
from wwandoctor.snapshot import LogLine, Snapshot, placed

KIND = "modules"
COMMANDS = ("modprobe", "insmod", "modinfo")
PRIORITY = 80

NOT_FOUND_RE = regex_cache.compile(r"^\s*(?:(?:modprobe|modinfo|insmod|rmmod):\s*)?(?:FATAL|ERROR):\s*Module (\S+) not found"
                                   r"(?: in directory /lib/modules/(\S+))?")
# OpenWrt's ubox modprobe/kmodloader: "failed to find a module named option"
UBOX_NOT_FOUND_RE = regex_cache.compile(r"^\s*(?:modprobe:\s*)?failed to find a module named (\S+)\s*$")
# kernel config (optionally "file:" from grep): modem driver options only
CONFIG_RE = regex_cache.compile(r"^\s*(?:\S+:)?(?:#\s*CONFIG_(\w+) is not set|CONFIG_(\w+)=([ymn]))\s*$")
# a bare option name, one to a line, as a list of options asked for ("CONFIG_USB_SERIAL_OPTION", "- CONFIG_USB_ACM,"):
# it says nothing of the kernel unless the sentence above asks for the options (then: missing)
BARE_CONFIG_RE = regex_cache.compile(r"^\s*(?:[-*\u2022]\s*)?CONFIG_(\w+)\s*[,;]?\s*$")
CONFIG_MODULES = {
    "USB_NET_QMI_WWAN": "qmi_wwan", "USB_NET_CDC_MBIM": "cdc_mbim", "USB_NET_CDC_NCM": "cdc_ncm",
    "USB_WDM": "cdc_wdm", "USB_NET_CDCETHER": "cdc_ether", "USB_NET_RNDIS_HOST": "rndis_host",
    "USB_NET_HUAWEI_CDC_NCM": "huawei_cdc_ncm", "USB_SERIAL_OPTION": "option", "USB_SERIAL_QUALCOMM": "qcserial",
    "USB_SERIAL_WWAN": "usb_wwan", "USB_SERIAL_SIERRAWIRELESS": "sierra", "USB_SIERRA_NET": "sierra_net",
    "USB_USBNET": "usbnet", "USB_SERIAL": "usbserial", "USB_ACM": "cdc_acm", "MHI_BUS_PCI_GENERIC": "mhi_pci_generic",
    "MHI_WWAN_CTRL": "mhi_wwan_ctrl", "MHI_WWAN_MBIM": "mhi_wwan_mbim", "MHI_NET": "mhi_net",
    "MTK_T7XX": "mtk_t7xx", "IOSM": "iosm", "WWAN": "wwan",
}
# A sentence that introduces the options below it as missing or wanted ("..., specifically missing:", "Please
# enable:", "The following are not enabled:", "These are needed:")
REQUEST_INTRO_RE = regex_cache.compile(r"\b(?:missing|lack\w*|absent|not (?:enabled|set|built|included|selected|available)|add|enable"
                                       r"|include|select|need(?:ed|s)?|requir\w+|request\w*)\b[^:]{0,40}:\s*$|"
                                       # ... or, with no colon, a request for "these"/"the following" options: "Add please these
                                       # kernel options to support USB modems", "could you turn on the following config options"
                                       r"\b(?:add|enable|include|select|set|(?:switch|turn)\s+on|build\s+(?:\w+\s+){0,3}?with|compile\s+"
                                       r"(?:\w+\s+){0,3}?with)\b[^.!?:]{0,30}?\b(?:these|those|the\s+following|following)\s+(?:\w+\s+){0,2}?"
                                       r"(?:options|symbols|configs?|config\s+options|settings)\b[^:]{0,80}$", re.I)
TOOL_RE = regex_cache.compile(r"^\s*(modprobe|insmod|modinfo|rmmod|depmod|kmod):\s*(FATAL|ERROR|WARNING)?:?\s*(.*)$")
KO_RE = regex_cache.compile(r"^(?:\S*/)?([A-Za-z0-9_-]+)\.ko(?:\.(?:xz|zst|gz))?$")
RELEASE_IN_PATH_RE = regex_cache.compile(r"/lib/modules/([^/\s]+)/")
# "modprobe -v": "insmod /lib/modules/6.1.0/kernel/drivers/usb/serial/option.ko "
VERBOSE_INSMOD_RE = regex_cache.compile(r"^\s*insmod (/\S+\.ko(?:\.\w+)?)\b")
LS_LONG_RE = regex_cache.compile(r"^[-l][rwxsStT-]{9}[.+@]?\s.*\s(\S+\.ko(?:\.(?:xz|zst|gz))?)(?: -> \S+)?\s*$")
# modinfo output: "filename:       /lib/modules/.../qmi_wwan.ko.zst" or "filename: (builtin)", then "key: value"
MODINFO_FILE_RE = regex_cache.compile(r"^\s*filename:\s+(\S+)\s*$")
MODINFO_NAME_RE = regex_cache.compile(r"^\s*name:\s+(\S+)\s*$")
MODINFO_FIELD_RE = regex_cache.compile(r"^\s*(name|alias|license|description|author|depends|retpoline|intree|vermagic|"
                                       r"srcversion|version|firmware|softdep|sig_id|signer|sig_key|sig_hashalgo|signature|"
                                       r"parm|import_ns|file|[0-9A-F:]{5,}):")


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 90
    lines = block.content()
    if any(NOT_FOUND_RE.match(ln) or TOOL_RE.match(ln) or UBOX_NOT_FOUND_RE.match(ln) for ln in lines):
        return 85
    config = sum(1 for ln in lines if _config(ln) or BARE_CONFIG_RE.match(ln))
    if config and config * 2 >= len(lines):
        return 80
    if any(MODINFO_FILE_RE.match(ln) for ln in lines[:3]):
        return 85
    ko = sum(1 for ln in lines if _ko_tokens(ln) or LS_LONG_RE.match(ln))
    if ko and ko >= 0.8 * len(lines):
        return 80 if block.runs(("find", "ls")) or "/lib/modules/" in lines[0] else 60
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    left = []
    source = "paste:%s" % block.name
    modinfo = _Modinfo(snap)
    requested = _requested(block, snap)
    for line in block.lines:
        if not line.strip() or modinfo.read(line):
            continue
        if not _read_line(snap, line, source, requested):
            left.append(line)
            # the request sentence in the block itself, right above its list ("Add please these kernel options ...")
            requested = requested or REQUEST_INTRO_RE.search(line) is not None
    source_read(snap, block, left, "paste:modules")
    return left


class _Modinfo:
    """modinfo's output, one module after the other: "name:" comes before "filename: (builtin)", and the
    lines after a "filename:" are that module's fields."""

    def __init__(self, snap: Snapshot) -> None:
        self.snap = snap
        self.name: Optional[str] = None
        self.module: Optional[str] = None  # set while inside one module's output

    def read(self, line: str) -> bool:
        """Take ``line`` when it is modinfo's."""
        m = MODINFO_FILE_RE.match(line)
        if m:
            self.module = _modinfo(self.snap, m.group(1), self.name)
            return True
        m = MODINFO_NAME_RE.match(line)
        if m:
            self.name = m.group(1)
            return True
        return bool(self.module) and (MODINFO_FIELD_RE.match(line) is not None or line[:1] in (" ", "\t"))


def _requested(block: Block, snap: Snapshot) -> bool:
    """Is ``block`` a list of options that the person's sentence just above it (a blank line between at most)
    says are missing or asks for?"""
    if block.command or not snap.prose:
        return False
    name, number, text = placed(snap.prose[-1])
    return (name == block.name and number is not None and 0 < block.first_line - number <= 2
            and REQUEST_INTRO_RE.search(text) is not None)


def _read_line(snap: Snapshot, line: str, source: str, requested: bool = False) -> bool:
    """Take ``line`` when it tells that a module file is there, missing or built in, or is a module tool's
    message (kept as a "kernel-module" log line); False when it says nothing of modules. A config line of a
    ``requested`` list names a driver missing."""
    m = VERBOSE_INSMOD_RE.match(line) or LS_LONG_RE.match(line)
    if m:
        _module_file(snap, m.group(1))
        if m.re is VERBOSE_INSMOD_RE:
            _log(snap, line, source)
        return True
    m = NOT_FOUND_RE.match(line) or UBOX_NOT_FOUND_RE.match(line)
    if m:
        snap.kernel.driver_availability[_module(m.group(1))] = "missing"
        if m.re is NOT_FOUND_RE and m.group(2) and not snap.kernel.release:
            snap.kernel.release = m.group(2)
        _log(snap, line, source)
        return True
    if TOOL_RE.match(line):
        _log(snap, line, source)
        return True
    config = _config(line) or _bare_config(line, requested)
    if config:
        module, state = config
        state = "missing" if requested else state
        if state == "missing" or module not in snap.kernel.driver_availability:
            snap.kernel.driver_availability[module] = state
        return True
    tokens = _ko_tokens(line)
    for path in tokens:
        _module_file(snap, path)
    return bool(tokens)


def _module_file(snap: Snapshot, path: str) -> None:
    """A module file shown at ``path``: the module is there (unless known otherwise), for the release in the path."""
    snap.kernel.driver_availability.setdefault(_module(path), "module")
    _release_from(snap, path)


def _log(snap: Snapshot, line: str, source: str) -> None:
    snap.log.append(LogLine(text=line.strip(), origin="kernel-module", source=source))


def _config(line: str):
    """(module, "module"|"builtin"|"missing") for a kernel config line of a modem driver option, else None."""
    m = CONFIG_RE.match(line)
    if not m:
        return None
    option = m.group(1) or m.group(2)
    module = CONFIG_MODULES.get(option)
    if not module:
        return None
    value = "n" if m.group(1) else m.group(3)
    return module, {"m": "module", "y": "builtin"}.get(value, "missing")


def _bare_config(line: str, requested: bool):
    """(module, "missing") for a bare modem driver option name in a ``requested`` list, else None."""
    m = BARE_CONFIG_RE.match(line)
    module = CONFIG_MODULES.get(m.group(1)) if m and requested else None
    return (module, "missing") if module else None


def _modinfo(snap: Snapshot, filename: str, name: Optional[str]) -> str:
    """"filename:" of modinfo: the module file (present) or "(builtin)" after a "name:" line."""
    if filename == "(builtin)":
        if name:
            snap.kernel.driver_availability[_module(name)] = "builtin"
        return filename
    snap.kernel.driver_availability[_module(filename)] = "module"
    _release_from(snap, filename)
    return _module(filename)


def _release_from(snap: Snapshot, path: str) -> None:
    release = RELEASE_IN_PATH_RE.search(path)
    if release and not snap.kernel.release:
        snap.kernel.release = release.group(1)


def _ko_tokens(line: str) -> List[str]:
    """The module files of a listing line ("a.ko  b.ko.xz" or a path); [] unless every word is one."""
    words = line.split()
    if words and all(KO_RE.match(w) for w in words):
        return words
    return []


def _module(name: str) -> str:
    """Module name as the kernel writes it: "usb-storage.ko" -> "usb_storage"."""
    base = os.path.basename(name)
    base = re.sub(r"\.ko(\.\w+)?$", "", base)
    return base.replace("-", "_")
