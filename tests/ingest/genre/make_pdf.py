"""Write ``docs/zhangdian-digital-economy-plan-2025-2027.pdf`` (run once; the file is kept).

A three-year plan typeset as official documents are printed (GB/T 9704: 22 lines of 28
characters, paragraphs indented two full-width spaces and running on across lines and
pages, a page number at the foot), with the typesetting of tests/ingest/test_pdf_layout.py.
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


def main() -> None:
    out = Path(__file__).parent / "docs" / "zhangdian-digital-economy-plan-2025-2027.pdf"
    write_pdf(out, typeset(PARAGRAPHS))


if __name__ == "__main__":
    main()
