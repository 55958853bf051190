"""The configuration part ("c2") of udev's USB path names of network interfaces (systemd
src/udev/udev-builtin-net_id.c get_usb_specifier: "u" + ports, "c" + configuration unless it is 1, "i" + interface
unless it is 0) gives the modem's active USB configuration, as bConfigurationValue does."""
import pytest

from wwandoctor.ingest import ingest_text
from wwandoctor.model import derive
from wwandoctor.model.common import usb_config_of_name


@pytest.mark.parametrize("name, config", [
    ("enp0s20f0u5c2", 2),  # real: tuning case t460p-huawei-me906s-ecm-config-no-carrier-switch-to-mbim-config-3 (ip link)
    ("wwp0s20f0u2c3i12", 3),
    ("wwp0s20u7c2i12", 2),  # knowledge.md 2.1 (a Sierra module in its MBIM configuration 2)
    ("wwp0s20u4i6", 1),  # no "c" part: configuration 1
    ("ens1u1u2c2", 2),  # a slot name and a port chain behind a hub
])
def test_usb_path_names_tell_the_configuration(name, config):
    assert usb_config_of_name(name) == config


@pytest.mark.parametrize("name", ["wwan0", "enp3s0", "enx0c5b8f279a64", "usb0", "eth1", "wlp2s0", "enp0s20f0u"])
def test_other_names_tell_nothing(name):
    assert usb_config_of_name(name) is None


def test_the_name_of_a_modems_interface_gives_its_active_configuration():
    model = derive(ingest_text("NetworkManager[700]: <warn> (wwp0s20u3c2i12): Activation: failed for connection 'LTE'\n"))
    (modem,) = model.modems
    assert modem.active_config == 2 and "c2 part" in modem.evidence["active_config"][0].text


def test_the_configuration_the_interfaces_show_comes_first():
    model = derive(ingest_text(
        "[    5.1] cdc_mbim 2-3:3.12: cdc-wdm0: USB WDM device\n"
        "[    5.2] cdc_mbim 2-3:3.12 wwan0: register 'cdc_mbim' at usb-0000:00:14.0-3, CDC MBIM, 0a:1b:2c:3d:4e:5f\n"
        "[    5.3] cdc_mbim 2-3:3.12 wwp0s20u3c2i12: renamed from wwan0\n"))
    (modem,) = model.modems
    assert modem.active_config == 3
