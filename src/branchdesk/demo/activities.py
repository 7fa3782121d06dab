"""Demo volunteer activities (one a month) and trainings (centralised, online, self-study)."""

from __future__ import annotations

import random
from datetime import date

from branchdesk.core.members import Member
from branchdesk.core.membership import is_member_on
from branchdesk.core.participation import Participant
from branchdesk.core.training import Training, TrainingForm
from branchdesk.core.volunteer import VolunteerActivity
from branchdesk.workspace import Workspace

SECRETARY = 0  # roster index of the secretary
BELOW_32_LAST_YEAR = (6, 17, 20)  # on purpose: compliance must show the gap

VOLUNTEER = (
    ("学雷锋社区义诊", "石牌街道华师社区", "社区服务", 150),
    ("关爱独居长者上门探访", "天河南街道长者服务站", "扶老助残", 36),
    ("珠江河涌清洁行动", "猎德涌沿岸", "环境保护", 0),
    ("新时代文明实践宣讲", "体育西路新时代文明实践站", "文明实践", 80),
    ("社会组织公益集市", "天河公园东门广场", "公益宣传", 300),
    ("青少年暑期课业辅导", "启明社工中心活动室", "助学帮扶", 45),
    ("防溺水安全宣传进社区", "车陂街道社区广场", "公益宣传", 210),
    ("困难家庭助学走访", "天河区前进街道", "助学帮扶", 12),
    ("垃圾分类入户宣传", "林和街道社区", "环境保护", 260),
    ("长者智能手机使用培训", "天河南街道长者服务站", "扶老助残", 40),
    ("社区应急救护知识普及", "兴华街道社区服务中心", "应急救援", 95),
    ("冬日送暖慰问环卫工人", "天河区环卫站", "社区服务", 60),
)
VOLUNTEER_GUESTS = ("协会会员单位志愿者", "社工中心实习生", "基金会志愿者")


def fill_volunteering(
    ws: Workspace, rng: random.Random, members: list[Member], today: date, years: range
) -> None:
    for year in years:
        for month in range(1, 13):
            day = date(year, month, rng.randint(8, 26))
            if day > today:
                break
            title, place, form, served = VOLUNTEER[month - 1]
            present = [m for m in members if m.id is not None and is_member_on(m, day)]
            chosen = rng.sample(present, k=min(len(present), rng.randint(7, 12)))
            hours = rng.choice((2.0, 2.5, 3.0, 4.0))
            people = tuple(
                Participant(m.id, "", hours) for m in sorted(chosen, key=lambda m: m.id or 0)
            )
            guests = tuple(
                Participant(None, name, hours) for name in rng.sample(VOLUNTEER_GUESTS, k=1)
            )
            ws.volunteering.save(
                VolunteerActivity(
                    day,
                    title,
                    people + guests,
                    place=place,
                    organiser="中共广州市天河区启明社会组织联合支部委员会",
                    form=form,
                    people_served=served + rng.randint(0, 20) if served else 0,
                    description=f"支部组织党员开展“{title}”志愿服务活动，亮身份、作表率。",
                ),
                today,
            )


CENTRAL = TrainingForm.CENTRALISED
# (month, day, days, title, organiser, form, hours, who) — who: "all", "secretary", "committee"
TRAININGS = (
    (3, 12, 2, "学习贯彻党的创新理论专题培训班", "区委党校", CENTRAL, 16.0, "all"),
    (
        4,
        20,
        1,
        "社会组织党支部书记集中培训",
        "区社会组织党委",
        TrainingForm.CENTRALISED,
        8.0,
        "secretary",
    ),
    (6, 15, 1, "“七一”专题党课与党规党纪学习", "本支部", CENTRAL, 4.0, "all"),
    (
        9,
        10,
        1,
        "党务工作实务培训（支委）",
        "区社会组织党委",
        TrainingForm.CENTRALISED,
        8.0,
        "committee",
    ),
)
ONLINE = ("全国党员教育平台网络专题班", "学习强国", TrainingForm.ONLINE)
SELF_STUDY = ("个人自学《中国共产党章程》及党内法规", "本支部", TrainingForm.SELF_STUDY)


def fill_training(
    ws: Workspace, rng: random.Random, members: list[Member], today: date, years: range
) -> None:
    for year in years:
        for month, day_of, days, title, organiser, form, hours, who in TRAININGS:
            start = date(year, month, day_of)
            if start > today:
                continue
            indices = {"all": range(len(members)), "secretary": (SECRETARY,)}.get(who, range(5))
            people = []
            for i in indices:
                member = members[i]
                if member.id is None or not is_member_on(member, start):
                    continue
                if who == "all" and year == today.year - 1 and i in BELOW_32_LAST_YEAR:
                    continue  # missed it: one cause of their gap
                if who == "all" and rng.random() < 0.1:
                    continue  # away that day
                people.append(Participant(member.id, "", hours))
            ws.trainings.save(
                Training(
                    start,
                    f"{year}年{title}",
                    tuple(people),
                    form,
                    ends_on=date(year, month, day_of + days - 1) if days > 1 else None,
                    organiser=organiser,
                    hours=hours,
                    content="围绕党的创新理论、党章党规和社会组织党建实务开展学习。",
                ),
                today,
            )
        # Online study and self-study, recorded each quarter with each member's own hours.
        for quarter in range(4):
            start = date(year, quarter * 3 + 3, 28)
            if start > today:
                break
            for title, organiser, form in (ONLINE, SELF_STUDY):
                people = []
                for i, member in enumerate(members):
                    if member.id is None or not is_member_on(member, start):
                        continue
                    low = year == today.year - 1 and i in BELOW_32_LAST_YEAR
                    share = rng.choice((1.0, 1.5, 2.0)) if low else rng.choice((3.0, 4.0, 5.0))
                    people.append(Participant(member.id, "", share))
                ws.trainings.save(
                    Training(
                        start,
                        f"{year}年第{quarter + 1}季度{title}",
                        tuple(people),
                        form,
                        organiser=organiser,
                        hours=4.0,
                        content="按季度汇总党员线上学习和个人自学学时。",
                    ),
                    today,
                )
