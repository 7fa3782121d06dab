"""The wheel is the app: installed into a fresh virtual environment outside the source tree,
it speaks Chinese, builds the report with the fonts it ships, and fills a demo folder.

Before, `resources/` sat outside the package: `pip install .` gave an English window and no
report ("No font found for 仿宋 … resources/fonts"). The dependencies come from the
wheelhouse `./dev.sh test` fills, so the install reads nothing from the network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _wheelhouse() -> Path:
    folder = Path(os.environ.get("BRANCHDESK_WHEELHOUSE", ROOT / ".wheelhouse"))
    if not (folder / ".complete").exists():
        message = f"no wheelhouse at {folder}: `./dev.sh test` collects it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return folder.resolve()


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


def test_the_installed_wheel_speaks_chinese_and_reports_with_its_fonts(tmp_path: Path) -> None:
    wheelhouse = _wheelhouse()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "BRANCHDESK_RESOURCES", "VIRTUAL_ENV", "PYTHONHOME"}
    }
    offline = ["--no-index", "--find-links", str(wheelhouse), "--disable-pip-version-check"]
    # From a copy of what a release is built from: setuptools builds in the tree's build/,
    # where an earlier build's files would hide a missing step.
    source = tmp_path / "source"
    for name in ("src", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    built = tmp_path / "dist"
    _run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", *offline, "-w", str(built),
         str(source)],
        tmp_path,
        env,
    )  # fmt: skip
    (wheel,) = built.glob("branchdesk-*.whl")

    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(target)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    _run([str(python), "-m", "pip", "install", "-q", *offline, str(wheel)], tmp_path, env)
    where = _run(
        [str(python), "-c", "import branchdesk.resources as r; print(r.resources_dir())"],
        tmp_path,
        env,
    )
    assert str(target) in where and str(ROOT) not in where

    command = str(bin_dir / "branchdesk")
    data = tmp_path / "data"
    _run([command, "--data-dir", str(data), "demo"], tmp_path, env)
    report = _run(
        [command, "--data-dir", str(data), "report", "--year", "2025", "-o", "r.pdf"],
        tmp_path,
        env,
    )
    assert "随附字体" in report and str(ROOT) not in report
    assert (tmp_path / "r.pdf").stat().st_size > 10_000

    smoke = {**env, "BRANCHDESK_SMOKE_TEST": "1", "QT_QPA_PLATFORM": "offscreen"}
    painted = _run([command, "--data-dir", str(data)], tmp_path, smoke)
    assert "smoke test: painted" in painted and "支部工作台" in painted
