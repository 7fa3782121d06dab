"""The branch, the social organisations it sits in, its committee and party groups."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from branchdesk.core.enums import BranchKind, OrgKind, Post
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.validation import FieldError, limit_text, not_in_future, require_text

CREDIT_CODE_LENGTH = 18
COMMITTEE_TERM_YEARS = 3


@dataclass(frozen=True)
class Branch:
    """The one party branch a data file belongs to."""

    name: str
    kind: BranchKind = BranchKind.STANDALONE
    founded_on: date | None = None
    upper_committee: str = ""
    address: str = ""
    phone: str = ""
    instructor: str = ""  # 党建工作指导员
    liaison: str = ""  # 联络员
    org_head: str = ""  # the organisation's non-member head (seed item 21)
    org_head_phone: str = ""
    # 开始使用本软件记录的日期: the rules judge no span that starts before it (the months
    # before the branch kept its records here owe nothing). None: judge everything.
    tracking_from: date | None = None


@dataclass(frozen=True)
class SocialOrganisation:
    name: str
    kind: OrgKind = OrgKind.ASSOCIATION
    credit_code: str = ""  # 统一社会信用代码
    id: int | None = None


@dataclass(frozen=True)
class PartyGroup:
    name: str
    leader_id: int | None = None
    created_on: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class CommitteeSeat:
    member_id: int
    post: Post


@dataclass(frozen=True)
class CommitteeTerm:
    """A branch committee elected for a term (换届 to 换届)."""

    starts_on: date
    ends_on: date
    seats: tuple[CommitteeSeat, ...] = ()
    id: int | None = None

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def member_ids(self) -> frozenset[int]:
        return frozenset(seat.member_id for seat in self.seats)

    def holder_of(self, post: Post) -> int | None:
        return next((s.member_id for s in self.seats if s.post == post), None)


END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The term must end after it starts.")
BAD_CREDIT_CODE = QT_TRANSLATE_NOOP(
    "Validation", "A unified social credit code has 18 letters and digits."
)
TWO_SECRETARIES = QT_TRANSLATE_NOOP("Validation", "A committee has only one secretary.")
# One committee sits on any day: who was secretary, and who was due at a committee meeting,
# must have one answer. A handover is the old term's last day, then the new term's first.
TERMS_OVERLAP = QT_TRANSLATE_NOOP(
    "Validation",
    "Terms may not overlap: the term {starts} – {ends} covers these dates. "
    "A new term starts the day after the old one ends.",
)
SEAT_TWICE = QT_TRANSLATE_NOOP("Validation", "A member holds one post on the committee.")
# Members, meetings and a roster's 党小组 column name a group: two of one name are one too many.
GROUP_NAME_TAKEN = QT_TRANSLATE_NOOP("Validation", "Another party group has this name.")
ORGANISATION_NAME_TAKEN = QT_TRANSLATE_NOOP(
    "Validation", "Another social organisation has this name."
)


def validate_branch(branch: Branch, today: date | None = None) -> list[FieldError]:
    """*today*: where the form knows it, a founding date after it is refused as a typo."""
    errors: list[FieldError] = []
    require_text(errors, "name", branch.name, 100)
    if today is not None:
        not_in_future(errors, "founded_on", branch.founded_on, today)
        not_in_future(errors, "tracking_from", branch.tracking_from, today)
    for name in ("upper_committee", "address", "instructor", "liaison", "org_head"):
        limit_text(errors, name, getattr(branch, name), 200)
    return errors


# GB 32100-2015: digits and capitals without I, O, S, V, Z.
CREDIT_CODE_CHARS = frozenset("0123456789ABCDEFGHJKLMNPQRTUWXY")


def credit_code_text(text: str) -> str:
    """A credit code as typed: blanks dropped, letters capitalised, full-width made ordinary."""
    return unicodedata.normalize("NFKC", text).replace(" ", "").strip().upper()


def validate_organisation(org: SocialOrganisation) -> list[FieldError]:
    errors: list[FieldError] = []
    require_text(errors, "name", org.name, 100)
    code = org.credit_code.strip()
    # isalnum() let Chinese characters through: a name typed into the code column was kept.
    if code and (len(code) != CREDIT_CODE_LENGTH or not set(code) <= CREDIT_CODE_CHARS):
        errors.append(FieldError("credit_code", BAD_CREDIT_CODE))
    return errors


def validate_group(group: PartyGroup, today: date | None = None) -> list[FieldError]:
    """*today*: where the form knows it, a set-up date after it is refused as a typo."""
    errors: list[FieldError] = []
    require_text(errors, "name", group.name, 50)
    if today is not None:
        not_in_future(errors, "created_on", group.created_on, today)
    return errors


def validate_term(term: CommitteeTerm, others: Iterable[CommitteeTerm] = ()) -> list[FieldError]:
    """*others*: the terms already kept (the one being edited is skipped by its id)."""
    errors: list[FieldError] = []
    if term.ends_on <= term.starts_on:
        errors.append(FieldError("ends_on", END_BEFORE_START))
    else:
        clash = next((o for o in others if o.id != term.id and terms_overlap(term, o)), None)
        if clash is not None:
            # The field to correct: the new term's start inside the old one, else its end.
            field = "starts_on" if clash.covers(term.starts_on) else "ends_on"
            errors.append(FieldError(field, TERMS_OVERLAP, term_dates(clash)))
    if sum(1 for s in term.seats if s.post == Post.SECRETARY) > 1:
        errors.append(FieldError("seats", TWO_SECRETARIES))
    if len(term.member_ids()) != len(term.seats):
        errors.append(FieldError("seats", SEAT_TWICE))
    return errors


def terms_overlap(a: CommitteeTerm, b: CommitteeTerm) -> bool:
    return a.starts_on <= b.ends_on and b.starts_on <= a.ends_on


def overlapping_terms(terms: Iterable[CommitteeTerm]) -> list[tuple[CommitteeTerm, CommitteeTerm]]:
    """Pairs of kept terms sharing a day, earlier first: data saved before overlaps were
    refused, for `check` to name so that the secretary corrects the dates."""
    ordered = sorted(terms, key=lambda t: t.starts_on)
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :] if terms_overlap(a, b)]


def term_dates(term: CommitteeTerm) -> dict[str, str]:
    return {"starts": term.starts_on.isoformat(), "ends": term.ends_on.isoformat()}


def default_term_end(starts_on: date, years: int = COMMITTEE_TERM_YEARS) -> date:
    """The day before the anniversary *years* on: a 3-year term from 2024-05-10 ends 2027-05-09."""
    try:
        anniversary = starts_on.replace(year=starts_on.year + years)
    except ValueError:  # 29 February
        anniversary = date(starts_on.year + years, 3, 1)
    return date.fromordinal(anniversary.toordinal() - 1)
