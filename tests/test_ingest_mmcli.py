"""mmcli human, -J, -K, -L and error output -> snap.modemmanager in the -J shape."""
from __future__ import annotations

import json

import ingest_util
from ingest_util import load, sample, sample_text
from wwandoctor.ingest import mmcli
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot


def block(name, quote=""):
    lines = sample(name)
    command = None
    if lines and ("# mmcli" in lines[0] or "$ " in lines[0]):  # what the splitter makes of a prompt line
        command = lines[0].split("# ", 1)[-1].split("$ ", 1)[-1]
        lines = lines[1:]
    return Block(lines=[quote + ln for ln in lines], command=command, name=name)


def run(blk):
    return ingest_util.parse(mmcli, blk)


def test_bearer_real_rm500q():
    blk = block("mmcli-b-rm500q.txt")
    assert blk.command == "mmcli -b 2"
    assert mmcli.detect(blk) >= 90
    snap, left = run(blk)
    assert left == []
    (bearer,) = snap.modemmanager.bearers
    assert bearer["dbus-path"] == "/org/freedesktop/ModemManager1/Bearer/2"
    assert bearer["status"] == {"connected": "yes", "suspended": "no", "interface": "wwan0", "ip-timeout": "20"}
    assert bearer["ipv4-config"] == {"method": "dhcp"}
    assert bearer["properties"]["roaming"] == "allowed"
    assert snap.modemmanager.modems == []
    assert [t.tool for t in snap.tools] == ["modemmanager"]
    assert snap.sources["paste:mmcli"].status == "ok"


def test_bearer_without_prompt_detected_by_content():
    blk = block("mmcli-b-rm500q.txt")
    blk.command = None
    assert mmcli.detect(blk) >= 80
    snap, _ = run(blk)
    assert snap.modemmanager.bearers[0]["status"]["interface"] == "wwan0"


def test_list_none_real():
    blk = block("mmcli-L-none.txt")
    assert mmcli.detect(blk) >= 90
    snap, left = run(blk)
    assert left == []
    assert snap.modemmanager.modem_list == []


def test_list_with_modems():
    lines = ["    /org/freedesktop/ModemManager1/Modem/0 [Sierra Wireless, Incorporated] MC7455",
             "Found 1 modems:", "\t/org/freedesktop/ModemManager1/Modem/1 [Quectel] EC25"]
    snap, left = run(Block(lines=lines))
    assert left == []
    assert snap.modemmanager.modem_list == ["/org/freedesktop/ModemManager1/Modem/0",
                                            "/org/freedesktop/ModemManager1/Modem/1"]
    assert snap.modemmanager.modems[0]["generic"] == {"manufacturer": "Sierra Wireless, Incorporated",
                                                      "model": "MC7455"}


def test_modem_human_sections_disambiguate_labels():
    snap, left = run(block("mmcli-m-em7455.txt"))
    assert left == []
    (modem,) = snap.modemmanager.modems
    g = modem["generic"]
    assert modem["dbus-path"] == "/org/freedesktop/ModemManager1/Modem/0"
    assert (g["state"], g["state-failed-reason"], g["power-state"]) == ("failed", "sim-missing", "on")
    assert g["ports"] == ["cdc-wdm0 (mbim)", "ttyUSB0 (qcdm)", "ttyUSB1 (gps)", "wwan0 (net)"]
    assert g["drivers"] == ["cdc_mbim"]
    assert g["supported-capabilities"] == ["gsm-umts, lte"]
    assert g["supported-modes"] == ["allowed: 3g; preferred: none", "allowed: 4g; preferred: none",
                                    "allowed: 3g, 4g; preferred: 4g"]
    assert g["current-modes"] == "allowed: 3g, 4g; preferred: 4g"
    assert g["supported-bands"][:2] == ["utran-1", "utran-3"]
    assert g["supported-ip-families"] == ["ipv4", "ipv6", "ipv4v6"]
    assert g["signal-quality"] == {"value": "0", "recent": "no"}
    assert g["unlock-required"] == "sim-pin2"
    assert g["bearers"] == ["/org/freedesktop/ModemManager1/Bearer/1"]
    assert modem["3gpp"]["eps"]["initial-bearer"]["settings"]["apn"] == "ims"


def test_modem_old_quoted_format():
    snap, left = run(block("mmcli-m-old-1.6.txt"))
    assert left == []
    (modem,) = snap.modemmanager.modems
    assert modem["dbus-path"] == "/org/freedesktop/ModemManager1/Modem/0"
    assert modem["generic"]["state"] == "registered"
    assert modem["generic"]["drivers"] == ["qcserial", "qmi_wwan"]
    assert modem["generic"]["signal-quality"] == {"value": "64", "recent": "yes"}
    assert modem["generic"]["revision"].startswith("SWI9X30C_02.08")
    assert modem["3gpp"]["registration-state"] == "home"
    assert modem["3gpp"]["operator-code"] == "310410"


def test_keyvalue_form():
    blk = block("mmcli-K-disabled.txt")
    assert mmcli.detect(blk) >= 80
    snap, left = run(blk)
    assert left == []
    (modem,) = snap.modemmanager.modems
    assert modem["generic"]["ports"] == ["cdc-wdm0 (qmi)", "ttyUSB2 (at)", "wwan0 (net)"]
    assert modem["generic"]["access-technologies"] == []
    assert modem["generic"]["state"] == "disabled"
    assert modem["generic"]["power-state"] == "low"
    assert modem["generic"]["signal-quality"]["recent"] == "no"


def test_json_form_and_truncated_json():
    snap, left = run(block("mmcli-J-modem.txt"))
    assert left == []
    assert snap.modemmanager.modems[0]["generic"]["unlock-required"] == "sim-pin"
    text = sample_text("mmcli-J-modem.txt")
    snap, left = run(Block(lines=[text[:300]], name="cut"))
    assert snap.modemmanager.modems == []
    assert left and any("cut or damaged" in n for n in snap.notes)
    snap, left = run(Block(lines=['{"modem": ' + "[" * 100000]))
    assert snap.modemmanager.modems == [] and left
    snap, left = run(Block(lines=['{"modem-list":["/org/freedesktop/ModemManager1/Modem/0"]}']))
    assert snap.modemmanager.modem_list == ["/org/freedesktop/ModemManager1/Modem/0"]


def test_errors_and_log_line():
    blk = block("mmcli-errors.txt")
    assert mmcli.detect(blk) >= 90
    snap, left = run(blk)
    assert left == []
    assert snap.modemmanager.errors[0].startswith("error: couldn't enable the modem: 'GDBus.Error:")
    assert snap.log[0].origin == "mmcli" and "Invalid transition" in snap.log[0].text
    snap, _ = run(Block(lines=["error: couldn't find the ModemManager process in the bus"]))
    assert "couldn't find the ModemManager process" in snap.modemmanager.errors[0]


def test_signal_get():
    blk = block("mmcli-signal.txt")
    assert mmcli.detect(blk) >= 60
    snap, left = run(blk)
    assert left == []
    assert snap.modemmanager.modems[0]["signal"]["lte"]["rsrp"] == "-89.00"
    assert snap.modemmanager.modems[0]["signal"]["refresh"]["rate"] == "10"


def test_signal_merges_into_single_modem_and_same_path_merges():
    snap = Snapshot(origin="paste")
    mmcli.parse(block("mmcli-m-em7455.txt"), snap)
    mmcli.parse(block("mmcli-signal.txt"), snap)
    mmcli.parse(Block(lines=["/org/freedesktop/ModemManager1/Modem/0 [Dell] DW5811e"]), snap)
    (modem,) = snap.modemmanager.modems
    assert modem["signal"]["lte"]["rssi"] == "-61.00"
    assert modem["generic"]["state"] == "failed"


def test_unknown_lines_and_garbage_returned():
    lines = ["  Status   |                  state: enabled", "random prose here", "\x00\xff"]
    snap, left = run(Block(lines=lines))
    assert snap.modemmanager.modems[0]["generic"]["state"] == "enabled"
    assert left == ["random prose here", "\x00\xff"]
    assert mmcli.detect(Block(lines=["Bus 001 Device 002: ID 1d6b:0002"])) == 0
    snap, left = run(Block(lines=["nothing for mmcli"]))
    assert snap.tools == [] and left == ["nothing for mmcli"]


def test_sim_human():
    snap, left = run(block("mmcli-i-sim.txt"))
    assert left == [] and snap.modemmanager.modems == []
    (sim,) = snap.modemmanager.sims
    assert sim["properties"]["active"] == "yes" and sim["properties"]["operator-code"] == "310410"
    assert sim["properties"]["emergency-numbers"] == ["911", "112"]


def test_bearer_keyvalue_connection_error():
    snap, left = run(block("mmcli-K-bearer-apn-error.txt"))
    assert left == []
    (bearer,) = snap.modemmanager.bearers
    assert bearer["status"]["connection-error"]["name"].endswith("MissingOrUnknownApn")
    assert bearer["ipv4-config"] == {"method": "--", "dns": []}


def test_bearer_human_ipv4_ipv6_sections():
    snap, left = run(block("mmcli-b-static.txt"))
    assert left == []
    (bearer,) = snap.modemmanager.bearers
    assert bearer["ipv4-config"]["method"] == "static" and bearer["ipv6-config"]["method"] == "static"
    assert bearer["ipv4-config"]["dns"] == ["10.177.0.34", "10.168.183.174"]
    assert bearer["ipv6-config"]["prefix"] == "64" and bearer["stats"]["duration"] == "4"


def test_success_lines_kept():
    snap, left = run(Block(lines=["successfully connected the modem", "successfully enabled the modem"],
                           command="mmcli -m 0 --simple-connect=apn=internet"))
    assert left == [] and [ln.origin for ln in snap.log] == ["mmcli", "mmcli"]


def test_versions():
    lines = ["mmcli 1.20.4", "Copyright (2011 - 2022) Aleksander Morgado",
             "License GPLv2+: GNU GPL version 2 or later <http://gnu.org/licenses/gpl-2.0.html>",
             "This is free software: you are free to change and redistribute it.",
             "There is NO WARRANTY, to the extent permitted by law."]
    blk = Block(lines=lines)
    assert mmcli.detect(blk) >= 80
    snap, left = run(blk)
    assert snap.versions == {"mmcli": "1.20.4"}
    assert left == []
    snap, left = run(Block(lines=["ModemManager 1.22.0"], command="ModemManager --version"))
    assert snap.versions == {"ModemManager": "1.22.0"}


def test_wrapped_list_value_continues_on_next_line():
    lines = ["  System   |                device: /sys/devices/platform/soc/usb1/1-1",
             "           |               drivers: option, qmi_wwan",
             "           |                 ports: cdc-wdm0 (qmi), ttyUSB0 (qcdm), ttyUSB1 (gps), ttyUSB2 (at), ",
             "           |                        ttyUSB3 (at), wwan0 (net)"]
    snap, left = run(Block(lines=lines))
    assert left == []
    assert snap.modemmanager.modems[0]["generic"]["ports"] == [
        "cdc-wdm0 (qmi)", "ttyUSB0 (qcdm)", "ttyUSB1 (gps)", "ttyUSB2 (at)", "ttyUSB3 (at)", "wwan0 (net)"]


def test_tree_lines_after_mmcli_are_not_taken():
    lines = ["  Status   |                state: enabled", "    |__ Port 1: Dev 2, If 0, Class=Hub, Driver=hub/4p, 480M"]
    snap, left = run(Block(lines=lines))
    assert left == [lines[1]] and snap.modemmanager.modems[0]["generic"] == {"state": "enabled"}


def test_pretty_printed_json():
    text = sample_text("mmcli-J-modem.txt")
    pretty = json.dumps(json.loads(text), indent=2).splitlines()
    blk = Block(lines=pretty, command="mmcli -m 0 -J | jq")
    blk_bare = Block(lines=pretty)
    assert mmcli.detect(blk_bare) >= 80
    snap, left = run(blk)
    assert left == [] and snap.modemmanager.modems[0]["generic"]["model"] == "RM500Q-GL"


def test_pretty_printed_sim_json_without_its_command():
    # the values of mmcli-i-sim.txt as `mmcli -i 0 -J | jq` prints them, pasted without the prompt
    snap = load("mmcli-i-J-sim-jq.txt")
    assert snap.unrecognized == []
    assert snap.modemmanager.sims[0]["properties"]["iccid"] == "89014100000000000000"
    assert [t.evidence for t in snap.tools] == [
        'mmcli output: "dbus-path": "/org/freedesktop/ModemManager1/SIM/0",']
    human = run(block("mmcli-i-sim.txt"))[0].modemmanager.sims[0]["properties"]
    assert {k: human[k] for k in ("imsi", "iccid", "operator-code")} == {
        k: snap.modemmanager.sims[0]["properties"][k] for k in ("imsi", "iccid", "operator-code")}


def test_one_object_of_the_json_piped_through_jq():
    only_sim = json.dumps(json.loads(sample_text("mmcli-i-J-sim-jq.txt"))["sim"], indent=2).splitlines()  # jq .sim
    blk = Block(lines=only_sim)
    assert mmcli.detect(blk) == 90
    snap, left = run(blk)
    assert left == [] and snap.modemmanager.sims[0]["properties"]["imsi"] == "310410000000000"


def test_an_inherited_prompt_of_another_command_is_no_modemmanager_evidence():
    # "$ nmcli d" above, a blank line, then mmcli output pasted without its own prompt
    blk = block("mmcli-i-sim.txt")
    blk.command = "nmcli d"
    snap, left = run(blk)
    assert left == []
    assert [(t.tool, t.evidence) for t in snap.tools] == [
        ("modemmanager", "mmcli output: General    |                 path: /org/freedesktop/ModemManager1/SIM/0")]


def test_mmcli_command_response_is_an_at_exchange():
    # WRITTEN (stop 29): mmcli --command prints the modem's reply without its final OK (cli/mmcli-modem.c
    # command_process_reply "response: '%s'")
    from wwandoctor.ingest import ingest_text
    from wwandoctor.signatures import at_exchanges
    snap = ingest_text("$ sudo mmcli -m 0 --command='AT+CFUN?'\nresponse: '+CFUN: 4'\n", "t")
    at = [ln.text for ln in snap.log if ln.origin == "at"]
    assert at == ["AT+CFUN?", "+CFUN: 4", "OK"]
    assert "AT+CFUN? => +CFUN: 4" in [ln.text for ln in at_exchanges(snap.log)]
    # an empty reply (a set command) is the OK alone
    empty = ingest_text('$ mmcli -m any --command="AT+CFUN=1"\nresponse: \'\'\n', "t")
    assert [ln.text for ln in empty.log if ln.origin == "at"] == ["AT+CFUN=1", "OK"]
