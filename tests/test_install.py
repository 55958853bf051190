"""The install users run is the install that is tested.

A wheel is built from a clean copy of this checkout the way ``pip install .``
builds it; its file list must hold every package, module, data table, rule,
rule test and sample of the source tree. It is then installed, non-editable,
into a fresh venv outside the checkout, and the installed ``wwandoctor``
entry point runs ``--version``, ``rules test``, ``analyze`` and ``check`` (in
an umockdev test-bed) from an empty directory, with the checkout off the path.
Needs pip to reach PyPI (or the configured index) for setuptools and the
dependencies, as the README's install does.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest
from install_util import clean_copy, pip, shipped_files
from testbed_catalog import umockdev_text
from umockdev_util import REPO, run_in_testbed

SAMPLE = os.path.join(REPO, "rules", "tests", "samples", "e3372-storage-only-dmesg.txt")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    source = clean_copy(str(work / "source"))
    pip("wheel", "--no-deps", "-w", str(work / "out"), source)
    (found,) = [n for n in os.listdir(str(work / "out")) if n.endswith(".whl")]
    return str(work / "out" / found)


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    """(venv bin directory, empty working directory) of the wheel installed into a fresh venv."""
    work = tmp_path_factory.mktemp("installed")
    venv = str(work / "venv")
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    pip("install", wheel, python=os.path.join(venv, "bin", "python"))
    empty = work / "cwd"
    empty.mkdir()
    return os.path.join(venv, "bin"), str(empty)


def run(installed, *args, timeout=120, **kwargs):
    bindir, cwd = installed
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([os.path.join(bindir, args[0])] + list(args[1:]), cwd=cwd, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True, timeout=timeout,
                          **kwargs)


def test_the_checkout_is_outside_the_venv(installed):
    assert not installed[0].startswith(REPO + os.sep) and not installed[1].startswith(REPO + os.sep)


def test_wheel_holds_every_package_and_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = shipped_files()
    assert sorted(expected - names) == [], "missing from the wheel: fix setup.py / pyproject package-data"
    extra = sorted(n for n in names - expected if not n.split("/")[0].endswith(".dist-info"))
    assert extra == [], "in the wheel but not in the source tree"
    assert {"wwandoctor/model/__init__.py", "wwandoctor/data/usb-modem-ids.csv", "wwandoctor/rules/mbim-config-qmi-tools.yaml",
            "wwandoctor/rules/fcc-locked.family.yaml", "wwandoctor/rules/fix-steps/fcc-unlock.yaml",
            "wwandoctor/rules/tests/samples/e3372-storage-only-dmesg.txt"} <= names


def test_installed_package_is_the_one_imported(installed):
    proc = run(installed, "python", "-c", "import wwandoctor; print(wwandoctor.__file__)")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith(os.path.dirname(installed[0]) + os.sep), proc.stdout


def _module_name(path: str) -> str:
    name = path[:-3].replace("/", ".")
    return name[:-len(".__init__")] if name.endswith(".__init__") else name


def test_every_module_of_the_source_tree_is_installed_and_imports(installed):
    code = ("import importlib, json, pkgutil, wwandoctor\n"
            "names = ['wwandoctor'] + [m.name for m in pkgutil.walk_packages(wwandoctor.__path__, 'wwandoctor.')\n"
            "                          if m.name != 'wwandoctor.__main__']\n"
            "[importlib.import_module(n) for n in names]\n"
            "print(json.dumps(names))")
    proc = run(installed, "python", "-c", code)
    assert proc.returncode == 0, proc.stderr
    expected = {_module_name(p) for p in shipped_files() if p.endswith(".py")} - {"wwandoctor.__main__"}
    assert sorted(expected - set(json.loads(proc.stdout))) == []


def test_installed_version(installed):
    proc = run(installed, "wwandoctor", "--version")
    assert proc.returncode == 0 and proc.stdout.startswith("wwandoctor "), proc.stderr


def test_installed_rules_test(installed):
    # every rule's inline tests (2330 cases): about a minute on an idle core, more on a loaded CI machine
    proc = run(installed, "wwandoctor", "rules", "test", timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert proc.stdout.rstrip().endswith(" passed, 0 failed") and int(proc.stdout.split()[-4]) > 100


def test_installed_rules_are_the_checkouts(installed):
    """Every rule of the checkout, family variants and shared fix steps included, is installed."""
    import json
    from wwandoctor.engine import load_rules
    proc = run(installed, "wwandoctor", "rules", "list", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    installed_rules = {row["id"]: row["path"] for row in json.loads(proc.stdout)}
    assert sorted(installed_rules) == sorted(r.id for r in load_rules(os.path.join(REPO, "rules")))
    assert installed_rules["fcc-locked-signal"] == "wwandoctor/rules/fcc-locked.family.yaml"


def test_installed_analyze(installed):
    proc = run(installed, "wwandoctor", "analyze", "--format", "json", SAMPLE)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["findings"][0]["cause"] == "needs-modeswitch"


# lspci of a t7xx modem (a 5.19 driver) with no driver shown, and the post's release (Ubuntu 22.04: 5.15)
STATED_RELEASE_PASTE = ("08:00.0 Wireless controller [0d40]: MEDIATEK Corp. Device [14c3:4d75] (rev 01)\n"
                        "\tSubsystem: Foxconn International, Inc. Device [105b:e0f9]\n\nI run Ubuntu 22.04 on this laptop.\n")


def test_installed_reads_the_distribution_kernel_table(installed):
    """data/distro-kernels.csv is installed: a release named in the post gives the host's kernel."""
    proc = run(installed, "wwandoctor", "analyze", "--format", "json", "-", input=STATED_RELEASE_PASTE)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["host"]["kernel_release"].startswith("5.15 ")
    assert [(f["rule"], f["confidence"]) for f in report["findings"]][0] == ("pcie-modem-old-kernel", "low")


def test_installed_check_in_testbed(installed, umockdev_run):
    proc = run_in_testbed(umockdev_text("dw5570_mbim"),
                          [os.path.join(installed[0], "wwandoctor"), "check", "--format", "json", "--tool", "qmicli"],
                          umockdev_run=umockdev_run, checkout=False, cwd=installed[1])
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["findings"][0]["cause"] == "mbim-config-qmi-tools"
    assert report["sources"]["udev"]["status"] == "ok"


def test_installed_model_names_come_from_the_installed_tables(installed):
    """The model-name index is built from the packaged tables, and the older kernels' absent ids are a
    packaged table: a non-editable install has them."""
    code = ("from wwandoctor import product_names as pn\n"
            "from wwandoctor import knowledge\n"
            "print(' '.join(sorted(c.vid + ':' + c.pid for c in pn.lookup('DW5811e').ids)))\n"
            "print(knowledge.kernel_has_id('413c', '81b6', 'qmi_wwan', '3.16'))")
    proc = run(installed, "python", "-c", code)
    assert proc.returncode == 0, proc.stderr
    assert "413c:81b6" in proc.stdout.split() and proc.stdout.split()[-1] == "False"
