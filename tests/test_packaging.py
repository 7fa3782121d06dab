"""What the Windows build promises, checked in its files (the workflow and the installer are
reviewed, not run: docs/packaging.md)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
INSTALLER = ROOT / "packaging" / "windows" / "branchdesk.iss"
SPEC = ROOT / "packaging" / "branchdesk.spec"


def _jobs(text: str) -> dict[str, str]:
    """Each job's block of the workflow (two-space-indented keys under `jobs:`)."""
    body = text.split("\njobs:\n", 1)[1]
    parts = re.split(r"^  ([A-Za-z0-9_-]+):\n", body, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _section(text: str, name: str) -> str:
    """The lines of an Inno Setup [section], comments left out."""
    body = text.split(f"\n[{name}]\n", 1)[1].split("\n[", 1)[0]
    return "\n".join(line for line in body.splitlines() if not line.startswith(";"))


def test_the_workflow_runs_in_utf8_mode_and_every_job_has_a_timeout() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    top = text.split("\njobs:\n", 1)[0]
    assert re.search(r'^env:\n(  .*\n)*  PYTHONUTF8: "1"', top, re.MULTILINE)
    jobs = _jobs(text)
    assert jobs
    for name, block in jobs.items():
        assert re.search(r"^    timeout-minutes: \d+", block, re.MULTILINE), name
    assert "BRANCHDESK_SMOKE_TEST_DEADLINE_MS" in text  # a hang ends the smoke test


def test_the_installer_is_per_user_cleans_upgrades_and_has_version_information() -> None:
    text = INSTALLER.read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)
    assert "PrivilegesRequiredOverridesAllowed" not in text  # no admin-install dialog
    install_delete = _section(text, "InstallDelete")
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in install_delete
    assert re.search(r"^VersionInfoVersion=\{#AppVersion\}$", text, re.MULTILINE)
    assert 'FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")' in text


def test_the_bundle_runs_in_utf8_mode_with_version_information() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'RUNTIME_OPTIONS = [("X utf8", None, "OPTION")]' in text
    assert text.count("RUNTIME_OPTIONS, name=") == 2  # both programs
    assert text.count("version=version_info(") == 2


def test_the_chinese_setup_messages_are_inno_setups_own_translation_kept_whole() -> None:
    """The installer speaks Chinese on any Inno Setup from 6.5: the file it includes is kept
    as its maintainers ship it (CRLF, the licence's notices), in Simplified Chinese."""
    messages = INSTALLER.parent / "ChineseSimplified.isl"
    raw = messages.read_bytes()
    assert raw.startswith(b"; *** Inno Setup version 6.5.0+ Chinese Simplified messages ***\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")  # not normalised by git or an editor
    text = raw.decode("utf-8")
    assert "LanguageID=$0804" in text and "LanguageName=简体中文" in text
    assert re.search(r"^SetupAppTitle=安装\r$", text, re.MULTILINE)
    assert '#define ChineseMessages "ChineseSimplified.isl"' in INSTALLER.read_text(
        encoding="utf-8"
    )
