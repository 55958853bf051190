"""The shell command an interactive interpreter's expression runs, for a prompt the splitter meets in a paste.

Devices whose only console is an interpreter (Nerves' IEx shell on Elixir systems, a Ruby irb session) run the
usual tools from it:

    iex(1)> cmd("lsusb")                           -> lsusb            (Nerves Toolshed's cmd/1)
    iex(2)> System.cmd("dmesg", [])                -> dmesg            (Elixir System.cmd/3: the program, its args)
    iex(3)> :os.cmd('ip addr')                     -> ip addr          (Erlang os:cmd/1)
    iex(4)> System.find_executable("usb_modeswitch") -> which usb_modeswitch   (nil when it is not on the PATH)
    irb(main):001:0> system("mmcli -L")            -> mmcli -L

so that the output after the prompt is read as that command's. Any other expression is its own command.
"""
from __future__ import annotations

import re
from typing import Optional

from wwandoctor import regex_cache

# the prompt: IEx's "iex(1)>", "iex(node@host)2>", "iex>", Ruby's "irb(main):001:0>"
PROMPT = regex_cache.compile(r"^\s*(?:iex(?:\([\w@.-]*\))?\d*>|irb\(\w+\):\d+:\d+>)\s+(?P<expr>\S.*?)\s*$")
_STRING = r"""(?:~c)?["'](?P<%s>[^"']+)["']"""
# expressions that run a shell command line or one program with its arguments
_RUNS = (regex_cache.compile(r"^(?:Toolshed\.)?cmd\(\s*" + _STRING % "line" + r"\s*\)$"),
         regex_cache.compile(r"^(?::os\.cmd|System\.shell|system|`)\(?\s*" + _STRING % "line"),
         regex_cache.compile(r"^`(?P<line>[^`]+)`$"),
         regex_cache.compile(r"^System\.cmd\(\s*" + _STRING % "program" + r"\s*,\s*\[(?P<args>[^\]]*)\]"))
# expressions that look a program up on the PATH (Elixir System.find_executable/1, Erlang os:find_executable/1,
# Ruby mkmf find_executable): nil or false when it is not there
_LOOKUPS = regex_cache.compile(r"^(?:System\.find_executable|:os\.find_executable|find_executable)\(\s*" + _STRING % "program" + r"\s*\)$")


def command(expression: str) -> str:
    """The shell command ``expression`` runs or looks up, else the expression itself."""
    expr = expression.strip().rstrip(";")
    lookup = _LOOKUPS.match(expr)
    if lookup:
        return "which " + lookup.group("program")
    for regex in _RUNS:
        m = regex.match(expr)
        if m and m.groupdict().get("line"):
            return m.group("line").strip()
        if m and m.groupdict().get("program"):
            args = re.findall(r"""["']([^"']*)["']""", m.group("args"))
            return " ".join([m.group("program")] + args)
    return expr


def prompt_command(line: str) -> Optional[str]:
    """The command of an interpreter's prompt line, or None when ``line`` is none."""
    m = PROMPT.match(line)
    return command(m.group("expr")) if m else None
