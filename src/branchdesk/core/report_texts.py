"""The secretary's own words in the annual duty report, saved per year.

The software drafts every section from the year's records; a section the secretary edits is
saved here and from then on used as written. Refreshing the figures rewrites only the
drafts, never a saved text (rules.md, "The annual duty report").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from branchdesk.core.labels import register_labels


class ReportSection(StrEnum):
    """The outline of the duty report, in order."""

    BASICS = "basics"  # 一、基本情况
    PERFORMANCE = "performance"  # 二、履职情况及成效
    RECTIFICATION = "rectification"  # 三、上年度问题整改情况
    PROBLEMS = "problems"  # 四、存在问题及原因分析
    PLANS = "plans"  # 五、下一步工作思路和措施
    SIGNATURE = "signature"  # 落款: the signer's lines (the date is kept apart)


register_labels(
    {
        ReportSection.BASICS: ("Basic facts", "基本情况"),
        ReportSection.PERFORMANCE: ("Duties performed and results", "履职情况及成效"),
        ReportSection.RECTIFICATION: ("Last year's problems rectified", "上年度问题整改情况"),
        ReportSection.PROBLEMS: ("Problems and their causes", "存在问题及原因分析"),
        ReportSection.PLANS: ("Next steps", "下一步工作思路和措施"),
        ReportSection.SIGNATURE: ("Signature", "落款"),
    }
)


@dataclass(frozen=True)
class ReportTexts:
    """What the secretary wrote for *year*: edited sections and the signing date."""

    year: int
    sections: Mapping[ReportSection, str] = field(default_factory=dict)
    signed_on: date | None = None
    # The draft each edited section was written against (core.report_figures); absent for
    # an edit saved before BranchDesk kept it.
    bases: Mapping[ReportSection, str] = field(default_factory=dict)

    def edited(self, section: ReportSection) -> str | None:
        return self.sections.get(section)

    def basis(self, section: ReportSection) -> str | None:
        return self.bases.get(section)
