"""wwandoctor.model.quectel_variant: a Quectel module named by its variant, running another variant's firmware.

Revision strings as the modules print them (ATI, AT+QGMR, quectel-CM); the sentences around them are WRITTEN."""
from wwandoctor.model.quectel_variant import FACT, REVISION_FACT, variant_signals
from wwandoctor.snapshot import LogLine


def facts(text):
    return variant_signals([LogLine(t, origin="paste") for t in text.splitlines()])


def test_a_variant_on_an_e_image():
    found = facts("I haven't gotten my Quectel EC25-A modem working yet\nAT+QGMR\nEC25EFAR06A11M4G_01.001.01.001\nOK")
    assert [line.text for line in found[REVISION_FACT]] == ["EC25EFAR06A11M4G_01.001.01.001"]


def test_quectel_cm_baseband_version_counts_as_a_revision():
    found = facts("Quectel EC25-AU on a Pi\n[06-13_20:35:39:013] requestBaseBandVersion EC25EFAR06A11M4G")
    assert REVISION_FACT in found


def test_the_own_variant_is_no_mismatch():
    assert facts("EG25-G in a PinePhone\nRevision: EG25GGBR07A08M2G") == {}
    assert facts("Model: EC25-EUX\nRevision: EC25EUXGAR08A09M1G") == {}
    assert facts("RM500Q-GL on OpenWrt\nRevision: RM500QGLABR11A06M4G") == {}
    assert facts("my module is EC20CEFA-512-STD\nEC20CEFAR02A10M4G") == {}


def test_one_variant_named_two_ways():
    assert facts("EP06-E module (EP06ELA)\nRevision: EP06ELAR03A05M4G") == {}
    assert REVISION_FACT in facts("EP06-E module (EP06E)\nRevision: EP06ALAR03A05M4G")


def test_two_variants_or_another_model_decide_nothing():
    assert facts("one router has an EC25-E, the other an EC25-A\nRevision: EC25EFAR06A11M4G") == {}
    assert facts("the EG25-G was replaced\nRevision: EC25EFAR06A11M4G") == {}


def test_a_wanted_image_without_baseline_is_not_a_revision():
    assert facts("My EC25-A; I need EC25AFARxxxx, I have EC25EFARxxxx") == {}


def test_a_revision_alone_decides_nothing():
    assert facts("Revision: EC25EFAR06A11M4G") == {}


# WRITTEN by tuning32d (stop 32): another variant told in words after a firmware change, any maker
def test_the_model_query_answering_another_variant_after_a_flash():
    found = facts("I upgraded the firmware from B02 to B07.\nWhen I query AT+CGMM it replies with SIM7000A not SIM7000E.")
    assert [line.text for line in found[FACT]] == ["When I query AT+CGMM it replies with SIM7000A not SIM7000E."]


def test_another_variant_image_flashed_onto_the_hardware():
    assert FACT in facts("I flashed the EC25EFAR06A11M4G firmware onto my EC25AFA module by mistake")
    assert facts("I flashed EC25AFAR05A04M4G firmware onto this EC25AFA module") == {}
    assert facts("I flashed the MBIM firmware onto my EM7455 module") == {}


def test_two_variants_without_a_firmware_change_or_in_a_question_decide_nothing():
    assert facts("The SIM7000A shows LTE-M bands, but the SIM7000E does not.") == {}
    assert facts("After the upgrade, does it report SIM7000A or SIM7000E?") == {}
