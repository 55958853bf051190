"""Run a command inside an umockdev test-bed described by ``.umockdev`` text.

``run_in_testbed(text, argv)`` writes the text to a temporary file and runs
``umockdev-run -d FILE -- argv`` (start-up costs ~200 ms: call it from
module-scoped fixtures). ``python_in_testbed`` runs a Python snippet with this
checkout on ``PYTHONPATH`` and returns its stdout parsed as JSON.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from typing import Dict, List, Optional

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# The beds' /etc (resolv.conf): umockdev redirects /sys, /dev and /proc, not /etc; check and
# wwandoctor-collect.sh read configuration files below $WWANDOCTOR_ROOT instead of the host's.
BED_ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples", "testbed-root")


def _env(extra: Optional[Dict[str, str]] = None, checkout: bool = True) -> Dict[str, str]:
    env = dict(os.environ)
    env["WWANDOCTOR_ROOT"] = BED_ROOT
    if checkout:
        env["PYTHONPATH"] = REPO + os.pathsep + env.get("PYTHONPATH", "")
    else:  # an installed wwandoctor must not see this checkout
        env.pop("PYTHONPATH", None)
    env.update(extra or {})
    return env


def run_in_testbed(umockdev_text: str, argv: List[str], timeout: float = 60,
                   env: Optional[Dict[str, str]] = None, umockdev_run: str = "umockdev-run",
                   checkout: bool = True, cwd: Optional[str] = None) -> subprocess.CompletedProcess:
    """Run ``argv`` under umockdev with the given test-bed; returns the CompletedProcess (text mode).

    ``checkout=False`` leaves this checkout off PYTHONPATH (for an installed wwandoctor or the .pyz).
    """
    with tempfile.TemporaryDirectory(prefix="wwandoctor-bed-") as tmp:
        path = os.path.join(tmp, "bed.umockdev")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(umockdev_text)
        return subprocess.run([umockdev_run, "-d", path, "--"] + list(argv), stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
                              timeout=timeout, env=_env(env, checkout), cwd=cwd)


def python_in_testbed(umockdev_text: str, code: str, **kwargs):
    """Run ``python -c code`` in the test-bed and return its stdout as JSON (AssertionError on failure)."""
    proc = run_in_testbed(umockdev_text, [sys.executable, "-c", code], **kwargs)
    if proc.returncode != 0:
        raise AssertionError("test-bed command failed (%d): %s" % (proc.returncode, proc.stderr[-2000:]))
    return json.loads(proc.stdout)
