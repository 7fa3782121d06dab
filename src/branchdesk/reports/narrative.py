"""Drafts of each section of the duty report, in plain first-person official Chinese.

Every number comes from `AnnualFacts`. A section the secretary has edited (`ReportTexts`)
is used as written; the drafts are recomputed on every build, so "refresh figures" changes
only what the secretary has not touched. Text in 【】 is a prompt for the secretary where the
records cannot say what happened.

A section's text is plain: one paragraph per line; a line that starts with "（一）" … is a
楷体 sub-heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from branchdesk.core.enums import Post
from branchdesk.core.labels import label
from branchdesk.core.recruiting_status import YearRecruiting
from branchdesk.core.report_figures import Staleness, compare, is_stale
from branchdesk.core.report_texts import ReportSection, ReportTexts
from branchdesk.core.review import Grade
from branchdesk.core.stroke_order import in_stroke_order
from branchdesk.core.talks import PairType
from branchdesk.reports.document import (
    Block,
    Heading,
    LedgerTable,
    MonthlySeries,
    Paragraph,
    ReportDocument,
    Signature,
    Title,
    chinese_date,
)
from branchdesk.reports.facts import AnnualFacts
from branchdesk.reports.narrative_meetings import (
    meeting_lines,
    meeting_shortfalls,
    rectification_text,
)
from branchdesk.reports.title_lines import report_title
from branchdesk.reports.typography import nest_quotes

NUMERALS = "一二三四五六七八九十"
HEADINGS = {
    ReportSection.BASICS: "一、基本情况",
    ReportSection.PERFORMANCE: "二、履职情况及成效",
    ReportSection.RECTIFICATION: "三、上年度问题整改情况",
    ReportSection.PROBLEMS: "四、存在问题及原因分析",
    ReportSection.PLANS: "五、下一步工作思路和措施",
}
_SUBHEADING = re.compile(r"^（[一二三四五六七八九十]+）")
_NAMES_SHOWN = 5


@dataclass(frozen=True)
class SectionText:
    section: ReportSection
    heading: str
    text: str  # what the report prints: the secretary's edit, else the draft
    draft: str
    edited: bool
    basis: str | None = None  # the draft her edit was written against (None: not kept)

    @property
    def stale(self) -> bool:
        """Her text was written against figures the records no longer give (数据已变化)."""
        return self.edited and is_stale(self.basis, self.draft)

    def staleness(self) -> Staleness:
        return compare(self.basis or "", self.draft) if self.basis is not None else _UNKNOWN


_UNKNOWN = Staleness((), ())


def sections(facts: AnnualFacts, texts: ReportTexts) -> list[SectionText]:
    """Every section with the text the report will print and the current draft beside it."""
    result = []
    for section in ReportSection:
        draft = draft_of(section, facts)
        edited = texts.edited(section)
        result.append(
            SectionText(
                section,
                HEADINGS.get(section, ""),
                edited if edited is not None else draft,
                draft,
                edited is not None,
                texts.basis(section),
            )
        )
    return result


def draft_of(section: ReportSection, facts: AnnualFacts) -> str:
    return {
        ReportSection.BASICS: _basics,
        ReportSection.PERFORMANCE: _performance,
        ReportSection.RECTIFICATION: _rectification,
        ReportSection.PROBLEMS: _problems,
        ReportSection.PLANS: _plans,
        ReportSection.SIGNATURE: _signature,
    }[section](facts)


def title_of(facts: AnnualFacts) -> str:
    """Whose report, then what it is, in lines broken between words (title_lines)."""
    return report_title(facts.branch_name, facts.year)


def compose(
    facts: AnnualFacts,
    texts: ReportTexts,
    signed_on: date,
    appendices: Sequence[LedgerTable] = (),
    charts: MonthlySeries | None = None,
) -> ReportDocument:
    """The report as blocks: title, the five sections, the signature, then the ledgers."""
    blocks: list[Block] = []
    signer: tuple[str, ...] = ()
    for part in sections(facts, texts):
        if part.section == ReportSection.SIGNATURE:
            signer = tuple(line.strip() for line in part.text.splitlines() if line.strip())
            continue
        blocks.append(Heading(1, part.heading))
        blocks.extend(text_blocks(part.text))
    blocks.append(Signature(signer, texts.signed_on or signed_on))
    title = title_of(facts)
    return ReportDocument(
        Title(title),
        tuple(blocks),
        tuple(appendices),
        charts,
        {"title": title.replace("\n", ""), "author": facts.secretary},
    )


def text_blocks(text: str) -> list[Block]:
    """One block a line: a "（一）" line is a 楷体 sub-heading, or, when text follows its
    first "。", a heading run into its paragraph (the rest in the body font)."""
    blocks: list[Block] = []
    for line in (nest_quotes(raw.strip()) for raw in text.splitlines()):
        if not line:
            continue
        if not _SUBHEADING.match(line):
            blocks.append(Paragraph(line))
            continue
        heading, stop, rest = line.partition("。")
        if stop and rest.strip():
            blocks.append(Paragraph(line, run_in=len(heading) + 1))
        else:
            blocks.append(Heading(2, line))
    return blocks


# -- the drafts ----------------------------------------------------------------------------


def _basics(f: AnnualFacts) -> str:
    m = f.membership
    lines = [
        f"{f.branch_name or '本支部'}现有党员{m.end.total}名，其中正式党员{m.end.full}名、"
        f"预备党员{m.end.probationary}名。{f.year}年初，支部有党员{m.start.total}名；"
        f"年内{_changes(f)}。"
    ]

    c = f.committee
    if c.seats:
        posts = "，".join(f"{label(post)}{name}" for post, name in c.seats)
        term = ""
        if c.term_start and c.term_end:
            term = f"，本届任期自{chinese_date(c.term_start)}至{chinese_date(c.term_end)}"
        lines.append(f"支部委员会由{len(c.seats)}名委员组成：{posts}{term}。")
    if c.groups:
        groups = "；".join(
            f"{g.name}{g.members}名党员" + (f"，组长{g.leader}" if g.leader else "")
            for g in c.groups
        )
        lines.append(f"支部下设{len(c.groups)}个党小组：{groups}。")
    lines.append(
        f"本人{'（' + f.secretary + '）' if f.secretary else ''}作为支部书记，"
        "认真履行抓基层党建工作第一责任人职责，带领支部委员会分工负责、协同推进各项工作。"
    )
    return "\n".join(lines)


def recruiting_sentence(r: YearRecruiting) -> str:
    """年内发展党员N名、转正N名、延长预备期N名, with the plan and who is still on the way."""
    text = (
        f"年内发展党员{len(r.admitted)}名、转正{len(r.converted)}名、延长预备期{len(r.extended)}名"
    )
    if r.planned is not None:
        text += f"（年度发展计划{r.planned}名）"
    text += (
        f"；新收到入党申请{len(r.applied)}份，确定入党积极分子{len(r.activists)}名、"
        f"发展对象{len(r.candidates)}名，年末尚有{r.in_pipeline_at_end}名申请人、"
        "积极分子和发展对象在培养考察中。"
    )
    return text


def _changes(f: AnnualFacts) -> str:
    m = f.membership
    parts = [
        f"发展党员{len(m.admitted)}名{_names(m.admitted)}",
        f"预备党员转正{len(m.converted)}名{_names(m.converted)}",
        f"组织关系转入{len(m.transferred_in)}名{_names(m.transferred_in)}",
        f"转出{len(m.transferred_out)}名{_names(m.transferred_out)}",
    ]
    if m.died:
        parts.append(f"去世{len(m.died)}名{_names(m.died)}")
    if m.left:
        parts.append(f"出党{len(m.left)}名{_names(m.left)}")
    return "，".join(parts)


def _names(names: Sequence[str]) -> str:
    if not names:
        return ""
    shown = "、".join(in_stroke_order(list(names))[:_NAMES_SHOWN])  # 姓氏笔画 order
    return f"（{shown}{'等' if len(names) > _NAMES_SHOWN else ''}）"


def _hours(value: float) -> str:
    return f"{value:g}"


def _performance(f: AnnualFacts) -> str:
    parts: list[tuple[str, list[str]]] = []
    if f.meetings is not None:
        parts.append(("认真落实“三会一课”等组织生活制度", meeting_lines(f)))
    if f.review is not None:
        parts.append(("严格开展民主评议党员", _review_lines(f)))
    parts.append(("扎实开展谈心谈话", _talk_lines(f)))
    parts.append(("抓好党员教育培训", _training_lines(f)))
    parts.append(("组织党员参加志愿服务", _volunteer_lines(f)))
    if f.dues:  # from the dues records
        parts.append(("规范党费收缴管理", [f.dues]))
    if f.recruiting is not None:
        parts.append(("规范做好发展党员工作", [recruiting_sentence(f.recruiting)]))
    lines = [_tracking_line(f)] if f.partly_tracked else []
    for number, (heading, body) in enumerate(parts):
        lines.append(f"（{NUMERALS[number]}）{heading}")
        lines.extend(body)
    return "\n".join(lines)


def _tracking_line(f: AnnualFacts) -> str:
    """A year only partly kept in BranchDesk says so, before any figure is read."""
    assert f.tracking_from is not None
    start = chinese_date(f.tracking_from)
    if f.tracking_from.year > f.year:
        return (
            f"本支部自{start}开始使用本软件记录，{f.year}年度的工作未在本软件中记录，"
            "以下数字不完整。"
        )
    return (
        f"本支部自{start}开始使用本软件记录，以下应开、应完成的次数和学时自该日起计算，"
        "此前的工作未计入。"
    )


def _review_lines(f: AnnualFacts) -> list[str]:
    review = f.review
    assert review is not None
    counts = review.counts
    s = review.summary
    # Done only when done: a round with members still ungraded says how far it got.
    graded = (
        f"应评定{s.due_grade}名、已评定{s.graded}名，其中"
        if s.ungraded_full
        else f"评定等次{s.graded}名："
    )
    text = (
        f"{chinese_date(review.held_on)}，支部组织开展{f.year}年度民主评议党员，{graded}"
        f"优秀{counts[Grade.EXCELLENT]}名、合格{counts[Grade.QUALIFIED]}名、"
        f"基本合格{counts[Grade.BASIC]}名、不合格{counts[Grade.UNQUALIFIED]}名"
    )
    if s.ungraded_full:
        text += f"，尚有{s.ungraded_full}名党员未评定等次"
    if s.probationary:
        text += f"；预备党员{s.probationary}名参加评议，不评定等次"
    text += "。"
    if review.follow_ups:
        handled = "；".join(
            f"{name}评定为{grade}，{note.rstrip('。；，') or '【请填写帮扶或处置情况】'}"
            for name, grade, note in review.follow_ups
        )
        text += f"对评定为基本合格、不合格的党员逐一跟进：{handled}。"
    return [text]


def _talk_lines(f: AnnualFacts) -> list[str]:
    t = f.talks
    pairs = "、".join(f"{label(p)}{t.pairs[p]}人次" for p in PairType)
    text = f"全年开展谈心谈话{t.talks}次，其中{pairs}。"
    if t.without_talk:
        text += f"年内尚有{len(t.without_talk)}名党员{_names(t.without_talk)}未开展谈心谈话。"
    else:
        text += "支部党员全部参加了谈心谈话。"
    return [text]


def _training_lines(f: AnnualFacts) -> list[str]:
    t = f.training
    text = (
        f"全年组织和参加教育培训{t.trainings}次，党员人均学习{_hours(t.average)}学时"
        f"（要求每名党员每年不少于{_hours(t.required)}学时）"
    )
    if t.below:
        below = "、".join(f"{name}{_hours(h)}学时" for name, h in t.below[:_NAMES_SHOWN])
        more = "等" if len(t.below) > _NAMES_SHOWN else ""
        text += f"，{len(t.below)}名党员学时未达到要求（{below}{more}）。"
    else:
        text += "，全体党员均达到学时要求。"
    if t.secretary_trainings:
        titles = "、".join(f"“{title}”" for title in t.secretary_trainings)
        text += f"本人参加上级集中培训{len(t.secretary_trainings)}次（{titles}）。"
    else:
        text += "本人年内未参加上级组织的集中培训。"
    return [text]


def _volunteer_lines(f: AnnualFacts) -> list[str]:
    v = f.volunteering
    if v.activities == 0:
        return ["年内支部未组织志愿服务活动。"]
    return [
        f"全年组织志愿服务活动{v.activities}次，参与{v.participations}人次，"
        f"其中党员{v.members_serving}名，累计服务{_hours(v.total_hours)}小时，"
        f"服务群众{v.people_served}人次。"
    ]


def _rectification(f: AnnualFacts) -> str:
    return rectification_text(f)


def _shortfalls(f: AnnualFacts) -> list[str]:
    found = meeting_shortfalls(f)
    if f.review is None:
        found.append(f"{f.year}年度民主评议党员尚未开展或未录入")
    if f.training.below:
        found.append(f"教育培训学时不均衡，{len(f.training.below)}名党员全年学时未达到要求")
    if not f.training.secretary_trainings:
        found.append("本人参加上级集中培训不够")
    if f.talks.missing_pair_types:
        missing = "、".join(label(p) for p in f.talks.missing_pair_types)
        found.append(f"谈心谈话覆盖不全面，{missing}之间的谈话尚未开展")
    elif f.talks.without_talk:
        found.append(f"谈心谈话覆盖不全面，{len(f.talks.without_talk)}名党员全年未谈")
    if f.volunteering.activities == 0:
        found.append("组织党员参加志愿服务不够")
    return found


def _ordinal(items: Sequence[str]) -> str:
    return "；".join(f"{NUMERALS[i]}是{item}" for i, item in enumerate(items[:10])) + "。"


def _problems(f: AnnualFacts) -> str:
    found = _shortfalls(f)
    first = (
        "对照年度党建工作要求，支部工作还存在一些差距：" + _ordinal(found)
        if found
        else "对照年度党建工作要求，支部工作还存在一些差距：【请结合实际填写】。"
    )
    return (
        first + "\n究其原因，主要是本人抓党建工作的主动性、系统性还不够强，"
        "统筹党建工作与业务工作的办法还不够多，对党员的日常教育管理还不够精细。"
    )


def _plans(f: AnnualFacts) -> str:
    year = f.year + 1
    items = ["严格落实“三会一课”、主题党日、组织生活会等制度，提高组织生活质量"]
    if f.training.below or f.training.average < f.training.required:
        items.append(
            f"制定{year}年度学习计划，确保每名党员学时不少于{_hours(f.training.required)}学时"
        )
    if f.talks.without_talk or f.talks.missing_pair_types:
        pairs = "、".join(label(p) for p in PairType)
        items.append(f"落实谈心谈话制度，做到{pairs}谈心谈话全覆盖")
    items.append("发挥党员先锋模范作用，常态化组织志愿服务，推动党建工作与业务工作深度融合")
    return f"{year}年，本人将重点抓好以下工作：" + _ordinal(items)


def _signature(f: AnnualFacts) -> str:
    secretary = f.committee.holder(Post.SECRETARY) or f.secretary
    lines = [f.branch_name] if f.branch_name else []
    lines.append(f"书记：{secretary}" if secretary else "书记：")
    return "\n".join(lines)
