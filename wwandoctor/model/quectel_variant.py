"""A Quectel module that runs the firmware of another variant of itself.

Quectel names a firmware revision after the module and the variant it is built for, then the baseline
("R06A11") and the memory ("M4G"): ``EC25EFAR06A11M4G`` is EC25 firmware of the E variant, ``EC25AFAR05A04M4G``
of the A variant, ``EG25GGBR07A08M2G`` of the EG25-G, ``EC20CEFAR02A10M4G`` of the EC20 CEFA,
``RM500QGLABR11A06M4G`` of the RM500Q-GL (ATI "Revision:", AT+QGMR, qmicli --dms-get-revision, mmcli
"firmware revision", quectel-CM "requestBaseBandVersion"; sample outputs in lukejenkins/cwd
documentation/quectel_ec2x_and_eg2x/outputs.md). The variant fixes the bands and the carrier configurations
(MBNs) the image carries, and Quectel support answers that an image of another variant or baseline must not be
flashed (forums.quectel.com: "it is not allowed to flash ... in any direction"; a wrong-variant flash "can cause
corruption ... especially to module's RF"). A module on another variant's image does not register, or holds its
radio off (causes.md firmware-image-mismatch).

Which variant a module is, is printed on its label, and people name it so: "my Quectel EC25-A", "EC20CEFA-512-STD".
When the text names one variant of a model and every revision of that model it shows belongs to another variant:

    I have a Quectel EC25-A modem ...
    AT+QGMR
    EC25EFAR06A11M4G_01.001.01.001
-> {"fw:variant-revision": [the revision line]}

A revision of another variant is not by itself a fault (the rule, rules/firmware-variant-mismatch.yaml, wants a failure
told or logged beside it); the other variant told in words after a firmware change (below) is the fact
"fw:variant-mismatch".

A variant is a prefix of the revision's variant code: an EC25-A may run "AFA" or "AFFA" images, an EG25-G "GGB".
A text naming two variants of one model (two modules, or "the E firmware on my A") decides nothing; "EP06-E" and
"EP06ELA" name one.

Any maker's module (SIMCom names its variants the same way: SIM7000A for the Americas, SIM7000E for Europe) is read
when the post tells the other variant in words, after a firmware change: its model query answers another variant of
the same model than the one fitted ("AT+CGMM replies with SIM7000A not SIM7000E", "it identifies as EG25-E, but the
label says EG25-G"), or an image of one variant code was flashed onto hardware of another ("flashed EC20CEFAGR06A15M4G
(CEFAG) firmware onto this CEFA hardware").
"""
from __future__ import annotations

import re
from typing import Dict, List, Sequence, Set, Tuple

from wwandoctor import regex_cache
from wwandoctor.snapshot import LogLine

FACT = "fw:variant-mismatch"
# a named variant's module showing a revision of another variant (no failure read here)
REVISION_FACT = "fw:variant-revision"
FACTS = (FACT, REVISION_FACT)
_MODELS = (r"EC2[015]|EG2[15]|EG9[15]|EG0[68]|EP06|EM0[56]|EG1[28]|EM1[28]|EM0[56]0K|E[GM]120K|EM160R|"
           r"RM5[0-3]\dQ|RM5[0-3]\dN|RM5[0-3]\dU|RG5[0-3]\dQ|RG5[0-3]\dN|BG9[56]|BG77|EC200[ATUN]")
# EC25EFAR06A11M4G, EC20CEFAGR06A15M4G_01.001.01.001, RM500QGLABR11A06M4G
_REVISION = regex_cache.compile(r"\b(" + _MODELS + r")([A-Z]{1,6}?)R\d{2}A\d{2}")
# EC25-A, EC25-AU, EG25-G, RM500Q-GL, EC20CEFA(-512-STD); a name followed by a revision's baseline is a revision
_NAMED = regex_cache.compile(r"\b(" + _MODELS + r")(?:-([A-Z]{1,4})|([A-Z]{2,5}))\b(?![-_.]?R\d)", re.IGNORECASE)


def _named_variants(lines: Sequence[LogLine]) -> Dict[str, Set[str]]:
    named: Dict[str, Set[str]] = {}
    for line in lines:
        for found in _NAMED.finditer(line.text):
            model, variant = found.group(1).upper(), (found.group(2) or found.group(3)).upper()
            named.setdefault(model, set()).add(variant)
    return named


def _revisions(lines: Sequence[LogLine]) -> List[Tuple[str, str, LogLine]]:
    return [(found.group(1), found.group(2), line) for line in lines for found in _REVISION.finditer(line.text)]


def _one_variant(variants: Set[str]) -> str:
    """The variant the names agree on (the longest, when each is the start of it: "E" and "ELA"); "" for two variants."""
    longest = max(variants, key=len)
    return longest if all(longest.startswith(v) for v in variants) else ""


# a model with its variant, any maker: SIM7000A, SIM7600E, A7670SA, EC25-E, EG25-G
_MODEL_VARIANT = regex_cache.compile(r"\b([A-Z]{1,4}\d{2,4})-?([A-Z]{1,4})\b")
# the module's own answer to its model query, or its identity as it shows
_REPORTS = regex_cache.compile(r"\b(?:AT\+?C?GMM|ATI|repl(?:y|ies|ied)|answer(?:s|ed)?|returns?|returned|reports?|reported|shows?|showed|"
                               r"says|said|identif(?:y|ies|ied)|respond(?:s|ed)?)\b", re.IGNORECASE)
_OTHER_THAN = regex_cache.compile(r"\b(?:not|instead(?:\s+of)?|rather\s+than|although|though|but|whereas|now)\b", re.IGNORECASE)
_FIRMWARE_CHANGED = regex_cache.compile(r"\b(?:flash\w*|upgrad\w*|updat\w*|downgrad\w*|(?:firmware|fw)\b)", re.IGNORECASE)
# "EC20CEFAGR06A15M4G (CEFAG) firmware onto this CEFA hardware", "the EC25E image on my EC25A module"
_FLASHED_ONTO = regex_cache.compile(r"\b([A-Z][A-Z0-9]{1,17})\)?\s+(?:firmware|image|fw|build)\b[^.!?]{0,40}?\b(?:on|onto|into|to)\s+"
                                    r"(?:this|my|the|our|an?)\s+([A-Z][A-Z0-9]{1,17})\s+(?:hardware|module|modem|board|unit)\b")
_FLASH_VERB = regex_cache.compile(r"\b(?:flash\w*|install\w*|load\w*|wrote|written|burn\w*)\b", re.IGNORECASE)
# a question ends the sentence ("which one should I flash?"); an AT command's read form does not ("AT+CGMM?")
_QUESTION = regex_cache.compile(r"(?<![A-Z])\?\s*$")


def _variant_code(name: str) -> str:
    """A revision's model and variant code ("EC25AFAR05A04M4G" -> "EC25AFA"); any other name as it is."""
    found = _REVISION.match(name)
    return found.group(1) + found.group(2) if found else name


def _said_other_variant(line: LogLine) -> bool:
    """The line tells the module's model query answering another variant of its model, or another variant's
    image flashed onto it."""
    text = line.text
    if _QUESTION.search(text):
        return False
    for found in _FLASHED_ONTO.finditer(text):
        image, hardware = _variant_code(found.group(1)), _variant_code(found.group(2))
        if image != hardware and image[:2] == hardware[:2] and _FLASH_VERB.search(text):
            return True
    names: Dict[str, Set[str]] = {}
    for found in _MODEL_VARIANT.finditer(text):
        names.setdefault(found.group(1), set()).add(found.group(2))
    return any(len(variants) > 1 for variants in names.values()) and bool(_REPORTS.search(text)) and \
        bool(_OTHER_THAN.search(text))


def variant_signals(lines: Sequence[LogLine]) -> Dict[str, List[LogLine]]:
    """{FACT: [lines]} when the lines tell another variant run after a firmware change (:func:`_said_other_variant`);
    {REVISION_FACT: [lines]} when they name one variant of a model and no revision of that model shown belongs to it;
    else ``{}``."""
    told = [line for line in lines if _said_other_variant(line)]
    if told and any(_FIRMWARE_CHANGED.search(line.text) for line in lines):
        return {FACT: told}
    revisions = _revisions(lines)
    if not revisions:
        return {}
    mismatched: List[LogLine] = []
    for model, variants in _named_variants(lines).items():
        variant = _one_variant(variants)
        of_model = [(code, line) for rev_model, code, line in revisions if rev_model == model]
        if variant and of_model and not any(code.startswith(variant) or variant.startswith(code) for code, _ in of_model):
            mismatched.extend(line for _, line in of_model if line not in mismatched)
    return {REVISION_FACT: mismatched} if mismatched else {}
