"""Unknown is never reported as healthy (DESIGN.md section 5, exit 3): an input of prose only, or a
failure the post states that the output shown does not explain, is "nothing could be concluded",
never "no problem found" with exit 0, in every output format. Output that shows no fault, with words
that state none, keeps "no problem found" (exit 0), as the no-fault written cases show.

The prose is real posts' (source in the comment) or written the way they are; the machine output is
the written cases' and tests/samples/paste's."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from wwandoctor import commands
from wwandoctor.engine import evaluate, load_rules
from wwandoctor.ingest import ingest_inputs, ingest_text
from wwandoctor.model import derive
from wwandoctor.report import build_report
from wwandoctor.sentences import has_words, is_sentence
from wwandoctor.unexplained import machine_output_understood, missing_evidence, prose_only

REPO = Path(__file__).resolve().parent.parent
WRITTEN = REPO / "tests" / "written_cases"
SAMPLES = REPO / "tests" / "samples" / "paste"
FORMATS = ("text", "markdown", "mail", "json")

# forum.sierrawireless.com/t/em7455-linux-issues/9086 (a post with no output in it)
DW5811E_POST = (
    "I have bought a Sierra Wireless EM7455 (DW5811e) recently for my Dell Latitude e5470.\n\n"
    "Everything worked fine under windows after restarting my PC. But then when I booted over debian, the wwan "
    "card was not present at all.\n\n"
    "So I removed the Driver, removed the card from its slot, and installed it back, I reinstalled the driver "
    "but with the USBCOMP=8 for MBIM.\n\n"
    "I rebooted, and still worked fine under Windows, and worked partially over debian, the cdc-wdm0 is present, "
    "but no COM ports for NMEA, DM or AT.\n")


def _report(snap):
    model = derive(snap)
    return build_report(model, evaluate(load_rules(), model))


def _case_files(name):
    folder = WRITTEN / name
    meta = yaml.safe_load((folder / "case.yaml").read_text())
    return [str(folder / item["file"]) for item in meta["inputs"]]


def _with_post(tmp_path, files, post):
    """The files' text with the post's words after it, as one paste."""
    text = "\n\n".join(Path(f).read_text() for f in files) + "\n\n" + post
    path = tmp_path / "post.txt"
    path.write_text(text)
    return path


def run(*args):
    return subprocess.run([sys.executable, "-m", "wwandoctor", *args], cwd=str(REPO), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True, env=dict(os.environ, NO_COLOR="1"))


# --- what a sentence is ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "So I removed the Driver, removed the card from its slot, and installed it back, I reinstalled the driver "
    "but with the USBCOMP=8 for MBIM.",
    "Any idea what I'm doing wrong? The same credentials work in a Teltonika router.",
    "I had also added product ID 0x9078 to both the GobiNet and GobiSerial drivers.",
])
def test_sentences(text):
    assert is_sentence(text) and has_words(text)


@pytest.mark.parametrize("text", [
    "usb 1-1.3: Device not responding to setup address.",
    "usbcore: registered new interface driver qmi_wwan",
    "[/dev/cdc-wdm0] Radio state retrieved:",
    "error: couldn't open the MbimDevice: Transaction timed out",
    "<wrn> [modem0] modem couldn't be initialized: Couldn't check unlock status: SIM not inserted",
    "ModemManager[812]: <info>  [modem0] state changed (registering -> registered)",
    "Jun 12 10:00:01 host kernel: qmi_wwan: probe of 1-1:1.4 failed with error -22",
    "root@OpenWrt:~# mbimcli -d /dev/cdc-wdm0 --query-radio-state",
    "              Ready state: 'sim-not-inserted'",
])
def test_program_lines_are_not_sentences(text):
    assert not is_sentence(text)


def test_a_sentence_naming_mbim_is_not_taken_as_mbimcli_output():
    snap = ingest_text(DW5811E_POST)
    assert "paste:mbimcli" not in snap.sources
    assert not any(line.origin == "mbimcli" for line in snap.log)
    assert any("USBCOMP=8 for MBIM" in part for part in snap.prose)


def test_real_mbimcli_output_is_still_mbimcli():
    snap = ingest_inputs([str(SAMPLES / "mbimcli-radio-state.txt")])
    assert snap.sources["paste:mbimcli"].status == "ok"


# --- prose only --------------------------------------------------------------------------------------
def test_a_post_of_prose_only_is_prose_only():
    snap = ingest_text(DW5811E_POST)
    assert not machine_output_understood(snap) and prose_only(snap)
    report = _report(snap)
    assert report["findings"] == [] or all(f["severity"] == "info" for f in report["findings"])
    assert report["verdict"].startswith("nothing could be concluded: the input is only prose")
    for command in ("lsusb", "sudo dmesg", "mmcli -m any", "ip addr"):
        assert command in report["verdict"]
    assert commands._exit_code(report) == 3


def test_prose_with_output_is_not_prose_only():
    snap = ingest_text(DW5811E_POST + "\n" + (SAMPLES / "dmesg-ec21-qmi-wwan.txt").read_text())
    assert machine_output_understood(snap) and not prose_only(snap)


def test_output_no_parser_knows_is_not_called_prose():
    snap = ingest_text('File ".../serial/serialposix.py", line 713, in _update_dtr_state\n'
                       "    fcntl.ioctl(self.fd, TIOCMBIS, TIOCM_DTR_str)\nOSError: [Errno 71] Protocol error\n")
    assert not prose_only(snap)
    report = _report(snap)
    assert report["verdict"].startswith("nothing could be concluded: no part of the input could be understood")


def test_prose_whose_words_prove_a_cause_still_reports_it():
    # pinephone_modem_sdk#142: the stated state is evidence for a low-confidence finding
    report = _report(ingest_text("LSUSB doesn't show any modem, and the LED stays off.\n"))
    assert report["findings"] and report["findings"][0]["severity"] == "warning"
    assert commands._exit_code(report) == 1
    assert report["verdict"].startswith("1 problem found") or "problems found" in report["verdict"]


# --- a stated failure the output does not explain ------------------------------------------------------
# (case, the words added, the verdict the output alone gives)
UNEXPLAINED = [
    # lsusb + lsusb -t of a working EC25: a modem in QMI mode, an info finding only
    ("ec25-lsusb-working-nff", "It doesn't work: I get no IP address on wwan0.", "no problem found: "),
    # option bound to a QMI interface, no rule decides: "no problem found"
    ("ec25-option-new-id-grabbed-qmi-interface", "The modem does not connect.", "no problem found"),
    # a healthy mmcli with checks undecided
    ("ec25-mmcli-connected-healthy-nff", "But the connection drops and never comes back.",
     "no problem found, but"),
]


@pytest.mark.parametrize("case, words, before", UNEXPLAINED)
def test_a_stated_failure_the_output_does_not_explain_is_not_healthy(tmp_path, case, words, before):
    files = _case_files(case)
    alone = _report(ingest_inputs(files))
    assert alone["verdict"].startswith(before) and commands._exit_code(alone) == 0
    report = _report(ingest_inputs([str(_with_post(tmp_path, files, words))]))
    assert commands._exit_code(report) == 3
    assert report["verdict"].startswith(
        "nothing could be concluded: the problem the post describes is not explained by the output shown")
    assert words.split(":")[0].rstrip(".") in report["verdict"]


def test_the_missing_output_is_named():
    snap = ingest_inputs(_case_files("ec25-lsusb-working-nff"))
    missing = [what for what, _ in missing_evidence(snap)]
    assert "the USB and PCI device lists" not in missing
    assert missing == ["the kernel log", "ModemManager's view", "the network interfaces"]


def test_a_stated_failure_with_no_modem_in_the_output_is_not_healthy(tmp_path):
    path = _with_post(tmp_path, [str(SAMPLES / "ip-route-raspap.txt")], "My LTE stick is not detected at all.")
    report = _report(ingest_inputs([str(path)]))
    assert "the USB and PCI device lists (lsusb; lspci -nnk)" in report["verdict"]
    assert commands._exit_code(report) == 3


@pytest.mark.parametrize("words", [
    "If it doesn't work after a reboot, what should I check?",        # a condition
    "Before the update the modem was not detected; now it works.",     # the past
    "I noticed there was no wwan interface but I fixed it with a patch.",  # resolved
    "Does it drop the connection when the signal is weak?",            # a question
    "Works great with NetworkManager, I'm just curious why my interface is called wwp0s20f0u6i12.",
    "The modem connects when I click it in the GNOME menu, but not automatically after boot.",
])
def test_words_that_state_no_failure_keep_no_problem_found(tmp_path, words):
    files = _case_files("ec25-lsusb-working-nff")
    report = _report(ingest_inputs([str(_with_post(tmp_path, files, words))]))
    assert report["verdict"].startswith("no problem found") and commands._exit_code(report) == 0


def _no_fault_written_cases():
    for cy in sorted(WRITTEN.glob("*/case.yaml")):
        if yaml.safe_load(cy.read_text())["label"] == "no-fault-found":
            yield cy.parent.name


@pytest.mark.parametrize("case", list(_no_fault_written_cases()))
def test_no_fault_cases_keep_exit_0(case):
    snap = ingest_inputs(_case_files(case))
    report = _report(snap)
    if not machine_output_understood(snap):
        # a no-fault post of words only (a how-to question, a condition, a denial): no finding, and unknown is never
        # healthy - "nothing could be concluded" (exit 3), not "no problem found"
        assert commands._exit_code(report) == 3, report["verdict"]
        assert not [f for f in report["findings"] if f["severity"] in ("error", "warning")], report["verdict"]
        return
    assert commands._exit_code(report) == 0, report["verdict"]
    assert not report["blind"]


# --- the CLI, every format -------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_prose_only_exits_3_in_every_format(tmp_path, fmt):
    post = tmp_path / "post.txt"
    post.write_text(DW5811E_POST)
    proc = run("analyze", "--format", fmt, str(post))
    assert proc.returncode == 3, proc.stderr
    assert "nothing could be concluded: the input is only prose" in proc.stderr
    assert "Traceback" not in proc.stderr
    out = " ".join(proc.stdout.split())
    assert "no problem found" not in out
    assert "the input is only prose" in out and "lsusb" in out
    if fmt == "json":
        _check_json(json.loads(proc.stdout))


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_unexplained_failure_exits_3_in_every_format(tmp_path, fmt):
    path = _with_post(tmp_path, _case_files("ec25-lsusb-working-nff"), "It doesn't work: I get no IP address on wwan0.")
    proc = run("analyze", "--format", fmt, str(path))
    assert proc.returncode == 3, proc.stderr
    out = " ".join(proc.stdout.split())
    assert "not explained by the output shown" in out and "no problem found" not in out
    assert "the kernel log (sudo dmesg)" in out
    if fmt == "json":
        _check_json(json.loads(proc.stdout))


@pytest.mark.parametrize("fmt", FORMATS)
def test_cli_no_fault_output_still_exits_0(fmt):
    proc = run("analyze", "--format", fmt, *_case_files("ec25-lsusb-working-nff"))
    assert proc.returncode == 0, proc.stderr
    assert "nothing could be concluded" not in proc.stdout


def _check_json(report):
    from tests.test_report import CONTRACT_TOP, EXTRA_TOP
    assert set(report) == CONTRACT_TOP | EXTRA_TOP
    assert report["blind"] and report["verdict"].endswith(report["blind"])
    assert report["schema"] == "wwandoctor.report/1"


# --- a device list without a modem is a conclusion, not "no problem" ----------------------------------------
ROOT_HUBS = ("Bus 002 Device 001: ID 1d6b:0003 Linux Foundation 3.0 root hub\n"
             "Bus 001 Device 002: ID 046d:c52b Logitech, Inc. Unifying Receiver\n"
             "Bus 001 Device 001: ID 1d6b:0002 Linux Foundation 2.0 root hub\n")


def test_a_pasted_device_list_without_a_modem_says_no_modem_found():
    report = _report(ingest_text(ROOT_HUBS))
    assert report["verdict"].startswith("no modem found: the device list shown holds no device known as a WWAN modem")
    assert "no problem found" not in report["verdict"] and commands._exit_code(report) == 0


def test_output_without_a_device_list_keeps_its_verdict():
    report = _report(ingest_inputs([str(SAMPLES / "ip-route-raspap.txt")]))
    assert report["verdict"] == "no problem found in the input (it shows no modem device)"


def test_a_sentence_naming_gobinet_is_not_quectel_cm_output():
    # Sierra forum, EM7455 dev kit: the person's sentence, then quectel-CM's own stamped lines
    snap = ingest_text("I had also added product ID 0x9078 to both the GobiNet and GobiSerial drivers.\n"
                       "[04-10_09:43:21:511] Quectel_QConnectManager_Linux_V1.6.0.12\n"
                       "[04-10_09:43:21:512] Find /sys/bus/usb/devices/1-1 idVendor=0x1199 idProduct=0x9078\n")
    taken = [line.text for line in snap.log if line.origin == "quectel-cm"]
    assert taken and not any("GobiSerial drivers" in text for text in taken)
    assert any("GobiSerial drivers" in part for part in snap.prose)
