"""The kernel a post states or implies (model/prose_kernel.py, data/distro-kernels.csv): the host's
kernel_release from the post's words, marked as stated, low confidence in every rule that rests on it.

Sentences are real posts' (source named) or written the way they are; each "says nothing" case is
a condition, a question, the past, or two releases at once."""
import csv
import io
import re

import pytest

from wwandoctor import knowledge
from wwandoctor.engine import evaluate, load_rules
from wwandoctor.ingest import ingest_text
from wwandoctor.model import derive
from wwandoctor.model.prose_kernel import stated_kernel
from wwandoctor.resources import data_text

# lspci of a Foxconn T99W373 (MediaTek t7xx, a driver of 5.19) with no driver shown
T7XX_LSPCI = ("08:00.0 Wireless controller [0d40]: MEDIATEK Corp. Device [14c3:4d75] (rev 01)\n"
              "\tSubsystem: Foxconn International, Inc. Device [105b:e0f9]\n")


def _stated(text):
    found = stated_kernel(ingest_text(text + "\n"))
    return found.version if found else None


@pytest.mark.parametrize("text, version", [
    # forum.sierrawireless.com/t/em7455-linux-issues/9086
    ("My laptop have a Dualboot OS: Windows 10 - Debian Jessie with the latest kernel.", "3.16"),
    # github xmm7360-pci, T14: a stated kernel wins over the release
    ("I finally got the module built on my brand new T14 with Ryzen. (Kubuntu 20.04 with mainline kernel 5.8.0.rc7)",
     "5.8.0.rc7"),
    ("I run Ubuntu 16.04 with kernel 4.4.0-21-generic.", "4.4.0-21-generic"),
    ("Ubuntu 16 does not detect it as a mobile broadband modem.", "4.4"),  # askubuntu: "Ubuntu 16" = 16.04
    ("OpenWrt 21.02, luci-proto-modemmanager. Took the SIM out of my old phone and the wan interface just sits there.",
     "5.4"),
    ("I am using a self compiled OpenWRT 23.05.4 on Gl.iNet E750v2 with the EM060K-GL modem.", "5.15"),
    ("Raspberry Pi OS bullseye on a Pi 4 with a SIM7600 HAT.", "5.10"),
    ("Raspbian Buster lite, Huawei E3276.", "4.19"),
    ("Pi 4 (Bookworm 64 bit) with an EG25-G.", "6.1"),
    ("CentOS 7 server with an EC25.", "3.10"),
    ("UMTS/HSDPA Stick XS Stick P14 unter Fedora 16 betreiben", "3.1"),  # softmetz.de: "run it on Fedora 16"
    ("Old Debian 9 box with an ME909s-120, MM 1.6.4.", "4.9"),
    ("The router runs Linux 5.15 now.", "5.15"),
    # the running kernel named as such, in a sentence that doubts something else (networkmanager-list, MC7710); of
    # two releases given as alternatives, the newer
    ("The device should be included in the current kernel 3.6.11/3.7.2 and I think it is caused by an usb issue.",
     "3.7.2"),
    # a release with a local-version suffix stated as what runs, whatever name stands before it, or a banner's field
    # (written for stop 23, in no case)
    ("The gateway runs Yocto 4.14.78-ltsi on an i.MX6.", "4.14.78-ltsi"),
    ("We booted Armbian's 5.10.60-sunxi on the board yesterday.", "5.10.60-sunxi"),
    ("  MyOS 2.0 | 5.4.61-ti-r18 | armv7l", "5.4.61-ti-r18"),
    ("The box is on 4.9.253-tegra from the vendor.", "4.9.253-tegra"),
    ("I have python3 3.8.10-0ubuntu1 installed.", None),  # another program's version
    ("usb-modeswitch 2.6.1-3 is installed on it.", None),  # a package revision: no letter, and no "runs"
    ("It used to run 4.14.78-ltsi, the new image is fine.", None),  # the past
    ("Does it boot 4.14.78-ltsi?", None),  # a question
    # says nothing: two releases, the past, a condition, a question, versions of other programs
    ("It worked on Ubuntu 16.04, fails on 22.04.", None),
    ("I upgraded from Ubuntu 20.04 to 22.04 last week.", None),
    ("If you are on Debian Buster, install the backports kernel.", None),
    ("Does it work on OpenWrt 23.05?", None),
    ("Previously I had CentOS 7 on it.", None),
    ("It worked on Fedora 16, fails on Fedora 24.", None),
    ("I will try Ubuntu 22.04 next.", None),  # still to come
    ("We're going to move it to Debian 12 soon.", None),
    ("ModemManager 1.20 and libqmi 1.30 from the PPA.", None),
    ("I use Ubuntu 22.04. My other box runs Debian 12.", None),  # statements that disagree
    ("In kernels above 3.12 cdc_ncm.ko was split in two drivers.", None),
    ("It should work with kernel 5.10.", None),  # a hope, and no running kernel named
    ("If the current kernel 5.4 is too old, upgrade it.", None),
    ("Is the current kernel 5.4 too old?", None),
    # the kernel in other languages' words and order (written for stop 29, tuning29a)
    ("Ho scoperto che il problema è risolto nella versione 2.6.27 del kernel Linux.", "2.6.27"),
    ("El router usa la versión 4.14.90 del kernel.", "4.14.90"),
    ("Le noyau est en version 4.19.50 sur la carte.", "4.19.50"),
    ("На плате ядро 4.19.50, модем не работает.", "4.19.50"),
    ("板子的内核版本是 4.4,没有 ttyUSB。", "4.4"),
    ("カーネルは 5.10.110 です。", "5.10.110"),
    ("Uso la versione 4.19.50 di un programma mio.", None),  # the version of something else
    # the 2006-2011 Ubuntu releases: one-digit years, the LTS mark written onto the number, codenames (written for
    # stop 30, tuning30c); Debian 4 and 5 by codename
    ("The netbook runs Ubuntu 9.04 with the stock kernel.", "2.6.28"),
    ("I use the distribution Ubuntu 10.04LTS on my laptop.", "2.6.32"),
    ("My box has Ubuntu Karmic on it.", "2.6.31"),
    ("This is a fresh Intrepid Ibex install.", "2.6.27"),
    ("The server is on Debian Lenny.", "2.6.26"),
    ("It worked on Ubuntu 8.04, fails on Ubuntu 10.04.", None),  # two releases
    ("I upgraded from Hardy Heron last week.", None),  # the past
    # openSUSE by number (Leap too), Fedora before 16, CentOS 5 (written for stop 30, tuning30c)
    ("My laptop runs openSUSE 12.2 with KDE.", "3.4"),
    ("The box has openSUSE Leap 15.5 installed.", "5.14"),
    ("The old server is a CentOS 5 machine.", "2.6.18"),
    ("Fedora 13 is on the netbook.", "2.6.33"),
    ("It worked on openSUSE 11.4, fails on openSUSE 12.2.", None),  # two releases
    # the Ubuntu codenames since 12.04, only after "Ubuntu" or with their animal: they are English words
    ("The Pi runs Ubuntu Jammy server.", "5.15"),
    ("This laptop came with Xenial Xerus preinstalled.", "4.4"),
    ("It is a focal point of the setup, the modem on the router.", None),
    ("It worked on Ubuntu Bionic, fails on Ubuntu 22.04.", None),  # two releases
    # OpenWrt's release with "version" before it, and its bug-report form's field (label heading, value alone on the next
    # line: github.com/openwrt/openwrt .github/ISSUE_TEMPLATE/bug-report.yml) (written for stop 31, tuning31c)
    ("The router runs OpenWrt version 22.03.5 and the modem has no cdc-wdm0.", "5.10"),
    ("### OpenWrt release\n\n23.05.3\n\n### Device\n\nGL.iNet GL-E750", "5.15"),
    ("### Device\n\n23.05.3", None),  # a value under another label
    ("Does it work with OpenWrt version 23.05?", None),  # a question
])
def test_stated_kernel(text, version):
    assert _stated(text) == version


def test_the_shown_release_wins_over_the_words():
    snap = ingest_text("$ uname -r\n6.8.0-45-generic\n\nI run Ubuntu 22.04.\n")
    model = derive(snap)
    assert model.host.kernel_release == "6.8.0-45-generic"
    assert [e.source for e in model.host.evidence["kernel_release"]] == ["kernel"]


@pytest.mark.parametrize("text, release", [
    # lsusb without usb.ids names the root hub by its manufacturer string (linux drivers/usb/core/hcd.c rh_string)
    ("$ lsusb\nBus 001 Device 001: ID 1d6b:0002 Linux 6.6.44 xhci-hcd xHCI Host Controller\n"
     "Bus 002 Device 003: ID 2c7c:0122 Quectel RM551E-GL\n\nI run Ubuntu 22.04.\n", "6.6.44"),
    # usbcore's own line for the root hub
    ("[    1.02] usb usb1: Manufacturer: Linux 5.4.0-42-generic xhci_hcd\n", "5.4.0-42-generic"),
])
def test_a_root_hub_names_the_running_kernel(text, release):
    model = derive(ingest_text(text))
    assert model.host.kernel_release == release
    assert [e.source for e in model.host.evidence["kernel_release"]] == ["usb root hub"]


def test_the_host_fact_says_it_comes_from_the_post():
    model = derive(ingest_text("I run Ubuntu 22.04 on this laptop.\n"))
    assert model.host.kernel_release.startswith("5.15 ") and "post" in model.host.kernel_release
    (evidence,) = model.host.evidence["kernel_release"]
    assert evidence.source == "stated-release" and "Ubuntu 22.04" in evidence.text


def _findings(text):
    return {f.rule: f for f in evaluate(load_rules(), derive(ingest_text(text))).findings}


def test_a_stated_release_feeds_the_old_kernel_rules_at_low_confidence():
    stated = _findings(T7XX_LSPCI + "\nI run Ubuntu 22.04 on this laptop.\n")
    assert stated["pcie-modem-old-kernel"].confidence == "low"
    assert any(e.source == "stated-release" for e in stated["pcie-modem-old-kernel"].evidence)
    shown = _findings("$ uname -r\n5.15.0-91-generic\n$ lspci -nnk\n" + T7XX_LSPCI)
    assert shown["pcie-modem-old-kernel"].confidence == "medium"
    assert "pcie-modem-old-kernel" not in _findings(T7XX_LSPCI)  # no kernel known: another rule


def test_a_usb_modem_older_than_its_driver_on_a_stated_release():
    found = _findings("Bus 001 Device 003: ID 1199:9079 Sierra Wireless, Inc. EM7455\n\n"
                      "This is a CentOS 6 server and the modem has no /dev/cdc-wdm0.\n")
    assert found["kernel-module-missing-old-kernel"].confidence == "low"
    assert "2.6.32" in found["kernel-module-missing-old-kernel"].title or "qmi_wwan" in found[
        "kernel-module-missing-old-kernel"].title


# usb-devices of a Sierra module in configuration 2 of 2 (networkmanager-list 2013-January msg00050, MC7710)
SIERRA_CONFIG = ("T:  Bus=01 Lev=02 Prnt=02 Port=04 Cnt=03 Dev#=  7 Spd=480 MxCh= 0\n"
                 "D:  Ver= 2.00 Cls=ef(misc ) Sub=02 Prot=01 MxPS=64 #Cfgs=  2\n"
                 "P:  Vendor=1199 ProdID=68a2 Rev=00.06\n"
                 "S:  Manufacturer=Sierra Wireless, Incorporated\n"
                 "S:  Product=MC7710\n"
                 "C:  #Ifs= 2 Cfg#= %d Atr=e0 MxPwr=0mA\n\n")


def test_a_sierra_module_in_its_mbim_configuration_on_a_kernel_before_cdc_mbim():
    # configuration 2 of a dual-configuration Sierra module is the CDC MBIM one; cdc_mbim came in 3.8
    found = _findings(SIERRA_CONFIG % 2 + "The device should be in my current kernel 3.7.2, but nothing binds.\n")
    assert "cdc_mbim" in found["kernel-module-missing-old-kernel"].title
    # configuration 1 holds the QMI layout, which 3.7 drives (qmi_wwan 3.4, qcserial)
    assert "kernel-module-missing-old-kernel" not in _findings(
        SIERRA_CONFIG % 1 + "The device should be in my current kernel 3.7.2, but nothing binds.\n")
    # the same configuration on a kernel that has cdc_mbim
    assert "kernel-module-missing-old-kernel" not in _findings(SIERRA_CONFIG % 2 + "My current kernel is 3.10.\n")


def test_the_release_of_a_newer_kernel_says_nothing_old():
    assert "pcie-modem-old-kernel" not in _findings(T7XX_LSPCI + "\nI run Ubuntu 24.04 on this laptop.\n")


# --- the table -------------------------------------------------------------------------------------------
def test_the_table_rows_are_well_formed_and_cite_a_source():
    rows = list(csv.DictReader(io.StringIO(data_text("distro-kernels.csv"))))
    assert {r["family"] for r in rows} == {"debian", "ubuntu", "openwrt", "rhel", "fedora", "opensuse"}
    for row in rows:
        assert re.match(r"^\d+\.\d+(?:\.\d+)?$", row["kernel"]), row
        assert row["source"], row
    keys = [(r["family"], r["release"]) for r in rows]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("family, release, kernel", [
    ("debian", "wheezy", "3.2"), ("debian", "8", "3.16"), ("debian", "stretch", "4.9"), ("debian", "10", "4.19"),
    ("debian", "bullseye", "5.10"), ("debian", "12", "6.1"), ("debian", "trixie", "6.12"),
    ("ubuntu", "14.04", "3.13"), ("ubuntu", "16.04", "4.4"), ("ubuntu", "18.04", "4.15"), ("ubuntu", "20.04", "5.4"),
    ("ubuntu", "22.04", "5.15"), ("ubuntu", "24.04", "6.8"),
    ("openwrt", "18.06", "4.9"), ("openwrt", "19.07", "4.14"), ("openwrt", "21.02", "5.4"),
    ("openwrt", "22.03", "5.10"), ("openwrt", "23.05", "5.15"), ("openwrt", "24.10", "6.6"),
    ("rhel", "7", "3.10"), ("rhel", "8", "4.18"), ("rhel", "9", "5.14"),
    ("fedora", "11", "2.6.29"), ("fedora", "16", "3.1"), ("fedora", "24", "4.5"),
    ("ubuntu", "8.04", "2.6.24"), ("ubuntu", "jaunty", "2.6.28"), ("ubuntu", "10.04", "2.6.32"), ("ubuntu", "11.10", "3.0"),
    ("debian", "5", "2.6.26"), ("debian", "etch", "2.6.18"),
    ("rhel", "5", "2.6.18"), ("fedora", "8", "2.6.23"), ("fedora", "20", "3.11"), ("opensuse", "11.1", "2.6.27"),
    ("opensuse", "13.2", "3.16"), ("opensuse", "42.3", "4.4"), ("opensuse", "15.6", "6.4"),
    ("ubuntu", "focal", "5.4"), ("ubuntu", "noble", "6.8"),
])
def test_the_table_figures(family, release, kernel):
    assert knowledge.distro_kernel(family, release)["kernel"] == kernel
