"""Write the genre corpus's RTF files as Word writes Chinese: ``\\ansicpg936``, GBK bytes as
``\\'hh`` escapes, a table of ``\\trowd`` rows (docs/yuanling-livelihood-projects-2026.rtf) or
paragraphs alone, a first-line indent and a bold heading each (docs/gyirong-port-border-tourism-
points-2026.rtf, batch 1303).

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


def rtf(
    paragraphs: tuple[tuple[str, str], ...] = PARAGRAPHS,
    table: tuple[tuple[str, ...], ...] | None = (HEADER, *ROWS),
) -> str:
    """The RTF text of ``paragraphs`` (a kind each: a centred "title", a bold indented "heading"
    or a plain "p", an indented "item") and the ``table`` after them (its first row the header)."""
    out = [
        "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}",
        "\\viewkind4\\uc1",
    ]
    for kind, text in paragraphs:
        if kind == "title":
            out.append(f"\\pard\\qc\\b\\fs36 {escaped(text)}\\b0\\fs24\\par")
        elif kind == "heading":
            out.append(f"\\pard\\fi480\\b\\fs24 {escaped(text)}\\b0\\par")
        elif kind == "item":
            out.append(f"\\pard\\fi480\\fs24 {escaped(text)}\\par")
        else:
            out.append(f"\\pard\\ql\\fs24 {escaped(text)}\\par")
    if table is not None:
        edges = [sum(WIDTHS[: k + 1]) for k in range(len(WIDTHS))]
        cells_defined = "".join(f"{BORDERS}\\cellx{x}" for x in edges)
        for row in table:
            cells = "".join(f"\\pard\\intbl {escaped(c)}\\cell" for c in row)
            out.append(f"\\trowd\\trgaph108{cells_defined}{cells}\\row")
    out.append("\\pard\\par}")
    return "\n".join(out)


# a Tibetan border county's points as paragraphs alone (batch 1303)
GYIRONG = (
    ("title", "吉隆县2026年口岸经济和边境旅游发展工作要点"),
    ("p", "吉隆县人民政府办公室"),
    ("p", "2026年3月6日"),
    ("heading", "一、发展目标"),
    (
        "item",
        "2026年，吉隆口岸进出口贸易额达到45亿元，出入境人员突破8万人次；全县接待游客达到60万人次，"
        "旅游收入突破6亿元。",
    ),
    ("heading", "二、重点工作"),
    (
        "item",
        "（一）提升口岸通关能力。推进吉隆口岸国际货场扩建，口岸货物通关时间压缩至24小时以内。"
        "（吉隆海关牵头，县商务局、吉隆边境管理大队配合）",
    ),
    (
        "item",
        "（二）发展边境贸易。支持吉隆边境贸易市场提档升级，新增边民互市贸易主体200户，边民互市"
        "贸易额增长15%。（县商务局负责）",
    ),
    (
        "item",
        "（三）打造吉隆沟旅游品牌。推进吉隆沟景区创建国家5A级旅游景区，举办第五届吉隆沟民俗文化"
        "旅游节，新增星级家庭旅馆30家，接待游客达到60万人次。（县文化和旅游局牵头，吉隆镇人民政府、"
        "县交通运输局配合）",
    ),
    (
        "item",
        "（四）发展高原特色农牧业。建设吉隆沟有机蔬菜基地500亩，牦牛存栏稳定在1.2万头，培育农牧民"
        "专业合作社10家。（县农业农村局负责）",
    ),
    ("heading", "三、保障措施"),
    ("item", "（一）强化资金保障。县财政安排口岸经济和旅游发展资金1500万元。（县财政局负责）"),
    (
        "item",
        "（二）加强边境管控。配合做好边境管控和口岸安全工作，确保全年不发生重大安全事故。"
        "（吉隆边境管理大队牵头，各乡镇人民政府配合）",
    ),
)


# a Guangdong county's sanitation points as paragraphs alone, its notes half-width (batch 1329)
LONGMEN = (
    ("title", "龙门县2026年城乡环境卫生整治工作要点"),
    ("p", "龙门县人民政府办公室"),
    ("p", "2026年3月12日"),
    ("heading", "一、工作目标"),
    ("item", "2026年，全县城乡生活垃圾无害化处理率保持100%，农村卫生户厕普及率达到98%。"),
    ("heading", "二、重点任务"),
    (
        "item",
        "（一）落实“门前三包”责任。县城主次干道“门前三包”责任书签订率达到100%，开展市容秩序"
        "整治行动12次。(县城市管理和综合执法局负责)",
    ),
    (
        "item",
        "（二）推进垃圾收运市场化。引入龙门县绿源环境服务有限公司承接龙城街道、平陵街道环卫"
        "作业，新增垃圾收运车辆30台。(县城市管理和综合执法局牵头,县财政局配合)",
    ),
    (
        "item",
        "（三）整治重点村庄。对永汉镇油田村、龙潭镇铁岗村等20个村开展环境卫生集中整治，清理"
        "积存垃圾5000吨。(县农业农村局牵头,各镇人民政府配合)",
    ),
    ("heading", "三、保障措施"),
    ("item", "县财政安排城乡环境卫生整治资金2000万元。(县财政局负责)"),
)


# a Jiangxi county's rural craftsmen points as paragraphs alone, one line of roles after a part's
# items covering them all (以上工作由…牵头，…配合 — batch 1399)
WUYUAN = (
    ("title", "婺源县2026年乡村工匠培育工作要点"),
    ("p", "婺源县人力资源和社会保障局"),
    ("p", "2026年3月16日"),
    ("heading", "一、培育目标"),
    ("item", "2026年，全县新认定乡村工匠100名，其中高级乡村工匠10名；培育乡村工匠工作室15个。"),
    ("heading", "二、重点任务"),
    ("item", "（一）开展技能培训。举办乡村工匠技能培训班20期，培训乡村工匠1500人次。"),
    ("item", "（二）建设工匠工坊。在江湾镇、思口镇建设非遗工坊8个，带动就业500人。"),
    ("item", "（三）举办技能竞赛。举办第三届婺源县乡村工匠技能大赛，评选“婺源工匠”20名。"),
    (
        "item",
        "以上工作由县人力资源和社会保障局牵头，县文化广电新闻出版旅游局、县农业农村局配合。",
    ),
    ("heading", "三、保障措施"),
    ("item", "县财政安排乡村工匠培育资金500万元。（县财政局负责）"),
)


if __name__ == "__main__":
    docs = Path(__file__).parent / "docs"
    (docs / "yuanling-livelihood-projects-2026.rtf").write_text(rtf(), encoding="ascii")
    (docs / "gyirong-port-border-tourism-points-2026.rtf").write_text(
        rtf(GYIRONG, None), encoding="ascii"
    )
    (docs / "longmen-sanitation-points-2026.rtf").write_text(rtf(LONGMEN, None), encoding="ascii")
    (docs / "wuyuan-rural-craftsmen-points-2026.rtf").write_text(
        rtf(WUYUAN, None), encoding="ascii"
    )
