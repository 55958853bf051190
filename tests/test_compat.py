"""Failing machines are often old: the package must run on Python 3.9 (checked with vermin, and for the
``X | Y`` type unions vermin does not see, by reading the annotations)."""
import ast
import os
import shutil
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = os.path.join(REPO, "wwandoctor")


def test_package_runs_on_python_3_9():
    vermin = shutil.which("vermin") or os.path.join(os.path.dirname(sys.executable), "vermin")
    if not os.path.exists(vermin):
        if os.environ.get("CI"):
            pytest.fail("vermin is not installed (pip install -e '.[test]')", pytrace=False)
        pytest.skip("vermin is not installed")
    proc = subprocess.run([vermin, "-t=3.9-", "--violations", "--no-tips", "--eval-annotations",
                           PACKAGE, os.path.join(REPO, "rules")],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    assert proc.returncode == 0, proc.stdout[-3000:]


# --- X | Y unions (3.10): vermin's check for them is off by default and takes every "a | b" for one -----

def _typed(tree):
    """The expressions that name types: annotations (of arguments, returns and variables) and the
    second argument of isinstance / issubclass."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            for arg in args.posonlyargs + args.args + args.kwonlyargs + [a for a in (args.vararg, args.kwarg) if a]:
                if arg.annotation is not None:
                    yield arg.annotation
            if node.returns is not None:
                yield node.returns
        elif isinstance(node, ast.AnnAssign):
            yield node.annotation
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
              and node.func.id in ("isinstance", "issubclass") and len(node.args) == 2):
            yield node.args[1]


def _has_union(expr) -> bool:
    """``X | Y`` in a type expression, also in a string annotation (typing.get_type_hints evaluates those:
    engine/fields.py does on the model's dataclasses)."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        try:
            expr = ast.parse(expr.value, mode="eval").body
        except SyntaxError:
            return False
    return any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr) for n in ast.walk(expr))


def union_types(source: str):
    """The line numbers of ``X | Y`` type unions in ``source``."""
    return [expr.lineno for expr in _typed(ast.parse(source)) if _has_union(expr)]


def test_no_union_type_syntax():
    found = []
    for folder, _, files in os.walk(PACKAGE):
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as fh:
                    found += ["%s:%d" % (os.path.relpath(path, REPO), line) for line in union_types(fh.read())]
    assert found == [], "X | Y needs Python 3.10; use Optional[X] / Union[X, Y]: %s" % ", ".join(found)


@pytest.mark.parametrize("source,lines", [
    ("def f(x: int | None) -> None: pass", [1]),
    ("def f(x) -> 'list[int] | None': pass", [1]),
    ("class C:\n    a: 'str | None' = None", [2]),
    ("ok = isinstance(x, int | str)", [1]),
    ("def f(x: Optional[int], flags=os.O_RDONLY | os.O_NONBLOCK) -> Union[int, str]: pass", []),
    ("ok = isinstance(x, (int, str)) and mode & (S_IWGRP | S_IWOTH)", []),
])
def test_the_union_check_finds_unions_and_only_them(source, lines):
    assert union_types(source) == lines
