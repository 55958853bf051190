"""wwandoctor.knowledge: lookups on real rows of the packaged tables."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from wwandoctor import knowledge as K

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_norm_id():
    assert K.norm_id("0x413C") == "413c"
    assert K.norm_id(0x81A3) == "81a3"
    assert K.norm_id("1f") == "001f"
    assert K.norm_id("*") == "*"
    assert K.norm_id("xyz") == "" and K.norm_id(None) == "" and K.norm_id(0x10000) == ""


def test_dw5570_rows():
    rows = K.usb_id_rows("413c", "81A3")
    assert {(r["interface"], r["driver"]) for r in rows} >= {("if#8", "qmi_wwan")}
    assert any(r["driver"] == "qcserial" and r["interface"].startswith("layout SWI") for r in rows)
    assert K.drivers_for_id("413c", "81a3") == ["qcserial", "qmi_wwan"]
    assert K.is_modem_id("413c", "81a3")


def test_quectel_ec25_rows():
    rows = K.usb_id_rows("2c7c", "0125")
    qmi = [r for r in rows if r["driver"] == "qmi_wwan"]
    assert [r["match"] for r in qmi] == ["QMI_MATCH_FF_FF_FF"]
    assert K.drivers_for_id("2c7c", "0125") == ["option", "qmi_wwan"]


def test_vendor_wide_rows_follow_exact_rows():
    rows = K.usb_id_rows("12d1", "1506")
    pids = [r["pid"] for r in rows]
    assert "*" in pids
    assert pids == sorted(pids, key=lambda p: p == "*")  # exact rows first
    assert "huawei_cdc_ncm" in K.drivers_for_id("12d1", "1506")
    assert not K.is_modem_id("12d1", "ffff")  # vendor-wide rows alone do not make an id known
    assert K.usb_id_rows("*", "*") == [] and K.usb_id_rows("nonsense", "0001") == []


def test_sierra_mc74xx():
    rows = K.usb_id_rows("1199", "9071")
    assert sorted(r["interface"] for r in rows if r["driver"] == "qmi_wwan") == ["if#10", "if#8"]
    assert K.drivers_for_id("1199", "9071") == ["qcserial", "qmi_wwan"]


def test_unknown_id():
    assert K.usb_id_rows("1234", "5678") == []
    assert K.drivers_for_id("1234", "5678") == []
    assert not K.is_modem_id("1234", "5678")
    assert not K.modem_vendor("1234")
    assert K.modeswitch_entry("1234", "5678") is None
    assert K.fcc_unlock_entry("1234", "5678") is None


@pytest.mark.parametrize("release, expected", [
    ("5.10.262", True),  # the checked 5.10 kernel has it
    ("5.10.300-1-amd64", True),
    ("7.3.1", True),  # newer than every checked series, newest checked kernel has it
    ("5.10.0-28-amd64", None),  # distro patch level: backports may have added it later
    ("6.8.0-45-generic", None),  # between checked series
    ("4.19.0", None),  # older than all checked kernels, all of which have it
    ("garbage", None),
    ("", None),
])
def test_kernel_has_id_row_in_all_checked(release, expected):
    assert K.kernel_has_id("413c", "81a3", "qmi_wwan", release) is expected


@pytest.mark.parametrize("release, expected", [
    ("5.10.200", False),  # 5.10.262 lacks it, so an older 5.10 does too
    ("5.4.0", False),
    ("5.15.0", None),  # may have it (added between 5.11 and 6.1, or not)
    ("6.1.192", True),
    ("6.1.300", True),
    ("6.1.50", None),
])
def test_kernel_has_id_row_added_after_5_10(release, expected):
    # 2c7c:030b qmi_wwan: in_kernels "6.1.192 6.12.117 7.2.13"
    rows = [r for r in K.usb_id_rows("2c7c", "030b") if r["driver"] == "qmi_wwan"]
    assert rows and all(r["in_kernels"] == "6.1.192 6.12.117 7.2.13" for r in rows)
    assert K.kernel_has_id("2c7c", "030b", "qmi_wwan", release) is expected


def test_effective_release_debian():
    line = "Linux host 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64 GNU/Linux"
    assert K.effective_release("6.1.0-18-amd64", line) == "6.1.76"
    newer = line.replace("6.1.76-1", "6.1.200-1")
    assert K.kernel_has_id("2c7c", "030b", "qmi_wwan", "6.1.0-30-amd64") is None
    assert K.kernel_has_id("2c7c", "030b", "qmi_wwan", K.effective_release("6.1.0-30-amd64", newer)) is True
    assert K.effective_release("6.8.0-45-generic", "Linux version 6.8.0-45-generic #45-Ubuntu SMP") == \
        "6.8.0-45-generic"
    assert K.effective_release("6.1.0-18-amd64", None) == "6.1.0-18-amd64"
    assert K.effective_release("6.8.0", line) == "6.8.0"  # a line about another series is ignored


def test_kernel_has_id_without_rows():
    assert K.kernel_has_id("1234", "5678", "qmi_wwan", "6.1.192") is None
    assert K.kernel_has_id("413c", "81a3", "option", "6.1.192") is None  # option has no row for it


def test_kernel_has_id_vendor_wide_fallback():
    # 12d1 has no exact qmi_wwan row for 1506 but vendor-wide class rows in every checked kernel
    assert K.kernel_has_id("12d1", "1506", "huawei_cdc_ncm", "6.12.117") is True


def test_modeswitch_huawei():
    row = K.modeswitch_entry("12D1", "1f01")
    assert row["model"].startswith("Huawei E353")
    assert "HuaweiNewMode" in row["target_mode_hint"]
    assert K.is_modem_id("12d1", "1f01")


def test_fibocom_fm350_pcie_and_fcc():
    pci = K.pcie_modem("14c3", "4d75")
    assert pci["driver"] == "t7xx"
    assert "6.1.192" in pci["in_checked_kernels"]
    fcc = K.fcc_unlock_entry("14c3", "4d75")
    assert fcc["script"] == "14c3" and fcc["modemmanager_version"] == "1.24.0"
    assert len(K.fcc_unlock_entries("14c3", "4d75")) == 2
    assert K.modem_vendor("14c3")


def test_pcie_subsystem_rows():
    assert K.pcie_modem("17cb", "0308")["subvendor"] == ""
    assert K.pcie_modem("17cb", "0308", "0x1c5d", "0x2010")["subdevice"] == "2010"
    assert K.pcie_modem("17cb", "0308", "105b", "abcd")["subvendor"] == "105b"  # subdevice "*"
    assert K.pcie_modem("17cb", "0308", "ffff", "ffff")["subvendor"] == ""  # falls back to generic
    assert K.pcie_modem("8086", "0001") is None


def test_log_signatures():
    rows = K.log_signatures()
    assert len(rows) > 50
    assert all(r["regex_hint"] is not None and r["origin"] for r in rows)
    assert any("USB disconnect" in r["message_format"] for r in rows)
    rows.clear()  # a copy: the cached table is untouched
    assert K.log_signatures()


def test_version_does_not_load_tables():
    code = ("import sys\nfrom wwandoctor import cli\n"
            "try:\n    cli.main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('wwandoctor.knowledge', 'wwandoctor.decode.usb_descriptors', 'csv') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_pcie_id_is_judged_by_its_rows_checked_kernels_and_min_kernel():
    foxconn = K.pcie_modem("105b", "e0ab")  # first seen in 6.1.192, absent in 5.10.262
    assert K.pcie_kernel_has_id(foxconn, "5.10.0-28-amd64") is False
    assert K.pcie_kernel_has_id(foxconn, "7.3.1") is True
    assert K.pcie_kernel_has_id(foxconn, "6.8.0-45-generic") is None  # between checked series
    xmm7360 = K.pcie_modem("8086", "7360")  # min_kernel 5.18 (ModemManager's FCC unlock script)
    assert K.pcie_kernel_has_id(xmm7360, "5.15.0-91-generic") is False


def test_an_id_an_older_tree_lacks_is_absent_from_every_release_up_to_it():
    from wwandoctor import knowledge
    # usb-ids-absent-older-kernels.csv: linux 4.1.15's qmi_wwan/qcserial lack Dell's DW5811e 413c:81b6
    assert knowledge.kernel_has_id("413c", "81b6", "qmi_wwan", "3.16") is False
    assert knowledge.kernel_has_id("413c", "81b6", "qcserial", "4.1.15") is False
    # after the older tree: no claim (a stable update may have added it); the checked kernels decide
    assert knowledge.kernel_has_id("413c", "81b6", "qmi_wwan", "4.4") is None
    assert knowledge.kernel_has_id("413c", "81b6", "qmi_wwan", "5.10.262") is True
    # an id the 4.1.15 tables already list gets no absence row
    assert knowledge.kernel_has_id("1199", "68a2", "qcserial", "3.16") is None
    # linux 3.4.39's option.c lacks 1c9e:9605 (IBALL_3_5G_CONNECT, in 4.1.15): Fedora 16's 3.1 lacks it too
    assert knowledge.kernel_has_id("1c9e", "9605", "option", "3.1") is False
    assert knowledge.kernel_has_id("1c9e", "9605", "option", "3.10") is None
    # linux 2.6.32's qcserial lacks 05c6:9244 (Gobi 2000, added in 2.6.33): 2.6.31 lacks it; "2.6.32-24-generic"
    # (a 2.6.32.y with a distribution's backports) and 2.6.32 itself are not claimed
    assert knowledge.kernel_has_id("05c6", "9244", "qcserial", "2.6.31") is False
    assert knowledge.kernel_has_id("05c6", "9244", "qcserial", "2.6.32-24-generic") is None
    # linux 2.6.27.57's sierra.c (the last 2.6.27.y) lacks the Sierra USB 306 1199:68a3, which 2.6.32 has: Debian 5's
    # 2.6.26 and Ubuntu 8.04's 2.6.24 lack it; 2.6.27 itself and the releases between the two trees are not claimed
    assert knowledge.kernel_has_id("1199", "68a3", "sierra", "2.6.26") is False
    assert knowledge.kernel_has_id("1199", "68a3", "sierra", "2.6.24-19-generic") is False
    assert knowledge.kernel_has_id("1199", "68a3", "sierra", "2.6.27") is None
    assert knowledge.kernel_has_id("1199", "68a3", "sierra", "2.6.31") is None


def test_the_newest_older_tree_that_lacks_an_id_in_every_driver():
    from wwandoctor import knowledge
    # 1199:90e3 (EM9291 family): option.c of 5.4.286 lacks it
    assert knowledge.newest_kernel_lacking("1199", "90e3", ["option"]) == (5, 4, 286)
    # 1199:68c0 (MC7304): qcserial lacks it up to 4.1.15, qmi_wwan up to 3.4.39: below 3.4.39 neither has it
    assert knowledge.newest_kernel_lacking("1199", "68c0", ["qcserial", "qmi_wwan"]) == (3, 4, 39)
    # a driver that had the id in every older tree read answers no
    assert knowledge.newest_kernel_lacking("1199", "68c0", ["qcserial", "sierra"]) is None
    assert knowledge.newest_kernel_lacking("1199", "90e3", []) is None


def test_vendor_wide_class_matches_of_the_older_tree_leave_the_vendor_without_absence_rows():
    from wwandoctor import knowledge
    # 4.1.15's option.c binds Huawei (12d1) vendor-specific interfaces by class, and so do 3.4.39's option.c (its own
    # HW_USB_DEVICE_AND_INTERFACE_INFO macro) and qmi_wwan.c (vendor-wide structure entries): no Huawei id is "absent";
    # 2.6.27's and 2.6.32's option.c still list Huawei's ids one by one, so their Huawei rows are real absences
    rows = knowledge.table_rows("usb-ids-absent-older-kernels.csv")
    assert rows and not [r for r in rows if r["vid"] == "12d1" and r["kernel"] not in ("2.6.27", "2.6.32")]
    assert {r["kernel"] for r in rows} == {"2.6.24", "2.6.27", "2.6.32", "3.4.39", "4.1.15", "4.14.98", "4.19.67", "5.4.188", "5.4.214",
                                           "5.4.286", "5.15.215"}


def test_modems_behind_a_usb_serial_bridge_are_known_ids_but_the_bridge_vendor_is_no_modem_vendor():
    from wwandoctor import knowledge
    # linux 5.4.286 cp210x.c:183 "Silicon Labs MobiData GPRS USB Modem 100EU", ftdi_sio.c:676 Falcom Twist
    assert knowledge.is_modem_id("10ce", "ea6a") and knowledge.is_modem_id("0f94", "0001")
    assert [r["driver"] for r in knowledge.usb_id_rows("10ce", "ea6a")] == ["cp210x"]
    # Silicon Labs' and FTDI's own vendor ids serve every serial gadget: a CP2102 board (10c4:ea60) is no modem
    assert not knowledge.modem_vendor("10c4") and not knowledge.modem_vendor("0403")
    assert not knowledge.is_modem_id("10c4", "ea60")
    # linux 2.6.24's table (drivers/usb/serial/cp2101.c then) lacks the 100EU: releases before 2.6.24 lack it too;
    # 2.6.24 itself is not claimed (a 2.6.24.y may carry backports)
    assert knowledge.kernel_has_id("10ce", "ea6a", "cp210x", "2.6.22") is False
    assert knowledge.kernel_has_id("10ce", "ea6a", "cp210x", "2.6.24") is None
    assert knowledge.kernel_has_id("10c5", "ea61", "cp210x", "2.6.22") is None


def test_a_release_without_its_patch_level_is_compared_only_with_trees_of_a_later_series():
    from wwandoctor import knowledge
    # Quectel RM520N 2c7c:0801: not in the option.c of a linux 5.4.188 tree
    assert knowledge.kernel_has_id("2c7c", "0801", "option", "5.4.150") is False
    assert knowledge.kernel_has_id("2c7c", "0801", "option", "5.4.188") is False
    # Ubuntu 20.04's "5.4.0-150-generic" is a 5.4.2xx: the 5.4.188 tree says nothing about it
    assert knowledge.kernel_has_id("2c7c", "0801", "option", "5.4.0-150-generic") is None
    # an older series is still below every later tree
    assert knowledge.kernel_has_id("2c7c", "0801", "option", "4.15.0-213-generic") is False


def test_the_late_5_4_trees_answer_for_the_5_4_2xx_releases_of_boards_and_routers():
    from wwandoctor import knowledge
    # the RM520N's option and qmi_wwan entries reached 5.4.y after 5.4.214 (a Pi's OpenMPTCProuter 5.4.207 lacks both)
    assert knowledge.kernel_has_id("2c7c", "0801", "option", "5.4.207") is False
    assert knowledge.kernel_has_id("2c7c", "0801", "qmi_wwan", "5.4.207") is False
    # ... and 5.4.286 has them: no claim for a release between the two trees
    assert knowledge.kernel_has_id("2c7c", "0801", "option", "5.4.250") is None
    # Sierra's EM9293 1199:90e3 is in no 5.4 tree's option.c
    assert knowledge.kernel_has_id("1199", "90e3", "option", "5.4.280") is False


def test_the_last_5_15_tree_answers_for_the_5_15_releases_of_routers_and_boards():
    from wwandoctor import knowledge
    # linux 5.15.215's qmi_wwan.c (unifreq/linux-5.15.y 5c88653f6) lacks the EM060K 2c7c:030b, which 6.1 has: an
    # OpenWrt 23.05 kernel (5.15.150) has no QMI driver for it; its option.c has the serial functions
    assert knowledge.kernel_has_id("2c7c", "030b", "qmi_wwan", "5.15.150") is False
    assert knowledge.kernel_has_id("2c7c", "030b", "option", "5.15.150") is not False
    # a bare "5.15" (a stated OpenWrt 23.05, Ubuntu's 5.15.0-NN-generic) is not claimed by a tree of its own series
    assert knowledge.kernel_has_id("2c7c", "030b", "qmi_wwan", "5.15.0-91-generic") is None


def test_a_firmware_older_than_the_host_software_needs_is_found_with_that_software_only():
    from wwandoctor import knowledge
    atc = "network.wwan.proto='atc'"
    found = knowledge.firmware_below_minimum(["Revision: 81600.0000.00.29.19.16", atc])
    assert found and found[0]["model"] == "Fibocom FM350-GL" and found[1] == "81600.0000.00.29.19.16"
    # the least revision itself, a newer one, the software not shown, or the module updated since: nothing
    assert knowledge.firmware_below_minimum(["Revision: 81600.0000.00.29.23.06", atc]) is None
    assert knowledge.firmware_below_minimum(["Revision: 81600.0000.00.29.24.01", atc]) is None
    assert knowledge.firmware_below_minimum(["Revision: 81600.0000.00.29.19.16"]) is None
    assert knowledge.firmware_below_minimum(
        ["was 81600.0000.00.29.19.16", "Revision: 81600.0000.00.29.23.06", atc]) is None


def test_every_firmware_minimum_row_names_its_source_and_a_least_revision_its_pattern_reads():
    import re
    from wwandoctor import knowledge
    rows = knowledge.table_rows("firmware-minimums.csv")
    assert rows
    for row in rows:
        assert row["source"] and row["needed_by"] and re.compile(row["needed_by_pattern"])
        assert re.fullmatch(row["revision_pattern"].replace(r"\b", ""), row["least"])


def test_router_mode_ids_are_known_devices_with_a_source_and_no_modem_driver_row():
    """router-mode-ids.csv: each row sourced, an Ethernet-style function, and an id no modem driver's table names
    exactly (an id with qmi_wwan/option rows, like the R203 router target 19d2:1021, has modem ports)."""
    from wwandoctor import knowledge
    rows = knowledge.table_rows("router-mode-ids.csv")
    assert len(rows) >= 20
    for row in rows:
        assert row["source"] and row["model"] and row["function"] in ("rndis", "ecm", "ethernet")
        assert knowledge.is_modem_id(row["vid"], row["pid"])
        assert not [r for r in knowledge.usb_id_rows(row["vid"], row["pid"]) if r["pid"] == row["pid"]]
    assert knowledge.router_mode_entry("0x19D2", "1403")["function"] == "rndis"
    assert knowledge.router_mode_entry("12d1", "14dc")["switched_from"] == "12d1:1f01"
    assert knowledge.router_mode_entry("19d2", "1021") is None and knowledge.router_mode_entry("12d1", "1506") is None


def test_boot_mode_ids_are_sourced_known_ids_without_a_qdl_row():
    """boot-mode-ids.csv: each row sourced, an id the driver tables name (so prose may name it), and not one their
    own model text already calls QDL (that one needs no row)."""
    from wwandoctor import knowledge
    rows = knowledge.table_rows("boot-mode-ids.csv")
    assert rows
    for row in rows:
        assert row["source"] and row["model"] and row["mode"]
        assert knowledge.is_modem_id(row["vid"], row["pid"])
        assert not [r for r in knowledge.usb_id_rows(row["vid"], row["pid"]) if "QDL" in r["model"]]
    assert knowledge.boot_mode_entry("0x1199", "9070") and knowledge.boot_mode_entry("1199", "9071") is None


def test_an_fm350_firmware_below_29_23_06_with_a_required_multiplexed_bearer_is_too_old_for_modemmanager():
    from wwandoctor import knowledge
    old, mm = "Revision: 81600.0000.00.29.22.13_GC", "error: couldn't connect: Maximum number of multiplexed bearers reached"
    found = knowledge.firmware_below_minimum([old, mm])
    assert found and "ModemManager" in found[0]["needed_by"] and found[1] == "81600.0000.00.29.22.13"
    assert knowledge.firmware_below_minimum([old, "mmcli -m 0 --simple-connect='apn=internet,multiplex=required'"])
    # the least revision itself, or ModemManager without a multiplexed bearer: nothing
    assert knowledge.firmware_below_minimum(["Revision: 81600.0000.00.29.23.06_GC", mm]) is None
    assert knowledge.firmware_below_minimum([old, "mmcli -m 0 --simple-connect='apn=internet'"]) is None


def test_makers_of_switched_sticks_come_from_the_switch_tables_model_names():
    from wwandoctor import knowledge
    assert knowledge.switch_vendor_ids("Huawei") == {"12d1"} and "19d2" in knowledge.switch_vendor_ids("ONDA")
    assert knowledge.switch_vendor_ids("Logitech") == frozenset()  # one entry, and no modem vendor id
    assert knowledge.switch_vendor_ids("Various") == frozenset()  # a word that names no maker


def test_an_entry_that_only_sets_a_configuration_is_a_modems():
    from wwandoctor import knowledge
    assert knowledge.configuration_only_switch("12d1", "1573")  # ME909u-521: Configuration=0 (the MBIM check)
    assert not knowledge.configuration_only_switch("12d1", "1446")  # a storage id: a switch message
    assert not knowledge.configuration_only_switch("2c7c", "0125")  # not in the table


def test_openwrt_packages_of_missing_drivers():
    # openwrt/openwrt package/kernel/linux/modules/usb.mk: KernelPackage/usb-net-qmi-wwan ships qmi_wwan.ko, ...
    assert K.openwrt_packages(["qmi_wwan", "option"]) == ["kmod-usb-net-qmi-wwan", "kmod-usb-serial-option"]
    assert K.openwrt_packages(["qcserial", "cdc_mbim"]) == ["kmod-usb-serial-qualcomm", "kmod-usb-net-cdc-mbim"]
    assert K.openwrt_packages(["mhi_pci_generic"]) == ["kmod-mhi-pci-generic"]
    assert K.openwrt_packages(["qmi_wwan", "iosm"]) is None  # iosm: no OpenWrt package
    assert K.openwrt_packages([]) is None


def test_usb3_minicard_models():
    # usb3-minicard-models.csv: mini PCIe modules with USB 3.0 on the card's PCIe pins, named with a variant suffix too
    assert K.usb3_minicard_model("my Quectel EP06-E in the router") == "EP06-E"
    assert K.usb3_minicard_model("Telit LM940 and an LE910") == "LM940"
    assert K.usb3_minicard_model("Sierra MC7455") == "MC7455"
    assert K.usb3_minicard_model("a Quectel EC25 and an EM7455") is None
    assert K.usb3_minicard_model("part MC74550") is None
