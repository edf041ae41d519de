"""Write the PDF documents of the genre corpus (run once; the files are kept).

``docs/zhangdian-digital-economy-plan-2025-2027.pdf``:

A three-year plan typeset as official documents are printed (GB/T 9704: 22 lines of 28
characters, paragraphs indented two full-width spaces and running on across lines and
pages, a page number at the foot), with the typesetting of tests/ingest/test_pdf_layout.py.
``docs/wulian-rural-revitalization-plan-2025.pdf``: a 实施方案 under its covering notice
whose tasks are an annex table printed with its grid (序号 | 重点任务 | 牵头单位 | 责任单位 |
完成时限; long cells wrapped inside their boxes, a 牵头单位 cell spanning two rows), laid out
by reportlab's platypus as a word processor would.
Usage: ``python -m tests.ingest.genre.make_pdf``.
"""

from __future__ import annotations

from pathlib import Path

from tests.ingest.test_pdf_layout import typeset, write_pdf

PARAGRAPHS = [
    "淄博市张店区人民政府办公室",
    "关于印发张店区数字经济高质量发展三年行动方案（2025—2027年）的通知",
    "张政办发〔2025〕6号",
    "各街道办事处，区政府各部门：",
    "　　现将《张店区数字经济高质量发展三年行动方案（2025—2027年）》印发给你们，请认真贯彻执行。",
    "淄博市张店区人民政府办公室",
    "2025年4月8日",
    "张店区数字经济高质量发展三年行动方案（2025—2027年）",
    "一、发展目标",
    "　　到2027年，全区数字经济核心产业营业收入突破300亿元，年均增长12%以上；"
    "培育数字经济领军企业10家；建成5G基站3000个，实现重点区域全覆盖。",
    "二、重点任务",
    "（一）做强数字产业",
    "　　1.发展集成电路和新型显示产业。引进半导体、新型显示项目5个以上，到2026年集成电路"
    "产业营业收入达到50亿元。（区发展改革局、区工业和信息化局牵头，区投资促进中心配合）",
    "　　2.培育软件和信息服务业。新增软件企业30家，软件业务收入年均增长15%。"
    "（牵头单位：区工业和信息化局；配合单位：区科技局、区财政局）",
    "（二）推进产业数字化",
    "　　3.实施制造业数字化转型行动。每年推动100家规上工业企业开展数字化改造，"
    "建设智能工厂和数字化车间20个。（区工业和信息化局负责）",
    "　　4.发展智慧农业。建设数字农业示范基地5处。（区农业农村局牵头，各街道办事处配合）",
    "三、保障措施",
    "　　加大资金扶持力度，区财政每年安排数字经济发展专项资金5000万元。（区财政局负责）",
]


WULIAN_TEXT = [
    "五莲县人民政府办公室",
    "关于印发五莲县乡村振兴示范片区建设实施方案的通知",
    "五政办发〔2025〕4号",
    "各乡镇人民政府、街道办事处，县政府各部门：",
    "现将《五莲县乡村振兴示范片区建设实施方案》印发给你们，请认真组织实施。",
    "五莲县人民政府办公室",
    "2025年3月25日",
    "五莲县乡村振兴示范片区建设实施方案",
    "一、建设目标",
    "到2025年底，全县建成市级以上乡村振兴示范片区5个，培育茶叶、板栗等特色产业基地10处，"
    "村集体经营性收入全部达到20万元以上。",
    "二、重点任务",
    "重点任务分工见附件。",
    "三、保障措施",
    "县财政每年统筹安排乡村振兴示范片区建设资金3000万元。（县财政局负责）",
    "附件",
    "五莲县乡村振兴示范片区建设重点任务分工表",
]
WULIAN_TABLE = [
    ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
    [
        "1",
        "建设茶叶标准化生产基地，新增茶园面积3000亩，茶叶产值达到8亿元。",
        "县农业农村局",
        "相关乡镇（街道）",
        "2025年12月底",
    ],
    [
        "2",
        "推进板栗提质增效，改造低产栗园2万亩。",
        "",
        "县林业发展中心、相关乡镇（街道）",
        "2025年12月底",
    ],
    [
        "3",
        "发展乡村旅游，打造精品民宿20家，接待游客突破300万人次。",
        "县文化和旅游局",
        "各乡镇（街道）",
        "2025年12月底",
    ],
    [
        "4",
        "实施农村人居环境整治，完成农村改厕5000户。",
        "县住房和城乡建设局",
        "县农业农村局、各乡镇（街道）",
        "2025年10月底",
    ],
    [
        "5",
        "加强农村公路建设，新改建农村公路80公里。",
        "县交通运输局",
        "各乡镇（街道）",
        "2025年11月底",
    ],
    [
        "6",
        "培育新型农业经营主体，新增县级以上示范家庭农场30家。",
        "县农业农村局",
        "各乡镇（街道）",
        "2025年12月底",
    ],
]


def annex_task_table() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=14, leading=24, wordWrap="CJK")
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK")
    data = [[Paragraph(c, small) for c in row] for row in WULIAN_TABLE]
    table = Table(data, colWidths=[30, 200, 80, 110, 70], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("SPAN", (2, 1), (2, 2)),  # one lead for rows 1 and 2
            ]
        )
    )
    story: list[object] = [Paragraph(text, body) for text in WULIAN_TEXT]
    story += [Spacer(1, 8), table]
    out = Path(__file__).parent / "docs" / "wulian-rural-revitalization-plan-2025.pdf"
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def main() -> None:
    out = Path(__file__).parent / "docs" / "zhangdian-digital-economy-plan-2025-2027.pdf"
    write_pdf(out, typeset(PARAGRAPHS))
    annex_task_table()


if __name__ == "__main__":
    main()
