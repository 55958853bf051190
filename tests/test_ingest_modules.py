"""modules parsing (real samples from the cases where available; see samples/paste/README-system.md)."""
from __future__ import annotations

from ingest_util import run, sample
from wwandoctor.ingest import modules


def test_modprobe_fatal_real():
    snap, left, score = run(modules, sample("modules-modprobe-fatal-orbstack.txt"))
    assert score >= 80 and left == []
    assert snap.kernel.driver_availability == {"option": "missing"}
    assert snap.kernel.release == "7.0.11-orbstack-00360-gc9bc4d96ac70"
    assert snap.log[0].origin == "kernel-module"


def test_find_ko_listing_real():
    snap, left, score = run(modules, sample("modules-find-ko-orbstack.txt"))
    assert score >= 60 and left == []
    assert snap.kernel.driver_availability == {"usbserial": "module"}
    assert snap.kernel.release == "7.0.11-orbstack-00360-gc9bc4d96ac70"
    snap, left, _ = run(modules, ["cdc_mbim.ko.zst  qmi_wwan.ko.zst  usb-storage.ko"], command="ls")
    assert snap.kernel.driver_availability == {"cdc_mbim": "module", "qmi_wwan": "module", "usb_storage": "module"}


def test_load_blocked_messages():
    lines = ["insmod: ERROR: could not insert module qmi_wwan_q.ko: Required key not available",
             "modprobe: ERROR: could not insert 'option': Key was rejected by service",
             "modinfo: ERROR: Module GobiNet not found.", "whatever else"]
    snap, left, score = run(modules, lines)
    assert score >= 80
    assert [ln.origin for ln in snap.log] == ["kernel-module"] * 3
    assert "Required key not available" in snap.log[0].text
    assert snap.kernel.driver_availability == {"GobiNet": "missing"}
    assert left == ["whatever else"]


def test_modinfo_file_and_builtin():
    lines = ["filename:       /lib/modules/6.1.0-18-amd64/kernel/drivers/net/usb/qmi_wwan.ko",
             "license:        GPL", "description:    Qualcomm MSM Interface (QMI) WWAN driver",
             "alias:          usb:v2C7Cp0125d*dc*dsc*dp*ic*isc*ip*in04*", "depends:        usbnet,cdc-wdm",
             "vermagic:       6.1.0-18-amd64 SMP preempt mod_unload modversions ",
             "parm:           disable_rx_csum:bool"]
    snap, left, score = run(modules, lines)
    assert score >= 80 and left == []
    assert snap.kernel.driver_availability == {"qmi_wwan": "module"}
    assert snap.kernel.release == "6.1.0-18-amd64"
    snap, left, _ = run(modules, ["name:           usbnet", "filename:       (builtin)", "license:        GPL",
                                  "file:           drivers/net/usb/usbnet"], command="modinfo usbnet")
    assert snap.kernel.driver_availability == {"usbnet": "builtin"} and left == []
    # a kernel config line's module is no modinfo "name:": a nameless "(builtin)" under it names nothing
    snap, left, _ = run(modules, ["CONFIG_USB_NET_QMI_WWAN=m", "filename:       (builtin)", "license:        GPL"])
    assert snap.kernel.driver_availability == {"qmi_wwan": "module"}


def test_modprobe_verbose_and_ls_long():
    snap, left, score = run(modules, ["insmod /lib/modules/5.15.0-91-generic/kernel/drivers/usb/serial/usb_wwan.ko ",
                                      "insmod /lib/modules/5.15.0-91-generic/kernel/drivers/usb/serial/option.ko "],
                            command="sudo modprobe -v option")
    assert left == [] and snap.kernel.driver_availability == {"usb_wwan": "module", "option": "module"}
    lines = ["-rw-r--r-- 1 root root 41065 Nov 28 10:00 cdc_mbim.ko.zst",
             "-rw-r--r-- 1 root root 52001 Nov 28 10:00 qmi_wwan.ko.zst"]
    snap, left, score = run(modules, lines, command="ls -l /lib/modules/6.5.0/kernel/drivers/net/usb/")
    assert score >= 60 and left == []
    assert snap.kernel.driver_availability == {"cdc_mbim": "module", "qmi_wwan": "module"}


def test_openwrt_ubox_modprobe_not_found():
    from wwandoctor.ingest import ingest_text
    snap = ingest_text("root@OpenWrt:~# modprobe option\nfailed to find a module named option\n")
    assert snap.kernel.driver_availability.get("option") == "missing"
    assert snap.unrecognized == []


def test_kernel_config_lines_of_modem_drivers():
    from wwandoctor.ingest import ingest_text
    text = ("root@gw:~# zcat /proc/config.gz | grep -E 'CDC_MBIM|CDC_NCM|USB_WDM|QMI_WWAN'\n"
            "# CONFIG_USB_NET_CDC_NCM is not set\n"
            "# CONFIG_USB_NET_CDC_MBIM is not set\n"
            "CONFIG_USB_WDM=y\n"
            "CONFIG_USB_NET_QMI_WWAN=m\n")
    avail = ingest_text(text).kernel.driver_availability
    assert avail["cdc_mbim"] == "missing" and avail["cdc_ncm"] == "missing"
    assert avail["cdc_wdm"] == "builtin" and avail["qmi_wwan"] == "module"


# armbian/build issue 10043 (a feature request listing the options its board kernel lacks)
_REQUEST = ("USB LTE/3G/4G modem support in the default sunxi64 current kernel config, specifically missing:\n"
            "\n"
            "CONFIG_USB_SERIAL_IPW=m\n"
            "CONFIG_USB_SERIAL_QUALCOMM=m\n"
            "CONFIG_USB_SERIAL_OPTION=m\n"
            "\n"
            "These are required for common USB WWAN/LTE modems (e.g. Huawei, Quectel, SIMCom) and are currently not "
            "enabled in the minimal configuration.\n")


def test_options_listed_as_missing_are_missing():
    from wwandoctor.ingest import ingest_text
    avail = ingest_text(_REQUEST).kernel.driver_availability
    assert avail == {"qcserial": "missing", "option": "missing"}


def test_the_same_options_under_another_sentence_are_the_configuration():
    from wwandoctor.ingest import ingest_text
    text = _REQUEST.replace("specifically missing:", "and my config has:")
    avail = ingest_text(text).kernel.driver_availability
    assert avail == {"qcserial": "module", "option": "module"}


# WRITTEN, NOT REAL (stop 29, tuning29a): bare option names under a request with no colon, in the same paragraph
def test_bare_option_names_under_a_request_are_missing():
    from wwandoctor.ingest import ingest_text
    text = ("Could you turn on the following kernel options in the next image, LTE dongles need them\n"
            "CONFIG_USB_SERIAL_OPTION\n"
            "- CONFIG_USB_NET_QMI_WWAN,\n"
            "CONFIG_TUN\n")
    assert ingest_text(text).kernel.driver_availability == {"option": "missing", "qmi_wwan": "missing"}


def test_bare_option_names_without_a_request_say_nothing():
    from wwandoctor.ingest import ingest_text
    text = "I checked my kernel config and these are enabled\nCONFIG_USB_SERIAL_OPTION\nCONFIG_USB_ACM\n"
    assert ingest_text(text).kernel.driver_availability == {}
