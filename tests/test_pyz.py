"""The one file for the offline machine: ``wwandoctor.pyz`` as ``tools/build-pyz`` writes it.

Built once per run, copied alone into an empty directory and run by a bare
interpreter, ``python3 -I -S`` (no site-packages, no user site, no
environment variables, no current directory on the path): only the .pyz can
provide wwandoctor, its rules and data tables, and its dependencies.
``check`` runs in an umockdev test-bed (pyudev from the zip loads the real
libudev), ``analyze`` reads pasted text from a file and from standard input.
Building needs pip to reach PyPI (or the configured index), as the README's
install does; the dependencies are then kept in build/pyz-deps/.
"""
from __future__ import annotations

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

import pytest
from install_util import shipped_files
from testbed_catalog import umockdev_text
from umockdev_util import REPO, run_in_testbed

PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable  # the system's
BARE = [PYTHON, "-I", "-S"]
VENDORED = ("pyudev", "rich", "yaml", "markdown_it", "mdurl", "pygments")
SAMPLES = os.path.join(REPO, "rules", "tests", "samples")
MAX_BYTES = 4 * 1024 * 1024


@pytest.fixture(scope="module")
def pyz(tmp_path_factory):
    """(path of wwandoctor.pyz alone in an empty directory, that directory)."""
    out = tmp_path_factory.mktemp("pyz-build") / "wwandoctor.pyz"
    proc = subprocess.run([sys.executable, os.path.join(REPO, "tools", "build-pyz"), "-o", str(out)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    assert proc.returncode == 0, proc.stdout[-3000:]
    empty = tmp_path_factory.mktemp("offline")
    shutil.copy(str(out), str(empty / "wwandoctor.pyz"))
    return str(empty / "wwandoctor.pyz"), str(empty)


def bare(pyz, *args, timeout=120, **kwargs):
    path, cwd = pyz
    return subprocess.run(BARE + [os.path.basename(path)] + list(args), cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True, timeout=timeout, **kwargs)


@pytest.mark.parametrize("module", VENDORED + ("wwandoctor",))
def test_the_bare_interpreter_has_none_of_it(pyz, module):
    proc = subprocess.run(BARE + ["-c", "import " + module], cwd=pyz[1], stderr=subprocess.PIPE)
    assert proc.returncode != 0


def test_pyz_holds_the_package_and_its_dependencies(pyz):
    names = zipfile.ZipFile(pyz[0]).namelist()
    assert sorted(shipped_files() - set(names)) == [], "missing from the .pyz"
    assert "__main__.py" in names
    assert {n.split("/")[0] for n in names} >= set(VENDORED)
    junk = [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".so"))
            or ("/tests/" in n and not n.startswith("wwandoctor/rules/tests/"))]
    assert junk == []
    assert os.path.getsize(pyz[0]) < MAX_BYTES


def test_everything_is_imported_from_the_pyz(pyz):
    code = ("import json, sys; sys.path.insert(0, 'wwandoctor.pyz')\n"
            "import %s\n"
            "print(json.dumps({m: sys.modules[m].__file__ for m in %r}))" % (", ".join(VENDORED + ("wwandoctor",)),
                                                                             VENDORED + ("wwandoctor",)))
    proc = subprocess.run(BARE + ["-c", code], cwd=pyz[1], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
    assert proc.returncode == 0, proc.stderr
    where = json.loads(proc.stdout)
    assert all(f.startswith("wwandoctor.pyz" + os.sep) for f in where.values()), where


def test_pyz_version(pyz):
    proc = bare(pyz, "--version")
    assert proc.returncode == 0 and proc.stdout.startswith("wwandoctor "), proc.stderr


def test_pyz_rules_test(pyz):
    """The rules and their test cases and samples are read from inside the zip."""
    proc = bare(pyz, "rules", "test", timeout=600)  # 2330 cases: about a minute idle, more on a loaded machine
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert proc.stdout.rstrip().endswith(" passed, 0 failed")


def test_pyz_analyze_file(pyz):
    proc = bare(pyz, "analyze", os.path.join(SAMPLES, "e3372-storage-only-dmesg.txt"))
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("Verdict: 1 problem found: ") and "mass-storage" in proc.stdout


def test_pyz_analyze_pasted_on_stdin(pyz):
    with open(os.path.join(SAMPLES, "ec25-orbstack-no-option.txt"), encoding="utf-8") as fh:
        paste = fh.read()
    proc = bare(pyz, "analyze", "--format", "json", "-", input=paste)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["findings"] and report["modems"][0]["vid"] == "2c7c"


# lspci of a t7xx modem (a 5.19 driver) with no driver shown, and the post's release (Ubuntu 22.04: 5.15)
STATED_RELEASE_PASTE = ("08:00.0 Wireless controller [0d40]: MEDIATEK Corp. Device [14c3:4d75] (rev 01)\n"
                        "\tSubsystem: Foxconn International, Inc. Device [105b:e0f9]\n\nI run Ubuntu 22.04 on this laptop.\n")


def test_pyz_reads_the_distribution_kernel_table(pyz):
    """data/distro-kernels.csv is inside the zip: a release named in the post gives the host's kernel."""
    proc = bare(pyz, "analyze", "--format", "json", "-", input=STATED_RELEASE_PASTE)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["host"]["kernel_release"].startswith("5.15 ")
    assert [(f["rule"], f["confidence"]) for f in report["findings"]][0] == ("pcie-modem-old-kernel", "low")


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_pyz_check_in_testbed(pyz, umockdev_run, fmt):
    proc = run_in_testbed(umockdev_text("dw5570_mbim"),
                          BARE + [os.path.basename(pyz[0]), "check", "--format", fmt, "--tool", "qmicli"],
                          umockdev_run=umockdev_run, checkout=False, cwd=pyz[1])
    assert proc.returncode == 1, proc.stderr
    if fmt == "text":
        assert proc.stdout.startswith("Verdict: ") and " found" in proc.stdout.split("\n")[0]  # 1, or 2 with a host process
        assert "1. ERROR" in proc.stdout and "rule mbim-config-qmi-tools" in " ".join(proc.stdout.split())
        return
    report = json.loads(proc.stdout)
    assert report["findings"][0]["cause"] == "mbim-config-qmi-tools"
    assert report["sources"]["udev"]["status"] == "ok" and report["sources"]["usb"]["detail"] == "1 devices via pyudev"


def _other_pythons():
    """Every other Python 3.9+ on this machine (python3.N on PATH, pyenv versions); CI has only its own."""
    found = {}
    candidates = [shutil.which("python3.%d" % n) for n in range(9, 16)]
    candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.*/bin/python3")))
    for path in filter(None, candidates):
        proc = subprocess.run([path, "-I", "-S", "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, universal_newlines=True)
        version = proc.stdout.strip()
        if proc.returncode == 0 and re.match(r"^3\.(9|\d\d)$", version):
            found.setdefault(version, path)
    return sorted(found.items())


OTHER_PYTHONS = _other_pythons()


@pytest.mark.parametrize("python", [p for _, p in OTHER_PYTHONS], ids=[v for v, _ in OTHER_PYTHONS])
def test_pyz_on_every_python_here(pyz, python):
    """The same file on each Python 3.9+ this machine has (pyenv's 3.9 ... 3.13 here)."""
    run = lambda *args: subprocess.run([python, "-I", "-S", "wwandoctor.pyz"] + list(args), cwd=pyz[1],  # noqa: E731
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    assert run("--version").returncode == 0
    proc = run("rules", "test")
    assert proc.returncode == 0 and proc.stdout.rstrip().endswith(" passed, 0 failed"), proc.stdout[-2000:]
    proc = run("analyze", "--format", "json", os.path.join(SAMPLES, "e3372-storage-only-dmesg.txt"))
    assert proc.returncode == 1 and json.loads(proc.stdout)["findings"][0]["cause"] == "needs-modeswitch"
    # 3.9's zipimport lets a thread see a half-imported module (see build-pyz's __main__): a race, so 3 runs.
    # check reads this host (read-only), not a test-bed: under umockdev's preload a fork from a
    # threaded 3.9 process now and then hangs, which is umockdev's, not the .pyz's.
    for _ in range(3 if python_version(python) < (3, 10) else 1):
        proc = run("check", "--format", "json")
        assert proc.returncode in (0, 1, 3) and "Traceback" not in proc.stderr, proc.stderr
        assert json.loads(proc.stdout)["sources"]["usb"]["status"]


def python_version(python: str) -> tuple:
    return tuple(int(x) for x in dict((p, v) for v, p in OTHER_PYTHONS)[python].split("."))


def test_pyz_refuses_an_old_python_in_one_line(pyz):
    """importlib.resources.files() is 3.9's: an older Python gets one line, not a traceback."""
    fake_38 = ("import sys, zipfile; main = zipfile.ZipFile('wwandoctor.pyz').read('__main__.py')\n"
               "sys.version_info = (3, 8, 18, 'final', 0); exec(main)")
    runs = [[PYTHON, "-I", "-S", "-c", fake_38]]
    runs += [[p, "-I", "-S", "wwandoctor.pyz", "--version"]  # a real one, where this machine has it
             for p in sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.[5-8].*/bin/python3")))[-1:]]
    for argv in runs:
        proc = subprocess.run(argv, cwd=pyz[1], stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
        assert proc.returncode == 1 and proc.stderr == "wwandoctor: needs Python 3.9 or newer (this is 3.8)\n", proc.stderr
