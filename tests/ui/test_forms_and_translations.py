"""Compiled forms match their Designer sources; the zh_CN catalogue is complete and current."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_compiled_forms_match_their_sources() -> None:
    forms = _tool("forms")
    assert list((ROOT / "forms").glob("*.ui"))
    assert forms.stale_forms() == [], "run: python tools/forms.py compile"


def test_no_form_auto_connects_slots_by_name() -> None:
    for path in (ROOT / "src" / "branchdesk" / "ui" / "forms").glob("ui_*.py"):
        assert "connectSlotsByName" not in path.read_text(encoding="utf-8"), path.name


def test_every_zh_cn_entry_is_translated_and_compiled() -> None:
    i18n = _tool("i18n")
    assert i18n.problems() == []
