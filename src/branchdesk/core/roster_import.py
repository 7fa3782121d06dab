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
from branchdesk.core.members import Member, validate_member
from branchdesk.core.roster_rules import (
    HeaderMap,
    cell_text,
    gender_from_id,
    parse_education,
    parse_flag,
    parse_gender,
    parse_roster_date,
)

_DATE_FIELDS = ("birth_date", "joined_on", "full_on")
_TEXT_FIELDS = ("name", "ethnicity", "phone", "job", "note")


@dataclass(frozen=True)
class RosterRow:
    row: int  # 1-based, counting the data rows below the header
    name: str
    member: Member | None
    group: str = ""  # the party group's name, as written
    reasons: tuple[str, ...] = ()
    approximate: tuple[str, ...] = ()  # date fields given as year and month only

    @property
    def valid(self) -> bool:
        return self.member is not None and not self.reasons


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
    reasons: list[str] = []
    approximate: list[str] = []
    values: dict[str, object] = {f: text.get(f, "") for f in _TEXT_FIELDS}

    for field in _DATE_FIELDS:
        try:
            parsed = parse_roster_date(raw.get(field))
        except ValueError:
            reasons.append(f"{label[field]}: {text[field]!r} is not a date")
            continue
        values[field] = parsed.value if parsed else None
        if parsed and parsed.approximate:
            approximate.append(field)

    id_number, id_problem = _id_number(raw.get("id_number"), label.get("id_number", ""))
    if id_problem:
        reasons.append(id_problem)
    values["id_number"] = id_number
    for field, parse in (("gender", parse_gender), ("education", parse_education)):
        try:
            values[field] = parse(text.get(field, ""))
        except ValueError as exc:
            reasons.append(f"{label[field]}: {exc}")
    if values["gender"] is None:
        values["gender"] = gender_from_id(id_number)
    if values["birth_date"] is None and idcard.has_valid_check(idcard.normalise(id_number)):
        values["birth_date"] = idcard.birth_date_of(idcard.normalise(id_number))
    try:
        values["is_mobile"] = parse_flag(text.get("is_mobile", ""))
    except ValueError as exc:
        reasons.append(f"{label['is_mobile']}: {exc}")
        values["is_mobile"] = False

    reasons.extend(_apply_category(values, text.get("category", ""), label))
    _apply_organisation(values, text.get("organisation", ""), organisations)

    name = str(values["name"]).strip()
    if not name:
        reasons.append(f"{label.get('name', 'name')}: Required.")
    if values["joined_on"] is None:
        reasons.append(f"{label.get('joined_on', 'joined_on')}: Required.")
    if reasons:
        return RosterRow(row, name, None, text.get("group", ""), tuple(reasons), tuple(approximate))
    member = Member(**values)  # type: ignore[arg-type]
    errors = validate_member(member, today)
    reasons.extend(f"{label.get(e.field, e.field)}: {e.text()}" for e in errors)
    return RosterRow(
        row,
        name,
        None if reasons else member,
        text.get("group", ""),
        tuple(reasons),
        tuple(approximate),
    )


def _id_number(value: object, header: str) -> tuple[str, str]:
    if isinstance(value, float) and value >= 1e14:
        return "", (
            f"{header}: the spreadsheet stored the ID number as a number, which loses its last "
            "digits; format the column as text and type it again"
        )
    return idcard.normalise(cell_text(value)), ""


def _apply_category(values: dict[str, object], category: str, label: dict[str, str]) -> list[str]:
    category = category.strip()
    if not category:
        return []
    if "流动" in category:
        values["is_mobile"] = True
    if "预备" in category and values["full_on"] is not None:
        return [f"{label['category']}: {category} but a full-member date is given"]
    if "正式" in category and values["full_on"] is None:
        return [f"{label['category']}: {category} needs the date of becoming a full member"]
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
    """Mark rows that repeat a recorded member or an earlier row of the file."""
    known: dict[object, str] = {}
    for member in existing:
        who = f"{member.name} (member {member.id})"
        for key in _keys(member):
            known.setdefault(key, f"already recorded as {who}")
    result: list[RosterRow] = []
    for row in rows:
        if row.member is None:
            result.append(row)
            continue
        clash = next((known[k] for k in _keys(row.member) if k in known), None)
        for key in _keys(row.member):
            known.setdefault(key, f"duplicate of row {row.row}")
        if clash is None:
            result.append(row)
        else:
            result.append(replace(row, member=None, reasons=(*row.reasons, clash)))
    return result


def _keys(member: Member) -> list[object]:
    keys: list[object] = []
    if member.id_number.strip():
        keys.append(("id", idcard.normalise(member.id_number)))
    if member.birth_date is not None:
        keys.append(("name+birth", member.name.strip(), member.birth_date))
    return keys
