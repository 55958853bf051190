"""The splitter on real paste shapes: prompts, fences, mail quoting, CRLF, wraps, continuations."""
from wwandoctor.ingest.splitter import MAX_BLOCK_LINES, prompt_command, split, strip_quoting


def blocks(text):
    return list(split(text.splitlines(True), "t"))


def test_prompts_of_many_shells():
    assert prompt_command("$ lsusb") == "lsusb"
    assert prompt_command("# lsusb") == "lsusb"
    assert prompt_command("root@OpenMPTCProuter:~# mmcli -L") == "mmcli -L"
    assert prompt_command("rogan@nemesis:~$ sudo qmicli -p -d /dev/cdc-wdm0 --dms-get-msisdn") == \
        "sudo qmicli -p -d /dev/cdc-wdm0 --dms-get-msisdn"
    assert prompt_command("comma@tici:/data/openpilot$ nmcli -f GENERAL.STATE con show lte").startswith("nmcli")
    assert prompt_command("[root@fedora ~]# dmesg | grep -i usb") == "dmesg | grep -i usb"
    assert prompt_command("root@OpenWrt:~# logread") == "logread"


def test_shell_trace_lines_of_known_commands_are_prompts():
    assert prompt_command("+ qmicli -d /dev/cdc-wdm0 --wds-start-network=apn=internet") == (
        "qmicli -d /dev/cdc-wdm0 --wds-start-network=apn=internet")
    assert prompt_command("++ sudo ip link set wwan0 up") == "sudo ip link set wwan0 up"
    assert prompt_command("+ sleep 2") is None  # not a command the parsers know
    assert prompt_command("+ some added line of a diff") is None
    assert prompt_command("+qmicli") is None


def test_a_known_command_alone_on_its_line_is_a_prompt():
    # openwrt/openwrt issue 9261 and turris forum posts quote the command without a prompt above its output
    assert prompt_command("uqmi -d /dev/cdc-wdm0 --get-data-status") == "uqmi -d /dev/cdc-wdm0 --get-data-status"
    assert prompt_command("sudo umbim -n -d /dev/cdc-wdm0 caps") == "sudo umbim -n -d /dev/cdc-wdm0 caps"
    # a tool whose output is read by its own shape: the line stays the post's (its words are read)
    assert prompt_command("sudo qmicli -p -d /dev/cdc-wdm0 --device-open-mbim") is None
    assert prompt_command("mmcli -L") is None
    b = blocks('Output:\n\nuqmi -d /dev/cdc-wdm0 --get-data-status\n"connected"\n')
    assert b[-1].command == "uqmi -d /dev/cdc-wdm0 --get-data-status"
    assert b[-1].lines == ["uqmi -d /dev/cdc-wdm0 --get-data-status", '"connected"']


def test_a_sentence_that_starts_with_a_command_is_no_prompt():
    assert prompt_command("uqmi -d /dev/cdc-wdm0 hangs on every call") is None
    assert prompt_command("uqmi hangs on every command") is None      # no option after the name


def test_not_prompts():
    assert prompt_command("# this is a comment about the modem") is None
    assert prompt_command("Bus 001 Device 002: ID 2c7c:0125 Quectel") is None
    assert prompt_command("[   44.0] usb 1-1: new device") is None
    assert prompt_command("PS> Get-PnpDevice") is None


def test_prompt_starts_blocks_and_names_command():
    text = ("$ sudo qmicli -d /dev/cdc-wdm1 --dms-get-operating-mode\n"
            "[/dev/cdc-wdm1] Operating mode retrieved:\n"
            "    Mode: 'low-power'\n"
            "# lsusb\n"
            "Bus 002 Device 001: ID 1d6b:0002 Linux Foundation 2.0 root hub\n")
    b = blocks(text)
    assert [x.command for x in b] == ["sudo qmicli -d /dev/cdc-wdm1 --dms-get-operating-mode", "lsusb"]
    assert b[0].lines == ["[/dev/cdc-wdm1] Operating mode retrieved:", "    Mode: 'low-power'"]
    assert b[0].first_line == 2 and b[1].first_line == 5


def test_lsusb_output_run_onto_the_prompt_line_is_its_output():
    # a copy that lost the line ends: "$ lsusb Bus 002 Device 002: ID ..." is the command and its first output line
    b = blocks("Seen:\n\n$ lsusb Bus 002 Device 002: ID 05c6:9204 Qualcomm, Inc. Bus 002 Device 003: ID 17ef:4807 Lenovo\n")
    assert [x.command for x in b] == [None, "lsusb"]
    assert b[1].lines == ["Bus 002 Device 002: ID 05c6:9204 Qualcomm, Inc. Bus 002 Device 003: ID 17ef:4807 Lenovo"]
    assert b[1].first_line == 3
    # other words after lsusb stay its arguments
    assert [x.command for x in blocks("$ lsusb -d 05c6:9204 -v\nBus 002 Device 002: ID 05c6:9204\n")] == ["lsusb -d 05c6:9204 -v"]


def test_crlf_and_mail_quoting_removed():
    text = "> $ mmcli -L\r\n>     No modems were found\r\n>> [   44.1] usb 1-7: USB disconnect, device number 3\r\n"
    b = blocks(text)
    assert b[0].command == "mmcli -L"
    assert b[0].lines == ["    No modems were found", "[   44.1] usb 1-7: USB disconnect, device number 3"]
    assert all("\r" not in ln for x in b for ln in x.lines)


def test_libmbim_dump_arrows_are_not_mail_quoting():
    assert strip_quoting(">>>>>> length = 56") == ">>>>>> length = 56"
    assert strip_quoting("> > quoted") == "quoted"


def test_markdown_fences_separate_blocks():
    text = "Here is my log:\n```\n[ 1.0] usb 1-7: new high-speed USB device number 3 using xhci_hcd\n```\n" \
           "and lsusb:\n```text\nBus 001 Device 003: ID 413c:81a3 Dell Computer Corp.\n```\nthanks!\n"
    b = blocks(text)
    assert [x.lines for x in b] == [["Here is my log:"],
                                    ["[ 1.0] usb 1-7: new high-speed USB device number 3 using xhci_hcd"],
                                    ["and lsusb:"], ["Bus 001 Device 003: ID 413c:81a3 Dell Computer Corp."],
                                    ["thanks!"]]


def test_blank_lines_separate_sections_and_keep_the_command():
    text = open("tests/samples/paste/dhclient-bound.txt").read() + "\n\ndefault via 10.0.0.1 dev wwan0\n"
    b = blocks(text)
    assert b[0].command == "sudo dhclient -1 -v wwan0"
    assert b[1].lines[0].startswith("Listening on LPF/wwan0")
    assert b[1].command == "sudo dhclient -1 -v wwan0"  # inherited; parsers weigh content first
    assert b[-1].lines == ["default via 10.0.0.1 dev wwan0"]


def test_command_continued_with_backslash_even_over_a_blank_line():
    b = blocks(open("tests/samples/paste/tool-errors-hdlc-wrapped.txt").read())
    assert b[0].command == "sudo qmi-firmware-update  -t /dev/ttyUSB0"
    assert any("HDLC trailing control character" in ln for x in b for ln in x.lines)
    # the bare prompt at the end is not output
    assert not any(ln.startswith("zabo5515@") for x in b for ln in x.lines)


def test_mail_wrapped_log_line_is_rejoined():
    # cut at 76 columns (the widest line): every line of the paste is that narrow or was cut
    text = ("Oct 27 10:58:44 host kernel: cdc_mbim 1-7:2.12 wwan0: register 'cdc_mbim' at\n"
            "usb-0000:00:14.0-7, CDC MBIM, d2:cc:f3:56:10:30\n"
            "Oct 27 10:58:44 host kernel: cdc_mbim 1-7:2.12 wwp0s20u7c2i12: renamed from\n"
            "wwan0\n")
    b = blocks(text)
    assert b[0].lines == [
        "Oct 27 10:58:44 host kernel: cdc_mbim 1-7:2.12 wwan0: register 'cdc_mbim' at usb-0000:00:14.0-7, CDC MBIM, "
        "d2:cc:f3:56:10:30",
        "Oct 27 10:58:44 host kernel: cdc_mbim 1-7:2.12 wwp0s20u7c2i12: renamed from wwan0"]


def test_output_after_a_log_line_longer_than_a_wrap_is_not_joined():
    # the last dmesg line (113 characters) was not cut by a mail archive: the dhclient line is no part of it
    text = open("tests/samples/paste/dmesg-ec21-qmi-wwan.txt").read() + "Internet Systems Consortium DHCP Client 4.4.1\n"
    assert blocks(text)[0].lines[-1] == "Internet Systems Consortium DHCP Client 4.4.1"


def test_a_rejoined_line_ends_with_a_short_piece():
    text = ("Oct 27 10:58:44 host kernel: cdc_mbim 1-7:2.12 wwan0: register 'cdc_mbim' at\n"
            "usb-0000:00:14.0-7, CDC MBIM, d2:cc:f3:56:10:30\n"
            "Internet Systems Consortium DHCP Client 4.4.1\n")
    assert blocks(text)[0].lines[1:] == ["Internet Systems Consortium DHCP Client 4.4.1"]


def test_output_heads_after_a_wrap_long_log_line_are_not_joined():
    # dmesg's last line is as long as a mail wrap; lsusb -t / lsusb / usb-devices / ip / ifconfig / lsmod follow
    last = "[ 9358.680771] usbcore: registered new interface driver cdc_mbim"
    for head in ("/:  Bus 01.Port 1: Dev 1, Class=root_hub, Driver=dwc_otg/1p, 480M",
                 "Bus 001 Device 002: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. EC25 LTE modem",
                 "T:  Bus=01 Lev=01 Prnt=01 Port=00 Cnt=01 Dev#=  2 Spd=480  MxCh= 0",
                 "3: wwan0: <POINTOPOINT,NOARP> mtu 1500 qdisc noop state DOWN group default qlen 1000",
                 "wwan0: flags=4240<POINTOPOINT,NOARP,MULTICAST>  mtu 1500",
                 "Module                  Size  Used by"):
        text = "[ 9358.679842] usbcore: registered new interface driver cdc_wdm\n" + last + "\n" + head + "\n"
        assert blocks(text)[0].lines[1:] == [last, head]


def test_elision_after_long_log_line_is_not_joined():
    b = blocks(open("tests/samples/paste/journal-mm-nohost-fcc.txt").read())
    assert "[...]" in b[0].lines
    assert not any(ln.endswith("[...]") and len(ln) > 5 for ln in b[0].lines)


def test_huge_output_is_cut_into_bounded_blocks():
    lines = ("[ %d.0] usb 1-1: reset high-speed USB device number 2 using ehci\n" % i
             for i in range(MAX_BLOCK_LINES * 2 + 10))
    sizes = [len(x.lines) for x in split(lines, "big")]
    assert max(sizes) <= MAX_BLOCK_LINES and sum(sizes) == MAX_BLOCK_LINES * 2 + 10


def test_empty_and_blank_input_yields_nothing():
    assert blocks("") == [] and blocks("\n\n  \n") == []


def test_venv_and_bash_version_prompts():
    assert prompt_command("(venv) user@host:~/x$ qmicli -d /dev/cdc-wdm0 --get-wwan-iface") == \
        "qmicli -d /dev/cdc-wdm0 --get-wwan-iface"
    assert prompt_command("bash-5.1# lsusb -t") == "lsusb -t"
    assert prompt_command("pi@raspberrypi:~ $ sudo usb_modeswitch -v 12d1") == "sudo usb_modeswitch -v 12d1"


def test_html_entities_of_web_archives_are_decoded():
    b = blocks("&gt; $ qmicli -d /dev/cdc-wdm0 --dms-get-operating-mode\n&gt;     Mode: &#39;low-power&#39;\n")
    assert b[0].command == "qmicli -d /dev/cdc-wdm0 --dms-get-operating-mode"
    assert b[0].lines == ["    Mode: 'low-power'"]


def test_markdown_code_block_indentation_of_the_whole_paste_is_removed():
    text = ("    $ dmesg | tail -n 2\n"
            "    [    7.60] qmi_wwan 1-1.2:1.4: cdc-wdm0: USB WDM device\n"
            "    [    7.61] qmi_wwan 1-1.2:1.4 wwan0: register 'qmi_wwan' at usb-ci_hdrc.1-1.2, WWAN/QMI device, 3a:91:4c:07:e2:5b\n"
            "\n"
            "    $ mmcli -m 0\n"
            "      Status   |                state: connected\n")
    blocks = list(split(text.splitlines(), "t"))
    assert blocks[0].command == "dmesg | tail -n 2"
    assert blocks[0].lines[0] == "[    7.60] qmi_wwan 1-1.2:1.4: cdc-wdm0: USB WDM device"
    assert blocks[1].lines == ["  Status   |                state: connected"]  # relative indentation stays


def test_markdown_code_blocks_between_the_posts_paragraphs_lose_their_indentation():
    # a post's own paragraphs at the margin, each output a code block indented by 4 (GitHub, Stack Exchange)
    text = ("The modem shows up but has no driver:\n"
            "\n"
            "    [    7.60] usb 1-1.2: New USB device found, idVendor=2c7c, idProduct=0125\n"
            "    [    7.61] usb 1-1.2: Product: EG25-G\n"
            "\n"
            "And this is what ModemManager says:\n"
            "\n"
            "    $ mmcli -m 0\n"
            "      Status   |                state: failed\n"
            "               |        failed reason: sim-missing\n")
    b = blocks(text)
    assert b[1].lines == ["[    7.60] usb 1-1.2: New USB device found, idVendor=2c7c, idProduct=0125",
                          "[    7.61] usb 1-1.2: Product: EG25-G"]
    assert b[3].command == "mmcli -m 0"
    assert b[3].lines == ["  Status   |                state: failed", "           |        failed reason: sim-missing"]


def test_an_indented_output_under_a_prompt_at_the_margin_keeps_its_indentation():
    text = "The help says:\n# qmicli --help-all | grep -i timeout\n      --loc-timeout=[SECS]   ...\n"
    assert blocks(text)[-1].lines == ["      --loc-timeout=[SECS]   ..."]


def test_a_block_indented_by_one_space_or_a_tab_loses_that_indentation():
    # a forum or mail copy that starts every line with one space or a tab; the output's own relative
    # indentation (lspci -v's tabs) stays (an RM520N-GL post's dmesg and lspci -v)
    dmesg = ["[    9.820931] mhi-pci-generic 0000:03:00.0: MHI PCI device found: qcom-sdx65m",
             "[   25.888443] mhi-pci-generic 0000:03:00.0: failed to power up MHI controller"]
    lspci = ["03:00.0 Unassigned class [ff00]: Qualcomm Device [17cb:0308]", "\tSubsystem: Qualcomm Device [17cb:5201]"]
    text = "".join(" %s\n" % ln for ln in dmesg) + "\n" + "".join("\t%s\n" % ln for ln in lspci)
    assert [b.lines for b in blocks(text)] == [dmesg, lspci]
    from wwandoctor.ingest import ingest_text
    snap = ingest_text(text)
    assert snap.pci_devices and snap.pci_devices[0].vendor == "17cb"


def test_a_paste_indented_by_one_space_is_unwrapped_as_its_text():
    # the Sierra EM7345 report on linux-usb (a syslog line cut at the width), every line indented by one space:
    # the indentation the whole paste shares goes before the hard wrap is judged
    from wwandoctor.ingest import ingest_text
    text = ("Problem: Sierra Wireless EM7345 4G LTE (MBIM) not working\n\nhere are the infos that I've collected:\n"
            "Kernel: 3.14.3\nModule cdc-ncm\nNetworkmanager: 0.9.8.10\nModemmanager: 1.2.0\n\n"
            "Jun 3 14:39:16 Ecos-Appliance kernel: cdc_ncm 3-10:1.0: MAC-Address:\nff:ff:ff:ff:ff:ff\n")
    for indent in ("", " ", "\t"):
        snap = ingest_text("".join(indent + ln if ln else ln for ln in text.splitlines(True)))
        assert any(ln.text.endswith("MAC-Address: ff:ff:ff:ff:ff:ff") for ln in snap.log), repr(indent)


def test_indentation_of_some_lines_only_is_kept():
    text = "$ qmicli -d /dev/cdc-wdm0 --dms-get-operating-mode\n    Mode: 'low-power'\n"
    assert list(split(text.splitlines(), "t"))[0].lines == ["    Mode: 'low-power'"]


def test_a_sentence_after_a_kernel_line_is_not_a_mail_wrapped_continuation():
    from wwandoctor.ingest import ingest_text
    snap = ingest_text(
        "[    5.234567] usb 1-1.3: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18\n"
        "then after a while it just says\n"
        "[  305.11] usb 1-1.3: USB disconnect, device number 4\n")
    assert not any("after a while" in line.text for line in snap.log)
    assert snap.usb_devices[0].vid == "2c7c"


def test_a_sentence_after_a_whole_syslog_kernel_line_stays_apart():
    # a short paste: the kernel line alone is as long as a mail wrap, yet it is whole (a sentence, then the next output)
    lines = blocks("Jun  3 14:39:16 myhost kernel: cdc_ncm 3-10:1.0 wwan0: register 'cdc_ncm' at usb-0000:00:14.0-10\n"
                   "And this is the output of the next command, in case it helps:\n"
                   "2024-06-03T14:39:17+0200 myhost kernel: usb 3-10: USB disconnect, device number 4\n"
                   "The modem does not come back after that.\n"
                   "[Mon Jun  3 14:39:18 2024] usb 3-10: new high-speed USB device number 5 using xhci_hcd\n"
                   "Then it stays like this for a while.\n")[0].lines
    assert "And this is the output of the next command, in case it helps:" in lines
    assert "The modem does not come back after that." in lines
    assert "Then it stays like this for a while." in lines
    assert len(lines) == 6


def test_a_kernel_message_cut_by_a_mail_wrap_is_joined_though_its_rest_reads_like_words():
    # quote-wrap at 70 columns cut qmi_wwan's message (drivers/net/usb/qmi_wwan.c, data/log-signatures.csv)
    b = blocks("$ dmesg | tail -n 1\n"
               "[  412.118305] qmi_wwan 2-1:1.4 wwan0: Cannot set pass through mode\n"
               "on non ip device\n")
    assert b[0].lines == ["[  412.118305] qmi_wwan 2-1:1.4 wwan0: Cannot set pass through mode on non ip device"]


def test_every_prompt_command_is_heard_also_one_that_printed_nothing():
    from wwandoctor.ingest.splitter import split
    heard = []
    text = ("[root@fedora ~]# modprobe option\n"
            "[root@fedora ~]# echo 1e0e 9011 > /sys/bus/usb-serial/drivers/option1/new_id\n"
            "$ lsusb \\\n"
            "   -t\n"
            "/:  Bus 02.Port 1: Dev 1, Class=root_hub, Driver=xhci_hcd/4p, 10000M\n")
    blocks = list(split(text.splitlines(True), "-", on_command=heard.append))
    assert heard == ["modprobe option", "echo 1e0e 9011 > /sys/bus/usb-serial/drivers/option1/new_id", "lsusb -t"]
    assert [b.command for b in blocks] == ["lsusb -t"]


# --- renderings of forums, mail and web pages (tests/robustness.py measures them on every case) ---

def test_typographic_characters_are_made_plain():
    # a post copied from a rendered page: curly quotes, "&nbsp; &nbsp;" copied back, a zero-width space
    line = "[/dev/cdc-wdm0] Radio state retrieved:\u00a0 \u2018fcc-locked\u2019 \u201cx\u201d\u200b"
    assert strip_quoting(line) == "[/dev/cdc-wdm0] Radio state retrieved:  'fcc-locked' \"x\""
    assert strip_quoting("\ufeff[    3.1] usb 1-1: new high-speed USB device") == \
        "[    3.1] usb 1-1: new high-speed USB device"  # Notepad's byte-order mark
    assert strip_quoting("Manufacturer: Quectel – EC25 \u00e9") == "Manufacturer: Quectel – EC25 \u00e9"


def test_html_line_breaks_ending_a_line_are_removed():
    # a forum post copied as its HTML source (an RM520N thread: "lspci -nn -d ::ff00 -v<br>")
    assert strip_quoting("lspci -nn -d ::ff00 -v<br>") == "lspci -nn -d ::ff00 -v"
    assert strip_quoting("03:00.0 Unassigned class [ff00]: Qualcomm Device [17cb:0308] <br />") == \
        "03:00.0 Unassigned class [ff00]: Qualcomm Device [17cb:0308]"
    assert strip_quoting("&gt; Bus 001 Device 003: ID 1199:9079&lt;BR/&gt;") == "Bus 001 Device 003: ID 1199:9079"
    # a tag that is the output's own stays
    assert strip_quoting("8: usb0: <BROADCAST,MULTICAST> mtu 1500") == "8: usb0: <BROADCAST,MULTICAST> mtu 1500"
    assert strip_quoting("<br> is what the page showed") == "<br> is what the page showed"


def test_bbcode_tags_end_blocks_like_fences():
    # [code] on its own line, and typed on the first and last output line
    for text in ("dmesg:\n[code]\n[  7.1] usb 1-1: new high-speed USB device number 2 using xhci_hcd\n"
                 "[  7.2] usb 1-1: New USB device found, idVendor=2c7c, idProduct=0125\n[/code]\nAny idea?\n",
                 "dmesg:\n[CODE][  7.1] usb 1-1: new high-speed USB device number 2 using xhci_hcd\n"
                 "[  7.2] usb 1-1: New USB device found, idVendor=2c7c, idProduct=0125[/CODE]\nAny idea?\n",
                 "dmesg:\n[quote=\"mike\"]<pre>[  7.1] usb 1-1: new high-speed USB device number 2 using xhci_hcd\n"
                 "[  7.2] usb 1-1: New USB device found, idVendor=2c7c, idProduct=0125</pre>[/quote]\nAny idea?\n"):
        got = [b.lines for b in blocks(text)]
        assert got == [["dmesg:"],
                       ["[  7.1] usb 1-1: new high-speed USB device number 2 using xhci_hcd",
                        "[  7.2] usb 1-1: New USB device found, idVendor=2c7c, idProduct=0125"],
                       ["Any idea?"]], text


def test_a_fence_typed_on_the_first_or_last_output_line_ends_the_block_like_a_tag():
    # a Dell DW5932e forum post opens its fence on the first log line; a Sierra forum post closes it on the last
    text = ("I get this error;\n\n```[2025-06-25 00:16:22.949] Retry to find device:/dev/wwan0mbim0 for the 1 time\n"
            "[2025-06-25 00:16:38.636] Retry to CheckModemManager for the 1 time```\nOr:\n"
            "````\nBus 001 Device 003: ID 1199:9079 Sierra Wireless, Inc.\n````\n"
            "    download mode detected\n"
            "    error: error creating device: unexpected response received in dload sdp: 0x13```\nthanks\n")
    assert [b.lines for b in blocks(text)] == [
        ["I get this error;"],
        ["[2025-06-25 00:16:22.949] Retry to find device:/dev/wwan0mbim0 for the 1 time",
         "[2025-06-25 00:16:38.636] Retry to CheckModemManager for the 1 time"],
        ["Or:"], ["Bus 001 Device 003: ID 1199:9079 Sierra Wireless, Inc."],
        ["download mode detected", "error: error creating device: unexpected response received in dload sdp: 0x13"],
        ["thanks"]]
    # a fence with a language tag, and inline code in a sentence, are no glued fences
    assert [b.lines for b in blocks("```console\nBus 001 Device 003: ID 1199:9079\n```\n")] == [
        ["Bus 001 Device 003: ID 1199:9079"]]
    line = "The rules are in ```/usr/lib/udev/rules.d/rules.d``` instead of ```/usr/lib/udev/rules.d```"
    assert [b.lines for b in blocks(line + "\n")] == [[line]]


def test_a_bracketed_log_line_is_no_tag():
    got = blocks("[code]\n[  7.1] usb 1-1: reset\n[  7.2] code: something\n[/code]\n")
    assert [b.lines for b in blocks("[  7.1] usb 1-1: [code] reset\n")] == [["[  7.1] usb 1-1: [code] reset"]]
    assert got[0].lines == ["[  7.1] usb 1-1: reset", "[  7.2] code: something"]


# libqmi-devel, 2017-October/002489 (a reply quoting the post, one ">" line after most lines)
QUOTED_DOUBLE_SPACED = """\
> [   34.784426] usb 2-3: New USB device found, idVendor=1199, idProduct=9071
>
> [   34.784428] usb 2-3: New USB device strings: Mfr=1, Product=2, SerialNumber=0
>
> [   34.784430] usb 2-3: Product: MC7455
>
> [   34.784432] usb 2-3: Manufacturer: Sierra Wireless, Incorporated
>
> [   34.786401] qcserial 2-3:1.0: Qualcomm USB modem converter detected
>
> [   34.786504] usb 2-3: Qualcomm USB modem converter now attached to ttyUSB0
>
>
>
> $ lsusb
>
> Bus 002 Device 003: ID 1199:9071 Sierra Wireless, Inc.
>
> Bus 002 Device 001: ID 1d6b:0002 Linux Foundation 2.0 root hub
"""


def test_a_double_spaced_paste_is_read_as_written_without_the_blank_lines():
    got = blocks(QUOTED_DOUBLE_SPACED)
    assert len(got) == 2
    assert len(got[0].lines) == 6 and got[0].lines[2] == "[   34.784430] usb 2-3: Product: MC7455"
    assert got[1].command == "lsusb" and len(got[1].lines) == 2


def test_blank_lines_between_paragraphs_still_separate_them():
    text = "".join("[  %d.0] usb 1-1: line %d\n" % (i, i) for i in range(8)) + "\n" + "".join(
        "Bus 001 Device 00%d: ID 1d6b:0002 x\n" % i for i in range(3))
    assert len(blocks(text)) == 2
    # two lines between blank lines are no double-spaced paste; three are (an AT transcript's
    # command and replies, with a blank line after each, stay one block)
    assert len(blocks("AT+CPIN?\n\n+CPIN: READY\n")) == 2
    assert len(blocks("AT+CPIN?\n\n+CPIN: READY\n\nOK\n")) == 1
