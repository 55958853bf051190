"""Progress on standard error, only on a terminal: a bar (rich) while ``analyze`` reads a big input
and while ``check`` waits for its slow sources, and a hint when ``analyze -`` waits for a paste.

Off a terminal (a pipe, a file, CI) nothing is printed, so reports and logs stay clean. rich is
imported only when a bar is really shown (``wwandoctor --version`` must not import it).
"""
from __future__ import annotations

import io
import os
import sys
from typing import BinaryIO, Optional

# inputs at least this big get a bar while they are read
BIG_INPUT_BYTES = 8 * 1024 * 1024
STDIN_HINT = ("wwandoctor: reading pasted text from standard input: paste it, then press Ctrl-D "
              "(Ctrl-Z Enter on Windows terminals) on an empty line")


def on_terminal(stream=None) -> bool:
    stream = stream if stream is not None else sys.stderr
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class Bar:
    """One rich progress bar on stderr; every method is a no-op when stderr is not a terminal."""

    def __init__(self, label: str, total: Optional[float], stream=None):
        self._progress = None
        self._task = None
        stream = stream if stream is not None else sys.stderr
        if not on_terminal(stream):
            return
        from rich.console import Console
        from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn
        columns = [TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn()]
        if label.startswith("reading"):
            columns.insert(2, DownloadColumn())
        else:
            columns.insert(2, TextColumn("{task.completed:.0f}/{task.total:.0f}"))
        self._progress = Progress(*columns, console=Console(file=stream), transient=True)
        self._progress.start()
        self._task = self._progress.add_task(label, total=total)

    def advance(self, amount: float = 1, description: Optional[str] = None) -> None:
        if self._progress is not None:
            kwargs = {"description": description} if description else {}
            self._progress.update(self._task, advance=amount, **kwargs)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


class CountingReader(io.RawIOBase):
    """A binary stream that advances ``bar`` by the bytes read through it."""

    def __init__(self, fh: BinaryIO, bar: Bar):
        super().__init__()
        self.fh = fh
        self.bar = bar

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        data = self.fh.read(len(buf))
        buf[:len(data)] = data
        self.bar.advance(len(data))
        return len(data)

    def close(self) -> None:
        self.bar.close()
        self.fh.close()
        super().close()


def reading(fh: BinaryIO, name: str, size: Optional[int]) -> BinaryIO:
    """``fh`` itself, or (a big input, stderr a terminal) a buffered stream that shows a bar."""
    if size is None or size < BIG_INPUT_BYTES or not on_terminal():
        return fh
    return io.BufferedReader(CountingReader(fh, Bar("reading %s" % os.path.basename(name), size)), 1024 * 1024)


def stdin_hint(stdin=None) -> None:
    """Tell a person at a terminal that ``analyze -`` is waiting for their paste."""
    stdin = stdin if stdin is not None else sys.stdin
    if on_terminal(stdin) and on_terminal():
        print(STDIN_HINT, file=sys.stderr)
