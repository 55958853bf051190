"""Modem model names ("EM7455", "DW5811e", "RM520N-GL", "Huawei E3372h-153") -> the ids the tables give them.

Posts often name the modem only by its model. The packaged tables already name models next to
their ids, so the index is built from them, never copied into a table of its own:

- usb-modem-ids.csv ``model`` (the kernel drivers' table comments and product macros:
  qmi_wwan.c "Sierra Wireless EM74xx", option.c ``QUECTEL_PRODUCT_RM520N``, qcserial.c
  "Dell Wireless 5811e");
- pcie-modem-ids.csv ``model`` (mhi_pci_generic.c, t7xx, iosm: "T99W175 (sdx55), HP variant");
- fcc-unlock-ids.csv ``model`` (ModemManager's fcc-unlock scripts: "Lenovo-shipped Sierra EM7455");
- modeswitch-ids.csv ``model`` (usb-modeswitch-data: "Huawei E3372").

A table model text gives its *model tokens*: words with a letter and a digit that start with a
letter ("EM74xx", "RM520N", "T99W175"), and "Dell Wireless 5811e" also gives "DW5811E" (Dell's
own name for the card). Tokens are compared in a canonical form: upper case, no hyphens or
spaces, without a region or variant suffix ("RM520N-GL", "EC25-E", "E3372h-153" -> "RM520N",
"EC25", "E3372H"). A trailing "xx" in a table token names a family ("EM74xx" matches "EM7455").

A name identifies nothing when it is not distinctive: tokens shorter than four characters ("4G",
"C1"), chipset and technology names that many vendors' modems share ("SDX55", "LTE", "USB3"),
and any token whose ids belong to more than :data:`MAX_VENDORS` vendors. Rebrands keep their
ids: "E371" is Novatel's, HP's and Dell's (three vendors, one card).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, List, Optional, Tuple

from wwandoctor import regex_cache

# A model sold under its maker's name and two rebrands (Novatel E371 = HP/Dell) is still one card;
# beyond that the token is a shared part or a word.
MAX_VENDORS = 3

# Region / variant suffixes vendors append to one model (Quectel EC25-E/-EU/-AF, RM520N-GL, Fibocom
# L850-GL, FM350-GL, NL668-EAU, SIMCom SIM7600G-H, Telit LE910C4-WWX, Huawei E3372h-153, ME906s-158).
_SUFFIX_RE = regex_cache.compile(
    r"[-_ ](?:GL|G|E|EU|EA|EAU|EC|EM|NA|AP|AF|AE|AU|AUT|LA|LTA|LCN|LMS|LWW|J|JP|CN|CE|KR|TW|V|A|H|WW|WWX|"
    r"\d{2,3})$", re.I)
# Names of chipsets, radio technologies, buses and parts that many vendors' modems share.
_GENERIC_RE = regex_cache.compile(
    r"^(?:SDX\w*|QCOM\w*|MDM\w*|MSM\w*|QSC\w*|SM\d\w*|X\d\d\w*|T7XX|XMM\w*|LTE\w*|HSPA\w*|HSDPA\w*|HSUPA\w*|UMTS\w*|"
    r"CDMA\w*|EVDO\w*|GSM\w*|WCDMA\w*|NR5G\w*|5GNR\w*|USB\d\w*|IPV\d|PCIE\w*|M2\w*|NGFF\w*|CAT\d+|"
    r"GEN\d+|REV\d+|V\d+|R\d+|ARM\w*|X86\w*|AMD64|I386)$")
_TOKEN_RE = regex_cache.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
# Dell's cards: "Dell Wireless 5811e" in the kernel tables, "DW5811e" on the label and in posts
_DELL_RE = regex_cache.compile(r"\bDell\s+(?:Wireless\s+)?(?:DW)?(\d{4}[A-Za-z]?)\b", re.I)


@dataclass(frozen=True)
class CandidateId:
    """One id a model name gives: bus (usb/pci), vid, pid, and the table row that names it."""
    bus: str
    vid: str
    pid: str
    table: str  # usb-modem-ids.csv, pcie-modem-ids.csv, fcc-unlock-ids.csv, modeswitch-ids.csv
    model: str  # the table's model text
    source: str  # the row's own source (file:line)


@dataclass(frozen=True)
class ModelName:
    """A distinctive model token of the tables and every id it names."""
    key: str  # canonical token: "EM74XX", "DW5811E", "RM520N"
    ids: Tuple[CandidateId, ...]

    @property
    def vendors(self) -> FrozenSet[str]:
        return frozenset(c.vid for c in self.ids)


def canonical(token: str) -> str:
    """'RM520N-GL' -> 'RM520N'; 'ec25-e' -> 'EC25'; 'E3372h-153' -> 'E3372H'; 'LARA-R6' -> 'LARAR6'.

    The suffix is dropped only when what is left still has a letter and a digit ('DWM-156' stays)."""
    text = token.strip()
    while True:
        m = _SUFFIX_RE.search(text)
        if not m or not _has_letter_and_digit(text[:m.start()]):
            break
        text = text[:m.start()]
    return re.sub(r"[-_ ]", "", text).upper()


def _has_letter_and_digit(text: str) -> bool:
    return bool(re.search(r"\d", text) and re.search(r"[A-Za-z]", text))


def distinctive(key: str) -> bool:
    """A canonical token that can name a model: a letter first, a digit in it, four characters or
    more, and not a chipset or technology word."""
    return (len(key) >= 4 and key[0].isalpha() and _has_letter_and_digit(key)
            and not _GENERIC_RE.match(key))


def table_tokens(model: str) -> List[str]:
    """The canonical model tokens of one table model text."""
    text = model.replace("_", " ")
    keys = []
    for token in _TOKEN_RE.findall(text):  # "Foxconn-T99W760" names "T99W760" too; "LARA-R6" only whole
        keys += [canonical(token)] + [canonical(part) for part in token.split("-")[1:] if "-" in token]
    keys += ["DW" + d.upper() for d in _DELL_RE.findall(text)]
    return [k for k in dict.fromkeys(keys) if distinctive(k)]


def _table_rows() -> Iterable[CandidateId]:
    from wwandoctor import knowledge
    for row in knowledge.table_rows("usb-modem-ids.csv"):
        yield CandidateId("usb", row["vid"], row["pid"], "usb-modem-ids.csv", row["model"], row["source"])
    for row in knowledge.table_rows("pcie-modem-ids.csv"):
        yield CandidateId("pci", row["vendor"], row["device"], "pcie-modem-ids.csv", row["model"], row["source"])
    for row in knowledge.table_rows("fcc-unlock-ids.csv"):
        bus = "pci" if "PCIe" in row["model"] or knowledge.pcie_modem(row["vid"], row["pid"]) else "usb"
        yield CandidateId(bus, row["vid"], row["pid"], "fcc-unlock-ids.csv", row["model"], row["source"])
    for row in knowledge.table_rows("modeswitch-ids.csv"):
        yield CandidateId("usb", row["vid"], row["pid"], "modeswitch-ids.csv", row["model"], row["source"])


@functools.lru_cache(maxsize=None)
def index() -> Dict[str, ModelName]:
    """{canonical token: ModelName} for the distinctive tokens of every table's model column."""
    found: Dict[str, Dict[Tuple[str, str, str], CandidateId]] = {}
    for cand in _table_rows():
        if cand.pid in ("*", "") or cand.vid in ("*", ""):
            continue  # a vendor-wide row names no device
        for key in table_tokens(cand.model):
            found.setdefault(key, {}).setdefault((cand.bus, cand.vid, cand.pid), cand)
    names = {key: ModelName(key, tuple(ids.values())) for key, ids in found.items()}
    return {key: name for key, name in names.items() if len(name.vendors) <= MAX_VENDORS}


def _family_match(key: str) -> List[ModelName]:
    """Table families ("EM74XX", "MC74XX") whose fixed part starts ``key`` and whose length is ``key``'s."""
    out = []
    for fam_key, name in index().items():
        stem = fam_key.rstrip("X")
        if len(fam_key) - len(stem) >= 2 and len(stem) >= 3 and len(key) == len(fam_key) \
                and key.startswith(stem) and key[len(stem):].isdigit():
            out.append(name)
    return out


@functools.lru_cache(maxsize=4096)
def lookup(token: str) -> Optional[ModelName]:
    """The table name a model token of a post names, or None.

    The canonical token, or the same without a trailing variant letter ("E3372H" -> "E3372",
    "SIM7600E" -> "SIM7600"), together with the one table family it belongs to ("EM7455" ->
    "EM7455" of the FCC table and the kernel's "EM74XX"). A family that two or more table names
    fit adds nothing."""
    key = canonical(token)
    if not distinctive(key):
        return None
    table = index()
    exact = table.get(key)
    if exact is None:
        shorter = re.sub(r"(?<=\d)[A-Z]$", "", key)
        if shorter != key and distinctive(shorter):
            exact = table.get(shorter)
    families = [f for f in _family_match(key) if exact is None or f.key != exact.key]
    family = families[0] if len(families) == 1 else None
    if exact is None or family is None:
        return exact or family
    ids = exact.ids + tuple(c for c in family.ids if (c.bus, c.vid, c.pid) not in {(e.bus, e.vid, e.pid) for e in exact.ids})
    return ModelName(exact.key, ids)
