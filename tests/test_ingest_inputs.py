"""ingest_inputs / ingest_text: files, stdin, saved snapshots, and hostile input."""
import io
import json
import sys
import tracemalloc

import pytest

from wwandoctor.errors import InputError
from wwandoctor.ingest import MAX_LINE_BYTES, ingest_inputs, ingest_stream, ingest_text, new_paste_snapshot
from wwandoctor.ingest.merge import MAX_LOG_LINES
from wwandoctor.ingest.registry import MAX_UNRECOGNIZED_GROUPS
from wwandoctor.report import blind_reason
from wwandoctor.saved_snapshot import save
from wwandoctor.snapshot import SCHEMA, Snapshot, UsbDevice, UsbInterface, placed

S = "tests/samples/paste/"
REAL = "tests/real_cases/tuning/"


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


def test_files_are_merged_into_one_paste_snapshot():
    snap = ingest_inputs([S + "dmesg-T-mc8805-mbim.txt", S + "qmicli-operating-mode.txt"])
    assert snap.origin == "paste"
    assert [d.path for d in snap.usb_devices] == ["1-7"]
    assert [t.tool for t in snap.tools] == ["qmicli"]


def test_stdin(monkeypatch):
    data = open(S + "dmesg-ec21-qmi-wwan.txt", "rb").read()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    snap = ingest_inputs(["-"])
    assert snap.usb_devices[0].vid == "2c7c"
    assert all(l.source == "paste:<stdin>" for l in snap.log)


def test_missing_file_is_an_input_error():
    with pytest.raises(InputError, match=r"^/nonexistent/x\.txt: cannot read: No such file"):
        ingest_inputs(["/nonexistent/x.txt"])


def test_directory_is_an_input_error_that_says_to_give_its_files(tmp_path):
    with pytest.raises(InputError) as err:
        ingest_inputs([str(tmp_path) + "/"])
    assert str(err.value) == "%s/: a directory, not a file: give analyze the files in it (%s/*)" % (tmp_path, tmp_path)


def test_a_device_is_an_input_error():
    # a modem's tty (/dev/ttyUSB2) or /dev/zero never ends: before, analyze read it forever
    with pytest.raises(InputError, match=r"^/dev/null: a device, not a file"):
        ingest_inputs(["/dev/null"])


def test_empty_input_is_noted(tmp_path):
    snap = ingest_inputs([write(tmp_path, "e.txt", b"\n  \n")])
    assert snap.notes == ["%s: the input was empty" % (tmp_path / "e.txt")]
    assert ingest_text("", "x").notes == ["x: the input was empty"]


def test_a_file_of_nul_bytes_is_noted_as_such(tmp_path):
    # a log zeroed by a crash or a power loss: before, "the input was empty" and "1 line longer than 64 KiB was cut"
    path = write(tmp_path, "zeroed.log", b"\0" * 100000)
    snap = ingest_inputs([path])
    assert snap.notes == ["%s: only NUL bytes, no text (a file zeroed by a crash or a power loss?)" % path]
    assert "only NUL bytes" in blind_reason(snap)


def test_crlf_file(tmp_path):
    data = open(S + "journal-kernel-mc8805.txt", "rb").read().replace(b"\n", b"\r\n")
    snap = ingest_inputs([write(tmp_path, "crlf.txt", data)])
    assert snap.net_interfaces[0].name == "wwp0s20u7c2i12"
    assert snap.unrecognized == []


def test_bytes_of_no_text_encoding_are_replaced_and_noted(tmp_path):
    data = b"[ 1.0] usb 1-7: Product: Mod\xe9m \x01\x81\n[ 1.1] usb 1-7: New USB device found, idVendor=413c, idProduct=81a3\n"
    snap = ingest_inputs([write(tmp_path, "l1.txt", data)])
    assert snap.usb_devices[0].product == "Mod\ufffdm \x01\ufffd"
    assert snap.notes == ["%s: 1 line held NUL bytes or bytes of no text encoding (NULs removed, the others shown "
                          "as \ufffd)" % (tmp_path / "l1.txt")]


def test_a_windows_1252_file_is_read_as_text(tmp_path):
    # a real German forum post (umlauts) saved as Windows-1252 / Latin-1, with one line of UTF-8 above it; before,
    # its lines were decoded with U+FFFD and noted as "binary data ... not understood" although they were parsed
    case = REAL + "xs-stick-p14-1c9e-9605-fedora16-option-does-not-know-switched-id-usbserial-vendor-product/"
    post = open(case + "other-1.txt", encoding="utf-8").read()
    data = "Grüße\n".encode("utf-8") + post.replace("\n", "\r\n").encode("cp1252")
    snap = ingest_inputs([write(tmp_path, "post.txt", data), case + "other-2.txt"])
    assert not any("binary data" in n for n in snap.notes)
    texts = [placed(part)[2] for section in snap.unrecognized for part in section.split("\n")]
    assert "Grüße" in texts and any("lästig geworden" in t for t in texts)
    assert not any("\ufffd" in t for t in texts)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_file_with_its_byte_order_mark_is_read_as_text(tmp_path, encoding):
    # Windows' Notepad ("Unicode") and PowerShell 5's ">" save text as UTF-16 with a byte order mark;
    # before, each line read as binary data (its NUL bytes dropped, the mark kept as two bad characters)
    text = open(S + "journal-kernel-mc8805.txt", encoding="utf-8").read()
    data = (b"\xfe\xff" if encoding == "utf-16-be" else b"") + text.replace("\n", "\r\n").encode(encoding)
    snap = ingest_inputs([write(tmp_path, "windows.txt", data)])
    assert snap.net_interfaces[0].name == "wwp0s20u7c2i12"
    assert snap.unrecognized == [] and not any("binary data" in n for n in snap.notes)


def test_a_file_with_carriage_returns_alone_is_read_line_by_line(tmp_path):
    # classic Mac OS line ends, and serial captures that keep the modem's "\r": before, the whole file was one line
    text = open(S + "journal-kernel-mc8805.txt", encoding="utf-8").read()
    snap = ingest_inputs([write(tmp_path, "mac.txt", text.replace("\n", "\r").encode())])
    assert snap.net_interfaces[0].name == "wwp0s20u7c2i12"
    assert snap.unrecognized == []


def _random_bytes(n: int) -> bytes:
    import random
    rnd = random.Random(4)
    return bytes(rnd.randrange(256) for _ in range(n))


def test_a_binary_file_is_noted_and_not_analyzed(tmp_path):
    # before, random bytes were parsed line by line: a line with "DMS" in it was read as qmicli output, and the
    # report said "no problem found in the input" (exit 0) for a file that holds no text at all
    import gzip
    sample = open(S + "dmesg-ec21-qmi-wwan.txt", "rb").read()
    for name, data in [("random.bin", _random_bytes(200000)), ("dmesg.txt.gz", gzip.compress(sample)),
                       ("a.out", b"\x7fELF\x02\x01\x01\0" + bytes(range(256)) * 8)]:
        snap = ingest_inputs([write(tmp_path, name, data)])
        assert snap.notes == ["%s: binary data, not text (a compressed or binary file?); it was not analyzed"
                              % (tmp_path / name)], name
        assert not snap.log and not snap.sources and not snap.unrecognized, name
        assert "binary data" in blind_reason(snap), name


def test_binary_garbage_below_text_is_skipped_and_what_is_kept_is_truncated(tmp_path):
    data = open(S + "dmesg-ec21-qmi-wwan.txt", "rb").read() + _random_bytes(200000)
    snap = ingest_inputs([write(tmp_path, "bin", data)])
    assert snap.usb_devices[0].vid == "2c7c"
    assert any("binary data, not text" in n and "lines skipped" in n for n in snap.notes)
    assert len(snap.unrecognized) <= MAX_UNRECOGNIZED_GROUPS
    assert all(len(line) < 400 for group in snap.unrecognized for line in group.split("\n"))


def test_a_nul_run_in_a_log_is_removed_and_the_log_read(tmp_path):
    # syslog after a power loss: the blocks the file system had allocated but not written read as NUL bytes
    data = (b"Dec  5 10:00:01 pc kernel: usb 1-1: new high-speed USB device number 2 using xhci_hcd\n" + b"\0" * 3000 +
            b"Dec  5 10:02:01 pc kernel: qmi_wwan 1-1:1.4: cdc-wdm0: USB WDM device\n")
    snap = ingest_inputs([write(tmp_path, "syslog", data)])
    assert [d.path for d in snap.usb_devices] == ["1-1"]
    assert not any("binary data" in n for n in snap.notes)


def test_huge_line_is_cut(tmp_path):
    data = b"[ 1.0] usb 1-7: USB disconnect, device number 3\n" + b"A" * (10 * 1024 * 1024) + \
        b"\n[ 2.0] usb 1-7: new high-speed USB device number 4 using xhci_hcd\n"
    tracemalloc.start()
    snap = ingest_inputs([write(tmp_path, "long.txt", data)])
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert any("1 line longer than %d KiB was cut" % (MAX_LINE_BYTES // 1024) in n for n in snap.notes)
    assert snap.usb_devices[0].devnum == 4  # the line after the long one is still read
    assert peak < 3 * 1024 * 1024


class _Endless(io.RawIOBase):
    """A long kernel log produced on the fly (never held in memory)."""

    def __init__(self, repeats):
        self.left = repeats
        self.buf = b""
        self.chunk = b"".join(
            b"[%d.0] usb 1-1: reset high-speed USB device number 2 using ehci-pci\n"
            b"[%d.1] EXT4-fs (sda1): re-mounted. Opts: errors=remount-ro\n" % (i, i) for i in range(50))

    def readable(self):
        return True

    def readinto(self, b):
        if not self.buf:
            if not self.left:
                return 0
            self.left -= 1
            self.buf = self.chunk
        n = min(len(b), len(self.buf))
        b[:n] = self.buf[:n]
        self.buf = self.buf[n:]
        return n


def test_long_log_in_bounded_memory():
    tracemalloc.start()
    snap = ingest_stream(io.BufferedReader(_Endless(300)), new_paste_snapshot(), "big")  # 30k lines
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert MAX_LOG_LINES <= len(snap.log) < 2 * MAX_LOG_LINES
    assert any("the log was long" in n for n in snap.notes)
    assert peak < 8 * 1024 * 1024


def test_saved_snapshot_alone_is_returned(tmp_path):
    snap = Snapshot(origin="live")
    snap.usb_devices.append(UsbDevice(path="1-7", vid="413c", pid="81a3"))
    path = str(tmp_path / "s.json")
    save(snap, path)
    got = ingest_inputs([path])
    assert got.origin == "live" and got.usb_devices[0].pid == "81a3"


def test_saved_snapshot_and_paste_are_merged(tmp_path):
    snap = Snapshot(origin="live")
    snap.usb_devices.append(UsbDevice(path="1-7", busnum=1, vid="413c", pid="81a3",
                                      interfaces=[UsbInterface(number=12, config=2, triplet="02/0e/00")]))
    path = str(tmp_path / "s.json")
    save(snap, path)
    got = ingest_inputs([path, S + "journal-kernel-mc8805.txt"])
    assert got.origin == "paste"
    assert len(got.usb_devices) == 1
    i12 = got.usb_devices[0].interfaces[0]
    assert (i12.triplet, i12.driver, i12.control_ports) == ("02/0e/00", "cdc_mbim", ["cdc-wdm0"])


def test_bad_snapshot_json_is_an_input_error(tmp_path):
    path = write(tmp_path, "bad.json", b'{"schema": "wwandoctor.snapshot/1", "usb_devices": 5}')
    with pytest.raises(InputError, match="bad.json: malformed snapshot"):
        ingest_inputs([path])
    path = write(tmp_path, "other.json", json.dumps({"schema": "wwandoctor.snapshot/9"}).encode())
    with pytest.raises(InputError, match="unsupported schema"):
        ingest_inputs([path])


@pytest.mark.parametrize("text, schema", [('{"schema": 5}', "5"), ('{\n "schema": "other.tool/2", "x": 1}', '"other.tool/2"')])
def test_json_with_another_schema_is_an_input_error_not_a_paste(tmp_path, text, schema):
    """A JSON object whose first key is "schema", as a snapshot's is, is refused naming the file and its schema;
    before, it was read as pasted text and only 'no parser recognised any of it'."""
    path = write(tmp_path, "old.json", text.encode())
    with pytest.raises(InputError) as err:
        ingest_inputs([path])
    assert str(err.value) == '%s: not a wwandoctor snapshot (its "schema" is %s; a snapshot\'s is %s)' % (
        path, schema, SCHEMA)


def test_json_no_parser_reads_is_named_in_the_reason_nothing_was_concluded(tmp_path):
    other = write(tmp_path, "other.json", b'{"devices": [1, 2], "name": "x"}\n')
    assert blind_reason(ingest_inputs([other])) == (
        "no part of the input could be understood (%s is JSON of a kind wwandoctor does not read; it reads mmcli -J, "
        "ip -j, dmesg --json and journalctl -o json output, or a snapshot from wwandoctor collect)" % other)
    prose = write(tmp_path, "post.txt", b"my modem does not work\n")
    assert blind_reason(ingest_inputs([prose])) == (
        "no part of the input could be understood (no parser recognised any of it)")


def test_prose_is_kept_as_unrecognized():
    snap = ingest_text("Hi all,\nmy modem does not work since the update.\nAny idea?\n", "post")
    assert snap.unrecognized == ["post:1: Hi all,\npost:2: my modem does not work since the update.\npost:3: Any idea?"]


def test_all_samples_as_one_paste_parse_without_parser_failures():
    import glob
    files = sorted(glob.glob(S + "*.txt"))
    text = "\n\n".join(open(f, encoding="utf-8", errors="replace").read() for f in files)
    snap = ingest_text(text, "all")
    assert not any("parser failed" in n for n in snap.notes)
    assert len(snap.log) > 50


def test_snapshot_on_stdin_arriving_in_small_pieces(monkeypatch, tmp_path):
    snap = Snapshot(origin="live")
    snap.usb_devices.append(UsbDevice(path="1-7", vid="413c", pid="81a3"))

    class Trickle(io.RawIOBase):  # a pipe that delivers 7 bytes per read
        def __init__(self, data):
            self.data = data

        def readable(self):
            return True

        def readinto(self, b):
            n = min(7, len(b), len(self.data))
            b[:n] = self.data[:n]
            self.data = self.data[n:]
            return n

    stdin = io.TextIOWrapper(io.BufferedReader(Trickle(snap.to_json().encode()), buffer_size=8))
    monkeypatch.setattr(sys, "stdin", stdin)
    got = ingest_inputs(["-"])
    assert got.usb_devices[0].pid == "81a3"


def test_oversized_snapshot_is_an_input_error(tmp_path, monkeypatch):
    import wwandoctor.ingest as ingest_mod
    monkeypatch.setattr(ingest_mod, "MAX_SNAPSHOT_BYTES", 2000)
    snap = Snapshot(origin="live")
    snap.notes.extend(["x" * 100] * 50)
    path = str(tmp_path / "big.json")
    save(snap, path)
    with pytest.raises(InputError, match="big.json: too large for a wwandoctor snapshot"):
        ingest_inputs([path])


def test_unrecognized_output_keeps_its_command():
    # no parser reads /etc/hostname: the line stays, headed by the command that printed it
    snap = ingest_text("$ cat /etc/hostname\nraspberrypi\n", "p")
    assert snap.unrecognized == ["p:1: $ cat /etc/hostname\np:2: raspberrypi"]


def test_outputs_pasted_together_without_blank_line_are_both_parsed():
    text = ("$ dmesg | tail -2\n"
            "[ 7.73] qmi_wwan 1-1.4:1.4: cdc-wdm0: USB WDM device\n"
            "[ 7.74] qmi_wwan 1-1.4:1.4 wwan0: register 'qmi_wwan' at usb-x-1.4, WWAN/QMI device, ce:db:66:0e:df:26\n"
            "[/dev/cdc-wdm0] Operating mode retrieved:\n"
            "\tMode: 'low-power'\n"
            "\tHW restricted: 'no'\n"
            "thanks for any help\n")
    snap = ingest_text(text, "p")
    assert snap.usb_devices[0].interfaces[0].control_ports == ["cdc-wdm0"]
    assert "Mode: 'low-power'" in [l.text for l in snap.log if l.origin == "qmicli"]
    assert "HW restricted: 'no'" in [l.text for l in snap.log if l.origin == "qmicli"]
    assert snap.unrecognized == ["p:1: $ dmesg | tail -2\np:7: thanks for any help"]


def sample(name, keep_prompt=True):
    with open(S + name, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    return "\n".join(ln for ln in lines if keep_prompt or not ln.startswith("$ ")) + "\n"


def test_control_port_driver_pasted_before_the_dmesg_naming_its_interface():
    text = ("$ ls -l /sys/class/usbmisc/*/device/driver\n"
            "lrwxrwxrwx 1 root root 42 Nov 25 14:59 /sys/class/usbmisc/cdc-wdm0/device/driver -> "
            "../../../../../../bus/usb/drivers/cdc_mbim\n\n$ dmesg\n" + sample("dmesg-T-mc8805-mbim.txt"))
    snap = ingest_text(text, "p")
    intf = snap.usb_devices[0].interfaces[0]
    assert (intf.number, intf.driver, intf.control_ports) == (12, "cdc_mbim", ["cdc-wdm0"])
    assert [l.text for l in snap.log if l.origin == "sysfs"] == []  # finish() placed it


def test_a_parser_whose_finish_fails_leaves_a_note(monkeypatch):
    from wwandoctor.ingest import sysfs_cat

    def broken(snap):
        raise ValueError("boom")
    monkeypatch.setattr(sysfs_cat, "finish", broken)
    snap = ingest_text(sample("lsusb-ec25.txt"), "p")
    assert snap.usb_devices[0].pid == "0125"
    assert "the sysfs parser failed to finish (ValueError: boom)" in snap.notes


def test_four_outputs_back_to_back_each_reach_their_parser():
    # lsusb, qmicli, dmesg and dhclient output pasted without prompts or blank lines between them
    text = (sample("lsusb-ec25.txt") + sample("qmicli-operating-mode.txt", keep_prompt=False)
            + sample("dmesg-ec21-qmi-wwan.txt") + "Internet Systems Consortium DHCP Client 4.4.1\n"
            + 'Unsupported device type 65534 for "wwan0"\n')
    snap = ingest_text(text, "p")
    assert snap.unrecognized == []
    assert [t.tool for t in snap.tools] == ["qmicli", "dhclient"]
    assert sorted((d.path or "", d.vid, d.pid) for d in snap.usb_devices) == [  # lsusb names no bus path
        ("", "2c7c", "0125"), ("1-1.4", "2c7c", "0121")]
    assert [d.interfaces[0].control_ports for d in snap.usb_devices if d.path] == [["cdc-wdm0"]]
    origins = {}
    for line in snap.log:
        origins.setdefault(line.origin, []).append(line.text)
    assert origins["qmicli"] == ["[/dev/cdc-wdm1] Operating mode retrieved:", "Mode: 'low-power'",
                                 "HW restricted: 'no'"]
    assert len(origins["kernel"]) == 8
    assert origins["dhclient"][-1] == 'Unsupported device type 65534 for "wwan0"'


def test_a_line_or_two_nobody_knows_before_the_next_output_are_skipped():
    # shell trace lines of commands the splitter does not know as commands stay in the block
    text = ("$ sudo ./lte-up.sh\n"
            "[/dev/cdc-wdm0] Network started\n"
            "\tPacket data handle: '1129541776'\n"
            "+ sleep 2\n"
            "+ echo getting an address\n"
            "udhcpc: started, v1.30.1\n"
            "udhcpc: SIOCGIFINDEX: No such device\n")
    snap = ingest_text(text, "p")
    assert [l.text for l in snap.log if l.origin == "udhcpc"] == [
        "udhcpc: started, v1.30.1", "udhcpc: SIOCGIFINDEX: No such device"]
    assert [l.text for l in snap.log if l.origin == "qmicli"] == [
        "[/dev/cdc-wdm0] Network started", "Packet data handle: '1129541776'"]
    assert snap.unrecognized == ["p:1: $ sudo ./lte-up.sh\np:4: + sleep 2\np:5: + echo getting an address"]


def test_a_shell_trace_of_a_script_gives_each_output_its_command():
    with open(S + "script-trace-qmicli-ip-udhcpc.txt", encoding="utf-8") as fh:  # run with set -x
        snap = ingest_text(fh.read(), "p")
    assert snap.unrecognized == []
    assert [l.text for l in snap.log if l.origin == "qmicli"][0] == (
        "$ qmicli -d /dev/cdc-wdm0 --wds-start-network=apn=internet --client-no-release-cid")
    assert [(l.origin, l.text) for l in snap.log if l.origin in ("ip", "udhcpc")] == [
        ("ip", 'Cannot find device "wwan0"'), ("udhcpc", "udhcpc: started, v1.30.1"),
        ("udhcpc", "udhcpc: SIOCGIFINDEX: No such device")]


def test_handing_on_is_bounded(monkeypatch):
    from wwandoctor.ingest import registry
    monkeypatch.setattr(registry, "MAX_HANDOFFS", 1)
    text = (sample("lsusb-ec25.txt") + sample("qmicli-operating-mode.txt", keep_prompt=False)
            + sample("dmesg-ec21-qmi-wwan.txt"))
    snap = ingest_text(text, "p")
    # dmesg's parser takes its lines and hands the rest on once: the qmicli lines are read, lsusb's is not
    assert snap.unrecognized == ["p:1: Bus 001 Device 002: ID 2c7c:0125 Quectel Wireless Solutions Co., Ltd. "
                                 "EC25 LTE modem"]
    assert [t.tool for t in snap.tools] == ["qmicli"]


def test_busybox_lspci_names_a_pcie_modem_by_its_bare_ids():
    from wwandoctor.ingest import ingest_text
    snap = ingest_text("root@OpenWrt:~# lspci\n00:00.0 Class 0604: 17cb:1002\n01:00.0 Class ff00: 17cb:0306\n")
    modem = next(d for d in snap.pci_devices if d.address.endswith("01:00.0"))
    assert (modem.vendor, modem.device, modem.class_code) == ("17cb", "0306", "ff00")


def test_signature_messages_in_a_big_dmesg_pass_the_prefilter():
    from wwandoctor.ingest import ingest_text
    from wwandoctor.model import derive
    noise = "".join("[ %d.000001] ACPI: noise line %d\n" % (i, i) for i in range(300))
    snap = ingest_text(noise + "[ 500.000001] GobiNet::GobiNetDriverBind Ignoring non vendor class interface #12\n"
                       "[ 501.1] mhi-pci-generic 0000:01:00.0: MHI did not enter READY state\n" + noise)
    signals = derive(snap).signals
    assert "vendor-driver:non-vendor-interface" in signals and "mhi:not-ready" in signals
