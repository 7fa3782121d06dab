"""The checks behind docs/packaging.md's table of supported platforms.

    python tools/platform_check.py deps              # do the pins resolve as wheels, per platform?
    python tools/platform_check.py glibc [BUNDLE]    # the newest GLIBC symbol a bundle needs

`deps` asks pip for binary wheels of every pinned dependency (environment markers applied)
for each platform, as `pip download --only-binary=:all: --platform …` does for a machine
other than this one; a manylinux platform is given with every older manylinux tag, as pip
accepts them on such a machine. `glibc` reads every shared object and program of a built
bundle (`packaging/linux/build.sh` makes dist/BranchDesk) with objdump and prints the newest
GLIBC_2.x version any of them needs, with the files that need it.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON_VERSION = "3.11"
# name: (pip platform tags, platform_machine for the markers)
PLATFORMS: dict[str, tuple[list[str], str]] = {
    "Windows x64": (["win_amd64"], "AMD64"),
    "Windows on ARM64": (["win_arm64"], "ARM64"),
    **{
        f"Linux x86-64, glibc 2.{minor}": (
            [f"manylinux_2_{m}_x86_64" for m in range(5, minor + 1)]
            + ["manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64"],
            "x86_64",
        )
        for minor in (28, 31, 34, 35, 39)
    },
    **{
        f"Linux aarch64, glibc 2.{minor}": (
            [f"manylinux_2_{m}_aarch64" for m in range(17, minor + 1)] + ["manylinux2014_aarch64"],
            "aarch64",
        )
        for minor in (28, 31, 34, 35, 39)
    },
}


def pinned(machine: str) -> list[str]:
    """The project's run-time pins that apply on *machine* (markers evaluated)."""
    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = []
    for line in project["dependencies"]:
        requirement = Requirement(line)
        marker = requirement.marker
        if marker is None or marker.evaluate({"platform_machine": machine}):
            wanted.append(f"{requirement.name}{requirement.specifier}")
    return wanted


def check_deps() -> int:
    for name, (tags, machine) in PLATFORMS.items():
        with tempfile.TemporaryDirectory() as folder:
            platforms = [arg for tag in tags for arg in ("--platform", tag)]
            done = subprocess.run(
                [sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check",
                 "--only-binary=:all:", "--python-version", PYTHON_VERSION,
                 "--implementation", "cp", *platforms, "-d", folder, *pinned(machine)],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            if done.returncode == 0:
                wheels = sorted(p.name for p in Path(folder).glob("*.whl"))
                print(f"yes  {name}: {len(wheels)} wheels")
            else:
                missing = re.findall(r"No matching distribution found for (\S+)", done.stderr)
                print(f"no   {name}: no wheel of {', '.join(missing) or done.stderr[-200:]}")
    return 0


def check_glibc(bundle: Path) -> int:
    needs: dict[tuple[int, int], list[str]] = {}
    for path in sorted(p for p in bundle.rglob("*") if p.is_file()):
        if not (".so" in path.name or path.stat().st_mode & 0o111):
            continue
        out = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        versions = {tuple(map(int, v)) for v in re.findall(r"GLIBC_(\d+)\.(\d+)", out)}
        if versions:
            newest = max(versions)
            needs.setdefault((newest[0], newest[1]), []).append(path.name)
    if not needs:
        print(f"no ELF files with GLIBC symbols under {bundle}")
        return 1
    top = max(needs)
    print(f"newest GLIBC needed: {top[0]}.{top[1]}, by {', '.join(needs[top])}")
    for version in sorted(needs, reverse=True)[1:3]:
        print(f"  then {version[0]}.{version[1]}: {len(needs[version])} files")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    sub.add_parser("deps")
    glibc = sub.add_parser("glibc")
    glibc.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "BranchDesk")
    args = parser.parse_args()
    return check_deps() if args.what == "deps" else check_glibc(args.bundle)


if __name__ == "__main__":
    sys.exit(main())
