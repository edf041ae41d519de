"""Figures of indicator tables (主要指标表): pure functions over a unit's normalised text.

Annual plans put their main figures in a table as often as in prose::

    指标名称          单位   2023年预计完成  增长%  2024年目标  增长%
    地区生产总值      亿元   780             6.2    820         6左右
    一般公共预算收入  亿元   60.5            5.5    63          5

A table is a run of tab-separated lines (how every reader writes table rows) whose
header names the indicator column (指标, 指标名称, 主要指标 …) and at least one value
column: a year and/or a word saying what the column holds — 目标/计划/预期 (targets) or
完成/实际/执行/预计, or a baseline 基数/基期 (results). A growth column (增长%, 增速, ±%) is the change of the value
column before it, in the same year. A header may take two lines (the years over the
目标/完成 words). A column with a year and no word holds results before the plan year
and targets from it on. Each value cell is one figure: the metric is the row's indicator
(its unit: the unit column, brackets ending the name, ``地区生产总值（亿元）``, or brackets
ending the value column's header, ``2024年目标（亿元）``, or a caption just above the
table naming one unit, ``单位：亿元``), the comparator as in
prose (``6左右`` ``~``, ``≥5`` ``>=``, ``5—6`` a range). Rows with no values (category
rows such as ``一、经济发展``) give nothing.

A budget's performance targets (绩效目标表) name their indicators on levels, ``一级指标 |
二级指标 | 三级指标 | 指标值``: the deepest level names the row's indicator, the levels above
are classes of it, and the value cell carries its comparator and unit (``≥2万亩``,
``≥500元/户``, ``100%``).

A table may turn this about, a row for each year and a column for each indicator, its
unit in the header (``年度 | 模具产业产值（亿元） | 规上模具企业（家）``, rows ``2026年 | 400 |
260``): each cell is its column's figure of its row's year, a result where the row's label
says so (``2025年（基数）``) or the year is before the plan's, else a target.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ingest.headings import HEADING_START
from ingest.nlp.lexicons import load_lexicons
from ingest.nlp.targets import Figure, comparator_of

_NAME_HEADERS = ("指标", "指标名称", "主要指标", "指标项目", "项目", "名称", "预期指标")
# a budget's performance targets name their indicators on levels (一级指标 | 二级指标 | 三级指标 |
# 指标值): the deepest names the row's, those above are classes of it
_LEVEL_HEADER = re.compile(r"[一二三四]级指标(?:名称)?")
_UNIT_HEADERS = ("单位", "计量单位")
# a task table (牵头单位, 责任部门, 完成时限) or a project list (建设内容) is not one
_NOT_INDICATOR = re.compile(r".+单位|部门|时限|时间节点|建设内容|任务|措施")
_RESULT_WORDS = re.compile(r"完成|实际|执行|实绩|预计|基数|基期|现状")
_TARGET_WORDS = re.compile(r"目标|计划|预期|指标值")
# a project's total investment is what it plans, in a plan or in a report on its progress
_PROJECT_TOTAL = re.compile(r"总投资|投资总额")
_GROWTH_HEADER = re.compile(r"增长|增速|增幅|±|比上年|同比")
_YEAR = re.compile(r"(\d{4})年?")
# what a column under a year's merged cell holds: its value or its change
_UNDER_A_SPAN = re.compile(
    r"绝对值|数值|总量|总额|(?:增长|增速|增幅|比上年)[（(]?%?[)）]?|[（(]?%[)）]?"
)
_LAST_YEAR = re.compile(r"上年|去年")
# a column of a place's figures (城关镇, 新集镇, 高新区) or the whole area's (全县, 合计)
_WHOLE_AREA = re.compile(r"全[县市区镇旗州]|合计|总计|全域")
_PLACE_COLUMN = re.compile(
    r"全[县市区镇旗州]|合计|总计|[\u4e00-\u9fff]{1,10}?(?:镇|乡|街道|县|市|区|旗|开发区|园区)"
)
# a part of the year so far heading a column: 1—5月, 1-5月累计, 一季度, 上半年, 前三季度
_SO_FAR = re.compile(
    r"(?:\d{4}年)?(?:\d{1,2}[—\-–~至]\d{1,2}月份?|[一二三四1-4]季度|上半年|前三季度)(?:累计)?"
)
_THIS_YEAR = re.compile(r"本年|今年|当年")
_UNIT_IN_NAME = re.compile(r"[（(]([^（）()]{1,8})[)）]$")
# the day a balance is taken, after its name: （5月末）, （年末）, （期末）
_AT_PERIOD_END = re.compile(r"[（(](?:\d{1,2}月|年|季|期)末[)）]$")
# a caption naming the table's unit, alone or ending its title: 单位：亿元, （单位：万元）
_CAPTION_UNIT = re.compile(r"(?:^|[（(\s])(?:计量|金额)?单位[：:]\s*([^\s（）()]+?)\s*[)）]?$")
# a number, perhaps with thousands set apart by commas (1,234.5), as statistical tables print
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# a value cell: words before the number (≥, 不低于 …), a range, a unit, words after
_VALUE = re.compile(
    rf"^(?P<pre>\D*?)(?P<v>-?{_NUMBER})(?:[—\-~～至](?P<v2>{_NUMBER}))?"
    # (or a unit of its own, ≥2万亩, ≥500元/户, as a performance target's cell writes it)
    r"(?P<unit>%|‰|个百分点|(?!左右|以上|以内|以下|上下)[^\d\s%‰〕]{1,6}?)?"
    r"(?P<post>左右|以上|以内|以下|上下)?(?P<close>〕)?$"
)
# a five-year plan's total over its years, printed in brackets: 〔3.5〕
_TOTAL = "〔"
_ANNUAL_HEADER = re.compile(r"年均")
_CHANGE_SAID = re.compile(r"(年均)?(?:增长|下降)")
# a column of shares of its own: 完成率（%）, 占比（%）
_RATIO_HEADER = re.compile(r"率$|占比$|比重$")


@dataclass(frozen=True)
class Column:
    index: int
    mode: str  # "target" or "reported"
    year: int | None
    growth: bool
    unit: str = ""  # from the header: 2024年目标（亿元）
    annual: bool = False  # a growth column headed 年均增长: a yearly rate over the plan
    year_on_year: bool = False  # a growth column headed 同比增长: on the same period a year before
    ratio: str = ""  # a column of a share of its own (完成率（%）): its name, in its own unit
    # a column of one place's figures in a table that parts the year's figures among places
    # (指标 | 单位 | 全县 | 城关镇 | 新集镇): the place, named before the row's indicator; "" for
    # the whole area's column
    place: str = ""


@dataclass(frozen=True)
class _Line:
    start: int
    text: str
    cells: list[str]


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        cells = raw.split("\t") if "\t" in raw else []
        out.append(_Line(pos, raw, cells))
        pos += len(raw) + 1
    return out


def _squash(cell: str) -> str:
    return re.sub(r"\s+", "", cell)


def is_indicator_header(line: str) -> bool:
    """Whether a tab-separated line heads an indicator table (for the structure parser)."""
    cells = line.split("\t")
    return "\t" in line and (_header(cells, None, None) is not None or bool(_year_columns(cells)))


# the first cell of a table with a row for each year, and a row's label: 2026年, 2025年（基数）
_YEAR_HEADERS = ("年度", "年份", "年", "时间")
_ROW_YEAR = re.compile(r"^(\d{4})年?(?:度)?(?:[（(]([^（）()]{1,6})[)）])?$")


def _year_columns(cells: list[str]) -> dict[int, tuple[str, str, bool]]:
    """The indicator columns of a table with a row for each year (年度 | 模具产业产值（亿元）
    | …): column → (indicator, unit, growth); {} when ``cells`` head no such table."""
    if not cells or _squash(cells[0]) not in _YEAR_HEADERS:
        return {}
    out = {}
    for k, cell in enumerate(cells[1:], start=1):
        name, unit = _unit_of(_squash(cell))
        if unit:
            out[k] = (name, unit, bool(_GROWTH_HEADER.search(name)))
    return out


def _year_row_figures(
    row: _Line,
    columns: dict[int, tuple[str, str, bool]],
    default_year: int | None,
    first_year: int | None,
) -> list[Figure]:
    """Figures of a row of a table with a row for each year: each cell its column's."""
    m = _ROW_YEAR.match(_squash(row.cells[0])) if row.cells else None
    if m is None:
        return []
    year, words = int(m.group(1)), m.group(2) or ""
    if _RESULT_WORDS.search(words):
        mode = "reported"
    elif _TARGET_WORDS.search(words):
        mode = "target"
    else:
        mode = _year_mode(year, default_year, first_year)
    out = []
    for k, text, start in _filled_cells(row):
        if k in columns:
            name, unit, growth = columns[k]
            fig = _figure(text, start, row, name, unit, Column(k, mode, year, growth))
            if fig is not None:
                out.append(fig)
    return out


def _year_mode(year: int, default_year: int | None, first_year: int | None) -> str:
    """What a bare year holds: results before the plan's year (or its horizon's first, or the
    year after the one a report reports on, whichever is later), targets from it on."""
    start = max((y for y in (default_year, first_year) if y is not None), default=None)
    return "reported" if start is not None and year < start else "target"


def _filled_cells(row: _Line) -> Iterator[tuple[int, str, int]]:
    """(column, text, offset) of each cell of a row that holds something, its spaces off."""
    pos = row.start
    for k, text in enumerate(row.cells):
        if text.strip():
            yield k, text.strip(), pos + len(text) - len(text.lstrip())
        pos += len(text) + 1


def _header(
    first: list[str],
    second: list[str] | None,
    default_year: int | None,
    first_year: int | None = None,
) -> tuple[int, int | None, list[Column]] | None:
    """(indicator column, unit column, value columns) if the line(s) head a table.
    ``first_year``: the first year the document plans for (its plan year, or its
    horizon's first): a bare year before it is done, from it planned."""
    cells = [_squash(c) for c in first]
    name_col = _name_column(cells)
    if name_col is None or any(_NOT_INDICATOR.search(c) for c in cells if c not in _UNIT_HEADERS):
        return None
    if second is not None:
        # years over words: carry a year cell over the empty cells a merge left after it
        width = max(len(cells), len(second))  # a reader may drop a row's empty tail
        cells += [""] * (width - len(cells))
        lower = [_squash(c) for c in second] + [""] * (width - len(second))
        carried, merged = "", []
        for i, c in enumerate(cells):
            carried = c if c else carried if i > name_col else ""
            # a cell merged down repeats in the lower line (Word): once is enough
            merged.append(c if i == name_col or lower[i] == c else carried + lower[i])
        cells = merged
    unit_col = next((i for i, c in enumerate(cells) if c in _UNIT_HEADERS), None)
    columns: list[Column] = []
    places = [
        i
        for i, c in enumerate(cells)
        if i not in (name_col, unit_col) and _PLACE_COLUMN.fullmatch(c)
    ]
    for i, c in enumerate(cells):
        if i in (name_col, unit_col) or not c:
            continue
        if len(places) >= 2 and i in places and default_year is not None:
            # the year's figures parted among places, each column one place's (a notice giving
            # the towns their tasks — found probing, session 76)
            mode = _year_mode(default_year, default_year, first_year)
            place = "" if _WHOLE_AREA.fullmatch(c) else c
            columns.append(Column(i, mode, default_year, False, place=place))
            continue
        ym = _YEAR.search(c)
        year = int(ym.group(1)) if ym else None
        if year is None and default_year is not None:
            if _LAST_YEAR.search(c):
                year = default_year - 1
            elif _THIS_YEAR.search(c):
                year = default_year
        growth = bool(_GROWTH_HEADER.search(c)) or c in ("%", "(%)", "（%）")
        bare, header_unit = _unit_of(c)
        if _RATIO_HEADER.search(bare) and not growth:
            # the share of the value before it, in the same year: 2025年完成 | 完成率（%）
            mode = (
                "target"
                if _TARGET_WORDS.search(bare) and not _RESULT_WORDS.search(bare)
                else "reported"
            )
            before = columns[-1].year if columns else None
            # (the year over it, 2025年完成率, dates it; the ratio is named without it)
            ratio = re.sub(r"^\d{4}年度?", "", bare) or bare
            columns.append(Column(i, mode, year or before, False, header_unit or "%", ratio=ratio))
            continue
        if _RESULT_WORDS.search(c):
            mode = "reported"
        elif _SO_FAR.fullmatch(c) and default_year is not None:
            # the year so far, a statistics table's column (1—5月, 一季度): that year's results
            mode, year = "reported", year or default_year
        elif _TARGET_WORDS.search(c):
            mode = "target"
        elif growth and columns:  # 增长% after a value column: its change
            prev = columns[-1]
            annual = bool(_ANNUAL_HEADER.search(c))
            columns.append(
                Column(
                    i, prev.mode, year or prev.year, True, annual=annual, year_on_year="同比" in c
                )
            )
            continue
        elif year is not None:  # a bare year: done before the plan year, planned from it
            mode = _year_mode(year, default_year, first_year)
        else:
            continue
        if year is None and mode == "target":
            year = default_year
        columns.append(Column(i, mode, year, growth, _unit_of(c)[1]))
    if not columns:
        return None
    return name_col, unit_col, columns


def _name_column(cells: list[str]) -> int | None:
    """The column naming a table's indicators: the deepest of its levels (三级指标), else
    the first whose header names them (指标名称 …)."""
    levels = [i for i, c in enumerate(cells) if _LEVEL_HEADER.fullmatch(c)]
    if levels:
        return levels[-1]
    return next((i for i, c in enumerate(cells) if c in _NAME_HEADERS), None)


def _figure(
    cell: str, start: int, line: _Line, metric: str, unit: str, col: Column
) -> Figure | None:
    m = _VALUE.match(_squash(cell).replace("％", "%"))
    if m is None:
        return None
    # a total over the plan's years in a growth〔累计〕 column is of the row's own unit
    total = m.group("pre").startswith(_TOTAL) and m.group("close") is not None
    growth_col = col.growth and not total
    own_unit = m.group("unit") or ""
    if own_unit in ("%", "‰", "个百分点"):
        unit = own_unit
    elif own_unit:  # a unit written in the value cell (≥2万亩): one the lexicon knows, or none
        unit = _known_unit(own_unit)
    elif growth_col:
        unit = "%"
    if not unit:
        return None
    value = _number(m.group("v"))
    value_max = _number(m.group("v2")) if m.group("v2") else None
    if value_max is not None:
        comparator = "between"
    else:  # the words of prose: ≥7, 不低于7, 6左右, 5.5以内
        comparator = comparator_of(m.group("pre"), m.group("post") or "", col.mode)
    # a change written in the cell of a column of levels: 增长7%, 下降2.5%左右
    said = _CHANGE_SAID.search(m.group("pre")) if unit in ("%", "个百分点") else None
    growth = unit in ("%", "个百分点") and (
        growth_col or said is not None or bool(re.search(r"增长|增速|下降", metric))
    )
    annual = (growth_col and col.annual) or (said is not None and said.group(1) is not None)
    if growth_col and not re.search(r"增长|增速|增幅|下降", metric):
        metric += "年均增长" if annual else "同比增长" if col.year_on_year else "增长"
    elif said is not None and not re.search(r"增长|增速|增幅|下降", metric):
        metric += said.group(0)
    return Figure(
        start=start,
        end=start + len(cell),
        metric=metric,
        comparator=comparator,
        value=value,
        unit=unit,
        year=col.year,
        period="annual" if annual else None,
        growth=growth,
        text=line.text.strip(),
        value_max=value_max,
        mode=col.mode,
    )


def _next_filled(lines: list[_Line], i: int) -> int:
    """The index of the first line at or after ``i`` that is not blank."""
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    return i


def _head(
    lines: list[_Line], i: int, default_year: int | None, first_year: int | None = None
) -> tuple[tuple[int, int | None, list[Column]] | None, int]:
    """The table header at line ``i`` and how many lines it takes (1 or 2)."""
    line = lines[i]
    j = _next_filled(lines, i + 1)
    if j < len(lines) and lines[j].cells:
        nxt = lines[j]
        name_col = _name_column([_squash(c) for c in line.cells])
        if name_col is not None:
            below = nxt.cells[name_col].strip() if name_col < len(nxt.cells) else ""
            # (or, the years and their words above, what each column under them holds: 绝对值
            # | 增长（%） under 2025年完成 — batch 660)
            words = any(
                _RESULT_WORDS.search(c) or _TARGET_WORDS.search(c) or _UNDER_A_SPAN.fullmatch(c)
                for c in nxt.cells
            )
            # the lower line names no indicator (empty, or the merged name cell repeated)
            if words and below in ("", line.cells[name_col].strip()):
                two = _header(line.cells, nxt.cells, default_year, first_year)
                if two is not None:
                    return two, j + 1 - i
    return _header(line.cells, None, default_year, first_year), 1


def _known_unit(text: str) -> str:
    """``text`` as a unit when it is one (亿元, %, 万人 …), else ""."""
    unit = text.replace("％", "%")
    units = {u for u, _ in load_lexicons().units}
    return unit if unit in units or unit.lstrip("万亿") in units else ""


def _unit_of(name: str) -> tuple[str, str]:
    """The indicator without a unit in brackets at its end, and that unit."""
    m = _UNIT_IN_NAME.search(name)
    unit = _known_unit(m.group(1)) if m else ""
    if m is None or not unit:
        return name, ""  # 研发经费投入强度（R&D） names, it does not measure
    return name[: m.start()].strip(), unit


def _caption_unit(lines: list[_Line], i: int) -> str:
    """The one unit a caption just above the header at line ``i`` gives its table
    (``单位：亿元`` on either of the two lines before it); none when it lists several
    (``单位：亿元、%``)."""
    above = [line for line in lines[max(0, i - 3) : i] if line.text.strip()][-2:]
    for line in above:
        m = _CAPTION_UNIT.search(line.text.strip())
        if m and not line.cells:
            return _known_unit(m.group(1))
    return ""


def _row_figures(
    row: _Line, name_col: int, unit_col: int | None, columns: list[Column], table_unit: str
) -> list[Figure]:
    def cell(k: int | None) -> str:
        return row.cells[k].strip() if k is not None and k < len(row.cells) else ""

    name, unit = _unit_of(HEADING_START.sub("", cell(name_col)).strip())
    name = _AT_PERIOD_END.sub("", name) or name  # 城乡居民储蓄存款余额（5月末）: a balance's day
    unit = cell(unit_col).replace("％", "%") or unit
    if not name:
        return []
    out = []
    by_index = {c.index: c for c in columns}
    for k, text, start in _filled_cells(row):
        col = by_index.get(k)
        if col is None:
            continue
        if col.ratio:  # a share in its own unit: 地区生产总值完成率
            fig = _figure(text, start, row, name + col.ratio, col.unit, col)
        else:  # (a place's column names its figure: 城关镇固定资产投资)
            fig = _figure(text, start, row, col.place + name, unit or col.unit or table_unit, col)
        if fig is not None:
            out.append(fig)
    return out


def table_figures(
    text: str, default_year: int | None = None, *, first_year: int | None = None
) -> tuple[list[Figure], list[tuple[int, int]]]:
    """Figures of the indicator tables in a text, and the spans of their lines
    (``first_year``: see ``_header``)."""
    figures: list[Figure] = []
    spans: list[tuple[int, int]] = []
    if "\t" not in text:
        return figures, spans
    lines = _lines(text)
    i = 0
    while i < len(lines):
        head, n = _head(lines, i, default_year, first_year) if lines[i].cells else (None, 1)
        if head is None:
            by_year = _year_columns(lines[i].cells)
            end = i + 1
            while by_year and (nxt := _next_filled(lines, end)) < len(lines) and lines[nxt].cells:
                figures += _year_row_figures(lines[nxt], by_year, default_year, first_year)
                end = nxt + 1
            if end > i + 1:
                spans += [(line.start, line.start + len(line.text)) for line in lines[i:end]]
            i = end
            continue
        name_col, unit_col, columns = head
        table_unit = _caption_unit(lines, i)
        end = i + n
        # rows run on over blank lines (HTML readers put one between rows)
        while (nxt := _next_filled(lines, end)) < len(lines) and lines[nxt].cells:
            figures += _row_figures(lines[nxt], name_col, unit_col, columns, table_unit)
            end = nxt + 1
        spans += [(line.start, line.start + len(line.text)) for line in lines[i:end]]
        i = end
    return figures, spans


def row_figures(
    header: tuple[str, ...],
    text: str,
    default_year: int | None = None,
    *,
    first_year: int | None = None,
) -> tuple[list[Figure], list[tuple[int, int]]]:
    """Figures of a task-table row whose header names an indicator and value columns too
    (序号 | 指标名称 | 单位 | 2024年基数 | 2025年 | 2026年 | 责任单位): ``header`` has the task
    table's own columns blank. The row is the first line of ``text``; the span of that line
    is returned with its figures, as ``table_figures`` returns its tables' lines."""
    head = _header(list(header), None, default_year, first_year) if header else None
    if head is None:
        return _measure_columns(header, text, default_year)
    name_col, unit_col, columns = head
    line = text.split("\n", 1)[0]
    figures = _row_figures(_Line(0, line, line.split("\t")), name_col, unit_col, columns, "")
    return figures, [(0, len(line))] if figures else []


# A column of a task table or project list measuring each row, its unit in the header:
# 总投资（亿元）, 2026年计划投资（亿元）, 2025年完成投资（万元）
# (a part of the year before it, in a progress report's: 1—6月完成投资（亿元）, 一季度完成投资)
_MEASURE_COLUMN = re.compile(
    r"^(?:(?P<year>\d{4})年(?:度)?)?"
    r"(?:\d{1,2}[—\-–~至]\d{1,2}月份?|[一二三四1-4]季度|上半年|下半年|前三季度"
    r"|截至\d{1,2}月(?:底|末)?)?"
    # (a pollutant's name in Latin letters and digits opening it: PM2.5平均浓度（微克/立方米）)
    r"(?P<name>(?:PM2\.5|PM10|O3|NO2|SO2|CO|COD)?[\u4e00-\u9fff]{2,10})[（(](?P<unit>[^（）()]{1,6})[)）]$"
)
# (a change may fall: 同比变化（%） | -9.7)
_BARE_NUMBER = re.compile(rf"^[-−－]?{_NUMBER}$")


def _number(text: str) -> float:
    """A cell's number, its thousands' commas dropped (3,000 → 3000), its minus sign read
    whichever way it is written (−9.7, －9.7)."""
    return float(text.replace(",", "").replace("−", "-").replace("－", "-"))


def is_measure_column(cell: str) -> bool:
    """Whether a header cell names a column measuring each row, its unit in brackets:
    总投资（亿元）, 地区生产总值增速（%）."""
    m = _MEASURE_COLUMN.match(_squash(cell))
    if m is None or not (unit := _known_unit(m.group("unit"))):
        return False
    name = m.group("name")
    if unit in _DAYS:
        name = name.removesuffix("时限")  # (a time limit counted in days: 办理时限（工作日）)
    return not _NOT_INDICATOR.search(name)


_DAYS = ("工作日", "个工作日", "天", "日", "小时")


# A table's unit stated once, on the line above its header (单位：万元, right-aligned in the
# last cell of a spreadsheet's row; （金额单位：万元）), for its money columns
_UNIT_NOTE = re.compile(r"^[（(]?(?:金额|资金|计量)?单位[：:](?P<unit>[^\s（）()：:]{1,4})[)）]?$")
_MONEY_COLUMN = re.compile(r"(?:投资|资金|金额|总额|产值|收入|营收|补助|奖补|奖励|预算)$")


def table_unit(line: str) -> str | None:
    """The unit a line above a table's header states for it (its last cell: 单位：万元)."""
    cells = [c for c in line.split("\t") if c.strip()]
    m = _UNIT_NOTE.match(_squash(cells[-1])) if cells else None
    return _known_unit(m.group("unit")) if m else None


def with_table_unit(cell: str, unit: str) -> str:
    """A money column's header without a unit of its own (总投资, 2026年计划投资) with the
    table's unit, as if written 总投资（万元）; any other header cell as it is."""
    squashed = _squash(cell)
    if squashed and _MONEY_COLUMN.search(squashed) and not is_measure_column(squashed):
        return f"{squashed}（{unit}）"
    return cell


def _measure_columns(
    header: tuple[str, ...], text: str, default_year: int | None
) -> tuple[list[Figure], list[tuple[int, int]]]:
    """Figures of a row of a table whose columns measure each row with a unit in their
    header (序号 | 项目名称 | 总投资（亿元） | 2026年计划投资（亿元） | 责任单位): a bare number in
    such a column is the column's figure, named by it without its year (计划投资), dated by
    that year or the document's, a result where the column says so (完成投资, 实际), a goal where
    it says so (计划, 目标, a project's 总投资), else what the unit's text is (a report's table of bodies' figures,
    工单量（件）: results)."""
    columns: dict[int, tuple[str, str, int | None, str | None]] = {}
    for k, cell in enumerate(header):
        m = _MEASURE_COLUMN.match(_squash(cell))
        if m and is_measure_column(cell):
            unit = _known_unit(m.group("unit"))
            year = int(m.group("year")) if m.group("year") else default_year
            name = m.group("name")
            mode = (
                "reported"
                if _RESULT_WORDS.search(name)
                else "target"
                if _TARGET_WORDS.search(name) or _PROJECT_TOTAL.search(name)
                else None
            )
            columns[k] = (name, unit, year, mode)
    if not columns:
        return [], []
    line = text.split("\n", 1)[0]
    out = []
    pos = 0
    for k, cell in enumerate(line.split("\t")):
        value = cell.strip()
        if k in columns and _BARE_NUMBER.match(value):
            name, unit, year, mode = columns[k]
            start = pos + len(cell) - len(cell.lstrip())
            out.append(
                Figure(
                    start=start,
                    end=start + len(value),
                    metric=name,
                    comparator="=",
                    value=_number(value),
                    unit=unit,
                    year=year,
                    period=None,
                    growth=False,
                    text=value,
                    mode=mode,
                )
            )
        pos += len(cell) + 1
    # nothing is blanked: the row is prose, and its bare numbers (no unit) are no figures there
    return out, []
