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
:mod:`wwandoctor.saved_snapshot` reads it back (validating the tag and the shape) and writes it.
"""
from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from wwandoctor import regex_cache

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
    # serial ports a usb-serial driver attached to the device, of an interface the input does not name: a lone kernel
    # line "usb 1-2: Qualcomm USB modem converter now attached to ttyUSB0" (tty -> the driver, "" when unknown)
    attached_tty: Dict[str, str] = field(default_factory=dict)
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
    """The running kernel: release, version line, loaded modules, driver availability, lockdown, secure boot; and the
    distribution it runs in (os-release)."""
    release: Optional[str] = None  # uname -r
    version_line: Optional[str] = None  # uname -a / /proc/version
    modules_loaded: Optional[List[str]] = None
    # driver/module name -> "loaded" | "builtin" | "module" | "missing"
    driver_availability: Dict[str, str] = field(default_factory=dict)
    lockdown: Optional[str] = None  # /sys/kernel/security/lockdown selection
    log_filter: Optional[str] = None  # the filter a pasted kernel log came through ("dmesg | grep -i usb")
    secure_boot: Optional[bool] = None
    # the distribution /etc/os-release names: only its ID, ID_LIKE and VERSION_ID ({"ID": "fedora", "VERSION_ID": "39"})
    os_release: Dict[str, str] = field(default_factory=dict)


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


MAX_NAMES = 20  # of each kind (Snapshot.names): a paste of many machines' logs is no reason to keep more


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
    # user and host names the input shows where no parser keeps them: a shell prompt's "jane@myhost:~$", a syslog
    # line's host ({"user": ["jane"], "hostname": ["myhost"]}). Redaction reads them, to replace them everywhere; the
    # model reads only whether a host name is a distribution's default one ("root@OpenWrt": host.system)
    names: Dict[str, List[str]] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)  # notes for the reader (truncated input, ...)

    def set_source(self, name: str, status: str, detail: str = "") -> None:
        if status not in STATUSES:
            raise ValueError("unknown source status %r" % status)
        self.sources[name] = SourceStatus(status, detail)

    def note_name(self, kind: str, name: str) -> None:
        """Keep a user or host name (``kind`` "user" or "hostname") the input or the machine shows, for redaction."""
        names = self.names.setdefault(kind, [])
        if name not in names and len(names) < MAX_NAMES:
            names.append(name)

    def to_dict(self) -> Dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=1, sort_keys=False, ensure_ascii=False)


# how ``Snapshot.unrecognized`` and ``Snapshot.prose`` hold a line: "<name>:<line>: text" (ingest/registry.py)
_PLACED_RE = regex_cache.compile(r"^(?P<name>.*?):(?P<line>\d+): ")


def more_lines_note(name: str, count: int) -> str:
    """The last line of a "not understood" section that keeps only its first lines: the input's name and how many
    more lines it had, no line of the input."""
    return "%s: ... %d more unrecognized line%s" % (name, count, "" if count == 1 else "s")


_MORE_LINES_NOTE_RE = regex_cache.compile(r"^.*: \.\.\. \d+ more unrecognized lines?$")


def is_more_lines_note(part: str) -> bool:
    """``part`` (a line of ``Snapshot.unrecognized``) is a :func:`more_lines_note`."""
    return _PLACED_RE.match(part) is None and _MORE_LINES_NOTE_RE.match(part) is not None


def placed(part: str) -> Tuple[str, Optional[int], str]:
    """``(input name, line number, text)`` of a line of ``Snapshot.unrecognized`` or ``Snapshot.prose``;
    ``("paste", None, part)`` for a line without that prefix (a "... N more unrecognized lines" note)."""
    m = _PLACED_RE.match(part)
    if m is None:
        return "paste", None, part
    return m.group("name"), int(m.group("line")), part[m.end():]
