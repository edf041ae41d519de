"""Headings the markup gives and no marker numbers (pure).

A page's ``<h2>发展目标</h2>``, a Markdown ``## 重点任务``, a Word paragraph in the style
Heading 2, a line set wholly in bold (``<p><strong>发展目标</strong></p>``, ``**发展目标**``):
the drafter numbered nothing, the markup says what is a heading. The readers pass
these lines on (``RawDocument.headings``: level and words, in document order); this module
finds them in the normalised text and keeps those that head parts of the body — not the
document's title or issuer above it, nor a page's furniture (相关链接) — for the structure
parser, which reads them as headings of a kind for each level, their words their path
(``重点任务.做强食品产业``).

Where the markup heads no parts — a plain text has no markup; a Word file or a PDF may set its
parts' lines apart by their typeface alone (黑体 at the body's size) — the lines standing alone
over a paragraph are taken for its headings (``standing_headings``), as a page copied as text
leaves its bold lines, and judged the same way.

A document that numbers its parts itself (一、, 第一章, 01丨 …, in the markup's headings or in
its paragraphs) is read by its markers alone: there an unnumbered heading of the markup is a
title, a box's caption or a page's furniture, not a part.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ingest.furniture import RECOMMENDED, is_furniture
from ingest.headings import (
    APPENDIX,
    HEADING_KINDS,
    HEADING_START,
    PRIORITY_MARK,
    contents_of,
    line_key,
)
from ingest.meta import TITLE_WORDS, is_issuer
from ingest.role_labels import BODY_NAME_END

# the kinds that number a document's top parts: where any line opens with one, the markers
# give the tree
_PART_KINDS = ("part", "chapter", "cn", "capital", "roman", "latin_part", "cn_boxed", "padded")
_PART_START = re.compile(
    "|".join(f"(?:{rx.pattern})" for kind, rx in HEADING_KINDS if kind in _PART_KINDS)
)
# the level of a line set wholly in bold (<p><strong>发展目标</strong></p>, **发展目标**, a Word
# paragraph of bold runs): a heading below every level the markup names
BOLD_LINE_LEVEL = 7
_SENTENCE = re.compile(r"[，。；：,;:！？]")
_DATE = re.compile(r"^\d{4}年\d{1,2}月(?:\d{1,2}日)?$")
# a red-letter head (某县人民政府文件) or a document's number (某政发〔2026〕1号) set as a heading;
# a note wholly in brackets (（此件公开发布）) or a notice's closing formula (特此通知)
_LETTERHEAD = re.compile(
    r"文件$|[〔\[［(（]\d{4}[〕\]］)）]\d+号$|^[（(【〔\[].*[）)】〕\]]$|^特此(?:通知|通告|公告|报告|批复|函告)"
)
# a table's, a figure's or a box's caption (表1　主要预期目标, 附表2, 专栏3　重点项目): it names what
# it stands over, no part of the body
_CAPTION = re.compile(r"^(?:附?表|图|专栏)\s*[\d一二三四五六七八九十]+")
# a heading longer than this is a paragraph set in a heading's style, not a part's name
_LONGEST = 40


def _cjk(words: str) -> int:
    return sum(1 for ch in words if "\u4e00" <= ch <= "\u9fff")


def _heads_no_part(words: str, plain: bool = False) -> bool:
    """A line the markup sets as a heading that is no part's: a document's title (a kind of
    document named, 工作方案, 通知), the issuer's name, a red-letter head (…人民政府文件) or a
    document number, a table's or a box's caption (表1…, 专栏2…), a note in brackets (（此件公开发布）), a closing formula (特此通知), a date,
    a subtitle (——在…会议上), a page's furniture, a sentence or a paragraph in a heading's
    style. ``plain``: a line of a plain text, standing alone — a body's name only when the
    whole line is an issuer's (区政府召开经济运行分析会 is a news item's headline)."""
    return (
        len(words) > _LONGEST
        or _cjk(words) < 2
        or bool(_SENTENCE.search(words))
        or words.startswith(("——", "—", "--"))
        or bool(TITLE_WORDS.search(words) and _cjk(words) >= 6)
        or (is_issuer(words) if plain else bool(BODY_NAME_END.search(words)))
        or bool(_DATE.match(words))
        or bool(_LETTERHEAD.search(words))
        or bool(_CAPTION.match(words))
        or is_furniture(words)
        or bool(RECOMMENDED.fullmatch(words))
    )


def given_headings(text: str, headings: Sequence[tuple[int, str]]) -> dict[int, int]:
    """Where in ``text`` (normalised) the headings of the markup start, and their levels (1
    for ``<h1>``, ``#`` or Heading 1): the unnumbered ones that head parts of the body, and
    with them the numbered ones (read by their markers; their levels say what the unnumbered
    ones under them are under). Each heading is looked for in order, from where the last was
    found. None when fewer than two unnumbered ones are left (one heading makes no tree), or
    when the document numbers its parts outside the markup's headings (一、 in a paragraph: an
    unnumbered heading is then a title or a box's caption); where the markup's headings
    number the parts themselves (## 一、…), only the unnumbered ones below them are kept."""
    if not headings:
        return {}
    starts = _lines(text)
    lines_by_key: dict[str, list[int]] = {}  # a line's key → the indices of its lines
    for i, (_, line) in enumerate(starts):
        lines_by_key.setdefault(line_key(line), []).append(i)
    located: list[tuple[int, int, str]] = []  # (index in ``starts``, level, line)
    at = 0  # the index in ``starts`` to look from
    for level, words in headings:
        found_at = lines_by_key.get(line_key(words) or "\0", [])
        k = bisect.bisect_left(found_at, at)
        if k == len(found_at):
            continue  # not in the text (after the last found): navigation the reader dropped
        index = found_at[k]
        at = index + 1
        located.append((index, level, starts[index][1]))
    return _heading_parts(starts, located)


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of every line of ``text`` with words, stripped — but a table of
    contents' (its entries repeat the headings' words)."""
    lines = text.split("\n")
    contents = contents_of(text)
    starts: list[tuple[int, str]] = []
    pos = 0
    for i, line in enumerate(lines):
        if line.strip() and i not in contents:
            starts.append((pos, line.strip()))
        pos += len(line) + 1
    return starts


def _heading_parts(
    starts: list[tuple[int, str]], located: list[tuple[int, int, str]], plain: bool = False
) -> dict[int, int]:
    """Of the lines set as headings (index in ``starts``, level, line), those heading parts,
    by offset (see ``given_headings``); ``plain``: lines of a plain text standing alone."""
    if 2 * sum(1 for _, level, _ in located if level == BOLD_LINE_LEVEL) > len(starts):
        # most lines in bold (a page or a file set bold throughout): bold marks no heading
        located = [h for h in located if h[1] != BOLD_LINE_LEVEL]
    parts = {
        i for i, (_, line) in enumerate(starts) if _PART_START.match(PRIORITY_MARK.sub("", line))
    }
    numbered = {i: level for i, level, line in located if HEADING_START.match(line)}
    if not parts <= set(numbered):
        return {}  # parts numbered in the paragraphs: the markers give the tree
    below = max((numbered[i] for i in parts), default=0)  # (the markup's parts' level)
    found: dict[int, int] = {}
    for index, level, line in located:
        if index in numbered or level <= below:
            continue  # (read by its marker; or beside the numbered parts: no part)
        if index == 0 and not any(lv <= level for i, lv, _ in located if i != index):
            continue  # the first line, over every other heading: the document's title
        if not _heads_no_part(heading_words(line) if plain else line, plain):
            found[starts[index][0]] = level
    if len(found) < 2:
        return {}
    return found | {starts[i][0]: level for i, level in numbered.items()}


# a mark a heading opens with and its words do not hold: a bar or a bullet, as a post copied
# from an account sets its parts' lines (▍发展目标, ■ 重点任务)
_GLYPH = re.compile(r"^[▍▌▎▐█■□◆◇●○◉▶►▷▲△★☆◎❖◼◾▪]+\s*")
# a note closing a heading's line, of the bodies answering for its part (…（县财政局负责）)
_CLOSING_NOTE = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(][^（）()]*(?:牵头|负责|配合|协助|协同|参与|主办|责任单位|责任部门)"
    r"[^（）()]*[）)]\s*$"
)
# plain text: a line standing alone is a heading when it is short (at most this many
# characters), says no sentence, and a paragraph or a table follows it
_STANDING_LONGEST = 20
_PARAGRAPH = re.compile(r"[。；！？]")
# a line ending as a document's title does, naming its kind (方案, 工作要点, 的通知)
_TITLE_END = re.compile(rf"(?:{TITLE_WORDS.pattern})$")
# the names the genre gives a plan's top parts: where lines stand alone over others, these stay
# at the top (保障措施 after the tasks under 重点任务)
TOP_PART = re.compile(
    r"(?:总体|工作|发展|主要|基本|目标)(?:要求|目标|思路|原则|任务)|指导思想|目标任务"
    r"|(?:重点|主要|工作|具体)(?:任务|工作|举措|措施)|(?:保障|政策|工作|支持|配套|推进)措施"
    r"|组织(?:保障|领导|实施)|(?:实施|推进|进度)(?:步骤|安排)|职责分工|工作要求|附则"
)


def _runs(indexes: list[int]) -> list[list[int]]:
    """``indexes`` (ascending) in runs of consecutive ones: [1, 2, 3, 7] → [[1, 2, 3], [7]]."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def heading_words(line: str) -> str:
    """A heading's words, without a bar or a bullet opening its line, nor a colon or a note of
    the bodies answering for the part closing it (发展目标：, 重点任务（县农业农村局牵头，…）)."""
    return _CLOSING_NOTE.sub("", _GLYPH.sub("", line.strip())).rstrip("：:")


def path_words(line: str) -> str:
    """A markup heading's words as a segment of a path: no bar or bullet, no spaces, and no
    ``.`` (which joins the segments)."""
    return re.sub(r"\s+", "", heading_words(line)).replace(".", "·")


def standing_headings(text: str) -> dict[int, int]:
    """Where the headings of a plain text (normalised) start, and their levels, as a page
    copied as text leaves its bold lines: lines standing alone (``发展目标``, ``▍主要任务``) —
    short, no sentence, no number, not the first line (the title) — each with a paragraph
    after it (a line saying a sentence) or a table (its rows' cells parted by tabs, as the
    readers write them; a row is no heading). A line standing over another heading, after a
    paragraph, heads it: over a numbered one (``重点任务`` / ``（一）做强食品产业``) it is a part
    as the others are; over one standing alone (``重点任务`` / ``推进种植基地提质``) it is a level
    above, and the lines standing alone after it are under it until one names a plan's top
    part (``保障措施``) or stands over another. Three or more in a row, after a paragraph, are a
    list its first line heads (``重点项目`` / its projects' names / their paragraph). Where the
    paragraphs number the parts (二、…),
    the lines standing alone inside them head parts of theirs (``二.推动技术改造``). Judged as the
    markup's headings are (``given_headings``)."""
    starts = _lines(text)
    lines = [line for _, line in starts]
    first_paragraph = next((i for i, line in enumerate(lines) if _PARAGRAPH.search(line)), 0)

    def short(i: int) -> bool:  # a line that could head a part
        words = heading_words(lines[i])
        return (
            len(words) <= _STANDING_LONGEST
            and "\t" not in words  # (a table's row, its header too)
            and _cjk(words) >= 2
            and not _SENTENCE.search(words)
            and not HEADING_START.match(words)  # (numbered: read by its marker)
            and not APPENDIX.match(words)
            and not _heads_no_part(words, plain=True)  # (（区政府办公室供稿）, a date …)
            # (nor a title's last line, naming its kind under the rest, above the first
            # paragraph: …发展工作 / 方案)
            and not (_TITLE_END.search(words) and i < first_paragraph)
        )

    def over_text(i: int) -> bool:  # a paragraph or a table after it
        after, before = lines[i + 1], lines[i - 1]
        # (not a row naming a group of a table's rows in words, 产业集群提升, between its rows)
        return (
            "\t" not in after
            and bool(_PARAGRAPH.search(after))
            and len(after) > len(heading_words(lines[i]))
        ) or ("\t" in after and "\t" not in before)

    def after_text(i: int) -> bool:  # a paragraph or a table before it
        return bool(_PARAGRAPH.search(lines[i - 1])) or "\t" in lines[i - 1]

    can_head = [i for i in range(1, len(lines) - 1) if short(i)]
    heads = {i for i in can_head if over_text(i)}
    # three or more such lines in a row over a paragraph, after one, are a list the first
    # heads (重点项目 / 古城街区改造 / 温泉小镇 / 滨河绿道 / 上述项目…): its items head nothing
    # (not a bulletin's list of its items' headlines under 【本期要目】, the first over its item)
    listed: set[int] = set()
    for run in _runs(can_head):
        if len(run) >= 3 and over_text(run[-1]) and after_text(run[0]):
            heads.add(run[0])
            listed.update(run[1:])
    heads -= listed
    can_head = [i for i in can_head if i not in listed]
    # (a line over another heads it only after a paragraph: not a list of the items'
    # headlines, nor a compiler's line under the title, 某某研究室 编)
    over = {i for i in can_head if i not in heads and after_text(i)}
    over_standing = {i for i in over if i + 1 in heads}
    over_numbered = {i for i in over if HEADING_START.match(heading_words(lines[i + 1]))}
    parts = [i for i, line in enumerate(lines) if _PART_START.match(PRIORITY_MARK.sub("", line))]
    if parts:
        # parts numbered in the paragraphs (二、重点任务): the lines standing alone over
        # paragraphs inside them head parts of theirs (二.推动技术改造), as unnumbered
        # headings of the markup under its numbered parts do — not a name of a plan's top
        # part (保障措施 beside 一、…: no part of 一)
        inside = [
            (i, 2, lines[i])
            for i in sorted(heads)
            if i > parts[0] and not TOP_PART.fullmatch(heading_words(lines[i]))
        ]
        if not inside:
            return {}
        return _heading_parts(starts, [*((i, 1, lines[i]) for i in parts), *inside], plain=True)
    located: list[tuple[int, int, str]] = []
    below = False  # in the run of lines under one standing over a line standing alone
    for i in sorted(heads | over_standing | over_numbered):
        if i in over_standing or i in over_numbered:
            level, below = 1, i in over_standing
        elif below and not TOP_PART.fullmatch(heading_words(lines[i])):
            level = 2
        else:
            level, below = 1, False
        located.append((i, level, lines[i]))
    return _heading_parts(starts, located, plain=True)
