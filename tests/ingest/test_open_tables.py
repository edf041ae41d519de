"""Tables ruled across but not down — a three-line table (三线表) or a rule between every
row — in real PDFs (typeset by reportlab) and OFD files (the corpus's writer): no vertical
border, so the lattice of cells finds nothing, and before ingest/readers/open_tables.py the
rows ran together as lines of prose and every role in them was lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingest.readers import read_document
from ingest.readers.open_tables import Word
from tests.ingest.genre.ofd_writer import Right, Table, write_ofd
from tests.ingest.test_readers_spreadsheets import roles_of

pytest.importorskip("reportlab")

TITLE = "某县2026年花卉产业重点任务分工表"
HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
TASKS = [
    [
        "1",
        "建设花卉交易中心，新增交易额20亿元。",
        "县商务局",
        "县财政局、县自然资源局",
        "2026年12月",
    ],
    [
        "2",
        "培育花卉龙头企业5家，花卉产业产值达到150亿元。",
        "县农业农村局",
        "县工业和信息化局\n县科技局",  # one body a line
        "2026年12月",
    ],
    ["3", "设立花卉产业发展基金2亿元。", "县财政局", "各乡镇人民政府", "2026年6月"],
]
# what the table says, row by row (a cell's wraps run on, bodies one a line kept apart)
ROWS = [
    "\t".join(HEADER),
    "1\t建设花卉交易中心，新增交易额20亿元。\t县商务局\t县财政局、县自然资源局\t2026年12月",
    "2\t培育花卉龙头企业5家，花卉产业产值达到150亿元。\t县农业农村局\t县工业和信息化局、县科技局"
    "\t2026年12月",
    "3\t设立花卉产业发展基金2亿元。\t县财政局\t各乡镇人民政府\t2026年6月",
]
ROLES = {
    ("LEADS", "县商务局", "1"),
    ("SUPPORTS", "县财政局", "1"),
    ("SUPPORTS", "县自然资源局", "1"),
    ("LEADS", "县农业农村局", "2"),
    ("SUPPORTS", "县工业和信息化局", "2"),
    ("SUPPORTS", "县科技局", "2"),
    ("LEADS", "县财政局", "3"),
    ("SUPPORTS", "各乡镇人民政府", "3"),
}
# a paragraph wrapped across the page, set over the table as tight as its own lines
PROSE_ABOVE = (
    "全年实施重点项目150个，完成投资200亿元以上，其中新开工项目80个，各牵头单位要会同配合单位"
    "细化工作措施，明确时间节点，确保各项任务落地见效。"
)
COLOPHON = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。"


def write_pdf(
    path: Path,
    style: str,
    *,
    first_column: bool = True,
    colophon: bool = False,
    prose_above: bool = False,
) -> None:
    """The task table under its title, ruled ``three`` (三线表, cells centred) or ``top``
    (三线表, cells at the top, as Word sets them) or ``rows`` (a rule under every row) or
    ``box`` (a frame round it, nothing inside); with a colophon framed by rules under it
    (``抄送`` and 印发 lines), as official documents end; ``prose_above``: set tight under
    lines of prose across the page (Word's single spacing), not under a spaced title."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=14, leading=24, wordWrap="CJK")
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK")
    skip = 0 if first_column else 1
    rows = [r[skip:] for r in [HEADER, *TASKS]]
    data = [[Paragraph(c.replace("\n", "<br/>"), small) for c in r] for r in rows]
    table = PdfTable(data, colWidths=[30, 200, 80, 110, 70][skip:])
    three: list[Any] = [
        ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
    ]
    rules = {
        "three": [*three, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        "top": [*three, ("VALIGN", (0, 0), (-1, -1), "TOP")],
        "rows": [
            ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
        ],
        "none": [("VALIGN", (0, 0), (-1, -1), "TOP")],
        "none-centred": [("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        "box": [("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")],
    }[style]
    table.setStyle(TableStyle(rules))
    story: list[Any] = [Paragraph(TITLE, body), Spacer(1, 12)]
    if prose_above:
        tight = ParagraphStyle("tight", parent=small, leading=11)
        story += [Paragraph(PROSE_ABOVE, tight), Paragraph("二、重点任务", tight)]
    story.append(table)
    story.append(Paragraph("某县人民政府办公室", body))
    if colophon:
        frame = PdfTable(
            [
                [Paragraph(COLOPHON, body)],
                [Paragraph("某县人民政府办公室　　2026年3月2日印发", body)],
            ],
            colWidths=[440],
        )
        frame.setStyle(TableStyle(three))
        story += [Spacer(1, 24), frame]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def table_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if "\t" in line]


@pytest.mark.parametrize("style", ["three", "top", "rows"])
def test_a_pdf_table_ruled_across_only_reads_as_rows(tmp_path: Path, style: str) -> None:
    path = tmp_path / "tasks.pdf"
    write_pdf(path, style)
    raw = read_document(path)
    assert table_lines(raw.text) == ROWS
    assert raw.text.startswith(TITLE)
    assert roles_of(raw) == ROLES


def test_without_a_number_column_rows_part_where_lines_stand_apart(tmp_path: Path) -> None:
    path = tmp_path / "tasks.pdf"
    write_pdf(path, "top", first_column=False)
    assert table_lines(read_document(path).text) == [r.split("\t", 1)[1] for r in ROWS]


def test_a_colophon_framed_by_rules_is_no_table(tmp_path: Path) -> None:
    path = tmp_path / "tasks.pdf"
    write_pdf(path, "three", colophon=True)
    text = read_document(path).text
    assert table_lines(text) == ROWS
    assert "抄送：县委各部门" in text and "2026年3月2日印发" in text


@pytest.mark.parametrize("rules", ["three", "rows"])
def test_an_ofd_table_ruled_across_only_reads_as_rows_over_pages(
    tmp_path: Path, rules: str
) -> None:
    """Forty rows over two pages, the header printed again on the second."""
    tasks = [
        [str(n), f"完成第{n}项重点工作，新建项目{n}个。", "县发展和改革局"] for n in range(1, 41)
    ]
    path = tmp_path / "tasks.ofd"
    write_ofd(
        path,
        [TITLE, Table([["序号", "重点任务", "责任单位"], *tasks], [14, 100, 42], 1, rules)],
    )
    raw = read_document(path)
    lines = table_lines(raw.text)
    # the header as printed, on each page; the structure reads it as a header again
    assert lines[0] == "序号\t重点任务\t责任单位" and lines.count(lines[0]) == 2
    assert [line for line in lines if line != lines[0]] == ["\t".join(t) for t in tasks]
    assert {(role, path) for role, _, path in roles_of(raw)} == {
        ("RESPONSIBLE_FOR", str(n)) for n in range(1, 41)
    }


@pytest.mark.parametrize("rules", ["three", "none"])
def test_an_ofd_table_goes_on_over_pages_without_its_header(tmp_path: Path, rules: str) -> None:
    """Forty rows over two pages, the header not printed again: the second page's rows keep
    to the table's columns and go on with its numbers (they were lost, 12 of 40)."""
    tasks = [
        [str(n), f"完成第{n}项重点工作，新建项目{n}个。", "县发展和改革局"] for n in range(1, 41)
    ]
    path = tmp_path / "tasks.ofd"
    write_ofd(
        path,
        [
            TITLE,
            Table([["序号", "重点任务", "牵头单位"], *tasks], [20, 100, 36], 0, rules),
            Right("某县人民政府办公室"),
        ],
    )
    raw = read_document(path)
    assert table_lines(raw.text)[1:] == ["\t".join(t) for t in tasks]
    assert {(role, path) for role, _, path in roles_of(raw)} == {
        ("LEADS", str(n)) for n in range(1, 41)
    }


def test_an_ofd_three_line_table_of_wrapped_cells(tmp_path: Path) -> None:
    path = tmp_path / "tasks.ofd"
    write_ofd(
        path,
        [
            TITLE,
            Table([HEADER, *TASKS], [12, 64, 30, 32, 18], rules="three"),
            Right("某县人民政府办公室"),
        ],
    )
    raw = read_document(path)
    assert table_lines(raw.text) == ROWS
    assert roles_of(raw) == ROLES


def test_an_ofd_table_and_a_colophon_ruled_alike_on_one_page(tmp_path: Path) -> None:
    """A three-line table of goals and, further down, a colophon between rules of the same
    extent: the rules make one table and one colophon, not one table of everything
    between the first rule and the last (batch 94)."""
    path = tmp_path / "points.ofd"
    goals = [
        ["序号", "指标", "单位", "2026年目标", "责任单位"],
        ["1", "新增市场主体", "户", "8000", "县市场监督管理局"],
    ]
    write_ofd(
        path,
        [
            TITLE,
            Table(goals, [12, 56, 22, 26, 40], rules="three"),
            "一、提升政务服务效能",
            "　　（一）深化改革。新增集成服务事项20项。（县政务服务中心负责）",
            Table([[COLOPHON], ["某县人民政府办公室　　2026年2月27日印发"]], [156], rules="three"),
        ],
    )
    text = read_document(path).text
    assert table_lines(text) == ["\t".join(row) for row in goals]
    assert "一、提升政务服务效能" in text.split("\n") and COLOPHON in text.split("\n")


@pytest.mark.parametrize("style", ["none", "none-centred"])
def test_a_pdf_table_with_no_rules_is_found_by_its_header(tmp_path: Path, style: str) -> None:
    """No rules at all: the header's cells (序号, 重点任务, 牵头单位 …) each in a column of its own
    make it a table, down to its last row — not the signature set under it from the margin."""
    path = tmp_path / "tasks.pdf"
    write_pdf(path, style)
    raw = read_document(path)
    assert table_lines(raw.text) == ROWS
    assert raw.text.rstrip().endswith("某县人民政府办公室")
    assert roles_of(raw) == ROLES


@pytest.mark.parametrize("style", ["none", "box"])
def test_a_table_with_no_rules_inside_under_tight_prose(tmp_path: Path, style: str) -> None:
    """Lines of prose set as tight over the header as they are to each other are not a
    header cell's wrapped first line (序 / 号): they cross its columns (高平's project list,
    boxed by a frame, printed to PDF by LibreOffice, read as lines of text)."""
    path = tmp_path / "tasks.pdf"
    write_pdf(path, style, prose_above=True)
    raw = read_document(path)
    assert table_lines(raw.text) == ROWS
    assert "二、重点任务" in raw.text.split("\n")  # (the rows are measures of that part)
    assert roles_of(raw) == {(role, body, f"二.{row}") for role, body, row in ROLES}


def test_a_table_with_no_rules_and_a_header_of_two_rows(tmp_path: Path) -> None:
    """责任分工 over 牵头单位 | 配合单位: the header's second row is the header's, not the first
    task's (its names ran into the first row's cells: 牵头单位县商务局)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=14, leading=24)
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK")
    head = [["序号", "重点任务", "责任分工", "", "完成时限"], ["", "", "牵头单位", "配合单位", ""]]
    data = [[Paragraph(c.replace("\n", "<br/>"), small) for c in r] for r in [*head, *TASKS]]
    table = PdfTable(data, colWidths=[30, 200, 80, 110, 70])
    table.setStyle(TableStyle([("SPAN", (2, 0), (3, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "tasks.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(TITLE, body), Spacer(1, 12), table])
    raw = read_document(path)
    assert table_lines(raw.text)[:2] == [
        "序号\t重点任务\t责任分工\t\t完成时限",
        "\t\t牵头单位\t配合单位",
    ]
    assert roles_of(raw) == ROLES


def write_unruled(path: Path, title: str, rows: list[list[str]], widths: list[int]) -> None:
    """``rows`` under ``title``, set without borders in columns ``widths`` wide (cells at the
    top, as Word sets them)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=14, leading=24)
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK")
    table = PdfTable([[Paragraph(c, small) for c in r] for r in rows], colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(title, body), Spacer(1, 12), table])


UNRULED_LISTS = {
    # 序号 | 项目名称 | 建设内容 | 总投资（亿元） | 责任单位 in narrow columns that wrap the header's
    # cells (总投资（亿 / 元）): 安定's project list printed to PDF read as lines
    "project list": (
        [
            ["序号", "项目名称", "建设内容", "总投资（亿元）", "责任单位"],
            ["1", "马铃薯精深加工项目", "新建年加工马铃薯30万吨生产线", "12.5", "区工业和信息化局"],
            ["2", "中药材仓储物流园项目", "建设标准化仓库5万平方米", "8", "区商务局"],
        ],
        [30, 110, 130, 50, 110],
    ),
    # 序号 | 考核指标 | 分值 | 考核标准 | 考核部门: 宁河's assessment measures so printed, its 1家 a
    # target
    "assessment table": (
        [
            ["序号", "考核指标", "分值", "考核标准", "考核部门"],
            ["1", "地区生产总值增速", "15", "完成年度目标得满分，每低1个百分点扣3分", "区统计局"],
            ["2", "高新技术企业数量", "8", "每新增1家得0.5分，最高得8分", "区科技局"],
        ],
        [30, 90, 40, 120, 90],
    ),
}


@pytest.mark.parametrize("kind", sorted(UNRULED_LISTS))
def test_a_list_with_no_rules_is_found_by_its_header_words(tmp_path: Path, kind: str) -> None:
    """A project list's or an assessment table's header words make it a table, as a task
    table's do."""
    rows, widths = UNRULED_LISTS[kind]
    path = tmp_path / "list.pdf"
    write_unruled(path, "某区2026年重点工作", rows, widths)
    assert table_lines(read_document(path).text) == ["\t".join(r) for r in rows]


def test_an_ofd_table_with_no_rules_and_prose_without_a_header_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "tasks.ofd"
    write_ofd(
        path,
        [
            TITLE,
            "　　现将重点任务分工如下，各牵头单位和责任单位要按照完成时限抓好落实。",
            Table([HEADER, *TASKS], [12, 64, 30, 32, 18], rules="none"),
            Right("某县人民政府办公室"),
        ],
    )
    raw = read_document(path)
    assert table_lines(raw.text) == ROWS
    assert roles_of(raw) == ROLES


def write_long(path: Path, style: str, repeat: int, rows: int = 40) -> None:
    """A task table of ``rows`` rows running onto a second page, ruled ``three`` (its last rule
    under the last row, on the second page) or ``none``; its header repeated there or not
    (Word repeats it only when told to)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=14, leading=24)
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK")
    data = [HEADER] + [
        [str(i), f"推进第{i}项重点工作，完成投资{i}亿元。", leads_of(i), "县财政局", "2026年12月"]
        for i in range(1, rows + 1)
    ]
    table = PdfTable(
        [[Paragraph(c, small) for c in r] for r in data],
        colWidths=[30, 200, 80, 110, 70],
        repeatRows=repeat,
    )
    rules: list[Any] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if style == "three":
        rules += [
            ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
        ]
    table.setStyle(TableStyle(rules))
    story = [Paragraph(TITLE, body), Spacer(1, 12), table, Paragraph("某县人民政府办公室", body)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def leads_of(i: int) -> str:
    return "县发展和改革局" if i % 2 else "县商务局"


@pytest.mark.parametrize(
    ("style", "repeat"), [("three", 0), ("none", 0), ("three", 1), ("none", 1)]
)
def test_a_table_running_onto_the_next_page_keeps_its_rows_there(
    tmp_path: Path, style: str, repeat: int
) -> None:
    """A three-line table or one without rules, its header not repeated on the next page:
    the rows there keep to its columns and go on with its numbers (the rows on the second
    page were lost, 18 of 40 — found printing the corpus's Word tables)."""
    path = tmp_path / "long.pdf"
    write_long(path, style, repeat)
    raw = read_document(path)
    assert len(read_pdf_pages(path)) == 2
    expected = {("LEADS", leads_of(i), str(i)) for i in range(1, 41)}
    expected |= {("SUPPORTS", "县财政局", str(i)) for i in range(1, 41)}
    assert roles_of(raw) == expected


def read_pdf_pages(path: Path) -> list[object]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return list(pdf.pages)


def _word_at(x0: float, top: float, text: str) -> Word:
    """A word of 12-point characters at (``x0``, ``top``)."""
    return Word(x0, x0 + 12 * len(text), top, top + 12, text)


def test_a_row_broken_across_the_page_foot_is_joined_to_its_start() -> None:
    """The rest of a row at the next page's head (its number's cell empty) stands above the
    next row: it is that row's rest, given as a cut row is, to be joined across the page."""
    from ingest.readers.open_tables import Carried, continued_table

    at = _word_at
    page = [
        at(120, 40, "个"),
        at(310, 40, "化局"),
        at(90, 60, "3"),
        at(120, 60, "开展人才培训"),
        at(310, 60, "市人社局"),
        at(90, 200, "某县人民政府办公室"),
    ]
    table = continued_table(page, Carried(((90, 110), (120, 300), (310, 400)), 3), gap=6)
    assert table is not None
    assert table.rows == ["\t个\t化局", "3\t开展人才培训\t市人社局"]


def test_under_a_repeated_header_lines_before_the_first_number_are_a_rest_if_rows_open_so() -> None:
    """Under a table's header repeated at a page's head, the lines before the first number
    are the rest of a row the foot broke when the table's rows open with their numbers (its
    cells top-aligned, as the page before showed: given as a cut row, number's cell empty);
    in a table whose cells are centred they are the first row's own upper lines."""
    from ingest.readers.open_tables import Carried, OpenTable, carried_on, find_unruled_tables

    at = _word_at
    page = [
        at(90, 20, "序号"),
        at(130, 20, "重点任务"),
        at(330, 20, "牵头单位"),
        at(430, 20, "完成时限"),
        at(130, 40, "元"),
        at(90, 60, "10"),
        at(130, 60, "推进第10项工作"),
        at(330, 60, "县财政局"),
        at(430, 60, "年底"),
    ]
    (rest,) = find_unruled_tables(page, 6, rests=True)
    assert rest.rows[1:] == ["\t元", "10\t推进第10项工作\t县财政局\t年底"]
    (own,) = find_unruled_tables(page, 6)
    assert own.rows[1:] == ["10\t元推进第10项工作\t县财政局\t年底"]
    # (whether the page before's table opened its rows so goes on with it to the next page)
    centred = OpenTable(0, 100, 80, 500, ["9\tx\ty"], ((90, 110), (130, 300)), top_aligned=False)
    assert carried_on([centred], 100, "") == Carried(((90, 110), (130, 300)), 10, False)
