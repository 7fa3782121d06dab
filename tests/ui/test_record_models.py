"""The review grid and the activity tables, without widgets."""

from datetime import date

from PySide6.QtCore import Qt

from branchdesk.core.members import Member
from branchdesk.core.participation import Participant
from branchdesk.core.review import Grade, ReviewEntry, VoteTally
from branchdesk.core.training import Training, TrainingForm
from branchdesk.core.volunteer import VolunteerActivity
from branchdesk.ui.models.activity_tables import training_columns, volunteer_columns
from branchdesk.ui.models.record_table import RecordTableModel
from branchdesk.ui.models.review_grid import ReviewGridModel, ReviewRow


def _grid() -> ReviewGridModel:
    model = ReviewGridModel("zh")
    model.set_records(
        [
            ReviewRow(Member("周建国", date(2001, 7, 1), id=1), False, ReviewEntry(1)),
            ReviewRow(Member("杜晓峰", date(2025, 12, 12), id=2), True, ReviewEntry(2)),
        ]
    )
    return model


def test_grid_edits_tallies_and_grades_in_place(qapp) -> None:
    model = _grid()
    edited: list[ReviewRow] = []
    model.record_edited.connect(lambda _row, record: edited.append(record))
    votes = model.column_of("excellent")
    assert model.setData(model.index(0, votes), 12)
    assert model.setData(model.index(0, model.column_of("final")), Grade.EXCELLENT.value)
    assert edited[-1].entry.tally == VoteTally(excellent=12)
    assert edited[-1].entry.final_grade == Grade.EXCELLENT
    assert model.data(model.index(0, model.column_of("final"))) == "优秀"


def test_probationary_rows_take_remarks_but_no_grade(qapp) -> None:
    model = _grid()
    editable = Qt.ItemFlag.ItemIsEditable
    for key in ("excellent", "proposed", "final"):
        assert not model.flags(model.index(1, model.column_of(key))) & editable
        assert model.flags(model.index(0, model.column_of(key))) & editable
    assert model.flags(model.index(1, model.column_of("opinion"))) & editable
    model.read_only = True
    assert not model.flags(model.index(0, model.column_of("opinion"))) & editable


def test_activity_tables_sum_member_hours(qapp) -> None:
    names = {1: "周建国", 2: "林晓燕"}
    activity = VolunteerActivity(
        date(2026, 3, 5),
        "社区义诊",
        (Participant(1, "", 3.0), Participant(2, "", 2.5), Participant(None, "黄伟雄", 4)),
    )
    model: RecordTableModel[VolunteerActivity] = RecordTableModel(
        volunteer_columns(lambda i: names.get(i or 0, "")), "VolunteerTable"
    )
    model.set_records([activity])
    assert model.data(model.index(0, model.column_of("members"))) == "2"
    assert model.data(model.index(0, model.column_of("hours"))) == "5.5"
    training = Training(
        date(2026, 4, 8),
        "专题培训",
        (Participant(1, "", 8), Participant(None, "黄伟雄", 8)),
        TrainingForm.ONLINE,
        ends_on=date(2026, 4, 9),
    )
    trainings: RecordTableModel[Training] = RecordTableModel(
        training_columns("zh", lambda i: names.get(i or 0, "")), "TrainingTable"
    )
    trainings.set_records([training])
    assert trainings.data(trainings.index(0, trainings.column_of("form"))) == "网络培训"
    assert (
        trainings.data(trainings.index(0, trainings.column_of("participants"))) == "周建国、黄伟雄"
    )
    assert trainings.data(trainings.index(0, 0)) == "2026-04-08 – 04-09"
