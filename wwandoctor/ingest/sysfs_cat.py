"""Pasted sysfs reads: ``cat``/``grep .``/``head`` of attributes, ``ls``/``ls -l``/``readlink`` of links, ``mokutil``.

    $ cat /sys/class/net/wwan0/qmi/raw_ip                      (the command names the file)
    Y
    $ grep . /sys/bus/usb/devices/1-7/{bConfigurationValue,bNumConfigurations}
    /sys/bus/usb/devices/1-7/bConfigurationValue:1
    /sys/bus/usb/devices/1-7/bNumConfigurations:2
    $ cat /sys/class/rfkill/rfkill*/{name,type,soft,hard}      (4 groups of N values, in glob order)
    dell-wwan
    wwan
    0
    0
    $ ls -l /sys/class/usbmisc/*/device/driver
    lrwxrwxrwx 1 root root 0 Mar  4 10:12 /sys/class/usbmisc/cdc-wdm0/device/driver -> ../../../../../../bus/usb/drivers/qmi_wwan
    $ ls -l /sys/class/net/
    lrwxrwxrwx 1 root root 0 Mar  4 10:12 wwan0 -> ../../devices/pci0000:00/0000:00:14.0/usb1/1-7/1-7:1.8/net/wwan0
    $ readlink -f /sys/class/usbmisc/cdc-wdm0/device/driver
    /sys/bus/usb/drivers/qmi_wwan
    $ ls /sys/class/wwan
    wwan0  wwan0qmi0
    $ cat /sys/kernel/security/lockdown
    none [integrity] confidentiality
    $ mokutil --sb-state
    SecureBoot enabled

-> NetInterface (raw_ip, type, driver, parent...), UsbDevice (ids, active_config,
num_configs, power/control), UsbInterface (driver, control_ports, net, wwan_ports),
WwanPort, RfkillSwitch, PciDevice (t7xx_mode, ids, driver), KernelInfo (lockdown,
secure_boot). Values whose file cannot be told (``cat /sys/class/net/*/type``
with several interfaces) and control-port drivers whose interface is not known
yet are kept as LogLines (origin "sysfs", "<path>: <value>" / "<path> -> <target>");
:func:`finish` attaches them once the rest of the paste is parsed.
"""
from __future__ import annotations

import fnmatch
import re
import shlex
from dataclasses import dataclass
from typing import List, Optional, Tuple

from wwandoctor.decode import sysfs_attrs
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import add_log, command_tool, net_interface, pci_device, usb_device, usb_interface
from wwandoctor.snapshot import LogLine, RfkillSwitch, Snapshot, WwanPort

KIND = "sysfs"
PRIORITY = 40
SOURCE = "paste:sysfs"

PROGRAMS = ("cat", "grep", "egrep", "head", "tail", "ls", "readlink", "realpath")
COMMANDS = PROGRAMS + ("mokutil --sb-state",)  # on /sys and /proc paths
USB_DEV = re.compile(r"^\d+-\d+(?:\.\d+)*$")
USB_IF = re.compile(r"^(\d+-\d+(?:\.\d+)*):(\d+)\.(\d+)$")
PCI_ADDR = re.compile(r"^(?:[0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7]$")
WWAN_PORT = re.compile(r"^wwan\d+(at|mbim|qmi|qcdm|firehose|xmmrpc|fastboot|adb|mipc)\d+$")
CLASSES = ("net", "usbmisc", "wwan", "rfkill")
MAX_ARGS = 256  # file arguments taken from one command (brace expansion is exponential)

# "/sys/class/net/wwan0/qmi/raw_ip:Y" (grep); a colon inside "1-7:1.8/" or "0000:04:00.0/" belongs to the path
GREP_LINE = re.compile(r"^(/sys/\S+?):(?![0-9a-fA-F.:]+/)(.*)$")
HEAD_HEADER = re.compile(r"^==> (/sys/\S+) <==$")
LS_HEADER = re.compile(r"^(/sys/\S*):$")
LS_LONG = re.compile(r"^[-lbcdps][-rwxsStT]{9}[.+@]?\s+\d+\s+\S+\s+\S+\s+[\d, ]+\s+"
                     r"(?:[A-Z][a-z]{2}\s+\d+\s+[\d:]+|\d+\s+[A-Z][a-z]{2}\s+[\d:]+|\d{4}-\d\d-\d\d\s+[\d:.]+(?:\s+[+-]\d{4})?)\s+"
                     r"(.+?)(?:\s+->\s+(\S+))?$")
ERROR_LINE = re.compile(r"^(?:[\w.-]+): (?:cannot access |cannot open |cannot read )?'?(/sys/[^']*?)'?: "
                        r"(No such file or directory|Permission denied|Operation not permitted|Invalid argument|"
                        r"No such device|Input/output error|Is a directory|Not a directory)\s*$")
LOCKDOWN = re.compile(r"^\s*(?:\[?none\]?\s+)?\[?integrity\]?\s+\[?confidentiality\]?\s*$")
SECURE_BOOT = re.compile(r"^\s*SecureBoot (enabled|disabled)\s*$")
NO_SECURE_BOOT = re.compile(r"^\s*(?:This system doesn't support Secure Boot|EFI variables are not supported on this system)")
MOKUTIL_OTHER = re.compile(r"^\s*(?:SecureBoot validation is (?:enabled|disabled) in shim|Platform is in (?:Setup|User) Mode)")
SYSFS_LOG = re.compile(r"^(/sys/\S+)(?: -> (\S+)|: (.*))$")


@dataclass
class SysPath:
    """What a sysfs path is about: the innermost object, its attribute and the devices above it."""
    kind: str  # net usbmisc wwan rfkill usb usbif usbroot pci lockdown module
    key: str  # wwan0, cdc-wdm0, wwan0qmi0, rfkill2, 1-7, 1-7:1.8, 0000:04:00.0
    attr: str  # qmi/raw_ip, type, device/driver, "" (the object itself)
    usbif: Optional[str] = None  # enclosing USB interface "1-7:1.8"
    pci: Optional[str] = None  # enclosing PCI device
    bound: Optional[str] = None  # the driver of /sys/bus/*/drivers/<driver>/<device>


def parse_path(path: str) -> Optional[SysPath]:
    """Split a sysfs path (absolute, or a relative link target "../../devices/...") into a SysPath."""
    comps = [c for c in path.strip().split("/") if c not in ("", ".", "..")]
    if comps[:1] == ["sys"]:
        comps = comps[1:]
    if comps[:3] == ["kernel", "security", "lockdown"]:
        return SysPath("lockdown", "", "")
    if comps[:1] == ["module"] and len(comps) >= 2:  # /sys/module/qmi_wwan[/initstate]
        return SysPath("module", comps[1], "/".join(comps[2:]))
    found = None  # (index, kind, key)
    usbif = pci = bound = None
    i = 0
    while i < len(comps):
        c = comps[i]
        nxt = comps[i + 1] if i + 1 < len(comps) else None
        if c == "drivers" and nxt and i + 2 < len(comps):
            bound = nxt
            i += 2
            continue
        if c in CLASSES and nxt and (found is None or found[1] in ("usbif", "pci", "usb")):
            key, step = nxt, 2
            if c == "wwan" and i + 2 < len(comps) and WWAN_PORT.match(comps[i + 2]):
                key, step = comps[i + 2], 3
            found = (i + step, c, key)
            i += step
            continue
        if found is None or found[1] in ("usb", "usbif", "pci", "usbroot"):
            kind = ("usbif" if USB_IF.match(c) else "usb" if USB_DEV.match(c) or c.startswith("id=") else
                    "pci" if PCI_ADDR.match(c) else "usbroot" if re.match(r"^usb\d+$", c) else None)
            if kind is None and _is_glob(c) and comps[i - 2:i] in (["usb", "devices"], ["pci", "devices"]):
                kind = comps[i - 2]  # /sys/bus/usb/devices/*/idVendor
            if kind:
                if kind == "usbif":
                    usbif = c
                elif kind == "pci" and not _is_glob(c):
                    pci = c.lower() if c.count(":") == 2 else "0000:" + c.lower()
                found = (i + 1, kind, pci if kind == "pci" and pci else c)
        i += 1
    if found is None:
        return None
    index, kind, key = found
    return SysPath(kind, key, "/".join(comps[index:]), usbif=usbif, pci=pci, bound=bound if kind in ("usbif", "pci") else None)


# --- command lines ------------------------------------------------------------

def _command(block: Block) -> Tuple[Optional[str], List[str]]:
    """(program, path arguments with braces expanded) of the block's command."""
    cmd = (block.command or "").split("|")[0]
    cmd = re.split(r"\s(?:2?>|&&|;)", cmd)[0]
    prog = command_tool(cmd)
    try:
        words = shlex.split(cmd)
    except ValueError:
        words = cmd.split()
    args: List[str] = []
    for w in words:
        if w.startswith("/sys/"):
            args.extend(_braces(w))
    return prog, args[:MAX_ARGS]


def _braces(word: str) -> List[str]:
    """Bash brace expansion: "/a/{b,c}/d" -> ["/a/b/d", "/a/c/d"] (nested ones too), at most MAX_ARGS words."""
    m = re.search(r"\{([^{}]*,[^{}]*)\}", word)
    if not m:
        return [word]
    out: List[str] = []
    for part in m.group(1).split(","):
        out.extend(_braces(word[:m.start()] + part + word[m.end():]))
        if len(out) >= MAX_ARGS:
            return out[:MAX_ARGS]
    return out


def _is_glob(path: str) -> bool:
    return any(ch in path for ch in "*?[")


# --- detect / parse -------------------------------------------------------------

def _content_line(line: str) -> bool:
    m = LS_LONG.match(line)
    if m and ("/sys/" in line or "../devices/" in line or "/drivers/" in line):
        return True
    return bool(GREP_LINE.match(line) or HEAD_HEADER.match(line) or LOCKDOWN.match(line) or SECURE_BOOT.match(line)
                or NO_SECURE_BOOT.match(line) or (ERROR_LINE.match(line) and "/sys/" in line))


# A question or sentence of the person's (three words or more, then "?"; four plain words or more
# ending in a stop, a colon or a comma): no sysfs file holds one.
_QUESTION = re.compile(r"^\w+(?: [\w',]+){2,}\?(?:\s|$)|^[A-Za-z][a-z']*(?:,? [A-Za-z][a-z']*){3,}[.!?:,]$")


def detect(block: Block) -> int:
    prog, args = _command(block)
    if prog == "mokutil" and "sb-state" in (block.command or ""):
        return 95
    if prog in PROGRAMS and args and not any(a.startswith("/sys/kernel/debug/") for a in args):
        return 90
    lines = block.content()
    hits = sum(1 for ln in lines if _content_line(ln))
    if hits and hits * 2 >= len(lines):
        return 85
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    prog, args = _command(block)
    reader = _Reader(snap, prog, args)
    left = []
    for line in block.lines:
        if line.strip() and not reader.line(line):
            left.append(line)
    left.extend(reader.flush())
    finish(snap)
    if reader.understood:
        snap.set_source(SOURCE, "ok")
    return left


class _Reader:
    """Reads the output lines of one sysfs command."""

    def __init__(self, snap: Snapshot, prog: Optional[str], args: List[str]) -> None:
        self.snap = snap
        self.prog = prog if prog in PROGRAMS or prog == "mokutil" else None
        self.args = args
        self.values: List[str] = []  # bare values of cat/readlink, mapped to args in flush()
        self.current: Optional[str] = None  # the file of "==> f <==" (head) or the directory of "dir:" (ls)
        self.understood = False

    def ok(self) -> bool:
        self.understood = True
        return True

    def line(self, line: str) -> bool:
        text = line.strip()
        if text.startswith("total ") and text[6:].isdigit():
            return True
        m = ERROR_LINE.match(text)
        if m:
            _missing(self.snap, m.group(1))
            if m.group(1) in self.args:
                self.args.remove(m.group(1))
            return self.ok()
        m = SECURE_BOOT.match(text)
        if m or NO_SECURE_BOOT.match(text):
            self.snap.kernel.secure_boot = bool(m) and m.group(1) == "enabled"
            return self.ok()
        if MOKUTIL_OTHER.match(text):
            return self.ok()
        if LOCKDOWN.match(text) and (self.prog is None or not self.args or self.args[0].startswith("/sys/kernel/security")):
            return _apply_value(self.snap, SysPath("lockdown", "", ""), text) and self.ok()
        m = HEAD_HEADER.match(text) or LS_HEADER.match(text)
        if m:
            self.current = m.group(1).rstrip("/")
            return self.ok()
        m = LS_LONG.match(text)
        if m:
            return self._ls_long(m.group(1), m.group(2)) and self.ok()
        m = GREP_LINE.match(text)
        if m and self.prog != "ls" and not (self.prog in ("readlink", "realpath")):
            return _apply(self.snap, m.group(1), m.group(2)) and self.ok()
        if self.prog == "ls":
            return self._ls_names(text) and self.ok()
        if self.current and self.prog in ("head", "tail"):
            return _apply(self.snap, self.current, text) and self.ok()
        if self.prog in ("cat", "grep", "egrep", "head", "tail", "readlink", "realpath") and self.args:
            if _QUESTION.search(text):  # "Any idea what is wrong?" below the value: the person's words
                return False
            if self._wrapped_arguments(text):
                return True
            self.values.append(text)
            return True
        return False

    def _wrapped_arguments(self, text: str) -> bool:
        """A cat's first output line that holds only /sys paths is the rest of its command, which a mail
        client or a forum wrapped ("$ cat .../1-4/idVendor" + ".../1-4/idProduct"): sysfs attributes hold
        values, never a /sys path (readlink's and grep's lines do, so only cat's are read this way)."""
        words = text.split()
        if self.prog != "cat" or self.values or not all(w.startswith("/sys/") for w in words):
            return False
        for word in words:
            self.args.extend(_braces(word))
        del self.args[MAX_ARGS:]
        return True

    def _ls_long(self, name: str, target: Optional[str]) -> bool:
        path = name if name.startswith("/") else "%s/%s" % (self._dir() or "", name)
        if not path.startswith("/sys/"):
            return False
        if target is None:
            return _exists(self.snap, path)
        return _apply_link(self.snap, path, target)

    def _dir(self) -> Optional[str]:
        if self.current:
            return self.current
        plain = [a for a in self.args if not _is_glob(a)]
        return plain[0].rstrip("/") if len(plain) == 1 else None

    def _ls_names(self, text: str) -> bool:
        base = self._dir()
        if base is None:
            return False
        names = text.split()
        return all(_exists(self.snap, "%s/%s" % (base, n.rstrip("/@*"))) for n in names)

    def flush(self) -> List[str]:
        """Map the bare values to the files the command names; returns the values it could not map."""
        values, self.values = self.values, []
        if not values:
            return []
        link = self.prog in ("readlink", "realpath")
        files = list(self.args)
        if len(files) == 1 and not _is_glob(files[0]) and not link:
            if _apply_lines(self.snap, files[0], values):
                self.understood = True
                return []
            return values
        if files and not any(_is_glob(f) for f in files) and len(files) == len(values):
            pairs = list(zip(files, values))
        else:
            pairs = _glob_pairs(self.snap, files, values)
        if pairs is None:
            return values
        apply = _apply_link if link else _apply
        left = [value for path, value in pairs if not apply(self.snap, path, value)]
        self.understood = self.understood or len(left) < len(pairs)
        return left


def _apply_lines(snap: Snapshot, path: str, values: List[str]) -> bool:
    """All output of one file: uevent is KEY=VALUE lines, other attributes one value."""
    sp = parse_path(path)
    if sp is not None and sp.attr.endswith("uevent"):
        return all(_apply(snap, path, v) for v in values)
    if len(values) != 1:
        return False
    return _apply(snap, path, values[0])


def _glob_pairs(snap: Snapshot, files: List[str], values: List[str]) -> Optional[List[Tuple[str, str]]]:
    """(file, value) pairs for "cat <glob>/{a,b}": k files of N values each, in glob order.

    The objects are told apart by an identifying attribute (rfkill name, USB idVendor+idProduct);
    one value of one glob goes to the only known object matching it; else None."""
    if not files or len(values) % len(files) or not all(_is_glob(f) for f in files):
        return None
    n = len(values) // len(files)
    groups = {f: values[i * n:(i + 1) * n] for i, f in enumerate(files)}
    paths = [parse_path(f) for f in files]
    if any(p is None or p.kind != paths[0].kind for p in paths):
        return None
    keys = [_identity(paths[0].kind, {p.attr: groups[f][j] for p, f in zip(paths, files)}) for j in range(n)]
    if None in keys and n == 1:  # "cat /sys/class/net/ww*/{type,mtu}": the only object the snapshot knows
        match = _only_known(snap, files[0])
        key = match.split("/")[_glob_index(files[0])] if match else None
        # not known yet: the glob path makes _apply keep the value for finish()
        return [(_concrete(f, key) if key else f, groups[f][0]) for f in files]
    if None in keys:
        return None
    if paths[0].kind == "usb":
        keys = _only_device(snap, keys)
    return [(_concrete(f, key), groups[f][j]) for j, key in enumerate(keys) for f in files]


def _only_device(snap: Snapshot, keys: List[str]) -> List[str]:
    """"cat /sys/bus/usb/devices/*/..." lists every USB device: when it shows one besides the root hubs
    and the snapshot knows one device by path whose ids are unknown, they are the same device."""
    devices = [k for k in keys if k != "usb0"]
    if len(devices) != 1:
        return keys
    vid, _, pid = devices[0][3:].partition(":")
    known = [d for d in snap.usb_devices if d.vid == vid.lower() and d.pid == pid.lower()]
    by_path = [d for d in snap.usb_devices if d.path and d.vid is None]
    if known or len(by_path) != 1:
        return keys
    dev = by_path[0]
    dev.vid, dev.pid = vid.lower(), pid.lower()
    return [dev.path if k == devices[0] else k for k in keys]


def _glob_index(pattern: str) -> int:
    """Index of the first "/"-separated part of ``pattern`` holding a wildcard (-1 when none)."""
    return next((i for i, part in enumerate(pattern.split("/")) if _is_glob(part)), -1)


def _identity(kind: str, attrs) -> Optional[str]:
    """A stand-in key for the j-th object of a glob, from what it printed about itself."""
    if kind == "rfkill" and attrs.get("name"):
        return "name=" + attrs["name"]
    if kind == "usb" and attrs.get("idVendor") and attrs.get("idProduct"):
        if attrs["idVendor"].strip().lower() == "1d6b":  # a root hub
            return "usb0"
        return "id=%s:%s" % (attrs["idVendor"], attrs["idProduct"])
    return None


def _concrete(pattern: str, key: str) -> str:
    """The glob with its object component replaced by ``key`` (read back by _apply)."""
    parts = pattern.split("/")
    index = _glob_index(pattern)
    if index >= 0:
        parts[index] = key
    return "/".join(parts)


def _only_known(snap: Snapshot, pattern: str) -> Optional[str]:
    """The single object the snapshot knows that ``pattern`` can name ("/sys/bus/pci/devices/*/t7xx_mode")."""
    sp = parse_path(pattern)
    if sp is None:
        return None
    if sp.kind == "net":
        keys = [n.name for n in snap.net_interfaces]
    elif sp.kind == "pci":
        keys = [d.address for d in snap.pci_devices]
    elif sp.kind == "usb":
        keys = [d.path for d in snap.usb_devices if d.path]
    elif sp.kind == "wwan":
        keys = [p.name for p in snap.wwan_ports if WWAN_PORT.match(p.name)]
    else:
        keys = []
    head = pattern.split("/")
    for i, part in enumerate(head):
        if _is_glob(part):
            matches = [k for k in keys if fnmatch.fnmatchcase(k, part)]
            if len(matches) == 1:
                return "/".join(head[:i] + [matches[0]] + head[i + 1:])
            return None
    return None


# --- facts ------------------------------------------------------------------------

def _apply(snap: Snapshot, path: str, value: str) -> bool:
    """Take "<path>: <value>" into the snapshot; an unresolvable glob value is kept as a sysfs LogLine."""
    if _is_glob(path):
        _pending(snap, "%s: %s" % (path, value.strip()))
        return True
    sp = parse_path(path)
    if sp is None:
        return False
    return _apply_value(snap, sp, value)


# the attribute tables shared with the live collectors: decode/sysfs_attrs.py
NET_ATTRS = {a.name: a for a in sysfs_attrs.NET}
USB_ATTRS = {a.name: a for a in sysfs_attrs.USB_DEVICE}
USBIF_ATTRS = {a.name: a for a in sysfs_attrs.USB_INTERFACE}
# Attributes every net device has (``grep . /sys/class/net/wwan0/*``) that tell nothing about the modem.
NET_IGNORED = frozenset((
    "addr_assign_type", "addr_len", "broadcast", "carrier_changes", "carrier_down_count", "carrier_up_count",
    "dev_id", "dev_port", "dormant", "duplex", "gro_flush_timeout", "ifalias", "ifindex", "iflink", "link_mode",
    "name_assign_type", "napi_defer_hard_irqs", "netdev_group", "phys_port_id", "phys_port_name", "phys_switch_id",
    "proto_down", "speed", "testing", "threaded", "tx_queue_len", "qmi/del_mux"))
PCI_ATTRS = {a.name: a for a in sysfs_attrs.PCI_DEVICE}


def _apply_value(snap: Snapshot, sp: SysPath, value: str) -> bool:
    value = value.strip()
    if sp.kind == "lockdown":
        m = re.search(r"\[(\w+)\]", value)
        snap.kernel.lockdown = m.group(1) if m else (value or None)
        return True
    if sp.kind == "net":
        return _net_value(snap, sp, value)
    if sp.kind == "usb":
        dev = _usb(snap, sp.key)
        if sp.attr in USB_ATTRS:
            attr = USB_ATTRS[sp.attr]
            conv_value = attr.convert(value)
            if conv_value is not None and conv_value != "":
                setattr(dev, attr.field, conv_value)
            return True
        return sp.attr in ("uevent", "") or sp.attr.startswith(("b", "power/", "version", "authorized", "removable"))
    if sp.kind == "usbif":
        return _usbif_value(_usbif(snap, sp.key), sp.attr, value)
    if sp.kind == "pci":
        dev = pci_device(snap, sp.key)
        attr = PCI_ATTRS.get(sp.attr)
        converted = attr.convert(value) if attr else None
        if converted is not None:
            setattr(dev, attr.field, converted)
        return True
    if sp.kind == "rfkill":
        return _rfkill_value(snap, sp, value)
    if sp.kind == "module":
        if sp.attr == "initstate" and value in ("live", "coming", "going"):
            _module(snap, sp.key)
        return True
    if sp.kind == "wwan":
        port = _wwan_port(snap, sp.key, sp)
        if port is not None and sp.attr == "type" and value:
            port.type = value.upper()
        return True
    return sp.kind in ("usbmisc", "usbroot")


TRIPLET_ATTRS = sysfs_attrs.INTERFACE_CLASS


def _usbif_value(intf, attr: str, value: str) -> bool:
    """An attribute of a USB interface; False for one the snapshot has no place for."""
    if attr in USBIF_ATTRS:
        converted = USBIF_ATTRS[attr].convert(value)
        if converted is None and value:  # no value this file holds
            return False
        setattr(intf, USBIF_ATTRS[attr].field, converted)
    elif attr in TRIPLET_ATTRS and re.match(r"^[0-9a-fA-F]{2}$", value):
        parts = (intf.triplet or "??/??/??").split("/")
        parts[TRIPLET_ATTRS.index(attr)] = value.lower()
        intf.triplet = "/".join(parts)
    else:
        return attr in ("", "uevent", "interface", "supports_autosuspend", "authorized")
    return True


def _net_value(snap: Snapshot, sp: SysPath, value: str) -> bool:
    net = net_interface(snap, sp.key)
    _net_parent(snap, net, sp)
    if sp.attr.startswith("qmi/"):
        net.has_qmi_group = True
    if sp.attr in NET_ATTRS:
        converted = NET_ATTRS[sp.attr].convert(value)
        if converted is None and value:  # no value this file holds ("Any idea?" after the output)
            return False
        setattr(net, NET_ATTRS[sp.attr].field, converted)
        return True
    if sp.attr == "uevent":
        key, sep, val = value.partition("=")
        if key == "DEVTYPE":
            net.devtype = val
        return bool(sep)
    # standard attributes that say nothing about a modem are read; others stay unrecognized
    return sp.attr in NET_IGNORED or sp.attr.startswith(("statistics/", "queues/", "power/"))


def _net_parent(snap: Snapshot, net, sp: SysPath) -> None:
    if sp.usbif:
        net.parent = "usb:" + sp.usbif
        intf = _usbif(snap, sp.usbif)
        if net.name not in intf.net:
            intf.net.append(net.name)
    elif sp.pci:
        net.parent = "pci:" + sp.pci
        dev = pci_device(snap, sp.pci)
        if net.name not in dev.net:
            dev.net.append(net.name)


def _rfkill_value(snap: Snapshot, sp: SysPath, value: str) -> bool:
    sw = _rfkill(snap, sp.key)
    if sp.attr == "name":
        sw.name = value
    elif sp.attr == "type":
        sw.type = value.lower()
    elif sp.attr in ("soft", "hard"):
        setattr(sw, sp.attr, sysfs_attrs.yes_no(value))
    elif sp.attr == "state" and value in ("0", "1", "2"):
        if value == "0":
            sw.soft = True
        elif value == "2":
            sw.hard = True
        else:
            sw.soft = sw.soft if sw.soft is not None else False
            sw.hard = sw.hard if sw.hard is not None else False
    return True


def _rfkill(snap: Snapshot, key: str) -> RfkillSwitch:
    if snap.rfkill is None:
        snap.rfkill = []
    index = int(key[6:]) if re.match(r"^rfkill\d+$", key) else None
    name = key[5:] if key.startswith("name=") else None
    for sw in snap.rfkill:
        if (index is not None and sw.index == index) or (name is not None and sw.name == name):
            return sw
    sw = RfkillSwitch(name=name or key, index=index)
    snap.rfkill.append(sw)
    return sw


def _usb(snap: Snapshot, key: str):
    if key.startswith("id="):
        vid, _, pid = key[3:].partition(":")
        return usb_device(snap, vid=vid, pid=pid)
    return usb_device(snap, path=key, busnum=int(key.split("-")[0]))


def _usbif(snap: Snapshot, key: str):
    m = USB_IF.match(key)
    return usb_interface(_usb(snap, m.group(1)), int(m.group(3)), int(m.group(2)))


def _wwan_port(snap: Snapshot, name: str, sp: SysPath) -> Optional[WwanPort]:
    m = WWAN_PORT.match(name)
    if not m:
        return None  # the wwanN device itself
    port = next((p for p in snap.wwan_ports if p.name == name), None)
    if port is None:
        port = WwanPort(name=name, type=m.group(1).upper(), wwan_device=re.match(r"wwan\d+", name).group(0))
        snap.wwan_ports.append(port)
    if sp.usbif:  # a link target names the exact parent: it beats a guess
        port.parent = "usb:" + sp.usbif
        intf = _usbif(snap, sp.usbif)
        if name not in intf.wwan_ports:
            intf.wwan_ports.append(name)
    elif sp.pci:
        port.parent = "pci:" + sp.pci
        dev = pci_device(snap, sp.pci)
        if name not in dev.wwan_ports:
            dev.wwan_ports.append(name)
    return port


def _exists(snap: Snapshot, path: str) -> bool:
    """A name ``ls`` listed: a net interface, wwan port, control port, an interface bound to a driver, a module."""
    sp = parse_path(path)
    if sp is None:
        return "/drivers/" in path  # bind, unbind, new_id, module of a driver directory
    if sp.kind == "module":
        _module(snap, sp.key)
        return True
    if sp.bound:
        if sp.kind == "usbif" and sp.attr == "":
            _usbif(snap, sp.key).driver = sp.bound
        elif sp.kind == "pci" and sp.attr == "":
            pci_device(snap, sp.key).driver = sp.bound
        return True
    if sp.kind == "net":
        net = net_interface(snap, sp.key)
        if sp.attr.startswith("qmi"):
            net.has_qmi_group = True
    elif sp.kind == "wwan":
        _wwan_port(snap, sp.key, sp)
    elif sp.kind == "rfkill":
        _rfkill(snap, sp.key)
    return True


def _module(snap: Snapshot, name: str) -> None:
    """/sys/module/<name> exists: the module is loaded (or built in with parameters: available either way)."""
    name = name.replace("-", "_")
    snap.kernel.driver_availability.setdefault(name, "loaded")


def _missing(snap: Snapshot, path: str) -> None:
    """"ls: cannot access '/sys/class/net/wwan0/qmi'": that interface has no qmi group (not qmi_wwan)."""
    sp = parse_path(path)
    if sp is not None and sp.kind == "net" and sp.attr == "qmi":
        net_interface(snap, sp.key).has_qmi_group = False


def _apply_link(snap: Snapshot, path: str, target: str) -> bool:
    """A symlink: "<path> -> <target>" (ls -l) or the target readlink printed."""
    sp = parse_path(path)
    if sp is None:
        return False
    driver = target.rstrip("/").rsplit("/", 1)[-1] if "/drivers/" in target else None
    there = parse_path(target)
    if sp.kind == "usbmisc":
        if sp.attr == "device/driver" and driver:
            if not _control_port_driver(snap, sp.key, driver):
                _pending(snap, "%s -> %s" % (path, target))
            return True
        if there is not None and there.usbif:
            intf = _usbif(snap, there.usbif)
            if sp.key not in intf.control_ports:
                intf.control_ports.append(sp.key)
        return True
    if sp.kind == "net":
        net = net_interface(snap, sp.key)
        if sp.attr == "device/driver" and driver:
            net.driver = driver
        elif there is not None:
            _net_parent(snap, net, there)
        return True
    if sp.kind == "wwan":
        if there is not None:
            _wwan_port(snap, sp.key, there)
        return True
    if sp.kind == "usbif" and sp.attr == "driver" and driver:
        _usbif(snap, sp.key).driver = driver
        return True
    if sp.kind == "pci" and sp.attr == "driver" and driver:
        pci_device(snap, sp.key).driver = driver
        return True
    if sp.bound:
        return _exists(snap, path)
    return sp.kind in ("usb", "usbroot", "rfkill", "usbif", "pci")


def _control_port_driver(snap: Snapshot, port: str, driver: str) -> bool:
    """The driver behind cdc-wdmN: on the interface that owns it, or the only interface of that driver."""
    for dev in snap.usb_devices:
        for intf in dev.interfaces:
            if port in intf.control_ports:
                intf.driver = driver
                return True
    # qmi_wwan, cdc_mbim and huawei_cdc_ncm put the control port and the net device on the same interface
    owners = [i for d in snap.usb_devices for i in d.interfaces if not i.control_ports and
              (i.driver == driver or (i.driver is None and i.net))]
    if len(owners) == 1:
        owners[0].control_ports.append(port)
        owners[0].driver = driver
        return True
    return False


def _pending(snap: Snapshot, text: str) -> None:
    if not any(l.origin == "sysfs" and l.text == text for l in snap.log):
        add_log(snap, LogLine(text=text, origin="sysfs", source=SOURCE))


def finish(snap: Snapshot) -> None:
    """Attach what could not be placed while parsing (run after each sysfs block; the registry
    may run it again once the whole paste is parsed). Attached facts leave the log."""
    done = []
    for line in [l for l in snap.log if l.origin == "sysfs"]:
        m = SYSFS_LOG.match(line.text)
        if m and _resolve(snap, *m.groups()):
            done.append(line)
    for line in done:
        snap.log.remove(line)
    _orphan_ports(snap)


def _resolve(snap: Snapshot, path: str, target: Optional[str], value: Optional[str]) -> bool:
    if target:
        sp = parse_path(path)
        return bool(sp and sp.kind == "usbmisc" and sp.attr == "device/driver" and
                    _control_port_driver(snap, sp.key, target.rstrip("/").rsplit("/", 1)[-1]))
    match = _only_known(snap, path) if _is_glob(path) else None
    return bool(match) and _apply(snap, match, value or "")


def _orphan_ports(snap: Snapshot) -> None:
    """WWAN ports whose parent is unknown ("ls /sys/class/wwan") belong to the only modem that can own them."""
    orphans = [p for p in snap.wwan_ports if p.parent is None]
    if not orphans:
        return
    pci = [d for d in snap.pci_devices if d.driver or d.t7xx_mode]
    usb = [d for d in snap.usb_devices if any(i.control_ports or i.wwan_ports for i in d.interfaces)]
    if len(pci) + len(usb) != 1:
        return
    for port in orphans:
        if pci:
            port.parent = "pci:" + pci[0].address
            if port.name not in pci[0].wwan_ports:
                pci[0].wwan_ports.append(port.name)
        elif usb[0].path:
            port.parent = "usb:" + usb[0].path
