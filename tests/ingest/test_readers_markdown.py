"""Markdown documents as converters write them: an OCR tool's output (MinerU: headings with
``#``, tables as HTML, figures as formulas), marker's (pipe tables, ``<br>`` in cells) and
pandoc's from a Word file (grid tables with merged cells, simple and multiline tables,
smart dashes). The tables below are pandoc 3.9's own output for tables of the genre
corpus, cut down; the expected facts are what the text says."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import Extraction, extract
from ingest.readers import RawDocument, read_document
from ingest.readers.markdown import markdown_text


def roles(ex: Extraction) -> set[tuple[str, str, str]]:
    return {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    }


def targets(ex: Extraction) -> set[tuple[str, float, str]]:
    return {
        (n.props["path"], n.props["value"], n.props["unit"])
        for n in ex.records.nodes
        if n.label.value == "Target"
    }


MINERU = """# 某县人民政府办公室关于印发某县花卉产业三年行动方案的通知

某政办发〔2025〕3号

各乡镇人民政府，县政府各部门：

现将《某县花卉产业三年行动方案（2025—2027年）》印发给你们，请认真贯彻执行。

某县人民政府办公室

2025年3月5日

# 某县花卉产业三年行动方案（2025—2027年）

# 一、发展目标

到2027年，全县花卉种植面积达到 $8$ 万亩，花卉产业产值年均增长 $10 \\%$ 以上。

![](images/8f2c41d0e.jpg)

# 二、重点任务

## （一）壮大花卉产业

1.建设花卉种苗繁育基地。新建种苗基地3处。（县农业农村局牵头，县财政局配合）

# 三、任务分工

<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr><tr><td>1</td><td>建设花卉交易市场</td><td rowspan="2">县商务局</td><td>县市场监管局</td></tr><tr><td>2</td><td>举办花卉博览会</td><td>县文化和旅游局</td></tr></table>
"""


def test_an_ocr_tools_markdown_reads_as_the_document(tmp_path: Path) -> None:
    path = tmp_path / "huahui.md"
    path.write_text(MINERU, encoding="utf-8")
    raw = read_document(path)
    assert raw.format == "md"
    assert "全县花卉种植面积达到 8 万亩，花卉产业产值年均增长 10% 以上。" in raw.text
    assert "1\t建设花卉交易市场\t县商务局\t县市场监管局" in raw.text
    assert "2\t举办花卉博览会\t县商务局\t县文化和旅游局" in raw.text  # merged down
    assert "#" not in raw.text and "images/" not in raw.text
    ex = extract(raw)
    assert ex.meta["title"] == "某县花卉产业三年行动方案（2025—2027年）"
    assert ex.meta["doc_number"] == "某政办发〔2025〕3号"
    assert roles(ex) == {
        ("LEADS", "县农业农村局", "二.(一).1"),
        ("SUPPORTS", "县财政局", "二.(一).1"),
        ("LEADS", "县商务局", "三.1"),
        ("SUPPORTS", "县市场监管局", "三.1"),
        ("LEADS", "县商务局", "三.2"),
        ("SUPPORTS", "县文化和旅游局", "三.2"),
    }
    assert targets(ex) >= {("一", 8.0, "万亩"), ("一", 10.0, "%"), ("二.(一).1", 3.0, "处")}


MARKER = """**某县数字经济重点任务清单**

| 序号 | 重点任务 | 牵头单位 | 配合单位 |
|:---:|---|---|---|
| 1 | 建设5G基站**300**个 | 县工业和信息化局 | 县发展和改革局<br>县住房和城乡建设局 |
| 2 | 培育数字经济企业\\|重点 20家 | 县科技局 | 县财政局 |
"""


def test_a_title_row_docling_repeats_in_every_cell_is_one_line() -> None:
    table = "\n".join(
        [
            "| 重点任务分工 | 重点任务分工 | 重点任务分工 |",
            "|---|---|---|",
            "| 序号 | 工作任务 | 牵头单位 |",
            "| 1 | 建设基地 | 区经委 |",
            "| 2 | — | — |",
        ]
    )
    assert markdown_text(table).splitlines() == [
        "重点任务分工",
        "序号\t工作任务\t牵头单位",
        "1\t建设基地\t区经委",
        "2\t—\t—",
    ]


def test_a_pipe_table_keeps_its_rows_and_a_cells_bodies_one_a_line(tmp_path: Path) -> None:
    path = tmp_path / "shuzi.md"
    path.write_text(MARKER, encoding="utf-8")
    text = read_document(path).text
    assert text.splitlines()[0] == "某县数字经济重点任务清单"
    assert "1\t建设5G基站300个\t县工业和信息化局\t县发展和改革局、县住房和城乡建设局" in text
    assert "2\t培育数字经济企业|重点 20家\t县科技局\t县财政局" in text
    assert "---" not in text
    ex = extract(read_document(path))
    assert ("SUPPORTS", "县住房和城乡建设局", "1") in roles(ex)
    assert ("LEADS", "县科技局", "2") in roles(ex)


# pandoc's grid table: the 类别 cell merged down over two rows (the border under it runs
# under the other columns only), wide characters aligned by display width
GRID = """城固县2026年重点工作任务分解表

+------------------+-----------+--------------------------------------+------------------+----------------+
| 类别             | 序号      | 重点任务                             | 牵头单位         | 配合单位       |
+==================+===========+======================================+==================+================+
| 一、扩大有效投资 | 1         | 实施重点项目150个，完成投资300亿元。 | 县发展改革局     | 县财政局       |
|                  +-----------+--------------------------------------+------------------+----------------+
|                  | 2         | 争取专项债券资金20亿元。             | 县财政局         | 县发展改革局   |
+------------------+-----------+--------------------------------------+------------------+----------------+
| 二、壮大特色产业 | 1         | 辣椒产业产值突破50亿元。             | 县农业农村局     | 各乡镇人民政府 |
|                  |           |                                      |                  |                |
|                  |           |                                      |                  | 县商务局       |
+------------------+-----------+--------------------------------------+------------------+----------------+
"""


def test_a_grid_tables_merged_cells_keep_the_grid() -> None:
    assert markdown_text(GRID).splitlines()[2:] == [
        "类别\t序号\t重点任务\t牵头单位\t配合单位",
        "一、扩大有效投资\t1\t实施重点项目150个，完成投资300亿元。\t县发展改革局\t县财政局",
        "一、扩大有效投资\t2\t争取专项债券资金20亿元。\t县财政局\t县发展改革局",
        "二、壮大特色产业\t1\t辣椒产业产值突破50亿元。\t县农业农村局\t各乡镇人民政府、县商务局",
    ]


TITLED_GRID = """+--------------------------------------------------------+
| 珲春市2025年口岸经济发展重点任务清单                   |
+==========+==================+============+============+
| 序号     | 重点任务         | 牵头单位   | 完成时限   |
+----------+------------------+------------+------------+
| 1        | 提升口岸通关效率 | 市口岸办   | 2025年12月 |
+----------+------------------+------------+------------+
"""


def test_a_grid_tables_title_row_merged_across_is_a_line_of_its_own() -> None:
    assert markdown_text(TITLED_GRID).splitlines() == [
        "珲春市2025年口岸经济发展重点任务清单",
        "序号\t重点任务\t牵头单位\t完成时限",
        "1\t提升口岸通关效率\t市口岸办\t2025年12月",
    ]


# a Word frame around the text (a table of one column) holding a simple table
BOX = """+--------------------------------------------------------------+
| 二、重点任务                                                 |
|                                                              |
|   ------------------------------------------------------     |
|   序号   重点任务                   牵头单位                 |
|   ------ -------------------------- ------------------------ |
|   1      加快煤层气开发利用         市能源局                 |
|                                                              |
|   2      推进装备制造项目           市工业和信息化局         |
|   ------------------------------------------------------     |
|                                                              |
| 三、保障措施                                                 |
+==============================================================+
"""


def test_a_box_of_one_column_reads_as_the_text_it_holds() -> None:
    assert [t for t in markdown_text(BOX).splitlines() if t] == [
        "二、重点任务",
        "序号\t重点任务\t牵头单位",
        "1\t加快煤层气开发利用\t市能源局",
        "2\t推进装备制造项目\t市工业和信息化局",
        "三、保障措施",
    ]


SIMPLE = """  指标名称             单位              2025年目标
  -------------------- ----------------- -----------------
  地区生产总值增长     \\%                6左右
  城镇新增就业         人                6000以上

（二）重点工作
"""


def test_pandocs_simple_table_and_escapes() -> None:
    assert markdown_text(SIMPLE).splitlines() == [
        "指标名称\t单位\t2025年目标",
        "地区生产总值增长\t%\t6左右",
        "城镇新增就业\t人\t6000以上",
        "",
        "（二）重点工作",
    ]


def test_formulas_an_ocr_tool_writes_are_the_characters_they_print() -> None:
    assert markdown_text(
        "增长 $5 \\%$ 左右，覆盖率 $\\geq 30 \\%$，$\\textcircled{2}$ 建设 $\\mathrm{5G}$ 基站\n"
    ) == ("增长 5% 左右，覆盖率 ≥30%，② 建设 5G 基站\n")


def test_a_footnote_is_a_note() -> None:
    """Its mark goes from the text; its text, at the end, is a note as a page's foot has it
    (a note defining a term gives no figure: batch 96)."""
    assert markdown_text(
        "新增规上企业[^1]100家。\n\n[^1]: 规上企业指年主营业务收入2000万元。\n"
    ) == ("新增规上企业100家。\n\n注1：规上企业指年主营业务收入2000万元。\n")


def test_notes_marks_in_superscript_go_exponents_stay() -> None:
    """A note's mark as inline HTML or pandoc's superscript ran into a metric or a figure
    (地区生产总值1, 增长6%2: batch 567's form); an exponent's digits stay (m2)."""
    assert markdown_text(
        "地区生产总值<sup>1</sup>增长6%<sup>2</sup>，重点项目120个^3^，厂房5万m<sup>2</sup>。\n"
    ) == ("地区生产总值增长6%，重点项目120个，厂房5万m2。\n")


def test_markup_goes_and_what_it_marks_stays() -> None:
    source = "\n".join(
        [
            "---",
            "title: 某县花卉产业三年行动方案",
            "---",
            "某县花卉产业三年行动方案（2025---2027年）",
            "================================",
            "<!-- 第1页 -->",
            "> 一、发展目标",
            "",
            "- 到2027年，花卉产值突破[50亿元](https://example.gov.cn/a)[^1]。",
            "* 建设`花卉`交易中心*2个*。",
            "",
            "***",
            "",
            "1) 强化保障",
            "| 抄送：县委办公室",
            '::: {custom-style="Body"}',
            "[重点]{.underline}项目",
            ":::",
            "```",
            "# 原样保留",
            "```",
        ]
    )
    assert markdown_text(source).splitlines() == [
        "某县花卉产业三年行动方案（2025—2027年）",
        "一、发展目标",
        "",
        "到2027年，花卉产值突破50亿元。",
        "建设花卉交易中心2个。",
        "",
        "",
        "1）强化保障",
        "抄送：县委办公室",
        "重点项目",
        "# 原样保留",
    ]


def test_a_lead_cell_merged_over_rows_and_written_once_leads_them_all() -> None:
    """markitdown (and a spreadsheet's CSV export) writes a merged cell in its first row only:
    the numbered rows under it with that lead cell empty are led by it (batch 99); an empty
    配合单位 is none, and a section row ends the merge."""
    table = "\n".join(
        [
            "| 序号 | 重点任务 | 牵头单位 | 配合单位 |",
            "| --- | --- | --- | --- |",
            "| 1 | 推进盐湖提锂 | 市工业和信息化局 | 市发展和改革委员会 |",
            "| 2 | 建设产业园 |  | 市自然资源局 |",
            "| 3 | 培育企业 |  |  |",
            "| 二、保障 |  |  |  |",
            "| 4 | 加强保障 |  | 市财政局 |",
        ]
    )
    assert markdown_text(table).splitlines()[2:] == [
        "2\t建设产业园\t市工业和信息化局\t市自然资源局",
        "3\t培育企业\t市工业和信息化局",
        "二、保障",
        "4\t加强保障\t\t市财政局",
    ]


# pandoc 3.9's Markdown of batch 122's Word task list (its leads in bold under a stated rule),
# cut down: a multiline table and, as `-t gfm` writes it, a pipe table
_BOLD_MULTILINE = """\
兴城市2026年泳装产业发展重点任务分工表

  ---------------------------------------------------------------------------------------
  序号   重点任务           责任单位                                           完成时限
  ------ ------------------ -------------------------------------------------- ------------
  1      壮大泳装产业集群   **市工业和信息化局**、市发展和改革局               2026年12月底

  2      举办泳装博览会     **市商务局**、**市文化旅游和广播电视局**、兴城泳装产业园管委会   2026年9月底
  ---------------------------------------------------------------------------------------

"""
_BOLD_PIPES = """\
兴城市2026年泳装产业发展重点任务分工表

| 序号 | 重点任务 | 责任单位 | 完成时限 |
|----|----|----|----|
| 1 | 壮大泳装产业集群 | **市工业和信息化局**、市发展和改革局 | 2026年12月底 |
| 2 | 举办泳装博览会 | 兴城泳装产业园管委会、**市商务局** | 2026年9月底 |

"""


@pytest.mark.parametrize("table", [_BOLD_MULTILINE, _BOLD_PIPES])
@pytest.mark.parametrize("stated", [True, False])
def test_bodies_in_bold_lead_where_the_document_says_so(table: str, stated: bool) -> None:
    """A Word file printing its leads in bold under a stated rule, as pandoc writes it
    (``**市商务局**、…``): a bold body's name in a cell, or in a paragraph's note, is written
    as the asterisk rule writes it, as the Word reader writes it; a bold heading and a bold
    signature, and bold with no rule, mark nothing."""
    rule = "注：责任单位中加粗的为牵头单位，其余为配合单位。\n\n" if stated else ""
    source = (
        table + "**二、保障措施**\n\n（三）加强要素保障。（**市财政局**、市自然资源局）\n\n"
        f"{rule}**兴城市人民政府办公室**\n"
    )
    text = markdown_text(source)
    assert ("市工业和信息化局*" in text) is stated
    assert ("（市财政局*、市自然资源局）" in text) is stated
    assert "\n二、保障措施\n" in text
    assert "\n兴城市人民政府办公室\n" in text
    assert "**" not in text and "\ue000" not in text
    ex = extract(RawDocument("x", "x.md", text, "md"))
    leads = {s for kind, s, _ in roles(ex) if kind == "LEADS"}
    assert leads == ({"市工业和信息化局", "市商务局", "市财政局"} if stated else set()) | (
        {"市文化旅游和广播电视局"} if stated and table is _BOLD_MULTILINE else set()
    )


@pytest.mark.parametrize(
    ("rule", "printed"),
    [
        ("标红的为牵头单位", '<font color="red">县农业农村局</font>'),
        ("标红的为牵头单位", '<span style="color:#FF0000">县农业农村局</span>'),
        ("带下划线的为牵头单位", "<u>县农业农村局</u>"),
        ("带下划线的为牵头单位", "[县农业农村局]{.underline}"),
        ("标黄的为牵头单位", "<mark>县农业农村局</mark>"),
        ("标黄的为牵头单位", "==县农业农村局=="),
        ("标黄的为牵头单位", "[县农业农村局]{.mark}"),
    ],
)
def test_leads_printed_red_underlined_or_highlighted_in_markdown(rule: str, printed: str) -> None:
    """As bold ones (session 57; Word's, pages' and workbooks' since batch 578): a Markdown
    document saying its leads are printed in red, underlined or highlighted, inline HTML or
    pandoc's and markdown-it's markup printing them so, has those bodies lead and the others
    support; printed so under no such rule, nothing is marked."""
    source = (
        "# 某县2026年重点任务\n\n| 序号 | 重点任务 | 责任单位 |\n| --- | --- | --- |\n"
        f"| 1 | 新建高标准农田2万亩 | {printed}、县财政局 |\n\n注：{rule}，其余为配合单位。\n"
    )
    text = markdown_text(source)
    assert "1\t新建高标准农田2万亩\t县农业农村局*、县财政局" in text
    assert "*" not in markdown_text(source.replace(rule, "以上单位按职责分工负责"))


def test_a_bold_lead_on_a_line_of_its_cell_before_the_others(tmp_path: Path) -> None:
    """A pipe table's 责任单位 cell holding the lead in bold, the others after a ``<br>``
    (``**县工信局**<br>县发改局、县财政局``) under the rule that bold leads (batch 603): the
    lead and the others are a list, not one name (the lead's mark had kept the cell's
    lines from joining as names: 县工信局*县发改局)."""
    path = tmp_path / "dehua.md"
    path.write_text(
        "# 德化县陶瓷产业重点任务\n\n"
        "| 序号 | 重点任务 | 责任单位 |\n| --- | --- | --- |\n"
        "| 1 | 实施技改项目50个 | **县工信局**<br>县发改局、县财政局 |\n\n"
        "注：加粗的为牵头单位，其余为配合单位。\n",
        encoding="utf-8",
    )
    found = roles(extract(read_document(path)))
    assert found == {
        ("LEADS", "县工信局", "1"),
        ("SUPPORTS", "县发改局", "1"),
        ("SUPPORTS", "县财政局", "1"),
    }


def test_front_matter_names_the_issuer_and_date(tmp_path: Path) -> None:
    """A Markdown export opening with YAML front matter (batch 1138): its title, issuer and
    date are the document's — the text named no issuer and no date, and they were lost — and
    the block is no part of the text; a date written in Chinese reads too."""
    source = (
        "---\ntitle: 新沂市2026年水晶和物流产业发展工作要点\nissuer: 新沂市人民政府办公室\n"
        "date: 2026-03-18\n---\n\n# 新沂市2026年水晶和物流产业发展工作要点\n\n"
        "## 一、水晶产业\n\n水晶产业交易额突破50亿元。（市商务局牵头，市市场监管局配合）\n"
    )
    (tmp_path / "a.md").write_text(source, encoding="utf-8")
    raw = read_document(tmp_path / "a.md")
    assert "issuer:" not in raw.text
    meta = extract(raw).meta
    assert (meta["title"], meta["issuer"], meta["date"]) == (
        "新沂市2026年水晶和物流产业发展工作要点",
        "新沂市人民政府办公室",
        "2026-03-18",
    )
    chinese = (
        "---\n标题: 某县2026年工作要点\n发文机关: 某县人民政府办公室\n成文日期: 2026年3月8日\n---\n"
    )
    (tmp_path / "b.md").write_text(chinese + "\n一、做强产业。新增企业5家。\n", encoding="utf-8")
    assert read_document(tmp_path / "b.md").meta == {
        "title": "某县2026年工作要点",
        "issuer": "某县人民政府办公室",
        "date": "2026-03-08",
    }
