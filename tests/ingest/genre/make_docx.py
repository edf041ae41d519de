"""Write the Word documents of the genre corpus (run once; the files are kept).

``docs/laixi-business-environment-tasks-2025.docx``: a task list in the form county
offices publish (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限), with two bodies in one
cell as two paragraphs and an empty cell written as a dash.
``docs/changyi-2025-development-plan.docx``: an annual plan whose goals are a table of
indicators (指标名称 | 单位 | 2024年完成 | 2025年目标).
Usage: ``python tests/ingest/genre/make_docx.py``.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document

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


def task_list() -> None:
    doc = Document()
    doc.add_paragraph("莱西市2025年优化营商环境重点任务清单")
    doc.add_paragraph("莱西市优化营商环境工作领导小组办公室")
    doc.add_paragraph("2025年2月20日")
    doc.add_paragraph(
        "为持续打造市场化法治化国际化一流营商环境，现将2025年重点任务分解如下，"
        "各牵头单位要会同配合单位细化措施，按时完成。"
    )
    table = doc.add_table(rows=1, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for row in ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            first, *rest = text.split("\n")
            cell.text = first
            for more in rest:
                cell.add_paragraph(more)
    out = Path(__file__).parent / "docs" / "laixi-business-environment-tasks-2025.docx"
    doc.save(str(out))


if __name__ == "__main__":
    task_list()
    annual_plan()
