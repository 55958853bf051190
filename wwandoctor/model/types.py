"""The model's types: Modem (one physical modem), Host (facts about the machine), Model.

Every field is ``None`` when the snapshot did not show it (unknown); every known fact keeps
the evidence it came from in ``evidence[field]`` (set through ``note``).

Each field a rule may name is declared here once, with :func:`fact`: its type (the annotation),
its meaning, the command whose output settles it when it is unknown, and whether reports show it.
``FIELD_DOCS`` (model/fields.py), the rule field kinds (engine/fields.py), the report's modem
details and host summary, ``wwandoctor rules fields`` and the field table in rules/README.md are
all made from these declarations.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Set, Tuple

from wwandoctor.snapshot import LogLine, Snapshot


def fact(doc: str, settle: str = "", report: bool = False, default=None, factory=None, required: bool = False):
    """A model field: ``doc`` says what it means; ``settle`` is the command whose output would settle it
    when it is unknown ({vid}/{pid}/{id}/{net}/{control}/{drivers} are filled from the modem);
    ``report``: reports show it (a modem's details, the host summary)."""
    meta = {"doc": doc, "settle": settle, "report": report}
    if required:
        return field(metadata=meta)
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Evidence:
    """One fact the model used, and where it was seen."""
    source: str  # sysfs, kernel-log, lsusb, mmcli, process, config, paste, --tool, ...
    text: str
    # the input lines it was read from ("post.txt:7": their LogLine's source), when a reader of the pasted
    # lines took it from them: those lines were understood (model.signals.unread_sections leaves them out)
    where: Tuple[str, ...] = ()


def places(lines: Iterable[LogLine]) -> Tuple[str, ...]:
    """The places of ``lines`` (their LogLine sources, each once): an Evidence's ``where``."""
    return tuple(dict.fromkeys(line.source for line in lines))


class _Facts:
    """What Modem and Host share: ``note`` sets a field and remembers the evidence for it."""

    def note(self, name: str, value, source: str, text: str, where: Tuple[str, ...] = ()) -> None:
        """Set a field and remember why (``where``: the input lines it was read from, see Evidence)."""
        setattr(self, name, value)
        self.evidence.setdefault(name, []).append(Evidence(source, text, where))


@dataclass
class Modem(_Facts):
    """One modem: identity, drivers, ports, configuration, ModemManager's view."""
    id: str = fact(
        'the modem\'s id: "usb:1-7" (bus path), "pci:0000:04:00.0", "usb:2c7c:0125" when only the id is known',
        required=True)
    bus: str = fact("the bus the modem is on: usb, pci or unknown", settle="lsusb; lspci -nn", default="unknown")
    vid: Optional[str] = fact("USB vendor id (PCI vendor for PCIe modems)", settle="lsusb; lspci -nn")
    pid: Optional[str] = fact("USB product id (PCI device id for PCIe modems)", settle="lsusb; lspci -nn")
    name: Optional[str] = fact("product name", settle="lsusb; lspci -nn")
    protocol: Optional[str] = fact(
        "protocol the bound drivers speak: qmi, mbim, ncm, ecm, rndis, serial-only, storage or none",
        settle="lsusb -t; dmesg | grep -iE 'qmi_wwan|cdc_mbim|cdc_ncm|cdc_ether|option|qcserial'")
    control_protocol: Optional[str] = fact(
        "protocol of the control port(s): qmi, mbim, at or none (driver behind cdc-wdm / wwan port)",
        settle="ls -l /sys/class/usbmisc/*/device/driver", report=True)
    active_config: Optional[int] = fact(
        "active USB configuration (bConfigurationValue)",
        settle="cat /sys/bus/usb/devices/*/bConfigurationValue; lsusb -t")
    num_configs: Optional[int] = fact("number of USB configurations", settle="lsusb -v -d {vid}:{pid}", report=True)
    configs: Optional[List[Dict]] = fact(
        'all USB configurations and what each offers ([{"value": 1, "functions": ["qmi", "serial"]}])',
        settle="lsusb -v -d {vid}:{pid}")
    qmi_config: Optional[int] = fact("configuration that offers QMI", settle="lsusb -v -d {vid}:{pid}", report=True)
    mbim_config: Optional[int] = fact("configuration that offers MBIM", settle="lsusb -v -d {vid}:{pid}", report=True)
    functions: Optional[List[str]] = fact(
        "functions of the active configuration", settle="lsusb -v -d {vid}:{pid}", report=True)
    ncm_mbim_alt: Optional[bool] = fact(
        "an NCM interface of the active configuration also offers MBIM as an alternate setting",
        settle="lsusb -v -d {vid}:{pid}")
    drivers: Optional[List[str]] = fact(
        "drivers bound to the modem's interfaces", settle="lsusb -t (USB) or lspci -nnk (PCIe)")
    interfaces: Optional[List[Dict]] = fact(
        "the USB interfaces of the active configuration: number, class triplet, driver, ports",
        settle="lsusb -t; usb-devices", report=True)
    unbound_interfaces: Optional[List[int]] = fact("interfaces with no driver", settle="lsusb -t", report=True)
    unbound_vendor_interfaces: Optional[List[int]] = fact(
        "vendor-specific (class ff) interfaces with no driver, ADB excluded",
        settle="lsusb -t; lsusb -v -d {vid}:{pid}")
    pcie_first_model: Optional[bool] = fact(
        "the device's own product name names a model the tables know only by PCIe ids (Fibocom L850-GL: Intel "
        "XMM7360, iosm): a PCIe-first module running in its USB mode", settle="lsusb -v -d {vid}:{pid}; lspci -nnk")
    boot_mode: Optional[bool] = fact(
        "the id is a boot-loader / download (QDL) id: the modem firmware is not running", settle="lsusb")
    gobi_qdl_id: Optional[bool] = fact(
        "the id is a Gobi 1000/2000/3000 QDL id in qcserial's table (the module's firmware-less boot id; "
        "05c6:9008, Qualcomm's emergency-download id, is not)", settle="lsusb")
    gobi_host_firmware: Optional[bool] = fact(
        "the id is a Gobi 1000/2000/3000 QDL id (qcserial's table) that did not come back as its modem id: "
        "the host has not uploaded the module's firmware (gobi_loader)", settle="lsusb")
    gobi_generation: Optional[str] = fact(
        "the Gobi generation of a Gobi QDL id, from qcserial's table: \"1000\" (\"Gobi QDL device\"), \"2000\" or "
        "\"3000\"; gobi_loader takes -2000 for the 2000 and 3000, which also load UQCN.mbn", settle="lsusb")
    host_firmware_file: Optional[str] = fact(
        "the firmware file the id's driver uploads to the modem at every plug-in, from its id table's row "
        "(ti_usb_3410_5052 for a Multi-Tech MultiModem: mts_gsm.fw, mts_cdma.fw, mts_edge.fw); \"\" when the id's "
        "driver uploads none", settle="lsusb; sudo dmesg | grep -i firmware")
    unbound_class_drivers: Optional[List[str]] = fact(
        "class drivers (cdc_mbim, cdc_ncm, cdc_ether, rndis_host, cdc_acm) that would bind an interface left without driver",
        settle="lsusb -t; usb-devices")
    control_ports: Optional[List[str]] = fact(
        "control ports (cdc-wdm, wwan ports)", settle="ls /sys/class/usbmisc /sys/class/wwan")
    net_ports: Optional[List[str]] = fact("network interfaces of the modem", settle="ip link")
    serial_ports: Optional[List[str]] = fact("serial ports of the modem", settle="ls /dev/ttyUSB*")
    wwan_ports: Optional[List[str]] = fact(
        "WWAN subsystem ports of the modem", settle="ls /sys/class/wwan/; grep . /sys/class/wwan/*/type", report=True)
    # net port framing
    net_type: Optional[int] = fact(
        "ARPHRD type of the main net port (1 ether, 65534 none, 519 rawip)",
        settle="cat /sys/class/net/{net}/type", report=True)
    raw_ip: Optional[bool] = fact(
        "qmi_wwan raw-ip mode (qmi/raw_ip)", settle="cat /sys/class/net/{net}/qmi/raw_ip", report=True)
    framing: Optional[str] = fact(
        "framing of the net port: raw-ip or 802.3",
        settle="cat /sys/class/net/{net}/qmi/raw_ip; qmicli -d /dev/{control} --wda-get-data-format", report=True)
    net_up: Optional[bool] = fact("net port is up", settle="ip addr", report=True)
    net_dhcp_clients: Optional[List[str]] = fact(
        "DHCP clients seen on the modem's net port",
        settle="ps -ef | grep -E 'dhclient|dhcpcd|udhcpc|networkd'; cat /etc/network/interfaces")
    net_addresses: Optional[List[str]] = fact("addresses of the net port", settle="ip addr", report=True)
    default_route: Optional[bool] = fact(
        "a default route goes via the modem's net port (known when the route table was seen)", settle="ip route; ip -6 route")
    default_route_outranked: Optional[bool] = fact(
        "another link's default route of the same family has a lower metric than the modem's", settle="ip route; ip -6 route")
    # identity knowledge from the packaged tables
    named_model: Optional[str] = fact(
        "the model name the post gives for a modem no id identifies (\"EM7455 / DW5811e\"): its facts hold for "
        "every candidate id and are low confidence", settle="lsusb; lspci -nn", report=True)
    only_named: bool = fact(
        "the modem rests only on the post's words (an id or a model name in a sentence): no device, control port, "
        "interface or ModemManager modem of it is shown; findings on it are capped at medium confidence",
        settle="lsusb; lspci -nn", default=False)
    candidate_ids: Optional[List[str]] = fact(
        "the ids the tables give the named model (one of them is the modem's; boot-loader and storage-mode ids left out)",
        settle="lsusb; lspci -nn", report=True)
    storage_mode: Optional[bool] = fact(
        "device shows only mass storage", settle="lsusb -v -d {vid}:{pid}", report=True)
    modeswitch_known: Optional[bool] = fact("VID:PID is in usb_modeswitch's table", settle="lsusb", report=True)
    switched_from: Optional[List[str]] = fact(
        "the storage-mode ids of modems that usb-modeswitch-data switches to this VID:PID (its modem mode), as "
        "\"vid:pid\"; empty when it is no switch target", settle="lsusb")
    router_mode_id: Optional[bool] = fact(
        "VID:PID is a router-style id (router-mode-ids.csv: HiLink, ZTE web-UI or pocket-router firmware whose only "
        "network function is an RNDIS/ECM link to a router inside the stick)", settle="lsusb", report=True)
    crash_dump_mode: Optional[bool] = fact(
        "the id is one a Qualcomm-based module enumerates with only after its firmware crashed, its boot loader holding "
        "the RAM for a memory-dump download (boot-mode-ids.csv mode \"memory dump\", 05c6:900e)", settle="lsusb")
    id_set_by_command: Optional[bool] = fact(
        "the input shows the vendor's AT command that sets the modem's USB product id (Sierra AT!UDPID / AT!USBPID, "
        "Quectel AT+QCFG=\"usbcfg\", SIMCom AT+CUSBPIDSWITCH) set to exactly the id it now enumerates with (false when "
        "none is shown)", settle="lsusb", report=True)
    switch_config_for_modem_id: Optional[bool] = fact(
        "a usb_modeswitch configuration file shown is named for the id the modem has after its switch (false when none is shown)",
        settle="ls /etc/usb_modeswitch.d/; cat /etc/usb_modeswitch.d/{vid}:{pid}", report=True)
    fcc_lock_known: Optional[bool] = fact(
        "the id is an FCC-locked laptop module", settle="lsusb; lspci -nn", report=True)
    sierra_firmware: Optional[bool] = fact(
        "the id is a Sierra Wireless module (vendor 1199, or an id qcserial lays out as Sierra's, DEVICE_SWI): its "
        "firmware keeps several images and carrier configurations (PRI) and boots the pair its preference names",
        settle="lsusb")
    fcc_unlock_enabled: Optional[bool] = fact(
        "an FCC unlock program for the id is enabled",
        settle="ls -l /etc/ModemManager/fcc-unlock.d/ /usr/lib/ModemManager/fcc-unlock.d/ /usr/lib/*/ModemManager/fcc-unlock.d/", report=True)
    fcc_unlock_misplaced: Optional[bool] = fact(
        "an unlock program for the id is installed only in fcc-unlock.d directories ModemManager did not search",
        settle="journalctl -b -u ModemManager | grep -i 'fcc unlock operation'; ls -l /usr/lib/*/ModemManager/fcc-unlock.d/ /usr/lib*/ModemManager/fcc-unlock.d/ /etc/ModemManager/fcc-unlock.d/")
    kernel_knows_id: Optional[bool] = fact(
        "VID:PID is in the running kernel's tables of the drivers not yet bound to it (a PCIe modem: its "
        "driver's table)", settle="uname -r; lsusb", report=True)
    id_absent_from_lts: Optional[bool] = fact(
        "every driver whose table lists VID:PID lacks it in a 4.14-or-newer long-term kernel tree read "
        "(usb-ids-absent-older-kernels.csv: 4.14.98, 4.19.67, 5.4.x): the id came after the kernels that vendor, router "
        "and board systems still ship", settle="uname -r; modinfo option qmi_wwan qcserial | grep -i 'v{vid}p{pid}'")
    id_added_by_patch: Optional[List[str]] = fact(
        "drivers that a kernel patch in the input adds this VID:PID to (their table in the kernel it patches lacked it)",
        settle="uname -r; modinfo qmi_wwan option qcserial | grep -i 'v{vid}p{pid}'")
    modeswitch_configuration_only: Optional[bool] = fact(
        "usb-modeswitch-data's entry for this id sends no switch message and only sets a USB configuration "
        "(Configuration=N; 0 = the dispatcher's MBIM check): the id is a modem's, not a storage id", settle="lsusb")
    modeswitch_keeps_id: Optional[bool] = fact(
        "usb-modeswitch-data switches this id in place (TargetClass= with no target id, or a target list naming the id "
        "itself): the id is the storage mode's and the modem mode's alike", settle="lsusb -v -d {vid}:{pid}")
    switch_config_configuration: Optional[int] = fact(
        "the USB configuration (bConfigurationValue) that a usb_modeswitch configuration shown for this id selects, "
        "sending no switch message (Configuration=N, N >= 1)", settle="cat /etc/usb_modeswitch.d/{vid}:{pid}")
    id_given_by_new_id: Optional[List[str]] = fact(
        "drivers the input hands this VID:PID to through their new_id file (their table in the running kernel "
        "lacked it)", settle="uname -r; modinfo qmi_wwan option qcserial | grep -i 'v{vid}p{pid}'")
    expected_drivers: Optional[List[str]] = fact(
        "drivers whose tables list this id (exact or vendor-wide)", settle="lsusb", report=True)
    qmi_if: Optional[str] = fact(
        'the interface qmi_wwan\'s table names for this id ("1-1.4:1.4")', settle="lsusb; lsusb -t")
    qmi_if_driver: Optional[str] = fact(
        'driver bound to the interface qmi_wwan\'s table names ("" = none)', settle="lsusb -t")
    id_drivers: Optional[List[str]] = fact(
        "drivers whose tables name this exact VID:PID (no vendor-wide rows)", settle="lsusb")
    missing_modules: Optional[List[str]] = fact(
        "expected drivers the running kernel does not have", settle="lsmod; modprobe -n -v {drivers}", report=True)
    drivers_newer_than_kernel: Optional[List[str]] = fact(
        "drivers whose tables name this id (a PCIe modem: its table's driver) but that came after the running "
        "kernel (qmi_wwan 3.4, cdc_mbim 3.8, mhi_wwan_ctrl 5.13, iosm 5.14, t7xx 5.19)",
        settle="uname -r; lsusb; lspci -nn")
    power_control: Optional[str] = fact(
        "USB runtime power management of the modem (on / auto)",
        settle="grep . /sys/bus/usb/devices/*/power/control", report=True)
    # PCIe modems
    mhi_profile: Optional[str] = fact(
        'the MHI controller profile the running kernel chose ("MHI PCI device found: NAME")',
        settle="sudo dmesg | grep -i 'MHI PCI device found'")
    mhi_profile_expected: Optional[str] = fact(
        "the MHI profile the newest checked kernel's table names for this PCI id and subsystem",
        settle="lspci -nn -v -d {vid}:{pid}")
    t7xx_mode: Optional[str] = fact(
        "mtk_t7xx device mode (sysfs t7xx_mode): ready, reset, fastboot_switching, fastboot_download, ...",
        settle="grep . /sys/bus/pci/devices/*/t7xx_mode")
    # user's tools
    tools: List[str] = fact(
        "the tools the person uses with this modem (qmicli, mbimcli, ModemManager, dhclient, ...)",
        settle="the commands used to connect, with their output", report=True, factory=list)
    tools_protocols: List[str] = fact(
        "the protocols those tools speak: qmi, mbim, at, dhcp, mm",
        settle="the commands used to connect, with their output", report=True, factory=list)
    qmi_data_path: Optional[bool] = fact(
        "a QMI tool carries the data session (qmicli --wds-start-network, qmi-network, uqmi, quectel-CM), not only control requests",
        settle="the qmicli/qmi-network/uqmi command lines used, with their output")
    # ModemManager
    mm_known: Optional[bool] = fact("ModemManager lists this modem", settle="mmcli -L", report=True)
    mm_state: Optional[str] = fact("ModemManager state", settle="mmcli -m any", report=True)
    mm_failed_reason: Optional[str] = fact(
        "why ModemManager shows the modem failed", settle="mmcli -m any", report=True)
    mm_power_state: Optional[str] = fact("ModemManager power state", settle="mmcli -m any", report=True)
    mm_unlock_required: Optional[str] = fact(
        "lock ModemManager waits for (sim-pin, sim-puk...)", settle="mmcli -m any", report=True)
    mm_registration: Optional[str] = fact("3GPP registration state", settle="mmcli -m any", report=True)
    mm_network_rejection: Optional[str] = fact(
        "the network's last registration reject cause (modem.3gpp.network-rejection-error, ModemManager 1.24+)",
        settle="mmcli -m any", report=True)
    mm_bearer_connected: Optional[bool] = fact(
        "ModemManager bearer is connected", settle="mmcli -m any (Bearer paths), then mmcli -b N", report=True)
    mm_bearer_interface: Optional[str] = fact(
        "the net interface of ModemManager's bearer",
        settle="mmcli -m any (Bearer paths), then mmcli -b N", report=True)
    mm_bearer_ip_method: Optional[str] = fact(
        "bearer IPv4 method", settle="mmcli -m any (Bearer paths), then mmcli -b N", report=True)
    mm_bearer_error: Optional[str] = fact(
        "connection error of ModemManager's bearer",
        settle="mmcli -m any (Bearer paths), then mmcli -b N", report=True)
    mm_bearer_mtu: Optional[int] = fact(
        "MTU the network gave in the bearer's IP settings (bearer.ipv4-config.mtu, or qmicli/mbimcli current IP settings)",
        settle="mmcli -m any (Bearer paths), then mmcli -b N")
    mm_bearer_dns: Optional[List[str]] = fact(
        "DNS servers the network gave the connected bearer (bearer.ipv4-config.dns, ipv6-config.dns)",
        settle="mmcli -m any (Bearer paths), then mmcli -b N")
    bearer_dns_unused: Optional[bool] = fact(
        "none of the connected bearer's DNS servers is used: not in /etc/resolv.conf, and not among "
        "systemd-resolved's global or the link's DNS servers (known when the resolver was seen)",
        settle="mmcli -b N; cat /etc/resolv.conf; resolvectl status")
    mm_bearer_ip_families: Optional[List[str]] = fact(
        "IP families the connected bearer got settings for (ipv4, ipv6: bearer.ipv4-config/ipv6-config.method)",
        settle="mmcli -m any (Bearer paths), then mmcli -b N")
    net_mtu: Optional[int] = fact("MTU of the modem's main net port", settle="ip link")
    net_rx_bytes: Optional[int] = fact(
        "bytes received on the modem's main net port (ip -s link, sysfs statistics)", settle="ip -s link show {net}")
    net_tx_bytes: Optional[int] = fact(
        "bytes sent on the modem's main net port (ip -s link, sysfs statistics)", settle="ip -s link show {net}")
    downlink_dead: Optional[bool] = fact(
        "the main net port is up with an address and has sent bytes but received none (the link carries nothing "
        "down: a framing mismatch or a modem that forwards nothing)", settle="ip -s link show {net}")
    mtu_above_bearer: Optional[bool] = fact(
        "the net port's MTU is larger than the bearer's (net_mtu > mm_bearer_mtu)",
        settle="mmcli -m any (Bearer paths), then mmcli -b N; ip link")
    # kernel-log events about this modem
    events: List[LogLine] = fact(
        "the modem's own kernel-log lines (rules only match them)", settle="dmesg", factory=list)
    disconnects: Optional[int] = fact(
        "USB disconnects of the modem in the kernel log",
        settle="dmesg | grep -E 'USB disconnect|new .*USB device'", report=True)
    gone_after_disconnect: Optional[bool] = fact(
        "the last kernel event about the modem is its disconnection", settle="dmesg | grep -E 'usb [0-9-.]+:'; lsusb")
    mm_ignored: Optional[bool] = fact(
        "udev tags the modem ID_MM_DEVICE_IGNORE=1",
        settle="udevadm info --export-db | grep -B30 ID_MM_DEVICE_IGNORE")
    evidence: Dict[str, List[Evidence]] = field(default_factory=dict)


@dataclass
class Host(_Facts):
    """What the machine says apart from any modem: kernel, rfkill, ModemManager, tools."""
    kernel_release: Optional[str] = fact(
        "the running kernel's release; without uname output, the release the post states or its distribution "
        "release's stock kernel, marked so (\"5.15 (stock kernel of Ubuntu 22.04, named in the post)\"; evidence "
        "source stated-release: rules resting on it are low confidence)", settle="uname -r", report=True)
    kernel_stated_other: Optional[str] = fact(
        "a kernel release the post states as its kernel (\"Kernel Version: 6.7.7-1-danctnix\"), of the running "
        "kernel's flavour but another release than uname -r shows: the installed kernel is not the one running",
        settle="uname -r; ls /usr/lib/modules")
    kernel_older_than: Optional[str] = fact(
        "the kernel is older than this release: its log uses a wording newer kernels replaced", settle="uname -r")
    firmware_too_old: Optional[str] = fact(
        "a modem firmware revision the paste shows is older than the least one the host software it shows needs "
        "(data/firmware-minimums.csv: model, revision, software, least revision)",
        settle="ATI; AT+CGMR (the firmware revision)")
    usb3_minicard_model: Optional[str] = fact(
        "a mini PCIe modem the input names (the post's words or a device's name) that carries USB 3.0 SuperSpeed on "
        "the card's PCIe pins 23, 25, 31, 33 (data/usb3-minicard-models.csv: MC7455, LM940, LM960, EP06): a slot or "
        "adapter that wires those pins for PCIe, or a poor SuperSpeed link, keeps it off the bus while a USB 2.0 "
        "module in the same slot works", settle="lsusb -t (the modem's speed: 5000M is SuperSpeed)")
    kernel_log_filtered: Optional[bool] = fact(
        "the kernel log was shown through a pattern filter (dmesg | grep usb), so lines it does not match, such "
        "as driver lines, may be missing (false: a kernel log is shown and no filter)", settle="dmesg")
    rfkill_wwan_soft: Optional[bool] = fact(
        "a WWAN rfkill switch is soft-blocked (false: every WWAN switch is known unblocked)",
        settle="rfkill list", report=True)
    rfkill_wwan_hard: Optional[bool] = fact(
        "a WWAN rfkill switch is hard-blocked (false: every WWAN switch is known unblocked)",
        settle="rfkill list", report=True)
    mm_running: Optional[bool] = fact("ModemManager is running", settle="systemctl status ModemManager", report=True)
    mm_version: Optional[str] = fact(
        "ModemManager version", settle="ModemManager --version; mmcli --version", report=True)
    mm_modem_count: Optional[int] = fact("number of modems ModemManager lists", settle="mmcli -L", report=True)
    modem_count: int = fact("the number of modems found", settle="lsusb; lspci -nn", report=True, default=0)
    missing_openwrt_packages: Optional[str] = fact(
        "the OpenWrt packages that ship the modems' missing drivers (modem.missing_modules), space-separated "
        "(\"kmod-usb-net-qmi-wwan\"); unknown when none is missing or one has no OpenWrt package",
        settle="opkg list-installed | grep kmod-")
    system: Optional[str] = fact(
        "the distribution the input shows the machine runs, where its commands differ from Debian's: \"openwrt\" "
        "(a root@OpenWrt prompt, an opkg package list, uci/opkg/logread commands, an OpenWrt kernel or config), "
        "\"fedora\", \"rhel\", \"rhel7\" (yum), \"opensuse\", \"arch\", \"alpine\" (also postmarketOS) or "
        "\"nixos\" (os-release, the kernel's build, a default host name, a package manager's command, the post's "
        "words); fix commands are written for it (its installer and package names; on OpenWrt no sudo)",
        settle="cat /etc/os-release /etc/openwrt_release")
    usb_modem_drivers_dropped: Optional[bool] = fact(
        "the kernel is Synology DSM 7.0's or later's (uname -a: its build #41882 or higher and the platform tag "
        "synology_<platform>_<model>), whose release notes say 3G/4G USB dongles are no longer supported: it ships "
        "no USB modem drivers (usbserial, usb_wwan, option, qmi_wwan); False for any other kernel", settle="uname -a")
    modem_id_in_tree: Optional[bool] = fact(
        "a modem the output shows has an id the running kernel's in-tree driver tables list (modem.kernel_knows_id): "
        "an out-of-tree driver is not what it lacks", settle="uname -r; lsusb")
    modem_id_set_unlisted: Optional[bool] = fact(
        "a modem enumerates with a USB id the input shows set by the vendor's AT command (modem.id_set_by_command) "
        "that no driver table lists (modem.expected_drivers empty)", settle="lsusb")
    shown_modem_count: int = fact(
        "the number of modems the output shows (a device, port or interface), not counting a modem only the post's "
        "words name by its id or model", settle="lsusb; lspci -nn", default=0)
    tools: List[str] = fact(
        "the tools in use on the machine: named (--tool), in the pasted output, configured or running",
        settle="the commands used to connect, with their output; ps -eo pid,args", report=True, factory=list)
    tools_protocols: List[str] = fact(
        "the protocols of host.tools: qmi, mbim, at, dhcp, mm",
        settle="the commands used to connect, with their output; ps -eo pid,args", report=True, factory=list)
    dhcp_clients: Optional[List[str]] = fact(
        "the DHCP clients seen on the machine (running or configured)",
        settle="ps -ef | grep -E 'dhclient|dhcpcd|udhcpc|networkd'", report=True)
    stated_tools: List[str] = fact(
        "the tools the person named (--tool), whose output was pasted, or that are configured; not daemons merely running",
        settle="the commands used to connect, with their output", factory=list)
    qmi_data_path: Optional[bool] = fact(
        "a QMI tool carries the data session, not only control requests",
        settle="the qmicli/qmi-network/uqmi command lines used, with their output")
    manual_tools_running: Optional[List[str]] = fact(
        "qmicli/mbimcli/uqmi/quectel-CM/umbim running without the proxy (live)",
        settle="ps -eo pid,args | grep -E 'qmicli|mbimcli|uqmi|quectel-CM|umbim'")
    clat_running: Optional[bool] = fact(
        "a 464XLAT CLAT translates IPv4 over an IPv6-only link (clatd, tayga or jool process, or a clat/v4- interface)",
        settle="ps -eo pid,args | grep -E 'clatd|tayga|jool'; ip -br link")
    secure_boot: Optional[bool] = fact("UEFI Secure Boot is on", settle="mokutil --sb-state", report=True)
    lockdown: Optional[str] = fact(
        "the kernel lockdown mode (none, integrity, confidentiality)",
        settle="cat /sys/kernel/security/lockdown", report=True)
    missing_drivers: Optional[List[str]] = fact(
        'modem driver modules the running kernel lacks (modprobe "not found", kernel config "is not set")', settle="modprobe -n -v qmi_wwan cdc_mbim option qcserial")
    control_answered: Optional[bool] = fact(
        "a QMI or MBIM tool shows a reply of a modem's control port (qmicli's / mbimcli's \"[/dev/cdc-wdm0] ... "
        "retrieved:\", printed only after a successful response)", settle="qmicli -p -d /dev/cdc-wdm0 --dms-get-ids")
    modem_nodes_shown: Optional[bool] = fact(
        "a line of the input shows a modem device node (/dev/cdc-wdmN, ttyUSBN, ttyACMN, wwanN port) as present",
        settle="ls -l /dev/cdc-wdm* /dev/ttyUSB* /dev/ttyACM* /dev/wwan*")
    devices_listed: Optional[bool] = fact(
        "the USB/PCI device list was observed (sysfs, lsusb, lspci)", settle="lsusb; lsusb -t; lspci -nn")
    wwan_default_route: Optional[str] = fact("interface of a default route via a WWAN link", settle="ip route")
    default_routes: Optional[List[str]] = fact(
        "interfaces that carry a default route (known when the route table was seen)", settle="ip route; ip -6 route")
    config_names_missing: Optional[List[str]] = fact(
        "live: WWAN link / control-port names that configuration files use but this machine's modems do not have",
        settle="ip -br link; ls /dev/cdc-wdm* /dev/wwan*; grep -rn 'wwan\\|cdc-wdm' /etc/network /etc/qmi-network.conf /etc/netplan")
    router_sticks_only: Optional[bool] = fact(
        "every modem is a router-style (ECM/RNDIS) stick without control or serial ports: nothing for ModemManager",
        settle="lsusb -t; ip -br link")
    switching_sticks_only: Optional[bool] = fact(
        "every modem is a USB stick with a storage mode (usb-modeswitch-data sends its id a switch message), none a "
        "laptop module", settle="lsusb")
    named_storage_sticks: Optional[List[str]] = fact(
        "the models the post names whose every id the tables know is a storage-mode (pre-switch) id, as written "
        "(\"Huawei E3531\": usb-modeswitch-data lists them, no driver table does); known when the post names such a stick",
        settle="lsusb")
    nm_unmanaged_modem: Optional[List[str]] = fact(
        "unmanaged-devices= specs in NetworkManager.conf / conf.d that select the modem's NetworkManager device "
        "(its control port name, type gsm/cdma or driver; known when such a list was read)",
        settle="grep -rn unmanaged-devices /etc/NetworkManager/NetworkManager.conf /etc/NetworkManager/conf.d")
    configs_without_device: Optional[List[str]] = fact(
        "OpenWrt interface sections of a modem protocol without 'option device'", settle="cat /etc/config/network")
    connect_commands: Optional[List[str]] = fact(
        "commands that open the data connection which the input shows were run (qmicli --wds-start-network, "
        "mbimcli --connect, qmi-network start, uqmi --start-network, mmcli --simple-connect, quectel-CM, "
        "open_xdatachannel.py); known only when one is seen", settle="the commands used to connect, with their output")
    configs_wrong_device: Optional[List[str]] = fact(
        "OpenWrt interface sections whose 'option device' is of a kind their protocol cannot use (modemmanager: "
        "the sysfs path; qmi, mbim: the /dev/cdc-wdmN control port)", settle="uci show network | grep -E 'proto|device'")
    mbim_radio_hw: Optional[str] = fact(
        "MBIM hardware radio state (on/off) the modem reported (mbimcli --query-radio-state or a decoded libmbim trace)",
        settle="mbimcli -p -d /dev/{control} --query-radio-state")
    mbim_radio_sw: Optional[str] = fact(
        "MBIM software radio state (on/off) the modem reported (mbimcli --query-radio-state or a decoded libmbim trace)",
        settle="mbimcli -p -d /dev/{control} --query-radio-state")
    usb_modeswitch_installed: Optional[bool] = fact(
        "usb_modeswitch is installed (live: usb_modeswitch --version ran, or its data files exist)",
        settle="usb_modeswitch --version")
    evidence: Dict[str, List[Evidence]] = field(default_factory=dict)


@dataclass
class Model:
    """The modems and the host derived from one snapshot."""
    snapshot: Snapshot
    host: Host
    modems: List[Modem] = field(default_factory=list)
    # facts proven by known messages (wwandoctor.signatures): {"fcc:radio-locked": [lines], ...}
    signals: Dict[str, List[LogLine]] = field(default_factory=dict)
    # messages the post's sentences quote (origin "quoted", model.prose.quoted_lines): a rule's log
    # condition that no line of the input meets reads them too (engine.conditions.LogLeaf)
    quoted: List[LogLine] = field(default_factory=list)

    def modem(self, modem_id: str) -> Optional[Modem]:
        return next((m for m in self.modems if m.id == modem_id), None)

    def evidence_places(self) -> Set[str]:
        """The input lines the host's and the modems' facts were read from (Evidence.where)."""
        return {where for facts in [self.host] + self.modems for found in facts.evidence.values()
                for e in found for where in e.where}
