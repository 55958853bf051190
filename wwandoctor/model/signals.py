"""The signals (typed facts from known messages, :mod:`wwandoctor.signatures`) a snapshot shows.

Every log line counts, and so does every pasted line no parser understood: a decisive
message in an output kind nobody parses (a vendor tool, a script's error) is still evidence, and so
is a message the post quotes in a sentence or a state it says it observed (``said:*``).
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

from wwandoctor import regex_cache, signatures
from wwandoctor.sentences import is_sentence, is_written, looks_like_log
from wwandoctor.snapshot import LogLine, Snapshot, is_more_lines_note, placed


def _where(name: str, line: Optional[int]) -> str:
    """``file:line`` of a line no parser understood, "paste" when it has no place."""
    return name if line is None else "%s:%d" % (name, line)


def unrecognized_lines(snap: Snapshot) -> Iterator[LogLine]:
    """The lines of the "not understood" sections, their ``file:line:`` prefix removed (and without the note of how
    many more lines a section had)."""
    for entry in snap.unrecognized:
        for part in entry.split("\n"):
            # (the note names the input, and an input named after its contents, "ec200t-ecm-howto.txt", must not be read)
            if is_more_lines_note(part):
                continue
            name, line, text = placed(part)
            if text.strip():
                yield LogLine(text=text, origin="unknown", time=None, source=_where(name, line))


def unread_sections(snap: Snapshot, signals: Dict[str, List[LogLine]], places: Iterable[str] = ()) -> List[str]:
    """``snap.unrecognized`` (the "not understood" sections) less the lines a signature or a prose reader
    took a fact from (``signals``: :func:`derive_signals`; ``places``: the lines a model fact was read from,
    Model.evidence_places): the line a fact names ("<name>:<line>") and the lines joined to it into one
    sentence (:func:`_unwrap`). A section with no line left is dropped; its heading (the command that
    printed it) and its "... N more unrecognized lines" note stay with the rest."""
    joins = _unwrap_with_joins(snap.prose)[1]
    used = [ln.source for hits in signals.values() for ln in hits] + list(places)
    read = {where for place in used for where in joins.get(place, [place])}
    kept = []
    for section in snap.unrecognized:
        unread = [part for part in section.split("\n") if not _read(placed(part), read)]
        if any(not placed(part)[2].startswith("$ ") for part in unread):  # more than the heading command
            kept.append("\n".join(unread))
    return kept


def _read(part: Tuple[str, Optional[int], str], read: Set[str]) -> bool:
    name, line, _ = part
    return line is not None and _where(name, line) in read


def prose_text_lines(snap: Snapshot) -> List[LogLine]:
    """What model.prose reads: the lines nobody understood, whole (``snap.prose``), and the lines the
    generic error reader kept only for an error word in them (origin ``tool``: "after insmod I only
    get 'Operation not permitted'" is a sentence with an error word, not a tool's output). A sentence
    that a mail client or a quoted reply wrapped is read whole again (:func:`_unwrap`)."""
    lines = [LogLine(text=ln.text, origin="unknown", time=None, source=ln.source)
             for ln in snap.log if ln.origin == "tool"]
    for where, text in _unwrap(snap.prose):
        lines.append(LogLine(text=text, origin="unknown", time=None, source=where))
    return lines


# a line a mail client wrapped: long, and not ending a sentence, a label or a list item
_WRAPPED_MIN = 50
_ENDS_SENTENCE_RE = regex_cache.compile(r"[.!?:;)\]`'\"]\s*$")


def _unwrap(parts: Sequence[str]) -> List[Tuple[str, str]]:
    """``[(where, text)]`` of the unrecognized lines, a line joined to the one before it when that one is
    the previous line of the same input, at least 50 characters long and ends mid-sentence.

    The splitter (:func:`wwandoctor.ingest.splitter.hard_wrap`) undoes hard wrapping too, but only in a
    paste it judges wrapped as a whole (widest line with words 50-80 columns, two cut lines or more),
    and before any parser, so that parsers read whole records. This join is for sentences alone: a
    paragraph wrapped in a paste that also holds wider lines (a log, a table, a double-spaced or
    indented rendering), which the splitter leaves as it is. Neither covers the other (tests/robustness.py,
    measured by switching one off: without the splitter's rejoin 74 renderings of the cases lose their
    top finding, without this join 8 - mail-wrap, quote-wrap, double-spaced, indent4)."""
    return _unwrap_with_joins(parts)[0]


def _unwrap_with_joins(parts: Sequence[str]) -> Tuple[List[Tuple[str, str]], Dict[str, List[str]]]:
    """:func:`_unwrap`'s lines, and for each line joined from more than one, ``{where: [where of each]}``."""
    out: List[Tuple[str, str]] = []
    joins: Dict[str, List[str]] = {}
    previous = None  # (name, line number) of the last line kept
    previous_text = ""  # and its text
    cut = None  # (index in out, name, line number) of a sentence a code block may have cut off
    for part in parts:
        name, line, text = placed(part)
        if not text.strip():
            continue
        here = (name, line) if line is not None else None
        if out and here and previous and here == (previous[0], previous[1] + 1) and (
                _wrapped(previous_text) or _JA_PARTICLE_OPENS_RE.match(text) or _wrapped_after_quote(previous_text, text)):
            out[-1] = (out[-1][0], out[-1][1].rstrip() + " " + text.strip())
            joins.setdefault(out[-1][0], [out[-1][0]]).append(_where(name, line))
        elif cut and here and _resumes(text, cut[1:], here):
            out[cut[0]] = (out[cut[0]][0], out[cut[0]][1].rstrip() + " [\u2026] " + text.strip())
            joins.setdefault(out[cut[0]][0], [out[cut[0]][0]]).append(_where(name, line))
            cut = None
        else:
            out.append((_where(name, line), text))
            if here and is_sentence(text) and not _ENDS_SENTENCE_RE.search(text) and not _heading(text):
                cut = (len(out) - 1,) + here
            elif is_written(text):
                cut = None  # a sentence of its own between them: the cut-off one does not go on
        previous, previous_text = here, text
    return out, joins


# A Japanese line that opens with a case or topic particle goes on with the line above: no sentence starts with one. A web
# page copied as text puts an inline code word on a line of its own ("抜き差ししても" / "lsusb" / "が変化せず..."), and
# the particle after it is where the sentence resumes
_JA_PARTICLE_OPENS_RE = regex_cache.compile(r"^\s*(?:が|は|を|に|で|の|も|へ|と)")


def _wrapped(above: str) -> bool:
    """The line below goes on with the sentence a mail client wrapped at the end of ``above``: ``above`` is long,
    ends mid-sentence and is no program's output line ("usbcore: registered new interface driver gobiserial",
    "GobiSerial::GobiProbe Ignoring non vendor class interface #12"), which a log prints whole on its own.
    The line below may start in any way ("00:01:02:03:04:05. So the workaround is ...")."""
    return len(above) >= _WRAPPED_MIN and not _ENDS_SENTENCE_RE.search(above) and not looks_like_log(above)


# a quoted word that ends a long line with no full stop before its closing mark, the line below going on in lower case:
# the sentence goes on ('... but when is entered APN "pro" ' / 'modem isn't connecting.'); a line that ends with a quoted
# message and a next line that opens a sentence of its own are left apart
_QUOTED_WORD_END_RE = regex_cache.compile(r"(?<![.!?])[\"'`]\s*$")
_GOES_ON_LOWER_RE = regex_cache.compile(r"^\s*[a-z]")


def _wrapped_after_quote(above: str, below: str) -> bool:
    return (len(above) >= _WRAPPED_MIN and bool(_QUOTED_WORD_END_RE.search(above)) and bool(_GOES_ON_LOWER_RE.match(below))
            and not looks_like_log(above) and not looks_like_log(below))


# A sentence cut by a code block (or a command's output) and resumed under it: "i updated my modem via",
# a fenced command, "however it would not connect afterwards." The part above is a person's sentence
# (sentences.is_sentence) that ends mid-sentence; the part below opens with a joining word in lower case
# (however, but, and, then, which ...), which no command and no new sentence does.
_CUT_GAP = 30
_RESUMES_RE = regex_cache.compile(r"^\s*(?:however|but|and|then|which|so|yet|though|although|afterwards|after that|"
                                  r"without|because|where|when|while|since)\b")


def _heading(text: str) -> bool:
    """A part that is a heading, a table row, a list item or a quote: it leaves no sentence open."""
    return text.lstrip().startswith(("#", "|", "-", "*", ">"))


def _resumes(below: str, at: Tuple[str, int], here: Tuple[str, int]) -> bool:
    """``below`` goes on with the sentence left open at ``at``, a code block between them."""
    return here[0] == at[0] and 1 < here[1] - at[1] <= _CUT_GAP and bool(_RESUMES_RE.match(below))


def text_lines(snap: Snapshot) -> List[LogLine]:
    """Every log line, then every line no parser understood: what signatures and anchors read."""
    return list(snap.log) + list(unrecognized_lines(snap))


def lines_beyond_the_cut(lines: Sequence[LogLine], prose_lines: Sequence[LogLine]) -> List[LogLine]:
    """The post's lines (``prose_lines``: :func:`prose_text_lines`, whole) that ``lines`` (:func:`text_lines`) do not
    hold as they are: the "not understood" sections keep the first 200 characters of a line."""
    read = {ln.text for ln in lines}
    return [ln for ln in prose_lines if ln.text not in read]


def _beyond_the_cut(cut: Sequence[LogLine], found: Dict[str, List[LogLine]]) -> Dict[str, List[LogLine]]:
    """The facts of messages in ``cut`` (:func:`lines_beyond_the_cut`), the post's lines that the lines read
    (:func:`text_lines`) hold only the start of:
    the "not understood" sections keep the first 200 characters of a line, so a message further into a
    paragraph written as one line ("..., the returning frames all have 00:a0:c6:00:00:00 as MAC address")
    was not scanned. Those lines are scanned whole; only facts not found and not cleared by a found one
    are added (the lines have no place in the log's order)."""
    from wwandoctor.model import prose
    if not cut:
        return {}
    return {fact: hits for fact, hits in signatures.scan(cut, said=prose.stated_at).items()
            if not signatures.settled(fact, found)}


def derive_signals(lines: List[LogLine], prose_lines: Sequence[LogLine] = (),
                   stated: Optional[Dict[str, List[LogLine]]] = None,
                   quoted: Optional[Sequence[Tuple[LogLine, str]]] = None,
                   cut: Optional[Sequence[LogLine]] = None) -> Dict[str, List[LogLine]]:
    """``{fact: [lines]}`` for every fact the lines (:func:`text_lines`) prove, then the facts of the
    messages the post's sentences quote and of the states they report (:mod:`wwandoctor.model.prose`,
    reading ``prose_lines``: :func:`prose_text_lines`; ``stated`` and ``quoted``: their stated facts and
    quoted messages, :func:`prose.quoted_lines`, and ``cut``, :func:`lines_beyond_the_cut`, when already read)."""
    from wwandoctor.model import dhcp_discovers, ping_probe, prose, quectel_variant, sierra_impref
    found = signatures.scan(lines, said=prose.stated_at)
    found.update(_beyond_the_cut(lines_beyond_the_cut(lines, prose_lines) if cut is None else cut, found))
    found.update(signatures.scan_quotes(prose.quoted_lines(prose_lines) if quoted is None else quoted, found))
    found.update(prose.stated_facts(prose_lines) if stated is None else stated)
    derived = (ping_probe.probe_signals(lines), sierra_impref.impref_signals(lines), dhcp_discovers.discover_signals(lines),
               quectel_variant.variant_signals(list(lines) + list(prose_lines)))
    for fact, more in [item for facts in derived for item in facts.items()]:
        found.setdefault(fact, []).extend(more)
    return found


def derived_facts() -> Tuple[str, ...]:
    """The facts that come from reading several lines together rather than from one signature row."""
    from wwandoctor.model import dhcp_discovers, ping_probe, quectel_variant, sierra_impref
    return tuple(fact for module in (dhcp_discovers, ping_probe, quectel_variant, sierra_impref) for fact in module.FACTS)

