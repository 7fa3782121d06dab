"""谈心谈话: every talk, filterable by year, kind and text, with the year's coverage."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from branchdesk.core import registry
from branchdesk.core.committee import holder_on, post_on
from branchdesk.core.enums import Post
from branchdesk.core.found_by import found_by
from branchdesk.core.labels import label
from branchdesk.core.members import Member
from branchdesk.core.talks import PairType, Talk, TalkCoverage, TalkKind
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.activity_tables import talk_columns
from branchdesk.ui.pages.record_list_page import RecordListPage
from branchdesk.ui.pages.talk_form import TalkForm
from branchdesk.ui.ports import BranchRecords, MemberRecords, Records


class TalksPage(RecordListPage[Talk]):
    def __init__(
        self,
        talks: Records[Talk],
        members: MemberRecords,
        branch: BranchRecords,
        today: Callable[[], date],
        coverage: Callable[[int, date], TalkCoverage],
        parent: QWidget | None = None,
    ) -> None:
        """*coverage*: the Workspace's `talk_coverage`, the one derivation of a year's
        talk pairs that the 概览 and the report read too."""
        self._talks = talks
        self._coverage = coverage
        self._members_repo = members
        self._branch = branch
        self._members: list[Member] = []
        self._names: dict[int, str] = {}
        language = label_language()
        self._language = language
        super().__init__(
            talks,
            TalkForm(),
            talk_columns(language, lambda i: self._names.get(i or 0, "")),
            "TalkTable",
            today,
            parent,
        )
        self.ui.newButton.setText(self.tr("&New talk"))

    @property
    def talk_form(self) -> TalkForm:
        assert isinstance(self.form, TalkForm)
        return self.form

    def load_choices(self) -> None:
        today = self._today()
        self._members = self._members_repo.all()
        self._names = {m.id: m.name for m in self._members if m.id is not None}
        terms = self._branch.terms()
        posts = {
            m.id: label(post, self._language)
            for m in self._members
            if m.id is not None and (post := post_on(terms, m.id, today)) is not None
        }
        secretary = holder_on(terms, Post.SECRETARY, today)
        self.talk_form.set_choices(self._members, today, posts, secretary)

    def year_of(self, record: Talk) -> int:
        return record.held_on.year

    def kind_of(self, record: Talk) -> str:
        return record.kind.value

    def kind_choices(self) -> list[tuple[str, str]]:
        return [(label(k, label_language()), k.value) for k in TalkKind]

    def text_of(self, record: Talk) -> str:
        return found_by(registry.TALKS.key, record, self._names)

    def store(self, record: Talk) -> Talk:
        return self._talks.save(record, self._today())

    def summary(self, year: int) -> str:
        coverage = self._coverage(year, self._today())
        pairs = "，".join(f"{label(p, self._language)} {coverage.pairs[p]}" for p in PairType)
        missing = "、".join(self._names.get(i, "") for i in coverage.members_without_talk)
        text = QCoreApplication.translate(
            "TalksPage", "{year}: {talks} talks; pairs: {pairs}."
        ).format(year=year, talks=coverage.talks, pairs=pairs)
        if coverage.missing_pair_types:
            lacking = "、".join(label(p, self._language) for p in coverage.missing_pair_types)
            text += " " + QCoreApplication.translate(
                "TalksPage", "No talk yet of the kind {pairs}."
            ).format(pairs=lacking)
        if missing:
            text += " " + QCoreApplication.translate(
                "TalksPage", "No talk yet with: {names}."
            ).format(names=missing)
        return text
