"""A check that src/ and tests/ run on Windows: a POSIX-only function, constant or module
(os.geteuid, os.fork, signal.SIGKILL, fcntl …) — or a Windows-only one on Linux — is used
only under a guard. Before, a test called os.geteuid() at import and the Windows build's
test collection failed.

Guards: an `if` (or `and`/`or`, `x if c else y`) testing os.name, sys.platform, a module's
PLATFORM or hasattr(); an earlier `if <such a test>: return/raise/skip` in the same block; a
`pytest.mark.skipif` on the function, class or module with such a test; `try … except
ImportError/AttributeError`.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = (ROOT / "src" / "branchdesk", ROOT / "tests")

POSIX_ATTRIBUTES = {
    "os": {
        "geteuid", "getuid", "getgid", "getegid", "getgroups", "fork", "forkpty", "setsid",
        "killpg", "getpgid", "setpgid", "getpgrp", "getppid_posix", "sync", "getloadavg",
        "mkfifo", "chown", "lchown", "uname", "pipe2", "sched_getaffinity", "WIFSIGNALED",
        "WTERMSIG", "WIFEXITED", "WEXITSTATUS", "wait3", "wait4", "O_NOFOLLOW", "O_CLOEXEC",
        "setuid", "setgid", "nice", "sysconf", "statvfs", "getresuid",
    },
    "signal": {
        "SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGPIPE",
        "SIGQUIT", "SIGSTOP", "SIGCONT", "SIGTSTP", "alarm", "setitimer", "pause",
        "pthread_kill", "siginterrupt",
    },
}  # fmt: skip
PLATFORM_MODULES = {
    "fcntl", "pwd", "grp", "termios", "resource", "tty", "pty", "posix", "syslog", "crypt",
    "msvcrt", "winreg", "winsound", "_winapi",
}  # fmt: skip
_PLATFORM_WORDS = ("os.name", "sys.platform", "PLATFORM", "hasattr(", "platform.system")
_GUARD_EXCEPTIONS = {"ImportError", "ModuleNotFoundError", "AttributeError", "OSError"}


def _is_platform_test(node: ast.AST) -> bool:
    text = ast.unparse(node)
    return any(word in text for word in _PLATFORM_WORDS)


def _ends_early(body: list[ast.stmt]) -> bool:
    last = body[-1]
    if isinstance(last, ast.Return | ast.Raise | ast.Continue):
        return True
    return isinstance(last, ast.Expr) and "skip" in ast.unparse(last.value)


def _skipif_guard(decorators: list[ast.expr]) -> bool:
    return any("skipif" in ast.unparse(d) and _is_platform_test(d) for d in decorators)


class _Finder(ast.NodeVisitor):
    def __init__(self, module_guarded: bool) -> None:
        self.guarded = 1 if module_guarded else 0
        self.found: list[tuple[int, str]] = []

    def _note(self, node: ast.AST, what: str) -> None:
        if not self.guarded:
            self.found.append((getattr(node, "lineno", 0), what))

    def _guarded(self, nodes: list[ast.AST] | ast.AST) -> None:
        self.guarded += 1
        for node in nodes if isinstance(nodes, list) else [nodes]:
            self.visit(node)
        self.guarded -= 1

    def _block(self, body: list[ast.stmt]) -> None:
        """Statements after an `if <platform test>: return` are guarded by it."""
        depth = 0
        for statement in body:
            self.visit(statement)
            if (
                isinstance(statement, ast.If)
                and _is_platform_test(statement.test)
                and _ends_early(statement.body)
            ):
                self.guarded += 1
                depth += 1
        self.guarded -= depth

    def visit_Module(self, node: ast.Module) -> None:
        self._block(node.body)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        for decorator in node.decorator_list:
            self.visit(decorator)
        guard = _skipif_guard(node.decorator_list)
        self.guarded += guard
        self._block(node.body)
        self.guarded -= guard

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        guard = _skipif_guard(node.decorator_list)
        self.guarded += guard
        self._block(node.body)
        self.guarded -= guard

    def visit_If(self, node: ast.If) -> None:
        self.visit(node.test)
        if _is_platform_test(node.test):
            self._guarded([*node.body, *node.orelse])  # type: ignore[list-item]
        else:
            self._block(node.body)
            self._block(node.orelse)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        self.visit(node.test)
        if _is_platform_test(node.test):
            self._guarded([node.body, node.orelse])
        else:
            self.visit(node.body)
            self.visit(node.orelse)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        guarded = False
        for value in node.values:
            if guarded:
                self._guarded(value)
            else:
                self.visit(value)
            guarded = guarded or _is_platform_test(value)

    def visit_Try(self, node: ast.Try) -> None:
        names = {ast.unparse(h.type) for h in node.handlers if h.type is not None}
        catches = any(
            name.strip("()") in _GUARD_EXCEPTIONS for n in names for name in n.split(", ")
        )
        if catches:
            self._guarded(node.body)  # type: ignore[arg-type]
        else:
            self._block(node.body)
        for handler in node.handlers:
            self._block(handler.body)
        self._block(node.orelse)
        self._block(node.finalbody)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.split(".")[0] in PLATFORM_MODULES:
                self._note(node, f"import {alias.name}")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module and node.module.split(".")[0] in PLATFORM_MODULES and node.level == 0:
            self._note(node, f"from {node.module} import …")
        for alias in node.names:
            if node.module in POSIX_ATTRIBUTES and alias.name in POSIX_ATTRIBUTES[node.module]:
                self._note(node, f"from {node.module} import {alias.name}")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.value, ast.Name) and node.attr in POSIX_ATTRIBUTES.get(
            node.value.id, set()
        ):
            self._note(node, f"{node.value.id}.{node.attr}")
        self.generic_visit(node)


def platform_only_uses(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    module_guarded = any(
        isinstance(stmt, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in stmt.targets)
        and _skipif_guard([stmt.value])
        for stmt in tree.body
    )
    finder = _Finder(module_guarded)
    finder.visit(tree)
    return finder.found


def test_no_unguarded_platform_only_calls_in_src_or_tests() -> None:
    problems = []
    for folder in CHECKED:
        for path in sorted(folder.rglob("*.py")):
            if path == Path(__file__):
                continue
            for line, what in platform_only_uses(path.read_text(encoding="utf-8")):
                problems.append(f"{path.relative_to(ROOT)}:{line}: {what}")
    assert problems == []


def test_the_check_sees_unguarded_uses_and_accepts_guards() -> None:
    assert platform_only_uses(
        "import os, pytest\n"
        "@pytest.mark.skipif(os.geteuid() == 0, reason='root')\n"
        "def test_x(): pass\n"
    ) == [(2, "os.geteuid")]
    assert [w for _, w in platform_only_uses("import fcntl\nimport signal\nsignal.SIGKILL\n")] == [
        "import fcntl",
        "signal.SIGKILL",
    ]
    guarded = (
        "import os, sys, signal, pytest\n"
        "@pytest.mark.skipif(os.name == 'nt' or os.geteuid() == 0, reason='root')\n"
        "def a(): pass\n"
        "if sys.platform == 'win32':\n    import msvcrt\nelse:\n    import fcntl\n"
        "def b():\n    if os.name == 'nt':\n        return\n    import fcntl\n    os.fork()\n"
        "@pytest.mark.skipif(not hasattr(os, 'fork'), reason='fork')\n"
        "def c():\n    os.kill(os.fork(), signal.SIGKILL)\n"
        "try:\n    import resource\nexcept ImportError:\n    resource = None\n"
    )
    assert platform_only_uses(guarded) == []
