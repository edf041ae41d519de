"""Numeric targets and reported results: pure functions over a unit's normalised text.

A quantity is an Arabic number with a unit from ``units.jsonl`` (a 万/亿
multiplier joins the unit: ``50万千瓦``, ``1万余人`` → value 1, unit 万人). A
quantity followed by 的 modifies a noun (``总投资580亿元的项目``) and is not a
figure of its own; numbers without a unit (``500Mbps``, ``3A级``, ``100强``)
are not quantities.

Comparator: 突破/超过 ``>``; 达到/以上/不少于/至少 ``>=`` (达到 in a reported
result is ``=``: it states what was reached); 左右 ``~``; 以内/以下/控制在/不超过
``<=``; 余/多 ``>``; otherwise ``=``. The year is the last ``YYYY年`` before the
number in its sentence (``到2025年，A达到2家、B达到20家`` gives 2025 to both);
a range such as ``2023—2025年`` is a horizon, not a year. ``每年``/``年均`` make
the period annual. ``A率、B率达到100%`` gives one figure per rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.marks import Marks
from ingest.nlp.lexicons import load_lexicons


@dataclass(frozen=True)
class Quantity:
    start: int  # span of number through unit and qualifier (以上/左右 …)
    end: int
    num_start: int
    value: float
    unit: str
    approx: bool  # 余/多
    value_max: float | None = None  # a range: 5%—6%, 5—6%


@dataclass(frozen=True)
class Figure:
    """A target or a reported result."""

    start: int
    end: int
    metric: str
    comparator: str
    value: float
    unit: str
    year: int | None
    period: str | None
    growth: bool
    text: str  # the clause the figure was read from
    value_max: float | None = None  # upper end of a range (comparator "between")


@lru_cache(maxsize=1)
def _quantity_rx() -> re.Pattern[str]:
    units = sorted((u for u, _ in load_lexicons().units), key=len, reverse=True)
    alt = "|".join(re.escape(u) for u in units)
    # The check on the character before the number comes after its first digit, so that
    # the pattern starts with a digit and the regex engine can skip ahead to digits.
    return re.compile(
        r"(\d(?<![\dA-Za-z.{_第].)\d*(?:\.\d+)?)[ ]?(千万|百万|万|亿)?(余|多)?"
        rf"({alt})(余|多)?(?![A-Za-z\d])"
    )


_AFTER = [("以上", ">="), ("左右", "~"), ("以内", "<="), ("以下", "<="), ("上下", "~")]
_BEFORE = [
    (re.compile(r"(突破|(?<!不)超过|(?<![不超])超)$"), ">"),
    (re.compile(r"(不少于|不低于|至少|≥)"), ">="),
    (re.compile(r"(控制在|不超过|不高于|低于|≤)"), "<="),
    (re.compile(r"(稳定在|保持在|稳定|维持在)$"), "="),
    (re.compile(r"(达到|达|提高到|提升到|增加到|增至|提高至|提升至|增长到)$"), "reach"),
    (re.compile(r"(突破|(?<!不)超过)"), ">"),
]
_DELIM = re.compile(r"[，；。：！？、\n（）]")
_SENT = re.compile(r"[。；！？\n]")
_COMMA = re.compile(r"[，；。\n]")
_CLAUSE = re.compile(r"[，；。：\n]")
_YEAR = re.compile(r"(?<![\d—\-–~])(\d{4})年(?![\d]*[—\-–~]\d)")
_RANGE = re.compile(r"\d{4}[—\-–~至到]\d{4}年")
_GROWTH = re.compile(r"增长|增速|增幅|提高|提升")
_AFTER_NUMBER = re.compile(r"[^，；。：、（\n]{1,24}")
_ANNUAL = re.compile(r"每年|年均|每年度|年平均")
_LEAD_JUNK = re.compile(
    r"^(?:力争|争取|确保|努力|全年|年内|其中|并|和|及|同时|累计|全市|每年|至少|"
    r"到\d{4}年(?:底|末)?|\d{4}年(?:底|末)?|截至\d{4}年(?:底|末)?|分别)+"
)
_TRAIL_VERB = re.compile(
    r"(?:分别)?(?:达到|达|突破|超过|稳定在|保持在|控制在|提高到|提升到|增加到|增至|为|至少|不少于|不低于|"
    r"不高于|不超过|低于|完成)$"
)
_RATE = re.compile(r"(率|占比|比重|比例)$")
# An elliptical metric names only an attribute of the previous figure's subject:
# 高新技术企业新增42家、总数达到211家 → 高新技术企业总数.
_ATTRIBUTE_ONLY = re.compile(r"^(总数|总量|总额|余额|增长|增速|增幅|占比)$")
_SUBJECT_TAIL = re.compile(r"(新增|新建|增长|增速|总数|总量|总额|余额)$")
_QUOTE = re.compile(r"“[^”]*”")
# Honours are recognitions conferred on people or bodies, not figures of the
# economy: 获评山东好人6人, 荣获…称号, 创建国家级特色专科2个.
_HONOUR = re.compile(r"(获评|荣获|被评为|评为|授予|创建(?:为)?(?:国家|省|市)级)")


_RANGE_LOW = re.compile(
    r"(?<![\dA-Za-z.{_第])(\d+(?:\.\d+)?)[ ]?(%|个百分点)?[ ]?[—\-–~～至到][ ]?$"
)


def find_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    for m in _quantity_rx().finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue
        mult = m.group(2) or ""
        unit = mult + m.group(4)
        end = m.end()
        if text.startswith("的", end):  # attributive: 总投资580亿元的项目
            continue
        approx = bool(m.group(3) or m.group(5))
        low = _RANGE_LOW.search(text, max(0, m.start() - 16), m.start())
        if low and low.group(2) in (None, m.group(4)):  # 5%—6%, 5—6%: one range
            if out and out[-1].start == low.start():
                out.pop()
            value = float(low.group(1))
            out.append(
                Quantity(low.start(), end, low.start(1), value, unit, approx, float(m.group(1)))
            )
            continue
        out.append(Quantity(m.start(), end, m.start(1), float(m.group(1)), unit, approx))
    return out


def _comparator(text: str, q: Quantity, seg_start: int, mode: str) -> tuple[str, int]:
    """Comparator and the end of the qualifier after the quantity."""
    if q.value_max is not None:
        return "between", q.end
    for word, comp in _AFTER:
        if text.startswith(word, q.end):
            return comp, q.end + len(word)
    if q.approx:
        return ">", q.end
    before = text[seg_start : q.num_start]
    for rx, comp in _BEFORE:
        if rx.search(before):
            if comp == "reach":
                return ("=" if mode == "reported" else ">="), q.end
            return comp, q.end
    return "=", q.end


def _clean_metric(s: str) -> str:
    s = s.strip(" ，、；。：“”")
    s = _LEAD_JUNK.sub("", s)
    s = _TRAIL_VERB.sub("", s)
    return s.strip(" ，、；。：")


def extract_figures(
    text: str, *, mode: str = "target", default_year: int | None = None
) -> list[Figure]:
    """Targets (mode ``target``) or reported results (mode ``reported``) in a text."""
    figures: list[Figure] = []
    quantities = find_quantities(text)
    if not quantities:
        return figures
    delims, commas = Marks(_DELIM, text), Marks(_COMMA, text)
    sentences, clauses = Marks(_SENT, text), Marks(_CLAUSE, text)
    prev_end = 0
    prev_metric = ""
    for q in quantities:
        seg_start = max(prev_end, delims.after_last(q.num_start))
        clause_lead = text[commas.after_last(q.num_start) : q.num_start]
        if _HONOUR.search(clause_lead):
            prev_end = q.end
            continue
        comparator, qual_end = _comparator(text, q, seg_start, mode)
        prefix = text[sentences.after_last(q.num_start) : q.num_start]
        year = None
        ranges = [(m.start(), m.end()) for m in _RANGE.finditer(prefix)]
        for ym in _YEAR.finditer(prefix):
            if not any(a <= ym.start() < b for a, b in ranges):
                year = int(ym.group(1))
        if year is None:
            year = default_year
        clause_start = clauses.after_last(q.num_start)
        period = "annual" if _ANNUAL.search(text[clause_start : q.num_start]) else None
        metric = _clean_metric(text[seg_start : q.num_start])
        if not metric:
            # number before its noun: 10个以上项目进入…, 5座污水处理厂
            after = _AFTER_NUMBER.match(text, qual_end)
            metric = _clean_metric(after.group(0)) if after else ""
            if not metric or metric in ("和", "及"):
                metric = prev_metric
        if _ATTRIBUTE_ONLY.match(metric) and prev_metric:
            metric = _SUBJECT_TAIL.sub("", prev_metric) + metric
        growth = bool(_GROWTH.search(metric)) and q.unit in (
            "%",
            "个百分点",
        )
        clause = text[seg_start:qual_end].strip(" ，、；。：")
        base = dict(
            comparator=comparator,
            value_max=q.value_max,
            value=q.value,
            unit=q.unit,
            year=year,
            period=period,
            growth=growth,
        )
        figures.append(
            Figure(start=q.start, end=qual_end, metric=metric, text=clause or metric, **base)  # type: ignore[arg-type]
        )
        # 街道综合养老服务机构覆盖率、社区养老服务设施配建率达到100%
        if _RATE.search(metric):
            pos = seg_start
            while pos > 0 and text[pos - 1] == "、":
                piece_start = delims.after_last(pos - 1)
                piece = _clean_metric(text[piece_start : pos - 1])
                if not _RATE.search(piece) or find_quantities(piece):
                    break
                figures.append(
                    Figure(
                        start=piece_start,
                        end=qual_end,
                        metric=piece,
                        text=text[piece_start:qual_end],
                        **base,  # type: ignore[arg-type]
                    )
                )
                pos = piece_start
        prev_end = qual_end
        prev_metric = metric
    return figures
