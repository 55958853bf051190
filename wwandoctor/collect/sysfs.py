"""Small, never-raising readers for sysfs and /proc files, shared by the live collectors.

Every collector makes one :class:`Reader` and reads through it. A missing file
is *unknown* (``None``); an unreadable one is also ``None`` but is remembered in
``Reader.denied`` so the collector can report ``permission-denied`` while the
rest of its data stays usable. Values are stripped of the trailing newline
sysfs adds (``/sys/bus/usb/devices/1-7/idVendor`` reads ``"413c\\n"``).

``root`` lets tests point the readers at a temporary directory tree: every
absolute path such as ``/sys/class/net`` is looked up under it.
"""
from __future__ import annotations

import os
from typing import Dict, List, Optional

from wwandoctor.collect.context import below

# How many denied paths a status detail names.
_DETAIL_PATHS = 3


class Reader:
    """Reads files below ``root`` and records which ones were not permitted."""

    def __init__(self, root: str = "/"):
        self.root = root
        self.denied: List[str] = []

    def path(self, path: str) -> str:
        """The real location of an absolute ``path`` (``/sys/...``) under ``root``."""
        return below(self.root, path)

    def _denied(self, path: str) -> None:
        if path not in self.denied:
            self.denied.append(path)

    def text(self, path: str) -> Optional[str]:
        """File content without the trailing newline; None when absent or unreadable."""
        data = self.raw(path)
        if data is None:
            return None
        return data.decode("utf-8", "replace").rstrip("\n")

    def raw(self, path: str) -> Optional[bytes]:
        """File content as bytes (binary attributes like ``descriptors``)."""
        try:
            with open(self.path(path), "rb") as fh:
                return fh.read()
        except PermissionError:
            self._denied(path)
        except OSError:  # absent, or EINVAL/EIO from attributes such as carrier of a down link
            pass
        return None

    def value(self, path: str) -> Optional[str]:
        """Stripped text, None when absent or empty after stripping spaces."""
        text = self.text(path)
        if text is None:
            return None
        text = text.strip()
        return text if text else None

    def fill(self, obj, path: str, attrs) -> None:
        """Set the fields of ``obj`` from the attribute files below ``path`` (a table of
        decode/sysfs_attrs.py); a missing or unreadable file leaves its field None."""
        for attr in attrs:
            raw = self.text("%s/%s" % (path, attr.name))
            setattr(obj, attr.field, attr.convert(raw) if raw is not None else None)

    def integer(self, path: str, base: int = 10) -> Optional[int]:
        """An integer attribute (``mtu``, ``bNumEndpoints`` with base 16...); None if absent or garbled."""
        text = self.value(path)
        if text is None:
            return None
        try:
            return int(text, base)
        except ValueError:
            return None

    def flag(self, path: str) -> Optional[bool]:
        """A Y/N or 1/0 attribute as a bool."""
        text = self.value(path)
        if text in ("Y", "y", "1"):
            return True
        if text in ("N", "n", "0"):
            return False
        return None

    def link_name(self, path: str) -> Optional[str]:
        """Basename of a symlink's target (``driver`` links); "" when the link is absent."""
        try:
            return os.path.basename(os.readlink(self.path(path)))
        except FileNotFoundError:
            return ""
        except PermissionError:
            self._denied(path)
        except OSError:
            pass
        return None

    def uevent(self, sys_path: str) -> Dict[str, str]:
        """KEY=VALUE lines of a device's ``uevent`` file (empty when unreadable)."""
        props = {}
        for line in (self.text(sys_path + "/uevent") or "").splitlines():
            key, sep, value = line.partition("=")
            if sep:
                props[key] = value
        return props

    def listdir(self, path: str) -> Optional[List[str]]:
        """Sorted entries of a directory; None when it is absent or unreadable."""
        try:
            return sorted(os.listdir(self.path(path)))
        except PermissionError:
            self._denied(path)
        except OSError:
            pass
        return None

    def exists(self, path: str) -> bool:
        return os.path.lexists(self.path(path))

    def isdir(self, path: str) -> bool:
        return os.path.isdir(self.path(path))

    def realpath(self, path: str) -> str:
        """Resolved absolute path, expressed without ``root`` (as /sys/...)."""
        real = os.path.realpath(self.path(path))
        if self.root in ("", "/"):
            return real
        root = os.path.realpath(self.root)
        if real.startswith(root + os.sep):
            return "/" + os.path.relpath(real, root)
        return real

    def status(self, what: str = "") -> tuple:
        """(status, detail) for Snapshot.set_source: permission-denied if anything was refused."""
        if self.denied:
            shown = ", ".join(self.denied[:_DETAIL_PATHS])
            more = len(self.denied) - _DETAIL_PATHS
            if more > 0:
                shown += " and %d more" % more
            return "permission-denied", "cannot read %s" % shown
        return "ok", what
