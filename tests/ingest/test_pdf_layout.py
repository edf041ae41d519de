"""A real PDF with a Chinese text layer, typeset as official documents are.

GB/T 9704 pages hold 22 lines of 28 characters; paragraphs start indented by two
full-width spaces and run on across lines and pages, and a page number sits at the
foot (— 1 —). The PDF is made with reportlab's built-in CID font (STSong-Light, which
needs no font file), read back through pdfplumber and extracted; the expected facts
are those of the text written below.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from graph.schema import Label, RelType
from ingest.extract import Extraction, extract
from ingest.normalise import normalise
from ingest.readers import RawDocument, read_document

pytest.importorskip("reportlab")

HEADER = [
    "某某县人民政府",
    "关于印发某某县现代农业提升三年行动方案（2024—2026年）的通知",
    "各乡镇人民政府，县政府各部门：",
    "　　现将《某某县现代农业提升三年行动方案（2024—2026年）》印发给你们，请认真贯彻执行。",
    "某某县人民政府",
    "2024年3月5日",
]
BODY = [
    "某某县现代农业提升三年行动方案（2024—2026年）",
    "一、发展目标",
    "　　到2026年，全县农林牧渔业总产值突破120亿元，新建和改造提升高标准农田5.5万亩，"
    "培育省级以上农业产业化龙头企业15家，粮食播种面积稳定在60万亩以上，"
    "农村居民人均可支配收入年均增长7%左右。",
    "二、重点任务",
    "（一）壮大特色产业",
    "　　1.发展现代花卉产业。建设花卉种苗繁育基地3处，到2026年花卉种植面积稳定在8万亩"
    "以上，花卉产业产值达到30亿元。（县农业农村局、县林业局牵头，县财政局、县商务局配合）",
    "　　2.做强食品加工业。培育规模以上农产品加工企业20家，建成冷链物流中心2个。"
    "（牵头单位：县工业和信息化局；配合单位：县农业农村局、县市场监管局）",
    "（二）完善支撑体系",
    "　　1.强化金融服务。每年新增涉农贷款不少于10亿元。（县金融服务中心负责）",
]
WIDTH, LINES_PER_PAGE = 28, 22


def typeset(paragraphs: list[str]) -> list[list[str]]:
    """Pages of printed lines: each paragraph wrapped at WIDTH characters."""
    lines = [p[i : i + WIDTH] for p in paragraphs for i in range(0, len(p), WIDTH)]
    return [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]


def write_pdf(
    path: Path, pages: list[list[str]], header: str = "", footer: str = "— {n} —"
) -> None:
    """The pages printed, each with its page number at the foot (``footer``, formatted
    with ``n`` and the ``total``) and, given a ``header``, a running header above a rule at
    the top, as Word and WPS print one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4)
    draw_pages(c, pages, header, footer)
    c.save()


def draw_pages(c: Any, pages: list[list[str]], header: str = "", footer: str = "— {n} —") -> None:
    """Draw typeset pages on a reportlab canvas, as ``write_pdf`` prints them."""
    for n, lines in enumerate(pages, 1):
        if header:
            c.setFont("STSong-Light", 10)
            c.drawCentredString(297, 805, header)
            c.line(70, 798, 525, 798)
        c.setFont("STSong-Light", 15)
        y = 770.0
        for line in lines:
            c.drawString(70, y, line)
            y -= 28
        c.setFont("STSong-Light", 12)
        c.drawCentredString(297, 40, footer.format(n=n, total=len(pages)))
        c.showPage()


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple[RawDocument, Extraction]:
    pages = typeset(HEADER + BODY)
    # the layout really splits figures across lines and a note across a page
    assert any(a[-1].isdigit() and b[0].isdigit() for a, b in pairwise(pages[0]))
    assert len(pages) >= 2 and not pages[0][-1].endswith(("。", "）"))
    path = tmp_path_factory.mktemp("pdf") / "plan.pdf"
    write_pdf(path, pages)
    raw = read_document(path)
    assert raw.format == "pdf"
    return raw, extract(raw)


def test_pdf_text_layer_reads_chinese(extracted: tuple[RawDocument, Extraction]) -> None:
    raw, _ = extracted
    assert "某某县现代农业提升三年行动方案" in raw.text
    assert "— 1 —" in raw.text  # the page number is in the text layer …


def test_figures_survive_line_and_page_breaks(extracted: tuple[RawDocument, Extraction]) -> None:
    raw, ex = extracted
    figures = {
        (n.props["path"], n.props["value"], n.props["unit"]): n.props
        for n in ex.records.nodes
        if n.label == Label.TARGET
    }
    assert set(figures) == {
        ("一", 120, "亿元"),
        ("一", 5.5, "万亩"),
        ("一", 15, "家"),
        ("一", 7, "%"),
        ("一", 60, "万亩"),
        ("二.(一).1", 3, "处"),
        ("二.(一).1", 8, "万亩"),
        ("二.(一).1", 30, "亿元"),
        ("二.(一).2", 20, "家"),
        ("二.(一).2", 2, "个"),
        ("二.(二).1", 10, "亿元"),
    }
    assert figures[("一", 120, "亿元")]["comparator"] == ">"
    assert figures[("一", 120, "亿元")]["year"] == 2026
    assert figures[("一", 7, "%")]["comparator"] == "~"
    assert figures[("一", 7, "%")]["period"] == "annual"
    assert figures[("二.(一).1", 8, "万亩")]["comparator"] == ">="
    assert figures[("二.(一).1", 8, "万亩")]["year"] == 2026  # 到2 / 026年 on two lines
    assert figures[("二.(二).1", 10, "亿元")]["comparator"] == ">="
    for f in figures.values():
        assert "—" not in f["metric"], f  # … but never inside what was extracted
        # evidence points into the text as read: the figure's own words, line breaks aside
        assert "".join(raw.text[f["text_start"] : f["text_end"]].split()) == "".join(
            f["text"].split()
        )
        assert "".join(raw.text[f["start"] : f["end"]].split()) == "".join(f["sentence"].split())


def test_roles_from_notes_wrapped_across_lines(extracted: tuple[RawDocument, Extraction]) -> None:
    _, ex = extracted
    role = {RelType.LEADS: "lead", RelType.SUPPORTS: "support", RelType.RESPONSIBLE_FOR: "resp"}
    got = {
        (e.props["surface"], role[e.type], e.dst.split("#", 1)[1])
        for e in ex.records.edges
        if e.type in role
    }
    assert got == {
        ("县农业农村局", "lead", "二.(一).1"),
        ("县林业局", "lead", "二.(一).1"),
        ("县财政局", "support", "二.(一).1"),
        ("县商务局", "support", "二.(一).1"),
        ("县工业和信息化局", "lead", "二.(一).2"),
        ("县农业农村局", "support", "二.(一).2"),
        ("县市场监管局", "support", "二.(一).2"),
        ("县金融服务中心", "resp", "二.(二).1"),
    }


def test_headings_and_metadata(extracted: tuple[RawDocument, Extraction]) -> None:
    _, ex = extracted
    titles = {
        n.props["path"]: n.props["title"]
        for n in ex.records.nodes
        if n.label in (Label.SECTION, Label.MEASURE)
    }
    assert titles["一"] == "发展目标"
    assert titles["二.(一)"] == "壮大特色产业"
    assert titles["二.(一).2"] == "做强食品加工业"
    assert titles["二.(二).1"] == "强化金融服务"
    assert ex.meta["date"] == "2024-03-05"
    assert "现代农业提升三年行动方案" in ex.meta["title"]


def test_a_running_header_on_every_page_is_dropped(tmp_path: Path) -> None:
    """Word and WPS print the plan's title at the top of every page: it is no text of the
    document, and a sentence running on across the page break stays whole."""
    pages = typeset(HEADER + BODY)
    path = tmp_path / "headed.pdf"
    write_pdf(
        path, pages, header="某某县现代农业提升三年行动方案", footer="第 {n} 页 共 {total} 页"
    )
    raw = read_document(path)
    assert len(pages) >= 2
    assert "某某县现代农业提升三年行动方案" not in raw.text.split("\n")  # no line is the header
    # the sentence broken by the page break is joined again, no header inside it
    broken = pages[0][-1].strip() + pages[1][0].strip()
    assert broken in normalise(raw.text).text


def test_a_clause_closing_at_the_margin_with_a_semicolon_runs_on(tmp_path: Path) -> None:
    """到2028年，…规上企业达1200家； at the right margin, then 规模以上…120家。: one sentence,
    its deadline dating the clause after. Its digits printed wider than a Chinese font's
    (a word processor's fallback font) made the line look short to the normaliser, which
    counts a digit half a character (the corpus's 仙游 and 余杭 printed to PDF by LibreOffice
    lost the year); the reader sees the next word would not have fitted. A clause ending
    short of the margin ends its line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    full = "某某县工艺美术产业提升行动方案提出以下工作目标和重点任务"  # (28 characters)
    assert len(full) == 28
    lines = [
        "某某县工艺美术产业提升三年行动方案",
        "一、发展目标",
        *[full] * 6,
        "到2028年，全县工艺产值突破600亿元，规上企业达1200家；",
        "规模以上工艺美术企业达到120家。",
        "二、重点任务",
        "培育龙头企业，新增规上企业10家；",
        "建设产业园区1个。（县工业和信息化局负责）",
    ]
    path = tmp_path / "plan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 770.0
    for line in lines:
        x = 70.0
        for run in re.findall(r"\d+|\D+", line):
            font = "Courier" if run.isdigit() else "STSong-Light"  # (digits 0.6 of a character)
            c.setFont(font, 15)
            c.drawString(x, y, run)
            x += pdfmetrics.stringWidth(run, font, 15)
        y -= 28
    c.showPage()
    c.save()
    text = read_document(path).text
    assert "规上企业达1200家；规模以上工艺美术企业达到120家。" in text
    assert "新增规上企业10家；\n建设产业园区1个。" in text
    figures = {
        (n.props["value"], n.props["year"])
        for n in extract(read_document(path)).records.nodes
        if n.label.value == "Target"
    }
    assert (120, 2028) in figures


def test_notes_marks_printed_in_superscript_are_left_out(tmp_path: Path) -> None:
    """Notes' marks set in superscript after what they annotate (batch 568: 总产值¹, 1家²,
    45%³) were read as lines of their own between the lines of a paragraph, cutting 一级
    from 资质企业; they are left out, an exponent (万m²) stays, and so does a note's own
    number in the small print at the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def style(size: int) -> ParagraphStyle:
        return ParagraphStyle(
            f"s{size}", fontName="STSong-Light", fontSize=size, leading=size * 1.8, wordWrap="CJK"
        )

    body = (
        "2026年，全区建筑业总产值<super>1</super>达到1500亿元，增长5%；新增特级资质企业1家"
        "<super>2</super>，一级资质企业达到60家；装配式建筑占新建建筑面积比例达到45%<super>3</super>"
        "，新建标准厂房30万m<super>2</super>。"
    )
    path = tmp_path / "marks.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [
            Paragraph("一、发展目标", style(12)),
            Paragraph(body, style(12)),
            Paragraph("注：1.建筑业总产值含区外施工产值。", style(9)),
        ]
    )
    text = normalise(read_document(path).text).text
    assert (
        "全区建筑业总产值达到1500亿元，增长5%；新增特级资质企业1家，一级资质企业达到60家；"
        "装配式建筑占新建建筑面积比例达到45%，新建标准厂房30万m2。"
    ) in text
    assert "注：1.建筑业总产值含区外施工产值。" in text


def test_a_watermark_set_diagonally_is_no_part_of_the_text(tmp_path: Path) -> None:
    """A portal's name and 仅供参考 set diagonally in light grey under every page (batch 572)
    were read among the lines, splitting words and names (技考能人才); a header turned a
    quarter, as a narrow table column's is, still reads."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines = [
        "一、重点任务",
        "引进培育电子信息产业技能人才3000人。（市人力资源和社会保障局负责）",
        "市财政安排电子信息产业发展专项资金1亿元。（市财政局负责）",
    ]
    path = tmp_path / "marked.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.saveState()
    c.setFillGray(0.85)
    c.setFont("STSong-Light", 40)
    c.translate(297, 700)
    c.rotate(45)
    c.drawCentredString(0, 0, "龙南市人民政府网仅供参考")
    c.restoreState()
    c.saveState()
    c.setFont("STSong-Light", 12)
    c.translate(40, 600)
    c.rotate(90)
    c.drawString(0, 0, "序号")
    c.restoreState()
    c.setFont("STSong-Light", 12)
    for i, line in enumerate(lines):
        c.drawString(70, 760 - 24 * i, line)
    c.showPage()
    c.save()
    text = read_document(path).text
    for line in lines:
        assert line in text
    assert "仅" not in text and "府网" not in text
    assert "序" in text and "号" in text


def test_a_pdfs_leads_printed_in_red_or_bold_lead_where_it_says_so(tmp_path: Path) -> None:
    """A PDF printed from a Word file whose leads are set in red under the rule it states
    (标红的为牵头单位，其余为配合单位: batch 580): a red body listed in a note, or alone in a
    table's cell, leads; a red signature alone on its line marks nothing."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "red.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)

    def line(y: float, parts: list[tuple[str, bool]], x: float = 60) -> None:
        for text, red in parts:
            c.setFont("STSong-Light", 12)
            c.setFillColorRGB(1, 0, 0) if red else c.setFillColorRGB(0, 0, 0)
            c.drawString(x, y, text)
            x += pdfmetrics.stringWidth(text, "STSong-Light", 12)

    line(780, [("一、重点任务", False)])
    line(
        760,
        [
            ("（一）推进项目。完成投资10亿元。（", False),
            ("县发改局", True),
            ("、县财政局）", False),
        ],
    )
    line(730, [("序号", False)])
    line(730, [("重点任务", False)], x=90)
    line(730, [("责任单位", False)], x=300)
    line(710, [("1", False)])
    line(710, [("新建标准化果园10个", False)], x=90)
    line(710, [("县农业农村局", True)], x=300)
    line(680, [("注：标红的为牵头单位，其余为配合单位。", False)])
    line(650, [("某县人民政府", True)])
    c.showPage()
    c.save()
    text = read_document(path).text
    assert "（县发改局*、县财政局）" in text
    assert "县农业农村局*" in text and "某县人民政府*" not in text


def test_a_pdfs_bold_face_marks_a_lead_as_red_ink_does() -> None:
    """Bold by the face's name (Word's synthetic ``SimSun,Bold``, a …-Bold, SimHei) marks a
    listed body under a rule for bold, as red ink does under one for red."""
    from ingest.readers.pdf import _marks_for

    def glyphs(text: str, x: float, font: str) -> list[dict[str, Any]]:
        return [
            {
                "text": t,
                "x0": x + 12 * i,
                "x1": x + 12 * (i + 1),
                "top": 100.0,
                "bottom": 112.0,
                "size": 12.0,
                "fontname": font,
                "non_stroking_color": (0, 0, 0),
            }
            for i, t in enumerate(text)
        ]

    chars = (
        glyphs("（", 60, "SimSun")
        + glyphs("县发改局", 72, "SimSun,Bold")
        + glyphs("、县财政局）", 120, "SimSun")
    )
    (star,) = _marks_for(chars, "bold")
    assert star["text"] == "*" and 119 < star["x0"] < 120
    assert _marks_for(chars, "red") == []
