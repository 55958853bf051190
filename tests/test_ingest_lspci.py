"""lspci parsing (real samples from the cases where available; see samples/paste/README-system.md)."""
from __future__ import annotations

from ingest_util import run, sample
from wwandoctor.ingest import lspci


def test_lspci_real_xmm7560():
    snap, left, score = run(lspci, sample("lspci-nnv-xmm7560.txt"))
    assert score >= 60 and left == []
    (dev,) = snap.pci_devices
    assert (dev.address, dev.vendor, dev.device, dev.subvendor, dev.subdevice) == (
        "0000:6d:00.0", "8086", "7560", "103c", "8507")
    assert dev.class_code == "0d40" and dev.name == "Intel Corporation Device"
    assert dev.driver is None  # no -k: unknown


def test_lspci_k_form_no_driver_bound():
    snap, left, score = run(lspci, sample("lspci-nnk-t7xx.txt"))
    assert left == []
    audio, modem = snap.pci_devices
    assert audio.driver == "snd_hda_intel"
    assert (modem.vendor, modem.device, modem.driver) == ("14c3", "4d75", "")
    assert (modem.subvendor, modem.subdevice) == ("105b", "e0f9")


def test_lspci_plain_and_garbage():
    snap, left, score = run(lspci, ["04:00.0 Wireless controller: Intel Corporation XMM7360 LTE Advanced Modem (rev 01)",
                                    "garbage"])
    (dev,) = snap.pci_devices
    assert dev.vendor is None and dev.name == "Intel Corporation XMM7360 LTE Advanced Modem"
    assert left == ["garbage"]
    assert run(lspci, ["hello"])[2] == 0


def test_lspci_k_cut_record_stays_unknown():
    lines = ["08:00.0 Wireless controller [0d40]: MEDIATEK Corp. Device [14c3:4d75] (rev 01)",
             "\tSubsystem: Foxconn International, Inc. Device [105b:e0f9]"]
    snap, left, _ = run(lspci, lines, command="lspci -nnk | grep -A1 Wireless")
    assert snap.pci_devices[0].driver is None
