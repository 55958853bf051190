"""The ``rules`` command line, help texts, and long lines in "Not understood"."""
import argparse
import json
import os
import subprocess
import sys

from wwandoctor.cli import build_parser
from wwandoctor.render import cut_lines

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(*args):
    return subprocess.run([sys.executable, "-m", "wwandoctor", *args], cwd="/", stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True,
                          env=dict(os.environ, NO_COLOR="1", PYTHONPATH=REPO))


def test_rules_alone_behaves_like_bare_wwandoctor():
    bare, rules = run(), run("rules")
    assert bare.returncode == rules.returncode == 2
    assert rules.stdout == "" and rules.stderr.startswith("usage: wwandoctor rules")


def test_rules_list_fits_100_columns_and_names_every_rule():
    proc = run("rules", "list")
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert max(len(ln) for ln in lines) <= 100
    table = json.loads(run("rules", "list", "--format", "json").stdout)
    assert len(table) > 40
    families = {}
    for row in table:
        assert row["id"] in proc.stdout
        assert row["cause"]
        if row["path"].endswith(".family.yaml"):  # a variant of a rule family: the file is named after the diagnosis
            families.setdefault(row["path"], []).append(row["id"])
            assert row["path"] == "wwandoctor/rules/%s.family.yaml" % row["cause"]
        else:
            assert row["path"] == "wwandoctor/rules/%s.yaml" % row["id"]
    assert len(families) >= 1 and all(len(ids) >= 2 for ids in families.values()), families


def test_rules_show_names_a_variants_family_and_the_variants_above_it():
    out = run("rules", "show", "fcc-locked-signal").stdout
    assert "File: wwandoctor/rules/fcc-locked.family.yaml\n" in out
    assert "Family: fcc-locked, variant of priority 50 (not reported for a subject when\n  fcc-locked fires)" in out
    assert "    - check: rfkill-hard-not-blocked\n  check rfkill-hard-not-blocked (shared by the family):\n    any:" in out


def test_rules_fields_lists_the_fields_and_writes_the_readme_table():
    proc = run("rules", "fields")
    assert proc.returncode == 0 and proc.stderr == ""
    assert "modem.raw_ip" in proc.stdout and "settle: cat /sys/class/net/{net}/qmi/raw_ip" in proc.stdout
    table = run("rules", "fields", "--format", "markdown").stdout
    with open(os.path.join(REPO, "rules", "README.md"), encoding="utf-8") as fh:
        assert table in fh.read()
    assert len(json.loads(run("rules", "fields", "--format", "json").stdout)) == table.count("\n") - 2


def test_rules_show_prints_conditions_as_written_and_the_package_path():
    out = run("rules", "show", "mbim-config-qmi-tools").stdout  # run from /: no cwd-relative path
    assert "File: wwandoctor/rules/mbim-config-qmi-tools.yaml" in out
    assert "only when: {modem.qmi_config: {known: false}}" in out  # the rule's own YAML, not JSON
    assert '{"' not in out
    assert "    - modem.tools_protocols: {contains: qmi}" in out


def test_rules_show_writes_the_file_before_the_commands():
    out = run("rules", "show", "mbim-config-qmi-tools").stdout
    assert out.index("$ sudo tee '/etc/udev/rules.d/77-wwan-") < out.index("$ sudo udevadm control --reload")


def _actions(parser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield parser.prog, action
            for sub in action.choices.values():
                yield from _actions(sub)
        elif not isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
            yield parser.prog, action


def test_every_argument_has_help():
    missing = ["%s %s" % (prog, action.dest) for prog, action in _actions(build_parser())
               if not (action.help or "").strip()]
    assert missing == []


def test_a_long_line_keeps_its_start_and_says_how_much_was_cut():
    line = "x" * 250 + "END"
    out = cut_lines([line], 200)
    assert len(out) == 1 and out[0].startswith("x" * 40)
    assert "characters cut" in out[0] and "more line" not in out[0]


def test_not_understood_lines_show_their_first_200_characters(tmp_path):
    paste = tmp_path / "post.txt"
    paste.write_text("Q" * 5000 + "\n")
    out = run("analyze", str(paste)).stdout
    lines = [ln for ln in out.splitlines() if ln.startswith("Not understood:")]
    assert lines and "Q" * 200 in lines[0] and "Q" * 201 not in lines[0]
    assert "[4800 characters cut]" in lines[0]
    assert "more lines cut" not in out


def test_one_line_cut_marker_is_singular():
    out = cut_lines(["b" * 30] * 30, 300)
    markers = [ln for ln in out if ln.startswith("... ")]
    assert markers and "1 more lines" not in markers[0]
