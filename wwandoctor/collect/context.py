"""What every live collector is given: where the machine's files are (``Context``).

Each collector module of ``wwandoctor.collect`` declares ``SOURCE`` (the source recorded when it
fails), ``READS`` (the files and commands it reads), ``THREAD`` (True: it starts programs or
reads logs, so it runs in a thread of its own) and one function ``collect(snap, ctx)`` that fills
its part of the snapshot and records its sources. ``collect_all`` finds them by walking the package.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional


def below(root: str, path: str) -> str:
    """The real location of an absolute ``path`` of the machine whose files are below ``root``."""
    if root in ("", "/"):
        return path
    return os.path.join(root, path.lstrip("/"))


@dataclass(frozen=True)
class Context:
    """The machine a collector reads: its files below ``root`` (``/``; a test-bed's or a bundle's
    directory), the kernel ``release`` whose /lib/modules is read (default: the running kernel's).
    ``modules_dir`` and ``kmsg`` put one of those paths elsewhere (tests); ``files`` moves the
    configuration files and /lib/modules of a live collection ($WWANDOCTOR_ROOT, :func:`files_root`)."""
    root: str = "/"
    release: Optional[str] = None
    modules_dir: Optional[str] = None
    kmsg: Optional[str] = None
    files: Optional[str] = None  # configuration files and /lib/modules below this directory instead

    def files_root(self) -> str:
        """Where configuration files are read: ``files`` ($WWANDOCTOR_ROOT), else ``root``."""
        return self.files or self.root

    def path(self, path: str) -> str:
        """The real location of an absolute ``path`` (``/proc``) below ``root``."""
        return below(self.root, path)

    def kernel_release(self) -> str:
        return self.release or os.uname().release

    def modules_path(self) -> str:
        """/lib/modules/<release> below ``root``, unless ``modules_dir`` says otherwise."""
        if self.modules_dir is not None:
            return self.modules_dir
        if self.files:
            return os.path.join(self.files, "lib", "modules", self.kernel_release())
        return self.path("/lib/modules/%s" % self.kernel_release())

    def kmsg_path(self) -> str:
        return self.kmsg if self.kmsg is not None else self.path("/dev/kmsg")
