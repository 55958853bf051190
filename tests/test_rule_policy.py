"""What a rule's labels promise (issue 10): an ``experimental`` rule - one no real sample has fired
yet - reports at most ``warning``; ``error`` is for rules whose evidence real posts have shown."""
import re

from wwandoctor.engine.loader import load_rules


def test_experimental_rules_report_at_most_warning():
    loud = [r.id for r in load_rules() if r.status == "experimental" and r.severity == "error"]
    assert loud == [], "experimental rules at severity error: %s" % ", ".join(loud)


# "(see the other finding)", "see the findings above": a finding may be the only one in its report
_POINTS_ELSEWHERE = re.compile(r"\b(?:the\s+other\s+findings?|(?:findings?|rules?)\s+(?:above|below)|"
                               r"(?:see|read)\s+(?:the\s+)?(?:next|previous)\s+finding)\b", re.I)


def test_a_finding_s_text_stands_alone_and_points_to_no_other_finding():
    pointing = [r.id for r in load_rules()
                if _POINTS_ELSEWHERE.search(r.title.text + " " + r.message.text)]
    assert pointing == [], "rules whose text points to another finding: %s" % ", ".join(pointing)
