"""The drafts' sentences about organisational life and rectification (see narrative.py)."""

from __future__ import annotations

from branchdesk.reports.document import chinese_date
from branchdesk.reports.facts import AnnualFacts
from branchdesk.reports.meeting_facts import HeldVsDue, RectificationItem

QUARTER_NAMES = ("一", "二", "三", "四")


def _count(value: float) -> str:
    return f"{value:g}"


def _held(row: HeldVsDue) -> str:
    return f"{row.name}{_count(row.held)}次（应开{row.due}次）"


def _short_of(held: float, due: int) -> str:
    """In words, never a tally (3/4): 应开1次、未开 / 应开3次、已开2次."""
    done = f"已开{_count(held)}次" if held else "未开"
    return f"应开{due}次、{done}"


def meeting_lines(f: AnnualFacts) -> list[str]:
    """Held vs due per kind (the compliance engine's figures), attendance, quorum, lessons."""
    m = f.meetings
    if m is None:
        return []
    rows = [r for r in m.held_vs_due if r.due or r.held]
    lines = []
    if rows:
        text = "全年召开" + "、".join(_held(r) for r in rows) + "。"
        short = [r for r in rows if not r.met]
        if short:
            quarters = []
            for r in short:
                gaps = [
                    f"第{QUARTER_NAMES[i]}季度{_short_of(h, d)}"
                    for i, (h, d) in enumerate(r.quarters)
                    if h < d
                ]
                if gaps:
                    quarters.append(f"{r.name}（{'、'.join(gaps)}）")
            if quarters:
                text += "未达到要求的季度为：" + "；".join(quarters) + "。"
        lines.append(text)
    attendance = ""
    if m.attendance_rate is not None:
        attendance = f"党员平均出席率{m.attendance_rate * 100:.1f}%"
    if m.inquorate:
        days = "、".join(chinese_date(d) for d in m.inquorate)
        attendance += f"；{days}召开的支部党员大会到会人数未过半，不能进行表决"
    if attendance:
        lines.append(attendance + "。")
    if m.lessons:
        lecturers = "、".join(
            dict.fromkeys(lesson.lecturer for lesson in m.lessons if lesson.lecturer)
        )
        text = f"全年讲授党课{len(m.lessons)}次，授课人为{lecturers}"
        text += (
            f"，其中本人讲授党课{m.secretary_lessons}次"
            if m.secretary_lessons
            else "；本人年内未讲授党课"
        )
        lines.append(text + "。")
    return lines


def _item(item: RectificationItem) -> str:
    state = f"已于{chinese_date(item.done_on)}完成" if item.done_on else "正在整改"
    measure = f"，措施：{item.measure}" if item.measure else ""
    return f"{item.item}{measure}（{state}）"


def rectification_text(f: AnnualFacts) -> str:
    last = f.rectification.last_year
    if not last:
        return (
            f"针对{f.year - 1}年度述职评议中指出的问题，支部逐项制定整改措施、"
            "明确责任人和完成时限。【请逐项填写上年度问题、整改措施及完成情况。】"
        )
    done = [i for i in last if i.done_on is not None]
    lines = [
        f"{f.year - 1}年度组织生活会等查摆出问题{len(last)}项，已整改完成{len(done)}项，"
        f"正在整改{len(last) - len(done)}项。"
    ]
    lines.extend(f"{n}.{_item(item)}。" for n, item in enumerate(last, start=1))
    return "\n".join(lines)


def meeting_shortfalls(f: AnnualFacts) -> list[str]:
    m = f.meetings
    found = []
    if m is not None:
        short = [r.name for r in m.held_vs_due if r.due and not r.met]
        if short:
            found.append(
                "“三会一课”等制度落实还不够经常，" + "、".join(short) + "召开次数未达到要求"
            )
        if m.inquorate:
            found.append(f"有{len(m.inquorate)}次支部党员大会到会人数未过半")
        if not m.secretary_lessons:
            found.append("本人年内未讲授党课")
    this_year = [i for i in f.rectification.this_year if i.done_on is None]
    if this_year:
        found.append(f"本年度查摆的{len(this_year)}项问题尚未整改完成")
    return found
