"""Compiled regex programs kept between runs: compiling wwandoctor's own patterns was half of a run.

Python's ``re`` parses a pattern and generates its matching program in Python code; a run of
``analyze`` on one paste compiled ~850 patterns (the kernel-log, tool and prose tables) in
~0.25 s of its ~0.5 s. The program (a list of integers) is what the C engine runs, and
``_sre.compile`` makes a pattern object from it in microseconds. :func:`compile` keeps the
programs of the patterns it compiled in ``$XDG_CACHE_HOME/wwandoctor/regex-<python>.bin``
(:mod:`wwandoctor.usercache`) and builds a pattern from a kept program the next time.

Only patterns written in wwandoctor's code and tables come here (module-level constants, rule
and signature regexes, the prose tables); a pattern made from the input (the redaction of a
value found in it, an interface name) goes to ``re`` and is never written down.

The program format is CPython's and may change with any version: the file is named by the
exact Python version and ``_sre.MAGIC``, a kept program is given to ``_sre.compile``, which
checks it, and anything unexpected (another Python, a damaged file, a missing internal) turns
the cache off for the run and every pattern is compiled by ``re`` as before. Writing is best
effort, as for the rule cache; ``WWANDOCTOR_NO_REGEX_CACHE=1`` neither reads nor writes it.
"""
from __future__ import annotations

import os
import re
import sys
from typing import Dict, Optional, Tuple, Union

MAX_BYTES = 48 << 20  # programs kept (every pattern of a release: ~15 MB); past it a run keeps only what it used
FORMAT = 1

_Key = Tuple[Union[str, bytes], int]
_kept: Optional[Dict[_Key, tuple]] = None  # read from the file on first use; {} when the cache is off
_used: Dict[_Key, tuple] = {}  # programs this run built or read (written back by save())
_new = False  # a pattern this run compiled that the file did not have
_internals = None


def compile(pattern, flags: int = 0) -> "re.Pattern":
    """``re.compile(pattern, flags)``, from the kept program when there is one (``pattern`` must be
    a constant of wwandoctor's, never a text read from the input)."""
    global _new
    if not isinstance(pattern, (str, bytes)) or not _enabled():
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entry = _used.get(key) or _kept.get(key)
    if entry is not None:
        compiled = _from_program(pattern, entry)
        if compiled is not None:
            _used[key] = entry
            return compiled
    compiled, entry = _compile_keeping_program(pattern, int(flags))
    if entry is not None:
        _used[key] = entry
        _new = True
    return compiled


def save() -> None:
    """Write the programs of this run's new patterns to the cache file (nothing when none is new)."""
    global _new
    if not _new or not _enabled():
        return
    from wwandoctor import usercache

    merged = _read_file()  # another run may have written since this one read
    merged.update(_used)
    if sum(len(entry[1]) for entry in merged.values()) > MAX_BYTES:  # patterns of older versions pile up
        merged = dict(_used)
    usercache.store_bytes(_file_name(), _dump(merged), prefix="regex-", keep=4)
    _new = False


# --- the program -----------------------------------------------------------------------------

def _from_program(pattern, entry: tuple):
    _, _, sre = _internals
    flags, program, groups, groupindex, indexgroup = entry
    try:
        return sre.compile(pattern, flags, _code_list(program), groups, groupindex, indexgroup)
    except Exception:  # a program this Python's engine refuses: compile the pattern anew
        return None


def _compile_keeping_program(pattern, flags: int):
    """The pattern object and its cache entry, made the way ``re._compiler.compile`` makes them."""
    parser, compiler, sre = _internals
    try:
        parsed = parser.parse(pattern, flags)
        code = compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (int(flags | parsed.state.flags), _code_bytes(code), parsed.state.groups - 1,
                 groupindex, tuple(indexgroup))
        compiled = _from_program(pattern, entry)
    except re.error:
        raise
    except Exception:  # an internal that changed shape: this pattern is not kept
        compiled = None
    if compiled is None:
        return re.compile(pattern, flags), None
    return compiled, entry


def _code_bytes(code) -> bytes:
    import array

    return array.array("I", code).tobytes()


def _code_list(program: bytes) -> list:
    import array

    code = array.array("I")
    code.frombytes(program)
    return code.tolist()


# --- the file --------------------------------------------------------------------------------

def _enabled() -> bool:
    global _kept
    if _kept is None:
        _kept = _read_file() if _load_internals() else {}
    return _internals is not None


def _load_internals() -> bool:
    """Find re's parser and program generator and check that a pattern made from a kept program
    is the pattern ``re`` makes; anything else leaves the cache off."""
    global _internals
    if os.environ.get("WWANDOCTOR_NO_REGEX_CACHE") or sys.implementation.name != "cpython":
        return False
    try:
        import _sre
        import array

        if array.array("I").itemsize != _sre.CODESIZE:
            return False
        try:
            from re import _compiler as compiler, _parser as parser
        except ImportError:  # Python 3.9, 3.10
            import sre_compile as compiler
            import sre_parse as parser
        _internals = (parser, compiler, _sre)
        probe = r"(?P<word>\w+)\s+(\d+)|x(?=y)"
        made, entry = _compile_keeping_program(probe, re.I)
        plain = re.compile(probe, re.I)
        if entry is None or (made.flags, made.groups, made.groupindex) != (plain.flags, plain.groups, plain.groupindex) \
                or made.match("Abc 12").groups() != plain.match("Abc 12").groups():
            _internals = None
    except Exception:
        _internals = None
    return _internals is not None


def _file_name() -> str:
    import _sre

    return "regex-%s-%s-%d.bin" % (sys.implementation.cache_tag, ".".join(map(str, sys.version_info[:3])), _sre.MAGIC)


def _read_file() -> Dict[_Key, tuple]:
    from wwandoctor import usercache

    data = usercache.load_bytes(_file_name())
    if not data:
        return {}
    try:
        import marshal

        kept = marshal.loads(data)
        if kept.get("format") != FORMAT or kept.get("python") != sys.version:
            return {}
        return {(p, f): tuple(entry) for (p, f), entry in kept["programs"].items()}
    except Exception:  # truncated, another format
        return {}


def _dump(programs: Dict[_Key, tuple]) -> bytes:
    import marshal

    return marshal.dumps({"format": FORMAT, "python": sys.version, "programs": programs})


def forget() -> None:
    """Drop what this run read and built: the next :func:`compile` reads the cache file again."""
    global _kept, _used, _new, _internals
    _kept, _used, _new, _internals = None, {}, False, None
