"""What an install must hold, and a clean copy of this checkout to build it from.

``shipped_files()`` lists every file of the package as the source tree has
it: ``wwandoctor/**`` as is and the top-level ``rules/**`` as
``wwandoctor/rules/**`` (setup.py maps it), without caches. A wheel or a
``.pyz`` that lacks one of them is broken, whatever setup.py or pyproject say.
``clean_copy()`` copies the checkout without build/, dist/, .venv or caches,
so that a stale ``build/lib`` cannot put back a file the packaging left out.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import Set

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE_TREES = (("wwandoctor", "wwandoctor"), ("rules", "wwandoctor/rules"))
SKIP_DIRS = {"__pycache__", ".pytest_cache"}
TOP_SKIP = {".git", ".venv", "build", "dist", "tests", "reports"}


def shipped_files() -> Set[str]:
    """Paths (``/``-separated, as in a zip) of every file the installed package must hold."""
    found = set()
    for source, installed in PACKAGE_TREES:
        top = os.path.join(REPO, source)
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
            rel = os.path.relpath(dirpath, top)
            for name in filenames:
                if not name.endswith((".pyc", ".pyo")):
                    found.add("/".join(p for p in (installed, rel, name) if p != "."))
    return found


def clean_copy(destination: str) -> str:
    """This checkout's files as a fresh clone has them (plus uncommitted edits), under ``destination``."""
    def ignore(directory, names):
        return [n for n in names if n in SKIP_DIRS or n.endswith(".egg-info")
                or (os.path.abspath(directory) == REPO and n in TOP_SKIP)]
    shutil.copytree(REPO, destination, ignore=ignore)
    return destination


def pip(*args: str, python: str = sys.executable) -> None:
    proc = subprocess.run([python, "-m", "pip", "--disable-pip-version-check", "-q"] + list(args),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    assert proc.returncode == 0, "pip %s failed:\n%s" % (" ".join(args), proc.stdout[-3000:])
