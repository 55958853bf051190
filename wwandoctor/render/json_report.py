"""The json format: exactly the report dict (DESIGN.md section 5 plus the extra keys).

Non-ASCII and control characters are escaped by json.dumps, so the output
never holds a raw terminal escape sequence.
"""
from __future__ import annotations

import json
from typing import Any, Dict


def render(report: Dict[str, Any]) -> str:
    return json.dumps(report, indent=2) + "\n"
