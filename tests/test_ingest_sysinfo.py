"""rfkill, lsmod, kernel-module messages and lspci parsing."""
from __future__ import annotations

import os

from wwandoctor.ingest import lsmod, lspci, modules, rfkill
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot

SAMPLES = os.path.join(os.path.dirname(__file__), "samples", "paste")


def sample(name):
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as fh:
        return fh.read().splitlines()


def run(mod, lines, command=None):
    snap = Snapshot(origin="paste")
    blk = Block(lines=lines, command=command, name="t")
    return snap, mod.parse(blk, snap), mod.detect(blk)


# --- rfkill ---------------------------------------------------------------------

def test_rfkill_list():
    snap, left, score = run(rfkill, sample("rfkill-list-thinkpad.txt"))
    assert score >= 80 and left == []
    wwan = next(s for s in snap.rfkill if s.type == "wwan")
    assert (wwan.name, wwan.index, wwan.soft, wwan.hard) == ("tpacpi_wwan_sw", 1, True, False)
    assert [s.type for s in snap.rfkill] == ["bluetooth", "wwan", "wlan"]


def test_rfkill_table():
    snap, left, score = run(rfkill, sample("rfkill-table.txt"))
    assert score >= 80 and left == []
    assert [(s.name, s.type, s.soft, s.hard) for s in snap.rfkill] == [
        ("tpacpi_bluetooth_sw", "bluetooth", False, False), ("tpacpi_wwan_sw", "wwan", True, False),
        ("phy0", "wlan", False, True)]


def test_rfkill_truncated_keeps_unknown():
    snap, left, score = run(rfkill, ["1: tpacpi_wwan_sw: Wireless WAN", "\tSoft blocked: yes"])
    assert snap.rfkill[0].soft is True and snap.rfkill[0].hard is None
    snap, left, score = run(rfkill, ["nothing"])
    assert score == 0 and snap.rfkill is None and left == ["nothing"]


# --- lsmod ----------------------------------------------------------------------

def test_lsmod_kmod_and_openwrt():
    snap, left, score = run(lsmod, sample("lsmod-qmi.txt"))
    assert score >= 80 and left == []
    assert snap.kernel.modules_loaded[:2] == ["qmi_wwan", "cdc_wdm"] and "usbserial" in snap.kernel.modules_loaded
    assert snap.kernel.driver_availability["option"] == "loaded"
    snap, left, score = run(lsmod, sample("lsmod-openwrt.txt"))
    assert score >= 60 and left == [] and len(snap.kernel.modules_loaded) == 5


def test_lsmod_proc_modules_and_garbage():
    snap, left, _ = run(lsmod, ["qmi_wwan 36864 0 - Live 0xffffffffc0a5e000", "junk line"], command="cat /proc/modules")
    assert snap.kernel.modules_loaded == ["qmi_wwan"] and left == ["junk line"]
    assert run(lsmod, ["one 1 2", "prose here"])[2] == 0


# --- modules --------------------------------------------------------------------

def test_modprobe_fatal_real():
    snap, left, score = run(modules, sample("modules-modprobe-fatal-orbstack.txt"))
    assert score >= 80 and left == []
    assert snap.kernel.driver_availability == {"option": "missing"}
    assert snap.kernel.release == "7.0.11-orbstack-00360-gc9bc4d96ac70"
    assert snap.log[0].origin == "kernel-module"


def test_find_ko_listing_real():
    snap, left, score = run(modules, sample("modules-find-ko-orbstack.txt"))
    assert score >= 60 and left == []
    assert snap.kernel.driver_availability == {"usbserial": "module"}
    assert snap.kernel.release == "7.0.11-orbstack-00360-gc9bc4d96ac70"
    snap, left, _ = run(modules, ["cdc_mbim.ko.zst  qmi_wwan.ko.zst  usb-storage.ko"], command="ls")
    assert snap.kernel.driver_availability == {"cdc_mbim": "module", "qmi_wwan": "module", "usb_storage": "module"}


def test_load_blocked_messages():
    lines = ["insmod: ERROR: could not insert module qmi_wwan_q.ko: Required key not available",
             "modprobe: ERROR: could not insert 'option': Key was rejected by service",
             "modinfo: ERROR: Module GobiNet not found.", "whatever else"]
    snap, left, score = run(modules, lines)
    assert score >= 80
    assert [ln.origin for ln in snap.log] == ["kernel-module"] * 3
    assert "Required key not available" in snap.log[0].text
    assert snap.kernel.driver_availability == {"GobiNet": "missing"}
    assert left == ["whatever else"]


# --- lspci ----------------------------------------------------------------------

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
