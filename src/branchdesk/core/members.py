"""Party members and the events of their membership, with their validation rules."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from branchdesk.core import idcard
from branchdesk.core.enums import Education, Gender, MembershipEventKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.validation import FieldError, limit_text, not_in_future, require_text

MIN_JOINING_AGE = 18  # 党章: 年满十八岁
PARTY_FOUNDED = date(1921, 7, 1)  # no one joined before: 1899 is a typo for 1999


@dataclass(frozen=True)
class MembershipEvent:
    kind: MembershipEventKind
    occurred_on: date
    note: str = ""
    group_id: int | None = None  # the new group, for GROUP_MOVED
    id: int | None = None


@dataclass(frozen=True)
class Member:
    name: str
    joined_on: date  # admitted as a probationary member (入党时间)
    gender: Gender | None = None
    ethnicity: str = ""
    birth_date: date | None = None
    id_number: str = ""
    education: Education | None = None
    phone: str = ""
    job: str = ""  # job or position in the organisation
    organisation_id: int | None = None
    group_id: int | None = None  # the group at admission or transfer in; moves are events
    full_on: date | None = None  # became a full member (转正时间)
    is_mobile: bool = False  # 流动党员
    not_transferred_in: bool = False  # "口袋"党员: membership never transferred in
    note: str = ""
    events: tuple[MembershipEvent, ...] = ()
    id: int | None = None


# The longest text each field takes: validate_member checks them, the form reads them.
MEMBER_LIMITS = {
    "name": 50,
    "ethnicity": 20,
    "job": 100,
    "note": 2000,
    "id_number": idcard.ID_NUMBER_LENGTH,
}
NO_LATER_THAN_JOINED = QT_TRANSLATE_NOOP("Validation", "Must be after the joining date ({joined}).")
ID_SHAPE = QT_TRANSLATE_NOOP("Validation", "An ID number has 17 digits followed by a digit or X.")
ID_CHECK = QT_TRANSLATE_NOOP(
    "Validation", "The last character should be {expected}: check the number for a typo."
)
ID_BIRTH_UNREAL = QT_TRANSLATE_NOOP(
    "Validation", "Digits 7–14 of an ID number are the birth date; {digits} is not a date."
)
ID_BIRTH_MISMATCH = QT_TRANSLATE_NOOP(
    "Validation", "The ID number says born {id_birth}, the birth date says {birth}."
)
TOO_YOUNG = QT_TRANSLATE_NOOP(
    "Validation", "A member must be at least 18 when joining; born {birth}."
)
BEFORE_FOUNDING = QT_TRANSLATE_NOOP(
    "Validation", "That is before the Party was founded (1921): check the year."
)
BAD_PHONE = QT_TRANSLATE_NOOP("Validation", "Use digits, with - or a leading + if needed.")
EVENT_BEFORE_JOINING = QT_TRANSLATE_NOOP(
    "Validation", "A membership event cannot precede the joining date ({joined})."
)

_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{4,19}$")


def phone_text(text: str) -> str:
    """A phone number as typed, with full-width digits and ＋－ made ordinary (a Chinese
    input method in full-width mode); the validator judges the result."""
    return unicodedata.normalize("NFKC", text).strip()


def phone_errors(phone: str) -> list[FieldError]:
    """A phone typed that no one could dial (letters, a name pasted in the wrong box)."""
    if phone.strip() and not _PHONE.match(phone.strip()):
        return [FieldError("phone", BAD_PHONE)]
    return []


def age_on(birth: date, day: date) -> int:
    years = day.year - birth.year
    return years - 1 if (day.month, day.day) < (birth.month, birth.day) else years


def validate_id_number(id_number: str, birth_date: date | None) -> list[FieldError]:
    """Shape, GB 11643 check character, and agreement with the birth-date field."""
    value = idcard.normalise(id_number)
    if not value:
        return []
    if not idcard.has_valid_shape(value):
        return [FieldError("id_number", ID_SHAPE)]
    expected = idcard.check_character(value[:17])
    if expected != value[17]:
        return [FieldError("id_number", ID_CHECK, {"expected": expected})]
    embedded = idcard.birth_date_of(value)
    if embedded is None:
        return [FieldError("id_number", ID_BIRTH_UNREAL, {"digits": value[6:14]})]
    if birth_date is not None and embedded != birth_date:
        return [
            FieldError(
                "id_number",
                ID_BIRTH_MISMATCH,
                {"id_birth": embedded.isoformat(), "birth": birth_date.isoformat()},
            )
        ]
    return []


def validate_member(member: Member, today: date) -> list[FieldError]:
    """Every rule a member record must satisfy before it is saved."""
    errors: list[FieldError] = []
    require_text(errors, "name", member.name, MEMBER_LIMITS["name"])
    for name in ("ethnicity", "job", "note"):
        limit_text(errors, name, getattr(member, name), MEMBER_LIMITS[name])
    not_in_future(errors, "birth_date", member.birth_date, today)
    not_in_future(errors, "joined_on", member.joined_on, today)
    not_in_future(errors, "full_on", member.full_on, today)
    for field, day in (("joined_on", member.joined_on), ("full_on", member.full_on)):
        if day is not None and day < PARTY_FOUNDED:
            errors.append(FieldError(field, BEFORE_FOUNDING))
    if member.full_on is not None and member.full_on <= member.joined_on:
        errors.append(
            FieldError("full_on", NO_LATER_THAN_JOINED, {"joined": member.joined_on.isoformat()})
        )
    if member.birth_date is not None and age_on(member.birth_date, member.joined_on) < (
        MIN_JOINING_AGE
    ):
        errors.append(FieldError("joined_on", TOO_YOUNG, {"birth": member.birth_date.isoformat()}))
    errors.extend(validate_id_number(member.id_number, member.birth_date))
    errors.extend(phone_errors(member.phone))
    for event in member.events:
        if event.kind != MembershipEventKind.TRANSFERRED_IN and (
            event.occurred_on < member.joined_on
        ):
            errors.append(
                FieldError("events", EVENT_BEFORE_JOINING, {"joined": member.joined_on.isoformat()})
            )
            break
        if event.occurred_on > today:
            errors.append(FieldError("events", IN_FUTURE_EVENT, {"today": today.isoformat()}))
            break
    return errors


IN_FUTURE_EVENT = QT_TRANSLATE_NOOP(
    "Validation", "A membership event cannot be later than today ({today})."
)
