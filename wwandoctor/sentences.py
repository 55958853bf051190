"""Is a line a sentence a person wrote, rather than a program's output?

Parsers and the report both need to tell them apart: a parser must not take "I reinstalled the driver
with USBCOMP=8 for MBIM." as mbimcli output for the word MBIM, and a paste whose only "understood"
lines are such sentences holds no command output at all (the report says so instead of "no problem").

A sentence here is a run of four plain words, no program prefix at its start ("usb 1-1.3: ",
"<warn>", "[  12.3]", "ModemManager[812]:", a time or date, a prompt) and a word people write
and programs rarely print (I, my, we, you, don't, but ...). Programs do print some of these words
("If you think you have received this message due to a bug", dhclient's banner): callers use the
test to leave lines out, never to find a fault, so a program line read as a sentence costs nothing
while other output lines remain.
"""
from __future__ import annotations

import re

from wwandoctor import regex_cache

_WORD_RUN = regex_cache.compile(r"(?:\b[A-Za-z][a-z']*,?\s+){3}[A-Za-z][a-z']*\b")
_PROGRAM_PREFIX = regex_cache.compile(
    r"^\s*(?:<\d+>|<\w+>|\[[^\]]*\]|\(\w[\w-]*:\d+\)|[\w.-]+\[\d+\]:|[\w.:-]+(?: [\w.:-]+)?:\s|"
    r"\w{3}\s+\d+\s+\d\d:|\d{4}-\d\d-\d\d|\d+:\d+|[#$>]|\w+@[\w.-]+)")
# a driver's or program's debug line: "GobiSerial::GobiProbe Num Interfaces = 2", "GobiNet::GobiUSBNetProbe ...",
# "qmi_wwan_q: qmap_register_device()...", "QMIWDASetDataFormat(): ..."
_FUNCTION_PREFIX = regex_cache.compile(r"^\s*(?:\w+::\w+|\w+\(\):?\s)")
_FULL_STOP = regex_cache.compile(r"[.!?]\s*$")
_QUOTE_MARKS = regex_cache.compile(r"^\s*(?:>\s?)+")
_PERSON_WORD = regex_cache.compile(
    r"\b(?:I|I'm|I've|I'd|my|me|we|our|you|your|it's|don't|doesn't|didn't|can't|couldn't|won't|"
    r"isn't|wasn't|haven't|but|because|however|anyone|any idea|please|thanks?)\b", re.I)


def is_sentence(text: str) -> bool:
    """``text`` reads as a person's sentence, not as a line a program printed."""
    return bool(_WORD_RUN.search(text)) and not _PROGRAM_PREFIX.match(text) and bool(_PERSON_WORD.search(text))


def is_written(text: str) -> bool:
    """``text`` is a person's sentence (:func:`is_sentence`) or words ending as a sentence does ("It comes up in its
    MBIM configuration, and quectel-CM wants a QMI device."): a looser test, for lines that name a program or
    driver without being its output."""
    return is_sentence(text) or (has_words(text) and bool(_FULL_STOP.search(text)))


# a line ending as a person ends a sentence in a post: a full stop, or a smiley ("... in the settings :-(")
_ENDS_AS_POSTED = regex_cache.compile(r"(?:[.!?]|\s[:;]-?[()DPp/])\s*$")
# a compiler's or checker's place before its message: "/home/u/build/xmm7360.c:1451:8: error: implicit declaration ..."
_SOURCE_PLACE = regex_cache.compile(r"^\s*\S+:\d+(?::\d+)?:\s")
# three plain words in a row: "I always have ERROR: SIM not inserted" has no run of four but is a person's all the same
_SHORT_WORD_RUN = regex_cache.compile(r"(?:\b[A-Za-z][a-z']*,?\s+){2}[A-Za-z][a-z']*\b")


def is_persons(text: str) -> bool:
    """``text`` is a line a person wrote, not one a program printed: three plain words and a word people write (I, my,
    we, but ...), or six plain words ending as a sentence or a smiley does (a program's "No phone has been found!" has
    five, "WWAN FCC unlock is not supported in this product" no full stop); no program prefix or function name
    (:func:`looks_like_log`) and no compiler's place ("xmm7360.c:1451:8: error: ...") at its start. For labelling a
    line no parser understood, never for finding a fault."""
    if looks_like_log(text) or _SOURCE_PLACE.match(text):
        return False
    if _PERSON_WORD.search(text) and _SHORT_WORD_RUN.search(text):
        return True
    return is_long_prose(text) and bool(_ENDS_AS_POSTED.search(text))


def has_words(text: str) -> bool:
    """``text`` holds a run of four plain words and starts with no program prefix: a sentence, or a
    line of a program's prose. For lines no parser understood (a looser test than :func:`is_sentence`)."""
    return bool(_WORD_RUN.search(text)) and not _PROGRAM_PREFIX.match(text)


# six plain words in a row: a tool's own lines of words stop short of it ("verbose call end reason (3,2001): ...")
_LONG_WORD_RUN = regex_cache.compile(r"(?:\b[A-Za-z][a-z']*,?\s+){5}[A-Za-z][a-z']*\b")


def is_long_prose(text: str) -> bool:
    """``text`` holds a run of six plain words and starts with no program prefix: a person's sentence even without a
    person word ("The MBIM function has stopped answering on the control channel"), never a line of libqmi's or
    libmbim's tools."""
    return bool(_LONG_WORD_RUN.search(text)) and not _PROGRAM_PREFIX.match(text)


def looks_like_log(text: str) -> bool:
    """``text`` starts the way a program's output line does: a program prefix ("usb 1-1.3: ", "<warn>",
    "[  12.3]", a time, a prompt) or a function's name ("GobiSerial::GobiProbe", "QMIWDASetDataFormat(): ").
    A mail quote's "> " is no prefix: the quoted line is looked at."""
    text = _QUOTE_MARKS.sub("", text)
    return bool(_PROGRAM_PREFIX.match(text) or _FUNCTION_PREFIX.match(text))
