"""Normalise a document's text for extraction, keeping a map back to the original.

What changes (every change is a 1:1 replacement, a deletion, for tables laid out in
spaces or one cell a line a reordering or a repeated merged cell, or a line break put back
where a text lost its own, so each normalised character points at one original character —
a break put back at the character after it):

* full-width ASCII letters and digits become half-width (`２０２５` → `2025`),
  `％` → `%`, and half-width brackets, commas, colons and semicolons become
  the full-width forms Chinese text uses (`(四)` → `（四）`), except between
  digits (`1,320`, `10:30`); a half-width `.` after Chinese is a full stop `。`
  (`稳中向好.`), not between digits or after a heading number;
* look-alike radicals a PDF's text layer gives for common characters become those
  characters (`⼯业` → `工业`, `⻓三⻆` → `长三角`);
* a year written in Chinese numerals is written in digits (`二〇二七年` → `2027年`,
  one character for one);
* straight double quotes around Chinese (`"一网通办"`) and corner quotes (`「链长制」`)
  become the curly quotes Chinese text uses (`“一网通办”`);
* traditional characters become simplified (character by character) when
  the text is traditional;
* spaces between Chinese characters and digits or Latin letters are removed
  (`1320 亿元` → `1320亿元`, `5G 基站` → `5G基站`), as are leading and trailing
  spaces of lines;
* a line broken mid-sentence by a page break is joined to its continuation
  (`一般公共预算` / blank line / `收入增长 4%左右`), and so is one broken by a soft line
  break (U+2028, which the .docx reader writes for Shift+Enter); other soft breaks
  become newlines;
* a table laid out in spaces (as `pdftotext -layout` leaves one: cells set apart by runs
  of spaces, a long cell wrapped onto the next lines under itself) becomes rows of
  tab-separated cells, as the other readers write tables, each wrapped cell whole — the
  one change that reorders characters (a wrapped cell's next line comes before the
  row's next cell), each still pointing at its original; so does a table one cell a line
  (a PDF viewer's copy, a word processor's "save as text": see ``_cell_per_line_tables``),
  one whose cells one space sets apart (``_space_set_tables``) and a box-drawn table whose
  rows run over several lines between its rules (``_wrapped_ruled_rows``);
* a document number's brackets as retyped or OCR'd (`[2026]`, `(2026)`, `【2026 ]`) become
  〔〕, and OCR's `一` between two years a dash;
* a text whose line breaks were lost (one line holding two top-level headings or more
  after a sentence's or a note's end, as a crawler's copy or a page's single `<p>` leaves
  it) is broken again before its headings, at its runs of spaces and after a note closing
  a paragraph (see ``_lost_breaks``), and is not read as hard-wrapped;
* page-number lines (`- 2 -`, `—3—`, `第 4 页`) are dropped, and so are the lines a
  bilingual page writes in Mongolian, Tibetan, Uyghur's Arabic letters, Korean or Yi beside
  the Chinese they translate (see ``_translation_lines``);
* hard-wrapped text (PDF text layers and plain-text exports give one line per
  printed line) is joined back into paragraphs: a line as wide as the page's
  lines that does not end a sentence continues on the next line unless that
  starts a heading (see ``_wrap_spans``).

``Normalised.orig(i)`` gives the original offset of normalised offset ``i``;
``Normalised.span(a, b)`` maps a normalised span to an original one.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ingest.furniture import RECOMMENDED, is_furniture
from ingest.headings import (
    ACTION_SPACED,
    APPENDIX,
    CN_DIGITS,
    CN_SPACED,
    DECIMAL_OUTLINE,
    DECIMAL_SPACE,
    HEADING_START,
    PADDED_SPACED,
    line_key,
    small_numeral,
)
from ingest.role_labels import POST, ROLE_LABEL, SHORT_LABEL, label_role

_FULL_TO_HALF = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # digits
_FULL_TO_HALF.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # A-Z
_FULL_TO_HALF.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # a-z
_FULL_TO_HALF.update(
    {
        "％": "%",
        "．": ".",
        "＋": "+",
        "－": "-",
        "～": "~",  # (a horizon's 2026～2028年, a range's 3～5个)
        # the horizontal bar for the dash, as GB2312's decoders and some fonts' users give it
        # (2025―2027年, ――2025年1月8日在…会议上)
        "―": "—",
        # (and the other dashes and hyphens, as fonts and converters give them: the minus sign,
        # the hyphens, the figure dash, the two- and three-em dashes — 2026‐2028年, 5%‒6%)
        "−": "-",
        "‐": "-",
        "‑": "-",
        "‒": "–",
        "⸺": "—",
        "⸻": "—",
        "／": "/",
        "\u3000": " ",
        "\xa0": " ",
        # (the typographic spaces, as a word processor's indent or a figure's padding:
        # en and em spaces, thin, hair, figure and narrow no-break spaces)
        **{chr(c): " " for c in (*range(0x2000, 0x200B), 0x202F, 0x205F)},
        "\t": "\t",
        "(": "（",
        ")": "）",
        ",": "，",
        ";": "；",
        ":": "：",
        "!": "！",
        "?": "？",
        "「": "“",
        "」": "”",
        "『": "‘",
        "』": "’",
        "【": "〔",
        "】": "〕",
        "〖": "〔",
        "〗": "〕",
        "［": "〔",
        "］": "〕",
        "\r": "\n",
        # a form feed ends a page (pdftotext writes one between pages): a line break
        "\f": "\n",
    }
)
# Look-alikes a PDF's text layer gives for common characters (text pasted from one keeps
# them): the Kangxi radicals by their compatibility mapping (⼯ U+2F2F for 工, ⽣ for 生, ⼀
# for 一), and the forms of the CJK radicals supplement that print as a character of their
# own (⻓ U+2ED3 for 长, ⺠ for 民, ⻔ for 门).
_RADICALS = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)}
_RADICALS.update(
    zip(
        "⺁⺟⺠⺩⻁⻄⻅⻆⻉⻋⻓⻔⻘⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
        "厂母民王虎西见角贝车长门青页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟",
        strict=True,
    )
)
# Punctuation in its small and vertical presentation forms, as some PDF text layers and old
# fonts give it (﹐ U+FE50, ﹙﹚, ︐): the character it stands for, then as above (﹐ → ，).
_PRESENTATION = {
    chr(c): _FULL_TO_HALF.get(n, n)
    for c in (*range(0xFE10, 0xFE1A), *range(0xFE30, 0xFE6C))
    if len(n := unicodedata.normalize("NFKC", chr(c))) == 1 and n != chr(c)
}
_ONE_FOR_ONE = {**_FULL_TO_HALF, **_PRESENTATION, **_RADICALS}
# str.translate looks every character up in a dict; a regex finds the few that change
# about ten times faster.
_TO_CHANGE = re.compile("[" + re.escape("".join(_ONE_FOR_ONE)) + "]")


def one_for_one(text: str) -> str:
    """The character-for-character replacements of the normaliser (full-width letters and
    digits, Chinese punctuation, look-alike radicals), for text that needs no offsets map:
    a reader's metadata (a page's headline)."""
    return _TO_CHANGE.sub(lambda m: _ONE_FOR_ONE[m.group()], text)


# Undo comma/colon conversion between digits: 1,320 and 10:30 stay as they were.
_DIGIT_PUNCT = re.compile(r"(?<=\d)[，：](?=\d)")
# A pair of straight double quotes around a short Chinese name on one line: "一网通办".
_STRAIGHT_QUOTES = re.compile(r'"([^"\n。；]{0,30}[\u4e00-\u9fff][^"\n。；]{0,30})"')

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
# Spaces to delete: a run of spaces next to a CJK character or CJK punctuation, or at the
# start or end of a line (see _space_spans).
_SPACE_RUN = re.compile(r"[ ]+")
_CRLF = re.compile("\r(?=\n)")
# characters that show nothing, as web pages and WeChat articles carry them into copied text:
# zero-width space, non-joiner and joiner, word joiner, a byte-order mark mid-text, soft hyphen
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
# the letters of the country's other official scripts, which a bilingual page gives each paragraph
# in beside its Chinese: Mongolian, Tibetan, the Arabic letters of Uyghur and Kazakh, Korean, Yi
_OTHER_SCRIPT = re.compile(
    "[\u1820-\u18aa\u0f00-\u0fff\u0620-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc"
    "\uac00-\ud7af\u1100-\u11ff\u3131-\u318e\ua000-\ua4c6]"
)
_HAN = re.compile(f"[{_CJK}]")
# (the em dash too: Chinese sets its 破折号 and a range's dash without spaces, 2026—2028年)
# a role word before a space and the start of a body's name after it: the space parts two
# clauses of a note whose commas were left out (（县发改局牵头 县财政局 县商务局配合）)
_ROLE_WORD_BEFORE = re.compile(r"(?:牵头|负责|配合|协办|主办)$")
_BODY_START = re.compile(
    r"[市县区镇乡州旗盟省][\u4e00-\u9fff]{1,20}?[局委办室心府]|各[\u4e00-\u9fff]"
)
_CJK_NEIGHBOUR = re.compile(rf"[{_CJK}\u3000-\u303f\uff00-\uffef“”‘’%—]")
# a space between two bodies' names in a list of those responsible, as lists typed or copied
# with spaces for their 、 come (责任单位：市商务局 长春海关, （县文化和旅游局 鸡足山景区管理局）):
# it parts them — after a body's last character, before a name ending as a body's does, inside
# a labelled list or a bracket still open on its line
_BODY_LAST = "局委办会府心队司院所社行处站馆关室部团校厂场厅镇乡村道区位"
_BODY_ENDED = re.compile(rf"[{_BODY_LAST}]")
_NEXT_BODY = re.compile(
    rf"[\u4e00-\u9fff（）]{{1,30}}?[{_BODY_LAST}]"
    r"(?=[ 、，,；;）)\n]|$|牵头|配合|负责|协助|协办|参与|按职责|共同|等)"
)
_IN_A_LIST = re.compile(rf"(?:(?:{ROLE_LABEL}|{SHORT_LABEL})[：:]|[（(])[^（）()：:\n]*$")

_TERMINAL = "。！？；：…"
# a role's label closing a line after the line's text (…。牵头单位：): its list was cut there —
# not a label alone on its line, which stands over its list (牵头单位：)
_LABEL_CUT = re.compile(rf"(?:{ROLE_LABEL}|[（(](?:牵头|配合|责任|负责))[：:]$")


# a pictograph closing a line, as a post ends a lead-in pointing at what follows (一起来看👇)
_PICTOGRAPH_END = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]$")


def _ends(line: str) -> bool:
    """Whether a line ends a sentence (or a salutation's colon, or a post's lead-in with a
    pictograph): not a colon or semicolon inside a bracket still open, a note's label cut
    from its list (（牵头单位： / 市工信局）), nor a role's label whose list the line's end
    cut (…。责任单位： / 德令哈工业园管委会。)."""
    if _PICTOGRAPH_END.search(line):
        return True
    if line[-1] not in _TERMINAL:
        return False
    if line[-1] in "：:" and _LABEL_CUT.search(line) and not _LABEL_CUT.match(line):
        return False
    return not (line[-1] in "：；" and line.rfind("（") > line.rfind("）"))


# a note in brackets (（市财政局负责）, or in 【】, which are 〔〕 by now), one level of brackets
# inside it allowed (（…、各乡（镇）人民政府配合）), and a line ending in one that closes its
# paragraph after the sentence's end: 。（市财政局负责）
_NOTE = r"[（(〔](?:[^（）()〔〕]|[（(][^（）()〔〕]{1,12}[）)]){2,80}[）)〕]"
_ENDS_IN_NOTE = re.compile(rf"[。；！？]{_NOTE}$")
# a note naming who does the work, closing its line (a heading's: （二）扩大有效投资（县发改局牵头）)
_ROLE_NOTE_AT_END = re.compile(
    r"[（(][^（）()]*(?:牵头|负责|配合|协同|责任单位|主责)[^（）()]*[）)]$"
)
# A page break: a prose line that does not end a sentence, then blank line(s),
# then a line that does not start a heading.
_BREAK = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")


# A line that holds only a page number: "- 2 -", "—3—", "－ 4 －", "第 5 页", "第5页 共9页".
_PAGE_NUMBER = re.compile(
    r"^[ \t]*(?:[-—–－][ \t]*\d{1,4}[ \t]*[-—–－]|第[ \t]*\d{1,4}[ \t]*页(?:[ \t]*[，,]?[ \t]*共[ \t]*\d{1,4}[ \t]*页)?)[ \t]*(?:\n|$)",
    re.MULTILINE,
)
_LINE = re.compile(r"[^\n]+")
SOFT_BREAK = "\u2028"  # LINE SEPARATOR: a line broken inside a paragraph
_SOFT_BREAK = re.compile(SOFT_BREAK)
_LINE_END = re.compile("[\n\u2028]")
# Lines of a notice's front matter that stand alone however wide the title above them:
# a title ending in its kind of document, a document number, a date.
# (the issuer before 关于 may be a place named alone: 紫云自治县关于做好…的通知, or a party
# group or department: 中共…局党组关于…的通报, 县委宣传部关于…)
_TITLE_END = re.compile(
    r"(?:^|[府室厅局委会县区市旗州组部])关于.*的(?:通知|通告|公告|通报|报告|意见|决定|批复|函|建议|议案)$"
)
# a plan's title: ends in its kind, perhaps with a note in brackets (（征求意见稿）, （试行）,
# （2025—2027年）); no sentence mark on it
PLAN_KINDS = "方案|计划|规划|意见|办法|要点|纲要|措施|细则|清单|台账|分解表|分工表|任务表"
# (a letter of responsibility's, minutes' and an agreement's titles too: …目标责任书, …常务会议
# 纪要, …东西部协作框架协议, …战略合作备忘录; and a table's)
_PLAN_TITLE = re.compile(
    rf"^[^，。；：、《》]{{4,60}}(?:{PLAN_KINDS}|责任书|责任状|纪要|协议书?|备忘录"
    # (a table's: …目标完成情况晴雨表, …项目进度表, …一览表)
    r"|晴雨表|进度表|一览表|汇总表|统计表)(?:（[^（）]{1,14}）)?$"
)
# A line wholly in brackets — an outline's approval line （2026年2月10日…会议批准）,
# （此件公开发布）, a horizon （2025—2027年） — ends where it ends.
_BRACKETED = re.compile(r"^（[^（）]*(?:（[^（）]*）[^（）]*)*）$|^[【〔][^【】〔〕]*[】〕]$")
# a list's bullet opening a line (▶地区生产总值…, ● …): an item of its own, never run on into
_BULLETED = re.compile(r"^[▶►●■◆•▪]")
# A report's session line (——2025年1月8日在…人民代表大会第五次会议上; the group is its
# date) and the lines around it stand alone too.
# (or a party congress's report named on it: ——2026年9月20日在中国共产党…代表大会上的报告)
# (or set in brackets: （2026年1月20日在乐清市第十七届人民代表大会第五次会议上） — batch 1519)
SESSION_LINE = re.compile(
    r"^(?:[—\-]{1,2}\s*|[（(])(\S+?日)?在\S*?(?:会议|大会)上(?:的(?:工作)?(?:报告|讲话))?[）)]?$"
)
# A document number: 青政发〔2026〕8号, 青政办字〔2026〕第8号
DOC_NUMBER = r"[\u4e00-\u9fff]{1,8}〔\d{4}〕第?\d{1,4}号"
# (a signature date in Chinese numerals has its year in digits by then: 2025年四月十日)
_OWN_LINE = re.compile(
    rf"^(?:{DOC_NUMBER}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日|\d{{4}}年[一二三四五六七八九十]{{1,2}}月[一二三四五六七八九十]{{1,3}}日"
    # a table's unit over its header: 单位：万元, （金额单位：万元）
    r"|[（(]?(?:金额|资金|计量)?单位[：:]\s*[^\s，。；（）()]{1,4}[）)]?"
    # a signature's issuer and date on one line: 丽水市生态文明建设委员会办公室　　2026年3月18日
    # (or the date in figures, as a page's line under its title gives it: 寿光市农业农村局
    # 2026-02-25 — batch 703: joined to the title)
    # (and the number before them: 南岸府办发〔2026〕7号　　重庆市南岸区人民政府办公室　　2026年3月9日 —
    # batch 1220: joined to the paragraph under it)
    rf"|(?:{DOC_NUMBER}[ \u3000]*)?"
    r"[\u4e00-\u9fff]{2,30}(?:人民政府|办公室|办公厅|委员会|局|委|管委会|领导小组|工作专班)[ \u3000]*"
    r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}([-/.])\d{1,2}\1\d{1,2}))$"
)
# an issuer's line in a signature (中共石城镇委员会办公室, 石城镇人民政府办公室)
_ISSUER_LINE = re.compile(
    r"[\u4e00-\u9fff]{2,30}(?:人民政府|办公室|办公厅|委员会|局|委|管委会|管理委员会|领导小组|工作专班)"
)
# A year in Chinese numerals (二〇二七年, 二零三〇年, 一九九八年), not inside a longer run of
# numerals (一二三四五年) — its zero often typed as a circle that looks like 〇 (二○二六年: ○
# U+25CB, ◯ U+25EF, a full-width or Latin O).
_ZEROS = "〇零○◯ＯO"
_CN_YEAR = re.compile(
    rf"(?<![{_ZEROS}一二三四五六七八九十百千])(?:一九|二[{_ZEROS}])[{_ZEROS}一二三四五六七八九]{{2}}(?=年)"
)
_CN_DIGITS = str.maketrans(_ZEROS + "一二三四五六七八九", "000000123456789")


def years_in_digits(text: str) -> str:
    """``text`` with its years in Chinese numerals written in digits, as the normaliser
    writes them (二〇三五年 → 2035年); the length is kept."""
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), text)


@dataclass
class Normalised:
    text: str
    offsets: array  # offsets[i] = original offset of text[i]; one extra entry at the end
    original: str
    reordered: bool = False  # a table laid out in spaces was rebuilt: offsets not in order

    def orig(self, i: int) -> int:
        return int(self.offsets[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised span [start, end)."""
        if end <= start:
            o = int(self.offsets[start])
            return o, o
        a, z = int(self.offsets[start]), int(self.offsets[end - 1])
        if self.reordered:
            # (a table laid out in spaces is reordered: what a span holds may lie outside
            # its ends there, and it may end before it starts)
            held = self.offsets[start:end]
            return int(min(held)), int(max(held)) + 1
        return a, z + 1


@lru_cache(maxsize=1)
def _t2s() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


_TRAD_MARKERS = set(
    "們這個來時說國會對經發進產業區縣開長與為於實現興關應處務體門員農書幾導創劃環鄉鎮際預區"
)


_CJK_RX = re.compile("[\u4e00-\u9fff]")
_TRAD_RX = re.compile("[" + "".join(sorted(_TRAD_MARKERS)) + "]")


def is_traditional(text: str, sample: int = 20000) -> bool:
    """Whether a text is written in traditional characters (by frequent markers)."""
    head = text[:sample]
    if _TRAD_RX.search(head) is None:  # the common case, decided without counting
        return False
    cjk = len(_CJK_RX.findall(head))
    if cjk < 20:
        return False
    trad = len(_TRAD_RX.findall(head))
    return trad / cjk > 0.02


def to_simplified(text: str) -> str:
    """Character-by-character traditional → simplified conversion (length preserved)."""
    conv = _t2s()
    out = []
    for ch in text:
        if "\u3400" <= ch <= "\u9fff":
            s = conv.convert(ch)
            out.append(s if len(s) == 1 else ch)
        else:
            out.append(ch)
    return "".join(out)


_WHOLE_LINE = re.compile(r"[^\n]*\n?")


def _translation_lines(text: str) -> list[tuple[int, int]]:
    """The lines written in another of the country's scripts (a Mongolian, Tibetan, Uyghur or
    Korean paragraph over the Chinese it translates, as bilingual pages give them), each with
    its line break: four letters of the script or more and under a fourth as many Chinese
    characters (a Korean line's name in Chinese characters, 연길시(延吉市), keeps it one)."""
    if _OTHER_SCRIPT.search(text) is None:
        return []
    spans = []
    for m in _WHOLE_LINE.finditer(text):
        line = m.group()
        other = len(_OTHER_SCRIPT.findall(line))
        if other >= 4 and len(_HAN.findall(line)) * 4 < other:
            spans.append(m.span())
    return spans


# a role label set off from its bodies by a dash, not a colon (责任单位——县商务局): the dash
# (and the spaces around it) before a body's first character, the label just before it
_DASH_AFTER_A_WORD = re.compile(r"[ \u3000]*(——|—|－－|--)[ \u3000]*(?=[\u4e00-\u9fff])")
_LABEL_BEFORE = re.compile(rf"(?:{ROLE_LABEL})$")


def _dashed_labels(text: str, offsets: array) -> tuple[str, array]:
    """A role label's dash as its colon (责任单位——县商务局 → 责任单位：县商务局): the dash's
    first character becomes the colon, the rest of it and the spaces around it go."""
    chars: list[str] | None = None
    spans = []
    for m in _DASH_AFTER_A_WORD.finditer(text):
        if not _LABEL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        chars = chars or list(text)
        chars[m.start(1)] = "："
        spans += [(m.start(), m.start(1)), (m.start(1) + 1, m.end())]
    if chars is None:
        return text, offsets
    return _delete("".join(chars), offsets, [(a, b) for a, b in spans if a < b])


def _delete(text: str, offsets: array, spans: list[tuple[int, int]]) -> tuple[str, array]:
    """Remove the given sorted, non-overlapping spans from text and offsets."""
    if not spans:
        return text, offsets
    parts: list[str] = []
    new = array("l")
    pos = 0
    for a, b in spans:
        parts.append(text[pos:a])
        new.extend(offsets[pos:a])
        pos = b
    parts.append(text[pos:])
    new.extend(offsets[pos:])
    return "".join(parts), new


# A note's label line ending in a body's name (配合单位：市工业和信息化局、…开发区管委会) under a
# heading: its list ends with the line, however wide (a name cut by a wrap, 市工 / 信局, runs on)
# (the last character of a body's name, as a line naming one ends)
_BODY_END = "[局委办室会心府司队所站行部院厅处关镇乡社团组]"
_LABEL_LINE = re.compile(rf"^[（(【]?{ROLE_LABEL}】?[：:].*{_BODY_END}$")
# A field of a portal page's particulars, one a line in a page saved or copied as text
# (索引号：…, 发布机构：…, 成文日期：…, 发文字号：…)
PARTICULAR_LABELS = (
    r"索引号|发布机构|发文机关|发文单位|发布单位|成文日期|发文日期|发布日期|发布时间|发文字号|"
    r"文号|主题分类|主题词|公文种类|体裁分类|组配分类|服务对象|有效性|效力状态|公开方式|公开范围|"
    r"公开时限|信息来源|生效日期|废止日期|失效日期|浏览次数|访问次数|点击量|标题|名称"
)
_PARTICULAR = re.compile(rf"^(?:{PARTICULAR_LABELS})[：:]")
# … and of a card, one a line: a field naming a body (成员单位：…管委会, 链主企业：…有限公司)
# over another field (发展目标：…) ends where its line ends
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]\S")
_NAMES_A_BODY = re.compile(rf"{_BODY_END}$")
_ROLE_FIELD = re.compile(rf"^[（(【]?{ROLE_LABEL}】?[：:]")
# … and a list opened by its label and its count (先进单位（5个）：市财政局、…), as a list of those
# commended or of projects runs, one a line
_COUNTED_LIST = re.compile(r"^[\u4e00-\u9fff“”]{2,30}[（(]共?\d+[\u4e00-\u9fff]{1,2}[）)][：:]")


# a bulletin's masthead line: the office compiling it and the day (…办公室编　2026年5月10日)
_MASTHEAD_LINE = re.compile(r"^[\u4e00-\u9fff（）]{4,30}?编(?:印|发)?\s*\d{4}年\d{1,2}月\d{1,2}日$")


def _whole_headline(line: str) -> bool:
    """Whether a line is a notice's whole headline, 关于 to its kind: 关于…考核结果的通报."""
    return line.startswith("关于") and _TITLE_END.search(line) is not None


_PROSE_MARK = re.compile("[，,。；;]")


# An account's line over a post, its date and time (year, month, day in groups 1–3): 原创 梅县区发布
# 2026年02月26日 18:05 广东, or in ISO form, 东丽发布 2026-01-20 19:30 天津 — the metadata reads the
# post's date from it
POSTED_LINE = re.compile(
    r"(?m)^.{0,40}?(\d{4})(?:年|-)(\d{1,2})(?:月|-)(\d{1,2})日?\s*\d{1,2}:\d{2}"
)


def _stands_alone(prev: str, nxt: str) -> bool:
    """Whether two lines are never one sentence: a notice's or a plan's title and the line
    after it, a line wholly in brackets and the line after it, a document number or date
    alone (and the line after it), a report's session line, a note's label line ending in a body's name,
    a field of a page's particulars (and the line after it), a card's field naming a body over
    another field, a field with no prose in it over another, a list opened by its label and
    count (and the line before it), an account's line over its post (原创 … 2026年02月26日 18:05),
    a page's or an account's furniture (扫一扫在手机打开当前页, 编辑：…, 相关链接：)."""
    return bool(
        _TITLE_END.search(prev)
        # (the issuers' line over a whole headline: 中共巫山县委办公室 巫山县人民政府办公室 /
        # 关于…的通报)
        or _whole_headline(nxt)
        or _PLAN_TITLE.match(prev)
        or _BRACKETED.match(prev)
        or _BRACKETED.match(nxt)
        or _BULLETED.match(nxt)
        or _OWN_LINE.match(nxt)
        or _OWN_LINE.match(prev)
        or SESSION_LINE.match(prev)
        or SESSION_LINE.match(nxt)
        or _LABEL_LINE.match(prev)
        or _MASTHEAD_LINE.match(prev)
        or _PARTICULAR.match(prev)
        or _PARTICULAR.match(nxt)
        or (_FIELD.match(prev) and _NAMES_A_BODY.search(prev) and _FIELD.match(nxt))
        # (any field over a note's label: 牵头领导：张三（副县长） / 责任单位：…; and a note's
        # label over any field: 配合单位：…各宣纸生产企业 / 完成时限：…)
        or (_FIELD.match(prev) and _ROLE_FIELD.match(nxt))
        # (a field whose value is no prose over another field: a tender's 项目编号：MHK2026-GL-015 /
        # 预算金额：3860万元)
        or (_FIELD.match(prev) and _FIELD.match(nxt) and not _PROSE_MARK.search(prev))
        or (_ROLE_FIELD.match(prev) and _FIELD.match(nxt))
        or _COUNTED_LIST.match(nxt)
        # (a title, no prose in it, over its issuer's name alone: 某县2026年重点工作任务分解 /
        # 某县人民政府 — found probing: the two were read as one title)
        or (not _PROSE_MARK.search(prev) and _ISSUER_LINE.fullmatch(nxt) is not None)
        or POSTED_LINE.match(prev) is not None
        or is_furniture(prev)
        or is_furniture(nxt)
        or RECOMMENDED.fullmatch(nxt)
    )


def _runs_on(prev: str, nxt: str) -> bool:
    """Whether a line of prose broken before its sentence ended runs on into the next
    line: it does not end a sentence or a bracket, is prose (a mid-line comma or
    enumeration mark, or a long line) rather than a title, and the next line does not
    start a heading or stand alone."""
    if not prev or not nxt or "\t" in prev or "\t" in nxt:
        return False
    if _ends(prev) or prev[-1] in "）)〕」』”":  # (a note in 【】 is in 〔〕 by now)
        return False
    if HEADING_START.match(nxt) or _stands_alone(prev, nxt):
        return False
    if _closed_by_a_list(prev, nxt):
        return False  # (…。责任单位：县商务局、县投促中心 closes its paragraph)
    body = HEADING_START.sub("", prev)
    return any(p in body for p in "，、。；") or len(body) >= 30


# a paragraph closed, after its sentence's end, by a role's label and its list of bodies, the
# last a whole name (…。责任单位：县商务局、县投促中心) — unless the next line goes on with the
# list (、县财政局) or the last body's bracket. (Not a name ending as a cut one may: 各乡 /
# 镇人民政府, 市人力资源和社会 / 保障局.)
_WHOLE_NAME_ENDS = (
    *"局委办院站所队行",
    *("中心", "公司", "政府", "管委会", "办公室", "工会", "委员会", "联合会", "协会", "商会"),
    *("妇联", "组织部", "宣传部", "统战部"),
)
_WHOLE_NAME_ENDS_RX = [re.escape(e) for e in _WHOLE_NAME_ENDS]
# (after a sentence's end or a dash closing a heading's words — 一、电线电缆产业——责任单位：… — the
# names perhaps with a second nameplate in brackets, 县工业和信息化局（县科学技术局）: batch 1153)
_LIST_CLOSED = re.compile(
    rf"[。；—][^。；]{{0,4}}?{ROLE_LABEL}[：:](?:[^。；：:（）()\n]|[（(][^（）()\n]{{1,20}}[）)])*$"
)
_SECOND_NAMEPLATE_END = re.compile(
    "(?:" + "|".join(_WHOLE_NAME_ENDS_RX) + r")[（(][^（）()\n]{2,20}[）)]$"
)
_LAST_NAME = re.compile(r"[^、，,：:]{2,}$")
_LIST_GOES_ON = ("、", "，", ",", "（", "(")


def _closed_by_a_list(prev: str, nxt: str) -> bool:
    """Whether ``prev`` closes its paragraph with a role's labelled list of bodies after its
    sentence's end, the last name whole (…。责任单位：县商务局、县投促中心), and ``nxt`` does not
    go on with the list."""
    return (
        (prev.endswith(_WHOLE_NAME_ENDS) or _SECOND_NAMEPLATE_END.search(prev) is not None)
        and not nxt.startswith(_LIST_GOES_ON)
        and ("：" in prev or ":" in prev)
        and _LIST_CLOSED.search(prev) is not None
        and _LAST_NAME.search(prev) is not None
    )


# A running header or footer: a short line, no sentence, as a file printed to text repeats it
# beside each page's number (the title after it, the office that printed it before it).
_RUNNING = re.compile(r"[^\n。；！？]{2,40}")
_BLANKS_AFTER = re.compile(r"(?:[ \t]*\n)*")


def _running_lines(text: str, pages: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans (line and its break) of the lines met beside two page numbers or more, the
    first line after each or the last before it: a running header or footer, no part of
    the sentence a page break cuts."""
    beside: dict[str, list[tuple[int, int]]] = {}
    for a, b in pages:
        start = _BLANKS_AFTER.match(text, b).end()  # type: ignore[union-attr]
        end = text.find("\n", start)
        after = (start, len(text) if end < 0 else end + 1)
        end = a
        while end > 0 and text[end - 1] in "\n \t":
            end -= 1
        before = (text.rfind("\n", 0, end) + 1, min(end + 1, a))
        for span in (after, before):
            line = text[span[0] : span[1]].strip()
            if span[0] < span[1] and _RUNNING.fullmatch(line) and not HEADING_START.match(line):
                beside.setdefault(line, []).append(span)
    # (beside two page breaks, not one line of a page of one line counted after the first and
    # before the second: 市农业农村局负责） — batch 1385, its role lost)
    spans = sorted({span for found in beside.values() if len(set(found)) >= 2 for span in found})
    out: list[tuple[int, int]] = []
    for span in spans:  # (no page number's own, nor one overlapping another)
        if any(a < span[1] and span[0] < b for a, b in pages):
            continue
        if out and span[0] < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], span[1]))
        else:
            out.append(span)
    return out


_NEXT_LINE = re.compile(r"(?:\n[ \t]*)*\n?([^\n]*)")


def _page_break_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _BREAK.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        prev = text[line_start : m.start()].rstrip()
        nxt_end = text.find("\n", m.end())
        nxt = text[m.end() : nxt_end if nxt_end >= 0 else len(text)]
        if "\t" in nxt:
            continue  # a table row, its first cells empty or not
        nxt = nxt.lstrip()
        # (a signature: the issuer over a date alone stands alone — blank lines between too,
        # as a page's paragraphs come)
        following = _NEXT_LINE.match(text, nxt_end) if nxt_end >= 0 else None
        after = following.group(1) if following else ""
        # (two or three issuers signing jointly, each on its line, over the date)
        for _ in range(2 if _ISSUER_LINE.fullmatch(nxt.strip()) else 0):
            if following is None or not _ISSUER_LINE.fullmatch(after.strip()):
                break
            following = _NEXT_LINE.match(text, following.end())
            after = following.group(1) if following else ""
        if _runs_on(prev, nxt) and not _OWN_LINE.match(after.strip()):
            spans.append((m.start(), m.end()))
    return spans


# a role's label alone on its line over its list on the next (牵头单位： / 县农业农村局（分管副县长：
# 王某某） — batch 1192: no role was read): the list is the label's, the break between no break
_LABEL_ALONE = re.compile(rf"^[ \t\u3000]*[（(【]?(?:{ROLE_LABEL})】?[：:][ \t\u3000]*$", re.M)


def _label_over_list_spans(text: str) -> list[tuple[int, int]]:
    """The line breaks (with the next line's indent) after a role's label alone on its line,
    its list on the next line — not a heading, another field or a table's row."""
    spans = []
    for m in _LABEL_ALONE.finditer(text):
        if not text.startswith("\n", m.end()):
            continue
        start = end = m.end() + 1
        while end < len(text) and text[end] in " \t\u3000":
            end += 1
        line_end = text.find("\n", end)
        nxt = text[end : line_end if line_end >= 0 else len(text)].rstrip()
        if not nxt or "\t" in nxt or HEADING_START.match(nxt) or _FIELD.match(nxt):
            continue
        spans.append((start - 1, end))
    return spans


def _sparing(
    spans: list[tuple[int, int]], text: str, headings: frozenset[str]
) -> list[tuple[int, int]]:
    """The joins of ``spans`` (each the break between two lines) but those that would join
    a heading the markup gives to the line before or after it."""
    if not headings:
        return spans
    kept = []
    for b, c in spans:
        end = text.find("\n", c)
        before, after = text[text.rfind("\n", 0, b) + 1 : b], text[c : end if end >= 0 else None]
        if line_key(before) not in headings and line_key(after) not in headings:
            kept.append((b, c))
    return kept


def _soft_break_spans(text: str) -> list[tuple[int, int]]:
    """Soft line breaks (U+2028, a Word paragraph's Shift+Enter) inside a sentence of prose:
    deleted, as a page break inside one is; the others become newlines."""
    spans = []
    for m in _SOFT_BREAK.finditer(text):
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(SOFT_BREAK, 0, m.start())) + 1
        prev = text[line_start : m.start()].strip()
        after = _LINE_END.search(text, m.end())
        nxt = text[m.end() : after.start() if after else len(text)].strip()
        if _runs_on(prev, nxt):
            spans.append(m.span())
    return spans


def _width(line: str) -> int:
    """Printed width: ASCII is one, anything else (Chinese, full-width marks) two."""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


_DECIMAL_CUT = re.compile(r"[^\s\d.]\d+\.$")


# a line that is nothing but a rule drawn with box characters, dashes or underscores
_RULE_ONLY = re.compile(r"^[─━═—－\-_＿=＝]{4,}$")


# an item's number referred to at a line's start, no heading: （五）项任务由…, （三）条
_ITEM_REFERRED = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[）)](?:项|条|款)")


def _printed_width(text: str, offsets: array, original: str, a: int, b: int) -> int:
    """The width line ``text[a:b]`` (stripped) had as printed: its characters' originals,
    full-width digits and letters two each (２０２５年 is as wide as 2025年 is not)."""
    line = text[a:b]
    a += len(line) - len(line.lstrip())
    b -= len(line) - len(line.rstrip())
    return _width("".join(original[offsets[i]] for i in range(a, b)))


def _first_line_width(text: str, offsets: array, original: str, a: int, b: int) -> int:
    """The printed width of the first line of the original that ``text[a:b]`` (stripped)
    holds: a line a page break joined to the next is as wide as it was printed, not as the
    two together."""
    line = text[a:b]
    a += len(line) - len(line.lstrip())
    b -= len(line) - len(line.rstrip())
    if a >= b:
        return 0
    end = original.find("\n", offsets[a])
    k = a
    while k < b and (end < 0 or offsets[k] < end):
        k += 1
    return _width("".join(original[offsets[i]] for i in range(a, k)))


def _indented(text: str, offsets: array, original: str, c: int, d: int) -> bool:
    """Whether the line ``text[c:d]`` opened indented in the original (two spaces or a
    full-width one, which the normalised text drops): a paragraph's first line."""
    first = c + len(text[c:d]) - len(text[c:d].lstrip())
    if first >= len(offsets):
        return False
    at = offsets[first]
    lead = original[original.rfind("\n", 0, at) + 1 : at]
    return not lead.strip() and ("\u3000" in lead or "  " in lead)


def _wrap_spans(text: str, offsets: array, original: str) -> list[tuple[int, int]]:
    """Newlines inside hard-wrapped paragraphs.

    A printed page breaks every paragraph at the same width, so the text's wrap
    width is the width most of its long lines reach (the 80th percentile of line
    widths). A newline is a wrap when the line before it reaches 85% of that
    width and does not end a sentence, and the line after it does not start a
    heading or a table row. Texts written a paragraph per line have few lines and
    a wide spread of widths; their wrap width is a long paragraph's, which short
    headings and titles never reach, so their lines are left alone.
    """
    lines = [
        (m.start(), m.end(), _printed_width(text, offsets, original, m.start(), m.end()))
        for m in _LINE.finditer(text)
    ]
    if len(lines) < 4:
        return []
    # table rows are not wrapped prose: their widths say nothing of the page's
    widths = sorted(w for a, b, w in lines if "\t" not in text[a:b])
    if not widths:
        return []
    wrap = widths[int(len(widths) * 0.8)]
    if wrap < 20:
        return []
    spans = []
    for k, ((a, b, width), (c, d, _)) in enumerate(pairwise(lines)):
        if c != b + 1:  # not adjacent: a blank line between is a paragraph break
            continue
        prev, nxt = text[a:b].rstrip(), text[c:d].lstrip()
        if "\t" in text[a:b] or "\t" in text[c:d]:
            continue  # a table row (its first cells empty or not) is no wrapped prose
        if _DECIMAL_CUT.search(prev) and nxt[:1].isdigit():
            spans.append((b, c))  # a number cut at its decimal point: 增长6. / 1%
            continue
        if not prev or not nxt or width < 0.85 * wrap:
            continue
        if _first_line_width(text, offsets, original, c, d) > 1.5 * wrap:
            # (a line far wider than the wrap width is no wrapped line's run-on: a text of
            # paragraphs a line each whose short lines set the width — a bulletin's titles)
            continue
        # (a sentence ends there — but a clause ending at the page's edge (…以上；) goes on
        # on the next line: its sentence's deadline holds there too)
        if _ends(prev) and not (prev.endswith(("；", ";")) and width >= 0.95 * wrap):
            continue
        if (
            HEADING_START.match(nxt)
            # (no heading, but an item referred to, cut from the words before it: 第（四）、 /
            # （五）项任务由…)
            and not (prev.endswith(("、", "至", "第", "和", "及")) or _ITEM_REFERRED.match(nxt))
        ) or (nxt.startswith("|") or APPENDIX.match(nxt)):
            continue
        if _RULE_ONLY.match(nxt):
            continue  # (a rule under a colophon's line is no more of its text)
        if _closed_by_a_list(prev, nxt):
            continue  # (…。责任单位：县商务局、县投促中心 closes its paragraph)
        if _indented(text, offsets, original, c, d) and not _indented(
            text, offsets, original, a, b
        ):
            # (a line opening indented under one that does not starts a paragraph: a
            # bulletin's item under its title — not when every line is indented alike)
            continue
        # (a bracket the line opened and left open goes on: （责任 / 单位：市商务局）; and a
        # notice's title the page wrapped, though its first line reads as a plan's title:
        # 关于…2026年国民经济和社会发展计划 / 草案的报告)
        still_open = prev.rfind("（") > prev.rfind("）")
        # (not the issuers' line over a whole headline: …办公室 / 关于…的通报)
        title_goes_on = (
            bool(_TITLE_END.search(prev + nxt))
            and not _TITLE_END.search(prev)
            and not _whole_headline(nxt)
        )
        if (
            not still_open
            and not title_goes_on
            and (_stands_alone(prev, nxt) or _ENDS_IN_NOTE.search(prev))
        ):
            continue
        if HEADING_START.match(prev) and _ROLE_NOTE_AT_END.search(prev):
            continue  # (a heading closed by its note: （二）扩大有效投资（县发改局牵头）)
        # (a signature: the issuer over a date alone stands alone)
        after = text[lines[k + 2][0] : lines[k + 2][1]].strip() if k + 2 < len(lines) else ""
        if _NAMES_A_BODY.search(nxt) and _OWN_LINE.match(after):
            continue
        spans.append((b, c))
    return spans


# A line spaced out glyph by glyph, as text copied from a PDF that places each glyph alone
# comes (地 区 生 产 总 值 突 破 1 2 0 0 亿 元): nearly every token one character, most of
# them Chinese or digits — not a matrix table's row of marks (★ ○ ○), nor a table whose
# cells one space sets apart (地区生产总值 亿元 320).
_GLYPH = re.compile(rf"[{_CJK}\d]")
_SPACED_HINT = re.compile(rf"[{_CJK}] [{_CJK}] [{_CJK}]")
_FOUR_APART = re.compile(rf"(?:[{_CJK}] ){{3}}[{_CJK}]")


def _spaced_out_spans(text: str) -> list[tuple[int, int]]:
    """The runs of spaces inside lines spaced out glyph by glyph: deleted, between digits
    too (1 2 0 0 → 1200)."""
    spans: list[tuple[int, int]] = []
    if "  " not in text and not _SPACED_HINT.search(text):
        return spans  # (the common case, decided at once)
    for line in _LINE.finditer(text):
        tokens = line.group().split()
        if len(tokens) < 8:
            continue
        single = sum(len(t) == 1 for t in tokens)
        glyphs = sum(bool(_GLYPH.fullmatch(t)) for t in tokens)
        # (a number of two digits or more, as OCR keeps them whole, may stand among them
        # where four Chinese glyphs in a row stand apart: 2 . 竣 工 项 目 20 个 。)
        if glyphs >= 0.6 * len(tokens) and (
            single >= 0.9 * len(tokens)
            or (single >= 0.8 * len(tokens) and _FOUR_APART.search(line.group()))
        ):
            spans += [m.span() for m in _SPACE_RUN.finditer(text, *line.span())]
    return spans


def _parts_two_bodies(text: str, a: int, b: int) -> bool:
    """Whether the spaces text[a:b] part two bodies' names in a list of those responsible."""
    if a == 0 or not _BODY_ENDED.match(text, a - 1) or not _NEXT_BODY.match(text, b):
        return False
    line_start = text.rfind("\n", 0, a) + 1
    return _IN_A_LIST.search(text, max(line_start, a - 200), a) is not None


# An official named after a body in a table's cell, a space between (责任单位及责任人: 县工信局 张三,
# 县农业农村局 李四、县林业局 王五): the name of two or three characters, a common surname
# first, ending the cell or the list's item — joined, the name would run into the body's
_SURNAMES = (
    "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤欧"
)
_ROLE_MARK_BEFORE = re.compile(r"[（(](?:牵头|配合|负责|协办|主办)[）)]$")
# (or the post answering, for a name: 各乡镇人民政府 乡镇长, 县林草局 分管副局长 — batch 710)
_OFFICIAL_AFTER = re.compile(rf"(?:[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}|{POST})(?=[\t\n、，,；;]|$)")


def _parts_body_and_official(text: str, a: int, b: int) -> bool:
    """Whether the spaces text[a:b] part a body's name from an official's after it in a
    table's cell (a row's line holds a tab)."""
    ended = a > 0 and (
        _BODY_ENDED.match(text, a - 1) is not None
        # (or the mark of its role after it: 区园林绿化局（牵头） 张明)
        or _ROLE_MARK_BEFORE.search(text, max(0, a - 6), a) is not None
    )
    if not ended or not _OFFICIAL_AFTER.match(text, b):
        return False
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    # (or in a line whose label names the persons too: 责任单位及责任人：县林业局 王明；… — found
    # probing, session 64)
    return "\t" in text[line_start : len(text) if line_end < 0 else line_end] or (
        _PERSONS_LABEL.search(text, line_start, a) is not None
    )


# a label naming the persons answering beside the bodies (责任单位及责任人：, 牵头单位和负责人：)
_PERSONS_LABEL = re.compile(r"(?:及|和)(?:其)?(?:责任人|负责人|联系人)[）)]?[：:]")


# a field of a line of fields, its label and colon (责任单位：…, 配合单位：…, 完成时限：…)
# (named apart from the card's _FIELD above, which this had shadowed)
_FIELD_LABEL = re.compile(rf"[{_CJK}]{{2,6}}[：:]")


def _parts_two_fields(text: str, a: int, b: int) -> bool:
    """Whether the spaces text[a:b] part two fields of a line of them, the second's label
    after them: 责任单位：市发改委 配合单位：市财政局 完成时限：2026年底 (joined, the bodies
    would run into the labels)."""
    if a == 0 or text[a - 1] in "：:\n" or not _FIELD_LABEL.match(text, b):
        return False
    line_start = text.rfind("\n", 0, a) + 1
    return _FIELD_LABEL.search(text, line_start, a) is not None


# a whole role label (牵头单位, 配合单位) where a line's fields are set apart by spaces alone,
# as a task's card pasted from its cells: 牵头单位　县商务局　配合单位　县邮政分公司
_LABEL_ENDING = re.compile(rf"(?:^|(?<=[。；\s]))(?:{ROLE_LABEL})$")
_LABEL_OPENING = re.compile(rf"(?:{ROLE_LABEL}) +(?=[市县区镇乡州旗盟省各])")
# (a label and the spaces after it, as a line of such fields opens: 牵头单位　…)
_LABEL_SPACED = re.compile(rf"(?:^|(?<=[。；\s]))(?:{ROLE_LABEL}) +")


def _parts_label_and_list(text: str, a: int, b: int) -> bool:
    """Whether the spaces text[a:b] part a role label from its list (牵头单位 县商务局), or a
    list from the next label (县商务局 配合单位 …), in a line of fields with no colon."""
    line_start = text.rfind("\n", 0, a) + 1
    if _LABEL_ENDING.search(text, max(line_start, a - 12), a) and (
        _BODY_START.match(text, b) or _NEXT_BODY.match(text, b)
    ):
        return True
    return (
        a > 0
        and _BODY_ENDED.match(text, a - 1) is not None
        and (
            _LABEL_OPENING.match(text, b) is not None
            and _LABEL_ENDING.search(text, line_start, a) is None
            and _LABEL_SPACED.search(text, line_start, a) is not None
        )
    )


_GROUPED_NUMBER = re.compile(rf"(?<=[{_CJK}])\d{{1,3}}(?: \d{{3}})+(?=[{_CJK}%])")


def _space_spans(text: str) -> list[tuple[int, int]]:
    """Runs of spaces to delete: after or before a CJK character or punctuation, or at the
    start or end of a line or a table's cell (a run is deleted whole or kept whole)."""
    # (thousands set apart by a space inside a number between words: 新增企业12 000家 — found
    # probing; not numbers a space parts in a table's row, which have spaces around them)
    spans = [
        (m.start() + i, m.start() + i + 1)
        for m in _GROUPED_NUMBER.finditer(text)
        for i, ch in enumerate(m.group())
        if ch == " "
    ]
    n = len(text)
    for m in _SPACE_RUN.finditer(text):
        a, b = m.span()
        if _ROLE_WORD_BEFORE.search(text, max(0, a - 2), a) and _BODY_START.match(text, b):
            continue  # (it parts a role word from the next body: 县发改局牵头 县财政局 …配合)
        if _parts_two_bodies(text, a, b):
            continue
        if _parts_two_fields(text, a, b) or _parts_body_and_official(text, a, b):
            continue
        if _parts_label_and_list(text, a, b):
            continue
        if (
            a == 0
            or text[a - 1] in "\n\t"
            or _CJK_NEIGHBOUR.match(text, a - 1)
            or b == n
            or text[b] in "\n\t"
            or _CJK_NEIGHBOUR.match(text, b)
        ):
            spans.append((a, b))
    return spans


# A half-width full stop after Chinese ends a sentence (全县经济运行稳中向好.); between
# digits (6.2%), after a heading number (1., 一.) or in an ellipsis (...) it stays.
_CJK_STOP = re.compile(rf"(?<=[{_CJK}）”%])\.(?![\d.])")
_CN_MARKER_DOT = re.compile(
    r"(?m)^[ \t]*(?:[一二三四五六七八九十百零〇]{1,3}|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,3})[）)])\."
)


# A document number's brackets as retyped or read by OCR (中政办发[2026]9号, (2026), 【2026 ]),
# and OCR's 一 for the dash between two years (2026 一 2028年): the characters the document
# printed, one for one.
_DOC_NO_BRACKETS = re.compile(
    rf"(?<=[{_CJK}])[ ]*([〔（(\[［【])[ ]*\d{{4}}[ ]*([〕）)\]］】])[ ]*(?:第[ ]*)?\d{{1,4}}[ ]*号"
)
_YEARS_DASH = re.compile(r"(?<=\d{4})[ ]*(一)[ ]*(?=\d{4}[ ]*年)")


# A table typed with pipes or drawn with box characters, as text copied from a Markdown view,
# a console or some PDF viewers comes: a row opens with its rule (| 1 | … |, │1 │…│), a rule
# line is nothing but box characters (┌──┬──┐, ├──┼──┤).
_RULED_ROW = re.compile(r"(?m)^[ \t]*[|│┃][^\n]*$")
_ROW_RULE = re.compile(r"[|│┃]")
# the box characters rules are drawn with: lines, corners, tees and crosses, light, heavy and double
_BOX = "─━┄┅┈┉═┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋╔╗╚╝╠╣╦╩╬"
_BOX_RULE_LINE = re.compile(rf"(?m)^[{_BOX} \t]*[{_BOX}][{_BOX} \t]*$")
# … or a grid table's rule of ASCII, as pandoc's plain-text writer draws one (+----+----+, +====+)
_GRID_RULE_LINE = re.compile(r"(?m)^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")


def _ruled_rows(text: str) -> str:
    """A table typed with pipes or drawn with box characters (or ASCII grid rules, +---+) as rows
    of tab-separated cells, one character for one: the rules between cells tabs, the rules at a
    row's ends and the rule lines spaces (deleted with the other spaces at a line's ends)."""
    if "|" not in text and "│" not in text and "┃" not in text:
        return text  # (the common case: no such table)
    chars = list(text)
    rule_lines = list(_BOX_RULE_LINE.finditer(text))
    if "+" in text:
        rule_lines += _GRID_RULE_LINE.finditer(text)
    for m in rule_lines:
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _RULED_ROW.finditer(text):
        rules = [r.start() for r in _ROW_RULE.finditer(text, *m.span())]
        if len(rules) < 3:
            continue  # a line opening with a bar, no row
        ends = {rules[0], rules[-1]} if not text[rules[-1] + 1 : m.end()].strip() else {rules[0]}
        for r in rules:
            chars[r] = " " if r in ends else "\t"
    return "".join(chars)


# … or typed with bars between its cells alone, no rule at a row's ends, as a table is typed
# into a text box (序号｜重点任务｜责任单位｜完成时限): lines of two bars or more, as many on each
# line of a block of two lines or more, the bars tabs (a row a line, as a spreadsheet's)
_BARRED_LINE = re.compile(r"(?m)^[^|｜\n]*[|｜][^\n]*$")
_BAR = re.compile(r"[|｜]")


def _bar_separated_rows(text: str) -> str:
    """A table typed with bars between its cells (``_BARRED_LINE``; ASCII or full-width) as
    rows of tab-separated cells, one character for one; a line opening with a bar is
    ``_ruled_rows``' (done first)."""
    if "|" not in text and "｜" not in text:
        return text
    chars = list(text)
    block: list[re.Match[str]] = []
    for m in [*_BARRED_LINE.finditer(text), None]:
        if (
            m is not None
            and block
            and block[-1].end() + 1 == m.start()
            and len(_BAR.findall(m.group())) == len(_BAR.findall(block[-1].group()))
        ):
            block.append(m)
            continue
        if len(block) >= 2 and len(_BAR.findall(block[0].group())) >= 2:
            for row in block:
                for bar in _BAR.finditer(text, row.start(), row.end()):
                    chars[bar.start()] = "\t"
        block = [m] if m is not None else []
    return "".join(chars)


# Words in ASCII square brackets, as 【】 and ［］ are written (县发改局[牵头]、县财政局,
# [牵头单位]县发改局): tortoise-shell brackets, as those become — not a footnote's number
# ([1]) nor a Markdown link's text ([见附件](…)).
_SQUARE_WORDS = re.compile(r"\[[\u4e00-\u9fff]{1,12}\](?![(（])")


# a tab inside a line: a text holding one sets cells apart by tabs (a spreadsheet's rows)
_INNER_TAB = re.compile(r"[^\t\n]\t")
_LEADING_TAB = re.compile(r"^\t(?!\t)", re.MULTILINE)


def _rebuilt(
    text: str, offsets: array, parts: list[str], new: array, done: int
) -> tuple[str, array]:
    """A table rebuild's result: the text and offsets before ``done`` as ``parts`` and ``new``
    hold them, the rest as it was; or the text unchanged if nothing was rebuilt."""
    if not parts:
        return text, offsets
    parts.append(text[done:])
    new.extend(offsets[done:])
    return "".join(parts), new


def _wrapped_ruled_rows(text: str, offsets: array, drawn: bool) -> tuple[str, array]:
    """A box-drawn table's rows that run over several lines between its rules as one row each
    (after ``_ruled_rows`` a row's lines are lines of tab-separated cells and its rules blank
    lines): each cell's pieces joined in order, their padding dropped, every character keeping
    its original offset. Only where rules part the rows — three groups of lines or more, each
    group's lines with as many cells — so a drawn table ruled only under its header keeps a
    row a line."""
    if not drawn or "\t" not in text:
        return text, offsets
    lines, starts = _lines_and_starts(text)
    groups: list[list[int]] = []  # consecutive row lines of one table, by line number
    tables: list[list[list[int]]] = []
    for n, line in enumerate(lines):
        if line.count("\t") >= 1 and line.strip():
            if groups and groups[-1][-1] == n - 1:
                groups[-1].append(n)
            elif groups and all(not lines[k].strip() for k in range(groups[-1][-1] + 1, n)):
                groups.append([n])  # (the next row, past its rule's blank line)
            else:
                if groups:
                    tables.append(groups)
                groups = [[n]]
    if groups:
        tables.append(groups)
    parts: list[str] = []
    new = array("l")
    done = 0
    for table in tables:
        if len(table) < 3:
            continue  # (no rules between rows: a row a line)
        for group in table:
            cells = [lines[n].split("\t") for n in group]
            if len(group) < 2 or len({len(c) for c in cells}) != 1:
                continue
            first, last = starts[group[0]], starts[group[-1]] + len(lines[group[-1]])
            parts.append(text[done:first])
            new.extend(offsets[done:first])
            for k in range(len(cells[0])):
                if k:
                    parts.append("\t")
                    new.append(offsets[min(first, len(offsets) - 1)])
                for n, row in zip(group, cells, strict=True):
                    a = starts[n] + sum(len(c) + 1 for c in row[:k])
                    piece = row[k]
                    lead = len(piece) - len(piece.lstrip())
                    piece = piece.strip()
                    if piece:
                        parts.append(piece)
                        new.extend(offsets[a + lead : a + lead + len(piece)])
                        first = a + lead + len(piece)
            done = last
    return _rebuilt(text, offsets, parts, new, done)


def _indenting_tabs(text: str) -> str:
    """A tab alone opening a line as a space in a text with no tab inside a line: there it
    only indents (\t责任单位：…); a row's empty cells are tabs before its last (\t\t单位：万元)."""
    if "\t" not in text or _INNER_TAB.search(text):
        return text
    return _LEADING_TAB.sub(" ", text)


def _retyped_marks(text: str) -> str:
    """A document number's brackets as 〔〕 and a dash between years as —, where OCR or a
    retyping wrote others (see above), and words in ASCII square brackets in 〔〕."""
    marks = [
        mark
        for m in _DOC_NO_BRACKETS.finditer(text)
        for mark in ((m.start(1), "〔"), (m.start(2), "〕"))
    ]
    marks += [(m.start(1), "—") for m in _YEARS_DASH.finditer(text)]
    marks += [
        mark
        for m in _SQUARE_WORDS.finditer(text)
        for mark in ((m.start(), "〔"), (m.end() - 1, "〕"))
    ]
    if not marks:
        return text  # (the common case: nothing copied)
    chars = list(text)
    for i, mark in marks:
        chars[i] = mark
    return "".join(chars)


def _full_stops(text: str) -> str:
    """Half-width full stops after Chinese as 。, but not a heading's (一.总体要求)."""
    markers = {m.end() - 1 for m in _CN_MARKER_DOT.finditer(text)}
    return _CJK_STOP.sub(lambda m: m.group() if m.start() in markers else "。", text)


# A table laid out in spaces, as `pdftotext -layout` leaves one: a header of three cells or
# more set apart by runs of two spaces or more, the first naming the row's number (序号) or
# its indicator (指标名称) and another a role (牵头单位) or a year (2026年目标); its rows
# open with their number (or, without one, their first column), a cell too long for its
# column wrapped onto the next lines under itself. A row's line holding a piece for every
# column gives them in order, however they are aligned (cells copied from a web page set
# apart by full-width spaces, which normalising makes two spaces).
_FRAGMENT = re.compile(r"\S+(?: \S+)*")
_LAYOUT_FIRST = re.compile(r"^(?:序号|编号|序|指标|指标名称|主要指标)$")
_LAYOUT_OTHER = re.compile(rf"^(?:{ROLE_LABEL})$|\d{{4}}年")
# a row's number in its first cell (1, 12., 三、): what opens a row of a table laid out in
# spaces, and makes a row under a task table's header a row, not the header's second row
ROW_NUMBER = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]?$")


def _fragments(line: str) -> list[tuple[int, int]]:
    """(start, end) offsets of a line's pieces of text between runs of two spaces or more."""
    return [m.span() for m in _FRAGMENT.finditer(line)]


def _display_column(line: str, i: int) -> int:
    """Where offset ``i`` of a line shows in a fixed-width font: a wide (CJK) character
    takes two columns, as a layout in spaces is aligned."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[:i])


def _layout_header(line: str) -> list[int] | None:
    """The start column of each cell if ``line`` heads a table laid out in spaces."""
    if "\t" in line:
        return None
    cells = [(a, line[a:b]) for a, b in _fragments(line)]
    if len(cells) < 3 or not _LAYOUT_FIRST.match(cells[0][1]):
        return None
    if not any(_LAYOUT_OTHER.search(c) for _, c in cells[1:]):
        return None
    return [_display_column(line, a) for a, _ in cells]


def _lines_and_starts(text: str) -> tuple[list[str], list[int]]:
    """A text's lines and the offset each starts at."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return lines, starts


def _layout_tables(text: str, offsets: array) -> tuple[str, array]:
    """Tables laid out in spaces as rows of tab-separated cells, each wrapped cell joined
    whole (its lines' pieces in order); every character keeps its original offset (a tab
    or a line's end takes the offset of the space or line end after the piece before)."""
    if "  " not in text:
        return text, offsets
    lines, starts = _lines_and_starts(text)
    parts: list[str] = []
    new = array("l")
    done = 0  # text before this offset is copied
    i = 0
    while i < len(lines):
        columns = _layout_header(lines[i]) if "  " in lines[i] else None
        if columns is None:
            i += 1
            continue
        numbered = lines[i].split()[0] in ("序号", "编号", "序")  # rows open with a number

        rows: list[list[list[tuple[int, int]]]] = []  # row → cell → (start, end) in text
        ends: list[int] = []  # each row's last line's end (its newline's offset)
        j = i
        while j < len(lines):
            line = lines[j]
            if "\t" in line:
                break
            if not line.strip():
                k = j + 1
                while k < len(lines) and not lines[k].strip():
                    k += 1
                nxt = _fragments(lines[k]) if k < len(lines) else []
                if not nxt or not _opens_row(lines[k], nxt[0], columns, numbered):
                    break
                j = k
                continue
            frags = _fragments(line)
            if j > i and not _opens_row(line, frags[0], columns, numbered):
                if not rows or HEADING_START.match(line[frags[0][0] :]):
                    break
                for a, b in frags:  # a wrapped cell's next line
                    rows[-1][_column_of(columns, line, a)].append((starts[j] + a, starts[j] + b))
                ends[-1] = starts[j] + len(line)
            else:
                cells: list[list[tuple[int, int]]] = [[] for _ in columns]
                for n, (a, b) in enumerate(frags):
                    # as many pieces as columns: one a column, in order, aligned or not (a
                    # table copied with its cells set apart by spaces, 序号　　重点任务　　…)
                    k = n if len(frags) == len(columns) else _column_of(columns, line, a)
                    cells[k].append((starts[j] + a, starts[j] + b))
                rows.append(cells)
                ends.append(starts[j] + len(line))
            j += 1
        if len(rows) >= 2:
            first = starts[i] + len(lines[i]) - len(lines[i].lstrip())
            parts.append(text[done:first])
            new.extend(offsets[done:first])
            for cells, end in zip(rows, ends, strict=True):
                last = first
                for k, pieces in enumerate(cells):
                    if k:
                        parts.append("\t")
                        new.append(offsets[min(last, len(offsets) - 1)])
                    for a, b in pieces:
                        parts.append(text[a:b])
                        new.extend(offsets[a:b])
                        last = b
                parts.append("\n")
                new.append(offsets[min(end, len(offsets) - 1)])
            done = ends[-1] + 1 if ends[-1] < len(text) else ends[-1]
        i = max(j, i + 1)
    return _rebuilt(text, offsets, parts, new, done)


# A table one cell a line — copied from a PDF viewer, or a word processor's "save as text" (an
# empty cell an empty line, a cell's paragraphs a line each, a row merged across one line): a
# header of three lines or more, 序号 first, each naming a column; then rows, each its number on
# a line and its cells. A row runs to the next number (or to a section row, after which the
# numbers may start again); the last, to as many lines as it has cells. A row with more lines
# than cells gives them out by what they hold: a deadline column its last line, the role
# columns the run of bodies' names and empty cells before it (a cell's names one a line one
# cell; too few cells, the rightmost role column takes the surplus), the task the lines before
# (a task the PDF wrapped). A lead cell merged over
# rows (written in the first only, the others empty) leads them all, as Word repeats it.
_CELL_HEADER = re.compile(
    rf"^(?:序号|(?:重点|工作|主要|具体)?任务|工作内容|(?:工作|具体)?目标(?:要求)?|{ROLE_LABEL}"
    r"|完成时[限间]|时间节点|时限|备注|责任领导|分管领导|牵头领导|领衔领导|责任人|联系人)$"
)
_DATE_COLUMN = re.compile(r"^(?:完成时[限间]|时间节点|时限)$")
_DEADLINE_LINE = re.compile(r"\d{4}年|月底|季度|长期|持续")
# a line of bodies' names: no sentence in it, ending as a body's name ends (市直有关部门,
# 各银行业金融机构, 各镇（街道）)
_NAMES_LINE = re.compile(
    r"^[^。；：:！？]{2,80}[局委办室心会组所站队司团院行处科社联厅部府道镇乡区县市旗州盟班关协构门）]$"
)


def _space_set_tables(text: str) -> str:
    """Tables whose cells a single space sets apart, as a PDF viewer copies a row (序号 重点任务
    牵头单位 …, then 1 创建… 市旅游发展局 …): a header of three names or more (``_CELL_HEADER``,
    序号 first), then rows opening with their number in turn, as many pieces as cells or more.
    The spaces between cells become tabs, one for one: a row's cells after its task are its
    last pieces, its task the pieces between (a space inside it stays a space)."""
    if "序号 " not in text:
        return text
    chars = list(text)
    pos = 0
    width = 0  # the number of cells of the table being read (0: none)
    number = 0
    pending: list[int] = []  # the header's spaces, made tabs once a row follows it
    for full in text.split("\n"):
        # (indented or not: every line of a text may be, 　　序号 重点任务 …)
        line = full.lstrip(" ")
        indent = len(full) - len(line)
        pieces = line.split(" ")
        cuts: list[int] = []
        if not line:
            pass  # (an empty line keeps the table: a Windows line end's CR is one here)
        elif width and pieces[0] == str(number) and len(pieces) >= width and all(pieces):
            spaces = [pos + indent + i for i, c in enumerate(line) if c == " "]
            cuts = pending + spaces[:1] + spaces[len(spaces) - (width - 2) :]
            pending, number = [], number + 1
        elif len(pieces) >= 3 and pieces[0] == "序号" and all(map(_CELL_HEADER.match, pieces)):
            width, number = len(pieces), 1
            pending = [pos + indent + i for i, c in enumerate(line) if c == " "]
        else:
            width, pending = 0, []
        for i in cuts:
            chars[i] = "\t"
        pos += len(full) + 1
    return "".join(chars)


def _row_cells(lines: list[str], kinds: list[str]) -> list[list[int]] | None:
    """Which of a row's lines (after its number) each cell holds, by the columns' kinds
    (``date``, ``role``, ``text``; see above), or None when they cannot be given out."""
    n, width = len(lines), len(kinds)
    if n == width:
        return [[k] for k in range(n)]
    if n < width:
        return None
    cells: list[list[int]] = [[] for _ in kinds]
    hi, k = n, width - 1
    while k >= 0 and kinds[k] == "date":
        hi -= 1
        cells[k] = [hi]
        k -= 1
    roles: list[int] = []
    while k >= 0 and kinds[k] == "role":
        roles.insert(0, k)
        k -= 1
    if roles:
        # the role cells: the run of names and empty cells before (a cell's names one a line
        # are one cell, an empty line an empty cell), the last as many as there are columns;
        # too few, and a cell's first name is the cell before's (the rightmost takes the rest)
        lo = hi
        while lo > 0 and (not lines[lo - 1].strip() or _NAMES_LINE.match(lines[lo - 1].strip())):
            lo -= 1
        units: list[list[int]] = []
        for at in range(lo, hi):
            if lines[at].strip() and units and lines[units[-1][-1]].strip():
                units[-1].append(at)
            else:
                units.append([at])
        units = units[-len(roles) :]
        while units and len(units) < len(roles):
            m = next((u for u, unit in enumerate(units) if len(unit) > 1), None)
            if m is None:
                return None
            units[m : m + 1] = [units[m][:1], units[m][1:]]
        if len(units) < len(roles):
            return None
        for col, unit in zip(roles, units, strict=True):
            cells[col] = unit
        hi = units[0][0]
    if hi < k + 1:
        return None
    for j in range(k, 0, -1):  # the text columns after the first: a line each
        hi -= 1
        cells[j] = [hi]
    if k >= 0:
        cells[0] = list(range(0, hi))
    return cells


# 序号 alone on its line, indented or not (every line of a text may be: 　　序号)
_NUMBER_HEADER_LINE = re.compile(r"^[ \t]*序号[ \t]*$", re.MULTILINE)


def _cell_per_line_tables(text: str, offsets: array) -> tuple[str, array]:
    """Tables one cell a line as rows of tab-separated cells (see above); every character
    keeps its original offset, a tab (or the 、 between a cell's names) that of the line end
    it stands for, a merged lead repeated with the offsets of where it is written."""
    if not _NUMBER_HEADER_LINE.search(text):
        return text, offsets
    lines, starts = _lines_and_starts(text)
    if _double_spaced(lines):  # (a web page's paragraphs, a cell each: the blanks are no cells)
        filled = [k for k, t in enumerate(lines) if t.strip()]
        lines, starts = [lines[k] for k in filled], [starts[k] for k in filled]
    parts: list[str] = []
    new = array("l")

    def copy(n: int) -> None:  # line n's text, with its offsets
        parts.append(lines[n])
        new.extend(offsets[starts[n] : starts[n] + len(lines[n])])

    def mark(char: str, n: int) -> None:  # a tab or 、 standing for line n's end
        parts.append(char)
        new.append(offsets[min(starts[n] + len(lines[n]), len(offsets) - 1)])

    done = 0
    i = 0
    while i < len(lines):
        if lines[i].strip() != "序号":
            i += 1
            continue
        j = i + 1
        while j < len(lines) and _CELL_HEADER.match(lines[j].strip()) and j - i < 12:
            j += 1
        header = [t.strip() for t in lines[i:j]]
        kinds = [
            "date" if _DATE_COLUMN.match(h) else "role" if label_role(h) else "text"
            for h in header[1:]
        ]
        rows: list[tuple[int, list[list[int]]] | int] = []  # (number line, cells) or a section
        number = 1
        while len(header) >= 3 and j < len(lines):
            head = lines[j].strip()
            if head in (str(number), "1") and (
                head == str(number) or (rows and isinstance(rows[-1], int))
            ):
                number = int(head)
                end = j + 1
                while end < len(lines) and end - j <= 4 * len(header):
                    t = lines[end].strip()
                    if t in (str(number + 1), "1") or (t and HEADING_START.match(t)):
                        break
                    end += 1
                if (
                    end >= len(lines)
                    or end - j > 4 * len(header)
                    or not (
                        lines[end].strip() in (str(number + 1), "1")
                        or HEADING_START.match(lines[end].strip())
                    )
                ):
                    end = min(j + len(header), len(lines))  # the last row: as many lines as cells
                body = list(range(j + 1, end))
                while (
                    len(body) > len(kinds)
                    and not lines[body[-1]].strip()
                    and (kinds[-1] != "date" or _DEADLINE_LINE.search(lines[body[-2]]))
                ):
                    body.pop()  # a blank line after the row (its deadline given), no empty cell
                cells = _row_cells([lines[n] for n in body], kinds)
                if cells is None:
                    break
                rows.append((j, [[body[n] for n in cell] for cell in cells]))
                number += 1
                j = end
            elif head and HEADING_START.match(head) and not head.isdigit():
                rows.append(j)  # a section row
                j += 1
            else:
                break
        if not any(isinstance(r, tuple) for r in rows):
            i += 1
            continue
        while rows and isinstance(rows[-1], int):
            rows.pop()
            j -= 1
        parts.append(text[done : starts[i]])
        new.extend(offsets[done : starts[i]])
        for k, n in enumerate(range(i, i + len(header))):  # the header
            if k:
                mark("\t", n - 1)
            copy(n)
        mark("\n", i + len(header) - 1)
        above: dict[int, list[int]] = {}  # a lead column's last written cell
        for row in rows:
            if isinstance(row, int):
                copy(row)
                mark("\n", row)
                above = {}
                continue
            first, cells = row
            copy(first)
            last = first
            for col, cell in enumerate(cells):
                mark("\t", last)
                filled = [n for n in cell if lines[n].strip()]
                if kinds[col] == "role" and label_role(header[col + 1]) == "lead":
                    if filled:
                        above[col] = filled
                    else:
                        filled = above.get(col, [])  # a merged lead, written above
                for m, n in enumerate(filled):
                    if m and kinds[col] == "role":
                        mark("、", n - 1)  # (a task's wrapped lines join bare)
                    copy(n)
                last = cell[-1] if cell else last
            mark("\n", last)
        done = min(starts[j - 1] + len(lines[j - 1]) + 1, len(text)) if j > i else done
        i = j
    return _rebuilt(text, offsets, parts, new, done)


def _double_spaced(lines: list[str]) -> bool:
    """Whether a text sets a blank line between its lines, nearly all of them (a web page's
    paragraphs, or a text saved from one): four in five of its lines followed by one."""
    filled = [k for k, t in enumerate(lines) if t.strip()]
    spaced = sum(
        1
        for k in filled
        if k + 2 < len(lines) and not lines[k + 1].strip() and lines[k + 2].strip()
    )
    return len(filled) >= 10 and spaced >= 0.8 * (len(filled) - 1)


def _column_of(columns: list[int], line: str, a: int) -> int:
    """The column (by the header's cells' starts) nearest where offset ``a`` of a line shows."""
    at = _display_column(line, a)
    return min(range(len(columns)), key=lambda k: abs(columns[k] - at))


def _opens_row(line: str, first: tuple[int, int], columns: list[int], numbered: bool) -> bool:
    """Whether a line laid out in spaces opens a row: its first piece is in the first
    column (and, where the table numbers its rows, a number) and is no heading (三、…)."""
    if _column_of(columns, line, first[0]) != 0:
        return False
    if HEADING_START.match(line[first[0] :]) and not ROW_NUMBER.match(line[first[0] : first[1]]):
        return False
    return not numbered or ROW_NUMBER.match(line[first[0] : first[1]]) is not None


# A text whose line breaks were lost (a crawler's copy, a page whose content sits in one
# <p>): one long line holding two top-level headings or more after a sentence's or a
# note's end (…。二、重点任务…). Such a line is broken again before each heading, at each
# run of spaces (a full-width space stood between a heading's title and its text, the
# title and the body, the issuer and the date), and after a note closing a paragraph
# (…。（市财政局负责）潜江市人民政府办公室).
_LOST_BREAKS_LINE = 80
_SPACED_NUMBER = re.compile(r"\d +|. +[\d%]")
_INLINE_TOP = re.compile(
    r"(?<=[。！？）])[一二三四五六七八九十]{1,3}、|(?<=\s)[一二三四五六七八九十]{1,3}、"
)
_INLINE_PAREN = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]")
_CLOSING_NOTE = re.compile(rf"。{_NOTE}(?=[^\s。，；：、）)])")


def _lost_breaks(text: str, offsets: array, original: str) -> tuple[str, array]:
    """Line breaks put back into the lines that lost theirs (see ``_INLINE_TOP``): a space
    becomes the break (one for one); elsewhere a break is inserted, taking the offset of
    the character after it."""
    if len(text) < _LOST_BREAKS_LINE:
        return text, offsets
    chars: list[str] | None = None
    inserts: set[int] = set()
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line) >= _LOST_BREAKS_LINE and len(_INLINE_TOP.findall(line)) >= 2:
            chars = chars or list(text)
            for m in re.finditer(r" +", line.strip()):  # (a full-width space is one by now)
                k = start + len(line) - len(line.lstrip()) + m.start()
                if original[offsets[k]] == " " and _SPACED_NUMBER.match(
                    line.strip(), max(0, m.start() - 1)
                ):
                    continue  # (a space typed around a number: 到 2026 年 — no lost break)
                chars[k] = "\n"
            for m in (*_INLINE_TOP.finditer(line), *_INLINE_PAREN.finditer(line)):
                at = m.start()
                if at > 0 and not line[at - 1].isspace() and HEADING_START.match(line[at:]):
                    inserts.add(start + at)
            for m in _CLOSING_NOTE.finditer(line):
                inserts.add(start + m.end())
        start = end + 1
    if chars is None:
        return text, offsets  # (the same object: nothing was lost)
    if not inserts:
        return "".join(chars), offsets
    return _insert_breaks("".join(chars), offsets, inserts)


# Items numbered inline in one paragraph, each closed by a note of its own (（一）产业发展。
# 1.新增规上企业20家（县工信局负责）；2.新建标准厂房10万平方米（县发改局负责）。 — found probing,
# session 65): the paragraph is broken before each item, which is then a measure with its own
# roles, as an item on a line of its own is. Only a run numbered from 1, every item of it
# closed by a note naming a role, is broken (主要任务包括：1.…；2.… names points, no items).
_INLINE_ITEM = re.compile(
    r"(?<=[。；;：:])[ \t\u3000]*(?:(\d{1,2})[.、．](?!\d)|[（(](\d{1,2})[）)])"
)
_ITEM_NOTE_AT_END = re.compile(rf"{_NOTE}$")
_ROLE_WORD = re.compile(rf"牵头|负责|配合|协同|主责|协助|{ROLE_LABEL}")


def _closes_with_role_note(segment: str) -> bool:
    """Whether an inline item's text ends with a bracket naming a role (its stop after it)."""
    note = _ITEM_NOTE_AT_END.search(segment.rstrip(" \t\u3000；;。，,"))
    return note is not None and _ROLE_WORD.search(note.group(0)) is not None


def _inline_item_breaks(text: str) -> list[int]:
    """Where the runs of items numbered inline, each closed by its own role note, start their
    items (see ``_INLINE_ITEM``): the positions of their markers."""
    out: list[int] = []
    start = 0
    for line in text.split("\n"):
        if len(line) >= 30 and "1" in line:
            # the first run numbered 1, 2, 3 … of one kind of marker (1. or （1）)
            run: list[re.Match[str]] = []
            run_bracketed = False
            for m in _INLINE_ITEM.finditer(line):
                bracketed = m.group(1) is None
                number = int(m.group(2) if bracketed else m.group(1))
                if run and number == len(run) + 1 and bracketed == run_bracketed:
                    run.append(m)
                elif number == 1:
                    if len(run) >= 2:
                        break
                    run, run_bracketed = [m], bracketed
            if len(run) >= 2:
                ends = [m.start() for m in run[1:]] + [len(line)]
                if all(
                    _closes_with_role_note(line[m.end() : e])
                    for m, e in zip(run, ends, strict=True)
                ):
                    for m in run:
                        gap = len(m.group(0)) - len(m.group(0).lstrip(" \t\u3000"))
                        out.append(start + m.start() + gap)
        start += len(line) + 1
    return out


def _insert_breaks(text: str, offsets: array, inserts: set[int]) -> tuple[str, array]:
    """``text`` with a line break before each position of ``inserts``, the break pointing at
    the character after it."""
    parts: list[str] = []
    new = array("l")
    for i, ch in enumerate(text):
        if i in inserts:
            parts.append("\n")
            new.append(offsets[i])
        parts.append(ch)
        new.append(offsets[i])
    return "".join(parts), new


def _follows_a_part(text: str, numeral: str, at: int) -> bool:
    """Whether the part numbered ``numeral`` at ``at`` follows a part numbered the one before
    it with 、 or a dot (一、目标任务 or 一.目标任务 … 二 重点工作)."""
    k = small_numeral(numeral)
    if k is None or k < 2:
        return False
    before = re.compile(rf"(?m)^[ \t\u3000]*{CN_DIGITS[k - 2]}(?:、|[.．](?!\d))")
    return before.search(text, 0, at) is not None


def normalise(
    original: str, *, hard_wrapped: bool = True, headings: frozenset[str] = frozenset()
) -> Normalised:
    """Normalise ``original``. ``hard_wrapped`` is false for a spreadsheet's rows (.xlsx,
    .xls, .csv): their line breaks are never wraps to join. (HTML pages and Word files often
    carry text pasted from a printed copy, line breaks and all — a Word file then has a
    paragraph a printed line —, so they are read as possibly wrapped; a text of the
    author's own paragraphs has no wrap width its headings reach, and is left as it is.)
    ``headings``: the lines the markup sets as headings (by ``headings.line_key``), never
    joined to the line before or after them."""
    text = one_for_one(original)
    text = _DIGIT_PUNCT.sub(lambda m: original[m.start()], text)
    offsets = array("l", range(len(text) + 1))
    sentinel = offsets[-1]
    offsets = offsets[:-1]
    # a Windows line end (CRLF) is one break: its CR goes (a CR alone is a break itself); and
    # characters that show nothing go before anything reads the text (序\u200b号 is 序号)
    crs = [(m.start(), m.start() + 1) for m in _CRLF.finditer(original)]
    hidden = [m.span() for m in _INVISIBLE.finditer(text)]
    text, offsets = _delete(text, offsets, sorted(crs + hidden))
    # a bilingual page's lines in the other script translate the Chinese: they go first of all
    text, offsets = _delete(text, offsets, _translation_lines(text))
    # (each step down to the soft breaks' keeps the text's length: the offsets hold)
    text = _STRAIGHT_QUOTES.sub(r"“\1”", text)
    text = _full_stops(text)
    text = _retyped_marks(text)
    if is_traditional(text):  # (first: the tables' headers below are looked for simplified)
        text = to_simplified(text)
    text = _indenting_tabs(text)
    # (a table drawn with box characters or ASCII grid rules, whose rows may run over lines)
    drawn = "│" in text or "┃" in text or ("+" in text and _GRID_RULE_LINE.search(text) is not None)
    text = _ruled_rows(text)
    text = _bar_separated_rows(text)
    text = _space_set_tables(text)
    text = years_in_digits(text)
    soft = _soft_break_spans(text)
    text = text.replace(SOFT_BREAK, "\n")
    text, offsets = _delete(text, offsets, soft)
    text, offsets = _dashed_labels(text, offsets)
    broken_again = _lost_breaks(text, offsets, original)
    if broken_again[0] is not text:
        text, offsets = broken_again
        hard_wrapped = False  # a text that lost its line breaks was never wrapped by a page
    items = _inline_item_breaks(text)
    if items:
        text, offsets = _insert_breaks(text, offsets, set(items))
    laid_out = text
    text, offsets = _wrapped_ruled_rows(text, offsets, drawn)
    text, offsets = _layout_tables(text, offsets)
    text, offsets = _cell_per_line_tables(text, offsets)
    reordered = text is not laid_out
    pages = [m.span() for m in _PAGE_NUMBER.finditer(text)]
    text, offsets = _delete(text, offsets, sorted(pages + _running_lines(text, pages)))
    spaces = sorted(set(_space_spans(text)) | set(_spaced_out_spans(text)))
    if len(DECIMAL_OUTLINE.findall(text, 0, 200_000)) >= 2:
        # an outline numbered in decimals: the space after a heading's number is its mark
        kept = {m.span(1) for m in DECIMAL_SPACE.finditer(text)}
        spaces = [s for s in spaces if s not in kept]
    found = list(CN_SPACED.finditer(text, 0, 200_000))
    # parts numbered 一 总体要求, 二 重点任务: the space after the number is its mark — two such
    # lines, or one whose number follows a part numbered with 、 (一、目标任务 … 二 重点工作)
    kept = {
        m.span(1)
        for m in found
        if len(found) >= 2 or _follows_a_part(text, m.group().strip(), m.start())
    }
    spaces = [s for s in spaces if s not in kept]
    padded = list(PADDED_SPACED.finditer(text, 0, 200_000))
    if len(padded) >= 2:  # parts numbered 01 发展目标, 02 重点任务: the space is their mark
        kept = {m.span(1) for m in padded}
        spaces = [s for s in spaces if s not in kept]
    actions = list(ACTION_SPACED.finditer(text, 0, 200_000))
    if len(actions) >= 2:  # actions labelled 行动一 提升产业能级: the space ends the label
        kept = {m.span(1) for m in actions}
        spaces = [s for s in spaces if s not in kept]
    text, offsets = _delete(text, offsets, spaces)
    text, offsets = _delete(text, offsets, _sparing(_page_break_spans(text), text, headings))
    text, offsets = _delete(text, offsets, _label_over_list_spans(text))
    if hard_wrapped:
        wraps = _wrap_spans(text, offsets, original)
        text, offsets = _delete(text, offsets, _sparing(wraps, text, headings))
    # (again: a year a break cut, 到二〇二 / 七年, is whole once its lines run on)
    text = years_in_digits(text)
    offsets.append(sentinel)
    return Normalised(text, offsets, original, reordered)
