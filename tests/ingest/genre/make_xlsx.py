"""Write the Excel workbooks of the genre corpus (run once; the files are kept).

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

Usage: ``python tests/ingest/genre/make_xlsx.py``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

DOCS = Path(__file__).parent / "docs"


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
    wb = Workbook()
    ws = wb.active
    ws.title = "指标分解"
    ws.append(["长葛市2026年主要经济指标目标任务分解表"])
    ws.merge_cells("A1:G1")
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
    wb = Workbook()
    ws = wb.active
    ws.title = "重点项目"
    ws.append(["江油市2026年重点项目投资计划表"])
    ws.merge_cells("A1:G1")
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


if __name__ == "__main__":
    nanan_task_list()
    changge_indicator_targets()
    jiangyou_key_projects()
