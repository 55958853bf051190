"""A usb_modeswitch configuration shown with cat becomes a ConfigFile, as the collector reads it."""
from pathlib import Path

from wwandoctor.ingest import ingest_text
from wwandoctor.model import derive

MF626 = Path(__file__).parent / "real_cases/tuning/zte-mf626-switches-then-ttys-vanish-after-usb-modeswitch-data-20120531/other-1.txt"


def _configs(text):
    return [c for c in ingest_text(text).configs if c.kind == "usb_modeswitch"]


def test_real_post_config_file_and_its_switched_id():
    # USB_ModeSwitch forum t=951: an OpenWrt prompt, the ':' escaped by the shell, settings with spaces and quotes
    snap = ingest_text(MF626.read_text())
    (cfg,) = [c for c in snap.configs if c.kind == "usb_modeswitch"]
    assert cfg.path == "/etc/usb_modeswitch.d/19d2:0031"
    assert cfg.settings["TargetProduct"] == "0x0094" and cfg.settings["NeedResponse"] == "1"
    assert cfg.settings["MessageContent"].startswith("55534243")
    (modem,) = derive(snap).modems
    assert modem.id == "usb:19d2:0031" and modem.switch_config_for_modem_id is True


def test_old_style_config_without_a_path_keeps_its_default_ids():
    (cfg,) = _configs("DefaultVendor= 0x12d1\nDefaultProduct=0x1446\nTargetProductList=\"1001,1406\"\nHuaweiMode=1\n")
    assert cfg.settings["DefaultProduct"] == "0x1446"


def test_a_config_for_the_storage_id_is_not_a_config_for_the_modem_id():
    snap = ingest_text("usb 1-1: New USB device found, idVendor=12d1, idProduct=1f01\n\n"
                       "# cat /etc/usb_modeswitch.d/12d1:1f01\nTargetVendor=0x12d1\nHuaweiNewMode=1\n")
    (modem,) = derive(snap).modems
    assert modem.switch_config_for_modem_id is False


def test_prose_after_the_config_is_not_taken_as_settings():
    snap = ingest_text("# cat /etc/usb_modeswitch.d/19d2:0031\nTargetVendor=0x19d2\nTargetProduct=0x0094\n\n"
                       "I think this file is the cause of my troubles.\n")
    (cfg,) = [c for c in snap.configs if c.kind == "usb_modeswitch"]
    assert set(cfg.settings) == {"TargetVendor", "TargetProduct"}
    assert any("cause of my troubles" in u for u in snap.unrecognized)


ME909U = (Path(__file__).parent / "real_cases/spent/me909u-mu609-usb-modeswitch-data-forces-configuration-1-without-cdc-ether"
          / "other-1.txt")


def test_real_bare_stanza_under_its_device_title_is_the_named_file_and_picks_the_configuration():
    # modemmanager-devel 2016-March/002727: "usb_modeswitch.d/12d1:1573 / with following content: / # Huawei ME909u-521 /
    # Configuration=1", then the package changelog's list of ids, none of which is the modem
    snap = ingest_text(ME909U.read_text())
    (cfg,) = [c for c in snap.configs if c.kind == "usb_modeswitch"]
    assert cfg.settings == {"Configuration": "1"}
    (modem,) = derive(snap).modems
    assert modem.id == "usb:12d1:1573"
    assert modem.switch_config_configuration == 1 and modem.switch_config_for_modem_id is False
    assert modem.modeswitch_configuration_only is True  # usb-modeswitch-data's current entry: Configuration=0


def test_the_line_naming_a_bare_stanzas_file_is_the_place_of_what_it_says():
    """The bare stanza is the usb_modeswitch.d file the post names on another line: the facts read from it cite
    that line (Evidence.where), as other readers cite theirs, so the report can say where it was read."""
    snap = ingest_text("Bus 001 Device 003: ID 12d1:1573 Huawei Technologies Co., Ltd. ME909u-521 LTE Module\n\n"
                       "This package has the file usb_modeswitch.d/12d1:1573 with following content:\n\n"
                       "# Huawei ME909u-521\nConfiguration=1\n", "post.txt")
    (modem,) = derive(snap).modems
    assert modem.switch_config_configuration == 1
    for fact in ("switch_config_configuration", "switch_config_for_modem_id"):
        assert [e.where for e in modem.evidence[fact]] == [("post.txt:3",)], fact


def test_a_bare_switch_stanza_with_usb_modeswitch_keys_is_read():
    (cfg,) = _configs("TargetVendor=0x19d2\n")
    assert cfg.settings == {"TargetVendor": "0x19d2"}


def test_look_alikes_of_a_bare_stanza_are_not_configurations():
    assert _configs("Configuration=1\n") == []  # a word other files use too, and no device title above it
    assert _configs("# Arch Linux 6.1\nConfiguration=1\n") == []  # a title naming no modem maker
    assert _configs("# Huawei ME909u-521\nConfiguration=1\nthe stick works fine otherwise\n") == []  # not only keys


def test_a_configuration_zero_dummy_forces_no_configuration():
    snap = ingest_text("Bus 001 Device 003: ID 12d1:1573 Huawei Technologies Co., Ltd. ME909u-521 LTE Module\n\n"
                       "# cat /etc/usb_modeswitch.d/12d1:1573\nConfiguration=0\n")
    (modem,) = derive(snap).modems
    assert modem.switch_config_configuration is None
