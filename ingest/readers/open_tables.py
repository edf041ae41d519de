"""Tables ruled across but not down, in fixed-layout pages (PDF, OFD): a three-line table
(三线表: a rule above the header, one under it, one closing the table) or a table with a
rule between every row. The lattice method finds a table by the cells its borders close, so
such a table, having no vertical borders, read as lines of text whose cells ran together
(`1 建设花卉交易中心… 县商务局 2026年12月`) and its task rows were lost.

Found here from the page's horizontal rules and its words (pure; in the page's units):

- **Rules**: three or more of the same extent, one under another, with words between them —
  the region from the first to the last. The page's other rules (a red-letter head's line,
  the rules framing a colophon's 抄送 lines) are not tables: the header (the words between
  the first two rules) must sit in two columns or more, and the body hold a line at least.
- **Columns**: the runs of the region's x-axis some word covers, a gap wider than
  ``gap`` (the caller's: about half a character) setting two apart — a cell's padding
  keeps its neighbours' words apart, however they wrap.
- **Rows**: with a rule between every row, the bands between the rules. In a three-line
  table the body's rows are told apart by a narrow first column (序号): a line with words in
  it opens a row (a top-aligned cell) — unless lines come before the first number, when the
  cells are centred and a row runs from the widest gap before its number to the widest gap
  after it; with a wide first column, by the gaps between lines, a row's own lines being
  closer than its neighbours'.

- **Pages**: a table running to a page's foot with numbered rows goes on at the next
  page's head without its header (Word repeats one only when told to): the lines there that
  keep to its columns, from the next row's number on — and, above that number, the rest of
  a row the foot broke, given as a cut row is (its number's cell empty) to be joined to it;
  with its header repeated there, the lines between the header and the next number are such
  a rest too (for the PDF reader, which joins them across the header).

Each row is tab-separated cells, a cell's lines run on (bodies one a line kept apart, as in
``cells.py``; a line reaching its column's right edge wraps).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.readers.cells import cuts_a_name, join_cell_lines, reads_as_a_name, wraps_into


@dataclass(frozen=True)
class Word:
    """Text on a page: its box (top < bottom, downward) and characters."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Rule:
    """A horizontal line drawn on the page."""

    x0: float
    x1: float
    y: float


@dataclass(frozen=True)
class OpenTable:
    top: float
    bottom: float
    x0: float
    x1: float
    rows: list[str]  # tab-separated cells
    # the columns' extents, for its rows on the next page (``continued_table``)
    columns: tuple[tuple[float, float], ...] = ()
    # whether a number opens its rows (top-aligned cells), not stands amid them (centred)
    top_aligned: bool = True

    def holds(self, w: Word) -> bool:
        return self.top <= w.middle <= self.bottom and self.x0 <= (w.x0 + w.x1) / 2 <= self.x1

    def next_number(self) -> int | None:
        """The number the row after its last would have (its last row's number and one)."""
        first = self.rows[-1].split("\t", 1)[0].rstrip(".、．") if self.rows else ""
        return int(first) + 1 if first.isdigit() else None


@dataclass(frozen=True)
class Carried:
    """A table that ran to its page's foot: its columns and the number its next row has."""

    columns: tuple[tuple[float, float], ...]
    number: int
    top_aligned: bool = True


def tables_on_page(
    rules: list[Rule],
    text: str,
    words: Callable[[], list[Word]],
    snap: float,
    carried: Carried | None = None,
    rests: bool = False,
) -> list[OpenTable]:
    """A page's open tables: those its rules draw (``find_open_tables``), then those with no
    rules (``find_unruled_tables``) among the words left, and the rows at its head of a table
    ``carried`` from the page before (``continued_table``). ``text``: the page's characters
    outside its ruled tables, to tell whether a header's words stand there; ``words`` is
    called (a page's words cost a pass over it) only where three rules of one extent or such
    words stand, or a table is carried. The least space between columns is half the median
    word's height. ``rests``: under a table's header repeated at the head of a page a table is
    carried to, lines before the first number are the rest of the row the foot broke, given as
    a cut row is (its number's cell empty) for the caller to join to it (pdf.py does)."""
    ruled = bool(rule_runs(rules, snap))
    if not ruled and carried is None and not any(word in text for word in UNRULED_HINTS):
        return []
    found = words()
    if not found:
        return []
    heights = sorted(w.bottom - w.top for w in found)
    gap = heights[len(heights) // 2] * 0.5
    tables = find_open_tables(found, rules, snap, gap) if ruled else []
    rest = [w for w in found if not any(t.holds(w) for t in tables)]
    if carried is not None:
        above = min((t.top for t in tables), default=float("inf"))
        going_on = continued_table([w for w in rest if w.bottom < above], carried, gap)
        if going_on is not None:
            tables.append(going_on)
            rest = [w for w in rest if not going_on.holds(w)]
    rests = rests and carried is not None and carried.top_aligned  # (centred: a row's own)
    return tables + find_unruled_tables(rest, gap, rests=rests)


# lines (a page number, short) that may stand under a table at its page's foot for it to go on
# (and under a row the foot broke, for its rest at the next page's head to join it: pdf.py)
FOOT_LINES = 2
_FOOT_WIDTH = 12


def carried_on(opened: list[OpenTable], bottom: float, foot: str) -> Carried | None:
    """The open table a page ends with, to go on at the next page's head, if it runs to the
    foot (``bottom``: the last block's; ``foot``: the text under it, a page number at most)
    and numbers its rows."""
    last = max(opened, key=lambda t: t.bottom, default=None)
    if last is None or last.bottom < bottom or not last.columns:
        return None
    lines = [line for line in foot.split("\n") if line.strip()]
    if len(lines) > FOOT_LINES or any(len(line.strip()) > _FOOT_WIDTH for line in lines):
        return None
    number = last.next_number()
    return Carried(last.columns, number, last.top_aligned) if number is not None else None


# lines that may stand at a page's head above a table's rows going on (a running header),
# and how far down the page the next row's number is looked for (a broken row's rest above)
_HEAD_LINES = 2
_REST_LINES = 12


def continued_table(words: list[Word], carried: Carried, gap: float) -> OpenTable | None:
    """The rows at a page's head of a table that ran to the foot of the page before with no
    header repeated (Word repeats one only when told to): lines keeping to its columns, the
    first opening with the next row's number in the first column, down to the last line that
    keeps to them. None when the page does not open so."""
    lines = [_runs(line) for line in _lines(words)]
    columns = list(carried.columns)
    first = next(
        (
            k
            for k, line in enumerate(lines[:_REST_LINES])
            if _column_of(line[0], columns) == 0
            and line[0].text.rstrip(".、．") == str(carried.number)
        ),
        None,
    )
    if first is None or any(
        sum(1 for w in line if _HEADER_WORD.match(w.text)) >= 2 for line in lines[:first]
    ):
        return None  # (none, or the header repeated: a table of its own, found as one)
    # the rest of the row the page's foot broke, above: lines keeping to the columns, the
    # number's empty (joined to the row as a cut row is); a running header above them
    rest = first
    while (
        rest > 0
        and all(_keeps_to(w, columns, gap) for w in lines[rest - 1])
        and all(_column_of(w, columns) > 0 for w in lines[rest - 1])
    ):
        rest -= 1
    if rest > _HEAD_LINES:
        return None
    size = min(w.bottom - w.top for w in lines[first])
    j = first + 1
    while (
        j < len(lines)
        and _space(lines[j - 1], lines[j]) <= 2 * size
        and all(_keeps_to(w, columns, gap) for w in lines[j])
    ):
        j += 1
    j = _without_trailing_strays(lines, first, first, j, gap)
    region = [w for line in lines[rest:j] for w in line]
    broken = [[w for line in lines[rest:first] for w in line]] if rest < first else []
    return OpenTable(
        min(w.top for w in region) - 1,
        max(w.bottom for w in region) + 1,
        min(w.x0 for w in region),
        max(w.x1 for w in region),
        _rows([*broken, *_body_rows(lines[first:j], columns)], columns),
        carried.columns,
        carried.top_aligned,
    )


def _keeps_to(w: Word, columns: list[tuple[float, float]], gap: float) -> bool:
    """Whether a word stands inside one column (a character's slack either side)."""
    a, b = columns[_column_of(w, columns)]
    return a - 2 * gap <= w.x0 and w.x1 <= b + 2 * gap


def find_open_tables(
    words: list[Word], rules: list[Rule], snap: float, gap: float
) -> list[OpenTable]:
    """The open tables of a page (see the module doc). ``snap``: how far apart rules may
    be and still be one line or share an extent; ``gap``: the least space between columns."""
    out: list[OpenTable] = []
    for group in rule_runs(rules, snap):
        # rules of one extent may be two tables' (a table of goals, a colophon at the foot):
        # from each rule, the longest run of them that makes a table
        i = 0
        while i <= len(group) - 3:
            for j in range(len(group), i + 2, -1):
                table = _table_between(group[i:j], words, snap, gap)
                if table is not None:
                    out.append(table)
                    i = j
                    break
            else:
                i += 1
    return out


def _table_between(run: list[Rule], words: list[Word], snap: float, gap: float) -> OpenTable | None:
    x0, x1 = run[0].x0 - snap, run[0].x1 + snap
    inside = [w for w in words if run[0].y < w.middle < run[-1].y and x0 <= (w.x0 + w.x1) / 2 <= x1]
    rows = _table(run, inside, gap)
    if rows is None:
        return None
    return OpenTable(run[0].y, run[-1].y, x0, x1, rows, tuple(_columns(inside, gap)))


def _merged(rules: list[Rule], snap: float) -> list[Rule]:
    """Rules drawn in pieces or twice (a cell's bottom border and the next one's top) as one."""
    out: list[Rule] = []
    for r in sorted(rules, key=lambda r: (round(r.y / snap), r.x0)):
        last = out[-1] if out else None
        if last is not None and abs(r.y - last.y) <= snap and r.x0 <= last.x1 + snap:
            out[-1] = Rule(min(last.x0, r.x0), max(last.x1, r.x1), last.y)
        else:
            out.append(r)
    return out


def rule_runs(rules: list[Rule], snap: float) -> list[list[Rule]]:
    """Groups of three rules or more of one extent, top to bottom: where an open table may
    be (a page without one has none, and its words need not be read)."""
    groups: dict[tuple[int, int], list[Rule]] = {}
    for r in _merged(rules, snap):
        key = next(
            (
                k
                for k in groups
                if abs(k[0] * snap - r.x0) <= 2 * snap and abs(k[1] * snap - r.x1) <= 2 * snap
            ),
            (round(r.x0 / snap), round(r.x1 / snap)),
        )
        groups.setdefault(key, []).append(r)
    return [sorted(g, key=lambda r: r.y) for g in groups.values() if len(g) >= 3]


def _columns(words: list[Word], gap: float) -> list[tuple[float, float]]:
    spans: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: w.x0):
        if spans and w.x0 - spans[-1][1] < gap:
            spans[-1] = (spans[-1][0], max(spans[-1][1], w.x1))
        else:
            spans.append((w.x0, w.x1))
    return spans


def _column_of(w: Word, columns: list[tuple[float, float]]) -> int:
    """The column holding a word's centre (a column is a run some word covers, so one does)."""
    centre = (w.x0 + w.x1) / 2
    return next(
        (i for i, (a, b) in enumerate(columns) if a <= centre <= b),
        min(range(len(columns)), key=lambda i: abs(sum(columns[i]) / 2 - centre)),
    )


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words as lines, top to bottom, each left to right."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.middle):
        if lines and abs(w.middle - lines[-1][0].middle) < (w.bottom - w.top) * 0.5:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


_LATIN_END = re.compile(r"[A-Za-z0-9%]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")


def _joined(words: list[Word]) -> str:
    """A line's words (or characters) as text: a space only between Latin words set apart."""
    text, last = "", None
    for w in words:
        apart = last is not None and w.x0 - last.x1 > 0.25 * (w.bottom - w.top)
        space = apart and _LATIN_END.search(text) and _LATIN_START.match(w.text)
        text += (" " if space else "") + w.text
        last = w
    return text


def _cell(words: list[Word], right: float | None = None) -> str:
    """A cell's lines as one: a line that is no body's name wrapped and runs on into the next
    (县工业和信息化 / 局), as does one reaching the column's right edge (``right``; 市人力资源社
    / 会保障局, unless ``wraps_into`` says not); names, one a line, are a list (县商务局、县财政
    局), and anything else runs on (a cell's wraps are not spaces)."""
    lines = _lines(words)
    names: list[str] = []
    full = False
    for line in lines:
        text = _joined(line)
        if names and (
            not reads_as_a_name(names[-1])
            or cuts_a_name(names[-1], text)
            or (full and wraps_into(names[-1], text))
        ):
            names[-1] += text
        else:
            names.append(text)
        size = max(w.bottom - w.top for w in line)
        full = right is not None and max(w.x1 for w in line) >= right - size
    if len(names) > 1 and all(reads_as_a_name(name) for name in names):
        return join_cell_lines(names)
    return "".join(names)


def _table(run: list[Rule], words: list[Word], gap: float) -> list[str] | None:
    head = [w for w in words if w.middle < run[1].y]
    body = [w for w in words if w.middle > run[1].y]
    columns = _columns(words, gap)
    if len(columns) < 2 or not body:
        return None
    if len({_column_of(w, columns) for w in head}) < 2:
        return None
    if len(run) > 3:  # a rule between every row: the bands
        bands = [[w for w in words if a.y < w.middle < b.y] for a, b in itertools.pairwise(run)]
    else:
        bands = [head, *_body_rows(_lines(body), columns)]
    return _rows(bands, columns)


def _rows(bands: list[list[Word]], columns: list[tuple[float, float]]) -> list[str]:
    """Each band of words a row: its words column by column, tab-separated."""
    rows = []
    for band in bands:
        if not band:
            continue
        cells = [[w for w in band if _column_of(w, columns) == i] for i in range(len(columns))]
        rows.append(
            "\t".join(_cell(c, b) for c, (_, b) in zip(cells, columns, strict=True)).rstrip("\t")
        )
    return rows


# What a task table's or an indicator table's columns are called, each a cell of its header
_HEADER_WORD = re.compile(
    r"^(?:序号?|编号|重点任务|主要任务|工作任务|具体措施|工作措施|目标要求|工作目标|牵头单位|配合单位"
    r"|责任单位|主要责任单位|协同配合单位|责任部门|牵头部门|配合部门|完成时限|完成时间|时间节点"
    r"|指标名称|计量单位|单位|责任领导|项目名称|建设内容|建设规模及内容|建设地点|项目业主"
    r"|考核指标|考核内容|分值|考核标准|评分标准|考核部门|考核单位"
    r"|\d{4}年(?:目标|预期目标|计划|完成|实绩|基数)?)$"
)
# words that, somewhere on a page, make a table with no rules worth looking for
UNRULED_HINTS = (
    "牵头单位",
    "责任单位",
    "责任部门",
    "完成时限",
    "完成时间",
    "指标名称",
    "项目名称",
    "考核指标",
)
# a row's number in the first column: 1, 12, 一
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]?$")


def find_unruled_tables(words: list[Word], gap: float, rests: bool = False) -> list[OpenTable]:
    """Tables with no rules at all, found by their header: a line of three cells or more
    that name a task table's columns (序号, 重点任务, 牵头单位, 完成时限 …), each in a column of
    its own; the table runs down while its lines keep to the columns and stand no further
    apart than two lines, its rows from one 序号 to the next (as a three-line table's)."""
    lines = [_runs(line) for line in _lines(words)]
    out: list[OpenTable] = []
    i = 0
    while i < len(lines):
        found = _unruled_at(lines, i, gap, rests and not out)
        if found is None:
            i += 1
            continue
        table, i = found
        out.append(table)
    return out


def _runs(line: list[Word]) -> list[Word]:
    """A line's words (or characters, as an OFD gives them) joined into the runs a space of
    less than half a character does not part."""
    out: list[Word] = []
    for w in line:
        last = out[-1] if out else None
        if last is not None and w.x0 - last.x1 < 0.5 * (w.bottom - w.top):
            text = _joined([last, w])
            out[-1] = Word(last.x0, w.x1, min(last.top, w.top), max(last.bottom, w.bottom), text)
        else:
            out.append(w)
    return out


def _anchored(line: list[Word], columns: list[tuple[float, float]]) -> bool:
    return any(_column_of(w, columns) == 0 and _ROW_NUMBER.match(w.text) for w in line)


def _without_trailing_strays(
    lines: list[list[Word]], i: int, first: int, j: int, gap: float
) -> int:
    """Where the table ends: the lines after its last numbered row belong to that row only
    if each word starts inside the column it falls in — a signature or a note under the
    table (某县人民政府办公室, set from the margin) starts left of any cell's text."""
    while j - 1 > first:
        columns = _columns([w for line in lines[i : j - 1] for w in line], gap)
        line = lines[j - 1]
        if _anchored(line, columns):
            break
        if all(w.x0 >= columns[_column_of(w, columns)][0] - gap for w in line):
            break
        j -= 1
    return j


def _unruled_at(
    lines: list[list[Word]], i: int, gap: float, rest: bool = False
) -> tuple[OpenTable, int] | None:
    """The table whose header's line is ``lines[i]``, and the index of the line after it
    (``rest``: lines before its first number are the rest of a row broken before it)."""
    head = lines[i]
    if sum(1 for w in head if _HEADER_WORD.match(w.text)) < 3:
        return None
    size = min(w.bottom - w.top for w in head)
    start = i  # a header's cells set centred may put a wrapped one's first line above (序 / 号)
    while (
        start > 0
        and _space(lines[start - 1], lines[start]) < 0.5 * size
        and _within_cells(lines[start - 1], _header_cells(lines, i, size), size)
    ):
        start -= 1
    end = i + 1
    while end < len(lines) and _space(lines[end - 1], lines[end]) <= 2 * size:
        end += 1
    for j in range(end, i + 1, -1):  # the longest run of lines that keeps to columns
        columns = _columns([w for line in lines[start:j] for w in line], gap)
        if len(columns) < 3 or len({_column_of(w, columns) for w in head}) != len(head):
            continue
        first = next((k for k in range(i + 1, j) if _anchored(lines[k], columns)), None)
        if first is None:
            continue
        j = _without_trailing_strays(lines, start, first, j, gap)
        region = [w for line in lines[start:j] for w in line]
        columns = _columns(region, gap)
        # the header ends, and the first row begins, at the widest space before its number
        split = max(range(i + 1, first + 1), key=lambda k: (_space(lines[k - 1], lines[k]), -k))
        header = [w for line in lines[start:split] for w in line]
        # (a second row of the header's, under a cell spanning two: 责任分工 / 牵头单位 配合单位)
        under = split
        while under < first and all(_HEADER_WORD.match(w.text) for w in lines[under]):
            under += 1
        second = [[w for line in lines[split:under] for w in line]] if under > split else []
        table = OpenTable(
            min(w.top for w in header) - 1,  # (the page's text above stops short of it)
            max(w.bottom for w in lines[j - 1]) + 1,
            min(w.x0 for w in region),
            max(w.x1 for w in region),
            _rows([header, *second, *_body_rows(lines[under:j], columns, rest)], columns),
            tuple(columns),
            rest or _numbers_open_rows(lines[under:j], columns),
        )
        return table, j
    return None


def _header_cells(lines: list[list[Word]], i: int, size: float) -> list[Word]:
    """The words of the header's line ``lines[i]`` and of the line set close under it (a
    centred cell's second line, 号 under 序)."""
    below = lines[i + 1] if i + 1 < len(lines) else []
    close = bool(below) and _space(lines[i], below) < 0.5 * size
    return lines[i] + (below if close else [])


def _within_cells(line: list[Word], cells: list[Word], size: float) -> bool:
    """Whether each word of ``line`` stands over a header cell's word (its middle inside
    that word's extent) and crosses no other (a character either side): a centred cell's
    first line does (序 over 号), a line of prose set as tight above does not (the paragraph
    before a table set with Word's single spacing, a part's heading at the margin)."""
    return all(
        any(h.x0 <= (w.x0 + w.x1) / 2 <= h.x1 for h in cells)
        and sum(w.x0 < h.x1 + size and w.x1 > h.x0 - size for h in cells) == 1
        for w in line
    )


def _space(above: list[Word], below: list[Word]) -> float:
    """The space between two lines."""
    return min(w.top for w in below) - max(w.bottom for w in above)


def _numbers_open_rows(lines: list[list[Word]], columns: list[tuple[float, float]]) -> bool:
    """Whether a table's body opens with a number in its first column (its cells top-aligned:
    a number opens its row), not with lines above it (centred)."""
    return bool(lines) and any(_column_of(w, columns) == 0 for w in lines[0])


def _body_rows(
    lines: list[list[Word]], columns: list[tuple[float, float]], rest: bool = False
) -> list[list[Word]]:
    """The body's lines grouped into rows (see the module doc); ``rest``: the lines before
    the first number are a row of their own (the rest of one a page's foot broke), its
    number's cell empty."""
    first = columns[0]
    size = min(w.bottom - w.top for line in lines for w in line)
    narrow = first[1] - first[0] <= 4 * size
    anchors = [i for i, line in enumerate(lines) if any(_column_of(w, columns) == 0 for w in line)]
    if narrow and len(anchors) >= 1:
        if anchors[0] == 0 or rest:  # top-aligned cells: a number opens its row
            bounds = [0, *anchors, len(lines)] if anchors[0] else [*anchors, len(lines)]
        else:  # centred: rows part at the widest gap between two numbers
            bounds = [0]
            for a, b in itertools.pairwise(anchors):
                parts = [(_space(lines[i], lines[i + 1]), i + 1) for i in range(a, b)]
                bounds.append(max(parts)[1])
            bounds.append(len(lines))
        return [
            [w for line in lines[s:e] for w in line] for s, e in itertools.pairwise(bounds) if s < e
        ]
    # a wide first column: a row's lines are closer together than rows are
    gaps = [_space(lines[i], lines[i + 1]) for i in range(len(lines) - 1)]
    least = min(gaps, default=0.0)
    rows: list[list[Word]] = [list(lines[0])] if lines else []
    for g, line in zip(gaps, lines[1:], strict=False):
        if g > least + 0.3 * size:
            rows.append(list(line))
        else:
            rows[-1].extend(line)
    return rows
