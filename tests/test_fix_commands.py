"""Fix steps are programs: every rendered fix command parses as shell (``bash -n``) and names only
the ports and interfaces the model knows, on every rule case, test-bed snapshot and sample.

The inputs: every rule's must-fire cases (so every rule with fix steps is covered), the example
snapshots of reports/ (made from the umockdev test-beds) with each tool and a few tool pairs, the
written cases of tests/written_cases/ and the pasted samples of tests/samples/paste/.
"""
from __future__ import annotations

import glob
import os
import re
import subprocess

from wwandoctor.engine import evaluate
from wwandoctor.rule_tests import build_model, load_cases
from wwandoctor.engine.loader import load_rules, shipped_directory
from wwandoctor.model import Host, Model, Modem, derive
from wwandoctor.snapshot import Snapshot, ToolUse
from wwandoctor.saved_snapshot import load as load_snapshot

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
RULES = load_rules()
TOOL_SETS = [[], ["qmicli"], ["mbimcli"], ["mbimcli", "dhclient"], ["qmicli", "dhclient"], ["quectel-cm"],
             ["modemmanager"], ["uqmi", "udhcpc"], ["mbim-network"], ["pppd"]]
# names of ports and interfaces a command may only use when the model knows them
PORT_NAME = re.compile(r"(?<![\w/.-])(cdc-wdm\d+|wwan\d+(?:qmi|mbim|at)?\d*|wwp\w+|wws\w+|ttyUSB\d+|ttyACM\d+|"
                       r"eth\d+|usb\d+|enx[0-9a-f]+|rmnet\w+)(?![\w-])")


def _snapshot_models():
    for path in sorted(glob.glob(os.path.join(REPO, "reports", "*.snapshot.json"))):
        for tools in TOOL_SETS:
            snap = load_snapshot(path)
            for tool in tools:
                snap.tools.append(ToolUse(tool=tool, source="cli", evidence="--tool %s" % tool))
            yield "%s %s" % (os.path.basename(path), tools), derive(snap)


def _paste_models():
    from wwandoctor.ingest import ingest_inputs
    for path in sorted(glob.glob(os.path.join(HERE, "samples", "paste", "*.txt"))):
        yield os.path.basename(path), derive(ingest_inputs([path]))
    for folder in sorted(glob.glob(os.path.join(HERE, "written_cases", "*", ""))):
        files = sorted(p for p in glob.glob(os.path.join(folder, "*")) if not p.endswith(".yaml"))
        if files:
            yield os.path.basename(folder.rstrip("/")), derive(ingest_inputs(files))


def _case_models():
    for case in load_cases(shipped_directory(), {r.id for r in RULES}):
        if case.expect == "fire":
            yield case.id, build_model(case)


def _known_names(model) -> set:
    names = set()
    for m in model.modems:
        for attr in ("control_ports", "net_ports", "serial_ports", "wwan_ports"):
            names.update(getattr(m, attr) or [])
        if m.mm_bearer_interface:
            names.add(m.mm_bearer_interface)
    return names


def _all_steps():
    """(input name, rule id, step, the names the model knows) for every rendered fix step."""
    for source in (_case_models, _snapshot_models, _paste_models):
        for name, model in source():
            known = _known_names(model)
            for finding in evaluate(RULES, model).findings:
                for step in finding.fix:
                    yield name, finding.rule, step, known


STEPS = list(_all_steps())


def _bash_syntax_errors(commands):
    """{command: error} for the commands bash -n rejects (one bash per distinct command)."""
    errors = {}
    for cmd in sorted(set(commands)):
        proc = subprocess.run(["bash", "-n", "-c", cmd], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=True, timeout=20)
        if proc.returncode != 0:
            errors[cmd] = proc.stderr.strip()
    return errors


def test_every_rule_with_fix_steps_is_rendered():
    rendered = {rule for _, rule, _, _ in STEPS}
    with_fix = {r.id for r in RULES if r.fix}
    assert with_fix - rendered == set()


def test_every_fix_command_parses_as_shell():
    commands = [cmd for _, _, step, _ in STEPS for cmd in step.commands]
    assert len(commands) > 100
    assert _bash_syntax_errors(commands) == {}


def test_fix_commands_name_only_known_ports():
    bad = []
    for name, rule, step, known in STEPS:
        for cmd in step.commands:
            if cmd.startswith("sudo tee ") and "<<" in cmd:
                continue  # a file's content (udev match keys) is not a command line
            for port in PORT_NAME.findall(cmd):
                if port not in known:
                    bad.append("%s: %s: %r names %s (known: %s)" % (name, rule, cmd, port, sorted(known)))
    assert bad == []


def test_device_nodes_are_paths_and_lists_are_not_glued():
    for name, rule, step, _ in STEPS:
        for cmd in step.commands:
            first = cmd.split("\n")[0]
            assert not re.search(r"(?:qmicli|mbimcli)\b.* -d (?!/)\S", first), (name, rule, cmd)
            assert not re.search(r"\w, \w", first.split("#")[0].replace('", "', "")) or "echo" in first, (name, rule, cmd)


def test_a_file_is_written_before_the_commands_that_use_it():
    steps = [(rule, step) for _, rule, step, _ in STEPS if step.file]
    assert steps
    for rule, step in steps:
        assert step.commands[0].startswith("sudo tee %s " % step.file), (rule, step.commands)
        assert step.commands[0].endswith("\nEOF")
        assert step.content.rstrip("\n") in step.commands[0]


def _two_port_model(**values):
    modem = Modem(id="usb:1-1", bus="usb", vid="1199", pid="9071", **values)
    return Model(snapshot=Snapshot(origin="test"), host=Host(modem_count=1), modems=[modem])


def _fix_commands(model, rule_id):
    finding = next(f for f in evaluate(RULES, model).findings if f.rule == rule_id)
    return [c for s in finding.fix for c in s.commands]


def test_a_list_field_gives_one_command_per_item():
    model = _two_port_model(protocol="qmi", control_protocol="qmi", control_ports=["cdc-wdm0", "wwan0qmi0"],
                            net_ports=["wwan0", "wwan1"], net_up=False, net_addresses=[], framing="raw-ip",
                            raw_ip=True, drivers=["qmi_wwan"], mm_bearer_connected=True)
    commands = _fix_commands(model, "interface-down-or-unconfigured")
    assert "sudo ip link set dev wwan0 up" in commands
    assert "sudo ip link set dev wwan1 up" in commands
    assert not [c for c in commands if "wwan0, wwan1" in c]


def test_a_command_about_one_control_port_names_its_device_node():
    model = _two_port_model(protocol="qmi", control_protocol="qmi", control_ports=["cdc-wdm0", "wwan0qmi0"],
                            net_ports=["wwan0"], tools=["mbimcli", "dhclient"], tools_protocols=["mbim", "dhcp"],
                            drivers=["qmi_wwan"])
    commands = _fix_commands(model, "qmi-config-mbim-tools")
    qmicli = [c for c in commands if c.startswith("sudo qmicli")]
    assert qmicli == ['sudo qmicli -p -d /dev/cdc-wdm0 --wds-start-network="apn=YOUR_APN" --client-no-release-cid']


def test_usb_modeswitch_step_only_where_it_is_installed():
    values = dict(protocol="mbim", control_protocol="mbim", tools=["qmicli"], tools_protocols=["qmi"], qmi_data_path=True,
                  modeswitch_known=True, num_configs=2, qmi_config=1, mbim_config=2, active_config=2)
    model = _two_port_model(**values)
    assert any("DisableMBIMGlobal=1" in c for c in _fix_commands(model, "mbim-config-qmi-tools"))
    model.host.usb_modeswitch_installed = False
    assert not any("DisableMBIMGlobal" in c for c in _fix_commands(model, "mbim-config-qmi-tools"))
    model.host.usb_modeswitch_installed = True
    commands = _fix_commands(model, "mbim-config-qmi-tools")
    # an edit of the existing line (Debian ships DisableMBIMGlobal=0), not a file holding one line
    assert any(c.startswith("sudo sed -i") and "/etc/usb_modeswitch.conf" in c for c in commands)
    assert not any(c.startswith("sudo tee /etc/usb_modeswitch.conf ") for c in commands)


def test_host_rule_has_no_hard_coded_interface():
    rule = next(r for r in RULES if r.id == "raw-ip-mismatch-retry")
    texts = [c.text for s in rule.fix for c in s.commands]
    assert texts and not any(PORT_NAME.search(t) for t in texts)


def test_steps_name_the_packages_their_commands_need():
    model = _two_port_model(protocol="qmi", control_protocol="qmi", control_ports=["cdc-wdm0"], net_ports=["wwan0"],
                            net_up=False, net_addresses=[], framing="raw-ip", raw_ip=True, drivers=["qmi_wwan"],
                            mm_bearer_connected=True)
    finding = next(f for f in evaluate(RULES, model).findings if f.rule == "interface-down-or-unconfigured")
    step = finding.fix[0]  # bearer-ip-read: mmcli, qmicli and mbimcli
    assert step.needs == ["modemmanager", "libqmi-utils", "libmbim-utils"]
    from wwandoctor.report import _finding
    safety = _finding(finding)["fix"][0]["safety"]
    assert ("Needs modemmanager, libqmi-utils, libmbim-utils "
            "(if missing: sudo apt install modemmanager libqmi-utils libmbim-utils).") in safety


def test_a_quoted_pattern_names_no_package():
    """The alternatives of a grep pattern are words, not commands piped into: "ps aux | grep -iE 'gammu|minicom'" needs
    no minicom (a report asked to install it)."""
    from wwandoctor.engine.findings import packages_needed
    assert packages_needed(["ps aux | grep -iE 'gammu|smsd|minicom|pppd'"]) == []
    assert packages_needed(['journalctl -b | grep -E "qmicli|mmcli"']) == []
    assert packages_needed(["sudo qmicli -d /dev/cdc-wdm0 --dms-get-ids | grep 'IMEI'"]) == ["libqmi-utils"]
