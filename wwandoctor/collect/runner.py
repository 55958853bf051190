"""The one runner for every external command the collectors start.

``run(["mmcli", "-L", "-J"], timeout=2.0)`` returns a :class:`CommandResult`
and never raises. ``status`` is one of:

* ``ok``                the command ran (look at ``returncode`` too)
* ``tool-missing``      the program is not installed
* ``permission-denied`` the program could not be executed
* ``timeout``           it did not finish in time (it was killed)
* ``error``             anything else (``stderr`` says what)

No shell is involved and stdin is /dev/null. Tests replace the runner with
``replaced_runner(fake)``; ``fake(argv, timeout)`` returns a CommandResult.

The collectors only run read-only commands: never qmicli/mbimcli on a device
port (only ``--version``), nothing that writes to a modem.
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import threading
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, List, Optional, Sequence


@dataclass
class CommandResult:
    """How an external command ended, and what it printed."""
    status: str  # ok | tool-missing | permission-denied | timeout | error
    returncode: Optional[int] = None
    stdout: str = ""
    stderr: str = ""

    @property
    def succeeded(self) -> bool:
        return self.status == "ok" and self.returncode == 0


RunnerFn = Callable[[Sequence[str], float], CommandResult]

# Commands get a C locale so that their messages match the documented strings.
_ENV_OVERRIDES = {"LC_ALL": "C", "LANG": "C", "SYSTEMD_PAGER": "", "PAGER": "cat", "SYSTEMD_COLORS": "0"}


def _env() -> dict:
    env = dict(os.environ)
    env.update(_ENV_OVERRIDES)
    return env


def subprocess_runner(argv: Sequence[str], timeout: float = 5.0) -> CommandResult:
    """Run ``argv`` for real; never raises."""
    try:
        proc = subprocess.run(
            list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            timeout=timeout, env=_env(), check=False)
    except FileNotFoundError:
        return CommandResult("tool-missing", None, "", "%s: not found" % argv[0])
    except PermissionError as exc:
        return CommandResult("permission-denied", None, "", "%s: %s" % (argv[0], exc.strerror or exc))
    except subprocess.TimeoutExpired as exc:
        return CommandResult("timeout", None, _text(exc.stdout), "%s: no answer within %.1f s" % (argv[0], timeout))
    except (OSError, ValueError, subprocess.SubprocessError) as exc:
        return CommandResult("error", None, "", "%s: %s" % (argv[0], exc))
    return CommandResult("ok", proc.returncode, _text(proc.stdout), _text(proc.stderr))


def _text(data) -> str:
    if data is None:
        return ""
    if isinstance(data, str):
        return data
    return data.decode("utf-8", errors="replace")


_runner: RunnerFn = subprocess_runner


def run(argv: Sequence[str], timeout: float = 5.0) -> CommandResult:
    """Run a command through the current runner; never raises."""
    try:
        return _runner(argv, timeout)
    except Exception as exc:  # a broken fake runner must not crash a collector
        return CommandResult("error", None, "", "%s: %s" % (argv[0] if argv else "?", exc))


class LineStream:
    """Iterate over the stdout lines of a command; ``result`` holds the status afterwards."""

    def __init__(self, argv: Sequence[str], timeout: float = 10.0):
        self.argv = list(argv)
        self.timeout = timeout
        self.result = CommandResult("error", None, "", "not run")

    def __iter__(self) -> Iterator[str]:
        if _runner is not subprocess_runner:
            self.result = run(self.argv, self.timeout)
            yield from self.result.stdout.splitlines()
            return
        yield from self._stream_real()

    def _stream_real(self) -> Iterator[str]:
        try:
            proc = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=_env())
        except FileNotFoundError:
            self.result = CommandResult("tool-missing", None, "", "%s: not found" % self.argv[0])
            return
        except PermissionError as exc:
            self.result = CommandResult("permission-denied", None, "", "%s: %s" % (self.argv[0], exc.strerror))
            return
        except OSError as exc:
            self.result = CommandResult("error", None, "", "%s: %s" % (self.argv[0], exc))
            return
        timed_out = []

        def kill():
            timed_out.append(True)
            proc.kill()

        timer = threading.Timer(self.timeout, kill)
        timer.start()
        try:
            for raw in proc.stdout:
                yield raw.decode("utf-8", errors="replace").rstrip("\n")
        finally:
            if proc.poll() is None:  # the consumer stopped early
                proc.kill()
            stderr = proc.stderr.read().decode("utf-8", errors="replace")
            proc.wait()
            timer.cancel()
            proc.stdout.close()
            proc.stderr.close()
        if timed_out:
            self.result = CommandResult("timeout", None, "", "%s: no end within %.1f s" % (self.argv[0], self.timeout))
        else:
            self.result = CommandResult("ok", proc.returncode, "", stderr)


class Background:
    """``fn(*args)`` running in its own thread; ``result()`` waits for it and returns its value or
    raises its exception. Plain threads: the collectors wait on programs, and concurrent.futures
    would import logging (~4 ms of every check)."""

    def __init__(self, fn: Callable[..., Any], *args: Any):
        self._value: Any = None
        self._error: Optional[BaseException] = None
        self._thread = threading.Thread(target=self._work, args=(fn,) + args, daemon=True)
        self._thread.start()

    def _work(self, fn: Callable[..., Any], *args: Any) -> None:
        try:
            self._value = fn(*args)
        except BaseException as exc:  # handed to the thread that asks for the result
            self._error = exc

    def result(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def in_threads(fn: Callable[[Any], Any], items: Iterable[Any], limit: int = 8) -> List[Any]:
    """``[fn(item) for item in items]``, at most ``limit`` calls at a time, each in its own thread."""
    items = list(items)
    results: List[Any] = []
    for start in range(0, len(items), limit):
        running = [Background(fn, item) for item in items[start:start + limit]]
        results.extend(job.result() for job in running)
    return results


def is_real() -> bool:
    """True when commands really run (no test runner replaced it)."""
    return _runner is subprocess_runner


def set_runner(fn: Optional[RunnerFn]) -> RunnerFn:
    """Replace the runner (None restores the real one); returns the previous runner."""
    global _runner
    previous = _runner
    _runner = fn if fn is not None else subprocess_runner
    return previous


@contextlib.contextmanager
def replaced_runner(fn: RunnerFn):
    """``with replaced_runner(fake): ...`` runs every command through ``fake``."""
    previous = set_runner(fn)
    try:
        yield fn
    finally:
        set_runner(previous)


def fake_runner(table: dict, default: Optional[CommandResult] = None) -> RunnerFn:
    """A runner for tests: ``{("mmcli", "-L", "-J"): CommandResult(...)}`` or keyed by program name.

    Unlisted commands give ``default`` (tool-missing by default). ``calls``
    on the returned function records every argv.
    """
    calls: List[List[str]] = []

    def fake(argv: Sequence[str], timeout: float = 5.0) -> CommandResult:
        calls.append(list(argv))
        for key in (tuple(argv), argv[0]):
            if key in table:
                value = table[key]
                return value(argv, timeout) if callable(value) else value
        return default or CommandResult("tool-missing", None, "", "%s: not found" % argv[0])

    fake.calls = calls  # type: ignore[attr-defined]
    return fake
