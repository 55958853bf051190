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
    the modem or its SIM + a copula or verb of state + [negation] + a state (:data:`STATES`, :func:`state_readings`)
        "it's FCC locked in Ubuntu", "the SIM card got PUK blocked", "the stick stays in CD-ROM mode",
        "my EM7455 seems to be in low power mode"; "it is not FCC locked" reads nothing

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

from wwandoctor import regex_cache
from wwandoctor.caseless_regex import CaselessRegex, fold, gated

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
                 "detect", "see", "tell", "claim")
_IRREGULAR = {"think": ("thought",), "see": ("saw", "seen"), "find": ("found",), "read": ("read",), "get": ("got", "gotten"), "come": ("came", "come"),
              "give": ("gave", "given"), "say": ("said",), "tell": ("told",)}
_ALSO_PAST = {"show": ("shown",)}
# verbs a program, page or the modem states the SIM's state with: "the modem thinks the SIM is removed",
# "keeps reporting missing SIM", "the router claims there's no SIM" (its own words: the person says the card is in)
STATING_VERBS = TELLING_VERBS + ("think", "believe", "consider", "treat")
# what a SIM the modem does not see is said to be: "missing", "removed", "not inserted"
SIM_ABSENT = ("missing", "absent", "removed", "gone", "not inserted", "not present", "not there", "unplugged")
_DOUBLED = ("get", "pop")

# the words that negate the verb after them: "does not", "isn't", "won't", "never", "fails to", "is unable to"
NEGATIONS = (r"(?:does|do|did|will|would|can|could|is|are|was|were|has|have|had|should)(?:n't|\s+not|\s+never)",
             r"won't", r"can't", r"cannot", r"never", r"not", r"no longer", r"fail(?:s|ed)?\s+to", r"(?:is\s+|are\s+|am\s+)?unable\s+to",
             r"(?:is\s+|are\s+)?not\s+able\s+to", r"\w+n't",
             # "the EC25 is nowhere to be found in lsusb": before a word of being in view
             r"(?:is\s+|are\s+)?nowhere\s+to",
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
    "nm": (r"nmcli", r"Network[-\s]?Manager(?:\s*\((?:version\s+|v)?[\d.]+\))?",
           # its short name and applet: "not detected by NM0.7", "nm-applet does not list the modem"
           # (capitals only: "nm" is also the nanometre)
           r"(?-i:NM)(?:\s?v?\d+(?:\.\d+)*)?(?![\w-])", r"nm-applet"),
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
    ("nm", "stick"): ("said:mm-no-modem", "said:storage-stick-not-seen"),
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
_REPORTED_RE = regex_cache.compile(
    r"\b(?:you|they|he|she|someone|somebody|people|others|(?:the|a|this|that)\s+(?:wiki|manual|docs?|documentation|guide|FAQ|"
    r"tutorial|forum|answer|post|thread|article|support|vendor|datasheet))\s+(?:\w+\s+)?(?:said|says|say|wrote|writes|"
    r"told|tells|suggest\w*|recommend\w*|mention\w*|claim\w*|explain\w*)\b|^\s*>", re.I)
# what follows: a general rule ("... means it is not powered"), or the thing shown as something else ("lsusb doesn't
# show it as a modem but as a CD-ROM")
_AFTER_RE = regex_cache.compile(r"^[^.!?]{0,20}?\b(?:means?|would mean|indicates? that|implies)\b|^\s*(?:any\s?more\s+)?as\b", re.I)


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
    return [f + (" " + particle if particle else "") for f in sorted(forms, key=lambda f: (-len(f), f))]


def _alternation(words, forms=lambda w: [w]) -> str:
    alts = sorted({f for w in words for f in forms(w)}, key=lambda f: (-len(f), f))
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
def _frames() -> Tuple[CaselessRegex, ...]:
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
    # ... or "as a USB device": "is not showing up as a USB device at all" is missing from the bus (a thing shown as
    # something else, "not as a modem but as a CD-ROM", is _AFTER_RE's)
    where = (r"(?:\s+(?:[\w-]+\s+){0,3}?(?:in|on|over|by|with|under|using|from|via|through|to|running|run)\s+%s|"
             r"\s+as\s+(?P<a_usb9>(?:an?\s+|any\s+)?USB\s+device)\b)?" % tool_after)
    # the subject: a tool or page, a person, or none named (a fragment, "cannot see the modem in lspci", or another
    # noun: "Ubuntu does not detect the SIM"; a modem then needs the tool named after it)
    subject = r"(?:(?:(?P<subj>%s)(?:\s+(?:output|command|listing|list))?|\b(?:I|we)\b)" % tool + adv + r"\s+)?"
    return gated((
        # SUBJECT + negated verb of seeing + OBJECT [+ where]: "lsusb does not show the modem", "I can't see it in lspci"
        subject + r"\b" + neg + adv + r"\s+" + seeing + r"\s+(?:%s)" % objects + trail + where,
        # SUBJECT + verb of telling + negative OBJECT: "lsusb shows nothing", "the page says 'no SIM inserted'"
        r"(?:(?P<subj>%s)" % tool + adv + r"\s+)?\b" + telling + r"\s+(?P<negobj_all>" + _NEG_OBJECT + r")",
        # negated appearing or being in view [+ where]: "the modem is not listed in lsusb", "SIM not recognised",
        # "doesn't show up in mmcli -L at all"
        r"\b" + neg + adv + r"\s+(?:%s|%s)" % (appearing, in_view) + trail + where,
        # negated verb of getting onto the network + the network: "won't join my LTE network", "is not registered with
        # any operator", "cannot get registered on the mobile network"
        subject + r"\b" + neg + adv + r"\s+" + registering + r"(?:\s+(?:on|to|with|in|into|onto|at))?\s+"
        r"(?P<o_network>%s)" % OBJECTS["network"],
        # SUBJECT + verb of stating + the SIM as absent: "Modem thinks that SIM is removed", "the router reports the
        # SIM as missing", "while reporting missing SIM", "mmcli says the SIM card is not inserted"
        # (a verb of belief only after a program, page or the modem: "I think the SIM is missing" is a guess)
        r"(?:(?P<subj>%s)" % tool + adv + r"\s+\b" + _alternation(STATING_VERBS, _verb_forms) + r"|\b" + telling + r")" +
        r"(?:\s+that)?\s+(?P<o_sim>(?:%s)\s+(?:is\s+|was\s+|as\s+|to\s+be\s+|being\s+)?%s|"
        r"(?:an?\s+|the\s+)?%s\s+(?:U?SIM|sim)(?:[\s-]?cards?)?)\b" % (OBJECTS["sim"], absent, absent),
        # two tools, both negated: "neither lspci nor lsusb lists the 5G module"
        r"\b(?P<neither>neither)\s+(?:in\s+)?(?P<subj>%s)\s+nor\s+(?:in\s+)?%s" % (tool, tool_after) + adv + r"\s+" +
        seeing + r"\s+(?:%s)" % objects + trail,
        # nothing or no modem in the tool: "nothing shows up in lsusb", "no modem in mmcli -L"
        # (two words may name it: "no Huawei device in lsusb", "no new Sierra entry in /sys/kernel/debug/usb/devices"; not
        # other hardware: "no wifi device in lsusb")
        r"\b(?:nothing|no\s+(?:(?!(?:wi-?fi|wlan|bluetooth|bt|network|ethernet|storage|audio|sound|input|video|other)\b)[\w-]+\s+){0,2}?(?:device|modem|module|entry|entries)s?)\s+(?:(?:shows?\s+up|appears?|is\s+listed|"
        r"at\s+all|related\s+to\s+(?:the\s+|my\s+)?modem)\s+)?(?:in|on|from|under|with)\s+" + tool_after,
    ))


# --- the states a modem or its SIM is said to be in -------------------------------------------------
# SUBJECT + a copula or verb of state + [negation] + STATE: "it's FCC locked in Ubuntu", "the SIM card is PUK locked",
# "the stick stays in CD-ROM mode", "my EM7455 seems to be in low power mode", "the card is not powered", "the
# dongle shows as unclaimed". A negated copula negates the state ("it is not FCC locked", "the SIM isn't locked"):
# nothing is read; a state that is itself negative ("not inserted", "not powered") is read with a bare copula only.
# what the subject is: the SIM (first: "SIM card" before "card"), the radio, a phone, the modem by a noun or a model name
# ("EM7455", "L860-GL", "MF627"), or a pronoun ("it", "it's" and "its" with the copula fused, "they")
STATE_SUBJECTS: Dict[str, str] = {
    "sim": r"U?SIMs?(?:[\s-]?cards?)?",
    "radio": r"radio|RF",
    "phone": r"phone|Pine[Pp]hone\w*",
    "modem": r"modems?|modules?|cards?|sticks?|dongles?|devices?|WWAN|[A-Z][A-Za-z]*-?\d[\w-]*",
    "pronoun": r"it|they|mine|ours",
    # the lock or mode itself as the subject: "the FCC lock is still active", "the SIM PIN is required", "airplane mode
    # stays on"
    "fcc": r"FCC[\s-]*lock(?:ing)?",
    "pin": r"(?:SIM[\s-]*)?(?:PIN|PUK)(?:[\s-]*(?:lock|code))?",
    "flight": r"(?:flight|air-?plane|aeroplane)[\s-]*mode",
}
# the copulas and verbs of state by what they say: "be" (is, 's, seems, appears to be, gets, got), "stay" (stays,
# remains, keeps being, is still, stuck), "show" (shows up as, is detected as), "have" (has no driver) and "lack"
# (doesn't have any driver); "was" is
# left out: the past says nothing of the modem now. "s" is the copula of "its" written for "it's".
COPULAS: Dict[str, Tuple[str, ...]] = {
    "stay": (r"(?:is\s+|are\s+)?stay(?:s|ing)?", r"(?:is\s+|are\s+)?remain(?:s|ing)?", r"keeps?\s+being", r"keeps?\s+getting", r"(?:is\s+|are\s+|gets?\s+|got\s+)?stuck", r"sits?",
             r"(?:is|are)\s+(?:still|left|always|permanently|constantly)"),
    "show": (r"(?:shows?|comes?|turns?)\s+up\s+as", r"as", r"(?:shows?|appears?|registers?|presents?\s+itself)\s+as",
             r"(?:is|are|gets?|got)\s+(?:shown|listed|reported|detected|recogni[sz]ed|seen|identified|mounted|enumerated)\s+"
             r"(?:as|like)",
             r"(?:is|are)\s+(?:showing(?:\s+up)?|appearing|mounting|coming\s+up|being\s+(?:detected|recogni[sz]ed|mounted|"
             r"seen|listed))\s+(?:as|like)"),
    "be": (r"is", r"are", r"['\u2019]s", r"['\u2019]re", r"(?<=\bit)s", r"am", r"has\s+been", r"have\s+been", r"seems?(?:\s+to\s+be)?",
           r"appears?(?:\s+to\s+be)?", r"looks?(?:\s+to\s+be)?", r"gets?", r"got", r"becomes?",
           r"turn(?:s|ed)\s+out\s+to\s+be", r"happens?\s+to\s+be",
           # becoming: "the phone goes into airplane mode by itself", "it always ends up in CD mode"
           r"go(?:es)?", r"went", r"falls?", r"ends?\s+up", r"ended\s+up"),
    "have": (r"has", r"have"),
    # having none: "the modem doesn't have any driver", "it lacks a driver"
    "lack": (r"(?:does|do|did)(?:n't|\s+not)\s+have", r"lacks?", r"(?:is|are)\s+missing", r"(?:is|are)\s+without"),
}
# a negated copula: the state does not hold ("is not", "isn't", "it's not", "doesn't seem to be", "never gets")
_NEGATED_COPULA = (r"(?:is|are|has\s+been|have\s+been)(?:n't|\s+not|\s+never|\s+no\s+longer)",
                   r"(?:does|do|did)(?:n't|\s+not)\s+(?:seem|appear|look|stay|remain|get|show\s+up|show)(?:\s+to\s+be|\s+as)?",
                   r"(?:['\u2019]s|['\u2019]re|(?<=\bit)s)\s+(?:not|never|no\s+longer)", r"never\s+(?:gets?|got|stays?|is|are)",
                   r"(?:is|are)\s+not\s+(?:shown|listed|reported|detected|seen)\s+as", r"isnt|arent")
# adverbs between the copula and the state: "is still FCC locked", "stays permanently in low power mode"
_STATE_ADVERBS = (r"(?P<adv>(?:\s+(?:still|always|now|also|apparently|evidently|permanently|just|again|currently|constantly|actually|"
                  r"really|only|completely|totally|clearly|obviously|forever|seemingly))*)")
# ... and before it: "the card still is FCC locked", "it unfortunately stays in CD mode"
_BEFORE_COPULA = r"\s+(?:still|always|now|also|apparently|just|actually|really|currently|unfortunately|sadly|somehow)"
# a program's belief before the subject: "Linux thinks my LTE stick is a USB flash drive" tells how it is shown
_TAKEN_FOR_BEFORE_RE = regex_cache.compile(r"\b(?:Linux|Ubuntu|Windows|the\s+(?:system|kernel|OS|PC|computer|router|Pi|host|desktop))\s+"
                                           r"(?:still\s+|always\s+)?(?:thinks|believes|considers|treats|takes)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}$",
                                           re.I)
# hardware other than the modem named before a modem noun: "the WiFi card is disabled in the BIOS", "the SD card"
_OTHER_HARDWARE_BEFORE_RE = regex_cache.compile(r"\b(?:wi-?fi|wlan|bluetooth|BT|sound|audio|graphics|video|ethernet|SD|memory|micro\s?SD)"
                                                r"[\s-]+$", re.I)
_STAYING_ADVERB_RE = regex_cache.compile(r"\b(?:still|always|permanently|just|only|constantly|forever)\b", re.I)
_ANY_COPULA = ("be", "stay", "show")
# after a storage word: not when the storage is one function of several the stick is described with ("it acts like a
# mass storage device, and also as three serial ports", "a CD-ROM as well as a modem"): a composite device told, not a
# stick stuck as storage (the word must end there, not "CD" of "CD-ROM", and the optional noun is in the look-ahead, so
# that no shorter match gets past it)
STORAGE_ONE_OF_SEVERAL = (r"(?![\w-])(?!(?:\s+(?:device|drive|disk|mode))?,?\s+(?:and\s+also\b|as\s+well\s+as\b|plus\b|and\s+(?:as\s+)?"
                          r"(?:(?!(?:no|not|never|without)\b)(?:an?\s+|the\s+|\w+\s+)){0,2}(?:modem|serial|ttyUSB|"
                          r"(?:network|ethernet)\s+(?:card|adapter|interface|device))))")
# the states: what is said, the subjects and copulas it may have, and the fact it gives. The subject "pronoun" stands
# for the last thing named before it (the SIM, or else the modem: every post is about one).
STATES: Tuple[Tuple[str, Tuple[str, ...], Tuple[str, ...], str], ...] = (
    # the FCC lock: "FCC locked", "FCC-locked", "locked by the FCC lock", "in FCC lock state", "an FCC locked module"
    (r"(?:an?\s+)?FCC[\s-]*(?:locked|blocked)(?:\s+(?:modem|module|card|device|one))?|(?:locked|blocked|disabled|held(?:\s+(?:off|back|down))?)\s+by\s+(?:the\s+|an?\s+)?FCC"
     r"(?:[\s-]*lock)?|(?:in|under)\s+(?:the\s+|an?\s+|its\s+)?FCC[\s-]*lock(?:ed)?(?:\s+(?:state|mode))?",
     ("modem", "pronoun"), _ANY_COPULA, "said:fcc-lock"),
    (r"(?:an?\s+|the\s+)?FCC[\s-]*lock(?:\s+(?:enabled|active|on|set))?(?!\s+(?:removed|disabled|lifted|off|unlocked)\b)",
     ("modem", "pronoun"), ("have",), "said:fcc-lock"),
    (r"(?:active|enabled|on|engaged|in\s+place|in\s+effect|set)", ("fcc",), _ANY_COPULA, "said:fcc-lock"),
    # the SIM locked by its PIN or PUK: "the SIM is locked", "the SIM card got PUK-blocked", "the modem is PIN locked",
    # "it stays waiting for the SIM PIN"; a modem "SIM locked" or "locked to" an operator is a carrier lock
    (r"(?:SIM|PIN|PUK)?[\s-]*(?:locked|blocked)(?!\s+(?:to|in|into|on|out)\b)|(?:PIN|PUK)[\s-]*protected|(?:locked|protected)\s+(?:with|by)\s+"
     r"(?:a\s+|the\s+|its\s+)?(?:PIN|PUK)\b", ("sim",), _ANY_COPULA, "said:sim-locked"),
    (r"(?:PIN|PUK)[\s-]*(?:locked|blocked)|(?:waiting|asking)\s+for\s+(?:the\s+|a\s+|its\s+)?(?:SIM[\s-]?)?(?:PIN|PUK)\b|"
     r"in\s+(?:the\s+)?(?:SIM[\s-]?)?(?:PIN|PUK)(?:[\s-]?(?:locked|required))?\s+state",
     ("modem", "pronoun", "phone"), _ANY_COPULA, "said:sim-locked"),
    (r"(?:required|requested|needed|asked\s+for|demanded)", ("pin",), _ANY_COPULA, "said:sim-locked"),
    # the SIM not there for the modem: "the SIM is not inserted", "the SIM card shows as missing", "USIM undetected"
    (r"not\s+(?:inserted|detected|recogni[sz]ed|found|read(?:able)?)|missing|absent|undetected|unrecogni[sz]ed|unreadable",
     ("sim",), _ANY_COPULA, "said:sim-not-detected"),
    # the stick in its driver-CD mode: "stays in CD-ROM mode", "is in mass storage mode"
    (r"(?:in|into)\s+(?:the\s+|its\s+)?[\"'\u201c]?(?:usb\s+)?(?:mass[\s-]?storage|storage|CD-?ROM|CD|zero-?CD|autorun|installer|"
     r"driver[\s-]?CD|flash[\s-]?drive|disk)\s+mode", ("modem", "pronoun"), _ANY_COPULA, "said:storage-mode"),
    # ... or shown as, or still, a storage device: "shows up as a CD drive", "is still a mass storage device" (a stick
    # that "is a CD-ROM and a modem", "acts like a mass storage device, and also as three serial ports" is described, not seen)
    (r"(?:an?\s+)?(?:usb\s+|virtual\s+|plain\s+|simple\s+|mere\s+|removable\s+)?(?:(?:mass[\s-]?)?storage|CD-?ROM|CD|DVD)(?![\w-])"
     r"(?:\s+(?:device|drive|disk))?(?!(?:\s+(?:device|drive|disk))?\s+(?:and|with|that|which|containing|holding)\b)"
     + STORAGE_ONE_OF_SEVERAL + r"|(?:an?\s+)?(?:usb\s+)?(?:flash|thumb|pen)\s*drive",
     ("modem", "pronoun"), ("stay", "show"), "said:storage-mode"),
    # the stick with router firmware: "it's a HiLink one", "our E3372 turned out to be the host-less version", "the
    # dongle is in HiLink mode"
    (r"(?:an?\s+|the\s+)?(?:hi-?link|host-?less)(?:\s+\(?hi-?link\)?)?(?:\s+(?:one|version|model|variant|type|stick|dongle|modem|"
     r"device|firmware|edition))?|in\s+(?:the\s+)?hi-?link\s+mode", ("modem", "pronoun"), _ANY_COPULA, "said:hilink-mode"),
    # the radio held off: "is in flight mode", "stays in low-power mode", "the radio is off"
    (r"(?:in|into)\s+(?:the\s+)?[\"'\u201c]?(?:flight|air-?plane|aeroplane|offline|low[\s-]?power|minimum[\s-]functionality|"
     r"(?:radio|RF)[\s-]off)[\s-]+mode", ("modem", "pronoun", "phone", "radio"), _ANY_COPULA, "said:radio-stuck-off"),
    (r"(?:switched\s+|turned\s+)?off\b|disabled", ("radio",), _ANY_COPULA, "said:radio-stuck-off"),
    (r"(?:switched\s+|turned\s+)?on\b|enabled|active", ("flight",), _ANY_COPULA, "said:radio-stuck-off"),
    # the radio blocked by a switch or the firmware setup: "the WWAN card is disabled in the BIOS", "it is hard blocked"
    (r"(?:disabled|switched\s+off|turned\s+off)\s+in\s+(?:the\s+)?(?:BIOS|UEFI)|(?:soft|hard)(?:ware)?[\s-]?blocked(?!\s*[:=]?\s*no\b)|"
     r"blocked\s+by\s+rfkill", ("modem", "pronoun", "radio"), _ANY_COPULA, "said:radio-blocked"),
    # the modem without power: "is not powered", "stays unpowered", "seems powered off"
    (r"not\s+powered(?:\s+(?:on|up))?|unpowered|powered\s+(?:off|down)|without\s+power|not\s+getting\s+(?:any\s+)?power",
     ("modem", "pronoun"), _ANY_COPULA, "said:no-power"),
    # no driver for it: "shows as unclaimed", "has no driver", "is not claimed by any driver"
    (r"un-?claimed|driverless|without\s+(?:a\s+|any\s+)?drivers?|not\s+claimed(?:\s+by\s+(?:a|any)\s+driver)?",
     ("modem", "pronoun"), _ANY_COPULA, "said:usb-no-driver-bound"),
    (r"no\s+drivers?(?:\s+(?:bound|loaded|attached|in\s+use))?(?!\s+(?:issues?|problems?)\b)",
     ("modem", "pronoun"), ("have",), "said:usb-no-driver-bound"),
    (r"(?:any\s+|a\s+|its\s+)?(?:kernel\s+)?drivers?(?:\s+(?:bound|loaded|attached))?(?!\s+(?:issues?|problems?|updates?)\b)",
     ("modem", "pronoun"), ("lack",), "said:usb-no-driver-bound"),
)
# the state undone later in its clause: "it is FCC locked until I run the unlock",
# or not yet reached ("the SIM is not inserted yet")
_STATE_UNTIL_RE = regex_cache.compile(r"^(?:[^.!?,;]{0,40}?\b(?:until|till)|\s+yet)\b", re.I)
# a denial before the subject: "not because the SIM is locked", "it's not that the modem is in flight mode"
_DENIED_BEFORE_RE = regex_cache.compile(r"\b(?:not|n't)\s+(?:because|that|since|as\s+if)\s+(?:[\w-]+\s+){0,3}$", re.I)
# the person's guess or an instruction before the state: "I think the SIM is missing", "we suspect it's FCC locked",
# "make sure the SIM is not inserted the wrong way"; a condition told with "without": "without it the card has no driver"
_GUESSED_BEFORE_RE = regex_cache.compile(r"(?:\b(?:I|we)\s+(?:\w+\s+)?(?:think|guess|suspect|assume|believe|suppose|fear|wonder)|"
                                         r"\bwithout\s+(?:it|this|that|them)|"
                                         r"\b(?:make\s+sure|ensure|check\s+(?:that|whether|if)|verify\s+that)|^\W*(?:check|verify))\b[^.!?]*$",
                                         re.I)
# a fragment with no copula ("Modem FCC locked on Fedora", "SIM card PUK locked") only at the head of its clause,
# after at most two words of its noun phrase ("My Sierra EM7455 FCC locked", never "Putting the modem in flight mode")
_FRAGMENT_HEAD_RE = regex_cache.compile(r"\W*(?:(?:the|my|our|this|that|a|an|his|her|their|new|old|internal|external|usb|wwan|lte|[2345]g|"
                                        r"(?!(?:I|We|You|He|She|They|It|Put|Set|Switch|Keep|Leave|Turn|Make|Bring|Force|Get|Let|Try|Do|Place|Plug|Insert|"
                                        r"Move|Configure|Have|Take)\b)[A-Z][\w-]*(?<!ing)(?<!ed))\s+){0,2}")
# a question of why opens with the copula before its subject: "Why is the modem FCC locked in Arch?" says it is
_WHY_COPULA_RE = regex_cache.compile(r"\W*why\s+(?:is|are)\s+(?:(?:the|my|our|this|that|its)\s+)?(?:[\w-]+\s+){0,2}", re.I)
# "as" after a verb of showing before the subject: "lshw shows the network device as UNCLAIMED", "Ubuntu mounts the MD300
# as a pen drive"
_SHOWN_BEFORE_RE = regex_cache.compile(r"\b(?:shows?|showed|shown|lists?|listed|reports?|reported|marks?|marked|detects?|detected|sees?|saw|"
                                       r"recogni[sz]es?|recogni[sz]ed|identifies|identified|mounts?|mounted|treats?|treated|"
                                       r"enumerates?|enumerated)\s+(?:[\w-]+\s+){0,3}$", re.I)


@functools.lru_cache(maxsize=1)
def _state_frames() -> Tuple[CaselessRegex, ...]:
    """One pattern for each row of STATES: SUBJECT + [copula or negated copula] + adverbs + the row's STATE."""
    subject = "|".join("(?P<s_%s>%s)" % (kind, rx) for kind, rx in STATE_SUBJECTS.items())
    copulas = "|".join("(?P<c_%s>%s)" % (kind, "|".join(rxs)) for kind, rxs in COPULAS.items())
    return gated([r"\b(?:%s)(?:%s)?(?:\s*(?:(?P<negcop>%s)|%s))?%s\s*[\"'\u201c]?(?:%s)\b"
                  % (subject, _BEFORE_COPULA, "|".join(_NEGATED_COPULA), copulas, _STATE_ADVERBS, state[0]) for state in STATES])


def _state_subject_kind(match: "re.Match[str]", text: str) -> str:
    """The kind of the state's subject; a pronoun takes the kind of the last thing named before it."""
    kind = _kind(match, "s_")
    if kind != "pronoun":
        return kind
    named = list(_NAMED_RE.finditer(text, 0, match.start()))
    return "sim" if named and _SIM_RE.fullmatch(named[-1].group(0)) else "pronoun"


def _copula_fits(match: "re.Match[str]", copulas: Tuple[str, ...], text: str) -> bool:
    """The copula of ``match`` is one ``copulas`` allows (a "be" with "still" or "only" is a "stay", a bare "as" needs a
    verb of showing before the subject); with none, the subject heads a fragment or a why-question."""
    kind = _kind(match, "c_")
    if kind == "be" and _STAYING_ADVERB_RE.search(match.group("adv")):
        kind = "stay"
    if kind == "show" and match.group("c_show").lower() == "as" and not _SHOWN_BEFORE_RE.search(text, 0, match.start()):
        return False
    if kind == "be" and _TAKEN_FOR_BEFORE_RE.search(text, 0, match.start()):
        kind = "show"
    if kind:
        return kind in copulas
    head = _clause_subject(text, match.start())
    return (_kind(match, "s_") != "pronoun" and "be" in copulas
            and (_FRAGMENT_HEAD_RE.fullmatch(head) is not None or _WHY_COPULA_RE.fullmatch(head) is not None))


def state_readings(text: str) -> Iterator[Tuple[str, "re.Match[str]"]]:
    """``(said:fact, match)`` for each clause of ``text`` that says the modem or its SIM is in a state of STATES."""
    folded = fold(text)
    for (_, subjects, copulas, fact), frame in zip(STATES, _state_frames()):
        for m in frame.finditer(text, folded):
            before = text[:m.start()]
            if m.group("negcop") or _DENIED_BEFORE_RE.search(before) or _GUESSED_BEFORE_RE.search(before):
                continue
            if m.group("s_modem") and _OTHER_HARDWARE_BEFORE_RE.search(before):
                continue
            if _STATE_UNTIL_RE.match(text[m.end():]):
                continue
            if (_state_subject_kind(m, text) in subjects and _copula_fits(m, copulas, text)
                    and not reported(text, m.start(), m.end())):
                yield fact, m


# --- reading ---------------------------------------------------------------------------------------
_CLAUSE_START_RE = regex_cache.compile(r"(?:^|[,;:\u2013\u2014]|\s-\s|\b(?:but|and|while|whereas|although|though|however|yet|so|"
                                       r"because|since|when|even))\s*", re.I)
_SIM_RE = regex_cache.compile(OBJECTS["sim"], re.I)
_STICK_RE = regex_cache.compile(STORAGE_STICK, re.I)
# a USB stick by its noun: in a paragraph that names a Huawei or ZTE stick, "my dongle" is that stick
_STICK_NOUN_RE = regex_cache.compile(r"\b(?:dongle|stick)s?\b", re.I)
_ADDRESS_RE = regex_cache.compile(OBJECTS["address"], re.I)
# a clause whose subject is something other than the modem or the SIM: its ports, interface, driver, address
_OTHER_SUBJECT_RE = regex_cache.compile(r"\b(?:ports?|interfaces?|ttyUSB\w*|ttyACM\w*|cdc-wdm\w*|wwan\d\w*|drivers?|IP|address|"
                                        r"network|signal|APN|errors?|messages?|warnings?|IMEI|PIN|firmware|speed|bearer)\b", re.I)


# a subject that is a pronoun, and the things it may stand for
_PRONOUN_RE = regex_cache.compile(r"\W*(?:it|they|this|that)(?:'s|'re|\s+(?:is|are|was|were))?\s*", re.I)
_NAMED_RE = regex_cache.compile(r"\b(?:U?SIM(?:[\s-]?cards?)?|modem|module|dongle|device|card|stick|router)s?\b", re.I)


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
_SHARED_OBJECT_RE = regex_cache.compile(r"\s+or\s+\w+(?:\s+(?:to|up|with|on))?\s+(?:any|a|an|the|my|our)\s+(\w+)", re.I)


def _object_kind(match: "re.Match[str]", text: str) -> str:
    """What the clause says is missing: "sim" or "modem" (or "" for something else: a port, an address)."""
    obj = _kind(match, "o_")
    if obj == "modem" and _STICK_NOUN_RE.search(match.group("o_modem")) and _STICK_RE.search(text):
        return "stick"  # "it wouldn't recognise my dongle ... the ZTE MF627 was supposed to be supported"
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
    return bool(_REPORTED_RE.search(text[:end]) or _AFTER_RE.match(text[end:]))


def readings(text: str) -> Iterator[Tuple[str, "re.Match[str]"]]:
    """``(said:fact, match)`` for each clause of ``text`` of the shape this module reads."""
    folded = fold(text)
    for frame in _frames():
        for m in frame.finditer(text, folded):
            tool = _kind(m, "a_") or _kind(m, "t_")
            obj = _object_kind(m, text)
            if not tool and m.groupdict().get("adj") and obj not in ADJECTIVE_KINDS:
                continue
            if reported(text, m.start(), m.end()):
                continue
            both = [_kind(m, "t_")] if m.groupdict().get("neither") else []  # "neither lspci nor lsusb": each tool
            for looked_with in [tool] + both + _joined_tools(m, text):
                for fact in FACT_OF.get((looked_with, obj)) or FACT_OF.get(("", obj), ()):
                    yield fact, m
    yield from state_readings(text)


def _joined_tools(match: "re.Match[str]", text: str) -> List[str]:
    """The kind of a second tool joined to the clause's tool after the verb ("not in lspci or lsusb"), if any."""
    second = _second_tool().match(text, match.end()) if _kind(match, "a_") else None
    return [_kind(second, "a_")] if second else []

