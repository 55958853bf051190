"""Live USB devices from sysfs: ids, strings, configurations, interfaces and their children.

Enumerates ``subsystem=usb, DEVTYPE=usb_device`` with pyudev, keeps every
device except hubs, and reads plain sysfs attributes. Without pyudev, or where
pyudev cannot load libudev (routers, minimal containers), the devices are
listed from ``/sys/bus/usb/devices`` instead, with the udev properties read
from the udev database (``/run/udev/data``) where it has them; where it does
not (no udev at all), the same snapshot less the udev properties
(``UsbDevice.udev`` stays empty, so ModemManager's udev tags are unknown, not
absent), and the ``udev`` source says why. For
``/sys/bus/usb/devices/1-7``::

    idVendor            413c
    idProduct           81a3
    bConfigurationValue 2
    bNumConfigurations  2
    power/control       on
    descriptors         (binary: device descriptor + every configuration)

and for each interface directory (``1-7:2.12`` = configuration 2, interface 12)::

    bInterfaceClass 02   bInterfaceSubClass 0e   bInterfaceProtocol 00
    bNumEndpoints 01     driver -> ../../../../bus/usb/drivers/cdc_mbim
    modalias usb:v413Cp81A3d0006dc00dsc00dp00ic02isc0Eip00in0C
    usbmisc/cdc-wdm0  net/wwp0s20u7c2i12  wwan/wwan0/wwan0mbim0

Unbound interfaces get ``alias_modules``: the modules whose ``usb:`` lines in
``modules.alias`` match the interface's modalias. Source names: ``usb`` and
``udev`` (the udev properties).
"""
from __future__ import annotations

import fnmatch
import os
import re
from typing import Dict, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.collect.context import Context
from wwandoctor.collect.sysfs import Reader
from wwandoctor.decode import sysfs_attrs
from wwandoctor.snapshot import Snapshot, UsbDevice, UsbInterface

SOURCE = "usb"
UDEV_SOURCE = "udev"
UDEV_DB = "/run/udev/data"
WITHOUT_UDEV = "USB devices read from sysfs without udev properties (ModemManager's ID_MM_* tags unknown)"
BUS_DIR = "/sys/bus/usb/devices"
READS = (BUS_DIR, UDEV_DB, "/lib/modules/<release>/modules.alias")
THREAD = False
UDEV_PREFIXES = ("ID_MM_", "ID_VENDOR", "ID_MODEL", "ID_SERIAL")
UDEV_KEYS = ("ID_USB_DRIVER", "DEVTYPE", "ID_PATH")
HUB_CLASS = "09"

_INTERFACE_DIR = regex_cache.compile(r"^(?P<dev>\d+-[\d.]+):(?P<config>\d+)\.(?P<number>\d+)$")
_DEVICE_DIR = regex_cache.compile(r"^\d+-[\d.]+$")
_TTY = regex_cache.compile(r"^tty(USB|ACM|HS|GS)?\d+$")


def collect(snap: Snapshot, ctx: Context) -> None:
    """Fill ``snap.usb_devices`` and record the ``usb`` and ``udev`` source status. Never raises."""
    reader = Reader(ctx.root)
    if not reader.isdir(BUS_DIR):
        if reader.listdir("/sys/bus"):
            snap.set_source(SOURCE, "not-applicable", "no USB bus in /sys")
        else:
            snap.set_source(SOURCE, "error", "%s not found: /sys/bus is empty or missing (sysfs not mounted?)" % BUS_DIR)
        return
    found, how = _enumerate(reader, snap)
    if found is None or reader.listdir(BUS_DIR) is None:  # libudev lists nothing where it cannot read
        snap.set_source(SOURCE, "permission-denied", "cannot list %s" % BUS_DIR)
        return
    aliases = _AliasTable(ctx.modules_path())
    for sys_path, udev in found:
        device = read_device(reader, sys_path, udev, aliases, snap.notes)
        if device is not None:
            snap.usb_devices.append(device)
    status, detail = reader.status("%d devices via %s" % (len(snap.usb_devices), how))
    snap.set_source(SOURCE, status, detail)


# --- enumeration -------------------------------------------------------------

def _enumerate(reader: Reader, snap: Snapshot) -> Tuple[Optional[List[Tuple[str, Dict[str, str]]]], str]:
    """(sys_path, udev properties) of every USB device, sorted by path, and how they were listed.

    Records the ``udev`` source: ``ok`` with pyudev, or where the udev database
    could be read directly; else ``tool-missing`` (no pyudev, or pyudev cannot
    load libudev) or ``error`` (pyudev failed), and the devices are listed from
    sysfs without udev properties.
    """
    if reader.root not in ("", "/"):  # a relocated tree (tests, a shell-collector bundle): no libudev for it
        return _without_pyudev(reader, snap, "not-applicable", "sysfs under %s" % reader.root)
    try:
        import pyudev
    except ImportError as exc:
        return _without_pyudev(reader, snap, "tool-missing", "pyudev is not installed (%s)" % exc)
    try:
        context = pyudev.Context()
    except (ImportError, OSError) as exc:  # pyudev raises ImportError when it finds no libudev
        return _without_pyudev(reader, snap, "tool-missing", "pyudev cannot load libudev (%s)" % exc)
    try:
        found = [(d.sys_path, select_udev(dict(d.properties)))
                 for d in context.list_devices(subsystem="usb", DEVTYPE="usb_device")]
    except Exception as exc:  # libudev trouble: the plain listing still works
        return _without_pyudev(reader, snap, "error", "pyudev failed (%s: %s)" % (type(exc).__name__, exc))
    snap.set_source(UDEV_SOURCE, "ok", "udev properties via pyudev and libudev")
    return sorted(found), "pyudev"


def _without_pyudev(reader: Reader, snap: Snapshot, status: str, why: str):
    found = _enumerate_plain(reader)
    if any(udev for _, udev in found or []):
        snap.set_source(UDEV_SOURCE, "ok", "%s; udev properties read from %s" % (why, UDEV_DB))
    elif status == "not-applicable":
        snap.set_source(UDEV_SOURCE, status, "%s, without %s" % (why, UDEV_DB))
    else:
        snap.set_source(UDEV_SOURCE, status, "%s; %s" % (why, WITHOUT_UDEV))
    return found, "sysfs listing"


def _enumerate_plain(reader: Reader) -> Optional[List[Tuple[str, Dict[str, str]]]]:
    """Without libudev: the /sys/bus/usb/devices entries; udev properties only where the udev
    database (``/run/udev/data/c189:<minor>``, where ID_MM_* hints live) has the device."""
    names = reader.listdir(BUS_DIR)
    if names is None:
        return None
    found = []
    for name in names:
        if ":" in name:
            continue
        sys_path = reader.realpath("%s/%s" % (BUS_DIR, name))
        udev = _udev_db(reader, sys_path)
        if udev:  # the database holds udev's view; uevent adds the kernel's keys (DEVTYPE) as libudev does
            udev = select_udev(dict(reader.uevent(sys_path), **udev))
        found.append((sys_path, udev))
    return sorted(found)


def _udev_db(reader: Reader, sys_path: str) -> Dict[str, str]:
    """``E:KEY=VALUE`` lines of the device's udev database entry (usb_device major 189)."""
    bus, dev = reader.integer(sys_path + "/busnum"), reader.integer(sys_path + "/devnum")
    if not bus or not dev:
        return {}
    text = reader.text("%s/c189:%d" % (UDEV_DB, (bus - 1) * 128 + dev - 1)) or ""
    props = {}
    for line in text.splitlines():
        key, sep, value = line[2:].partition("=")
        if line.startswith("E:") and sep:
            props[key] = value
    return props


# --- one device --------------------------------------------------------------

def is_hub(name: str, device_class: Optional[str]) -> bool:
    """Root hubs (``usb1``) and class-09 hubs are never modems."""
    return name.startswith("usb") or device_class == HUB_CLASS


def read_device(reader: Reader, sys_path: str, udev: Dict[str, str], aliases: "_AliasTable",
                notes: List[str]) -> Optional[UsbDevice]:
    """A UsbDevice for one ``/sys/devices/.../1-7`` directory; None for hubs."""
    name = os.path.basename(sys_path)
    a = lambda attr: reader.value("%s/%s" % (sys_path, attr))  # noqa: E731
    device_class = a("bDeviceClass")
    if is_hub(name, device_class):
        return None
    dev = UsbDevice(path=name, sysfs_path=sys_path)
    reader.fill(dev, sys_path, sysfs_attrs.USB_DEVICE)
    dev.device_class = sysfs_attrs.triplet(a(attr) for attr in sysfs_attrs.DEVICE_CLASS)
    dev.active_config = _active_config(reader, sys_path)
    dev.udev = dict(udev)
    dev.configs = _configs(reader, sys_path, dev, notes)
    entries = reader.listdir(sys_path)
    for entry in entries or []:
        match = _INTERFACE_DIR.match(entry)
        if match and match.group("dev") == name:
            dev.interfaces.append(read_interface(reader, "%s/%s" % (sys_path, entry), aliases))
    if entries is not None:
        dev.num_interfaces = len(dev.interfaces)
    dev.interfaces.sort(key=lambda i: (i.config or 0, i.number))
    return dev



def _active_config(reader: Reader, sys_path: str) -> Optional[int]:
    """bConfigurationValue; 0 when the file is empty (device unconfigured)."""
    text = reader.text(sys_path + "/bConfigurationValue")
    if text is None:
        return None
    text = text.strip()
    if not text:
        return 0
    try:
        return int(text)
    except ValueError:
        return None


def select_udev(props: Dict[str, str]) -> Dict[str, str]:
    """The udev properties worth keeping (ModemManager hints, ids, driver, path)."""
    return {k: v for k, v in sorted(props.items())
            if k.startswith(UDEV_PREFIXES) or k in UDEV_KEYS}


def _configs(reader: Reader, sys_path: str, dev: UsbDevice, notes: List[str]) -> list:
    """Every configuration decoded from the binary ``descriptors`` attribute."""
    data = reader.raw(sys_path + "/descriptors")
    if not data:
        return []
    try:
        from wwandoctor.decode.usb_descriptors import decode_descriptors
        decoded = decode_descriptors(data, vid=dev.vid, pid=dev.pid)
    except Exception as exc:  # the decoder must not cost us the rest of the device
        notes.append("usb %s: descriptors not decoded: %s" % (dev.path, exc))
        return []
    for problem in getattr(decoded, "problems", []) or []:
        notes.append("usb %s: descriptors: %s" % (dev.path, problem))
    return list(decoded.configs)


# --- interfaces --------------------------------------------------------------

def read_interface(reader: Reader, if_path: str, aliases: "_AliasTable") -> UsbInterface:
    """A UsbInterface for one ``1-7:2.12`` directory, with its children."""
    match = _INTERFACE_DIR.match(os.path.basename(if_path))
    a = lambda attr: reader.value("%s/%s" % (if_path, attr))  # noqa: E731
    number = reader.integer(if_path + "/" + sysfs_attrs.INTERFACE_NUMBER.name, 16)
    iface = UsbInterface(number=number if number is not None else int(match.group("number")))
    iface.config = int(match.group("config"))
    reader.fill(iface, if_path, sysfs_attrs.USB_INTERFACE)
    iface.triplet = sysfs_attrs.triplet(a(attr) for attr in sysfs_attrs.INTERFACE_CLASS)
    iface.driver = reader.link_name(if_path + "/driver")
    if iface.driver == "" and iface.modalias:
        iface.alias_modules = aliases.match(iface.modalias)
    _children(reader, if_path, iface)
    return iface


def _children(reader: Reader, if_path: str, iface: UsbInterface) -> None:
    """cdc-wdm control ports, network interfaces, ttys and WWAN ports below an interface."""
    iface.control_ports = reader.listdir(if_path + "/usbmisc") or []
    iface.net = reader.listdir(if_path + "/net") or []
    ttys = []
    for entry in reader.listdir(if_path) or []:
        if _TTY.match(entry):  # ttyUSB0 (usb-serial port device)
            ttys.append(entry)
    for entry in reader.listdir(if_path + "/tty") or []:  # tty/ttyACM0
        if entry not in ttys:
            ttys.append(entry)
    iface.tty = ttys
    iface.wwan_ports = wwan_ports_below(reader, if_path)


def wwan_ports_below(reader: Reader, parent_path: str) -> List[str]:
    """Names of WWAN ports (``wwan0mbim0``) under ``<parent>/wwan/wwanN/``."""
    ports = []
    for wdev in reader.listdir(parent_path + "/wwan") or []:
        for entry in reader.listdir("%s/wwan/%s" % (parent_path, wdev)) or []:
            if entry.startswith(wdev) and entry != wdev and reader.isdir("%s/wwan/%s/%s" % (parent_path, wdev, entry)):
                ports.append(entry)
    return ports


# --- modules.alias -----------------------------------------------------------

class _AliasTable:
    """The ``usb:`` patterns of modules.alias, loaded on first use."""

    def __init__(self, modules_dir: Optional[str]):
        if modules_dir is None:
            modules_dir = "/lib/modules/%s" % os.uname().release
        self.path = os.path.join(modules_dir, "modules.alias")
        self._patterns: Optional[List[Tuple[str, str]]] = None
        self._loaded = False

    def _load(self) -> Optional[List[Tuple[str, str]]]:
        patterns = []
        try:
            with open(self.path, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    if line.startswith("alias usb:"):
                        parts = line.split()
                        if len(parts) >= 3:
                            patterns.append((parts[1], parts[2]))
        except OSError:
            return None
        return patterns

    def match(self, modalias: str) -> Optional[List[str]]:
        """Modules whose alias pattern matches; None when modules.alias is unreadable."""
        if not self._loaded:
            self._patterns, self._loaded = self._load(), True
        if self._patterns is None:
            return None
        found = []
        for pattern, module in self._patterns:
            if module not in found and fnmatch.fnmatchcase(modalias, pattern):
                found.append(module)
        return found
