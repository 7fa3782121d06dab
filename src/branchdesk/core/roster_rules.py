"""Reading a roster someone else typed: header names, date forms, and coded values.

Pure rules, so that they are tested without files: `importing.roster` reads the .xlsx or
.csv and hands the cells in. Rosters arrive from the national system, from other branches
and from hand-made spreadsheets, so every header and date form in common use is accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from branchdesk.core import idcard
from branchdesk.core.dates import normalise_date_text, parse_date_text
from branchdesk.core.enums import Education, Gender

# The fields a roster column can fill (Member's fields, plus a few read specially).
FIELDS = (
    "name",
    "gender",
    "ethnicity",
    "birth_date",
    "id_number",
    "education",
    "phone",
    "job",
    "organisation",  # matched by name to a social organisation, else kept in `job`
    "group",  # a party group's name; missing groups are created by the import
    "joined_on",
    "full_on",
    "category",  # 人员类别: 正式党员 / 预备党员 / 流动党员
    "is_mobile",
    "note",
)
IGNORE = ""  # a user mapping to this drops the column

# Header text (after `normalise_header`) → field.
HEADER_ALIASES: dict[str, str] = {
    "姓名": "name",
    "党员姓名": "name",
    "性别": "gender",
    "民族": "ethnicity",
    "出生日期": "birth_date",
    "出生年月": "birth_date",
    "出生年月日": "birth_date",
    "身份证号": "id_number",
    "身份证号码": "id_number",
    "公民身份号码": "id_number",
    "公民身份证号码": "id_number",
    "学历": "education",
    "文化程度": "education",
    "最高学历": "education",
    "联系电话": "phone",
    "联系方式": "phone",
    "手机": "phone",
    "手机号": "phone",
    "手机号码": "phone",
    "电话": "phone",
    "工作单位/职务": "job",
    "工作单位及职务": "job",
    "单位及职务": "job",
    "职务": "job",
    "岗位": "job",
    "工作岗位": "job",
    "工作单位": "organisation",
    "所在单位": "organisation",
    "所在组织": "organisation",
    "党小组": "group",
    "所在党小组": "group",
    "入党时间": "joined_on",
    "入党日期": "joined_on",
    "转正时间": "full_on",
    "转正日期": "full_on",
    "人员类别": "category",
    "党员类别": "category",
    "党员身份": "category",
    "类别": "category",
    "流动党员": "is_mobile",
    "是否流动党员": "is_mobile",
    "备注": "note",
}

_FOLD = str.maketrans({"（": "(", "）": ")", "／": "/", "＊": "*"})


def normalise_header(text: str) -> str:
    """Header text without blanks, required-field stars or half/full-width differences."""
    return re.sub(r"[\s*]", "", text.translate(_FOLD))


@dataclass(frozen=True)
class HeaderMap:
    fields: dict[int, str]  # column index → field
    unknown: tuple[str, ...]  # header texts neither known nor mapped by the user
    missing: tuple[str, ...]  # required fields no column fills


REQUIRED_FIELDS = ("name", "joined_on")
REQUIRED_HEADERS = {"name": "姓名", "joined_on": "入党时间"}


def map_headers(headers: list[str], user_mapping: dict[str, str] | None = None) -> HeaderMap:
    """Which column fills which field. *user_mapping* (header text → field, or "" to drop
    the column) wins over the built-in names; the first column for a field wins."""
    user = {normalise_header(k): v for k, v in (user_mapping or {}).items()}
    fields: dict[int, str] = {}
    unknown: list[str] = []
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = normalise_header(header)
        if not key:
            continue
        field = user.get(key, HEADER_ALIASES.get(key))
        if field is None:
            unknown.append(header.strip())
            continue
        if field == IGNORE or field in taken:
            continue
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r} for column {header!r}")
        fields[index] = field
        taken.add(field)
    missing = tuple(f for f in REQUIRED_FIELDS if f not in taken)
    return HeaderMap(fields, tuple(unknown), missing)


def header_score(cells: list[str], user_mapping: dict[str, str] | None = None) -> int:
    """How many cells of a row are known headers: finds the header row below a title."""
    user = {normalise_header(k) for k in user_mapping or {}}
    return sum(
        1 for c in cells if normalise_header(c) in HEADER_ALIASES or normalise_header(c) in user
    )


# -- dates -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterDate:
    value: date
    approximate: bool = False  # only year and month were given: the first of the month


_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 (Excel's leap-year bug included)
_YEAR_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")
_SERIAL = re.compile(r"^\s*(\d{4,5})(?:\.0+)?\s*$")
MIN_SERIAL, MAX_SERIAL = 1, 73050  # 1900-01-01 … 2099-12-31


def excel_serial_date(serial: float) -> date:
    if not MIN_SERIAL <= serial <= MAX_SERIAL:
        raise ValueError(f"{serial} is not an Excel date")
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def parse_roster_date(value: object) -> RosterDate | None:
    """A roster cell as a date: a spreadsheet date, an Excel serial number, 2019-07-01,
    2019/7/1, 2019.07.01, 2019年7月1日, 20190701, or 2019.07 / 2019年7月 (the first of the
    month, flagged approximate). None for an empty cell; ValueError for anything else."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return RosterDate(value.date())
    if isinstance(value, date):
        return RosterDate(value)
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, int | float):
        return RosterDate(excel_serial_date(value))
    text = normalise_date_text(str(value)).strip()
    if not text:
        return None
    serial = _SERIAL.match(text)
    if serial and len(serial.group(1)) == 5:
        return RosterDate(excel_serial_date(int(serial.group(1))))
    month = _YEAR_MONTH.match(text)
    if month:
        return RosterDate(date(int(month.group(1)), int(month.group(2)), 1), approximate=True)
    parsed = parse_date_text(text)
    return RosterDate(parsed) if parsed else None


# -- coded values ------------------------------------------------------------------------

_GENDERS = {"男": Gender.MALE, "女": Gender.FEMALE, "male": Gender.MALE, "female": Gender.FEMALE}
_EDUCATION = {
    "研究生": Education.POSTGRADUATE,
    "博士": Education.POSTGRADUATE,
    "博士研究生": Education.POSTGRADUATE,
    "硕士": Education.POSTGRADUATE,
    "硕士研究生": Education.POSTGRADUATE,
    "大学本科": Education.UNDERGRADUATE,
    "本科": Education.UNDERGRADUATE,
    "大学专科": Education.COLLEGE,
    "大专": Education.COLLEGE,
    "专科": Education.COLLEGE,
    "中专": Education.SECONDARY,
    "高中": Education.SECONDARY,
    "中专/高中": Education.SECONDARY,
    "中等专科": Education.SECONDARY,
    "职高": Education.SECONDARY,
    "技校": Education.SECONDARY,
    "初中": Education.BELOW,
    "初中及以下": Education.BELOW,
    "小学": Education.BELOW,
}
_YES = {"是", "yes", "y", "true", "1", "√"}
_NO = {"否", "no", "n", "false", "0", ""}


def parse_gender(text: str) -> Gender | None:
    text = text.strip()
    if not text:
        return None
    if text.lower() in _GENDERS:
        return _GENDERS[text.lower()]
    if text.rstrip("性") in _GENDERS:
        return _GENDERS[text.rstrip("性")]
    raise ValueError(f"not a gender: {text!r}")


def parse_education(text: str) -> Education | None:
    text = text.strip().replace("（", "(").replace("）", ")")
    if not text:
        return None
    key = re.sub(r"\(.*\)|学历|毕业|在读", "", text)
    if key in _EDUCATION:
        return _EDUCATION[key]
    raise ValueError(f"not a known education level: {text!r}")


def parse_flag(text: str) -> bool:
    text = text.strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(f"neither yes nor no: {text!r}")


def gender_from_id(id_number: str) -> Gender | None:
    """The 17th character of an ID number is odd for men, even for women."""
    value = idcard.normalise(id_number)
    if not idcard.has_valid_shape(value):
        return None
    return Gender.MALE if int(value[16]) % 2 else Gender.FEMALE


def cell_text(value: object) -> str:
    """A cell as text: integers without a trailing .0 (phone numbers typed as numbers)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return str(value).strip()
