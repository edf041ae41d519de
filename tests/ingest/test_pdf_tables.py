"""A real PDF with a ruled task table, as plans attach their 任务分工表.

The table is drawn with its grid by reportlab (built-in CID font STSong-Light, no font
file), with a lead cell merged down over two rows and enough rows to run onto a second
page under a repeated header; pdfplumber finds the ruled table and the reader turns its
rows into tab-separated lines, as for .docx and .html.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import Extraction, extract
from ingest.readers import read_document

pytest.importorskip("reportlab")

ROWS = 30  # plain rows after the three written out below: the table fills two pages


def write_pdf(path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=18)
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK")

    def cell(text: str) -> Paragraph:
        return Paragraph(text, small)

    data: list[list[object]] = [
        ["序号", "重点任务", "牵头单位", "配合单位"],
        [
            "1",
            cell("建设预制菜产业园区，新建标准化厂房20万平方米。"),
            cell("市工业和信息化局"),
            cell("市自然资源和规划局、市住房城乡建设局"),
        ],
        ["2", cell("培育龙头企业，支持骨干企业扩能。"), "", cell("市商务局")],
        [
            "3",
            cell("打造区域公用品牌，每年举办推介活动10场以上。"),
            cell("市农业农村局"),
            cell("各镇街园区"),
        ],
    ]
    for i in range(ROWS):
        data.append(
            [
                str(4 + i),
                cell(f"推进第{i + 1}项重点工作，完成投资{i + 1}亿元。"),
                cell("市发展和改革局"),
                cell("市财政局"),
            ]
        )
    table = Table(data, colWidths=[30, 220, 110, 130], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("SPAN", (2, 1), (2, 2)),  # one lead for rows 1 and 2
            ]
        )
    )
    story = [
        Paragraph("诸城市人民政府办公室", body),
        Paragraph("诸城市预制菜产业高质量发展实施方案", body),
        Paragraph("一、发展目标", body),
        Paragraph("到2025年，全市预制菜产业产值突破500亿元。", body),
        Paragraph("二、重点任务分工", body),
        Spacer(1, 8),
        table,
        Spacer(1, 12),
        Paragraph("三、保障措施", body),
        Paragraph("（一）加强组织领导。建立工作专班。（市工业和信息化局负责）", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    path = tmp_path_factory.mktemp("pdf") / "tasks.pdf"
    write_pdf(path)
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        assert len(pdf.pages) >= 2  # the table really runs onto a second page
    return extract(read_document(path))


def roles(ex: Extraction) -> set[tuple[str, str, str]]:
    return {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    }


def test_every_row_is_a_measure_on_both_pages(extracted: Extraction) -> None:
    paths = [n.props["path"] for n in extracted.records.nodes if n.label.value == "Measure"]
    assert paths == ["一"] + [f"二.{i}" for i in range(1, ROWS + 4)] + ["三.(一)"]


def test_columns_keep_their_roles_and_a_merged_lead_leads_both_rows(
    extracted: Extraction,
) -> None:
    got = roles(extracted)
    assert {
        ("LEADS", "市工业和信息化局", "二.1"),
        ("SUPPORTS", "市自然资源和规划局", "二.1"),
        ("SUPPORTS", "市住房城乡建设局", "二.1"),
        ("LEADS", "市工业和信息化局", "二.2"),
        ("SUPPORTS", "市商务局", "二.2"),
        ("LEADS", "市农业农村局", "二.3"),
        ("SUPPORTS", "各镇街园区", "二.3"),
        ("LEADS", "市发展和改革局", f"二.{ROWS + 3}"),
        ("SUPPORTS", "市财政局", f"二.{ROWS + 3}"),
        ("RESPONSIBLE_FOR", "市工业和信息化局", "三.(一)"),
    } <= got
    assert len(got) == 7 + 2 * ROWS + 1


def test_figures_stay_in_their_rows(extracted: Extraction) -> None:
    figures = {
        (n.props["path"], n.props["metric"], n.props["value"])
        for n in extracted.records.nodes
        if n.label.value == "Target"
    }
    assert ("二.1", "新建标准化厂房", 20) in figures
    assert ("二.3", "举办推介活动", 10) in figures
    # each row's 完成投资 is its own, not chained to the row above
    assert ("二.5", "完成投资", 2) in figures
    assert len(figures) == 3 + ROWS


def test_an_annex_table_on_a_page_turned_to_landscape_reads_upright(tmp_path: Path) -> None:
    """A printer driver sets a landscape section as a portrait page turned by ``/Rotate 90``,
    its content drawn sideways so that it shows upright."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "turned.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", 15)
    for n, line in enumerate(["某县花卉产业行动方案", "一、重点任务", "任务分工见附件。"]):
        c.drawString(70, 770 - 30 * n, line)
    c.showPage()
    c.setPageRotation(90)
    c.rotate(90)
    c.translate(0, -595)  # from here on, a landscape page's coordinates (842 × 595)
    c.setFont("STSong-Light", 12)
    c.drawString(70, 540, "附件")
    rows = [
        ["序号", "重点任务", "牵头单位", "配合单位"],
        ["1", "建设花卉种苗繁育基地3处", "县农业农村局", "县财政局"],
        ["2", "培育规模以上花卉加工企业20家", "县工业和信息化局", "县商务局"],
    ]
    xs, top, height = [70, 120, 400, 560, 760], 500, 28
    for r, row in enumerate(rows):
        for x, text in zip(xs, row, strict=False):
            c.drawString(x + 4, top - height * r - 18, text)
    for r in range(len(rows) + 1):
        c.line(xs[0], top - height * r, xs[-1], top - height * r)
    for x in xs:
        c.line(x, top, x, top - height * len(rows))
    c.showPage()
    c.save()
    assert roles(extract(read_document(path))) == {
        ("LEADS", "县农业农村局", "1"),
        ("SUPPORTS", "县财政局", "1"),
        ("LEADS", "县工业和信息化局", "2"),
        ("SUPPORTS", "县商务局", "2"),
    }


def test_a_row_broken_across_a_page_is_one_row(tmp_path: Path) -> None:
    """A long row breaks at the page's foot with no rule drawn at the break (its column rules
    run on to the foot), the rest of its cells at the head of the next page under no header:
    the row is read whole, its figure on the second page in it, and the rows after it stay
    rows of the table."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "broken.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    xs = [60, 100, 380, 540]

    def grid(rows: list[list[str]], top: float, rules: list[float], bottom: float) -> None:
        """Rows written from ``top`` down, horizontal rules at ``rules``, column rules from
        the first rule (or ``top``) down to ``bottom``."""
        c.setFont("STSong-Light", 11)
        for r, row in enumerate(rows):
            for x, text in zip(xs, row, strict=False):
                c.drawString(x + 4, top - 28 * r - 18, text)
        for y in rules:
            c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, max([*rules, top]), x, bottom)

    c.setFont("STSong-Light", 15)
    c.drawString(70, 780, "某县花卉产业重点任务分工表")
    head = [
        ["序号", "重点任务", "牵头单位"],
        ["1", "建设花卉种苗繁育基地3处。", "县农业农村局"],
        ["2", "培育规模以上花卉加工企业，", "县工业和信息化局"],
    ]
    # (the rules close the header and row 1; row 2 runs on to the page's foot, unruled)
    grid(head, 750, [750, 722, 694], 640)
    c.showPage()
    rest = [["", "新增20家。", ""], ["3", "举办花卉博览会1次。", "县商务局"]]
    # (row 2's rest at the head, no rule above it; row 3 ruled)
    grid(rest, 800, [772, 744], 744)
    for x in xs:
        c.line(x, 800, x, 772)
    c.showPage()
    c.save()
    text = read_document(path).text
    assert "2\t培育规模以上花卉加工企业，新增20家。\t县工业和信息化局" in text
    assert "3\t举办花卉博览会1次。\t县商务局" in text
    ex = extract(read_document(path))
    assert roles(ex) == {
        ("LEADS", "县农业农村局", "1"),
        ("LEADS", "县工业和信息化局", "2"),
        ("LEADS", "县商务局", "3"),
    }


def _table_over_two_pages(
    path: Path, pages: list[tuple[list[list[str]], float, float, float]], ruled: bool = True
) -> None:
    """A task table drawn over pages under a title, one (rows, top, font size, lift) a page:
    rows from ``top`` down, 28 points each, ruled all round (or not, as Word's borders off);
    the text set ``lift`` points above where it would sit (its glyphs rising over the row's
    rule, as LibreOffice prints a row's rest at a page's head)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    xs = [60, 100, 380, 540]
    c.setFont("STSong-Light", 15)
    c.drawString(70, 780, "某县花卉产业重点任务分工表")
    for rows, top, size, lift in pages:
        c.setFont("STSong-Light", size)
        for r, row in enumerate(rows):
            for x, text in zip(xs, row, strict=False):
                c.drawString(x + 4, top - 28 * r - size + lift, text)
        if ruled:
            for r in range(len(rows) + 1):
                c.line(xs[0], top - 28 * r, xs[-1], top - 28 * r)
            for x in xs:
                c.line(x, top, x, top - 28 * len(rows))
        c.showPage()
    c.save()


def test_a_row_broken_across_a_page_under_rules_drawn_at_the_break_is_one_row(
    tmp_path: Path,
) -> None:
    """As LibreOffice prints a Word table whose row breaks across a page (found converting
    the corpus's Word task tables to PDF): a rule closes the page's foot and another opens the
    next page's head, the rest of the row there under them, its number's cell empty; and the
    first line of the rest rises above the head's rule. The row is read whole, once — its
    rest no row of its own, its first line not read again above the table."""
    path = tmp_path / "ruled-break.pdf"
    _table_over_two_pages(
        path,
        [
            (
                [
                    ["序号", "重点任务", "牵头单位"],
                    ["1", "建设花卉种苗繁育基地3处。", "县农业农村局"],
                    ["2", "培育规模以上花卉加工企业", "县工业和信息化局"],
                ],
                750,
                11,
                -6,
            ),
            ([["", "新增20家。", ""], ["3", "举办花卉博览会1次。", "县商务局"]], 800, 12, 4),
        ],
    )
    text = read_document(path).text
    assert "2\t培育规模以上花卉加工企业新增20家。\t县工业和信息化局" in text
    assert "3\t举办花卉博览会1次。\t县商务局" in text
    assert text.count("新增20家") == 1
    ex = extract(read_document(path))
    assert roles(ex) == {
        ("LEADS", "县农业农村局", "1"),
        ("LEADS", "县工业和信息化局", "2"),
        ("LEADS", "县商务局", "3"),
    }


@pytest.mark.parametrize("ruled", [True, False])
def test_a_row_broken_across_a_page_under_its_header_repeated_is_one_row(
    tmp_path: Path, ruled: bool
) -> None:
    """As LibreOffice prints a Word table whose header row repeats on each page (表头重复) and
    whose row breaks across a page (session 40: a 45-row task table so printed lost rows 12 to
    24 when ruled; without rules a row's rest ran into the next row, 元推进第10项…): the rest of
    the broken row stands under the repeated header. It is joined to its row; the rows after it
    keep their numbers."""
    path = tmp_path / f"repeated-header-{ruled}.pdf"
    header = ["序号", "重点任务", "牵头单位"]
    first = [
        header,
        ["1", "建设花卉种苗繁育基地3处。", "县农业农村局"],
        ["2", "培育花卉加工企业", "县工业和信息化局"],
    ]
    second = [header, ["", "新增20家。", ""], ["3", "举办花卉博览会1次。", "县商务局"]]
    _table_over_two_pages(path, [(first, 750, 11, -6), (second, 800, 11, -6)], ruled)
    text = read_document(path).text
    assert "2\t培育花卉加工企业新增20家。\t县工业和信息化局" in text
    assert text.count("新增20家") == 1
    ex = extract(read_document(path))
    assert roles(ex) == {
        ("LEADS", "县农业农村局", "1"),
        ("LEADS", "县工业和信息化局", "2"),
        ("LEADS", "县商务局", "3"),
    }
    figures = {
        (n.props["path"], n.props["value"]) for n in ex.records.nodes if n.label.value == "Target"
    }
    assert figures == {("1", 3), ("2", 20), ("3", 1)}


def test_bodies_one_a_line_in_a_cell_stay_a_list_and_a_wrapped_name_stays_whole(
    tmp_path: Path,
) -> None:
    """Word cells list bodies one a line; printed to PDF (found converting the corpus's Word
    task tables with LibreOffice) each line ends short of the cell's right edge, and the names
    are a list (they ran together: 市邮政管理局珲春边境经济合作区管委会). A line filling the
    cell wraps, its name read whole (珲春边境经济合 / 作区管委会)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "cells.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    xs = [60, 100, 330, 412, 500]  # (the last two columns 82 and 88 points wide)
    rows = [
        (["序号", "重点任务", "牵头单位", "配合单位"], 1),
        (["1", "建设跨境电商产业园1个。", "市商务局", "市邮政管理局|市财政局"], 2),
        (["2", "新增外贸企业50家。", "市商务局", "珲春边境经济合|作区管委会"], 2),
        # (a name closed by its role's mark ends there, filling the cell or not)
        (["3", "建设创新平台2个。", "县委（牵头）|昆山管委会", "市科技局"], 2),
    ]
    c.setFont("STSong-Light", 11)
    y = 760
    for cells, lines in rows:
        height = 16 * lines + 8
        for x, text in zip(xs, cells, strict=False):
            for k, part in enumerate(text.split("|")):
                c.drawString(x + 3, y - 16 * (k + 1), part)
        c.line(xs[0], y, xs[-1], y)
        y -= height
    c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, 760, x, y)
    c.showPage()
    c.save()
    text = read_document(path).text
    assert "1\t建设跨境电商产业园1个。\t市商务局\t市邮政管理局、市财政局" in text
    assert "2\t新增外贸企业50家。\t市商务局\t珲春边境经济合作区管委会" in text
    assert "3\t建设创新平台2个。\t县委（牵头）、昆山管委会\t市科技局" in text
    ex = extract(read_document(path))
    assert ("SUPPORTS", "市财政局", "1") in roles(ex)
    assert ("SUPPORTS", "珲春边境经济合作区管委会", "2") in roles(ex)


def test_a_ruled_table_of_one_row_is_a_table(tmp_path: Path) -> None:
    """A table of one row — a part's only task set as a two-column table, measure and its
    bodies, under its heading (德惠's Word list printed to PDF) — is read as a row, not as
    lines across the page (`…达到30万 市畜牧业发展服务中心负责` / `头。` lost the role and the
    figure)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "one-row.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("STSong-Light", 11)
    c.drawString(60, 780, "二、肉牛产业")
    xs, top, bottom = [60, 280, 500], 770, 730
    for k, part in enumerate(["3.扩大肉牛养殖。肉牛饲养量达到30万", "头。"]):
        c.drawString(xs[0] + 3, top - 16 * (k + 1), part)
    c.drawString(xs[1] + 3, top - 16, "市畜牧业发展服务中心负责")
    c.line(xs[0], top, xs[-1], top)
    c.line(xs[0], bottom, xs[-1], bottom)
    for x in xs:
        c.line(x, top, x, bottom)
    c.showPage()
    c.save()
    text = read_document(path).text
    assert "3.扩大肉牛养殖。肉牛饲养量达到30万头。\t市畜牧业发展服务中心负责" in text.split("\n")
    ex = extract(read_document(path))
    assert ("RESPONSIBLE_FOR", "市畜牧业发展服务中心", "二.3") in roles(ex)


def test_under_a_repeated_header_a_row_s_rest_joins_it_and_a_whole_row_stands() -> None:
    """Under a header repeated at a page's head, the rest of a row the foot broke (only the
    cells that ran over filled) joins its row; a whole row under cells merged down from the
    page before (every cell after them filled) stands as it is."""
    from ingest.readers.pdf import _Page, _rows_rejoined

    header = "序号\t重点任务\t具体措施\t牵头单位\t配合单位"
    first = f"{header}\n4\t推进文旅融合\t打造示范点3个，接待游客600万\t市文旅局\t各乡镇"
    broken = _Page(
        f"{header}\n\t\t人次。\t\t\n5\t强化保障\t安排资金2亿元。\t市财政局\t市直有关部门"
    )
    (page_1, page_2) = _rows_rejoined([_Page(first), broken])
    assert page_1.endswith("4\t推进文旅融合\t打造示范点3个，接待游客600万人次。\t市文旅局\t各乡镇")
    assert page_2 == f"{header}\n5\t强化保障\t安排资金2亿元。\t市财政局\t市直有关部门"
    whole = (
        f"{header}\n\t\t举办节会活动10场次。\t市文旅局\t市财政局\n5\t强化保障\t安排资金。\t市财政局"
    )
    assert _rows_rejoined([_Page(first), _Page(whole)]) == [first, whole]
