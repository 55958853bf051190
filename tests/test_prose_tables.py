"""The mechanisms of the per-language tables of stated facts (model/prose_states_foreign.py, model/prose_foreign.py):
the parts of a statement in any order, a negated FCC lock, an elided pronoun before a negated verb, the hedges of the
languages without a clause-grammar row. The sentences are WRITTEN for these tests; tests/written_paraphrases/tuning29e.yaml
holds the coverage table per fact and language."""
from __future__ import annotations

import pytest

from prose_util import stated


@pytest.mark.parametrize("text, fact", [
    # the connection, its dropping and how often, in the orders German and Spanish put them
    ("Die Verbindung bricht alle paar Minuten ab.", "said:drops-periodically"),
    ("Alle paar Minuten bricht die Verbindung ab.", "said:drops-periodically"),
    ("Cada pocos minutos se corta la conexión.", "said:drops-periodically"),
    # the modem named inside the freeze (a verb-second clause) and the power cut after it
    ("Nach einer Woche hängt sich das Modem auf und nur Strom aus und an hilft.", "said:modem-crashes"),
    # the SIM, its PIN and its being set, in any order
    ("Auf der SIM-Karte ist die PIN noch aktiv.", "said:sim-locked"),
    # an elided pronoun between the negation and the verb
    ("Le modem cherche le réseau sans jamais s'enregistrer.", "said:not-registered"),
    # Czech and Turkish: no clause-grammar row, the table's rows read them
    ("Modem nevidí SIM kartu.", "said:sim-not-detected"),
    ("Modem SIM kartı algılamıyor.", "said:sim-not-detected"),
    # connected, and a negation beside what does not go through (either order)
    ("Die Verbindung steht, aber es gehen keine Pakete raus.", "said:ip-no-internet"),
    ("Połączenie jest aktywne, tylko strony się nie ładują.", "said:ip-no-internet"),
    # usb_modeswitch and its switching negated, however far German puts the negation
    ("usb_modeswitch schaltet den Stick leider nicht um.", "said:storage-mode"),
    # the port and its absence, in one clause
    ("Nenhuma porta ttyUSB aparece.", "said:serial-ports-never-appeared"),
    ("Die ttyUSB-Ports sind da, aber cdc-wdm fehlt.", "said:control-node-never-appeared"),
    # another computer, and the device working there
    ("Na jiném notebooku modem jede.", "said:works-on-other-host"),
    ("No Windows o modem funciona, mas neste Linux não.", "said:works-on-other-host"),
])
def test_a_statement_is_read(text, fact):
    assert fact in stated(text)


@pytest.mark.parametrize("text, fact", [
    ("Il modem non è bloccato dall'FCC.", "said:fcc-lock"),
    ("Der Stick ist nicht per FCC-Lock gesperrt.", "said:fcc-lock"),
    ("It's not the FCC lock, the SIM was missing.", "said:fcc-lock"),
    ("Die Verbindung brach früher alle paar Minuten ab.", "said:drops-periodically"),
    ("Die PIN ist deaktiviert, die SIM-Karte ist nicht mehr gesperrt.", "said:sim-locked"),
    ("Pokud modem nevidí SIM kartu, zkuste ji vyjmout.", "said:sim-not-detected"),
    ("Eğer modem SIM kartı algılamıyorsa ne yapmalıyım?", "said:sim-not-detected"),
    ("ModemManager stürzt ständig ab.", "said:modem-crashes"),
    ("The app crashes when I open the modem page.", "said:modem-crashes"),
    ("Ya no aparece como unidad de CD, ahora es un módem.", "said:storage-mode"),
    ("Das Modem wird als Modem erkannt, nicht als CD-ROM.", "said:storage-mode"),
    ("Die Verbindung steht und auch DNS funktioniert.", "said:ip-no-internet"),
    ("Conectado sin cortes, no hay problema con internet.", "said:ip-no-internet"),
    ("Die Verbindung steht, Internet kein Problem.", "said:ip-no-internet"),
    ("usb_modeswitch a basculé la clé sans problème.", "said:storage-mode"),
    ("ttyUSB0 antwortet nicht auf AT-Befehle.", "said:serial-ports-never-appeared"),
    ("Die ttyUSB-Ports sind da, aber cdc-wdm fehlt.", "said:serial-ports-never-appeared"),
    ("Die ttyUSB-Ports sind da, aber cdc-wdm fehlt.", "said:module-missing"),
    ("Tampoco en otro ordenador funciona.", "said:works-on-other-host"),
    ("Auch auf einem anderen PC funktioniert er nicht.", "said:works-on-other-host"),
    ("Le modem ne se fige plus depuis la mise à jour.", "said:modem-crashes"),
])
def test_a_look_alike_is_not_read(text, fact):
    assert fact not in stated(text)


@pytest.mark.parametrize("module", ["prose_states", "prose_states_foreign", "prose_languages", "prose_foreign",
                                    "prose_grammar", "prose_variants"])
def test_no_table_names_a_key_twice(module):
    """A dict written with one key twice keeps only the last value: two helpers' rows for one language, united at a
    rebase, would silently lose the first (the tables are one row per fact and language)."""
    import ast
    import pathlib
    source = pathlib.Path(__file__).parent.parent / "wwandoctor" / "model" / ("%s.py" % module)
    for node in ast.walk(ast.parse(source.read_text())):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            assert len(keys) == len(set(keys)), (module, node.lineno, sorted(k for k in keys if keys.count(k) > 1))


def test_one_row_per_fact_and_language():
    """A fact's rows in other languages are one table: each language has one row of it, in model/prose_states.py's
    ``_in_each_language`` tables or in model/prose_states_foreign.STATES (two rows of one language drift apart)."""
    import ast
    import collections
    import pathlib
    from wwandoctor.model import prose_states_foreign
    tables = collections.Counter((fact, code) for fact, rows in prose_states_foreign.STATES.items() for code in rows)
    source = pathlib.Path(__file__).parent.parent / "wwandoctor" / "model" / "prose_states.py"
    for node in ast.walk(ast.parse(source.read_text())):
        # (the call that makes rows of the foreign table names no fact of its own: STATES is counted above)
        if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_in_each_language"
                and isinstance(node.args[0], ast.Constant)):
            tables.update((node.args[0].value, code.value) for code in node.args[1].keys)
    assert [pair for pair, n in tables.items() if n > 1] == []
