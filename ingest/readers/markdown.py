"""Markdown (``.md``): a document as a converter writes it — an OCR tool turning a scanned
PDF into text (MinerU, marker, PaddleOCR's), pandoc from a Word file, a researcher's notes —
read as the text it stands for (pure, but for decoding the file).

What the markup is for goes; what it marks stays:

* a heading's ``#`` marks, a list item's bullet (``-``, ``*``, ``+``), a quote's ``>``, the
  rules (``---``, ``***``) and a setext heading's underline (``===``), a code fence (its
  lines are kept), a YAML front matter block (its title, issuer, date and number are the
  document's, ``front_matter``), HTML comments, images, a link's address (its
  text stays), emphasis (``**8万亩**``), inline code, footnote marks (a footnote's text,
  ``[^1]: …``, is a note: ``注1：…``) and notes' marks in superscript (``<sup>1</sup>``,
  ``^1^``: an exponent's digits stay, ``m<sup>2</sup>`` → ``m2``), backslash escapes
  (``1\\.`` → ``1.``), inline HTML tags (``<br>`` is a line break);
* an ordered list item keeps its number (``1.``), as the document prints it;
* formulas an OCR tool writes for figures (``$5 \\%$``, ``$\\geq 30$``, ``$\\textcircled{2}$``)
  are the characters they print (``5%``, ``≥30``, ``②``), pandoc's smart dashes
  (``2025---2027年``) dashes again;
* tables become lines of tab-separated cells, as a Word table's do: pipe tables (a header
  row, a delimiter row ``|---|:---:|``, rows; a row of one text repeated in every cell,
  Docling's title row, is that text once), HTML ``<table>`` blocks (MinerU writes its
  tables so; cells spanning rows are repeated and ones spanning columns followed by empty
  cells, as the HTML reader reads them), pandoc's grid tables (``+----+----+`` borders,
  a cell's text over several lines, aligned by display width: a Chinese character takes two
  columns; a border under some columns only leaves a cell merged down, a row without a ``|``
  on an edge a cell merged across; a table of one column, Word's frame, read as the text it
  holds) and pandoc's simple and multiline tables (columns from the runs of dashes under the
  header). A cell's lines (``<br>`` in a pipe table) are joined as a Word cell's are, a list
  of bodies one a line kept apart with ``、``; a lead cell merged over rows and written in
  the first only leads them all (``cells.fill_merged_leads``).

Paragraph lines are kept as they are: hard-wrapped prose is joined by the normaliser, as a
text file's is. Where the document says that bodies printed in bold lead (注：加粗的为牵头单位,
pandoc's ``**市商务局**、市财政局`` from such a Word file), a bold body's name is written as the
asterisk rule writes it (``市商务局*``), as the Word reader writes it (``bold.mark_bold``); so
is one printed red, underlined or highlighted where the document says those lead
(标红的为牵头单位: inline HTML as a page prints it, ``<font color="red">``, ``<u>``, ``<mark>``;
pandoc's ``[市商务局]{.underline}`` and ``{.mark}``; markdown-it's ``==市商务局==``).
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from functools import lru_cache
from html import unescape
from itertools import pairwise
from pathlib import Path

from ingest.markup_headings import BOLD_LINE_LEVEL
from ingest.readers.bold import mark_bold
from ingest.readers.cells import HELD_LEAD_MARK, fill_merged_leads, join_cell_lines
from ingest.readers.note_marks import is_note_mark
from ingest.readers.txt import decode
from ingest.role_labels import BOLD_LEAD_RULE, lead_emphasis

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# (a heading's attributes closing it, as pandoc and kramdown write them: ## 发展目标 {#goal .unnumbered})
_ATTRIBUTES = r"(?:\s*\{[#.\-][^{}]*\})?"
_ATX = re.compile(rf"^\s{{0,3}}#{{1,6}}(?:\s+|$)(.*?)(?:\s+#+)?{_ATTRIBUTES}\s*$")
_ATTRIBUTES_END = re.compile(r"\s*\{[#.\-][^{}]*\}\s*$")
# a line asking the editor to draw a table of contents there: [TOC], [[_TOC_]], ${toc}, @[toc]
_TOC_MARK = re.compile(r"^\s*(?:\[TOC\]|\[\[_TOC_\]\]|\$\{toc\}|@\[toc\](?:\([^)]*\))?)\s*$", re.I)
_RULE = re.compile(r"^\s{0,3}(?:[-=*_]\s*){3,}$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^\s*[-*+]\s+(?=\S)")
_ORDERED = re.compile(r"^\s*(\d{1,3})([.)])\s+(?=\S)")
_FRONT_MATTER_KEY = re.compile(r"^[\w-]+\s*:")

_PIPE_DELIMITER = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_GRID_RULE = re.compile(r"\+[-=:]{3,}\+")  # a grid table's border, under some columns or all
_SEGMENTS = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")  # runs of dashes under a header
_DASHES_ACROSS = re.compile(r"^\s*-{10,}\s*$")  # a multiline table's first and last line
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_SPAN = re.compile(r"\[([^\]]*)\]\{[^}]*\}")  # pandoc's [text]{.underline}
# pandoc's smart punctuation: --- an em dash (2025---2027年), -- an en dash
_EM_DASH = re.compile(r"(?<=[^\s-])---(?=[^\s-])|(?<=[^\s-])------(?=[^\s-])")
_EN_DASH = re.compile(r"(?<=[^\s-])--(?=[^\s-])")
_LINE_BLOCK = re.compile(r"^\|\s")  # pandoc's line block: lines kept as they break
_FENCED_DIV = re.compile(r"^\s*:::")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+)>")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
# a footnote's text (``[^1]: 规上企业指…``): a note, as a printed page's foot has it
_FOOTNOTE_TEXT = re.compile(r"^\s{0,3}\[\^([^\]]+)\]:\s*")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# (a Chinese character before or after does not stop emphasis, as a Latin letter does)
_EMPHASIS = re.compile(r"(?<![A-Za-z0-9*])\*(?=\S)([^*]+?)(?<=\S)\*(?![A-Za-z0-9*])")
_CODE = re.compile(r"`([^`]+)`")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
_COMMENT = re.compile(r"^[ \t]*<!--.*?-->[ \t]*\n|<!--.*?-->", re.S | re.M)  # a line or part
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~$%])")
_HARD_BREAK = re.compile(r"(?:\\| {2,})$")

_MATH = re.compile(r"\$\$?([^$\n]+?)\$\$?")
# what formulas for figures print (an OCR tool writes 增长$5 \%$左右, $\geq 30$)
_TEX = {
    r"\%": "%",
    r"\left": "",
    r"\right": "",
    r"\geqslant": "≥",
    r"\leqslant": "≤",
    r"\geq": "≥",
    r"\leq": "≤",
    r"\ge": "≥",
    r"\le": "≤",
    r"\times": "×",
    r"\sim": "~",
    r"\cdot": "·",
    r"\approx": "≈",
    r"\pm": "±",
    r"\circ": "°",
    r"\,": "",
    r"\;": "",
    r"\ ": "",
}
_TEX_WORD = re.compile(r"\\(?:mathrm|text|textbf|mathbf|operatorname)\s*\{([^{}]*)\}")
_TEX_CIRCLED = re.compile(r"\\textcircled\s*\{\s*([1-9]|1\d|20)\s*\}")
_TEX_POWER = re.compile(r"\^\s*\{?\s*([23])\s*\}?")


def read_markdown(path: Path) -> tuple[str, str, list[tuple[int, str]], dict[str, str]]:
    """A Markdown file's text (see the module doc), the encoding it was read with, its
    headings (see ``markdown_headings``) and what its front matter says of the document
    (see ``front_matter``)."""
    source, encoding = decode(path.read_bytes(), path.name)
    return markdown_text(source), encoding, markdown_headings(source), front_matter(source)


# the keys of a front matter block that say what the document is, as an export writes them
# in English or Chinese (batch 1138: the issuer and date were there alone, and lost)
_FRONT_MATTER_FIELDS = {
    "title": "title",
    "标题": "title",
    "issuer": "issuer",
    "author": "issuer",
    "publisher": "issuer",
    "发文机关": "issuer",
    "发文单位": "issuer",
    "发布机构": "issuer",
    "date": "date",
    "日期": "date",
    "发布日期": "date",
    "成文日期": "date",
    "发文日期": "date",
    "doc_number": "doc_number",
    "文号": "doc_number",
    "发文字号": "doc_number",
}
_FRONT_MATTER_LINE = re.compile(r"^\s*([\w-]+)\s*[:：]\s*(.*?)\s*$")
_FRONT_MATTER_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def front_matter(source: str) -> dict[str, str]:
    """The title, issuer, date (ISO) and document number a YAML front matter block at the top
    names (``title:``, ``issuer:``, ``date: 2026-03-18`` — or 标题, 发文机关, 成文日期 …), values
    unquoted; {} without one."""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    end = _after_front_matter(lines)
    out: dict[str, str] = {}
    for line in lines[1 : max(end - 1, 1)]:
        m = _FRONT_MATTER_LINE.match(line)
        field = _FRONT_MATTER_FIELDS.get(m[1].lower()) if m else None
        value = m[2].strip("\"'") if m else ""
        if field is None or not value or field in out:
            continue
        if field == "date":
            d = _FRONT_MATTER_DATE.fullmatch(value)
            if d is None:
                continue
            value = f"{int(d[1]):04d}-{int(d[2]):02d}-{int(d[3]):02d}"
        out[field] = value
    return out


_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")  # the line under an underlined heading
_BOLD_LINE = re.compile(r"\s{0,3}(?:\*\*([^*\s][^*]*)\*\*|__([^_\s][^_]*)__)\s*")  # wholly bold


def markdown_headings(source: str) -> list[tuple[int, str]]:
    """A Markdown document's headings, (level, words) in order: ``## 重点任务``, a line
    underlined with ``===`` (level 1) or ``---`` (level 2) — not inside fenced code, nor a
    table's line (``|``) over a rule — and a line wholly in bold (``**发展目标**``, at
    ``BOLD_LINE_LEVEL``)."""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[tuple[int, str]] = []
    fenced = False
    i = _after_front_matter(lines)
    for k in range(i, len(lines)):
        line = lines[k]
        if _FENCE.match(line):
            fenced = not fenced
        elif fenced:
            continue
        elif (m := _ATX.match(line)) is not None:
            out.append((len(line.lstrip().split(None, 1)[0]), _inline(m[1]).strip()))
        elif (m := _BOLD_LINE.fullmatch(line)) is not None:
            out.append((BOLD_LINE_LEVEL, _inline(m[1] or m[2]).strip()))
        elif (
            line.strip()
            and "|" not in line
            and k + 1 < len(lines)
            and (under := _SETEXT.match(lines[k + 1])) is not None
            and (k == 0 or not lines[k - 1].strip())
        ):
            words = _ATTRIBUTES_END.sub("", line)
            out.append((1 if under[1].startswith("=") else 2, _inline(words).strip()))
    return [(level, words) for level, words in out if words]


def markdown_text(source: str) -> str:
    """The text a Markdown document stands for (see the module doc)."""
    source = _COMMENT.sub("", source.replace("\r\n", "\n").replace("\r", "\n"))
    bold_leads = BOLD_LEAD_RULE.search(source.replace("*", "").replace("_", "")) is not None
    if bold_leads:
        source = _bold_bodies_marked(source)
    else:
        emphasis = lead_emphasis(_TAG.sub("", source))
        if emphasis in ("red", "underline", "highlight"):
            source = _emphasised_bodies_marked(source, emphasis)
            bold_leads = True  # (the marks are written as the bold ones are, at the end)
    lines = source.split("\n")
    out: list[str] = []
    i = _after_front_matter(lines)
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            end = next((j for j in range(i + 1, len(lines)) if _FENCE.match(lines[j])), None)
            stop = len(lines) if end is None else end
            out.extend(lines[i + 1 : stop])
            i = stop + 1
        elif "<table" in line.lower():
            end = next(
                (j for j in range(i, len(lines)) if "</table>" in lines[j].lower()),
                len(lines) - 1,
            )
            start = line.lower().index("<table")
            block = "\n".join([line[start:], *lines[i + 1 : end + 1]])
            close = block.lower().rfind("</table>")
            table, after = (block, "") if close < 0 else (block[: close + 8], block[close + 8 :])
            if line[:start].strip():
                out.append(_inline(line[:start]))
            out.extend(_html_table_rows(table))
            if after.strip():
                out.extend(_inline(after).split("\n"))
            i = end + 1
        elif (_DASHES_ACROSS.match(line) or (line.strip() and i + 1 < len(lines))) and (
            found := _dashed_table(lines, i)
        ) is not None:
            rows, i = found
            out.extend(rows)
        elif _GRID_BORDER.match(line):
            end = i + 1
            while end < len(lines) and lines[end].lstrip().startswith(("|", "+")):
                end += 1
            out.extend(_grid_table_rows(lines[i:end]) or _box_text(lines[i:end]))
            i = end
        elif (
            "|" in line and i + 1 < len(lines) and _PIPE_DELIMITER.match(lines[i + 1])
        ) and "|" in lines[i + 1]:
            end = i + 2
            while end < len(lines) and lines[end].strip() and "|" in lines[end]:
                end += 1
            out.extend(_pipe_table_rows([lines[i], *lines[i + 2 : end]]))
            i = end
        else:
            out.extend(_block_line(line))
            i += 1
    text = "\n".join(out).strip("\n") + "\n"
    return text.replace(_BOLD_MARK, "*") if bold_leads else text


_BOLD_MARK = HELD_LEAD_MARK  # (see cells.HELD_LEAD_MARK)


def _bold_bodies_marked(source: str) -> str:
    """Each strong span (``**市商务局**``) that is a body's name listed — in a table's cell
    (beside a ``|``) or next to a list's separator, a bracket or a label's colon — marked as
    a lead (see ``bold.mark_bold``)."""

    return _STRONG.sub(lambda m: m[1] + _listed_marked(m, m[2]) + m[1], source)


def _listed_marked(m: re.Match[str], words: str) -> str:
    """``words``, printed as the document's leads are where ``m`` matched, marked where they
    are a body's name listed: in a table's cell (beside a ``|``) or next to a list's
    separator, a bracket or a label's colon (the line's text around them, its tags aside)."""
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    line_end = m.string.find("\n", m.end())
    before = _TAG.sub("", m.string[line_start : m.start()])
    after = _TAG.sub("", m.string[m.end() : None if line_end < 0 else line_end]).lstrip(" ")
    in_cell = before.rstrip().endswith("|") or after.startswith("|")
    return mark_bold(words, before, after, in_cell=in_cell).replace("*", _BOLD_MARK)


# Inline markup printing words red, underlined or highlighted: an HTML element (<font
# color="red">, <span style="color:#f00">, <u>, <ins>, <mark>, a yellow background), pandoc's
# bracketed span ([市商务局]{.underline}, {.mark}) and the == of markdown-it and Obsidian
_INLINE_ELEMENT = re.compile(r"<(font|span|u|ins|mark)\b[^>]*>([^<]+)</\1>", re.I)
_PANDOC_CLASS = re.compile(r"\[([^\]\n]+)\]\{\.(underline|mark)\}")
_DOUBLE_EQUALS = re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)==")


def _emphasised_bodies_marked(source: str, emphasis: str) -> str:
    """Each span printed as ``emphasis`` says (red, underline, highlight) that is a body's
    name listed — in a table's cell or next to a list's separator, a bracket or a label's
    colon — marked as a lead, its markup dropped (see ``bold.mark_bold``); the markup of
    the others is left to be dropped as any is."""
    from bs4 import BeautifulSoup

    from ingest.readers.html import printed_so

    def element(m: re.Match[str]) -> str:
        tag = BeautifulSoup(m[0], "html.parser").find(m[1].lower())
        return _listed_marked(m, m[2]) if tag is not None and printed_so(tag, emphasis) else m[0]

    def pandoc(m: re.Match[str]) -> str:
        kind = "underline" if m[2] == "underline" else "highlight"
        return _listed_marked(m, m[1]) if kind == emphasis else m[1]

    source = _INLINE_ELEMENT.sub(element, source)
    source = _PANDOC_CLASS.sub(pandoc, source)
    if emphasis == "highlight":
        source = _DOUBLE_EQUALS.sub(lambda m: _listed_marked(m, m[1]), source)
    return source


def _after_front_matter(lines: list[str]) -> int:
    """Where the text starts: after a YAML front matter block (``---`` / ``key: value`` lines
    / ``---``) at the top, if there is one."""
    if not lines or lines[0].strip() != "---":
        return 0
    for j in range(1, min(len(lines), 60)):
        if lines[j].strip() in ("---", "..."):
            keyed = [t for t in lines[1:j] if t.strip()]
            if keyed and _FRONT_MATTER_KEY.match(keyed[0]):
                return j + 1
            return 0
    return 0


def _block_line(line: str) -> list[str]:
    """A line outside tables and code as text: its block marks dropped (a setext heading's
    underline, a rule and a blank line give nothing or a blank line)."""
    if _RULE.match(line):
        return []  # a rule, or the underline of the heading above it
    if _FENCED_DIV.match(line):
        return []  # a pandoc div's fence (::: {custom-style="…"}): its lines are read
    if _TOC_MARK.match(line):
        return []  # (the editor's table of contents, drawn where it stands: no words)
    if (m := _FOOTNOTE_TEXT.match(line)) is not None:
        label = m[1] if m[1].isdigit() else ""
        return [f"注{label}：{_inline(line[m.end() :])}"]
    if (m := _ATX.match(line)) is not None:
        return [_inline(m[1])]
    line = _ATTRIBUTES_END.sub("", line)  # (an underlined heading's: 发展目标 {#goal})
    while _QUOTE.match(line):
        line = _QUOTE.sub("", line, count=1)
    line = _LINE_BLOCK.sub("", _BULLET.sub("", line, count=1), count=1)
    line = _ORDERED.sub(lambda m: f"{m[1]}{m[2]}" if m[2] == "." else f"{m[1]}）", line, count=1)
    line = _HARD_BREAK.sub("", line)
    return _inline(line).split("\n")


def _inline(text: str) -> str:
    """Inline markup dropped, what it marks kept (``<br>`` a line break)."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _SPAN.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _FOOTNOTE.sub("", text)
    text = _SUPERSCRIPT.sub(_superscript, text)
    text = _MATH.sub(lambda m: _tex(m[1]), text)
    text = _CODE.sub(r"\1", text)
    for _ in range(2):  # ***both*** is strong around emphasis
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(r"\1", text)
    text = _BREAK_TAG.sub("\n", text)
    text = _TAG.sub("", text)
    text = _EM_DASH.sub(lambda m: "—" * (len(m[0]) // 3), text)
    text = _EN_DASH.sub("–", text)
    return unescape(_ESCAPE.sub(r"\1", text)).replace("\xa0", " ")


# a superscript, as inline HTML (<sup>1</sup>) or as pandoc writes one (^1^)
_SUPERSCRIPT = re.compile(r"<sup>([^<>]{1,6})</sup>|\^([^\s^]{1,6})\^", re.I)


def _superscript(m: re.Match[str]) -> str:
    """A note's mark goes (总产值¹); an exponent stays, its digits in line (m² → m2)."""
    raised = m[1] if m[1] is not None else m[2]
    return "" if is_note_mark(raised, m.string[: m.start()]) else raised


def _tex(formula: str) -> str:
    """What a formula for a figure prints: ``5 \\%`` → ``5%``, ``\\geq 30`` → ``≥30``,
    ``\\textcircled{1}`` → ``①``."""
    formula = _TEX_CIRCLED.sub(lambda m: chr(0x2460 + int(m[1]) - 1), formula)
    formula = _TEX_WORD.sub(r"\1", formula)
    formula = _TEX_POWER.sub(lambda m: "²" if m[1] == "2" else "³", formula)
    for command in sorted(_TEX, key=len, reverse=True):
        formula = formula.replace(command, _TEX[command])
    return formula.replace("{", "").replace("}", "").replace(" ", "")


def _cell(text: str) -> str:
    """A pipe table's cell: its lines (``<br>``) joined as a Word cell's are."""
    return join_cell_lines(_inline(text.strip().replace("\\|", "|")).split("\n"))


def _pipe_table_rows(lines: list[str]) -> list[str]:
    """A pipe table's header and rows (its delimiter row left out) as tab-separated lines.
    A row whose cells all hold the same words is one cell merged across the table, as
    Docling writes a title row (in each cell it spans): that cell alone. A lead cell merged
    over rows, written in the first only, leads them all (``cells.fill_merged_leads``)."""
    rows = []
    for line in lines:
        cells = _UNESCAPED_PIPE.split(line.strip())
        if cells and not cells[0].strip() and line.strip().startswith("|"):
            cells = cells[1:]
        if cells and not cells[-1].strip() and line.strip().endswith("|"):
            cells = cells[:-1]
        texts = [_cell(c) for c in cells]
        if len(texts) > 1 and len(set(texts)) == 1 and _CJK_RUN.search(texts[0]):
            texts = texts[:1]
        rows.append(texts)
    return ["\t".join(row).rstrip("\t") for row in fill_merged_leads(rows)]


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2}")  # (words, not a repeated number or dash)


def _html_table_rows(html: str) -> list[str]:
    """An HTML table's rows as tab-separated lines, read as the HTML reader reads one (a
    box of one column around text read as text, a nested table as a table)."""
    from ingest.readers.html import fragment_text

    return [line for line in fragment_text(html).split("\n") if line.strip()]


@lru_cache(maxsize=256)
def _columns(line: str) -> list[int]:
    """The display column of each character of ``line`` (a wide character takes two); a
    table's lines are asked for again for each of its columns."""
    cols, col = [], 0
    for c in line:
        cols.append(col)
        col += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return cols


def _slice(line: str, left: int, right: int) -> str:
    """The characters of ``line`` shown between display columns ``left`` and ``right``
    (both excluded)."""
    return "".join(c for c, col in zip(line, _columns(line), strict=True) if left < col < right)


def _at(line: str, column: int) -> str:
    """The character of ``line`` shown at display column ``column`` (a space past its end)."""
    return next((c for c, col in zip(line, _columns(line), strict=True) if col == column), " ")


def _grid_table_rows(lines: list[str]) -> list[str]:
    """A grid table's rows as tab-separated lines. Its columns are where its borders put
    ``+`` (a title row merged across the table has a border of one cell); a row is the ``|`` lines between two borders. A border that runs under some
    columns only (``|      +-----+``) leaves the cells above the others open: a cell merged
    down, repeated in each row it spans, its lines gathered over all of them. A row line
    without a ``|`` on a column's edge has a cell merged across, its text in the first
    column and the others empty. A cell's lines are joined as a Word cell's are."""
    if all(t.strip().count("+") == 2 for t in lines if _GRID_RULE.search(t)):
        return []  # one column: a box (see _box_text)
    edges = sorted(
        {
            col
            for line in lines
            if _GRID_RULE.search(line)
            for col, c in zip(_columns(line), line, strict=True)
            if c == "+"
        }
    )
    spans = list(pairwise(edges))
    blocks: list[list[str]] = []  # each row's lines
    closes: list[list[bool]] = []  # after each row, which columns its border closes
    block: list[str] = []
    for line in lines[1:]:
        if _GRID_RULE.search(line):
            closed = [bool(re.fullmatch(r"[-=:]+", _slice(line, a, b))) for a, b in spans]
            if block:
                blocks.append(block)
                closes.append(closed)
            elif closes:  # two borders in a row: the later one closes more
                closes[-1] = [x or y for x, y in zip(closes[-1], closed, strict=True)]
            block = []
        else:
            block.append(line.rstrip())
    if block:
        blocks.append(block)
        closes.append([True] * len(spans))
    pieces = [[_grid_cell_lines(b, spans, k) for k in range(len(spans))] for b in blocks]
    grid = [[""] * len(spans) for _ in blocks]
    for k in range(len(spans)):
        start = 0
        for r in range(len(blocks)):
            if closes[r][k] or r == len(blocks) - 1:
                text = join_cell_lines([t for rr in range(start, r + 1) for t in pieces[rr][k]])
                for rr in range(start, r + 1):
                    grid[rr][k] = text
                start = r + 1
    return ["\t".join(row).rstrip("\t") for row in grid]


def _box_text(lines: list[str]) -> list[str]:
    """A grid table of one column — a box around text, as Word's frames are written — read
    as the Markdown it holds (a table inside it a table)."""
    inner = [t.strip()[1:-1].rstrip() for t in lines if not _GRID_RULE.search(t)]
    return markdown_text(textwrap.dedent("\n".join(inner))).split("\n")


def _grid_cell_lines(block: list[str], spans: list[tuple[int, int]], k: int) -> list[str]:
    """The lines of column ``k`` of a grid table's row (``block``): none when a cell merged
    across from a column before covers it; a merged cell's lines run to the edge where
    a ``|`` closes it."""
    if k and not any(_at(line, spans[k][0]) == "|" for line in block):
        return []
    right = next(
        (b for _, b in spans[k:] if any(_at(line, b) == "|" for line in block)), spans[-1][1]
    )
    return [_inline(_slice(line, spans[k][0], right).strip().replace("\\|", "|")) for line in block]


def _dash_columns(line: str) -> list[tuple[int, int]] | None:
    """The display columns (start, end) of the runs of dashes of a line under a simple or
    multiline table's header, if it is one (two runs or more)."""
    if not _SEGMENTS.match(line):
        return None
    cols = _columns(line)
    return [(cols[m.start()], cols[m.end() - 1]) for m in re.finditer(r"-+", line)]


def _dashed_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """Pandoc's simple or multiline table starting at line ``i`` — its rows as tab-separated
    lines and the line after it — or None. A multiline table opens with a line of dashes
    across, its header over a line of dashes in runs (one a column), its rows parted by
    blank lines, and closes with a line of dashes across; a simple table is a header line
    over the runs of dashes and a row a line, closed by a blank line. Columns run from the
    start of one run of dashes to the start of the next."""
    multiline = bool(_DASHES_ACROSS.match(lines[i]))
    header_from = i + 1 if multiline else i
    j = header_from
    while j < min(len(lines), header_from + 4) and lines[j].strip():
        if _dash_columns(lines[j]) is not None:
            break
        j += 1
    if j >= len(lines) or j - header_from > 3 or (not multiline and j != i + 1):
        return None
    runs = _dash_columns(lines[j])
    if runs is None:
        return None
    starts = [a for a, _ in runs]
    bounds = [
        (a - 1 if k else -1, b)
        for k, (a, b) in enumerate(zip(starts, [*starts[1:], 10**6], strict=True))
    ]
    rows: list[list[str]] = [lines[header_from:j]] if j > header_from else []
    end = j + 1
    row: list[str] = []
    while end < len(lines):
        line = lines[end]
        if _DASHES_ACROSS.match(line) or _dash_columns(line) is not None:
            end += 1  # the closing line
            break
        if not line.strip():
            if not multiline:
                break
            if row:
                rows.append(row)
            row = []
        elif multiline:
            row.append(line)
        else:
            rows.append([line])
        end += 1
    if row:
        rows.append(row)
    grid = [
        [join_cell_lines([_inline(_slice(t, a, b).strip()) for t in row_lines]) for a, b in bounds]
        for row_lines in rows
    ]
    return ["\t".join(cells).rstrip("\t") for cells in fill_merged_leads(grid)], end
