"""wwandoctor-collect.sh (the collector for machines without Python) on the umockdev test-beds.

The script runs under ``busybox sh`` inside a bed, with a PATH that holds busybox applets only (an
OpenWrt-like userland: no journalctl, no dmesg, no mmcli unless a test adds a fake one). Its bundle
is analyzed outside the bed, and the findings, modems and source statuses must equal those of
``wwandoctor check`` run in the same bed with the same PATH. umockdev works by LD_PRELOAD, so the
busybox used must be dynamically linked (checked below, not assumed).
"""
import json
import os
import re
import shutil
import subprocess
import sys

import pytest
import testbed_catalog as catalog
from testbed import Proc, bed_files, launcher, render
from umockdev_util import REPO, run_in_testbed

SCRIPT = os.path.join(REPO, "wwandoctor-collect.sh")
BUSYBOX = shutil.which("busybox") or "/bin/busybox"
# What an OpenWrt busybox offers (and the script uses); dmesg/logread are left out so that the
# script and `check` both read the bed's /dev/kmsg, not the host's kernel log.
APPLETS = ("cat", "readlink", "od", "tr", "sed", "grep", "timeout", "ls", "uname", "head", "date", "id", "ip")
QMICLI = Proc(4242, ["qmicli", "-d", "/dev/cdc-wdm0", "--wds-start-network=apn=internet", "--client-no-release-cid"])
MODEMMANAGER = Proc(812, ["/usr/sbin/ModemManager"])
UDHCPC = Proc(930, ["busybox", "udhcpc", "-i", "wwan0"], comm="udhcpc")
KMSG = "".join("6,%d,%d,-;%s\n" % (100 + i, 5000000 + 1000000 * i, text) for i, text in enumerate([
    "usb 1-7: new high-speed USB device number 3 using xhci_hcd",
    "usb 1-7: New USB device found, idVendor=413c, idProduct=81a3, bcdDevice= 0.06",
    "cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device",
    "cdc_mbim 1-7:2.12 wwp0s20u7c2i12: renamed from wwan0",
]))


def _dynamically_linked(path: str) -> bool:
    """True when the ELF file has an interpreter (PT_INTERP names ld-linux / ld-musl)."""
    with open(os.path.realpath(path), "rb") as fh:
        head = fh.read(4096)
    return head[:4] == b"\x7fELF" and (b"/ld-linux" in head or b"/ld-musl" in head)


@pytest.fixture(scope="module")
def busybox_path(tmp_path_factory):
    """A PATH directory of busybox applets (fails under CI when busybox is missing or static)."""
    if not os.path.exists(BUSYBOX):
        if os.environ.get("CI"):
            pytest.fail("busybox is not installed (.ci/run installs it)")
        pytest.skip("busybox is not installed")
    assert _dynamically_linked(BUSYBOX), "%s is statically linked: umockdev (LD_PRELOAD) cannot redirect it" % BUSYBOX
    directory = tmp_path_factory.mktemp("busybox-bin")
    for applet in APPLETS:
        os.symlink(os.path.realpath(BUSYBOX), str(directory / applet))
    return str(directory)


INIT = Proc(1, ["/sbin/init"], comm="systemd")


def _files(bed, kmsg: str = ""):
    """The bed's /proc (pid 1 at least, so that the host's processes stay out) and /dev/kmsg."""
    if not any(p.pid == 1 for p in bed.processes):
        bed.processes = [INIT] + bed.processes
    return dict({"dev/kmsg": kmsg}, **bed_files(bed))


def _bed_env(path: str, root=None):
    """PATH, and the bed's /etc when a test gives its own (else umockdev_util's BED_ROOT)."""
    return dict({"PATH": path}, **({"WWANDOCTOR_ROOT": str(root)} if root else {}))


def collect_bundle(umockdev_run, bed, path: str, kmsg: str = "", shell=(BUSYBOX, "sh"), root=None):
    """The bundle wwandoctor-collect.sh prints inside ``bed`` (stdout), and its stderr."""
    argv = list(shell) + [SCRIPT]
    proc = run_in_testbed(render(bed), launcher(_files(bed, kmsg), argv), umockdev_run=umockdev_run,
                          env=_bed_env(path, root))
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout, proc.stderr


def check_in_bed(umockdev_run, bed, path: str, kmsg: str = "", root=None):
    argv = [sys.executable, "-m", "wwandoctor", "check", "--format", "json"]
    proc = run_in_testbed(render(bed), launcher(_files(bed, kmsg), argv), umockdev_run=umockdev_run,
                          env=_bed_env(path, root))
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    return proc.returncode, json.loads(proc.stdout)


def analyze(bundle_text: str, tmp_path, *args: str, fmt: str = "json"):
    path = tmp_path / "bundle.txt"
    path.write_text(bundle_text)
    proc = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", "--format", fmt, *args, str(path)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
                          env=dict(os.environ, PYTHONPATH=REPO), timeout=120)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    return proc.returncode, (json.loads(proc.stdout) if fmt == "json" else proc.stdout)


def essence(report):
    """What must be the same whichever collector read the machine."""
    return {
        "findings": [(f["rule"], f["cause"], f["subject"], f["severity"]) for f in report["findings"]],
        "undecided": sorted(u["rule"] for u in report["undecided"]),
        "modems": report["modems"],
        # udev: live check asks libudev (ok); a bundle has the udev database only where the machine
        # had /run/udev/data, which the umockdev beds lack (collect/usb.py: not-applicable then)
        "sources": {name: s["status"] for name, s in report["sources"].items() if name != "udev"},
    }


def _variant(name):
    if name == "dw5570_mbim+qmicli+kmsg":
        bed = catalog.dw5570_mbim()
        bed.processes = [QMICLI]
        return bed, KMSG
    if name == "dw5570_mbim+modemmanager+qmicli":
        bed = catalog.dw5570_mbim()
        bed.processes = [MODEMMANAGER, QMICLI]
        return bed, ""
    if name == "em7455_qmi_rawip+udhcpc":
        bed = catalog.em7455_qmi_rawip()
        bed.processes = [UDHCPC]
        return bed, ""
    return catalog.CATALOG[name](), ""


BEDS = sorted(catalog.CATALOG) + ["dw5570_mbim+qmicli+kmsg", "dw5570_mbim+modemmanager+qmicli",
                                  "em7455_qmi_rawip+udhcpc"]


@pytest.mark.parametrize("name", BEDS)
def test_bundle_gives_the_findings_of_check(umockdev_run, busybox_path, tmp_path, name):
    bed, kmsg = _variant(name)
    bundle, _ = collect_bundle(umockdev_run, bed, busybox_path, kmsg)
    code, report = analyze(bundle, tmp_path)
    live_code, live = check_in_bed(umockdev_run, bed, busybox_path, kmsg)
    assert essence(report) == essence(live)
    assert code == live_code
    assert report["redacted"] is True


@pytest.mark.parametrize("scenario,bed_name", [("connected", "em7455_qmi_rawip"), ("no-sim", "ec25"),
                                               ("not-running", "dw5570_mbim")])
def test_bundle_carries_modemmanager(umockdev_run, busybox_path, fake_mmcli, tmp_path, scenario, bed_name):
    """mmcli -L -J and -m/-i/-b N -J are recorded and replayed to the same ModemManager collector."""
    path = fake_mmcli(scenario) + os.pathsep + busybox_path
    bed = catalog.CATALOG[bed_name]()
    bundle, _ = collect_bundle(umockdev_run, bed, path)
    assert "command status=ok rc=0 mmcli -L -J" in bundle or scenario == "not-running"
    code, report = analyze(bundle, tmp_path)
    live_code, live = check_in_bed(umockdev_run, bed, path)
    assert essence(report) == essence(live)
    assert report["sources"]["modemmanager"] == live["sources"]["modemmanager"]
    if scenario == "connected":  # the bundle holds the IMEI and ICCID; the report does not
        assert "359000000000001" in bundle and "8949000000000000001" in bundle
        markdown = analyze(bundle, tmp_path, fmt="markdown")[1]
        assert "359000000000001" not in markdown and "8949000000000000001" not in markdown


@pytest.mark.parametrize("nameserver,fires", [("192.168.1.1", True), ("10.74.210.210", False)])
def test_bearer_dns_against_the_beds_resolv_conf(umockdev_run, busybox_path, fake_mmcli, tmp_path, nameserver, fires):
    """check and the bundle both read the bed's own /etc/resolv.conf ($WWANDOCTOR_ROOT): a router's
    resolver while the connected bearer got 10.74.210.210 is bearer-dns-not-applied, live and from the
    bundle alike; the bearer's own server in resolv.conf is not."""
    root = tmp_path / "root"
    (root / "etc").mkdir(parents=True)
    (root / "etc" / "resolv.conf").write_text("# Generated by NetworkManager\nsearch example.lan\n"
                                              "nameserver %s\n" % nameserver)
    path = fake_mmcli("connected") + os.pathsep + busybox_path
    bed = catalog.em7455_qmi_rawip()
    bundle, _ = collect_bundle(umockdev_run, bed, path, root=root)
    assert "|resolv.conf=nameserver %s" % nameserver in bundle and "example.lan" not in bundle
    code, report = analyze(bundle, tmp_path)
    live_code, live = check_in_bed(umockdev_run, bed, path, root=root)
    assert essence(report) == essence(live)
    assert ("bearer-dns-not-applied" in [f["rule"] for f in live["findings"]]) == fires, live["findings"]


def test_dash_gives_the_same_bundle_content(umockdev_run, busybox_path, tmp_path):
    """POSIX sh, not busybox quirks: dash reads the same machine into the same findings."""
    bed, kmsg = _variant("dw5570_mbim+qmicli+kmsg")
    dash = shutil.which("dash")
    if dash is None:
        pytest.skip("dash is not installed")
    by_busybox, _ = collect_bundle(umockdev_run, bed, busybox_path, kmsg)
    by_dash, _ = collect_bundle(umockdev_run, bed, busybox_path, kmsg, shell=(dash,))
    assert essence(analyze(by_busybox, tmp_path)[1]) == essence(analyze(by_dash, tmp_path)[1])


def test_bundle_content_and_privacy(umockdev_run, busybox_path, tmp_path):
    """The bundle is raw (the serial number is in it); the report made from it is redacted."""
    bed, kmsg = _variant("dw5570_mbim+qmicli+kmsg")
    bundle, stderr = collect_bundle(umockdev_run, bed, busybox_path, kmsg)
    assert stderr == ""
    assert bundle.startswith("### wwandoctor-collect 1 begin\n") and bundle.endswith("### wwandoctor-collect 1 end\n")
    assert all(line.startswith(("### wwandoctor-collect 1 ", "|")) for line in bundle.splitlines())
    assert "|serial=0123456789ABCDEF" in bundle
    assert "|bConfigurationValue=2" in bundle and "|bNumConfigurations=2" in bundle
    assert "### wwandoctor-collect 1 hex /sys/bus/usb/devices/1-7 descriptors" in bundle
    assert "|driver -> ../../../../../../bus/usb/drivers/cdc_mbim" in bundle
    assert "|type=MBIM" in bundle and "|cdc-wdm0/" in bundle
    for fmt in ("json", "markdown", "mail"):
        code, text = analyze(bundle, tmp_path, fmt=fmt)
        text = text if isinstance(text, str) else json.dumps(text)
        assert code == 1 and "0123456789ABCDEF" not in text
        assert "mbim-config-qmi-tools" in text


def test_script_is_posix_sh():
    for shell in ([BUSYBOX, "sh", "-n"], ["dash", "-n"]):
        if shutil.which(shell[0]) is None:
            continue
        proc = subprocess.run(shell + [SCRIPT], stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
        assert proc.returncode == 0, proc.stderr
    text = open(SCRIPT, encoding="utf-8").read()
    assert text.startswith("#!/bin/sh\n") and os.access(SCRIPT, os.X_OK)
    code = _code(text)
    for bashism in (r"\[\[", r"\bfunction\s+\w+", r"\blocal\b", r"\$'", r"<<<", r"\bsource\s", r"\$\{[^}]*//",
                    r"\$\{\w+:\d", r"\bdeclare\b", r"\btypeset\b", r"\$RANDOM", r"&>", r"\bpushd\b", r"=~",
                    r"\becho\s+-[ne]\b", r"<\("):
        assert not re.search(bashism, code), "bashism %r in wwandoctor-collect.sh" % bashism


@pytest.mark.skipif(shutil.which("shellcheck") is None and not os.environ.get("CI"), reason="shellcheck not installed")
def test_shellcheck_posix():
    proc = subprocess.run(["shellcheck", "--shell=sh", "--severity=warning", SCRIPT], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, universal_newlines=True)
    assert proc.returncode == 0, proc.stdout


def _code(text: str) -> str:
    """The script without comments and without the text inside quotes (what the shell executes)."""
    lines = []
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        line = re.sub(r"'[^']*'", "''", line)
        line = re.sub(r'"(?:[^"\\]|\\.)*"', '""', line)
        lines.append(line)
    return "\n".join(lines)


def test_script_never_writes():
    """Every output redirection goes to /dev/null or another descriptor; no writing command is run."""
    raw = open(SCRIPT, encoding="utf-8").read()
    code = _code(raw)
    for match in re.finditer(r"(?<![<>&\d-])(\d?)>{1,2}(?!&)\s*([^\s;|&)]+)", code):
        assert match.group(2) in ("/dev/null",), "redirection %r in wwandoctor-collect.sh" % match.group(0)
    assert not re.search(r">\s*\"?/(sys|proc|dev/(?!null))", raw), "a write to /sys, /proc or /dev"
    for writer in (r"\btee\b", r"\bdd\b", r"\bmodprobe\b", r"\binsmod\b", r"\brmmod\b", r"\bmknod\b",
                   r"\bsystemctl\s+(?!is-active)", r"\bmmcli\b[^\n]*--(?!version)(?!J)[a-z]", r"\bqmicli\s+-",
                   r"\bmbimcli\s+-", r"\buqmi\s+-", r"\bumbim\s+-", r"\becho\b[^\n]*>", r"\bkill\b",
                   r"\busb_modeswitch\s+-", r"\bmktemp\b", r"\btouch\b", r"\brm\s", r"\bmv\s", r"\bcp\s"):
        assert not re.search(writer, code), "%r in wwandoctor-collect.sh" % writer


def test_script_leaves_the_bed_unchanged(umockdev_run, busybox_path):
    """Run in a bed, then compare every file of the bed (the faked /sys, /dev, /proc) before and after."""
    bed, kmsg = _variant("dw5570_mbim+qmicli+kmsg")
    code = ("import hashlib, json, os, subprocess, sys\n"
            "def tree(root):\n"
            "    out = {}\n"
            "    for d, dirs, files in os.walk(root):\n"
            "        for n in dirs + files:\n"
            "            p = os.path.join(d, n)\n"
            "            st = os.lstat(p)\n"
            "            data = os.readlink(p) if os.path.islink(p) else (open(p, 'rb').read().hex() if os.path.isfile(p) else '')\n"
            "            out[p] = (st.st_mode, st.st_mtime_ns, hashlib.sha1(str(data).encode()).hexdigest())\n"
            "    return out\n"
            "root = os.environ['UMOCKDEV_DIR']\n"
            "before = tree(root)\n"
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
            "print(json.dumps(before == tree(root)))\n")
    argv = [sys.executable, "-c", code, BUSYBOX, "sh", SCRIPT]
    proc = run_in_testbed(render(bed), launcher(_files(bed, kmsg), argv), umockdev_run=umockdev_run,
                          env={"PATH": busybox_path})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout) is True


def test_openwrt_logread_adds_the_daemons_lines(umockdev_run, busybox_path, tmp_path):
    """OpenWrt: logread (syslog of netifd, udhcpc, uqmi) is recorded and read by the pasted-text parsers."""
    from wwandoctor.ingest import ingest_inputs

    fake = tmp_path / "bin"
    fake.mkdir()
    sample = os.path.join(REPO, "tests", "samples", "paste", "logread-openwrt.txt")
    (fake / "logread").write_text("#!%s sh\ncat %s\n" % (os.path.realpath(BUSYBOX), sample))
    (fake / "logread").chmod(0o755)
    bed, kmsg = _variant("em7455_qmi_rawip+udhcpc")
    bundle, _ = collect_bundle(umockdev_run, bed, str(fake) + os.pathsep + busybox_path, kmsg)
    assert "### wwandoctor-collect 1 command status=ok rc=0 logread" in bundle
    path = tmp_path / "bundle.txt"
    path.write_text(bundle)
    snap = ingest_inputs([str(path)])
    daemon = [line for line in snap.log if line.source == "logread"]
    assert [line.origin for line in daemon] == ["netifd"] * 4
    assert not any(line.origin == "kernel" for line in daemon)  # the kernel's lines come from the kernel log
    assert any(use.tool == "udhcpc" and use.evidence.startswith("logread: ") for use in snap.tools)


def test_without_timeout_the_script_still_runs(umockdev_run, busybox_path, tmp_path):
    """A busybox built without timeout: commands run unbounded, and /dev/kmsg (a device, whose reads
    block at its end) is not read: the kernel log comes from dmesg (here one printing the bed's lines)."""
    no_timeout = tmp_path / "bin"
    no_timeout.mkdir()
    for applet in APPLETS:
        if applet != "timeout":
            os.symlink(os.path.realpath(BUSYBOX), str(no_timeout / applet))
    bed, kmsg = _variant("dw5570_mbim+qmicli+kmsg")
    dmesg = "".join("[%12.6f] %s\n" % (int(r.split(",")[2]) / 1e6, r.split(";", 1)[1]) for r in kmsg.splitlines())
    (no_timeout / "dmesg").write_text("#!%s sh\ncat <<'EOF'\n%sEOF\n" % (os.path.realpath(BUSYBOX), dmesg))
    (no_timeout / "dmesg").chmod(0o755)
    bundle, stderr = collect_bundle(umockdev_run, bed, str(no_timeout), kmsg)
    assert "|timeout=none" in bundle and stderr == ""
    assert "cat /dev/kmsg" not in bundle and "command status=ok rc=0 dmesg" in bundle
    code, report = analyze(bundle, tmp_path)
    assert essence(report) == essence(check_in_bed(umockdev_run, bed, str(no_timeout), kmsg)[1])


def test_without_grep_sed_tr_the_script_still_runs(umockdev_run, busybox_path, tmp_path):
    """A minimal userland (no grep, sed, tr): the filtering that needs them is skipped, the rest is read."""
    minimal = tmp_path / "bin"
    minimal.mkdir()
    for applet in APPLETS:
        if applet not in ("grep", "sed", "tr"):
            os.symlink(os.path.realpath(BUSYBOX), str(minimal / applet))
    bed, kmsg = _variant("dw5570_mbim+qmicli+kmsg")
    bundle, stderr = collect_bundle(umockdev_run, bed, str(minimal), kmsg)
    assert "|text-tools=no" in bundle and stderr == ""
    code, report = analyze(bundle, tmp_path)
    live = check_in_bed(umockdev_run, bed, str(minimal), kmsg)[1]
    assert essence(report)["findings"] == essence(live)["findings"]
    assert essence(report)["modems"] == essence(live)["modems"]


@pytest.mark.parametrize("hex_tool", ["hexdump", "xxd"])
def test_descriptors_without_a_desktop_od(umockdev_run, busybox_path, tmp_path, hex_tool):
    """OpenWrt's busybox od lacks -A/-t: the descriptors are read with hexdump or xxd instead."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for applet in [a for a in APPLETS if a != "od"] + [hex_tool]:
        os.symlink(os.path.realpath(BUSYBOX), str(bin_dir / applet))
    bed = catalog.dw5570_mbim()
    bundle, stderr = collect_bundle(umockdev_run, bed, str(bin_dir))
    assert stderr == ""
    code, report = analyze(bundle, tmp_path)
    assert {c["value"]: c["functions"] for c in report["modems"][0]["configs"]} == {
        1: ["qmi", "serial", "diag"], 2: ["mbim"]}
    assert essence(report) == essence(check_in_bed(umockdev_run, bed, str(bin_dir))[1])
