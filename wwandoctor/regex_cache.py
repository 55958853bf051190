"""Compiled regex programs kept between runs: compiling wwandoctor's own patterns was half of a run.

Python's ``re`` parses a pattern and generates its matching program in Python code; a run of
``analyze`` on one paste compiled ~850 patterns (the kernel-log, tool and prose tables) in
~0.25 s of its ~0.5 s. The program (a list of integers) is what the C engine runs, and
``_sre.compile`` makes a pattern object from it in microseconds. :func:`compile` keeps the
programs of the patterns it compiled in ``$XDG_CACHE_HOME/wwandoctor/regex-<python>.bin``
(:mod:`wwandoctor.usercache`) and builds a pattern from a kept program the next time. A run reads
the file's index (a digest of each pattern and its flags, no pattern text) and only the programs it
uses: ~0.6 MB more memory than without the cache, where reading the whole file cost 18 MB.

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

import array
import hashlib
import os
import re
import sys
from typing import BinaryIO, Dict, Optional, Set, Tuple

MAX_BYTES = 48 << 20  # programs kept (every pattern of a release: ~15 MB); past it a run keeps only what it used
FORMAT = 2

_loaded = False
_kept: Optional["_KeptFile"] = None  # the cache file, open while the run uses it
_new: Dict[bytes, tuple] = {}  # programs this run compiled: digest -> (flags, program, groups, groupindex, indexgroup)
_used: Set[bytes] = set()  # programs this run read from the file (kept when the file is cut down)
_internals = None


def compile(pattern, flags: int = 0) -> "re.Pattern":
    """``re.compile(pattern, flags)``, from the kept program when there is one (``pattern`` must be
    a constant of wwandoctor's, never a text read from the input)."""
    if not isinstance(pattern, (str, bytes)) or not _enabled():
        return re.compile(pattern, flags)
    key = _digest(pattern, int(flags))
    entry = _new.get(key) or (_kept.entry(key) if _kept else None)
    if entry is not None:
        compiled = _from_program(pattern, entry)
        if compiled is not None:
            if key not in _new:
                _used.add(key)
            return compiled
    compiled, entry = _compile_keeping_program(pattern, int(flags))
    if entry is not None:
        _new[key] = entry
    return compiled


def save() -> None:
    """Write the programs of this run's new patterns to the cache file (nothing when none is new)."""
    if not _new or not _enabled():
        return
    from wwandoctor import usercache

    on_disk = _KeptFile.open()  # the file as it is now: another run may have written since this one read it
    merged = on_disk.entries() if on_disk else {}
    if on_disk:
        on_disk.close()
    merged.update(_new)
    if sum(len(entry[1]) for entry in merged.values()) > MAX_BYTES:  # patterns of older versions pile up
        merged = {key: entry for key, entry in merged.items() if key in _new or key in _used}
    usercache.store_bytes(_file_name(), _dump(merged), prefix="regex-", keep=4)
    forget()  # the next pattern is looked up in the file just written


def forget() -> None:
    """Drop what this run read and built: the next :func:`compile` opens the cache file again."""
    global _loaded, _kept, _new, _used, _internals
    if _kept is not None:
        _kept.close()
    _loaded, _kept, _new, _used, _internals = False, None, {}, set(), None


def _digest(pattern, flags: int) -> bytes:
    text = b"s" + pattern.encode("utf-8", "surrogatepass") if isinstance(pattern, str) else b"b" + pattern
    return hashlib.blake2b(text + b"\0%d" % flags, digest_size=16).digest()


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
    return array.array("I", code).tobytes()


def _code_list(program: bytes) -> list:
    code = array.array("I")
    code.frombytes(program)
    return code.tolist()


# --- the file --------------------------------------------------------------------------------

def _enabled() -> bool:
    global _loaded, _kept
    if not _loaded:
        _loaded = True
        if _load_internals():
            _kept = _KeptFile.open()
    return _internals is not None


def _load_internals() -> bool:
    """Find re's parser and program generator and check that a pattern made from a kept program
    is the pattern ``re`` makes; anything else leaves the cache off."""
    global _internals
    if os.environ.get("WWANDOCTOR_NO_REGEX_CACHE") or sys.implementation.name != "cpython":
        return False
    try:
        import _sre

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


class _KeptFile:
    """The cache file open for reading: 8 bytes (little-endian length of the header), the header (marshal: format,
    sys.version and the index {digest of pattern and flags: (flags, offset, length, groups, groupindex, indexgroup)}),
    then the programs. A run reads the index and, with pread, only the programs it uses."""

    def __init__(self, fh: BinaryIO, index: Dict[bytes, tuple], data_start: int) -> None:
        self.fh, self.index, self.data_start = fh, index, data_start

    @classmethod
    def open(cls) -> Optional["_KeptFile"]:
        """The cache file with its index read; None when it is missing, untrusted or not this format."""
        from wwandoctor import usercache

        fh = usercache.open_trusted(_file_name())
        if fh is None:
            return None
        try:
            import marshal

            size = int.from_bytes(os.pread(fh.fileno(), 8, 0), "little")
            header = marshal.loads(os.pread(fh.fileno(), size, 8))
            if header.get("format") == FORMAT and header.get("python") == sys.version and header["index"]:
                return cls(fh, dict(header["index"]), 8 + size)
        except Exception:  # truncated, another format
            pass
        fh.close()
        return None

    def entry(self, key: bytes) -> Optional[tuple]:
        """The kept program of ``key`` as (flags, program, groups, groupindex, indexgroup), or None."""
        meta = self.index.get(key)
        if meta is None:
            return None
        flags, offset, length, groups, groupindex, indexgroup = meta
        try:
            program = os.pread(self.fh.fileno(), length, self.data_start + offset)
        except OSError:
            return None
        return (flags, program, groups, groupindex, indexgroup) if len(program) == length else None

    def entries(self) -> Dict[bytes, tuple]:
        """Every program the file holds."""
        return {key: entry for key, entry in ((key, self.entry(key)) for key in self.index) if entry is not None}

    def close(self) -> None:
        self.fh.close()


def _dump(programs: Dict[bytes, tuple]) -> bytes:
    import marshal

    index, blobs, offset = {}, [], 0
    for key, (flags, program, groups, groupindex, indexgroup) in programs.items():
        index[key] = (flags, offset, len(program), groups, groupindex, indexgroup)
        blobs.append(program)
        offset += len(program)
    header = marshal.dumps({"format": FORMAT, "python": sys.version, "index": index})
    return len(header).to_bytes(8, "little") + header + b"".join(blobs)
