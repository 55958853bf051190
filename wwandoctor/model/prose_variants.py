"""The same observation in the other words people use for it: the shared forms a stated fact is read in.

Each row of :data:`~wwandoctor.model.prose_states.STATES` names a fact in its own words, so a new wording of a fact
("the modem refuses to answer AT", "it quit responding", "usb_modeswitch doesn't manage to switch the stick") was read
only when that row happened to list it. This module says each negated verb of a sentence again in every form of one
shared set, with its verb's synonyms, so every row that knows ANY of the forms reads it:

    NEGATOR + [adverbs] + VERB          "doesn't manage to flip", "refuses to work", "quit answering", "never shows up",
                                        "is unable to see", "has stopped responding"
        -> "doesn't V", "does not V", "don't V", "never Vs", "won't V", "can't V", "isn't Ving", "is not Ving",
           each with V and each of its synonyms (:data:`SYNONYMS`)
    a negative noun of answering        "gives no reply", "there is no response from it" -> "doesn't respond", ...

:func:`variants` gives the rewritten sentences, each with the span of the original it replaced (the caller quotes the
post's own words). Only a negated verb is rewritten: a statement stays a statement, a denial stays a denial, and the
hedges of the sentence (conditions, questions, the past) are left where they were, so the caller's hedging reads the
variant as it reads the sentence.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator, List, NamedTuple, Tuple

from wwandoctor import regex_cache
from wwandoctor.negations import NEGATORS_BASE, NEGATORS_INFLECTED, NEGATORS_ING

# --- vocabulary ----------------------------------------------------------------------------------
# adverbs that may stand between the negation and the verb and change nothing of the fact
_ADVERBS = r"(?:\s+(?:even|really|ever|always|properly|still|just|actually|at\s+all))?"
# verbs said of the same event, any one of which a row may know: a negated verb of a set is said again with each
SYNONYMS: Tuple[Tuple[str, ...], ...] = (
    ("respond", "answer", "reply"),
    ("show up", "appear", "turn up", "pop up"),  # not "come up": an interface "comes up" when it is configured
    # (not the verbs of detecting: "we cannot detect any device by lspci" is the person looking, "it doesn't recognize
    # the modem" a program's fact; the clause grammar reads them with their subjects)
    ("work", "function"),
)
# verbs whose negation says nothing this module should restate (the copula and helpers are the grammar's)
# (nor "switch", "change": "fails to switch to LTE" and "the status does not change" are no stick left unswitched, which
# the rows read in their own words)
_NOT_A_VERB = {"be", "have", "has", "had", "get", "do", "know", "think", "understand", "need", "want", "like", "try",
               "matter", "help", "care", "mind", "switch", "change", "flip"}
_IRREGULAR_PAST = {"saw": "see", "found": "find", "came": "come", "began": "begin", "went": "go", "gave": "give",
                   "took": "take", "showed": "show", "shown": "show", "seen": "see", "got": "get", "ran": "run"}
# a negative noun of answering and what it says: "gives no reply", "there is no response from the modem"
_NO_ANSWER_RE = regex_cache.compile(r"\b(?:gives?|gave|returns?|returned|sends?|sent|get|gets|got|getting|have|has|had|there(?:'s|\s+is|\s+was))"
                                    r"\s+(?:no|zero)\s+(?:reply|response|answer)s?\b", re.I)

# the forms a negated verb is said again in: those with "not", "n't" or "never" right before the verb, which a row that
# reads a verb only unnegated ("conflict", "give up probing") sees as negated ("stopped conflicting" would slip past it)
_FORMS = ("doesn't {v}", "does not {v}", "don't {v}", "never {s}", "won't {v}", "can't {v}", "isn't {ing}", "is not {ing}")
# ... and in the past, for a negation told in the past ("did not give up", "never showed up", "couldn't see"): the tense
# is kept, the rows decide what the past says
_PAST_FORMS = ("didn't {v}", "did not {v}", "never {p}", "couldn't {v}", "wasn't {ing}", "was not {ing}")
_PAST_NEGATOR_RE = regex_cache.compile(r"^(?:did|could|would|was|were|had|failed|refused|quit|stopped|ceased)\b|^never\s+(?:managed|seemed)\b",
                                       re.I)
_PAST_OF = {"see": "saw", "find": "found", "come": "came", "give": "gave", "take": "took", "go": "went", "run": "ran",
            "get": "got", "begin": "began", "read": "read"}


def _past(verb: str) -> str:
    head, _, rest = verb.partition(" ")
    if head in _PAST_OF:
        head = _PAST_OF[head]
    elif head.endswith("e"):
        head += "d"
    elif head.endswith("y") and head[-2:-1] not in ("a", "e", "o", "u"):
        head = head[:-1] + "ied"
    else:
        head = (head + head[-1] if head in ("stop", "drop", "plug", "flip") else head) + "ed"
    return " ".join(filter(None, (head, rest)))


class Variant(NamedTuple):
    """A sentence said again: its text, the span of the original sentence its rewritten words stand for, and where in
    ``text`` the negation it restates begins (-1: none, the modem renamed only). A row reads a restated negation only
    when its match takes the negation in: a row that reads the bare verb ("crashes") with its own short list of
    negations would take "never crashes" for a statement."""
    text: str
    start: int  # in the original
    end: int    # in the original
    negation: int
    affirmative: str  # the sentence with the verb said without its negation ("ModemManager crashes")


# --- the forms of a verb -----------------------------------------------------------------------------
def _third(verb: str) -> str:
    head, _, rest = verb.partition(" ")
    if head.endswith("y") and head[-2:-1] not in ("a", "e", "o", "u"):
        head = head[:-1] + "ies"
    else:
        head += "es" if head.endswith(("s", "sh", "ch", "x")) else "s"
    return " ".join(filter(None, (head, rest)))


def _ing(verb: str) -> str:
    head, _, rest = verb.partition(" ")
    if head.endswith("e") and not head.endswith(("ee", "ye")):
        head = head[:-1]
    elif head in ("stop", "drop", "plug", "flip", "get", "run", "quit", "pop", "set", "reset", "ship", "hug"):
        head += head[-1]
    return " ".join(filter(None, (head + "ing", rest)))


# a base that needs its final e back once -ing, -ed or -es is cut ("recogniz" -> "recognize", "enumerat" -> "enumerate")
_E_ENDINGS = ("iz", "is", "at", "ur", "us", "os", "ok", "v", "c", "bl", "g")


def _base(word: str, form: str) -> str:
    """The base form of ``word``, a verb in ``form`` ("base", "inflected": third person or past, "ing")."""
    w = word.lower()
    if form == "base":
        return w
    if w in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[w]
    if form == "inflected":
        if w.endswith("ies"):
            return w[:-3] + "y"
        if w.endswith(("shes", "ches", "sses", "xes")):
            return w[:-2]
        if w.endswith("ed"):
            stem = w[:-2]
        elif w.endswith("s") and not w.endswith("ss"):
            return w[:-1]
        else:
            return w
    elif w.endswith("ing"):
        stem = w[:-3]
    else:
        return w
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    return stem + "e" if stem.endswith(_E_ENDINGS) and not stem.endswith(("ss", "ll")) else stem


def _synonyms(verb: str) -> Tuple[str, ...]:
    for group in SYNONYMS:
        if verb in group:
            return (verb,) + tuple(v for v in group if v != verb)
    return (verb,)


@functools.lru_cache(maxsize=1)
def _negated_verb_re() -> "re.Pattern[str]":
    particle = r"(?:\s+(?P<particle>up|on|online))?"
    return re.compile(r"\b(?:(?P<nb>%s)%s\s+(?P<vb>[a-z]+)|(?P<ni>%s)%s\s+(?P<vi>[a-z]+(?:s|ed)|saw|found|came|went|gave|took|"
                      r"got|ran)|(?P<ng>%s)%s\s+(?P<vg>[a-z]+ing))\b%s"
                      % ("|".join(NEGATORS_BASE), _ADVERBS, "|".join(NEGATORS_INFLECTED), _ADVERBS,
                         "|".join(NEGATORS_ING), _ADVERBS, particle), re.I)


_COPULA_BEFORE_RE = regex_cache.compile(r"\b(?:is|are|was|were|be|been|being|am)\s+$", re.I)
# a negation that tells a change ("no longer answers", "stopped answering", "quit responding"): never said again as
# "never" (the rows tell a port that never appeared from one gone after working)
_CHANGE_NEGATOR_RE = regex_cache.compile(r"^(?:no\s+longer|(?:has\s+|have\s+|had\s+)?(?:stopped|stops|quit|quits|ceased|ceases))\b", re.I)


def _negated_verbs(text: str) -> Iterator[Tuple[int, int, str, bool, bool]]:
    """``(start, end, base verb, in the past, a change)`` for each negated verb of ``text`` (with its particle: "show
    up")."""
    for m in _negated_verb_re().finditer(text):
        if _COPULA_BEFORE_RE.search(text, 0, m.start()):  # "the ports are no longer created": a passive, not a verb
            continue
        form = "base" if m.group("vb") else "inflected" if m.group("vi") else "ing"
        verb = _base(m.group("vb") or m.group("vi") or m.group("vg"), form)
        if verb in _NOT_A_VERB or len(verb) < 3:
            continue
        particle = m.group("particle")
        negator = m.group("nb") or m.group("ni") or m.group("ng")
        past = bool(_PAST_NEGATOR_RE.match(negator)) or (m.group("vi") or "").lower() != _third(verb.split(" ")[0]).lower() \
            if m.group("vi") else bool(_PAST_NEGATOR_RE.match(negator))
        change = bool(_CHANGE_NEGATOR_RE.match(negator))
        yield m.start(), m.end(), verb + (" " + particle.lower() if particle else ""), past, change
    for m in _NO_ANSWER_RE.finditer(text):
        yield m.start(), m.end(), "respond", bool(re.match(r"gave|returned|sent|got|had|there\s+was", m.group(0), re.I)), False


def _said_again(verb: str, past: bool, change: bool) -> List[Tuple[str, str]]:
    """``(negated, affirmative)``: every shared negated form of ``verb`` and of its synonyms, in the present or the past
    (but "never" for a change), each with the verb said without its negation."""
    out = []
    for v in _synonyms(verb):
        for form in _PAST_FORMS if past else _FORMS:
            if change and form.startswith("never"):
                continue
            out.append((form.format(v=v, s=_third(v), ing=_ing(v), p=_past(v)), _past(v) if past else _third(v)))
    return out


# the modem by another noun ("my LTE dongle", "the WWAN card", "this module"): the rows that name a modem read it
# too; never another card (a SIM, SD or WiFi card). A "stick" may hold photos: the rows name sticks themselves
_MODEM_NOUN_RE = regex_cache.compile(r"\b(?:the|my|our|this|that|his|her|their)\s+(?:(?!(?:sim|usim|sd|micro|wi-?fi|wlan|network|sound|"
                                     r"graphics|video|ethernet|memory|flash|usb\s+flash|bluetooth|bt|smart|credit)\b)[\w.+-]+\s+){0,2}?"
                                     r"(?<!\bSIM\s)(?<!\bSD\s)(?P<noun>dongle|card|module|adapter)\b(?!\s+(?:reader|slot|tray|holder))", re.I)


# frequent misspellings and non-native forms, said as the rows spell them: "dosen't", "recongnized", "moden", "not
# detect" (the participle left bare), "can not found"
_SPELLINGS: Tuple[Tuple["re.Pattern[str]", str], ...] = tuple((regex_cache.compile(rx, re.I), said) for rx, said in (
    (r"\b(?:dosen'?t|doesen'?t|does'nt|doesnot)\b", "doesn't"),
    (r"\bis'nt\b", "isn't"),
    (r"\bdid'nt\b", "didn't"),
    (r"\b(?:recon(?:g)?ni[sz]|regoni[sz]|recogi[sz]|recogn[iy]z|recogon[iy][sz])(ed|es|e|ing)\b", r"recogniz\1"),
    (r"\b(?:deteced|detcted|dected|detectet|detecetd)\b", "detected"),
    (r"\b(?:moden|modme|mdoem)(s?)\b", r"modem\1"),
    (r"\bconect(s|ed|ion|ing)?\b", r"connect\1"),
    # (a bare verb after "not" with no helper before it: "modem not detect", never "does not show")
    (r"(?<!\bdo )(?<!\bdoes )(?<!\bdid )(?<!\bcan )(?<!\bcould )(?<!\bwill )(?<!\bwould )(?<!\bshould )(?<!\bto )(?<!\bmay )"
     r"(?<!\bmight )(?<!\bmust )\b(not|never)\s+(detect|recogni[sz](?=e)|find|show|list)e?\b"
     r"(?!\s+(?:the|a|an|my|any|it|its|this|that|or|and|up)\b)", r"\1 \2ed"),
    (r"\b(can(?:'t|\s?not)|could(?:n't|\s+not))\s+found\b", r"\1 find"),
))


def with_spelling(text: str) -> str:
    """``text`` with its misspellings and non-native forms said as the rows spell them (:data:`_SPELLINGS`)."""
    for regex, said in _SPELLINGS:
        text = regex.sub(said, text)
    return re.sub(r"\b(show|find)ed\b", lambda m: {"show": "shown", "find": "found"}[m.group(1).lower()], text)


def with_modem_noun(text: str) -> str:
    """``text`` with the modem called a modem wherever it is called by another noun (:data:`_MODEM_NOUN_RE`): "the
    T-A7608 module" -> "the T-A7608 modem"."""
    return _MODEM_NOUN_RE.sub(lambda m: m.group(0)[:m.start("noun") - m.start()] + "modem", text)


# a negated passive, said again in each form of one set (not a verb with its particle: "is not switched on" is no
# stick left unswitched; "not installed on the Pi" has a place after it): "isn't switched", "is never switched", "doesn't get switched",
# "never gets switched" (and in the past: "wasn't switched", "never got switched", "didn't get switched")
_PARTICIPLE = r"(?P<pp>[a-z]+ed|seen|found|shown|known|taken|given|chosen)"
_NEGATED_PASSIVE_RE = regex_cache.compile(r"\b(?:(?P<now>(?:is|are)(?:n't|\s+not|\s+never)|(?:does|do)(?:n't|\s+not)\s+get|never\s+gets?|"
                                          r"won't\s+get|can't\s+get)|(?P<then>(?:was|were)(?:n't|\s+not|\s+never)|did(?:n't|\s+not)\s+get|"
                                          r"never\s+got))\s+" + _PARTICIPLE + r"\b(?!\s+(?:on|off|up|down|in|out|over)\b(?!\s+(?:the|an?|my|our|this|that|its|his|her|their)\b))", re.I)
_PASSIVE_FORMS = ("isn't {pp}", "is not {pp}", "is never {pp}", "doesn't get {pp}", "never gets {pp}")
_PAST_PASSIVE_FORMS = ("wasn't {pp}", "was not {pp}", "was never {pp}", "didn't get {pp}", "never got {pp}")
# staying in a state told as never leaving it: "never leaves storage mode", "can't get out of low power mode" ->
# "stays in": the state rows of the clause grammar read the copula "stay"
_NEVER_LEAVES_RE = regex_cache.compile(r"\b(?:never|(?:does|do)(?:n't|\s+not)|won't|can't|cannot|is\s+unable\s+to|fails\s+to)\s+"
                                       r"(?:leaves?|exits?|gets?\s+out\s+of|comes?\s+out\s+of|switch(?:es)?\s+out\s+of)\s+", re.I)
# a thing that works only once something is done, said as the rows tell it: "the card only works after blacklisting
# ehci_hcd" -> "the card doesn't work until blacklisting ehci_hcd", "After blacklisting ehci_hcd, the card works"
_ONLY_AFTER_RE = regex_cache.compile(r"^(?P<subject>[^,;]*?)\s+(?:only\s+(?P<verb>%s)|(?P<verb2>%s)\s+only)\s+(?:after|once|when)\s+"
                                     r"(?P<rest>[^,;.!?]+)(?P<tail>.*)$" % ((r"works?|shows?\s+up|appears?|responds?|answers?|connects?|"
                                                                           r"registers?|starts?|boots?",) * 2), re.I | re.S)


# a thing that happens again and again, in each form of one set: "keeps resetting itself" -> "resets itself"; and back
# from "constantly resets", "is always resetting" -> "keeps resetting"
_KEEPS_RE = regex_cache.compile(r"\b(?:keeps?|kept|is\s+(?:constantly|always|continuously)|are\s+(?:constantly|always|continuously))\s+(?:on\s+)?"
                                r"(?P<ing>[a-z]+ing)\b|\b(?:constantly|repeatedly|continuously|always)\s+(?P<third>[a-z]+s)\b", re.I)
# (no adverb of frequency is added: "everything keeps working" is no thing that "repeatedly" happens)
_KEEPS_FORMS = ("{s}", "keeps {ing}")
# a fact told as a noun, said with its verb: "no response from the modem" -> "the modem doesn't respond", "no detection of
# the SIM" -> "the SIM is not detected", "(a) failure to register" -> "fails to register", "loss of the connection" ->
# "the connection drops"
_THING = r"(?P<thing>(?:the|my|our|its|a|an|any)\s+(?:[\w.-]+\s+){0,2}?[\w.-]+)"
_NOUN_FORMS: Tuple[Tuple["re.Pattern[str]", str], ...] = tuple((regex_cache.compile(rx, re.I), said) for rx, said in (
    (r"\b(?:there(?:'s|\s+is)\s+)?no\s+(?:response|reply|answer)\s+(?:at\s+all\s+)?from\s+" + _THING + r"(?=[\s,.;!?]|$)",
     "{thing} doesn't respond"),
    (r"\b(?:there(?:'s|\s+is)\s+)?no\s+(?:detection|recognition)\s+of\s+" + _THING + r"(?=[\s,.;!?]|$)", "{thing} is not detected"),
    (r"\b(?:an?\s+|the\s+)?failure\s+to\s+(?P<verb>[a-z]+)\b", "fails to {verb}"),
    (r"\b(?:an?\s+|the\s+)?loss\s+of\s+(?:the\s+|its\s+|my\s+)?(?P<link>connection|connectivity|link|session|network)\b",
     "the {link} drops"),
))


# phrases said of the same fact, any of which a row may know: "the image lacks kmod-usb-net-cdc-ether" -> "has no"; "kmod-x isn't included in the image" -> "is missing from"; "the stick loses its connection" -> "the stick's connection drops";
# "gives no ttyUSB ports" -> "has no"; "no ttyUSB ports are created" -> "no ttyUSB ports appear" (never a negation made
# from an affirmative: a row that reads "has X" with its own short list of negations would take "doesn't have X" for it)
_PHRASES: Tuple[Tuple["re.Pattern[str]", Tuple[str, ...]], ...] = tuple((regex_cache.compile(rx, re.I), said) for rx, said in (
    (r"\blacks?\b", ("has no",)),  # not "is missing": "the WiFi card is missing" says the card is gone
    (r"\b(?:is|are)(?:n't|\s+not)\s+(?:included|built(?:\s+in)?|shipped|present|contained)\s+in\b", ("is missing from", "is not in")),
    (r"\bloses?\s+(?:its|the|my)\s+(?:data\s+)?(?:connection|link|session)\b", ("'s connection drops", "disconnects")),
    (r"\b(?:gives?|gets?)\s+(?=no\b)", ("has ",)),
    (r"\b(?:is|are)\s+(?:created|generated|made)\b", ("appear",)),
))


# what ends a negation told in the past: "it did not answer until I replaced the cable"
_UNTIL_RE = regex_cache.compile(r"\b(?:until|till|unless)\b", re.I)

# at most this many variants of one sentence: the forms of two negated verbs (a sentence rarely has more)
MAX_VARIANTS = 120


def variants(text: str) -> List[Variant]:
    """``text`` with each negated verb said in each shared form (:data:`_FORMS` x :data:`SYNONYMS`), one verb at a
    time, and the sentence with its spelling mended (:func:`with_spelling`) and the modem called a modem
    (:func:`with_modem_noun`), alone and with each form; the original wording itself is left out. A variant of the
    whole sentence stands for all of ``text``."""
    out = _negation_variants(text)
    spelled = with_spelling(text)
    for said in dict.fromkeys((spelled, with_modem_noun(text), with_modem_noun(spelled))):
        if said != text:  # a whole sentence said again stands for all of it
            out.append(Variant(said, 0, len(text), -1, ""))
            out.extend(v._replace(start=0, end=len(text)) for v in _negation_variants(said))
    return out


_NEGATION_WORD_RE = regex_cache.compile(r"\b\w+n't|\bnot\b|\bnever\b", re.I)


def _negation_at(form: str) -> int:
    """Where in ``form`` its negation word begins ("is not seen" -> 3, "isn't seen" -> 0)."""
    m = _NEGATION_WORD_RE.search(form)
    return m.start() if m else 0


def _shape_variants(text: str) -> List[Variant]:
    """``text`` in the other shapes of :data:`_NEGATED_PASSIVE_RE`, :data:`_NEVER_LEAVES_RE` and :data:`_ONLY_AFTER_RE`."""
    out: List[Variant] = []
    for m in _NEGATED_PASSIVE_RE.finditer(text):
        pp, forms = m.group("pp"), _PAST_PASSIVE_FORMS if m.group("then") else _PASSIVE_FORMS
        affirmative = text[:m.start()] + ("was " if m.group("then") else "is ") + pp + text[m.end():]
        out.extend(Variant(text[:m.start()] + form.format(pp=pp) + text[m.end():], m.start(), m.end(),
                           m.start() + _negation_at(form), affirmative)
                   for form in forms if form.format(pp=pp).lower() != m.group(0).lower())
    for m in _NEVER_LEAVES_RE.finditer(text):
        out.append(Variant(text[:m.start()] + "stays in " + text[m.end():], m.start(), m.end(), -1, ""))
    m = _ONLY_AFTER_RE.match(text)
    if m:
        verb = _base(m.group("verb") or m.group("verb2"), "inflected")
        subject, rest, tail = m.group("subject"), m.group("rest"), m.group("tail")
        for said in ("%s doesn't %s until %s%s" % (subject, verb, rest, tail),
                     "After %s, %s %s%s" % (rest, subject[:1].lower() + subject[1:], _third(verb), tail)):
            out.append(Variant(said, 0, len(text), -1, ""))
    return out


def _aspect_and_noun_variants(text: str) -> List[Variant]:
    """``text`` with a repeated event said in each form of :data:`_KEEPS_FORMS`, a phrase in the others of its set
    (:data:`_PHRASES`) and a fact told as a noun said with its verb (:data:`_NOUN_FORMS`); each stands for all of
    ``text``."""
    out: List[Variant] = []
    for m in _KEEPS_RE.finditer(text):
        verb = _base(m.group("ing") or m.group("third"), "ing" if m.group("ing") else "inflected")
        for form in _KEEPS_FORMS:
            said = form.format(s=_third(verb), ing=_ing(verb))
            if said.lower() != m.group(0).lower():
                out.append(Variant(text[:m.start()] + said + text[m.end():], 0, len(text), -1, ""))
    for regex, forms in _PHRASES:
        for m in regex.finditer(text):
            out.extend(Variant(text[:m.start()] + said + text[m.end():], 0, len(text), -1, "") for said in forms)
    for regex, form in _NOUN_FORMS:
        for m in regex.finditer(text):
            out.append(Variant(text[:m.start()] + form.format(**m.groupdict()) + text[m.end():], 0, len(text), -1, ""))
    return out


def _negation_variants(text: str) -> List[Variant]:
    out: List[Variant] = _shape_variants(text) + _aspect_and_noun_variants(text)
    for start, end, verb, past, change in _negated_verbs(text):
        if past and _UNTIL_RE.search(text, end):  # "it refused to answer until I replaced the cable": over
            continue
        said = text[start:end]
        for form, affirmative in _said_again(verb, past, change):
            if form.lower() == said.lower():
                continue
            out.append(Variant(text[:start] + form + text[end:], start, end, start + _negation_at(form),
                               text[:start] + affirmative + text[end:]))
            if len(out) >= MAX_VARIANTS:
                return out
    return out
