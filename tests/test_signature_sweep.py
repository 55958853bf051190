"""The sweep's invariant (tests/signature_sweep.py): one decisive line names its cause, in every format.

Each decisive message (a signature-table fact a rule concludes from alone, in its program's own
wording) is pasted alone in every log format its program's output really appears in, with and
without the --tool a person would name; the top error/warning finding must be its cause. The
no-fault lines must stay silent. A row or a format that regresses fails here, named.
"""
import pytest

from signature_sweep import MESSAGES, cases, outcome, problem_causes
from wwandoctor import signatures

# facts of a working modem: the no-fault lines listed under them prove them
POSITIVE = {"sim:ready", "reg:registered", "radio:on", "mm:enabled", "dhcp:lease"}

REQUIRED = [(msg, fmt, with_tool, paste) for msg, fmt, with_tool, paste in cases()
            if not msg.context]


def _id(case):
    msg, fmt, with_tool, _paste = case
    return "%s|%s|%s|%s" % (msg.fact, msg.text[:40], fmt, "tool" if with_tool else "no-tool")


@pytest.mark.parametrize("case", REQUIRED, ids=[_id(c) for c in REQUIRED])
def test_decisive_line_names_its_cause(case):
    msg, _fmt, with_tool, paste = case
    causes = problem_causes(paste, [msg.tool] if with_tool else [])
    expected = "silent" if msg.cause is None else "top1"
    assert outcome(msg, causes) == expected, "%r -> %s (expected %s)" % (paste, causes, msg.cause or "no finding")


def test_every_message_proves_its_fact():
    """The sweep's messages are the table's: each bare message proves the fact it is listed under (a no-fault
    look-alike is listed under the fact it resembles; what counts for it is that the report stays silent)."""
    for msg in MESSAGES:
        if not msg.fact:
            continue      # a rule's own log pattern reads it
        text = msg.text if msg.kind != "at" else "%s => %s" % (msg.command, msg.text)
        origin = msg.program if msg.kind == "program" and msg.program else "paste"   # a syslog tag, as the reader keeps it
        found = signatures.scan([signatures.LogLine(text=text, origin=origin)])
        if msg.cause is not None or msg.fact in POSITIVE:
            assert msg.fact in found, msg.text


def test_sweep_covers_every_decisive_fact():
    """Every fact that a rule concludes from alone has at least one message in the sweep."""
    decisive = {"fcc:radio-locked", "fcc:unlock-failed", "sim:invalid", "sim:missing", "sim:locked", "sim:card-error",
                "sim:other-slot", "reg:denied", "reg:searching", "reg:limited-service", "reg:no-signal",
                "call:rejected-apn", "qmi:client-ids-exhausted", "port:open-denied", "fw:image-mismatch",
                "fw:carrier-config-not-activated", "fwupdate:tty-timeout", "module:load-key-rejected",
                "module:load-eperm", "module:signature-untrusted", "module:unknown-symbol", "build:kernel-tree-missing",
                "build:module-compile-failed",
                "mm:bus-name-not-acquired", "mm:not-running", "vendor-driver:non-vendor-interface",
                "vendor-driver:rx-larger-than-mtu", "vendor-driver:qmap-frame-invalid",
                "qmi_wwan:cdc-descriptors-missing", "xmm7360:no-rpc-node", "t7xx:handshake-failed",
                "t7xx:modem-exception", "t7xx:device-unreachable", "t7xx:resume-failed", "iosm:ipc-init-timeout",
                "iosm:link-down", "composition:switch-refused", "module:built-for-other-kernel",
                "port:qmi-mode-on-non-qmi-port", "port:mbim-mode-on-non-mbim-port"}
    swept = {m.fact for m in MESSAGES if m.cause and not m.context}
    assert decisive <= swept, sorted(decisive - swept)
    assert decisive <= set(signatures.facts())
