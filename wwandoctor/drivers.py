"""Names of the kernel drivers of cellular modems: one table each, shared by the collectors
(collect/net.py, collect/pci.py), the ingest parsers (ingest/kernel_log.py), the log filter
(logs.py) and the model (model/common.py).

Names are as the kernel shows them: the sysfs driver link (``.../driver -> mhi-pci-generic``),
the dmesg prefix (``qmi_wwan 1-7:1.4: cdc-wdm0: USB WDM device``) or the module name.
Standard library only and nothing imported here: ``wwandoctor --version`` never loads it.
"""
from __future__ import annotations

import re
from typing import Optional, Tuple

from wwandoctor import regex_cache

# USB serial drivers of modem AT/DM/NMEA ports (ttyUSB*, ttyACM*).
USB_SERIAL_DRIVERS = frozenset(("option", "option1", "qcserial", "sierra", "cdc_acm", "usb_serial_simple",
                                "usbserial_generic", "qcaux", "ti_usb_3410_5052"))
# usb-serial drivers of modems by the description their "%s converter now attached to ttyUSB%d" line prints (linux
# drivers/usb/serial/bus.c:73-75 usb_serial_device_probe (johan/usb-serial tree 624fdd4), dev_info on the USB device:
# "usb 1-2: Qualcomm USB modem converter now attached to ttyUSB0"; option.c "GSM modem (1-port)", qcserial.c "Qualcomm
# USB modem", sierra.c "Sierra USB modem" and "Sierra USB modem (3 port)" of older kernels, generic.c "generic")
MODEM_SERIAL_DESCRIPTIONS = (("GSM modem", "option"), ("Qualcomm USB modem", "qcserial"), ("Sierra USB modem", "sierra"),
                             ("generic", "usbserial_generic"))


# ... of those, the one that names no modem: usbserial_generic serves any serial gadget bound to it by new_id (a GPS puck,
# a meter), so its line alone does not make the device a modem (a modem id, name or driver elsewhere must)
GENERIC_SERIAL_DRIVER = "usbserial_generic"


def modem_serial_driver(description: str) -> str:
    """The modem driver whose ports a converter line of ``description`` attaches, "" for another (an FTDI bridge)."""
    return next((drv for words, drv in MODEM_SERIAL_DESCRIPTIONS if description.startswith(words)), "")


# the kernel lines that create a serial port: usb-serial's attach line (bus.c above; the message without its stamp),
# and cdc-acm's "cdc_acm 1-1:1.0: ttyACM0: USB ACM device" (linux drivers/usb/class/cdc-acm.c acm_probe, dev_info
# "ttyACM%d: USB ACM device")
SERIAL_ATTACHED_RE = regex_cache.compile(r"^usb (\d+-\d+(?:\.\d+)*): (.+?) converter now attached to (tty\w+)")
ACM_PORT_CREATED_RE = regex_cache.compile(r"^cdc_acm \S+: ttyACM\d+: USB ACM device")


def serial_port_attached(text: str) -> Optional[Tuple[str, str, str]]:
    """(USB path, converter description, tty) of a usb-serial attach line, None for another line."""
    m = SERIAL_ATTACHED_RE.match(text)
    return (m.group(1), m.group(2), m.group(3)) if m else None


# USB-serial bridge chips' drivers (Silicon Labs CP210x, FTDI, Prolific): their tables name a few modems built on the
# bridge (cp210x.c "MobiData GPRS USB Modem", ftdi_sio.c "Falcom Twist USB GPRS modem"), but the chip's vendor sells it
# for any serial gadget: a device bound to one, or a bridge vendor's id, is no modem by itself.
USB_SERIAL_BRIDGE_DRIVERS = frozenset(("cp210x", "ftdi_sio", "pl2303"))
# In-tree USB network drivers of modems and the protocol of the data interface each binds.
USB_NET_PROTOCOLS = (("qmi_wwan", "qmi"), ("cdc_mbim", "mbim"), ("huawei_cdc_ncm", "ncm"), ("cdc_ncm", "ncm"),
                     ("cdc_ether", "ecm"), ("rndis_host", "rndis"))
USB_NET_DRIVERS = tuple(d for d, _ in USB_NET_PROTOCOLS)
# USB network drivers that also create a control port (cdc-wdm*), and the protocol it speaks.
CONTROL_DRIVERS = {"qmi_wwan": "qmi", "cdc_mbim": "mbim", "huawei_cdc_ncm": "at"}
# Drivers that bind an interface by its class triplet alone, whatever the VID:PID (their id tables
# use USB_INTERFACE_INFO): cdc_mbim.c, cdc_ncm.c, cdc_ether.c, rndis_host.c, cdc-acm.c.
CLASS_MATCHED_DRIVERS = {"02/0e/00": "cdc_mbim", "02/0d/00": "cdc_ncm", "02/06/00": "cdc_ether",
                         "e0/01/03": "rndis_host", "ef/04/01": "rndis_host", "02/02/01": "cdc_acm"}
# Sierra Wireless DirectIP network driver (in-tree).
SIERRA_NET = "sierra_net"
# Vendor (out-of-tree) USB network drivers: GobiNet (Sierra, Quectel), Quectel's qmi_wwan_q.
VENDOR_NET_DRIVERS = ("GobiNet", "qmi_wwan_q")
# The first Linux release that had the driver: a kernel older than that has no module to load.
# drivers/net/usb/qmi_wwan.c was merged for v3.4, drivers/net/usb/cdc_mbim.c for v3.8; the WWAN core
# with mhi_wwan_ctrl came in 5.13 (ModemManager NEWS, knowledge.md section 7); iosm was merged into
# net-next on 2021-06-13 (merge a212d9f33ed0 "Merge branch 'iosm-driver'") and released with 5.14;
# t7xx on 2022-05-09 (merge 6da3c47264b2 "Merge branch 'wwan-t7xx'"), released with 5.19. Names as
# the id tables spell them (pcie-modem-ids.csv says "t7xx", the module is mtk_t7xx). mhi_pci_generic
# is in the oldest checked kernel (5.10.262), so no bound is known for it.
FIRST_RELEASE = {"qmi_wwan": (3, 4), "cdc_mbim": (3, 8), "mhi_wwan_ctrl": (5, 13), "iosm": (5, 14),
                 "t7xx": (5, 19), "mtk_t7xx": (5, 19)}
# Every driver that binds an interface of a USB modem.
USB_MODEM_DRIVERS = USB_SERIAL_DRIVERS | frozenset(USB_NET_DRIVERS) | {SIERRA_NET} | frozenset(VENDOR_NET_DRIVERS)

# PCIe modem drivers as bound in sysfs (mhi_pci_generic registers its driver as "mhi-pci-generic").
PCI_MODEM_DRIVERS = ("mhi-pci-generic", "mhi_pci_generic", "mtk_t7xx", "iosm")
# Vendor (out-of-tree) PCIe modem driver: Intel XMM7360.
VENDOR_PCI_DRIVERS = ("xmm7360",)
# MHI client drivers of PCIe modems: control ports and the network interface.
MHI_CLIENT_DRIVERS = ("mhi_wwan_ctrl", "mhi_wwan_mbim", "mhi_net")
# Drivers of a PCIe modem's network interface.
PCI_NET_DRIVERS = ("mhi_net", "mhi_wwan_mbim", "mtk_t7xx", "iosm")

# In-tree drivers of a USB or PCIe modem's network interface (what network configuration files match).
IN_TREE_NET_DRIVERS = USB_NET_DRIVERS + PCI_NET_DRIVERS
# Drivers of a modem's network interface as sysfs shows them (ipheth: an iPhone's tethering).
MODEM_NET_DRIVERS = USB_NET_DRIVERS + (SIERRA_NET,) + PCI_NET_DRIVERS + ("ipheth",) + VENDOR_NET_DRIVERS
# Name prefixes of WWAN network interfaces (wwan0, wwp0s20u7c2i12, rmnet_data0, qmimux0, mhi_hwip0).
WWAN_NET_PREFIXES = ("ww", "rmnet", "qmimux", "mhi_")
# Helper modules a USB modem's drivers depend on.
USB_HELPER_MODULES = ("cdc_wdm", "usb_wwan", "usbserial", "usbnet")
