"""Write the PDF documents of the genre corpus (run once; the files are kept).

``docs/zhangdian-digital-economy-plan-2025-2027.pdf``:

A three-year plan typeset as official documents are printed (GB/T 9704: 22 lines of 28
characters, paragraphs indented two full-width spaces and running on across lines and
pages, a page number at the foot), with the typesetting of tests/ingest/test_pdf_layout.py.
``docs/wulian-rural-revitalization-plan-2025.pdf``: a 实施方案 under its covering notice
whose tasks are an annex table printed with its grid (序号 | 重点任务 | 牵头单位 | 责任单位 |
完成时限; long cells wrapped inside their boxes, a 牵头单位 cell spanning two rows), laid out
by reportlab's platypus as a word processor would.
``docs/zoucheng-new-energy-chain-tasks-2025.pdf``: a chain's task list that is nothing but a
table over two pages — its header row printed again at the top of the second, section rows
spanning the table, long cells wrapped in their boxes — under a title, issuer and date.
``docs/kenli-2025-development-plan.pdf``: an annual plan printed with a running header
(the plan's title above a rule at the top of every page) and a footer (``第 1 页 共 2 页``),
its lines running on across the page break.
``docs/pengzhou-tcm-herbs-plan-2026.pdf``: a 实施方案 under its covering notice whose tasks are
an annex three-line table (三线表: a rule over the header, one under it, one closing it, no
borders down; cells centred, long tasks and a cell of two bodies wrapped, a dash for none).
``docs/dingxi-potato-tasks-2026.pdf``: a task list whose annex table (sixteen rows, ruled as a
grid) runs onto a second page without its header printed again.
``docs/zhanjiang-marine-fishery-tasks-2026.pdf``: a task table that is the document's body,
its 类别 column merged down over each group's rows, a two-row header (责任单位 over 牵头单位 |
配合单位), numbers starting again in each group.
``docs/xiantao-nonwovens-tasks-2026.pdf``: a task list whose table has no rules at all (序号 |
工作任务 | 责任单位 | 完成时间, cells at the top, long tasks wrapped), a note under it from the
margin, the issuer and date under the title.
``docs/daye-science-innovation-points-2026.pdf``: a county-level city's science work points
printed as one flow of wrapped paragraphs, the title, issuer and date at the top.
``docs/tongcheng-2025-plan-report.pdf``: an annual plan report whose figures are mostly an
annex table (附表) of indicators: 2025's goal, what 2025 is expected to have done and 2026's
goal, with an 属性 column and a row of words (完成省下达任务), ruled as a grid.
``docs/ningde-lithium-chain-plan-2026.pdf``: a plan as a city government's gazette (政府公报)
reprints it: two columns a page, the gazette's masthead and issue above a rule on every page, the
notice's headline set across both columns on the first, its section's name (市政府办公室文件)
above it, page numbers of the issue at the foot.
``docs/liushi-town-government-work-report-2026.pdf``: a town's 政府工作报告 typeset as official documents
are, a paragraph running over the page break (batch 1245; one of ``POINTS_PDFS``).
Usage: ``python -m tests.ingest.genre.make_pdf`` (all; or one function of it).
``docs/yixing-zisha-environment-plan-2026-2030.pdf``: a plan printed as a booklet: a cover page
(the title set large over two lines, the issuer and the month lower down), a contents page
(目　录, its entries with dotted leaders and page numbers), then the text typeset as official
documents are, page numbers at the foot.
``docs/chencang-investment-attraction-plan-2026.pdf``: a district's 招商引资工作方案 under its
covering notice, notes in brackets, the chains' goals an annex table printed with its grid
(序号 | 产业链 | 年度招商目标 | 牵头单位 | 配合单位).
``docs/baigou-luggage-work-plan-2026.pdf``: a plan printed from a word processor whose headings
no marker numbers: the title, the parts and the tasks each printed larger than the body text
(20, 16 and 14 points over 12), each task's paragraph closed by its note, signed at the end.
``docs/jianou-bamboo-work-plan-2026.pdf``: a plan printed as official documents are (the layout of
tests/ingest/test_pdf_layout.py: one face, one size, 28 characters a line) whose parts no marker
numbers — their lines stand alone between paragraphs, told by nothing else — its tasks numbered
1. 2. 3. under one of them, each closed by its note, signed at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ingest.test_pdf_layout import draw_pages, typeset, write_pdf

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


def _annex_pdf(
    paragraphs: list[str],
    rows: list[list[str]],
    widths: list[int],
    style: list[Any],
    name: str,
    folder: Path | None = None,
    repeat: int = 1,
    split_in_row: bool = False,
    after: tuple[str, ...] = (),
) -> None:
    """A plan's paragraphs, then its annex table (cells wrapped in their columns, the header
    repeated on each page unless ``repeat`` is 0; a row broken across a page's foot if
    ``split_in_row``, as Word lets a row do) ruled by ``style``, then the ``after``
    paragraphs, laid out by reportlab's platypus as a word processor would, written to
    ``folder`` (the corpus's docs/ unless given)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=14, leading=24, wordWrap="CJK")
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK")
    data = [[Paragraph(c, small) for c in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=repeat, splitInRow=int(split_in_row))
    table.setStyle(TableStyle(style))
    story: list[object] = [Paragraph(text, body) for text in paragraphs]
    story += [Spacer(1, 8), table]
    story += [Paragraph(text, body) for text in after]
    out = (folder or Path(__file__).parent / "docs") / name
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def _ruled(valign: str = "MIDDLE") -> list[Any]:
    """A table's style ruled in full, its cells aligned by ``valign``."""
    from reportlab.lib import colors

    return [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), valign)]


def annex_task_table() -> None:

    grid = [*_ruled(), ("SPAN", (2, 1), (2, 2))]  # one lead for rows 1 and 2
    _annex_pdf(
        WULIAN_TEXT,
        WULIAN_TABLE,
        [30, 200, 80, 110, 70],
        grid,
        "wulian-rural-revitalization-plan-2025.pdf",
    )


ZOUCHENG_TEXT = [
    "邹城市2025年新能源产业链重点任务分工表",
    "邹城市新能源产业链链长制工作专班办公室",
    "2025年3月20日",
]
ZOUCHENG_HEADER = ["序号", "重点任务", "目标要求", "牵头单位", "配合单位", "完成时限"]
_DUE = "2025年12月底前"
ZOUCHENG_ROWS: list[list[str] | str] = [
    "一、壮大光伏和储能产业",
    [
        "1",
        "推进整县屋顶分布式光伏开发，利用党政机关、学校、医院和工商业厂房屋顶建设分布式光伏"
        "电站，推动光伏发电就近消纳，完善配套电网设施。",
        "新增光伏装机容量20万千瓦。",
        "市发展和改革局",
        "国网邹城市供电公司、各镇（街道）",
        _DUE,
    ],
    [
        "2",
        "建设新型储能示范项目，推动独立储能电站和用户侧储能协同发展，探索共享储能运营模式，"
        "提升电网调峰能力。",
        "新型储能装机规模达到30万千瓦。",
        "市发展和改革局",
        "市自然资源和规划局",
        _DUE,
    ],
    [
        "3",
        "培育光伏组件和储能电池制造企业，围绕光伏组件、逆变器、储能电池等环节招引配套企业，"
        "推动产业链上下游协同，打造新能源装备制造集群。",
        "新增规模以上新能源装备企业5家。",
        "市工业和信息化局",
        "市投资促进服务中心",
        _DUE,
    ],
    [
        "4",
        "推进采煤塌陷地光伏综合治理，在采煤塌陷区建设“光伏+生态修复”项目，"
        "统筹塌陷地治理、生态修复和清洁能源开发，形成可复制推广的塌陷地综合治理模式，"
        "带动周边村集体增收和群众就业，探索建立光伏收益分配和运维管护长效机制，"
        "打造全省采煤塌陷地综合治理示范样板。",
        "建成塌陷地光伏项目装机容量15万千瓦。",
        "市能源局",
        "市自然资源和规划局、市农业农村局、太平镇人民政府",
        _DUE,
    ],
    "二、培育氢能产业",
    [
        "5",
        "建设氢能产业园，依托化工园区工业副产氢资源，布局制氢、储运、加注和燃料电池应用项目，"
        "推动氢能产业链集聚发展。",
        "引进氢能项目3个，园区产值达到10亿元。",
        "市工业和信息化局",
        "市商务局、邹城经济开发区管委会",
        _DUE,
    ],
    [
        "6",
        "推广氢燃料电池汽车，在公交、物流、环卫等领域开展示范应用，完善车辆运营补贴政策。",
        "推广氢燃料电池公交车50辆。",
        "市交通运输局",
        "市财政局",
        "2025年10月底前",
    ],
    [
        "7",
        "建设加氢站，统筹规划加氢站布局，落实加氢站建设审批和安全监管责任。",
        "建成加氢站2座。",
        "市住房和城乡建设局",
        "市应急管理局、市市场监管局",
        _DUE,
    ],
    "三、强化要素保障",
    [
        "8",
        "设立新能源产业发展基金，引导社会资本投向新能源重点项目和企业。",
        "基金规模达到20亿元。",
        "市财政局",
        "市地方金融服务中心",
        "2025年6月底前",
    ],
    [
        "9",
        "加强新能源产业人才引育，实施新能源领域高层次人才引进计划，支持企业与高校共建实训基地。",
        "引进新能源领域高层次人才50人。",
        "市委组织部（市委人才办）",
        "市人力资源和社会保障局",
        _DUE,
    ],
    [
        "10",
        "保障新能源项目用地，优先保障重点项目用地指标，推动存量低效用地盘活利用。",
        "保障新能源项目用地500亩。",
        "市自然资源和规划局",
        "各镇（街道）",
        _DUE,
    ],
]


def chain_task_table() -> None:
    """A task list that is only a table, printed over two pages as Word prints one whose
    header row repeats: the header again at the top of the second page (two grids, each
    with the header, split before 序号 6), section rows spanning the table, long cells
    wrapped in their boxes. (reportlab's own repeatRows leaves a stray header at the foot
    of the first page, which no word processor prints.)"""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    title = ParagraphStyle("title", fontName="STSong-Light", fontSize=18, leading=30)
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=11, leading=16, wordWrap="CJK")

    def grid(rows: list[list[str] | str]) -> Table:
        data: list[list[object]] = [[Paragraph(c, small) for c in ZOUCHENG_HEADER]]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        for row in rows:
            if isinstance(row, str):  # a section row across the table
                style.append(("SPAN", (0, len(data)), (-1, len(data))))
                data.append([Paragraph(row, small), "", "", "", "", ""])
            else:
                data.append([Paragraph(c, small) for c in row])
        table = Table(data, colWidths=[28, 170, 100, 70, 90, 62])
        table.setStyle(TableStyle(style))
        return table

    cut = next(
        i for i, row in enumerate(ZOUCHENG_ROWS) if not isinstance(row, str) and row[0] == "6"
    )
    story: list[object] = [Paragraph(text, title) for text in ZOUCHENG_TEXT]
    story += [Spacer(1, 8), grid(ZOUCHENG_ROWS[:cut]), PageBreak(), grid(ZOUCHENG_ROWS[cut:])]
    out = Path(__file__).parent / "docs" / "zoucheng-new-energy-chain-tasks-2025.pdf"
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


KENLI_HEADER = "垦利区2025年国民经济和社会发展计划"
KENLI = [
    "东营市垦利区人民政府",
    "垦利区2025年国民经济和社会发展计划",
    "2025年1月20日",
    "一、2024年计划执行情况",
    "　　2024年，全区地区生产总值完成520亿元，增长6.1%；一般公共预算收入完成38.5亿元，"
    "增长4.2%。石化产业实现营业收入1200亿元，新材料产业产值增长18%，黄河口大闸蟹养殖面积"
    "达到12万亩。全年新增城镇就业5600人，城乡居民人均可支配收入分别增长4.5%和6.3%。",
    "二、2025年主要目标",
    "　　全区地区生产总值增长6%左右，一般公共预算收入增长4%，规模以上工业增加值增长7%以上，"
    "城镇新增就业5000人以上。",
    "三、重点任务",
    "（一）推动石化产业转型升级。实施炼化一体化改造项目8个，高端化工产品占比提高到45%，"
    "加快化工园区安全整治提升。（区工业和信息化局牵头，区发展和改革局、区应急管理局配合）",
    "（二）壮大新材料产业。聚焦高性能纤维、电子化学品等领域，引进新材料项目10个，"
    "新材料产业产值突破200亿元。（区招商服务中心牵头，区工业和信息化局配合）",
    "（三）发展现代渔业。新增黄河口大闸蟹养殖面积2万亩，建设水产品加工园区1处，"
    "渔业总产值达到45亿元。（区海洋发展和渔业局负责）",
    "（四）推进盐碱地综合利用。改良盐碱地5万亩，建设耐盐碱作物示范基地3处。"
    "（区农业农村局牵头，各镇街配合）",
    "四、保障措施",
    "　　区财政统筹安排产业发展资金3亿元，保障重点项目建设。（区财政局负责）",
]


def running_header_plan() -> None:
    """The plan typeset as test_pdf_layout's, each page under a running header (the title
    above a rule) and over a footer ``第 n 页 共 m 页``, as Word and WPS print them."""
    out = Path(__file__).parent / "docs" / "kenli-2025-development-plan.pdf"
    write_pdf(out, typeset(KENLI), header=KENLI_HEADER, footer="第 {n} 页 共 {total} 页")


PENGZHOU_TEXT = [
    "彭州市人民政府办公室",
    "关于印发彭州市2026年中药材产业高质量发展实施方案的通知",
    "彭府办发〔2026〕3号",
    "各镇人民政府、街道办事处，市级有关部门：",
    "现将《彭州市2026年中药材产业高质量发展实施方案》印发给你们，请认真贯彻执行。",
    "彭州市人民政府办公室",
    "2026年2月12日",
    "彭州市2026年中药材产业高质量发展实施方案",
    "一、工作目标",
    "2026年，全市中药材种植面积稳定在8万亩，中药材产业综合产值突破60亿元，建成川芎标准化"
    "种植基地3万亩。",
    "二、重点任务",
    "重点任务分工见附件。",
    "三、保障措施",
    "市财政安排中药材产业发展专项资金2000万元。（市财政局负责）",
    "附件",
    "彭州市2026年中药材产业重点任务分工表",
]
PENGZHOU_TABLE = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    [
        "1",
        "建设川芎标准化种植基地，新建基地1万亩，良种覆盖率达到90%。",
        "市农业农村局",
        "各镇（街道）",
        "2026年10月",
    ],
    [
        "2",
        "培育中药材加工企业，新增规上中药材加工企业3家。",
        "市经济科技和信息化局",
        "市市场监督管理局",
        "2026年12月",
    ],
    [
        "3",
        "建设中药材交易市场，年交易额达到15亿元。",
        "市商务局",
        "市自然资源和规划局<br/>市住房和城乡建设局",
        "2026年12月",
    ],
    ["4", "开展中药材品牌推介活动10场。", "市农业农村局", "市文化广电体育和旅游局", "2026年11月"],
    ["5", "推广中医药适宜技术，新增中医馆10个。", "市卫生健康局", "各镇（街道）", "2026年12月"],
    [
        "6",
        "加强中药材质量监管，中药材抽检合格率保持在98%以上。",
        "市市场监督管理局",
        "—",
        "2026年12月",
    ],
]


def three_line_annex() -> None:
    from reportlab.lib import colors

    three_lines = [
        ("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    _annex_pdf(
        PENGZHOU_TEXT,
        PENGZHOU_TABLE,
        [30, 190, 90, 110, 70],
        three_lines,
        "pengzhou-tcm-herbs-plan-2026.pdf",
    )


XIANTAO_TEXT = [
    "仙桃市2026年非织造布产业发展重点工作任务清单",
    "仙桃市人民政府办公室",
    "2026年3月6日",
]
XIANTAO_TABLE = [
    ["序号", "工作任务", "责任单位", "完成时间"],
    [
        "1",
        "做强非织造布产业，全市非织造布产业产值突破500亿元，新增规上企业20家。",
        "市经信局、彭场镇人民政府",
        "2026年12月",
    ],
    [
        "2",
        "建设非织造布产业检验检测中心，新增检测能力80项。",
        "市市场监管局",
        "2026年10月",
    ],
    [
        "3",
        "拓展防护用品出口市场，出口额增长10%以上。",
        "市商务局、仙桃海关",
        "2026年12月",
    ],
    [
        "4",
        "培育非织造布行业高技能人才1000人。",
        "市人社局",
        "2026年11月",
    ],
]
XIANTAO_NOTE = "注：各责任单位每月25日前将工作进展报送市经信局。"


def unruled_task_list() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=14, leading=24, wordWrap="CJK")
    small = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=14, wordWrap="CJK")
    data = [[Paragraph(c, small) for c in row] for row in XIANTAO_TABLE]
    table = Table(data, colWidths=[30, 250, 110, 80])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story: list[object] = [Paragraph(text, body) for text in XIANTAO_TEXT]
    story += [Spacer(1, 8), table, Spacer(1, 6), Paragraph(XIANTAO_NOTE, body)]
    out = Path(__file__).parent / "docs" / "xiantao-nonwovens-tasks-2026.pdf"
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


DINGXI_TEXT = [
    "定西市人民政府办公室",
    "关于印发定西市2026年马铃薯产业高质量发展重点任务的通知",
    "定政办发〔2026〕11号",
    "各县（区）人民政府，市政府各部门：",
    "现将《定西市2026年马铃薯产业高质量发展重点任务》印发给你们，请认真组织实施。",
    "定西市人民政府办公室",
    "2026年3月16日",
    "定西市2026年马铃薯产业高质量发展重点任务",
    "一、发展目标",
    "2026年，全市马铃薯种植面积稳定在300万亩，马铃薯产业全产业链产值突破300亿元，脱毒种薯繁育能力达到30亿粒。",
    "二、重点任务",
    "重点任务分工见附件。",
    "三、保障措施",
    "市财政安排马铃薯产业发展资金8000万元。（市财政局负责）",
    "附件",
    "定西市2026年马铃薯产业重点任务分工表",
]
_DINGXI_TASKS = [
    ("建设脱毒种薯繁育基地，新建种薯繁育基地10万亩", "市农业农村局", "各县（区）人民政府"),
    ("推进马铃薯主食化产品开发，开发主食化产品20个", "市工业和信息化局", "市农业农村局"),
    ("培育马铃薯精深加工企业，新增规模以上加工企业5家", "市工业和信息化局", "市市场监督管理局"),
    ("建设马铃薯交易市场，年交易额达到50亿元", "市商务局", "安定区人民政府"),
    ("打造“定西马铃薯”区域公用品牌，开展品牌推介活动20场", "市农业农村局", "市商务局"),
    ("建设马铃薯冷链仓储设施，新增贮藏能力30万吨", "市发展和改革委员会", "市农业农村局"),
    ("推广马铃薯全程机械化，机械化率提高到60%", "市农业农村局", "各县（区）人民政府"),
    ("建设马铃薯产业技术研究院，引进培育科技人才50人", "市科学技术局", "市人力资源和社会保障局"),
    ("发展马铃薯电子商务，新培育电商企业30家", "市商务局", "市邮政管理局"),
    ("实施马铃薯品种改良项目，选育新品种3个", "市农业科学研究院", "市农业农村局"),
    ("扩大马铃薯订单种植，订单种植面积达到100万亩", "市农业农村局", "市供销合作社"),
    ("推进马铃薯淀粉企业技术改造，实施技改项目12个", "市工业和信息化局", "市生态环境局"),
    ("建设马铃薯产业园，入园企业达到40家", "定西经济开发区管委会", "市自然资源局"),
    ("举办中国·定西马铃薯大会，签约项目30个以上", "市商务局", "市农业农村局"),
    ("加强马铃薯病虫害防控，统防统治面积达到150万亩", "市农业农村局", "各县（区）人民政府"),
    ("开展马铃薯产业人才培训，培训新型职业农民5000人次", "市人力资源和社会保障局", "市农业农村局"),
]
DINGXI_TABLE = [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]] + [
    [str(n), task, lead, support, "2026年12月"]
    for n, (task, lead, support) in enumerate(_DINGXI_TASKS, 1)
]


def annex_without_repeated_header() -> None:
    """The annex task table runs onto a second page without its header printed again (Word's
    "repeat as header row" left off)."""

    grid = _ruled()
    _annex_pdf(
        DINGXI_TEXT,
        DINGXI_TABLE,
        [30, 210, 90, 100, 60],
        grid,
        "dingxi-potato-tasks-2026.pdf",
        repeat=0,
    )


ZHANJIANG_TEXT = [
    "湛江市人民政府办公室",
    "关于印发湛江市2026年海洋渔业高质量发展重点任务分工表的通知",
    "湛府办函〔2026〕7号",
    "各县（市、区）人民政府，市政府各部门、各直属机构：",
    "现将《湛江市2026年海洋渔业高质量发展重点任务分工表》印发给你们，请认真组织实施。",
    "湛江市人民政府办公室",
    "2026年3月9日",
    "湛江市2026年海洋渔业高质量发展重点任务分工表",
]
ZHANJIANG_TABLE = [
    ["类别", "序号", "重点任务", "责任单位", "", "完成时限"],
    ["", "", "", "牵头单位", "配合单位", ""],
    [
        "一、做强海洋渔业",
        "1",
        "建设国家级海洋牧场示范区2个",
        "市农业农村局",
        "市自然资源局",
        "2026年12月",
    ],
    [
        "",
        "2",
        "发展深远海养殖，新增重力式深水网箱500个",
        "市农业农村局",
        "各县（市、区）人民政府",
        "2026年12月",
    ],
    ["", "3", "对虾产业产值突破120亿元", "市农业农村局", "市科技局", "2026年12月"],
    [
        "二、拓展渔业链条",
        "1",
        "培育水产品精深加工企业，新增规模以上加工企业8家",
        "市工业和信息化局",
        "市农业农村局",
        "2026年12月",
    ],
    ["", "2", "建设水产品冷链物流中心3个", "市商务局", "市交通运输局", "2026年10月"],
]


QIAOCHENG_TEXT = [
    "亳州市谯城区2026年现代中药产业发展重点任务分解表",
    "亳州市谯城区人民政府办公室",
    "2026年2月10日",
    "为加快建设世界中医药之都核心区，推动现代中药产业高质量发展，现将2026年重点任务分解如下。",
    "各责任单位要坚持清单化管理、项目化推进，明确分管领导和具体责任人，细化工作措施，"
    "倒排工作节点，每季度末将工作进展情况报送区现代中药产业发展中心。区现代中药产业发展中心"
    "要加强统筹调度，定期通报各项任务推进情况，对工作推进不力、进度滞后的单位及时督促整改，"
    "确保各项任务按期完成。",
    "区直有关部门要按照职责分工，主动对接省、市有关部门，积极争取政策、资金和项目支持，"
    "形成推动现代中药产业发展的强大合力。区委督查室、区政府督查室将重点任务落实情况纳入年度督查，"
    "确保各项工作落地见效。",
]
_QIAOCHENG_DUE = "2026年12月底"
QIAOCHENG_TABLE = [
    ["序号", "重点任务", "具体目标", "责任单位", "完成时限"],
    [
        "1",
        "建设道地药材基地",
        "新建亳芍、亳菊、亳桑皮等道地药材规范化种植基地3万亩，中药材种植面积稳定在60万亩以上。",
        "区农业农村局（牵头）、区林业局、各镇人民政府",
        _QIAOCHENG_DUE,
    ],
    [
        "2",
        "做强中药饮片产业",
        "新增规模以上中药饮片企业10家，中药饮片产值达到500亿元。",
        "区经济和信息化局（牵头）、区市场监督管理局",
        _QIAOCHENG_DUE,
    ],
    [
        "3",
        "提升中药材专业市场",
        "推动中药材专业市场提档升级，中药材交易额突破1200亿元，新增中药材电商企业50家。",
        "区商务局（牵头）、区市场监督管理局",
        _QIAOCHENG_DUE,
    ],
    [
        "4",
        "开发中药新产品",
        "开发中药配方颗粒、中药提取物等新产品30个，培育产值超10亿元的中药企业5家。",
        "区发展和改革委员会（牵头）、区卫生健康委员会",
        _QIAOCHENG_DUE,
    ],
    [
        "5",
        "强化科技创新",
        "支持企业与中国中医科学院、安徽中医药大学等院校共建研发平台，新建省级以上中药研发平台3个，"
        "开展中药材种子种苗繁育、炮制工艺、质量标准等关键技术攻关，全年完成中药新药临床前研究项目5个，"
        "申请发明专利100件以上。加强中药专业人才培养，推动校企联合开展订单式培养，"
        "建立中药炮制技艺传承工作室，开展中药材种植、加工、检验检测等职业技能培训，"
        "推动产学研用深度融合，加快科技成果就地转化，全年转化中药科技成果20项。",
        "区科技局（牵头）、区经济和信息化局",
        _QIAOCHENG_DUE,
    ],
    [
        "6",
        "推进中药材质量追溯",
        "建立中药材全过程质量追溯体系，纳入追溯平台企业达到200家。",
        "区市场监督管理局（牵头）、区农业农村局、区商务局",
        "2026年10月底",
    ],
    [
        "7",
        "发展中医药文化旅游",
        "打造中医药文化旅游精品线路5条，接待游客达到300万人次。",
        "区文化旅游体育局（牵头）、区卫生健康委员会",
        _QIAOCHENG_DUE,
    ],
    [
        "8",
        "加大招商引资",
        "引进中药产业链项目20个以上，到位资金达到80亿元。",
        "区投资促进中心（牵头）、区现代中药产业发展中心",
        _QIAOCHENG_DUE,
    ],
    [
        "9",
        "强化要素保障",
        "设立现代中药产业发展基金10亿元，保障产业项目用地1000亩。",
        "区财政局（牵头）、区自然资源和规划局",
        _QIAOCHENG_DUE,
    ],
]


def row_split_across_pages(folder: Path | None = None) -> None:
    """A task table whose long row breaks across a page's foot, the rest of its cells at the
    top of the next page (no header repeated), and the note on the marks after the table
    (注：…标注“牵头”的为牵头单位，其余为配合单位)."""

    grid = _ruled("TOP")
    _annex_pdf(
        QIAOCHENG_TEXT,
        QIAOCHENG_TABLE,
        [30, 80, 200, 120, 60],
        grid,
        "qiaocheng-modern-tcm-tasks-2026.pdf",
        folder=folder,
        repeat=0,  # (reportlab repeats the header above a split row on its first page too)
        split_in_row=True,
        after=("注：责任单位中标注“牵头”的为牵头单位，其余为配合单位。",),
    )


def two_row_header_with_groups() -> None:
    """A task table that is the document's body: a 类别 column merged down over each group's
    rows, a two-row header (责任单位 over 牵头单位 | 配合单位), numbers starting again in
    each group."""

    style = [
        *_ruled(),
        ("SPAN", (3, 0), (4, 0)),  # 责任单位 over the two role columns
        *[("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 5)],  # the others over both header rows
        ("SPAN", (0, 2), (0, 4)),  # 一、做强海洋渔业 over its three rows
        ("SPAN", (0, 5), (0, 6)),  # 二、拓展渔业链条 over its two
    ]
    _annex_pdf(
        ZHANJIANG_TEXT,
        ZHANJIANG_TABLE,
        [70, 25, 170, 75, 85, 55],
        style,
        "zhanjiang-marine-fishery-tasks-2026.pdf",
        repeat=2,
    )


TONGCHENG_TEXT = [
    "关于桐城市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告",
    "——2026年1月12日在桐城市第十八届人民代表大会第五次会议上",
    "桐城市发展和改革委员会",
    "各位代表：",
    "受市人民政府委托，现将桐城市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会"
    "发展计划草案提请大会审议。",
    "一、2025年计划执行情况",
    "2025年，全市主要指标完成情况见附表。预计全年地区生产总值完成560亿元，增长6.2%。",
    "二、2026年主要目标",
    "2026年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，其他指标见附表。",
    "附表",
    "桐城市主要经济指标2025年完成情况及2026年预期目标",
]
TONGCHENG_TABLE = [
    ["序号", "指标名称", "单位", "2025年目标", "2025年预计完成", "2026年预期目标", "属性"],
    ["1", "地区生产总值增长", "%", "6左右", "6.2", "6.5左右", "预期性"],
    ["2", "规模以上工业增加值增长", "%", "8", "8.5", "9", "预期性"],
    ["3", "固定资产投资增长", "%", "5", "4.6", "5.5", "预期性"],
    ["4", "社会消费品零售总额增长", "%", "7", "5.8", "6.3", "预期性"],
    ["5", "一般公共预算收入", "亿元", "30", "30.8", "32", "预期性"],
    ["6", "城镇居民人均可支配收入增长", "%", "4.5", "4.3", "4.8", "预期性"],
    [
        "7",
        "单位地区生产总值能耗降低",
        "%",
        "完成省下达任务",
        "完成省下达任务",
        "完成省下达任务",
        "约束性",
    ],
]


def annex_indicator_table() -> None:

    grid = _ruled()
    _annex_pdf(
        TONGCHENG_TEXT,
        TONGCHENG_TABLE,
        [30, 150, 40, 70, 80, 80, 50],
        grid,
        "tongcheng-2025-plan-report.pdf",
    )


NINGDE_HEADLINE = [
    "宁德市人民政府办公室关于印发宁德市锂电新能源",
    "产业链提升行动方案的通知",
]
NINGDE_TEXT = [
    "宁政办〔2026〕15号",
    "各县（市、区）人民政府，东侨经济技术开发区管委会，市直有关单位：",
    "　　《宁德市锂电新能源产业链提升行动方案》已经市政府研究同意，现印发给你们，请认真组织实施。",
    "宁德市人民政府办公室",
    "2026年3月6日",
    "宁德市锂电新能源产业链提升行动方案",
    "　　为巩固提升锂电新能源产业链竞争力，制定本方案。",
    "一、主要目标",
    "　　到2026年底，全市锂电新能源产业产值达到4000亿元，动力电池产能达到300吉瓦时；"
    "到2028年，锂电新能源产业产值突破6000亿元。",
    "二、重点任务",
    "　　（一）壮大动力电池集群。推动重点企业扩能，新增动力电池产能50吉瓦时，引进上下游配套项目"
    "20个。（牵头单位：市工业和信息化局；配合单位：市发展和改革委员会、市商务局）",
    "　　（二）发展储能产业。建设储能电池生产基地2个，新型储能装机规模达到100万千瓦。"
    "（牵头单位：市发展和改革委员会；配合单位：市工业和信息化局、国网宁德供电公司）",
    "　　（三）培育新能源汽车产业。新能源汽车产量达到30万辆，建成充电桩5000个。"
    "（牵头单位：市工业和信息化局；配合单位：市交通运输局、各县（市、区）人民政府）",
    "　　（四）推进电池回收利用。建设动力电池回收利用示范项目3个，回收处理能力达到10万吨。"
    "（牵头单位：市生态环境局；配合单位：市工业和信息化局、市商务局）",
    "　　（五）强化科技创新。建设省级以上研发平台5个，锂电领域专利授权量增长15%。"
    "（牵头单位：市科学技术局；配合单位：市市场监督管理局）",
    "　　（六）加强人才支撑。引进锂电新能源产业高层次人才200名，培训产业工人1万人次。"
    "（牵头单位：市人力资源和社会保障局；配合单位：市委人才办、市教育局）",
    "三、保障措施",
    "　　（一）加强组织领导。建立市领导挂钩联系重点企业制度，定期协调解决项目建设中的困难问题。",
    "　　（二）加大要素保障。市财政每年安排锂电新能源产业发展专项资金3亿元。（责任单位：市财政局）",
]


def _wrapped(paragraph: str, width: int) -> list[str]:
    """A paragraph broken into lines as a typesetter breaks it, by printed width: a Chinese
    character or a full-width mark two, a digit or Latin letter one."""
    lines, line, used = [], "", 0
    for ch in paragraph:
        w = 1 if ch.isascii() else 2
        if used + w > width:
            lines.append(line)
            line, used = "", 0
        line, used = line + ch, used + w
    return [*lines, line] if line else lines


def gazette_two_columns() -> None:
    """A plan reprinted in a government gazette: two columns 18 characters wide a page (lines
    broken by printed width, as a typesetter breaks them; the first version, read in the
    first run of batch 125, broke them every 18 characters, digits too), the
    masthead (宁德市人民政府公报 | 2026年第4期) above a rule on every page, the headline across
    both columns on the first page under its section's name, the issue's page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    width, size, leading = 18, 12, 26
    lines = [line for p in NINGDE_TEXT for line in _wrapped(p, 2 * width)]
    out = Path(__file__).parent / "docs" / "ningde-lithium-chain-plan-2026.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(out), pagesize=A4)
    page, first = 12, True
    while lines:
        c.setFont("STSong-Light", 9)
        c.drawString(60, 805, "宁德市人民政府公报")
        c.drawRightString(535, 805, "2026年第4期")
        c.line(60, 798, 535, 798)
        top = 770.0
        if first:
            c.setFont("STSong-Light", 12)
            c.drawString(60, top, "市政府办公室文件")
            c.setFont("STSong-Light", 16)
            for k, head in enumerate(NINGDE_HEADLINE):
                c.drawCentredString(297, top - 34 - 24 * k, head)
            top -= 34 + 24 * len(NINGDE_HEADLINE) + 10
            first = False
        per_column = int((top - 80) // leading) + 1
        c.setFont("STSong-Light", size)
        for x in (60, 310):
            for k in range(per_column):
                if not lines:
                    break
                c.drawString(x, top - leading * k, lines.pop(0))
        c.setFont("STSong-Light", 9)
        c.drawCentredString(297, 45, f"— {page} —")
        page += 1
        c.showPage()
    c.save()


YIXING_CONTENTS = [
    ("一、发展基础和形势", "1"),
    ("二、发展目标", "1"),
    ("三、重点任务", "2"),
    ("四、保障措施", "3"),
]
YIXING_TEXT = [
    "一、发展基础和形势",
    "　　宜兴是“中国陶都”和“中国环保之乡”。2025年，全市紫砂产业产值达到150亿元，环保产业营业收入达到1200亿元。",
    "二、发展目标",
    "　　到2030年，紫砂产业产值突破220亿元，环保产业营业收入突破2000亿元，培育环保装备上市企业10家。",
    "三、重点任务",
    "　　（一）传承发展紫砂产业。建设紫砂文化创意产业园，新增紫砂工艺美术大师50名，紫砂电商网络零售额年均增长10%。"
    "（市陶瓷行业协会、丁蜀镇人民政府负责）",
    "　　（二）壮大环保装备产业。建设国家环保装备制造业创新中心，环保装备产值年均增长8%。"
    "（牵头单位：市工业和信息化局；配合单位：市科技局、宜兴环保科技工业园管委会）",
    "四、保障措施",
    "　　市财政每年安排紫砂和环保产业发展专项资金2亿元。（市财政局负责）",
]


def booklet_with_cover_and_contents() -> None:
    """A plan printed as a booklet: cover, contents with dotted leaders, then the text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    out = Path(__file__).parent / "docs" / "yixing-zisha-environment-plan-2026-2030.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setFont("STSong-Light", 24)
    c.drawCentredString(297, 600, "宜兴市紫砂和环保产业发展规划")
    c.drawCentredString(297, 565, "（2026—2030年）")
    c.setFont("STSong-Light", 16)
    c.drawCentredString(297, 260, "宜兴市人民政府")
    c.drawCentredString(297, 235, "2026年1月")
    c.showPage()
    c.setFont("STSong-Light", 18)
    c.drawCentredString(297, 760, "目　录")
    c.setFont("STSong-Light", 14)
    for k, (entry, page) in enumerate(YIXING_CONTENTS):
        y = 710 - 34 * k
        c.drawString(90, y, entry)
        c.drawRightString(505, y, page)
        dots_from = 90 + pdfmetrics.stringWidth(entry, "STSong-Light", 14) + 6
        c.drawString(dots_from, y, "." * int((495 - dots_from) / 3.9))
    c.showPage()
    draw_pages(c, typeset(YIXING_TEXT))
    c.save()


ZUNYI_TEXT = [
    "遵义市人民政府办公室",
    "关于印发遵义市2026年辣椒产业高质量发展重点任务的通知",
    "遵府办函〔2026〕21号",
    "各县（市、区）人民政府，市政府各工作部门：",
    "现将《遵义市2026年辣椒产业高质量发展重点任务》印发给你们，请结合实际认真抓好落实。",
    "遵义市人民政府办公室",
    "2026年3月12日",
    "遵义市2026年辣椒产业高质量发展重点任务",
    "一、发展目标",
    "2026年，全市辣椒种植面积稳定在200万亩，鲜椒产量达到260万吨，辣椒产业综合产值突破550亿元，"
    "辣椒加工转化率提高到50%以上。",
    "二、重点任务",
    "重点任务分工详见附件。各责任单位要细化工作措施，每季度末将进展情况报市农业农村局汇总。",
    "三、保障措施",
    "市财政统筹安排辣椒产业发展资金1.2亿元，重点支持基地建设和精深加工。（市财政局负责）",
    "附件",
    "遵义市2026年辣椒产业重点任务分工表",
]
_ZUNYI_TASKS = [
    (
        "稳定辣椒种植规模",
        "新建高标准辣椒基地30万亩，其中500亩以上连片基地80个",
        "市农业农村局、各县（市、区）人民政府",
        "2026年10月",
    ),
    ("推广辣椒良种", "良种覆盖率达到90%以上", "市农业农村局、市农业科学研究院", "2026年6月"),
    ("推进集中育苗", "新建育苗大棚2000亩", "市农业农村局、市财政局", "2026年4月"),
    (
        "壮大加工企业",
        "新增规模以上辣椒加工企业10家，年销售收入超10亿元的企业达到3家",
        "市工业和信息化局、市投资促进局、市市场监督管理局",
        "2026年12月",
    ),
    (
        "建设中国辣椒城二期",
        "完成二期交易区、仓储区和检测中心建设，引进辣椒经营主体200家以上，辣椒交易额突破800亿元",
        "新蒲新区管委会、市商务局",
        "2026年12月",
    ),
    ("发展辣椒电子商务", "辣椒产品网络零售额增长20%", "市商务局、市邮政管理局", "2026年12月"),
    (
        "打造区域公用品牌",
        "开展“遵义朝天椒”品牌推介活动15场",
        "市农业农村局、市商务局、市融媒体中心",
        "2026年11月",
    ),
    ("完善冷链仓储", "新增辣椒冷藏能力10万吨", "市发展和改革委员会、市商务局", "2026年12月"),
    ("推进全程机械化", "辣椒生产综合机械化率提高到45%", "市农业农村局", "2026年12月"),
    ("开展绿色防控", "病虫害绿色防控面积达到120万亩", "市农业农村局、市生态环境局", "2026年9月"),
    (
        "建设质量追溯体系",
        "纳入追溯管理的企业达到100家",
        "市市场监督管理局、市农业农村局",
        "长期坚持",
    ),
    (
        "办好辣椒博览会",
        "举办第十届中国国际辣椒博览会，签约项目40个以上",
        "市商务局、市农业农村局、新蒲新区管委会",
        "2026年8月",
    ),
    ("扩大辣椒出口", "辣椒及制品出口额达到3亿美元", "市商务局、遵义海关", "2026年12月"),
    (
        "强化科技支撑",
        "引进培育辣椒科技人才100人",
        "市科学技术局、市人力资源和社会保障局",
        "2026年12月",
    ),
    ("选育新品种", "选育辣椒新品种5个", "市农业科学研究院", "2026年12月"),
    ("推广订单种植", "订单种植面积达到80万亩", "市农业农村局、市供销合作社", "2026年10月"),
    ("培训种植主体", "培训椒农3万人次", "市农业农村局、市人力资源和社会保障局", "2026年11月"),
    (
        "加大金融支持",
        "发放辣椒产业贷款15亿元",
        "市委金融办、人民银行遵义市分行、国家金融监督管理总局遵义监管分局",
        "2026年12月",
    ),
    (
        "建设加工园区",
        "辣椒加工园区入园企业达到60家",
        "遵义经济技术开发区管委会、市自然资源和规划局",
        "2026年12月",
    ),
    ("抓好质量安全", "辣椒产品抽检合格率稳定在98%以上", "市市场监督管理局", "每季度"),
    ("推进秸秆利用", "辣椒秸秆综合利用率达到85%", "市农业农村局、市生态环境局", "2026年12月"),
    (
        "加强价格监测",
        "按月发布辣椒价格指数，全年12期",
        "市发展和改革委员会、市商务局",
        "2026年12月",
    ),
]
ZUNYI_TABLE = [["序号", "重点任务", "目标要求", "责任单位", "完成时限"]] + [
    [str(n), task, goal, bodies, due] for n, (task, goal, bodies, due) in enumerate(_ZUNYI_TASKS, 1)
]


def three_line_table_over_pages() -> None:
    """A three-line annex table (a rule above the header, one under it, one under the last
    row) running onto a second page without its header printed again, a long row broken
    across the page's foot; the convention on the responsible column in a note after it."""
    from reportlab.lib import colors

    three_lines = [
        ("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    _annex_pdf(
        ZUNYI_TEXT,
        ZUNYI_TABLE,
        [30, 80, 170, 150, 60],
        three_lines,
        "zunyi-chili-tasks-2026.pdf",
        repeat=0,
        split_in_row=True,
        after=("注：责任单位中排在第一位的为牵头单位。",),
    )


CHENCANG_TEXT = [
    "宝鸡市陈仓区人民政府办公室",
    "关于印发陈仓区2026年招商引资工作方案的通知",
    "陈政办发〔2026〕3号",
    "各镇人民政府、街道办事处，区政府各工作部门、直属机构：",
    "　　《陈仓区2026年招商引资工作方案》已经区政府同意，现印发给你们，请认真抓好落实。",
    "宝鸡市陈仓区人民政府办公室",
    "2026年2月10日",
    "陈仓区2026年招商引资工作方案",
    "一、目标任务",
    "　　2026年，全区新签约招商引资项目80个以上，其中亿元以上项目30个；招商引资到位资金"
    "突破220亿元，增长10%；实际利用外资1500万美元。",
    "二、主要措施",
    "（一）实施产业链精准招商。围绕钛及钛合金、汽车零部件、食品加工三条重点产业链绘制招商"
    "图谱，各产业链年度招商目标见附件。（区发展和改革局牵头，各产业链牵头单位负责）",
    "（二）开展驻点招商。在长三角、珠三角设立驻点招商小分队2个，全年外出招商不少于60批次。"
    "（区投资促进服务中心负责）",
    "（三）强化项目落地。签约项目开工率达到70%以上，履约率达到90%。"
    "（区投资促进服务中心牵头，区自然资源局、区行政审批服务局配合）",
    "附件",
    "陈仓区2026年重点产业链招商目标任务表",
]
CHENCANG_TABLE = [
    ["序号", "产业链", "年度招商目标", "牵头单位", "配合单位"],
    [
        "1",
        "钛及钛合金产业链",
        "引进钛材深加工项目8个，到位资金40亿元。",
        "区工业和信息化局",
        "宝鸡高新区陈仓园区管委会",
    ],
    [
        "2",
        "汽车零部件产业链",
        "引进汽车零部件配套企业10家，到位资金35亿元。",
        "区工业和信息化局",
        "区投资促进服务中心",
    ],
    [
        "3",
        "食品加工产业链",
        "引进食品精深加工项目6个，到位资金20亿元。",
        "区农业农村局",
        "区市场监管局",
    ],
]


def investment_attraction_plan() -> None:
    """A district's investment-attraction plan under its covering notice (batch 492): paragraphs
    with notes in brackets, then an annex table of the chains' goals (序号 | 产业链 | 年度招商目标 |
    牵头单位 | 配合单位) printed with its grid; titanium, car parts, food."""

    grid = _ruled()
    _annex_pdf(
        CHENCANG_TEXT,
        CHENCANG_TABLE,
        [30, 100, 180, 90, 100],
        grid,
        "chencang-investment-attraction-plan-2026.pdf",
    )


BAIGOU_OUTLINE: list[tuple[int, str]] = [
    (1, "白沟新城2026年箱包产业转型升级工作方案"),
    (0, "为推动箱包产业向品牌化、数字化转型，结合白沟新城实际，制定本方案。"),
    (2, "工作目标"),
    (0, "2026年，箱包产业营业收入达到520亿元，箱包网络零售额增长15%，培育自主品牌30个。"),
    (2, "重点任务"),
    (3, "推动数字化转型"),
    (
        0,
        "建设箱包产业互联网平台1个，推动200家箱包企业上云用数，数字化改造企业达到60家。"
        "（白沟新城经济发展局牵头，白沟新城财政局配合）",
    ),
    (3, "培育自主品牌"),
    (
        0,
        "支持企业注册商标、申请专利，新增有效注册商标500件，打造“白沟箱包”区域公用品牌。"
        "（白沟新城市场监督管理局牵头，白沟新城商务局配合）",
    ),
    (3, "拓展线上线下市场"),
    (
        0,
        "举办白沟箱包交易会，发展箱包直播电商，新增直播电商企业100家，箱包出口额突破10亿元。"
        "（白沟新城商务局负责）",
    ),
    (2, "保障措施"),
    (0, "白沟新城财政安排箱包产业发展资金2000万元。（白沟新城财政局负责）"),
    (0, "白沟新城管理委员会"),
    (0, "2026年3月6日"),
]


def _sized_pdf(
    paragraphs: list[tuple[int, str]],
    name: str,
    centred: int | None = None,
    folder: Path | None = None,
) -> None:
    """Paragraphs each printed at its size in points (a leading of 1.8 times it; those of
    size ``centred`` centred), laid out by reportlab's platypus as a word processor prints
    them, written to ``folder`` (the corpus's docs/ unless given)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    styles = {
        size: ParagraphStyle(
            f"size{size}",
            fontName="STSong-Light",
            fontSize=size,
            leading=size * 1.8,
            wordWrap="CJK",
            alignment=1 if size == centred else 0,
        )
        for size in {size for size, _ in paragraphs}
    }
    story = [Paragraph(text, styles[size]) for size, text in paragraphs]
    out = (folder or Path(__file__).parent / "docs") / name
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def headings_printed_larger(folder: Path | None = None) -> None:
    """A luggage plan printed from a word processor (batch 530) whose headings no marker
    numbers: the title, the parts and the tasks printed at 20, 16 and 14 points over a body of
    12, laid out by reportlab's platypus."""
    sizes = {0: 12, 1: 20, 2: 16, 3: 14}
    outline = [(sizes[level], text) for level, text in BAIGOU_OUTLINE]
    _sized_pdf(outline, "baigou-luggage-work-plan-2026.pdf", folder=folder)


JIANOU_TEXT = [
    "建瓯市2026年竹产业高质量发展工作方案",
    "　　为加快推进竹产业高质量发展，建设全国竹产业强市，结合我市实际，制定本方案。",
    "工作目标",
    "　　2026年，全市竹林面积稳定在150万亩，竹产业全产业链产值突破300亿元，新增规上竹加工"
    "企业10家。",
    "重点任务",
    "　　1.推进竹林培育。改造提升低产竹林5万亩，新建竹林道路100公里。（市林业局牵头，各乡镇"
    "人民政府配合）",
    "　　2.做强竹材加工。新引进竹材精深加工项目5个，竹材加工利用率提高到85%。（市工信局牵头，"
    "市林业局配合）",
    "　　3.拓展竹品市场。竹制品线上销售额达到20亿元，组织竹企参加国内外展会6场次。（市商务局负责）",
    "保障措施",
    "　　市财政安排竹产业发展专项资金3000万元，重点支持竹林道路建设和竹材加工企业技术改造。"
    "（市财政局负责）",
    "建瓯市人民政府办公室",
    "2026年3月16日",
]


def parts_told_by_nothing() -> None:
    """A bamboo plan (batch 541) printed in one face at one size, 28 characters a line: its
    parts' lines stand alone between paragraphs, no number, no larger print, no bold."""
    out = Path(__file__).parent / "docs" / "jianou-bamboo-work-plan-2026.pdf"
    write_pdf(out, typeset(JIANOU_TEXT))


HAIMEN_TEXT = [
    (18, "海门区2026年建筑业高质量发展工作要点"),
    (12, "一、发展目标"),
    (
        12,
        "　　2026年，全区建筑业总产值<super>1</super>达到1500亿元，增长5%；新增特级资质企业1家"
        "<super>2</super>，一级资质企业达到60家；装配式建筑占新建建筑面积比例达到45%<super>3</super>。",
    ),
    (12, "二、重点任务"),
    (
        12,
        "　　（一）壮大骨干企业。支持龙头企业兼并重组，培育年产值超百亿元企业5家<super>4</super>。"
        "（区住建局牵头，区发改委、区财政局配合）",
    ),
    (
        12,
        "　　（二）开拓外部市场。新设区外分支机构30个，区外施工产值占比稳定在70%以上。"
        "（区住建局牵头，区商务局配合）",
    ),
    (
        12,
        "　　（三）推进绿色建造。新开工装配式建筑面积120万平方米，创建省级绿色建造示范项目3个。"
        "（区住建局负责）",
    ),
    (12, "三、保障措施"),
    (12, "　　区财政安排建筑业发展专项资金5000万元。（区财政局负责）"),
    (12, "南通市海门区住房和城乡建设局"),
    (12, "2026年3月2日"),
    (
        9,
        "注：1.建筑业总产值含区外施工产值。2.特级资质指施工总承包特级资质。3.按新开工面积计算。"
        "4.含区外产值。",
    ),
]


def superscript_marks_plan(folder: Path | None = None) -> None:
    """A district's construction work points printed from a word processor (batch 568), notes'
    marks set in superscript after the words and figures they annotate (总产值¹, 45%³), the
    notes in small print at the end; laid out by reportlab's platypus."""
    _sized_pdf(HAIMEN_TEXT, "haimen-construction-work-points-2026.pdf", centred=18, folder=folder)


LONGNAN_TEXT = [
    "龙南市2026年电子信息产业发展工作要点",
    "　　为加快电子信息产业集群发展，打造全省电子信息产业重要基地，制定本要点。",
    "一、发展目标",
    "　　2026年，全市电子信息产业营业收入突破500亿元，增长15%；规模以上电子信息企业达到120家；"
    "新增国家级专精特新“小巨人”企业2家。",
    "二、重点任务",
    "　　（一）壮大产业集群。引进电子信息产业项目30个，其中投资10亿元以上项目3个。（市工业和信息化局"
    "牵头，市招商服务中心、龙南经济技术开发区管委会配合）",
    "　　（二）建设公共平台。建成电子元器件检测中心1个，新增省级企业技术中心5家。（市科技局牵头，"
    "市市场监督管理局配合）",
    "　　（三）强化人才保障。引进培育电子信息产业技能人才3000人。（市人力资源和社会保障局负责）",
    "三、保障措施",
    "　　市财政安排电子信息产业发展专项资金1亿元，重点支持企业技术改造和平台建设。（市财政局负责）",
    "龙南市人民政府办公室",
    "2026年3月4日",
]


def watermarked_plan() -> None:
    """A county-level city's work points for electronics printed to PDF with the portal's
    watermark on every page (batch 572): its name and 仅供参考 set diagonally in light grey
    under the text, as sites stamp the files they publish; GB/T 9704's lines, two pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = Path(__file__).parent / "docs" / "longnan-jx-electronics-work-points-2026.pdf"
    c = canvas.Canvas(str(out), pagesize=A4)
    pages = typeset(LONGNAN_TEXT)
    for n, lines in enumerate(pages, 1):
        c.saveState()
        c.setFillGray(0.85)
        c.setFont("STSong-Light", 40)
        c.translate(297, 420)
        c.rotate(45)
        c.drawCentredString(0, 100, "龙南市人民政府网")
        c.drawCentredString(0, -150, "仅供参考")
        c.restoreState()
        c.setFont("STSong-Light", 15)
        y = 770.0
        for line in lines:
            c.drawString(70, y, line)
            y -= 28
        c.setFont("STSong-Light", 12)
        c.drawCentredString(297, 40, f"— {n} —")
        c.showPage()
    c.save()


LEIBO_TEXT = [
    "雷波县2026年脐橙产业提质增效实施方案",
    "为推动脐橙产业提质增效，助力乡村全面振兴，制定本方案。",
    "一、工作目标",
    "2026年，全县脐橙种植面积稳定在20万亩，产量达到30万吨，综合产值突破40亿元。",
    "二、重点任务",
    "重点任务分工见下表。",
]
_RED = '<font color="red">{}</font>'
LEIBO_TABLE = [
    ["序号", "重点任务", "责任单位", "完成时限"],
    [
        "1",
        "改造提升低产脐橙园2万亩",
        _RED.format("县农业农村局") + "、各乡镇人民政府",
        "2026年10月",
    ],
    ["2", "新建脐橙冷链仓储设施5万吨", _RED.format("县发展和改革局") + "、县商务局", "2026年12月"],
    ["3", "脐橙电商销售额达到8亿元", _RED.format("县商务局"), "2026年12月"],
    [
        "4",
        "举办雷波脐橙品牌推介活动5场",
        _RED.format("县文化广播电视和旅游局") + "、县农业农村局",
        "2026年11月",
    ],
]


def red_leads_annex() -> None:
    """A county's plan printed to PDF (batch 580) whose task table, ruled as a grid, prints each
    row's lead in red (alone in its cell, or the first of a list), under the rule stated below
    it (注：标红的为牵头单位，其余为配合单位)."""
    from reportlab.lib import colors

    _annex_pdf(
        LEIBO_TEXT,
        LEIBO_TABLE,
        [30, 200, 160, 70],
        [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
        "leibo-navel-orange-plan-2026.pdf",
        after=(
            "注：标红的为牵头单位，其余为配合单位。",
            "三、保障措施",
            "县财政安排脐橙产业发展专项资金1000万元。（县财政局负责）",
            "雷波县人民政府办公室",
            "2026年3月10日",
        ),
    )


SHOUGUANG_TEXT = [
    "寿光市2026年蔬菜种业振兴工作方案",
    "为加快建设蔬菜种业强市，推动蔬菜种业高质量发展，制定本方案。",
    "一、工作目标",
    "2026年，全市蔬菜种业产值突破30亿元，国产蔬菜品种市场占有率提高到80%，新育成蔬菜新品种20个。",
    "二、重点任务",
    "重点任务及责任分工如下表。",
]
SHOUGUANG_TABLE = [
    ["序号", "重点任务", "责任单位", "", "", "完成时限"],
    [
        "1",
        "建设蔬菜种质资源库，收集保存蔬菜种质资源1万份",
        "市农业农村局",
        "市科技局",
        "",
        "2026年12月",
    ],
    [
        "2",
        "培育育繁推一体化种业企业，新增省级以上种业龙头企业3家",
        "市农业农村局",
        "市工业和信息化局",
        "市金融服务中心",
        "2026年10月",
    ],
    [
        "3",
        "建设蔬菜制种基地5000亩，年制种能力达到50万公斤",
        "市农业农村局",
        "各镇（街道）",
        "",
        "2026年12月",
    ],
    [
        "4",
        "加强种业知识产权保护，开展种子市场专项检查4次",
        "市市场监督管理局",
        "市农业农村局",
        "市公安局",
        "2026年11月",
    ],
]
SHOUGUANG_AFTER = (
    "注：责任单位中排在第一位的为牵头单位，其余为配合单位。",
    "寿光市人民政府办公室",
    "2026年3月16日",
)


def spanned_role_header_pdf() -> None:
    """A county-level city's plan in a PDF (batch 596) whose task table's 责任单位 header spans
    three columns (a ruled cell over them), one body a cell, the first the lead by the note."""
    from reportlab.lib import colors

    grid = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (2, 0), (4, 0)),  # 责任单位 over the three bodies' columns
    ]
    _annex_pdf(
        SHOUGUANG_TEXT,
        SHOUGUANG_TABLE,
        [30, 170, 80, 80, 80, 60],
        grid,
        "shouguang-vegetable-seed-plan-2026.pdf",
        after=SHOUGUANG_AFTER,
    )


JIAXIANG_REPORT = [
    "关于嘉祥县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告",
    "——2026年1月12日在嘉祥县第十九届人民代表大会第五次会议上",
    "嘉祥县发展和改革局",
    "各位代表：",
    "受县人民政府委托，现将全县2025年国民经济和社会发展计划执行情况与2026年计划草案提请大会审议。",
    "一、2025年计划执行情况",
    "（一）经济运行稳中有进。全县地区生产总值完成365亿元，增长5.8%；一般公共预算收入完成21.3亿元，"
    "增长4.6%；规模以上工业增加值增长9.2%；固定资产投资增长6.1%；社会消费品零售总额完成168亿元，增长5.3%。",
    "（二）产业结构持续优化。石雕产业营业收入达到86亿元，增长12%；新增规上工业企业28家；"
    "高新技术产业产值占规上工业产值比重达到52.6%，提高3.1个百分点。",
    "（三）民生保障有力有效。城镇新增就业7260人；城乡居民人均可支配收入分别达到41260元、22870元，"
    "分别增长5.1%、6.9%；新建改扩建中小学、幼儿园12所。",
    "二、2026年经济社会发展主要目标",
    "地区生产总值增长6%左右；一般公共预算收入增长5%；规模以上工业增加值增长8%以上；"
    "固定资产投资增长6%；社会消费品零售总额增长5.5%；城镇新增就业7000人以上；"
    "城乡居民人均可支配收入增长与经济增长同步。",
    "三、2026年重点工作",
    "（一）做强石雕文化产业。建设石雕产业园二期，新引进石雕企业30家，石雕产业营业收入突破95亿元。"
    "（县石雕产业发展服务中心牵头，县工信局、县商务局配合）",
    "（二）扩大有效投资。实施省市县重点项目120个，完成投资180亿元。"
    "（县发展和改革局牵头，县财政局、县自然资源局配合）",
    "（三）推动乡村振兴。新建高标准农田4.5万亩，粮食总产量稳定在48万吨以上。（县农业农村局负责）",
]


def plan_report_typeset() -> None:
    """A county's plan report (执行情况与计划草案的报告) printed to a PDF (batch 605): the
    lines wrapped at the page's width, a sentence broken over pages, page numbers at the foot."""
    out = Path(__file__).parent / "docs" / "jiaxiang-2025-plan-execution-2026-plan-report.pdf"
    write_pdf(out, typeset(JIAXIANG_REPORT))


DAYE_POINTS = [
    "大冶市2026年科技创新工作要点",
    "大冶市科学技术局",
    "2026年2月26日",
    "　　2026年全市科技创新工作的总体要求是：深入实施创新驱动发展战略，加快建设区域科技创新中心，为全市高质量发展提供有力支撑。",
    "一、主要目标",
    "　　全社会研发经费投入强度达到2.6%；高新技术企业总数达到160家，新增30家以上；高新技术产业增加值增长12%；"
    "技术合同成交额突破25亿元；科技型中小企业入库评价300家以上。",
    "二、重点工作",
    "　　（一）壮大创新主体。实施高新技术企业倍增计划，培育科技型“小巨人”企业10家，新认定省级专精特新企业15家。"
    "（市科技局牵头，市经信局、市税务局配合）",
    "　　（二）建设创新平台。围绕高端装备、新材料、生命健康等主导产业，新建省级以上科技创新平台8个，"
    "推动湖北理工学院与企业共建产业技术研究院1家。（市科技局负责）",
    "　　（三）加快成果转化。组织科技成果对接活动20场，促进技术交易额增长20%，新增发明专利授权350件。"
    "（市科技局、市市场监管局按职责分工负责）",
    "　　（四）强化人才支撑。引进培育“东楚英才”50名，柔性引进院士专家团队5个，选派科技特派员100人。"
    "（市委人才办牵头，市人社局、市科技局配合）",
    "　　（五）优化创新生态。落实研发费用加计扣除政策，惠及企业500家，科技金融贷款余额达到30亿元。"
    "（市税务局、市金融服务中心负责）",
]


WENLING_POINTS = [
    "温岭市2026年泵与电机产业高质量发展工作要点",
    "温岭市经济和信息化局",
    "2026年3月3日",
    "一、发展目标",
    "　　2026年，全市泵与电机产业实现产值720亿元，增长8%以上；规模以上泵与电机企业达到420家；新增“浙江制造”标准5项。",
    "二、重点工作",
    "　　（一）推进高效节能化。推广高效节能水泵和永磁电机，高效节能产品产值占比提高到45%。（市经信局牵头，市市场监管局配合）",
    "　　（二）建设产业平台。推进泵业智造小镇建设，新引进泵与电机配套项目12个。（东部新区管委会负责）",
    "　　（三）强化检测服务。国家水泵及电气产品质量检验检测中心全年检测样品1.5万批次。（市市场监管局负责）",
    "　　（四）拓展海外市场。支持企业设立海外营销网点30个，泵与电机出口额增长10%。（市商务局牵头，台州海关温岭办事处配合）",
    "　　（五）加强人才培养。开展电机装配、水泵维修等技能培训2500人次。（市人力社保局负责）",
]


XIXIANGTANG_POINTS = [
    "西乡塘区2026年数字经济发展工作要点",
    "南宁市西乡塘区人民政府办公室",
    "2026年3月12日",
    "一、2025年工作成效",
    "　　2025年，全区数字经济核心产业增加值达到86亿元，同比增长12.3%；新增数字经济企业156家；建成5G基站1200个，累计达到5800个。",
    "二、2026年重点任务",
    "　　（一）壮大软件和信息服务业。软件和信息技术服务业营业收入增长15%，引进软件企业20家。（区工信局牵头，区商务局、区投资促进局配合）",
    "　　（二）推进数字基础设施建设。新建5G基站800个，数据中心机架规模达到3000架。（区工信局负责）",
    "　　（三）发展跨境数字贸易。面向东盟的跨境电商交易额增长20%，培育数字贸易企业30家。（区商务局负责）",
    "　　（四）推动产业数字化转型。推动规上工业企业数字化改造100家，建设智能工厂5个。（区工信局牵头，区科技局配合）",
]


DAYU_POINTS = [
    "大余县2026年钨产业高质量发展工作要点",
    "大余县工业和信息化局",
    "2026年3月9日",
    "一、2025年工作回顾",
    "　　2025年，全县钨及有色金属产业实现主营业务收入185亿元，同比增长7.8%；钨精矿产量1.1万吨；新增规上钨深加工企业6家。",
    "二、2026年工作目标",
    "　　全县钨产业主营业务收入突破200亿元，钨深加工产品产值占比提高到55%。",
    "三、2026年重点任务",
    "　　（一）延伸钨产业链条。引进硬质合金、钨丝等深加工项目8个，硬质合金产量增长15%。（县工信局牵头，县商务局、县招商服务中心配合）",
    "　　（二）推进绿色矿山建设。完成绿色矿山创建4座，矿山生态修复面积300亩。（县自然资源局牵头，赣州市大余生态环境局配合）",
    "　　（三）强化科技创新。支持企业与中国钨业协会共建创新平台2个，新增高新技术企业10家。（县科技局负责）",
    "　　（四）保障要素供给。为钨企业协调工业用地500亩，发放“钨业贷”8亿元。（县自然资源局、县金融工作办公室按职责分工负责）",
]


TIANTAI_POINTS = [
    "天台县2026年汽车用品产业发展工作要点",
    "天台县人民政府办公室",
    "2026年3月17日",
    "一、总体目标",
    "　　全年汽车用品产业实现产值300亿元，增长10%以上；汽车用品出口额达到80亿元。",
    "二、重点工作",
    "　　（一）推动产业升级。引导汽车坐垫、脚垫等传统产品向汽车电子、车载智能终端延伸，新增高新技术企业15家。（县经信局牵头，县科技局配合）",
    "　　（二）建设汽车用品小镇。推进汽车用品特色小镇建设，完成小镇年度投资20亿元。（县发改局牵头，平桥镇人民政府配合）",
    "　　（三）拓展电商渠道。汽车用品网络零售额增长20%，建设电商直播基地3个。（县商务局负责）",
    "　　（四）强化标准引领。主导或参与制修订汽车用品行业标准5项。（县市场监管局负责）",
]


WANGCHENG_PLAN = [
    "长沙市望城区康复辅助器具产业发展实施方案（2026—2027年）",
    "长沙市望城区人民政府办公室",
    "2026年4月2日",
    "一、发展目标",
    "　　到2027年，全区康复辅助器具产业规模突破80亿元，集聚康复辅具企业60家以上，建成省级康复辅具产业园1个。",
    "二、重点任务",
    "　　（一）培育市场主体。引进智能假肢、康复机器人等领域企业15家，其中规上企业5家。（区工信局、区投资促进局按职责分工负责）",
    "　　（二）建设公共平台。建设康复辅助器具检验检测平台1个，2026年投入使用。（区市场监管局负责）",
    "　　（三）推广社区租赁。在全区60%以上的社区开展康复辅具租赁服务。（区民政局牵头，各街道办事处配合）",
    "　　（四）促进医工结合。支持区人民医院与企业共建康复辅具临床应用中心2个。（区卫生健康局负责）",
]


DUYUN_POINTS = [
    "都匀市2026年茶产业高质量发展工作要点",
    "都匀市人民政府办公室",
    "2026年2月28日",
    "一、2025年工作回顾",
    "　　2025年，全市茶园面积稳定在32万亩，茶叶产量1.5万吨，茶叶产值达到28亿元，同比增长8.2%。“都匀毛尖”品牌价值达到43亿元。",
    "二、2026年目标任务",
    "　　茶叶产值突破30亿元，茶叶出口额增长20%，建成茶叶精制加工中心2个。",
    "三、重点工作",
    "　　（一）提升茶园管理。实施低产茶园改造2万亩，推广茶园有机肥替代化肥5万亩。（市农业农村局负责，各镇（街道）配合）",
    "　　（二）做强茶叶加工。引进茶叶精深加工企业3家，新增茶叶清洁化生产线10条。（市工信局牵头，市农业农村局配合）",
    "　　（三）拓展茶叶市场。组织茶企参加国内外茶博会10场次，新建都匀毛尖品牌旗舰店15家。（市商务局牵头，市茶产业发展中心配合）",
]


LINYING_POINTS = [
    "临颍县2026年休闲食品产业发展工作要点",
    "临颍县人民政府",
    "2026年3月4日",
    "　　2026年，全县休闲食品产业营业收入力争达到400亿元，增长8%。重点抓好以下工作：",
    "　　一、做强龙头企业。支持龙头企业扩大产能，新增休闲食品规上企业10家，营业收入超10亿元企业达到8家。（县工信局牵头，县发改委配合）",
    "　　二、延伸原料基地。建设优质小麦、辣椒等原料基地20万亩。（县农业农村局负责）",
    "　　三、保障食品安全。休闲食品抽检合格率保持在98%以上。（县市场监管局负责）",
    "　　四、拓展销售渠道。休闲食品网络零售额增长20%，建设冷链物流配送中心2个。（县商务局牵头，县交通运输局配合）",
]


NANLING_POINTS = [
    "南陵县2026年优质大米产业发展工作要点",
    "南陵县农业农村局",
    "2026年2月20日",
    "一、2025年工作回顾",
    "　　2025年，全县优质水稻种植面积达到45万亩，稻谷总产量32万吨；大米加工企业实现产值38亿元，“南陵大米”品牌价值达到25亿元。",
    "二、2026年重点工作",
    "　　（一）扩大优质水稻种植。优质水稻种植面积稳定在45万亩以上，建设绿色高产示范片10个。（县农业农村局负责）",
    "　　（二）提升大米加工水平。大米加工企业产值增长8%，新增大米精深加工生产线5条。（县经信局牵头，县农业农村局配合）",
    "　　（三）打响“南陵大米”品牌。“南陵大米”授权企业达到30家，在长三角城市开设品牌专营店20家。（县市场监管局、县商务局负责）",
]


HONGHU_POINTS = [
    "洪湖市2026年莲藕和小龙虾产业发展工作要点",
    "洪湖市人民政府办公室",
    "2026年3月5日",
    "　　一、稳定莲藕种植。莲藕种植面积稳定在20万亩，其中莲子种植面积5万亩；建设莲藕标准化生产基地5个。（市农业农村局负责）",
    "　　二、推进虾稻共作。虾稻共作面积达到60万亩，小龙虾产量达到18万吨。（市农业农村局牵头，各乡镇人民政府配合）",
    "　　三、发展精深加工。新增莲藕、小龙虾加工企业5家，水产品加工产值增长10%。（市经信局牵头，市农业农村局配合）",
    "　　四、建设冷链物流。新建小龙虾冷链物流中心2个，冷库库容新增2万吨。（市商务局负责）",
]

TIANYANG_TEXT = [
    "百色市田阳区2026年芒果产业提质增效工作方案",
    "田阳区人民政府办公室　2026年3月10日",
    "　　为推动芒果产业提质增效，制定本方案。重点任务分解如下。",
]
TIANYANG_TABLE = [
    ["序号", "重点任务", "目标要求", "牵头单位", "配合单位", "完成时限"],
    [
        "1",
        "推进芒果低产园改造",
        "改造芒果低产园2万亩，芒果种植面积稳定在35万亩",
        "区农业农村局",
        "各乡镇人民政府",
        "2026年10月",
    ],
    [
        "2",
        "推广芒果标准化生产",
        "建设芒果标准化示范基地10个，绿色防控覆盖率达到60%",
        "",
        "区林业局",
        "2026年11月",
    ],
    [
        "3",
        "发展芒果深加工",
        "新增芒果干、芒果汁加工企业3家，芒果加工率提高到15%",
        "区工信局",
        "区发改局",
        "2026年12月",
    ],
    ["4", "完善产地冷链", "新建芒果产地冷库20座，新增冷藏能力1万吨", "区商务局", "—", "2026年9月"],
    [
        "5",
        "拓宽销售渠道",
        "芒果电商销售额增长20%，举办第十届田阳芒果节",
        "区商务局",
        "区融媒体中心",
        "2026年7月",
    ],
]

XINJI_POINTS = [
    "辛集市2026年皮革皮草产业发展工作要点",
    "辛集市人民政府办公室",
    "2026年3月4日",
    "　　一、推进制革绿色转型。皮革产业营业收入突破300亿元，制革企业全部完成清洁化改造，制革废水集中处理率"
    "保持100%。（市工信局牵头，石家庄市生态环境局辛集分局配合）",
    "　　二、做强皮草服装。皮草服装产量增长10%，培育皮草服装自主品牌15个。（市商务局牵头，市市场监管局配合）",
    "　　三、建设国际皮革城。辛集国际皮革城年交易额达到120亿元，新入驻商户300户。（辛集经济开发区管委会负责）",
    "　　四、发展皮革跨境电商。皮革制品跨境电商出口额增长25%。（市商务局负责）",
]

ANGUO_POINTS = [
    "安国市2026年中药材产业高质量发展工作要点",
    "安国市人民政府办公室",
    "2026年2月24日",
    "　　一、扩大道地药材种植。全市中药材种植面积稳定在15万亩以上，祁菊花、祁紫菀、祁山药等“八大祁药”"
    "种植面积达到4万亩，新建中药材良种繁育基地3个。（市农业农村局牵头，市林业局、各乡镇人民政府配合）",
    "　　二、做强饮片加工。新增中药饮片生产企业5家，中药饮片产值突破120亿元，建设中药材检验检测中心1个。"
    "（市工业和信息化局牵头，市市场监督管理局配合）",
    "　　三、建设数字中药都。推进东方药城数字化改造，中药材年交易额达到350亿元，发展中药材电商，网络销售额"
    "增长20%。（市商务局、安国数字中药都管委会负责）",
    "　　四、办好药交会。举办2026年安国药材交易会，签约项目30个以上。（市贸促会牵头，市投资促进局配合）",
    "　　五、推进药旅融合。打造中医药健康旅游示范基地2个，接待游客150万人次。（市文化广电和旅游局负责）",
]


XIANJU_POINTS = [
    "仙居县2026年杨梅和工艺礼品产业发展工作要点",
    "仙居县人民政府办公室",
    "2026年3月11日",
    "　　一、做优仙居杨梅。杨梅种植面积稳定在14万亩，新建杨梅避雨设施栽培基地3000亩，杨梅产值达到"
    "15亿元；举办第十六届中国·仙居杨梅节，杨梅鲜果线上销售额增长15%。(县农业农村局牵头,县商务局、"
    "县文化和广电旅游体育局配合)",
    "　　二、做强工艺礼品产业。推动工艺礼品企业设计创新，工艺礼品产业产值突破80亿元，新增规上工艺礼品企业"
    "8家，建设工艺礼品设计研发中心2个。(县经信局牵头,县科技局、白塔镇人民政府配合)",
    "　　三、拓展国际市场。工艺礼品出口额增长10%，组织企业参加广交会等展会20场次以上。(县商务局负责)",
]


LINSHU_TEXT = [
    "临沭县2026年柳编和复合肥产业发展实施方案",
    "临沭县人民政府办公室　2026年3月6日",
    "　　为推动柳编、复合肥两大特色产业提质增效，制定本方案。重点任务分解如下。",
]
LINSHU_TABLE = [
    ["序号", "重点任务", "目标要求", "责任分工", "完成时限"],
    [
        "1",
        "壮大柳编产业",
        "柳编产业产值突破60亿元，柳编出口额增长8%，新增柳编电商企业100家",
        "牵头：县商务局<br/>配合：县工业和信息化局、郑山街道",
        "2026年12月",
    ],
    [
        "2",
        "建设杞柳种植基地",
        "杞柳种植面积稳定在5万亩，新建杞柳良种繁育基地2000亩",
        "牵头：县农业农村局<br/>配合：各镇（街道）",
        "2026年10月",
    ],
    [
        "3",
        "推动复合肥产业升级",
        "复合肥年产能稳定在1000万吨，新型肥料产量占比提高到40%",
        "牵头：县工业和信息化局<br/>配合：县应急管理局、临沭经济开发区管委会",
        "2026年12月",
    ],
]


# Work points printed to PDFs as typeset documents (GB/T 9704's page: the title, issuer and date
# on lines of their own at the top, items closed by their notes, lines wrapped at the page's
# width), each with the batch it was written for
TONGLING_POINTS = [
    "铜陵市2026年铜基新材料产业发展工作要点",
    "铜陵市人民政府办公室",
    "2026年2月25日",
    "　　一、壮大产业规模。铜基新材料产业营业收入突破1800亿元，铜箔产能达到15万吨，新增规上铜基新材料企业"
    "12家，引进铜基新材料项目20个、总投资200亿元以上。（牵头单位：市经信局；责任单位：铜陵经开区管委会、"
    "狮子山高新区管委会）",
    "　　二、推进精深加工。铜材就地加工转化率提高到75%，电子铜箔、铜基合金等高端铜材占比提高到40%。"
    "（牵头单位：市经信局；责任单位：市科技局）",
    "　　三、发展循环经济。再生铜产量达到30万吨，建成铜冶炼固废综合利用项目2个。（牵头单位：市发展改革委；"
    "责任单位：市生态环境局）",
]
YANGJIANG_POINTS = [
    "阳江市2026年五金刀剪产业发展工作要点",
    "阳江市五金刀剪产业发展服务中心　2026年3月6日",
    "　　1.做大产业规模。五金刀剪产业产值达到850亿元，规上五金刀剪企业达到420家，刀剪产品出口额增长8%。"
    "(市工业和信息化局牵头,江城区、阳东区人民政府配合)",
    "　　2.提升研发设计。建设刀剪工业设计中心3个，新增刀剪发明专利100件。(市科技局负责)",
    "　　3.开拓国内外市场。举办第二十届阳江国际刀具博览会，刀剪跨境电商交易额突破60亿元。(市商务局牵头,阳江海关配合)",
]
ZHANGSHU_POINTS = [
    "樟树市2026年中医药产业发展工作要点",
    "樟树市中医药产业发展中心　2026年3月3日",
    "　　1.扩大药材种植。中药材种植面积稳定在25万亩以上，新建道地药材规范化基地5个。"
    "(市农业农村局牵头,市林业局、各乡镇(街道)配合)",
    "　　2.壮大饮片加工。中药饮片产值突破100亿元，新增中药饮片规上企业6家。(市工信局负责)",
    "　　3.办好药交会。办好第五十七届全国药材药品交易会，药交会交易额增长10%。"
    "(市中医药产业发展中心牵头,市商务局配合)",
]
ZHIJIN_POINTS = [
    "织金县2026年竹荪和皂角产业发展工作要点",
    "织金县人民政府办公室",
    "2026年3月2日",
    "　　一、扩大竹荪种植。竹荪种植面积稳定在3万亩以上，鲜品产量达到4.5万吨，建设竹荪标准化示范基地8个。"
    "（县农业农村局牵头，县林业局、县供销社配合；各乡镇（街道）抓落实）",
    "　　二、做强竹荪加工。新增竹荪精深加工企业3家，竹荪加工转化率提高到60%，开发竹荪休闲食品、预制菜等"
    "新产品15个。（县工业和信息化局牵头，县市场监管局配合）",
    "　　三、发展皂角产业。新植皂角林5000亩，皂角精年加工量达到800吨，皂角产业综合产值突破12亿元。"
    "（县林业局负责）",
    "　　四、拓展市场营销。竹荪、皂角精线上销售额增长20%，参加农产品展销活动10场次以上。"
    "（县商务局牵头，县农业农村局、县林业局配合）",
]
# a town's government work report over a page break (batch 1245)
LIUSHI_REPORT = [
    "政府工作报告",
    "——2026年2月24日在柳市镇第十八届人民代表大会第五次会议上",
    "柳市镇人民政府镇长　陈晓东",
    "各位代表：",
    "　　现在，我代表镇人民政府向大会报告工作，请予审议。",
    "一、2025年工作回顾",
    "　　过去一年，全镇实现规上工业产值1260亿元，增长8.6%；一般公共预算收入完成21.8亿元，增长5.2%。",
    "　　（一）电气产业能级持续提升。新增规上工业企业45家，电气产业集群产值突破1100亿元；新增“专精特新”中小企业28家，"
    "获评省级未来工厂1家。",
    "　　（二）城镇面貌加快改善。完成老旧小区改造12个，新建城市公园3个，改造提升主次干道8条。",
    "　　（三）民生事业全面进步。新增城镇就业4600人，新建幼儿园2所，发放各类救助资金3200万元。",
    "二、2026年工作安排",
    "　　今年经济社会发展的主要预期目标是：规上工业产值增长7%以上，一般公共预算收入增长5%，固定资产投资增长8%。",
    "　　（一）做强智能电气产业集群。实施“电气+数字”行动，新增规上企业40家，智能电气产业产值突破1200亿元，"
    "建成数字化车间20个。",
    "　　（二）加快新能源产业发展。引进光伏、储能项目10个以上，新能源产业产值增长20%。",
    "　　（三）提升城镇品质。完成老旧小区改造10个，新建停车泊位2000个，创建美丽街区3条。",
    "　　各位代表，新的一年，我们将以更加昂扬的精神状态，奋力谱写柳市高质量发展新篇章！",
]

PINGYAO_POINTS = [
    "平遥县2026年牛肉产业和文旅融合发展工作要点",
    "平遥县人民政府办公室",
    "2026年3月2日",
    "　　2026年，全县牛肉产业和文化旅游产业发展要坚持“一产带两产、古城带全域”，重点抓好以下工作。",
    "　　一、做优“平遥牛肉”产业",
    "　　1.扩大肉牛养殖规模。新建标准化肉牛养殖场15个，肉牛存栏达到8万头，出栏6万头。（县农业农村局牵头，"
    "各乡镇人民政府配合）",
    "　　2.提升牛肉加工水平。支持冠云公司、龙海公司等龙头企业技改扩能，牛肉制品产量达到3.5万吨，产值突破"
    "40亿元。（责任单位：县工业和信息化局、县市场监督管理局，列第一位的为牵头单位）",
    "　　二、推动古城文旅融合",
    "　　3.提升平遥古城景区品质。完成古城内历史建筑修缮30处，平遥古城接待游客突破1800万人次，旅游总收入"
    "达到200亿元。（县文化和旅游局、平遥古城管理委员会负责）",
    "　　4.办好节庆会展。高水平举办第二十六届平遥国际摄影大展、第六届平遥国际电影展，举办牛肉美食文化节"
    "等活动20场次。（县文化和旅游局牵头，县商务局、古陶镇配合）",
    "　　三、强化要素保障",
    "　　5.加大资金支持。县财政统筹安排产业发展资金1.2亿元，新增涉农贷款10亿元以上。（县财政局、县金融服务中心按职责分工负责）",
]

MINLE_POINTS = [
    "民乐县2026年种业和特色农业发展工作要点",
    "民乐县人民政府办公室",
    "2026年2月12日",
    "　　2026年，全县要围绕建设“国家级玉米制种大县”目标，做强种业、做优特色，重点抓好以下工作。",
    "　　一、做强种业",
    "　　1.稳定玉米制种基地。全县玉米制种面积稳定在25万亩，种子产量达到1.1亿公斤，制种农民人均收入增长"
    "8%。（牵头单位：县农业农村局　配合单位：各乡镇人民政府、县种子管理站）",
    "　　2.发展马铃薯种薯。建设马铃薯脱毒种薯繁育基地3万亩，马铃薯原种产量达到5万吨。（牵头单位：县农业"
    "农村局　配合单位：县科技局）",
    "　　3.培育种业企业。支持丰田种业、富农高科等企业建设种子加工中心，新增省级种业龙头企业2家。（责任单位："
    "县工信局、县农业农村局）",
    "　　二、做优特色产业",
    "　　4.壮大紫皮大蒜产业。紫皮大蒜种植面积达到6万亩，建设大蒜冷链仓储设施1.5万立方米，举办第三届民乐"
    "紫皮大蒜节。（牵头单位：县农业农村局　配合单位：县商务局、六坝镇人民政府）",
    "　　5.发展文旅融合。推进扁都口生态休闲旅游区、海潮坝景区提档升级，全年接待游客突破300万人次，旅游综合"
    "收入达到18亿元。（牵头单位：县文体广电和旅游局　配合单位：县交通运输局等有关部门）",
    "　　三、强化保障",
    "　　6.加大金融支持。新增涉农贷款8亿元以上，县财政安排种业发展资金2000万元。（牵头单位：县财政局　配合"
    "单位：县金融服务中心、人行民乐县支行）",
]

TAISHUN_POINTS = [
    "泰顺县商务局2025年工作总结和2026年工作思路",
    "泰顺县商务局",
    "2026年1月20日",
    "一、2025年工作总结",
    "　　（一）消费市场稳步回暖。全县实现社会消费品零售总额98.6亿元，增长6.2%；举办“乐购泰顺”消费季活动12场，"
    "发放消费券1500万元。",
    "　　（二）外贸外资稳中提质。完成外贸出口额42.3亿元，增长9.1%；实际使用外资1200万美元。",
    "　　（三）电商发展提速增效。实现网络零售额36.5亿元，增长15.4%；建成泰顺县直播电商产业园，入驻企业58家。",
    "二、2026年工作思路",
    "　　2026年，全县社会消费品零售总额增长5%以上，外贸出口额增长8%，网络零售额突破40亿元。",
    "　　（一）持续扩大消费。开展“乐购泰顺”系列促消费活动15场以上，推进廊桥文化园商业街区提升改造。"
    "（责任科室：市场运行科）",
    "　　（二）稳住外贸基本盘。组织企业参加广交会、进博会等重点展会20家次，新增有进出口实绩企业15家。"
    "（责任科室：外经贸科）",
    "　　（三）壮大电商产业。培育年网络零售额超亿元企业3家，开展电商直播培训1000人次。"
    "（责任科室：电子商务科、市场运行科）",
]

GANZHOU_REPORT = [
    "关于赣州市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告（摘要）",
    "赣州市发展和改革委员会",
    "2026年1月22日",
    "一、2025年计划执行情况",
    "　　（一）经济运行稳中有进。全市地区生产总值4850亿元，比上年增长5.6%；规模以上工业增加值增长7.1%；"
    "城镇调查失业率5.2%，比上年下降0.3个百分点。",
    "　　（二）产业发展提质增效。电子信息产业营业收入突破2000亿元，现代家居产业集群产值达到2800亿元；"
    "赣南脐橙种植面积稳定在190万亩。",
    "　　（三）民生保障持续改善。城镇和农村居民人均可支配收入分别增长4.8%和6.5%，新增城镇就业5.6万人。",
    "二、2026年主要预期目标",
    "　　地区生产总值增长5.5%左右，规模以上工业增加值增长7%以上，城镇调查失业率控制在5.5%以内，"
    "单位地区生产总值能耗下降2%。",
    "三、2026年重点任务",
    "　　（一）壮大电子信息产业集群。电子信息产业营业收入突破2200亿元。（市工业和信息化局牵头，"
    "赣州经济技术开发区管委会配合）",
    "　　（二）做强赣南脐橙产业。新建高标准脐橙果园5万亩。（市农业农村局负责）",
]

ZHONGXIANG_POINTS = [
    "钟祥市2026年小龙虾产业发展工作要点",
    "钟祥市农业农村局",
    "2026年3月9日",
    "　　一、稳定养殖规模。全市稻虾综合种养面积稳定在45万亩以上，小龙虾产量达到12万吨，新建标准化养殖基地"
    "10个。（市农业农村局牵头，各镇（街道）配合）",
    "　　二、提升苗种供应。建设小龙虾良种繁育中心2个，繁育优质苗种5亿尾，苗种自给率达到70%。"
    "（市水产技术推广站负责）",
    "　　三、做强精深加工。支持湖北莫湖小龙虾食品有限公司扩大产能，小龙虾加工转化率达到40%，精深加工产值"
    "突破30亿元。（市经济和信息化局牵头，市农业农村局配合）",
    "　　四、完善冷链物流。新建产地冷藏保鲜库15座，新增冷链运输车辆30辆。（市商务局负责）",
    "　　五、打造区域品牌。办好第六届钟祥小龙虾节，钟祥小龙虾区域公用品牌价值达到60亿元。"
    "（市文化和旅游局、市农业农村局负责）",
    "　　六、拓展销售渠道。在胡集镇建设小龙虾交易市场1个，小龙虾网络销售额增长20%。"
    "（市商务局牵头，胡集镇人民政府配合）",
    "　　七、强化质量安全。小龙虾产品抽检合格率保持在98%以上。（市市场监督管理局负责）",
    "　　八、加大金融支持。发放小龙虾产业贷款5亿元。（市金融服务中心负责）",
]

YIWU_POINTS = [
    "义乌综合保税区2026年工作要点",
    "义乌市商务局",
    "2026年3月12日",
    "　　一、扩大进出口规模。义乌综合保税区进出口额突破300亿元，其中跨境电商进出口额增长20%。"
    "（市商务局牵头，义乌海关、市税务局配合）",
    "　　二、发展保税加工。新引进加工贸易项目10个，推动3个保税加工项目投产。（市商务局、市经济和信息化局负责）",
    "　　三、做强保税物流。新建保税仓库3万平方米，保税物流货值达到50亿元。（义乌陆港集团负责）",
    "　　四、拓展新兴业态。开展保税维修、保税展示交易业务，举办第二届义乌综保区进口商品博览会。"
    "（市商务局牵头，市市场监督管理局配合）",
    "　　五、优化通关服务。进口整体通关时间压缩至30小时以内。（义乌海关负责）",
]

SIZIWANG_POINTS = [
    "四子王旗2026年新能源和储能产业发展工作要点",
    "四子王旗能源局",
    "2026年2月20日",
    "　　一、加快风电光伏项目建设。全旗新增风电装机100万千瓦、光伏装机50万千瓦，新能源装机总规模突破500"
    "万千瓦。（旗能源局牵头，旗自然资源局、旗林业和草原局配合）",
    "　　二、发展新型储能。建成乌兰花独立储能电站，新型储能装机达到60万千瓦。（旗能源局负责）",
    "　　三、推进装备制造。引进风电装备制造企业3家，风电装备产值达到20亿元。（旗工业和信息化局负责）",
    "　　四、推动绿电消纳。建设源网荷储一体化项目2个，绿电交易电量增长30%。（旗发展和改革委员会牵头，"
    "四子王旗供电公司配合）",
]

HARBIN_POINTS = [
    "哈尔滨市2026年冰雪经济发展工作要点",
    "哈尔滨市文化广电和旅游局",
    "2026年1月8日",
    "一、发展目标",
    "　　2026年，全市冰雪旅游接待游客突破9000万人次，冰雪经济总规模达到2600亿元，新增冰雪装备制造企业10家。",
    "二、重点任务",
    "　　（一）办好冰雪节庆。举办第四十二届中国哈尔滨国际冰雪节，提升哈尔滨冰雪大世界、太阳岛雪博会品质。"
    "（市文化广电和旅游局牵头，市体育局、道里区人民政府配合）",
    "　　（二）发展冰雪运动。新建改造室外滑冰场50块，开展“赏冰乐雪”系列活动300场。（市体育局负责）",
    "　　（三）培育冰雪装备。支持黑龙江省冰雪装备产业园引进滑雪板、冰刀等生产企业，冰雪装备产值增长20%。"
    "（市工业和信息化局牵头，市商务局配合）",
    "　　（四）拓展冰雪消费。发放冰雪旅游消费券5000万元，培育冰雪主题夜间消费街区5个。（市商务局负责）",
]


ANSHUN_POINTS = [
    "安顺市2026年蜡染产业发展工作要点",
    "安顺市文体广电旅游局",
    "2026年3月8日",
    "一、发展目标",
    "　　2026年，全市蜡染产业产值达到12亿元，新增蜡染企业（工坊）30家，带动就业5000人。",
    "二、重点任务",
    "　　（一）培育蜡染经营主体。支持安顺市蜡染文化产业有限公司扩大生产，新建蜡染非遗工坊10个。"
    "（市文体广电旅游局牵头，市人力资源和社会保障局配合）",
    "　　（二）推动蜡染与旅游融合。依托黄果树瀑布景区、旧州古镇开设蜡染体验店20家。（市文体广电旅游局负责）",
    "　　（三）加强人才培养。举办蜡染技艺培训班10期，培训绣娘、蜡染艺人1000人次。（市人力资源和社会保障局负责）",
]


POINTS_PDFS = (
    ("daye-science-innovation-points-2026.pdf", DAYE_POINTS),  # batch 724
    ("wenling-pumps-motors-points-2026.pdf", WENLING_POINTS),  # batch 804
    ("xixiangtang-digital-economy-points-2026.pdf", XIXIANGTANG_POINTS),  # batch 836
    ("dayu-tungsten-points-2026.pdf", DAYU_POINTS),  # batch 861
    ("tiantai-auto-accessories-points-2026.pdf", TIANTAI_POINTS),  # batch 874
    ("wangcheng-rehabilitation-aids-plan-2026-2027.pdf", WANGCHENG_PLAN),  # batch 881
    ("duyun-tea-points-2026.pdf", DUYUN_POINTS),  # batch 891
    ("linying-snack-foods-points-2026.pdf", LINYING_POINTS),  # batch 903
    ("nanling-rice-points-2026.pdf", NANLING_POINTS),  # batch 910
    ("honghu-lotus-crayfish-points-2026.pdf", HONGHU_POINTS),  # batch 920
    ("anguo-herbs-points-2026.pdf", ANGUO_POINTS),  # batch 934
    ("xinji-leather-fur-points-2026.pdf", XINJI_POINTS),  # batch 980
    ("xianju-bayberry-crafts-points-2026.pdf", XIANJU_POINTS),  # batch 1034
    ("tongling-copper-materials-points-2026.pdf", TONGLING_POINTS),  # batch 1124
    ("yangjiang-knives-scissors-pdf-points-2026.pdf", YANGJIANG_POINTS),  # batch 1125
    ("zhangshu-chinese-medicine-points-2026.pdf", ZHANGSHU_POINTS),  # batch 1165
    ("zhijin-bamboo-fungus-gleditsia-points-2026.pdf", ZHIJIN_POINTS),  # batch 1221
    ("liushi-town-government-work-report-2026.pdf", LIUSHI_REPORT),  # batch 1245
    ("pingyao-beef-tourism-points-2026.pdf", PINGYAO_POINTS),  # batch 1284
    ("minle-seeds-garlic-points-2026.pdf", MINLE_POINTS),  # batch 1302
    ("taishun-commerce-summary-plan-2026.pdf", TAISHUN_POINTS),  # batch 1345
    ("ganzhou-2025-plan-report-summary.pdf", GANZHOU_REPORT),  # batch 1385
    ("zhongxiang-crayfish-points-2026.pdf", ZHONGXIANG_POINTS),  # batch 1389
    ("yiwu-bonded-zone-points-2026.pdf", YIWU_POINTS),  # batch 1394
    ("siziwang-new-energy-storage-points-2026.pdf", SIZIWANG_POINTS),  # batch 1402
    ("harbin-ice-snow-economy-points-2026.pdf", HARBIN_POINTS),  # batch 1467
    ("anshun-batik-points-2026.pdf", ANSHUN_POINTS),  # batch 1497
)


def spanned_lead_annex() -> None:
    """A district's mango table under its plan's opening (batch 950): ruled in full, the first
    row's lead cell merged down over the second row, a dash in an empty 配合单位 cell."""

    grid = [*_ruled(), ("SPAN", (3, 1), (3, 2))]  # one lead for rows 1 and 2
    _annex_pdf(
        TIANYANG_TEXT,
        TIANYANG_TABLE,
        [30, 90, 160, 70, 70, 60],
        grid,
        "tianyang-mango-plan-2026.pdf",
    )


def duties_column_annex(folder: Path | None = None) -> None:
    """A county's willow and fertiliser table under its plan's opening (batch 1035): its
    责任分工 cells label their bodies on two lines (牵头：X / 配合：Y), no body column beside."""
    _annex_pdf(
        LINSHU_TEXT,
        LINSHU_TABLE,
        [30, 80, 170, 140, 60],
        _ruled(),
        "linshu-willow-fertiliser-plan-2026.pdf",
        folder,
    )


XINGHUA_TEXT = [
    "兴化市2026年农产品质量安全工作实施方案",
    "兴化市人民政府办公室　2026年3月9日",
    "　　为提升全市农产品质量安全水平，现将重点任务分解如下。",
]
XINGHUA_TABLE = [
    ["序号", "重点任务", "目标要求", "牵头单位", "配合单位", "完成时限"],
    [
        "1",
        "开展例行监测",
        "全年完成农产品定量检测2000批次，主要农产品监测合格率稳定在98%以上",
        "市农业农村局",
        "市市场监督管理局",
        "2026年12月",
    ],
    [
        "2",
        "推行承诺达标合格证",
        "规模主体承诺达标合格证开具率达到95%，新增纳入追溯平台主体300家",
        "市农业农村局",
        "各乡镇（街道）",
        "2026年11月",
    ],
    [
        "3",
        "整治禁限用药物",
        "开展豇豆农药残留突出问题攻坚治理，快速检测豇豆样品5000批次",
        "市农业农村局",
        "市市场监督管理局、市公安局",
        "2026年10月",
    ],
    [
        "4",
        "打造绿色优质品牌",
        "新增绿色食品认证产品15个，“兴化大米”品牌价值突破50亿元",
        "市农业农村局",
        "市供销合作总社",
        "2026年12月",
    ],
]


def xinghua_quality_safety_annex(folder: Path | None = None) -> None:
    """A county-level city's farm produce safety plan (batch 1357): a line of opening, then its
    tasks as a table ruled as a grid (序号 | 重点任务 | 目标要求 | 牵头单位 | 配合单位 | 完成时限),
    the office and its date on one line under the title."""
    _annex_pdf(
        XINGHUA_TEXT,
        XINGHUA_TABLE,
        [30, 70, 170, 70, 90, 60],
        _ruled(),
        "xinghua-farm-produce-safety-plan-2026.pdf",
        folder,
    )


def points_pdfs() -> None:
    """Each of ``POINTS_PDFS``'s paragraphs typeset and printed to its PDF."""
    for name, paragraphs in POINTS_PDFS:
        write_pdf(Path(__file__).parent / "docs" / name, typeset(paragraphs))


XIANGDONG_TEXT = [
    "湘东区2026年电瓷产业高质量发展工作方案",
    "萍乡市湘东区人民政府办公室",
    "2026年3月16日",
    "一、发展目标",
    "2026年，全区电瓷产业营业收入突破150亿元，电瓷出口额增长10%。",
    "二、保障措施",
    "区财政安排电瓷产业发展专项资金2000万元，重点任务分工见附件。",
    "附件：湘东区2026年电瓷产业重点任务分工表",
]
XIANGDONG_TABLE = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "新增规上电瓷企业5家", "区工业和信息化局", "区市场监督管理局", "2026年12月"],
    ["2", "建设电瓷产品检验检测中心1个", "区市场监督管理局", "湘东产业园管委会", "2026年10月"],
    ["3", "举办第五届中国（湘东）电瓷博览会", "区商务局", "区工业和信息化局", "2026年9月"],
]


def xiangdong_annex_task_table() -> None:
    """A district's plan for its electric porcelain with its tasks in an annex table after
    the text (batch 1423): the plan's goals and funds in paragraphs, then 附件 and a ruled
    table, 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限."""
    _annex_pdf(
        XIANGDONG_TEXT,
        XIANGDONG_TABLE,
        [30, 200, 90, 100, 70],
        _ruled(),
        "xiangdong-electric-porcelain-plan-2026.pdf",
    )


WENCHANG_TEXT = [
    "文昌市2026年椰子产业发展工作方案",
    "文昌市农业农村局",
    "2026年3月11日",
    "一、发展目标",
    "2026年，全市椰子种植面积稳定在30万亩，椰子产业综合产值突破120亿元，椰子加工企业达到80家。",
    "二、重点任务",
    "重点任务分工见附件。",
    "附件：文昌市2026年椰子产业重点任务分工表",
]
WENCHANG_TABLE = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    [
        "1",
        "更新改造低产椰园2万亩，推广椰子良种种苗50万株",
        "市农业农村局",
        "东郊镇、会文镇人民政府",
        "2026年12月",
    ],
    [
        "2",
        "支持海南椰国食品有限公司扩建椰子汁生产线，椰子加工产值增长12%",
        "市工业和信息化局",
        "市市场监督管理局",
        "2026年11月",
    ],
    [
        "3",
        "建设文昌国际航天城椰子主题旅游线路2条，举办2026文昌椰子文化节",
        "市旅游和文化广电体育局",
        "东郊镇人民政府",
        "2026年9月",
    ],
    [
        "4",
        "在椰子大观园建设椰子产品展销中心，椰子产品电商销售额增长20%",
        "市商务局",
        "市农业农村局",
        "2026年10月",
    ],
]


def wenchang_annex_task_table(folder: Path | None = None) -> None:
    """A county-level city's coconut plan with its tasks in an annex table ruled as a grid
    (batch 1523): goals in a paragraph, 重点任务分工见附件, then 附件 and 序号 | 重点任务 | 牵头单位 |
    配合单位 | 完成时限."""
    _annex_pdf(
        WENCHANG_TEXT,
        WENCHANG_TABLE,
        [30, 200, 90, 100, 70],
        _ruled(),
        "wenchang-coconut-plan-2026.pdf",
        folder,
    )


def session_88_pdfs() -> None:
    """Three PDFs of batches written blind in session 88: a homestay plan whose bodies close
    each item after 责任单位：, its lead marked （牵头） (batch 1571), and a talent policy's
    articles with an interpretation clause (batch 1594), both typeset from a word processor
    with the title larger; a graphite plan whose tasks are a ruled annex table (batch 1584)."""
    docs = Path(__file__).parent / "docs"
    _sized_pdf(
        [
            (18, "德清县2026年民宿产业高质量发展工作要点"),
            (12, "德清县文化和广电旅游体育局"),
            (12, "2026年2月12日"),
            (14, "一、总体目标"),
            (
                12,
                "2026年，全县民宿数量稳定在800家左右，其中精品民宿150家；民宿营业收入达到18亿元，带动农民就业1万人以上。",
            ),
            (14, "二、重点工作"),
            (
                12,
                "1．提升莫干山民宿集聚区。推动莫干山镇、筏头乡民宿提档升级，新创建省级白金宿3家、金宿10家。"
                "责任单位：县文化和广电旅游体育局（牵头），莫干山镇、筏头乡人民政府。",
            ),
            (
                12,
                "2．培育民宿品牌。擦亮“洋家乐”品牌，举办2026莫干山民宿大会，开展民宿管家培训500人次。"
                "责任单位：县文化和广电旅游体育局（牵头），县人力资源和社会保障局。",
            ),
            (
                12,
                "3．规范民宿管理。开展民宿消防、食品安全联合检查，民宿证照办理率达到100%。"
                "责任单位：县公安局、县市场监督管理局、县消防救援大队（按职责分工负责）。",
            ),
            (
                12,
                "4．拓展民宿业态。支持民宿与茶园、竹林结合发展农事体验、研学旅行，打造民宿+文创、民宿+运动等新业态20个。"
                "责任单位：县农业农村局（牵头），县教育局、县体育中心。",
            ),
        ],
        "deqing-homestay-points-2026.pdf",
        centred=18,
    )
    _annex_pdf(
        [
            "鸡西市2026年石墨产业发展工作方案",
            "鸡西市工业和信息化局",
            "2026年3月18日",
            "一、发展目标",
            "2026年，全市石墨产业产值突破40亿元，石墨精深加工率达到45%，新增石墨规上企业4家。",
            "二、重点任务",
            "重点任务分工见附件。",
            "附件：鸡西市2026年石墨产业重点任务分工表",
        ],
        [
            ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
            [
                "1",
                "建设麻山石墨产业园二期，新增标准化厂房5万平方米",
                "鸡西石墨产业园区管委会",
                "市自然资源局",
                "2026年10月",
            ],
            [
                "2",
                "推进球形石墨、高纯石墨项目建设，新增负极材料产能3万吨",
                "市工业和信息化局",
                "市发展和改革委员会",
                "2026年12月",
            ],
            [
                "3",
                "支持黑龙江省石墨产品质量检验检测中心建设",
                "市市场监督管理局",
                "市科学技术局",
                "2026年9月",
            ],
        ],
        [30, 200, 90, 100, 70],
        _ruled(),
        "jixi-graphite-annex-plan-2026.pdf",
        docs,
    )
    _sized_pdf(
        [
            (18, "船山区2026年聚才引智若干措施"),
            (12, "遂宁市船山区委人才工作领导小组办公室　2026年3月1日"),
            (
                12,
                "第一条　目标任务。2026年，全区新引进各类人才5000名以上，其中高层次人才100名。"
                "（责任单位：区委组织部、区人力资源和社会保障局）",
            ),
            (
                12,
                "第二条　安家补贴。对新引进的博士研究生给予10万元安家补贴，硕士研究生给予3万元。"
                "（责任单位：区人力资源和社会保障局、区财政局）",
            ),
            (
                12,
                "第三条　人才住房。2026年筹集人才公寓500套，对符合条件的人才免租入住3年。（责任单位：区住房和城乡建设局）",
            ),
            (12, "第四条　本措施由区委人才工作领导小组办公室负责解释。"),
        ],
        "chuanshan-talent-measures-2026.pdf",
        centred=18,
    )


def main() -> None:
    out = Path(__file__).parent / "docs" / "zhangdian-digital-economy-plan-2025-2027.pdf"
    write_pdf(out, typeset(PARAGRAPHS))
    annex_task_table()
    chain_task_table()
    running_header_plan()
    three_line_annex()
    unruled_task_list()
    annex_without_repeated_header()
    two_row_header_with_groups()
    annex_indicator_table()
    gazette_two_columns()
    booklet_with_cover_and_contents()
    row_split_across_pages()
    three_line_table_over_pages()
    investment_attraction_plan()
    headings_printed_larger()
    parts_told_by_nothing()
    superscript_marks_plan()
    watermarked_plan()
    red_leads_annex()
    spanned_role_header_pdf()
    plan_report_typeset()
    points_pdfs()
    spanned_lead_annex()
    duties_column_annex()
    xinghua_quality_safety_annex()
    xiangdong_annex_task_table()
    wenchang_annex_task_table()
    session_88_pdfs()


if __name__ == "__main__":
    main()
