"""Every module of the package compiles without a warning.

An invalid escape in a plain string ('\\s' outside r"...") is a DeprecationWarning today and a SyntaxWarning on
Python 3.12; in a regex it usually still works, by luck, so only the compiler notices it."""
import warnings
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "wwandoctor"
MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_compiles_without_warnings(path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
