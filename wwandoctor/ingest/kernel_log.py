"""Kernel log (dmesg, dmesg -T, dmesg --json) and the device facts kernel lines establish.

Accepted line forms::

    [   44.121112] usb 1-1.4: New USB device found, idVendor=12d1, idProduct=1f01    (dmesg)
    [Mon Oct 27 10:58:44 2014] cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device        (dmesg -T)
    <6>[   44.12] usb 1-7: ...  /  kern  :info  : [   44.12] usb 1-7: ...          (raw level, dmesg -x)
    usb 2-1: USB disconnect, device number 6                                       (no timestamp)
    {"pri":6, "time": 44.121112, "msg":"usb 1-7: ..."}                             (dmesg --json)

:func:`kernel_message` (also used by :mod:`.journal` for ``kernel:`` lines)
turns one message into facts: USB devices by bus path ("1-7") with ids,
strings and re-enumerations; interfaces "1-7:2.12" (configuration 2,
interface 12) with their driver, cdc-wdm control port, net interface and
ttyUSB ports (a failed bind or probe, "cdc_mbim 1-4:1.0: bind() failure",
leaves the interface unbound: driver ""); net renames; PCI modems ("mtk_t7xx 0000:04:00.0: ...") with
probe failures; wwan ports; loaded drivers; the kernel release. Every
relevant message is kept as a LogLine (origin "kernel").
"""
from __future__ import annotations

import json
import re
from typing import Dict, List, Optional, Set, Tuple

from wwandoctor import drivers, regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import (absorb, add_log, find_usb_device, net_interface, pci_device, rename_net,
                                     source_read, usb_device, usb_interface)
from wwandoctor.logs import is_relevant
from wwandoctor.snapshot import LogLine, Snapshot, UsbDevice, WwanPort

KIND = "dmesg"
COMMANDS = ("dmesg", "journalctl -k")
PRIORITY = 240

# --- line prefixes ---------------------------------------------------------------

_TS = regex_cache.compile(r"^\s*(?:<\d+>)?\[\s*(\d+\.\d+)\]\s?")
_KMSG = regex_cache.compile(r"^(\d+),\d+,(\d+),[^;]*;")  # /dev/kmsg record: "6,1201,5123456,-;usb 1-7: ..."
_KMSG_DICT = regex_cache.compile(r"^ [A-Z_]+=")  # its " SUBSYSTEM=usb" continuation lines
# dmesg -T "[Tue Oct 27 10:58:44 2015]", dmesg -H "[Oct27 10:58]" and its relative "[  +0.000123]"
_TS_HUMAN = regex_cache.compile(r"^\s*\[(?:(?:[A-Z][a-z]{2} )?[A-Z][a-z]{2}\s+\d+ \d\d:\d\d:\d\d(?: \d{4})?|"
                                r"[A-Z][a-z]{2}\d{1,2} \d\d:\d\d|\s*\+\s*\d+\.\d+)\]\s?")
_TS_ISO = regex_cache.compile(r"^\s*\[?\d{4}-\d\d-\d\d[T ,]\d\d:\d\d:\d\d[.,]?\d*(?:[+-]\d\d:?\d\d)?\]?\s")
# Asterisk's log line (main/logger.c format_log_default / format_log_plain: "[%s] %s[%d]%s: ..." with dateformat "%b %e
# %T", the date in brackets, then the level and the thread id: "[Apr 21 12:50:01] WARNING[1234]: chan_dongle.c: ..."):
# dmesg -T's stamp has its weekday and year, and no level word follows it
_ASTERISK = regex_cache.compile(r"^\s*\[[A-Z][a-z]{2}\s+\d{1,2} \d\d:\d\d:\d\d(?:\.\d+)?\]\s+[A-Z]+\[\d+\](?:\[C-[0-9a-fA-F]{8}\])?:?\s")
_LEVEL = regex_cache.compile(r"^\s*(?:<\d+>|(?:kern|user|daemon|syslog)\s*:\s*\w+\s*:)\s?")
_JSON_MSG = regex_cache.compile(r'"msg"\s*:\s*("(?:[^"\\]|\\.)*")')
_JSON_STRUCTURE = regex_cache.compile(r'^\s*[\[\]{},]*\s*(?:"\w+"\s*:\s*[^"]*)?$')  # brackets, "pri": 6, "time": 1.0
_JSON_TIME = regex_cache.compile(r'"time"\s*:\s*(\d+(?:\.\d+)?)')

# Message shapes printed by the kernel: "<drv> <dev>: ...", "<subsys>: ...".
_DEV_MSG = regex_cache.compile(r"^[\w.-]+ [\w.:/-]+(?: [\w.-]+)?: \S")
_SUBSYS_MSG = regex_cache.compile(r"^[\w.-]+: \S")
# Lines starting with a driver or subsystem the kernel log of a modem shows (GobiNet, Quectel's
# qmi_wwan_q and GobiNet's "creating qcqmi0" too), followed by the device the kernel names with a colon in it
# ("usb 1-1:", "qmi_wwan 1-1:1.4", "sd 2:0:0:0:", "usb usb1:"): a sentence that opens with a driver's name ("qmi_wwan
# module is not loaded", "usb modem not detected") is the post's prose.
_KNOWN_START = regex_cache.compile(r"^(?:(?:usb|usbcore|hub|option1?|qmi_wwan(?:_q)?|cdc_\w+|qcserial|sierra|usb-storage|scsi|"
                                   r"sd|sr|mhi\S*|mtk_t7xx|iosm|wwan|xmm7360|rndis_host|huawei_cdc_ncm|GobiNet|"
                                   r"pci) (?=\S*:)|Linux version |creating qcqmi\d+\s*$"
                                   # the module loader's refusals, which name no device: security/lockdown/lockdown.c
                                   # ("Lockdown: %s: %s is restricted; see man kernel_lockdown.7"), kernel/module/signing.c
                                   # ("Loading of %s is rejected"), kernel/module/main.c ("%s: Unknown symbol %s (err %d)")
                                   r"|Lockdown: [\w.-]+: .{1,60} is restricted; see man kernel_lockdown\.7"
                                   r"|Loading of (?:unsigned module|module with unavailable key) is rejected"
                                   r"|[\w-]+: Unknown symbol \w+ \(err -?\d+\))")

_LSMOD_ROW = regex_cache.compile(r"^\s*\w+\s+\d+\s+(?:\d+|-)(?:\s+\S.*)?$")

# "...", "[...]", "…" lines people put where they cut a log
ELISION = regex_cache.compile(r"^\s*(?:\[\s*(?:\.\.\.|…)\s*\]|\.{2,}|…|<snip>|\[snip\]|-- snip --)\s*$", re.I)


def split_prefix(line: str) -> Tuple[Optional[float], str, bool]:
    """(time, message, had_prefix) of one dmesg line."""
    had = False
    m = _KMSG.match(line)
    if m:
        return int(m.group(2)) / 1e6, line[m.end():].rstrip(), True
    m = _LEVEL.match(line)
    if m:
        line, had = line[m.end():], True
    m = _TS.match(line)
    if m:
        return float(m.group(1)), line[m.end():].rstrip(), True
    m = _TS_HUMAN.match(line) or _TS_ISO.match(line)
    if m:
        return None, line[m.end():].rstrip(), True
    return None, line.strip(), had


def _json_message(line: str, last_time: Optional[float]) -> Tuple[Optional[str], Optional[float]]:
    """(message, time) from a dmesg --json line; message None when the line has no "msg"."""
    t = _JSON_TIME.search(line)
    if t:
        last_time = float(t.group(1))
    m = _JSON_MSG.search(line)
    if not m:
        return None, last_time
    try:
        return json.loads(m.group(1)), last_time
    except ValueError:
        return None, last_time


def is_driver_message(text: str) -> bool:
    """A kernel message of a modem driver, even without a timestamp: "GobiNet 1-1:1.4 eth1: register
    'GobiNet' ...", "creating qcqmi0", "usbcore: registered new interface driver GobiNet"."""
    text = text.strip()
    return bool(_KNOWN_START.match(text) or _INTF.match(text) or _REGISTERED.match(text))


def looks_like_kernel_message(text: str) -> bool:
    return bool(_KNOWN_START.match(text) or _DEV_MSG.match(text) or _SUBSYS_MSG.match(text))


# a device name carries its instance number ("2-2.1:1.0", "host1", "0000:00:14.0", "wwan0")
_NUMBERED_DEV_MSG = regex_cache.compile(r"^[\w.-]+ [\w.:/-]*\d[\w.:/-]*(?: [\w.-]+)?: \S")


def bare_kernel_message(text: str) -> bool:
    """An unstamped line among a kernel log's lines that is the kernel's: another tool's output pasted between
    them ("Found device: 1c9e:f000 (...)", OpenWrt usbmode -l) names no numbered device and is left to its reader."""
    return bool(_KNOWN_START.match(text) or _NUMBERED_DEV_MSG.match(text) or _SUBSYS_MSG.match(text))


# --- detect / parse --------------------------------------------------------------

def detect(block: Block) -> int:
    lines = block.content()
    if not lines:
        return 0
    head = "\n".join(lines[:5])
    if '"dmesg"' in head or (lines and _JSON_MSG.search(lines[0]) and '"pri"' in "".join(lines[:3])):
        return 95
    stamped = sum(1 for ln in lines if (_TS.match(ln) or _TS_HUMAN.match(ln) or _KMSG.match(ln) or _KMSG_DICT.match(ln)
                                        or (_LEVEL.match(ln) and _TS.match(ln[_LEVEL.match(ln).end():])))
                  and not _ASTERISK.match(ln))
    # journalctl -o short-monotonic also starts with "[ 44.1]" but goes on with "host ident:"
    journal_like = sum(1 for ln in lines if _TS.match(ln) and re.match(
        r"^\S+ (?:kernel|[\w.-]+\[\d+\]): ", ln[_TS.match(ln).end():]))
    if stamped and stamped - journal_like >= 0.5 * len(lines):
        return 90
    # an lsmod row "qmi_wwan  36864  0" starts with a driver name but is no kernel message
    known = sum(1 for ln in lines if _KNOWN_START.match(ln.strip()) and not _LSMOD_ROW.match(ln))
    shaped = sum(1 for ln in lines if looks_like_kernel_message(ln.strip()))
    cmd = block.command or ""
    if re.search(r"(^|[|;&]\s*|sudo\s+)dmesg\b", cmd):
        return 80 if shaped else 40
    if known and known + stamped >= 0.5 * len(lines):
        return 70
    if known and shaped >= 0.7 * len(lines):
        return 55
    return 0


# a command that keeps only the kernel lines matching a pattern: "dmesg | grep -i usb", "journalctl -k |
# egrep ...", "grep usb /var/log/kern.log" (grep -v drops lines instead and is not one)
LOG_FILTER_RE = regex_cache.compile(
    r"(?:\b(?:dmesg|journalctl|logread|cat\s+/var/log/\S+)\b[^|]*\|\s*(?:sudo\s+)?|^\s*(?:sudo\s+)?)"
    r"(?:[ef]?grep|rg|ag)\b(?![^|]*\s-\w*v)[^|]*?(?:/var/log/\S+|$|\|)")


def log_filter(command: Optional[str]) -> Optional[str]:
    """The command when it filters a kernel log by pattern, else None."""
    cmd = (command or "").strip()
    if not cmd or not LOG_FILTER_RE.search(cmd):
        return None
    if not re.search(r"\b(?:dmesg|journalctl|logread)\b|/var/log/", cmd) and not cmd.lstrip().startswith(("grep", "egrep")):
        return None
    return cmd


def parse(block: Block, snap: Snapshot) -> List[str]:
    """Parse dmesg lines: device facts into ``snap``, relevant lines into snap.log."""
    state = KernelState()
    snap.kernel.log_filter = snap.kernel.log_filter or log_filter(block.command)
    left: List[str] = []
    score = detect(block)
    json_mode = score == 95
    stamped_mode = score == 90  # most lines carry a timestamp: bare lines must look plainly like the kernel's
    last_time: Optional[float] = None
    source = "paste:" + (block.name or "-")
    for line in block.lines:
        if not line.strip() or ELISION.match(line) or _KMSG_DICT.match(line):
            continue
        if json_mode:
            msg, last_time = _json_message(line, last_time)
            if msg is not None:
                kernel_message(snap, msg, last_time, source, state)
            elif '"msg"' in line or not _JSON_STRUCTURE.match(line):  # a cut message is not understood
                left.append(line)
            continue
        time, text, had_prefix = split_prefix(line)
        if not text:
            continue
        bare_ok = not line.startswith(("\t", "  ")) and (  # kernel messages are not indented (one stray space is)
            _KNOWN_START.match(text) if stamped_mode else bare_kernel_message(text))
        if had_prefix or bare_ok:
            kernel_message(snap, text, time, source, state)
        else:
            left.append(line)
    if source_read(snap, block, left, "paste:dmesg"):
        if "kernel-log" not in snap.sources:
            snap.set_source("kernel-log", "ok", "pasted")
    return left


# --- one kernel message -> facts ---------------------------------------------------

class KernelState:
    """What a sequence of kernel messages carries over from line to line."""

    def __init__(self) -> None:
        # serial interfaces detected ("option 2-1.3:1.2: GSM modem ... detected") awaiting their
        # "usb 2-1.3: ... now attached to ttyUSB2" line, per device path
        self.pending_serial: Dict[str, List[Tuple[int, Optional[int]]]] = {}
        # paths re-enumerated whose id is still the one before (until their "New USB device found")
        self.presumed_id: Set[str] = set()


_SPEEDS = {"low-speed": "1.5", "full-speed": "12", "high-speed": "480", "wireless": "480",
           "SuperSpeed": "5000", "SuperSpeed Plus": "10000", "SuperSpeed Plus Gen 2x1": "10000",
           "SuperSpeed Plus Gen 1x2": "10000", "SuperSpeed Plus Gen 2x2": "20000", "enhanced SuperSpeed": "5000"}

USB_PATH = r"\d+-\d+(?:\.\d+)*"
PCI_ADDR = r"(?:[0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7]"
_NEW_DEV = regex_cache.compile(r"^usb (%s): (new|reset) (.+?) USB device number (\d+) using (\S+)" % USB_PATH)
# The same message in the wording of old kernels (hub_port_init: "%s %s speed %sUSB device using %s and
# address %d"), e.g. "usb 2-1: new high speed USB device using ehci_hcd and address 4".
_NEW_DEV_OLD = regex_cache.compile(r"^usb (%s): (new|reset) (\w+ speed) (?:Wireless )?USB device using (\S+) and address (\d+)"
                                   % USB_PATH)
_OLD_SPEEDS = {"low speed": "low-speed", "full speed": "full-speed", "high speed": "high-speed", "super speed": "SuperSpeed"}
_FOUND = regex_cache.compile(r"^usb (%s): New USB device found, idVendor=([0-9a-fA-F]{4}), idProduct=([0-9a-fA-F]{4})" % USB_PATH)
_STRING = regex_cache.compile(r"^usb (%s): (Product|Manufacturer|SerialNumber): (.*)$" % USB_PATH)
_INTF = regex_cache.compile(r"^(?P<drv>[\w-]+) (?P<path>%s):(?P<cfg>\d+)\.(?P<intf>\d+)(?::| (?P<net>[\w.-]+):) (?P<msg>.*)$"
                            % USB_PATH)
_PCI = regex_cache.compile(r"^(?P<drv>[\w-]+) (?P<addr>%s)(?::| (?P<net>[\w.-]+):) (?P<msg>.*)$" % PCI_ADDR)
_PROBE_FAILED = regex_cache.compile(r"^([\w-]+): probe of (\S+) failed with error (-?\d+)")
# A driver's own line saying it failed to bind the interface ("cdc_mbim 1-4:1.0: bind() failure",
# "qmi_wwan 1-1:1.4: probe with driver qmi_wwan failed with error -22").
_BIND_FAILED = regex_cache.compile(r"^bind\(\) failure|^probe\b.*\bfailed")
_REGISTERED = regex_cache.compile(r"^usbcore: registered new (?:interface |device )?driver (\S+)")
_RENAMED = regex_cache.compile(r"^(?:[\w-]+ \S+ )?([\w.-]+): renamed from ([\w.-]+)")
_WWAN_PORT = regex_cache.compile(r"^wwan (wwan\d+): port (\S+) attached")
_LINUX_VERSION = regex_cache.compile(r"^Linux version (\S+)")
_PCI_ENUM = regex_cache.compile(r"^pci (%s): \[([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\] type \w+ class 0x([0-9a-fA-F]{6})" % PCI_ADDR)
_REGISTER_NET = regex_cache.compile(r"^register '([\w-]+)' at (\S+), (.*?)(?:, ((?:[0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}))?$")

# Drivers whose "<drv> <dev>:" lines do not bind a driver to an interface.
_NOT_BINDING = frozenset(("usb", "usbcore", "hub", "usbfs"))
# Known modem PCI drivers (kernel log names: "mhi-pci" in older kernels, and the MHI clients).
PCI_LOG_DRIVERS = frozenset(drivers.PCI_MODEM_DRIVERS + drivers.VENDOR_PCI_DRIVERS + ("mhi-pci",)
                              + drivers.MHI_CLIENT_DRIVERS)
_WWAN_PORT_TYPES = (("mbim", "MBIM"), ("qmi", "QMI"), ("at", "AT"), ("qcdm", "QCDM"), ("firehose", "FIREHOSE"),
                    ("xmmrpc", "XMMRPC"), ("fastboot", "FASTBOOT"), ("adb", "ADB"), ("mipc", "MIPC"))
# A log naming more USB devices than this is not about one machine's modems: stop creating entries.
MAX_USB_DEVICES = 64


def kernel_message(snap: Snapshot, text: str, time: Optional[float], source: str,
                   state: Optional[KernelState] = None) -> bool:
    """Take the facts of one kernel message into ``snap``; keep it as a LogLine when relevant.

    Returns True when the message was relevant (kept)."""
    state = state or KernelState()
    text = text.strip()
    try:
        _facts(snap, text, state)
    except (ValueError, IndexError):  # odd numbers in a damaged line: keep the line, skip the fact
        pass
    if is_relevant(text):
        add_log(snap, LogLine(text=text, origin="kernel", time=time, source=source))
        return True
    return False


def _busnum(path: str) -> Optional[int]:
    try:
        return int(path.split("-", 1)[0])
    except ValueError:
        return None


def _device(snap: Snapshot, path: str) -> Optional[UsbDevice]:
    if find_usb_device(snap, path=path) is None and len(snap.usb_devices) >= MAX_USB_DEVICES:
        return None
    return usb_device(snap, path=path, busnum=_busnum(path))


def _reenumerated(snap: Snapshot, dev: UsbDevice, keep_identity: bool = False) -> UsbDevice:
    """A new device appeared at the same path: start a fresh entry in place of the old one.

    It keeps the old identity until its own "New USB device found" line says otherwise: a modem
    resetting in a loop re-enumerates under the same id, and a paste often ends before the last
    enumeration's id line."""
    fresh = UsbDevice(path=dev.path, busnum=dev.busnum)
    if keep_identity:
        fresh.vid, fresh.pid, fresh.manufacturer, fresh.product = dev.vid, dev.pid, dev.manufacturer, dev.product
    snap.usb_devices[snap.usb_devices.index(dev)] = fresh
    return fresh


def _numbered_device(snap: Snapshot, path: str, devnum: int, state: KernelState) -> Optional[UsbDevice]:
    """The device "usb <path>: new ... USB device number <devnum>" announces.

    An entry already known by bus/device number (from lsusb) takes the path;
    an older device at the same path (before a re-enumeration) is replaced."""
    busnum = _busnum(path)
    at_path = next((d for d in snap.usb_devices if d.path == path), None)
    by_number = next((d for d in snap.usb_devices if d.path is None and d.busnum == busnum
                      and d.devnum == devnum), None)
    if by_number is not None:
        by_number.path = path
        if at_path is not None:
            snap.usb_devices.remove(at_path)
        return by_number
    if at_path is not None and at_path.devnum is not None and at_path.devnum != devnum:
        state.presumed_id.add(path)
        return _reenumerated(snap, at_path, keep_identity=True)
    return _device(snap, path)


def _join_listed(snap: Snapshot, dev: UsbDevice) -> None:
    """Merge into ``dev`` the one path-less entry (from lsusb) that is the same device by bus and ids."""
    same = [d for d in snap.usb_devices if d is not dev and d.path is None and (d.vid, d.pid) == (dev.vid, dev.pid)
            and d.busnum in (None, dev.busnum) and (d.devnum is None or dev.devnum is None or d.devnum == dev.devnum)]
    if len(same) == 1:
        absorb(snap, dev, same[0])


def _facts(snap: Snapshot, text: str, state: KernelState) -> None:
    if text.startswith("usb "):
        _usb_core(snap, text, state)
        return
    m = _INTF.match(text)
    if m:
        _interface_message(snap, m, state)
        return
    m = _PCI_ENUM.match(text)
    if m:
        if m.group(4).lower().startswith("0d"):  # wireless controller (0d40 = cellular)
            dev = pci_device(snap, m.group(1))
            dev.vendor, dev.device, dev.class_code = m.group(2).lower(), m.group(3).lower(), m.group(4).lower()
        return
    m = _PCI.match(text)
    if m:
        _pci_message(snap, m)
        return
    m = _PROBE_FAILED.match(text)
    if m:
        drv, target = m.group(1), m.group(2)
        usb = re.match(r"^(%s):(\d+)\.(\d+)$" % USB_PATH, target)
        if usb:  # "qmi_wwan: probe of 1-7:1.8 failed with error -22": nothing bound there
            dev = _device(snap, usb.group(1))
            if dev is not None:
                _unbound(usb_interface(dev, int(usb.group(3)), int(usb.group(2))), drv)
        elif re.match("^%s$" % PCI_ADDR, target) and drv in PCI_LOG_DRIVERS:
            dev = pci_device(snap, target)
            dev.driver = ""  # the probe failed: nothing is bound (a later successful probe sets it again)
        return
    m = _REGISTERED.match(text)
    if m:
        snap.kernel.driver_availability.setdefault(m.group(1), "loaded")
        return
    m = _WWAN_PORT.match(text)
    if m:
        _wwan_port(snap, m.group(1), m.group(2))
        return
    m = _RENAMED.match(text)
    if m:
        rename_net(snap, m.group(2), m.group(1))
        return
    m = _LINUX_VERSION.match(text)
    if m and snap.kernel.release is None:
        snap.kernel.release = m.group(1)
        snap.kernel.version_line = text


def _usb_core(snap: Snapshot, text: str, state: KernelState) -> None:
    m = _NEW_DEV.match(text)
    old = None if m else _NEW_DEV_OLD.match(text)
    if m or old:
        if m:
            path, kind, speed, devnum = m.group(1), m.group(2), m.group(3), int(m.group(4))
        else:
            path, kind, devnum = old.group(1), old.group(2), int(old.group(5))
            speed = _OLD_SPEEDS.get(old.group(3), old.group(3))
        dev = _numbered_device(snap, path, devnum, state) if kind == "new" else _device(snap, path)
        if dev is None:
            return
        dev.devnum = devnum
        speed_key = re.sub(r"^(?:new |reset )", "", speed).strip()
        if speed_key in _SPEEDS:
            dev.speed = _SPEEDS[speed_key]
        return
    m = _FOUND.match(text)
    if m:
        dev = _device(snap, m.group(1))
        if dev is None:
            return
        vid, pid = m.group(2).lower(), m.group(3).lower()
        if m.group(1) in state.presumed_id:  # the id carried over from before the re-enumeration is replaced
            state.presumed_id.discard(m.group(1))
            if (dev.vid, dev.pid) != (vid, pid):
                dev.manufacturer = dev.product = None
        elif (dev.vid, dev.pid) != (None, None) and (dev.vid, dev.pid) != (vid, pid):
            dev = _reenumerated(snap, dev)
        dev.vid, dev.pid = vid, pid
        _join_listed(snap, dev)
        return
    m = _STRING.match(text)
    if m:
        dev = _device(snap, m.group(1))
        if dev is not None:
            attr = {"Product": "product", "Manufacturer": "manufacturer", "SerialNumber": "serial"}[m.group(2)]
            setattr(dev, attr, m.group(3).strip())
        return
    attached = drivers.serial_port_attached(text)
    if attached:
        _attached(snap, *attached, state)


def _attached(snap: Snapshot, path: str, description: str, tty: str, state: KernelState) -> None:
    """A usb-serial driver attached ``tty`` to the device at ``path``: the port of the interface its "converter
    detected" line named, or, that line not shown, a port of the device's (a driver is bound to it)."""
    pending = state.pending_serial.get(path) or []
    dev = find_usb_device(snap, path=path)
    if pending and dev is not None:
        number, cfg = pending.pop(0)
        intf = usb_interface(dev, number, cfg)
        if tty not in intf.tty:
            intf.tty.append(tty)
        return
    dev = dev or _device(snap, path)
    if dev is not None and not any(tty in i.tty for i in dev.interfaces):
        dev.attached_tty[tty] = drivers.modem_serial_driver(description)


def _interface_message(snap: Snapshot, m, state: KernelState) -> None:
    drv, path, cfg, number, net, msg = (m.group("drv"), m.group("path"), int(m.group("cfg")),
                                        int(m.group("intf")), m.group("net"), m.group("msg"))
    if drv in _NOT_BINDING:
        return
    dev = _device(snap, path)
    if dev is None:
        return
    intf = usb_interface(dev, number, cfg)
    dev.active_config = cfg
    if _BIND_FAILED.search(msg):  # "cdc_mbim 1-4:1.0: bind() failure": the driver did not bind
        _unbound(intf, drv)
        return
    if not msg.startswith(("unregister ", "device disconnected")) and "disconnected" not in msg:
        intf.driver = drv
    if net:
        _net_message(snap, dev, intf, drv, path, cfg, number, net, msg)
        return
    wdm = re.match(r"^(cdc-wdm\d+): USB WDM device", msg)
    if wdm:
        if wdm.group(1) not in intf.control_ports:
            intf.control_ports.append(wdm.group(1))
        return
    acm = re.match(r"^(ttyACM\d+): USB ACM device", msg)
    if acm:
        if acm.group(1) not in intf.tty:
            intf.tty.append(acm.group(1))
        return
    if re.search(r"converter detected$", msg):
        queue = state.pending_serial.setdefault(path, [])
        queue.append((number, cfg))


def _unbound(intf, drv: str) -> None:
    """``drv`` failed to bind ``intf``: unbound ("") unless another driver holds it."""
    if intf.driver in (None, drv):
        intf.driver = ""


def _net_message(snap: Snapshot, dev: UsbDevice, intf, drv: str, path: str, cfg: int, number: int,
                 net: str, msg: str) -> None:
    reg = _REGISTER_NET.match(msg)
    if reg:
        iface = net_interface(snap, net)
        iface.driver = reg.group(1)
        iface.parent = "usb:%s:%d.%d" % (path, cfg, number)
        if reg.group(4):
            iface.mac = reg.group(4).lower()
        if ("WWAN" in reg.group(3) or "Mobile Broadband" in reg.group(3) or net.startswith("wwan")
                or drv in drivers.CONTROL_DRIVERS):
            iface.devtype = iface.devtype or "wwan"
        if net not in intf.net:
            intf.net.append(net)
        return
    ren = re.match(r"^renamed from ([\w.-]+)", msg)
    if ren:
        rename_net(snap, ren.group(1), net)
        if net not in intf.net:
            intf.net.append(net)
        return
    if msg.startswith("unregister "):
        return
    if net not in intf.net and re.match(r"^(?:wwan|usb|eth|ww|enx|rmnet)", net):
        intf.net.append(net)
        net_interface(snap, net)


def _pci_message(snap: Snapshot, m) -> None:
    drv, addr, msg = m.group("drv"), m.group("addr"), m.group("msg")
    if drv not in PCI_LOG_DRIVERS and drv != "pci":
        return
    if drv == "pci":
        return
    dev = pci_device(snap, addr)
    if dev.driver is None or dev.driver == "":
        dev.driver = drv.replace("-", "_") if drv.startswith("mhi") else drv
    found = re.match(r"^MHI PCI device found: (\S+)", msg)
    if found:
        dev.name = found.group(1)
    if m.group("net") and m.group("net") not in dev.net:
        dev.net.append(m.group("net"))


def _wwan_port(snap: Snapshot, wwan_dev: str, port: str) -> None:
    """"wwan wwan0: port wwan0mbim0 attached": the port, and its parent when only one modem can own it."""
    if any(p.name == port for p in snap.wwan_ports):
        return
    suffix = port[len(wwan_dev):] if port.startswith(wwan_dev) else port
    ptype = next((t for key, t in _WWAN_PORT_TYPES if suffix.startswith(key)), None)
    entry = WwanPort(name=port, type=ptype, wwan_device=wwan_dev)
    snap.wwan_ports.append(entry)
    pci = [d for d in snap.pci_devices if d.driver]
    usb = [d for d in snap.usb_devices if any(i.control_ports for i in d.interfaces)]
    if len(pci) + len(usb) == 1:
        if pci:
            entry.parent = "pci:" + pci[0].address
            pci[0].wwan_ports.append(port)
        else:
            entry.parent = "usb:" + (usb[0].path or "")
