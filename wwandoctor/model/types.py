"""The model's types: Modem (one physical modem), Host (facts about the machine), Model.

Every field is ``None`` when the snapshot did not show it (unknown); every known fact keeps
the evidence it came from in ``evidence[field]`` (set through ``note``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional

from wwandoctor.snapshot import LogLine, Snapshot


@dataclass
class Evidence:
    source: str  # sysfs, kernel-log, lsusb, mmcli, process, config, paste, --tool, ...
    text: str


class _Facts:
    """What Modem and Host share: ``note`` sets a field and remembers the evidence for it."""

    def note(self, name: str, value, source: str, text: str) -> None:
        """Set a field and remember why."""
        setattr(self, name, value)
        self.evidence.setdefault(name, []).append(Evidence(source, text))


@dataclass
class Modem(_Facts):
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
    ncm_mbim_alt: Optional[bool] = None  # an NCM interface of the active configuration has an MBIM alternate setting
    drivers: Optional[List[str]] = None
    interfaces: Optional[List[Dict]] = None  # [{"number", "triplet", "driver", "ports"}]
    unbound_interfaces: Optional[List[int]] = None
    unbound_vendor_interfaces: Optional[List[int]] = None  # unbound vendor-specific (ff) interfaces, ADB excluded
    boot_mode: Optional[bool] = None  # the id is a boot-loader / download (QDL) id: no modem firmware running
    # class drivers (cdc_mbim, cdc_ncm, cdc_ether, rndis_host, cdc_acm) that would bind an unbound interface by its class
    unbound_class_drivers: Optional[List[str]] = None
    control_ports: Optional[List[str]] = None
    net_ports: Optional[List[str]] = None
    serial_ports: Optional[List[str]] = None
    wwan_ports: Optional[List[str]] = None
    # net port framing
    net_type: Optional[int] = None  # ARPHRD of the main net port
    raw_ip: Optional[bool] = None  # qmi/raw_ip
    framing: Optional[str] = None  # raw-ip | 802.3
    net_up: Optional[bool] = None
    net_dhcp_clients: Optional[List[str]] = None  # DHCP clients seen working on this modem's net port
    net_addresses: Optional[List[str]] = None
    # identity knowledge from the packaged tables
    storage_mode: Optional[bool] = None
    modeswitch_known: Optional[bool] = None  # VID:PID in usb_modeswitch's table
    fcc_lock_known: Optional[bool] = None  # VID:PID in the FCC unlock table
    fcc_unlock_enabled: Optional[bool] = None
    kernel_knows_id: Optional[bool] = None  # VID:PID in the running kernel's tables of the drivers not yet bound to it
    expected_drivers: Optional[List[str]] = None  # drivers whose tables list this id
    qmi_if: Optional[str] = None  # the interface qmi_wwan's table names for this id ("1-1.4:1.4")
    qmi_if_driver: Optional[str] = None  # driver bound to it ("" = none)
    id_drivers: Optional[List[str]] = None  # drivers whose tables name this exact VID:PID (no vendor-wide rows)
    missing_modules: Optional[List[str]] = None  # expected drivers the kernel does not have
    power_control: Optional[str] = None
    # user's tools
    tools: List[str] = field(default_factory=list)
    tools_protocols: List[str] = field(default_factory=list)  # qmi, mbim, at, dhcp, mm
    qmi_data_path: Optional[bool] = None  # a QMI tool sets up the data path (not only control requests)
    # ModemManager
    mm_known: Optional[bool] = None  # ModemManager lists this modem
    mm_state: Optional[str] = None
    mm_failed_reason: Optional[str] = None
    mm_power_state: Optional[str] = None
    mm_unlock_required: Optional[str] = None
    mm_registration: Optional[str] = None
    mm_network_rejection: Optional[str] = None  # modem.3gpp.network-rejection-error (ModemManager 1.24+)
    mm_bearer_connected: Optional[bool] = None
    mm_bearer_interface: Optional[str] = None
    mm_bearer_ip_method: Optional[str] = None
    mm_bearer_error: Optional[str] = None
    mm_bearer_mtu: Optional[int] = None  # bearer.ipv4-config.mtu: the MTU the network gave
    net_mtu: Optional[int] = None  # MTU of the main net port
    net_rx_bytes: Optional[int] = None  # counters of the main net port (ip -s link, sysfs statistics)
    net_tx_bytes: Optional[int] = None
    mtu_above_bearer: Optional[bool] = None  # net_mtu > mm_bearer_mtu
    # kernel-log events about this modem
    events: List[LogLine] = field(default_factory=list)
    disconnects: Optional[int] = None
    gone_after_disconnect: Optional[bool] = None  # the last kernel event about it is a USB disconnect
    mm_ignored: Optional[bool] = None  # udev ID_MM_DEVICE_IGNORE=1
    evidence: Dict[str, List[Evidence]] = field(default_factory=dict)


@dataclass
class Host(_Facts):
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
    # tools the person named (--tool), whose output was pasted, or that are configured; not daemons merely running
    stated_tools: List[str] = field(default_factory=list)
    qmi_data_path: Optional[bool] = None  # a QMI tool sets up the data path (not only control requests)
    manual_tools_running: Optional[List[str]] = None  # qmicli/uqmi/quectel-CM/mbimcli/umbim processes (live)
    secure_boot: Optional[bool] = None
    lockdown: Optional[str] = None
    # modem driver modules the running kernel lacks (modprobe "not found", kernel config "is not set")
    missing_drivers: Optional[List[str]] = None
    devices_listed: Optional[bool] = None  # the USB/PCI device list was observed (sysfs, lsusb, lspci)
    wwan_default_route: Optional[str] = None  # interface of a default route via a WWAN link
    # live: WWAN link / control-port names that configuration files use but this machine's modems do not have
    config_names_missing: Optional[List[str]] = None
    # every modem is a router-style stick (ECM/RNDIS, no control or serial port): nothing for ModemManager
    router_sticks_only: Optional[bool] = None
    # OpenWrt interface sections whose modem protocol (qmi, mbim, ncm, 3g, ...) has no "option device"
    configs_without_device: Optional[List[str]] = None
    # MBIM radio state a modem reported (mbimcli --query-radio-state or a decoded libmbim trace): on | off
    mbim_radio_hw: Optional[str] = None
    mbim_radio_sw: Optional[str] = None
    usb_modeswitch_installed: Optional[bool] = None  # live: usb_modeswitch --version ran, or its data files exist
    evidence: Dict[str, List[Evidence]] = field(default_factory=dict)


@dataclass
class Model:
    snapshot: Snapshot
    host: Host
    modems: List[Modem] = field(default_factory=list)
    # facts proven by known messages (wwandoctor.signatures): {"fcc:radio-locked": [lines], ...}
    signals: Dict[str, List[LogLine]] = field(default_factory=dict)

    def modem(self, modem_id: str) -> Optional[Modem]:
        return next((m for m in self.modems if m.id == modem_id), None)
