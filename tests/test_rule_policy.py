"""What a rule's labels promise (issue 10): an ``experimental`` rule - one no real sample has fired
yet - reports at most ``warning``; ``error`` is for rules whose evidence real posts have shown."""
from wwandoctor.engine.loader import load_rules


def test_experimental_rules_report_at_most_warning():
    loud = [r.id for r in load_rules() if r.status == "experimental" and r.severity == "error"]
    assert loud == [], "experimental rules at severity error: %s" % ", ".join(loud)
