import pytest

from ingest.deadlines import Deadline, deadline_of_cell, find_deadline
from ingest.extract import extract
from ingest.readers import RawDocument


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("深化改革。\n责任单位：县审批局\n完成时限：2024年12月底前", ("2024年12月底前", 2024)),
        (
            "压减办税时间。（县税务局牵头，县财政局配合；2024年6月底前完成）",
            ("2024年6月底前完成", 2024),
        ),
        ("新增用地1000亩。（2025年底前完成）", ("2025年底前完成", 2025)),
        ("健全机制。（县发改局负责；长期坚持）", ("长期坚持", None)),
        ("推进试点。时间节点：2023—2025年", ("2023—2025年", 2025)),
        ("建设数字政府。完成时限：“十四五”期间", ("“十四五”期间", 2025)),
        # a rectification plan's time limit (batch 274: its table's years were lost)
        (
            "压缩办理环节。\n责任单位：区市场监管局\n整改时限：2026年6月底前",
            ("2026年6月底前", 2026),
        ),
    ],
)
def test_deadline_forms(text: str, expected: tuple[str, int | None]) -> None:
    d = find_deadline(text)
    assert d is not None
    assert (d.text, d.year) == expected


@pytest.mark.parametrize(
    "text",
    [
        "出台实施细则（2024年），2024年5月召开推进会。",
        "到2025年，新增用地1000亩（县自然资源局负责）。",
    ],
)
def test_dates_that_are_not_deadlines(text: str) -> None:
    assert find_deadline(text) is None


def test_a_table_cell_is_a_deadline_as_written() -> None:
    assert deadline_of_cell("十四五期末") == Deadline("十四五期末", 2025)
    d = deadline_of_cell("持续推进")
    assert d is not None and (d.text, d.year) == ("持续推进", None)
    assert deadline_of_cell("  ") is None


def test_a_deadline_line_is_not_a_measure_and_dates_the_targets() -> None:
    raw = RawDocument(
        "x",
        "x.txt",
        "某县优化营商环境实施方案\n一、重点任务\n"
        "1.强化要素保障。新增工业用地供应1000亩。\n责任单位：县自然资源局\n完成时限：2025年底前\n"
        "2.优化纳税服务。压减办税时间至80小时以内。",
        "txt",
    )
    nodes = extract(raw).records.nodes
    measures = {n.props["path"]: n.props for n in nodes if n.label.value == "Measure"}
    assert sorted(measures) == ["一.1", "一.2"]
    assert (measures["一.1"]["deadline"], measures["一.1"]["deadline_year"]) == ("2025年底前", 2025)
    assert measures["一.2"]["deadline"] is None
    years = {n.props["value"]: n.props["year"] for n in nodes if n.label.value == "Target"}
    assert years == {1000: 2025, 80: None}


@pytest.mark.parametrize(
    ("cell", "year"),
    [
        ("2026.12", 2026),
        ("2026-06", 2026),
        ("2026/12/31", 2026),
        ("2026.6底", 2026),
        ("2026.3-2027.12", 2027),
        ("12.5%", None),
        ("2026.13", None),
    ],
)
def test_a_deadline_in_figures_gives_its_year(cell: str, year: int | None) -> None:
    """A table's 完成时限 written in figures (2026.12: a month after the year) names the year
    (found by probing, session 41); a share or a thirteenth month does not."""
    deadline = deadline_of_cell(cell)
    assert deadline is not None and deadline.year == year


def test_a_deadline_in_figures_closing_a_note() -> None:
    deadline = find_deadline("推进工作（县发改局负责；2026.12底前完成）。")
    assert deadline is not None and (deadline.text, deadline.year) == ("2026.12底前完成", 2026)
    assert find_deadline("增长（2026.5%）。") is None


def test_a_time_within_a_year_is_the_plans_year() -> None:
    """A deadline naming a month or a part of the year with no year (6月底, 年底前, 第三季度) is
    the year an annual plan is for; open-ended work has none still (found probing: every
    such deadline had no year)."""
    text = (
        "某县2026年工作任务分解\n序号\t工作任务\t牵头单位\t完成时限\n"
        "1\t新建基地1000亩\t县农业农村局\t6月底\n"
        "2\t新建冷库2座\t县商务局\t年底前\n"
        "3\t新增企业5家\t县工信局\t第三季度\n"
        "4\t推进改革\t县发改局\t长期坚持\n"
        "5\t建成馆舍1个\t县文旅局\t2027年6月\n"
    )
    measures = {
        n.props["path"]: n.props["deadline_year"]
        for n in extract(RawDocument("x", "x.txt", text, "txt")).records.nodes
        if n.label.value == "Measure"
    }
    assert measures == {"1": 2026, "2": 2026, "3": 2026, "4": None, "5": 2027}
    # (a document planning no one year gives none: a three-year plan's 6月底)
    three_years = text.replace("2026年工作任务分解", "三年行动方案（2026—2028年）")
    measures = {
        n.props["path"]: n.props["deadline_year"]
        for n in extract(RawDocument("x", "x.txt", three_years, "txt")).records.nodes
        if n.label.value == "Measure"
    }
    assert measures["1"] is None
