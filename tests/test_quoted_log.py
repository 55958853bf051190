"""Kernel messages quoted inside the post's sentences are read as kernel log lines (ingest/quoted_log.py)."""
import pytest

from wwandoctor.ingest import ingest_text
from wwandoctor.model import derive


def _kernel_lines(text):
    return [ln.text for ln in ingest_text(text + "\n").log if ln.origin == "kernel"]


@pytest.mark.parametrize("sentence, line", [
    ("My modem does not show up, dmesg shows `usb 1-1: device descriptor read/64, error -71` over and over.",
     "usb 1-1: device descriptor read/64, error -71"),
    ('After a while the kernel prints "usb 1-1.2: USB disconnect, device number 4" and the modem is gone.',
     "usb 1-1.2: USB disconnect, device number 4"),
    ("The log says: usb 1-1: device not accepting address 5, error -71",
     "usb 1-1: device not accepting address 5, error -71"),
    # Siriling/5G-Modem-Support issue 11 (spent case): a kernel line in 【】 inside Chinese prose
    ("插件配置页里模块名称、配置串口都消失了，日志里也显示【NETDEV WATCHDOG: eth3 (rndis_host): transmit queue 0 timed out】所以我判断是模块和设备发生了中断。",
     "NETDEV WATCHDOG: eth3 (rndis_host): transmit queue 0 timed out"),
    ("日志显示：qmi_wwan 1-1:1.4: cdc-wdm0: USB WDM device", "qmi_wwan 1-1:1.4: cdc-wdm0: USB WDM device"),
    ("I see `[   12.345678] option 1-1:1.2: GSM modem (1-port) converter detected` and nothing more.",
     "option 1-1:1.2: GSM modem (1-port) converter detected"),
])
def test_a_quoted_kernel_message_is_a_kernel_line(sentence, line):
    assert _kernel_lines(sentence) == [line]


@pytest.mark.parametrize("sentence", [
    "If dmesg shows `usb 1-1: device descriptor read/64, error -71`, use a powered hub.",
    'The manual says "use the usb port next to the power jack" for the modem.',
    "I ran `sudo qmicli -d /dev/cdc-wdm0 --dms-get-ids` and got nothing back.",
    "The log says: nothing at all about the modem, just the wifi.",
    "It says: \"NETDEV WATCHDOG: enp3s0 (r8169): transmit queue 0 timed out\" on the wired card.",
])
def test_no_kernel_line_from_instructions_commands_or_other_devices(sentence):
    assert _kernel_lines(sentence) == []


def test_the_quoted_line_gives_the_kernel_facts_and_findings():
    model = derive(ingest_text("My modem does not show up, dmesg shows `usb 1-1: device descriptor read/64, "
                               "error -71` over and over.\n"))
    from wwandoctor.engine.loader import load_rules
    from wwandoctor.engine import evaluate
    causes = [f.cause for f in evaluate(load_rules(), model).findings]
    assert causes[:1] == ["usb-power-or-reset"]


# a sentence and another command's output (an lsusb -v fragment) pasted under a log line in one block
_SENTENCE_AND_OTHER_OUTPUT = ("And this is the output of the next command, in case it helps:\n"
                              "CDC NCM:\n"
                              "bcdNcmVersion 1.00\n"
                              "bmNetworkCapabilities 0x00\n"
                              "CDC Ethernet:\n"
                              "iMacAddress 6 FFFFFFFFFFFF\n"
                              "bmEthernetStatistics 0x00000000\n"
                              "wMaxSegmentSize 1514\n"
                              "wNumberMCFilters 0x0000\n"
                              "bNumberPowerFilters 0")


def test_a_syslog_kernel_line_in_a_mixed_block_is_read():
    # a log line pasted straight above a sentence and another command's output: the block is no one
    # parser's as a whole, and the line was lost (robustness concat-prose on a real case)
    text = ("Modemmanager: 1.2.0\n\n"
            "Jun 3 14:39:16 box kernel: cdc_ncm 3-10:1.0: MAC-Address:\n"
            "ff:ff:ff:ff:ff:ff\n" + _SENTENCE_AND_OTHER_OUTPUT)
    lines = _kernel_lines(text)
    assert len(lines) == 1 and lines[0].startswith("cdc_ncm 3-10:1.0: MAC-Address:")


def test_a_syslog_line_of_another_program_in_a_mixed_block_is_no_kernel_line():
    text = "Jun 3 14:39:16 box NetworkManager[812]: <info> device (wwan0): state change\n" + _SENTENCE_AND_OTHER_OUTPUT
    assert _kernel_lines(text) == []
