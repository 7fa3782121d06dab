"""lupdate finds a marked message only when its context is a string literal."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "branchdesk"


def test_every_translate_noop_has_a_literal_context() -> None:
    problems = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and not all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
                )
            ):
                problems.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert problems == [], (
        'write QT_TRANSLATE_NOOP("Validation", "text") with literal strings; lupdate '
        "ignores variables"
    )
