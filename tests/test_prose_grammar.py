"""Paraphrases of the stated facts the clause grammar reads (model/prose_grammar.py).

WRITTEN, NOT REAL: every sentence below was written for this table to vary one thing at a time (tense and aspect,
the form of negation, the tool bare, quoted or backticked, the subject: tool, page, modem or person); none is
quoted from a post. They measure whether a phrasing the tables never listed is read (READ) and whether a
look-alike stays silent (NOT_READ): a condition, a question, a doubt, others' advice, a general rule, another
object (errors, ports), a thing shown as something else, a state the person caused.

Read by the per-fact regexes before the grammar (main f1ac0d7): 26 of 56 paraphrases, 25 of 32 look-alikes silent;
with the grammar: 56 of 56 and 32 of 32 (figures per piece in the commit messages).
"""
import pytest

from wwandoctor.model import prose_grammar

from prose_util import pair_ids, stated


READ = [
    # --- said:not-on-usb: the USB listing has no modem ---
    ("lsusb does not show the modem.", "said:not-on-usb"),
    ("\"lsusb\" is not showing the modem device at all", "said:not-on-usb"),
    ("`lsusb -t` never showed the EM7455.", "said:not-on-usb"),
    ("lsusb won't list my dongle anymore", "said:not-on-usb"),
    ("The module isn't listed in lsusb.", "said:not-on-usb"),
    ("I can't see the modem in lsusb.", "said:not-on-usb"),
    ("The card never shows up in `lsusb`.", "said:not-on-usb"),
    ("lsusb shows nothing new when I plug it in.", "said:not-on-usb"),
    ("Nothing appears in lsusb.", "said:not-on-usb"),
    ("the dongle is not being detected by lsusb", "said:not-on-usb"),
    ("lsusb output doesn't show any modem", "said:not-on-usb"),
    ("sudo lsusb still does not even list the device", "said:not-on-usb"),
    ("usb-devices fails to show the modem", "said:not-on-usb"),
    ("my Quectel module has never been listed by lsusb", "said:not-on-usb"),
    ("modem not visible in lsusb", "said:not-on-usb"),
    ("We don't find any modem in the output of lsusb.", "said:not-on-usb"),
    # --- said:not-on-pci: the PCI listing has no modem ---
    ("lspci does not show the RM520N.", "said:not-on-pci"),
    ("`lspci -nn` isn't listing the card", "said:not-on-pci"),
    ("The M.2 module never appears in lspci.", "said:not-on-pci"),
    ("I cannot find the modem in lspci at all", "said:not-on-pci"),
    ("lspci shows no modem", "said:not-on-pci"),
    ("the FM350 is not detected by lspci", "said:not-on-pci"),
    ("the T99W175 doesn't show up on the PCI bus", "said:not-on-pci"),
    # --- said:mm-no-modem: ModemManager lists no modem ---
    ("mmcli -L doesn't list any modem.", "said:mm-no-modem"),
    ("`mmcli -L` returns \"No modems were found\"", "said:mm-no-modem"),
    ("ModemManager is not detecting the dongle.", "said:mm-no-modem"),
    ("The modem is not picked up by ModemManager.", "said:mm-no-modem"),
    ("ModemManager never saw the modem", "said:mm-no-modem"),
    ("mmcli shows no modems", "said:mm-no-modem"),
    ("The modem does not show up in mmcli -L", "said:mm-no-modem"),
    ("Modem Manager fails to recognise my EC25.", "said:mm-no-modem"),
    ("I don't see the modem in mmcli.", "said:mm-no-modem"),
    # --- said:sim-not-detected: the modem, a page or a tool does not see the SIM ---
    ("the modem doesn't detect the SIM.", "said:sim-not-detected"),
    ("The router is not recognizing my SIM card", "said:sim-not-detected"),
    ("the status page shows that there is no Sim Card inserted (even when there is)", "said:sim-not-detected"),
    ("LuCI just shows 'No SIM' on the status page", "said:sim-not-detected"),
    ("the web UI says no SIM card", "said:sim-not-detected"),
    ("SIM card not recognised", "said:sim-not-detected"),
    ("the SIM is never detected by the module", "said:sim-not-detected"),
    ("It fails to read the SIM.", "said:sim-not-detected"),
    ("ModemManager does not see the SIM", "said:sim-not-detected"),
    ("my nano SIM isn't being recognized", "said:sim-not-detected"),
    ("the dongle won't accept the SIM", "said:sim-not-detected"),
    ("mmcli shows no SIM", "said:sim-not-detected"),
    # --- said:not-registered: the modem does not get onto the network ---
    ("the modem is not registering on the network", "said:not-registered"),
    ("It never attached to any operator.", "said:not-registered"),
    ("My EC25 can't join the Vodafone network", "said:not-registered"),
    ("the module has not registered with the carrier yet after an hour", "said:not-registered"),
    ("the SIM7000 fails to attach to the NB-IoT network", "said:not-registered"),
    ("it doesn't camp on any cell", "said:not-registered"),
    ("the modem isn't getting on the LTE network", "said:not-registered"),
    # --- said:storage-stick-not-seen: a Huawei / ZTE stick not seen ---
    ("my Huawei E3372 is not recognised", "said:storage-stick-not-seen"),
    ("The ZTE MF823 never shows up.", "said:storage-stick-not-seen"),
    ("Ubuntu does not detect my Huawei E303.", "said:storage-stick-not-seen"),
    ("the Huawei E3131 isn't being picked up by ModemManager", "said:storage-stick-not-seen"),
    ("I can't find the ZTE MF190 anywhere", "said:storage-stick-not-seen"),
    # --- said:sim-not-detected: the modem, a program or a page states the SIM absent (written; the first two after
    # the spent case fxt009-fxt003-sim-holder-switch-reports-sim-removed-until-simremoval-detection-off) ---
    ("Modem thinks that SIM is removed, while it is in", "said:sim-not-detected"),
    ("On FXT003, modem happily registered, while reporting missing SIM.", "said:sim-not-detected"),
    ("the router reports the SIM as missing", "said:sim-not-detected"),
    ("mmcli says the SIM card is not inserted even though it is in the slot", "said:sim-not-detected"),
    ("The status page shows that the SIM is absent.", "said:sim-not-detected"),
    # --- the tool after the verb as the command run, or as the bus looked over; two tools joined (stop 24) ---
    ("The LTE card does not show up when I run lsusb.", "said:not-on-usb"),
    ("my card is never detected over the USB host bus", "said:not-on-usb"),
    ("I can't see the module in lspci or lsusb.", "said:not-on-pci"),
    ("I can't see the module in lspci or lsusb.", "said:not-on-usb"),
    ("The 5G card is not listed by lsusb nor by lspci.", "said:not-on-pci"),
    # a stick noun in a paragraph that names a Huawei or ZTE stick is that stick (after the spent case
    # tp-link-tl-mr3220-router-does-not-recognise-zte-mf627-dongle-left-in-autorun-cd-mode; written)
    ("The router won't detect my dongle at all. It is a Huawei E3131 from my old provider.", "said:storage-stick-not-seen"),
    ("my ZTE MF190 stick: the box doesn't recognise the stick", "said:storage-stick-not-seen"),
]

NOT_READ = [
    # the thing is there
    ("lsusb shows the modem as 2c7c:0125.", "said:not-on-usb"),
    ("The modem is listed in lsusb but not in mmcli -L.", "said:not-on-usb"),
    ("lsusb doesn't show it as a modem but as a CD-ROM.", "said:not-on-usb"),
    ("the SIM is detected and mmcli shows the modem", "said:sim-not-detected"),
    # a verb that shares its object with the next one is no "missing" ('show or connect to any network')
    ("It asks me for the SIM pin and unlocks the SIM card. But it does not show or connect to any network.",
     "said:sim-not-detected"),
    # another object: errors, ports, a driver, an address
    ("lsusb shows no errors", "said:not-on-usb"),
    ("dmesg does not show any errors", "said:not-on-usb"),
    ("the ttyUSB ports are not listed in lsusb -t", "said:not-on-usb"),
    ("lspci does not show a driver in use", "said:not-on-pci"),
    ("mmcli doesn't show an IP address", "said:mm-no-modem"),
    ("lsusb shows the modem but ModemManager does not list any ports", "said:mm-no-modem"),
    # hedged: a condition, a question, a doubt, a wish, the past
    ("If lsusb does not show the modem, check the power.", "said:not-on-usb"),
    ("Does lsusb not show the modem?", "said:not-on-usb"),
    ("I don't think lspci shows the card.", "said:not-on-pci"),
    ("Should mmcli -L list the modem?", "said:mm-no-modem"),
    ("Before the update, ModemManager did not detect the modem.", "said:mm-no-modem"),
    ("If the modem does not detect the SIM, reseat it.", "said:sim-not-detected"),
    ("Maybe the router isn't recognizing the SIM?", "said:sim-not-detected"),
    # others' words and general rules
    ("The wiki says lsusb doesn't show the modem when it is in storage mode.", "said:not-on-usb"),
    ("Someone told me ModemManager does not see the modem unless the udev rules are installed.", "said:mm-no-modem"),
    ("lsusb not showing the modem means it is not powered.", "said:not-on-usb"),
    # a state the person caused
    ("The status page shows no SIM card inserted because I removed it.", "said:sim-not-detected"),
    ("Without a SIM, mmcli shows no SIM.", "said:sim-not-detected"),
    # no fault at all
    ("I don't have a SIM card yet.", "said:sim-not-detected"),
    ("The modem is listed, the SIM is recognised and it connects.", "said:sim-not-detected"),
    ("ModemManager detects the modem and the SIM.", "said:mm-no-modem"),
    ("The modem registers to the network fine but gets no IP.", "said:not-registered"),
    ("ifconfig does not show the network interface", "said:not-registered"),
    ("If the modem does not register on the network, check the APN.", "said:not-registered"),
    ("The modem doesn't get the network settings from DHCP", "said:not-registered"),
    ("mmcli couldn't get cell info: base station info is not supported", "said:not-registered"),
    ("My Huawei E3372 is recognised and works.", "said:storage-stick-not-seen"),
    ("The Huawei E3372 is detected, but the Sierra card is not.", "said:storage-stick-not-seen"),
    # the person's own guess or doing, a condition, another state, a question
    ("I think the SIM is missing", "said:sim-not-detected"),
    ("I removed the SIM and put it back", "said:sim-not-detected"),
    ("If the modem reports the SIM as missing, reseat it.", "said:sim-not-detected"),
    ("the modem reports the SIM as ready", "said:sim-not-detected"),
    ("Did the modem report the SIM as missing?", "said:sim-not-detected"),
    # something run that is no listing tool; a second name that is no tool
    ("I can't see the modem running Debian 12.", "said:not-on-usb"),
    ("The modem is not shown in mmcli or in the network menu.", "said:not-on-usb"),
    ("The router does not recognise my dongle.", "said:storage-stick-not-seen"),
    ("The router won't detect my LTE card. It is a Sierra EM7455.", "said:storage-stick-not-seen"),
]


# --- the states a modem or its SIM is said to be in (STATES, stop 26): SUBJECT + copula + [negation] + STATE ---
# WRITTEN, NOT REAL, as above. The first FCC row paraphrases the spent case
# thinkpad-p15-gen1-l860-gl-fcc-locked-on-ubuntu-no-lenovo-unlock-support ("works in Windows, but FCC locked in Linux":
# the contrast keeps "works" from taking the lock back).
STATE_READ = [
    # --- said:fcc-lock ---
    ("It runs fine under Windows 11, but it's FCC locked on Fedora.", "said:fcc-lock"),
    ("Works great with Windows; however the card is FCC-locked under Linux.", "said:fcc-lock"),
    ("my L850-GL is still fcc locked", "said:fcc-lock"),
    ("its FCC locked on linux mint", "said:fcc-lock"),
    ("The WWAN module seems to be locked by the FCC lock.", "said:fcc-lock"),
    ("Apparently the card remains under the FCC lock after resume.", "said:fcc-lock"),
    ("They are FCC-locked modules, so nothing works out of the box.", "said:fcc-lock"),
    ("Why is my EM7421 FCC locked on Arch?", "said:fcc-lock"),
    ("Modem FCC locked on Fedora 39", "said:fcc-lock"),
    ("The card still is FCC locked on Ubuntu.", "said:fcc-lock"),
    ("the WWAN card is FCC-blocked here", "said:fcc-lock"),
    ("The card is disabled by the FCC lock.", "said:fcc-lock"),
    ("On this notebook the FCC lock is still active.", "said:fcc-lock"),
    ("The card has an FCC lock enabled under Linux.", "said:fcc-lock"),
    # --- said:sim-locked ---
    ("The SIM card is PUK locked now.", "said:sim-locked"),
    ("The SIM PIN is required at every boot.", "said:sim-locked"),
    ("the sim got blocked after three wrong tries", "said:sim-locked"),
    ("the modem is PIN-locked", "said:sim-locked"),
    ("My sim card is locked with a PIN.", "said:sim-locked"),
    ("The module keeps waiting for the SIM PIN.", "said:sim-locked"),
    ("the phone is stuck in the SIM-PIN state", "said:sim-locked"),
    ("I put in a fresh SIM and it's PUK blocked.", "said:sim-locked"),
    # --- said:sim-not-detected ---
    ("The SIM card seems to be missing according to the router.", "said:sim-not-detected"),
    ("the nano sim is unreadable in this slot", "said:sim-not-detected"),
    ("The USIM appears undetected.", "said:sim-not-detected"),
    ("It works in Windows, however the SIM is not detected in Linux.", "said:sim-not-detected"),
    # --- said:storage-mode ---
    ("The dongle is stuck in CD-ROM mode.", "said:storage-mode"),
    ("It remains in mass storage mode even after replugging.", "said:storage-mode"),
    ("My Huawei is recognized as a CD-ROM.", "said:storage-mode"),
    ("the stick keeps being a CD drive", "said:storage-mode"),
    ("the ZTE stick is still a virtual CD-ROM", "said:storage-mode"),
    ("the dongle seems to be in autorun mode", "said:storage-mode"),
    ("it unfortunately stays in CD mode", "said:storage-mode"),
    ("The dongle is recognized like a flash drive by the router.", "said:storage-mode"),
    ("my dongle always in storage mode", "said:storage-mode"),
    ("modem is stay in cd mode", "said:storage-mode"),
    # --- said:radio-stuck-off ---
    ("The phone is stuck in airplane mode.", "said:radio-stuck-off"),
    ("the modem stays in flight mode after boot", "said:radio-stuck-off"),
    ("It seems to be in low power mode.", "said:radio-stuck-off"),
    ("The modem's radio is turned off.", "said:radio-stuck-off"),
    ("my EM7455 is in offline mode", "said:radio-stuck-off"),
    ("The modem is in \"airplane mode\" according to the settings.", "said:radio-stuck-off"),
    ("Airplane mode stays on whatever I do.", "said:radio-stuck-off"),
    # --- said:hilink-mode (the spent cases gl-inet-e3372 and luci-hilink, paraphrased again) ---
    ("Our Huawei stick turned out to be the hostless version.", "said:hilink-mode"),
    ("mine is a HiLink one, the page can't see it", "said:hilink-mode"),
    ("The dongle seems to be in HiLink mode.", "said:hilink-mode"),
    # --- said:radio-blocked ---
    ("The WWAN module is disabled in the BIOS.", "said:radio-blocked"),
    ("the card is hard-blocked", "said:radio-blocked"),
    # --- said:no-power ---
    ("The module appears to be unpowered.", "said:no-power"),
    ("the card is not getting any power", "said:no-power"),
    ("The modem stays powered down.", "said:no-power"),
    # --- said:usb-no-driver-bound ---
    ("The modem has no driver attached.", "said:usb-no-driver-bound"),
    ("The dongle is unclaimed.", "said:usb-no-driver-bound"),
    ("lshw shows the network device as UNCLAIMED", "said:usb-no-driver-bound"),
    ("the modem dont have any driver", "said:usb-no-driver-bound"),
    ("It lacks a driver for its QMI interface.", "said:usb-no-driver-bound"),
]

STATE_NOT_READ = [
    # the copula negated: the state does not hold
    ("it is not FCC locked, mmcli shows it enabled", "said:fcc-lock"),
    ("The module doesn't seem to be FCC locked.", "said:fcc-lock"),
    ("the card isnt fcc locked", "said:fcc-lock"),
    ("The SIM isn't locked.", "said:sim-locked"),
    ("The sim is not locked, PIN is disabled.", "said:sim-locked"),
    ("the SIM is not missing, it sits in the tray", "said:sim-not-detected"),
    ("It is not in storage mode.", "said:storage-mode"),
    ("The stick is no longer in CD mode.", "said:storage-mode"),
    ("Once switched it is not a CD-ROM anymore", "said:storage-mode"),
    ("the modem is not in flight mode", "said:radio-stuck-off"),
    ("The radio isn't off.", "said:radio-stuck-off"),
    ("The modem is not hard blocked.", "said:radio-blocked"),
    ("the modem is not powered off", "said:no-power"),
    ("The device is not unclaimed.", "said:usb-no-driver-bound"),
    ("the FCC lock isn't active anymore", "said:fcc-lock"),
    ("The modem has the FCC lock removed by the script.", "said:fcc-lock"),
    ("the PIN is not required, I disabled it", "said:sim-locked"),
    ("Flight mode is off and the radio is on.", "said:radio-stuck-off"),
    ("airplane mode is not enabled", "said:radio-stuck-off"),
    ("The stick is not a HiLink one, it is a plain modem.", "said:hilink-mode"),
    ("It is a non-HiLink E3372.", "said:hilink-mode"),
    ("If your stick is a HiLink one, ModemManager won't list it.", "said:hilink-mode"),
    # the negation scope: shown as something and not as storage
    ("lsusb lists the stick as a modem, not as storage", "said:storage-mode"),
    ("lsusb lists the stick (as a modem, not as a CD-ROM)", "said:storage-mode"),
    # a doubt, a condition, a question, the past, others' words
    ("I don't think it's FCC locked.", "said:fcc-lock"),
    ("If it is FCC locked, run the unlock script.", "said:fcc-lock"),
    ("Is the SIM locked?", "said:sim-locked"),
    ("It used to be FCC locked but I unlocked it.", "said:fcc-lock"),
    ("Someone said the SIM is missing when the tray is loose.", "said:sim-not-detected"),
    ("It was FCC locked until I ran the unlock script.", "said:fcc-lock"),
    ("not because the modem is in flight mode, the antenna is loose", "said:radio-stuck-off"),
    # a carrier lock is no SIM lock; a description is no state
    ("My dongle is SIM locked to Vodafone.", "said:sim-locked"),
    ("My modem is network locked.", "said:sim-locked"),
    ("The stick is a CD-ROM and a modem in one.", "said:storage-mode"),
    ("It has a CD-ROM with the Windows drivers.", "said:storage-mode"),
    ("The E3372 is a USB stick with built-in storage.", "said:storage-mode"),
    ("the modem is a USB device", "said:storage-mode"),
    ("It has no driver problems.", "said:usb-no-driver-bound"),
    ("The modem doesn't have any driver issues.", "said:usb-no-driver-bound"),
    ("The modem still is not FCC locked.", "said:fcc-lock"),
    ("It still isn't in storage mode.", "said:storage-mode"),
    ("No, the SIM is not PUK locked.", "said:sim-locked"),
    ("Put the stick in CD mode and replug it.", "said:storage-mode"),
    ("Is it stuck in storage mode or what?", "said:storage-mode"),
    ("The stick should not stay in CD mode.", "said:storage-mode"),
    # the person's own doing: the modem put in a mode, or the fragment with a verb before it
    ("Putting the modem in flight mode and back fixes it.", "said:radio-stuck-off"),
    ("I got the SIM locked by typing the wrong PIN on purpose.", "said:sim-locked"),
    ("the FCC unlock works and the modem is fine", "said:fcc-lock"),
]


@pytest.mark.parametrize("sentence, fact", READ + STATE_READ, ids=pair_ids(READ + STATE_READ))
def test_a_paraphrase_gives_its_fact(sentence, fact):
    assert fact in stated(sentence)


@pytest.mark.parametrize("sentence, fact", NOT_READ + STATE_NOT_READ, ids=pair_ids(NOT_READ + STATE_NOT_READ))
def test_a_look_alike_does_not_give_the_fact(sentence, fact):
    assert fact not in stated(sentence)


@pytest.mark.parametrize("verb", prose_grammar.SEEING_VERBS)
def test_each_seeing_verb_is_read_in_every_tense(verb):
    """A verb of the list is read however it is negated: one word added to the list is read everywhere."""
    forms = prose_grammar._verb_forms(verb)
    third = next(f for f in forms if f.split()[0].endswith("s") and not f.split()[0].endswith("ss"))
    ing = next(f for f in forms if f.split()[0].endswith("ing"))
    for sentence in ("lsusb does not %s the modem" % verb, "lsusb never %s the modem" % third,
                     "`lsusb` is not %s the modem" % ing, "lsusb fails to %s the modem" % verb):
        assert "said:not-on-usb" in stated(sentence), sentence


@pytest.mark.parametrize("tool, fact", [("lsusb", "said:not-on-usb"), ("lspci -nn", "said:not-on-pci"),
                                        ("mmcli -L", "said:mm-no-modem"), ("ModemManager", "said:mm-no-modem")])
def test_each_tool_is_read_bare_quoted_and_backticked(tool, fact):
    for named in (tool, '"%s"' % tool, "`%s`" % tool, "\u201c%s\u201d" % tool):
        assert fact in stated("%s is not showing the modem at all" % named), named
        assert fact in stated("the modem never appears in %s" % named), named



@pytest.mark.parametrize("copula", ["is", "'s", "stays", "remains", "keeps being", "seems to be", "appears to be",
                                    "gets", "got", "is still"])
def test_each_copula_is_read_and_its_negation_is_not(copula):
    """A copula of the list reads a state after any subject; negated, the state does not hold."""
    subject = "it" if copula == "'s" else "the card"
    said = "on this laptop %s%s%s FCC locked" % (subject, "" if copula == "'s" else " ", copula)
    assert "said:fcc-lock" in stated(said), said
    negated = {"'s": "it's not", "is": "the card isn't", "gets": "the card never gets", "got": "the card never got"}
    if copula in negated:
        assert "said:fcc-lock" not in stated("on this laptop %s FCC locked" % negated[copula])
