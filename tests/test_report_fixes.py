"""What a person reads in the fix steps of `analyze` on a paste: commands that work as printed on that system."""
import json
import subprocess
import sys

import pytest


def _fixes(tmp_path, text):
    paste = tmp_path / "paste.txt"
    paste.write_text(text)
    out = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", "--format", "json", str(paste)],
                         capture_output=True, text=True).stdout
    report = json.loads(out)
    return report, [c for f in report["findings"] for s in f["fix"] for c in s["commands"]]


GOBI_DMESG = """\
[   12.100] usb 2-1: new full-speed USB device number 3 using uhci_hcd
[   12.300] usb 2-1: New USB device found, idVendor=03f0, idProduct={pid}
[   12.345] qcserial 2-1:1.1: Qualcomm USB modem converter detected
[   12.346] usb 2-1: Qualcomm USB modem converter now attached to ttyUSB0
"""


@pytest.mark.parametrize("pid, upload", [
    ("241d", "sudo /lib/udev/gobi_loader -2000 /dev/ttyUSB0 /lib/firmware/gobi"),  # HP Gobi 2000 QDL
    ("201d", "sudo /lib/udev/gobi_loader /dev/ttyUSB0 /lib/firmware/gobi"),        # HP un2400 Gobi 1000 QDL
])
def test_gobi_upload_runs_gobi_loader_by_its_path_with_the_flag_of_its_generation_on_its_port(tmp_path, pid, upload):
    _, commands = _fixes(tmp_path, GOBI_DMESG.format(pid=pid))
    uploads = [c for c in commands if c.startswith("sudo ") and "gobi_loader " in c]
    assert uploads == [upload]
    copies = [c for c in commands if c.startswith("sudo cp ")]
    assert ("UQCN.mbn" in copies[0]) == (pid == "241d")


STORAGE_STICK = """\
{prompt} lsusb
Bus 001 Device 004: ID 12d1:1f01 Huawei Technologies Co., Ltd. E353/E3131 (Mass storage mode)
Bus 001 Device 001: ID 1d6b:0002 Linux Foundation 2.0 root hub
"""


def _all_text(report):
    steps = [s for f in report["findings"] for s in f["fix"]]
    return [c for s in steps for c in s["commands"]], " ".join(s["safety"] for s in steps)


@pytest.mark.parametrize("prompt", ["root@OpenWrt:~#", "root@LEDE:/#"])
def test_an_openwrt_paste_gets_opkg_and_no_sudo_or_apt(tmp_path, prompt):
    report, _ = _fixes(tmp_path, STORAGE_STICK.format(prompt=prompt))
    commands, safety = _all_text(report)
    assert commands and not any("sudo" in c or "apt " in c or "journalctl" in c for c in commands)
    assert "opkg install usb-modeswitch   # OpenWrt up to 24.10" in commands
    assert "logread | grep -i usb_modeswitch" in commands
    assert "opkg update && opkg install usb-modeswitch" in safety and "apt" not in safety


def test_a_debian_paste_keeps_sudo_and_apt(tmp_path):
    report, _ = _fixes(tmp_path, STORAGE_STICK.format(prompt="pi@raspberrypi:~ $"))
    commands, safety = _all_text(report)
    assert "sudo apt install usb-modeswitch usb-modeswitch-data   # Debian/Ubuntu/Raspberry Pi OS" in commands
    assert "sudo apt install usb-modeswitch" in safety


def test_fit_commands_keeps_the_input_s_values_marked_and_drops_what_openwrt_lacks():
    from wwandoctor.filledtext import compose
    from wwandoctor.system_commands import fit_commands
    cmd = compose(("echo Y | sudo tee /sys/class/net/", False), ("wwan0", True), ("/qmi/raw_ip", False))
    out = fit_commands([cmd, "sudo apt install gobi-loader", "sudo apt install libqmi-utils",
                        "journalctl -b -u ModemManager --no-pager", "journalctl -f"], "openwrt")
    assert out == ["echo Y | tee /sys/class/net/wwan0/qmi/raw_ip", "opkg update && opkg install qmi-utils",
                   "logread -e ModemManager", "journalctl -f"]
    assert out[0].filled == ((len("echo Y | tee /sys/class/net/"), len("echo Y | tee /sys/class/net/wwan0")),)
    assert fit_commands(["sudo apt install gobi-loader"], None) == ["sudo apt install gobi-loader"]


HANGS = "root@router:~# {tool} -d /dev/{port} {request}\n^C\n{tool} hangs forever on every command and never returns.\n"


def test_fix_commands_name_the_one_control_port_the_paste_shows(tmp_path):
    _, commands = _fixes(tmp_path, HANGS.format(tool="qmicli", port="cdc-wdm1", request="--nas-get-signal-info"))
    qmi = [c for c in commands if "qmicli" in c or "uqmi" in c]
    assert qmi and all("/dev/cdc-wdm1 " in c for c in qmi)
    assert not any("cdc-wdmN" in c for c in commands)


def test_an_mbim_user_whose_tool_hangs_gets_an_mbim_check_on_the_port_shown(tmp_path):
    _, commands = _fixes(tmp_path, HANGS.format(tool="mbimcli", port="wwan0mbim0", request="--query-device-caps"))
    assert 'timeout 20 mbimcli -p -d /dev/wwan0mbim0 --query-device-caps; echo "exit $?"' in commands
    assert not any("qmicli" in c or "uqmi" in c for c in commands)


def test_with_control_port_keeps_the_port_marked_as_the_input_s():
    from wwandoctor.filledtext import own
    from wwandoctor.system_commands import with_control_port
    out = with_control_port([own("mbimcli -p -d /dev/cdc-wdmN --query-radio-state"),  # the rule's own words
                             "qmicli -p -d /dev/cdc-wdmN --dms-get-ids", "ls /dev/cdc-wdm*"], "wwan0mbim0")
    assert [str(c) for c in out] == ["mbimcli -p -d /dev/wwan0mbim0 --query-radio-state",
                                     "qmicli -p -d /dev/cdc-wdmN --dms-get-ids", "ls /dev/cdc-wdm*"]
    assert out[0][slice(*out[0].filled[0])] == "/dev/wwan0mbim0"
    assert with_control_port(["qmicli -d /dev/cdc-wdmN"], None) == ["qmicli -d /dev/cdc-wdmN"]


def test_the_one_modem_id_the_output_shows_fills_vid_pid_placeholders():
    from types import SimpleNamespace as M
    from wwandoctor.report import _one_modem_id
    from wwandoctor.system_commands import with_modem_id
    shown = M(id="usb:1-4", vid="2c7c", pid="0125", only_named=False)
    named = M(id="named:EM7455", vid="1199", pid="9071", only_named=False)
    said = M(id="usb:413c:9070", vid="413c", pid="9070", only_named=True)
    assert _one_modem_id(M(modems=[shown, named, said])) == ("2c7c", "0125")
    assert _one_modem_id(M(modems=[named, said])) == (None, None)
    assert _one_modem_id(M(modems=[shown, M(id="usb:1-5", vid="1199", pid="9071", only_named=False)])) == (None, None)
    assert with_modem_id(["echo 'VID PID' | sudo tee /sys/bus/usb-serial/drivers/option1/new_id",
                          "sudo ln -sft /etc/ModemManager/fcc-unlock.d /usr/share/ModemManager/fcc-unlock.available.d/VID:PID"],
                         "2c7c", "0125") == [
        "echo '2c7c 0125' | sudo tee /sys/bus/usb-serial/drivers/option1/new_id",
        "sudo ln -sft /etc/ModemManager/fcc-unlock.d /usr/share/ModemManager/fcc-unlock.available.d/2c7c:0125"]
    assert with_modem_id(["lsusb -d VID:PID"], None, None) == ["lsusb -d VID:PID"]


def test_evidence_from_a_log_line_of_no_named_program_reads_log_not_unknown(tmp_path):
    report, _ = _fixes(tmp_path, "AT+GTDUALSIM?\n+GTDUALSIM : 1, \"SUB2\", \"NO SERVICE\"\nOK\n"
                                 "The modem shows no SIM, Unknown error (PINerror) every time.\n")
    sources = [e["source"] for f in report["findings"] for e in f["evidence"]]
    assert sources and "unknown" not in sources


def test_a_step_sending_at_through_mmcli_says_modemmanager_needs_debug_mode(tmp_path):
    report, _ = _fixes(tmp_path, "AT+GTDUALSIM?\n+GTDUALSIM : 1, \"SUB2\", \"NO SERVICE\"\nOK\n"
                                 "The modem shows no SIM, Unknown error (PINerror) every time.\n")
    steps = [s for f in report["findings"] for s in f["fix"]]
    with_at = [s for s in steps if any("mmcli" in c and "--command" in c for c in s["commands"])]
    assert with_at and all("--debug" in s["safety"] for s in with_at)
    assert all("--debug" not in s["safety"] for s in steps if s not in with_at and "--debug" not in " ".join(s["commands"]))


@pytest.mark.parametrize("said, openwrt", [
    ("My router runs OpenWrt 23.05.3 and the stick never becomes a modem.", True),
    ("The stick is on a GL-iNet box with ImmortalWrt 21.02 and stays a CD-ROM.", True),
    ("It worked on OpenWrt 19.07 but on my laptop the stick stays a CD-ROM.", False),
])
def test_an_openwrt_release_the_post_names_as_its_own_makes_the_fix_opkg(tmp_path, said, openwrt):
    report, _ = _fixes(tmp_path, said + "\n\n" + STORAGE_STICK.format(prompt="$"))
    commands, _ = _all_text(report)
    assert commands and any("apt install" in c for c in commands) != openwrt
    assert any(c.startswith("opkg update && opkg install") or c.startswith("opkg install") for c in commands) == openwrt


@pytest.mark.parametrize("model, name", [
    ("QUECTEL_PRODUCT_EC200S_CN", "Quectel EC200S-CN"), ("ZTE_PRODUCT_MC2718", "ZTE MC2718"),
    ("QUECTEL_PRODUCT_EC21 [comment above: Quectel products using Quectel vendor ID]", "Quectel EC21"),
    ("Sierra Wireless EM7455", "Sierra Wireless EM7455"), ("HP un2400 Gobi Modem Device", "HP un2400 Gobi Modem Device"),
])
def test_a_driver_product_macro_reads_as_a_model_name(model, name):
    from wwandoctor.model.usb import readable_model
    assert readable_model(model) == name


def test_modem_ids_in_rule_titles_read_as_words():
    from wwandoctor.modem_words import id_words
    assert [id_words(i) for i in ("usb:1-7", "usb:2c7c:6002", "named:EM7455", "mm:0", "unidentified:cdc-wdm0",
                                  "unidentified:modemmanager")] == [
        "1-7", "2c7c:6002", "EM7455", "ModemManager's modem 0", "the modem on cdc-wdm0", "ModemManager's modem"]


def test_an_unnamed_usb_id_is_named_by_its_driver_table_not_a_macro_or_internal_id(tmp_path):
    report, _ = _fixes(tmp_path, "Bus 001 Device 003: ID 2c7c:6002\n")
    titles = [u["title"] for u in report["undecided"]] + [f["title"] for f in report["findings"]]
    assert titles and all("_PRODUCT_" not in t and "usb:" not in t for t in titles)
    assert any("Quectel EC200S-CN" in t for t in titles)


@pytest.mark.parametrize("model, name", [
    ('MediaTek T700 5G modem (kernel doc t7xx.rst); sold as Fibocom FM350-GL (FCC script 14c3 in ModemManager names '
     'it "Lenovo-shipped Fibocom FM350-GL (14c3:4d75)")', "MediaTek T700 5G modem, sold as Fibocom FM350-GL"),
    ("Intel 7560 M.2 PCIe modem (INTEL_CP_DEVICE_7560_ID; Documentation/networking/device_drivers/wwan/iosm.rst)",
     "Intel 7560 M.2 PCIe modem"),
    ("EM919x (sdx55), use the same vid:pid as qcom-sdx55m", "EM919x (sdx55)"),
    ("T99W175 (sdx55), HP variant", "T99W175 (sdx55), HP variant"),
])
def test_a_pcie_table_model_text_reads_as_a_name_without_its_source_notes(model, name):
    from wwandoctor.model.pci import readable_table_model
    assert readable_table_model(model) == name


MODULE_MISSING = """\
{prompt} lsusb
Bus 001 Device 004: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE modem
{prompt} modprobe option
modprobe: FATAL: Module option not found in directory /lib/modules/6.1.21-v8+
"""


@pytest.mark.parametrize("prompt, openwrt", [("root@OpenWrt:~#", True), ("pi@raspberrypi:~ $", False)])
def test_the_kernel_check_reads_opkg_kmods_on_openwrt_and_modules_builtin_elsewhere(tmp_path, prompt, openwrt):
    _, commands = _fixes(tmp_path, MODULE_MISSING.format(prompt=prompt))
    assert ("opkg list-installed | grep kmod-usb" in commands) == openwrt
    assert any("modules.builtin" in c for c in commands) != openwrt


def test_a_parenthesis_that_only_repeats_the_id_before_it_is_dropped():
    from wwandoctor.engine.template import _without_echo
    parts = [("", False), ("1c9e", True), (":", False), ("f000", True), (" (", False), ("1c9e:f000", True),
             (") is a modem's pre-switch id", False)]
    assert "".join(t for t, _ in _without_echo(parts)) == "1c9e:f000 is a modem's pre-switch id"
    named = parts[:5] + [("Alcatel X220L", True), parts[6]]
    assert "".join(t for t, _ in _without_echo(named)) == "1c9e:f000 (Alcatel X220L) is a modem's pre-switch id"


@pytest.mark.parametrize("listed, name", [
    ("Sierra Wireless, Inc. Sierra Wireless EM7421 Qualcomm Snapdragon", "Sierra Wireless EM7421 Qualcomm Snapdragon"),
    ("Dell Computer Corp. Dell Wireless 5570", "Dell Wireless 5570"),
    ("Sierra Wireless, Inc. EM7455", "Sierra Wireless, Inc. EM7455"),  # the vendor said once stays
    ("Huawei Technologies Co., Ltd. E353/E3131 (Mass storage mode)", "Huawei Technologies Co., Ltd. E353/E3131 (Mass storage mode)"),
])
def test_lsusb_s_vendor_is_not_said_twice_in_the_modem_s_name(listed, name):
    from wwandoctor.ingest import ingest_text
    from wwandoctor.model import derive
    (modem,) = derive(ingest_text("Bus 001 Device 012: ID 1199:9090 %s\n" % listed)).modems
    assert modem.name == name


def test_a_log_line_that_repeats_another_s_message_is_not_shown_again_as_evidence():
    from wwandoctor.report import _distinct
    parsed = {"source": "DPR_Fcc_unlock_service", "text": "WWAN FCC unlock is not supported in this product"}
    again = {"source": "log", "text": "Sep 21 09:37:11 HOST-1 DPR_Fcc_unlock_service[7229]: " + parsed["text"]}
    other = {"source": "log", "text": "Sep 21 09:37:12 HOST-1 ModemManager[1102]: <warn> couldn't enable interface"}
    said = {"source": "post", "text": "I always have ERROR: SIM not inserted with 3 different SIM cards"}
    tool = {"source": "tool", "text": "ERROR: SIM not inserted"}
    assert _distinct([parsed, again, other]) == [parsed, other]
    assert _distinct([again, other]) == [again, other]
    assert _distinct([tool, said]) == [tool]
    assert _distinct([said, {"source": "model", "text": "modem.bus = usb"}])[0] == said


def test_a_sentence_of_the_post_is_labelled_post_and_a_line_of_no_known_program_log():
    # lines of real posts (tests/real_cases/tuning/ec25-eux-ftm-..., mc7355-kernel-picks-mbim-config-gobinet)
    from wwandoctor.engine.conditions import log_source
    from wwandoctor.snapshot import LogLine
    def source(text, origin="unknown"):
        return log_source(LogLine(text=text, origin=origin, time=None))
    assert source("Now the module is stuck in Factory Test Mode and cannot connect to any network.") == "post"
    assert source("I always have ERROR: SIM not inserted with 3 different SIM cards") == "post"
    assert source("/home/u/build/xmm7360-pci/xmm7360.c:1451:8: error: implicit declaration of function "
                  "'pci_set_dma_mask'; did you mean 'pci_set_master'?") == "log"
    assert source("GobiSerial::GobiProbe Ignoring non vendor class interface #12") == "log"
    assert source("WWAN FCC unlock is not supported in this product") == "log"
    assert source("No phone has been found!") == "log"
    # a post's line ending with a smiley (tuning case venus-os-dbus-modem-only-simcom-...)
    assert source('Tried several Huawei and Onda modems, Venus always says "no GSM modem connected" in the settings :-(') == "post"  # Wammu's (tuning case motorola-v195-ttyacm0-held-...)
    assert source("Sep 21 09:37:11 HOST-1 DPR_Fcc_unlock_service[7229]: I could not unlock it.") == "log"
    assert source("cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device", "kernel") == "kernel-log"


def test_a_post_sentence_matched_by_a_rule_is_shown_as_the_post_s():
    from wwandoctor.engine import evaluate, load_rules
    from wwandoctor.ingest import ingest_text
    from wwandoctor.model import derive
    from wwandoctor.report import build_report
    sentence = "Now the module is stuck in Factory Test Mode and cannot connect to any network."
    # the lines of a real post (tests/real_cases/spent/ec25-eux-ftm-cfun5-rf-calibration-lost-after-failed-update)
    model = derive(ingest_text(sentence + "\n  \u2022 AT+CFUN=1 returns +CME ERROR: 3\n  \u2022 AT+CSQ returns +CSQ: 99,99\n"))
    evidence = [e for f in build_report(model, evaluate(load_rules(), model))["findings"] for e in f["evidence"]]
    assert {"source": "post", "text": sentence} in evidence
    assert not any(e["source"] == "log" and "Factory Test Mode" in e["text"] for e in evidence)


def test_a_message_repeated_at_other_times_is_shown_once_with_its_count():
    from wwandoctor.report import _distinct
    signal = [{"source": "log", "text": "12:49:%02d.255 -> Signal:99" % n} for n in (18, 21, 24)]
    hint = {"source": "log", "text": "12:49:24.487 -> It seems that there is no signal."}
    same_fact = [{"source": "model", "text": "modem.bus = usb"}] * 2
    assert _distinct(signal + [hint] + same_fact) == [
        {"source": "log", "text": "12:49:18.255 -> Signal:99 (3 times)"}, hint] + same_fact


def test_openwrt_runs_modemmanager_by_its_init_script_and_has_no_coredumpctl():
    from wwandoctor.system_commands import fit_commands
    out = fit_commands(["sudo systemctl restart ModemManager", "sudo systemctl enable --now ModemManager",
                        "sudo systemctl disable --now ModemManager", "coredumpctl list ModemManager",
                        "sudo systemctl restart NetworkManager"], "openwrt")
    assert out == ["/etc/init.d/modemmanager restart",
                   "/etc/init.d/modemmanager enable && /etc/init.d/modemmanager start",
                   "/etc/init.d/modemmanager stop && /etc/init.d/modemmanager disable",
                   "systemctl restart NetworkManager"]
    assert fit_commands(["coredumpctl list ModemManager"], "fedora") == ["coredumpctl list ModemManager"]
    from wwandoctor.system_commands import fit_text
    said = "stop the ModemManager service first (systemctl stop ModemManager); then run it with --debug."
    assert fit_text(said, "openwrt") == (
        "stop the ModemManager service first (/etc/init.d/modemmanager stop); then run it with --debug.")
    assert fit_text(said, "arch") == said


def test_an_evidence_line_another_of_its_source_says_more_fully_is_left_out():
    from wwandoctor.report import _distinct
    named = "the post names the modem only by its model (EM7455): low confidence, candidates 1199:9079"
    fuller = {"source": "prose model name", "text": named + "; I have bought an EM7455 recently"}
    bare = {"source": "prose model name", "text": named}
    bus = {"source": "model", "text": "modem.bus = usb"}
    assert _distinct([fuller, bus, bare]) == [fuller, bus]
    assert _distinct([bare, {"source": "stated", "text": named + " and more"}]) == [
        bare, {"source": "stated", "text": named + " and more"}]  # another source says it: both stay
