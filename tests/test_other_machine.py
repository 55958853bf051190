"""Output a post labels as another machine's is not read as the failing machine's (ingest/other_machine.py).

WRITTEN, NOT REAL: the posts below were written for this test (stop 28, tuning28d).
"""
from wwandoctor.ingest import ingest_text
from wwandoctor.ingest.other_machine import is_other_machine_label

LSUSB = "Bus 001 Device 004: ID 1199:9079 Sierra Wireless, Inc. EM7455 Qualcomm Snapdragon X7 LTE-A"


def _vids(text):
    return [d.vid for d in ingest_text(text).usb_devices]


def test_a_working_laptops_lsusb_is_left_out_in_the_same_paragraph():
    snap = ingest_text("My EM7455 in the Raspberry Pi 4 is not detected at all, lsusb does not show it.\n"
                       "On my Mint laptop, where it works fine, lsusb shows:\n" + LSUSB + "\n")
    assert snap.usb_devices == []
    assert any("another machine" in note for note in snap.notes)


def test_the_next_block_after_a_label_is_left_out():
    assert _vids("The modem in my router is not detected.\n\nFor comparison, from my other laptop:\n\n```\n" + LSUSB +
                 "\n```\n") == []


def test_output_of_the_machine_the_post_is_about_is_read():
    assert _vids("My EM7455 in the laptop is not detected by ModemManager.\nOn my laptop lsusb shows:\n" + LSUSB + "\n") == ["1199"]
    assert _vids("Here is lsusb:\n" + LSUSB + "\n") == ["1199"]


def test_a_label_names_another_machine():
    assert is_other_machine_label("On my other PC it shows:", set())
    assert is_other_machine_label("from the desktop where it works:", set())
    assert is_other_machine_label("On my Mint laptop it shows:", {"pi"})
    assert not is_other_machine_label("On my Mint laptop it shows:", {"laptop"})
    assert not is_other_machine_label("On my Mint laptop it shows:", set())
    assert not is_other_machine_label("On my other laptop it works fine.", set())  # no output follows


def test_a_label_saying_the_modem_fails_there_names_the_failing_machine():
    assert not is_other_machine_label("On my router where the modem is not working:", set())
    assert not is_other_machine_label("On my laptop, where it isn't working, lsusb shows:", set())
    assert not is_other_machine_label("Output from my Pi with the stick that stopped working:", set())
    assert not is_other_machine_label("On my old laptop it shows:", set())  # "old" is not "another"
    assert is_other_machine_label("From my other PC, where it is working:", set())
    assert _vids("The stick does not work.\nOn my laptop, where it is not working, lsusb shows:\n" + LSUSB + "\n") == ["1199"]


# WRITTEN, NOT REAL (stop 29, tuning29a): the system the post says the modem works on, named in a label
def test_a_label_naming_the_system_where_it_works_leaves_its_outputs_out():
    text = ("The stick worked fine in Mint 17.\n\nOn Mint I get:\n\n$ lsusb\n" + LSUSB + "\n\n$ dmesg | tail -1\n"
            "[  512.3] usb 1-1: GSM modem (1-port) converter now attached to ttyUSB0\n\nOn Arch:\n\n$ lsusb\n"
            "Bus 001 Device 005: ID 12d1:1446 Huawei Technologies Co., Ltd. E1552/E1800/E173 (HSPA modem)\n")
    snap = ingest_text(text)
    assert [d.vid + ":" + d.pid for d in snap.usb_devices] == ["12d1:1446"]
    assert not any("ttyUSB0" in line.text for line in snap.log)


def test_a_system_label_needs_the_post_to_say_it_works_there():
    assert is_other_machine_label("On Mint I get:", {"system:mint"})
    assert not is_other_machine_label("On Mint I get:", set())
    assert not is_other_machine_label("On Mint I get:", {"system:windows"})
    assert not is_other_machine_label("On my Mint laptop it shows:", {"system:windows"})  # a system is no machine
    assert _vids("It works under Windows but not here.\n\nOn Ubuntu it shows:\n\n" + LSUSB + "\n") == ["1199"]


# WRITTEN, NOT REAL (stop 35, tuning35a): an issue template's expected output is no machine's output
def test_output_labelled_as_expected_is_left_out():
    snap = ingest_text("The LTE module in the mini PCIe slot does not show in lsusb.\n\n"
                       "Expected behavior: the modem should be detected and listed by lsusb:\n\n```\n" + LSUSB + "\n```\n")
    assert snap.usb_devices == []
    assert any("the output expected" in note for note in snap.notes)
    assert is_other_machine_label("Expected output:", set())
    assert is_other_machine_label("lsusb should look like this:", set())
    assert not is_other_machine_label("It should show the modem, but I only get:", set())
    assert not is_other_machine_label("Here is what lsusb shows:", set())
    assert _vids("lsusb shows the modem:\n" + LSUSB + "\n") == ["1199"]


def test_a_conditional_label_is_one_state_of_this_machine():
    assert not is_other_machine_label("If the modem is detected correctly, dmesg would show something like this:", set())
    assert not is_other_machine_label("When it fails, dmesg would show:", set())
