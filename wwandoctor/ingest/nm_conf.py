"""Parse a pasted NetworkManager.conf or conf.d file (``cat /etc/NetworkManager/NetworkManager.conf``).

    [main]
    plugins=ifupdown,keyfile

    [keyfile]
    unmanaged-devices=interface-name:wwan0;type:gsm

-> a ``ConfigFile`` (kind "networkmanager-conf") when it has an unmanaged-devices= list, the same as
the live collector reads from /etc/NetworkManager (:mod:`wwandoctor.collect.configs`).
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.decode.configs import parse_nm_conf
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot

KIND = "nm-conf"
COMMANDS = ("cat /etc/NetworkManager/NetworkManager.conf", "cat /etc/NetworkManager/conf.d/",
            "NetworkManager --print-config")
PRIORITY = 5

SECTION_RE = regex_cache.compile(r"^\s*\[(main|keyfile|logging|device[^\]]*|connection[^\]]*|ifupdown|connectivity|"
                                 r"global-dns[^\]]*|\.config)\]\s*$")
KEY_RE = regex_cache.compile(r"^\s*[a-z][a-z0-9.-]*\s*=")


def detect(block: Block) -> int:
    if block.runs(COMMANDS):
        return 90
    lines = [ln for ln in block.lines if ln.strip() and not ln.strip().startswith(("#", ";"))]
    if not lines or not any(SECTION_RE.match(ln) for ln in lines):
        return 0
    if all(SECTION_RE.match(ln) or KEY_RE.match(ln) for ln in lines) and any("unmanaged-devices" in ln for ln in lines):
        return 80
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    cfg = parse_nm_conf("NetworkManager.conf (pasted)", "\n".join(block.lines))
    if cfg is not None:
        snap.configs.append(cfg)
    snap.set_source("paste:nm-conf", "ok")
    return [ln for ln in block.lines if ln.strip() and not (SECTION_RE.match(ln) or KEY_RE.match(ln)
                                                            or ln.strip().startswith(("#", ";", "$")))]
