"""modem.downlink_dead: a net port up with an address that sent bytes and received none (knowledge.md 2.3's "RX
counters stay ~0" after a connect, and its look-alike 2.20), and the port:opened-as-mbim signature."""
from pathlib import Path

import pytest

from wwandoctor.ingest import ingest_text
from wwandoctor.model import derive

EM7455 = Path(__file__).parent / "real_cases/tuning/em7455-mbim-connected-rx-packets-0-firmware-timing-bug-needs-cdc-ncm-probe-delay"


def _modem(text):
    (modem,) = derive(ingest_text(text)).modems
    return modem


def test_real_ifconfig_with_an_address_rx_zero_and_tx_is_a_dead_downlink():
    # modemmanager-devel: ifconfig wwp0s20f0u2i12, inet 10.169.49.178, RX packets 0, TX packets 17 bytes 2285
    modem = _modem((EM7455 / "ifconfig-1.txt").read_text())
    assert modem.downlink_dead is True and "sent 2285 bytes and received none" in modem.evidence["downlink_dead"][0].text


@pytest.mark.parametrize("rx, address, want", [
    ("RX packets 12  bytes 1840 (1.8 KiB)", "        inet 10.0.0.2  netmask 255.255.255.252\n", False),
    ("RX packets 0  bytes 0 (0.0 B)", "", False),  # no address: no session to carry
])
def test_a_port_that_receives_or_has_no_address_is_not_a_dead_downlink(rx, address, want):
    modem = _modem("$ ifconfig wwan0\nwwan0: flags=4291<UP,BROADCAST,RUNNING,NOARP,MULTICAST>  mtu 1500\n" + address
                   + "        " + rx + "\n        TX packets 17  bytes 2285 (2.2 KiB)\n")
    assert modem.downlink_dead is want


@pytest.mark.parametrize("line, opened", [
    ("sudo qmicli -v -p -d /dev/cdc-wdm0 --device-open-mbim", True),  # real: the EM7455 post
    ("then sudo mbimcli -p -d /dev/cdc-wdm0 --query-radio-state answers nothing", True),
    ("umbim -d /dev/cdc-wdm0 caps", True),
    ("mbimcli --version", False),  # no device opened
    ("qmicli -d /dev/cdc-wdm0 --device-open-qmi --dms-get-ids", False),
])
def test_a_port_opened_as_mbim(line, opened):
    signals = derive(ingest_text("I ran:\n" + line + "\n")).signals
    assert ("port:opened-as-mbim" in signals) is opened
