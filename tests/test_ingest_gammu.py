"""gammu --identify and --networkinfo output (real sample: github.com/gammu/gammu issue 395, see
samples/paste/README-system.md): read as gammu's lines, the model named, the IMEI redacted in every format."""
import json
import subprocess
import sys

import pytest

from ingest_util import load, run, sample
from wwandoctor.ingest import gammu, ingest_text
from wwandoctor.ingest.block import Block
from wwandoctor.ingest.registry import best_parser
from wwandoctor.model import derive

SAMPLE = "gammu-identify-networkinfo-dwm157.txt"
# the sample with numbers in the places the poster hid (a test IMEI with a valid check digit, a test IMSI)
IMEI, IMSI = "356938035643809", "310150123456789"


def _with_numbers():
    return "\n".join(sample(SAMPLE)).replace("xxxxxxxxxxxxxxxxxxx", IMSI).replace("xxxxxxxxxxxxxx", IMEI) + "\n"


def test_every_line_is_read_as_gammu_output():
    snap = load(SAMPLE)
    assert [ln.text for ln in snap.log if ln.origin == "gammu"] == [ln.strip() for ln in sample(SAMPLE) if ln.strip()]
    assert snap.unrecognized == []
    assert snap.sources["paste:gammu"].status == "ok"


def test_the_labels_alone_are_recognised_and_a_lone_label_is_not():
    block = Block(lines=sample(SAMPLE)[:6], command=None, name="t")
    assert best_parser(block)[0] is gammu
    assert gammu.detect(Block(lines=["Model                : E1750 (E1750)", "It does not connect."], command=None)) == 0
    _, left, score = run(gammu, ["Manufacturer         : Huawei", "some other line"], command="gammu --identify")
    assert score >= 88 and left == ["some other line"]


def test_the_model_line_names_the_modem():
    text = "\n".join(sample(SAMPLE)).replace("MTK2 (MTK2)", "E1750 (E1750)")
    (modem,) = derive(ingest_text(text, "t")).modems
    assert modem.named_model == "E1750" and (modem.vid, modem.pid) == ("12d1", "1406")


@pytest.mark.parametrize("fmt", ["text", "markdown", "mail", "json"])
def test_imei_and_imsi_are_redacted_in_every_format(tmp_path, fmt):
    paste = tmp_path / "identify.txt"
    paste.write_text(_with_numbers())
    out = subprocess.run([sys.executable, "-m", "wwandoctor", "analyze", "--format", fmt, str(paste)],
                         capture_output=True, text=True)
    assert out.stdout and "Traceback" not in out.stderr
    assert IMEI not in out.stdout and IMSI not in out.stdout
    if fmt == "json":
        texts = [line["text"] for line in json.loads(out.stdout)["log_excerpt"]]
        assert any(t.startswith("IMEI") for t in texts) and any(t.startswith("SIM IMSI") for t in texts)
