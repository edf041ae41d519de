"""A table cell's lines joined (ingest/readers/cells.py), and a PDF cell's lines read from
its words (open_tables.py): bodies one a line stay a list, wraps run on."""

from __future__ import annotations

from ingest.readers.cells import field_line, join_cell_lines, reads_as_a_name
from ingest.readers.open_tables import Word, _cell


def words(*lines: str) -> list[Word]:
    """Each line a word of a cell, 12 points high, one under another."""
    return [Word(0.0, 12.0 * len(t), 20.0 * i, 20.0 * i + 12, t) for i, t in enumerate(lines)]


def test_bodies_one_a_line_are_a_list() -> None:
    assert (
        join_cell_lines(["经济发展局", "凤凰科创园管理办公室"])
        == "经济发展局、凤凰科创园管理办公室"
    )
    assert _cell(words("县商务局", "县财政局")) == "县商务局、县财政局"


def test_a_date_and_a_sentence_run_on() -> None:
    assert join_cell_lines(["2025年", "12月底"]) == "2025年 12月底"
    assert _cell(words("县工业和信息化", "局")) == "县工业和信息化局"


def test_a_list_wrapped_after_a_names_first_character_runs_on() -> None:
    """`市自然资源局、市` / `发展和改革局`: a list's last item of one character (a level, 市)
    is a name cut by the wrap, not a body of its own (高平's project list, printed to PDF)."""
    assert not reads_as_a_name("市自然资源局、市")
    assert _cell(words("市自然资源局、市", "发展和改革局")) == "市自然资源局、市发展和改革局"
    assert join_cell_lines(["县商务局、县", "财政局"], apart="") == "县商务局、县财政局"
    assert reads_as_a_name("县商务局、县财政局")
    assert reads_as_a_name("各区、县")  # (a collective's levels)


def test_a_line_opening_inside_a_name_s_ending_runs_on() -> None:
    """区通信发展办 / 公室: the wrap cut 办公室, and 公室 is no body of its own (即墨's list set in
    a Word table without borders, printed to PDF); bodies one a line stay a list."""
    assert _cell(words("区通信发展办", "公室")) == "区通信发展办公室"
    assert join_cell_lines(["市商务局", "区通信发展办", "公室"]) == "市商务局、区通信发展办公室"
    assert join_cell_lines(["各乡镇人民", "政府"], apart="") == "各乡镇人民政府"
    assert join_cell_lines(["县委", "县政府"]) == "县委、县政府"


def test_a_line_filling_its_column_wraps_though_it_reads_as_a_name() -> None:
    """市人力资源社 / 会保障局: the first line reaches the column's right edge, so the wrap cut a
    name (社 ends names too: 供销社); a whole name filling the column and a name opening the
    next line stay a list (宜宾's list set without borders and printed)."""
    right = 12.0 * 6
    assert _cell(words("市人力资源社", "会保障局"), right) == "市人力资源社会保障局"
    assert _cell(words("市经济信息局", "市教育局"), right) == "市经济信息局、市教育局"
    assert _cell(words("县供销社", "县商务局"), right) == "县供销社、县商务局"  # (short of it)


def test_a_name_on_its_own_line_after_a_labelled_list_is_one_more() -> None:
    """A Word cell's paragraphs 牵头：X / 配合：Y / Z (batch 604): Z, a name alone after a
    labelled list ending in one, is one more of that list — it had run into Y once the
    spaces between Chinese went (丁蜀镇人民政府市公安局); a date after a list is no name."""
    lines = ["牵头：市自然资源和规划局", "配合：丁蜀镇人民政府", "市公安局"]
    assert join_cell_lines(lines) == "牵头：市自然资源和规划局 配合：丁蜀镇人民政府、市公安局"
    assert join_cell_lines(["牵头：县发改局", "2026年底前完成"]) == "牵头：县发改局 2026年底前完成"


def test_a_nested_table_s_row_labelled_by_a_role_is_its_field() -> None:
    """A role cell holding a table of its own, each row a role word and its bodies (牵头 |
    县农业农村局): the row reads as that label's field (牵头：县农业农村局), as a cell's
    labelled lines do; any other row's cells are set apart by a space (found probing,
    session 60: the label ran into the name, 牵头县农业农村局, or the roles were lost)."""
    assert field_line(["牵头", "县农业农村局"]) == "牵头：县农业农村局"
    assert field_line(["配合单位", "县财政局、县水利局"]) == "配合单位：县财政局、县水利局"
    assert field_line(["子任务", "仓储"]) == "子任务 仓储"
    assert field_line(["县商务局", "县财政局"]) == "县商务局 县财政局"
    assert field_line(["牵头", ""]) == "牵头"
