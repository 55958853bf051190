"""The model: one entry per physical modem, derived from a snapshot.

Rules see only this. Every field is ``None`` when the snapshot did not show
it (unknown), and every known fact keeps the evidence it came from in
``evidence[field]``. ``FIELD_DOCS`` documents each field for rule authors
and names the command that would settle it when it is unknown.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional

from wwandoctor.snapshot import LogLine, Snapshot


@dataclass
class Evidence:
    source: str  # sysfs, kernel-log, lsusb, mmcli, process, config, paste, --tool, ...
    text: str


@dataclass
class Modem:
    id: str  # "usb:1-7", "pci:0000:04:00.0", "usb:2c7c:0125" when only the id is known
    bus: str = "unknown"  # usb | pci | unknown
    vid: Optional[str] = None
    pid: Optional[str] = None
    name: Optional[str] = None
    # protocol the bound drivers speak: qmi mbim ncm ecm rndis serial-only storage none
    protocol: Optional[str] = None
    control_protocol: Optional[str] = None  # qmi | mbim | at | none: protocol of the control port(s)
    active_config: Optional[int] = None
    num_configs: Optional[int] = None
    configs: Optional[List[Dict]] = None  # [{"value": 1, "functions": ["qmi", "serial"]}]
    qmi_config: Optional[int] = None  # configuration value that offers QMI, if any
    mbim_config: Optional[int] = None
    functions: Optional[List[str]] = None  # functions of the active configuration
    drivers: Optional[List[str]] = None
    interfaces: Optional[List[Dict]] = None  # [{"number", "triplet", "driver", "ports"}]
    unbound_interfaces: Optional[List[int]] = None
    control_ports: Optional[List[str]] = None
    net_ports: Optional[List[str]] = None
    serial_ports: Optional[List[str]] = None
    wwan_ports: Optional[List[str]] = None
    # net port framing
    net_type: Optional[int] = None  # ARPHRD of the main net port
    raw_ip: Optional[bool] = None  # qmi/raw_ip
    framing: Optional[str] = None  # raw-ip | 802.3
    net_up: Optional[bool] = None
    net_addresses: Optional[List[str]] = None
    # identity knowledge from the packaged tables
    storage_mode: Optional[bool] = None
    modeswitch_known: Optional[bool] = None  # VID:PID in usb_modeswitch's table
    fcc_lock_known: Optional[bool] = None  # VID:PID in the FCC unlock table
    fcc_unlock_enabled: Optional[bool] = None
    kernel_knows_id: Optional[bool] = None  # VID:PID in the running kernel's driver tables
    expected_drivers: Optional[List[str]] = None  # drivers whose tables list this id
    missing_modules: Optional[List[str]] = None  # expected drivers the kernel does not have
    power_control: Optional[str] = None
    # user's tools
    tools: List[str] = field(default_factory=list)
    tools_protocols: List[str] = field(default_factory=list)  # qmi, mbim, at, dhcp, mm
    # ModemManager
    mm_known: Optional[bool] = None  # ModemManager lists this modem
    mm_state: Optional[str] = None
    mm_failed_reason: Optional[str] = None
    mm_power_state: Optional[str] = None
    mm_unlock_required: Optional[str] = None
    mm_registration: Optional[str] = None
    mm_bearer_connected: Optional[bool] = None
    mm_bearer_interface: Optional[str] = None
    mm_bearer_ip_method: Optional[str] = None
    mm_bearer_error: Optional[str] = None
    # kernel-log events about this modem
    events: List[LogLine] = field(default_factory=list)
    disconnects: Optional[int] = None
    evidence: Dict[str, List[Evidence]] = field(default_factory=dict)

    def note(self, name: str, value, source: str, text: str) -> None:
        """Set a field and remember why."""
        setattr(self, name, value)
        self.evidence.setdefault(name, []).append(Evidence(source, text))


@dataclass
class Host:
    kernel_release: Optional[str] = None
    rfkill_wwan_soft: Optional[bool] = None  # any WWAN switch soft-blocked
    rfkill_wwan_hard: Optional[bool] = None
    mm_running: Optional[bool] = None
    mm_version: Optional[str] = None
    mm_modem_count: Optional[int] = None
    tools: List[str] = field(default_factory=list)
    tools_protocols: List[str] = field(default_factory=list)
    modem_count: int = 0
    dhcp_clients: Optional[List[str]] = None
    secure_boot: Optional[bool] = None
    lockdown: Optional[str] = None
    evidence: Dict[str, List[Evidence]] = field(default_factory=dict)

    def note(self, name: str, value, source: str, text: str) -> None:
        setattr(self, name, value)
        self.evidence.setdefault(name, []).append(Evidence(source, text))


@dataclass
class Model:
    snapshot: Snapshot
    host: Host
    modems: List[Modem] = field(default_factory=list)

    def modem(self, modem_id: str) -> Optional[Modem]:
        return next((m for m in self.modems if m.id == modem_id), None)


# What each field means and what would settle it when unknown.
# {vid}/{pid}/{id} are filled from the modem.
FIELD_DOCS: Dict[str, Dict[str, str]] = {
    "modem.protocol": {"doc": "protocol the bound drivers speak", "settle": "lsusb -t; dmesg | grep -iE 'qmi_wwan|cdc_mbim|cdc_ncm|cdc_ether|option|qcserial'"},
    "modem.control_protocol": {"doc": "protocol of the control port (driver behind cdc-wdm / wwan port)", "settle": "ls -l /sys/class/usbmisc/*/device/driver"},
    "modem.active_config": {"doc": "active USB configuration (bConfigurationValue)", "settle": "cat /sys/bus/usb/devices/*/bConfigurationValue; lsusb -t"},
    "modem.num_configs": {"doc": "number of USB configurations", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.configs": {"doc": "all USB configurations and what each offers", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.qmi_config": {"doc": "configuration that offers QMI", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.mbim_config": {"doc": "configuration that offers MBIM", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.functions": {"doc": "functions of the active configuration", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.drivers": {"doc": "drivers bound to the modem's interfaces", "settle": "lsusb -t"},
    "modem.unbound_interfaces": {"doc": "interfaces with no driver", "settle": "lsusb -t"},
    "modem.control_ports": {"doc": "control ports (cdc-wdm, wwan ports)", "settle": "ls /sys/class/usbmisc /sys/class/wwan"},
    "modem.net_ports": {"doc": "network interfaces of the modem", "settle": "ip link"},
    "modem.serial_ports": {"doc": "serial ports of the modem", "settle": "ls /dev/ttyUSB*"},
    "modem.net_type": {"doc": "ARPHRD type of the net port (1 ether, 65534 none, 519 rawip)", "settle": "cat /sys/class/net/wwan0/type"},
    "modem.raw_ip": {"doc": "qmi_wwan raw-ip mode (qmi/raw_ip)", "settle": "cat /sys/class/net/wwan0/qmi/raw_ip"},
    "modem.framing": {"doc": "framing of the net port: raw-ip or 802.3", "settle": "cat /sys/class/net/wwan0/qmi/raw_ip; qmicli -d /dev/cdc-wdm0 --wda-get-data-format"},
    "modem.net_up": {"doc": "net port is up", "settle": "ip addr"},
    "modem.storage_mode": {"doc": "device shows only mass storage", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.kernel_knows_id": {"doc": "VID:PID is in the running kernel's driver tables", "settle": "uname -r; lsusb"},
    "modem.missing_modules": {"doc": "expected drivers the running kernel does not have", "settle": "lsmod; modprobe -n -v qmi_wwan option cdc_mbim"},
    "modem.mm_state": {"doc": "ModemManager state", "settle": "mmcli -m any"},
    "modem.mm_power_state": {"doc": "ModemManager power state", "settle": "mmcli -m any"},
    "modem.mm_bearer_ip_method": {"doc": "bearer IPv4 method", "settle": "mmcli -b any"},
    "host.rfkill_wwan_soft": {"doc": "a WWAN rfkill switch is soft-blocked", "settle": "rfkill list"},
    "host.rfkill_wwan_hard": {"doc": "a WWAN rfkill switch is hard-blocked", "settle": "rfkill list"},
    "host.mm_running": {"doc": "ModemManager is running", "settle": "systemctl status ModemManager"},
}
