"""USB modems: which USB devices are modems, and their configurations, interfaces, ports and kernel events.

From ``snapshot.usb_devices`` (sysfs, lsusb / lsusb -t / lsusb -v, usb-devices, udevadm) and the kernel log:
    1-7 413c:81a3 DW5570, configuration 2 of 2, interface 12 (02/0e/00) bound to cdc_mbim, cdc-wdm0, wwp0s20u7c2i12
    -> Modem(id="usb:1-7", protocol="mbim", control_protocol="mbim", active_config=2, mbim_config=2, ...)
"""
from __future__ import annotations

import re
from typing import List, Optional

from wwandoctor import drivers, regex_cache
from wwandoctor.model.common import (CONTROL_DRIVERS, USB_MODEM_DRIVERS, MODEM_NAME_RE, NET_PROTOCOLS, SERIAL_DRIVERS,
                                     WWAN_PORT_PROTOCOLS, is_unbound_vendor, note_config_from_names, source_label, vidpid,
                                     wwan_ports_of)
from wwandoctor.model.ids import set_by_command_line, usb_knowledge
from wwandoctor.model.net import note_nets
from wwandoctor.model.types import Evidence, Modem
from wwandoctor.snapshot import Snapshot

STORAGE_DRIVERS = {"usb-storage", "uas"}


def is_usb_modem(dev, snap: Snapshot) -> bool:
    from wwandoctor import knowledge
    if dev.device_class and dev.device_class.startswith("09"):
        return False  # a hub
    if dev.vid and dev.pid and (knowledge.is_modem_id(dev.vid, dev.pid) or knowledge.switch_sources(dev.vid, dev.pid)):
        return True
    for iface in dev.interfaces:
        if iface.driver in USB_MODEM_DRIVERS or iface.control_ports or iface.wwan_ports:
            return True
    # a modem driver's lone "converter now attached" line; "generic" (usbserial_generic) names no modem by itself
    if set(dev.attached_tty.values()) & (USB_MODEM_DRIVERS - {drivers.GENERIC_SERIAL_DRIVER}):
        return True
    for cfg in dev.configs:
        if set(cfg.functions) & {"qmi", "mbim"}:
            return True
    if dev.path and _had_modem_driver(dev.path, snap):
        return True
    if _storage_named_modem(dev):
        return True
    # the id the person set with a modem vendor's AT command (AT!UDPID, AT+QCFG="usbcfg"...): a modem, whatever the tables say
    if dev.vid and dev.pid and set_by_command_line(dev.vid, dev.pid, snap) is not None:
        return True
    modem_vendor = bool(dev.vid and knowledge.modem_vendor(dev.vid))
    if modem_vendor and MODEM_NAME_RE.search(dev.product or ""):
        return True  # only lsusb's name is known: "E33372 LTE/UMTS/GSM HiLink Modem/Networkcard"
    return modem_vendor and any(i.driver in ("cdc_ether", "rndis_host", "usb-storage", "") for i in dev.interfaces)


def _storage_named_modem(dev) -> bool:
    """Only usb-storage is bound and the device's own strings call it a modem ("4G LTE Modem"): a stick in
    its driver-CD mode whatever its id, also one no table knows yet (a new vendor id)."""
    drivers = {i.driver for i in dev.interfaces}
    named = "%s %s" % (dev.manufacturer or "", dev.product or "")
    return bool(drivers) and drivers <= STORAGE_DRIVERS and bool(MODEM_NAME_RE.search(named))


def _had_modem_driver(path: str, snap: Snapshot) -> bool:
    """A kernel line shows a modem driver on one of its interfaces ("option 2-1:1.0: device disconnected"),
    so it was a modem even if it has gone since."""
    prefixes = tuple("%s %s:" % (d, path) for d in USB_MODEM_DRIVERS)
    return any(l.origin == "kernel" and l.text.startswith(prefixes) for l in snap.log)


def usb_modem(dev, snap: Snapshot) -> Modem:
    src = source_label(snap)
    ident = dev.path or vidpid(dev.vid, dev.pid)
    m = Modem(id="usb:" + ident, bus="usb")
    where = "USB device %s" % ident
    if dev.vid:
        m.note("vid", dev.vid, src, "%s is %s" % (where, vidpid(dev.vid, dev.pid)))
    if dev.pid:
        m.pid = dev.pid
    m.name = _usb_name(dev)
    _usb_configs(m, dev, src, where)
    _usb_interfaces(m, dev, snap, src)
    _attached_serial_ports(m, dev)
    if dev.udev:  # udevadm info of the device alone (no interface data) settles it too
        ignore = dev.udev.get("ID_MM_DEVICE_IGNORE")
        m.note("mm_ignored", ignore == "1", "udev", "ID_MM_DEVICE_IGNORE=%s" % (ignore or "(not set)"))
    _usb_nets(m, dev, snap)
    usb_knowledge(m, dev, snap)
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


# lsusb's vendor name from usb.ids followed by a product string that names the vendor again: "Sierra Wireless, Inc.
# Sierra Wireless EM7421" reads "Sierra Wireless EM7421", "Dell Computer Corp. Dell Wireless 5570" "Dell Wireless 5570"
_VENDOR_SAID_TWICE_RE = regex_cache.compile(
    r"^(?P<vendor>[A-Z][\w&-]*)(?: [\w&-]+){0,3},? (?:Inc\.|Co\., ?Ltd\.?|Ltd\.?|Corp\.|Corporation|GmbH|AB|AG|S\.A\.) "
    r"(?=(?P=vendor)\b)")


def _usb_name(dev) -> Optional[str]:
    from wwandoctor import knowledge
    parts = list(dict.fromkeys(p for p in (dev.manufacturer, dev.product) if p))
    if len(parts) == 2 and parts[0].lower() in parts[1].lower():
        parts = parts[1:]  # "Sierra Wireless" + "Sierra Wireless EM7455" -> once
    if parts:
        return _VENDOR_SAID_TWICE_RE.sub("", " ".join(parts))
    if dev.vid and dev.pid:
        rows = knowledge.usb_id_rows(dev.vid, dev.pid)
        named = [r for r in rows if r.get("pid") == dev.pid and r.get("model")]
        if named:
            return readable_model(named[0]["model"])
        for entry in (knowledge.modeswitch_entry(dev.vid, dev.pid), knowledge.router_mode_entry(dev.vid, dev.pid)):
            if entry and entry.get("model"):
                return entry["model"]
    return None


# a driver's product macro used as the table's model text (option.c "#define QUECTEL_PRODUCT_EC200S_CN 0x6002")
# (the table may add the source's comment after it: "QUECTEL_PRODUCT_EC21 [comment above: ...]")
_PRODUCT_MACRO_RE = regex_cache.compile(r"([A-Z][A-Z0-9]*)_PRODUCT_([A-Z0-9]+(?:_[A-Z0-9]+)*)(?:\s+\[[^\]]*\])?")


def readable_model(model: str) -> str:
    """A table's model text as a reader names the modem: a product macro "QUECTEL_PRODUCT_EC200S_CN" reads
    "Quectel EC200S-CN" (a vendor of up to four letters stays in capitals: "ZTE"); other text is kept."""
    macro = _PRODUCT_MACRO_RE.fullmatch(model)
    if not macro:
        return model
    vendor = macro.group(1) if len(macro.group(1)) <= 4 else macro.group(1).capitalize()
    return "%s %s" % (vendor, macro.group(2).replace("_", "-"))


# --- configurations --------------------------------------------------------------

def _usb_configs(m: Modem, dev, src: str, where: str) -> None:
    """The active configuration, and what each configuration offers (from the descriptors)."""
    active = _active_config(m, dev, src, where)
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
    current = [c for c in dev.configs if c.value == active] if active is not None else []
    if current:
        _ncm_mbim_alt(m, current[0], src, where)
        m.note("functions", list(current[0].functions), src,
               "active configuration %d offers %s" % (active, ", ".join(current[0].functions) or "nothing known"))
    if all(c.functions == ["storage"] for c in dev.configs):
        m.note("storage_mode", True, src, "%s offers only mass storage in every configuration" % where)
    elif any(set(c.functions) - {"storage"} for c in dev.configs):
        m.note("storage_mode", False, src, "%s offers modem functions, not only mass storage" % where)


def _active_config(m: Modem, dev, src: str, where: str) -> Optional[int]:
    """bConfigurationValue, or the one configuration that the interface names (1-7:2.12) show."""
    if dev.active_config is not None:
        m.note("active_config", dev.active_config, src, "%s bConfigurationValue = %d" % (where, dev.active_config))
        return dev.active_config
    configs_seen = {i.config for i in dev.interfaces if i.config is not None}
    if len(configs_seen) != 1:
        note_config_from_names(m, [n for i in dev.interfaces for n in i.net], src)
        return m.active_config
    active = configs_seen.pop()
    m.note("active_config", active, src, "%s interfaces are named :%d.N (configuration %d)" % (where, active, active))
    return active


def _ncm_mbim_alt(m: Modem, config, src: str, where: str) -> None:
    """NCM/MBIM combined function (MBIM 1.0 section 6.6): alt 0 is NCM (02/0d), another alt is MBIM (02/0e)."""
    ncm = {i.number for i in config.interfaces if i.alt == 0 and (i.triplet or "").lower().startswith("02/0d/")}
    both = sorted(i.number for i in config.interfaces if i.number in ncm and (i.triplet or "").lower().startswith("02/0e/"))
    m.note("ncm_mbim_alt", bool(both), src, "%s: %s" % (where, "interface %d offers NCM (alt 0) and MBIM (alternate setting)" % both[0]
                                                        if both else "no NCM interface with an MBIM alternate setting"))


# --- interfaces, drivers, ports ------------------------------------------------------

def _usb_interfaces(m: Modem, dev, snap: Snapshot, src: str) -> None:
    """Drivers, ports and protocols from the interfaces the snapshot shows."""
    if not dev.interfaces:
        return
    path = dev.path or vidpid(dev.vid, dev.pid)
    control_protocols = _bind_interfaces(m, dev, path, src)
    serial = m.serial_ports
    if snap.origin != "live":  # a paste (lsusb -t, usb-devices) may show drivers without their ports
        if not m.control_ports and any(i.driver in CONTROL_DRIVERS for i in dev.interfaces):
            m.control_ports = None
        if not serial and any(i.driver in SERIAL_DRIVERS for i in dev.interfaces):
            m.serial_ports = None
    if serial:
        m.evidence["serial_ports"] = [Evidence(src, "serial ports: %s" % ", ".join(serial))]
    control_protocols += _wwan_class_ports(m, snap, path, src)
    m.protocol = _protocol_from_drivers(m.drivers, dev)
    if m.protocol:
        m.evidence["protocol"] = [Evidence(src, "bound drivers: %s" % (", ".join(m.drivers) or "none"))]
    _control_protocol(m, dev, src, control_protocols, serial)
    _storage_by_drivers(m, dev, src)


def _bind_interfaces(m: Modem, dev, path: str, src: str) -> List[str]:
    """Set interfaces, drivers, unbound interfaces and ports; return the control ports' protocols."""
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
        m.unbound_vendor_interfaces = [i.number for i in dev.interfaces if is_unbound_vendor(i)]
        _note_unbound_class_drivers(m, dev, src)
    m.control_ports = control + [p for p in wwan if p not in control]
    m.serial_ports = serial
    m.wwan_ports = wwan
    return control_protocols


def _attached_serial_ports(m: Modem, dev) -> None:
    """The serial ports a kernel line attached to the device without naming their interface ("usb 1-2: Qualcomm USB
    modem converter now attached to ttyUSB0"): ports of the modem, and their driver bound to it."""
    for tty, driver in dev.attached_tty.items():
        line = "a usb-serial driver%s attached %s to USB device %s" % (" (%s)" % driver if driver else "", tty, dev.path)
        _add_once(m, "serial_ports", tty, Evidence("kernel-log", line))
        if driver:
            _add_once(m, "drivers", driver, Evidence("kernel-log", line))


def _add_once(m: Modem, field: str, value: str, evidence: Evidence) -> None:
    """Add ``value`` to the modem's list ``field`` unless it is there already, with the evidence that shows it."""
    values = getattr(m, field) or []
    if value not in values:
        setattr(m, field, values + [value])
        m.evidence.setdefault(field, []).append(evidence)


def _wwan_class_ports(m: Modem, snap: Snapshot, path: str, src: str) -> List[str]:
    """Add the device's /sys/class/wwan ports to its control ports; return their QMI/MBIM protocols."""
    protocols = []
    for port in wwan_ports_of(snap, "usb:" + path):
        if m.control_ports is None:  # a paste that showed no cdc-wdm port did show this one
            m.control_ports = []
        if port.name not in m.control_ports:
            m.control_ports.append(port.name)
        proto = WWAN_PORT_PROTOCOLS.get((port.type or "").upper())
        if proto and proto != "at":
            protocols.append(proto)
            m.evidence.setdefault("control_protocol", []).append(Evidence(src, "%s is a %s port" % (port.name, port.type)))
    return protocols


def _control_protocol(m: Modem, dev, src: str, control_protocols: List[str], serial: List[str]) -> None:
    if control_protocols:
        m.control_protocol = control_protocols[0]
    elif serial and m.drivers and all(d in SERIAL_DRIVERS for d in m.drivers):
        m.note("control_protocol", "at", src, "only serial ports: %s" % ", ".join(serial))
    elif all(i.driver is not None for i in dev.interfaces) and not serial:
        m.note("control_protocol", "none", src, "no control port on any interface")


# interface classes of a modem's functions: CDC communications and data, vendor-specific, wireless (RNDIS)
_MODEM_CLASSES = ("02", "0a", "ff", "e0")


def _storage_by_drivers(m: Modem, dev, src: str) -> None:
    """storage_mode from the bound drivers, when the descriptors did not settle it. Interfaces of a modem's
    classes without a driver (a HiLink stick's CDC Ethernet function on a kernel without cdc_ether) are a
    switched device whose driver is missing, not one that offers only storage."""
    if m.storage_mode is not None:
        return
    unbound = [i.number for i in dev.interfaces
               if i.driver == "" and (i.triplet or "").split("/")[0] in _MODEM_CLASSES]
    if unbound:
        m.note("storage_mode", False, src, "interface(s) %s of a modem class have no driver: not only mass storage"
               % ", ".join(str(n) for n in unbound))
    elif m.drivers and set(m.drivers) <= STORAGE_DRIVERS:
        m.note("storage_mode", True, src, "only usb-storage is bound")
    elif set(m.drivers) - STORAGE_DRIVERS:
        m.storage_mode = False


def _protocol_from_drivers(drivers: List[str], dev) -> Optional[str]:
    for drv, proto in NET_PROTOCOLS:
        if drv in drivers:
            return proto
    if drivers and all(d in SERIAL_DRIVERS for d in drivers):
        return "serial-only"
    if drivers and set(drivers) <= STORAGE_DRIVERS:
        return "storage"
    if dev.interfaces and all(i.driver == "" for i in dev.interfaces):
        return "none"
    return None


def _note_unbound_class_drivers(m: Modem, dev, src: str) -> None:
    """The class drivers that would bind an interface left without a driver: the kernel lacks them."""
    wanted = []
    for iface in dev.interfaces:
        driver = drivers.CLASS_MATCHED_DRIVERS.get((iface.triplet or "").lower())
        if iface.driver == "" and driver and driver not in wanted:
            wanted.append(driver)
            m.evidence.setdefault("unbound_class_drivers", []).append(Evidence(
                src, "interface %d (%s) has no driver; %s binds that class on any device" % (iface.number, iface.triplet, driver)))
    m.unbound_class_drivers = wanted


# --- network interfaces, kernel events ------------------------------------------------

def _usb_nets(m: Modem, dev, snap: Snapshot) -> None:
    names = [n for i in dev.interfaces for n in i.net]
    nets = [n for n in snap.net_interfaces
            if n.name in names or (n.parent and dev.path and n.parent.startswith("usb:%s:" % dev.path))]
    if not nets and not names and dev.interfaces and snap.origin == "live":
        m.net_ports = []  # sysfs shows every interface's children: this modem has no network interface
    note_nets(m, nets, snap)


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
        # a net port unregistering without a USB disconnect is a driver letting go (a failed probe), not the modem leaving
        gone = bool(disconnects) and any(word in last.text for word in (
            "USB disconnect", "device disconnected", "unregister", "now disconnected"))
        m.note("gone_after_disconnect", gone, "kernel-log", last.text)
