"""uname -a / -r and /proc/version."""
from __future__ import annotations

import ingest_util
from ingest_util import sample
from wwandoctor.ingest import uname


def run(lines, command=None):
    return ingest_util.run(uname, lines, command, name="")


def test_uname_a_real():
    snap, left, score = run(sample("uname-a-em7345.txt"))
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
