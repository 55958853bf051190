#!/usr/bin/env python3
"""Write the literals of the prose tables' regexes to wwandoctor/data/regex-gates.json.

    .venv/bin/python tests/make_gates.py          # rewrite the file
    .venv/bin/python tests/make_gates.py --check  # exit 1 if it is not current

wwandoctor.caseless_regex compiles a table's case-insensitive regex only for a line holding one of
its literals. Finding them parses each of ~1,400 patterns (2-3 s), so it is done here, once, and
the file ships with the package; a pattern missing from it is parsed at run time.
tests/test_caseless_regex.py runs the --check mode.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

from wwandoctor import caseless_regex  # noqa: E402

PATH = os.path.join(REPO, "wwandoctor", "data", caseless_regex.GATES_FILE)


def table_patterns():
    """(pattern as given, pattern compiled) of every pattern the prose tables hand to caseless_regex.gated()."""
    from wwandoctor.model import prose, prose_english, prose_grammar

    found = [r for _, regex, unless in prose._compiled_states() for r in (regex, unless) if r]
    found += [r for _, _, regex, key in prose_english._compiled() for r in (regex, key)]
    found += list(prose_grammar._frames()) + list(prose_grammar._state_frames())
    return sorted({(r.pattern, r.full_pattern()) for r in found})


def current_text() -> str:
    """The file: each pattern keyed as the table gives it, with the literals of the pattern it compiles to."""
    literals = {caseless_regex.pattern_key(given): caseless_regex.needed_literals(full) for given, full in table_patterns()}
    rows = ",\n".join("  %s: %s" % (json.dumps(key), json.dumps(lits, ensure_ascii=False)) for key, lits in sorted(literals.items()))
    return ('{"format": %d,\n "about": "written by tests/make_gates.py: each prose-table pattern\'s key (caseless_regex.pattern_key) '
            'and the literals one of which every match holds (null: none sure)",\n "literals": {\n%s\n}}\n'
            % (caseless_regex.FORMAT, rows))


def main(argv) -> int:
    text = current_text()
    if "--check" in argv:
        try:
            with open(PATH, encoding="utf-8") as fh:
                same = fh.read() == text
        except OSError:
            same = False
        if not same:
            print("%s is not current: run tests/make_gates.py" % os.path.relpath(PATH, REPO), file=sys.stderr)
            return 1
        return 0
    with open(PATH, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %s" % os.path.relpath(PATH, REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
