"""USB descriptors: decode the sysfs ``descriptors`` file and say what each configuration offers.

``/sys/bus/usb/devices/<dev>/descriptors`` holds the 18-byte device descriptor
followed by *every* configuration (not only the active one), little-endian, as
sent on the bus. Start of the real Dell DW5570 (413c:81a3) file, in hex::

    12 01 0002 00 00 00 40 3c41 a381 0600 01 02 03 02      device: USB 2.00, 413c:81a3, 2 configurations
    09 02 7a00 04 01 00 e0 fa                              configuration 1, 4 interfaces, 500 mA
    09 04 00 00 02 ff ff ff 00                             interface 0 alt 0, 2 endpoints, ff/ff/ff
    07 05 81 02 0002 00                                    endpoint 0x81 bulk IN, 512 bytes
    ...
    0c 24 1b 0001 0010 20 80 dc05 20                       CS_INTERFACE MBIM functional descriptor

The walk follows each descriptor's bLength (wTotalLength is never trusted) and never
raises on bad data: truncation and garbage become strings in ``Decoded.problems``.

The classification (:func:`classify_interface`, :func:`classify_config`) names the
function an interface offers — qmi, mbim, ncm, ecm, rndis, serial, storage, diag,
audio, other — using the class triplet and, for vendor-specific (ff) interfaces,
the kernel driver tables in ``wwandoctor/data/usb-modem-ids.csv``: ff/ff/ff alone
never proves QMI.
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from wwandoctor import knowledge
from wwandoctor.snapshot import CdcDescriptor, ConfigInterface, Endpoint, InterfaceAssociation, UsbConfig

FUNCTION_ORDER = ("qmi", "mbim", "ncm", "ecm", "rndis", "serial", "storage", "diag", "audio", "other")

DEVICE, CONFIGURATION, INTERFACE, ENDPOINT, IAD, CS_INTERFACE = 0x01, 0x02, 0x04, 0x05, 0x0B, 0x24
MIN_LENGTH = {DEVICE: 18, CONFIGURATION: 9, INTERFACE: 9, ENDPOINT: 7, IAD: 8, CS_INTERFACE: 3}
BULK, INTERRUPT = 2, 3


@dataclass
class Decoded:
    """What a descriptors blob holds. ``device`` is None when no device descriptor was found."""
    device: Optional[dict] = None  # bcd_usb "2.00", device_class "00/00/00", vid, pid, bcd_device "0006", num_configs
    configs: List[UsbConfig] = field(default_factory=list)
    problems: List[str] = field(default_factory=list)


def _bcd(value: int) -> str:
    return "%x.%02x" % (value >> 8, value & 0xFF)


def _triplet(a: int, b: int, c: int) -> str:
    return "%02x/%02x/%02x" % (a, b, c)


# --- class-specific (CS_INTERFACE) functional descriptors ------------------------
# subtype -> (name, struct format of the body after bLength/bType/bSubtype, field names)
_CDC = {
    0x00: ("header", "<H", ("bcdCDC",)),
    0x01: ("call-management", "<BB", ("bmCapabilities", "bDataInterface")),
    0x02: ("acm", "<B", ("bmCapabilities",)),
    0x06: ("union", None, ()),
    0x0F: ("ethernet", "<BIHHB", ("iMACAddress", "bmEthernetStatistics", "wMaxSegmentSize",
                                  "wNumberMCFilters", "bNumberPowerFilters")),
    0x1A: ("ncm", "<HB", ("bcdNcmVersion", "bmNetworkCapabilities")),
    0x1B: ("mbim", "<HHBBHB", ("bcdMBIMVersion", "wMaxControlMessage", "bNumberFilters", "bMaxFilterSize",
                               "wMaxSegmentSize", "bmNetworkCapabilities")),
    0x1C: ("mbim-extended", "<HBH", ("bcdMBIMExtendedVersion", "bMaxOutstandingCommandMessages", "wMTU")),
}


def cdc_descriptor(desc: bytes, problems: List[str], offset: int = 0) -> CdcDescriptor:
    """One CDC functional descriptor (bLength, 0x24 CS_INTERFACE, subtype, body...); what is
    wrong with it is appended to ``problems`` ("offset N: ...")."""
    subtype = desc[2]
    name, fmt, names = _CDC.get(subtype, ("other", None, ()))
    body = desc[3:]
    fields: Dict[str, object] = {}
    if name == "union":
        if body:
            fields = {"master": body[0], "slaves": list(body[1:])}
        else:
            problems.append("offset %d: empty CDC union descriptor" % offset)
    elif fmt:
        need = struct.calcsize(fmt)
        if len(body) < need:
            problems.append("offset %d: CDC %s descriptor too short (%d bytes, needs %d)"
                            % (offset, name, len(desc), need + 3))
        else:
            values = struct.unpack_from(fmt, body)
            fields = {k: (_bcd(v) if k.startswith("bcd") else v) for k, v in zip(names, values)}
    return CdcDescriptor(subtype=subtype, name=name, fields=fields)


# --- the walk -----------------------------------------------------------------------

class _Walk:
    """State of one pass over a descriptors blob."""

    def __init__(self) -> None:
        self.out = Decoded()
        self.config: Optional[UsbConfig] = None
        self.iface: Optional[ConfigInterface] = None
        self.bcd_usb = 0
        self.spans: List[list] = []  # [config value, wTotalLength, start offset, end offset]

    def problem(self, text: str) -> None:
        self.out.problems.append(text)

    def device(self, d: bytes, offset: int) -> None:
        if self.out.device is not None or self.config is not None:
            self.problem("offset %d: unexpected second device descriptor ignored" % offset)
            return
        (_l, _t, bcd_usb, cls, sub, proto, _mp, vid, pid, bcd_dev, _m, _p, _s,
         num) = struct.unpack_from("<BBHBBBBHHHBBBB", d)
        self.bcd_usb = bcd_usb
        self.out.device = {"bcd_usb": _bcd(bcd_usb), "device_class": _triplet(cls, sub, proto),
                           "vid": "%04x" % vid, "pid": "%04x" % pid, "bcd_device": "%04x" % bcd_dev,
                           "num_configs": num}

    def configuration(self, d: bytes, offset: int) -> None:
        _l, _t, total, num_if, value, _i, attrs, power = struct.unpack_from("<BBHBBBBB", d)
        self.spans.append([value, total, offset, None])
        usb3 = self.bcd_usb >= 0x0300  # SuperSpeed bMaxPower is in 8 mA units
        self.config = UsbConfig(value=value, num_interfaces=num_if, attributes=attrs,
                                max_power_ma=power * (8 if usb3 else 2))
        self.iface = None
        self.out.configs.append(self.config)

    def interface(self, d: bytes, offset: int) -> None:
        if self.config is None:
            self.problem("offset %d: interface descriptor outside a configuration ignored" % offset)
            return
        _l, _t, number, alt, num_ep, cls, sub, proto = struct.unpack_from("<BBBBBBBB", d)
        self.iface = ConfigInterface(number=number, alt=alt, triplet=_triplet(cls, sub, proto),
                                     num_endpoints=num_ep)
        self.config.interfaces.append(self.iface)

    def endpoint(self, d: bytes, offset: int) -> None:
        if self.iface is None:
            self.problem("offset %d: endpoint descriptor outside an interface ignored" % offset)
            return
        _l, _t, address, attrs, max_packet, interval = struct.unpack_from("<BBBBHB", d)
        self.iface.endpoints.append(Endpoint(address=address, attributes=attrs,
                                             max_packet=max_packet & 0x7FF, interval=interval))

    def association(self, d: bytes, offset: int) -> None:
        if self.config is None:
            self.problem("offset %d: interface association outside a configuration ignored" % offset)
            return
        self.config.associations.append(InterfaceAssociation(first_interface=d[2], interface_count=d[3],
                                                             triplet=_triplet(d[4], d[5], d[6])))

    def class_specific(self, d: bytes, offset: int) -> None:
        if self.iface is None:
            self.problem("offset %d: class-specific descriptor outside an interface ignored" % offset)
            return
        self.iface.cdc.append(cdc_descriptor(d, self.out.problems, offset))


_HANDLERS = {DEVICE: _Walk.device, CONFIGURATION: _Walk.configuration, INTERFACE: _Walk.interface,
             ENDPOINT: _Walk.endpoint, IAD: _Walk.association, CS_INTERFACE: _Walk.class_specific}


def _walk(data: bytes) -> Decoded:
    walk = _Walk()
    offset = 0
    while offset < len(data):
        length = data[offset]
        if len(data) - offset < 2:
            walk.problem("offset %d: %d trailing byte(s) ignored" % (offset, len(data) - offset))
            break
        kind = data[offset + 1]
        if length < 2:
            walk.problem("offset %d: invalid bLength %d, stopped decoding" % (offset, length))
            break
        if offset + length > len(data):
            walk.problem("offset %d: descriptor type 0x%02x truncated (bLength %d, %d bytes left)"
                         % (offset, kind, length, len(data) - offset))
            break
        desc = data[offset:offset + length]
        handler = _HANDLERS.get(kind)
        if kind in (DEVICE, CONFIGURATION) and walk.spans and walk.spans[-1][3] is None:
            walk.spans[-1][3] = offset  # a configuration ends where the next one starts
        if handler is not None and length < MIN_LENGTH[kind]:
            walk.problem("offset %d: descriptor type 0x%02x too short (bLength %d, needs %d), ignored"
                         % (offset, kind, length, MIN_LENGTH[kind]))
        elif handler is not None:
            handler(walk, desc, offset)
        offset += length
    for value, total, start, end in walk.spans:
        present = (offset if end is None else end) - start
        if present != total:
            walk.problem("configuration %d: wTotalLength %d but %d byte(s) decoded" % (value, total, present))
    return walk.out


def _check_counts(out: Decoded) -> None:
    """Note declared counts that do not match what was decoded."""
    if out.device is not None and out.device["num_configs"] != len(out.configs):
        out.problems.append("device declares %d configuration(s), %d decoded"
                            % (out.device["num_configs"], len(out.configs)))
    for cfg in out.configs:
        found = len({i.number for i in cfg.interfaces})
        if cfg.num_interfaces != found:
            out.problems.append("configuration %d declares %d interface(s), %d decoded"
                                % (cfg.value, cfg.num_interfaces, found))
        for iface in cfg.interfaces:
            if iface.num_endpoints != len(iface.endpoints):
                out.problems.append("configuration %d interface %d alt %d declares %d endpoint(s), %d decoded"
                                    % (cfg.value, iface.number, iface.alt, iface.num_endpoints,
                                       len(iface.endpoints)))


def decode_descriptors(data: bytes, vid: Optional[str] = None, pid: Optional[str] = None) -> Decoded:
    """Decode a descriptors blob; fill each configuration's ``functions``.

    ``vid``/``pid`` (4 hex digits) default to the ids in the device descriptor; they
    select the driver-table rows used to classify vendor-specific interfaces.
    """
    data = bytes(data or b"")
    if not data:
        return Decoded(problems=["empty descriptors"])
    out = _walk(data)
    if out.device is None:
        out.problems.insert(0, "no device descriptor")
    _check_counts(out)
    if out.device is not None:
        vid = vid or out.device["vid"]
        pid = pid or out.device["pid"]
    for cfg in out.configs:
        cfg.functions = classify_config(cfg, vid, pid)
    return out


# --- classification ---------------------------------------------------------------

RNDIS_TRIPLETS = ("02/02/ff", "e0/01/03", "ef/04/01", "ef/01/01")
# sierra.c: interfaces of Direct IP devices the serial driver leaves to sierra_net
SIERRA_DIRECT_IP_IFACES = (7, 8, 9, 10, 11, 19, 20)
# qcserial.c HWI layout: Huawei encodes the function in bInterfaceProtocol
HUAWEI_QMI_PROTOCOLS = (0x07, 0x37, 0x67, 0x08, 0x38, 0x68, 0x09, 0x39, 0x69)
HUAWEI_NCM_PROTOCOLS = (0x16, 0x46, 0x76)
_LAYOUT_FUNCTION = {"QMI": "qmi", "DM": "diag", "AT": "serial", "NMEA": "serial"}


def _bulk_in_out(iface: ConfigInterface) -> Tuple[int, int, int]:
    """(bulk IN, bulk OUT, interrupt) endpoint counts."""
    bulk_in = sum(1 for e in iface.endpoints if e.attributes & 3 == BULK and e.address & 0x80)
    bulk_out = sum(1 for e in iface.endpoints if e.attributes & 3 == BULK and not e.address & 0x80)
    intr = sum(1 for e in iface.endpoints if e.attributes & 3 == INTERRUPT)
    return bulk_in, bulk_out, intr


def _triplet_match(pattern: str, triplet: str) -> bool:
    want, have = pattern.split("/"), triplet.split("/")
    return len(want) == 3 and len(have) == 3 and all(w in ("*", h) for w, h in zip(want, have))


def _if_list(notes: str, label: str) -> List[int]:
    """'reserved(not bound) if#1,2; pid define X' -> [1, 2] for label 'reserved'."""
    m = re.search(re.escape(label) + r"[^;]*?if#([\d,]+)", notes)
    return [int(n) for n in m.group(1).split(",") if n] if m else []


def _row_selects(row: Dict[str, str], iface: ConfigInterface) -> bool:
    """Does this row's match (interface number, class pattern, "any") cover ``iface``?"""
    spec = row.get("interface", "")
    if spec.startswith("if#"):
        ok = spec[3:].isdigit() and int(spec[3:]) == iface.number
        if row.get("driver") == "qmi_wwan":  # QMI_FIXED_INTF binds only vendor-specific interfaces
            ok = ok and iface.triplet.startswith("ff/")
        return ok
    if spec.startswith("class "):
        ok = _triplet_match(spec.split()[1], iface.triplet)
        if "not 2-endpoint" in spec or row.get("driver") == "qmi_wwan":
            ok = ok and iface.num_endpoints != 2
        return ok
    return spec == "any"


def row_matches(row: Dict[str, str], iface: ConfigInterface) -> bool:
    """Would this driver-table row let its driver bind ``iface`` (match minus reserved interfaces)?"""
    if not _row_selects(row, iface):
        return False
    notes = row.get("notes", "")
    if "only 2-endpoint intf" in notes and iface.num_endpoints != 2:
        return False
    if iface.number in _if_list(notes, "reserved"):
        return False
    return not ("direct_ip_interface_ignore" in notes and iface.number in SIERRA_DIRECT_IP_IFACES)


def binding_drivers(rows: List[Dict[str, str]], iface: ConfigInterface) -> List[str]:
    """Drivers that would bind ``iface``: per driver the first selecting row decides, as usb_match_id does
    (the driver's probe then applies the row's reservations / 2-endpoint flag and does not try other rows).

    ``rows`` come from knowledge.usb_id_rows (exact rows before vendor-wide ones), so a
    device row that reserves an interface wins over a vendor-wide row that would take it.
    """
    decided: Dict[str, bool] = {}
    for row in rows:
        driver = row["driver"]
        if driver in decided or row["interface"].startswith("layout") or not _row_selects(row, iface):
            continue
        decided[driver] = row_matches(row, iface)
    return sorted(d for d, binds in decided.items() if binds)


def _layout_function(spec: str, iface: ConfigInterface) -> Optional[str]:
    """Function of an interface per a qcserial layout row ('layout SWI: 0=DM,2=NMEA,3=AT (...; 8=QMI)')."""
    if spec.startswith("layout HWI"):
        try:
            proto = int(iface.triplet.split("/")[2], 16)
        except (ValueError, IndexError):  # partial triplet such as "ff/??/??"
            return None
        if proto in HUAWEI_QMI_PROTOCOLS:
            return "qmi"
        return "ncm" if proto in HUAWEI_NCM_PROTOCOLS else "serial"
    for number, name in re.findall(r"(\d+)=([A-Z]+)", spec):
        if int(number) == iface.number and name in _LAYOUT_FUNCTION:
            return _LAYOUT_FUNCTION[name]
    return None


def _ec20_quirk(vid, pid, num_interfaces: Optional[int]) -> bool:
    """Quectel EC20 under Qualcomm's 05c6:9215 with 5 interfaces: qmi_wwan skips interface 0 and
    QMI is on interface 4 (qmi_wwan.c quectel_ec20_detected); the Gobi 2000 layout does not apply."""
    return (knowledge.norm_id(vid), knowledge.norm_id(pid)) == ("05c6", "9215") and num_interfaces == 5


def _vendor_function(iface: ConfigInterface, vid, pid, num_interfaces: Optional[int] = None) -> str:
    """Function of a vendor-specific (ff) interface from the driver tables, else from its endpoints."""
    rows = knowledge.usb_id_rows(vid, pid) if vid and pid else []
    if _ec20_quirk(vid, pid, num_interfaces):
        rows = [r for r in rows if r["interface"] != "if#0" and not r["interface"].startswith("layout")]
    drivers = set(binding_drivers(rows, iface))
    if "qmi_wwan" in drivers:
        return "qmi"
    if "huawei_cdc_ncm" in drivers:
        return "ncm"
    for row in rows:
        if row["interface"].startswith("layout"):
            function = _layout_function(row["interface"], iface)
            if function:
                return function
    if "sierra_net" in drivers:
        return "other"
    if drivers & {"option", "sierra", "qcserial"}:
        return "serial"
    if not iface.endpoints:  # only the count is known (e.g. built from sysfs bNumEndpoints)
        return "serial" if iface.num_endpoints == 2 else "other"
    bulk_in, bulk_out, intr = _bulk_in_out(iface)
    if bulk_in == 1 and bulk_out == 1 and intr == 0:
        return "serial"
    return "other"


def classify_interface(iface: ConfigInterface, vid=None, pid=None, num_interfaces: Optional[int] = None) -> str:
    """The function one interface (alternate setting) offers; see FUNCTION_ORDER.

    ``num_interfaces`` (interfaces in its configuration) matters only for the Quectel
    EC20 quirk; classify_config passes it.

    CDC data interfaces (class 0a) are named after the protocol they carry
    (mbim / ncm) or "other"; :func:`classify_config` skips them and counts their
    control interface instead.
    """
    triplet = (iface.triplet or "").lower()
    cls = triplet[:2]
    if triplet in RNDIS_TRIPLETS:
        return "rndis"
    if cls == "02":
        sub = triplet[3:5]
        if sub == "0e":
            return "mbim"
        if sub == "0d":
            return "ncm"
        if sub == "06":
            return "ecm"
        if sub == "02":
            return "serial"
        return "other"
    if cls == "0a":
        return {"02": "mbim", "01": "ncm"}.get(triplet[6:8], "other")
    if cls == "08":
        return "storage"
    if cls == "01":
        return "audio"
    if cls == "ff":
        return _vendor_function(iface, vid, pid, num_interfaces)
    return "other"


def classify_config(config: UsbConfig, vid=None, pid=None) -> List[str]:
    """Functions a configuration offers, unique, in FUNCTION_ORDER.

    Each interface number is judged by its first alternate setting (alt 0); CDC data
    interfaces are left to their control interface.
    """
    seen = set()
    found = set()
    count = len({i.number for i in config.interfaces})
    for iface in config.interfaces:
        if iface.number in seen:
            continue
        seen.add(iface.number)
        if (iface.triplet or "").startswith("0a/"):
            continue
        found.add(classify_interface(iface, vid, pid, count))
    return [f for f in FUNCTION_ORDER if f in found]


# --- small helpers ------------------------------------------------------------------

_CLASS_NAMES = {"00": "class defined per interface", "01": "audio", "02": "communications (CDC control)",
                "03": "HID", "07": "printer", "08": "mass storage", "09": "hub", "0a": "CDC data",
                "0b": "smart card", "0e": "video", "dc": "diagnostic", "e0": "wireless controller",
                "ef": "miscellaneous", "fe": "application-specific", "ff": "vendor-specific"}


def _cell_matches(pattern: str, value: str) -> bool:
    """usb-class-triplets.csv cell: 'ff', '01|02|03', '30/40/60/10', '00-06', 'various', '00 (device)'."""
    pattern = pattern.split(" ")[0]
    if pattern in ("various", "*", ""):
        return True
    for alt in re.split(r"[|/]", pattern):
        if "-" in alt:
            lo, hi = alt.split("-", 1)
            try:
                if int(lo, 16) <= int(value, 16) <= int(hi, 16):
                    return True
            except ValueError:
                continue
        elif alt == value:
            return True
    return False


def triplet_meaning(triplet: str, device: bool = False) -> str:
    """Human meaning of a class triplet ("02/0e/00" -> "CDC MBIM communication ..."); "" if malformed.

    ``device=True`` asks about a device-level class (bDeviceClass...), which has its own rows.
    """
    parts = (triplet or "").lower().split("/")
    if len(parts) != 3 or not all(re.fullmatch(r"[0-9a-f]{2}", p) for p in parts):
        return ""
    for row in knowledge.triplet_rows():
        is_device_row = "(device)" in row["bInterfaceClass"]
        if is_device_row != device:
            continue
        cells = (row["bInterfaceClass"], row["bInterfaceSubClass"], row["bInterfaceProtocol"])
        if all(_cell_matches(c, v) for c, v in zip(cells, parts)):
            return row["meaning"]
    name = _CLASS_NAMES.get(parts[0])
    return "%s (class %s)" % (name, triplet.lower()) if name else "unknown class %s" % triplet.lower()


def parse_interface_id(text: str) -> Optional[Tuple[str, int, int]]:
    """'1-7:2.12' -> ('1-7', 2, 12): device path, configuration, interface; None if malformed."""
    m = re.fullmatch(r"(\d+-\d+(?:\.\d+)*):(\d+)\.(\d+)", (text or "").strip())
    if not m:
        return None
    return m.group(1), int(m.group(2)), int(m.group(3))
