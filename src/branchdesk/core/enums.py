"""Enumerations of the domain, named as in shared/domain/glossary.md.

Each value is the stable text stored in the database and written to exports; never rename
a value without a migration.
"""

from enum import StrEnum


class BranchKind(StrEnum):
    STANDALONE = "standalone"  # 独立党支部
    JOINT = "joint"  # 联合党支部


class OrgKind(StrEnum):
    ASSOCIATION = "association"  # 社会团体
    PRIVATE_NON_ENTERPRISE = "private_non_enterprise"  # 民办非企业单位
    FOUNDATION = "foundation"  # 基金会
    INTERMEDIARY = "intermediary"  # 社会中介组织
    COMMUNITY = "community"  # 城乡社区社会组织


class Post(StrEnum):
    SECRETARY = "secretary"  # 书记
    DEPUTY = "deputy"  # 副书记
    ORGANISATION = "organisation"  # 组织委员
    PUBLICITY = "publicity"  # 宣传委员
    DISCIPLINE = "discipline"  # 纪检委员
    MEMBER = "member"  # 委员


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class MemberStatus(StrEnum):
    FULL = "full"  # 正式党员
    PROBATIONARY = "probationary"  # 预备党员


class Education(StrEnum):
    POSTGRADUATE = "postgraduate"  # 研究生
    UNDERGRADUATE = "undergraduate"  # 大学本科
    COLLEGE = "college"  # 大学专科
    SECONDARY = "secondary"  # 中专/高中
    BELOW = "below"  # 初中及以下


class MembershipEventKind(StrEnum):
    """What can happen to a membership after admission (admission itself is `joined_on`)."""

    TRANSFERRED_IN = "transferred_in"  # 组织关系转入
    TRANSFERRED_OUT = "transferred_out"  # 组织关系转出
    PROBATION_EXTENDED = "probation_extended"  # 延长预备期
    GROUP_MOVED = "group_moved"  # 调整党小组
    DIED = "died"  # 去世
    LEFT = "left"  # 出党（退党、除名、开除）

    @property
    def ends_membership(self) -> bool:
        return self in _ENDING


_ENDING = frozenset(
    {MembershipEventKind.TRANSFERRED_OUT, MembershipEventKind.DIED, MembershipEventKind.LEFT}
)
