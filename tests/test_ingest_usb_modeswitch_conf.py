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
