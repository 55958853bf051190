"""An interpreter's prompt in a paste (ingest/repl.py) and the answer to a lookup of a program (ingest/which.py)."""
import pytest

from wwandoctor.ingest import ingest_text
from wwandoctor.ingest.splitter import prompt_command

COMMANDS = [
    ('iex(1)> cmd("lsusb")', "lsusb"),
    ('iex(nerves@nerves.local)2> System.cmd("dmesg", ["-T"])', "dmesg -T"),
    ("iex(3)> :os.cmd('ip addr')", "ip addr"),
    ('iex(4)> :os.cmd(~c"lsusb -t")', "lsusb -t"),
    ('iex> System.find_executable("usb_modeswitch")', "which usb_modeswitch"),
    ('irb(main):001:0> system("mmcli -L")', "mmcli -L"),
    ("iex(5)> VintageNet.info", "VintageNet.info"),
]


@pytest.mark.parametrize("line,command", COMMANDS)
def test_an_interpreter_prompt_gives_the_command_it_runs(line, command):
    assert prompt_command(line) == command


@pytest.mark.parametrize("line", ["iex is great > really", "The iex(1) prompt shows nothing.", "> quoted mail line"])
def test_a_line_that_only_names_the_interpreter_is_no_prompt(line):
    assert prompt_command(line) is None


def test_output_under_an_iex_prompt_is_read_as_its_command():
    snap = ingest_text('iex(1)> cmd("lsusb")\n'
                       "Bus 001 Device 004: ID 12d1:1506 Huawei Technologies Co., Ltd. Modem/Networkcard\n"
                       "0\n")
    assert [(d.vid, d.pid) for d in snap.usb_devices] == [("12d1", "1506")]


@pytest.mark.parametrize("paste", [
    'iex(1)> System.find_executable("usb_modeswitch")\nnil\n',
    "$ which usb_modeswitch\nwhich: no usb_modeswitch in (/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin)\n",
])
def test_a_lookup_that_finds_nothing_is_noted(paste):
    assert "which usb_modeswitch => not found" in [line.text for line in ingest_text(paste).log]


@pytest.mark.parametrize("paste", [
    'iex(1)> System.find_executable("usb_modeswitch")\n"/usr/sbin/usb_modeswitch"\n',
    "$ which usb_modeswitch\n/usr/sbin/usb_modeswitch\n",
])
def test_a_lookup_that_finds_the_program_notes_nothing(paste):
    assert not any("=> not found" in line.text for line in ingest_text(paste).log)
