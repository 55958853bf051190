"""Progress on stderr, only on a terminal: a bar while analyze reads a big input and while check
collects, a hint when ``analyze -`` waits on a terminal, and nothing at all off a terminal."""
import io
import os
import subprocess
import sys

from wwandoctor import progress

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LINE = b"[  12.000000] usb 1-7: new high-speed USB device number 3 using xhci_hcd\n"


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


class FakeStdin(io.BytesIO):
    def isatty(self):
        return True

    @property
    def buffer(self):
        return self


def _big_log(tmp_path):
    path = tmp_path / "dmesg.txt"
    with open(path, "wb") as fh:
        fh.write(LINE * (progress.BIG_INPUT_BYTES // len(LINE) + 1000))
    return str(path)


def test_a_big_input_shows_a_bar_on_a_terminal(tmp_path, monkeypatch):
    from wwandoctor.ingest import ingest_inputs
    path = _big_log(tmp_path)
    plain = ingest_inputs([path])
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    shown = ingest_inputs([path])
    assert "reading dmesg.txt" in terminal.getvalue()
    assert len(shown.log) == len(plain.log) and shown.notes == plain.notes  # the bar changes nothing read


def test_small_inputs_and_pipes_show_no_bar(tmp_path):
    path = _big_log(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", path], cwd=REPO,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    assert proc.returncode in (0, 1, 3)
    assert "reading" not in proc.stderr and "\x1b[" not in proc.stderr


def test_analyze_stdin_on_a_terminal_gives_a_hint(monkeypatch):
    from wwandoctor.ingest import ingest_inputs
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdin", FakeStdin(LINE))
    ingest_inputs(["-"])
    assert "Ctrl-D" in terminal.getvalue()


def test_analyze_stdin_from_a_pipe_gives_no_hint():
    proc = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", "-"], cwd=REPO, input=LINE.decode(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
    assert "Ctrl-D" not in proc.stderr


def test_check_counts_its_sources_on_a_terminal(monkeypatch, tmp_path):
    from wwandoctor import commands
    from wwandoctor.collect import sources
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    done = []

    def fake_collect_all(on_done=None):
        for source in sources():
            done.append(source)
            on_done(source)
        return "snapshot"

    assert commands._collect_with_progress(fake_collect_all) == "snapshot"
    assert "collecting (read-only)" in terminal.getvalue()
    assert len(done) == len(sources()) == 10


def test_collect_all_reports_every_source_done(tmp_path):
    from wwandoctor.collect import collect_all, sources
    done = []
    collect_all(root=str(tmp_path), on_done=done.append)
    assert sorted(done) == sorted(sources())
