"""wwandoctor's speed and memory, side by side with the tools it is measured against (a script, not a test).

    .venv/bin/python tests/bench.py [-n RUNS] [--mb 100] [--snapshot-mb 160] [--only NAME ...]
                                    [--python OTHER/bin/python] [--keep DIR]

Runs each command as a child process (working directory: a scratch folder, so
the wwandoctor measured is the one installed for ``--python``, default this
interpreter) and prints its median wall time and its peak memory (maximum RSS
of the child, from wait4), next to the target of issue #13:

    version    ``wwandoctor --version``                                  target <= 60 ms
    tables     loading every fact table (knowledge.load_all) in a fresh interpreter
                                                                         target <= 50 ms
    check      ``wwandoctor check`` on this machine / ``inxi -n -J``     target ratio <= 1.0
    testbed    ``wwandoctor check`` inside a umockdev test-bed (and umockdev-run's own start-up)
    case       ``wwandoctor analyze`` of a real case (the biggest of ../shared/cases or tests/real_cases, or --case)
    log        ``wwandoctor analyze`` of a generated kernel log of --mb MB, next to a one-pass
               Python scan (decode each line, one combined regex) and ``grep -E`` with the same
               modem patterns                                            target <= 2.5 s, <= 2x the
                                                                         Python scan, <= 150 MB
    snapshot   ``wwandoctor analyze`` of a generated snapshot of --snapshot-mb MB
                                                                         target peak <= 3x its size,
                                                                         or refused with a message

``--python`` measures another installation (e.g. a venv with main's code) for before/after figures.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)

GNU_TIME = next((p for p in ("/usr/bin/time",) if os.access(p, os.X_OK)), None)
SECTIONS = ("version", "tables", "check", "testbed", "case", "log", "snapshot")

# The modem patterns of the plain scans (Python and grep -E): what a person would grep a dmesg for.
MODEM_ERE = (r"usb [0-9]+-[0-9.]+:|qmi_wwan|cdc_mbim|cdc_ncm|cdc-wdm|cdc_ether|option1?[ :]|qcserial|"
             r"sierra|wwan|ttyUSB|mhi|t7xx|iosm|usb_modeswitch|rfkill|firmware")

NOISE = [
    "[UFW BLOCK] IN=wlp2s0 OUT= MAC=01:00:5e:00:00:fb:9c:b6:d0:12:34:56:08:00 SRC=192.168.1.{n} DST=224.0.0.251 "
    "LEN=87 TOS=0x00 PREC=0x00 TTL=255 ID={id} DF PROTO=UDP SPT=5353 DPT=5353 LEN=67",
    "audit: type=1400 audit({t}:{id}): apparmor=\"DENIED\" operation=\"open\" profile=\"snap.firefox.firefox\" "
    "name=\"/proc/{n}/cgroup\" pid={id} comm=\"firefox\" requested_mask=\"r\" denied_mask=\"r\" fsuid=1000 ouid=0",
    "iwlwifi 0000:00:14.3: Unhandled alg: 0x{n:x}",
    "wlp2s0: authenticate with 9c:b6:d0:12:34:{n:02x}",
    "wlp2s0: associated",
    "EXT4-fs (nvme0n1p2): mounted filesystem with ordered data mode. Quota mode: none.",
    "hid-generic 0003:046D:C52B.{n:04X}: input,hidraw0: USB HID v1.11 Keyboard [Logitech USB Receiver] on "
    "usb-0000:00:14.0-2/input0",
    "ACPI BIOS Error (bug): Could not resolve symbol [\\_SB.PC00.LPCB.HEC.ECAV], AE_NOT_FOUND (20210730/psargs-330)",
    "perf: interrupt took too long (2503 > 2500), lowering kernel.perf_event_max_sample_rate to {id}",
    "nvme nvme0: 8/0/0 default/read/poll queues",
    "Bluetooth: hci0: Malformed MSFT vendor event: 0x{n:02x}",
    "i915 0000:00:02.0: [drm] *ERROR* Atomic update failure on pipe A (start={id} end={id} time 165 us, "
    "min 1073, max 1079, scanline start 1062, end 1082)",
    "systemd-journald[{n}]: Time spent on flushing to /var/log/journal/0a1b2c3d is {id}us for 1200 entries.",
    "TCP: request_sock_TCP: Possible SYN flooding on port 8080. Sending cookies.  Check SNMP counters.",
    "docker0: port 1(veth{n:x}) entered forwarding state",
]

MODEM = [
    "usb 1-7: new high-speed USB device number {n} using xhci_hcd",
    "usb 1-7: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18",
    "usb 1-7: Product: EG25-G",
    "option 1-7:1.0: GSM modem (1-port) converter detected",
    "usb 1-7: GSM modem (1-port) converter now attached to ttyUSB0",
    "qmi_wwan 1-7:1.4: cdc-wdm0: USB WDM device",
    "qmi_wwan 1-7:1.4 wwan0: register 'qmi_wwan' at usb-0000:00:14.0-7, WWAN/QMI device, 6e:1f:2a:4b:5c:6d",
    "usb 1-7: USB disconnect, device number {n}",
]


# --- running and measuring ---------------------------------------------------------

class Measure:
    """Median wall time (s) and the largest peak RSS (MB) of RUNS runs of one command."""

    def __init__(self, argv, runs: int, cwd: str, stdin_path: str = "", env=None):
        self.argv = list(argv)
        self.cwd, self.stdin_path, self.env = cwd, stdin_path, env
        self.walls, self.cpus, self.rss, self.codes = [], [], [], []
        self.stdout = b""
        for _ in range(runs):
            self.once()

    def once(self) -> None:
        self._once(self.cwd, self.stdin_path, self.env)

    def _once(self, cwd: str, stdin_path: str, env) -> None:
        # The peak RSS comes from GNU time where installed: a child keeps the largest RSS it ever had,
        # including the pages of the process it was forked from, so fork/wait4 from this script would
        # put this script's size under every figure; GNU time is small.
        out = tempfile.TemporaryFile()
        rss_file = os.path.join(cwd, ".rss")
        argv = ([GNU_TIME, "-f", "%U %S %M", "-o", rss_file] if GNU_TIME else []) + self.argv
        with open(stdin_path or os.devnull, "rb") as stdin:
            t0 = time.perf_counter()
            proc = subprocess.Popen(argv, stdin=stdin, stdout=out, stderr=subprocess.DEVNULL, cwd=cwd, env=env)
            _, status, usage = os.wait4(proc.pid, 0)
            self.walls.append(time.perf_counter() - t0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        self.codes.append(proc.returncode)
        rss_kb, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
        if GNU_TIME:
            with open(rss_file, encoding="utf-8") as fh:
                user, system, rss = fh.read().split()[-3:]
            rss_kb, cpu = int(rss), float(user) + float(system)
        self.cpus.append(cpu)
        self.rss.append(rss_kb / 1024.0)
        out.seek(0)
        self.stdout = out.read()
        out.close()

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)

    @property
    def peak(self) -> float:
        return max(self.rss)

    def line(self, label: str) -> str:
        return "  %-48s %8.3f s %8.3f s %8.1f MB   exit %s" % (label, self.wall, self.cpu, self.peak, ",".join(
            sorted(set(str(c) for c in self.codes))))


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


class Bench:
    def __init__(self, args):
        self.args = args
        self.python = args.python
        self.scratch = args.keep or tempfile.mkdtemp(prefix="wwandoctor-bench-")
        os.makedirs(self.scratch, exist_ok=True)
        # PYTHONDONTWRITEBYTECODE would make every run compile wwandoctor's modules from source; an
        # installed wwandoctor has its .pyc files (pip writes them), so the warm-up run writes them here.
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONDONTWRITEBYTECODE")}
        self.results = {}

    def wwandoctor(self, *args):
        return [self.python, "-m", "wwandoctor"] + list(args)

    def run(self, argv, runs=None, stdin_path=""):
        return Measure(argv, runs or self.args.runs, self.scratch, stdin_path, self.env)

    # --- sections ---

    def version(self) -> None:
        m = self.run(self.wwandoctor("--version"))
        print(m.line("wwandoctor --version"))
        print("  -> %.0f ms [target <= 60 ms: %s]" % (m.wall * 1000, verdict(m.wall <= 0.060)))
        self.results["version_s"] = m.wall

    def tables(self) -> None:
        code = ("import time\nfrom wwandoctor import knowledge\nstart = time.perf_counter()\n"
                "knowledge.load_all()\nprint(time.perf_counter() - start)")
        seconds = []
        for _ in range(self.args.runs):
            out = subprocess.run([self.python, "-c", code], cwd=self.scratch, env=self.env,
                                 capture_output=True, text=True, check=True, timeout=60)
            seconds.append(float(out.stdout.split()[-1]))
        load = statistics.median(seconds)
        print("  %-48s %8.1f ms" % ("load every fact table (knowledge.load_all)", load * 1000))
        print("  -> [target <= 50 ms: %s]" % verdict(load <= 0.050))
        self.results["tables_s"] = load

    def check(self) -> None:
        self.run(self.wwandoctor("check"), runs=1)  # warm the page cache (and the rule cache)
        m = self.run(self.wwandoctor("check"), runs=0)
        inxi = shutil.which("inxi")
        if not inxi:
            for _ in range(self.args.runs):
                m.once()
            print(m.line("wwandoctor check (this machine)"))
            print("  inxi is not installed (apt-get install inxi): no ratio")
            self.results["check_s"] = m.wall
            return
        self.run([inxi, "-n", "-J"], runs=1)
        i = self.run([inxi, "-n", "-J"], runs=0)
        ratios = []
        for _ in range(self.args.runs):  # one after the other, so that both meet the same load
            m.once()
            i.once()
            ratios.append(m.walls[-1] / i.walls[-1])
        print(m.line("wwandoctor check (this machine)"))
        print(i.line("inxi -n -J"))
        ratio = m.wall / i.wall
        print("  -> check / inxi = %.2f [target <= 1.0: %s]; per pair: median %.2f, %d of %d pairs <= 1.0; "
              "cpu %.2f" % (ratio, verdict(ratio <= 1.0), statistics.median(ratios),
                            sum(r <= 1.0 for r in ratios), len(ratios), m.cpu / i.cpu))
        self.results.update(check_s=m.wall, inxi_s=i.wall, check_inxi_ratio=ratio,
                            check_inxi_cpu_ratio=m.cpu / i.cpu)

    def testbed(self) -> None:
        umockdev = shutil.which("umockdev-run")
        if not umockdev:
            print("  umockdev-run is not installed: no test-bed figure")
            return
        import testbed_catalog
        name = self.args.testbed
        bed = os.path.join(self.scratch, name + ".umockdev")
        with open(bed, "w", encoding="utf-8") as fh:
            fh.write(testbed_catalog.umockdev_text(name))
        empty = self.run([umockdev, "-d", bed, "--", "true"])
        m = self.run([umockdev, "-d", bed, "--"] + self.wwandoctor("check", "--format", "json"))
        print(empty.line("umockdev-run -d %s -- true" % name))
        print(m.line("umockdev-run -d %s -- wwandoctor check" % name))
        print("  -> check inside the test-bed, umockdev's start-up taken off: %.3f s" % (m.wall - empty.wall))
        self.results["testbed_check_s"] = m.wall - empty.wall

    def case(self) -> None:
        import yaml
        shared = os.path.join(os.path.dirname(REPO), "shared", "cases")
        case_dir = os.path.abspath(self.args.case or _biggest_case(shared if os.path.isdir(shared) else os.path.join(HERE, "real_cases")))
        with open(os.path.join(case_dir, "case.yaml"), encoding="utf-8") as fh:
            meta = yaml.safe_load(fh)
        files = [os.path.join(case_dir, i["file"]) for i in meta.get("inputs") or []]
        size = sum(os.path.getsize(f) for f in files)
        sys.path.insert(0, REPO)
        from wwandoctor.cli import normalize_tool
        tools = []
        for used in meta.get("tools_used") or []:  # as a helper reading the post would name them
            try:
                tools += ["--tool", normalize_tool(str(used).split()[0])]
            except (argparse.ArgumentTypeError, IndexError):
                pass
        m = self.run(self.wwandoctor("analyze", "--format", "json", *tools, *files))
        print(m.line("analyze %s (%d files, %d KB)" % (os.path.basename(case_dir), len(files), size // 1024)))
        causes = _causes(m.stdout)
        print("  -> label %s; causes found: %s" % (meta.get("label"), ", ".join(causes) or "none"))
        self.results["case_s"] = m.wall

    def log(self) -> None:
        path = os.path.join(self.scratch, "dmesg-%dmb.txt" % self.args.mb)
        if not os.path.exists(path):
            t0 = time.perf_counter()
            generate_log(path, self.args.mb)
            print("  (generated %s, %.0f MB, in %.1f s)" % (path, os.path.getsize(path) / 1e6, time.perf_counter() - t0))
        size_mb = os.path.getsize(path) / 1e6
        runs = max(1, min(self.args.runs, 3))
        scan = self.run([sys.executable, "-c", PY_SCAN, path, MODEM_ERE], runs=runs)
        grep = self.run(["grep", "-E", "-c", MODEM_ERE, path], runs=runs)
        m = self.run(self.wwandoctor("analyze", "--format", "json", path), runs=runs)
        print(m.line("analyze %.0f MB kernel log" % size_mb))
        print(scan.line("python one-pass scan (decode + one regex)"))
        print(grep.line("grep -E -c (same patterns)"))
        print("  -> analyze / python scan = %.2f [target <= 2.0: %s]; analyze / grep = %.1f" % (
            m.wall / scan.wall, verdict(m.wall <= 2 * scan.wall), m.wall / grep.wall))
        print("  -> %.2f s [target <= 2.5 s: %s]; peak %.0f MB [target <= 150 MB: %s]; %.1f MB/s" % (
            m.wall, verdict(m.wall <= 2.5), m.peak, verdict(m.peak <= 150), size_mb / m.wall))
        text = m.stdout.decode("utf-8", "replace")
        print("  -> the report names the modem (2c7c:0125 and cdc-wdm0): %s" % ("2c7c" in text and "cdc-wdm0" in text))
        self.results.update(log_s=m.wall, log_peak_mb=m.peak, scan_s=scan.wall, grep_s=grep.wall)

    def snapshot(self) -> None:
        path = os.path.join(self.scratch, "snapshot-%dmb.json" % self.args.snapshot_mb)
        if not os.path.exists(path):
            generate_snapshot(path, self.args.snapshot_mb)
        size_mb = os.path.getsize(path) / 1e6
        m = self.run(self.wwandoctor("analyze", "--format", "json", path), runs=1)
        print(m.line("analyze a %.0f MB snapshot" % size_mb))
        refused = m.codes[-1] == 2
        ratio = m.peak / size_mb
        print("  -> peak / size = %.2f%s [target <= 3 or refused: %s]" % (
            ratio, " (refused with exit 2)" if refused else "", verdict(ratio <= 3 or refused)))
        self.results.update(snapshot_s=m.wall, snapshot_peak_mb=m.peak, snapshot_mb=size_mb)


def _biggest_case(cases_dir: str) -> str:
    dirs = [d for d, _, files in os.walk(cases_dir) if "case.yaml" in files]
    return max(sorted(dirs), key=lambda d: sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d)
                                               if f != "case.yaml"))


def _causes(stdout: bytes):
    try:
        report = json.loads(stdout)
    except ValueError:
        return []
    return sorted({f.get("cause", "?") for f in report.get("findings", [])})


# The plain Python baseline: decode each line, one combined regex.
PY_SCAN = r"""
import re, sys
pattern = re.compile(sys.argv[2])
hits = 0
with open(sys.argv[1], "rb") as fh:
    for raw in fh:
        if pattern.search(raw.decode("utf-8", "replace")):
            hits += 1
print(hits)
"""


def generate_log(path: str, megabytes: int, seed: int = 1) -> int:
    """A dmesg of about ``megabytes`` MB: kernel noise with a modem's lines every 200,000 lines."""
    rnd = random.Random(seed)
    target = megabytes * 1000 * 1000
    size = lines = 0
    t = 5.0
    modem_every = 200000
    with open(path, "w", encoding="utf-8") as fh:
        while size < target:
            chunk = []
            for _ in range(10000):
                t += rnd.random() * 0.01
                if lines % modem_every == modem_every // 2:
                    for tmpl in MODEM:
                        chunk.append("[%12.6f] %s\n" % (t, tmpl.format(n=rnd.randint(2, 99))))
                        lines += 1
                tmpl = rnd.choice(NOISE)
                chunk.append("[%12.6f] %s\n" % (t, tmpl.format(n=rnd.randint(0, 255), id=rnd.randint(1000, 99999),
                                                              t=int(t))))
                lines += 1
            text = "".join(chunk)
            fh.write(text)
            size += len(text)
    return lines


def generate_snapshot(path: str, megabytes: int) -> None:
    """A saved snapshot of about ``megabytes`` MB: a real paste's snapshot padded with kernel log lines."""
    sys.path.insert(0, REPO)
    from wwandoctor.ingest import ingest_text
    case = os.path.join(HERE, "written_cases", "ec25-cfun-reset-single-reenumeration-nff", "dmesg-1.txt")
    with open(case, encoding="utf-8") as fh:
        snap = ingest_text(fh.read(), "dmesg-1.txt")
    data = snap.to_dict()
    head = json.dumps(data, indent=1)
    cut = head.rindex('"log": [') + len('"log": [')
    rnd = random.Random(2)
    target = megabytes * 1000 * 1000
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(head[:cut] + "\n")
        size, t = cut, 1.0
        while size < target:
            t += rnd.random()
            entry = json.dumps({"text": rnd.choice(NOISE).format(n=rnd.randint(0, 255), id=rnd.randint(1000, 99999),
                                                                 t=int(t)),
                                "origin": "kernel", "time": round(t, 6), "source": "dmesg"}) + ",\n"
            fh.write(entry)
            size += len(entry)
        rest = head[cut:].lstrip()
        if rest.startswith("]"):  # the case had no log lines of its own: close with one more entry
            fh.write(json.dumps({"text": "padding", "origin": "kernel", "time": t + 1, "source": "dmesg"}))
        fh.write(rest)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--runs", type=int, default=7, help="runs per command (the median is shown)")
    ap.add_argument("--mb", type=int, default=100, help="size of the generated kernel log (MB)")
    ap.add_argument("--snapshot-mb", type=int, default=160, help="size of the generated snapshot (MB)")
    ap.add_argument("--testbed", default="dw5570_qmi", help="test-bed name from tests/testbed_catalog.py")
    ap.add_argument("--case", help="a case folder (case.yaml + inputs); default: the biggest real one")
    ap.add_argument("--python", default=sys.executable, help="the interpreter whose wwandoctor is measured")
    ap.add_argument("--keep", metavar="DIR", help="keep the generated files in DIR (and reuse them)")
    ap.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    args = ap.parse_args()
    bench = Bench(args)
    print("wwandoctor benchmark: %s, %d CPU(s), load %.1f, %d run(s) per command" % (
        args.python, os.cpu_count() or 0, os.getloadavg()[0], args.runs))
    print("  %-48s %10s %10s %11s" % ("command", "wall", "cpu", "peak RSS"))
    print("  (medians; targets are judged on wall time, cpu = user+system shows the work when the machine is busy)")
    if not GNU_TIME:
        print("(GNU time is not installed: peaks include this script's own size)")
    try:
        for name in args.only or SECTIONS:
            print("%s:" % name)
            getattr(bench, name)()
    finally:
        if not args.keep:
            shutil.rmtree(bench.scratch, ignore_errors=True)
    print("load at the end %.1f" % os.getloadavg()[0])
    print("figures: " + json.dumps({k: round(v, 3) for k, v in bench.results.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
