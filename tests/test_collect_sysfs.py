"""The sysfs collectors (usb, pci, net, rfkill, kernel) on umockdev test-beds and on temp trees.

Test-bed tests run the real collectors (and pyudev/libudev) inside
``umockdev-run`` against the beds of tests/testbed_catalog.py; each bed is
started once per module. Temp-tree tests use the collectors' ``root`` argument
for what umockdev cannot fake (/proc files, /lib/modules, unreadable files).
"""
from __future__ import annotations

import json
import os
import shutil
import sys

import pytest

import testbed_catalog
from root_util import write
from umockdev_util import run_in_testbed
from wwandoctor.collect import kernel, net, pci, rfkill, sysfs, usb
from wwandoctor.collect.context import Context
from wwandoctor.saved_snapshot import from_json
from wwandoctor.snapshot import Snapshot

SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples", "sysfs")

COLLECT = """
import sys
from wwandoctor.snapshot import Snapshot
%s
from wwandoctor.collect import usb, pci, net, rfkill, kernel
from wwandoctor.collect.context import Context
snap = Snapshot()
usb.collect(snap, Context(modules_dir=sys.argv[1]))
pci.collect(snap, Context())
net.collect(snap, Context())
rfkill.collect(snap, Context())
kernel.collect(snap, Context(modules_dir=sys.argv[1]))
print(snap.to_json())
"""
BLOCK = {
    "": "",
    "pyudev": "sys.modules['pyudev'] = None  # pyudev not installed",
    # a machine without libudev: pyudev finds no library named udev (pyudev/_ctypeslib/utils.py)
    "libudev": "import ctypes.util; _find = ctypes.util.find_library\n"
               "ctypes.util.find_library = lambda name: None if name == 'udev' else _find(name)",
}


def _collect_in(name: str, umockdev_run: str, modules_dir: str, block: str = "") -> dict:
    code = COLLECT % BLOCK[block]
    proc = run_in_testbed(testbed_catalog.umockdev_text(name), [_python(), "-c", code, modules_dir], umockdev_run=umockdev_run)
    assert proc.returncode == 0, proc.stderr[-3000:]
    from_json(proc.stdout, name)  # the snapshot must load back (schema and shape)
    return json.loads(proc.stdout)


def _python() -> str:
    return sys.executable


@pytest.fixture(scope="module")
def modules_dir(tmp_path_factory):
    """A /lib/modules/<release> stand-in with the real modules.alias line format."""
    path = tmp_path_factory.mktemp("modules")
    shutil.copy(os.path.join(SAMPLES, "modules.alias"), str(path / "modules.alias"))
    return str(path)


@pytest.fixture(scope="module")
def beds(umockdev_run, modules_dir):
    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = _collect_in(name, umockdev_run, modules_dir)
        return cache[name]
    return get


def _dev(snap, vid, pid):
    found = [d for d in snap["usb_devices"] if (d["vid"], d["pid"]) == (vid, pid)]
    assert len(found) == 1, snap["usb_devices"]
    return found[0]


def _ifaces(dev):
    return {i["number"]: i for i in dev["interfaces"]}


def _net(snap, name):
    found = [n for n in snap["net_interfaces"] if n["name"] == name]
    assert len(found) == 1, [n["name"] for n in snap["net_interfaces"]]
    return found[0]


# --- every bed -----------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(testbed_catalog.CATALOG))
def test_every_source_has_a_status_and_no_hub_is_kept(beds, name):
    snap = beds(name)
    for source in ("usb", "pci", "net", "rfkill"):
        assert snap["sources"][source]["status"] in ("ok", "not-applicable"), (source, snap["sources"][source])
    assert snap["sources"]["usb"]["status"] == "ok"
    # the bed has no /proc/modules and an empty modules directory: partly read, so not "ok"
    kernel = snap["sources"]["kernel"]
    assert kernel["status"] == "error" and kernel["detail"].startswith("partial: not readable: /proc/modules")
    assert all(not d["path"].startswith("usb") and d["device_class"] != "09/00/01" for d in snap["usb_devices"])


# --- DW5570 ----------------------------------------------------------------------

def test_dw5570_mbim(beds):
    snap = beds("dw5570_mbim")
    dev = _dev(snap, "413c", "81a3")
    assert (dev["path"], dev["active_config"], dev["num_configs"]) == ("1-7", 2, 2)
    assert dev["product"] == "Dell Wireless 5570 HSPA+ (42Mbps) Mobile Broadband Card"
    assert dev["power_control"] == "on" and dev["speed"] == "480"
    assert dev["udev"]["ID_MODEL_ID"] == "81a3" and "MAJOR" not in dev["udev"]
    ifaces = _ifaces(dev)
    assert sorted(ifaces) == [12, 13]
    assert ifaces[12]["config"] == 2 and ifaces[12]["triplet"] == "02/0e/00" and ifaces[12]["driver"] == "cdc_mbim"
    assert ifaces[12]["control_ports"] == ["cdc-wdm0"] and ifaces[12]["net"] == ["wwp0s20u7c2i12"]
    assert ifaces[12]["wwan_ports"] == ["wwan0mbim0"]
    assert ifaces[13]["triplet"] == "0a/00/02" and ifaces[13]["alt"] == 1 and ifaces[13]["num_endpoints"] == 2
    assert ifaces[12]["alias_modules"] is None  # bound: not looked up
    # all configurations decoded from the binary descriptors, not only the active one
    assert [c["value"] for c in dev["configs"]] == [1, 2]
    assert {i["triplet"] for i in dev["configs"][1]["interfaces"]} == {"02/0e/00", "0a/00/02"}
    assert snap["wwan_ports"] == [{"name": "wwan0mbim0", "type": "MBIM", "wwan_device": "wwan0", "parent": "usb:1-7"}]
    link = _net(snap, "wwp0s20u7c2i12")
    assert (link["driver"], link["type"], link["devtype"], link["parent"]) == ("cdc_mbim", 1, "wwan", "usb:1-7:2.12")
    assert link["has_qmi_group"] is False and link["raw_ip"] is None
    assert link["flags"] == "BROADCAST,NOARP,MULTICAST"
    assert snap["rfkill"] == [{"name": "dell-wwan", "type": "wwan", "index": 2, "soft": False, "hard": False}]


def test_dw5570_rfkill_soft_blocked(beds):
    snap = beds("dw5570_rfkill_soft")
    assert snap["rfkill"] == [{"name": "dell-wwan", "type": "wwan", "index": 2, "soft": True, "hard": False}]


def test_dw5570_qmi(beds):
    snap = beds("dw5570_qmi")
    dev = _dev(snap, "413c", "81a3")
    assert dev["active_config"] == 1
    ifaces = _ifaces(dev)
    assert sorted(ifaces) == [0, 2, 3, 8]
    for n, tty in ((0, "ttyUSB0"), (2, "ttyUSB1"), (3, "ttyUSB2")):
        assert (ifaces[n]["driver"], ifaces[n]["tty"], ifaces[n]["config"]) == ("qcserial", [tty], 1)
    assert ifaces[8]["driver"] == "qmi_wwan" and ifaces[8]["triplet"] == "ff/ff/ff"
    assert ifaces[8]["num_endpoints"] == 3 and ifaces[8]["control_ports"] == ["cdc-wdm0"]
    assert ifaces[8]["net"] == ["wwan0"]
    wwan0 = _net(snap, "wwan0")
    assert wwan0["raw_ip"] is False and wwan0["type"] == 1 and wwan0["has_qmi_group"] is True
    assert wwan0["pass_through"] is False and wwan0["driver"] == "qmi_wwan" and wwan0["parent"] == "usb:1-7:1.8"


def test_em7455_raw_ip(beds):
    snap = beds("em7455_qmi_rawip")
    dev = _dev(snap, "1199", "9071")
    assert dev["speed"] == "5000" and dev["active_config"] == 1
    ifaces = _ifaces(dev)
    assert ifaces[8]["control_ports"] == ["cdc-wdm0"] and ifaces[10]["control_ports"] == ["cdc-wdm1"]
    wwan0, wwan1 = _net(snap, "wwan0"), _net(snap, "wwan1")
    assert (wwan0["raw_ip"], wwan0["type"], wwan0["operstate"]) == (True, 65534, "unknown")
    assert wwan0["mac"] is None and wwan0["flags"] == "UP,RUNNING,NOARP"
    assert (wwan1["raw_ip"], wwan1["type"]) == (False, 1)


def test_ec25_option_and_qmi_wwan(beds):
    snap = beds("ec25")
    dev = _dev(snap, "2c7c", "0125")
    assert dev["device_class"] == "ef/02/01" and dev["serial"] is None
    ifaces = _ifaces(dev)
    for n in range(4):
        assert ifaces[n]["driver"] == "option" and ifaces[n]["tty"] == ["ttyUSB%d" % n]
    assert ifaces[0]["triplet"] == "ff/ff/ff" and ifaces[1]["triplet"] == "ff/00/00"
    assert ifaces[4]["driver"] == "qmi_wwan" and ifaces[4]["net"] == ["wwan0"]
    assert _net(snap, "wwan0")["raw_ip"] is False


def test_em7345_acm_port_and_cdc_ncm_link(beds):
    snap = beds("em7345_cdc_ncm")
    ifaces = _ifaces(_dev(snap, "1199", "a001"))
    assert (ifaces[0]["triplet"], ifaces[0]["driver"], ifaces[0]["control_ports"]) == ("02/0e/00", "cdc_ncm", [])
    assert ifaces[0]["net"] == ["usb0"]
    assert (ifaces[2]["triplet"], ifaces[2]["driver"], ifaces[2]["tty"]) == ("02/02/01", "cdc_acm", ["ttyACM0"])
    usb0 = _net(snap, "usb0")
    assert (usb0["driver"], usb0["devtype"], usb0["mac"]) == ("cdc_ncm", None, "ff:ff:ff:ff:ff:ff")


# --- Huawei E3372 --------------------------------------------------------------

def test_e3372_storage_mode(beds):
    snap = beds("e3372_storage")
    dev = _dev(snap, "12d1", "1f01")
    assert [(i["triplet"], i["driver"]) for i in dev["interfaces"]] == [("08/06/50", "usb-storage")] * 2
    assert snap["net_interfaces"] == [] and snap["wwan_ports"] == []
    assert [c["value"] for c in dev["configs"]] == [1]


def test_e3372_hilink(beds):
    snap = beds("e3372_hilink")
    dev = _dev(snap, "12d1", "14dc")
    ifaces = _ifaces(dev)
    assert (ifaces[0]["triplet"], ifaces[0]["driver"], ifaces[0]["net"]) == ("02/06/00", "cdc_ether", ["eth1"])
    assert ifaces[2]["driver"] == "usb-storage"
    eth1 = _net(snap, "eth1")
    assert (eth1["driver"], eth1["devtype"], eth1["carrier"], eth1["parent"]) == ("cdc_ether", None, True, "usb:1-1:1.0")
    assert eth1["flags"] == "UP,BROADCAST,RUNNING,MULTICAST"


# --- unbound interfaces and modules.alias ----------------------------------------

def test_unbound_modem_reports_empty_driver_and_matching_modules(beds):
    snap = beds("unbound_modem")
    ifaces = _ifaces(_dev(snap, "2c7c", "0125"))
    assert sorted(ifaces) == [0, 1, 2, 3, 4]
    assert all(i["driver"] == "" for i in ifaces.values())
    assert all(i["tty"] == [] and i["net"] == [] and i["control_ports"] == [] for i in ifaces.values())
    assert ifaces[0]["alias_modules"] == ["option", "qmi_wwan"]  # ff/ff/ff
    assert ifaces[1]["alias_modules"] == ["option"]  # ff/00/00
    assert ifaces[4]["alias_modules"] == ["option", "qmi_wwan"]


def test_alias_modules_unknown_without_modules_alias(umockdev_run, tmp_path):
    snap = _collect_in("unbound_modem", umockdev_run, str(tmp_path / "absent"))
    ifaces = _ifaces(_dev(snap, "2c7c", "0125"))
    assert all(i["driver"] == "" and i["alias_modules"] is None for i in ifaces.values())


# --- PCIe ------------------------------------------------------------------------

def test_fm350_pcie(beds):
    snap = beds("fm350_pcie")
    assert snap["usb_devices"] == []  # only the root hub, which is never kept
    assert len(snap["pci_devices"]) == 1
    dev = snap["pci_devices"][0]
    assert (dev["address"], dev["vendor"], dev["device"], dev["class_code"]) == ("0000:04:00.0", "14c3", "4d75", "0d4000")
    assert (dev["driver"], dev["t7xx_mode"]) == ("mtk_t7xx", "ready")
    assert dev["wwan_ports"] == ["wwan0at0", "wwan0mbim0"] and dev["net"] == ["wwan0"]
    ports = {p["name"]: (p["type"], p["wwan_device"], p["parent"]) for p in snap["wwan_ports"]}
    assert ports == {"wwan0at0": ("AT", "wwan0", "pci:0000:04:00.0"), "wwan0mbim0": ("MBIM", "wwan0", "pci:0000:04:00.0")}
    wwan0 = _net(snap, "wwan0")
    assert (wwan0["type"], wwan0["driver"], wwan0["parent"], wwan0["raw_ip"]) == (65534, "mtk_t7xx", "pci:0000:04:00.0", None)
    assert wwan0["flags"] == "POINTOPOINT,NOARP"


def test_t99w175_mhi_found_by_ids(beds):
    snap = beds("t99w175_mhi")
    assert [d["address"] for d in snap["pci_devices"]] == ["0000:02:00.0"]
    dev = snap["pci_devices"][0]
    assert (dev["vendor"], dev["device"], dev["class_code"], dev["driver"]) == ("105b", "e0ab", "ff0000", "mhi-pci-generic")
    assert sorted(dev["wwan_ports"]) == ["wwan0at0", "wwan0mbim0", "wwan0qcdm0"] and dev["net"] == ["wwan0"]
    assert dev["t7xx_mode"] is None
    assert {p["name"]: p["type"] for p in snap["wwan_ports"]} == {"wwan0mbim0": "MBIM", "wwan0at0": "AT",
                                                                  "wwan0qcdm0": "QCDM"}
    wwan0 = _net(snap, "wwan0")
    assert (wwan0["type"], wwan0["parent"], wwan0["driver"]) == (519, "pci:0000:02:00.0", "mhi-pci-generic")


def test_no_modem(beds):
    snap = beds("no_modem")
    assert [(d["vid"], d["pid"]) for d in snap["usb_devices"]] == [("046d", "c31c")]  # keyboard kept, hubs not
    assert snap["pci_devices"] == [] and snap["wwan_ports"] == []
    assert snap["net_interfaces"] == []  # lo and the onboard NIC are not modem links
    assert snap["sources"]["net"]["detail"].startswith("0 modem links of 2")
    assert snap["rfkill"] == [] and snap["sources"]["rfkill"]["status"] == "not-applicable"


def _without_udev_parts(snap: dict) -> dict:
    """The snapshot less what only udev provides: device udev properties and the usb/udev source lines."""
    out = dict(snap, usb_devices=[dict(d, udev=None) for d in snap["usb_devices"]])
    out["sources"] = {k: v for k, v in snap["sources"].items() if k not in ("usb", "udev")}
    return out


@pytest.mark.parametrize("bed", ["dw5570_qmi", "ec25", "e3372_hilink"])
@pytest.mark.parametrize("blocked, status, why", [
    ("pyudev", "tool-missing", "pyudev is not installed"),
    ("libudev", "tool-missing", "pyudev cannot load libudev (No library named udev)"),
])
def test_without_udev_the_snapshot_is_the_same_less_udev_properties(umockdev_run, modules_dir, beds, bed, blocked,
                                                                     status, why):
    """No pyudev, or no libudev (routers, minimal containers): sysfs is read directly; only udev is missing."""
    normal = beds(bed)
    plain = _collect_in(bed, umockdev_run, modules_dir, block=blocked)
    assert _without_udev_parts(plain) == _without_udev_parts(normal)
    assert normal["sources"]["udev"]["status"] == "ok" and "via pyudev" in normal["sources"]["usb"]["detail"]
    assert all(d["udev"].get("ID_VENDOR_ID") for d in normal["usb_devices"])
    assert [d["udev"] for d in plain["usb_devices"]] == [{} for _ in normal["usb_devices"]]
    assert plain["sources"]["udev"]["status"] == status and why in plain["sources"]["udev"]["detail"]
    assert "without udev properties" in plain["sources"]["udev"]["detail"]
    assert plain["sources"]["usb"] == {"status": "ok", "detail": "%d devices via sysfs listing" % len(normal["usb_devices"])}


def test_wwandoctor_collect_command_in_testbed(umockdev_run):
    """The CLI verb on a test-bed, once collect_all exists (helper C)."""
    try:
        from wwandoctor.collect import collect_all  # noqa: F401
    except ImportError:
        pytest.skip("wwandoctor.collect.collect_all not written yet")
    proc = run_in_testbed(testbed_catalog.umockdev_text("dw5570_mbim"),
                          [_python(), "-m", "wwandoctor", "collect", "--no-redact"], umockdev_run=umockdev_run)
    assert proc.returncode == 0, proc.stderr[-3000:]
    snap = from_json(proc.stdout, "collect output")
    assert [d.active_config for d in snap.usb_devices if d.vid == "413c"] == [2]
    assert [n.name for n in snap.net_interfaces] == ["wwp0s20u7c2i12"]


# --- temp trees: what umockdev cannot fake ------------------------------------------

def _deny(monkeypatch, *suffixes):
    """Make reads of files ending in ``suffixes`` fail with EACCES, as for a non-root user.

    The file is also chmod 000, which is enough when the tests do not run as root.
    """
    real_open = open

    def fake_open(path, *args, **kwargs):
        if str(path).endswith(suffixes):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)
    monkeypatch.setattr(sysfs, "open", fake_open, raising=False)


def test_rfkill_unreadable_file_is_permission_denied_rest_still_read(tmp_path, monkeypatch):
    base = "/sys/class/rfkill/rfkill0/"
    for name, value in (("name", "tpacpi_wwan_sw"), ("type", "wwan"), ("index", "0"), ("soft", "1"), ("hard", "0")):
        write(tmp_path, base + name, value + "\n")
    os.chmod(str(tmp_path) + base + "soft", 0)
    _deny(monkeypatch, "rfkill0/soft")
    snap = Snapshot()
    rfkill.collect(snap, Context(root=str(tmp_path)))
    assert snap.sources["rfkill"].status == "permission-denied"
    assert "soft" in snap.sources["rfkill"].detail
    sw = snap.rfkill[0]
    assert (sw.name, sw.type, sw.index, sw.hard, sw.soft) == ("tpacpi_wwan_sw", "wwan", 0, False, None)


def test_rfkill_absent_is_not_applicable(tmp_path):
    snap = Snapshot()
    rfkill.collect(snap, Context(root=str(tmp_path)))
    assert snap.sources["rfkill"].status == "not-applicable" and snap.rfkill == []


def _usb_tree(root):
    """/sys/bus/usb/devices/1-2 -> ../../../devices/.../1-2 with one unbound interface."""
    dev = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2"
    for name, value in (("idVendor", "2c7c"), ("idProduct", "0125"), ("bDeviceClass", "ef"),
                        ("bDeviceSubClass", "02"), ("bDeviceProtocol", "01"), ("bConfigurationValue", ""),
                        ("bNumConfigurations", "1"), ("busnum", "1"), ("devnum", "4"), ("descriptors", "x"),
                        ("uevent", "DEVTYPE=usb_device\nPRODUCT=2c7c/125/318\n")):
        write(root, "%s/%s" % (dev, name), value + "\n" if name != "descriptors" else value)
    os.makedirs(str(root) + "/sys/bus/usb/devices")
    os.symlink("../../../devices/pci0000:00/0000:00:14.0/usb1/1-2", str(root) + "/sys/bus/usb/devices/1-2")
    return dev


def test_usb_unconfigured_device_and_unreadable_descriptors(tmp_path, monkeypatch):
    _usb_tree(tmp_path)
    _deny(monkeypatch, "1-2/descriptors")
    snap = Snapshot()
    usb.collect(snap, Context(root=str(tmp_path), modules_dir=str(tmp_path / "none")))
    assert snap.sources["usb"].status == "permission-denied"
    assert "descriptors" in snap.sources["usb"].detail
    dev = snap.usb_devices[0]
    assert (dev.path, dev.vid, dev.pid, dev.active_config, dev.configs) == ("1-2", "2c7c", "0125", 0, [])
    assert dev.device_class == "ef/02/01" and dev.udev == {}  # a relocated tree has no udev database
    assert snap.sources["udev"].status == "not-applicable"
    assert dev.power_control is None  # absent file: unknown, not "on"


def test_usb_without_bus_is_not_applicable(tmp_path):
    (tmp_path / "sys" / "bus" / "pci").mkdir(parents=True)  # a populated sysfs without USB
    snap = Snapshot()
    usb.collect(snap, Context(root=str(tmp_path)))
    assert snap.sources["usb"].status == "not-applicable" and snap.usb_devices == []


def test_usb_on_an_empty_sys_is_an_error(tmp_path):
    """An empty or unmounted /sys says nothing about USB: that is no "not-applicable"."""
    (tmp_path / "sys").mkdir()
    snap = Snapshot()
    usb.collect(snap, Context(root=str(tmp_path)))
    assert snap.sources["usb"].status == "error" and "/sys/bus/usb/devices" in snap.sources["usb"].detail


def _net_tree(root):
    """A qmi_wwan wwan0 below 1-7:1.8, plus a virtual ppp0 and a PCI NIC's eth0, with real /proc files."""
    iface = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-7/1-7:1.8"
    os.makedirs(str(root) + iface)
    os.symlink("../../../../../../bus/usb/drivers/qmi_wwan", str(root) + iface + "/driver")
    wwan0 = iface + "/net/wwan0"
    for name, value in (("type", "65534"), ("qmi/raw_ip", "Y"), ("qmi/pass_through", "N"), ("qmi/add_mux", ""),
                        ("operstate", "up"), ("mtu", "1500"), ("flags", "0x10c1"), ("address", ""),
                        ("uevent", "DEVTYPE=wwan\nINTERFACE=wwan0\nIFINDEX=4"), ("statistics/rx_bytes", "1234"),
                        ("statistics/tx_bytes", "99"), ("carrier", "1")):
        write(root, "%s/%s" % (wwan0, name), value + "\n")
    os.symlink("../../../1-7:1.8", str(root) + wwan0 + "/device")
    write(root, "/sys/devices/virtual/net/ppp0/type", "512\n")
    nic = "/sys/devices/pci0000:00/0000:00:1f.6"
    write(root, nic + "/class", "0x020000\n")
    write(root, nic + "/net/eth0/type", "1\n")
    os.symlink("../../../0000:00:1f.6", str(root) + nic + "/net/eth0/device")
    os.makedirs(str(root) + "/sys/class/net")
    for name, target in (("wwan0", "../../devices/pci0000:00/0000:00:14.0/usb1/1-7/1-7:1.8/net/wwan0"),
                         ("ppp0", "../../devices/virtual/net/ppp0"),
                         ("eth0", "../../devices/pci0000:00/0000:00:1f.6/net/eth0")):
        os.symlink(target, str(root) + "/sys/class/net/" + name)
    os.makedirs(str(root) + "/proc/net")
    for name in ("route", "ipv6_route", "if_inet6"):
        shutil.copy(os.path.join(SAMPLES, "proc-net-" + name), str(root) + "/proc/net/" + name)


def test_net_links_addresses_and_routes(tmp_path):
    _net_tree(tmp_path)
    snap = Snapshot()
    net.read_links(snap, sysfs.Reader(str(tmp_path)), lambda name: {"wwan0": ["10.64.12.7/30"]}.get(name, []))
    assert snap.sources["net"].status == "ok"
    names = [i.name for i in snap.net_interfaces]
    assert names == ["ppp0", "wwan0"]  # eth0 on a NIC is not a modem link
    wwan0 = snap.net_interfaces[1]
    assert (wwan0.driver, wwan0.parent, wwan0.type, wwan0.devtype) == ("qmi_wwan", "usb:1-7:1.8", 65534, "wwan")
    assert (wwan0.raw_ip, wwan0.pass_through, wwan0.add_mux, wwan0.carrier) == (True, False, "", True)
    assert (wwan0.rx_bytes, wwan0.tx_bytes, wwan0.mtu) == (1234, 99, 1500)
    assert wwan0.flags == "UP,RUNNING,NOARP,MULTICAST"
    assert wwan0.addresses == ["10.64.12.7/30"]  # the sample if_inet6 has no wwan0 line
    ppp0 = snap.net_interfaces[0]
    assert (ppp0.type, ppp0.parent, ppp0.driver) == (512, None, None)
    # real /proc/net files of a Debian machine: default routes are kept, its eth0 LAN route is not
    assert [(r.destination, r.dev, r.gateway) for r in snap.routes] == [
        ("default", "eth0", "192.0.2.1"), ("default", "eth0", "fd00::1")]


def test_net_unreadable_qmi_attribute(tmp_path, monkeypatch):
    _net_tree(tmp_path)
    _deny(monkeypatch, "qmi/raw_ip")
    snap = Snapshot()
    net.read_links(snap, sysfs.Reader(str(tmp_path)), lambda name: None)
    assert snap.sources["net"].status == "permission-denied"
    wwan0 = [i for i in snap.net_interfaces if i.name == "wwan0"][0]
    assert wwan0.raw_ip is None and wwan0.type == 65534 and wwan0.addresses is None


def test_if_inet6_and_routes_parse_real_samples():
    reader = sysfs.Reader(SAMPLES.rsplit("/samples", 1)[0])  # any root: read the samples directly
    text = open(os.path.join(SAMPLES, "proc-net-if_inet6")).read()
    reader.text = lambda path: text
    reader.exists = lambda path: True
    assert net.read_if_inet6(reader) == {"eth0": ["fd00::2/64", "fe80::fc:ff:fe00:1/64"], "lo": ["::1/128"]}
    v6 = net.parse_ipv6_route(open(os.path.join(SAMPLES, "proc-net-ipv6_route")).read())
    assert ("fd00::/64", "eth0", None) in [(r.destination, r.dev, r.gateway) for r in v6]
    assert all(r.dev != "lo" or r.destination != "default" for r in v6)  # the lo reject route is dropped
    v4 = net.parse_route(open(os.path.join(SAMPLES, "proc-net-route")).read())
    assert [(r.destination, r.gateway) for r in v4] == [("default", "192.0.2.1"), ("192.0.2.0/24", None)]


@pytest.mark.parametrize("raw,expected", [("0x1003\n", "UP,BROADCAST,MULTICAST"), ("0x0", ""), ("zz", None), ("", None)])
def test_decode_flags(raw, expected):
    from wwandoctor.decode.sysfs_attrs import net_flags
    assert net_flags(raw) == expected


# --- kernel --------------------------------------------------------------------------

def _kernel_tree(root):
    shutil.copy(os.path.join(SAMPLES, "proc-modules"), write(root, "/proc/modules", ""))
    write(root, "/sys/kernel/security/lockdown", "none [integrity] confidentiality\n")
    os.makedirs(str(root) + "/sys/module/cdc_acm")  # built in with parameters: no initstate
    mods = os.path.join(str(root), "lib-modules")
    os.makedirs(mods)
    for name in ("modules.builtin", "modules.dep"):
        shutil.copy(os.path.join(SAMPLES, name), os.path.join(mods, name))
    return mods


def test_kernel_driver_availability(tmp_path):
    mods = _kernel_tree(tmp_path)
    snap = Snapshot()
    kernel.collect(snap, Context(root=str(tmp_path), modules_dir=mods))
    k = snap.kernel
    assert snap.sources["kernel"].status == "ok"
    assert k.release == os.uname().release and k.lockdown == "integrity"
    assert "qmi_wwan" in k.modules_loaded and "cdc_wdm" in k.modules_loaded
    avail = k.driver_availability
    assert (avail["qmi_wwan"], avail["cdc_wdm"], avail["usbserial"], avail["usb_storage"]) == (
        "loaded", "loaded", "builtin", "module")
    assert (avail["option"], avail["mtk_t7xx"], avail["cdc_acm"]) == ("module", "missing", "builtin")
    assert set(avail) == set(kernel.DRIVERS)


def test_kernel_without_modules_dir_leaves_unloaded_drivers_unknown(tmp_path):
    _kernel_tree(tmp_path)
    snap = Snapshot()
    kernel.collect(snap, Context(root=str(tmp_path), modules_dir=str(tmp_path / "absent")))
    avail = snap.kernel.driver_availability
    assert avail["qmi_wwan"] == "loaded" and "option" not in avail and "mtk_t7xx" not in avail
    assert "modules.dep" in snap.sources["kernel"].detail


def test_kernel_unreadable_lockdown(tmp_path, monkeypatch):
    mods = _kernel_tree(tmp_path)
    _deny(monkeypatch, "security/lockdown")
    snap = Snapshot()
    kernel.collect(snap, Context(root=str(tmp_path), modules_dir=mods))
    assert snap.sources["kernel"].status == "permission-denied" and snap.kernel.lockdown is None
    assert snap.kernel.driver_availability["qmi_wwan"] == "loaded"


@pytest.mark.parametrize("path,name", [("kernel/drivers/usb/class/cdc-wdm.ko.xz", "cdc_wdm"),
                                       ("kernel/drivers/net/usb/qmi_wwan.ko:", "qmi_wwan"),
                                       ("kernel/drivers/usb/storage/usb-storage.ko.zst", "usb_storage")])
def test_module_name(path, name):
    assert kernel.module_name(path) == name


# --- pci without umockdev ---------------------------------------------------------------

def test_pci_parent_of():
    assert pci.parent_of("/sys/devices/pci0000:00/0000:00:14.0/usb1/1-7/1-7:2.12/wwan/wwan0/wwan0mbim0") == "usb:1-7"
    assert pci.parent_of("/sys/devices/pci0000:00/0000:00:1c.0/0000:04:00.0/wwan/wwan0/wwan0at0") == "pci:0000:04:00.0"
    assert pci.parent_of("/sys/devices/virtual/wwan/wwan0/wwan0at0") is None


# --- the builder against recorded test-beds ----------------------------------------------

TESTBEDS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "testbeds")


@pytest.mark.parametrize("recorded,name", [("dw5570-mbim.umockdev", "dw5570_mbim"), ("dw5570-qmi.umockdev", "dw5570_qmi")])
def test_generated_bed_reads_like_the_recorded_one(umockdev_run, modules_dir, beds, recorded, name):
    """The hand-recorded DW5570 files (/work/shared/testbeds) and the generated beds give the same facts."""
    with open(os.path.join(TESTBEDS, recorded)) as fh:
        text = fh.read()
    proc = run_in_testbed(text, [_python(), "-c", COLLECT % "", modules_dir], umockdev_run=umockdev_run)
    assert proc.returncode == 0, proc.stderr[-3000:]
    real, generated = json.loads(proc.stdout), beds(name)
    for key in ("path", "vid", "pid", "active_config", "num_configs", "interfaces", "manufacturer", "serial"):
        assert real["usb_devices"][0][key] == generated["usb_devices"][0][key], key
    assert [c["functions"] for c in real["usb_devices"][0]["configs"]] == \
        [c["functions"] for c in generated["usb_devices"][0]["configs"]]
    assert real["wwan_ports"] == generated["wwan_ports"] and real["rfkill"] == generated["rfkill"]
    volatile = ("rx_bytes", "tx_bytes", "add_mux")
    same = lambda links: [{k: v for k, v in n.items() if k not in volatile} for n in links]  # noqa: E731
    assert same(real["net_interfaces"]) == same(generated["net_interfaces"])


# --- this machine, without a test-bed ------------------------------------------------------

def test_live_ipv4_lookup():
    assert net.ipv4_addresses("lo") == ["127.0.0.1/8"]
    assert net.ipv4_addresses("nosuchlink9") is None  # unknown, not "no address"


def test_live_collectors_complete_with_statuses():
    snap = Snapshot()
    for module in (usb, pci, net, rfkill, kernel):
        module.collect(snap, Context())
    for source in ("usb", "pci", "net", "rfkill", "kernel"):
        st = snap.sources[source]
        assert st.status in ("ok", "not-applicable", "permission-denied") or st.detail.startswith("partial: "), st
    assert snap.kernel.release == os.uname().release
    from_json(snap.to_json())


def test_select_udev_keeps_modem_properties():
    props = {"ID_MM_DEVICE_IGNORE": "1", "ID_VENDOR_FROM_DATABASE": "Dell Computer Corp.", "ID_MODEL_ID": "81a3",
             "ID_SERIAL_SHORT": "0123456789ABCDEF", "ID_USB_DRIVER": "qmi_wwan", "DEVTYPE": "usb_device",
             "ID_PATH": "pci-0000:00:14.0-usb-0:7", "MAJOR": "189", "DEVNAME": "/dev/bus/usb/001/003",
             "ID_PATH_TAG": "pci-0000_00_14_0-usb-0_7", "TAGS": ":systemd:"}
    kept = usb.select_udev(props)
    assert sorted(kept) == ["DEVTYPE", "ID_MM_DEVICE_IGNORE", "ID_MODEL_ID", "ID_PATH", "ID_SERIAL_SHORT",
                            "ID_USB_DRIVER", "ID_VENDOR_FROM_DATABASE"]


UNREADABLE = """
import json, sys
from wwandoctor.snapshot import Snapshot
from wwandoctor.collect import rfkill, kernel
from wwandoctor.collect.context import Context
snap = Snapshot()
rfkill.collect(snap, Context(root=sys.argv[1]))
kernel.collect(snap, Context(root=sys.argv[1], modules_dir=sys.argv[1] + "/none"))
print(json.dumps({"sources": snap.to_dict()["sources"], "rfkill": snap.to_dict()["rfkill"],
                  "lockdown": snap.kernel.lockdown}))
"""


def test_really_unreadable_files_as_an_unprivileged_user():
    """chmod 000 files read by a non-root process (as ``nobody`` when the tests run as root)."""
    import subprocess
    import tempfile
    root = tempfile.mkdtemp(prefix="wwandoctor-perm-")
    try:
        os.chmod(root, 0o755)
        base = "/sys/class/rfkill/rfkill0/"
        for name, value in (("name", "hp-wwan"), ("type", "wwan"), ("index", "0"), ("soft", "0"), ("hard", "1")):
            write(root, base + name, value + "\n")
        write(root, "/sys/kernel/security/lockdown", "[none] integrity confidentiality\n")
        for dirpath, _, _ in os.walk(root):
            os.chmod(dirpath, 0o755)
        os.chmod(root + base + "hard", 0)
        os.chmod(root + "/sys/kernel/security/lockdown", 0)
        argv = [sys.executable, "-c", UNREADABLE, root]
        env = dict(os.environ, PYTHONPATH=os.path.dirname(TESTBEDS))
        if os.geteuid() == 0:
            if not shutil.which("setpriv"):
                pytest.skip("running as root without setpriv: cannot drop privileges")
            argv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + argv
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
                              env=env, cwd=root, timeout=60)
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    assert out["sources"]["rfkill"]["status"] == "permission-denied"
    assert out["rfkill"] == [{"name": "hp-wwan", "type": "wwan", "index": 0, "soft": False, "hard": None}]
    assert out["sources"]["kernel"]["status"] == "permission-denied" and out["lockdown"] is None


@pytest.mark.parametrize("name", sorted(testbed_catalog.CATALOG))
def test_committed_bed_files_are_current(name):
    """tests/testbeds/<name>.umockdev (for manual runs) is what the catalog renders now."""
    with open(os.path.join(TESTBEDS, name + ".umockdev"), encoding="utf-8") as fh:
        assert fh.read() == testbed_catalog.umockdev_text(name), "run: python tests/testbed_catalog.py"


def test_secure_boot_from_efivars(tmp_path):
    path = str(tmp_path) + kernel.SECURE_BOOT
    os.makedirs(os.path.dirname(path))
    reader = sysfs.Reader(str(tmp_path))
    assert kernel.read_secure_boot(reader) is None  # not an EFI machine: unknown
    with open(path, "wb") as fh:
        fh.write(b"\x06\x00\x00\x00\x01")  # attributes (4 bytes) + value
    assert kernel.read_secure_boot(reader) is True
    with open(path, "wb") as fh:
        fh.write(b"\x06\x00\x00\x00\x00")
    assert kernel.read_secure_boot(reader) is False


def test_reader_values(tmp_path):
    for name, text in (("speed", "480\n"), ("bAlternateSetting", " 1\n"), ("bNumEndpoints", "0c\n"),
                       ("garbage", "x1\n"), ("empty", "\n"), ("raw_ip", "Y\n"), ("state", "2\n")):
        write(tmp_path, "/sys/a/" + name, text)
    r = sysfs.Reader(str(tmp_path))
    assert r.value("/sys/a/speed") == "480" and r.value("/sys/a/empty") is None and r.text("/sys/a/empty") == ""
    assert r.integer("/sys/a/bAlternateSetting") == 1 and r.integer("/sys/a/bNumEndpoints", 16) == 12
    assert r.integer("/sys/a/garbage") is None and r.integer("/sys/a/absent") is None
    assert r.flag("/sys/a/raw_ip") is True and r.flag("/sys/a/state") is None
    assert r.link_name("/sys/a/driver") == "" and r.listdir("/sys/absent") is None
    assert r.status("fine") == ("ok", "fine") and r.denied == []
