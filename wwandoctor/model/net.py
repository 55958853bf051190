"""A modem's network interfaces: framing, state, addresses, counters; WWAN links no modem claims; routes.

From ``snapshot.net_interfaces`` (sysfs, ``ip -s addr``, ifconfig) and ``snapshot.routes`` (``ip route``):
    wwan0: type 65534, qmi/raw_ip Y, UP, 10.64.1.2/30, mtu 1500  -> framing raw-ip, net_up True, ...
    default via 10.64.1.1 dev wwan0                              -> host.wwan_default_route = wwan0
"""
from __future__ import annotations

from typing import List, Optional

from wwandoctor.model.common import USB_MODEM_DRIVERS, NET_PROTOCOLS, WWAN_NET_PREFIXES, note_config_from_names, source_label
from wwandoctor.model.types import Host, Modem
from wwandoctor.snapshot import Snapshot

RAW_IP_TYPES = (65534, 519)  # ARPHRD_NONE, ARPHRD_RAWIP


def net_framing(net) -> Optional[str]:
    """raw-ip | 802.3 | None (unknown) for one network interface."""
    if net.raw_ip is True or net.type in RAW_IP_TYPES:
        return "raw-ip"
    if net.raw_ip is False or (net.type == 1 and net.driver and net.driver != "qmi_wwan"):
        return "802.3"
    return None


def note_nets(m: Modem, nets, snap: Snapshot) -> None:
    """The modem's net ports; the facts of the main (first) one."""
    if not nets:
        return
    src = source_label(snap)
    m.net_ports = [n.name for n in nets]
    note_config_from_names(m, m.net_ports, src)
    main = nets[0]
    if main.type is not None:
        m.note("net_type", main.type, src, "%s type = %d" % (main.name, main.type))
    if main.raw_ip is not None:
        m.note("raw_ip", main.raw_ip, src, "%s qmi/raw_ip = %s" % (main.name, "Y" if main.raw_ip else "N"))
    framing = net_framing(main)
    if framing:
        m.note("framing", framing, src, "%s uses %s framing" % (main.name, framing))
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
        _downlink(m, main, src)


def _downlink(m: Modem, net, src: str) -> None:
    """downlink_dead: the port is up with an address, the host sent on it and nothing came back (RX 0, TX > 0):
    knowledge.md 2.3 (raw-ip-mismatch: "RX counters stay ~0" after a connect) and its look-alike, a modem that forwards
    nothing (2.20 firmware-bug-or-crash). Unknown when the port has no address or sent nothing."""
    if m.net_up is False:
        return
    if not net.addresses:
        if net.addresses is not None:
            m.note("downlink_dead", False, src, "%s has no address: no data session to carry" % net.name)
        return
    if net.rx_bytes > 0:
        m.note("downlink_dead", False, src, "%s received %d bytes" % (net.name, net.rx_bytes))
    elif net.tx_bytes > 0:
        m.note("downlink_dead", True, src, "%s is up with %s, sent %d bytes and received none" % (
            net.name, ", ".join(net.addresses), net.tx_bytes))


def _is_wwan_net(net) -> bool:
    return (net.devtype == "wwan" or (net.driver or "") in USB_MODEM_DRIVERS or
            net.name.startswith(WWAN_NET_PREFIXES) or net.has_qmi_group is True)


def net_only_modems(modems: List[Modem], snap: Snapshot) -> List[Modem]:
    """A WWAN network interface that no modem claims (a paste that shows only ``ip`` or dhclient output)."""
    claimed = {n for m in modems for n in (m.net_ports or [])}
    extra = []
    for net in snap.net_interfaces:
        if net.name in claimed or not _is_wwan_net(net):
            continue
        m = Modem(id="net:" + net.name)
        if net.driver:
            m.note("drivers", [net.driver], source_label(snap), "%s driver %s" % (net.name, net.driver))
            proto = dict(NET_PROTOCOLS).get(net.driver)
            if proto:
                m.protocol = proto
        note_nets(m, [net], snap)
        extra.append(m)
    return extra


def wwan_default_route(snap: Snapshot, host: Host, modems: List[Modem]) -> None:
    """host.wwan_default_route: the first default route via a modem's net port or a WWAN-named link."""
    wwan_nets = {n for m in modems for n in (m.net_ports or [])}
    for route in snap.routes or []:
        if route.destination == "default" and route.dev and (
                route.dev in wwan_nets or route.dev.startswith(WWAN_NET_PREFIXES)):
            host.note("wwan_default_route", route.dev, "routes", "default%s dev %s" % (
                " via %s" % route.gateway if route.gateway else "", route.dev))
            break


def _family(route) -> str:
    """inet6 when the route names an IPv6 gateway or source, else inet (``default dev wwan0`` carries no address)."""
    return "inet6" if ":" in (route.gateway or "") + (route.src or "") else "inet"


def modem_default_routes(snap: Snapshot, host: Host, modems: List[Modem]) -> None:
    """host.default_routes; default_route / default_route_outranked per modem with known net ports; unknown without a route table.

    The kernel picks the default route with the lowest metric (no metric = 0); a modem's default
    route behind another link's lower metric carries nothing."""
    if snap.routes is None or any(not r.dev for r in snap.routes):
        return  # not seen, or "ip route show dev X" (lines without "dev"): only part of the table
    defaults = [r for r in snap.routes if r.destination == "default"]
    host.note("default_routes", list(dict.fromkeys(r.dev for r in defaults)), "routes",
              "default routes: %s" % ("; ".join(_route_text(r) for r in defaults) or "none"))
    for m in modems:
        if not m.net_ports:
            continue
        mine = [r for r in defaults if r.dev in m.net_ports]
        others = [r for r in defaults if r.dev not in m.net_ports]
        listed = "; ".join(_route_text(r) for r in defaults) or "none"
        m.note("default_route", bool(mine), "routes", "default routes: %s" % listed)
        if not mine:
            continue
        outranked = []
        for family in sorted({_family(r) for r in mine}):
            best = min(r.metric or 0 for r in mine if _family(r) == family)
            outranked += [r for r in others if _family(r) == family and (r.metric or 0) < best]
        m.note("default_route_outranked", bool(outranked), "routes", "%s; lower metric: %s" % (
            "; ".join(_route_text(r) for r in mine), "; ".join(_route_text(r) for r in outranked) or "none"))


def _route_text(route) -> str:
    return "default%s dev %s metric %d" % (" via %s" % route.gateway if route.gateway else "", route.dev, route.metric or 0)
