"""model/dhcp_discovers.py: a DHCP client's discovers that nobody answered, on real client wordings."""
from wwandoctor.model.dhcp_discovers import FACT, discover_signals
from wwandoctor.snapshot import LogLine


def lines(*texts):
    return [LogLine(text=t, origin="udhcpc", time=None) for t in texts]


def test_three_unanswered_discovers_of_each_busybox_wording_are_no_offer():
    for word in ("broadcasting discover", "sending discover", "Sending discover..."):
        found = discover_signals(lines("udhcpc: started, v1.36.1", *["udhcpc: " + word] * 3))
        assert [ln.text for ln in found[FACT]] == ["udhcpc: " + word] * 3


def test_dhclient_discovers_without_an_offer_are_no_offer():
    text = "DHCPDISCOVER on wwan0 to 255.255.255.255 port 67 interval %d (xid=0x5f3c1a2b)"
    assert FACT in discover_signals(lines(*[text % n for n in (3, 7, 12)]))


def test_an_offer_or_lease_after_the_discovers_answers_them():
    assert discover_signals(lines("udhcpc: sending discover", "udhcpc: sending discover", "udhcpc: sending discover",
                                  "udhcpc: sending select for 10.64.12.7", "udhcpc: lease of 10.64.12.7 obtained")) == {}
    assert discover_signals(lines(*["DHCPDISCOVER on wwan0 to 255.255.255.255 port 67 interval 3"] * 3,
                                  "DHCPOFFER of 10.64.12.7 from 10.64.12.8")) == {}


def test_fewer_than_three_discovers_prove_nothing():
    assert discover_signals(lines("udhcpc: sending discover", "udhcpc: sending discover")) == {}


def test_a_new_unanswered_run_after_a_lease_counts_again():
    found = discover_signals(lines("udhcpc: lease of 10.0.0.2 obtained", *["udhcpc: broadcasting discover"] * 4))
    assert len(found[FACT]) == 4
