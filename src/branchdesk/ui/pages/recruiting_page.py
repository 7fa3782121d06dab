"""发展党员: everyone in the recruiting pipeline by stage with the next deadline, a person's
timeline of steps, and the yearly 发展计划 beside what was done.

The page receives `ui.ports.Recruiting` (the Workspace satisfies it), never a repository.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from branchdesk.core import registry
from branchdesk.core.labels import label
from branchdesk.core.recruiting import RecruitingPlan, Stage
from branchdesk.core.recruiting_status import RecruitStatus
from branchdesk.core.validation import ValidationError
from branchdesk.ui.forms.ui_recruiting_page import Ui_RecruitingPage
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.record_filter import ALL, RecordFilterProxy
from branchdesk.ui.models.recruit_tables import RecruitTableModel, status_columns
from branchdesk.ui.pages.recruit_form import RecruitFields
from branchdesk.ui.pages.recruit_notice_buttons import NoticeBuilder, NoticeButtons
from branchdesk.ui.ports import Recruiting
from branchdesk.ui.unsaved_changes import (
    escape_cancels,
    field_values,
    may_go_on,
    put_field_values,
)
from branchdesk.ui.widgets.undo_bar import UndoBar

OWNER_TYPE = registry.RECRUITS.key
_WITHIN = Qt.ShortcutContext.WidgetWithChildrenShortcut


class RecruitingPage(QWidget):
    def __init__(
        self,
        service: Recruiting,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        *,
        build_notice: NoticeBuilder | None = None,
    ) -> None:
        """*build_notice(recruit_id, target, "pdf" or "docx")* writes the 公示 on a worker
        thread through a connection of its own (ui/navigation.py)."""
        super().__init__(parent)
        self.ui = Ui_RecruitingPage()
        self.ui.setupUi(self)
        self._service = service
        self._today = today
        self._current: RecruitStatus | None = None
        self._plan_year = today().year
        self._plan_saved: tuple[int, str] = (0, "")  # the year's plan as stored
        language = label_language()
        self.model = RecruitTableModel(status_columns(language, today), "RecruitTable", self)
        # The stage and the name filter in the proxy, so that a sort by 期限 keeps them.
        self.proxy = RecordFilterProxy(
            lambda _s: 0, lambda s: s.stage.value, lambda s: s.recruit.name, self
        )
        self.proxy.setSourceModel(self.model)
        ui = self.ui
        ui.table.setModel(self.proxy)
        ui.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        ui.table.setSortingEnabled(True)  # first as listed: by stage, then deadline
        ui.table.setSelectionBehavior(ui.table.SelectionBehavior.SelectRows)
        ui.table.setSelectionMode(ui.table.SelectionMode.SingleSelection)
        ui.table.verticalHeader().hide()
        ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.stageCombo.addItem(self.tr("All stages"), None)
        for stage in Stage:
            ui.stageCombo.addItem(label(stage, language), stage.value)
        self.fields = RecruitFields(ui, language)
        self.notice = NoticeButtons(self, ui.noticePdfButton, ui.noticeDocxButton, build_notice)
        ui.evidenceList.bind(service.attachments, OWNER_TYPE)
        ui.splitter.setStretchFactor(0, 2)  # the timeline needs the width more than the list
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([560, 840])
        self._split_fitted = False
        self.undo_bar = UndoBar(self)
        ui.tableLayout.insertWidget(1, self.undo_bar)  # under the list
        ui.planYearSpin.setValue(today().year)
        self._connect()
        self.reload()
        self.load(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_fitted:
            self._split_fitted = True
            self._fit_split()

    def _fit_split(self) -> None:
        """The list wide enough for its key columns (姓名 to 逾期) when the page first shows,
        as long as the person's side keeps its own least width: at 1024×700 the proportion
        alone cut 期限 and 逾期 off (tests/ui/test_small_screens.py)."""
        table, splitter = self.ui.table, self.ui.splitter
        header = table.horizontalHeader()
        overdue = self.model.column_of("overdue")
        needed = header.sectionPosition(overdue) + header.sectionSize(overdue)
        needed += 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        needed += self.ui.tableSide.width() - table.width()  # the side's margins
        left, right = splitter.sizes()
        total = left + right
        least_form = self.ui.formSide.minimumSizeHint().width()
        wanted = min(needed, total - least_form)
        if wanted > left:
            splitter.setSizes([wanted, total - wanted])

    def _connect(self) -> None:
        ui = self.ui
        ui.filterEdit.textChanged.connect(self._filter)
        ui.stageCombo.currentIndexChanged.connect(lambda _i: self._filter())
        self.proxy.refiltered.connect(self._reselect_current)
        ui.table.selectionModel().currentRowChanged.connect(self._row_changed)
        ui.newButton.clicked.connect(self.new_person)
        ui.deleteButton.clicked.connect(self.move_to_bin)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.stepAddButton.clicked.connect(lambda: self.fields.add_step(self._today()))
        ui.stepRemoveButton.clicked.connect(
            lambda: ui.stepsError.setText(self.fields.remove_step())
        )
        ui.planYearSpin.valueChanged.connect(lambda _v: self._plan_year_chosen())
        ui.planSaveButton.clicked.connect(self.save_plan)
        ui.planNoteEdit.textChanged.connect(ui.planNoteEdit.setToolTip)  # the whole text
        escape_cancels(ui.formSide, self.cancel)
        escape_cancels(ui.planBox, self.cancel_plan)
        # The keys of the other record pages: Ctrl+S saves where the typing is, Ctrl+N a
        # new person, Del the step chosen in the timeline.
        keys = QKeySequence.StandardKey
        QShortcut(keys.Save, ui.formSide, self.save).setContext(_WITHIN)
        QShortcut(keys.Save, ui.planBox, self.save_plan).setContext(_WITHIN)
        QShortcut(keys.New, self, self.new_person).setContext(_WITHIN)
        QShortcut(keys.Delete, ui.table, self.move_to_bin).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(keys.Delete, ui.stepsTable, ui.stepRemoveButton.click).setContext(
            Qt.ShortcutContext.WidgetShortcut  # not while a cell is being edited
        )

    # -- the list ------------------------------------------------------------------------
    def reload(self) -> None:
        statuses = self._service.recruit_statuses(self._today())
        self.model.set_records(statuses)
        active = [s for s in statuses if s.active]
        overdue = sum(1 for s in statuses if s.overdue)
        self.ui.summaryLabel.setText(
            self.tr("{active} people on the way in, {overdue} overdue.").format(
                active=len(active), overdue=overdue
            )
        )
        self._show_plan()

    def refresh(self) -> None:
        """Records changed elsewhere (a meeting's vote is a step): the list and the plan as
        they now are; the person in the form too, unless it holds typing not saved yet."""
        self.reload()
        if self.has_unsaved_changes():
            return
        current = self._current.recruit.id if self._current is not None else None
        found = next((s for s in self.model.records() if s.recruit.id == current), None)
        self.load(found)

    def _filter(self) -> None:
        self.proxy.set_kind(self.ui.stageCombo.currentData() or ALL)
        self.proxy.set_text(self.ui.filterEdit.text())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self.proxy.refiltering:
            return  # a filter moved the rows, not a choice: the form keeps its person
        status = self.model.record(self.proxy.mapToSource(current).row())
        if self._current is not None and status.recruit.id == self._current.recruit.id:
            return
        if not self.may_replace_form():
            self._reselect_current()  # 取消: the form keeps the typing, the list its person
            return
        # A save in between reloaded the list: the person chosen, as the list now has it.
        chosen = status.recruit.id
        status = next((s for s in self.model.records() if s.recruit.id == chosen), status)
        selection = self.ui.table.selectionModel()
        selection.blockSignals(True)
        self.select_record(chosen or 0)
        selection.blockSignals(False)
        self.load(status)

    def _reselect_current(self) -> None:
        selection = self.ui.table.selectionModel()
        selection.blockSignals(True)
        if self._current is None or self._current.recruit.id is None:
            self.ui.table.clearSelection()
        else:
            self.select_record(self._current.recruit.id)
        selection.blockSignals(False)

    def select_record(self, recruit_id: int) -> None:
        """Open the person (a search hit, the dashboard's 立即登记)."""
        for row in range(self.model.rowCount()):
            if self.model.record(row).recruit.id == recruit_id:
                source = self.model.index(row, 0)
                if not self.proxy.mapFromSource(source).isValid():
                    # Hidden by the stage or name filter: everyone shown, then the person.
                    self.ui.stageCombo.setCurrentIndex(0)
                    self.ui.filterEdit.clear()
                self.ui.table.setCurrentIndex(self.proxy.mapFromSource(source))
                return

    # -- the person ----------------------------------------------------------------------
    def load(self, status: RecruitStatus | None) -> None:
        self._current = status
        self.fields.load(status.recruit if status is not None else None)
        recruit_id = status.recruit.id if status is not None else None
        self.ui.evidenceList.set_owner(recruit_id)
        self.ui.deleteButton.setEnabled(recruit_id is not None)
        self.notice.show_for(status)
        self.ui.statusLabel.setText(self._status_text(status))
        self.ui.breachLabel.setText(
            "；".join(b.text_zh for b in status.breaches) if status is not None else ""
        )
        self.ui.stepsError.setText("")

    def _status_text(self, status: RecruitStatus | None) -> str:
        if status is None:
            return self.tr("A new person: type the application date and the birth date.")
        language = label_language()
        stage = label(status.stage, language)
        if status.next is None:
            return self.tr("Stage: {stage}.").format(stage=stage)
        step = label(status.next.kind, language)
        if status.next.deadline is not None:
            text = self.tr("Stage: {stage}. Next: {step}, by {deadline}.")
            return text.format(stage=stage, step=step, deadline=status.next.deadline.isoformat())
        if status.next.earliest is not None:
            text = self.tr("Stage: {stage}. Next: {step}, not before {earliest}.")
            return text.format(stage=stage, step=step, earliest=status.next.earliest.isoformat())
        return self.tr("Stage: {stage}. Next: {step}.").format(stage=stage, step=step)

    def new_person(self) -> None:
        if self.may_replace_form():
            self.ui.table.clearSelection()
            self.load(None)
            self.ui.nameEdit.setFocus()

    def save(self) -> bool:
        recruit, errors = self.fields.collect()
        if recruit is None:
            self.fields.errors.show(errors)
            return False
        try:
            saved = self._service.save_recruit(recruit, self._today())
        except ValidationError as exc:
            self.fields.errors.show(list(exc.errors))
            return False
        self.reload()
        self.select_record(saved.id or 0)
        self.load(next((s for s in self.model.records() if s.recruit.id == saved.id), None))
        return True

    def move_to_bin(self) -> None:
        """移入回收站 (or Del on the list), after asking about the form's typing, with 撤销
        under the list as the other record pages offer it."""
        if self._current is None or self._current.recruit.id is None:
            return
        recruit_id = self._current.recruit.id
        if not self.may_replace_form():
            return
        self._service.move_to_bin(OWNER_TYPE, recruit_id)
        self.reload()
        self.load(None)
        self.undo_bar.offer(
            self.tr("Moved to the recycle bin."), lambda: self._take_back(recruit_id)
        )

    def _take_back(self, recruit_id: int) -> None:
        """撤销: the person just moved to the recycle bin back in the list and the form."""
        if not self.may_replace_form():
            return
        self._service.restore_from_bin(OWNER_TYPE, recruit_id)
        self.reload()
        self.select_record(recruit_id)

    def has_unsaved_changes(self) -> bool:
        return self.fields.changed() or self.plan_changed()

    def may_replace_form(self) -> bool:
        """Asks 保存 / 不保存 / 取消 about typing not saved; False to stay with it."""
        text = self.tr("The person's record has changes that are not saved. Save them?")
        return may_go_on(
            self, self.fields.changed(), text, self.save, lambda: self.load(self._current)
        )

    def cancel(self) -> None:
        """Esc or 取消: the person as saved, after asking about changes."""
        if self.may_replace_form():
            self.load(self._current)

    def may_close(self) -> bool:
        """Closing the window: one question for the page, even when the person and the
        plan both hold typing (asked twice, the second 取消 came after the first 不保存)."""
        if not (self.fields.changed() and self.plan_changed()):
            return self.may_replace_form() and self.may_replace_plan()
        text = self.tr(
            "The person's record and the recruiting plan of {year} have changes that are "
            "not saved. Save them?"
        ).format(year=self._plan_year)

        def discard_both() -> None:
            self.load(self._current)
            self._show_plan(typed=False)

        return may_go_on(self, True, text, lambda: self.save() and self.save_plan(), discard_both)

    def unsaved_content(self) -> dict[str, Any] | None:
        """The person's typing not saved yet, the steps' rows with it, and the 发展计划
        typed, as 未保存的内容 (ui/unsaved_keeper.py)."""
        if not self.has_unsaved_changes():
            return None
        content: dict[str, Any] = {}
        if self.fields.changed():
            record = self._current.recruit.id if self._current is not None else None
            fields = field_values(self.ui.personBox) | field_values(self.ui.timelineBox)
            content.update(record=record, fields=fields)  # the steps' rows too
        if self.plan_changed():
            content["plan"] = field_values(self.ui.planBox)
        return content

    def restore_unsaved(self, content: dict[str, Any]) -> None:
        if "fields" in content:
            record_id = content.get("record")
            if record_id is None:
                self.new_person()
            else:
                self.select_record(int(record_id))
            put_field_values(self.ui.formWidget, dict(content["fields"]))
        if "plan" in content:
            plan = dict(content["plan"])
            year = plan.pop(self.ui.planYearSpin.objectName(), None)
            if isinstance(year, int):
                self.ui.planYearSpin.setValue(year)  # that year's plan first, then the typing
            put_field_values(self.ui.planBox, plan)

    # -- the yearly plan beside the actual ---------------------------------------------
    def plan_changed(self) -> bool:
        """The 发展计划 box holds a count or a note typed and not saved."""
        return (self.ui.plannedSpin.value(), self.ui.planNoteEdit.text()) != self._plan_saved

    def may_replace_plan(self) -> bool:
        """Asks 保存 / 不保存 / 取消 about the plan typed; False to stay with it."""
        text = self.tr("The recruiting plan of {year} has changes that are not saved. Save them?")
        return may_go_on(
            self,
            self.plan_changed(),
            text.format(year=self._plan_year),
            self.save_plan,
            lambda: self._show_plan(typed=False),
        )

    def cancel_plan(self) -> None:
        """Esc in the plan box: the plan as saved, after asking about changes."""
        if self.may_replace_plan():
            self._show_plan(typed=False)

    def _plan_year_chosen(self) -> None:
        """Another year is another plan: ask about the one typed; 取消 keeps its year."""
        spin = self.ui.planYearSpin
        chosen = spin.value()
        if chosen == self._plan_year:
            return
        spin.blockSignals(True)
        spin.setValue(self._plan_year)  # the typed plan is saved as this year's
        asked = self.may_replace_plan()
        if asked:
            spin.setValue(chosen)
        spin.blockSignals(False)
        if asked:
            self._plan_year = chosen
            self._show_plan(typed=False)

    def _show_plan(self, typed: bool = True) -> None:
        """The year's plan and what was done; a plan being typed stays unless *typed* is
        False (records changed elsewhere refresh only the figures)."""
        year = self._plan_year = self.ui.planYearSpin.value()
        plan = self._service.recruiting_plan(year)
        keep = typed and self.plan_changed()
        self._plan_saved = (plan.planned if plan else 0, plan.note if plan else "")
        if not keep:
            self.ui.plannedSpin.setValue(self._plan_saved[0])
            self.ui.planNoteEdit.setText(self._plan_saved[1])
        done = self._service.year_recruiting(year)
        self.ui.planActual.setText(
            self.tr(
                "{year}: planned {planned}, admitted {admitted} ({names}); converted "
                "{converted}; extended {extended}; activists {activists}, candidates "
                "{candidates}."
            ).format(
                year=year,
                planned=plan.planned if plan else "—",
                admitted=len(done.admitted),
                names="、".join(done.admitted) or "—",
                converted=len(done.converted),
                extended=len(done.extended),
                activists=len(done.activists),
                candidates=len(done.candidates),
            )
        )

    def save_plan(self) -> bool:
        plan = RecruitingPlan(
            self.ui.planYearSpin.value(), self.ui.plannedSpin.value(), self.ui.planNoteEdit.text()
        )
        self._service.save_recruiting_plan(plan)
        self._show_plan(typed=False)
        return True
