"""The markers that open a heading line, in one place for the normaliser (a line that
starts a heading is never joined to the line before it) and the structure parser (which
builds the heading tree from them)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

# A line opening with the numbers of the items it gives out is no heading, though its first
# number is a marker's shape: （一）—（三）项由县发改局牵头，…, 1、2项工作由…
# (an item's number as a line giving items out writes it bare: 1, （1）, （一）; roles reads such
# lines too)
ITEM_NUMBER = r"(?:\d{1,3}|（(?:\d{1,3}|[一二三四五六七八九十]{1,3})）)"
_NOT_ITEMS_GIVEN_OUT = (
    rf"(?!{ITEM_NUMBER}(?:项?[—\-－–~～至到、和及]第?{ITEM_NUMBER}|(?<=）)(?=（){ITEM_NUMBER})*"
    r"项(?:任务|工作|措施|举措|事项)?(?:分别|均)?由)"
)

# (kind, pattern) in the order they are tried; the first group that matched is the marker
# (and group 2 the 章/节/部分 word of a chapter-like heading): read it with marker_of
HEADING_KINDS: list[tuple[str, re.Pattern[str]]] = [
    # a line wholly in square brackets, as a post's or an infographic's parts are headed
    # (【2025年成绩单】, 〔2026年重点工作〕 as the normaliser writes 【】): its words are its path;
    # not a note of bodies or roles alone on its line (【县发改局牵头】, 【责任单位】); or such a
    # name opening its entry's text, as a yearbook's entries are headed (【概况】 2024年，全市…,
    # the space gone by normalising), words and not a year (〔2026〕)
    (
        "boxed",
        re.compile(
            # (nor a bulletin's list of its items: 【本期要目】, 【目录】, 【本期导读】)
            r"^[【〔](?!(?:本期|内容)?(?:要目|目录|导读|提要)[】〕])"
            r"(?![^】〕]*(?:牵头|配合|负责|责任|协办|主办|参与|单位|部门))"
            r"(?=[^】〕]*[\u4e00-\u9fff])"
            r"([\u4e00-\u9fff\d“”]{2,20})(?<![局委办厅院所站队社司])[】〕]"
        ),
    ),
    # (not a sentence opening with a part it gives out: 第一部分工作由县发改局牵头，…)
    # (a part, 篇 or 部分, holds chapters: an outline's 第一篇 over 第一章, numbered through)
    (
        "part",
        re.compile(
            r"^第([一二三四五六七八九十百零〇\d]+)(部分|部(?!分)|篇|编)"
            r"(?!(?:的)?(?:工作|任务|内容)?(?:由|要|须|应|请))"
        ),
    ),
    (
        "chapter",
        re.compile(
            r"^第([一二三四五六七八九十百零〇\d]+)(章)(?!(?:的)?(?:工作|任务|内容)?(?:由|要|须|应|请))"
        ),
    ),
    ("section", re.compile(r"^第([一二三四五六七八九十百零〇\d]+)(节)")),
    ("article", re.compile(r"^第([一二三四五六七八九十百零〇\d]+)(条)")),
    # 一、 — or 一. 一． as half-width and hurried drafts write it, or 一 总体要求 with a space
    # for the 、 where the heading stands alone on its line (not a sentence, nor words spaced
    # out by a justified line: 一 批 重 点 项 目)
    (
        "cn",
        re.compile(
            r"^([一二三四五六七八九十百零〇]{1,3})"
            # (a year may follow the dot, as it may 1.: 一.2025年工作回顾)
            r"(?:、|[.．](?!\d)|[.．](?=(?:19|20)\d{2}年)"
            r"|[ \u3000]+(?=[\u4e00-\u9fff][^\s，。；：,;:]{1,24}$))"
        ),
    ),
    # 壹、 as the capital numerals of accounts write it, and Ⅰ. in Roman numerals (U+2160…):
    # parts, as some plans number their top level above 一、
    ("capital", re.compile(r"^([壹贰叁肆伍陆柒捌玖拾]{1,3})(?:、|[.．](?!\d))")),
    ("roman", re.compile(r"^([Ⅰ-Ⅻ])(?:、|[.．](?!\d)|\s+(?=\S))")),
    # ㈠ ㈡ … ㈩ (U+3220…), one character each as Word's symbols give them, are （一）
    # (a separator drafters put after the bracket, （一）、 or (一)., is the marker's)
    (
        "cn_paren",
        re.compile(
            rf"^{_NOT_ITEMS_GIVEN_OUT}"
            r"(?:（([一二三四五六七八九十百零〇]{1,3})）|([㈠-㈩]))(?:[、.．](?!\d))?"
        ),
    ),
    # 一） or 一) without its opening bracket, as some drafters write （一）; not a bracket
    # closing a numeral and then the sentence
    ("cn_close", re.compile(r"^([一二三四五六七八九十]{1,3})[）)](?![\d%，。；、：）)])(?=\s*\S)")),
    # parts headed as posts and slides head them: PART 01 (Part1) and a numeral in square
    # brackets, 【一】 (〔一〕 as the normaliser writes 【】), each a kind of its own
    (
        "latin_part",
        re.compile(
            r"^(?:PART|Part|part)[ \u3000]*(\d{1,2})"
            # (a year may follow a bar: PART 01｜2025年工作回顾)
            r"(?:[ \u3000]*[丨｜|/:：.、][ \u3000]*(?=[\u4e00-\u9fff\d])|[ \u3000]*(?=[\u4e00-\u9fff]))"
        ),
    ),
    (
        "cn_boxed",
        re.compile(r"^[【〔]([一二三四五六七八九十]{1,3})[】〕](?=[ \u3000]*[\u4e00-\u9fff])"),
    ),
    # parts numbered as posts and slides number them: two digits, a zero first, then a bar, a
    # slash, a dun, a dot or a space (01丨发展目标, 01｜, 01|, 01/, 01、, 01., 01 发展目标 — the
    # space only where the normaliser kept it: PADDED_SPACED) — a kind of their own, above the
    # items numbered 1. under them
    (
        "padded",
        re.compile(
            r"^(0[1-9])(?:[ \u3000]*[丨｜|/][ \u3000]*(?=[\u4e00-\u9fff\d])"
            r"|(?:、|[.．](?!\d)|[ \u3000]+)(?=[\u4e00-\u9fff]))"
        ),
    ),
    # 1. or 1、 — not a decimal (1.5万亩), but a year may follow (2.2024年、2025年…)
    # ⒈ ⒉ … (U+2488…) and ⑴ ⑵ … (U+2474…), one character each as Word's autoformat leaves
    # them, are 1. and （1）
    # (and a keycap emoji, 1️⃣: the digit, an emoji selector, the keycap, as posts number items)
    (
        "num",
        re.compile(
            rf"^{_NOT_ITEMS_GIVEN_OUT}"
            r"(?:(\d{1,3})(?:、|\.(?!\d)|\.(?=(?:19|20)\d{2}年)|\ufe0f?\u20e3)|([⒈-⒛]))"
        ),
    ),
    (
        "num_paren",
        re.compile(rf"^{_NOT_ITEMS_GIVEN_OUT}(?:（(\d{{1,3}})）|([⑴-⒇]))(?:[、.．](?!\d))?"),
    ),
    # 1） or 1) without its opening bracket; not a bracket closing a number and then the
    # sentence (…（详见附件5）。)
    ("num_close", re.compile(r"^(\d{1,3})[）)](?![\d%，。；、：）)])(?=\s*\S)")),
    ("circled", re.compile(r"^([①-⑳])")),
    # 1 / 3.1 / 3.1.1 and a space, as outlines numbered in decimals write them (the
    # normaliser keeps that space only in a document so outlined: see DECIMAL_OUTLINE)
    ("decimal", re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3}) +(?=[\u4e00-\u9fff“（])")),
    # a labelled action or task holding the items after it: 行动一：整车提升行动, 任务2：…
    (
        "action",
        re.compile(
            r"^((?:重点任务|专项行动|行动|任务|工程|举措|专项)(?:[一二三四五六七八九十]{1,3}|\d{1,2}))"
            r"(?:[：:]|[\s\u3000]+)(?=\S)"
        ),
    ),
]

# A mark some plans set before a heading's marker to single it out (★1. for a key task, ▲ for
# one new this year, under a note saying so: 注：标★的为年度重点攻坚任务): no part of the
# heading, nor a reason to read the line as anything else.
# (and the emoji and symbols a social media post sets before its headings: 📌一、, ✅1., 👉, ▶,
# 🔹 — arrows, shapes, dingbats but their circled numbers ❶…, pictographs; an emoji's variation
# selector after it)
_MARK_SYMBOLS = (
    "★☆▲△◆◇■□●○※"
    "\u2190-\u21ff\u25a0-\u25ff\u2600-\u2775\u2794-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
)
PRIORITY_MARK = re.compile(rf"^(?:[{_MARK_SYMBOLS}]\ufe0f?)+\s*(?=\S)")

HEADING_START = re.compile(
    f"^(?:{PRIORITY_MARK.pattern.removeprefix('^')})?(?:"
    + "|".join(f"(?:{rx.pattern.removeprefix('^')})" for _, rx in HEADING_KINDS)
    + ")"
)

# A line opening with a number of two levels or more and a space, then words (3.1 建设…):
# two such lines make a document outlined in decimals.
DECIMAL_OUTLINE = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2}){1,3}[ \u3000]+[\u4e00-\u9fff]")
# where the space after such a number stands (kept by the normaliser in such a document)
DECIMAL_SPACE = re.compile(
    r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,2}){0,3}([ \u3000]+)(?=[\u4e00-\u9fff“（])"
)


# A part's number set apart from its name by a space (一 总体要求, 二　重点任务), the heading
# alone on its line: two such lines make the space a heading's mark, kept by the normaliser
# (which otherwise deletes spaces between Chinese characters)
CN_SPACED = re.compile(
    r"(?m)^[ \t\u3000]*[一二三四五六七八九十百零〇]{1,3}([ \u3000]+)"
    r"(?=[\u4e00-\u9fff][^\s，。；：,;:]{1,24}[ \t\u3000]*$)"
)


# An action or task numbered in its label, set apart from its name by a space (行动一 提升产业能级,
# 工程二　人才引育工程), alone on its line or its name a sentence the item's text runs on after
# (任务一　发展花卉产业。到2026年… — found probing, session 62): two such lines make the space the
# label's end, kept by the normaliser (the action heading reads it so)
ACTION_SPACED = re.compile(
    r"(?m)^[ \t\u3000]*(?:重点任务|专项行动|行动|任务|工程|举措|专项)(?:[一二三四五六七八九十]{1,3}|\d{1,2})"
    r"([ \u3000]+)(?=[\u4e00-\u9fff“][^\s，。；：,;:]{1,30}(?:[ \t\u3000]*$|。))"
)


# A part numbered with two digits, a zero first, and a space, alone on its line with its short
# name (01 发展目标, 02　重点任务), as posts and slides number their parts: two such lines make
# the space a heading's mark, kept by the normaliser (it reads then as a decimal heading, 01)
PADDED_SPACED = re.compile(
    r"(?m)^[ \t\u3000]*0[1-9]([ \u3000]+)(?=[\u4e00-\u9fff][^\s，。；：,;:]{1,24}[ \t\u3000]*$)"
)


def decimal_kind(number: str) -> str:
    """The heading kind of a decimal outline's number: one for each depth (3.1 → decimal2)."""
    return f"decimal{number.count('.') + 1}"


# An attachment's label on a line of its own (附件1, 附件2：重点任务分工表, 附表): group 1 件 or
# 表, group 2 its number, group 3 the title after a colon.
APPENDIX = re.compile(r"^附\s*([件表])\s*([\d一二三四五六七八九十]*)\s*(?:[：:]\s*(.*))?$")


_CHAPTER_LIKE = ("part", "chapter", "section", "article")

# A table of contents (目录, 目　　录) lists the headings before the text, each entry ending
# in its page number after dotted leaders (第一章　发展基础……1) or, as Word's field leaves
# it, a tab; leaders alone mark an entry even without the 目录 line. A page's contents, a
# list of links to its headings, has no page numbers (nor has Word's field set for the web):
# its entries are the headings' own lines, written again below in the same order.
_TOC_TITLE = re.compile(r"^目\s*录$")
_TOC_ENTRY = re.compile(r"(?:…{2,}|[.．·⋯‥•]{4,})\s*\d{1,4}$")
_TOC_PAGE = re.compile(r"(?:\t|\s{2,}|[…．.·⋯‥•]+)\s*\d{1,4}$")
# (after a 目录 line, a heading's words and its page number after one space, which the
# normaliser closes up as it does between words and figures: 第一章 发展基础 1 → 第一章发展基础1)
_TOC_GLUED_PAGE = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,4}$")
# a line that could be an entry with no page number: a heading's words, no sentence, no cells
_ENTRY_LIKE = re.compile(r"^[^\t。；！？;!?]{2,60}$")
# a page number after a tab, closing an entry (compared without it)
_TAB_PAGE = re.compile(r"\t\s*\d{1,4}$")
# the most entries an outline is looked for in (a longer run of short lines is a list's)
_MOST_ENTRIES = 300
# how many of a key's first characters index it (an entry is looked for by them)
_KEY_START = 2


@lru_cache(maxsize=8)
def contents_of(text: str) -> frozenset[int]:
    """``table_of_contents`` of a text's lines (its ``\n``-parted lines), read once for the
    structure, the markup's headings and the metadata of one text."""
    return frozenset(table_of_contents(text.split("\n")))


def table_of_contents(lines: list[str]) -> set[int]:
    """The indexes of the lines of a table of contents: its 目录 line and its entries (an
    entry with leaders anywhere; after a 目录 line, any line ending in a page number until
    one does not, blank lines between — a heading's with its number closed up too), and the
    entries of one with no page numbers (``_outline``)."""
    out: set[int] = set()
    in_toc = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if _TOC_TITLE.match(line):
            in_toc = True
        elif not (
            _TOC_ENTRY.search(line)
            or (in_toc and _TOC_PAGE.search(line))
            or (in_toc and HEADING_START.match(line) and _TOC_GLUED_PAGE.search(line))
        ):
            in_toc = False
            continue
        out.add(i)
    return out | _outline(lines)


def _entry(line: str) -> str:
    """A line's words as an entry's: without a page number after a tab (一、发展基础\t1, Word's
    field with no 目录 line over it)."""
    return _TAB_PAGE.sub("", line.strip())


def _outline(lines: list[str]) -> set[int]:
    """The entries of a table of contents with no page numbers (or with them after a tab but
    no 目录 line over them): a run of lines, each a heading's words (no sentence), ended by a
    line it already holds (the text's first heading, right after the contents), whose lines
    are written again after it in the same order — the text's headings, alone on their lines
    or opening a paragraph (（一）设施提升。…). Its first entry must be, and two thirds of its
    entries up to the last written again (an entry the text words otherwise is kept between
    them): two or more under a 目录 line, three or more without one."""
    keyed = [(i, line_key(_entry(line))) for i, line in enumerate(lines) if line.strip()]
    by_start: dict[str, list[int]] = {}  # a key's first characters → its places in ``keyed``
    for n, (_, key) in enumerate(keyed):
        by_start.setdefault(key[:_KEY_START], []).append(n)

    def again(n: int, start: int) -> int | None:
        """The first place from ``start`` on whose line opens with the words of ``n``'s."""
        key = keyed[n][1]
        places = by_start.get(key[:_KEY_START], [])
        for k in range(bisect.bisect_left(places, start), len(places)):
            if keyed[places[k]][1].startswith(key):
                return places[k]
        return None

    def entry_like(n: int) -> bool:
        return bool(keyed[n][1]) and bool(_ENTRY_LIKE.match(_entry(lines[keyed[n][0]])))

    out: set[int] = set()
    n = 0
    while n < len(keyed):
        if not entry_like(n) or again(n, n + 1) is None:
            n += 1
            continue
        m, held = n, set()
        while (
            m < len(keyed) and m - n < _MOST_ENTRIES and entry_like(m) and keyed[m][1] not in held
        ):
            held.add(keyed[m][1])
            m += 1
        at, matched = m, []
        for r in range(n, m):
            if (place := again(r, at)) is not None:
                matched.append(r)
                at = place + 1
        titled = n > 0 and bool(_TOC_TITLE.match(lines[keyed[n - 1][0]].strip()))
        if (
            matched
            and matched[0] == n
            and len(matched) >= (2 if titled else 3)
            and 3 * len(matched) >= 2 * (matched[-1] - n + 1)
        ):
            out.update(keyed[r][0] for r in range(n, matched[-1] + 1))
            n = matched[-1] + 1
        else:
            n += 1
    return out


# the Chinese numerals one to ten, in order (三 is CN_DIGITS[2])
CN_DIGITS = "一二三四五六七八九十"


def small_numeral(marker: str) -> int | None:
    """A heading's number one to ten, in digits or in one Chinese numeral: 3 → 3, 三 → 3;
    else None (not ①, which ``str.isdigit`` takes for a digit)."""
    if marker.isascii() and marker.isdigit():
        return int(marker)
    return CN_DIGITS.index(marker) + 1 if len(marker) == 1 and marker in CN_DIGITS else None


def marker_of(kind: str, m: re.Match[str]) -> str:
    """A heading's marker as its path writes it: 第一章, 一, 一 (of （一） or ㈠), 1 (of 1., ⒈
    or 01.), 1 (of （1） or ⑴)."""
    if kind in _CHAPTER_LIKE:
        return "第" + "".join(m.groups())
    marker = next(g for g in m.groups() if g)
    if "⒈" <= marker <= "⒛":
        return str(ord(marker) - ord("⒈") + 1)
    if "⑴" <= marker <= "⒇":
        return str(ord(marker) - ord("⑴") + 1)
    if "㈠" <= marker <= "㈩":
        return CN_DIGITS[ord(marker) - ord("㈠")]
    if kind == "decimal":  # 3.1.1: its own number, under 3.1 under 3
        marker = marker.rsplit(".", 1)[-1]
    return unpadded(marker)


def unpadded(number: str) -> str:
    """A number padded with zeros (01, as spreadsheets and some drafts write it) as its
    number (1); anything else as it is (① stays ①)."""
    return str(int(number)) if number.isascii() and number.isdigit() else number


def line_key(words: str) -> str:
    """What a heading's line is known by across the readers and the normaliser: its letters,
    digits and characters, nothing else (the normaliser may change its punctuation and
    spaces)."""
    return _NOT_A_WORD.sub("", words)


_NOT_A_WORD = re.compile(r"[\W_]+")
