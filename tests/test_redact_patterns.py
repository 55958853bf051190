"""Every pattern of wwandoctor/redact_patterns.py with a leak sample (the secret must go) and, per class,
the diagnostic look-alikes that must stay. A pattern without a sample here fails the coverage test."""
from __future__ import annotations

import re

import pytest

from wwandoctor import redact_patterns
from wwandoctor.redact import Redactor


def red(text: str) -> str:
    return Redactor().redact_text(text)


# (pattern name, sample, secrets that must not survive)
LEAKS = [
    # credentials
    ("at-qicsgp", 'AT+QICSGP=1,1,"internet","qUser7","pa$$(1,2;3)",1', ["qUser7", "pa$$(1,2;3)"]),
    ("at-qicsgp-answer", '+QICSGP: 1,"internet","qUser7","Secr3t pw",1', ["qUser7", "Secr3t pw"]),
    ("at-cgauth", 'AT+CGAUTH=1,1,"qUser7","Zz9!pass"', ["qUser7", "Zz9!pass"]),
    ("at-cgauth", "AT+CGAUTH=1,2,qUser7,Zz9pass", ["qUser7", "Zz9pass"]),
    ("at-cgauth", 'AT#PDPAUTH=1,1,"qUser7","Zz9pass"', ["qUser7", "Zz9pass"]),
    ("at-qcpdpp", 'AT$QCPDPP=1,1,"Zz9pass","qUser7"', ["qUser7", "Zz9pass"]),
    ("at-qcpdpp", 'AT^SGAUTH=1,2,"Zz9pass","qUser7"', ["qUser7", "Zz9pass"]),
    ("at-authdata", 'AT^AUTHDATA=1,2,"","Zz9pass","qUser7"', ["qUser7", "Zz9pass"]),
    ("at-ndisdup", 'AT^NDISDUP=1,1,"internet","qUser7","Zz9pass",2', ["qUser7", "Zz9pass"]),
    ("at-cstt", 'AT+CSTT="internet","qUser7","Zz9pass"', ["qUser7", "Zz9pass"]),
    ("at-upsd", 'AT+UPSD=0,3,"Zz9pass"', ["Zz9pass"]),
    ("at-sapbr", 'AT+SAPBR=3,1,"PWD","Zz9pass"', ["Zz9pass"]),
    ("ppp-secrets", '"qUser7"\t*\t"Zz9 pass"\t*', ["qUser7", "Zz9 pass"]),
    ("ppp-secrets", "qUser7 * Zz9pass", ["qUser7", "Zz9pass"]),
    ("config-line", "Password = my Zz9 pass", ["my Zz9 pass"]),
    ("kv-in-quotes", 'mmcli -m 0 --simple-connect="apn=internet,user=qUser7,password=My Pass;w(0)rd,ip-type=ipv4"',
     ["qUser7", "My Pass;w(0)rd"]),
    ("user-kv-in-quotes", "qmicli --wds-start-network='apn=web,username=qUser7,password=x,ip-type=4'", ["qUser7"]),
    ("kv-bare", "qmicli --wds-start-network=apn=web,username=qUser7,password=$Dollar(5),ip-type=4",
     ["qUser7", "$Dollar(5)"]),
    ("option-space", "pppd call provider user qUser7 password Zz9pass", ["qUser7", "Zz9pass"]),
    ("option-space", "sms_tool --password 'Zz9 pass' status", ["Zz9 pass"]),
    ("option-space", "nmcli con modify LTE gsm.password Zz9pass", ["Zz9pass"]),
    ("user-option-space", "uqmi --start-network internet --username qUser7 --password Zz9pass", ["qUser7", "Zz9pass"]),
    ("url-userinfo", "curl http://qUser7:Zz9pass@192.168.8.1/api", ["qUser7", "Zz9pass"]),
    ("quectel-cm", "quectel-CM -s internet qUser7 Zz9pass 2", ["qUser7", "Zz9pass"]),
    ("uci-credential", "\toption password 'Zz9 pass'", ["Zz9 pass"]),
    ("uci-user", "\toption username 'qUser7'", ["qUser7"]),
    # PIN / PUK
    ("pin-option", "qmicli -d /dev/cdc-wdm0 --dms-uim-verify-pin=PIN,7395", ["7395"]),
    ("pin-option", "qmicli --dms-uim-unblock-pin=PIN,58302741,7395", ["58302741", "7395"]),
    ("pin-option", "qmicli --uim-change-pin=PIN1,7395,6204", ["7395", "6204"]),
    ("pin-option", "mbimcli --enter-puk=58302741,7395", ["58302741", "7395"]),
    ("pin-option", "mmcli -i 0 --pin 7395", ["7395"]),
    ("nm-pin", "nmcli con mod LTE gsm.pin 7395", ["7395"]),
    ("quectel-cm-pin", "quectel-CM -s internet -p 7395", ["7395"]),
    ("at-cpin", 'AT+CPIN="58302741","7395"', ["58302741", "7395"]),
    ("at-cpin", "AT^CPIN=7395", ["7395"]),
    ("at-clck", 'AT+CLCK="SC",0,"7395"', ["7395"]),
    ("at-cpwd", 'AT+CPWD="SC","7395","6204"', ["7395", "6204"]),
    ("uci-pincode", "\toption pincode '7395'", ["7395"]),
    # identifiers
    ("at-answer-line", "AT+CGSN\r\n490154203237518\r\nOK", ["490154203237518"]),
    ("at-answer-line", "b'AT+CGSN\\r\\r\\n490154203237518\\r\\n\\r\\nOK\\r\\n'", ["490154203237518"]),
    ("at-answer-line", "AT+CIMI\n262017654321099\nOK", ["7654321099"]),
    ("at-gsn-answer", "+GSN: 49-015420-323751-8", ["323751"]),
    ("at-gsn-answer", '+EGMR: "ZB27A3Q0981"', ["ZB27A3Q0981"]),
    ("serial-labels", "FSN: 4Z73810442A1", ["4Z73810442A1"]),
    ("serial-labels", "S/N: C8QA1B22MX", ["C8QA1B22MX"]),
    ("serial-labels", "Serial No.: KX87G65432", ["KX87G65432"]),
    ("loose-label", "the IMEISV 4901542032375101", ["4901542032375101"]),
    ("loose-label", "ICCID 8949 0200 0012 3456 7893", ["3456 7893"]),
    ("sim-read-result", "Read result:\n\t98:94:20:00:00:21:43:65:87:39", ["21:43:65:87"]),
    ("at-crsm", '+CRSM: 144,0,"082926106745230189"', ["6745230189"]),
    # phones
    ("phone-uri", "tel:+4917012345670", ["12345670"]),
    ("phone-00", "0049 170 2345671", ["2345671"]),
    ("phone-international", "+49 (0)170 2345671", ["2345671"]),
    ("phone-international", "+1 (555) 234-5678", ["234-5678"]),
    ("phone-national", "call 0170 2345671 or 0170/2345671 or (0170) 2345671", ["2345671"]),
    ("phone-nanp", "call (555) 234-5678", ["234-5678"]),
    ("phone-compact", "ruf an: 01702345671", ["2345671"]),
    ("phone-pairs", "appelle le 06 12 34 56 78 ou 06.12.34.56.78", ["34 56 78", "34.56.78"]),
    # addresses
    ("ip6-arpa", "b.1.a.5.3.e.8.0.1.f.9.0.d.2.c.1.0.0.e.3.0.0.0.4.1.0.8.1.3.0.a.2.ip6.arpa domain name pointer x.",
     ["b.1.a.5.3.e.8"]),
    ("ptr-name", "117.132.214.85.in-addr.arpa domain name pointer dslb-085-214-132-117.pools.example.de.",
     ["dslb-085-214-132-117", "117.132.214.85"]),
    # people
    ("prompt-space", "zqjane@zqbox-t14 ~ % sudo mmcli -L", ["zqjane", "zqbox-t14"]),
    ("prompt-space", "zqjane@zqbox-t14 ~> lsusb", ["zqjane", "zqbox-t14"]),
    ("prompt-glued", "Bus 002 Device 003: ID 2c7c:0512 Quectel EG18zqjane@zqbox-t14:~$", ["zqjane", "zqbox-t14"]),
    ("prompt-host", "zqbox-t14 ~ # dmesg", ["zqbox-t14"]),
    ("prompt-mac", "zqbox-t14:~ zqjane$ ls", ["zqjane", "zqbox-t14"]),
    ("whoami", "$ whoami\nzqjane\n", ["zqjane"]),
    ("id-groups", "groups=4(adm),20(dialout),1001(zqjane)", ["zqjane"]),
    ("id-uid", "uid=1000(zqjane) gid=1000(zqjane) groups=1000(zqjane),20(dialout)", ["zqjane"]),
    ("sudo-log", "Oct 27 10:58:44 zqbox-t14 sudo:   zqjane : TTY=pts/0 ; PWD=/tmp ; USER=root ; COMMAND=/bin/ls",
     ["zqjane", "zqbox-t14"]),
    ("ls-owner", "-rw-r--r-- 1 zqjane zqjane 5120 Oct 27 11:02 modem.log", ["zqjane"]),
    ("who", "zqjane   pts/0        2024-10-27 10:55 (192.168.1.20)", ["zqjane"]),
    ("who", "zqjane   pts/0        192.168.1.20     Sun Oct 27 10:55   still logged in", ["zqjane"]),
    ("polkit-user", "Operator of unix-session:c2 successfully authenticated as unix-user:zqjane to gain TEMPORARY "
                    "authorization for action org.freedesktop.ModemManager1.Device.Control", ["zqjane"]),
    ("su-log", "su[4211]: (to root) zqjane on pts/1", ["zqjane"]),
    ("dms", "we are at 52°31'14.2\"N 13°24'34.1\"E", ["31'14", "24'34"]),
    ("dm-prefix", "N 52° 31.234 E 013° 24.567", ["31.234", "24.567"]),
    ("session-user", "pam_unix(sshd:session): session opened for user zqjane(uid=1000) by (uid=0)", ["zqjane"]),
    ("mail-name", "On Mon, Dec 5, 2026 at 10:00 AM Zq Jane Doe <zq.jane@example.org> wrote:", ["Zq Jane"]),
    ("mail-name", 'From: "Doe, Zqjane" <zq.jane@example.org>', ["Zqjane"]),
    # cells
    ("qeng-lte", '+QENG: "servingcell","NOCONN","LTE","FDD",262,01,2A3B4C7,318,1300,3,5,5,7E21,-95,-10,-65,14,40',
     ["2A3B4C7", "7E21"]),
    ("qeng-nr", '+QENG: "servingcell","NOCONN","NR5G-SA","TDD",262,01,1A2B3C4D5,42,7E22,630000,78,3,-90,-11,20',
     ["1A2B3C4D5", "7E22"]),
    ("qeng-gsm-wcdma", '+QENG: "servingcell","NOCONN","WCDMA",262,03,A1B2,5D1234F,10700,200,-80,-5', ["A1B2", "5D1234F"]),
    ("cpsi", "+CPSI: LTE,Online,262-01,0x7E21,44301255,318,EUTRAN-BAND3,1300,5,5,-95,-1050,-700,14",
     ["7E21", "44301255"]),
    ("creg", "+CREG: 2,1,7E21,2A3B4C7,7", ["7E21", "2A3B4C7"]),
    ("monsc-lte", "^MONSC: LTE,262,01,1300,2A3B4C7,318,7E21,-95,-10,-65", ["2A3B4C7", "7E21"]),
    ("monsc-2g3g", "^MONSC: WCDMA,262,03,10700,310,5D1234F,A1B2,-80,-5", ["5D1234F", "A1B2"]),
    ("creg", '+CEREG: 1,"7E21","2A3B4C7",7', ["7E21", "2A3B4C7"]),
    ("cell-decimal", "Cell ID: 02A3B4C7 (44301255)", ["02A3B4C7", "44301255"]),
    ("qmi-cell", "\tGlobal Cell ID: '44301255'", ["44301255"]),
    ("qmi-area", "\tTracking Area Code: '32289'", ["32289"]),
    # positions
    ("qgpsloc", "+QGPSLOC: 061951.000,5231.2345N,01324.5678E,0.7,62.2,2,0000.00,0.0,0.0,271024,09",
     ["5231.2345", "01324.5678"]),
    ("nmea-pair", "+CGPSINFO: 5231.234567,N,01324.567890,E,271024,061951.0,44.1,0.0,0", ["5231.234567", "1324.5678"]),
    ("dm-pair", "fix 5231.2345N,01324.5678E", ["5231.2345", "1324.5678"]),
    ("cgnsinf", "+CGNSINF: 1,1,20241027061951.000,52.520611,13.409467,44.1,0.0", ["52.520611", "13.409467"]),
    ("decimal-pair", "I am at 52.520611, 13.409467", ["52.520611", "13.409467"]),
    ("map-url", "https://www.openstreetmap.org/#map=17/52.52/13.40", ["52.52/13.40"]),
    # networks
    ("nmcli-table", "Zq Jane LTE         0f1e2d3c-4b5a-4697-8877-665544332211  gsm       cdc-wdm0",
     ["Zq Jane", "0f1e2d3c"]),
    ("nm-connection", "device (cdc-wdm0): Activation: starting connection 'Zq Jane LTE' (0f1e2d3c-4b5a-4697-8877-665544332211)",
     ["Zq Jane", "0f1e2d3c"]),
    ("nm-audit", 'NetworkManager[500]: <info>  [1701770400.1] audit: op="connection-activate" '
                 'uuid="0f1e2d3c-4b5a-4697-8877-665544332211" name="Zq Jane LTE" pid=1234 uid=1000 result="success"',
     ["Zq Jane", "0f1e2d3c"]),
    ("nmcli-command", 'nmcli connection up "Zq Jane LTE"', ["Zq Jane"]),
    # a bare name where the command ends after it, or a name's shape in prose
    ("nmcli-command", "$ nmcli connection up zqhomelte", ["zqhomelte"]),
    ("nmcli-command", "`nmcli c up zqhomelte`, then", ["zqhomelte"]),
    ("nmcli-command", "sudo nmcli con up id zqhomelte ifname cdc-wdm0", ["zqhomelte"]),
    ("nmcli-command", "nmcli connection modify zqhomelte gsm.apn web.vodafone.de", ["zqhomelte"]),
    ("nmcli-command", "nmcli connection show zqhomelte | grep gsm", ["zqhomelte"]),
    ("nmcli-command", "I ran nmcli connection up ZqJane and it failed", ["ZqJane"]),
    ("nmcli-command", "I ran nmcli connection up zq-jane and it failed", ["zq-jane"]),
    ("nm-file", "I edited zqjane.nmconnection and it broke", ["zqjane"]),
    ("nm-file", "Zq Jane LTE.nmconnection", ["Zq Jane"]),
    ("nm-id", "connection.id:                          KPN Zq Marta", ["Zq Marta"]),
    ("nm-id", "[connection]\nid=KPN Zq Marta\ntype=gsm", ["Zq Marta"]),
    ("nm-file", "/etc/NetworkManager/system-connections/Zq Jane LTE.nmconnection", ["Zq Jane"]),
    ("nmcli-wifi", "*  3C:A6:2F:11:22:33  ZqHomeNet 5G   Infra  6     130 Mbit/s  75      WPA2", ["ZqHomeNet"]),
    ("nm-wifi-log", "Connected to wireless network 'ZqHomeNet 5G'", ["ZqHomeNet"]),
    ("mac-ifname", "qmi_wwan 1-1.4:1.4 wwx2abcde123456: renamed from wwan0", ["de123456", "123456"]),
    ("mac-label", "\toption macaddr '0c5b8f279a64'", ["279a64"]),
    ("mac-label", "HWaddr 0c5b.8f27.9a64", ["9a64"]),
    ("uci-misc", "\toption ssid 'ZqHomeNet'", ["ZqHomeNet"]),
    ("labelled-number", "customer number 4711 0815 4242 77", ["4242"]),
    ("cut-value", "qmicli said IMEI: 35693803564 ... [120 characters cut]", ["35693803564"]),
    ("mac-dots", "neighbour 0c5b.8f27.9a64 reachable", ["9a64"]),
]


def test_every_pattern_has_a_leak_sample():
    names = {name for table in redact_patterns.TABLES.values() for name, _rx in table}
    assert sorted(names - {name for name, _s, _v in LEAKS}) == []


@pytest.mark.parametrize("name,sample,secrets", LEAKS, ids=["%s-%d" % (e[0], i) for i, e in enumerate(LEAKS)])
def test_pattern_catches(name, sample, secrets):
    rx = next(re.compile(redact_patterns.at_line_start(r)) for table in redact_patterns.TABLES.values()
              for n, r in table if n == name)
    assert rx.search(sample), "%s does not match its sample" % name
    out = red(sample)
    assert [s for s in secrets if s.lower() in out.lower()] == [], out


@pytest.mark.parametrize("name,sample,secrets", LEAKS[:12])
def test_pattern_catches_in_unrecognized_sections(name, sample, secrets):
    """Unrecognized sections carry 'file:N: ' before each line; anchored patterns still match."""
    prefixed = "\n".join("post.txt:%d: %s" % (i + 1, line) for i, line in enumerate(sample.split("\n")))
    out = red(prefixed)
    assert [s for s in secrets if s.lower() in out.lower()] == [], out


KEEP = [
    # versions: four parts after a software name, package versions
    "libqmi 1.32.4.1 and libmbim 1.28.4.1",
    "ModemManager 1.20.0.1-1ubuntu1",
    "firmware 02.30.01.01, Revision: EM7455_02.30.01.01 r7691 CARMD-EV-FRMWR2 2018/05/01 20:56:44",
    "Linux version 5.15.0-91-generic (buildd@lcy02-amd64-045) #101-Ubuntu SMP",
    # USB, PCI, kernel
    "[   12.345678] usb 1-1.4: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18",
    "Bus 001 Device 004: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE modem",
    "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-1/1-1.4/1-1.4:1.4/net/wwan0",
    "0000:04:00.0 Wireless controller [0d40]: Intel Corporation XMM7360 LTE Advanced Modem [8086:7360] (rev 01)",
    "qmi_wwan 1-1.4:1.4: cdc-wdm0: USB WDM device",
    # counters, timestamps
    "    RX packets 123456789  bytes 9876543210 (9.8 GB)",
    "timestamp 1698400727123456 and 2024-10-27T10:58:44.123456+02:00",
    "<info>  [1698400727.1234] device (wwan0): state change: prepare -> config",
    # hex protocol data
    "data = 00:11:22:33:44:55:66:77",
    "payload 0102 0304 0506 0708 0910",
    "bytes 01 02 03 04 05 06 07 08 09",
    "      ** UNRECOGNIZED:  05 24 00 10 01",
    "time 06:12:34.56",
    "version 1234.5678.9012 and release 2023.10.01",
    "[    6.012345] cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device ... [40 characters cut]",
    "[  +0.000123] usb 1-1.4: USB disconnect, device number 5",
    "[Oct27 10:58] qmi_wwan 1-1.4:1.4 wwan0: unregister 'qmi_wwan'",
    "QMUX 0x01 0x0022 cid 3 tid 0x0005 len 0x0016 payload a1b2c3d4e5f60718",
    "<<<<<< RAW:\n<<<<<<   length = 16\n<<<<<<   data   = 01:0F:00:80:02:01:02:01:00:22:00:04:00:01:01:00",
    # private, CGNAT, link-local, documentation resolvers
    "inet 10.64.12.3/30 100.72.13.5 192.168.8.1 172.20.1.1 fd00::1 fe80::1 dns 8.8.8.8",
    '+CGCONTRDP: 1,5,"internet","100.72.13.5.255.255.255.252","100.72.13.6","8.8.8.8"',
    # radio values a helper needs
    "Physical Cell ID: '318'",
    "\t\tServing Cell ID: '318'",
    '+QENG: "neighbourcell intra","LTE",1300,318,-10,-95,-65,0,-,-,-',
    "+CSQ: 20,99",
    '+COPS: 0,2,"26201",7',
    "\tIMEI SV: '11'",
    # prose around credentials
    "[sudo] password for root:",
    "Enter password:",
    "error: password required",
    "modem.generic.unlock-required: sim-pin",
    "set APN= (and APN_USER=, APN_PASS=, APN_AUTH= or IP_TYPE=) in /etc/qmi-network.conf",
    # prose about nmcli and keyfiles: no connection name stands there
    "Run nmcli connection up and check the log.",
    "nmcli c show output is empty",
    "nmcli connection up with the right APN",
    "then run nmcli connection up again.",
    "Keyfiles (the .nmconnection files) live in /etc/NetworkManager/system-connections",
    # prose shaped like a chap-secrets line, and an error number after "password"
    'dhclient\'s "No DHCPOFFERS received" (or udhcpc/dhcpcd finding no lease) with no later',
    'kmod\'s "could not insert module X.ko: Operation not permitted" (insmod) or',
    'A "config interface" section of /etc/config/network',
    "an unknown APN (27), wrong user name/password (29), a PDP type the network does not support",
    # the capital placeholders of fix commands, and the words they resemble
    "nmcli connection modify CONNECTION gsm.apn CARRIER_APN gsm.password PASSWORD gsm.pin PIN",
    "NetworkManager cannot activate the mobile broadband connection\nnmcli connection up CONNECTION",
    # identifier lookalikes: firmware revisions, versions, timestamps, sizes (were LOOKALIKES in test_redact.py)
    "SWI9X30C_02.30.01.01 r8250 CARMD-EV-FRMWR2 2018/08/21 01:41:42",
    "Quectel_QConnectManager_Linux_V1.6.0.24",
    "Linux version 5.10.158-v8+ (gcc 10.2.1)",
    "firmware revision: EM7455 version 1.20.0.1",
    "  bcdDevice            0.06",
    "option 1-1.4:1.0: GSM modem (1-port) converter detected",
    "qmi_wwan 2-1:1.4 wwan0: unregister 'qmi_wwan' usb-ci_hdrc.1-1, WWAN/QMI device",
    "at usb-0000:00:14.0-7, CDC MBIM",
    "xmm7360 0000:04:00.0: unknown modem status: 0xfeedb007",
    "path: /org/freedesktop/ModemManager1/Modem/0",
    "ModemManager[3580]: <debug> [1696049171.985025] [modem0] no 3GPP info given...",
    "[   57.940546] xmm7360 0000:04:00.0: enabling device (0000 -> 0002)",
    "Bus 001 Device 002: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE modem",
    "6d:00.0 Wireless controller [0d40]: Intel Corporation Device [8086:7560] (rev 01)",
    "service = 'basic-connect' (a289cc33-bcbb-8b4f-b6b0-133ec2aae6df)#012>>>>>> cid = 'radio-state' (0x00000003)",
    "device id: 0c9c54fbab8fc22cd4b0d8f1e0d5b3a54b8d5e5c",
    "__REALTIME_TIMESTAMP=1696049171985025",
    "2013-10-09T10:49:49.930237+02:00",
    "RTNETLINK answers: File exists; bound to 10.122.253.158 -- renewal in 2782 seconds.",
    "CID allocation failed in the CTL client: Transaction timed out",
    "modprobe: FATAL: Module option not found in directory /lib/modules/7.0.11-orbstack-00360-gc9bc4d96ac70",
    "bearer number: *99#",
    "rx_bytes 123456789012",
    # nmcli device show: a field name before a connection UUID is no connection name
    "GENERAL.CON-PATH:                       /org/freedesktop/NetworkManager/ActiveConnection/3",
    # mbimcli --query-device-services: the MBIM services' UUIDs (libmbim mbimcli-basic-connect.c "UUID: [%s]:")
    "\t\t             UUID: [a289cc33-bcbb-8b4f-b6b0-133ec2aae6df]:",
]


@pytest.mark.parametrize("text", KEEP)
def test_diagnostic_text_is_kept(text):
    assert red(text) == text


def test_physical_cell_id_kept_next_to_aliased_cell_id():
    out = red("\tGlobal Cell ID: '44301255'\n\tPhysical Cell ID: '318'\n\tTracking Area Code: '32289'")
    assert "'318'" in out and "44301255" not in out and "32289" not in out


def test_one_mac_one_alias_in_every_notation():
    out = red("link/ether 0c:5b:8f:27:9a:64\nenx0c5b8f279a64: renamed\n0C-5B-8F-27-9A-64\n0c5b.8f27.9a64\n"
              "inet6 fe80::e5b:8fff:fe27:9a64/64 scope link")
    assert "279a64" not in re.sub(r"[:.\-]", "", out.lower())
    assert len(set(re.findall(r"MAC-\d+", out))) == 1, out
    assert "fe80::" in out  # the address stays link-local


def test_phone_in_international_and_national_form_is_one_alias():
    out = red("own: +4917023456712\nplease call 017023456712 or 0170 23456712")
    assert "3456712" not in out.replace(" ", "") and len(set(re.findall(r"PHONE-\d+", out))) == 1, out


def test_eid_in_digit_pairs():
    out = red("EID 89 04 90 32 00 00 01 00 00 00 01 23 45 67 89 01")
    assert "45 67 89 01" not in out, out


def test_one_number_one_alias_in_every_spelling():
    out = red("IMEI: 490154203237518\n+GSN: 49-015420-323751-8\nmy IMEI is 49 015420 323751 8")
    assert len(set(re.findall(r"IMEI-\d+", out))) == 1 and "3237518" not in out.replace(" ", "").replace("-", "")


def test_sim_bytes_of_a_known_iccid_and_imsi():
    out = red("ICCID: 89490200001234567893\nIMSI: 262017654321098\n"
              "Read result:\n\t98:94:20:00:00:21:43:65:87:39\n+CRSM: 144,0,\"082926106745230189\"")
    assert "21:43:65:87" not in out and "6745230189" not in out and "1234567893" not in out


def test_terminal_codes_do_not_split_values():
    out = red("\x1b[01;31m\x1b[KIMEI\x1b[m\x1b[K: '\x1b[01;31m\x1b[K490154203237518\x1b[m\x1b[K'")
    assert "490154203237518" not in out and "\x1b" not in out


def test_sixteen_digits_alone_are_not_an_imeisv():
    assert red("counter 2345678901234567") == "counter 2345678901234567"


def test_dotted_ipv6_and_address_with_mask():
    out = red('+CGPADDR: 1,"85.214.132.117","42.3.24.1.20.64.62.0.28.45.9.241.8.227.90.27"\n'
              '+CGCONTRDP: 1,5,"web","85.214.132.117.255.255.255.252"')
    assert "85.214.132.117" not in out and "28.45.9.241" not in out and "255.255.255.252" in out
    assert len(set(re.findall(r"public-ipv4-\d+", out))) == 1


def test_config_settings_marked_by_their_keys():
    """NetworkManager and OpenWrt settings the config collector keeps are learned by key, in any notation."""
    from wwandoctor.snapshot import ConfigFile, Snapshot
    snap = Snapshot()
    snap.configs = [ConfigFile(path="/etc/NetworkManager/system-connections/KPN Zq Marta.nmconnection",
                               kind="networkmanager",
                               settings={"connection.id": "KPN Zq Marta", "gsm.sim-id": "8931440400098765432",
                                         "ethernet.mac-address": "7A:1B:2C:3D:4E:5F", "gsm.pin": "3141"}),
                    ConfigFile(path="/etc/config/network", kind="openwrt",
                               settings={"pincode": "3141", "macaddr": "7a1b2c3d4e5f", "key": "Wq8v!x2z",
                                         "section": "wwan"})]
    out = Redactor().redact_snapshot(snap).to_json()
    for secret in ("Zq Marta", "98765432", "3d:4e:5f", "3d4e5f", "3141", "Wq8v!x2z"):
        assert secret.lower() not in out.lower(), secret
    assert '"section": "wwan"' in out


def test_process_arguments_with_blanks():
    from wwandoctor.snapshot import Process, Snapshot
    snap = Snapshot()
    snap.processes = [Process(pid=1, name="mmcli", args=["mmcli", "-m", "0",
                                                         "--simple-connect=apn=internet,user=zqu7,password=My Pass;w(0)rd"])]
    args = Redactor().redact_snapshot(snap).processes[0].args
    assert len(args) == 4 and "Pass;w(0)rd" not in args[3] and "zqu7" not in args[3], args
    assert args[3].startswith("--simple-connect=apn=internet,user=")


def test_versions_are_not_learned_as_addresses():
    """A version alone in a field ("1.6.0.24") is no public address, and does not spread to the log lines."""
    from wwandoctor.snapshot import LogLine, Snapshot
    snap = Snapshot()
    snap.versions = {"quectel-cm": "1.6.0.24", "ModemManager": "1.20.0.1"}
    snap.log = [LogLine(text="Quectel_QConnectManager_Linux_V1.6.0.24", origin="quectel-cm")]
    red_snap = Redactor().redact_snapshot(snap)
    assert red_snap.versions == snap.versions and red_snap.log[0].text == snap.log[0].text
    r = Redactor()
    r.learn_snapshot(snap)
    assert r.redact_report({"host": {"mm_version": "1.20.0.1"}, "log": ["V1.6.0.24, version 1.6.0.24"]})["log"] == \
        ["V1.6.0.24, version 1.6.0.24"]
    out = Redactor().redact_text("bound to 85.214.132.117\nQConnectManager_V85.214.132.117 dslb-085-214-132-117.pools")
    assert "V85.214.132.117" in out and "dslb-public-ipv4-1.pools" in out


def test_random_mixes_of_the_samples_never_raise():
    """Pieces of every sample, cut and glued with noise (an octet of 999 in an in-addr.arpa name once raised)."""
    import random
    from wwandoctor.snapshot import Snapshot  # noqa: F401  (the tree walk is exercised below)
    rng = random.Random(12)
    pieces = [s for _n, s, _v in LEAKS] + KEEP + [
        "999.1.1.1.in-addr.arpa", "fe80::1ff:fe", "Read result:\n\t9", '+CRSM: 144,0,"0"', "00000010  3",
        "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16", "300.1.2.3.4.5.6.7", "a.b.0.1.2.3.4.5.6.7.8.9.a.b.c.d.ip6.arpa"]
    alphabet = "0123456789abcdefABCDEF:.-_/@+=' \"\n\t[](){}$#~|,;<>\\°xyz"
    for _ in range(800):
        text = "".join(rng.choice(pieces) if rng.random() < 0.35 else
                       "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(1, 6)))
        text = text[:rng.randint(0, len(text))] if rng.random() < 0.5 else text
        r = Redactor()
        r.redact_text(text)
        r.redact_tree({"args": text.split(" "), "x": [text], "serial": text, "mac": text, "versions": {"a": text}})


def test_rule_prose_names_no_connection_user_or_password():
    """Rule prose is the prose people paste too (forum answers quote fixes and explanations): as user text
    it must not yield connection, user or password names (once "nmcli connection up and ..." came out as
    "... up CONN-1 ..."). In a report a rule's own words are never redacted (tests/test_redact_ruletext.py)."""
    import glob
    import os

    import yaml

    root = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules")

    def strings(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in ("tests", "when", "references", "checks"):  # checks: a rule family's conditions
                    yield from strings(value)
        elif isinstance(node, list):
            for value in node:
                yield from strings(value)
        elif isinstance(node, str):
            yield node

    paths = sorted(glob.glob(os.path.join(root, "*.yaml")) + glob.glob(os.path.join(root, "fix-steps", "*.yaml")))
    assert len(paths) > 60  # rule files, rule families (several rules each) and the shared fix steps
    changed = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for text in strings(yaml.safe_load(fh)):
                out = red(text)
                if re.search(r"\b(?:CONN|USER|PASSWORD|SSID)-\d+", out) and out != text:
                    changed.append((os.path.basename(path), out))
    assert not changed, changed


def test_a_connection_name_has_one_alias_everywhere_and_prose_keeps_its_words():
    """sos-style: the name learnt from a command is the same alias in the log, the nmcli table and the
    user's words; the prose "nmcli connection up and ..." around it names no connection."""
    out = red("$ nmcli connection up zqhomelte\n"
              "device (cdc-wdm0): Activation: starting connection 'zqhomelte' (0f1e2d3c-4b5a-4697-8877-665544332211)\n"
              "zqhomelte  0f1e2d3c-4b5a-4697-8877-665544332211  gsm  cdc-wdm0\n"
              "then nmcli connection up and it worked; zqhomelte is my profile")
    assert "zqhomelte" not in out and set(re.findall(r"CONN-\d+", out)) == {"CONN-1"}
    assert out.count("CONN-1") == 4 and "nmcli connection up and it worked" in out


def test_connection_uuid_has_one_alias_everywhere():
    """A NetworkManager connection's UUID names the user's profile: one alias in nmcli's table and fields,
    the activation log and the audit log; the field names around it are kept."""
    uuid = "5fb06bd0-b09a-4573-b393-b54e832ddce9"
    out = red("Zq Office   %s  gsm  cdc-wdm0\n"
              "GENERAL.CON-UUID:                       %s\n"
              "connection.uuid:                        %s\n"
              "device (cdc-wdm0): Activation: starting connection 'Zq Office' (%s)\n"
              'audit: op="connection-activate" uuid="%s" name="Zq Office" pid=1 uid=1000 result="success"'
              % ((uuid,) * 5))
    assert "b54e832ddce9" not in out and set(re.findall(r"UUID-\d+", out)) == {"UUID-1"}, out
    assert "GENERAL.CON-UUID:" in out and "connection.uuid:" in out and "Zq Office" not in out


@pytest.mark.parametrize("command,answer,alias", [
    ("AT+CGSN", "860000012345678", "86000001-IMEI-1"),  # fails the Luhn check: still the modem's IMEI
    ("AT+GSN", "+GSN: 352099001761489", "35209900-IMEI-1"),
    ("AT+CIMI", "262017654321099", "26201-IMSI-1"),
    ("AT+CCID", "+CCID: 8949020000123456789F", "8949020-ICCID-1"),
    ("AT^ICCID?", "^ICCID: 98941000002143658709", "ICCID-1"),  # Huawei: the SIM's nibble-swapped bytes
])
def test_an_at_identity_answer_is_aliased_as_what_its_command_reads(command, answer, alias):
    out = red("%s\r\n%s\r\nOK" % (command, answer))
    assert alias in out, out


def test_an_answer_on_its_own_log_line_is_read_with_its_command():
    """An AT session is kept as one log line per command and answer: the answer is still aliased as what its
    command reads, in the saved snapshot and in a report made from it (the at: lines of --format markdown)."""
    from wwandoctor.snapshot import LogLine, Snapshot
    snap = Snapshot()
    snap.log = [LogLine(text=t, origin="at", source="paste:at.txt") for t in ("AT+CGSN", "860000012345678", "OK")]
    assert Redactor().redact_snapshot(snap).log[1].text == "86000001-IMEI-1"
    r = Redactor()
    r.learn_snapshot(snap)
    assert r.redact_report({"log": ["at: 860000012345678"]})["log"] == ["at: 86000001-IMEI-1"]


def test_a_name_before_a_mail_address_has_one_alias_everywhere():
    """A person's name beside their mail address (a quoted reply, a patch's tags) goes wherever the post repeats
    it; a one-word name (a list's, a program's) only where it stands, so "ModemManager" stays in the text."""
    out = red("From: Zq Jane Doe <zq.jane@example.org>\nSigned-off-by: Zq Jane Doe <zq.jane@example.org>\n"
              "Cc: ModemManager <mm-devel@example.org>\nModemManager[812]: <info> modem state changed\n"
              "Thanks, Zq Jane Doe")
    assert "Zq Jane" not in out and set(re.findall(r"PERSON-\d+", out)) == {"PERSON-1", "PERSON-2"}, out
    assert "ModemManager[812]: <info> modem state changed" in out
    # a header of a chap-secrets line's shape (client, quoted server, secret): its address is a mail address
    assert red('Reported-by: "Doe, Zqjane" <zq.jane@example.org>') == "Reported-by: PERSON-1 <EMAIL-1>"
