"""journalctl/syslog/logread lines: origins, kernel facts, #012 continuations, tools (real samples)."""
import pytest

from ingest_util import load
from wwandoctor.ingest import ingest_text
from wwandoctor.ingest import journal
from wwandoctor.ingest.block import Block


def origins(snap):
    return [l.origin for l in snap.log]


def test_kernel_lines_without_host_give_device_facts():
    snap = load("journal-kernel-mc8805.txt")
    d = snap.usb_devices[0]
    assert (d.path, d.active_config) == ("1-7", 2)
    i = d.interfaces[0]
    assert (i.number, i.config, i.driver, i.control_ports, i.net) == (12, 2, "cdc_mbim", ["cdc-wdm0"], ["wwp0s20u7c2i12"])
    assert set(origins(snap)) == {"kernel"}
    assert snap.sources["paste:journal"].status == "ok"
    assert snap.unrecognized == []


def test_modemmanager_lines_with_new_tags_and_no_host():
    snap = load("journal-mm-nohost-fcc.txt")
    texts = [l.text for l in snap.log]
    assert "<wrn> [modem0] Cannot power-up: hardware radio switch is OFF" in texts
    assert origins(snap).count("ModemManager") == 13
    assert ("DPR_Fcc_unlock_service", "WWAN module is not supported") in [(l.origin, l.text) for l in snap.log]
    assert snap.unrecognized == []  # "[...]" elisions are expected


def test_bare_tag_lines_without_timestamp():
    snap = load("journal-bare-tag.txt")
    assert origins(snap) == ["ModemManager"] * 7
    assert snap.log[1].text == "[modem0] (quectel) modem reset detected, triggering reprobe"


def test_old_debug_tags_are_kept():
    snap = load("journal-mm-debug.txt")
    assert [l.text for l in snap.log][1].endswith("not yet registered in a 3GPP network... will recheck soon")


def test_syslog_iso_with_012_escapes_is_split_into_lines():
    snap = load("journal-iso-012.txt")
    texts = [l.text for l in snap.log]
    assert texts[0] == "[/dev/cdc-wdm0] Received message..."
    assert ">>>>>> cid = 'radio-state' (0x00000003)" in texts
    assert set(origins(snap)) == {"ModemManager"}


def test_short_monotonic_routes_by_origin_and_skips_unrelated_programs():
    snap = load("journal-short-monotonic.txt")
    assert [(l.origin, l.time) for l in snap.log][:2] == [("kernel", 5.123456), ("kernel", 5.301234)]
    assert snap.usb_devices[0].pid == "9079"
    assert "NetworkManager" in origins(snap)
    assert "gnome-shell" not in origins(snap)
    assert snap.unrecognized == []


def test_openwrt_logread():
    snap = load("logread-openwrt.txt")
    d = snap.usb_devices[0]
    assert (d.path, d.vid, d.pid) == ("1-1.4", "2c7c", "0121")
    assert snap.net_interfaces[0].name == "wwan0"
    kernel = [l for l in snap.log if l.origin == "kernel"]
    assert kernel[0].time == pytest.approx(7.715808)
    assert any(l.origin == "netifd" and "no lease, failing" in l.text for l in snap.log)
    assert "dnsmasq" not in origins(snap)


def test_journal_json_with_byte_array_message():
    snap = load("journal-json.txt")
    assert snap.usb_devices[0].interfaces[0].driver == "qcserial"
    assert snap.log[0].time == pytest.approx(34.784426)
    assert "<inf> [modem0] sim missing" in [l.text for l in snap.log]
    assert "gdm" not in origins(snap)


def test_journal_cat_output():
    snap = load("journal-cat-mm.txt")
    assert origins(snap) == ["ModemManager"] * 3


def test_dhcp_client_lines_in_a_journal_record_the_tool():
    snap = ingest_text('Oct 27 11:00:01 host dhclient[900]: Unsupported device type 65534 for "wwan0"\n'
                       'Oct 27 11:00:01 host dhclient[900]: exiting.\n')
    assert [t.tool for t in snap.tools] == ["dhclient"]
    assert origins(snap) == ["dhclient", "dhclient"]


def test_detect():
    assert journal.detect(Block(lines=["Oct 27 10:58:44  kernel: usb 1-7: x"])) > 90
    assert journal.detect(Block(lines=["[   44.1] usb 1-7: new high-speed USB device number 3 using x"])) == 0
    assert journal.detect(Block(lines=["Bus 001 Device 002: ID 2c7c:0125"])) == 0


def test_broken_json_and_truncated_lines():
    snap = ingest_text('{"__CURSOR":"s=1","MESSAGE":"usb 2-3: New USB dev\n'
                       'Oct 27 10:58:44 host kernel: qmi_wwan 2-3:1.8: cdc-wdm0: USB WD\n'
                       'Oct 27 10:58')
    assert snap.usb_devices[0].interfaces[0].driver == "qmi_wwan"
    assert any("MESSAGE" in u for u in snap.unrecognized)


def test_openwrt_netifd_runs_udhcpc():
    snap = load("logread-openwrt.txt")
    assert {t.tool for t in snap.tools} == {"netifd", "udhcpc"}


def test_journal_meta_lines_udev_rename_and_connection_tools():
    text = ("-- Logs begin at Mon 2024-06-10 08:00:00 CEST, end at Mon 2024-06-10 09:00:00 CEST. --\n"
            "Jun 10 08:01:02 host kernel: qmi_wwan 1-1.4:1.4 wwan0: register 'qmi_wwan' at usb-x-1.4, WWAN/QMI device, ce:db:66:0e:df:26\n"
            "Jun 10 08:01:03 host systemd-udevd[301]: wwan0: Interface name change detected, renamed to wwp0s20u4i4.\n"
            "Jun 10 08:01:09 host NetworkManager[700]: <info>  [1718.1] device (cdc-wdm0): Activation: starting connection 'lte'\n"
            "Jun 10 08:01:09 host ModemManager[650]: <info>  [modem0] simple connect started...\n"
            "-- Boot 5f1c0e --\n")
    snap = ingest_text(text)
    assert [n.name for n in snap.net_interfaces] == ["wwp0s20u4i4"]
    assert snap.usb_devices[0].interfaces[0].net == ["wwp0s20u4i4"]
    assert sorted(t.tool for t in snap.tools) == ["modemmanager", "networkmanager"]
    assert snap.unrecognized == []


def test_modemmanager_running_without_connecting_is_not_a_tool_use():
    snap = load("journal-bare-tag.txt")
    assert snap.tools == []


@pytest.mark.parametrize("line", [
    "Mon 2024-06-10 08:01:02 CEST host kernel: qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device",
    "1718000462.123456 host kernel: qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device",
    "Jun 10 08:01:02 OpenWrt kern.info kernel: [    7.7] qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device",
    "Jun 10 08:01:02.123456 host kernel: qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device",
    "2024-06-10T08:01:02+0200 host kernel: qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device",
    # Keenetic OS "show log": level letter, bracketed time, no host
    "I [Jun 10 08:01:02] kernel: qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device",
    "W [Jun  9 08:01:02] kernel: qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device",
])
def test_other_journal_and_syslog_stamps(line):
    snap = ingest_text(line + "\n")
    assert snap.usb_devices[0].interfaces[0].control_ports == ["cdc-wdm0"], line
    assert [l.origin for l in snap.log] == ["kernel"]
    assert snap.unrecognized == []


def test_wifi_and_ethernet_lines_are_not_modem_evidence():
    text = ("Jun 10 08:01:02 host NetworkManager[700]: <info>  [1.1] device (wlp2s0): Activation: starting connection 'Home'\n"
            "Jun 10 08:01:03 host dhclient[901]: DHCPREQUEST for 192.168.1.5 on wlp2s0 to 192.168.1.1 port 67\n"
            "Jun 10 08:01:03 host NetworkManager[700]: <info>  [1.2] policy: set 'filter altered' (salted)\n"
            "Jun 10 08:01:04 host dhclient[902]: DHCPREQUEST for 10.1.2.3 on wwan0 to 255.255.255.255 port 67\n")
    snap = ingest_text(text)
    assert [l.text for l in snap.log] == ["DHCPREQUEST for 10.1.2.3 on wwan0 to 255.255.255.255 port 67"]
    assert [t.tool for t in snap.tools] == ["dhclient"]
    assert snap.unrecognized == []


def test_daemon_versions_from_their_start_lines():
    snap = ingest_text("Jun 10 08:00:01 host ModemManager[650]: <info>  ModemManager (version 1.22.0) starting in system bus...\n"
                       "Jun 10 08:00:01 host NetworkManager[700]: <info>  [1718.0] NetworkManager (version 1.46.0) is starting...\n")
    assert snap.versions == {"ModemManager": "1.22.0", "NetworkManager": "1.46.0"}
    assert load("journal-cat-mm.txt").versions == {"ModemManager": "1.20.4"}


def test_dhclient_journal_line_gives_the_interface_type():
    from wwandoctor.ingest import ingest_text
    snap = ingest_text('Nov 04 06:51:02 box dhclient[812]: Unsupported device type 65534 for "wwp0s20f0u6i12"\n'
                       "Nov 04 06:51:02 box dhclient[812]: exiting.\n")
    net, = snap.net_interfaces
    assert (net.name, net.type) == ("wwp0s20f0u6i12", 65534)


def test_a_syslog_month_in_another_language_is_a_syslog_line():
    # tuning p14s-gen6 (a Czech journal: "srp" is August), a German and a French month
    for stamp in ("srp 21 09:37:10", "Dez 04 10:00:12", "déc. 04 10:00:12"):
        snap = ingest_text("%s peciho-thinkpad ModemManager[1102]: <msg> [modem1] simple connect started...\n" % stamp)
        assert [l.origin for l in snap.log] == ["ModemManager"], stamp
        assert snap.names.get("hostname") == ["peciho-thinkpad"], stamp  # learned, so the redactor aliases it


def test_keenetic_log_lines_are_routed_by_their_tag():
    text = ("I [Jun 10 08:01:02] ndm: Core::System::Clock: system time has been changed.\n"
            "W [Jun 10 08:01:03] kernel: usb 2-1: config 1 has no interface number 2\n"
            "I [Jun 10 08:01:03] kernel: usb 2-1: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18\n"
            "E [Jun 10 08:01:09] ndm: Network::Interface::Usb::Modem: no control port found.\n")
    snap = ingest_text(text)
    assert [(d.path, d.vid, d.pid) for d in snap.usb_devices] == [("2-1", "2c7c", "0125")]
    assert snap.unrecognized == []
    # ndm's clock line names no modem thing and is skipped; its modem line is kept under its tag
    assert [(l.origin, l.text.split(":")[0]) for l in snap.log if l.origin != "kernel"] == [("ndm", "Network")]


def test_networkmanager_ppp_line_without_modem_words_is_kept_when_it_proves_a_fact():
    text = ("Mar  3 10:00:01 box NetworkManager: <info>  Activation (ttyUSB0) Stage 3 of 5 (IP Configure Start) started...\n"
            "Mar  3 10:00:21 box NetworkManager: <warn> pppd timed out or didn't initialize our dbus module\n"
            "Mar  3 10:00:22 box NetworkManager: <info>  ppp stats: sent 0 bytes, received 0 bytes\n")
    texts = [l.text.strip() for l in ingest_text(text).log]
    assert "<warn> pppd timed out or didn't initialize our dbus module" in texts
    assert not any("ppp stats" in t for t in texts)


def test_networkmanager_07_registration_lines_are_kept():
    text = ("Jan  5 10:00:01 box NetworkManager: <info>  Searching for a network...\n"
            "Jan  5 10:00:05 box NetworkManager: <WARN>  automatic_registration_get_reply(): Automatic registration failed: "
            "registration denied.\n"
            "Jan  5 10:00:06 box NetworkManager: <info>  Policy set 'Wired' (eth0) as default for routing and DNS.\n")
    texts = [l.text for l in ingest_text(text).log]
    assert len(texts) == 2 and "registration denied" in texts[1]


# WRITTEN (stop 34, tuning34a, 04:36 UTC before the change): a syslog/logread line whose ident was dropped
# ("daemon.warn [8783]: ...") is ModemManager's when its message carries ModemManager's own marks (level tag,
# "[modemN]", "[base-manager]", "[device /sys/...]", "(ttyUSB2/probing)"); other ident-less lines stay unknown.
@pytest.mark.parametrize("line, origin", [
    ("Thu Dec 14 18:27:20 2023 daemon.warn [8783]: <warn>  [modem9] port cdc-wdm0 timed out 3 consecutive times",
     "ModemManager"),
    ("Mon Jan  1 10:00:00 2024 daemon.info [1234]: <info>  [modem0] state changed (enabling -> enabled)", "ModemManager"),
    ("Mon Jan  1 10:00:00 2024 daemon.info [1234]: <msg> [base-manager] couldn't check support for device", "ModemManager"),
    ("Mon Jan  1 10:00:00 2024 daemon.debug [1234]: [device /sys/devices/platform/usb/1-1] creating modem with plugin",
     "ModemManager"),
    ("Mon Jan  1 10:00:00 2024 daemon.debug [1234]: (tty/ttyUSB2) port probing finished: no more AT tries", "ModemManager"),
    ("Mon Jan  1 10:00:00 2024 daemon.info [1234]: [ttyUSB2/probe] probe step: done", "ModemManager"),
    ("Feb 12 07:33:10 gateway daemon.warn [944]: <warn>  [modem0] port cdc-wdm0 timed out 3 consecutive times",
     "ModemManager"),
    ("Mon Jan  1 10:00:00 2024 daemon.err [1777]: request timed out 3 consecutive times, retrying", "unknown"),
])
def test_an_ident_less_line_with_modemmanager_marks_is_modemmanagers(line, origin):
    parts = journal.split(line)
    assert parts is not None and parts[0] == origin


def test_ident_less_modemmanager_timeouts_reach_the_log():
    text = ("Thu Dec 14 18:27:10 2023 daemon.warn [8783]: <warn>  [modem9] port cdc-wdm0 timed out 2 consecutive times\n"
            "Thu Dec 14 18:27:20 2023 daemon.warn [8783]: <warn>  [modem9] port cdc-wdm0 timed out 3 consecutive times\n")
    snap = ingest_text(text)
    assert [(l.origin, l.text) for l in snap.log][-1] == (
        "ModemManager", "<warn>  [modem9] port cdc-wdm0 timed out 3 consecutive times")
