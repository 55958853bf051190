"""End to end on broken machines: ``wwandoctor check`` inside umockdev test-beds with faults.

Each bed is a catalog bed (tests/testbed_catalog.py) with one thing wrong: a
running program (fake ``/proc/<pid>``, see ``testbed.launcher``), an rfkill
block, unbound interfaces, a sysfs attribute. The assertions are what an
expert reading the same machine would say (knowledge.md section 2): the first
error or warning, the exit code, and that no other error appears.

Most beds run the real command line (``python -m wwandoctor check --format
json``). It sees the bed's /sys, /dev and /proc; the kernel log is the bed's
``/dev/kmsg`` (empty unless a test gives lines) and PATH is empty, so
journalctl, dmesg, mmcli and the version probes of the host are not run: a
machine without ModemManager installed. Only /etc and /usr/share are the
host's (a host whose /etc configures a modem can add findings here). Causes that depend on files umockdev cannot fake (``/lib/modules``,
``/etc/ModemManager``) run ``collect_all(root=$UMOCKDEV_DIR)`` in the bed
instead, so the bed directory is the whole machine (:func:`rooted`).
"""
import json
import os
import re
import sys

import pytest
import testbed_catalog as catalog
from descriptors import (cdc_ether, cdc_header, cdc_mbim, cdc_mbim_extended, cdc_ncm, cdc_union, configuration, serial_interface,
                         descriptors, device_descriptor, endpoint, iad, interface)
from testbed import Iface, Net, PciDev, Proc, Rfkill, UsbDev, bed_files, launcher, render
from testbed import Testbed as Bed
from case_util import problems
from umockdev_util import run_in_testbed

QMICLI = Proc(4242, ["qmicli", "-d", "/dev/cdc-wdm0", "--wds-start-network=apn=internet", "--client-no-release-cid"])
MODEMMANAGER = Proc(812, ["/usr/sbin/ModemManager"])
INIT = Proc(1, ["/sbin/init"], comm="systemd")  # a rooted bed's /proc needs pid 1 (else it looks like hidepid)
RELEASE = os.uname().release  # the kernel the bed's collectors see

ROOTED = """
import argparse, json, os
from wwandoctor.collect import collect_all
from wwandoctor import commands
snap = collect_all(root=os.environ["UMOCKDEV_DIR"])
report = commands._diagnose(snap, argparse.Namespace(rules=None, no_redact=True))
print(json.dumps({"exit": commands._exit_code(report), "report": report}))
"""


def dmesg_sample(name: str) -> str:
    """A real ``dmesg`` or ``journalctl -k`` paste from tests/samples/paste as /dev/kmsg records
    (timestamps and journal prefixes dropped)."""
    prefix = re.compile(r"^(?:\[\s*[\d.]+\]|\w{3} \d+ [\d:]+ +[\w-]* *kernel:)\s*")
    with open(os.path.join(os.path.dirname(__file__), "samples", "paste", name), encoding="utf-8") as fh:
        return kmsg(*[prefix.sub("", line.rstrip("\n")) for line in fh if line.strip()])


def kmsg(*lines: str) -> str:
    """/dev/kmsg records (``6,seq,usec,-;text``) of kernel log lines, one second apart."""
    return "".join("6,%d,%d,-;%s\n" % (100 + i, 5000000 + 1000000 * i, text) for i, text in enumerate(lines))


def cli(umockdev_run, bed: Bed, *args: str, fmt: str = "json"):
    """(exit code, report) of ``wwandoctor check`` run in the bed (no host log, no host programs)."""
    argv = [sys.executable, "-m", "wwandoctor", "check", "--format", fmt] + list(args)
    # the bed's own /proc, always: without it umockdev shows the host's, where other test runs'
    # ModemManager or qmicli processes come and go (findings that flicker)
    if not any(p.pid == INIT.pid for p in bed.processes):
        bed.processes = [INIT] + bed.processes
    files = dict({"dev/kmsg": ""}, **bed_files(bed))
    proc = run_in_testbed(render(bed), launcher(files, argv), umockdev_run=umockdev_run, env={"PATH": "/nonexistent"})
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    return proc.returncode, (json.loads(proc.stdout) if fmt == "json" else proc.stdout)


def rooted(umockdev_run, bed: Bed, path: str = "/nonexistent"):
    """(exit code, report) of collect -> diagnose with every file collector rooted in the bed directory.
    ``path``: the PATH the collectors' programs are looked up in (see :func:`fake_mmcli`)."""
    bed.processes = [INIT] + bed.processes
    files = dict({"dev/kmsg": ""}, **bed_files(bed))
    proc = run_in_testbed(render(bed), launcher(files, [sys.executable, "-c", ROOTED]),
                          umockdev_run=umockdev_run, env={"PATH": path})
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    return out["exit"], out["report"]


def causes(report, severity=("error", "warning")):
    return [f["cause"] for f in report["findings"] if f["severity"] in severity]


def undecided(report, rule: str):
    return next((u for u in report["undecided"] if u["rule"] == rule), None)


def evidence_text(finding) -> str:
    return "\n".join(e["text"] for e in finding["evidence"])


# --- tools found from processes ------------------------------------------------

def test_running_qmicli_on_mbim_config_is_the_first_error(umockdev_run):
    bed = catalog.dw5570_mbim()
    bed.processes = [QMICLI]
    code, report = cli(umockdev_run, bed)  # no --tool: the running qmicli is the evidence
    assert code == 1
    assert causes(report) == ["mbim-config-qmi-tools"]
    first = problems(report)[0]
    assert first["subject"] == "usb:1-7"
    assert "running: qmicli -d /dev/cdc-wdm0 --wds-start-network" in evidence_text(first)
    assert report["sources"]["processes"]["detail"] == "1 of interest"  # only the bed's, not the host's


@pytest.mark.parametrize("tool,expected", [("qmi-network", ["mbim-config-qmi-tools"]), ("mbim-network", [])])
def test_configured_tool_in_an_ifupdown_hook(umockdev_run, tool, expected):
    """No tool runs now; /etc/network/interfaces starts one when the link comes up."""
    bed = catalog.dw5570_mbim()
    bed.files = {"etc/network/interfaces": "auto wwp0s20u7c2i12\niface wwp0s20u7c2i12 inet manual\n"
                                           "    pre-up %s /dev/cdc-wdm0 start\n" % tool}
    code, report = rooted(umockdev_run, bed)
    assert causes(report) == expected and code == (1 if expected else 0)


@pytest.mark.parametrize("name,expected", [("wwan0", ["interface-name-mismatch"]), ("wwp0s20u7c2i12", [])])
def test_configured_interface_name_against_the_live_link(umockdev_run, name, expected):
    """A guide's "iface wwan0" while udev named the MBIM link wwp0s20u7c2i12 (knowledge.md 2.17)."""
    bed = catalog.dw5570_mbim()
    bed.files = {"etc/network/interfaces": "auto %s\niface %s inet manual\n    pre-up mbim-network /dev/cdc-wdm0 start\n"
                                           % (name, name)}
    code, report = rooted(umockdev_run, bed)
    assert causes(report) == expected and code == (1 if expected else 0)
    if expected:
        assert "/etc/network/interfaces names wwan0" in evidence_text(problems(report)[0])


def test_mc8805_case_qmicli_and_dhclient_on_the_mbim_link(umockdev_run):
    """Case mc8805-cdc-mbim-qmicli: its kernel journal, qmicli started the network, dhclient gets no lease."""
    bed = catalog.dw5570_mbim()
    bed.processes = [QMICLI, Proc(4300, ["dhclient", "-v", "wwp0s20u7c2i12"])]
    bed.files = {"dev/kmsg": dmesg_sample("journal-kernel-mc8805.txt")}
    code, report = cli(umockdev_run, bed)
    assert report["sources"]["kernel-log"]["detail"].startswith("kmsg: 6 lines read")
    assert code == 1 and causes(report) == ["mbim-config-qmi-tools"]
    fix = json.dumps(problems(report)[0]["fix"])
    assert 'ATTR{bConfigurationValue}=\\"1\\"' in fix


@pytest.mark.parametrize("args", [
    ["mbimcli", "-p", "-d", "/dev/cdc-wdm0", "--query-radio-state"],
    ["qmicli", "-d", "/dev/cdc-wdm0", "--device-open-mbim", "--dms-get-ids"],  # QMI over MBIM: supported
], ids=["mbimcli", "qmicli-over-mbim"])
def test_mbim_tools_on_the_mbim_config_are_fine(umockdev_run, args):
    bed = catalog.dw5570_mbim()
    bed.processes = [Proc(4243, args)]
    code, report = cli(umockdev_run, bed)
    assert code == 0 and causes(report) == []


def test_running_mbimcli_on_qmi_config_is_the_first_error(umockdev_run):
    bed = catalog.dw5570_qmi()
    bed.processes = [Proc(4245, ["mbimcli", "-d", "/dev/cdc-wdm0", "--connect=apn=internet"])]
    code, report = cli(umockdev_run, bed)
    assert code == 1 and causes(report) == ["qmi-config-mbim-tools"]


def test_modemmanager_beside_qmicli_is_reported_after_the_configuration(umockdev_run):
    bed = catalog.dw5570_mbim()
    bed.processes = [MODEMMANAGER, QMICLI]
    code, report = cli(umockdev_run, bed)
    assert code == 1
    assert causes(report) == ["mbim-config-qmi-tools", "modemmanager-conflict"]
    conflict = problems(report)[1]
    assert "ModemManager is running (pid 812)" in evidence_text(conflict)
    assert "qmicli" in evidence_text(conflict)


def test_qmicli_through_the_proxy_does_not_conflict_with_modemmanager(umockdev_run):
    bed = catalog.dw5570_qmi()
    bed.processes = [MODEMMANAGER, Proc(4244, ["qmicli", "-p", "-d", "/dev/cdc-wdm0", "--nas-get-signal-info"])]
    code, report = cli(umockdev_run, bed)
    assert "modemmanager-conflict" not in causes(report)
    assert causes(report, ("error",)) == []


# --- DHCP and framing ----------------------------------------------------------

def test_dhclient_on_a_raw_ip_link(umockdev_run):
    """dhclient runs on the raw-ip wwan0. Whether it failed needs the link's IPv4 address, which the
    SIOCGIFADDR lookup cannot read inside a test-bed: the rule is undecided and asks for ``ip addr``
    (on a real machine the address is read and the rule decides)."""
    bed = catalog.em7455_qmi_rawip()
    bed.processes = [Proc(900, ["/sbin/dhclient", "-v", "wwan0"], comm="dhclient")]
    code, report = cli(umockdev_run, bed)
    assert "dhcp-client-on-raw-ip" not in causes(report)
    undecided = [u for u in report["undecided"] if u["rule"] == "dhcp-client-on-raw-ip"]
    assert undecided and undecided[0]["subject"] == "usb:2-3"
    assert undecided[0]["unknown"] == ["modem.net_addresses"]


@pytest.mark.parametrize("args", [["/sbin/dhclient", "-4", "eth0"], ["dhclient", "wwan1"]],
                         ids=["eth0", "wwan1-802.3"])
def test_dhclient_for_another_interface_is_not_blamed(umockdev_run, args):
    """The EM7455's second QMI link wwan1 is in 802.3 mode (raw_ip N): dhclient works there."""
    bed = catalog.em7455_qmi_rawip()
    bed.processes = [Proc(900, args, comm="dhclient")]
    code, report = cli(umockdev_run, bed)
    assert code == 0 and causes(report) == []


@pytest.mark.parametrize("proc", [
    Proc(901, ["quectel-CM", "-s", "internet"]),
    Proc(902, ["busybox", "udhcpc", "-i", "wwan0"], comm="busybox"),
], ids=["quectel-CM", "busybox-udhcpc"])
def test_802_3_link_with_quectel_cm_or_udhcpc_is_no_raw_ip_mismatch(umockdev_run, proc):
    """knowledge.md 2.3: raw_ip=N alone is no mismatch; it takes the modem's own format (qmicli
    --wda-get-data-format) or quectel-CM's retry. sysfs cannot show that, so: no error, no guess."""
    bed = catalog.ec25()
    bed.processes = [proc]
    code, report = cli(umockdev_run, bed)
    assert code == 0 and causes(report) == []
    assert "raw-ip-mismatch" not in [f["cause"] for f in report["findings"]]
    assert report["modems"][0]["protocol"] == "qmi"


# --- rfkill ----------------------------------------------------------------------

@pytest.mark.parametrize("soft,hard", [(True, False), (False, True)], ids=["soft", "hard"])
def test_rfkill_blocked_wwan_switch(umockdev_run, soft, hard):
    bed = catalog.dw5570_mbim()
    bed.rfkill = [Rfkill("dell-wwan", "wwan", index=2, soft=soft, hard=hard)]
    code, report = cli(umockdev_run, bed)
    assert code == 1
    assert causes(report) == ["rfkill-blocked"]
    fixes = " / ".join(step["title"] for step in problems(report)[0]["fix"])
    assert ("rfkill unblock" in json.dumps(problems(report)[0]["fix"])) == soft
    assert ("hardware switch" in fixes) == hard


def test_unblocked_switch_is_not_reported(umockdev_run):
    code, report = cli(umockdev_run, catalog.dw5570_mbim())
    assert code == 0 and causes(report) == []


# --- drivers -----------------------------------------------------------------------

def _ncm_mbim_function(ctrl: int, data: int) -> bytes:
    """Combined NCM/MBIM function (MBIM 1.0 section 6.6): control alt 0 NCM 02/0d/00, alt 1 MBIM
    02/0e/00; data alt 1 NCM 0a/00/01, alt 2 MBIM 0a/00/02 (what the EM7345 offers)."""
    notify = [endpoint(0x81, "interrupt", 64, 9)]
    bulk = [endpoint(0x82, "bulk"), endpoint(0x02, "bulk")]
    ncm = cdc_header() + cdc_union(ctrl, data) + cdc_ether(4) + cdc_ncm()
    mbim = cdc_header() + cdc_mbim() + cdc_mbim_extended() + cdc_union(ctrl, data)
    return (iad(ctrl, 2, "02/0d/00") + interface(ctrl, "02/0d/00", notify, extra=ncm)
            + interface(ctrl, "02/0e/00", notify, alt=1, extra=mbim) + interface(data, "0a/00/01", alt=0)
            + interface(data, "0a/00/01", bulk, alt=1) + interface(data, "0a/00/02", bulk, alt=2))


def em7345_ncm_wins() -> Bed:
    """Sierra EM7345 (1199:a001) whose NCM/MBIM function cdc_ncm took (prefer_mbim off): usb0 with an
    all-ff MAC and no cdc-wdm port (case em7345-cdc-ncm-wins-prefer-mbim); AT port on cdc_acm."""
    blob = descriptors(device_descriptor("1199", "a001", 1, bcd_device=0x1729),
                       configuration(1, _ncm_mbim_function(0, 1), catalog._acm_function(2, 3)))
    usb0 = Net("usb0", devtype=None, mac="ff:ff:ff:ff:ff:ff")
    dev = UsbDev("1-4", "1199", "a001", blob, bcd_device="1729", manufacturer="Sierra Wireless Inc.",
                 product="Sierra Wireless EM7345 4G LTE",
                 interfaces=[Iface(0, "cdc_ncm", net=[usb0]), Iface(1, "cdc_ncm", alt=1),
                             Iface(2, "cdc_acm", tty=["ttyACM0"]), Iface(3, "cdc_acm")])
    return Bed(usb=[dev])


def test_cdc_ncm_holding_the_mbim_function_is_the_wrong_driver(umockdev_run):
    bed = em7345_ncm_wins()
    bed.processes = [MODEMMANAGER]  # the case: ModemManager runs and finds nothing to talk to
    bed.files = {"dev/kmsg": dmesg_sample("dmesg-em7345-cdc-ncm.txt")}  # case em7345-cdc-ncm-wins-prefer-mbim
    code, report = cli(umockdev_run, bed)
    assert code == 1
    assert causes(report) == ["wrong-driver-bound"]
    assert problems(report)[0]["rule"] == "wrong-driver-bound-cdc-ncm"
    assert "prefer_mbim" in json.dumps(problems(report)[0]["fix"])


def _ec25_serial_unbound() -> Bed:
    """EC25 with qmi_wwan on interface 4 and nothing on 0-3 (the option driver did not bind)."""
    bed = catalog.ec25()
    bed.usb[0].interfaces = [i if i.number == 4 else Iface(i.number) for i in bed.usb[0].interfaces]
    return bed


# modules.alias lines as depmod writes them from the drivers' id tables (QMI_MATCH_FF_FF_FF, USB_DEVICE)
QMI_ALIAS = "alias usb:v2C7Cp%sd*dc*dsc*dp*icFFiscFFipFFin* qmi_wwan\n"
OPTION_ALIAS = "alias usb:v2C7Cp{0}d*dc*dsc*dp*icFFiscFFipFFin* option\nalias usb:v2C7Cp{0}d*dc*dsc*dp*icFFisc00ip00in* option\n"


def _modules(loaded, installed, builtin=("usbserial",), alias=QMI_ALIAS % "0125") -> dict:
    """/proc/modules and /lib/modules/<release>/modules.{dep,builtin,alias} of the bed's kernel."""
    base = "lib/modules/%s/" % RELEASE
    return {"proc/modules": "".join("%s 36864 0 - Live 0x0000000000000000\n" % m for m in loaded),
            base + "modules.dep": "".join("kernel/drivers/usb/%s.ko.xz:\n" % m for m in installed),
            base + "modules.builtin": "".join("kernel/drivers/usb/serial/%s.ko\n" % m for m in builtin),
            base + "modules.alias": alias}


def test_ec25_without_the_option_module(umockdev_run):
    bed = _ec25_serial_unbound()
    bed.files = _modules(loaded=["qmi_wwan", "cdc_wdm", "usbnet"],
                         installed=["qmi_wwan", "cdc_wdm", "usbnet", "cdc_mbim", "cdc_ncm", "cdc_ether"])
    code, report = rooted(umockdev_run, bed)
    assert code == 1
    assert causes(report) == ["kernel-module-missing"]
    first = problems(report)[0]
    assert "option" in first["message"] and first["subject"] == "usb:1-2"


def test_ec25_with_option_installed_is_not_a_missing_module(umockdev_run):
    bed = _ec25_serial_unbound()
    bed.files = _modules(loaded=["qmi_wwan", "cdc_wdm", "usbnet"],
                         installed=["qmi_wwan", "cdc_wdm", "usbnet", "option", "usb_wwan"])
    code, report = rooted(umockdev_run, bed)
    assert "kernel-module-missing" not in causes(report)


def test_ec21_unknown_to_the_option_table_of_the_running_kernel(umockdev_run):
    """Case rpi-ec21-option-ids: option is loaded but its table (modules.alias) lacks 2c7c:0121;
    qmi_wwan took interface 4 and declined the DIAG port its ff/ff/ff alias also matches."""
    bed = _ec25_serial_unbound()
    bed.usb[0].pid, bed.usb[0].product = "0121", "EC21"
    bed.usb[0].descriptors = bed.usb[0].descriptors[:10] + b"\x21\x01" + bed.usb[0].descriptors[12:]
    bed.files = _modules(loaded=["option", "usb_wwan", "qmi_wwan", "cdc_wdm", "usbnet"],
                         installed=["option", "usb_wwan", "qmi_wwan", "cdc_wdm", "usbnet"],
                         alias=QMI_ALIAS % "0121" + OPTION_ALIAS.format("0125"))
    code, report = rooted(umockdev_run, bed)
    assert code == 1
    assert causes(report) == ["driver-not-bound-unknown-id"]
    first = problems(report)[0]
    assert "matched by no module" in evidence_text(first) or "claimed by no module" in evidence_text(first)
    assert "2c7c 0121" in json.dumps(first["fix"])


def test_ec25_unbound_while_the_option_table_lists_it_is_no_id_problem(umockdev_run):
    bed = _ec25_serial_unbound()
    bed.files = _modules(loaded=["qmi_wwan", "cdc_wdm", "usbnet"],
                         installed=["option", "usb_wwan", "qmi_wwan", "cdc_wdm", "usbnet"],
                         alias=QMI_ALIAS % "0125" + OPTION_ALIAS.format("0125"))
    code, report = rooted(umockdev_run, bed)
    assert "driver-not-bound-unknown-id" not in causes(report)
    assert "kernel-module-missing" not in causes(report)


def test_ec25_unbound_without_module_lists_is_undecided_not_healthy(umockdev_run):
    """The command line on a host without /lib/modules: the kernel's tables are unknown."""
    code, report = cli(umockdev_run, _ec25_serial_unbound())
    assert causes(report, ("error",)) == [] or causes(report, ("error",))[0] in (
        "kernel-module-missing", "driver-not-bound-unknown-id")
    if not causes(report, ("error",)):
        entry = undecided(report, "driver-not-bound-unknown-id")
        assert entry and entry["settle"], report["undecided"]
        assert "no problem found" not in report["verdict"] or "could not be decided" in report["verdict"]
    assert undecided(report, "dhcp-client-on-raw-ip") is None  # wwan0 is there, but nothing runs DHCP


def mc7455_serial_only() -> Bed:
    """Case mc7455-no-rmnet-after-reset-usbcomp: after a reset the MC7455 (1199:9071) enumerates with
    its qcserial ports only (DM, NMEA, AT) and no serial number: the composition lost RMNET/QMI."""
    blob = descriptors(device_descriptor("1199", "9071", 1, bcd_device=0x0006),
                       configuration(1, serial_interface(0), catalog._serial3(2), catalog._serial3(3)))
    dev = UsbDev("2-3", "1199", "9071", blob, manufacturer="Sierra Wireless, Incorporated", product="MC7455",
                 speed="5000", interfaces=[Iface(0, "qcserial", tty=["ttyUSB0"]), Iface(2, "qcserial", tty=["ttyUSB1"]),
                                           Iface(3, "qcserial", tty=["ttyUSB2"])])
    bed = Bed(usb=[dev])
    bed.files = {"dev/kmsg": dmesg_sample("dmesg-mc7455-qcserial.txt")}
    return bed


@pytest.mark.parametrize("tool", [None, "qmicli"])
def test_composition_without_qmi(umockdev_run, tool):
    code, report = cli(umockdev_run, mc7455_serial_only(), *(["--tool", tool] if tool else []))
    assert code == 1 and causes(report) == ["wrong-usb-composition"]
    # with the QMI tool named it is certain; from the serial-only layout alone a warning
    assert problems(report)[0]["severity"] == ("error" if tool else "warning")


@pytest.mark.parametrize("bed", ["fm350_pcie", "t99w175_mhi"])
def test_pcie_modem_with_driver_and_ports_needs_no_module_check(umockdev_run, bed):
    code, report = cli(umockdev_run, getattr(catalog, bed)())
    assert code == 0 and causes(report) == []
    assert undecided(report, "pcie-modem-support") is None


def test_pcie_modem_without_a_driver(umockdev_run):
    """Case xmm7560-pcie-no-linux-driver-2019: Intel XMM7560 (8086:7560) on PCIe, no driver bound."""
    bed = Bed(pci=[PciDev("0000:6d:00.0", "8086", "7560", subvendor="103c", subdevice="8507", class_code="0d4000")])
    code, report = cli(umockdev_run, bed)
    assert code == 1 and causes(report) == ["pcie-modem-support"]
    assert problems(report)[0]["subject"] == "pci:0000:6d:00.0"


# --- USB sticks --------------------------------------------------------------------

def test_e3372_in_storage_mode_needs_modeswitch(umockdev_run):
    code, report = cli(umockdev_run, catalog.e3372_storage())
    assert code == 1
    assert causes(report) == ["needs-modeswitch"]
    assert undecided(report, "dhcp-client-on-raw-ip") is None  # a disk has no network interface


@pytest.mark.parametrize("mm", [False, True], ids=["alone", "modemmanager-running"])
def test_e3372_hilink_is_information_only(umockdev_run, mm):
    bed = catalog.e3372_hilink()
    bed.processes = [MODEMMANAGER] if mm else []
    code, report = cli(umockdev_run, bed)
    assert code == 0 and causes(report) == []
    assert [f["rule"] for f in report["findings"]] == ["modem-mode-router"]


def test_e3372_hilink_with_modemmanager_and_mmcli_named(umockdev_run):
    """Case omr-e3372s-hilink-no-mm-modem: ModemManager runs, the person uses mmcli and sees no modem."""
    bed = catalog.e3372_hilink()
    bed.processes = [MODEMMANAGER]
    code, report = cli(umockdev_run, bed, "--tool", "mmcli")
    assert code == 1 and causes(report) == ["hilink-router-mode"]
    assert problems(report)[0]["severity"] == "warning"


def test_e3372_hilink_with_modem_tools_warns(umockdev_run):
    code, report = cli(umockdev_run, catalog.e3372_hilink(), "--tool", "mmcli")
    assert code == 1
    assert causes(report) == ["hilink-router-mode"]
    assert problems(report)[0]["severity"] == "warning" and problems(report)[0]["subject"] == "usb:1-1"


def test_e3372_hilink_with_mmcli_and_no_modemmanager_names_only_the_router_mode(umockdev_run):
    """ModemManager not running is no problem when it would have nothing to manage."""
    code, report = cli(umockdev_run, catalog.e3372_hilink(), "--tool", "mmcli")
    assert causes(report) == ["hilink-router-mode"]


LINK_ERRORS = ("usb 1-2: new high-speed USB device number 3 using xhci_hcd",
               "qmi_wwan 1-2:1.4: cdc-wdm0: USB WDM device",
               "usb 1-2: USB disconnect, device number 3",
               "usb 1-2: new high-speed USB device number 4 using xhci_hcd",
               "qmi_wwan 1-2:1.4: nonzero urb status received: -71")


def test_autosuspend_without_link_errors_is_no_problem(umockdev_run):
    bed = catalog.ec25()
    bed.usb[0].power_control = "auto"
    code, report = cli(umockdev_run, bed)
    assert code == 0 and causes(report) == []
    assert "/dev/kmsg: no records" in report["sources"]["kernel-log"]["detail"]  # the host's log stays out


@pytest.mark.parametrize("control", ["auto", "on"])
def test_autosuspend_with_link_errors_is_a_warning(umockdev_run, control):
    bed = catalog.ec25()
    bed.usb[0].power_control = control
    bed.files = {"dev/kmsg": kmsg(*LINK_ERRORS)}
    code, report = cli(umockdev_run, bed)
    if control == "auto":
        assert code == 1 and causes(report) == ["usb-power-or-reset"]
        finding = problems(report)[0]
        assert finding["rule"] == "usb-autosuspend-errors" and finding["severity"] == "warning"
        assert "nonzero urb status" in evidence_text(finding)
    else:  # the same errors without autosuspend: not blamed on power management
        assert "usb-autosuspend-errors" not in [f["rule"] for f in report["findings"]]


# --- FCC lock (PCIe) -------------------------------------------------------------------

def test_fm350_fcc_lock_is_undecided_with_the_settle_command(umockdev_run):
    """sysfs cannot show the radio state; ModemManager is not running in the bed."""
    bed = catalog.fm350_pcie()
    bed.files = {"usr/share/ModemManager/fcc-unlock.available.d/14c3": "#!/bin/sh\n"}
    code, report = rooted(umockdev_run, bed)
    assert code == 0 and causes(report) == []
    entry = undecided(report, "fcc-unlock-not-enabled")
    assert entry and entry["subject"] == "pci:0000:04:00.0"
    assert any("mmcli" in s for s in entry["settle"])


def test_fm350_with_its_unlock_enabled_leaves_nothing_to_settle(umockdev_run):
    bed = catalog.fm350_pcie()
    bed.files = {"usr/share/ModemManager/fcc-unlock.available.d/14c3": "#!/bin/sh\n",
                 "etc/ModemManager/fcc-unlock.d/14c3:4d75": "#!/bin/sh\n"}
    code, report = rooted(umockdev_run, bed)
    assert code == 0 and causes(report) == []
    assert undecided(report, "fcc-unlock-not-enabled") is None


# --- with ModemManager's view (recorded mmcli output) ------------------------------------

FCC_AVAILABLE = {"usr/share/ModemManager/fcc-unlock.available.d/413c:81a3": "#!/bin/sh\n"}


@pytest.mark.parametrize("enabled", [False, True], ids=["not-enabled", "enabled"])
def test_dw5570_fcc_locked_as_modemmanager_shows_it(umockdev_run, fake_mmcli, enabled):
    """ModemManager: state disabled, power state low (recording fcc-locked, device 1-7 on cdc_mbim)."""
    bed = catalog.dw5570_mbim()
    bed.files = dict(FCC_AVAILABLE)
    if enabled:
        bed.files["etc/ModemManager/fcc-unlock.d/413c:81a3"] = "#!/bin/sh\n"
    code, report = rooted(umockdev_run, bed, fake_mmcli("fcc-locked"))
    assert report["sources"]["modemmanager"]["status"] == "ok"
    if enabled:  # the unlock runs when the modem is enabled: disabled and low power is then no lock
        assert code == 0 and causes(report) == []
    else:
        assert code == 1 and causes(report) == ["fcc-locked"]
        assert "413c:81a3" in evidence_text(problems(report)[0])


def test_em7455_connected_by_modemmanager_is_healthy(umockdev_run, fake_mmcli):
    """Recording connected: bearer on wwan0, static raw-ip settings (device 2-3, qmi_wwan)."""
    code, report = rooted(umockdev_run, catalog.em7455_qmi_rawip(), fake_mmcli("connected"))
    details = report["modems"][0]["details"]
    assert details["mm_state"] == "connected" and details["mm_bearer_interface"] == "wwan0"  # matched to 2-3
    assert code == 0 and causes(report) == []


def test_ec25_without_sim_as_modemmanager_shows_it(umockdev_run, fake_mmcli):
    """Recording no-sim: state failed, reason sim-missing (ports cdc-wdm0, ttyUSB2/3, wwan0)."""
    code, report = rooted(umockdev_run, catalog.ec25(), fake_mmcli("no-sim"))
    assert code == 1 and causes(report) == ["sim-problem"]


# --- nothing there -------------------------------------------------------------------------

def test_no_modem_machine_says_so(umockdev_run):
    code, report = cli(umockdev_run, catalog.no_modem())
    assert code == 0 and report["modems"] == [] and report["findings"] == []
    assert report["verdict"] == "no modem found"
    code, text = cli(umockdev_run, catalog.no_modem(), fmt="text")
    assert code == 0 and "no modem found" in text.lower()
