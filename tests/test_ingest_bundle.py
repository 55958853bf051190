"""The wwandoctor-collect.sh bundle reader on hand-written bundles: records, paths, bad input.

The end-to-end tests (the real script in umockdev test-beds) are in tests/test_shell_collector.py.
"""
import os
import subprocess
import sys

import pytest
from umockdev_util import REPO

from wwandoctor.errors import InputError
from wwandoctor.ingest import bundle as bundle_mod
from wwandoctor.ingest import ingest_inputs

HEAD = "### wwandoctor-collect 1 "


def make(*records: str, end: bool = True) -> str:
    text = HEAD + "begin\n" + HEAD + "meta\n|release=5.15.134\n|date=2026-12-01T10:00:00Z\n|uid=0\n"
    text += "".join(records)
    return text + (HEAD + "end\n" if end else "")


USB = (HEAD + "attrs /sys/bus/usb/devices\n|1-1 -> ../../../devices/platform/ehci/usb1/1-1\n"
       + HEAD + "attrs /sys/bus/usb/devices/1-1\n|idVendor=2c7c\n|idProduct=0125\n|bNumConfigurations=1\n"
       "|bConfigurationValue=1\n|busnum=1\n|devnum=2\n|bDeviceClass=ef\n|bDeviceSubClass=02\n|bDeviceProtocol=01\n"
       + HEAD + "attrs /sys/bus/usb/devices/1-1/1-1:1.4\n|bInterfaceNumber=04\n|bInterfaceClass=ff\n"
       "|bInterfaceSubClass=ff\n|bInterfaceProtocol=ff\n|bNumEndpoints=03\n"
       "|driver -> ../../../../../bus/usb/drivers/qmi_wwan\n"
       + HEAD + "attrs /sys/bus/usb/devices/1-1/1-1:1.4/usbmisc\n|cdc-wdm0/\n")


def test_paths_follow_links_like_the_kernel():
    b = bundle_mod.parse(make(USB, HEAD + "attrs /sys/class/net\n|wwan0 -> ../../devices/platform/ehci/usb1/1-1/1-1:1.4/net/wwan0\n"
                              + HEAD + "attrs /sys/class/net/wwan0\n|device -> ../../../1-1:1.4\n"
                              + HEAD + "attrs /sys/class/net/wwan0/device/..\n|driver -> ../../../../bus/usb/drivers/usb\n"
                              ).splitlines(), "b.txt")
    assert b.files["/sys/devices/platform/ehci/usb1/1-1/idVendor"] == b"2c7c\n"
    assert b.resolve("/sys/class/net/wwan0") == "/sys/devices/platform/ehci/usb1/1-1/1-1:1.4/net/wwan0"
    # "device/.." is the parent of the link's target (the USB device), not of the link
    assert b.resolve("/sys/class/net/wwan0/device") == "/sys/devices/platform/ehci/usb1/1-1/1-1:1.4"
    assert "/sys/devices/platform/ehci/usb1/1-1/driver" in b.links


def test_multi_line_values_and_markers():
    b = bundle_mod.parse(make(HEAD + "attrs /etc\n|config/network=config interface 'wwan'\n"
                                     "|config/network+=\toption proto 'qmi'\n|usb_modeswitch.conf?\n|shadow!\n|odd line\n"
                              ).splitlines(), "b.txt")
    assert b.files["/etc/config/network"] == b"config interface 'wwan'\n\toption proto 'qmi'\n"
    assert b.files["/etc/usb_modeswitch.conf"] == b""
    assert b.denied == ["/etc/shadow"] and b.stray == 1


def test_a_bundle_becomes_the_snapshot_of_the_live_collectors():
    snap = bundle_mod.read_bundle(make(USB, HEAD + "command status=ok rc=1 mmcli -L -J\n" + HEAD + "stderr\n"
                                       "|error: couldn't find the ModemManager process in the bus\n").splitlines(), "b.txt")
    dev = snap.usb_devices[0]
    assert (dev.vid, dev.pid, dev.active_config) == ("2c7c", "0125", 1)
    iface = dev.interfaces[0]
    assert (iface.number, iface.triplet, iface.driver, iface.control_ports) == (4, "ff/ff/ff", "qmi_wwan", ["cdc-wdm0"])
    assert snap.kernel.release == "5.15.134" and snap.created == "2026-12-01T10:00:00Z"
    assert snap.sources["modemmanager"].status == "error"
    assert "ModemManager is not running" in snap.sources["modemmanager"].detail
    assert snap.sources["versions"].status == "ok"  # not recorded: each tool is "not run", not installed
    assert not any("wwandoctor-bundle-" in s.detail for s in snap.sources.values())


def test_links_cannot_leave_the_temporary_root(tmp_path):
    """A hostile bundle: links and paths that climb out must stay below the root they are laid out in."""
    b = bundle_mod.parse(make(HEAD + "attrs /sys/class/net\n|evil -> ../../../../../../../../../etc\n"
                              "|abs -> /etc\n" + HEAD + "attrs /sys/class/net/evil\n|passwd=x\n"
                              + HEAD + "attrs /../../../tmp\n|escape=x\n").splitlines(), "b.txt")
    root = tmp_path / "root"
    root.mkdir()
    bundle_mod.materialize(b, str(root))
    real_root = os.path.realpath(str(root))
    for base, dirs, files in os.walk(str(root)):
        for name in dirs + files:
            path = os.path.join(base, name)
            assert os.path.realpath(path).startswith(real_root + os.sep), path
    assert (root / "etc" / "passwd").read_text() == "x\n"  # the bundle's own /etc, not the host's
    assert (root / "tmp" / "escape").exists()


def test_cut_short_bundle_says_so():
    snap = bundle_mod.read_bundle(make(USB, end=False).splitlines(), "b.txt")
    assert any("cut short" in n for n in snap.notes)
    assert "cut short" in snap.sources["modemmanager"].detail


def test_cut_short_bundle_says_nothing_is_absent():
    """Cut before its USB records, a bundle shows no USB bus: unknown (a source that could not be read), not absent."""
    sys_bus = HEAD + "attrs /sys/bus\n|pci/\n"
    whole = bundle_mod.read_bundle(make(sys_bus).splitlines(), "b.txt")
    assert whole.sources["usb"].status == "not-applicable"
    cut = bundle_mod.read_bundle(make(sys_bus, end=False).splitlines(), "b.txt")
    assert cut.sources["usb"].status == "error" and "b.txt is cut short" in cut.sources["usb"].detail


@pytest.mark.parametrize("text,message", [
    ("### wwandoctor-collect 2 begin\n|x\n", "b.txt:1: wwandoctor-collect format '2'; this wwandoctor reads format 1"),
    ("### wwandoctor-collect 1 begin\n", "b.txt: a wwandoctor-collect bundle with no records"),
])
def test_bad_bundles_are_one_line_errors(tmp_path, text, message):
    path = tmp_path / "b.txt"
    path.write_text(text)
    with pytest.raises(InputError) as err:
        ingest_inputs([str(path)])
    assert str(err.value) == message.replace("b.txt", str(path))
    proc = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", str(path)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True, env=dict(os.environ, PYTHONPATH=REPO))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == "wwandoctor: " + message.replace("b.txt", str(path))


NET = (HEAD + "attrs /sys/class/net\n|wwan0 -> ../../devices/platform/ehci/usb1/1-1/1-1:1.4/net/wwan0\n"
       + HEAD + "attrs /sys/class/net/wwan0\n|type=65534\n|uevent=DEVTYPE=wwan\n|operstate=up\n|mtu=1500\n"
       "|device -> ../../../1-1:1.4\n|qmi/raw_ip=Y\n"
       + HEAD + "attrs /proc/net\n|if_inet6=fe800000000000000000000000000001 05 40 20 80    wwan0\n"
       "|route=Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
       "|route+=wwan0\t00000000\t0100000A\t0003\t0\t0\t0\t00000000\t0\t0\t0\n")
IP_ADDR = (HEAD + "command status=ok rc=0 ip addr\n"
           "|5: wwan0: <POINTOPOINT,NOARP,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UNKNOWN qlen 1000\n"
           "|    link/none \n|    inet 10.64.12.7/30 brd 10.64.12.7 scope global wwan0\n"
           "|       valid_lft forever preferred_lft forever\n")


def test_addresses_come_from_ip_addr_and_routes_from_proc():
    snap = bundle_mod.read_bundle(make(USB, NET, IP_ADDR).splitlines(), "b.txt")
    wwan0 = next(i for i in snap.net_interfaces if i.name == "wwan0")
    assert wwan0.raw_ip is True and wwan0.driver == "qmi_wwan" and wwan0.parent == "usb:1-1:1.4"
    assert wwan0.addresses == ["10.64.12.7/30", "fe80::1/64"]
    assert [(r.destination, r.dev, r.gateway) for r in snap.routes] == [("default", "wwan0", "10.0.0.1")]


def test_addresses_unknown_without_ip_output():
    snap = bundle_mod.read_bundle(make(USB, NET).splitlines(), "b.txt")
    assert next(i for i in snap.net_interfaces if i.name == "wwan0").addresses is None
