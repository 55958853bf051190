"""Shared fixtures. Under CI (CI=true) a missing umockdev fails the run instead of skipping."""
import os
import shutil
import sys

import pytest


def require_tool(name: str) -> str:
    """Path of an external test tool; skip locally, fail in CI, when it is missing."""
    path = shutil.which(name)
    if path:
        return path
    message = "%s is not installed (Debian package: umockdev)" % name
    if os.environ.get("CI"):
        pytest.fail(message + "; CI must install it", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def umockdev_run():
    return require_tool("umockdev-run")


@pytest.fixture(scope="session", autouse=True)
def private_cache_home(tmp_path_factory):
    """The rule cache (wwandoctor/engine/rulecache.py) of test runs, and of the commands they start,
    goes to a folder of this run, not to the user's ~/.cache."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache-home"))
    yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


MMCLI_SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples", "mmcli")
FAKE_MMCLI = """#!{python}
# Replays mmcli -J output recorded from the real mmcli (tests/samples/mmcli/README.md).
import os, sys
key = {{("-L", "-J"): "L", ("-m", "0", "-J"): "m0", ("-i", "0", "-J"): "i0", ("-b", "0", "-J"): "b0"}}.get(tuple(sys.argv[1:]))
base = os.path.join({samples!r}, {scenario!r} + "." + str(key))
def read(ext, default=""):
    try:
        with open(base + ext) as fh:
            return fh.read()
    except OSError:
        return default
if not os.path.exists(base + ".out"):
    sys.exit("error: no recording for mmcli " + " ".join(sys.argv[1:]))
sys.stdout.write(read(".out"))
sys.stderr.write(read(".err"))
sys.exit(int(read(".rc", "0").strip() or 0))
"""


@pytest.fixture(scope="session")
def fake_mmcli(tmp_path_factory):
    """fake_mmcli(scenario) -> a PATH directory whose ``mmcli`` replays tests/samples/mmcli/<scenario>.*"""
    def make(scenario: str) -> str:
        directory = tmp_path_factory.mktemp("bin-" + scenario)
        script = directory / "mmcli"
        script.write_text(FAKE_MMCLI.format(python=sys.executable, samples=MMCLI_SAMPLES, scenario=scenario))
        script.chmod(0o755)
        return str(directory)
    return make


# the tests other branches' rows break most often run first, so a locked integration (pytest -x) that will fail fails
# in its first minute instead of after the whole suite: the written paraphrases and the rules' own cases
_RUN_FIRST = ("test_written_paraphrases.py", "test_rule_cases.py")


def pytest_collection_modifyitems(session, config, items):
    items.sort(key=lambda item: item.fspath.basename not in _RUN_FIRST)
