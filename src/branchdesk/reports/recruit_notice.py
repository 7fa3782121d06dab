"""The 公示 notice of a person about to be admitted (发展对象公示), laid out to GB/T 9704 by
the report's own PDF and DOCX writers.

Filled from the pipeline: the person, the dates of the application, the activist and
candidate decisions, mentors and introducers, and the notice's own span — the recorded
notice, or from *today* for the number of working days the rule set asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from branchdesk.core.labels import label
from branchdesk.core.recruiting import Recruit, StepKind
from branchdesk.core.recruiting_limits import RecruitingLimits, notice_end_needed
from branchdesk.core.workdays import WorkCalendar
from branchdesk.reports.document import Paragraph, ReportDocument, Signature, Title, chinese_date
from branchdesk.reports.fonts import FontSet


@dataclass(frozen=True)
class NoticeFacts:
    recruit: Recruit
    branch_name: str
    secretary: str
    phone: str
    starts_on: date
    ends_on: date
    workdays: int


def notice_facts(
    recruit: Recruit,
    branch_name: str,
    secretary: str,
    phone: str,
    limits: RecruitingLimits,
    calendar: WorkCalendar,
    today: date,
) -> NoticeFacts:
    notice = recruit.last(StepKind.NOTICE)
    if notice is not None and notice.ends_on is not None:
        start, end = notice.on, notice.ends_on
    else:
        start = today + timedelta(days=1)
        end = notice_end_needed(start, limits, calendar)
    return NoticeFacts(
        recruit, branch_name, secretary, phone, start, end, calendar.workdays_between(start, end)
    )


def notice_document(f: NoticeFacts) -> ReportDocument:
    r = f.recruit
    branch = f.branch_name or "本支部"
    facts = [r.name]
    if r.gender is not None:
        facts.append(label(r.gender))
    if r.ethnicity:
        facts.append(r.ethnicity)
    if r.birth_date is not None:
        facts.append(f"{r.birth_date.year}年{r.birth_date.month}月生")
    if r.education is not None:
        facts.append(label(r.education))
    if r.job:
        facts.append(r.job)
    history = [f"{chinese_date(r.applied_on)}递交入党申请书"]
    for kind, what in (
        (StepKind.ACTIVIST, "被确定为入党积极分子"),
        (StepKind.CANDIDATE, "被确定为发展对象"),
    ):
        step = r.last(kind)
        if step is not None:
            history.append(f"{chinese_date(step.on)}{what}")
    people = []
    for kind, what in ((StepKind.MENTORS, "培养联系人"), (StepKind.INTRODUCERS, "入党介绍人")):
        step = r.last(kind)
        if step is not None and step.people:
            people.append(f"{what}为{step.people}")
    person = "，".join(facts) + "。" + "，".join(history) + "。"
    if people:
        person += "；".join(people) + "。"
    contact = f"联系人：{f.secretary}" if f.secretary else "联系人：支部书记"
    if f.phone:
        contact += f"，联系电话：{f.phone}"
    blocks = (
        Paragraph(f"经党支部委员会研究，拟接收{r.name}同志为中共预备党员，现将有关情况公示如下："),
        Paragraph(person),
        Paragraph(
            f"公示时间：{chinese_date(f.starts_on)}至{chinese_date(f.ends_on)}"
            f"（{f.workdays}个工作日）。"
        ),
        Paragraph(
            "公示期间，党员和群众可通过来信、来电、来访等方式，向党支部或上级党组织反映"
            "公示对象的情况和问题。反映情况应实事求是，以个人名义反映的请署真实姓名。"
        ),
        Paragraph(contact + "。"),
        Signature((branch,), f.starts_on),
    )
    return ReportDocument(
        Title("关于拟接收中共预备党员的公示"),
        blocks,
        meta={"title": f"关于拟接收{r.name}同志为中共预备党员的公示", "author": branch},
    )


def build_notice(document: ReportDocument, fmt: str, fonts: FontSet | None, target: Path) -> Path:
    if fmt == "pdf":
        from branchdesk.reports.pdf.annual import build_pdf

        assert fonts is not None
        build_pdf(document, fonts, target)
    else:
        from branchdesk.reports.docx_writer import build_docx

        build_docx(document, target)
    return target
