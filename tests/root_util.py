"""What the collector tests share: a file written under a fake root folder, as the collector reads it
(``Context(root=...)``)."""
from __future__ import annotations

import os


def write(root, path: str, text: str) -> str:
    """Write ``text`` at ``path`` (an absolute path of the machine, "/etc/...") under ``root``; the file's path."""
    full = os.path.join(str(root), path.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as fh:
        fh.write(text)
    return full
