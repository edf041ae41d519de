"""Write the genre corpus's RTF file as Word writes Chinese: ``\\ansicpg936``, GBK bytes as
``\\'hh`` escapes, a table of ``\\trowd`` rows (docs/yuanling-livelihood-projects-2026.rtf).

    .venv/bin/python tests/ingest/genre/make_rtf.py
"""

from __future__ import annotations

from pathlib import Path

PARAGRAPHS = (
    ("title", "沅陵县2026年十件民生实事项目责任分工"),
    ("p", "中共沅陵县委办公室　沅陵县人民政府办公室"),
    ("p", "2026年2月10日"),
    (
        "p",
        "经县委、县政府研究，确定2026年办好十件民生实事。现将项目责任分工印发如下，"
        "各牵头单位要会同责任单位细化措施，确保年底前全面完成。",
    ),
)
HEADER = ("序号", "项目名称", "年度目标", "牵头单位", "责任单位")
ROWS = (
    (
        "1",
        "城区学位扩容工程",
        "新建改扩建中小学3所，新增学位2400个",
        "县教育局",
        "县发展和改革局、县住房和城乡建设局",
    ),
    (
        "2",
        "农村饮水安全巩固提升",
        "新建改造农村供水工程45处，农村自来水普及率达到92%",
        "县水利局",
        "各乡镇人民政府",
    ),
    (
        "3",
        "养老服务提质",
        "新建乡镇区域养老服务中心4个，新增护理型床位300张",
        "县民政局",
        "县卫生健康局、县财政局",
    ),
    (
        "4",
        "就业创业帮扶",
        "城镇新增就业3千人，开展职业技能培训5000人次",
        "县人力资源和社会保障局",
        "县总工会、团县委、县妇联",
    ),
    (
        "5",
        "乡村旅游公路建设",
        "建设旅游公路60公里，连通借母溪、二酉苗寨等景区",
        "县交通运输局",
        "县文化旅游广电体育局",
    ),
)
WIDTHS = (800, 3200, 4200, 1900, 2600)  # each column's width in twips
BORDERS = "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs"


def escaped(text: str) -> str:
    """``text`` as RTF writes it: ASCII as is (its control characters escaped), everything
    else as the \\'hh escapes of its GBK bytes."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}"}.get(ch, ch))
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
    return "".join(out)


def rtf() -> str:
    out = [
        "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}",
        "\\viewkind4\\uc1",
    ]
    for kind, text in PARAGRAPHS:
        if kind == "title":
            out.append(f"\\pard\\qc\\b\\fs36 {escaped(text)}\\b0\\fs24\\par")
        else:
            out.append(f"\\pard\\ql\\fs24 {escaped(text)}\\par")
    edges = [sum(WIDTHS[: k + 1]) for k in range(len(WIDTHS))]
    cells_defined = "".join(f"{BORDERS}\\cellx{x}" for x in edges)
    for row in (HEADER, *ROWS):
        cells = "".join(f"\\pard\\intbl {escaped(c)}\\cell" for c in row)
        out.append(f"\\trowd\\trgaph108{cells_defined}{cells}\\row")
    out.append("\\pard\\par}")
    return "\n".join(out)


if __name__ == "__main__":
    path = Path(__file__).parent / "docs" / "yuanling-livelihood-projects-2026.rtf"
    path.write_text(rtf(), encoding="ascii")
