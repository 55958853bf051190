"""Benchmark of ``wwandoctor analyze`` on a big kernel log (a script, not a pytest test).

    .venv/bin/python tests/bench_ingest.py [--mb 200] [--keep FILE] [--only-filter]

Generates a dmesg of about MB megabytes: unrelated kernel noise (firewall,
audit, wifi, filesystem, HID, ACPI lines) with a few modem lines (a Quectel
EC25 enumerating on qmi_wwan, a disconnect) spread through it. Prints:

1. lines/s of :func:`wwandoctor.logs.is_relevant` alone on a sample of the
   lines, and how many of them it keeps;
2. wall time, lines/s and peak RSS of ``python -m wwandoctor analyze
   --format json`` on the whole file (a child process), and whether the
   modem lines made it into the report.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

NOISE = [
    "[UFW BLOCK] IN=wlp2s0 OUT= MAC=01:00:5e:00:00:fb:9c:b6:d0:12:34:56:08:00 SRC=192.168.1.{n} DST=224.0.0.251 "
    "LEN=87 TOS=0x00 PREC=0x00 TTL=255 ID={id} DF PROTO=UDP SPT=5353 DPT=5353 LEN=67",
    "audit: type=1400 audit({t}:{id}): apparmor=\"DENIED\" operation=\"open\" profile=\"snap.firefox.firefox\" "
    "name=\"/proc/{n}/cgroup\" pid={id} comm=\"firefox\" requested_mask=\"r\" denied_mask=\"r\" fsuid=1000 ouid=0",
    "iwlwifi 0000:00:14.3: Unhandled alg: 0x{n:x}",
    "wlp2s0: authenticate with 9c:b6:d0:12:34:{n:02x}",
    "wlp2s0: associated",
    "EXT4-fs (nvme0n1p2): mounted filesystem with ordered data mode. Quota mode: none.",
    "hid-generic 0003:046D:C52B.{n:04X}: input,hidraw0: USB HID v1.11 Keyboard [Logitech USB Receiver] on usb-0000:00:14.0-2/input0",
    "ACPI BIOS Error (bug): Could not resolve symbol [\\_SB.PC00.LPCB.HEC.ECAV], AE_NOT_FOUND (20210730/psargs-330)",
    "perf: interrupt took too long (2503 > 2500), lowering kernel.perf_event_max_sample_rate to {id}",
    "nvme nvme0: 8/0/0 default/read/poll queues",
    "Bluetooth: hci0: Malformed MSFT vendor event: 0x{n:02x}",
    "i915 0000:00:02.0: [drm] *ERROR* Atomic update failure on pipe A (start={id} end={id} time 165 us, min 1073, max 1079, scanline start 1062, end 1082)",
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


def generate(path: str, megabytes: int, seed: int = 1) -> int:
    """Write the log; returns the number of lines."""
    rnd = random.Random(seed)
    target = megabytes * 1024 * 1024
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


def bench_filter(path: str, sample: int = 300000) -> None:
    from wwandoctor import logs
    texts = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            texts.append(logs.split_line(line)[2])
            if len(texts) >= sample:
                break
    logs.is_relevant("warm up")
    t0 = time.perf_counter()
    kept = sum(1 for t in texts if logs.is_relevant(t))
    dt = time.perf_counter() - t0
    print("is_relevant: %d lines in %.2f s = %.0f lines/s, %d kept" % (len(texts), dt, len(texts) / dt, kept))


def bench_analyze(path: str, lines: int) -> None:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", "--format", "json", path],
                          cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    print("analyze: exit %d, %d lines (%.0f MB) in %.1f s = %.0f lines/s, peak RSS %.0f MB" % (
        proc.returncode, lines, os.path.getsize(path) / 1e6, dt, lines / dt, rss))
    if proc.stderr.strip():
        print("stderr:", proc.stderr.decode("utf-8", "replace")[-500:])
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        print("analyze printed no JSON")
        return
    text = json.dumps(report)
    print("report names 2c7c:0125: %s, cdc-wdm0: %s" % ("2c7c" in text, "cdc-wdm0" in text))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=200, help="size of the generated log (MB)")
    ap.add_argument("--keep", help="write the log here and keep it (reused when it exists)")
    ap.add_argument("--only-filter", action="store_true", help="measure is_relevant only")
    args = ap.parse_args()
    path = args.keep or os.path.join(tempfile.mkdtemp(prefix="wwandoctor-bench-"), "dmesg.txt")
    if os.path.exists(path):
        with open(path, "rb") as fh:
            lines = sum(1 for _ in fh)
    else:
        t0 = time.perf_counter()
        lines = generate(path, args.mb)
        print("generated %s: %d lines, %.0f MB in %.1f s" % (path, lines, os.path.getsize(path) / 1e6,
                                                            time.perf_counter() - t0))
    try:
        bench_filter(path)
        if not args.only_filter:
            bench_analyze(path, lines)
    finally:
        if not args.keep:
            os.unlink(path)
            os.rmdir(os.path.dirname(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
