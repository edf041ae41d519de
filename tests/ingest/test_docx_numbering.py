"""Word's automatic numbering: headings and 序号 cells whose numbers Word draws."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ingest.extract import extract
from ingest.readers import read_document
from ingest.readers.docx_numbering import format_number

HEADINGS = (
    '<w:abstractNum {ns} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%3."/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
)
ROWS = (
    '<w:abstractNum {ns} w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>'
)
CHAPTERS = (
    '<w:abstractNum {ns} w:abstractNumId="92"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl></w:abstractNum>'
)


def _lists(d: docx.document.Document) -> None:
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))  # abstract definitions come before the lists
    for i, xml in zip((90, 91, 92), (HEADINGS, ROWS, CHAPTERS), strict=True):
        first_num.addprevious(parse_xml(xml.format(ns=nsdecls("w"))))
        numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{i}"><w:abstractNumId w:val="{i}"/></w:num>')
        )


def _numbered(par, level: int, num: int = 90):  # type: ignore[no-untyped-def]
    par._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
        )
    )
    return par


def test_automatic_numbers_become_the_heading_paths(tmp_path: Path) -> None:
    d = docx.Document()
    _lists(d)
    d.add_paragraph("某县工业经济提质增效行动方案")
    _numbered(d.add_paragraph("工作目标"), 0)
    d.add_paragraph("到2025年，全县规上工业营业收入突破300亿元。")
    _numbered(d.add_paragraph("重点任务"), 0)
    _numbered(d.add_paragraph("壮大主导产业"), 1)
    _numbered(d.add_paragraph("做强高端化工。新建化工项目5个。（县工业和信息化局牵头）"), 2)
    _numbered(d.add_paragraph("发展装备制造。培育骨干企业10家。（县科技局负责）"), 2)
    _numbered(d.add_paragraph("强化要素保障"), 1)
    # a new item of a level restarts the levels below it
    _numbered(d.add_paragraph("保障用地。新增工业用地2000亩。（县自然资源局负责）"), 2)
    d.add_paragraph("附件：重点任务分工表")
    t = d.add_table(rows=3, cols=3)
    for c, v in zip(t.rows[0].cells, ("序号", "重点任务", "牵头单位"), strict=True):
        c.text = v
    rows = [("建设化工园区", "县化工园区管委会"), ("培育链主企业", "县商务局")]
    for r, (task, lead) in zip(t.rows[1:], rows, strict=True):
        _numbered(r.cells[0].paragraphs[0], 0, 91)  # an auto-numbered 序号 column
        r.cells[1].text, r.cells[2].text = task, lead
    path = tmp_path / "plan.docx"
    d.save(str(path))

    raw = read_document(path)
    assert "一、工作目标\n" in raw.text and "（二）强化要素保障\n" in raw.text
    assert "1\t建设化工园区\t县化工园区管委会" in raw.text
    ex = extract(raw)
    units = {n.props["path"] for n in ex.records.nodes if n.label.value in ("Section", "Measure")}
    assert {
        "一",
        "二",
        "二.(一)",
        "二.(一).1",
        "二.(一).2",
        "二.(二)",
        "二.(二).1",
        "1",
        "2",
    } <= units
    roles = {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "RESPONSIBLE_FOR")
    }
    assert roles == {
        ("LEADS", "县工业和信息化局", "二.(一).1"),
        ("RESPONSIBLE_FOR", "县科技局", "二.(一).2"),
        ("RESPONSIBLE_FOR", "县自然资源局", "二.(二).1"),
        ("LEADS", "县化工园区管委会", "1"),
        ("LEADS", "县商务局", "2"),
    }


def test_a_heading_style_carries_the_numbering_and_a_word_marker_is_set_apart(
    tmp_path: Path,
) -> None:
    d = docx.Document()
    _lists(d)
    style = d.styles["Heading 1"]
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="92"/></w:numPr>')
    )
    d.add_paragraph("某市发展规划")
    d.add_paragraph("发展基础", style="Heading 1")
    d.add_paragraph("全市生产总值达到500亿元。")
    d.add_paragraph("主要任务", style="Heading 1")
    path = tmp_path / "plan.docx"
    d.save(str(path))
    text = read_document(path).text
    assert "第一章 发展基础" in text and "第二章 主要任务" in text


@pytest.mark.parametrize(
    ("n", "fmt", "shown"),
    [
        (3, "chineseCounting", "三"),
        (10, "chineseCounting", "十"),
        (12, "chineseCountingThousand", "十二"),
        (20, "chineseCounting", "二十"),
        (105, "chineseCounting", "一百零五"),
        (112, "chineseCounting", "一百一十二"),
        (4, "decimalEnclosedCircle", "④"),
        (7, "decimal", "7"),
        (3, "lowerLetter", "c"),
        (4, "upperRoman", "IV"),
        (2, "bullet", None),
    ],
)
def test_number_formats(n: int, fmt: str, shown: str | None) -> None:
    assert format_number(n, fmt) == shown


def test_damaged_numbering_values_fall_back_to_words_defaults() -> None:
    from ingest.readers.docx_numbering import Numbering

    xml = parse_xml(
        f'<w:numbering {nsdecls("w")}><w:abstractNum w:abstractNumId="1">'
        '<w:lvl w:ilvl="x"><w:start w:val="?"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    )
    para = parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
        "</w:numPr></w:pPr></w:p>"
    )
    numbering = Numbering(xml)
    assert [numbering.marker(para) for _ in range(2)] == ["一、", "二、"]
