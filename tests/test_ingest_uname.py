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


def test_uname_a_cut_by_a_mail_wrap_keeps_its_end():
    # a Synology DSM 7.3 post's uname -a, cut at 72 columns as a mail or a narrow page shows it
    lines = ["Linux SYNEK 4.4.302+ #86009 SMP Wed Nov 26 18:19:17 CST 2025 x86_64",
             "GNU/Linux synology_geminilake_220+"]
    snap, left, score = run(lines)
    assert score >= 80 and left == []
    assert snap.kernel.version_line == " ".join(lines)
    snap, left, score = run(["Linux raspberrypi 6.1.21-v8+ #1642 SMP PREEMPT Mon Apr  3 17:24:16 BST 2023",
                             "aarch64 GNU/Linux"])
    assert left == [] and snap.kernel.version_line.endswith("2023 aarch64 GNU/Linux")
    # a whole uname -a line is not continued by the next line, nor by a line that is no end of it
    snap, left, score = run(["Linux zoro 3.15-rc8-amd64 #1 SMP Debian 3.15~rc8-1~exp1 (2014-06-03) x86_64 GNU/Linux",
                             "GNU/Linux synology_geminilake_220+"])
    assert left == ["GNU/Linux synology_geminilake_220+"]
    snap, left, score = run(["Linux SYNEK 4.4.302+ #86009 SMP Wed Nov 26 18:19:17 CST 2025 x86_64",
                             "the modem is not found"])
    assert left == ["the modem is not found"]
