"""What the first-run wizard asks: enough to start keeping records for a new branch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from branchdesk.core.members import Member
from branchdesk.core.organisation import Branch, SocialOrganisation


@dataclass(frozen=True)
class BranchSetup:
    """The branch, its organisations and groups, its secretary and the committee in office.

    The secretary becomes the first member (in the first organisation and group) and holds
    the secretary's seat of the term from *term_starts* to *term_ends*.
    """

    branch: Branch
    organisations: tuple[SocialOrganisation, ...]
    secretary: Member
    term_starts: date
    term_ends: date
    groups: tuple[str, ...] = ()
