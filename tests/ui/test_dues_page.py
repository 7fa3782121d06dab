"""The 党费 page (issue 18): a month's collection by keyboard alone, bases, payments,
hand-overs, and 概览's 立即登记 on a dues reminder."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from branchdesk.core.dues import DuesBase
from branchdesk.core.members import Member
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.dues_page import DuesPage
from branchdesk.workspace import Workspace
from tests.ui.conftest import answer_questions

TODAY = date(2026, 5, 20)


def _branch_of(ws: Workspace, count: int) -> list[int]:
    ids = []
    for n in range(count):
        member = ws.members.save(Member(f"党员{n + 1:02d}", date(2015, 7, 1)), TODAY)
        assert member.id is not None
        ws.dues.save_base(DuesBase(member.id, date(2026, 1, 1), base_fen=400_000 + n * 10_000))
        ids.append(member.id)
    return ids


def test_a_month_for_25_members_by_keyboard_in_at_most_three_keys_each(
    qtbot: QtBot, workspace: Workspace
) -> None:
    ids = _branch_of(workspace, 25)
    page = DuesPage(workspace.dues, lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()  # keys reach a shortcut (Ctrl+S) only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    assert page.ui.monthCombo.currentData() == "2026-05"
    grid = page.ui.collectionTable
    grid.setFocus()
    assert grid.currentIndex().row() == 0
    assert grid.currentIndex().column() == page.collection.column_of("amount")
    keys = 0
    for row in range(25):
        if row == 3:  # pays 50 元 instead of what he owes (40.00 元): 5, 0, Enter
            qtbot.keyClick(grid, Qt.Key.Key_5)  # the first key opens the editor with it
            editor = grid.focusWidget()
            assert editor is not None and editor is not grid
            qtbot.keyClick(editor, Qt.Key.Key_0)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            keys += 3
            # The editor closes through the event loop, as between a person's keystrokes.
            qtbot.waitUntil(lambda: grid.state() == QAbstractItemView.State.NoState)
        elif row == 7:  # not paying this month: passed over with Down
            qtbot.keyClick(grid, Qt.Key.Key_Down)
            keys += 1
        else:  # pays what he owes: Enter
            qtbot.keyClick(grid, Qt.Key.Key_Return)
            keys += 1
    qtbot.keyClick(grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    keys += 1
    assert keys <= 3 * 25
    paid = {p.member_id: p for p in workspace.dues.payments.every()}
    assert len(paid) == 24 and ids[7] not in paid
    assert paid[ids[3]].amount_fen == 5000
    # 4000–5000 元: 1% of the base; above 5000 元: 1.5% (bases step by 100 元: exact).
    bases = {i: 400_000 + n * 10_000 for n, i in enumerate(ids)}
    expected = {i: b // 100 if b <= 500_000 else b * 15 // 1000 for i, b in bases.items()}
    for member_id, payment in paid.items():
        assert payment.months == ("2026-05",) and payment.paid_on == TODAY
        if member_id != ids[3]:
            assert payment.amount_fen == expected[member_id]
    # The grid now shows the month paid, and the year's figures include it.
    assert page.collection.record(0).paid_fen == expected[ids[0]]
    assert page.dues_year is not None and page.dues_year.paid_fen == sum(
        p.amount_fen for p in paid.values()
    )


def test_bases_payments_and_hand_overs_from_their_forms(qtbot: QtBot, workspace: Workspace) -> None:
    (mid,) = _branch_of(workspace, 1)
    page = DuesPage(workspace.dues, lambda: TODAY)
    qtbot.addWidget(page)
    ui = page.ui
    page.open_payment_draft(None)
    ui.payMonthsEdit.setText("2026-01 至 2026-03")
    ui.payAmountEdit.setText("120")
    qtbot.keyClick(ui.payAmountEdit, Qt.Key.Key_Return)
    (payment,) = workspace.dues.payments.every()
    assert payment.months == ("2026-01", "2026-02", "2026-03") and payment.amount_fen == 12000
    page.open_payment_draft(None)
    ui.payMonthsEdit.setText("2026-13")
    ui.payAmountEdit.setText("40")
    ui.savePaymentButton.click()
    assert "2026-01" in ui.payErrorLabel.text()  # 交纳月份 as 2026-01 至 2026-03 …
    assert len(workspace.dues.payments.every()) == 1
    ui.tabs.setCurrentWidget(ui.basesTab)
    ui.baseMemberCombo.setCurrentIndex(ui.baseMemberCombo.findData(mid))
    ui.baseFromEdit.set_date_value(date(2026, 4, 1))
    ui.baseAmountEdit.setText("5000.01")
    qtbot.keyClick(ui.baseAmountEdit, Qt.Key.Key_Return)
    assert [b.base_fen for b in workspace.dues.bases.every()] == [400_000, 500_001]
    ui.handOnEdit.set_date_value(date(2026, 4, 15))
    ui.handPeriodEdit.setText("2026年第一季度")
    ui.handAmountEdit.setText("100")
    qtbot.keyClick(ui.handAmountEdit, Qt.Key.Key_Return)
    assert page.dues_year is not None and page.dues_year.held_fen == 2000
    assert "2000" not in ui.heldLabel.text() and "20.00" in ui.heldLabel.text()
    assert "四舍五入" in ui.rateLabel.text()


def test_record_now_on_a_dues_reminder_drafts_the_back_payment(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    dashboard = demo_window.show_page("dashboard")
    assert dashboard.select("year", "dues_unpaid_warning", "2026")  # type: ignore[attr-defined]
    dashboard.record_selected()  # type: ignore[attr-defined]
    page = demo_window.page("dues")
    assert isinstance(page, DuesPage)
    ui = page.ui
    assert ui.tabs.currentWidget() is ui.paymentsTab
    assert ui.payMemberCombo.currentText() == "潘国栋"
    assert ui.payMonthsEdit.text() == "2026-06, 2026-07, 2026-08, 2026-09, 2026-10"
    owed = sum(
        d.amount_fen
        for m in ("2026-06", "2026-07", "2026-08", "2026-09", "2026-10")
        if (d := demo_workspace.dues.book().due_in(ui.payMemberCombo.currentData(), m))
    )
    assert ui.payAmountEdit.text() == f"{owed // 100}.{owed % 100:02d}"
    ui.savePaymentButton.click()
    assert ui.payErrorLabel.text() == ""
    assert not any(
        o.rule_id.startswith("dues_unpaid") and o.subject_name == "潘国栋"
        for o in demo_workspace.compliance(2026, today=date(2026, 11, 27))
        if o.overdue or o.due_soon
    )


def test_confirmed_amounts_are_not_lost_without_a_question(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _branch_of(workspace, 3)
    page = DuesPage(workspace.dues, lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    grid = page.ui.collectionTable
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert page.has_unsaved_changes()
    page.ui.tabs.setCurrentWidget(page.ui.basesTab)  # a base saved elsewhere keeps them
    page.ui.baseMemberCombo.setCurrentIndex(page.ui.baseMemberCombo.findData(ids[2]))
    page.ui.baseAmountEdit.setText("3000")
    page.save_base()
    assert [e.confirmed for e in page.collection.records()] == [True, True, False]
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData("2026-04"))
    assert len(asked) == 1 and page.ui.monthCombo.currentData() == "2026-05"  # 取消: stays
    assert page.has_unsaved_changes()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData("2026-04"))
    assert page.ui.monthCombo.currentData() == "2026-04"
    saved = workspace.dues.payments.every()
    assert sorted(p.member_id for p in saved) == ids[:2]
    assert all(p.months == ("2026-05",) for p in saved)
    assert not page.has_unsaved_changes()


def test_enter_on_a_form_that_cannot_be_read_names_each_field_and_keeps_the_typing(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """2026-11-31 used to escape as a ValueError from Enter; a wrong amount said only
    "请填写日期和金额". Each field is now named with what is wrong, the first one focused."""
    _branch_of(workspace, 1)
    page = DuesPage(workspace.dues, lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.basesTab)
    ui.baseFromEdit.setText("2026-11-31")
    ui.baseAmountEdit.setText("6835.505")
    qtbot.keyClick(ui.baseAmountEdit, Qt.Key.Key_Return)
    text = ui.baseErrorLabel.text()
    assert text.startswith("起始日期：") and "30" in text  # 2026-11 has 30 days
    assert "月交纳基数（元）：" in text and "两位小数" in text
    assert page.focusWidget() is ui.baseFromEdit
    assert ui.baseAmountEdit.text() == "6835.505" and page.has_unsaved_changes()
    assert len(workspace.dues.bases.every()) == 1
    ui.tabs.setCurrentWidget(ui.handoversTab)
    ui.handAmountEdit.setText("")
    ui.handPeriodEdit.setText("2026年第三季度")
    qtbot.keyClick(ui.handPeriodEdit, Qt.Key.Key_Return)
    assert ui.handErrorLabel.text() == "金额（元）：必填。"
    assert ui.handPeriodEdit.text() == "2026年第三季度"


def test_a_saved_form_becomes_a_new_one_so_enter_again_saves_nothing_twice(
    qtbot: QtBot, workspace: Workspace
) -> None:
    (mid,) = _branch_of(workspace, 1)
    page = DuesPage(workspace.dues, lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    ui = page.ui
    page.open_payment_draft(None)
    ui.payMonthsEdit.setText("2026-04")
    ui.payAmountEdit.setText("40")
    qtbot.keyClick(ui.payAmountEdit, Qt.Key.Key_Return)
    qtbot.keyClick(ui.payAmountEdit, Qt.Key.Key_Return)
    assert [p.amount_fen for p in workspace.dues.payments.every()] == [4000]
    assert ui.payAmountEdit.text() == "" and ui.payMemberCombo.currentData() == mid
    assert not page.has_unsaved_changes()


def test_a_back_payment_drafted_on_the_dashboard_is_asked_about_before_it_goes(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """概览's 立即登记 fills a new payment: not saved, so 新增 or 取消 ask first."""
    from branchdesk.core.dues import DuesPayment

    (mid,) = _branch_of(workspace, 1)
    page = DuesPage(workspace.dues, lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    draft = DuesPayment(mid, TODAY, 8000, ("2026-03", "2026-04"))
    assert page.open_payment_draft(draft)
    assert page.has_unsaved_changes()
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.ui.newPaymentButton.click()
    assert len(asked) == 1 and page.ui.payAmountEdit.text() == "80.00"  # 取消: kept
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    page.ui.cancelPaymentButton.click()
    assert len(asked) == 1 and page.ui.payAmountEdit.text() == ""  # 不保存: a new one
    assert workspace.dues.payments.every() == [] and not page.has_unsaved_changes()


def test_each_form_s_save_has_its_alt_letter(qtbot: QtBot, workspace: Workspace) -> None:
    """保存交纳 and 保存上缴 had no Alt letter, unlike 保存 on every other form (that no two
    visible controls share one is tests/ui/test_keyboard.py's)."""
    from PySide6.QtGui import QKeySequence

    page = DuesPage(workspace.dues, lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    for tab, button, letter in (
        (page.ui.basesTab, page.ui.saveBaseButton, "B"),
        (page.ui.paymentsTab, page.ui.savePaymentButton, "S"),
        (page.ui.handoversTab, page.ui.saveHandoverButton, "S"),
    ):
        page.ui.tabs.setCurrentWidget(tab)
        assert QKeySequence.mnemonic(button.text()).toString() == f"Alt+{letter}", button.text()
