"""Saved files: 0600 through a temporary file and a rename, never through a symlink; --save
directories 0700; --no-redact says so on stderr for every command and in every format."""
from __future__ import annotations

import json
import os

import pytest

from wwandoctor.cli import main
from wwandoctor.private_files import make_private_dir, write_private

PASTE = """\
[    5.250125] usb 1-7: New USB device found, idVendor=413c, idProduct=81a3, bcdDevice= 0.06
[    6.012345] cdc_mbim 1-7:2.12: cdc-wdm0: USB WDM device
"""


def _mode(path) -> int:
    return os.stat(str(path)).st_mode & 0o777


def test_existing_target_gets_0600(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old")
    os.chmod(str(target), 0o644)
    write_private(str(target), "new")
    assert target.read_text() == "new" and _mode(target) == 0o600


def test_symlink_at_target_is_replaced_not_followed(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    link = tmp_path / "snap.json"
    os.symlink(str(victim), str(link))
    write_private(str(link), "snapshot")
    assert victim.read_text() == "keep me"
    assert not os.path.islink(str(link)) and link.read_text() == "snapshot" and _mode(link) == 0o600


def test_no_temporary_file_left_and_umask_ignored(tmp_path):
    old = os.umask(0)
    try:
        write_private(str(tmp_path / "a.json"), "x")
    finally:
        os.umask(old)
    assert os.listdir(str(tmp_path)) == ["a.json"] and _mode(tmp_path / "a.json") == 0o600


def test_directory_target_is_an_error(tmp_path):
    with pytest.raises(OSError):
        write_private(str(tmp_path), "x")
    assert os.listdir(str(tmp_path)) == []


def test_save_directory_is_0700(tmp_path):
    old = os.umask(0o022)
    try:
        make_private_dir(str(tmp_path / "a" / "saved"))
    finally:
        os.umask(old)
    assert _mode(tmp_path / "a" / "saved") == 0o700


@pytest.fixture
def fake_machine(monkeypatch):
    import wwandoctor.collect
    from wwandoctor.ingest import ingest_text

    def fake_collect_all(root="/", on_done=None):
        snap = ingest_text(PASTE)
        snap.origin = "live"
        return snap
    monkeypatch.setattr(wwandoctor.collect, "collect_all", fake_collect_all)


def test_check_save_writes_private_files_in_a_private_dir(capsys, fake_machine, tmp_path):
    saved = tmp_path / "saved"
    (tmp_path / "elsewhere").write_text("keep")
    saved.mkdir(mode=0o700)
    os.symlink(str(tmp_path / "elsewhere"), str(saved / "report.md"))
    main(["check", "--save", str(saved)])
    capsys.readouterr()
    assert (tmp_path / "elsewhere").read_text() == "keep"
    for name in ("report.md", "report.json"):
        assert _mode(saved / name) == 0o600 and not os.path.islink(str(saved / name))


def test_check_save_creates_0700(capsys, fake_machine, tmp_path):
    main(["check", "--save", str(tmp_path / "new")])
    capsys.readouterr()
    assert _mode(tmp_path / "new") == 0o700


@pytest.mark.parametrize("argv", [["collect"], ["check", "--format", "json"], ["check", "--format", "text"],
                                  ["check", "--format", "markdown"], ["check", "--format", "mail"]])
def test_no_redact_warns_on_stderr_and_in_the_output(capsys, fake_machine, argv):
    main(argv + ["--no-redact"])
    cap = capsys.readouterr()
    assert "not redacted" in cap.err.lower()
    assert "not redacted" in cap.out.lower()
    if "collect" in argv or "json" in argv:
        data = json.loads(cap.out)
        assert data["redacted"] is False and "not redacted" in data["warning"].lower()
    main(argv)
    cap = capsys.readouterr()
    assert "not redacted" not in (cap.err + cap.out).lower()


@pytest.mark.parametrize("fmt", ["text", "markdown", "mail", "json"])
def test_analyze_no_redact_warns(capsys, tmp_path, fmt):
    paste = tmp_path / "dmesg.txt"
    paste.write_text(PASTE)
    main(["analyze", "--no-redact", "--format", fmt, str(paste)])
    cap = capsys.readouterr()
    assert "not redacted" in cap.err.lower() and "not redacted" in cap.out.lower()


def test_unredacted_snapshot_still_loads(capsys, fake_machine, tmp_path):
    main(["collect", "--no-redact", "-o", str(tmp_path / "s.json")])
    capsys.readouterr()
    assert _mode(tmp_path / "s.json") == 0o600
    rc = main(["analyze", "--format", "json", str(tmp_path / "s.json")])
    out = capsys.readouterr().out
    assert rc != 2 and json.loads(out)["schema"] == "wwandoctor.report/1"  # the "warning" key is no input error
