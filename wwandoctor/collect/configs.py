"""Configuration files that name WWAN interfaces, control ports or modem protocols.

Only entries about modems are kept (interfaces ``wwan*``, ``ww*``, ``usb0``,
``ppp0``, ``rmnet*``, ``/dev/cdc-wdm*``, or a modem protocol); values are kept
raw (redaction happens later). Read, with a real sample of each::

    /etc/network/interfaces(.d/*)     iface wwan0 inet manual
                                          pre-up qmi-network /dev/cdc-wdm0 start
    /etc/netplan/*.yaml               network: {modems: {cdc-wdm0: {apn: internet}}}
    NetworkManager keyfiles           [connection] type=gsm / [gsm] apn=internet
      (/etc and /run/NetworkManager/system-connections/*)
    systemd-networkd /etc/systemd/network/*.network   [Match] Name=wwan0 / [Network] DHCP=yes
    /etc/qmi-network.conf, /etc/mbim-network.conf      APN=internet / PROXY=yes
    OpenWrt /etc/config/network       config interface 'wwan' / option proto 'qmi'
    /etc/usb_modeswitch.conf          DisableSwitching=0 / DisableMBIMGlobal=0
    /etc/resolv.conf                  nameserver 127.0.0.53   (nameservers only, kind "resolv.conf")
    usb-modeswitch-data presence      /usr/share/usb_modeswitch/configPack.tar.gz,
                                      40-usb_modeswitch.rules (kind "usb_modeswitch-data")

ModemManager's FCC unlock directories fill ``snap.fcc_unlock``: ``enabled`` =
names in any ``fcc-unlock.d`` (/etc/ModemManager, /usr/lib[64], /usr/lib/<multiarch>),
``available`` = names in /usr/share/ModemManager/fcc-unlock.available.d.

Sources: ``configs`` and ``fcc-unlock`` (permission-denied when some files
could not be read; what was readable is still reported).
"""
from __future__ import annotations

import glob
import os
from typing import List, Optional

from wwandoctor.decode.configs import (parse_ifupdown, parse_netplan, parse_networkd, parse_nm_conf, parse_nm_keyfile,
                                       parse_resolv_conf, parse_shell_vars, parse_uci_network)
from wwandoctor.collect.context import Context, below
from wwandoctor.snapshot import ConfigFile, Snapshot

SOURCE = "configs"
READS = ("/etc/network/interfaces", "/etc/network/interfaces.d", "/etc/netplan", "/etc/NetworkManager",
         "/run/NetworkManager", "/usr/lib/NetworkManager/conf.d", "/etc/systemd/network", "/run/systemd/network",
         "/etc/qmi-network.conf", "/etc/mbim-network.conf", "/etc/config/network", "/etc/usb_modeswitch.conf", "/etc/usb_modeswitch.d",
         "/usr/share/usb_modeswitch", "/lib/udev/rules.d/40-usb_modeswitch.rules", "/etc/ModemManager/fcc-unlock.d",
         "/usr/lib/ModemManager/fcc-unlock.d", "/usr/share/ModemManager/fcc-unlock.available.d", "/etc/resolv.conf")
THREAD = True


class _Reader:
    """Reads files under ``root``; remembers the ones that could not be read."""

    def __init__(self, root: str):
        self.root = root
        self.denied: List[str] = []
        self.errors: List[str] = []

    def path(self, path: str) -> str:
        return below(self.root, path)

    def glob(self, pattern: str) -> List[str]:
        """Real paths (as seen on the target machine) matching ``pattern``, sorted."""
        found = glob.glob(self.path(pattern))
        return sorted("/" + os.path.relpath(p, self.root) for p in found if not os.path.isdir(p))

    def exists(self, path: str) -> bool:
        return os.path.exists(self.path(path))

    def read(self, path: str) -> Optional[str]:
        try:
            with open(self.path(path), encoding="utf-8", errors="replace") as fh:
                return fh.read(1 << 20)
        except FileNotFoundError:
            return None
        except PermissionError:
            self.denied.append(path)
        except OSError as exc:
            self.errors.append("%s: %s" % (path, exc.strerror or exc))
        return None


# --- the collector ------------------------------------------------------------------------

def _collect_files(reader: _Reader, notes: List[str]) -> List[ConfigFile]:
    configs: List[ConfigFile] = []
    for path in ["/etc/network/interfaces"] + reader.glob("/etc/network/interfaces.d/*"):
        text = reader.read(path)
        if text is not None:
            configs += parse_ifupdown(path, text)
    for path in reader.glob("/etc/netplan/*.yaml"):
        text = reader.read(path)
        if text is not None:
            found, error = parse_netplan(path, text)
            configs += found
            if error:
                notes.append(error)
    for path in reader.glob("/etc/NetworkManager/system-connections/*") + \
            reader.glob("/run/NetworkManager/system-connections/*"):
        text = reader.read(path)
        cfg = parse_nm_keyfile(path, text) if text is not None else None
        configs += [cfg] if cfg else []
    text = reader.read("/etc/resolv.conf")  # its nameservers only (bearer-dns-not-applied)
    if text is not None:
        configs.append(parse_resolv_conf("/etc/resolv.conf", text))
    for path in _nm_conf_files(reader):
        text = reader.read(path)
        cfg = parse_nm_conf(path, text) if text is not None else None
        configs += [cfg] if cfg else []
    for path in reader.glob("/etc/systemd/network/*.network") + reader.glob("/run/systemd/network/*.network"):
        text = reader.read(path)
        cfg = parse_networkd(path, text) if text is not None else None
        configs += [cfg] if cfg else []
    for path, kind, proto in (("/etc/qmi-network.conf", "qmi-network", "qmi"),
                              ("/etc/mbim-network.conf", "mbim-network", "mbim")):
        text = reader.read(path)
        if text is not None:
            configs.append(ConfigFile(path=path, kind=kind, protocol=proto, settings=parse_shell_vars(text)))
    text = reader.read("/etc/config/network")
    if text is not None:
        configs += parse_uci_network("/etc/config/network", text)
    configs += _usb_modeswitch(reader)
    return configs


def _nm_conf_files(reader: _Reader) -> List[str]:
    """NetworkManager's configuration files in the order it reads them, shadowed ones left out: /usr/lib/.../conf.d,
    then /run/.../conf.d, then NetworkManager.conf, then /etc/.../conf.d; a file of the same name in /etc (or
    /run) shadows the one below it (NetworkManager.conf.xml:58-68)."""
    etc_d = reader.glob("/etc/NetworkManager/conf.d/*.conf")
    run_d = reader.glob("/run/NetworkManager/conf.d/*.conf")
    shadowing = {os.path.basename(p) for p in etc_d}
    lib_d = [p for p in reader.glob("/usr/lib/NetworkManager/conf.d/*.conf")
             if os.path.basename(p) not in shadowing | {os.path.basename(r) for r in run_d}]
    run_d = [p for p in run_d if os.path.basename(p) not in shadowing]
    return sorted(lib_d) + sorted(run_d) + ["/etc/NetworkManager/NetworkManager.conf"] + sorted(etc_d)


MODESWITCH_DATA = ("/usr/share/usb_modeswitch/configPack.tar.gz", "/lib/udev/rules.d/40-usb_modeswitch.rules",
                   "/usr/lib/udev/rules.d/40-usb_modeswitch.rules")


def _usb_modeswitch(reader: _Reader) -> List[ConfigFile]:
    found = []
    for path in ["/etc/usb_modeswitch.conf"] + reader.glob("/etc/usb_modeswitch.d/*"):
        text = reader.read(path)
        if text is not None:
            found.append(ConfigFile(path=path, kind="usb_modeswitch", settings=parse_shell_vars(text)))
    seen = set()
    for path in MODESWITCH_DATA:  # /lib and /usr/lib are often the same directory
        real = os.path.realpath(reader.path(path))
        if reader.exists(path) and real not in seen:
            seen.add(real)
            found.append(ConfigFile(path=path, kind="usb_modeswitch-data"))
    return found


FCC_ENABLED_DIRS = ("/etc/ModemManager/fcc-unlock.d", "/usr/lib/ModemManager/fcc-unlock.d",
                    "/usr/lib64/ModemManager/fcc-unlock.d", "/usr/lib/*/ModemManager/fcc-unlock.d")
FCC_AVAILABLE_DIR = "/usr/share/ModemManager/fcc-unlock.available.d"


def _list_dir(reader: _Reader, path: str, notes: List[str]) -> Optional[List[str]]:
    real = reader.path(path)
    try:
        names = sorted(os.listdir(real))
    except PermissionError:
        reader.denied.append(path)
        return None
    except OSError:
        return None
    kept = []
    for name in names:
        if _broken_link(reader, os.path.join(path, name)):
            notes.append("fcc-unlock: %s/%s is a broken link (to %s)"
                         % (path, name, os.readlink(reader.path(os.path.join(path, name)))))
        else:
            kept.append(name)
    return kept


def _broken_link(reader: _Reader, path: str, depth: int = 0) -> bool:
    """True when ``path`` is a symlink whose target (absolute targets taken under the root) is missing."""
    full = reader.path(path)
    if not os.path.islink(full):
        return not os.path.exists(full)
    if depth > 8:
        return True
    target = os.readlink(full)
    target = target if os.path.isabs(target) else os.path.join(os.path.dirname(path), target)
    return _broken_link(reader, os.path.normpath(target), depth + 1)


def collect_fcc_unlock(snap: Snapshot, reader: _Reader) -> None:
    fcc = snap.fcc_unlock
    enabled: List[str] = []
    readable = True
    dirs = []
    for pattern in FCC_ENABLED_DIRS:
        dirs += sorted("/" + os.path.relpath(p, reader.root) for p in glob.glob(reader.path(pattern)) if os.path.isdir(p))
    for path in dirs:
        fcc.directories.append(path)
        names = _list_dir(reader, path, snap.notes)
        if names is None:
            readable = False
        else:
            enabled += [n for n in names if n not in enabled]
            fcc.paths += [path + "/" + n for n in names]
    fcc.enabled = enabled if readable else None
    if os.path.isdir(reader.path(FCC_AVAILABLE_DIR)):
        fcc.directories.append(FCC_AVAILABLE_DIR)
        fcc.available = _list_dir(reader, FCC_AVAILABLE_DIR, [])
    else:
        fcc.available = []
    if not readable:
        snap.set_source("fcc-unlock", "permission-denied", "cannot list: " + ", ".join(reader.denied))
    else:
        snap.set_source("fcc-unlock", "ok", "%d enabled, %d available" % (len(enabled), len(fcc.available or [])))


def collect(snap: Snapshot, ctx: Context) -> None:
    reader = _Reader(ctx.files_root())
    snap.configs.extend(_collect_files(reader, snap.notes))
    detail = "%d of interest" % len(snap.configs)
    if reader.denied:
        snap.set_source("configs", "permission-denied", "%s; cannot read: %s" % (detail, ", ".join(reader.denied)))
    elif reader.errors:
        snap.set_source("configs", "error", "%s; %s" % (detail, "; ".join(reader.errors)))
    else:
        snap.set_source("configs", "ok", detail)
    collect_fcc_unlock(snap, _Reader(ctx.files_root()))
