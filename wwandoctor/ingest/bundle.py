"""A bundle written by ``wwandoctor-collect.sh`` -> a Snapshot, made by the live collectors themselves.

The shell collector (repository root) records, on a machine without Python, what the live
collectors read: sysfs and /proc files, configuration files, and the output of the commands
they run. Sample (every content line starts with ``|``)::

    ### wwandoctor-collect 1 meta
    |release=5.15.134
    ### wwandoctor-collect 1 attrs /sys/bus/usb/devices
    |1-7 -> ../../../devices/pci0000:00/0000:00:14.0/usb1/1-7
    ### wwandoctor-collect 1 attrs /sys/bus/usb/devices/1-7
    |idVendor=413c
    |uevent=DEVTYPE=usb_device
    |uevent+=PRODUCT=413c/81a3/6
    |driver -> ../../../../../bus/usb/drivers/usb
    |power/        (a directory)     |serial!   (permission denied)     |configPack.tar.gz?  (present)
    ### wwandoctor-collect 1 hex /sys/bus/usb/devices/1-7 descriptors
    |12010002000000403c41a381...
    ### wwandoctor-collect 1 command status=ok rc=1 mmcli -L -J
    ### wwandoctor-collect 1 stderr
    |error: couldn't find the ModemManager process in the bus

Reading it: the files are laid out in a private temporary directory (symlinks included, each
path resolved the way the kernel would, nothing outside that directory), the recorded commands
are answered by a replaying runner, and :func:`wwandoctor.collect.collect_all` runs on that root.
So a bundle gives the snapshot ``wwandoctor check`` would have built on that machine: the same
USB descriptors decoding (``wwandoctor.decode.usb_descriptors``), the same mmcli JSON, dmesg and journal handling.
On top: ``ip addr`` (or ``ifconfig``) output gives the IPv4 addresses (parsed by the pasted-text
parsers), and OpenWrt's ``logread`` adds the daemons' log lines (netifd, uqmi, ModemManager).
"""
from __future__ import annotations

import os
import posixpath
import shutil
import tempfile
from typing import Dict, Iterable, List, Optional, Set, Tuple

from wwandoctor.errors import InputError
from wwandoctor.snapshot import Snapshot

MAGIC = "### wwandoctor-collect "
FORMAT = "1"
HEAD = MAGIC + FORMAT + " "
MAX_ENTRIES = 200000
MAX_LINK_HOPS = 40

# A path that could not be read makes its source permission-denied (the rest stays usable).
DENIED_SOURCES = (
    ("/sys/bus/usb/", "usb"), ("/run/udev/", "usb"), ("/sys/bus/pci/", "pci"), ("/sys/class/wwan/", "pci"),
    ("/sys/class/net/", "net"), ("/proc/net/", "net"), ("/sys/class/rfkill/", "rfkill"),
    ("/proc/modules", "kernel"), ("/proc/version", "kernel"), ("/lib/modules/", "kernel"),
    ("/sys/module/", "kernel"), ("/sys/kernel/", "kernel"), ("/sys/firmware/", "kernel"),
    ("/dev/kmsg", "kernel-log"), ("/proc/", "processes"), ("/etc/ModemManager/", "fcc-unlock"),
    ("/usr/share/ModemManager/", "fcc-unlock"), ("/usr/lib", "fcc-unlock"), ("/", "configs"),
)


def looks_like_bundle(head: bytes) -> bool:
    return head.lstrip().startswith(MAGIC.encode())


class Command:
    def __init__(self, status: str, rc: Optional[int], argv: Tuple[str, ...]):
        self.status = status
        self.rc = rc
        self.argv = argv
        self.stdout: List[str] = []
        self.stderr: List[str] = []


class Bundle:
    """The parsed records: files, links, directories, commands, and what could not be read."""

    def __init__(self, name: str):
        self.name = name
        self.meta: Dict[str, str] = {}
        self.files: Dict[str, bytes] = {}  # physical path -> content
        self.links: Dict[str, str] = {}  # physical path -> target as recorded
        self.dirs: Set[str] = set()
        self.denied: List[str] = []
        self.commands: Dict[Tuple[str, ...], Command] = {}
        self.complete = False
        self.stray = 0
        self.entries = 0

    # --- paths ----------------------------------------------------------------

    def resolve(self, path: str) -> str:
        """The physical path of ``path``: recorded symlinks followed, ``..`` taken after them."""
        stack = [p for p in reversed(path.split("/")) if p]
        cur = "/"
        hops = 0
        while stack:
            part = stack.pop()
            if part == ".":
                continue
            if part == "..":
                cur = posixpath.dirname(cur)
                continue
            candidate = posixpath.join(cur, part)
            target = self.links.get(candidate)
            if target is None or hops >= MAX_LINK_HOPS:
                cur = candidate
                continue
            hops += 1
            if target.startswith("/"):
                cur = "/"
            stack.extend(p for p in reversed(target.split("/")) if p)
        return cur

    def place(self, directory: str, name: str) -> str:
        """Physical path of entry ``name`` (may hold "/": ``power/control``) of ``directory``."""
        full = posixpath.join(directory, name)
        return posixpath.join(self.resolve(posixpath.dirname(full)), posixpath.basename(full))

    # --- records ----------------------------------------------------------------

    def attr_line(self, directory: str, line: str) -> None:
        self.entries += 1
        if self.entries > MAX_ENTRIES:
            return
        eq, arrow = line.find("="), line.find(" -> ")
        if arrow > 0 and (eq < 0 or arrow < eq):
            self.links.setdefault(self.place(directory, line[:arrow]), line[arrow + 4:])
        elif eq > 0:
            name, value = line[:eq], line[eq + 1:]
            append = name.endswith("+")
            path = self.place(directory, name[:-1] if append else name)
            data = (value + "\n").encode("utf-8", "surrogateescape")
            self.files[path] = self.files.get(path, b"") + data if append else data
        elif line.endswith("/") and len(line) > 1:
            self.dirs.add(self.place(directory, line[:-1]))
        elif line.endswith("?") and len(line) > 1:
            self.files.setdefault(self.place(directory, line[:-1]), b"")
        elif line.endswith("!") and len(line) > 1:
            self.denied.append(posixpath.join(directory, line[:-1]))
        else:
            self.stray += 1


def _command(rest: str) -> Command:
    """``status=ok rc=0 mmcli -L -J`` -> Command."""
    words = rest.split(" ")
    status, rc = "ok", None
    while words and "=" in words[0] and words[0].split("=", 1)[0] in ("status", "rc"):
        key, value = words.pop(0).split("=", 1)
        if key == "status":
            status = value
        elif value.isdigit():
            rc = int(value)
    return Command(status, rc, tuple(w for w in words if w))


class _Parser:
    """Feeds lines to the record they belong to."""

    def __init__(self, bundle: Bundle):
        self.bundle = bundle
        self.kind = ""
        self.where = ""
        self.hex_path = ""
        self.command: Optional[Command] = None
        self.stream: Optional[List[str]] = None

    def header(self, number: int, line: str) -> None:
        bundle = self.bundle
        if not line.startswith(HEAD):
            raise InputError("%s:%d: wwandoctor-collect format %r; this wwandoctor reads format %s"
                             % (bundle.name, number, line[len(MAGIC):].split(" ")[0], FORMAT))
        self.kind, _, self.where = line[len(HEAD):].partition(" ")
        if self.kind == "command":
            self.command = _command(self.where)
            bundle.commands[self.command.argv] = self.command
            self.stream = self.command.stdout
        elif self.kind == "stderr" and self.command is not None:
            self.stream = self.command.stderr
        elif self.kind == "attrs":
            bundle.dirs.add(bundle.resolve(self.where))
        elif self.kind == "hex":
            directory, _, file_name = self.where.rpartition(" ")
            self.hex_path = bundle.place(directory, file_name)
            bundle.files[self.hex_path] = b""
        elif self.kind == "end":
            bundle.complete = True
        if self.kind not in ("command", "stderr"):
            self.command, self.stream = None, None

    def content(self, text: str) -> None:
        bundle = self.bundle
        if self.kind == "attrs":
            bundle.attr_line(self.where, text)
        elif self.kind == "hex":
            try:
                bundle.files[self.hex_path] += bytes.fromhex(text.strip())
            except ValueError:
                bundle.stray += 1
        elif self.stream is not None:
            self.stream.append(text)
        elif self.kind == "meta":
            key, sep, value = text.partition("=")
            if sep:
                bundle.meta[key] = value


def parse(lines: Iterable[str], name: str) -> Bundle:
    """Read the records of a bundle (InputError when it is not one this version reads)."""
    parser = _Parser(Bundle(name))
    for number, line in enumerate(lines, 1):
        if line.startswith(MAGIC):
            parser.header(number, line)
        elif line.startswith("|"):
            parser.content(line[1:])
        elif line.strip():
            parser.bundle.stray += 1
    return parser.bundle


# --- laying the files out -----------------------------------------------------------

def materialize(bundle: Bundle, root: str) -> None:
    """Write the bundle's directories, files and symlinks below ``root`` (paths are physical)."""
    for path in sorted(bundle.dirs | {posixpath.dirname(p) for p in list(bundle.files) + list(bundle.links)}):
        _makedirs(root, path)
    for path, data in bundle.files.items():
        local = _local(root, path)
        if not os.path.isdir(local):
            with open(local, "wb") as fh:
                fh.write(data)
    for path, target in bundle.links.items():
        local = _local(root, path)
        if os.path.lexists(local):
            continue  # also recorded as a file or directory: keep that
        parent = posixpath.dirname(path)
        absolute = posixpath.normpath(posixpath.join(parent, target))  # "/.." stays "/": never leaves root
        os.symlink(os.path.relpath(_local(root, absolute), _local(root, parent)), local)


def _local(root: str, path: str) -> str:
    return os.path.join(root, posixpath.normpath("/" + path).lstrip("/"))


def _makedirs(root: str, path: str) -> None:
    local = _local(root, path)
    if not os.path.isdir(local):
        try:
            os.makedirs(local, exist_ok=True)
        except OSError:  # a file recorded where a directory is needed: keep the file
            pass


# --- replaying the commands ---------------------------------------------------------------

def replay_runner(bundle: Bundle):
    """A runner (see :mod:`wwandoctor.collect.runner`) answering with the recorded results."""
    from wwandoctor.collect.runner import CommandResult

    def replay(argv, timeout=5.0):
        cmd = bundle.commands.get(tuple(argv))
        if cmd is None:
            why = "not run by wwandoctor-collect.sh" if bundle.complete else "not in the bundle (it is cut short)"
            return CommandResult("error", None, "", "%s: %s" % (" ".join(argv), why))
        stdout = "".join(line + "\n" for line in cmd.stdout)
        stderr = "".join(line + "\n" for line in cmd.stderr)
        if cmd.status == "tool-missing":
            return CommandResult("tool-missing", None, "", "%s: not found" % argv[0])
        if cmd.status == "timeout":
            return CommandResult("timeout", None, stdout, "%s: no answer in time (wwandoctor-collect.sh)" % argv[0])
        if cmd.status == "permission-denied":
            return CommandResult("permission-denied", None, "", stderr or "%s: not executable" % argv[0])
        return CommandResult("ok", cmd.rc, stdout, stderr)

    return replay


# --- the snapshot -------------------------------------------------------------------------

def to_snapshot(bundle: Bundle) -> Snapshot:
    """Run the live collectors on the bundle's files and commands."""
    from wwandoctor.collect import collect_all, runner

    release = bundle.meta.get("release") or None
    kmsg = bundle.commands.get(("cat", "/dev/kmsg"))
    if kmsg is not None and kmsg.stdout:  # a timeout ends every read of the live device
        bundle.files["/dev/kmsg"] = "".join(line + "\n" for line in kmsg.stdout).encode("utf-8", "surrogateescape")
    root = tempfile.mkdtemp(prefix="wwandoctor-bundle-")
    try:
        materialize(bundle, root)
        with runner.replaced_runner(replay_runner(bundle)):
            snap = collect_all(root=root, release=release)
        _ipv4_addresses(bundle, snap, root)
        _unroot(snap, root)
    except OSError as exc:
        raise InputError("%s: cannot lay out the bundle: %s" % (bundle.name, exc.strerror or exc))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    snap.created = bundle.meta.get("date", "")
    _daemon_logs(bundle, snap)
    _denied(bundle, snap)
    _notes(bundle, snap)
    if not bundle.complete:
        _absent_is_unknown(bundle, snap)
    return snap


def _absent_is_unknown(bundle: Bundle, snap: Snapshot) -> None:
    """A cut bundle may have lost a source's files: "not-applicable" (no USB bus, no rfkill in /sys) is then
    unknown, so a bundle cut before its USB records is no "no modem found" (its live blind reason says why)."""
    for name, status in snap.sources.items():
        if status.status == "not-applicable":
            snap.set_source(name, "error", "%s, or cut off: %s is cut short" % (status.detail or "not found", bundle.name))


def _unroot(snap: Snapshot, root: str) -> None:
    """The temporary directory is not part of what was observed: drop it from details and notes."""
    for status in snap.sources.values():
        status.detail = status.detail.replace(root, "")
    snap.notes = [note.replace(root, "") for note in snap.notes]


def _ipv4_addresses(bundle: Bundle, snap: Snapshot, root: str) -> None:
    """Addresses from ``ip addr`` / ``ifconfig -a`` (the live check asks the kernel by ioctl)."""
    from wwandoctor.collect.net import read_if_inet6
    from wwandoctor.collect.sysfs import Reader

    listed = _parsed_output(bundle, [("ip", "addr"), ("ifconfig", "-a")])
    if listed is None:
        return
    inet6 = read_if_inet6(Reader(root))
    seen = {i.name: i for i in listed.net_interfaces}
    for iface in snap.net_interfaces:
        other = seen.get(iface.name)
        if iface.addresses is not None or other is None or inet6 is None:
            continue
        v4 = [a for a in other.addresses or [] if ":" not in a]
        iface.addresses = v4 + inet6.get(iface.name, [])


def _parsed_output(bundle: Bundle, argvs) -> Optional[Snapshot]:
    """The first of ``argvs`` that ran, parsed as pasted text (None when none did)."""
    from wwandoctor.ingest import ingest_text

    for argv in argvs:
        cmd = bundle.commands.get(argv)
        if cmd is not None and cmd.status == "ok" and cmd.rc == 0 and cmd.stdout:
            return ingest_text("$ %s\n%s\n" % (" ".join(argv), "\n".join(cmd.stdout)), " ".join(argv))
    return None


def _daemon_logs(bundle: Bundle, snap: Snapshot) -> None:
    """OpenWrt's ``logread``: the daemons' lines (the kernel's came from the kernel log already)
    and the tools they show at work (netifd starting udhcpc, uqmi...)."""
    parsed = _parsed_output(bundle, [("logread",)])
    if parsed is None:
        return
    for line in parsed.log:
        if line.origin != "kernel":
            line.source = "logread"
            snap.log.append(line)
    for use in parsed.tools:
        use.evidence = "logread: " + use.evidence
        snap.tools.append(use)


def _denied(bundle: Bundle, snap: Snapshot) -> None:
    """Paths the script could not read make their source permission-denied."""
    by_source: Dict[str, List[str]] = {}
    for path in bundle.denied:
        source = next(src for prefix, src in DENIED_SOURCES if path.startswith(prefix))
        by_source.setdefault(source, []).append(path)
    for source, paths in by_source.items():
        current = snap.sources.get(source)
        if current is None or current.status in ("ok", "not-applicable"):
            shown = ", ".join(paths[:3]) + (" and %d more" % (len(paths) - 3) if len(paths) > 3 else "")
            snap.set_source(source, "permission-denied", "cannot read %s" % shown)


def _notes(bundle: Bundle, snap: Snapshot) -> None:
    meta = bundle.meta
    snap.notes.append("%s: collected by wwandoctor-collect.sh%s%s%s" % (
        bundle.name, " on " + meta["date"] if meta.get("date") else "",
        ", kernel " + meta["release"] if meta.get("release") else "",
        "" if meta.get("uid") in (None, "0") else ", not as root (uid %s): some files were not readable" % meta["uid"]))
    if not bundle.complete:
        snap.notes.append("%s: the bundle is cut short (no end line): what is missing is unknown, not absent"
                          % bundle.name)
    if bundle.stray:
        snap.notes.append("%s: %d line(s) outside the bundle's records were ignored" % (bundle.name, bundle.stray))
    if bundle.entries > MAX_ENTRIES:
        snap.notes.append("%s: more than %d entries; the rest were ignored" % (bundle.name, MAX_ENTRIES))


def read_bundle(lines: Iterable[str], name: str) -> Snapshot:
    """Parse a bundle's lines into a snapshot (InputError when it is not a usable bundle)."""
    bundle = parse(lines, name)
    if not bundle.meta and not bundle.files and not bundle.commands:
        raise InputError("%s: a wwandoctor-collect bundle with no records" % name)
    return to_snapshot(bundle)
