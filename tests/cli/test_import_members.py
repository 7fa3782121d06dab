"""Roster import from .csv (UTF-8, UTF-8 with BOM, GBK) and .xlsx (acceptance 4)."""

import csv
import io
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from branchdesk.cli import main
from branchdesk.core import idcard
from branchdesk.core.members import Member
from branchdesk.workspace import Workspace

TODAY = date(2026, 11, 27)
HEADERS = [
    "姓名", "性别", "民族", "出生日期", "身份证号", "学历", "联系电话",
    "入党时间", "转正时间", "党小组", "人员类别", "工作单位/职务",
]  # fmt: skip


def make_id(birth: date, sequence: int) -> str:
    first17 = f"440106{birth:%Y%m%d}{sequence:03d}"
    return first17 + idcard.check_character(first17)


def wrong_check(id_number: str) -> str:
    return id_number[:17] + ("0" if id_number[17] != "0" else "1")


EXISTING = Member(name="老党员", joined_on=date(2001, 7, 1), birth_date=date(1970, 5, 4))


def roster_rows(serial_as: object = "43647") -> list[list[object]]:
    """Six valid rows, one per date form, then the bad ones (data rows 7-10)."""
    births = [date(1990, 1, d) for d in range(1, 8)]
    ids = [make_id(b, 11 + i * 2) for i, b in enumerate(births)]  # odd sequence: male
    joined = ["2019-07-01", "2019/7/1", "2019.07.01", "2019年7月1日", "2019.07", serial_as]

    def row(name: str, index: int, joined_on: object, id_number: str) -> list[object]:
        full = "2020-07-01" if index % 2 == 0 else ""
        category = "正式党员" if full else "预备党员"
        return [name, "男", "汉族", births[index].isoformat(), id_number, "大学本科",
                "13800000000", joined_on, full, "第一党小组", category, "协会 干事"]  # fmt: skip

    rows = [row(f"党员{i + 1}", i, joined[i], ids[i]) for i in range(6)]
    rows.append(row("校验错", 6, "2019-07-01", wrong_check(ids[6])))  # row 7
    rows.append(row("", 6, "2019-07-01", ""))  # row 8: no name
    rows.append(row("重复者", 0, "2019-07-01", ids[0]))  # row 9: same ID as row 1
    rows.append(  # row 10: same name and birth date as a recorded member
        ["老党员", "男", "汉族", "1970-05-04", "", "", "", "2001-07-01", "", "", "", ""]
    )
    return rows


def write_csv(path: Path, rows: list[list[object]], encoding: str) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["XX党支部党员花名册"])  # a title row above the header
    writer.writerow(HEADERS)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def existing(workspace: Workspace) -> Workspace:
    workspace.members.save(EXISTING, TODAY)
    return workspace


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object]]:
    code = main(["import-members", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def assert_report(report: dict[str, object]) -> None:
    valid = report["valid"]
    invalid = report["invalid"]
    assert isinstance(valid, list) and isinstance(invalid, list)
    assert [v["row"] for v in valid] == [1, 2, 3, 4, 5, 6]
    assert {v["joined_on"] for v in valid} == {"2019-07-01"}  # every form read alike
    assert [v["approximate_dates"] for v in valid][4] == ["joined_on"]  # 2019.07
    assert all(v["approximate_dates"] == [] for i, v in enumerate(valid) if i != 4)
    reasons = {entry["row"]: entry["reason"] for entry in invalid}
    assert set(reasons) == {7, 8, 9, 10}
    assert "last character should be" in reasons[7]
    assert reasons[8].startswith("姓名: Required")
    assert "Duplicate of row 1." in reasons[9]
    assert "Already recorded as 老党员" in reasons[10]
    assert report["new_groups"] == ["第一党小组"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_dry_run_reports_bad_rows_and_writes_nothing(
    existing: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    source = write_csv(tmp_path / "roster.csv", roster_rows(), encoding)
    before = existing.db.execute("SELECT count(*) FROM members").fetchone()[0]
    code, report = run_json(capsys, str(source), "--dry-run")
    assert code == 1  # some rows are invalid
    assert_report(report)
    assert report["imported"] is False
    assert existing.db.execute("SELECT count(*) FROM members").fetchone()[0] == before
    assert [g.name for g in existing.branch.groups()] == []


def test_xlsx_with_an_excel_serial_date(
    existing: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsx(tmp_path / "roster.xlsx", roster_rows(serial_as=43647))
    _, report = run_json(capsys, str(source), "--dry-run")
    assert_report(report)


def test_import_is_all_or_nothing(
    existing: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "roster.csv", roster_rows(), "utf-8")
    assert main(["import-members", str(source)]) == 1
    captured = capsys.readouterr()
    assert "4 of 10 rows are invalid" in captured.err and "row 7" in captured.out
    assert len(existing.members.all()) == 1  # nothing written

    code, report = run_json(capsys, str(source), "--skip-invalid")
    assert code == 0 and report["imported"] is True
    members = {m.name: m for m in existing.members.all()}
    assert set(members) == {"老党员", *(f"党员{i}" for i in range(1, 7))}
    groups = existing.branch.groups()
    assert [g.name for g in groups] == ["第一党小组"]
    assert members["党员1"].group_id == groups[0].id
    assert members["党员1"].full_on == date(2020, 7, 1)
    assert members["党员2"].full_on is None


def test_only_valid_rows_import_without_flags(
    existing: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "roster.csv", roster_rows()[:6], "gbk")
    assert main(["import-members", str(source)]) == 0
    assert "Imported 6 of 6 rows" in capsys.readouterr().out
    assert len(existing.members.all()) == 7


def test_unknown_header_can_be_mapped(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "odd.csv"
    source.write_text("名字,入党年月\n王五,2018.03\n", encoding="utf-8")
    assert main(["import-members", str(source), "--dry-run"]) == 1
    assert "no column for 姓名 (name), 入党时间 (joined_on)" in capsys.readouterr().err
    code, report = run_json(capsys, str(source), "--dry-run", "--map", "名字=name",
                            "--map", "入党年月=joined_on")  # fmt: skip
    assert code == 0
    assert report["valid"] == [
        {"row": 1, "name": "王五", "gender": None, "birth_date": None, "id_number": "",
         "joined_on": "2018-03-01", "full_on": None, "group": "",
         "approximate_dates": ["joined_on"]}
    ]  # fmt: skip


def test_unreadable_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "roster.xlsx"
    source.write_bytes(b"not a workbook")
    assert main(["import-members", str(source)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "not a readable .xlsx" in err


def test_full_width_phone_numbers_and_id_numbers_are_read(
    existing: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A roster typed with a Chinese input method in full-width mode (１３８…, ４４０１…Ｘ)
    had every such row refused; now they are read as the same digits."""
    full = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
    rows = roster_rows()[:6]
    for row in rows:
        row[4] = str(row[4]).translate(full)
        row[6] = "１３８－００００－００００"
    source = write_csv(tmp_path / "roster.csv", rows, "gb18030")
    code, report = run_json(capsys, str(source), "--dry-run")
    assert code == 0 and report["invalid"] == []
    assert all(r["id_number"].isascii() for r in report["valid"])
    assert main(["import-members", str(source)]) == 0
    phones = {m.phone for m in existing.members.all() if m.name.startswith("党员")}
    assert phones == {"138-0000-0000"}


def test_a_name_with_a_line_break_in_its_cell_is_read_on_one_line(
    existing: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cell typed with Alt+Enter (or a pasted tab) gave a member whose name held a line
    break, which split every table and sheet row it was printed in."""
    rows = roster_rows()[:1]
    rows[0][0] = "欧阳\n  晓\t明"
    rows[0][9] = "第一\n党小组"
    source = write_csv(tmp_path / "roster.csv", rows, "utf-8")
    code, report = run_json(capsys, str(source), "--dry-run")
    assert code == 0
    (row,) = report["valid"]  # type: ignore[misc]
    assert row["name"] == "欧阳 晓 明" and row["group"] == "第一 党小组"
