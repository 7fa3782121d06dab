"""The layering of architecture.md, enforced: no layer reaches upward, Qt stays in ui/."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "branchdesk"

# What each layer may import from branchdesk (besides itself).
ALLOWED = {
    "core": set(),
    "fileops": {"core"},
    "store": {"core", "fileops", "data_location"},
    "reports": {"core", "fileops"},
    "demo": {"core", "store", "workspace", "reports", "fileops"},
    "workspace": {"core", "store", "reports", "fileops", "damage"},
    "damage": {"core", "store", "fileops"},  # recovery of a data file no Workspace can open
    # Readers of rosters: through the Workspace, like the UI and the CLI.
    "importing": {"core", "workspace", "fileops"},
    # Pages hold the Workspace (or Protocols of ui/ports.py), never a repository.
    "ui": {"core", "workspace", "importing", "demo", "reports", "fileops", "data_location"},
}
QT = ("PySide6", "shiboken6")
LOWER = {"core", "fileops", "store", "reports"}
# Small top-level modules that the upper layers share (no Qt, no workspace).
TOP_LEVEL_HELPERS = {
    *("paths", "instance_lock", "resources", "logging_setup", "fileops", "data_location"),
    "unsaved_work",
}
# Standard-library helpers below every layer: where the shipped resources are.
BASE_HELPERS = {"resources"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


# Use cases beside the Workspace, in modules of their own: the same layer as workspace.py.
WORKSPACE_MODULES = {"workspace", "report_check", "dues_service", "workspace_recruiting"}


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    name = rel.parts[0] if len(rel.parts) > 1 else rel.stem
    return "workspace" if name in WORKSPACE_MODULES else name


def test_no_layer_imports_upward_and_qt_only_in_ui() -> None:
    problems = []
    for path in PACKAGE.rglob("*.py"):
        layer = _layer(path)
        for name in _imports(path):
            top = name.split(".")[0]
            if top in QT and layer != "ui":
                problems.append(f"{path.relative_to(PACKAGE)} imports {name} (Qt outside ui/)")
            if top == "branchdesk" and layer in ALLOWED:
                parts = name.split(".")
                target = parts[1] if len(parts) > 1 else ""
                allowed = ALLOWED[layer] | (BASE_HELPERS if layer in LOWER else TOP_LEVEL_HELPERS)
                if target in WORKSPACE_MODULES:
                    target = "workspace"
                if target and target != layer and target not in allowed:
                    problems.append(f"{path.relative_to(PACKAGE)} ({layer}) imports {name}")
    assert problems == []


def test_core_uses_only_the_standard_library() -> None:
    import sys

    stdlib = sys.stdlib_module_names
    for path in (PACKAGE / "core").rglob("*.py"):
        for name in _imports(path):
            top = name.split(".")[0]
            assert top in stdlib or name.startswith("branchdesk.core"), f"{path.name}: {name}"


def test_the_ui_reaches_the_records_only_through_the_workspace() -> None:
    """Named on its own: a page importing a repository is the seam breaking."""
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in (PACKAGE / "ui").rglob("*.py")
        for name in _imports(path)
        if name.startswith("branchdesk.store")
    ]
    assert offenders == []
