"""The renderings of a paste that must not change the diagnosis (tests/robustness.py measures all).

Every shared case (../shared/cases), each INVARIANT transform applied to its inputs: analyze's top
finding must be the one of the untransformed inputs. The kernel-stamp transforms only touch dmesg
lines and expand-tabs only tabs, so they run on every case set (tuning, spent and written too).
mail-wrap and quote-wrap (hard-wrapped mail), and the combined renderings that include them (mail-reply,
wrapped-thread), still change a few diagnoses: they must keep at least WRAPPED_MIN of the shared cases
(see /work/notes/wrap.md).
"""
from __future__ import annotations

import os

import pytest

import robustness
from robustness import BY_NAME, SETS

# share of the shared cases whose top finding a hard-wrapped rendering must keep (reached: 39/39, 61/61;
# on every set 243/244 and 288/290)
WRAPPED_MIN = {"mail-wrap": 0.97, "quote-wrap": 0.97, "mail-reply": 0.97, "wrapped-thread": 0.97}
INVARIANT = [t.name for t in robustness.TRANSFORMS if t.name not in WRAPPED_MIN]
# transforms that touch few shared cases (only dmesg lines, only tabs) run on every case set
WIDE = ("dmesg-T", "no-stamp", "journalctl-k", "short-iso", "kern-log", "logread", "dmesg-x", "dmesg-H", "expand-tabs")

# (transform, case): why its top finding still changes. Each must still change (the test says when it is mended).
KNOWN_GAPS = {}

_baselines = {}


def _cases(transform):
    sets = list(SETS) if transform in WIDE else ["shared"]
    return robustness.cases([s for s in sets if os.path.isdir(SETS[s])])


def _baseline(case, paste, workdir):
    key = (case.name, paste)
    if key not in _baselines:
        _baselines[key] = robustness.baseline(case, paste, workdir)
    return _baselines[key]


def test_the_shared_cases_are_there():
    assert len(robustness.cases(["shared"])) >= 60


def _changed(name, workdir):
    """(cases the transform applies to, the changed ones as "case: before -> after")."""
    transform = BY_NAME[name]
    applied, changed = 0, []
    for case in _cases(name):
        after = robustness.run(case, transform, workdir)
        if after is None:
            continue
        applied += 1
        before = _baseline(case, transform.paste, workdir)
        gap = (name, case.name) in KNOWN_GAPS
        assert not gap or after != before, "%s under %s is mended: remove it from KNOWN_GAPS" % (case.name, name)
        if after != before and not gap:
            changed.append("%s: %s -> %s" % (case.name, before, after))
    assert applied >= 5, "the transform applies to almost no case: it tests nothing"
    return applied, changed


@pytest.mark.parametrize("name", INVARIANT)
def test_transform_keeps_the_top_finding(name, tmp_path):
    applied, changed = _changed(name, str(tmp_path / "in"))
    assert not changed, "%s changes the top finding of %d of %d cases:\n%s" % (
        name, len(changed), applied, "\n".join(changed))


@pytest.mark.parametrize("name", sorted(WRAPPED_MIN))
def test_hard_wrapped_renderings_keep_nearly_every_top_finding(name, tmp_path):
    applied, changed = _changed(name, str(tmp_path / "in"))
    assert applied - len(changed) >= WRAPPED_MIN[name] * applied, "%s changes the top finding of %d of %d cases:\n%s" % (
        name, len(changed), applied, "\n".join(changed))


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_transforms_change_the_text_they_apply_to(name):
    sample = ("root@OpenWrt:~# dmesg\n"
              "[   12.345678] usb 1-1: New USB device found, idVendor=2c7c, idProduct=0125\n"
              "    Mode: 'low-power'  \"x\" & <y>\t z with a line long enough to be wrapped by a mail client at "
              "seventy-two columns\n")
    transform = BY_NAME[name]
    if transform.paste:
        new = transform.apply([(sample, "dmesg"), (sample, "dmesg")], "")
    else:
        new = transform.apply(sample, "dmesg")
    assert new is not None and new != sample
