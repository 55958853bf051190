"""Build umockdev test-beds (``.umockdev`` text) from a compact description of a device tree.

A ``.umockdev`` file is a list of device records separated by blank lines::

    P: /devices/pci0000:00/0000:00:14.0/usb1/1-7          (sysfs path, parents first)
    N: bus/usb/001/003                                      (device node)
    E: DEVTYPE=usb_device                                   (uevent / udev property)
    A: idVendor=413c\\n                                      (text attribute, C escapes)
    H: descriptors=12010002...                              (binary attribute, hex)
    L: driver=../../../../../bus/usb/drivers/usb            (symlink)

The description says only what differs between modems: the USB ids and
strings, the descriptor bytes (built with ``tests/descriptors.py``), the
active configuration, and per interface number the bound driver and its
children. Every interface of the active configuration is written, with its
class triplet and endpoint count taken from the descriptor bytes, so the
sysfs view and ``descriptors`` can never disagree. Example::

    Testbed(usb=[UsbDev("1-7", "413c", "81a3", descriptors=blob, active_config=2,
                        interfaces=[Iface(12, "cdc_mbim", control=["cdc-wdm0"],
                                          net=[Net("wwp0s20u7c2i12")])])])

umockdev fakes /sys and /dev from the ``.umockdev`` text, and redirects every
``/proc/...`` path that exists in the test-bed directory (``$UMOCKDEV_DIR``).
A bed can therefore carry running programs and other /proc files
(``Testbed.processes``, ``Testbed.files``); they are not part of the
``.umockdev`` text: :func:`launcher` writes them into ``$UMOCKDEV_DIR`` inside
``umockdev-run`` and then starts the command. With a ``proc/`` directory in the
bed, listing ``/proc/`` (trailing slash) shows only the bed's processes, so
the host's own daemons do not leak into a test::

    bed = Testbed(usb=[...], processes=[Proc(4242, ["qmicli", "-d", "/dev/cdc-wdm0", "--wds-start-network"])])
    run_in_testbed(render(bed), launcher(bed_files(bed), ["wwandoctor", "check"]))
"""
from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

HOST = "/devices/pci0000:00/0000:00:14.0"  # the xHCI controller every USB device hangs below
ROOT_PORT = "/devices/pci0000:00/0000:00:1c.0"  # PCIe root port for M.2 modems
USB_SERIAL_NAMES = {"option": "option1"}  # usb-serial driver names that differ from the USB driver


@dataclass
class Net:
    """A network interface below a USB interface or a WWAN device."""
    name: str
    type: int = 1  # ARPHRD
    devtype: Optional[str] = "wwan"
    mac: str = "02:50:f3:00:00:01"
    mtu: int = 1500
    operstate: str = "down"
    flags: int = 0x1002  # BROADCAST,MULTICAST
    carrier: Optional[bool] = None  # None: no carrier file (reading it fails while down)
    raw_ip: Optional[bool] = None  # qmi_wwan only: the qmi/ group is written when not None
    pass_through: Optional[bool] = None
    add_mux: Optional[str] = None
    extra_attrs: Dict[str, str] = field(default_factory=dict)


@dataclass
class Iface:
    """Driver and children of one interface of the active configuration."""
    number: int
    driver: str = ""  # "" = unbound
    alt: int = 0
    control: List[str] = field(default_factory=list)  # cdc-wdm0
    net: List[Net] = field(default_factory=list)
    tty: List[str] = field(default_factory=list)  # ttyUSB0 (usb-serial) or ttyACM0 (cdc_acm)
    wwan: List[Tuple[str, str]] = field(default_factory=list)  # (wwan0qmi0, QMI); device wwanN from the name


@dataclass
class UsbDev:
    busid: str  # "1-7"
    vid: str
    pid: str
    descriptors: bytes
    active_config: int = 1
    manufacturer: Optional[str] = None
    product: Optional[str] = None
    serial: Optional[str] = None
    speed: str = "480"
    devnum: int = 3
    bcd_device: str = "0006"
    power_control: str = "on"
    autosuspend_delay_ms: Optional[int] = 2000
    interfaces: List[Iface] = field(default_factory=list)
    udev: Dict[str, str] = field(default_factory=dict)  # extra E: properties (ID_MM_...)


@dataclass
class PciDev:
    address: str  # "0000:04:00.0" (placed below the root port)
    vendor: str
    device: str
    subvendor: str = "0000"
    subdevice: str = "0000"
    class_code: str = "0d4000"
    driver: str = ""
    t7xx_mode: Optional[str] = None
    wwan: List[Tuple[str, str]] = field(default_factory=list)
    net: List[Net] = field(default_factory=list)  # wwan-core links below wwan/wwan0 (see net_below_wwan)
    net_below_wwan: bool = True  # False: net/<if> directly below the function (a NIC)
    mhi: bool = False  # MHI modem: ports and links below <function>/mhi0 (the MHI controller device)


@dataclass
class Rfkill:
    name: str  # dell-wwan
    type: str = "wwan"
    index: int = 0
    soft: bool = False
    hard: bool = False
    platform: str = "dell-laptop"


@dataclass
class Proc:
    """A running program: ``/proc/<pid>/comm``, ``cmdline`` and ``stat`` (for the parent pid)."""
    pid: int
    args: List[str]
    comm: Optional[str] = None  # default: basename of args[0], cut to 15 characters as the kernel does
    ppid: int = 1


@dataclass
class Testbed:
    usb: List[UsbDev] = field(default_factory=list)
    pci: List[PciDev] = field(default_factory=list)
    rfkill: List[Rfkill] = field(default_factory=list)
    virtual_net: List[Net] = field(default_factory=list)  # lo, ppp0...: /devices/virtual/net
    processes: List[Proc] = field(default_factory=list)  # written by launcher(), not part of the .umockdev text
    files: Dict[str, str] = field(default_factory=dict)  # other files below the bed root: {"proc/modules": "..."}


# --- record writer -----------------------------------------------------------

class _Record:
    def __init__(self, path: str):
        self.lines = ["P: " + path]
        self.path = path

    def node(self, name: str) -> "_Record":
        self.lines.append("N: " + name)
        return self

    def env(self, **props) -> "_Record":
        for key, value in props.items():
            if value is not None:
                self.lines.append("E: %s=%s" % (key, value))
        return self

    def attr(self, name: str, value) -> "_Record":
        if value is not None:
            text = "%s\n" % value
            self.lines.append("A: %s=%s" % (name, text.replace("\\", "\\\\").replace("\n", "\\n")))
        return self

    def binary(self, name: str, data: bytes) -> "_Record":
        self.lines.append("H: %s=%s" % (name, data.hex().upper()))
        return self

    def link(self, name: str, target_abs: str) -> "_Record":
        """A symlink to ``target_abs`` (a path below /sys), written relative to this device."""
        self.lines.append("L: %s=%s" % (name, os.path.relpath(target_abs, self.path)))
        return self

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _driver_link(rec: _Record, bus: str, driver: str) -> None:
    if driver:
        rec.env(DRIVER=driver)
        rec.link("driver", "/bus/%s/drivers/%s" % (bus, driver))


# --- descriptor walk (to keep sysfs and descriptors consistent) --------------

def config_interfaces(blob: bytes, config: int) -> Dict[Tuple[int, int], Tuple[str, int]]:
    """(number, alt) -> (triplet, bNumEndpoints) for configuration ``config`` of a descriptors blob."""
    found = {}
    current = None
    i = 18  # after the device descriptor
    while i + 1 < len(blob) and blob[i] >= 2:
        length, kind = blob[i], blob[i + 1]
        if kind == 0x02:
            current = blob[i + 5]
        elif kind == 0x04 and current == config:
            n, alt, eps, c, s, p = blob[i + 2:i + 8]
            found[(n, alt)] = ("%02x/%02x/%02x" % (c, s, p), eps)
        i += length
    return found


# --- USB -----------------------------------------------------------------------

def _host_records() -> List[_Record]:
    ctrl = _Record(HOST).env(SUBSYSTEM="pci", PCI_CLASS="C0330", PCI_ID="8086:9C31",
                               PCI_SLOT_NAME="0000:00:14.0")
    ctrl.attr("class", "0x0c0330").attr("vendor", "0x8086").attr("device", "0x9c31")
    ctrl.attr("subsystem_vendor", "0x1028").attr("subsystem_device", "0x05cb")
    _driver_link(ctrl, "pci", "xhci_hcd")
    hub = _Record(HOST + "/usb1").node("bus/usb/001/001")
    hub.env(DEVNAME="/dev/bus/usb/001/001", DEVTYPE="usb_device", PRODUCT="1d6b/2/601", TYPE="9/0/1",
            BUSNUM="001", DEVNUM="001", SUBSYSTEM="usb", ID_VENDOR_ID="1d6b", ID_MODEL_ID="0002",
            ID_MODEL_FROM_DATABASE="2.0 root hub", ID_PATH="pci-0000:00:14.0")
    for name, value in (("idVendor", "1d6b"), ("idProduct", "0002"), ("bDeviceClass", "09"),
                        ("bDeviceSubClass", "00"), ("bDeviceProtocol", "01"), ("bConfigurationValue", "1"),
                        ("bNumConfigurations", "1"), ("busnum", "1"), ("devnum", "1"), ("speed", "480"),
                        ("product", "xHCI Host Controller"), ("maxchild", "9")):
        hub.attr(name, value)
    _driver_link(hub, "usb", "usb")
    return [ctrl, hub]


def _usb_device(dev: UsbDev) -> List[_Record]:
    path = "%s/usb1/%s" % (HOST, dev.busid)
    node = "bus/usb/001/%03d" % dev.devnum
    blob = dev.descriptors
    cls, sub, proto = blob[4], blob[5], blob[6]
    rec = _Record(path).node(node)
    id_path = "pci-0000:00:14.0-usb-0:" + dev.busid.split("-", 1)[1]
    rec.env(DEVNAME="/dev/" + node, DEVTYPE="usb_device", PRODUCT="%s/%s/%x" % (dev.vid, dev.pid, int(dev.bcd_device, 16)),
            TYPE="%d/%d/%d" % (cls, sub, proto), BUSNUM="001", DEVNUM="%03d" % dev.devnum, SUBSYSTEM="usb",
            ID_VENDOR=(dev.manufacturer or "").replace(" ", "_").replace(",", "") or None,
            ID_VENDOR_ID=dev.vid, ID_MODEL=(dev.product or "").replace(" ", "_") or None, ID_MODEL_ID=dev.pid,
            ID_SERIAL_SHORT=dev.serial, ID_BUS="usb", ID_PATH=id_path)
    rec.env(**dev.udev)
    rec.attr("idVendor", dev.vid).attr("idProduct", dev.pid).attr("bcdDevice", dev.bcd_device)
    rec.attr("bDeviceClass", "%02x" % cls).attr("bDeviceSubClass", "%02x" % sub).attr("bDeviceProtocol", "%02x" % proto)
    rec.attr("bNumConfigurations", blob[17]).attr("bConfigurationValue", dev.active_config or "")
    rec.attr("busnum", 1).attr("devnum", dev.devnum).attr("speed", dev.speed)
    rec.attr("manufacturer", dev.manufacturer).attr("product", dev.product).attr("serial", dev.serial)
    rec.attr("power/control", dev.power_control).attr("power/autosuspend_delay_ms", dev.autosuspend_delay_ms)
    rec.attr("devpath", dev.busid.split("-", 1)[1]).attr("authorized", 1)
    rec.binary("descriptors", blob)
    _driver_link(rec, "usb", "usb")
    records = [rec]
    wanted = {i.number: i for i in dev.interfaces}
    layout = config_interfaces(blob, dev.active_config)
    for number in sorted({n for n, _ in layout}):
        iface = wanted.get(number, Iface(number))
        triplet, eps = layout.get((number, iface.alt), layout[(number, 0)])
        records += _usb_interface(dev, path, iface, triplet, eps, id_path)
    return records


def _modalias(dev: UsbDev, triplet: str, number: int) -> str:
    c, s, p = (int(x, 16) for x in triplet.split("/"))
    b = dev.descriptors
    return "usb:v%sp%sd%sdc%02Xdsc%02Xdp%02Xic%02Xisc%02Xip%02Xin%02X" % (
        dev.vid.upper(), dev.pid.upper(), dev.bcd_device.upper(), b[4], b[5], b[6], c, s, p, number)


def _usb_interface(dev: UsbDev, dev_path: str, iface: Iface, triplet: str, eps: int, id_path: str) -> List[_Record]:
    name = "%s:%d.%d" % (dev.busid, dev.active_config, iface.number)
    path = "%s/%s" % (dev_path, name)
    c, s, p = triplet.split("/")
    modalias = _modalias(dev, triplet, iface.number)
    rec = _Record(path).env(DEVTYPE="usb_interface", PRODUCT="%s/%s/%x" % (dev.vid, dev.pid, int(dev.bcd_device, 16)),
                            INTERFACE="%d/%d/%d" % (int(c, 16), int(s, 16), int(p, 16)), MODALIAS=modalias,
                            SUBSYSTEM="usb")
    rec.attr("bInterfaceNumber", "%02x" % iface.number).attr("bAlternateSetting", "%2d" % iface.alt)
    rec.attr("bInterfaceClass", c).attr("bInterfaceSubClass", s).attr("bInterfaceProtocol", p)
    rec.attr("bNumEndpoints", "%02x" % eps).attr("modalias", modalias).attr("supports_autosuspend", 1)
    _driver_link(rec, "usb", iface.driver)
    records = [rec]
    child_env = dict(ID_VENDOR_ID=dev.vid, ID_MODEL_ID=dev.pid, ID_USB_INTERFACE_NUM="%02x" % iface.number,
                     ID_USB_DRIVER=iface.driver or None, ID_PATH=id_path + ":%d.%d" % (dev.active_config, iface.number))
    for minor, ctrl in enumerate(iface.control):
        r = _Record("%s/usbmisc/%s" % (path, ctrl)).node(ctrl)
        r.env(DEVNAME="/dev/" + ctrl, MAJOR=180, MINOR=176 + minor, SUBSYSTEM="usbmisc", ID_MM_CANDIDATE=1, **child_env)
        records.append(r.link("device", path))
    for tty in iface.tty:
        records += _tty(path, tty, iface.driver, child_env)
    for net in iface.net:
        records.append(_net("%s/net/%s" % (path, net.name), net, path, iface.driver, child_env))
    records += _wwan(path, iface.wwan)
    return records


def _tty(if_path: str, tty: str, driver: str, env: Dict[str, str]) -> List[_Record]:
    """ttyUSBn: usb-serial port device + tty class device; ttyACMn: tty class device only."""
    records = []
    parent = if_path
    if tty.startswith("ttyUSB"):
        port = _Record("%s/%s" % (if_path, tty)).env(SUBSYSTEM="usb-serial").attr("port_number", 0)
        _driver_link(port, "usb-serial", USB_SERIAL_NAMES.get(driver, driver))
        records.append(port)
        parent = "%s/%s" % (if_path, tty)
    r = _Record("%s/tty/%s" % (parent, tty)).node(tty).env(DEVNAME="/dev/" + tty, SUBSYSTEM="tty", ID_MM_CANDIDATE=1, **env)
    records.append(r.link("device", parent))
    return records


def _net(path: str, net: Net, parent: Optional[str], driver: str, env: Dict[str, str]) -> _Record:
    rec = _Record(path).env(INTERFACE=net.name, DEVTYPE=net.devtype, SUBSYSTEM="net", ID_NET_DRIVER=driver or None, **env)
    rec.attr("type", net.type).attr("address", net.mac).attr("mtu", net.mtu).attr("operstate", net.operstate)
    rec.attr("flags", "0x%x" % net.flags).attr("addr_len", 6)
    if net.carrier is not None:
        rec.attr("carrier", int(net.carrier))
    if net.raw_ip is not None:
        rec.attr("qmi/raw_ip", "Y" if net.raw_ip else "N")
        rec.attr("qmi/pass_through", "Y" if net.pass_through else "N")
        rec.attr("qmi/add_mux", net.add_mux or "")
    rec.attr("statistics/rx_bytes", 0).attr("statistics/tx_bytes", 0)
    for name, value in net.extra_attrs.items():
        rec.attr(name, value)
    return rec.link("device", parent) if parent else rec


def _wwan(parent: str, ports: List[Tuple[str, str]], nets: List[Net] = ()) -> List[_Record]:
    """wwanN devices and their ports (``wwan0at0`` type AT) below ``parent``; wwan-core net links."""
    records = []
    devices = []
    for name, _ in ports:
        wdev = re.match(r"wwan\d+", name).group(0)  # wwan0mbim0 -> wwan0
        if wdev not in devices:
            devices.append(wdev)
    if nets and not devices:
        devices.append("wwan0")
    for minor, wdev in enumerate(devices):
        dpath = "%s/wwan/%s" % (parent, wdev)
        records.append(_Record(dpath).env(DEVTYPE="wwan_dev", SUBSYSTEM="wwan").link("device", parent))
        for name, kind in ports:
            if re.match(r"wwan\d+", name).group(0) == wdev:
                r = _Record("%s/%s" % (dpath, name)).node(name)
                r.env(DEVNAME="/dev/" + name, DEVTYPE="wwan_port", SUBSYSTEM="wwan", ID_MM_CANDIDATE=1)
                records.append(r.attr("type", kind).link("device", dpath))
    for net in nets:
        dpath = "%s/wwan/%s" % (parent, devices[0])
        records.append(_net("%s/net/%s" % (dpath, net.name), net, dpath, "", {}))
    return records


# --- PCI, rfkill -------------------------------------------------------------

def _pci(dev: PciDev) -> List[_Record]:
    on_root_bus = dev.address.startswith("0000:00:")  # integrated functions sit on the root complex
    path = "/devices/pci0000:00/" + dev.address if on_root_bus else "%s/%s" % (ROOT_PORT, dev.address)
    rec = _Record(path).env(SUBSYSTEM="pci", PCI_CLASS=dev.class_code.upper().lstrip("0") or "0",
                            PCI_ID="%s:%s" % (dev.vendor.upper(), dev.device.upper()),
                            PCI_SUBSYS_ID="%s:%s" % (dev.subvendor.upper(), dev.subdevice.upper()),
                            PCI_SLOT_NAME=dev.address)
    for name, value in (("vendor", dev.vendor), ("device", dev.device), ("subsystem_vendor", dev.subvendor),
                        ("subsystem_device", dev.subdevice)):
        rec.attr(name, "0x" + value)
    rec.attr("class", "0x" + dev.class_code).attr("t7xx_mode", dev.t7xx_mode)
    _driver_link(rec, "pci", dev.driver)
    if not dev.net_below_wwan:
        nets = [_net("%s/net/%s" % (path, n.name), n, path, dev.driver, {}) for n in dev.net]
        return [rec] + _wwan(path, dev.wwan) + nets
    if dev.mhi:
        mhi = _Record(path + "/mhi0").env(SUBSYSTEM="mhi", DEVTYPE="mhi_controller")
        return [rec, mhi] + _wwan(path + "/mhi0", dev.wwan, dev.net)
    return [rec] + _wwan(path, dev.wwan, dev.net)


def _root_port() -> _Record:
    rec = _Record(ROOT_PORT).env(SUBSYSTEM="pci", PCI_CLASS="60400", PCI_SLOT_NAME="0000:00:1c.0")
    rec.attr("vendor", "0x8086").attr("device", "0x9d10").attr("class", "0x060400")
    _driver_link(rec, "pci", "pcieport")
    return rec


def _rfkill(sw: Rfkill) -> List[_Record]:
    plat = "/devices/platform/" + sw.platform
    p = _Record(plat).env(SUBSYSTEM="platform", MODALIAS="platform:" + sw.platform)
    _driver_link(p, "platform", sw.platform)
    r = _Record("%s/rfkill/rfkill%d" % (plat, sw.index))
    r.env(RFKILL_NAME=sw.name, RFKILL_TYPE=sw.type, SUBSYSTEM="rfkill")
    r.attr("name", sw.name).attr("type", sw.type).attr("index", sw.index)
    r.attr("soft", int(sw.soft)).attr("hard", int(sw.hard))
    r.attr("state", 2 if sw.hard else (0 if sw.soft else 1))
    return [p, r.link("device", plat)]


def render(bed: Testbed) -> str:
    """The ``.umockdev`` text of a test-bed (parents always before children)."""
    records: List[_Record] = []
    records += _host_records()
    for dev in bed.usb:
        records += _usb_device(dev)
    if bed.pci:
        records.append(_root_port())
    for pdev in bed.pci:
        records += _pci(pdev)
    for net in bed.virtual_net:
        records.append(_net("/devices/virtual/net/" + net.name, net, None, "", {}))
    seen = set()
    for sw in bed.rfkill:
        for rec in _rfkill(sw):
            if rec.path not in seen:
                seen.add(rec.path)
                records.append(rec)
    return "\n".join(r.text() for r in records)


# --- /proc files and the launcher ----------------------------------------------

def bed_files(bed: Testbed) -> Dict[str, str]:
    """Files (path relative to the test-bed root -> text) for the bed's processes and extra files."""
    files: Dict[str, str] = {}
    for proc in bed.processes:
        comm = (proc.comm or os.path.basename(proc.args[0]))[:15]
        base = "proc/%d/" % proc.pid
        files[base + "comm"] = comm + "\n"
        files[base + "cmdline"] = "".join(a + "\0" for a in proc.args)
        files[base + "stat"] = "%d (%s) S %d %d 0 0 -1 4194560\n" % (proc.pid, comm, proc.ppid, proc.pid)
    files.update(bed.files)
    return files


_LAUNCH = """
import json, os, sys
root = os.environ["UMOCKDEV_DIR"]
for rel, text in json.loads(sys.argv[1]).items():
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
os.execvp(sys.argv[2], sys.argv[2:])
"""


def launcher(files: Dict[str, str], argv: List[str]) -> List[str]:
    """An argv for ``umockdev-run -- ...`` that writes ``files`` into ``$UMOCKDEV_DIR``, then runs ``argv``."""
    if not files:
        return list(argv)
    return [sys.executable, "-c", _LAUNCH, json.dumps(files, sort_keys=True)] + list(argv)
