"""The compiled rules, kept on disk between runs: parsing the YAML rule files is most of what a
``check`` costs when the rules did not change.

The cache is one file per set of rule files, ``$XDG_CACHE_HOME/wwandoctor/rules-<key>.pickle``
(``~/.cache`` without XDG_CACHE_HOME), where the key is a SHA-256 of wwandoctor's version, the
Python version, every rule file's name and content and the source of the engine, the model,
the causes and the lazy regexes: a changed, added or removed file, or another wwandoctor, makes a
new key. Writing is best effort: a cache that cannot be written (a
read-only or foreign home, a full disk) is skipped silently and the rules are parsed every run.

A pickle runs code when loaded, so a cache file is used only when it and its folder belong to
the user running wwandoctor and nobody else can write them; anything unexpected in it (a
truncated file, an older format) makes it ignored.
"""
from __future__ import annotations

import hashlib
import os
import sys
from typing import List, Optional, Sequence, Tuple

from wwandoctor import usercache

FORMAT = 1
KEEP = 16  # cache files kept, the newest (several checkouts or versions may share one home)


def key(paths: Sequence[str], texts: Sequence[bytes], steps: Sequence[Tuple[str, bytes]] = ()) -> str:
    """The cache key: the rule files, the shared fix steps (``steps``: (path, text)) and the code."""
    from wwandoctor import __version__

    digest = hashlib.sha256(("%s %d %s\0" % (__version__, FORMAT, sys.version)).encode())
    for part in (list(zip(paths, texts)), list(steps), _code()):
        digest.update(b"\0part\0")  # a step file never counts as a rule file of the same name
        for path, text in part:
            digest.update(os.path.basename(path).encode() + b"\0%d\0" % len(text) + text)
    return digest.hexdigest()[:40]


def _code() -> List[Tuple[str, bytes]]:
    """The source of what compiled rules are made of and checked against (the engine, the model's
    fields, the causes, the lazy regexes): a development checkout changes it without a new version. Read through
    a Traversable, so that it works inside wwandoctor.pyz too."""
    from wwandoctor.resources import package_files

    package = package_files("wwandoctor")
    found = []
    for folder in ("engine", "model", ""):
        where = package.joinpath(folder) if folder else package
        try:
            names = sorted(e.name for e in where.iterdir() if e.name.endswith(".py")) if folder else ["causes.py", "lazyregex.py"]
            for name in names:
                found.append((folder + "/" + name, where.joinpath(name).read_bytes()))
        except (OSError, KeyError):  # KeyError: a member missing from a zip
            pass
    return found


def _name(paths: Sequence[str], texts: Sequence[bytes], steps: Sequence[Tuple[str, bytes]]) -> str:
    return "rules-%s.pickle" % key(paths, texts, steps)


def load(paths: Sequence[str], texts: Sequence[bytes], steps: Sequence[Tuple[str, bytes]] = ()) -> Optional[List]:
    """The rules compiled from these files in an earlier run, or None (a family file gives several)."""
    rules = usercache.load_pickle(_name(paths, texts, steps))
    from wwandoctor.engine.rule import Rule
    if not isinstance(rules, list) or len(rules) < len(paths) or not all(isinstance(r, Rule) for r in rules):
        return None
    # the key holds the files' names and content, not their folder: another copy of the same rules
    # (a checkout, the installed package) may have compiled them
    here = {os.path.basename(p): p for p in paths}
    for rule in rules:
        rule.path = here.get(os.path.basename(rule.path), rule.path)
    return rules


def store(paths: Sequence[str], texts: Sequence[bytes], rules: List, steps: Sequence[Tuple[str, bytes]] = ()) -> None:
    """Keep ``rules`` for the next run; silently nothing when the cache cannot be written."""
    usercache.store_pickle(_name(paths, texts, steps), rules, prefix="rules-", keep=KEEP)
