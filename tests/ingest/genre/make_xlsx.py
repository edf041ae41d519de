"""Write the Excel workbooks of the genre corpus, .xlsx and .xls (run once; the files are
kept).

``docs/nanan-manufacturing-tasks-2026.xlsx``: an annex task list as a spreadsheet (附件1 in
its first cell, the title merged across the sheet): a 类别 column merged down over each
group's rows, rows numbered again in each group, a 目标要求 column, bodies one a line in a
cell, deadlines as date cells (one showing its day, others only the month) or typed; a
hidden sheet of the bodies' names that the drop-down lists draw on.
``docs/changge-indicator-targets-2026.xlsx``: a table sharing out the year's main
indicators (序号 | 指标名称 | 单位 | 2025年完成 | 2026年目标 | 牵头单位 | 配合单位), some
growth rates as percentage cells (0.065 shown as 6.5%), others as plain numbers beside a %
unit; a note and the compiling office and date under the table.
``docs/jiangyou-key-projects-2026.xlsx``: a list of key projects (序号 | 项目名称 | 建设内容及规模
| 总投资 | 2026年计划投资 | 责任单位 | 包抓领导) whose money columns take their unit from a
line above the header (单位：万元), a 合计 row of sums above the projects, group rows merged
across, the official answering for each project with his post.
``docs/qinghe-cashmere-tasks-2026.xls``: a task list in Excel 97–2003's format (序号 | 工作任务
| 目标要求 | 责任单位 | 完成时限) whose one 责任单位 column marks the lead （牵头） on the first of
a cell's lines, the deadline merged down over rows, the issuer and date signed under the table
in its fourth column; an industry the taxonomy lacks (羊绒, cashmere).
``docs/pinggu-agriculture-tasks-ledger-2026.xls``: a ledger of tasks that an office system
exported "to Excel" as a web page under an .xls name (HTML in GB2312 with Excel's namespaces
and conditional comments, `x:num` cells, a title row spanning the table, a 牵头单位 cell
spanning two rows); Beijing's bodies, the towns as a class.
``docs/haicheng-magnesite-tasks-2026.xlsx``: a task list whose parts are the workbook's sheets,
each named for its part (一、产业升级, 二、绿色发展, …) and numbering its rows from 1, the title
only on the first; a 责任单位 cell labelling its lines (牵头：… / 配合：…); a hidden sheet of
names; an industry the taxonomy lacks (菱镁, magnesite).
``docs/xiaoyi-industry-upgrading-tasks-2026.xlsx``: a task list numbered in decimals in its 序号
column (1, 1.1, 1.2, 2 …: a task and its sub-tasks), under a header on two rows (责任分工 merged
across 牵头单位 | 配合单位, the other header cells merged down).
``docs/hongta-key-projects-2026.xlsx``: a list of key projects grouped by rows merged across
that count their projects (（一）续建项目（2个）), with 建设地点, 开工时间 and 竣工时间 columns,
money columns with their unit in the header (总投资（亿元）, 年度计划投资（亿元）, no year), the
official answering for each project (包联领导).
``docs/nanhai-investment-tasks-2026.xlsx``: a responsibility list with a row for each body on
each task, the body's role written in a column of its own (责任单位 | 责任类型: 牵头 / 配合),
the task's 序号 and text merged down over its bodies' rows.
``docs/ejinhoro-indicator-plan-2026.xlsx``: a statistical form of the year's indicators
(序号 | 指标名称 | 计量单位 | 2025年实绩 | 2026年目标 | 责任单位) with the row of column codes such
forms carry under their header (甲 | 乙 | 丙 | 1 | 2 | 丁).
``docs/zhaodong-indicator-review-plan-2026.xlsx``: a table of the main indicators whose header
sets a year over the columns under it (2025年 merged across 目标 | 完成 | 完成率（%）), then the
new year's goals (2026年目标) and the bodies responsible.

Usage: ``python tests/ingest/genre/make_xlsx.py``.
``docs/changan-town-key-tasks-2026.xlsx``: a Dongguan town's task list (序号 | 工作任务 | 目标要求 |
分管领导 | 责任部门 | 协办部门 | 完成时限) naming the town's own offices without its name, the town's
government and the date under the table; electronics and moulds.
``docs/ruzhou-key-tasks-ledger-midyear-2026.xlsx``: a city's ledger of the year's key tasks at
midyear (序号 | 重点任务 | 年度目标 | 牵头单位 | 配合单位 | 截至6月底进展情况 | 完成时限): each row's
goals beside where it stood at the end of June, a dash for no body supporting, the supervision
office and the date under the table; a porcelain (汝瓷).
``docs/dangshan-fruit-ledger-2026.xlsx``: a county's ledger of its fruit work, the year's goals in
a column of their own beside each task's short name, the office filling it in and the date on
the last row (填报单位：… 填报日期：…).
``docs/shuangfeng-farm-machinery-tasks-2026.xlsx``: a county's farm-machinery task list, the
title and the office's line with its date merged across the sheet above the header, the
deadlines date cells shown as months (2026年11月).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import xlwt
from openpyxl import Workbook
from openpyxl.styles import Alignment

DOCS = Path(__file__).parent / "docs"


def _titled_sheet(name: str, title: str, width: int) -> tuple[Workbook, Any]:
    """A workbook whose first sheet, named ``name``, opens with ``title`` merged across its
    ``width`` columns, as a table's title row is."""
    wb = Workbook()
    ws = wb.active
    ws.title = name
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    return wb, ws


def nanan_task_list() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "重点任务"
    ws.append(["附件1"])
    ws.append(["南安市2026年制造业高质量发展重点任务分工表"])
    ws.merge_cells("A2:G2")
    ws.append(["类别", "序号", "重点任务", "目标要求", "牵头单位", "配合单位", "完成时限"])
    day, month = 'yyyy"年"m"月"d"日"', 'yyyy"年"m"月"'
    rows = [
        (
            "一、壮大主导产业",
            1,
            "推动石材产业转型升级",
            "石材产业产值达到450亿元",
            "市工信局",
            "市自然资源局\n泉州市南安生态环境局",
            (datetime(2026, 12, 31), day),
        ),
        (
            None,
            2,
            "壮大水暖卫浴产业",
            "新增规上水暖卫浴企业10家",
            "市工信局",
            "市市场监管局",
            (datetime(2026, 12, 1), month),
        ),
        (
            None,
            3,
            "培育光电信息产业",
            "光电信息产业营业收入增长15%",
            "市发改局",
            "市工信局、市科技局",
            "2026年底",
        ),
        (
            "二、推动技术改造",
            1,
            "实施技改项目",
            "实施技改项目120个，完成技改投资85亿元",
            "市工信局",
            "市财政局",
            (datetime(2026, 12, 1), month),
        ),
        (None, 2, "推进数字化转型", "新增省级智能工厂3家", "市工信局", "市科技局", "2026年11月"),
        (
            "三、优化要素保障",
            1,
            "保障工业用地",
            "供应工业用地2000亩以上",
            "市自然资源局",
            "市工信局",
            (datetime(2026, 12, 1), month),
        ),
        (
            None,
            2,
            "强化金融支持",
            "新增制造业贷款50亿元",
            "市金融服务中心",
            "人民银行南安市支行",
            (datetime(2026, 12, 1), month),
        ),
    ]
    for group, no, task, goal, lead, support, due in rows:
        ws.append([group, no, task, goal, lead, support, None])
        cell = ws.cell(row=ws.max_row, column=7)
        if isinstance(due, tuple):
            cell.value, cell.number_format = due
        else:
            cell.value = due
    for cells in ("A4:A6", "A7:A8", "A9:A10"):
        ws.merge_cells(cells)
    names = wb.create_sheet("单位名录")
    for name in ("市工信局", "市发改局", "市科技局", "市财政局", "市自然资源局", "市市场监管局"):
        names.append([name])
    names.sheet_state = "hidden"
    wb.save(str(DOCS / "nanan-manufacturing-tasks-2026.xlsx"))


def changge_indicator_targets() -> None:
    wb, ws = _titled_sheet("指标分解", "长葛市2026年主要经济指标目标任务分解表", 7)
    ws.append(["序号", "指标名称", "单位", "2025年完成", "2026年目标", "牵头单位", "配合单位"])
    rows = [
        (1, "地区生产总值增速", "%", 0.058, 0.065, "市发展改革委", "市统计局"),
        (2, "规上工业增加值增速", "%", 7.2, 8, "市工业和信息化局", "市统计局"),
        (3, "一般公共预算收入", "亿元", 41.37, 44.5, "市财政局", "国家税务总局长葛市税务局"),
        (
            4,
            "固定资产投资增速",
            "%",
            0.051,
            0.07,
            "市发展改革委",
            "市自然资源和规划局\n市住房和城乡建设局",
        ),
        (5, "社会消费品零售总额", "亿元", 186.2, 198, "市商务局", "市统计局"),
        (6, "再生金属产业营业收入", "亿元", 1020, 1150, "市工业和信息化局", "市商务局"),
        (7, "城镇新增就业", "人", 6120, 6000, "市人力资源和社会保障局", "—"),
    ]
    for row in rows:
        ws.append(list(row))
    for r in (3, 6):  # growth rates entered as percentage cells
        ws.cell(row=r, column=4).number_format = "0.0%"
        ws.cell(row=r, column=5).number_format = "0.0%"
    ws.append(["注：地区生产总值、规上工业增加值增速按可比价计算。"])
    ws.append(["制表单位：长葛市发展和改革委员会", None, None, None, "制表日期：2026年1月15日"])
    wb.save(str(DOCS / "changge-indicator-targets-2026.xlsx"))


def jiangyou_key_projects() -> None:
    wb, ws = _titled_sheet("重点项目", "江油市2026年重点项目投资计划表", 7)
    ws.append([None, None, None, None, None, None, "单位：万元"])
    ws.append(
        ["序号", "项目名称", "建设内容及规模", "总投资", "2026年计划投资", "责任单位", "包抓领导"]
    )
    ws.append(["合计", None, None, 356000, 98000])
    ws.merge_cells("A4:C4")
    ws.append(["一、产业项目"])
    ws.merge_cells("A5:G5")
    ws.append(
        [
            1,
            "江油特钢产品结构调整项目",
            "新建年产30万吨高端特殊钢生产线",
            185000,
            45000,
            "市经济信息化局",
            "张明（副市长）",
        ]
    )
    ws.append(
        [
            2,
            "江油农产品精深加工产业园项目",
            "建设标准化厂房12万平方米及配套仓储设施",
            68000,
            20000,
            "市农业农村局",
            "李华（副市长）",
        ]
    )
    ws.append(["二、基础设施项目"])
    ws.merge_cells("A8:G8")
    ws.append(
        [
            1,
            "江油市城区污水处理厂扩建项目",
            "新建污水管网25公里",
            42000,
            18000,
            "市住房和城乡建设局",
            "王强（副市长）",
        ]
    )
    ws.append(
        [
            2,
            "李白故里景区提升项目",
            "改造游客中心1处，新建停车场2个",
            61000,
            15000,
            "市文化广播电视和旅游局",
            "刘洋（副市长）",
        ]
    )
    wb.save(str(DOCS / "jiangyou-key-projects-2026.xlsx"))


def qinghe_task_list_xls() -> None:
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("任务清单")
    ws.write_merge(0, 0, 0, 4, "清河县2026年羊绒产业高质量发展重点任务清单")
    for c, v in enumerate(["序号", "工作任务", "目标要求", "责任单位", "完成时限"]):
        ws.write(1, c, v)
    rows = [
        (
            1,
            "壮大羊绒产业集群",
            "羊绒产业营业收入达到260亿元",
            "县工信局（牵头）\n县商务局\n县市场监管局",
        ),
        (2, "推动企业上规升级", "新增规上羊绒企业15家", "县工信局（牵头）\n县统计局"),
        (
            3,
            "拓展线上销售",
            "羊绒制品网络零售额增长10%以上",
            "县商务局（牵头）\n县电子商务服务中心",
        ),
        (4, "建设质检平台", "建成省级羊绒制品质检中心1个", "县市场监管局"),
        (5, "培育自主品牌", "培育羊绒自主品牌20个", "县市场监管局（牵头）\n县工信局"),
    ]
    for r, row in enumerate(rows, start=2):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    ws.write_merge(2, 4, 4, 4, "2026年12月底")
    ws.write(5, 4, "2026年9月底")
    ws.write(6, 4, "2026年12月底")
    ws.write(8, 3, "清河县人民政府办公室")
    ws.write(9, 3, "2026年3月5日")
    wb.save(str(DOCS / "qinghe-cashmere-tasks-2026.xls"))


_EXCEL_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Excel.Sheet>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>
 <x:Name>任务台账</x:Name>
 <x:WorksheetOptions><x:Selected/></x:WorksheetOptions>
 </x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>
</xml><![endif]-->
<style>
td {mso-number-format:"\\@"; border:.5pt solid windowtext;}
.title {font-size:16.0pt; font-weight:700;}
</style>
</head>
<body>
<table border=1 cellpadding=0 cellspacing=0 style='border-collapse:collapse'>
<tr><td colspan=6 class=title>平谷区2026年农业农村重点工作任务台账</td></tr>
<tr><td>序号</td><td>重点工作</td><td>工作目标</td><td>牵头单位</td><td>协办单位</td><td>时间节点</td></tr>
<tr><td x:num>1</td><td>做强平谷大桃产业</td><td>大桃种植面积稳定在22万亩，产量达到15万吨</td>
<td>区农业农村局</td><td>区园林绿化局</td><td>2026年全年</td></tr>
<tr><td x:num>2</td><td>发展休闲农业和乡村旅游</td><td>接待游客达到500万人次</td>
<td>区文化和旅游局</td><td>区农业农村局、各乡镇人民政府</td><td>2026年12月</td></tr>
<tr><td x:num>3</td><td>推进高标准农田建设</td><td>新建高标准农田1.2万亩</td>
<td rowspan=2>区农业农村局</td><td>区财政局</td><td>2026年10月</td></tr>
<tr><td x:num>4</td><td>实施农村人居环境整治</td><td>完成农村户厕改造3000户</td>
<td>各乡镇人民政府</td><td>2026年11月</td></tr>
<tr><td x:num>5</td><td>培育农业产业化龙头企业</td><td>新增市级以上农业产业化龙头企业5家</td>
<td>区农业农村局</td><td>区经济和信息化局</td><td>2026年12月</td></tr>
</table>
</body>
</html>
"""


def pinggu_ledger_html_as_xls() -> None:
    (DOCS / "pinggu-agriculture-tasks-ledger-2026.xls").write_bytes(_EXCEL_PAGE.encode("gb2312"))


def haicheng_sheets_by_part() -> None:
    wb = Workbook()
    parts = {
        "一、产业升级": [
            (
                "推进菱镁精深加工",
                "菱镁产业营业收入达到420亿元",
                "牵头：市工信局\n配合：市科技局、市发改局",
                "2026年12月底",
            ),
            (
                "培育高端耐火材料企业",
                "新增规上菱镁企业12家",
                "牵头：市工信局\n配合：市统计局",
                "2026年12月底",
            ),
        ],
        "二、绿色发展": [
            (
                "推进矿山绿色化改造",
                "建成绿色矿山15座",
                "牵头：市自然资源局\n配合：鞍山市生态环境局海城分局",
                "2026年11月底",
            ),
            (
                "降低能耗排放",
                "规上菱镁企业单位产值能耗下降5%",
                "牵头：市发改局\n配合：市工信局",
                "2026年12月底",
            ),
        ],
        "三、要素保障": [
            (
                "强化资金支持",
                "设立菱镁产业发展基金10亿元",
                "牵头：市财政局\n配合：市金融发展局",
                "2026年6月底",
            ),
            (
                "加强人才引进",
                "引进菱镁领域高层次人才50人",
                "牵头：市委组织部\n配合：市人社局",
                "2026年12月底",
            ),
        ],
    }
    for n, (name, rows) in enumerate(parts.items()):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = name
        if n == 0:
            ws.append(["海城市2026年菱镁产业转型升级重点任务分工表"])
            ws.merge_cells("A1:E1")
        ws.append(["序号", "重点任务", "目标要求", "责任单位", "完成时限"])
        for i, row in enumerate(rows, start=1):
            ws.append([i, *row])
    names = wb.create_sheet("字典")
    for body in ("市工信局", "市发改局", "市财政局"):
        names.append([body])
    names.sheet_state = "hidden"
    wb.save(str(DOCS / "haicheng-magnesite-tasks-2026.xlsx"))


def xiaoyi_decimal_numbers() -> None:
    wb, ws = _titled_sheet("任务分工", "孝义市2026年工业转型升级重点任务分工表", 6)
    ws.append(["序号", "重点任务", "具体目标", "责任分工", None, "完成时限"])
    ws.append([None, None, None, "牵头单位", "配合单位", None])
    for cells in ("A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"):
        ws.merge_cells(cells)
    rows = [
        (
            "1",
            "壮大铝精深加工产业",
            "铝精深加工产业产值达到180亿元",
            "市工信局",
            "市发改局、市商务局",
            "2026年12月",
        ),
        (
            "1.1",
            "推进铝精深加工项目建设",
            "新开工铝精深加工项目8个",
            "市工信局",
            "市自然资源局",
            "2026年10月",
        ),
        (
            "1.2",
            "培育铝精深加工企业",
            "新增规上铝精深加工企业6家",
            "市工信局",
            "市统计局",
            "2026年12月",
        ),
        (
            "2",
            "发展新型储能产业",
            "新型储能装机规模达到50万千瓦",
            "市能源局",
            "市发改局",
            "2026年12月",
        ),
        ("2.1", "建设储能电池生产线", "建成储能电池生产线2条", "市能源局", "市工信局", "2026年9月"),
        (
            "3",
            "推进氢能产业示范",
            "推广氢燃料电池重卡100辆",
            "市交通运输局",
            "市能源局、市工信局",
            "2026年12月",
        ),
    ]
    for row in rows:
        ws.append(list(row))
    wb.save(str(DOCS / "xiaoyi-industry-upgrading-tasks-2026.xlsx"))


def hongta_grouped_projects() -> None:
    wb, ws = _titled_sheet("重点项目", "红塔区2026年重点项目计划表", 10)
    ws.append(
        [
            "序号",
            "项目名称",
            "建设地点",
            "建设内容",
            "总投资（亿元）",
            "年度计划投资（亿元）",
            "开工时间",
            "竣工时间",
            "责任单位",
            "包联领导",
        ]
    )
    ws.append(["（一）续建项目（2个）"])
    ws.merge_cells("A3:J3")
    ws.append(
        [
            1,
            "红塔区高原特色农产品冷链物流园",
            "研和街道",
            "建设冷库5万立方米",
            3.2,
            1.5,
            "2025年3月",
            "2026年12月",
            "区商务局",
            "李明",
        ]
    )
    ws.append(
        [
            2,
            "红塔区智能制造产业园标准化厂房",
            "高新区",
            "建设标准化厂房20万平方米",
            6.5,
            2.8,
            "2024年6月",
            "2026年10月",
            "玉溪高新区管委会",
            "王刚",
        ]
    )
    ws.append(["（二）新开工项目（2个）"])
    ws.merge_cells("A6:J6")
    ws.append(
        [
            1,
            "红塔区城市更新老旧小区改造项目",
            "玉兴街道",
            "改造老旧小区32个",
            2.4,
            1.2,
            "2026年3月",
            "2026年12月",
            "区住房城乡建设局",
            "张华",
        ]
    )
    ws.append(
        [
            2,
            "红塔区农村供水保障工程",
            "各乡镇",
            "新建供水管网120公里",
            1.8,
            1.0,
            "2026年4月",
            "2026年12月",
            "区水利局",
            "赵强",
        ]
    )
    wb.save(str(DOCS / "hongta-key-projects-2026.xlsx"))


def nanhai_roles_in_a_column() -> None:
    wb, ws = _titled_sheet("责任清单", "南海区2026年招商引资重点任务责任清单", 5)
    ws.append(["序号", "重点任务", "责任单位", "责任类型", "完成时限"])
    tasks = [
        (
            1,
            "引进新能源汽车产业链项目30个以上",
            "2026年12月",
            [("区经济促进局", "牵头"), ("区发展和改革局", "配合"), ("各镇（街道）", "配合")],
        ),
        (
            2,
            "举办招商推介活动20场",
            "2026年10月",
            [("区商务局", "牵头"), ("区投资促进中心", "配合")],
        ),
        (3, "推动签约项目开工率达到80%", "2026年12月", [("区自然资源局", "牵头")]),
    ]
    for no, task, due, bodies in tasks:
        first = ws.max_row + 1
        for body, role in bodies:
            ws.append([no, task, body, role, due])
        if len(bodies) > 1:
            for col in "ABE":
                ws.merge_cells(f"{col}{first}:{col}{first + len(bodies) - 1}")
    wb.save(str(DOCS / "nanhai-investment-tasks-2026.xlsx"))


def ejinhoro_statistical_form() -> None:
    wb, ws = _titled_sheet("主要指标", "伊金霍洛旗2026年主要经济指标计划表", 6)
    ws.append(["序号", "指标名称", "计量单位", "2025年实绩", "2026年目标", "责任单位"])
    ws.append(["甲", "乙", "丙", 1, 2, "丁"])
    rows = [
        (1, "地区生产总值", "亿元", 1420, 1500, "旗发展和改革委员会"),
        (2, "规上工业增加值增速", "%", 7.8, 8, "旗工业和信息化局"),
        (3, "原煤产量", "亿吨", 1.6, 1.65, "旗能源局"),
        (4, "新能源装机规模", "万千瓦", 320, 450, "旗能源局"),
        (5, "一般公共预算收入", "亿元", 210.5, 218, "旗财政局"),
    ]
    for row in rows:
        ws.append(list(row))
    wb.save(str(DOCS / "ejinhoro-indicator-plan-2026.xlsx"))


def zhaodong_year_over_columns() -> None:
    wb, ws = _titled_sheet("主要指标", "肇东市2026年主要经济指标计划表", 8)
    ws.append(["序号", "指标名称", "单位", "2025年", None, None, "2026年目标", "责任单位"])
    ws.append([None, None, None, "目标", "完成", "完成率（%）", None, None])
    for cells in ("A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3"):
        ws.merge_cells(cells)
    rows = [
        (1, "地区生产总值", "亿元", 300, 305.2, 101.7, 325, "市发展和改革局"),
        (2, "一般公共预算收入", "亿元", 12, 12.3, 102.5, 13, "市财政局"),
        (3, "规上工业增加值增速", "%", 8, 8.6, 107.5, 9, "市工业和信息化局"),
        (4, "城镇新增就业", "人", 4000, 4230, 105.8, 4000, "市人力资源和社会保障局"),
    ]
    for row in rows:
        ws.append(list(row))
    wb.save(str(DOCS / "zhaodong-indicator-review-plan-2026.xlsx"))


def changan_town_task_list() -> None:
    """A Dongguan town's task list: its own offices named bare, an official in a column of his
    own, the town's government and the date signed under the table."""
    wb, ws = _titled_sheet("任务分解", "长安镇2026年重点工作任务分解表", 7)
    ws.append(["序号", "工作任务", "目标要求", "分管领导", "责任部门", "协办部门", "完成时限"])
    rows = [
        (
            1,
            "壮大电子信息产业",
            "电子信息产业产值突破1500亿元，新增规上工业企业30家",
            "李明（副镇长）",
            "经济发展局",
            "投资促进局、统计办",
            "2026年12月",
        ),
        (
            2,
            "推动模具产业升级",
            "实施模具企业技术改造项目20个，建设模具产业公共服务平台1个",
            "李明（副镇长）",
            "经济发展局",
            "科技创新中心",
            "2026年12月",
        ),
        (
            3,
            "优化营商环境",
            "新增市场主体5000户",
            "王芳（副镇长）",
            "市场监督管理分局",
            "政务服务中心",
            "2026年12月",
        ),
        (
            4,
            "加强安全生产",
            "开展企业安全检查3000家次",
            "张强（副镇长）",
            "应急管理分局",
            "各社区",
            "2026年12月",
        ),
    ]
    for row in rows:
        ws.append(list(row))
    ws.append([])
    ws.append(["东莞市长安镇人民政府"])
    ws.append(["2026年2月20日"])
    wb.save(str(DOCS / "changan-town-key-tasks-2026.xlsx"))


def ruzhou_ledger_with_progress() -> None:
    """A city's ledger of the year's key tasks at midyear: each row's goal for the year beside
    where it stood at the end of June (截至6月底进展情况), a dash for no body supporting, the
    supervision office and the date under the table."""
    wb, ws = _titled_sheet("推进台账", "汝州市2026年重点工作任务推进台账（截至6月底）", 7)
    ws.append(
        ["序号", "重点任务", "年度目标", "牵头单位", "配合单位", "截至6月底进展情况", "完成时限"]
    )
    rows = [
        (
            1,
            "加快汝瓷产业发展",
            "汝瓷产业产值达到30亿元，新增汝瓷规上企业5家",
            "市工信局",
            "市文广旅局、市市场监管局",
            "完成产值13.6亿元，占年度目标的45.3%；新增规上企业2家",
            "2026年12月",
        ),
        (
            2,
            "推进重点项目建设",
            "实施省市重点项目60个，完成投资150亿元",
            "市发展改革委",
            "各乡镇（街道）",
            "开工项目52个，完成投资78.5亿元，占年度计划的52.3%",
            "2026年12月",
        ),
        (
            3,
            "提升营商环境",
            "政务服务事项网上可办率达到98%以上",
            "市政务服务和大数据管理局",
            "市直各有关部门",
            "网上可办率达到96.5%",
            "2026年12月",
        ),
        (
            4,
            "稳定粮食生产",
            "粮食播种面积稳定在80万亩以上，总产量达到7亿斤",
            "市农业农村局",
            "各乡镇（街道）",
            "夏粮收获面积45万亩，总产3.1亿斤",
            "2026年10月",
        ),
        (
            5,
            "做好就业工作",
            "城镇新增就业6000人，农村劳动力转移就业3000人",
            "市人社局",
            "—",
            "城镇新增就业3420人，完成年度目标的57%",
            "2026年12月",
        ),
    ]
    for row in rows:
        ws.append(list(row))
    ws.append([])
    ws.append(["", "", "", "", "", "汝州市人民政府督查室"])
    ws.append(["", "", "", "", "", "2026年7月5日"])
    wb.save(str(DOCS / "ruzhou-key-tasks-ledger-midyear-2026.xlsx"))


HAINING_ROWS = (
    (1, "推动经编企业智能化改造，实施技术改造项目30个", ("市经济和信息化局", "市财政局")),
    (2, "建设经编产业创新服务综合体1个", ("市科学技术局", "马桥街道办事处")),
    (
        3,
        "举办经编产业博览会1次，线上销售额增长15%",
        ("市商务局", "市经济和信息化局", "马桥街道办事处"),
    ),
    (4, "新增规上经编企业10家", ("马桥街道办事处", "市统计局")),
)


def haining_bold_leads() -> None:
    """A city's task list as a workbook (batch 579) whose 责任单位 cells print the lead in bold as
    a run of the cell's rich text, under the rule a note states (注：加粗的为牵头单位，其余为配合单位)."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    wb = Workbook()
    ws = wb.active
    ws.title = "重点任务"
    ws.append(["海宁市2026年经编产业高质量发展重点任务清单"])
    ws.merge_cells("A1:C1")
    ws.append(["序号", "重点任务", "责任单位"])
    for number, task, bodies in HAINING_ROWS:
        ws.append([number, task, None])
        ws.cell(ws.max_row, 3).value = CellRichText(
            [TextBlock(InlineFont(b=True), bodies[0]), "、" + "、".join(bodies[1:])]
        )
    ws.append(["注：加粗的为牵头单位，其余为配合单位。"])
    ws.append(["海宁市经编产业发展领导小组办公室　2026年3月5日"])
    wb.save(DOCS / "haining-warp-knitting-tasks-2026.xlsx")


BOZHOU_ROWS = (
    (
        "1",
        "扩大道地药材种植",
        "中药材种植面积稳定在120万亩，新建GAP基地10个",
        ("市农业农村局", "市林业局", "各县区人民政府"),
    ),
    (
        "2",
        "建设现代中药产业园",
        "建成中药饮片加工园区2个，新增规上中药饮片企业15家",
        ("市工业和信息化局", "市农业农村局", "谯城区人民政府"),
    ),
    (
        "3",
        "做强中药材交易市场",
        "中药材交易额突破1200亿元，电商交易额增长20%",
        ("市商务局", "市市场监督管理局", ""),
    ),
    (
        "4",
        "强化质量追溯监管",
        "中药饮片抽检合格率达到98%以上",
        ("市市场监督管理局", "市卫生健康委员会", ""),
    ),
    (
        "5",
        "培育中医药康养",
        "建设中医药康养基地5个，接待康养游客100万人次",
        ("市文化旅游体育局", "市卫生健康委员会", ""),
    ),
)
# (the lead in the first body's column but in row 5, the second's)
BOZHOU_LEAD_COLUMN = {"5": 5}


def bozhou_highlighted_leads() -> None:
    """A city's task list as a workbook (batch 593) whose 责任单位 runs over three columns, one body a
    cell, the lead's cell filled yellow under the rule a note states (注：标黄的为牵头单位)."""
    from openpyxl.styles import PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "任务清单"
    ws.append(["亳州市2026年现代中药产业链重点任务清单"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "重点任务", "工作目标", "责任单位", None, None])
    ws.merge_cells("D2:F2")
    yellow = PatternFill("solid", fgColor="FFFFFF00")
    for number, task, goal, bodies in BOZHOU_ROWS:
        ws.append([number, task, goal, *(b or None for b in bodies)])
        ws.cell(ws.max_row, BOZHOU_LEAD_COLUMN.get(number, 4)).fill = yellow
    ws.append(["注：标黄的为牵头单位，其余为配合单位。"])
    ws.append(["亳州市现代中药产业链链长制工作推进办公室　2026年3月9日"])
    wb.save(DOCS / "bozhou-tcm-chain-tasks-2026.xlsx")


WUWEI_ROWS = (
    (
        "1",
        "设施农业",
        "新建日光温室2000座，设施蔬菜种植面积达到12万亩",
        "牵头：市农业农村局\n配合：各县区人民政府",
    ),
    (
        "2",
        "设施农业",
        "建设蔬菜冷链仓储设施10处，新增冷藏能力5万吨",
        "牵头：市商务局\n配合：市农业农村局\n市供销社",
    ),
    (
        "3",
        "草畜产业",
        "肉羊饲养量达到1200万只，建设肉羊良种繁育场5个",
        "牵头：市畜牧兽医局\n配合：市财政局",
    ),
    ("4", "草畜产业", "新增优质饲草种植面积20万亩", "牵头：市畜牧兽医局\n配合：各县区人民政府"),
    (
        "5",
        "酿酒葡萄",
        "新建酿酒葡萄基地1万亩，葡萄酒产量达到3万千升",
        "牵头：市林草局\n配合：市工信局、市商务局",
    ),
)


def wuwei_labelled_role_cells() -> None:
    """A city's task list as a workbook (batch 607): a category column merged down over its rows,
    the 责任单位 cell holding a labelled line for each role (牵头：X / 配合：Y, one cell's lines
    parted by the cell's own line breaks), once a body on a line of its own after the 配合 one."""
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = "重点任务"
    ws.append(["武威市2026年现代寒旱特色农业重点任务清单"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "产业类别", "重点任务", "责任单位", "完成时限"])
    for number, kind, task, bodies in WUWEI_ROWS:
        ws.append([number, kind, task, bodies, "2026年12月底"])
        ws.cell(ws.max_row, 4).alignment = Alignment(wrap_text=True)
    ws.merge_cells("B3:B4")
    ws.merge_cells("B5:B6")
    ws.append(["武威市农业农村局　2026年2月20日"])
    wb.save(DOCS / "wuwei-cold-arid-agriculture-tasks-2026.xlsx")


DANGSHAN_ROWS = [
    (
        1,
        "酥梨产业提质增效",
        "改造老旧梨园2万亩，酥梨种植面积稳定在50万亩，酥梨产业全产业链产值突破100亿元",
        "李明",
        "县果园场",
        "县农业农村局、各镇",
        "2026年12月",
    ),
    (
        2,
        "水果罐头加工",
        "新增罐头加工企业5家，黄桃罐头产量达到30万吨，出口额增长15%",
        "王芳",
        "县经信局",
        "县商务局、砀山经开区管委会",
        "2026年12月",
    ),
    (
        3,
        "电商物流",
        "农村电商交易额达到120亿元，新建县级电商物流分拨中心1个，快递业务量增长20%",
        "赵强",
        "县商务局",
        "县邮政管理局、县交通运输局",
        "2026年11月",
    ),
    (
        4,
        "梨花文化旅游",
        "举办第三十届砀山梨花节，接待游客突破600万人次，旅游综合收入增长12%",
        "孙丽",
        "县文旅局",
        "各镇、县融媒体中心",
        "2026年4月",
    ),
]


def dangshan_goals_column() -> None:
    """A county's ledger of work as a workbook (batch 725): its title over the table, the
    year's goals in a column of their own beside the task's short name, a leader's column,
    and the office filling it in with the date on the last row (填报单位：… 填报日期：…)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["砀山县2026年果业高质量发展重点工作台账"])
    ws.merge_cells("A1:G1")
    ws.append(["序号", "重点任务", "年度目标", "责任县领导", "牵头单位", "配合单位", "完成时限"])
    for row in DANGSHAN_ROWS:
        ws.append(list(row))
    ws.append(["填报单位：砀山县农业农村局　　填报日期：2026年3月5日"])
    ws.merge_cells(f"A{ws.max_row}:G{ws.max_row}")
    wb.save(DOCS / "dangshan-fruit-ledger-2026.xlsx")


SHUANGFENG_ROWS = (
    (
        "1",
        "壮大农机整机制造",
        "农机装备产业规上企业营业收入达到120亿元，新增规上农机企业8家",
        "县工信局",
        "县发改局、县财政局",
    ),
    (
        "2",
        "攻关关键零部件",
        "突破农机核心零部件关键技术5项，本地配套率提高到60%",
        "县科技局",
        "县工信局",
    ),
    (
        "3",
        "建设农机产业园",
        "新入园农机企业15家，标准化厂房新增10万平方米",
        "双峰经济开发区管委会",
        "县自然资源局",
    ),
    ("4", "开拓农机市场", "农机产品出口额增长20%，新增海外销售网点30个", "县商务局", "长沙海关"),
    (
        "5",
        "推广先进适用农机",
        "主要农作物耕种收综合机械化率达到88%",
        "县农业农村局",
        "各乡镇人民政府",
    ),
)


def _headed_sheet(
    name: str, above: tuple[str, ...], header: tuple[str, ...], rows: Any = ()
) -> tuple[Any, Any]:
    """A workbook whose one sheet, named ``name``, holds the lines ``above`` (the title, the
    office and date) each in a row merged across the table, then the ``header`` row and
    ``rows``."""
    wb = Workbook()
    ws = wb.active
    ws.title = name
    last = chr(ord("A") + len(header) - 1)
    for line in above:
        ws.append([line])
        ws.merge_cells(f"A{ws.max_row}:{last}{ws.max_row}")
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    return wb, ws


def shuangfeng_machinery_dates() -> None:
    """A county's farm-machinery task list as a workbook (batch 935): 序号 | 工作任务 | 目标任务 |
    牵头单位 | 责任单位 | 完成时间, the deadlines date cells shown as 2026年11月, the issuing
    office and its date in a merged row above the header."""
    wb, ws = _headed_sheet(
        "Sheet1",
        ("双峰县2026年农机装备产业发展重点任务清单", "双峰县农机装备产业链办公室　2026年3月2日"),
        ("序号", "工作任务", "目标任务", "牵头单位", "责任单位", "完成时间"),
    )
    for k, row in enumerate(SHUANGFENG_ROWS):
        ws.append([*row, datetime(2026, 11 if k % 2 else 12, 30)])
        ws.cell(ws.max_row, 6).number_format = 'yyyy"年"m"月"'
    wb.save(DOCS / "shuangfeng-farm-machinery-tasks-2026.xlsx")


HOTAN_ROWS = (
    (
        "1",
        "规范和田玉原料开采",
        "和田玉原料开采总量控制在每年300吨以内",
        "地区自然资源局（牵头）\n和田市人民政府",
        "2026年12月",
    ),
    (
        "2",
        "壮大玉石加工",
        "玉石加工产业产值达到35亿元，新增玉石加工企业20家",
        "地区工信局（牵头）\n地区商务局",
        "2026年12月",
    ),
    (
        "3",
        "建设玉石交易市场",
        "玉石交易市场年交易额突破50亿元，入驻商户达到800户",
        "地区商务局",
        "2026年10月",
    ),
    (
        "4",
        "培养玉雕人才",
        "培训玉雕技工1500人次，认定玉雕工艺大师15名",
        "地区人社局（牵头）\n地区教育局",
        "2026年11月",
    ),
)


def hotan_jade_workbook() -> None:
    """A prefecture's jade task list as a workbook (batch 1111): 序号 | 重点工作 | 工作目标 |
    责任单位 | 完成时限, a 责任单位 cell holding the lead marked （牵头） and a second body on a
    line of its own within the cell; the office and date in a merged row above the header."""
    wb, _ = _headed_sheet(
        "任务清单",
        ("和田地区2026年和田玉产业发展重点任务清单", "和田地区行政公署办公室　2026年3月23日"),
        ("序号", "重点工作", "工作目标", "责任单位", "完成时限"),
        HOTAN_ROWS,
    )
    wb.save(DOCS / "hotan-jade-tasks-2026.xlsx")


SIHONG_ROWS = (
    (
        1,
        "发展稻虾综合种养",
        "稻虾综合种养面积达到30万亩，新建稻虾标准化示范基地5个",
        "县农业农村局",
        "县水务局",
    ),
    (
        2,
        "做强洪泽湖大闸蟹品牌",
        "“洪泽湖大闸蟹”品牌价值突破100亿元，新增绿色食品认证15个",
        None,
        "县市场监管局",
    ),
    (
        3,
        "推进水产品精深加工",
        "新引进水产品加工企业3家，水产品加工产值增长20%",
        "县工信局",
        "县商务局、县发改委",
    ),
    (4, "拓展电商销售", "培育水产电商企业50家，水产品网络零售额达到20亿元", None, "各乡镇（街道）"),
)


def sihong_merged_leads() -> None:
    """A county's aquatic-industry task list as a workbook (batch 1164): 序号 | 重点任务 | 工作目标
    | 牵头单位 | 配合单位, each lead's cell merged down over two rows (its value in the first
    cell only, as Excel keeps it); the office and date in a merged row above the header."""
    wb, ws = _headed_sheet(
        "Sheet1",
        ("泗洪县2026年水产产业高质量发展重点任务清单", "泗洪县人民政府办公室　2026年2月28日"),
        ("序号", "重点任务", "工作目标", "牵头单位", "配合单位"),
        SIHONG_ROWS,
    )
    for cells in ("D4:D5", "D6:D7"):
        ws.merge_cells(cells)
    wb.save(DOCS / "sihong-aquatic-tasks-2026.xlsx")


TENGZHOU_ROWS = (
    (
        1,
        "壮大数控机床整机",
        "机床产业产值达到120亿元，数控机床产量突破1.5万台",
        "市工业和信息化局",
        "滕州经济开发区管委会",
        "张明",
        "2026年12月",
    ),
    (
        2,
        "突破关键功能部件",
        "新增数控系统、精密主轴等功能部件企业5家，本地配套率提高到45%",
        "市科学技术局",
        "市工业和信息化局、市财政局",
        "李刚",
        "2026年11月",
    ),
    (
        3,
        "发展刀具量具",
        "培育刀具规上企业3家，刀具产品出口额增长12%",
        "市商务局",
        "/",
        "李刚",
        "2026年12月",
    ),
    (
        4,
        "建设机床展会平台",
        "举办中国（滕州）机床展览会，参展企业800家以上",
        "市贸促会",
        "市商务局、市公安局",
        "王丽",
        "2026年9月",
    ),
)


def tengzhou_machine_tools_cooperation_columns() -> None:
    """A county-level city's machine-tool task list as a workbook (batch 1226): 序号 | 任务名称 |
    目标任务 | 牵头责任单位 | 协同单位 | 责任领导 | 时间节点, the numbers as number cells, a slash for
    none, the title and the issuing office's line merged above the header."""
    wb, _ = _headed_sheet(
        "任务清单",
        ("滕州市2026年机床产业高质量发展重点任务清单", "滕州市机床产业链工作专班　2026年2月24日"),
        ("序号", "任务名称", "目标任务", "牵头责任单位", "协同单位", "责任领导", "时间节点"),
        TENGZHOU_ROWS,
    )
    wb.save(DOCS / "tengzhou-machine-tools-tasks-2026.xlsx")


BEIJIAO_ROWS = (
    (
        1,
        "做强家电整机",
        "支持美的集团、万和新电源等龙头企业扩产增效，家电产业产值突破2600亿元",
        "镇经济发展办",
        "镇投资促进中心",
        "2026年12月",
    ),
    (
        2,
        "建设工业设计高地",
        "推进广东工业设计城三期建设，新引进设计企业30家",
        "镇投资促进中心",
        "镇规划建设办",
        "2026年12月",
    ),
    (
        3,
        "办好家电博览会",
        "办好第十届中国（顺德）国际家电博览会，参展企业突破800家",
        "镇经济发展办",
        "/",
        "2026年11月",
    ),
    (
        4,
        "提升物流通道",
        "推进北滘港扩建工程，集装箱吞吐量达到50万标箱",
        "镇交通运输办",
        "佛山市顺德区北滘港务有限公司",
        "2026年12月",
    ),
)


def beijiao_appliances_town_ledger() -> None:
    """A town's appliances task ledger as a workbook (batch 1253): 序号 | 工作任务 | 具体内容 |
    责任科室 | 配合科室 | 完成时限, the title and the office above the header, firms, a design
    city, an expo and a port named in the tasks, a slash for none."""
    wb, _ = _headed_sheet(
        "台账",
        ("北滘镇2026年家电产业重点工作任务台账", "佛山市顺德区北滘镇人民政府办公室　2026年3月2日"),
        ("序号", "工作任务", "具体内容", "责任科室", "配合科室", "完成时限"),
        BEIJIAO_ROWS,
    )
    wb.save(DOCS / "beijiao-appliances-town-ledger-2026.xlsx")


WUCHUAN_ROWS = (
    (
        1,
        "扩大燕麦种植",
        "燕麦种植面积稳定在60万亩，其中有机燕麦认证面积达到10万亩",
        "县农牧和科技局",
        "各乡镇人民政府",
        "刘志强",
        "2026年9月",
        "",
    ),
    (
        2,
        "推广优良品种",
        "推广“坝莜1号”“白燕2号”等优良品种30万亩，良种覆盖率提高到90%",
        "县农牧和科技局",
        "县农牧业技术推广中心",
        "刘志强",
        "2026年6月",
        "",
    ),
    (
        3,
        "做强莜面加工",
        "支持阴山优麦公司、塞宝燕麦公司扩能改造，燕麦加工转化率达到70%，新增燕麦食品加工企业3家",
        "县工业和信息化局",
        "县市场监督管理局",
        "王海燕",
        "2026年12月",
        "持续推进",
    ),
    (
        4,
        "打响“武川莜面”品牌",
        "举办第三届中国·武川燕麦文化节，在呼和浩特市开设武川莜面体验店10家",
        "县文化旅游体育局",
        "县商务局、县融媒体中心",
        "王海燕",
        "2026年8月",
        "",
    ),
    (
        5,
        "加大金融支持",
        "发放燕麦产业贷款2亿元，燕麦种植保险覆盖面积不低于40万亩",
        "县财政局",
        "/",
        "李建军",
        "2026年12月",
        "",
    ),
)


def wuchuan_oats_task_list() -> None:
    """A county's oats task list as a workbook (batch 1286): 序号 | 工作任务 | 目标任务 | 牵头单位 |
    协同单位 | 责任领导 | 时间节点 | 备注, the title and the office above the header, quoted
    varieties and a quoted brand, a slash for none, a note in one row's last cell."""
    wb, _ = _headed_sheet(
        "任务清单",
        (
            "武川县2026年燕麦产业高质量发展任务清单",
            "武川县燕麦产业发展领导小组办公室　2026年3月10日",
        ),
        ("序号", "工作任务", "目标任务", "牵头单位", "协同单位", "责任领导", "时间节点", "备注"),
        WUCHUAN_ROWS,
    )
    wb.save(DOCS / "wuchuan-oats-task-list-2026.xlsx")


JIAOZHOU_ROWS = (
    (
        "1",
        "临空经济",
        "依托青岛胶东国际机场，临空经济示范区新引进临空产业项目20个，机场货邮吞吐量达到35万吨",
        "胶州湾临空经济示范区管委会",
        "市发展和改革局、市商务局",
        "2026年12月",
    ),
    (
        "2",
        "临空经济",
        "建设临空航空物流园，培育航空物流企业10家，跨境电商进出口额增长25%",
        "市商务局",
        "青岛胶东国际机场海关、胶东街道办事处",
        "2026年12月",
    ),
    (
        "3",
        "特色农业",
        "“胶州大白菜”种植面积稳定在3万亩，建设大白菜标准化基地10个，举办胶州大白菜文化节",
        "市农业农村局",
        "里岔镇人民政府、铺集镇人民政府",
        "2026年11月",
    ),
    (
        "4",
        "特色农业",
        "发展秧歌文化旅游，胶州秧歌进景区演出200场，接待游客突破1200万人次",
        "市文化和旅游局",
        "/",
        "2026年12月",
    ),
)


def jiaozhou_airport_cabbage_list() -> None:
    """A county-level city's task list as a workbook (batch 1297): 序号 | 类别 | 工作任务及目标 |
    主责单位 | 协同单位 | 完成时间, the title and the office with its date above the header, an
    airport and its customs, a quoted brand, a slash for no support."""
    wb, _ = _headed_sheet(
        "重点任务",
        (
            "胶州市2026年临空经济和特色农业重点任务清单",
            "胶州市人民政府办公室　2026年3月20日",
        ),
        ("序号", "类别", "工作任务及目标", "主责单位", "协同单位", "完成时间"),
        JIAOZHOU_ROWS,
    )
    wb.save(DOCS / "jiaozhou-airport-cabbage-tasks-2026.xlsx")


XIXIAN_ROWS = (
    (
        "1",
        "扩大玉露香梨种植规模",
        "新建玉露香梨标准化示范园1万亩，全县玉露香梨种植面积稳定在30万亩",
        "县果业发展中心（牵头）\n午城镇、黄土镇、寨子乡",
        "张建军",
        "2026年11月",
    ),
    (
        "2",
        "提升果品加工能力",
        "支持隰县玉露香梨产业园建设，引进梨膏、梨醋等精深加工企业3家",
        "县工业和信息化局（牵头）\n县商务局",
        "李红梅",
        "2026年12月",
    ),
    (
        "3",
        "拓展销售渠道",
        "办好第八届隰县玉露香梨文化节，玉露香梨线上销售额突破8亿元，在北京、上海设立直营店10家",
        "县商务局（牵头）\n县文化和旅游局、县融媒体中心",
        "李红梅",
        "2026年9月",
    ),
    (
        "4",
        "推进和美乡村建设",
        "打造午城镇桑峨村、黄土镇上庄村等和美乡村示范村5个，农村卫生厕所普及率达到80%",
        "县农业农村局（牵头）\n各乡镇人民政府",
        "王志刚",
        "2026年12月",
    ),
    (
        "5",
        "壮大村集体经济",
        "村集体经济收入10万元以上的村占比达到60%，培育隰县梨乡果品专业合作社等示范社10家",
        "县农业农村局（牵头）\n县财政局",
        "王志刚",
        "2026年12月",
    ),
)


def xixian_pear_persons_column_list() -> None:
    """A county's pear and village task list as a workbook (batch 1308): 序号 | 重点任务 |
    目标要求 | 责任单位 | 责任人 | 完成时限, the lead marked （牵头） on the first line of its cell
    and the others on the next, a person's name in 责任人, villages after their towns."""
    wb, _ = _headed_sheet(
        "任务清单",
        ("隰县2026年玉露香梨产业和乡村振兴重点任务清单", "隰县人民政府办公室　2026年2月28日"),
        ("序号", "重点任务", "目标要求", "责任单位", "责任人", "完成时限"),
        XIXIAN_ROWS,
    )
    wb.save(DOCS / "xixian-pear-villages-tasks-2026.xlsx")


QINGTIAN_ROWS = (
    (
        "1",
        "凝聚侨心侨力",
        "举办第五届世界青田人大会，联络海外侨团200个",
        "县委统战部（县侨办）（牵头）\n县侨联",
        "2026年10月",
    ),
    (
        "2",
        "服务侨资回归",
        "引进侨资项目15个，侨资到位资金达到20亿元",
        "县投资促进中心（牵头）\n县委统战部（县侨办）",
        "2026年12月",
    ),
    (
        "3",
        "发展进口商品市场",
        "青田侨乡进口商品城交易额突破30亿元，新增进口商品经营主体100家",
        "县商务局（牵头）\n县市场监督管理局",
        "2026年12月",
    ),
    (
        "4",
        "涵养侨务资源",
        "开展“侨胞之家”建设，新建侨胞之家10个，举办华裔青少年夏令营3期",
        "县侨联（牵头）\n各乡镇人民政府",
        "2026年8月",
    ),
    (
        "5",
        "维护侨益",
        "涉侨纠纷调解成功率达到95%以上",
        "县司法局（牵头）\n县人民法院",
        "2026年12月",
    ),
)


def qingtian_overseas_chinese_list() -> None:
    """A county's overseas Chinese affairs task list as a workbook (batch 1322): 序号 | 重点任务 |
    目标要求 | 责任单位 | 完成时限, the lead marked （牵头） on the first line of its cell, a body
    with its second name in brackets before the mark, a world congress of the county's people,
    a market city of imported goods named by its place."""
    wb, _ = _headed_sheet(
        "任务清单",
        ("青田县2026年侨务工作重点任务清单", "青田县人民政府办公室　2026年3月5日"),
        ("序号", "重点任务", "目标要求", "责任单位", "完成时限"),
        QINGTIAN_ROWS,
    )
    wb.save(DOCS / "qingtian-overseas-chinese-tasks-2026.xlsx")


DEQING_ROWS = (
    (
        "1",
        "宣传教育",
        "开展“防溺水安全教育进万家”活动，中小学生防溺水安全教育覆盖率达到100%",
        "县教育局",
        "团县委、县妇联",
        "2026年6月",
    ),
    ("2", None, "发放《致家长的一封信》12万份", "县教育局", "各乡镇（街道）", "2026年5月"),
    (
        "3",
        "隐患排查",
        "排查重点水域200处，新设置警示标志牌800块",
        "县水利局",
        "县自然资源和规划局、各乡镇（街道）",
        "2026年5月",
    ),
    (
        "4",
        None,
        "在下渚湖湿地风景区等重点水域配备救生圈、救生绳等救生设备300套",
        "县应急管理局",
        "县文化和广电旅游体育局",
        "2026年6月",
    ),
    (
        "5",
        "应急救援",
        "组建乡村应急救援队伍12支，开展水上救援演练不少于6次",
        "县消防救援大队",
        "县应急管理局",
        "2026年7月",
    ),
)


def deqing_drowning_prevention_list() -> None:
    """A county's list of tasks against pupils drowning as a workbook (batch 1347): 序号 | 工作环节
    | 工作任务 | 牵头单位 | 配合单位 | 完成时限, each stage's cell merged down over its rows, a
    letter to parents in 《》 counted in 万份, a wetland scenic area."""
    wb, ws = _headed_sheet(
        "任务清单",
        ("德清县2026年预防中小学生溺水工作任务清单", "德清县人民政府办公室　2026年4月10日"),
        ("序号", "工作环节", "工作任务", "牵头单位", "配合单位", "完成时限"),
        DEQING_ROWS,
    )
    first = ws.max_row - len(DEQING_ROWS) + 1  # the sheet's row of DEQING_ROWS[0]
    for i in (0, 2):  # 宣传教育 over rows 1-2, 隐患排查 over rows 3-4
        ws.merge_cells(f"B{first + i}:B{first + i + 1}")
    wb.save(DOCS / "deqing-drowning-prevention-tasks-2026.xlsx")


def nanxun_elderly_education_xls(folder: Path = DOCS) -> None:
    """A district's elderly education task list as an Excel 97 workbook (batch 1359): 序号 | 工作
    内容 | 责任单位 | 完成时间, the lead marked （牵头） first in a cell of bodies parted by 、, the
    bureau and its date in a merged row under the title, a new campus named, a show with its
    edition."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("任务清单")
    ws.write_merge(0, 0, 0, 3, "南浔区2026年老年教育工作任务清单")
    ws.write_merge(1, 1, 0, 3, "南浔区教育局　2026年3月2日")
    for c, v in enumerate(["序号", "工作内容", "责任单位", "完成时间"]):
        ws.write(2, c, v)
    rows = [
        (
            1,
            "新建村（社区）老年学校30所，全区老年学校达到260所",
            "区教育局（牵头）、各镇（街道）",
            "2026年10月",
        ),
        (
            2,
            "推进南浔区老年大学新校区建设，新增学位2000个",
            "区委老干部局（牵头）、区住房和城乡建设局",
            "2026年12月",
        ),
        (
            3,
            "开展“银龄数字课堂”培训1.5万人次",
            "区教育局（牵头）、区文化和广电旅游体育局",
            "2026年11月",
        ),
        (
            4,
            "举办第三届南浔区老年人文艺汇演，参演团队不少于50支",
            "区委老干部局",
            "2026年9月",
        ),
    ]
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    wb.save(str(folder / "nanxun-elderly-education-tasks-2026.xls"))


SHAOWU_ROWS = (
    (
        "1",
        "完善分类设施",
        "新建改造垃圾分类投放点300个，城区生活垃圾分类覆盖率达到95%以上",
        "市城市管理局",
        "各街道办事处",
        "2026年9月",
    ),
    (
        "2",
        "推进厨余垃圾处理",
        "建成邵武市餐厨垃圾处理厂，日处理能力达到100吨",
        "市城市管理局",
        "市发展和改革局、市财政局",
        "2026年10月",
    ),
    ("3", "开展宣传进校园", "创建垃圾分类示范学校20所", "市教育局", "团市委", "2026年12月"),
    (
        "4",
        "推进农村垃圾分类",
        "在和平镇、拿口镇开展农村生活垃圾分类试点，试点村达到30个",
        "市农业农村局",
        "和平镇人民政府、拿口镇人民政府",
        "2026年12月",
    ),
    (
        "5",
        "加强再生资源回收",
        "新建再生资源回收站点50个，再生资源回收利用率达到38%",
        "市商务局",
        "市供销社",
        "2026年11月",
    ),
)


def shaowu_garbage_sorting_list() -> None:
    """A county-level city's garbage sorting task list as a workbook (batch 1395): 序号 | 工作任务
    | 目标要求 | 牵头单位 | 责任单位 | 完成时间 — a 责任单位 column beside the 牵头单位 one — a plant
    named by the city, towns."""
    wb, _ = _headed_sheet(
        "任务清单",
        ("邵武市2026年生活垃圾分类工作任务清单", "邵武市城市管理局　2026年3月20日"),
        ("序号", "工作任务", "目标要求", "牵头单位", "责任单位", "完成时间"),
        SHAOWU_ROWS,
    )
    wb.save(DOCS / "shaowu-garbage-sorting-tasks-2026.xlsx")


LEAN_ROWS = (
    ("1", "乐安县第二人民医院新建项目", "新建床位500张", 4.5, 1.5, "县卫生健康委员会"),
    ("2", "乐安至宜黄一级公路改造工程", "改造一级公路28公里", 6.2, 2.0, "县交通运输局"),
    (
        "3",
        "江西金鼎年产5万吨竹木复合材料项目",
        "新建竹木复合材料生产线4条",
        3.0,
        1.2,
        "县工业和信息化局",
    ),
    ("4", "牛田镇千亩蔬菜基地项目", "建设设施蔬菜大棚1000亩", 0.8, 0.5, "县农业农村局"),
    (
        "5",
        "金竹畲族乡旅游环线提升工程",
        "提升改造旅游公路15公里",
        1.1,
        0.6,
        "县文化广电新闻出版旅游局",
    ),
)


def lean_key_projects_plan() -> None:
    """A county's plan of key projects as a workbook (batch 1415): 序号 | 项目名称 | 建设内容及规模
    | 总投资（亿元） | 2026年计划投资（亿元） | 责任单位, the money cells numbers, a town's and a
    township's projects named by them."""
    wb, _ = _headed_sheet(
        "重点项目",
        ("乐安县2026年重点项目建设计划表", "乐安县发展和改革委员会　2026年2月12日"),
        (
            "序号",
            "项目名称",
            "建设内容及规模",
            "总投资（亿元）",
            "2026年计划投资（亿元）",
            "责任单位",
        ),
        LEAN_ROWS,
    )
    wb.save(DOCS / "lean-key-projects-plan-2026.xlsx")


YIFENG_ROWS = (
    (
        "1",
        "加强火源管控",
        "在重点林区设置防火检查站30个",
        "县林业局",
        "各乡镇（街道）、县直有关单位",
        "2026年4月",
    ),
    (
        "2",
        "建设防火基础设施",
        "新建生物防火林带50公里，建设防火蓄水池20座",
        "县林业局",
        "县财政局",
        "2026年10月",
    ),
    (
        "3",
        "提升扑救能力",
        "组建半专业扑火队18支，开展实战演练不少于2次",
        "县应急管理局",
        "县林业局、县消防救援大队",
        "2026年6月",
    ),
    (
        "4",
        "强化宣传教育",
        "发放森林防火宣传资料5万份",
        "县林业局",
        "县融媒体中心、县教育体育局",
        "2026年3月",
    ),
)


def yifeng_forest_fire_list() -> None:
    """A county's forest fire task list as a workbook (batch 1438): 序号 | 工作任务 | 目标要求 |
    牵头单位 | 配合单位 | 完成时限, a 配合单位 cell naming two classes of bodies (各乡镇（街道）、
    县直有关单位), signed by the fire headquarters' office."""
    wb, _ = _headed_sheet(
        "任务清单",
        ("宜丰县2026年森林防火工作任务清单", "宜丰县森林防灭火指挥部办公室　2026年2月20日"),
        ("序号", "工作任务", "目标要求", "牵头单位", "配合单位", "完成时限"),
        YIFENG_ROWS,
    )
    wb.save(DOCS / "yifeng-forest-fire-tasks-2026.xlsx")


JINGNING_ROWS = (
    (
        "1",
        "扩大矮化密植果园",
        "1.新建矮砧密植苹果园2万亩；\n2.改造提升老果园3万亩。",
        "县果业发展中心",
        "各乡镇人民政府",
        "2026年11月底",
    ),
    (
        "2",
        "提升苹果贮藏能力",
        "1.新增气调库贮藏能力5万吨；\n2.全县苹果冷链贮藏能力达到60万吨。",
        "县工业信息化和商务局",
        "县果业发展中心、县供销合作社",
        "2026年10月底",
    ),
    (
        "3",
        "培育加工龙头企业",
        "1.支持甘肃静宁常津果品有限责任公司建设果汁生产线1条；\n2.苹果加工转化率达到20%以上。",
        "县工业信息化和商务局",
        "县果业发展中心",
        "2026年12月底",
    ),
    (
        "4",
        "打响静宁苹果品牌",
        "1.办好第八届静宁苹果节；\n2.苹果线上销售额突破15亿元。",
        "县果业发展中心",
        "县融媒体中心、县文化和旅游局",
        "2026年10月底",
    ),
)


def jingning_apple_measures_in_lines() -> None:
    """A county's apple task list as a workbook (batch 1456): 序号 | 重点任务 | 具体措施 | 牵头单位 |
    协同单位 | 完成时限, each 具体措施 cell two numbered lines (1.…；2.…) wrapped in it."""
    wb, ws = _headed_sheet(
        "任务清单",
        ("静宁县2026年苹果产业高质量发展重点任务清单", "静宁县人民政府办公室　2026年3月6日"),
        ("序号", "重点任务", "具体措施", "牵头单位", "协同单位", "完成时限"),
        JINGNING_ROWS,
    )
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True)
    wb.save(DOCS / "jingning-apple-tasks-2026.xlsx")


ZIGONG_ROWS = (
    (
        1,
        "办好第三十二届自贡国际恐龙灯会，接待游客突破200万人次。",
        "市文化广播电视和旅游局",
        "自流井区人民政府",
        "2026年3月",
    ),
    (
        2,
        "彩灯产业产值达到150亿元，新增彩灯规上企业10家。",
        "市经济和信息化局",
        "市商务局",
        "2026年12月",
    ),
    (
        3,
        "建设自贡彩灯文化产业园，引进彩灯设计企业20家。",
        "市投资促进局",
        "高新区管委会",
        "2026年12月",
    ),
)


def zigong_two_row_header() -> None:
    """A city's lantern task list as a workbook whose header is two rows (batch 1498): 责任单位
    merged across 牵头单位 and 配合单位, 序号, 重点任务 and 完成时限 merged down over both."""
    wb = Workbook()
    ws = wb.active
    ws.title = "任务清单"
    ws.append(["自贡市2026年彩灯产业发展重点任务清单"])
    ws.merge_cells("A1:E1")
    ws.append(["自贡市人民政府办公室　2026年2月10日"])
    ws.merge_cells("A2:E2")
    ws.append(["序号", "重点任务", "责任单位", None, "完成时限"])
    ws.merge_cells("C3:D3")
    ws.append([None, None, "牵头单位", "配合单位", None])
    for cells in ("A3:A4", "B3:B4", "E3:E4"):
        ws.merge_cells(cells)
    for row in ZIGONG_ROWS:
        ws.append(list(row))
    wb.save(DOCS / "zigong-lanterns-tasks-2026.xlsx")


def ankang_sheets_named_as_labels() -> None:
    """A city's selenium tea workbook of two sheets named for what they hold, not numbered
    parts (batch 1486): 主要指标 (序号 | 指标 | 单位 | 2026年目标 | 责任单位) and 重点任务 (序号 |
    重点任务 | 牵头单位 | 配合单位), each numbering its rows from 1."""
    wb = Workbook()
    ws = wb.active
    ws.title = "主要指标"
    ws.append(["安康市2026年富硒茶产业发展主要指标和重点任务"])
    ws.append(["安康市茶产业发展中心　2026年3月16日"])
    ws.append(["序号", "指标", "单位", "2026年目标", "责任单位"])
    ws.append([1, "茶园面积", "万亩", 115, "市茶产业发展中心"])
    ws.append([2, "茶叶产量", "万吨", 6.2, "市茶产业发展中心"])
    ws.append([3, "富硒茶综合产值", "亿元", 210, "市农业农村局"])
    tasks = wb.create_sheet("重点任务")
    tasks.append(["序号", "重点任务", "牵头单位", "配合单位"])
    tasks.append([1, "新建富硒茶标准化示范园20个。", "市茶产业发展中心", "各县（市、区）人民政府"])
    tasks.append([2, "举办第十届中国（安康）富硒茶博览会。", "市商务局", "市茶产业发展中心"])
    wb.save(DOCS / "ankang-selenium-tea-sheets-2026.xlsx")


TURPAN_ROWS = (
    (
        "1",
        "稳定葡萄种植面积在55万亩，推广葡萄标准化栽培技术10万亩。",
        "市农业农村局",
        "高昌区、鄯善县、托克逊县人民政府",
        "2026年10月",
    ),
    (
        "2",
        "建设葡萄干晾制标准化晾房2000座，葡萄干产量达到25万吨。",
        "市农业农村局",
        "市财政局",
        "2026年9月",
    ),
    (
        "3",
        "支持新疆楼兰酒庄股份有限公司扩大葡萄酒产能，葡萄酒产量增长15%。",
        "市工业和信息化局",
        "鄯善县人民政府",
        "2026年12月",
    ),
    (
        "4",
        "举办第三十二届中国·吐鲁番葡萄节，拓展哈密瓜、葡萄干销售渠道，农产品电商销售额突破30亿元。",
        "市商务局",
        "市文化体育广播电视和旅游局",
        "2026年8月",
    ),
    (
        "5",
        "推进吐鲁番国际农产品物流园建设，新增冷库库容5万吨。",
        "市发展和改革委员会",
        "市商务局",
        "2026年12月",
    ),
)


def turpan_title_and_issuer_rows() -> None:
    """A city's grape and melon task list as a workbook of one sheet (batch 1511): the title in
    a first row merged across, the issuer and date in a second merged row parted by an
    ideographic space, then 序号 | 重点任务 | 责任单位 | 配合单位 | 完成时限."""
    wb = Workbook()
    ws = wb.active
    ws.title = "任务清单"
    ws.append(["吐鲁番市2026年葡萄和哈密瓜产业发展重点任务清单"])
    ws.merge_cells("A1:E1")
    ws.append(["吐鲁番市农业农村局　2026年3月16日"])
    ws.merge_cells("A2:E2")
    ws.append(["序号", "重点任务", "责任单位", "配合单位", "完成时限"])
    for row in TURPAN_ROWS:
        ws.append(list(row))
    wb.save(DOCS / "turpan-grapes-melons-tasks-2026.xlsx")


def baoding_task_name_column() -> None:
    """A city's data-labelling task list as a workbook (batch 1566): the title and the office's
    line merged across, 序号 | 任务名称 | 具体内容 | 牵头单位 | 配合单位 | 完成时限, a task's short
    name in a column of its own, supporting bodies one a line in a cell."""
    wb, ws = _titled_sheet("任务清单", "保定市2026年数据标注基地建设重点任务清单", 6)
    ws.append(["保定市数据和政务服务局　2026年3月20日"])
    ws.merge_cells("A2:F2")
    ws.append(["序号", "任务名称", "具体内容", "牵头单位", "配合单位", "完成时限"])
    for row in (
        (
            1,
            "建设数据标注基地",
            "建成国家数据标注基地保定分基地，集聚数据标注企业50家以上，数据标注从业人员突破1万人。",
            "市数据和政务服务局",
            "市发展和改革委员会\n市财政局",
            "2026年12月",
        ),
        (
            2,
            "培育标注龙头企业",
            "支持保定数据标注产业园引进龙头企业，培育年营收超亿元数据标注企业3家。",
            "市数据和政务服务局",
            "保定高新技术产业开发区管委会",
            "2026年11月",
        ),
        (
            3,
            "开发行业数据集",
            "围绕工业质检、智慧城市等领域，开发高质量人工智能训练数据集100个。",
            "市工业和信息化局",
            "市数据和政务服务局\n市住房和城乡建设局",
            "2026年12月",
        ),
        (
            4,
            "加强人才培养",
            "依托河北大学、华北电力大学（保定）开设数据标注课程，培训数据标注人才5000人次。",
            "市人力资源和社会保障局",
            "市教育局",
            "2026年10月",
        ),
    ):
        ws.append(list(row))
    wb.save(DOCS / "baoding-data-labeling-tasks-2026.xlsx")


def dachang_task_list_xls() -> None:
    """An autonomous county's halal food task list in Excel 97–2003's format (batch 1578): the
    title merged across, 序号 | 重点任务 | 目标要求 | 牵头单位 | 配合单位 | 完成时限, the office and
    date signed under the table in its fourth column."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("重点任务")
    ws.write_merge(0, 0, 0, 5, "大厂回族自治县2026年清真食品产业发展重点任务清单")
    for c, v in enumerate(["序号", "重点任务", "目标要求", "牵头单位", "配合单位", "完成时限"]):
        ws.write(1, c, v)
    rows = [
        (
            1,
            "建设清真食品产业园",
            "新入驻清真食品加工企业8家，园区产值突破30亿元",
            "县工业和信息化局",
            "大厂高新技术产业开发区管委会",
            "2026年12月",
        ),
        (
            2,
            "打造肉牛肉羊屠宰加工基地",
            "年屠宰加工肉牛10万头、肉羊50万只",
            "县农业农村局",
            "县市场监督管理局",
            "2026年11月",
        ),
        (
            3,
            "拓展清真食品销售渠道",
            "清真食品电商销售额增长20%，新增出口备案企业3家",
            "县商务局",
            "各乡镇人民政府",
            "2026年12月",
        ),
        (
            4,
            "办好清真美食节",
            "举办第五届大厂清真美食文化节，吸引游客10万人次",
            "县文化和旅游局",
            "县商务局",
            "2026年9月",
        ),
    ]
    for r, row in enumerate(rows, start=2):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    ws.write(7, 3, "大厂回族自治县人民政府办公室")
    ws.write(8, 3, "2026年3月10日")
    wb.save(str(DOCS / "dachang-halal-food-tasks-2026.xls"))


def wenling_two_row_header_with_notes() -> None:
    """A county-level city's foreign trade task list as a workbook (batch 1589): the title and
    the bureau's line merged across, a header of two rows (责任单位 over 牵头单位 | 配合单位) and
    a 备注 column mostly empty."""
    wb, ws = _titled_sheet("任务清单", "温岭市2026年稳外贸重点工作任务清单", 5)
    ws.append(["温岭市商务局　2026年2月28日"])
    ws.merge_cells("A2:E2")
    ws.append(["序号", "工作任务", "责任单位", None, "备注"])
    ws.merge_cells("C3:D3")
    ws.append([None, None, "牵头单位", "配合单位", None])
    for cells in ("A3:A4", "B3:B4", "E3:E4"):
        ws.merge_cells(cells)
    for row in (
        (
            1,
            "全市进出口总额突破600亿元，其中出口额增长5%",
            "市商务局",
            "各镇（街道）、市经济开发区管委会",
            None,
        ),
        (2, "组织企业参加广交会、中国国际进口博览会等展会80场次", "市商务局", "市贸促会", None),
        (
            3,
            "推进泵与电机、鞋帽等产业市场采购贸易，市场采购出口额达到50亿元",
            "市商务局",
            "台州海关驻温岭办事处",
            "新增试点",
        ),
        (4, "新增跨境电商企业100家，建设海外仓5个", "市商务局", "市邮政管理局", None),
    ):
        ws.append(list(row))
    wb.save(DOCS / "wenling-foreign-trade-tasks-2026.xlsx")


if __name__ == "__main__":
    nanan_task_list()
    changge_indicator_targets()
    jiangyou_key_projects()
    qinghe_task_list_xls()
    pinggu_ledger_html_as_xls()
    haicheng_sheets_by_part()
    xiaoyi_decimal_numbers()
    hongta_grouped_projects()
    nanhai_roles_in_a_column()
    ejinhoro_statistical_form()
    zhaodong_year_over_columns()
    changan_town_task_list()
    ruzhou_ledger_with_progress()
    haining_bold_leads()
    bozhou_highlighted_leads()
    wuwei_labelled_role_cells()
    dangshan_goals_column()
    shuangfeng_machinery_dates()
    hotan_jade_workbook()
    sihong_merged_leads()
    tengzhou_machine_tools_cooperation_columns()
    beijiao_appliances_town_ledger()
    wuchuan_oats_task_list()
    jiaozhou_airport_cabbage_list()
    xixian_pear_persons_column_list()
    qingtian_overseas_chinese_list()
    deqing_drowning_prevention_list()
    nanxun_elderly_education_xls()
    shaowu_garbage_sorting_list()
    lean_key_projects_plan()
    yifeng_forest_fire_list()
    jingning_apple_measures_in_lines()
    zigong_two_row_header()
    ankang_sheets_named_as_labels()
    turpan_title_and_issuer_rows()
    baoding_task_name_column()
    dachang_task_list_xls()
    wenling_two_row_header_with_notes()
