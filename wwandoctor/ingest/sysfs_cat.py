"""Pasted sysfs reads: ``cat``/``grep .``/``head`` of attributes, ``ls``/``ls -l``/``readlink`` of links, ``mokutil``.

    $ cat /sys/class/net/wwan0/qmi/raw_ip                      (the command names the file)
    Y
    $ grep . /sys/bus/usb/devices/1-7/{bConfigurationValue,bNumConfigurations}
    /sys/bus/usb/devices/1-7/bConfigurationValue:1
    /sys/bus/usb/devices/1-7/bNumConfigurations:2
    $ cat /sys/class/rfkill/rfkill*/{name,type,soft,hard}      (4 groups of N values, in glob order)
    dell-wwan
    wwan
    0
    0
    $ ls -l /sys/class/usbmisc/*/device/driver
    lrwxrwxrwx 1 root root 0 Mar  4 10:12 /sys/class/usbmisc/cdc-wdm0/device/driver -> ../../../../../../bus/usb/drivers/qmi_wwan
    $ ls -l /sys/class/net/
    lrwxrwxrwx 1 root root 0 Mar  4 10:12 wwan0 -> ../../devices/pci0000:00/0000:00:14.0/usb1/1-7/1-7:1.8/net/wwan0
    $ readlink -f /sys/class/usbmisc/cdc-wdm0/device/driver
    /sys/bus/usb/drivers/qmi_wwan
    $ ls /sys/class/wwan
    wwan0  wwan0qmi0
    $ cat /sys/kernel/security/lockdown
    none [integrity] confidentiality
    $ mokutil --sb-state
    SecureBoot enabled

-> NetInterface (raw_ip, type, driver, parent...), UsbDevice (ids, active_config,
num_configs, power/control), UsbInterface (driver, control_ports, net, wwan_ports),
WwanPort, RfkillSwitch, PciDevice (t7xx_mode, ids, driver), KernelInfo (lockdown,
secure_boot). This module reads the command and its output lines and pairs values with the
files they came from; what each path, value or link says is :mod:`wwandoctor.ingest.sysfs_facts`'s,
and so is :func:`finish`, which attaches what could not be placed yet once the rest of the paste is parsed.
"""
from __future__ import annotations

import re
import shlex
from typing import List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.ingest import sysfs_facts as facts
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.merge import command_tool
from wwandoctor.ingest.sysfs_facts import SOURCE, finish
from wwandoctor.snapshot import Snapshot

KIND = "sysfs"
PRIORITY = 40

PROGRAMS = ("cat", "grep", "egrep", "head", "tail", "ls", "readlink", "realpath")
COMMANDS = PROGRAMS + ("mokutil --sb-state",)  # on /sys and /proc paths
MAX_ARGS = 256  # file arguments taken from one command (brace expansion is exponential)

# "/sys/class/net/wwan0/qmi/raw_ip:Y" (grep); a colon inside "1-7:1.8/" or "0000:04:00.0/" belongs to the path
GREP_LINE = regex_cache.compile(r"^(/sys/\S+?):(?![0-9a-fA-F.:]+/)(.*)$")
HEAD_HEADER = regex_cache.compile(r"^==> (/sys/\S+) <==$")
LS_HEADER = regex_cache.compile(r"^(/sys/\S*):$")
LS_LONG = regex_cache.compile(r"^[-lbcdps][-rwxsStT]{9}[.+@]?\s+\d+\s+\S+\s+\S+\s+[\d, ]+\s+"
                              r"(?:[A-Z][a-z]{2}\s+\d+\s+[\d:]+|\d+\s+[A-Z][a-z]{2}\s+[\d:]+|\d{4}-\d\d-\d\d\s+[\d:.]+(?:\s+[+-]\d{4})?)\s+"
                              r"(.+?)(?:\s+->\s+(\S+))?$")
ERROR_LINE = regex_cache.compile(r"^(?:[\w.-]+): (?:cannot access |cannot open |cannot read )?'?(/sys/[^']*?)'?: "
                                 r"(No such file or directory|Permission denied|Operation not permitted|Invalid argument|"
                                 r"No such device|Input/output error|Is a directory|Not a directory)\s*$")
LOCKDOWN = regex_cache.compile(r"^\s*(?:\[?none\]?\s+)?\[?integrity\]?\s+\[?confidentiality\]?\s*$")
SECURE_BOOT = regex_cache.compile(r"^\s*SecureBoot (enabled|disabled)\s*$")
NO_SECURE_BOOT = regex_cache.compile(r"^\s*(?:This system doesn't support Secure Boot|EFI variables are not supported on this system)")
MOKUTIL_OTHER = regex_cache.compile(r"^\s*(?:SecureBoot validation is (?:enabled|disabled) in shim|Platform is in (?:Setup|User) Mode)")


# --- command lines ------------------------------------------------------------

# A sentence that tells what a network interface's framing file holds, the command's output in words: "raw_ip enabled
# (cat /sys/class/net/wwan0/qmi/raw_ip gives Y)", "/sys/class/net/wwan0/type says 65534". Read as that output pasted
# would be; not in a condition or an instruction ("if /sys/class/net/wwan0/qmi/raw_ip is N, write Y").
TOLD_VALUE = regex_cache.compile(r"(/sys/class/net/[\w.-]+/(?:qmi/raw_ip|type))['\"`)]?\s+(?:gives|gave|says|said|shows|showed|returns|"
                                 r"returned|prints|printed|outputs|reads|is|was|=|->|:)\s*['\"`]?([YN]|\d+)\b(?!['\"`]?\s*[/>])", re.I)
_TOLD_CONDITION = regex_cache.compile(r"\b(?:if|unless|whether|in case|should|would|expect\w*|must|needs?\s+to|ha(?:ve|s)\s+to|make sure)\b"
                                      r"[^.!?]*$", re.I)


def told_values(snap: Snapshot, line: str) -> None:
    """Take the framing files' values ``line`` (a line no parser understood) tells in words (TOLD_VALUE)."""
    if "/sys/class/net/" not in line:
        return
    for m in TOLD_VALUE.finditer(line):
        if not _TOLD_CONDITION.search(line[:m.start()]):
            facts.apply(snap, m.group(1), m.group(2).upper())


def _command(block: Block) -> Tuple[Optional[str], List[str]]:
    """(program, path arguments with braces expanded) of the block's command."""
    cmd = (block.command or "").split("|")[0]
    cmd = re.split(r"\s(?:2?>|&&|;)", cmd)[0]
    prog = command_tool(cmd)
    try:
        words = shlex.split(cmd)
    except ValueError:
        words = cmd.split()
    args: List[str] = []
    for w in words:
        if w.startswith("/sys/"):
            args.extend(_braces(w))
    return prog, args[:MAX_ARGS]


def _braces(word: str) -> List[str]:
    """Bash brace expansion: "/a/{b,c}/d" -> ["/a/b/d", "/a/c/d"] (nested ones too), at most MAX_ARGS words."""
    m = re.search(r"\{([^{}]*,[^{}]*)\}", word)
    if not m:
        return [word]
    out: List[str] = []
    for part in m.group(1).split(","):
        out.extend(_braces(word[:m.start()] + part + word[m.end():]))
        if len(out) >= MAX_ARGS:
            return out[:MAX_ARGS]
    return out


# --- detect / parse -------------------------------------------------------------

def _content_line(line: str) -> bool:
    m = LS_LONG.match(line)
    if m and ("/sys/" in line or "../devices/" in line or "/drivers/" in line):
        return True
    return bool(GREP_LINE.match(line) or HEAD_HEADER.match(line) or LOCKDOWN.match(line) or SECURE_BOOT.match(line)
                or NO_SECURE_BOOT.match(line) or (ERROR_LINE.match(line) and "/sys/" in line))


# A question or sentence of the person's (three words or more, then "?"; four plain words or more
# ending in a stop, a colon or a comma): no sysfs file holds one.
_QUESTION = regex_cache.compile(r"^\w+(?: [\w',]+){2,}\?(?:\s|$)|^[A-Za-z][a-z']*(?:,? [A-Za-z][a-z']*){3,}[.!?:,]$")


def detect(block: Block) -> int:
    prog, args = _command(block)
    if prog == "mokutil" and "sb-state" in (block.command or ""):
        return 95
    if prog in PROGRAMS and args and not any(a.startswith("/sys/kernel/debug/") for a in args):
        return 90
    lines = block.content()
    hits = sum(1 for ln in lines if _content_line(ln))
    if hits and hits * 2 >= len(lines):
        return 85
    return 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    prog, args = _command(block)
    reader = _Reader(snap, prog, args)
    left = []
    for line in block.lines:
        if line.strip() and not reader.line(line):
            left.append(line)
    left.extend(reader.flush())
    finish(snap)
    if reader.understood:
        snap.set_source(SOURCE, "ok")
    return left


class _Reader:
    """Reads the output lines of one sysfs command."""

    def __init__(self, snap: Snapshot, prog: Optional[str], args: List[str]) -> None:
        self.snap = snap
        self.prog = prog if prog in PROGRAMS or prog == "mokutil" else None
        self.args = args
        self.values: List[str] = []  # bare values of cat/readlink, mapped to args in flush()
        self.current: Optional[str] = None  # the file of "==> f <==" (head) or the directory of "dir:" (ls)
        self.understood = False

    def ok(self) -> bool:
        self.understood = True
        return True

    def line(self, line: str) -> bool:
        text = line.strip()
        if text.startswith("total ") and text[6:].isdigit():
            return True
        m = ERROR_LINE.match(text)
        if m:
            facts.missing(self.snap, m.group(1))
            if m.group(1) in self.args:
                self.args.remove(m.group(1))
            return self.ok()
        m = SECURE_BOOT.match(text)
        if m or NO_SECURE_BOOT.match(text):
            self.snap.kernel.secure_boot = bool(m) and m.group(1) == "enabled"
            return self.ok()
        if MOKUTIL_OTHER.match(text):
            return self.ok()
        if LOCKDOWN.match(text) and (self.prog is None or not self.args or self.args[0].startswith("/sys/kernel/security")):
            return facts.apply_value(self.snap, facts.SysPath("lockdown", "", ""), text) and self.ok()
        m = HEAD_HEADER.match(text) or LS_HEADER.match(text)
        if m:
            self.current = m.group(1).rstrip("/")
            return self.ok()
        m = LS_LONG.match(text)
        if m:
            return self._ls_long(m.group(1), m.group(2)) and self.ok()
        m = GREP_LINE.match(text)
        if m and self.prog != "ls" and not (self.prog in ("readlink", "realpath")):
            return facts.apply(self.snap, m.group(1), m.group(2)) and self.ok()
        if self.prog == "ls":
            return self._ls_names(text) and self.ok()
        if self.current and self.prog in ("head", "tail"):
            return facts.apply(self.snap, self.current, text) and self.ok()
        if self.prog in ("cat", "grep", "egrep", "head", "tail", "readlink", "realpath") and self.args:
            if _QUESTION.search(text):  # "Any idea what is wrong?" below the value: the person's words
                return False
            if self._wrapped_arguments(text):
                return True
            self.values.append(text)
            return True
        return False

    def _wrapped_arguments(self, text: str) -> bool:
        """A cat's first output line that holds only /sys paths is the rest of its command, which a mail
        client or a forum wrapped ("$ cat .../1-4/idVendor" + ".../1-4/idProduct"): sysfs attributes hold
        values, never a /sys path (readlink's and grep's lines do, so only cat's are read this way)."""
        words = text.split()
        if self.prog != "cat" or self.values or not all(w.startswith("/sys/") for w in words):
            return False
        for word in words:
            self.args.extend(_braces(word))
        del self.args[MAX_ARGS:]
        return True

    def _ls_long(self, name: str, target: Optional[str]) -> bool:
        path = name if name.startswith("/") else "%s/%s" % (self._dir() or "", name)
        if not path.startswith("/sys/"):
            return False
        if target is None:
            return facts.exists(self.snap, path)
        return facts.apply_link(self.snap, path, target)

    def _dir(self) -> Optional[str]:
        if self.current:
            return self.current
        plain = [a for a in self.args if not facts.is_glob(a)]
        return plain[0].rstrip("/") if len(plain) == 1 else None

    def _ls_names(self, text: str) -> bool:
        base = self._dir()
        if base is None:
            return False
        names = text.split()
        return all(facts.exists(self.snap, "%s/%s" % (base, n.rstrip("/@*"))) for n in names)

    def flush(self) -> List[str]:
        """Map the bare values to the files the command names; returns the values it could not map."""
        values, self.values = self.values, []
        if not values:
            return []
        link = self.prog in ("readlink", "realpath")
        files = list(self.args)
        if len(files) == 1 and not facts.is_glob(files[0]) and not link:
            if _apply_lines(self.snap, files[0], values):
                self.understood = True
                return []
            return values
        if files and not any(facts.is_glob(f) for f in files) and len(files) == len(values):
            pairs = list(zip(files, values))
        else:
            pairs = _glob_pairs(self.snap, files, values)
        if pairs is None:
            return values
        apply = facts.apply_link if link else facts.apply
        left = [value for path, value in pairs if not apply(self.snap, path, value)]
        self.understood = self.understood or len(left) < len(pairs)
        return left


def _apply_lines(snap: Snapshot, path: str, values: List[str]) -> bool:
    """All output of one file: uevent is KEY=VALUE lines, other attributes one value."""
    sp = facts.parse_path(path)
    if sp is not None and sp.attr.endswith("uevent"):
        return all(facts.apply(snap, path, v) for v in values)
    if len(values) != 1:
        return False
    return facts.apply(snap, path, values[0])


def _glob_pairs(snap: Snapshot, files: List[str], values: List[str]) -> Optional[List[Tuple[str, str]]]:
    """(file, value) pairs for "cat <glob>/{a,b}": k files of N values each, in glob order.

    The objects are told apart by an identifying attribute (rfkill name, USB idVendor+idProduct);
    one value of one glob goes to the only known object matching it; else None."""
    if not files or len(values) % len(files) or not all(facts.is_glob(f) for f in files):
        return None
    n = len(values) // len(files)
    groups = {f: values[i * n:(i + 1) * n] for i, f in enumerate(files)}
    paths = [facts.parse_path(f) for f in files]
    if any(p is None or p.kind != paths[0].kind for p in paths):
        return None
    keys = [_identity(paths[0].kind, {p.attr: groups[f][j] for p, f in zip(paths, files)}) for j in range(n)]
    if None in keys and n == 1:  # "cat /sys/class/net/ww*/{type,mtu}": the only object the snapshot knows
        match = facts.only_known(snap, files[0])
        key = match.split("/")[_glob_index(files[0])] if match else None
        # not known yet: the glob path makes facts.apply keep the value for finish()
        return [(_concrete(f, key) if key else f, groups[f][0]) for f in files]
    if None in keys:
        return None
    if paths[0].kind == "usb":
        keys = _only_device(snap, keys)
    return [(_concrete(f, key), groups[f][j]) for j, key in enumerate(keys) for f in files]


def _only_device(snap: Snapshot, keys: List[str]) -> List[str]:
    """"cat /sys/bus/usb/devices/*/..." lists every USB device: when it shows one besides the root hubs
    and the snapshot knows one device by path whose ids are unknown, they are the same device."""
    devices = [k for k in keys if k != "usb0"]
    if len(devices) != 1:
        return keys
    vid, _, pid = devices[0][3:].partition(":")
    known = [d for d in snap.usb_devices if d.vid == vid.lower() and d.pid == pid.lower()]
    by_path = [d for d in snap.usb_devices if d.path and d.vid is None]
    if known or len(by_path) != 1:
        return keys
    dev = by_path[0]
    dev.vid, dev.pid = vid.lower(), pid.lower()
    return [dev.path if k == devices[0] else k for k in keys]


def _glob_index(pattern: str) -> int:
    """Index of the first "/"-separated part of ``pattern`` holding a wildcard (-1 when none)."""
    return next((i for i, part in enumerate(pattern.split("/")) if facts.is_glob(part)), -1)


def _identity(kind: str, attrs) -> Optional[str]:
    """A stand-in key for the j-th object of a glob, from what it printed about itself."""
    if kind == "rfkill" and attrs.get("name"):
        return "name=" + attrs["name"]
    if kind == "usb" and attrs.get("idVendor") and attrs.get("idProduct"):
        if attrs["idVendor"].strip().lower() == "1d6b":  # a root hub
            return "usb0"
        return "id=%s:%s" % (attrs["idVendor"], attrs["idProduct"])
    return None


def _concrete(pattern: str, key: str) -> str:
    """The glob with its object component replaced by ``key`` (read back by facts.apply)."""
    parts = pattern.split("/")
    index = _glob_index(pattern)
    if index >= 0:
        parts[index] = key
    return "/".join(parts)
