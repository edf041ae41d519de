from ingest.extract import extract
from ingest.nlp.indicator_tables import is_indicator_header, table_figures
from ingest.readers import RawDocument
from ingest.structure import parse_structure

ONE_LINE = (
    "主要指标安排如下：\n"
    "指标名称\t单位\t2023年预计完成\t增长%\t2024年目标\t增长%\n"
    "一、经济发展\t\t\t\t\t\n"
    "1.地区生产总值\t亿元\t780\t6.2\t820\t6左右\n"
    "2.城镇调查失业率\t%\t—\t\t5.5以内\t\n"
    "3.居民人均可支配收入增长（%）\t\t\t6.5\t\t与经济增长同步\n"
    "全年工作安排如下。"
)


def rows(text: str, plan_year: int | None = None) -> list[tuple]:  # type: ignore[type-arg]
    figures, _ = table_figures(text, plan_year)
    out = []
    for f in figures:
        assert f.value == float(text[f.start : f.end].lstrip("≥").split("左")[0].split("以")[0])
        out.append((f.mode, f.metric, f.comparator, f.value, f.unit, f.year, f.growth))
    return out


def test_a_table_with_growth_columns() -> None:
    assert rows(ONE_LINE) == [
        ("reported", "地区生产总值", "=", 780, "亿元", 2023, False),
        ("reported", "地区生产总值增长", "=", 6.2, "%", 2023, True),
        ("target", "地区生产总值", "=", 820, "亿元", 2024, False),
        ("target", "地区生产总值增长", "~", 6, "%", 2024, True),
        ("target", "城镇调查失业率", "<=", 5.5, "%", 2024, False),
        ("reported", "居民人均可支配收入增长", "=", 6.5, "%", 2023, True),
    ]


def test_a_header_over_two_lines_as_word_writes_merged_cells() -> None:
    text = (
        "指标\t单位\t2023年\t\t2024年\t\n"
        "指标\t单位\t完成\t增长%\t目标\t增长%\n"
        "地区生产总值\t亿元\t420\t5.8\t445\t6左右\n"
        "规模以上工业增加值增长\t%\t\t7.1\t\t≥7\n"
    )
    assert rows(text) == [
        ("reported", "地区生产总值", "=", 420, "亿元", 2023, False),
        ("reported", "地区生产总值增长", "=", 5.8, "%", 2023, True),
        ("target", "地区生产总值", "=", 445, "亿元", 2024, False),
        ("target", "地区生产总值增长", "~", 6, "%", 2024, True),
        ("reported", "规模以上工业增加值增长", "=", 7.1, "%", 2023, True),
        ("target", "规模以上工业增加值增长", ">=", 7, "%", 2024, True),
    ]


def test_a_header_over_two_lines_its_words_above_and_what_each_holds_below() -> None:
    """The years and their words merged over the columns (2025年完成 | 2026年目标), the lower
    line saying what each holds (绝对值 | 增长（%）): batch 660, read as one line and the
    growths lost."""
    text = (
        "指标名称\t单位\t2025年完成\t\t2026年目标\n"
        "指标名称\t单位\t绝对值\t增长（%）\t绝对值\t增长（%）\n"
        "地区生产总值\t亿元\t1480\t6.1\t1570\t6左右\n"
    )
    assert rows(text, 2026) == [
        ("reported", "地区生产总值", "=", 1480, "亿元", 2025, False),
        ("reported", "地区生产总值增长", "=", 6.1, "%", 2025, True),
        ("target", "地区生产总值", "=", 1570, "亿元", 2026, False),
        ("target", "地区生产总值增长", "~", 6, "%", 2026, True),
    ]


def test_a_year_without_a_word_is_a_result_before_the_plan_year() -> None:
    text = "主要指标\t单位\t2022年\t2023年\t2025年\n研发经费投入强度\t%\t2.1\t2.3\t2.8\n"
    assert [(m, y) for m, _, _, _, _, y, _ in rows(text, 2024)] == [
        ("reported", 2022),
        ("reported", 2023),
        ("target", 2025),
    ]


def test_task_tables_and_project_lists_are_not_indicator_tables() -> None:
    assert not is_indicator_header("序号\t项目\t牵头单位\t完成时限")
    assert not is_indicator_header("序号\t项目\t建设内容\t2024年计划投资")
    assert is_indicator_header("项目\t计量单位\t2023年完成\t2024年计划")


def test_rows_of_an_indicator_table_are_not_headings() -> None:
    text = "二、主要目标\n" + ONE_LINE + "\n三、重点任务\n（一）扩大投资。内容。"
    units = parse_structure(text)[0]
    # (its lead-in, 主要指标安排如下：, is no label of a measure of its own: the table is 二's)
    assert [u.path for u in units] == ["二", "三", "三.(一)"]


def test_an_indicator_table_gives_targets_and_results_with_evidence() -> None:
    raw = RawDocument(
        "x", "x.txt", "某县2024年国民经济和社会发展计划\n二、主要目标\n" + ONE_LINE, "txt"
    )
    ex = extract(raw)
    figs = [n for n in ex.records.nodes if n.label.value in ("Target", "Result")]
    assert len(figs) == 6
    for n in figs:
        assert raw.text[n.props["text_start"] : n.props["text_end"]] == n.props["text"]
        assert n.props["text"] in n.props["sentence"]
    gdp = [n for n in figs if n.props["metric"] == "地区生产总值"]
    assert {(n.label.value, n.props["value"]) for n in gdp} == {("Result", 780), ("Target", 820)}
    tracks = {e.dst for e in ex.records.edges if e.type.value == "TRACKS"}
    assert "gdp" in tracks


def test_a_unit_in_brackets_only_when_it_is_a_unit() -> None:
    text = "指标\t2024年目标\n研发经费投入强度（R&D）（%）\t2.8\n数字经济核心产业增加值（亿元）\t50\n研发投入（R&D）\t3\n"
    assert [(f.metric, f.value, f.unit) for f in table_figures(text, 2024)[0]] == [
        ("研发经费投入强度（R&D）", 2.8, "%"),
        ("数字经济核心产业增加值", 50, "亿元"),
    ]


def test_a_unit_in_a_value_column_header_holds_for_the_column() -> None:
    text = (
        "指标名称\t2024年完成（亿元）\t2025年目标（亿元）\n"
        "地区生产总值\t300\t320\n"
        "城镇调查失业率（%）\t\t5.5以内\n"
    )
    assert [(f.mode, f.metric, f.value, f.unit, f.year) for f in table_figures(text, 2025)[0]] == [
        ("reported", "地区生产总值", 300, "亿元", 2024),
        ("target", "地区生产总值", 320, "亿元", 2025),
        ("target", "城镇调查失业率", 5.5, "%", 2025),  # the row's own unit wins
    ]


def test_rows_apart_on_blank_lines_and_a_header_without_its_empty_tail() -> None:
    """As the HTML reader writes a table with rowspan and colspan headers."""
    text = (
        "指标\t单位\t2023年\t\t2024年\n\n"
        "指标\t单位\t完成\t增长%\t目标\t增长%\n\n"
        "社会消费品零售总额\t亿元\t350\t7.2\t—\t7\n\n"
        "二、重点任务"
    )
    assert rows(text) == [
        ("reported", "社会消费品零售总额", "=", 350, "亿元", 2023, False),
        ("reported", "社会消费品零售总额增长", "=", 7.2, "%", 2023, True),
        ("target", "社会消费品零售总额增长", "=", 7, "%", 2024, True),
    ]


def test_a_caption_unit_holds_for_the_table_below_it() -> None:
    text = (
        "表1 2025年主要经济指标\n"
        "单位：亿元\n"
        "指标名称\t2024年完成\t2025年目标\n"
        "地区生产总值\t520\t550\n"
        "城镇调查失业率（%）\t\t5.5以内\n"
    )
    assert [(f.mode, f.metric, f.value, f.unit, f.year) for f in table_figures(text, 2025)[0]] == [
        ("reported", "地区生产总值", 520, "亿元", 2024),
        ("target", "地区生产总值", 550, "亿元", 2025),
        ("target", "城镇调查失业率", 5.5, "%", 2025),  # the row's own unit wins
    ]


def test_a_caption_of_several_units_or_far_above_names_no_unit() -> None:
    several = "单位：亿元、%\n指标名称\t2025年目标\n地区生产总值\t550\n"
    far = "单位：亿元\n全年工作安排如下。\n另起一段。\n指标名称\t2025年目标\n地区生产总值\t550\n"
    assert table_figures(several, 2025)[0] == []
    assert table_figures(far, 2025)[0] == []


def test_a_caption_unit_line_is_not_a_unit_of_the_plan() -> None:
    text = "一、主要目标\n单位：亿元\n指标名称\t2025年目标\n地区生产总值\t550\n二、重点任务\n"
    units, _ = parse_structure(text)
    assert [u.path for u in units] == ["一", "二"]


def test_a_caption_ending_the_table_title() -> None:
    text = "表1 主要经济指标（单位：万元）\n指标\t2025年目标\n农业总产值\t5000\n"
    assert [(f.value, f.unit) for f in table_figures(text, 2025)[0]] == [(5000, "万元")]


def test_row_numbers_of_every_form_are_not_part_of_the_indicator() -> None:
    text = "指标\t单位\t2025年目标\n1)地区生产总值\t亿元\t550\n②一般公共预算收入\t亿元\t40\n"
    assert [f.metric for f in table_figures(text, 2025)[0]] == ["地区生产总值", "一般公共预算收入"]


def test_a_task_table_of_indicators_by_year_gives_each_row_its_figures_and_bodies() -> None:
    """序号 | 指标名称 | 单位 | 2024年基数 | 2025年 | 2026年 | 责任单位: each row is a measure
    (a task table's row) with its bodies responsible, its yearly targets and its baseline."""
    raw = RawDocument(
        "x",
        "x.txt",
        "某县产业发展三年行动方案（2025—2026年）\n一、发展目标\n主要指标见下表。\n"
        "序号\t指标名称\t单位\t2024年基数\t2025年\t2026年\t责任单位\n"
        "1\t轮胎出口额\t亿美元\t210\t230\t250\t县商务局、县工信局\n"
        "2\t单位工业增加值能耗下降\t%\t—\t3\t3.5\t县发展和改革局\n"
        "二、重点任务\n（一）推进改造。完成改造15家。（县工信局负责）\n",
        "txt",
    )
    ex = extract(raw)
    figs = sorted(
        (
            n.props["path"],
            n.label.value,
            n.props["metric"],
            n.props["value"],
            n.props["unit"],
            n.props["year"],
        )
        for n in ex.records.nodes
        if n.label.value in ("Target", "Result") and n.props["path"].startswith("一.")
    )
    assert figs == [
        ("一.1", "Result", "轮胎出口额", 210, "亿美元", 2024),
        ("一.1", "Target", "轮胎出口额", 230, "亿美元", 2025),
        ("一.1", "Target", "轮胎出口额", 250, "亿美元", 2026),
        ("一.2", "Target", "单位工业增加值能耗下降", 3, "%", 2025),
        ("一.2", "Target", "单位工业增加值能耗下降", 3.5, "%", 2026),
    ]
    roles = sorted(
        (e.dst.split("#")[1], e.type.value, e.props["surface"])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    )
    assert roles == [
        ("一.1", "RESPONSIBLE_FOR", "县商务局"),
        ("一.1", "RESPONSIBLE_FOR", "县工信局"),
        ("一.2", "RESPONSIBLE_FOR", "县发展和改革局"),
        ("二.(一)", "RESPONSIBLE_FOR", "县工信局"),
    ]


def test_a_five_year_plan_table_of_base_year_target_year_and_growth_or_total() -> None:
    """A five-year plan's table: the base year before the plan's first year holds results,
    the target year targets; 年均增长 is an annual growth and a value in 〔〕 the total over
    the years (of the row's unit); words, dashes and the 属性 column are no figures."""
    text = (
        "表1 主要指标\n"
        "类别\t指标\t单位\t2025年\t2030年\t年均增长〔累计〕\t属性\n"
        "经济发展\t地区生产总值\t亿元\t420\t550\t5.5\t预期性\n"
        "民生福祉\t城镇新增就业\t万人\t—\t—\t〔3.5〕\t预期性\n"
        "\t居民人均可支配收入增长\t%\t—\t—\t与经济增长同步\t预期性\n"
    )
    figures, _ = table_figures(text, None, first_year=2026)
    assert [(f.mode, f.metric, f.value, f.unit, f.year, f.period) for f in figures] == [
        ("reported", "地区生产总值", 420, "亿元", 2025, None),
        ("target", "地区生产总值", 550, "亿元", 2030, None),
        ("target", "地区生产总值年均增长", 5.5, "%", 2030, "annual"),
        ("target", "城镇新增就业", 3.5, "万人", 2030, None),
    ]


def test_a_full_width_greater_than_in_a_cell() -> None:
    text = "指标名称\t单位\t2024年基数\t2025年目标\n城镇新增就业\t人\t8200\t＞8000\n"
    figures, _ = table_figures(text, 2025)
    assert [(f.mode, f.comparator, f.value) for f in figures] == [
        ("reported", "=", 8200),
        ("target", ">", 8000),
    ]


YEAR_ROWS = (
    "到2028年，全区模具产业产值突破500亿元。分年度目标如下表。\n"
    "年度\t模具产业产值（亿元）\t规上模具企业（家）\t研发投入增速（%）\n"
    "2025年（基数）\t360\t240\t—\n"
    "2026年\t400\t260\t≥8\n"
    "2027\t450\t280\t8左右\n"
    "二、重点任务"
)


def test_a_table_with_a_row_for_each_year_gives_each_cell_its_rows_year() -> None:
    # (batch 70: 年度 | 模具产业产值（亿元） | …, a row for each year)
    assert is_indicator_header(YEAR_ROWS.split("\n")[1])
    # a row's words say what it holds (基数: results); a bare year before the plan's first
    # year is done, from it planned
    bare = YEAR_ROWS.replace("2025年（基数）", "2025年")
    assert [f.mode for f in table_figures(bare, None, first_year=2026)[0]][:2] == ["reported"] * 2
    assert [f.mode for f in table_figures(bare, 2025)[0]][:2] == ["target"] * 2
    figures, spans = table_figures(YEAR_ROWS, None)
    got = [(f.mode, f.metric, f.comparator, f.value, f.unit, f.year, f.growth) for f in figures]
    assert got == [
        ("reported", "模具产业产值", "=", 360, "亿元", 2025, False),
        ("reported", "规上模具企业", "=", 240, "家", 2025, False),
        ("target", "模具产业产值", "=", 400, "亿元", 2026, False),
        ("target", "规上模具企业", "=", 260, "家", 2026, False),
        ("target", "研发投入增速", ">=", 8, "%", 2026, True),
        ("target", "模具产业产值", "=", 450, "亿元", 2027, False),
        ("target", "规上模具企业", "=", 280, "家", 2027, False),
        ("target", "研发投入增速", "~", 8, "%", 2027, True),
    ]
    for f in figures:
        assert YEAR_ROWS[f.start : f.end].lstrip("≥").split("左")[0] == f"{f.value:g}"
    assert len(spans) == 4  # the header and its three rows


def test_a_year_rows_table_needs_units_in_its_header() -> None:
    text = "年度\t重点工作\t责任单位\n2026年\t建设产业园\t区经信局\n"
    assert not is_indicator_header(text.split("\n")[0])
    assert table_figures(text, 2026)[0] == []


def test_a_column_of_the_share_done_is_a_result_in_its_own_unit() -> None:
    # 完成率（%）: each row's share of its goal done, in %, not in the row's unit (batch 73)
    text = (
        "指标名称\t单位\t2025年目标\t2025年完成\t完成率（%）\n"
        "地区生产总值\t亿元\t420\t428\t101.9\n"
        "社会消费品零售总额\t亿元\t160\t158\t98.8\n"
    )
    assert rows(text, 2026) == [
        ("target", "地区生产总值", "=", 420, "亿元", 2025, False),
        ("reported", "地区生产总值", "=", 428, "亿元", 2025, False),
        ("reported", "地区生产总值完成率", "=", 101.9, "%", 2025, False),
        ("target", "社会消费品零售总额", "=", 160, "亿元", 2025, False),
        ("reported", "社会消费品零售总额", "=", 158, "亿元", 2025, False),
        ("reported", "社会消费品零售总额完成率", "=", 98.8, "%", 2025, False),
    ]


def test_a_goal_written_as_a_growth_in_a_level_column_is_a_growth() -> None:
    """``增长7%`` in a 2026年目标 column of levels is the row's growth (batch 92)."""
    text = (
        "指标名称\t单位\t2025年完成\t比上年增长（%）\t2026年目标\n"
        "城乡居民人均可支配收入\t元\t31250\t6.8\t增长7%\n"
        "单位生产总值能耗\t%\t\t\t下降2.5%左右\n"
    )
    figures, _ = table_figures(text, 2026)
    got = [(f.mode, f.metric, f.comparator, f.value, f.unit, f.year, f.growth) for f in figures]
    assert got == [
        ("reported", "城乡居民人均可支配收入", "=", 31250, "元", 2025, False),
        ("reported", "城乡居民人均可支配收入增长", "=", 6.8, "%", 2025, True),
        ("target", "城乡居民人均可支配收入增长", "=", 7, "%", 2026, True),
        ("target", "单位生产总值能耗下降", "~", 2.5, "%", 2026, True),
    ]


PERFORMANCE = (
    "三、年度绩效指标\n"
    "一级指标\t二级指标\t三级指标\t指标值\n"
    "产出指标\t数量指标\t高标准农田建设面积\t≥2万亩\n"
    "产出指标\t质量指标\t项目验收合格率\t≥95%\n"
    "产出指标\t时效指标\t资金拨付及时率\t100%\n"
    "效益指标\t经济效益指标\t带动农户增收\t≥500元/户\n"
    "满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\n"
)


def test_a_table_of_performance_targets_by_level() -> None:
    """A budget's performance targets (一级指标 | 二级指标 | 三级指标 | 指标值, batch 237): the
    deepest level names each row's indicator, the value cell carries its comparator and
    unit; the classes above name none."""
    figures, _ = table_figures(PERFORMANCE, 2026)
    assert [(f.mode, f.metric, f.comparator, f.value, f.unit, f.year) for f in figures] == [
        ("target", "高标准农田建设面积", ">=", 2, "万亩", 2026),
        ("target", "项目验收合格率", ">=", 95, "%", 2026),
        ("target", "资金拨付及时率", "=", 100, "%", 2026),
        ("target", "带动农户增收", ">=", 500, "元/户", 2026),
        ("target", "受益群众满意度", ">=", 90, "%", 2026),
    ]
    assert is_indicator_header(PERFORMANCE.split("\n")[1])


def test_numbers_with_thousands_set_apart_by_commas() -> None:
    """Statistical tables print thousands apart (1,234.5亿元, ≥3,000人次): the cell's number
    is the whole of it, not lost (沁县's performance targets re-typed so)."""
    text = (
        "指标名称\t单位\t2025年预计完成\t2026年目标\n"
        "地区生产总值\t亿元\t1,234.5\t1,320左右\n"
        "接待游客\t万人次\t2,860\t≥3,000\n"
    )
    figures, _ = table_figures(text, 2026)
    assert [(f.mode, f.metric, f.comparator, f.value, f.unit, f.year) for f in figures] == [
        ("reported", "地区生产总值", "=", 1234.5, "亿元", 2025),
        ("target", "地区生产总值", "~", 1320, "亿元", 2026),
        ("reported", "接待游客", "=", 2860, "万人次", 2025),
        ("target", "接待游客", ">=", 3000, "万人次", 2026),
    ]
    assert [text[f.start : f.end] for f in figures] == ["1,234.5", "1,320左右", "2,860", "≥3,000"]


def test_a_project_column_with_thousands_set_apart() -> None:
    text = (
        "某县2026年重点项目清单\n三、项目清单\n"
        "序号\t项目名称\t总投资（万元）\t责任单位\n"
        "1\t乳制品加工项目\t12,500\t县工业和信息化局\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    values = {
        (n.props["path"], n.props["value"], n.props["unit"])
        for n in ex.records.nodes
        if n.label.value == "Target"
    }
    assert values == {("三.1", 12500, "万元")}


def test_a_statistics_table_of_the_year_so_far_reports_that_year() -> None:
    """指标名称 | 单位 | 1—5月 | 同比增长（%） (batch 288): the period's column gives results of
    the year, the growth column their change on the same period (同比增长); a balance's day in
    brackets (（5月末）) is no part of its name."""
    text = (
        "指标名称\t单位\t1—5月\t同比增长（%）\n"
        "规模以上工业总产值\t亿元\t152.6\t8.1\n"
        "城乡居民储蓄存款余额（5月末）\t亿元\t236.4\t9.2\n"
    )
    figs, _ = table_figures(text, 2026)
    assert [(f.metric, f.value, f.unit, f.year, f.mode) for f in figs] == [
        ("规模以上工业总产值", 152.6, "亿元", 2026, "reported"),
        ("规模以上工业总产值同比增长", 8.1, "%", 2026, "reported"),
        ("城乡居民储蓄存款余额", 236.4, "亿元", 2026, "reported"),
        ("城乡居民储蓄存款余额同比增长", 9.2, "%", 2026, "reported"),
    ]


def _facts(text: str) -> list[tuple[str, str, str, float]]:
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    return [
        (n.label.value, n.props["path"], n.props["metric"], n.props["value"])
        for n in records.nodes
        if n.label.value in ("Target", "Result")
    ]


def test_a_reports_table_of_bodies_figures_gives_results() -> None:
    """A month's bulletin ranks bodies by their figures (batch 295): columns that name neither
    a plan nor a result take the report's mode — results; a project's 总投资 stays a plan's."""
    text = (
        "某区2026年3月12345热线工单办理情况通报\n一、各单位办理情况\n"
        "序号\t承办单位\t工单量（件）\t按时办结率（%）\n1\t区城管执法局\t1856\t99.8\n"
    )
    assert _facts(text) == [
        ("Result", "一.1", "工单量", 1856.0),
        ("Result", "一.1", "按时办结率", 99.8),
    ]
    text = (
        "某市2026年1—6月重大项目建设推进情况通报\n一、重点项目进度表\n"
        "序号\t项目名称\t总投资（亿元）\t1—6月完成投资（亿元）\t责任单位\n1\t某基地\t45\t7.2\t某区人民政府\n"
    )
    assert _facts(text) == [("Target", "一.1", "总投资", 45.0), ("Result", "一.1", "完成投资", 7.2)]


def test_a_years_figures_parted_among_places() -> None:
    """A table giving each town its part of the year's figures (指标 | 单位 | 全县 | 城关镇 | …):
    the whole area's column names the indicator, each town's column the town's figure of it
    (found probing, session 76: no figure was read)."""
    text = (
        "指标\t单位\t全县\t城关镇\t新集镇\n"
        "规上工业增加值增长\t%\t8\t9\t7\n"
        "固定资产投资\t亿元\t120\t40\t30\n"
    )
    figures, _ = table_figures(text, default_year=2026, first_year=2026)
    assert [(f.metric, f.value, f.unit, f.year, f.mode) for f in figures] == [
        ("规上工业增加值增长", 8.0, "%", 2026, "target"),
        ("城关镇规上工业增加值增长", 9.0, "%", 2026, "target"),
        ("新集镇规上工业增加值增长", 7.0, "%", 2026, "target"),
        ("固定资产投资", 120.0, "亿元", 2026, "target"),
        ("城关镇固定资产投资", 40.0, "亿元", 2026, "target"),
        ("新集镇固定资产投资", 30.0, "亿元", 2026, "target"),
    ]
