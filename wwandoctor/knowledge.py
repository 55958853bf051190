"""Lookups in the packaged knowledge tables (``wwandoctor/data/*.csv``).

Each table is read once, on first use (``functools.lru_cache``); importing this
module reads nothing, so ``wwandoctor --version`` never pays for the tables.
The tables and their columns are described in /work/shared/knowledge.md section 9.
A row of ``usb-modem-ids.csv`` looks like::

    413c,81a3,if#8,qmi_wwan,Dell Wireless 5570 HSPA+ ...,linux v7.2.13 drivers/net/usb/qmi_wwan.c:1421,QMI_FIXED_INTF,,5.10.262 6.1.192 6.12.117 7.2.13

All ids are 4 lowercase hex digits; lookups accept any case and ``0x`` prefixes.
Rows are returned as plain dicts (column -> text) shared between callers: do not
modify them.
"""
from __future__ import annotations

import csv
import functools
import io
import re
from typing import Dict, List, Optional, Tuple

from wwandoctor import regex_cache

# Kernel sources the usb-modem-ids.csv ``in_kernels`` column was checked against, oldest first.
CHECKED_KERNELS: Tuple[Tuple[int, int, int], ...] = ((5, 10, 262), (6, 1, 192), (6, 12, 117), (7, 2, 13))


def _read(name: str) -> List[Dict[str, str]]:
    """All rows of a packaged CSV table."""
    from wwandoctor.resources import data_text
    return list(csv.DictReader(io.StringIO(data_text(name))))


def norm_id(value) -> str:
    """'0x413C' / 0x413c / '413c' -> '413c'; '*' stays '*'; garbage -> ''."""
    if isinstance(value, int):
        return "%04x" % value if 0 <= value <= 0xFFFF else ""
    text = str(value or "").strip().lower()
    if text == "*":
        return text
    if text.startswith("0x"):
        text = text[2:]
    if re.fullmatch(r"[0-9a-f]{1,4}", text):
        return text.zfill(4)
    return ""


# --- USB driver tables ---------------------------------------------------------

@functools.lru_cache(maxsize=None)
def _usb_index() -> Dict[Tuple[str, str], List[Dict[str, str]]]:
    index: Dict[Tuple[str, str], List[Dict[str, str]]] = {}
    for row in _read("usb-modem-ids.csv"):
        index.setdefault((row["vid"], row["pid"]), []).append(row)
    return index


def usb_id_rows(vid, pid) -> List[Dict[str, str]]:
    """Driver-table rows for this device: exact vid:pid rows, then vendor-wide ``vid:*`` rows.

    Generic ``*:*`` rows (e.g. cdc_mbim's "any 02/0e/00 interface") are not included:
    they say nothing about the device.
    """
    vid, pid = norm_id(vid), norm_id(pid)
    if not vid or vid == "*":
        return []
    index = _usb_index()
    rows = list(index.get((vid, pid), [])) if pid and pid != "*" else []
    return rows + list(index.get((vid, "*"), []))


def drivers_for_id(vid, pid) -> List[str]:
    """Drivers whose id tables list this device (exact or vendor-wide rows), sorted."""
    return sorted({row["driver"] for row in usb_id_rows(vid, pid)})


def parse_release(release: Optional[str]) -> Optional[Tuple[int, int, int]]:
    """'6.8.0-45-generic' -> (6, 8, 0); '5.10' -> (5, 10, 0); garbage -> None."""
    m = re.match(r"\s*(\d+)\.(\d+)(?:\.(\d+))?", release or "")
    if not m:
        return None
    return int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)


def effective_release(release: Optional[str], version_line: Optional[str] = None) -> Optional[str]:
    """The upstream version a distribution kernel is built from, when ``version_line`` tells it.

    Debian's ``uname -r`` keeps the ABI name ("6.1.0-18-amd64") while ``uname -v`` / ``uname -a``
    names the real stable release::

        Linux host 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64 GNU/Linux

    -> "6.1.76". Otherwise ``release`` is returned unchanged.
    """
    m = re.search(r"\bDebian (\d+\.\d+\.\d+)", version_line or "")
    if m and release and parse_release(m.group(1))[:2] == (parse_release(release) or ())[:2]:
        return m.group(1)
    return release


def _kernels_of(rows: List[Dict[str, str]]) -> set:
    found = set()
    for row in rows:
        for word in row.get("in_kernels", "").split():
            version = parse_release(word)
            if version in CHECKED_KERNELS:
                found.add(version)
    return found


def kernel_has_id(vid, pid, driver: str, release: str) -> Optional[bool]:
    """Does a kernel ``release`` list vid:pid in ``driver``'s id table? None = cannot tell.

    Uses the ``in_kernels`` column (checked: 5.10.262, 6.1.192, 6.12.117, 7.2.13), and for older
    releases the ids an older tree's tables lack (:func:`absent_in_older_kernel`).
    Exact vid:pid rows are used; vendor-wide rows only when there is no exact row.
    Device ids are added over time and backported to stable series, and distribution
    kernels print misleading patch levels ("5.10.0-28-amd64" is really 5.10.2xx),
    so the answer is deliberately conservative:

    * True: a checked kernel of the *same series* (major.minor) at or below ``release``
      has the row; or ``release`` is newer than every checked series and the newest
      checked kernel has it.
    * False: no checked kernel at or below ``release`` has the row and some checked
      kernel at or above ``release`` lacks it (ids are only added: an older kernel
      cannot have what a newer one lacks).
    * None: otherwise (no row at all for this driver, a release between checked
      series, an unparseable release...).
    """
    rows = [r for r in usb_id_rows(vid, pid) if r["driver"] == driver]
    exact = [r for r in rows if r["pid"] != "*"]
    version = parse_release(release)
    verdict = _checked_verdict(_kernels_of(exact or rows), version)
    if verdict is None and version is not None and exact and absent_in_older_kernel(vid, pid, driver, version):
        return False
    return verdict


@functools.lru_cache(maxsize=None)
def _absent_older() -> Dict[Tuple[str, str, str], Tuple[Tuple[int, int, int], ...]]:
    index: Dict[Tuple[str, str, str], List[Tuple[int, int, int]]] = {}
    for row in _read("usb-ids-absent-older-kernels.csv"):
        index.setdefault((row["driver"], row["vid"], row["pid"]), []).append(parse_release(row["kernel"]))
    return {key: tuple(kernels) for key, kernels in index.items()}


def absent_in_older_kernel(vid, pid, driver: str, version: Tuple[int, int, int]) -> bool:
    """A kernel older than the checked ones (usb-ids-absent-older-kernels.csv: the qmi_wwan, qcserial and
    option tables of 2.6.27 and 2.6.32 (with sierra), 3.4.39, 4.1.15, 4.14.98, 4.19.67, 5.4.188, 5.4.214, 5.4.286 and 5.15.215 trees) at or above
    ``version`` lacks vid:pid in ``driver``'s table, so ``version`` lacks it too (ids are only added; a
    distribution's backports are the caveat). A release without a patch level ("5.4", Ubuntu's
    "5.4.0-150-generic", whose ABI number hides a 5.4.2xx with stable backports) is compared only with trees
    of a later series."""
    kernels = _absent_older().get((driver, norm_id(vid), norm_id(pid)), ())
    if version[:2] == (2, 6):  # 2.6.N is a series of its own: "2.6.32-24-generic" is a 2.6.32.y with backports
        return any(version < k for k in kernels)
    if version[2] == 0:
        return any(version[:2] < k[:2] for k in kernels)
    return any(version <= k for k in kernels)


def newest_kernel_lacking(vid, pid, drivers: List[str]) -> Optional[Tuple[int, int, int]]:
    """The newest older tree (usb-ids-absent-older-kernels.csv) whose tables of every one of ``drivers`` lack vid:pid,
    or None (one of them had it in every older tree read, or no driver is given): a kernel at or below it has no driver
    for the id."""
    newest = [max(_absent_older().get((driver, norm_id(vid), norm_id(pid)), ()), default=None) for driver in drivers]
    if not newest or None in newest:
        return None
    return min(newest)


def pcie_kernel_has_id(entry: Dict[str, str], release: str) -> Optional[bool]:
    """Does kernel ``release`` have the pcie-modem-ids.csv row ``entry``? Same answer as
    :func:`kernel_has_id`, from the row's ``in_checked_kernels``; a release below the row's
    ``min_kernel`` (a release a source names for the id) is False."""
    version = parse_release(release)
    least = parse_release(entry.get("min_kernel"))
    if version is not None and least is not None and version[:2] < least[:2]:
        return False
    have = _kernels_of([{"in_kernels": entry.get("in_checked_kernels", "")}])
    return _checked_verdict(have, version)


def _checked_verdict(have: set, version) -> Optional[bool]:
    if version is None or not have:
        return None
    same_series = [k for k in CHECKED_KERNELS if k[:2] == version[:2]]
    if any(k in have and k <= version for k in same_series):
        return True
    if version[:2] > CHECKED_KERNELS[-1][:2] and CHECKED_KERNELS[-1] in have:
        return True
    if not any(k <= version for k in have) and any(k >= version and k not in have for k in CHECKED_KERNELS):
        return False
    return None


# --- other tables ----------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def _rows(name: str) -> Tuple[Dict[str, str], ...]:
    return tuple(_read(name))


def openwrt_packages(modules: List[str]) -> Optional[List[str]]:
    """The OpenWrt kmod packages that ship ``modules`` (openwrt-kmod-packages.csv, read from OpenWrt's
    package/kernel/linux/modules/*.mk); None when ``modules`` is empty or one of them has no row."""
    table = {row["module"]: row["package"] for row in _rows("openwrt-kmod-packages.csv")}
    if not modules or any(module not in table for module in modules):
        return None
    return [table[module] for module in modules]


@functools.lru_cache(maxsize=None)
def _usb3_minicard_re() -> "re.Pattern[str]":
    models = "|".join(re.escape(row["model"]) for row in _rows("usb3-minicard-models.csv"))
    return re.compile(r"(?<![\w-])(?:%s)(?:-[A-Z]{1,2})?(?![\w-])" % models)


def usb3_minicard_model(text: str) -> Optional[str]:
    """The first model of usb3-minicard-models.csv ``text`` names ("EP06-E", "Telit LM940"): a mini PCIe modem that
    carries USB 3.0 SuperSpeed on the card's PCIe pins (23, 25, 31, 33), or None."""
    m = _usb3_minicard_re().search(text)
    return m.group(0) if m else None


def table_rows(name: str) -> Tuple[Dict[str, str], ...]:
    """Every row of a packaged table (read once; the rows are shared: do not modify them)."""
    return _rows(name)


@functools.lru_cache(maxsize=None)
def _by_id(name: str, vid_col: str, pid_col: str) -> Dict[Tuple[str, str], List[Dict[str, str]]]:
    index: Dict[Tuple[str, str], List[Dict[str, str]]] = {}
    for row in _read(name):
        index.setdefault((row[vid_col], row[pid_col]), []).append(row)
    return index


def modeswitch_entry(vid, pid) -> Optional[Dict[str, str]]:
    """The usb_modeswitch / usb-storage switching row for vid:pid (model, target_mode_hint, source)."""
    rows = _by_id("modeswitch-ids.csv", "vid", "pid").get((norm_id(vid), norm_id(pid)))
    return rows[0] if rows else None


_TARGET_RE = regex_cache.compile(r"\btarget ([0-9a-f]{4}):([0-9a-f]{4}(?:,[0-9a-f]{4})*)")


@functools.lru_cache(maxsize=None)
def _switch_targets() -> Dict[Tuple[str, str], frozenset]:
    """{storage id: ids it switches to}, from the ``target VID:PID,PID`` words of target_mode_hint."""
    targets: Dict[Tuple[str, str], set] = {}
    for row in _read("modeswitch-ids.csv"):
        for vid, pids in _TARGET_RE.findall(row.get("target_mode_hint", "")):
            targets.setdefault((row["vid"], row["pid"]), set()).update((vid, p) for p in pids.split(","))
    return {key: frozenset(ids) for key, ids in targets.items()}


def switch_targets(vid, pid) -> frozenset:
    """The ids usb-modeswitch-data says the storage-mode id vid:pid switches to (empty when none)."""
    return _switch_targets().get((norm_id(vid), norm_id(pid)), frozenset())


def is_switch_target(vid, pid) -> bool:
    """vid:pid is an id some storage-mode device switches to (its modem mode)."""
    key = (norm_id(vid), norm_id(pid))
    return any(key in ids for ids in _switch_targets().values())


# usb-modeswitch-data also switches Wi-Fi and Bluetooth sticks out of their driver-CD mode ("AVM Fritz!Wlan USB Stick N",
# "D-Link DWA-171 Wifi Dongle", "Motorola 802.11 bg WLAN"): their targets are no modems
_NOT_MODEM_MODEL_RE = regex_cache.compile(r"(?i)wi-?fi|\bw?lan\b|wlan|bluetooth|802\.11|printer|laserjet")


def switch_sources(vid, pid) -> List[str]:
    """The storage-mode ids of modems (not Wi-Fi or Bluetooth sticks) that usb-modeswitch-data switches to vid:pid,
    as "vid:pid" (empty when none)."""
    key = (norm_id(vid), norm_id(pid))
    return sorted("%s:%s" % src for src, ids in _switch_targets().items()
                  if key in ids and not _NOT_MODEM_MODEL_RE.search((modeswitch_entry(*src) or {}).get("model", "")))


def switch_keeps_id(vid, pid) -> bool:
    """A usb-modeswitch-data entry for vid:pid switches the device in place: ``TargetClass=`` with no target id
    (usb_modeswitch then waits for the same id with the modem's interface class), or a target list that names the
    id itself. Such an id is the storage mode and the modem mode alike (Huawei E220 12d1:1003): the id alone does not
    say which mode the device is in."""
    key = (norm_id(vid), norm_id(pid))
    rows = _by_id("modeswitch-ids.csv", "vid", "pid").get(key) or []
    in_place = any("TargetClass=" in variant and not _TARGET_RE.search(variant)
                   for row in rows for variant in row.get("target_mode_hint", "").split("|"))
    return in_place or key in switch_targets(*key)


def router_mode_entry(vid, pid) -> Optional[Dict[str, str]]:
    """The router-mode-ids.csv row for vid:pid: an id whose only network function is the Ethernet link
    (RNDIS / CDC ECM) of a router inside the stick (HiLink, ZTE web-UI firmware, pocket routers), with
    ``function``, ``switched_from``, ``modem_mode`` (how to get modem ports, where a source says) and ``source``."""
    rows = _by_id("router-mode-ids.csv", "vid", "pid").get((norm_id(vid), norm_id(pid)))
    return rows[0] if rows else None


def boot_mode_entry(vid, pid) -> Optional[Dict[str, str]]:
    """The boot-mode-ids.csv row for vid:pid: an id a module shows only while its boot loader waits for a firmware
    download (Sierra's "boot and hold"), where the kernel tables do not call it QDL; with ``model``, ``mode`` and
    ``source``."""
    rows = _by_id("boot-mode-ids.csv", "vid", "pid").get((norm_id(vid), norm_id(pid)))
    return rows[0] if rows else None


def configuration_only_switch(vid, pid) -> bool:
    """usb-modeswitch-data's entry for vid:pid sends no switch message: it only sets a USB configuration
    (``Configuration=N``; Configuration=0 is the dispatcher's dummy that triggers its MBIM check). Such an id is
    already a modem, not a storage-mode id (usb_modeswitch device_reference.txt: "AltSetting/Configuration changes
    and ResetUSB are executed after all other steps and can be combined or used on their own")."""
    entry = modeswitch_entry(vid, pid)
    return bool(entry) and entry.get("target_mode_hint", "").startswith("Configuration=")


# words that open a model name in the switch table but name no maker ("Various", "Unknown", "4G Modem", "China ...")
_NOT_VENDOR_WORDS = frozenset({"various", "unknown", "mobile", "china", "4g", "bm", "gw", "xs", "venus", "titan", "omega"})


def _model_maker_words(row: Dict[str, str]) -> List[str]:
    """The words of the first word of a usb-modeswitch-data model name, split at "/" and ",", as the table writes
    them ("Huawei E3131" -> ["Huawei"], "ZTE/Onda MF110" -> ["ZTE", "Onda"])."""
    first = (row.get("model") or "").split()[:1]
    return re.split(r"[/,]", first[0]) if first else []


@functools.lru_cache(maxsize=None)
def _switch_vendor_words() -> Dict[str, frozenset]:
    """{maker's word, lower case: its vendor ids}: the first word of each model name in usb-modeswitch-data
    ("Huawei E3131" -> huawei: 12d1; "Onda MT503HS" -> onda: 19d2, 1ee8), split at "/" and ",", for the makers of modems."""
    words: Dict[str, set] = {}
    rows: Dict[str, int] = {}
    for row in _read("modeswitch-ids.csv"):
        for word in (w.lower() for w in _model_maker_words(row)):
            if len(word) > 1 and word not in _NOT_VENDOR_WORDS and not word[0].isdigit():
                words.setdefault(word, set()).add(row["vid"])
                rows[word] = rows.get(word, 0) + 1
    # a maker of modems: one of its vendor ids is in the modem driver or FCC tables, and it has more than one entry
    # (the table also holds a few printers, Wi-Fi sticks and card readers that hide a driver CD)
    return {word: frozenset(vids) for word, vids in words.items()
            if rows[word] > 1 and any(modem_vendor(v) for v in vids)}


def switch_makers_pattern() -> str:
    """A regex alternation of the makers' words (in the case the table writes them, and all capitals: lsusb prints
    "ONDA Communication S.p.A.", "ZTE WCDMA Technologies MSM")."""
    names = set()
    for row in _read("modeswitch-ids.csv"):
        for word in _model_maker_words(row):
            if word.lower() in _switch_vendor_words():
                names.update({word, word.upper(), word.capitalize()})
    return "(?:%s)\\b" % "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


def switch_vendor_ids(word: str) -> frozenset:
    """The vendor ids usb-modeswitch-data's model names give a maker's name ("ZTE" -> 19d2); empty when none."""
    return _switch_vendor_words().get((word or "").lower(), frozenset())


def fcc_unlock_entries(vid, pid) -> List[Dict[str, str]]:
    """All FCC-unlock rows for vid:pid (ModemManager script first, vendor tools after)."""
    return list(_by_id("fcc-unlock-ids.csv", "vid", "pid").get((norm_id(vid), norm_id(pid)), []))


def fcc_unlock_entry(vid, pid) -> Optional[Dict[str, str]]:
    """The first FCC-unlock row for vid:pid (model, modemmanager_version, script, mechanism)."""
    rows = fcc_unlock_entries(vid, pid)
    return rows[0] if rows else None


def pcie_modem(vendor, device, subvendor=None, subdevice=None) -> Optional[Dict[str, str]]:
    """The pcie-modem-ids.csv row for a PCI id; a row naming the subsystem wins over a generic one.

    Rows with an empty subvendor/subdevice match any subsystem, ``*`` matches any value.
    """
    rows = _by_id("pcie-modem-ids.csv", "vendor", "device").get((norm_id(vendor), norm_id(device)), [])
    sub = (norm_id(subvendor), norm_id(subdevice))
    best = None
    for row in rows:
        want = (row["subvendor"], row["subdevice"])
        if want == ("", ""):
            best = best or row
        elif all(w == "*" or w == s for w, s in zip(want, sub)):
            return row
    return best


@functools.lru_cache(maxsize=None)
def _log_signatures() -> Tuple[Dict[str, str], ...]:
    return tuple(_read("log-signatures.csv"))


def log_signatures() -> List[Dict[str, str]]:
    """Rows of log-signatures.csv: component, origin, message_format, regex_hint, meaning, root_causes, source."""
    return list(_log_signatures())


@functools.lru_cache(maxsize=None)
def _triplet_rows() -> Tuple[Dict[str, str], ...]:
    return tuple(_read("usb-class-triplets.csv"))


def triplet_rows() -> List[Dict[str, str]]:
    """Rows of usb-class-triplets.csv (used by wwandoctor.decode.usb_descriptors.triplet_meaning)."""
    return list(_triplet_rows())


@functools.lru_cache(maxsize=None)
def _modem_vendors() -> frozenset:
    # a vendor named only by a USB-serial bridge driver's rows (Silicon Labs, FTDI) makes serial gadgets of every kind
    from wwandoctor.drivers import USB_SERIAL_BRIDGE_DRIVERS
    vendors = {vid for (vid, _pid), rows in _usb_index().items()
               if vid != "*" and any(r["driver"] not in USB_SERIAL_BRIDGE_DRIVERS for r in rows)}
    vendors.update(vid for vid, _pid in _by_id("fcc-unlock-ids.csv", "vid", "pid"))
    return frozenset(vendors)


def modem_vendor(vid) -> bool:
    """The vendor id appears in the USB modem driver tables or the FCC-unlock table."""
    return norm_id(vid) in _modem_vendors()


def is_modem_id(vid, pid) -> bool:
    """vid:pid is named exactly (not by a vendor-wide row) in the driver, modeswitch, FCC, router-mode or boot-mode tables.

    The modeswitch table also lists a few non-modems that hide a driver CD (printers,
    Wi-Fi sticks): a True here means "a device the tables know", not proof of a modem.
    """
    key = (norm_id(vid), norm_id(pid))
    if "*" in key or "" in key:
        return False
    return (key in _usb_index() or key in _by_id("modeswitch-ids.csv", "vid", "pid")
            or key in _by_id("fcc-unlock-ids.csv", "vid", "pid") or key in _by_id("router-mode-ids.csv", "vid", "pid")
            or key in _by_id("boot-mode-ids.csv", "vid", "pid"))


@functools.lru_cache(maxsize=None)
def _distro_kernels() -> Dict[Tuple[str, str], Dict[str, str]]:
    index: Dict[Tuple[str, str], Dict[str, str]] = {}
    for row in _read("distro-kernels.csv"):
        index[(row["family"], row["release"])] = row
        if row["codename"]:
            index[(row["family"], row["codename"])] = row
    return index


def distro_kernel(family: str, release: str) -> Optional[Dict[str, str]]:
    """The distro-kernels.csv row of a distribution release: ``family`` debian, ubuntu, openwrt, rhel, fedora or opensuse;
    ``release`` its number ("8", "16.04", "21.02") or Debian codename ("jessie"). Its ``kernel`` is the
    series the release shipped: the running kernel is that or newer (HWE, backports), never older."""
    return _distro_kernels().get((family, release.lower()))


def _version_tuple(text: str) -> Tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text))


@functools.lru_cache(maxsize=None)
def _firmware_minimums() -> Tuple[Tuple[Dict[str, str], "re.Pattern", "re.Pattern"], ...]:
    return tuple((row, re.compile(row["revision_pattern"]), re.compile(row["needed_by_pattern"], re.I))
                 for row in _read("firmware-minimums.csv"))


def firmware_below_minimum(texts: List[str]) -> Optional[Tuple[Dict[str, str], str]]:
    """The firmware-minimums.csv row and the revision shown when ``texts`` (the paste's lines) show a modem
    firmware revision older than the least one the row's host software needs, and name that software."""
    for row, revision_re, needed_re in _firmware_minimums():
        revisions = [m for text in texts for m in revision_re.finditer(text)]
        if not revisions or not any(needed_re.search(text) for text in texts):
            continue
        old = [m for m in revisions if _version_tuple(m.group(0)) < _version_tuple(row["least"])]
        if old and len(old) == len(revisions):  # a newer revision shown too: the module was updated
            return row, old[0].group(0)
    return None


def load_all() -> None:
    """Read every table now (tests and benchmarks; lookups load lazily otherwise)."""
    _usb_index()
    _by_id("modeswitch-ids.csv", "vid", "pid")
    _by_id("fcc-unlock-ids.csv", "vid", "pid")
    _by_id("router-mode-ids.csv", "vid", "pid")
    _by_id("pcie-modem-ids.csv", "vendor", "device")
    _distro_kernels()
    _firmware_minimums()
    _absent_older()
    _log_signatures()
    _triplet_rows()
    _modem_vendors()
