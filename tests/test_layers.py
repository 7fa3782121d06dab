"""The layering of architecture.md, enforced: no layer reaches upward, Qt stays in ui/."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "branchdesk"

# What each layer may import from branchdesk (besides itself).
ALLOWED = {
    "core": set(),
    "store": {"core"},
    "reports": {"core"},
    "demo": {"core", "store", "workspace", "reports"},
    "workspace": {"core", "store", "reports", "workspace_recruiting"},
    # The recruiting use cases, mixed into Workspace: the same layer as it.
    "workspace_recruiting": {"core", "store", "reports"},
}
QT = ("PySide6", "shiboken6")
LOWER = {"core", "store", "reports"}
# Small top-level modules that the upper layers share (no Qt, no workspace).
TOP_LEVEL_HELPERS = {"paths", "instance_lock"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


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
                allowed = ALLOWED[layer] | (set() if layer in LOWER else TOP_LEVEL_HELPERS)
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
