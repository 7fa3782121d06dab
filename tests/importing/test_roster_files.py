"""Rosters as offices really save them: each is read, or refused in one clear message."""

import json
from datetime import date
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.importing.roster import preview_roster
from branchdesk.workspace import Workspace
from tests.cli.test_import_members import make_id
from tests.importing.roster_fuzz import xlsx_bytes

TODAY = date(2026, 11, 27)
HEADER = ["姓名", "性别", "出生日期", "身份证号", "入党时间", "党小组"]


def _row(name: str, birth: date, sequence: int, group: str = "第一党小组") -> list[object]:
    return [name, "男", birth.isoformat(), make_id(birth, sequence), "2015-07-01", group]


ROWS = [_row("张三", date(1980, 1, 2), 11), _row("李四", date(1981, 3, 4), 13)]


def _csv(rows: list[list[object]]) -> str:
    return "\n".join(",".join(str(c) for c in row) for row in rows) + "\n"


def _preview(ws: Workspace, path: Path) -> list[tuple[str, str]]:
    preview = preview_roster(ws, path, today=TODAY)
    assert preview.invalid == [], [r.reasons for r in preview.invalid]
    return [(r.name, r.group) for r in preview.valid]


def test_utf16_text_as_excel_saves_unicode_text(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "roster.txt"
    path.write_bytes(_csv([HEADER, *ROWS]).replace(",", "\t").encode("utf-16"))
    assert _preview(workspace, path) == [("张三", "第一党小组"), ("李四", "第一党小组")]


def test_cr_only_line_endings_from_excel_for_mac(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(_csv([HEADER, *ROWS]).replace("\n", "\r").encode("utf-8"))
    assert _preview(workspace, path) == [("张三", "第一党小组"), ("李四", "第一党小组")]


def test_a_group_cell_merged_down_its_rows_fills_each_row(
    workspace: Workspace, tmp_path: Path
) -> None:
    rows = [
        HEADER,
        _row("张三", date(1980, 1, 2), 11, "第一党小组"),
        _row("李四", date(1981, 3, 4), 13, ""),
        _row("王五", date(1982, 5, 6), 15, ""),
        _row("赵六", date(1983, 7, 8), 17, "第二党小组"),
    ]
    path = tmp_path / "roster.xlsx"
    path.write_bytes(xlsx_bytes(rows, merged=["F2:F4"]))
    assert _preview(workspace, path) == [
        ("张三", "第一党小组"),
        ("李四", "第一党小组"),
        ("王五", "第一党小组"),
        ("赵六", "第二党小组"),
    ]


def test_a_title_row_and_a_two_row_header(workspace: Workspace, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["某某协会党支部党员名册"],
        ["姓名", "基本信息", "", "", "党内信息", ""],
        ["", "性别", "出生日期", "身份证号", "入党时间", "党小组"],
        *ROWS,
    ]
    path = tmp_path / "roster.xlsx"
    path.write_bytes(xlsx_bytes(rows, merged=["A1:F1", "A2:A3", "B2:D2", "E2:F2"]))
    assert _preview(workspace, path) == [("张三", "第一党小组"), ("李四", "第一党小组")]
    csv_path = tmp_path / "roster.csv"
    csv_path.write_text(_csv(rows), encoding="utf-8")  # no merge: 姓名 only in the upper row
    assert _preview(workspace, csv_path) == [("张三", "第一党小组"), ("李四", "第一党小组")]


def test_a_stray_cell_far_away_does_not_make_the_sheet_huge(
    workspace: Workspace, tmp_path: Path
) -> None:
    stray = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    path = tmp_path / "roster.xlsx"
    path.write_bytes(xlsx_bytes([HEADER, *ROWS], extra_cells=stray, dimension="A1:XFD1048576"))
    preview = preview_roster(workspace, path, today=TODAY)
    assert [r.name for r in preview.valid] == ["张三", "李四"]
    assert preview.invalid == []  # the stray cell is in no column of the roster


def test_same_name_and_birth_date_but_different_id_numbers_are_two_people(
    workspace: Workspace, tmp_path: Path
) -> None:
    birth = date(1985, 6, 1)
    rows = [HEADER, _row("王芳", birth, 12), _row("王芳", birth, 14), _row("王芳", birth, 12)]
    rows.append(["王芳", "女", birth.isoformat(), "", "2015-07-01", ""])  # no ID: same person
    path = tmp_path / "roster.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    preview = preview_roster(workspace, path, today=TODAY)
    assert [r.row for r in preview.valid] == [1, 2]
    assert [(r.row, r.reasons) for r in preview.invalid] == [
        (3, ("Duplicate of row 1.",)),
        (4, ("Duplicate of row 1.",)),
    ]


def test_bad_cells_are_reasons_on_their_rows(workspace: Workspace, tmp_path: Path) -> None:
    rows = [
        ["姓名", "性别", "出生日期", "入党时间", "转正时间", "备注"],
        ["张三", "未知", "2019－13－45", "2015－07－01", "2016—07—01", ""],
        ["李四", "男", "1980-01-02", "1999-02-30", "", "长" * (130 * 1024)],
    ]
    path = tmp_path / "roster.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    preview = preview_roster(workspace, path, today=TODAY)
    reasons = {r.row: r.reasons for r in preview.invalid}
    assert reasons[1] == (
        "出生日期: 2019－13－45 is not a date.",
        "性别: 未知 is not a gender (男 or 女).",
    )
    assert "入党时间: 1999-02-30 is not a date." in reasons[2]
    assert reasons[2] == ("备注: At most 32767 characters.", "入党时间: 1999-02-30 is not a date.")


def test_full_width_dashes_in_dates_are_read(workspace: Workspace, tmp_path: Path) -> None:
    rows = [["姓名", "入党时间", "转正时间"], ["张三", "2015－07－01", "2016—07—01"]]
    path = tmp_path / "roster.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    (row,) = preview_roster(workspace, path, today=TODAY).valid
    assert row.member is not None and row.member.full_on == date(2016, 7, 1)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data.replace(b"PK\x03\x04", b"PK\x03\x05", 1),
        lambda data: data[:200] + bytes(200) + data[400:],
    ],
)
def test_a_damaged_workbook_is_one_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: object
) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(damage(xlsx_bytes([HEADER, *ROWS])))  # type: ignore[operator]
    assert main(["import-members", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Cannot read roster.xlsx" in err
    assert "Traceback" not in err


def test_an_unknown_map_field_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(_csv([HEADER, *ROWS]), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["import-members", str(path), "--map", "民族=nonsense"])
    assert exit_.value.code == 2
    assert "'nonsense' is not a field" in capsys.readouterr().err


def test_a_refused_import_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [HEADER, *ROWS, ["王五", "男", "1990-13-01", "", "2015-07-01", "新党小组"]]
    path = tmp_path / "roster.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import-members", str(path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["invalid"] == [
        {"row": 3, "name": "王五", "reason": "出生日期: 1990-13-01 is not a date."}
    ]
    with Workspace.open(data) as ws:
        assert ws.members.all() == [] and ws.branch.groups() == []
