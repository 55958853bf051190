"""uname -a / -r and /proc/version."""
from __future__ import annotations

import os

from wwandoctor.ingest import uname
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot

SAMPLES = os.path.join(os.path.dirname(__file__), "samples", "paste")


def run(lines, command=None):
    snap = Snapshot(origin="paste")
    blk = Block(lines=lines, command=command)
    return snap, uname.parse(blk, snap), uname.detect(blk)


def test_uname_a_real():
    with open(os.path.join(SAMPLES, "uname-a-em7345.txt"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    snap, left, score = run(lines)
    assert score >= 80 and left == []
    assert snap.kernel.release == "3.15-rc8-amd64"
    assert snap.kernel.version_line.startswith("Linux zoro 3.15-rc8-amd64 #1 SMP")


def test_proc_version_and_uname_r():
    line = ("Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, "
            "GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)")
    snap, left, score = run([line])
    assert score >= 80 and snap.kernel.release == "6.1.0-18-amd64" and left == []
    snap, left, score = run(["5.15.0-91-generic"], command="uname -r")
    assert score >= 90 and snap.kernel.release == "5.15.0-91-generic"


def test_bare_version_without_command_not_claimed():
    snap, left, score = run(["5.15.0-91-generic"])
    assert score == 0
    assert left == ["5.15.0-91-generic"] and snap.kernel.release is None
    snap, left, score = run(["Linux is great"])
    assert score == 0 and left == ["Linux is great"]
