"""The user's cache folder, ``$XDG_CACHE_HOME/wwandoctor`` (``~/.cache/wwandoctor`` without
XDG_CACHE_HOME), where wwandoctor keeps what it can reuse between runs (the compiled rules, the
tools' versions, the regex programs). A file there is used only when it and its folder belong to the user running
wwandoctor and nobody else can write them; writing is best effort."""
from __future__ import annotations

import os
import stat
from typing import BinaryIO, Optional


def directory() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "wwandoctor")


def trusted(path: str) -> bool:
    """Owned by this user and writable by nobody else (the file and its folder)."""
    for item in (os.path.dirname(path), path):
        st = os.stat(item)
        if st.st_uid != os.geteuid() or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return False
    return True


def load_pickle(name: str):
    """What :func:`store_pickle` kept as ``name``, or None (missing, untrusted, unreadable, truncated).

    A pickle runs code when loaded: only a :func:`trusted` file is read."""
    import pickle

    data = load_bytes(name)
    try:
        return pickle.loads(data) if data else None
    except Exception:  # truncated, from another format
        return None


def load_bytes(name: str) -> bytes:
    """The content of the cache file ``name``; empty when it is missing, unreadable or not :func:`trusted`."""
    fh = open_trusted(name)
    if fh is None:
        return b""
    with fh:
        try:
            return fh.read()
        except OSError:
            return b""


def open_trusted(name: str) -> Optional[BinaryIO]:
    """The cache file ``name`` open for reading, or None when it is missing, unreadable or not :func:`trusted`."""
    path = os.path.join(directory(), name)
    try:
        return open(path, "rb") if trusted(path) else None
    except OSError:
        return None


def store_pickle(name: str, value, prefix: str, keep: int = 16) -> None:
    """Keep ``value`` as ``name`` for the next run (see :func:`store_bytes`)."""
    import pickle

    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a value that cannot be pickled
        return
    store_bytes(name, data, prefix, keep)


def store_bytes(name: str, data: bytes, prefix: str, keep: int = 16) -> None:
    """Write ``data`` as the cache file ``name``, and keep only the ``keep`` newest files named ``prefix*``
    (other versions, other checkouts); silently nothing when the cache cannot be written."""
    import tempfile

    folder = directory()
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        if not _room_for(folder, len(data)):
            return
        fd, tmp = tempfile.mkstemp(dir=folder, prefix="." + prefix)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, os.path.join(folder, name))
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(folder, prefix, keep, os.path.splitext(name)[1])
    except Exception:  # read-only or foreign home, full disk
        return


MIN_FREE = 64 << 20  # bytes left free on the cache's file system after a write


def _room_for(folder: str, size: int) -> bool:
    """Whether ``size`` bytes can be written without crowding the file system: a router's home is
    on a flash overlay of a few MB, where a cache is not worth the space (nor the wear)."""
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize >= MIN_FREE + 4 * size


def _prune(folder: str, prefix: str, keep: int, suffix: str) -> None:
    found = [os.path.join(folder, n) for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(suffix)]
    found.sort(key=lambda p: os.stat(p).st_mtime, reverse=True)
    for old in found[keep:]:
        os.unlink(old)
