"""A program's output lines are never joined into a "sentence" (model.signals._unwrap): a log prints each
line whole. Before, a log line of 50 characters or more that ended without a full stop started a join that
ran on through every line below it (the joined text only grew), so a whole unparsed driver debug log was one
"sentence": read as prose and left out of the report's "not understood" sections."""
from pathlib import Path

from wwandoctor.ingest import ingest_inputs
from wwandoctor.model.signals import _unwrap, _unwrap_with_joins
from wwandoctor.sentences import looks_like_log

# a real post: Sierra's GobiSerial/GobiNet drivers loaded with debug=1 on an MC7355 (insmod at a busybox prompt)
GOBI = Path(__file__).parents[2] / "shared" / "cases" / "mc7355-kernel-picks-mbim-config-gobinet" / "dmesg-2.txt"


def test_a_driver_debug_log_is_not_joined_into_one_sentence():
    snap = ingest_inputs([str(GOBI)])
    assert _unwrap_with_joins(snap.prose)[1] == {}
    assert any("GobiSerial::GobiProbe Num Interfaces = 2" in section for section in snap.unrecognized)


def test_log_lines_look_like_log_lines():
    for line in ("usbcore: registered new interface driver gobiserial", "GobiSerial::GobiProbe Num Interfaces = 2",
                 "GobiNet::GobiUSBNetProbe usbnet_probe failed -19", "QMIWDASetDataFormat(): failed",
                 "[   12.345] qmi_wwan 1-1:1.4: cdc-wdm0: USB WDM device", "> usbcore: registered new interface driver"):
        assert looks_like_log(line), line
    for line in ("USB ports are not visible to the system unless I press hardware", "PWRKEY on board.",
                 "> When I cold boot Linux (Mint 18.1) the mobile broadband is",  # a quoted mail line
                 "with USBCOMP=8 the modem comes up in MBIM mode and then"):
        assert not looks_like_log(line), line


def test_a_wrapped_line_below_may_start_like_a_log_line():
    # tuning e173u-2: "... have destination MAC address set to" / "00:01:02:03:04:05. So the workaround is ..."
    parts = ["f:6: packets coming from Internet have destination MAC address set to",
             "f:7: 00:01:02:03:04:05. So the workaround is to set wwan0 MAC to that value."]
    assert len(_unwrap(parts)) == 1


def test_a_wrapped_sentence_is_still_joined_but_a_short_line_ends_it():
    parts = ["f:1: I have been trying to get this modem online for two days now and", "f:2: it never gets an address",
             "f:3: from the network after connecting", "f:4: thanks"]
    assert _unwrap(parts) == [("f:1", "I have been trying to get this modem online for two days now and "
                                      "it never gets an address"), ("f:3", "from the network after connecting"),
                              ("f:4", "thanks")]
