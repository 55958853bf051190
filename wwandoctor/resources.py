"""Files shipped inside the package: the data tables and the rules.

They are read through a Traversable (:func:`package_files`), never with
``open()`` on a path built by hand: in ``wwandoctor.pyz`` (a zip
application) the package directory is not a directory on disk, and
``importlib.resources.files()`` then returns a ``zipfile.Path`` with the same
``iterdir`` / ``joinpath`` / ``read_text`` / ``is_dir`` / ``name`` interface
as ``pathlib.Path``. Where the package is a folder on disk (pip install, a
checkout) it is a plain ``pathlib.Path``: importing importlib.resources costs
~5 ms (tempfile, random, zipfile...) of every run. A rules directory given on
the command line is a plain ``pathlib.Path``.
"""
from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Optional, Union

from wwandoctor.errors import WwandoctorError


def package_files(package: str):
    """The folder of ``package`` as a Traversable: a ``pathlib.Path`` where it is a folder on disk,
    else ``importlib.resources.files(package)`` (inside wwandoctor.pyz)."""
    where = getattr(importlib.import_module(package), "__file__", None)
    if where and os.path.isfile(where):
        return Path(os.path.dirname(os.path.abspath(where)))
    from importlib.resources import files
    return files(package)


def data_text(name: str) -> str:
    """A packaged table (``wwandoctor/data/<name>``) as text."""
    try:
        return package_files("wwandoctor.data").joinpath(name).read_text(encoding="utf-8")
    except (OSError, KeyError, ModuleNotFoundError) as exc:  # zipfile.Path raises KeyError
        raise WwandoctorError("packaged table %s is missing (%s): reinstall wwandoctor" % (name, exc))


def shipped_rules():
    """The rules shipped with wwandoctor: package ``wwandoctor.rules`` (the repo's ``rules/``)."""
    try:
        return package_files("wwandoctor.rules")
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
