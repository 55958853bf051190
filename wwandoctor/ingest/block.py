"""A block: one command's output cut out of a paste by the splitter."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from wwandoctor import regex_cache

# what may stand before the program in a prompt: sudo/doas, a /bin, /sbin, /usr/bin or /usr/sbin path
_BEFORE_PROGRAM = regex_cache.compile(r"^(?:(?:sudo|doas)\s+)?(?:/usr)?(?:/s?bin/)?")


class NoiseRun(list):
    """Raw lines (bytes) of a kernel log the reader held back as noise (see :mod:`.prefilter`)."""


@dataclass
class Block:
    """A run of pasted lines that one parser reads."""
    lines: List[str] = field(default_factory=list)  # without line endings, prompts and quoting removed
    command: Optional[str] = None  # "lsusb -v -d 413c:81a3" when a "$ lsusb ..." prompt line introduced it
    name: str = ""  # input name: a file path or "-"
    first_line: int = 1  # line number of lines[0] in the input
    # Once noise was held back: the index each line of ``lines`` has in the block as read, and the
    # held-back runs with the index of their first line.
    positions: Optional[List[int]] = None
    noise: List[Tuple[int, NoiseRun]] = field(default_factory=list)

    def position(self, i: int) -> int:
        """The index of ``lines[i]`` in the block as read."""
        return self.positions[i] if self.positions is not None else i

    def noise_between(self, i: int, j: int) -> bool:
        """Held-back noise lines stand between ``lines[i]`` and ``lines[j]`` (i < j)."""
        return any(self.position(i) < start < self.position(j) for start, _ in self.noise)

    def line_number(self, i: int) -> int:
        return self.first_line + self.position(i)

    def runs(self, commands: Sequence[str]) -> bool:
        """The prompt above the block runs one of ``commands`` (a parser's COMMANDS: "lsusb",
        "udevadm info", "cat /proc/modules"), maybe behind sudo or a /bin, /sbin, /usr/bin path."""
        cmd = (self.command or "").strip()
        cmd = cmd[_BEFORE_PROGRAM.match(cmd).end():]
        return any(re.match(r"\s+".join(re.escape(w) for w in c.split()) + r"\b", cmd) for c in commands)

    def content(self, limit: int = 200) -> List[str]:
        """The non-blank lines among the first ``limit`` (what detect() scores)."""
        return [ln for ln in self.lines[:limit] if ln.strip()]

    def with_noise(self) -> "Block":
        """The block as read: the held-back noise lines back in their places."""
        if not self.noise:
            return self
        merged: List[str] = []
        runs = iter(self.noise)
        nxt = next(runs, None)
        for i, line in enumerate(self.lines):
            while nxt is not None and nxt[0] < self.position(i):
                merged.extend(decode_noise(nxt[1]))
                nxt = next(runs, None)
            merged.append(line)
        while nxt is not None:
            merged.extend(decode_noise(nxt[1]))
            nxt = next(runs, None)
        return Block(lines=merged, command=self.command, name=self.name, first_line=self.first_line)


def decode_noise(run: List[bytes]) -> List[str]:
    """Noise lines as the reader would have decoded them (they are ASCII without NUL)."""
    return [raw.decode("ascii").rstrip("\r\n") for raw in run]
