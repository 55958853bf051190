"""qmicli, mbimcli, qmi-network/mbim-network, quectel-CM, DHCP clients, tool errors (real samples)."""
import pytest

from ingest_util import lines_of, load, sample, sample_text
from wwandoctor.ingest import ingest_text
from wwandoctor.ingest.registry import best_parser
from wwandoctor.ingest.splitter import split


def tools(snap):
    return [t.tool for t in snap.tools]


def kinds(text):
    return [getattr(best_parser(b)[0], "KIND", None) for b in split(text.splitlines(), "t")]


# --- qmicli -----------------------------------------------------------------------

def test_qmicli_operating_mode():
    snap = load("qmicli-operating-mode.txt")
    assert lines_of(snap, "qmicli")[1:] == ["[/dev/cdc-wdm1] Operating mode retrieved:", "Mode: 'low-power'",
                                            "HW restricted: 'no'"]
    assert tools(snap) == ["qmicli"]
    assert snap.tools[0].evidence == "qmicli -d /dev/cdc-wdm1 --dms-get-operating-mode"
    assert snap.unrecognized == []


def test_qmicli_typographic_quotes_are_normalized():
    snap = load("qmicli-typographic-error.txt")
    assert "error: couldn't get MSISDN: QMI protocol error (37): 'UimUninitialized'" in lines_of(snap, "qmicli")


def test_qmicli_start_network_failure():
    snap = load("qmicli-start-network-callfailed.txt")
    got = lines_of(snap, "qmicli")
    assert "error: couldn't start network: QMI protocol error (14): 'CallFailed'" in got
    assert "call end reason (3): generic-no-service" in got
    assert "CID: '20'" in got
    assert snap.unrecognized == []


def test_qmicli_data_format_sets_kernel_framing_of_the_known_port():
    text = ("[ 7.73] qmi_wwan 1-1.4:1.4: cdc-wdm0: USB WDM device\n"
            "[ 7.74] qmi_wwan 1-1.4:1.4 wwan0: register 'qmi_wwan' at usb-x-1.4, WWAN/QMI device, ce:db:66:0e:df:26\n\n")
    snap = ingest_text(text + sample_text("qmicli-data-format.txt"))
    assert "Link layer protocol: 'raw-ip'" in lines_of(snap, "qmicli")
    assert "Card state: 'absent'" in lines_of(snap, "qmicli")
    assert snap.net_interfaces[0].raw_ip is False  # --get-expected-data-format said 802-3
    assert snap.unrecognized == []


def test_qmicli_framing_unknown_without_port_mapping():
    snap = load("qmicli-data-format.txt")
    assert all(n.raw_ip is None for n in snap.net_interfaces)


# --- mbimcli ----------------------------------------------------------------------

# a tool's sample: read whole, as that tool's lines (those listed among them)
TOOL_SAMPLES = {
    "mbimcli_radio_and_ready_state": ("mbimcli-radio-state.txt", "mbimcli",
                                      ["Software radio state: 'off'", "Ready state: 'sim-not-inserted'"]),
    "qmi_network": ("qmi-network-start.txt", "qmi-network",
                    ["Device link layer protocol retrieved: raw-ip", "Network started successfully"]),
    "mbim_network_without_prompt": ("mbim-network-start.txt", "mbim-network", ["Network started successfully"]),
}


@pytest.mark.parametrize("name,tool,seen", TOOL_SAMPLES.values(), ids=list(TOOL_SAMPLES))
def test_a_tool_sample_is_read_whole_as_its_tool(name, tool, seen):
    snap = load(name)
    got = lines_of(snap, tool)
    assert all(line in got for line in seen), got
    assert tools(snap) == [tool]
    assert snap.unrecognized == []


def test_mbimcli_open_timeout_is_mbimcli_not_qmicli():
    snap = load("mbimcli-open-timeout.txt")
    assert lines_of(snap, "mbimcli")[-1] == "error: couldn't open the MbimDevice: Transaction timed out"
    assert kinds("error: couldn't open the MbimDevice: Transaction timed out") == ["mbimcli"]


def test_libqmi_cannot_select_mode_is_qmicli_not_mbimcli():
    # libqmi's error names "QMI/MBIM" but is qmicli's (knowledge.md, qmi-device.c:2624)
    snap = load("qmicli-cannot-select-mode.txt")
    assert tools(snap) == ["qmicli"]
    assert lines_of(snap, "mbimcli") == []
    line = sample("qmicli-cannot-select-mode.txt")[1]
    assert line in lines_of(snap, "qmicli")
    assert kinds(line) == ["qmicli"]  # without its command too
    assert kinds("[/dev/cdc-wdm0] Unexpected MBIM message") == ["mbimcli"]


def test_a_lone_mbim_line_is_a_sysfs_port_type_not_mbimcli():
    snap = load("sysfs-dw5570-mbim.txt")  # "$ grep . /sys/class/wwan/*/type" printed "MBIM"
    assert tools(snap) == []
    assert lines_of(snap, "mbimcli") == []
    assert kinds("MBIM") == [None]
    assert kinds("[/dev/cdc-wdm0] Unexpected MBIM message") == ["mbimcli"]


# mbimcli's lines that name MBIM, as libmbim prints them (mbimcli-ms-basic-connect-extensions.c, mbim-message.c
# mbim_message_error_get_error, mbimcli.c "MBIM Device at '%s' ready" under --verbose)
MBIMCLI_MBIM_LINES = (
    "[/dev/cdc-wdm0] Successfully exchanged version information\n MBIM version          : 1.00\n"
    " MBIM extended version : 2.00",
    "error: operation failed: MBIM protocol error: LengthMismatch",
    "[/dev/cdc-wdm0] Unexpected MBIM message",
)
# a person's one line that names MBIM (no "I" or "my" in it), or another program's line: not mbimcli's
LINES_NAMING_MBIM = (
    "EM7455 in MBIM mode, qmicli --dms-get-ids hangs",
    "The modem is in MBIM mode and qmicli times out.",
    "the modem runs MBIM now, qmicli says nothing",
    'AT+QCFG="usbnet",2 < MBIM',
    "Problem: Sierra Wireless EM7345 4G LTE (MBIM) not working",
)


@pytest.mark.parametrize("text", MBIMCLI_MBIM_LINES)
def test_mbimcli_lines_naming_mbim_are_mbimcli(text):
    assert kinds(text) == ["mbimcli"]


@pytest.mark.parametrize("text", LINES_NAMING_MBIM)
def test_a_line_naming_mbim_is_not_mbimcli_output(text):
    snap = ingest_text(text + "\n", "p")
    assert lines_of(snap, "mbimcli") == []
    assert "mbimcli" not in tools(snap)


def test_qmicli_without_its_command_leaves_the_next_output_alone():
    # after a qmicli response pasted without its prompt: a dmesg line and an mmcli error are not qmicli's
    text = ("[/dev/cdc-wdm0] Operating mode retrieved:\n\tMode: 'online'\n"
            "[ 7.73] qmi_wwan 1-1.4:1.4: cdc-wdm0: USB WDM device\n"
            "error: couldn't find the ModemManager process in the bus\n")
    snap = ingest_text(text, "p")
    assert lines_of(snap, "qmicli") == ["[/dev/cdc-wdm0] Operating mode retrieved:", "Mode: 'online'"]
    assert lines_of(snap, "kernel") == ["qmi_wwan 1-1.4:1.4: cdc-wdm0: USB WDM device"]


def test_a_log_line_another_program_signed_is_never_the_tools_even_under_its_prompt():
    # a ModemManager debug line pasted right under qmicli's output, no blank line between (libmbim-devel
    # 2015-July/000604 shows this line after its qmicli trace): the journal reads it as ModemManager's
    text = ("$ qmicli -d /dev/cdc-wdm0 --dms-get-operating-mode\n"
            "[/dev/cdc-wdm0] Operating mode retrieved:\n"
            "\tMode: 'low-power'\n"
            "\tHW restricted: 'no'\n"
            "error: couldn't create client for the 'nas' service: CID allocation failed in the CTL client: "
            "Transaction timed out\n"
            "ModemManager[2839]: <debug> [1437767847.000186] [mm-port-probe.c:435] port_qmi_open\n")
    snap = ingest_text(text, "p")
    assert not any("port_qmi_open" in ln for ln in lines_of(snap, "qmicli"))
    assert lines_of(snap, "ModemManager") == ["<debug> [1437767847.000186] [mm-port-probe.c:435] port_qmi_open"]


def test_qmicli_without_its_command_leaves_indented_lines_of_ip_addr():
    text = "".join(ln + "\n" for ln in sample("qmicli-operating-mode.txt")[1:] + sample("ip-addr-wwan-rawip.txt"))
    snap = ingest_text(text, "p")
    assert lines_of(snap, "qmicli") == ["[/dev/cdc-wdm1] Operating mode retrieved:", "Mode: 'low-power'",
                                        "HW restricted: 'no'"]
    assert snap.unrecognized == []


def test_qmicli_responses_without_their_commands_are_read_whole():
    text = "".join(ln + "\n" for ln in sample("qmicli-data-format.txt") if not ln.startswith("root@"))
    snap = ingest_text(text, "p")
    assert snap.unrecognized == ["p:7: 802-3"]  # a bare value needs the command that asked for it
    got = lines_of(snap, "qmicli")
    assert len(got) == 12
    assert "Downlink data aggregation protocol: 'disabled'" in got and "Card [0]:" in got


# --- scripts ----------------------------------------------------------------------

def test_qmi_network_profile_dump_but_not_ifconfig_lines_after_it():
    snap = load("qmi-network-start.txt")
    assert ["APN: internet", "APN user: unset", "APN password: unset", "qmi-proxy: no"] == [
        l for l in lines_of(snap, "qmi-network") if l.startswith(("APN", "qmi-proxy"))]
    text = "".join(ln + "\n" for ln in sample("qmi-network-start.txt")[1:] + sample("ifconfig-busybox.txt"))
    snap = ingest_text(text, "p")
    assert not any("addr:" in l for l in lines_of(snap, "qmi-network"))
    assert snap.unrecognized == [] and [n.name for n in snap.net_interfaces] == ["wwan0", "usb0"]


def test_quectel_cm_with_udhcpc_and_raw_ip_retry():
    snap = load("quectel-cm-rawip-retry.txt")
    assert "udhcpc fail to get ip address, try next:" in lines_of(snap, "quectel-cm")
    assert "echo Y > /sys/class/net/wwan0/qmi/raw_ip" in lines_of(snap, "quectel-cm")
    assert "udhcpc: no lease, failing" in lines_of(snap, "udhcpc")
    assert "quectel-cm" in tools(snap)
    assert [(n.name, n.driver) for n in snap.net_interfaces] == [("wwan0", "qmi_wwan")]
    assert snap.unrecognized == []


# --- DHCP -------------------------------------------------------------------------

def test_dhclient_bound_adds_address():
    snap = load("dhclient-bound.txt")
    net = snap.net_interfaces[0]
    assert (net.name, net.addresses, net.mac) == ("wwan0", ["10.122.253.158"], "06:9c:1b:8b:4c:4a")
    assert tools(snap) == ["dhclient"]
    assert snap.unrecognized == []


def test_dhclient_unsupported_device_type_gives_arphrd():
    snap = load("dhclient-unsupported-rawip.txt")
    assert 'Unsupported device type 65534 for "wwan0"' in lines_of(snap, "dhclient")
    assert [(n.name, n.type, n.addresses) for n in snap.net_interfaces] == [("wwan0", 65534, None)]
    assert snap.unrecognized == []


def test_a_sentence_that_opens_with_dhclient_is_no_dhclient_output():
    # a maintainer's answer naming the client first is left for the prose reader; the client's own lines stay its
    snap = ingest_text("dhclient does not support this kind of link at all, the wwan0 device has no Ethernet header.\n", "t")
    assert lines_of(snap, "dhclient") == []
    assert any("does not support this kind of link" in text for text in snap.unrecognized)
    own = ingest_text("dhclient: Unsupported device type 65534 for \"wwan0\"\n", "t")
    assert lines_of(own, "dhclient") != []


def test_udhcpc_lease():
    snap = load("udhcpc-lease.txt")
    assert tools(snap) == ["udhcpc"]
    assert snap.net_interfaces[0].addresses == ["10.64.12.7"]


def test_dhcpcd_lease():
    snap = load("dhcpcd-lease.txt")
    assert tools(snap) == ["dhcpcd"]
    assert snap.net_interfaces[0].addresses == ["100.70.12.3"]


# --- generic tool errors -------------------------------------------------------------

def test_qmi_firmware_update_permission_denied():
    snap = load("tool-errors-qdl-permission.txt")
    got = lines_of(snap, "qmi-firmware-update")
    assert got[-1] == "error: error creating device: error opening serial device: Permission denied"
    assert tools(snap) == []  # not a connection tool
    assert snap.unrecognized == []


def test_qmi_firmware_update_hdlc_error_with_wrapped_command():
    snap = load("tool-errors-hdlc-wrapped.txt")
    got = lines_of(snap, "qmi-firmware-update")
    assert "error: error creating device: HDLC trailing control character not found" in got
    assert "SWI9X30C_02.24.05.06.cwe" in got  # the wrapped arguments are kept, not dropped
    assert snap.unrecognized == []


def test_mixed_paste_routes_each_block():
    text = "\n\n".join(sample_text(n) for n in (
        "dmesg-ec21-qmi-wwan.txt", "qmicli-operating-mode.txt", "dhclient-bound.txt", "journal-bare-tag.txt"))
    assert kinds(text) == ["dmesg", "qmicli", "dhcp", "dhcp", "journal"]


def test_command_not_found_is_the_shell_speaking():
    snap = ingest_text("sudo: qmicli: command not found\n")
    assert [(l.origin, l.text) for l in snap.log] == [("shell", "sudo: qmicli: command not found")]
    assert tools(snap) == []


def test_usb_modeswitch_output_is_kept_whole():
    snap = load("usb-modeswitch-run.txt")
    got = lines_of(snap, "usb_modeswitch")
    assert "Found devices in default mode (1)" in got and "OK, Huawei control message sent" in got
    assert "Manufacturer: HUAWEI_MOBILE" in got
    assert tools(snap) == []
    assert snap.unrecognized == []


def test_uqmi_is_a_connection_tool():
    snap = ingest_text('root@OpenWrt:~# uqmi -d /dev/cdc-wdm0 --start-network internet --autoconnect\n"Call failed"\n')
    assert tools(snap) == ["uqmi"]
    assert '"Call failed"' in lines_of(snap, "uqmi")


def test_quectel_cm_stamp_with_year_and_qmux_error():
    snap = ingest_text("[2023-04-13_06:12:23:421] Quectel_QConnectManager_Linux_V1.6.5\n"
                       "[2023-04-13_06:12:23:520] requestSetupDataCall QMUXResult = 0x1, QMUXError = 0xe\n")
    assert lines_of(snap, "quectel-cm") == ["Quectel_QConnectManager_Linux_V1.6.5",
                                            "requestSetupDataCall QMUXResult = 0x1, QMUXError = 0xe"]


def test_quectel_cm_names_the_usb_device_it_looked_at():
    # device.c qmidevice_detect prints the ids unpadded and the bus / device numbers in hex (written lines, ids invented)
    snap = ingest_text("[05-11_08:00:01:100] Find /sys/bus/usb/devices/2-1.4 idVendor=0x2c7c idProduct=0x700, "
                       "bus=0x002, dev=0x00b\n[05-11_08:00:01:102] qmidevice_detect failed\n")
    assert [(d.path, d.vid, d.pid, d.busnum, d.devnum) for d in snap.usb_devices] == [("2-1.4", "2c7c", "0700", 2, 11)]
    assert tools(snap) == ["quectel-cm"]


def test_versions_of_tools():
    snap = ingest_text("$ qmicli --version\nqmicli 1.30.4\nCopyright (C) 2012-2021 Aleksander Morgado\n"
                       "License GPLv2+: GNU GPL version 2 or later <http://gnu.org/licenses/gpl-2.0.html>\n"
                       "This is free software: you are free to change and redistribute it.\n"
                       "There is NO WARRANTY, to the extent permitted by law.\n\n")
    assert snap.versions == {"qmicli": "1.30.4"}
    assert tools(snap) == [] and snap.unrecognized == []
    assert load("dhclient-bound.txt").versions == {"dhclient": "4.3.5"}
    assert load("udhcpc-lease.txt").versions == {"udhcpc": "1.36.1"}
    assert load("dhcpcd-lease.txt").versions == {"dhcpcd": "9.4.1"}
    assert load("quectel-cm-rawip-retry.txt").versions == {"quectel-cm": "1.6.0.24", "udhcpc": "1.30.1"}


def test_qmicli_glib_warnings_are_kept():
    snap = ingest_text("$ qmicli -d /dev/cdc-wdm0 --nas-get-signal-strength\n"
                       "(qmicli:2144): GLib-CRITICAL **: 10:58:44.123: g_variant_new_string: assertion failed\n"
                       "error: couldn't open the QmiDevice: Transaction timed out\n")
    got = lines_of(snap, "qmicli")
    assert any("GLib-CRITICAL" in t for t in got)
    assert "error: couldn't open the QmiDevice: Transaction timed out" in got


def test_qmicli_packet_service_status_is_not_mbimcli():
    # qmicli --wds-get-packet-service-status prints the value on the same line; mbimcli's
    # "Connection status:" ends the line and its fields follow.
    assert kinds("[/dev/cdc-wdm0] Connection status: 'connected'") == ["qmicli"]
    text = "[/dev/cdc-wdm0] Connection status:\n\t      Session ID: '0'\n\tActivation state: 'activated'\n"
    assert kinds(text) == ["mbimcli"]


def test_at_session_in_minicom():
    snap = ingest_text("Welcome to minicom 2.7.1\n\nOPTIONS: I18n\nPort /dev/ttyUSB2, 10:14:52\n\n"
                       "AT+CPIN?\n+CME ERROR: 10\nAT+QCFG=\"usbnet\"\n+QCFG: \"usbnet\",0\nOK\n", "t")
    assert lines_of(snap, "at") == ["AT+CPIN?", "+CME ERROR: 10", 'AT+QCFG="usbnet"', '+QCFG: "usbnet",0', "OK"]
    assert tools(snap) == ["at"]


def test_a_sentence_under_an_answer_is_left_for_the_prose_reader():
    # the person's words straight under the modem's answer, no blank line between (LilyGO T-Call issue style)
    snap = ingest_text("AT+CPIN?\n+CME ERROR: SIM not inserted\nI tested several working SIM cards and all give the same.\n", "t")
    assert lines_of(snap, "at") == ["AT+CPIN?", "+CME ERROR: SIM not inserted"]
    assert any("several working SIM cards" in text for text in snap.unrecognized)


def test_an_lsusb_line_under_a_session_is_left_for_lsusb():
    # WRITTEN (stop 34): the id the AT command set, shown by lsusb straight below the session, no blank line between
    snap = ingest_text("AT!UDPID=68E2\r\nOK\r\nBus 001 Device 004: ID 1199:68e2 Sierra Wireless, Inc.\n", "t")
    assert lines_of(snap, "at") == ["AT!UDPID=68E2", "OK"]
    assert [(d.vid, d.pid) for d in snap.usb_devices] == [("1199", "68e2")]


def test_a_line_of_plain_words_above_a_session_is_left_for_the_prose_reader():
    # the person's words over the transcript without a person word of the sentence test ("I", "my", "but"): a modem's
    # answers never hold a run of four plain words without a prefix
    snap = ingest_text("After the firmware upgrade to R07 the dial command is refused, on R05 it worked:\nATD*99#\nERROR\n", "t")
    assert lines_of(snap, "at") == ["ATD*99#", "ERROR"]
    assert any("on R05 it worked" in text for text in snap.unrecognized)
    # a modem's multi-word answers stay its own
    ati = ingest_text("ATI\nQuectel\nEC25\nRevision: EC25EFAR06A03M4G\nSMS Ready\nOK\n", "t")
    assert lines_of(ati, "at") == ["ATI", "Quectel", "EC25", "Revision: EC25EFAR06A03M4G", "SMS Ready", "OK"]


def test_a_sentence_naming_mbim_without_a_person_word_is_no_mbimcli_output():
    # a maintainer's sentence: six plain words in a row and no prefix; mbimcli's own lines have a prefix
    snap = ingest_text("The MBIM function has stopped answering on the control channel, the open request never "
                       "completes.\n", "t")
    assert lines_of(snap, "mbimcli") == []
    assert any("stopped answering" in text for text in snap.unrecognized)


def test_at_session_with_a_terminal_tools_direction_prefixes():
    # a Windows terminal tool's transcript (forum.sierrawireless.com, MC7455 stuck in low power mode)
    snap = ingest_text("Send:AT!PCINFO?\nRecieve: AT!PCINFO?\nRecieve: State: Low Power Mode\n"
                       "Recieve: LPM voters - Temp:0, Volt:0, User:0, W_DISABLE:0, IMSWITCH:1, BIOS:0\n"
                       "Recieve: OK\n", "t")
    assert lines_of(snap, "at") == ["AT!PCINFO?", "AT!PCINFO?", "State: Low Power Mode",
                                    "LPM voters - Temp:0, Volt:0, User:0, W_DISABLE:0, IMSWITCH:1, BIOS:0", "OK"]
    assert tools(snap) == ["at"]
    arrows = ingest_text(">> AT+CPIN?\n<< +CPIN: READY\n<< OK\n", "t")
    assert lines_of(arrows, "at") == ["AT+CPIN?", "+CPIN: READY", "OK"]


def test_at_session_of_a_library_log_and_of_a_python_serial_loop():
    # an Arduino modem library's log: "<-" what it sent, "->" what it read, its discarded lines in parentheses
    # (SeeedJP/WioLTEforArduino issue 5)
    snap = ingest_text("<- AT+CPIN?\n-> (+CPIN: READY)\n-> OK\n<- AT+CGREG?\n-> (RDY)\n-> +CGREG: 0,1\n-> OK\n", "t")
    assert lines_of(snap, "at") == ["AT+CPIN?", "+CPIN: READY", "OK", "AT+CGREG?", "RDY", "+CGREG: 0,1", "OK"]
    loop = ingest_text(">> AT+CREG?\nb'+CREG: 0,3\\r\\n'\nb'OK\\r\\n'\n", "t")
    assert lines_of(loop, "at") == ["AT+CREG?", "+CREG: 0,3", "OK"]
    # parentheses around words that are no modem line stay
    prose = ingest_text("AT+CREG?\n+CREG: 0,1\n(see above)\nOK\n", "t")
    assert "(see above)" in lines_of(prose, "at")


def test_at_session_in_more_terminal_and_script_formats():
    # WRITTEN (stop 29): bracketed direction words, single arrows, the Arduino serial monitor's time stamps, carriage
    # returns in caret notation, a bytes literal holding a whole exchange, sms_tool's AT argument
    for text in ("[TX] AT+CPIN?\n[RX] ERROR\n", "> AT+CPIN?\n< ERROR\n", "12:49:18.255 -> AT+CPIN?\n12:49:18.301 -> ERROR\n",
                 "AT+CPIN?^M\nERROR^M^M\n", "b'AT+CPIN?\\r\\r\\nERROR\\r\\n'\n"):
        assert lines_of(ingest_text(text, "t"), "at") == ["AT+CPIN?", "ERROR"], text
    sms_tool = ingest_text('root@OpenWrt:~# sms_tool -d /dev/ttyUSB2 at "AT+CPIN?"\nERROR\n', "t")
    assert lines_of(sms_tool, "at") == ["AT+CPIN?", "ERROR"]
    # a quoted sentence is no transcript
    assert lines_of(ingest_text("> I sent AT+CPIN? and it said ERROR\n", "t"), "at") == []


def test_at_session_printed_as_python_literals():
    # WRITTEN (stop 40): what a pyserial loop prints: ser.readlines() as a list of bytes (binary port) or of str
    # (text mode), and one str literal holding the whole exchange; the same lines as from a terminal
    for text in ("[b'AT+CEREG?\\r\\r\\n', b'+CEREG: 0,3\\r\\n', b'\\r\\n', b'OK\\r\\n']\n",
                 "['AT+CEREG?\\r\\r\\n', '+CEREG: 0,3\\r\\n', '\\r\\n', 'OK\\r\\n']\n",
                 ">>> ser.readlines()\n[b'AT+CEREG?\\r\\r\\n', b'+CEREG: 0,3\\r\\n', b'OK\\r\\n']\n",
                 "'AT+CEREG?\\r\\r\\n+CEREG: 0,3\\r\\n\\r\\nOK\\r\\n'\n"):
        assert lines_of(ingest_text(text, "t"), "at") == ["AT+CEREG?", "+CEREG: 0,3", "OK"], text
    # the statements typed at Python's prompt: the command a write sends counts, a read is no modem line
    typed = ingest_text(">>> ser.write(b'AT+CPIN?\\r\\n')\n>>> ser.readlines()\n[b'+CME ERROR: 10\\r\\n']\n", "t")
    assert lines_of(typed, "at") == ["AT+CPIN?", "+CME ERROR: 10"]
    # a list of other things, or a quoted text without line ends, is no transcript
    assert lines_of(ingest_text("['qmi_wwan', 'option', 'cdc_mbim']\n", "t"), "at") == []
    assert lines_of(ingest_text("'modem not found'\n", "t"), "at") == []


def test_an_at_session_with_blank_lines_stays_one_session():
    # a terminal shows the CR LF around each answer as an empty line: every part is the session's, in order
    snap = ingest_text("AT!USBCOMP?\n\nERROR\nAT+CPIN?\n\n+CPIN: READY\n\nOK\n\nRDY\n\nSMS DONE\n", "t")
    assert lines_of(snap, "at") == ["AT!USBCOMP?", "ERROR", "AT+CPIN?", "+CPIN: READY", "OK", "RDY", "SMS DONE"]
    assert snap.unrecognized == []


def test_words_starting_with_at_are_no_at_session():
    assert kinds("Atmel board\nOK\n") != ["tool-errors"]


def test_quectel_cm_unstamped_lines_naming_gobinet_are_still_quectel_cm():
    snap = ingest_text("Quectel_QConnectManager_Linux_V1.6.0.24\nAuto find qmichannel = /dev/qcqmi0\n"
                       "Auto find usbnet_adapter = eth1\nnetcard driver = GobiNet, driver version = V1.6.2.13\n")
    assert tools(snap) == ["quectel-cm"]
    assert snap.unrecognized == []
    assert next(n for n in snap.net_interfaces if n.name == "eth1").driver == "GobiNet"


@pytest.mark.parametrize("text", (
    "It comes up in its MBIM configuration, and quectel-CM wants a QMI device. bConfigurationValue says 2.",
    "ModemManager is disabled on this box and quectel-CM alone runs the connection, which has been stable for weeks.",
    "Rebuilt GobiNet with RAWIP=1, installed and loaded the modules.",
))
def test_a_sentence_naming_quectel_cm_or_gobinet_is_not_quectel_cm_output(text):
    # no "I" or "my" in it, but written as a sentence ends: left for the reader of the post's words
    snap = ingest_text(text + "\n", "p")
    assert lines_of(snap, "quectel-cm") == [] and "quectel-cm" not in tools(snap)


def test_a_raw_ip_step_in_words_and_its_command_are_no_quectel_cm_log():
    """A person's sentence naming /qmi/raw_ip and the command that follows it: the sysfs file and "ifconfig wwan0 up"
    are what any raw-IP how-to writes; quectel-CM's own log (its stamp, or a phrase of its own beside them) still is."""
    snap = ingest_text("I enabled /qmi/raw_ip first, then:\necho Y > /sys/class/net/wwan0/qmi/raw_ip\nifconfig wwan0 up\n", "p")
    assert lines_of(snap, "quectel-cm") == [] and "quectel-cm" not in tools(snap)
    snap = ingest_text("Auto find qmichannel = /dev/cdc-wdm0\necho Y > /sys/class/net/wwan0/qmi/raw_ip\nifconfig wwan0 up\n", "p")
    assert "echo Y > /sys/class/net/wwan0/qmi/raw_ip" in lines_of(snap, "quectel-cm") and tools(snap) == ["quectel-cm"]


def test_a_quectel_modems_serial_name_is_no_quectel_cm_line():
    """udev names a Quectel modem's ports after its serial (ID_SERIAL "Quectel_EG25-G_<serial>"): a listing of
    /dev/serial/by-id is not quectel-CM output; before, any "Quectel_" read as its banner and quectel-cm was
    reported as a tool the person uses. The banners of its versions still are (quectel-CM main.c)."""
    snap = ingest_text("$ ls -l /dev/serial/by-id/\n"
                       "lrwxrwxrwx 1 root root 13 Dec  5 10:00 usb-Quectel_EG25-G_7C3A9F21B4E8-if02-port0 -> ../../ttyUSB2\n"
                       "lrwxrwxrwx 1 root root 13 Dec  5 10:00 usb-Quectel_EG25-G_7C3A9F21B4E8-if03-port0 -> ../../ttyUSB3\n")
    assert tools(snap) == [] and lines_of(snap, "quectel-cm") == []
    for banner in ("Quectel_QConnectManager_Linux_V1.6.0.12", "Quectel_Linux_ConnectManager_SR01A01V21",
                   "Quectel_ConnectManager_SR01A01V13"):
        assert tools(ingest_text(banner + "\nAuto find qmichannel = /dev/cdc-wdm0\n")) == ["quectel-cm"], banner


def test_a_command_on_a_serial_port_says_the_person_uses_at_ports():
    from wwandoctor.ingest import ingest_text
    for text in ("# echo 1e0e 9011 > /sys/bus/usb-serial/drivers/option1/new_id\n",
                 "$ sudo minicom -D /dev/ttyUSB2\nWelcome to minicom 2.8\n",
                 "$ echo -e 'AT+CSQ\\r' > /dev/ttyUSB2\n"):
        assert [t.tool for t in ingest_text(text).tools] == ["at"], text
    for text in ("$ ls /dev/ttyUSB*\n/dev/ttyUSB0\n", "$ modprobe option\n", "$ dmesg | grep ttyUSB\n"):
        assert ingest_text(text).tools == [], text


# --- pppd's own output without syslog tags (ingest/pppd_output.py) ---------------------------

# tests/real_cases/spent/f3507g-thinkpad-pppd-lcp-terminated-by-peer-after-chap-radio-off-until-cfun1/other-2.txt
_PPPD_F3507G = """Connect: ppp20 <--> /dev/ttyACM1
sent [LCP ConfReq id=0x1 ]
rcvd [LCP ConfReq id=0x2 ]
sent [LCP ConfAck id=0x2 ]
rcvd [LCP ConfAck id=0x1 ]
sent [LCP EchoReq id=0x0 magic=0x7ee90359]
rcvd [LCP EchoRep id=0x0 magic=0xd1304c29]
rcvd [CHAP Challenge id=0x0 <4c95aa9b38117677e44d021350494e6f7c055a8b6881266714bdb20380b9fe5fac>, name = "Kermit"]
sent [CHAP Response id=0x0 <068d69fa57a15daa762f3d4ea548e605>, name = "xxxxx"]
rcvd [CHAP Success id=0x0 "Congratulations!"]
CHAP authentication succeeded: Congratulations!
CHAP authentication succeeded
sent [IPCP ConfReq id=0x1 ]
rcvd [LCP TermReq id=0x1]
LCP terminated by peer
sent [LCP TermAck id=0x1
"""


def test_pppd_debug_output_without_tags_is_pppd_s():
    snap = ingest_text(_PPPD_F3507G)
    got = lines_of(snap, "pppd")
    assert got[0] == "Connect: ppp20 <--> /dev/ttyACM1"
    assert "LCP terminated by peer" in got and "CHAP authentication succeeded" in got
    assert len(got) == 16
    assert tools(snap) == ["pppd"]
    assert snap.unrecognized == []


@pytest.mark.parametrize("text", [
    # a person's sentence naming pppd's words, and a VPN how-to's prose: no pppd output
    "I keep getting LCP terminated by peer after the CHAP step, any idea?\nThe modem is an F3507g.",
    "sent [the logs] to the vendor\nrcvd nothing back so far",
])
def test_sentences_with_pppd_words_are_not_pppd_output(text):
    snap = ingest_text(text)
    assert lines_of(snap, "pppd") == []


# WRITTEN from ppp-project/ppp ce4629f chat/chat.c (msgf "abort on (%v)", "send (%v)", "expect (%v)", " -- failed",
# "Failed (%s)"): chat -v run by pon, the modem's echo and answer between its lines
_CHAT_NO_CARRIER = """abort on (NO CARRIER)
send (ATD*99#^M)
expect (CONNECT)
^M
NO CARRIER
 -- failed
Failed (NO CARRIER)
"""


def test_chat_s_own_lines_are_chat_s():
    snap = ingest_text("root@pi:~# pon gprs\n" + _CHAT_NO_CARRIER)
    assert lines_of(snap, "chat") == ["abort on (NO CARRIER)", "send (ATD*99#^M)", "expect (CONNECT)", "-- failed",
                                      "Failed (NO CARRIER)"]


# --- wvdial's own output (ingest/wvdial.py) -------------------------------------------------------

# WRITTEN from wlach/wvdial 6d6d7ff wvdialer.cc (log "Initializing modem." :737, "Sending: %s" :766, err "Bad init
# string." :784), the arrow its console log prints, and the modem's echo and answers between them
_WVDIAL_BAD_INIT = """--> WvDial: Internet dialer version 1.60
--> Cannot get information for serial port.
--> Initializing modem.
--> Sending: ATZ
ATZ
OK
--> Sending: AT+CPIN=1234
AT+CPIN=1234
+CME ERROR: 3
--> Bad init string.
"""


def test_wvdial_s_lines_are_wvdial_s_without_the_arrow():
    snap = ingest_text("$ sudo wvdial\n" + _WVDIAL_BAD_INIT)
    got = lines_of(snap, "wvdial")
    assert got[0] == "WvDial: Internet dialer version 1.60" and got[-1] == "Bad init string."
    assert "+CME ERROR: 3" in got and len(got) == 10
    assert kinds(_WVDIAL_BAD_INIT) == ["wvdial"]


def test_wvdial_s_lines_without_a_prompt():
    assert kinds("--> Initializing modem.\n--> Sending: ATZ\n--> Modem not responding.\n") == ["wvdial"]


@pytest.mark.parametrize("text", [
    # a ModemManager AT trace (its arrow is not at the start of the line), a person's arrow list
    "ModemManager[812]: <debug> (ttyUSB2): --> 'AT+CPIN?<CR>'\nModemManager[812]: <debug> (ttyUSB2): <-- '<CR><LF>READY'",
    "--> first I plug the stick in\n--> then I run the dialer",
])
def test_other_arrows_are_not_wvdial_s(text):
    assert "wvdial" not in kinds(text)


# --- an AT log with QCOM's time stamps (ingest/tool_errors.py _TRANSCRIPT_PREFIX) ----------------------

def test_qcom_stamped_answers_are_the_modem_s():
    # tests/real_cases/spent/bc95-g-cfun1-cme-error-4-and-524-sim-inserted-wrong-way-round/other-2.txt
    snap = ingest_text("[2022-01-05_16:49:40:689]+CME ERROR: 524\n\n\n[2022-01-05_16:49:53:679]+CME ERROR: 524\n"
                       "[2022-01-05_16:50:02:011]+CME ERROR: 4\n")
    assert lines_of(snap, "at") == ["+CME ERROR: 524", "+CME ERROR: 524", "+CME ERROR: 4"]


def test_a_quectel_cm_stamped_line_is_not_an_at_answer():
    snap = ingest_text("[04-13_06:12:23:421] Quectel_QConnectManager_Linux_V1.6.0.24\n"
                       "[04-13_06:12:23:423] Auto find qmichannel = /dev/cdc-wdm0\n")
    assert lines_of(snap, "at") == []
