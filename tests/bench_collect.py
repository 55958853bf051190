"""Benchmark of the live collector (a script, not a pytest test).

    .venv/bin/python tests/bench_collect.py [-n RUNS] [--testbed NAME]

Prints:
1. wall time of ``collect_all()`` on this machine: the first call (imports
   included) and the median of RUNS further calls (target: < 0.3 s);
2. if ``umockdev-run`` exists, the same measured *inside* a test-bed
   (tests/testbed_catalog.py, default dw5570_qmi), i.e. without umockdev's
   own start-up;
3. the wall time of ``python -m wwandoctor --version`` (median) and whether
   it imported rich or pyudev (it must not).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TARGET = 0.3

# Runs inside the test-bed (or here); prints {"first": s, "median": s, "sources": {...}} as JSON.
TIMING_CODE = r"""
import json, statistics, sys, time
runs = int(sys.argv[1])
t0 = time.perf_counter()
from wwandoctor.collect import collect_all
snap = collect_all()
first = time.perf_counter() - t0
times = []
for _ in range(runs):
    t = time.perf_counter()
    snap = collect_all()
    times.append(time.perf_counter() - t)
print(json.dumps({"first": first, "median": statistics.median(times), "max": max(times),
                  "sources": {k: v.status for k, v in snap.sources.items()},
                  "usb": ["%s:%s" % (d.vid, d.pid) for d in snap.usb_devices]}))
"""


def _env():
    env = dict(os.environ)
    env["PYTHONPATH"] = REPO + os.pathsep + env.get("PYTHONPATH", "")
    return env


def time_collect(runs: int, prefix=()) -> dict:
    proc = subprocess.run(list(prefix) + [sys.executable, "-c", TIMING_CODE, str(runs)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True, env=_env(), timeout=300)
    if proc.returncode != 0:
        raise SystemExit("collect_all failed:\n" + proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def report_collect(label: str, result: dict, runs: int) -> None:
    verdict = "OK" if result["median"] < TARGET else "SLOWER THAN TARGET"
    print("%s: collect_all() first call %.3f s (with imports); median of %d runs %.3f s, max %.3f s "
          "[target < %.1f s: %s]" % (label, result["first"], runs, result["median"], result["max"], TARGET, verdict))
    print("  sources: " + ", ".join("%s=%s" % kv for kv in sorted(result["sources"].items())))
    if result.get("usb"):
        print("  USB devices seen: " + ", ".join(result["usb"]))


def testbed_file(name: str, directory: str) -> str:
    sys.path.insert(0, HERE)
    import testbed_catalog
    path = os.path.join(directory, name + ".umockdev")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(testbed_catalog.umockdev_text(name))
    return path


def time_version(runs: int) -> None:
    argv = [sys.executable, "-X", "importtime", "-m", "wwandoctor", "--version"]
    times, imported = [], set()
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
                              env=_env(), timeout=60)
        times.append(time.perf_counter() - t)
        for line in proc.stderr.splitlines():  # "import time: self | cumulative | module"
            if line.startswith("import time:") and "|" in line:
                imported.add(line.rsplit("|", 1)[1].strip())
    plain = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(argv[:1] + argv[3:], stdout=subprocess.DEVNULL, env=_env(), timeout=60)
        plain.append(time.perf_counter() - t)
    heavy = sorted(m for m in imported if m.split(".")[0] in ("rich", "pyudev", "yaml"))
    print("python -m wwandoctor --version: median %.3f s over %d runs" % (statistics.median(plain), runs))
    print("  imports rich: %s; imports pyudev: %s; imports yaml: %s -> %s" % (
        any(m.startswith("rich") for m in heavy), any(m.startswith("pyudev") for m in heavy),
        any(m.startswith("yaml") for m in heavy), "OK" if not heavy else "FAIL (%s)" % ", ".join(heavy)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=10)
    parser.add_argument("--testbed", default="dw5570_qmi", help="test-bed name from tests/testbed_catalog.py")
    args = parser.parse_args()

    report_collect("this machine", time_collect(args.runs), args.runs)
    umockdev = shutil.which("umockdev-run")
    if umockdev:
        import tempfile
        with tempfile.TemporaryDirectory(prefix="wwandoctor-bench-") as tmp:
            bed = testbed_file(args.testbed, tmp)
            result = time_collect(args.runs, prefix=(umockdev, "-d", bed, "--"))
        report_collect("test-bed %s (inside umockdev)" % args.testbed, result, args.runs)
    else:
        print("umockdev-run not installed: test-bed timing skipped")
    time_version(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
