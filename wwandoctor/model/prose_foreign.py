"""The clause grammar (:mod:`model.prose_grammar`) for posts written in other languages than English.

Word order differs between languages ("wird die SIM-Karte nicht erkannt", "la SIM no se detecta", "модем не видит
сим-карту", "erkennt die SIM-Karte nicht"), so a clause is read by its parts, not their order: in one clause (a
sentence cut at commas and at "but"), a negation beside a verb of one kind (:data:`PREDICATES`), the thing the
clause is about (:data:`OBJECTS`, the first kind named) and the program looked with (the grammar's tools). The
facts are the English grammar's for the same parts (:data:`prose_grammar.FACT_OF`). A clause that says there is
none ("keine SIM-Karte drinnen", "нет регистрации") is read the same way (:func:`_absent_facts`).

The words of each language are rows of :data:`model.prose_languages.LANGUAGES`; this module holds no word of any
language but the program names every language writes alike. Accents are folded on both sides before matching, so
the positions of the folded text are those of the line.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Dict, Iterator, List, Set, Tuple

from wwandoctor import regex_cache
from wwandoctor.model import prose_grammar
from wwandoctor.model.prose_languages import LANGUAGES, Language

# --- folding: one character for one character, so positions stay the line's ----------------------------
_NOT_DECOMPOSED = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "\u2019": "'", "\u2018": "'"}


class _FoldTable(dict):
    """``str.translate`` table: a character to its letter without accents (computed once per character)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _NOT_DECOMPOSED.get(char) or unicodedata.normalize("NFKD", char)[:1] or char
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` without accents, one character for each character ("não é" -> "nao e", "ё" -> "е")."""
    return text if text.isascii() else text.translate(_FOLD)


# --- the words every language writes alike --------------------------------------------------------------
# the SIM as people of every language write it ("die SIM", "la SIM", "SIM-карта" is the row's)
_SIM = (r"U?SIM(?:[\s-]?cards?)?",)
# a modem named by its model: "EM7345", "E3372", "EC25", "MF823"
_MODEL = (r"(?-i:[A-Z]{1,4}-?\d{2,5}[A-Za-z]?)",)
_MODESWITCH = (r"usb[_-]?mode[_-]?switch",)
# what the clause may be about, in the order a clause naming several is taken (as in the English grammar: the SIM
# before the modem that does not see it)
OBJECTS = ("sim", "stick", "modeswitch", "network", "ip", "internet", "modem")
# the kinds of negated verb and the facts they give with the clause's object (and tool)
PREDICATES = ("seen", "registering", "attaching", "installed", "working")
# the tools whose names are the same in every language (the English grammar's, without its English nouns)
_TOOL_KINDS = ("usb", "pci", "mm", "nm")
# a word stands alone: no letter or hyphen before it (a compound, "WLAN-Modul", is listed whole; an elided "n'" or
# "l'" may be: "n'apparaît"), no letter after it ("EM7345-Modem" names the EM7345); a negation has no hyphen after
# it either ("non-removable")
# software other than the modem's firmware that is flashed or updated the same way in every language: the
# router's, the phone's or the laptop's own image
_HOST_SOFTWARE_RE = regex_cache.compile(r"\b(?:OpenWrt|LineageOS|Android|ROM|BIOS|UEFI|coreboot|Ubuntu|Debian|Fedora|kernel)\b", re.I)
# the failures a firmware change in the same sentence explains (knowledge.md 2.20: the modem gone or not working
# after its firmware was written)
_FAILURES_AFTER_FIRMWARE = ("said:not-working", "said:not-on-usb", "said:not-on-pci", "said:mm-no-modem")
_BEFORE, _AFTER, _ALONE = r"(?<![\w-])", r"(?:(?<=')|(?![\w']))", r"(?![\w'-])"


def _words(alternatives, after: str = _AFTER) -> str:
    """The folded alternatives as one group matched as whole words."""
    alts = sorted({fold(a) for a in alternatives}, key=lambda a: (-len(a), a))
    return _BEFORE + "(?:%s)" % "|".join(alts) + after


def _negated(lang: Language, verbs) -> str:
    """A verb of ``verbs`` with a negation before it (up to ``lang.before`` words between) or after it."""
    neg, verb = _words(lang.negations, _ALONE), _words(verbs)
    gap = r"(?:\s+[^\s.!?;:,]+){0,%d}?\s+"
    # an elided pronoun may stand before the verb ("sans jamais s'enregistrer", "non l'ha rilevata")
    forms = [neg + gap % lang.before + r"(?:\w')?" + verb]
    if lang.after:
        forms.append(verb + gap % lang.after + neg)
    return "|".join("(?:%s)" % f for f in forms)


# what ends a clause in every language: a comma, semicolon, colon or dash (the contrast words are each language's)
_CLAUSE_PUNCTUATION = r"[,;:\u2013\u2014]|\s-\s"


class _Compiled:
    """One language's regexes."""

    def __init__(self, lang: Language) -> None:
        self.predicates = {kind: regex_cache.compile(_negated(lang, getattr(lang, kind)), re.I)
                           for kind in PREDICATES if getattr(lang, kind)}
        nouns = {"sim": lang.sim + _SIM, "stick": (prose_grammar.STORAGE_STICK,), "modeswitch": _MODESWITCH,
                 "network": lang.network, "ip": lang.ip, "internet": lang.internet, "modem": lang.modem + _MODEL}
        self.objects = {kind: regex_cache.compile(_words(nouns[kind]), re.I) for kind in OBJECTS}
        self.absent = regex_cache.compile(_words(lang.absent) + r"(?:\s+[^\s.!?;:,]+){0,2}?(?:\s+|(?<='))(?:%s)"
                                          % "|".join("(?P<%s>%s)" % (kind, _words(nouns[kind])) for kind in OBJECTS), re.I)
        self.clause_end = regex_cache.compile(_CLAUSE_PUNCTUATION + "|" + _words(lang.contrast), re.I)
        # the verb of the clause before, left out after a contrast: "erkennt zwar den Speicher, nicht aber das Modem",
        # "reconoce la memoria pero no el modem" (the negation and the contrast word together, in either order)
        neg, contrast = _words(lang.negations, _ALONE), _words(lang.contrast)
        self.gapped = regex_cache.compile(r"(?:%s)\s+(?:%s)\s+|(?:%s)\s+(?:%s)\s+" % (neg, contrast, contrast, neg), re.I)
        self.verbs = {kind: regex_cache.compile(_words(getattr(lang, kind)), re.I) for kind in PREDICATES if getattr(lang, kind)}
        # a negation at most two words before what follows ("non è bloccato dall'FCC", "nicht per FCC-Lock gesperrt")
        self.negated_before = regex_cache.compile(neg + r"(?:\s+[^\s.!?;:,]+){0,2}?\s*$", re.I)
        for role in ("present", "telling", "connected", "conditions", "doubts", "fixed", "own", "elsewhere", "fcc_lock",
                     "firmware", "changed"):
            setattr(self, role, regex_cache.compile(_words(getattr(lang, role)), re.I))


@functools.lru_cache(maxsize=1)
def _cues() -> Dict[str, "re.Pattern[str]"]:
    """Each language's words one of which a clause it reads holds (a negation, "there is no", the FCC lock): a
    language's other regexes are compiled only for a text that holds one of its cues (most posts are in English)."""
    return {code: regex_cache.compile(_words(lang.negations + lang.absent + lang.fcc_lock), re.I)
            for code, lang in LANGUAGES.items()}


@functools.lru_cache(maxsize=None)
def _language(code: str) -> _Compiled:
    return _Compiled(LANGUAGES[code])


# every language's conditions as written (accents kept), as whole words: they take back a statement in a script the
# table has no row for (Chinese: "Wenn das 模块不支持PCIe模式"), whichever language they are in
CONDITIONS = _BEFORE + "(?:%s)" % "|".join(word for lang in LANGUAGES.values() for word in lang.conditions) + _AFTER


@functools.lru_cache(maxsize=1)
def _tools() -> "re.Pattern[str]":
    return re.compile("|".join("(?P<%s>%s)" % (kind, _words(prose_grammar.TOOLS[kind][:2] if kind == "usb" else
                                                             prose_grammar.TOOLS[kind]))
                               for kind in _TOOL_KINDS), re.I)


# --- reading --------------------------------------------------------------------------------------------
_SENTENCE_RE = regex_cache.compile(r"[^.!?;\n]+(?:[.!?;]+|$)")


def _spans(regex: "re.Pattern[str]", text: str, start: int, end: int) -> List[Tuple[int, int]]:
    """The pieces of ``text[start:end]`` between matches of ``regex``, as (start, end) in ``text``."""
    cuts = [start] + [p for m in regex.finditer(text, start, end) for p in (m.start(), m.end())] + [end]
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2) if text[cuts[i]:cuts[i + 1]].strip()]


def _first(patterns: Dict[str, "re.Pattern[str]"], text: str, start: int, end: int) -> str:
    return next((kind for kind, rx in patterns.items() if rx.search(text, start, end)), "")


def _tool(text: str, start: int, end: int) -> str:
    m = _tools().search(text, start, end)
    return m.lastgroup if m else ""


def _seen_facts(tool: str, obj: str) -> Tuple[str, ...]:
    """A thing not seen: the English grammar's fact; a modem with no tool named is a failure in words."""
    facts = prose_grammar.FACT_OF.get((tool, obj)) or prose_grammar.FACT_OF.get(("", obj), ())
    return facts or (("said:not-working",) if obj == "modem" else ())


def _predicate_facts(kind: str, obj: str, tool: str) -> Tuple[str, ...]:
    if kind == "seen":
        return _seen_facts(tool, obj)
    if (kind, obj) in (("registering", "network"), ("attaching", "network"), ("attaching", "modem"), ("attaching", "")):
        return ("said:not-registered",)
    if kind == "installed" and obj == "modeswitch":
        return ("said:modeswitch-missing",)
    return ("said:not-working",) if kind == "working" else ()


def _absent_facts(lang: _Compiled, obj: str, text: str, sentence: Tuple[int, int], clause: Tuple[int, int],
                  at: int) -> Tuple[str, ...]:
    """There is no ``obj``: the facts it gives with the rest of the clause and of the sentence before it."""
    if obj == "sim":
        # the program or page may tell it in the clause before ("ModemManager twierdzi, że nie ma karty SIM")
        told = lang.present.search(text, *clause) or lang.telling.search(text, sentence[0], clause[1])
        return ("said:sim-not-detected",) if told and not lang.own.search(text, clause[0], at) else ()
    if obj == "modeswitch":
        return ("said:modeswitch-missing",)
    if obj == "network":
        return ("said:not-registered",)
    if obj == "ip":
        return ("said:connected-no-ip",) if lang.connected.search(text, sentence[0], clause[0]) else ("said:not-working",)
    if obj == "internet":
        return ("said:ip-no-internet",) if lang.objects["ip"].search(text, sentence[0], clause[0]) else ("said:not-working",)
    tool = _tool(text, *clause)
    return prose_grammar.FACT_OF.get((tool, obj), ()) if obj == "modem" else ()


def _clause_readings(lang: _Compiled, text: str, sentence: Tuple[int, int],
                     clause: Tuple[int, int]) -> Iterator[Tuple[str, "re.Match[str]"]]:
    if lang.elsewhere.search(text, *clause):
        return
    obj, tool = _first(lang.objects, text, *clause), _tool(text, *clause)
    for kind, regex in lang.predicates.items():
        m = regex.search(text, *clause)
        if m and not lang.doubts.search(text, clause[0], m.start()):
            for fact in _predicate_facts(kind, obj, tool):
                yield fact, m
    m = lang.absent.search(text, *clause)
    if m and not lang.doubts.search(text, clause[0], m.start()):
        for fact in _absent_facts(lang, m.lastgroup or "", text, sentence, clause, m.start()):
            yield fact, m


def readings(text: str) -> Iterator[Tuple[str, "re.Match[str]"]]:
    """``(said:fact, match)`` for each clause of ``text`` in a language of the table that says a thing is missing,
    not seen, not registered or not working; the match's positions are ``text``'s."""
    folded = fold(text)
    langs = [_language(code) for code, cue in _cues().items() if cue.search(folded)]
    if not langs:
        return
    for s in _SENTENCE_RE.finditer(folded):
        sentence = (s.start(), s.end())
        for lang in langs:
            if lang.fixed.search(folded, *sentence):
                continue
            read = [(fact, m) for clause in _spans(lang.clause_end, folded, *sentence)
                    for fact, m in _clause_readings(lang, folded, sentence, clause)]
            read += _gapped_readings(lang, folded, sentence)
            read += _sentence_readings(lang, folded, sentence, {fact for fact, _ in read})
            for fact, m in read:
                if not lang.conditions.search(folded, sentence[0], m.start()):
                    yield fact, m


_CLAUSE_PUNCTUATION_RE = regex_cache.compile(_CLAUSE_PUNCTUATION)


def _gapped_readings(lang: _Compiled, text: str, sentence: Tuple[int, int]) -> List[Tuple[str, "re.Match[str]"]]:
    """A contrast that leaves out its verb ("Linux erkennt zwar den Speicher, nicht aber den UMTS-Stick"): the thing
    named after "nicht aber" / "aber nicht" is negated with the verb (and the tool) of the sentence before it."""
    found = []
    for m in lang.gapped.finditer(text, *sentence):
        end = _CLAUSE_PUNCTUATION_RE.search(text, m.end(), sentence[1])
        obj = _first(lang.objects, text, m.end(), end.start() if end else sentence[1])
        if not obj or lang.verbs.get("seen") is None:
            continue
        before = (sentence[0], m.start())
        kinds = [kind for kind, rx in lang.verbs.items() if rx.search(text, *before)]
        if kinds and not lang.doubts.search(text, *before) and not lang.elsewhere.search(text, *sentence):
            found += [(fact, m) for fact in _predicate_facts(kinds[0], obj, _tool(text, *before))]
    return found


def _sentence_readings(lang: _Compiled, text: str, sentence: Tuple[int, int],
                       facts: Set[str]) -> List[Tuple[str, "re.Match[str]"]]:
    """What a sentence says as a whole: the FCC lock named; the modem's firmware changed, with a failure beside it."""
    found = []
    lock = lang.fcc_lock.search(text, *sentence)
    if lock and not lang.negated_before.search(text, sentence[0], lock.start()):
        found.append(("said:fcc-lock", lock))
    change = next((m for m in lang.changed.finditer(text, *sentence) if not _names_installed(lang, text, m)), None)
    if (change and lang.firmware.search(text, *sentence) and facts.intersection(_FAILURES_AFTER_FIRMWARE)
            and not _HOST_SOFTWARE_RE.search(text, *sentence) and not lang.elsewhere.search(text, *sentence)):
        found.append(("said:firmware-damaged", change))
    return found


def _names_installed(lang: _Compiled, text: str, change: "re.Match[str]") -> bool:
    """The change word is the participle of installing right after the firmware noun ("le firmware installé", "il firmware
    installato", "el firmware instalado", "le modem-firmware installé"): it says which firmware the stick runs, not that it
    was changed."""
    if not change.group(0).lower().startswith("instal"):
        return False
    # the noun may be the last part of a compound ("modem-firmware"): its hyphen read as a space
    before = text[max(0, change.start() - 40):change.start()].replace("-", " ")
    return any(not before[m.end():].strip() for m in lang.firmware.finditer(before))


def hedged(code: str, text: str, start: int) -> bool:
    """The statement at ``text[start:]``, written in the language ``code`` of the table, is taken back as the grammar
    takes back its own readings: a condition of that language before it in its sentence, or a doubt before it in its
    clause."""
    lang, folded = _language(code), fold(text)
    sentence = next(((s.start(), s.end()) for s in _SENTENCE_RE.finditer(folded) if s.start() <= start < s.end()),
                    (0, len(folded)))
    clause = max((a for a, _ in _spans(lang.clause_end, folded, *sentence) if a <= start), default=sentence[0])
    return bool(lang.conditions.search(folded, sentence[0], start) or lang.doubts.search(folded, clause, start))
