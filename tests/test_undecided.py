"""Undecided rules: shown with the command that settles them, unless a finding already covers them."""
import os

from wwandoctor.engine import evaluate, load_rules
from wwandoctor.ingest import ingest_text
from wwandoctor.model import derive
from wwandoctor.snapshot import ToolUse

HERE = os.path.dirname(os.path.abspath(__file__))
JOURNAL = os.path.join(HERE, "samples", "report", "mc8805-journal.txt")


def _evaluate(tools):
    with open(JOURNAL, encoding="utf-8") as fh:
        snap = ingest_text(fh.read(), "journal.txt")
    snap.tools.extend(ToolUse(t, "cli", "--tool " + t) for t in tools)
    return evaluate(load_rules(), derive(snap))


def test_a_cause_explained_by_a_finding_is_not_listed_as_undecided():
    result = _evaluate(["qmicli", "dhclient"])
    assert result.findings[0].cause == "mbim-config-qmi-tools"
    assert "dhcp-client-on-raw-ip" in result.findings[0].explains
    assert [u.rule for u in result.undecided if u.cause == "dhcp-client-on-raw-ip"] == []


def test_settle_commands_name_the_real_interface():
    result = _evaluate(["dhclient"])
    settle = [c for u in result.undecided if u.cause == "dhcp-client-on-raw-ip" for c in u.settle]
    assert settle and all("/sys/class/net/wwp0s20u7c2i12/" in c for c in settle if "/sys/class/net/" in c)


def test_rules_with_nothing_pointing_at_them_are_not_listed():
    result = _evaluate(["qmicli"])
    rules = [u.rule for u in result.undecided]
    assert "rfkill-blocked" not in rules and "modem-in-download-mode" not in rules
    assert all(u.hints for u in result.undecided)


def test_settle_commands_of_a_modem_without_id_name_a_placeholder_not_a_directory():
    from types import SimpleNamespace
    from wwandoctor.engine.rule import settle_commands
    modem = SimpleNamespace(vid=None, pid=None, id="unidentified:cdc-wdm0")
    cmds = [str(c) for c in settle_commands(SimpleNamespace(modem=modem),
                                            ["modem.switch_config_for_modem_id", "modem.switch_config_configuration"])]
    assert "ls /etc/usb_modeswitch.d/; cat /etc/usb_modeswitch.d/VID:PID" in cmds
    assert not any(c.rstrip().endswith("/") or "{" in c for c in cmds)
    known = SimpleNamespace(vid="19d2", pid="0031", id="usb:1-2")
    assert "cat /etc/usb_modeswitch.d/19d2:0031" in [str(c) for c in settle_commands(
        SimpleNamespace(modem=known), ["modem.switch_config_configuration"])]
