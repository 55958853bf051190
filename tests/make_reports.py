#!/usr/bin/env python3
"""Make the example reports in reports/ from the umockdev test-beds.

    .venv/bin/python tests/make_reports.py          # rewrite reports/
    .venv/bin/python tests/make_reports.py --check  # exit 1 if reports/ is not current

For each test-bed of tests/testbed_catalog.py this runs ``wwandoctor collect``
inside the test-bed, replaces the parts that describe the machine running it
rather than the test-bed (kernel, log, processes, versions, ModemManager,
configuration files), saves that snapshot as reports/<bed>.snapshot.json and
runs ``wwandoctor analyze`` on it to write reports/<bed>.md and <bed>.json.
tests/test_reports.py runs the --check mode.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
REPORTS = os.path.join(REPO, "reports")
sys.path.insert(0, HERE)
sys.path.insert(0, REPO)

# test-bed -> the tools the example person says they use
BEDS = {
    "dw5570_mbim": ["qmicli"],
    "dw5570_qmi": ["qmicli"],
    "em7455_qmi_rawip": ["dhclient"],
    "ec25": ["quectel-cm"],
    "e3372_storage": [],
    "e3372_hilink": [],
    "unbound_modem": [],
    "fm350_pcie": ["modemmanager"],
    "no_modem": [],
}
HOST_SOURCES = ("kernel", "kernel-log", "processes", "versions", "services", "modemmanager", "configs", "fcc-unlock")
EXAMPLE_KERNEL = {"release": "6.12.48", "version_line": None, "modules_loaded": None, "driver_availability": {},
                  "lockdown": None, "secure_boot": None}


def _collect(bed: str) -> dict:
    from testbed_catalog import umockdev_text
    from umockdev_util import run_in_testbed

    proc = run_in_testbed(umockdev_text(bed), [sys.executable, "-m", "wwandoctor", "collect", "--no-redact"])
    if proc.returncode not in (0, 3):
        raise SystemExit("collect failed in %s: %s" % (bed, proc.stderr))
    return json.loads(proc.stdout)


def _scrub(snap: dict) -> dict:
    """Keep what the test-bed describes; replace what comes from the machine that runs it."""
    snap.pop("warning", None)  # the --no-redact stamp: these examples hold only test-bed values
    snap.update(created="", kernel=dict(EXAMPLE_KERNEL), log=[], processes=None, versions={}, services={},
                modemmanager={"modem_list": None, "modems": [], "bearers": [], "sims": [], "errors": []},
                configs=[], fcc_unlock={"enabled": None, "available": None, "directories": []}, routes=None, names={})
    for name in HOST_SOURCES:
        snap["sources"][name] = {"status": "not-applicable", "detail": "not part of this example"}
    snap["sources"] = dict(sorted(snap["sources"].items()))  # collectors run in threads: their order varies
    return snap


def _analyze(snapshot_path: str, tools, fmt: str) -> str:
    argv = [sys.executable, "-m", "wwandoctor", "analyze", "--format", fmt, snapshot_path]
    for tool in tools:
        argv += ["--tool", tool]
    proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True, cwd=REPO,
                          env=dict(os.environ, PYTHONPATH=REPO, NO_COLOR="1"))
    if proc.returncode not in (0, 1):
        raise SystemExit("analyze failed on %s: %s" % (snapshot_path, proc.stderr))
    return proc.stdout


def make(bed: str, tools, out_dir: str) -> None:
    snap = _scrub(_collect(bed))
    snap_path = os.path.join(out_dir, bed + ".snapshot.json")
    with open(snap_path, "w", encoding="utf-8") as fh:
        json.dump(snap, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    for ext, fmt in (("md", "markdown"), ("json", "json")):
        with open(os.path.join(out_dir, "%s.%s" % (bed, ext)), "w", encoding="utf-8") as fh:
            fh.write(_analyze(snap_path, tools, fmt))


def _readme() -> str:
    lines = ["# Example reports", "",
             "Made from the umockdev test-beds of `tests/testbed_catalog.py` by",
             "`.venv/bin/python tests/make_reports.py`; `tests/test_reports.py` fails when they are not current.",
             "Each example has the collected snapshot (`*.snapshot.json`, the machine-specific parts replaced),",
             "the markdown report and the JSON report.", "", "| test-bed | tools | markdown | json |", "|---|---|---|---|"]
    for bed, tools in BEDS.items():
        lines.append("| %s | %s | [%s.md](%s.md) | [%s.json](%s.json) |" % (bed, ", ".join(tools) or "-", bed, bed, bed, bed))
    return "\n".join(lines) + "\n"


def generate(out_dir: str) -> None:
    os.makedirs(out_dir, exist_ok=True)
    for bed, tools in BEDS.items():
        make(bed, tools, out_dir)
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(_readme())


def stale_files() -> list:
    """Names of files in reports/ that differ from a fresh generation."""
    with tempfile.TemporaryDirectory() as tmp:
        generate(tmp)
        stale = []
        for name in sorted(os.listdir(tmp)):
            current = os.path.join(REPORTS, name)
            with open(os.path.join(tmp, name), encoding="utf-8") as fh:
                fresh = fh.read()
            if not os.path.exists(current) or open(current, encoding="utf-8").read() != fresh:
                stale.append(name)
        return stale


def main() -> int:
    if sys.argv[1:] == ["--check"]:
        stale = stale_files()
        if stale:
            print("reports/ is not current (run tests/make_reports.py): " + ", ".join(stale))
            return 1
        print("reports/ is current")
        return 0
    generate(REPORTS)
    print("wrote %s" % REPORTS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
