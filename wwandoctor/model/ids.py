"""What the packaged tables (wwandoctor.knowledge) and the running kernel know about a modem's id.

usb_modeswitch's table, the FCC unlock table, the kernel drivers' id tables per release, the live
``modules.alias`` matches, the driver availability (``modprobe -n``, kernel config):
    413c:81a3 is listed by qcserial, qmi_wwan  -> expected_drivers ["qcserial", "qmi_wwan"]
    1199:9079 is in the qmi_wwan tables of kernel 4.4 -> kernel_knows_id True
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.model.common import is_unbound_vendor, source_label, vidpid
from wwandoctor.model.types import Evidence, Host, Modem, places
from wwandoctor.snapshot import MODESWITCH_PATH_NOT_SHOWN, LogLine, Snapshot

if TYPE_CHECKING:
    from wwandoctor.model.prose_ids import NewIdWrite


def usb_knowledge(m: Modem, dev, snap: Snapshot) -> None:
    from wwandoctor import knowledge
    if not (dev.vid and dev.pid):
        return
    vp = vidpid(dev.vid, dev.pid)
    entry = knowledge.modeswitch_entry(dev.vid, dev.pid)
    m.note("modeswitch_known", entry is not None, "usb_modeswitch data",
           "%s %s in usb_modeswitch's table%s" % (vp, "is" if entry else "is not", (": " + entry.get("target_mode_hint", "")[:120]) if entry else ""))
    router_mode(m, dev.vid, dev.pid)
    sources = knowledge.switch_sources(dev.vid, dev.pid)
    m.note("switched_from", sources, "usb_modeswitch data",
           ("%s is the id usb_modeswitch switches %s to (modem mode)" % (vp, ", ".join(sources))) if sources
           else "%s is no usb_modeswitch target" % vp)
    if entry is not None:  # usb-modeswitch-data lists the id only to set its USB configuration: a modem, not a pre-switch id
        only = knowledge.configuration_only_switch(dev.vid, dev.pid)
        m.note("modeswitch_configuration_only", only, "usb_modeswitch data", "%s's entry %s" % (
            vp, "only sets its USB configuration: a modem id, not a storage one" if only else "sends a switch message"))
        keeps = knowledge.switch_keeps_id(dev.vid, dev.pid)
        m.note("modeswitch_keeps_id", keeps, "usb_modeswitch data", "%s's switch %s" % (
            vp, "keeps the id (only the interface class changes): the id does not tell the mode" if keeps
            else "gives the device another id"))
    fcc(m, dev.vid, dev.pid, snap)
    sierra = is_sierra(dev.vid, dev.pid)
    m.note("sierra_firmware", sierra, "kernel driver tables",
           "%s %s a Sierra Wireless module (vendor 1199 or qcserial's Sierra layout)" % (vp, "is" if sierra else "is not"))
    switch_config_for_modem_id(m, dev.vid, dev.pid, snap)
    id_set_by_command(m, dev.vid, dev.pid, snap)
    sierra_mbim_config(m, sierra)
    expected = knowledge.drivers_for_id(dev.vid, dev.pid)
    m.note("expected_drivers", expected, "kernel driver tables",
           "%s is listed by %s" % (vp, ", ".join(expected) if expected else "no modem driver table"))
    exact_rows = [r for r in knowledge.usb_id_rows(dev.vid, dev.pid) if r.get("pid") == knowledge.norm_id(dev.pid)]
    exact = sorted({r["driver"] for r in exact_rows})
    m.note("id_drivers", exact, "kernel driver tables",
           "%s is named by %s" % (vp, ", ".join(exact) if exact else "no driver table by its exact id"))
    if not _alias_knows_id(m, dev, snap):  # the running kernel's own modules.alias answers first
        _kernel_knows_id(m, dev, snap, expected)
    _id_absent_from_lts(m, vp, expected)
    _qmi_interface(m, dev, src=source_label(snap))
    id_added_by_patch(m, dev.vid, dev.pid, snap)
    missing_modules(m, expected, snap)
    _boot_mode(m, dev, vp, exact_rows, expected)
    _pcie_first_model(m, dev, vp)
    _gobi_host_firmware(m, dev, vp, exact_rows, snap)
    _host_firmware_file(m, vp, exact_rows)


# usb-modem-ids.csv model text of an id whose driver uploads a firmware file at plug-in: ti_usb_3410_5052's
# ti_download_firmware() asks for "mts_gsm.fw" for 06e0:f111 (linux 5.4.286 drivers/usb/serial/ti_usb_3410_5052.c:1649)
_HOST_FIRMWARE = regex_cache.compile(r"\bhost firmware (\S+\.fw)\b")


def _host_firmware_file(m: Modem, vp: str, exact_rows: List[dict]) -> None:
    """host_firmware_file: the file the id's driver uploads to the modem (the id table row names it), else ""."""
    found = next((f.group(1) for f in (_HOST_FIRMWARE.search(r.get("model", "")) for r in exact_rows) if f), "")
    m.note("host_firmware_file", found, "kernel driver tables",
           ("%s's driver uploads %s from /lib/firmware to the modem at every plug-in" % (vp, found)) if found
           else "%s's driver uploads no firmware file" % vp)


def _pcie_first_model(m: Modem, dev, vp: str) -> None:
    """pcie_first_model: a word of the device's product string is a model name (product_names) whose table ids are
    all PCIe ones ("L850-GL" -> 8086:7360, iosm): the module is PCIe-first and shows this USB id only in its USB mode,
    whose interfaces a class driver (cdc_mbim) may take, so the id's absence from option/qmi_wwan says little.
    Always filled (False without such a name), so rules may require it not to hold."""
    from wwandoctor import product_names
    for word in re.findall(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", dev.product or ""):
        name = product_names.lookup(word)
        if name and name.ids and all(c.bus == "pci" for c in name.ids):
            shown = ", ".join("%s:%s" % (c.vid, c.pid) for c in name.ids)
            m.note("pcie_first_model", True, "model names",
                   "%s's product name %s is a model the tables know only by PCIe ids (%s): a PCIe-first module in "
                   "its USB mode" % (vp, word, shown))
            return
    m.note("pcie_first_model", False, "model names", "%s's product name names no PCIe-only model" % vp)


_CONFIG_ID_RE = regex_cache.compile(r"([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\b")


def switch_config_for_modem_id(m: Modem, vid: str, pid: str, snap: Snapshot) -> None:
    """switch_config_for_modem_id: a usb_modeswitch configuration (/etc/usb_modeswitch.d/VID:PID, or one whose
    DefaultVendor/DefaultProduct say the id) names the id of a device that is already a modem: an id a storage id
    switches to (usb-modeswitch-data target ids) or one a modem driver's table names. usb_modeswitch_dispatcher
    picks the configuration by the device's id, so the switched modem is sent a switch message again and its
    ports go away (USB_ModeSwitch forum t=951: a 19d2:0031 file in usb-modeswitch-data 20120531).
    Always filled, like the tools a post shows: False when no such configuration is shown (nothing the post
    or the live read shows switches the modem's id), so the rule is never left undecided on every modem."""
    from wwandoctor import knowledge
    configs = [c for c in snap.configs
               if c.kind == "usb_modeswitch" and ("usb_modeswitch.d" in c.path or c.path == MODESWITCH_PATH_NOT_SHOWN)]
    if not configs:
        m.note("switch_config_for_modem_id", False, "usb_modeswitch.d", "no usb_modeswitch.d configuration is shown")
        return
    want = (knowledge.norm_id(vid), knowledge.norm_id(pid))
    named = []  # (configuration, the lines naming its file when its own text does not)
    for cfg in configs:
        by_name = _CONFIG_ID_RE.search(cfg.path.rsplit("/", 1)[-1])
        ids = {(knowledge.norm_id(by_name.group(1)), knowledge.norm_id(by_name.group(2)))} if by_name else set()
        where: Tuple[str, ...] = ()
        if cfg.path == MODESWITCH_PATH_NOT_SHOWN:  # a stanza quoted bare: the one usb_modeswitch.d file the post names
            file_ids, where = _files_named(snap)
            ids |= file_ids
        ids.add((knowledge.norm_id(cfg.settings.get("DefaultVendor")), knowledge.norm_id(cfg.settings.get("DefaultProduct"))))
        if want in ids:
            named.append((cfg, where))
    vp = vidpid(vid, pid)
    if not named:
        m.note("switch_config_for_modem_id", False, "usb_modeswitch.d",
               "no usb_modeswitch configuration shown is named for %s" % vp)
        return
    cfg, where = named[0]
    shown = ", ".join("%s=%s" % (k, v) for k, v in list(cfg.settings.items())[:4])
    if not set(cfg.settings) - _CONFIGURATION_KEYS:
        _configuration_only(m, cfg, vp, shown, where)
        return
    modem_id = knowledge.is_switch_target(*want) or any(r.get("pid") == want[1] for r in knowledge.usb_id_rows(*want))
    m.note("switch_config_for_modem_id", modem_id, "usb_modeswitch.d",
           "%s switches %s (%s), %s" % (cfg.path, vp, shown or "no settings shown",
                                        "an id the tables know as a modem (a switch target or in a modem driver's table)"
                                        if modem_id else "an id the tables do not know as a switched modem"), where)


def router_mode(m: Modem, vid: str, pid: str) -> None:
    """router_mode_id from router-mode-ids.csv (the id of a stick whose firmware is a router: usb_modeswitch's
    router targets, Huawei HiLink 12d1:14db/14dc, ZTE MF823 19d2:1403/1405)."""
    from wwandoctor import knowledge
    entry = knowledge.router_mode_entry(vid, pid)
    vp = vidpid(vid, pid)
    m.note("router_mode_id", entry is not None, "router-mode id table",
           "%s is %s" % (vp, "a router-style id: %s, %s link%s" % (
               entry["model"], entry["function"], (" (modem ports: %s)" % entry["modem_mode"]) if entry["modem_mode"] else "")
               if entry else "not a router-style id"))


# The vendors' AT commands that set the USB product id the module enumerates with after its next reset, with the ids
# they set ((vid, pid), vid None when the command keeps the vendor id): Sierra AT!UDPID=<pid> and AT!USBPID=<app pid>,
# <boot pid> (the MC77xx/MC73xx/MC74xx "USB product id" commands), Quectel AT+QCFG="usbcfg",<vid>,<pid>,<interfaces>
# (a query's answer "+QCFG: "usbcfg",..." sets nothing and does not match), SIMCom AT+CUSBPIDSWITCH=<pid>,...
_SET_ID_RES = (
    regex_cache.compile(r"\bAT!(?:UDPID|USBPID)\s*=\s*(?:0x)?(?P<pid>[0-9a-f]{4})\b", re.I),
    regex_cache.compile(r"\bAT\+QCFG\s*=\s*[\"'\u201c\u201d]?usbcfg[\"'\u201c\u201d]?\s*,\s*(?:0x)?(?P<vid>[0-9a-f]{4})\s*,\s*"
                        r"(?:0x)?(?P<pid>[0-9a-f]{4})\b", re.I),
    regex_cache.compile(r"\bAT\+CUSBPIDSWITCH\s*=\s*(?:0x)?(?P<pid>[0-9a-f]{4})\b", re.I),
)
_SET_ID_GATE = regex_cache.compile(r"UDPID|USBPID|usbcfg|CUSBPIDSWITCH", re.I)


def ids_set_by_command(snap: Snapshot) -> List[Tuple[Optional[str], str, LogLine]]:
    """The USB ids the input's lines set by the vendors' AT commands (:data:`_SET_ID_RES`): ``(vid or None, pid,
    line)``, vid None when the command keeps the vendor id."""
    from wwandoctor import knowledge
    from wwandoctor.model.signals import prose_text_lines, text_lines
    found = []
    for line in text_lines(snap) + prose_text_lines(snap):
        if not _SET_ID_GATE.search(line.text):
            continue
        for regex in _SET_ID_RES:
            for hit in regex.finditer(line.text):
                vid = hit.groupdict().get("vid")
                found.append((knowledge.norm_id(vid) if vid else None, knowledge.norm_id(hit.group("pid")), line))
    return found


def set_by_command_line(vid: str, pid: str, snap: Snapshot) -> Optional[LogLine]:
    """The line whose AT command set exactly vid:pid, or None."""
    from wwandoctor import knowledge
    vid, pid = knowledge.norm_id(vid), knowledge.norm_id(pid)
    return next((line for set_vid, set_pid, line in ids_set_by_command(snap)
                 if set_pid == pid and set_vid in (None, vid)), None)


def id_set_by_command(m: Modem, vid: str, pid: str, snap: Snapshot) -> None:
    """id_set_by_command: a line of the input sends the vendor's command setting the USB product id to the one the
    modem enumerates with: the person chose the id, so no driver table need know it. Always filled: False when no
    such command for this id is shown."""
    vp = vidpid(vid, pid)
    line = set_by_command_line(vid, pid, snap)
    if line is not None:
        m.note("id_set_by_command", True, line.source or "paste",
               "%s is the id the person set by AT command: %s" % (vp, line.text.strip()[:160]))
    else:
        m.note("id_set_by_command", False, "paste", "no command setting the USB id %s is shown" % vp)


# the settings that only choose the device's USB configuration / interface setting, or reset it (no switch message)
_CONFIGURATION_KEYS = frozenset({"Configuration", "Interface", "AltSetting", "ResetUSB", "NoMBIMCheck", "WaitBefore"})
# a usb_modeswitch.d file named in the post's words: "usb_modeswitch.d/12d1:1573", "/etc/usb_modeswitch.d/19d2\\:0031"
_NAMED_FILE_RE = regex_cache.compile(r"usb_modeswitch\.d/([0-9a-fA-F]{4})\\?:([0-9a-fA-F]{4})\b")


def _files_named(snap: Snapshot) -> Tuple[set, Tuple[str, ...]]:
    """(the id of the one usb_modeswitch.d file the post's lines name, the places of those lines): a bare stanza
    quoted under it is that file; no id and no place when they name several."""
    from wwandoctor import knowledge
    from wwandoctor.model.signals import unrecognized_lines
    ids, lines = set(), []
    for line in unrecognized_lines(snap):
        found = {(knowledge.norm_id(v), knowledge.norm_id(p)) for v, p in _NAMED_FILE_RE.findall(line.text)}
        if found:
            ids |= found
            lines.append(line)
    return (ids, places(lines)) if len(ids) == 1 else (set(), ())


def _configuration_only(m: Modem, cfg, vp: str, shown: str, where: Tuple[str, ...]) -> None:
    """A configuration for the modem's own id that sends nothing and only sets the USB configuration: usb_modeswitch
    selects configuration N at every plug-in ("Configuration -u", executed after all other steps or on its own,
    usb_modeswitch device_reference.txt), so N decides the modem's functions (its composition). Configuration=0 is
    the dispatcher's dummy that only triggers its MBIM check (knowledge.md 2.1)."""
    m.note("switch_config_for_modem_id", False, "usb_modeswitch.d",
           "%s for %s sends no switch message, it only sets the USB configuration (%s)" % (cfg.path, vp, shown), where)
    number = (cfg.settings.get("Configuration") or "").strip().lower()
    value = int(number, 16) if re.fullmatch(r"0x[0-9a-f]+", number) else int(number) if number.isdigit() else 0
    if value > 0:  # usb_modeswitch reads the number as decimal or 0x-hexadecimal (device_reference.txt)
        m.note("switch_config_configuration", value, "usb_modeswitch.d",
               "%s for %s: %s (usb_modeswitch selects this USB configuration at every plug-in)" % (cfg.path, vp, shown),
               where)


def _qdl_layout(dev, expected: List[str]) -> bool:
    """The boot loader's layout: the device has exactly one interface, for qcserial. qcserial takes a
    one-interface device as the boot loader's download port (linux drivers/usb/serial/qcserial.c qcprobe:
    ``if (nintf == 1) { /* QDL mode */``, 4.1.15 :223-224); libqmi's qmi-firmware-update decides the same
    ("QDL download mode has exactly one single USB interface", qfu-helpers-sysfs.c:142, qfu-helpers-udev.c:93),
    and ModemManager's 80-mm-candidate.rules:16-17 says Qualcomm-based devices fall back to "a recovery layout
    with a single serial port in QDL mode if they fail to boot correctly too many times". Sierra's MC74xx
    shows 1199:9070 so in its boot-and-hold mode."""
    if dev.num_interfaces != 1 or len(dev.interfaces) != 1:
        return False
    intf = dev.interfaces[0]
    vendor_class = (intf.triplet or "ff").lower().startswith("ff")
    return intf.driver == "qcserial" or (not intf.driver and vendor_class and "qcserial" in expected)


def boot_id_model(vid: str, pid: str, exact_rows: List[dict]) -> str:
    """What makes the id a boot-loader / download (QDL) id by the tables, "" when nothing does: a row of qcserial's
    table naming it QDL ("Gobi 2000 QDL device"), or the row of boot-mode-ids.csv (a vendor's boot-and-hold id the
    kernel tables do not call QDL), which wins. ``exact_rows``: the driver-table rows of exactly this id.

    Not by the driver tables when qmi_wwan's table also names the id: a boot loader has no QMI function (qcserial.c's
    comment calls Dell's DW5811e application id 413c:81b6 "QDL"; qmi_wwan.c lists its QMI interfaces 8 and 10)."""
    from wwandoctor import knowledge
    boot = knowledge.boot_mode_entry(vid, pid)
    if boot:
        return "%s in %s (boot-mode-ids.csv)" % (boot["model"], boot["mode"].split(":")[0])
    if any(r.get("driver") == "qmi_wwan" for r in exact_rows):
        return ""
    return next((r.get("model", "") for r in exact_rows if re.search(r"\bQDL\b", r.get("model", ""))), "")


def _boot_mode(m: Modem, dev, vp: str, exact_rows: List[dict], expected: List[str]) -> None:
    """boot_mode: the id is a boot-loader / download (QDL) id by the tables (:func:`boot_id_model`), or the device
    shows the download port's layout (:func:`_qdl_layout`)."""
    qdl = boot_id_model(dev.vid, dev.pid, exact_rows)
    if not qdl and _qdl_layout(dev, expected):
        m.note("boot_mode", True, "usb interfaces",
               "%s has a single interface, for qcserial: the layout of a boot loader's download (QDL) port, "
               "not of a running modem (qcserial.c qcprobe: one interface = QDL mode)" % vp)
        return
    m.note("boot_mode", bool(qdl), "kernel driver tables",
           "%s is %s" % (vp, ("a boot-loader (QDL) id: " + qdl) if qdl else "not a boot-loader id"))
    _crash_dump_mode(m, dev, vp)


def _crash_dump_mode(m: Modem, dev, vp: str) -> None:
    """crash_dump_mode: boot-mode-ids.csv calls the id's mode a memory (crash) dump: the boot loader the firmware
    fell back to after crashing, not one waiting for a firmware download."""
    from wwandoctor import knowledge
    entry = knowledge.boot_mode_entry(dev.vid, dev.pid)
    dump = bool(entry) and entry["mode"].startswith("memory dump")
    m.note("crash_dump_mode", dump, "boot-mode id table",
           ("%s is a crash-dump id: %s" % (vp, entry["mode"][:160])) if dump else "%s is no crash-dump id" % vp)


# The Qualcomm emergency-download id: qcserial names 05c6:9008 "Generic Gobi QDL device" (and gobi_loader's
# 60-gobi.rules lists it), but every later Qualcomm chipset enumerates with it in emergency download (Sahara/
# Firehose), where nothing the host uploads at plug-in helps: it stays modem-in-download-mode's.
_QUALCOMM_EDL = ("05c6", "9008")
_GOBI_QDL = regex_cache.compile(r"\bGobi\b.*\bQDL\b")
_GOBI_MODEM = regex_cache.compile(r"\bGobi\b.*\bModem\b")


def _gobi_qdl_model(vid: str, pid: str, exact_rows: List[dict]) -> str:
    """The model text of the id's qcserial row that names a Gobi QDL device ("Acer Gobi QDL device", "HP Gobi 2000
    QDL device (VP412)", "Gobi 3000 QDL", drivers/usb/serial/qcserial.c), "" when none does: the firmware-less boot
    id of a Gobi 1000/2000/3000 module. These modules keep no firmware of their own: the host uploads it at every
    power-on (gobi_loader's 60-gobi.rules runs "gobi_loader [-2000] $env{DEVNAME} /lib/firmware/gobi" for them),
    then they re-enumerate under their modem id ("... Gobi 2000 Modem device"). ``exact_rows``: the driver-table
    rows of exactly this id."""
    from wwandoctor import knowledge
    if (knowledge.norm_id(vid), knowledge.norm_id(pid)) == _QUALCOMM_EDL:
        return ""
    return next((r.get("model", "") for r in exact_rows
                 if r.get("driver") == "qcserial" and _GOBI_QDL.search(r.get("model", ""))), "")


def _is_gobi_modem_id(vid: str, pid: str) -> bool:
    """qcserial's or qmi_wwan's table names the id a Gobi modem device (the id after the firmware upload)."""
    from wwandoctor import knowledge
    pid = knowledge.norm_id(pid)
    return any(r.get("pid") == pid and _GOBI_MODEM.search(r.get("model", "")) for r in knowledge.usb_id_rows(vid, pid))


def _gobi_host_firmware(m: Modem, dev, vp: str, exact_rows: List[dict], snap: Snapshot) -> None:
    """gobi_host_firmware: a Gobi QDL id (:func:`_gobi_qdl_model`) and no device of the input came back under a
    Gobi modem id of the same vendor (after the upload 03f0:241d re-enumerates as 03f0:251d)."""
    qdl = _gobi_qdl_model(dev.vid, dev.pid, exact_rows)
    m.note("gobi_qdl_id", bool(qdl), "kernel driver tables",
           "%s is %sa Gobi QDL (firmware-less boot) id in qcserial's table" % (vp, "" if qdl else "not "))
    if not qdl:
        m.note("gobi_host_firmware", False, "kernel driver tables", "%s is not a Gobi QDL (firmware-less boot) id" % vp)
        return
    generation = re.search(r"\bGobi\s+(2000|3000)\b", qdl)
    m.note("gobi_generation", generation.group(1) if generation else "1000", "kernel driver tables",
           "%s is %s" % (vp, qdl))
    loaded = [vidpid(d.vid, d.pid) for d in snap.usb_devices
              if d.vid and d.pid and d.vid.lower() == dev.vid.lower() and _is_gobi_modem_id(d.vid, d.pid)]
    m.note("gobi_host_firmware", not loaded, "kernel driver tables",
           "%s is %s: the module waits for the host to upload its firmware%s" % (
               vp, qdl, (", and it came back as %s (the firmware was loaded)" % ", ".join(loaded)) if loaded else ""))


def _kernel_knows_id(m: Modem, dev, snap: Snapshot, expected: List[str]) -> None:
    """From the packaged tables of the kernel release: are the drivers that should take the interfaces
    still without one (EC21 on 4.9: qmi_wwan bound, option not) given this id?"""
    from wwandoctor import knowledge
    vp = vidpid(dev.vid, dev.pid)
    if not expected:
        m.note("kernel_knows_id", False, "kernel driver tables", "%s is in no checked kernel's modem driver tables" % vp)
        return
    from wwandoctor.model.prose_kernel import table_release
    release, source = table_release(snap)  # a release the post states is marked by its source (low confidence)
    if not release:
        return
    bound = {i.driver for i in dev.interfaces if i.driver}
    pending = [d for d in expected if d not in bound] or expected
    verdicts = [knowledge.kernel_has_id(dev.vid, dev.pid, d, release) for d in pending]
    if any(v is True for v in verdicts):
        m.note("kernel_knows_id", True, source, "%s is in the %s tables of kernel %s" % (vp, "/".join(pending), release))
    elif all(v is False for v in verdicts):
        m.note("kernel_knows_id", False, source, "%s is not yet in the %s tables of kernel %s" % (vp, "/".join(pending), release))


# the oldest long-term series vendor, router and board kernels still ship (OpenWrt 19.07 and Keenetic 4.14, BSPs 4.19, 5.4)
_LTS_FLOOR = (4, 14, 0)


def _id_absent_from_lts(m: Modem, vp: str, expected: List[str]) -> None:
    """id_absent_from_lts: the newest older tree whose tables of every expected driver lack the id is a 4.14 or newer one."""
    from wwandoctor import knowledge
    vid, pid = vp.split(":")
    newest = knowledge.newest_kernel_lacking(vid, pid, expected)
    absent = newest is not None and newest >= _LTS_FLOOR
    m.note("id_absent_from_lts", absent, "kernel driver tables",
           ("%s is in none of the %s tables of kernel %s (usb-ids-absent-older-kernels.csv)" % (
               vp, "/".join(expected), ".".join(map(str, newest)))) if absent
           else "%s is in a 4.14-or-newer long-term kernel's tables, or no older tree lacks it" % vp)


def id_in_running_tree(m: Modem, release: Optional[str]) -> bool:
    """The running kernel's in-tree drivers list the modem's id: kernel_knows_id, or, for a release between the checked
    ones, a 4.14-or-newer release newer than every older tree that lacks the id (usb-ids-absent-older-kernels.csv
    lists what the older trees read lack; ids are added to the tables, not taken out)."""
    from wwandoctor import knowledge
    if m.kernel_knows_id is not None or not m.expected_drivers or not (m.vid and m.pid):
        return m.kernel_knows_id is True
    version = knowledge.parse_release(release)
    if version is None or version < _LTS_FLOOR:
        return False
    newest = knowledge.newest_kernel_lacking(m.vid, m.pid, m.expected_drivers)
    return newest is None or version > newest


def _alias_knows_id(m: Modem, dev, snap: Snapshot) -> bool:
    """kernel_knows_id from the live modules.alias matches of the unbound vendor-specific interfaces
    (``alias_modules``; [] = no module of this kernel claims it). A matching module that is loaded or
    bound elsewhere on the device already saw the interface and declined it (qmi_wwan's alias for
    ff/ff/ff also matches a 2-endpoint DIAG port): it does not count. False when not checked."""
    unbound = [i for i in dev.interfaces if is_unbound_vendor(i)]
    if not unbound or any(i.alias_modules is None for i in unbound):
        return False
    declined = {i.driver for i in dev.interfaces if i.driver} | set(snap.kernel.modules_loaded or [])
    claims = ["%d: %s" % (i.number, ", ".join(mod for mod in i.alias_modules if mod not in declined))
              for i in unbound if set(i.alias_modules) - declined]
    numbers = ", ".join(str(i.number) for i in unbound)
    m.note("kernel_knows_id", bool(claims), "modules.alias",
           "modules.alias of the running kernel: interface " + ("; ".join(claims) if claims else
                                                                "%s claimed by no module that has not seen it" % numbers))
    return True


# The file a unified diff changes ("+++ b/drivers/net/usb/qmi_wwan.c", "Index: linux-5.15/drivers/usb/serial/option.c",
# "diff --git a/drivers/usb/serial/qcserial.c b/..."): a USB modem driver's source file.
_PATCH_FILE = regex_cache.compile(r"^(?:\+\+\+ |Index: |diff --git )\S*?\bdrivers/(?:net/usb|usb/serial|usb/class)/(\w+)\.c\b")
# A line the diff adds to an id table: "+\t{QMI_FIXED_INTF(0x2c7c, 0x030b, 4)},", "+\t{DEVICE_SWI(0x413c, 0x81b6)},",
# "+\t{ USB_DEVICE(0x1e0e, 0x9001) },": the entry macros of qmi_wwan.c, qcserial.c, option.c with a literal id.
_PATCH_ID = regex_cache.compile(r"^\+\s*\{\s*[A-Z][A-Z0-9_]*\(\s*0x([0-9a-fA-F]{4})\s*,\s*0x([0-9a-fA-F]{4})\b")


def id_added_by_patch(m: Modem, vid: str, pid: str, snap: Snapshot) -> None:
    """id_added_by_patch: the drivers whose id table a pasted kernel patch extends with this VID:PID.

    A person who posts such a patch found the id missing from the table of the kernel they run
    (drivers/net/usb/qmi_wwan.c products[], drivers/usb/serial/qcserial.c id_table[], option.c option_ids[])."""
    from wwandoctor import knowledge
    from wwandoctor.model.signals import unrecognized_lines
    want = (knowledge.norm_id(vid), knowledge.norm_id(pid))
    driver, drivers, evidence, read = None, [], [], []
    for line in unrecognized_lines(snap):
        text = line.text.strip("\r\n")
        changed = _PATCH_FILE.match(text.strip())
        if changed:
            driver, file_line = changed.group(1), line
            continue
        added = _PATCH_ID.match(text)
        if driver and added and (knowledge.norm_id(added.group(1)), knowledge.norm_id(added.group(2))) == want:
            if driver not in drivers:
                drivers.append(driver)
                evidence.append("%s: %s" % (driver, text.strip()[:160]))
                read += [file_line, line]
    if drivers:
        m.note("id_added_by_patch", drivers, "kernel patch in the input", "; ".join(evidence), places(read))


def id_given_by_new_id(m: Modem, writes: List["NewIdWrite"]) -> None:
    """id_given_by_new_id: the drivers the input hands this USB modem's VID:PID to through their ``new_id`` file
    (``writes``: :func:`model.prose_ids.new_id_writes` of the commands at a prompt and the sentences, read once by
    ``model.derive``). A person does that when the driver did not take the device by itself: the table of the
    running kernel lacked the id (linux Documentation/ABI/testing/sysfs-bus-usb, new_id: "adds a new device ID to
    a USB device driver")."""
    from wwandoctor import knowledge
    if m.bus != "usb" or not (m.vid and m.pid):
        return
    want = (knowledge.norm_id(m.vid), knowledge.norm_id(m.pid))
    mine = [w for w in writes if (knowledge.norm_id(w.vid), knowledge.norm_id(w.pid)) == want]
    if mine:
        drivers = list(dict.fromkeys(w.driver for w in mine))
        m.note("id_given_by_new_id", drivers, "new_id write in the input", "; ".join(w.text for w in mine[:3]))


def _qmi_interface(m: Modem, dev, src: str) -> None:
    """Which driver holds the interface that qmi_wwan's table names: by number (``if#8``), or by class
    (``QMI_MATCH_FF_FF_FF``: the vendor-class ff/ff/ff interface with three endpoints; qmi_wwan.c skips the
    two-endpoint DIAG one, option.c's class rows of such ids take only two-endpoint or ff/00/00 ones)?"""
    from wwandoctor import knowledge
    pid = knowledge.norm_id(dev.pid)
    rows = [r for r in knowledge.usb_id_rows(dev.vid, dev.pid) if r.get("driver") == "qmi_wwan" and r.get("pid") == pid]
    numbers = [int(r["interface"][3:]) for r in rows if re.fullmatch(r"if#\d+", r.get("interface", ""))]
    by_class = any(r.get("interface", "").startswith("class ff/ff/ff") for r in rows)
    for iface in sorted(dev.interfaces, key=lambda i: i.number):
        if iface.driver is None:
            continue
        if iface.number in numbers:
            why = "qmi_wwan's table names interface %d of %s" % (iface.number, vidpid(dev.vid, dev.pid))
        elif by_class and iface.triplet == "ff/ff/ff" and iface.num_endpoints == 3:
            why = ("qmi_wwan's table takes the ff/ff/ff interface of %s with three endpoints: interface %d"
                   % (vidpid(dev.vid, dev.pid), iface.number))
        else:
            continue
        name = "%s:%s.%d" % (dev.path or vidpid(dev.vid, dev.pid), iface.config if iface.config is not None else 1, iface.number)
        m.note("qmi_if", name, "kernel driver tables", why)
        m.note("qmi_if_driver", iface.driver, src, "%s is bound to %s" % (name, iface.driver or "no driver"))
        return


def missing_modules(m: Modem, expected: List[str], snap: Snapshot) -> None:
    """Which of the expected drivers the running kernel does not have."""
    avail = snap.kernel.driver_availability
    if not expected or not avail:
        return
    known = [d for d in expected if d in avail]
    if not known:
        return
    missing = [d for d in known if avail[d] == "missing"]
    m.note("missing_modules", missing, "kernel modules",
           "drivers for this id: " + ", ".join("%s %s" % (d, avail[d]) for d in known))


def missing_openwrt_packages(host: Host, modems: List[Modem]) -> None:
    """host.missing_openwrt_packages: the OpenWrt packages of the drivers the modems miss, when each has one."""
    from wwandoctor import knowledge
    missing = list(dict.fromkeys(d for m in modems for d in m.missing_modules or []))
    packages = knowledge.openwrt_packages(missing)
    if packages:
        host.note("missing_openwrt_packages", " ".join(packages), "openwrt-kmod-packages.csv",
                  "OpenWrt packages of %s" % ", ".join(missing))


def sierra_mbim_config(m: Modem, sierra: bool) -> None:
    """mbim_config of a Sierra Wireless module shown in configuration 2 of 2 with no vendor-specific interface shown in
    it, when the descriptors did not tell: Sierra's MBIM-capable firmware keeps the QMI layout (qcserial, qmi_wwan) in
    configuration 1 and puts the CDC MBIM function in configuration 2 (Bjørn Mork, networkmanager-list 2013-January
    msg00060, MC7710), and the kernel picks that one by itself (knowledge.md 1.2: the first configuration whose first
    interface is not vendor-specific; B15, DW5570)."""
    if not sierra or m.mbim_config is not None or m.num_configs != 2 or m.active_config != 2:
        return
    if any((i.get("triplet") or "").startswith("ff/") for i in m.interfaces or []):
        return
    m.note("mbim_config", 2, "kernel driver tables", "a Sierra Wireless module in configuration 2 of 2: its CDC MBIM "
           "configuration (configuration 1 holds the QMI layout)")


def is_sierra(vid: str, pid: str) -> bool:
    """A Sierra Wireless module: Sierra's vendor id, or an id qcserial binds with the Sierra interface layout
    (DEVICE_SWI: the Dell, HP and Lenovo rebrands, linux drivers/usb/serial/qcserial.c)."""
    from wwandoctor import knowledge
    if knowledge.norm_id(vid) == "1199":
        return True
    exact = knowledge.norm_id(pid)
    return any(r.get("match") == "DEVICE_SWI" and r.get("pid") == exact for r in knowledge.usb_id_rows(vid, pid))


def fcc(m: Modem, vid: str, pid: str, snap: Snapshot) -> None:
    """fcc_lock_known from the FCC unlock table; fcc_unlock_enabled from the fcc-unlock.d listing."""
    from wwandoctor import knowledge
    entry = knowledge.fcc_unlock_entry(vid, pid)
    vp = vidpid(vid, pid)
    m.note("fcc_lock_known", entry is not None, "FCC unlock table",
           "%s %s FCC-locked laptop modems%s" % (vp, "is among" if entry else "is not among",
                                                   " (ModemManager %s script %s)" % (entry.get("modemmanager_version"), entry.get("script")) if entry else ""))
    enabled = snap.fcc_unlock.enabled
    if entry and enabled is not None:
        on = vp in enabled
        m.note("fcc_unlock_enabled", on, "fcc-unlock.d",
               "%s %s enabled in %s" % (vp, "is" if on else "is not", ", ".join(snap.fcc_unlock.directories) or "fcc-unlock.d"))
    if entry:
        fcc_unlock_misplaced(m, vp, snap)


def fcc_unlock_misplaced(m: Modem, vp: str, snap: Snapshot) -> None:
    """True when ModemManager logged the directories it searched for VID:PID (mm-dispatcher-fcc-unlock.c:107,
    one debug line per directory) and the program is installed only elsewhere (another libdir)."""
    from wwandoctor.model.signals import text_lines
    searched_re = re.compile(r"Cannot run fcc unlock operation from (/\S+)/%s: file doesn't exist" % re.escape(vp), re.I)
    path_re = re.compile(r"(/[\w./+-]*/fcc-unlock\.d)/%s\b" % re.escape(vp), re.I)
    searched, installed, evidence = [], [], []
    for line in text_lines(snap):
        hit = searched_re.search(line.text)
        if hit:
            searched.append(hit.group(1).rstrip("/"))
            evidence.append(line)
            continue
        for found in path_re.finditer(line.text):
            installed.append(found.group(1))
            evidence.append(line)
    installed += [p.rsplit("/", 1)[0] for p in snap.fcc_unlock.paths if p.rsplit("/", 1)[-1].lower() == vp]
    if not searched:
        return
    if not installed:
        if snap.fcc_unlock.enabled is not None:  # the live scan of every fcc-unlock.d found no such program
            m.note("fcc_unlock_misplaced", False, "fcc-unlock.d", "%s is in no fcc-unlock.d directory (%s)" % (
                vp, ", ".join(snap.fcc_unlock.directories) or "none exists"))
        return
    misplaced = not any(d in searched for d in installed)
    m.note("fcc_unlock_misplaced", misplaced, "fcc-unlock.d",
           "ModemManager searched %s; %s is installed in %s" % (", ".join(sorted(set(searched))), vp,
                                                              ", ".join(sorted(set(installed)))))
    m.evidence["fcc_unlock_misplaced"] += [Evidence("log", line.text.strip()[:200], (line.source,))
                                           for line in evidence[:6]]


def _release_tuple(text):
    m = re.match(r"(\d+)\.(\d+)", text or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def drivers_newer_than_kernel(m: Modem, host) -> None:
    """drivers_newer_than_kernel: drivers naming this id that the running kernel predates (from the
    release, or from a log wording that dates the kernel). A PCIe modem's driver is its id table's."""
    from wwandoctor.drivers import FIRST_RELEASE
    known = _release_tuple(host.kernel_release)
    older_than = _release_tuple(host.kernel_older_than)
    if known is None and older_than is None:
        return
    drivers = (m.expected_drivers or []) if m.bus == "pci" else (m.id_drivers or [])
    if m.bus == "usb" and m.mbim_config is not None and m.mbim_config == m.active_config:
        drivers = drivers + ["cdc_mbim"]  # the active configuration is the MBIM one: cdc_mbim binds it by class
    newer = [d for d in drivers if d in FIRST_RELEASE
             and ((known is not None and known < FIRST_RELEASE[d]) or (known is None and older_than <= FIRST_RELEASE[d]))]
    why = ("kernel %s" % host.kernel_release) if known else ("a kernel older than %s" % host.kernel_older_than)
    stated = [e for e in host.evidence.get("kernel_release", []) if e.source == "stated-release"]
    m.note("drivers_newer_than_kernel", newer, stated[0].source if stated and known else "kernel driver history",
           "%s on %s" % (", ".join("%s came in %d.%d" % ((d,) + FIRST_RELEASE[d]) for d in newer) or
                         "every driver naming this id is older than the kernel", why))