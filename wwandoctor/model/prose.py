"""What a post says in its own words, read from the lines no parser understood.

An expert reads three things in the sentences around (or instead of) the pasted output:

- messages quoted inside a sentence (``qmicli says "error: couldn't open the QmiDevice: ..."``,
  ``I get 'Operation not permitted' on /dev/cdc-wdm0``): :func:`quoted_lines` cuts them out, so the
  signature table (:mod:`wwandoctor.signatures`) reads them as it reads a log line;
- the tools the person names (``I'm using qmicli``, ``via ModemManager``): :func:`tools_named`;
- the states the person observed (``the modem does not show in lsusb``, ``it connects but gets no
  IP``): :data:`~wwandoctor.model.prose_states.STATES`, a declared table of facts ``said:*``, each with the command that
  confirms it (:func:`stated_facts`).

Only plain statements count: a sentence that is a condition, a hope, a question or about the past
("if it does not show in lsusb ...", "before, it didn't ...", "does it show in lsusb?") says nothing
about the modem now (:func:`hedged`).
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from typing import Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence, Set, Tuple

from wwandoctor import regex_cache
from wwandoctor.caseless_regex import CaselessRegex, fold, gated
from wwandoctor.model import prose_english, prose_foreign, prose_grammar, prose_states, prose_variants
from wwandoctor.model.prose_states import (ANY_LINE_RE, CHINESE_CONDITION, GENERIC_FAILURE, PATCH_SUBJECT, STATES,
                                          StatedState)
from wwandoctor.snapshot import LogLine

# A line of prose: at least three words of letters in a row (a log line no parser knew rarely has them
# without a colon-separated prefix, and then it is still read, only its sentences matter).
# Latin letters with accents count ("não é reconhecido", "n'apparaît pas"): \u00c0-\u024f, without × and ÷
_LETTER, _LOWER = r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f", r"a-z\u00df-\u00f6\u00f8-\u024f'"
_WORDS_RE = regex_cache.compile(r"[{0}][{1}]*\s+[{0}][{1}]*\s+[{0}][{1}]*".format(_LETTER, _LOWER))
# sentence ends: . ! ? followed by space, or a semicolon
# (not the "?" of an AT command's read form: "AT+CREG? answers 0,2" is one sentence)
_SENTENCE_END_RE = regex_cache.compile(r"(?<=[.!?])" + "".join(r"(?<!\+[A-Za-z]{%d}\?)" % n for n in range(3, 8)) + r"\s+(?=\S)|;\s+|(?<=[。！？；])\s*(?=\S)")
# an expectation is a hedge when a person holds it ("I expected it to register"); what a program or device expects is a
# fact of the setup ("the kernel expects Ethernet frames but the modem sends bare IP packets")
_PERSON_EXPECTS = "".join(r"(?<!\b%s )" % w for w in ("kernel", "driver", "modem", "module", "interface", "firmware", "host",
                                                       "side", "script", "program", "tool", "daemon")) + r"expect\w*"
# Advice and how-tos tell what happens to anyone's modem, not what the writer saw: a rule told to "you" ("you have to
# press PWRKEY ...", "you can bind it by writing the ids to new_id", "when you talk AT commands to it, stop ModemManager
# first"), a reminder ("make sure", "remember to", "note that", "tip:"). What "you can see" or "you will notice" in the
# log below is the writer's own output shown to the reader, so it stays an observation.
_ADVICE = (r"\b(?:(?<!\bthank )(?<!\bif )you\s+(?:can|could|may|might|will|'ll|should|must|have\s+to|need\s+to|had\s+better)(?!n?'t\b|not\b|\s+not\b)"
           r"(?!\s+(?:\w+\s+)?(?:see|notice|find|read|tell|spot|observe)\b)|"
           # "when you ..., stop ModemManager first" (advice); "when you plug it in, it only shows a CD-ROM" (a subject after
           # the comma) is the writer's own modem told with a generic "you"
           r"when(?:ever)?\s+you\b(?![^.!?,]{0,80},\s*(?:it|the|my|our|this|that|there|I|we|they|nothing|no|lsusb|dmesg)\b)|make\s+sure|be\s+sure\s+to|"
           r"remember\s+to|(?:do\s+not|don't)\s+forget|note\s+that|(?:general\s+)?(?:tip|advice|hint)\s*:|"
           # a note addressed to other readers: "Note for people reading this later:", "For anyone finding this thread
           # later,", "PSA for other EC25 owners", "Heads-up for future readers"
           r"\b(?:note|tip|hint|PSA|FYI|heads[- ]?up|reminder|warning)\s+(?:for|to)\s+(?:\w+\s+){0,2}?(?:people|anyone|"
           r"anybody|everyone|others|readers|users|owners|folks|whoever)\b|\bPSA\b|"
           r"\bfor\s+(?:anyone|anybody|everyone|people|others|whoever)\s+(?:\w+\s+){0,2}?(?:reading|finding|landing|coming)\b|"
           r"\bfor\s+(?:future|later)\s+readers\b)")
ADVICE_RE = regex_cache.compile(_ADVICE, re.I)
# ... but a duty told to "you" about the writer's own board is what the writer saw ("On my board you have to press PWRKEY
# after every boot, otherwise the EC25 does not appear in lsusb"): then neither the duty nor its "otherwise" is a hedge
_OWN_DUTY_RE = regex_cache.compile(r"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:board|carrier\s?board|router|pi|laptop|hat|unit|setup|system|machine|"
                                   r"device|modem|module|card|stick|dongle|adapter|box|gateway)\b[^.!?]{0,40}?\byou(?:'ll)?\s+(?:have\s+to|need\s+to|"
                                   r"must)\b", re.I)
# A condition, a hope, a guess or a doubt before the statement in its sentence: it holds for the whole sentence
# ("if it does not show in lsusb, ...", "I don't think the SIM is locked"); Chinese conditions too. "Once" of how often
# ("once a day the modem locks up", "once in a while") and of a count ("it connected once to the network", "I was able
# once", "only once") is no condition. A concessive
# "even if" is no condition: "it didn't work, even if I could see it in network manager, I had not installed ..."
# asserts what follows. A warning tells what would happen ("Be careful: writing a wrong PID makes the card disappear").
# ("until now, X failed" tells what held so far: no condition)
_HEDGES = (r"\b(?:(?<!\beven )if|whether|unless|in case|suppos\w*|supposed to|" + _PERSON_EXPECTS + r"|should|might|maybe|perhaps|"
           r"until(?!\s+now\b)|(?<!ed )(?<!\bable )(?<!\bonly )(?<!\bjust )once(?!\s*[,.;!)]|\s+(?:a|an|in\s+a\s+while|every|per|again|more|or\s+twice|daily|weekly|or\s+so)\b)|hope\w*|wonder\w*|"
           r"not sure|(?:do|does|did)(?:n't| not) (?:think|believe)|I doubt|be careful|beware)\b|" + CHINESE_CONDITION)
_HEDGE_RE = regex_cache.compile(_HEDGES + r"|\botherwise\b|" + _ADVICE, re.I)
_OWN_DUTY_HEDGE_RE = regex_cache.compile(_HEDGES, re.I)
# An earlier trouble set against a working present: "My old E3372 was stuck in storage mode back then ..., but the EM12 I
# use now works out of the box", "Last year on 18.04 I had to blacklist qcserial, but on 22.04 the modem works right
# away". A time named as past, then a contrast whose clause says it works (not on Windows or a phone, not negated).
_EARLIER_RE = regex_cache.compile(r"\b(?:back\s+then|at\s+(?:the|that)\s+time|in\s+the\s+past|in\s+those\s+days|(?:long|years|months)\s+ago|"
                                  r"(?:a|one|two|three|four|five|six|a\s+few|several|some|many|\d+)\s+(?:years?|months)\s+ago|"
                                  r"last\s+year|the\s+year\s+before)\b", re.I)
_NOW_WORKS_RE = regex_cache.compile(r"\b(?:works?|working|connects?|is\s+fine|runs?\s+fine|(?:has\s+been|is)\s+stable|shows\s+up\s+as\s+a\s+modem|"
                                    r"out\s+of\s+the\s+box|right\s+away|straight\s+away|picked\s+up\s+correctly)\b", re.I)
_NOW_DOUBTED_RE = regex_cache.compile(r"\b(?:not|never|no\s+longer|still|Windows|macOS|Android|phone)\b|n't\b", re.I)
_EARLIER_CONTRAST_RE = regex_cache.compile(r",?\s+(?:but|whereas|while)\s+|;\s+", re.I)
# A contrast after a condition or guess starts what the person saw: "..., however I dont see the device", and
# "however" needs no comma ("your modem should connect however I observed that it was still in storage mode")
_CONTRAST_RE = regex_cache.compile(r",\s*(?:however|but)\s+|\s+however,?\s+", re.I)
# An aside in brackets closed before the statement keeps its guess to itself: "a bug in the firmware (hotplug event
# handling I suppose) that reattaches the modem ..." still says the firmware reattaches it.
_ASIDE_RE = regex_cache.compile(r"\([^()]*\)")
# An attempt, a wish or a change of state: it holds only within its clause. "When trying to bring it up I get a
# timeout and registration is stuck on searching" says the second clause now; "I want to know why the modem is
# not detected" and "the modem does not drop off any more" say nothing of the modem now. Trying to plug a device in is
# no attempt whose outcome is open ("When I tried to plug the stick in, nothing happened").
_CLAUSE_HEDGE_RE = regex_cache.compile(
    r"\b(?:no longer|any ?more|(?:try(?:ing)?|tried) to(?!\s+(?:re-?)?(?:plug|insert|attach)\w*)|want\w*(?: \w+)? to|need\w* to|instead of|"
    # (review37) the person's wish with its object: "I want the WWAN radio off by default", "we'd like it to stay up"
    r"(?:I|we)\s+(?:really\s+)?(?:want|wanted|would\s+like|'d\s+like|wish)(?!\w))", re.I)
# A clause ends at a comma, a joining word or a cause ("fails when trying to dial as the ppp module isn't
# available": the cause is said now, not tried), or at a colon before a new statement ("Reasons for needing to flash: I
# was playing with ..." - the heading's wish is not the statement's).
_CLAUSE_END_RE = regex_cache.compile(r",\s+|\s+(?:but|and|so|then|yet|however|while|whereas|because|since|as)\s+|"
                                     r"\s+(?=I (?:get|got|see|saw)\b)|\s+-\s+|:\s+(?=(?-i:[A-Z]))", re.I)
# The past holds only within its clause: "The SIM worked previously and on occasion, ModemManager does pick up
# ..." says the second part now. A comma does not end it ("before, it did not show in lsusb").
_PAST_RE = regex_cache.compile(r"\b(?:used to|before|previously|earlier)\b", re.I)
_CLAUSE_JOIN_RE = regex_cache.compile(r"\s+(?:and|but)\s+|,\s+(?=now\b)", re.I)
_CLAUSE_RE = regex_cache.compile(r",\s+|\s+(?:but|and|so)\s+")
# "if" written for "I" ("After some investigations if figured out, that the card is locked ..."): a condition has a
# subject of its own before its verb and a clause that holds under it; "if" straight before a verb of finding out and
# a that-clause running to the end of the sentence has neither, it tells what was found
_MISTYPED_I_RE = regex_cache.compile(r"\bif(?=\s+(?:figured|found|noticed|reali[sz]ed|discovered|saw|learn(?:ed|t)|understood)"
                                     r"(?:\s+out)?\s*,?\s+that\s[^,;]*$)", re.I)
# "if" after a verb of finding out is what was found to happen each time, not a condition (read as "as", of the same
# length, so the statement keeps its place): "I've discovered if you plug the
# stick in after the Pi is booted, the Pi will reboot", "I noticed that if I unplug it, the modem comes back"
_FOUND_IF_RE = regex_cache.compile(r"\b((?:found|noticed|discovered|reali[sz]ed|observed)\s+(?:that\s+)?)"
                                   r"if\b", re.I)
_QUESTION_OPENING_RE = regex_cache.compile(r"^\W*(?:why|how come|(?:any|no) ideas? why)\b", re.I)
# a question asked without its question mark: "how do I get the modem to register", "is there a way to ..."
_ASKS_RE = regex_cache.compile(r"^\W*(?:how (?:do|can|could|should|would|to)|what (?:do|can|should|would)|is there (?:a|any)|"
                               r"does (?:anyone|anybody|someone)|can (?:anyone|anybody|someone|I|you|we)|could (?:anyone|someone|you)|"
                               r"should I|do I (?:need|have)|any (?:idea|help|hint|suggestion|advice)s?\b(?! why))\b", re.I)
# a yes/no question: an auxiliary before its subject ("Does it appear in lspci but not in lsusb?", "Is the card listed by
# lspci, and nothing in lsusb?", "Do cdc-wdm0 and cdc-wdm1 swap after a reboot and does the APN follow?"): with its
# question mark the whole sentence asks, whatever its subject ("there" opens _ASKS_RE's questions; a negation after the
# auxiliary is a statement without its subject: "Did not work?")
_INVERTED_QUESTION_RE = regex_cache.compile(r"^\W*(?:does|do|did|is|are|was|were|has|have)\s+(?!(?:not|n't|never|there)\b)[\w/`'\"-]",
                                            re.I)
# a quoted message in the clause of a question in the form of a statement is what the person saw: "Bearer fails with
# "user authentication failed" on private APN?" asks what the message means, not whether it came
_QUOTE_MARK_RE = regex_cache.compile(r"[\"\u201c\u201d`]")
# a question of the Chinese-script languages: a final particle or a full-width question mark
_CJK_QUESTION_RE = regex_cache.compile(r"(?:吗|嗎|么|呢)\s*[。.]?\s*$|？\s*$")


# Chinese or Japanese script: a line of a post written in it ("估計是缺了kmod-usb-net-cdc-ether") has no three
# Latin words in a row but is a sentence all the same
_CJK_RE = regex_cache.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Russian (Cyrillic) words: "модем не регистрируется в сети"
# (a Ukrainian word may hold an apostrophe: "з'являються", "м'який")
_CYRILLIC_RE = regex_cache.compile(r"[\u0400-\u04ff][\u0400-\u04ff'\u2019\u02bc]+\s+[\u0400-\u04ff][\u0400-\u04ff'\u2019\u02bc]+")
# Korean (Hangul syllables) words: "usb-modeswitch를 통해 mode를 변경해 줘야 합니다"
_HANGUL_RE = regex_cache.compile(r"[\uac00-\ud7a3]{2,}\s+[\uac00-\ud7a3]{2,}")


# a commit or patch subject that adds or enables something: "feat: Enable MediaTek PCIe based 5G WWAN modem", "configs:
# enable CONFIG_MTK_T7XX": its words are often names and acronyms (no three plain words in a row), yet it is the post's own
# statement of what the kernel lacked
_PATCH_SUBJECT_LINE_RE = regex_cache.compile(PATCH_SUBJECT + r"(?:add|adds|enable|enables|select|selects)\s+\S+\s+\S+", re.I)


def _is_prose(text: str) -> bool:
    return bool(_WORDS_RE.search(text) or _CJK_RE.search(text) or _CYRILLIC_RE.search(text) or _HANGUL_RE.search(text)
                or _PATCH_SUBJECT_LINE_RE.match(text))


def prose_lines(lines: Iterable[LogLine], any_line: bool = False) -> Iterator[LogLine]:
    """The lines no parser understood that hold words (the post's own sentences, Latin or Chinese/Japanese);
    with ``any_line``, also those that hold no words but what a StatedState.any_line state reads in any line
    (ANY_LINE_RE: a Sierra firmware file or tool named in a code block)."""
    for line in lines:
        if line.origin == "unknown" and (_is_prose(line.text) or (any_line and ANY_LINE_RE.search(line.text))):
            yield line


def sentences(text: str) -> List[str]:
    return [s.strip() for s in _SENTENCE_END_RE.split(text) if s.strip()]


# "If uninitialized, `lsmod` shows ..., `fuser /dev/ttyUSB0` shows the modem-manager PID": a leading
# condition that only says when the person looked; a command's output reported after it is still an
# observation. ("If the LED is off, the module is not powered" stays a condition: no command reports; so does "If the
# module is not powered, lsusb does not show it": what a command does not show under a condition is a general rule.)
_LEADING_CONDITION_RE = regex_cache.compile(r"^\W*(?:if|once)\b[^,]{1,60},\s*", re.I)
_COMMAND_REPORTS_RE = regex_cache.compile(
    r"""^["'`]?(?:sudo\s+)?(?:lsusb|lspci|lsmod|dmesg|fuser|lsof|mmcli|qmicli|mbimcli|ip|ifconfig|journalctl|logread"""
    r"""|usb-devices|rfkill|nmcli|ps)\b(?:(?!\b(?:not|never)\b)[^"'`,.]){0,60}["'`]?\s+(?:shows?|showed|lists?|listed|prints?|"""
    r"""printed|says|said|returns?|returned|gives?|gave|reports?|reported)\b""",
    re.I)


# "Is there any way to disable the lock of ttyUSB interfaces by ModemManager?", "how do I stop ModemManager grabbing the
# port": asking how to undo a thing says the thing happens; the statement right after the verb of undoing is no hedge
_UNDOING_BEFORE_RE = regex_cache.compile(r"\b(?:disable|stop|prevent|avoid|get\s+rid\s+of|turn\s+off|release|undo)\s+"
                                         r"(?:the\s+|this\s+|that\s+)?$", re.I)


def _after_last(regex: "re.Pattern[str]", text: str) -> str:
    """What follows the last match of ``regex`` in ``text`` (all of it when none)."""
    cuts = [m.end() for m in regex.finditer(text)]
    return text[cuts[-1]:] if cuts else text


def hedged(sentence: str, start: int) -> bool:
    """The statement at ``sentence[start:]`` is not a plain observation: a condition, hope, doubt or past state
    comes before it in its sentence, an attempt or a wish comes before it in its clause, or the sentence is a
    question (other than "why ...?"), with or without its question mark. A leading "If <state>," followed by
    what a command shows is the state the person looked in, not a hedge."""
    before = _FOUND_IF_RE.sub(r"\1as", _MISTYPED_I_RE.sub("I ", sentence))[:start]
    if _UNDOING_BEFORE_RE.search(before):
        return False
    lead = _LEADING_CONDITION_RE.match(sentence)
    if lead and lead.end() <= start and _COMMAND_REPORTS_RE.match(sentence[lead.end():]):
        before = sentence[lead.end():start]
    # a condition, hope or guess ahead of a contrast belongs to the other side ("the website says the driver should
    # work, however I dont see the device")
    hedges = _OWN_DUTY_HEDGE_RE if _OWN_DUTY_RE.search(sentence) else _HEDGE_RE
    if hedges.search(_after_last(_CONTRAST_RE, _ASIDE_RE.sub(" ", before))):
        return True
    if _earlier_trouble(sentence, start):
        return True
    clause_start = max([m.end() for m in _CLAUSE_END_RE.finditer(sentence) if m.end() <= start], default=0)
    lo = max(clause_start, start - len(before))
    # (searched in the whole sentence: its look-ahead sees what the attempt is, "tried to plug ...")
    if any(m.start() >= lo and m.end() <= start for m in _CLAUSE_HEDGE_RE.finditer(sentence)):
        return True
    if _PAST_RE.search(_after_last(_CLAUSE_JOIN_RE, before)):
        return True
    if _CJK_QUESTION_RE.search(sentence):
        return True
    if _ASKS_RE.match(sentence):  # "how do I get it to register, it is stuck searching": the first clause asks
        first = _CLAUSE_RE.search(sentence)
        return first is None or start < first.start()
    if not sentence.rstrip().endswith("?") or _QUESTION_OPENING_RE.match(sentence):
        return False
    if _INVERTED_QUESTION_RE.match(sentence):
        return True
    # "I got an IP address, but how can I go on?": only the last clause is the question
    clauses = [m.end() for m in _CLAUSE_RE.finditer(sentence)]
    if clauses and start < clauses[-1]:
        return False
    # a statement with a question mark that quotes a message: the message was seen, its meaning is asked
    return len(_QUOTE_MARK_RE.findall(sentence[clauses[-1] if clauses else 0:])) < 2


def _earlier_trouble(sentence: str, start: int) -> bool:
    """The statement at ``sentence[start:]`` is an earlier trouble: a past time named before the first contrast after
    it, and the contrast's clause saying it works now (:data:`_EARLIER_RE`)."""
    contrast = _EARLIER_CONTRAST_RE.search(sentence, start)
    if not contrast or not _EARLIER_RE.search(sentence[:contrast.start()]):
        return False
    now = sentence[contrast.end():]
    return bool(_NOW_WORKS_RE.search(now)) and not _NOW_DOUBTED_RE.search(now)


# --- messages quoted in a sentence --------------------------------------------------------------
# "...", “...”, `...`, and '...' when the quote marks are not apostrophes ("don't", "modem's"); the CJK
# brackets a Chinese or Japanese post quotes a message in (【...】, 「...」, 『...』)
_QUOTE_RE = regex_cache.compile(r"\"([^\"]{6,300})\"|“([^”]{6,300})”|`([^`]{6,300})`|(?<![\w'])'([^'\n]{6,300}?)'(?![\w'])"
                                r"|【([^】]{6,300})】|「([^」]{6,300})」|『([^』]{6,300})』")
# "qmicli says: error: ...", "mmcli shows state: failed (sim-missing)", "dmesg says it cannot find firmware":
# after a verb of output and a colon, or after a program (or "it", "the log") and such a verb
_OUTPUT_VERB = (r"(?:say|says|said|shows?|showed|gives?(?:\s+me)?|gave(?:\s+me)?|prints?|printed|returns?|returned|reports?|reported|outputs?|"
                r"complains?(?: about)?|fails? with|failed with|errors? out with|answers?|answered|responds?|responded)")
_SAYS_RE = regex_cache.compile(
    r"\b(?:" + _OUTPUT_VERB + r"|I (?:get|got|see|saw)|getting)\s*:\s*(.{6,300})$|"
    r"\b(?:qmicli|mbimcli|mmcli|uqmi|umbim|quectel-CM|ModemManager|NetworkManager|nmcli|dmesg|journalctl|logread|"
    r"syslog|minicom|the (?:kernel|log|journal|output|modem)|it)\s+(?:always\s+|just\s+|still\s+|only\s+)?" + _OUTPUT_VERB + r"\s+(?:that\s+)?(.{6,300})$", re.I)


def _sentence_spans(text: str) -> List[Tuple[int, int]]:
    """(start, end) of each sentence of a line."""
    spans, start = [], 0
    for m in _SENTENCE_END_RE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _in_hedged_sentence(text: str, start: int) -> bool:
    """The statement at text[start:] sits in a hedged sentence of the line (:func:`hedged`)."""
    for a, b in _sentence_spans(text):
        if a <= start < b:
            return hedged(text[a:b], start - a)
    return False


# A whole known message in a sentence: only a condition or an instruction takes it back ("if it says
# 'sim-missing', reseat the SIM"); a guess still names a message the person saw ("it might be related
# to client_ids_exhausted").
_CONDITION_RE = regex_cache.compile(r"\b(?:if|unless|in case|whether)\b", re.I)
# a warning or a piece of advice tells what happens to anyone ("Be careful: after ten wrong PUKs the SIM is blocked")
_WARNING_RE = regex_cache.compile(r"\b(?:be careful|beware|warning:)|" + _ADVICE, re.I)


def stated_at(line: LogLine, start: int) -> bool:
    """A message found at ``line.text[start:]`` counts: the line is not a sentence, or no condition
    comes before it in its sentence, and the sentence does not retell what other people get ("I keep
    reading threads where people get ...")."""
    if not _WORDS_RE.search(line.text):
        return True
    for a, b in _sentence_spans(line.text):
        if a <= start < b:
            before = line.text[a:start]
            return not (_CONDITION_RE.search(before) or _OTHERS_GET_RE.search(before) or _WARNING_RE.search(before)
                        or _DOCS_EXPLAIN_RE.search(before))
    return True


# what other people saw, told before a message in the sentence
_OTHERS_GET_RE = regex_cache.compile(r"\b(?:people|others|other users|someone|somebody|I (?:keep )?read(?:ing)?|I have read|"
                                     r"threads? where)\b", re.I)
# a manual explaining the message right after it: "The ModemManager docs explain that "SIM not inserted" means ..."
_DOCS_EXPLAIN_RE = regex_cache.compile(r"\b(?:docs|documentation|README|manual|man\s+pages?|FAQ|wiki)\s+(?:\w+\s+){0,2}?(?:says?|said|"
                                       r"explain\w*|describ\w*|mention\w*|states?|lists?|warns?)\s*:?\s+(?:that\s+)?(?:the\s+)?[\"'“`]?\s*$", re.I)


# a sentence retelling what others saw or wrote ("threads where people get '...'", "the wiki says '...'"):
# its quotes are no message of this machine
_OTHERS_REPORT_RE = regex_cache.compile(r"\b(?:people|others|other users|someone|somebody|threads?|posts?|forums?|articles?|"
                                        r"guides?|wiki|tutorials?|I (?:keep )?read(?:ing)?|I have read)\b", re.I)


def quoted_lines(lines: Iterable[LogLine]) -> Iterator[Tuple[LogLine, str]]:
    """``(line, sentence)`` for each message a sentence quotes (in quote marks, or after "says"/"shows"/
    "I get"): the line (origin ``quoted``) holds the message; quotes in hedged sentences, and in sentences
    that retell what others saw, are left out."""
    for line in prose_lines(lines):
        for sentence in sentences(line.text):
            if _OTHERS_REPORT_RE.search(sentence):
                continue
            seen = set()
            for regex in (_QUOTE_RE, _SAYS_RE):
                for m in regex.finditer(sentence):
                    group = _quoted_group(m)
                    text = m.group(group).strip()
                    if text in seen or hedged(sentence, m.start()) or _denied(sentence, m.start(), m.end()):
                        continue
                    if _DOCS_EXPLAIN_RE.search(sentence[:m.start(group)]):
                        continue
                    seen.add(text)
                    yield LogLine(text=text, origin="quoted", time=None, source=line.source), sentence


def _quoted_group(match: "re.Match[str]") -> int:
    """The number of the group that holds the quoted message (each alternative of _QUOTE_RE / _SAYS_RE has its own)."""
    return next(i for i in range(1, len(match.groups()) + 1) if match.group(i))


# a quote the sentence says is absent: "I don't get '...' anymore", "there is no '...' in dmesg", "no more '...'"
_DENIED_BEFORE_RE = regex_cache.compile(r"(?:\b(?:do|does|did)\s*(?:not|n't)\s+(?:\w+\s+){0,2}?|\b(?:never|no longer)\s+(?:\w+\s+){0,2}?"
                                        r"|\b(?:there\s+(?:is|are|was|were)\s+)?(?:no|without|no more)\s+(?:more\s+)?)[\"'“`]?$", re.I)
_DENIED_AFTER_RE = regex_cache.compile(r"^[\"'”`]?[^.!?]{0,30}?\b(?:any ?more|no longer|is gone|are gone|went away|disappeared)\b", re.I)


def _denied(sentence: str, start: int, end: int) -> bool:
    """The sentence says the quoted message is not (or no longer) there."""
    return bool(_DENIED_BEFORE_RE.search(sentence[max(0, start - 40):start + 1])
                or _DENIED_AFTER_RE.search(sentence[end - 1:]))


# --- tools named in a sentence -------------------------------------------------------------------
# the word as people write it -> the tool name --tool takes (model.tools.TOOL_PROTOCOLS)
PROSE_TOOLS = {
    "qmicli": "qmicli", "qmi-network": "qmi-network", "uqmi": "uqmi", "quectel-cm": "quectel-cm",
    "mbimcli": "mbimcli", "mbim-network": "mbim-network", "umbim": "umbim",
    "modemmanager": "modemmanager", "modem manager": "modemmanager", "modem-manager": "modemmanager",
    "mmcli": "modemmanager",
    "networkmanager": "networkmanager", "network manager": "networkmanager", "nmcli": "networkmanager",
    "dhclient": "dhclient", "udhcpc": "udhcpc", "dhcpcd": "dhcpcd", "pppd": "pppd",
    "minicom": "at", "picocom": "at", "microcom": "at",
}
_TOOL_RE = regex_cache.compile(r"(?<![\w/.-])(%s)(?![\w-])" % "|".join(
    sorted((re.escape(w).replace(r"\ ", r"\s?") for w in PROSE_TOOLS), key=len, reverse=True)), re.I)
# "without ModemManager", "stopped ModemManager", "ModemManager is disabled": the tool is not in use
_NOT_USED_BEFORE_RE = regex_cache.compile(
    r"(?:\bno|\bnot|\bwithout|\bstop\w*|\bdisabl\w*|\bkill\w*|\bremov\w*|\buninstall\w*|\bmask\w*|\bpurg\w*|"
    r"\binstead of|\brather than|\bn't (?:use|run|have|want))\s+(?:(?:the|a|any)\s+)?$", re.I)
_NOT_USED_AFTER_RE = regex_cache.compile(
    r"^\s+(?:support|integration)\b|"
    r"^(?:\s+(?:service|daemon))?\s+(?:is|was|has been|got)\s+(?:not\s+(?:running|installed|used)|stopped|disabled|"
    r"masked|removed|killed|uninstalled|off)\b|^(?:\s+(?:service|daemon))?\s+(?:isn't|wasn't)\s+", re.I)


class ToolNamed(NamedTuple):
    """A tool the post's sentences say the person uses, the sentence and its line's place (LogLine source)."""
    tool: str
    sentence: str
    where: str


def tools_named(lines: Iterable[LogLine]) -> List[ToolNamed]:
    """The tools the post's sentences say the person uses, each once."""
    found: List[ToolNamed] = []
    for line in prose_lines(lines):
        for sentence in sentences(line.text):
            for m in _TOOL_RE.finditer(sentence):
                tool = PROSE_TOOLS[re.sub(r"\s+", " ", m.group(1).lower())]
                if (hedged(sentence, m.start()) or _NOT_USED_BEFORE_RE.search(sentence[:m.start()])
                        or _NOT_USED_AFTER_RE.match(sentence[m.end():])):
                    continue
                if all(tool != t.tool for t in found):
                    found.append(ToolNamed(tool, sentence[:200], line.source))
    return found


# --- states the post says it observed ------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _compiled_states() -> List[Tuple[StatedState, Optional[CaselessRegex], Optional[CaselessRegex]]]:
    """Each row with its pattern and its ``unless``, compiled only for a line that could match (a thousand patterns)."""
    patterns = [s.pattern or "" for s in STATES] + [s.unless or "" for s in STATES]
    regexes = gated(patterns, fill=_filled)
    return [(s, regexes[i] if s.pattern else None, regexes[len(STATES) + i] if s.unless else None) for i, s in enumerate(STATES)]


def _filled(pattern: str) -> str:
    """The pattern with its table-made parts: {STICK_MAKERS}, the makers of usb-modeswitch-data's switched sticks (read
    from the table only when such a row is compiled)."""
    if "{STICK_MAKERS}" not in pattern:
        return pattern
    from wwandoctor import knowledge
    return pattern.replace("{STICK_MAKERS}", knowledge.switch_makers_pattern())


def facts() -> Tuple[str, ...]:
    """Every stated-state fact a rule may test with ``signal:``."""
    return tuple(dict.fromkeys(s.fact for s in STATES))


# a negation written without its apostrophe, as hurried and non-native posts write it ("the modem doesnt connect",
# "it wont register"): the table's rows are written with it
_NO_APOSTROPHE_RE = regex_cache.compile(r"\b(do|does|did|is|are|was|were|has|have|had|could|would|should|ca|wo)(nt)\b", re.I)


def with_apostrophes(text: str) -> Tuple[str, List[int]]:
    """``text`` with the apostrophe of its negations put back ("doesnt" -> "doesn't") and the places in ``text`` where
    one was put."""
    added = [m.start(2) + 1 for m in _NO_APOSTROPHE_RE.finditer(text)]  # before the "t"
    return _NO_APOSTROPHE_RE.sub(r"\1n't", text), added


def _unshifted(at: int, added: List[int]) -> int:
    """The place in the post's own text of ``at``, a place in its text with apostrophes put back."""
    return at - sum(1 for i, place in enumerate(added) if place + i < at)


def stated_facts(lines: Iterable[LogLine]) -> Dict[str, List[LogLine]]:
    """``{said:fact: [lines]}`` for the plain statements of the post; each line (origin ``stated``) holds
    the sentence and the command that would confirm it. A statement may run over two sentences of a
    paragraph ("I got an IP address, but how can I go on? Internet does not work"). The catch-all
    said:not-working counts only for a line no other state matched."""
    lines = list(lines)
    found = _firmware_step_back_next_line(_stated_in_lines(lines), lines)
    return _system_upgrade_not_firmware(_system_regressions(found, lines), lines)


# A step back to an earlier release that made it work again, told on the line after the one that names the modem's
# firmware ("I upgraded modem FW to 0.27, which broke it." / "Went back to version 0.26, which made it working again."):
# people put the version they returned to in a sentence of its own, and the firmware rows need the word on their line
_STEP_BACK_RE = regex_cache.compile(prose_states.FW_BACK, re.I)
_FIRMWARE_WORD_RE = regex_cache.compile(r"\b(?:firmware|fw)\b", re.I)
_ADVICE_OPENING_RE = regex_cache.compile(r"^\W*(?:don't|do\s+not|never|avoid)\b", re.I)


def _firmware_step_back_next_line(found: Dict[str, List[LogLine]], lines: Sequence[LogLine]) -> Dict[str, List[LogLine]]:
    """``found`` with said:firmware-regression read over two adjacent prose lines of one input: the firmware named on
    the first, the step back and its outcome on the second, read by the firmware rows as if one line."""
    if "said:firmware-regression" in found:
        return found
    for before, line in zip(lines, lines[1:]):
        if not (before.origin == line.origin == "unknown" and _next_line_of(before.source, line.source)
                and _is_prose(before.text) and _is_prose(line.text) and _FIRMWARE_WORD_RE.search(before.text)
                and _STEP_BACK_RE.search(line.text)):
            continue
        first = before.text.strip()
        joined = first + " " + line.text.strip()
        # (advice over two lines is no step back taken: "Don't update to 0.27." / "If it breaks, go back to 0.26.")
        step = _STEP_BACK_RE.search(joined, len(first))
        if _ADVICE_OPENING_RE.match(first) or (step and _in_hedged_sentence(joined, step.start())):
            continue
        for state, (start, end) in _read(joined, True):
            if state.fact == "said:firmware-regression" and end > len(first):
                text = "the post says: %s (confirm with: %s)" % (_around(joined, start, end), state.confirm)
                found = dict(found)
                found["said:firmware-regression"] = [LogLine(text=text, origin="stated", time=None, source=line.source)]
                return found
    return found


def _next_line_of(before: str, source: str) -> bool:
    """``source`` ("<input>:<line>") is the line right after ``before`` in the same input."""
    name, _, number = source.rpartition(":")
    name_before, _, number_before = before.rpartition(":")
    return name == name_before and number.isdigit() and number_before.isdigit() and int(number) == int(number_before) + 1


def _system_upgrade_not_firmware(found: Dict[str, List[LogLine]], lines: Sequence[LogLine]) -> Dict[str, List[LogLine]]:
    """``found`` without the firmware damage told of a bare upgrade ("After the upgrade the modem is not enabled") in a
    post whose regression is its system's (said:system-regression, a year.month release named): that upgrade was the
    system's, not the modem firmware's."""
    from wwandoctor.model import prose_kernel
    damaged = found.get("said:firmware-damaged", [])
    if not damaged or "said:system-regression" not in found or not prose_kernel.names_year_month_system(
            [line.text for line in lines]):
        return found
    kept = [line for line in damaged if re.search(r"\b(?:firmware|fw|flash\w*|IMEI)\b", said_sentence(line.text), re.I)]
    found = {fact: hits for fact, hits in found.items() if fact != "said:firmware-damaged"}
    if kept:
        found["said:firmware-damaged"] = kept
    return found


def _system_regressions(found: Dict[str, List[LogLine]], lines: Sequence[LogLine]) -> Dict[str, List[LogLine]]:
    """``found`` with a firmware regression whose only versions are year.month releases of the distribution the post
    names ("Downgrading to 25.05 fixes problem." in a post on NixOS 25.11) told as what it is: a regression of the
    system (said:system-regression), not of the modem's firmware."""
    from wwandoctor.model import prose_kernel
    regressions = found.get("said:firmware-regression", [])
    of_system = [line for line in regressions if _system_release_only(said_sentence(line.text))]
    if not of_system or not prose_kernel.names_year_month_system([line.text for line in lines]):
        return found
    kept = [line for line in regressions if line not in of_system]
    found = {fact: hits for fact, hits in found.items() if fact != "said:firmware-regression" or kept}
    if kept:
        found["said:firmware-regression"] = kept
    confirm = next(state.confirm for state in STATES if state.fact == "said:system-regression")
    found.setdefault("said:system-regression", []).extend(
        dataclasses.replace(line, text="the post says: %s (confirm with: %s)" % (said_sentence(line.text), confirm))
        for line in of_system)
    return found


def _system_release_only(sentence: str) -> bool:
    from wwandoctor.model import prose_kernel
    return not re.search(r"\b(?:firmware|fw)\b", sentence, re.I) and prose_kernel.only_year_month_versions(sentence)


def _stated_in_lines(lines: Sequence[LogLine]) -> Dict[str, List[LogLine]]:
    found: Dict[str, List[LogLine]] = {}
    for line in prose_lines(lines, any_line=True):
        sentence = bool(_is_prose(line.text))
        said, added = with_apostrophes(line.text)
        read = _read(said, sentence)
        if sentence:
            read = _read_variants(said, read)
        for state, (start, end) in read:
            quoted = _around(line.text, _unshifted(start, added), _unshifted(end, added))
            text = "the post says: %s (confirm with: %s)" % (quoted, state.confirm)
            found.setdefault(state.fact, []).append(LogLine(text=text, origin="stated", time=None, source=line.source))
    return found


def _read(said: str, sentence: bool) -> List[Tuple[StatedState, Tuple[int, int]]]:
    """``(row, span)`` for each row that reads ``said`` (a line with its negations' apostrophes put back), at its first
    plain statement; the catch-all only when no other row does."""
    read: List[Tuple[StatedState, Tuple[int, int]]] = []
    grammar_read = _grammar_readings(said) if sentence else {}
    folded = fold(said)
    for state, regex, unless in _compiled_states():
        if (state.fact == GENERIC_FAILURE and any(not row.keeps_catch_all for row, _ in read)) or not (sentence or state.any_line):
            continue
        grammar = grammar_read.pop(state.fact, [])
        for m in itertools.chain(regex.finditer(said, folded) if regex else (), grammar):
            # (a clause of the grammar states what is so: a suspicion is the row's own pattern's)
            if (not state.suspected or m in grammar) and _in_hedged_sentence(said, m.start()):
                continue
            if _generic_rule(said, m.start(), m.end()):
                continue
            if state.language and prose_foreign.hedged(state.language, said, m.start()):
                continue
            if unless is not None and unless.search(_taken_back_in(said, m.start(), m.end())):
                continue
            if prose_english.taken_back(state.fact, said, m.start()):
                continue
            if _told_working(state) and _said_fine_after(said, m.end()):
                continue
            if _not_the_writers(said, m.start(), m.end()):
                continue
            read.append((state, m.span()))
            break
    return read


# Someone else's modem set against the writer's that works ("My friend has the same stick and his keeps disconnecting, but
# mine has been working without a drop", "My colleague's modem shuts down when his Pi gets hot. Mine runs fine."): the
# fault is the other person's, the post tells a working setup. Without "mine works" the writer may be asking for the
# other person, so the fault stays.
_OTHER_PERSON_RE = regex_cache.compile(r"\b(?:his|her|their|(?:my|a|our)\s+(?:friend|colleague|co-?worker|brother|sister|dad|father|"
                                       r"mum|mom|mother|son|daughter|wife|husband|neighbou?r|cousin|uncle|boss)(?:'s)?)\b", re.I)
_MINE_WORKS_RE = regex_cache.compile(r"\b(?:mine|my\s+own|ours)\b(?:(?!\b(?:not|never|no\s+longer|either|neither|same)\b|n't)"
                                     r"(?:[^.!?]|[.!?](?=\w))){0,60}?"
                                     r"\b(?:works?|working|runs?|running|connects?|(?:is|are)\s+(?:fine|ok|okay|stable|perfect)|"
                                     r"no\s+(?:problems?|issues?|trouble))\b", re.I)
# What the writer read or heard, not saw: "I read that some modules need an FCC unlock", "people say the E3372 drops off"
_HEARSAY_RE = regex_cache.compile(r"\b(?:I(?:'ve|\s+have)?\s+(?:read|heard)(?:\s+(?:somewhere|online|here|on\s+(?:the\s+)?\w+))?\s+"
                                  r"(?:that|some|many|most|other)\b|(?:people|others|other\s+users|some\s+users)\s+(?:say|said|report\w*|"
                                  r"write|wrote|claim\w*|mention\w*)\b)", re.I)


def _not_the_writers(said: str, start: int, end: int) -> bool:
    """The statement at ``said[start:end]`` is another person's: hearsay before it in its sentence, or another person's
    device before it with the writer's own said to work in the line (:data:`_OTHER_PERSON_RE`, :data:`_MINE_WORKS_RE`)."""
    sentence_start = max((m.end() for m in _SENTENCE_END_RE.finditer(said, 0, start)), default=0)
    before = said[sentence_start:start]
    if _HEARSAY_RE.search(before):
        return True
    return bool(_OTHER_PERSON_RE.search(said[sentence_start:end]) and _MINE_WORKS_RE.search(said, sentence_start))


# A rule about any such thing, not the writer's: an indefinite subject with a modal verb after it ("a wrong APN will get
# rejected by the network", "an unpowered hub can cause resets", "any SIM with a PIN would ask for it")
_GENERIC_SUBJECT_RE = regex_cache.compile(r"(?:^|[.!?:;]\s+|\b(?:that|because|since|as|otherwise)\s+)\W*(?:a|an|any)\s+(?:[\w-]+\s+){0,2}$", re.I)
_MODAL_AFTER_RE = regex_cache.compile(r"^[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:will|would|can|could|may|might|'ll)\s+(?!not\b)", re.I)


def _generic_rule(said: str, start: int, end: int) -> bool:
    before = said[:start] if start <= 60 else "x " + said[start - 60:start].split(" ", 1)[-1]
    return bool(_GENERIC_SUBJECT_RE.search(before) and _MODAL_AFTER_RE.match(said[end:end + 60]))


# --- a fault told in the same breath as "it works" -----------------------------------------------
# "I didn't set an APN and the modem connects fine", "the ports get new numbers after a reboot, which is normal", "the SIM
# asks for its PIN at every boot, as expected": the rest of the sentence (or the next sentence, opening with it: "That is
# normal.") says the setup works, so the post describes a working setup, a how-to or a question, not a fault
_FINE_RE = regex_cache.compile(
    r"\b(?:which|this|that|it)(?:'s|\s+is)\s+(?:(?:perfectly|completely|quite|totally)\s+)?(?:normal|expected|intended|"
    r"by\s+design|fine|ok|okay)\b|\bas\s+(?:expected|intended|designed|it\s+should)\b|\b(?:is|are)\s+(?:perfectly\s+)?normal\b|"
    r"\ball\s+(?:is\s+)?good\b|\b(?:everything|all)\s+(?:works?|is\s+(?:fine|ok|good|working|stable))\b|"
    # a sentence without its subject ("Works reliably."), or stable for a long time ("mine has been stable since day one")
    r"(?:^|(?<=[.!?]\s))works?\s+(?:fine|perfectly|great|well|flawlessly|reliably)\b|"
    r"\b(?:it|they|mine|ours|(?:the|my|our)\s+(?:[\w-]+\s+)?(?:modem|module|card|stick|dongle|connection|link|setup))\s+"
    r"(?:has|have)\s+been\s+(?:(?:rock[\s-])?(?:stable|solid|reliable)|working\s+(?:fine|perfectly|great|well|flawlessly|reliably))\b|"
    r"\b(?:it|they|mine|ours|(?:the|my|our)\s+(?:[\w-]+\s+)?(?:modem|module|card|stick|dongle|connection|link|internet|data))\s+"
    r"(?:works?|connects?|runs?|ran|has\s+(?:run|worked)|is\s+working|is\s+connected|registers?)"
    r"(?:\s+(?:fine|perfectly|great|well|flawlessly|reliably|stable|stably|without\s+(?:any\s+)?(?:problems?|issues?|trouble))\b|"
    r"(?=\s*(?:[.,;!]|$|\s+(?:and|so|now|on|with\s+(?:ModemManager|NetworkManager|mmcli|it))\b)))|"
    # "by design" in Japanese and Chinese: "CDROMとして認識される仕様になっています", "这是正常现象", "设计如此"
    r"仕様(?:です|になって|となって|だ|のよう)|(?:是|属于)正常(?:的|现象)|设计如此", re.I)
# ... unless that clause tells of another device, system, unit or time ("although it works fine in my phone", "while the rest of
# the fleet works fine", "with the old firmware it works", "then it works again", "works fine for a few hours"), of a fix
# ("and now it works", "with the right APN it connects": a solved post keeps its cause), or doubts it
_FINE_ELSEWHERE_RE = regex_cache.compile(
    r"\b(?:other|another|else|old|older|previous|rest|second|itself|again|only|then|after|once|until|when\w*|sometimes|now|"
    r"(?:every|each)\s+time|first|initially|"
    r"right|correct|proper|fix\w*|solv\w*|"
    r"for\s+(?:a\s+(?:few|couple|while)|some|several|\d+|hours|minutes|days)|"
    r"except|although|though|while|whereas|if|whether|should|hope\w*|Windows|macOS|Android|%s|%s)\b" % (
        prose_english.OTHER_DEVICE, prose_english.PHONE), re.I)
# ... or opens on a setting of its own ("won't start on battery; on USB power it's fine")
_FINE_ON_SETTING_RE = regex_cache.compile(r"^(?:[,;:]\s*|\s+(?:but|and|so|yet)\s+)?(?:on|with|in|under|using|via|through|from)\b", re.I)
# ... or comes after a fix told ("can't start, so I downgraded to B03 and it works", "After patching the driver it works")
_FIX_BETWEEN_RE = regex_cache.compile(r"\b(?:so|then)\s+(?:I|we)\b|\bafter\s+\w+ing\b|\b(?:downgrad|revert|roll\w*\s+back|re-?flash|rebuil|"
                                      r"recompil|patch|add(?:ed|ing)\b)\w*", re.I)
_FINE_CLAUSE_RE = regex_cache.compile(r"[,;:]\s*|\s+[-\u2013\u2014]\s+|\s+(?:but|and|so|yet|while|whereas|although|though|however)\s+", re.I)


def _told_working(state: StatedState) -> bool:
    """``state`` tells a fault that "it works" beside it takes back: no context row, no row that is itself a working thing
    ("works on my laptop", "stopping ModemManager fixes it")."""
    return not state.context and not re.search(r"works|fixes", state.fact)


def _said_fine_after(text: str, end: int) -> bool:
    """The rest of the sentence after ``text[:end]``, or the first clause of the next sentence when it opens with it, says
    the setup works (:data:`_FINE_RE`), in a clause that tells of no other device, setting or time, after no fix told."""
    spans = _sentence_spans(text)
    rest = next((i for i, (a, b) in enumerate(spans) if a <= end <= b), None)
    if rest is None:
        return False
    parts = [text[end:spans[rest][1]]]
    if rest + 1 < len(spans):  # the next sentence's first clause; all of it after a semicolon (the same sentence's)
        a, b = spans[rest + 1]
        clause = None if text[spans[rest][1]:a].strip() == ";" else _FINE_CLAUSE_RE.search(text, a, b)
        parts.append(text[a:clause.start() if clause else b])
    # (a fix told anywhere before the words of working, in the statement's sentence too: "After patching the driver it works")
    told = text[spans[rest][0]:end]
    return any(_fine_clause(part, m) and not _FIX_BETWEEN_RE.search(told + part[:m.start()])
               and (i == 0 or len(part[:m.start()].split()) <= 2)  # the next sentence opens with it: "That is normal."
               for i, part in enumerate(parts) for m in _FINE_RE.finditer(part))


def _fine_clause(part: str, m: "re.Match[str]") -> bool:
    """The clause of ``part`` around the match ``m`` of :data:`_FINE_RE` tells of no other device, system or time."""
    starts = [c.start() for c in _FINE_CLAUSE_RE.finditer(part, 0, m.start())]
    ends = _FINE_CLAUSE_RE.search(part, m.end())
    clause = part[starts[-1] if starts else 0:ends.start() if ends else len(part)]
    return not (_FINE_ELSEWHERE_RE.search(clause) or _FINE_ON_SETTING_RE.match(clause))


def _read_variants(said: str, read: List[Tuple[StatedState, Tuple[int, int]]]) -> List[Tuple[StatedState, Tuple[int, int]]]:
    """``read`` with the facts the rows read in the sentences of ``said`` said again (model/prose_variants.py: the
    shared forms of their negated verbs, the modem called a modem), at the span of the words they restate; the
    catch-all only when no other fact is read."""
    facts_read = {state.fact for state, _ in read}
    spans = _sentence_spans(said)
    for i, (a, b) in enumerate(spans):
        # the sentences around it too: a statement may run over two, and the next may take it back ("now it works")
        before = said[spans[i - 1][0]:a] if i else ""
        after = said[b:spans[i + 1][1]] if i + 1 < len(spans) else ""
        for variant in prose_variants.variants(said[a:b]):
            for state in _read_in_variant(variant, before, after, facts_read):
                facts_read.add(state.fact)
                read.append((state, (a + variant.start, a + variant.end)))
    # (a row that only names what the device is, or narrows a failure, leaves the catch-all standing: StatedState.keeps_catch_all)
    if any(state.fact != GENERIC_FAILURE and not state.keeps_catch_all for state, _ in read):
        read = [(state, span) for state, span in read if state.fact != GENERIC_FAILURE]
    return read


def _read_in_variant(variant: "prose_variants.Variant", before: str, after: str, facts_read: Set[str]) -> List[StatedState]:
    """The rows of facts not in ``facts_read`` that read ``variant`` (between ``before`` and ``after``) in its
    sentence, but the catch-all (a restatement adds what it tells, not that something fails); a restated negation only when the row's match takes the negation in and the row does not read the verb
    unnegated too (a row that reads "crashes" with its own short list of negations takes "never crashes" for a crash)."""
    text = before + variant.text + after
    first, last = len(before), len(before) + len(variant.text)
    negation = first + variant.negation
    rows = [state for state, (start, end) in _read(text, True)
            if state.fact not in facts_read and state.fact != GENERIC_FAILURE and start < last and end > first
            and (variant.negation < 0 or start <= negation < end)]
    if rows and variant.negation >= 0:
        affirmative = {state.fact for state, _ in _read(before + variant.affirmative + after, True)}
        rows = [state for state in rows if state.fact not in affirmative]
    return rows


def _grammar_readings(text: str) -> Dict[str, List["re.Match[str]"]]:
    """``{said:fact: [matches]}`` of the clause grammar, in English (model/prose_grammar.py, and the rows of parts in any
    order, model/prose_english.py) and in the other languages of its tables (model/prose_foreign.py), in the order of
    the text."""
    found: Dict[str, List["re.Match[str]"]] = {}
    read = itertools.chain(prose_grammar.readings(text), prose_foreign.readings(text), prose_english.readings(text))
    for fact, m in sorted(read, key=lambda r: r[1].start()):
        found.setdefault(fact, []).append(m)
    return found


_SAID_RE = regex_cache.compile(r"^the post says: (.*) \(confirm with: [^()]*(?:\([^()]*\)[^()]*)*\)$", re.S)


def said_sentence(text: str) -> str:
    """The post's sentence in a stated line (:func:`stated_facts`), without the confirming command."""
    m = _SAID_RE.match(text)
    return m.group(1) if m else text


# a contrast that opens the statement's clause: what comes before it is the other side ("It works fine in Windows, but
# it's FCC locked in Ubuntu" takes nothing back)
_CONTRAST_OPENS_RE = regex_cache.compile(r"[,;]\s*(?:but|however|yet|whereas|although|though)\s+", re.I)


def _taken_back_in(text: str, first: int, last: int) -> str:
    """The text a statement at ``text[first:last]`` may be taken back in (StatedState.unless): the sentences it
    touches (:func:`_around`), or from the last contrast before it in its sentence to their end."""
    spans = [(a, b) for a, b in _sentence_spans(text) if b > first and a < last]
    cuts = [m.end() for m in _CONTRAST_OPENS_RE.finditer(text, spans[0][0], first)] if spans else []
    said = _around(text, first, last) if not cuts else text[cuts[-1]:min(spans[-1][1], cuts[-1] + 200)]
    return said + _now_after(text, spans[-1][1] if spans else last)


# the next sentence when it tells how things are now: "The modem reported the SIM as missing before I reseated it; now it
# is detected" takes the first back
_NOW_OPENS_RE = regex_cache.compile(r"\s*(?:[;.]\s*)?(?:but\s+|and\s+)?now\b[^.!?;]{0,100}", re.I)


def _now_after(text: str, end: int) -> str:
    """The sentence after ``text[:end]`` when it opens with "now" (a space before it), else ""."""
    m = _NOW_OPENS_RE.match(text, end)
    return " " + m.group(0).strip() if m else ""


def _around(text: str, first: int, last: int) -> str:
    """The sentences of ``text`` the statement at ``text[first:last]`` touches, at most 200 characters."""
    spans = [(a, b) for a, b in _sentence_spans(text) if b > first and a < last]
    start, end = (spans[0][0], spans[-1][1]) if spans else (first, last)
    if end - start > 200:  # a long sentence: from a little before the statement
        start = max(start, first - 40)
        return ("..." if start > 0 else "") + text[start:start + 200].strip()
    return text[start:end].strip()
