"""lsmod parsing (real samples from the cases where available; see samples/paste/README-system.md)."""
from __future__ import annotations

from ingest_util import run, sample
from wwandoctor.ingest import lsmod


def test_lsmod_kmod_and_openwrt():
    snap, left, score = run(lsmod, sample("lsmod-qmi.txt"))
    assert score >= 80 and left == []
    assert snap.kernel.modules_loaded[:2] == ["qmi_wwan", "cdc_wdm"] and "usbserial" in snap.kernel.modules_loaded
    assert snap.kernel.driver_availability["option"] == "loaded"
    snap, left, score = run(lsmod, sample("lsmod-openwrt.txt"))
    assert score >= 60 and left == []
    assert len(snap.kernel.driver_availability) == 5
    assert snap.kernel.modules_loaded is None  # no header: maybe filtered, so not the complete list


def test_filtered_lsmod_is_not_the_complete_list():
    snap, left, _ = run(lsmod, sample("lsmod-qmi.txt"), command="lsmod | grep -e Module -e wwan")
    assert snap.kernel.modules_loaded is None and snap.kernel.driver_availability["qmi_wwan"] == "loaded"


def test_lsmod_proc_modules_and_garbage():
    snap, left, _ = run(lsmod, ["qmi_wwan 36864 0 - Live 0xffffffffc0a5e000", "junk line"], command="cat /proc/modules")
    assert snap.kernel.driver_availability == {"qmi_wwan": "loaded"} and left == ["junk line"]
    assert snap.kernel.modules_loaded == ["qmi_wwan"]  # cat /proc/modules is the complete list
    assert run(lsmod, ["one 1 2", "prose here"])[2] == 0
    assert run(lsmod, ["cdc_mbim               20480  0", "cdc_wdm                24576  1 cdc_mbim"])[2] >= 80
