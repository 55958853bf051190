"""The shared forms a negated verb is read in (model/prose_variants.py).

WRITTEN, NOT REAL: every sentence below was written for this table (stop 28, tuning28d); none is quoted from a post.
READ: a negation form or verb a row never listed, read because the sentence is said again in the shared forms
("refuses to", "quit Ving", "doesn't manage to", "never manages to", "gives no reply"; the verbs' synonyms; the modem
called a dongle, card or module; misspellings mended; a repeated event and a fact told as a noun said with their
verb). NOT_READ: the look-alikes the restating must not turn into a fact: a row that reads
the bare verb ("crashes", "conflict", "gives up probing") with its own list of negations, a denial, a condition, a
question, a past taken back, a verb too generic to stand for another ("does not change").
"""
import pytest

from wwandoctor.model import prose_variants

from prose_util import pair_ids, stated

READ = [
    ("The modem refuses to answer AT commands.", "said:serial-no-answer"),
    ("The modem has quit responding to AT commands.", "said:serial-no-answer"),
    ("The EC25 never manages to respond to AT commands.", "said:serial-no-answer"),
    ("The RM520 refuses to work over PCIe on this board.", "said:pcie-no-driver"),
    ("The A7608 doesn't work when the board runs on battery alone.", "said:power-source"),
    # misspelt and non-native: the spelling mended
    ("my modem is not recongnized by ModemManager", "said:mm-no-modem"),
    ("The moden dosent show in lsusb", "said:not-on-usb"),
    ("modem not detect by ModemManager", "said:mm-no-modem"),
    ("the SIM card not recognise", "said:sim-not-detected"),
    # a fact told as a noun, with its verb; a program showing the stick as something else
    ("no detection of the SIM card after reboot", "said:sim-not-detected"),
    ("Ubuntu mounts the MD300 as a pen drive, never as a modem.", "said:storage-mode"),
]

NOT_READ = [
    ("ModemManager doesn't crash, it runs fine.", "said:mm-crashed"),
    ("The status does not change after applying settings.", "said:storage-mode"),
    ("ModemManager did not give up probing, it found the modem.", "said:mm-never-finishes"),
    ("usbserial and usbstorage do not conflict, the stick works.", "said:drivers-compete"),
    ("If the modem refuses to answer AT commands, reboot it.", "said:serial-no-answer"),
    ("Does the modem refuse to answer AT commands?", "said:serial-no-answer"),
    ("The modem refused to answer AT commands until I replaced the cable; now it responds.", "said:serial-no-answer"),
    ("The WiFi card lacks a driver.", "said:other-devices-gone"),
    ("There is no detection of problems, the SIM card works.", "said:sim-not-detected"),
    ("Ubuntu mounts my USB stick with the photos as a flash drive.", "said:storage-mode"),
    ("But it does not show or connect to any network.", "said:not-on-usb"),
    ("I updated the firmware last week and everything keeps working, no drops.", "said:drops-periodically"),
]


@pytest.mark.parametrize("sentence, fact", READ, ids=pair_ids(READ))
def test_a_new_negation_form_gives_the_fact(sentence, fact):
    assert fact in stated(sentence)


@pytest.mark.parametrize("sentence, fact", NOT_READ, ids=pair_ids(NOT_READ))
def test_a_look_alike_does_not_give_the_fact(sentence, fact):
    assert fact not in stated(sentence)


def test_a_negated_verb_is_said_again_in_each_shared_form_keeping_its_tense():
    present = {v.text for v in prose_variants.variants("The stick refuses to answer.")}
    assert {"The stick doesn't answer.", "The stick never answers.", "The stick isn't replying.",
            "The stick won't respond."} <= present
    past = {v.text for v in prose_variants.variants("It refused to answer.")}
    assert "It didn't answer." in past and "It never answered." in past and "It doesn't answer." not in past


def test_the_modem_called_by_another_noun_is_called_a_modem_but_not_another_card():
    assert prose_variants.with_modem_noun("my LTE dongle drops") == "my LTE modem drops"
    assert prose_variants.with_modem_noun("the T-A7608 module is dead") == "the T-A7608 modem is dead"
    assert prose_variants.with_modem_noun("the SIM card is dead, the WiFi card too") == "the SIM card is dead, the WiFi card too"


def test_a_sentence_without_a_negated_verb_is_not_said_again():
    assert prose_variants.variants("The modem answers AT commands fine.") == []


def test_a_misspelling_or_a_bare_verb_after_not_is_mended_but_not_a_correct_sentence():
    assert prose_variants.with_spelling("the moden dosent show, it is not recongnized") == "the modem doesn't show, it is not recognized"
    assert prose_variants.with_spelling("modem not detect by ModemManager") == "modem not detected by ModemManager"
    assert prose_variants.with_spelling("it does not show or connect") == "it does not show or connect"


def test_a_repeated_event_and_a_noun_are_said_with_their_verb():
    said = {v.text for v in prose_variants.variants("The stick keeps resetting itself.")}
    assert "The stick resets itself." in said
    assert "The stick keeps resetting itself." in {v.text for v in prose_variants.variants("The stick constantly resets itself.")}
    said = {v.text for v in prose_variants.variants("There is no response from the modem on ttyUSB2.")}
    assert "the modem doesn't respond on ttyUSB2." in said
