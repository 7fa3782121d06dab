"""docs/data-format.md documents every record type's columns and codes, generated from the
registry and the column rules: it must be current (python tools/data_format.py)."""

from pathlib import Path

from branchdesk.core.record_docs import with_reference
from branchdesk.core.record_schema import TABLES
from branchdesk.core.registry import record_types

DOC = Path(__file__).resolve().parents[2] / "docs" / "data-format.md"


def test_the_generated_reference_is_current() -> None:
    current = DOC.read_text(encoding="utf-8")
    assert with_reference(current) == current, "run: python tools/data_format.py"


def test_every_record_type_and_code_is_documented() -> None:
    document = DOC.read_text(encoding="utf-8")
    for rt in record_types():
        assert f"`records/{rt.key}.json`" in document, rt.key
        for column in TABLES[rt.key]:
            assert f"| `{column.name}` |" in document
            for code in column.codes:
                assert f"`{code}`" in document, (rt.key, column.name, code)
