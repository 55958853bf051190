"""The snapshot: everything observed about a machine, as plain data.

A snapshot is filled by the live collectors (``wwandoctor.collect``), by the
parsers of pasted text (``wwandoctor.ingest``) or loaded from a saved JSON
file. It holds observations only, never conclusions.

Conventions every producer follows:

* ``None`` means *unknown* (not observed). An empty list or ``""`` means
  *observed to be empty* (e.g. ``UsbInterface.driver == ""``: no driver bound).
* USB ids are 4 lowercase hex digits without ``0x``; class triplets are
  ``"ff/ff/ff"`` (lowercase hex).
* Each source (``usb``, ``pci``, ``net``, ``kernel-log``, ``modemmanager``...)
  records a :class:`SourceStatus` in ``Snapshot.sources``.

The JSON form is ``dataclasses.asdict`` of these types plus the schema tag;
:func:`from_json` validates the tag and the shape.
"""
from __future__ import annotations

import collections
import dataclasses
import functools
import json
import re
import sys
import typing
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from wwandoctor.errors import InputError

SCHEMA = "wwandoctor.snapshot/1"
STATUSES = ("ok", "permission-denied", "tool-missing", "timeout", "not-applicable", "error")


@dataclass
class SourceStatus:
    """How one source was read: ok, not-applicable, tool-missing, permission-denied, timeout, error."""
    status: str
    detail: str = ""


# --- USB -------------------------------------------------------------------

@dataclass
class Endpoint:
    """One endpoint of a configuration descriptor's interface."""
    address: int  # bEndpointAddress: bit 7 = IN
    attributes: int  # bmAttributes: bits 0-1 = transfer type (2 bulk, 3 interrupt)
    max_packet: int = 0
    interval: int = 0


@dataclass
class CdcDescriptor:
    """A class-specific (CS_INTERFACE, 0x24) functional descriptor."""
    subtype: int
    name: str  # header, union, ethernet, ncm, mbim, mbim-extended, acm, call-management, other
    fields: Dict[str, Any] = field(default_factory=dict)


@dataclass
class ConfigInterface:
    """One interface (alternate setting) as declared in a configuration descriptor."""
    number: int
    alt: int = 0
    triplet: str = ""  # "ff/ff/ff"
    num_endpoints: int = 0
    endpoints: List[Endpoint] = field(default_factory=list)
    cdc: List[CdcDescriptor] = field(default_factory=list)


@dataclass
class InterfaceAssociation:
    """An interface association (IAD): which interfaces make one function."""
    first_interface: int
    interface_count: int
    triplet: str = ""


@dataclass
class UsbConfig:
    """One USB configuration, active or not (decoded from ``descriptors`` or ``lsusb -v``)."""
    value: int
    num_interfaces: Optional[int] = None
    attributes: Optional[int] = None
    max_power_ma: Optional[int] = None
    interfaces: List[ConfigInterface] = field(default_factory=list)
    associations: List[InterfaceAssociation] = field(default_factory=list)
    # What the configuration offers: qmi, mbim, ncm, ecm, rndis, serial, storage, other
    functions: List[str] = field(default_factory=list)


@dataclass
class UsbInterface:
    """An interface of the active configuration, as the running kernel shows it."""
    number: int
    config: Optional[int] = None  # the "2" in "1-7:2.12"
    alt: Optional[int] = None
    triplet: Optional[str] = None  # "ff/ff/ff"; "ff/??/??" when only the class is known (lsusb -t)
    num_endpoints: Optional[int] = None
    driver: Optional[str] = None  # "" = no driver bound, None = unknown
    modalias: Optional[str] = None
    # modules whose aliases match the modalias (None = not checked)
    alias_modules: Optional[List[str]] = None
    control_ports: List[str] = field(default_factory=list)  # cdc-wdmN
    net: List[str] = field(default_factory=list)
    tty: List[str] = field(default_factory=list)
    wwan_ports: List[str] = field(default_factory=list)


@dataclass
class UsbDevice:
    """A USB device as sysfs, udev and its descriptors show it."""
    path: Optional[str] = None  # kernel bus id "1-7", "2-1.3"
    busnum: Optional[int] = None
    devnum: Optional[int] = None
    vid: Optional[str] = None
    pid: Optional[str] = None
    manufacturer: Optional[str] = None
    product: Optional[str] = None
    serial: Optional[str] = None
    speed: Optional[str] = None  # Mbit/s as sysfs prints it: "480", "5000"
    device_class: Optional[str] = None  # "00/00/00" / "ef/02/01"
    num_configs: Optional[int] = None
    active_config: Optional[int] = None
    # how many interfaces the active configuration has, when a listing shows them all (sysfs, lsusb -t,
    # usb-devices, lsusb -v of a one-configuration device); None when only some were seen (a kernel log)
    num_interfaces: Optional[int] = None
    power_control: Optional[str] = None  # on | auto
    autosuspend_delay_ms: Optional[int] = None
    interfaces: List[UsbInterface] = field(default_factory=list)
    configs: List[UsbConfig] = field(default_factory=list)
    udev: Dict[str, str] = field(default_factory=dict)  # selected udev properties
    sysfs_path: Optional[str] = None


# --- PCI, WWAN ports, network ----------------------------------------------

@dataclass
class PciDevice:
    """A PCI device as sysfs or lspci shows it."""
    address: str  # "0000:04:00.0"
    vendor: Optional[str] = None  # 4 lowercase hex, no 0x
    device: Optional[str] = None
    subvendor: Optional[str] = None
    subdevice: Optional[str] = None
    class_code: Optional[str] = None  # "0d4000"
    driver: Optional[str] = None  # "" = none bound
    name: Optional[str] = None  # lspci text or MHI profile name
    wwan_ports: List[str] = field(default_factory=list)
    net: List[str] = field(default_factory=list)
    t7xx_mode: Optional[str] = None
    sysfs_path: Optional[str] = None


@dataclass
class WwanPort:
    """A port of the kernel's WWAN subsystem (/sys/class/wwan)."""
    name: str  # wwan0mbim0
    type: Optional[str] = None  # AT, MBIM, QMI, QCDM, FIREHOSE, XMMRPC, FASTBOOT, ADB, MIPC
    wwan_device: Optional[str] = None  # wwan0
    parent: Optional[str] = None  # "usb:1-7" or "pci:0000:04:00.0"


@dataclass
class NetInterface:
    """A network interface with its driver, link state and addresses."""
    name: str
    driver: Optional[str] = None
    type: Optional[int] = None  # ARPHRD: 1 ether, 65534 none, 519 rawip, 512 ppp
    devtype: Optional[str] = None  # "wwan" from uevent DEVTYPE
    raw_ip: Optional[bool] = None  # qmi/raw_ip; None when absent or unknown
    add_mux: Optional[str] = None
    pass_through: Optional[bool] = None
    has_qmi_group: Optional[bool] = None  # /sys/class/net/<if>/qmi exists
    operstate: Optional[str] = None
    carrier: Optional[bool] = None
    mtu: Optional[int] = None
    flags: Optional[str] = None  # "UP,BROADCAST,..." or hex from sysfs
    mac: Optional[str] = None
    addresses: Optional[List[str]] = None  # "10.1.2.3/30"; None = not observed
    parent: Optional[str] = None  # "usb:1-7:2.12" or "pci:0000:04:00.0"
    rx_bytes: Optional[int] = None
    tx_bytes: Optional[int] = None


@dataclass
class Route:
    """One route (ip route)."""
    destination: str  # "default" or CIDR
    dev: Optional[str] = None
    gateway: Optional[str] = None
    src: Optional[str] = None
    metric: Optional[int] = None


@dataclass
class RfkillSwitch:
    """One rfkill switch and its soft and hard block."""
    name: str
    type: Optional[str] = None  # wwan, wlan, bluetooth...
    index: Optional[int] = None
    soft: Optional[bool] = None  # True = blocked
    hard: Optional[bool] = None


# --- kernel, logs, processes, tools -----------------------------------------

@dataclass
class KernelInfo:
    """The running kernel: release, version line, loaded modules, driver availability, lockdown, secure boot."""
    release: Optional[str] = None  # uname -r
    version_line: Optional[str] = None  # uname -a / /proc/version
    modules_loaded: Optional[List[str]] = None
    # driver/module name -> "loaded" | "builtin" | "module" | "missing"
    driver_availability: Dict[str, str] = field(default_factory=dict)
    lockdown: Optional[str] = None  # /sys/kernel/security/lockdown selection
    log_filter: Optional[str] = None  # the filter a pasted kernel log came through ("dmesg | grep -i usb")
    secure_boot: Optional[bool] = None


@dataclass
class LogLine:
    """One log line: its text, the program that wrote it, where it was read, its time."""
    text: str
    origin: str = "kernel"  # kernel, ModemManager, NetworkManager, qmicli, mbimcli, dhclient, udhcpc, quectel-cm, ...
    time: Optional[float] = None  # seconds (kernel monotonic where known)
    source: str = ""  # journal, kmsg, dmesg, paste:<name>


@dataclass
class Process:
    """A running process of interest (ModemManager, qmicli, dhclient...)."""
    pid: int
    name: str
    args: List[str] = field(default_factory=list)


# the path of a usb_modeswitch configuration quoted without its file's name (a bare stanza)
MODESWITCH_PATH_NOT_SHOWN = "usb_modeswitch configuration (path not shown)"


@dataclass
class ConfigFile:
    """A configuration file that sets up the modem's connection."""
    path: str
    kind: str  # qmi-network, mbim-network, ifupdown, netplan, networkmanager, networkd, openwrt, usb_modeswitch
    protocol: Optional[str] = None  # qmi, mbim, ncm, modemmanager, dhcp, static, ...
    interfaces: List[str] = field(default_factory=list)  # interface names it names
    control_ports: List[str] = field(default_factory=list)  # /dev/cdc-wdm0 ...
    settings: Dict[str, str] = field(default_factory=dict)


@dataclass
class ToolUse:
    """A tool the person uses to connect, and where that was seen."""
    tool: str  # normalized: qmicli, mbimcli, modemmanager, dhclient, ...
    source: str  # process | config | paste | cli
    evidence: str = ""


@dataclass
class ModemManagerView:
    """What mmcli -J showed: the modem list and the modem, SIM and bearer objects."""
    modem_list: Optional[List[str]] = None  # D-Bus paths; None = not observed
    modems: List[Dict[str, Any]] = field(default_factory=list)  # mmcli -m N -J "modem" objects
    bearers: List[Dict[str, Any]] = field(default_factory=list)  # "bearer" objects
    sims: List[Dict[str, Any]] = field(default_factory=list)  # "sim" objects
    errors: List[str] = field(default_factory=list)  # mmcli error lines


@dataclass
class FccUnlock:
    """The FCC unlock programs ModemManager would find: enabled, available, where."""
    enabled: Optional[List[str]] = None  # names in fcc-unlock.d directories
    available: Optional[List[str]] = None  # names in fcc-unlock.available.d
    directories: List[str] = field(default_factory=list)
    paths: List[str] = field(default_factory=list)  # full paths of the programs in fcc-unlock.d directories


@dataclass
class Snapshot:
    """Everything observed on one machine or read from pasted output: the model is made from it."""
    schema: str = SCHEMA
    origin: str = "live"  # live | paste | saved
    created: str = ""
    tool_version: str = ""
    redacted: bool = False
    sources: Dict[str, SourceStatus] = field(default_factory=dict)
    kernel: KernelInfo = field(default_factory=KernelInfo)
    usb_devices: List[UsbDevice] = field(default_factory=list)
    pci_devices: List[PciDevice] = field(default_factory=list)
    wwan_ports: List[WwanPort] = field(default_factory=list)
    net_interfaces: List[NetInterface] = field(default_factory=list)
    routes: Optional[List[Route]] = None
    rfkill: Optional[List[RfkillSwitch]] = None
    log: List[LogLine] = field(default_factory=list)
    processes: Optional[List[Process]] = None
    versions: Dict[str, str] = field(default_factory=dict)  # mmcli, qmicli, ModemManager, usb_modeswitch...
    services: Dict[str, str] = field(default_factory=dict)  # ModemManager -> active/inactive/...
    modemmanager: ModemManagerView = field(default_factory=ModemManagerView)
    configs: List[ConfigFile] = field(default_factory=list)
    fcc_unlock: FccUnlock = field(default_factory=FccUnlock)
    tools: List[ToolUse] = field(default_factory=list)
    unrecognized: List[str] = field(default_factory=list)  # pasted sections nobody understood
    # the lines nobody understood, whole (unrecognized keeps a report's worth): the post's own words
    prose: List[str] = field(default_factory=list)
    # the commands a paste shows after a shell prompt ("# echo 2c7c 0125 > .../new_id"), whole: what the person ran
    commands: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)  # notes for the reader (truncated input, ...)

    def set_source(self, name: str, status: str, detail: str = "") -> None:
        if status not in STATUSES:
            raise ValueError("unknown source status %r" % status)
        self.sources[name] = SourceStatus(status, detail)

    def to_dict(self) -> Dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=1, sort_keys=False, ensure_ascii=False)


# how ``Snapshot.unrecognized`` and ``Snapshot.prose`` hold a line: "<name>:<line>: text" (ingest/registry.py)
_PLACED_RE = re.compile(r"^(?P<name>.*?):(?P<line>\d+): ")


def placed(part: str) -> Tuple[str, Optional[int], str]:
    """``(input name, line number, text)`` of a line of ``Snapshot.unrecognized`` or ``Snapshot.prose``;
    ``("paste", None, part)`` for a line without that prefix (a "... N more unrecognized lines" note)."""
    m = _PLACED_RE.match(part)
    if m is None:
        return "paste", None, part
    return m.group("name"), int(m.group("line")), part[m.end():]


# --- loading -----------------------------------------------------------------

class ShapeError(Exception):
    pass


@functools.lru_cache(maxsize=1)
def _list_fields() -> Dict[str, Any]:
    """Snapshot fields holding a list (Optional or not) -> the type of their items."""
    fields = {}
    for name, tp in _hints(Snapshot).items():
        if typing.get_origin(tp) is typing.Union:
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
        if typing.get_origin(tp) in (list, List):
            fields[name] = typing.get_args(tp)[0]
    return fields


@functools.lru_cache(maxsize=None)
def _hints(cls) -> Dict[str, Any]:
    return typing.get_type_hints(cls, vars(sys.modules[__name__]))


@functools.lru_cache(maxsize=None)
def _field_names(cls) -> Tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.lru_cache(maxsize=None)
def _required_names(cls) -> Tuple[str, ...]:
    """The fields of ``cls`` without a default: a saved object must hold them."""
    return tuple(f.name for f in dataclasses.fields(cls)
                 if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)


def _build(tp: Any, value: Any, where: str) -> Any:
    """Build a value of type ``tp`` from JSON data, raising ShapeError on a mismatch."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union:  # Optional[X]
        if value is None:
            return None
        inner = [a for a in args if a is not type(None)]
        return _build(inner[0], value, where)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ShapeError("%s: expected an object" % where)
        return from_dict(tp, value, where)
    if isinstance(value, _Built):  # a top-level list read item by item (from_json)
        return list(value)
    if origin in (list, List):
        if not isinstance(value, list):
            raise ShapeError("%s: expected a list" % where)
        return [_build(args[0], v, "%s[%d]" % (where, i)) for i, v in enumerate(value)]
    if origin in (dict, Dict):
        if not isinstance(value, dict):
            raise ShapeError("%s: expected an object" % where)
        return {str(k): _build(args[1], v, "%s.%s" % (where, k)) for k, v in value.items()}
    if tp is Any:
        return value
    if tp is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if tp is int and isinstance(value, bool):
        raise ShapeError("%s: expected a number" % where)
    if not isinstance(value, tp):
        raise ShapeError("%s: expected %s, got %s" % (where, tp.__name__, type(value).__name__))
    return value


def from_dict(cls, data: Dict[str, Any], where: str = "snapshot"):
    missing = [name for name in _required_names(cls) if name not in data]
    if missing:
        raise ShapeError("%s: missing %s" % (where, ", ".join("%r" % name for name in missing)))
    hints = _hints(cls)
    kwargs = {}
    for name in _field_names(cls):
        if name in data:
            kwargs[name] = _build(hints[name], data[name], "%s.%s" % (where, name))
    return cls(**kwargs)


REPORT_SCHEMA_PREFIX = "wwandoctor.report/"


def looks_like_report(text: str) -> bool:
    """A wwandoctor JSON report (``--format json``, ``--save``): not a snapshot, nothing to analyze."""
    head = text.lstrip()[:300]
    return head.startswith("{") and REPORT_SCHEMA_PREFIX in head


def looks_like_snapshot(text: str) -> bool:
    head = text.lstrip()[:300]
    return head.startswith("{") and SCHEMA.split("/")[0] in head


# A saved snapshot is read member by member and each top-level list item by item, so memory stays
# near the size of the text whatever the lists hold: the log keeps its first LOG_HEAD and newest
# LOG_TAIL lines (as the collectors do), any other top-level list its first MAX_LIST_ITEMS items.
LOG_HEAD = 300
LOG_TAIL = 1700
MAX_LIST_ITEMS = 10000
# Values under "modemmanager" (mmcli JSON) nested deeper than this are refused: nothing real is.
MAX_DEPTH = 64
_WS = re.compile(r"[ \t\n\r]*")


def from_json(text: str, name: str = "<snapshot>") -> Snapshot:
    """Parse a saved snapshot; any problem is an InputError naming ``name``."""
    notes: List[str] = []
    try:
        data = _read_object(text, notes)
    except ShapeError as exc:
        raise InputError("%s: malformed snapshot: %s" % (name, exc))
    except ValueError as exc:
        raise InputError("%s: not valid JSON (%s)" % (name, exc))
    except RecursionError:
        raise InputError("%s: not a wwandoctor snapshot (nested too deeply)" % name)
    if data is None or "schema" not in data:
        raise InputError("%s: not a wwandoctor snapshot (no \"schema\" key)" % name)
    schema = data.get("schema")
    if schema != SCHEMA:
        raise InputError("%s: unsupported schema %r (this wwandoctor reads %s)" % (name, schema, SCHEMA))
    try:
        snap = from_dict(Snapshot, data)
        _check_mmcli(snap.modemmanager)
    except ShapeError as exc:
        raise InputError("%s: malformed snapshot: %s" % (name, exc))
    for src, st in snap.sources.items():
        if st.status not in STATUSES:
            raise InputError("%s: source %r has unknown status %r" % (name, src, st.status))
    snap.notes.extend("%s: %s" % (name, note) for note in notes)
    return snap


class _Built(list):
    """A top-level list whose items are already built (from_dict keeps it as it is)."""


def _read_object(text: str, notes: List[str]) -> Optional[Dict[str, Any]]:
    """The top-level object of ``text``, its lists read item by item (None: not an object)."""
    decode = json.JSONDecoder().raw_decode
    at = _WS.match(text).end()
    if text[at:at + 1] != "{":
        value, at = decode(text, at)  # a JSON error, or valid JSON that is no object
        return None
    data: Dict[str, Any] = {}
    at = _WS.match(text, at + 1).end()
    if text[at:at + 1] == "}":
        at += 1
    else:
        while True:
            key, at = decode(text, at)
            at = _expect(text, _WS.match(text, at).end(), ":")
            at = _WS.match(text, at).end()
            field_type = _list_fields().get(key) if isinstance(key, str) else None
            if field_type is not None and text[at:at + 1] == "[":
                data[key], at = _read_list(text, at, key, field_type, decode, notes)
            else:
                data[key], at = decode(text, at)
            at = _WS.match(text, at).end()
            if text[at:at + 1] == "}":
                at += 1
                break
            at = _WS.match(text, _expect(text, at, ",")).end()
    if _WS.match(text, at).end() != len(text):
        raise ValueError("extra data after the snapshot at character %d" % at)
    return data


def _read_list(text: str, at: int, key: str, item_type, decode, notes: List[str]):
    """Items of the list at ``text[at]``, each built as it is read; bounded as described above."""
    head, tail, count = _Built(), collections.deque(maxlen=LOG_TAIL if key == "log" else 0), 0
    limit = LOG_HEAD if key == "log" else MAX_LIST_ITEMS
    at = _WS.match(text, at + 1).end()
    if text[at:at + 1] == "]":
        return head, at + 1
    while True:
        value, at = decode(text, at)
        if len(head) < limit:
            head.append(_build(item_type, value, "snapshot.%s[%d]" % (key, count)))
        else:
            tail.append((count, value))  # built once known to be kept
        count += 1
        at = _WS.match(text, at).end()
        if text[at:at + 1] == "]":
            break
        at = _WS.match(text, _expect(text, at, ",")).end()
    head.extend(_build(item_type, value, "snapshot.%s[%d]" % (key, i)) for i, value in tail)
    if count > len(head):
        notes.append("%d of its %d %s entries were left out (first and newest kept)" % (
            count - len(head), count, key) if key == "log" else "only the first %d of its %d %s entries were read" % (
            len(head), count, key))
    return head, at + 1


def _expect(text: str, at: int, char: str) -> int:
    if text[at:at + 1] != char:
        raise ValueError("expected %r at character %d" % (char, at))
    return at + 1


def _check_mmcli(view: "ModemManagerView") -> None:
    """mmcli -J objects hold text, lists of text and objects of those, at most MAX_DEPTH deep (the
    model reads them so); anything else is a ShapeError naming where. Checked without recursion."""
    stack = [("snapshot.modemmanager.%s[%d]" % (kind, i), obj, 0)
             for kind in ("modems", "bearers", "sims") for i, obj in enumerate(getattr(view, kind))]
    while stack:
        where, value, depth = stack.pop()
        if depth >= MAX_DEPTH:
            raise ShapeError("%s: nested more than %d levels deep" % (where, MAX_DEPTH))
        if isinstance(value, dict):
            stack.extend(("%s.%s" % (where, k), v, depth + 1) for k, v in value.items() if v is not None)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if not isinstance(item, str):
                    raise ShapeError("%s[%d]: expected text (mmcli -J lists hold text)" % (where, i))
        elif not isinstance(value, str) or depth == 0:
            raise ShapeError("%s: expected %s (as mmcli -J prints)" % (where, "an object" if depth == 0 else "text"))


def load(path: str) -> Snapshot:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise InputError("%s: cannot read: %s" % (path, exc.strerror or exc))
    except UnicodeDecodeError:
        raise InputError("%s: not a wwandoctor snapshot (not UTF-8 text)" % path)
    return from_json(text, path)


def save(snap: Snapshot, path: str) -> None:
    """Write a snapshot readable only by its owner (it may hold identifiers)."""
    from wwandoctor.private_files import write_private
    write_private(path, snap.to_json() + "\n")
