"""Files shipped inside the package: the data tables and the rules.

They are read through ``importlib.resources`` (a Traversable), never with
``open()`` on a path built from ``__file__``: in ``wwandoctor.pyz`` (a zip
application) the package directory is not a directory on disk, and
``files()`` then returns a ``zipfile.Path`` with the same ``iterdir`` /
``joinpath`` / ``read_text`` / ``is_dir`` / ``name`` interface as
``pathlib.Path``. A rules directory given on the command line is a plain
``pathlib.Path``.
"""
from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import Optional, Union

from wwandoctor.errors import WwandoctorError


def data_text(name: str) -> str:
    """A packaged table (``wwandoctor/data/<name>``) as text."""
    try:
        return files("wwandoctor.data").joinpath(name).read_text(encoding="utf-8")
    except (OSError, KeyError, ModuleNotFoundError) as exc:  # zipfile.Path raises KeyError
        raise WwandoctorError("packaged table %s is missing (%s): reinstall wwandoctor" % (name, exc))


def shipped_rules():
    """The rules shipped with wwandoctor: package ``wwandoctor.rules`` (the repo's ``rules/``)."""
    try:
        return files("wwandoctor.rules")
    except ModuleNotFoundError:  # a source tree that is not installed
        import wwandoctor
        return Path(os.path.abspath(wwandoctor.__file__)).parent.parent / "rules"


def rules_root(directory: Optional[Union[str, os.PathLike]] = None):
    """``directory`` (from ``--rules``) as a Path; the shipped rules when None."""
    if directory is None:
        return shipped_rules()
    if isinstance(directory, (str, os.PathLike)):
        return Path(os.path.abspath(directory))
    return directory  # already a Traversable
