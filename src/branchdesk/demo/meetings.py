"""Demo meetings: the previous calendar year in full and this year up to today, every kind.

Deliberate gaps, so that compliance and the report have something to show:
- no committee meeting in July of last year;
- no party lesson in the third quarter of last year;
- the third party group held no meeting in August of last year;
- the first-quarter general meeting of last year was not quorate (a second one followed).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from branchdesk.core import registry
from branchdesk.core.attendance import expected_members
from branchdesk.core.enums import Post
from branchdesk.core.meetings import (
    ActionItem,
    ActionKind,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    Resolution,
)
from branchdesk.core.membership import has_vote_on
from branchdesk.demo import meeting_texts as texts
from branchdesk.demo.pictures import draw_png
from branchdesk.workspace import Workspace

NO_COMMITTEE_MONTH = 7  # of last year
NO_LESSON_QUARTER = 3  # of last year
SILENT_GROUP_INDEX, SILENT_GROUP_MONTH = 2, 8  # the third group, August last year
INQUORATE_SUMMARY = "到会有表决权党员未超过半数，会议不能表决，改期召开。"


class _Book:
    """Writes one meeting after another, with attendance drawn for the expected members."""

    def __init__(self, ws: Workspace, rng: random.Random, today: date) -> None:
        self.ws, self.rng, self.today = ws, rng, today
        self.roster = ws.roster()
        self.names = {m.id: m.name for m in self.roster.members}
        self.groups = ws.branch.groups()
        self.saved: list[Meeting] = []

    def post_holder(self, day: date, post: Post) -> int | None:
        term = self.roster.term_on(day)
        return term.holder_of(post) if term is not None else None

    def attendance(
        self, meeting: Meeting, *, away: int = 0, leave_share: float = 0.1
    ) -> tuple[Attendance, ...]:
        """Mostly present; *away* members (chosen at random) on leave or absent."""
        expected = expected_members(self.roster, meeting.kind, meeting.held_on, meeting.group_id)
        ids = [m.id for m in expected if m.id is not None]
        missing = set(self.rng.sample(ids, k=min(away, len(ids))))
        entries = []
        for member_id in ids:
            if member_id in missing or (away == 0 and self.rng.random() < leave_share):
                if self.rng.random() < 0.8:
                    reason = self.rng.choice(texts.LEAVE_REASONS)
                    entries.append(Attendance(member_id, AttendanceStatus.LEAVE, reason))
                else:
                    entries.append(Attendance(member_id, AttendanceStatus.ABSENT))
            else:
                entries.append(Attendance(member_id))
        return tuple(entries)

    def voters_present(self, meeting: Meeting) -> int:
        present = {a.member_id for a in meeting.attendance if a.status == AttendanceStatus.PRESENT}
        if meeting.kind == MeetingKind.COMMITTEE:
            return len(present)
        return sum(
            1 for m in self.roster.members if m.id in present and has_vote_on(m, meeting.held_on)
        )

    def minutes(self, meeting: Meeting, count: int = 3) -> str:
        present = [a.member_id for a in meeting.attendance if a.status == AttendanceStatus.PRESENT]
        speakers = self.rng.sample(present, k=min(count, len(present)))
        return "\n".join(
            self.rng.choice(texts.REMARKS).format(name=self.names[s]) for s in speakers
        )

    def staffed(self, meeting: Meeting) -> Meeting:
        """The secretary hosts and the organisation member records, unless already given."""
        if meeting.host_name:
            return meeting
        secretary = self.post_holder(meeting.held_on, Post.SECRETARY)
        organiser = self.post_holder(meeting.held_on, Post.ORGANISATION)
        return replace(
            meeting,
            host_id=secretary,
            host_name=self.names.get(secretary, ""),
            host_post="书记",
            recorder_id=organiser,
            recorder_name=self.names.get(organiser, ""),
        )

    def save(self, meeting: Meeting, *, away: int = 0, resolution: str | None = None) -> Meeting:
        if meeting.held_on > self.today:
            return meeting
        meeting = self.staffed(meeting)
        with_attendance = replace(meeting, attendance=self.attendance(meeting, away=away))
        resolutions: tuple[Resolution, ...] = ()
        if resolution is not None:
            voters = self.voters_present(with_attendance)
            abstain = 1 if voters > 4 and self.rng.random() < 0.3 else 0
            resolutions = (Resolution(resolution, voters - abstain, 0, abstain),)
        final = replace(
            with_attendance,
            resolutions=resolutions,
            minutes=meeting.minutes or self.minutes(with_attendance),
            summary=meeting.summary or self.rng.choice(texts.SUMMARY),
        )
        saved = self.ws.meetings.save(final, self.today, self.roster)
        self.saved.append(saved)
        return saved


def fill_meetings(ws: Workspace, rng: random.Random, today: date, years: int = 2) -> None:
    """Meetings of the last *years* calendar years; the deliberate gaps are last year's."""
    book = _Book(ws, rng, today)
    last = today.year - 1
    for year in range(today.year - years + 1, today.year + 1):
        for month in range(1, 13):
            if date(year, month, 1) > today:
                break
            _month(book, year, month, gaps=year == last)
        _org_life(book, year)
    _attach_evidence(book, count=6 * (years - 1))


def _month(book: _Book, year: int, month: int, *, gaps: bool) -> None:
    rng = book.rng
    quarter = (month - 1) // 3
    study = texts.STUDY[(year % 2) * 2 + (month > 6)]
    secretary = book.post_holder(date(year, month, 1), Post.SECRETARY)
    place = texts.PLACES[month % len(texts.PLACES)]

    if not (gaps and month == NO_COMMITTEE_MONTH):
        title, resolution = texts.COMMITTEE[month - 1]
        day = date(year, month, 3 + rng.randint(0, 4))
        book.save(
            Meeting(
                MeetingKind.COMMITTEE,
                day,
                title,
                number=f"{year}-支委-{month:02d}",
                start_time="09:30",
                end_time="11:00",
                place=texts.PLACES[0],
                agenda=(title,),
                studied=study,
            ),
            resolution=resolution,
        )

    for index, group in enumerate(book.groups):
        if gaps and index == SILENT_GROUP_INDEX and month == SILENT_GROUP_MONTH:
            continue
        day = date(year, month, 12 + index * 3 + rng.randint(0, 2))
        leader = group.leader_id
        book.save(
            Meeting(
                MeetingKind.GROUP,
                day,
                f"{group.name.split('（')[0]}{month}月学习会",
                start_time="12:30",
                end_time="13:30",
                place=texts.PLACES[index],
                group_id=group.id,
                host_id=leader,
                host_name=book.names.get(leader, ""),
                host_post="党小组长",
                studied=texts.GROUP[(month + index) % len(texts.GROUP)],
            ),
        )

    theme, form = texts.THEME_DAYS[month - 1]
    book.save(
        Meeting(
            MeetingKind.THEME_DAY,
            _weekday_near(date(year, month, 10)),
            "",
            theme=theme,
            form=form,
            start_time="14:30",
            end_time="17:00",
            place=place,
            studied=study,
        ),
    )

    if month % 3 == 2 and not (gaps and quarter + 1 == NO_LESSON_QUARTER):
        day = _weekday_near(date(year, month, 20))
        by_secretary = month == 5  # the secretary lectures once a year
        lecturer_id = secretary if by_secretary else None
        lecturer_name = (
            book.names.get(secretary, "") if by_secretary else rng.choice(texts.UPPER_LECTURERS)
        )
        topic = texts.LESSONS[(year * 4 + quarter) % len(texts.LESSONS)]
        book.save(
            Meeting(
                MeetingKind.LESSON,
                day,
                f"{year}年第{quarter + 1}季度党课",
                topic=topic,
                start_time="14:30",
                end_time="16:30",
                place=texts.PLACES[3],
                studied=study,
                lecturer_id=lecturer_id,
                lecturer_name=lecturer_name,
            ),
        )

    if month % 3 == 0:
        title, agenda, resolution = texts.GENERAL[quarter]
        day = _weekday_near(date(year, month, 24))
        inquorate = gaps and quarter == 0
        general = Meeting(
            MeetingKind.GENERAL,
            day,
            f"{year}年第{quarter + 1}季度党员大会：{title}",
            number=f"{year}-大会-{quarter + 1}",
            start_time="15:00",
            end_time="17:00",
            place=place,
            agenda=agenda,
            studied=study,
        )
        if inquorate:
            # Too many away: the meeting could not vote and was held again a week later.
            book.save(replace(general, summary=INQUORATE_SUMMARY), away=14)
            general = replace(
                general, held_on=day + timedelta(days=7), number=general.number + "（续）"
            )
        book.save(general, resolution=resolution)


def _org_life(book: _Book, year: int) -> None:
    day = date(year, 12, 18)
    secretary = book.post_holder(day, Post.SECRETARY)
    actions = tuple(
        ActionItem(
            item,
            measure,
            date(year + 1, 3, 31),
            owner,
            date(year + 1, 3, 20) if i == 0 and date(year + 1, 3, 20) <= book.today else None,
            ActionKind.RECTIFICATION,
        )
        for i, (item, measure, owner) in enumerate(texts.ORG_LIFE_RECTIFICATIONS)
    )
    book.save(
        Meeting(
            MeetingKind.ORG_LIFE,
            day,
            f"{year}年度组织生活会",
            start_time="09:00",
            end_time="12:00",
            place=texts.PLACES[3],
            host_id=secretary,
            host_name=book.names.get(secretary, ""),
            host_post="书记",
            upper_attendees="区社会组织党委委员 袁静",
            agenda=(
                "通报上年度整改落实情况",
                "书记代表支部委员会对照检查",
                "党员开展批评和自我批评",
                "民主评议党员",
            ),
            studied=texts.STUDY[(year % 2) * 2 + 1],
            actions=actions,
        ),
    )


def _attach_evidence(book: _Book, count: int) -> None:
    """A sign-in sheet and a photo for the last *count* general meetings and party lessons,
    drawn on the fly as small PNGs."""
    chosen = [m for m in book.saved if m.kind in (MeetingKind.GENERAL, MeetingKind.LESSON)]
    for n, meeting in enumerate(chosen[-count:]):
        assert meeting.id is not None
        book.ws.attachments.add_bytes(
            registry.MEETINGS.key,
            meeting.id,
            draw_png(n, sheet=True),
            f"签到表-{meeting.held_on}.png",
            "签到表",
        )
        book.ws.attachments.add_bytes(
            registry.MEETINGS.key,
            meeting.id,
            draw_png(n, sheet=False),
            f"会议照片-{meeting.held_on}.png",
            "会议现场照片",
        )


def _weekday_near(day: date) -> date:
    """The same day, or the Friday before when it falls on a weekend."""
    return day - timedelta(days=max(0, day.weekday() - 4))
