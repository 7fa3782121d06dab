"""`branchdesk report` and `branchdesk ledger` on the demo data: the acceptance checks of
issue 6 (A4, type area, sizes, lines, page numbers, embedded fonts, rare names)."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pdfplumber
import pytest

from branchdesk.cli import main
from branchdesk.reports.fonts import FontRole
from branchdesk.workspace import Workspace
from tests.reports import pdf_checks
from tests.reports.conftest import YEAR, add_year_of_records
from tests.reports.font_samples import UKAI


@pytest.fixture
def report_ws(workspace: Workspace, today: date) -> Workspace:
    return add_year_of_records(workspace, today)


@pytest.fixture
def report_pdf(
    report_ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, str]:
    target = tmp_path / "r.pdf"
    assert main(["report", "--year", str(YEAR), "-o", str(target)]) == 0
    return target, capsys.readouterr().out


def test_report_says_which_fonts_drew_it_and_what_is_missing(report_pdf: tuple[Path, str]) -> None:
    _, out = report_pdf
    assert "Fonts used:" in out
    for role in ("仿宋", "黑体", "楷体", "小标宋", "宋体"):
        assert f"  {role}: " in out
    assert "Not in the report yet" not in out  # every part has its records


def test_pages_are_a4_with_everything_inside_the_type_area(report_pdf: tuple[Path, str]) -> None:
    pages = pdf_checks.read_pages(report_pdf[0])
    assert len(pages) >= 6
    for page in pages:
        assert page.size == pytest.approx(pdf_checks.A4, abs=0.5)
        assert pdf_checks.outside_type_area(page) == []


def test_title_22pt_body_16pt_and_a_full_page_has_22_lines(report_pdf: tuple[Path, str]) -> None:
    pages = pdf_checks.read_pages(report_pdf[0])
    title = [c for c in pages[0].text_chars if abs(c["size"] - 22) < 0.2]
    assert "".join(c["text"] for c in title).startswith("中共广州市天河区")
    # The body pages: before the first appendix ("附件1" starts a page).
    body = []
    for page in pages:
        if "".join(c["text"] for c in page.text_chars[:3]).startswith("附件"):
            break
        body.append(page)
    assert all(abs(c["size"] - 16) < 0.2 for page in body[1:] for c in page.text_chars)
    counts = [len(page.lines_of(16)) for page in body]
    assert max(counts) == 22 and all(n <= 22 for n in counts), counts
    full = body[counts.index(22)].lines_of(16)
    pitches = {round(b - a, 1) for a, b in itertools.pairwise(full)}
    assert pitches <= {28.9, 29.0}  # 225 mm / 22


def test_page_numbers_alternate_sides(report_pdf: tuple[Path, str]) -> None:
    for page in pdf_checks.read_pages(report_pdf[0]):
        assert pdf_checks.page_number_text(page) == f"—{page.number}—"
        assert pdf_checks.page_number_side(page) == ("right" if page.number % 2 else "left")
        assert abs(pdf_checks.page_number_gap_mm(page) - 7) < 0.6
        assert all(abs(c["size"] - 14) < 0.2 for c in page.number_chars)


def test_every_font_that_draws_text_is_embedded(report_pdf: tuple[Path, str]) -> None:
    fonts = pdf_checks.pdffonts(report_pdf[0])
    assert fonts and all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts), fonts
    with pdfplumber.open(report_pdf[0]) as pdf:
        drawn = {c["fontname"] for page in pdf.pages for c in page.chars}
    assert drawn <= {f["name"] for f in fonts}


def test_rare_name_characters_print_with_glyphs_in_the_embedding_font(
    report_pdf: tuple[Path, str], report_ws: Workspace
) -> None:
    body = report_ws.report_fonts().chain(FontRole.BODY)
    with pdfplumber.open(report_pdf[0]) as pdf:
        rare = [c for page in pdf.pages for c in page.chars if c["text"] in "赟喆堃旻玥"]
    assert {c["text"] for c in rare} == set("赟喆堃旻玥")
    for char in rare:
        drawing = body.font_for(char["text"])
        assert drawing is not None and drawing.has(char["text"])
        assert char["fontname"].split("+")[1] == drawing.family


def test_report_docx_and_ledger_xlsx_from_the_command_line(
    report_ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--year", str(YEAR), "-o", str(tmp_path / "r.docx")]) == 0
    assert "仿宋_GB2312" in capsys.readouterr().out
    assert len(docx.Document(str(tmp_path / "r.docx")).tables) == 6  # dues: issue 18
    assert main(["ledger", "--year", str(YEAR), "-o", str(tmp_path / "l.xlsx")]) == 0
    out = capsys.readouterr().out
    # 党费收缴, 党费上缴; the 发展党员工作台账 even when empty.
    assert "12 sheets" in out and "Fonts" in out
    assert len(openpyxl.load_workbook(tmp_path / "l.xlsx").sheetnames) == 12


def test_an_unwritable_folder_is_a_one_line_user_error(
    demo_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["report", "--year", "2025", "-o", str(tmp_path / "nope" / "r.pdf")])
    assert code == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_report_of_a_year_with_no_records_still_builds(
    workspace: Workspace, tmp_path: Path, today: date
) -> None:
    assert main(["report", "--year", "2020", "-o", str(tmp_path / "e.pdf")]) == 0
    assert pdf_checks.read_pages(tmp_path / "e.pdf")


def test_a_font_chosen_in_the_settings_draws_its_role_and_is_embedded(
    report_ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report_ws.set_report_fonts({FontRole.BODY.value: str(UKAI)})
    target = tmp_path / "chosen.pdf"
    assert main(["report", "--year", str(YEAR), "-o", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"  仿宋: UKaiCN（设置中选择，{UKAI}）" in out
    assert "  黑体: UKaiCN" not in out  # only the chosen role changed
    embedded = {f["name"].split("+")[-1]: f for f in pdf_checks.pdffonts(target)}
    assert embedded["UKaiCN"]["emb"] == "yes" and embedded["UKaiCN"]["sub"] == "yes"
    with pdfplumber.open(target) as pdf:
        body = [c for c in pdf.pages[1].chars if abs(c["size"] - 16) < 0.2 and c["text"].strip()]
    # The body text of page 2 is set in 仿宋: now the chosen font, for every character it has.
    fonts = [c["fontname"].split("+")[-1] for c in body]
    assert fonts.count("UKaiCN") > 0.95 * len(fonts)


@pytest.mark.parametrize(
    "command",
    [
        ["report", "--year", "2025", "-o"],
        ["ledger", "--year", "2025", "-o"],
        ["export", "-o"],
        ["backup", "-o"],
    ],
)
def test_a_folder_given_as_the_output_file_is_a_one_line_user_error(
    demo_workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    """`-o D:\\备份\\` used to end in IsADirectoryError's traceback (and, for an archive, a
    hidden .part file left in the folder above)."""
    folder = tmp_path / "备份"
    folder.mkdir()
    assert main([*command, str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a folder" in err and "Traceback" not in err
    assert list(folder.iterdir()) == [] and not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize(
    "command",
    [
        ["ledger", "--year", "2025", "-o", "台账.csv"],
        ["report", "--year", "2025", "--format", "docx", "-o", "报告.pdf"],
        ["report", "--year", "2025", "-o", "报告.txt"],
        ["backup", "-o", "备份 2026.txt"],  # 从文件恢复 lists only .zip: it would be lost
        ["export", "-o", "归档2026"],
    ],
)
def test_an_output_name_that_would_not_open_as_its_content_is_refused(
    demo_workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    """`ledger -o 台账.csv` wrote an Excel workbook named .csv (Excel then calls it damaged);
    `report --format docx -o 报告.pdf` a Word file named .pdf."""
    monkeypatch.chdir(tmp_path)
    assert main(command) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "name it so" in err
    assert not (tmp_path / command[-1]).exists()


@pytest.mark.parametrize("command", ["report", "ledger"])
@pytest.mark.parametrize("year", ["0", "-1", "10000", "99999"])
def test_a_year_out_of_range_is_bad_usage_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, year: str
) -> None:
    suffix = ".pdf" if command == "report" else ".xlsx"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "d"), command, "--year", year,
              "-o", str(tmp_path / f"out{suffix}")])  # fmt: skip
    assert exited.value.code == 2
    assert "year out of range" in capsys.readouterr().err
