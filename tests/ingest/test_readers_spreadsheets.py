"""Spreadsheets (.xlsx, .xls, .csv): a task list (任务分工表) is often published as one."""

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import xlwt

from graph.errors import IngestError
from ingest.extract import extract
from ingest.readers import RawDocument, iter_inputs, read_document

TITLE = "某县2025年优化营商环境重点任务分工表"
ROLES = ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")


def roles_of(raw: RawDocument) -> set[tuple[str, str, str]]:
    """(role, body as written, measure path) of a document's role edges."""
    return {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in extract(raw).records.edges
        if e.type.value in ROLES
    }


def task_workbook(path: Path) -> None:
    """A task list as counties publish it: a title merged across the sheet, a header, a
    group row merged across, a task merged down over its two rows, bodies one a line in a
    cell (Alt+Enter), a deadline as a date cell, a number cell for 序号; a hidden sheet of
    working notes and a second visible sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务分工"
    ws.append([TITLE])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"])
    ws.append(["一、提升政务服务效能"])
    ws.merge_cells("A3:E3")
    ws.append(
        [
            1,
            "到2025年，政务服务事项全程网办率达到90%以上",
            "县行政审批服务局",
            "县大数据中心\n县司法局",
            datetime(2025, 12, 31),
        ]
    )
    ws["E4"].number_format = 'yyyy"年"m"月"'
    ws.append([2, "建设花卉交易中心", "县花卉中心", "县商务局", "2025年6月底"])
    ws.append([None, None, "县财政局", "县自然资源局", None])
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    ws.append([])
    ws.append(["注：各牵头单位每季度报送进展情况。"])
    notes = wb.create_sheet("工作底稿")
    notes.append(["序号", "重点任务", "牵头单位"])
    notes.append([9, "不应读到的内部备注", "县统计局"])
    notes.sheet_state = "hidden"
    second = wb.create_sheet("附表")
    second.append(["序号", "主要指标", "2025年目标", "责任单位"])
    second.append([1, "一般公共预算收入增长", 0.065, "县财政局"])
    second["C2"].number_format = "0.0%"
    second.append([2, "新增市场主体（户）", 1200.0, "县市场监管局"])
    wb.save(str(path))


def test_xlsx_rows_read_as_tab_separated_lines_keeping_the_grid(tmp_path: Path) -> None:
    path = tmp_path / "tasks.xlsx"
    task_workbook(path)
    raw = read_document(path)
    lines = raw.text.split("\n")
    assert raw.format == "xlsx"
    # a row merged across is its text alone; a merged-down cell repeats, as Word's does
    assert lines[:6] == [
        TITLE,
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "一、提升政务服务效能",
        "1\t到2025年，政务服务事项全程网办率达到90%以上\t县行政审批服务局"
        "\t县大数据中心、县司法局\t2025年12月",
        "2\t建设花卉交易中心\t县花卉中心\t县商务局\t2025年6月底",
        "2\t建设花卉交易中心\t县财政局\t县自然资源局",
    ]
    assert "注：各牵头单位每季度报送进展情况。" in lines
    assert "不应读到" not in raw.text  # a hidden sheet is not part of what is published
    # numbers as a reader sees them: a percentage cell as a percentage, whole floats whole
    assert "1\t一般公共预算收入增长\t6.5%\t县财政局" in lines
    assert "2\t新增市场主体（户）\t1200\t县市场监管局" in lines


def test_xlsx_task_list_gives_roles_on_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "tasks.xlsx"
    task_workbook(path)
    raw = read_document(path)
    ex = extract(raw)
    roles = roles_of(raw)
    assert {
        ("LEADS", "县行政审批服务局", "一.1"),
        ("SUPPORTS", "县大数据中心", "一.1"),
        ("SUPPORTS", "县司法局", "一.1"),
        ("LEADS", "县花卉中心", "一.2"),
        ("LEADS", "县财政局", "一.2"),
        ("SUPPORTS", "县商务局", "一.2"),
        ("SUPPORTS", "县自然资源局", "一.2"),
    } <= roles
    targets = [
        (n.props["value"], n.props["unit"], n.props["year"])
        for n in ex.records.nodes
        if n.label.value == "Target"
    ]
    assert (90, "%", 2025) in targets
    assert ex.records.meta["title"] == TITLE


def test_xlsx_bodies_printed_in_bold_or_red_lead_where_the_sheet_says_so(tmp_path: Path) -> None:
    """A workbook's task list printing its lead in bold — a run of a cell's rich text, or the
    whole cell — under the rule a note states (batch 579): the body leads, the others of its
    cell support; red under a rule for red likewise; without a rule, or printed another way
    than it says, nothing is marked."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Font

    def workbook(rule: str, lead_font: InlineFont, whole: Font) -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["序号", "重点任务", "责任单位"])
        ws.append([1, "建设标准化果园10个", None])
        ws["C2"] = CellRichText([TextBlock(lead_font, "县农业农村局"), "、县财政局"])
        ws.append([2, "新增规上企业5家", "县工信局"])
        ws["C3"].font = whole
        ws.append([rule])
        path = tmp_path / "tasks.xlsx"
        wb.save(path)
        return path

    bold = workbook("注：加粗的为牵头单位，其余为配合单位。", InlineFont(b=True), Font(b=True))
    lines = read_document(bold).text.split("\n")
    assert lines[1:3] == [
        "1\t建设标准化果园10个\t县农业农村局*、县财政局",
        "2\t新增规上企业5家\t县工信局*",
    ]
    red = workbook("注：标红的为牵头单位。", InlineFont(color="FFFF0000"), Font(color="FFC00000"))
    assert read_document(red).text.split("\n")[1:3] == lines[1:3]
    unsaid = workbook("注：以上单位按职责分工负责。", InlineFont(b=True), Font(b=True))
    assert "*" not in read_document(unsaid).text
    other = workbook("注：标红的为牵头单位。", InlineFont(b=True), Font(b=True))
    assert "*" not in read_document(other).text


def test_xlsx_highlighted_cells_lead_where_the_sheet_says_so(tmp_path: Path) -> None:
    """标黄的为牵头单位 in a workbook: a cell filled (yellow, or another colour) holds a lead; a
    cell filled white or grey (a banded row's shading) or not filled does not, nor one filled
    where no rule says so."""
    from openpyxl.styles import PatternFill

    def workbook(rule: str) -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["序号", "重点任务", "牵头单位", "配合单位"])
        ws.append([1, "建设标准化果园10个", "县农业农村局、县林业局", "县财政局"])
        ws.append([2, "新增规上企业5家", "县工信局", "县商务局"])
        ws["C2"].fill = PatternFill("solid", fgColor="FFFFFF00")
        ws["D3"].fill = PatternFill("solid", fgColor="FFFFFFFF")
        for cell in ws[3]:  # (a banded row's grey shading: no highlight)
            if cell.column != 4:
                cell.fill = PatternFill("solid", fgColor="FFD9D9D9")
        ws.append([rule])
        path = tmp_path / "tasks.xlsx"
        wb.save(path)
        return path

    lines = read_document(workbook("注：标黄的为牵头单位。")).text.split("\n")
    assert lines[1:3] == [
        "1\t建设标准化果园10个\t县农业农村局*、县林业局*\t县财政局",
        "2\t新增规上企业5家\t县工信局\t县商务局",
    ]
    assert "*" not in read_document(workbook("注：以上单位按职责分工负责。")).text


def test_xlsx_two_row_header_set_in_from_the_sheets_edge(tmp_path: Path) -> None:
    """A table starting at B2 under a title merged across it, its header on two rows
    (责任分工 merged across 牵头单位 | 配合单位, the other header cells merged down)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["B2"] = "某区2025年重点任务责任分工表"
    ws.merge_cells("B2:F2")
    for col, top, below in zip(
        "BCDEF",
        ["序号", "工作任务", "责任分工", None, "完成时间"],
        [None, None, "牵头单位", "配合单位", None],
        strict=True,
    ):
        ws[f"{col}3"], ws[f"{col}4"] = top, below
    for cells in ("B3:B4", "C3:C4", "D3:E3", "F3:F4"):
        ws.merge_cells(cells)
    ws.append([None, 1.0, "推进数字政府建设", "区大数据局", "区政务服务中心、区财政局", "2025年底"])
    ws.append([None, 2.0, "实施花卉产业提升工程", "区农业农村局", "各街道", "长期坚持"])
    path = tmp_path / "two.xlsx"
    wb.save(str(path))
    raw = read_document(path)
    assert raw.text.split("\n")[:3] == [
        "某区2025年重点任务责任分工表",
        "序号\t工作任务\t责任分工\t\t完成时间",
        "序号\t工作任务\t牵头单位\t配合单位\t完成时间",
    ]
    assert roles_of(raw) == {
        ("LEADS", "区大数据局", "1"),
        ("SUPPORTS", "区政务服务中心", "1"),
        ("SUPPORTS", "区财政局", "1"),
        ("LEADS", "区农业农村局", "2"),
        ("SUPPORTS", "各街道", "2"),
    }


def test_a_spreadsheets_lines_are_never_joined_as_wrapped_prose(tmp_path: Path) -> None:
    """A workbook's rows are not a printed page's lines: a long title row stays its own
    line above a row holding only a unit note in its last column."""
    title = "江油市2026年重点项目投资计划表（第一批）（市发展和改革局汇总）"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    ws.append([None, None, "单位：万元"])
    ws.append(["序号", "项目名称", "责任单位"])
    for i in range(1, 6):
        ws.append([i, f"第{i}个重点项目建设，完成年度投资计划", "市发展和改革局"])
    path = tmp_path / "projects.xlsx"
    wb.save(str(path))
    ex = extract(read_document(path))
    assert ex.records.meta["title"] == title


def test_sheets_named_for_their_parts_head_their_rows(tmp_path: Path) -> None:
    """A workbook whose parts are its sheets (一、产业升级, 二、绿色发展), each numbering its
    rows from 1 (batch 84): a sheet named as a part has its name written over its table,
    under the title rows it opens with, so its rows are measures of its part (一.1, 二.1).
    Other names (Sheet3, 附表), a name a sheet's first rows repeat, or the name of a
    workbook's only sheet say nothing more and are not written."""
    wb = openpyxl.Workbook()
    parts = {
        "一、产业升级": "市工信局",
        "二、绿色发展": "市发改局",
        "Sheet3": "市财政局",
        "三、要素保障": "市人社局",
    }
    for n, (name, lead) in enumerate(parts.items()):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = name
        if n == 0:
            ws.append([TITLE])
        ws.append(["序号", "重点任务", "牵头单位"])
        ws.append([1, f"第{n + 1}部分的第一项任务", lead])
    repeated = wb.create_sheet("四、附表")
    repeated.append(["四、附表"])
    repeated.append(["序号", "重点任务", "牵头单位"])
    repeated.append([1, "附表的任务", "市商务局"])
    path = tmp_path / "parts.xlsx"
    wb.save(str(path))
    raw = read_document(path)
    assert [line for line in raw.text.split("\n") if "\t" not in line and line] == [
        TITLE,
        "一、产业升级",
        "二、绿色发展",
        "三、要素保障",
        "四、附表",
    ]
    ex = extract(raw)
    leads = {
        (e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if e.type.value == "LEADS"
    }
    assert {("市工信局", "一.1"), ("市发改局", "二.1")} <= leads
    assert ex.records.meta["title"] == TITLE
    single = openpyxl.Workbook()
    single.active.title = "一、产业升级"
    single.active.append(["序号", "重点任务", "牵头单位"])
    single.active.append([1, "任务", "市工信局"])
    single.save(str(tmp_path / "single.xlsx"))
    assert "产业升级" not in read_document(tmp_path / "single.xlsx").text


def test_sheets_named_as_labels_each_numbering_from_one_head_their_rows(tmp_path: Path) -> None:
    """A workbook of two sheets named for what they hold (主要指标, 重点任务), each numbering its
    rows from 1 (batch 1486: the second sheet's rows had collided with the first's, 1~2):
    each name is written over its table and is a heading, so the rows are its part's
    (重点任务.1). A workbook with a sheet named by default (Sheet2) keeps its labels unsaid."""

    def workbook(names: tuple[str, str], path: Path) -> Path:
        wb = openpyxl.Workbook()
        first = wb.active
        first.title = names[0]
        first.append([TITLE])
        first.append(["序号", "指标", "单位", "2026年目标", "责任单位"])
        first.append([1, "茶园面积", "万亩", 115, "市茶产业发展中心"])
        second = wb.create_sheet(names[1])
        second.append(["序号", "重点任务", "牵头单位", "配合单位"])
        second.append([1, "新建富硒茶标准化示范园20个。", "市茶产业发展中心", "市农业农村局"])
        wb.save(str(path))
        return path

    raw = read_document(workbook(("主要指标", "重点任务"), tmp_path / "labels.xlsx"))
    assert raw.headings == [(1, "主要指标"), (1, "重点任务")]
    ex = extract(raw)
    roles = {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    }
    assert roles == {
        ("RESPONSIBLE_FOR", "市茶产业发展中心", "主要指标.1"),
        ("LEADS", "市茶产业发展中心", "重点任务.1"),
        ("SUPPORTS", "市农业农村局", "重点任务.1"),
    }
    default = read_document(workbook(("主要指标", "Sheet2"), tmp_path / "default.xlsx"))
    assert default.headings == [] and "主要指标" not in default.text


def test_broken_and_old_spreadsheets_get_clear_errors(tmp_path: Path) -> None:
    (tmp_path / "cut.xlsx").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "cut.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" * 8)
    (tmp_path / "wps.et").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" * 8)
    with pytest.raises(IngestError, match=r"not a readable \.xlsx"):
        read_document(tmp_path / "cut.xlsx")
    with pytest.raises(IngestError, match=r"not a readable Excel 97–2003 \(\.xls\)"):
        read_document(tmp_path / "cut.xls")
    with pytest.raises(IngestError, match=r"save it as \.xlsx.*--convert-to xlsx"):
        read_document(tmp_path / "wps.et")
    # in a folder they are listed, to be reported, not left out in silence
    assert {p.name for p in iter_inputs([tmp_path])} == {"cut.xlsx", "cut.xls", "wps.et"}
    # … but an .et holding an Excel workbook is read as one
    task_workbook_xls(tmp_path / "tasks.xls")
    (tmp_path / "tasks.et").write_bytes((tmp_path / "tasks.xls").read_bytes())
    raw = read_document(tmp_path / "tasks.et")
    assert raw.format == "et" and raw.text == read_document(tmp_path / "tasks.xls").text


def task_workbook_xls(path: Path) -> None:
    """The workbook of ``task_workbook`` in Excel 97–2003's format."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("任务分工")
    ws.write_merge(0, 0, 0, 4, TITLE)
    for c, v in enumerate(["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]):
        ws.write(1, c, v)
    ws.write_merge(2, 2, 0, 4, "一、提升政务服务效能")
    row = [
        1,
        "到2025年，政务服务事项全程网办率达到90%以上",
        "县行政审批服务局",
        "县大数据中心\n县司法局",
    ]
    for c, v in enumerate(row):
        ws.write(3, c, v)
    ws.write(3, 4, datetime(2025, 12, 31), xlwt.easyxf(num_format_str='yyyy"年"m"月"'))
    ws.write_merge(4, 5, 0, 0, 2)
    ws.write_merge(4, 5, 1, 1, "建设花卉交易中心")
    for c, v in enumerate(["县花卉中心", "县商务局", "2025年6月底"], start=2):
        ws.write(4, c, v)
    ws.write(5, 2, "县财政局")
    ws.write(5, 3, "县自然资源局")
    ws.write(7, 0, "注：各牵头单位每季度报送进展情况。")
    notes = wb.add_sheet("工作底稿")
    notes.write(0, 0, "不应读到的内部备注")
    notes.visibility = 1  # hidden
    second = wb.add_sheet("附表")
    for c, v in enumerate(["序号", "主要指标", "2025年目标", "责任单位"]):
        second.write(0, c, v)
    second.write(1, 0, 1)
    second.write(1, 1, "一般公共预算收入增长")
    second.write(1, 2, 0.065, xlwt.easyxf(num_format_str="0.0%"))
    second.write(1, 3, "县财政局")
    for c, v in enumerate([2, "新增市场主体（户）", 1200.0, "县市场监管局"]):
        second.write(2, c, v)
    wb.save(str(path))


def test_an_xls_workbook_reads_as_the_same_workbook_in_xlsx_does(tmp_path: Path) -> None:
    task_workbook(tmp_path / "tasks.xlsx")
    task_workbook_xls(tmp_path / "tasks.xls")
    xlsx, xls = read_document(tmp_path / "tasks.xlsx"), read_document(tmp_path / "tasks.xls")
    assert xls.format == "xls"
    assert xls.text == xlsx.text
    assert "不应读到" not in xls.text


def test_an_xls_name_on_an_xlsx_workbook_or_a_web_page_is_read_by_what_it_holds(
    tmp_path: Path,
) -> None:
    """Sites serve an .xlsx, or an HTML table ("export to Excel"), under an .xls name."""
    task_workbook(tmp_path / "tasks.xlsx")
    (tmp_path / "really-xlsx.xls").write_bytes((tmp_path / "tasks.xlsx").read_bytes())
    assert read_document(tmp_path / "really-xlsx.xls").text == (
        read_document(tmp_path / "tasks.xlsx").text
    )
    page = (
        '<html><head><meta charset="utf-8"></head><body><table>'
        "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
        "<tr><td>1</td><td>建设花卉交易中心</td><td>县花卉中心</td><td>县商务局</td></tr>"
        "</table></body></html>"
    )
    (tmp_path / "export.xls").write_text(page, encoding="utf-8")
    assert roles_of(read_document(tmp_path / "export.xls")) == {
        ("LEADS", "县花卉中心", "1"),
        ("SUPPORTS", "县商务局", "1"),
    }


def test_a_workbooks_unsupported_extensions_are_read_in_silence(tmp_path: Path) -> None:
    """Excel and WPS write extensions openpyxl does not model (drop-down lists' data
    validation): the workbook reads without a warning on the ingest's output."""
    import warnings
    import zipfile

    task_workbook(tmp_path / "plain.xlsx")
    ext = (
        b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        b'<x14:dataValidations count="0"/></ext></extLst></worksheet>'
    )
    with (
        zipfile.ZipFile(tmp_path / "plain.xlsx") as zin,
        zipfile.ZipFile(tmp_path / "lists.xlsx", "w") as zout,
    ):
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", ext)
            zout.writestr(item, data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        raw = read_document(tmp_path / "lists.xlsx")
    assert caught == []
    assert raw.text == read_document(tmp_path / "plain.xlsx").text


def test_a_csv_from_an_open_data_portal_reads_as_rows(tmp_path: Path) -> None:
    """A .csv (an open-data portal's export, in GBK): its rows tab-separated as a
    workbook's, a quoted cell holding commas or a line break kept whole, its roles read."""
    csv_text = (
        "序号,重点任务,牵头单位,配合单位,完成时限\r\n"
        '1,"建设花卉交易中心，完成投资3亿元",县花卉中心,"县商务局\n县财政局",2026年12月\r\n'
        "2,新增规上企业10家,县工业和信息化局,,2026年10月\r\n"
    )
    path = tmp_path / "tasks.csv"
    path.write_bytes(csv_text.encode("gbk"))
    raw = read_document(path)
    assert (raw.format, raw.encoding) == ("csv", "gb18030")
    assert raw.text.split("\n")[:3] == [
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
        "1\t建设花卉交易中心，完成投资3亿元\t县花卉中心\t县商务局、县财政局\t2026年12月",
        "2\t新增规上企业10家\t县工业和信息化局\t\t2026年10月",
    ]
    assert roles_of(raw) == {
        ("LEADS", "县花卉中心", "1"),
        ("SUPPORTS", "县商务局", "1"),
        ("SUPPORTS", "县财政局", "1"),
        ("LEADS", "县工业和信息化局", "2"),
    }


def test_an_empty_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(str(path))
    with pytest.raises(IngestError, match="no text"):
        read_document(path)


def test_a_csv_export_keeps_a_merged_lead_cell_in_its_first_row_only(tmp_path: Path) -> None:
    """Excel writes a merged cell's value in its first cell only when it saves a CSV: the
    numbered rows under it with their lead cell empty are led by it."""
    (tmp_path / "tasks.csv").write_text(
        "序号,重点任务,牵头单位,配合单位\n1,推进盐湖提锂,市工业和信息化局,市发展和改革委员会\n"
        "2,建设产业园,,市自然资源局\n",
        encoding="utf-8",
    )
    lines = read_document(tmp_path / "tasks.csv").text.splitlines()
    assert "2\t建设产业园\t市工业和信息化局\t市自然资源局" in lines
