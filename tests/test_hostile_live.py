"""``wwandoctor check`` on a hostile machine: hung or broken programs, sysfs reads that fail,
no root, a --save folder it cannot write. It must finish, say what it could not read, and never
print a traceback.

* Programs (mmcli, journalctl, dmesg, version probes, systemctl) are fakes on PATH that hang,
  print garbage or fail; the real command line runs with them.
* sysfs faults run inside a umockdev test-bed (real libudev): the readers of
  ``wwandoctor.collect.sysfs`` get EACCES, EINVAL, ENODEV (also in the middle of a read), EIO,
  ENOENT (a device vanishing during enumeration) on random paths, for many random fault sets.
* Non-root runs use ``setpriv`` to become ``nobody`` when the tests run as root.
"""
import json
import os
import shutil
import stat
import subprocess
import sys
import time

import pytest

from wwandoctor.snapshot import STATUSES

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOOLS = ("mmcli", "ModemManager", "qmicli", "mbimcli", "usb_modeswitch", "journalctl", "dmesg", "systemctl",
         "lsusb", "udevadm", "ip", "nmcli")


def fake_tools(folder, body: str) -> str:
    """A PATH folder where every program wwandoctor may run is a shell script with ``body``."""
    os.makedirs(folder, exist_ok=True)
    for name in TOOLS:
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("#!/bin/sh\n" + body + "\n")
        os.chmod(path, 0o755)
    return folder


def check(*args, path=None, prefix=(), env=None, timeout=120):
    environ = dict(os.environ, PYTHONPATH=REPO)
    environ.pop("XDG_CACHE_HOME", None)
    if path is not None:
        environ["PATH"] = path + ":/usr/bin:/bin"  # the fakes first; sh and sleep stay reachable
    environ.update(env or {})
    t0 = time.monotonic()
    proc = subprocess.run(list(prefix) + [sys.executable, "-m", "wwandoctor", "check"] + list(args),
                          capture_output=True, text=True, env=environ, timeout=timeout, cwd="/")
    return proc, time.monotonic() - t0


def report_of(proc):
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode in (0, 1, 3), (proc.returncode, proc.stderr[-2000:])
    report = json.loads(proc.stdout)
    assert report["sources"], "the report lists what was read"
    for name, source in report["sources"].items():
        assert source["status"] in STATUSES, (name, source)
    return report


def test_hung_programs_are_killed_at_their_timeout_and_the_rest_is_reported(tmp_path):
    path = fake_tools(str(tmp_path / "bin"), "exec sleep 600")
    proc, elapsed = check("--format", "json", path=path)
    report = report_of(proc)
    assert elapsed < 40, "each program has a timeout of a few seconds (took %.1f s)" % elapsed
    assert report["sources"]["modemmanager"]["status"] == "timeout"
    assert report["sources"]["usb"]["status"] in ("ok", "not-applicable")  # sysfs was still read
    assert "verdict" in json.dumps(report)


@pytest.mark.parametrize("body", [
    "head -c 3000 /dev/urandom; exit 0",  # binary garbage, success
    "echo '{\"modem-list\": [1, {\"x\": null}], \"modem\": 7}'; exit 0",  # JSON of the wrong shape
    "echo 'error: something broke' >&2; exit 3",  # a failure
    "kill -SEGV $$",  # a crash
])
def test_programs_that_print_garbage_or_fail(tmp_path, body):
    path = fake_tools(str(tmp_path / "bin"), body)
    report = report_of(check("--format", "json", path=path)[0])
    assert report["sources"]["modemmanager"]["status"] == "error"  # not "ok, no modem"
    assert "versions" in report["sources"]


FAULTS = r"""
import errno, json, os, random, sys
from wwandoctor.collect import collect_all, sysfs
from wwandoctor import commands
import argparse

real_open, real_os = open, os
CODES = [errno.EACCES, errno.EINVAL, errno.ENODEV, errno.EIO, errno.ENOENT, errno.ENXIO]

class Faulty:
    def __init__(self, rnd, rate):
        self.rnd, self.rate = rnd, rate
    def fail(self):
        return self.rnd.random() < self.rate
    def error(self, path):
        code = self.rnd.choice(CODES)
        return OSError(code, os.strerror(code), path)

class MidRead:  # a file that opens, then fails in the middle of the read (ENODEV: the device left)
    def __init__(self, fh, err):
        self.fh, self.err = fh, err
    def read(self, *a):
        raise self.err
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.fh.close()

class OsProxy:
    def __init__(self, faults):
        self.faults = faults
    def __getattr__(self, name):
        return getattr(real_os, name)
    def listdir(self, path):
        if self.faults.fail():
            raise self.faults.error(path)
        return real_os.listdir(path)
    def readlink(self, path):
        if self.faults.fail():
            raise self.faults.error(path)
        return real_os.readlink(path)

summary = []
for seed in range(int(sys.argv[1])):
    rnd = random.Random(seed)
    faults = Faulty(rnd, rnd.choice([0.02, 0.1, 0.3, 0.7]))
    def faulty_open(path, *args, **kwargs):
        if faults.fail():
            raise faults.error(path)
        fh = real_open(path, *args, **kwargs)
        if faults.fail():
            return MidRead(fh, OSError(errno.ENODEV, "No such device", path))
        return fh
    sysfs.open = faulty_open
    sysfs.os = OsProxy(faults)
    snap = collect_all()
    report = commands._diagnose(snap, argparse.Namespace(rules=None, no_redact=False))
    json.dumps(report)
    summary.append({k: v.status for k, v in snap.sources.items()})
print(json.dumps(summary))
"""


def test_sysfs_reads_that_fail_never_break_the_collection(umockdev_run):
    import testbed_catalog
    from umockdev_util import run_in_testbed
    proc = run_in_testbed(testbed_catalog.umockdev_text("dw5570_qmi"), [sys.executable, "-c", FAULTS, "40"],
                          umockdev_run=umockdev_run, env={"PATH": "/nonexistent"}, timeout=300)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr[-3000:]
    runs = json.loads(proc.stdout)
    assert len(runs) == 40
    assert all(status in STATUSES for run in runs for status in run.values())
    assert any(run.get("usb") == "permission-denied" for run in runs)  # the faults did reach the readers
    assert any(run.get("usb") == "ok" for run in runs)


def _as_nobody():
    """The command prefix that runs as 'nobody' when the tests run as root ((), when not root)."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root without setpriv: cannot become another user")
    return (setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--reset-env")


def _readable_by_everyone():
    """A non-root user must be able to import this checkout and its interpreter."""
    for path in (REPO, sys.prefix):
        while path != "/":
            if not os.stat(path).st_mode & stat.S_IXOTH:
                pytest.skip("%s is not readable by other users" % path)
            path = os.path.dirname(path)


def test_check_as_a_user_without_privileges(tmp_path):
    prefix = _as_nobody()
    _readable_by_everyone()
    proc, _ = check("--format", "json", prefix=prefix, env={"HOME": "/nonexistent"})
    report = report_of(proc)
    assert report["findings"] is not None


def test_save_into_a_folder_it_cannot_write(tmp_path):
    prefix = _as_nobody()
    _readable_by_everyone()
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0o555)
    os.chmod(tmp_path, 0o755)
    try:
        proc, _ = check("--format", "json", "--save", str(folder), prefix=prefix, env={"HOME": "/nonexistent"})
    finally:
        os.chmod(folder, 0o755)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if "cannot write" in ln]
    assert len(lines) == 1 and str(folder) in lines[0]
    json.loads(proc.stdout)  # the report was printed before


def test_save_below_a_file_is_one_line_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc, _ = check("--format", "json", "--save", str(blocker / "reports"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert any("cannot write" in ln for ln in proc.stderr.splitlines())
