"""Output a post labels as another machine's: not evidence of the machine that fails.

People paste what a working machine shows beside what the failing one shows: "On my other laptop, where it works,
lsusb shows:", "for comparison, from my Mint desktop:". That output says nothing of the failing machine (its lsusb line
would say the modem is on this machine's bus). A label is a line that ends with a colon and names a machine that is
another one: with "other", "another", "second", "working", "for comparison", "where it works", or a machine of another
kind than the one the post's sentences before it name ("My EM7455 in the Raspberry Pi ..." then "On my Mint laptop
it shows:"). The output after it - the rest of its block, or the next block when the label ends its own - is left out
of the snapshot, with a note saying so (:func:`other_machine_lines`).
"""
from __future__ import annotations

import re
from typing import List, Optional, Set

from wwandoctor import regex_cache
from wwandoctor.negations import NEGATORS_BASE, NEGATORS_ING, NEGATORS_INFLECTED

# a machine as posts name it
_MACHINE = (r"(?:laptop|notebook|PC|computer|desktop|machine|box|workstation|server|(?:Raspberry\s+)?Pi(?:\s*\d)?|router|"
            r"board|ThinkPad|MacBook|NUC|VM|virtual\s+machine)")
_MACHINE_RE = regex_cache.compile(r"\b(?:my|the|our|a|an|this|that)\s+(?:[\w.+-]+\s+){0,2}?(?P<machine>" + _MACHINE + r")\b", re.I)
# a label line: "on/from/with my <...> <machine> ... :" at its end (what follows is the machine's output)
_LABEL_RE = regex_cache.compile(r"^\W*(?:(?:for\s+comparison|for\s+reference|compare(?:d)?\s+(?:to|with))\W+)?(?:\w+\s+){0,3}?"
                                r"(?:on|from|with|in|under)\s+(?:my|the|our|a|an|this|that)\s+(?P<words>(?:[\w.+!-]+\s+){0,3}?)"
                                r"(?P<machine>" + _MACHINE + r")\b(?P<rest>[^:]{0,100}):\s*$", re.I)
# what says the machine is another one, or the one where the modem works
_OTHER_RE = regex_cache.compile(r"\b(?:other|another|second|spare|different|working|friend'?s|colleague'?s)\b|"
                                r"\bwhere\s+(?:it|the\s+\w+)\s+works\b|\bit\s+works\s+(?:fine|there|perfectly|ok)\b|"
                                r"\b(?:for|in)\s+comparison\b|\bfor\s+reference\b|\bcompared?\b", re.I)


# the label says the modem does not work on that machine: it is the failing one ("where it is not working:",
# "with the stick that stopped working:")
_FAILING_RE = regex_cache.compile(r"\b(?:not|wasn't|%s)\s+(?:\w+\s+)?work(?:s|ing)?\b"
                                  % "|".join(NEGATORS_BASE + NEGATORS_INFLECTED + NEGATORS_ING), re.I)


# the system (an OS or distribution, named with a capital) the post says the modem works on: "working fine in Mint 17",
# "it works under Windows", "on Ubuntu 22.04 it works"; its output, labelled "On Mint I get:", is not the failing system's
_WORKS_ON_RE = regex_cache.compile(r"\b(?:works?|working|worked)\b(?:\s+(?:fine|well|perfectly|ok|okay|great|flawlessly|out\s+of\s+the\s+box))*"
                                   r"\s+(?:in|on|under|with)\s+(?P<system>[A-Z][\w.+-]*)|"
                                   r"\b(?:[Ii]n|[Oo]n|[Uu]nder)\s+(?P<system2>[A-Z][\w.+-]*)(?:\s+[\d.]+)?\s*,?\s+(?:it|the\s+\w+)\s+"
                                   r"(?:works|worked|is\s+working|was\s+working)\b")
# a label naming a system: "On Mint I get:", "Under Windows it shows:", "In Mint 17:"
_SYSTEM_LABEL_RE = regex_cache.compile(r"^\W*(?:[Oo]n|[Ii]n|[Uu]nder|[Ff]rom|[Ww]ith)\s+(?P<system>[A-Z][\w.+-]*)(?:\s+[\d.]+)?"
                                       r"(?:\s+(?:I|it|we)\s+(?:get|got|see|saw|have|had|shows?|showed|says?|said|looks?\s+like))?\s*:\s*$")
_SYSTEM = "system:"


def _kind(machine: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\s*\d+$", "", machine.lower())).replace("raspberry pi", "pi")


# a label of the output the person expects, not what the machine shows: an issue template's "Expected behavior:" heading
# ("Expected Behavior: The modem should be detected and shown in lsusb:"), "the output should look like this:", "lsusb
# should list it like:" - unless it goes on to what it shows instead ("should show the modem, but I only get:")
_EXPECTED_RE = regex_cache.compile(r"^\W*expected\s+(?:behaviou?r|output|result)s?\b|"
                                   r"\b(?:should|would)\s+(?:look\s+like|(?:be\s+)?(?:shown|detected\s+and\s+shown|listed|displayed|printed)|"
                                   r"(?:show|list|print|display|appear)\w*\s+(?:[\w-]+\s+){0,4}?(?:like|as\s+follows))\b", re.I)
# ... or labels one state of the machine under a condition ("If the modem is detected correctly, dmesg would show:", "when
# it fails it would print:"): what the machine shows in that state, read as it is
_ACTUAL_RE = regex_cache.compile(r"\b(?:but|instead|actual\w*|only|I\s+(?:get|got|see|saw)|it\s+(?:shows|says|prints)|if|when\w*|unless|"
                                 r"once)\b", re.I)


def is_expected_output_label(line: str) -> bool:
    """``line`` ends with a colon and labels the output after it as the output the person expects to see."""
    said = line.strip()
    return said.endswith(":") and bool(_EXPECTED_RE.search(said)) and not _ACTUAL_RE.search(said)


def is_other_machine_label(line: str, named: Set[str]) -> bool:
    """``line`` labels the output after it as another machine's, or as the output expected (not shown by any machine);
    ``named``: the kinds of machine the post's lines before it name ("pi", "router")."""
    if is_expected_output_label(line):
        return True
    system = _SYSTEM_LABEL_RE.match(line)
    if system and _SYSTEM + system.group("system").lower() in named:
        return True
    m = _LABEL_RE.match(line)
    if not m:
        return False
    said = line[:m.end("rest")]
    if _FAILING_RE.search(said):
        return False
    if _OTHER_RE.search(said):
        return True
    machines = {n for n in named if not n.startswith(_SYSTEM)}
    return bool(machines) and _kind(m.group("machine")) not in machines


def machines_named(line: str) -> Set[str]:
    """The kinds of machine ``line`` names ("my Raspberry Pi 4" -> "pi"), and the systems it says the modem works on
    ("working fine in Mint 17" -> "system:mint")."""
    works_on = {_SYSTEM + (m.group("system") or m.group("system2")).lower() for m in _WORKS_ON_RE.finditer(line)}
    return {_kind(m.group("machine")) for m in _MACHINE_RE.finditer(line)} | works_on


def label_index(lines: List[str], named: Set[str]) -> Optional[int]:
    """The index of the first line of ``lines`` that labels what follows as another machine's output, or None;
    ``named`` grows with the machines the lines before it name."""
    for i, line in enumerate(lines):
        if is_other_machine_label(line, named):
            return i
        named |= machines_named(line)
    return None
