"""A block: one command's output cut out of a paste by the splitter."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class Block:
    lines: List[str] = field(default_factory=list)  # without line endings, prompts and quoting removed
    command: Optional[str] = None  # "lsusb -v -d 413c:81a3" when a "$ lsusb ..." prompt line introduced it
    name: str = ""  # input name: a file path or "-"
    first_line: int = 1  # line number of lines[0] in the input
