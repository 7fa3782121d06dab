"""The branch profile, its social organisations, party groups and committee terms."""

from __future__ import annotations

from datetime import date
from typing import Any

from branchdesk.core.enums import Post
from branchdesk.core.organisation import (
    GROUP_NAME_TAKEN,
    ORGANISATION_NAME_TAKEN,
    Branch,
    CommitteeSeat,
    CommitteeTerm,
    PartyGroup,
    SocialOrganisation,
    validate_branch,
    validate_group,
    validate_organisation,
    validate_term,
)
from branchdesk.core.validation import FieldError, ValidationError
from branchdesk.store.connection import Database
from branchdesk.store.convert import from_date, now_stamp, req_date
from branchdesk.store.errors import NotFoundError
from branchdesk.store.migrations import TRACKING_FROM_EARLIEST_RECORD
from branchdesk.store.row_mapping import RowMap

# The profile's longer texts were always kept as typed; only the name is trimmed.
BRANCH = RowMap(
    Branch,
    untrimmed=(
        *("upper_committee", "address", "phone", "instructor"),
        *("liaison", "org_head", "org_head_phone"),
    ),
)
ORGANISATIONS = RowMap(SocialOrganisation, written={"credit_code": str.upper})
GROUPS = RowMap(PartyGroup)


class BranchRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the branch itself -------------------------------------------------------------
    def get(self) -> Branch | None:
        found = self._db.rows(f"SELECT {BRANCH.select_list} FROM branch WHERE id = 1")
        return BRANCH.record(found[0]) if found else None

    def save(self, branch: Branch, today: date | None = None) -> None:
        """*today*: where the caller knows it, a founding date after it is refused."""
        errors = validate_branch(branch, today)
        if errors:
            raise ValidationError(errors)
        values = BRANCH.values(branch)
        updates = ", ".join(f"{name} = excluded.{name}" for name in values)
        with self._db.atomic():
            self._db.execute(
                f"INSERT INTO branch (id, {', '.join(values)}) "
                f"VALUES (1, {', '.join('?' for _ in values)}) "
                f"ON CONFLICT(id) DO UPDATE SET {updates}",
                list(values.values()),
            )

    def start_tracking_at_earliest_record(self) -> None:
        """A branch without a tracking start (an import, the demo) starts with the month
        of its earliest record."""
        with self._db.atomic():
            self._db.execute(TRACKING_FROM_EARLIEST_RECORD)

    # -- social organisations ----------------------------------------------------------
    def organisations(self) -> list[SocialOrganisation]:
        rows = self._db.rows(
            f"SELECT {ORGANISATIONS.select_list} FROM organisations WHERE deleted_at IS NULL "
            "ORDER BY id"
        )
        return [ORGANISATIONS.record(row) for row in rows]

    def save_organisation(self, org: SocialOrganisation) -> SocialOrganisation:
        errors = validate_organisation(org)
        if errors:
            raise ValidationError(errors)
        values = [org.name.strip(), org.kind.value, org.credit_code.strip().upper()]
        with self._db.atomic():
            self._refuse_taken_name("organisations", org.name, org.id, ORGANISATION_NAME_TAKEN)
            if org.id is None:
                cursor = self._db.execute(
                    "INSERT INTO organisations (name, kind, credit_code) VALUES (?, ?, ?)", values
                )
                return SocialOrganisation(org.name.strip(), org.kind, values[2], cursor.lastrowid)
            self._update("organisations", org.id, "name = ?, kind = ?, credit_code = ?", values)
        return org

    # -- party groups ------------------------------------------------------------------
    def groups(self) -> list[PartyGroup]:
        rows = self._db.rows(
            f"SELECT {GROUPS.select_list} FROM party_groups WHERE deleted_at IS NULL ORDER BY id"
        )
        return [GROUPS.record(row) for row in rows]

    def save_group(self, group: PartyGroup, today: date | None = None) -> PartyGroup:
        """*today*: where the caller knows it, a set-up date after it is refused."""
        errors = validate_group(group, today)
        if errors:
            raise ValidationError(errors)
        values = [group.name.strip(), group.leader_id, from_date(group.created_on)]
        with self._db.atomic():
            self._refuse_taken_name("party_groups", group.name, group.id, GROUP_NAME_TAKEN)
            if group.id is None:
                cursor = self._db.execute(
                    "INSERT INTO party_groups (name, leader_id, created_on) VALUES (?, ?, ?)",
                    values,
                )
                return PartyGroup(
                    group.name.strip(), group.leader_id, group.created_on, cursor.lastrowid
                )
            self._update(
                "party_groups", group.id, "name = ?, leader_id = ?, created_on = ?", values
            )
        return group

    # -- committee terms ---------------------------------------------------------------
    def terms(self) -> list[CommitteeTerm]:
        rows = self._db.execute(
            "SELECT id, starts_on, ends_on FROM committee_terms WHERE deleted_at IS NULL "
            "ORDER BY starts_on"
        ).fetchall()
        seats: dict[int, list[CommitteeSeat]] = {}
        for term_id, member_id, post in self._db.execute(
            "SELECT term_id, member_id, post FROM committee_posts ORDER BY id"
        ).fetchall():
            seats.setdefault(term_id, []).append(CommitteeSeat(member_id, Post(post)))
        return [
            CommitteeTerm(req_date(r[1]), req_date(r[2]), tuple(seats.get(r[0], ())), r[0])
            for r in rows
        ]

    def save_term(self, term: CommitteeTerm) -> CommitteeTerm:
        errors = validate_term(term, self.terms())
        if errors:
            raise ValidationError(errors)
        dates = [term.starts_on.isoformat(), term.ends_on.isoformat()]
        with self._db.atomic():
            if term.id is None:
                cursor = self._db.execute(
                    "INSERT INTO committee_terms (starts_on, ends_on) VALUES (?, ?)", dates
                )
                term_id = int(cursor.lastrowid or 0)
            else:
                term_id = term.id
                self._update("committee_terms", term_id, "starts_on = ?, ends_on = ?", dates)
                self._db.execute("DELETE FROM committee_posts WHERE term_id = ?", [term_id])
            for seat in term.seats:
                self._db.execute(
                    "INSERT INTO committee_posts (term_id, member_id, post) VALUES (?, ?, ?)",
                    [term_id, seat.member_id, seat.post.value],
                )
        return CommitteeTerm(term.starts_on, term.ends_on, term.seats, term_id)

    # -- recycle bin for the profile's records -----------------------------------------
    def move_to_recycle_bin(self, table: str, record_id: int) -> None:
        self._check_table(table)
        with self._db.atomic():
            self._db.execute(
                f"UPDATE {table} SET deleted_at = ? WHERE id = ?", [now_stamp(), record_id]
            )

    def restore(self, table: str, record_id: int) -> None:
        self._check_table(table)
        with self._db.atomic():
            self._db.execute(f"UPDATE {table} SET deleted_at = NULL WHERE id = ?", [record_id])

    def _refuse_taken_name(
        self, table: str, name: str, record_id: int | None, message: str
    ) -> None:
        """Another live row of *table* with *name* (the recycle bin's do not count)."""
        taken = self._db.execute(
            f"SELECT 1 FROM {table} WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?",
            [name.strip(), record_id],
        ).fetchone()
        if taken:
            raise ValidationError([FieldError("name", message)])

    def _update(self, table: str, record_id: int, assignments: str, values: list[Any]) -> None:
        cursor = self._db.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", [*values, record_id]
        )
        if cursor.rowcount == 0:
            raise NotFoundError(table, record_id)

    @staticmethod
    def _check_table(table: str) -> None:
        if table not in {"organisations", "party_groups", "committee_terms"}:
            raise ValueError(f"not a branch-profile table: {table}")
