"""Writing files that may hold identifiers: readable by their owner only.

A report or snapshot is written to a temporary file (created 0600 in the
target's directory) and renamed over the target. The rename replaces a
symlink at the target instead of following it, and an existing target does
not keep its old mode: the result is always a fresh 0600 file.
"""
from __future__ import annotations

import os
import sys
import tempfile


def write_private(path: str, text: str) -> None:
    """Write ``text`` to ``path`` as a new 0600 file (through a temporary file and a rename)."""
    if os.path.isdir(path) and not os.path.islink(path):
        raise IsADirectoryError(21, "Is a directory", path)
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix="." + os.path.basename(path) + ".", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def make_private_dir(path: str) -> None:
    """Create directory ``path`` (and its parents) with mode 0700 for the last one.

    An existing directory is kept as it is; a note says when others can read it.
    """
    if not os.path.isdir(path):
        os.makedirs(path, mode=0o700)
        os.chmod(path, 0o700)
        return
    mode = os.stat(path).st_mode & 0o777
    if mode & 0o077:
        print("wwandoctor: note: %s is readable by others (mode %04o); the files written into it are 0600"
              % (path, mode), file=sys.stderr)
