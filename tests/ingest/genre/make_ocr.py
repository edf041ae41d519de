"""Write the corpus's scanned-and-OCR'd PDF (run once; the file is kept).

``scans/docs/zhongning-goji-plan-2026-2028-ocr.pdf``: a 实施方案 under its covering notice whose
tasks are an annex table printed with its grid, as a county office scans a signed paper copy
and runs OCR on the scan, as ``policykg`` advises for a scan: the plan is laid out by
reportlab (as make_pdf.py's annexes are), each page rendered to a 200-dpi greyscale image
(pypdfium2; a scan has no text, no vector rules), and the images given to Tesseract
(``tesseract pages.txt out -l chi_sim pdf``: each page's image with an invisible text layer of
what it recognised, which is all a PDF reader then sees — the table's rules are only pixels).

Needs Tesseract with its simplified-Chinese data (Debian: ``apt-get install tesseract-ocr
tesseract-ocr-chi-sim``; made with Tesseract 5.3.0 and chi_sim 4.1.0), which the tests do not:
they read the file kept in scans/docs/.

Usage: ``python -m tests.ingest.genre.make_ocr``
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from tests.ingest.genre.make_pdf import _annex_pdf

ZHONGNING_TEXT = [
    "中宁县人民政府办公室",
    "关于印发中宁县枸杞产业高质量发展实施方案（2026—2028年）的通知",
    "中政办发〔2026〕9号",
    "各乡镇人民政府，县政府各部门、直属机构：",
    "现将《中宁县枸杞产业高质量发展实施方案（2026—2028年）》印发给你们，请认真贯彻落实。",
    "中宁县人民政府办公室",
    "2026年3月10日",
    "中宁县枸杞产业高质量发展实施方案（2026—2028年）",
    "一、发展目标",
    "到2028年，全县枸杞种植面积稳定在15万亩，枸杞产业综合产值突破200亿元，"
    "枸杞精深加工转化率达到40%。",
    "二、重点任务",
    "（一）建设标准化种植基地。新建有机枸杞基地2万亩，良种覆盖率达到95%以上。"
    "（县林业和草原局牵头，县农业农村局配合）",
    "（二）做强精深加工。新增枸杞精深加工企业10家，开发枸杞功能性食品20个以上。"
    "（县工业和信息化局负责）",
    "（三）拓展销售市场。枸杞电商销售额年均增长15%。"
    "（县商务和投资促进局牵头，县市场监督管理局配合）",
    "三、保障措施",
    "县财政每年安排枸杞产业发展专项资金3000万元。（县财政局负责）",
    "附件",
    "中宁县枸杞产业重点任务分工表",
]
ZHONGNING_TABLE = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    [
        "1",
        "建设中宁枸杞交易中心，年交易额达到50亿元。",
        "县商务和投资促进局",
        "县自然资源局",
        "2026年12月",
    ],
    [
        "2",
        "建设枸杞检验检测中心，新增检测项目30项。",
        "县市场监督管理局",
        "县工业和信息化局",
        "2027年6月",
    ],
    [
        "3",
        "培育枸杞区域公用品牌，新增绿色食品认证产品15个。",
        "县农业农村局",
        "县文化旅游广电局",
        "2028年12月",
    ],
]
NAME = "zhongning-goji-plan-2026-2028-ocr.pdf"


def scanned_and_ocred() -> None:
    import pypdfium2
    from reportlab.lib import colors

    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _annex_pdf(
            ZHONGNING_TEXT, ZHONGNING_TABLE, [30, 190, 100, 90, 70], grid, "source.pdf", folder
        )
        pdf = pypdfium2.PdfDocument(str(folder / "source.pdf"))
        pages = []
        for n, page in enumerate(pdf):
            image = page.render(scale=200 / 72, grayscale=True).to_pil()
            pages.append(folder / f"page{n + 1}.jpg")
            image.save(pages[-1], quality=80)
        pdf.close()
        (folder / "pages.txt").write_text("".join(f"{p}\n" for p in pages))
        out = Path(__file__).parent / "scans" / "docs" / NAME
        subprocess.run(
            [
                "tesseract",
                str(folder / "pages.txt"),
                str(out.with_suffix("")),
                "-l",
                "chi_sim",
                "pdf",
            ],
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    scanned_and_ocred()
