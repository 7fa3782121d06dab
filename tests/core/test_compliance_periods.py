from datetime import date

import pytest

from branchdesk.core.compliance import RulePeriod, Span, span_of, window
from branchdesk.core.compliance.periods import add_months, overlap_days


def test_quarter_and_month_edges_are_inclusive_and_follow_the_calendar() -> None:
    q1 = Span(2024, RulePeriod.QUARTER, 1)
    assert (q1.start, q1.end, q1.days) == (date(2024, 1, 1), date(2024, 3, 31), 91)
    assert Span(2025, RulePeriod.QUARTER, 1).days == 90
    assert Span(2024, RulePeriod.MONTH, 2).end == date(2024, 2, 29)
    assert Span(2023, RulePeriod.MONTH, 2).end == date(2023, 2, 28)
    assert Span(2024, RulePeriod.YEAR).days == 366
    q4 = Span(2025, RulePeriod.QUARTER, 4)
    assert q4.contains(date(2025, 12, 31)) and not q4.contains(date(2026, 1, 1))
    assert not q4.has_ended(date(2025, 12, 31)) and q4.has_ended(date(2026, 1, 1))


def test_parts_of_a_window_and_the_enclosing_span_of_a_coarser_period() -> None:
    year = window(2025)
    assert [s.key for s in year.parts(RulePeriod.QUARTER)] == [f"2025-Q{i}" for i in (1, 2, 3, 4)]
    assert len(year.parts(RulePeriod.MONTH)) == 12
    q3 = window(2025, quarter=3)
    assert [s.key for s in q3.parts(RulePeriod.MONTH)] == ["2025-07", "2025-08", "2025-09"]
    assert [s.key for s in window(2025, month=11).parts(RulePeriod.QUARTER)] == ["2025-Q4"]
    assert [s.key for s in window(2025, month=11).parts(RulePeriod.YEAR)] == ["2025"]
    assert span_of(RulePeriod.QUARTER, date(2025, 9, 30)).key == "2025-Q3"


def test_labels_in_both_languages() -> None:
    assert Span(2025, RulePeriod.MONTH, 10).label("zh") == "2025年10月"
    assert Span(2025, RulePeriod.QUARTER, 4).label("zh") == "2025年第四季度"
    assert Span(2025, RulePeriod.YEAR).label("zh") == "2025年度"
    assert Span(2025, RulePeriod.QUARTER, 4).label("en") == "Q4 2025"
    assert Span(2025, RulePeriod.MONTH, 10).label("en") == "Oct 2025"


def test_bad_windows_are_refused() -> None:
    with pytest.raises(ValueError):
        window(2025, quarter=1, month=2)
    with pytest.raises(ValueError):
        window(2025, quarter=5)
    with pytest.raises(ValueError):
        window(2025, month=13)


def test_add_months_clamps_to_month_end_and_overlap_counts_days() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2025, 11, 15), -12) == date(2024, 11, 15)
    year = window(2024)
    assert overlap_days(year, date(2024, 7, 1), None) == 184
    assert overlap_days(year, date(2020, 1, 1), date(2024, 1, 2)) == 1
    assert overlap_days(year, date(2025, 1, 1), None) == 0
