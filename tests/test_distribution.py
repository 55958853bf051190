"""host.system beyond OpenWrt (model/distribution.py) and the fix commands written for it (system_commands.py):
the distribution a snapshot's os-release, a kernel build, a prompt, a command or the post's words show."""
import json
import subprocess
import sys

import pytest

from wwandoctor.collect import kernel
from wwandoctor.collect.context import Context
from wwandoctor.ingest import ingest_text
from wwandoctor.model import derive
from wwandoctor.model.distribution import os_release_system
from wwandoctor.snapshot import Snapshot
from wwandoctor.system_commands import fit_commands, install_hint, package_names

STICK = "Bus 001 Device 004: ID 12d1:1f01 Huawei Technologies Co., Ltd. E353/E3131 (Mass storage mode)\n"


def _system(text):
    return derive(ingest_text(text)).host.system


@pytest.mark.parametrize("fields, system", [
    ({"ID": "fedora", "VERSION_ID": "39"}, "fedora"),
    ({"ID": "centos", "ID_LIKE": "rhel fedora", "VERSION_ID": "7"}, "rhel7"),
    ({"ID": "rocky", "ID_LIKE": "rhel centos fedora", "VERSION_ID": "9.3"}, "rhel"),
    ({"ID": "opensuse-tumbleweed", "ID_LIKE": "opensuse suse"}, "opensuse"),
    ({"ID": "manjaro-arm", "ID_LIKE": "manjaro arch"}, "arch"),
    ({"ID": "postmarketos", "ID_LIKE": "alpine"}, "alpine"),
    ({"ID": "nixos", "VERSION_ID": "24.05"}, "nixos"),
    ({"ID": "linuxmint", "ID_LIKE": "ubuntu debian"}, None),
    ({"ID": "raspbian", "ID_LIKE": "debian"}, None),
])
def test_os_release_names_the_system(fields, system):
    assert os_release_system(fields) == system


def test_the_kernel_collector_reads_os_release_and_keeps_only_its_ids(tmp_path):
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "os-release").write_text(
        'NAME="Fedora Linux"\nVERSION="39 (Workstation Edition)"\nID=fedora\nVERSION_ID=39\n'
        'HOME_URL="https://fedoraproject.org/"\n')
    snap = Snapshot()
    kernel.collect(snap, Context(root=str(tmp_path), modules_dir=str(tmp_path / "none")))
    assert snap.kernel.os_release == {"ID": "fedora", "VERSION_ID": "39"}
    assert derive(snap).host.system == "fedora"


@pytest.mark.parametrize("text, system", [
    ("$ uname -a\nLinux x1 6.5.6-300.fc39.x86_64 #1 SMP PREEMPT_DYNAMIC Fri Oct  6 19:57:21 UTC 2023 x86_64 GNU/Linux\n",
     "fedora"),
    ("$ uname -r\n6.6.7-arch1-1\n", "arch"),
    ("$ uname -r\n5.15.85-1-MANJARO\n", "arch"),
    ("$ uname -r\n6.7.5-1-default\n", "opensuse"),
    ("$ uname -r\n3.10.0-1160.el7.x86_64\n", "rhel7"),
    ("$ uname -a\nLinux nixbox 6.1.55 #1-NixOS SMP PREEMPT_DYNAMIC Sat Sep 23 09:11:13 UTC 2023 x86_64 GNU/Linux\n", "nixos"),
    ("$ uname -r\n6.1.0-17-amd64\n", None),
    ("[jane@fedora ~]$ lsusb\n" + STICK, "fedora"),
    ("[root@archiso ~]# lsusb\n" + STICK, "arch"),
    ("jane@thinkpad:~$ sudo zypper install ModemManager\n", "opensuse"),
    ("make -C /lib/modules/5.6.11-1-MANJARO/build M=/home/jane/xmm7360-pci modules\n", "arch"),
])
def test_kernel_builds_prompts_and_commands_show_the_system(text, system):
    assert _system(text) == system


@pytest.mark.parametrize("words, system", [
    ("I'm running Fedora 40 on an X1 Carbon and the modem never shows up.", "fedora"),
    ("My laptop has openSUSE Tumbleweed and the modem never shows up.", "opensuse"),
    ("This is a PinePhone with postmarketOS and the modem never shows up.", "alpine"),
    ("On my Arch Linux box the modem never shows up.", "arch"),
    ("I have this problem on nixos-unstable: the modem never shows up.", "nixos"),
    ("It worked on Fedora 38; here on Ubuntu 24.04 the modem never shows up.", None),  # past, and Debian-like
    ("Same modem: it shows up on Ubuntu but never on Fedora.", None),  # two families
    ("The modem never shows up; I followed the Arch wiki page.", None),  # a wiki, not the machine
    ("**Firmware Version:**\tOpenWrt 24.10.0 r28427-6df0e3d02a / LuCI openwrt-24.10 branch", "openwrt"),  # a label
    ("**OS:** Fedora 40 (KDE spin)", "fedora"),
    # a distribution the person started with or left is not the machine's (tuning case larbs-arch-..., then written)
    ("After installing LARBS my WWAN isn't recognized. I'm new to linux, I started with linux mint.", "arch"),
    ("I left Ubuntu last month. Now the modem does not work on Artix.", "arch"),
    # a distribution still to come is not the machine's: its commands would not run there
    ("The modem never shows up. I will try Fedora next week.", None),
    ("The modem never shows up, so I'm going to install Arch Linux on it.", None),
    ("The modem never shows up; I'll give openSUSE a go.", None),
    ("The modem never shows up. Planning to move the box to NixOS.", None),
    ("The modem never shows up on my Fedora 40 laptop, and I will try the vendor's driver next.", "fedora"),
])
def test_the_post_s_words_name_the_system_only_when_one_family_is_the_machine_s(words, system):
    assert _system(words + "\n" + STICK) == system


def test_fit_commands_keeps_a_step_s_own_install_line_and_drops_other_systems():
    step = ["sudo dnf install NetworkManager-wwan   # Fedora, RHEL, CentOS",
            "sudo apk add networkmanager-wwan   # Alpine, postmarketOS", "sudo systemctl restart NetworkManager"]
    assert fit_commands(step, "fedora") == [step[0], step[2]]
    assert fit_commands(step, "rhel7") == ["sudo yum install NetworkManager-wwan   # Fedora, RHEL, CentOS", step[2]]
    assert fit_commands(step, "alpine") == [step[1], step[2]]
    assert fit_commands(step, "arch") == [step[2]]
    assert fit_commands(step, None) == step


def test_fit_commands_installs_under_the_system_s_names_and_drops_what_it_lacks():
    step = ["sudo apt install usb-modeswitch usb-modeswitch-data    # Debian/Ubuntu/Raspberry Pi OS",
            "sudo opkg install usb-modeswitch                       # OpenWrt up to 24.10",
            "sudo apk add usb-modeswitch                            # OpenWrt 25.x and snapshots (apk)",
            "journalctl -b | grep -i usb_modeswitch"]
    assert fit_commands(step, "fedora") == ["sudo dnf install usb_modeswitch usb_modeswitch-data", step[3]]
    assert fit_commands(step, "opensuse") == ["sudo zypper install usb_modeswitch", step[3]]
    assert fit_commands(step, "alpine") == ["sudo apk add usb-modeswitch", step[3]]
    assert fit_commands(step, "openwrt") == [step[1][len("sudo "):], step[2][len("sudo "):],
                                             "logread | grep -i usb_modeswitch"]
    assert fit_commands(["sudo apt install gobi-loader", "uname -r"], "arch") == ["uname -r"]
    assert fit_commands(["sudo apt install linux-modules-extra-$(uname -r)"], "fedora") == [
        "sudo dnf install kernel-modules-extra-$(uname -r)"]


def test_nixos_gets_its_configuration_not_an_install_command():
    out = fit_commands(["sudo apt install usb-modeswitch usb-modeswitch-data libqmi-utils"], "nixos")
    assert out == ["sudoedit /etc/nixos/configuration.nix   # set hardware.usb-modeswitch.enable = true; "
                   "add libqmi to environment.systemPackages", "sudo nixos-rebuild switch"]
    assert install_hint(["modemmanager"], "nixos") == (
        "set networking.modemmanager.enable = true; in /etc/nixos/configuration.nix, then sudo nixos-rebuild switch")
    assert package_names(["modemmanager"], "nixos") == ["modemmanager"]


@pytest.mark.parametrize("system, hint, names", [
    ("fedora", "sudo dnf install libqmi-utils util-linux", ["libqmi-utils", "util-linux"]),
    ("opensuse", "sudo zypper install libqmi-tools util-linux", ["libqmi-tools", "util-linux"]),
    ("arch", "sudo pacman -S --needed libqmi util-linux", ["libqmi", "util-linux"]),
    ("alpine", "sudo apk add libqmi util-linux-misc", ["libqmi", "util-linux-misc"]),
    (None, "sudo apt install libqmi-utils rfkill", ["libqmi-utils", "rfkill"]),
])
def test_install_hint_and_needed_names_per_system(system, hint, names):
    assert install_hint(["libqmi-utils", "rfkill"], system) == hint
    assert package_names(["libqmi-utils", "rfkill"], system) == names


def test_a_saved_snapshot_from_fedora_gets_dnf_and_fedora_names(tmp_path):
    """A snapshot as `collect` writes it (its kernel's os-release) analysed elsewhere."""
    snap = ingest_text("$ lsusb\n" + STICK)
    snap.origin, snap.kernel.os_release = "live", {"ID": "fedora", "VERSION_ID": "40"}
    path = tmp_path / "snapshot.json"
    path.write_text(snap.to_json())
    out = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", "--format", "json", str(path)],
                         capture_output=True, text=True).stdout
    report = json.loads(out)
    steps = [s for f in report["findings"] for s in f["fix"]]
    commands = [c for s in steps for c in s["commands"]]
    assert "sudo dnf install usb_modeswitch usb_modeswitch-data" in commands
    assert not any(c.startswith(("sudo apt ", "sudo opkg ", "sudo apk ")) for c in commands)
    assert "if missing: sudo dnf install usb_modeswitch" in " ".join(s["safety"] for s in steps)
