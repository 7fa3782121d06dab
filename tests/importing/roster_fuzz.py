"""Generated rosters for the fuzz test (tests/importing/test_roster_fuzz.py) and
bench/roster_fuzz.py: a valid roster, mutated at random (seeded) in its cells, its shape,
its encoding and its bytes, as CSV or XLSX. Every file must give a valid result or one clear
message, and a refused import must write nothing."""

from __future__ import annotations

import io
import random
import traceback
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

from branchdesk.core import idcard
from branchdesk.core.errors import UserError
from branchdesk.workspace import Workspace

HEADERS = ["姓名", "性别", "民族", "出生日期", "身份证号", "学历", "联系电话",
           "入党时间", "转正时间", "党小组", "人员类别", "工作单位"]  # fmt: skip
FIELDS = ["name", "gender", "birth_date", "joined_on", "group", "note", "nonsense", ""]
TODAY = date(2026, 11, 27)

Row = list[object]


def _id(birth: date, sequence: int) -> str:
    first17 = f"440106{birth:%Y%m%d}{sequence:03d}"
    return first17 + idcard.check_character(first17)


def base_rows(rng: random.Random) -> list[Row]:
    rows: list[Row] = [list(HEADERS)]
    for index in range(rng.randint(1, 8)):
        birth = date(1960 + rng.randint(0, 40), rng.randint(1, 12), rng.randint(1, 28))
        full = rng.random() < 0.6
        rows.append([f"党员{index}", "男" if index % 2 else "女", "汉族", birth.isoformat(),
                     _id(birth, 10 + index), "大学本科", "13800000000", "2015-07-01",
                     "2016-07-01" if full else "", f"第{index % 2 + 1}党小组",
                     "正式党员" if full else "预备党员", "协会"])  # fmt: skip
    return rows


CELL_VALUES: list[object] = [
    "", " ", "男", "女", "未知", "X", "2019-07-01", "2019－07－01", "2019—7—1", "2019–07–01",
    "1999-13-45", "2019-02-30", "2025/06/15", "2019.07", "2019年13月", "０１", "43647",
    "99999999", "-1", "1e308", "nan", "inf", '=HYPERLINK("http://x")', "+1", "@SUM(A1)",
    "\x01\x02", "\u202e右到左", "😀" * 10, "是", "否", "maybe", "正式党员", "预备党员",
    "流动党员", "440106199001010011", "44010619900101001X", "4401061990010100111", "大学本科",
    "博士(在读)", "(", "（", "\t", "\n多行\n", '"', "'", ",", ";", "第一党小组", "a" * 300,
    0, 1, -5, 1.5, 1e20, 440106199001010011, True, False, date(2019, 7, 1), date(1800, 1, 1),
]  # fmt: skip
HUGE_CELL = "长" * (130 * 1024)


@dataclass(frozen=True)
class Case:
    number: int
    kind: str  # "csv" or "xlsx"
    data: bytes
    mapping: dict[str, str]
    what: str  # the mutations applied, to reproduce a failure


def _mutate_rows(rng: random.Random, rows: list[Row], what: list[str]) -> list[Row]:
    for _ in range(rng.randint(0, 6)):
        choice = rng.randrange(12)
        r = rng.randrange(len(rows))
        c = rng.randrange(len(rows[r])) if rows[r] else 0
        if choice <= 4 and rows[r]:
            value = HUGE_CELL if rng.random() < 0.03 else rng.choice(CELL_VALUES)
            rows[r][c] = value
            what.append(f"cell {r},{c}={str(value)[:20]!r}")
        elif choice == 5:
            for row in rows:
                if c < len(row):
                    del row[c]
            what.append(f"drop column {c}")
        elif choice == 6:
            rows.insert(0, ["XX协会党支部党员名册"])
            what.append("title row")
        elif choice == 7:
            rows.insert(0, ["", "基本信息", "", "", "", "", "", "党内信息"])
            what.append("two-row header")
        elif choice == 8:
            rows.insert(rng.randrange(len(rows) + 1), [])
            what.append("empty row")
        elif choice == 9:
            rows[r] = rows[r][: rng.randrange(len(rows[r]) + 1)]
            what.append(f"short row {r}")
        elif choice == 10:
            rows.append(list(rows[rng.randrange(len(rows))]))
            what.append("repeated row")
        else:
            rows[r] = rows[r] + [rng.choice(CELL_VALUES)] * rng.randint(1, 30)
            what.append(f"long row {r}")
    return rows


def _csv_bytes(rng: random.Random, rows: list[Row], what: list[str]) -> bytes:
    sep = rng.choice([",", "\t", ";"])
    end = rng.choice(["\r\n", "\n", "\r"])
    lines = []
    for row in rows:
        cells = []
        for value in row:
            text = str(value)
            if any(ch in text for ch in f'{sep}"\r\n') or rng.random() < 0.1:
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(sep.join(cells))
    text = end.join(lines) + (end if rng.random() < 0.7 else "")
    encoding = rng.choice(["utf-8", "utf-8-sig", "gbk", "utf-16", "utf-16-le", "latin-1"])
    what.append(f"csv {encoding} sep={sep!r} end={end!r}")
    return text.encode(encoding, errors="replace")


def _cell_xml(ref: str, value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}" t="d"><v>{value.isoformat()}</v></c>'
    text = escape("".join(ch for ch in str(value) if ch >= " " or ch in "\t\n"))
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
    '"xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
    'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/'
    'sheet1.xml"/></Relationships>'
)


def xlsx_bytes(
    rows: list[Row],
    merged: Sequence[str] = (),
    extra_cells: str = "",
    dimension: str = "",
) -> bytes:
    """A minimal workbook written directly (openpyxl per file would be slow)."""
    body = []
    for r, row in enumerate(rows, start=1):
        cells = "".join(
            _cell_xml(f"{get_column_letter(c)}{r}", v) for c, v in enumerate(row, start=1)
        )
        body.append(f'<row r="{r}">{cells}</row>')
    merges = "".join(f'<mergeCell ref="{m}"/>' for m in merged)
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main">'
        + (f'<dimension ref="{dimension}"/>' if dimension else "")
        + "<sheetData>"
        + "".join(body)
        + extra_cells
        + "</sheetData>"
        + (f'<mergeCells count="{len(merged)}">{merges}</mergeCells>' if merged else "")
        + "</worksheet>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return buffer.getvalue()


def _xlsx_case(rng: random.Random, rows: list[Row], what: list[str]) -> bytes:
    merged: list[str] = []
    extra = dimension = ""
    if rng.random() < 0.3 and len(rows) > 2:
        group_col = get_column_letter(HEADERS.index("党小组") + 1)
        start = rng.randint(2, len(rows))
        merged.append(f"{group_col}{start}:{group_col}{rng.randint(start, len(rows) + 3)}")
        for row in rows[start:]:
            if len(row) > HEADERS.index("党小组"):
                row[HEADERS.index("党小组")] = None
    if rng.random() < 0.1:
        merged.append(rng.choice(["A1:XFD1", "A1:A1048576", "B2:C3", "Z9:A1", "A1:XFD1048576"]))
    if rng.random() < 0.15:
        extra = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        what.append("stray far cell")
    if rng.random() < 0.15:
        dimension = rng.choice(["A1:XFD1048576", "C3:D4", "A1", "bogus"])
    what.append(f"xlsx merged={merged} dimension={dimension!r}")
    return xlsx_bytes(rows, merged, extra, dimension)


def _damage(rng: random.Random, data: bytes, what: list[str]) -> bytes:
    choice = rng.randrange(4)
    if choice == 0:
        cut = rng.randrange(len(data) + 1)
        what.append(f"truncated at {cut}")
        return data[:cut]
    if choice == 1:
        spoiled = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            spoiled[rng.randrange(len(spoiled))] = rng.randrange(256)
        what.append("bytes flipped")
        return bytes(spoiled)
    if choice == 2:
        at = rng.randrange(len(data) + 1)
        what.append(f"NUL at {at}")
        return data[:at] + b"\x00" * rng.randint(1, 4) + data[at:]
    what.append("random bytes")
    return rng.randbytes(rng.randint(0, 2000))


def make_case(seed: int, number: int) -> Case:
    rng = random.Random(seed * 1_000_003 + number)
    what: list[str] = []
    rows = _mutate_rows(rng, base_rows(rng), what)
    kind = "xlsx" if number % 2 else "csv"
    data = _xlsx_case(rng, rows, what) if kind == "xlsx" else _csv_bytes(rng, rows, what)
    if rng.random() < 0.15:
        data = _damage(rng, data, what)
    mapping: dict[str, str] = {}
    if rng.random() < 0.1:
        mapping = {rng.choice([*HEADERS, "未知列"]): rng.choice(FIELDS)}
        what.append(f"map {mapping}")
    return Case(number, kind, data, mapping, "; ".join(what))


def _snapshot(ws: Workspace) -> dict[str, int]:
    return ws.counts()


def check_case(ws: Workspace, folder: Path, case: Case) -> str | None:
    """None if the case gave a valid result or one clear message and wrote nothing when
    refused; else what went wrong."""
    from branchdesk.importing.roster import import_roster

    path = folder / f"roster-{case.number}.{case.kind}"
    path.write_bytes(case.data)
    before = _snapshot(ws)
    try:
        preview = import_roster(ws, path, case.mapping, TODAY)
    except UserError as exc:
        message = str(exc)
        if not message.strip() or "\n" in message.strip() or "Traceback" in message:
            return f"unclear message {message!r}"
        if _snapshot(ws) != before:
            return f"refused ({message}) but records were written"
        return None
    except Exception:
        return traceback.format_exc()
    finally:
        path.unlink()
    if any(not r.reasons for r in preview.invalid) or any(r.reasons for r in preview.valid):
        return "a row is invalid without a reason, or valid with one"
    preview.to_json(True)
    return None


def run(seed: int, count: int, folder: Path, on_failure: Callable[[Case, str], None]) -> int:
    """Check *count* cases in workspaces under *folder*; return the number of failures."""
    failures = 0
    ws: Workspace | None = None
    for number in range(count):
        if number % 250 == 0:  # a fresh roster now and then: duplicates pile up otherwise
            if ws is not None:
                ws.close()
            ws = Workspace.open(folder / f"data-{number}")
        assert ws is not None
        case = make_case(seed, number)
        problem = check_case(ws, folder, case)
        if problem is not None:
            failures += 1
            on_failure(case, problem)
    if ws is not None:
        ws.close()
    return failures
