"""USB ids a post names in its own words ("my modem is 2c7c:0125", "VID 1199 PID 9071",
"idVendor=1199, idProduct=9071", "VID/PID 0x2C7C/0x6002", "USB\\VID_2C7C&PID_0125",
Windows' "Qualcomm HS-USB QDLoader 9008").

Only the lines no parser understood are read (a kernel or lsusb line is already a device), and
only ids of a modem vendor count: a bare ``xxxx:xxxx`` is also a time, a MAC or an IPv6 group.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, List, NamedTuple, Set, Tuple

from wwandoctor import regex_cache
from wwandoctor.snapshot import LogLine, Snapshot

# "2c7c:0125", "0x2c7c:0x0125", also ending a sentence; not a piece of a longer colon chain (MAC, IPv6, a time)
_PAIR_RE = regex_cache.compile(r"(?<![0-9A-Fa-f:.])(?:0x)?([0-9a-fA-F]{4}):(?:0x)?([0-9a-fA-F]{4})(?![0-9A-Fa-f:]|\.\d)")
# "VID 1199 PID 9071", "vid=0x1199, pid=0x9071", "idVendor=1199 idProduct=9071", "VID_2C7C&PID_0125"
_VID_NAME = r"\b(?:vid|idVendor|vendor[ _-]?id)"
# the number after its name, or after "of" / "is": "a vendor ID of 0x0408 and a product ID of 0x1000"
_NAMED_NUMBER = r"\s*(?:[=:_ ]|\s(?:of|is|was)\s)?\s*(?:0x)?([0-9a-fA-F]{4})\b"
_PID_NAMED = r"(?:pid|idProduct|product[ _-]?id)" + _NAMED_NUMBER
_NAMED_RE = regex_cache.compile(_VID_NAME + _NAMED_NUMBER + r"[\s,;/&]*(?:and\s+)?(?:(?:a|an|the|its)\s+)?" + _PID_NAMED, re.I)

# Another product id after a named pair, for the same vendor: "VID=0x1004, PID=0x6327 (CD-ROM), PID=0x6326 (modem)"
_MORE_PID_RE = regex_cache.compile(r"\b" + _PID_NAMED, re.I)
_VID_WORD_RE = regex_cache.compile(_VID_NAME + r"\b", re.I)

# The two named together, then the two numbers: "VID/PID 0x2C7C/0x6002", "VID&PID: 2c7c&6002", "其 VID/PID 为
# 0x2C7C/0x6002" (a few words or another script's "is" between the names and the numbers)
_PAIRED_NAMES_RE = regex_cache.compile(
    r"\b(?:vid|idVendor)\s*[/&]\s*(?:pid|idProduct)\b[^0-9a-zA-Z\n]{0,3}(?:\w{1,4}[^0-9a-zA-Z\n]{1,3})?"
    r"(?:0x)?([0-9a-fA-F]{4})\s*[/&]\s*(?:0x)?([0-9a-fA-F]{4})\b", re.I)

# The two said in words, a few words apart: "the vendor is 1c9e and the product 9605", German "Der Hersteller hat also
# die ID 1c9e und das Produkt 9605", Spanish "fabricante 12d1 y producto 1506"; each number has a digit in it (a
# hex-looking word such as "face" is no id)
_ID_NUMBER = r"(?:0x)?((?=[0-9a-fA-F]{0,3}\d)[0-9a-fA-F]{4})\b"
# (the words between a name and its number may be a translation in brackets, the number in quotes of any language:
# German 'die Hersteller-ID (Vendor ID) „05c6“ und die Produkt-ID (Product ID) „9224“')
_WORDS_BEFORE_NUMBER = r"[\s:=]*(?:\(?[^\W\d]+(?:\s+[^\W\d]+)?\)?\s+){0,4}?[\"'„“«‚‘]?"
_AFTER_NUMBER = r"[\"'“”»‘’„]?"
_WORDED_RE = regex_cache.compile(
    r"\b(?:vendor|manufacturer|Hersteller|fabricante|fabricant|производител\w*)(?:[ _-]?id)?\b" + _WORDS_BEFORE_NUMBER
    + _ID_NUMBER + _AFTER_NUMBER + r"[\s,;]*(?:and|und|y|e|et|и)?\s+(?:[^\W\d]+\s+){0,2}?(?:product|Produkt|producto|produto|produit|"
    r"продукт\w*)(?:[ _-]?id)?\b" + _WORDS_BEFORE_NUMBER + r"(?:(?:is|was|ist|war|es|era|é|est)\s+)?[\"'„“«‚‘]?" + _ID_NUMBER, re.I)

# A product id right after the vendor's name: "my Huawei 15ca USB modem", "ZTE 0031 stick", "Sierra 68A3 card".
# People name a stick by the lsusb id's second half; a model name ("Huawei E3131", "Sierra MC7710") is never four
# hex digits with a digit in it. Only an id a table names for that vendor counts (see ids_in_prose).
_VENDOR_WORDS = {"huawei": "12d1", "zte": "19d2", "sierra": "1199", "quectel": "2c7c", "telit": "1bc7",
                 "novatel": "1410", "alcatel": "1bbb"}
_VENDOR_PID_RE = regex_cache.compile(r"\b(Huawei|ZTE|Sierra|Quectel|Telit|Novatel|Alcatel)(?:\s+Wireless)?\s+(?:0x)?"
                                     r"(?=[0-9a-fA-F]{0,3}\d)([0-9a-fA-F]{4})\b(?![:.-]\w)", re.I)

# A bare product id beside a model name: "an EM7455 which is booting up with a PID of 9070", "MC7455 comes up with
# product id 9070", "my em7455 is showing pid=9070". The model's maker (product_names: the tables' model texts) is the
# vendor, when the line's model names give one USB vendor only; the id counts only where a table names it for that
# vendor (a driver's, usb_modeswitch's, a boot-mode row). A product id the words set apart as the expected one ("9070
# instead of 9079", "should be 9079", "normally 9071") is not the device's now.
_PRODUCT_ID_RE = regex_cache.compile(r"\b(?:PID|product[ _-]?id|idProduct|USB\s+id)\b\s*(?:number\s+)?(?:of|is|was|being|=|:|#)?\s*"
                                     r"(?:0x)?((?=[0-9a-fA-F]{0,3}\d)[0-9a-fA-F]{4})\b(?![:.-]\w)", re.I)
_EXPECTED_BEFORE = regex_cache.compile(r"\b(?:instead\s+of|rather\s+than|not|should\s+be|normally|usually|expected|supposed\s+to\s+be|"
                                       r"(?:it\s+)?used\s+to\s+be)\s+(?:the\s+)?(?:PID\s+|product\s+id\s+)?(?:0x)?$", re.I)


def _model_vendors(text: str) -> Set[str]:
    """The USB vendors of the model names in ``text`` (product_names: the tables' model texts)."""
    from wwandoctor import product_names
    from wwandoctor.model.named import _tokens
    vendors: Set[str] = set()
    for _, word in _tokens(text):
        name = product_names.lookup(word)
        vendors |= {c.vid for c in name.ids if c.bus == "usb"} if name else set()
    return vendors


def _model_pids(text: str, post_vendors: Callable[[], Set[str]] = set) -> List[Tuple[str, str]]:
    """(vendor, pid) for the product ids the line names beside a model name of one USB vendor (_PRODUCT_ID_RE), or,
    in a line that names no model ("I also suspect the PID being 9070"), beside the models the post names elsewhere
    (``post_vendors()``) when they are of one vendor: the first id after the product-id words, and a second one after
    "instead of" is dropped (_EXPECTED_BEFORE)."""
    from wwandoctor import knowledge
    named = list(_PRODUCT_ID_RE.finditer(text))
    if not named or _VID_WORD_RE.search(text):
        return []
    vendors = _model_vendors(text) or set(post_vendors())
    if len(vendors) != 1:
        return []
    vendor = vendors.pop()
    pids = [m.group(1).lower() for m in named if not _EXPECTED_BEFORE.search(text[:m.start(1)])]
    return [(vendor, pid) for pid in pids
            if knowledge.is_modem_id(vendor, pid) or knowledge.boot_mode_entry(vendor, pid)][:1]


# A udev rule's match on the device's id: 'ATTRS{idVendor}=="12d1", ATTRS{idProduct}=="14a8"' (udev(7) ATTRS{}; the form of
# usb_modeswitch's 40-usb_modeswitch.rules and of the rules people write for a stick)
_UDEV_ID_RE = regex_cache.compile(r"\bATTRS?\{idVendor\}==\s*\"(?:0x)?([0-9a-fA-F]{4})\"[^\n]{0,40}?\bATTRS?\{idProduct\}==\s*\"(?:0x)?([0-9a-fA-F]{4})\"")


# Qualcomm's Windows drivers name each port "Qualcomm HS-USB <function> <PID>" ("Qualcomm HS-USB QDLoader
# 9008", "Qualcomm HS-USB Diagnostics 9091"): the vendor is Qualcomm's 05c6, the number its product id
_QUALCOMM_WINDOWS_RE = regex_cache.compile(r"\bHS-USB\s+(?:[A-Za-z][\w-]*\s+){1,3}(9[0-9a-fA-F]{3})\b")


# Handing a USB driver an id at run time: "echo VID PID [intfClass [refVendor refProduct]] > .../drivers/<driver>/new_id"
# (linux Documentation/ABI/testing/sysfs-bus-usb "new_id"; drivers/usb/core/driver.c new_id_store, and the usb-serial
# drivers' own attribute, drivers/usb/serial/bus.c new_id_store), written with ">" or "| tee", whole or with the path cut
# ('echo "2c7c 0125" > /sys/bus/usb/drivers/qmi_wwan/new_id', "echo 1199 9071 | sudo tee .../option1/new_id").
_NEW_ID_WRITE_RE = regex_cache.compile(
    r"\becho\s+(?:-n\s+)?['\"]?(?:0x)?([0-9a-fA-F]{4})\s+(?:0x)?([0-9a-fA-F]{4})\b[^>|\n]*?"
    r"(?:>>?|\|\s*(?:sudo\s+)?tee(?:\s+-a)?)\s*['\"]?[^\s'\"]*?\b([A-Za-z][\w-]*)/new_id\b")
# The same in a sentence: "I added 2c7c:0125 to qmi_wwan's new_id", "wrote 1199 9071 into the new_id of option"
_NEW_ID_WORD_RE = regex_cache.compile(r"\bnew_id\b")
_ID_WORDS_RE = regex_cache.compile(r"(?<![0-9A-Fa-f:.])(?:0x)?([0-9a-fA-F]{4})(?::|\s+(?:0x)?)([0-9a-fA-F]{4})(?![0-9A-Fa-f:]|\.\d)")
# usb_modeswitch's dispatcher (usb-modeswitch 1.x to 2.2, usb_modeswitch.tcl CheckDriverBind) after a switch that no
# driver took up within 1.5 s writes "$vid $pid ff" to the driver's new_id (option's by default) and tells syslog:
# 'SysLog "usb_modeswitch: add device ID $vid:$pid to driver \"$config(DriverModule)\""' and "please report the device
# ID to the Linux USB developers!" (Intermodalics/usb-modeswitch 3daed8b, 2.2.6, usb_modeswitch.tcl CheckDriverBind);
# older releases wrote "adding device ID". A driver table that listed the id would have bound it.
_MODESWITCH_ADDS_ID_RE = regex_cache.compile(r"\busb_modeswitch: add(?:ing)? device ID ([0-9a-fA-F]{4}):([0-9a-fA-F]{4}) to driver "
                                             r"['\"]?([A-Za-z][\w-]*)")
# The USB modem drivers people give ids to; option.c registers its usb-serial driver as "option1"
# (linux drivers/usb/serial/option.c option_1port_device .driver.name), and that is its sysfs directory.
_NEW_ID_DRIVERS = {"qmi_wwan": "qmi_wwan", "option": "option", "option1": "option", "qcserial": "qcserial",
                   "sierra": "sierra", "cdc_mbim": "cdc_mbim", "cdc_ether": "cdc_ether", "cdc_ncm": "cdc_ncm",
                   "huawei_cdc_ncm": "huawei_cdc_ncm", "sierra_net": "sierra_net", "cdc_acm": "cdc_acm"}
_DRIVER_WORD_RE = regex_cache.compile(r"\b(" + "|".join(sorted(_NEW_ID_DRIVERS, key=len, reverse=True)) + r")\b")


class NewIdWrite(NamedTuple):
    """An id the input hands to a USB driver's ``new_id`` (the driver's normal name), and the line saying so."""
    vid: str
    pid: str
    driver: str
    text: str


def new_id_writes(lines: Iterable[LogLine]) -> List[NewIdWrite]:
    """The ids the lines write to a modem driver's ``new_id``, as a command or in a sentence naming the driver."""
    return unique_writes(write for line in lines for write in new_id_writes_in(line))


def new_id_writes_in(line: LogLine) -> List[NewIdWrite]:
    """The ids one line writes to a modem driver's ``new_id`` (:func:`new_id_writes`)."""
    if "new_id" not in line.text:
        return [NewIdWrite(vid.lower(), pid.lower(), _NEW_ID_DRIVERS[driver], line.text.strip()[:240])
                for vid, pid, driver in _MODESWITCH_ADDS_ID_RE.findall(line.text) if driver in _NEW_ID_DRIVERS]
    writes = [(v, p, d) for v, p, d in _NEW_ID_WRITE_RE.findall(line.text) if d in _NEW_ID_DRIVERS]
    if not writes and _NEW_ID_WORD_RE.search(line.text):
        drivers = set(_DRIVER_WORD_RE.findall(line.text))
        if len(drivers) == 1:
            writes = [(v, p, drivers.pop()) for v, p in _ID_WORDS_RE.findall(line.text)][:1]
    return [NewIdWrite(vid.lower(), pid.lower(), _NEW_ID_DRIVERS[driver], line.text.strip()[:240])
            for vid, pid, driver in writes]


def unique_writes(writes: Iterable[NewIdWrite]) -> List[NewIdWrite]:
    """``writes`` without a later write of the same id to the same driver."""
    found: List[NewIdWrite] = []
    for write in writes:
        if all(write[:3] != w[:3] for w in found):
            found.append(write)
    return found


def command_lines(snap: Snapshot) -> List[LogLine]:
    """The commands a paste shows after a prompt, as lines of the person's own (origin ``unknown``)."""
    return [LogLine(text=c, origin="unknown", time=None, source="command") for c in snap.commands]


# a line naming this many ids lists devices (a changelog, a supported-devices table): none of them is the modem
_LIST_IDS = 3


class NamedId(NamedTuple):
    """An id the post's words name, the line naming it and where that line is (its LogLine's source)."""
    vid: str
    pid: str
    text: str
    where: str


def ids_in_prose(lines: Iterable[LogLine]) -> List[NamedId]:
    """The modem-vendor ids the unparsed lines name, each id once."""
    from wwandoctor import knowledge
    found: List[NamedId] = []
    lines = [line for line in lines if line.origin == "unknown"]
    vendors: List[Set[str]] = []

    def post_vendors() -> Set[str]:  # read once, only for a line with a bare product id
        if not vendors:
            vendors.append(set().union(*(_model_vendors(line.text) for line in lines)))
        return vendors[0]
    for line in lines:
        pairs = (_NAMED_RE.findall(line.text) + _more_pids(line.text) + _PAIRED_NAMES_RE.findall(line.text)
                 + _WORDED_RE.findall(line.text) + _PAIR_RE.findall(line.text))
        if len({(v.lower(), p.lower()) for v, p in pairs}) >= _LIST_IDS:
            continue  # a list of ids (a changelog's "Added devices: ... [12d1:1573], ... [12d1:1597]", a table row)
        pairs += [w[:2] for w in new_id_writes_in(line)]
        pairs += [("05c6", pid) for pid in _QUALCOMM_WINDOWS_RE.findall(line.text)]
        by_name = [(_VENDOR_WORDS[word.lower()], pid.lower()) for word, pid in _VENDOR_PID_RE.findall(line.text)]
        pairs += [p for p in by_name if knowledge.is_modem_id(*p)]
        pairs += _model_pids(line.text, post_vendors) + _UDEV_ID_RE.findall(line.text)
        for vid, pid in pairs:
            vid, pid = vid.lower(), pid.lower()
            if not (knowledge.modem_vendor(vid) or knowledge.is_modem_id(vid, pid)):
                continue
            if _given_as_example(vid, pid, line.text) or _hypothetical(pid, line.text):
                continue
            if all((vid, pid) != (f.vid, f.pid) for f in found):
                found.append(NamedId(vid, pid, line.text.strip(), line.source))
    return found


# a how-to's example, not the person's device: "many sticks first show up as a CD-ROM (e.g. 12d1:1f01)", "an id such as
# 1199:9071"
_EXAMPLE_BEFORE_ID = r"(?:\be\.\s?g\.|\beg\b\.?|\bfor\s+(?:example|instance)\b|\bsuch\s+as\b)[^.!?]{0,40}?(?<![0-9a-f])"


def _given_as_example(vid: str, pid: str, text: str) -> bool:
    return bool(re.search(_EXAMPLE_BEFORE_ID + vid + r"\W{0,3}(?:0x)?" + pid + r"\b", text, re.I))


# what would happen to any modem, not the writer's: "if that happens the module can end up in download mode and shows
# up as 05c6:9008", "you will then see it as 1199:9071". A condition of the writer's own ("if I plug it in, it shows up
# as 12d1:1f01", "when I reboot it comes back as ...") is what the writer saw, so it counts.
_OTHERS_CONDITION = regex_cache.compile(r"\b(?:if|unless|in\s+case|otherwise|when(?:ever)?)\b(?![^,]{0,60}?\b(?:I|we|my|our|mine)\b)", re.I)
_MODAL = regex_cache.compile(r"\b(?:can|could|may|might|will|would|'ll)\b|\bif\s+(?:that|this)\s+(?:ever\s+)?(?:happens|occurs)\b", re.I)


# the id a how-to or the person expects, not the one seen: "Replug. It should now come up as 12d1:14dc", "it is supposed
# to switch to 1199:9071" (after a contrast the id is what was seen: "it should be a modem, but lsusb says 12d1:1f01")
_EXPECTED_ID = regex_cache.compile(r"\b(?:should(?!n't)|supposed\s+to|ought\s+to|expected\s+to)\b(?!\s+not\b)", re.I)
# a condition told to the reader, then what to do: "If lsusb shows it as a CD-ROM (12d1:1f01), install usb-modeswitch"
_INSTRUCTION_AFTER = regex_cache.compile(r"^[^,]{0,40}?,\s*(?:then\s+)?(?:install|run|use|try|add|check|replug|unplug|edit|create|load|"
                                         r"switch|set|type|enter|go|do|you)\b", re.I)
_CONTRAST = regex_cache.compile(r"\b(?:but|however|yet|though|although|instead)\b|,\s", re.I)


def _hypothetical(pid: str, text: str) -> bool:
    """Every place the product id is named sits in a sentence of advice, or of a condition with a modal verb that
    is not the writer's own, before it."""
    from wwandoctor.model.prose import ADVICE_RE
    places = [m.start() for m in re.finditer(r"(?<![0-9a-f])" + pid + r"(?![0-9a-f])", text, re.I)]
    for at in places:
        before = re.split(r"[.!?;]\s", text[:at])[-1]
        if not (ADVICE_RE.search(before) or (_OTHERS_CONDITION.search(before) and _MODAL.search(before))
                or _EXPECTED_ID.search(_CONTRAST.split(before)[-1])
                or (_OTHERS_CONDITION.search(before) and _INSTRUCTION_AFTER.match(re.split(r"[.!?;]\s", text[at:])[0]))):
            return False
    return bool(places)


def _more_pids(text: str) -> List[Tuple[str, str]]:
    """The vendor of the line's one named pair with each product id named after it (a storage id and its modem id)."""
    named = list(_NAMED_RE.finditer(text))
    if len(named) != 1 or len(_VID_WORD_RE.findall(text)) != 1:
        return []
    return [(named[0].group(1), pid) for pid in _MORE_PID_RE.findall(text, named[0].end())]


def _kind(vid: str, pid: str) -> str:
    """What the tables say the id is: 'boot' (a QDL boot-loader id), 'storage' (a usb_modeswitch
    storage-mode id), 'modem' (named exactly by a driver or FCC table, an id a storage id switches to, or a
    router-mode id: the stick in its HiLink / web-UI mode), or 'vendor' (only its vendor is known)."""
    from wwandoctor import knowledge
    from wwandoctor.model.ids import boot_id_model
    rows = [r for r in knowledge.usb_id_rows(vid, pid) if r.get("pid") == pid]
    if boot_id_model(vid, pid, rows):
        return "boot"
    if rows or knowledge.fcc_unlock_entry(vid, pid) or knowledge.is_switch_target(vid, pid) \
            or knowledge.configuration_only_switch(vid, pid) or knowledge.router_mode_entry(vid, pid):
        return "modem"
    if knowledge.modeswitch_entry(vid, pid):
        return "storage"
    return "vendor"


def named_modems(lines: Iterable[LogLine], stays_storage: bool = False) -> List[NamedId]:
    """The modem ids the post's words name (``text``: the evidence).

    One id: that id. Several: the ones the tables call a modem (a storage-mode or boot-loader id is
    the same device before its switch or firmware load, so it adds no modem). With no modem id,
    the id a named storage id switches to, when the post names it. Otherwise nothing.
    When the post says the device stays in storage mode (``stays_storage``: its said:storage-mode
    statement), a named storage id is the device as it is now, and the id it would switch to is
    only what the person hopes for.
    """
    from wwandoctor import knowledge
    lines = list(lines)
    found = ids_in_prose(lines)
    if len(found) <= 1:
        return found
    kinds = {f[:2]: _kind(f.vid, f.pid) for f in found}
    stays_storage = stays_storage or any(kinds[f[:2]] == "storage" and _named_as_now(f.vid, f.pid, lines)
                                         and not _switch_said_done(f.vid, f.pid, lines) for f in found)
    wanted = "storage" if stays_storage and "storage" in kinds.values() else "modem"
    modems = [f for f in found if kinds[f[:2]] == wanted]
    if not modems:
        targets = set().union(*(knowledge.switch_targets(f.vid, f.pid) for f in found if kinds[f[:2]] == "storage"))
        modems = [f for f in found if f[:2] in targets]
    others = ", ".join("%s:%s (%s)" % (f[0], f[1], _KIND_WORDS[kinds[f[:2]]]) for f in found if f not in modems)
    also = "; the post also names %s" % others if others else ""
    return [f._replace(text=f.text[:120] + also) for f in modems]


# "lsusb shows 1bbb:f000", "lsusb output is: 1bbb:f000", "it is recognized as 1bbb:f000", "stays at 12d1:1f01": the id
# the device has now
_NOW_BEFORE_ID = (r"\b(?:lsusb\s+(?:still\s+)?(?:shows?|lists?|says|gives)|lsusb(?:'s)?\s+output\s+(?:is|was|shows?|reads?):?|(?:recogni[sz]ed|detected|identified|seen|listed|"
                  r"enumerated|shows? up|comes? up|appears?)\s+as|(?:stays?|stuck|remains?)\s+(?:at|as|on|with))\s+(?:ID\s+)?(?:0x)?")


# "but if it is not detected, dmesg shows:", "when it doesn't work lsusb says", "whenever it fails I get": the
# words that put what follows in the failing state ("if it is detected correctly, dmesg shows" does not)
_FAILING_STATE = regex_cache.compile(r"\b(?:if|when(?:ever)?|once)\b[^.!?]{0,40}?(?:\bnot\b|n't\b|\bnever\b|\bfail(?:s|ed|ing)?\b|"
                                     r"\bstops? working\b|\bno longer\b)|\botherwise\b|\bin the (?:bad|failing|broken) (?:case|state)\b", re.I)


def _named_as_now(vid: str, pid: str, lines: List[LogLine]) -> bool:
    """A line of the post says the device shows ``vid:pid`` now (lsusb shows it, it is recognized as it), or shows
    it in the failing state: the words before the id, or the line that introduces it ("...: ") say the failure
    ("if it is not detected, dmesg shows: New USB device found, idVendor=12d1, idProduct=1505")."""
    regex = re.compile(_NOW_BEFORE_ID + vid + r":(?:0x)?" + pid + r"\b", re.I)
    prose = [line for line in lines if line.origin == "unknown" and line.text.strip()]
    for index, line in enumerate(prose):
        if regex.search(line.text):
            return True
        if (vid, pid) not in [f[:2] for f in ids_in_prose([line])]:
            continue
        before = line.text[:re.search(pid, line.text, re.I).start()]
        intro = prose[index - 1].text.rstrip() if index else ""
        if _FAILING_STATE.search(before) or (intro.endswith(":") and _FAILING_STATE.search(intro)):
            return True
    return False


# "after usb_modeswitch it becomes 2001:7d0e", "then it switches to 12d1:1506": the device reached the id ("it
# should become", "it never changes to" did not)
_REACHED_BEFORE_ID = r"\b(?:becomes?|became|switch(?:es|ed)\s+(?:over\s+)?to|changes?\s+to|changed\s+to|turns?\s+into)\s+(?:ID\s+)?(?:0x)?"
_NOT_REACHED = regex_cache.compile(r"\b(?:not|never|should|supposed|expected|would|will|want|wish|hope)\b|n't\b", re.I)


def _switch_said_done(vid: str, pid: str, lines: List[LogLine]) -> bool:
    """A line of the post says the storage-mode id ``vid:pid`` becomes one of the ids usb_modeswitch switches it to,
    as a fact: the storage id is then what the device shows before its switch, not its state now."""
    from wwandoctor import knowledge
    for target_vid, target_pid in knowledge.switch_targets(vid, pid):
        regex = re.compile(_REACHED_BEFORE_ID + target_vid + r":(?:0x)?" + target_pid + r"\b", re.I)
        for line in lines:
            match = regex.search(line.text) if line.origin == "unknown" else None
            if match and not _NOT_REACHED.search(line.text[max(0, match.start() - 40):match.start()]):
                return True
    return False


_KIND_WORDS = {"boot": "a boot-loader id", "storage": "a storage-mode id", "vendor": "an id the tables do not know",
               "modem": "a modem id"}
