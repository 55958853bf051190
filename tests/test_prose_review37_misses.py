"""Rows widened at stop 38 for the phrasings of the review37 blind posts it missed (tests/blind/review37/, written
posts: these sentences are WRITTEN, other wordings of the same facts, and their look-alikes)."""
from __future__ import annotations

import pytest

from prose_util import stated


@pytest.mark.parametrize("sentence, fact, read", [
    # ModemManager stopped as a command, the trouble gone each time (said:mm-stop-fixes, knowledge.md 2.10)
    ("Weird: my tools hang. If I do systemctl stop ModemManager first they all work instantly.", "said:mm-stop-fixes", True),
    ("If we run sudo systemctl stop ModemManager.service, then everything works fine.", "said:mm-stop-fixes", True),
    ("It hangs. If I stop ModemManager the modem works.", "said:mm-stop-fixes", True),
    ("If I stop ModemManager first, it should work instantly.", "said:mm-stop-fixes", False),
    ("If I do systemctl stop ModemManager first they all still hang.", "said:mm-stop-fixes", False),
    ("If you run systemctl stop ModemManager first, they all work instantly.", "said:mm-stop-fixes", False),
    # qmi_wwan's framing left at its default, raw_ip N (said:raw-ip-default, sysfs-class-net-qmi "Default: 'N'")
    ("The interface is in the default mode, I haven't touched any sysfs files.", "said:raw-ip-default", True),
    ("raw_ip is still at its default.", "said:raw-ip-default", True),
    ("I did not change anything in sysfs.", "said:raw-ip-default", True),
    ("I haven't touched raw_ip since it already says Y.", "said:raw-ip-default", False),
    ("The modem is in default mode.", "said:raw-ip-default", False),
    # the modem stops answering and only cutting its power brings it back, a few sentences later (said:modem-crashes)
    ("After about an hour the modem just stops answering. minicom shows nothing, not even an echo. ModemManager loses "
     "it too. Data stops. Only pulling the power fixes it; a reboot alone doesn't.", "said:modem-crashes", True),
    ("The module stops responding every night. Nothing but a power cycle brings it back.", "said:modem-crashes", True),
    ("The modem stops answering when I send AT+CFUN=0. That is expected.", "said:modem-crashes", False),
    ("The modem stops answering for a second while it registers. Then all is fine.", "said:modem-crashes", False),
    # the interface's due function told, then the serial driver that has it (said:driver-on-wrong-interface, 2.9)
    ("Interface 2 should be the QMI one, but dmesg says option took it and there is no cdc-wdm.",
     "said:driver-on-wrong-interface", True),
    ("option grabbed interface 4, which is supposed to be the QMI port.", "said:driver-on-wrong-interface", True),
    ("Interface 2 should be the QMI one and qmi_wwan has it, option took interface 3.", "said:driver-on-wrong-interface",
     False),
    ("If interface 2 should be the QMI one, option must not take it.", "said:driver-on-wrong-interface", False),
    ("Interface 0 should be the AT port, but option took it.", "said:driver-on-wrong-interface", False),
])
def test_review37_phrasings(sentence, fact, read):
    assert (fact in stated(sentence)) == read


# stop 38 task B: the modem's own failure (said:modem-fails), which stated-msm8916-stick-modem-firmware wants instead of
# the catch-all; the board named only in prose (said:msm8916-stick is no longer read in any line). WRITTEN sentences.
@pytest.mark.parametrize("sentence, fact, read", [
    ("The modem does not work.", "said:modem-fails", True),
    ("Modem not working on OpenWRT", "said:modem-fails", True),
    ("LTE keeps getting errors:", "said:modem-fails", True),
    ("我的设备是UFI103s刷了好几个UFI的固件都无法使用 替换基带的四个文件也无法使用", "said:modem-fails", True),
    # a failure of something else, a question, a taken-back failure
    ("UZ801 on Debian: the modem works fine and internet works over LTE. The wifi hotspot does not work though.",
     "said:modem-fails", False),
    ("我买了一个UZ801随身WiFi，刷了Debian以后4G模块能不能用，有没有人试过", "said:modem-fails", False),
    ("Does the modem not work with this SIM?", "said:modem-fails", False),
    ("The modem was not working, but now it works after a reboot.", "said:modem-fails", False),
    # a connection attempt said to fail (said:connect-fails), which stated-sim-and-modem-each-work wants
    ("Connection failed within 1 second.", "said:connect-fails", True),
    ("The new SIM works in my phone too, but NetworkManager fails.", "said:connect-fails", True),
    ("With my Three SIM it works fine, and my EE SIM works in my phone.", "said:connect-fails", False),
    ("If the connection fails, check the APN.", "said:connect-fails", False),
    ("It failed to connect at first, now it connects.", "said:connect-fails", False),
    # the board in a sentence, not in a command's output
    ("I put OpenWrt on my UZ801 stick.", "said:msm8916-stick", True),
    ("UFI2000.bin", "said:msm8916-stick", False),
])
def test_modem_failure_and_board_named(sentence, fact, read):
    assert (fact in stated(sentence)) == read


# stop 38 task B4/B6: one reading for each wording of "this SIM / another SIM works (somewhere)" (review37 findings 6, 7,
# 11). WRITTEN sentences; each lists the SIM and host facts it must give, and only those.
_SIM_FACTS = {"said:sim-works-elsewhere", "said:works-with-other-sim", "said:works-on-other-host", "said:sims-known-good",
              "said:changed-sim-or-network"}


@pytest.mark.parametrize("sentence, facts", [
    # a provider's name glued to SIM, as any brand may be written (not only one post's "VirginSIM")
    ("My brother tested Modem + VirginSIM and it works on XP.", {"said:sim-works-elsewhere"}),
    ("The LycaSIM works fine in my phone.", {"said:sim-works-elsewhere"}),
    # the SIM as what works on another computer: the SIM's reading, not the device's
    ("The SIM works on my Windows PC.", {"said:sim-works-elsewhere"}),
    ("The SIM works fine in another laptop.", {"said:sim-works-elsewhere"}),
    ("The dongle works on another PC.", {"said:works-on-other-host"}),
    # another SIM tried in this modem and working: the modem's reading, not a change before the failure
    ("With another SIM it works on my laptop.", {"said:works-with-other-sim"}),
    ("I tried another SIM and it works.", {"said:works-with-other-sim"}),
    ("Another SIM works fine in the modem.", {"said:works-with-other-sim"}),
    ("The modem works with another SIM card.", {"said:works-with-other-sim"}),
    ("Other SIMs work fine in this modem.", {"said:works-with-other-sim"}),
    # ... or giving the same result: the SIMs ruled out
    ("I tried another SIM, same error.", {"said:sims-known-good"}),
    ("Tried several SIM cards, all work in my phone.", {"said:sims-known-good"}),
    # another SIM tried in another device is neither; a new SIM is the change made
    ("I tried a different SIM in my phone and it works.", set()),
    ("With the new SIM it connects but gets no IP.", {"said:changed-sim-or-network"}),
])
def test_one_reading_for_each_sim_wording(sentence, facts):
    assert stated(sentence) & _SIM_FACTS == facts
