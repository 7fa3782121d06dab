from datetime import date, datetime

import pytest

from branchdesk.core.enums import Education, Gender
from branchdesk.core.roster_rules import (
    RosterDate,
    map_headers,
    parse_education,
    parse_gender,
    parse_roster_date,
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (43647, RosterDate(date(2019, 7, 1))),  # Excel serial
        (43647.0, RosterDate(date(2019, 7, 1))),
        ("43647", RosterDate(date(2019, 7, 1))),  # a serial that went through CSV
        ("2019-07-01", RosterDate(date(2019, 7, 1))),
        ("2019/7/1", RosterDate(date(2019, 7, 1))),
        ("2019.07.01", RosterDate(date(2019, 7, 1))),
        ("2019年7月1日", RosterDate(date(2019, 7, 1))),
        ("20190701", RosterDate(date(2019, 7, 1))),
        ("2019.07", RosterDate(date(2019, 7, 1), approximate=True)),
        ("2019年7月", RosterDate(date(2019, 7, 1), approximate=True)),
        ("2019-7", RosterDate(date(2019, 7, 1), approximate=True)),
        (datetime(2019, 7, 1, 0, 0), RosterDate(date(2019, 7, 1))),
        (date(2019, 7, 1), RosterDate(date(2019, 7, 1))),
        ("", None),
        (None, None),
    ],
)
def test_every_date_form(cell: object, expected: RosterDate | None) -> None:
    assert parse_roster_date(cell) == expected


@pytest.mark.parametrize("cell", ["2019.13.01", "2019-02-30", "去年七月", "2019.13", 999999, True])
def test_not_dates(cell: object) -> None:
    with pytest.raises(ValueError):
        parse_roster_date(cell)


def test_headers_known_unknown_and_mapped() -> None:
    headers = ["序号", "姓 名", "性别（男/女）", "身份证号码", "入党时间*", "现居住地", "党小组"]
    mapped = map_headers(headers)
    assert mapped.fields == {1: "name", 3: "id_number", 4: "joined_on", 6: "group"}
    assert mapped.unknown == ("序号", "性别（男/女）", "现居住地")
    assert mapped.missing == ()
    user = map_headers(headers, {"性别（男/女）": "gender", "序号": ""})
    assert user.fields[2] == "gender" and user.unknown == ("现居住地",)
    assert map_headers(["姓名"]).missing == ("joined_on",)
    with pytest.raises(ValueError):
        map_headers(headers, {"现居住地": "address"})


def test_coded_values() -> None:
    assert parse_gender("男") == Gender.MALE and parse_gender("女性") == Gender.FEMALE
    assert parse_education("大学本科") == Education.UNDERGRADUATE
    assert parse_education("硕士研究生") == Education.POSTGRADUATE
    assert parse_education("大专") == Education.COLLEGE
    assert parse_education("") is None
    with pytest.raises(ValueError):
        parse_gender("未知")
