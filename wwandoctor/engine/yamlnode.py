"""Reading YAML with line numbers, so every rule-file error can say ``file:line: problem``.

Rule and rule-test files are parsed with ``yaml.compose`` (nodes keep their
start line); values are built from the nodes with PyYAML's safe constructor.
Composing uses libyaml (``yaml.CSafeLoader``) when PyYAML was built with it:
the pure-Python composer takes most of ``check``'s time on the shipped rules.
"""
from __future__ import annotations

import os
from typing import Any, Dict, List, Sequence, Tuple

import yaml

from wwandoctor.errors import RuleError

# libyaml's composer is about 10x faster; its nodes and marks (line, index) are the same.
COMPOSE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def display_path(path: str) -> str:
    """The path as the user should see it: relative to the working directory when below it."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


class Source:
    """One YAML file being read; makes ``file:line: problem`` errors."""

    def __init__(self, path: str):
        self.path = path
        self.name = display_path(path)
        self._loader = yaml.SafeLoader("")
        self.text_in_file = ""

    def error(self, node, problem: str, needle: str = "") -> RuleError:
        """``file:line: problem``; with ``needle``, the line of that text inside the node."""
        line = node.start_mark.line + 1 if node is not None else 1
        if node is not None and needle:
            raw = self.text_in_file[node.start_mark.index:node.end_mark.index]
            at = raw.find(needle)
            if at >= 0:
                line += raw.count("\n", 0, at)
        return RuleError("%s:%d: %s" % (self.name, line, problem))

    def parse(self, text: str):
        """The root node; a syntax error becomes a RuleError with its line."""
        self.text_in_file = text
        try:
            node = yaml.compose(text, Loader=COMPOSE_LOADER)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            raise RuleError("%s:%d: YAML syntax error: %s" % (self.name, line, exc.problem or exc))
        except yaml.YAMLError as exc:
            raise RuleError("%s:1: YAML error: %s" % (self.name, exc))
        if node is None:
            raise RuleError("%s:1: the file is empty" % self.name)
        return node

    def written(self, node) -> str:
        """The node's text as written in the file (comments inside kept), its first line's
        indentation removed from every line."""
        raw = self.text_in_file[node.start_mark.index:node.end_mark.index].rstrip()
        col = node.start_mark.column
        lines = raw.split("\n")
        rest = [ln[col:] if not ln[:col].strip() else ln.lstrip() for ln in lines[1:]]
        return "\n".join([lines[0]] + rest)

    def value(self, node) -> Any:
        """The Python value of a node (scalars, lists, mappings)."""
        try:
            return self._loader.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            raise self.error(node, "cannot read this value: %s" % exc)

    def keyed(self, node, what: str, allowed: Sequence[str], required: Sequence[str],
              unknown: str = "unknown key %r (allowed: %s)", missing: str = "missing key %r") -> Dict[str, Tuple[Any, Any]]:
        """A mapping node's ``{key: (key_node, value_node)}``; a key outside ``allowed`` is an error at its
        line (``unknown`` % (key, allowed)), a ``required`` key that is absent one at the mapping's
        (``missing`` % key)."""
        items = {k: (kn, vn) for k, kn, vn in self.mapping(node, what)}
        for key, (knode, _) in items.items():
            if key not in allowed:
                raise self.error(knode, unknown % (key, ", ".join(allowed)))
        for key in required:
            if key not in items:
                raise self.error(node, missing % key)
        return items

    def mapping(self, node, what: str) -> List[Tuple[str, Any, Any]]:
        """``(key, key_node, value_node)`` of a mapping node; keys must be unique strings."""
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, "%s must be a mapping (key: value)" % what)
        seen = set()
        items = []
        for knode, vnode in node.value:
            key = self.value(knode)
            if not isinstance(key, str):
                raise self.error(knode, "%s: keys must be text, got %r" % (what, key))
            if key in seen:
                raise self.error(knode, "%s: duplicate key %r" % (what, key))
            seen.add(key)
            items.append((key, knode, vnode))
        return items

    def sequence(self, node, what: str) -> list:
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, "%s must be a list" % what)
        return list(node.value)

    def text(self, node, what: str) -> str:
        value = self.value(node)
        if not isinstance(value, str) or not value.strip():
            raise self.error(node, "%s must be non-empty text" % what)
        return value

    def text_list(self, node, what: str) -> List[str]:
        return [self.text(item, what + " item") for item in self.sequence(node, what)]

    def choice(self, node, what: str, allowed) -> str:
        value = self.value(node)
        if value not in allowed:
            raise self.error(node, "%s must be one of %s, got %r" % (what, "|".join(allowed), value))
        return value
