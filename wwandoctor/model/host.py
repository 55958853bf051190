"""Host facts: kernel, rfkill, ModemManager running, MBIM radio state, missing drivers, and facts over all modems.

From the snapshot's kernel info, ``rfkill list``, systemctl / ps / mmcli, the tool log and configs:
    1: dell-wwan: Wireless WAN  Soft blocked: yes  Hard blocked: no  -> rfkill_wwan_soft True, rfkill_wwan_hard False
    error: couldn't find the ModemManager process in the bus          -> mm_running False
"""
from __future__ import annotations

import re
from typing import List, Optional, Sequence

from wwandoctor import regex_cache
from wwandoctor.drivers import ACM_PORT_CREATED_RE, GENERIC_SERIAL_DRIVER, modem_serial_driver, serial_port_attached
from wwandoctor.model.common import MODEM_MODULES
from wwandoctor.model.distribution import other_system
from wwandoctor.model.tools import host_tools
from wwandoctor.model.types import Evidence, Host, Modem, places
from wwandoctor.snapshot import LogLine, Snapshot

# names that only ever belong to a modem (usb0, ppp0 and mux links may be something else or appear later)
MODEM_ONLY_NAME = regex_cache.compile(r"^(?:wwan\d+|ww[ps][0-9a-z]+|cdc-wdm\d+|wwan\d+(?:qmi|mbim|at)\d+)$")
# sources whose "ok" means the USB/PCI device list was seen
DEVICE_LIST_SOURCES = ("usb", "pci", "paste:lsusb", "paste:lsusb-t", "paste:lsusb-v", "paste:lspci")


def derive_host(snap: Snapshot) -> Host:
    """The host facts that need no modem."""
    host = Host()
    if snap.kernel.release:
        host.note("kernel_release", snap.kernel.release, "kernel", "kernel release %s" % snap.kernel.release)
    elif not _root_hub_kernel(snap, host):
        _kernel_era(snap, host)
        _stated_kernel(snap, host)
    _kernel_stated_other(snap, host)
    if snap.rfkill is not None:
        _rfkill(snap, host)
    _mm_running(snap, host)
    _mbim_radio(snap, host)
    _control_answered(snap, host)
    version = snap.versions.get("ModemManager") or snap.versions.get("mmcli")
    if version:
        host.note("mm_version", version, "versions", "ModemManager %s" % version)
    if snap.modemmanager.modem_list is not None:
        host.note("mm_modem_count", len(snap.modemmanager.modem_list), "mmcli",
                  "mmcli -L lists %d modem(s)" % len(snap.modemmanager.modem_list))
    host_tools(snap, host)
    if snap.kernel.secure_boot is not None:
        host.note("secure_boot", snap.kernel.secure_boot, "kernel", "Secure Boot %s" % ("on" if snap.kernel.secure_boot else "off"))
    if snap.kernel.lockdown:
        host.note("lockdown", snap.kernel.lockdown, "kernel", "kernel lockdown: %s" % snap.kernel.lockdown)
    _usb_modeswitch(snap, host)
    _firmware_too_old(snap, host)
    _usb3_minicard_model(snap, host)
    _kernel_log_filter(snap, host)
    _clat(snap, host)
    _openwrt(snap, host)
    _usb_modem_drivers_dropped(snap, host)
    if host.system is None:
        other_system(snap, host)
    avail = snap.kernel.driver_availability
    if avail:
        missing = sorted(d for d, state in avail.items() if state == "missing" and d in MODEM_MODULES)
        host.note("missing_drivers", missing, "kernel modules",
                  "modem drivers: " + ", ".join("%s %s" % (d, avail[d]) for d in sorted(avail) if d in MODEM_MODULES))
    return host


# Synology's uname -a: "Linux NAS 4.4.302+ #86009 SMP Wed Nov 26 18:19:17 CST 2025 x86_64 GNU/Linux synology_geminilake_220+"
# (the build number of the DSM release, the platform and model tag). DSM 7.0 is build 41882, whose release notes say:
# "USB devices (Wi-Fi dongle, Bluetooth dongle, 3G/4G dongle, USB DAC/speaker, and DTV dongle) are no longer
# supported" (synology.com releaseNote/DSM, 7.0-41882; quoted in github bb-qq/r8152#128, marthoc/docker-deconz#412)
_SYNOLOGY_KERNEL_RE = regex_cache.compile(r"#(\d+)\b.*\bsynology_\w+")
_DSM7_FIRST_BUILD = 41882


def _usb_modem_drivers_dropped(snap: Snapshot, host: Host) -> None:
    m = _SYNOLOGY_KERNEL_RE.search(snap.kernel.version_line or "")
    if m and int(m.group(1)) >= _DSM7_FIRST_BUILD:
        host.note("usb_modem_drivers_dropped", True, "kernel",
                  "Synology DSM build %s (7.0 or later): 3G/4G USB dongles are no longer supported; %s"
                  % (m.group(1), snap.kernel.version_line))
    else:
        host.note("usb_modem_drivers_dropped", False, "kernel", "not a Synology DSM 7 kernel")


# OpenWrt's default host names (a "root@OpenWrt:~#" prompt), its own commands, and its kernel's builder line
_OPENWRT_HOSTS = {"openwrt", "lede", "immortalwrt"}
_OPENWRT_COMMAND_RE = regex_cache.compile(r"^(?:opkg|uci|ubus|logread|fw4|/etc/init\.d/network)\b")
_OPENWRT_KERNEL_RE = regex_cache.compile(r"\b(?:OpenWrt|LEDE)\b")
_OPENWRT_DAEMONS = ("procd", "netifd", "ubusd", "odhcpd")  # OpenWrt's own init, network and bus daemons


def _openwrt(snap: Snapshot, host: Host) -> None:
    """host.system "openwrt" when the input shows an OpenWrt machine (not a post that only names OpenWrt)."""
    shown = next(("a root@%s prompt" % name for name in snap.names.get("hostname", [])
                  if name.lower() in _OPENWRT_HOSTS), "")
    shown = shown or next(("the command %r" % cmd for cmd in snap.commands if _OPENWRT_COMMAND_RE.match(cmd)), "")
    if not shown and any(c.kind == "openwrt" for c in snap.configs):
        shown = "an OpenWrt (uci) network configuration"
    if not shown and (snap.sources.get("paste:packages") and snap.sources["paste:packages"].detail == "opkg"):
        shown = "an opkg package list"
    if not shown and _OPENWRT_KERNEL_RE.search(snap.kernel.version_line or ""):
        shown = "the kernel's version line: %s" % snap.kernel.version_line
    shown = shown or next(("a log line of OpenWrt's %s: %s" % (line.origin, line.text) for line in snap.log
                           if line.origin in _OPENWRT_DAEMONS), "") or _openwrt_release_stated(snap)
    if shown:
        host.note("system", "openwrt", "input", "OpenWrt: " + shown)


def _openwrt_release_stated(snap: Snapshot) -> str:
    """An OpenWrt release the post names as the machine's ("on OpenWrt 23.05.3", "OpenWrt 21.02 r16279"): a sentence
    that puts it in the past or elsewhere ("worked on OpenWrt 19.07", prose_kernel.not_now) does not count."""
    from wwandoctor.model.prose_kernel import OPENWRT_RELEASE_RE, named_now
    # any line of the post's: also a label's "**Firmware:** OpenWrt 24.10.0"
    for _, _, m in named_now(snap, (("openwrt", OPENWRT_RELEASE_RE),)):
        return "the post names the release %s" % m.group(0)
    return ""


# usbcore's "new high speed USB device using ehci_hcd and address 4" (hub_port_init, 2.6 kernels); it
# became "new high-speed USB device number 4 using ehci_hcd" before 3.2, so a log in the old wording
# comes from a kernel older than qmi_wwan (3.4) and cdc_mbim (3.8).
_OLD_USBCORE = regex_cache.compile(r"^usb \d+-[\d.]+: (?:new|reset) \w+ speed (?:Wireless )?USB device using \S+ and address \d+")


def _kernel_era(snap: Snapshot, host: Host) -> None:
    """kernel_older_than, when the release is not shown but the log's wording dates the kernel."""
    line = next((l.text for l in snap.log if l.origin == "kernel" and _OLD_USBCORE.match(l.text)), None)
    if line:
        host.note("kernel_older_than", "3.2", "kernel-log", line)


def _firmware_too_old(snap: Snapshot, host: Host) -> None:
    """firmware_too_old: a module firmware revision shown (ATI, AT+GTPKGVER, mmcli, the post) that is older
    than the least one the host software shown needs (data/firmware-minimums.csv)."""
    from wwandoctor import knowledge
    from wwandoctor.model.signals import text_lines
    lines = text_lines(snap)
    texts = [line.text for line in lines]
    texts += ["proto '%s'" % c.protocol for c in snap.configs if c.protocol]  # OpenWrt's option proto
    mm = snap.modemmanager  # mmcli's revision and errors ("Maximum number of multiplexed bearers reached")
    texts += ["revision: %s" % (modem.get("generic") or {}).get("revision") for modem in mm.modems
              if (modem.get("generic") or {}).get("revision")] + list(mm.errors)
    found = knowledge.firmware_below_minimum(texts)
    if found:
        row, revision = found
        shown = next(text.strip()[:200] for text in texts if revision in text)
        host.note("firmware_too_old", "%s firmware %s (%s needs %s or newer)" % (
            row["model"], revision, row["needed_by"], row["least"]), "firmware table", shown,
            places(line for line in lines if revision in line.text))


def _usb3_minicard_model(snap: Snapshot, host: Host) -> None:
    """usb3_minicard_model: a mini PCIe modem with USB 3.0 on the card's PCIe pins, named in any line or device name."""
    from wwandoctor import knowledge
    from wwandoctor.model.signals import text_lines
    line = next((ln for ln in text_lines(snap) if knowledge.usb3_minicard_model(ln.text)), None)
    names = (" ".join(filter(None, (d.manufacturer, d.product))) for d in snap.usb_devices)
    shown = line.text if line else next((n for n in names if knowledge.usb3_minicard_model(n)), None)
    if shown:
        host.note("usb3_minicard_model", knowledge.usb3_minicard_model(shown), "usb3 mini card table", shown.strip()[:200],
                  places([line] if line else []))


# A root hub's manufacturer string is the running kernel's name, release and host controller driver (linux
# drivers/usb/core/hcd.c:441 rh_string, case 3: snprintf "%s %s %s" of init_utsname()->sysname, ->release and
# hcd->driver->description): lsusb without usb.ids names the root hub by it ("ID 1d6b:0002 Linux 6.6.44 xhci-hcd xHCI Host
# Controller"), usb-devices prints "S:  Manufacturer=Linux 5.15.137 xhci-hcd" and usbcore logs "usb usb1: Manufacturer:
# Linux 5.4.0-42-generic xhci_hcd"
_ROOT_HUB_RELEASE = regex_cache.compile(r"^Linux (\d+\.\d+(?:\.\d+)?(?:[-+~.]\S*)?) [\w.-]+")
_ROOT_HUB_LOG = regex_cache.compile(r"\busb usb\d+: Manufacturer: Linux (\d+\.\d+(?:\.\d+)?(?:[-+~.]\S*)?) [\w.-]+")


def _root_hub_kernel(snap: Snapshot, host: Host) -> bool:
    """kernel_release from a root hub's manufacturer string (:data:`_ROOT_HUB_RELEASE`); True when one was shown."""
    for dev in snap.usb_devices:
        name = " ".join(filter(None, (dev.manufacturer, dev.product)))
        m = _ROOT_HUB_RELEASE.match(name) if (dev.vid or "").lower() == "1d6b" else None
        if m:
            host.note("kernel_release", m.group(1), "usb root hub", "root hub %s:%s: %s" % (dev.vid, dev.pid, name[:120]))
            return True
    for line in snap.log:
        m = _ROOT_HUB_LOG.search(line.text) if line.origin == "kernel" else None
        if m:
            host.note("kernel_release", m.group(1), "usb root hub", line.text.strip()[:200], places([line]))
            return True
    return False


def _stated_kernel(snap: Snapshot, host: Host) -> None:
    """kernel_release from the post's words ("kernel 4.4.0-21-generic", "Ubuntu 16.04"), marked as such:
    its evidence source (``stated-release``) makes a rule that uses it low confidence."""
    from wwandoctor.model.prose_kernel import EVIDENCE_SOURCE, stated_kernel
    stated = stated_kernel(snap)
    if stated is not None:
        host.note("kernel_release", stated.shown, EVIDENCE_SOURCE, stated.evidence, (stated.where,))


def _kernel_stated_other(snap: Snapshot, host: Host) -> None:
    """kernel_stated_other: the post states a kernel of the running one's flavour but another release."""
    from wwandoctor.model.kernel_mismatch import running_not_stated
    found = running_not_stated(snap)
    if found:
        running, stated, evidence = found
        host.note("kernel_stated_other", "%s (running %s)" % (stated, running), "paste", evidence)


# the post says in words that its kernel log went through grep ("output of dmesg | grep -i usb:")
_FILTER_IN_WORDS = regex_cache.compile(r"\b(?:dmesg|journalctl|logread)\b[^|\n]*\|\s*(?:sudo\s+)?[ef]?grep\b(?![^|\n]*\s-\w*v)")


def _kernel_log_filter(snap: Snapshot, host: Host) -> None:
    """kernel_log_filtered: a grep over the kernel log shown as the paste's command or named in its words."""
    from wwandoctor.model.signals import unrecognized_lines
    words = [l for l in snap.log if l.origin == "unknown"] + list(unrecognized_lines(snap))
    said = next((line for line in words if _FILTER_IN_WORDS.search(line.text)), None)
    shown = snap.kernel.log_filter or (said and said.text)
    if shown:
        host.note("kernel_log_filtered", True, "paste", "the kernel log was filtered: %s" % shown.strip()[:160],
                  places([said] if said else []))
    elif any(l.origin == "kernel" for l in snap.log):
        host.note("kernel_log_filtered", False, "kernel-log", "the kernel log is shown without a filter command")


def _usb_modeswitch(snap: Snapshot, host: Host) -> None:
    """usb_modeswitch_installed: its version or data files were seen (True); the versions probe found it missing (False)."""
    if snap.versions.get("usb_modeswitch"):
        host.note("usb_modeswitch_installed", True, "versions", "usb_modeswitch %s" % snap.versions["usb_modeswitch"])
        return
    data = [c.path for c in snap.configs if c.kind in ("usb_modeswitch", "usb_modeswitch-data")]
    if data:
        host.note("usb_modeswitch_installed", True, "config", "usb_modeswitch files: %s" % ", ".join(data[:3]))
        return
    versions = snap.sources.get("versions")
    if versions is not None and versions.status == "ok" and re.search(r"not installed: [^;]*\busb_modeswitch\b",
                                                                     versions.detail or ""):
        host.note("usb_modeswitch_installed", False, "versions", "usb_modeswitch is not installed (%s)" % versions.detail)


CLAT_PROCESSES = ("clatd", "tayga", "jool")
CLAT_LINK_RE = regex_cache.compile(r"^(?:clat\d*|v4-\S+)$")


def _clat(snap: Snapshot, host: Host) -> None:
    """clat_running: a CLAT daemon or its interface seen (True); the process list seen without one (False)."""
    procs = [p for p in snap.processes or [] if p.name in CLAT_PROCESSES or p.name.startswith("jool")]
    links = [n.name for n in snap.net_interfaces if CLAT_LINK_RE.match(n.name)]
    if procs or links:
        host.note("clat_running", True, "processes" if procs else "net", "CLAT: %s" % ", ".join(
            ["%s (pid %d)" % (p.name, p.pid) for p in procs] + links))
    elif snap.processes is not None:
        host.note("clat_running", False, "processes", "no clatd, tayga or jool process and no clat interface")


def _rfkill(snap: Snapshot, host: Host) -> None:
    """rfkill_wwan_soft / _hard: True if any WWAN switch is blocked, False if all are known unblocked."""
    wwan = [r for r in snap.rfkill if (r.type or "").lower() in ("wwan", "wireless wan")]
    for attr in ("soft", "hard"):
        blocked = [r for r in wwan if getattr(r, attr)]
        known = [r for r in wwan if getattr(r, attr) is not None]
        value = True if blocked else (False if len(known) == len(wwan) else None)
        text = "; ".join("%s (%s): %s blocked %s" % (r.name, r.type, attr, "yes" if getattr(r, attr) else "no")
                         for r in wwan) or "no WWAN rfkill switch"
        host.note("rfkill_wwan_" + attr, value, "rfkill", text)


def _mbim_radio(snap: Snapshot, host: Host) -> None:
    """The last MBIM radio state in the log (mbimcli output or a decoded radio-state reply)."""
    from wwandoctor.decode.mbim import radio_states
    state = radio_states(l.text for l in snap.log if l.origin != "kernel")
    if state is None:
        return
    hw, sw, line = state
    for name, value in (("mbim_radio_hw", hw), ("mbim_radio_sw", sw)):
        if value is not None:
            host.note(name, value, "log", "MBIM radio state %s: %s" % (name[-2:], line[:200]))


# qmicli and mbimcli print "[<port>] <what> retrieved:" only after the modem's reply passed the result check (libqmi
# src/qmicli/qmicli-dms.c get_band_capabilities_ready: g_print ("[%s] Device band capabilities retrieved:\n", ...);
# libmbim src/mbimcli/mbimcli-basic-connect.c the same for "Device capabilities retrieved:")
_REPLY_SHOWN = regex_cache.compile(r"^\s*\[/dev/[\w/.-]+\] [^:]*\bretrieved:")


def _control_answered(snap: Snapshot, host: Host) -> None:
    """control_answered: a qmicli or mbimcli reply of a control port is shown (only True: silence proves nothing)."""
    line = next((l for l in snap.log if l.origin in ("qmicli", "mbimcli") and _REPLY_SHOWN.match(l.text)), None)
    if line is not None:
        host.note("control_answered", True, line.origin, line.text.strip()[:200], (line.source,))


def _mm_running(snap: Snapshot, host: Host) -> None:
    """From the service state, the process list, mmcli's answer or error, or ModemManager's log lines."""
    service = snap.services.get("ModemManager")
    if service == "active":
        host.note("mm_running", True, "systemd", "ModemManager.service is active")
        return
    procs = [p for p in snap.processes or [] if p.name == "ModemManager"]
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


# --- facts over all modems (after they are derived) ---------------------------------

def devices_listed(snap: Snapshot, host: Host) -> None:
    listed = [name for name in DEVICE_LIST_SOURCES
              if snap.sources.get(name) is not None and snap.sources[name].status == "ok"]
    if listed:
        host.note("devices_listed", True, "sources", "device list observed (%s)" % ", ".join(listed))


# a modem device node the input shows as present: "/dev/cdc-wdm0  /dev/ttyUSB0" (ls), "opened /dev/ttyUSB2"; not a
# line that says it is absent ("ls: cannot access '/dev/ttyUSB*': No such file", "there is no /dev/ttyUSB0")
_MODEM_NODE_RE = regex_cache.compile(r"(?<![\w/])/dev/(?:cdc-wdm\d+|ttyUSB\d+|ttyACM\d+|wwan\d+\w*)\b")
_ABSENT_RE = regex_cache.compile(r"\b(?:no|not|cannot|can't|without|missing|absent|gone)\b|n't\b|No such file|doesn't exist", re.I)


def modem_nodes_shown(lines: List[LogLine], host: Host, modem_ids: Sequence[str] = ()) -> None:
    """modem_nodes_shown: some line shows a modem's device node (cdc-wdm, ttyUSB, ttyACM, wwan port) as present, or a
    kernel line creates a modem's serial port (the generic driver's only on a device of ``modem_ids``)."""
    shown = [l for l in lines if (_MODEM_NODE_RE.search(l.text) and not _ABSENT_RE.search(l.text))
             or (l.origin == "kernel" and _creates_modem_port(l.text, modem_ids))]
    host.note("modem_nodes_shown", bool(shown), "input lines",
              shown[0].text.strip()[:160] if shown else "no line shows a modem device node as present", places(shown))


def _creates_modem_port(text: str, modem_ids: Sequence[str]) -> bool:
    """A kernel line creates a modem's serial port: cdc-acm's, or a modem usb-serial driver's attach line (the generic
    driver's only on a device of ``modem_ids``: it serves any serial gadget, drivers.GENERIC_SERIAL_DRIVER)."""
    attached = serial_port_attached(text)
    if attached is None:
        return bool(ACM_PORT_CREATED_RE.match(text))
    path, description, _ = attached
    driver = modem_serial_driver(description)
    return bool(driver) and (driver != GENERIC_SERIAL_DRIVER or "usb:" + path in modem_ids)


def config_names_missing(snap: Snapshot, host: Host, modems: List[Modem]) -> None:
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


# OpenWrt protocol handlers that need "option device" (the control port, tty or sysfs path); 'wwan' finds it itself
UCI_PROTOS_NEEDING_DEVICE = ("qmi", "mbim", "ncm", "3g", "modemmanager", "directip", "quectel")


def configs_without_device(snap: Snapshot, host: Host) -> None:
    """OpenWrt interface sections whose modem protocol has no device to use (known when such a section was read)."""
    sections = [c for c in snap.configs if c.kind == "openwrt" and c.protocol in UCI_PROTOS_NEEDING_DEVICE]
    if not sections:
        return
    missing = [c for c in sections if not (c.settings.get("device") or c.settings.get("ifname"))]
    names = ["%s (proto %s)" % (c.settings.get("section") or "?", c.protocol) for c in missing]
    host.note("configs_without_device", names, "config", "; ".join(
        "%s: interface '%s' proto %s has %s" % (c.path, c.settings.get("section") or "?", c.protocol,
                                                 "no device option" if c in missing else "device %s" % c.settings.get("device"))
        for c in sections))


# What each OpenWrt protocol handler does with 'option device', and so what kind of value it needs:
# modemmanager.sh passes it to "mmcli --modem=" and fails with DEVICE_NOT_MANAGED unless ModemManager
# knows the modem by it: the modem's sysfs path (openwrt/packages net/modemmanager/files/lib/netifd/proto/
# modemmanager.sh:596-609, README.md:17,32); qmi.sh / mbim.sh need the control port's character device
# and read its network interface from /sys/class/usbmisc/<name>/device/net (openwrt/openwrt
# package/network/utils/uqmi/files/lib/netifd/proto/qmi.sh:53-75 "The specified control device does not
# exist" / "The interface could not be found", NO_DEVICE / NO_IFACE, commit 002e1fd6; umbim mbim.sh alike).
UCI_DEVICE_KINDS = {"modemmanager": ("sysfs",), "qmi": ("control",), "mbim": ("control",)}
_KIND_WORDS = {"sysfs": "the modem's sysfs path (/sys/devices/...)", "control": "a control port (/dev/cdc-wdmN)",
               "tty": "a serial port", "netdev": "a network interface name", "other": "another path"}


def device_kind(value: str) -> str:
    """sysfs, control, tty, netdev or other: what an OpenWrt 'option device' value names."""
    if value.startswith("/sys/"):
        return "sysfs"
    if re.match(r"^/dev/(?:cdc-wdm\d+|wwan\d+(?:qmi|mbim)\d+)$", value):
        return "control"
    if re.match(r"^/dev/tty", value):
        return "tty"
    if "/" not in value and re.match(r"^[\w.-]+$", value) and not value.isdigit():
        return "netdev"
    return "other"


def configs_wrong_device(snap: Snapshot, host: Host) -> None:
    """OpenWrt interface sections whose 'option device' is of a kind their protocol handler cannot use
    (known when a section of such a protocol with a device was read)."""
    sections = [(c, c.settings.get("device") or c.settings.get("ifname")) for c in snap.configs
                if c.kind == "openwrt" and c.protocol in UCI_DEVICE_KINDS]
    sections = [(c, value) for c, value in sections if value]
    if not sections:
        return
    wrong, lines = [], []
    for c, value in sections:
        kind = device_kind(value)
        needs = UCI_DEVICE_KINDS[c.protocol]
        if kind not in needs and not (c.protocol == "modemmanager" and kind == "other"):
            wrong.append("%s (proto %s): device '%s' is %s, the handler needs %s" % (
                c.settings.get("section") or "?", c.protocol, value, _KIND_WORDS[kind], _KIND_WORDS[needs[0]]))
        lines.append("%s: interface '%s' proto %s, device %s" % (c.path, c.settings.get("section") or "?",
                                                                   c.protocol, value))
    host.note("configs_wrong_device", wrong, "config", "; ".join(lines))


# Commands that open the data connection, as a pasted command line or a sentence quotes them. Each
# leaves the network interface to someone else except where noted: qmicli --wds-start-network
# (libqmi qmicli-wds.c), mbimcli --connect (libmbim mbimcli-basic-connect.c), qmi-network / mbim-network
# start, uqmi --start-network, mmcli --simple-connect, quectel-CM (which runs its own DHCP client), and
# xmm7360-pci's rpc/open_xdatachannel.py (which brings wwan0 up and adds the address itself, after the
# attach and the IP query succeed).
_CONNECT_COMMAND_RE = regex_cache.compile(
    r"\bqmicli\b[^\n]*--wds-start-network|\bmbimcli\b[^\n]*--connect\b|\b(?:qmi|mbim)-network\b[^\n]*\bstart\b|"
    r"\buqmi\b[^\n]*--start-network|\bmmcli\b[^\n]*--simple-connect|\bquectel-CM\b|\bopen_xdatachannel\.py\b")


def connect_commands(lines, host: Host) -> None:
    """The connect commands the input shows run (known only when one is seen)."""
    found, evidence = [], []
    for line in lines:
        m = _CONNECT_COMMAND_RE.search(line.text)
        if m and m.group(0).split()[0] not in found:
            found.append(m.group(0).split()[0])
            evidence.append(line)
    if found:
        host.note("connect_commands", found, "paste", "; ".join(line.text.strip()[:200] for line in evidence[:3]),
                  places(evidence))


def _is_router_stick(m: Modem) -> Optional[bool]:
    """An ECM/RNDIS stick with no control or serial port (HiLink): nothing for ModemManager to manage."""
    if m.protocol is None:
        return None
    if m.protocol not in ("ecm", "rndis") or m.control_ports or m.serial_ports:
        return False
    return None if m.control_ports is None or m.serial_ports is None else True


def _every_modem(host: Host, modems: List[Modem], field: str, is_kind, kind: str) -> None:
    """host.<field>: known True when every modem is known to be of the kind, False when one is known not to be."""
    verdicts = [is_kind(m) for m in modems]
    if not modems or (None in verdicts and False not in verdicts):
        return
    of_kind = [m for m, v in zip(modems, verdicts) if v]
    host.note(field, all(verdicts), "model", "%d of %d modems are %s: %s" % (
        len(of_kind), len(modems), kind, ", ".join(m.id for m in of_kind) or "none"))


def router_sticks_only(host: Host, modems: List[Modem]) -> None:
    _every_modem(host, modems, "router_sticks_only", _is_router_stick, "router-style (ECM/RNDIS only)")


def _is_switching_stick(m: Modem) -> Optional[bool]:
    """A USB stick with a storage mode: usb-modeswitch-data sends its id a switch message (not only a configuration)."""
    if m.modeswitch_known is None:
        return None
    return m.modeswitch_known and not m.modeswitch_configuration_only


def switching_sticks_only(host: Host, modems: List[Modem]) -> None:
    """Such sticks are not the laptop modules the FCC lock concerns."""
    _every_modem(host, modems, "switching_sticks_only", _is_switching_stick,
                 "USB sticks with a storage mode (usb-modeswitch-data switches them)")


# names NetworkManager's modem device would have when no modem was seen (its iface is the control port)
NM_MODEM_SAMPLE_PORTS = ["cdc-wdm0", "ttyUSB2", "wwan0mbim0", "wwan0qmi0"]


def nm_unmanaged_modem(snap: Snapshot, host: Host, modems: List[Modem]) -> None:
    """unmanaged-devices= specs that select a modem's NetworkManager device. NetworkManager matches the
    device's iface (the control port ModemManager reports, not the data link), its type ("gsm"/"cdma")
    and its driver string (ModemManager's drivers joined with ", ") (NetworkManagerUtils.c:959-990,
    nm-modem-broadband.c:1626-1629); known when an unmanaged-devices list was read."""
    lists = [c for c in snap.configs if c.kind == "networkmanager-conf"]
    if not lists:
        return
    from wwandoctor.decode.configs import nm_spec_match
    targets = [((m.control_ports or []) + (m.serial_ports or []), m.drivers or []) for m in modems]
    if not any(names for names, _ in targets):
        targets = [(NM_MODEM_SAMPLE_PORTS, [])]
    specs, paths = "", []  # the effective list: a later file's "=" replaces, "+=" appends
    for cfg in lists:
        if "unmanaged-devices" in cfg.settings:
            specs, paths = cfg.settings["unmanaged-devices"], [cfg.path]
        if "unmanaged-devices+" in cfg.settings:
            specs, paths = specs + "," + cfg.settings["unmanaged-devices+"], paths + [cfg.path]
    found = []
    for names, drivers in targets:
        hit = nm_spec_match(specs, names, drivers if len(drivers) == 1 else [], ["gsm", "cdma"])
        if hit and hit not in found:
            found.append(hit)
    host.note("nm_unmanaged_modem", found, "config", "unmanaged-devices=%s (%s)" % (specs.strip(","), ", ".join(paths)))


def bearer_dns_unused(snap: Snapshot, modems: List[Modem]) -> None:
    """modem.bearer_dns_unused: the connected bearer lists DNS servers and none is used by the system
    resolver: /etc/resolv.conf's nameservers, or behind resolved's stub its global and per-link servers.
    Unknown without resolver data, and for a resolv.conf that names only a local forwarder (dnsmasq on
    127.0.0.1 and the like) or the stub without resolvectl data."""
    resolv = [c for c in snap.configs if c.kind == "resolv.conf"]
    resolved = [c for c in snap.configs if c.kind == "resolved"]
    for m in modems:
        if not m.mm_bearer_dns:
            continue
        used, evidence, decided = set(), [], False
        for cfg in resolv:
            servers = cfg.settings.get("nameserver", "").split()
            evidence.append("%s: nameserver %s" % (cfg.path, " ".join(servers) or "(none)"))
            remote = [s for s in servers if not s.startswith("127.") and s != "::1"]
            used.update(remote)
            decided = decided or bool(remote) or not servers
        links = [m.mm_bearer_interface] if m.mm_bearer_interface else list(m.net_ports or [])
        for cfg in resolved:
            keys = ["global"] + ["link:" + n for n in links]
            for key in keys:
                if key in cfg.settings:
                    used.update(cfg.settings[key].split())
                    evidence.append("%s %s: %s" % (cfg.path, key, cfg.settings[key] or "(none)"))
            decided = decided or any("link:" + n in cfg.settings for n in links)
        if not decided:
            continue
        m.note("bearer_dns_unused", not (set(m.mm_bearer_dns) & used), "resolver",
               "bearer DNS %s; %s" % (", ".join(m.mm_bearer_dns), "; ".join(evidence)))
