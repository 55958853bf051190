"""reports/ holds example reports made from the test-beds; they must be current."""
import make_reports


def test_reports_are_current(umockdev_run):
    stale = make_reports.stale_files()
    assert stale == [], "reports/ is not current, run: .venv/bin/python tests/make_reports.py (stale: %s)" % stale
