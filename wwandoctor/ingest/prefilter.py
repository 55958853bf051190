"""The cheap test run on every raw line of a paste before any per-line work: is it kernel-log noise?

A 100 MB dmesg is mostly lines like ``[ 1234.5678] audit: type=1400 ...`` that
say nothing about modems. Decoding, splitting and parsing each of them costs
~10x a plain regex scan, so the reader (:mod:`wwandoctor.ingest`) holds such
lines back as raw bytes; only the dmesg parser, which would have taken them
without a fact or a log line, gets the block without them (every other parser
gets them back, see :mod:`.registry`).

A line is *noise* when:

* it is a dmesg line at column 0: ``[ <seconds>.<fraction>]`` and a message,
  ASCII without NUL, ESC (colours) or ``&`` (HTML entities), at most ``MAX_NOISE_BYTES``
  long, its message not starting with whitespace;
* its message does not start like a line the kernel-log parser takes a fact
  from or keeps (:data:`logs._PREFIX_RE`: USB core, hubs, modem drivers,
  wwan, mhi; ``pci``, ``usbcore``, ``Linux version``, any driver naming a USB
  path ``<drv> 1-7...``, PCI modem drivers);
* it holds none of the literals the relevance gate of :mod:`wwandoctor.logs`
  needs (keywords and log signatures), nor "registered new", "renamed from",
  "probe of".

tests/test_prefilter.py checks on real and generated lines that the kernel-log
parser does nothing with a noise line. When :mod:`wwandoctor.logs` has a
signature the gate cannot cover, :func:`patterns` returns None: nothing is noise.

Speed: Python's ``re`` tries the alternatives at each position whose byte can
start one, so each literal is searched from an anchor, a rare character of it
(what is before it is a look-behind), and the literals share as few anchors as
they can (:func:`anchors`): the search skips most positions on a table lookup.
"""
from __future__ import annotations

import functools
import re
from typing import Dict, List, Optional, Tuple

from wwandoctor import regex_cache

MAX_NOISE_BYTES = 4096

# Bytes of real kernel logs from the most to the least frequent (printable ASCII).
FREQUENCY_ORDER = (" 0eor1t:ni2da.s35ulp=46m879f[]cCT\"g/hSPv_EwDbOxBNk,U()R-AILyFMqHK*jQVW>\\YXG'{}#JZ$z@|+!&"
                   "%;<?^`~")

# Words the kernel-log parser reacts to anywhere in a message (beyond the gate of wwandoctor.logs).
# "Gobi...", "MHI ..." and the other literals of wwandoctor.signatures kernel messages that start with
# neither a driver name nor a USB path
EXTRA_LITERALS = ("registered new", "renamed from", "probe of", "Linux version", "Gobi", "Ignoring non vendor",
                  "functional descriptors", "could not insert", "Unauthorized network", "MHI did not", "qmi_wwan_q")


@functools.lru_cache(maxsize=1)
def patterns() -> Optional[Tuple["re.Pattern", "re.Pattern"]]:
    """(stamp and message start, anywhere) as bytes regexes; None when the logs gate is incomplete.

    A line is noise when ``stamp`` matches it without group 1 and ``anywhere`` finds nothing from
    the end of that match on (see :func:`is_noise`)."""
    from wwandoctor import logs
    from wwandoctor.ingest import kernel_log

    literals, ungated = logs.gate_literals()
    if ungated:
        return None
    # group 1: the message starts like a line the parser uses, or with whitespace (which it strips)
    stamp = regex_cache.compile((
        r"\[ *\d+\.\d+\] *(?:([\s\x1c-\x1f]|(?:%s)|pci[\s:]|usbcore|[\w.-]+ \d+-\d|(?:%s) )|)" % (
            logs._PREFIX_RE.pattern.lstrip("^"),
            "|".join(re.escape(d) for d in sorted(kernel_log.PCI_LOG_DRIVERS)))).encode("ascii"))
    texts = sorted(lit for lit in set(literals) | set(EXTRA_LITERALS) if lit.isascii())
    # a NUL (the reader counts binary lines), ESC (colour codes the reader strips) or "&" (HTML
    # entities) makes a line no noise; so does a
    # non-ASCII byte, tested apart (128 more alternatives would make the search 3x slower)
    anywhere = regex_cache.compile((anchored_regex(texts) + "|\\x00|\\x1b|&").encode("ascii"))
    return stamp, anywhere


def anchored_regex(literals) -> str:
    """A regex finding any of ``literals``, each alternative starting at its literal's anchor
    character (:func:`anchors`; the part before it becomes a look-behind), grouped by that character."""
    groups: Dict[str, List[str]] = {}
    for lit, char in anchors(literals).items():
        i = lit.index(char)
        behind = "(?<=%s)" % re.escape(lit[:i + 1]) if i else ""
        groups.setdefault(char, []).append(behind + re.escape(lit[i + 1:]))
    alternatives = []
    for char, rests in sorted(groups.items()):
        rests = sorted(set(rests))
        tail = "" if rests == [""] else "(?:%s)" % "|".join(rests)
        alternatives.append(re.escape(char) + tail)
    return "|".join(alternatives)


def anchors(literals) -> Dict[str, str]:
    """``{literal: anchor character}``: the literal's rarest character, except that a literal whose
    rarest character anchors no other literal takes the rarest of its characters that does. The
    search tries a match at every position holding an anchor: fewer distinct anchors, fewer tries
    (a third less time on a big log)."""
    chosen = {lit: max(lit, key=_rarity) for lit in literals}
    for lit in sorted(chosen):
        others = {char for other, char in chosen.items() if other != lit}
        shared = [char for char in lit if char in others]
        if chosen[lit] not in others and shared:
            chosen[lit] = max(shared, key=_rarity)
    return chosen


def _rarity(char: str) -> int:
    at = FREQUENCY_ORDER.find(char)
    return len(FREQUENCY_ORDER) if at < 0 else at


def is_noise(raw: bytes) -> bool:
    """True when the raw line ``raw`` is kernel-log noise (the reader inlines the same test)."""
    found = patterns()
    if found is None or len(raw) > MAX_NOISE_BYTES or not raw.isascii():
        return False
    stamp, anywhere = found
    m = stamp.match(raw)
    return m is not None and m.group(1) is None and anywhere.search(raw, m.end()) is None


def is_stamped(raw: bytes) -> bool:
    """A dmesg line at column 0, noise or not."""
    return _STAMP.match(raw) is not None


_STAMP = regex_cache.compile(rb"\[ *\d+\.\d+\]")
