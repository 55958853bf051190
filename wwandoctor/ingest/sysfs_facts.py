"""What a sysfs path, the value read from it or the link it is says, taken into the snapshot (the pasted sysfs reads of
:mod:`wwandoctor.ingest.sysfs_cat`).

:func:`parse_path` tells what a path is about (a net interface, control port, WWAN port, USB device or interface, PCI
device, rfkill switch, the kernel lockdown, a module); :func:`apply` takes ``<path>: <value>`` into the object it names,
:func:`apply_link` a symlink ``<path> -> <target>``, :func:`exists` a name ``ls`` listed. A value whose file cannot be
told yet (a glob over several objects, a control port's driver whose interface is not known) is kept as a LogLine
(origin "sysfs") that :func:`finish` attaches once the rest of the paste is parsed.
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from typing import Optional

from wwandoctor import regex_cache
from wwandoctor.decode import sysfs_attrs
from wwandoctor.ingest.merge import add_log, net_interface, pci_device, usb_device, usb_interface
from wwandoctor.snapshot import LogLine, RfkillSwitch, Snapshot, WwanPort

SOURCE = "paste:sysfs"
USB_DEV = regex_cache.compile(r"^\d+-\d+(?:\.\d+)*$")
USB_IF = regex_cache.compile(r"^(\d+-\d+(?:\.\d+)*):(\d+)\.(\d+)$")
PCI_ADDR = regex_cache.compile(r"^(?:[0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7]$")
WWAN_PORT = regex_cache.compile(r"^wwan\d+(at|mbim|qmi|qcdm|firehose|xmmrpc|fastboot|adb|mipc)\d+$")
CLASSES = ("net", "usbmisc", "wwan", "rfkill")
SYSFS_LOG = regex_cache.compile(r"^(/sys/\S+)(?: -> (\S+)|: (.*))$")


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
            if kind is None and is_glob(c) and comps[i - 2:i] in (["usb", "devices"], ["pci", "devices"]):
                kind = comps[i - 2]  # /sys/bus/usb/devices/*/idVendor
            if kind:
                if kind == "usbif":
                    usbif = c
                elif kind == "pci" and not is_glob(c):
                    pci = c.lower() if c.count(":") == 2 else "0000:" + c.lower()
                found = (i + 1, kind, pci if kind == "pci" and pci else c)
        i += 1
    if found is None:
        return None
    index, kind, key = found
    return SysPath(kind, key, "/".join(comps[index:]), usbif=usbif, pci=pci, bound=bound if kind in ("usbif", "pci") else None)


def is_glob(path: str) -> bool:
    """A path with a shell wildcard (the paste shows the command's pattern, not the files it named)."""
    return any(ch in path for ch in "*?[")


def only_known(snap: Snapshot, pattern: str) -> Optional[str]:
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
        if is_glob(part):
            matches = [k for k in keys if fnmatch.fnmatchcase(k, part)]
            if len(matches) == 1:
                return "/".join(head[:i] + [matches[0]] + head[i + 1:])
            return None
    return None


def apply(snap: Snapshot, path: str, value: str) -> bool:
    """Take "<path>: <value>" into the snapshot; an unresolvable glob value is kept as a sysfs LogLine."""
    if is_glob(path):
        pending(snap, "%s: %s" % (path, value.strip()))
        return True
    sp = parse_path(path)
    if sp is None:
        return False
    return apply_value(snap, sp, value)


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


def apply_value(snap: Snapshot, sp: SysPath, value: str) -> bool:
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


def exists(snap: Snapshot, path: str) -> bool:
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


def missing(snap: Snapshot, path: str) -> None:
    """"ls: cannot access '/sys/class/net/wwan0/qmi'": that interface has no qmi group (not qmi_wwan)."""
    sp = parse_path(path)
    if sp is not None and sp.kind == "net" and sp.attr == "qmi":
        net_interface(snap, sp.key).has_qmi_group = False


def apply_link(snap: Snapshot, path: str, target: str) -> bool:
    """A symlink: "<path> -> <target>" (ls -l) or the target readlink printed."""
    sp = parse_path(path)
    if sp is None:
        return False
    driver = target.rstrip("/").rsplit("/", 1)[-1] if "/drivers/" in target else None
    there = parse_path(target)
    if sp.kind == "usbmisc":
        if sp.attr == "device/driver" and driver:
            if not _control_port_driver(snap, sp.key, driver):
                pending(snap, "%s -> %s" % (path, target))
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
        return exists(snap, path)
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


def pending(snap: Snapshot, text: str) -> None:
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
    match = only_known(snap, path) if is_glob(path) else None
    return bool(match) and apply(snap, match, value or "")


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
