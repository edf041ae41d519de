"""Headings the markup gives and no marker numbers: a page's <h2>, Markdown's ##, Word's
Heading 2 — read as the parts of the body they head, their words their path, in every format
that has them; not a title, an issuer or a page's furniture; not where the drafter numbers the
parts. The expected facts are what the documents below say."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.oxml.shared import OxmlElement
from docx.shared import Pt

from ingest.extract import Extraction, extract
from ingest.markup_headings import BOLD_LINE_LEVEL, given_headings, standing_headings
from ingest.readers import RawDocument, read_document
from ingest.readers.markdown import markdown_headings
from ingest.readers.pdf import PrintedLine, headings_by_size
from tests.ingest.test_readers_markdown import roles, targets

TITLE = "某县2026年产业发展工作要点"
# (level, words) of the headings, then the paragraph under each (None: none)
OUTLINE: list[tuple[int, str, str | None]] = [
    (1, TITLE, "为推动产业发展，制定本要点。"),
    (2, "发展目标", "全县工业总产值达到300亿元。"),
    (2, "重点任务", None),
    (3, "做强食品产业", "新增食品企业10家。（县工信局牵头，县商务局配合）"),
    (3, "发展文旅产业", "接待游客突破500万人次。（县文旅局负责）"),
    (2, "保障措施", "县财政每年安排产业发展资金5000万元。（县财政局负责）"),
]
ROLES = {
    ("LEADS", "县工信局", "重点任务.做强食品产业"),
    ("SUPPORTS", "县商务局", "重点任务.做强食品产业"),
    ("RESPONSIBLE_FOR", "县文旅局", "重点任务.发展文旅产业"),
    ("RESPONSIBLE_FOR", "县财政局", "保障措施"),
}
TARGETS = {
    ("发展目标", 300.0, "亿元"),
    ("重点任务.做强食品产业", 10.0, "家"),
    ("重点任务.发展文旅产业", 500.0, "万人次"),
    ("保障措施", 5000.0, "万元"),
}


def _reads_the_outline(ex: Extraction) -> None:
    """``OUTLINE``'s parts, roles and figures, whatever form the document took."""
    assert paths(ex) == [
        "发展目标",
        "重点任务",
        "重点任务.做强食品产业",
        "重点任务.发展文旅产业",
        "保障措施",
    ]
    assert roles(ex) == ROLES
    assert targets(ex) == TARGETS


def paths(ex: Extraction) -> list[str]:
    return [n.props["path"] for n in ex.records.nodes if n.label.value in ("Section", "Measure")]


BOLD = 3  # the level set as a bold line, not a heading, in the forms ``…-bold``


def _markdown(outline: list[tuple[int, str, str | None]], bold: bool = False) -> str:
    out = []
    for level, words, body in outline:
        out.append(f"**{words}**" if bold and level == BOLD else "#" * level + " " + words)
        if body:
            out.append(body)
    return "\n\n".join(out) + "\n"


def _html(outline: list[tuple[int, str, str | None]], bold: bool = False) -> str:
    out = ['<html><head><meta charset="utf-8"></head><body><div class="article">']
    for level, words, body in outline:
        if bold and level == BOLD:  # (the bold type round the words, or the paragraph's own)
            out.append(f"<p><strong>{words[:2]}</strong><b>{words[2:]}</b></p>")
        else:
            out.append(f"<h{level}>{words}</h{level}>")
        if body:
            out.append(f"<p>{body}</p>")
    out.append('<p style="text-align:right">某县人民政府办公室<br>2026年3月5日</p></div>')
    out.append("<h3>相关链接</h3><ul><li><a href='#'>某县2025年产业发展工作要点</a></li></ul>")
    return "\n".join(out) + "</body></html>"


def _outline_level(paragraph: Any, level: int) -> None:
    """Set a paragraph's outline level directly (w:outlineLvl, 0 for level 1), as a
    document styled by hand has it."""
    ppr = paragraph._p.get_or_add_pPr()
    lvl = OxmlElement("w:outlineLvl")
    lvl.set(qn("w:val"), str(level - 1))
    ppr.append(lvl)


def _docx(
    path: Path, outline: list[tuple[int, str, str | None]], *, by_style: bool, bold: bool = False
) -> Path:
    d = docx.Document()
    # the heading styles' sizes as Chinese Word prints them (二号, 三号, 四号 over 五号), where
    # the English template's Heading 3 is printed at the body's size
    for level, size in ((1, 22), (2, 16), (3, 14)):
        d.styles[f"Heading {level}"].font.size = Pt(size)
    for level, words, body in outline:
        if bold and level == BOLD:
            line = d.add_paragraph()
            line.add_run(words[:2]).bold = True
            line.add_run(words[2:]).bold = True
        elif by_style:
            d.add_heading(words, level=level)
        else:
            _outline_level(d.add_paragraph(words), level)
        if body:
            d.add_paragraph(body)
    d.save(str(path))
    return path


@pytest.mark.parametrize(
    "form",
    ["md", "html", "docx-style", "docx-outline", "doc", "pdf", "md-bold", "html-bold", "docx-bold"],
)
def test_unnumbered_headings_of_the_markup_are_the_parts_they_head(
    tmp_path: Path, form: str
) -> None:
    """Each part's facts go to it, by its words as its path; the title is no part, nor is the
    page's 相关链接 after the text. A line wholly in bold is a heading below the markup's
    (``…-bold``: the third level set so); a PDF's headings are its lines printed larger than
    its body. (Before, the whole text was one unit, 全文.)"""
    bold = form.endswith("-bold")
    if form.startswith("md"):
        path = tmp_path / "plan.md"
        path.write_text(_markdown(OUTLINE, bold), encoding="utf-8")
    elif form.startswith("html"):
        path = tmp_path / "plan.html"
        path.write_text(_html(OUTLINE, bold), encoding="utf-8")
    else:
        path = _docx(tmp_path / "plan.docx", OUTLINE, by_style=form != "docx-outline", bold=bold)
    if form in ("doc", "pdf"):  # Word 97's format or a PDF, printed by LibreOffice
        from ingest.readers.convert import convert_with_libreoffice

        convert_with_libreoffice(path, form, tmp_path / "out").check_returncode()
        path = tmp_path / "out" / f"plan.{form}"
    _reads_the_outline(extract(read_document(path)))


def test_a_heading_after_a_paragraph_left_without_its_stop_keeps_its_line(tmp_path: Path) -> None:
    """The paragraph before a heading ends without a full stop, and its note holds a bracket
    of its own: the heading still heads its part (before, it ran into the paragraph, and
    its part's facts went to the part above)."""
    outline = [
        (1, TITLE, None),
        (2, "发展目标", "全县工业总产值达到300亿元"),
        (2, "重点任务", None),
        (
            3,
            "做强食品产业",
            "支持食品企业技术改造，新增食品企业10家，食品产业产值增长10%"
            "（县工信局牵头，各乡（镇）人民政府配合）",
        ),
        (3, "发展文旅产业", "接待游客突破500万人次。（县文旅局负责）"),
    ]
    ex = extract(read_document(_docx(tmp_path / "plan.docx", outline, by_style=True)))
    assert paths(ex) == ["发展目标", "重点任务", "重点任务.做强食品产业", "重点任务.发展文旅产业"]
    assert ("RESPONSIBLE_FOR", "县文旅局", "重点任务.发展文旅产业") in roles(ex)
    assert ("发展目标", 300.0, "亿元") in targets(ex)


def test_a_post_with_its_parts_in_bold_lines(tmp_path: Path) -> None:
    """A page retelling a plan, its headline and parts in bold paragraphs (no heading tags):
    the parts are its bold lines, flat; the headline is no part, nor the editor's credit."""
    path = tmp_path / "post.html"
    path.write_text(
        '<html><head><meta charset="utf-8"></head><body><div class="rich_media_content">'
        "<p><strong>某县出台方案：做强食品和文旅两大产业</strong></p>"
        "<p>近日，某县印发产业发展工作要点。</p>"
        '<p style="font-weight:bold">做强食品产业</p>'
        "<p>新增食品企业10家。（县工信局牵头，县商务局配合）</p>"
        "<p><b>发展文旅产业</b></p>"
        "<p>接待游客突破500万人次。（县文旅局负责）</p>"
        "<p><strong>责任编辑：王某</strong></p></div></body></html>",
        encoding="utf-8",
    )
    ex = extract(read_document(path))
    assert paths(ex) == ["做强食品产业", "发展文旅产业"]
    assert roles(ex) == {
        ("LEADS", "县工信局", "做强食品产业"),
        ("SUPPORTS", "县商务局", "做强食品产业"),
        ("RESPONSIBLE_FOR", "县文旅局", "发展文旅产业"),
    }


def test_bold_lines_of_a_paragraph_broken_by_br_head_parts(tmp_path: Path) -> None:
    """An old portal page's whole text in one paragraph, its lines broken by <br>, the parts'
    lines in bold: those lines head the parts (before, the text was one unit, 全文)."""
    path = tmp_path / "page.html"
    path.write_text(
        '<html><head><meta charset="utf-8"></head><body><div class="content">'
        f'<p style="text-align:center"><b>{TITLE}</b></p><p>为推动产业发展，制定本要点。<br>'
        "<b>做强食品产业</b><br>新增食品企业10家。（县工信局牵头，县商务局配合）<br>"
        "<strong>发展</strong><b>文旅产业</b><br>接待游客突破500万人次。（县文旅局负责）<br>"
        "<b>新增</b>景区5个。</p></div></body></html>",
        encoding="utf-8",
    )
    raw = read_document(path)
    assert raw.headings == [
        (BOLD_LINE_LEVEL, TITLE),
        (BOLD_LINE_LEVEL, "做强食品产业"),
        (BOLD_LINE_LEVEL, "发展文旅产业"),
    ]
    ex = extract(raw)
    assert paths(ex) == ["做强食品产业", "发展文旅产业"]
    assert roles(ex) == {
        ("LEADS", "县工信局", "做强食品产业"),
        ("SUPPORTS", "县商务局", "做强食品产业"),
        ("RESPONSIBLE_FOR", "县文旅局", "发展文旅产业"),
    }


def test_bold_words_in_a_tables_cells_are_no_headings(tmp_path: Path) -> None:
    """A task table whose group rows and a task are set in bold paragraphs of their cells:
    the cells' words are their rows', no headings, and the table goes on under its groups."""
    path = tmp_path / "tasks.html"
    path.write_text(
        '<html><head><meta charset="utf-8"></head><body><div class="content">'
        f"<h1>{TITLE}</h1><table border='1'>"
        "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
        "<tr><td colspan='4'><p><strong>产业发展类</strong></p></td></tr>"
        "<tr><td>1</td><td><p><b>新增食品企业10家</b></p></td><td>县工信局</td><td>县商务局</td></tr>"
        "<tr><td colspan='4'><p><strong>文旅发展类</strong></p></td></tr>"
        "<tr><td>2</td><td>接待游客突破500万人次</td><td>县文旅局</td><td>各乡镇</td></tr>"
        "</table></div></body></html>",
        encoding="utf-8",
    )
    raw = read_document(path)
    assert raw.headings == [(1, TITLE)]
    ex = extract(raw)
    assert paths(ex) == ["1", "2"]
    assert roles(ex) == {
        ("LEADS", "县工信局", "1"),
        ("SUPPORTS", "县商务局", "1"),
        ("LEADS", "县文旅局", "2"),
        ("SUPPORTS", "各乡镇", "2"),
    }


def test_items_numbered_under_a_markup_heading_are_its_and_the_next_heading_closes_them(
    tmp_path: Path,
) -> None:
    """1. and 2. under ## 重点任务 are its items; ## 保障措施 is no third item's child."""
    path = tmp_path / "plan.md"
    path.write_text(
        f"# {TITLE}\n\n## 发展目标\n\n全县工业总产值达到300亿元。\n\n## 重点任务\n\n"
        "1. 做强食品产业。新增食品企业10家。（县工信局牵头）\n\n"
        "2. 发展文旅产业。接待游客突破500万人次。（县文旅局负责）\n\n"
        "## 保障措施\n\n县财政每年安排产业发展资金5000万元。（县财政局负责）\n",
        encoding="utf-8",
    )
    ex = extract(read_document(path))
    assert paths(ex) == ["发展目标", "重点任务", "重点任务.1", "重点任务.2", "保障措施"]
    assert roles(ex) == {
        ("LEADS", "县工信局", "重点任务.1"),
        ("RESPONSIBLE_FOR", "县文旅局", "重点任务.2"),
        ("RESPONSIBLE_FOR", "县财政局", "保障措施"),
    }


@pytest.mark.parametrize("form", ["md", "docx"])
def test_unnumbered_headings_under_the_markups_numbered_parts_head_their_part(
    tmp_path: Path, form: str
) -> None:
    """The markup's parts numbered by the drafter (## 一、发展目标, Word's Heading 1 typed with
    its number), the tasks under them headed by the markup alone (### 做强食品产业): the tasks
    are parts of their numbered part, by their words (二.做强食品产业); before, the tasks were
    no headings and their facts went to 二."""
    outline = [
        (1, TITLE, None),
        (2, "一、发展目标", "全县工业总产值达到300亿元。"),
        (2, "二、重点任务", None),
        (3, "做强食品产业", "新增食品企业10家。（县工信局牵头，县商务局配合）"),
        (3, "发展文旅产业", "接待游客突破500万人次。（县文旅局负责）"),
        (2, "三、保障措施", "县财政每年安排产业发展资金5000万元。（县财政局负责）"),
    ]
    if form == "md":
        path = tmp_path / "plan.md"
        path.write_text(_markdown(outline), encoding="utf-8")
    else:
        path = _docx(tmp_path / "plan.docx", outline, by_style=True)
    ex = extract(read_document(path))
    assert paths(ex) == ["一", "二", "二.做强食品产业", "二.发展文旅产业", "三"]
    assert roles(ex) == {
        ("LEADS", "县工信局", "二.做强食品产业"),
        ("SUPPORTS", "县商务局", "二.做强食品产业"),
        ("RESPONSIBLE_FOR", "县文旅局", "二.发展文旅产业"),
        ("RESPONSIBLE_FOR", "县财政局", "三"),
    }


def test_a_document_numbering_its_parts_is_read_by_its_markers(tmp_path: Path) -> None:
    """Where the drafter numbers the parts (一、 in the paragraphs), an unnumbered heading of
    the markup (a box's caption) opens no part: the paths are the markers' as before."""
    path = tmp_path / "plan.md"
    path.write_text(
        f"# {TITLE}\n\n一、发展目标\n\n全县工业总产值达到300亿元。\n\n二、重点任务\n\n"
        "（一）做强食品产业。新增食品企业10家。（县工信局牵头）\n\n"
        "### 专栏 重点项目\n\n1. 食品产业园项目。\n\n2. 冷链物流中心项目。\n\n"
        "（二）发展文旅产业。接待游客突破500万人次。（县文旅局负责）\n",
        encoding="utf-8",
    )
    ex = extract(read_document(path))
    assert paths(ex) == ["一", "二", "二.(一)", "二.(一).1", "二.(一).2", "二.(二)"]
    assert ("RESPONSIBLE_FOR", "县文旅局", "二.(二)") in roles(ex)


TEXT = "某县工作要点\n\n发展目标\n\n正文。\n\n重点任务\n\n正文。\n\n相关链接\n"
UNTITLED = "总体要求\n\n正文。\n\n发展目标\n\n正文。\n"


@pytest.mark.parametrize(
    ("text", "headings", "expected"),
    [
        # the title (the first line, over the rest) and furniture are no parts
        (
            TEXT,
            [(1, "某县工作要点"), (2, "发展目标"), (2, "重点任务"), (3, "相关链接")],
            {"发展目标": 2, "重点任务": 2},
        ),
        # the first line, at the level of the others, is a part (no title above them)
        (UNTITLED, [(2, "总体要求"), (2, "发展目标")], {"总体要求": 2, "发展目标": 2}),
        (UNTITLED, [(1, "总体要求"), (2, "发展目标")], {}),
        # one part makes no tree
        (TEXT, [(1, "某县工作要点"), (2, "发展目标")], {}),
        # a heading the reader's text lacks (navigation dropped) is skipped; order is kept
        (TEXT, [(2, "网站导航"), (2, "发展目标"), (2, "重点任务")], {"发展目标": 2, "重点任务": 2}),
        (TEXT, [(2, "重点任务"), (2, "发展目标")], {}),
        (TEXT, [], {}),
    ],
)
def test_given_headings_are_found_in_order_and_titles_left_out(
    text: str, headings: list[tuple[int, str]], expected: dict[str, int]
) -> None:
    found = given_headings(text, headings)
    lines = {text.index(words + "\n"): words for words in expected}
    assert {lines.get(at, f"@{at}"): level for at, level in found.items()} == expected


def test_an_ofds_headings_are_its_lines_printed_larger(tmp_path: Path) -> None:
    """An OFD printed with its title, parts and tasks larger than the body (26, 22 and 19
    points over 16): its parts, as a PDF's."""
    from tests.ingest.genre.ofd_writer import PT, Centred, write_ofd

    sizes = {1: 26 * PT, 2: 22 * PT, 3: 19 * PT}
    blocks: list[Any] = []
    for level, words, body in OUTLINE:
        blocks.append(Centred(words, sizes[level]))
        if body:
            blocks.append("　　" + body)
    path = tmp_path / "plan.ofd"
    write_ofd(path, blocks)
    _reads_the_outline(extract(read_document(path)))


def test_a_pdfs_headings_are_its_short_lines_printed_larger_or_bold() -> None:
    """Levels by size, the largest first; a heading over two lines of one size is one; a
    line of the body's size wholly bold is one below them; a long line is no heading."""
    lines = [
        PrintedLine("某县2026年产业发展", 22, False),
        PrintedLine("工作要点", 22, False),
        PrintedLine("为推动产业发展，制定本要点。", 11, False),
        PrintedLine("发展目标", 14, False),
        PrintedLine("全县工业总产值达到300亿元，规模以上工业增加值增长8%，", 11, False),
        PrintedLine("新增规上工业企业20家。", 11, False),
        PrintedLine("做强食品产业", 11, True),
        PrintedLine("新增食品企业10家。（县工信局牵头）", 11, False),
        PrintedLine(
            "全县工业总产值达到300亿元，规模以上工业增加值增长8%，新增规上工业企业20家以上，",
            14,
            False,
        ),
    ]
    assert headings_by_size(lines) == [
        (1, "某县2026年产业发展工作要点"),
        (2, "发展目标"),
        (BOLD_LINE_LEVEL, "做强食品产业"),
    ]


def test_a_text_set_in_bold_throughout_has_no_bold_headings() -> None:
    """Where most lines are bold (a file whose every paragraph is), bold marks nothing."""
    text = "发展目标\n正文一\n重点任务\n正文二\n"
    bold = [(BOLD_LINE_LEVEL, line) for line in text.split()]
    assert given_headings(text, bold) == {}
    assert len(given_headings(text, bold[0:1] + bold[2:3])) == 2


@pytest.mark.parametrize(
    "line",
    [
        "关于印发某县2026年产业发展工作要点的通知",  # a title, as a notice's headline
        "某县人民政府办公室",  # the issuer
        "2026年3月5日",
        "某县人民政府文件",  # a red-letter head
        "某政办发〔2026〕3号",  # a document's number
        "（此件公开发布）",  # a note in brackets
        "特此通知",  # a notice's closing formula
        "——在县十八届人大五次会议上",  # a subtitle
        "表1　2026年主要预期目标",  # a table's caption
        "专栏2　重点项目",  # a box's
        "全县工业总产值达到300亿元，同比增长5%。",  # a sentence set in a heading's style
    ],
)
def test_what_no_part_is_named_by_is_no_part(line: str) -> None:
    text = f"{TITLE}\n{line}\n发展目标\n正文。\n重点任务\n正文。\n"
    found = given_headings(text, [(1, TITLE), (2, line), (2, "发展目标"), (2, "重点任务")])
    assert sorted(found.values()) == [2, 2]
    assert text.index(line) not in found


def test_markdown_headings_atx_and_underlined_not_in_code_nor_tables() -> None:
    source = (
        "某县工作要点\n============\n\n发展目标\n--------\n\n正文。\n\n"
        "```\n## 代码里的井号\n```\n\n| 序号 | 任务 |\n|---|---|\n| 1 | 任务 |\n\n"
        "### **重点任务** ###\n\n**做强食品产业**\n\n**新增**食品企业**10家**\n"
    )
    assert markdown_headings(source) == [
        (1, "某县工作要点"),
        (2, "发展目标"),
        (3, "重点任务"),
        (BOLD_LINE_LEVEL, "做强食品产业"),
    ]


def test_markdown_headings_attributes_and_a_table_of_contents_mark_are_no_words(
    tmp_path: Path,
) -> None:
    """Pandoc's and kramdown's attributes closing a heading (``## 重点任务 {#tasks}``, on an
    underlined one too) and an editor's mark for its table of contents (``[TOC]``) are markup,
    no words of a path (found probing, session 55: the path was ``重点任务{#tasks}``)."""
    (goal, goal_body), (tasks, tasks_body), (support, support_body) = PLAIN_PARTS
    source = (
        f"# {TITLE}\n\n[TOC]\n\n为推动产业发展，制定本要点。\n\n"
        f"{goal} {{#goal}}\n------------\n\n{goal_body}\n\n"
        f"## {tasks} {{#tasks}}\n\n{tasks_body}\n\n"
        f"## {support} {{#support .unnumbered}}\n\n{support_body}\n"
    )
    path = tmp_path / "plan.md"
    path.write_text(source, encoding="utf-8")
    ex = extract(read_document(path))
    assert paths(ex) == ["发展目标", "重点任务", "保障措施"]
    assert "[TOC]" not in ex.normalised.text and "{#" not in ex.normalised.text


# --- plain text: the lines standing alone --------------------------------------------------

# a plain text of OUTLINE's first level: the parts' lines as a page copied as text leaves them
PLAIN_PARTS = [
    ("发展目标", "全县工业总产值达到300亿元。"),
    ("重点任务", "新增食品企业10家。（县工信局牵头，县商务局配合）"),
    ("保障措施", "县财政每年安排产业发展资金5000万元。（县财政局负责）"),
]


def _plain(tmp_path: Path, lines: list[str], joint: str = "\n\n") -> Extraction:
    """The extraction of a plain text of these lines, read from a file as a user's would be."""
    path = tmp_path / "plan.txt"
    path.write_text(joint.join(lines) + "\n", encoding="utf-8")
    return extract(read_document(path))


@pytest.mark.parametrize(
    "form",
    [
        "blank-lines",
        "a-paragraph-a-line",
        "bars",
        "bullets",
        "colons",
        "labelled-paragraphs",
        "notes-on-the-lines",
        "signed-under-the-title",
    ],
)
def test_a_plain_texts_lines_standing_alone_head_its_parts(tmp_path: Path, form: str) -> None:
    """A plain text that numbers nothing, its parts' lines standing alone over their
    paragraphs (as a portal page copied as text leaves its bold lines, or a post its lines
    opening with a bar, or its line closed by a colon or by the part's note; or the parts'
    names label their paragraphs): each part's facts go to it, its words its path (batches 534, 535).
    The title is no part, nor the issuer signing under it. (Before, the whole text was one
    unit, 全文.)"""
    mark = {"bars": "▍", "bullets": "■ "}.get(form, "")
    lines = [TITLE, *(["某县工业和信息化局"] if form == "signed-under-the-title" else [])]
    lines.append("　　为推动产业发展，制定本要点。")
    for words, body in PLAIN_PARTS:
        if form == "labelled-paragraphs":  # (the part's name its paragraph's label: 发展目标：…)
            lines.append(f"　　{words}：{body}")
        elif form == "notes-on-the-lines":  # (the note on the part's line: 重点任务（…牵头…）)
            text, _, note = body.partition("（")
            lines += [words + (f"（{note}" if note else ""), "　　" + text]
        else:
            lines += [mark + words + ("：" if form == "colons" else ""), "　　" + body]
    lines.append("某县工业和信息化局")
    ex = _plain(tmp_path, lines, "\n\n" if form == "blank-lines" else "\n")
    assert paths(ex) == ["发展目标", "重点任务", "保障措施"]
    assert roles(ex) == {
        ("LEADS", "县工信局", "重点任务"),
        ("SUPPORTS", "县商务局", "重点任务"),
        ("RESPONSIBLE_FOR", "县财政局", "保障措施"),
    }
    assert targets(ex) == {
        ("发展目标", 300.0, "亿元"),
        ("重点任务", 10.0, "家"),
        ("保障措施", 5000.0, "万元"),
    }


def test_a_bulletins_headlines_standing_alone_head_its_items() -> None:
    """A bulletin's items under their headlines, a list of them above (【本期要目】): each
    headline heads its item, where it stands over its paragraph — not where the list names it
    — and a headline ending as a body's name might (…经济运行分析会) is still one."""
    text = (
        "某区政务信息\n第12期\n【本期要目】\n◆区政府召开经济运行分析会\n◆区农业农村局做强生猪产业\n"
        "区政府召开经济运行分析会\n4月28日，区政府召开经济运行分析会。\n"
        "区农业农村局做强生猪产业\n今年以来，全区新建养殖场3个。\n"
    )
    found = standing_headings(text)
    assert found == {
        text.index("区政府召开经济运行分析会\n4月"): 1,
        text.index("区农业农村局做强生猪产业\n今年"): 1,
    }


@pytest.mark.parametrize(
    "text",
    [
        # the parts numbered: the markers give the tree
        "某县工作要点\n一、发展目标\n总产值达到300亿元。\n重点工作\n新增企业10家。\n保障措施\n安排资金1亿元。\n",
        # one line standing alone makes no tree
        "某县工作要点\n为推动发展，制定本要点。\n发展目标\n总产值达到300亿元。\n",
        # short lines with no paragraph after them: a list, a signature
        "某县工作要点\n为推动发展，制定本要点。\n县发改局\n县财政局\n县商务局\n某县人民政府\n2026年3月5日\n",
        # a table's caption over it and a box's over its paragraph, the one part beside them
        "某县工作要点\n为推动发展，制定本要点。\n发展目标\n总产值达到300亿元。\n"
        "表1　主要预期目标\n指标\t单位\t目标\n专栏1　重点项目\n建成产业园1个。\n",
        # the issuer signing under the title, the date under it: front matter, no parts
        "某县工作要点\n某县人民政府\n为推动发展，制定本要点。\n2026年3月5日\n全县总产值达到300亿元。\n",
    ],
)
def test_lines_standing_alone_that_head_no_parts(text: str) -> None:
    assert standing_headings(text) == {}


def _typeface_docx(path: Path, *, title_styled: bool = False) -> Path:
    """A Word file set as GB/T 9704 sets one: the parts' lines in 黑体 at the body's size, the
    body in 仿宋 — nothing bold, no heading style (but the title's, where ``title_styled``)."""
    d = docx.Document()

    def line(words: str, face: str) -> None:
        run = d.add_paragraph().add_run(words)
        run.font.name = face
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)

    if title_styled:
        d.add_heading(TITLE, level=1)
    else:
        line(TITLE, "方正小标宋简体")
    line("　　为推动产业发展，制定本要点。", "仿宋_GB2312")
    for words, body in PLAIN_PARTS:
        line(words, "黑体")
        line("　　" + body, "仿宋_GB2312")
    d.save(str(path))
    return path


@pytest.mark.parametrize("form", ["docx", "docx-title-styled", "pdf", "html"])
def test_lines_set_apart_by_their_typeface_alone_head_the_parts(tmp_path: Path, form: str) -> None:
    """Where the markup heads no parts — a Word file whose parts' lines are only in another
    face (黑体), a PDF printed of it, a page of plain paragraphs — the lines standing alone
    over a paragraph head them, as a plain text's do; so too where the markup heads the title
    alone. (Before, the whole text was one unit, 全文.)"""
    if form == "html":
        body = "".join(
            f"<p>{words}</p><p>{text}</p>"
            for words, text in [(TITLE, "为推动产业发展，制定本要点。"), *PLAIN_PARTS]
        )
        path = tmp_path / "plan.html"
        path.write_text(
            f'<html><head><meta charset="utf-8"></head><body><div class="article">{body}'
            "</div></body></html>",
            encoding="utf-8",
        )
    else:
        path = _typeface_docx(tmp_path / "plan.docx", title_styled=form == "docx-title-styled")
    if form == "pdf":
        from ingest.readers.convert import convert_with_libreoffice

        convert_with_libreoffice(path, "pdf", tmp_path / "out").check_returncode()
        path = tmp_path / "out" / "plan.pdf"
    ex = extract(read_document(path))
    assert paths(ex) == ["发展目标", "重点任务", "保障措施"]
    assert roles(ex) == {
        ("LEADS", "县工信局", "重点任务"),
        ("SUPPORTS", "县商务局", "重点任务"),
        ("RESPONSIBLE_FOR", "县财政局", "保障措施"),
    }
    assert targets(ex) == {
        ("发展目标", 300.0, "亿元"),
        ("重点任务", 10.0, "家"),
        ("保障措施", 5000.0, "万元"),
    }


def test_a_line_standing_alone_over_a_table_heads_it_and_a_group_row_does_not(
    tmp_path: Path,
) -> None:
    """A part's line over a task table (its cells parted by tabs, as the readers write a
    table) heads the part the table's rows are items of; the table's header and a row naming
    a group of its rows in words (产业发展类) head nothing (probed, session 54: the header was
    taken for a heading, and the rows went under the part before)."""
    path = tmp_path / "tasks.txt"
    path.write_text(
        "某县2026年花卉产业重点工作任务\n\n为推进花卉产业发展，制定本方案。\n\n"
        "发展目标\n\n到2026年，全县花卉种植面积达到5万亩。\n\n重点任务\n\n"
        "序号\t重点任务\t牵头单位\t配合单位\n产业发展类\n"
        "1\t新建花卉基地10处。\t县农业农村局\t县财政局\n"
        "2\t培育规上花卉企业5家。\t县工信局\t县商务局\n",
        encoding="utf-8",
    )
    ex = extract(read_document(path))
    assert paths(ex) == ["发展目标", "重点任务", "重点任务.1", "重点任务.2"]
    assert roles(ex) == {
        ("LEADS", "县农业农村局", "重点任务.1"),
        ("SUPPORTS", "县财政局", "重点任务.1"),
        ("LEADS", "县工信局", "重点任务.2"),
        ("SUPPORTS", "县商务局", "重点任务.2"),
    }
    assert targets(ex) == {
        ("发展目标", 5.0, "万亩"),
        ("重点任务.1", 10.0, "处"),
        ("重点任务.2", 5.0, "家"),
    }


@pytest.mark.parametrize("joint", ["\n\n", "\n"])
def test_a_plain_texts_line_standing_over_another_heads_it(tmp_path: Path, joint: str) -> None:
    """``OUTLINE`` as plain text: 重点任务 stands over 做强食品产业, which stands over its
    paragraph — a level above it; the lines after are under it until one names a plan's top
    part (保障措施). So a Word file or a page of two levels, its markup lost, reads as the
    markup read it (session 54: four of session 53's batches, their text alone, lost the
    level above their tasks)."""
    lines = [words for _, words, _ in OUTLINE[:1]]
    for _, words, body in OUTLINE[1:]:
        lines += [words, *([body] if body else [])]
    lines.insert(1, "为推动产业发展，制定本要点。")
    _reads_the_outline(_plain(tmp_path, lines, joint))


def test_a_plain_texts_line_standing_over_numbered_items_heads_them(tmp_path: Path) -> None:
    """重点任务 over （一）做强食品产业 and （二）…: a part like the lines standing over paragraphs,
    its items numbered under it (probed, session 54: the items went under 发展目标)."""
    ex = _plain(
        tmp_path,
        [
            TITLE,
            "为推动产业发展，制定本要点。",
            "发展目标",
            "全县工业总产值达到300亿元。",
            "重点任务",
            "（一）做强食品产业",
            "新增食品企业10家。（县工信局牵头，县商务局配合）",
            "（二）发展文旅产业",
            "接待游客突破500万人次。（县文旅局负责）",
            "保障措施",
            "县财政每年安排产业发展资金5000万元。（县财政局负责）",
        ],
    )
    assert paths(ex) == ["发展目标", "重点任务", "重点任务.(一)", "重点任务.(二)", "保障措施"]
    assert roles(ex) == {
        ("LEADS", "县工信局", "重点任务.(一)"),
        ("SUPPORTS", "县商务局", "重点任务.(一)"),
        ("RESPONSIBLE_FOR", "县文旅局", "重点任务.(二)"),
        ("RESPONSIBLE_FOR", "县财政局", "保障措施"),
    }


def test_lines_standing_alone_inside_numbered_parts_head_parts_of_theirs(tmp_path: Path) -> None:
    """二、重点任务 numbered, its tasks' lines standing alone over their paragraphs: parts of it
    (二.推动技术改造), as unnumbered headings of the markup under its numbered parts are (the
    corpus's 临清 as plain text: its tasks' facts went to 二)."""
    ex = _plain(
        tmp_path,
        [
            TITLE,
            "为推动产业发展，制定本要点。",
            "一、发展目标",
            "全县工业总产值达到300亿元。",
            "二、重点任务",
            "推动技术改造",
            "实施技改项目30个。（县工信局牵头，县发改局配合）",
            "强化创新驱动",
            "新增省级研发平台5个。（县科技局负责）",
            "三、保障措施",
            "县财政安排资金5000万元。（县财政局负责）",
        ],
    )
    assert paths(ex) == ["一", "二", "二.推动技术改造", "二.强化创新驱动", "三"]
    assert roles(ex) == {
        ("LEADS", "县工信局", "二.推动技术改造"),
        ("SUPPORTS", "县发改局", "二.推动技术改造"),
        ("RESPONSIBLE_FOR", "县科技局", "二.强化创新驱动"),
        ("RESPONSIBLE_FOR", "县财政局", "三"),
    }


def test_a_titles_last_line_heads_no_part() -> None:
    """A title set on two lines, its kind on the second (…花卉产业发展工作 / 方案), over the
    preamble: no part (probed, session 54: 方案 headed the preamble and the title lost it)."""
    for first, second in (
        ("某县2026年花卉产业发展工作", "方案"),
        ("某县2026年花卉产业发展", "工作方案"),
    ):
        text = (
            f"{first}\n{second}\n为加快花卉产业发展，制定本方案。\n发展目标\n"
            "全县花卉种植面积达到5万亩。\n重点任务\n新建花卉基地10处。\n"
        )
        found = standing_headings(text)
        assert text.index(f"\n{second}\n") + 1 not in found
        assert len(found) == 2


def test_a_line_over_another_heads_it_only_after_a_paragraph() -> None:
    """A compiler's line under the title (某某研究室 编) over the first part, a list of the
    items' headlines over the first of them, a contributor's note over the next: no level
    above — each part stays at the top."""
    text = (
        "某县年鉴（2026）\n某县地方史志研究室 编\n农业农村\n【概况】 全县农业总产值增长4%。\n"
        "【本期要目】\n◆区政府召开经济运行分析会\n◆区农业农村局做强生猪产业\n"
        "区政府召开经济运行分析会\n4月28日，区政府召开经济运行分析会。\n（区政府办公室供稿）\n"
        "区农业农村局做强生猪产业\n今年以来，全区新建养殖场3个。\n"
    )
    assert set(standing_headings(text).values()) == {1}


# the genre corpus's documents whose parts only their markup heads (unnumbered <h3>, ##, Word's
# Heading styles, bold lines, a PDF's larger print; 临清's unnumbered <h3> under its numbered
# <h2>) — all such at session 54
MARKUP_HEADED = [
    "baigou-luggage-work-plan-2026.pdf",
    "danyang-eyewear-action-plan-2026-2028-markitdown.md",
    "jianan-hair-products-work-points-2026.html",
    "linqing-bearings-work-points-2026.html",
    "liuyang-fireworks-work-plan-2026-docling.md",
    "nanan-sanitary-ware-work-plan-2026.html",
    "simao-coffee-industry-plan-2026.docx",
    "zhenhu-embroidery-work-points-2026.html",
]


def _facts(ex: Extraction) -> set[tuple[object, ...]]:
    facts: set[tuple[object, ...]] = set(roles(ex))
    for n in ex.records.nodes:
        if n.label.value in ("Target", "Result"):
            facts.add((n.props["path"], n.props["value"], n.props["unit"], n.props.get("year")))
    return facts


@pytest.mark.parametrize("name", MARKUP_HEADED)
def test_a_document_whose_markup_heads_its_parts_reads_the_same_as_plain_text(name: str) -> None:
    """The markup lost (the text the reader gives, as a plain text), its parts' lines stand
    alone: the same parts, roles and figures as the markup gave."""
    raw = read_document(Path(__file__).parent / "genre" / "docs" / name)
    assert raw.headings  # (the markup heads its parts: else this checks nothing)
    plain = RawDocument(raw.doc_id, "plain.txt", raw.text, "txt", meta=raw.meta)
    assert _facts(extract(plain)) == _facts(extract(raw))


@pytest.mark.parametrize("form", ["html", "html-untitled", "docx", "txt"])
def test_contents_linking_to_the_headings_are_no_part(tmp_path: Path, form: str) -> None:
    """Above the text, contents whose entries link to the headings (a page's list of links, with
    or without its 目录 line; Word's field shown without page numbers, in the styles TOC 1 and
    TOC 2; a plain text copied from such a page): the headings' words written twice, and each
    heading is where it heads its paragraph (batches 544, 547). (Before, every heading of the
    markup was found at its entry and the whole text fell to the last part; the plain text's
    lines standing alone were read right.)"""
    entries = [(level, words) for level, words, _ in OUTLINE[1:]]
    if form.startswith("html"):
        links = "".join(f"<li><a href='#h{i}'>{w}</a></li>" for i, (_, w) in enumerate(entries))
        title = "" if form == "html-untitled" else "<p>目录</p>"
        # (under the page's title, as a portal sets it)
        page = _html(OUTLINE).replace(
            f"<h1>{TITLE}</h1>", f'<h1>{TITLE}</h1><div class="toc">{title}<ul>{links}</ul></div>'
        )
        path = tmp_path / "plan.html"
        path.write_text(page, encoding="utf-8")
        _reads_the_outline(extract(read_document(path)))
    elif form == "docx":
        path = _docx(tmp_path / "plan.docx", OUTLINE, by_style=True)
        d = docx.Document(str(path))
        first = d.paragraphs[2]  # (the title's paragraph and the preamble's before it)
        for level, words in entries:
            name = f"TOC {level}"
            if name not in [s.name for s in d.styles]:
                d.styles.add_style(name, docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
            first.insert_paragraph_before(words, style=name)
        d.save(str(path))
        _reads_the_outline(extract(read_document(path)))
    else:
        lines = [TITLE, "目录", *(w for _, w in entries), "　　为推动产业发展，制定本要点。"]
        for words, body in PLAIN_PARTS:
            lines += [words, "　　" + body]
        ex = _plain(tmp_path, lines, "\n")
        assert paths(ex) == ["发展目标", "重点任务", "保障措施"]


@pytest.mark.parametrize("joint", ["\n", "\n\n"])
def test_a_list_of_short_lines_is_text_of_the_part_its_first_line_heads(
    tmp_path: Path, joint: str
) -> None:
    """Three or more short lines in a row over a paragraph, after a paragraph: a list (the
    projects' names under 重点项目), its first line the part's, the others its text (batch
    546). (Before, the list's last line headed the paragraph and 重点项目 nothing.)"""
    lines = [TITLE, "　　为推动产业发展，制定本要点。", *PLAIN_PARTS[0]]
    lines += ["重点项目", "古城街区改造", "温泉小镇", "滨河绿道"]
    lines += ["上述项目年内完成投资10亿元（县发改局负责）。", *PLAIN_PARTS[2]]
    ex = _plain(tmp_path, lines, joint)
    assert paths(ex) == ["发展目标", "重点项目", "保障措施"]
    assert ("RESPONSIBLE_FOR", "县发改局", "重点项目") in roles(ex)
    assert ("重点项目", 10.0, "亿元") in targets(ex)
