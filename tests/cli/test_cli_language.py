"""The command line speaks the data folder's language, else the system's; BRANCHDESK_LANG
overrides both."""

from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.cli_language import LANG_ENV, cli_language
from branchdesk.workspace import Workspace

REFUSED_EN = "branchdesk: notes.zip: refused, it is not a readable zip archive"
REFUSED_ZH = "branchdesk: notes.zip：已拒绝，它不是可读取的 zip 压缩文件"


@pytest.fixture
def no_language(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (LANG_ENV, "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def _refusal(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: Path) -> str:
    bogus = tmp_path / "notes.zip"
    bogus.write_text("hello")
    assert main(["--data-dir", str(data), "restore", str(bogus)]) == 1
    return capsys.readouterr().err


@pytest.mark.parametrize(
    ("system", "stored", "override", "expected"),
    [
        ("zh_CN.UTF-8", None, None, REFUSED_ZH),
        ("en_GB.UTF-8", None, None, REFUSED_EN),
        ("C.UTF-8", None, None, REFUSED_EN),
        ("en_GB.UTF-8", "zh_CN", None, REFUSED_ZH),
        ("zh_CN.UTF-8", "en", None, REFUSED_EN),
        ("zh_CN.UTF-8", "zh_CN", "en", REFUSED_EN),
        ("en_GB.UTF-8", "en", "zh", REFUSED_ZH),
    ],
)
def test_the_language_of_a_refusal(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_language: pytest.MonkeyPatch,
    system: str,
    stored: str | None,
    override: str | None,
    expected: str,
) -> None:
    no_language.setenv("LANG", system)
    if override:
        no_language.setenv(LANG_ENV, override)
    data = tmp_path / "data"
    if stored:
        with Workspace.open(data) as ws:
            ws.settings.set("language", stored)
    assert _refusal(tmp_path, capsys, data).startswith(expected)


def test_no_readable_data_folder_means_the_system_language(
    tmp_path: Path, no_language: pytest.MonkeyPatch
) -> None:
    no_language.setenv("LANG", "zh_TW.UTF-8")
    assert cli_language(tmp_path / "nowhere") == "zh_CN"
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "branchdesk.sqlite3").write_bytes(b"not a database")
    assert cli_language(tmp_path / "broken") == "zh_CN"
    no_language.setenv("LANG", "fr_FR.UTF-8")
    assert cli_language(tmp_path / "broken") == "en"


def test_what_a_command_says_on_success_and_in_check_follows_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_language: pytest.MonkeyPatch
) -> None:
    no_language.setenv("LANG", "en_US.UTF-8")
    data = tmp_path / "data"
    with Workspace.open(data) as ws:
        ws.settings.set("language", "zh_CN")
        ws.db.execute(
            "INSERT INTO committee_terms (starts_on, ends_on) VALUES ('2024-01-01', '2024-02-30')"
        )
        ws.db.conn.commit()
    assert main(["--data-dir", str(data), "check"]) == 1
    out = capsys.readouterr().out
    assert "record: committee_terms #1, ends_on: '2024-02-30' 不是 YYYY-MM-DD 格式的真实日期" in out
    assert main(["--data-dir", str(data), "backup", "-o", str(tmp_path / "b.zip")]) == 0
    assert capsys.readouterr().out.startswith("已备份到 ")
    assert main(["--data-dir", str(data), "search", "不存在的词"]) == 0
    assert capsys.readouterr().out == "没有找到。\n"
