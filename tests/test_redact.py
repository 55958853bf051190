"""Unit tests of wwandoctor.redact: each identifier kind, its look-alikes, alias stability.

Samples are real tool output formats (lsusb -v, udevadm info, dmesg, mmcli, qmicli,
ip, dhclient, journal) with planted values; the real case pastes are in
tests/samples/privacy/cases (copied from ../shared/cases).
"""
from __future__ import annotations

import copy
import json
import os
import re

import pytest

from wwandoctor import saved_snapshot
from wwandoctor import snapshot as snapmod
from wwandoctor.redact import ALIAS_RE, Redactor, luhn_ok
from wwandoctor.snapshot import (ConfigFile, LogLine, ModemManagerView, NetInterface, PciDevice, Route,
                                 Snapshot, UsbDevice)

HERE = os.path.dirname(__file__)
CASES = os.path.join(HERE, "samples", "privacy", "cases")

IMEI = "356938035643809"  # valid Luhn check digit
IMEI2 = "867235031234564"
IMSI = "310410123456789"
IMSI_EU = "262011234567890"
ICCID = "89014103211118510720"
EID = "89049032000001000000012345678901"
SERIAL = "LF61234567890123"


def red(text: str) -> str:
    return Redactor().redact_text(text)


# --- IMEI / IMEISV / MEID / ESN ------------------------------------------------

def test_luhn():
    assert luhn_ok(IMEI) and luhn_ok(IMEI2)
    assert not luhn_ok("356938035643808")


@pytest.mark.parametrize("text", [
    "           |                   imei: %s" % IMEI,  # mmcli
    "\tIMEI: '%s'" % IMEI,  # qmicli --dms-get-ids
    '"imei":"%s"' % IMEI,  # mmcli -J
    "AT+CGSN\r\n%s\r\nOK" % IMEI,  # bare, valid check digit
    "           |           equipment id: %s" % IMEI,  # mmcli, equipment id
])
def test_imei_keeps_the_tac(text):
    out = red(text)
    assert IMEI not in out
    assert re.search(r"\b35693803-IMEI-1\b", out), out


def test_labelled_imei_without_check_digit_is_still_redacted():
    out = red("3GPP     |                   imei: 359000000000000")
    assert "359000000000000" not in out and "35900000-IMEI-1" in out


def test_imeisv_and_svn():
    out = red("IMEISV: 3569380356438001\n\tIMEI SV: '11'")
    assert "3569380356438001" not in out and "35693803-IMEISV-1" in out
    assert "IMEI SV: '11'" in out  # the 2-digit software version number is not an identifier


def test_meid_esn_labelled():
    out = red("\t ESN: '8010AB12'\n\tMEID: 'A10000009296F2'\n")
    assert "8010AB12" not in out and "A10000009296F2" not in out
    assert "ESN-1" in out and "MEID-1" in out
    assert red("\t ESN: '0'\n\tMEID: 'unknown'") == "\t ESN: '0'\n\tMEID: 'unknown'"


# --- IMSI / ICCID / EID / phone ------------------------------------------------

def test_imsi_keeps_mcc_mnc():
    assert red("imsi: %s" % IMSI) == "imsi: 310410-IMSI-1"  # 3-digit MNC (North America)
    assert red("IMSI: '%s'" % IMSI_EU) == "IMSI: '26201-IMSI-1'"  # 2-digit MNC


def test_bare_fifteen_digits_without_check_digit_is_an_imsi():
    assert red("AT+CIMI\n%s\nOK" % IMSI_EU) == "AT+CIMI\n26201-IMSI-1\nOK"


def test_iccid_keeps_issuer():
    assert red("iccid: %s" % ICCID) == "iccid: 8901410-ICCID-1"
    assert red("+CCID: 8944110068045512345F") == "+CCID: 8944110-ICCID-1"
    assert red("ICCID: '%s'" % ICCID) == "ICCID: '8901410-ICCID-1'"


def test_eid():
    assert red('"eid": "%s"' % EID) == '"eid": "EID-1"'
    assert red("eSIM EID %s" % EID) == "eSIM EID EID-1"


@pytest.mark.parametrize("text,number", [
    ("  Numbers  |                    own: +4915112345678", "+4915112345678"),
    ('"own-numbers":["15551234567"]', "15551234567"),
    ("[/dev/cdc-wdm0] Device MSISDN retrieved:\n\tMSISDN: '+15551234567'", "+15551234567"),
    ('+CNUM: "","+447700900123",145', "+447700900123"),
    ('+CNUM: "Line 1","07700900123",129', "07700900123"),
    ("call me on +44 7700 900123 please", "+44 7700 900123"),
])
def test_phone_numbers(text, number):
    out = red(text)
    assert number not in out and "PHONE-1" in out, out


# --- serial numbers ------------------------------------------------------------

def test_kernel_serial_line_but_not_the_string_index():
    text = ("[   44.121237] usb 1-1.4: New USB device strings: Mfr=1, Product=2, SerialNumber=3\n"
            "[   44.121512] usb 1-1.4: SerialNumber: 0123456789ABCDEF\n")
    out = red(text)
    assert "SerialNumber=3" in out
    assert "SerialNumber: SERIAL-1" in out and "0123456789ABCDEF" not in out


def test_lsusb_iserial():
    with open(os.path.join(HERE, "samples", "privacy", "lsusb-v-iserial.txt"), encoding="utf-8") as fh:
        text = fh.read()
    out = red(text)
    assert SERIAL not in out
    assert re.search(r"iSerial +3 SERIAL-1\n", out)
    assert "iSerial                 0 \n" in out  # no serial string: untouched
    for kept in ("bcdDevice            0.06", "idVendor           0x1199", "ID 1199:9079"):
        assert kept in out


def test_udev_serials_and_by_id_links():
    with open(os.path.join(HERE, "samples", "privacy", "udevadm-info-serial.txt"), encoding="utf-8") as fh:
        text = fh.read()
    out = red(text)
    assert "0123456789ABCDEF" not in out
    assert "ID_SERIAL_SHORT=SERIAL-1" in out
    assert "ID_SERIAL=Sierra_Wireless__Incorporated_Dell_Wireless_5570_HSPA+_42Mbps_Mobile_Broadband_Card_SERIAL-1" in out
    assert "/dev/serial/by-id/usb-Sierra_Wireless__Incorporated_Dell_Wireless_5570_HSPA+_42Mbps_Mobile_Broadband_Card_SERIAL-1-if00-port0" in out
    assert "pci-0000:00:14.0-usb-0:7:1.0-port0" in out


def test_id_serial_without_short_serial_part():
    out = red("E: ID_SERIAL=Quectel_EG25-G_a1b2c3d4\n")
    assert out == "E: ID_SERIAL=Quectel_EG25-G_SERIAL-1\n"
    plain = "E: ID_SERIAL=HUAWEI_MOBILE_HUAWEI_MOBILE\n"
    assert red(plain) == plain


def test_root_hub_serial_is_a_controller_name():
    for text in ("A: serial=0000:00:14.0\\n", "serial: 3f980000.usb", "serial=ci_hdrc.1"):
        assert red(text) == text


# --- MAC / IP ------------------------------------------------------------------

def test_mac_keeps_vendor_half():
    out = red("cdc_mbim 1-7:2.12 wwan0: register 'cdc_mbim' at usb-0000:00:14.0-7, CDC MBIM, d2:cc:f3:56:10:30")
    assert out.endswith("CDC MBIM, d2:cc:f3-MAC-1")
    assert "1-7:2.12" in out and "usb-0000:00:14.0-7" in out


def test_mac_not_personal_kept():
    for text in ("link/ether ff:ff:ff:ff:ff:ff brd ff:ff:ff:ff:ff:ff", "link/ether 00:00:00:00:00:00",
                 "33:33:00:00:00:01", "01:00:5e:00:00:fb",
                 "data = 03:00:00:80:38:00:00:00:13:00:00:00:01:00:00:00"):
        assert red(text) == text


def test_mac_case_insensitive_same_alias():
    out = red("06:9c:1b:8b:4c:4a and 06:9C:1B:8B:4C:4A")
    assert out == "06:9c:1b-MAC-1 and 06:9c:1b-MAC-1"


def test_ip_addr_public_redacted_private_kept():
    with open(os.path.join(HERE, "samples", "privacy", "ip-addr-public.txt"), encoding="utf-8") as fh:
        text = fh.read()
    out = red(text)
    for secret in ("81.2.69.142", "81.2.69.143", "2a02:8108:1440:3e00:1c2d:9f1:8e3:5a1b"):
        assert secret not in out
    assert "inet public-ipv4-1/30 brd public-ipv4-2" in out
    assert "inet6 public-ipv6-1/64" in out
    for kept in ("fe80::1c2d:9f1:8e3:5a1b/64", "10.64.23.5/30", "127.0.0.1/8", "::1/128",
                 "inet 100.72.1.9/10", "inet 192.168.8.100/24", "inet 169.254.3.1/16",
                 "link/ether 06:9c:1b-MAC-1"):
        assert kept in out


@pytest.mark.parametrize("addr", ["10.182.35.145", "172.20.1.1", "192.168.8.1", "100.64.0.1", "127.0.0.53",
                                  "169.254.1.1", "224.0.0.251", "255.255.255.255", "255.255.255.252", "0.0.0.0",
                                  "8.8.8.8", "fe80::1", "::1", "fd00::1", "ff02::1", "::"])
def test_kept_addresses(addr):
    text = "address %s here" % addr
    assert red(text) == text


def test_a_pci_class_filter_is_no_address():
    # lspci's class filter, as pasted (github sbwml/r4s_build_script#9): not an IPv6 address to hide
    assert red("lspci -nn -d ::ff00 -v") == "lspci -nn -d ::ff00 -v"
    assert "2001:db8" not in red("route 2001:db8::5 dev wwan0")


def test_public_ipv6_and_route():
    out = red("default via 2001:4860:1:2::1 dev wwan0\ndefault via 81.2.69.1 dev wwan0 src 81.2.69.142")
    assert out == "default via public-ipv6-1 dev wwan0\ndefault via public-ipv4-1 dev wwan0 src public-ipv4-2"


def test_dhclient_sample_private_kept_mac_redacted():
    with open(os.path.join(CASES, "simcom-dhclient-private-ip-nff", "dhclient-1.txt"), encoding="utf-8") as fh:
        text = fh.read()
    out = red(text)
    assert "06:9c:1b:8b:4c:4a" not in out and "LPF/wwan0/06:9c:1b-MAC-1" in out
    assert "DHCPACK of 10.122.253.158 from 10.122.253.157" in out
    assert "to 255.255.255.255 port 67 (xid=0x6df9ef7a)" in out
    assert "cjmv" not in out and "JetsonNano" not in out


# --- hosts, users, secrets -----------------------------------------------------

def test_syslog_hostname_and_no_host_forms():
    out = red("Oct 27 10:58:44 myhost kernel: usbcore: registered new interface driver cdc_mbim\n"
              "Oct 27 10:58:44  kernel: cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device\n"
              "Feb 02 10:34:17 ModemManager[2761]: <msg> [modem0] state changed\n"
              "2013-10-09T10:49:49.930237+02:00 linux-3m4i ModemManager[566]: [/dev/cdc-wdm0] x\n")
    assert "myhost" not in out and "linux-3m4i" not in out
    assert "Oct 27 10:58:44 HOST-1 kernel:" in out
    assert "2013-10-09T10:49:49.930237+02:00 HOST-2 ModemManager[566]:" in out
    assert "Oct 27 10:58:44  kernel: cdc_mbim" in out
    assert "Feb 02 10:34:17 ModemManager[2761]: <msg>" in out


def test_prompts_home_and_sudo():
    text = ("zabo5515@zabo5515-E7240:/sierra$ sudo qmi-firmware-update -t /dev/ttyUSB0\n"
            "[sudo] password for zabo5515:\n"
            "[jane@laptop ~]$ ls /home/jane/Downloads\n"
            "root@OpenWrt:~# logread\n")
    out = red(text)
    for name in ("zabo5515", "E7240", "jane", "laptop"):
        assert name not in out
    assert out.startswith("USER-1@HOST-1:/sierra$ sudo qmi-firmware-update")
    assert "[sudo] password for USER-1:" in out
    assert "[USER-2@HOST-2 ~]$ ls /home/USER-2/Downloads" in out
    assert "root@OpenWrt:~# logread" in out  # generic names are not personal


def test_plain_word_host_not_replaced_everywhere():
    out = red("jo@modem:~$ mmcli -m 0\nerror: modem not found\n")
    assert out == "USER-1@HOST-1:~$ mmcli -m 0\nerror: modem not found\n"


def test_uname_hostname():
    out = red("Linux zoro 3.15-rc8-amd64 #1 SMP Debian 3.15~rc8-1~exp1 (2014-06-03) x86_64 GNU/Linux")
    assert out == "Linux HOST-1 3.15-rc8-amd64 #1 SMP Debian 3.15~rc8-1~exp1 (2014-06-03) x86_64 GNU/Linux"


def test_qmi_network_conf_and_command_lines():
    out = red("APN=internet\nAPN_USER=jdoe\nAPN_PASS=s3cr3t!\nPROXY=yes\n")
    assert out == "APN=internet\nAPN_USER=USER-1\nAPN_PASS=PASSWORD-1\nPROXY=yes\n"
    out = red("qmicli -d /dev/cdc-wdm0 --wds-start-network=\"apn=web,username=jdoe,password=hunter2,ip-type=4\"")
    assert "jdoe" not in out and "hunter2" not in out and "apn=web" in out and "ip-type=4" in out
    out = red("mmcli -m 0 --simple-connect='apn=internet,user=jdoe,password=hunter2'")
    assert out == "mmcli -m 0 --simple-connect='apn=internet,user=USER-1,password=PASSWORD-1'"


def test_pin_puk():
    out = red("mmcli -i 0 --pin=1234\nmmcli -i 0 --puk=12345678 --pin=4321\nAT+CPIN=\"12345678\",\"0000\"")
    for secret in ("1234\n", "12345678", "4321"):
        assert secret not in out
    assert "--pin=PIN-1" in out
    # PIN states and retry counters are not secrets
    kept = "lock: sim-pin2\nunlock retries: sim-pin (3), sim-puk (10)\nPIN1 state: 'enabled-verified'"
    assert red(kept) == kept


def test_cell_lac_tac_location():
    text = ("  3GPP     |      operator code: 310\n"
            "           | location area code: 2B8C\n"
            "           | tracking area code: 6D01\n"
            "           |            cell id: 0C8F1A02\n"
            "  GPS      |          longitude: -122.419416\n"
            "           |           latitude: 37.774929\n"
            "\tLocation Area Code: '11276'\n\tCell ID: '214523915'\n"
            "+CEREG: 2,1,\"1A2B\",\"01A2B3C4\",7\n"
            "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\n")
    out = red(text)
    for secret in ("2B8C", "6D01", "0C8F1A02", "122.419416", "37.774929", "11276", "214523915",
                   "1A2B", "01A2B3C4", "4807.038"):
        assert secret not in out, secret
    assert "operator code: 310" in out
    assert "cell id: CELL-1" in out and "location area code: LAC-1" in out


def test_ssid_and_email():
    out = red("802-11-wireless.ssid:                   HomeNet-5G\nwpa: ssid=\"HomeNet-5G\"\nReported-by: jane.doe@example.org")
    assert "HomeNet" not in out and "jane.doe" not in out
    assert "SSID-1" in out and "EMAIL-1" in out
    kept = "systemd[1]: Started user@1000.service"
    assert red(kept) == kept


# Look-alikes that must survive: KEEP in test_redact_patterns.py.

# --- the real case pastes ------------------------------------------------------

def _case_files():
    out = []
    for case in sorted(os.listdir(CASES)):
        for name in sorted(os.listdir(os.path.join(CASES, case))):
            out.append(os.path.join(case, name))
    return out


# Non-identifiers a helper needs, by shape: they must all survive redaction.
KEEP_SHAPES = [
    r"\[\s*\d+\.\d+\]",  # dmesg timestamps
    r"\[\d{10}\.\d+\]",  # ModemManager timestamps
    r"\b\d+-[\d.]+(?::\d+\.\d+)?\b",  # USB paths
    r"\b[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.\d\b",  # PCI addresses
    r"\b[0-9a-f]{4}:[0-9a-f]{4}\b",  # VID:PID
    r"0x[0-9a-fA-F]+",
    r"SWI9X30C_[\d.]+",
    r"/org/freedesktop/ModemManager1/\w+/\d+",
    r"\b(?:10|127)\.\d+\.\d+\.\d+\b",
    r"\b\d+\.\d+(?:\.\d+)?(?:-[\w.-]+)?\b",  # versions
]


PASTES = os.path.join(HERE, "samples", "paste")


def _paste_samples():
    """Every real paste sample of the parsers' tests (tests/samples/paste), and the cases."""
    names = [os.path.join(CASES, n) for n in _case_files()]
    if os.path.isdir(PASTES):
        names += [os.path.join(PASTES, n) for n in sorted(os.listdir(PASTES))]
    return names


@pytest.mark.parametrize("path", _paste_samples(), ids=os.path.basename)
def test_real_pastes_survive_except_identifiers(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    name = os.path.basename(path)
    out = red(text)
    for shape in KEEP_SHAPES:
        for m in re.finditer(shape, text):
            assert m.group(0) in out, "%s lost %r" % (name, m.group(0))
    # every changed line holds an alias, and nothing else moved
    before, after = text.splitlines(), out.splitlines()
    assert len(before) == len(after)
    for a, b in zip(before, after):
        if a != b:
            assert re.search(r"(?:[A-Z]+|public-ipv[46])-\d+", b), b
            wa, wb = a.split(), b.split()
            assert len(wa) == len(wb)


# Identifiers a person labelled in the real pastes.
CASE_IDENTIFIERS = {
    "comma3x-not-registered-after-sim-activation": ["tici", "comma@"],
    "e3372-usbmodeswitch-2-4-0-arch-packaging": ["0123456789ABCDEF"],
    "em7345-cdc-ncm-wins-prefer-mbim": ["zoro"],
    "em7455-uim-uninitialized-simswap": ["rogan", "nemesis"],
    "mbim-radio-sw-off-rfkill-2013": ["linux-3m4i"],
    "mc7455-qdloader-debug-mode": ["zabo5515", "E7240"],
    "mc8805-cdc-mbim-qmicli": ["56:10:30"],
    "rpi-ec21-option-ids": ["0e:df:26"],
    "simcom-dhclient-private-ip-nff": ["cjmv", "JetsonNano", "8b:4c:4a"],
}


@pytest.mark.parametrize("case", sorted(CASE_IDENTIFIERS))
def test_case_identifiers_gone(case):
    directory = os.path.join(CASES, case)
    r = Redactor()
    for name in sorted(os.listdir(directory)):
        with open(os.path.join(directory, name), encoding="utf-8") as fh:
            out = r.redact_text(fh.read())
        for ident in CASE_IDENTIFIERS[case]:
            assert ident not in out, (name, ident)


# --- alias stability -----------------------------------------------------------

def test_same_value_same_alias_across_calls_and_kinds():
    r = Redactor()
    a = r.redact_text("imei: %s" % IMEI)
    b = r.redact_text("equipment id: %s" % IMEI)
    c = r.redact_text("AT+CGSN -> %s" % IMEI)
    d = r.redact_text("imei: %s" % IMEI2)
    assert a == "imei: 35693803-IMEI-1"
    assert b == "equipment id: 35693803-IMEI-1"
    assert c == "AT+CGSN -> 35693803-IMEI-1"
    assert d == "imei: 86723503-IMEI-2"


def test_learned_value_replaced_everywhere_in_report():
    report = {"findings": [{"evidence": [{"source": "log", "text": "serial 0123456789ABCDEF seen"}]}],
              "modems": [{"serial": "0123456789ABCDEF"}]}
    out = Redactor().redact_report(report)
    assert out["modems"][0]["serial"] == "SERIAL-1"
    assert out["findings"][0]["evidence"][0]["text"] == "serial SERIAL-1 seen"
    assert out["redacted"] is True
    assert report["modems"][0]["serial"] == "0123456789ABCDEF"  # input untouched
    assert "redacted" not in report


def test_redaction_is_idempotent():
    text = ("imei: %s\niccid: %s\nimsi: %s\nd2:cc:f3:56:10:30 81.2.69.142\njane@box1:~$ id\n"
            "APN_PASS=x\nSerialNumber: %s\n") % (IMEI, ICCID, IMSI, SERIAL)
    once = red(text)
    assert red(once) == once
    assert all(ALIAS_RE.match(a) for a in re.findall(r"(?:[0-9a-f:]+-)?[A-Z]+-\d+|public-ipv4-\d+", once))


# --- snapshots -----------------------------------------------------------------

def _snapshot() -> Snapshot:
    snap = Snapshot(origin="live")
    snap.kernel.version_line = "Linux myhost-7 6.1.0-13-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.55-1 x86_64"
    snap.usb_devices.append(UsbDevice(
        path="1-7", vid="413c", pid="81a3", serial="0123456789ABCDEF", product="DW5570",
        udev={"ID_SERIAL": "Sierra_Wireless__Incorporated_Dell_Wireless_5570_0123456789ABCDEF",
              "ID_SERIAL_SHORT": "0123456789ABCDEF", "ID_MODEL_ID": "81a3"}))
    snap.usb_devices.append(UsbDevice(path="usb1", vid="1d6b", pid="0002", serial="0000:00:14.0"))
    snap.pci_devices.append(PciDevice(address="0000:04:00.0", vendor="8086", device="7360"))
    snap.net_interfaces.append(NetInterface(name="wwp0s20u7c2i12", mac="d2:cc:f3:56:10:30",
                                            addresses=["81.2.69.142/30", "10.64.23.5/30", "fe80::1/64"]))
    snap.net_interfaces.append(NetInterface(name="usb0", mac="ff:ff:ff:ff:ff:ff"))
    snap.net_interfaces.append(NetInterface(name="wwan1", mac="00:00:00:00:00:00"))
    snap.routes = [Route(destination="default", dev="wwp0s20u7c2i12", gateway="81.2.69.141", src="81.2.69.142")]
    snap.log.append(LogLine(text="usb 1-7: SerialNumber: 0123456789ABCDEF", time=3.5))
    snap.modemmanager = ModemManagerView(
        modem_list=["/org/freedesktop/ModemManager1/Modem/0"],
        modems=[{"3gpp": {"imei": IMEI, "operator-code": "26201"},
                 "generic": {"equipment-identifier": IMEI, "own-numbers": ["+4915112345678"],
                             "revision": "SWI9X30C_02.30.01.01 r8250", "state": "connected"},
                 "location": {"3gpp": {"cid": "0C8F1A02", "lac": "2B8C", "tac": "6D01", "mcc": "262"},
                              "gps": {"latitude": "48.137154", "longitude": "11.576124"}}}],
        sims=[{"properties": {"imsi": IMSI_EU, "iccid": ICCID, "eid": "--", "operator-code": "26201"}}],
        bearers=[{"properties": {"apn": "internet", "user": "jdoe", "password": "hunter2"},
                  "ipv4-config": {"address": "81.2.69.142", "method": "static"}}])
    snap.configs.append(ConfigFile(path="/etc/qmi-network.conf", kind="qmi-network",
                                   settings={"APN": "internet", "APN_USER": "jdoe", "APN_PASS": "hunter2",
                                             "PIN": "1234"}))
    snap.unrecognized.append("jane@myhost-7:~$ cat /etc/hostname\nmyhost-7")
    return snap


def test_redact_snapshot_key_aware_and_input_untouched():
    snap = _snapshot()
    before = copy.deepcopy(snap.to_dict())
    out = Redactor().redact_snapshot(snap)
    assert snap.to_dict() == before and snap.redacted is False
    assert out.redacted is True
    text = out.to_json()
    for secret in ("0123456789ABCDEF", IMEI, IMSI_EU, ICCID, "4915112345678", "0C8F1A02", "2B8C", "6D01",
                   "48.137154", "11.576124", "jdoe", "hunter2", "81.2.69.14", "56:10:30", "myhost", "jane"):
        assert secret not in text, secret
    assert out.usb_devices[0].serial == "SERIAL-1"
    assert out.usb_devices[0].udev["ID_SERIAL_SHORT"] == "SERIAL-1"
    assert out.usb_devices[0].udev["ID_SERIAL"].endswith("_5570_SERIAL-1")
    assert out.usb_devices[1].serial == "0000:00:14.0"  # a root hub's serial is its controller
    assert out.net_interfaces[0].mac == "d2:cc:f3-MAC-1"
    assert out.net_interfaces[1].mac == "ff:ff:ff:ff:ff:ff"  # cdc_ncm's all-ff MAC is a diagnosis clue
    assert out.net_interfaces[2].mac == "00:00:00:00:00:00"
    assert out.net_interfaces[0].addresses == ["public-ipv4-1/30", "10.64.23.5/30", "fe80::1/64"]
    assert out.routes[0].src == "public-ipv4-1"
    mm = out.modemmanager.modems[0]
    assert mm["3gpp"]["imei"] == mm["generic"]["equipment-identifier"] == "35693803-IMEI-1"
    assert mm["generic"]["revision"] == "SWI9X30C_02.30.01.01 r8250"
    assert mm["location"]["3gpp"]["mcc"] == "262"
    assert out.modemmanager.sims[0]["properties"]["imsi"] == "26201-IMSI-1"
    assert out.modemmanager.sims[0]["properties"]["eid"] == "--"
    assert out.configs[0].settings == {"APN": "internet", "APN_USER": "USER-1", "APN_PASS": "PASSWORD-1",
                                       "PIN": "PIN-1"}
    assert out.modemmanager.bearers[0]["properties"]["user"] == "USER-1"
    assert out.pci_devices[0].address == "0000:04:00.0"
    assert out.log[0].time == 3.5


def test_redacted_snapshot_survives_save_and_load(tmp_path):
    out = Redactor().redact_snapshot(_snapshot())
    path = str(tmp_path / "snap.json")
    saved_snapshot.save(out, path)
    assert os.stat(path).st_mode & 0o777 == 0o600
    loaded = saved_snapshot.load(path)
    assert loaded.redacted is True
    assert loaded.to_dict() == out.to_dict()
    # redacting again changes nothing
    again = Redactor().redact_snapshot(loaded)
    assert json.loads(again.to_json()) == json.loads(out.to_json())


def test_labels_with_values_that_are_not_identifiers():
    for text in ("IMEI: not available", "serial: ttyUSB0", "serial port: /dev/ttyUSB2", "imsi: unknown",
                 "iccid: --", "Cell ID: 'unknown'", "latitude: --", "equipment id: cdc-wdm0"):
        assert red(text) == text, text


def test_ssid_with_spaces_and_session_users():
    out = red("SSID: My Home Net\nwlan0: ssid='Cafe Wifi 2'\n"
              "pam_unix(sudo:session): session opened for user root(uid=0) by jane(uid=1000)\n"
              "systemd-logind[712]: New session 3 of user jane.\n")
    assert "My Home" not in out and "Home Net" not in out and "Cafe" not in out
    assert "SSID: SSID-1\n" in out and "ssid='SSID-2'" in out
    assert "jane" not in out and "for user root(uid=0) by USER-1(uid=1000)" in out


def test_phone_not_glued_to_next_number():
    out = red("own: +4915112345678 12 retries")
    assert out == "own: PHONE-1 12 retries"


def test_truncated_json_values_under_labels():
    out = red('{"sim":{"properties":{"eid":"89049032000001000000012345678901","iccid":"894902000012345')
    assert "894902000012345" not in out and "89049032000001" not in out
    assert out.endswith('"iccid":"8949020-ICCID-1')


def test_mmcli_keyvalue_format():
    text = ("modem.generic.device-identifier                 : 47bd3d5d6b87f1c6e9f3d2cc5a7a8a5e8a01ccf1\n"
            "modem.generic.equipment-identifier              : 356938035643809\n"
            "modem.generic.own-numbers.length                : 1\n"
            "modem.generic.own-numbers.value[1]              : 4915112345678\n"
            "modem.3gpp.imei                                 : 356938035643809\n"
            "modem.location.3gpp.cid                         : 0C8F1A02\n"
            "modem.location.3gpp.mcc                         : 262\n"
            "sim.properties.imsi                             : 262017654321098\n"
            "bearer.properties.password                      : Cnry-Pa55w0rd\n")
    out = red(text)
    for secret in ("356938035643809", "4915112345678", "0C8F1A02", "262017654321098", "Cnry-Pa55w0rd"):
        assert secret not in out
    assert "47bd3d5d6b87f1c6e9f3d2cc5a7a8a5e8a01ccf1" in out  # ModemManager's hash, not personal
    assert "own-numbers.length                : 1" in out and "3gpp.mcc                         : 262" in out


def test_hostname_outputs_machine_id_and_kernel_build_address():
    text = ("jane@box7:~$ cat /etc/hostname\nbox7\n$ hostname\nworkstation\n"
            " Static hostname: workstation\n      Machine ID: 4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e\n"
            "Linux version 6.1.0-13-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0)\n")
    out = red(text)
    for secret in ("box7", "workstation", "4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", "jane"):
        assert secret not in out, secret
    assert "(debian-kernel@lists.debian.org)" in out


def test_unset_values_and_generic_host():
    text = "    APN user: unset\n    APN password: unset\nroot@host:~# qmicli -d /dev/cdc-wdm0 --wda-get-data-format\n"
    assert red(text) == text


def _hex(data: bytes) -> str:
    return ":".join("%02X" % b for b in data)


def test_identifiers_inside_raw_qmi_and_mbim_dumps():
    imei_qmi = _hex(b"\x01\x1f\x00\x80\x02\x01\x02\x10\x00\x11\x0f\x00" + IMEI.encode("ascii"))
    iccid_mbim = _hex(b"\x03\x00\x00\x80\x38\x00\x00\x00" + ICCID.encode("utf-16-le") + b"\x00\x00")
    text = ("ModemManager[566]: [/dev/cdc-wdm0] received generic response (translated)...\n"
            "<<<<<< RAW:\n<<<<<<   length = %d\n<<<<<<   data   = %s\n"
            "ModemManager[566]: [/dev/cdc-wdm0] Received message...#012>>>>>> data = %s\n") % (
                len(imei_qmi), imei_qmi, iccid_mbim)
    out = red(text)
    assert _hex(IMEI.encode("ascii")) not in out
    assert _hex(ICCID.encode("utf-16-le")[:14]) not in out
    assert "data   = 01:1F:00:80:02:01:02:10:00:11:0F:00:xx:xx" in out
    assert "data = 03:00:00:80:38:00:00:00:xx:xx" in out


def test_raw_dump_without_digits_untouched():
    text = ("data = 03:00:00:80:38:00:00:00:13:00:00:00:01:00:00:00:00:00:00:00:A2:89:CC:33:BC:BB:8B:4F:"
            "B6:B0:13:3E:C2:AA:E6:DF:03:00:00:00:00:00:00:00:08:00:00:00:01:00:00:00:00:00:00:00")
    assert red(text) == text


# (test id, text, what must not survive, what must stay)
REDACTED_IN_CONTEXT = [
    ("mbimcli-ids",
     "[/dev/cdc-wdm0] Device capabilities retrieved:\n"
     "\t      Device type: 'remote'\n"
     "\t        Device ID: '356938035643809'\n"
     "\t    Firmware info: 'SWI9X30C_02.08.02.00'\n"
     "\t    Hardware info: 'EM7455'\n"
     "[/dev/cdc-wdm0] Subscriber ready status retrieved:\n"
     "\t      Ready state: 'initialized'\n"
     "\t    Subscriber ID: '262017654321098'\n"
     "\t        SIM ICCID: '89490200001234567893'\n"
     "\t       Ready info: 'none'\n"
     "\tTelephone numbers: (1) '4915112345678'\n",
     ["356938035643809", "262017654321098", "89490200001234567893", "4915112345678"],
     ["Device ID: '35693803-IMEI-1'", "Subscriber ID: '26201-IMSI-1'", "Firmware info: 'SWI9X30C_02.08.02.00'",
      "Hardware info: 'EM7455'"]),
    ("qmicli-serving-system-and-cell-location",
     "[/dev/cdc-wdm0] Successfully got serving system:\n"
     "\tRegistration state: 'registered'\n"
     "\tCurrent PLMN:\n\t\tMCC: '262'\n\t\tMNC: '1'\n\t\tDescription: 'Telekom.de'\n"
     "\tRoaming status: 'off'\n"
     "\tLocation Area Code: '11276'\n"
     "\tCell ID: '214523915'\n"
     "\t3GPP location area code: '65534'\n"
     "\t3GPP cell ID: '27951874'\n"
     "\tLTE tracking area code: '30502'\n",
     ["11276", "214523915", "65534", "27951874", "30502"],
     ["MCC: '262'", "MNC: '1'", "Description: 'Telekom.de'"]),
    ("by-id-links-alone",
     "minicom -D /dev/serial/by-id/usb-Quectel_EC25_a1b2c3d4-if02-port0\n"
     "lrwxrwxrwx 1 root root 9 /dev/disk/by-id/usb-HUAWEI_MOBILE_HUAWEI_MOBILE_0123456789AB-0:0 -> ../../sdb\n",
     ["a1b2c3d4", "0123456789AB"],
     ["/dev/serial/by-id/usb-Quectel_EC25_SERIAL-1-if02-port0", "usb-HUAWEI_MOBILE_HUAWEI_MOBILE_SERIAL-2-0:0"]),
    ("hostname-messages-and-windows-paths",
     "NetworkManager[712]: <info>  [1696049171.9850] policy: set-hostname: set hostname to 'kitchen-pc' (from system configuration)\n"
     "systemd[1]: Hostname set to <kitchen-pc>.\n"
     "C:\\Users\\jdoe\\Downloads\\wwandoctor-report.md\n",
     ["kitchen-pc", "jdoe"],
     ["set hostname to 'HOST-1'", "Hostname set to <HOST-1>"]),
    ("qmicli-pin-operations",
     "qmicli -d /dev/cdc-wdm0 --uim-verify-pin=PIN1,4739\n"
     "qmicli -d /dev/cdc-wdm0 --dms-uim-unblock-pin=PIN1,87654321,4739\n",
     ["4739", "87654321"],
     ["--uim-verify-pin=PIN1,PIN-1"]),
]


@pytest.mark.parametrize("text,gone,kept", [c[1:] for c in REDACTED_IN_CONTEXT],
                         ids=[c[0] for c in REDACTED_IN_CONTEXT])
def test_redacted_in_context(text, gone, kept):
    out = red(text)
    for secret in gone:
        assert secret not in out, secret
    for context in kept:
        assert context in out, context


def test_template_fields_in_fix_commands_kept():
    text = ('mmcli -m any --simple-connect="apn=YOUR_APN,user=YOUR_USER,password=YOUR_PASSWORD"\n'
            "APN_USER=<user>\nAPN_PASS=$APN_PASS\nmmcli -i any --pin=XXXX\n")
    assert red(text) == text


def test_report_tuples_and_non_strings():
    report = {"modems": [{"ports": ("ttyUSB0", "SerialNumber: CNRY123456"), "count": 3, "ok": None,
                          "ratio": 0.5}]}
    out = Redactor().redact_report(report)
    assert out["modems"][0]["ports"] == ("ttyUSB0", "SerialNumber: SERIAL-1")
    assert out["modems"][0]["count"] == 3 and out["modems"][0]["ok"] is None and out["modems"][0]["ratio"] == 0.5


def test_quectel_cm_and_pppd_credentials():
    out = red("root@OpenWrt:~# quectel-CM -s internet jdoe s3cr3t 2 -f /tmp/qcm.log\n"
              "/etc/ppp/peers/provider:\nuser \"jdoe\"\npassword \"s3cr3t\"\nconnect \"/usr/sbin/chat -v -f /etc/chatscripts/gprs\"\n")
    assert "jdoe" not in out and "s3cr3t" not in out
    assert "quectel-CM -s internet USER-1 PASSWORD-1 2 -f /tmp/qcm.log" in out


def test_process_args_redacted_as_one_command_line():
    snap = Snapshot()
    snap.processes = [snapmod.Process(pid=812, name="quectel-CM", args=["quectel-CM", "-s", "internet", "jdoe", "s3cr3t"]),
                      snapmod.Process(pid=900, name="qmicli", args=["qmicli", "-d", "/dev/cdc-wdm0",
                                                                    "--wds-start-network=apn=web,password=hunter2"])]
    out = Redactor().redact_snapshot(snap)
    assert out.processes[0].args == ["quectel-CM", "-s", "internet", "USER-1", "PASSWORD-1"]
    assert out.processes[1].args[3] == "--wds-start-network=apn=web,password=PASSWORD-2"


def test_random_text_never_raises():
    import random
    rng = random.Random(5)
    alphabet = "0123456789abcdefABCDEF:.-_/@+=' \"\n\t[](){}$#~|,;<>\\xyzIMEIiccidSerialNumber"
    pieces = ["imei: ", "iccid=", "SerialNumber: ", "ID_SERIAL=", "user@host:~$ ", "inet ", "link/ether ",
              "Oct 27 10:58:44 ", "Linux ", "data = ", "+CREG: 2,1,", "--pin=", "ssid=", "own: +", "::", "89"]
    r = Redactor()
    for _ in range(300):
        text = "".join(rng.choice(pieces) if rng.random() < 0.2 else rng.choice(alphabet)
                       for _ in range(rng.randint(0, 120)))
        assert isinstance(r.redact_text(text), str)
    assert isinstance(r.redact_report({"x": [text, {"imei": text, "mac": text, "serial": text}]}), dict)


def test_new_aliases_do_not_reuse_aliases_already_in_the_input():
    r = Redactor()
    out = r.redact_report({"log": ["usb 1-7: SerialNumber: SERIAL-1", "usb 2-1: SerialNumber: CNRY98765",
                                   "inet public-ipv4-3/30", "inet 81.2.69.142/30"]})
    assert out["log"] == ["usb 1-7: SerialNumber: SERIAL-1", "usb 2-1: SerialNumber: SERIAL-2",
                          "inet public-ipv4-3/30", "inet public-ipv4-4/30"]


def test_serials_that_look_like_aliases_are_still_redacted():
    assert red("SerialNumber: SN-123456") == "SerialNumber: SERIAL-1"
    assert Redactor().redact_report({"serial": "ABC-987654"})["serial"] == "SERIAL-1"
