"""Turning roster rows into members, and saying exactly what is wrong with each bad row.

A row is valid when it becomes a `Member` that passes `validate_member` and duplicates
neither a member already recorded (same ID number, or same name and birth date) nor an
earlier row of the same file. Reasons are English, naming the column as the file names it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from branchdesk.core import idcard
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.members import Member, phone_text, validate_member
from branchdesk.core.roster_rules import (
    HeaderMap,
    cell_text,
    gender_from_id,
    parse_education,
    parse_flag,
    parse_gender,
    parse_roster_date,
)
from branchdesk.core.validation import REQUIRED, TOO_LONG, FieldError, one_line

NOT_A_DATE_VALUE = QT_TRANSLATE_NOOP("Validation", "{value} is not a date.")
NOT_A_GENDER = QT_TRANSLATE_NOOP("Validation", "{value} is not a gender (男 or 女).")
NOT_AN_EDUCATION = QT_TRANSLATE_NOOP("Validation", "{value} is not a known education level.")
NOT_A_FLAG = QT_TRANSLATE_NOOP("Validation", "{value} is neither yes (是) nor no (否).")
ID_AS_NUMBER = QT_TRANSLATE_NOOP(
    "Validation",
    "The spreadsheet stored the ID number as a number, which loses its last digits; format "
    "the column as text and type it again.",
)
PROBATIONARY_WITH_FULL_DATE = QT_TRANSLATE_NOOP(
    "Validation", "{value}, but a full-member date is given."
)
FULL_WITHOUT_DATE = QT_TRANSLATE_NOOP(
    "Validation", "{value} needs the date of becoming a full member."
)
DUPLICATE_ROW = QT_TRANSLATE_NOOP("Validation", "Duplicate of row {row}.")
ALREADY_RECORDED = QT_TRANSLATE_NOOP("Validation", "Already recorded as {name} (member {id}).")

CELL_LIMIT = 32_767  # the most an Excel cell holds; longer text is no roster's
_DATE_FIELDS = ("birth_date", "joined_on", "full_on")
_TEXT_FIELDS = ("name", "ethnicity", "phone", "job", "note")
_ONE_LINE_FIELDS = frozenset({"name", "ethnicity", "phone", "job", "group", "organisation"})


@dataclass(frozen=True)
class RosterRow:
    row: int  # 1-based, counting the data rows below the header
    name: str
    member: Member | None
    group: str = ""  # the party group's name, as written
    # What is wrong: `field` is the column as the file names it ("" for the whole row).
    problems: tuple[FieldError, ...] = ()
    approximate: tuple[str, ...] = ()  # date fields given as year and month only

    @property
    def valid(self) -> bool:
        return self.member is not None and not self.problems

    @property
    def reasons(self) -> tuple[str, ...]:
        """The problems in English, each naming its column."""
        return tuple(f"{p.field}: {p.text()}" if p.field else p.text() for p in self.problems)


def read_row(
    row: int,
    cells: Sequence[object],
    headers: HeaderMap,
    header_texts: Sequence[str],
    today: date,
    organisations: dict[str, int],
) -> RosterRow:
    """One data row as a member (or the reasons it cannot be one)."""
    label = {field: header_texts[i].strip() for i, field in headers.fields.items()}
    raw = {field: cells[i] if i < len(cells) else None for i, field in headers.fields.items()}
    text = {field: cell_text(value) for field, value in raw.items()}
    reasons: list[FieldError] = []
    for field, value in text.items():  # beyond any field's limit: say so, read no further
        if len(value) > CELL_LIMIT:
            reasons.append(FieldError(label[field], TOO_LONG, {"limit": str(CELL_LIMIT)}))
            text[field], raw[field] = "", None
    for field in _ONE_LINE_FIELDS & text.keys():  # an Excel cell may hold Alt+Enter breaks
        text[field] = one_line(text[field])
    approximate: list[str] = []
    values: dict[str, object] = {f: text.get(f, "") for f in _TEXT_FIELDS}
    values["phone"] = phone_text(str(values["phone"]))
    values.update(dict.fromkeys(("gender", "education", *_DATE_FIELDS)))

    for field in _DATE_FIELDS:
        try:
            parsed = parse_roster_date(raw.get(field))
        except ValueError:
            reasons.append(
                FieldError(label[field], NOT_A_DATE_VALUE, {"value": shown(text[field])})
            )
            continue
        values[field] = parsed.value if parsed else None
        if parsed and parsed.approximate:
            approximate.append(field)

    id_number, id_problem = _id_number(raw.get("id_number"), label.get("id_number", ""))
    if id_problem is not None:
        reasons.append(id_problem)
    values["id_number"] = id_number
    for field, parse, message in (
        ("gender", parse_gender, NOT_A_GENDER),
        ("education", parse_education, NOT_AN_EDUCATION),
    ):
        try:
            values[field] = parse(text.get(field, ""))
        except ValueError:
            reasons.append(FieldError(label[field], message, {"value": shown(text[field])}))
    if values["gender"] is None:
        values["gender"] = gender_from_id(id_number)
    if values["birth_date"] is None and idcard.has_valid_check(idcard.normalise(id_number)):
        values["birth_date"] = idcard.birth_date_of(idcard.normalise(id_number))
    try:
        values["is_mobile"] = parse_flag(text.get("is_mobile", ""))
    except ValueError:
        reasons.append(
            FieldError(label["is_mobile"], NOT_A_FLAG, {"value": shown(text["is_mobile"])})
        )
        values["is_mobile"] = False

    reasons.extend(_apply_category(values, text.get("category", ""), label))
    _apply_organisation(values, text.get("organisation", ""), organisations)

    name = str(values["name"]).strip()
    if not name:
        reasons.append(FieldError(label.get("name", "name"), REQUIRED))
    joined_label = label.get("joined_on", "joined_on")
    if values["joined_on"] is None and all(r.field != joined_label for r in reasons):
        reasons.append(FieldError(joined_label, REQUIRED))
    if reasons:
        return RosterRow(row, name, None, text.get("group", ""), tuple(reasons), tuple(approximate))
    member = Member(**values)  # type: ignore[arg-type]
    errors = validate_member(member, today)
    reasons.extend(FieldError(label.get(e.field, e.field), e.message, e.params) for e in errors)
    return RosterRow(
        row,
        name,
        None if reasons else member,
        text.get("group", ""),
        tuple(reasons),
        tuple(approximate),
    )


SHOWN_LIMIT = 40


def shown(text: str) -> str:
    """A cell's text as a reason quotes it: a 100 KB cell is not repeated in full."""
    return text if len(text) <= SHOWN_LIMIT else text[:SHOWN_LIMIT] + "…"


def _id_number(value: object, header: str) -> tuple[str, FieldError | None]:
    if isinstance(value, float) and value >= 1e14:
        return "", FieldError(header, ID_AS_NUMBER)
    return idcard.normalise(cell_text(value)), None


def _apply_category(
    values: dict[str, object], category: str, label: dict[str, str]
) -> list[FieldError]:
    category = category.strip()
    if not category:
        return []
    if "流动" in category:
        values["is_mobile"] = True
    if "预备" in category and values["full_on"] is not None:
        return [
            FieldError(label["category"], PROBATIONARY_WITH_FULL_DATE, {"value": shown(category)})
        ]
    if "正式" in category and values["full_on"] is None:
        return [FieldError(label["category"], FULL_WITHOUT_DATE, {"value": shown(category)})]
    return []


def _apply_organisation(
    values: dict[str, object], organisation: str, organisations: dict[str, int]
) -> None:
    if not organisation:
        return
    if organisation in organisations:
        values["organisation_id"] = organisations[organisation]
    else:  # not a recorded organisation: keep what was written
        values["job"] = f"{organisation} {values['job']}".strip()


def flag_duplicates(rows: Sequence[RosterRow], existing: Sequence[Member]) -> list[RosterRow]:
    """Mark rows that repeat a recorded member or an earlier row of the file.

    Two people are the same when their ID numbers match. Name and birth date say so only
    when one of them has no ID number: two valid ID numbers that differ are two people,
    whatever their names and birthdays."""
    by_id: dict[str, FieldError] = {}
    by_name: dict[tuple[str, date], list[tuple[bool, FieldError]]] = {}

    def note(member: Member, said: FieldError) -> None:
        number = idcard.normalise(member.id_number)
        if number:
            by_id.setdefault(number, said)
        if member.birth_date is not None:
            key = (member.name.strip(), member.birth_date)
            by_name.setdefault(key, []).append((bool(number), said))

    def clash(member: Member) -> FieldError | None:
        number = idcard.normalise(member.id_number)
        if number and number in by_id:
            return by_id[number]
        if member.birth_date is None:
            return None
        for has_number, said in by_name.get((member.name.strip(), member.birth_date), []):
            if not (number and has_number):
                return said
        return None

    for member in existing:
        note(member, FieldError("", ALREADY_RECORDED, {"name": member.name, "id": str(member.id)}))
    result: list[RosterRow] = []
    for row in rows:
        if row.member is None:
            result.append(row)
            continue
        found = clash(row.member)
        note(row.member, FieldError("", DUPLICATE_ROW, {"row": str(row.row)}))
        if found is None:
            result.append(row)
        else:
            result.append(replace(row, member=None, problems=(*row.problems, found)))
    return result
