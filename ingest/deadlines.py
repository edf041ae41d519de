"""A measure's deadline: when its work is to be done (完成时限).

Plans give it in a task table's column (完成时限 | 2024年12月底), on a labelled line
under the measure (``完成时限：2024年底前``), or as the last clause of a note
(``（市商务局牵头，市交通运输局配合；2025年6月底前完成）``, ``（2024年12月底前完成）``).
The text is kept as written; the year is the last year it names (``2023—2025年`` →
2025, ``“十四五”期间`` → 2025, ``2026.12`` → 2026), none for open-ended work (``长期坚持``, ``持续推进``);
a time within a year with no year (``6月底``, ``年底前``) is the year a plan is for
(``in_plan_year``). Pure functions over a unit's normalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.periods import period_ends

DEADLINE_LABELS = (
    "完成时限",
    "完成时间",
    "完成期限",
    "时间节点",
    "时限要求",
    "推进时限",
    "办结时限",
    "时间安排",
    "完成时间节点",
    "计划完成时间",
    "完成时限要求",
    "截止时间",
    "完成节点",
    "进度安排",
    "办结时间",
    # (a rectification plan's: 整改时限, 整改期限, 整改完成时间)
    "整改时限",
    "整改期限",
    "整改完成时间",
    "办理时限",
)
_YEAR = re.compile(r"(\d{4})年")
# … or in a table's figures: 2026.12, 2026-06, 2026/12/31, 2026.6底 (a month after the year)
_NUMERIC_DATE = re.compile(r"(?<![\d.])(20\d{2})[.．\-/／](?:0?[1-9]|1[0-2])(?![\d%])")
_LABELLED = re.compile(
    rf"(?:{'|'.join(sorted(DEADLINE_LABELS, key=len, reverse=True))})：\s*([^；。）】〕\n]+)"
)
_DATE = (
    r"(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|20\d{2}[.．\-/／]\d{1,2}(?:[.．\-/／]\d{1,2})?)"
    r"(?:底|末|中旬|上旬|下旬)?(?:前|以前)?(?:完成)?"
)
# a bare year in brackets is not a deadline (实施细则（2024年）): a month, 底, 前 or 完成 is
_DATED = rf"{_DATE}(?<=[月日底末旬前成\d])"
_OPEN_ENDED = r"长期坚持|长期推进|持续推进|持续开展|持续实施|常态化推进"
# the last clause of a bracket group, or the whole group
_IN_BRACKETS = re.compile(
    rf"[（【〔](?:[^（）【】〔〕\n]*?[；，])?\s*({_DATED}|{_OPEN_ENDED})\s*[）】〕]"
)


@dataclass(frozen=True)
class Deadline:
    text: str  # as written: 2024年12月底前, 长期坚持
    year: int | None


# a time within a year, its year unsaid: 6月底, 年底前, 第三季度, 上半年
_WITHIN_A_YEAR = re.compile(r"\d{1,2}月|年[底末中内]|季度|[上下]半年")


def in_plan_year(deadline: Deadline, plan_year: int | None) -> Deadline:
    """``deadline`` dated the year a plan is for when it names a time within a year and no
    year (6月底 in a 2026 plan is 2026's); else as it is."""
    if deadline.year is None and plan_year is not None and _WITHIN_A_YEAR.search(deadline.text):
        return Deadline(deadline.text, plan_year)
    return deadline


def _deadline(text: str) -> Deadline | None:
    text = text.strip(" ，；。")
    if not text:
        return None
    dates = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text)]
    dates += [(m.start(), int(m.group(1))) for m in _NUMERIC_DATE.finditer(text)]
    dates += period_ends(text)
    return Deadline(text, max(dates)[1] if dates else None)


def deadline_of_cell(cell: str) -> Deadline | None:
    """The deadline a task table's 完成时限 cell gives."""
    return _deadline(cell)


def find_deadline(text: str) -> Deadline | None:
    """The deadline a measure's own text gives: a labelled line first, then a note's."""
    m = _LABELLED.search(text) or _IN_BRACKETS.search(text)
    return _deadline(m.group(1)) if m else None
