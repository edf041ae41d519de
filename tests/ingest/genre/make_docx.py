"""Write the Word documents of the genre corpus (run once; the files are kept).

``docs/laixi-business-environment-tasks-2025.docx``: a task list in the form county
offices publish (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限), with two bodies in one
cell as two paragraphs and an empty cell written as a dash.
``docs/changyi-2025-development-plan.docx``: an annual plan whose goals are a table of
indicators (指标名称 | 单位 | 2024年完成 | 2025年目标).
``docs/gaomi-smart-manufacturing-plan-2025-2027.docx``: a 三年行动方案 under its covering
notice whose headings are numbered by Word (一、 （一） 1. drawn by a multilevel list that
the heading styles name, the third level set on the paragraphs), not typed.
``docs/changle-industry-tasks-2025.docx``: a task table whose 牵头单位 and 完成时限 cells
are merged down over several rows, with section rows merged across the table, a 目标要求
column, and the issuer and date signed under the table.
``docs/guangrao-tyre-industry-plan-2025-2027.docx``: a 三年行动方案 whose goals are a
table of indicators by year with a 责任单位 column (序号 | 指标名称 | 单位 | 2024年基数 |
2025年 | 2026年 | 2027年 | 责任单位), and targets staged by year in its sentences.
``docs/yiyuan-business-environment-points-2025.docx``: a 工作要点 numbered as WPS numbers
it: 一、 by one list, and the （一） of each part by a list of its own that starts again at
（一） (a new list instance with a start override), not a level of the first.
``docs/rongcheng-marine-food-chain-tasks-2025.docx``: a chain's task list (序号 | 重点任务 |
工作目标 | 责任单位 | 完成时限) whose one 责任单位 column writes roles in many ways: labelled
lines in the cell (牵头：… / 配合：…), a sentence (…牵头，…配合), a name marked （牵头）,
bodies set apart by a space.
``docs/yinan-industrial-development-opinions-2025.docx``: a 实施意见 under a red-letter head
set as a table (沂南县人民政府文件 over its number), with lines broken inside paragraphs by
Shift+Enter (a soft break in a sentence, before a figure's words run on, before a note).
``docs/qufu-15th-five-year-plan-outline.docx``: a five-year plan outline in Word, dated by
the congress's approval line under its title, in chapters and sections, with its table of
main indicators (类别 | 指标 | 单位 | 2025年 | 2030年 | 年均增长〔累计〕 | 属性): category cells
merged down, cumulative values in 〔〕, cells that are words, not numbers.
``docs/fenghuang-town-key-tasks-2025.docx``: a town's task list (序号 | 工作任务 | 目标要求 |
分管领导 | 责任科室 | 配合单位 | 完成时限) naming the town's own offices without the town's
name or a level prefix (经济发展局, 安监局, 统计站), a police station, an association and a
town company, and the villages as a class.
``docs/meitan-tea-industry-tasks-2025.docx``: a Guizhou county's task list (序号 | 工作内容 |
主责单位 | 协同单位 | 督导单位 | 时间节点) whose 督导单位 column names the offices that oversee
the work, not do it.
``docs/baohe-nev-policies-2025.docx``: a district's 若干政策 in Word, each part closing with a
bold paragraph of its own naming those responsible (``责任单位：…``, once with those
supporting after it), subsidies and awards offered to whoever qualifies, and an
interpretation clause at the end (``由…负责解释``).
``docs/wafangdian-bearing-tasks-2025.docx``: a task list whose rows name the official
answerable and a telephone number (序号 | 重点任务 | 牵头单位 | 配合单位 | 责任人 | 联系电话 |
完成时限); an industry the taxonomy lacks (轴承, bearings).
``docs/gaoping-key-projects-plan-2025.docx``: a 工作方案 under its covering notice whose
body sits in a bordered box — a table of one cell — with its task table nested inside it.
``docs/liuyang-quarterly-tasks-2025.docx``: a task list whose milestones are set by quarter
(序号 | 重点任务 | 责任单位 | 一季度 | 二季度 | 三季度 | 四季度), a dash for a quarter without
one; an industry the taxonomy lacks (花炮, fireworks).
``docs/baoji-titanium-measures-2025.docx``: a city's 若干措施 whose articles are numbered by a
Word list (``第%1条``), not typed; an industry the taxonomy lacks whose name is one
character (钛).
``docs/puer-coffee-tasks-2025.docx``: a task list whose 序号 and 重点任务 cells are merged
down over the rows of their 具体措施, each row with its own body; an industry the taxonomy
lacks (咖啡).
``docs/hunchun-port-economy-tasks-2025.docx``: a task list whose table carries its title in a
first row merged across it, with a 工作目标 column and the leader answerable in each row.
``docs/kunshan-innovation-tasks-2025.docx``: a task list whose 进度安排 column sets each row's
milestones by month, with section rows merged across and the lead marked （牵头） in its cell.
``docs/yongqiao-agriculture-tasks-2025.docx``: a task list numbered 一、二 in its 序号 column
whose 具体措施 cells hold numbered lines, with 牵头单位 and 责任单位 columns.
``docs/qianan-steel-transformation-tasks-2025.docx``: a task list as a spreadsheet leaves it
when pasted into Word: the rows of one task's measures after its first with 序号 and 重点任务
left empty, not merged, each row with its own bodies.
``docs/jinzhou-business-environment-tasks-2025.docx``: a task list whose sections are rows
of their own (一 in 序号, the section's name in the task column, the other cells empty), not
merged across, each section's rows numbered again from 1; leads marked （牵头） in a
责任单位 column; a 备注 column.
``docs/xingtai-business-environment-tasks-2026.docx``: a task list whose 责任单位 column marks
each row's lead with an asterisk, a note under the table saying so.
``docs/mengcun-pipe-equipment-matrix-2026.docx``: a task list laid out as a matrix of bodies
(columns) and tasks (rows), ★ marking the lead and ○ those supporting.
``docs/litong-key-tasks-ledger-2026.docx``: a district's ledger of tasks (工作台账: 序号 |
工作事项 | 目标任务 | 责任单位及责任人 | 完成时限) whose one column names the bodies and the
officials answering for them, in brackets or on a line of their own.
``docs/panjin-fine-chemicals-task-force-duties-2026.docx``: a task force's table of its member
bodies' duties (序号 | 成员单位 | 工作职责), a row for each body.
``docs/huichuan-targets-by-town-2026.docx``: a district's table giving each town its share
of the year's goals (序号 | 镇（街道） | 地区生产总值增速（%） | …), units in the header.
``docs/chenggu-key-tasks-by-category-2026.docx``: a task table whose first column names each
group of rows (类别, merged down: 一、扩大有效投资), numbering the rows again in each group.
Usage: ``python tests/ingest/genre/make_docx.py``.
``docs/huangyan-mould-industry-action-plan-2026-2028.docx``: a 三年行动计划 whose goals by year
are a table with a row for each year and a column for each indicator (年度 | 模具产业产值（亿元）
| …), units in the header; an industry the taxonomy lacks (模具, moulds).
``docs/maiji-apple-tasks-2026.docx``: a task list whose narrow columns' headers are typed on two
lines of their cells (牵头 / 单位, as Word users break them), two bodies in a cell on two lines.
``docs/longgang-task-cards-2026.docx``: tasks set out as cards, each a table of two columns
(field | value: 任务名称, 目标任务, 牵头单位, 配合单位, 完成时限) under its heading.
``docs/xuancheng-three-level-task-table-2026.docx``: a task table numbered on three levels in its
序号 column — 一 for a part's row, （一） for a section's row (each spanning the table), 1 2
for the tasks, numbered again in each section.
``docs/shuyang-livelihood-projects-2026.docx``: a county's 民生实事 list (序号 | 项目名称 | 目标任务 |
牵头单位 | 责任单位 | 完成时限) whose bodies are mass organisations (团县委, 县妇联, 县残联, 县科协,
县红十字会), a state grid company, telecom operators' branches and a bus company.
``docs/zhili-childrenswear-work-plan-2026.docx``: a town's 工作方案 in Word paragraphs, its
offices named short (镇经发办, 镇市场监管所) and its items closed by notes; children's wear (童装)
and the trades around it.
``docs/xingcheng-swimwear-task-list-2026.docx``: a task list whose 责任单位 cells print each
row's lead in bold, a note under the table saying so (注：责任单位中加粗的为牵头单位); swimwear.
``docs/lianjiang-fishery-work-plan-2026-draft.docx``: a bureau's 工作方案 for comment
(征求意见稿) saved with its tracked changes: figures deleted and others inserted, a body
struck out of a note and another put in, a body added to a list — read as accepted.
``docs/yongkang-hardware-tasks-2026.docx``: a task table with a column of officials named as
责任人 between the role columns (序号 | 工作事项 | 具体目标 | 责任领导 | 牵头单位 | 责任人 | 配合单位 |
完成时间), section rows merged across, under its title and issuer; hardware, doors, cups.
``docs/dehui-corn-tasks-2026.docx``: a task list laid out as a table of two columns with no header
row — each row an item (its number and text) beside a cell naming its bodies in a sentence —
under the part headings, as a borderless layout table sets it.
``docs/hengzhou-jasmine-tasks-2026.docx``: a task table naming the official answering for each
body in brackets after its name (市农业农村局（李强）), bodies one a line in a cell, a 完成标志
column and a 分管市领导 column, the rule that the first body leads under the table, then the
issuer and date; jasmine and jasmine tea.
``docs/zhijin-bamboo-fungus-tasks-2026.docx``: a task table whose 牵头单位 and 配合单位 cells say
同上 (as the row above) where a row's bodies are those of the row before, a 备注 column, and the
issuer and date above the table; bamboo fungus (竹荪) and soap-pod kernels (皂角精).
``docs/nanchong-government-work-report-2026.docx``: a city's 政府工作报告 titled only so, the
session line and the mayor's line under the title, parts in bold paragraphs and each item's lead
sentence a bold run opening its paragraph; 2025's results and 2026's goals; cars and their parts
(汽车汽配), silk and apparel.
``docs/xuancheng-industry-work-points-2026.docx``: a city's 工作要点 under its covering notice,
goals in a paragraph and the key tasks a table, a note under the table naming those who answer
for every task once (注：…为各项任务的责任单位，不再一一列出), a part of paragraphs after it.
``docs/dongguan-data-elements-tasks-2026.docx``: a city's task list for putting data to work
(数据要素市场化配置改革工作任务清单): goals in a paragraph, a table (序号 | 工作任务 | 具体举措 | 牵头单位 |
配合单位 | 完成时限) whose 具体举措 cells hold the figures, signed by a leading group's office.
``docs/wuwei-wire-cable-industry-plan-2026.docx``: a county-level city's plan for its wire and cable
industry: the year's indicators a table (2025's values and 2026's goals) between paragraphs of
tasks, each closed by its note, signed at the end.
``docs/simao-coffee-industry-plan-2026.docx``: a district's plan for coffee whose drafter numbered
nothing: the title in Word's Title style, the parts in Heading 1, the tasks in Heading 2, each
task's paragraph closed by its note, signed at the end.
``docs/jiangyong-rural-tourism-plan-2026.docx``: a county's plan for rural tourism typeset as
GB/T 9704 sets a document — the title in 方正小标宋简体, the body in 仿宋_GB2312, the parts'
lines in 黑体 at the body's size and nothing else: no heading style, no bold, no number — its
tasks typed 1. 2. 3. under one part, each closed by a labelled note.
``docs/sucheng-low-altitude-economy-plan-2026.docx``: a district's plan for the low-altitude
economy, nothing numbered — parts in Heading 1, tasks in Heading 2 — under a table of contents as
Word writes one shown without page numbers (paragraphs in the styles TOC 1 and TOC 2, each a link
to its heading's bookmark).
``docs/yidu-phosphorus-chemicals-plan-2026-2028.docx``: a city's plan for phosphorus chemicals, its
parts typed 一、 and （一） in Heading 1 and 2, under Word's table of contents field as Word writes it
(links, a tab and a PAGEREF field showing each entry's page), its 目录 line deleted.
``docs/zhaoan-prepared-food-plan-2026.docx``: a county's plan for prepared food, parts and tasks
typed 一、 and （一）, each task's work a Word bulleted list (a numbering of format bullet) under it,
its note a paragraph after the list.
``docs/cangxian-economic-key-tasks-2026.docx``: a county's task table with a leader's column beside
the lead's, both merged down over two rows, section rows merged across, a remark column.
``docs/guangrao-tyre-annex-tasks-2026.docx``: a county's tyre plan whose tasks are given out in an
annex table after the body (附件：…分工表), the body's second part pointing to it.
``docs/jurong-tea-plan-word-list-2026.docx``: a county's tea plan numbered by Word's multilevel list,
each item's note a plain paragraph of its own after it.
``docs/xuyi-crayfish-spaced-bodies-tasks-2026.docx``: a county's task table in Word whose role cells set
their bodies apart by spaces, one by a full-width space.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
ROWS = (
    (
        "1",
        "深化“一件事一次办”改革，推出高频“一件事”集成服务30项以上。",
        "市行政审批服务局",
        "市直有关部门",
        "2025年6月底前",
    ),
    (
        "2",
        "压缩企业开办时间，企业开办全流程压缩至1个工作日以内。",
        "市行政审批服务局",
        "市市场监管局、市公安局、市税务局、人民银行莱西市支行",
        "2025年3月底前",
    ),
    (
        "3",
        "优化工程建设项目审批，一般社会投资项目审批时间控制在30个工作日以内。",
        "市住房城乡建设局\n市行政审批服务局",
        "市自然资源局\n市发展改革局",
        "2025年12月底前",
    ),
    (
        "4",
        "加大涉企资金直达快享力度，全年兑现惠企资金5亿元以上。",
        "市财政局",
        "市工业和信息化局、市商务局等有关部门",
        "长期坚持",
    ),
    (
        "5",
        "拓宽企业融资渠道，新增普惠小微贷款30亿元。",
        "市地方金融服务中心",
        "各银行业金融机构",
        "2025年12月底前",
    ),
    (
        "6",
        "推动外贸稳规模优结构，跨境电商进出口额增长20%。",
        "市商务局",
        "青岛莱西海关",
        "2025年12月底前",
    ),
    (
        "7",
        "强化惠企政策宣传解读，开展“政策进企业”活动50场次。",
        "市工商联",
        "各镇街",
        "长期坚持",
    ),
    (
        "8",
        "建立营商环境问题线索办理机制，企业诉求办结率达到98%以上。",
        "市发展改革局",
        "—",
        "长期坚持",
    ),
)


INDICATORS = (
    ("指标名称", "单位", "2024年完成", "2025年目标"),
    ("地区生产总值增长", "%", "5.8", "6左右"),
    ("一般公共预算收入", "亿元", "41.2", "43以上"),
    ("规上工业增加值增长", "%", "9.1", "8"),
    ("城镇新增就业", "人", "6230", "6000以上"),
)
PLAN = (
    "一、2024年计划执行情况",
    "2024年，全市地区生产总值增长5.8%，规上工业增加值增长9.1%。",
    "（一）产业发展。新增规上工业企业35家，海洋化工产业实现营业收入580亿元。",
    "二、2025年主要预期目标",
    "主要预期目标见下表。",
    None,  # the table of indicators
    "三、2025年重点工作",
    "（一）壮大海洋化工产业。推动溴素、纯碱产业链延伸，实施化工技改项目25个。",
    "（二）发展纺织服装产业。建设纺织服装产业园，纺织服装产业营业收入达到200亿元。",
    "（三）做强现代农业。新建高标准农田2万亩，粮食总产量稳定在9亿斤以上。",
)


def annual_plan() -> None:
    doc = Document()
    doc.add_paragraph("昌邑市2025年国民经济和社会发展计划")
    doc.add_paragraph("昌邑市发展和改革局")
    doc.add_paragraph("2025年1月10日")
    for para in PLAN:
        if para is not None:
            doc.add_paragraph(para)
            continue
        table = doc.add_table(rows=0, cols=len(INDICATORS[0]))
        for row in INDICATORS:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    doc.save(str(Path(__file__).parent / "docs" / "changyi-2025-development-plan.docx"))


def data_elements_tasks() -> None:
    """A Guangdong city's tasks for putting data to work as a factor of production in Word
    (batch 490): the year's goals in a paragraph, a task table (序号 | 工作任务 | 具体举措 | 牵头单位
    | 配合单位 | 完成时限) whose 具体举措 cells hold the figures, one body's two names given as
    written, signed under the table."""
    front = (
        "东莞市2026年数据要素市场化配置改革工作任务清单",
        "为加快培育数据要素市场，释放数据要素价值，推动数字经济高质量发展，现将2026年工作任务明确如下。",
        "一、年度目标",
        "2026年，全市数据产业规模突破500亿元，培育数据商和第三方专业服务机构50家，"
        "公共数据开放数据集达到1200个，数据交易额达到15亿元。",
        "二、工作任务",
    )
    header = ("序号", "工作任务", "具体举措", "牵头单位", "配合单位", "完成时限")
    rows = (
        (
            "1",
            "推进公共数据授权运营",
            "制定公共数据授权运营实施细则，上线授权运营场景30个。",
            "市政务服务和数据管理局",
            "市财政局、市市场监管局",
            "2026年10月底前",
        ),
        (
            "2",
            "培育数据产业集聚区",
            "建设松山湖数据产业集聚区，引进数据标注、数据治理企业40家，数据产业营业收入增长20%。",
            "市工业和信息化局",
            "松山湖管委会、市投资促进局",
            "2026年12月底前",
        ),
        (
            "3",
            "建设算力基础设施",
            "新增智能算力2000P，数据中心平均电能利用效率（PUE）降至1.25以下。",
            "市发展和改革局",
            "市工业和信息化局、东莞供电局",
            "2026年12月底前",
        ),
        (
            "4",
            "开展“数据要素×”行动",
            "在制造、交通、医疗等领域打造典型应用场景20个，举办数据要素大赛1场。",
            "市政务服务和数据管理局",
            "各有关部门",
            "2026年11月底前",
        ),
        (
            "5",
            "强化数据安全保障",
            "完成重点行业数据安全风险评估100家次，数据安全事件处置率达到100%。",
            "市委网信办",
            "市公安局",
            "2026年12月底前",
        ),
    )
    back = ("东莞市数据要素市场化配置改革工作领导小组办公室", "2026年2月28日")
    _task_list(front, header, rows, "dongguan-data-elements-tasks-2026.docx", back)


def cable_industry_plan() -> None:
    """An Anhui county-level city's plan for its wire and cable industry in Word (batch 513):
    the year's indicators as a table (序号 | 指标名称 | 单位 | 2025年 | 2026年目标: last year's
    values results, this year's targets) between paragraphs of tasks each closed by its note,
    the industry named three ways (电线电缆, 线缆, a brand “无为电缆”), signed at the end."""
    doc = Document()
    for text in (
        "无为市2026年电线电缆产业高质量发展工作方案",
        "为推动电线电缆产业集群提质升级，巩固“中国电线电缆产业基地”地位，结合我市实际，制定本方案。",
        "一、主要指标",
    ):
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=5)
    fill_rows(
        table,
        (
            ("序号", "指标名称", "单位", "2025年", "2026年目标"),
            ("1", "电线电缆产业产值", "亿元", "560", "600"),
            ("2", "规模以上线缆企业", "家", "238", "250"),
            ("3", "高新技术企业", "家", "95", "105"),
            ("4", "线缆产品出口额", "亿元", "18", "22"),
        ),
    )
    for text in (
        "二、重点任务",
        "（一）推动产品高端化。支持企业研发特种电缆、海底电缆、新能源汽车线缆等高端产品，"
        "全年新增省级新产品20个，高端产品产值占比达到35%。（市经信局牵头，市科技局、市市场监管局配合）",
        "（二）加快智能化改造。实施线缆企业技术改造项目30个，完成工业投资45亿元，"
        "建成省级智能工厂和数字化车间8个。（市经信局牵头，市发改委配合）",
        "（三）推进铜铝材料保障。依托高沟经济开发区建设铜杆、铝杆等原材料集中采购平台，"
        "降低企业采购成本5%以上。（高沟经济开发区管委会负责）",
        "（四）培育区域品牌。开展“无为电缆”区域品牌宣传推介活动4场，新增中国驰名商标1件。"
        "（市市场监管局牵头，市商务局配合）",
        "（五）强化质量监管。对全市线缆企业开展产品质量抽检600批次，抽检合格率稳定在98%以上。"
        "（市市场监管局负责）",
        "（六）拓展市场空间。组织线缆企业参加国内外展会10场，新增电力、轨道交通等领域中标金额50亿元。"
        "（市商务局、市投资促进中心牵头，各镇人民政府配合）",
        "三、保障措施",
        "市财政每年安排电线电缆产业发展专项资金3000万元，用于技术改造、品牌建设奖补。（市财政局负责）",
        "无为市人民政府办公室",
        "2026年3月2日",
    ):
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "wuwei-wire-cable-industry-plan-2026.docx"))


def coffee_industry_plan() -> None:
    """A Yunnan district's plan for coffee in Word (batch 526), numbered nowhere: the title in
    the Title style, its parts in Heading 1 and its tasks in Heading 2 — the markup alone says
    what heads what — each task a paragraph closed by its note, signed at the end."""
    doc = Document()
    doc.add_heading("思茅区2026年咖啡产业高质量发展工作方案", level=0)
    doc.add_paragraph(
        "为加快推进咖啡产业提质增效，擦亮“普洱咖啡”区域公用品牌，结合我区实际，制定本方案。"
    )
    outline: list[tuple[int, str]] = [
        (1, "工作目标"),
        (
            0,
            "2026年，全区咖啡种植面积稳定在18万亩，精品咖啡豆产量达到3000吨，"
            "咖啡综合产值突破60亿元，比上年增长12%。",
        ),
        (1, "重点任务"),
        (2, "推进种植基地提质"),
        (
            0,
            "改造提升低产咖啡园2万亩，新建精品咖啡庄园10个，咖啡鲜果平均收购价格提高10%以上。"
            "（区农业农村局牵头，区林业和草原局、各乡（镇）人民政府配合）",
        ),
        (2, "提升精深加工水平"),
        (
            0,
            "引进咖啡精深加工企业3家，新增烘焙产能5000吨，精品率提高到25%。"
            "（区工业信息化和科技局牵头，区投资促进局配合）",
        ),
        (2, "拓展市场和品牌"),
        (
            0,
            "办好第五届普洱咖啡生豆大赛，开设咖啡主题店50家，咖啡线上销售额达到8亿元。"
            "（区商务局、区文化和旅游局牵头，区融媒体中心配合）",
        ),
        (1, "保障措施"),
        (
            0,
            "区财政安排咖啡产业发展资金1500万元，对新建庄园、初加工厂给予补助。（区财政局负责）",
        ),
    ]
    for level, text in outline:
        if level:
            doc.add_heading(text, level=level)
        else:
            doc.add_paragraph(text)
    doc.add_paragraph("普洱市思茅区人民政府办公室")
    doc.add_paragraph("2026年2月28日")
    doc.save(str(Path(__file__).parent / "docs" / "simao-coffee-industry-plan-2026.docx"))


def typeface_headed_plan() -> None:
    """A Hunan county's plan for rural tourism (batch 536) typeset as GB/T 9704 sets one: the
    parts' lines told from the body by their face alone (黑体, at the body's 三号), unnumbered;
    the tasks under one part typed 1. 2. 3., each closed by a labelled note; signed at the end."""
    doc = Document()

    def line(text: str, face: str, size: int = 16, centred: bool = False) -> None:
        para = doc.add_paragraph()
        if centred:
            para.alignment = 1
        run = para.add_run(text)
        run.font.name = face
        run.font.size = Pt(size)
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)

    body = "仿宋_GB2312"
    line("江永县2026年乡村旅游高质量发展工作方案", "方正小标宋简体", 22, centred=True)
    line("　　为深入推进文旅融合，促进乡村旅游提质升级，结合我县实际，制定本方案。", body)
    line("发展目标", "黑体")
    line(
        "　　2026年，全县乡村旅游接待游客达到450万人次，实现乡村旅游收入突破30亿元，"
        "新增省级乡村旅游重点村2个。",
        body,
    )
    line("重点任务", "黑体")
    line(
        "　　1.打造精品线路。推出乡村旅游精品线路5条，新建星级农家乐20家。"
        "（牵头单位：县文旅广体局；配合单位：县农业农村局、各乡镇人民政府）",
        body,
    )
    line(
        "　　2.提升服务设施。新建改建旅游厕所15座，新增停车位800个。"
        "（牵头单位：县住建局；配合单位：县交通运输局）",
        body,
    )
    line(
        "　　3.培育特色产品。开发特色农产品伴手礼30种。"
        "（牵头单位：县商务局；配合单位：县市场监管局）",
        body,
    )
    line("保障措施", "黑体")
    line(
        "　　县财政安排乡村旅游发展资金800万元，用于基础设施建设和宣传推介。（责任单位：县财政局）",
        body,
    )
    line("江永县人民政府办公室", body)
    line("2026年3月12日", body)
    doc.save(str(Path(__file__).parent / "docs" / "jiangyong-rural-tourism-plan-2026.docx"))


def _task_list(
    front: tuple[str, ...],
    header: tuple[str, ...],
    rows: Any,
    name: str,
    back: tuple[str, ...] = (),
    merged_down: bool = False,
) -> None:
    """A Word document of front-matter paragraphs, a task table and paragraphs after it (a
    signature); a "\n" in a cell starts a new paragraph of the cell; with ``merged_down``, each
    "^" cell merged with the one above it."""
    doc = Document()
    for text in front:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=len(header))
    fill_rows(table, (header, *rows))
    if merged_down:
        _merge_down(table, rows, 1)
    for text in back:
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / name))


def fill_rows(table: Any, rows: Any, soft_break: str | None = None) -> None:
    """Add ``rows`` to a Word table; a "\n" in a cell's text starts a new paragraph of the
    cell (``soft_break``, where given, a line break inside it: w:br), a row given as one
    string is a section row merged across the table, and a "^" cell is left empty for
    ``_merge_down`` to merge with the one above."""
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
            continue
        for cell, text in zip(cells, row, strict=True):
            if text == "^":
                continue
            first, *rest = text.split("\n")
            cell.text = first
            for more in rest:
                cell.add_paragraph(more)
            if soft_break and soft_break in first:
                cell.text = ""
                line, *lines = first.split(soft_break)
                run = cell.paragraphs[0].add_run(line)
                for more in lines:
                    run.add_break()
                    run = cell.paragraphs[0].add_run(more)


def task_list() -> None:
    front = (
        "莱西市2025年优化营商环境重点任务清单",
        "莱西市优化营商环境工作领导小组办公室",
        "2025年2月20日",
        "为持续打造市场化法治化国际化一流营商环境，现将2025年重点任务分解如下，"
        "各牵头单位要会同配合单位细化措施，按时完成。",
    )
    _task_list(front, HEADER, ROWS, "laixi-business-environment-tasks-2025.docx")


GAOMI_NOTICE = (
    "高密市人民政府办公室关于印发高密市智能制造三年行动方案（2025—2027年）的通知",
    "高政办发〔2025〕5号",
    "各镇人民政府、街道办事处，市政府各部门、单位：",
    "现将《高密市智能制造三年行动方案（2025—2027年）》印发给你们，请认真组织实施。",
    "高密市人民政府办公室",
    "2025年4月15日",
    "高密市智能制造三年行动方案（2025—2027年）",
    "为加快推进制造业智能化改造和数字化转型，制定本方案。",
)
# (level, text): level 0 and 1 are headings numbered through their style, level 2 items
# through the paragraph's own numbering; None is a plain paragraph
GAOMI_BODY = (
    (0, "总体目标"),
    (
        None,
        "到2027年，全市规模以上工业企业数字化改造实现全覆盖，省级以上智能制造示范工厂"
        "达到20家，工业互联网平台连接设备突破5万台。",
    ),
    (0, "重点任务"),
    (
        1,
        "实施数字化改造提升工程。每年实施技术改造项目100个以上，工业技改投资年均增长10%。"
        "（牵头单位：市工业和信息化局；配合单位：市财政局、市科技局）",
    ),
    (1, "培育智能制造标杆"),
    (
        2,
        "建设智能工厂。到2027年，累计培育省级以上智能工厂和数字化车间30家。"
        "（市工业和信息化局负责）",
    ),
    (
        2,
        "推广工业机器人应用。到2027年，新增工业机器人应用1000台（套）。"
        "（市工业和信息化局牵头，市人力资源和社会保障局配合）",
    ),
    (
        1,
        "壮大优势产业集群。做强汽车零部件、纺织服装两大产业集群，到2027年，汽车零部件产业"
        "营业收入突破300亿元，纺织服装产业营业收入达到200亿元。（牵头单位：市工业和信息化局；"
        "配合单位：市发展和改革局、高密经济开发区管委会）",
    ),
    (
        1,
        "强化人才支撑。每年引进培养智能制造领域高技能人才500人以上。"
        "（市人力资源和社会保障局牵头，市教育和体育局、市科技局配合）",
    ),
    (0, "保障措施"),
    (1, "加强组织领导。成立市智能制造推进工作专班，统筹推进各项任务落实。（市工业和信息化局负责）"),
    (1, "加大资金支持。市财政每年安排智能制造专项资金不少于5000万元。（市财政局负责）"),
)
_LEVELS = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))


def _el(tag: str, **attrs: str) -> Any:
    el = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), value)
    return el


def _number(ppr: Any, ilvl: int, num_id: str) -> None:
    """Put a paragraph (or a style) on level ``ilvl`` of list ``num_id``; python-docx's
    get_or_add keeps the schema's element order, which Word insists on."""
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = int(num_id)


def _abstract_list(doc: Any, abstract_id: str, levels: tuple[tuple[str, str], ...]) -> None:
    """Add a list definition to the document's numbering: one (format, text) a level —
    (chineseCounting, 「%1、」), (chineseCounting, 「（%2）」), (decimal, 「%3.」)."""
    numbering = doc.part.numbering_part.element
    abstract = _el("w:abstractNum", abstractNumId=abstract_id)
    if len(levels) > 1:
        abstract.append(_el("w:multiLevelType", val="multilevel"))
    for ilvl, (fmt, text) in enumerate(levels):
        lvl = _el("w:lvl", ilvl=str(ilvl))
        lvl.append(_el("w:start", val="1"))
        lvl.append(_el("w:numFmt", val=fmt))
        lvl.append(_el("w:suff", val="nothing"))
        lvl.append(_el("w:lvlText", val=text))
        abstract.append(lvl)
    # abstractNum elements come before num elements in numbering.xml
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)


def _list_instance(doc: Any, num_id: str, abstract_id: str, restart: bool) -> None:
    """Add a list (``num_id``) of a list definition; ``restart``: its first level counts
    from 1 again (a start override), as WPS starts each part's （一） anew."""
    num = _el("w:num", numId=num_id)
    num.append(_el("w:abstractNumId", val=abstract_id))
    if restart:
        override = _el("w:lvlOverride", ilvl="0")
        override.append(_el("w:startOverride", val="1"))
        num.append(override)
    doc.part.numbering_part.element.append(num)


def _multilevel_list(doc: Any) -> str:
    """Add a multilevel list (一、 / （一） / 1.) to the document's numbering; its numId."""
    _abstract_list(doc, "90", _LEVELS)
    _list_instance(doc, "90", "90", restart=False)
    return "90"


def list_numbered_plan(notice: tuple[str, ...], body: Any) -> Any:
    """A plan whose headings a Word multilevel list numbers: ``notice``'s paragraphs, then
    ``body``'s (level, text) — 0 and 1 headings numbered 一、 and （一） through the heading
    styles, 2 an item numbered 1. on the paragraph, None a plain paragraph."""
    doc = Document()
    num_id = _multilevel_list(doc)
    for ilvl, style in enumerate(("Heading 1", "Heading 2")):
        _number(doc.styles[style].element.get_or_add_pPr(), ilvl, num_id)
    for text in notice:
        doc.add_paragraph(text)
    for level, text in body:
        if level is None:
            doc.add_paragraph(text)
        elif level < 2:
            doc.add_paragraph(text, style=("Heading 1", "Heading 2")[level])
        else:
            _number(doc.add_paragraph(text)._p.get_or_add_pPr(), 2, num_id)
    return doc


def auto_numbered_plan() -> None:
    doc = list_numbered_plan(GAOMI_NOTICE, GAOMI_BODY)
    doc.save(str(Path(__file__).parent / "docs" / "gaomi-smart-manufacturing-plan-2025-2027.docx"))


CHANGLE_HEADER = ("序号", "重点任务", "目标要求", "牵头单位", "配合单位", "完成时限")
# a str is a section row merged across the table; "^" merges a cell with the one above
CHANGLE_ROWS: tuple[str | tuple[str, ...], ...] = (
    "一、壮大主导产业",
    (
        "1",
        "做大装备制造产业",
        "装备制造产业营业收入达到260亿元",
        "县工业和信息化局",
        "县发展和改革局",
        "2025年12月底前",
    ),
    ("2", "培育新材料产业", "新材料产业产值增长15%以上", "^", "县科技局、县商务局", "^"),
    (
        "3",
        "发展食品加工产业",
        "新增规上食品加工企业5家",
        "县农业农村局",
        "县工业和信息化局、县市场监管局",
        "^",
    ),
    "二、强化要素保障",
    (
        "4",
        "保障项目用地",
        "供应工业用地3000亩以上",
        "县自然资源和规划局",
        "各镇（街道）",
        "2025年12月底前",
    ),
    ("5", "盘活闲置土地", "处置批而未供和闲置土地1500亩", "^", "县财政局", "2025年10月底前"),
    (
        "6",
        "加大金融支持",
        "新增制造业贷款20亿元",
        "县财政局",
        "人民银行昌乐县支行、各银行业金融机构",
        "2025年12月底前",
    ),
)


def _merge_down(table: Any, rows: Any, first: int) -> None:
    """Merge each "^" cell of ``rows`` (written from table row ``first`` on) with the cell
    above it (python-docx writes w:vMerge); a str row is a section row, merged across."""
    for i, row in enumerate(rows, start=first):
        if isinstance(row, str):
            continue
        for j, text in enumerate(row):
            if text == "^":
                table.cell(i - 1, j).merge(table.cell(i, j))


def merged_task_table() -> None:
    doc = Document()
    doc.add_paragraph("昌乐县2025年工业经济重点工作任务分解表")
    table = doc.add_table(rows=1 + len(CHANGLE_ROWS), cols=len(CHANGLE_HEADER))
    for cell, text in zip(table.rows[0].cells, CHANGLE_HEADER, strict=True):
        cell.text = text
    for i, row in enumerate(CHANGLE_ROWS, start=1):
        cells = table.rows[i].cells
        if isinstance(row, str):
            cells[0].merge(cells[-1]).text = row
            continue
        for j, text in enumerate(row):
            if text == "^":
                continue
            cells[j].text = text
    _merge_down(table, CHANGLE_ROWS, 1)
    doc.add_paragraph("昌乐县人民政府办公室")
    doc.add_paragraph("2025年2月26日")
    doc.save(str(Path(__file__).parent / "docs" / "changle-industry-tasks-2025.docx"))


GUANGRAO_TOP = (
    "广饶县橡胶轮胎产业高质量发展三年行动方案（2025—2027年）",
    "广饶县人民政府办公室",
    "2025年5月6日",
    "为推动橡胶轮胎产业转型升级、高质量发展，制定本方案。",
    "一、发展目标",
    "到2027年，全县橡胶轮胎产业营业收入突破1200亿元，高性能子午线轮胎占比达到85%以上。"
    "主要指标及责任分工见下表。",
)
GUANGRAO_TABLE = (
    ("序号", "指标名称", "单位", "2024年基数", "2025年", "2026年", "2027年", "责任单位"),
    ("1", "橡胶轮胎产业营业收入", "亿元", "920", "1000", "1100", "1200", "县工业和信息化局"),
    ("2", "规上轮胎企业研发投入占比", "%", "2.1", "2.3", "2.5", "2.8", "县科技局"),
    ("3", "轮胎出口额", "亿美元", "210", "230", "250", "270", "县商务局、县工业和信息化局"),
    ("4", "单位工业增加值能耗下降", "%", "—", "3", "3", "3", "县发展和改革局"),
)
GUANGRAO_REST = (
    "二、重点任务",
    "（一）推进智能化改造。实施轮胎企业智能化改造，2025年完成15家，2026年完成30家，"
    "2027年规上轮胎企业实现全覆盖。（责任单位：县工业和信息化局）",
    "（二）培育绿色轮胎品牌。到2026年，培育国家级绿色工厂5家，绿色轮胎产量占比达到70%。"
    "（县工业和信息化局牵头，县市场监管局配合）",
    "（三）拓展国际市场。支持企业在海外建设生产基地，2025年新增海外仓3个。（县商务局负责）",
    "三、保障措施",
    "（一）强化要素保障。县财政每年安排橡胶轮胎产业发展专项资金3000万元。（县财政局负责）",
)


def indicator_table_by_year() -> None:
    doc = Document()
    for text in GUANGRAO_TOP:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=len(GUANGRAO_TABLE[0]))
    for row in GUANGRAO_TABLE:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for text in GUANGRAO_REST:
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "guangrao-tyre-industry-plan-2025-2027.docx"))


YIYUAN_TOP = ("沂源县2025年优化营商环境工作要点", "沂源县人民政府办公室", "2025年3月10日")
# (part, items): each part's heading numbered by one list, its items by a list of their own
YIYUAN_PARTS = (
    (
        "提升政务服务效能",
        (
            "深化“高效办成一件事”改革。新增“一件事”集成服务20项，政务服务事项网上可办率达到98%以上。"
            "（牵头单位：县行政审批服务局；配合单位：县直有关部门）",
            "推进涉企证照“一照通行”。企业开办时间压缩至0.5个工作日以内。（县行政审批服务局负责）",
        ),
    ),
    (
        "优化市场环境",
        (
            "加强公平竞争审查。清理妨碍统一市场和公平竞争的政策措施，抽查文件50件以上。"
            "（县市场监管局牵头，县司法局配合）",
            "强化要素保障。新增普惠小微贷款8亿元，供应工业用地1500亩。"
            "（县地方金融服务中心、县自然资源局按职责分工负责）",
        ),
    ),
    (
        "强化法治保障",
        ("规范涉企执法。涉企行政检查次数下降20%。（县司法局牵头，县直各执法部门配合）",),
    ),
)


def wps_numbered_points() -> None:
    doc = Document()
    _abstract_list(doc, "91", (("chineseCounting", "%1、"),))
    _abstract_list(doc, "92", (("chineseCounting", "（%1）"),))
    _list_instance(doc, "91", "91", restart=False)
    for text in YIYUAN_TOP:
        doc.add_paragraph(text)
    for k, (part, items) in enumerate(YIYUAN_PARTS):
        _number(doc.add_paragraph(part)._p.get_or_add_pPr(), 0, "91")
        num_id = str(92 + k)  # a new instance of the （一） list for each part
        _list_instance(doc, num_id, "92", restart=True)
        for item in items:
            _number(doc.add_paragraph(item)._p.get_or_add_pPr(), 0, num_id)
    doc.save(str(Path(__file__).parent / "docs" / "yiyuan-business-environment-points-2025.docx"))


RONGCHENG_HEADER = ("序号", "重点任务", "工作目标", "责任单位", "完成时限")
RONGCHENG_ROWS = (
    (
        "1",
        "推进海洋牧场提质升级，建设深远海智能养殖平台。",
        "新增省级以上海洋牧场示范区2处，深远海养殖水体达到10万立方米。",
        "牵头：市海洋发展局\n配合：市财政局、市自然资源局",
    ),
    (
        "2",
        "做强海洋食品精深加工，推动海洋食品加工企业技术改造。",
        "海洋食品产业营业收入突破600亿元，新增规模以上海洋食品加工企业8家。",
        "市工业和信息化局牵头，市海洋发展局、市科技局配合",
    ),
    (
        "3",
        "拓展水产品国内外市场，支持企业参加国内外展会。",
        "参加国内外展会20场次，水产品出口额增长10%。",
        "市商务局",
    ),
    (
        "4",
        "发展渔家乐和海洋文化旅游，打造精品民宿集群。",
        "新增精品民宿50家，接待游客突破800万人次。",
        "市文化和旅游局（牵头）\n各镇（街道）",
    ),
    (
        "5",
        "强化产业链金融支持，开展“链上贷”融资对接活动。",
        "全年新增产业链贷款5亿元。",
        "牵头：市地方金融服务中心",
    ),
    (
        "6",
        "加强冷链物流设施建设，新建改造冷库。",
        "新增冷库库容10万吨。",
        "市交通运输局 市商务局",
    ),
)


def chain_task_list() -> None:
    front = (
        "荣成市2025年海洋食品产业链重点任务清单",
        "荣成市海洋食品产业链链长制工作办公室",
        "2025年3月6日",
    )
    rows = [(*row, "2025年12月底前") for row in RONGCHENG_ROWS]
    _task_list(front, RONGCHENG_HEADER, rows, "rongcheng-marine-food-chain-tasks-2025.docx")


# "|" marks a soft line break (Shift+Enter) inside a paragraph
YINAN = (
    "关于加快推进县域工业高质量发展的实施意见",
    "各乡镇人民政府、街道办事处，县政府各部门，各有关单位：",
    "为加快推进新型工业化，推动县域工业高质量发展，现提出如下实施意见。",
    "一、发展目标",
    "到2025年，全县规模以上工业|营业收入突破300亿元，规模以上工业企业达到260家，"
    "高新技术企业达到80家。",
    "二、重点任务",
    "（一）壮大主导产业集群。做强食品加工、纺织服装两大主导产业，食品加工产业营业收入达到"
    "120亿元。（牵头单位：县工业和信息化局；配合单位：县发展和改革局、县商务局）",
    "（二）推进企业技术改造。实施技术改造项目50个以上，|完成技改投资30亿元。"
    "（牵头单位：县工业和信息化局；配合单位：县财政局）",
    "（三）培育优质企业梯队。新培育省级“专精特新”企业10家、“瞪羚”企业3家。"
    "（责任单位：县工业和信息化局、县科技局）",
    "（四）强化用地保障。盘活低效工业用地2000亩，新增工业用地1500亩。|"
    "（牵头单位：县自然资源局；配合单位：各乡镇（街道））",
    "三、保障措施",
    "县财政每年安排工业发展专项资金5000万元，对重点项目给予支持。（责任单位：县财政局）",
    "沂南县人民政府",
    "2025年2月18日",
    "（此件公开发布）",
)


def red_head_opinions() -> None:
    doc = Document()
    head = doc.add_table(rows=2, cols=1)
    head.rows[0].cells[0].text = "沂南县人民政府文件"
    head.rows[1].cells[0].text = "沂政发〔2025〕3号"
    for text in YINAN:
        first, *rest = text.split("|")
        para = doc.add_paragraph()
        run = para.add_run(first)
        for more in rest:
            run.add_break()  # a soft line break (w:br), not a new paragraph
            run = para.add_run(more)
    doc.save(
        str(Path(__file__).parent / "docs" / "yinan-industrial-development-opinions-2025.docx")
    )


QUFU_TOP = (
    "曲阜市国民经济和社会发展第十五个五年规划纲要",
    "（2026年2月10日曲阜市第十九届人民代表大会第六次会议批准）",
    "曲阜市人民政府",
    "第一章 发展基础",
    "“十四五”时期，全市地区生产总值年均增长5.8%，2025年达到420亿元；一般公共预算收入达到32亿元。",
    "第二章 发展目标",
    "第一节 主要目标",
    "到二〇三〇年，全市地区生产总值突破550亿元，文化旅游综合收入达到300亿元。",
    "第二节 主要指标",
    "表1 曲阜市“十五五”时期经济社会发展主要指标",
)
# "^" merges a cell with the one above
QUFU_TABLE = (
    ("类别", "指标", "单位", "2025年", "2030年", "年均增长〔累计〕", "属性"),
    ("经济发展", "地区生产总值", "亿元", "420", "550", "5.5", "预期性"),
    ("^", "一般公共预算收入", "亿元", "32", "40", "4.6", "预期性"),
    ("创新驱动", "研发经费投入强度", "%", "2.1", "2.8", "—", "预期性"),
    ("民生福祉", "城镇新增就业", "万人", "—", "—", "〔3.5〕", "预期性"),
    ("^", "居民人均可支配收入增长", "%", "—", "—", "与经济增长同步", "预期性"),
    ("绿色生态", "单位地区生产总值能耗降低", "%", "—", "—", "〔完成济宁市下达任务〕", "约束性"),
    ("^", "森林覆盖率", "%", "18.5", "19", "—", "约束性"),
)
QUFU_REST = (
    "第三章 构建现代产业体系",
    "第一节 做强文化旅游产业",
    "推进文旅融合发展，打响“孔子故里·东方圣城”品牌，到2030年接待游客突破2000万人次。",
    "第二节 发展先进制造业",
    "壮大高端装备、生物医药两大主导产业，到2030年规模以上工业营业收入突破600亿元。",
)


def five_year_outline() -> None:
    doc = Document()
    for text in QUFU_TOP:
        doc.add_paragraph(text)
    table = doc.add_table(rows=len(QUFU_TABLE), cols=len(QUFU_TABLE[0]))
    for i, row in enumerate(QUFU_TABLE):
        for j, text in enumerate(row):
            if text != "^":
                table.cell(i, j).text = text
    _merge_down(table, QUFU_TABLE, 0)
    for text in QUFU_REST:
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "qufu-15th-five-year-plan-outline.docx"))


BISHAN_FRONT = (
    "重庆市璧山区人民政府办公室",
    "关于印发璧山区2025年制造业高质量发展重点任务分工方案的通知",
    "璧山府办发〔2025〕9号",
    "各镇人民政府、街道办事处，区政府各部门，有关单位：",
    "现将《璧山区2025年制造业高质量发展重点任务分工方案》印发给你们，请各责任领导牵头抓总，"
    "各牵头单位会同配合单位细化措施，确保按期完成。",
    "重庆市璧山区人民政府办公室",
    "2025年2月18日",
    "璧山区2025年制造业高质量发展重点任务分工方案",
)
BISHAN_HEADER = ("序号", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时限")
BISHAN_ROWS = (
    (
        "1",
        "壮大新能源汽车产业集群。推动整车及动力电池项目扩能，新能源汽车产业产值突破600亿元。",
        "王建国\n（区委常委、副区长）",
        "区经济信息委",
        "区发展改革委、区商务委",
        "2025年12月底",
    ),
    (
        "2",
        "发展智能网联汽车。建设智能网联汽车测试道路50公里，新增自动驾驶测试车辆30辆。",
        "王建国\n（区委常委、副区长）",
        "区经济信息委",
        "区交通局、区公安分局",
        "2025年12月底",
    ),
    (
        "3",
        "培育电子信息产业。引进电子信息项目10个，电子信息产业产值增长12%。",
        "李红梅\n（副区长）",
        "区经济信息委",
        "区招商投资促进局",
        "2025年12月底",
    ),
    (
        "4",
        "推进工业园区建设。新建标准厂房50万平方米，盘活闲置工业用地800亩。",
        "李红梅\n（副区长）",
        "区规划自然资源局",
        "区住房城乡建委、璧山高新区管委会",
        "2025年10月底",
    ),
    (
        "5",
        "加快科技创新。新增国家高新技术企业40家，规上工业企业研发机构覆盖率达到60%。",
        "张志强\n（副区长）",
        "区科技局",
        "区经济信息委、区财政局",
        "2025年12月底",
    ),
    (
        "6",
        "强化人才保障。引进培育产业技能人才5000人。",
        "张志强\n（副区长）",
        "区人力社保局",
        "区委组织部、各镇街",
        "2025年12月底",
    ),
    (
        "7",
        "优化营商环境。工业项目审批时限压缩至20个工作日以内。",
        "陈立\n（区政府党组成员）",
        "区政府办公室",
        "区发展改革委、区市场监管局",
        "长期坚持",
    ),
)


def officials_task_list() -> None:
    _task_list(BISHAN_FRONT, BISHAN_HEADER, BISHAN_ROWS, "bishan-manufacturing-tasks-2025.docx")


LIANGSHAN_FRONT = (
    "凉山彝族自治州人民政府办公室",
    "关于印发凉山州2025年清洁能源产业发展重点工作任务分解表的通知",
    "凉府办函〔2025〕21号",
    "各县（市）人民政府，州级有关部门：",
    "现将《凉山州2025年清洁能源产业发展重点工作任务分解表》印发给你们，请认真抓好落实。",
    "凉山彝族自治州人民政府办公室",
    "2025年3月12日",
    "凉山州2025年清洁能源产业发展重点工作任务分解表",
)
LIANGSHAN_HEADER = ("序号", "重点工作", "具体措施", "责任单位", "完成时间")
LIANGSHAN_ROWS = (
    (
        "1",
        "加快水电开发",
        "推进金沙江、雅砻江流域水电项目建设，全年新增水电装机容量200万千瓦。",
        "州能源局（牵头）\n州发展改革委\n相关县（市）人民政府",
        "2025年12月底",
    ),
    (
        "2",
        "推进风光发电",
        "建成光伏发电项目15个，新增光伏装机100万千瓦、风电装机50万千瓦。",
        "州能源局（牵头）\n州自然资源局\n州林草局",
        "2025年12月底",
    ),
    (
        "3",
        "发展钒钛产业",
        "推动钒钛资源综合利用，钒钛产业产值达到120亿元。",
        "州经济和信息化局（牵头）\n州科技局",
        "2025年12月底",
    ),
    (
        "4",
        "培育绿色载能产业",
        "引进绿色载能项目5个，完成投资80亿元。",
        "州投资促进局（牵头）\n州经济和信息化局",
        "2025年11月底",
    ),
    (
        "5",
        "强化电网支撑",
        "新建500千伏变电站2座，建成输电线路300公里。",
        "国网凉山供电公司（牵头）\n州能源局",
        "2025年12月底",
    ),
)


def prefecture_task_list() -> None:
    _task_list(
        LIANGSHAN_FRONT, LIANGSHAN_HEADER, LIANGSHAN_ROWS, "liangshan-clean-energy-tasks-2025.docx"
    )


FENGHUANG_FRONT = (
    "张家港市凤凰镇人民政府",
    "关于印发凤凰镇2025年重点工作任务分解表的通知",
    "凤政发〔2025〕3号",
    "各村（社区），镇各部门、各单位：",
    "现将《凤凰镇2025年重点工作任务分解表》印发给你们，请各分管领导督促指导，"
    "各责任科室、配合单位抓好落实，确保各项任务按时完成。",
    "张家港市凤凰镇人民政府",
    "2025年2月10日",
    "凤凰镇2025年重点工作任务分解表",
)
FENGHUANG_HEADER = ("序号", "工作任务", "目标要求", "分管领导", "责任科室", "配合单位", "完成时限")
FENGHUANG_ROWS = (
    (
        "1",
        "加快先进制造业发展",
        "规上工业总产值增长6%，新增规上工业企业15家。",
        "周明（副镇长）",
        "经济发展局",
        "财政分局、统计站",
        "2025年12月底",
    ),
    (
        "2",
        "推进精密机械产业集聚",
        "引进精密机械项目8个，精密机械产业产值突破120亿元。",
        "周明（副镇长）",
        "经济发展局\n凤凰科创园管理办公室",
        "建设管理局",
        "2025年12月底",
    ),
    (
        "3",
        "发展水蜜桃特色产业",
        "水蜜桃种植面积稳定在1.2万亩，电商销售额达到1.5亿元。",
        "钱芳（党委委员、副镇长）",
        "农村工作局",
        "各村（社区）、镇电商协会",
        "2025年9月底",
    ),
    (
        "4",
        "打造乡村旅游品牌",
        "提升河阳山歌文化旅游区，全年接待游客突破150万人次。",
        "钱芳（党委委员、副镇长）",
        "社会事业局",
        "农村工作局、凤凰文旅公司",
        "2025年12月底",
    ),
    (
        "5",
        "推进城镇更新",
        "完成老旧小区改造6个，新建口袋公园3个。",
        "吴刚（副镇长）",
        "建设管理局",
        "综合行政执法局、各村（社区）",
        "2025年11月底",
    ),
    (
        "6",
        "守牢安全生产底线",
        "开展企业安全生产检查2000家次，生产安全事故起数下降10%。",
        "吴刚（副镇长）",
        "安监局",
        "凤凰派出所、综合行政执法局",
        "全年",
    ),
    (
        "7",
        "加强财政保障",
        "一般公共预算收入完成8.5亿元。",
        "张伟（镇长）",
        "财政分局",
        "党政办",
        "2025年12月底",
    ),
)


def town_task_list() -> None:
    _task_list(
        FENGHUANG_FRONT, FENGHUANG_HEADER, FENGHUANG_ROWS, "fenghuang-town-key-tasks-2025.docx"
    )


MEITAN_FRONT = (
    "湄潭县人民政府办公室",
    "关于印发湄潭县2025年茶产业高质量发展重点工作任务清单的通知",
    "湄府办发〔2025〕7号",
    "各镇人民政府、街道办事处，县直各部门：",
    "现将《湄潭县2025年茶产业高质量发展重点工作任务清单》印发给你们，请各主责单位会同协同单位"
    "细化措施，督导单位定期调度，确保各项任务按时完成。",
    "湄潭县人民政府办公室",
    "2025年3月5日",
    "湄潭县2025年茶产业高质量发展重点工作任务清单",
)
MEITAN_HEADER = ("序号", "工作内容", "主责单位", "协同单位", "督导单位", "时间节点")
MEITAN_ROWS = (
    (
        "1",
        "稳定茶园面积。茶园面积稳定在60万亩，其中投产茶园55万亩。",
        "县农业农村局",
        "县茶产业发展中心、各镇（街道）",
        "县委督查室、县政府督查室",
        "2025年12月",
    ),
    (
        "2",
        "提升加工水平。新建标准化清洁化茶叶加工厂10座，茶叶加工产值达到80亿元。",
        "县工业和信息化局",
        "县茶产业发展中心、县市场监管局",
        "县政府督查室",
        "2025年11月",
    ),
    (
        "3",
        "拓展茶叶销售。新增茶叶出口企业5家，茶叶出口额达到1亿美元。",
        "县商务局",
        "县茶产业发展中心、遵义海关",
        "县委督查室",
        "2025年12月",
    ),
    (
        "4",
        "发展辣椒产业。建设辣椒标准化基地5万亩，辣椒产业产值突破20亿元。",
        "县农业农村局",
        "县供销社",
        "县政府督查室",
        "2025年10月",
    ),
    (
        "5",
        "推动茶旅一体化。打造茶旅融合精品线路3条，茶海景区接待游客突破300万人次。",
        "县文体广电旅游局",
        "县茶产业发展中心、湄江街道办事处",
        "县委督查室",
        "2025年12月",
    ),
    (
        "6",
        "强化金融支持。发放茶产业贷款15亿元。",
        "县地方金融服务中心",
        "人行湄潭县支行、各银行业金融机构",
        "县政府督查室",
        "2025年12月",
    ),
)


def overseen_task_list() -> None:
    _task_list(MEITAN_FRONT, MEITAN_HEADER, MEITAN_ROWS, "meitan-tea-industry-tasks-2025.docx")


BAOHE = (
    "合肥市包河区人民政府",
    "关于印发包河区促进新能源汽车产业高质量发展若干政策的通知",
    "包政〔2025〕8号",
    "各街道办事处、大圩镇人民政府，区直各部门：",
    "现将《包河区促进新能源汽车产业高质量发展若干政策》印发给你们，请认真贯彻执行。",
    "合肥市包河区人民政府",
    "2025年4月2日",
    "包河区促进新能源汽车产业高质量发展若干政策",
    "为加快打造新能源汽车产业集群，制定以下政策。",
    "一、支持整车及关键零部件项目落地",
    "对新落户的整车及动力电池、电驱动系统项目，按设备投资额的10%给予补助，单个项目最高不超过"
    "5000万元。到2026年，全区新能源汽车整车产能达到50万辆。",
    "*责任单位：区发展改革委、区经济和信息化局",
    "二、鼓励企业技术创新",
    "对新认定的国家级企业技术中心，给予一次性奖励200万元。全区新能源汽车领域研发投入每年增长"
    "15%以上。",
    "*责任单位：区科技局",
    "三、促进应用推广",
    "每年在公交、出租、环卫领域推广新能源汽车1000辆。到2027年，全区新建公共充电桩2000个。",
    "*责任单位：区交通运输局、区城乡建设局，各街道、大圩镇配合",
    "四、强化资金保障",
    "区财政每年安排新能源汽车产业发展专项资金3亿元，统筹用于上述政策兑现。",
    "*责任单位：区财政局",
    "本政策自2025年5月1日起施行，有效期3年，由区经济和信息化局负责解释。",
)


def policy_measures() -> None:
    """A paragraph starting with * is set in bold (without the *)."""
    doc = Document()
    for text in BAOHE:
        bold = text.startswith("*")
        doc.add_paragraph().add_run(text.lstrip("*")).bold = bold
    doc.save(str(Path(__file__).parent / "docs" / "baohe-nev-policies-2025.docx"))


WAFANGDIAN_FRONT = (
    "瓦房店市人民政府办公室",
    "关于印发瓦房店市2025年轴承产业高质量发展工作任务分解表的通知",
    "瓦政办发〔2025〕15号",
    "各乡镇人民政府、街道办事处，市政府各部门：",
    "现将《瓦房店市2025年轴承产业高质量发展工作任务分解表》印发给你们，请各牵头单位明确责任人，"
    "按时报送进展情况。",
    "瓦房店市人民政府办公室",
    "2025年3月20日",
    "瓦房店市2025年轴承产业高质量发展工作任务分解表",
)
WAFANGDIAN_HEADER = ("序号", "重点任务", "牵头单位", "配合单位", "责任人", "联系电话", "完成时限")
WAFANGDIAN_ROWS = (
    (
        "1",
        "做强轴承产业集群。轴承产业产值突破260亿元，规上轴承企业达到150家。",
        "市工业和信息化局",
        "市统计局、瓦房店经济开发区管委会",
        "王立新",
        "0411-85612345",
        "2025年12月底",
    ),
    (
        "2",
        "推动轴承企业智能化改造。实施智能化改造项目30个，建成数字化车间10个。",
        "市工业和信息化局",
        "市科技局、市财政局",
        "王立新",
        "0411-85612345",
        "2025年11月底",
    ),
    (
        "3",
        "加强轴承检验检测平台建设。建设国家级轴承质量检验检测中心1个。",
        "市市场监督管理局",
        "市轴承产业发展服务中心",
        "刘洋",
        "13904112233",
        "2025年10月底",
    ),
    (
        "4",
        "拓展轴承国际市场。轴承出口额达到8亿美元，新增出口企业20家。",
        "市商务局",
        "大连海关驻瓦房店办事处",
        "赵敏",
        "0411-85634567",
        "2025年12月底",
    ),
    (
        "5",
        "引育产业人才。引进轴承领域高层次人才50名，培训产业工人3000人次。",
        "市人力资源和社会保障局",
        "市委组织部、各乡镇（街道）",
        "孙丽",
        "15842612345",
        "2025年12月底",
    ),
    (
        "6",
        "强化金融支持。发放轴承企业贷款20亿元。",
        "市金融发展服务中心",
        "人民银行瓦房店市支行、各银行业金融机构",
        "周强",
        "0411-85678901",
        "2025年12月底",
    ),
)


def contacts_task_list() -> None:
    _task_list(
        WAFANGDIAN_FRONT, WAFANGDIAN_HEADER, WAFANGDIAN_ROWS, "wafangdian-bearing-tasks-2025.docx"
    )


GAOPING_FRONT = (
    "高平市人民政府办公室",
    "关于印发高平市2025年重点项目建设工作方案的通知",
    "高政办发〔2025〕8号",
    "各乡镇人民政府、街道办事处，市直各部门：",
    "现将《高平市2025年重点项目建设工作方案》印发给你们，请认真贯彻落实。",
    "高平市人民政府办公室",
    "2025年2月25日",
)
GAOPING_BOX_TOP = (
    "高平市2025年重点项目建设工作方案",
    "一、工作目标",
    "全年实施重点项目150个，完成投资200亿元以上，其中新开工项目80个。",
    "二、重点任务",
)
GAOPING_TABLE = (
    ("序号", "重点任务", "牵头单位", "配合单位"),
    (
        "1",
        "加快煤层气开发利用。新增煤层气产能3亿立方米，煤层气产量达到8亿立方米。",
        "市能源局",
        "市自然资源局、市发展和改革局",
    ),
    (
        "2",
        "推进装备制造项目。实施装备制造项目20个，装备制造业产值增长10%。",
        "市工业和信息化局",
        "高平经济技术开发区管委会",
    ),
    (
        "3",
        "打造文旅融合项目。建成炎帝陵文化旅游区提升工程，接待游客突破600万人次。",
        "市文化和旅游局",
        "神农镇人民政府",
    ),
    (
        "4",
        "强化项目要素保障。新增建设用地2000亩，争取专项债券资金15亿元。",
        "市自然资源局",
        "市财政局、市发展和改革局",
    ),
)
GAOPING_BOX_BOTTOM = (
    "三、保障措施",
    "市财政每年安排项目前期经费3000万元。（责任单位：市财政局）",
)


def boxed_plan() -> None:
    """The notice in paragraphs, the plan in a table of one cell (a bordered box), its task
    table nested in that cell between paragraphs."""
    doc = Document()
    for text in GAOPING_FRONT:
        doc.add_paragraph(text)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    cell.text = GAOPING_BOX_TOP[0]
    for text in GAOPING_BOX_TOP[1:]:
        cell.add_paragraph(text)
    inner = cell.add_table(rows=0, cols=len(GAOPING_TABLE[0]))
    for row in GAOPING_TABLE:
        for c, text in zip(inner.add_row().cells, row, strict=True):
            c.text = text
    for text in GAOPING_BOX_BOTTOM:
        cell.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "gaoping-key-projects-plan-2025.docx"))


LIUYANG_FRONT = (
    "浏阳市2025年重点工作季度推进计划表",
    "浏阳市人民政府办公室",
    "2025年1月24日",
)
LIUYANG_HEADER = ("序号", "重点任务", "责任单位", "一季度", "二季度", "三季度", "四季度")
LIUYANG_ROWS = (
    (
        "1",
        "推动花炮产业转型升级",
        "市花炮产业服务中心",
        "完成企业技改10家",
        "完成企业技改25家",
        "完成企业技改40家",
        "完成企业技改60家，花炮产业产值达到300亿元",
    ),
    (
        "2",
        "壮大生物医药产业",
        "浏阳经济技术开发区管委会",
        "引进项目3个",
        "引进项目6个",
        "引进项目9个",
        "引进项目12个，生物医药产业营业收入增长15%",
    ),
    (
        "3",
        "发展乡村旅游",
        "市文化旅游广电体育局",
        "举办乡村旅游节会2场",
        "—",
        "新增星级农家乐10家",
        "乡村旅游接待游客突破1000万人次",
    ),
    (
        "4",
        "优化营商环境",
        "市政务服务局",
        "—",
        "企业开办时间压缩至1个工作日以内",
        "—",
        "政务服务事项网上可办率达到100%",
    ),
)


def quarterly_task_list() -> None:
    _task_list(LIUYANG_FRONT, LIUYANG_HEADER, LIUYANG_ROWS, "liuyang-quarterly-tasks-2025.docx")


BAOJI_FRONT = (
    "宝鸡市人民政府",
    "关于印发宝鸡市支持钛及钛合金产业发展若干措施的通知",
    "宝政发〔2025〕6号",
    "各县区人民政府，市政府各工作部门、直属机构：",
    "现将《宝鸡市支持钛及钛合金产业发展若干措施》印发给你们，请认真贯彻执行。",
    "宝鸡市人民政府",
    "2025年3月12日",
    "宝鸡市支持钛及钛合金产业发展若干措施",
    "为做强钛产业，打造“中国钛谷”，制定以下措施。",
)
BAOJI_ARTICLES = (
    "支持企业扩能。对新建钛材深加工项目，按设备投资额的8%给予补助，最高500万元。到2025年，"
    "全市钛材产量达到10万吨。（责任单位：市工业和信息化局）",
    "鼓励技术创新。每年安排钛产业技术攻关资金5000万元，新培育钛产业高新技术企业20家。"
    "（责任单位：市科技局、市财政局）",
    "拓展市场应用。推动钛材在化工、海洋、医疗等领域应用，钛产业产值突破800亿元。"
    "（牵头单位：市商务局；配合单位：宝鸡高新区管委会）",
    "本措施自2025年4月1日起施行，由市工业和信息化局负责解释。",
)


def word_numbered_articles() -> None:
    """The articles numbered by a Word list whose level draws 第一条, 第二条 …"""
    doc = Document()
    for text in BAOJI_FRONT:
        doc.add_paragraph(text)
    _abstract_list(doc, "91", (("chineseCounting", "第%1条"),))
    _list_instance(doc, "91", "91", restart=False)
    for text in BAOJI_ARTICLES:
        p = doc.add_paragraph(text)
        _number(p._p.get_or_add_pPr(), 0, "91")
    doc.save(str(Path(__file__).parent / "docs" / "baoji-titanium-measures-2025.docx"))


PUER_FRONT = (
    "普洱市人民政府办公室",
    "关于印发普洱市2025年咖啡产业高质量发展重点任务清单的通知",
    "普政办发〔2025〕10号",
    "各县（区）人民政府，市直各部门：",
    "为加快推进咖啡产业高质量发展，现将《普洱市2025年咖啡产业高质量发展重点任务清单》印发给"
    "你们，请认真抓好落实。",
    "普洱市人民政府办公室",
    "2025年2月21日",
    "普洱市2025年咖啡产业高质量发展重点任务清单",
)
PUER_HEADER = ("序号", "重点任务", "具体措施", "责任单位", "完成时限")
PUER_ROWS = (
    ("1", "扩大优质咖啡种植", "新建精品咖啡示范基地5个。", "市农业农村局", "2025年12月"),
    ("1", "扩大优质咖啡种植", "改造提升低效咖啡园3万亩。", "市林业和草原局", "2025年12月"),
    ("2", "提升咖啡加工能力", "引进咖啡精深加工企业5家。", "市投资促进局", "2025年10月"),
    ("2", "提升咖啡加工能力", "咖啡加工产值达到60亿元。", "市工业和信息化局", "2025年12月"),
    ("3", "打造咖啡区域品牌", "举办咖啡文化节1次。", "市文化和旅游局", "2025年11月"),
)


def merged_task_rows() -> None:
    """序号 and 重点任务 merged down over the rows of one task's measures (as Word merges
    them: one cell spanning the rows, its text written once)."""
    doc = Document()
    for text in PUER_FRONT:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1 + len(PUER_ROWS), cols=len(PUER_HEADER))
    for c, text in zip(table.rows[0].cells, PUER_HEADER, strict=True):
        c.text = text
    for r, row in enumerate(PUER_ROWS, 1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for first, last in ((1, 2), (3, 4)):
        for col in (0, 1):
            text = table.cell(first, col).text
            merged = table.cell(first, col).merge(table.cell(last, col))
            merged.text = text
    doc.save(str(Path(__file__).parent / "docs" / "puer-coffee-tasks-2025.docx"))


HUNCHUN_FRONT = (
    "珲春市人民政府办公室",
    "关于印发珲春市2025年口岸经济发展重点任务清单的通知",
    "珲政办发〔2025〕11号",
    "各乡（镇）人民政府、街道办事处，市政府各部门，各直属机构：",
    "现将《珲春市2025年口岸经济发展重点任务清单》印发给你们，请结合实际认真抓好落实。",
    "珲春市人民政府办公室",
    "2025年4月3日",
)
HUNCHUN_TITLE = "珲春市2025年口岸经济发展重点任务清单"
HUNCHUN_HEADER = ("序号", "重点任务", "工作目标", "责任领导", "牵头单位", "配合单位", "完成时限")
HUNCHUN_ROWS = (
    (
        "1",
        "提升口岸通关效率",
        "口岸进出口货运量达到500万吨，进出境人员突破120万人次",
        "李建国",
        "市口岸办",
        "珲春海关、珲春边检站、市交通运输局",
        "2025年12月底",
    ),
    (
        "2",
        "发展跨境电商",
        "跨境电商交易额增长30%，新培育跨境电商企业20家",
        "金光日",
        "市商务局",
        "市邮政管理局\n珲春边境经济合作区管委会",
        "2025年12月底",
    ),
    (
        "3",
        "壮大海产品加工产业",
        "海产品加工产值突破100亿元，新增规模以上企业5家",
        "金光日",
        "市工业和信息化局",
        "市商务局、市农业农村局",
        "2025年11月底",
    ),
    (
        "4",
        "推进中俄互市贸易",
        "互市贸易额达到15亿元",
        "李建国",
        "市商务局",
        "市市场监督管理局、各乡（镇）",
        "2025年10月底",
    ),
    (
        "5",
        "建设口岸物流园",
        "完成投资8亿元",
        "朴成浩",
        "市发展和改革局",
        "市自然资源局、市住房和城乡建设局",
        "2025年12月底",
    ),
    (
        "6",
        "加强要素保障",
        "争取中省资金3亿元",
        "朴成浩",
        "市财政局",
        "市发展和改革局、延边州商务局",
        "2025年12月底",
    ),
)


def titled_task_table() -> None:
    """A task list whose table carries its own title in a first row merged across it,
    a 工作目标 column beside the task and the leader answerable for each row."""
    doc = Document()
    for text in HUNCHUN_FRONT:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=len(HUNCHUN_HEADER))
    title = table.cell(0, 0).merge(table.cell(0, len(HUNCHUN_HEADER) - 1))
    title.text = HUNCHUN_TITLE
    fill_rows(table, (HUNCHUN_HEADER, *HUNCHUN_ROWS))
    doc.save(str(Path(__file__).parent / "docs" / "hunchun-port-economy-tasks-2025.docx"))


KUNSHAN_FRONT = (
    "昆山市人民政府办公室",
    "关于印发昆山市2025年科技创新重点任务清单的通知",
    "昆政办发〔2025〕6号",
    "各区镇人民政府，市各委办局，各直属单位：",
    "现将《昆山市2025年科技创新重点任务清单》印发给你们，请认真组织实施。",
    "昆山市人民政府办公室",
    "2025年1月27日",
    "昆山市2025年科技创新重点任务清单",
)
KUNSHAN_HEADER = ("序号", "工作任务", "责任单位", "进度安排")
KUNSHAN_ROWS = (
    "一、创新主体培育",
    (
        "1",
        "新增高新技术企业300家，高新技术产业产值占规上工业总产值比重达到55%。",
        "市科技局（牵头）\n市财政局\n市税务局",
        "3月底前出台培育计划；12月底前完成年度认定",
    ),
    (
        "2",
        "建设昆山半导体产业创新中心，引进半导体项目10个。",
        "市发改委（牵头）\n昆山开发区管委会",
        "6月底前完成中心挂牌；12月底前引进项目10个",
    ),
    "二、产业创新升级",
    (
        "3",
        "推动电子信息企业智能化改造，实施智能化改造项目200个。",
        "市工信局（牵头）\n各区镇",
        "每季度末报送进展",
    ),
    (
        "4",
        "壮大新能源汽车产业，新能源汽车产量突破20万辆。",
        "市工信局（牵头）\n市商务局\n昆山高新区管委会",
        "12月底前完成",
    ),
)


def milestones_task_list() -> None:
    """A task list whose 进度安排 column sets each row's milestones by month, section rows
    merged across, each 责任单位 cell one body a line with the lead marked （牵头）."""
    _task_list(KUNSHAN_FRONT, KUNSHAN_HEADER, KUNSHAN_ROWS, "kunshan-innovation-tasks-2025.docx")


YONGQIAO_FRONT = (
    "宿州市埇桥区人民政府办公室",
    "关于印发埇桥区2025年农业农村重点任务分解表的通知",
    "埇政办秘〔2025〕12号",
    "各乡镇人民政府、街道办事处，区直各单位：",
    "现将《埇桥区2025年农业农村重点任务分解表》印发给你们，请认真抓好落实。",
    "宿州市埇桥区人民政府办公室",
    "2025年2月26日",
    "埇桥区2025年农业农村重点任务分解表",
)
YONGQIAO_HEADER = ("序号", "重点任务", "具体措施", "牵头单位", "责任单位", "完成时限")
YONGQIAO_ROWS = (
    (
        "一",
        "壮大农产品加工业",
        "1.新增规模以上农产品加工企业10家。\n2.农产品加工业产值突破300亿元。",
        "区农业农村局",
        "区工业和信息化局、区商务局",
        "2025年12月底",
    ),
    (
        "二",
        "发展现代物流",
        "1.建成区级物流分拨中心1个。\n2.快递业务量增长10%以上。",
        "区发展和改革委员会",
        "区交通运输局、区邮政管理局",
        "2025年12月底",
    ),
    (
        "三",
        "推进乡村旅游",
        "1.打造乡村旅游精品线路3条。\n2.接待游客突破500万人次。",
        "区文化旅游体育局",
        "各乡镇人民政府、街道办事处",
        "2025年11月底",
    ),
)


def numbered_measures_task_list() -> None:
    """A task list numbered 一、二 in its 序号 column whose 具体措施 cells hold numbered
    lines (1. … 2. …)."""
    _task_list(
        YONGQIAO_FRONT, YONGQIAO_HEADER, YONGQIAO_ROWS, "yongqiao-agriculture-tasks-2025.docx"
    )


QIANAN_FRONT = (
    "迁安市人民政府办公室",
    "关于印发迁安市2025年钢铁产业转型升级重点任务分解表的通知",
    "迁政办字〔2025〕9号",
    "各乡镇人民政府、街道办事处，市政府各部门：",
    "现将《迁安市2025年钢铁产业转型升级重点任务分解表》印发给你们，请各牵头单位会同配合单位"
    "细化措施，确保按期完成。",
    "迁安市人民政府办公室",
    "2025年3月14日",
    "迁安市2025年钢铁产业转型升级重点任务分解表",
)
QIANAN_HEADER = ("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限")
QIANAN_ROWS = (
    (
        "1",
        "推动钢铁产业转型升级",
        "实施钢铁企业超低排放改造提升，完成改造项目6个。",
        "市工业和信息化局",
        "市生态环境局",
        "2025年10月底前",
    ),
    (
        "",
        "",
        "推进钢铁精深加工，精品钢材比重提高到60%以上。",
        "市工业和信息化局",
        "市发展和改革局",
        "2025年12月底前",
    ),
    (
        "2",
        "培育新材料产业",
        "引进高性能合金、新型建材项目8个，新材料产业产值突破150亿元。",
        "市发展和改革局",
        "市投资促进中心",
        "2025年12月底前",
    ),
    (
        "",
        "",
        "建设新材料产业园，完成基础设施投资5亿元。",
        "迁安经济开发区管委会",
        "市自然资源和规划局",
        "2025年12月底前",
    ),
    (
        "3",
        "发展现代物流",
        "建设北部物流园，新增铁路专用线2条，现代物流业营业收入增长8%。",
        "市交通运输局",
        "市商务局、各乡镇（街道）",
        "2025年12月底前",
    ),
    (
        "4",
        "推进文旅融合发展",
        "打造工业旅游示范点3个，全年接待游客达到600万人次。",
        "市文化广电和旅游局",
        "各乡镇（街道）",
        "2025年12月底前",
    ),
    (
        "",
        "",
        "举办山叶口文化旅游节等节会活动10场次。",
        "市文化广电和旅游局",
        "市财政局",
        "2025年9月底前",
    ),
    (
        "5",
        "强化要素保障",
        "统筹安排产业发展资金2亿元，支持重点项目建设。",
        "市财政局",
        "市直有关部门",
        "2025年12月底前",
    ),
)


def continuation_rows_task_list() -> None:
    """The rows of a task's measures after its first leave 序号 and 重点任务 empty, as a
    spreadsheet pasted into Word leaves them (no merged cells)."""
    _task_list(
        QIANAN_FRONT, QIANAN_HEADER, QIANAN_ROWS, "qianan-steel-transformation-tasks-2025.docx"
    )


JINZHOU_FRONT = (
    "大连市金州区人民政府办公室",
    "关于印发金州区2025年优化营商环境重点任务清单的通知",
    "各街道办事处，区政府各部门：",
    "现将《金州区2025年优化营商环境重点任务清单》印发给你们，请认真抓好落实。",
    "大连市金州区人民政府办公室",
    "2025年3月3日",
    "金州区2025年优化营商环境重点任务清单",
)
JINZHOU_HEADER = ("序号", "重点任务", "具体内容", "责任单位", "完成时限", "备注")
JINZHOU_ROWS = (
    ("一", "提升政务服务效能", "", "", "", ""),
    (
        "1",
        "推进“高效办成一件事”",
        "新增“一件事”集成服务事项20项，企业开办时间压缩至1个工作日以内。",
        "区营商环境建设局（牵头）、区市场监督管理局",
        "2025年6月底前",
        "",
    ),
    (
        "2",
        "深化“一网通办”",
        "政务服务事项网上可办率达到98%以上。",
        "区营商环境建设局、区大数据中心",
        "2025年12月底前",
        "",
    ),
    ("二", "优化要素保障", "", "", "", ""),
    (
        "1",
        "强化金融服务",
        "新增普惠小微贷款20亿元，开展政银企对接活动30场次。",
        "区金融发展局（牵头）、人民银行金州支行",
        "2025年12月底前",
        "",
    ),
    (
        "2",
        "保障项目用地",
        "盘活闲置低效用地2000亩。",
        "区自然资源分局",
        "2025年12月底前",
        "持续推进",
    ),
)


def section_rows_task_list() -> None:
    """A task list whose sections are rows of their own, not merged across the table: 一 in
    序号 and the section's name in the task column, the other cells empty; each section's
    rows numbered again from 1."""
    _task_list(
        JINZHOU_FRONT, JINZHOU_HEADER, JINZHOU_ROWS, "jinzhou-business-environment-tasks-2025.docx"
    )


XINGTAI_ROWS = (
    (
        "1",
        "深化“一件事一次办”改革，新增集成办理事项20项，企业开办时间压缩至0.5个工作日以内。",
        "市行政审批局*、市市场监管局、市公安局",
        "2026年6月底前",
    ),
    (
        "2",
        "提升数据中心能效水平，新建数据中心PUE值降至1.25以下，全市政务数据共享率达到95%。",
        "市数据和政务服务局*、市发展改革委",
        "2026年12月底前",
    ),
    (
        "3",
        "加大惠企政策兑现力度，推行“免申即享”政策清单100项以上。",
        "市发展改革委*、市财政局、市税务局",
        "2026年9月底前",
    ),
    (
        "4",
        "优化水电气暖报装服务，低压小微企业用电报装“零投资”，办理时间压缩至15个工作日。",
        "国网邢台供电公司*、市城市管理综合行政执法局",
        "2026年6月底前",
    ),
    (
        "5",
        "规范涉企执法检查，推行“综合查一次”，涉企行政检查频次同比下降30%。",
        "市司法局*",
        "2026年12月底前",
    ),
    (
        "6",
        "加强营商环境监督，建立营商环境监督员制度，聘请营商环境监督员100名。",
        "市营商环境监督局*、各县（市、区）政府",
        "持续推进",
    ),
)


def starred_leads_task_list() -> None:
    """A task list whose one 责任单位 column marks each row's lead with an asterisk after its
    name (市行政审批局*), a note under the table saying so (注：标注*的为牵头单位，其余为配合单位),
    the issuer and date signed below it."""
    doc = Document()
    doc.add_paragraph("邢台市2026年优化营商环境重点任务清单")
    table = doc.add_table(rows=0, cols=4)
    fill_rows(table, (("序号", "重点任务", "责任单位", "完成时限"), *XINGTAI_ROWS))
    for text in (
        "注：标注*的为牵头单位，其余为配合单位。",
        "邢台市优化营商环境工作领导小组办公室",
        "2026年2月10日",
    ):
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "xingtai-business-environment-tasks-2026.docx"))


MENGCUN_HEADER = (
    "序号",
    "重点任务",
    "县发展和改革局",
    "县工业和信息化局",
    "县商务局",
    "县财政局",
    "各乡镇人民政府",
)
MENGCUN_ROWS = (
    ("1", "推进管道装备产业集群发展，规模以上管道装备企业营业收入增长10%。", "", "★", "", "○", "○"),
    ("2", "建设管道装备检测认证中心1个。", "★", "○", "", "○", ""),
    ("3", "组织企业参加国内外专业展会20场次。", "", "○", "★", "", "○"),
    ("4", "设立管道装备产业发展基金5亿元。", "○", "○", "", "★", ""),
)


def marked_matrix_task_list() -> None:
    """A task list laid out as a matrix: a column for each body, a row for each task, a
    mark in the cells (★ for the lead, ○ for those supporting), a note under the table
    saying what the marks mean."""
    doc = Document()
    for text in ("沧州市孟村回族自治县2026年管道装备产业发展重点任务分工表",):
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=len(MENGCUN_HEADER))
    fill_rows(table, (MENGCUN_HEADER, *MENGCUN_ROWS))
    for text in ("注：★为牵头单位，○为配合单位。", "孟村回族自治县人民政府办公室", "2026年1月20日"):
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "mengcun-pipe-equipment-matrix-2026.docx"))


LITONG_ROWS = (
    (
        "1",
        "奶产业提质增效",
        "新增奶牛存栏1万头，生鲜乳产量达到60万吨。",
        "区农业农村局（马某某）",
        "2026年12月底",
    ),
    (
        "2",
        "新材料产业扩能",
        "引进新材料项目5个，新材料产业产值增长15%。",
        "牵头：区工业和信息化局（李某某）\n配合：区商务局、金积工业园区管委会",
        "2026年11月底",
    ),
    (
        "3",
        "文旅产业提质",
        "接待游客突破500万人次，旅游收入增长10%以上。",
        "区文化旅游体育局\n责任人：杨某某",
        "2026年12月底",
    ),
    (
        "4",
        "老旧小区改造",
        "改造老旧小区20个，惠及居民6000户。",
        "区住房和城乡建设局（王某某）、区自然资源局（张某某）",
        "2026年10月底",
    ),
)


def ledger_task_list() -> None:
    """A district's ledger of tasks (工作台账) whose one column names the bodies and the
    officials answering for them (责任单位及责任人): a name in brackets after its body, a
    labelled line of its own, lead and support lines in the cell."""
    doc = Document()
    doc.add_paragraph("利通区2026年重点工作任务落实台账")
    doc.add_paragraph("为确保2026年各项重点工作落到实处，现将重点工作任务分解如下。")
    table = doc.add_table(rows=0, cols=5)
    header = ("序号", "工作事项", "目标任务", "责任单位及责任人", "完成时限")
    fill_rows(table, (header, *LITONG_ROWS))
    for text in ("吴忠市利通区人民政府办公室", "2026年2月10日"):
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "litong-key-tasks-ledger-2026.docx"))


PANJIN_ROWS = (
    (
        "1",
        "市工业和信息化局",
        "牵头负责专班日常工作，制定产业链年度工作计划，力争2026年全市精细化工产业产值突破600亿元。",
    ),
    (
        "2",
        "市发展和改革委员会",
        "负责产业链重大项目的谋划储备，2026年谋划储备精细化工项目30个以上。",
    ),
    ("3", "市商务局", "负责产业链招商引资，全年引进精细化工项目10个。"),
    ("4", "市生态环境局", "配合做好项目环评审批和化工园区环境监管工作。"),
    ("5", "辽东湾新区管委会", "负责化工园区基础设施建设，新建化工园区管廊15公里。"),
)


def duties_by_body_table() -> None:
    """A task force's table of its member bodies' duties (成员单位职责分工: 序号 | 成员单位 |
    工作职责): a row for each body, the duty saying its role (牵头负责, 负责, 配合)."""
    doc = Document()
    doc.add_paragraph("盘锦市精细化工产业链工作专班成员单位职责分工")
    doc.add_paragraph(
        "为推动精细化工产业链高质量发展，市精细化工产业链工作专班（以下简称专班）各成员单位"
        "职责分工如下。专班办公室设在市工业和信息化局。"
    )
    table = doc.add_table(rows=0, cols=3)
    fill_rows(table, (("序号", "成员单位", "工作职责"), *PANJIN_ROWS))
    for text in ("盘锦市精细化工产业链工作专班办公室", "2026年2月28日"):
        doc.add_paragraph(text)
    doc.save(
        str(Path(__file__).parent / "docs" / "panjin-fine-chemicals-task-force-duties-2026.docx")
    )


HUICHUAN_ROWS = (
    ("1", "高坪街道", "6.5", "8", "5"),
    ("2", "董公寺街道", "6", "7", "3"),
    ("3", "团泽镇", "7", "10", "4"),
)


def targets_by_town_table() -> None:
    """A district's table giving each town its share of the year's goals (主要经济指标目标任务
    分解表: 序号 | 镇（街道） | 地区生产总值增速（%） | …): a row for each town, a column for
    each indicator with its unit in the header."""
    doc = Document()
    doc.add_paragraph("汇川区2026年主要经济指标目标任务分解表")
    doc.add_paragraph("为确保完成2026年全区经济社会发展目标，现将主要经济指标目标任务分解如下。")
    table = doc.add_table(rows=0, cols=5)
    header = (
        "序号",
        "镇（街道）",
        "地区生产总值增速（%）",
        "固定资产投资增速（%）",
        "新增规上工业企业（家）",
    )
    fill_rows(table, (header, *HUICHUAN_ROWS))
    for text in ("遵义市汇川区人民政府办公室", "2026年2月15日"):
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "huichuan-targets-by-town-2026.docx"))


CHENGGU_HEADER = ("类别", "序号", "重点任务", "牵头单位", "配合单位", "完成时限")
CHENGGU_ROWS = (
    (
        "一、扩大有效投资",
        "1",
        "实施重点项目150个，完成投资300亿元。",
        "县发展改革局",
        "县财政局",
        "2026年12月底",
    ),
    ("^", "2", "争取专项债券资金20亿元。", "县财政局", "县发展改革局", "2026年10月底"),
    (
        "二、壮大特色产业",
        "1",
        "新增规上工业企业15家。",
        "县工业和信息化局",
        "县统计局",
        "2026年12月底",
    ),
    ("^", "2", "辣椒产业产值突破50亿元。", "县农业农村局", "各乡镇人民政府", "2026年12月底"),
)


def category_column_task_table() -> None:
    """A task table whose first column names each group of rows (类别, merged down over
    them: 一、扩大有效投资), the rows numbered again from 1 in each group."""
    doc = Document()
    doc.add_paragraph("城固县2026年重点工作任务分解表")
    table = doc.add_table(rows=1 + len(CHENGGU_ROWS), cols=len(CHENGGU_HEADER))
    for cell, text in zip(table.rows[0].cells, CHENGGU_HEADER, strict=True):
        cell.text = text
    for i, row in enumerate(CHENGGU_ROWS, start=1):
        for j, text in enumerate(row):
            if text != "^":
                table.rows[i].cells[j].text = text
    _merge_down(table, CHENGGU_ROWS, 1)
    doc.add_paragraph("城固县人民政府办公室")
    doc.add_paragraph("2026年2月12日")
    doc.save(str(Path(__file__).parent / "docs" / "chenggu-key-tasks-by-category-2026.docx"))


HUANGYAN_TEXT = (
    "黄岩区模具产业高质量发展三年行动计划（2026—2028年）",
    "台州市黄岩区人民政府办公室",
    "2026年4月8日",
    "为加快模具产业转型升级，打造“中国模具之乡”升级版，制定本计划。",
    "一、主要目标",
    "到2028年，全区模具产业产值突破500亿元。分年度目标如下表。",
)
HUANGYAN_ROWS = (
    ("年度", "模具产业产值（亿元）", "规上模具企业（家）", "高新技术企业（家）"),
    ("2026年", "400", "260", "150"),
    ("2027年", "450", "280", "170"),
    ("2028年", "500", "300", "200"),
)
HUANGYAN_AFTER = (
    "二、重点任务",
    "（一）推进数字化改造。实施模具企业数字化改造项目80个。（牵头单位：区经信局；配合单位：区科技局）",
    "（二）培育龙头企业。培育产值超10亿元模具企业5家。（牵头单位：区经信局；配合单位：区发改局）",
    "（三）建设公共服务平台。建成模具检测公共服务平台2个。（牵头单位：区市场监管局；配合单位：区经信局）",
    "三、保障措施",
    "区财政每年安排模具产业专项资金5000万元。（责任单位：区财政局）",
)


def goals_by_year_rows() -> None:
    """A 三年行动计划 whose goals by year are a table with a row for each year and a column
    for each indicator (年度 | 模具产业产值（亿元） | …), units in the header."""
    doc = Document()
    for text in HUANGYAN_TEXT:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=len(HUANGYAN_ROWS[0]))
    fill_rows(table, HUANGYAN_ROWS)
    for text in HUANGYAN_AFTER:
        doc.add_paragraph(text)
    doc.save(
        str(Path(__file__).parent / "docs" / "huangyan-mould-industry-action-plan-2026-2028.docx")
    )


MAIJI_HEADER = ("序号", "重点\n任务", "目标\n要求", "牵头\n单位", "配合\n单位", "完成\n时限")
MAIJI_ROWS = (
    (
        "1",
        "建设高标准果园",
        "新建矮化密植果园1万亩",
        "区果业发展中心",
        "各镇人民政府",
        "2026年10月底",
    ),
    ("2", "推广水肥一体化", "推广水肥一体化技术3万亩", "区果业发展中心", "区水务局", "2026年9月底"),
    ("3", "发展冷链物流", "新建果品冷藏库容5万吨", "区商务局", "区发展和改革局", "2026年12月底"),
    (
        "4",
        "打造区域品牌",
        "举办花牛苹果推介会2场",
        "区农业农村局",
        "区市场监督管理局\n区融媒体中心",
        "2026年11月底",
    ),
)


def wrapped_header_task_list() -> None:
    """A task list whose narrow columns' headers are typed on two lines of their cells
    (牵头 / 单位), as Word users break them to fit."""
    doc = Document()
    doc.add_paragraph("天水市麦积区2026年苹果产业提质增效重点任务清单")
    table = doc.add_table(rows=0, cols=len(MAIJI_HEADER))
    fill_rows(table, (MAIJI_HEADER, *MAIJI_ROWS))
    doc.add_paragraph("天水市麦积区人民政府办公室")
    doc.add_paragraph("2026年3月18日")
    doc.save(str(Path(__file__).parent / "docs" / "maiji-apple-tasks-2026.docx"))


LONGGANG_CARDS = (
    (
        "（一）建设智慧园区",
        (
            ("任务名称", "建设智慧园区"),
            ("目标任务", "新建5G基站200个，园区企业上云率达到80%。"),
            ("牵头单位", "市经济发展局"),
            ("配合单位", "市发展和改革局、市科技局"),
            ("完成时限", "2026年12月底"),
        ),
    ),
    (
        "（二）培育数字企业",
        (
            ("任务名称", "培育数字企业"),
            ("目标任务", "新增数字经济规上企业30家，数字经济核心产业增加值增长12%。"),
            ("牵头单位", "市发展和改革局"),
            ("配合单位", "市统计局"),
            ("完成时限", "2026年12月底"),
        ),
    ),
    (
        "（三）发展跨境电商",
        (
            ("任务名称", "发展跨境电商"),
            ("目标任务", "跨境电商进出口额突破100亿元。"),
            ("责任单位", "市商务局"),
            ("完成时限", "2026年11月底"),
        ),
    ),
)


def task_cards() -> None:
    """Tasks set out as cards: under each task's heading a table of two columns, a field's
    name and its value (任务名称, 目标任务, 牵头单位, 配合单位, 完成时限)."""
    doc = Document()
    for text in (
        "龙港市2026年数字经济发展重点任务",
        "龙港市人民政府办公室",
        "2026年3月20日",
        "一、重点任务",
    ):
        doc.add_paragraph(text)
    for heading, fields in LONGGANG_CARDS:
        doc.add_paragraph(heading)
        table = doc.add_table(rows=0, cols=2)
        fill_rows(table, fields)
    doc.add_paragraph("二、保障措施")
    doc.add_paragraph("市财政安排数字经济发展专项资金3000万元。（责任单位：市财政局）")
    doc.save(str(Path(__file__).parent / "docs" / "longgang-task-cards-2026.docx"))


XUANCHENG_ROWS = (
    ("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
    ("一", "做强主导产业", "", "", ""),
    ("（一）", "汽车零部件产业", "", "", ""),
    ("1", "新增汽车零部件规上企业10家。", "市经济和信息化局", "市发展和改革委员会", "2026年12月"),
    ("2", "汽车零部件产业产值增长15%。", "市经济和信息化局", "市统计局", "2026年12月"),
    ("（二）", "新材料产业", "", "", ""),
    ("1", "建成新材料中试基地2个。", "市科学技术局", "市经济和信息化局", "2026年10月"),
    ("二", "优化营商环境", "", "", ""),
    ("（一）", "政务服务", "", "", ""),
    ("1", "企业开办时间压缩至1个工作日内。", "市数据资源管理局", "市市场监督管理局", "2026年6月"),
)


def three_level_task_table() -> None:
    """A task table numbered on three levels in its 序号 column: 一 a part's row, （一） a
    section's row, 1 2 the tasks (numbered again in each section)."""
    doc = Document()
    for text in ("宣城市2026年重点工作任务分解表", "宣城市人民政府办公室", "2026年2月25日"):
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=5)
    fill_rows(table, XUANCHENG_ROWS)
    doc.save(str(Path(__file__).parent / "docs" / "xuancheng-three-level-task-table-2026.docx"))


SHUYANG_FRONT = (
    "沭阳县人民政府办公室",
    "关于印发沭阳县2026年民生实事项目实施方案的通知",
    "沭政办发〔2026〕5号",
    "各乡镇人民政府、街道办事处，县各有关部门和单位：",
    "现将《沭阳县2026年民生实事项目实施方案》印发给你们，请认真组织实施。",
    "沭阳县人民政府办公室",
    "2026年2月12日",
    "沭阳县2026年民生实事项目实施方案",
)
SHUYANG_HEADER = ("序号", "项目名称", "目标任务", "牵头单位", "责任单位", "完成时限")
SHUYANG_ROWS = (
    (
        "1",
        "城乡公交一体化",
        "新增新能源公交车30辆，新开通镇村公交线路5条。",
        "县交通运输局",
        "县公交公司、各乡镇（街道）",
        "2026年12月底",
    ),
    (
        "2",
        "青少年校外活动",
        "建设青少年校外活动中心2个，开展青少年科普活动100场次。",
        "团县委",
        "县教育局、县科协",
        "2026年10月底",
    ),
    (
        "3",
        "妇女儿童关爱",
        "开展适龄妇女“两癌”免费筛查2万人。",
        "县妇联",
        "县卫生健康委、县红十字会",
        "2026年12月底",
    ),
    (
        "4",
        "残疾人托养服务",
        "为500名重度残疾人提供托养照护服务。",
        "县残联",
        "县民政局、县财政局",
        "2026年12月底",
    ),
    (
        "5",
        "农村电网改造",
        "新建改造10千伏线路120公里，户均配变容量达到3千伏安。",
        "国网沭阳县供电公司",
        "县发展改革委、各乡镇（街道）",
        "2026年11月底",
    ),
    (
        "6",
        "气象防灾减灾",
        "新建乡镇自动气象站15个，气象预警信息公众覆盖率达到98%。",
        "县气象局",
        "县应急管理局",
        "2026年9月底",
    ),
    (
        "7",
        "5G网络覆盖",
        "新建5G基站300个，实现行政村5G网络全覆盖。",
        "县工业和信息化局",
        "中国移动沭阳分公司\n中国电信沭阳分公司\n中国联通沭阳分公司",
        "2026年12月底",
    ),
    (
        "8",
        "花木产业富民",
        "培训花木电商从业人员5000人次，新增花木电商网店1000家。",
        "县农业农村局",
        "县商务局、县人力资源和社会保障局",
        "2026年12月底",
    ),
)


def livelihood_projects_task_list() -> None:
    _task_list(SHUYANG_FRONT, SHUYANG_HEADER, SHUYANG_ROWS, "shuyang-livelihood-projects-2026.docx")


ZHILI_PARAGRAPHS = (
    "织里镇人民政府",
    "关于印发织里镇2026年童装产业高质量发展工作方案的通知",
    "织政发〔2026〕4号",
    "各村（社区），镇各办（局、所、中心），各有关单位：",
    "现将《织里镇2026年童装产业高质量发展工作方案》印发给你们，请认真组织实施。",
    "织里镇人民政府",
    "2026年2月20日",
    "织里镇2026年童装产业高质量发展工作方案",
    "为推动童装产业提质升级，打造世界级童装产业集群，制定本方案。",
    "一、工作目标",
    "2026年，全镇童装产业销售额突破800亿元，规上童装企业达到120家，童装电商网络零售额增长12%。",
    "二、主要任务",
    "（一）推进童装企业入园集聚。建设童装智能制造产业园，新引进童装企业入园50家，"
    "完成“低散乱”童装加工点整治300家。（责任单位：镇经发办、镇规划建设办）",
    "（二）提升童装设计研发能力。建设童装设计研发中心，引进培育童装设计师200名，"
    "新增童装设计专利500项。（责任单位：镇童装产业服务中心、镇人力社保所）",
    "（三）做大童装面辅料市场。推动中国织里童装面辅料城提档升级，面辅料市场年交易额达到150亿元。"
    "（牵头单位：镇商贸办；配合单位：镇市场监管所）",
    "（四）发展直播电商。建设童装直播电商基地2个，培育年销售额超亿元的直播电商企业20家。"
    "（牵头单位：镇商贸办；配合单位：镇童装产业服务中心）",
    "（五）加强安全生产监管。开展童装企业消防安全专项整治，全年整改隐患5000处以上。"
    "（责任单位：镇应急管理办、镇消防救援站）",
    "三、保障措施",
    "镇财政每年安排童装产业发展专项资金2000万元，用于企业技改、品牌培育和人才引进。"
    "（责任单位：镇财政办）",
)


def town_paragraphs_plan() -> None:
    doc = Document()
    for text in ZHILI_PARAGRAPHS:
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "zhili-childrenswear-work-plan-2026.docx"))


XINGCHENG_ROWS = (
    (
        "1",
        "壮大泳装产业集群",
        "泳装产业产值突破200亿元，新增规上泳装企业10家",
        "**市工业和信息化局**、市发展和改革局",
        "2026年12月底",
    ),
    (
        "2",
        "发展泳装电商",
        "泳装网络零售额增长20%，培育直播电商基地3个",
        "**市商务局**、市市场监督管理局",
        "2026年12月底",
    ),
    (
        "3",
        "打造区域品牌",
        "新增泳装注册商标200件",
        "**市市场监督管理局**、市工业和信息化局",
        "2026年11月底",
    ),
    (
        "4",
        "举办泳装博览会",
        "举办第十届中国（兴城）国际泳装博览会，签约额达到30亿元",
        "**市商务局**、**市文化旅游和广播电视局**、兴城泳装产业园管委会",
        "2026年9月底",
    ),
    (
        "5",
        "发展滨海旅游",
        "接待游客突破1500万人次",
        "**市文化旅游和广播电视局**、各乡镇人民政府、各街道办事处",
        "2026年10月底",
    ),
)


# A draft's paragraphs with its tracked changes: plain text, ("-", deleted), ("+", inserted)
LIANJIANG_PARAGRAPHS: tuple[tuple[str | tuple[str, str], ...], ...] = (
    ("连江县2026年海洋渔业高质量发展工作方案（征求意见稿）",),
    ("一、工作目标",),
    (
        "全县水产品总产量达到",
        ("-", "125"),
        ("+", "130"),
        "万吨，渔业经济总产值突破",
        ("-", "300"),
        ("+", "320"),
        "亿元，鲍鱼养殖产量稳定在6万吨以上。",
    ),
    ("二、重点任务",),
    (
        "（一）发展深远海养殖。新增深远海养殖平台",
        ("-", "3"),
        ("+", "5"),
        "座，建设海洋牧场示范区2个。（牵头单位：县海洋与渔业局；配合单位：县发展和改革局",
        ("+", "、县自然资源局"),
        "）",
    ),
    (
        "（二）做强鲍鱼和海带产业。新建鲍鱼良种繁育场3个，海带养殖面积达到10万亩。（牵头单位：",
        ("-", "县农业农村局"),
        ("+", "县海洋与渔业局"),
        "；配合单位：",
        ("-", "县商务局"),
        ("+", "县科技局"),
        "）",
    ),
    (
        "（三）推进水产品精深加工。引进水产品精深加工项目5个，水产品加工率达到65%。"
        "（牵头单位：县工业和信息化局；配合单位：县海洋与渔业局、县商务局）",
    ),
    (
        "（四）拓展远洋渔业。新增远洋渔船10艘，远洋渔业产量达到20万吨。"
        "（牵头单位：县海洋与渔业局；配合单位：县交通运输局、连江海事处）",
    ),
    ("三、保障措施",),
    (
        "县财政安排渔业发展专项资金",
        ("-", "5000万元"),
        ("+", "8000万元"),
        "。（责任单位：县财政局）",
    ),
    ("连江县海洋与渔业局",),
    ("2026年1月15日",),
)


def tracked_changes_draft() -> None:
    """A draft saved with its tracked changes (w:del holding w:delText, w:ins holding runs),
    by one author on one date, as Word writes them."""
    doc = Document()
    for k, pieces in enumerate(LIANJIANG_PARAGRAPHS):
        p = doc.add_paragraph()
        for n, piece in enumerate(pieces):
            if isinstance(piece, str):
                p.add_run(piece)
                continue
            kind, text = piece
            change = _el(
                "w:del" if kind == "-" else "w:ins",
                id=str(100 * k + n),
                author="县海洋与渔业局",
                date="2026-01-14T09:00:00Z",
            )
            run = _el("w:r")
            t = _el("w:delText" if kind == "-" else "w:t")
            t.text = text
            run.append(t)
            change.append(run)
            p._p.append(change)
    doc.save(str(Path(__file__).parent / "docs" / "lianjiang-fishery-work-plan-2026-draft.docx"))


def persons_column_task_list() -> None:
    """A task table naming an official (责任人) beside each lead, section rows merged across."""
    _task_list(
        (
            "永康市2026年五金产业高质量发展重点工作责任分解表",
            "永康市人民政府办公室",
            "2026年3月16日",
        ),
        ("序号", "工作事项", "具体目标", "责任领导", "牵头单位", "责任人", "配合单位", "完成时间"),
        (
            "一、做强五金制造",
            (
                "1",
                "提升电动工具产业",
                "电动工具产业产值突破400亿元，新增规上企业30家",
                "胡副市长",
                "市经信局",
                "陈浩",
                "市科技局",
                "2026年12月",
            ),
            (
                "2",
                "壮大门业和杯业",
                "门业产值达到300亿元，杯业产值达到180亿元",
                "胡副市长",
                "市经信局",
                "陈浩",
                "市市场监管局、市商务局",
                "2026年12月",
            ),
            "二、拓展五金市场",
            (
                "3",
                "办好中国五金博览会",
                "展会成交额达到150亿元",
                "徐副市长",
                "市会展中心",
                "林静",
                "市商务局",
                "2026年9月",
            ),
            (
                "4",
                "发展五金跨境电商",
                "跨境电商交易额增长25%",
                "徐副市长",
                "市商务局",
                "周敏",
                "市邮政管理局、永康海关",
                "2026年12月",
            ),
        ),
        "yongkang-hardware-tasks-2026.docx",
    )


DEHUI_PARTS = (
    (
        "一、玉米产业",
        (
            (
                "1.扩大玉米种植。玉米播种面积稳定在300万亩，单产提高到700公斤。",
                "市农业农村局牵头，各乡镇人民政府配合",
            ),
            (
                "2.发展玉米精深加工。玉米加工转化量达到150万吨，新增玉米加工企业3家。",
                "市工业和信息化局牵头，市发展和改革局配合",
            ),
        ),
    ),
    (
        "二、肉牛产业",
        (("3.扩大肉牛养殖。肉牛饲养量达到30万头。", "市畜牧业发展服务中心负责"),),
    ),
)


def layout_table_task_list() -> None:
    """A task list whose items stand in a two-column table with no header row (item | its
    bodies in a sentence), one table under each part heading, as a layout table sets it."""
    doc = Document()
    for text in ("德惠市2026年玉米和肉牛产业重点任务", "德惠市人民政府办公室", "2026年3月10日"):
        doc.add_paragraph(text)
    for heading, rows in DEHUI_PARTS:
        doc.add_paragraph(heading)
        table = doc.add_table(rows=0, cols=2)
        fill_rows(table, rows)
    doc.save(str(Path(__file__).parent / "docs" / "dehui-corn-tasks-2026.docx"))


def bold_leads_task_list() -> None:
    """A task list whose 责任单位 cells print each row's lead in bold (written **…** here), a
    note under the table saying so (注：责任单位中加粗的为牵头单位，其余为配合单位), the issuer and
    date signed below it."""
    doc = Document()
    doc.add_paragraph("兴城市2026年泳装产业发展重点任务分工表")
    table = doc.add_table(rows=0, cols=5)
    fill_rows(table, (("序号", "重点任务", "工作目标", "责任单位", "完成时限"),))
    for row in XINGCHENG_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            paragraph = cell.paragraphs[0]
            for k, piece in enumerate(text.split("**")):
                if piece:
                    paragraph.add_run(piece).bold = k % 2 == 1
    for text in (
        "注：责任单位中加粗的为牵头单位，其余为配合单位。",
        "兴城市人民政府办公室",
        "2026年3月2日",
    ):
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "xingcheng-swimwear-task-list-2026.docx"))


def persons_in_cells_task_list() -> None:
    """A task table naming the official answering for each body in brackets after it
    (市农业农村局（李强）), a 完成标志 column saying what shows the work done, a 分管市领导
    column, and the rule that the first body leads under the table, the signature after it."""
    doc = Document()
    doc.add_paragraph("横州市2026年茉莉花产业高质量发展重点工作责任分解表")
    header = (
        "序号",
        "重点工作",
        "工作目标",
        "分管市领导",
        "责任单位及责任人",
        "完成标志",
        "完成时限",
    )
    rows = (
        "一、扩大种植规模",
        (
            "1",
            "稳定茉莉花种植面积",
            "茉莉花种植面积稳定在12万亩，新建标准化示范基地10个",
            "黄副市长",
            "市农业农村局（李强）\n各镇人民政府",
            "完成面积核查报告",
            "2026年10月",
        ),
        (
            "2",
            "推广茉莉花良种",
            "推广优质茉莉花种苗500万株",
            "黄副市长",
            "市茉莉花产业发展中心（王芳）",
            "种苗发放台账",
            "2026年6月",
        ),
        "二、延伸产业链条",
        (
            "3",
            "发展茉莉花茶加工",
            "茉莉花茶产量达到9万吨，新增规上加工企业3家",
            "陈副市长",
            "市工业和信息化局（赵敏）\n市市场监督管理局",
            "企业入规名单",
            "2026年12月",
        ),
        (
            "4",
            "拓展花茶市场",
            "举办第十五届全国茉莉花茶交易博览会，茉莉花茶线上销售额增长20%",
            "陈副市长",
            "市商务局（刘洋）\n市茉莉花产业发展中心",
            "博览会总结",
            "2026年9月",
        ),
    )
    table = doc.add_table(rows=0, cols=len(header))
    fill_rows(table, (header, *rows))
    doc.add_paragraph("注：责任单位中排名第一的为牵头单位。")
    doc.add_paragraph("横州市人民政府办公室")
    doc.add_paragraph("2026年3月2日")
    doc.save(str(Path(__file__).parent / "docs" / "hengzhou-jasmine-tasks-2026.docx"))


def same_as_above_task_list() -> None:
    """A task table whose role cells say 同上 (as the row above) for the row before's bodies,
    with a 备注 column; the issuer and date above the table."""
    front = (
        "织金县2026年竹荪和皂角精产业发展重点任务分解表",
        "织金县人民政府办公室",
        "2026年3月6日",
    )
    header = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限", "备注")
    rows = (
        (
            "1",
            "扩大竹荪种植规模，竹荪种植面积稳定在6万亩，新建标准化种植基地10个。",
            "县农业农村局",
            "县林业局\n各乡镇（街道）",
            "2026年12月",
            "",
        ),
        (
            "2",
            "推进竹荪精深加工，新增竹荪加工企业3家，竹荪干品产量达到5000吨。",
            "同上",
            "县工业和信息化局",
            "同上",
            "",
        ),
        (
            "3",
            "规范皂角精交易市场，皂角精交易额突破8亿元。",
            "县市场监督管理局",
            "县供销合作社",
            "2026年11月",
            "按月调度",
        ),
        (
            "4",
            "培育皂角精电商品牌，皂角精网络零售额增长20%。",
            "县商务局",
            "同上",
            "2026年12月",
            "",
        ),
    )
    _task_list(front, header, rows, "zhijin-bamboo-fungus-tasks-2026.docx")


def bold_lead_sentences_work_report() -> None:
    """A 政府工作报告 whose parts are bold paragraphs and whose items open with their lead
    sentence in a bold run (（一）经济运行稳中向好。), the rest of the paragraph plain."""
    paragraphs: tuple[tuple[str, str], ...] = (
        ("政府工作报告", ""),
        ("——2026年1月20日在南充市第八届人民代表大会第五次会议上", ""),
        ("南充市人民政府市长　王志强", ""),
        ("各位代表：", ""),
        (
            "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员"
            "提出意见。",
            "",
        ),
        ("**", "一、2025年工作回顾"),
        ("过去一年，我们坚持稳中求进工作总基调，较好完成了市八届人大四次会议确定的目标任务。", ""),
        (
            "（一）经济运行稳中向好。",
            "全年地区生产总值达到2860亿元、增长5.6%，总量跃居全省第4位。规上工业增加值增长"
            "8.2%，高于全省1.5个百分点。一般公共预算收入188.6亿元，可比增长6.3%。固定资产投资"
            "增长7.1%，其中工业投资增长15.4%、占比提高到38.5%。",
        ),
        (
            "（二）产业发展动能增强。",
            "汽车汽配产业实现产值620亿元，增长11.3%；新增规上工业企业128家，总数突破1300家。"
            "新建5G基站3200个，累计达到1.6万个。",
        ),
        (
            "（三）民生保障持续改善。",
            "城镇新增就业4.6万人，城镇调查失业率控制在5.5%以内。城镇、农村居民人均可支配收入"
            "分别增长4.9%和6.6%。",
        ),
        ("**", "二、2026年主要目标和重点工作"),
        (
            "2026年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，规上工业增加值增长"
            "8%以上，一般公共预算收入增长5%，城镇新增就业4.5万人以上，城镇调查失业率控制在5.5%"
            "以内。",
            "",
        ),
        (
            "（一）做强汽车汽配产业。",
            "支持整车企业扩能，新增汽车零部件配套企业15家，汽车汽配产业产值突破700亿元。",
        ),
        ("（二）壮大丝纺服装产业。", "建设丝纺服装产业园二期，丝纺服装产业营业收入增长10%。"),
        (
            "（三）发展现代物流。",
            "新增A级物流企业8家，社会物流总费用占地区生产总值比率下降0.5个百分点。",
        ),
        (
            "各位代表，新征程催人奋进，新使命重任在肩。让我们团结一心，为加快建设成渝地区北部"
            "中心城市而努力奋斗！",
            "",
        ),
    )
    doc = Document()
    for first, rest in paragraphs:
        paragraph = doc.add_paragraph()
        if first == "**":  # a part's heading: the whole paragraph bold
            paragraph.add_run(rest).bold = True
        elif rest:  # an item: its lead sentence bold, the rest plain
            paragraph.add_run(first).bold = True
            paragraph.add_run(rest)
        else:
            paragraph.add_run(first)
    doc.save(str(Path(__file__).parent / "docs" / "nanchong-government-work-report-2026.docx"))


def all_tasks_note_task_list() -> None:
    """A city's 工作要点 in Word: goals in a paragraph, the key tasks a table (序号 | 重点任务 |
    牵头单位 | 配合单位 | 完成时限) under a note saying the counties answer for every task
    (注：…为各项任务的责任单位，不再一一列出), a part of paragraphs after it, signed at the end."""
    doc = Document()
    for text in (
        "宣城市人民政府办公室关于印发宣城市2026年工业经济稳增长提质效工作要点的通知",
        "宣政办秘〔2026〕5号",
        "各县市区人民政府，宣城经开区管委会，市政府各部门、各直属机构：",
        "《宣城市2026年工业经济稳增长提质效工作要点》已经市政府同意，现印发给你们，请结合实际"
        "认真贯彻落实。",
        "宣城市2026年工业经济稳增长提质效工作要点",
        "一、主要目标",
        "2026年，全市规模以上工业增加值增长9%以上，制造业增加值占地区生产总值比重提高到32%，"
        "新增规模以上工业企业150家，县域工业经济综合实力位次在全省前移2位。",
        "二、重点任务",
    ):
        doc.add_paragraph(text)
    header = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
    rows = (
        (
            "1",
            "实施工业投资攻坚行动，全年新开工亿元以上工业项目120个，工业投资增长12%。",
            "市发展改革委",
            "市经济和信息化局\n市自然资源和规划局",
            "2026年12月底",
        ),
        (
            "2",
            "壮大新能源汽车及零部件产业集群，产业营业收入突破500亿元，引进配套企业20家以上。",
            "市经济和信息化局",
            "市科技局、市商务局",
            "2026年12月底",
        ),
        (
            "3",
            "推进企业梯度培育，营业收入超10亿元企业达到25家，新增专精特新中小企业60家。",
            "市经济和信息化局",
            "市市场监管局",
            "2026年11月底",
        ),
        (
            "4",
            "深化亩均效益评价改革，规上工业亩均税收达到30万元，盘活低效工业用地3000亩。",
            "市经济和信息化局",
            "市税务局、市统计局",
            "2026年10月底",
        ),
        (
            "5",
            "加快制造业数字化转型，完成规上工业企业数字化改造300家，实现规上工业企业数字化诊断"
            "全覆盖。",
            "市数据资源局",
            "市经济和信息化局",
            "2026年12月底",
        ),
        (
            "6",
            "强化要素保障，新增工业用地5000亩，全年为企业减税降费10亿元以上。",
            "市自然资源和规划局",
            "市财政局、国网宣城供电公司",
            "持续推进",
        ),
    )
    table = doc.add_table(rows=0, cols=len(header))
    fill_rows(table, (header, *rows))
    for text in (
        "注：各县市区人民政府、宣城经开区管委会为各项任务的责任单位，不再一一列出。",
        "三、保障措施",
        "（一）强化调度。市工业经济运行调度专班每月调度重点任务进展，对进度滞后的任务及时督促。",
        "（二）强化考核。将重点任务完成情况纳入县市区高质量发展综合考核。",
        "宣城市人民政府办公室",
        "2026年2月12日",
    ):
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "xuancheng-industry-work-points-2026.docx"))


def joint_inspection_plan() -> None:
    """A county market regulator's plan of joint random inspections (双随机、一公开) in Word: a
    table of what is inspected, whom, what share of them, the body starting each inspection
    and those joining it, and when (序号 | 抽查事项 | 抽查对象 | 抽查比例 | 发起部门 | 配合部门 |
    实施时间)."""
    front = (
        "平遥县2026年度“双随机、一公开”部门联合抽查工作计划",
        "平遥县市场监督管理局",
        "2026年3月5日",
        "为规范事中事后监管，减少对市场主体正常经营活动的干扰，制定本计划。各发起部门要会同配合"
        "部门按计划开展联合抽查，抽查结果于抽查完成后20个工作日内通过国家企业信用信息公示系统向社会公示。",
    )
    header = ("序号", "抽查事项", "抽查对象", "抽查比例", "发起部门", "配合部门", "实施时间")
    rows = (
        (
            "1",
            "特种设备使用单位监督检查",
            "全县特种设备使用单位",
            "不低于5%",
            "县市场监管局",
            "县应急管理局",
            "2026年4月—6月",
        ),
        (
            "2",
            "校外培训机构检查",
            "全县校外培训机构",
            "10%",
            "县教育科技局",
            "县市场监管局\n县消防救援大队",
            "2026年5月—7月",
        ),
        (
            "3",
            "建筑施工企业资质核查",
            "在建项目施工企业",
            "不低于3%",
            "县住房和城乡建设局",
            "县人力资源和社会保障局",
            "2026年8月—10月",
        ),
        (
            "4",
            "农药经营单位检查",
            "全县农药经营门店",
            "5%",
            "县农业农村局",
            "县市场监管局",
            "2026年9月—11月",
        ),
    )
    _task_list(front, header, rows, "pingyao-joint-inspection-plan-2026.docx")


def child_friendly_city_tasks() -> None:
    """A Ningbo district's tasks for a child-friendly city in Word (batch 431): headings as plain
    paragraphs, the year's goals in one, then a table of tasks (序号 | 任务内容 | 牵头单位 |
    配合单位) whose content cells open with a title ending in 。, signed under the table."""
    front = (
        "鄞州区2026年儿童友好城市建设工作任务",
        "为深入推进儿童友好城市建设，让儿童在更友好的环境中健康成长，制定本年度工作任务。",
        "一、年度目标",
        "2026年，全区新建儿童友好社区15个、儿童友好公园5个，普惠性托育机构托位占比达到60%，"
        "中小学校课后服务覆盖率保持100%。",
        "二、重点任务",
    )
    header = ("序号", "任务内容", "牵头单位", "配合单位")
    rows = (
        (
            "1",
            "建设儿童友好空间。改造提升儿童游憩场地30处，在公园绿地中增设儿童活动设施。",
            "区住建局",
            "区自然资源和规划分局、各街道（镇）",
        ),
        (
            "2",
            "发展普惠托育服务。新增普惠托位800个，建成社区嵌入式托育点20个。",
            "区卫生健康局",
            "区教育局、区民政局",
        ),
        (
            "3",
            "守护儿童身心健康。0—6岁儿童眼保健和视力检查覆盖率达到95%以上，开展心理健康讲座200场。",
            "区卫生健康局、区教育局",
            "团区委、区妇联",
        ),
    )
    back = ("宁波市鄞州区妇女儿童工作委员会办公室", "2026年3月25日")
    _task_list(front, header, rows, "yinzhou-child-friendly-city-tasks-2026.docx", back)


def _contents_doc() -> Any:
    """A Word document with the styles Word gives a table of contents' entries (TOC 1, TOC 2)."""
    doc = Document()
    for name in ("TOC 1", "TOC 2"):
        doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    return doc


def _anchor(number: int) -> str:
    """The bookmark a table of contents' entry links to: Word's _Toc names."""
    return f"_Toc2026{number:04d}"


def _link(text: str, number: int, *, tab: bool = False) -> Any:
    """A link to heading ``number``'s bookmark holding ``text`` (and a tab after it)."""
    link = _el("w:hyperlink", anchor=_anchor(number), history="1")
    run = _el("w:r")
    words = _el("w:t")
    words.text = text
    run.append(words)
    link.append(run)
    if tab:
        run = _el("w:r")
        run.append(_el("w:tab"))
        link.append(run)
    return link


def _bookmarked_body(doc: Any, outline: list[tuple[int, str]]) -> None:
    """``outline``'s (level, words): a heading of that level bookmarked for the contents, or (0)
    a paragraph."""
    for number, (level, text) in enumerate(outline):
        if level:
            heading = doc.add_heading(level=level)
            heading._p.append(_el("w:bookmarkStart", id=str(number), name=_anchor(number)))
            heading.add_run(text)
            heading._p.append(_el("w:bookmarkEnd", id=str(number)))
        else:
            doc.add_paragraph(text)


def linked_contents_plan() -> None:
    """A Jiangsu district's plan for the low-altitude economy in Word (batch 547): its parts in
    Heading 1 and its tasks in Heading 2, nothing numbered, and above the text a table of contents
    as Word writes one set to show no page numbers (as for the web): paragraphs in the styles
    TOC 1 and TOC 2, each a link to its heading's bookmark, so every heading's words are written
    twice; each task closed by its note, signed at the end."""
    doc = _contents_doc()
    doc.add_heading("宿城区2026年低空经济发展工作方案", level=0)
    outline: list[tuple[int, str]] = [
        (1, "工作目标"),
        (
            0,
            "到2026年底，全区低空经济规模突破30亿元，集聚低空经济相关企业40家以上，"
            "开通低空航线10条。",
        ),
        (1, "重点任务"),
        (2, "完善低空基础设施"),
        (
            0,
            "新建通用机场1个、垂直起降点20个，建成低空飞行服务站1个。"
            "（区交通运输局牵头，区自然资源和规划局、区住房和城乡建设局配合）",
        ),
        (2, "拓展低空应用场景"),
        (
            0,
            "开展无人机物流配送、应急救援等应用示范，年内开通无人机配送航线5条。"
            "（区工业和信息化局牵头，区应急管理局、区邮政管理局配合）",
        ),
        (2, "培育低空制造企业"),
        (0, "引进无人机整机及核心零部件企业8家，低空制造业产值增长25%。（区商务局负责）"),
        (1, "保障措施"),
        (0, "区财政设立低空经济发展专项资金5000万元。（区财政局负责）"),
    ]
    doc.add_paragraph("目录")
    for number, (level, text) in enumerate(outline):
        if level:
            doc.add_paragraph(style=f"TOC {level}")._p.append(_link(text, number))
    doc.add_paragraph("为抢抓低空经济发展机遇，培育新质生产力，结合我区实际，制定本方案。")
    _bookmarked_body(doc, outline)
    doc.add_paragraph("宿迁市宿城区人民政府办公室")
    doc.add_paragraph("2026年3月20日")
    doc.save(str(Path(__file__).parent / "docs" / "sucheng-low-altitude-economy-plan-2026.docx"))


def _field(paragraph: Any, instruction: str, shown: str) -> None:
    """Append a complex field to a paragraph as Word writes one: begin, its instruction, separate,
    the result it last showed, end."""
    for part in ("begin", "instr", "separate", "shown", "end"):
        run = _el("w:r")
        if part == "instr":
            text = _el("w:instrText")
            text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            text.text = instruction
            run.append(text)
        elif part == "shown":
            text = _el("w:t")
            text.text = shown
            run.append(text)
        else:
            run.append(_el("w:fldChar", fldCharType=part))
        paragraph._p.append(run)


def paged_contents_plan() -> None:
    """A Hubei city's plan for its phosphorus chemicals industry in Word (batch 549): parts and
    sections typed 一、 and （一） in Heading 1 and Heading 2, and above the text Word's table of
    contents field as Word writes it — a TOC field whose entries (styles TOC 1, TOC 2) are links
    to the headings' bookmarks, each with a tab and a PAGEREF field showing its page — its 目录
    line deleted, as drafters often do; the base year's figures in 发展基础, signed at the end."""
    doc = _contents_doc()
    doc.add_heading("宜都市磷化工产业转型升级实施方案（2026—2028年）", level=0)
    outline: list[tuple[int, str, int]] = [
        (1, "一、发展基础", 1),
        (
            0,
            "2025年，全市磷化工产业实现产值420亿元，规模以上磷化工企业达到38家，"
            "磷石膏综合利用率达到55%。",
            0,
        ),
        (1, "二、发展目标", 2),
        (
            0,
            "到2028年，全市磷化工产业产值突破600亿元，精细磷化工占比提高到45%，"
            "磷石膏综合利用率达到70%以上。",
            0,
        ),
        (1, "三、重点任务", 3),
        (2, "（一）延伸新能源材料产业链", 3),
        (
            0,
            "建成磷酸铁锂正极材料项目2个，新增磷酸铁产能10万吨。"
            "（市经济和信息化局牵头，市发展和改革局、宜都化工园管委会配合）",
            0,
        ),
        (2, "（二）推进磷石膏综合利用", 4),
        (
            0,
            "新建磷石膏建材生产线5条，每年消纳磷石膏300万吨以上。"
            "（市经济和信息化局、市生态环境局牵头，市住房和城乡建设局配合）",
            0,
        ),
        (1, "四、保障措施", 5),
        (0, "市财政每年安排磷化工转型升级专项资金5000万元。（市财政局负责）", 0),
    ]
    first = doc.add_paragraph(style="TOC 1")
    _field(first, ' TOC \\o "1-2" \\h \\z \\u ', "")
    for number, (level, text, page) in enumerate(outline):
        if not level:
            continue
        para = first if number == 0 else doc.add_paragraph(style=f"TOC {level}")
        para._p.append(_link(text, number, tab=True))
        _field(para, f" PAGEREF {_anchor(number)} \\h ", str(page))
    end = doc.add_paragraph()
    run = _el("w:r")
    run.append(_el("w:fldChar", fldCharType="end"))
    end._p.append(run)
    doc.add_paragraph("为推动磷化工产业高端化、精细化、绿色化发展，结合我市实际，制定本方案。")
    _bookmarked_body(doc, [(level, text) for level, text, _ in outline])
    doc.add_paragraph("宜都市人民政府办公室")
    doc.add_paragraph("2026年4月16日")
    doc.save(str(Path(__file__).parent / "docs" / "yidu-phosphorus-chemicals-plan-2026-2028.docx"))


def bulleted_items_plan() -> None:
    """A Fujian county's plan for prepared food in Word (batch 552): parts and tasks typed 一、
    and （一）, each task's work a Word bulleted list (●, a numbering of format bullet: nothing
    typed) under it, its note a paragraph of its own after the list; signed at the end."""
    doc = Document()
    _abstract_list(doc, "91", (("bullet", "●"),))
    _list_instance(doc, "91", "91", restart=False)
    doc.add_paragraph("诏安县2026年预制菜产业发展工作方案").alignment = 1
    doc.add_paragraph(
        "为加快预制菜产业集聚发展，打造“诏安预制菜”区域品牌，结合我县实际，制定本方案。"
    )
    body: list[tuple[str | None, str]] = [
        (None, "一、发展目标"),
        (None, "2026年，全县预制菜产业产值突破80亿元，规模以上预制菜企业达到35家。"),
        (None, "二、重点任务"),
        (None, "（一）培育壮大经营主体"),
        ("•", "新引进预制菜生产企业8家；"),
        ("•", "新增规模以上预制菜企业5家；"),
        ("•", "培育省级农业产业化龙头企业2家。"),
        (None, "（牵头单位：县工业和信息化局；配合单位：县农业农村局、县商务局）"),
        (None, "（二）建设原料供应基地"),
        ("•", "新建水产品养殖基地2万亩；"),
        ("•", "建设冷链仓储设施5万吨。"),
        (None, "（牵头单位：县海洋与渔业局；配合单位：县发展和改革局）"),
        (None, "三、保障措施"),
        (None, "县财政安排预制菜产业发展专项资金2000万元。（责任单位：县财政局）"),
    ]
    for bullet, text in body:
        para = doc.add_paragraph(text)
        if bullet:
            _number(para._p.get_or_add_pPr(), 0, "91")
    doc.add_paragraph("诏安县人民政府办公室")
    doc.add_paragraph("2026年3月18日")
    doc.save(str(Path(__file__).parent / "docs" / "zhaoan-prepared-food-plan-2026.docx"))


_NOTE_PARTS = {
    "footnote": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
    ),
    "endnote": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes",
    ),
}


def _footnotes(doc: Any, notes: tuple[str, ...], kind: str = "footnote") -> None:
    """Give ``doc`` a footnotes (or endnotes) part holding ``notes`` (ids 1, 2 …), after
    Word's two separators (ids -1 and 0), each note opening with its number's mark."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = [
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{kind}>",
    ]
    for number, note in enumerate(notes, start=1):
        parts.append(
            f'<w:{kind} w:id="{number}"><w:p><w:pPr><w:pStyle w:val="{kind.capitalize()}Text"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:{kind}>'
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s xmlns:w="{w}">'
    xml += "".join(parts) + f"</w:{kind}s>"
    content_type, reltype = _NOTE_PARTS[kind]
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, xml.encode(), doc.part.package)
    doc.part.relate_to(part, reltype)


def _footnote_mark(paragraph: Any, number: int, kind: str = "footnote") -> None:
    """Close ``paragraph`` with a reference to footnote (or endnote) ``number``, in superscript."""
    run = paragraph.add_run()
    rpr = run._r.get_or_add_rPr()
    rpr.append(_el("w:vertAlign", val="superscript"))
    run._r.append(_el(f"w:{kind}Reference", id=str(number)))


def footnoted_task_list() -> None:
    """A Hubei city's task list in Word (batch 565) whose 责任单位 header carries a footnote
    stating the convention (排在第一位的为牵头单位) and one of its cells a footnote defining
    the firms it counts — Word's footnotes, in a part of their own, not typed in the body."""
    doc = Document()
    doc.add_paragraph("监利市2026年虾稻产业发展重点任务清单").alignment = 1
    doc.add_paragraph("监利市虾稻产业发展领导小组办公室").alignment = 1
    doc.add_paragraph("2026年3月9日").alignment = 1
    doc.add_paragraph(
        "为推进虾稻产业全链条发展，现将2026年重点任务分解如下，请各责任单位认真抓好落实。"
    )
    header = ("序号", "重点任务", "工作目标", "责任单位", "完成时限")
    rows = (
        (
            "1",
            "扩大稻虾共作规模",
            "新增稻虾共作面积5万亩，稻虾共作总面积达到110万亩",
            "市农业农村局、市水利和湖泊局、各镇（区、街道）",
            "2026年12月",
        ),
        (
            "2",
            "提升小龙虾良种繁育能力",
            "建设小龙虾良种繁育基地10个，年供苗能力达到30亿尾",
            "市农业农村局、市科技局",
            "2026年10月",
        ),
        (
            "3",
            "做强小龙虾精深加工",
            "引进小龙虾精深加工企业2家，小龙虾加工产值突破60亿元",
            "市经济和信息化局、市招商服务中心、市农业农村局",
            "2026年12月",
        ),
        (
            "4",
            "打响虾稻米品牌",
            "发展优质稻米订单生产20万亩，举办虾稻米推介会3场",
            "市农业农村局、市商务局",
            "2026年11月",
        ),
        (
            "5",
            "发展虾稻文旅",
            "举办龙虾节1次，接待游客突破50万人次",
            "市文化和旅游局、市农业农村局",
            "2026年9月",
        ),
    )
    table = doc.add_table(rows=0, cols=len(header))
    fill_rows(table, (header, *rows))
    _footnote_mark(table.rows[0].cells[3].paragraphs[0], 1)
    _footnote_mark(table.rows[3].cells[2].paragraphs[0], 2)
    _footnotes(
        doc,
        (
            "排在第一位的为牵头单位，其余为配合单位。",
            "精深加工企业指年加工小龙虾1万吨以上的企业。",
        ),
    )
    doc.save(str(Path(__file__).parent / "docs" / "jianli-shrimp-rice-tasks-2026.docx"))


FEIXIAN_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>费县2026年木业产业高质量发展工作要点</title></head>
<body>
<p style="text-align:center"><b>费县2026年木业产业高质量发展工作要点</b></p>
<p>为推动木业产业转型升级，打造全国重要的板材生产基地，结合我县实际，制定本要点。</p>
<p><b>一、发展目标</b></p>
<p>2026年，全县木业产业营业收入突破600亿元，规模以上木业企业达到260家，绿色板材产量占比提高到60%。</p>
<p><b>二、重点任务</b></p>
<p>（一）推动板材提档升级。实施技术改造项目40个，新增生态板、无醛板生产线20条。（县工业和信息化局牵头，县发展和改革局、县财政局配合）</p>
<p>（二）培育家居终端产品。引进定制家居企业10家，家居产品产值增长15%。（县投资促进服务中心牵头，县工业和信息化局配合）</p>
<p>（三）拓展线上销售渠道。建设木业电商直播基地2处，木业产品网络零售额达到50亿元。（县商务局负责）</p>
<p><b>三、保障措施</b></p>
<p>县财政安排木业产业发展专项资金3000万元，支持企业技术改造和品牌建设。（县财政局负责）</p>
<p style="text-align:right">费县人民政府办公室</p>
<p style="text-align:right">2026年3月20日</p>
</body></html>
"""


def _alt_chunk(
    doc: Any, page: str, *, kind: str = "message/rfc822", name: str = "afchunk.mht"
) -> None:
    """Add to ``doc``'s body a ``w:altChunk`` of ``page``: as html-docx-js writes one, a
    single-file web page of quoted-printable HTML (``message/rfc822``), or the part's bytes
    as they are under another ``kind``."""
    import quopri

    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    blob = page.encode("utf-8")
    if kind == "message/rfc822":
        html = quopri.encodestring(blob).decode("ascii")
        blob = (
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/related; type="text/html"; boundary="----=mhtDocumentPart"\r\n'
            "\r\n"
            "------=mhtDocumentPart\r\n"
            'Content-Type: text/html; charset="utf-8"\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: file:///C:/fake/document.html\r\n"
            "\r\n" + html.replace("\n", "\r\n") + "\r\n"
            "------=mhtDocumentPart--\r\n"
        ).encode()
    part = Part(PackURI(f"/word/{name}"), kind, blob, doc.part.package)
    rid = doc.part.relate_to(
        part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
    )
    chunk = OxmlElement("w:altChunk")
    chunk.set(qn("r:id"), rid)
    doc.element.body.insert(len(doc.element.body) - 1, chunk)  # (before the section's properties)


def alt_chunk_plan() -> None:
    """A county's work points for its wood industry as a "docx" an office system's export writes
    (batch 569, as the html-docx-js library does): the body one ``w:altChunk``, its page an
    embedded single-file web page (``afchunk.mht``, quoted-printable HTML) that Word renders on
    opening; no paragraph of Word's own."""
    doc = Document()
    _alt_chunk(doc, FEIXIAN_PAGE)
    doc.save(str(Path(__file__).parent / "docs" / "feixian-wood-work-points-2026.docx"))


def _hidden_run(paragraph: Any, text: str) -> None:
    """Add ``text`` to ``paragraph`` as Word's hidden text (w:vanish: not shown nor printed)."""
    paragraph.add_run(text).font.hidden = True


def hidden_text_plan() -> None:
    """An Anhui county's plan for its pears in Word (batch 571) carrying the drafter's notes as
    Word's hidden text, not shown nor printed: a paragraph of drafting notes with last year's
    figures under the goals, a body pending confirmation inside a note, a figure's alternative."""
    doc = Document()
    doc.add_paragraph("砀山县2026年酥梨产业高质量发展工作方案").alignment = 1
    doc.add_paragraph("为擦亮“砀山酥梨”金字招牌，推动酥梨产业高质量发展，制定本方案。")
    doc.add_paragraph("一、发展目标")
    goal = doc.add_paragraph("2026年，全县酥梨种植面积稳定在50万亩，酥梨产量达到100万吨，")
    goal.add_run("酥梨全产业链产值突破150亿元")
    _hidden_run(goal, "（或：达到160亿元，待县政府常务会议定）")
    goal.add_run("。")
    _hidden_run(
        doc.add_paragraph(),
        "起草说明：2025年全县酥梨全产业链产值为138亿元，目标按增长8%测算，正式印发时隐藏本段。",
    )
    doc.add_paragraph("二、重点任务")
    first = doc.add_paragraph(
        "（一）改造提升老果园。改造提升老旧梨园3万亩，新建标准化示范园20个。"
        "（牵头单位：县果园场；配合单位：县财政局"
    )
    _hidden_run(first, "、县发展改革委（待确认）")
    first.add_run("）")
    doc.add_paragraph(
        "（二）做强精深加工。引进梨膏、梨汁加工企业5家，酥梨加工转化率提高到30%。"
        "（牵头单位：县经济和信息化局；配合单位：县招商服务中心）"
    )
    doc.add_paragraph(
        "（三）拓展销售渠道。酥梨电商销售额达到40亿元，举办梨花节1次。"
        "（牵头单位：县商务局；配合单位：县文化旅游体育局）"
    )
    doc.add_paragraph("三、保障措施")
    doc.add_paragraph("县财政安排酥梨产业发展专项资金3000万元。（责任单位：县财政局）")
    doc.add_paragraph("砀山县人民政府办公室")
    doc.add_paragraph("2026年3月6日")
    doc.save(str(Path(__file__).parent / "docs" / "dangshan-pear-plan-2026.docx"))


RUIAN_HEADER = (
    "序号",
    "重点任务",
    "市经济和信息化局",
    "市发展和改革局",
    "市科学技术局",
    "市商务局",
    "各乡镇（街道）",
)
# (Wingdings codes: F06C ● for the lead, F0A1 ○ for those supporting)
RUIAN_ROWS = (
    ("1", "推动汽摩配企业数字化改造，实施技术改造项目60个。", "F06C", "F0A1", "", "", "F0A1"),
    ("2", "培育汽摩配“专精特新”企业，新增省级专精特新中小企业15家。", "F06C", "", "F0A1", "", ""),
    ("3", "建设汽摩配研发设计中心2个，新增发明专利100件。", "F0A1", "", "F06C", "", ""),
    ("4", "拓展汽摩配国际市场，汽摩配出口额增长8%。", "F0A1", "", "", "F06C", "F0A1"),
)


def _symbol(paragraph: Any, code: str, font: str = "Wingdings") -> None:
    """Add a symbol as Word's Insert Symbol writes one: ``w:sym`` naming a symbol font and
    the character's code in it (F06C, Wingdings' black circle), no text of its own."""
    sym = _el("w:sym", font=font, char=code)
    run = paragraph.add_run()
    run._r.append(sym)


def symbol_marked_matrix() -> None:
    """A city's task list laid out as a matrix (batch 573) whose marks were put in by Word's
    Insert Symbol from the Wingdings font (``w:sym``: ● for the lead, ○ for those supporting),
    in the cells and in the note under the table saying what they mean."""
    doc = Document()
    doc.add_paragraph("瑞安市2026年汽摩配产业高质量发展重点任务分工表").alignment = 1
    table = doc.add_table(rows=0, cols=len(RUIAN_HEADER))
    fill_rows(table, (RUIAN_HEADER,))
    for row in RUIAN_ROWS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            if value.startswith("F0"):
                _symbol(cell.paragraphs[0], value)
            else:
                cell.text = value
    note = doc.add_paragraph("注：")
    _symbol(note, "F06C")
    note.add_run("为牵头单位，")
    _symbol(note, "F0A1")
    note.add_run("为配合单位。")
    doc.add_paragraph("瑞安市人民政府办公室")
    doc.add_paragraph("2026年2月27日")
    doc.save(str(Path(__file__).parent / "docs" / "ruian-auto-parts-matrix-2026.docx"))


def _in_control(cell: Any, text: str, kind: str) -> None:
    """Write ``text`` in ``cell`` inside a content control of ``kind`` (``dropDownList``, a
    template's list of bodies to choose from; ``date``, a date picker), as a template's cell
    holds what was chosen: the paragraph inside ``w:sdt``'s content."""
    from docx.text.paragraph import Paragraph

    p = cell.paragraphs[0]._p
    sdt, pr, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
    pr.append(OxmlElement(f"w:{kind}"))
    sdt.append(pr)
    content.append(p)  # (moves the cell's paragraph into the control)
    sdt.append(content)
    cell._tc.append(sdt)
    Paragraph(p, cell).add_run(text)


SHISHI_ROWS = (
    (
        "1",
        "推动纺织服装企业智能化改造，实施技术改造项目50个",
        "市工业和信息化局",
        "市财政局",
        "2026-12-31",
    ),
    (
        "2",
        "培育服装品牌，新增中国驰名商标2件",
        "市市场监督管理局",
        "市工业和信息化局",
        "2026-11-30",
    ),
    (
        "3",
        "发展服装直播电商，服装网络零售额增长15%",
        "市商务局",
        "市人力资源和社会保障局",
        "2026-12-31",
    ),
    (
        "4",
        "建设纺织服装人才实训基地1个，培训技能人才3000人次",
        "市人力资源和社会保障局",
        "市教育局",
        "2026-10-31",
    ),
)


def dropdown_task_list() -> None:
    """A city's task list filled in a Word template (batch 577): each row's 牵头单位 and 配合单位
    chosen from drop-down content controls and its deadline from a date picker (``w:sdt``
    around each cell's paragraph), the rest typed."""
    doc = Document()
    doc.add_paragraph("石狮市2026年纺织服装产业高质量发展重点任务清单").alignment = 1
    doc.add_paragraph("石狮市纺织服装产业发展领导小组办公室").alignment = 1
    doc.add_paragraph("2026年3月3日").alignment = 1
    table = doc.add_table(rows=0, cols=5)
    fill_rows(table, (("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),))
    for number, task, lead, support, deadline in SHISHI_ROWS:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = task
        _in_control(cells[2], lead, "dropDownList")
        _in_control(cells[3], support, "dropDownList")
        _in_control(cells[4], deadline, "date")
    doc.save(str(Path(__file__).parent / "docs" / "shishi-apparel-tasks-2026.docx"))


LONGQUAN_ROWS = (
    (
        "1",
        "推进青瓷传承创新，新增省级以上工艺美术大师5名",
        ("市文化和广电旅游体育局", "市经济和信息化局"),
    ),
    (
        "2",
        "建设青瓷宝剑特色小镇，完成投资3亿元",
        ("市发展和改革局", "市住房和城乡建设局", "上垟镇人民政府"),
    ),
    ("3", "拓展青瓷线上销售，青瓷网络零售额增长20%", ("市商务局", "市市场监督管理局")),
    ("4", "培育青瓷龙头企业，新增规上青瓷企业3家", ("市经济和信息化局", "市税务局")),
)


def red_leads_task_list() -> None:
    """A county-level city's task list in Word (batch 578) whose 责任单位 cells print the lead in
    red under the rule the note below states (注：标红的为牵头单位，其余为配合单位)."""
    from docx.shared import RGBColor

    doc = Document()
    doc.add_paragraph("龙泉市2026年青瓷产业发展重点任务分解表").alignment = 1
    table = doc.add_table(rows=0, cols=3)
    fill_rows(table, (("序号", "重点任务", "责任单位"),))
    for number, task, bodies in LONGQUAN_ROWS:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = task
        p = cells[2].paragraphs[0]
        p.add_run(bodies[0]).font.color.rgb = RGBColor(0xFF, 0x00, 0x00)
        p.add_run("、" + "、".join(bodies[1:]))
    doc.add_paragraph("注：标红的为牵头单位，其余为配合单位。")
    doc.add_paragraph("龙泉市人民政府办公室")
    doc.add_paragraph("2026年2月25日")
    doc.save(str(Path(__file__).parent / "docs" / "longquan-celadon-tasks-2026.docx"))


TONGXIANG_ROWS = (
    ("1", "推进毛衫企业智能化改造", ("市经济和信息化局", "市财政局", "各镇（街道）")),
    ("2", "建设毛衫时尚创意中心", ("濮院时尚古镇管委会", "市商务局", "")),
    (
        "3",
        "培育毛衫电商直播基地",
        ("市商务局", "市市场监督管理局", "濮院时尚古镇管委会"),
    ),
    ("4", "开展毛衫产品质量提升行动", ("市市场监督管理局", "", "")),
)
TONGXIANG_GOALS = {
    "1": "实施智能化改造项目50个，新增数字化车间10家",
    "2": "引进设计工作室100家，发布毛衫流行趋势2次",
    "3": "新增直播基地5个，毛衫网络零售额增长12%",
    "4": "毛衫产品抽检合格率达到96%以上",
}


def spanned_role_header_task_list() -> None:
    """A county-level city's task list in Word (batch 595) whose 责任单位 header cell spans three
    columns (gridSpan), one body a cell under it, the first body of each row the lead by the
    note under the table (注：责任单位中排在第一位的为牵头单位)."""
    doc = Document()
    doc.add_paragraph("桐乡市2026年毛衫产业高质量发展重点任务分解表").alignment = 1
    table = doc.add_table(rows=1, cols=6)
    head = table.rows[0].cells
    for cell, text in zip(head, ("序号", "重点任务", "工作目标", "责任单位", "", ""), strict=True):
        cell.text = text
    head[3].merge(head[5]).text = "责任单位"
    for number, task, bodies in TONGXIANG_ROWS:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = task
        cells[2].text = TONGXIANG_GOALS[number]
        for cell, body in zip(cells[3:6], bodies, strict=True):
            cell.text = body
    doc.add_paragraph("注：责任单位中排在第一位的为牵头单位，其余为配合单位。")
    doc.add_paragraph("桐乡市毛衫产业发展工作领导小组办公室")
    doc.add_paragraph("2026年3月12日")
    doc.save(str(Path(__file__).parent / "docs" / "tongxiang-knitwear-tasks-2026.docx"))


YIXING_ROWS = (
    (
        "1",
        "推进紫砂产业标准化建设，制定紫砂行业团体标准5项",
        ("牵头：市市场监督管理局", "配合：市陶瓷行业协会、丁蜀镇人民政府"),
        "2026年10月",
    ),
    (
        "2",
        "建设紫砂原料保护性开采和储备基地1个，原料储备达到2万吨",
        ("牵头：市自然资源和规划局", "配合：丁蜀镇人民政府", "市公安局"),
        "2026年12月",
    ),
    (
        "3",
        "培育紫砂电商直播基地5个，紫砂网络零售额增长15%",
        ("牵头：市商务局", "配合：市市场监督管理局"),
        "2026年12月",
    ),
    (
        "4",
        "举办第二十届中国宜兴国际陶瓷文化艺术节，接待游客30万人次",
        ("牵头：市文体广电和旅游局", "配合：市陶瓷行业协会、丁蜀镇人民政府"),
        "2026年11月",
    ),
)


def labelled_lines_in_cell_task_list() -> None:
    """A county-level city's task list in Word (batch 604) whose 责任单位 cell holds a paragraph
    for each role, labelled (牵头：X / 配合：Y、Z), once a body on a paragraph of its own after
    the 配合 one."""
    doc = Document()
    doc.add_paragraph("宜兴市2026年紫砂产业高质量发展重点任务分解表").alignment = 1
    doc.add_paragraph(
        "2026年，全市紫砂产业产值力争突破150亿元，紫砂从业人员稳定在10万人左右，"
        "新增紫砂规上企业10家。"
    )
    table = doc.add_table(rows=0, cols=4)
    fill_rows(table, (("序号", "重点任务", "责任单位", "完成时限"),))
    for number, task, lines, due in YIXING_ROWS:
        cells = table.add_row().cells
        cells[0].text = number
        cells[1].text = task
        cells[2].text = lines[0]
        for line in lines[1:]:
            cells[2].add_paragraph(line)
        cells[3].text = due
    doc.add_paragraph("宜兴市紫砂产业发展领导小组办公室")
    doc.add_paragraph("2026年3月9日")
    doc.save(str(Path(__file__).parent / "docs" / "yixing-zisha-tasks-2026.docx"))


CHONGZUO_ROWS = (
    (
        "1",
        "推广糖料蔗良种",
        "糖料蔗良种覆盖率达到95%以上",
        "县农业农村局（牵头）\n县糖业发展服务中心",
        "2026年10月",
        "",
    ),
    (
        "2",
        "建设“双高”糖料蔗基地",
        "新建高标准糖料蔗基地2万亩",
        "县农业农村局（牵头）\n县水利局\n各乡镇人民政府",
        "2026年12月",
        "2025年结转任务",
    ),
    (
        "3",
        "推进甘蔗机械化收获",
        "甘蔗机收率提高到40%",
        "县农机服务中心（牵头）\n县财政局",
        "2026年11月—2027年3月",
        "2026/2027年榨季",
    ),
    (
        "4",
        "延伸蔗糖产业链",
        "引进蔗渣综合利用项目2个，蔗糖产业产值增长8%",
        "县工业和信息化局（牵头）\n县招商促进中心",
        "2026年12月",
        "",
    ),
    (
        "5",
        "保障糖农收益",
        "糖料蔗收购价格不低于520元/吨",
        "县发展和改革局（牵头）\n县市场监管局",
        "2027年3月",
        "",
    ),
)


def season_task_table() -> None:
    """A Guangxi county's sugarcane task table in Word (batch 624): each 责任单位 cell a
    paragraph a body, the lead's marked （牵头）; a 完成时间 running over the crushing season
    into the next year, and a 备注 column naming another year (2025年结转任务, the season)."""
    doc = Document()
    doc.add_paragraph("扶绥县2026年蔗糖产业高质量发展工作方案").alignment = 1
    doc.add_paragraph(
        "为巩固提升蔗糖产业支柱地位，推动糖料蔗生产全程机械化，促进蔗农增收，制定本方案。"
    )
    doc.add_paragraph("一、工作目标")
    doc.add_paragraph(
        "2026年，全县糖料蔗种植面积稳定在60万亩，糖料蔗总产量达到360万吨，蔗糖产业产值突破120亿元。"
    )
    doc.add_paragraph("二、重点任务")
    table = doc.add_table(rows=0, cols=6)
    fill_rows(
        table, (("序号", "工作任务", "目标要求", "责任单位", "完成时间", "备注"), *CHONGZUO_ROWS)
    )
    doc.add_paragraph("三、工作要求")
    doc.add_paragraph("各责任单位要于每月25日前向县糖业发展服务中心报送工作进展情况。")
    doc.add_paragraph("扶绥县人民政府办公室")
    doc.add_paragraph("2026年2月24日")
    doc.save(str(Path(__file__).parent / "docs" / "fusui-sugarcane-tasks-2026.docx"))


QINGZHEN_ROWS = (
    ("1", "规上工业增加值增速", "10%", "市工业和信息化局", "市统计局", "2026年12月"),
    (
        "2",
        "新增规上工业企业",
        "15家",
        "市工业和信息化局",
        "市市场监管局\n各乡镇（街道）",
        "2026年12月",
    ),
    ("3", "工业投资增速", "12%以上", "市发展和改革局", "市工业和信息化局", "2026年12月"),
    (
        "4",
        "新开工亿元以上工业项目",
        "20个",
        "市投资促进局",
        "市发展和改革局、市自然资源局",
        "2026年10月",
    ),
    (
        "5",
        "铝及铝加工产业产值",
        "突破300亿元",
        "市工业和信息化局",
        "清镇经济开发区管委会",
        "2026年12月",
    ),
    (
        "6",
        "推动铝精深加工企业技术改造，提升产品附加值",
        "实施技改项目10个",
        "市工业和信息化局",
        "市科技局",
        "2026年11月",
    ),
    (
        "7",
        "工业固体废物综合利用率",
        "60%以上",
        "贵阳市生态环境局清镇分局",
        "市工业和信息化局",
        "2026年12月",
    ),
    (
        "8",
        "单位工业增加值能耗下降",
        "完成省下达任务",
        "市发展和改革局",
        "市工业和信息化局",
        "2026年12月",
    ),
)


def goal_column_task_table() -> None:
    """A Guizhou city's industrial task table in Word (batch 629): its goals in a column of
    their own headed 目标值 (工作任务 | 目标值 | 牵头单位 | 配合单位 | 完成时限), most cells a
    figure alone (15家, 12%以上, 突破300亿元) that the row's task names, one a sentence's
    figure (实施技改项目10个), one no figure (完成省下达任务)."""
    doc = Document()
    doc.add_paragraph("清镇市2026年工业经济重点工作任务分解表").alignment = 1
    doc.add_paragraph(
        "为确保完成全年工业经济目标任务，推动工业经济稳中求进，现将2026年工业经济重点工作任务分解如下。"
    )
    doc.add_paragraph("一、重点任务")
    table = doc.add_table(rows=0, cols=6)
    fill_rows(
        table,
        (("序号", "工作任务", "目标值", "牵头单位", "配合单位", "完成时限"), *QINGZHEN_ROWS),
    )
    doc.add_paragraph("二、工作要求")
    doc.add_paragraph(
        "各牵头单位要细化工作措施，于每月5日前将上月工作进展情况报送市工业和信息化局。"
    )
    doc.add_paragraph("清镇市人民政府办公室")
    doc.add_paragraph("2026年3月9日")
    doc.save(str(Path(__file__).parent / "docs" / "qingzhen-industrial-tasks-2026.docx"))


CANGXIAN_ROWS = (
    "一、壮大主导产业",
    (
        "1",
        "推动汽车零部件产业集群发展，汽车零部件产业营业收入突破120亿元，新增规上企业8家",
        "张华",
        "县工业和信息化局",
        "县发展和改革局、县科学技术局",
        "2026年12月底",
        "",
    ),
    (
        "2",
        "加快管道装备产业转型升级，建设管道装备检验检测中心1个，产值增长10%以上",
        "^",
        "^",
        "县市场监督管理局、县经济开发区管委会",
        "2026年10月底",
        "",
    ),
    "二、扩大有效投资",
    (
        "3",
        "全年实施亿元以上项目60个，完成投资150亿元",
        "李强",
        "县发展和改革局",
        "各乡镇人民政府、县直有关部门",
        "2026年12月底",
        "此项为市考指标",
    ),
    (
        "4",
        "新增专项债券额度8亿元，争取超长期特别国债资金2亿元",
        "^",
        "县财政局",
        "县发展和改革局",
        "2026年9月底",
        "—",
    ),
)


def merged_leader_task_table() -> None:
    """A Hebei county's task table in Word (batch 706): a leader's column beside the lead's
    (序号 | 重点任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限 | 备注), the leader's and the lead's
    cells merged down over two rows, section rows merged across, a remark in the last column
    (此项为市考指标) and a dash for none."""
    doc = Document()
    doc.add_paragraph("沧县2026年经济工作重点任务分解表").alignment = 1
    doc.add_paragraph("沧县人民政府办公室　　2026年2月24日").alignment = 1
    table = doc.add_table(rows=1, cols=7)
    for cell, text in zip(
        table.rows[0].cells,
        ("序号", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时限", "备注"),
        strict=True,
    ):
        cell.text = text
    fill_rows(table, CANGXIAN_ROWS)
    _merge_down(table, CANGXIAN_ROWS, 1)
    doc.add_paragraph("注：各牵头单位每季度末将任务进展报县政府督查室。")
    doc.save(str(Path(__file__).parent / "docs" / "cangxian-economic-key-tasks-2026.docx"))


def annex_task_table() -> None:
    """A county's plan in Word whose tasks are given out in an annex table after its body
    (batch 735): the body's parts 一、 to 三、, the second pointing to the annex, then the
    annex's label (附件：…) and its table (序号 | 重点任务 | 目标要求 | 牵头单位 | 配合单位 | 完成时限)."""
    front = (
        "广饶县2026年橡胶轮胎产业转型升级工作方案",
        "广饶县工业和信息化局",
        "2026年3月10日",
        "一、工作目标",
        "2026年，全县轮胎产量稳定在1.5亿条，橡胶轮胎产业营业收入突破1200亿元，"
        "绿色轮胎占比达到75%以上。",
        "二、重点任务",
        "围绕扩大高端产能、推进智能化改造、拓展海外市场三个方面，明确8项重点任务，详见附件。",
        "三、保障措施",
        "县财政统筹安排橡胶轮胎产业转型升级专项资金5000万元，支持企业技术改造和品牌建设。",
        "附件：广饶县2026年橡胶轮胎产业转型升级重点任务分工表",
    )
    header = ("序号", "重点任务", "目标要求", "牵头单位", "配合单位", "完成时限")
    rows = (
        (
            "1",
            "扩大高端产能",
            "新增高性能子午线轮胎产能800万条",
            "县工信局",
            "县发改局、大王镇",
            "2026年12月",
        ),
        (
            "2",
            "推进智能化改造",
            "实施智能化改造项目20个，建成智能工厂3家",
            "县工信局",
            "县科技局",
            "2026年12月",
        ),
        ("3", "培育研发平台", "新增省级以上企业技术中心2家", "县科技局", "县工信局", "2026年11月"),
        (
            "4",
            "拓展海外市场",
            "轮胎出口额增长10%，新建海外仓2个",
            "县商务局",
            "县税务局、东营海关驻广饶办事处",
            "2026年12月",
        ),
    )
    _task_list(front, header, rows, "guangrao-tyre-annex-tasks-2026.docx")


def list_numbered_notes_after() -> None:
    """A county's plan numbered by Word's multilevel list (batch 742): parts and sub-parts in
    the heading styles, items numbered 1. on their paragraphs, each item's note a plain
    paragraph of its own after it (（牵头单位：…；配合单位：…）)."""
    notice = (
        "句容市2026年茶产业高质量发展实施方案",
        "句容市农业农村局",
        "2026年3月11日",
    )
    body = (
        (0, "发展目标"),
        (None, "2026年，全市茶园面积稳定在4.2万亩，茶叶产量达到1200吨，茶产业综合产值突破10亿元。"),
        (0, "重点任务"),
        (1, "提升茶园建设水平"),
        (2, "改造提升老茶园3000亩，新建生态茶园示范基地5个。"),
        (None, "（牵头单位：市农业农村局；配合单位：各镇人民政府（街道办事处））"),
        (2, "推广茶园绿色防控技术2万亩。"),
        (None, "（牵头单位：市农业农村局；配合单位：市供销合作总社）"),
        (1, "打响“茅山长青”品牌"),
        (2, "组织茶企参加省级以上展会8次，新增茶叶电商销售额2000万元。"),
        (None, "（牵头单位：市商务局；配合单位：市农业农村局、市融媒体中心）"),
        (0, "保障措施"),
        (None, "市财政安排茶产业发展专项资金600万元。（市财政局负责）"),
    )
    doc = list_numbered_plan(notice, body)
    doc.save(str(Path(__file__).parent / "docs" / "jurong-tea-plan-word-list-2026.docx"))


def spaced_bodies_task_list() -> None:
    """A county's task table in Word whose role cells set their bodies apart by spaces
    (batch 746), one by a full-width space, as typists separate them in a narrow cell."""
    front = (
        "盱眙县2026年龙虾产业高质量发展重点任务分解表",
        "盱眙县龙虾产业发展局　2026年2月27日",
    )
    header = ("序号", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时限")
    rows = (
        (
            "1",
            "新建稻虾综合种养基地5万亩，稻虾共作面积稳定在60万亩",
            "张军",
            "县农业农村局",
            "县财政局 县水务局 各镇（街道）",
            "2026年10月",
        ),
        (
            "2",
            "培育龙虾加工企业5家，龙虾加工产值增长12%",
            "李红",
            "县工信局",
            "县龙虾产业发展局　县市场监管局",
            "2026年12月",
        ),
        (
            "3",
            "举办第二十六届中国·盱眙国际龙虾节，龙虾餐饮营业收入突破30亿元",
            "王磊",
            "县龙虾产业发展局",
            "县商务局 县文化广电和旅游局",
            "2026年7月",
        ),
    )
    _task_list(front, header, rows, "xuyi-crayfish-spaced-bodies-tasks-2026.docx")


def down_task_list() -> None:
    """A district's task table for its down industry (batch 796): two bodies in a cell as two
    paragraphs, a dash for none, the signature under the table."""
    front = (
        "六安市裕安区2026年羽绒产业发展重点任务分解表",
        "六安市裕安区人民政府办公室　2026年3月4日",
    )
    header = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
    rows = (
        (
            "1",
            "推动羽绒精深加工，新增羽绒服装、羽绒家纺规模以上企业6家，羽绒产业产值达到120亿元",
            "区经信局",
            "区发改委\n区市场监管局",
            "2026年12月",
        ),
        ("2", "建设羽绒检测中心，年检测羽绒样品8000批次", "区市场监管局", "区科技局", "2026年9月"),
        (
            "3",
            "发展白鹅养殖，全区白鹅饲养量稳定在300万只",
            "区农业农村局",
            "各乡镇人民政府\n各街道办事处",
            "2026年12月",
        ),
        (
            "4",
            "培育羽绒电商企业20家，羽绒制品网络零售额增长25%",
            "区商务局",
            "区人社局",
            "2026年12月",
        ),
        (
            "5",
            "推进羽绒企业废水治理，完成8家企业污水处理设施提标改造",
            "市生态环境局裕安分局",
            "—",
            "2026年6月",
        ),
    )
    back = ("六安市裕安区人民政府办公室", "2026年3月4日")
    _task_list(front, header, rows, "yuan-down-industry-tasks-2026.docx", back=back)


def section_rows_by_industry_task_list() -> None:
    """A county's task table for bamboo and white tea (batch 817): section rows merged across
    the table naming each industry, the rows numbered through."""
    front = ("安吉县2026年竹产业和白茶产业重点任务分解表", "安吉县人民政府办公室　2026年3月6日")
    header = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
    rows = (
        "一、竹产业",
        (
            "1",
            "推进竹材精深加工，新增竹制品规上企业6家，竹产业产值达到240亿元",
            "县林业局",
            "县经信局",
            "2026年12月",
        ),
        (
            "2",
            "推广“以竹代塑”产品，开发竹制餐具、竹纤维日用品等产品30个",
            "县经信局",
            "县市场监管局",
            "2026年12月",
        ),
        "二、白茶产业",
        (
            "3",
            "新建白茶生态茶园5000亩，安吉白茶产量达到2300吨",
            "县农业农村局",
            "各乡镇人民政府",
            "2026年10月",
        ),
        (
            "4",
            "推进茶旅融合，打造白茶文化旅游精品线路3条",
            "县文化和广电旅游体育局",
            "县农业农村局",
            "2026年12月",
        ),
    )
    _task_list(front, header, rows, "anji-bamboo-white-tea-task-table-2026.docx")


def leaders_and_partners_task_list() -> None:
    """A county-level city's task table for environmental equipment (batch 825): a column of
    the leaders by name, the lead's partners headed 协同单位, a dash for none."""
    front = ("宜兴市2026年环保装备产业重点任务推进表", "宜兴市工业和信息化局　2026年3月8日")
    header = ("序号", "重点任务", "责任领导", "牵头单位", "协同单位", "完成时限")
    rows = (
        (
            "1",
            "推动环保装备企业智能化改造，新增省级智能车间8个，环保装备产业营业收入增长10%",
            "王强",
            "市工信局",
            "高塍镇人民政府",
            "2026年12月",
        ),
        (
            "2",
            "建设中国宜兴环保科技工业园创新中心，引进环保研发机构5家",
            "李明",
            "宜兴环保科技工业园管委会",
            "市科技局",
            "2026年11月",
        ),
        (
            "3",
            "举办中国（宜兴）国际环保展览会，参展企业达到600家",
            "王强",
            "市商务局",
            "宜兴环保科技工业园管委会",
            "2026年10月",
        ),
        (
            "4",
            "开展环保装备产品质量提升行动，抽检环保装备产品200批次",
            "赵敏",
            "市市场监管局",
            "—",
            "2026年12月",
        ),
    )
    _task_list(front, header, rows, "yixing-environmental-equipment-tasks-2026.docx")


def unnumbered_rows_task_list() -> None:
    """A county's geospatial task table with no 序号 column (batch 837): the lead marked
    （牵头） as the first of a cell's two paragraphs."""
    front = ("德清县2026年地理信息产业重点任务表", "德清县人民政府办公室　2026年3月18日")
    header = ("重点任务", "责任单位", "完成时限")
    rows = (
        (
            "推进地理信息小镇扩容提质，新引进地理信息企业50家，地理信息产业营业收入增长15%",
            "县经信局（牵头）\n地理信息小镇管委会",
            "2026年12月",
        ),
        (
            "建设时空大数据平台，接入数据资源200类",
            "县自然资源和规划局（牵头）\n县大数据局",
            "2026年10月",
        ),
        ("举办联合国世界地理信息大会配套活动，签约项目20个", "县商务局", "2026年11月"),
    )
    _task_list(front, header, rows, "deqing-geospatial-tasks-2026.docx")


def bazhou_furniture_task_list() -> None:
    """A county-level city's furniture task table (batch 860): 序号 | 重点任务 | 目标要求 |
    责任单位, the lead written first in its cell and marked （牵头）, a row of a section."""
    front = ("霸州市2026年家具产业转型升级重点任务分解表", "霸州市人民政府办公室　2026年3月16日")
    header = ("序号", "重点任务", "目标要求", "责任单位")
    rows = (
        "一、提升产业层级",
        (
            "1",
            "推动金属玻璃家具企业智能化改造",
            "完成技改项目25个，家具产业营业收入增长8%",
            "市工信局（牵头）、市发改局",
        ),
        (
            "2",
            "建设家具产业设计中心",
            "引进设计团队10个，发布新品300款",
            "胜芳镇人民政府（牵头）、市科技局",
        ),
        "二、拓展市场渠道",
        (
            "3",
            "办好胜芳国际家具博览会",
            "参展企业达到800家以上，现场交易额超过20亿元",
            "市商务局（牵头）、胜芳镇人民政府",
        ),
        ("4", "发展家具跨境电商", "家具跨境电商出口额增长20%", "市商务局"),
    )
    _task_list(front, header, rows, "bazhou-furniture-tasks-2026.docx")


def hejian_remanufacturing_points() -> None:
    """A county-level city's remanufacturing work points in Word (batch 868): the title a
    heading style, the parts Heading 2, each item a paragraph closed by its note, the office
    and date signed at the end right-aligned."""
    doc = Document()
    doc.add_heading("河间市2026年再制造产业发展工作要点", level=1)
    parts = (
        (
            "一、做大再制造产业规模",
            (
                "（一）壮大龙头企业。全市再制造产业营业收入突破150亿元，新增规上再制造企业15家。"
                "（市工信局牵头，市发改局、河间经济开发区管委会配合）",
                "（二）建设专业园区。推进国家再制造产业示范基地提档升级，新入驻企业30家。"
                "（河间经济开发区管委会负责）",
            ),
        ),
        (
            "二、规范回收利用体系",
            (
                "（三）完善旧件回收。建设汽车零部件旧件回收网点50个，年回收旧件达到20万件。"
                "（市商务局牵头，沧州市生态环境局河间市分局配合）",
                "（四）加强质量认证。再制造产品认证数量达到60个。（市市场监管局负责）",
            ),
        ),
    )
    for heading, items in parts:
        doc.add_heading(heading, level=2)
        for item in items:
            doc.add_paragraph(item)
    for line in ("河间市人民政府办公室", "2026年3月13日"):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(str(Path(__file__).parent / "docs" / "hejian-remanufacturing-points-2026.docx"))


def guian_computing_task_list() -> None:
    """A new area's computing-power task table (batch 877): 序号 | 重点任务 | 牵头领导 |
    牵头单位 | 责任单位 | 完成时限, the leaders officials named by title and name, no bodies."""
    front = ("贵安新区2026年算力产业发展重点任务清单", "贵安新区管委会办公室　2026年3月3日")
    header = ("序号", "重点任务", "牵头领导", "牵头单位", "责任单位", "完成时限")
    rows = (
        (
            "1",
            "推进智算中心建设，新增智能算力规模2万P",
            "王某某（副主任）",
            "新区大数据局",
            "新区发改局、新区自然资源局",
            "2026年12月",
        ),
        (
            "2",
            "引进算力应用企业，新引进数据标注、模型训练企业30家",
            "王某某（副主任）",
            "新区投资促进局",
            "新区大数据局",
            "2026年11月",
        ),
        (
            "3",
            "保障数据中心用电，数据中心绿电使用比例达到50%以上",
            "李某某（副主任）",
            "新区经发局",
            "贵州电网贵安供电局",
            "2026年12月",
        ),
        ("4", "举办算力产业大会1场", "李某某（副主任）", "新区大数据局", "新区文旅局", "2026年9月"),
    )
    _task_list(front, header, rows, "guian-computing-power-tasks-2026.docx")


def zhenghe_white_tea_merged_task_list() -> None:
    """A county's white-tea task table (batch 890): 类别 | 序号 | 工作任务 | 牵头单位 |
    配合单位, the category and a lead merged down the rows they share."""
    front = ("政和县2026年白茶产业发展工作任务表", "政和县人民政府办公室　2026年2月18日")
    header = ("类别", "序号", "工作任务", "牵头单位", "配合单位")
    rows = (
        (
            "茶园提升",
            "1",
            "新建生态茶园示范基地5个，茶园面积稳定在11万亩",
            "县农业农村局",
            "各乡镇",
        ),
        ("^", "2", "推广茶园绿色防控技术5万亩", "^", "县林业局"),
        ("品牌营销", "3", "“政和白茶”品牌价值提升到50亿元", "县茶业发展中心", "县市场监管局"),
        (
            "^",
            "4",
            "在全国开设政和白茶品牌店30家，茶叶电商销售额增长20%",
            "县商务局",
            "县茶业发展中心",
        ),
        ("茶旅融合", "5", "打造茶旅精品线路3条，茶旅游客增长15%", "县文旅局", "县茶业发展中心"),
    )
    doc = Document()
    for text in front:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=len(header))
    fill_rows(table, (header, *rows))
    _merge_down(table, rows, 1)
    doc.save(str(Path(__file__).parent / "docs" / "zhenghe-white-tea-tasks-2026.docx"))


def botou_casting_task_list() -> None:
    """A county-level city's casting task table (batch 897): 序号 | 工作任务 | 主要责任单位 |
    协同配合单位 | 时间节点."""
    front = ("泊头市2026年铸造产业转型升级工作任务清单", "泊头市人民政府办公室　2026年3月20日")
    header = ("序号", "工作任务", "主要责任单位", "协同配合单位", "时间节点")
    rows = (
        (
            "1",
            "实施铸造企业绿色化改造，完成铸造企业超低排放改造40家",
            "市工信局",
            "沧州市生态环境局泊头市分局",
            "2026年10月底",
        ),
        (
            "2",
            "推进铸造产业园建设，新入园铸造企业15家",
            "泊头经济开发区管委会",
            "市自然资源和规划局",
            "2026年12月底",
        ),
        (
            "3",
            "培育铸造装备“专精特新”企业，新增省级专精特新中小企业10家",
            "市工信局",
            "市科技局",
            "2026年12月底",
        ),
        (
            "4",
            "开展铸造行业安全生产专项检查，检查企业覆盖率达到100%",
            "市应急管理局",
            "各乡镇（街道）",
            "2026年6月底",
        ),
    )
    _task_list(front, header, rows, "botou-casting-tasks-2026.docx")


def pingyu_outdoor_goods_points() -> None:
    """A county's outdoor leisure goods work points in Word (batch 905): the title a heading
    style, items Heading 2 with their text a paragraph under them, each paragraph closed by
    its note, the office and date signed at the end."""
    doc = Document()
    doc.add_heading("平舆县2026年户外休闲用品产业发展工作要点", level=1)
    items = (
        (
            "一、壮大产业规模",
            "户外休闲用品产业营业收入突破100亿元，新增规上户外休闲用品企业10家。"
            "（县工信局牵头，县发改委、平舆县产业集聚区管委会配合）",
        ),
        (
            "二、拓展出口市场",
            "户外休闲用品出口额增长12%，新设海外仓2个。（县商务局负责）",
        ),
        (
            "三、推动品牌建设",
            "培育户外休闲用品自主品牌20个，参加国际户外用品展会8场次。（县商务局牵头，县市场监管局配合）",
        ),
    )
    for heading, text in items:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
    for line in ("平舆县人民政府办公室", "2026年3月7日"):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(str(Path(__file__).parent / "docs" / "pingyu-outdoor-goods-points-2026.docx"))


def liushi_electrical_task_list() -> None:
    """A town's electrical-equipment task table (batch 909): 序号 | 工作任务 | 责任领导 | 责任单位
    | 完成时限, the leaders officials by title and name, a cell's bodies parted by "、"."""
    front = ("乐清市柳市镇2026年电气产业提升工作任务分解表", "乐清市柳市镇人民政府　2026年3月2日")
    header = ("序号", "工作任务", "责任领导", "责任单位", "完成时限")
    rows = (
        ("1", "电气产业产值增长6%，新增规上电气企业30家", "张某某", "镇经济发展办", "12月底"),
        (
            "2",
            "推进低压电器数字化改造，建设数字化车间20个",
            "张某某",
            "镇经济发展办、镇企业服务中心",
            "11月底",
        ),
        (
            "3",
            "开展电气产品质量提升行动，电气产品抽检合格率达到95%以上",
            "李某某",
            "乐清市市场监管局柳市分局",
            "12月底",
        ),
        (
            "4",
            "完成电镀、注塑等配套企业整治40家",
            "王某某",
            "镇综合行政执法队、各村（社区）",
            "10月底",
        ),
    )
    _task_list(front, header, rows, "liushi-electrical-tasks-2026.docx")


def suixian_mushroom_task_list() -> None:
    """A county's mushroom task table (batch 919) and a note under it giving the towns the
    work of their own areas: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限."""
    front = ("随县2026年香菇产业发展重点任务分工表", "随县人民政府办公室　2026年3月4日")
    header = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
    rows = (
        (
            "1",
            "稳定香菇生产规模，香菇袋料生产达到2.5亿袋",
            "县农业农村局",
            "各镇人民政府",
            "2026年12月",
        ),
        (
            "2",
            "推进香菇精深加工，新增香菇深加工企业3家，香菇加工转化率达到40%",
            "县经信局",
            "县农业农村局",
            "2026年12月",
        ),
        ("3", "扩大香菇出口，香菇出口额增长10%", "县商务局", "随州海关", "2026年12月"),
        ("4", "建设香菇菌棒工厂化生产中心2个", "县农业农村局", "县发改局", "2026年10月"),
    )
    back = ("注：各镇人民政府负责本辖区香菇生产组织工作。",)
    _task_list(front, header, rows, "suixian-mushroom-tasks-2026.docx", back)


def jinxiang_garlic_task_list() -> None:
    """A county's garlic task table (batch 927): 序号 | 任务内容 | 目标要求 | 牵头单位 | 协办单位 |
    完成时间, the targets in a column of their own."""
    front = (
        "金乡县2026年大蒜产业提质增效重点任务分解表",
        "中共金乡县委农业农村委员会办公室　2026年2月10日",
    )
    header = ("序号", "任务内容", "目标要求", "牵头单位", "协办单位", "完成时间")
    rows = (
        (
            "1",
            "稳定大蒜种植面积",
            "全县大蒜种植面积稳定在60万亩",
            "县农业农村局",
            "各镇（街道）",
            "2026年6月",
        ),
        (
            "2",
            "推广大蒜良种",
            "建设脱毒大蒜良种繁育基地2处，良种覆盖率达到90%以上",
            "县农业农村局",
            "县科技局、县财政局",
            "2026年10月",
        ),
        (
            "3",
            "发展大蒜精深加工",
            "新增黑蒜、大蒜素等精深加工企业5家，精深加工率提高到35%",
            "县工信局",
            "县发改局、金乡经济开发区管委会",
            "2026年12月",
        ),
        (
            "4",
            "拓展国际市场",
            "大蒜及制品出口额增长8%",
            "县商务局",
            "济宁海关驻金乡办事处",
            "2026年12月",
        ),
        (
            "5",
            "完善冷链仓储",
            "新增冷库库容20万吨",
            "县商务局",
            "县自然资源局、县市场监管局",
            "2026年11月",
        ),
    )
    _task_list(front, header, rows, "jinxiang-garlic-tasks-2026.docx")


def arong_soybean_plan() -> None:
    """A banner's soybean plan in Word (batch 940): the title and the office's line, parts as
    Heading 2, each item a paragraph and its note the paragraph under it in brackets."""
    doc = Document()
    doc.add_heading("阿荣旗2026年大豆产业振兴工作方案", level=1)
    doc.add_paragraph("阿荣旗人民政府办公室　2026年2月28日")
    parts = (
        (
            "一、扩大种植规模",
            (
                (
                    "（一）稳定大豆面积。全旗大豆播种面积稳定在200万亩以上，推广大豆玉米带状复合种植10万亩。",
                    "（旗农牧局牵头，各苏木乡镇配合）",
                ),
                (
                    "（二）提高单产水平。建设大豆高产示范田5万亩，平均亩产提高到140公斤。",
                    "（旗农牧局负责）",
                ),
            ),
        ),
        (
            "二、延伸加工链条",
            (
                (
                    "（三）发展豆制品加工。新增大豆精深加工企业3家，大豆就地加工转化率达到45%。",
                    "（旗工信局牵头，旗发改委、旗市场监管局配合）",
                ),
                (
                    "（四）建设仓储设施。新建大豆收储库10万吨。",
                    "（旗发改委牵头，旗粮食和物资储备中心配合）",
                ),
            ),
        ),
    )
    for heading, items in parts:
        doc.add_heading(heading, level=2)
        for item, note in items:
            doc.add_paragraph(item)
            doc.add_paragraph(note)
    doc.save(str(Path(__file__).parent / "docs" / "arong-soybean-plan-2026.docx"))


def cangnan_printing_nuclear_task_list() -> None:
    """A county's printing-and-packaging and nuclear-power task table (batch 1040): 序号 |
    重点任务 | 责任单位 | 完成时限, each 责任单位 cell two paragraphs (牵头：X / 配合：Y)."""
    front = (
        "苍南县2026年印刷包装和核电关联产业发展重点任务",
        "苍南县人民政府办公室",
        "2026年3月8日",
    )
    header = ("序号", "重点任务", "责任单位", "完成时限")
    rows = (
        (
            "1",
            "推动印刷包装产业智能化改造，印刷包装产业产值突破300亿元，新增规上企业20家",
            "牵头：县经信局\n配合：县科技局、龙港新城管委会",
            "2026年12月",
        ),
        (
            "2",
            "建设印刷包装产业园二期，入园企业达到60家",
            "牵头：县发改局\n配合：县自然资源和规划局、灵溪镇人民政府",
            "2026年11月",
        ),
        (
            "3",
            "服务三澳核电项目建设，完成年度投资80亿元，引进核电装备配套企业3家",
            "牵头：县核电办\n配合：县经信局、霞关镇人民政府",
            "2026年12月",
        ),
        (
            "4",
            "发展核电关联产业，培育核电运维服务企业5家",
            "牵头：县经信局\n配合：县人力社保局",
            "2026年12月",
        ),
    )
    _task_list(front, header, rows, "cangnan-printing-nuclear-tasks-2026.docx")


def longquan_celadon_sword_task_list() -> None:
    """A county-level city's celadon and sword task table (batch 979): 序号 | 重点任务 | 目标要求 |
    牵头单位 | 配合单位, two leads in one cell on lines of their own, no mark between them."""
    front = ("龙泉市2026年青瓷宝剑产业发展重点任务清单", "龙泉市人民政府办公室　2026年3月9日")
    header = ("序号", "重点任务", "目标要求", "牵头单位", "配合单位")
    rows = (
        (
            "1",
            "壮大青瓷产业",
            "青瓷产业产值突破30亿元，新增青瓷规上企业5家",
            "市青瓷宝剑产业局\n市经信局",
            "上垟镇人民政府",
        ),
        (
            "2",
            "做强宝剑产业",
            "宝剑产业产值增长12%，培育宝剑锻制技艺传承人20名",
            "市青瓷宝剑产业局",
            "市人力社保局\n市文化和广电旅游体育局",
        ),
        (
            "3",
            "建设青瓷小镇",
            "青瓷小镇接待游客达到150万人次",
            "上垟镇人民政府",
            "市文化和广电旅游体育局",
        ),
        (
            "4",
            "拓展青瓷宝剑电商",
            "青瓷宝剑网络零售额增长20%",
            "市商务局",
            "市青瓷宝剑产业局",
        ),
    )
    _task_list(front, header, rows, "longquan-celadon-sword-tasks-2026.docx")


SHAXIAN_HEADER = ("序号", "工作任务", "牵头单位", "配合单位", "完成时限")
SHAXIAN_ROWS = (
    "一、做强产业规模",
    (
        "1",
        "沙县小吃营业额突破600亿元，新增沙县小吃门店3000家",
        "区小吃产业发展中心",
        "区商务局",
        "2026年12月",
    ),
    (
        "2",
        "建设沙县小吃产业园，入园食品加工企业达到40家",
        "^",
        "区工信局",
        "2026年12月",
    ),
    "二、推进标准化和品牌化",
    (
        "3",
        "制修订沙县小吃标准10项，培训小吃从业人员1万人次",
        "区市场监管局",
        "区人社局",
        "2026年11月",
    ),
    ("4", "拓展海外门店，沙县小吃境外门店新增50家", "区商务局", "区委统战部", "2026年12月"),
)


def shaxian_snacks_task_list() -> None:
    """A district's snack-food task table (batch 1110): section rows merged across the table
    (一、…), the lead's cell merged down over two rows, the office and date signed under it."""
    doc = Document()
    doc.add_paragraph("三明市沙县区2026年沙县小吃产业发展重点任务清单")
    table = doc.add_table(rows=0, cols=len(SHAXIAN_HEADER))
    fill_rows(table, (SHAXIAN_HEADER, *SHAXIAN_ROWS))
    _merge_down(table, SHAXIAN_ROWS, 1)
    doc.add_paragraph("沙县区人民政府办公室")
    doc.add_paragraph("2026年3月13日")
    doc.save(str(Path(__file__).parent / "docs" / "shaxian-snacks-tasks-2026.docx"))


HULUNBUIR_HEADER = ("序号", "重点任务", "工作目标", "责任单位", "完成时限")
HULUNBUIR_ROWS = (
    (
        "1",
        "做大做强乳业",
        "奶牛存栏稳定在25万头，乳制品加工能力达到300万吨",
        "市农牧局牵头，市工信局、市市场监管局配合",
        "2026年12月底前",
    ),
    (
        "2",
        "发展肉牛肉羊养殖",
        "新建标准化肉牛养殖场30个，肉牛存栏达到120万头以上",
        "市农牧局牵头，市自然资源局配合",
        "2026年11月底前",
    ),
    (
        "3",
        "推进冰雪旅游",
        "全年接待冰雪旅游游客突破600万人次，新建冰雪旅游项目5个",
        "市文化旅游体育局牵头，市交通运输局、市商务局配合",
        "2026年12月底前",
    ),
)


def hulunbuir_dairy_beef_task_list() -> None:
    """A league city's dairy, beef and snow-tourism task table (batch 1160): 序号 | 重点任务 |
    工作目标 | 责任单位 | 完成时限, the roles in one cell as a sentence (X牵头，Y、Z配合), and a
    note under the table giving every task to the banners and cities (注：…负责…各项任务…)."""
    doc = Document()
    doc.add_paragraph("呼伦贝尔市2026年乳业肉业和冰雪旅游重点任务分解表")
    doc.add_paragraph("呼伦贝尔市人民政府办公室")
    doc.add_paragraph("2026年3月6日")
    table = doc.add_table(rows=0, cols=len(HULUNBUIR_HEADER))
    fill_rows(table, (HULUNBUIR_HEADER, *HULUNBUIR_ROWS))
    doc.add_paragraph("注：各旗市区人民政府负责本地区各项任务的组织实施。")
    doc.save(str(Path(__file__).parent / "docs" / "hulunbuir-dairy-beef-snow-tasks-2026.docx"))


QUESHAN_HEADER = ("序号", "工作任务", "具体措施", "责任领导", "牵头部门", "协办部门", "完成时间")
QUESHAN_ROWS = (
    "一、做大制琴产业",
    (
        "1",
        "壮大提琴制造主体",
        "新增提琴及配件生产企业20家，提琴产量达到50万把，产值突破10亿元。",
        "王建国",
        "县工业和信息化局",
        "县提琴产业园管理服务中心\n竹沟镇人民政府",
        "2026年12月",
    ),
    (
        "2",
        "提升制琴工艺",
        "建设提琴制作技艺传习所2个，培训制琴工匠800人次。",
        "李红梅",
        "县人力资源和社会保障局",
        "县文化广电和旅游局",
        "2026年10月",
    ),
    "二、拓展乐器市场",
    (
        "3",
        "发展提琴电商",
        "培育年销售额超500万元的提琴电商企业10家，提琴网络销售额增长25%。",
        "李红梅",
        "县商务局",
        "—",
        "2026年12月",
    ),
    (
        "4",
        "打造音乐小镇",
        "举办第五届中国·确山提琴文化节，接待游客30万人次。",
        "张志强",
        "竹沟镇人民政府",
        "县文化广电和旅游局\n县提琴产业园管理服务中心",
        "2026年9月",
    ),
)


def queshan_violin_task_list() -> None:
    """A Henan county's violin-making task table (batch 1218): 序号 | 工作任务 | 具体措施 |
    责任领导 | 牵头部门 | 协办部门 | 完成时间, the helpers in a 协办部门 column, two bodies in a
    cell as two paragraphs, a dash for none, section rows merged across, and the county's
    leading group's office signing under the table."""
    _task_list(
        ("确山县2026年提琴产业发展重点工作任务分解表",),
        QUESHAN_HEADER,
        QUESHAN_ROWS,
        "queshan-violin-tasks-2026.docx",
        back=("确山县提琴产业发展领导小组办公室", "2026年2月28日"),
    )


YICHANG_HEADER = ("序号", "重点任务", "牵头市领导", "牵头单位", "责任单位", "配合单位", "完成时限")
YICHANG_ROWS = (
    (
        "1",
        "做强磷化工精细化延伸，磷化工产业产值达到900亿元，新增精细化工项目10个",
        "刘志刚",
        "市经信局",
        "宜都市、枝江市人民政府",
        "市发改委、市应急管理局",
        "2026年12月底",
    ),
    (
        "2",
        "推进新能源电池材料集群发展，磷酸铁锂正极材料产能突破50万吨",
        "刘志刚",
        "市经信局",
        "猇亭区、宜昌高新区",
        "市招商服务中心",
        "2026年12月底",
    ),
    (
        "3",
        "建设磷石膏综合利用项目5个，磷石膏综合利用率提高到65%",
        "周红",
        "市生态环境局",
        "—",
        "市经信局、市自然资源和规划局",
        "2026年11月底",
    ),
)


def yichang_three_role_columns() -> None:
    """A prefecture city's phosphorus-chemicals task list in Word (batch 1229): 序号 | 重点任务 |
    牵头市领导 | 牵头单位 | 责任单位 | 配合单位 | 完成时限 — three columns of bodies, counties' and
    districts' governments and a zone named short in the 责任单位 column, a dash for none."""
    front = (
        "宜昌市2026年磷化工和新能源电池材料产业发展重点任务分工表",
        "宜昌市人民政府办公室",
        "2026年3月4日",
    )
    _task_list(front, YICHANG_HEADER, YICHANG_ROWS, "yichang-phosphorus-battery-tasks-2026.docx")


def taigu_agri_valley_task_table() -> None:
    """A district's task table for its agricultural valley (batch 1244): 序号 | 重点任务 | 目标要求 |
    牵头单位 | 配合单位 | 责任领导 | 完成时限, the lead and the leader merged down two rows twice."""
    front = (
        "晋中市太谷区2026年山西农谷建设重点任务分工表",
        "晋中市太谷区人民政府办公室",
        "2026年3月10日",
        "为加快山西农谷建设，推进农业科技创新和特色产业发展，现将2026年重点任务分解如下，"
        "请各责任单位认真抓好落实。",
    )
    header = ("序号", "重点任务", "目标要求", "牵头单位", "配合单位", "责任领导", "完成时限")
    rows = (
        (
            "1",
            "壮大设施蔬菜产业",
            "新建日光温室1500座，设施蔬菜面积达到6.5万亩。",
            "区农业农村局",
            "各乡镇人民政府",
            "王志刚",
            "2026年10月底",
        ),
        (
            "2",
            "发展种业",
            "引进培育种业企业5家，建成蔬菜良种繁育基地3000亩。",
            "^",
            "山西农谷管委会、区科技局",
            "^",
            "2026年12月底",
        ),
        (
            "3",
            "做强功能食品产业",
            "推动杂粮功能食品精深加工，功能食品产业产值增长15%。",
            "区工业和信息化局",
            "区市场监管局",
            "李建华",
            "2026年12月底",
        ),
        (
            "4",
            "擦亮“太谷饼”品牌",
            "太谷饼年销售额突破8亿元，新增规上食品企业2家。",
            "^",
            "区商务局、区市场监管局",
            "^",
            "2026年12月底",
        ),
        (
            "5",
            "推动农文旅融合",
            "打造农业观光采摘园10个，乡村旅游接待游客达到200万人次。",
            "区文化和旅游局",
            "区农业农村局、各乡镇人民政府",
            "赵丽",
            "2026年11月底",
        ),
    )
    doc = Document()
    for text in front:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=len(header))
    table.style = "Table Grid"
    fill_rows(table, (header, *rows))
    _merge_down(table, rows, 1)
    doc.save(str(Path(__file__).parent / "docs" / "taigu-agri-valley-task-table-2026.docx"))


ZIGONG_TOP = (
    "荣县2026年生态环境保护重点工作任务清单",
    "荣县生态环境保护委员会办公室",
    "2026年3月20日",
)
# "^" merges a cell with the one above; "|" a soft line break inside a cell
ZIGONG_HEADER = ("序号", "类别", "工作任务", "目标指标", "牵头单位", "责任单位", "完成时限")
ZIGONG_ROWS = (
    (
        "1",
        "大气污染防治",
        "开展扬尘污染专项整治，建筑工地落实“六个百分之百”措施",
        "PM2.5平均浓度≤33微克/立方米|优良天数比率≥88%",
        "市生态环境局荣县分局",
        "县住房城乡建设局|县交通运输局|各镇人民政府、街道办事处",
        "2026年12月",
    ),
    (
        "2",
        "^",
        "推进工业企业挥发性有机物治理，完成重点企业深度治理12家",
        "完成12家",
        "市生态环境局荣县分局",
        "县经济商务信息化和科学技术局",
        "2026年10月",
    ),
    (
        "3",
        "水污染防治",
        "实施旭水河流域综合治理，推进长山镇、双石镇污水处理厂提标改造",
        "国考断面水质优良比例100%|城市生活污水集中收集率≥70%",
        "县水务局",
        "长山镇|双石镇|市生态环境局荣县分局",
        "2026年11月",
    ),
    (
        "4",
        "土壤污染防治",
        "开展受污染耕地安全利用，强化建设用地准入管理",
        "受污染耕地安全利用率≥93%|重点建设用地安全利用率100%",
        "县农业农村局|县自然资源和规划局",
        "市生态环境局荣县分局",
        "持续推进",
    ),
    (
        "5",
        "生态保护修复",
        "推进双溪湖省级湿地公园建设，完成营造林2万亩",
        "森林覆盖率达到45.5%",
        "县林业局",
        "县自然资源和规划局|双古镇",
        "2026年12月",
    ),
)


def rong_environment_task_list() -> None:
    """A county's environmental task list (序号 | 类别 | 工作任务 | 目标指标 | 牵头单位 |
    责任单位 | 完成时限): categories merged down, goals written as signs in their cells (≤, ≥),
    two to a cell and bodies one to a line, set apart by soft breaks (w:br)."""
    doc = Document()
    for text in ZIGONG_TOP:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=len(ZIGONG_HEADER))
    fill_rows(table, (ZIGONG_HEADER, *ZIGONG_ROWS), soft_break="|")
    _merge_down(table, ZIGONG_ROWS, 1)
    doc.save(str(Path(__file__).parent / "docs" / "rongxian-eco-environment-tasks-2026.docx"))


BOZHOU_FRONT = (
    "亳州市人民政府办公室关于印发亳州市2026年中医药产业发展重点任务清单的通知",
    "各县、区人民政府，市政府各部门、各直属机构：",
    "《亳州市2026年中医药产业发展重点任务清单》已经市政府同意，现印发给你们，请认真贯彻落实。",
    "亳州市人民政府办公室",
    "2026年3月16日",
    "亳州市2026年中医药产业发展重点任务清单",
)
BOZHOU_HEADER = ("序号", "重点任务", "具体目标", "牵头单位", "责任单位", "完成时限")
BOZHOU_ROWS = (
    "一、壮大中药材种植",
    (
        "1",
        "建设道地药材基地",
        "新建亳白芍、亳菊等道地药材标准化种植基地10万亩，中药材种植面积稳定在120万亩",
        "市农业农村局",
        "各县区人民政府",
        "2026年10月",
    ),
    (
        "2",
        "推进良种繁育",
        "建设中药材良种繁育基地3—5个",
        "市农业农村局\n市科技局",
        "市林业局",
        "2026年12月",
    ),
    "二、提升中药饮片加工",
    (
        "3",
        "培育龙头企业",
        "中药饮片产业产值突破600亿元，营业收入超10亿元的中药企业达到12家",
        "市经济和信息化局",
        "亳州高新区管委会、谯城区人民政府",
        "2026年12月",
    ),
    (
        "4",
        "加强质量监管",
        "中药饮片抽检合格率≥98%，开展专项检查不少于4次",
        "市市场监督管理局",
        "市公安局",
        "2026年12月",
    ),
    "三、繁荣中药材市场",
    (
        "5",
        "建设现代中药材交易中心",
        "推进康美（亳州）华佗国际中药城数字化改造，中药材年交易额突破1000亿元",
        "市商务局",
        "市数据资源局",
        "2026年12月",
    ),
    (
        "6",
        "办好药博会",
        "举办第四十二届全国（亳州）中药材交易会，签约项目30个以上",
        "市商务局\n市投资促进局",
        "市中医药发展服务中心",
        "2026年9月",
    ),
)


def bozhou_tcm_task_list() -> None:
    """A city's task list under its covering notice, parts as rows merged across the table
    (一、…), two leads in one cell as paragraphs of it, a range (3—5个) and a sign (≥98%) in
    the goal cells (batch 1278)."""
    _task_list(BOZHOU_FRONT, BOZHOU_HEADER, BOZHOU_ROWS, "bozhou-tcm-task-list-2026.docx")


PUJIANG_FRONT = (
    "浦江县锁具产业转型升级2026年工作任务清单",
    "浦江县锁具产业转型升级工作领导小组办公室",
    "2026年3月5日",
)
PUJIANG_HEADER = ("序号", "工作任务", "目标要求", "责任领导", "牵头单位", "配合单位", "完成时限")
PUJIANG_ROWS = (
    "一、提升制造能力",
    (
        "1",
        "推进锁具企业智能化改造",
        "完成锁具企业智能化技术改造30家，新增工业机器人200台",
        "张建华",
        "县经济商务局",
        "县财政局,县科技局",
        "2026年11月底",
    ),
    (
        "2",
        "建设锁具产业园",
        "浦南锁具产业园完成基础设施投资3亿元，新入驻企业不少于15家",
        "张建华",
        "^",
        "县自然资源和规划局、浦南街道",
        "2026年12月底",
    ),
    "二、培育品牌市场",
    (
        "3",
        "打造区域品牌",
        "新增浙江制造认证锁具产品10个，办好2026中国（浦江）锁具博览会",
        "李晓燕",
        "县市场监督管理局",
        "县经济商务局 县融媒体中心",
        "2026年10月底",
    ),
    (
        "4",
        "拓展跨境电商",
        "锁具跨境电商出口额达到8亿元，培育年出口额超1000万元的企业20家",
        "李晓燕",
        "县经济商务局",
        "各乡镇（街道）",
        "2026年12月底",
    ),
    "三、强化要素保障",
    (
        "5",
        "加强人才培养",
        "依托浦江技师学院开展锁具技能培训1500人次",
        "陈立新",
        "县人力资源和社会保障局",
        "县教育局",
        "2026年12月底",
    ),
)


def pujiang_locks_task_list() -> None:
    """A county's task list whose officials' column (责任领导) stands before the bodies, a lead
    cell merged down over two rows, supports parted by a half-width comma or a space, a
    collective in the support column (batch 1282)."""
    _task_list(
        PUJIANG_FRONT,
        PUJIANG_HEADER,
        PUJIANG_ROWS,
        "pujiang-locks-task-list-2026.docx",
        merged_down=True,
    )


ZHUSHAN_FRONT = (
    "珠山区2026年陶瓷文化创意和微短剧产业发展重点任务清单",
    "景德镇市珠山区文化创意产业发展领导小组办公室",
    "2026年3月12日",
)
ZHUSHAN_HEADER = ("序号", "类别", "重点任务", "责任单位", "完成时限")
ZHUSHAN_ROWS = (
    (
        "1",
        "陶瓷文创",
        "推动陶溪川文创街区、三宝国际陶艺村提质扩容，新增陶瓷文创市场主体500户",
        "区文广新旅局（牵头）\n区市场监管局\n昌江街道",
        "2026年12月底",
    ),
    (
        "2",
        "^",
        "办好第二十三届中国景德镇国际陶瓷博览会珠山分会场活动，陶瓷文创产品线上销售额达到30亿元",
        "区商务局（牵头）\n区文广新旅局",
        "2026年10月底",
    ),
    (
        "3",
        "^",
        "实施“景漂”人才安居计划，吸引陶瓷艺术人才1000人落户创业",
        "区委人才办（牵头）\n区人社局\n区住建局",
        "2026年12月底",
    ),
    (
        "4",
        "微短剧",
        "建设珠山微短剧拍摄基地，引进微短剧制作机构10家，拍摄上线以陶瓷文化为题材的微短剧20部",
        "区委宣传部（牵头）\n区文广新旅局\n区投资促进中心",
        "2026年12月底",
    ),
    (
        "5",
        "^",
        "设立微短剧产业发展基金，规模不低于1亿元",
        "区财政局（牵头）\n区国资控股集团",
        "2026年9月底",
    ),
)


def zhushan_ceramics_drama_task_list() -> None:
    """A district's task list whose 类别 column is merged down over its rows, the bodies
    answerable each a paragraph of one cell, the lead marked （牵头） after its name (batch 1293)."""
    _task_list(
        ZHUSHAN_FRONT,
        ZHUSHAN_HEADER,
        ZHUSHAN_ROWS,
        "zhushan-ceramics-micro-drama-tasks-2026.docx",
        merged_down=True,
    )


LEDONG_FRONT = (
    "乐东黎族自治县2026年热带特色农业和旅游业发展重点任务分工表",
    "乐东黎族自治县人民政府办公室",
    "2026年2月26日",
    "为推动热带特色高效农业和旅游业高质量发展，现将2026年重点任务分解如下，请各责任领导督促"
    "牵头单位会同配合单位抓好落实。",
)
LEDONG_HEADER = ("序号", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时限")
LEDONG_ROWS = (
    (
        "1",
        "稳定哈密瓜种植面积8万亩，推广大棚吊蔓栽培技术，哈密瓜产值达到25亿元",
        "吴建华（副县长）",
        "县农业农村局",
        "各乡镇人民政府，县科学技术和工业信息化局",
        "2026年12月底",
    ),
    (
        "2",
        "办好2026年乐东哈密瓜文化节，培育“乐东哈密瓜”区域公用品牌，哈密瓜线上销售额突破6亿元",
        "吴建华（副县长）",
        "县商务局",
        "县农业农村局、县融媒体中心",
        "2026年5月底",
    ),
    (
        "3",
        "新建芒果标准化种植示范基地5个，芒果种植面积稳定在15万亩以上，出口芒果1.2万吨",
        "吴建华（副县长）",
        "县农业农村局",
        "三亚海关、县商务局",
        "2026年12月底",
    ),
    (
        "4",
        "推进国家南繁科研育种基地（乐东片区）建设，新增南繁科研单位入驻8家",
        "李志强（常务副县长）",
        "县南繁服务中心",
        "县自然资源和规划局、九所镇人民政府",
        "2026年12月底",
    ),
    (
        "5",
        "推进尖峰岭国家森林公园、莺歌海盐场工业旅游区提质升级，全年接待游客达到260万人次",
        "李志强（常务副县长）",
        "县旅游和文化广电体育局",
        "县林业局、莺歌海镇人民政府",
        "2026年12月底",
    ),
    (
        "6",
        "引进哈密瓜、芒果精深加工企业3家，建设农产品冷链物流中心1个",
        "李志强（常务副县长）",
        "县投资促进中心",
        "县商务局、县农业农村局",
        "2026年11月底",
    ),
    (
        "7",
        "县财政安排热带特色高效农业发展资金3000万元",
        "王立新（副县长）",
        "县财政局",
        "——",
        "2026年6月底",
    ),
)


def ledong_melon_mango_leaders_task_list() -> None:
    """A Hainan county's task division whose 责任领导 column names a person and their post
    before the lead and partner columns, a dash for no partner (batch 1301)."""
    _task_list(
        LEDONG_FRONT,
        LEDONG_HEADER,
        LEDONG_ROWS,
        "ledong-melon-mango-tourism-tasks-2026.docx",
    )


# (kind, text): "title" a centred bold paragraph, "h1" and "h2" Word's heading styles, "p" a
# plain paragraph, "duty" a role line set apart in a smaller font
XIANGYIN_PARAGRAPHS = (
    ("title", "湘阴县2026年水利和生态环境保护重点工作要点"),
    ("p", "湘阴县人民政府办公室"),
    ("p", "2026年3月3日"),
    ("h1", "一、工作目标"),
    (
        "p",
        "2026年，全县完成水利投资12亿元，地表水国控、省控断面水质达标率保持100%，县城空气质量"
        "优良天数比例达到85%以上，PM2.5平均浓度低于35微克/立方米。",
    ),
    ("h1", "二、重点任务"),
    ("h2", "（一）推进水利工程建设"),
    (
        "p",
        "完成樟树港水库、鹤龙湖水库除险加固，实施湘江湘阴段堤防加固工程，新建高标准农田8万亩。",
    ),
    ("duty", "责任单位：县水利局（牵头），县农业农村局、县财政局"),
    ("h2", "（二）强化河湖长制"),
    ("p", "落实“河湖长制”，全年县级河湖长巡河不少于4次，清理整治河湖“四乱”问题100处。"),
    ("duty", "责任单位：县河长办（牵头），各镇人民政府"),
    ("h2", "（三）打好污染防治攻坚战"),
    (
        "p",
        "建成湘阴县第二污水处理厂，城镇生活污水集中收集率达到75%，推进洋沙湖国家湿地公园保护修复。",
    ),
    ("duty", "责任单位：岳阳市生态环境局湘阴分局（牵头），县住房和城乡建设局、县林业局"),
    ("h2", "（四）推进长江十年禁渔"),
    ("p", "巩固退捕渔民安置成果，开展禁捕水域联合执法行动12次以上。"),
    ("duty", "责任单位：县农业农村局（牵头），县公安局、县市场监督管理局"),
    ("h1", "三、保障措施"),
    ("p", "县财政安排水利和生态环境保护资金1.5亿元。"),
    ("duty", "责任单位：县财政局"),
)


def xiangyin_water_ecology_headed_points() -> None:
    """A county's water and ecology points in Word: parts and items in Word's heading styles,
    each item's text a paragraph after its heading, its bodies on a line of their own in a
    smaller font, the lead marked （牵头） in a 责任单位 list (batch 1307)."""
    doc = Document()
    for kind, text in XIANGYIN_PARAGRAPHS:
        if kind == "title":
            paragraph = doc.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(text).bold = True
        elif kind in ("h1", "h2"):
            doc.add_heading(text, level=int(kind[1]))
        elif kind == "duty":
            doc.add_paragraph().add_run(text).font.size = Pt(10)
        else:
            doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "xiangyin-water-ecology-points-2026.docx"))


KEQIAO_FRONT = (
    "柯桥区总工会2026年劳动和技能竞赛工作安排表",
    "柯桥区总工会",
    "2026年2月28日",
)
KEQIAO_HEADER = ("序号", "竞赛项目", "竞赛内容及目标", "主办单位", "协办单位", "举办时间")
KEQIAO_ROWS = (
    (
        "1",
        "纺织印染职工技能大赛",
        "举办第十届柯桥区纺织印染职工技能大赛，参赛职工达到300人",
        "区总工会",
        "区经济和信息化局\n区人力资源和社会保障局",
        "2026年5月",
    ),
    (
        "2",
        "快递从业人员技能比武",
        "组织快递从业人员技能比武，覆盖快递网点50个",
        "区总工会",
        "区交通运输局",
        "2026年7月",
    ),
    (
        "3",
        "家政服务技能竞赛",
        "举办“巧手柯桥”家政服务技能竞赛，培训家政服务人员500人次",
        "区妇联",
        "区总工会\n区商务局",
        "2026年9月",
    ),
    (
        "4",
        "重点工程劳动竞赛",
        "在杭绍临空经济一体化发展示范区柯桥片区重点工程开展劳动竞赛，参赛班组100个",
        "区总工会",
        "柯桥经济技术开发区管委会",
        "2026年12月",
    ),
)


def keqiao_union_contests_task_list() -> None:
    """A district trade union's plan of its labour and skills contests in Word (batch 1325):
    序号 | 竞赛项目 | 竞赛内容及目标 | 主办单位 | 协办单位 | 举办时间, two partners in a cell as
    two paragraphs, a contest with its edition, a quoted contest's name."""
    _task_list(
        KEQIAO_FRONT,
        KEQIAO_HEADER,
        KEQIAO_ROWS,
        "keqiao-union-skills-contests-2026.docx",
    )


FENGHUANG_ROWS = (
    (
        "1",
        "完成《凤凰县志（2006—2025）》初稿编纂，征集资料300万字以上",
        "县地方志编纂中心",
        "县直各单位",
        "2026年12月",
    ),
    (
        "2",
        "推进乡镇（街道）志编修，年内出版乡镇志5部",
        "县地方志编纂中心",
        "各乡镇人民政府",
        "2026年11月",
    ),
    (
        "3",
        "推进档案数字化，完成馆藏档案数字化扫描120万页",
        "县档案馆",
        "县数据资源局",
        "2026年12月",
    ),
    (
        "4",
        "实施“红色记忆”档案征集工程，征集红色档案资料500件",
        "县委党史研究室",
        "县档案馆、县退役军人事务局",
        "2026年10月",
    ),
    (
        "5",
        "在凤凰古城开展国际档案日宣传活动，参与群众不少于2000人次",
        "县档案馆",
        "沱江镇人民政府",
        "2026年6月",
    ),
)


def fenghuang_chronicles_archives_task_list() -> None:
    """A Hunan county's chronicles and archives tasks in Word (batch 1344): a header over two
    rows — 责任单位 spanning 牵头单位 | 配合单位, 序号, 工作任务 and 完成时限 merged down both
    rows — a book's title in 《》 with a range of years, a quoted programme, a heritage town."""
    doc = Document()
    for text in ("凤凰县2026年史志档案工作重点任务分工表", "凤凰县人民政府办公室", "2026年3月2日"):
        doc.add_paragraph(text)
    table = doc.add_table(rows=2, cols=5)
    table.cell(0, 2).merge(table.cell(0, 3)).text = "责任单位"
    for j, text in ((0, "序号"), (1, "工作任务"), (4, "完成时限")):
        table.cell(0, j).merge(table.cell(1, j)).text = text
    table.cell(1, 2).text = "牵头单位"
    table.cell(1, 3).text = "配合单位"
    fill_rows(table, FENGHUANG_ROWS)
    doc.save(str(Path(__file__).parent / "docs" / "fenghuang-chronicles-archives-tasks-2026.docx"))


def _paragraphs_and_table_doc(
    before: tuple[str, ...], rows: tuple[tuple[str, ...], ...], after: tuple[str, ...], name: str
) -> None:
    """A Word document of the paragraphs ``before``, a table of ``rows`` (its first row the
    header), then the paragraphs ``after``, saved to the corpus's docs as ``name`` (the plans
    whose goals or tasks are one table: batches 1393, 1412, 1431, 1446)."""
    doc = Document()
    for text in before:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    for text in after:
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / name))


def _paragraphs_doc(paragraphs: tuple[str, ...], name: str) -> None:
    """A Word document of ``paragraphs`` alone, one a paragraph, saved to the corpus's docs as
    ``name`` (the points of batches 1352–1384: a title, an issuer, a date, the parts)."""
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / name))


JIANDE_PARAGRAPHS = (
    "建德市2026年体育赛事活动工作方案",
    "建德市文化和广电旅游体育局",
    "2026年3月1日",
    "一、办好品牌赛事",
    "（一）举办2026建德新安江马拉松。参赛规模达到1.5万人，赛事直接带动消费突破8000万元。"
    "由市文化和广电旅游体育局负责，市公安局、新安江街道协助。",
    "（二）承办第三届浙江省水上运动会。在新安江水上运动中心完成场地改造，接待运动员600人。"
    "由市文化和广电旅游体育局负责，市城投集团协助。",
    "二、推进全民健身",
    "（三）完善健身设施。新建改造健身步道20公里，新建社会足球场5片。"
    "由市文化和广电旅游体育局、市住房和城乡建设局负责。",
    "（四）推动场馆开放。学校体育场地向社会开放率达到90%以上。由市教育局负责。",
)


def jiande_sports_events_plan() -> None:
    """A county-level city's plan of sports events in Word paragraphs (batch 1352): parts 一、
    and items （一）…（四） numbered straight through them, each closed by a sentence of roles
    (由X负责，Y、Z协助), a marathon named by its year, a province's games with its edition."""
    _paragraphs_doc(JIANDE_PARAGRAPHS, "jiande-sports-events-plan-2026.docx")


YUEQING_PARAGRAPHS = (
    "乐清市2026年人才工作要点",
    "中共乐清市委人才工作领导小组办公室",
    "2026年3月3日",
    "一、实施“雁荡英才”引育计划。全年引进高层次人才300名，其中博士50名；新增技能人才1.2万人。"
    "（责任单位：市委人才办、市人力资源和社会保障局）",
    "二、建强人才平台。推进人才创新平台建设，新建院士专家工作站2家、博士后工作站3家。"
    "（责任单位：市科技局牵头，乐清经济开发区管委会配合）",
    "三、优化人才服务。筹集人才公寓500套，人才服务“一件事”办理时间压缩至5个工作日。"
    "（责任单位：市住房和城乡建设局、市委人才办）",
    "四、建设人才飞地。在上海市闵行区建设乐清（上海）人才飞地1个，入驻企业研发团队20个。"
    "（责任单位：市经济和信息化局）",
)


def yueqing_talent_points() -> None:
    """A county-level city's talent work points in Word paragraphs (batch 1355): the title, the
    talent office of the Party committee and the date, four points closed by bracketed notes
    (责任单位：X、Y / 责任单位：X牵头，Y配合), a count with its part after 其中, a talent enclave
    named by the city and its host in brackets."""
    _paragraphs_doc(YUEQING_PARAGRAPHS, "yueqing-talent-points-2026.docx")


TONGZHOU_FRONT = (
    "通州区2026年家纺产业提质发展重点任务分工表",
    "南通市通州区人民政府办公室",
    "2026年2月26日",
)
TONGZHOU_HEADER = ("序号", "重点任务", "工作目标", "牵头单位", "配合单位")
TONGZHOU_ROWS = (
    (
        "1",
        "提升家纺市场能级",
        "叠石桥国际家纺城年交易额突破1200亿元，新增线上商户2000户",
        "区商务局",
        "川姜镇人民政府",
    ),
    (
        "2",
        "推进智能化改造",
        "实施家纺企业智能化改造项目40个，规上家纺企业数字化车间覆盖率达到50%",
        "区工业和信息化局",
        "区科技局",
    ),
    (
        "3",
        "培育设计力量",
        "建设家纺设计研发中心，引进设计人才200名",
        "区人力资源和社会保障局",
        "区工业和信息化局",
    ),
    (
        "4",
        "办好展会活动",
        "举办2026中国（通州）国际家纺博览会，参展企业达到800家",
        "区商务局",
        "区贸促会、川姜镇人民政府",
    ),
)


def tongzhou_home_textiles_task_list() -> None:
    """A district's home textiles task table in Word (batch 1366): 序号 | 重点任务 | 工作目标 |
    牵头单位 | 配合单位, a market city of home textiles, a design centre built, a fair with its
    host in brackets and its year."""
    _task_list(
        TONGZHOU_FRONT,
        TONGZHOU_HEADER,
        TONGZHOU_ROWS,
        "tongzhou-home-textiles-tasks-2026.docx",
    )


XINGGUO_PARAGRAPHS = (
    "兴国县2026年国有企业改革深化提升工作要点",
    "兴国县国有资产监督管理办公室",
    "2026年3月12日",
    "一、优化国有资本布局。县属国有企业营业收入达到45亿元，资产负债率控制在65%以内。"
    "由县国资办牵头，各县属国有企业具体落实。",
    "二、推进市场化转型。完成兴国县城市发展投资集团有限公司市场化转型，退出融资平台企业2家。"
    "由县国资办、县财政局负责。",
    "三、健全现代企业制度。县属一级国有企业董事会应建尽建率保持100%，外部董事占多数的企业达到8家。"
    "由县国资办负责。",
    "四、强化国有资产监管。开展国有企业审计全覆盖，清理低效无效资产3亿元。由县审计局牵头，县国资办配合。",
)


def xingguo_state_enterprise_reform_points() -> None:
    """A county's work points for reforming its state-owned firms in Word paragraphs (batch
    1371): four points each closed by a sentence of roles opened by 由 (由X牵头，各县属国有企业
    具体落实 / 由X、Y负责 / 由X牵头，Y配合), a county's investment group named, a ratio kept
    within a bound."""
    _paragraphs_doc(XINGGUO_PARAGRAPHS, "xingguo-state-enterprise-reform-points-2026.docx")


SUICHANG_PARAGRAPHS = (
    "遂昌县2026年数字乡村建设工作要点",
    "遂昌县农业农村局",
    "2026年2月24日",
    "一、夯实数字基础设施",
    "（一）推进5G网络向农村延伸，新建农村5G基站120个，行政村5G网络通达率达到100%。"
    "（责任单位：县经济和信息化局、中国移动遂昌分公司）",
    "（二）建设县级数字农业平台1个，接入农业经营主体500家。（责任单位：县农业农村局）",
    "二、发展农村数字经济",
    "（三）实施“电商进村”工程，农产品网络零售额增长12%，培育农村电商示范村10个。"
    "（责任单位：县商务局牵头，县邮政分公司配合）",
    "（四）推广智慧农业应用，建成数字农业工厂5家。（责任单位：县农业农村局）",
)


def suichang_digital_village_points() -> None:
    """A county's digital village work points in Word paragraphs (batch 1375): two parts whose
    items （一）…（四） run straight through them with no titles of their own, each closed by a
    bracketed note, a carrier's county branch given a role, 5G inside figures."""
    _paragraphs_doc(SUICHANG_PARAGRAPHS, "suichang-digital-village-points-2026.docx")


HUAYUAN_PARAGRAPHS = (
    "花垣县2026年乡村振兴重点工作要点",
    "花垣县乡村振兴局",
    "2026年2月26日",
    "一、打造十八洞村样板。推进十八洞村精品旅游线路建设，十八洞村接待游客突破100万人次，村集体经济收入"
    "达到300万元。由双龙镇人民政府负责，县文旅广体局配合。",
    "二、壮大猕猴桃产业。新增猕猴桃种植面积5000亩，推动湖南十八洞农业科技有限公司建设猕猴桃冷链仓储中心。"
    "由县农业农村局牵头，县商务局配合。",
    "三、发展苗绣产业。依托苗绣扶贫车间培训绣娘1000人次，苗绣产品销售额突破2000万元。由县妇联负责。",
)


def huayuan_rural_revitalization_points() -> None:
    """A county's rural revitalisation points in Word paragraphs (batch 1380): three points each
    closed by a sentence of roles opened by 由, a famous village named three times, a firm named
    by it, kiwifruit's cold storage, Miao embroidery called an industry."""
    _paragraphs_doc(HUAYUAN_PARAGRAPHS, "huayuan-rural-revitalization-points-2026.docx")


SONGYANG_PARAGRAPHS = (
    "松阳县2026年县域医共体建设工作要点",
    "松阳县卫生健康局",
    "2026年3月4日",
    "一、提升县级医院能力。推动松阳县人民医院与浙江大学医学院附属第一医院共建胸痛中心，县域就诊率达到90%以上。"
    "（牵头单位：县卫生健康局；配合单位：县医疗保障局）",
    "二、做强基层医疗。在古市镇卫生院建设县域医共体分院，基层就诊率达到65%，下沉专家100名。"
    "（牵头单位：县卫生健康局；配合单位：各乡镇人民政府）",
    "三、推进智慧医疗。开展远程会诊5000例，电子健康档案开放率保持100%。"
    "（牵头单位：县卫生健康局；配合单位：县大数据发展管理局）",
)


def songyang_medical_community_points() -> None:
    """A county's medical community points in Word paragraphs (batch 1384): three points each
    closed by a bracketed note (（牵头单位：X；配合单位：Y）), hospitals named — the county's, a
    university's affiliated one, a town's health centre."""
    _paragraphs_doc(SONGYANG_PARAGRAPHS, "songyang-medical-community-points-2026.docx")


SHEYANG_TOP = (
    "射阳县湿地保护修复三年行动方案（2026—2028年）",
    "射阳县人民政府办公室",
    "2026年4月2日",
    "为加强全县湿地保护修复，维护湿地生态功能，制定本方案。",
    "一、主要目标",
    "到2028年，全县湿地生态系统质量明显提升，主要指标见下表。",
    "表1　湿地保护修复主要指标",
)
SHEYANG_TABLE = (
    ("指标", "单位", "2025年现状", "2028年目标", "属性"),
    ("湿地保护率", "%", "58", "60", "约束性"),
    ("自然湿地面积", "万亩", "142", "142", "约束性"),
    ("修复退化湿地面积", "万亩", "—", "3", "预期性"),
    ("省级以上湿地公园", "个", "4", "6", "预期性"),
    ("湿地监测站点", "个", "12", "20", "预期性"),
)
SHEYANG_REST = (
    "二、重点任务",
    "（一）实施湿地修复。实施射阳河口湿地生态修复工程，修复退化湿地1万亩，2027年前完成。"
    "（责任单位：县自然资源和规划局、县水利局）",
    "（二）建设湿地公园。提升日月岛湿地公园，新创建省级湿地公园2个。（县林业局牵头，县文化广电和旅游局配合）",
    "（三）加强监测预警。新建湿地监测站点8个，建成湿地资源动态监测平台。（县自然资源和规划局负责）",
    "（四）保护珍稀鸟类。加强丹顶鹤越冬地保护，每年开展鸟类同步调查2次。（县林业局负责）",
    "三、保障措施",
    "（一）加大资金投入。县财政每年安排湿地保护资金1000万元。（县财政局负责）",
)


def sheyang_wetland_plan() -> None:
    """A county's three-year wetland plan in Word (batch 1393): a caption line, then a table of
    indicators with no 序号 and no 责任单位 (指标 | 单位 | 2025年现状 | 2028年目标 | 属性), a dash
    for no figure; tasks as paragraphs, one dated by a clause after its figure (2027年前完成)."""
    _paragraphs_and_table_doc(
        SHEYANG_TOP, SHEYANG_TABLE, SHEYANG_REST, "sheyang-wetland-protection-plan-2026-2028.docx"
    )


YOUXIAN_PARAGRAPHS = (
    "攸县林业局2025年油茶产业发展工作总结和2026年工作计划",
    "一、2025年工作总结",
    "2025年，全县新造油茶林2.1万亩，完成低产林改造1.5万亩，茶油产量达到1.2万吨，油茶综合产值突破"
    "35亿元。建成油茶示范基地12个，培育油茶加工龙头企业5家。",
    "二、2026年工作计划",
    "（一）扩大种植规模。新造油茶林2万亩，低产林改造1.2万亩。（县林业局负责）",
    "（二）提升加工水平。支持湖南攸县神农油茶有限公司建设茶油精炼生产线，油茶综合产值达到40亿元。"
    "（县工业和信息化局牵头，县林业局配合）",
    "（三）打造公用品牌。举办第五届攸县油茶文化节，“攸县茶油”品牌价值提升10%。（县农业农村局负责）",
    "（四）强化金融支持。发放油茶产业贷款3亿元。（县金融办负责）",
    "攸县林业局",
    "2026年1月15日",
)


def youxian_oil_camellia_summary_plan() -> None:
    """A county forestry bureau's summary of 2025 and plan for 2026 in Word paragraphs (batch
    1398): the year's results in one paragraph, the next year's work in four items, the bureau
    and the date signing it at the foot."""
    _paragraphs_doc(YOUXIAN_PARAGRAPHS, "youxian-oil-camellia-summary-plan-2026.docx")


HONGYA_GOALS = (
    ("指标", "单位", "2025年", "2026年目标"),
    ("茶园面积", "万亩", "31", "32"),
    ("干茶产量", "万吨", "2.4", "2.6"),
    ("茶产业综合产值", "亿元", "60", "66"),
)
HONGYA_TASKS = (
    ("序号", "重点任务", "牵头单位", "配合单位"),
    ("1", "新建高标准生态茶园5000亩，改造低效茶园1万亩", "县农业农村局", "各镇人民政府"),
    (
        "2",
        "支持四川雅自天成茶业有限公司扩能，新增精制茶叶生产线3条",
        "县经济科技和信息化局",
        "县农业农村局",
    ),
    (
        "3",
        "举办第十届洪雅县茶文化节，推广“洪雅藤茶”区域公用品牌",
        "县文化体育和旅游局",
        "县农业农村局",
    ),
    (
        "4",
        "建设瓦屋山茶旅融合示范区，接待茶旅游客达到50万人次",
        "县文化体育和旅游局",
        "瓦屋山镇人民政府",
    ),
)


def hongya_tea_two_tables() -> None:
    """A county's tea plan in Word with two tables (batch 1410): its goals a table of indicators
    under 一 (指标 | 单位 | 2025年 | 2026年目标), its tasks a task table under 二 (序号 | 重点任务 |
    牵头单位 | 配合单位)."""
    doc = Document()
    for text in (
        "洪雅县2026年茶产业发展工作方案",
        "洪雅县农业农村局",
        "2026年2月25日",
        "一、发展目标",
    ):
        doc.add_paragraph(text)
    for rows, heading in ((HONGYA_GOALS, "二、重点任务"), (HONGYA_TASKS, None)):
        table = doc.add_table(rows=0, cols=len(rows[0]))
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        if heading:
            doc.add_paragraph(heading)
    doc.save(str(Path(__file__).parent / "docs" / "hongya-tea-plan-2026.docx"))


GUANGDE_ROWS = (
    ("序号", "工作任务", "目标值", "责任单位（排在首位的为牵头单位）", "完成时限"),
    (
        "1",
        "培育国家高新技术企业",
        "新增国家高新技术企业30家",
        "市科技局、市财政局、市税务局",
        "2026年12月",
    ),
    (
        "2",
        "提高研发投入强度",
        "全社会研发投入占GDP比重达到2.8%",
        "市科技局、市统计局",
        "2026年12月",
    ),
    (
        "3",
        "建设创新平台",
        "新建省级工程技术研究中心3家",
        "市科技局、广德经济开发区管委会",
        "2026年11月",
    ),
    ("4", "推进技术成果转化", "技术合同成交额达到15亿元", "市科技局", "2026年12月"),
    (
        "5",
        "引进科技人才",
        "引进高层次科技人才团队5个",
        "市委组织部、市科技局、市人力资源和社会保障局",
        "2026年10月",
    ),
)


def guangde_first_listed_header_list() -> None:
    """A county-level city's science and innovation task list in Word (batch 1412) whose role
    column's header says the body listed first leads, in words the corpus lacked (责任单位（排在
    首位的为牵头单位）); the office and the date signing it under the table."""
    _paragraphs_and_table_doc(
        ("广德市2026年科技创新重点工作任务分解表",),
        GUANGDE_ROWS,
        ("广德市人民政府办公室", "2026年3月3日"),
        "guangde-science-innovation-tasks-2026.docx",
    )


XINFENG_PARAGRAPHS = (
    "信丰县2026年数字经济发展工作要点",
    "信丰县工业和信息化局",
    "2026年3月11日",
    "一、做大数字产业",
    "（一）壮大电子信息制造。电子信息产业营业收入突破300亿元，新增规上电子信息企业15家。",
    "（二）培育软件和信息服务业。引进软件企业10家，软件业务收入增长20%。",
    "注：本部分任务由县工业和信息化局牵头，县商务局、信丰高新技术产业园区管委会配合。",
    "二、推进产业数字化",
    "（一）推进智能制造。实施企业数字化改造项目30个，建成省级智能工厂2家。",
    "（二）发展智慧农业。建设脐橙数字果园5个。",
    "注：本部分任务由县工业和信息化局、县农业农村局按职责分工负责。",
)


def xinfeng_digital_economy_points() -> None:
    """A county's digital economy points in Word paragraphs (batch 1421): each part's items
    carry no note, a paragraph after them gives the part's roles (注：本部分任务由…牵头，…配合)."""
    _paragraphs_doc(XINFENG_PARAGRAPHS, "xinfeng-digital-economy-points-2026.docx")


ANFU_PARAGRAPHS = (
    "安福县2026年火腿产业发展工作要点",
    "安福县农业农村局",
    "2026年2月28日",
    "一、扩大生产规模。全县火腿年加工量达到150万只，新增火腿加工规上企业3家。（县农业农村局牵头，"
    "县工业和信息化局配合）",
    "二、培育区域品牌。举办第八届安福火腿美食文化节，“安福火腿”品牌价值增长10%。（县商务局负责）",
    "三、拓展销售渠道。在枫田镇建设火腿电商直播基地1个，火腿网络销售额突破5亿元。（县商务局牵头，"
    "枫田镇人民政府配合）",
)
# a reviewer's comments on the draft, each anchored on the words of a paragraph it names
ANFU_COMMENTS = (
    (3, "150万只", "此数据请县统计局核实，去年为138万只。"),
    (5, "突破5亿元", "建议改为突破6亿元，由县商务局牵头研究。"),
)


def anfu_ham_points_with_comments() -> None:
    """A county's points for its ham in Word carrying a reviewer's comments (batch 1425: Word's
    批注, kept in comments.xml and anchored on words of the text), which hold figures and a
    body of their own that are no part of the text."""
    doc = Document()
    paragraphs = [doc.add_paragraph(text) for text in ANFU_PARAGRAPHS]
    for index, words, note in ANFU_COMMENTS:
        paragraph = paragraphs[index]
        before, after = paragraph.text.split(words, 1)
        paragraph.clear()
        paragraph.add_run(before)
        anchored = paragraph.add_run(words)
        paragraph.add_run(after)
        doc.add_comment(anchored, text=note, author="审核人", initials="SH")
    doc.save(str(Path(__file__).parent / "docs" / "anfu-ham-points-2026.docx"))


PINGJIANG_PARAGRAPHS = (
    "平江县2026年休闲食品产业发展工作要点",
    "平江县工业和信息化局",
    "2026年3月6日",
    "一、发展目标。全县休闲食品产业产值突破400亿元，新增规上休闲食品企业10家。",
    "二、重点任务",
    "（一）推动企业技改。支持湖南麻辣王子食品有限公司等龙头企业实施智能化改造，完成技改项目15个。"
    "（县工业和信息化局牵头，县财政局配合）",
    "（二）建设产业园区。推进平江高新区休闲食品产业园二期建设，新建标准厂房10万平方米。"
    "（平江高新技术产业园区管委会负责）",
    "（三）强化质量监管。休闲食品抽检合格率保持在98%以上。（县市场监督管理局负责）",
)


def pingjiang_points_in_one_cell() -> None:
    """A county's snack food points in Word laid out inside one bordered cell (batch 1427): a
    table of one row and one column holding every paragraph, as offices frame a page."""
    doc = Document()
    cell = doc.add_table(rows=1, cols=1).rows[0].cells[0]
    cell.text = PINGJIANG_PARAGRAPHS[0]
    for text in PINGJIANG_PARAGRAPHS[1:]:
        cell.add_paragraph(text)
    doc.save(str(Path(__file__).parent / "docs" / "pingjiang-snack-food-points-2026.docx"))


ZIXI_TOP = (
    "关于资溪县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告",
    "资溪县发展和改革委员会",
    "2026年1月16日",
    "一、2025年计划执行情况",
    "全县经济运行总体平稳，主要指标完成情况见下表。",
)
ZIXI_TABLE = (
    ("指标", "单位", "2025年计划", "2025年完成", "2026年目标"),
    ("地区生产总值增长", "%", "6", "6.2", "6"),
    ("规上工业增加值增长", "%", "8", "8.5", "8"),
    ("一般公共预算收入", "亿元", "9.5", "9.8", "10.2"),
    ("城镇居民人均可支配收入增长", "%", "6", "5.6", "6"),
)
ZIXI_REST = (
    "（一）生态旅游持续升温。大觉山景区接待游客突破300万人次。",
    "（二）竹科技产业加快发展。竹科技产业营业收入达到52亿元，新增竹制品规上企业6家。",
    "二、2026年重点任务",
    "（一）做强竹科技产业。竹科技产业营业收入突破60亿元。（县工业和信息化局牵头，资溪工业园区管委会配合）",
    "（二）提升大觉山景区品质。推进大觉山景区提质升级，接待游客达到320万人次。（县文化广电新闻出版旅游局负责）",
)


def zixi_plan_report_three_columns() -> None:
    """A county's plan report in Word whose execution opens with a table of indicators in three
    value columns (batch 1431: 指标 | 单位 | 2025年计划 | 2025年完成 | 2026年目标) — last year's
    goal, its result and this year's goal in one row."""
    _paragraphs_and_table_doc(
        ZIXI_TOP, ZIXI_TABLE, ZIXI_REST, "zixi-2025-plan-report-2026-plan.docx"
    )


RUIJIN_TRANSPORT_PARAGRAPHS = (
    "瑞金市2026年交通运输工作要点",
    "瑞金市交通运输局",
    "2026年3月2日",
    "一、加快重大交通项目建设。推进瑞金至兴国高速公路建设，完成投资12亿元；建成瑞金高铁站站前广场。"
    "（市交通运输局牵头，市发展和改革委员会、沙洲坝镇人民政府配合）",
    "二、完善农村公路网络。新改建农村公路120公里，实现叶坪乡、云石山乡25户以上自然村通硬化路全覆盖。"
    "（市交通运输局负责）",
    "三、提升运输服务水平。新开通城乡公交线路6条，建成镇级综合运输服务站3个。（市交通运输局负责）",
)


def ruijin_transport_points() -> None:
    """A county-level city's transport points in Word paragraphs (batch 1441): a highway by its
    two ends, a station's forecourt, two townships named in a list, a threshold before 自然村."""
    _paragraphs_doc(RUIJIN_TRANSPORT_PARAGRAPHS, "ruijin-transport-points-2026.docx")


TONGXIN_TOP = (
    "同心县2026年肉牛产业高质量发展工作方案",
    "同心县人民政府办公室",
    "2026年3月10日",
    "一、重点任务",
    "（一）扩大养殖规模。新建标准化肉牛养殖场20个，肉牛饲养量稳定在25万头。（县农业农村局牵头，各乡镇人民政府配合）",
    "（二）发展肉牛精深加工。支持宁夏同心伊品清真食品有限公司新建牛肉精深加工生产线2条。（县工业信息化和商务局负责）",
    "二、主要指标",
)
TONGXIN_TABLE = (
    ("序号", "指标名称", "单位", "2026年目标", "责任单位"),
    ("1", "肉牛饲养量", "万头", "25", "县农业农村局"),
    ("2", "肉牛全产业链产值", "亿元", "60", "县农业农村局、县工业信息化和商务局"),
)


def tongxin_beef_plan_with_indicators_last() -> None:
    """A Ningxia county's beef cattle plan in Word whose indicators close it (batch 1446): the
    tasks first, then 二、主要指标 and a table of indicators with 序号 and 责任单位."""
    _paragraphs_and_table_doc(TONGXIN_TOP, TONGXIN_TABLE, (), "tongxin-beef-cattle-plan-2026.docx")


SHANGZHI_PARAGRAPHS = (
    "尚志市2026年浆果产业发展工作方案",
    "尚志市人民政府办公室",
    "2026年4月7日",
    "一、发展目标。2026年，全市浆果种植面积达到15万亩，浆果产业产值突破25亿元。",
    "二、重点任务",
    "（一）扩大红树莓种植。新发展红树莓种植面积1万亩，建设红树莓良种繁育基地2个。（市农业农村局牵头，各乡镇人民政府配合）",
    "（二）建设冷链设施。新建果品冷藏库8座，新增冷藏能力2万吨。（市商务局负责）",
    "（三）办好节会活动。举办第六届尚志浆果采摘节。（市文化广电和旅游局负责）",
)


def shangzhi_berries_plan() -> None:
    """A Heilongjiang county-level city's berry plan in Word paragraphs (batch 1449): raspberries,
    fruit cold stores, a picking festival with its edition."""
    _paragraphs_doc(SHANGZHI_PARAGRAPHS, "shangzhi-berries-plan-2026.docx")


XUZHOU_LITHIUM_PARAGRAPHS = (
    "宜宾市叙州区2026年锂电产业建圈强链工作方案",
    "宜宾市叙州区人民政府办公室",
    "2026年3月16日",
    "为加快锂电产业建圈强链，打造千亿级锂电产业集群，制定本方案。",
    "一、工作目标",
    "2026年，全区锂电产业产值突破650亿元，新引进锂电配套企业10家以上，锂电池产能达到80GWh。",
    "二、重点任务",
    "（一）强化龙头带动。支持四川时代新能源科技有限公司扩能，推进叙州锂电产业园三期建设，完成固定资产投资45亿元。（责任领导：区委常委、常务副区长；牵头单位：区经济和信息化局；配合单位：区发展和改革局、区自然资源和规划局）",
    "（二）补齐配套短板。围绕正极材料、电解液、隔膜等环节精准招商，引进配套项目6个。（责任领导：副区长；牵头单位：区投资促进局；配合单位：区经济和信息化局、叙州高新技术产业园区管委会）",
    "（三）建设创新平台。建成锂电池材料检验检测中心1个，新增市级以上企业技术中心3家。（责任领导：副区长；牵头单位：区科学技术局；配合单位：区市场监督管理局）",
    "（四）保障要素供给。新增工业用地1500亩，保障锂电企业用电负荷达到60万千瓦。（责任领导：区委常委、常务副区长；牵头单位：区自然资源和规划局；配合单位：国网宜宾市叙州区供电公司）",
)


def xuzhou_lithium_chain_plan() -> None:
    """A district's lithium battery chain plan in Word paragraphs (batch 1454), each task closed
    by a note naming first the leading official by post alone (责任领导：区委常委、常务副区长；),
    then 牵头单位 and 配合单位."""
    _paragraphs_doc(XUZHOU_LITHIUM_PARAGRAPHS, "xuzhou-lithium-chain-plan-2026.docx")


XINGTAI_FRONT = (
    "邢台市2026年1—9月重点工作任务推进情况通报",
    "邢台市人民政府督查室",
    "2026年10月15日",
    "现将1—9月全市重点工作任务推进情况通报如下：",
)
XINGTAI_HEADER = ("序号", "重点任务", "年度目标", "1—9月完成情况", "责任单位")
XINGTAI_ROWS = (
    (
        "1",
        "加快重点项目建设",
        "省市重点项目完成投资420亿元",
        "完成投资336亿元，占年度计划的80%",
        "市发展和改革委员会",
    ),
    (
        "2",
        "推进邢台经济开发区扩区提质",
        "新入驻企业50家",
        "新入驻企业38家，其中新能源装备企业12家",
        "邢台经济开发区管委会",
    ),
    (
        "3",
        "壮大羊绒产业",
        "羊绒制品产值突破150亿元",
        "羊绒制品产值完成108亿元，同比增长9.6%",
        "市工业和信息化局、清河县人民政府",
    ),
    ("4", "建设邢台国际陆港", "年内建成一期工程", "一期工程主体完工，完成投资4.5亿元", "市商务局"),
)


def xingtai_progress_bulletin() -> None:
    """A city's nine-month progress bulletin in Word (batch 1462): 序号 | 重点任务 | 年度目标 |
    1—9月完成情况 | 责任单位, a goal that is no figure (年内建成一期工程) under an inland port."""
    _task_list(
        XINGTAI_FRONT, XINGTAI_HEADER, XINGTAI_ROWS, "xingtai-q3-progress-bulletin-2026.docx"
    )


SUZHOU_DATA_TASKS = (
    (
        "（一）建设数据交易平台。推动苏州大数据交易所扩容提质，全年数据交易额突破30亿元，新增数据商50家。",
        ("园区经济发展委员会", "园区科技创新委员会、园区财政局"),
    ),
    (
        "（二）推进公共数据开放。新开放公共数据集200个，建成公共数据授权运营平台1个。",
        ("园区大数据管理中心", "园区各部门"),
    ),
    (
        "（三）培育数据产业。引育数据标注、数据安全等企业30家，数据产业规模增长25%。",
        ("园区经济发展委员会", "—"),
    ),
    ("二、保障措施", None),
    ("设立数据产业发展专项资金1亿元，支持数据要素创新应用。", ("园区财政局", "园区经济发展委员会")),
)


def suzhou_roles_table_under_each_task() -> None:
    """A park's data elements plan in Word whose roles stand in a small table under each task
    (batch 1468): 牵头单位 | 配合单位 over one row of bodies, a dash for none."""
    doc = Document()
    for text in (
        "苏州工业园区2026年数据要素市场化配置改革工作方案",
        "苏州工业园区管理委员会办公室",
        "2026年4月9日",
        "为加快培育数据要素市场，释放数据要素价值，制定本方案。",
        "一、重点任务",
    ):
        doc.add_paragraph(text)
    for text, roles in SUZHOU_DATA_TASKS:
        doc.add_paragraph(text)
        if roles is not None:
            fill_rows(doc.add_table(rows=0, cols=2), (("牵头单位", "配合单位"), roles))
    doc.save(str(Path(__file__).parent / "docs" / "suzhou-sip-data-elements-plan-2026.docx"))


WUZHONG_FRONT = (
    "吴忠市2026年奶产业高质量发展重点任务分工",
    "吴忠市人民政府办公室",
    "2026年3月19日",
)
WUZHONG_HEADER = ("序号", "工作任务", "完成时限", "责任单位及分工")
WUZHONG_ROWS = (
    (
        "1",
        "奶牛存栏稳定在35万头，生鲜乳产量达到220万吨。",
        "2026年12月",
        "市农业农村局（牵头）\n利通区人民政府（配合）\n青铜峡市人民政府（配合）",
    ),
    (
        "2",
        "新建万头奶牛牧场3个，规模化养殖比例达到98%。",
        "2026年11月",
        "市农业农村局（牵头）\n市自然资源局（配合）",
    ),
    (
        "3",
        "支持宁夏伊利乳业有限责任公司扩建液态奶生产线，乳制品加工能力提升到300万吨。",
        "2026年12月",
        "市工业和信息化局（牵头）\n市发展和改革委员会（配合）",
    ),
    ("4", "建设优质饲草基地50万亩。", "2026年10月", "市农业农村局（负责）"),
)


def wuzhong_roles_marked_in_lines() -> None:
    """A city's dairy task list in Word (batch 1478): 序号 | 工作任务 | 完成时限 | 责任单位及分工, the
    last column's cells one body a line, each marked with its role (X（牵头）, Y（配合）, Z（负责）)."""
    _task_list(WUZHONG_FRONT, WUZHONG_HEADER, WUZHONG_ROWS, "wuzhong-dairy-tasks-2026.docx")


JINJIANG_FRONT = (
    "晋江市2026年鞋服产业高质量发展重点任务分解表",
    "晋江市人民政府办公室",
    "2026年3月23日",
)
JINJIANG_HEADER = ("序号", "重点任务", "牵头单位", "责任单位", "配合单位", "完成时限")
JINJIANG_ROWS = (
    (
        "1",
        "推动鞋服企业智能化改造，实施技改项目60个，完成技改投资50亿元。",
        "市工业和信息化局",
        "各镇人民政府、各街道办事处",
        "市财政局",
        "2026年12月",
    ),
    (
        "2",
        "支持安踏体育用品集团有限公司、特步（中国）有限公司建设全球研发中心。",
        "市科学技术局",
        "市工业和信息化局",
        "—",
        "2026年12月",
    ),
    (
        "3",
        "举办第二十八届中国（晋江）国际鞋业博览会，鞋服出口额增长10%。",
        "市商务局",
        "晋江国际会展中心",
        "市贸促会",
        "2026年4月",
    ),
)


def jinjiang_three_role_columns() -> None:
    """A county-level city's footwear and apparel task list in Word with three role columns at once
    (batch 1481): 序号 | 重点任务 | 牵头单位 | 责任单位 | 配合单位 | 完成时限, a dash for none."""
    _task_list(
        JINJIANG_FRONT, JINJIANG_HEADER, JINJIANG_ROWS, "jinjiang-footwear-apparel-tasks-2026.docx"
    )


ORDOS_TASKS = (
    (
        "（一）提升原绒品质",
        "建设优质绒山羊核心育种场5个，阿尔巴斯绒山羊存栏稳定在80万只。",
        "责任单位：市农牧局",
    ),
    (
        "（二）做强羊绒精深加工",
        "支持内蒙古鄂尔多斯资源股份有限公司建设智能化羊绒制品生产线，新增羊绒制品产能200万件。",
        "责任单位：市工业和信息化局、东胜区人民政府",
    ),
    (
        "（三）打造时尚羊绒品牌",
        "举办2026鄂尔多斯国际羊绒时装周，培育羊绒自主品牌5个。",
        "责任单位：市商务局",
    ),
)


def ordos_styled_headings_italic_roles() -> None:
    """A city's cashmere plan in Word styled Title, Heading 1 and Heading 2 with typed markers
    (batch 1485), an italic paragraph of 责任单位 under each task."""
    doc = Document()
    doc.add_paragraph("鄂尔多斯市2026年羊绒产业高质量发展工作方案", style="Title")
    doc.add_paragraph("鄂尔多斯市工业和信息化局")
    doc.add_paragraph("2026年4月1日")
    doc.add_paragraph("一、发展目标", style="Heading 1")
    doc.add_paragraph("2026年，全市羊绒产业产值突破300亿元，羊绒制品出口额增长10%。")
    doc.add_paragraph("二、重点任务", style="Heading 1")
    for heading, body, roles in ORDOS_TASKS:
        doc.add_paragraph(heading, style="Heading 2")
        doc.add_paragraph(body)
        doc.add_paragraph().add_run(roles).italic = True
    doc.save(str(Path(__file__).parent / "docs" / "ordos-cashmere-plan-2026.docx"))


LINYI_PARAGRAPHS = (
    "临沂市2026年商贸物流产业高质量发展工作方案",
    "临沂市商务局",
    "2026年3月25日",
    "一、发展目标",
    "2026年，全市物流总额突破1.1万亿元，临沂商城市场交易额增长8%，新增A级物流企业15家。",
    "二、重点任务",
    "（一）提升商城能级。推进临沂商城国际陆港、临沂综合保税区建设，培育千亿级专业市场2个。",
    "牵头单位：市商务局",
    "配合单位：市发展和改革委员会、兰山区人民政府",
    "（二）发展冷链物流。新建改建冷库库容30万吨，培育冷链物流龙头企业5家。",
    "牵头单位：市交通运输局",
    "配合单位：市商务局",
    "（三）培育直播电商。举办第三届中国（临沂）直播电商节，直播电商交易额突破800亿元。",
    "牵头单位：市商务局",
)


def linyi_label_paragraphs_after_tasks() -> None:
    """A city's commerce and logistics plan in Word whose tasks are each followed by two label
    paragraphs of their own, 牵头单位：X and 配合单位：Y (batch 1490)."""
    _paragraphs_doc(LINYI_PARAGRAPHS, "linyi-commerce-logistics-plan-2026.docx")


YINGTAN_ROWS = (
    (
        "1",
        "推动铜冶炼绿色升级，支持江西铜业集团有限公司贵溪冶炼厂实施节能改造。",
        "阴极铜产量≥200万吨；单位产品综合能耗下降3%",
        "市工业和信息化局、贵溪市人民政府",
        "2026年12月",
    ),
    (
        "2",
        "发展铜精深加工，推进鹰潭高新技术产业开发区铜基新材料产业园建设。",
        "铜材加工量≥150万吨；新增规上铜加工企业≥10家",
        "鹰潭高新技术产业开发区管委会",
        "2026年12月",
    ),
    (
        "3",
        "建设铜产业公共服务平台，依托国家铜铅锌及制品质量检验检测中心开展检测服务。",
        "检测服务企业≥300家次",
        "市市场监督管理局",
        "2026年10月",
    ),
    (
        "4",
        "办好2026世界铜产业博览会，开展铜产业链招商。",
        "引进铜产业项目≥20个；签约金额≥100亿元",
        "市商务局、市投资促进中心",
        "2026年11月",
    ),
)


def yingtan_copper_goals_column() -> None:
    """A city's copper task list in Word (batch 1507): 序号 | 工作任务 | 量化指标 | 责任单位 |
    完成时限, the goals in a column of their own with ≥ before their figures."""
    _task_list(
        ("鹰潭市2026年铜产业高质量发展重点任务清单", "鹰潭市人民政府办公室", "2026年3月9日"),
        ("序号", "工作任务", "量化指标", "责任单位", "完成时限"),
        YINGTAN_ROWS,
        "yingtan-copper-tasks-2026.docx",
    )


ANGUO_PARAGRAPHS = (
    "安国市2026年中药材产业高质量发展工作方案",
    "安国市人民政府办公室",
    "2026年3月20日",
    "一、发展目标",
    "到2026年底，全市中药材种植面积稳定在20万亩，中药材交易额突破300亿元，中药饮片加工企业发展到200家。",
    "二、重点任务",
    "1.建设道地药材基地。在郑章镇、伍仁桥镇建设“祁州八大药”标准化种植基地3万亩，认定道地药材种植示范基地10个。"
    "（牵头单位：市农业农村局；配合单位：市林业局）",
    "2.提升数字中药都。推进安国数字中药都二期建设，线上交易额增长30%，新增入驻商户500户。"
    "（牵头单位：市商务局；配合单位：安国现代中药工业园区管委会）",
    "3.办好药交会。举办第十六届安国中医药博览会暨2026春季药材交易会，参展企业达到1500家。（牵头单位：市文化广电和旅游局）",
    "4.培育龙头企业。支持河北安国药业集团有限公司建设智能化饮片车间，年产中药饮片达到2万吨。"
    "（牵头单位：市工业和信息化局；配合单位：市市场监督管理局）",
)


def anguo_herbs_paragraphs() -> None:
    """A county-level city's medicinal herbs plan in Word, paragraphs alone (batch 1517): two
    fairs joined by 暨, a digital herb capital's second phase."""
    _paragraphs_doc(ANGUO_PARAGRAPHS, "anguo-tcm-work-plan-2026.docx")


MEIXIAN_ROWS = (
    (
        "1",
        "建设猕猴桃标准化示范园",
        "新建标准化示范园1万亩，猕猴桃产量达到55万吨",
        "县农业农村局/齐峰镇、金渠镇人民政府",
        "2026年10月",
    ),
    (
        "2",
        "发展猕猴桃精深加工",
        "支持陕西齐峰果业有限责任公司建设果酒生产线，新增加工能力3万吨",
        "县工业商务和信息化局/县市场监督管理局",
        "2026年12月",
    ),
    (
        "3",
        "拓展线上销售",
        "猕猴桃电商交易额突破20亿元，培育网络主播300名",
        "县工业商务和信息化局/团县委",
        "2026年12月",
    ),
    (
        "4",
        "办好猕猴桃节会",
        "举办第十三届中国·眉县猕猴桃产业发展大会",
        "县文化和旅游局/县农业农村局",
        "2026年9月",
    ),
)


def meixian_slashed_role_column() -> None:
    """A county's kiwifruit task table in Word whose one role column holds the lead and the
    support parted by a slash (batch 1526): 牵头单位/配合单位."""
    _task_list(
        ("眉县2026年猕猴桃产业高质量发展重点任务分解表", "眉县人民政府办公室", "2026年2月26日"),
        ("序号", "重点任务", "目标要求", "牵头单位/配合单位", "完成时限"),
        MEIXIAN_ROWS,
        "meixian-kiwi-tasks-2026.docx",
    )


QINGHE_ROWS = (
    (
        "1",
        "提升羊绒制品产能",
        "羊绒制品产量达到5000万件，羊绒产业营业收入增长8%",
        "县委常委、常务副县长",
        "县工业和信息化局",
        "2026年12月",
    ),
    (
        "2",
        "建设羊绒小镇",
        "推进清河羊绒小镇二期建设，完成投资6亿元",
        "副县长",
        "清河经济开发区管委会",
        "2026年11月",
    ),
    (
        "3",
        "发展直播电商",
        "羊绒制品网络零售额突破200亿元，新增直播电商企业300家",
        "副县长",
        "县商务局、县羊绒产业发展服务中心",
        "2026年12月",
    ),
    (
        "4",
        "办好羊绒交易会",
        "举办第十八届中国·清河国际羊绒及绒毛制品交易会",
        "副县长",
        "县羊绒产业发展服务中心",
        "2026年9月",
    ),
)


def qinghe_cashmere_leaders_by_post() -> None:
    """A county's cashmere ledger in Word (batch 1530): 序号 | 工作任务 | 具体目标 | 责任领导 |
    责任单位 | 完成时限, the leaders answerable named by their posts alone."""
    _task_list(
        ("清河县2026年羊绒产业发展重点任务台账", "清河县羊绒产业发展服务中心", "2026年1月26日"),
        ("序号", "工作任务", "具体目标", "责任领导", "责任单位", "完成时限"),
        QINGHE_ROWS,
        "qinghe-cashmere-ledger-2026.docx",
    )


LINQU_ROWS = (
    (
        "1",
        "建设县级寄递物流共配中心1个，整合中通、圆通、韵达等快递品牌，实现统仓共配",
        "县商务局",
        "县邮政管理局、县交通运输局",
        "2026年6月",
    ),
    (
        "2",
        "在九山镇、冶源镇建设镇级快递物流服务站12个，村级寄递物流综合服务站覆盖率达到100%",
        "各镇（街道）",
        "县邮政管理局",
        "2026年10月",
    ),
    (
        "3",
        "发展农村电商，培育农村电商示范村20个，农产品网络零售额增长15%",
        "县商务局",
        "县农业农村局",
        "2026年12月",
    ),
    (
        "4",
        "支持山东临朐华汇冷链物流有限公司建设产地冷链集配中心，新增冷库库容2万吨",
        "县发展和改革局",
        "县商务局",
        "2026年11月",
    ),
)


def linqu_rural_delivery_task_list() -> None:
    """A county's task list for rural parcel delivery in Word (batch 1537): 序号 | 任务内容 |
    责任单位 | 配合单位 | 完成时限, towns as a class answerable for a row."""
    _task_list(
        ("临朐县2026年农村寄递物流体系建设任务清单", "临朐县商务局", "2026年3月3日"),
        ("序号", "任务内容", "责任单位", "配合单位", "完成时限"),
        LINQU_ROWS,
        "linqu-rural-delivery-tasks-2026.docx",
    )


YUANMOU_ROWS = (
    (
        "1",
        "稳定冬早蔬菜种植",
        "冬早蔬菜种植面积稳定在26万亩，蔬菜产量达到120万吨",
        "县农业农村局",
        "各乡（镇）人民政府",
        "2026年12月",
    ),
    (
        "2",
        "建设蔬菜冷链设施",
        "新建产地冷藏保鲜设施50座，新增冷藏库容3万吨",
        "县发展和改革局",
        "县农业农村局、县供销合作社联合社",
        "2026年10月",
    ),
    (
        "3",
        "培育经营主体",
        "支持元谋金穗果蔬有限公司建设蔬菜分拣加工中心，新增蔬菜专业合作社30家",
        "县农业农村局",
        "县市场监督管理局",
        "2026年11月",
    ),
    (
        "4",
        "拓展外销市场",
        "蔬菜外销量达到100万吨，出口东南亚蔬菜增长20%",
        "县商务局",
        "县农业农村局",
        "2026年12月",
    ),
)


def yuanmou_lead_and_responsible_columns() -> None:
    """A county's winter vegetables task list in Word (batch 1546): 序号 | 重点任务 | 工作目标 |
    牵头单位 | 责任单位 | 完成时限, townships' governments as a class answerable."""
    _task_list(
        ("元谋县2026年冬早蔬菜产业发展重点任务清单", "元谋县农业农村局", "2026年1月22日"),
        ("序号", "重点任务", "工作目标", "牵头单位", "责任单位", "完成时限"),
        YUANMOU_ROWS,
        "yuanmou-winter-vegetables-tasks-2026.docx",
    )


ZHOUSHAN_PARAGRAPHS = (
    "舟山市2026年海洋经济高质量发展工作方案",
    "舟山市发展和改革委员会",
    "2026年3月2日",
    "一、发展目标",
    "海洋生产总值占地区生产总值比重稳定在70%以上，船舶修造产值突破400亿元，远洋渔业捕捞量达到60万吨。",
    "二、主要任务",
    "（一）做强船舶修造。支持舟山中远海运重工有限公司建设绿色智能修船基地，修船产值增长10%。"
    "由市经济和信息化局牵头，定海区人民政府、普陀区人民政府配合。",
    "（二）发展远洋渔业。建设舟山国家远洋渔业基地，新增远洋渔船20艘，远洋水产品精深加工率提高到45%。"
    "由市海洋与渔业局负责。",
    "（三）打造绿色石化基地。推进浙江石油化工有限公司4000万吨/年炼化一体化项目提质增效，化工新材料产值增长15%。"
    "由舟山绿色石化基地管委会负责。",
    "（四）发展海岛旅游。提升普陀山、朱家尖景区品质，举办2026舟山国际沙雕节，接待游客突破8000万人次。"
    "由市文化和广电旅游体育局负责。",
)


def zhoushan_marine_paragraphs() -> None:
    """A city's marine economy plan in Word, paragraphs alone (batch 1550): a refinery's
    project named by its capacity per year after the firm."""
    _paragraphs_doc(ZHOUSHAN_PARAGRAPHS, "zhoushan-marine-economy-plan-2026.docx")


XILINHOT_ROWS = (
    (
        "1",
        "稳定牲畜存栏",
        "牲畜存栏稳定在120万头只，其中肉牛存栏达到25万头",
        "市农牧和科技局",
        "各苏木镇人民政府",
        "2026年12月",
    ),
    (
        "2",
        "建设标准化养殖场",
        "新建标准化肉牛养殖场10个，肉羊规模养殖比重提高到60%",
        "市农牧和科技局",
        "市财政局",
        "2026年10月",
    ),
    (
        "3",
        "发展肉类精深加工",
        "支持内蒙古额尔敦羊业股份有限公司扩大屠宰加工能力，牛羊肉加工转化率达到80%",
        "市工业和信息化局",
        "市农牧和科技局",
        "2026年12月",
    ),
    (
        "4",
        "打造区域品牌",
        "推广“锡林郭勒羊”区域公用品牌，在北京、上海新设品牌直营店20家",
        "市商务局",
        "市农牧和科技局",
        "2026年11月",
    ),
)


def xilinhot_cattle_sheep_task_list() -> None:
    """A city's beef cattle and sheep task list in Word (batch 1554): 序号 | 重点任务 | 目标任务 |
    牵头单位 | 配合单位 | 完成时限, sumu and towns as a class."""
    _task_list(
        ("锡林浩特市2026年肉牛肉羊产业发展重点任务清单", "锡林浩特市农牧和科技局", "2026年2月20日"),
        ("序号", "重点任务", "目标任务", "牵头单位", "配合单位", "完成时限"),
        XILINHOT_ROWS,
        "xilinhot-cattle-sheep-tasks-2026.docx",
    )


DALIAN_ROWS = (
    (
        "1",
        "建设海参生态养殖示范区5个，海参底播增殖面积稳定在80万亩",
        "市海洋发展局、金普新区管委会、长海县人民政府",
        "2026年12月",
    ),
    (
        "2",
        "支持獐子岛集团股份有限公司建设海参精深加工车间，海参加工产值增长10%",
        "市工业和信息化局、长海县人民政府",
        "2026年11月",
    ),
    (
        "3",
        "举办第八届中国（大连）海参节，海参电商销售额突破30亿元",
        "市商务局、市海洋发展局",
        "2026年9月",
    ),
)


def dalian_first_listed_note_under_table() -> None:
    """A city's sea cucumber task division in Word (batch 1562): 序号 | 重点任务 | 责任单位 |
    完成时限, and under the table the note stating its convention, 注：责任单位中排在第一位的为
    牵头单位。"""
    _task_list(
        ("大连市2026年海参产业高质量发展重点任务分工", "大连市海洋发展局", "2026年3月12日"),
        ("序号", "重点任务", "责任单位", "完成时限"),
        DALIAN_ROWS,
        "dalian-sea-cucumber-tasks-2026.docx",
        back=("注：责任单位中排在第一位的为牵头单位。",),
    )


def zhaosu_horse_points() -> None:
    """A county's horse industry points in Word paragraphs (batch 1564): parts 一、 with items
    numbered 1． to 6． straight through them, each closed by a note in brackets (X牵头，Y配合;
    X、Y共同牵头; X负责)."""
    _paragraphs_doc(
        (
            "昭苏县2026年马产业发展工作要点",
            "昭苏县畜牧兽医发展中心",
            "2026年2月16日",
            "一、工作目标",
            "全年马匹存栏稳定在18万匹，马产业综合产值达到25亿元，接待马文化旅游游客突破300万人次。",
            "二、提升马匹繁育水平",
            "1．推进伊犁马品种改良，新建标准化养马场10个，年繁育良种马驹2000匹。"
            "（县畜牧兽医发展中心牵头，县农业农村局、各乡镇人民政府配合）",
            "2．支持伊犁昭苏马场建设马匹基因库和赛马训练中心。（县畜牧兽医发展中心、县科技局共同牵头）",
            "三、延伸马产品加工链",
            "3．支持新疆天马乳业有限公司扩大马乳制品生产，马乳制品年产量突破3000吨。"
            "（县工业和信息化局牵头，县市场监督管理局配合）",
            "4．开发孕马尿结合雌激素、马血清等生物制品原料，培育马生物制品企业2家。（县工业和信息化局负责）",
            "四、做强马文化旅游",
            "5．办好第十七届天马国际旅游节，举办速度赛马、耐力赛等赛事30场以上。"
            "（县文化体育广播电视和旅游局牵头，县公安局、县交通运输局配合）",
            "6．依托夏塔旅游风景区、昭苏湿地公园，开发马背骑乘体验线路10条。（县文化体育广播电视和旅游局负责）",
        ),
        "zhaosu-horse-industry-points-2026.docx",
    )


def xuecheng_lead_marked_in_cell() -> None:
    """A district's task division for old residential compounds in Word (batch 1572): 序号 |
    工作任务 | 责任单位 | 完成时限, one body column whose first body is marked （牵头）."""
    _task_list(
        (
            "薛城区2026年城镇老旧小区改造工作任务分工",
            "枣庄市薛城区住房和城乡建设局",
            "2026年3月3日",
        ),
        ("序号", "工作任务", "责任单位", "完成时限"),
        (
            (
                "1",
                "完成临山小区、矿建小区等老旧小区改造32个，惠及居民5600户。",
                "区住房和城乡建设局（牵头）、常庄街道办事处、临城街道办事处",
                "2026年11月",
            ),
            (
                "2",
                "加装电梯50部，新增停车位1200个。",
                "区住房和城乡建设局（牵头）、区市场监督管理局",
                "2026年12月",
            ),
            (
                "3",
                "同步实施雨污分流改造管网18公里。",
                "区城市管理局（牵头）、区水务局",
                "2026年10月",
            ),
            (
                "4",
                "争取中央预算内投资和专项债券资金2.5亿元。",
                "区发展和改革局（牵头）、区财政局",
                "2026年6月",
            ),
        ),
        "xuecheng-old-residential-renovation-tasks-2026.docx",
    )


def jarud_work_report() -> None:
    """A banner's government work report in Word paragraphs (batch 1575): the session line,
    the banner head's line, the address, the year's review and the new year's work, each part
    opening with the whole's figures over its tasks, no bodies named."""
    _paragraphs_doc(
        (
            "政府工作报告",
            "——2026年1月8日在扎鲁特旗第十七届人民代表大会第六次会议上",
            "扎鲁特旗人民政府旗长　巴特尔",
            "各位代表：",
            "现在，我代表旗人民政府向大会报告工作，请予审议，并请旗政协委员和其他列席人员提出意见。",
            "一、2025年工作回顾",
            "过去一年，全旗地区生产总值完成215亿元、增长6.1%，一般公共预算收入完成12.6亿元、增长8.3%，"
            "城乡居民人均可支配收入分别达到4.6万元和2.3万元。",
            "（一）农牧业基础更加稳固。粮食产量达到18.5亿斤，牲畜存栏稳定在260万头只，新建高标准农田15万亩。",
            "（二）能源产业加快发展。新能源并网装机达到320万千瓦，鲁北风电基地二期建成投产。",
            "二、2026年工作安排",
            "2026年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，"
            "城乡居民人均可支配收入分别增长5.5%和7%。",
            "（一）做强现代农牧业。新建高标准农田10万亩，肉牛存栏达到45万头，建设扎鲁特草原肉牛交易市场。",
            "（二）壮大新能源产业。新增新能源装机100万千瓦，推进扎鲁特旗绿氢制取项目开工建设。",
            "（三）发展全域旅游。办好第十二届扎鲁特山地草原那达慕，接待游客突破200万人次。",
            "各位代表，新的一年，我们将在旗委的坚强领导下，奋力谱写扎鲁特高质量发展新篇章！",
        ),
        "jarud-banner-government-work-report-2026.docx",
    )


def gaotang_town_target_letter() -> None:
    """A town's letter of target responsibility in Word (batch 1579): 序号 | 考核指标 |
    2026年目标值 | 分值 | 责任单位, the scores no figures, the two parties' seals under it."""
    _paragraphs_and_table_doc(
        (
            "梁村镇2026年度经济社会发展目标责任书",
            "高唐县人民政府",
            "2026年2月20日",
            "为确保全年目标任务完成，县政府与梁村镇人民政府签订本责任书，考核结果作为年度综合考核的重要依据。",
        ),
        (
            ("序号", "考核指标", "2026年目标值", "分值", "责任单位"),
            ("1", "一般公共预算收入", "增长6%", "15", "镇财政所"),
            ("2", "固定资产投资", "增长10%", "15", "镇经济发展办公室"),
            ("3", "新增规模以上工业企业", "3家", "10", "镇经济发展办公室"),
            ("4", "粮食播种面积", "稳定在8.5万亩", "10", "镇农业农村服务中心"),
            ("5", "新建高标准农田", "1.2万亩", "10", "镇农业农村服务中心"),
        ),
        ("高唐县人民政府（章）　　　　梁村镇人民政府（章）",),
        "gaotang-liangcun-town-target-letter-2026.docx",
    )


def xifeng_projects_ledger() -> None:
    """A county's ledger of key projects in Word (batch 1586): 序号 | 工作事项 | 具体措施 |
    责任领导 | 牵头单位 | 责任人 | 完成时限, the officials and persons answering named."""
    _paragraphs_and_table_doc(
        ("息烽县2026年重点项目建设工作台账", "息烽县人民政府办公室　2026年2月25日"),
        (
            ("序号", "工作事项", "具体措施", "责任领导", "牵头单位", "责任人", "完成时限"),
            (
                "1",
                "息烽温泉康养综合体项目",
                "完成投资3亿元，建成温泉酒店主体",
                "王某某",
                "县文体广电旅游局",
                "李某",
                "2026年12月",
            ),
            (
                "2",
                "磷化工循环经济产业园",
                "新引进磷化工企业3家，园区产值突破50亿元",
                "张某某",
                "息烽经济开发区管委会",
                "赵某",
                "2026年12月",
            ),
            (
                "3",
                "县城污水处理厂提标改造",
                "日处理能力提升至3万吨",
                "刘某某",
                "县住房和城乡建设局",
                "陈某",
                "2026年9月",
            ),
        ),
        (),
        "xifeng-key-projects-ledger-2026.docx",
    )


def ziyuan_tourism_projects() -> None:
    """A county's plan of key culture and tourism projects in Word (batch 1588): 序号 | 项目名称 |
    建设内容 | 总投资（万元） | 2026年计划投资（万元） | 责任单位, the money's unit in the headers."""
    _paragraphs_and_table_doc(
        ("资源县2026年文化旅游重点项目计划表", "资源县文化体育和旅游局　2026年2月10日"),
        (
            (
                "序号",
                "项目名称",
                "建设内容",
                "总投资（万元）",
                "2026年计划投资（万元）",
                "责任单位",
            ),
            (
                "1",
                "八角寨景区提升改造项目",
                "新建游客中心、观景平台及步道5公里",
                "12000",
                "4000",
                "县文化体育和旅游局",
            ),
            (
                "2",
                "资江漂流旅游度假区项目",
                "建设漂流码头2处、配套民宿30间",
                "25000",
                "8000",
                "中峰镇人民政府",
            ),
            (
                "3",
                "车田河湾红色文化旅游区项目",
                "修缮红军长征遗址3处",
                "6000",
                "2000",
                "车田苗族乡人民政府",
            ),
        ),
        (),
        "ziyuan-tourism-projects-2026.docx",
    )


def qishan_meeting_minutes() -> None:
    """A county government's executive meeting minutes in Word paragraphs (batch 1592): each
    decided matter a part opening with what the meeting did (研究了…, 听取了…) and closing with
    who does it in a sentence (由X牵头，Y配合; 由X负责); those present and attending last."""
    _paragraphs_doc(
        (
            "岐山县人民政府常务会议纪要",
            "〔2026〕4号",
            "岐山县人民政府办公室　2026年3月12日",
            "2026年3月10日，县长李某某主持召开县政府第四次常务会议。现将会议议定事项纪要如下：",
            "一、研究了《岐山县2026年臊子面产业发展实施方案》。会议原则同意该方案，要求到2026年底，"
            "全县臊子面生产企业达到30家，臊子面产业综合产值突破15亿元。由县工业和信息化局牵头，"
            "县市场监督管理局、县商务局配合，抓好方案落实。",
            "二、研究了周公庙景区提升改造工作。会议同意实施周公庙景区游客服务中心建设项目，总投资8000万元，"
            "2026年完成投资5000万元。由县文化和旅游局负责。",
            "三、听取了春季植树造林工作汇报。会议要求完成人工造林1.5万亩。由县林业局牵头，各镇人民政府配合。",
            "出席：李某某　王某某　张某某",
            "列席：县直有关部门主要负责同志",
        ),
        "qishan-executive-meeting-minutes-2026-4.docx",
    )


def fujin_styled_headings_plan() -> None:
    """A county-level city's smart agriculture plan in Word's own styles (batch 1596): the
    title in Title, parts in Heading 1, tasks in Heading 2 (markers written too), each task's
    text then a line of its bodies, lead and support parted by an ideographic space."""
    doc = Document()
    doc.add_paragraph("富锦市2026年智慧农业建设实施方案", style="Title")
    doc.add_paragraph("富锦市农业农村局　2026年3月5日")
    for style, text in (
        ("Heading 1", "一、建设目标"),
        (
            "Normal",
            "2026年，全市建设智慧农场示范基地10个，农机北斗导航终端安装率达到90%，水稻生产全程机械化率达到99%以上。",
        ),
        ("Heading 1", "二、重点任务"),
        ("Heading 2", "（一）建设智慧农场"),
        ("Normal", "在长安镇、二龙山镇建设无人化农场2个，推广水稻智能催芽、智能育秧技术50万亩。"),
        ("Normal", "牵头单位：市农业农村局　配合单位：市农业机械化技术推广中心、相关乡镇人民政府"),
        ("Heading 2", "（二）推广农业无人机"),
        ("Normal", "新增植保无人机300架，无人机作业面积达到400万亩次。"),
        ("Normal", "牵头单位：市农业机械化技术推广中心　配合单位：市财政局"),
        ("Heading 2", "（三）建设农业大数据平台"),
        ("Normal", "建成富锦市农业大数据中心，接入物联网监测点500个。"),
        ("Normal", "牵头单位：市农业农村局　配合单位：市政务服务和数据局"),
    ):
        doc.add_paragraph(text, style=style)
    doc.save(str(Path(__file__).parent / "docs" / "fujin-smart-agriculture-plan-2026.docx"))


def ningguo_persons_after_bodies() -> None:
    """A county-level city's auto parts task list in Word (batch 1602): 序号 | 重点任务 |
    责任单位及责任人 | 完成时限, each body a line of its cell with the person answering in
    brackets after it."""
    _task_list(
        ("宁国市2026年汽车零部件产业发展重点任务清单", "宁国市经济和信息化局　2026年3月13日"),
        ("序号", "重点任务", "责任单位及责任人", "完成时限"),
        (
            (
                "1",
                "推动中鼎密封件股份有限公司建设新能源汽车橡胶密封件生产线，汽车零部件产业产值突破300亿元",
                "市经济和信息化局（王某）\n宁国经济技术开发区管委会（李某）",
                "2026年12月",
            ),
            (
                "2",
                "引进汽车零部件配套企业10家，新增规上企业8家",
                "市投资促进中心（张某）",
                "2026年12月",
            ),
            (
                "3",
                "建设宁国汽车零部件检验检测中心，开展企业数字化改造项目20个",
                "市市场监督管理局（赵某）\n市经济和信息化局（王某）",
                "2026年11月",
            ),
        ),
        "ningguo-auto-parts-tasks-2026.docx",
    )


if __name__ == "__main__":
    task_list()
    annual_plan()
    auto_numbered_plan()
    merged_task_table()
    indicator_table_by_year()
    wps_numbered_points()
    chain_task_list()
    red_head_opinions()
    five_year_outline()
    officials_task_list()
    prefecture_task_list()
    town_task_list()
    overseen_task_list()
    policy_measures()
    contacts_task_list()
    boxed_plan()
    quarterly_task_list()
    word_numbered_articles()
    merged_task_rows()
    titled_task_table()
    milestones_task_list()
    numbered_measures_task_list()
    continuation_rows_task_list()
    section_rows_task_list()
    starred_leads_task_list()
    marked_matrix_task_list()
    ledger_task_list()
    duties_by_body_table()
    targets_by_town_table()
    category_column_task_table()
    goals_by_year_rows()
    wrapped_header_task_list()
    task_cards()
    three_level_task_table()
    livelihood_projects_task_list()
    town_paragraphs_plan()
    bold_leads_task_list()
    tracked_changes_draft()
    persons_column_task_list()
    layout_table_task_list()
    persons_in_cells_task_list()
    same_as_above_task_list()
    bold_lead_sentences_work_report()
    all_tasks_note_task_list()
    joint_inspection_plan()
    child_friendly_city_tasks()
    data_elements_tasks()
    bozhou_tcm_task_list()
    cable_industry_plan()
    coffee_industry_plan()
    typeface_headed_plan()
    linked_contents_plan()
    paged_contents_plan()
    bulleted_items_plan()
    footnoted_task_list()
    alt_chunk_plan()
    hidden_text_plan()
    symbol_marked_matrix()
    dropdown_task_list()
    red_leads_task_list()
    spanned_role_header_task_list()
    labelled_lines_in_cell_task_list()
    season_task_table()
    goal_column_task_table()
    merged_leader_task_table()
    annex_task_table()
    list_numbered_notes_after()
    spaced_bodies_task_list()
    down_task_list()
    section_rows_by_industry_task_list()
    leaders_and_partners_task_list()
    unnumbered_rows_task_list()
    bazhou_furniture_task_list()
    hejian_remanufacturing_points()
    guian_computing_task_list()
    zhenghe_white_tea_merged_task_list()
    botou_casting_task_list()
    pingyu_outdoor_goods_points()
    liushi_electrical_task_list()
    suixian_mushroom_task_list()
    jinxiang_garlic_task_list()
    arong_soybean_plan()
    longquan_celadon_sword_task_list()
    cangnan_printing_nuclear_task_list()
    shaxian_snacks_task_list()
    hulunbuir_dairy_beef_task_list()
    queshan_violin_task_list()
    yichang_three_role_columns()
    taigu_agri_valley_task_table()
    rong_environment_task_list()
    pujiang_locks_task_list()
    zhushan_ceramics_drama_task_list()
    ledong_melon_mango_leaders_task_list()
    xiangyin_water_ecology_headed_points()
    keqiao_union_contests_task_list()
    fenghuang_chronicles_archives_task_list()
    jiande_sports_events_plan()
    yueqing_talent_points()
    tongzhou_home_textiles_task_list()
    xingguo_state_enterprise_reform_points()
    suichang_digital_village_points()
    huayuan_rural_revitalization_points()
    songyang_medical_community_points()
    sheyang_wetland_plan()
    youxian_oil_camellia_summary_plan()
    hongya_tea_two_tables()
    guangde_first_listed_header_list()
    xinfeng_digital_economy_points()
    anfu_ham_points_with_comments()
    pingjiang_points_in_one_cell()
    zixi_plan_report_three_columns()
    ruijin_transport_points()
    tongxin_beef_plan_with_indicators_last()
    shangzhi_berries_plan()
    xuzhou_lithium_chain_plan()
    xingtai_progress_bulletin()
    suzhou_roles_table_under_each_task()
    wuzhong_roles_marked_in_lines()
    jinjiang_three_role_columns()
    ordos_styled_headings_italic_roles()
    linyi_label_paragraphs_after_tasks()
    yingtan_copper_goals_column()
    anguo_herbs_paragraphs()
    meixian_slashed_role_column()
    qinghe_cashmere_leaders_by_post()
    linqu_rural_delivery_task_list()
    yuanmou_lead_and_responsible_columns()
    zhoushan_marine_paragraphs()
    xilinhot_cattle_sheep_task_list()
    dalian_first_listed_note_under_table()
    zhaosu_horse_points()
    xuecheng_lead_marked_in_cell()
    jarud_work_report()
    gaotang_town_target_letter()
    xifeng_projects_ledger()
    ziyuan_tourism_projects()
    qishan_meeting_minutes()
    fujin_styled_headings_plan()
    ningguo_persons_after_bodies()
