"""The whole diagnosis (model, rules, report, redaction, every output format) on random snapshots:
it may conclude anything, but never raise. mmcli objects hold what mmcli prints and, often, values
of other shapes (the loader refuses most of them, tests/test_snapshot_robust.py; the model must not
trip on the rest)."""
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wwandoctor import snapshot as S
from wwandoctor.engine import evaluate, load_rules
from wwandoctor.model import derive
from wwandoctor.redact import Redactor
from wwandoctor.render import render
from wwandoctor.report import build_report

JSON_LEAF = st.none() | st.booleans() | st.integers(-5, 70000) | st.text(max_size=12)
JSON = st.recursive(JSON_LEAF, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.text(max_size=8), inner, max_size=3), max_leaves=8)
# mmcli -J objects as mmcli prints them: text values, lists of text for its multi-value fields
TEXT = st.text(max_size=12) | st.sampled_from(["--", "cdc-wdm0 (qmi)", "wwan0 (net)", "ttyUSB2 (at)", "qmi_wwan",
                                               "/org/freedesktop/ModemManager1/Bearer/0", "connected", "failed",
                                               "registered", "yes", "no", "low", "sim-missing", "0"])
LISTS = ("ports", "drivers", "bearers", "sim-slots", "current-capabilities", "supported-modes")
GENERIC = st.dictionaries(st.sampled_from(["state", "device", "manufacturer", "model", "primary-port", "power-state",
                                           "state-failed-reason", "plugin", "sim", "access-technologies"] + list(LISTS)),
                          TEXT, max_size=6).flatmap(lambda d: st.fixed_dictionaries(
                              {k: (st.lists(TEXT, max_size=3) if k in LISTS else st.just(v)) for k, v in d.items()}))
# ... and, one time in three, any JSON where mmcli prints text or lists (a snapshot written by something else)
GENERIC = GENERIC | st.dictionaries(st.sampled_from(["state", "device", "model", "drivers", "ports", "bearers",
                                                     "state-failed-reason", "power-state"]), JSON, max_size=4)
TEXT = TEXT | JSON
MMCLI = st.fixed_dictionaries({}, optional={
    "generic": GENERIC,
    "3gpp": st.dictionaries(st.sampled_from(["registration-state", "operator-name", "imei", "enabled-locks"]), TEXT,
                            max_size=3),
    "dbus-path": TEXT,
    "status": st.dictionaries(st.sampled_from(["connected", "interface", "suspended", "ip-timeout"]), TEXT, max_size=3)
    | st.fixed_dictionaries({"connected": TEXT, "connection-error": st.dictionaries(
        st.sampled_from(["name", "message"]), TEXT, max_size=2)}),
    "properties": st.dictionaries(st.sampled_from(["apn", "ip-type", "user", "roaming"]), TEXT, max_size=3)})

st.register_type_strategy(S.CdcDescriptor, st.builds(S.CdcDescriptor, subtype=st.integers(0, 255),
                                                      name=st.sampled_from(["header", "union", "mbim", "other"]),
                                                      fields=st.dictionaries(st.text(max_size=6), JSON_LEAF, max_size=3)))
st.register_type_strategy(S.ModemManagerView, st.builds(
    S.ModemManagerView, modem_list=st.none() | st.lists(st.text(max_size=30), max_size=2),
    modems=st.lists(MMCLI, max_size=2), bearers=st.lists(MMCLI, max_size=1), sims=st.lists(MMCLI, max_size=1),
    errors=st.lists(st.text(max_size=20), max_size=2)))

RULES = load_rules()
FORMATS = ("text", "markdown", "mail", "json")


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(snap=st.from_type(S.Snapshot), fmt=st.sampled_from(FORMATS), redact=st.booleans())
def test_random_snapshots_never_crash_the_diagnosis(snap, fmt, redact):
    model = derive(snap)
    report = build_report(model, evaluate(RULES, model))
    if redact:
        report = Redactor().redact_report(report)
    render(report, fmt, io.StringIO())
