"""Find-or-create helpers so that every parser fills the SAME snapshot entries.

dmesg ("usb 1-7: New USB device found, idVendor=413c"), ``lsusb -t``
("Port 7: Dev 3, If 12, Class=..., Driver=cdc_mbim") and ``lsusb -v``
("Bus 001 Device 003: ID 413c:81a3") about one modem must end up in ONE
:class:`UsbDevice`. A device is matched by kernel bus path ("1-7") first,
then bus/device numbers, then vendor:product; whatever new facts a caller
passes are merged into the entry found.
"""
from __future__ import annotations

import copy
import dataclasses
from typing import List, Optional

from wwandoctor.snapshot import (LogLine, NetInterface, PciDevice, Snapshot, ToolUse, UsbDevice,
                                 UsbInterface)


def _lower(value: Optional[str]) -> Optional[str]:
    return value.lower() if isinstance(value, str) else value


def _conflicts(dev: UsbDevice, path, busnum, devnum, vid, pid) -> bool:
    """True when a known fact of ``dev`` contradicts the given ones."""
    pairs = ((dev.path, path), (dev.busnum, busnum), (dev.devnum, devnum), (dev.vid, vid), (dev.pid, pid))
    return any(a is not None and b is not None and a != b for a, b in pairs)


def find_usb_device(snap: Snapshot, path: Optional[str] = None, busnum: Optional[int] = None,
                    devnum: Optional[int] = None, vid: Optional[str] = None,
                    pid: Optional[str] = None) -> Optional[UsbDevice]:
    """The existing device matching the given keys (strongest key first), or None."""
    vid, pid = _lower(vid), _lower(pid)
    if path is not None:
        for dev in snap.usb_devices:
            if dev.path == path and not _conflicts(dev, path, busnum, devnum, vid, pid):
                return dev
    if busnum is not None and devnum is not None:
        for dev in snap.usb_devices:
            if dev.busnum == busnum and dev.devnum == devnum and not _conflicts(dev, path, busnum, devnum, vid, pid):
                return dev
        # a device known by its number only (a piece of lsusb -t cut below its bus line), the one of that number
        numbered = [d for d in snap.usb_devices if d.devnum == devnum]
        if len(numbered) == 1 and numbered[0].busnum is None and numbered[0].path is None \
                and not _conflicts(numbered[0], path, busnum, devnum, vid, pid):
            return numbered[0]
    if devnum is not None and busnum is None and path is None and vid is None:
        return _one_of_number(snap, devnum)
    if vid is not None and pid is not None:
        same = [d for d in snap.usb_devices if d.vid == vid and d.pid == pid
                and not _conflicts(d, path, busnum, devnum, vid, pid)]
        if len(same) == 1:
            return same[0]
    if path is not None and busnum is None and devnum is None and vid is None and pid is None:
        return None
    # a device known only by vid:pid (e.g. from a log) may be completed by a path
    if path is not None and vid is not None:
        same = [d for d in snap.usb_devices if d.path is None and d.vid == vid and (pid is None or d.pid == pid)]
        if len(same) == 1:
            return same[0]
    return None


def _one_of_number(snap: Snapshot, devnum: int) -> Optional[UsbDevice]:
    """The device of number ``devnum`` when the bus is not known: one known by its number only (a piece of lsusb -t
    cut below its bus line), else the one device of that number the input lists."""
    same = [d for d in snap.usb_devices if d.devnum == devnum]
    numbered_only = [d for d in same if d.busnum is None and d.path is None]
    if numbered_only or len(same) == 1:
        return (numbered_only or same)[0]
    return None


def usb_device(snap: Snapshot, path: Optional[str] = None, busnum: Optional[int] = None,
               devnum: Optional[int] = None, vid: Optional[str] = None,
               pid: Optional[str] = None) -> UsbDevice:
    """Find the device these keys describe (creating it if needed) and merge the keys into it."""
    vid, pid = _lower(vid), _lower(pid)
    dev = find_usb_device(snap, path, busnum, devnum, vid, pid)
    if dev is None:
        dev = UsbDevice()
        snap.usb_devices.append(dev)
    for name, value in (("path", path), ("busnum", busnum), ("devnum", devnum), ("vid", vid), ("pid", pid)):
        if value is not None and getattr(dev, name) is None:
            setattr(dev, name, value)
    return dev


def usb_interface(dev: UsbDevice, number: int, config: Optional[int] = None) -> UsbInterface:
    """Find or create interface ``number`` of ``dev``; a known config is recorded on both."""
    for intf in dev.interfaces:
        if intf.number == number and (config is None or intf.config is None or intf.config == config):
            if config is not None and intf.config is None:
                intf.config = config
            break
    else:
        intf = UsbInterface(number=number, config=config)
        dev.interfaces.append(intf)
        dev.interfaces.sort(key=lambda i: i.number)
    if config is not None and dev.active_config is None:
        dev.active_config = config
    return intf


def _find_or_add(items: list, attr: str, value: str, make):
    """The item of ``items`` whose ``attr`` is ``value``, else a new one ``make()`` appended."""
    for item in items:
        if getattr(item, attr) == value:
            return item
    item = make()
    items.append(item)
    return item


def net_interface(snap: Snapshot, name: str) -> NetInterface:
    """Find or create the network interface called ``name``."""
    return _find_or_add(snap.net_interfaces, "name", name, lambda: NetInterface(name=name))


def pci_device(snap: Snapshot, address: str) -> PciDevice:
    """Find or create the PCI device at ``address`` ("0000:04:00.0"; a short "04:00.0" gets domain 0000)."""
    address = address.lower()
    if address.count(":") == 1:
        address = "0000:" + address
    return _find_or_add(snap.pci_devices, "address", address, lambda: PciDevice(address=address))


def rename_net(snap: Snapshot, old: str, new: str) -> None:
    """Apply a kernel rename ("wwp0s20u7c2i12: renamed from wwan0") everywhere the old name is used."""
    old_entry = next((n for n in snap.net_interfaces if n.name == old), None)
    new_entry = next((n for n in snap.net_interfaces if n.name == new), None)
    if old_entry is not None and new_entry is None:
        old_entry.name = new
    elif old_entry is not None and new_entry is not None:
        for f in ("driver", "type", "devtype", "raw_ip", "parent", "mac", "addresses", "mtu"):
            if getattr(new_entry, f) is None:
                setattr(new_entry, f, getattr(old_entry, f))
        snap.net_interfaces.remove(old_entry)
    elif new_entry is None:
        net_interface(snap, new)
    for dev in snap.usb_devices:
        for intf in dev.interfaces:
            intf.net = _renamed(intf.net, old, new)
    for pdev in snap.pci_devices:
        pdev.net = _renamed(pdev.net, old, new)


def _renamed(names: List[str], old: str, new: str) -> List[str]:
    """``names`` with ``old`` read as ``new``, each once: a modem that re-enumerates registers wwan0 and renames it
    to the same name each time."""
    return list(dict.fromkeys(new if n == old else n for n in names))


# --- log lines and whole snapshots --------------------------------------------

# snap.log keeps at most about this many lines: the first quarter and the most recent rest.
MAX_LOG_LINES = 4000


def add_log(snap: Snapshot, line: LogLine) -> None:
    """Append a log line, keeping memory bounded on huge logs (first lines + most recent ones)."""
    snap.log.append(line)
    if len(snap.log) >= 2 * MAX_LOG_LINES:
        keep_head = MAX_LOG_LINES // 4
        dropped = len(snap.log) - MAX_LOG_LINES
        del snap.log[keep_head:keep_head + dropped]
        note = "the log was long: only the first and the most recent relevant lines were kept"
        if note not in snap.notes:
            snap.notes.append(note)


def add_tool(snap: Snapshot, tool: str, evidence: str, source: str = "paste") -> None:
    """Record once that the person uses ``tool`` (a name of cli.KNOWN_TOOLS)."""
    if any(t.tool == tool and t.source == source for t in snap.tools):
        return
    snap.tools.append(ToolUse(tool=tool, source=source, evidence=evidence[:300]))


def _fill(dst, src) -> None:
    """Copy every field of ``src`` that is known into ``dst`` where ``dst`` does not know it."""
    for f in dataclasses.fields(dst):
        mine, theirs = getattr(dst, f.name), getattr(src, f.name)
        if mine is None or mine == [] or mine == {}:
            if theirs is not None:
                setattr(dst, f.name, copy.deepcopy(theirs))


def _merge_device(keep: UsbDevice, other: UsbDevice) -> None:
    """Merge what ``other`` knows about the same device into ``keep`` (interfaces one by one)."""
    for intf in other.interfaces:
        mine = usb_interface(keep, intf.number, intf.config)
        for name in ("control_ports", "net", "tty", "wwan_ports"):
            for port in getattr(intf, name):
                if port not in getattr(mine, name):
                    getattr(mine, name).append(port)
        _fill(mine, intf)
    interfaces = keep.interfaces
    _fill(keep, other)
    keep.interfaces = interfaces


def absorb(snap: Snapshot, keep: UsbDevice, other: UsbDevice) -> None:
    """``other`` turned out to be the same device as ``keep``: merge its facts into ``keep`` and drop it."""
    _merge_device(keep, other)
    snap.usb_devices.remove(other)


def join_split_usb_device(snap: Snapshot) -> None:
    """A paste may show one device twice without a shared key: by id only ("lsusb -v -d 1199:9079")
    and by bus path only ("cat /sys/bus/usb/devices/2-4/bConfigurationValue"). When exactly one
    device lacks a location and exactly one lacks ids, they are the same device: merge them.
    Run once on the whole input, when everything is parsed (the model never changes its snapshot)."""
    unplaced = [d for d in snap.usb_devices if d.vid and d.pid and not d.path and d.busnum is None]
    anonymous = [d for d in snap.usb_devices if not d.vid and not d.pid and (d.path or d.busnum is not None)]
    if len(unplaced) == 1 and len(anonymous) == 1 and snap.origin != "live":
        absorb(snap, unplaced[0], anonymous[0])


def merge_snapshot(dst: Snapshot, src: Snapshot) -> None:
    """Merge ``src`` into ``dst``: same devices/interfaces become one entry, lists are joined."""
    for dev in src.usb_devices:
        _merge_device(usb_device(dst, dev.path, dev.busnum, dev.devnum, dev.vid, dev.pid), dev)
    for pdev in src.pci_devices:
        _fill(pci_device(dst, pdev.address), pdev)
    for net in src.net_interfaces:
        _fill(net_interface(dst, net.name), net)
    for port in src.wwan_ports:
        if all(p.name != port.name for p in dst.wwan_ports):
            dst.wwan_ports.append(copy.deepcopy(port))
    for name in ("routes", "rfkill", "processes"):
        theirs = getattr(src, name)
        if theirs is not None:
            setattr(dst, name, (getattr(dst, name) or []) + copy.deepcopy(theirs))
    _fill(dst.kernel, src.kernel)
    dst.kernel.driver_availability.update(
        {k: v for k, v in src.kernel.driver_availability.items() if k not in dst.kernel.driver_availability})
    _fill(dst.modemmanager, src.modemmanager)
    _fill(dst.fcc_unlock, src.fcc_unlock)
    for name in ("log", "configs", "tools", "unrecognized", "prose", "commands", "notes"):
        getattr(dst, name).extend(copy.deepcopy(getattr(src, name)))
    for name in ("versions", "services", "sources"):
        for key, value in getattr(src, name).items():
            getattr(dst, name).setdefault(key, copy.deepcopy(value))
    dst.redacted = dst.redacted or src.redacted


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def plain_quotes(text: str) -> str:
    """Typographic quotes and dashes (’‘“”–) as forum software makes them -> ASCII."""
    return text.translate(_QUOTES)


def tool_line(snap: Snapshot, origin: str, text: str, source: str, time: Optional[float] = None) -> None:
    """Keep one meaningful line of a tool's output as a LogLine (quotes normalized)."""
    text = plain_quotes(text.strip())
    if text:
        add_log(snap, LogLine(text=text[:2000], origin=origin, time=time, source=source))


def source_read(snap: Snapshot, block, left: List[str], source: str) -> bool:
    """Mark ``source`` ("paste:ifconfig") ok when the parser understood a line of ``block``
    (it ``left`` fewer lines than the block has); True when it did."""
    if len(left) >= sum(1 for ln in block.lines if ln.strip()):
        return False
    snap.set_source(source, "ok")
    return True


def command_tool(command: Optional[str]) -> Optional[str]:
    """The program a shell command runs, without sudo/env/paths: "sudo qmicli -d ..." -> "qmicli"."""
    if not command:
        return None
    words = plain_quotes(command).split()
    while words and (words[0] in ("sudo", "doas", "env", "time", "nohup", "exec", "-E") or "=" in words[0]
                     or words[0].startswith("-")):
        words.pop(0)
    if not words:
        return None
    return words[0].rsplit("/", 1)[-1]
