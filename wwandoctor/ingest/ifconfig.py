"""Parse ``ifconfig`` output: new net-tools, old net-tools and busybox forms.

New net-tools (2.10)::

    wwan0: flags=4305<UP,POINTOPOINT,RUNNING,NOARP,MULTICAST>  mtu 1500
            inet 10.64.64.64  netmask 255.255.255.252  destination 10.64.64.65
            unspec 00-00-00-00-00-00-00-00-00-00-00-00-00-00-00-00  txqueuelen 1000  (UNSPEC)
            RX packets 12  bytes 1400 (1.3 KiB)

Old net-tools and busybox::

    wwan0     Link encap:UNSPEC  HWaddr 00-00-00-00-00-00-00-00-00-00-00-00-00-00-00-00
              inet addr:10.1.2.3  P-t-P:10.1.2.4  Mask:255.255.255.252
              UP POINTOPOINT RUNNING NOARP MULTICAST  MTU:1500  Metric:1
              RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)

-> NetInterface: flags, mtu, type (Ethernet 1, UNSPEC 65534, Point-to-Point 512), mac,
addresses ("10.1.2.3/30"), RX/TX bytes, carrier (RUNNING).
"""
from __future__ import annotations

import re
from typing import List, Optional

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import net_interface, source_read
from wwandoctor.snapshot import LogLine, NetInterface, Snapshot

KIND = "ifconfig"
COMMANDS = ("ifconfig",)
PRIORITY = 130

NEW_HEAD_RE = regex_cache.compile(r"^([^\s:]+):\s+flags=\d+<([^>]*)>(?:\s+mtu\s+(\d+))?")
OLD_HEAD_RE = regex_cache.compile(r"^(\S+)\s+Link encap:(.*)$")
ENCAP_TYPES = {"ethernet": 1, "unspec": 65534, "point-to-point protocol": 512, "local loopback": 772}
# "wwan0: error fetching interface information: Device not found": the interface does not exist; so does
# "wwan0: ERROR while getting interface flags: No such device" of "ifconfig wwan0 up" (net-tools ifconfig.c
# set_flag/clr_flag: fprintf(stderr, _("%s: ERROR while getting interface flags: %s\n"), ifname, strerror(errno)))
# (busybox's ifconfig puts its name before it: bb_error_msg, networking/interface.c do_if_fetch)
MISSING_RE = regex_cache.compile(r"^(?:ifconfig: )?(\S+): (?:error fetching interface information|ERROR while getting interface flags): (.*)$")
DETAIL_RE = regex_cache.compile(r"^\s+(inet|inet6|ether|unspec|loop|ppp|RX|TX|collisions|device|UP|DOWN|BROADCAST|"
                                r"POINTOPOINT|RUNNING|NOARP|MULTICAST|LOOPBACK|Interrupt|txqueuelen)\b")


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 90
    hits = sum(1 for ln in block.lines[:200] if NEW_HEAD_RE.match(ln) or OLD_HEAD_RE.match(ln) or MISSING_RE.match(ln))
    return min(85, 60 + 10 * hits) if hits else 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    left = []
    current: Optional[NetInterface] = None
    for line in block.lines:
        if not line.strip():
            continue
        m = NEW_HEAD_RE.match(line)
        if m:
            current = _new_head(snap, m)
            continue
        m = OLD_HEAD_RE.match(line)
        if m:
            current = _old_head(snap, m)
            continue
        if MISSING_RE.match(line):
            snap.log.append(LogLine(text=line.strip(), origin="ifconfig", source="paste:%s" % block.name))
            current = None
            continue
        if current is not None and DETAIL_RE.match(line):
            _detail(current, line)
            continue
        left.append(line)
    source_read(snap, block, left, "paste:ifconfig")
    return left


def _new_head(snap: Snapshot, m: "re.Match") -> NetInterface:
    net = net_interface(snap, m.group(1))
    flags = [f for f in m.group(2).split(",") if f]
    net.flags = ",".join(flags)
    if m.group(3):
        net.mtu = int(m.group(3))
    net.carrier = "RUNNING" in flags if "UP" in flags else net.carrier
    net.addresses = net.addresses if net.addresses is not None else []
    return net


def _old_head(snap: Snapshot, m: "re.Match") -> NetInterface:
    net = net_interface(snap, m.group(1))
    encap, _, hwaddr = m.group(2).partition("HWaddr")
    encap = encap.strip().lower()
    if encap in ENCAP_TYPES:
        net.type = ENCAP_TYPES[encap]
    hwaddr = hwaddr.strip()
    if re.match(r"^([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}$", hwaddr):
        net.mac = hwaddr.lower()
    net.addresses = net.addresses if net.addresses is not None else []
    return net


def _prefix(mask: str) -> Optional[int]:
    try:
        parts = [int(p) for p in mask.split(".")]
    except ValueError:
        return None
    if len(parts) != 4:
        return None
    return sum(bin(p).count("1") for p in parts)


def _add_address(net: NetInterface, addr: str, prefix: Optional[int]) -> None:
    text = addr if "/" in addr or prefix is None else "%s/%d" % (addr, prefix)
    if net.addresses is None:
        net.addresses = []
    if text not in net.addresses:
        net.addresses.append(text)


def _detail(net: NetInterface, line: str) -> None:
    text = line.strip()
    m = re.match(r"^inet (?:addr:)?(\S+).*?(?:netmask |Mask:)(\S+)", text)
    if m:
        _add_address(net, m.group(1), _prefix(m.group(2)))
    elif text.startswith("inet "):
        _add_address(net, text.split()[1].replace("addr:", ""), None)
    m = re.match(r"^inet6 (?:addr:\s*)?(\S+)(?:\s+prefixlen (\d+))?", text)
    if m:
        _add_address(net, m.group(1), int(m.group(2)) if m.group(2) else None)
    m = re.match(r"^ether (\S+)", text)
    if m:
        net.type, net.mac = 1, m.group(1).lower()
    if re.match(r"^unspec ", text):
        net.type = 65534
    elif re.match(r"^ppp ", text):
        net.type = 512
    elif re.match(r"^loop ", text):
        net.type = 772
    m = re.match(r"^(UP|DOWN|BROADCAST|POINTOPOINT|RUNNING|NOARP|MULTICAST|LOOPBACK)\b(.*?)MTU:(\d+)", text)
    if m:
        flags = re.findall(r"[A-Z]+", text.split("MTU:")[0])
        net.flags = ",".join(flags)
        net.mtu = int(m.group(3))
        if "UP" in flags:
            net.carrier = "RUNNING" in flags
    for direction, attr in (("RX", "rx_bytes"), ("TX", "tx_bytes")):
        m = re.search(r"\b%s (?:packets \d+\s+)?bytes[: ](\d+)" % direction, text)
        if m:
            setattr(net, attr, int(m.group(1)))
