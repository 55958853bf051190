"""A modem the post names only by its model (wwandoctor/model/named.py): candidate ids, facts that hold
for every candidate, low confidence, and an id from lsusb/dmesg/the post's words always winning."""
from __future__ import annotations

from wwandoctor.engine import evaluate, load_rules
from wwandoctor.ingest import ingest_text
from wwandoctor.model import derive

EG060W_OLD = "I have a Quectel EG060W-EA module and the ttyUSB ports are missing.\n$ uname -r\n5.10.0-28-amd64\n"
# the real post of tests/real_cases/tuning/dw5811e-usbcomp6-... (forum.sierrawireless.com/t/em7455-linux-issues/9086)
DW5811E = ("I have bought a Sierra Wireless EM7455 (DW5811e) recently for my Dell Latitude e5470.\n"
           "I rebooted, and still worked fine under Windows, and worked partially over debian, the cdc-wdm0 is present, "
           "but no COM ports for NMEA, DM or AT.\n")


def _model(text):
    return derive(ingest_text(text))


def _findings(text):
    return evaluate(load_rules(), _model(text)).findings


def test_a_model_name_gives_a_modem_with_its_candidate_ids():
    (m,) = _model(DW5811E).modems
    assert m.named_model == "EM7455 / DW5811e"
    assert {"413c:81b6", "413c:81c2", "1199:9079"} <= set(m.candidate_ids)
    assert m.bus == "usb" and m.vid is None  # two vendors: Sierra's and Dell's ids
    assert m.expected_drivers == ["qcserial"]  # 1199:9078 is in qcserial's table only: the drivers of every candidate
    assert all(e.source == "prose model name" for e in m.evidence["candidate_ids"])
    assert "low confidence" in m.evidence["candidate_ids"][0].text


def test_boot_loader_ids_of_a_model_are_no_candidates():
    # qcserial.c names 413c:81b5 "Dell Wireless 5811e QDL" (the boot loader) and 1199:907a "EM74xx QDL"
    (m,) = _model(DW5811E).modems
    assert "413c:81b5" not in m.candidate_ids and "1199:907a" not in m.candidate_ids
    assert "413c:81b5" in m.evidence["candidate_ids"][0].text


def test_every_candidate_missing_from_the_kernel_is_kernel_knows_id_false():
    (m,) = _model(EG060W_OLD).modems
    assert m.candidate_ids == ["2c7c:6004"] and m.vid == "2c7c" and m.pid == "6004"
    assert m.kernel_knows_id is False
    assert m.evidence["kernel_knows_id"][0].source == "prose model name"


def test_candidates_that_disagree_leave_the_fact_unknown():
    # 1199:9079 is in every checked kernel's qmi_wwan, 2c7c:6004 not in 5.10's option: one of each
    text = "I have a Quectel EG060W-EA and a Sierra EM7455 here.\n$ uname -r\n5.10.0-28-amd64\n"
    (m,) = _model(text).modems
    assert m.kernel_knows_id is None


def test_a_finding_from_a_model_name_is_low_confidence():
    found = [f for f in _findings(EG060W_OLD) if f.rule == "driver-not-bound-unknown-id-named"]
    assert found and found[0].confidence == "low"


def test_an_id_from_lsusb_wins_over_the_name():
    text = EG060W_OLD + "$ lsusb\nBus 001 Device 003: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE modem\n"
    (m,) = _model(text).modems
    assert m.named_model is None and (m.vid, m.pid) == ("2c7c", "0125")


def test_an_id_in_the_posts_words_wins_over_the_name():
    (m,) = _model("My Quectel EG060W-EA (2c7c:0125) has no ttyUSB ports.\n").modems
    assert m.named_model is None and m.id == "usb:2c7c:0125"


def test_a_hedged_or_question_sentence_names_no_modem():
    assert _model("Should I buy a Quectel EG060W-EA for this router?\n").modems == []
    assert _model("If I had an EM7455 I would use qmicli.\n").modems == []


def test_common_words_name_no_modem():
    assert _model("My LTE modem with an SDX55 chip on USB3 and x86_64 gets no IP on Cat4.\n").modems == []


def test_too_many_names_are_a_list_not_a_modem():
    text = "Supported: EM7455, EM7565, RM520N-GL, FM350-GL, SIM7600E-H.\n"
    assert _model(text).modems == []


def test_the_name_keeps_the_posts_control_ports():
    text = "My Sierra EM7455 is on /dev/cdc-wdm0 but qmicli hangs.\n"
    (m,) = _model(text).modems
    assert m.named_model == "EM7455" and m.control_ports == ["cdc-wdm0"]


def test_a_no_fault_post_naming_its_modem_stays_silent():
    for text in ("I have a Quectel RM520N-GL in my router and it works fine with ModemManager. How do I set an APN?\n",
                 "My Fibocom FM350-GL works great on Ubuntu 24.04, just sharing my setup.\n$ uname -r\n6.8.0-45-generic\n",
                 "Thinkpad with a Foxconn T99W175, connection works.\n",
                 "I use a Sierra EM7455 on kernel 5.10 with qmicli and it connects fine.\n$ uname -r\n5.10.0-28-amd64\n"):
        assert [f.rule for f in _findings(text) if f.severity in ("warning", "error")] == [], text


def test_a_named_stick_known_only_by_its_storage_ids_is_a_storage_stick_not_a_modem():
    from wwandoctor.model.named import named_model, named_storage_sticks
    from wwandoctor.snapshot import LogLine
    # usb-modeswitch-data lists the ZTE MF710M (19d2:1588) and Huawei E3531 storage ids; no driver table names them
    lines = [LogLine(text="I have also tried a Huawei E3531 and the ZTE MF710M on the gateway.", origin="unknown")]
    assert named_model(lines) is None
    assert named_storage_sticks(lines) == ["E3531", "MF710M"]
    # a module named by a modem id is no storage stick
    assert named_storage_sticks([LogLine(text="My EM7455 shows no ports.", origin="unknown")]) == []


def test_a_sentence_kept_for_its_error_word_still_names_the_modem():
    # the generic error reader keeps a sentence with "not found" as a tool line (origin "tool"); the prose
    # reader reads such lines as the post's words (signals.prose_text_lines), and so does the model-name reader
    text = ("the qmi_wwan driver is not working with the built-in Quectel EG060W-EA module, "
            "uqmi commands return not found.\n")
    (m,) = _model(text).modems
    assert m.named_model == "EG060W-EA"
