"""build_report: the JSON contract of DESIGN.md section 5, the extra keys, unknown kept unknown, the verdict.

The fake reports here are also used by tests/test_render.py.
"""
from __future__ import annotations

import os
import re
from types import SimpleNamespace

from wwandoctor import __version__
from wwandoctor.model import Host, Model, Modem
from wwandoctor.report import SCHEMA, build_report
from wwandoctor.snapshot import (LogLine, NetInterface, Snapshot, SourceStatus, ToolUse, UsbConfig, UsbDevice,
                                 UsbInterface)

SAMPLES = os.path.join(os.path.dirname(__file__), "samples", "report")

CONTRACT_TOP = {"schema", "tool", "sources", "modems", "findings", "unrecognized"}
CONTRACT_MODEM = {"id", "bus", "vid", "pid", "name", "protocol", "active_config", "configs", "drivers",
                  "control_ports", "net_ports", "serial_ports"}
CONTRACT_FINDING = {"rule", "cause", "severity", "confidence", "title", "subject", "message", "evidence", "fix"}
CONTRACT_FIX = {"title", "commands", "file", "content", "safety"}
EXTRA_TOP = {"verdict", "redacted", "input", "host", "undecided", "notes", "log_excerpt", "log_lines_total", "blind"}

UDEV_RULE = ('ACTION=="add", SUBSYSTEM=="usb", ATTR{idVendor}=="413c", ATTR{idProduct}=="81a3", '
             'ATTR{bConfigurationValue}!="1", ATTR{bConfigurationValue}="1"')
TITLE = "QMI tools are used on a modem that Linux bound to cdc_mbim"


def journal_lines(name: str = "mc8805-journal.txt"):
    """LogLines from a real journal paste (tests/samples/report/), kernel text after 'kernel: '."""
    out = []
    with open(os.path.join(SAMPLES, name), encoding="utf-8") as fh:
        for line in fh:
            m = re.search(r"kernel: (.*)$", line.rstrip("\n"))
            if m:
                out.append(LogLine(text=m.group(1), origin="kernel", source="paste:journal-1.txt"))
    return out


def dw5570_model() -> Model:
    """The DW5570 (Sierra MC8805) in its MBIM configuration, driven with qmicli: DESIGN.md section 1."""
    snap = Snapshot(origin="paste", created="2026-11-25T14:00:00Z", log=journal_lines())
    snap.sources = {"usb": SourceStatus("ok"), "pci": SourceStatus("not-applicable"),
                    "modemmanager": SourceStatus("tool-missing", "mmcli not found")}
    snap.notes = ["the paste was cut at 64 KiB"]
    modem = Modem(
        id="usb:1-7", bus="usb", vid="413c", pid="81a3",
        name="Dell Wireless 5570 HSPA+ (42Mbps) Mobile Broadband Card",
        protocol="mbim", control_protocol="mbim", active_config=2, num_configs=2,
        configs=[{"value": 1, "functions": ["qmi", "serial"]}, {"value": 2, "functions": ["mbim"]}],
        qmi_config=1, mbim_config=2, functions=["mbim"], drivers=["cdc_mbim"],
        interfaces=[{"number": 12, "triplet": "02/0e/00", "driver": "cdc_mbim", "ports": ["cdc-wdm0", "wwp0s20u7c2i12"]},
                    {"number": 13, "triplet": "0a/00/02", "driver": "cdc_mbim", "ports": []}],
        unbound_interfaces=[], control_ports=["cdc-wdm0"], net_ports=["wwp0s20u7c2i12"], serial_ports=[],
        net_type=1, framing="802.3", tools=["qmicli", "dhclient"], tools_protocols=["qmi", "dhcp"],
        events=list(snap.log))
    host = Host(kernel_release="6.1.0-18-amd64", rfkill_wwan_soft=False, rfkill_wwan_hard=False,
                tools=["qmicli", "dhclient"], tools_protocols=["qmi", "dhcp"], modem_count=1)
    return Model(snapshot=snap, host=host, modems=[modem])


def mbim_finding() -> dict:
    """A finding as helper D's Finding.to_dict() gives it."""
    return {
        "rule": "mbim-config-qmi-tools", "cause": "mbim-config-qmi-tools", "severity": "error",
        "confidence": "high", "title": TITLE, "subject": "usb:1-7",
        "message": ("Dell Wireless 5570 HSPA+ (42Mbps) Mobile Broadband Card is in USB configuration 2, which "
                    "Linux binds to cdc_mbim; QMI tools cannot drive its control port or its network "
                    "interface.\n"),
        "evidence": [{"source": "kernel-log", "text": "cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device"},
                     {"source": "kernel-log", "text": "cdc_mbim 1-7:2.12 wwp0s20u7c2i12: renamed from wwan0"},
                     {"source": "--tool", "text": "--tool qmicli"}],
        "fix": [
            {"title": "Use MBIM tooling: ModemManager, or mbimcli / mbim-network",
             "commands": ["mmcli -m any", "mbimcli -d /dev/cdc-wdm0 -p --query-subscriber-ready-status"],
             "file": None, "content": None, "safety": "safe: changes nothing"},
            {"title": "Or select the QMI configuration (1) when the modem is plugged in",
             "commands": ["sudo udevadm control --reload"],
             "file": "/etc/udev/rules.d/77-wwan-413c-81a3-qmi-config.rules", "content": UDEV_RULE + "\n",
             "safety": "takes effect at the next plug-in; never switch after cdc_mbim has probed"},
        ],
    }


def dw5570_report() -> dict:
    return build_report(dw5570_model(), SimpleNamespace(findings=[mbim_finding()], undecided=[]))


def empty_report() -> dict:
    snap = Snapshot(origin="live")
    snap.sources = {"usb": SourceStatus("ok"), "pci": SourceStatus("ok")}
    return build_report(Model(snapshot=snap, host=Host()), SimpleNamespace(findings=[], undecided=[]))


def undecided_entry() -> dict:
    return {"rule": "mbim-config-qmi-tools", "cause": "mbim-config-qmi-tools", "subject": "usb:413c:81a3",
            "title": TITLE, "unknown": ["modem.control_protocol"],
            "settle": ["ls -l /sys/class/usbmisc/*/device/driver"], "seen": []}


def undecided_report() -> dict:
    """Only lsusb's id line is known: the protocol, drivers and ports are unknown."""
    snap = Snapshot(origin="paste")
    snap.sources = {"paste:lsusb": SourceStatus("ok")}
    modem = Modem(id="usb:413c:81a3", bus="usb", vid="413c", pid="81a3", tools=["qmicli"], tools_protocols=["qmi"])
    model = Model(snapshot=snap, host=Host(tools=["qmicli"]), modems=[modem])
    return build_report(model, SimpleNamespace(findings=[], undecided=[undecided_entry()]))


# --- the contract ---------------------------------------------------------------

def test_contract_keys_and_types():
    report = dw5570_report()
    assert set(report) == CONTRACT_TOP | EXTRA_TOP
    assert report["schema"] == SCHEMA == "wwandoctor.report/1"
    assert report["tool"] == {"name": "wwandoctor", "version": __version__}
    assert report["sources"]["modemmanager"] == {"status": "tool-missing", "detail": "mmcli not found"}
    modem = report["modems"][0]
    assert set(modem) == CONTRACT_MODEM | {"details"}
    assert (modem["id"], modem["bus"], modem["vid"], modem["pid"]) == ("usb:1-7", "usb", "413c", "81a3")
    assert modem["protocol"] == "mbim" and modem["active_config"] == 2
    assert modem["configs"] == [{"value": 1, "functions": ["qmi", "serial"]}, {"value": 2, "functions": ["mbim"]}]
    assert modem["drivers"] == ["cdc_mbim"] and modem["control_ports"] == ["cdc-wdm0"]
    assert modem["net_ports"] == ["wwp0s20u7c2i12"] and modem["serial_ports"] == []
    finding = report["findings"][0]
    assert list(finding) == ["rule", "cause", "severity", "confidence", "title", "subject", "message",
                             "evidence", "fix"]
    assert all(set(e) == {"source", "text"} for e in finding["evidence"])
    assert all(set(s) == CONTRACT_FIX for s in finding["fix"])
    assert isinstance(report["unrecognized"], list)


def test_findings_keep_their_order_and_accept_objects():
    first = dict(mbim_finding(), rule="a-second-rule", severity="warning", title="Second")
    objects = [SimpleNamespace(to_dict=lambda f=f: f) for f in (first, mbim_finding())]
    report = build_report(dw5570_model(), SimpleNamespace(findings=objects, undecided=[]))
    assert [f["rule"] for f in report["findings"]] == ["a-second-rule", "mbim-config-qmi-tools"]
    assert report["verdict"] == "2 problems found; the most likely cause: Second"


def test_missing_fix_fields_are_filled_with_null():
    finding = mbim_finding()
    finding["fix"] = [{"title": "Use ModemManager", "safety": "safe"}]
    report = build_report(dw5570_model(), SimpleNamespace(findings=[finding], undecided=[]))
    assert report["findings"][0]["fix"] == [{"title": "Use ModemManager", "commands": [], "file": None,
                                             "content": None, "safety": "safe"}]


def test_details_for_the_renderers():
    report = dw5570_report()
    details = report["modems"][0]["details"]
    assert details["interfaces"][0] == {"number": 12, "triplet": "02/0e/00", "driver": "cdc_mbim",
                                        "ports": ["cdc-wdm0", "wwp0s20u7c2i12"]}
    assert details["framing"] == "802.3" and details["qmi_config"] == 1
    assert details["tools_protocols"] == ["qmi", "dhcp"]
    assert details["fitting_tools"][:2] == ["ModemManager", "mbimcli"]
    assert details["event_count"] == 6
    assert report["host"]["kernel_release"] == "6.1.0-18-amd64"
    assert report["host"]["modem_count"] == 1
    assert report["notes"] == ["the paste was cut at 64 KiB"]
    assert report["input"] == {"origin": "paste", "created": "2026-11-25T14:00:00Z"}
    assert report["log_excerpt"][2]["text"] == "cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device"
    assert report["log_lines_total"] == 6


def test_redacted_is_left_to_the_redactor():
    assert dw5570_report()["redacted"] is False


def test_unknown_stays_null():
    report = undecided_report()
    modem = report["modems"][0]
    for key in ("protocol", "active_config", "configs", "drivers", "control_ports", "net_ports", "serial_ports"):
        assert modem[key] is None, key
    details = modem["details"]
    assert details["framing"] is None and details["mm_state"] is None and details["fitting_tools"] is None
    host = report["host"]
    assert host["mm_running"] is None and host["rfkill_wwan_soft"] is None and host["kernel_release"] is None
    assert "healthy" not in repr(report)


def test_undecided_entries():
    report = undecided_report()
    assert report["undecided"] == [undecided_entry()]
    assert report["verdict"] == "no problem found, but 1 check could not be decided for lack of data"


def test_verdicts():
    assert dw5570_report()["verdict"] == "1 problem found: " + TITLE
    assert empty_report()["verdict"] == "no modem found"
    info = dict(mbim_finding(), severity="info", title="In MBIM mode: use ModemManager or mbimcli")
    report = build_report(dw5570_model(), SimpleNamespace(findings=[info], undecided=[]))
    assert report["verdict"] == "no problem found: In MBIM mode: use ModemManager or mbimcli"
    report = build_report(dw5570_model(), SimpleNamespace(findings=[], undecided=[]))
    assert report["verdict"] == "no problem found"


def test_nothing_concluded_without_device_sources():
    snap = Snapshot()
    snap.sources = {"usb": SourceStatus("permission-denied", "/sys/bus/usb: Permission denied"),
                    "pci": SourceStatus("error", "boom")}
    report = build_report(Model(snapshot=snap, host=Host()), SimpleNamespace(findings=[], undecided=[]))
    assert report["verdict"].startswith("nothing could be concluded")
    assert report["modems"] == [] and report["findings"] == []


def test_long_logs_keep_head_and_tail():
    model = dw5570_model()
    model.snapshot.log = [LogLine(text="line %d" % i) for i in range(5000)]
    report = build_report(model, SimpleNamespace(findings=[], undecided=[]))
    texts = [ln["text"] for ln in report["log_excerpt"]]
    assert len(texts) == 1000 and report["log_lines_total"] == 5000
    assert texts[0] == "line 0" and texts[-1] == "line 4999" and "line 2500" not in texts


def test_report_from_a_derived_model():
    """The report of model.derive() on a DW5570 snapshot in configuration 2 (MBIM)."""
    from wwandoctor.model import derive
    snap = Snapshot(origin="paste", log=journal_lines())
    snap.sources = {"usb": SourceStatus("ok")}
    dev = UsbDevice(path="1-7", vid="413c", pid="81a3", product="Dell Wireless 5570 HSPA+ (42Mbps) Mobile Broadband Card",
                    num_configs=2, active_config=2,
                    configs=[UsbConfig(value=1, functions=["qmi", "serial"]), UsbConfig(value=2, functions=["mbim"])],
                    interfaces=[UsbInterface(number=12, config=2, triplet="02/0e/00", driver="cdc_mbim",
                                             control_ports=["cdc-wdm0"], net=["wwp0s20u7c2i12"]),
                                UsbInterface(number=13, config=2, triplet="0a/00/02", driver="cdc_mbim")])
    snap.usb_devices = [dev]
    snap.net_interfaces = [NetInterface(name="wwp0s20u7c2i12", driver="cdc_mbim", type=1, parent="usb:1-7:2.12")]
    snap.tools = [ToolUse(tool="qmicli", source="cli", evidence="--tool qmicli")]
    report = build_report(derive(snap), SimpleNamespace(findings=[], undecided=[]))
    modem = report["modems"][0]
    assert set(modem) == CONTRACT_MODEM | {"details"}
    assert (modem["vid"], modem["pid"], modem["active_config"], modem["protocol"]) == ("413c", "81a3", 2, "mbim")
    assert [c["value"] for c in modem["configs"]] == [1, 2]
    assert modem["control_ports"] == ["cdc-wdm0"] and "cdc_mbim" in modem["drivers"]
    assert modem["details"]["fitting_tools"][0] == "ModemManager"


def test_report_from_engine_objects():
    """The engine's own Finding / Undecided / Evaluation types go in as they are."""
    from wwandoctor.engine.findings import Evaluation, EvidenceLine, Finding, FixStep, Undecided
    finding = Finding(rule="mbim-config-qmi-tools", cause="mbim-config-qmi-tools", severity="error",
                      confidence="high", title=TITLE, subject="usb:1-7", message="m",
                      evidence=[EvidenceLine("kernel-log", "cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device")],
                      fix=[FixStep(title="Use ModemManager", safety="safe")], explains=["interface-down-or-unconfigured"])
    undecided = Undecided(rule="rfkill-blocked", cause="rfkill-blocked", subject="host", title="rfkill",
                          unknown=["host.rfkill_wwan_soft"], settle=["rfkill list"])
    report = build_report(dw5570_model(), Evaluation(findings=[finding], undecided=[undecided]))
    assert set(report["findings"][0]) == CONTRACT_FINDING
    assert report["findings"][0]["fix"] == [{"title": "Use ModemManager", "commands": [], "file": None,
                                             "content": None, "safety": "safe"}]
    assert report["undecided"][0]["settle"] == ["rfkill list"]


def test_fitting_tools_follow_the_protocol_and_vendor():
    from wwandoctor.report import fitting_tools
    assert fitting_tools("qmi", "1199") == ["ModemManager", "qmicli", "qmi-network", "uqmi"]
    assert fitting_tools("qmi", "2c7c")[-1] == "quectel-CM"
    assert "quectel-CM" not in fitting_tools("mbim", "2c7c")
    assert fitting_tools("storage", "12d1") == ["usb_modeswitch first (the modem shows only its storage)"]
    assert fitting_tools(None, "2c7c") is None
