"""ModemManager's view attached to the modems: state, lock, registration, bearer (``mmcli -m`` / ``mmcli -b``).

From ``snapshot.modemmanager`` (mmcli -K / -J output, parsed into nested dicts):
    modem.generic.device: /sys/devices/pci0000:00/0000:00:14.0/usb2/2-4, modem.generic.state: failed
    -> the modem "usb:2-4" gets mm_known True, mm_state "failed"; a modem ModemManager alone lists gets "mm:0"
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from wwandoctor import regex_cache
from wwandoctor.model.types import Evidence, Modem
from wwandoctor.snapshot import Snapshot


# Keys mmcli prints as lists of text; every other key read here is text.
MM_LISTS = ("generic.ports", "generic.drivers", "generic.bearers", "ipv4-config.dns", "ipv6-config.dns")


def mm_get(obj: Dict, dotted: str):
    """``obj["generic"]["state"]`` for "generic.state"; None when missing or mmcli's "--".

    Text keys give text, the MM_LISTS keys a list of text: a value of another shape (a saved
    snapshot written by something else) is None, not something the model would trip on."""
    for part in dotted.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    if dotted in MM_LISTS:
        return [x for x in obj if isinstance(x, str)] if isinstance(obj, list) else None
    if not isinstance(obj, str) or obj in ("--", ""):
        return None
    return obj


def attach_modemmanager(modems: List[Modem], snap: Snapshot) -> None:
    """Note ModemManager's facts on the modem each mmcli modem is; add the ones no other source showed."""
    view = snap.modemmanager
    for mm_modem in view.modems:
        target = _match_mm(modems, mm_modem)
        if target is None and modems and not _names_a_modem(mm_modem):
            continue  # "mmcli -m 0 --location-get" beside two modems: a view of one of them, which one unknown
        if target is None:
            target = _mm_only_modem(mm_modem)
            modems.append(target)
        _note_mm(target, mm_modem, view)
    if view.modem_list is not None:
        for m in modems:
            if m.mm_known is None:
                m.note("mm_known", False, "mmcli", "ModemManager lists %d modem(s), not this one" % len(view.modem_list)
                       if view.modem_list else "mmcli -L: No modems were found")


def _match_mm(modems: List[Modem], mm_modem: Dict) -> Optional[Modem]:
    """The modem whose sysfs path ends the mmcli device path, or that has one of its ports, or the only one."""
    device = mm_get(mm_modem, "generic.device") or ""
    for m in modems:
        ident = m.id.split(":", 1)[1]
        if device and (device.endswith("/" + ident) or ident in device.split("/")):
            return m
    ports = {p.split(" ")[0] for p in mm_get(mm_modem, "generic.ports") or [] if isinstance(p, str)}
    for m in modems:
        if ports & set((m.control_ports or []) + (m.net_ports or []) + (m.serial_ports or [])):
            return m
    return modems[0] if len(modems) == 1 else None


def _names_a_modem(mm_modem: Dict) -> bool:
    """The mmcli object is a modem's own view (its D-Bus path or its generic section), not only its location,
    signal or firmware output."""
    return bool(mm_get(mm_modem, "dbus-path")) or isinstance(mm_modem.get("generic"), dict)


def _mm_only_modem(mm_modem: Dict) -> Modem:
    path = mm_get(mm_modem, "dbus-path") or ""
    m = Modem(id="mm:" + (path.rsplit("/", 1)[-1] or "?"))
    m.name = " ".join(x for x in (mm_get(mm_modem, "generic.manufacturer"), mm_get(mm_modem, "generic.model")) if x) or None
    ports = mm_get(mm_modem, "generic.ports") or []
    for item in ports:  # "cdc-wdm0 (qmi)"
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
    drivers = mm_get(mm_modem, "generic.drivers")
    if drivers:
        m.note("drivers", list(drivers), "mmcli", "drivers: " + ", ".join(drivers))
    return m


def _note_mm(m: Modem, mm_modem: Dict, view) -> None:
    m.note("mm_known", True, "mmcli", "ModemManager manages it (%s)" % (mm_get(mm_modem, "dbus-path") or "modem"))
    for field_name, key in (("mm_state", "generic.state"), ("mm_failed_reason", "generic.state-failed-reason"),
                            ("mm_power_state", "generic.power-state"), ("mm_unlock_required", "generic.unlock-required"),
                            ("mm_registration", "3gpp.registration-state"),
                            ("mm_network_rejection", "3gpp.network-rejection-error")):
        value = mm_get(mm_modem, key)
        if value is not None:
            m.note(field_name, value, "mmcli", "modem.%s: %s" % (key, value))
    bearer = _bearer_for(mm_modem, view)
    if bearer is not None:
        _note_bearer(m, bearer)


def _bearer_for(mm_modem: Dict, view) -> Optional[Dict]:
    """The modem's bearer: listed in its generic.bearers, or the only bearer when it is the only modem."""
    paths = mm_get(mm_modem, "generic.bearers") or []
    for bearer in view.bearers:
        if mm_get(bearer, "dbus-path") in paths:
            return bearer
    return view.bearers[0] if len(view.bearers) == 1 and len(view.modems) <= 1 else None


def _note_bearer(m: Modem, bearer: Dict) -> None:
    connected = mm_get(bearer, "status.connected")
    if connected is not None:
        m.note("mm_bearer_connected", connected == "yes", "mmcli", "bearer.status.connected: %s" % connected)
    for field_name, key in (("mm_bearer_interface", "status.interface"), ("mm_bearer_ip_method", "ipv4-config.method")):
        value = mm_get(bearer, key)
        if value is not None:
            m.note(field_name, value, "mmcli", "bearer.%s: %s" % (key, value))
    if connected == "yes":
        families = [f for f in ("ipv4", "ipv6") if mm_get(bearer, f + "-config.method")]
        m.note("mm_bearer_ip_families", families, "mmcli", "connected bearer settings: %s" % (", ".join(
            "%s-config.method %s" % (f, mm_get(bearer, f + "-config.method")) for f in families) or "none"))
    if connected == "yes":
        dns = [d for f in ("ipv4", "ipv6") for d in (mm_get(bearer, f + "-config.dns") or []) if d and d != "--"]
        m.note("mm_bearer_dns", dns, "mmcli", "bearer DNS: %s" % (", ".join(dns) or "none"))
    mtu = mm_get(bearer, "ipv4-config.mtu")
    if mtu is not None and str(mtu).isdigit():
        m.note("mm_bearer_mtu", int(mtu), "mmcli", "bearer.ipv4-config.mtu: %s" % mtu)
    error = mm_get(bearer, "status.connection-error.name")
    if error:
        m.note("mm_bearer_error", error, "mmcli", "bearer connection error: %s %s" % (error, mm_get(bearer, "status.connection-error.message") or ""))


def attach_orphan_bearers(modems: List[Modem], snap: Snapshot) -> None:
    """Bearers no listed modem owns (a paste of ``mmcli -b N`` alone): attach each to the modem
    whose net port it names, the only modem, or a new modem for that interface."""
    view = snap.modemmanager
    if len(view.modems) == 1 and len(view.bearers) == 1:
        return  # _bearer_for already paired them
    owned = {p for mm in view.modems for p in (mm_get(mm, "generic.bearers") or [])}
    for bearer in view.bearers:
        if mm_get(bearer, "dbus-path") in owned:
            continue
        target = _orphan_bearer_target(modems, bearer)
        if target is not None and target.mm_bearer_connected is None:
            _note_bearer(target, bearer)


def _orphan_bearer_target(modems: List[Modem], bearer: Dict) -> Optional[Modem]:
    """The modem with the bearer's interface, the only modem, or a new one (added to ``modems``)."""
    iface = mm_get(bearer, "status.interface")
    target = next((m for m in modems if iface and iface in (m.net_ports or [])), None)
    if target is None and len(modems) == 1:
        target = modems[0]
    if target is None and iface:
        target = Modem(id="net:" + iface, net_ports=[iface])
        modems.append(target)
    if target is None and not modems:  # "mmcli -b N" alone, not connected: the bearer stands for its modem
        target = Modem(id="mm-bearer:" + (str(bearer.get("dbus-path") or "").rsplit("/", 1)[-1] or "?"))
        modems.append(target)
    return target


_TOOL_MTU = regex_cache.compile(r"^\s*MTU:\s*'?(\d{3,5})'?\s*$|^\s*\"mtu\":\s*(\d{3,5}),?\s*$")


def tool_bearer_mtu(modems: List[Modem], snap: Snapshot) -> None:
    """The network MTU from qmicli/mbimcli output when ModemManager gave none and there is one modem.

    qmicli --wds-get-current-settings prints "MTU: 1360"; mbimcli --query-ip-configuration "MTU: '1430'"; uqmi
    --get-current-settings a JSON member "mtu": 1280 (uqmi commands-wds.c, blobmsg_add_u32 "mtu").
    """
    if len(modems) != 1 or modems[0].mm_bearer_mtu is not None:
        return
    for line in reversed(snap.log):
        if line.origin.lower() in ("qmicli", "mbimcli", "uqmi"):
            found = _TOOL_MTU.match(line.text)
            if found:
                modems[0].note("mm_bearer_mtu", int(found.group(1) or found.group(2)), line.origin, line.text.strip())
                return


def compare_mtu(m: Modem) -> None:
    if m.net_mtu is not None and m.mm_bearer_mtu is not None:
        m.note("mtu_above_bearer", m.net_mtu > m.mm_bearer_mtu, "model",
               "net port MTU %d, bearer MTU %d" % (m.net_mtu, m.mm_bearer_mtu))
