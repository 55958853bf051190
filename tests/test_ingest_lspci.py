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


def test_busybox_lspci_with_its_driver_column():
    # WRITTEN (stop 40) from busybox util-linux/lspci.c: "%s Class %04x: %04x:%04x", -k adds " %s" with the driver
    snap, left, score = run(lspci, ["00:00.0 Class 0604: 14c3:7988 pcieport", "01:00.0 Class 0680: 1eac:1001 mhi-pci-generic",
                                    "02:00.0 Class 0280: 14c3:7990"], command="lspci -k")
    assert score >= 60 and left == []
    bridge, modem, wifi = snap.pci_devices
    assert (modem.address, modem.class_code, modem.vendor, modem.device, modem.driver) == (
        "0000:01:00.0", "0680", "1eac", "1001", "mhi-pci-generic")
    assert bridge.driver == "pcieport" and (wifi.vendor, wifi.device) == ("14c3", "7990")


def test_machine_readable_lspci_forms():
    # WRITTEN (stop 40): busybox lspci -mk, and pciutils lspci -nm / -nnm / -m (slot, "class" "vendor" "device",
    # -rNN, "subsystem vendor" "subsystem device")
    lines = ['01:00.0 "Class 0680" "1eac" "1001" "0000" "0000" "mhi-pci-generic"',
             '02:00.0 "0280" "17cb" "0306" -r00 "105b" "e0ab"',
             '03:00.0 "Unassigned class [ff00]" "Qualcomm [17cb]" "Device [0308]" -r00 -p00 "" ""',
             '04:00.0 "Wireless controller" "MEDIATEK Corp." "Device 4d75" -r01 "Foxconn International, Inc." "Device e0f9"']
    snap, left, score = run(lspci, lines)
    assert score >= 60 and left == []
    busybox, nm, nnm, names = snap.pci_devices
    assert (busybox.vendor, busybox.device, busybox.class_code, busybox.driver, busybox.subvendor) == (
        "1eac", "1001", "0680", "mhi-pci-generic", None)
    assert (nm.vendor, nm.device, nm.class_code, nm.subvendor, nm.subdevice, nm.driver) == (
        "17cb", "0306", "0280", "105b", "e0ab", None)
    assert (nnm.vendor, nnm.device, nnm.class_code) == ("17cb", "0308", "ff00")
    assert names.vendor is None and names.name == "MEDIATEK Corp. Device 4d75"


def test_lspci_names_without_numbers_give_the_ids_pciutils_left_unnamed():
    # lines as the kernel's MHI patches quote them (Telit FN990, FN920C04) and as OpenWrt guides show them: lspci
    # without -n prints "Device 0308" for a device pci.ids lacks, "Device 1c5d:2020" for an unknown vendor
    lines = ["01:00.0 Unassigned class [ff00]: Qualcomm Device 0308", "        Subsystem: Device 1c5d:2010",
             "0003:01:00.0 Unassigned class [ff00]: Qualcomm Technologies, Inc Device 0308",
             "\tSubsystem: Qualcomm Technologies, Inc Device 5201",
             "02:00.0 Unassigned class [ff00]: Quectel Wireless Solutions Co., Ltd. Device 1001 (rev 01)",
             "03:00.0 Network controller: Qualcomm Atheros QCA6174 802.11ac Wireless Network Adapter (rev 32)",
             "04:00.0 Ethernet controller: Some Vendor Ltd. Device 8125"]
    snap, left, _ = run(lspci, lines)
    assert left == []
    fn990, rm520, em120, atheros, other = snap.pci_devices
    assert (fn990.vendor, fn990.device, fn990.subvendor, fn990.subdevice) == ("17cb", "0308", "1c5d", "2010")
    assert (rm520.vendor, rm520.device, rm520.subvendor, rm520.subdevice) == ("17cb", "0308", "17cb", "5201")
    assert (em120.vendor, em120.device) == ("1eac", "1001")
    assert atheros.vendor is None and other.vendor is None  # a named device, a vendor not in the table
