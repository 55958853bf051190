"""DHCP client output: ISC dhclient, busybox udhcpc, dhcpcd.

Real dhclient sample (simcom case)::

    Internet Systems Consortium DHCP Client 4.3.5
    Listening on LPF/wwan0/06:9c:1b:8b:4c:4a
    DHCPREQUEST of 10.122.253.158 on wwan0 to 255.255.255.255 port 67 (xid=0x6df9ef7a)
    DHCPACK of 10.122.253.158 from 10.122.253.157
    bound to 10.122.253.158 -- renewal in 2782 seconds.

and the raw-ip failure ``Unsupported device type 65534 for "wwan0"`` (ISC
``common/lpf.c``), which also tells the interface's ARPHRD type. udhcpc:
"udhcpc: sending discover", "udhcpc: no lease, failing", "udhcpc: lease of
10.0.0.2 obtained, lease time 7200". dhcpcd: "wwan0: soliciting a DHCP
lease", "wwan0: leased 10.0.0.2 for 7200 seconds", "timed out".
Lines become LogLines with origin dhclient/udhcpc/dhcpcd, the client is
recorded as a tool in use, and an obtained lease adds the address to the
interface.
"""
from __future__ import annotations

import re
from typing import List, Optional

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import add_tool, command_tool, net_interface, tool_line
from wwandoctor.sentences import is_long_prose
from wwandoctor.snapshot import Snapshot

KIND = "dhcp"
COMMANDS = ("dhclient", "udhcpc", "dhcpcd")
PRIORITY = 180

IP = r"\d{1,3}(?:\.\d{1,3}){3}"
_DHCLIENT = regex_cache.compile(
    r"Internet Systems Consortium DHCP Client|Copyright \d{4}-\d{4} Internet Systems Consortium|"
    r"^All rights reserved\.|isc\.org/software/dhcp|^(?:Listening|Sending) on\s+(?:LPF|Socket|BPF|RAW)/|"
    r"^DHCP(?:DISCOVER|REQUEST|OFFER|ACK|NAK|DECLINE|RELEASE|INFORM)\b|^bound to %s|"
    r"^No DHCPOFFERS received|^No working leases|Unsupported device type \d+ for|"
    r"^receive_packet failed|^send_packet: |^RTNETLINK answers: |^Trying recorded lease|"
    r"^This version of ISC DHCP|^Please report|^If you think you have received this message|^exiting\.|"
    r"^ISC DHCP|^dhclient|configuration issue please read|^bugs on either our web page|"
    r"^before submitting a bug|^process and the information we find helpful|^These pages explain|^mailing list|^exiting\b|^Failed to get interface index|^execve \(" % IP)
_UDHCPC = regex_cache.compile(r"^udhcpc\b|^(?:Sending|Broadcasting) (?:discover|select|renew)|^Lease of %s obtained|"
                              r"^No lease, failing|^Performing a DHCP renew|^Entering released state|^Received DHCP NAK"
                              % IP, re.I)
_DHCPCD = regex_cache.compile(r"^dhcpcd(?:-[\d.]+|\[\d+\])?[: ]|^[\w.-]+: (?:soliciting a DHCP lease|offered %s|leased %s|"
                              r"adding (?:route|address|default route)|probing address|rebinding lease|"
                              r"carrier (?:acquired|lost)|waiting for carrier|no IPv6 Routers|IAID |DHCP lease expired|"
                              r"using static address|removing interface|deleting (?:route|address)|unsupported interface type 0x[0-9a-f]+)|^timed out$"
                              % (IP, IP))
_IFACE_ARG = regex_cache.compile(r"(?:^|\s)(?:-i\s*|--interface[ =])([\w.-]+)")
_LPF = regex_cache.compile(r"^(?:Listening|Sending) on\s+\w+/([\w.-]+)/((?:[0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2})")
_ON_IFACE = regex_cache.compile(r"\bon ([\w.-]+) to \S+ port")
_BOUND = regex_cache.compile(r"^bound to (%s)" % IP)
_UNSUPPORTED = regex_cache.compile(r'Unsupported device type (\d+) for "([\w.-]+)"')
_UDHCPC_LEASE = regex_cache.compile(r"lease of (%s) obtained" % IP, re.I)
_DHCPCD_LEASE = regex_cache.compile(r"^([\w.-]+): leased (%s)" % IP)


# a sentence that opens with a client's name ("dhclient does not support this kind of link at all, ..."): a person's
# words about the client, left for the prose reader; the clients' own lines after their name are short or prefixed
_NAMED_IN_SENTENCE = regex_cache.compile(r"^(?:dhclient|udhcpc|dhcpcd)\s+(?!\S*:)")


def _client_of(line: str) -> Optional[str]:
    text = line.strip()
    if _NAMED_IN_SENTENCE.match(text) and is_long_prose(text):
        return None
    if _DHCLIENT.search(text):
        return "dhclient"
    if _UDHCPC.search(text):
        return "udhcpc"
    if _DHCPCD.search(text):
        return "dhcpcd"
    return None


def detect(block: Block) -> int:
    tool = command_tool(block.command)
    lines = block.content(100)
    hits = sum(1 for ln in lines if _client_of(ln))
    if tool in COMMANDS and (hits or not lines):
        return 85
    if not hits:
        return 0
    return 80 if hits * 2 >= len(lines) else 40


def parse(block: Block, snap: Snapshot) -> List[str]:
    source = "paste:" + (block.name or "-")
    cmd_tool = command_tool(block.command)
    iface = _iface_from_command(block.command or "")
    seen = set()
    left: List[str] = []
    for line in block.lines:
        if not line.strip():
            continue
        client = _client_of(line)
        if client is None:
            left.append(line)
            continue
        if client == "dhclient" and cmd_tool in ("udhcpc", "dhcpcd") and line.startswith("RTNETLINK"):
            client = cmd_tool
        tool_line(snap, client, line, source)
        if client not in seen:
            add_tool(snap, client, ("$ " + block.command) if cmd_tool == client else line.strip())
            seen.add(client)
        iface = _facts(snap, line.strip(), iface)
    if seen:
        snap.set_source("paste:dhcp", "ok")
    return left


def _iface_from_command(cmd: str) -> Optional[str]:
    m = _IFACE_ARG.search(cmd)
    if m:
        return m.group(1)
    words = cmd.split()
    if words and command_tool(cmd) in ("dhclient", "dhcpcd") and re.match(r"^[a-z][\w.-]*\d\w*$", words[-1]):
        return words[-1]
    return None


def _add_address(snap: Snapshot, iface: Optional[str], address: str) -> None:
    if not iface:
        return
    net = net_interface(snap, iface)
    if net.addresses is None:
        net.addresses = []
    if not any(a.split("/")[0] == address for a in net.addresses):
        net.addresses.append(address)


_VERSIONS = (("dhclient", regex_cache.compile(r"^Internet Systems Consortium DHCP Client (\S+)")),
             ("udhcpc", regex_cache.compile(r"^udhcpc(?:: started, | \()v(\d[\w.]*)")),
             ("dhcpcd", regex_cache.compile(r"^dhcpcd-(\d[\w.]*) starting")))


def note_version(snap: Snapshot, text: str) -> None:
    """A DHCP client's banner ("udhcpc: started, v1.30.1") gives its version."""
    for tool, pattern in _VERSIONS:
        v = pattern.match(text.strip())
        if v:
            snap.versions.setdefault(tool, v.group(1))


def message_facts(snap: Snapshot, text: str) -> None:
    """Facts of one DHCP client message logged through syslog/journal ("dhclient[812]: Unsupported
    device type 65534 for "wwp0s20f0u6i12"", "Listening on LPF/wwan0/..."): the interface and its type."""
    _facts(snap, text.strip(), None)


def _facts(snap: Snapshot, text: str, iface: Optional[str]) -> Optional[str]:
    note_version(snap, text)
    m = _LPF.match(text)
    if m:
        iface = m.group(1)
        net = net_interface(snap, iface)
        net.mac = net.mac or m.group(2).lower()
        if net.type is None:  # ISC dhclient's packet filter takes only Ethernet-framed links (common/lpf.c get_hw_addr)
            net.type = 1
        return iface
    m = _ON_IFACE.search(text)
    if m:
        return m.group(1)
    m = _UNSUPPORTED.search(text)
    if m:
        net = net_interface(snap, m.group(2))
        if net.type is None:
            net.type = int(m.group(1))
        return m.group(2)
    m = _BOUND.match(text) or _UDHCPC_LEASE.search(text)
    if m:
        _add_address(snap, iface, m.group(1))
        return iface
    m = _DHCPCD_LEASE.match(text)
    if m:
        _add_address(snap, m.group(1), m.group(2))
        return m.group(1)
    return iface
