"""Installed-package lists: versions of the WWAN stack, and the modem drivers an OpenWrt image's kmod packages give."""
from __future__ import annotations

from ingest_util import run, sample
from wwandoctor.ingest import packages


def test_opkg_list_without_modem_kmods_real():
    # an OpenWrt 19.07 image with only the USB host kmods: no modem driver package installed
    snap, left, score = run(packages, sample("opkg-list-kmods-zbt-we826.txt"))
    assert score >= 70
    avail = snap.kernel.driver_availability
    assert avail["option"] == "missing" and avail["qmi_wwan"] == "missing" and avail["cdc_mbim"] == "missing"
    assert not [ln for ln in left if ln.startswith("kmod-")]


def test_opkg_list_with_the_modem_kmods():
    lines = ["kmod-usb-core - 5.10.176-1", "kmod-usb-net-qmi-wwan - 5.10.176-1", "kmod-usb-serial-option - 5.10.176-1",
             "kmod-usb-wdm - 5.10.176-1", "modemmanager - 1.20.6-1"]
    snap, _, _ = run(packages, lines)
    avail = snap.kernel.driver_availability
    assert avail["qmi_wwan"] == "module" and avail["option"] == "module" and avail["cdc_wdm"] == "module"
    assert avail["cdc_mbim"] == "missing"
    assert snap.versions["ModemManager"] == "1.20.6"


def test_a_list_that_does_not_show_the_usb_kmods_claims_nothing():
    # a filtered list (no kmod-usb-core): absent packages may simply not have been shown
    snap, _, _ = run(packages, ["kmod-usb-net-qmi-wwan - 5.10.176-1", "modemmanager - 1.20.6-1"])
    assert snap.kernel.driver_availability == {}


def test_what_lsmod_showed_is_kept():
    snap, _, _ = run(packages, ["kmod-usb-core - 5.10.176-1"])
    assert snap.kernel.driver_availability["option"] == "missing"
    from wwandoctor.snapshot import Snapshot
    loaded = Snapshot(origin="paste")
    loaded.kernel.driver_availability["option"] = "loaded"
    snap, _, _ = run(packages, ["kmod-usb-core - 5.10.176-1"], snap=loaded)
    assert snap.kernel.driver_availability["option"] == "loaded"
