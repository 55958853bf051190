"""Rows added at stop 39 (tuning39a) for firmware crashes, missing modules and unbound ids, with their look-alikes.
WRITTEN sentences, not posts."""
from __future__ import annotations

import pytest

from prose_util import stated as said


@pytest.mark.parametrize("sentence, fact", [
    # the modem told working, then crashing, its subject not repeated
    ("The modem works fine, but sometimes crashes with the following error messages:", "said:modem-crashes"),
    ("The module runs for days and then crashes.", "said:modem-crashes"),
    ("My EM9190 connects, yet randomly crashes.", "said:modem-crashes"),
    # the host cannot be made to recognise it
    ("I can not seem to be able to make the OS recognize it.", "said:not-recognized"),
    ("I can't get Ubuntu to recognise the stick.", "said:not-recognized"),
    # a Gobi module named
    ("I have a Thinkpad T410 with an integrated Gobi 2000 Qualcomm WAN adapter.", "said:gobi-module"),
    ("I have an HP un2420 card in my laptop.", "said:gobi-module"),
    # the modem's firmware said to have the problem
    ("Looking at forums, I found that all latest Modem firmwares from Dell has such problems.", "said:firmware-regression"),
    ("The newest firmware has the same issue.", "said:firmware-regression"),
    # an out-of-tree modem driver said to fail to build
    ("在6.1内核下quectel-MHI的pcie_mhi编译失败，使用5.5内核编译正常。", "said:module-build-failed"),
    ("The xmm7360 driver won't build on 6.8.", "said:module-build-failed"),
    ("I get compile errors with GobiNet on 5.15.", "said:module-build-failed"),
    # one serial port dead
    ("I can only connect / send-commands to /dev/ttyUSB0. /dev/ttyUSB1 is completely dead.", "said:tty-port-dead"),
    ("ttyUSB2 does not respond at all.", "said:tty-port-dead"),
    # the modem's packages asked of the image's maintainer, in a question
    ("can you add some packages so that my huawei Me909s-821 modem can be detected on the interface?", "said:module-missing"),
    ("Could you include the drivers so my LTE dongle gets recognized?", "said:module-missing"),
])
def test_read(sentence, fact):
    assert fact in said(sentence)


@pytest.mark.parametrize("sentence, fact", [
    # another program crashes, or the crash is over
    ("The modem works fine but ModemManager crashes every night.", "said:modem-crashes"),
    ("The modem works fine and never crashes.", "said:modem-crashes"),
    ("The modem worked fine and then crashed once, fixed by the new firmware.", "said:modem-crashes"),
    ("I can make the OS recognize it now.", "said:not-recognized"),
    ("The Gobi API of the Sierra SDK returns an error.", "said:gobi-module"),
    ("My old firmware had no such problems.", "said:firmware-regression"),
    ("The router firmware has the same problems.", "said:firmware-regression"),
    ("The modem driver compiles fine.", "said:module-build-failed"),
    ("The build fails for the wifi driver.", "said:module-build-failed"),
    ("ttyUSB0 works fine and answers AT.", "said:tty-port-dead"),
    ("Can you add some packages so that my modem shows signal in luci-app-3ginfo?", "said:module-missing"),
    ("Can you add an option so the modem is detected faster?", "said:module-missing"),
])
def test_look_alikes_are_not_read(sentence, fact):
    assert fact not in said(sentence)
