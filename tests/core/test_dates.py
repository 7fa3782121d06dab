from datetime import date

import pytest

from branchdesk.core.dates import chinese_date, parse_date_text


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
