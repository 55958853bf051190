"""Parse ``lsusb``, ``lsusb -t`` and ``lsusb -v`` output.

Plain ``lsusb`` (one line per device)::

    Bus 001 Device 002: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE modem

``lsusb -t`` (the ACTIVE configuration: interface number, class name, bound driver)::

    /:  Bus 01.Port 1: Dev 1, Class=root_hub, Driver=dwc_otg/1p, 480M
        |__ Port 1: Dev 2, If 0, Class=Hub, Driver=hub/4p, 480M
            |__ Port 4: Dev 7, If 1, Class=Vendor Specific Class, Driver=, 480M

gives device 7 at bus path "1-1.4", interface 1, triplet "ff/??/??" and driver ""
(none bound). ``lsusb -v`` lists ALL configurations with their interfaces, alternate
settings, endpoints and CDC functional descriptors::

    Bus 001 Device 003: ID 413c:81a3 Dell Computer Corp.
    Device Descriptor:
      idVendor           0x413c Dell Computer Corp.
      bNumConfigurations      2
      Configuration Descriptor:
        bConfigurationValue     2
        Interface Descriptor:
          bInterfaceNumber       12
          bInterfaceClass         2 Communications
          bInterfaceSubClass     14
          CDC MBIM:
            wMaxControlMessage   4096
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import find_usb_device, usb_device, usb_interface
from wwandoctor.snapshot import (CdcDescriptor, ConfigInterface, Endpoint, InterfaceAssociation, Snapshot,
                                 UsbConfig, UsbDevice)

KIND = "lsusb"
COMMANDS = ("lsusb",)
PRIORITY = 160

BUS_RE = regex_cache.compile(r"^\s*Bus (\d{1,3}) Device (\d{1,3}): ID ([0-9a-fA-F]{4}): ?([0-9a-fA-F]{4})\s*(.*)$")  # "12d1: 14dc": forums add spaces
TREE_ROOT_RE = regex_cache.compile(r"^/:\s+Bus (\d+)\.Port (\d+): Dev (\d+),")
TREE_NODE_RE = regex_cache.compile(r"^(\s*)\|__ Port (\d+): Dev (\d+), If (\d+), Class=([^,]*), Driver=([^,]*)(?:, (\S+))?")
TREE_ID_RE = regex_cache.compile(r"^\s*ID ([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\b")
FIELD_RE = regex_cache.compile(r"^\s*((?:b|w|i|id|bm|bcd)[A-Z]\w*|MaxPower)\s+(.*?)\s*$")
HEADER_RE = regex_cache.compile(r"^\s*([A-Za-z][A-Za-z0-9 /()_-]*):\s*$")

# Interface class names as lsusb prints them (usb.ids "C" entries, old and new spellings) -> class byte.
CLASS_NAMES = {
    "(defined at interface level)": "00", ">ifc": "00", "audio": "01", "communications": "02", "comm.": "02",
    "human interface device": "03", "hid": "03", "physical interface device": "05", "imaging": "06",
    "still image": "06", "printer": "07", "mass storage": "08", "stor.": "08", "hub": "09", "root_hub": "09",
    "cdc data": "0a", "data": "0a", "chip/smartcard": "0b", "smart card": "0b", "content security": "0d",
    "video": "0e", "personal healthcare": "0f", "audio/video": "10", "billboard": "11",
    "type-c bridge": "12", "diagnostic": "dc", "wireless": "e0", "wireless controller": "e0",
    "miscellaneous device": "ef", "miscellaneous": "ef", "application specific interface": "fe",
    "application specific": "fe", "vendor specific class": "ff", "vendor specific": "ff", "vend.": "ff",
}

CDC_NAMES = {
    "cdc header": (0x00, "header"), "cdc call management": (0x01, "call-management"),
    "cdc acm": (0x02, "acm"), "cdc union": (0x06, "union"), "cdc ethernet": (0x0F, "ethernet"),
    "cdc ncm": (0x1A, "ncm"), "cdc mbim": (0x1B, "mbim"), "cdc mbim extended": (0x1C, "mbim-extended"),
}

# Headers whose fields we do not keep (they would otherwise overwrite device fields).
IGNORED_HEADERS = ("device qualifier", "binary object store descriptor", "hub descriptor", "hub port status",
                   "device status", "debug descriptor", "otg descriptor", "usb 2.0 extension",
                   "superspeed usb device capability", "container id", "endpoint companion",
                   "superspeedplus usb device capability", "report descriptors", "hid device descriptor",
                   "audiocontrol interface descriptor", "audiostreaming interface descriptor",
                   "videocontrol interface descriptor", "videostreaming interface descriptor")

# Known lines that carry no fact.
NOISE_RE = regex_cache.compile(r"^\s*(Couldn't open device|Device Status:|can't get |cannot read device status|\*\* UNRECOGNIZED|"
                               r"Transfer Type|Synch Type|Usage Type|\(Bus Powered\)|Self Powered|Remote Wakeup|"
                               r"Battery Powered|wMaxPacketSize|bmAttributes|[0-9a-f]{2}( [0-9a-f]{2})+\s*$|"
                               r"Device can operate|Lowest fully-functional|Bits per|UNRECOGNIZED CDC|"
                               r"\d+-byte ntb|max datagram|crc mode|net address|packet filter|"
                               r"connection notifications|sends break|line coding|get/set|call management|"
                               r"use DataInterface|Data Interface|status:|Link State|Port \d+:|"
                               r"Hub Port Status|.*Mbps|.*Gbps|ExtendedMaxPacketSize|bMaxBurst|"
                               r"Capability|Enabled|Disabled|self-powered|remote wakeup|debug mode)", re.IGNORECASE)


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 90
    hits = 0
    for line in block.lines[:200]:
        if BUS_RE.match(line) or TREE_ROOT_RE.match(line) or TREE_NODE_RE.match(line):
            hits += 1
        elif line.strip() in ("Device Descriptor:", "Configuration Descriptor:", "Interface Descriptor:"):
            hits += 3
    if not hits:
        return 0
    return min(85, 60 + hits * 5)


def parse(block: Block, snap: Snapshot) -> List[str]:
    lines = block.lines
    if _is_grepped_verbose(lines):
        lines = _with_headers(lines, block.command or "")
    if any(ln.strip() == "Device Descriptor:" for ln in lines):
        left = _parse_verbose(lines, snap)
        snap.set_source("paste:lsusb-v", "ok")
    elif any(TREE_ROOT_RE.match(ln) or TREE_NODE_RE.match(ln) for ln in lines):
        left = _parse_tree(lines, snap)
        snap.set_source("paste:lsusb-t", "ok")
        if any(BUS_RE.match(ln) for ln in left):  # lsusb and lsusb -t pasted as one block
            left = _parse_plain(left, snap)
            snap.set_source("paste:lsusb", "ok")
    else:
        left = _parse_plain(lines, snap)
        snap.set_source("paste:lsusb", "ok")
    return left


# --- lsusb -v filtered through grep ------------------------------------------

DASH_D_RE = regex_cache.compile(r"-d\s*([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\b")


def _is_grepped_verbose(lines: List[str]) -> bool:
    """``lsusb -v | grep -E 'bConfigurationValue|bInterface...'``: descriptor fields without their headers."""
    if any(ln.strip().endswith("Descriptor:") for ln in lines):
        return False
    keys = [m.group(1) for m in (FIELD_RE.match(ln) for ln in lines) if m]
    return "bInterfaceNumber" in keys and ("bConfigurationValue" in keys or "bNumConfigurations" in keys)


def _with_headers(lines: List[str], command: str) -> List[str]:
    """Put back the headers grep removed: a device (ids from ``-d VID:PID``), a configuration before
    each bConfigurationValue, an interface before each bInterfaceNumber."""
    out = ["Device Descriptor:"]
    ids = DASH_D_RE.search(command)
    if ids:
        out += ["  idVendor           0x%s" % ids.group(1).lower(), "  idProduct          0x%s" % ids.group(2).lower()]
    for line in lines:
        m = FIELD_RE.match(line)
        key = m.group(1) if m else ""
        if key == "bConfigurationValue":
            out.append("  Configuration Descriptor:")
        elif key == "bInterfaceNumber":
            out.append("    Interface Descriptor:")
        out.append(line)
    return out


# --- plain ------------------------------------------------------------------

def _device_from_bus_line(m: "re.Match", snap: Snapshot) -> UsbDevice:
    dev = usb_device(snap, busnum=int(m.group(1)), devnum=int(m.group(2)), vid=m.group(3), pid=m.group(4))
    name = m.group(5).strip()
    if name and dev.product is None and dev.manufacturer is None:
        dev.product = name
    return dev


# where a record starts: several records on one line are a copy that lost the line ends
RECORD_START_RE = regex_cache.compile(r"(?<=\S)\s+(?=Bus \d{3} Device \d{3}: ID [0-9a-fA-F]{4}:[0-9a-fA-F]{4}\b)")


def _records(lines: List[str]) -> List[str]:
    """``lines`` with each line that holds several lsusb records cut into one line per record."""
    return [record for line in lines for record in (RECORD_START_RE.split(line) if BUS_RE.match(line) else [line])]


# kana and CJK ideographs (with their punctuation): the scripts written without spaces between words
CJK_RE = regex_cache.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")


def _parse_plain(lines: List[str], snap: Snapshot) -> List[str]:
    left = []
    last = None  # type: Optional[UsbDevice]
    prev = ""
    for line in _records(lines):
        m = BUS_RE.match(line)
        if m:
            last = _device_from_bus_line(m, snap)
        elif last is not None and _is_wrapped_name(prev, line):
            last.product = ("%s %s" % (last.product or "", line.strip())).strip()
            last = None
        else:
            if line.strip():
                left.append(line)
            last = None  # only the line right after a record can hold the rest of its name
        prev = line
    return left


def _is_wrapped_name(prev: str, line: str) -> bool:
    """The rest of a device name a mail archive wrapped onto the next line ("...Co., Ltd. EC25 LTE" / "modem"): a few
    words, not a sentence in a language written without spaces (Japanese, Chinese) that follows the line."""
    words = line.split()
    return (len(prev) >= 60 and 0 < len(words) <= 4 and ":" not in line and not line[:1].isspace()
            and not CJK_RE.search(line))


# --- tree -------------------------------------------------------------------

def _class_byte(name: str) -> Optional[str]:
    name = name.strip().lower()
    if re.match(r"^[0-9a-f]{2}$", name):
        return name
    return CLASS_NAMES.get(name)


def _speed(text: Optional[str]) -> Optional[str]:
    if not text:
        return None
    m = re.match(r"^(\d+(?:\.\d+)?)M", text)
    return m.group(1) if m else None


def _driver(text: str) -> str:
    text = text.strip()
    if text in ("", "[none]", "(none)"):
        return ""
    return text.split("/", 1)[0]


def _parse_tree(lines: List[str], snap: Snapshot) -> List[str]:
    left = []
    bus = None
    ports = {}  # depth -> port number
    last_dev = None
    listed: Dict[int, Tuple[UsbDevice, set]] = {}  # the interfaces the tree lists per device (all of them)
    for line in lines:
        root = TREE_ROOT_RE.match(line)
        if root:
            bus, ports, last_dev = int(root.group(1)), {}, None
            continue
        node = TREE_NODE_RE.match(line)
        if node and bus is None:  # a piece of the tree cut below its "/:  Bus" line: the device by its number only
            last_dev = _fragment_node(node, snap, listed)
            continue
        if node:
            depth = max(1, (len(node.group(1)) + 1) // 4)
            ports[depth] = int(node.group(2))
            for d in [d for d in ports if d > depth]:
                del ports[d]
            chain = [ports.get(d) for d in range(1, depth + 1)]
            if None in chain:
                left.append(line)
                continue
            path = "%d-%s" % (bus, ".".join(str(p) for p in chain))
            dev = usb_device(snap, path=path, busnum=bus, devnum=int(node.group(3)))
            _tree_interface(dev, node, listed)
            last_dev = dev
            continue
        ident = TREE_ID_RE.match(line)
        if ident and last_dev is not None:  # lsusb -tv: "ID 2c7c:0125 Quectel ..."
            if last_dev.vid is None:
                last_dev.vid, last_dev.pid = ident.group(1).lower(), ident.group(2).lower()
            continue
        if line.strip():
            left.append(line)
    for dev, numbers in listed.values():
        if dev.num_interfaces is None:
            dev.num_interfaces = len(numbers)
    return left


def _fragment_node(node: "re.Match", snap: Snapshot, listed: Dict[int, Tuple[UsbDevice, set]]) -> UsbDevice:
    """A node of an lsusb -t piece pasted without its root line ("|__ Port 4: Dev 17, If 0, Class=..., Driver=,
    480M"): the bus and the port path are unknown, so the device is the one of that number the input shows
    (merge.find_usb_device by its number only: lsusb's "Bus 002 Device 017"), else a new device known by its
    number only, which find_usb_device joins an lsusb line read later to; its interfaces are read as in a whole tree."""
    devnum = int(node.group(3))
    dev = find_usb_device(snap, devnum=devnum)
    if dev is None:
        dev = UsbDevice(devnum=devnum)
        snap.usb_devices.append(dev)
    _tree_interface(dev, node, listed)
    return dev


def _tree_interface(dev: UsbDevice, node: "re.Match", listed: Dict[int, Tuple[UsbDevice, set]]) -> None:
    """The speed, interface number, class and driver of an lsusb -t node, into ``dev``."""
    speed = _speed(node.group(7))
    if speed and dev.speed is None:
        dev.speed = speed
    intf = usb_interface(dev, int(node.group(4)))
    listed.setdefault(id(dev), (dev, set()))[1].add(intf.number)
    cls = _class_byte(node.group(5))
    if cls is not None and intf.triplet is None:
        intf.triplet = cls + "/??/??"
    if intf.driver is None:
        intf.driver = _driver(node.group(6))


# --- verbose ------------------------------------------------------------------

def _int(text: str, base: int = 10) -> Optional[int]:
    token = text.split()[0] if text.split() else ""
    try:
        if token.lower().startswith("0x"):
            return int(token, 16)
        return int(token, base)
    except ValueError:
        return None


def _text_after_index(value: str) -> Optional[str]:
    """'2 Dell Wireless 5570' -> 'Dell Wireless 5570'; '0 ' -> None."""
    parts = value.split(None, 1)
    return parts[1].strip() if len(parts) == 2 and parts[1].strip() else None


class _State:
    def __init__(self) -> None:
        self.dev = None  # type: Optional[UsbDevice]
        self.dev_class = [None, None, None]  # type: List[Optional[int]]
        self.config = None  # type: Optional[UsbConfig]
        self.intf = None  # type: Optional[ConfigInterface]
        self.intf_class = [None, None, None]  # type: List[Optional[int]]
        self.iad = None  # type: Optional[InterfaceAssociation]
        self.iad_class = [None, None, None]  # type: List[Optional[int]]
        self.endpoint = None  # type: Optional[Endpoint]
        self.cdc = None  # type: Optional[CdcDescriptor]
        self.scope = ""


def _triplet(values: List[Optional[int]]) -> str:
    if any(v is None for v in values):
        return ""
    return "/".join("%02x" % (v & 0xFF) for v in values)


def _finish_config(st: _State) -> None:
    _finish_interface(st)
    _finish_iad(st)
    if st.config is not None and st.dev is not None:
        st.config.functions = _classify(st.config, st.dev)
    st.config = None


def _finish_interface(st: _State) -> None:
    if st.intf is not None:
        st.intf.triplet = _triplet(st.intf_class)
    st.intf, st.endpoint, st.cdc = None, None, None


def _finish_iad(st: _State) -> None:
    if st.iad is not None:
        st.iad.triplet = _triplet(st.iad_class)
    st.iad = None


def _finish_device(st: _State) -> None:
    _finish_config(st)
    if st.dev is not None and st.dev.num_interfaces is None and len(st.dev.configs) == 1:
        st.dev.num_interfaces = st.dev.configs[0].num_interfaces  # one configuration: it is the active one
    if st.dev is not None and st.dev.device_class is None and None not in st.dev_class:
        st.dev.device_class = _triplet(st.dev_class)
    st.dev, st.dev_class = None, [None, None, None]


def _classify(config: UsbConfig, dev: UsbDevice) -> List[str]:
    from wwandoctor.decode.usb_descriptors import classify_config
    return list(classify_config(config, dev.vid, dev.pid))


def _open_config(st: _State, key: str) -> None:
    _finish_config(st)
    st.config = UsbConfig(value=0)
    st.dev.configs.append(st.config)


def _open_iad(st: _State, key: str) -> None:
    _finish_interface(st)
    _finish_iad(st)
    st.iad = InterfaceAssociation(first_interface=0, interface_count=0)
    st.config.associations.append(st.iad)
    st.iad_class = [None, None, None]


def _open_interface(st: _State, key: str) -> None:
    _finish_interface(st)
    _finish_iad(st)
    st.intf = ConfigInterface(number=0)
    st.config.interfaces.append(st.intf)
    st.intf_class = [None, None, None]


def _open_endpoint(st: _State, key: str) -> None:
    st.endpoint = Endpoint(address=0, attributes=0)
    st.intf.endpoints.append(st.endpoint)


def _open_cdc(st: _State, key: str) -> None:
    subtype, cname = CDC_NAMES.get(key, (-1, "other"))
    st.cdc = CdcDescriptor(subtype=subtype, name=cname)
    st.intf.cdc.append(st.cdc)


# header -> (the scope it opens, the state attribute that must be open above it, what opens it)
OPENERS = {
    "configuration descriptor": ("config", "dev", _open_config),
    "interface association": ("iad", "config", _open_iad),
    "interface descriptor": ("interface", "config", _open_interface),
    "endpoint descriptor": ("endpoint", "intf", _open_endpoint),
}
CDC_OPENER = ("cdc", "intf", _open_cdc)


def _header(st: _State, name: str, snap: Snapshot) -> bool:
    """Open the scope a header line starts; False when the header is unknown or has nothing above it."""
    key = name.strip().lower()
    if key == "device descriptor":
        if st.dev is None:
            st.dev = usb_device(snap)
        st.scope = "device"
        return True
    opener = CDC_OPENER if key.startswith("cdc ") or key == "unrecognized cdc" else OPENERS.get(key)
    if opener is not None:
        scope, above, open_scope = opener
        if getattr(st, above) is None:
            return False
        open_scope(st, key)
        st.scope = scope
        return True
    if any(key.startswith(h) for h in IGNORED_HEADERS) or key.endswith("descriptor"):
        st.scope = "ignored"
        return True
    return False


def _field_device(st: _State, key: str, value: str) -> None:
    dev = st.dev
    if key in ("idVendor", "idProduct"):
        m = re.match(r"0x([0-9a-fA-F]{4})\b", value)
        attr = "vid" if key == "idVendor" else "pid"
        if m and getattr(dev, attr) is None:
            setattr(dev, attr, m.group(1).lower())
    elif key == "bNumConfigurations":
        dev.num_configs = _int(value)
    elif key in ("bDeviceClass", "bDeviceSubClass", "bDeviceProtocol"):
        st.dev_class[("bDeviceClass", "bDeviceSubClass", "bDeviceProtocol").index(key)] = _int(value)
    elif key == "iManufacturer" and _text_after_index(value):
        dev.manufacturer = _text_after_index(value)
    elif key == "iProduct" and _text_after_index(value):
        dev.product = _text_after_index(value)
    elif key == "iSerial" and _text_after_index(value):
        dev.serial = _text_after_index(value)


def _field_config(config: UsbConfig, key: str, value: str) -> None:
    if key == "bConfigurationValue":
        config.value = _int(value) or 0
    elif key == "bNumInterfaces":
        config.num_interfaces = _int(value)
    elif key == "bmAttributes":
        config.attributes = _int(value)
    elif key == "MaxPower":
        m = re.match(r"(\d+)\s*mA", value)
        if m:
            config.max_power_ma = int(m.group(1))


# "bInterfaceNumber 8" -> intf.number = 8 (0 when unreadable); the class triplets are gathered apart.
_INTERFACE_INTS = {"bInterfaceNumber": "number", "bAlternateSetting": "alt", "bNumEndpoints": "num_endpoints"}
_IAD_INTS = {"bFirstInterface": "first_interface", "bInterfaceCount": "interface_count"}
_ENDPOINT_INTS = {"bEndpointAddress": "address", "bmAttributes": "attributes", "bInterval": "interval"}


def _set_int(obj, attrs: Dict[str, str], key: str, value: str) -> bool:
    """Set the attribute ``attrs[key]`` of ``obj`` to the number in ``value``; False when ``key`` is not in ``attrs``."""
    if key not in attrs:
        return False
    setattr(obj, attrs[key], _int(value) or 0)
    return True


def _field_interface(st: _State, key: str, value: str) -> None:
    names = ("bInterfaceClass", "bInterfaceSubClass", "bInterfaceProtocol")
    if not _set_int(st.intf, _INTERFACE_INTS, key, value) and key in names:
        st.intf_class[names.index(key)] = _int(value)


def _field_iad(st: _State, key: str, value: str) -> None:
    names = ("bFunctionClass", "bFunctionSubClass", "bFunctionProtocol")
    if not _set_int(st.iad, _IAD_INTS, key, value) and key in names:
        st.iad_class[names.index(key)] = _int(value)


def _field_endpoint(ep: Endpoint, key: str, value: str) -> None:
    if not _set_int(ep, _ENDPOINT_INTS, key, value) and key == "wMaxPacketSize":
        m = re.search(r"(\d+) bytes", value)
        ep.max_packet = int(m.group(1)) if m else (_int(value) or 0) & 0x7FF


def _cdc_value(value: str) -> Any:
    """Numbers become ints ("4096", "0x20"); "bSlaveInterface 13 14" -> [13, 14]; else the text."""
    tokens = value.split()
    if len(tokens) > 1 and all(t.isdigit() for t in tokens):
        return [int(t) for t in tokens]
    number = _int(value) if tokens else None
    if number is not None and len(tokens) == 1:
        return number
    return value


def _cdc_field(cdc: CdcDescriptor, key: str, value: Any) -> None:
    """Store a CDC field under the names the sysfs descriptor decoder (wwandoctor.decode.usb_descriptors) uses."""
    if cdc.name == "union" and key == "bMasterInterface":
        cdc.fields["master"] = value
    elif cdc.name == "union" and key.startswith("bSlaveInterface"):
        slaves = cdc.fields.setdefault("slaves", [])
        slaves.extend(value if isinstance(value, list) else [value])
    elif key == "iMacAddress":
        cdc.fields["iMACAddress"] = _int(str(value))
    else:
        cdc.fields[key] = value


def _unrecognized_cdc(st: _State, line: str) -> bool:
    """'** UNRECOGNIZED:  0c 24 1b 00 01 00 10 20 80 e0 0f 20': a CS_INTERFACE descriptor old lsusb cannot name."""
    m = re.match(r"^\s*\*\* UNRECOGNIZED:\s+((?:[0-9a-fA-F]{2}\s*)+)$", line)
    if not m or st.intf is None or st.scope not in ("interface", "cdc"):
        return False
    raw = bytes(int(h, 16) for h in m.group(1).split())
    if len(raw) < 3 or raw[1] != 0x24:
        return False
    from wwandoctor.decode.usb_descriptors import cdc_descriptor
    st.intf.cdc.append(cdc_descriptor(raw, []))
    return True


def _field(st: _State, key: str, value: str) -> bool:
    if st.scope == "device" and st.dev is not None:
        _field_device(st, key, value)
    elif st.scope == "config" and st.config is not None:
        _field_config(st.config, key, value)
    elif st.scope == "iad" and st.iad is not None:
        _field_iad(st, key, value)
    elif st.scope == "interface" and st.intf is not None:
        _field_interface(st, key, value)
    elif st.scope == "endpoint" and st.endpoint is not None:
        _field_endpoint(st.endpoint, key, value)
    elif st.scope == "cdc" and st.cdc is not None:
        _cdc_field(st.cdc, key, _cdc_value(value))
    elif st.scope != "ignored":
        return False
    return True


def _parse_verbose(lines: List[str], snap: Snapshot) -> List[str]:
    left = []
    st = _State()
    for line in lines:
        bus = BUS_RE.match(line)
        if bus:
            _finish_device(st)
            st.dev = _device_from_bus_line(bus, snap)
            st.scope = ""
            continue
        header = HEADER_RE.match(line)
        if header and _header(st, header.group(1), snap):
            continue
        field_m = FIELD_RE.match(line)
        if field_m and _field(st, field_m.group(1), field_m.group(2)):
            continue
        if _unrecognized_cdc(st, line):
            continue
        if not line.strip() or NOISE_RE.match(line) or (st.scope == "ignored" and _ignored_detail(line)):
            continue
        left.append(line)
    _finish_device(st)
    return left


def _ignored_detail(line: str) -> bool:
    """A detail line of a descriptor we skip (BOS, HID, hub...): indented, and not another tool's table
    (an mmcli "Status | state: ..." box pasted right after the lsusb output)."""
    return line[:1] in (" ", "\t") and "|" not in line and not re.match(r"^\s*-{5,}\s*$", line)
