"""Live network interfaces of modems, their addresses, and the routes that concern them.

Reads ``/sys/class/net/<if>`` (no netlink: umockdev cannot fake it). Sample of a
qmi_wwan interface::

    type            1          (ARPHRD: 1 ether, 65534 none, 519 rawip, 512 ppp)
    uevent          DEVTYPE=wwan
    qmi/raw_ip      N
    qmi/pass_through N
    operstate       down
    flags           0x1002     (-> BROADCAST,MULTICAST)
    device/driver -> .../qmi_wwan

An interface is kept when it hangs below a USB interface or a WWAN PCI device,
has ``DEVTYPE=wwan``, a modem driver, the ``qmi/`` group, is a PPP link, or is
named like a modem link (wwan*, ww*, qmimux*, rmnet*, mhi_*).

Addresses: IPv6 from ``/proc/net/if_inet6``
(``fe800000000000000000000000000001 03 40 20 80 wwan0``), IPv4 from the
SIOCGIFADDR ioctl (a read). Routes from ``/proc/net/route`` and
``/proc/net/ipv6_route``: default routes and routes through modem links.
Source name: ``net``.
"""
from __future__ import annotations

import errno
import ipaddress
import os
import socket
import struct
from typing import Dict, List, Optional

from wwandoctor import drivers
from wwandoctor.collect.context import Context
from wwandoctor.collect.sysfs import Reader
from wwandoctor.decode import sysfs_attrs
from wwandoctor.snapshot import NetInterface, Route, Snapshot

SOURCE = "net"
READS = ("/sys/class/net", "/proc/net/if_inet6", "/proc/net/route", "/proc/net/ipv6_route", "SIOCGIFADDR ioctl")
THREAD = False
CLASS_DIR = "/sys/class/net"
MODEM_NET_DRIVERS = drivers.MODEM_NET_DRIVERS
MODEM_NAME_PREFIXES = drivers.WWAN_NET_PREFIXES
ARPHRD_PPP = 512

RTF_UP, RTF_GATEWAY, RTF_REJECT = 0x1, 0x2, 0x200
SIOCGIFADDR, SIOCGIFNETMASK = 0x8915, 0x891B


def collect(snap: Snapshot, ctx: Context) -> None:
    """Fill ``snap.net_interfaces`` and ``snap.routes``; record the ``net`` source. Never raises.
    IPv4 addresses come from the SIOCGIFADDR ioctl on a live root, nothing (unknown) under a test root."""
    reader = Reader(ctx.root)
    read_links(snap, reader, ipv4_addresses if reader.root in ("", "/") else (lambda name: None))


def read_links(snap: Snapshot, reader: Reader, ipv4_lookup) -> None:
    """What :func:`collect` does, with ``ipv4_lookup(name) -> Optional[List[str]]`` finding IPv4 addresses."""
    names = reader.listdir(CLASS_DIR)
    if names is None:
        if reader.denied:
            snap.set_source(SOURCE, "permission-denied", "cannot list %s" % CLASS_DIR)
        else:
            snap.set_source(SOURCE, "not-applicable", "no %s" % CLASS_DIR)
        return
    inet6 = read_if_inet6(reader)
    for name in names:
        iface = read_interface(reader, name)
        if is_modem_link(reader, iface):
            iface.addresses = _addresses(name, inet6, ipv4_lookup)
            snap.net_interfaces.append(iface)
    modem_links = {i.name for i in snap.net_interfaces}
    snap.routes = read_routes(reader, modem_links)
    status, detail = reader.status("%d modem links of %d interfaces" % (len(modem_links), len(names)))
    snap.set_source(SOURCE, status, detail)


# --- one interface -----------------------------------------------------------

def read_interface(reader: Reader, name: str) -> NetInterface:
    base = "%s/%s" % (CLASS_DIR, name)
    iface = NetInterface(name=name)
    reader.fill(iface, base, sysfs_attrs.NET)
    iface.devtype = reader.uevent(base).get("DEVTYPE")
    iface.has_qmi_group = reader.isdir(base + "/qmi")
    iface.parent, iface.driver = _parent_and_driver(reader, base)
    return iface


def _parent_and_driver(reader: Reader, base: str):
    """("usb:1-7:2.12" | "pci:0000:04:00.0" | None, driver) from the ``device`` link.

    WWAN-core links (t7xx, iosm) hang below a ``wwanN`` device without a driver:
    the driver is then the one of the USB interface or PCI function above.
    """
    if not reader.exists(base + "/device"):
        return None, None  # virtual interface (ppp, tun, qmimux...)
    path = reader.realpath(base + "/device")
    parent = None
    driver = None
    while path not in ("/", "/sys", "/sys/devices", ""):
        name = os.path.basename(path)
        if driver is None or driver == "":
            driver = reader.link_name(path + "/driver")
        if _is_usb_interface(name):
            parent = "usb:" + name
        elif _is_pci(name):
            parent = "pci:" + name
        if parent:
            break
        path = os.path.dirname(path)
    return parent, driver


def _is_usb_interface(name: str) -> bool:
    head, sep, tail = name.partition(":")
    return bool(sep) and "-" in head and head.split("-")[0].isdigit() and "." in tail


def _is_pci(name: str) -> bool:
    parts = name.split(":")
    return len(parts) == 3 and len(parts[0]) == 4 and "." in parts[2]


def is_modem_link(reader: Reader, iface: NetInterface) -> bool:
    if iface.devtype == "wwan" or iface.has_qmi_group or iface.type == ARPHRD_PPP:
        return True
    if iface.driver in MODEM_NET_DRIVERS or iface.name.startswith(MODEM_NAME_PREFIXES):
        return True
    if iface.parent and iface.parent.startswith("usb:"):
        return True
    if iface.parent and iface.parent.startswith("pci:"):
        pci = "/sys/bus/pci/devices/" + iface.parent[4:]
        cls = reader.value(pci + "/class") or ""
        return cls.lower().startswith("0x0d40") or reader.link_name(pci + "/driver") in drivers.PCI_MODEM_DRIVERS
    return False


# --- addresses ---------------------------------------------------------------

def read_if_inet6(reader: Reader) -> Optional[Dict[str, List[str]]]:
    """ifname -> ["fe80::1/64", ...] from /proc/net/if_inet6; None if unreadable."""
    text = reader.text("/proc/net/if_inet6")
    if text is None:  # absent with IPv6 disabled: no addresses; unreadable: unknown
        exists = reader.exists("/proc/net/if_inet6")
        return None if exists or not reader.exists("/proc/net") else {}
    found: Dict[str, List[str]] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 6 or len(parts[0]) != 32:
            continue
        try:
            addr = ipaddress.IPv6Address(bytes.fromhex(parts[0]))
            prefix = int(parts[2], 16)
        except ValueError:
            continue
        found.setdefault(parts[5], []).append("%s/%d" % (addr, prefix))
    return found


def ipv4_addresses(name: str) -> Optional[List[str]]:
    """The primary IPv4 address of ``name`` via SIOCGIFADDR; [] if none; None if unknown."""
    import fcntl
    try:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    except OSError:
        return None
    try:
        req = struct.pack("256s", name.encode()[:15])
        try:
            addr = socket.inet_ntoa(fcntl.ioctl(sock.fileno(), SIOCGIFADDR, req)[20:24])
            mask = socket.inet_ntoa(fcntl.ioctl(sock.fileno(), SIOCGIFNETMASK, req)[20:24])
        except OSError as exc:
            return [] if exc.errno == errno.EADDRNOTAVAIL else None
        prefix = ipaddress.IPv4Network("0.0.0.0/%s" % mask).prefixlen
        return ["%s/%d" % (addr, prefix)]
    finally:
        sock.close()


def _addresses(name: str, inet6: Optional[Dict[str, List[str]]], ipv4_lookup) -> Optional[List[str]]:
    """IPv4 + IPv6 addresses; None unless both families could be observed."""
    if inet6 is None:
        return None
    v4 = ipv4_lookup(name)
    if v4 is None:
        return None
    return v4 + inet6.get(name, [])


# --- routes ------------------------------------------------------------------

def read_routes(reader: Reader, modem_links) -> Optional[List[Route]]:
    """Default routes and routes through modem links; None if /proc/net/route is unreadable."""
    v4 = reader.text("/proc/net/route")
    if v4 is None:
        return None
    routes = [r for r in parse_route(v4) if r.destination == "default" or r.dev in modem_links]
    v6 = reader.text("/proc/net/ipv6_route") or ""
    routes += [r for r in parse_ipv6_route(v6)
               if r.dev != "lo" and (r.destination == "default" or r.dev in modem_links)]
    return routes


def _ipv4_le(hex_text: str) -> str:
    return socket.inet_ntoa(struct.pack("<I", int(hex_text, 16)))


def parse_route(text: str) -> List[Route]:
    """/proc/net/route: ``wwan0 00000000 0100000A 0003 0 0 0 00000000 0 0 0`` (little-endian hex)."""
    routes = []
    for line in text.splitlines()[1:]:
        parts = line.split()
        if len(parts) < 8:
            continue
        try:
            flags = int(parts[3], 16)
            dest, gw, mask = _ipv4_le(parts[1]), _ipv4_le(parts[2]), _ipv4_le(parts[7])
            metric = int(parts[6])
        except ValueError:
            continue
        if not flags & RTF_UP or flags & RTF_REJECT:
            continue
        prefix = ipaddress.IPv4Network("0.0.0.0/%s" % mask).prefixlen
        destination = "default" if dest == "0.0.0.0" and prefix == 0 else "%s/%d" % (dest, prefix)
        gateway = gw if flags & RTF_GATEWAY else None
        routes.append(Route(destination=destination, dev=parts[0], gateway=gateway, metric=metric))
    return routes


def parse_ipv6_route(text: str) -> List[Route]:
    """/proc/net/ipv6_route: dest plen src plen nexthop metric refcnt use flags dev (hex)."""
    routes = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 10:
            continue
        try:
            dest = ipaddress.IPv6Address(bytes.fromhex(parts[0]))
            plen = int(parts[1], 16)
            gw = ipaddress.IPv6Address(bytes.fromhex(parts[4]))
            metric, flags = int(parts[5], 16), int(parts[8], 16)
        except ValueError:
            continue
        if not flags & RTF_UP or flags & RTF_REJECT:
            continue
        destination = "default" if plen == 0 else "%s/%d" % (dest, plen)
        gateway = str(gw) if flags & RTF_GATEWAY else None
        routes.append(Route(destination=destination, dev=parts[9], gateway=gateway, metric=metric))
    return routes
