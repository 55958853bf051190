"""What the ingest tests share: the paste samples (tests/samples/paste/) and running one parser,
or the whole ingest, on them."""
from __future__ import annotations

import os
from typing import List, Optional

from wwandoctor.ingest import ingest_text
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot

SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples", "paste")


def sample_text(name: str) -> str:
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as fh:
        return fh.read()


def sample(name: str) -> List[str]:
    """The lines of a sample."""
    return sample_text(name).splitlines()


def sample_block(name: str, command: Optional[str] = None, crlf: bool = False, quote: str = "") -> Block:
    """A sample as one block; each line behind ``quote`` (a mail quote "> ") and ending in "\\r" when ``crlf``."""
    lines = [quote + ln + ("\r" if crlf else "") for ln in sample(name)]
    return Block(lines=lines, command=command, name=name)


def run(mod, lines: List[str], command: Optional[str] = None, snap: Optional[Snapshot] = None, name: str = "t"):
    """(snapshot, lines left, detect score) of parser module ``mod`` on ``lines``."""
    snap = snap or Snapshot(origin="paste")
    blk = Block(lines=list(lines), command=command, name=name)
    return snap, mod.parse(blk, snap), mod.detect(blk)


def load(name: str) -> Snapshot:
    """The whole ingest (splitter, registry, parsers) on a sample."""
    return ingest_text(sample_text(name), name)


def lines_of(snap: Snapshot, origin: str) -> List[str]:
    return [l.text for l in snap.log if l.origin == origin]


def net(snap: Snapshot, name: str):
    return next(n for n in snap.net_interfaces if n.name == name)


def parse(mod, blk: Block, snap: Optional[Snapshot] = None):
    """(snapshot, lines left) of parser module ``mod`` on the block ``blk``."""
    snap = snap or Snapshot(origin="paste")
    return snap, mod.parse(blk, snap)


def read_whole(mod, name: str) -> Snapshot:
    """Parser module ``mod`` on the sample ``name``: it must claim the sample (detect 60 or more) and
    leave none of its lines. Returns the snapshot."""
    blk = sample_block(name)
    assert mod.detect(blk) >= 60
    snap, left = parse(mod, blk)
    assert left == []
    return snap
