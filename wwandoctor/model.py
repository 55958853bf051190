"""The model: one entry per physical modem, derived from a snapshot.

Rules see only this. Every field is ``None`` when the snapshot did not show
it (unknown), and every known fact keeps the evidence it came from in
``evidence[field]``. ``FIELD_DOCS`` documents each field for rule authors
and names the command that would settle it when it is unknown.
"""
from __future__ import annotations

import re
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
    ncm_mbim_alt: Optional[bool] = None  # an NCM interface of the active configuration has an MBIM alternate setting
    drivers: Optional[List[str]] = None
    interfaces: Optional[List[Dict]] = None  # [{"number", "triplet", "driver", "ports"}]
    unbound_interfaces: Optional[List[int]] = None
    unbound_vendor_interfaces: Optional[List[int]] = None  # unbound vendor-specific (ff) interfaces, ADB excluded
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
    # tools the person named (--tool), whose output was pasted, or that are configured; not daemons merely running
    stated_tools: List[str] = field(default_factory=list)
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
    # MBIM radio state a modem reported (mbimcli --query-radio-state or a decoded libmbim trace): on | off
    mbim_radio_hw: Optional[str] = None
    mbim_radio_sw: Optional[str] = None
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
# {vid}/{pid}/{id}/{net}/{control}/{drivers} are filled from the modem (wwan0 / cdc-wdm0 /
# qmi_wwan option cdc_mbim when unknown).
FIELD_DOCS: Dict[str, Dict[str, str]] = {
    "modem.protocol": {"doc": "protocol the bound drivers speak", "settle": "lsusb -t; dmesg | grep -iE 'qmi_wwan|cdc_mbim|cdc_ncm|cdc_ether|option|qcserial'"},
    "modem.control_protocol": {"doc": "protocol of the control port (driver behind cdc-wdm / wwan port)", "settle": "ls -l /sys/class/usbmisc/*/device/driver"},
    "modem.active_config": {"doc": "active USB configuration (bConfigurationValue)", "settle": "cat /sys/bus/usb/devices/*/bConfigurationValue; lsusb -t"},
    "modem.num_configs": {"doc": "number of USB configurations", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.configs": {"doc": "all USB configurations and what each offers", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.qmi_config": {"doc": "configuration that offers QMI", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.mbim_config": {"doc": "configuration that offers MBIM", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.functions": {"doc": "functions of the active configuration", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.drivers": {"doc": "drivers bound to the modem's interfaces", "settle": "lsusb -t (USB) or lspci -nnk (PCIe)"},
    "modem.unbound_interfaces": {"doc": "interfaces with no driver", "settle": "lsusb -t"},
    "modem.unbound_vendor_interfaces": {"doc": "vendor-specific (class ff) interfaces with no driver, ADB excluded", "settle": "lsusb -t; lsusb -v -d {vid}:{pid}"},
    "modem.control_ports": {"doc": "control ports (cdc-wdm, wwan ports)", "settle": "ls /sys/class/usbmisc /sys/class/wwan"},
    "modem.net_ports": {"doc": "network interfaces of the modem", "settle": "ip link"},
    "modem.serial_ports": {"doc": "serial ports of the modem", "settle": "ls /dev/ttyUSB*"},
    "modem.net_type": {"doc": "ARPHRD type of the net port (1 ether, 65534 none, 519 rawip)", "settle": "cat /sys/class/net/{net}/type"},
    "modem.raw_ip": {"doc": "qmi_wwan raw-ip mode (qmi/raw_ip)", "settle": "cat /sys/class/net/{net}/qmi/raw_ip"},
    "modem.framing": {"doc": "framing of the net port: raw-ip or 802.3", "settle": "cat /sys/class/net/{net}/qmi/raw_ip; qmicli -d /dev/{control} --wda-get-data-format"},
    "modem.net_up": {"doc": "net port is up", "settle": "ip addr"},
    "modem.storage_mode": {"doc": "device shows only mass storage", "settle": "lsusb -v -d {vid}:{pid}"},
    "modem.ncm_mbim_alt": {"doc": "an NCM interface also offers MBIM as an alternate setting", "settle": "lsusb -v -d {vid}:{pid}"},
    "host.mm_modem_count": {"doc": "number of modems ModemManager lists", "settle": "mmcli -L"},
    "host.mm_version": {"doc": "ModemManager version", "settle": "ModemManager --version; mmcli --version"},
    "modem.expected_drivers": {"doc": "drivers whose tables list this id (exact or vendor-wide)", "settle": "lsusb"},
    "modem.modeswitch_known": {"doc": "VID:PID is in usb_modeswitch's table", "settle": "lsusb"},
    "modem.qmi_if": {"doc": "the interface qmi_wwan's table names for this id", "settle": "lsusb; lsusb -t"},
    "modem.qmi_if_driver": {"doc": "driver bound to the interface qmi_wwan's table names", "settle": "lsusb -t"},
    "modem.net_dhcp_clients": {"doc": "DHCP clients seen on the modem's net port", "settle": "ps -ef | grep -E 'dhclient|dhcpcd|udhcpc|networkd'; cat /etc/network/interfaces"},
    "modem.id_drivers": {"doc": "drivers whose tables name this exact VID:PID", "settle": "lsusb"},
    "modem.kernel_knows_id": {"doc": "VID:PID is in the running kernel's driver tables", "settle": "uname -r; lsusb"},
    "modem.missing_modules": {"doc": "expected drivers the running kernel does not have", "settle": "lsmod; modprobe -n -v {drivers}"},
    "modem.mm_state": {"doc": "ModemManager state", "settle": "mmcli -m any"},
    "modem.mm_power_state": {"doc": "ModemManager power state", "settle": "mmcli -m any"},
    "modem.mm_bearer_ip_method": {"doc": "bearer IPv4 method", "settle": "mmcli -b any"},
    "modem.vid": {"doc": "USB vendor id (PCI vendor for PCIe modems)", "settle": "lsusb; lspci -nn"},
    "modem.pid": {"doc": "USB product id (PCI device id for PCIe modems)", "settle": "lsusb; lspci -nn"},
    "modem.name": {"doc": "product name", "settle": "lsusb; lspci -nn"},
    "modem.wwan_ports": {"doc": "WWAN subsystem ports of the modem", "settle": "ls /sys/class/wwan/; grep . /sys/class/wwan/*/type"},
    "modem.power_control": {"doc": "USB runtime power management of the modem (on / auto)", "settle": "grep . /sys/bus/usb/devices/*/power/control"},
    "modem.disconnects": {"doc": "USB disconnects of the modem in the kernel log", "settle": "dmesg | grep -E 'USB disconnect|new .*USB device'"},
    "modem.mm_bearer_error": {"doc": "connection error of ModemManager's bearer", "settle": "mmcli -b any"},
    "modem.mm_failed_reason": {"doc": "why ModemManager shows the modem failed", "settle": "mmcli -m any"},
    "modem.mm_unlock_required": {"doc": "lock ModemManager waits for (sim-pin, sim-puk...)", "settle": "mmcli -m any"},
    "modem.mm_registration": {"doc": "3GPP registration state", "settle": "mmcli -m any"},
    "modem.mm_known": {"doc": "ModemManager lists this modem", "settle": "mmcli -L"},
    "modem.mm_ignored": {"doc": "udev tags the modem ID_MM_DEVICE_IGNORE=1", "settle": "udevadm info --export-db | grep -B30 ID_MM_DEVICE_IGNORE"},
    "modem.fcc_lock_known": {"doc": "the id is an FCC-locked laptop module", "settle": "lsusb; lspci -nn"},
    "modem.fcc_unlock_enabled": {"doc": "an FCC unlock program for the id is enabled", "settle": "ls -l /etc/ModemManager/fcc-unlock.d/ /usr/lib/ModemManager/fcc-unlock.d/ /usr/lib/*/ModemManager/fcc-unlock.d/"},
    "modem.net_addresses": {"doc": "addresses of the net port", "settle": "ip addr"},
    "modem.gone_after_disconnect": {"doc": "the last kernel event about the modem is its disconnection", "settle": "dmesg | grep -E 'usb [0-9-.]+:'; lsusb"},
    "host.manual_tools_running": {"doc": "qmicli/mbimcli/uqmi/quectel-CM running without the proxy", "settle": "ps -eo pid,args | grep -E 'qmicli|mbimcli|uqmi|quectel-CM|umbim'"},
    "modem.mm_bearer_mtu": {"doc": "MTU the network gave in the bearer's IP settings", "settle": "mmcli -b any"},
    "modem.net_mtu": {"doc": "MTU of the modem's net port", "settle": "ip link"},
    "modem.net_rx_bytes": {"doc": "bytes received on the modem's net port", "settle": "ip -s link show {net}"},
    "modem.net_tx_bytes": {"doc": "bytes sent on the modem's net port", "settle": "ip -s link show {net}"},
    "modem.mtu_above_bearer": {"doc": "the net port's MTU is larger than the bearer's", "settle": "mmcli -b any; ip link"},
    "host.rfkill_wwan_soft": {"doc": "a WWAN rfkill switch is soft-blocked", "settle": "rfkill list"},
    "host.rfkill_wwan_hard": {"doc": "a WWAN rfkill switch is hard-blocked", "settle": "rfkill list"},
    "host.mbim_radio_hw": {"doc": "MBIM hardware radio state (on/off) the modem reported", "settle": "mbimcli -p -d /dev/{control} --query-radio-state"},
    "host.mbim_radio_sw": {"doc": "MBIM software radio state (on/off) the modem reported", "settle": "mbimcli -p -d /dev/{control} --query-radio-state"},
    "host.mm_running": {"doc": "ModemManager is running", "settle": "systemctl status ModemManager"},
    "host.router_sticks_only": {"doc": "every modem is a router-style (ECM/RNDIS) stick without control or serial ports",
                                "settle": "lsusb -t; ip -br link"},
    "host.config_names_missing": {"doc": "WWAN link / control-port names that configs use but the live modems lack",
                                  "settle": "ip -br link; ls /dev/cdc-wdm* /dev/wwan*; grep -rn 'wwan\\|cdc-wdm' /etc/network /etc/qmi-network.conf /etc/netplan"},
    "host.missing_drivers": {"doc": "modem driver modules the running kernel lacks", "settle": "modprobe -n -v qmi_wwan cdc_mbim option qcserial"},
    "host.devices_listed": {"doc": "the USB/PCI device list was observed", "settle": "lsusb; lsusb -t; lspci -nn"},
    "host.wwan_default_route": {"doc": "a default route goes via a WWAN link", "settle": "ip route"},
    "modem.mm_bearer_connected": {"doc": "ModemManager bearer is connected", "settle": "mmcli -b any"},
}


# --- derivation --------------------------------------------------------------

TOOL_PROTOCOLS = {
    "qmicli": "qmi", "qmi-network": "qmi", "uqmi": "qmi", "quectel-cm": "qmi", "gobinet": "qmi",
    "mbimcli": "mbim", "mbim-network": "mbim", "umbim": "mbim",
    "modemmanager": "mm", "networkmanager": "mm",
    "dhclient": "dhcp", "udhcpc": "dhcp", "dhcpcd": "dhcp", "systemd-networkd": "dhcp",
    "pppd": "at", "at": "at", "netifd": "netifd",
}
PROCESS_TOOLS = {
    "qmicli": "qmicli", "qmi-network": "qmi-network", "uqmi": "uqmi", "quectel-CM": "quectel-cm",
    "quectel-cm": "quectel-cm", "mbimcli": "mbimcli", "mbim-network": "mbim-network", "umbim": "umbim",
    "ModemManager": "modemmanager", "NetworkManager": "networkmanager", "dhclient": "dhclient",
    "udhcpc": "udhcpc", "dhcpcd": "dhcpcd", "systemd-networkd": "systemd-networkd", "pppd": "pppd",
    "netifd": "netifd", "minicom": "at", "picocom": "at", "microcom": "at",
}
CONFIG_TOOLS = {
    ("qmi-network", None): "qmi-network", ("mbim-network", None): "mbim-network",
    ("openwrt", "qmi"): "uqmi", ("openwrt", "mbim"): "umbim", ("openwrt", "modemmanager"): "modemmanager",
    ("openwrt", "ncm"): "at", ("ifupdown", "dhcp"): "dhclient", ("networkd", "dhcp"): "systemd-networkd",
    ("networkmanager", None): "networkmanager", ("netplan", "dhcp"): "systemd-networkd",
}
MANUAL_TOOLS = {"qmicli", "uqmi", "quectel-cm", "mbimcli", "umbim", "at"}
# ifupdown stanza commands that run a modem tool ("pre-up qmi-network /dev/cdc-wdm0 start")
IFUPDOWN_HOOKS = ("pre-up", "up", "post-up")
HOOK_TOOL_RE = re.compile(r"(?:^|[\s/])(qmicli|qmi-network|mbimcli|mbim-network|uqmi|umbim|quectel-CM|udhcpc|pppd)(?=\s|$)")
CONTROL_DRIVERS = {"qmi_wwan": "qmi", "cdc_mbim": "mbim", "huawei_cdc_ncm": "at"}
NET_PROTOCOLS = (("qmi_wwan", "qmi"), ("cdc_mbim", "mbim"), ("huawei_cdc_ncm", "ncm"), ("cdc_ncm", "ncm"),
                 ("cdc_ether", "ecm"), ("rndis_host", "rndis"))
SERIAL_DRIVERS = {"option", "option1", "qcserial", "sierra", "cdc_acm", "usb_serial_simple", "usbserial_generic", "qcaux"}
MODEM_DRIVERS = SERIAL_DRIVERS | {d for d, _ in NET_PROTOCOLS} | {"sierra_net", "GobiNet", "qmi_wwan_q"}
# modules a modem's ports depend on (driver names plus their helper modules)
MODEM_MODULES = (MODEM_DRIVERS - {"option1"}) | {"cdc_wdm", "cdc_ncm", "usb_wwan", "usbserial", "usbnet", "mhi_pci_generic",
                                                   "mhi_wwan_ctrl", "mhi_wwan_mbim", "mhi_net", "mtk_t7xx", "iosm", "wwan"}
WWAN_PORT_PROTOCOLS = {"QMI": "qmi", "MBIM": "mbim", "AT": "at"}
PCI_DRIVERS = {"mhi-pci-generic", "mhi_pci_generic", "mtk_t7xx", "iosm", "xmm7360"}
RAW_IP_TYPES = (65534, 519)
MODEM_NAME_RE = re.compile(r"(?i)\bmodem\b|hilink|\bLTE\b|\bHSPA|\bUMTS\b|\bWWAN\b|mobile broadband|mass storage mode")


def _vidpid(vid, pid) -> str:
    return "%s:%s" % (vid or "????", pid or "????")


def _source_label(snap: Snapshot) -> str:
    return "sysfs" if snap.origin == "live" else "pasted output"


def _join_split_usb_device(snap: Snapshot) -> None:
    """A paste may show one device twice without a shared key: by id only ("lsusb -v -d 1199:9079")
    and by bus path only ("cat /sys/bus/usb/devices/2-4/bConfigurationValue"). When exactly one
    device lacks a location and exactly one lacks ids, they are the same device: merge them."""
    unplaced = [d for d in snap.usb_devices if d.vid and d.pid and not d.path and d.busnum is None]
    anonymous = [d for d in snap.usb_devices if not d.vid and not d.pid and (d.path or d.busnum is not None)]
    if len(unplaced) != 1 or len(anonymous) != 1 or snap.origin == "live":
        return
    keep, other = unplaced[0], anonymous[0]
    for name in keep.__dataclass_fields__:
        if getattr(keep, name) in (None, [], {}) and getattr(other, name) not in (None, [], {}):
            setattr(keep, name, getattr(other, name))
    snap.usb_devices.remove(other)


def derive(snap: Snapshot) -> Model:
    """Build the model: one Modem per physical modem, and the host facts."""
    host = _derive_host(snap)
    modems: List[Modem] = []
    _join_split_usb_device(snap)
    for dev in snap.usb_devices:
        if _is_usb_modem(dev, snap):
            modems.append(_usb_modem(dev, snap))
    log_addresses = _pci_modem_addresses_in_log(snap)
    for pci in snap.pci_devices:
        if _is_pci_modem(pci, log_addresses):
            modems.append(_pci_modem(pci, snap))
    modems.extend(_net_only_modems(modems, snap))
    _attach_modemmanager(modems, snap)
    _attach_orphan_bearers(modems, snap)
    for m in modems:
        _attach_tools(m, host)
        _dhcp_on_net(m, snap)
        _compare_mtu(m)
    host.modem_count = len(modems)
    _derive_listing_and_routes(snap, host, modems)
    _config_names_missing(snap, host, modems)
    _router_sticks_only(host, modems)
    return Model(snapshot=snap, host=host, modems=modems)


def _is_router_stick(m: Modem) -> Optional[bool]:
    if m.protocol is None:
        return None
    if m.protocol not in ("ecm", "rndis") or m.control_ports or m.serial_ports:
        return False
    return None if m.control_ports is None or m.serial_ports is None else True


def _router_sticks_only(host: Host, modems: List[Modem]) -> None:
    """Known when every modem is known to be a router stick, or one is known not to be."""
    verdicts = [_is_router_stick(m) for m in modems]
    if not modems or (None in verdicts and False not in verdicts):
        return
    routers = [m for m, v in zip(modems, verdicts) if v]
    host.note("router_sticks_only", all(verdicts), "model",
              "%d of %d modems are router-style (ECM/RNDIS only): %s" % (
                  len(routers), len(modems), ", ".join(m.id for m in routers) or "none"))


# names that only ever belong to a modem (usb0, ppp0 and mux links may be something else or appear later)
MODEM_ONLY_NAME = re.compile(r"^(?:wwan\d+|ww[ps][0-9a-z]+|cdc-wdm\d+|wwan\d+(?:qmi|mbim|at)\d+)$")


def _config_names_missing(snap: Snapshot, host: Host, modems: List[Modem]) -> None:
    """Live: configs that name wwan0 / cdc-wdm0 while the modem's link or port has another name."""
    have = {n for m in modems for n in (m.net_ports or []) + (m.control_ports or [])}
    if snap.origin != "live" or not have or snap.sources.get("configs") is None:
        return
    missing, evidence = [], []
    for cfg in snap.configs:
        names = list(cfg.interfaces) + [p.split("/")[-1] for p in cfg.control_ports]
        for name in names:
            if MODEM_ONLY_NAME.match(name) and name not in have and name not in missing:
                missing.append(name)
                evidence.append(Evidence("config", "%s names %s" % (cfg.path, name)))
    host.config_names_missing = missing
    host.evidence["config_names_missing"] = evidence + [
        Evidence("sysfs", "this machine's modem links and ports: %s" % ", ".join(sorted(have)))]


# --- host ----------------------------------------------------------------------

def _derive_host(snap: Snapshot) -> Host:
    host = Host()
    if snap.kernel.release:
        host.note("kernel_release", snap.kernel.release, "kernel", "kernel release %s" % snap.kernel.release)
    if snap.rfkill is not None:
        wwan = [r for r in snap.rfkill if (r.type or "").lower() in ("wwan", "wireless wan")]
        for attr in ("soft", "hard"):
            blocked = [r for r in wwan if getattr(r, attr)]
            known = [r for r in wwan if getattr(r, attr) is not None]
            value = True if blocked else (False if len(known) == len(wwan) else None)
            text = "; ".join("%s (%s): %s blocked %s" % (r.name, r.type, attr, "yes" if getattr(r, attr) else "no")
                             for r in wwan) or "no WWAN rfkill switch"
            host.note("rfkill_wwan_" + attr, value, "rfkill", text)
    _derive_mm_running(snap, host)
    _derive_mbim_radio(snap, host)
    version = snap.versions.get("ModemManager") or snap.versions.get("mmcli")
    if version:
        host.note("mm_version", version, "versions", "ModemManager %s" % version)
    if snap.modemmanager.modem_list is not None:
        host.note("mm_modem_count", len(snap.modemmanager.modem_list), "mmcli",
                  "mmcli -L lists %d modem(s)" % len(snap.modemmanager.modem_list))
    _derive_host_tools(snap, host)
    if snap.kernel.secure_boot is not None:
        host.note("secure_boot", snap.kernel.secure_boot, "kernel", "Secure Boot %s" % ("on" if snap.kernel.secure_boot else "off"))
    if snap.kernel.lockdown:
        host.note("lockdown", snap.kernel.lockdown, "kernel", "kernel lockdown: %s" % snap.kernel.lockdown)
    avail = snap.kernel.driver_availability
    if avail:
        missing = sorted(d for d, state in avail.items() if state == "missing" and d in MODEM_MODULES)
        host.note("missing_drivers", missing, "kernel modules",
                  "modem drivers: " + ", ".join("%s %s" % (d, avail[d]) for d in sorted(avail) if d in MODEM_MODULES))
    return host


def _derive_mbim_radio(snap: Snapshot, host: Host) -> None:
    """The last MBIM radio state in the log (mbimcli output or a decoded radio-state reply)."""
    from wwandoctor.ingest.mbim_trace import radio_states
    state = radio_states(l.text for l in snap.log if l.origin != "kernel")
    if state is None:
        return
    hw, sw, line = state
    for name, value in (("mbim_radio_hw", hw), ("mbim_radio_sw", sw)):
        if value is not None:
            host.note(name, value, "log", "MBIM radio state %s: %s" % (name[-2:], line[:200]))


def _derive_mm_running(snap: Snapshot, host: Host) -> None:
    service = snap.services.get("ModemManager")
    if service == "active":
        host.note("mm_running", True, "systemd", "ModemManager.service is active")
        return
    if snap.processes is not None:
        procs = [p for p in snap.processes if p.name == "ModemManager"]
        if procs:
            host.note("mm_running", True, "processes", "ModemManager is running (pid %d)" % procs[0].pid)
            return
    mm_lines = [l for l in snap.log if l.origin == "ModemManager"]
    not_running = [e for e in snap.modemmanager.errors if "couldn't find the ModemManager process" in e]
    if not_running:
        host.note("mm_running", False, "mmcli", not_running[0])
    elif snap.modemmanager.modem_list is not None:
        host.note("mm_running", True, "mmcli", "mmcli answered, so ModemManager runs")
    elif snap.origin != "live" and mm_lines:
        host.note("mm_running", True, "log", mm_lines[0].text)
    elif snap.processes is not None and service in (None, "inactive", "failed", "unknown"):
        host.note("mm_running", False, "processes", "no ModemManager process" +
                  (" (service %s)" % service if service else ""))


def _derive_host_tools(snap: Snapshot, host: Host) -> None:
    def add(tool: str, source: str, text: str, proto: Optional[str] = None) -> None:
        if source != "processes" and tool not in host.stated_tools:
            host.stated_tools.append(tool)
            host.evidence.setdefault("stated_tools", []).append(Evidence(source, text))
        if tool not in host.tools:
            host.tools.append(tool)
            host.evidence.setdefault("tools", []).append(Evidence(source, text))
        proto = proto or TOOL_PROTOCOLS.get(tool)
        if proto and proto not in host.tools_protocols:
            host.tools_protocols.append(proto)
            host.evidence.setdefault("tools_protocols", []).append(Evidence(source, text))

    for use in snap.tools:
        add(use.tool, use.source, use.evidence or use.tool)
    for proc in snap.processes or []:
        tool = PROCESS_TOOLS.get(proc.name)
        if tool:
            # qmicli --device-open-mbim sends QMI inside MBIM messages: it speaks MBIM to the port
            proto = "mbim" if tool == "qmicli" and "--device-open-mbim" in proc.args else None
            add(tool, "processes", "running: %s" % " ".join(proc.args or [proc.name])[:200], proto)
    for cfg in snap.configs:
        tool = CONFIG_TOOLS.get((cfg.kind, cfg.protocol)) or CONFIG_TOOLS.get((cfg.kind, None))
        if tool:
            add(tool, "config", "%s (%s%s)" % (cfg.path, cfg.kind, ", proto " + cfg.protocol if cfg.protocol else ""))
        for key in IFUPDOWN_HOOKS if cfg.kind == "ifupdown" else ():
            for command in (cfg.settings.get(key) or "").splitlines():  # "pre-up qmi-network /dev/cdc-wdm0 start"
                found = HOOK_TOOL_RE.search(command)
                if found:
                    proto = "mbim" if found.group(1) == "qmicli" and "--device-open-mbim" in command else None
                    add(PROCESS_TOOLS[found.group(1)], "config", "%s: %s %s" % (cfg.path, key, command[:150]), proto)
    if snap.processes is not None:
        manual = [p.name for p in snap.processes if PROCESS_TOOLS.get(p.name) in MANUAL_TOOLS
                  and not any(a in ("-p", "--device-open-proxy") for a in p.args)]
        host.note("manual_tools_running", manual, "processes",
                  "manual modem tools running: %s" % (", ".join(manual) or "none"))
    clients = [t for t in host.tools if TOOL_PROTOCOLS.get(t) == "dhcp"]
    if host.tools or snap.processes is not None:
        host.dhcp_clients = clients


# --- USB modems ----------------------------------------------------------------

def _is_usb_modem(dev, snap: Snapshot) -> bool:
    from wwandoctor import knowledge
    if dev.device_class and dev.device_class.startswith("09"):
        return False
    if dev.vid and dev.pid and knowledge.is_modem_id(dev.vid, dev.pid):
        return True
    for iface in dev.interfaces:
        if iface.driver in MODEM_DRIVERS or iface.control_ports or iface.wwan_ports:
            return True
    for cfg in dev.configs:
        if set(cfg.functions) & {"qmi", "mbim"}:
            return True
    if dev.path and _had_modem_driver(dev.path, snap):
        return True
    if dev.vid and knowledge.modem_vendor(dev.vid) and MODEM_NAME_RE.search(dev.product or ""):
        return True  # only lsusb's name is known: "E33372 LTE/UMTS/GSM HiLink Modem/Networkcard"
    return bool(dev.vid and knowledge.modem_vendor(dev.vid) and
                any(i.driver in ("cdc_ether", "rndis_host", "usb-storage", "") for i in dev.interfaces))


def _had_modem_driver(path: str, snap: Snapshot) -> bool:
    """A kernel line shows a modem driver on one of its interfaces ("option 2-1:1.0: device disconnected"),
    so it was a modem even if it has gone since."""
    prefixes = tuple("%s %s:" % (d, path) for d in MODEM_DRIVERS)
    return any(l.origin == "kernel" and l.text.startswith(prefixes) for l in snap.log)


def _usb_modem(dev, snap: Snapshot) -> Modem:
    src = _source_label(snap)
    ident = dev.path or _vidpid(dev.vid, dev.pid)
    m = Modem(id="usb:" + ident, bus="usb")
    where = "USB device %s" % ident
    if dev.vid:
        m.note("vid", dev.vid, src, "%s is %s" % (where, _vidpid(dev.vid, dev.pid)))
    if dev.pid:
        m.pid = dev.pid
    m.name = _usb_name(dev)
    _usb_configs(m, dev, src, where)
    _usb_interfaces(m, dev, snap, src)
    if dev.udev:  # udevadm info of the device alone (no interface data) settles it too
        ignore = dev.udev.get("ID_MM_DEVICE_IGNORE")
        m.note("mm_ignored", ignore == "1", "udev", "ID_MM_DEVICE_IGNORE=%s" % (ignore or "(not set)"))
    _usb_nets(m, dev, snap)
    _usb_knowledge(m, dev, snap)
    if dev.power_control:
        m.note("power_control", dev.power_control, src, "%s power/control = %s" % (where, dev.power_control))
    _usb_events(m, dev, snap)
    _log_evidence(m)
    return m


def _log_evidence(m: Modem) -> None:
    """Add the kernel lines that show a binding (they are what a helper quotes back) to its facts."""
    ports = set((m.control_ports or []) + (m.net_ports or []) + (m.serial_ports or []))
    drivers = set(m.drivers or [])
    lines = [l.text for l in m.events
             if any(p in l.text for p in ports) or (drivers and l.text.split(" ", 1)[0] in drivers)]
    for name in ("control_protocol", "protocol", "drivers", "active_config"):
        if getattr(m, name) is None or not lines:
            continue
        have = {e.text for e in m.evidence.get(name, [])}
        m.evidence.setdefault(name, []).extend(Evidence("kernel-log", t) for t in lines[:4] if t not in have)


def _usb_name(dev) -> Optional[str]:
    from wwandoctor import knowledge
    parts = list(dict.fromkeys(p for p in (dev.manufacturer, dev.product) if p))
    if len(parts) == 2 and parts[0].lower() in parts[1].lower():
        parts = parts[1:]  # "Sierra Wireless" + "Sierra Wireless EM7455" -> once
    if parts:
        return " ".join(parts)
    if dev.vid and dev.pid:
        rows = knowledge.usb_id_rows(dev.vid, dev.pid)
        named = [r for r in rows if r.get("pid") == dev.pid and r.get("model")]
        if named:
            return named[0]["model"]
        entry = knowledge.modeswitch_entry(dev.vid, dev.pid)
        if entry and entry.get("model"):
            return entry["model"]
    return None


def _usb_configs(m: Modem, dev, src: str, where: str) -> None:
    active = dev.active_config
    if active is None:
        configs_seen = {i.config for i in dev.interfaces if i.config is not None}
        if len(configs_seen) == 1:
            active = configs_seen.pop()
            m.note("active_config", active, src, "%s interfaces are named :%d.N (configuration %d)" % (where, active, active))
    else:
        m.note("active_config", active, src, "%s bConfigurationValue = %d" % (where, active))
    num = dev.num_configs if dev.num_configs is not None else (len(dev.configs) or None)
    if num is not None:
        m.note("num_configs", num, src, "%s has %d configuration(s)" % (where, num))
    if not dev.configs:
        return
    m.configs = [{"value": c.value, "functions": list(c.functions)} for c in dev.configs]
    m.evidence["configs"] = [Evidence(src, "configuration %d offers %s" % (c.value, ", ".join(c.functions) or "nothing known"))
                             for c in dev.configs]
    for kind in ("qmi", "mbim"):
        offering = [c.value for c in dev.configs if kind in c.functions]
        value = offering[0] if offering else None
        m.note(kind + "_config", value, src, "configuration offering %s: %s" % (kind.upper(), value if value is not None else "none"))
    if active is not None:
        current = [c for c in dev.configs if c.value == active]
        if current:
            _ncm_mbim_alt(m, current[0], src, where)
            m.note("functions", list(current[0].functions), src,
                   "active configuration %d offers %s" % (active, ", ".join(current[0].functions) or "nothing known"))
    if all(c.functions == ["storage"] for c in dev.configs):
        m.note("storage_mode", True, src, "%s offers only mass storage in every configuration" % where)
    elif any(set(c.functions) - {"storage"} for c in dev.configs):
        m.note("storage_mode", False, src, "%s offers modem functions, not only mass storage" % where)


def _ncm_mbim_alt(m: Modem, config, src: str, where: str) -> None:
    """NCM/MBIM combined function (MBIM 1.0 section 6.6): alt 0 is NCM (02/0d), another alt is MBIM (02/0e)."""
    ncm = {i.number for i in config.interfaces if i.alt == 0 and (i.triplet or "").lower().startswith("02/0d/")}
    both = sorted(i.number for i in config.interfaces if i.number in ncm and (i.triplet or "").lower().startswith("02/0e/"))
    m.note("ncm_mbim_alt", bool(both), src, "%s: %s" % (where, "interface %d offers NCM (alt 0) and MBIM (alternate setting)" % both[0]
                                                        if both else "no NCM interface with an MBIM alternate setting"))


def _usb_interfaces(m: Modem, dev, snap: Snapshot, src: str) -> None:
    if not dev.interfaces:
        return
    path = dev.path or _vidpid(dev.vid, dev.pid)
    rows, drivers, unbound, control, serial, wwan = [], [], [], [], [], []
    control_protocols = []
    for iface in sorted(dev.interfaces, key=lambda i: i.number):
        name = "%s:%s.%d" % (path, iface.config if iface.config is not None else "?", iface.number)
        rows.append({"number": iface.number, "triplet": iface.triplet, "driver": iface.driver,
                     "ports": iface.control_ports + iface.net + iface.tty + iface.wwan_ports})
        if iface.driver:
            if iface.driver not in drivers:
                drivers.append(iface.driver)
            m.evidence.setdefault("drivers", []).append(Evidence(src, "%s (%s) bound to %s" % (name, iface.triplet or "class ?", iface.driver)))
        elif iface.driver == "":
            unbound.append(iface.number)
            m.evidence.setdefault("unbound_interfaces", []).append(
                Evidence(src, "%s (%s) has no driver" % (name, iface.triplet or "class ?")))
        for port in iface.control_ports:
            control.append(port)
            proto = CONTROL_DRIVERS.get(iface.driver or "")
            if proto:
                control_protocols.append(proto)
                m.evidence.setdefault("control_protocol", []).append(
                    Evidence(src, "%s is a %s control port (driver %s on %s)" % (port, proto.upper(), iface.driver, name)))
        serial.extend(iface.tty)
        wwan.extend(iface.wwan_ports)
    m.interfaces = rows
    m.drivers = drivers
    if all(i.driver is not None for i in dev.interfaces):
        m.unbound_interfaces = unbound
        m.unbound_vendor_interfaces = [i.number for i in dev.interfaces if i.driver == "" and
                                       (i.triplet or "").lower().startswith("ff/") and not (i.triplet or "").lower().startswith("ff/42/")]
    m.control_ports = control + [p for p in wwan if p not in control]
    m.serial_ports = serial
    m.wwan_ports = wwan
    if snap.origin != "live":  # a paste (lsusb -t, usb-devices) may show drivers without their ports
        if not m.control_ports and any(i.driver in CONTROL_DRIVERS for i in dev.interfaces):
            m.control_ports = None
        if not serial and any(i.driver in SERIAL_DRIVERS for i in dev.interfaces):
            m.serial_ports = None
    if serial:
        m.evidence["serial_ports"] = [Evidence(src, "serial ports: %s" % ", ".join(serial))]
    for port in _wwan_ports_of(snap, "usb:" + path):
        if port.name not in m.control_ports:
            m.control_ports.append(port.name)
        proto = WWAN_PORT_PROTOCOLS.get((port.type or "").upper())
        if proto and proto != "at":
            control_protocols.append(proto)
            m.evidence.setdefault("control_protocol", []).append(Evidence(src, "%s is a %s port" % (port.name, port.type)))
    m.protocol = _protocol_from_drivers(drivers, dev, unbound)
    if m.protocol:
        m.evidence["protocol"] = [Evidence(src, "bound drivers: %s" % (", ".join(drivers) or "none"))]
    if control_protocols:
        m.control_protocol = control_protocols[0]
    elif serial and drivers and all(d in SERIAL_DRIVERS for d in drivers):
        m.note("control_protocol", "at", src, "only serial ports: %s" % ", ".join(serial))
    elif dev.interfaces and all(i.driver is not None for i in dev.interfaces) and not serial:
        m.note("control_protocol", "none", src, "no control port on any interface")
    if m.storage_mode is None and drivers and set(drivers) <= {"usb-storage", "uas"}:
        m.note("storage_mode", True, src, "only usb-storage is bound")
    elif m.storage_mode is None and (set(drivers) - {"usb-storage", "uas"}):
        m.storage_mode = False


def _protocol_from_drivers(drivers: List[str], dev, unbound: List[int]) -> Optional[str]:
    for drv, proto in NET_PROTOCOLS:
        if drv in drivers:
            return proto
    if drivers and all(d in SERIAL_DRIVERS for d in drivers):
        return "serial-only"
    if drivers and set(drivers) <= {"usb-storage", "uas"}:
        return "storage"
    if dev.interfaces and all(i.driver == "" for i in dev.interfaces):
        return "none"
    return None


def _wwan_ports_of(snap: Snapshot, parent_prefix: str):
    return [p for p in snap.wwan_ports if p.parent and (p.parent == parent_prefix or p.parent.startswith(parent_prefix + ":"))]


def _usb_nets(m: Modem, dev, snap: Snapshot) -> None:
    path = dev.path or _vidpid(dev.vid, dev.pid)
    names = [n for i in dev.interfaces for n in i.net]
    nets = [n for n in snap.net_interfaces
            if n.name in names or (n.parent and dev.path and n.parent.startswith("usb:%s:" % dev.path))]
    if not nets and not names and dev.interfaces and snap.origin == "live":
        m.net_ports = []  # sysfs shows every interface's children: this modem has no network interface
    _note_nets(m, nets, snap)


def _net_framing(net) -> Optional[str]:
    """raw-ip | 802.3 | None (unknown) for one network interface."""
    if net.raw_ip is True or net.type in RAW_IP_TYPES:
        return "raw-ip"
    if net.raw_ip is False or (net.type == 1 and net.driver and net.driver != "qmi_wwan"):
        return "802.3"
    return None


def _note_nets(m: Modem, nets, snap: Snapshot) -> None:
    if not nets:
        return
    src = _source_label(snap)
    m.net_ports = [n.name for n in nets]
    main = nets[0]
    if main.type is not None:
        m.note("net_type", main.type, src, "%s type = %d" % (main.name, main.type))
    if main.raw_ip is not None:
        m.note("raw_ip", main.raw_ip, src, "%s qmi/raw_ip = %s" % (main.name, "Y" if main.raw_ip else "N"))
    framing = _net_framing(main)
    if framing:
        m.note("framing", framing, src, "%s uses %s framing" % (main.name, framing))
    up = None
    if main.operstate is not None or main.flags is not None:
        up = (main.operstate in ("up", "unknown") and "UP" in (main.flags or "UP")) or "UP" in (main.flags or "").split(",")
        m.note("net_up", bool(up), src, "%s state %s flags %s" % (main.name, main.operstate or "?", main.flags or "?"))
    if main.addresses is not None:
        m.note("net_addresses", list(main.addresses), src, "%s addresses: %s" % (main.name, ", ".join(main.addresses) or "none"))
    if main.mtu is not None:
        m.note("net_mtu", main.mtu, src, "%s mtu %d" % (main.name, main.mtu))
    if main.rx_bytes is not None and main.tx_bytes is not None:
        m.note("net_rx_bytes", main.rx_bytes, src, "%s RX %d bytes, TX %d bytes" % (main.name, main.rx_bytes, main.tx_bytes))
        m.net_tx_bytes = main.tx_bytes


def _usb_knowledge(m: Modem, dev, snap: Snapshot) -> None:
    from wwandoctor import knowledge
    if not (dev.vid and dev.pid):
        return
    vp = _vidpid(dev.vid, dev.pid)
    entry = knowledge.modeswitch_entry(dev.vid, dev.pid)
    m.note("modeswitch_known", entry is not None, "usb_modeswitch data",
           "%s %s in usb_modeswitch's table%s" % (vp, "is" if entry else "is not", (": " + entry.get("target_mode_hint", "")[:120]) if entry else ""))
    _fcc(m, dev.vid, dev.pid, snap)
    expected = knowledge.drivers_for_id(dev.vid, dev.pid)
    m.note("expected_drivers", expected, "kernel driver tables",
           "%s is listed by %s" % (vp, ", ".join(expected) if expected else "no modem driver table"))
    exact = sorted({r["driver"] for r in knowledge.usb_id_rows(dev.vid, dev.pid) if r.get("pid") == knowledge.norm_id(dev.pid)})
    m.note("id_drivers", exact, "kernel driver tables",
           "%s is named by %s" % (vp, ", ".join(exact) if exact else "no driver table by its exact id"))
    release = knowledge.effective_release(snap.kernel.release, snap.kernel.version_line) if snap.kernel.release else None
    if _alias_knows_id(m, dev, snap):
        pass  # the running kernel's own modules.alias answered
    elif not expected:
        m.note("kernel_knows_id", False, "kernel driver tables", "%s is in no checked kernel's modem driver tables" % vp)
    elif release:
        # the drivers that should take the interfaces still without one (EC21 on 4.9: qmi_wwan bound, option not)
        bound = {i.driver for i in dev.interfaces if i.driver}
        pending = [d for d in expected if d not in bound] or expected
        verdicts = [knowledge.kernel_has_id(dev.vid, dev.pid, d, release) for d in pending]
        if any(v is True for v in verdicts):
            m.note("kernel_knows_id", True, "kernel driver tables", "%s is in the %s tables of kernel %s" % (vp, "/".join(pending), release))
        elif all(v is False for v in verdicts):
            m.note("kernel_knows_id", False, "kernel driver tables", "%s is not yet in the %s tables of kernel %s" % (vp, "/".join(pending), release))
    _qmi_interface(m, dev, src=_source_label(snap))
    _missing_modules(m, expected, snap)


def _alias_knows_id(m: Modem, dev, snap: Snapshot) -> bool:
    """kernel_knows_id from the live modules.alias matches of the unbound vendor-specific interfaces
    (``alias_modules``; [] = no module of this kernel claims it). A matching module that is loaded or
    bound elsewhere on the device already saw the interface and declined it (qmi_wwan's alias for
    ff/ff/ff also matches a 2-endpoint DIAG port): it does not count. False when not checked."""
    unbound = [i for i in dev.interfaces if i.driver == "" and (i.triplet or "").lower().startswith("ff/")
               and not (i.triplet or "").lower().startswith("ff/42/")]
    if not unbound or any(i.alias_modules is None for i in unbound):
        return False
    declined = {i.driver for i in dev.interfaces if i.driver} | set(snap.kernel.modules_loaded or [])
    claims = ["%d: %s" % (i.number, ", ".join(mod for mod in i.alias_modules if mod not in declined))
              for i in unbound if set(i.alias_modules) - declined]
    numbers = ", ".join(str(i.number) for i in unbound)
    m.note("kernel_knows_id", bool(claims), "modules.alias",
           "modules.alias of the running kernel: interface " + ("; ".join(claims) if claims else
                                                                "%s claimed by no module that has not seen it" % numbers))
    return True


def _qmi_interface(m: Modem, dev, src: str) -> None:
    """Which driver holds the interface that qmi_wwan's table names by number (``if#8``)?"""
    from wwandoctor import knowledge
    pid = knowledge.norm_id(dev.pid)
    numbers = [int(r["interface"][3:]) for r in knowledge.usb_id_rows(dev.vid, dev.pid)
               if r.get("driver") == "qmi_wwan" and r.get("pid") == pid and re.fullmatch(r"if#\d+", r.get("interface", ""))]
    for iface in sorted(dev.interfaces, key=lambda i: i.number):
        if iface.number in numbers and iface.driver is not None:
            name = "%s:%s.%d" % (dev.path or _vidpid(dev.vid, dev.pid), iface.config if iface.config is not None else 1, iface.number)
            m.note("qmi_if", name, "kernel driver tables", "qmi_wwan's table names interface %d of %s" % (iface.number, _vidpid(dev.vid, dev.pid)))
            m.note("qmi_if_driver", iface.driver, src, "%s is bound to %s" % (name, iface.driver or "no driver"))
            return


def _missing_modules(m: Modem, expected: List[str], snap: Snapshot) -> None:
    avail = snap.kernel.driver_availability
    if not expected or not avail:
        return
    known = [d for d in expected if d in avail]
    if not known:
        return
    missing = [d for d in known if avail[d] == "missing"]
    m.note("missing_modules", missing, "kernel modules",
           "drivers for this id: " + ", ".join("%s %s" % (d, avail[d]) for d in known))


def _fcc(m: Modem, vid: str, pid: str, snap: Snapshot) -> None:
    from wwandoctor import knowledge
    entry = knowledge.fcc_unlock_entry(vid, pid)
    vp = _vidpid(vid, pid)
    m.note("fcc_lock_known", entry is not None, "FCC unlock table",
           "%s %s FCC-locked laptop modems%s" % (vp, "is among" if entry else "is not among",
                                                   " (ModemManager %s script %s)" % (entry.get("modemmanager_version"), entry.get("script")) if entry else ""))
    enabled = snap.fcc_unlock.enabled
    if entry and enabled is not None:
        on = vp in enabled
        m.note("fcc_unlock_enabled", on, "fcc-unlock.d",
               "%s %s enabled in %s" % (vp, "is" if on else "is not", ", ".join(snap.fcc_unlock.directories) or "fcc-unlock.d"))


def _usb_events(m: Modem, dev, snap: Snapshot) -> None:
    """Kernel lines about this device: "usb 1-7: ..." and "cdc_mbim 1-7:2.12: ..." both contain " 1-7:"."""
    if not dev.path:
        return
    needle = " %s:" % dev.path
    m.events = [l for l in snap.log if l.origin == "kernel" and needle in " " + l.text]
    disconnects = [l for l in m.events if "USB disconnect" in l.text]
    if snap.log or snap.sources.get("kernel-log"):
        m.disconnects = len(disconnects)
        if disconnects:
            m.evidence["disconnects"] = [Evidence("kernel-log", l.text) for l in disconnects[:5]]
    if m.events:
        last = m.events[-1]
        m.note("gone_after_disconnect", "USB disconnect" in last.text or "device disconnected" in last.text
               or "unregister" in last.text or "now disconnected" in last.text, "kernel-log", last.text)


def _is_wwan_net(net) -> bool:
    return (net.devtype == "wwan" or (net.driver or "") in MODEM_DRIVERS or
            net.name.startswith(("wwan", "ww", "rmnet", "qmimux", "mhi_")) or net.has_qmi_group is True)


def _net_only_modems(modems: List[Modem], snap: Snapshot) -> List[Modem]:
    """A WWAN network interface that no modem claims (a paste that shows only ``ip`` or dhclient output)."""
    claimed = {n for m in modems for n in (m.net_ports or [])}
    extra = []
    for net in snap.net_interfaces:
        if net.name in claimed or not _is_wwan_net(net):
            continue
        m = Modem(id="net:" + net.name)
        if net.driver:
            m.note("drivers", [net.driver], _source_label(snap), "%s driver %s" % (net.name, net.driver))
            proto = dict(NET_PROTOCOLS).get(net.driver)
            if proto:
                m.protocol = proto
        _note_nets(m, [net], snap)
        extra.append(m)
    return extra


# --- PCI modems ----------------------------------------------------------------

def _pci_modem_addresses_in_log(snap: Snapshot) -> set:
    """PCI addresses that a modem driver names in the kernel log ("xmm7360 0000:04:00.0: ...")."""
    found = set()
    for line in snap.log:
        if line.origin != "kernel":
            continue
        head = line.text.split(" ", 2)
        if len(head) >= 2 and head[0].rstrip(":") in PCI_DRIVERS and re.match(r"[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.\d", head[1]):
            found.add(head[1].rstrip(":"))
    return found


def _wwan_ports_observed(snap: Snapshot) -> bool:
    """The live collector lists /sys/class/wwan; a paste shows wwan ports only if it names them."""
    status = snap.sources.get("pci")
    return bool(status and status.status == "ok") or bool(snap.wwan_ports)


def _is_pci_modem(pci, log_addresses=frozenset()) -> bool:
    from wwandoctor import knowledge
    if pci.class_code and pci.class_code.startswith("0d40"):
        return True
    if pci.driver in PCI_DRIVERS or pci.wwan_ports or pci.address in log_addresses:
        return True
    return bool(pci.vendor and pci.device and knowledge.pcie_modem(pci.vendor, pci.device, pci.subvendor, pci.subdevice))


def _pci_modem(pci, snap: Snapshot) -> Modem:
    from wwandoctor import knowledge
    src = _source_label(snap)
    m = Modem(id="pci:" + pci.address, bus="pci")
    if pci.vendor:
        m.note("vid", pci.vendor, src, "PCI %s is %s:%s" % (pci.address, pci.vendor, pci.device))
    m.pid = pci.device
    entry = knowledge.pcie_modem(pci.vendor, pci.device, pci.subvendor, pci.subdevice) if pci.vendor and pci.device else None
    m.name = pci.name or (entry or {}).get("model")
    if pci.driver is not None:
        m.note("drivers", [pci.driver] if pci.driver else [], src,
               "PCI %s driver: %s" % (pci.address, pci.driver or "none bound"))
    expected = [entry["driver"]] if entry and entry.get("driver") else []
    if entry or pci.vendor:
        m.note("expected_drivers", expected, "kernel driver tables",
               "%s:%s %s" % (pci.vendor, pci.device, "is handled by %s" % expected[0] if expected else "is in no checked kernel's tables"))
    ports = _wwan_ports_of(snap, "pci:" + pci.address) + [p for p in snap.wwan_ports if p.name in pci.wwan_ports and not p.parent]
    names = list(dict.fromkeys(list(pci.wwan_ports) + [p.name for p in ports]))
    if names or _wwan_ports_observed(snap):
        m.control_ports = names
        m.wwan_ports = names
    protos = [WWAN_PORT_PROTOCOLS.get((p.type or "").upper()) for p in ports]
    for proto in ("mbim", "qmi", "at"):
        if proto in protos:
            m.note("control_protocol", proto, src, "wwan ports: %s" % ", ".join("%s (%s)" % (p.name, p.type) for p in ports))
            if proto != "at":
                m.protocol = proto
            break
    if pci.driver == "" and m.protocol is None:
        m.protocol = "none"
    nets = [n for n in snap.net_interfaces if n.name in pci.net or n.parent == "pci:" + pci.address]
    _note_nets(m, nets, snap)
    if pci.vendor and pci.device:
        _fcc(m, pci.vendor, pci.device, snap)
    _missing_modules(m, expected, snap)
    m.events = [l for l in snap.log if pci.address in l.text]
    return m


# --- ModemManager, tools ---------------------------------------------------------

def _mm_get(obj: Dict, dotted: str):
    for part in dotted.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    if obj in ("--", "", None):
        return None
    return obj


def _mm_ports(mm_modem: Dict) -> List[str]:
    ports = _mm_get(mm_modem, "generic.ports") or []
    return [p.split(" ")[0] for p in ports if isinstance(p, str)]


def _match_mm(modems: List[Modem], mm_modem: Dict) -> Optional[Modem]:
    device = _mm_get(mm_modem, "generic.device") or ""
    for m in modems:
        ident = m.id.split(":", 1)[1]
        if device and (device.endswith("/" + ident) or ident in device.split("/")):
            return m
    ports = set(_mm_ports(mm_modem))
    for m in modems:
        if ports & set((m.control_ports or []) + (m.net_ports or []) + (m.serial_ports or [])):
            return m
    return modems[0] if len(modems) == 1 else None


def _attach_modemmanager(modems: List[Modem], snap: Snapshot) -> None:
    view = snap.modemmanager
    for mm_modem in view.modems:
        target = _match_mm(modems, mm_modem)
        if target is None:
            target = _mm_only_modem(mm_modem, snap)
            modems.append(target)
        _note_mm(target, mm_modem, view)
    if view.modem_list is not None:
        for m in modems:
            if m.mm_known is None:
                m.note("mm_known", False, "mmcli", "ModemManager lists %d modem(s), not this one" % len(view.modem_list)
                       if view.modem_list else "mmcli -L: No modems were found")


def _mm_only_modem(mm_modem: Dict, snap: Snapshot) -> Modem:
    path = mm_modem.get("dbus-path") or ""
    m = Modem(id="mm:" + (path.rsplit("/", 1)[-1] or "?"))
    m.name = " ".join(x for x in (_mm_get(mm_modem, "generic.manufacturer"), _mm_get(mm_modem, "generic.model")) if x) or None
    ports = _mm_get(mm_modem, "generic.ports") or []
    for item in ports:
        name, _, kind = item.partition(" ")
        kind = kind.strip("()")
        if kind in ("qmi", "mbim"):
            m.control_ports = (m.control_ports or []) + [name]
            m.control_protocol = m.control_protocol or kind
            m.protocol = m.protocol or kind
        elif kind == "net":
            m.net_ports = (m.net_ports or []) + [name]
        elif kind in ("at", "gps", "qcdm"):
            m.serial_ports = (m.serial_ports or []) + [name]
    if ports:
        m.evidence["control_protocol"] = [Evidence("mmcli", "ports: " + ", ".join(ports))]
    drivers = _mm_get(mm_modem, "generic.drivers")
    if drivers:
        m.note("drivers", list(drivers), "mmcli", "drivers: " + ", ".join(drivers))
    return m


def _note_mm(m: Modem, mm_modem: Dict, view) -> None:
    m.note("mm_known", True, "mmcli", "ModemManager manages it (%s)" % (mm_modem.get("dbus-path") or "modem"))
    for field_name, key in (("mm_state", "generic.state"), ("mm_failed_reason", "generic.state-failed-reason"),
                            ("mm_power_state", "generic.power-state"), ("mm_unlock_required", "generic.unlock-required"),
                            ("mm_registration", "3gpp.registration-state")):
        value = _mm_get(mm_modem, key)
        if value is not None:
            m.note(field_name, value, "mmcli", "modem.%s: %s" % (key, value))
    bearer = _bearer_for(mm_modem, view)
    if bearer is not None:
        _note_bearer(m, bearer)


def _compare_mtu(m: Modem) -> None:
    if m.net_mtu is not None and m.mm_bearer_mtu is not None:
        m.note("mtu_above_bearer", m.net_mtu > m.mm_bearer_mtu, "model",
               "net port MTU %d, bearer MTU %d" % (m.net_mtu, m.mm_bearer_mtu))


def _note_bearer(m: Modem, bearer: Dict) -> None:
    connected = _mm_get(bearer, "status.connected")
    if connected is not None:
        m.note("mm_bearer_connected", connected == "yes", "mmcli", "bearer.status.connected: %s" % connected)
    for field_name, key in (("mm_bearer_interface", "status.interface"), ("mm_bearer_ip_method", "ipv4-config.method")):
        value = _mm_get(bearer, key)
        if value is not None:
            m.note(field_name, value, "mmcli", "bearer.%s: %s" % (key, value))
    mtu = _mm_get(bearer, "ipv4-config.mtu")
    if mtu is not None and str(mtu).isdigit():
        m.note("mm_bearer_mtu", int(mtu), "mmcli", "bearer.ipv4-config.mtu: %s" % mtu)
    error = _mm_get(bearer, "status.connection-error.name")
    if error:
        m.note("mm_bearer_error", error, "mmcli", "bearer connection error: %s %s" % (error, _mm_get(bearer, "status.connection-error.message") or ""))


def _attach_orphan_bearers(modems: List[Modem], snap: Snapshot) -> None:
    """Bearers no listed modem owns (a paste of ``mmcli -b N`` alone): attach each to the modem
    whose net port it names, the only modem, or a new modem for that interface."""
    view = snap.modemmanager
    owned = {p for mm in view.modems for p in (_mm_get(mm, "generic.bearers") or [])}
    if len(view.modems) == 1 and len(view.bearers) == 1:
        return  # _bearer_for already paired them
    for bearer in view.bearers:
        if bearer.get("dbus-path") in owned:
            continue
        iface = _mm_get(bearer, "status.interface")
        target = next((m for m in modems if iface and iface in (m.net_ports or [])), None)
        if target is None and len(modems) == 1:
            target = modems[0]
        if target is None and iface:
            target = Modem(id="net:" + iface, net_ports=[iface])
            modems.append(target)
        if target is None and not modems:  # "mmcli -b N" alone, not connected: the bearer stands for its modem
            target = Modem(id="mm-bearer:" + (str(bearer.get("dbus-path") or "").rsplit("/", 1)[-1] or "?"))
            modems.append(target)
        if target is not None and target.mm_bearer_connected is None:
            _note_bearer(target, bearer)


def _derive_listing_and_routes(snap: Snapshot, host: Host, modems: List[Modem]) -> None:
    listed = [name for name in ("usb", "pci", "paste:lsusb", "paste:lsusb-t", "paste:lsusb-v", "paste:lspci")
              if snap.sources.get(name) is not None and snap.sources[name].status == "ok"]
    if listed:
        host.note("devices_listed", True, "sources", "device list observed (%s)" % ", ".join(listed))
    wwan_nets = {n for m in modems for n in (m.net_ports or [])}
    for route in snap.routes or []:
        if route.destination == "default" and route.dev and (
                route.dev in wwan_nets or route.dev.startswith(("wwan", "ww", "rmnet", "qmimux", "mhi_"))):
            host.note("wwan_default_route", route.dev, "routes", "default%s dev %s" % (
                " via %s" % route.gateway if route.gateway else "", route.dev))
            break


def _bearer_for(mm_modem: Dict, view) -> Optional[Dict]:
    paths = _mm_get(mm_modem, "generic.bearers") or []
    for bearer in view.bearers:
        if bearer.get("dbus-path") in paths:
            return bearer
    return view.bearers[0] if len(view.bearers) == 1 and len(view.modems) <= 1 else None


def _dhcp_on_net(m: Modem, snap: Snapshot) -> None:
    """DHCP clients aimed at this modem's net port: a process whose arguments name it, a config
    for it, client output about it, or a client the person named (--tool: the post is about this link)."""
    ports = set(m.net_ports or [])
    if not ports:
        return
    if m.framing and len(ports) > 1:  # modem.framing is the main port's: skip ports framed otherwise (EM7455 wwan1)
        framings = {n.name: _net_framing(n) for n in snap.net_interfaces if n.name in ports}
        ports = {p for p in ports if framings.get(p) in (None, m.framing)}
    found: List[str] = []
    evidence: List[Evidence] = []

    def add(tool: str, source: str, text: str) -> None:
        if tool not in found:
            found.append(tool)
            evidence.append(Evidence(source, text))

    for proc in snap.processes or []:
        tool = PROCESS_TOOLS.get(proc.name)
        if TOOL_PROTOCOLS.get(tool or "") == "dhcp" and ports & {a.split("/")[-1] for a in proc.args}:
            add(tool, "processes", "running: %s" % " ".join(proc.args)[:200])
    for cfg in snap.configs:
        tool = CONFIG_TOOLS.get((cfg.kind, cfg.protocol))
        if TOOL_PROTOCOLS.get(tool or "") == "dhcp" and ports & set(cfg.interfaces):
            add(tool, "config", "%s configures DHCP on %s" % (cfg.path, ", ".join(sorted(ports & set(cfg.interfaces)))))
    for line in snap.log:
        if TOOL_PROTOCOLS.get(line.origin.lower()) == "dhcp" and any(re.search(r"\b%s\b" % re.escape(p), line.text) for p in ports):
            add(line.origin.lower(), line.origin, line.text)
    for use in snap.tools:
        if use.source == "cli" and TOOL_PROTOCOLS.get(use.tool) == "dhcp":
            add(use.tool, "cli", use.evidence or use.tool)
    observed = snap.processes is not None or bool(snap.configs) or bool(found) or any(
        TOOL_PROTOCOLS.get(l.origin.lower()) == "dhcp" for l in snap.log)
    if observed:
        m.net_dhcp_clients = found
        m.evidence["net_dhcp_clients"] = evidence or [Evidence("processes", "no DHCP client seen on %s" % ", ".join(sorted(ports)))]


def _attach_tools(m: Modem, host: Host) -> None:
    m.tools = list(host.tools)
    m.tools_protocols = list(host.tools_protocols)
    if host.tools:
        m.evidence["tools"] = list(host.evidence.get("tools", []))
        m.evidence["tools_protocols"] = list(host.evidence.get("tools_protocols", []))
