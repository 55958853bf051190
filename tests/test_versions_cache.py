"""A tool's version is read once and reused while the program file stays the same.

Real programs: shell scripts on a PATH of their own that count their runs; the real runner."""
from __future__ import annotations

import os

from wwandoctor.collect import runner, versions
from wwandoctor.snapshot import Snapshot


def program(folder, name, version, counter):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("#!/bin/sh\necho run >> %s\necho '%s %s'\n" % (counter, name, version))
    os.chmod(path, 0o755)
    return path


def runs(counter) -> int:
    if not os.path.exists(counter):
        return 0
    with open(counter, encoding="utf-8") as fh:
        return len(fh.read().split())


def collect() -> Snapshot:
    snap = Snapshot()
    versions.collect_versions(snap)
    return snap


def setup(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))  # the other tools are not installed
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    counter = str(tmp_path / "runs")
    return str(bin_dir), counter


def test_a_version_is_read_once_while_the_program_is_the_same(tmp_path, monkeypatch):
    bin_dir, counter = setup(tmp_path, monkeypatch)
    path = program(bin_dir, "mmcli", "1.20.4", counter)
    first, second = collect(), collect()
    assert runs(counter) == 1
    assert first.versions == second.versions == {"mmcli": "1.20.4"}
    assert first.sources == second.sources  # "not installed: ModemManager, qmicli, ..." both times
    assert "qmicli" in second.sources["versions"].detail
    os.unlink(path)  # a new program file (an upgrade): read again
    program(bin_dir, "mmcli", "1.22.0", counter)
    assert collect().versions == {"mmcli": "1.22.0"} and runs(counter) == 2


def test_a_removed_program_is_missing_again(tmp_path, monkeypatch):
    bin_dir, counter = setup(tmp_path, monkeypatch)
    path = program(bin_dir, "qmicli", "1.32.2", counter)
    assert collect().versions == {"qmicli": "1.32.2"}
    os.unlink(path)
    snap = collect()
    assert snap.versions == {} and "qmicli" in snap.sources["versions"].detail


def test_a_cache_others_can_write_is_not_used(tmp_path, monkeypatch):
    bin_dir, counter = setup(tmp_path, monkeypatch)
    program(bin_dir, "mmcli", "1.20.4", counter)
    collect()
    cache = os.path.join(str(tmp_path / "cache"), "wwandoctor", versions.VersionCache.NAME)
    os.chmod(cache, 0o666)
    collect()
    assert runs(counter) == 2


def test_a_damaged_or_unwritable_cache_only_costs_the_runs(tmp_path, monkeypatch):
    bin_dir, counter = setup(tmp_path, monkeypatch)
    program(bin_dir, "mmcli", "1.20.4", counter)
    collect()
    cache = os.path.join(str(tmp_path / "cache"), "wwandoctor", versions.VersionCache.NAME)
    with open(cache, "w", encoding="utf-8") as fh:
        fh.write("{not json")
    assert collect().versions == {"mmcli": "1.20.4"} and runs(counter) == 2
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))  # a file where the folder would be
    assert collect().versions == {"mmcli": "1.20.4"} and runs(counter) == 3


def test_a_replaced_runner_always_runs(tmp_path, monkeypatch):
    bin_dir, counter = setup(tmp_path, monkeypatch)
    program(bin_dir, "mmcli", "1.20.4", counter)
    collect()
    fake = runner.fake_runner({("mmcli", "--version"): runner.CommandResult("ok", 0, "mmcli 9.9\n", "")})
    with runner.replaced_runner(fake):
        assert collect().versions == {"mmcli": "9.9"}
    assert ["mmcli", "--version"] in fake.calls
