"""Parse the resolver the system uses: ``cat /etc/resolv.conf`` and ``resolvectl status`` (also the
older ``systemd-resolve --status``, whose server lists continue on indented lines).

    Link 4 (wwan0)
        Current Scopes: DNS
    Current DNS Server: 10.177.0.34
           DNS Servers: 10.177.0.34 10.177.0.210

(or "nameserver 127.0.0.53" lines of resolv.conf)

-> ``ConfigFile`` kind "resolv.conf" (settings nameserver: the servers, space-separated) and kind
"resolved" (settings "global" and "link:IFNAME": each link's DNS servers). The live collectors read
/etc/resolv.conf themselves (:mod:`wwandoctor.collect.configs`, wwandoctor-collect.sh resolv_conf);
resolvectl's per-link data comes only from a paste.
"""
from __future__ import annotations

import re
from typing import Dict, List

from wwandoctor import regex_cache
from wwandoctor.decode.configs import NAMESERVER_RE, parse_resolv_conf
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import ConfigFile, Snapshot

KIND = "resolver"
COMMANDS = ("cat /etc/resolv.conf", "resolvectl status", "resolvectl dns", "systemd-resolve --status")
PRIORITY = 7

RESOLV_OTHER_RE = regex_cache.compile(r"^\s*(?:search|domain|options|sortlist)\b|^\s*[#;]")
LINK_RE = regex_cache.compile(r"^\s*Link \d+ \(([^)]+)\)\s*:?\s*(.*)$")  # "Link 3 (wwan0)"; resolvectl dns: "Link 3 (wwan0): 1.2.3.4"
GLOBAL_RE = regex_cache.compile(r"^\s*Global\s*:?\s*(.*)$")
SERVERS_RE = regex_cache.compile(r"^\s*DNS Servers?:\s*(.*)$")
KEY_RE = regex_cache.compile(r"^\s*[A-Za-z][\w .-]*:\s")
ADDRESS_RE = regex_cache.compile(r"^[0-9a-fA-F:.]+(?:%\S+)?(?:#\S+)?$")
# what tells resolvectl's output apart when its command line was not pasted
STATUS_KEY_RE = regex_cache.compile(r"^\s*(?:Current Scopes|DNS Servers?):")  # a "Link N (IFACE)" section
GLOBAL_ONLY_RE = regex_cache.compile(r"^\s*Global\s*$")
GLOBAL_KEY_RE = regex_cache.compile(r"^\s*(?:resolv\.conf mode|DNS Servers?|DNSSEC NTA|Protocols):")


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 90
    lines = block.content()
    if lines and any(NAMESERVER_RE.match(ln) for ln in lines) and \
            all(NAMESERVER_RE.match(ln) or RESOLV_OTHER_RE.match(ln) for ln in lines):
        return 80
    if any(LINK_RE.match(ln) for ln in lines) and any(STATUS_KEY_RE.match(ln) for ln in lines):
        return 80
    if any(GLOBAL_ONLY_RE.match(ln) for ln in lines[:3]) and \
            any(GLOBAL_KEY_RE.match(ln) for ln in lines):
        return 75
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    if any(LINK_RE.match(ln) or GLOBAL_RE.match(ln) for ln in block.lines):
        snap.configs.append(ConfigFile(path="resolvectl status (pasted)", kind="resolved",
                                       settings=parse_resolved(block.lines)))
        snap.set_source("paste:resolvectl", "ok")
        return []
    cfg = parse_resolv_conf("/etc/resolv.conf (pasted)", "\n".join(block.lines))
    snap.configs.append(cfg)
    snap.set_source("paste:resolv.conf", "ok")
    return [ln for ln in block.lines if ln.strip() and not (NAMESERVER_RE.match(ln) or RESOLV_OTHER_RE.match(ln))]


def parse_resolved(lines: List[str]) -> Dict[str, str]:
    """{"global": "servers", "link:wwan0": "servers"}: the DNS Servers of each section (continuation lines too)."""
    found = {}  # type: Dict[str, str]
    section = None  # type: Optional[str]
    in_servers = False
    for line in lines:
        link, glob = LINK_RE.match(line), GLOBAL_RE.match(line)
        if link or glob:
            section = "link:" + link.group(1) if link else "global"
            rest = (link.group(2) if link else glob.group(1)).strip()
            found.setdefault(section, "")
            in_servers = False
            if rest:  # resolvectl dns: "Link 3 (wwan0): 10.0.0.1 10.0.0.2"
                _add(found, section, rest)
            continue
        servers = SERVERS_RE.match(line)
        if servers and section:
            in_servers = True
            _add(found, section, servers.group(1))
        elif in_servers and section and line.strip() and not KEY_RE.match(line) and \
                all(ADDRESS_RE.match(w) for w in line.split()):
            _add(found, section, line.strip())
        else:
            in_servers = False
    return found


def _add(found: Dict[str, str], section: str, servers: str) -> None:
    words = [w.split("#", 1)[0].split("%", 1)[0] for w in servers.split() if ADDRESS_RE.match(w)]
    found[section] = " ".join(w for w in (found.get(section, "").split() + words) if w)
