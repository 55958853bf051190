"""The tools a person uses on the modem (qmicli, ModemManager, dhclient, ...) and the protocols they speak.

From ``snapshot.tools`` (--tool, pasted tool output), ``snapshot.processes`` (``ps``), ``snapshot.configs``
(ifupdown, netplan, OpenWrt, qmi-network.conf) and DHCP client log lines:
    root  812  qmicli -d /dev/cdc-wdm0 --wds-start-network=...  -> host.tools ["qmicli"], tools_protocols ["qmi"]
    iface wwan0 inet dhcp (/etc/network/interfaces)             -> modem.net_dhcp_clients ["dhclient"]
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.model.net import net_framing
from wwandoctor.model.types import Evidence, Host, Modem
from wwandoctor.snapshot import Snapshot

TOOL_PROTOCOLS = {
    "qmicli": "qmi", "qmi-network": "qmi", "uqmi": "qmi", "quectel-cm": "qmi", "gobinet": "qmi",
    "mbimcli": "mbim", "mbim-network": "mbim", "umbim": "mbim",
    "modemmanager": "mm", "networkmanager": "mm",
    "dhclient": "dhcp", "udhcpc": "dhcp", "dhcpcd": "dhcp", "systemd-networkd": "dhcp",
    "pppd": "at", "at": "at", "netifd": "netifd",
}
PROCESS_TOOLS = {
    "qmicli": "qmicli", "qmi-network": "qmi-network", "uqmi": "uqmi", "quectel-CM": "quectel-cm",
    "quectel-cm": "quectel-cm", "mbimcli": "mbimcli", "mbim-network": "mbim-network", "umbim": "umbim",
    "ModemManager": "modemmanager", "NetworkManager": "networkmanager", "dhclient": "dhclient",
    "udhcpc": "udhcpc", "dhcpcd": "dhcpcd", "systemd-networkd": "systemd-networkd", "pppd": "pppd",
    "netifd": "netifd", "minicom": "at", "picocom": "at", "microcom": "at",
}
CONFIG_TOOLS = {
    ("qmi-network", None): "qmi-network", ("mbim-network", None): "mbim-network",
    ("openwrt", "qmi"): "uqmi", ("openwrt", "mbim"): "umbim", ("openwrt", "modemmanager"): "modemmanager",
    ("openwrt", "ncm"): "at", ("ifupdown", "dhcp"): "dhclient", ("networkd", "dhcp"): "systemd-networkd",
    ("networkmanager", None): "networkmanager", ("netplan", "dhcp"): "systemd-networkd",
}
MANUAL_TOOLS = {"qmicli", "uqmi", "quectel-cm", "mbimcli", "umbim", "at"}
# ifupdown stanza commands that run a modem tool ("pre-up qmi-network /dev/cdc-wdm0 start")
IFUPDOWN_HOOKS = ("pre-up", "up", "post-up")
HOOK_TOOL_RE = regex_cache.compile(r"(?:^|[\s/])(qmicli|qmi-network|mbimcli|mbim-network|uqmi|umbim|quectel-CM|udhcpc|pppd)(?=\s|$)")
# QMI tools that always set up the data path (connect, framing, DHCP) themselves
QMI_DATA_TOOLS = {"qmi-network", "uqmi", "quectel-cm", "gobinet"}
# qmicli used for the data path: starting a call, forcing the QMI transport on the port, or libqmi's
# warning that the port is not QMI (libqmi src/libqmi-glib/qmi-device.c:2635,2653 "requested QMI mode
# but unexpected transport type found"); "Network started" / "Packet data handle" is what
# --wds-start-network prints (src/qmicli/qmicli-wds.c)
QMI_DATA_RE = regex_cache.compile(r"--wds-start-network|--device-open-qmi\b|unexpected transport type|Network started|Packet data handle")


def _is_dhcp(tool: Optional[str]) -> bool:
    return TOOL_PROTOCOLS.get(tool or "") == "dhcp"


def _mbim_if_qmi_over_mbim(tool: str, command) -> Optional[str]:
    """qmicli --device-open-mbim sends QMI inside MBIM messages: it speaks MBIM to the port.
    ``command`` is the argument list of a process or the command line of a config hook."""
    return "mbim" if tool == "qmicli" and "--device-open-mbim" in command else None


def _add_tool(host: Host, tool: str, source: str, text: str, proto: Optional[str] = None,
              where: Tuple[str, ...] = ()) -> None:
    """Add a tool (and its protocol) to host.tools / tools_protocols, and to stated_tools unless only running
    (``where``: the input lines that say so, see Evidence)."""
    if source != "processes" and tool not in host.stated_tools:
        host.stated_tools.append(tool)
        host.evidence.setdefault("stated_tools", []).append(Evidence(source, text, where))
    if tool not in host.tools:
        host.tools.append(tool)
        host.evidence.setdefault("tools", []).append(Evidence(source, text, where))
    proto = proto or TOOL_PROTOCOLS.get(tool)
    if proto and proto not in host.tools_protocols:
        host.tools_protocols.append(proto)
        host.evidence.setdefault("tools_protocols", []).append(Evidence(source, text, where))


def host_tools(snap: Snapshot, host: Host) -> None:
    """host.tools, stated_tools, tools_protocols, manual_tools_running, dhcp_clients."""
    for use in snap.tools:
        _add_tool(host, use.tool, use.source, use.evidence or use.tool,
                  _mbim_if_qmi_over_mbim(use.tool, use.evidence or ""))
    for proc in snap.processes or []:
        tool = PROCESS_TOOLS.get(proc.name)
        if tool:
            _add_tool(host, tool, "processes", "running: %s" % " ".join(proc.args or [proc.name])[:200],
                      _mbim_if_qmi_over_mbim(tool, proc.args))
    for cfg in snap.configs:
        _config_tools(cfg, host)
    prose_tools = _prose_tools(snap, host)
    if snap.processes is not None:
        manual = [p.name for p in snap.processes if PROCESS_TOOLS.get(p.name) in MANUAL_TOOLS
                  and not any(a in ("-p", "--device-open-proxy") for a in p.args)]
        host.note("manual_tools_running", manual, "processes",
                  "manual modem tools running: %s" % (", ".join(manual) or "none"))
    if host.tools or snap.processes is not None:
        host.dhcp_clients = [t for t in host.tools if _is_dhcp(t)]
    _qmi_data_path(snap, host, prose_tools)


def _prose_tools(snap: Snapshot, host: Host) -> List[str]:
    """The tools the post's sentences say the person uses ("I'm using qmicli", "via ModemManager"), as
    ``--tool`` would give them, unless the paste shows a tool of the same kind (the output or command
    the person pasted says what was used; a sentence may name what was tried before)."""
    from wwandoctor.model.prose import tools_named
    from wwandoctor.model.signals import prose_text_lines
    shown = {TOOL_PROTOCOLS.get(t) for t in host.tools}
    named = [n for n in tools_named(prose_text_lines(snap)) if TOOL_PROTOCOLS.get(n.tool) not in shown]
    for n in named:
        _add_tool(host, n.tool, "prose", "the post names %s: %s" % (n.tool, n.sentence),
                  _mbim_if_qmi_over_mbim(n.tool, n.sentence), (n.where,))
    return [n.tool for n in named]


def _qmi_data_path(snap: Snapshot, host: Host, prose_tools: List[str]) -> None:
    """host.qmi_data_path: is QMI used to carry data (start the call, then DHCP), not only to send a
    control request? qmicli opens ports in auto mode since libqmi 1.18 and tunnels QMI over MBIM, so
    "qmicli -p --dms-set-fcc-authentication" on a cdc_mbim port is fine (ModemManager's own FCC
    unlock script does it); "--wds-start-network" there is not."""
    if "qmi" not in host.tools_protocols:
        return
    data_tools = [t for t in host.tools if t in QMI_DATA_TOOLS]
    # --tool NAME says what the person uses to connect (DESIGN.md section 5); qmicli is both a
    # control and a connection tool, so its pasted commands (below) say which, when there are some
    cli_tools = [u.tool for u in snap.tools if u.source == "cli" and TOOL_PROTOCOLS.get(u.tool) == "qmi"]
    # a tool the post's sentences name counts the same way (model.prose)
    cli_tools += [t for t in prose_tools if TOOL_PROTOCOLS.get(t) == "qmi"]
    data_tools += [t for t in cli_tools if t != "qmicli"]
    if data_tools:
        host.note("qmi_data_path", True, "tools", "QMI data-path tool: %s" % ", ".join(data_tools))
        return
    texts = [u.evidence for u in snap.tools if u.tool == "qmicli" and u.evidence]
    texts += [" ".join(p.args) for p in snap.processes or [] if p.name == "qmicli"]
    texts += [l.text for l in snap.log if l.origin.lower() in ("qmicli", "qmi-network")]
    texts += [c for cfg in snap.configs for key in IFUPDOWN_HOOKS for c in (cfg.settings.get(key) or "").splitlines()
              if "qmicli" in c]
    found = next((t for t in texts if QMI_DATA_RE.search(t)), None)
    if found:
        host.note("qmi_data_path", True, "qmicli", found[:200])
    elif host.dhcp_clients:
        # qmicli plus a DHCP client: the person started the call with qmicli and asks DHCP for the address
        host.note("qmi_data_path", True, "tools", "qmicli with the DHCP client %s" % ", ".join(host.dhcp_clients))
    else:
        commands = [t for t in texts if re.search(r"qmicli\b.*\s--?\w", t)]
        if commands:
            host.note("qmi_data_path", False, "qmicli", "qmicli only sends control requests: %s" % commands[0][:200])
        elif cli_tools:
            host.note("qmi_data_path", True, "tools", "QMI data-path tool: %s" % ", ".join(cli_tools))


def _config_tools(cfg, host: Host) -> None:
    """The tool a configuration file sets up, and the tools its ifupdown hooks run."""
    tool = CONFIG_TOOLS.get((cfg.kind, cfg.protocol)) or CONFIG_TOOLS.get((cfg.kind, None))
    if tool:
        _add_tool(host, tool, "config", "%s (%s%s)" % (cfg.path, cfg.kind, ", proto " + cfg.protocol if cfg.protocol else ""))
    for key in IFUPDOWN_HOOKS if cfg.kind == "ifupdown" else ():
        for command in (cfg.settings.get(key) or "").splitlines():  # "pre-up qmi-network /dev/cdc-wdm0 start"
            found = HOOK_TOOL_RE.search(command)
            if found:
                _add_tool(host, PROCESS_TOOLS[found.group(1)], "config", "%s: %s %s" % (cfg.path, key, command[:150]),
                          _mbim_if_qmi_over_mbim(found.group(1), command))


def attach_tools(m: Modem, host: Host) -> None:
    """The host's tools are the modem's (a person runs them on the one modem the post is about)."""
    m.tools = list(host.tools)
    m.tools_protocols = list(host.tools_protocols)
    m.qmi_data_path = host.qmi_data_path
    if host.qmi_data_path is not None:
        m.evidence["qmi_data_path"] = list(host.evidence.get("qmi_data_path", []))
    if host.tools:
        m.evidence["tools"] = list(host.evidence.get("tools", []))
        m.evidence["tools_protocols"] = list(host.evidence.get("tools_protocols", []))


def dhcp_on_net(m: Modem, snap: Snapshot) -> None:
    """DHCP clients aimed at this modem's net port: a process whose arguments name it, a config
    for it, client output about it, or a client the person named (--tool: the post is about this link)."""
    ports = set(m.net_ports or [])
    if not ports:
        return
    if m.framing and len(ports) > 1:  # modem.framing is the main port's: skip ports framed otherwise (EM7455 wwan1)
        framings = {n.name: net_framing(n) for n in snap.net_interfaces if n.name in ports}
        ports = {p for p in ports if framings.get(p) in (None, m.framing)}
    found = _dhcp_clients_on(ports, snap)
    observed = snap.processes is not None or bool(snap.configs) or bool(found) or any(
        _is_dhcp(l.origin.lower()) for l in snap.log)
    if observed:
        m.net_dhcp_clients = list(found)
        m.evidence["net_dhcp_clients"] = list(found.values()) or [
            Evidence("processes", "no DHCP client seen on %s" % ", ".join(sorted(ports)))]


def _dhcp_clients_on(ports: set, snap: Snapshot) -> dict:
    """{client: the first evidence of it on one of ``ports``}, in the order found."""
    found = {}

    def add(tool: str, source: str, text: str) -> None:
        if tool not in found:
            found[tool] = Evidence(source, text)

    for proc in snap.processes or []:
        tool = PROCESS_TOOLS.get(proc.name)
        if _is_dhcp(tool) and ports & {a.split("/")[-1] for a in proc.args}:
            add(tool, "processes", "running: %s" % " ".join(proc.args)[:200])
    for cfg in snap.configs:
        tool = CONFIG_TOOLS.get((cfg.kind, cfg.protocol))
        if _is_dhcp(tool) and ports & set(cfg.interfaces):
            add(tool, "config", "%s configures DHCP on %s" % (cfg.path, ", ".join(sorted(ports & set(cfg.interfaces)))))
    for line in snap.log:
        if _is_dhcp(line.origin.lower()) and any(re.search(r"\b%s\b" % re.escape(p), line.text) for p in ports):
            add(line.origin.lower(), line.origin, line.text)
    for use in snap.tools:
        if use.source == "cli" and _is_dhcp(use.tool):
            add(use.tool, "cli", use.evidence or use.tool)
    return found
