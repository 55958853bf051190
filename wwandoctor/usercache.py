"""The user's cache folder, ``$XDG_CACHE_HOME/wwandoctor`` (``~/.cache/wwandoctor`` without
XDG_CACHE_HOME), where wwandoctor keeps what it can reuse between runs (the compiled rules, the
tools' versions). A file there is used only when it and its folder belong to the user running
wwandoctor and nobody else can write them; writing is best effort."""
from __future__ import annotations

import os
import stat


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
