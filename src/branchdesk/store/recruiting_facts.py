"""The recruiting pipeline's part of the compliance facts, kept apart from the
adapter of the other families so that both can change without treading on each other."""

from __future__ import annotations

from dataclasses import replace

from branchdesk.core.compliance import ComplianceFacts, FactKind
from branchdesk.store.connection import Database
from branchdesk.store.official_days import OfficialDayRepository
from branchdesk.store.recruiting_repo import RecruitRepository


def with_recruiting(facts: ComplianceFacts, db: Database) -> ComplianceFacts:
    return replace(
        facts,
        recruits=RecruitRepository(db).all(),
        official_days=OfficialDayRepository(db).all(),
        available=facts.available | {FactKind.RECRUITS},
    )
