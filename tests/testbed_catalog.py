"""The named test-beds: real modem layouts described compactly (see tests/testbed.py).

Each function returns a :class:`testbed.Testbed`; ``CATALOG`` maps names to them
and ``umockdev_text(name)`` renders one. Interface layouts follow the kernel's
driver tables and the real sysfs records of /work/shared/testbeds (DW5570);
MAC addresses and serial numbers are invented.
"""
from __future__ import annotations

from descriptors import (cdc_acm, cdc_call_management, cdc_header, cdc_union, configuration, descriptors,
                         device_descriptor, ecm_function, endpoint, iad, interface, mbim_function, qmi_interface,
                         serial_interface, storage_interface)
from testbed import Iface, Net, PciDev, Rfkill, Testbed, UsbDev, render


def _serial3(n: int, triplet: str = "ff/ff/ff") -> bytes:
    """A serial port with an interrupt endpoint (AT/NMEA ports of Qualcomm modules): 3 endpoints."""
    e = (n % 15) + 1
    return interface(n, triplet, [endpoint(0x80 | e, "interrupt", 10, 9), endpoint(0x80 | e, "bulk"),
                                  endpoint(e, "bulk")])


def _sierra_blob(vid: str, pid: str, extra_qmi=()) -> bytes:
    """Sierra Wireless dual-config module: 1 = QMI (SWI layout 0 DM, 2 NMEA, 3 AT, 8 QMI), 2 = MBIM."""
    qmi = configuration(1, serial_interface(0), _serial3(2), _serial3(3), qmi_interface(8),
                        *[qmi_interface(n) for n in extra_qmi])
    mbim = configuration(2, mbim_function(12, 13))
    return descriptors(device_descriptor(vid, pid, 2, bcd_device=0x0006), qmi, mbim)


DELL_STRINGS = dict(manufacturer="Sierra Wireless, Incorporated",
                    product="Dell Wireless 5570 HSPA+ (42Mbps) Mobile Broadband Card", serial="0123456789ABCDEF")
DELL_RFKILL = Rfkill("dell-wwan", "wwan", index=2, platform="dell-laptop")


def dw5570_mbim() -> Testbed:
    """Dell DW5570 (413c:81a3) in configuration 2: cdc_mbim, as Linux picks by default."""
    dev = UsbDev("1-7", "413c", "81a3", _sierra_blob("413c", "81a3"), active_config=2, **DELL_STRINGS,
                 interfaces=[Iface(12, "cdc_mbim", control=["cdc-wdm0"], wwan=[("wwan0mbim0", "MBIM")],
                                   net=[Net("wwp0s20u7c2i12", mac="46:51:4c:75:9d:ad", flags=0x1082)]),
                             Iface(13, "cdc_mbim", alt=1)])
    return Testbed(usb=[dev], rfkill=[DELL_RFKILL])


def dw5570_rfkill_soft() -> Testbed:
    """The DW5570 in MBIM configuration with its dell-wwan rfkill switch soft-blocked (radio off)."""
    bed = dw5570_mbim()
    bed.rfkill = [Rfkill("dell-wwan", "wwan", index=2, soft=True, platform="dell-laptop")]
    return bed


def dw5570_qmi() -> Testbed:
    """The same DW5570 switched to configuration 1: qcserial on 0, 2, 3 and qmi_wwan on 8 (raw_ip N)."""
    dev = UsbDev("1-7", "413c", "81a3", _sierra_blob("413c", "81a3"), active_config=1, **DELL_STRINGS,
                 interfaces=[Iface(0, "qcserial", tty=["ttyUSB0"]), Iface(2, "qcserial", tty=["ttyUSB1"]),
                             Iface(3, "qcserial", tty=["ttyUSB2"]),
                             Iface(8, "qmi_wwan", control=["cdc-wdm0"], wwan=[("wwan0qmi0", "QMI")],
                                   net=[Net("wwan0", mac="0a:1b:2c:3d:4e:5f", raw_ip=False, pass_through=False)])])
    return Testbed(usb=[dev], rfkill=[DELL_RFKILL])


def em7455_qmi_rawip() -> Testbed:
    """Sierra EM7455 (1199:9071) in QMI configuration, wwan0 in raw-ip mode (ARPHRD_NONE) and up."""
    wwan0 = Net("wwan0", type=65534, mac="", raw_ip=True, pass_through=False, operstate="unknown", flags=0xC1)
    wwan1 = Net("wwan1", mac="0a:1b:2c:3d:4e:60", raw_ip=False, pass_through=False)
    dev = UsbDev("2-3", "1199", "9071", _sierra_blob("1199", "9071", extra_qmi=(10,)), active_config=1,
                 manufacturer="Sierra Wireless, Incorporated", product="Sierra Wireless EM7455 Qualcomm Snapdragon X7 LTE-A",
                 serial="LF00000000000000", speed="5000",
                 interfaces=[Iface(0, "qcserial", tty=["ttyUSB0"]), Iface(2, "qcserial", tty=["ttyUSB1"]),
                             Iface(3, "qcserial", tty=["ttyUSB2"]),
                             Iface(8, "qmi_wwan", control=["cdc-wdm0"], net=[wwan0], wwan=[("wwan0qmi0", "QMI")]),
                             Iface(10, "qmi_wwan", control=["cdc-wdm1"], net=[wwan1], wwan=[("wwan1qmi0", "QMI")])])
    return Testbed(usb=[dev])


def _ec25_blob() -> bytes:
    """Quectel EC25 (2c7c:0125): 0 DIAG ff/ff/ff (2 eps), 1 NMEA, 2 AT, 3 modem (ff/00/00), 4 QMI ff/ff/ff."""
    cfg = configuration(1, serial_interface(0), _serial3(1, "ff/00/00"), _serial3(2, "ff/00/00"),
                        _serial3(3, "ff/00/00"), qmi_interface(4))
    return descriptors(device_descriptor("2c7c", "0125", 1, triplet="ef/02/01", bcd_device=0x0318), cfg)


def ec25() -> Testbed:
    """Quectel EC25: option on interfaces 0-3 (ttyUSB0-3), qmi_wwan on 4."""
    dev = UsbDev("1-2", "2c7c", "0125", _ec25_blob(), bcd_device="0318", manufacturer="Quectel",
                 product="EG25-G", serial=None,
                 interfaces=[Iface(n, "option", tty=["ttyUSB%d" % n]) for n in range(4)]
                 + [Iface(4, "qmi_wwan", control=["cdc-wdm0"], wwan=[("wwan0qmi0", "QMI")],
                          net=[Net("wwan0", mac="ce:8f:a1:22:33:44", raw_ip=False, pass_through=False)])])
    return Testbed(usb=[dev])


def unbound_modem() -> Testbed:
    """An EC25 whose interfaces no driver claimed (modules missing or id unknown to the kernel)."""
    dev = UsbDev("1-2", "2c7c", "0125", _ec25_blob(), bcd_device="0318", manufacturer="Quectel",
                 product="EG25-G", serial=None)
    return Testbed(usb=[dev])


LOOPBACK = Net("lo", type=772, devtype=None, mac="00:00:00:00:00:00", mtu=65536, operstate="unknown", flags=0x9)
def _acm_function(ctrl: int, data: int) -> bytes:
    """CDC ACM serial port: control 02/02/01 (AT commands) + data 0a/00/00."""
    extra = cdc_header() + cdc_call_management(3, data) + cdc_acm(2) + cdc_union(ctrl, data)
    return (iad(ctrl, 2, "02/02/01") + interface(ctrl, "02/02/01", [endpoint(0x80 | (ctrl + 1), "interrupt", 16, 9)],
                                                 extra=extra)
            + interface(data, "0a/00/00", [endpoint(0x80 | (data + 1), "bulk"), endpoint(data + 1, "bulk")]))


def em7345_cdc_ncm() -> Testbed:
    """Sierra EM7345 (1199:a001, Intel XMM): cdc_ncm took the MBIM function (prefer_mbim off),
    so there is no cdc-wdm port, only usb0 with an all-ff MAC; AT port on cdc_acm (ttyACM0)."""
    blob = descriptors(device_descriptor("1199", "a001", 1, bcd_device=0x1729),
                       configuration(1, mbim_function(0, 1), _acm_function(2, 3)))
    usb0 = Net("usb0", devtype=None, mac="ff:ff:ff:ff:ff:ff")
    dev = UsbDev("1-4", "1199", "a001", blob, bcd_device="1729", manufacturer="Sierra Wireless Inc.",
                 product="Sierra Wireless EM7345 4G LTE", serial="013937000000000",
                 interfaces=[Iface(0, "cdc_ncm", net=[usb0]), Iface(1, "cdc_ncm", alt=1),
                             Iface(2, "cdc_acm", tty=["ttyACM0"]), Iface(3, "cdc_acm")])
    return Testbed(usb=[dev])


HUAWEI = dict(manufacturer="HUAWEI_MOBILE", product="HUAWEI_MOBILE")


def e3372_storage() -> Testbed:
    """Huawei E3372 before mode switching (12d1:1f01): only mass storage (ZeroCD + SD)."""
    blob = descriptors(device_descriptor("12d1", "1f01", 1, bcd_device=0x0102),
                       configuration(1, storage_interface(0), storage_interface(1)))
    dev = UsbDev("1-1", "12d1", "1f01", blob, bcd_device="0102", serial="0123456789ABCDEF", **HUAWEI,
                 interfaces=[Iface(0, "usb-storage"), Iface(1, "usb-storage")])
    return Testbed(usb=[dev])


def e3372_hilink() -> Testbed:
    """Huawei E3372h in HiLink mode (12d1:14dc): a router on a stick, CDC ECM on cdc_ether (eth1)."""
    blob = descriptors(device_descriptor("12d1", "14dc", 1, bcd_device=0x0102),
                       configuration(1, ecm_function(0, 1), storage_interface(2)))
    eth = Net("eth1", devtype=None, mac="0c:5b:8f:27:9a:64", operstate="up", carrier=True, flags=0x1043)
    dev = UsbDev("1-1", "12d1", "14dc", blob, bcd_device="0102", serial="0123456789ABCDEF", **HUAWEI,
                 interfaces=[Iface(0, "cdc_ether", net=[eth]), Iface(1, "cdc_ether", alt=1),
                             Iface(2, "usb-storage")])
    return Testbed(usb=[dev])


def fm350_pcie() -> Testbed:
    """Fibocom FM350-GL (MediaTek T700, 14c3:4d75) on M.2/PCIe, mtk_t7xx ready, AT + MBIM ports."""
    wwan0 = Net("wwan0", type=65534, mac="", flags=0x90)
    dev = PciDev("0000:04:00.0", "14c3", "4d75", subvendor="14c3", subdevice="4d75", driver="mtk_t7xx",
                 t7xx_mode="ready", wwan=[("wwan0at0", "AT"), ("wwan0mbim0", "MBIM")], net=[wwan0])
    return Testbed(pci=[dev])


def t99w175_mhi() -> Testbed:
    """Foxconn T99W175 (105b:e0ab, Qualcomm SDX55) on mhi-pci-generic: PCI class ff0000 (unassigned),
    so only its ids say it is a modem; MBIM, AT and QCDM ports and a raw-IP link below mhi0."""
    wwan0 = Net("wwan0", type=519, mac="", flags=0x90)
    dev = PciDev("0000:02:00.0", "105b", "e0ab", subvendor="105b", subdevice="e0ab", class_code="ff0000",
                 driver="mhi-pci-generic", mhi=True, net=[wwan0],
                 wwan=[("wwan0mbim0", "MBIM"), ("wwan0at0", "AT"), ("wwan0qcdm0", "QCDM")])
    return Testbed(pci=[dev])


def no_modem() -> Testbed:
    """A root hub and a USB keyboard: nothing that could be a modem."""
    hid = interface(0, "03/01/01", [endpoint(0x81, "interrupt", 8, 10)])
    blob = descriptors(device_descriptor("046d", "c31c", 1, bcd_device=0x6400), configuration(1, hid))
    kbd = UsbDev("1-1", "046d", "c31c", blob, bcd_device="6400", manufacturer="Logitech", product="USB Keyboard",
                 speed="1.5", interfaces=[Iface(0, "usbhid")])
    nic = PciDev("0000:00:1f.6", "8086", "15d7", class_code="020000", driver="e1000e", net_below_wwan=False,
                 net=[Net("enp0s31f6", devtype=None, mac="54:e1:ad:00:00:01", operstate="up", carrier=True,
                          flags=0x1003)])
    hub_blob = descriptors(device_descriptor("05e3", "0610", 1, triplet="09/00/01", bcd_device=0x9226),
                           configuration(1, interface(0, "09/00/00", [endpoint(0x81, "interrupt", 1, 12)])))
    hub = UsbDev("1-2", "05e3", "0610", hub_blob, bcd_device="9226", product="USB2.0 Hub", devnum=4,
                 interfaces=[Iface(0, "hub")])
    return Testbed(usb=[kbd, hub], pci=[nic], virtual_net=[LOOPBACK])


CATALOG = {
    "dw5570_mbim": dw5570_mbim,
    "dw5570_rfkill_soft": dw5570_rfkill_soft,
    "dw5570_qmi": dw5570_qmi,
    "em7455_qmi_rawip": em7455_qmi_rawip,
    "ec25": ec25,
    "em7345_cdc_ncm": em7345_cdc_ncm,
    "e3372_storage": e3372_storage,
    "e3372_hilink": e3372_hilink,
    "unbound_modem": unbound_modem,
    "fm350_pcie": fm350_pcie,
    "t99w175_mhi": t99w175_mhi,
    "no_modem": no_modem,
}


def umockdev_text(name: str) -> str:
    return render(CATALOG[name]())


def write_all(directory: str) -> None:
    """Write every bed as ``<directory>/<name>.umockdev`` (``python tests/testbed_catalog.py``)."""
    import os
    for name in CATALOG:
        with open(os.path.join(directory, name + ".umockdev"), "w", encoding="utf-8") as fh:
            fh.write(umockdev_text(name))


if __name__ == "__main__":
    import os
    import sys
    write_all(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "testbeds"))
