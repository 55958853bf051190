"""wwandoctor.logs on real log lines (tests/samples/collect-userspace, copied from ../shared/cases)."""
from __future__ import annotations

import csv
import os

import pytest

from wwandoctor import logs

SAMPLES = os.path.join(os.path.dirname(__file__), "samples", "collect-userspace")


def sample_lines(name):
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.strip()]


# --- is_relevant --------------------------------------------------------------------

def test_e3372_dmesg_keeps_enumeration_and_storage_but_not_scsi_noise():
    kept = [text for origin, _, text in map(logs.split_line, sample_lines("dmesg-e3372-case.txt"))
            if logs.is_relevant(text)]
    assert "usb 1-1.4: New USB device found, idVendor=12d1, idProduct=1f01" in kept
    assert "usb-storage 1-1.4:1.0: USB Mass Storage device detected" in kept
    assert any(t.startswith("scsi 0:0:0:0: CD-ROM") and "HUAWEI" in t for t in kept)  # the modem's fake CD
    assert not any(t.startswith("sr 0:0:0:0") or t.startswith("sd 0:0:0:1") for t in kept)
    assert not any(t.startswith("cdrom:") for t in kept)


def test_every_line_of_a_modem_disconnect_is_relevant():
    texts = [logs.split_line(line)[2] for line in sample_lines("dmesg-bg96-case.txt")]
    assert all(logs.is_relevant(t) for t in texts), [t for t in texts if not logs.is_relevant(t)]


@pytest.mark.parametrize("text", [
    "qmi_wwan 1-7:1.8: cdc-wdm0: USB WDM device",
    "cdc_mbim 1-7:2.12 wwp0s20u7c2i12: renamed from wwan0",
    "option1 ttyUSB0: GSM modem (1-port) converter now disconnected from ttyUSB0",
    "usbcore: registered new interface driver cdc_mbim",
    "usb usb2-port1: over-current condition",
    "usb 1-1-port2: over-current change #1",  # a port of an external hub (port.c "%s-port%d")
    "xhci_hcd 0000:00:14.0: Timeout while waiting for setup device command",
    "hub 1-0:1.0: over-current condition",
    "usb 1-1: device descriptor read/64, error -71",
    "usbfs: interface 12 claimed by cdc_mbim while 'usb_modeswitch' sets config #2",
    "mhi-pci-generic 0000:03:00.0: MHI PCI device found: foxconn-t99w175",
    "mtk_t7xx 0000:55:00.0: MD handshake timeout",
    "wwan wwan0: port wwan0mbim0 attached",
    "rfkill: input handler disabled",
    "Kernel is locked down from Kernel configuration; see man kernel_lockdown.7",
    "qmi_wwan: module verification failed: signature and/or required key missing - tainting kernel",
    "bind() failure",  # only the log-signatures.csv regex knows this one
])
def test_modem_lines_are_relevant(text):
    assert logs.is_relevant(text)


@pytest.mark.parametrize("text", [
    "usbcore: registered new interface driver usbhid",
    "hid-generic 0003:046D:C52B.0001: input,hidraw0: USB HID v1.11 Keyboard",
    "EXT4-fs (vda): mounted filesystem r/w without journal. Quota mode: none.",
    "random: crng reseeded due to virtual machine fork",
    "LSM: initializing lsm=lockdown,capability,landlock,bpf",
    "",
])
def test_unrelated_lines_are_not_relevant(text):
    assert not logs.is_relevant(text)


def test_signature_patterns_are_the_kernel_rows_of_the_csv():
    import wwandoctor.data as data_pkg
    with open(os.path.join(os.path.dirname(data_pkg.__file__), "log-signatures.csv"), encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["origin"] == "kernel" and r["regex_hint"].strip()]
    patterns = logs.signature_patterns()
    assert len(patterns) == len(rows) > 20
    assert all(p.pattern for p in patterns)  # an empty regex would match every line
    assert all(p.compiled() for p in patterns)  # a bad regex is not skipped: it must compile


# --- origins and prefixes -----------------------------------------------------------------

def test_dmesg_lines_give_kernel_and_time():
    origin, time, text = logs.split_line(sample_lines("dmesg-e3372-case.txt")[1])
    assert (origin, time) == ("kernel", 44.121112)
    assert text == "usb 1-1.4: New USB device found, idVendor=12d1, idProduct=1f01"


def test_syslog_kernel_lines_with_empty_host():
    line = sample_lines("syslog-mc8805-case.txt")[2]  # "Oct 27 10:58:44  kernel: cdc_mbim ..."
    assert logs.split_line(line) == ("kernel", None, "cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device")


def test_syslog_modemmanager_and_other_programs():
    lines = sample_lines("syslog-x13-fcc-case.txt")
    origins = [logs.origin_of(line) for line in lines]
    assert origins.count("ModemManager") == 13
    assert "DPR_Fcc_unlock_service" in origins  # unknown tags are kept as they are
    assert logs.split_line(lines[0])[2] == "<msg> [modem0] state changed (disabled -> enabling)"


def test_a_nixos_script_is_tagged_by_its_name_without_the_store_hash():
    origin, _, msg = logs.split_line("Jun 02 07:41:12 phone 0a1b2c3d4f5g6h7i8j9k0l1m2n3p4q5r-stop-modem[530]: Powering modem off...")
    assert (origin, msg) == ("stop-modem", "Powering modem off...")
    # a tag of another form keeps its name (here "e" and "t" are outside Nix's alphabet)
    assert logs.split_line("Jun 02 07:41:12 phone set-the-modem-power-on-at-boot[530]: done")[0] == "set-the-modem-power-on-at-boot"


def test_iso_timestamp_with_host():
    line = sample_lines("syslog-iso-2013-case.txt")[0]
    origin, time, text = logs.split_line(line)
    assert origin == "ModemManager" and time is None and text.startswith("[/dev/cdc-wdm0] Received message")


@pytest.mark.parametrize("line,origin", [
    ("ModemManager[1178]: [modem0] power state updated: on", "ModemManager"),
    # ModemManager 0.5's daemon name (shared case tlp-wwan-disabled-f5521gw, Ubuntu 12.04)
    ("Jun 28 10:27:19 lr-nb modem-manager[1094]: <info>  Modem /org/freedesktop/ModemManager/Modems/0: state changed "
     "(disabled -> enabling)", "ModemManager"),
    ("Oct 27 10:58:44 host kernel: [   34.784426] usb 2-3: New USB device found", "kernel"),
    ("<wrn> [modem0] couldn't enable interface: 'Invalid transition'", "ModemManager"),
    ("[/dev/cdc-wdm1] Operating mode retrieved:", "qmicli"),
    ("error: couldn't open the MbimDevice: Transaction timed out", "mbimcli"),
    ('Unsupported device type 65534 for "wwan0"', "dhclient"),
    ("DHCPREQUEST of 10.122.253.158 on wwan0 to 255.255.255.255 port 67 (xid=0x6df9ef7a)", "dhclient"),
    ("udhcpc: no lease, failing", "udhcpc"),
    ("Nov 25 10:00:01 gw NetworkManager[612]: <info>  [1700000000.1] device (cdc-wdm0): state change", "NetworkManager"),
    ("option1 ttyUSB0: GSM modem (1-port) converter now attached to ttyUSB0", "kernel"),  # not a "tag:"
    ("    Mode: 'low-power'", "unknown"),
])
def test_origin_of(line, origin):
    assert logs.origin_of(line) == origin


def test_old_syslog_kernel_stamp_is_kept_as_time():
    assert logs.split_line("Oct 27 10:58:44 host kernel: [   34.784426] usb 2-3: New USB device found")[1] == 34.784426


def test_to_logline():
    line = logs.to_logline("[   34.786401] qcserial 2-3:1.0: Qualcomm USB modem converter detected", "paste:dmesg.txt")
    assert (line.origin, line.time, line.source) == ("kernel", 34.786401, "paste:dmesg.txt")
    assert line.text == "qcserial 2-3:1.0: Qualcomm USB modem converter detected"


# --- bound -------------------------------------------------------------------------------

def test_bound_keeps_head_and_newest():
    items = list(range(5000))
    kept, dropped = logs.bound(items, limit=100, head=30)
    assert dropped == 4900 and len(kept) == 100
    assert kept[:30] == list(range(30)) and kept[30:] == list(range(4930, 5000))


def test_bound_below_limit_is_unchanged():
    assert logs.bound([1, 2, 3], limit=10, head=2) == ([1, 2, 3], 0)


def test_default_bound():
    kept, dropped = logs.bound(list(range(logs.MAX_LOG_LINES + 1)))
    assert len(kept) == logs.MAX_LOG_LINES and dropped == 1 and kept[-1] == logs.MAX_LOG_LINES


# --- required literals (the cheap pre-check before each signature regex) --------------------

@pytest.mark.parametrize("pattern,literal", [
    (r"(\S+) (\S+) (\S+): register '(\S+)' at usb-(\S+), ([^,]+), ([0-9a-f:]{17})", ": register '"),
    (r"Cannot enable\. Maybe the USB cable is bad\?", "Cannot enable. Maybe the USB cable is bad?"),
    (r"rejected \d+ configurations? due to insufficient available bus power", " due to insufficient available bus power"),
    (r"usb_modeswitch: switched to ([0-9a-f]{4}):([0-9a-f]{4}) on \d{3}/\d{3}", "usb_modeswitch: switched to "),
    (r"(device recovery started|Recovery failed|Device died)", None),
    (r"firmware crashed|Device died", None),
    (r"mux_id (already )?(not )?present", "mux_id "),
    (r"ab+c", None),
])
def test_required_literal(pattern, literal):
    assert logs.required_literal(pattern) == literal


def test_required_literals_are_in_every_real_match():
    lines = []
    for name in ("dmesg-e3372-case.txt", "dmesg-bg96-case.txt", "syslog-mc8805-case.txt", "kmsg-dw5570-qmi.txt"):
        lines += [logs.split_line(line)[2] for line in sample_lines(name)]
    lines = [line.split(";", 1)[-1] for line in lines]  # kmsg records
    matched = 0
    for anchor, pattern in logs._anchored_signatures():
        for line in lines:
            if pattern.compiled().search(line):
                matched += 1
                assert anchor is None or anchor in line, (anchor, line)
    assert matched > 20


def test_is_relevant_is_fast_on_unrelated_lines():
    import timeit
    line = "EXT4-fs (vda): mounted filesystem 00000000-0000-0000-0000-000000000000 r/w without journal."
    logs.is_relevant(line)
    per_line = timeit.timeit(lambda: logs.is_relevant(line), number=2000) / 2000
    assert per_line < 50e-6  # 50k journal lines in well under a few seconds
