"""Shared fixtures. Under CI (CI=true) a missing umockdev fails the run instead of skipping."""
import os
import shutil

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
