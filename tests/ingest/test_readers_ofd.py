"""OFD (GB/T 33190): the format of China's electronic official documents."""

import io
import zipfile
from pathlib import Path

import pytest

from graph.errors import IngestError
from ingest.readers import iter_inputs, read_document
from tests.ingest.genre.ofd_writer import (
    Cell,
    Centred,
    Right,
    Table,
    ofd_bytes,
    typeset,
    write_ofd,
)
from tests.ingest.test_readers_spreadsheets import roles_of

TITLE = "某县2026年花卉产业发展工作方案"
PLAN = [
    Centred(TITLE, 22 * 25.4 / 72),
    "一、工作目标",
    "　　到2026年，全县花卉种植面积达到12万亩，花卉产业综合产值突破150亿元，建成花卉交易中心1处。",
    "二、重点任务",
    Table(
        [
            ["序号", "重点任务", "牵头单位", "配合单位"],
            [
                "1",
                "建设花卉交易中心，完善冷链物流、电子结算和检验检测配套，新增交易额20亿元。",
                Cell("县农业农村局", rowspan=2),
                "县商务局\n县财政局",
            ],
            ["2", "培育花卉龙头企业5家。", "县工业和信息化局"],
            [Cell("三、保障措施", colspan=4)],
            ["3", "设立花卉产业发展基金。", "县财政局", "各乡镇人民政府"],
        ],
        [12, 80, 32, 32],
    ),
    Right("某县人民政府办公室"),
    Right("2026年3月2日"),
]
ROWS = [
    "序号\t重点任务\t牵头单位\t配合单位",
    # a cell wrapped in its box runs on; bodies one a line keep apart; merged down repeats
    "1\t建设花卉交易中心，完善冷链物流、电子结算和检验检测配套，新增交易额20亿元。"
    "\t县农业农村局\t县商务局、县财政局",
    "2\t培育花卉龙头企业5家。\t县农业农村局\t县工业和信息化局",
    "三、保障措施",  # merged across: its text alone
    "3\t设立花卉产业发展基金。\t县财政局\t各乡镇人民政府",
]
WAYS = [
    {},
    {"glyphs": "char", "borders": "boxes"},
    {"glyphs": "points", "absolute": True, "page_blocks": True},
]


@pytest.mark.parametrize("options", WAYS, ids=["lines", "characters", "points-under-ctm"])
def test_ofd_text_and_ruled_table_read_in_each_writers_way(tmp_path: Path, options: dict) -> None:  # type: ignore[type-arg]
    path = tmp_path / "plan.ofd"
    write_ofd(path, PLAN, **options)
    raw = read_document(path)
    lines = raw.text.split("\n")
    assert raw.format == "ofd"
    assert lines[:5] == [
        TITLE,
        "一、工作目标",
        # a paragraph's lines as printed (the normaliser joins them), no indent
        "到2026年，全县花卉种植面积达到12万亩，花卉产业综合",
        "产值突破150亿元，建成花卉交易中心1处。",
        "二、重点任务",
    ]
    assert lines[5:10] == ROWS
    assert [line for line in lines[10:] if line] == ["某县人民政府办公室", "2026年3月2日", "— 1 —"]
    assert roles_of(raw) == {
        # rows under a heading, and under a section row, are numbered in it
        ("LEADS", "县农业农村局", "二.1"),
        ("SUPPORTS", "县商务局", "二.1"),
        ("SUPPORTS", "县财政局", "二.1"),
        ("LEADS", "县农业农村局", "二.2"),
        ("SUPPORTS", "县工业和信息化局", "二.2"),
        ("LEADS", "县财政局", "三.3"),
        ("SUPPORTS", "各乡镇人民政府", "三.3"),
    }


def test_ofd_table_over_pages_template_footer_and_docinfo_title(tmp_path: Path) -> None:
    """A task table running over three pages reads as one table in order; the template's
    running footer is not text of the document; DocInfo's title is the title when the
    text has none of its own."""
    rows: list[list[str | Cell]] = [["序号", "重点任务", "责任单位"]]
    rows += [
        [str(n), f"完成第{n}项重点工作，新建项目{n}个。", "县发展和改革局"] for n in range(1, 41)
    ]
    path = tmp_path / "tasks.ofd"
    write_ofd(
        path,
        [Table(rows, [14, 100, 42])],
        footer="某县人民政府办公室印发",
        title="某县2026年重点项目建设任务分工",
    )
    raw = read_document(path)
    assert "印发" not in raw.text
    table = [line for line in raw.text.split("\n") if "\t" in line]
    assert table[0] == "序号\t重点任务\t责任单位"
    assert table[1:] == [
        f"{n}\t完成第{n}项重点工作，新建项目{n}个。\t县发展和改革局" for n in range(1, 41)
    ]
    assert raw.meta == {"title": "某县2026年重点项目建设任务分工"}
    assert {(role, path) for role, _, path in roles_of(raw)} == {
        ("RESPONSIBLE_FOR", str(n)) for n in range(1, 41)
    }


def test_ofd_running_header_dropped_and_file_name_title_ignored(tmp_path: Path) -> None:
    paras = [f"　　第{n}段正文，说明花卉产业发展的有关情况和下一步工作打算。" for n in range(1, 60)]
    pages = typeset(paras)
    assert len(pages) > 2
    from tests.ingest.genre.ofd_writer import Run

    for page in pages:  # the plan's title above the type area of every page
        page.items.insert(0, Run(60, 30, 5.0, TITLE))
    path = tmp_path / "report.ofd"
    path.write_bytes(ofd_bytes(pages, title="Microsoft Word - 花卉产业发展报告.docx"))
    raw = read_document(path)
    assert TITLE not in raw.text
    assert raw.text.startswith("第1段正文")
    assert raw.meta == {}


def _package(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_bad_ofd_files_get_clear_errors(tmp_path: Path) -> None:
    good = ofd_bytes(typeset(PLAN))
    cases = {
        "not-a-zip.ofd": (b"%PDF-1.7 not an ofd at all", "not an OFD package"),
        "no-root.ofd": (_package({"Doc_0/Document.xml": "<x/>"}), "has no OFD.xml"),
        "cut.ofd": (good[: len(good) // 2], "not an OFD package"),
    }
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        parts = {n: archive.read(n).decode() for n in archive.namelist()}
    lost = dict(parts)
    del lost["Doc_0/Pages/Page_0/Content.xml"]
    cases["lost-page.ofd"] = (_package(lost), "does not hold")
    scan = dict(parts)
    scan["Doc_0/Pages/Page_0/Content.xml"] = (
        '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">'
        '<ofd:ImageObject ID="2" ResourceID="9" Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/>'
        "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    cases["scan.ofd"] = (_package(scan), "has no text")
    broken = dict(parts)
    broken["Doc_0/Pages/Page_0/Content.xml"] = parts["Doc_0/Pages/Page_0/Content.xml"][:300]
    cases["broken-xml.ofd"] = (_package(broken), "could not be read")
    for name, (data, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(IngestError, match=message):
            read_document(path)
    assert tmp_path / "scan.ofd" in iter_inputs([tmp_path])
