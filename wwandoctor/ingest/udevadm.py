"""Parse ``udevadm info`` output: ``-q property``, the P:/N:/S:/E: record form (also
``--export-db``) and ``--attribute-walk``.

    P: /devices/pci0000:00/0000:00:14.0/usb2/2-3/2-3:1.8/net/wwan0
    E: SUBSYSTEM=net
    E: DEVTYPE=wwan
    E: ID_MM_CANDIDATE=1

    looking at parent device '/devices/pci0000:00/0000:00:14.0/usb2/2-3':
      KERNELS=="2-3"
      ATTRS{idVendor}=="1199"
      ATTRS{bConfigurationValue}=="1"

Each record (or walked device) is mapped by its device path: a USB device ("2-3") becomes
a UsbDevice, a USB interface ("2-3:1.8") a UsbInterface (triplet, driver, modalias), a
``net/<if>`` a NetInterface (devtype, type, qmi/raw_ip), ``usbmisc/cdc-wdmN`` and ``ttyUSBN``
control/tty ports of their interface. ModemManager tags (ID_MM_*) and the USB ids are kept in
``UsbDevice.udev``.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.decode import sysfs_attrs
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import net_interface, source_read, usb_device, usb_interface
from wwandoctor.snapshot import Snapshot, UsbDevice, WwanPort

KIND = "udevadm"
COMMANDS = ("udevadm info",)
PRIORITY = 50

RECORD_RE = regex_cache.compile(r"^\s*([A-Z]):\s?(.*)$")
PROPERTY_RE = regex_cache.compile(r"^\s*([A-Z][A-Z0-9_]*)=(.*)$")
WALK_HEAD_RE = regex_cache.compile(r"^\s*looking at (?:parent )?device '([^']+)':\s*$")
WALK_ATTR_RE = regex_cache.compile(r"^\s*(KERNELS?|SUBSYSTEMS?|DRIVERS?|ATTRS?\{([^}]+)\})==\"(.*)\"\s*$")
INTRO_RE = regex_cache.compile(r"^\s*Udevadm info starts with the device")
USB_DEV_RE = regex_cache.compile(r"^\d+-[\d.]+$")
USB_INTF_RE = regex_cache.compile(r"^(\d+-[\d.]+):(\d+)\.(\d+)$")
KEEP = ("ID_VENDOR_ID", "ID_MODEL_ID", "ID_USB_DRIVER", "ID_USB_INTERFACE_NUM", "ID_PATH", "ID_NET_NAME",
        "ID_NET_NAME_PATH", "ID_USB_INTERFACES", "ID_MODEL", "ID_VENDOR")


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 95
    lines = block.lines[:300]
    if any(WALK_HEAD_RE.match(ln) or INTRO_RE.match(ln) for ln in lines):
        return 90
    if any(re.match(r"^\s*(P: /devices/|E: [A-Z][A-Z0-9_]*=)", ln) for ln in lines):
        return 85
    if any(re.match(r"^DEVPATH=/", ln) for ln in lines):  # -q property; kmsg's " SUBSYSTEM=usb" has no DEVPATH
        return 85
    if sum(1 for ln in lines if re.match(r"^(ID_MM_\w+|USEC_INITIALIZED|ID_VENDOR_ID|ID_MODEL_ID)=", ln)) >= 2:
        return 70
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    if any(WALK_HEAD_RE.match(ln) or INTRO_RE.match(ln) for ln in block.lines):
        left = _parse_walk(block.lines, snap)
    else:
        left = _parse_records(block.lines, snap)
    source_read(snap, block, left, "paste:udevadm")
    return left


# --- records / properties -----------------------------------------------------

def _parse_records(lines: List[str], snap: Snapshot) -> List[str]:
    left = []
    props = {}  # type: Dict[str, str]
    path = None  # type: Optional[str]
    for line in lines:
        if not line.strip():
            continue
        m = RECORD_RE.match(line)
        if m and m.group(1) == "P":
            if props or path:
                _apply(snap, path, props)
            path, props = m.group(2).strip(), {}
            continue
        if m and m.group(1) == "E":
            prop = PROPERTY_RE.match(m.group(2))
            if prop:
                props[prop.group(1)] = prop.group(2)
                continue
        elif m:
            continue  # N:, S:, L:, M:, R:, U:, T:, D:, I:, Q:, V: lines carry nothing we use
        prop = PROPERTY_RE.match(line)
        if prop:
            props[prop.group(1)] = prop.group(2)
            continue
        left.append(line)
    if props or path:
        _apply(snap, path, props)
    return left


def _apply(snap: Snapshot, path: Optional[str], props: Dict[str, str]) -> None:
    devpath = props.get("DEVPATH") or path or ""
    parts = [p for p in devpath.split("/") if p]
    usb = _usb_parts(parts)
    dev = None  # type: Optional[UsbDevice]
    if usb is not None:
        dev_path, intf_key = usb
        vid, pid = props.get("ID_VENDOR_ID"), props.get("ID_MODEL_ID")
        if props.get("DEVTYPE") == "usb_device" and intf_key is None:
            product = props.get("PRODUCT", "").split("/")  # "1199/9079/6": hex ids without leading zeros
            if not vid and len(product) == 3:
                vid, pid = product[0], product[1]
            dev = usb_device(snap, path=dev_path, busnum=_int(props.get("BUSNUM")),
                             devnum=_int(props.get("DEVNUM")), vid=_hex4(vid), pid=_hex4(pid))
        else:
            dev = usb_device(snap, path=dev_path)
        _keep_udev(dev, props)
        if intf_key is not None:
            _interface_record(dev, intf_key, parts, props, snap)
    _class_record(snap, parts, props, dev, usb)


def _usb_parts(parts: List[str]) -> Optional[Tuple[str, Optional[Tuple[int, int]]]]:
    """("2-3", (config, number)) for a path below a USB device; ("2-3", None) for the device itself."""
    dev_path, intf_key = None, None
    for part in parts:
        m = USB_INTF_RE.match(part)
        if m:
            dev_path, intf_key = m.group(1), (int(m.group(2)), int(m.group(3)))
            break
        if USB_DEV_RE.match(part):
            dev_path = part
    return (dev_path, intf_key) if dev_path else None


def _keep_udev(dev: UsbDevice, props: Dict[str, str]) -> None:
    for key, value in props.items():
        if key.startswith("ID_MM_") or key in KEEP:
            dev.udev[key] = value


def _interface_record(dev: UsbDevice, key: Tuple[int, int], parts: List[str], props: Dict[str, str],
                      snap: Snapshot) -> None:
    config, number = key
    intf = usb_interface(dev, number, config)
    own = parts and USB_INTF_RE.match(parts[-1])
    if own and props.get("INTERFACE"):
        triplet = props["INTERFACE"].split("/")
        if len(triplet) == 3 and all(t.isdigit() for t in triplet):
            intf.triplet = "/".join("%02x" % int(t) for t in triplet)
    if own and "DRIVER" in props:
        intf.driver = props["DRIVER"]
    if own and props.get("MODALIAS"):
        intf.modalias = props["MODALIAS"]
    if not own and props.get("ID_USB_DRIVER") and intf.driver is None:
        intf.driver = props["ID_USB_DRIVER"]


def _class_record(snap: Snapshot, parts: List[str], props: Dict[str, str], dev: Optional[UsbDevice],
                  usb) -> None:
    subsystem = props.get("SUBSYSTEM") or (parts[-2] if len(parts) >= 2 else "")
    name = props.get("INTERFACE") if subsystem == "net" else (parts[-1] if parts else None)
    intf = None
    if dev is not None and usb and usb[1] is not None:
        intf = usb_interface(dev, usb[1][1], usb[1][0])
    if subsystem == "net" and name:
        net = net_interface(snap, name)
        if props.get("DEVTYPE"):
            net.devtype = props["DEVTYPE"]
        if props.get("ID_NET_DRIVER"):
            net.driver = props["ID_NET_DRIVER"]
        if intf is not None:
            net.parent = "usb:%s:%d.%d" % (usb[0], usb[1][0], usb[1][1])
            _append(intf.net, name)
    elif subsystem == "usbmisc" and name and intf is not None:
        _append(intf.control_ports, name)
    elif subsystem == "tty" and name and name.startswith(("ttyUSB", "ttyACM")) and intf is not None:
        _append(intf.tty, name)
    elif subsystem == "wwan" and name and re.match(r"^wwan\d+\D", name):
        port = next((p for p in snap.wwan_ports if p.name == name), None)
        if port is None:
            port = WwanPort(name=name)
            snap.wwan_ports.append(port)
        port.wwan_device = parts[-2] if len(parts) >= 2 and parts[-2].startswith("wwan") else port.wwan_device
        if usb is not None:
            port.parent = "usb:%s" % usb[0]
        if intf is not None:
            _append(intf.wwan_ports, name)


def _append(items: List[str], name: str) -> None:
    if name not in items:
        items.append(name)


def _int(value: Optional[str]) -> Optional[int]:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _hex4(value: Optional[str]) -> Optional[str]:
    if value and re.match(r"^[0-9a-fA-F]{1,4}$", value):
        return value.lower().zfill(4)
    return None


# --- attribute walk -------------------------------------------------------------

def _parse_walk(lines: List[str], snap: Snapshot) -> List[str]:
    left = []
    path, attrs = None, {}  # type: Optional[str], Dict[str, str]
    intro = False
    for line in lines:
        if INTRO_RE.match(line):
            intro = True  # the fixed explanation udevadm prints before the first device
        if not line.strip() or (intro and path is None and not WALK_HEAD_RE.match(line)):
            continue
        m = WALK_HEAD_RE.match(line)
        if m:
            if path:
                _apply_walk(snap, path, attrs)
            path, attrs = m.group(1), {}
            continue
        m = WALK_ATTR_RE.match(line)
        if m and path:
            attrs[m.group(2) or m.group(1).rstrip("S")] = m.group(3)
            continue
        left.append(line)
    if path:
        _apply_walk(snap, path, attrs)
    return left


# passed to usb_device() to find the device
USB_KEYS = ("idVendor", "idProduct", "busnum", "devnum")


def _fill(obj, attrs: Dict[str, str], table) -> None:
    """Set the fields of ``obj`` from the ATTRS{...} of the walk (a table of decode/sysfs_attrs.py);
    an attribute not shown, or shown empty or garbled, leaves its field as it was."""
    for attr in table:
        value = attr.convert(attrs[attr.name]) if attr.name in attrs else None
        if value is not None and value != "":
            setattr(obj, attr.field, value)


def _apply_walk(snap: Snapshot, path: str, attrs: Dict[str, str]) -> None:
    parts = [p for p in path.split("/") if p]
    last = parts[-1] if parts else ""
    if USB_DEV_RE.match(last):
        dev = usb_device(snap, path=last, busnum=_int(attrs.get("busnum")), devnum=_int(attrs.get("devnum")),
                         vid=_hex4(attrs.get("idVendor")), pid=_hex4(attrs.get("idProduct")))
        _fill(dev, attrs, [a for a in sysfs_attrs.USB_DEVICE if a.name not in USB_KEYS])
        return
    m = USB_INTF_RE.match(last)
    if m:
        dev = usb_device(snap, path=m.group(1))
        intf = usb_interface(dev, int(m.group(3)), int(m.group(2)))
        intf.triplet = sysfs_attrs.triplet(attrs.get(k) for k in sysfs_attrs.INTERFACE_CLASS) or intf.triplet
        if "DRIVER" in attrs:
            intf.driver = attrs["DRIVER"]
        _fill(intf, attrs, sysfs_attrs.USB_INTERFACE)
        return
    if len(parts) >= 2 and parts[-2] == "net":
        net = net_interface(snap, last)
        _fill(net, attrs, sysfs_attrs.NET)
        usb = _usb_parts(parts)
        if usb and usb[1]:
            net.parent = "usb:%s:%d.%d" % (usb[0], usb[1][0], usb[1][1])
            dev = usb_device(snap, path=usb[0])
            _append(usb_interface(dev, usb[1][1], usb[1][0]).net, last)
