"""The running kernel is not the one the post says is installed: the update never reached the boot partition.

A distribution that keeps only the newest kernel's modules (Arch Linux ARM / DanctNIX on the PinePhone,
Arch, Manjaro) replaces /usr/lib/modules/<old release> when the kernel package is updated. When the new
kernel image was written to an unmounted /boot (or the machine was not rebooted), the old kernel keeps
running with no modules for it, so the modem, audio and Wi-Fi drivers do not load. Seen as two releases
of one kernel flavour that differ::

    - Kernel Version : 6.7.7-1-danctnix          (what the post states: the installed package)
    My current `uname -r` is
    6.7.4-2-danctnix                             (the running kernel)

Only full releases count (``X.Y.Z-<build>-<flavour>`` or ``X.Y.Z-<flavour>``), both of one flavour; a release
the sentence puts behind the person ("worked on 6.1.0-17-amd64") is not a stated one. The post's
``ls /usr/lib/modules`` (what a maintainer asks for next) settles it: without the running release's
directory it shows the mismatch; with it, the modules are there and nothing is concluded.
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from wwandoctor import regex_cache
from wwandoctor.model.prose_kernel import not_now
from wwandoctor.snapshot import Snapshot, placed

# a full kernel release with a local/flavour part: "6.7.4-2-danctnix", "6.1.0-18-amd64", "5.15.0-91-generic"
_RELEASE_RE = regex_cache.compile(r"(?<![\w.-])(\d\.\d{1,2}\.\d{1,3}(?:-[\w.+~]+)*-([A-Za-z][\w+~]*))(?![\w.-])")
# a line that names the running kernel: uname's own command
_UNAME_RE = regex_cache.compile(r"\buname\s+-[a-z]*[ra]\b")
# a line that states a kernel release in words, or lists /lib/modules
_STATED_RE = regex_cache.compile(r"\bkernel\b|\blinux-image\b|/lib/modules\b", re.I)
# the command that lists the installed kernels' module directories
_LS_MODULES_RE = regex_cache.compile(r"\bls\b[^\n]*?(?:/usr)?/lib/modules/?(?:\s|`|$)")
_FENCE_RE = regex_cache.compile(r"^\s*(?:```\S*|~~~)\s*$")


def running_not_stated(snap: Snapshot) -> Optional[Tuple[str, str, str]]:
    """``(running, stated, evidence)`` when the running release and a release the post states as its
    kernel are both shown, of one flavour, and differ; else None."""
    lines = _lines(snap)
    running = _running(snap, lines)
    if not running:
        return None
    release, shown_by = running
    stated = _stated(lines, release)
    if not stated:
        return None
    other, sentence = stated
    return release, other, "running kernel %s (%s); the post states kernel %s: %s" % (
        release, shown_by, other, sentence.strip()[:160])


def _lines(snap: Snapshot) -> List[Tuple[str, str]]:
    """``[(input name, text)]`` of the lines nobody understood (commands typed included), code fences left out."""
    out: List[Tuple[str, str]] = []
    seen = set()
    parts = [ln for block in snap.unrecognized for ln in block.split("\n")] + list(snap.prose)
    for part in parts:
        where, _line, text = placed(part)
        if not _FENCE_RE.match(text) and (where, text) not in seen:
            seen.add((where, text))
            out.append((where, text))
    return out


def _running(snap: Snapshot, lines: List[Tuple[str, str]]) -> Optional[Tuple[str, str]]:
    """The running release: uname output the parser read, else a release on a ``uname -r`` line or the
    first line after it (a release alone on its line, as the command prints it)."""
    if snap.kernel.release and _RELEASE_RE.fullmatch(snap.kernel.release.strip()):
        return snap.kernel.release.strip(), "uname"
    for i, (where, text) in enumerate(lines):
        if not _UNAME_RE.search(text):
            continue
        after = _RELEASE_RE.search(text[_UNAME_RE.search(text).end():])
        if after:
            return after.group(1), "uname -r in the post"
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt and nxt[0] == where:
            m = _RELEASE_RE.fullmatch(nxt[1].strip())
            if m:
                return m.group(1), "uname -r in the post"
    return None


def _listed(lines: List[Tuple[str, str]]) -> Optional[List[str]]:
    """The releases an ``ls /lib/modules`` (or /usr/lib/modules) in the post lists: the lines after the
    command, up to the next line that holds no release; None when no such listing is shown."""
    for i, (where, text) in enumerate(lines):
        if not _LS_MODULES_RE.search(text):
            continue
        found = []
        for other_where, other in lines[i + 1:i + 8]:
            releases = [m.group(1) for m in _RELEASE_RE.finditer(other)]
            if other_where != where or not releases:
                break
            found += releases
        return found or None
    return None


def _stated(lines: List[Tuple[str, str]], running: str) -> Optional[Tuple[str, str]]:
    """The first release of the running one's flavour, other than it, that a line states as its kernel, or
    that the post's ``ls /lib/modules`` lists while it lacks the running one's directory. A listing that holds
    the running release says its modules are there: nothing is concluded then."""
    flavour = _RELEASE_RE.fullmatch(running).group(2)
    listed = _listed(lines)
    if listed is not None:
        if running in listed:
            return None
        other = next((r for r in listed if _RELEASE_RE.fullmatch(r).group(2) == flavour), None)
        if other:
            return other, "ls /lib/modules lists %s and no %s" % (", ".join(listed), running)
    for _where, text in lines:
        if _UNAME_RE.search(text) or not _STATED_RE.search(text):
            continue
        for m in _RELEASE_RE.finditer(text):
            if m.group(1) == running or m.group(2) != flavour:
                continue
            if not_now(text, m.start()):
                continue
            return m.group(1), text
    return None
