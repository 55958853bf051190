"""Network configuration files that name WWAN interfaces, control ports or modem protocols -> ConfigFile.

Text in, ``ConfigFile`` out: used by the live collector (:mod:`wwandoctor.collect.configs`, which reads the
files) and by the pasted-output parser (:mod:`wwandoctor.ingest.uci`). Only entries about modems are kept
(interfaces ``wwan*``, ``ww*``, ``usb0``, ``ppp0``, ``rmnet*``, ``/dev/cdc-wdm*``, or a modem protocol);
values are kept raw (redaction happens later). The samples of each format are in
:mod:`wwandoctor.collect.configs`.
"""
from __future__ import annotations

import fnmatch
import re
from typing import Dict, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.drivers import IN_TREE_NET_DRIVERS
from wwandoctor.snapshot import ConfigFile

WWAN_IFACE_RE = regex_cache.compile(r"^(?:wwan\d*|ww[a-z0-9]+|usb\d+|ppp\d+|rmnet\w*|mhi\w*|qmimux\d+|cdc-wdm\d+)$")
CONTROL_PORT_RE = regex_cache.compile(r"/dev/(?:cdc-wdm\d+|wwan\d+(?:qmi|mbim|at)\d+|ttyUSB\d+|ttyACM\d+)")
MODEM_PROTOCOLS = ("qmi", "mbim", "ncm", "modemmanager", "3g", "wwan", "qmapv5", "directip", "quectel")
SAMPLE_NAMES = ("wwan0", "wwp0s20u7c2i12", "usb0", "cdc-wdm0", "ppp0")


# --- small parsers ---------------------------------------------------------------

def parse_ini(text: str) -> Dict[str, Dict[str, str]]:
    """INI/keyfile/.network sections; repeated keys are joined with a space."""
    sections: Dict[str, Dict[str, str]] = {}
    current = sections.setdefault("", {})
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
            continue
        key, sep, value = line.partition("=")
        if sep:
            key, value = key.strip(), value.strip()
            current[key] = (current[key] + " " + value) if key in current else value
    return sections


def parse_shell_vars(text: str) -> Dict[str, str]:
    """``KEY=value`` lines (qmi-network.conf, usb_modeswitch.conf); quotes removed."""
    values = {}
    for raw in text.splitlines():
        line = raw.strip()
        m = re.match(r"^(?:export\s+)?([A-Za-z_][\w]*)\s*=\s*(.*)$", line)
        if m and not line.startswith("#"):
            value = m.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            values[m.group(1)] = value
    return values


def _ports(text: str) -> List[str]:
    return sorted(set(CONTROL_PORT_RE.findall(text)))


def _names_wwan(name: str) -> bool:
    """True for a WWAN interface name or a glob that matches one ("ww*", "wwan[0-9]")."""
    if WWAN_IFACE_RE.match(name):
        return True
    if any(c in name for c in "*?["):
        return any(fnmatch.fnmatchcase(sample, name) for sample in SAMPLE_NAMES) and name not in ("*", "*?")
    return False


# --- ifupdown ----------------------------------------------------------------------

def parse_ifupdown(path: str, text: str) -> List[ConfigFile]:
    """One ConfigFile per ``iface`` stanza about a WWAN interface (or mentioning a modem tool/port)."""
    found, current = [], None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        words = line.split()
        if words[0] == "iface" and len(words) >= 4:
            current = ConfigFile(path=path, kind="ifupdown", protocol=words[3], interfaces=[words[1]],
                                 settings={"family": words[2], "method": words[3]})
            found.append(current)
        elif words[0] in ("auto", "allow-hotplug", "mapping", "source", "source-directory") or words[0].startswith("allow-"):
            current = None
        elif current is not None:
            key, value = words[0], " ".join(words[1:])
            current.settings[key] = (current.settings[key] + "\n" + value) if key in current.settings else value
    kept = []
    for cfg in found:
        body = "\n".join(cfg.settings.values())
        cfg.control_ports = _ports(body)
        tools = re.search(r"\b(qmicli|qmi-network|mbimcli|mbim-network|uqmi|umbim|quectel-CM|udhcpc|pppd)\b", body)
        if _names_wwan(cfg.interfaces[0]) or cfg.control_ports or tools:
            kept.append(cfg)
    return kept


# --- netplan ----------------------------------------------------------------------------

def parse_netplan(path: str, text: str) -> Tuple[List[ConfigFile], Optional[str]]:
    """Netplan ``modems:`` entries and WWAN-named ``ethernets:``; (configs, error)."""
    import yaml
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        return [], "%s: not valid YAML (%s)" % (path, str(exc).splitlines()[0])
    network = data.get("network") if isinstance(data, dict) else None
    if not isinstance(network, dict):
        return [], None
    found = []
    for section, entries in network.items():
        if not isinstance(entries, dict) or section in ("version", "renderer"):
            continue
        for name, conf in entries.items():
            conf = conf if isinstance(conf, dict) else {}
            match = conf.get("match") if isinstance(conf.get("match"), dict) else {}
            iface = str(conf.get("set-name") or match.get("name") or name)
            driver = str(match.get("driver") or "")
            if section != "modems" and not _names_wwan(iface) and driver not in IN_TREE_NET_DRIVERS:
                continue
            settings = {k: _scalar(v) for k, v in conf.items() if not isinstance(v, (dict, list))}
            settings["section"] = section
            if driver:
                settings["match.driver"] = driver
            protocol = "modemmanager" if section == "modems" else _netplan_method(conf)
            ports = ["/dev/" + iface] if iface.startswith("cdc-wdm") else []
            found.append(ConfigFile(path=path, kind="netplan", protocol=protocol, interfaces=[iface],
                                    control_ports=ports, settings=settings))
    return found, None


def _scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _netplan_method(conf: dict) -> str:
    if conf.get("dhcp4") in (True, "true", "yes") or conf.get("dhcp6") in (True, "true", "yes"):
        return "dhcp"
    return "static" if conf.get("addresses") else "manual"


# --- NetworkManager keyfiles ------------------------------------------------------------

NM_KEEP = ("connection.id", "connection.type", "connection.interface-name", "connection.autoconnect",
           "gsm.apn", "gsm.username", "gsm.password", "gsm.pin", "gsm.number", "gsm.device-id",
           "gsm.sim-id", "gsm.auto-config", "gsm.mtu", "cdma.number", "ipv4.method", "ipv6.method",
           "ethernet.mac-address")


def parse_nm_keyfile(path: str, text: str) -> Optional[ConfigFile]:
    """A NetworkManager profile of type gsm/cdma, or one bound to a WWAN interface name."""
    ini = parse_ini(text)
    conn = ini.get("connection", {})
    ctype = conn.get("type", "")
    iface = conn.get("interface-name", "")
    if ctype not in ("gsm", "cdma") and not (iface and _names_wwan(iface)):
        return None
    settings = {}
    for dotted in NM_KEEP:
        section, key = dotted.split(".", 1)
        if key in ini.get(section, {}):
            settings[dotted] = ini[section][key]
    method = ini.get("ipv4", {}).get("method", "")
    protocol = "modemmanager" if ctype in ("gsm", "cdma") else {"auto": "dhcp", "manual": "static"}.get(method, method or None)
    ports = ["/dev/" + iface] if iface.startswith("cdc-wdm") else []
    return ConfigFile(path=path, kind="networkmanager", protocol=protocol,
                      interfaces=[iface] if iface else [], control_ports=ports, settings=settings)


# --- systemd-networkd ---------------------------------------------------------------------

def parse_networkd(path: str, text: str) -> Optional[ConfigFile]:
    ini = parse_ini(text)
    match = ini.get("Match", {})
    names = match.get("Name", "").split()
    drivers = match.get("Driver", "").split()
    if not any(_names_wwan(n) for n in names) and not any(d in IN_TREE_NET_DRIVERS for d in drivers):
        return None
    network = ini.get("Network", {})
    dhcp = network.get("DHCP", "no").lower()
    protocol = "dhcp" if dhcp in ("yes", "true", "ipv4", "ipv6", "1") else ("static" if network.get("Address") else "manual")
    settings = {"Match." + k: v for k, v in match.items()}
    settings.update({"Network." + k: v for k, v in network.items()})
    settings.update({"Link." + k: v for k, v in ini.get("Link", {}).items()})
    return ConfigFile(path=path, kind="networkd", protocol=protocol, interfaces=names, settings=settings)


# --- OpenWrt UCI --------------------------------------------------------------------------

def parse_uci_network(path: str, text: str) -> List[ConfigFile]:
    """``config interface`` sections of /etc/config/network with a modem protocol or WWAN device."""
    sections: List[Tuple[str, str, Dict[str, str]]] = []
    for raw in text.splitlines():
        words = _uci_words(raw)
        if not words:
            continue
        if words[0] == "config":
            sections.append((words[1] if len(words) > 1 else "", words[2] if len(words) > 2 else "", {}))
        elif words[0] in ("option", "list") and sections and len(words) >= 2:
            opts = sections[-1][2]
            value = " ".join(words[2:])
            opts[words[1]] = (opts[words[1]] + " " + value) if words[0] == "list" and words[1] in opts else value
    found = []
    for stype, name, opts in sections:
        if stype != "interface":
            continue
        proto = opts.get("proto", "")
        devices = [opts.get(k, "") for k in ("device", "ifname") if opts.get(k)]
        netdevs = [d for d in devices if not d.startswith("/dev/")]
        ports = [d for d in devices if CONTROL_PORT_RE.match(d)]
        if proto not in MODEM_PROTOCOLS and not ports and not any(_names_wwan(d) for d in netdevs):
            continue
        settings = dict(opts)
        settings["section"] = name
        found.append(ConfigFile(path=path, kind="openwrt", protocol=proto or None, interfaces=netdevs,
                                control_ports=ports, settings=settings))
    return found


def _uci_words(line: str) -> List[str]:
    import shlex
    try:
        return shlex.split(line, comments=True)
    except ValueError:
        return line.split()


# --- NetworkManager.conf: unmanaged devices ------------------------------------------------
# keyfile.unmanaged-devices takes a device spec list (NetworkManager man/NetworkManager.conf.xml:567-590,
# "Device List Format" :1922-2000): "*", "interface-name:[~=]NAME" (* and ? globs unless "="),
# "type:TYPE", "driver:DRIVER[/VERSION]", "mac:..", "except:SPEC"; separated by "," or ";".

def parse_nm_conf(path: str, text: str) -> Optional[ConfigFile]:
    """NetworkManager.conf (or a conf.d file) with an unmanaged-devices= list; None without one."""
    keyfile = parse_ini(text).get("keyfile", {})
    # "key+=" appends to what earlier files set (NetworkManager.conf.xml:122); plain "key=" replaces it
    settings = {k: keyfile[k] for k in ("unmanaged-devices", "unmanaged-devices+") if keyfile.get(k, "").strip()}
    if not settings:
        return None
    return ConfigFile(path=path, kind="networkmanager-conf", settings=settings)


def nm_spec_match(specs: str, names: List[str], drivers: List[str], types: List[str]) -> Optional[str]:
    """The first spec of ``specs`` that selects a device with these names/drivers/types, or None.

    An except: match wins over positive matches; a list of only except: specs matches everything else."""
    items = [s.strip() for s in re.split(r"[,;]|\s+", specs) if s.strip()]
    positives = [s for s in items if not s.startswith("except:")]
    if any(_nm_spec_one(s[len("except:"):], names, drivers, types) for s in items if s.startswith("except:")):
        return None
    hit = next((s for s in positives if _nm_spec_one(s, names, drivers, types)), None)
    if hit is None and not positives and items:
        return items[0]
    return hit


def _nm_spec_one(spec: str, names: List[str], drivers: List[str], types: List[str]) -> bool:
    if spec == "*":
        return True
    kind, sep, value = spec.partition(":")
    if not sep:
        return spec in names  # a bare IFNAME (or a MAC, which a modem port does not have here)
    if kind == "interface-name":
        if value.startswith("="):
            return value[1:] in names
        pattern = value[1:] if value.startswith("~") else value
        return any(fnmatch.fnmatchcase(n, pattern) for n in names)
    if kind == "type":
        return value in types
    if kind == "driver":
        return value.split("/", 1)[0] in drivers
    return False


# --- /etc/resolv.conf ------------------------------------------------------------------------

NAMESERVER_RE = regex_cache.compile(r"^\s*nameserver\s+(\S+)\s*$")


def parse_resolv_conf(path: str, text: str) -> ConfigFile:
    """The resolver's nameservers (space-separated in settings["nameserver"]; empty when it names none)."""
    servers = [m.group(1) for m in map(NAMESERVER_RE.match, text.splitlines()) if m]
    return ConfigFile(path=path, kind="resolv.conf", settings={"nameserver": " ".join(servers)})
