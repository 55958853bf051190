"""Fix commands name options the real tools have: every long option a rule's fix step passes to
mmcli, qmicli, mbimcli or qmi-firmware-update is in that installed tool's own help (the Debian /
Ubuntu packages CI installs: ModemManager 1.20, libqmi 1.32, libmbim 1.28 on bookworm), and the
known-broken spellings are gone (issue 10):

- ``mmcli -b any``: "any" is a modem/SIM lookup only (ModemManager cli/mmcli-common.c:141,196
  "invalid bearer string specified");
- ``qmi-firmware-update --update-qdl``: renamed ``--update-download`` in libqmi 1.24 (c79d99b5);
- ``cdc_wdm.ko``: the module file is cdc-wdm.ko (drivers/usb/class/cdc-wdm.c);
- a list field rendered into one modprobe command ("modprobe -n -v option, usb_wwan").
"""
from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess

import pytest

from wwandoctor.engine import evaluate
from wwandoctor.engine.loader import load_rules
from wwandoctor.model import Host, Model, Modem
from wwandoctor.snapshot import Snapshot

RULES = load_rules()
# tool -> the argument that prints every option it accepts
HELP = {"mmcli": "--help-all", "qmicli": "--help-all", "mbimcli": "--help-all", "qmi-firmware-update": "--help"}
LONG_OPTION = re.compile(r"(?<![\w-])(--[a-z][a-z0-9-]*)")
SEGMENT_SPLIT = re.compile(r"\s*(?:;|&&|\|\||\|)\s*")


def _fix_commands():
    """(rule id, command text) for every command of every fix step, comments cut off."""
    for rule in RULES:
        for step in rule.fix:
            for command in step.commands:
                yield rule.id, command.text.split("   #")[0].split("  #")[0]


def _tool_uses():
    """(rule id, tool, segment) for each command segment that runs one of the tools in HELP."""
    for rule_id, text in _fix_commands():
        for segment in SEGMENT_SPLIT.split(text):
            words = segment.split()
            while words and words[0] in ("sudo", "env"):
                words = words[1:]
            if words and words[0] in HELP:
                yield rule_id, words[0], segment


@functools.lru_cache(maxsize=None)
def _help_text(tool: str) -> str:
    if shutil.which(tool) is None:
        if os.environ.get("CI"):
            pytest.fail("%s is not installed; CI installs it (.ci/run) so fix options are checked" % tool)
        pytest.skip("%s not installed" % tool)
    proc = subprocess.run([tool, HELP[tool]], capture_output=True, text=True, timeout=30)
    return proc.stdout + proc.stderr


USES = sorted(set(_tool_uses()))


def test_fix_steps_run_these_tools():
    """The check below is not empty: the rules do pass options to every tool it knows."""
    assert {tool for _, tool, _ in USES} == set(HELP)


@pytest.mark.parametrize("rule_id,tool,segment", USES, ids=["%s:%s" % (u[0], u[2][:60]) for u in USES])
def test_fix_options_exist_in_the_installed_tool(rule_id, tool, segment):
    help_text = _help_text(tool)
    for option in LONG_OPTION.findall(segment):
        name = option.split("=")[0]
        assert re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(name), help_text), (
            "%s: %s has no option %s (fix: %s)" % (rule_id, tool, name, segment))


def test_known_broken_spellings_are_gone():
    for rule_id, text in _fix_commands():
        assert not re.search(r"\bmmcli\b.*\s-b\s+any\b", text), (rule_id, text)
        assert "--update-qdl" not in text, (rule_id, text)
        assert "cdc_wdm\\.ko" not in text and "cdc_wdm.ko" not in text, (rule_id, text)


def test_a_module_list_gives_one_modprobe_per_module():
    modem = Modem(id="usb:1-1", vid="2c7c", pid="0125", missing_modules=["option", "usb_wwan"],
                  expected_drivers=["option", "usb_wwan"], drivers=[], unbound_interfaces=[0])
    model = Model(snapshot=Snapshot(), host=Host(kernel_release="6.1.0"), modems=[modem])
    rules = [r for r in RULES if r.id == "kernel-module-missing"]
    commands = [c for f in evaluate(rules, model).findings for s in f.fix for c in s.commands]
    modprobes = [c for c in commands if c.startswith("modprobe")]
    assert modprobes == ["modprobe -n -v option", "modprobe -n -v usb_wwan"]
    assert all("," not in c for c in modprobes)
