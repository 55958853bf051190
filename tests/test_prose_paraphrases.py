"""Written paraphrases (stop 25): the decisive sentence of real tuning/spent posts the tool reads right, written again
as another person would write it (other words and word order, no apostrophe, a non-native phrasing), none of it a
post's own words. Each row must give the fact its reading gives for the original; the look-alikes below must not.
The paraphrase set these come from and its hit rate: /work/notes/tuning25e.md."""
import pytest

from prose_util import pair_ids, stated
from wwandoctor.ingest import kernel_log


READ = [
    # a negation without its apostrophe reads as one with it (every stated fact)
    ("after firmware update the modem doesnt connect at all", "said:no-connect-after-firmware"),
    ("Since I flashed the new firmware to my EM7455 it won't connect.", "said:no-connect-after-firmware"),
    ("since the firmware upgrade the modem never registers", "said:no-connect-after-firmware"),
    # the APN not kept over a restart, in more words
    ("After power cycle the APN setting is not saved, I must set it again each boot.", "said:apn-not-kept"),
    ("The APN doesn't stick across reboots.", "said:apn-not-kept"),
    ("my router forgets the APN after every reboot", "said:apn-not-kept"),
    # drops told with the frequency first
    ("Every hour or so the LTE link drops and the modem has to reconnect", "said:drops-periodically"),
    ("every few minutes the connection drops", "said:drops-periodically"),
    # gone from USB, without the word "bus"
    ("some time after unlocking sim, modem disappear from usb and reappear 2 seconds later, again and again",
     "said:drops-off-bus"),
    # the kernel or image without the modem's drivers, the drivers not named
    ("The kernel that comes with the image doesn't include the drivers the MC7455 needs", "said:module-missing"),
    ("The default firmware of the router doesn't come with the serial and QMI drivers for the modem.",
     "said:module-missing"),
    ("The image does not include the modem drivers.", "said:module-missing"),
    ("qcserial is not in the ubuntu kernel for this board", "said:module-missing"),
    # no serial ports left after a composition change
    ("I sent AT!USBCOMP=1,1,1001 to the modem and since then there are no /dev/ttyUSB ports anymore.", "said:ports-gone"),
    # a setup still naming the interface udev renamed
    ("My scripts still use wwan0 but udev renamed the interface to wwp0s29u1u2i1.", "said:iface-renamed"),
    # names do not resolve, told with "no" as the subject's word
    ("The modem seems to connect ok, but no hostname resolves.", "said:names-fail"),
    # a QMI call up (an address, "comes up") and not a packet back
    ("The modem registers on LTE, QMI hands out an IP address and the status is connected, yet not a single packet "
     "comes back.", "said:qmi-connected-no-traffic"),
    ("The data call comes up with qmi-network and wwan0 has an address, yet no packets are received.",
     "said:qmi-connected-no-traffic"),
]

NOT_READ = [
    ("Since the modem firmware is old, it does not connect to 5G.", "said:no-connect-after-firmware"),
    ("Since I updated the firmware it connects fine.", "said:no-connect-after-firmware"),
    ("The APN is saved and survives a reboot.", "said:apn-not-kept"),
    ("After reboot I checked the APN, it is correct.", "said:apn-not-kept"),
    ("Every hour I check it and it never drops.", "said:drops-periodically"),
    ("the stick disappears from USB after usb_modeswitch runs", "said:drops-off-bus"),
    ("The modem never disappears from USB.", "said:drops-off-bus"),
    ("The kernel doesn't include the drivers for my wifi card.", "said:module-missing"),
    ("The kernel includes the drivers the modem needs.", "said:module-missing"),
    ("udev renamed the interface to wwp0s20u4 and it works fine", "said:iface-renamed"),
    ("qmicli gets an address and now traffic flows, no packets lost.", "said:qmi-connected-no-traffic"),
    ("I dont think the SIM is locked.", "said:sim-locked"),
]


@pytest.mark.parametrize("sentence,fact", READ, ids=pair_ids(READ))
def test_written_paraphrase_is_read(sentence, fact):
    assert fact in stated(sentence)


@pytest.mark.parametrize("sentence,fact", NOT_READ, ids=pair_ids(NOT_READ))
def test_look_alike_is_not_read(sentence, fact):
    assert fact not in stated(sentence)


def test_quote_keeps_the_posts_own_spelling():
    """The apostrophe is put back only to read the sentence: the evidence quotes the post as written."""
    from prose_util import post_lines
    from wwandoctor.model import prose
    found = prose.stated_facts(post_lines("We cant say. after firmware update the modem doesnt connect at all, wont work"))
    quote = found["said:no-connect-after-firmware"][0].text
    assert "modem doesnt connect at all, wont work" in quote


@pytest.mark.parametrize("line,kernel", [
    ("qmi_wwan module is not included in the kernel of this image.", False),
    ("usb modem is not recognized by the system", False),
    ("option driver does not bind to my modem", False),
    ("qmi_wwan 1-1:1.4: cdc-wdm0: USB WDM device", True),
    ("usb 1-1: new high-speed USB device number 3 using xhci_hcd", True),
    ("usb usb1: New USB device found, idVendor=1d6b", True),
    ("sd 2:0:0:0: [sdb] Attached SCSI removable disk", True),
])
def test_sentence_opening_with_a_driver_name_is_prose(line, kernel):
    assert kernel_log.bare_kernel_message(line) is kernel
