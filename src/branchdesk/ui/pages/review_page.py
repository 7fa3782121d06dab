"""民主评议: the year's round as one grid of the whole branch, entered row after row.

The step dates and note sit above the grid; every cell edit is validated by the core and
saved at once (no dialog, no save button for the grid). Closing the round is refused with
every reason (an unconfirmed share of 优秀 above one third, a 不合格 without follow-up, a
full member without a final grade) until they are resolved.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import label
from branchdesk.core.members import Member
from branchdesk.core.review import (
    Grade,
    ReviewEntry,
    ReviewFollowUp,
    ReviewRound,
    ReviewStep,
    grade_summary,
    is_graded,
    roster_entries,
)
from branchdesk.core.validation import FieldError, ValidationError, one_line
from branchdesk.ui.field_errors import ERROR_STYLE
from branchdesk.ui.forms.ui_review_page import Ui_ReviewPage
from branchdesk.ui.i18n import error_text, label_language
from branchdesk.ui.models.review_grid import ReviewGridModel, ReviewRow
from branchdesk.ui.pages.record_form import read_date
from branchdesk.ui.ports import MemberRecords, ReviewRecords
from branchdesk.ui.unsaved_changes import (
    escape_cancels,
    field_values,
    may_go_on,
    put_field_values,
)
from branchdesk.ui.widgets.choice_delegate import ChoiceDelegate
from branchdesk.workspace import YEAR_TAKEN, YearTakenError

log = logging.getLogger(__name__)
NOT_A_COUNT = QT_TRANSLATE_NOOP("Validation", "How many took part: a whole number, or empty.")

STEP_FIELDS = (
    "study_on",
    "self_assessment_on",
    "peer_review_on",
    "vote_on",
    "verdict_on",
    "feedback_on",
)


class ReviewPage(QWidget):
    rounds_changed = Signal()

    def __init__(
        self,
        reviews: ReviewRecords,
        members: MemberRecords,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reviews = reviews
        self._members_repo = members
        self._today = today
        self._members: list[Member] = []
        self.round: ReviewRound | None = None
        self._shown_header: tuple[object, ...] | None = None  # dates and note as shown
        self._language = label_language()
        self.ui = Ui_ReviewPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._step_edits = (
            ui.studyOnEdit,
            ui.selfAssessmentOnEdit,
            ui.peerReviewOnEdit,
            ui.voteOnEdit,
            ui.verdictOnEdit,
            ui.feedbackOnEdit,
        )
        ui.roundError.setStyleSheet(ERROR_STYLE)
        ui.gridError.setStyleSheet(ERROR_STYLE)
        self.model = ReviewGridModel(self._language, self)
        grid = ui.reviewGrid
        grid.setModel(self.model)
        grid.verticalHeader().hide()
        # Compact rows: a branch of 25–50 members fits on one screen.
        grid.verticalHeader().setDefaultSectionSize(grid.fontMetrics().height() + 8)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        grades: list[tuple[str, str | None]] = [("", None)]
        grades += [(label(g, self._language), g.value) for g in Grade]
        follow_ups: list[tuple[str, str | None]] = [("", None)]
        follow_ups += [(label(f, self._language), f.value) for f in ReviewFollowUp]
        for key, choices in (("proposed", grades), ("final", grades), ("follow_up", follow_ups)):
            delegate = ChoiceDelegate(partial(list, choices), self)
            grid.setItemDelegateForColumn(self.model.column_of(key), delegate)
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.yearCombo.currentIndexChanged.connect(self._show_selected_round)
        ui.newRoundButton.clicked.connect(self.new_round)
        ui.recycleBinCheck.toggled.connect(self._bin_toggled)
        ui.deleteButton.clicked.connect(self.delete_round)
        ui.restoreButton.clicked.connect(self.restore_round)
        ui.closeButton.clicked.connect(self.close_round)
        ui.reopenButton.clicked.connect(self.reopen_round)
        ui.saveRoundButton.clicked.connect(self.save_round)
        for edit in (*self._step_edits, ui.noteEdit, ui.participantsEdit):
            edit.returnPressed.connect(self.save_round)
        ui.confirmExcellentCheck.toggled.connect(lambda _checked: self.save_round())
        self.model.record_edited.connect(self._row_edited)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_round)
        escape_cancels(ui.stepsBox, self.cancel)

    # -- which round ---------------------------------------------------------------------
    def _bin_toggled(self, checked: bool) -> None:
        if checked and not self._may_leave_round():
            self.ui.recycleBinCheck.blockSignals(True)
            self.ui.recycleBinCheck.setChecked(False)
            self.ui.recycleBinCheck.blockSignals(False)
            return
        self.refresh()

    def refresh(self) -> None:
        self._shown_header = None  # the caller has dealt with unsaved dates, if any
        self._members = self._members_repo.all()
        in_bin = self.ui.recycleBinCheck.isChecked()
        combo = self.ui.yearCombo
        wanted = combo.currentData() if combo.count() else None
        combo.blockSignals(True)
        combo.clear()
        if in_bin:
            for review in self._reviews.deleted():
                combo.addItem(str(review.year), review.id)
        else:
            this_year = self._today().year
            years = {r.year for r in self._reviews.all()} | {this_year, this_year - 1}
            for year in sorted(years, reverse=True):
                combo.addItem(str(year), year)
            if wanted is None:  # start with the latest round that has entries, else last year
                wanted = max(
                    (r.year for r in self._reviews.all() if r.entries), default=this_year - 1
                )
        combo.setCurrentIndex(max(combo.findData(wanted), 0))
        combo.blockSignals(False)
        self._show_selected_round()

    def _show_selected_round(self) -> None:
        if not self._may_leave_round() and self.round is not None:  # stay on the round
            combo = self.ui.yearCombo
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(self.round.year), 0))
            combo.blockSignals(False)
            return
        data = self.ui.yearCombo.currentData()
        if self.ui.recycleBinCheck.isChecked():
            self.round = self._reviews.get(data) if data is not None else None
        else:
            self.round = self._reviews.for_year(data) if data is not None else None
        self._show_round()

    def _show_round(self) -> None:
        ui = self.ui
        review = self.round
        in_bin = ui.recycleBinCheck.isChecked()
        for edit, field in zip(self._step_edits, STEP_FIELDS, strict=True):
            edit.set_date_value(getattr(review, field) if review else None)
        ui.noteEdit.setText(review.note if review else "")
        voters = review.participants if review else None
        ui.participantsEdit.setText("" if voters is None else str(voters))
        ui.confirmExcellentCheck.blockSignals(True)
        ui.confirmExcellentCheck.setChecked(bool(review and review.excellent_share_confirmed))
        ui.confirmExcellentCheck.blockSignals(False)
        for label_ in (ui.roundError, ui.gridError):
            label_.clear()
            label_.hide()
        closed = bool(review and review.is_closed)
        editable = review is not None and not closed and not in_bin
        # Read-only rather than disabled: a closed round's dates stay legible.
        ui.noteEdit.setReadOnly(not editable)
        ui.participantsEdit.setReadOnly(not editable)
        for edit in self._step_edits:
            edit.setReadOnly(not editable)
        ui.confirmExcellentCheck.setEnabled(editable)
        ui.saveRoundButton.setVisible(editable)
        ui.stepsBox.setEnabled(review is not None)
        self.model.read_only = not editable
        ui.newRoundButton.setVisible(review is None and not in_bin)
        ui.deleteButton.setVisible(review is not None and not in_bin)
        ui.restoreButton.setVisible(in_bin and review is not None)
        ui.closeButton.setVisible(editable)
        ui.reopenButton.setVisible(closed and not in_bin)
        if review is None:
            ui.stateLabel.setText(self.tr("No round for this year yet."))
        elif closed:
            ui.stateLabel.setText(self.tr("Closed on %1").replace("%1", str(review.closed_on)))
        else:
            ui.stateLabel.setText(self.tr("Open"))
        self._fill_grid()
        self._shown_header = self._header()

    def _header(self) -> tuple[object, ...]:
        """The round's dates and note as the fields hold them (the grid saves at once)."""
        ui = self.ui
        return (
            *(e.text() for e in self._step_edits),
            ui.noteEdit.text(),
            ui.participantsEdit.text(),
        )

    def has_unsaved_changes(self) -> bool:
        return self._shown_header is not None and self._header() != self._shown_header

    def may_close(self) -> bool:
        """Before the window closes: asks about the round's unsaved dates or note."""
        return self._may_leave_round()

    def _may_leave_round(self) -> bool:
        return may_go_on(
            self,
            self.has_unsaved_changes(),
            self.tr("The round's dates or note have changes that are not saved yet. Save them?"),
            self.save_round,
            self._show_round,
        )

    def unsaved_content(self) -> dict[str, object] | None:
        """The round's dates and note not saved yet, as 未保存的内容 (ui/unsaved_keeper.py)."""
        if self.round is None or not self.has_unsaved_changes():
            return None
        return {"year": self.round.year, "fields": field_values(self.ui.stepsBox)}

    def restore_unsaved(self, content: dict[str, object]) -> None:
        combo = self.ui.yearCombo
        combo.setCurrentIndex(max(combo.findData(content.get("year")), 0))
        fields = content.get("fields")
        if isinstance(fields, dict):
            put_field_values(self.ui.stepsBox, fields)

    def cancel(self) -> None:
        """Esc: the round's dates and note as saved, after asking."""
        if self._may_leave_round():
            self._show_round()

    def _fill_grid(self) -> None:
        review = self.round
        if review is None:
            self.model.set_records([])
            self.ui.summaryLabel.clear()
            return
        by_id = {m.id: m for m in self._members}
        day = review.review_date
        rows = [
            ReviewRow(by_id[e.member_id], not is_graded(by_id[e.member_id], day), e)
            for e in roster_entries(review, self._members)
        ]
        self.model.set_records(rows)
        grid = self.ui.reviewGrid
        grid.resizeColumnsToContents()
        for key in ("opinion", "follow_up_note", "self_assessment", "peer_remarks"):
            column = self.model.column_of(key)
            grid.setColumnWidth(column, min(grid.columnWidth(column), 240))
        self._update_summary()

    def _update_summary(self) -> None:
        if self.round is None:
            return
        summary = grade_summary(self.round, self._members)
        counts = "，".join(f"{label(g, self._language)} {summary.counts[g]}" for g in Grade)
        text = QCoreApplication.translate(
            "ReviewPage",
            "Graded {graded}: {counts}. Probationary members (not graded): {probationary}. "
            "Still without a grade: {ungraded}.",
        ).format(
            graded=summary.graded,
            counts=counts,
            probationary=summary.probationary,
            ungraded=summary.ungraded_full,
        )
        over = summary.excellent_over_cap
        if over:
            text += " " + QCoreApplication.translate(
                "ReviewPage", "More than one third are 优秀: confirm it or revise the grades."
            )
        self.ui.summaryLabel.setText(text)
        self.ui.summaryLabel.setStyleSheet(ERROR_STYLE if over else "")

    # -- editing -------------------------------------------------------------------------
    def _row_edited(self, row: int, record: ReviewRow) -> None:
        """Save the changed cell's entry at once; on refusal show why and show the saved value."""
        if self.round is None or self.round.id is None:
            return
        try:
            self.round = self._reviews.save_entry(self.round.id, record.entry, self._today())
        except ValidationError as exc:
            self._show_errors(self.ui.gridError, list(exc.errors))
            self._reload_row(row)
            return
        self.ui.gridError.hide()
        saved = self.round.entry_for(record.member.id or 0)
        if saved is not None:
            self.model.replace(row, replace(record, entry=saved))
        self._update_summary()
        self.rounds_changed.emit()

    def _reload_row(self, row: int) -> None:
        if self.round is None:
            return
        current = self.model.record(row)
        saved = self.round.entry_for(current.member.id or 0)
        blank = ReviewEntry(current.member.id or 0)
        self.model.replace(row, replace(current, entry=saved or blank))

    def save_round(self) -> bool:
        """True when the round's dates and note were saved."""
        if self.round is None or self.ui.recycleBinCheck.isChecked() or self.round.is_closed:
            return False
        errors: list[FieldError] = []
        dates = [
            read_date(edit, field, errors)
            for edit, field in zip(self._step_edits, STEP_FIELDS, strict=True)
        ]
        participants = self._participants(errors)
        if errors:
            self._show_errors(self.ui.roundError, errors, self._step_names())
            return False
        study, self_assessment, peer_review, vote, verdict, feedback = dates
        changed = replace(
            self.round,
            study_on=study,
            self_assessment_on=self_assessment,
            peer_review_on=peer_review,
            vote_on=vote,
            verdict_on=verdict,
            feedback_on=feedback,
            note=one_line(self.ui.noteEdit.text()),
            excellent_share_confirmed=self.ui.confirmExcellentCheck.isChecked(),
            participants=participants,
        )
        try:
            self.round = self._reviews.save(changed, self._today())
        except ValidationError as exc:
            self._show_errors(self.ui.roundError, list(exc.errors), self._step_names())
            return False
        self._show_round()
        self.rounds_changed.emit()
        return True

    def _participants(self, errors: list[FieldError]) -> int | None:
        """参加测评人数 as typed: empty when not recorded; a whole number otherwise."""
        text = self.ui.participantsEdit.text().strip()
        if not text:
            return None
        if not text.isdigit():
            errors.append(FieldError("participants", NOT_A_COUNT))
            return None
        return int(text)

    def new_round(self) -> None:
        year = self.ui.yearCombo.currentData()
        if self.ui.recycleBinCheck.isChecked() or year is None or self.round is not None:
            return
        try:
            self.round = self._reviews.save(ReviewRound(int(year)), self._today())
        except ValidationError as exc:
            self._show_errors(self.ui.roundError, list(exc.errors))
            return
        self._show_round()
        self.ui.studyOnEdit.setFocus()
        self.rounds_changed.emit()

    def close_round(self) -> None:
        if self.round is None or self.round.id is None:
            return
        if self._header() != self._shown_header and not self.save_round():
            return  # the dates typed are closed with the round, or the refusal shown
        try:
            self.round = self._reviews.close(self.round.id, self._today(), self._today())
        except ValidationError as exc:
            self._show_errors(self.ui.roundError, list(exc.errors))
            return
        self._show_round()
        self.rounds_changed.emit()

    def reopen_round(self) -> None:
        if self.round is None or self.round.id is None:
            return
        self.round = self._reviews.reopen(self.round.id, self._today())
        self._show_round()
        self.rounds_changed.emit()

    def delete_round(self) -> None:
        if self.round is None or self.round.id is None:
            return
        self._reviews.move_to_recycle_bin(self.round.id)
        self.refresh()
        self.rounds_changed.emit()

    def restore_round(self) -> None:
        if self.round is None or self.round.id is None:
            return
        year = self.round.year
        try:
            self._reviews.restore(self.round.id)
        except YearTakenError:  # another live round holds the year
            self.ui.recycleBinCheck.setChecked(False)
            self._show_errors(
                self.ui.roundError, [FieldError("year", YEAR_TAKEN, {"year": str(year)})]
            )
            return
        self.ui.recycleBinCheck.setChecked(False)
        self.ui.yearCombo.setCurrentIndex(max(self.ui.yearCombo.findData(year), 0))
        self.rounds_changed.emit()

    def _step_names(self) -> dict[str, str]:
        """Each step's field name as its label reads (学习动员 …), to say which date is wrong."""
        ui = self.ui
        labels = (
            ui.studyOnLabel,
            ui.selfAssessmentOnLabel,
            ui.peerReviewOnLabel,
            ui.voteOnLabel,
            ui.verdictOnLabel,
            ui.feedbackOnLabel,
        )
        names = [re.sub(r"\(&.\)|&", "", label_.text()).rstrip("：:") for label_ in labels]
        # The form reads the steps into these fields; core names its errors by the step.
        by_field = dict(zip(STEP_FIELDS, names, strict=True))
        by_step = {f"{step.value}_on": name for step, name in zip(ReviewStep, names, strict=True)}
        return by_field | by_step

    @staticmethod
    def _show_errors(
        target: QLabel, errors: list[FieldError], names: dict[str, str] | None = None
    ) -> None:
        """One line an error, led by the field's name when *names* knows it."""
        lines = [
            f"{names[e.field]}：{error_text(e)}" if names and e.field in names else error_text(e)
            for e in errors
        ]
        target.setText("\n".join(dict.fromkeys(lines)))
        target.setVisible(bool(errors))

    def select_record(self, round_id: int | None) -> None:
        """Show the live round *round_id* (a search hit), asking first about unsaved dates."""
        found = next((r for r in self._reviews.all() if r.id == round_id), None)
        if found is None:
            return
        self.ui.recycleBinCheck.setChecked(False)  # asks, and may stay there
        if self.ui.recycleBinCheck.isChecked():
            return
        combo = self.ui.yearCombo
        combo.setCurrentIndex(max(combo.findData(found.year), 0))

    def focus_grid(self) -> None:
        self.ui.reviewGrid.setFocus(Qt.FocusReason.OtherFocusReason)
