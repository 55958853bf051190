"""Parse ``usb-devices`` and ``/sys/kernel/debug/usb/devices`` (same T:/D:/P:/S:/C:/A:/I:/E: lines).

    T:  Bus=02 Lev=01 Prnt=01 Port=02 Cnt=01 Dev#=  3 Spd=480  MxCh= 0
    D:  Ver= 2.00 Cls=00(>ifc ) Sub=00 Prot=00 MxPS=64 #Cfgs=  2
    P:  Vendor=1199 ProdID=9079 Rev=00.06
    S:  Product=Sierra Wireless EM7455 Qualcomm Snapdragon X7 LTE-A
    C:  #Ifs= 2 Cfg#= 2 Atr=e0 MxPwr=0mA
    I:  If#=0x c Alt= 0 #EPs= 1 Cls=02(commc) Sub=0e Prot=00 Driver=cdc_mbim

``Port`` is 0-based, so this device is "2-3". ``usb-devices`` shows only the active
configuration; debugfs lists every configuration and marks the active one (and the
active alternate settings) with "*" ("C:* #Ifs= ..."). The active configuration's
interfaces become UsbInterface entries (triplet, driver, "" for "(none)"); in the
debugfs form every configuration is also kept as a UsbConfig.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import source_read, usb_device, usb_interface
from wwandoctor.snapshot import ConfigInterface, Endpoint, Snapshot, UsbConfig, UsbDevice

KIND = "usb-devices"
COMMANDS = ("usb-devices", "cat /sys/kernel/debug/usb/devices")
PRIORITY = 60

LINE_RE = regex_cache.compile(r"^\s*([TBDPSCAIE]):(\*?)\s*(.*)$")
PAIR_RE = regex_cache.compile(r"([#\w]+)=\s*((?:0x\s*)?[^\s(]*(?:\([^)]*\))?)")


def detect(block: Block) -> int:
    if block.runs(COMMANDS) or "/sys/kernel/debug/usb/devices" in (block.command or ""):
        return 95
    t_lines = sum(1 for ln in block.lines[:300] if re.match(r"^\s*T:\s+Bus=\d+\s+Lev=", ln))
    p_lines = sum(1 for ln in block.lines[:300] if re.match(r"^\s*P:\s+Vendor=[0-9a-fA-F]{4}\s+ProdID=", ln))
    return 90 if t_lines or p_lines else 0


def _pairs(text: str) -> Dict[str, str]:
    return {k: v.replace(" ", "") for k, v in PAIR_RE.findall(text)}


def _hex2(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    m = re.match(r"^([0-9a-fA-F]{2})", value)
    return m.group(1).lower() if m else None


def _num(value: Optional[str]) -> Optional[int]:
    if value is None:
        return None
    value = value.replace(" ", "")
    try:
        return int(value, 16) if value.lower().startswith("0x") else int(value)
    except ValueError:
        return None


class _State:
    def __init__(self, debugfs: bool) -> None:
        self.debugfs = debugfs
        self.paths = {}  # type: Dict[Tuple[int, int], str]
        self.dev = None  # type: Optional[UsbDevice]
        self.config = None  # type: Optional[UsbConfig]
        self.active = False
        self.intf = None  # type: Optional[ConfigInterface]
        self.root = False


def parse(block: Block, snap: Snapshot) -> List[str]:
    debugfs = any(re.match(r"^\s*[CI]:\*", ln) for ln in block.lines)
    st = _State(debugfs)
    left = []
    for line in block.lines:
        if not line.strip():
            continue
        m = LINE_RE.match(line)
        if not m or not _line(st, snap, m.group(1), m.group(2) == "*", m.group(3)):
            left.append(line)
    _finish(st)
    source_read(snap, block, left, "paste:usb-devices")
    return left


def _line(st: _State, snap: Snapshot, tag: str, star: bool, text: str) -> bool:
    if tag == "T":
        _finish(st)
        return _topology(st, snap, _pairs(text))
    if tag == "B":
        return True
    if st.dev is None:
        return st.root  # lines of a root hub are read and dropped
    if tag == "D":
        _descriptor(st.dev, _pairs(text))
    elif tag == "P":
        pairs = _pairs(text)
        if pairs.get("Vendor") and st.dev.vid is None:
            st.dev.vid = pairs["Vendor"].lower()
        if pairs.get("ProdID") and st.dev.pid is None:
            st.dev.pid = pairs["ProdID"].lower()
    elif tag == "S":
        _string(st.dev, text)
    elif tag == "C":
        _config(st, _pairs(text), star)
    elif tag == "A":
        return st.config is not None
    elif tag == "I":
        return _interface(st, _pairs(text), star)
    elif tag == "E":
        return _endpoint(st, _pairs(text))
    return True


def _topology(st: _State, snap: Snapshot, pairs: Dict[str, str]) -> bool:
    bus, level = _num(pairs.get("Bus")), _num(pairs.get("Lev"))
    parent, port, devnum = _num(pairs.get("Prnt")), _num(pairs.get("Port")), _num(pairs.get("Dev#"))
    st.root = False
    if bus is None or level is None or devnum is None:
        return False
    if level == 0:
        st.paths[(bus, devnum)] = "usb%d" % bus
        st.dev, st.root = None, True  # root hubs are not kept
        return True
    base = _parent_path(st, snap, bus, level, parent)
    path = None
    if base is not None and port is not None:
        path = "%d-%d" % (bus, port + 1) if base.startswith("usb") else "%s.%d" % (base, port + 1)
        st.paths[(bus, devnum)] = path
    st.dev = usb_device(snap, path=path, busnum=bus, devnum=devnum)
    speed = pairs.get("Spd")
    if speed and st.dev.speed is None:
        st.dev.speed = speed
    return True


def _parent_path(st: _State, snap: Snapshot, bus: int, level: int, parent: Optional[int]) -> Optional[str]:
    """Path of the parent hub; records may come in separate blocks (usb-devices puts blank lines between)."""
    if level == 1:
        return "usb%d" % bus
    if parent is None:
        return None
    if (bus, parent) in st.paths:
        return st.paths[(bus, parent)]
    hub = next((d for d in snap.usb_devices if d.busnum == bus and d.devnum == parent and d.path), None)
    return hub.path if hub else None


def _descriptor(dev: UsbDevice, pairs: Dict[str, str]) -> None:
    triplet = [_hex2(pairs.get(k)) for k in ("Cls", "Sub", "Prot")]
    if None not in triplet and dev.device_class is None:
        dev.device_class = "/".join(triplet)
    if pairs.get("#Cfgs"):
        dev.num_configs = _num(pairs["#Cfgs"])


def _string(dev: UsbDevice, text: str) -> None:
    key, _, value = text.partition("=")
    attr = {"Manufacturer": "manufacturer", "Product": "product", "SerialNumber": "serial"}.get(key.strip())
    if attr and value.strip():
        setattr(dev, attr, value.strip())


def _config(st: _State, pairs: Dict[str, str], star: bool) -> None:
    st.intf = None
    value = _num(pairs.get("Cfg#"))
    st.active = star or not st.debugfs
    if st.active and value is not None:
        st.dev.active_config = value
    if st.active and _num(pairs.get("#Ifs")) is not None:
        st.dev.num_interfaces = _num(pairs.get("#Ifs"))
    if not st.debugfs or value is None:
        st.config = None
        return
    st.config = next((c for c in st.dev.configs if c.value == value), None)
    if st.config is None:
        st.config = UsbConfig(value=value)
        st.dev.configs.append(st.config)
    st.config.num_interfaces = _num(pairs.get("#Ifs"))
    st.config.attributes = _num("0x" + pairs["Atr"]) if pairs.get("Atr") else None
    power = re.match(r"(\d+)mA", pairs.get("MxPwr", ""))
    st.config.max_power_ma = int(power.group(1)) if power else None


def _interface(st: _State, pairs: Dict[str, str], star: bool) -> bool:
    number = _num(pairs.get("If#"))
    if number is None:
        return False
    triplet_parts = [_hex2(pairs.get(k)) for k in ("Cls", "Sub", "Prot")]
    triplet = "/".join(triplet_parts) if None not in triplet_parts else None
    alt, eps = _num(pairs.get("Alt")), _num(pairs.get("#EPs"))
    st.intf = None
    if st.config is not None:
        st.intf = ConfigInterface(number=number, alt=alt or 0, triplet=triplet or "", num_endpoints=eps or 0)
        st.config.interfaces.append(st.intf)
    if st.active and (star or not st.debugfs):
        intf = usb_interface(st.dev, number, st.dev.active_config)
        intf.alt, intf.triplet, intf.num_endpoints = alt, triplet, eps
        driver = pairs.get("Driver")
        if driver is not None:
            intf.driver = "" if driver in ("(none)", "[none]") else driver
    return True


def _endpoint(st: _State, pairs: Dict[str, str]) -> bool:
    address = pairs.get("Ad")
    if address is None:
        return False
    if st.intf is not None:
        attrs = _hex2(pairs.get("Atr"))
        packet = _num(pairs.get("MxPS"))
        st.intf.endpoints.append(Endpoint(address=int(_hex2(address) or "0", 16),
                                          attributes=int(attrs or "0", 16), max_packet=packet or 0))
    return True


def _finish(st: _State) -> None:
    if st.dev is not None and st.debugfs:
        from wwandoctor.decode.usb_descriptors import classify_config
        for config in st.dev.configs:
            config.functions = classify_config(config, st.dev.vid, st.dev.pid)
    st.dev, st.config, st.intf = None, None, None
