"""Which parser reads a block: every parser's ``detect`` scores it, the best one parses it.

Parsers are the modules of ``wwandoctor.ingest`` that define ``detect``, found by walking the
package (a module is never skipped because its name was mistyped in a list). Each has ``KIND``,
``COMMANDS`` (the commands whose output it reads; ``block.runs(COMMANDS)`` tests the prompt),
``PRIORITY`` (unique: of two parsers that score a block the same, the higher priority wins),
``detect(block) -> 0..100`` and ``parse(block, snap) -> List[str]`` (the lines it did not understand).

* Content wins over the prompt: a paragraph after a blank line keeps the
  command of the prompt above it, so when the lines alone score CONTENT_SURE
  or more the command is not consulted.
* A block no parser recognises as a whole is offered the same way, line runs after skipping up
  to MAX_SKIP lines nobody recognises (a log line or two with a sentence above and below).
* Lines the chosen parser left are offered, as sub-blocks, to the parser that
  recognises them best; what that one leaves goes on to the next (outputs
  pasted back to back without a blank line), at most MAX_HANDOFFS times and
  never to a parser that already had those lines.
* Once the whole paste is parsed, :func:`finish` lets every parser that
  defines ``finish(snap)`` place what it kept aside (a control-port driver
  pasted before the dmesg lines naming its interface).
* Lines nobody understood go to ``snap.unrecognized`` as "<name>:<line>: text" snippets headed by the
  block's command, cut for the report, so nothing is dropped silently; and whole to ``snap.prose``
  (the post's own words, which model.prose reads; :func:`wwandoctor.snapshot.placed` reads the prefix).
  A kernel message such a line quotes is read as a kernel log line (:mod:`.quoted_log`), and a framing file's value
  it tells in words as that file's output (:func:`.sysfs_cat.told_values`).
"""
from __future__ import annotations

import importlib
import pkgutil
from typing import List, Optional, Sequence, Tuple

from wwandoctor.ingest import quoted_log, sysfs_cat
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot, more_lines_note


# A block no parser scores at least this high is left unrecognized.
MIN_SCORE = 10
# Lines a parser left are offered to another parser when it recognises them this surely.
SUB_BLOCK_SCORE = 50
# How many times lines left by one parser are handed on to another (outputs pasted back to back).
MAX_HANDOFFS = 8
# Left lines several outputs make up may score low as a whole: then the parser recognising their
# first HEAD_LINES lines gets them (it takes its own lines and leaves the rest to be handed on).
HEAD_LINES = 3
# Leading lines of such a run nobody recognises that are skipped to find who takes the rest.
MAX_SKIP = 3
# Content recognised this surely overrides the command of the prompt above it.
CONTENT_SURE = 60
# Parsers that get a block without the kernel-log noise the reader held back (ingest/prefilter.py:
# noise is what the dmesg parser takes without a fact or a log line); any other gets it back.
TAKES_NOISE_HELD_BACK = ("dmesg",)
# At most this many unrecognized lines are kept per block, and this many groups in all.
MAX_UNRECOGNIZED_LINES = 20
MAX_UNRECOGNIZED_GROUPS = 100
# characters of one unrecognized line kept for the report (the rest is counted, not kept)
UNRECOGNIZED_LINE_MAX = 200
TOO_MANY_NOTE = "more unrecognized text was not kept (too much)"
# the same lines whole for reading the post's sentences (model.prose): at most this many, this long
PROSE_LINES_MAX = 400
PROSE_LINE_MAX = 2000

_parsers = None


# modules of wwandoctor.ingest that are not parsers (read by the walk without importing them)
HELPERS = frozenset(("block", "bundle", "glib_cli", "merge", "other_machine", "prefilter", "quoted_log", "registry", "repl", "splitter",
                     "sysfs_facts"))


def parser_names() -> List[str]:
    """The names of the parser modules: every module of the package but the HELPERS."""
    import wwandoctor.ingest as package
    return sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name not in HELPERS)


def parsers() -> List:
    """The parser modules, imported once, highest PRIORITY first."""
    global _parsers
    if _parsers is None:
        found = [importlib.import_module("wwandoctor.ingest." + name) for name in parser_names()]
        _parsers = sorted(found, key=lambda mod: -mod.PRIORITY)
    return _parsers


def _best(block: Block, exclude: Sequence = ()) -> Tuple[Optional[object], int]:
    best, best_score = None, 0
    for mod in parsers():
        if mod in exclude:
            continue
        try:
            score = int(mod.detect(block))
        except Exception:  # a detect bug must not hide the other parsers
            score = 0
        if score > best_score:
            best, best_score = mod, score
    return best, best_score


def best_parser(block: Block) -> Tuple[Optional[object], int]:
    """The parser module with the highest detect score, and the score.

    Content wins over the prompt: when the lines alone are recognised with
    CONTENT_SURE or more, the command the block inherited is not consulted
    (a paragraph after a blank line may be the output of something else).
    """
    if block.command is None:
        return _best(block)
    bare = Block(lines=block.lines, command=None, name=block.name, first_line=block.first_line)
    mod, score = _best(bare)
    if mod is not None and score >= CONTENT_SURE:
        return mod, score
    with_cmd, cmd_score = _best(block)
    if cmd_score > score:
        return with_cmd, cmd_score
    return mod, score


def parse_block(block: Block, snap: Snapshot) -> None:
    """Hand ``block`` to the best parser; hand on what it left; keep what nobody understood."""
    if not any(ln.strip() for ln in block.lines):
        return
    mod, score = best_parser(block)
    takes_noise_held_back = mod is not None and score >= MIN_SCORE and getattr(mod, "KIND", None) in TAKES_NOISE_HELD_BACK
    if block.noise and not takes_noise_held_back:
        block = block.with_noise()
    if mod is None or score < SUB_BLOCK_SCORE:
        # a few lines of output among sentences of the person's in one paragraph ("Here is my
        # dmesg:" / one log line / "Any idea?"): recognised once the sentence above is skipped,
        # each run goes to the parser recognising it
        filled = [i for i, ln in enumerate(block.lines) if ln.strip()]
        other, skip = _taker(block, filled, [])
        if other is not None and skip > 0:
            _hand_on(block, filled, [], snap)
            return
    if mod is None or score < MIN_SCORE:
        add_unrecognized(snap, block, list(range(len(block.lines))))
        return
    _hand_on(block, _run(mod, block, snap), [mod], snap)


def _hand_on(block: Block, left: List[int], tried: List, snap: Snapshot) -> None:
    """Offer each run of ``left`` (line indexes of ``block``) to the best parser not in ``tried``;
    repeat with what that one leaves; lines nobody takes are recorded as unrecognized."""
    for run in _runs(left, block):
        other, skip = _taker(block, run, tried) if len(tried) <= MAX_HANDOFFS else (None, len(run))
        add_unrecognized(snap, block, run[:skip])
        if other is None:
            continue
        rest = run[skip:]
        sub = Block(lines=[block.lines[i] for i in rest], name=block.name, first_line=block.line_number(rest[0]))
        _hand_on(block, [rest[i] for i in _run(other, sub, snap)], tried + [other], snap)


def _taker(block: Block, run: List[int], tried: List) -> Tuple[Optional[object], int]:
    """(the parser not in ``tried`` that recognises the lines ``run`` of ``block``, how many leading
    lines nobody recognises) - (None, len(run)) when there is none.

    The lines may be several outputs that score low as a whole: then the parser recognising their
    first HEAD_LINES lines takes them; a line or two of prose or a shell trace ("+ ip link set
    wwan0 up") before them is skipped (at most MAX_SKIP lines)."""
    for skip in range(min(MAX_SKIP + 1, len(run))):
        lines = [block.lines[i] for i in run[skip:]]
        mod, score = _best(Block(lines=lines, name=block.name), exclude=tried)
        if score < SUB_BLOCK_SCORE and len(lines) > HEAD_LINES:
            mod, score = _best(Block(lines=lines[:HEAD_LINES], name=block.name), exclude=tried)
        if mod is not None and score >= SUB_BLOCK_SCORE:
            return mod, skip
    return None, len(run)


def finish(snap: Snapshot) -> None:
    """Call ``finish(snap)`` of every parser that defines it (once the whole paste is parsed)."""
    for mod in parsers():
        done = getattr(mod, "finish", None)
        if done is None:
            continue
        try:
            done(snap)
        except Exception as exc:  # a parser bug must not lose what the others found
            snap.notes.append("the %s parser failed to finish (%s: %s)" % (
                getattr(mod, "KIND", "?"), type(exc).__name__, exc))


def _run(mod, block: Block, snap: Snapshot) -> List[int]:
    """Parse ``block`` with ``mod``; the indexes of the lines it left (all of them if it failed)."""
    try:
        left = mod.parse(block, snap) or []
    except Exception as exc:  # a parser bug must not lose the paste: keep the block, say so
        snap.notes.append("%s:%d: the %s parser failed (%s: %s); the block was kept as unrecognized" % (
            block.name, block.first_line, getattr(mod, "KIND", "?"), type(exc).__name__, exc))
        return list(range(len(block.lines)))
    left_set = set(left)
    return [i for i, ln in enumerate(block.lines) if ln in left_set and ln.strip()]


def _runs(indexes: List[int], block: Block) -> List[List[int]]:
    """Stretches of line indexes consecutive in the block as read: [1, 2, 5] -> [[1, 2], [5]]; held-back noise
    between two lines parts them, a line rejoined from a hard wrap (two input lines) does not."""
    runs: List[List[int]] = []
    for i in indexes:
        if runs and i == runs[-1][-1] + 1 and not block.noise_between(runs[-1][-1], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _cut(line: str, limit: int = UNRECOGNIZED_LINE_MAX) -> str:
    """An unrecognized line kept for the report: its start, and how much was cut."""
    if len(line) <= limit:
        return line
    return line[:limit] + " ... [%d characters cut]" % (len(line) - limit)


def add_unrecognized(snap: Snapshot, block: Block, indexes: List[int]) -> None:
    """Record lines of ``block`` (by index) as grouped "<name>:<line>: text" snippets."""
    indexes = [i for i in indexes if block.lines[i].strip()]
    if not indexes:
        return
    for i in indexes[:max(PROSE_LINES_MAX - len(snap.prose), 0)]:
        snap.prose.append("%s:%d: %s" % (block.name, block.line_number(i), block.lines[i][:PROSE_LINE_MAX]))
        quoted_log.lift(snap, block.lines[i][:PROSE_LINE_MAX], "paste:" + (block.name or "-"))
        sysfs_cat.told_values(snap, block.lines[i][:PROSE_LINE_MAX])
    if len(snap.unrecognized) >= MAX_UNRECOGNIZED_GROUPS:
        if TOO_MANY_NOTE not in snap.notes:
            snap.notes.append(TOO_MANY_NOTE)
        return
    shown = indexes[:MAX_UNRECOGNIZED_LINES]
    group = []
    if block.command:  # the command tells what the lines are ("$ cat /sys/class/net/wwan0/qmi/raw_ip")
        group.append("%s:%d: $ %s" % (block.name, max(block.first_line - 1, 1), block.command[:300]))
    for i in shown:
        group.append("%s:%d: %s" % (block.name, block.line_number(i), _cut(block.lines[i])))
    if len(indexes) > len(shown):
        more = len(indexes) - len(shown)
        group.append(more_lines_note(block.name, more))
    snap.unrecognized.append("\n".join(group))
