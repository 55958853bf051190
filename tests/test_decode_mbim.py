"""MBIM radio state: decoding libmbim RAW traces and mbimcli output (wwandoctor.decode.mbim)."""
from __future__ import annotations

import pathlib

from wwandoctor.ingest import ingest_inputs
from wwandoctor.decode.mbim import decode_radio_state, radio_states
from wwandoctor.model import derive

SAMPLES = pathlib.Path(__file__).parent / "samples"
UUID = "A2:89:CC:33:BC:BB:8B:4F:B6:B0:13:3E:C2:AA:E6:DF"


def _reply(hw: int, sw: int, status: int = 0, cid: int = 3, msg_type: str = "03:00:00:80") -> str:
    def u32(v):
        return ":".join("%02X" % b for b in v.to_bytes(4, "little"))
    body = [msg_type, u32(56), u32(19), u32(1), u32(0), UUID, u32(cid), u32(status), u32(8), u32(hw), u32(sw)]
    return ":".join(body)


def _bytes(text: str) -> bytes:
    return bytes.fromhex(text.replace(":", ""))


def test_real_trace_decodes_to_software_off():
    lines = (SAMPLES / "mbim-radio-state-trace-2013.txt").read_text().replace("#012", "\n").splitlines()
    hw, sw, line = radio_states(lines)
    assert (hw, sw) == ("on", "off")
    assert line.startswith(">>>>>> data = 03:00:00:80")


def test_real_trace_through_ingest_and_model():
    model = derive(ingest_inputs([str(SAMPLES / "mbim-radio-state-trace-2013.txt")]))
    assert model.host.mbim_radio_hw == "on"
    assert model.host.mbim_radio_sw == "off"
    assert model.host.evidence["mbim_radio_sw"][0].text.startswith("MBIM radio state sw")


def test_each_state_combination():
    for hw in (0, 1):
        for sw in (0, 1):
            assert decode_radio_state(_bytes(_reply(hw, sw))) == (("off", "on")[hw], ("off", "on")[sw])


def test_not_a_radio_state_reply():
    assert decode_radio_state(_bytes(_reply(1, 0, cid=2))) is None  # subscriber-ready-status
    assert decode_radio_state(_bytes(_reply(1, 0, status=2))) is None  # an error status
    assert decode_radio_state(_bytes(_reply(1, 0, msg_type="03:00:00:00"))) is None  # a command we sent
    assert decode_radio_state(b"\x03\x00\x00\x80") is None  # truncated
    assert decode_radio_state(_bytes(_reply(1, 7))) is None  # not a radio state value


def test_indication_has_no_status_field():
    def u32(v):
        return ":".join("%02X" % b for b in v.to_bytes(4, "little"))
    text = ":".join(["07:00:00:80", u32(52), u32(0), u32(1), u32(0), UUID, u32(3), u32(8), u32(0), u32(1)])
    assert decode_radio_state(_bytes(text)) == ("off", "on")


def test_data_wrapped_over_lines_and_last_state_wins():
    first = ">>>>>> data = " + _reply(1, 0)
    wrapped = ">>>>>> data = " + _reply(1, 1)
    cut = wrapped.index("A2:89")
    lines = [first, "other line", wrapped[:cut], wrapped[cut:]]
    assert radio_states(lines)[:2] == ("on", "on")


def test_mbimcli_output():
    out = ["[/dev/cdc-wdm0] Radio state retrieved:", "\t      Hardware radio state: 'off'",
           "\t      Software radio state: 'on'"]
    assert radio_states(out)[:2] == ("off", "on")
    assert radio_states(["Software radio state: 'off'"])[:2] == (None, "off")


def test_nothing_to_decode():
    assert radio_states(["data = zz:01", "ModemManager started", ""]) is None
    assert radio_states([]) is None


def test_translated_trace_lines_give_the_state():
    """libmbim's translated fields (build-aux/mbim-codegen/Message.py: "<prefix>  <Field> = '<nick>'")."""
    lines = [">>>>>>   HwRadioState = 'on'", ">>>>>>   SwRadioState = 'off'"]
    assert radio_states(lines)[:2] == ("on", "off")


def test_bare_translated_trace_through_ingest_and_model():
    """A ModemManager -G DEBUG excerpt pasted without its log prefix (a public setup write-up: the
    power-up refused, then the radio-state fields); the trace parser keeps the lines, the model reads them."""
    model = derive(ingest_inputs([str(SAMPLES / "mbim-translated-radio-state-trace.txt")]))
    assert (model.host.mbim_radio_hw, model.host.mbim_radio_sw) == ("on", "off")


def test_trace_wrapped_by_a_mail_archive():
    """The marker alone on its line and the field on the next (a mailing-list archive's wrapping)."""
    from wwandoctor.ingest import ingest_text
    text = "          >>>>>>\n HwRadioState = 'on'\n          >>>>>>\n SwRadioState = 'off'\n"
    model = derive(ingest_text(text))
    assert (model.host.mbim_radio_hw, model.host.mbim_radio_sw) == ("on", "off")


def test_a_sentence_is_not_a_trace():
    from wwandoctor.ingest import mbim_trace
    from wwandoctor.ingest.block import Block
    assert mbim_trace.detect(Block(lines=["The radio is off and length = 5 is not a trace"])) == 0
