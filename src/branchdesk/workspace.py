"""An open data folder: the repositories and the use cases that span them.

The UI and the CLI hold a `Workspace` and nothing below it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from branchdesk.core.attendance import Roster
from branchdesk.core.backup_places import SecondPlace
from branchdesk.core.compliance import (
    ComplianceResult,
    Obligation,
    evaluate,
    window,
)
from branchdesk.core.compliance.dashboard import Dashboard, build_dashboard
from branchdesk.core.enums import Post
from branchdesk.core.errors import Message, UserError
from branchdesk.core.findings import Finding
from branchdesk.core.first_run import BranchSetup
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.organisation import CommitteeSeat, CommitteeTerm, PartyGroup
from branchdesk.core.participation import MemberHours
from branchdesk.core.search import SearchHit
from branchdesk.core.talks import TalkCoverage, talk_coverage
from branchdesk.core.training import (
    DEFAULT_STUDY_HOURS,
    StudyHours,
    Training,
    secretary_trainings,
    study_hours,
)
from branchdesk.core.volunteer import volunteer_hours

# Recovery from a damaged or lost data file lives beside: a Workspace cannot open there.
from branchdesk.damage import Recovery as Recovery
from branchdesk.damage import lost_database_backup as lost_database_backup
from branchdesk.damage import newest_good_backup as newest_good_backup
from branchdesk.damage import recover_damaged as recover_damaged
from branchdesk.dues_service import DuesService
from branchdesk.paths import make_data_dir
from branchdesk.store import backup as store_backup
from branchdesk.store import change_feed, health, recycle_bin, search_index, second_place
from branchdesk.store import db as store_db
from branchdesk.store.attachments_repo import AttachmentStore
from branchdesk.store.backup import BackupInfo
from branchdesk.store.branch_repo import BranchRepository
from branchdesk.store.compliance_facts import facts_from, leave_excused, load_facts
from branchdesk.store.connection import Database
from branchdesk.store.dues_repo import dues_book
from branchdesk.store.errors import DamagedDatabaseError, StorageError
from branchdesk.store.meetings_repo import MeetingRepository
from branchdesk.store.members_repo import MemberRepository
from branchdesk.store.record_tables import count_records
from branchdesk.store.recycle_bin import RestoreRefusedError, StillReferencedError, TrashedRecord
from branchdesk.store.report_texts_repo import ReportTextsRepository
from branchdesk.store.review_repo import YEAR_TAKEN, ReviewRepository, YearTakenError
from branchdesk.store.rules_repo import RuleSetRepository
from branchdesk.store.settings_repo import SettingsRepository
from branchdesk.store.talks_repo import TalkRepository
from branchdesk.store.training_repo import TrainingRepository
from branchdesk.store.volunteer_repo import VolunteerRepository
from branchdesk.workspace_recruiting import RecruitingDocuments, RecruitingUseCases

# Types of the Workspace's answers and refusals, for the callers that name them: the UI
# imports nothing below the Workspace (tests/test_layers.py).
__all__ = [
    "YEAR_TAKEN",
    "BackupInfo",
    "DamagedDatabaseError",
    "RestoreRefusedError",
    "StillReferencedError",
    "TrashedRecord",
    "Workspace",
    "YearTakenError",
]

# The report's figures and texts, drafts and archives load when first used: the window's
# first page needs none of them, and every import delays it (bench/startup.py).
if TYPE_CHECKING:
    from branchdesk.core.compliance.drafts import RecordDraft
    from branchdesk.reports.annual import ReportResult
    from branchdesk.reports.facts import AnnualFacts, YearRecords
    from branchdesk.reports.fonts import FontSet
    from branchdesk.reports.narrative import SectionText
    from branchdesk.reports.pdf.meeting_sheets import MeetingSheetData
    from branchdesk.store.archive_zip import VerifiedArchive

log = logging.getLogger(__name__)

ATTACHMENTS_DIR = "attachments"
STUDY_HOURS_RULE = "study_hours"  # the default rule's id in core.compliance.defaults
AUTO_BACKUP_INTERVAL = timedelta(days=1)
DEMO_SETTING = "demo"  # written by demo.fill_demo: never to be taken for real records


class NotEmptyFolderError(UserError):
    def __init__(self, data_dir: Path) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{folder} already holds records; an archive is imported only into an empty "
                    "data folder. Nothing was changed.",
                ),
                {"folder": data_dir},
            )
        )


class OwnDataFileError(UserError):
    """A backup, archive, report or ledger was to be written over the database (or its
    journal or lock) of the folder it comes from, which would destroy the records."""

    def __init__(self, target: Path) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{file} is one of BranchDesk's own data files; give another name. "
                    "Nothing was written.",
                ),
                {"file": target},
            )
        )


# SQLite's journals beside the database, and the lock of the running instance.
_OWN_SUFFIXES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class WorkspaceInfo:
    data_dir: Path
    database: Path
    schema_version: str
    counts: dict[str, int]


class Workspace(RecruitingUseCases, RecruitingDocuments):
    def __init__(self, data_dir: Path, db: Database) -> None:
        self.data_dir = data_dir
        self.db = db
        self.members = MemberRepository(db)
        self.branch = BranchRepository(db)
        self.settings = SettingsRepository(db)
        self.reviews = ReviewRepository(db)
        self.talks = TalkRepository(db)
        self.volunteering = VolunteerRepository(db)
        self.trainings = TrainingRepository(db)
        self.meetings = MeetingRepository(db)
        self.attachments = AttachmentStore(db, data_dir / ATTACHMENTS_DIR)
        search_index.install(db)
        self._change_listeners: list[Callable[[str], None]] = []
        change_feed.install(db, self._record_changed)
        self._closed = False
        self.rules = RuleSetRepository(db)
        self.report_texts = ReportTextsRepository(db)
        self.dues = DuesService(db, self.members.all, self._branch_name, self.report_fonts)
        self._open_pipeline(db)  # 发展党员, and the official calendar its notices count by

    @classmethod
    def open(cls, data_dir: Path) -> Workspace:
        """Open the data folder, creating it and its database on first use."""
        make_data_dir(data_dir)
        path = data_dir / store_db.DATABASE_NAME
        db = store_db.open_database(path, data_dir / store_db.BACKUPS_DIR)
        try:
            with store_db.translated_errors(path):
                return cls(data_dir, db)
        except BaseException:
            db.close()
            raise

    def on_records_changed(self, listener: Callable[[str], None]) -> Callable[[], None]:
        """Call *listener* with the record-type key of every row this workspace writes
        (`store/change_feed.py`), inside the writing statement; returns the unsubscriber."""
        self._change_listeners.append(listener)
        return lambda: self._change_listeners.remove(listener)

    def _record_changed(self, key: str) -> None:
        for listener in list(self._change_listeners):
            listener(key)

    @property
    def database_path(self) -> Path:
        return self.data_dir / store_db.DATABASE_NAME

    def refuse_own_file(self, target: Path) -> None:
        """Raise OwnDataFileError when *target* is the database, its journal or the lock."""
        from branchdesk.instance_lock import LOCK_NAME

        own = [Path(f"{self.database_path}{suffix}") for suffix in _OWN_SUFFIXES]
        own.append(self.data_dir / LOCK_NAME)
        key = os.path.normcase(target.resolve())
        if any(os.path.normcase(path.resolve()) == key for path in own):
            raise OwnDataFileError(target)

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / ATTACHMENTS_DIR

    def counts(self) -> dict[str, int]:
        return count_records(self.db)

    def is_empty(self) -> bool:
        """No branch profile and no record of any type: safe to fill with demo data."""
        return self.branch.get() is None and not any(self.counts().values())

    def info(self) -> WorkspaceInfo:
        return WorkspaceInfo(
            data_dir=self.data_dir,
            database=self.database_path,
            schema_version=store_db.schema_version(self.db),
            counts=self.counts(),
        )

    def set_up_branch(self, setup: BranchSetup, today: date) -> None:
        """Write what the first-run wizard asked, all or nothing (validated by each repository)."""
        with self.db.atomic():
            self.branch.save(setup.branch)
            org_ids = [self.branch.save_organisation(o).id for o in setup.organisations]
            group_ids = [
                self.branch.save_group(PartyGroup(name, created_on=today)).id
                for name in setup.groups
            ]
            secretary = replace(
                setup.secretary,
                organisation_id=org_ids[0] if org_ids else None,
                group_id=group_ids[0] if group_ids else None,
            )
            secretary_id = self.members.save(secretary, today).id
            assert secretary_id is not None
            seat = CommitteeSeat(secretary_id, Post.SECRETARY)
            self.branch.save_term(CommitteeTerm(setup.term_starts, setup.term_ends, (seat,)))

    def _branch_name(self) -> str:
        branch = self.branch.get()
        return branch.name if branch is not None else ""

    # -- backups -------------------------------------------------------------------------
    @property
    def backups_dir(self) -> Path:
        return self.data_dir / store_db.BACKUPS_DIR

    def backups(self) -> list[store_backup.BackupInfo]:
        """The backups in the data folder, newest first, with their time and size."""
        return store_backup.list_backups(self.backups_dir)

    def back_up(self, target: Path | None = None, *, image: bytes | None = None) -> Path:
        """Back up now: into `backups/` (then rotate), or to *target* when given."""
        if target is not None:
            self.refuse_own_file(target)
            return store_backup.write_backup(
                self.database_path, self.attachments_dir, target, image
            )
        now = datetime.now()
        path = store_backup.write_backup(
            self.database_path,
            self.attachments_dir,
            store_backup.new_backup_path(self.backups_dir, now),
            image,
        )
        store_backup.rotate(self.backups_dir, now)
        place = self.second_backup_place()
        if place.folder is not None and second_place.copy_backup(path, place.folder, now):
            second_place.note_copy(self.backups_dir, now)
        return path

    def second_backup_place(self) -> SecondPlace:
        """The folder every backup is also copied to (设置 → 数据与备份), if one is chosen."""
        folder = second_place.chosen_folder(self.backups_dir)
        reachable = folder is not None and second_place.is_reachable(folder)
        return SecondPlace(folder, reachable, second_place.last_copy(self.backups_dir))

    def set_second_backup_folder(self, folder: Path | None) -> None:
        second_place.choose_folder(self.backups_dir, folder)

    def backup_if_due(self, *, on_exit: bool = False, now: datetime | None = None) -> Path | None:
        """The automatic backup: on exit, and at most daily while running; skipped when
        nothing changed since the newest backup. Returns the new backup, if one was made."""
        newest = next(iter(self.backups()), None)
        since = (now or datetime.now()) - newest.created if newest is not None else None
        if not on_exit and since is not None and since < AUTO_BACKUP_INTERVAL:
            return None
        image = store_backup.snapshot_database(self.database_path)
        if newest is not None and store_backup.database_digest(newest.path) == (
            hashlib.sha256(image).hexdigest()
        ):
            return None
        return self.back_up(image=image)

    def restore_backup(self, path: Path | VerifiedArchive) -> Path:
        """Replace the data with a backup's, after backing up the current state (returned,
        so that the restore itself can be undone)."""
        verified = path if not isinstance(path, Path) else store_backup.verify_backup(path)
        now = datetime.now()
        undo = store_backup.write_backup(
            self.database_path,
            self.attachments_dir,
            store_backup.new_backup_path(self.backups_dir, now),
        )
        store_backup.restore_into(self.db, verified, self.attachments_dir)
        search_index.install(self.db)  # the restored file may predate today's index
        change_feed.install(self.db, self._record_changed)  # its tables may be new, too
        store_backup.rotate(self.backups_dir, now)  # only now: *path* may be an old backup
        return undo

    # -- figures from reviews, talks, volunteering and training (compliance, the report) ---
    def talk_coverage(self, year: int, today: date) -> TalkCoverage:
        """Talk pairs per type in *year* and the members with no talk (as of *today* if sooner)."""
        return talk_coverage(
            self.talks.all(year), self.members.all(), self.branch.terms(), year, today
        )

    def volunteer_hours(self, year: int) -> list[MemberHours]:
        """Volunteer hours of every member who belonged to the branch during *year*."""
        return volunteer_hours(self.members.all(), self.volunteering.all(year), year)

    def study_hours_required(self) -> float:
        """The yearly study hours the rule set asks of each member (32 unless edited)."""
        rule = next((r for r in self.rules.all() if r.id == STUDY_HOURS_RULE), None)
        return float(rule.threshold) if rule is not None and rule.enabled else DEFAULT_STUDY_HOURS

    def study_hours(self, year: int, required: float = DEFAULT_STUDY_HOURS) -> list[StudyHours]:
        """Study hours of every member who belonged to the branch during *year*, vs *required*."""
        return study_hours(self.members.all(), self.trainings.all(year), year, required)

    def secretary_trainings(self, year: int) -> list[Training]:
        """Centralised trainings in *year* attended by the secretary in post on each date."""
        return secretary_trainings(self.trainings.all(year), self.branch.terms(), year)

    def roster(self) -> Roster:
        """Members (with their events) and committee terms: what expected lists derive from."""
        return Roster.of(self.members.all(), self.branch.terms())

    def search(self, text: str, limit: int = search_index.DEFAULT_LIMIT) -> list[SearchHit]:
        """Every record and member whose text contains all the words of *text*."""
        return search_index.search(self.db, text, limit)

    def move_data_folder(self, target: Path) -> Path:
        """Copy all into the empty *target* (store/relocate.py); the next start opens it."""
        from branchdesk.store.relocate import move_data_folder

        return move_data_folder(
            self.db, self.data_dir, target, (ATTACHMENTS_DIR, store_db.BACKUPS_DIR)
        )

    # -- export archive ------------------------------------------------------------------
    def export_archive(self, target: Path) -> Path:
        """Every record of every registered type, documented JSON, and the attachments."""
        from branchdesk.store import export_archive

        self.refuse_own_file(target)
        return export_archive.write_export(self.database_path, self.attachments_dir, target)

    def import_archive(self, archive: Path | VerifiedArchive) -> None:
        """Load an export archive into this workspace, which must hold no record yet.
        The archive is verified entirely before anything is written."""
        from branchdesk.store import export_archive
        from branchdesk.store.archive_zip import VerifiedArchive

        verified = (
            archive
            if isinstance(archive, VerifiedArchive)
            else export_archive.verify_export(archive)
        )
        if export_archive.holds_records(self.db):
            raise NotEmptyFolderError(self.data_dir)
        export_archive.import_export(self.db, verified, self.attachments_dir)

    def compliance(
        self,
        year: int,
        quarter: int | None = None,
        month: int | None = None,
        today: date | None = None,
    ) -> ComplianceResult:
        """What the rule set asks of *year* (or one quarter or month), judged on *today*."""
        return evaluate(
            load_facts(self.db, year - 1, year),  # runs of months cross New Year
            self.rules.all(),
            window(year, quarter, month),
            today or date.today(),
        )

    # -- recycle bin (every trashable registered type) ------------------------------------
    def trashed(self) -> list[recycle_bin.TrashedRecord]:
        return recycle_bin.trashed(self.db)

    def move_to_bin(self, key: str, record_id: int) -> None:
        recycle_bin.move_to_bin(self.db, key, record_id)
        self._follow_pipeline(key)

    def restore_from_bin(self, key: str, record_id: int) -> None:
        recycle_bin.restore(self.db, key, record_id)
        self._follow_pipeline(key)

    def purge_from_bin(self, key: str, record_id: int) -> None:
        """Delete for good, with the evidence files no other record uses."""
        recycle_bin.purge(self.db, key, record_id)
        self.attachments.remove_for_owner(key, record_id)
        self._follow_pipeline(key)

    # -- health --------------------------------------------------------------------------
    def check(self) -> list[Finding]:
        """Integrity and foreign-key checks, every attachment against its hash, and every row
        against the structural rules and those of the domain: none when all is well."""
        return health.findings(self.db, self.attachments_dir)

    # -- compliance: the dashboard ---------------------------------------------------------
    def dashboard(self, today: date) -> Dashboard:
        """This month, quarter and year, headline figures and monthly series (概览)."""
        volunteer = sum(h.hours for h in self.volunteer_hours(today.year))
        facts = load_facts(self.db, today.year - 1, today.year)
        return build_dashboard(facts, self.rules.all(), today, volunteer)

    def record_draft(self, obligation: Obligation, today: date) -> RecordDraft | None:
        """A new record, prefilled, that would meet *obligation* (core.compliance.drafts)."""
        from branchdesk.core.compliance.six_month_drafts import record_draft

        rule = self.rules.get(obligation.rule_id)
        draft = self.recruiting_draft(obligation, today)
        return draft or record_draft(obligation, rule, self.roster(), self.dues.book, today)

    # -- the annual duty report and ledgers ---------------------------------------
    def year_records(self, year: int, today: date) -> YearRecords:
        """Every record the report and the ledgers of *year* read, in one place: each read
        once, and the compliance verdict judged on those same records."""
        from branchdesk.reports.facts import YearRecords

        members = tuple(self.members.all())
        terms = tuple(self.branch.terms())
        groups = tuple(self.branch.groups())
        talks = tuple(self.talks.all(year))
        trainings = tuple(self.trainings.all(year))
        meetings = tuple(self.meetings.all(year))
        reviews = self.reviews.all(year)  # live rounds of the year: at most one
        roster = Roster.of(members, terms)
        branch = self.branch.get()
        facts = facts_from(
            members=members,
            groups=groups,
            terms=terms,
            meetings=meetings,
            talks=talks,
            trainings=trainings,
            reviews=reviews,
            roster=roster,
            tracking_from=branch.tracking_from if branch is not None else None,
            dues=dues_book(self.db),
            leave_excused=leave_excused(self.db),
        )
        return YearRecords(
            year=year,
            today=today,
            branch=branch,
            members=members,
            terms=terms,
            groups=groups,
            review=reviews[0] if reviews else None,  # the year's live round
            talks=talks,
            trainings=trainings,
            volunteering=tuple(self.volunteering.all(year)),
            meetings=meetings,
            compliance=evaluate(self.with_pipeline(facts), self.rules.all(), window(year), today),
            previous_meetings=tuple(self.meetings.all(year - 1, with_rectifications=True)),
            roster=roster,
            dues=self.dues.year(year, today),
            **self.pipeline_of_year(year),
        )

    def annual_facts(self, year: int, today: date) -> AnnualFacts:
        """The year's figures: the same numbers the report, the ledgers and the dashboard show."""
        from branchdesk.reports.facts import gather_facts

        return gather_facts(self.year_records(year, today))

    def report_sections(self, year: int, facts: AnnualFacts) -> list[SectionText]:
        """Each section of the year's report: the text it prints (the secretary's, else the
        draft from *facts*) and the current draft beside it."""
        from branchdesk.reports.narrative import sections

        return sections(facts, self.report_texts.for_year(year))

    # reportlab, python-docx and openpyxl load only when a report is built: every command
    # (and each process the crash tests start) would otherwise pay a second to import them.
    def report_fonts(self) -> FontSet:
        """The fonts the report uses: the settings' choice, then the PC's, then the shipped."""
        from branchdesk.reports.fonts import SETTINGS_KEY, resolve_fonts

        return resolve_fonts(self.settings.get(SETTINGS_KEY, {}))

    def report_font_choice(self) -> dict[str, str]:
        """The font files chosen in the settings: {role value: "path" or "path#index"}."""
        from branchdesk.reports.fonts import SETTINGS_KEY

        return dict(self.settings.get(SETTINGS_KEY, {}))

    def set_report_fonts(self, choice: dict[str, str]) -> None:
        """Save the chosen font files; a role left out is resolved automatically again."""
        from branchdesk.reports.fonts import SETTINGS_KEY

        self.settings.set(SETTINGS_KEY, {role: spec for role, spec in choice.items() if spec})

    def build_report(
        self, year: int, target: Path, fmt: str, today: date, *, preview: bool = False
    ) -> ReportResult:
        """The duty report of *year* as a PDF or DOCX ("pdf" or "docx") at *target*;
        *preview*: the app's preview PDF, 【…】 prompts highlighted."""
        from branchdesk.reports.annual import ReportFormat, build_report

        self.refuse_own_file(target)
        fonts = self.report_fonts() if fmt == ReportFormat.PDF else None
        records = self.year_records(year, today)
        texts = self.report_texts.for_year(year)
        return build_report(records, texts, fonts, target, ReportFormat(fmt), preview)

    def meeting_record_sheet(self, meeting_id: int, target: Path) -> int:
        """Print a meeting's record sheet (会议记录) as a PDF; returns the number of pages."""
        from branchdesk.reports.pdf.meeting_sheets import build_record_sheet

        return build_record_sheet(self._sheet_data(meeting_id), self.report_fonts(), target)

    def meeting_sign_in_sheet(self, meeting_id: int, target: Path) -> int:
        """Print the sign-in sheet (签到表) of a meeting's expected attendees as a PDF."""
        from branchdesk.reports.pdf.meeting_sheets import build_sign_in_sheet

        return build_sign_in_sheet(self._sheet_data(meeting_id), self.report_fonts(), target)

    def _sheet_data(self, meeting_id: int) -> MeetingSheetData:
        from branchdesk.reports.pdf.meeting_sheets import sheet_data

        branch = self.branch.get()
        return sheet_data(
            branch.name if branch else "",
            self.meetings.get(meeting_id),
            self.members.all(),
            self.branch.terms(),
            self.branch.groups(),
        )

    def build_ledgers(self, year: int, target: Path, today: date) -> list[str]:
        """The year's ledgers as an XLSX workbook; returns the sheet names."""
        from branchdesk.reports.annual import build_ledgers

        self.refuse_own_file(target)
        return build_ledgers(self.year_records(year, today), target)

    def is_demo(self) -> bool:
        """Whether the folder holds demo data (`demo.fill_demo` notes it in the settings)."""
        return self.settings.get(DEMO_SETTING) is not None

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        # Leave the index current, so that merely opening the file later writes nothing. A
        # file that cannot be written (read-only, full) keeps its pending rows for next time.
        try:
            search_index.flush(self.db)
        except (sqlite3.Error, StorageError) as exc:
            log.warning("search index not brought up to date on close: %s", exc)
        finally:
            self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def verify_backup_file(path: Path) -> VerifiedArchive:
    """Check a backup entirely, writing nothing (before a workspace is opened)."""
    return store_backup.verify_backup(path)


def verify_export_archive(path: Path) -> VerifiedArchive:
    """Check an export archive entirely, writing nothing (before a workspace is opened)."""
    from branchdesk.store import export_archive

    return export_archive.verify_export(path)
