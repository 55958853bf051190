"""Each model field a rule may name is declared once (model/types.py); everything else is made from it."""
from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

from wwandoctor.engine import catalogue
from wwandoctor.engine.fields import field_rows, kinds
from wwandoctor.model import FIELD_DOCS, Host, Model, Modem
from wwandoctor.model.fields import reported
from wwandoctor.snapshot import Snapshot

README = Path(__file__).resolve().parent.parent / "rules" / "README.md"


@pytest.mark.parametrize("name", sorted(kinds()))
def test_every_rule_field_has_its_doc(name):
    assert FIELD_DOCS[name]["doc"].strip(), name


@pytest.mark.parametrize("name", sorted(n for n in kinds() if not n.endswith((".id", ".events"))))
def test_every_field_that_can_be_unknown_names_a_command(name):
    """modem.id is always known; the others may be unknown in some input."""
    assert FIELD_DOCS[name]["settle"].strip(), name


def test_field_docs_are_the_declarations():
    for cls, prefix in ((Modem, "modem"), (Host, "host")):
        for f in dataclasses.fields(cls):
            if f.name != "evidence":
                assert FIELD_DOCS["%s.%s" % (prefix, f.name)]["doc"] == f.metadata["doc"]


def test_the_report_shows_the_declared_fields_in_order():
    from wwandoctor.report import host_summary, modem_details
    modem = Modem(id="usb:1-7", raw_ip=False, mm_state="failed")
    details = modem_details(modem)
    assert list(details)[:len(reported(Modem))] == reported(Modem)
    assert details["raw_ip"] is False and details["mm_state"] == "failed"
    assert "vid" not in details  # the modem entry's own keys are not repeated in details
    host = Host(kernel_release="6.8.0", secure_boot=True)
    summary = host_summary(Model(snapshot=Snapshot(), host=host, modems=[modem]))
    assert list(summary) == reported(Host)
    assert summary["kernel_release"] == "6.8.0" and summary["modem_count"] == 1


def test_rules_readme_holds_the_current_field_table():
    text = README.read_text(encoding="utf-8")
    start = text.index("<!-- fields: wwandoctor rules fields --format markdown -->\n")
    end = text.index("<!-- end of fields -->")
    table = text[text.index("\n", start) + 1:end]
    assert table == catalogue.fields_markdown(field_rows()), (
        "rules/README.md is out of date: paste `wwandoctor rules fields --format markdown` between the markers")


def test_rules_fields_command_lists_every_field():
    out = io.StringIO()
    assert catalogue.list_fields(out) == 0
    text = out.getvalue()
    assert all(name in text for name in kinds())
    assert "%d fields." % len(kinds()) in text
    out = io.StringIO()
    catalogue.list_fields(out, "json")
    rows = json.loads(out.getvalue())
    vid = next(r for r in rows if r["field"] == "modem.vid")
    assert vid == {"field": "modem.vid", "kind": "str", "doc": FIELD_DOCS["modem.vid"]["doc"],
                   "settle": "lsusb; lspci -nn", "report": False}
