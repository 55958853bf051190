"""qmicli output (libqmi's command-line tool).

Real samples::

    $ sudo qmicli -d /dev/cdc-wdm1 --dms-get-operating-mode
    [/dev/cdc-wdm1] Operating mode retrieved:
        Mode: 'low-power'
        HW restricted: 'no'

    rogan@nemesis:~$ sudo qmicli -p -d /dev/cdc-wdm0 --dms-get-msisdn
    error: couldn’t get MSISDN: QMI protocol error (37): ‘UimUninitialized’

Also start-network results ("Network started", "Packet data handle: '...'",
"error: couldn't start network: QMI protocol error (14): 'CallFailed'",
"call end reason (...)"), ``--wda-get-data-format`` ("Link layer protocol:
'raw-ip'"), ``--get-expected-data-format`` (a bare "raw-ip"/"802-3"),
``--get-wwan-iface`` (a bare "wwan0"), current settings ("IPv4 address: ..."),
card status ("Card state: 'absent'"). Every output line is kept as a LogLine
(origin "qmicli", typographic quotes made ASCII) and the person is recorded
as using qmicli; the kernel framing and the cdc-wdm -> netdev mapping are
filled when the command says which port it asked about.
"""
from __future__ import annotations

import re
from typing import List, Optional

from wwandoctor import regex_cache
from wwandoctor.ingest import glib_cli
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import command_tool, net_interface, plain_quotes
from wwandoctor.snapshot import Snapshot

KIND = "qmicli"
COMMANDS = ("qmicli",)
PRIORITY = 220

_SPECIFIC = regex_cache.compile(
    r"QMI protocol error|QmiDevice|couldn't (?:start network|create client|get|set|allocate|open the Qmi)|"
    r"Operating mode retrieved|HW restricted:|Packet data handle|Link layer protocol:|call end reason|"
    r"Card state:|Application state:|\bUIM\b|\bWDS\b|\bDMS\b|\bNAS\b|\bWDA\b|Network started|Network stopped|"
    r"\[/dev/[\w-]+\] (?:Operating|Device|IMEI|Signal|Serving|System|Current settings|Data format|"
    r"Client ID|Network|Revision|Model|Manufacturer|Card status|Home network|Connection status|"
    r"Packet service|Capabilities|PIN|Profile|Successfully)")
_DEVICE_ARG = regex_cache.compile(r"(?:-d|--device)[ =](\S+)")
_BARE_VALUE = regex_cache.compile(r"^\s*(raw-ip|802-3|qmap-pass-through|unknown)\s*$")
_NETDEV = regex_cache.compile(r"^\s*([a-z][\w.-]{1,15})\s*$")


def _mine(text: str) -> bool:
    return glib_cli.is_mine(_SPECIFIC, text)


def detect(block: Block) -> int:
    lines = block.content(100)
    if (command_tool(block.command) != "qmicli" and any("mbim" in ln.lower() for ln in lines)
            and not any("QMI" in ln or "Qmi" in ln for ln in lines)):
        return 20 if any(_mine(ln) for ln in lines) else 0
    return glib_cli.detect_score(block, "qmicli", _mine, 75)


def parse(block: Block, snap: Snapshot) -> List[str]:
    cmd = plain_quotes(block.command or "")
    port = [_port_from(cmd)]  # the control port asked about, updated by "[/dev/cdc-wdm0] ..." lines

    def on_line(text: str) -> None:
        m = glib_cli.PORT.match(text)
        if m:
            port[0] = m.group(1)
        _facts(snap, cmd, port[0], text)

    return glib_cli.read_output(block, snap, "qmicli", _mine, on_line)


def _port_from(cmd: str) -> Optional[str]:
    m = _DEVICE_ARG.search(cmd)
    return m.group(1) if m else None


def _netdevs_of(snap: Snapshot, port: Optional[str]) -> List[str]:
    """Net interfaces of the USB interface that owns control port ``port`` (/dev/cdc-wdm0)."""
    if not port:
        return []
    name = port.rsplit("/", 1)[-1]
    for dev in snap.usb_devices:
        for intf in dev.interfaces:
            if name in intf.control_ports:
                return list(intf.net)
    return []


def _facts(snap: Snapshot, cmd: str, port: Optional[str], text: str) -> None:
    if "--get-expected-data-format" in cmd:
        m = _BARE_VALUE.match(text)
        if m and m.group(1) in ("raw-ip", "802-3"):
            for name in _netdevs_of(snap, port):
                net_interface(snap, name).raw_ip = m.group(1) == "raw-ip"
    if "--get-wwan-iface" in cmd and port:
        m = _NETDEV.match(text)
        if m and not text.strip().startswith("error"):
            wdm = port.rsplit("/", 1)[-1]
            for dev in snap.usb_devices:
                for intf in dev.interfaces:
                    if wdm in intf.control_ports and m.group(1) not in intf.net:
                        intf.net.append(m.group(1))
            net_interface(snap, m.group(1))
