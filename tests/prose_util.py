"""What the prose tests share: a written post as the lines the prose reader is given, and the stated
facts (model/prose_states.py STATES) read in it."""
from __future__ import annotations

from typing import List, Sequence, Set, Tuple

from wwandoctor.model import prose
from wwandoctor.snapshot import LogLine


def post_lines(text: str) -> List[LogLine]:
    """``text`` as lines of a paste no parser took (what model/signals.py hands the prose reader)."""
    return [LogLine(text=t, origin="unknown", time=None, source="paste") for t in text.split("\n")]


def stated(text: str) -> Set[str]:
    """The said:* facts read in ``text``."""
    return set(prose.stated_facts(post_lines(text)))


def pair_ids(pairs: Sequence[Tuple[str, str]]) -> List[str]:
    """Test ids for (sentence, fact) pairs: the row number and the fact."""
    return ["%d-%s" % (i, fact) for i, (_, fact) in enumerate(pairs)]
