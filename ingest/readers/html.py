"""HTML pages from government sites: the main text, navigation and scripts dropped; where the
page says that bodies printed in bold lead (注：加粗的为牵头单位), a bold body's name is
written as the asterisk rule writes it (县花卉中心*), as the Word reader writes it."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graph.errors import IngestError
from ingest.furniture import RECOMMENDED, is_furniture
from ingest.headings import HEADING_START
from ingest.markup_headings import BOLD_LINE_LEVEL
from ingest.meta import ISSUER_AND_DATE, TITLE_WORDS, is_issuer, particulars, published_title
from ingest.readers.bold import mark_bold
from ingest.readers.cells import field_line, join_cell_lines
from ingest.readers.docx_numbering import format_number
from ingest.readers.note_marks import NOTE_MARK, is_note_mark
from ingest.readers.txt import decode
from ingest.role_labels import label_role, lead_emphasis

_DROP = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe"]
_CONTENT_HINT = re.compile(r"(content|article|zoom|TRS_Editor|detail|main|text|body)", re.I)
_NOISE_HINT = re.compile(
    r"(nav|menu|footer|header|breadcrumb|crumb|position|share|sidebar|related|copyright"
    # (a footer named short: <div id="foot"> — batch 1331; not a footnote)
    r"|foot(?!note))",
    re.I,
)
_BLOCKS = {
    *("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section"),
    # (and the other elements a browser sets on lines of their own: a definition list's terms
    # and descriptions, <dt>1.新建5G基站300个。</dt><dd>牵头单位：县工信局</dd> — found probing,
    # a task's bodies had run into the next term's number — quotations, articles, lists,
    # preformatted text, figures and rules)
    *("dl", "dt", "dd", "blockquote", "article", "main", "ul", "ol", "pre", "address"),
    *("figure", "figcaption", "hr"),
}
_META = {
    "ArticleTitle": "title",
    "PubDate": "date",
    "ContentSource": "issuer",
    "title": "title",
}


# a page title's site name: 历城区2025年科技工作要点_济南市历城区人民政府
_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s-\s|——).*$")


def _page_meta(soup: Any, body: Any) -> dict[str, str]:
    """Title, issuer, date and document number a page shows around its article: the
    headline (the first ``<h1>``, else the page's ``<title>`` without the site's name or
    a headline line) and the information line or table of particulars."""
    meta: dict[str, str] = {}
    text = body.get_text("\n", strip=True)
    for tag in ("h1", "h2"):
        heads = [h.get_text("", strip=True) for h in body.find_all(tag)]
        heads = [h for h in heads if _cjk_count(h) >= 4]
        if heads:
            meta["title"] = heads[0]
            break
    page_title = ""
    if soup.title and soup.title.string:
        page_title = _SITE_SUFFIX.sub("", soup.title.string.strip())
    if "title" not in meta:
        # the page's <title> when it names a document; else the page's first line that
        # does (a headline in a layout table's cell); else the <title> (a site's name)
        if TITLE_WORDS.search(page_title) and _cjk_count(page_title) >= 4:
            # (a covering notice's headline: the document it publishes, the page's text)
            meta["title"] = published_title(page_title)
        elif headline := next((line for line in text.split("\n") if _is_headline(line)), None):
            meta["title"] = headline
        elif _cjk_count(page_title) >= 4:
            meta["title"] = page_title
    # (the issuer and date on the line under the headline, unlabelled, where the page lays
    # them out in a cell of their own outside the article: 长阳土家族自治县农业农村局　2026-03-10
    # — batch 924)
    if "title" in meta and "issuer" not in meta:
        lines = text.split("\n")
        if meta["title"] in lines:
            under = lines[lines.index(meta["title"]) + 1 :][:1]
            if under and (m := ISSUER_AND_DATE.fullmatch(under[0])) and is_issuer(m.group(1)):
                y, mo, d = (int(x) for x in re.findall(r"\d+", m.group(2))[:3])
                meta |= {"issuer": m.group(1), "date": f"{y:04d}-{mo:02d}-{d:02d}"}
    # (the particulars in lines as the browser breaks them, a line's inline elements run on:
    # 来源：<span>金凤区</span><span>发展和改革局</span> is one line; else a cell a line, as a
    # table of them has it)
    return meta | particulars(text) | particulars(_text_of(body))


# a trail of links to the page (首页 > 信息公开 > 计划规划) is navigation, whatever it names
_TRAIL = re.compile(r"[>＞›»]")
# … and an element holding nothing else is dropped, whatever its class (<div class="loc">首页 >
# 政务公开 > 重点领域</div> ran into the heading under it as the title's start — batch 832)
_LINK_TRAIL = re.compile(
    r"(?:(?:您)?(?:当前|现在)?(?:的)?(?:所在)?位置\s*[:：]?\s*)?首页"
    r"(?:\s*[>＞›»/]\s*[^>＞›»/\n]{1,20}?)+\s*[>＞›»/]?"
)


def _is_headline(line: str) -> bool:
    """A line that reads as a document's title: names a kind of document (or a year's key
    tasks), no sentence, and is no body's name (区规划自然资源分局 holds 规划, a plan)."""
    return (
        _cjk_count(line) >= 6
        and len(line) <= 60
        and bool(TITLE_WORDS.search(line) or _TASKS_TITLE.search(line))
        and not re.search(r"[，。：:；！？]", line)
        and not _BODY_NAME_END.search(line)
        and not _TRAIL.search(line)
    )


# a list of a year's key tasks is titled so: 昌平区2026年医药健康产业发展重点任务
_TASKS_TITLE = re.compile(r"\d{4}年\S*重点(?:工作)?任务$")


_BODY_NAME_END = re.compile(r"(?:局|委|委员会|办|办公室|中心|政府|管委会)$")


def _cjk_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def _span(cell: Any, attr: str) -> int:
    try:
        return max(1, min(int(str(cell.get(attr) or 1)), 50))
    except ValueError:
        return 1


def _fill(row: list[str], pending: dict[int, tuple[str, int]]) -> None:
    """Append to ``row`` the cells that cells of rows above span into, from its end on."""
    while len(row) in pending:
        text, left = pending[len(row)]
        if left <= 1:
            del pending[len(row)]
        else:
            pending[len(row)] = (text, left - 1)
        row.append(text)


# what breaks a cell's text into lines (its inline elements do not)
_CELL_BREAKS = {"br", "p", "div", "li", "tr", "table"}


def _cell_text(cell: Any) -> str:
    """A cell's lines (broken by ``<br>`` and block elements) as one line: a list of names
    one a line stays a list (see ``cells.join_cell_lines``); inline elements run on as the
    browser sets them, spaced only where the page's text has a space (<span>12</span><span>
    00万人次</span> is 1200万人次). A table nested in it gives a line a row (``cells.field_line``:
    牵头 | 县农业农村局 is 牵头：县农业农村局)."""
    from bs4 import NavigableString, Tag

    lines: list[list[str]] = [[]]
    for node in cell.descendants:
        if any(p.name == "table" for p in _parents_within(node, cell)):
            continue  # (inside a nested table: its rows are read whole below)
        if isinstance(node, Tag) and node.name == "table":
            lines += [[field_line(row)] for row in table_rows(node)] + [[]]
        elif isinstance(node, Tag) and node.name in _CELL_BREAKS:
            lines.append([])
        elif type(node) is NavigableString:  # text, not a comment or a doctype
            lines[-1].append(str(node))
    return join_cell_lines([" ".join("".join(parts).split()) for parts in lines])


def _parents_within(node: Any, cell: Any) -> Iterator[Any]:
    """``node``'s ancestors below ``cell``."""
    parent = node.parent
    while parent is not None and parent is not cell:
        yield parent
        parent = parent.parent


def table_rows(table: Any) -> list[list[str]]:
    """The rows of a table as a grid: a cell spanning rows (rowspan) is repeated in each
    row it spans, as Word repeats a vertically merged cell, so every column keeps its
    meaning; a cell spanning columns (colspan) is followed by empty cells."""
    rows: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column → (text, rows still to fill)
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue  # a nested table's row: in its cell's text
        row: list[str] = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            _fill(row, pending)
            text = _cell_text(cell)
            rowspan, colspan = _span(cell, "rowspan"), _span(cell, "colspan")
            if rowspan > 1:
                pending[len(row)] = (text, rowspan - 1)
            row.append(text)
            row.extend([""] * (colspan - 1))
        _fill(row, pending)
        rows.append(row)
    return rows


# an <ol>'s list-style-type or type attribute → a numbering format of Word's
_LIST_FORMATS = {
    "decimal": "decimal",
    "1": "decimal",
    "cjk-ideographic": "chineseCounting",
    "simp-chinese-informal": "chineseCounting",
    "trad-chinese-informal": "chineseCounting",
    "cjk-decimal": "ideographDigital",
    "lower-alpha": "lowerLetter",
    "lower-latin": "lowerLetter",
    "a": "lowerLetter",
    "upper-alpha": "upperLetter",
    "upper-latin": "upperLetter",
    "A": "upperLetter",
    "lower-roman": "lowerRoman",
    "i": "lowerRoman",
    "upper-roman": "upperRoman",
    "I": "upperRoman",
}
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([\w-]+)", re.I)


def _list_format(ol: Any) -> str:
    m = _LIST_STYLE.search(str(ol.get("style") or ""))
    if m and m.group(1).lower() in _LIST_FORMATS:
        return _LIST_FORMATS[m.group(1).lower()]
    return _LIST_FORMATS.get(str(ol.get("type") or "1"), "decimal")


_LETTERS_AND_ROMANS = ("lowerLetter", "upperLetter", "lowerRoman", "upperRoman")


def _list_marker(n: int, fmt: str, in_decimal_list: bool) -> str:
    """How a browser numbers an item, written as Chinese documents write that number: a
    decimal list's 1. (（1） inside another decimal list, so the two stay two levels),
    a Chinese list's 一、."""
    if fmt == "none" or (in_decimal_list and fmt in _LETTERS_AND_ROMANS):
        # (items lettered or in roman numerals under a numbered one, a.b. or i.ii., are its
        # lines, no level Chinese documents number: no marker, as bullets have none)
        return ""
    number = format_number(n, fmt) or ""
    if fmt == "decimal":
        return f"（{number}）" if in_decimal_list else f"{number}."
    if fmt in ("chineseCounting", "ideographDigital"):
        return f"{number}、"
    return f"{number}."


def _int_attr(el: Any, attr: str, default: int) -> int:
    try:
        return int(str(el.get(attr)))
    except ValueError:
        return default


def _text_of(node: Any) -> str:
    """Text with block elements on their own lines and table rows as tab-separated cells;
    the items of an ordered list carry the numbers the browser draws for them; a <pre>
    block keeps its lines."""
    from bs4 import NavigableString, Tag

    out: list[str] = []
    lists: list[str] = []  # the formats of the ordered lists being walked, outermost first

    def walk_list(ol: Any) -> None:
        fmt = _list_format(ol)
        n = _int_attr(ol, "start", 1) - 1 if ol.get("start") else 0
        in_decimal = "decimal" in lists
        lists.append(fmt)
        for child in ol.children:
            if not (isinstance(child, Tag) and child.name == "li"):
                visit(child)
                continue
            n = _int_attr(child, "value", n + 1) if child.get("value") else n + 1
            out.append("\n")
            if not HEADING_START.match(child.get_text("", strip=True)):
                out.append(_list_marker(n, fmt, in_decimal))
            walk(child)
            out.append("\n")
        lists.pop()

    def visit(child: Any) -> None:
        if isinstance(child, NavigableString):
            # a newline in the source is a space, but inside <pre> it breaks the line
            keep = child.find_parent("pre") is not None
            out.append(str(child) if keep else str(child).replace("\n", " "))
            return
        if not isinstance(child, Tag):
            return
        if child.name == "ol":
            out.append("\n")
            walk_list(child)
            out.append("\n")
            return
        if child.name in ("div", "ul", "section") and (grid := _div_table_rows(child)):
            out.append("\n")
            out.extend("\n" + "\t".join(cells).rstrip("\t") + "\n" for cells in grid)
            out.append("\n")
            return
        if child.name == "table" and _is_box(child):
            for cell in child.find_all(["td", "th"]):
                if cell.find_parent("table") is child:
                    out.append("\n")
                    walk(cell)
                    out.append("\n")
            return
        if child.name == "table":
            out.append("\n")
            for cells in table_rows(child):
                out.append("\n" + "\t".join(cells).rstrip("\t") + "\n")
            out.append("\n")
            return
        if child.name == "tr":  # a row outside any table: cells as they come
            cells = [
                " ".join(c.get_text(" ", strip=True).split())
                for c in child.find_all(["td", "th"], recursive=False)
            ]
            out.append("\n" + "\t".join(cells) + "\n")
            return
        if child.name in _BLOCKS:
            out.append("\n")
        walk(child)
        if child.name in _BLOCKS:
            out.append("\n")

    def walk(el: Any) -> None:
        for child in el.children:
            visit(child)

    # (the node a table itself — a page's text a one-column table: read as a table inside it is)
    if isinstance(node, Tag) and node.name == "table":
        visit(node)
    else:
        walk(node)
    # (a table row keeps its empty first cells: a header's second row under a spanning
    # cell, \t\t牵头单位\t配合单位, or a row whose number cell is empty)
    lines = [
        line.strip(" \u3000\xa0") if "\t" in line else line.strip()
        for line in "".join(out).split("\n")
    ]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_CELL_BLOCKS = ["div", "p", "table", "ul", "ol", "section"]


def _div_table_rows(el: Any) -> list[list[str]] | None:
    """The rows of a table built of ``<div>``s (a page rendered by a script framework: a row
    an element of three cells or more, each holding text only), if ``el`` is one: every
    child a row of as many cells, the first naming a task table's columns (序号, 牵头单位 …)."""
    from bs4 import Tag

    rows = [c for c in el.children if isinstance(c, Tag)]
    if len(rows) < 2:
        return None
    grid = []
    for row in rows:
        cells = [c for c in row.children if isinstance(c, Tag)]
        if len(cells) < 3 or any(c.find(_CELL_BLOCKS) is not None for c in cells):
            return None
        grid.append([join_cell_lines(c.get_text("\n", strip=True).split("\n")) for c in cells])
    if len({len(r) for r in grid}) != 1:
        return None
    header = [c.strip() for c in grid[0]]
    if "序号" not in header and not any(label_role(c) for c in header):
        return None
    return grid


def _one_column_rows(table: Any) -> list[list[Any]] | None:
    """The cells of a table's own rows (not a nested table's), if no row has more than one;
    else None."""
    rows = [
        tr.find_all(["td", "th"], recursive=False)
        for tr in table.find_all("tr")
        if tr.find_parent("table") is table
    ]
    return rows if all(len(cells) <= 1 for cells in rows) else None


def _is_column(table: Any) -> bool:
    """Whether a table is a column of lines: two rows or more, none of more than one cell (an
    old portal page setting its title, date and each paragraph in a row of its own — batch
    1134: the largest cell alone was read as the page's text)."""
    rows = _one_column_rows(table)
    return rows is not None and len(rows) >= 2


def _is_box(table: Any) -> bool:
    """Whether a table is a box around text (a bordered frame, a layout table, as Word's
    one-column tables are read): one column, and a cell holding paragraphs or a table."""
    rows = _one_column_rows(table)
    if not rows:
        return False
    return any(
        c.find(["p", "div", "table", "ol", "ul"]) is not None for cells in rows for c in cells
    )


def fragment_text(html: str) -> str:
    """The text of a piece of HTML (a table a Markdown document holds), read as a page's
    main text is: block elements on lines of their own, table rows as tab-separated cells,
    a one-column box around text read as text."""
    from bs4 import BeautifulSoup

    return _text_of(BeautifulSoup(html, "html.parser"))


def _attr_text(el: Any) -> str:
    """An element's class names and id, as one string to search."""
    classes = el.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    return " ".join(str(c) for c in classes) + " " + str(el.get("id") or "")


_WORD_CONDITIONAL = re.compile(r"<!\[(?:if\s[^\]>]*|endif)\]>", re.I)


# a page's main text, what the page says of the document, and the headings its markup sets
Page = tuple[str, dict[str, str], list[tuple[int, str]]]


def read_html(path: Path) -> Page:
    """A web page's main text, what the page says of the document and the headings of its
    main text (see ``page_text``). A page a browser saved complete shows its document in a
    frame whose page it saved beside it (``X_files/saved_resource.html``): the frames' pages
    are read too, and the document is the page — the outer or a frame's — whose main text
    holds the most Chinese, as a single-file page's parts are (``read_mhtml``)."""
    raw = path.read_bytes()
    pages = [html_page(raw, path.name)]
    for frame in local_frames(raw, path):
        pages.append(html_page(frame.read_bytes(), frame.name))
    return _the_document(pages)


# a frame's address in a page: <iframe src="./X_files/saved_resource.html">, <frame src=…>
_FRAME_SRC = re.compile(rb"<i?frame\b[^>]*?\bsrc\s*=\s*[\"']?([^\"' >]+)", re.I)


def local_frames(raw: bytes, path: Path) -> list[Path]:
    """The pages a saved page's frames show that were saved beside it: a frame's address
    relative to the page, naming an HTML file in the page's folder or below it."""
    from urllib.parse import unquote

    folder = path.parent.resolve()
    out: list[Path] = []
    for m in _FRAME_SRC.finditer(raw):
        src = unquote(m.group(1).decode("latin-1").split("?")[0].split("#")[0])
        if not src or "://" in src or src.startswith(("/", "javascript:", "about:", "data:")):
            continue
        try:
            frame = (path.parent / src).resolve()
        except (OSError, ValueError):
            continue
        if (
            frame.suffix.lower() in (".html", ".htm")
            and frame.is_file()
            and folder in frame.parents
            and frame not in out
        ):
            out.append(frame)
    return out


def _the_document(pages: list[Page]) -> Page:
    """Of a page's parts (the page, its frames), the one whose main text holds the most
    Chinese (the first of equals), what the others say of the document filling in what it
    lacks (a headline and information line the outer page shows)."""
    text, meta, headings = max(pages, key=lambda page: _cjk_count(page[0]))
    for _, around, _ in pages:
        for key, value in around.items():
            meta.setdefault(key, value)
    return text, meta, headings


def html_page(raw: bytes, name: str) -> Page:
    """A web page's bytes, decoded as a browser would (see ``_decoded_page``), read as a page;
    ``name`` for messages."""
    return page_text(_decoded_page(raw, name))


# the labels the Encoding Standard reads with GBK's decoder (gb2312, gbk, x-gbk, gb_2312-80 …)
_GB_LABELS = {"gb2312", "gbk", "xgbk", "gb231280", "chinese", "csgb2312", "isoir58"}


def _decoded_page(raw: bytes, name: str, charset: str | None = None) -> str:
    """A page's bytes as text: in ``charset`` (a MIME part's) or the one its ``<meta>``
    names, else as a text file is decoded."""
    m = re.search(rb"charset=[\"']?([\w-]+)", raw[:4096], re.I)
    declared = charset or (m.group(1).decode("ascii") if m else None)
    if declared and declared.lower().replace("_", "").replace("-", "") in _GB_LABELS:
        # a page that says GB2312 or GBK is read as browsers read it, by GBK's superset:
        # Python's GB2312 gives the dash (0xA1AA) as ― U+2015, not — U+2014 (a horizon's
        # 2025—2027年 was lost), and fails on the GBK characters such pages hold
        declared = "gb18030"
    if declared:
        try:
            return raw.decode(declared, errors="strict")
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(raw, name)[0]


def read_mhtml(path: Path) -> Page:
    """A web page saved as one file (``.mht``/``.mhtml``: Chrome's and Edge's "Webpage, Single
    File", Word's "Single File Web Page"): a MIME message of HTML parts — the page, and each
    frame it shows, a portal's document often in a frame of its own — each in its own
    charset and transfer encoding, read as a page is; the part whose main text holds the most
    Chinese is the document. One that is no MIME message (a page saved under that name) is
    read as a page."""
    return mhtml_page(path.read_bytes(), path.name)


def mhtml_page(raw: bytes, name: str) -> Page:
    """A single-file web page's bytes (see ``read_mhtml``) read as a page; ``name`` for
    messages."""
    import email
    import email.policy

    head = raw[:2048].lower()
    if b"mime-version" not in head and b"content-type" not in head:
        return html_page(raw, name)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    pages = []
    for part in message.walk():
        if part.get_content_type() == "text/html":
            # (its transfer encoding undone; Chrome names no charset: the page's <meta> does)
            data = part.get_payload(decode=True)
            if isinstance(data, bytes):
                pages.append(page_text(_decoded_page(data, name, part.get_content_charset())))
    if not pages:
        raise IngestError(f"{name}: the saved page holds no HTML part; save the page anew.")
    return _the_document(pages)


# Word's "save as web page" links a footnote's mark to its note and back (#_ftn1, #_ftnref1)
_NOTE_LINK = re.compile(r"^#_(?:ftn|edn)(?:ref)?\d+$")


def _text_before(el: Any) -> str:
    """The last text with something printed before ``el`` in the page."""
    for s in el.find_all_previous(string=True):
        if s.strip():
            return str(s)
    return ""


def _drop_note_marks(soup: Any) -> None:
    """Leave out notes' marks: superscripts that are one (see ``note_marks``) and the links
    Word writes for its footnotes' marks."""
    for el in soup.find_all("sup"):
        if not el.decomposed and is_note_mark(el.get_text(), _text_before(el)):
            el.decompose()
    for el in soup.find_all("a", href=_NOTE_LINK):
        if not el.decomposed and NOTE_MARK.fullmatch(el.get_text()):
            el.decompose()


_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)
# (the main text shown has at least this share of the text the page holds, hidden or not;
# below it, the page's script shows what is hidden — a text hidden until it loads, pages of a
# long text paginated by the browser)
_SHOWN_SHARE = 0.3


def _is_hidden(el: Any) -> bool:
    """Whether an element is hidden from the page's reader: ``display:none`` in its style or
    the ``hidden`` attribute (not ``visibility:hidden``, which a WeChat article's text has
    until its script shows it)."""
    return el.has_attr("hidden") or bool(_DISPLAY_NONE.search(str(el.get("style") or "")))


def _main_text(body: Any) -> tuple[Any, float]:
    """The element holding the page's main text, and its score: the Chinese it holds less
    twice that of its links, more for a name saying content (``_CONTENT_HINT``) — the smallest
    element that holds most of the text."""
    best, best_score = body, 0.0
    tables: dict[int, int] = {}  # a table's Chinese, counted once
    for el in body.find_all(["div", "article", "section", "td", "main", "table"]):
        if el.name == "table" and not _is_column(el):
            continue
        text = el.get_text("", strip=True)
        cjk = _cjk_count(text)
        if cjk < 50:
            continue
        if el.name == "td" and (table := el.find_parent("table")) is not None:
            if id(table) not in tables:
                tables[id(table)] = _cjk_count(table.get_text("", strip=True))
            if 2 * cjk < tables[id(table)]:
                # (a data table's cell, less than half of its table's text, is no page's main
                # text: a task table standing in <body> with no container — batch 1374: one
                # task's cell was read as the whole page; a layout table's article cell holds
                # most of its table's text)
                continue
        links = sum(_cjk_count(a.get_text("", strip=True)) for a in el.find_all("a"))
        hint = 1.3 if _CONTENT_HINT.search(_attr_text(el)) else 1.0
        score = (cjk - 2 * links) * hint
        if score > best_score * 1.05 or (score >= best_score * 0.9 and el in best.descendants):
            best, best_score = el, score
    return best, best_score


def page_text(html: str) -> Page:
    """A page's main text (navigation, scripts and link lists dropped), the title, issuer,
    date and document number the page shows around it, and the headings (``<h1>``…``<h6>``:
    level and words) inside the main text."""
    from bs4 import BeautifulSoup

    # Word's "save as web page" marks what only Word shows: <![if !supportLists]> … <![endif]>
    # around a list's number (kept: the number is the text's) — the markers are no text
    html = _WORD_CONDITIONAL.sub("", html)
    soup = BeautifulSoup(html, "lxml")
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        name = tag.get("name")
        if name in _META and tag.get("content"):
            meta.setdefault(_META[name], str(tag["content"]).strip())
    for el in soup(_DROP):
        if el.name == "header" and el.find_parent("article") is not None:
            continue  # (an article's own header: its headline and byline — batch 1168)
        el.decompose()
    _drop_note_marks(soup)
    for el in list(soup.find_all(True)):
        if el.decomposed:
            continue
        if _NOISE_HINT.search(_attr_text(el)) or _LINK_TRAIL.fullmatch(
            el.get_text(" ", strip=True)
        ):
            el.decompose()
    body = soup.body or soup
    best, best_score = _main_text(body)
    if soup.find(_is_hidden) is not None:
        # a page as its reader sees it: a tab hidden until clicked (政策解读 beside 文件正文) is
        # another text — unless what is hidden is most of the page's text, shown by its script
        visible = copy.copy(soup)
        for el in visible.find_all(_is_hidden):
            if not el.decomposed:
                el.decompose()
        shown, shown_score = _main_text(visible.body or visible)
        if shown_score >= _SHOWN_SHARE * best_score:
            soup, body, best = visible, visible.body or visible, shown
    for key, value in _page_meta(soup, body).items():
        meta.setdefault(key, value)
    if emphasis := lead_emphasis(best.get_text("")):
        _mark_emphasised_bodies(best, _EMPHASIS[emphasis])
    return _without_furniture(_text_of(best)), meta, _headings(best)


_HEADING_TAG = re.compile(r"^h[1-6]$")
_LINE_TAGS = ("p", "div", "li", "section")


def _headings(root: Any) -> list[tuple[int, str]]:
    """The headings of a page's main text, (level, words) in order: ``<h1>``…``<h6>``, and a
    line (a paragraph, a ``<div>`` or an item holding no other) set wholly in bold, at
    ``BOLD_LINE_LEVEL`` — none in a table's cells (but a box's: a layout table framing the
    text)."""
    out: list[tuple[int, str]] = []
    boxes: dict[int, bool] = {}  # whether a table is a box, by its id (read once a table)
    for el in root.find_all([_HEADING_TAG, *_LINE_TAGS]):
        if _in_a_cell(el, root, boxes):
            continue  # (a cell's words are its row's, whatever their type: 产业集群提升 in bold)
        if el.name[0] == "h":
            out.append((int(el.name[1]), el.get_text("", strip=True)))
        elif not el.find([_HEADING_TAG, *_LINE_TAGS, "table"]):
            # (its lines: a paragraph broken by <br>, as old portal pages set a whole text)
            out += [(BOLD_LINE_LEVEL, words) for words in _bold_lines(el)]
    return [(level, words) for level, words in out if words]


def _bold_lines(el: Any) -> list[str]:
    """The lines of an element holding no other block (one, or several broken by ``<br>``)
    whose every piece of text is inside bold type (its own style's, or an element's within
    it)."""
    from bs4 import NavigableString, Tag

    def in_bold(piece: Any) -> bool:
        for up in piece.parents:  # (up to the element itself)
            if _is_bold(up):
                return True
            if up is el:
                return False
        return False

    lines: list[list[Any]] = [[]]
    for node in el.descendants:
        if isinstance(node, Tag) and node.name == "br":
            lines.append([])
        elif type(node) is NavigableString and node.strip():
            lines[-1].append(node)
    return [
        "".join(str(piece) for piece in line).strip()
        for line in lines
        if line and all(in_bold(piece) for piece in line)
    ]


def _in_a_cell(el: Any, root: Any, boxes: dict[int, bool]) -> bool:
    """Whether an element stands in a cell of a table inside ``root`` that is no box (a
    layout table framing the text, or the cell ``root`` is, holds no table's cells);
    ``boxes`` remembers which tables are boxes."""
    for up in el.parents:
        if up is root:
            return False
        if up.name in ("td", "th"):
            table = up.find_parent("table")
            if table is None:
                return False
            if id(table) not in boxes:
                boxes[id(table)] = _is_box(table)
            return not boxes[id(table)]
    return False


# bold type: <b>, <strong>, or a style of bold weight (font-weight: bold / 700)
_BOLD_WEIGHT = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
# red type: <font color="red">, a style's colour red (red, #f00, #ff0000, #c00000, rgb(255,0,0))
_RED = re.compile(
    r"^(?:red|#f00|#[b-f][0-9a-f][0-5][0-9a-f][0-5][0-9a-f]"
    r"|rgb\(\s*(?:1[89]\d|2\d\d)\s*,\s*(?:\d{1,2})\s*,\s*(?:\d{1,2})\s*\))$",
    re.I,
)
_COLOR = re.compile(r"(?<![-\w])color\s*:\s*([^;]+)", re.I)
_UNDERLINE = re.compile(r"text-decoration(?:-line)?\s*:[^;]*underline", re.I)
_YELLOW = re.compile(
    r"background(?:-color)?\s*:\s*(?:yellow|#ff0\b|#ffff00|rgb\(\s*255\s*,\s*255\s*,\s*0\s*\))",
    re.I,
)


def _is_bold(el: Any) -> bool:
    return el.name in ("b", "strong") or bool(_BOLD_WEIGHT.search(str(el.get("style") or "")))


def _is_red(el: Any) -> bool:
    colour = el.get("color") if el.name == "font" else None
    m = _COLOR.search(str(el.get("style") or ""))
    value = (m.group(1) if m else colour) or ""
    return bool(_RED.match(str(value).strip()))


def _is_underlined(el: Any) -> bool:
    return el.name in ("u", "ins") or bool(_UNDERLINE.search(str(el.get("style") or "")))


def _is_highlighted(el: Any) -> bool:
    return el.name == "mark" or bool(_YELLOW.search(str(el.get("style") or "")))


_EMPHASIS = {
    "bold": _is_bold,
    "red": _is_red,
    "underline": _is_underlined,
    "highlight": _is_highlighted,
}


def printed_so(el: Any, emphasis: str) -> bool:
    """Whether an HTML element prints its text as ``emphasis`` says (bold, red, underline,
    highlight): the page's test, for the Markdown reader's inline HTML too."""
    return bool(_EMPHASIS[emphasis](el))


def _mark_emphasised_bodies(root: Any, emphasised: Any) -> None:
    """Write each body's name printed so (``emphasised``: bold, red, underlined, highlighted)
    listed in a cell or a paragraph's list or note as the asterisk rule writes it (see
    ``bold.mark_bold``), the text around it read up to the line or cell it stands in; nested
    marking is marked once, at its outermost element."""
    from bs4 import NavigableString, Tag

    def edge_text(elements: Any) -> str:
        """The first text met among ``elements``, or nothing past a line's or cell's end."""
        for node in elements:
            if isinstance(node, Tag) and (node.name in _CELL_BREAKS or node.name in _BLOCKS):
                return ""
            if type(node) is NavigableString and node.strip():
                return str(node).strip()
        return ""

    for el in root.find_all(emphasised):
        if any(emphasised(up) for up in el.parents if up is not root and isinstance(up, Tag)):
            continue
        last = el
        while isinstance(last, Tag) and last.contents:
            last = last.contents[-1]
        words = el.get_text("")
        marked = mark_bold(
            words,
            edge_text(el.previous_elements),
            edge_text(last.next_elements),
            in_cell=el.find_parent(["td", "th"]) is not None,
        )
        if marked != words:
            el.clear()
            el.append(marked)


# the portal's footer closing a page's text, who runs the site (主办：X人民政府办公室, 版权所有,
# ICP备…): no body of the document's last item (batch 1135: 主办 read as its lead) — only at the
# text's end, where a plan's own 主办单位 of an event does not stand
_SITE_FOOTER = re.compile(
    r"(?:(?:网站|本站)?(?:主办|承办|协办|主管|维护|运维|技术支持|版权所有)(?:单位)?\s*[：:]"
    r"|.{0,40}(?:ICP备|网站标识码|公网安备)"
    # (or who runs it and who keeps it, no colon: 连城县人民政府主办　连城县人民政府办公室承办 —
    # batch 1331)
    r"|.{2,30}?主办[\s　]+.{2,30}?承办).{0,60}"
)


def _without_furniture(text: str) -> str:
    """The text without what an account puts around a document (see ``ingest.furniture``) and
    the site's footer closing it."""
    kept: list[str] = []
    for line in text.split("\n"):
        if RECOMMENDED.fullmatch(line):
            break
        if not is_furniture(line):
            kept.append(line)
    while kept and (not kept[-1].strip() or _SITE_FOOTER.fullmatch(kept[-1].strip())):
        kept.pop()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
