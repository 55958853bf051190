"""quectel-CM (Quectel QConnectManager) logs.

Lines carry a "[MM-DD_hh:mm:ss:ms]" stamp; forms from the knowledge base::

    [04-13_06:12:23:421] Quectel_QConnectManager_Linux_V1.6.0.24
    [04-13_06:12:23:423] Auto find qmichannel = /dev/cdc-wdm0
    [04-13_06:12:23:423] Auto find usbnet_adapter = wwan0
    [04-13_06:12:23:424] netcard driver = qmi_wwan, driver version = 22-Aug-2005
    [04-13_06:12:23:440] Modem works in QMI mode
    [04-13_06:12:23:520] requestSetupDataCall QMUXResult = 0x1, QMUXError = 0xe
    [04-13_06:12:33:666] udhcpc fail to get ip address, try next:
    [04-13_06:12:33:667] echo Y > /sys/class/net/wwan0/qmi/raw_ip

Every line is kept as a LogLine (origin "quectel-cm"; busybox udhcpc lines it
runs get origin "udhcpc"), quectel-cm is recorded as a tool in use, and the
adapter / driver it found fill the net interface.
"""
from __future__ import annotations

import re
from typing import List

from wwandoctor import regex_cache
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.kernel_log import is_driver_message
from wwandoctor.ingest.dhcp import note_version
from wwandoctor.ingest.merge import add_tool, command_tool, net_interface, tool_line, usb_device
from wwandoctor.sentences import is_written
from wwandoctor.snapshot import Snapshot

KIND = "quectel-cm"
COMMANDS = ("quectel-CM", "quectel_cm", "QConnectManager")
PRIORITY = 190

# the "[MM-DD_hh:mm:ss:ms]" stamp (with the year in front too); Quectel's QCOM terminal stamps its log lines alike
STAMP = r"\[(?:\d{4}-)?\d\d-\d\d_\d\d:\d\d:\d\d:\d+\]"
_STAMP = regex_cache.compile(r"^\s*" + STAMP + r"\s?")
# its banner: "Quectel_QConnectManager_Linux_V1.6.0.12", older "Quectel_Linux_ConnectManager_SR01A01V21" and
# "Quectel_ConnectManager_SR01A01V13" (quectel-CM main.c dbg_time); not any "Quectel_" (udev's serial of a Quectel
# modem, "usb-Quectel_EG25-G_0123456789ABCDEF-if02-port0" in /dev/serial/by-id, is no quectel-CM line)
_SPECIFIC = regex_cache.compile(
    r"QConnectManager|Quectel_\w*ConnectManager|quectel-CM|Auto find (?:qmichannel|usbnet_adapter)|netcard driver\s*=|"
    r"Modem works in \w+ mode|QMUXResult|QMUXError|requestSetupDataCall|requestRegistrationState|"
    r"requestQueryDataCall|requestGetSIMStatus|requestBaseBandVersion|udhcpc fail to get ip address|"
    r"/qmi/raw_ip|qmap_mode|qmap_version|ifconfig \w+ (?:up|down)|WdsConnectionIPv4Handle|"
    r"SIMStatus:|IMSI:|ICCID:|DataCap:|ConnectionStatus:|CurrentDataBearerTech|rmnet_data|"
    r"busybox udhcpc|find_qmichannel|find_usbnet_adapter|qmi_wwan_q|GobiNet|qmidevice_detect|"
    r"Find /sys/bus/usb/devices/\S+ idVendor=0x")
_UDHCPC = regex_cache.compile(r"^\s*udhcpc(?::| \(v)|^\s*(?:Sending|Lease of|No lease)", re.I)
_ADAPTER = regex_cache.compile(r"Auto find usbnet_adapter = ([\w.-]+)")
_DRIVER = regex_cache.compile(r"netcard driver = ([\w-]+)")
# the USB device it looked at: "Find /sys/bus/usb/devices/1-1.3 idVendor=0x2c7c idProduct=0x700, bus=0x001, dev=0x005"
# (device.c qmidevice_detect: dbg_time("Find %s/%s idVendor=0x%x idProduct=0x%x, bus=0x%03x, dev=0x%03x", ...); older
# versions print the path and ids only)
_FOUND_DEVICE = regex_cache.compile(r"\bFind /sys/bus/usb/devices/(\d+-[\d.]+) idVendor=0x([0-9a-fA-F]{1,4}) "
                                    r"idProduct=0x([0-9a-fA-F]{1,4})(?:, bus=0x([0-9a-fA-F]+), dev=0x([0-9a-fA-F]+))?")


def _specific(text: str) -> bool:
    """Does an unstamped line name quectel-CM's phrases? Kernel lines of its drivers ("GobiNet 1-1:1.4
    eth1: register 'GobiNet' ...", from ``dmesg -t``) are the kernel's, not quectel-CM's, and a person's
    sentence naming GobiNet or quectel-CM is the post's (model.prose reads it): "It comes up in its MBIM
    configuration, and quectel-CM wants a QMI device." """
    return (bool(_SPECIFIC.search(text)) and not is_driver_message(text) and not is_written(text)
            and not _BUILD_LINE.match(text))


# make building a driver: "make -C /lib/modules/5.4.0/build M=/root/GobiNet modules", "make[1]: Leaving directory
# '/home/pi/GobiNet'" names the driver's directory, it is no quectel-CM output
_BUILD_LINE = regex_cache.compile(r"^\s*make(?:\[\d+\])?(?::\s|\s+-C\s)")


# what any raw-IP how-to writes or types too: the sysfs file and the interface commands quectel-CM runs (and logs); an
# unstamped line naming only these is quectel-CM's only beside another of its lines ("I set Y in /qmi/raw_ip first,
# then:" / "echo Y > /sys/class/net/wwan0/qmi/raw_ip" is a person's step, not the tool's log)
_SHARED_PHRASES = regex_cache.compile(r"/qmi/raw_ip|ifconfig \w+ (?:up|down)")


def _own_phrase(text: str) -> bool:
    """An unstamped quectel-CM line with a phrase of its own, not only one a person's commands share."""
    return _specific(text) and bool(_SPECIFIC.search(_SHARED_PHRASES.sub(" ", text)))


def detect(block: Block) -> int:
    tool = (command_tool(block.command) or "").lower()
    if tool in ("quectel-cm", "quectel_cm", "qconnectmanager"):
        return 88
    lines = block.content(100)
    stamped = sum(1 for ln in lines if _STAMP.match(ln))
    if not stamped and not any(_own_phrase(ln) for ln in lines):
        return 0
    hits = sum(1 for ln in lines if _STAMP.match(ln) and _SPECIFIC.search(ln) or _specific(ln))
    if hits and stamped * 2 >= len(lines):
        return 90
    if hits * 3 >= len(lines) and hits:
        return 70
    return 30 if hits else 0


def parse(block: Block, snap: Snapshot) -> List[str]:
    source = "paste:" + (block.name or "-")
    adapter = None
    left: List[str] = []
    evidence = ("$ " + block.command) if block.command else None
    for line in block.lines:
        if not line.strip():
            continue
        stamped = _STAMP.match(line)
        text = line[stamped.end():] if stamped else line.strip()
        if not (stamped or _specific(text) or _UDHCPC.match(text)):
            left.append(line)
            continue
        origin = "udhcpc" if _UDHCPC.match(text) else "quectel-cm"
        if origin == "udhcpc":
            note_version(snap, text)
        tool_line(snap, origin, text, source)
        evidence = evidence or text.strip()
        version = re.search(r"Quectel_QConnectManager_Linux_V(\d[\w.]*)", text)
        if version:
            snap.versions.setdefault("quectel-cm", version.group(1))
        _found_device(snap, text)
        m = _ADAPTER.search(text)
        if m:
            adapter = m.group(1)
            net_interface(snap, adapter)
        m = _DRIVER.search(text)
        if m and adapter:
            net = net_interface(snap, adapter)
            net.driver = net.driver or m.group(1)
    if evidence:
        add_tool(snap, "quectel-cm", evidence)
        snap.set_source("paste:quectel-cm", "ok")
    return left


def _found_device(snap: Snapshot, text: str) -> None:
    """The USB device a "Find /sys/bus/usb/devices/..." line names, with its ids (printed unpadded: 0x700) and, when
    given, its bus and device numbers (printed as hex)."""
    m = _FOUND_DEVICE.search(text)
    if m:
        path, vid, pid, bus, dev = m.groups()
        usb_device(snap, path=path, vid=vid.zfill(4), pid=pid.zfill(4),
                   busnum=int(bus, 16) if bus else None, devnum=int(dev, 16) if dev else None)
