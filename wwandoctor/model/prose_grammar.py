"""One reading of the clause most observations of a missing device or SIM take.

People tell what a program, a page or the modem did not show in many words but one shape:

    SUBJECT (a tool, a page, the modem, I) + a negated verb of showing, seeing or detecting + OBJECT
        "lsusb does not show the modem", "`lsusb` is not showing the modem device at all",
        "mmcli -L never listed any modem", "the router fails to detect the SIM", "I can't see it in lspci"
    SUBJECT + a verb of showing + a negative object
        "lsusb shows nothing", "the status page shows that there is no SIM card inserted",
        "mmcli -L returns 'No modems were found'"
    the thing + a negated verb of appearing or being seen, with or without the tool
        "the modem is not listed in lsusb", "doesn't show up in mmcli -L", "SIM not recognised",
        "nothing appears in lsusb"
    the modem + a negated verb of getting onto the network + the network
        "won't join my LTE network", "is not registered with any operator", "never attached to the NB-IoT network"

:func:`readings` finds these clauses and names the fact each gives from what was looked with (the tool) and
what was missing (the object): :data:`FACT_OF`. The word lists below are the grammar's only vocabulary: a new
verb, tool or form of negation is one word added to one list. The caller (:func:`model.prose.stated_facts`)
leaves out hedged sentences (conditions, questions, wishes, the past) as for every stated fact;
:func:`reported` leaves out what others said ("the wiki says lsusb doesn't show it when ...").
"""
from __future__ import annotations

import functools
import re
from typing import Dict, Iterator, List, Tuple

# --- vocabulary ----------------------------------------------------------------------------------
# verbs of showing, listing, seeing and detecting: the subject (a tool, the modem, a person) has the object in view.
# Each is its base form; the other forms are made by _forms (irregular ones in _IRREGULAR).
# "query" as machine translations of Chinese posts write 查询 / 查不到 ("ifconfig -a does not query the IP").
SEEING_VERBS = ("show", "list", "display", "see", "detect", "recognise", "recognize", "find", "identify", "enumerate",
                "read", "pick up", "report", "accept", "query")
# verbs of appearing: the missing thing is the subject ("the modem does not show up in lsusb")
APPEARING_VERBS = ("show up", "show", "appear", "come up", "turn up", "pop up", "get detected", "get recognised",
                   "get recognized", "exist")
# verbs of getting onto the network: the modem is the subject, the network the object ("won't join the network",
# "does not register to the LTE network", "cannot get registered on the mobile network", "never attached")
REGISTERING_VERBS = ("register", "attach", "join", "camp", "latch", "log on", "get on", "get onto", "get registered",
                     "get attached")
# the passive forms and adjectives of being in view: "is not listed", "isn't visible", "not present in lspci"
IN_VIEW = ("listed", "shown", "detected", "recognised", "recognized", "found", "seen", "enumerated", "identified",
           "displayed", "picked up", "read", "reported", "accepted")
# adjectives of being in view: they say where the thing is missing only with the tool named ("not present in lspci";
# "the SIM is not present" may be the person's own doing)
PRESENT = ("visible", "present", "there", "available")
# verbs a program or page tells with, before a negative object ("lsusb shows nothing", "the page says no SIM")
TELLING_VERBS = ("show", "list", "display", "report", "say", "give", "return", "print", "indicate", "output", "find",
                 "detect", "see", "tell")
_IRREGULAR = {"think": ("thought",), "see": ("saw", "seen"), "find": ("found",), "read": ("read",), "get": ("got", "gotten"), "come": ("came", "come"),
              "give": ("gave", "given"), "say": ("said",), "tell": ("told",)}
_ALSO_PAST = {"show": ("shown",)}
# verbs a program, page or the modem states the SIM's state with: "the modem thinks the SIM is removed",
# "keeps reporting missing SIM", "the router claims there's no SIM" (its own words: the person says the card is in)
STATING_VERBS = TELLING_VERBS + ("think", "claim", "believe", "consider", "treat")
# what a SIM the modem does not see is said to be: "missing", "removed", "not inserted"
SIM_ABSENT = ("missing", "absent", "removed", "gone", "not inserted", "not present", "not there", "unplugged")
_DOUBLED = ("get", "pop")

# the words that negate the verb after them: "does not", "isn't", "won't", "never", "fails to", "is unable to"
NEGATIONS = (r"(?:does|do|did|will|would|can|could|is|are|was|were|has|have|had|should)(?:n't|\s+not|\s+never)",
             r"won't", r"can't", r"cannot", r"never", r"not", r"no longer", r"fail(?:s|ed)?\s+to", r"(?:is\s+|are\s+|am\s+)?unable\s+to",
             r"(?:is\s+|are\s+)?not\s+able\s+to", r"\w+n't",
             # the apostrophe left out, as hurried and non-native posts write it: "modem dont see the sim card"
             r"(?:dont|doesnt|didnt|cant|wont|isnt|arent|wasnt|werent|couldnt|wouldnt|hasnt|havent)")
# adverbs and helpers that may stand around the negation and the verb: "still doesn't even show", "does not seem to list"
ADVERBS = ("still", "just", "also", "even", "really", "actually", "simply", "ever", "always", "again", "yet", "properly",
           "correctly", "seem to", "seems to", "appear to", "appears to", "be", "been", "being", "get", "getting",
           # a state the program repeats: "ModemManager keeps claiming the SIM is missing"
           "keeps", "kept", "keeps on")
# what follows the verb and changes nothing: "at all", "any more", "either"
TRAILERS = ("at all", "anymore", "any more", "either", "ever", "too", "whatsoever", "properly", "correctly")

# what a post looks with, by what it lists: a new tool is one word here. Each may be quoted or backticked, with
# its options ("lsusb -t", "mmcli -L") and a leading sudo or cat.
# a modem's or uplink's interface name after ifconfig / ip addr ("wwan0", "wwp0s20u4i6", "usb0", "qmimux0")
_IFACE_NAME = r"(?:wwan|usb|eth|wwp|rmnet|qmimux|mhi_hwip)\w*"
TOOLS: Dict[str, Tuple[str, ...]] = {
    "usb": (r"lsusb(?:\s+-\w+)*", r"usb-devices", r"(?:/sys/kernel/debug|/proc/bus|/sys/bus)?/?usb/devices",
            r"(?:the\s+)?USB(?:\s+(?:interface\s+|host\s+)?bus|(?=\s*(?:[.,;!?)]|$)))"),
    "pci": (r"lspci(?:\s+-\w+)*", r"(?:the\s+)?PCI(?:-?e)?\s+bus"),
    "mm": (r"mmcli(?:\s+-\w+)*", r"ModemManager", r"Modem\s?Manager", r"modem-manager"),
    # NetworkManager's modems are the ones ModemManager lists (its WWAN plugin): "Network-manager (version 0.7)
    # doesn't recognize this modem" says ModemManager does not take it
    "nm": (r"nmcli", r"Network[-\s]?Manager(?:\s*\((?:version\s+|v)?[\d.]+\))?"),
    # a page, an app or the device that shows the modem's state to a person (never a list of devices)
    "page": (r"(?:the\s+|its\s+|my\s+)?(?:status|web|overview|network|admin|router(?:'s)?|settings|info|mobile)?\s*"
             r"(?:page|web ?UI|UI|GUI|interface|dashboard|app|screen|menu|status)", r"LuCI", r"(?:the\s+|my\s+)?router",
             r"(?:the\s+|my\s+)?(?:modem|module|dongle|device|card|phone)", r"it"),
    # programs that show the SIM's state but list no devices
    "other": (r"qmicli(?:\s+-\S+)*", r"mbimcli(?:\s+-\S+)*", r"uqmi"),
    # programs that show the interfaces' addresses: "ifconfig -a", "ip a", "ip addr show wwan0"
    "ip": (r"ifconfig(?:\s+-\w+)*(?:\s+" + _IFACE_NAME + r")?",
           r"ip\s+(?:-[46]\s+)?a(?:ddr(?:ess)?)?(?:\s+(?:show|list))?(?:\s+(?:dev\s+)?" + _IFACE_NAME + r")?"),
}
# a USB stick model of Huawei's E-series or ZTE's MF-series ("Huawei E303", "ZTE MF823"): they start as a driver CD
STORAGE_STICK = r"\b(?:Huawei|ZTE)\s+(?:\w+\s+)?(?:E\d{3,4}[a-z]{0,2}(?:-\d+)?|MF\d{3,4}\w?)\b"
# a word of a noun phrase before its noun ("the Sierra Wireless EM7455"), never a word that starts another phrase
_FILLER = r"(?!(?:as|in|on|by|with|for|to|but|and|or|of|at|it|is|are|was|were|not|no|when|if|after|before)\b)[\w-]+"
# what is missing, by kind: the SIM card, a storage-first stick, the network, or the modem ("the modem", "my EM7455",
# "anything", "it"); the first kind that matches is taken
OBJECTS: Dict[str, str] = {
    # an IPv4 address of an interface ("the IP", "any IPv4 address", "an inet address"), never the modem itself
    "address": r"(?:(?:the|an?|any|its|my)\s+)?(?:IPv4|IP|inet)(?:[\s-]+address(?:es)?)?\b(?![\w-])",
    "sim": r"(?:(?:the|my|a|any|an|its|our|this)\s+)?(?:" + _FILLER + r"\s+)?(?:U?SIM|sim)(?:[\s-]?cards?)?\b",
    "stick": r"(?:(?:the|my|a|an|our|this)\s+)?" + STORAGE_STICK,
    "network": r"(?:(?:the|any|a|my|our|its)\s+)?(?:" + _FILLER + r"\s+)?(?:network|operator|carrier|provider|NB-?IoT|Cat-?M1?|"
               r"cell(?:\s+tower)?|base station|LTE|GSM|UMTS|[2345]G)s?\b(?!\s*(?:interfaces?|cards?|adapters?|manager|settings?|"
               r"devices?|connections?|icons?|ports?|config\w*|modems?|modules?|dongles?|sticks?|info\w*|details?|status|data|"
               r"lists?|IDs?|scan\w*))",
    "modem": r"(?:(?:the|my|a|any|an|our|this|that|its)\s+)?(?:" + _FILLER + r"\s+){0,3}?(?:modem|module|dongle|device|card|stick|"
             r"adapter|hardware|entry|entries|WWAN|LTE|[A-Za-z-]*\d[\w-]*)s?\b|\b(?:it|them|anything|any ?thing)\b",
}
# a negative object after a verb of telling: "nothing", "no modem", "no SIM card (inserted)", "'No modems were found'"
_NEG_OBJECT = (r"(?:that\s+)?(?:there\s+(?:is|are|was|were)\s+|there's\s+)?[\"'`\u201c]?(?:(?:nothing|none)\b(?!\s+(?:wrong|unusual|"
               r"strange|suspicious|special|else|interesting))|(?:no|not\s+(?:a|any))\s+(?:[\w-]+\s+){0,2}?"
               r"(?P<negobj>U?SIM|modems?|devices?|modules?|dongles?|entry|entries)\b)")

# which facts the clause gives: (what was looked with, what was missing) -> said:facts; ("", kind) whatever was looked
# with. A modem missing with no listing tool named is no fact here ("the page does not show the modem" is
# said:not-working's, read elsewhere).
FACT_OF: Dict[Tuple[str, str], Tuple[str, ...]] = {
    ("usb", "modem"): ("said:not-on-usb",), ("usb", "stick"): ("said:not-on-usb",),
    ("pci", "modem"): ("said:not-on-pci",),
    ("mm", "modem"): ("said:mm-no-modem",), ("nm", "modem"): ("said:mm-no-modem",), ("mm", "stick"): ("said:mm-no-modem", "said:storage-stick-not-seen"),
    ("", "sim"): ("said:sim-not-detected",),
    ("", "stick"): ("said:storage-stick-not-seen",),
    ("", "network"): ("said:not-registered",),
    ("", "address"): ("said:no-ip-address",),
}
# what an adjective alone says is missing ("the Huawei E303 is not available"); for anything else the tool must be
# named ("not present in lspci"): "the SIM is not present" may be the person's own doing
ADJECTIVE_KINDS = ("stick",)

# others' words: "the wiki says", "someone told me", "they suggested"; "... means it is not powered" is a rule, not
# an observation
_REPORTED_RE = re.compile(
    r"\b(?:you|they|he|she|someone|somebody|people|others|(?:the|a|this|that)\s+(?:wiki|manual|docs?|documentation|guide|FAQ|"
    r"tutorial|forum|answer|post|thread|article|support|vendor|datasheet))\s+(?:\w+\s+)?(?:said|says|say|wrote|writes|"
    r"told|tells|suggest\w*|recommend\w*|mention\w*|claim\w*|explain\w*)\b|^\s*>", re.I)
# what follows: a general rule ("... means it is not powered"), or the thing shown as something else ("lsusb doesn't
# show it as a modem but as a CD-ROM")
_AFTER_RE = re.compile(r"^[^.!?]{0,20}?\b(?:means?|would mean|indicates? that|implies)\b|^\s*(?:any\s?more\s+)?as\b", re.I)


# --- the forms of the words ------------------------------------------------------------------------
def _verb_forms(verb: str) -> List[str]:
    """Every form of ``verb`` ("show up" -> "show up", "shows up", "showed up", "shown up", "showing up")."""
    head, _, particle = verb.partition(" ")
    stem = head + head[-1] if head in _DOUBLED else head
    if head.endswith("y") and head[-2] not in "aeiou":
        third, past = head[:-1] + "ies", (head[:-1] + "ied",)
    else:
        third = head + ("es" if head.endswith(("s", "sh", "ch", "x")) else "s")
        past = _IRREGULAR.get(head) or (stem + ("d" if head.endswith("e") else "ed"),)
    ing = (head[:-1] if head.endswith("e") and not head.endswith("ee") else stem) + "ing"
    forms = {head, third, ing, *past, *_ALSO_PAST.get(head, ())}
    return [f + (" " + particle if particle else "") for f in sorted(forms, key=len, reverse=True)]


def _alternation(words, forms=lambda w: [w]) -> str:
    alts = sorted({f for w in words for f in forms(w)}, key=len, reverse=True)
    return r"(?:%s)" % "|".join(a.replace(" ", r"\s+") for a in alts)


def _quoted(regex: str) -> str:
    """A tool as a sentence names it: bare, quoted or backticked, after sudo or cat, with "the output of" before."""
    return (r"(?:the\s+(?:output|file|list|listing)\s+(?:of\s+)?|the\s+)?[\"'`\u201c\u2018]?(?:sudo\s+)?(?:cat\s+)?(?:%s)(?![\w-])[\"'`\u201d\u2019]?"
            % regex)


def _tool_after() -> str:
    """A tool named after the verb ("in lsusb"): every listing tool, and of the pages only their two generic forms."""
    return _quoted("|".join("(?P<a_%s%d>%s)" % (kind, i, alt) for kind, alts in TOOLS.items()
                            for i, alt in enumerate(alts) if kind != "page" or i < 2))


@functools.lru_cache(maxsize=1)
def _second_tool() -> "re.Pattern[str]":
    """A second tool joined to the one after the verb: "in lspci or lsusb", "in lsusb nor in lspci"."""
    return re.compile(r"\s*,?\s*(?:or|nor|and)\s+(?:(?:in|on|with|by|under)\s+)?" + _tool_after(), re.I)


@functools.lru_cache(maxsize=1)
def _frames() -> Tuple["re.Pattern[str]", ...]:
    tool = _quoted("|".join("(?P<t_%s%d>%s)" % (kind, i, alt) for kind, alts in TOOLS.items() for i, alt in enumerate(alts)))
    tool_after = _tool_after()
    neg = r"(?P<neg>%s)" % "|".join(NEGATIONS)
    adv = r"(?:\s+(?:%s|\w+ly))*" % _alternation(ADVERBS)
    trail = r"(?:\s+%s)*" % _alternation(TRAILERS)
    objects = "|".join("(?P<o_%s>%s)" % (kind, rx) for kind, rx in OBJECTS.items())
    seeing = _alternation(SEEING_VERBS, _verb_forms)
    appearing = _alternation(APPEARING_VERBS, _verb_forms)
    in_view = r"(?:%s|(?P<adj>%s))" % (_alternation(IN_VIEW), _alternation(PRESENT))
    telling = _alternation(TELLING_VERBS, _verb_forms)
    registering = _alternation(REGISTERING_VERBS, _verb_forms)
    absent = _alternation(SIM_ABSENT)
    # "in lsusb", "by ModemManager", "with mmcli -L", "under lspci", "in the output of lsusb", "when running lsusb",
    # "when I run lspci"
    where = r"(?:\s+(?:[\w-]+\s+){0,3}?(?:in|on|over|by|with|under|using|from|via|through|to|running|run)\s+%s)?" % tool_after
    # the subject: a tool or page, a person, or none named (a fragment, "cannot see the modem in lspci", or another
    # noun: "Ubuntu does not detect the SIM"; a modem then needs the tool named after it)
    subject = r"(?:(?:(?P<subj>%s)(?:\s+(?:output|command|listing|list))?|\b(?:I|we)\b)" % tool + adv + r"\s+)?"
    return (
        # SUBJECT + negated verb of seeing + OBJECT [+ where]: "lsusb does not show the modem", "I can't see it in lspci"
        re.compile(subject + r"\b" + neg + adv + r"\s+" + seeing + r"\s+(?:%s)" % objects + trail + where, re.I),
        # SUBJECT + verb of telling + negative OBJECT: "lsusb shows nothing", "the page says 'no SIM inserted'"
        re.compile(r"(?:(?P<subj>%s)" % tool + adv + r"\s+)?\b" + telling + r"\s+(?P<negobj_all>" + _NEG_OBJECT + r")", re.I),
        # negated appearing or being in view [+ where]: "the modem is not listed in lsusb", "SIM not recognised",
        # "doesn't show up in mmcli -L at all"
        re.compile(r"\b" + neg + adv + r"\s+(?:%s|%s)" % (appearing, in_view) + trail + where, re.I),
        # negated verb of getting onto the network + the network: "won't join my LTE network", "is not registered with
        # any operator", "cannot get registered on the mobile network"
        re.compile(subject + r"\b" + neg + adv + r"\s+" + registering + r"(?:\s+(?:on|to|with|in|into|onto|at))?\s+"
                   r"(?P<o_network>%s)" % OBJECTS["network"], re.I),
        # SUBJECT + verb of stating + the SIM as absent: "Modem thinks that SIM is removed", "the router reports the
        # SIM as missing", "while reporting missing SIM", "mmcli says the SIM card is not inserted"
        # (a verb of belief only after a program, page or the modem: "I think the SIM is missing" is a guess)
        re.compile(r"(?:(?P<subj>%s)" % tool + adv + r"\s+\b" + _alternation(STATING_VERBS, _verb_forms) + r"|\b" + telling + r")" +
                   r"(?:\s+that)?\s+(?P<o_sim>(?:%s)\s+(?:is\s+|was\s+|as\s+|to\s+be\s+|being\s+)?%s|"
                   r"(?:an?\s+|the\s+)?%s\s+(?:U?SIM|sim)(?:[\s-]?cards?)?)\b" % (OBJECTS["sim"], absent, absent), re.I),
        # nothing or no modem in the tool: "nothing shows up in lsusb", "no modem in mmcli -L"
        re.compile(r"\b(?:nothing|no\s+(?:new\s+)?(?:device|modem|module|entry|entries)s?)\s+(?:(?:shows?\s+up|appears?|is\s+listed|"
                   r"at\s+all|related\s+to\s+(?:the\s+|my\s+)?modem)\s+)?(?:in|on|from|under|with)\s+" + tool_after, re.I),
    )


# --- reading ---------------------------------------------------------------------------------------
_CLAUSE_START_RE = re.compile(r"(?:^|[,;:\u2013\u2014]|\s-\s|\b(?:but|and|while|whereas|although|though|however|yet|so|"
                              r"because|since|when|even))\s*", re.I)
_SIM_RE = re.compile(OBJECTS["sim"], re.I)
_STICK_RE = re.compile(STORAGE_STICK, re.I)
_ADDRESS_RE = re.compile(OBJECTS["address"], re.I)
# a clause whose subject is something other than the modem or the SIM: its ports, interface, driver, address
_OTHER_SUBJECT_RE = re.compile(r"\b(?:ports?|interfaces?|ttyUSB\w*|ttyACM\w*|cdc-wdm\w*|wwan\d\w*|drivers?|IP|address|"
                               r"network|signal|APN|errors?|messages?|warnings?|IMEI|PIN|firmware|speed|bearer)\b", re.I)


# a subject that is a pronoun, and the things it may stand for
_PRONOUN_RE = re.compile(r"\W*(?:it|they|this|that)(?:'s|'re|\s+(?:is|are|was|were))?\s*", re.I)
_NAMED_RE = re.compile(r"\b(?:U?SIM(?:[\s-]?cards?)?|modem|module|dongle|device|card|stick|router)s?\b", re.I)


def _kind(match: "re.Match[str]", prefix: str) -> str:
    """The kind of the named group of ``prefix`` that took part ("t_usb0" -> "usb"), or ""."""
    for name, value in match.groupdict().items():
        if value is not None and name.startswith(prefix):
            return re.sub(r"\d+$", "", name[len(prefix):])
    return ""


def _clause_subject(text: str, start: int) -> str:
    """The words of the clause before ``start``: the subject of a verb with none in the match."""
    heads = [m.end() for m in _CLAUSE_START_RE.finditer(text, 0, start) if m.end() <= start]
    return text[max(heads, default=0):start]


# a verb joined after the matched one, with the object both share: "it does not show or connect to any network"
_SHARED_OBJECT_RE = re.compile(r"\s+or\s+\w+(?:\s+(?:to|up|with|on))?\s+(?:any|a|an|the|my|our)\s+(\w+)", re.I)


def _object_kind(match: "re.Match[str]", text: str) -> str:
    """What the clause says is missing: "sim" or "modem" (or "" for something else: a port, an address)."""
    obj = _kind(match, "o_")
    if obj:
        return obj
    shared = _SHARED_OBJECT_RE.match(text, match.end())
    if shared and _OTHER_SUBJECT_RE.fullmatch(shared.group(1)):
        return ""  # the verb takes that object: nothing is said missing
    if match.groupdict().get("negobj_all") is not None:
        negobj = (match.group("negobj") or "").lower()
        return "sim" if negobj.endswith("sim") else "modem"
    subject = _clause_subject(text, match.start())
    if _PRONOUN_RE.fullmatch(subject):  # "re-insert the SIM, it's not detected": the last thing named before
        named = list(_NAMED_RE.finditer(text, 0, match.start()))
        subject = named[-1].group(0) if named else subject
    if _SIM_RE.search(subject):
        return "sim"
    if _STICK_RE.search(subject):
        return "stick"
    if _ADDRESS_RE.search(subject):  # "the IP is not shown in ifconfig", "no IPv4 address appears"
        return "address"
    return "" if _OTHER_SUBJECT_RE.search(subject) else "modem"


def reported(text: str, start: int, end: int) -> bool:
    """The clause at ``text[start:end]`` is others' words, a general rule or the thing shown as something else,
    not a thing the person saw missing."""
    return bool(_REPORTED_RE.search(text[:start]) or _AFTER_RE.match(text[end:]))


def readings(text: str) -> Iterator[Tuple[str, "re.Match[str]"]]:
    """``(said:fact, match)`` for each clause of ``text`` of the shape this module reads."""
    for frame in _frames():
        for m in frame.finditer(text):
            tool = _kind(m, "a_") or _kind(m, "t_")
            obj = _object_kind(m, text)
            if not tool and m.groupdict().get("adj") and obj not in ADJECTIVE_KINDS:
                continue
            if reported(text, m.start(), m.end()):
                continue
            for looked_with in [tool] + _joined_tools(m, text):
                for fact in FACT_OF.get((looked_with, obj)) or FACT_OF.get(("", obj), ()):
                    yield fact, m


def _joined_tools(match: "re.Match[str]", text: str) -> List[str]:
    """The kind of a second tool joined to the clause's tool after the verb ("not in lspci or lsusb"), if any."""
    second = _second_tool().match(text, match.end()) if _kind(match, "a_") else None
    return [_kind(second, "a_")] if second else []

