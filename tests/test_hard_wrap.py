"""Hard-wrapped pastes (mail clients and list archives cut long lines at about 72 columns): the
splitter joins a line's rest back only where the paste is wrapped and the line format allows it."""
import glob
import os

from wwandoctor.ingest import ingest_text
from wwandoctor.ingest.splitter import _Joined, _rejoin, hard_wrap, prompt_command, split, strip_quoting

HERE = os.path.dirname(os.path.abspath(__file__))


def lines_of(text):
    return [ln for b in split(text.splitlines(True), "t") for ln in b.lines]


# modemmanager-devel 2017-June/004853 as the list archive shows it (a Thunderbird mail, 72 columns)
ARCHIVE_DMESG = """\
[    3.247730] qmi_wwan 2-1.4:1.8: cdc-wdm0: USB WDM device
[    3.262419] qmi_wwan 2-1.4:1.8 wwan0: register 'qmi_wwan' at
usb-0000:00:1d.0-1.4, WWAN/QMI device, 86:43:0f:24:2c:93
[    3.267585] qmi_wwan 2-1.4:1.10: cdc-wdm1: USB WDM device
[    3.268927] qmi_wwan 2-1.4:1.10 wwan1: register 'qmi_wwan' at
usb-0000:00:1d.0-1.4, WWAN/QMI device, 86:43:0f:24:2c:93
[    3.269028] usbcore: registered new interface driver qmi_wwan

Bus 002 Device 003: ID 1199:9071 Sierra Wireless, Inc.
Bus 002 Device 002: ID 8087:0024 Intel Corp. Integrated Rate Matching Hub
Bus 001 Device 006: ID 04f2:b217 Chicony Electronics Co., Ltd Lenovo
Integrated Camera (0.3MP)
Bus 001 Device 010: ID 10d5:55a4 Uni Class Technology Co., Ltd
"""


def test_a_list_archive_rendering_is_read_whole_again():
    lines = lines_of(ARCHIVE_DMESG)
    assert ("[    3.262419] qmi_wwan 2-1.4:1.8 wwan0: register 'qmi_wwan' at usb-0000:00:1d.0-1.4, "
            "WWAN/QMI device, 86:43:0f:24:2c:93") in lines
    assert "Bus 001 Device 006: ID 04f2:b217 Chicony Electronics Co., Ltd Lenovo Integrated Camera (0.3MP)" in lines
    assert "Bus 002 Device 003: ID 1199:9071 Sierra Wireless, Inc." in lines  # whole lines stay whole
    assert len(lines) == 9


def test_a_quoted_reply_of_a_wrapped_mail_is_read_whole():
    quoted = "".join("> " + ln + "\n" if ln else ">\n" for ln in ARCHIVE_DMESG.splitlines())
    assert lines_of(quoted) == lines_of(ARCHIVE_DMESG)


def test_a_wrapped_tool_output_and_its_command_are_rejoined():
    text = """\
$ sudo qmi-network /dev/cdc-wdm0 start
Loading profile at /etc/qmi-network.conf...
Checking data format with 'qmicli -d /dev/cdc-wdm0
--wda-get-data-format '...
error: couldn't create client for the 'wda' service: CID allocation
failed in the CTL client: Transaction timed out
$ lsusb -t
/:  Bus 01.Port 1: Dev 1, Class=root_hub, Driver=xhci_hcd/12p, 480M
    |__ Port 4: Dev 5, If 0, Class=Vendor Specific Class,
Driver=option, 480M
"""
    lines = lines_of(text)
    assert "Checking data format with 'qmicli -d /dev/cdc-wdm0 --wda-get-data-format '..." in lines
    assert ("error: couldn't create client for the 'wda' service: CID allocation failed in the CTL client: "
            "Transaction timed out") in lines
    assert "    |__ Port 4: Dev 5, If 0, Class=Vendor Specific Class, Driver=option, 480M" in lines


def test_one_cut_line_is_joined_only_when_a_known_message_confirms_it():
    text = ("sudo /sbin/rmmod xmm7360\n"
            "rmmod: ERROR: Module xmm7360 is not currently loaded\n"
            "sudo /sbin/insmod xmm7360.ko\n"
            "insmod: ERROR: could not insert module xmm7360.ko: Operation not\n"
            "permitted\n")
    assert "insmod: ERROR: could not insert module xmm7360.ko: Operation not permitted" in lines_of(text)
    # the same shape without a known message stays as written: separate output lines of that length are common
    sample = open(os.path.join(HERE, "samples", "paste", "qmicli-start-network-callfailed.txt")).read()
    assert lines_of(sample) == [ln for ln in (strip_quoting(x) for x in sample.splitlines()) if ln.strip()
                                and not ln.lstrip().startswith("$")]


def test_a_format_that_ends_every_line_the_same_way_tells_its_rest():
    usb = ("T:  Bus=01 Lev=02 Prnt=02 Port=02 Cnt=02 Dev#=  5 Spd=480 MxCh= 0\n"
           "I:  If#=0x0 Alt= 0 #EPs= 2 Cls=08(stor.) Sub=06 Prot=50\n"
           "Driver=usb-storage\n")
    assert lines_of(usb)[-1] == "I:  If#=0x0 Alt= 0 #EPs= 2 Cls=08(stor.) Sub=06 Prot=50 Driver=usb-storage"


def test_table_rows_and_record_starts_are_never_rests():
    mmcli_k = ("modem.generic.state                                  : enabled\n"
               "modem.generic.state-failed-reason                    : --\n"
               "modem.generic.power-state                            : on\n"
               "modem.3gpp.registration-state                        : idle\n")
    assert len(lines_of(mmcli_k)) == 4
    # the records of a block start the same way: a line starting so is no rest, even after a cut
    quectel = ("[07-14_18:20:01:110] Quectel_QConnectManager_Linux_V1.6.4\n"
               "[07-14_18:20:01:112] Find /sys/bus/usb/devices/1-1.2 idVendor=0x2c7c\n"
               "idProduct=0x125, bus=0x001, dev=0x003\n"
               "[07-14_18:20:01:113] netcard driver = qmi_wwan, driver version =\n"
               "22-Aug-2005\n"
               "[07-14_18:20:01:118] Modem works in QMI mode with a long enough line\n"
               "[07-14_18:20:01:341] requestGetSIMStatus SIMStatus: SIM_READY\n")
    assert lines_of(quectel) == [
        "[07-14_18:20:01:110] Quectel_QConnectManager_Linux_V1.6.4",
        "[07-14_18:20:01:112] Find /sys/bus/usb/devices/1-1.2 idVendor=0x2c7c idProduct=0x125, bus=0x001, dev=0x003",
        "[07-14_18:20:01:113] netcard driver = qmi_wwan, driver version = 22-Aug-2005",
        "[07-14_18:20:01:118] Modem works in QMI mode with a long enough line",
        "[07-14_18:20:01:341] requestGetSIMStatus SIMStatus: SIM_READY"]


def test_a_paste_with_a_long_line_is_not_hard_wrapped():
    text = ("error: couldn't get MSISDN: QMI protocol error (37): 'UimUninitialized' and more words here\n"
            + ARCHIVE_DMESG)
    assert hard_wrap(text.splitlines()) is None


def test_unwrapped_samples_are_read_as_before():
    # dhclient prints ISC's notice pre-wrapped at 64 columns: reading it as one paragraph is harmless
    own_wrap = {"dhclient-unsupported-rawip.txt"}
    for path in sorted(glob.glob(os.path.join(HERE, "samples", "**", "*.txt"), recursive=True)):
        if os.path.basename(path) in own_wrap:
            continue
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = [strip_quoting(ln) for ln in fh.read().splitlines()]
        unwrapper = hard_wrap(lines[:400])
        if unwrapper is None:
            continue
        joined = [ln for ln in _rejoin(lines, unwrapper) if type(ln) is _Joined]
        assert not joined, "%s: %s" % (path, joined[:3])


def test_line_numbers_count_the_rejoined_pieces():
    snap = ingest_text(ARCHIVE_DMESG + "\nthis line is not understood at all\n", "t")
    assert any(u.startswith("t:15:") for u in snap.unrecognized), snap.unrecognized


def test_more_line_formats_tell_their_rest():
    # a glib tool's error ends with the quoted detail; ip -br link with the flags; lspci -nn with the ids
    qmicli = ("rogan@nemesis:~$ sudo qmicli -p -d /dev/cdc-wdm0 --dms-get-msisdn\n"
              "error: couldn't get MSISDN: QMI protocol error (37):\n"
              "'UimUninitialized'\n")
    assert lines_of(qmicli) == ["error: couldn't get MSISDN: QMI protocol error (37): 'UimUninitialized'"]
    ip = ("lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP>\n"
          "wwan0            DOWN           f2:9a:3b:1c:7e:44\n"
          "<BROADCAST,MULTICAST,NOARP>\n")
    assert lines_of(ip)[1] == "wwan0            DOWN           f2:9a:3b:1c:7e:44 <BROADCAST,MULTICAST,NOARP>"
    for cut in ("Inc\nDevice [17cb:0308]", "Inc Device\n[17cb:0308]"):
        lspci = ("0003:01:00.0 Unassigned class [ff00]: Qualcomm Technologies, %s\n"
                 "  Subsystem: Qualcomm Technologies, Inc Device [17cb:5201]\n" % cut)
        assert lines_of(lspci)[0].endswith("Inc Device [17cb:0308]")


def test_a_long_option_continues_a_cut_command_line():
    text = ("$ sudo mmcli -m 0\n"
            "--simple-connect=\"apn=internet.telekom.example,ip-type=ipv4v6\"\n"
            "error: couldn't connect the modem:\n"
            "'GDBus.Error:org.freedesktop.ModemManager1.Error.MobileEquipment.MissingOrUnknownApn: Missing or unknown APN'\n"
            "$ mmcli -m 0 | grep -E 'state|registration|signal'\n")
    b = list(split(text.splitlines(True), "t"))
    assert b[0].command == "sudo mmcli -m 0 --simple-connect=\"apn=internet.telekom.example,ip-type=ipv4v6\""
    assert b[0].lines == ["error: couldn't connect the modem: 'GDBus.Error:org.freedesktop.ModemManager1.Error."
                          "MobileEquipment.MissingOrUnknownApn: Missing or unknown APN'"]


def test_a_word_longer_than_the_width_stands_on_its_own_line():
    # a libmbim trace in a syslog (ModemManager 2013), wrapped at 72: the hex dump has no space
    text = ("2013-10-09T10:49:49.930237+02:00 linux-3m4i ModemManager[566]:\n"
            "[/dev/cdc-wdm0] Received message...#012>>>>>> RAW:#012>>>>>> length =\n"
            "56#012>>>>>> data =\n"
            "03:00:00:80:38:00:00:00:13:00:00:00:01:00:00:00:00:00:00:00:A2:89:CC:33:BC:BB:8B:4F:B6:B0:13:3E\n"
            "2013-10-09T10:49:49.930545+02:00 linux-3m4i ModemManager[566]:\n"
            "[/dev/cdc-wdm0] Received message (translated)...#012>>>>>> Header:\n")
    lines = lines_of(text)
    assert len(lines) == 2 and lines[0].endswith("data = 03:00:00:80:38:00:00:00:13:00:00:00:01:00:00:00:00:00:"
                                                 "00:00:A2:89:CC:33:BC:BB:8B:4F:B6:B0:13:3E")


def test_pipermail_hidden_addresses_still_make_prompts():
    # lists.freedesktop.org (Mailman 2) prints "litin at x220:~$ rfkill list all" for litin@x220
    assert prompt_command("litin at x220:~$ rfkill list all") == "rfkill list all"
    assert prompt_command("[root at fedora xplore]# lsusb") == "lsusb"
    assert prompt_command("I looked at it:~$ and more") is None


def test_a_wrapped_output_pasted_under_a_kernel_log_in_one_paragraph_is_read_whole():
    # a mail wrapped both at 72 (written case lara-r6-rmnet-if4-unbound-6-1): the kernel log reader takes the
    # paragraph (most of its lines are kernel lines) and hands the lsusb -t lines on as one run, rejoined lines and all
    text = ("[    5.332810] usb 1-1.4: new high-speed USB device number 4 using\n"
            "xhci_hcd\n"
            "[    5.462033] usb 1-1.4: New USB device found, idVendor=1546,\n"
            "idProduct=1312, bcdDevice= 0.00\n"
            "[    5.462054] usb 1-1.4: Product: u-blox Modem\n"
            "[    5.462059] usb 1-1.4: Manufacturer: u-blox\n"
            "[    5.611920] usbcore: registered new interface driver option\n"
            "[    5.612204] option 1-1.4:1.0: GSM modem (1-port) converter detected\n"
            "[    5.612581] option 1-1.4:1.2: GSM modem (1-port) converter detected\n"
            "[    5.612861] option 1-1.4:1.3: GSM modem (1-port) converter detected\n"
            "[    5.640288] usbcore: registered new interface driver cdc_wdm\n"
            "[    5.651375] usbcore: registered new interface driver qmi_wwan\n"
            "And this is the output of the next command, in case it helps:\n"
            "/:  Bus 01.Port 1: Dev 1, Class=root_hub, Driver=xhci_hcd/1p, 480M\n"
            "    |__ Port 1: Dev 2, If 0, Class=Hub, Driver=hub/4p, 480M\n"
            "        |__ Port 4: Dev 4, If 0, Class=Vendor Specific Class,\n"
            "Driver=option, 480M\n"
            "        |__ Port 4: Dev 4, If 3, Class=Vendor Specific Class,\n"
            "Driver=option, 480M\n"
            "        |__ Port 4: Dev 4, If 4, Class=Vendor Specific Class, Driver=,\n"
            "480M\n")
    snap = ingest_text(text, "p")
    (modem,) = [d for d in snap.usb_devices if d.path == "1-1.4"]
    assert [(i.number, i.driver) for i in modem.interfaces] == [(0, "option"), (2, "option"), (3, "option"), (4, "")]
    assert snap.unrecognized == ["p:13: And this is the output of the next command, in case it helps:"]


def test_a_rest_the_line_format_confirms_is_joined_though_it_would_have_fitted_the_width():
    # quoted and wrapped at 70 (written case lara-r6-rmnet-if4-unbound-6-1 in a reply): the widest line is 70
    # long, and the wrapper cut the last lsusb -t line at 61 before "Driver=," although 61 + 1 + 8 fit in 70
    text = ("> [    5.612204] option 1-1.4:1.0: GSM modem (1-port) converter detected\n"
            "> [    5.612444] usb 1-1.4: GSM modem (1-port) converter now attached\n"
            "> to ttyUSB0\n"
            "> [    5.612581] option 1-1.4:1.2: GSM modem (1-port) converter detected\n"
            ">\n"
            "> /:  Bus 01.Port 1: Dev 1, Class=root_hub, Driver=xhci_hcd/1p, 480M\n"
            ">     |__ Port 1: Dev 2, If 0, Class=Hub, Driver=hub/4p, 480M\n"
            ">         |__ Port 4: Dev 4, If 0, Class=Vendor Specific Class,\n"
            "> Driver=option, 480M\n"
            ">         |__ Port 4: Dev 4, If 4, Class=Vendor Specific Class,\n"
            "> Driver=, 480M\n")
    lines = lines_of(text)
    assert "        |__ Port 4: Dev 4, If 4, Class=Vendor Specific Class, Driver=, 480M" in lines
    assert "        |__ Port 4: Dev 4, If 0, Class=Vendor Specific Class, Driver=option, 480M" in lines


def _real(path):
    with open(os.path.join(HERE, "real_cases", path), encoding="utf-8") as fh:
        return fh.read()


# modemmanager-devel 2014-June/001298 (a reply quoting the report; the archive wrapped its syslog line at 68)
EM7345_REPORT = _real("spent/em7345-mbim-not-working-kernel-3.14-cdc-ncm-bound-mac-ff-ff-ff/other-1.txt")
EM7345_LINE = "Jun 3 14:39:16 Ecos-Appliance kernel: cdc_ncm 3-10:1.0: MAC-Address: ff:ff:ff:ff:ff:ff"


def test_the_width_is_the_one_the_pastes_own_lines_show():
    # real list archives: mc7750 (libqmi-devel, Thunderbird's 72), em7345-lenovo (modemmanager-devel, 72),
    # em7345 (68: its widest line is the one cut), t460p-me906s (75)
    widths = {path: hard_wrap([strip_quoting(ln) for ln in _real(path).splitlines()]).width for path in (
        "tuning/mc7750-qmi-network-connects-no-packets-needs-802-3-link-layer-format/other-1.txt",
        "tuning/em7345-lenovo-firmware-crash-reenumerates-1-cdc-intel-vid/other-1.txt",
        "spent/em7345-mbim-not-working-kernel-3.14-cdc-ncm-bound-mac-ff-ff-ff/other-1.txt",
        "tuning/t460p-huawei-me906s-ecm-config-no-carrier-switch-to-mbim-config-3/other-1.txt")}
    assert sorted(widths.values()) == [68, 72, 72, 75]


def test_a_log_lines_rest_is_joined_on_its_line_format():
    # one cut only (the paste is not surely wrapped), but a log record starts with its stamp: the MAC is the rest
    assert EM7345_LINE in lines_of(EM7345_REPORT)


def test_a_wrapped_log_in_a_markdown_code_block_is_read_whole():
    # the same report pasted as a code block (indented by 4) between the post's own paragraphs
    block = "".join("    " + ln + "\n" if ln.strip() else "\n" for ln in EM7345_REPORT.splitlines())
    assert EM7345_LINE in lines_of(block + "\nAnd this is the output of the next command, in case it helps:\n")


def test_nested_output_indentation_is_no_code_block():
    # lsusb -v with its runs of spaces collapsed (tuning/intrepid-zte-mf626, a forum post): its lines are
    # indented within the output, not as a code block of the post; none is the rest of another
    text = _real("tuning/intrepid-zte-mf626-19d2-0031-switched-not-recognized-by-network-manager-07/lsusb-v-1.txt")
    assert lines_of(text) == [strip_quoting(ln) for ln in text.splitlines() if ln.strip()]
