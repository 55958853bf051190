"""A modem that no device list identifies, but that the input shows exists.

A control port a tool opened (``[/dev/cdc-wdm0] ...``, ``/dev/wwan0mbim0``), a WWAN interface a
message names (``wwan0``, ``wwp0s20u4i6``) or a ModemManager modem (``[modem0]``, ``.../ModemManager1/Modem/0``) proves a modem is there even when no
lsusb, dmesg or sysfs line names its VID:PID. It becomes one *unidentified* modem (id
``unidentified:<anchor>``), so the report says what is and is not known about it and modem
rules can weigh it; when any device is identified, the anchors add nothing.
"""
from __future__ import annotations

import re
from typing import Iterable, List

from wwandoctor.model.types import Evidence, Modem
from wwandoctor.snapshot import LogLine

_CONTROL_RE = re.compile(r"/dev/(cdc-wdm\d+|wwan\d+(?:qmi|mbim|at|xmmrpc|firehose)\d+)\b")
# qmicli --get-expected-data-format prints the kernel's framing of the control port's netdev as a bare word
_EXPECTED_FORMAT_RE = re.compile(r"^\s*(raw-ip|802-3)\s*$")
# a WWAN network interface a message names ("Unsupported device type 65534 for wwan0")
_NET_RE = re.compile(r"\b(wwan\d+|wwp\w+|wwx[0-9a-f]{12})\b")
_MM_MODEM_RE = re.compile(r"\[modem(\d+)[\]/]|/org/freedesktop/ModemManager1/Modems?/(\d+)")


def anchored_modems(modems: List[Modem], lines: Iterable[LogLine]) -> List[Modem]:
    """One unidentified modem when nothing identifies a modem but a control port or ModemManager modem is seen."""
    if modems:
        return []
    ports: List[str] = []
    port_lines: List[str] = []
    nets: List[str] = []
    mm_line = None
    framing = None
    for line in lines:
        if line.origin == "qmicli" and _EXPECTED_FORMAT_RE.match(line.text):
            framing = line.text.strip()
        for port in _CONTROL_RE.findall(line.text):
            if port not in ports:
                ports.append(port)
                port_lines.append(line.text)
        for net in _NET_RE.findall(line.text):
            if net not in nets and not _CONTROL_RE.search("/dev/" + net):
                nets.append(net)
        if mm_line is None and _MM_MODEM_RE.search(line.text):
            mm_line = line.text
    if not ports and not nets and mm_line is None:
        return []
    # the id must not carry personal data: wwx names hold the MAC address
    net_anchor = next((n for n in nets if not n.startswith("wwx")), "wwan-link") if nets else None
    m = Modem(id="unidentified:" + (ports[0] if ports else net_anchor or "modemmanager"))
    if nets:
        m.net_ports = nets
    if ports:
        m.control_ports = ports
        m.evidence["control_ports"] = [Evidence("paste", text) for text in port_lines[:3]]
    if mm_line is not None:
        m.note("mm_known", True, "ModemManager", mm_line)
    if framing and ports:
        m.note("raw_ip", framing == "raw-ip", "qmicli", "--get-expected-data-format: %s" % framing)
    return [m]
