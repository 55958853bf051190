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
