"""The English rows of parts in any order (model/prose_english.py) and their look-alikes: a negation before the key,
another device, a host as the subject, the trouble over since a change, another script. WRITTEN sentences, not posts."""
from __future__ import annotations

import pytest

from prose_util import stated as said


@pytest.mark.parametrize("sentence, fact", [
    # the same three parts in three orders
    ("The 4G connection drops every 15-20 minutes or so.", "said:drops-periodically"),
    ("Every half hour or so I lose the LTE link.", "said:drops-periodically"),
    ("I keep losing the mobile data link several times an hour.", "said:drops-periodically"),
    # the modem hangs, and only its power brings it back
    ("Once in a while the EC25 locks up and I have to pull the USB plug.", "said:modem-crashes"),
    ("The module freezes roughly every 30 hours until it gets a power cycle.", "said:modem-crashes"),
    # a driver and its absence, either order
    ("My image simply lacks the qcserial driver.", "said:module-missing"),
    ("The cdc_mbim module is missing here.", "said:module-missing"),
    ("The stick is acting like a flash disk on the router.", "said:storage-mode"),
    ("After a day the dongle is gone from lsusb.", "said:drops-off-bus"),
    ("The bearer says connected, yet wwan0 does not get an IPv4 address.", "said:connected-no-ip"),
    # the WWAN radio held off, by its state or by what holds it
    ("The integrated HSPA module stays switched off after resume.", "said:radio-blocked"),
    ("Something on this notebook keeps the WWAN radio turned off.", "said:radio-blocked"),
    # the settings of the data call refused or wrong, in either order
    ("The operator denied the access point name I gave it.", "said:apn-rejected"),
    ("The dial-up settings from the shop seem to be wrong.", "said:apn-rejected"),
    ("The port is already taken by ModemManager when my tool starts.", "said:port-held-by-mm"),
    ("The PIN is still enabled on that SIM.", "said:sim-locked"),
])
def test_parts_in_any_order(sentence, fact):
    assert fact in said(sentence)


@pytest.mark.parametrize("sentence, fact", [
    ("The LTE connection has not dropped once every few hours like before, it is solid.", "said:drops-periodically"),
    ("My phone keeps dropping the wifi connection every few minutes, but the LTE modem is fine.", "said:drops-periodically"),
    ("The Pi freezes every few hours and I have to unplug the modem to get it back.", "said:modem-crashes"),
    ("ModemManager crashes every few hours and I replug the dongle.", "said:modem-crashes"),
    ("The modem hasn't crashed since the firmware update.", "said:drops-since-firmware"),
    ("The modem hasn't crashed since the firmware update.", "said:modem-crashes"),
    ("The stick never appears as a CD drive anymore since I installed usb-modeswitch-data.", "said:storage-mode"),
    ("My external hard drive shows up as a storage device, the modem shows up fine.", "said:storage-mode"),
    ("The SIM in my phone is PIN locked, the one in the modem isn't.", "said:sim-locked"),
    ("The option module is loaded and the ports are there.", "said:module-missing"),
    ("The FCC unlock script ran at boot and the modem registered right away.", "said:fcc-lock"),
    ("Many blogs write about missing modules like cdc_ether.ko.", "said:module-missing"),
    ("The bluetooth radio stays switched off, which is how I like it.", "said:radio-blocked"),
    ("The WWAN radio is not blocked and the modem registers.", "said:radio-blocked"),
    # the parts in two clauses (Row.one_clause): the registration refused, the APN only a guess
    ("Network registration was rejected, check whether the APN is right.", "said:apn-rejected"),
    ("Registration is fine but the data context is rejected.", "said:not-registered"),
    ("ModemManager probes the ports and then manages the modem fine.", "said:port-held-by-mm"),
    ("The reset pin caused problems on the carrier board.", "said:sim-locked"),
])
def test_look_alikes_are_not_read(sentence, fact):
    assert fact not in said(sentence)


def test_a_phone_is_the_device_when_no_modem_is_named():
    # a Linux phone's own radio
    assert "said:radio-stuck-off" in said("When I switch both WiFi and Bluetooth off, the phone goes into airplane mode by itself.")


def test_another_script_is_not_read_by_the_english_rows():
    from wwandoctor.model import prose_english
    assert not list(prose_english.readings("通信ログを見たところ、AT+CREG?が+CREG: 0,3 (Registration denied)になっている。"))
    assert list(prose_english.readings("The registration state says denied all the time."))


@pytest.mark.parametrize("sentence, fact, read", [
    # round 3 (tuned on WRITTEN set 3): the host seeing only the storage, the radio falling back, no driver on any interface
    ("On my desktop Linux only sees the CD drive of the stick.", "said:storage-mode", True),
    ("The module keeps reverting to flight mode after each reboot.", "said:radio-stuck-off", True),
    ("The modem never gets past searching.", "said:not-registered", True),
    # the modem must be the subject of a storage seen-as: another thing, unnamed in the vocabulary, is not
    ("My Kindle mounts as a storage device, but the modem works fine.", "said:storage-mode", False),
    # an Ethernet link beside the modem's told fine is another link; a HiLink stick's Ethernet link is the modem's
    ("My Ethernet link drops every few minutes, the LTE backup is fine.", "said:drops-periodically", False),
])
def test_round_three(sentence, fact, read):
    assert (fact in said(sentence)) is read


# WRITTEN, NOT REAL (stop 35, tuning35a): a trouble told of an earlier device or setup is not the current one's
@pytest.mark.parametrize("sentence, fact, read", [
    ("I was previously using a Nokia phone as a modem, but the connection would drop out every half an hour.",
     "said:drops-periodically", False),
    ("My previous dongle kept disconnecting every ten minutes.", "said:drops-periodically", False),
    ("We used to run a Huawei stick that dropped the link every few minutes.", "said:drops-periodically", False),
    ("I replaced my old stick with this card, and the new one also drops the connection every half hour.", "said:drops-periodically", True),
    ("The connection drops every ten minutes.", "said:drops-periodically", True),
])
def test_an_earlier_devices_trouble(sentence, fact, read):
    assert (fact in said(sentence)) is read


# WRITTEN, NOT REAL (stop 35, tuning35a): a connection tool's registration step failing with its exit code, registration
# refused while roaming; "until now" tells what held so far, no condition
@pytest.mark.parametrize("sentence, fact, read", [
    ("Until now the registration failed because umbim exits with code 4 for a roaming SIM.", "said:not-registered", True),
    ("The registration step fails, umbim returns status 6.", "said:not-registered", True),
    ("Registration in roaming mode is refused by the protocol script.", "said:not-registered", True),
    ("umbim registration returns 0 and the interface gets an address.", "said:not-registered", False),
    ("Roaming registration is allowed now and it connects.", "said:not-registered", False),
])
def test_a_registration_exit_code_or_roaming_refused(sentence, fact, read):
    assert (fact in said(sentence)) is read


# WRITTEN, NOT REAL (stop 35, tuning35a): the modem's own USB setup edited, told in words; a heading's wish before a colon
# does not hedge the statement after it; the host's USB settings are not the modem's composition
@pytest.mark.parametrize("sentence, fact, read", [
    ("Why I need to reflash: I messed with the modem's USB configuration and it broke.", "said:composition-changed", True),
    ("I tweaked the usbnet mode of the module last night.", "said:composition-changed", True),
    ("I changed the USB mode in the BIOS from XHCI to EHCI.", "said:composition-changed", False),
    ("Since then the module no longer exposes any USB interface.", "said:not-on-usb", True),
    ("The card never shows up on the USB bus.", "said:not-on-usb", True),
])
def test_the_modems_usb_setup_edited(sentence, fact, read):
    assert (fact in said(sentence)) is read


# WRITTEN, NOT REAL (stop 35, tuning35a): a serial driver that must be made to recognise the card, or a kernel too old to
# know it, tells the running kernel's tables lack the id
@pytest.mark.parametrize("sentence, fact, read", [
    ("Making the option driver recognise my Huawei stick took a modprobe with its ids.", "said:driver-lacks-id", True),
    ("The sierra driver doesn't claim the card on this kernel.", "said:driver-lacks-id", True),
    ("Kernels from 2.6.24 onwards support the card natively.", "said:driver-lacks-id", True),
    ("Newer kernels recognise the card out of the box, I'm on 6.5 and it works fine.", "said:driver-lacks-id", False),
    ("The option driver picks the card up by itself and creates ttyUSB0 to ttyUSB2.", "said:driver-lacks-id", False),
])
def test_a_serial_driver_made_to_recognise_the_card(sentence, fact, read):
    assert (fact in said(sentence)) is read


def test_an_earlier_device_named_after_the_statement_is_a_comparison():
    assert "said:not-registered" in said("The phone shows SOS only, although the SIM works in my old phone.")
