"""Five-year plans named by their number: “十四五” (第十四个五年规划) is the 14th, 2021—2025.

The 3rd plan began in 1966 and every one since has run five years, so the n-th
(n ≥ 3) runs from 1966 + 5(n − 3). Plans name the period in titles (“十四五”规划) and
date figures by its end (到“十四五”末, “十五五”期间, 十四五时期). Pure functions.
"""

from __future__ import annotations

import re

_ORDINAL = "一二三四五六七八九"
# a five-year plan in a title: 十四五 followed by its quote or 规划/时期/期间
FIVE_YEAR_PLAN = re.compile(rf"十([{_ORDINAL}])五(?:”|\"|规划|时期|期间)")
# …as the outline's full title names it: 国民经济和社会发展第十五个五年规划纲要
NUMBERED_PLAN = re.compile(rf"第十([{_ORDINAL}])个五年(?:规划|计划)")
# a figure dated by a plan's period: 到“十四五”末, “十五五”期间, 十四五规划期末, 十四五时期 —
# or its middle year: 到“十五五”中期 (2028).
# A plan compared with (较“十四五”末) is a base, not the figure's date.
PERIOD = rf"“?十([{_ORDINAL}])五[”\"]?(?:规划)?(?:期末|末|期间|时期|内|中期)"
PLAN_PERIOD = re.compile(rf"(?<![较比由从“]){PERIOD}")


def period_year(m: re.Match[str]) -> int:
    """The year a ``PLAN_PERIOD`` match dates a figure by: the plan's last, or its middle
    one for 中期 (“十五五”中期 → 2028)."""
    first, last = plan_span(m.group(1))
    return first + 2 if m.group(0).endswith("中期") else last


def plan_span(ordinal: str) -> tuple[int, int]:
    """First and last year of the plan whose number is 十 + ``ordinal`` (``四`` → 2021, 2025)."""
    start = 1966 + (10 + _ORDINAL.index(ordinal) + 1 - 3) * 5
    return start, start + 4


def period_ends(text: str) -> list[tuple[int, int]]:
    """(position, year) of every plan period dating something in ``text`` (``period_year``)."""
    return [(m.start(), period_year(m)) for m in PLAN_PERIOD.finditer(text)]


def plan_in_title(title: str) -> tuple[int, int] | None:
    """First and last year of the five-year plan a title names (“十五五”规划, 第十五个五年规划)."""
    m = FIVE_YEAR_PLAN.search(title) or NUMBERED_PLAN.search(title)
    return plan_span(m.group(1)) if m else None
