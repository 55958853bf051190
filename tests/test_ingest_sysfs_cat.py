"""sysfs_cat: pasted reads of sysfs attributes and links.

sysfs-dw5570-{qmi,mbim}.txt are REAL: the commands were run by bash, cat, grep
and ls on the sysfs of a Dell DW5570 recorded with umockdev-record
(../shared/testbeds), played back with umockdev-run. sysfs-misc-faithful.txt
is written by hand in the exact layout of readlink, head, mokutil and ls.
"""
from __future__ import annotations

import pytest

import ingest_util
from ingest_util import net
from ingest_util import sample_text as text
from wwandoctor.ingest import ingest_text, sysfs_cat, sysfs_facts
from wwandoctor.ingest.block import Block
from wwandoctor.snapshot import Snapshot


def run(lines, command=None, snap=None):
    return ingest_util.run(sysfs_cat, lines, command, snap)


def dev(snap, path):
    return next(d for d in snap.usb_devices if d.path == path)


def iface(snap, path, number):
    return next(i for i in dev(snap, path).interfaces if i.number == number)


# --- whole real pastes ------------------------------------------------------------

def test_dw5570_qmi_paste():
    snap = ingest_text(text("sysfs-dw5570-qmi.txt"), "qmi.txt")
    assert snap.unrecognized == [] and snap.sources["paste:sysfs"].status == "ok"
    d = dev(snap, "1-7")
    assert (d.vid, d.pid, d.active_config, d.num_configs) == ("413c", "81a3", 1, 2)
    i8 = iface(snap, "1-7", 8)
    assert (i8.config, i8.driver, i8.control_ports, i8.net, i8.wwan_ports) == (1, "qmi_wwan", ["cdc-wdm0"], ["wwan0"], ["wwan0qmi0"])
    w = net(snap, "wwan0")
    assert (w.raw_ip, w.type, w.pass_through, w.has_qmi_group, w.parent) == (False, 1, False, True, "usb:1-7:1.8")
    assert [(p.name, p.type, p.parent) for p in snap.wwan_ports] == [("wwan0qmi0", "QMI", "usb:1-7:1.8")]
    assert [(s.name, s.type, s.soft, s.hard) for s in snap.rfkill] == [("dell-wwan", "wwan", False, False)]
    assert not [l for l in snap.log if l.origin == "sysfs"]  # every pending fact was attached


def test_dw5570_mbim_paste():
    snap = ingest_text(text("sysfs-dw5570-mbim.txt"), "mbim.txt")
    assert snap.unrecognized == []
    assert len(snap.usb_devices) == 1  # "cat .../*/{idVendor,...}" names the device the paths show
    d = dev(snap, "1-7")
    assert (d.vid, d.pid, d.active_config, d.num_configs) == ("413c", "81a3", 2, 2)
    i12 = iface(snap, "1-7", 12)
    assert (i12.config, i12.driver, i12.control_ports) == (2, "cdc_mbim", ["cdc-wdm0"])
    n = net(snap, "wwp0s20u7c2i12")
    assert (n.type, n.raw_ip, n.parent) == (1, None, "usb:1-7:2.12")  # no qmi/raw_ip: unknown, not False
    assert [(s.name, s.index, s.soft) for s in snap.rfkill] == [("dell-wwan", 2, False)]


def test_misc_paste():
    snap = ingest_text(text("sysfs-misc-faithful.txt"), "misc.txt")
    assert snap.unrecognized == []
    assert (snap.kernel.lockdown, snap.kernel.secure_boot) == ("integrity", True)
    assert snap.pci_devices[0].address == "0000:08:00.0" and snap.pci_devices[0].t7xx_mode == "ready"
    assert [(p.name, p.type) for p in snap.wwan_ports] == [("wwan0at0", "AT"), ("wwan0mbim0", "MBIM")]
    assert [(s.name, s.type, s.soft, s.hard) for s in snap.rfkill] == [
        ("tpacpi_bluetooth_sw", "bluetooth", False, False), ("tpacpi_wwan_sw", "wwan", True, False),
        ("phy0", "wlan", False, False)]
    d = dev(snap, "2-3")
    assert (d.vid, d.pid, d.power_control) == ("1199", "9079", "auto")
    w = net(snap, "wwan0")
    assert (w.parent, w.has_qmi_group, w.devtype) == ("usb:2-3:1.12", False, "wwan")
    assert iface(snap, "2-3", 12).driver == "cdc_mbim"  # readlink -f of cdc-wdm0's driver, attached later


# --- single outputs -------------------------------------------------------------------

def test_bare_value_named_by_the_command():
    snap, left, score = run(["Y"], "cat /sys/class/net/wwan0/qmi/raw_ip")
    assert score >= 90 and left == [] and net(snap, "wwan0").raw_ip is True
    snap, left, score = run(["65534"], "sudo cat /sys/class/net/wwp0s20u2i4/type")
    assert left == [] and net(snap, "wwp0s20u2i4").type == 65534


def test_cat_arguments_a_mail_client_wrapped_under_the_prompt():
    # "$ cat .../1-4/idVendor .../1-4/idProduct" cut at 72 columns: the second path is no value
    snap, left, score = run(["/sys/bus/usb/devices/1-4/idProduct", "1199", "9079"],
                            "cat /sys/bus/usb/devices/1-4/idVendor")
    assert left == [] and (dev(snap, "1-4").vid, dev(snap, "1-4").pid) == ("1199", "9079")


def test_bare_value_without_command_is_not_mine():
    snap, left, score = run(["Y"])
    assert score == 0 and left == ["Y"] and snap.net_interfaces == []


def test_grep_lines_with_colons_in_the_path():
    lines = ["/sys/bus/usb/devices/1-1.4:1.4/modalias:usb:v2C7Cp0125d0318dc00dsc00dp00icFFiscFFipFFin04",
             "/sys/bus/usb/devices/1-1.4/power/control:on",
             "/sys/bus/pci/devices/0000:04:00.0/vendor:0x14c3",
             "/sys/bus/pci/devices/0000:04:00.0/class:0x0d4000"]
    snap, left, score = run(lines)  # no command: the content alone is recognised
    assert score >= 80 and left == []
    assert iface(snap, "1-1.4", 4).modalias.startswith("usb:v2C7Cp0125") and iface(snap, "1-1.4", 4).config == 1
    assert dev(snap, "1-1.4").power_control == "on"
    assert (snap.pci_devices[0].vendor, snap.pci_devices[0].class_code) == ("14c3", "0d4000")


def test_bconfigurationvalue_glob_with_names():
    lines = ["/sys/bus/usb/devices/1-7/bConfigurationValue:2", "/sys/bus/usb/devices/usb1/bConfigurationValue:1",
             "/sys/bus/usb/devices/2-1.3/bConfigurationValue:1"]
    snap, left, _ = run(lines, "grep . /sys/bus/usb/devices/*/bConfigurationValue")
    assert left == [] and [(d.path, d.active_config) for d in snap.usb_devices] == [("1-7", 2), ("2-1.3", 1)]


def test_glob_values_without_names_wait_for_their_device():
    snap, left, _ = run(["1", "1", "2"], "cat /sys/bus/usb/devices/*/bConfigurationValue")
    assert left == ["1", "1", "2"] and snap.usb_devices == []  # which device is which cannot be told
    snap, left, _ = run(["ready"], "cat /sys/bus/pci/devices/*/t7xx_mode")
    assert left == [] and snap.pci_devices == []
    assert [l.text for l in snap.log] == ["/sys/bus/pci/devices/*/t7xx_mode: ready"]
    snap.pci_devices.append(__import__("wwandoctor.snapshot", fromlist=["PciDevice"]).PciDevice(address="0000:55:00.0"))
    sysfs_cat.finish(snap)
    assert snap.pci_devices[0].t7xx_mode == "ready" and snap.log == []


def test_control_port_driver_before_and_after_the_interface_is_known():
    snap, left, _ = run(["/sys/bus/usb/drivers/qmi_wwan"], "readlink -f /sys/class/usbmisc/cdc-wdm1/device/driver")
    assert left == [] and [l.origin for l in snap.log] == ["sysfs"]
    intf = __import__("wwandoctor.ingest.merge", fromlist=["x"]).usb_interface(
        __import__("wwandoctor.ingest.merge", fromlist=["x"]).usb_device(snap, path="3-1"), 4, 1)
    intf.control_ports.append("cdc-wdm1")
    sysfs_cat.finish(snap)
    assert intf.driver == "qmi_wwan" and snap.log == []


def test_control_port_driver_needs_one_candidate():
    from wwandoctor.ingest.merge import usb_device, usb_interface
    snap = Snapshot(origin="paste")
    for path in ("1-1", "1-2"):
        usb_interface(usb_device(snap, path=path), 4, 1).net.append("wwan" + path[-1])
    run(["/sys/bus/usb/drivers/qmi_wwan"], "readlink -f /sys/class/usbmisc/cdc-wdm0/device/driver", snap)
    assert all(i.driver is None and i.control_ports == [] for d in snap.usb_devices for i in d.interfaces)
    assert len(snap.log) == 1  # kept for the reader and the rules


def test_drivers_directory_listing_binds_interfaces():
    snap, left, _ = run(["1-1.4:1.0  1-1.4:1.2  bind  module  new_id  remove_id  uevent  unbind"],
                        "ls /sys/bus/usb/drivers/option")
    assert left == [] and [(i.number, i.driver) for i in dev(snap, "1-1.4").interfaces] == [(0, "option"), (2, "option")]
    lines = ["total 0", "lrwxrwxrwx 1 root root 0 Mar  4 10:12 1-1.4:1.4 -> ../../../../devices/platform/soc/3f980000.usb/usb1/1-1/1-1.4/1-1.4:1.4",
             "--w------- 1 root root 4096 Mar  4 10:12 bind"]
    snap, left, _ = run(lines, "ls -l /sys/bus/usb/drivers/qmi_wwan/")
    assert left == [] and iface(snap, "1-1.4", 4).driver == "qmi_wwan"


def test_net_device_driver_link_and_busybox_ls():
    lines = ["lrwxrwxrwx    1 root     root             0 Jan  1 00:01 /sys/class/net/wwan0/device/driver -> "
             "../../../../../../../bus/usb/drivers/qmi_wwan"]
    snap, left, score = run(lines)
    assert score >= 80 and left == [] and net(snap, "wwan0").driver == "qmi_wwan"


def test_pcie_wwan_ports_from_links():
    lines = ["lrwxrwxrwx 1 root root 0 Feb  2 10:00 wwan0 -> ../../devices/pci0000:00/0000:00:1c.0/0000:08:00.0/wwan/wwan0",
             "lrwxrwxrwx 1 root root 0 Feb  2 10:00 wwan0mbim0 -> ../../devices/pci0000:00/0000:00:1c.0/0000:08:00.0/wwan/wwan0/wwan0mbim0"]
    snap, left, _ = run(lines, "ls -l /sys/class/wwan")
    assert left == [] and [(p.name, p.type, p.parent) for p in snap.wwan_ports] == [("wwan0mbim0", "MBIM", "pci:0000:08:00.0")]
    assert snap.pci_devices[-1].wwan_ports == ["wwan0mbim0"]


@pytest.mark.parametrize("line,state", [
    ("SecureBoot enabled", True), ("SecureBoot disabled", False),
    ("This system doesn't support Secure Boot", False), ("EFI variables are not supported on this system", False),
])
def test_mokutil(line, state):
    snap, left, score = run([line], "mokutil --sb-state")
    assert score >= 90 and left == [] and snap.kernel.secure_boot is state


@pytest.mark.parametrize("line,mode", [
    ("[none] integrity confidentiality", "none"), ("none integrity [confidentiality]", "confidentiality"),
])
def test_lockdown(line, mode):
    snap, left, score = run([line])
    assert score >= 80 and left == [] and snap.kernel.lockdown == mode


def test_missing_files_are_understood_and_leave_unknown():
    snap, left, _ = run(["cat: /sys/class/net/wwan0/qmi/raw_ip: No such file or directory"],
                        "cat /sys/class/net/wwan0/qmi/raw_ip")
    assert left == [] and snap.net_interfaces == []  # no fact: raw_ip stays unknown


def test_rfkill_state_and_unknown_glob_shape():
    snap, left, _ = run(["hp-wwan", "wwan", "2"], "cat /sys/class/rfkill/rfkill0/{name,type,state}")
    assert left == [] and [(s.name, s.index, s.hard, s.soft) for s in snap.rfkill] == [("hp-wwan", 0, True, None)]
    snap, left, _ = run(["a", "b", "c"], "cat /sys/class/rfkill/rfkill*/{name,type}")
    assert left == ["a", "b", "c"] and snap.rfkill is None  # 3 values cannot be 2 groups


# --- damaged input -----------------------------------------------------------------------

def test_crlf_and_mail_quoted_paste_gives_the_same_facts():
    plain = ingest_text(text("sysfs-dw5570-qmi.txt"), "p")
    quoted = ingest_text("".join("> " + ln + "\r\n" for ln in text("sysfs-dw5570-qmi.txt").splitlines()), "p")
    for snap in (plain, quoted):
        snap.created = ""
    assert quoted.usb_devices == plain.usb_devices and quoted.net_interfaces == plain.net_interfaces
    assert quoted.unrecognized == []


def test_truncated_and_garbage_never_raise():
    lines = text("sysfs-misc-faithful.txt").splitlines()
    for cut in range(0, len(lines), 3):
        ingest_text("\n".join(lines[:cut]) + "\n/sys/class/net/wwa", "cut")
    garbage = ["/sys/", "/sys/:", "lrwxrwxrwx 1 root root 0 Mar  4 10:12 x -> ", "/sys/bus/usb/devices/1-:1.x/driver:",
               "/sys/class/net//type:abc", "\x00\x01", "/sys/bus/usb/devices/99999999999999999999-1/busnum:1"]
    snap, left, _ = run(garbage, "cat /sys/{a,b}/{c,d}")
    assert isinstance(left, list)
    snap = ingest_text("$ ls -l /sys/class/net/\n" + "\n".join(garbage) + "\n", "g")
    assert snap.notes == [] or all("parser failed" not in n for n in snap.notes)


def test_parse_path():
    sp = sysfs_facts.parse_path("../../devices/pci0000:00/0000:00:14.0/usb1/1-7/1-7:2.12/net/wwp0s20u7c2i12")
    assert (sp.kind, sp.key, sp.attr, sp.usbif) == ("net", "wwp0s20u7c2i12", "", "1-7:2.12")
    sp = sysfs_facts.parse_path("/sys/class/net/wwan0/qmi/raw_ip")
    assert (sp.kind, sp.key, sp.attr) == ("net", "wwan0", "qmi/raw_ip")
    sp = sysfs_facts.parse_path("/sys/bus/usb/drivers/cdc_mbim/2-1:2.12")
    assert (sp.kind, sp.key, sp.bound) == ("usbif", "2-1:2.12", "cdc_mbim")
    assert sysfs_facts.parse_path("/proc/version") is None


def test_brace_expansion_is_bounded():
    blk = Block(lines=["x"], command="cat /sys/" + "{a,b}" * 40, name="t")
    assert sysfs_cat.detect(blk) == 90 and len(sysfs_cat._command(blk)[1]) == sysfs_cat.MAX_ARGS
    assert sysfs_cat._braces("/sys/{a,b}/{c,d}") == ["/sys/a/c", "/sys/a/d", "/sys/b/c", "/sys/b/d"]


@pytest.mark.parametrize("command,value", [
    ("cat /sys/class/net/wwan0/qmi/raw_ip", "Y"), ("cat /sys/class/net/wwan0/type", "65534"),
    ("cat /sys/bus/usb/devices/2-1/bConfigurationValue", "3"), ("cat /sys/class/wwan/wwan0at0/type", "AT"),
    ("cat /sys/bus/pci/devices/0000:04:00.0/t7xx_mode", "fastboot_download"),
    ("readlink -f /sys/class/usbmisc/cdc-wdm0/device/driver", "/sys/bus/usb/drivers/qmi_wwan"),
    ("cat /sys/class/net/wwan0/address", "6e:1f:2a:4b:5c:6d"), ("cat /sys/class/rfkill/rfkill1/name", "tpacpi_wwan_sw"),
])
def test_the_registry_hands_bare_values_to_this_parser(command, value):
    snap = ingest_text("$ %s\n%s\n" % (command, value), "p")
    assert list(snap.sources) == ["paste:sysfs"] and snap.unrecognized == [] and snap.tools == []


def test_model_reads_the_facts():
    from wwandoctor.model import derive
    qmi = derive(ingest_text(text("sysfs-dw5570-qmi.txt"), "q")).modems
    assert [(m.id, m.control_protocol, m.active_config, m.num_configs, m.raw_ip, m.framing) for m in qmi] == [
        ("usb:1-7", "qmi", 1, 2, False, "802.3")]
    mbim = derive(ingest_text(text("sysfs-dw5570-mbim.txt"), "m")).modems
    assert [(m.id, m.control_protocol, m.active_config) for m in mbim] == [("usb:1-7", "mbim", 2)]
    host = derive(ingest_text(text("sysfs-misc-faithful.txt"), "x")).host
    assert (host.lockdown, host.secure_boot, host.rfkill_wwan_soft) == ("integrity", True, True)


def test_sys_module_listing():
    snap, left, _ = run(["cdc_wdm", "qmi_wwan"], "ls /sys/module | grep -E 'qmi|cdc'")
    assert left == [] and snap.kernel.driver_availability == {"cdc_wdm": "loaded", "qmi_wwan": "loaded"}
    snap, left, _ = run(["live"], "cat /sys/module/option/initstate")
    assert left == [] and snap.kernel.driver_availability == {"option": "loaded"}


def test_random_lines_never_raise():
    import random
    rnd = random.Random(3)
    pieces = ["/sys/", "class/", "net/", "wwan0", "/qmi/", "raw_ip", ":", "Y", " -> ", "../", "1-7", ":1.8", "usb1",
              "0000:04:00.0", "/bus/usb/drivers/", "qmi_wwan", "lrwxrwxrwx 1 root root 0 Mar  4 10:12 ", "*", "{a,b}",
              "rfkill", "/wwan/", "wwan0qmi0", "type", "==> ", " <==", "cat: ", ": No such file or directory", " "]
    for _ in range(300):
        lines = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8))) for _ in range(rnd.randint(1, 6))]
        command = rnd.choice([None, "cat " + lines[0], "cat %s %s" % (lines[0], lines[-1]), "ls -l /sys/class/net/", "grep . /sys/class/*/*/type",
                              "readlink /sys/class/net/*/device"])
        snap, left, _ = run(lines, command)
        sysfs_cat.finish(snap)
        snap.to_json()


def test_globs_mixed_with_plain_files():
    snap, left, _ = run(["1", "1500"], "cat /sys/class/net/*/type /sys/class/net/wwan0/mtu")
    assert left == ["1", "1500"]  # which value is whose cannot be told: kept as unrecognized
    snap, left, _ = run(["x"], "cat /sys/class/net/wwan0/type /sys/class/net/*/mtu /sys/")
    assert left == ["x"]
    snap, left, _ = run(["a", "b", "wwan", "wlan"], "cat /sys/class/rfkill/rfkill*/name /sys/class/rfkill/rfkill0/type")
    assert left == ["a", "b", "wwan", "wlan"] and snap.rfkill is None


def test_values_of_files_nobody_knows_stay_unrecognized():
    snap, left, _ = run(["42", "1"], "cat /sys/power/state_x /sys/class/net/wwan0/carrier")
    assert left == ["42"] and net(snap, "wwan0").carrier is True


def test_net_and_interface_attributes_without_a_place_stay_unrecognized():
    snap, left, _ = run(["bar", "1", "ff", "0"], "cat /sys/class/net/wwan0/foo /sys/class/net/wwan0/ifindex "
                        "/sys/bus/usb/devices/1-7:1.8/bInterfaceClass /sys/bus/usb/devices/1-7:1.8/power_level")
    assert left == ["bar", "0"]  # ifindex is read and says nothing; foo and power_level are unknown
    assert iface(snap, "1-7", 8).triplet == "ff/??/??"


def test_interface_class_triplet_from_grep():
    lines = ["/sys/bus/usb/devices/1-7:1.8/bInterfaceClass:ff", "/sys/bus/usb/devices/1-7:1.8/bInterfaceSubClass:ff",
             "/sys/bus/usb/devices/1-7:1.8/bInterfaceProtocol:ff"]
    snap, left, _ = run(lines, "grep . /sys/bus/usb/devices/1-7:1.8/bInterface*")
    assert left == [] and iface(snap, "1-7", 8).triplet == "ff/ff/ff"


# A framing file's value told in a sentence (sysfs_cat.told_values, read for each line no parser took): WRITTEN
@pytest.mark.parametrize("sentence, raw_ip", [
    ("The driver is qmi_wwan with raw_ip enabled (cat /sys/class/net/wwan0/qmi/raw_ip gives Y), the call is up.", True),
    ("I checked and /sys/class/net/wwan0/qmi/raw_ip says N, the modem is an EM7455.", False),
    ("If /sys/class/net/wwan0/qmi/raw_ip is N, you must write Y to it first.", None),
    ("I did echo Y > /sys/class/net/wwan0/qmi/raw_ip before starting the call.", None),
])
def test_a_framing_value_told_in_a_sentence(sentence, raw_ip):
    snap = ingest_text(sentence + "\n")
    nets = {n.name: n for n in snap.net_interfaces}
    assert (nets["wwan0"].raw_ip if "wwan0" in nets else None) is raw_ip
