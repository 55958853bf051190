"""The model-name index (wwandoctor/product_names.py): table model texts -> canonical tokens -> ids.

The names are those real posts use ("Sierra EM7455 (DW5811e)", "Quectel EC25-E", "RM520N-GL",
"FM350-GL", "Foxconn T99W175", "Huawei E3372h-153", "MC7455", "SIM7600E-H", "Telit LN940",
"Dell DW5821e"); the ids come from the packaged tables, never from this file's expectations alone.
"""
from __future__ import annotations

import pytest

from wwandoctor import knowledge, product_names as pn


def ids(token):
    name = pn.lookup(token)
    return None if name is None else sorted((c.vid, c.pid) for c in name.ids)


@pytest.mark.parametrize("token, key", [
    ("RM520N-GL", "RM520N"), ("rm520n-gl", "RM520N"), ("EC25-E", "EC25"), ("EC25-EU", "EC25"),
    ("FM350-GL", "FM350"), ("L850-GL", "L850"), ("E3372h-153", "E3372H"), ("SIM7600E-H", "SIM7600E"),
    ("LE910C4-WWX", "LE910C4"), ("ME906s-158", "ME906S"),
    # a suffix whose removal leaves no model stays: "DWM-156" is D-Link's model
    ("DWM-156", "DWM156"), ("LARA-R6", "LARAR6"),
])
def test_canonical_drops_case_hyphens_and_region_suffixes(token, key):
    assert pn.canonical(token) == key


def test_a_family_of_the_kernel_table_names_each_member():
    # qmi_wwan.c/qcserial.c "Sierra Wireless EM74xx", "MC74xx"
    assert ("1199", "9079") in ids("EM7455") and ("1199", "9078") in ids("EM7430")
    assert ids("MC7455") == ids("MC7430") and ("1199", "9071") in ids("MC7455")
    assert ids("em7455") == ids("EM7455")


def test_an_exact_name_and_its_family_are_joined():
    # fcc-unlock-ids.csv names "Lenovo-shipped Sierra EM7455" 1199:9079; the kernel's EM74xx adds the rest
    exact = {(r["vid"], r["pid"]) for r in knowledge.fcc_unlock_entries("1199", "9079")}
    assert exact and exact < set(ids("EM7455"))


@pytest.mark.parametrize("token", ["DW5811e", "dw5811e", "DW5811E"])
def test_dell_wireless_numbers_are_dw_names(token):
    # qcserial.c / qmi_wwan.c "Dell Wireless 5811e"
    assert ("413c", "81b6") in ids(token) and all(v == "413c" for v, _ in ids(token))


def test_dell_5821e():
    assert ("413c", "81d7") in ids("DW5821e")


@pytest.mark.parametrize("token, vid", [
    ("EC25-E", "2c7c"), ("RM520N-GL", "2c7c"), ("SIM7600", "1e0e"), ("LN940", "1bc7"), ("T99W175", "105b"),
    ("FM350-GL", "14c3"),
])
def test_real_post_names_give_their_vendors_ids(token, vid):
    assert vid in {v for v, _ in ids(token)}


def test_pcie_names_carry_the_pci_bus():
    name = pn.lookup("T99W175")
    assert {c.bus for c in name.ids} == {"pci"}
    assert {c.bus for c in pn.lookup("RM520N-GL").ids} == {"usb", "pci"}


def test_a_hyphenated_table_token_names_its_model_part():
    # pcie-modem-ids.csv "Foxconn-T99W760"-style texts: "T99W760" alone is the model
    for key in pn.index():
        assert pn.distinctive(key)


@pytest.mark.parametrize("word", [
    "LTE", "4G", "5G", "USB3", "SDX55", "sdx65", "X55", "qcom-sdx65m", "T7XX", "IPv6", "x86_64", "amd64", "Cat4",
    "V2", "C1", "modem", "Sierra", "Quectel", "Dell", "e5470", "T480", "ttyUSB2", "cdc-wdm0", "wwan0", "5.10",
])
def test_common_words_chipsets_and_laptops_identify_nothing(word):
    assert pn.lookup(word) is None


def test_no_token_maps_to_many_unrelated_vendors():
    assert all(len(name.vendors) <= pn.MAX_VENDORS for name in pn.index().values())
    # "SDX55" is shared by Foxconn, HP, Quectel's and Qualcomm's ids: a chipset, not a model
    assert "SDX55" not in pn.index()


def test_an_ambiguous_family_identifies_nothing(monkeypatch):
    two = {"AB12XX": pn.ModelName("AB12XX", (pn.CandidateId("usb", "1111", "0001", "t", "AB12xx", "s"),)),
           "AB1XXX": pn.ModelName("AB1XXX", (pn.CandidateId("usb", "2222", "0002", "t", "AB1xxx", "s"),))}
    monkeypatch.setattr(pn, "index", lambda: two)
    assert pn.lookup("AB1234") is None


def test_vendor_wide_rows_name_no_device():
    for name in pn.index().values():
        assert all(c.pid not in ("*", "") for c in name.ids)
