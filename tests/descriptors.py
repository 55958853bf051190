"""Build raw USB descriptor bytes (the sysfs ``descriptors`` file) for tests and test-beds.

Everything is little-endian and follows USB 2.0 chapter 9 / CDC 1.2 / NCM 1.0 / MBIM 1.0.
Triplets are written "ff/ff/ff" (hex class/subclass/protocol). Example::

    dev = device_descriptor("413c", "81a3", 1)
    cfg = configuration(1, qmi_interface(8), serial_interface(0))
    blob = descriptors(dev, cfg)

The API is shared with other test-beds: keep it stable.
"""
from __future__ import annotations

import struct
from typing import Iterable, Tuple

BULK = 2
INTERRUPT = 3


def _triplet(triplet: str) -> Tuple[int, int, int]:
    parts = triplet.split("/")
    if len(parts) != 3:
        raise ValueError("triplet must look like ff/ff/ff: %r" % triplet)
    a, b, c = (int(p, 16) for p in parts)
    return a, b, c


def _id(value) -> int:
    return int(value, 16) if isinstance(value, str) else int(value)


def device_descriptor(vid, pid, num_configs: int, triplet: str = "00/00/00", bcd_usb: int = 0x0200,
                      bcd_device: int = 0x0100, max_packet0: int = 64) -> bytes:
    """Device descriptor (18 bytes). ``vid``/``pid`` as "413c" strings or ints."""
    cls, sub, proto = _triplet(triplet)
    return struct.pack("<BBHBBBBHHHBBBB", 18, 0x01, bcd_usb, cls, sub, proto, max_packet0,
                       _id(vid), _id(pid), bcd_device, 1, 2, 3, num_configs)


def endpoint(address: int, kind: str = "bulk", max_packet: int = 512, interval: int = 0) -> bytes:
    """Endpoint descriptor (7 bytes); ``address`` bit 7 set = IN."""
    attrs = {"bulk": BULK, "interrupt": INTERRUPT}[kind]
    return struct.pack("<BBBBHB", 7, 0x05, address, attrs, max_packet, interval)


def interface(number: int, triplet: str, endpoints: Iterable[bytes] = (), alt: int = 0, extra: bytes = b"") -> bytes:
    """Interface descriptor (9 bytes) + ``extra`` (class descriptors) + the endpoint blobs."""
    eps = list(endpoints)
    cls, sub, proto = _triplet(triplet)
    head = struct.pack("<BBBBBBBBB", 9, 0x04, number, alt, len(eps), cls, sub, proto, 0)
    return head + extra + b"".join(eps)


def _cs(subtype: int, body: bytes) -> bytes:
    return struct.pack("<BBB", 3 + len(body), 0x24, subtype) + body


def cdc_header(bcd_cdc: int = 0x0110) -> bytes:
    return _cs(0x00, struct.pack("<H", bcd_cdc))


def cdc_union(master: int, *slaves: int) -> bytes:
    return _cs(0x06, bytes([master] + list(slaves)))


def cdc_call_management(capabilities: int = 0, data_interface: int = 0) -> bytes:
    return _cs(0x01, bytes([capabilities, data_interface]))


def cdc_acm(capabilities: int = 0x02) -> bytes:
    return _cs(0x02, bytes([capabilities]))


def cdc_mbim(max_control: int = 4096, num_filters: int = 16, max_filter_size: int = 128,
             max_segment: int = 1500, capabilities: int = 0x20, version: int = 0x0100) -> bytes:
    """MBIM functional descriptor (12 bytes)."""
    return _cs(0x1B, struct.pack("<HHBBHB", version, max_control, num_filters, max_filter_size,
                                 max_segment, capabilities))


def cdc_mbim_extended(version: int = 0x0100, max_outstanding: int = 32, mtu: int = 1500) -> bytes:
    """MBIM extended functional descriptor (8 bytes)."""
    return _cs(0x1C, struct.pack("<HBH", version, max_outstanding, mtu))


def cdc_ether(mac_index: int = 0, max_segment: int = 1514) -> bytes:
    """Ethernet networking functional descriptor (13 bytes)."""
    return _cs(0x0F, struct.pack("<BIHHB", mac_index, 0, max_segment, 0, 0))


def cdc_ncm(version: int = 0x0100, capabilities: int = 0) -> bytes:
    """NCM functional descriptor (6 bytes)."""
    return _cs(0x1A, struct.pack("<HB", version, capabilities))


def iad(first: int, count: int, triplet: str) -> bytes:
    """Interface association descriptor (8 bytes)."""
    cls, sub, proto = _triplet(triplet)
    return struct.pack("<BBBBBBBB", 8, 0x0B, first, count, cls, sub, proto, 0)


def _interface_numbers(blob: bytes) -> set:
    """Distinct bInterfaceNumber values in a run of descriptors (walked by bLength)."""
    numbers = set()
    i = 0
    while i + 1 < len(blob) and blob[i] >= 2:
        if blob[i + 1] == 0x04 and i + 2 < len(blob):
            numbers.add(blob[i + 2])
        i += blob[i]
    return numbers


def configuration(value: int, *interface_blobs: bytes, attributes: int = 0xA0, max_power_ma: int = 500) -> bytes:
    """Configuration descriptor + its interfaces; computes wTotalLength and bNumInterfaces."""
    body = b"".join(interface_blobs)
    count = len(_interface_numbers(body))
    head = struct.pack("<BBHBBBBB", 9, 0x02, 9 + len(body), count, value, 0, attributes, max_power_ma // 2)
    return head + body


def descriptors(dev: bytes, *configs: bytes) -> bytes:
    return dev + b"".join(configs)


# --- composites: typical modem functions ------------------------------------

def _eps(n: int) -> int:
    """A distinct endpoint number per interface number (1..15)."""
    return (n % 15) + 1


def qmi_interface(n: int) -> bytes:
    """Vendor-specific QMI/RmNet interface: interrupt IN + bulk IN + bulk OUT."""
    e = _eps(n)
    return interface(n, "ff/ff/ff", [endpoint(0x80 | e, "interrupt", 8, 9),
                                     endpoint(0x80 | e, "bulk"), endpoint(e, "bulk")])


def serial_interface(n: int, triplet: str = "ff/ff/ff") -> bytes:
    """Vendor-specific serial port (AT/DIAG/NMEA): 2 bulk endpoints."""
    e = _eps(n)
    return interface(n, triplet, [endpoint(0x80 | e, "bulk"), endpoint(e, "bulk")])


def _data(n: int, alt_endpoints: bool, triplet: str = "0a/00/00") -> bytes:
    """CDC data interface; NCM/MBIM use alt 0 without endpoints and alt 1 with two."""
    e = _eps(n)
    eps = [endpoint(0x80 | e, "bulk"), endpoint(e, "bulk")]
    if alt_endpoints:
        return interface(n, triplet, alt=0) + interface(n, triplet, eps, alt=1)
    return interface(n, triplet, eps)


def _cdc_function(ctrl: int, data: int, control: str, notify_size: int, extra: bytes,
                  data_triplet: str = "0a/00/00", alt_endpoints: bool = True) -> bytes:
    """IAD + control interface ``control`` (interrupt endpoint, class descriptors ``extra``) + data interface."""
    notify = [endpoint(0x80 | _eps(ctrl), "interrupt", notify_size, 9)]
    return (iad(ctrl, 2, control) + interface(ctrl, control, notify, extra=extra)
            + _data(data, alt_endpoints, data_triplet))


def mbim_function(ctrl: int, data: int) -> bytes:
    """MBIM control (02/0e/00) + data (0a/00/02, alt 0 empty and alt 1 with bulk endpoints)."""
    extra = cdc_header() + cdc_mbim() + cdc_mbim_extended() + cdc_union(ctrl, data)
    return _cdc_function(ctrl, data, "02/0e/00", 64, extra, "0a/00/02")


def ncm_function(ctrl: int, data: int) -> bytes:
    """CDC NCM control (02/0d/00) + data (0a/00/01)."""
    extra = cdc_header() + cdc_union(ctrl, data) + cdc_ether(4) + cdc_ncm()
    return _cdc_function(ctrl, data, "02/0d/00", 16, extra, "0a/00/01")


def ecm_function(ctrl: int, data: int) -> bytes:
    """CDC ECM control (02/06/00) + data (0a/00/00, alt 0 empty, alt 1 with endpoints)."""
    return _cdc_function(ctrl, data, "02/06/00", 16, cdc_header() + cdc_union(ctrl, data) + cdc_ether(4))


def rndis_function(ctrl: int, data: int) -> bytes:
    """RNDIS control (e0/01/03, as Android/Qualcomm composites use) + data (0a/00/00)."""
    extra = cdc_header() + cdc_call_management(0, data) + cdc_acm(0) + cdc_union(ctrl, data)
    return _cdc_function(ctrl, data, "e0/01/03", 8, extra, alt_endpoints=False)


def storage_interface(n: int) -> bytes:
    """Mass storage, SCSI transparent, bulk-only (08/06/50)."""
    e = _eps(n)
    return interface(n, "08/06/50", [endpoint(0x80 | e, "bulk"), endpoint(e, "bulk")])
