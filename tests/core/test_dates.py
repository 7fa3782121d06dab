from datetime import date

import pytest

from branchdesk.core.dates import chinese_date, clock_text, parse_date_text


@pytest.mark.parametrize(
    "text",
    ["2019-07-01", "2019/7/1", "2019.07.01", "2019年7月1日", "2019 年 7 月 1 日", "20190701"],
)
def test_forms_people_type(text: str) -> None:
    assert parse_date_text(text) == date(2019, 7, 1)


def test_empty_is_none_and_unreal_is_refused() -> None:
    assert parse_date_text("  ") is None
    with pytest.raises(ValueError):
        parse_date_text("2019-02-30")
    with pytest.raises(ValueError):
        parse_date_text("七月一日")


def test_chinese_date_has_no_leading_zeros() -> None:
    assert chinese_date(date(2026, 1, 5)) == "2026年1月5日"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("9:30", "09:30"),
        (" 14：05 ", "14:05"),
        ("０９：３０", "09:30"),
        ("9.30", "09:30"),
        ("1430", "14:30"),  # refused before: typed without the colon
        ("14.30", "14:30"),
        ("14：30", "14:30"),
        ("930", "09:30"),
    ],
)
def test_times_of_day_as_people_type_them(typed: str, read: str) -> None:
    assert clock_text(typed) == read


def test_a_time_that_is_not_one_comes_back_for_the_validator() -> None:
    assert clock_text(" 下午三点 ") == "下午三点" and clock_text("") == ""


def test_a_day_the_month_does_not_have_is_named_as_such_not_as_a_format() -> None:
    """2026-11-31 was reported as 'not a real date; use YYYY-MM-DD' though typed so."""
    from branchdesk.core.dates import NoSuchDayError
    from branchdesk.core.validation import NO_SUCH_DAY, NOT_A_DATE, date_error

    with pytest.raises(NoSuchDayError) as raised:
        parse_date_text("2026-11-31")
    error = date_error("held_on", raised.value)
    assert (error.field, error.message) == ("held_on", NO_SUCH_DAY)
    assert error.text() == "There is no such day: 2026-11 has 30 days."
    with pytest.raises(ValueError) as unreadable:
        parse_date_text("2026年11月")
    assert date_error("held_on", unreadable.value).message == NOT_A_DATE
    with pytest.raises(NoSuchDayError) as leap:
        parse_date_text("2026.2.29")
    assert "28" in date_error("held_on", leap.value).text()
