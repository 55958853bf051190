"""What a post says in its sentences (model/prose.py): quoted messages, named tools, stated states.

The sentences are real posts' (source in the test name) or written the way they are; each "must not
count" case is a negated, conditional, past or questioning sentence."""
import pytest

from wwandoctor.engine import evaluate, load_rules
from wwandoctor.ingest import ingest_text
from wwandoctor.model import derive, prose, prose_states
from wwandoctor.model.prose_languages import LANGUAGES
from wwandoctor.model.signals import prose_text_lines

from prose_util import post_lines, stated


def _findings(text, tools=()):
    from wwandoctor.snapshot import ToolUse
    snap = ingest_text(text)
    for tool in tools:
        snap.tools.append(ToolUse(tool=tool, source="cli", evidence="--tool %s" % tool))
    return evaluate(load_rules(), derive(snap)).findings


# --- hedged sentences -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, statement, expected", [
    ("LSUSB doesn't show any modem, and eg25-manager prints errors.", "LSUSB", False),
    ("If it does not show in lsusb, check the power.", "it does not", True),
    ("Before the update, lsusb did not show the modem.", "lsusb did", True),
    ("Does it show in lsusb?", "it show", True),
    ("Why does lsusb not show the modem?", "lsusb not", False),
    ("So I now got a wwan0 interface with an ip address, but how can I go on?", "with an ip", False),
    ("I should get an IP address, right?", "get an IP", True),
    # a leading condition that says when the person looked, then what a command showed: an observation
    # (gobi2000 launchpad #686418's sentence)
    ('If uninitialized, "lsmod" shows the module "qcserial" in use, "fuser /dev/ttyUSB0" shows the modem-manager PID.',
     "fuser", False),
    ("If the modem hangs, `fuser /dev/ttyUSB2` lists ModemManager.", "fuser", False),
    # ... but not a condition whose consequence is no command's output, nor a statement inside the condition
    ("If the LED is off, the module is not powered.", "the module", True),
    ("If lsusb does not show it, fuser shows ModemManager.", "lsusb does", True),
    ("If the modem hangs, maybe fuser shows ModemManager.", "fuser", True),
    # an attempt or a wish hedges only its own clause; a doubt the whole sentence; a question without its mark
    ("When trying to bring it up I get a timeout", "I get", False),
    ("When trying to bring it up I get a timeout", "bring", True),
    ("I want it to stop dropping off the bus", "stop", True),
    ("How do I make the modem register, it stays searching", "it stays", False),
    ("How do I make the modem register, it stays searching", "the modem", True),
    ("Any idea why the modem keeps disappearing", "the modem", False),
    ("I don't believe the SIM is locked", "the SIM", True),
    ("The modem no longer shows in lsusb, the wifi is fine", "the wifi", False),
    # a cause after an attempt is said now: "as", "because" and "since" end the attempt's clause
    ("It fails when trying to dial as the ppp kernel module isn't available", "the ppp", False),
    ("It fails when trying to dial as the ppp kernel module isn't available", "dial", True),
    ("I tried to reload it because qmi_wwan is missing", "qmi_wwan", False),
    ("如果模块掉线，请重启", "模块", True),
    # "if" written for "I" before what was found (dw5570 blog post): a statement; a real condition keeps its consequent
    ("After some investigations if figured out, that the card is locked in low-power mode", "the card", False),
    ("If found that the card is locked, run the unlock", "the card", True),
    ("If I found that the card is locked in low-power mode", "the card", True),
    # "if" after a verb of finding out tells what happens each time (jonshobbies blog): a statement; a bare "if" stays
    ("I've discovered if you plug the stick in after boot, the Pi will reboot", "the Pi", False),
    ("I noticed that if I unplug it, the modem comes back", "the modem", False),
    ("If you plug the stick in after boot, the Pi will reboot", "the Pi", True),
    # a yes/no question joined by "and" asks in every clause, whatever its subject
    ("Do cdc-wdm0 and cdc-wdm1 swap after a reboot?", "cdc-wdm1 swap", True),
    ("Is wwan0 down and does the SIM need a PIN?", "the SIM", True),
    ("Has ModemManager crashed and is the modem gone from lsusb?", "the modem", True),
    # a statement with a question mark quoting a message: the message was seen
    ('Bearer fails with "user authentication failed" on private APN?', "user authentication", False),
    ('Modem answers "+CME ERROR: 10" on every command?', "+CME", False),
    ("The modem says \"no SIM\", is the SIM locked?", "the SIM locked", True),
    ("The SIM is locked?", "The SIM", True),
    # an earlier trouble set against a working present (tuning36d): a past time, then "but ... works"
    ("My old E3372 was stuck in storage mode back then, but the EM12 I use now works out of the box.", "stuck", True),
    ("Last year I had to blacklist qcserial, but on 22.04 the modem works right away.", "blacklist", True),
    ("Back then it worked, but now the stick stays a CD-ROM drive.", "stays", False),
    ("Years ago I bought it and it drops off the bus, but it works fine in my phone.", "drops", False),
    # a note to later readers is advice; "you have to" about the writer's own board is what the writer saw
    ("Note for people reading this later: dhclient doesn't work on raw-ip interfaces.", "doesn't work", True),
    ("On my board you have to press PWRKEY, otherwise the EC25 does not appear in lsusb.", "does not appear", False),
    ("On these boards you have to press PWRKEY, otherwise the EC25 does not appear in lsusb.", "does not appear", True),
])
def test_hedged(sentence, statement, expected):
    assert prose.hedged(sentence, sentence.index(statement)) is expected


# --- messages quoted in a sentence ----------------------------------------------------------------
def _quotes(text):
    return [line.text for line, _ in prose.quoted_lines(post_lines(text))]


def test_quotes_in_quote_marks_and_after_says():
    assert _quotes("I get 'Operation not permitted' on /dev/cdc-wdm0 inside the container") == [
        "Operation not permitted"]
    assert _quotes("qmicli says: error: couldn't open the QmiDevice: Transaction timed out") == [
        "error: couldn't open the QmiDevice: Transaction timed out"]
    assert "state: failed (sim-missing)" in _quotes("mmcli shows state: failed (sim-missing)")
    # phillipdavidstearns/simcom_wwan-setup issue 1
    assert _quotes("When I ran `sudo dhclient -1 -v wwan0`, I would not get assigned an IP and got the error "
                   "`No DHCPOFFERS received`.") == ["sudo dhclient -1 -v wwan0", "No DHCPOFFERS received"]


def test_a_message_in_cjk_brackets_is_a_quote():
    # Siriling/5G-Modem-Support issue 11 (a spent case): a kernel line in 【】 inside Chinese prose
    assert _quotes("日志里也显示【NETDEV WATCHDOG: eth3 (rndis_host): transmit queue 0 timed out】所以我判断是模块和设备发生了中断。") == [
        "NETDEV WATCHDOG: eth3 (rndis_host): transmit queue 0 timed out"]
    assert _quotes("ログには「+CME ERROR: SIM not inserted」と出ます。") == ["+CME ERROR: SIM not inserted"]
    assert _quotes("模块名称【FM350】消失了。") == []


def test_apostrophes_are_not_quotes_and_hedged_quotes_do_not_count():
    assert _quotes("I don't think it's the modem's fault, the card's LED blinks.") == []
    assert _quotes("If qmicli says 'Operation not permitted' on /dev/cdc-wdm0, run it as root.") == []


def test_a_partial_quote_proves_the_fact_at_low_confidence():
    text = ("qmi_wwan 1-1:1.4: cdc-wdm0: USB WDM device\n"
            "qmi_wwan 1-1:1.4 wwan0: register 'qmi_wwan' at usb-4000c000.usb-1, WWAN/QMI device\n"
            "Inside the container I get 'Operation not permitted' on /dev/cdc-wdm0 whatever I try.\n")
    model = derive(ingest_text(text))
    assert [ln.origin for ln in model.signals["port:open-denied"]] == ["quoted"]
    found = [f for f in evaluate(load_rules(), model).findings if f.cause == "permissions"]
    assert found and found[0].confidence == "low"


def test_a_quote_without_its_context_or_in_a_condition_proves_nothing():
    assert "port:open-denied" not in derive(ingest_text("The forum says 'Permission denied' is common.\n")).signals
    text = "If qmicli says 'Operation not permitted' on /dev/cdc-wdm0, run it as root.\n"
    assert "port:open-denied" not in derive(ingest_text(text)).signals


def test_a_quoted_message_meets_a_rules_log_condition_at_low_confidence():
    # usb-power-or-reset matches the kernel's enumeration errors with a log condition, not a signal
    found = _findings('dmesg shows "device descriptor read/64, error -71" every time I plug the modem in.\n')
    assert [(f.cause, f.confidence) for f in found][:1] == [("usb-power-or-reset", "low")]
    assert not _findings("Threads where people get 'device descriptor read/64, error -71' say it is the cable.\n")


def test_a_quote_the_sentence_says_is_absent_is_no_message():
    assert _quotes("I don't get 'device descriptor read/64, error -71' errors anymore, the modem works.") == []
    assert _quotes("There is no 'device descriptor read/64, error -71' in dmesg.") == []
    assert _quotes("The 'Invalid transition' error went away after the unlock.") == []
    assert "device descriptor read/64, error -71" in _quotes("dmesg shows 'device descriptor read/64, error -71' and no modem.")


def test_quotes_of_what_others_saw_are_no_message_of_this_machine():
    assert _quotes("I keep reading threads where people get \"couldn't enable interface: 'Invalid transition'\"") == []
    assert _quotes("The wiki says 'Operation not permitted' means you need root.") == []


def test_a_whole_message_in_a_hedged_sentence_proves_nothing():
    assert "sim:missing" in derive(ingest_text("mmcli shows state: failed (sim-missing) after every boot.\n")).signals
    assert "sim:missing" not in derive(ingest_text("If mmcli shows sim-missing, reseat the SIM.\n")).signals
    # a guess still names a message the person saw (elixir vintage_net_qmi, a tuning post)
    guess = "it seems our issues and this one might be related to `:client_ids_exhausted`\n"
    assert "qmi:client-ids-exhausted" in derive(ingest_text(guess)).signals
    # a log line no parser knew is not a sentence: it still counts
    assert "sim:missing" in derive(ingest_text("<warn> modem0: failed reason: sim-missing\n")).signals


def test_a_message_past_the_cut_of_a_long_line_is_read():
    # a paragraph written as one line: the "not understood" section keeps only its first 200 characters
    # (tuning mc7700-gobinet-rx-frames-dest-mac: the address sits at character ~330)
    lead = "I recently started working with cellular modems and we obtained two modules for a carrier. " * 3
    text = lead + "The returning Ethernet frames all have 00:a0:c6:00:00:00 as MAC address.\n"
    assert "fw:bogus-dest-mac" in derive(ingest_text(text)).signals
    hedged_text = lead + "If the returning frames all have 00:a0:c6:00:00:00 as MAC address, use qmi_wwan.\n"
    assert "fw:bogus-dest-mac" not in derive(ingest_text(hedged_text)).signals


def test_a_whole_message_in_a_sentence_keeps_the_rules_confidence():
    text = ("qmicli says \"error: couldn't open the QmiDevice: Cannot open device file '/dev/cdc-wdm0': "
            "Operation not permitted\" when I run it as my user.\n")
    found = [f for f in _findings(text) if f.cause == "permissions"]
    assert found and found[0].confidence == "high"


@pytest.mark.parametrize("sentence, fact", [
    ('dmesg says "Direct firmware load for qcom/sdx55m/sbl1.mbn failed with error -2" for the mhi-pci-generic card.',
     "mhi:firmware-missing"),
    ("After insmod xmm7360.ko I only get 'Operation not permitted'.", "module:load-eperm"),
    ('The kernel log shows "CDC functional descriptors missing" for the qmi_wwan interface.',
     "qmi_wwan:cdc-descriptors-missing"),
    ("mbimcli prints Radio state retrieved: 'fcc-locked' every time.", "fcc:radio-locked"),
])
def test_quoted_fragments_reach_the_signature_facts(sentence, fact):
    assert fact in derive(ingest_text(sentence + "\n")).signals


# --- tools named in a sentence --------------------------------------------------------------------
@pytest.mark.parametrize("sentence, tools", [
    ("I'm using qmicli to start the network and then dhclient on wwan0.", ["qmicli", "dhclient"]),
    ("Connecting via ModemManager and nmcli works on the laptop.", ["modemmanager", "networkmanager"]),
    ("I run quectel-CM from rc.local.", ["quectel-cm"]),
    ("fuser /dev/ttyUSB0 shows the modem-manager PID.", ["modemmanager"]),
    ("I stopped ModemManager and used uqmi.", ["uqmi"]),
    ("Without ModemManager nothing happens.", []),
    ("ModemManager is disabled on this box.", []),
    ("Modem Manager integration ist not there yet.", []),
    ("Should I use mbimcli instead?", []),
])
def test_tools_named(sentence, tools):
    assert [n.tool for n in prose.tools_named(post_lines(sentence))] == tools


MBIM_JOURNAL = ("Oct 27 10:58:44  kernel: cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device\n"
                "Oct 27 10:58:44  kernel: cdc_mbim 1-7:2.12 wwan0: register 'cdc_mbim' at usb-0000:00:14.0-7, "
                "CDC MBIM, d2:cc:f3:56:10:30\n")


def test_a_tool_named_in_prose_counts_like_the_tool_option():
    with_option = {f.cause for f in _findings(MBIM_JOURNAL, tools=["qmicli"])}
    from_prose = {f.cause for f in _findings(MBIM_JOURNAL + "I start the connection with qmicli and then run dhclient.\n")}
    assert "mbim-config-qmi-tools" in with_option
    assert "mbim-config-qmi-tools" in from_prose
    assert "mbim-config-qmi-tools" not in {f.cause for f in _findings(MBIM_JOURNAL)}


def test_qmicli_over_mbim_named_in_prose_speaks_mbim():
    # modemmanager-devel 2016-June/003008: qmicli --device-open-mbim tunnels QMI in MBIM messages
    # (libqmi src/qmicli/qmicli.c, --device-open-mbim), so the port it talks to speaks MBIM
    text = ("sudo qmicli -v -p -d /dev/cdc-wdm0 --device-open-mbim\n"
            "--dms-set-fcc-authentication works and gives me this.\n")
    host = derive(ingest_text(text)).host
    assert host.tools == ["qmicli"] and host.tools_protocols == ["mbim"]
    plain = derive(ingest_text("I run qmicli -d /dev/cdc-wdm0 --dms-get-ids and it works.\n")).host
    assert plain.tools_protocols == ["qmi"]


def test_a_pasted_tool_of_the_same_kind_wins_over_the_prose():
    text = ("$ uqmi -d /dev/cdc-wdm0 --get-data-status\n\"connected\"\n"
            "Earlier I tried qmicli too.\n")
    model = derive(ingest_text(text))
    assert "qmicli" not in model.host.tools


# --- states a post says it observed ---------------------------------------------------------------
def _stated(text):
    return sorted(stated(text))


@pytest.mark.parametrize("text, facts", [
    # the-modem-distro/pinephone_modem_sdk issue 142
    ("From what I have read, it looks like I have a data corruption issue. LSUSB doesn't show any modem, and "
     "eg25-manager and Modem Manager print some unhelpful error messages.", ["said:not-on-usb"]),
    # openwrt/openwrt issue 15256
    ("1) we run the board together with the modem - it is not detected (not visible in lsusb)", ["said:not-on-usb"]),
    ("I'm testing about the PCIE on M.2 Key B, but we cannot detect any device by lspci,", ["said:not-on-pci"]),
    ("mmcli -L says No modems were found", ["said:mm-no-modem"]),
    ("ModemManager doesn't see the modem at all.", ["said:mm-no-modem"]),
    # libqmi-devel 2013-September/000653, then written ones
    ("everything seems to work except there's no data flow. No packets get sent or received.", ["said:no-traffic"]),
    ("The modem needs to be told to use QMI_CTL_DATA_LINK_PROTOCOL_802_3 via CtlSetDataFormat.", ["said:link-layer-named"]),
    ("If no packets pass, check the data format.", []),
    ("Packets are passing fine now.", []),
    # lists.debian.org debian-kernel 2012/06/msg00600 (Huawei E173u-2, RNDIS), then written ones
    ("When using RNDIS wwan0 interface has MAC address 02:50:f3:00:00:00 while packets coming from Internet have "
     "destination MAC address set to 00:01:02:03:04:05.", ["said:frames-to-other-mac"]),
    ("Incoming packets have the destination MAC 02:50:f3:00:00:00, the same as wwan0.", []),
    ("Packets are sent to the broadcast destination MAC ff:ff:ff:ff:ff:ff.", []),
    # bugs.launchpad.net/bugs/297598 (the manager's modem list is ModemManager's), then written ones
    ("Network-manager(version 0.7) doesn't recognize this modem.", ["said:mm-no-modem"]),
    ("NetworkManager does not see the modem at all.", ["said:mm-no-modem"]),
    ("If NetworkManager does not see the modem, restart ModemManager.", []),
    # NetworkManager by its short name or applet (tuning case jaunty-zte-mf627-..., then written ones)
    ("The Huawei E1550 is not detected by NM 0.8.", ["said:mm-no-modem", "said:storage-stick-not-seen"]),
    ("nm-applet doesn't list the modem.", ["said:mm-no-modem"]),
    ("NM never shows my dongle.", ["said:mm-no-modem", "said:plug-in-modem"]),
    ("The sensor at 850 nm doesn't see the device.", []),
    ("and I couldn't find any thing in the file cat /sys/kernel/debug/usb/devices.", ["said:not-on-usb"]),
    # "as a USB device": missing from the bus (written, not from any case); shown as something else is no absence
    ("The stick does not show up as a USB device, only the hub.", ["said:not-on-usb", "said:usb-device"]),
    ("Our card is not detected as any USB device by the board.", ["said:not-on-usb", "said:usb-device"]),
    ("It is recognised as a USB device but not as a modem.", ["said:usb-device"]),
    # the download mode forced by the person (written, not from any case)
    ("I forced the module into EDL mode by shorting the boot pins.", ["said:forced-download-mode"]),
    ("With the EDL button held it comes up as 9008.", ["said:forced-download-mode"]),
    ("The modem is stuck in download mode.", []),
    ("The modem connects fine but wwan0 never gets an IP address.", ["said:connected-no-ip", "said:no-ip-address"]),
    # the interface holds no IPv4 address: openwrt/openwrt issue 9261 (machine-translated "query"), then written ones
    ("Enter the following command, so I judge that the driver has been loaded, but ifconfig -a does not query the IP",
     ["said:no-ip-address"]),
    ("ifconfig wwan0 doesn't show any IPv4 address.", ["said:no-ip-address"]),
    ("The IP address is not listed in ip addr.", ["said:no-ip-address"]),
    ("After that wwan0 has no IP address at all.", ["said:no-ip-address"]),
    ("There is no IPv4 address on the wwan interface.", ["said:no-ip-address"]),
    ("If ifconfig does not show an IP, run udhcpc -i wwan0.", []),
    ("The interface wwan1 still does not obtain any IPv4 address.", ["said:no-ip-address"]),
    ("ip addr shows only a link-local address on wwp0s20f0u2i4.", ["said:no-ip-address"]),
    ("wwan0 gets an IP address from the bearer.", []),
    # the data session up, the interface down or left to the host, the default route elsewhere (written for stop 22)
    ("Status of the bearer: connected, and qmicli reports the PDP context is active.", ["said:data-session-up"]),
    ("It connected successfully to the operator this morning.", ["said:data-session-up"]),
    ("The bearer never gets connected.", []),
    ("The bearer shows connected: no.", []),
    ("After the call the cellular interface remains in state DOWN.", ["said:iface-down"]),
    ("ppp0 is still down.", ["said:iface-down"]),
    ("wwan0 was down at first, fixed it with ip link set up and now it works.", []),
    ("mbimcli itself doesn't configure any IP address, you need mbim-network or NetworkManager for that.",
     ["said:iface-left-to-host"]),
    ("uqmi just starts the data session, nothing more.", ["said:iface-left-to-host"]),
    ("Does ModemManager set the IP on the interface?", []),
    ("The default route is going to eth0 instead of the modem.", ["said:default-route-elsewhere"]),
    ("My default route still goes via enp3s0 although the LTE link is up.",
     ["said:data-session-up", "said:default-route-elsewhere"]),
    ("All traffic still leaves through the wifi.", ["said:default-route-elsewhere"]),
    ("The default route points to wwan0.", []),
    ("The hostnames still do not resolve over LTE.", ["said:names-fail"]),
    ("The DNS addresses of the bearer were never applied to resolv.conf.", ["said:names-fail"]),
    ("The names resolve fine now.", []),
    # the link's MTU is not the network's: lf-edge/eve, vintage_net_qmi, openwrt packages (spent, tuning), then written
    ("Currently we leave the default `MTU=1500` configured on the wwan interface.", ["said:mtu-mismatch"]),
    ("However, we should respect the MTU settings required by the network to which the modem has connected.",
     ["said:mtu-mismatch"]),
    ("Failures when using VPNs over LTE/4G (because the MTU is usually < 1500)", ["said:mtu-mismatch"]),
    ("Setting the modemmanager interface  **Override MTU**, will not override the bearer mtu.", ["said:mtu-mismatch"]),
    ("The wwan interface ignores the MTU provided by the operator.", ["said:mtu-mismatch"]),
    ("wwan0 stays at the default MTU of 1500 although the bearer says 1430.", ["said:mtu-mismatch"]),
    ("Lowering the MTU of wwan0 to 1400 fixed the stalled downloads.", ["said:mtu-mismatch"]),
    ("The MTU is 1500.", []),
    ("If the MTU is too large, lower it.", []),
    ("ModemManager applies the MTU announced by the network.", []),
    ("I tried lowering the MTU but it made no difference.", []),
    # QMAP multiplexing named beside a failure: qosmio/nss-packages pull request (tuning), then written ones
    ("Revert the changes I made in a previous commit as it broke Virtual Interface creation for modems using "
     "RMNET/QMAP aggregation that have the parent wwan0 device split into wwan0_1, wwan0_2, etc", ["said:qmap-trouble"]),
    ("The qmimux0 link passes no traffic.", ["said:qmap-trouble"]),
    ("Multiplexed links don't work on this modem, rmnet_data1 stays without data.", ["said:qmap-trouble"]),
    ("QMAP multiplexing is supported since kernel 4.11.", []),
    ("If rmnet_data0 gets no IP, check pass_through.", []),
    ("qmimux0 had no data at first, it works fine now.", []),
    # the radio held in flight mode: FuriPhone issue (tuning), then written ones
    ("... and the button to disable flight mode in the mobile network settings does nothing - no error message and "
     "still in flight mode.", ["said:radio-stuck-off"]),
    ("Switching off airplane mode has no effect on the tablet.", ["said:radio-stuck-off"]),
    ("The phone is still in aeroplane mode when it starts.", ["said:radio-stuck-off"]),
    ("If it is still in flight mode, toggle it in the settings.", []),
    ("I turned off flight mode and mobile data works.", []),
    # a configuration names a device that is not there: qosmio/nss-packages pull request (spent), then written ones
    ("The virtual device is created targeting a non present parent device and wont receive an IP address or set up "
     "the routes.", ["said:config-names-missing-device"]),
    # (the setting pinned to that port is read too: said:config-pins-port, context only)
    ("The option device in /etc/config/network points to /dev/cdc-wdm1, which does not exist.",
     ["said:config-names-missing-device", "said:config-pins-port"]),
    ("The script is set up for a non-existent interface.", ["said:config-names-missing-device"]),
    ("The interface points to wwan0 which is present.", []),
    ("If the config points to a missing device, netifd complains.", []),
    ("Does ip addr show an IP address on wwan0?", []),
    ("ifconfig shows the IP 10.64.12.7 on wwan0.", []),
    ("I have an IP address on wwan0 but I can't ping anything.", ["said:ip-no-internet"]),
    ("The modem disconnects every few minutes and then reconnects.", ["said:drops-periodically"]),
    ("I cannot get the module to work when it is only powered by the battery.", ["said:power-source"]),
    ("On battery the modem resets when it starts to register.", ["said:power-source", "said:powers-off-itself"]),
    ("It is not a power problem, the supply gives 3 A.", []),
    ("I run it from a power bank and it works.", []),
    # the host fails the moment the modem draws power (written paraphrases, stop 26), and look-alikes that must not read
    ("My Pi 3 reboots every time I plug in the Huawei stick.", ["said:power-source"]),
    # a note that opens the writer's own finding is no advice (jonshobbies blog, E353 on a Pi)
    ("Important Note: I've discovered if you plug the stick in after the Raspberry Pi is booted, the Pi will reboot "
     "anyways because of the power draw.", ["said:power-source"]),
    ("Note: you need a powered hub, otherwise the Pi reboots because of the power draw.", []),
    ("The router hangs as soon as I connect the modem.", ["said:power-source"]),
    ("Plugging in the dongle makes the Raspberry Pi freeze.", ["said:plug-in-modem", "said:power-source"]),
    ("Hot-plugging the LTE module causes the board to reset.", ["said:power-source"]),
    ("The modem resets when the Pi reboots.", []),
    ("The Pi reboots every night at 3am.", []),
    ("When I plug in the dongle the Pi shows a new ttyUSB0.", ["said:plug-in-modem"]),
    ("If the Pi freezes when I plug in the modem, use a powered hub.", []),
    ("The system hangs when I run mmcli on the modem.", []),
    # the host does not recognise the device (em7455 413c:9070 post, tuning); a program that does not is mm-no-modem
    ("Serial connection I didn't have due to the device not being recognized.", ["said:not-recognized"]),
    ("Combination that's definitely not recognized.", ["said:not-recognized"]),
    ("my laptop does not recognize the stick", ["said:not-recognized", "said:plugged-modem-not-seen"]),
    ("If you change one and not the other, your system will not recognize device anymore.", []),
    ("The modem is now recognized.", []),
    # Nova Cat-M1 USB modem post (tuning): no LED ever, on a USB device of its own; "LEDs on the ..." is a place
    ("I never get any LEDs on the USB device.", ["said:no-power", "said:usb-device"]),
    ("then connecting USB to host", ["said:usb-device"]),
    ("The LED on the modem blinks.", ["said:led-alive"]),
    ("There are two LEDs on the board.", []),
    ("I've used the example, but my PCIe SIM7600 isn't waking up.", ["said:no-power"]),
    ("If the module does not power on, check PWRKEY.", []),
    ("The modem does not register to the LTE network.", ["said:not-registered"]),
    # no signal told with a verb (written, stop 29)
    ("The card shows up in NetworkManager but never gets any signal.", ["said:not-registered"]),
    # the modem cannot be enabled (written, stop 29)
    ("I cannot enable mobile broadband in the settings.", ["said:modem-disabled"]),
    ("The WWAN toggle just switches back off after a second.", ["said:modem-disabled"]),
    ("The modem shows up in mmcli but stays disabled.", ["said:modem-disabled"]),
    ("The modem was disabled, but after mmcli -m 0 -e it registers fine.", []),
    ("error: couldn't enable the modem: 'GDBus.Error:org.freedesktop.libmbim.Error.Status.Busy: Busy'", []),
    ("Out here the stick can't pick up a 4G signal at all.", ["said:not-registered"]),
    ("It doesn't have any signal problems, the data just stops.", []),
    ("The driver failed to register the netdev.", ["said:not-working"]),
    ("4. Adding asterisk to `dialout` group gives nothing.", ["said:no-permission"]),
    ("The user has permission to access the device.", []),
    # aw1000 quectel proto PR (spent): the radio starts off and nothing switches it on
    # (the radio said to be in low power mode is the clause grammar's state too, model/prose_grammar.py STATES)
    ("On a fresh boot the radio is in low power mode, at least on my unit.", ["said:radio-on-needed", "said:radio-stuck-off"]),
    ("Either this script or the quectel-cm utility doesn't enable the radio.", ["said:radio-on-needed"]),
    ("If the radio is in low power mode at boot, run AT+CFUN=1.", []),
    ("ModemManager does not enable the radio until the FCC unlock succeeds.", []),
    ("Does the script enable the radio?", []),
    # zabbix-docker PR (spent): the group membership a tty needs, stated missing
    ("In Ubuntu it is needed that the user is in the dialout group which isn't the case.", ["said:no-permission"]),
    ("The zabbix user isn't in the dialout group.", ["said:no-permission"]),
    ("The user is in the dialout group, which is the case here.", []),
    ("If the user isn't in the dialout group, add it.", []),
    # the remedy said as a need: rapidsms issue 257 (spent), then written ones
    ("When configuring Kannel with a USB modem, you need to add the `kannel` user to the `dialout` group on Ubuntu.",
     ["said:no-permission", "said:usb-device"]),
    ("The gammu-smsd user must be in the dialout group to open /dev/ttyUSB2.", ["said:no-permission"]),
    ("The asterisk user has to be added to the dialout group for chan_dongle.", ["said:no-permission"]),
    ("I had to add myself to the dialout group to use minicom.", []),
    ("If you need to add the user to dialout, run usermod -aG dialout.", []),
    ("At that point, current spikes cause the entire board to reset.", ["said:power-source"]),
    ("The LED doesn't light up at all on the HAT.", ["said:modem-board", "said:no-power"]),
    ("I have enabled the serial port, but get no response.", ["said:serial-no-answer"]),
    ("I looked at it again and there was no response from support.", []),
    ("it switches to pending, then immediately offline again.", ["said:call-pending-then-offline"]),
    # (stop 38: "does not connect" is also the context fact said:connect-fails, a connection said to fail)
    ("but does not connect, connecting state over and over again....", ["said:call-pending-then-offline", "said:connect-fails"]),
    ("NetworkManager is stuck in a connecting loop.", ["said:call-pending-then-offline"]),
    ("It was connecting for a minute and then got an address.", []),
    ("APN vanishes when powered off at next boot, to re establish network APN must be entered again.",
     ["said:apn-not-kept"]),
    # must not count: a condition, the past, a question, the opposite
    ("If the modem does not show up in lsusb, check the power supply first.", []),
    ("Before the firmware update the modem did not show in lsusb; now it is listed.", []),
    ("Does the modem show in lsusb at all?", []),
    ("If it connects but gets no IP, try raw-ip.", []),
    ("The modem connects and wwan0 gets an IP address from DHCP.", []),
    ("I have an IP address and the internet works fine.", ["said:internet-works"]),  # context, no failure
    ("If it disconnects every few minutes, check the power.", []),
    # the catch-all said:not-working: forum.sierrawireless.com/t/em7455-linux-issues/9086, then written ones
    ("But then when I booted over debian, the wwan card was not present at all.", ["said:not-working"]),
    ("the cdc-wdm0 is present, but no COM ports for NMEA, DM or AT.", ["said:not-working"]),
    ("It works for a while, then it drops and never comes back until I replug it.", ["said:not-working"]),
    ("Can't get it online, outputs below:", ["said:not-working"]),
    ("I noticed that there was no wwan interface but I fixed the driver issue with this patch.", []),
    # a power pin named with a failure: sixfab/Sixfab_RPi_3G-4G-LTE_Base_Shield issue 3, forums.quectel.com 33964
    ("USB ports are not visible to the system unless I press hardware PWRKEY on board.", ["said:power-pin"]),
    ("In our first enginnering samples, the EC25 module does not output the 1.8V from VDD_EXT (pin 7) after 3.9V "
     "power suppled to VBAT pins.", ["said:power-pin"]),
    # ... but not a checklist where the pins are fine (forums.quectel.com 6665), a condition or a success
    ("PWR and RST key: OK", []),
    ("VDD_EXT: OK steady 1.8V", []),
    ("If the module does not show up, pulse PWRKEY for one second.", []),
    ("I pressed the power key and now it shows up in lsusb.", []),
    # addresses answer, names do not: phillipdavidstearns/simcom_wwan-setup issue 11, then written ones
    ("Most of the time it cannot ping google.com whereas it can ping 4.2.2.2", ["said:names-fail"]),
    ("It seems that it is not able to resolve DNS.", ["said:names-fail"]),
    ("I can ping 8.8.8.8 but not google.com.", ["said:names-fail"]),
    ("If DNS does not work, add a nameserver.", []),
    ("I can ping 8.8.8.8 and google.com resolves fine.", []),
    # the stick stays a storage device: bbs.archlinux.org 145608, then written ones
    ("#lsusb,   shows modem-device as storage,", ["said:storage-mode"]),
    ("The stick is still in CD-ROM mode after boot.", ["said:storage-mode"]),
    ("My dongle gets identified as an ordinary removable drive on Debian.", ["said:plug-in-modem", "said:storage-mode"]),
    ("Every time it is plugged in as a CD-ROM, nothing else.", ["said:storage-mode"]),
    ("The SIM card is seen as a normal SIM.", []),
    ("After usb_modeswitch it no longer shows as storage.", []),
    ("It used to show as a CD-ROM before I installed usb-modeswitch.", []),
    # the storage kind denied (spent case sakis3g-cubietruck-..., then written ones)
    ("lsusb lists the dongle as a modem and not as storage now.", ["said:plug-in-modem"]),
    ("It comes up as a modem rather than a CD-ROM.", []),
    ("The stick is detected as a drive instead of as a modem.", ["said:storage-mode"]),
    # the stick's card reader or virtual CD taken for the device, the modem denied (written for stop 28, not a post's words)
    ("The kernel on my laptop detects the dongle as a memory card reader, not as a modem.", ["said:plug-in-modem", "said:storage-mode"]),
    ("It gets recognized as a USB memory stick but not as a 3G modem.", ["said:storage-mode"]),
    ("Half the time the stick is plugged in it is only a virtual CD-ROM.", ["said:storage-mode"]),
    ("It is recognized as a modem and not as a card reader.", []),
    ("The SD card reader shows up as /dev/sdb, not as a partition.", []),
    ("My router mounts the virtual CD-ROM instead of the modem.", ["said:storage-mode"]),
    ("Linux detects the mass storage part rather than the 3G modem.", ["said:storage-mode"]),
    ("After the switch it shows the modem instead of the CD-ROM.", []),
    # the stick taken for a network card, not a modem: HiLink (written for stop 28)
    ("The Huawei stick is detected as a network card, not as a modem.", ["said:hilink-mode"]),
    ("My dongle works like an ethernet adapter rather than a modem.", ["said:hilink-mode", "said:plug-in-modem"]),
    ("It is recognized as a modem, not as a network card.", []),
    ("In ECM mode the module shows up as a network card instead of a modem.", []),
    # the modem drivers asked for in an appliance's or a board image's kernel (written for stop 28)
    ("Please enable LTE modem drivers in the kernel of the camera firmware.", ["said:module-missing"]),
    ("Please include the 4G USB dongle drivers in Home Assistant OS.", ["said:module-missing", "said:plug-in-modem", "said:usb-device"]),
    # (a support request and an M.2 card named are context: stop 33)
    ("Please add support for the EM9293 in ModemManager.", ["said:support-request", "said:usb-only-card"]),
    ("I did not enable modem support in the kernel config.", []),
    ("Please add support for the RM520N in the kernel.", ["said:support-request", "said:usb-only-card"]),
    ("Enable the LTE modem drivers in the kernel config and rebuild the image.", []),  # a how-to's step, no request
    # usb-modeswitch asked for in an image or build (written for stop 28)
    ("Please add usb-modeswitch to the image, it is needed for LTE dongles.", ["said:modeswitch-missing", "said:plug-in-modem"]),
    ("pls include usb_modeswitch in the default packages of the next release.", ["said:modeswitch-missing"]),
    ("Add usb-modeswitch to the image with the packages option.", []),
    ("usb-modeswitch was added to the image in 2.1.", []),
    # works on a desktop distribution, not on an appliance or router system (written for stop 28)
    ("On my Ubuntu laptop the stick gets ttyUSB0, but under Home Assistant OS there is nothing.", ["said:module-missing"]),
    ("It works in Linux Mint but not on OpenWrt.", ["said:module-missing", "said:openwrt"]),
    ("It works on OpenWrt and on Ubuntu.", ["said:openwrt"]),
    ("It works on Ubuntu but not on Windows.", []),
    # not detected as a modem (written for stop 28)
    ("The router never detects it as a modem.", ["said:not-recognized"]),
    ("It does not detect the card as a modem.", ["said:not-recognized"]),
    ("The router detects it as a modem now.", []),
    # an upgrade to a kernel release (one-digit major) is no modem firmware flash (written for stop 28)
    ("Serial ports not detected after update to 6.6.", ["said:after-system-update"]),
    ("After the firmware upgrade to 02.33 the modem is not detected.", ["said:firmware-damaged"]),
    # lsusb names the stick only by its maker: Launchpad Answers (spent case lucid-tmobile-onda-stick-mounted-as-zte-cd-
    # eject-switches-to-modem), then written ones
    ("Using Gnome Terminal, lsusb shows I have Nokia Mobile Phones and ONDA Communication S.p.A. connected!",
     ["said:stick-maker-listed"]),
    ("lsusb only lists ZTE WCDMA Technologies MSM.", ["said:stick-maker-listed"]),
    ("lsusb shows Huawei E3131 now.", []),  # the model names it
    ("lsusb still lists it: Bus 001 Device 003: ID 1199:9079 Sierra Wireless, Inc. EM7455",
     ["said:sierra-firmware-named", "said:usb-only-card"]),  # an id and a model: not the maker alone
    ("lsusb shows Logitech, Inc. Unifying Receiver.", []),  # no maker of modems
    # the stick's own light, the install CD mounted (written)
    ("The dongle is flashing red, but it needs to be blue for a proper connection.", ["said:led-alive", "said:plug-in-modem"]),
    ("It is mounted as a CD on the desktop.", ["said:storage-mode"]),
    ("The stick shows up as a drive in the file manager.", ["said:storage-mode"]),
    ("I burned the image to a CD drive.", []),
    # only usb-storage's SCSI nodes appear for the stick (a blog note, Huawei 12d1:1446; written ones)
    ("When I connected the Huawei modem I could see only 3 additional sg0 ,sg1, sdb entries in /dev and there are no "
     "USBtty0 ,USBtty1,USBtty2 which supposed to be cerated by Huawei modem .", ["said:storage-mode"]),
    ("After plugging the dongle I only get /dev/sr0 and /dev/sg1.", ["said:plug-in-modem", "said:storage-mode"]),
    ("The modem works, only sda is full.", []),
    ("I only have sda on this laptop.", []),
    # taking usb_modeswitch or its data away fixes the modem: modemmanager-devel 2016-March/002727 (spent case
    # me909u-mu609-usb-modeswitch-data-forces-configuration-1-without-cdc-ether), then written ones
    ("Downgrading this package to the version before 20151101 solves the problem, i.e. usb_modeswitch doesn't interfere "
     "with the modem and I get all needed interfaces inclusive cdc_ether one and ModemManager is also happy.",
     ["said:modeswitch-removal-fixes"]),
    ("After removing /etc/usb_modeswitch.d/12d1:1573 everything works again.", ["said:modeswitch-removal-fixes"]),
    ("I installed usb_modeswitch and now it works.", []),
    ("Removing the SIM fixes nothing.", []),
    ("Removing usb_modeswitch fixed nothing, the stick stays a CD.", ["said:storage-mode"]),
    ("Uninstalling usb-modeswitch-data did not help.", []),
    # OpenWrt's ModemManager protocol: openwrt/luci issue 3586, then written ones
    ("however, I am having difficulty with the luci-proto-modemmanager package.", ["said:openwrt-mm-proto"]),
    ("I set the interface to protocol modemmanager in LuCI.", ["said:openwrt-mm-proto"]),
    ("If you use luci-proto-modemmanager, set the device to the sysfs path.", []),
    ("I don't use luci-proto-modemmanager on this router.", []),
    ("Internet works, but I only get ~30 Mbit down with 3 bars.", []),
    # two modems whose names come up in another order than the setup assumes (the VyOS T7487 case reads it; these
    # are other words)
    ("Both cards get enumerated by the kernel in the opposite order on this board, so my wwan0 settings land on "
     "the wrong SIM.", ["said:name-mismatch"]),
    ("The two LTE modules in my router, probed by udev in a different order after each reboot, get their cdc-wdm "
     "nodes swapped.", ["said:name-mismatch"]),
    ("The modems are enumerated by the kernel in the order of their USB ports.", []),
    # the modem back only after a while, so it was gone (a PinePhone Pro resume case reads it; these are other words)
    ("After waking the laptop the WWAN card only comes back after about 15 seconds.", ["said:drops-off-bus"]),
    ("Every time I resume from sleep, the module shows up again within a few seconds.", ["said:drops-off-bus"]),
    ("After sending AT+CFUN=1,1 the modem comes back in 20 seconds.", []),
    ("After a reboot the module reappears in 30 seconds.", []),
    # the address comes from the control channel, DHCP has nothing to do (an OpenWrt mbim.sh case reads it; these
    # are other words), and the person without an address
    ("The modem already gives you the IPv4 address in the MBIM connect reply, so a DHCP client isn't needed at all.",
     ["said:dhcp-not-needed"]),
    ("Don't run dhclient there: set the bearer's IP settings instead of dhclient on wwan0.", ["said:dhcp-not-needed"]),
    ("No DHCP client is required on my Ethernet LAN port.", []),
    ("We never get an IPv4 address on wwan0 after connecting.", ["said:no-ip-address"]),
    ("I could not obtain an IP even though the bearer is up.", ["said:data-session-up", "said:no-ip-address"]),
    ("I get an IP address and everything works.", []),
    # a confinement shutting the modem's programs out (a snapd modem-manager interface case reads it; these are
    # other words)
    ("AppArmor denies qmi-proxy the unix socket it needs, so ModemManager cannot talk to the modem.",
     ["said:no-permission"]),
    ("The snap's confinement blocks ModemManager from opening /dev/cdc-wdm0.", ["said:no-permission"]),
    ("AppArmor is disabled on this box.", []),
    # the host side done by hand, and only then it works (an AW1000 router case reads it; these are other words)
    ("Internet works again only after I bring up the modem's network interface by hand.", ["said:iface-left-to-host"]),
    ("We need to start udhcpc on wwan0 manually after each reboot.", ["said:iface-left-to-host"]),
    ("It works after I set the interface MTU to 1400.", []),
    ("It only works after I run usb_modeswitch.", ["said:storage-mode"]),  # the stick does not switch by itself (stop 40)
    # common ways to tell a fact, written for stop 24 (not from a case): the PUK asked for, the SIM locked, the modem
    # never registering or its registration denied, the modem no longer answering QMI, a port on another number, a
    # configuration that names another interface, another cable curing it
    ("It asks for a PUK now.", ["said:sim-locked"]),
    ("My SIM card got locked yesterday.", ["said:sim-locked"]),
    # the host cannot give the SIM its PIN (hpaschke.de E1550 failover router)
    ("But the router can't pass a PIN to my Huawei stick.", ["said:sim-locked"]),
    ("NetworkManager has no way to enter the SIM PIN.", ["said:sim-locked"]),
    ("The SIM doesn't need a PIN, so I can't enter the PIN anywhere.", []),
    ("It never asks for a PUK.", []),
    ("No network found, the modem never registers.", ["said:not-registered"]),
    ("Registration denied by the network.", ["said:not-registered"]),
    ("Failed to connect to any network", ["said:connect-fails", "said:not-registered"]),
    ("The modem can't register on any LTE network here.", ["said:not-registered"]),
    ("My laptop can't connect to any network, not even my Wi-Fi.", ["said:connect-fails", "said:not-working"]),  # not the registration
    ("The modem stops responding to QMI commands after a few hours.", ["said:tool-hangs"]),
    # (stop 28: said in the shared negation forms, "stops responding" is the "no longer responds" the AT row reads)
    ("The modem stops responding to AT commands.", ["said:serial-no-answer"]),
    ("After a reboot the modem is on ttyUSB3 instead of ttyUSB2.", ["said:port-renumbered"]),
    ("The config still says wwan0 but the interface is now wwp0s20u4i6.", ["said:name-mismatch"]),
    ("With a shorter cable it works fine.", ["said:power-source"]),
    ("With a new USB cable it still fails.", []),
    ("networkd obtains no address on wwp0s20u4i6.", ["said:dhcp-client-fails"]),
    # DHCP not carried out at all (written paraphrases, stop 26)
    ("Half the time systemd fails to perform DHCP on wwan0.", ["said:dhcp-client-fails"]),
    ("networkd never completes DHCP on the LTE interface.", ["said:dhcp-client-fails"]),
    # (stop 28: "fails to start ModemManager" is the "can't start ModemManager" of ModemManager not running)
    ("systemd fails to start ModemManager.", ["said:mm-absent"]),
    ("dhclient completes DHCP on eth0 fine.", []),
    ("dhclient got a lease on eth0.", []),
    ("After a day we ran out of QMI client IDs.", ["said:tool-hangs"]),
    ("The client ID is 5.", []),
    ("My card sat backwards in the tray.", ["said:sim-not-detected"]),
    ("Make sure the SIM is not inserted the wrong way.", []),
    ("Add the permissions needed by the web server.", []),
])
def test_stated_states(text, facts):
    assert _stated(text) == facts


# device-side statements in words no case uses (written for stop 22, not from any case): each fact with paraphrases
# that read it and look-alikes that must not
@pytest.mark.parametrize("text, fact, counted", [
    # said:pcie-no-driver in English: the modem seen on the PCI bus and nothing past it, or a PCIe driver that does not know
    # its id (written, not from any case)
    ("The LTE module is visible in lspci -nn but there is no driver for it.", "said:pcie-no-driver", True),
    ("It enumerates as a PCIe device on the PCI bus, but nothing in lsusb.", "said:pcie-no-driver", True),
    ("my card is only found by lspci.", "said:pcie-no-driver", True),
    # the PCIe mode said not to work, the PCIe driver's nodes never created, the PCIe driver tried in vain (written,
    # not from any case)
    ("The EM160R doesn't work in PCIe mode on this board, only over USB.", "said:pcie-no-driver", True),
    ("After boot the /dev/wwan0mbim0 node never appears.", "said:pcie-no-driver", True),
    ("I had no luck with the xmm7360-pci driver on kernel 6.1.", "said:pcie-no-driver", True),
    ("If it does not work in PCIe mode, switch it to USB.", "said:pcie-no-driver", False),
    ("The /dev/wwan0at0 port is created fine.", "said:pcie-no-driver", False),
    ("No luck with the APN either.", "said:pcie-no-driver", False),
    ("The mtk_t7xx module of this kernel can't match the card, so no wwan device appears.", "said:pcie-no-driver", True),
    ("There is no kernel driver in use for the card.", "said:pcie-no-driver", True),
    ("If it only shows in lspci, load mhi_pci_generic.", "said:pcie-no-driver", False),  # a condition
    ("Does it appear in lspci but not in lsusb?", "said:pcie-no-driver", False),  # a question
    ("The card is listed by lspci and iosm is bound to it.", "said:pcie-no-driver", False),  # nothing missing
    ("The modem appears in lsusb but not as a wwan device.", "said:pcie-no-driver", False),  # USB, not PCI
    # said:ethernet-composition: an ECM/RNDIS/NCM composition where QMI, MBIM or AT ports are needed (written, not from any case)
    ("The stick runs in NCM mode rather than MBIM.", "said:ethernet-composition", True),
    ("Seems the card booted into its RNDIS configuration, and uqmi can't open /dev/cdc-wdm0.", "said:ethernet-composition", True),
    ("The router only sees one cdc_ether interface, no ttyUSB for AT.", "said:ethernet-composition", True),
    ("The kernel selected configuration 2 of the modem.", "said:ethernet-composition", True),
    ("mbimcli needs the MBIM composition, not this one.", "said:ethernet-composition", True),
    ("I put it in ECM mode on purpose and it works fine.", "said:ethernet-composition", False),
    ("If the module is in ECM mode instead of QMI, change usbnet.", "said:ethernet-composition", False),
    ("The module is in ECM mode and gets an address by DHCP.", "said:ethernet-composition", False),  # nothing lacking
    # the USB modem with no driver taken (said:usb-no-driver-bound), the id said absent from the driver's table
    # (said:driver-lacks-id), a serial port named bare among what is missing (said:serial-ports-never-appeared); written,
    # not from any case
    ("lsusb sees the dongle but no driver binds to it.", "said:usb-no-driver-bound", True),
    ("The kernel driver does not attach to the modem at all.", "said:usb-no-driver-bound", True),
    ("Its interfaces are still without a driver after boot.", "said:usb-no-driver-bound", True),
    ("No driver creates the ttyUSB ports for the stick.", "said:usb-no-driver-bound", True),
    ("lsusb lists it, but no kernel driver sets up its serial ports.", "said:usb-no-driver-bound", True),
    ("The option driver sets up three ports.", "said:usb-no-driver-bound", False),
    ("If no driver binds to it, use new_id.", "said:usb-no-driver-bound", False),
    ("lspci lists it but no driver binds to it.", "said:usb-no-driver-bound", False),  # a PCIe modem
    ("The qmi_wwan driver binds to it fine.", "said:usb-no-driver-bound", False),
    ("My modem's vid:pid isn't in qcserial.c yet.", "said:driver-lacks-id", True),
    ("The product id is not listed in the device table of the option driver.", "said:driver-lacks-id", True),
    ("The product id is in option.c since 5.4.", "said:driver-lacks-id", False),
    ("I edited qcserial.c, adding an entry for my card, and rebuilt the module.", "said:driver-lacks-id", True),
    ("After patching the option driver to add a line for this dongle it works.", "said:driver-lacks-id", True),
    ("I patched option.c adding debug lines for the modem's reset.", "said:driver-lacks-id", False),
    ("If you patch option.c adding an entry for the modem, it should work.", "said:driver-lacks-id", False),
    # the table entry proposed as a new line, and a USB-serial bridge driver's table named (written, not from any case)
    ("The fix is one new entry: { USB_DEVICE(0x1e0e, 0x9011) } in the table.", "said:driver-lacks-id", True),
    ("I would add a line {QMI_FIXED_INTF(0x2c7c, 0x0700, 4)} and rebuild the module.", "said:driver-lacks-id", True),
    ("The table already has the line { USB_DEVICE(0x1e0e, 0x9011) }.", "said:driver-lacks-id", False),
    ("The product id is not listed in ftdi_sio.c of this kernel.", "said:driver-lacks-id", True),
    # a stick said to need its switch by usb_modeswitch (written, not from any case); Korean lines are prose too
    ("These sticks have to be switched with usb-modeswitch first.", "said:storage-mode", True),
    ("이 모뎀은 usb_modeswitch를 이용해 모드를 전환해야 합니다.", "said:storage-mode", True),
    ("It does not have to be switched with usb_modeswitch, the kernel does it.", "said:storage-mode", False),
    ("If it has to be switched with usb_modeswitch, install it.", "said:storage-mode", False),
    # the CD face told with the eject that ends it, told to the reader: a recipe, not a stick left unswitched (tuning37c,
    # written, not from any case); the writer's own eject each time, and an eject that fails, stay read
    ("The only trick is that the dongle mounts as a CD drive - just eject it and then set up the connection.",
     "said:storage-mode", False),
    ("It comes up as a CD-ROM at first, simply eject the drive from the file manager.", "said:storage-mode", False),
    ("My stick mounts as a CD drive, I eject it by hand every time.", "said:storage-mode", True),
    ("The stick mounts as a CD drive - just eject it, but nothing happens for me.", "said:storage-mode", True),
    # what should run usb_modeswitch does not, the image without it, no serial port at all (written, not from any case)
    ("udev does not call usb_modeswitch when I plug the stick in.", "said:storage-mode", True),
    ("udev runs usb_modeswitch fine.", "said:storage-mode", False),
    ("usb_modeswitch is not part of the firmware build.", "said:modeswitch-missing", True),
    ("The image does not ship usb-modeswitch.", "said:modeswitch-missing", True),
    ("usb_modeswitch is not part of the problem.", "said:modeswitch-missing", False),
    # the package there, its udev rule or configuration directory not (NixOS nixpkgs usb-modeswitch-data issue)
    ("`/etc/usb-modeswitch.d` is not populated and the rules for udev are not installed.", "said:modeswitch-missing", True),
    ("usb_modeswitch is installed but its udev rules are not installed.", "said:modeswitch-missing", True),
    ("The usb_modeswitch udev rules are installed and run.", "said:modeswitch-missing", False),
    ("dmesg shows the modem but there is no serial port for it.", "said:serial-ports-never-appeared", True),
    ("There is no serial port problem, the APN is wrong.", "said:serial-ports-never-appeared", False),
    # a list of serial ports without the device (written, not from any case)
    ("The stick does not show up among the serial devices.", "said:serial-ports-never-appeared", True),
    ("It is listed under serial ports as ttyUSB0.", "said:serial-ports-never-appeared", False),
    # a new drive turns up instead of the modem (written, not from any case)
    ("All I get is a new USB drive on the desktop.", "said:storage-mode", True),
    ("Begitu dicolok, langsung terdeteksi sebagai CD-ROM saja.", "said:storage-mode", True),
    ("A new driver appeared in the kernel.", "said:storage-mode", False),
    # usb_modeswitch or its data too old for the stick (written, not from any case)
    ("The usb-modeswitch-data on this release is too old for my dongle.", "said:modeswitch-data-lacks", True),
    ("usb_modeswitch does not know my E3372 stick.", "said:modeswitch-data-lacks", True),
    ("usb_modeswitch switched it without trouble.", "said:modeswitch-data-lacks", False),
    ("usb_modeswitch does not have to be installed for this modem.", "said:modeswitch-data-lacks", False),
    # lsusb's line without names, and a dialer's scan that found no modem (written, not from any case)
    ("lsusb lists the dongle with its vendor id and product id but no name.", "said:lsusb-id-unnamed", True),
    ("lsusb shows no name for it, only 1234:5678.", "said:lsusb-id-unnamed", True),
    ("lsusb shows the vendor id and the product name.", "said:lsusb-id-unnamed", False),
    ("wvdialconf does not detect the stick at all.", "said:dialer-found-no-modem", True),
    ("Sorry, no modem was detected!  Is it in use by another program?", "said:dialer-found-no-modem", True),
    ("wvdialconf detects the modem on ttyUSB0.", "said:dialer-found-no-modem", False),
    # only the network interface of the modem came up (written, not from any case)
    ("After plugging it in only usb0 appears but no ttyUSB.", "said:net-iface-only", True),
    ("I only see an eth1 interface for the stick.", "said:net-iface-only", True),
    ("usb0 works fine and the AT port ttyUSB2 answers.", "said:net-iface-only", False),
    ("如果只生成usb0网络接口,请检查驱动。", "said:net-iface-only", False),
    # the stick switched only by hand, its storage found and its modem not, a switch that fails (written, not from any case)
    ("usb_modeswitch works when I run it by hand, but nothing happens on plug-in.", "said:storage-mode", True),
    ("Ubuntu finds the CD-ROM part of the stick but never detects the modem.", "said:storage-mode", True),
    ("usb_modeswitch fails to switch my Huawei dongle at boot.", "said:storage-mode", True),
    ("The modem is not switched on after the update.", "said:storage-mode", False),
    ("The connection works when I start it manually from a terminal.", "said:storage-mode", False),
    # the automatic run told as missing (written, stop 40; the tuning case raspbian-lite-huawei-3g-... says "doesn't
    # automatically trigger succesfully usb_modeswitch")
    ("usb_modeswitch is not triggered automatically when I plug in the stick.", "said:storage-mode", True),
    ("usb_modeswitch doesn't run automatically on boot.", "said:storage-mode", True),
    ("My ZTE dongle does not automatically trigger usb_modeswitch.", "said:storage-mode", True),
    ("The modem only works after I run usb_modeswitch manually.", "said:storage-mode", True),
    ("usb_modeswitch is run automatically by udev and the stick switches.", "said:storage-mode", False),
    ("Check whether usb_modeswitch is not triggered automatically.", "said:storage-mode", False),
    ("It only works after I run the connection script.", "said:storage-mode", False),
    ("After boot there is no ttyUSB, no wwan0, nothing.", "said:serial-ports-never-appeared", True),
    ("I see no /dev/ttyACM0 and no cdc-wdm.", "said:serial-ports-never-appeared", True),
    ("I saw no ttyUSB2 traffic during the call.", "said:serial-ports-never-appeared", False),
    # the port as what should normally be there (written, not from any case)
    ("Normally I should get a /dev/ttyUSB2 for the AT commands.", "said:serial-ports-never-appeared", True),
    ("I expected to see ttyACM0 but nothing showed up in /dev.", "said:serial-ports-never-appeared", True),
    ("You should see /dev/ttyUSB0 after the modprobe.", "said:serial-ports-never-appeared", False),
    ("I should normally see /dev/ttyUSB0 and I do.", "said:serial-ports-never-appeared", False),
    # said:storage-mode in other words, and said:switch-done (written, not from any case)
    ("The modem is recognized like a CD-ROM on Debian.", "said:storage-mode", True),
    ("lsusb only lists a mass storage device for it.", "said:storage-mode", True),
    ("The stick is still in its CD-ROM mode.", "said:storage-mode", True),
    ("Its product id never changes after plugging.", "said:storage-mode", True),
    ("If it is detected like a CD-ROM, install usb-modeswitch-data.", "said:storage-mode", False),
    ("The product id changes to 1506 after a few seconds.", "said:storage-mode", False),
    ("The E173 switched successfully and I get ttyUSB0.", "said:switch-done", True),
    ("Mode switching succeeded on the first try.", "said:switch-done", True),
    ("It never switched properly.", "said:switch-done", False),
    # the id after the switch told (tuning case jaunty-zte-mf627-..., then written ones)
    ("With usb_modeswitch the stick comes up as 12d1:1506 after a few seconds.", "said:switch-done", True),
    ("After the switch lsusb shows it as ID 19d2:0117.", "said:switch-done", True),
    ("Then it switches to 1bbb:0017 and ttyUSB0 appears.", "said:switch-done", True),
    ("If usb_modeswitch works it should show up as 12d1:1506.", "said:switch-done", False),
    ("usb_modeswitch is installed, lsusb shows 12d1:1f01.", "said:switch-done", False),
    # said:module-missing in other words, and said:driver-on-wrong-interface (written, not from any case)
    ("There's no cdc_mbim anywhere on this system.", "said:module-missing", True),
    ("The image on my gateway does not ship the option driver.", "said:module-missing", True),
    ("The wwan kernel modules are not included in this vendor kernel.", "said:module-missing", True),
    # a patch subject that adds a modem driver to a kernel configuration (written, not from any case)
    ("arm64: defconfig: enable the USB serial option driver for LTE modules", "said:module-missing", True),
    ("build(rpi): add cdc_mbim and qmi_wwan to the kernel config fragment", "said:module-missing", True),
    ("USB: serial: option: add Quectel EG916Q-GL", "said:module-missing", False),
    ("I will add the QMI driver to the kernel config next week.", "said:module-missing", False),
    ("configs: enable CONFIG_MTK_T7XX for the laptop kernel build", "said:pcie-no-driver", True),
    ("bus: mhi: host: pci_generic: add support for another Telit variant", "said:pcie-no-driver", True),
    ("configs: enable CONFIG_MTK_T7XX for the laptop kernel build", "said:module-missing", False),
    ("docs: add a page about modem support", "said:pcie-no-driver", False),
    # ... a subject made of names and acronyms only, no three plain words in a row (written, not from any case)
    ("x86: defconfig: Enable Quectel RM520N PCIe WWAN", "said:pcie-no-driver", True),
    ("net: wwan: enable Intel IOSM PCIe WWAN", "said:pcie-no-driver", True),
    ("arm64: dts: Enable USB3 PHY", "said:pcie-no-driver", False),
    # a driver patched against a kernel release, a backport of an id patch asked for (written, not from any case)
    ("We patched the option driver against kernel 4.9 to get the router's LTE card working.", "said:driver-lacks-id", True),
    ("Please backport the qmi_wwan driver change that adds support for the EG18 to the 5.4 tree.",
     "said:driver-lacks-id", True),
    ("This is a request for a backport of the commit that adds the SIM7070 to option.c.", "said:driver-lacks-id", True),
    ("We backported the wifi driver to 4.14 and the qmi_wwan driver works.", "said:driver-lacks-id", False),
    ("I patched the kernel against the latest stable release.", "said:driver-lacks-id", False),
    # said:drivers-compete (written, not from any case)
    ("Once usb-storage is blacklisted the stick works as a modem.", "said:drivers-compete", True),
    ("The vendor's qmi_wwan_q driver conflicts with the built-in qmi_wwan module.", "said:drivers-compete", True),
    ("Blacklisting cdc_acm did not help, still no ttyUSB.", "said:drivers-compete", False),
    ("qmi_wwan is blacklisted in /etc/modprobe.d/wwan.conf.", "said:drivers-compete", False),
    ("There is no option to set the APN in the GUI.", "said:module-missing", False),
    ("If there is no qmi_wwan in the image, install the kmod.", "said:module-missing", False),
    ("The modem drivers are included in the kernel.", "said:module-missing", False),
    # ... in the words of kernel configuration, packaging and rebuilding (written for stop 24, not from any case)
    ("On this board the option driver is disabled in the vendor defconfig.", "said:module-missing", True),
    ("The stock config leaves out CONFIG_USB_NET_QMI_WWAN.", "said:module-missing", True),
    ("The needed kernel modules aren't available for this firmware.", "said:module-missing", True),
    ("I had to build a custom kernel before the modem showed up.", "said:module-missing", True),
    ("It seems to require that we rebuild the whole kernel.", "said:module-missing", True),
    ("The stick won't work without some extra kernel modules.", "said:module-missing", True),
    ("The sierra driver is disabled.", "said:module-missing", True),
    ("I didn't have to recompile the kernel.", "said:module-missing", False),
    # the USB host controller driver (xHCI/EHCI/OHCI, dwc3, OpenWrt kmod-usb3) left out: no USB bus to enumerate on
    # (written, not from any case)
    ("The board image leaves out kmod-usb3, so the LTE modem never shows up.", "said:module-missing", True),
    ("Our kernel config was missing CONFIG_USB_XHCI_HCD, lsusb listed nothing.", "said:module-missing", True),
    ("The xhci driver is loaded and the modem is listed.", "said:module-missing", False),
    ("xhci_hcd 0000:00:14.0: xHCI host controller not responding, assume dead", "said:module-missing", False),
    # a change bringing a kernel module for the modem: the kernel before it had none (written, not from any case)
    ("These drivers enable support for the RM520N-GL 5G modem.", "said:module-missing", True),
    ("The new kernel module brings support for the Quectel EM120 card.", "said:module-missing", True),
    ("This patch adds support for the EM05-G modem.", "said:module-missing", False),
    ("The option driver adds support for the EM05 modem in 6.1.", "said:module-missing", False),
    ("This driver adds support for the touchpad.", "said:module-missing", False),
    ("I had to recompile the kernel to add the PID to option.c.", "said:module-missing", False),  # an id, not a module
    ("The roaming option is disabled in the web UI.", "said:module-missing", False),
    ("Do I have to rebuild the kernel?", "said:module-missing", False),
    ("The kernel modules are not loaded after boot.", "said:module-missing", False),
    ("I had to rebuild the kernel headers package first.", "said:module-missing", False),
    ("The hso driver is loaded and ttyHS0 appears.", "said:module-missing", False),
    # said:driver-not-loaded (written, not from any case)
    ("The option module isn't loaded after I plug the stick in.", "said:driver-not-loaded", True),
    ("No kernel module gets loaded for it.", "said:driver-not-loaded", True),
    ("The qmi_wwan driver does not get loaded automatically.", "said:driver-not-loaded", True),
    ("The driver is loaded fine and ttyUSB0 is there.", "said:driver-not-loaded", False),
    ("If the driver is not loaded, run modprobe option.", "said:driver-not-loaded", False),
    ("The WiFi driver is not loaded.", "said:driver-not-loaded", False),
    # said:host-firmware-missing told as the person's omission beside what such a modem needs (written, not from any case)
    ("I never copied the firmware over, and this module wants its firmware uploaded into the card at every power-on.",
     "said:host-firmware-missing", True),
    ("We forgot to extract the firmware; the Gobi chip needs it loaded each time it boots.", "said:host-firmware-missing", True),
    ("It fails, even if lsusb lists it: I never installed the Gobi firmware.", "said:host-firmware-missing", True),
    ("I didn't install the firmware update, the modem runs the stock one.", "said:host-firmware-missing", False),
    ("The Gobi firmware is installed and gobi_loader loads it at every boot.", "said:host-firmware-missing", False),
    ("If you never installed the Gobi firmware, get it from the Windows driver.", "said:host-firmware-missing", False),
    ("The option driver took the network interface of the modem.", "said:driver-on-wrong-interface", True),
    ("The QMI interface got grabbed by qcserial.", "said:driver-on-wrong-interface", True),
    ("qmi_wwan is bound to the GPS port instead of the QMI one.", "said:driver-on-wrong-interface", True),
    ("option takes interfaces 0-3 and qmi_wwan the network interface.", "said:driver-on-wrong-interface", False),
    ("When option grabs the QMI interface, unbind it.", "said:driver-on-wrong-interface", False),
    # said:drops-off-bus in other words (device numbers, autosuspend, brown-out) and said:power-pin for a pin never driven;
    # written, not from any case
    ("It disappears and came back with a higher device number.", "said:drops-off-bus", True),
    ("The USB device number increases every couple of minutes.", "said:drops-off-bus", True),
    ("powertop's tuning cuts off the dongle after a while.", "said:drops-off-bus", True),
    ("After autosuspend was turned off the card stays connected.", "said:drops-off-bus", True),
    ("The stick browns out whenever it registers.", "said:drops-off-bus", True),
    ("If autosuspend breaks it, disable TLP.", "said:drops-off-bus", False),
    ("The modem shows up with device number 4.", "said:drops-off-bus", False),
    ("The modem came back with a different product id.", "said:reappears-other-id", True),
    ("The modem came back with a new device number.", "said:reappears-other-id", False),
    ("It re-appears with a new USB device number each time.", "said:reappears-other-id", False),
    ("It re-appears with a new USB device number each time.", "said:drops-off-bus", True),
    ("The card starts in its ECM configuration instead of MBIM.", "said:ethernet-composition", True),
    # the modem's control function named (said:control-mode-mbim / -qmi)
    ("The module came up in its MBIM composition after the update.", "said:control-mode-mbim", True),
    ("The control port is handled by cdc_mbim.", "said:control-mode-mbim", True),
    ("If the card is in MBIM mode, use mbimcli.", "said:control-mode-mbim", False),
    ("When the modem is in QMI mode, use qmicli.", "said:control-mode-qmi", False),
    ("The EG25 stays in QMI mode with qmi_wwan.", "said:control-mode-qmi", True),
    ("That one is a QMI device, not MBIM.", "said:control-mode-qmi", True),
    ("It starts up in MBIM mode.", "said:control-mode-mbim", True),
    ("cdc_mbim drives it and uqmi gets no answer.", "said:control-mode-mbim", True),
    ("The modem uses the cdc_mbim driver.", "said:control-mode-mbim", True),
    ("qmi_wwan is bound to interface 4.", "said:control-mode-qmi", True),
    ("The EM7345 is an MBIM-only modem.", "said:control-mode-mbim", True),
    ("I can switch it to QMI mode by setting bConfigurationValue to 1.", "said:control-mode-qmi", True),
    ("Switch it to QMI mode and use qmicli.", "said:control-mode-qmi", False),
    # a driver described, not this modem's state; a state denied, left or only wished for
    ("QMI_WWAN binds to the RmNet interface and provides a WWAN network device.", "said:control-mode-qmi", False),
    ("qmi_wwan drives QMI devices and cdc_mbim drives MBIM devices.", "said:control-mode-mbim", False),
    ("The modem is not in MBIM mode.", "said:control-mode-mbim", False),
    ("I switched it from MBIM mode to the other one.", "said:control-mode-mbim", False),
    ("Use mbimcli in MBIM mode.", "said:control-mode-mbim", False),
    ("You need to put it in QMI mode first.", "said:control-mode-qmi", False),
    # the router-style stick told as a router (said:hilink-mode)
    ("The stick works as a router with its own DHCP server.", "said:hilink-mode", True),
    ("I changed the APN on the web UI of the dongle, still no ttyUSB.", "said:hilink-mode", True),
    ("eth1 got its address from the stick itself.", "said:hilink-mode", True),
    ("My router in a stick works fine as the WAN.", "said:hilink-mode", False),
    ("If the stick acts as a router, run DHCP on it.", "said:hilink-mode", False),
    ("I use a Huawei E303WS dongle with HiLink technology on OpenWrt.", "said:hilink-mode", True),
    ("I built in a modem and it works properly under Windows 11.", "said:works-under-windows", True),
    ("In Windows 10, the WWAN card connects without problems.", "said:works-under-windows", True),
    ("The modem works fine on a Windows PC.", "said:works-under-windows", False),
    ("It does not work under Windows either.", "said:works-under-windows", False),
    ("It works in Linux only after a warm reboot from Windows.", "said:works-under-windows", False),
    ("The stick with the HiLink firmware only gives me eth1.", "said:hilink-mode", True),
    ("I flashed a stick without HiLink firmware.", "said:hilink-mode", False),
    ("The PWRKEY line was not pulsed at all by the board.", "said:power-pin", True),
    ("The reset pin is not held low.", "said:power-pin", False),
    # the radio held off as ModemManager shows it (said:radio-stuck-off), the FCC lock named as the cause (said:fcc-lock), and
    # Secure Boot refusing a module (said:lockdown-refuses); written, not from any case
    ("The card keeps falling back to disabled after a second.", "said:radio-stuck-off", True),
    ("ModemManager loops between enabling and disabled.", "said:radio-stuck-off", True),
    ("The radio remains off no matter what I try.", "said:radio-stuck-off", True),
    ("It went back to disabled after I ran mmcli -d.", "said:radio-stuck-off", True),
    ("If it never gets past enabling, check the FCC lock.", "said:radio-stuck-off", False),
    ("It is due to the FCC lock on these Dell cards.", "said:fcc-lock", True),
    ("It's not the FCC lock, the SIM was missing.", "said:fcc-lock", False),
    # a usb_modeswitch rule or configuration of the person's own (said:own-switch-rule); written for stop 23, in no case
    ('ATTRS{idVendor}=="1c9e", ATTRS{idProduct}=="9800", RUN+="/usr/sbin/usb_modeswitch -J"', "said:own-switch-rule", True),
    ("I wrote my own udev rule so usb_modeswitch runs when the dongle is plugged in.", "said:own-switch-rule", True),
    ("Then I created /etc/usb_modeswitch.d/1c9e:9800 with the message from the forum.", "said:own-switch-rule", True),
    ("For usb_modeswitch I had to add a config file myself.", "said:own-switch-rule", False),  # who wrote it: the "I" is after
    ("The usb_modeswitch config I added does nothing.", "said:own-switch-rule", True),
    ("If you write a udev rule for usb_modeswitch, reload udev.", "said:own-switch-rule", False),
    ("usb_modeswitch ships its own udev rule.", "said:own-switch-rule", False),
    # low power told with a carrier image or PRI change, or the image and PRI said not to match
    # (said:low-power-after-firmware); the modem unpowered by its pin or supply (said:power-pin); written for stop 23
    ("Ever since we loaded the Sprint PRI the card sits in LPM.", "said:low-power-after-firmware", True),
    # a firmware download tool run, then low power (written, not from any case)
    ("We ran qmi-firmware-update with the carrier files and the card dropped into low power mode.",
     "said:low-power-after-firmware", True),
    ("I tried QFirehose on the module, it failed halfway and the module went to LPM.", "said:low-power-after-firmware", True),
    ("I used the fw-download tool and it worked fine.", "said:low-power-after-firmware", False),
    ("The modem switched to low power mode when I enabled airplane mode.", "said:low-power-after-firmware", False),
    ("The image and the PRI don't match, that's why it stays offline.", "said:low-power-after-firmware", True),
    ("We changed it to the Rogers image. Now it never leaves low power.", "said:low-power-after-firmware", True),
    ("It has been like this since we flashed 02.33 firmware onto it.", "said:low-power-after-firmware", True),
    ("If the PRI does not match the image, the modem stays in low power.", "said:low-power-after-firmware", False),
    ("The PRI matches the firmware image now.", "said:low-power-after-firmware", False),
    ("The modem is not there until I set the enable line high.", "said:power-pin", True),
    ("There is no voltage at VBAT, so the card never comes up.", "said:power-pin", True),
    ("VBAT reads 3.8 V and the modem enumerates fine.", "said:power-pin", False),
    # the device gone from USB and back, or its USB resets counted (said:drops-off-bus); written for stop 23
    ("Now and then the dongle vanishes and reappears a second later.", "said:drops-off-bus", True),
    ("The modem does USB resets several times a day.", "said:drops-off-bus", True),
    ("Each time it comes back with another device number.", "said:drops-off-bus", True),
    ("Our EG25 keeps resetting whenever the heater turns on.", "said:drops-off-bus", True),
    ("The module vanishes from the bus, then re-enumerates with a new device number.", "said:drops-off-bus", True),
    ("We put the Bell spk on it and since then it won't leave low power.", "said:low-power-after-firmware", True),
    ("The SIM card disappears and comes back in mmcli.", "said:drops-off-bus", False),
    ("If the stick disappears and comes back, check the cable.", "said:drops-off-bus", False),
    # a PCIe card said to be there in lspci with nothing past it (said:pcie-no-driver)
    ("The WWAN card is there in lspci but no driver is bound to it.", "said:pcie-no-driver", True),
    ("Is the card there in lspci? No driver shows for it.", "said:pcie-no-driver", False),
    ("Sadly the native PCI driver will not work with this card.", "said:pcie-no-driver", True),
    ("The iosm driver fails to probe the modem on my 5.15 kernel.", "said:pcie-no-driver", True),
    ("If the MHI driver does not load, check the kernel config.", "said:pcie-no-driver", False),
    ("The driver fails to load since Secure Boot got enabled.", "said:lockdown-refuses", True),
    ("With Secure Boot on, my dkms module is rejected.", "said:lockdown-refuses", True),
    ("The module loads fine with Secure Boot on.", "said:lockdown-refuses", False),
    ("If Secure Boot is on, the module will not load unless signed.", "said:lockdown-refuses", False),
    # host firmware a Gobi or MultiTech modem needs (said:host-firmware-missing); written, not from any case
    ("The gobi firmware files are missing from /lib/firmware/gobi.", "said:host-firmware-missing", True),
    ("gobi_loader fails every time with my un2420.", "said:host-firmware-missing", True),
    ("The card needs the firmware from the Windows driver.", "said:host-firmware-missing", True),
    ("No firmware files for the MultiTech modem were installed.", "said:host-firmware-missing", True),
    ("The firmware files for gobi_loader are correctly installed.", "said:host-firmware-missing", False),
    ("If the gobi firmware files are missing, copy them from Windows.", "said:host-firmware-missing", False),
    ("The iwlwifi firmware is not found.", "said:host-firmware-missing", False),
    # the firmware lived on the Windows install, which is gone (written, not from any case)
    ("I wiped the Windows partition that held the card's firmware for the loader.", "said:host-firmware-missing", True),
    ("The modem firmware sat on the old Windows drive, and that drive was formatted last week.",
     "said:host-firmware-missing", True),
    ("I deleted the Windows partition and the modem still works.", "said:host-firmware-missing", False),
])
def test_device_side_statements(text, fact, counted):
    assert (fact in _stated(text)) is counted


# said:pcie-no-driver in Chinese ("不支持PCIe模式": PCIe mode not supported; "没找到pcie驱动": no PCIe driver found)
@pytest.mark.parametrize("text, counted", [
    ("我的5G模块不支持PCIe模式", True),
    ("没找到pcie驱动", True),
    ("换了SIM卡, 模块还是不支持PCIe模式", True),  # "SIM" holds "si" but is no word "si"
    ("如果不支持PCIe模式怎么办", False),  # if ...
    ("是不是没找到pcie驱动？", False),  # a question
    # a condition word of the other languages the table reads takes it back, as for every other foreign statement
    ("Si el 模块不支持PCIe模式, 怎么办", False),
    ("Wenn das 模块不支持PCIe模式", False),
])
def test_pcie_no_driver_in_chinese(text, counted):
    assert ("said:pcie-no-driver" in _stated(text)) is counted


# the rows written in a language of the clause grammar's table are taken back by that language's conditions before
# the statement and its doubts before it in its clause, as the grammar's readings are (prose_foreign.hedged); a
# condition after the statement says when, and another language's words ("se" is Italian for "if") take nothing back
@pytest.mark.parametrize("text, fact, counted", [
    ("Das Modem verschwindet nach ein paar Minuten.", "said:drops-off-bus", True),
    ("Das Modem verschwindet, wenn ich eine Verbindung aufbaue.", "said:drops-off-bus", True),
    ("Wenn das Modem verschwindet, hilft nur ein Neustart.", "said:drops-off-bus", False),
    ("Модем пропадает через минуту.", "said:drops-off-bus", True),
    ("Если модем пропадает, перезагрузите его.", "said:drops-off-bus", False),
    ("El módem se desconecta cada pocos minutos.", "said:drops-off-bus", True),
    ("Si el módem se desconecta, reinícialo.", "said:drops-off-bus", False),
    ("Quizás el módem desaparece por la fuente.", "said:drops-off-bus", False),
    ("O modem some depois de alguns minutos.", "said:drops-off-bus", True),
    ("Caso o modem sumiu, reinicie.", "said:drops-off-bus", False),
    ("Ich habe keine Berechtigung für /dev/ttyUSB2.", "said:no-permission", True),
    ("Falls ich keine Berechtigung für /dev/ttyUSB2 habe, nehme ich sudo.", "said:no-permission", False),
    ("El usuario no tiene permisos para /dev/ttyUSB2.", "said:no-permission", True),
    ("Si no tengo permisos para /dev/ttyUSB2, uso sudo.", "said:no-permission", False),
])
def test_a_row_in_a_table_language_is_taken_back_by_that_language(text, fact, counted):
    assert (fact in _stated(text)) is counted


def test_the_language_of_a_row_is_one_of_the_table():
    languages = {state.language for state in prose_states.STATES}
    assert languages - {""} and languages - {""} <= set(LANGUAGES)


def test_every_stated_state_names_the_command_that_confirms_it():
    for state in prose_states.STATES:
        assert state.fact.startswith("said:") and state.confirm


def test_a_finding_from_a_stated_state_is_low_and_carries_the_command():
    (finding,) = [f for f in _findings("The modem connects fine but wwan0 never gets an IP address.\n")]
    assert finding.confidence == "low" and finding.cause == "interface-down-or-unconfigured"
    assert "confirm with: ip addr show" in finding.evidence[0].text


def test_long_prose_lines_are_read_whole():
    sentence = ("I am opening this issue to report an apparent regression / misconfiguration in the WWAN bring-up "
                "path on NoobWRT for AW1000 (ImmortalWRT-based), where the cellular interface can register on the "
                "network and the modem appears \u201cconnected\u201d in the UI, but the router does not obtain an IP "
                "configuration nor a default route after boot.\n")
    assert "said:connected-no-ip" in derive(ingest_text(sentence)).signals


def test_a_sentence_a_mail_client_wrapped_is_read_whole():
    text = ("> USB ports are not visible to the system unless I press hardware\n> PWRKEY on board.\n"
            "> Can I turn it on programmatically?\n")
    assert "said:power-pin" in derive(ingest_text(text)).signals
    # short lines, or lines that end a sentence or a label, stay apart
    text = "PWRKEY: not pressed\nVDD_EXT: 1.8V\n"
    assert [ln.text for ln in prose_text_lines(ingest_text(text))] == ["PWRKEY: not pressed", "VDD_EXT: 1.8V"]


def test_a_storage_id_the_post_says_the_stick_stays_at_is_the_modem():
    # bbs.archlinux.org 145608: the storage id and the modem id it should switch to
    text = ("#lsusb,   shows modem-device as storage,\noutput is  1c9e:f000.\n"
            "For connection , switching my device as Modem is necessary.  switched  modem id is  1c9e:9605.\n")
    (modem,) = derive(ingest_text(text)).modems
    assert (modem.vid, modem.pid) == ("1c9e", "f000")
    # without the statement, the modem id is the modem
    (modem,) = derive(ingest_text(text.replace("shows modem-device as storage", "shows the device"))).modems
    assert (modem.vid, modem.pid) == ("1c9e", "9605")


def test_a_finding_about_a_modem_only_the_post_names_is_at_most_medium():
    text = "#lsusb,   shows modem-device as storage,\noutput is  1c9e:f000.\nswitched  modem id is  1c9e:9605.\n"
    (finding,) = [f for f in _findings(text) if f.severity != "info"]
    assert finding.cause == "needs-modeswitch" and finding.confidence == "medium"
    assert finding.evidence[0].source == "prose" and "1c9e:f000" in finding.evidence[0].text


def test_a_qualcomm_windows_port_name_gives_its_id():
    # forums.quectel.com/t/multiple-ec25-a-modules-fail-no-boot/6665
    text = "Creates Comport on USB: HS-USB QDLoader 9008, unable to set in gsmhack mode to create the other COMports.\n"
    (modem,) = derive(ingest_text(text)).modems
    assert (modem.vid, modem.pid) == ("05c6", "9008")
    assert derive(ingest_text("The HS-USB port of my phone is slow.\n")).modems == []


# --- device and port states a post tells: ports that never appeared or came back renumbered, a port shared with
# another reader, USB resets, a radio held off, a device node never shown on OpenWrt --------------------------
_NEVER = "said:serial-ports-never-appeared"
_ACCESS = "said:access-drops-connection"
_AFTER_RESET = "said:port-program-lost-after-reset"


@pytest.mark.parametrize("text, fact, read", [
    ("lsusb shows the modem but no /dev/ttyUSB devices are created.", _NEVER, True),
    ("there are no ttyUSB devices", _NEVER, True),
    ("接着查看 ls /dev/ttyUSB*,结果发现根本没有。", _NEVER, True),
    ("仅生成usb0网络接口,但未生成串口节点(如ttyUSB0、ttyUSB1等)", _NEVER, True),
    ("系统始终无法识别出 ttyUSB 设备", _NEVER, True),
    # gone after working, a condition, a port that does not answer: not "never appeared"
    ("The ttyUSB ports are no longer created after the update.", _NEVER, False),
    ("If there is no ttyUSB device, load option.", _NEVER, False),
    ("如果没有生成ttyUSB,请检查驱动。", _NEVER, False),
    ("ttyUSB2 没有回应", _NEVER, False),
    ("some of those devices will raise a SerialException complaining about concurrent access:",
     "said:port-shared-access", True),
    ("We need concurrent access to the internet from two machines.", "said:port-shared-access", False),
    ("the card is locked in “low-power” / flight mode which cannot be disabled using the NetworkManagers utils.",
     "said:radio-stuck-off", True),
    ("I can't disable airplane mode on the modem.", "said:radio-stuck-off", True),
    ("The modem was stuck in flight mode, fixed it with the FCC unlock.", "said:radio-stuck-off", False),
    # the radio switched on by hand makes it work (gammu issue 359; the others written)
    ("I have to stop the system service, run `gammu setpower on`, then start the service again before it will work.",
     "said:radio-on-needed", True),
    ("After sending AT+CFUN=1 the modem registers.", "said:radio-on-needed", True),
    ("rfkill unblock wwan fixed it.", "said:radio-on-needed", True),
    ("It only works after I run mmcli -m 0 --set-power-state-on.", "said:radio-on-needed", True),
    # the command among other steps (written after the spent case gammu-dwm157-b1-sms-send-error-minus-1-radio-disabled-at-startup)
    ("It works only after I restart the daemon, run gammu setpower on and start it again.", "said:radio-on-needed", True),
    ("It works after I unplug it, no AT+CFUN=1 needed.", "said:radio-on-needed", False),
    ("I tried AT+CFUN=1 but it did not help.", "said:radio-on-needed", False),
    ("I have to send AT+CFUN=1,1 to reset it.", "said:radio-on-needed", False),
    ("If it does not register, you have to send AT+CFUN=1.", "said:radio-on-needed", False),
    # uqmi's operating mode online (uqmi commands-dms.h set-device-operating-mode), and the command told as the one thing
    # that helps (written, stop 29, none a post's words)
    ("Once I run uqmi -d /dev/cdc-wdm0 --set-device-operating-mode online it works until the next power cut.",
     "said:radio-on-needed", True),
    ("What fixes it every time is sending AT+CFUN=1 from minicom.", "said:radio-on-needed", True),
    ("The only workaround is to run uqmi --set-device-operating-mode=online after each boot.", "said:radio-on-needed", True),
    ("The only thing that helps is a reboot, uqmi --set-device-operating-mode online changes nothing.",
     "said:radio-on-needed", False),
    ("uqmi --set-device-operating-mode low_power fixed it.", "said:radio-on-needed", False),
    # a host program powers the modem off (mobile-nixos issue on the PinePhone's modem-control unit; the others written)
    ("When the modem reboots itself just before entering fastboot mode, its USB devices disappear, which the udev rules "
     "detect. This stops the modem-control service and permanently powers off the modem.",
     "said:host-powers-modem-off", True),
    ("The modem-control service powers the modem off at boot.", "said:host-powers-modem-off", True),
    ("I turned the modem off with the power button.", "said:host-powers-modem-off", False),
    ("If the script powers off the modem, check the unit.", "said:host-powers-modem-off", False),
    ("I was having persisitent USB reset drama, but the following command completely mitigated the problem:",
     "said:drops-off-bus", True),
    ("We see constant USB disconnects of the modem.", "said:drops-off-bus", True),
    ("If you get frequent USB resets, use a powered hub.", "said:drops-off-bus", False),
    ("USB reset of the device is done by the script.", "said:drops-off-bus", False),
    # only a USB device leaves the USB bus, whatever the post calls it (modemmanager-devel, EM7305 thread: a typo)
    ("after a while the motdem resets itself and disappears from the usb bus, to show up after 1-2 seconds again.",
     "said:drops-off-bus", True),
    ("The stick vanished from the USB bus twice today.", "said:drops-off-bus", True),
    ("After usb_modeswitch the storage device disappears from the USB bus.", "said:drops-off-bus", False),
    ("It doesn't disappear from the USB bus, the connection just stalls.", "said:drops-off-bus", False),
    ("The modem does not drop off the bus.", "said:drops-off-bus", False),
    ("After a reset it comes back as /dev/ttyUSB4 instead of /dev/ttyUSB0.", "said:port-renumbered", True),
    ("The ttyUSB numbering changes after every reboot.", "said:port-renumbered", True),
    ("a bug in the firmware that reattaches a modem to the wrong character device name.", "said:port-renumbered", True),
    # a guess in brackets closed before the statement stays in its brackets; outside them it holds for the sentence
    ("There is nasty bug somewhere in the firmware (hotplug event handling I suppose) that reattaches a modem to the "
     "wrong character device name.", "said:port-renumbered", True),
    ("I suppose it reattaches the modem to the wrong device name.", "said:port-renumbered", False),
    ("It reconnects to the network with a new IP.", "said:port-renumbered", False),
    ("If it comes back as ttyUSB3 instead of ttyUSB0, edit the config.", "said:port-renumbered", False),
    # gammu sms gateway issue: the device moves by itself
    ("and without a restart, my WWAN device switch from `/dev/ttyUSB0` to `/dev/ttyUSB1`,", "said:port-renumbered", True),
    ("After the reset ttyUSB2 became ttyUSB3.", "said:port-renumbered", True),
    ("I changed /dev/ttyUSB0 to /dev/ttyUSB2 in the config and it worked.", "said:port-renumbered", False),
    ("The modem port was switched from ttyUSB0 to ttyUSB2 in the config file.", "said:port-renumbered", False),
    # a program holding the tty fails once the device was reset under it (gammu issue 198)
    ("I have noticed that when UMTSKeeper resets the USB dongle (to recover from some errors), it leaves it in an state "
     "which is unexpected by gammu-smsd, and finally prevents gammu-smsd from handling further SMS.", _AFTER_RESET, True),
    ("After the modem is unplugged and plugged back, pppd can no longer open the port.", _AFTER_RESET, True),
    ("Whenever the USB stick gets reset, gammu-smsd stops sending SMS until I restart it.", _AFTER_RESET, True),
    ("After a reset of the modem, gammu works fine again.", _AFTER_RESET, False),
    ("If the modem is reset, restart gammu-smsd.", _AFTER_RESET, False),
    ("After I reset the modem, wvdial connects fine.", _AFTER_RESET, False),
    ("Everything seems to work fine, but the wwan or any other possible 4G device doesn\u2019t show in the /dev/ "
     "directory", "said:modem-node-not-shown", True),
    ("I dont see the device.", "said:modem-node-not-shown", True),
    ("I don't see the device in lsusb.", "said:modem-node-not-shown", False),  # the bus: said:not-on-usb
    ("If nothing shows up in /dev, install the driver.", "said:modem-node-not-shown", False),
    ("On OpenWrt I don't see the modem in LuCI.", "said:modem-node-not-shown", False),  # a program's list
    ("My router runs OpenWrt 22.03 with a Quectel EC25.", "said:openwrt", True),
    ("I need to load drivers for it on openwrt.", "said:openwrt", True),
    # no new nodes in /dev (written, not from any case)
    ("The board sees the stick on its bus, but there are no new device nodes in /dev.", "said:modem-node-not-shown", True),
    ("After plugging it in I get no new /dev entries at all.", "said:modem-node-not-shown", True),
    ("If you see no new /dev devices, load the driver.", "said:modem-node-not-shown", False),
    # a kernel or image built for the device (written, not from any case)
    ("Our gateway runs a Buildroot image with kernel 5.10.", "said:custom-kernel", True),
    ("I compiled my own kernel for the board last week.", "said:custom-kernel", True),
    ("The product runs a customized Linux distribution from the vendor.", "said:custom-kernel", True),
    ("The router has custom firmware from the ISP.", "said:custom-kernel", False),
    ("I use the stock Ubuntu kernel.", "said:custom-kernel", False),
    # the contrast starts what the person saw: the "should" of the website's claim stays on the other side
    ("Simcom website states the standard usb serial driver should work, however I dont see the device.",
     "said:modem-node-not-shown", True),
    ("If it is plugged in but the 4G device doesn't show in /dev, reboot.", "said:modem-node-not-shown", False),
    # a second program reading the modem drops the connection (luci-app-5gmodem issue 13's Russian title)
    ("T77W968 отваливается соединение, когда начинаешь открывать вкладку модем/5g modem", _ACCESS, True),
    ("The connection drops whenever I open the modem status page in LuCI.", _ACCESS, True),
    ("Opening the modem tab kills the connection.", _ACCESS, True),
    ("When I send AT commands with minicom the data session hangs.", _ACCESS, True),
    ("Die Verbindung bricht ab, sobald ich die Statusseite öffne.", _ACCESS, True),
    ("打开模块页面就断线", _ACCESS, True),
    ("If the connection drops when you open the status page, disable polling.", _ACCESS, False),
    ("Если соединение отваливается при открытии вкладки, отключите опрос.", _ACCESS, False),
    ("The connection drops every few minutes.", _ACCESS, False),
    ("I open the status page and see that the connection is up.", _ACCESS, False),
    ("The connection drops when I open a large web page.", _ACCESS, False),
])
def test_device_and_port_states_told(text, fact, read):
    assert (fact in stated(text)) == read


# the system taken back to its previous release fixes the modem (said:system-regression): tuning case nixos-25.11-
# modemmanager-1.24.0-core-dumps-..., then written ones. A bare year.month version is the system's only in a post that
# names such a release of its distribution; otherwise it may be the modem's firmware.
@pytest.mark.parametrize("text, facts", [
    ("Upgrade working system to nixos 25.11.\nAfter upgrading cannot initialize modem anymore. Downgrading to 25.05 "
     "fixes problem.", {"said:system-regression"}),
    ("This box runs OpenWrt 23.05.3.\nDowngrading to 22.03 fixes the problem.", {"said:system-regression"}),
    ("Rolling back to the previous NixOS generation fixes it.", {"said:system-regression"}),
    ("Rolling the system back to the previous release made it work again.", {"said:system-regression"}),
    ("Downgrading to 25.05 fixes the problem.", {"said:firmware-regression"}),  # no system release named
    ("I'm on Ubuntu 22.04.\nDowngrading the firmware to 02.24 fixes the problem.", {"said:firmware-regression"}),
    ("I'm on Ubuntu 22.04.\nDowngrading to 02.30.01.01 fixes the problem.", {"said:firmware-regression"}),
    ("Booting the previous kernel fixes it.", set()),  # a kernel regression, not the system's software at large
    ("If rolling back to the previous generation fixes it, report a bug.", set()),
])
def test_a_release_of_the_system_taken_back_is_no_firmware_regression(text, facts):
    found = stated(text) & {"said:system-regression", "said:firmware-regression"}
    assert found == facts


# the modem worked under a desktop distribution the person left (said:worked-on-desktop-distro, context): tuning case
# larbs-arch-wwan-not-recognized-..., then written ones
@pytest.mark.parametrize("text, read", [
    ("I was using linux mint and everything worked fine, but after the switch i can only use my wifi.", True),
    ("The modem worked perfectly on Ubuntu.", True),
    ("I moved over from Fedora, where the LTE card just worked.", True),
    ("We were running Pop!_OS before and the WWAN was fine.", True),
    ("I am using Linux Mint and the modem does not work.", False),  # the system it fails on
    ("It never worked on Ubuntu either.", False),
    ("If it worked on Ubuntu, install the same packages.", False),
])
def test_a_desktop_distribution_the_modem_worked_under(text, read):
    assert ("said:worked-on-desktop-distro" in stated(text)) == read


# the same device works on another computer (said:works-on-other-host) and one more USB modem added to a host
# (said:extra-usb-modem): tuning case omr-rpi4-third-e3372-..., then written ones
@pytest.mark.parametrize("text, facts", [
    ("If I try the dongle in the PC everything works fine.", {"said:works-on-other-host"}),
    ("When I plug the stick into my laptop it works perfectly.", {"said:works-on-other-host"}),
    ("The modem works fine on my Windows laptop.", {"said:works-on-other-host"}),
    ("Does it work on another PC?", set()),
    ("It does not work on my laptop either.", set()),
    ("If it works on the PC, the stick is fine.", set()),
    ("I bought a third Huawei E3372 dongle for the router.", {"said:extra-usb-modem"}),
    ("An additional LTE stick is on the hub.", {"said:extra-usb-modem"}),
    ("The third SIM card is from another provider.", set()),
])
def test_a_device_that_works_elsewhere_and_one_stick_too_many(text, facts):
    assert stated(text) & {"said:works-on-other-host", "said:extra-usb-modem"} == facts


# a script or rule that renames network interfaces taken away (said:iface-renamed): tuning case smoothwan-usb-renamer-...
# ("rm /etc/hotplug.d/net/99-usbnamer"), then written ones
@pytest.mark.parametrize("text, read", [
    ("rm /etc/udev/rules.d/70-persistent-net.rules", True),
    ("sudo rm -f /etc/hotplug.d/net/20-rename-wwan", True),
    ("After I disabled the USB renamer script the QMI profile came up.", True),
    ("Deleting 70-persistent-net.rules gave the interface its old name back.", True),
    ("rm /etc/udev/rules.d/40-usb_modeswitch.rules", False),
    ("I removed the SIM and renamed the profile.", False),
    ("If you disable the renaming rule, the name changes.", False),
])
def test_a_renamer_taken_away(text, read):
    assert ("said:iface-renamed" in stated(text)) == read


# an APN of another operator than the SIM's (said:apn-rejected): tuning case luci-5gmodem-rakuten-..., then written ones
@pytest.mark.parametrize("text, read", [
    ("These APN entries do not belong to my operator.", True),
    ("The router picked the APN of another carrier.", True),
    ("The docomo profiles don't belong to this PLMN.", True),
    ("The SIM does not belong to me.", False),
    ("If the APN does not belong to the network, the call fails.", False),
])
def test_an_apn_of_another_operator(text, read):
    assert ("said:apn-rejected" in stated(text)) == read


# the manager side in words (written for stop 26, from the states ModemManager, gammu and terminal programs leave):
# another program on the port, another ModemManager release, a terminal that reaches the modem
@pytest.mark.parametrize("text, fact, read", [
    ("gammu-smsd is also using /dev/ttyUSB2 while my script runs.", "said:port-held-by-other", True),
    ("The Jeedom SMS plugin was also using the dongle.", "said:port-held-by-other", True),
    ("minicom still has the port open.", "said:port-held-by-other", True),
    ("wvdial says the device is busy.", "said:port-held-by-other", True),
    ("minicom is not using the port any more.", "said:port-held-by-other", False),
    ("The busy LED blinks.", "said:port-held-by-other", False),
    ("After installing a newer ModemManager from backports the modem is detected.", "said:mm-version-fixes", True),
    ("It works with ModemManager 1.20 but not with 1.18.", "said:mm-version-fixes", True),
    ("This is fixed in ModemManager 1.24.2 upstream.", "said:mm-version-fixes", True),
    ("Updating the modem firmware fixed it, ModemManager is the same.", "said:mm-version-fixes", False),
    ("Upgrading ModemManager from the PPA did not fix it for me.", "said:mm-version-fixes", False),
    # a release of ModemManager or of its libqmi / libmbim said not to go with the rest (written for stop 37)
    # (review37) a script said not to go with a libqmi release says nothing of ModemManager
    ("The new network scripts are not compatible with libqmi 1.28.2.", "said:mm-version-fixes", False),
    ("My custom qmi script is not compatible with libqmi 1.30, I rewrote it and it works now.", "said:mm-version-fixes", False),
    ("libmbim 1.26.0 is incompatible with this ModemManager.", "said:mm-version-fixes", True),
    ("ModemManager 1.16.2 and newer can't talk to the MBIM port any more.", "said:mm-version-fixes", True),
    ("ModemManager 1.18 is not able to use the modem.", "said:mm-version-fixes", False),
    ("libqmi 1.30 cannot open the port any more after the firmware update.", "said:mm-version-fixes", False),
    # the modem works with another SIM here, the SIM works elsewhere (written for stop 37)
    ("With my Three SIM it works on this laptop.", "said:works-with-other-sim", True),
    ("The stick works fine with another SIM card.", "said:works-with-other-sim", True),
    ("With another SIM it does not work either.", "said:works-with-other-sim", False),
    ("The new SIM works in my phone.", "said:sim-works-elsewhere", True),
    ("My brother tested the stick with the VirginSIM and it works on XP.", "said:sim-works-elsewhere", True),
    ("The SIM doesn't work in my phone either.", "said:sim-works-elsewhere", False),
    # the SIM as the subject in another modem or board: the SIM is fine (stop 38 leftover); no unit fault is told
    ("The SIM card works in another modem.", "said:sim-works-elsewhere", True),
    ("The same SIM card works fine in another SIM7000 module.", "said:sim-works-elsewhere", True),
    ("The SIM card works in another modem.", "said:other-unit-works", False),
    ("The SIM does not work in another modem either.", "said:sim-works-elsewhere", False),
    ("I can talk to the modem with minicom on ttyUSB2.", "said:other-tool-reaches-modem", True),
    ("UMTSmon detects the modem after the switch.", "said:other-tool-reaches-modem", True),
    ("The stick works with wvdial.", "said:other-tool-reaches-modem", True),
    ("minicom gets no answer at all.", "said:other-tool-reaches-modem", False),
    ("wvdial doesn't work either.", "said:other-tool-reaches-modem", False),
])
def test_the_manager_side_in_words(text, fact, read):
    assert (fact in stated(text)) == read


# (real case pandora-xs-stick-p14-1c9e-f000-...: installing ModemManager that did not help is no release that fixed it)
def test_a_modemmanager_installed_that_did_not_work_fixed_nothing():
    assert "said:mm-version-fixes" not in stated(
        "automatic connection setup with NetworkManager (I installed modem manager, but it didn't work)")


# a negation written "n't" takes each of the stop-26 readings back as "not" does
@pytest.mark.parametrize("text, fact", [
    ("minicom isn't using the port any more.", "said:port-held-by-other"),
    ("It didn't work on Ubuntu either.", "said:worked-on-desktop-distro"),
    ("The stick doesn't work on my laptop either.", "said:works-on-other-host"),
    ("wvdial didn't work either.", "said:other-tool-reaches-modem"),
])
def test_a_contracted_negation_takes_the_stop_26_readings_back(text, fact):
    assert fact not in stated(text)


# the default route put on the modem by hand (said:default-route-elsewhere): tuning case sixfab-cellular-iot-ppp-up-
# but-default-route-stays-on-wlan0's diagnosis, told as people tell it (written)
@pytest.mark.parametrize("text, read", [
    ("Internet only works after I add the default route via ppp0 by hand.", True),
    ("I have to set the default gateway to wwan0 manually every time.", True),
    ("Pings go through once we replace the default route.", True),
    ("If you add a default route, traffic goes through the modem.", False),
    ("The default route is fine.", False),
])
def test_the_default_route_put_on_the_modem_by_hand(text, read):
    assert ("said:default-route-elsewhere" in stated(text)) == read


# a cellular carrier board named on a label line, and ports that "would not show up" (spent case waveshare-cm4-poe-4g-
# board-..., then written ones)
@pytest.mark.parametrize("text, fact, read", [
    ("Board: Compute Module 4 (CM4) PoE 4G Board", "said:modem-board", True),
    ("We put the module on an LTE carrier board.", "said:modem-board", True),
    ("The board is a plain Raspberry Pi 4.", "said:modem-board", False),
    ("I could not figure out why `/dev/ttyUSB*` devices would not show up.", "said:serial-ports-never-appeared", True),
    ("The ttyUSB ports did not appear after the update.", "said:serial-ports-never-appeared", True),
    ("ttyUSB2 is there and answers.", "said:serial-ports-never-appeared", False),
])
def test_a_carrier_board_and_ports_that_never_show(text, fact, read):
    assert (fact in stated(text)) == read


# ModemManager holding the port said with "it" (written); what the person wants it to do is no hold (written case
# p22-mmnm-maintainer-filter-policy)
@pytest.mark.parametrize("text, read", [
    ("My script cannot open /dev/ttyUSB2 because ModemManager grabbed it.", True),
    ("ModemManager keeps holding them while the flasher runs.", True),
    ("Tag the device with ID_MM_DEVICE_PROCESS so ModemManager probes it.", False),
])
def test_modemmanager_holding_it(text, read):
    assert ("said:port-held-by-mm" in stated(text)) == read


# ModemManager absent or skipping the modem, another program on the port, stopping ModemManager as the habit that helps
# (written for stop 26; no case has these words)
@pytest.mark.parametrize("text, fact, read", [
    ("I don't have ModemManager on this box, only NetworkManager.", "said:mm-absent", True),
    ("The modemmanager package is missing from the image.", "said:mm-absent", True),
    ("ModemManager is masked on this system.", "said:mm-absent", True),
    ("This card is not supported by ModemManager yet.", "said:mm-absent", True),
    ("The modem is ignored by ModemManager.", "said:mm-absent", True),
    ("I don't have ModemManager running on purpose, uqmi does the job.", "said:mm-absent", False),
    ("The firmware is not supported by the vendor.", "said:mm-absent", False),
    ("My script fails because another program is talking to ttyUSB2.", "said:port-held-by-other", True),
    ("Another process is using the same port.", "said:port-held-by-other", True),
    ("If I stop ModemManager, my script works.", "said:mm-stop-fixes", True),
    ("If I disable ModemManager everything runs without errors.", "said:mm-stop-fixes", True),
    ("If I stop ModemManager, the script still fails.", "said:mm-stop-fixes", False),
    ("If you stop ModemManager, it should work.", "said:mm-stop-fixes", False),
    # a manual tool as the subject of what then works (stop 38 leftover)
    ("After stopping ModemManager, qmicli works fine.", "said:mm-stop-fixes", True),
    ("I stopped ModemManager, qmicli works fine.", "said:mm-stop-fixes", True),
    ("I stopped ModemManager and now minicom gets an answer.", "said:mm-stop-fixes", True),
    ("I stopped ModemManager, qmicli still does not work.", "said:mm-stop-fixes", False),
])
def test_manager_absent_port_taken_and_stopping_it_helps(text, fact, read):
    assert (fact in stated(text)) == read


# ModemManager absent, in the other languages of the table (written for stop 26)
@pytest.mark.parametrize("text, read", [
    ("ModemManager ist nicht installiert.", True),
    ("Der ModemManager läuft nicht.", True),
    ("ModemManager no está instalado en la Raspberry.", True),
    ("O ModemManager não está rodando.", True),
    ("ModemManager n'est pas installé sur ce système.", True),
    ("ModemManager non è in esecuzione.", True),
    ("ModemManager не запущен.", True),
    ("系统没有安装ModemManager", True),
    ("ModemManager ist absichtlich nicht aktiv, ich nutze uqmi.", False),
    ("Wenn ModemManager nicht läuft, geht es.", False),
    ("Si ModemManager no está instalado, instálelo.", False),
])
def test_modemmanager_absent_in_other_languages(text, read):
    assert ("said:mm-absent" in stated(text)) == read


# another program on the port, in the other languages of the table (written for stop 26)
@pytest.mark.parametrize("text, read", [
    ("Minicom meldet immer, der Port /dev/ttyUSB2 ist belegt.", True),
    ("El puerto ttyUSB2 está ocupado.", True),
    ("A porta está em uso.", True),
    ("Le port est déjà utilisé.", True),
    ("Порт занят другим процессом.", True),
    ("串口被占用了", True),
    ("Der Port ist nicht belegt.", False),
    ("Wenn der Port belegt ist, ModemManager stoppen.", False),
])
def test_the_port_held_in_other_languages(text, read):
    assert ("said:port-held-by-other" in stated(text)) == read


# a minimal or server image (said:minimal-image, context; written for stop 26)
@pytest.mark.parametrize("text, read", [
    ("On Raspberry Pi OS Lite the modem never shows up in nmcli.", True),
    ("I installed Ubuntu Server 22.04 on the gateway.", True),
    ("It is a minimal install of Debian 12.", True),
    ("I use the Ubuntu 22.04 desktop image.", False),
    ("The server is far away.", False),
])
def test_a_minimal_or_server_image(text, read):
    assert ("said:minimal-image" in stated(text)) == read


# stop 27, the manager/connection side: NetworkManager's WWAN plugin missing and the desktop without mobile broadband
# controls, the modem's side getting its address, a QMI dialler on an MBIM-mode modem, the MTU in Chinese (written
# paraphrases, none a case's words, and look-alikes)
@pytest.mark.parametrize("text, fact, read", [
    ("On this image NetworkManager-wwan is not installed.", "said:nm-wwan-plugin-missing", True),
    ("NM's ModemManager plugin seems to be absent from the build.", "said:nm-wwan-plugin-missing", True),
    ("The appliance ships NetworkManager without the wwan plugin.", "said:nm-wwan-plugin-missing", True),
    ("I installed the wwan plugin yesterday.", "said:nm-wwan-plugin-missing", False),
    ("If networkmanager-wwan is missing, install it.", "said:nm-wwan-plugin-missing", False),
    ("There is no Mobile Broadband option in the GNOME settings panel.", "said:no-mobile-broadband-ui", True),
    ("The mobile broadband section does not show up in plasma-nm.", "said:no-mobile-broadband-ui", True),
    ("The switch for the modem radio is absent from the tray applet.", "said:no-mobile-broadband-ui", True),
    ("The mobile broadband options are shown, but connecting fails.", "said:no-mobile-broadband-ui", False),
    ("No mobile broadband plan is included in my contract.", "said:no-mobile-broadband-ui", False),
    ("Obtaining an IP address works fine through ModemManager.", "said:data-session-up", True),
    ("The modem gets its IP address successfully.", "said:data-session-up", True),
    ("Getting an IP address never works.", "said:data-session-up", False),
    ("The module runs in MBIM mode, yet the plugin dials it with QMI.", "said:qmi-tool-on-mbim", True),
    ("It is configured for MBIM mode but the script picks QMI dialing every time.", "said:qmi-tool-on-mbim", True),
    ("模组是MBIM模式，但插件用QMI方式拨号。", "said:qmi-tool-on-mbim", True),
    ("It was in MBIM mode but I switched it to QMI mode and now it works.", "said:qmi-tool-on-mbim", False),
    ("The card is in MBIM mode but uses QMI over MBIM just fine.", "said:qmi-tool-on-mbim", False),
    ("运营商的MTU低于1500，导致大包丢失。", "said:mtu-mismatch", True),
    ("网卡一直保持默认MTU 1500。", "said:mtu-mismatch", True),
    ("把MTU改成1400后就正常了。", "said:mtu-mismatch", True),
    ("默认MTU为1500。", "said:mtu-mismatch", False),
    ("如果MTU小于1500怎么办", "said:mtu-mismatch", False),
])
def test_the_manager_side_and_the_link_in_words_stop_27(text, fact, read):
    assert (fact in stated(text)) == read


# stop 27: the host side of the link defined wrongly or gone (a static interface where DHCP(v6) is needed, a router stick's
# Ethernet interface not available), a program occupying the ports in Russian, and German "hat" (has) read as no HAT board
@pytest.mark.parametrize("text, fact, read", [
    ("The v6 interface should be configured as a DHCPv6 client, not a static address.", "said:iface-static-needs-dhcp", True),
    ("wan6 is set to proto static but it needs dhcpv6.", "said:iface-static-needs-dhcp", True),
    ("The script creates the interface with a static address instead of DHCPv6.", "said:iface-static-needs-dhcp", True),
    ("静态地址应该改为DHCPv6。", "said:iface-static-needs-dhcp", True),
    ("I use a static address and it works.", "said:iface-static-needs-dhcp", False),
    ("If it should be DHCP instead of static, tell me.", "said:iface-static-needs-dhcp", False),
    ("It must be a DHCP client.", "said:iface-static-needs-dhcp", False),
    ("My router stick works but usb0 disappears after boot.", "said:eth-iface-unavailable", True),
    ("eth1 interface not available after I enabled the desktop.", "said:eth-iface-unavailable", True),
    ("eth1 gets an address from the stick.", "said:eth-iface-unavailable", False),
    ("In /etc/config/network eth1 isn't shown, only my wan2.", "said:eth-iface-unavailable", False),
    ("eth1 is not listed in the network config file.", "said:eth-iface-unavailable", False),
    ("eth1 is not shown in ip link any more.", "said:eth-iface-unavailable", True),
    ("Would you add support for hilink sticks?", "said:hilink-named", True),
    ("It is not a hilink stick.", "said:hilink-named", False),
    ("ModemManager держит порт ttyUSB2 открытым.", "said:port-held-by-other", True),
    ("Gammu постоянно занимает AT-порт.", "said:port-held-by-other", True),
    ("ModemManager не занимает порт.", "said:port-held-by-other", False),
    ("Endlich hat man mal wieder richtig Zeit.", "said:modem-board", False),
    ("Das Modem hat keine Verbindung.", "said:modem-board", False),
    ("I have the Waveshare SIM7600 Hat on a Pi.", "said:modem-board", True),
    ("My waveshare hat has an SIM7600.", "said:modem-board", True),
    ("It fails on both Ubuntu 22.04 and OpenWrt.", "said:on-two-systems", True),
    ("The ports would not show up in either Raspberry Pi OS or OpenWrt.", "said:on-two-systems", True),
    ("Both OpenWrt routers work.", "said:on-two-systems", False),
    ("I use either the stick or the card.", "said:on-two-systems", False),
])
def test_the_host_side_and_the_port_in_words_stop_27(text, fact, read):
    assert (fact in stated(text)) == read


# stop 27: a mobile connection that brings no internet, and the same modem working with other connection software
@pytest.mark.parametrize("text, fact, read", [
    ("After I set up the LTE connection there is no internet at all.", "said:no-internet-on-connection", True),
    ("The cellular connection comes up, but no internet gets through.", "said:no-internet-on-connection", True),
    ("When I try to start a new LTE connection there is no internet.", "said:no-internet-on-connection", True),
    ("If I create a mobile connection, will there be no internet?", "said:no-internet-on-connection", False),
    ("I have no internet at home so I use the modem.", "said:no-internet-on-connection", False),
    ("The same stick works fine with the ROOter build's connection scripts.", "said:works-with-other-software", True),
    ("It works perfectly when I install the qmi protocol handler instead.", "said:works-with-other-software", True),
    ("It works fine with my laptop.", "said:works-with-other-software", False),
    ("The modem works fine with the older package version.", "said:works-with-other-software", False),
    ("Disabling IPv6 in the modem settings fixed it.", "said:ip-type-breaks-call", True),
    ("It works again after I turned off IPv6 on the LTE connection.", "said:ip-type-breaks-call", True),
    ("With bearer type IPv4v6 the call is rejected.", "said:ip-type-breaks-call", True),
    ("Disabling IPv6 on my laptop did not help.", "said:ip-type-breaks-call", False),
    ("If I disable IPv6 in the modem, does it work?", "said:ip-type-breaks-call", False),
    ("The network center sends its AT commands to the wrong device.", "said:name-mismatch", True),
    ("NetworkManager dials the internal card instead of the USB stick.", "said:name-mismatch", True),
    ("I connected it to the wrong USB port.", "said:name-mismatch", False),
    ("ModemManager picks the wrong serial port of the stick.", "said:name-mismatch", False),
    ("ModemManager picks the wrong serial port of the stick.", "said:mm-wrong-port", True),
    ("Maybe ModemManager uses the wrong port?", "said:mm-wrong-port", False),
])
def test_no_internet_on_a_connection_that_other_software_makes_work_stop_27(text, fact, read):
    assert (fact in stated(text)) == read


# stop 29, tuning29b (WRITTEN): NUL bytes from a serial line; a hang that comes back under another id; a QMI request
# answered beside one that hangs; the modem stops answering after it sat idle; the connection drops since a firmware change
@pytest.mark.parametrize("text, fact, read", [
    ("The chat script prints '^@' again and again until it times out.", "said:serial-nul-bytes", True),
    ("minicom on ttyS0 shows only null characters.", "said:serial-nul-bytes", True),
    ("The port returns nothing but NUL bytes.", "said:serial-nul-bytes", True),
    ("I removed the null bytes from the log file before posting.", "said:serial-nul-bytes", False),
    ("After a power cycle the port gives only null bytes no more, it works now.", "said:serial-nul-bytes", False),
    ("The stick hangs every night and lsusb then shows it with another product ID.", "said:reappears-other-id", True),
    ("After a crash the modem comes up with a different PID.", "said:reappears-other-id", True),
    ("After usb_modeswitch the stick shows a different product ID.", "said:reappears-other-id", False),
    ("qmicli --nas-get-home-network answers fine.", "said:control-request-answered", True),
    ("uqmi --get-signal-info works and shows LTE.", "said:control-request-answered", True),
    ("qmicli --dms-get-ids returns nothing.", "said:control-request-answered", False),
    ("Every qmicli command hangs; after I stop ModemManager qmicli --dms-get-ids answers.", "said:control-request-answered", False),
    ("After an hour of inactivity the modem stops answering.", "said:stops-after-idle", True),
    ("The dongle does not respond any more when it was left idle overnight.", "said:stops-after-idle", True),
    ("The modem is idle most of the time and works fine.", "said:stops-after-idle", False),
    ("Since I updated the module firmware the connection drops every hour.", "said:drops-since-firmware", True),
    ("It keeps losing its connection after the firmware upgrade.", "said:drops-since-firmware", True),
    ("Since the firmware update the connection is stable, no more drops.", "said:drops-since-firmware", False),
    ("Since I updated the router to OpenWrt 23.05 the LTE connection drops every hour.", "said:drops-since-firmware", False),
    ("The UART only gives back 0x00 bytes.", "said:serial-nul-bytes", True),
    ("The terminal printed a few ^@ when I unplugged it, then the modem answered OK.", "said:serial-nul-bytes", False),
    ("The modem freezes and then has switched to a different USB product ID.", "said:reappears-other-id", True),
    ("The stick switches to a different product ID after usb_modeswitch.", "said:reappears-other-id", False),
    ("I can read the signal with uqmi --get-signal-info without problems.", "said:control-request-answered", True),
    ("When nobody uses the modem for a night, gammu can't talk to it anymore.", "said:stops-after-idle", True),
])
def test_serial_nuls_other_ids_and_what_revives_the_modem_stop_29(text, fact, read):
    assert (fact in stated(text)) == read


# (review37) harmless sentences of the review37 blind set (tests/blind/review37): a need denied, a fault said absent,
# a wish, a router stick said to work; each beside a sentence the same row still reads
@pytest.mark.parametrize("text,fact,read", [
    ("No need for quectel-CM or any of the GobiNet stuff.", "said:vendor-qmi-driver", False),
    ("I built the GobiNet driver and loaded it.", "said:vendor-qmi-driver", True),
    ("No brownouts so far, just planning a solar install.", "said:drops-off-bus", False),
    ("The modem browns out when it transmits.", "said:drops-off-bus", True),
    ("No brownouts so far, just planning a solar install.", "said:power-source", False),
    ("The module browns out on the Pi's 5V rail when it transmits.", "said:power-source", True),
    ("I want the WWAN radio off by default at boot to save battery.", "said:radio-stuck-off", False),
    ("The WWAN radio is off and I cannot switch it on.", "said:radio-stuck-off", True),
    ("The E3372h works out of the box, I get eth1 with 192.168.8.100 by DHCP.", "said:hilink-mode", False),
    ("I get eth1 with 192.168.8.100 by DHCP and no ttyUSB.", "said:hilink-mode", True),
    # a Chinese A-not-A question ("can it be used / get online?") is no failure (the zh said:not-working row)
    ("我买了一个UZ801随身WiFi，刷了Debian以后4G模块能不能用，有没有人试过", "said:not-working", False),
    ("这个UFI003的4G模块在Debian下能不能上网，求教", "said:not-working", False),
    ("我的设备是UFI103s刷了好几个UFI的固件都无法使用", "said:not-working", True),
    ("刷了Debian以后4G模块不能上网", "said:not-working", True),
])
def test_review37_blind_harmless_sentences(text, read, fact):
    assert (fact in stated(text)) is read


# (tuning38a, stop 38) rows widened from the stop's spent cases, each tried on paraphrases no case uses and on look-alikes
@pytest.mark.parametrize("text,fact,read", [
    # a device that appears and then disappears again and again (said:drops-off-bus)
    ("Every few seconds the modem appears and then disappears in the USB list.", "said:drops-off-bus", True),
    ("The dongle appeared and then disappeared from lsusb.", "said:drops-off-bus", True),
    ("The internet connection appears and then disappears.", "said:drops-off-bus", False),
    # a router sold with its modem inside, named by its model (said:internal-modem)
    ("My SXT LTE6 kit reboots now and then.", "said:internal-modem", True),
    ("We run a Teltonika RUT955 on a boat.", "said:internal-modem", True),
    ("I have a RUTX10 with a USB dongle on it.", "said:internal-modem", False),
    ("The hAP ac2 has a USB port for the stick.", "said:internal-modem", False),
    # roaming named as why a SIM cannot use one network (said:not-registered)
    ("Because of roaming restrictions my SIM is unable to register on Orange here.", "said:not-registered", True),
    ("The SIM cannot attach to the network of Vodafone since roaming is not allowed there.", "said:not-registered", True),
    ("We have no roaming problems, the SIM is able to use the network fine.", "said:not-registered", False),
    ("It cannot connect to the internet because roaming data is off.", "said:not-registered", False),
    # a plugged modem not detected, the host named with the plugging (said:plugged-modem-not-seen)
    ("When I plug the dongle into my Ubuntu laptop, it isn't detected at all.", "said:plugged-modem-not-seen", True),
    ("When I plug it into my laptop it is detected as a CD-ROM drive.", "said:plugged-modem-not-seen", False),
    # the device node missing with the tty as its example (said:serial-ports-never-appeared)
    ("No device node is created (e.g. /dev/ttyUSB0).", "said:serial-ports-never-appeared", True),
    ("No device node for the SIM reader is created.", "said:serial-ports-never-appeared", False),
    # not got working yet (said:not-working, the catch-all)
    ("We haven't got the new modem working yet.", "said:not-working", True),
    ("I haven't got time to test the modem yet.", "said:not-working", False),
])
def test_stop38_widened_rows(text, fact, read):
    assert (fact in stated(text)) is read
