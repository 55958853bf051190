"""Parse iproute2 output: ``ip addr``, ``ip link``, ``ip -s link``, ``ip -br addr``, ``ip route``, ``ip -6 route``.

``ip addr`` / ``ip link``::

    8: usb0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000
        link/ether ff:ff:ff:ff:ff:ff brd ff:ff:ff:ff:ff:ff
        inet 10.64.64.64/32 scope global wwan0

-> NetInterface usb0: flags, operstate "down", mtu 1500, ARPHRD type 1 (link/ether; link/none
is 65534), mac, addresses (only when the output is the ``addr`` form), RX/TX bytes (``-s``).
``ip route``::

    default via 10.182.35.145 dev wwan0 proto dhcp src 10.182.35.146 metric 700

-> Route(destination="default", gateway, dev, src, metric) in ``snap.routes``.
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import net_interface, source_read
from wwandoctor.snapshot import LogLine, NetInterface, Route, Snapshot

KIND = "iproute"
COMMANDS = ("ip address", "ip link", "ip route")
PRIORITY = 140

# The detail lines of an interface are indented, but a post rendered without <pre> loses the
# indentation (runs of spaces collapse): they are read at column 0 too, below a link line.
LINK_RE = regex_cache.compile(r"^\s*\d+:\s+([^\s:@]+)(?:@\S+)?:\s+<([^>]*)>(.*)$")
LINKTYPE_RE = regex_cache.compile(r"^\s*link/(\S+)(?:\s+(\S+))?")
INET_RE = regex_cache.compile(r"^\s*(inet6?)\s+(\S+)")
LFT_RE = regex_cache.compile(r"^\s*valid_lft\s")
STATS_HEAD_RE = regex_cache.compile(r"^\s*(RX|TX):?\s+bytes\b", re.IGNORECASE)
NUMBERS_RE = regex_cache.compile(r"^\s*\d+(\s+\d+)*\s*$")
BRIEF_RE = regex_cache.compile(r"^([^\s@]+)(?:@\S+)?\s+(UP|DOWN|UNKNOWN|DORMANT|LOWERLAYERDOWN|NOTPRESENT|TESTING)\s*(.*)$")
ROUTE_RE = regex_cache.compile(r"^\s*(default|(?:unreachable|blackhole|prohibit|local|broadcast|multicast)\s+\S+|"
                               r"[0-9a-fA-F.:]+(?:/\d+)?)\s+(?:via|dev|proto|scope|src|metric|table)\b(.*)$")
# 'Device "wwan0" does not exist.' (ip addr show), 'Cannot find device "wwan0"' (ip link set): the interface is missing.
MISSING_RE = regex_cache.compile(r'^\s*(?:Device "([^"]+)" does not exist|Cannot find device "([^"]+)")\.?\s*$')
LINK_TYPES = {"ether": 1, "none": 65534, "ppp": 512, "loopback": 772, "rawip": 519, "void": 65535}


def detect(block: Block) -> int:
    cmd = (block.command or "").strip()
    head = "".join(ln.strip() for ln in block.lines[:3])[:300]
    if head.startswith("[") and ('"ifname"' in head or '"dst"' in head):  # ip -j
        return 90
    if re.match(r"^(sudo\s+)?(/s?bin/)?ip\s+(-\S+\s+)*(a|ad|add|addr|address|l|li|lin|link|r|ro|rou|route)\b", cmd):
        return 90
    hits = 0
    for line in block.lines[:200]:
        if LINK_RE.match(line) or LINKTYPE_RE.match(line):
            hits += 2
        elif ROUTE_RE.match(line) and re.search(r"\b(dev|via)\s", line):
            hits += 1
        elif MISSING_RE.match(line):
            hits += 2
    if not hits:
        return 0
    return min(85, 55 + 10 * hits)


def parse(block: Block, snap: Snapshot) -> List[str]:
    text = "\n".join(block.lines).strip()
    if re.match(r"^\[\s*[{\]]", text):  # ip -j: "[{...}]", not "[/dev/cdc-wdm0] ..." of another output
        return _parse_json(block, text, snap)
    addr_form = _is_addr_form(block)
    left = []
    current = None  # type: Optional[NetInterface]
    stats = None  # type: Optional[str]
    for line in block.lines:
        if not line.strip():
            continue
        if stats and NUMBERS_RE.match(line) and current is not None:
            value = int(line.split()[0])
            if stats == "RX":
                current.rx_bytes = value
            else:
                current.tx_bytes = value
            stats = None
            continue
        stats = None
        m = LINK_RE.match(line)
        if m:
            current = _link_line(snap, m, addr_form)
            continue
        if current is not None and _detail_line(current, line):
            stats_m = STATS_HEAD_RE.match(line)
            stats = stats_m.group(1).upper() if stats_m else None
            continue
        if MISSING_RE.match(line):
            snap.log.append(LogLine(text=line.strip(), origin="ip", source="paste:%s" % block.name))
            current = None
            continue
        if _route_line(snap, line) or _brief_line(snap, line, addr_form):
            continue
        left.append(line)
    source_read(snap, block, left, "paste:ip")
    return left


def _is_addr_form(block: Block) -> bool:
    cmd = block.command or ""
    if re.search(r"\bip\s+(-\S+\s+)*(a|ad|add|addr|address)\b", cmd):
        return True
    return any(INET_RE.match(ln) for ln in block.lines)


def _link_line(snap: Snapshot, m: "re.Match", addr_form: bool) -> NetInterface:
    net = net_interface(snap, m.group(1))
    flags = [f for f in m.group(2).split(",") if f]
    net.flags = ",".join(flags)
    rest = m.group(3)
    mtu = re.search(r"\bmtu (\d+)", rest)
    if mtu:
        net.mtu = int(mtu.group(1))
    state = re.search(r"\bstate (\S+)", rest)
    if state:
        net.operstate = state.group(1).lower()
    if "LOWER_UP" in flags:
        net.carrier = True
    elif "NO-CARRIER" in flags or ("UP" in flags and net.operstate in ("down", "lowerlayerdown")):
        net.carrier = False
    if addr_form and net.addresses is None:
        net.addresses = []
    return net


def _detail_line(net: NetInterface, line: str) -> bool:
    """link/..., inet ..., valid_lft, RX:/TX: headers and other indented detail lines of one interface."""
    m = LINKTYPE_RE.match(line)
    if m:
        kind = m.group(1)
        number = re.match(r"^\[(\d+)\]$", kind)
        net.type = int(number.group(1)) if number else LINK_TYPES.get(kind, net.type)
        if kind == "ether" and m.group(2):
            net.mac = m.group(2).lower()
        return True
    m = INET_RE.match(line)
    if m:
        if net.addresses is None:
            net.addresses = []
        if m.group(2) not in net.addresses:
            net.addresses.append(m.group(2))
        return True
    if LFT_RE.match(line) or STATS_HEAD_RE.match(line):
        return True
    if re.match(r"^\s*(altname|alias|vlan|bridge|bond|qdisc|prog/|link-netnsid|inet6? .*)\b", line):
        return True
    return bool(re.match(r"^\s*(RX|TX) errors|^\s*(\w+ )?(mtu|minmtu|maxmtu|numtxqueues)\b", line))


def _route_line(snap: Snapshot, line: str) -> bool:
    m = ROUTE_RE.match(line)
    if not m:
        return False
    words = line.split()
    route = Route(destination=m.group(1).split()[-1] if m.group(1) != "default" else "default")
    for key, attr in (("dev", "dev"), ("via", "gateway"), ("src", "src")):
        if key in words[:-1]:
            setattr(route, attr, words[words.index(key) + 1])
    if "metric" in words[:-1] and words[words.index("metric") + 1].isdigit():
        route.metric = int(words[words.index("metric") + 1])
    if snap.routes is None:
        snap.routes = []
    snap.routes.append(route)
    return True


def _brief_line(snap: Snapshot, line: str, addr_form: bool) -> bool:
    """``ip -br addr``: "wwan0  UP  10.1.2.3/30 fe80::1/64"; ``ip -br link``: "wwan0  UNKNOWN  <...>"."""
    m = BRIEF_RE.match(line)
    if not m:
        return False
    net = net_interface(snap, m.group(1))
    net.operstate = m.group(2).lower()
    rest = m.group(3).split()
    flags = [w for w in rest if w.startswith("<")]
    if flags:
        net.flags = flags[0].strip("<>")
    addrs = [w for w in rest if "/" in w and not w.startswith("<")]
    if addrs or (not flags and addr_form):
        net.addresses = addrs
    macs = [w for w in rest if re.match(r"^([0-9a-f]{2}:){5}[0-9a-f]{2}$", w)]
    if macs:
        net.mac = macs[0]
    return True


# --- ip -j (JSON) -------------------------------------------------------------------

def _parse_json(block: Block, text: str, snap: Snapshot) -> List[str]:
    """``ip -j addr|link|route``: a JSON array of interface or route objects."""
    import json
    try:
        items = json.loads(text)
    except (ValueError, RecursionError):
        snap.notes.append("%s: ip -j output is cut or damaged; it was not read" % block.name)
        return [ln for ln in block.lines if ln.strip()]
    if not isinstance(items, list):
        return [ln for ln in block.lines if ln.strip()]
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("ifname"), str):
            _json_link(snap, item, "addr_info" in item)
        elif isinstance(item, dict) and isinstance(item.get("dst"), str):
            _json_route(snap, item)
    if not items and re.search(r"\broute\b|\br\b", block.command or ""):
        snap.routes = snap.routes if snap.routes is not None else []
    snap.set_source("paste:ip", "ok")
    return []


def _json_link(snap: Snapshot, item: dict, with_addresses: bool) -> None:
    net = net_interface(snap, item["ifname"])
    flags = [f for f in item.get("flags") or [] if isinstance(f, str)]
    net.flags = ",".join(flags)
    if isinstance(item.get("mtu"), int):
        net.mtu = item["mtu"]
    if isinstance(item.get("operstate"), str):
        net.operstate = item["operstate"].lower()
    if "LOWER_UP" in flags:
        net.carrier = True
    elif "NO-CARRIER" in flags:
        net.carrier = False
    kind = item.get("link_type")
    if isinstance(kind, str):
        number = re.match(r"^\[(\d+)\]$", kind)
        net.type = int(number.group(1)) if number else LINK_TYPES.get(kind, net.type)
        if kind == "ether" and isinstance(item.get("address"), str):
            net.mac = item["address"].lower()
    if with_addresses:
        addrs = net.addresses if net.addresses is not None else []
        for info in item.get("addr_info") or []:
            if isinstance(info, dict) and info.get("local") is not None:
                text = "%s/%s" % (info["local"], info.get("prefixlen", "")) if "prefixlen" in info else str(info["local"])
                if text not in addrs:
                    addrs.append(text)
        net.addresses = addrs
    stats = item.get("stats64") or item.get("stats")
    if isinstance(stats, dict):
        for direction, attr in (("rx", "rx_bytes"), ("tx", "tx_bytes")):
            part = stats.get(direction)
            if isinstance(part, dict) and isinstance(part.get("bytes"), int):
                setattr(net, attr, part["bytes"])


def _json_route(snap: Snapshot, item: dict) -> None:
    route = Route(destination=item["dst"], dev=item.get("dev"), gateway=item.get("gateway"),
                  src=item.get("prefsrc"), metric=item.get("metric") if isinstance(item.get("metric"), int) else None)
    if snap.routes is None:
        snap.routes = []
    snap.routes.append(route)
