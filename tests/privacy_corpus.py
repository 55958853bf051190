"""The adversarial privacy corpus: realistic pastes (tests/samples/privacy/adversarial) with the values
planted in each, and what a leak of each looks like (the value in any spelling, its last 7 digits, a
MAC's device half in any notation, an address's digits)."""
from __future__ import annotations

import os
import re
from typing import Dict, List

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "samples", "privacy", "adversarial")

# file -> planted values (as written in the paste, one spelling each)
PLANTED: Dict[str, List[str]] = {
    "at-credentials.txt": ["zq7apnuser", "Kx9$pw(1,2;3)"],
    "ppp-secrets.txt": ["zq7chapuser", "Ch4p$ecretZ", "x1carbon"],
    "shell-history.txt": ["zq7histuser", "My Pass;w(0)rd", "Hx5gsmPass", "$Dollar5tart", "Pp4ssBare",
                          "Sm5toolPw", "zq7urluser", "Url5ecretPw", "Qc4mPassw", "x1carbon"],
    "pin-puk.txt": ["7395", "58302741", "6204"],
    "imei-spellings.txt": ["490154203237518", "4901542032375101"],
    "sim-ids.txt": ["89490200001234567893", "262017654321098", "89049032000001000000012345678901",
                    "98942000002143658739", "2926106745230189"],
    "serials.txt": ["80F4A1B2", "4Z73810442A1", "35907206045169", "359072060451693", "0123ZX78QW",
                    "C8QA1B22MX", "7Q4R2D9K1L", "KX87G65432", "ZB27A3Q0981"],
    "phones.txt": ["4917012345670", "01702345671", "4917023456712"],
    "macs.txt": ["0c:5b:8f:27:9a:64", "2a:bc:de:12:34:56"],
    "addresses.txt": ["85.214.132.117", "85.214.132.118", "2a03:1801:4000:3e00:1c2d:9f1:8e3:5a1b",
                      "42.3.24.1.20.64.62.0.28.45.9.241.8.227.90.27", "dslb-085-214-132-117", "x1carbon"],
    "people.txt": ["zqjane", "zqbox-t14", "zq.jane.doe@example.org"],
    "cells-gps.txt": ["2A3B4C7", "44301255", "7E21", "5231.2345", "01324.5678", "5231.234567", "01324.567890",
                      "52.520611", "13.409467"],
    "wifi-nm.txt": ["ZqHomeNet", "Zq Jane LTE", "3c:a6:2f:11:22:33", "x1carbon"],
    "color.txt": ["85.214.132.117", "490154203237518", "x1carbon"],
    "qmicli-session.txt": ["861234567890125", "8931440400012345678", "31612345678", "4711", "19876543",
                           "Tr0ub4dor&3 x", "mfleet", "marta", "t480s", "31.20.145.77",
                           "2a02:a46e:1f90:0:4c33:aff:fe5c:77e1"],
    "journal-nm.txt": ["marta-t480s", "KPN Marta"],
    "at-session.txt": ["861234567890125", "204081234567890", "8931440400012345678", "Tr0ub4dor&3 x", "mfleet",
                       "12F4A3B", "1267", "51.92442", "4.47773", "0612345678", "2468", "86YQ2K4430",
                       "+31 6 1234 5678", "4e:33:0a:5c:77:e1"],
    "configs-dumps.txt": ["3141", "Wq8v!x2z", "kpnuser9", "7A:1B:2C:3D:4E:5F", "31.20.145.77", "31.20.145.78",
                          "a1b2c3d4e5f6", "204081234567891", "8931440400098765432",
                          "89033023426200000000012345678902", "1C9F", "00BC614E", "4.477730", "51.924420",
                          "861234567", "890125", "86YQ2K4431", "86YQ2K4432", "8931440400098765433",
                          "861234567890125", "31612345679", "0612345679"],
    "wwx-rawip.txt": ["2a:bc:de:12:34:56"],
    "nm-bearer.txt": ["Zq Marta", "kpnuser9", "Wq8v!x2z", "3141", "ZqNet", "31.20.145.77", "31.20.145.78"],
}

# file -> diagnostic values that must survive redaction (in the JSON report)
KEPT: Dict[str, List[str]] = {
    "at-credentials.txt": ["internet.telekom", "+CME ERROR: 30"],
    "imei-spellings.txt": ["2c7c", "0125", "1-1.3:1.2", "4.1182", "EC25EFAR06A06M4G"],
    "serials.txt": ["SWI9X30C_02.33.03.00", "1199:9071"],
    "macs.txt": ["192.168.8.100", "cdc_ether", "usb-0000:00:14.0-1"],
    "addresses.txt": ["8.8.8.8", "8.8.4.4"],
    "cells-gps.txt": ["318", "EUTRAN-BAND3", "-95"],
    "people.txt": ["2c7c:0512", "dialout"],
    "qmicli-session.txt": ["'271'", "'6300'", "20416", "smartsites.t-mobile", "CallFailed", "generic-no-service"],
    "journal-nm.txt": ["3-3:1.4", "Serving network not subscribed", "1698959645.1122"],
    "at-session.txt": ["smartsites.t-mobile", ",271,", ",6300,"],
    "configs-dumps.txt": ["*99#", "Init1 = ATZ", "/dev/ttyUSB2"],
    "wwx-rawip.txt": ["raw_ip", "1-1.4:1.4", "usb-3f980000.usb-1.4", "udhcpc"],
}


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _hexes(value: str) -> str:
    return re.sub(r"[^0-9a-fA-F]", "", value).lower()


def fragments(value: str) -> List[str]:
    """What must not appear: the value, its last 7 digits (long numbers), its device half (a MAC)."""
    out = [value]
    if re.fullmatch(r"(?:[0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}", value):
        out.append(_hexes(value)[6:])
    elif re.fullmatch(r"[\d .()+/-]+", value) and len(_digits(value)) >= 8:
        out.append(_digits(value)[-7:])
    return out


_HEX_RUN = re.compile(r"[0-9a-fA-F]{2}(?:[:.\- ]?[0-9a-fA-F]{2})+")


def leaks(text: str, values: List[str]) -> List[str]:
    """The planted values (or fragments) found in ``text``: short numbers as whole numbers, MAC halves in
    any notation, long numbers with their separators removed."""
    low = text.lower()
    digits_only = re.sub(r"(?<=\d)[ .\-/()]+(?=\d)", "", low)
    hex_runs = " ".join(re.sub(r"[:.\- ]", "", m.group(0)) for m in _HEX_RUN.finditer(low))
    found = []
    for value in values:
        for frag in fragments(value):
            f = frag.lower()
            if re.fullmatch(r"\d{1,8}", f):
                hit = re.search(r"(?<![\w.])%s(?![\w])" % f, low)
            elif re.fullmatch(r"[0-9a-f]{6}", f) and frag != value:  # a MAC's device half
                hit = f in hex_runs or f in low.replace(":", "").replace("-", "")
            elif re.fullmatch(r"\d{7,}", f):
                hit = f in digits_only
            else:
                hit = f in low
            if hit:
                found.append(frag)
    return found


def read(name: str) -> str:
    with open(os.path.join(CORPUS, name), encoding="utf-8") as fh:
        return fh.read()
