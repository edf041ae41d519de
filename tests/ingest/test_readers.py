import base64
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import RGBColor

from graph.errors import IngestError
from ingest.extract import Extraction, extract
from ingest.normalise import normalise
from ingest.readers import read_document
from tests.ingest.genre.make_docx import (
    _alt_chunk,
    _footnote_mark,
    _footnotes,
    _symbol,
    fill_rows,
)

TEXT = "某县人民政府\n关于印发某县花卉产业行动方案的通知\n一、目标\n到2025年，花卉产值突破50亿元（县花卉中心牵头，县财政局配合）。\n"


def minimal_pdf(content: bytes) -> bytes:
    """A one-page PDF whose page content stream is ``content`` (no fonts: no text layer)."""
    return pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ]
    )


def pdf_of(objs: list[bytes]) -> bytes:
    """A PDF file of the objects ``objs`` (numbered from 1; the first the catalog)."""
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def _role_edges(ex: Extraction, *types: str) -> set[tuple[str, str, str]]:
    """(relation, surface, measure path) of an extraction's role edges of ``types`` (all three
    roles by default)."""
    wanted = types or ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    return {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if e.type.value in wanted
    }


@pytest.mark.parametrize(
    "encoded",
    [
        b"\xff\xfe" + TEXT.replace("\n", "\r\n").encode("utf-16-le"),  # Notepad's "Unicode"
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no byte-order mark: the NULs of ASCII fall on one side
    ],
)
def test_utf16(tmp_path: Path, encoded: bytes) -> None:
    (tmp_path / "u16.txt").write_bytes(encoded)
    raw = read_document(tmp_path / "u16.txt")
    assert raw.text.replace("\r\n", "\n") == TEXT and raw.encoding == "utf-16"


def test_utf8_and_gbk(tmp_path: Path) -> None:
    (tmp_path / "u.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "g.txt").write_bytes(TEXT.encode("gbk"))
    u = read_document(tmp_path / "u.txt")
    g = read_document(tmp_path / "g.txt")
    assert u.text == g.text == TEXT
    assert g.encoding == "gb18030"


def test_bad_files_get_clear_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "cut.pdf").write_bytes(minimal_pdf(b"")[:60])
    (tmp_path / "scan.pdf").write_bytes(minimal_pdf(b"0 0 m 10 10 l S"))
    (tmp_path / "x.xlsx").write_bytes(b"PK")
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" * 8)
    (tmp_path / "draft.wps").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" * 8)
    (tmp_path / "notes.odt").write_bytes(b"not an OpenDocument file")
    cases = {
        "empty.txt": "empty",
        "bin.txt": "binary",
        "cut.pdf": "PDF",
        "scan.pdf": "no text layer",
        "x.xlsx": r"not a readable \.xlsx",
        "broken.docx": ".docx",
        # Word 97–2003 and WPS files LibreOffice cannot read: say what to do
        "old.doc": r"LibreOffice could not read it as Word 97–2003 \(\.doc\).*save it as \.docx",
        "draft.wps": r"LibreOffice could not read it as WPS Writer \(\.wps\).*save it as \.docx",
        "notes.odt": r"holds no OpenDocument text \(\.odt\) document.*save it as \.docx",
    }
    for name, words in cases.items():
        with pytest.raises(IngestError, match=words):
            read_document(tmp_path / name)


def _word_97(docx_path: Path, out: Path) -> Path:
    """``docx_path`` saved in Word 97–2003's format by LibreOffice (as Word would)."""
    from ingest.readers.convert import convert_with_libreoffice

    convert_with_libreoffice(docx_path, "doc", out).check_returncode()
    return out / f"{docx_path.stem}.doc"


def test_word_97_wps_and_rtf_files_read_through_libreoffice(tmp_path: Path) -> None:
    """A .doc (and a WPS .wps, which is a Word 97 file under another name), an OpenDocument
    .odt and a UOF .uot are converted to .docx by LibreOffice and read as one: its task
    table's rows, its roles."""
    d = docx.Document()
    d.add_paragraph("某县重点任务分工方案")
    d.add_paragraph("一、工作任务")
    table = d.add_table(rows=2, cols=4)
    fill_rows(
        table,
        [
            ["序号", "重点任务", "牵头单位", "配合单位"],
            ["1", "培育现代花卉产业集群", "县花卉中心", "县财政局"],
        ],
    )
    d.add_paragraph("二、保障措施")
    d.add_paragraph("到2025年，花卉产值突破50亿元（县农业农村局牵头）。")
    d.save(str(tmp_path / "plan.docx"))
    doc = _word_97(tmp_path / "plan.docx", tmp_path)
    (tmp_path / "plan.wps").write_bytes(doc.read_bytes())
    # … and the same as OpenDocument and as UOF (标文通), as LibreOffice saves them
    from ingest.readers.convert import convert_with_libreoffice

    for to in ("odt", "uot:UOF text"):
        convert_with_libreoffice(tmp_path / "plan.docx", to, tmp_path).check_returncode()
    for path in (doc, tmp_path / "plan.wps", tmp_path / "plan.odt", tmp_path / "plan.uot"):
        raw = read_document(path)
        assert raw.format == path.suffix[1:] and raw.doc_id == "plan"
        assert "1\t培育现代花卉产业集群\t县花卉中心\t县财政局" in raw.text
        roles = {
            (e.type.value, e.props["surface"], e.dst.split("#")[1])
            for e in extract(raw).records.edges
            if e.type.value in ("LEADS", "SUPPORTS")
        }
        assert roles == {
            ("LEADS", "县花卉中心", "一.1"),
            ("SUPPORTS", "县财政局", "一.1"),
            ("LEADS", "县农业农村局", "二"),
        }
    # a .docx or a web page served under a .doc name is read as what it is
    (tmp_path / "really-docx.doc").write_bytes((tmp_path / "plan.docx").read_bytes())
    assert "县花卉中心" in read_document(tmp_path / "really-docx.doc").text
    page = "<html><body><p>一、目标</p><p>到2025年，花卉产值突破50亿元。</p></body></html>"
    (tmp_path / "page.doc").write_text(page, encoding="utf-8")
    assert "花卉产值突破50亿元" in read_document(tmp_path / "page.doc").text
    rtf = tmp_path / "note.rtf"
    rtf.write_text(r"{\rtf1\ansi\uc1 \u19968?\u12289?\u30446?\u26631?\par}", encoding="ascii")
    assert read_document(rtf).text.strip() == "一、目标"


def test_without_libreoffice_a_word_97_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" * 8)
    with pytest.raises(IngestError, match=r"LibreOffice, which was not found.*--convert-to docx"):
        read_document(tmp_path / "old.doc", soffice="no-such-soffice")


def test_an_office_file_cut_inside_is_reported_not_raised_past_the_batch(tmp_path: Path) -> None:
    """A .docx or .xlsx whose zip is whole but an XML part inside is cut: the libraries fail
    in ways of their own (lxml's XMLSyntaxError, ElementTree's ParseError); the reader
    reports it as the file's failure, so a batch goes on to the next file."""
    import zipfile

    import openpyxl

    d = docx.Document()
    d.add_paragraph("一、目标")
    d.save(str(tmp_path / "whole.docx"))
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "任务", "牵头单位"])
    wb.save(str(tmp_path / "whole.xlsx"))
    for name, part in (
        ("whole.docx", "word/document.xml"),
        ("whole.xlsx", "xl/worksheets/sheet1.xml"),
    ):
        cut = tmp_path / name.replace("whole", "cut")
        with zipfile.ZipFile(tmp_path / name) as zin, zipfile.ZipFile(cut, "w") as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                zout.writestr(item, data[: len(data) // 2] if item.filename == part else data)
        with pytest.raises(
            IngestError, match=r"could not be read \(.*Error.*\); it may be damaged"
        ):
            read_document(cut)


def test_size_limit(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(TEXT * 100, encoding="utf-8")
    with pytest.raises(IngestError, match="larger than the ingest limit"):
        read_document(tmp_path / "big.txt", max_bytes=1000)


def test_an_archive_unpacking_far_beyond_the_limit_is_refused(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A .docx or .xlsx is a zip: one that would unpack to far more than a document of the
    ingest limit (a zip bomb) is refused before a reader opens it."""
    import zipfile

    import ingest.readers as readers

    monkeypatch.setattr(readers, "UNPACKED_FLOOR", 1_000_000)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (30 * 1024 * 1024))
    assert bomb.stat().st_size < 100_000
    with pytest.raises(IngestError, match="unpacks to 31 MB, more than the 20 MB"):
        read_document(bomb, max_bytes=1_000_000)
    # an ordinary workbook of the same limit reads
    d = docx.Document()
    d.add_paragraph("一、目标")
    d.save(str(tmp_path / "ok.docx"))
    assert "一、目标" in read_document(tmp_path / "ok.docx", max_bytes=1_000_000).text


def test_a_pdf_whose_streams_inflate_far_beyond_the_limit_is_refused(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A PDF's Flate streams are its zip: one inflating to far more than a document of the
    ingest limit (a decompression bomb: 30 MB of zeros in 30 KB) is refused before pdfminer
    inflates it in memory; an ordinary PDF, whose streams inflate too, reads."""
    import zlib

    import ingest.readers as readers
    from tests.ingest.test_pdf_layout import typeset, write_pdf

    monkeypatch.setattr(readers, "UNPACKED_FLOOR", 1_000_000)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(b"\0" * 2**20) for _ in range(30)) + packer.flush()
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(
        b"%PDF-1.7\n1 0 obj\n<< /Length "
        + str(len(data)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + data
        + b"\nendstream\nendobj\n%%EOF\n"
    )
    assert bomb.stat().st_size < 100_000
    with pytest.raises(IngestError, match="inflate to more than the 20 MB"):
        read_document(bomb, max_bytes=1_000_000)
    # the same data written in ASCII85 or hex first, as a PDF meant to pass through text
    # tools is
    for name, text in (
        ("ASCII85Decode", base64.a85encode(data, wrapcol=72) + b"~>"),
        ("AHx", data.hex().encode() + b">"),
    ):
        wrapped = tmp_path / f"{name}.pdf"
        wrapped.write_bytes(
            b"%%PDF-1.7\n1 0 obj\n<< /Length %d /Filter [/%s /FlateDecode] >>\n"
            b"stream\n%s\nendstream\nendobj\n%%%%EOF\n" % (len(text), name.encode(), text)
        )
        with pytest.raises(IngestError, match="inflate to more than the 20 MB"):
            read_document(wrapped, max_bytes=1_000_000)
    ok = tmp_path / "plan.pdf"
    write_pdf(
        ok, typeset(["一、发展目标", "　　到2027年，全区数字经济核心产业营业收入突破300亿元。"])
    )
    assert "一、发展目标" in read_document(ok, max_bytes=1_000_000).text


def test_docx_paragraphs_task_table_and_nested_table(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("某县人民政府办公室")
    d.add_paragraph("某县重点任务分工方案")
    d.add_paragraph("一、工作任务")
    table = d.add_table(rows=3, cols=4)
    for i, v in enumerate(["序号", "重点任务", "牵头单位", "配合单位"]):
        table.cell(0, i).text = v
    for i, v in enumerate(["1", "培育现代花卉产业集群", "县花卉中心", "县商务局、县财政局"]):
        table.cell(1, i).text = v
    for i, v in enumerate(["2", "建设冷链物流园区", "县农业农村局", "县交通运输局"]):
        table.cell(2, i).text = v
    inner = table.cell(2, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "子任务"
    inner.cell(0, 1).text = "仓储"
    path = tmp_path / "tasks.docx"
    d.save(str(path))
    raw = read_document(path)
    assert "培育现代花卉产业集群" in raw.text and "子任务" in raw.text
    ex = extract(raw)
    edges = {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if "surface" in e.props and e.type.value in ("LEADS", "SUPPORTS")
    }
    assert ("LEADS", "县花卉中心", "一.1") in edges
    assert ("SUPPORTS", "县财政局", "一.1") in edges
    assert ("LEADS", "县农业农村局", "一.2") in edges
    industries = {e.dst for e in ex.records.edges if e.type.value == "ADDRESSES"}
    assert "floriculture" in industries


def _nested_role_rows(cell: Any, rows: list[tuple[str, str]]) -> None:
    inner = cell.add_table(rows=len(rows), cols=2)
    for i, (label, bodies) in enumerate(rows):
        inner.cell(i, 0).text, inner.cell(i, 1).text = label, bodies


NESTED_ROLES = {
    ("LEADS", "县农业农村局", "一.1"),
    ("SUPPORTS", "县水利局", "一.1"),
    ("SUPPORTS", "县财政局", "一.1"),
    ("LEADS", "县工信局", "一.2"),
    ("SUPPORTS", "县统计局", "一.2"),
}


def test_docx_role_cells_holding_a_table_of_roles_and_bodies(tmp_path: Path) -> None:
    """A 责任单位 cell holding a table of its own, a row a role word and its bodies (牵头 |
    县农业农村局 / 配合 | 县财政局、县水利局): each row gives its role (found probing, session
    60: the lead supported and the others were responsible)."""
    d = docx.Document()
    d.add_paragraph("某县2026年重点任务清单")
    d.add_paragraph("一、重点任务")
    table = d.add_table(rows=3, cols=4)
    for i, v in enumerate(["序号", "重点任务", "责任单位", "完成时限"]):
        table.cell(0, i).text = v
    for r, (task, lead, support) in enumerate(
        [
            ("新建高标准农田3万亩", "县农业农村局", "县财政局、县水利局"),
            ("新增规上工业企业20家", "县工信局", "县统计局"),
        ],
        start=1,
    ):
        table.cell(r, 0).text, table.cell(r, 1).text = str(r), task
        table.cell(r, 3).text = "2026年12月"
        _nested_role_rows(table.cell(r, 2), [("牵头", lead), ("配合", support)])
    path = tmp_path / "nested.docx"
    d.save(str(path))
    assert _role_edges(extract(read_document(path))) == NESTED_ROLES


def test_html_role_cells_holding_a_table_of_roles_and_bodies(tmp_path: Path) -> None:
    """The page's form of the same: a <table> inside the 责任单位 <td> (found probing, session
    60: the label ran into the name, 牵头县农业农村局, every body responsible)."""

    def roles(lead: str, support: str) -> str:
        return (
            f"<table><tr><td>牵头</td><td>{lead}</td></tr>"
            f"<tr><td>配合</td><td>{support}</td></tr></table>"
        )

    page = (
        "<html><head><title>某县2026年重点任务清单</title></head><body><p>一、重点任务</p><table>"
        "<tr><td>序号</td><td>重点任务</td><td>责任单位</td><td>完成时限</td></tr>"
        f"<tr><td>1</td><td>新建高标准农田3万亩</td><td>{roles('县农业农村局', '县财政局、县水利局')}"
        "</td><td>2026年10月</td></tr>"
        f"<tr><td>2</td><td>新增规上工业企业20家</td><td>{roles('县工信局', '县统计局')}</td>"
        "<td>2026年12月</td></tr></table></body></html>"
    )
    path = tmp_path / "nested.html"
    path.write_text(page, encoding="utf-8")
    assert _role_edges(extract(read_document(path))) == NESTED_ROLES


@pytest.mark.parametrize("stated", [True, False])
def test_docx_bodies_in_bold_lead_where_the_document_says_so(tmp_path: Path, stated: bool) -> None:
    """A task table whose 责任单位 cells print the lead in bold under a stated rule (注：加粗的
    为牵头单位，其余为配合单位): the bold body's name is written as the asterisk rule writes
    it (县花卉中心*), so it leads and the others support; bold elsewhere (a heading) and bold
    without the rule mark nothing."""
    d = docx.Document()
    d.add_paragraph("某县重点任务分工方案")
    d.add_paragraph().add_run("一、工作任务").bold = True
    d.add_paragraph("推进花卉产业。", style="List Number")  # Word draws its 1.
    table = d.add_table(rows=2, cols=3)
    for i, v in enumerate(["序号", "重点任务", "责任单位"]):
        table.cell(0, i).text = v
    table.cell(1, 0).text = "1"
    table.cell(1, 1).text = "培育现代花卉产业集群"
    cell = table.cell(1, 2).paragraphs[0]
    cell.add_run("县花卉").bold = True
    cell.add_run("中心").bold = True
    cell.add_run("、县财政局")
    note = d.add_paragraph("（二）推进项目。（")  # a note in a paragraph, its lead in bold
    note.add_run("县发改局").bold = True
    note.add_run("、县财政局）")
    d.add_paragraph().add_run("某县人民政府").bold = True  # a bold signature: no body listed
    if stated:
        d.add_paragraph("注：加粗的为牵头单位，其余为配合单位。")
    path = tmp_path / "tasks.docx"
    d.save(str(path))
    raw = read_document(path)
    assert ("县花卉中心*、县财政局" in raw.text) is stated
    assert ("（县发改局*、县财政局）" in raw.text) is stated
    assert "\n某县人民政府*" not in raw.text
    assert "一、工作任务\n" in raw.text
    assert "\n1.推进花卉产业。" in raw.text  # (counted from 1 on the second reading too)
    roles = {
        (e.type.value, e.props["surface"])
        for e in extract(raw).records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    }
    if stated:
        assert roles == {("LEADS", "县花卉中心"), ("LEADS", "县发改局"), ("SUPPORTS", "县财政局")}
    else:
        assert roles == {
            ("RESPONSIBLE_FOR", "县花卉中心"),
            ("RESPONSIBLE_FOR", "县发改局"),
            ("RESPONSIBLE_FOR", "县财政局"),
        }


@pytest.mark.parametrize(
    ("rule", "emphasise"),
    [
        ("标红的为牵头单位", lambda run: setattr(run.font.color, "rgb", RGBColor(0xFF, 0, 0))),
        ("红色字体为牵头单位", lambda run: setattr(run.font.color, "rgb", RGBColor(0xC0, 0, 0))),
        ("带下划线的为牵头单位", lambda run: setattr(run, "underline", True)),
        (
            "标黄的为牵头单位",
            lambda run: setattr(run.font, "highlight_color", WD_COLOR_INDEX.YELLOW),
        ),
    ],
)
def test_docx_bodies_printed_in_red_underlined_or_highlighted_lead_where_said(
    tmp_path: Path, rule: str, emphasise: Any
) -> None:
    """As bold (batch 578): a document saying its leads are printed in red, underlined or
    highlighted (注：标红的为牵头单位，其余为配合单位) has such a body lead and the others support;
    a body printed so in a document saying nothing of it is no lead, nor is one printed another
    way than the rule says (bold, under a rule for red)."""

    def plan(stated: str) -> Any:
        d = docx.Document()
        d.add_paragraph("一、重点任务")
        note = d.add_paragraph("（一）推进项目。完成投资10亿元。（")
        emphasise(note.add_run("县发改局"))
        note.add_run("、县财政局）")
        other = d.add_paragraph("（二）培育企业。新增企业5家。（")
        other.add_run("县工信局").bold = True  # (bold, where the rule says another way)
        other.add_run("、县商务局）")
        d.add_paragraph(stated)
        path = tmp_path / "plan.docx"
        d.save(str(path))
        return {
            (e.type.value, e.props["surface"])
            for e in extract(read_document(path)).records.edges
            if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
        }

    # (a list marking no lead is read as the starred rule reads one: its bodies responsible)
    assert plan(f"注：{rule}，其余为配合单位。") == {
        ("LEADS", "县发改局"),
        ("SUPPORTS", "县财政局"),
        ("RESPONSIBLE_FOR", "县工信局"),
        ("RESPONSIBLE_FOR", "县商务局"),
    }
    assert ("LEADS", "县发改局") not in plan("注：以上单位按职责分工负责。")


@pytest.mark.parametrize(
    ("rule", "style_it"),
    [
        ("标红的为牵头单位", lambda font: setattr(font.color, "rgb", RGBColor(0xFF, 0, 0))),
        ("带下划线的为牵头单位", lambda font: setattr(font, "underline", True)),
        ("标黄的为牵头单位", lambda font: setattr(font, "highlight_color", WD_COLOR_INDEX.YELLOW)),
    ],
)
def test_docx_leads_printed_so_by_a_character_style_lead(
    tmp_path: Path, rule: str, style_it: Any
) -> None:
    """A drafter's character style (牵头单位, red; or based on one that is) prints the lead as a
    run's own colour does; a run setting its own colour back to black over the style is not red."""
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    base = d.styles.add_style("牵头", WD_STYLE_TYPE.CHARACTER)
    style_it(base.font)
    derived = d.styles.add_style("牵头加粗", WD_STYLE_TYPE.CHARACTER)
    derived.base_style = base
    d.add_paragraph("一、重点任务")
    for marker, lead, other, style in (
        ("（一）", "县发改局", "县财政局", base),
        ("（二）", "县工信局", "县商务局", derived),
    ):
        p = d.add_paragraph(f"{marker}推进项目。完成投资10亿元。（")
        p.add_run(lead, style=style)
        p.add_run(f"、{other}）")
    p = d.add_paragraph("（三）培育企业。新增企业5家。（")
    undone = p.add_run("县科技局", style=base)
    undone.font.color.rgb = RGBColor(0, 0, 0)
    undone.font.underline = False
    undone.font.highlight_color = WD_COLOR_INDEX.AUTO
    p.add_run("、县农业农村局）")
    d.add_paragraph(f"注：{rule}，其余为配合单位。")
    path = tmp_path / "plan.docx"
    d.save(str(path))
    roles = {
        (e.type.value, e.props["surface"])
        for e in extract(read_document(path)).records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    }
    assert roles == {
        ("LEADS", "县发改局"),
        ("SUPPORTS", "县财政局"),
        ("LEADS", "县工信局"),
        ("SUPPORTS", "县商务局"),
        ("RESPONSIBLE_FOR", "县科技局"),
        ("RESPONSIBLE_FOR", "县农业农村局"),
    }


def test_a_pages_bodies_printed_in_red_or_underlined_lead_where_said(tmp_path: Path) -> None:
    """A page's notes with the lead in red (<font color="red">, a style's colour) or
    underlined (<u>) under the rule the page states (batch 578)."""
    for rule, lead in (
        ("标红的为牵头单位", '<span style="color:#FF0000">县发改局</span>'),
        ("红色字体为牵头单位", '<font color="red">县发改局</font>'),
        ("带下划线的为牵头单位", "<u>县发改局</u>"),
        ("标黄的为牵头单位", '<span style="background-color: yellow">县发改局</span>'),
    ):
        page = tmp_path / "notes.html"
        page.write_text(
            "<html><body><div id=zoom><p>一、重点任务</p>"
            f"<p>（一）推进项目。完成投资10亿元。（{lead}、县财政局）</p>"
            f"<p>注：{rule}，其余为配合单位。</p></div></body></html>",
            encoding="utf-8",
        )
        assert "（县发改局*、县财政局）" in read_document(page).text, rule


def test_docx_soft_line_breaks_are_line_separators(tmp_path: Path) -> None:
    """Shift+Enter breaks a line inside a paragraph: the reader writes U+2028 (LINE
    SEPARATOR) there, not a paragraph's newline, and a sentence broken so is one again."""
    d = docx.Document()
    d.add_paragraph("某县实施意见")
    d.add_paragraph("一、发展目标")
    para = d.add_paragraph()
    run = para.add_run("到2025年，全县规模以上工业")
    run.add_break()
    run = para.add_run("营业收入突破300亿元。")
    run.add_break()
    para.add_run("（牵头单位：县工业和信息化局）")
    path = tmp_path / "soft.docx"
    d.save(str(path))
    raw = read_document(path)
    assert "规模以上工业\u2028营业收入突破300亿元。\u2028（牵头单位" in raw.text
    ex = extract(raw)
    targets = [
        (n.props["metric"], n.props["year"]) for n in ex.records.nodes if n.label.value == "Target"
    ]
    assert targets == [("规模以上工业营业收入", 2025)]
    assert any(e.type.value == "LEADS" for e in ex.records.edges)


def test_a_folder_yields_its_documents_old_word_files_too(tmp_path: Path) -> None:
    """A folder's .doc and .wps files are documents (read through LibreOffice), and its
    Markdown files (an OCR tool's output); pictures are not, nor is the folder's README.md
    — unless it is named itself."""
    from ingest.readers import iter_inputs

    for name in ("a.txt", "b.DOC", "c.wps", "d.png", "sub/e.docx", "f.md", "README.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])] == [
        "a.txt",
        "b.DOC",
        "c.wps",
        "f.md",
        "sub/e.docx",
    ]
    assert iter_inputs([tmp_path / "README.md"]) == [tmp_path / "README.md"]


def test_a_page_saved_complete_is_read_with_its_frames_parts_no_documents(tmp_path: Path) -> None:
    """A browser's "Webpage, Complete" (batch 575): the page's frame shows the document in an
    <iframe> whose page it saved beside it (X_files/saved_resource.html) — read through the
    page, the frame holding the most Chinese; the folder's files are the page's parts, no
    documents of a folder named (its frame had been read alone, under the id of its name)."""
    from ingest.readers import iter_inputs

    parts = tmp_path / "plan_files"
    parts.mkdir()
    (tmp_path / "plan.html").write_text(
        "<html><head><meta charset='utf-8'><title>某县羊产业工作方案_某县人民政府</title></head>"
        "<body><div class=nav><a href='/'>首页</a></div><h1>某县羊产业工作方案</h1>"
        "<iframe src='./plan_files/saved_resource.html'></iframe>"
        "<iframe src='./plan_files/saved_resource(1).html'></iframe>"
        "<iframe src='http://example.org/ad.html'></iframe></body></html>",
        encoding="utf-8",
    )
    (parts / "saved_resource.html").write_text(
        "<html><body><div class=TRS_Editor><p>一、发展目标</p><p>全县羊存栏稳定在120万只以上，"
        "羊产业全产业链产值突破80亿元。（县农业农村局负责）</p></div></body></html>",
        encoding="utf-8",
    )
    (parts / "saved_resource(1).html").write_text(
        "<html><body><div>分享到：微信 微博</div></body></html>", encoding="utf-8"
    )
    (parts / "style.css").write_text("body{}", encoding="utf-8")
    (tmp_path / "other_files").mkdir()  # (a folder so named beside no page: its files count)
    (tmp_path / "other_files" / "notes.txt").write_text("一、目标", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_inputs([tmp_path])] == [
        "other_files/notes.txt",
        "plan.html",
    ]
    raw = read_document(tmp_path / "plan.html")
    assert "羊产业全产业链产值突破80亿元。" in raw.text and "分享到" not in raw.text
    assert raw.meta.get("title") == "某县羊产业工作方案"


def test_a_page_saved_under_its_servers_name_is_read_as_a_page(tmp_path: Path) -> None:
    """A crawler keeps the address's own name (batch 574): a portal's .shtml page, a .jsp or
    .aspx one, is a document of its folder and read as a page; one holding no HTML is
    refused, saying so."""
    from ingest.readers import iter_inputs

    page = "<html><body><div id=zoom><p>一、发展目标</p><p>宠物产业产值突破100亿元。</p></div></body></html>"
    for name in ("art_1233_101.shtml", "content.jsp", "view.aspx"):
        (tmp_path / name).write_text(page, encoding="utf-8")
    (tmp_path / "data.php").write_text("宠物产业产值突破100亿元", encoding="utf-8")
    assert [p.name for p in iter_inputs([tmp_path])] == [
        "art_1233_101.shtml",
        "content.jsp",
        "data.php",
        "view.aspx",
    ]
    for name in ("art_1233_101.shtml", "content.jsp", "view.aspx"):
        assert "宠物产业产值突破100亿元。" in read_document(tmp_path / name).text
    with pytest.raises(IngestError, match=r"data\.php: not a web page"):
        read_document(tmp_path / "data.php")


def test_docx_tracked_changes_read_as_accepted_and_content_controls_kept(tmp_path: Path) -> None:
    """A draft with tracked changes reads as it would with every change accepted (inserted
    text in, deleted text out); paragraphs inside a block content control (w:sdt) are read."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run(tag: str, text: str) -> Any:
        r, t = OxmlElement("w:r"), OxmlElement(tag)
        t.text = text
        r.append(t)
        return r

    d = docx.Document()
    d.add_paragraph("某县实施意见")
    d.add_paragraph("一、发展目标")
    p = d.add_paragraph("到2025年，地区生产总值")
    ins, gone = OxmlElement("w:ins"), OxmlElement("w:del")
    for el, n in ((ins, "1"), (gone, "2")):
        el.set(qn("w:id"), n)
        el.set(qn("w:author"), "审核人")
    ins.append(run("w:t", "突破800亿元"))
    gone.append(run("w:delText", "达到700亿元"))
    p._p.append(gone)
    p._p.append(ins)
    p.add_run("。")
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    inner = d.add_paragraph("二、重点任务")._p
    content.append(inner)  # moves the paragraph into the content control
    sdt.append(content)
    d.element.body.insert(len(d.element.body) - 1, sdt)  # before the section properties
    path = tmp_path / "draft.docx"
    d.save(str(path))
    text = read_document(path).text
    assert "到2025年，地区生产总值突破800亿元。" in text
    assert "达到700亿元" not in text
    assert text.rstrip().endswith("二、重点任务")
    # (and those a template's custom XML wraps, <w:customXml w:element="正文">, are read too)
    custom = OxmlElement("w:customXml")
    custom.set(qn("w:element"), "正文")
    custom.append(d.add_paragraph("三、保障措施")._p)
    d.element.body.insert(len(d.element.body) - 1, custom)
    d.save(str(path))
    assert read_document(path).text.rstrip().endswith("二、重点任务\n三、保障措施")


def test_docx_footnotes_are_read_after_what_marks_them_endnotes_at_the_end(
    tmp_path: Path,
) -> None:
    """Word's footnotes sit in a part of their own (batch 565): a task table's 责任单位 header
    marked with one stating the convention, a goal with one defining what it counts. Each is
    read after the paragraph or table marking it (its page's foot), the mark itself unprinted;
    endnotes after the text; Word's separators are no notes."""
    d = docx.Document()
    goal = d.add_paragraph("一、发展目标")
    _footnote_mark(goal, 2)
    d.add_paragraph("到2026年，小龙虾加工产值突破60亿元。")
    table = d.add_table(rows=0, cols=3)
    fill_rows(
        table, (("序号", "重点任务", "责任单位"), ("1", "建设基地", "市农业农村局、市科技局"))
    )
    _footnote_mark(table.rows[0].cells[2].paragraphs[0], 1)
    _footnote_mark(d.add_paragraph("三、保障措施"), 1, kind="endnote")
    _footnotes(d, ("排在第一位的为牵头单位，其余为配合单位。", "加工企业指年加工1万吨以上的企业。"))
    _footnotes(d, ("本方案由市农业农村局负责解释。",), kind="endnote")
    path = tmp_path / "notes.docx"
    d.save(str(path))
    lines = [line for line in read_document(path).text.split("\n") if line.strip()]
    assert lines == [
        "一、发展目标",
        "加工企业指年加工1万吨以上的企业。",
        "到2026年，小龙虾加工产值突破60亿元。",
        "序号\t重点任务\t责任单位",
        "1\t建设基地\t市农业农村局、市科技局",
        "排在第一位的为牵头单位，其余为配合单位。",
        "三、保障措施",
        "本方案由市农业农村局负责解释。",
    ]


def test_a_pages_hidden_tab_is_left_out_unless_the_text_is_hidden_till_shown(
    tmp_path: Path,
) -> None:
    """A page as its reader sees it (batch 570): tabs hidden until clicked (政策解读 by
    display:none, an infographic's by the hidden attribute) are other texts, whose retold
    results and goals had become measures of their own; but a text the page hides until its
    script shows it — the most of what it holds — is read."""
    plan = (
        "<p>一、发展目标</p><p>2026年，蔬菜全产业链产值突破300亿元，蔬菜总产量达到450万吨。</p>"
        "<p>二、重点任务</p><p>（一）提升设施蔬菜水平。新建改造高标准蔬菜大棚8000个，推广水肥一体化"
        "技术5万亩。（牵头单位：县农业农村局；配合单位：县财政局）</p>"
    )
    told = "<p>一、起草背景</p><p>2025年，全县蔬菜全产业链产值达到280亿元，同比增长6.5%。</p>"
    page = tmp_path / "tabs.html"
    page.write_text(
        f"<html><body><div class=article><div id=zoom>{plan}</div>"
        f"<div style='display: none'>{told}</div><div hidden><p>图解：一图读懂</p></div>"
        "</div></body></html>",
        encoding="utf-8",
    )
    text = read_document(page).text
    assert "蔬菜总产量达到450万吨" in text
    assert "起草背景" not in text and "图解" not in text
    shown_later = tmp_path / "shown.html"
    shown_later.write_text(
        f"<html><body><div class=nav><a href='/'>首页</a></div>"
        f"<div id=content style='display:none'>{plan}</div></body></html>",
        encoding="utf-8",
    )
    assert "蔬菜总产量达到450万吨" in read_document(shown_later).text


def test_docx_symbols_inserted_from_a_symbol_font_read_as_what_they_show(tmp_path: Path) -> None:
    """Word's Insert Symbol writes a mark as w:sym, a font and its code, no text (batch 573):
    a matrix's ● and ○ from Wingdings, a tick from Wingdings 2, √ from Symbol are read as
    those characters; a code the reader does not know is left out, as before."""
    d = docx.Document()
    p = d.add_paragraph("注：")
    _symbol(p, "F06C")
    p.add_run("为牵头单位，")
    _symbol(p, "F0A1")
    p.add_run("为配合单位，")
    _symbol(p, "F050", font="Wingdings 2")
    _symbol(p, "F0D6", font="Symbol")
    _symbol(p, "F021")
    path = tmp_path / "sym.docx"
    d.save(str(path))
    assert read_document(path).text.strip() == "注：●为牵头单位，○为配合单位，✓√"


def test_docx_hidden_text_is_not_read(tmp_path: Path) -> None:
    """Word's hidden text (w:vanish), not shown nor printed, carries a drafter's notes
    (batch 571): an alternative figure, a paragraph with last year's figure, a body pending
    confirmation — none of it the document's; a run whose vanish is switched off shows."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    goal = d.add_paragraph("酥梨全产业链产值突破150亿元")
    goal.add_run("（或：达到160亿元）").font.hidden = True
    goal.add_run("。")
    d.add_paragraph().add_run("起草说明：2025年产值为138亿元。").font.hidden = True
    note = d.add_paragraph("（牵头单位：县果园场；配合单位：县财政局")
    note.add_run("、县发展改革委（待确认）").font.hidden = True
    shown = note.add_run("）")
    off = OxmlElement("w:vanish")
    off.set(qn("w:val"), "0")
    shown._r.get_or_add_rPr().append(off)
    path = tmp_path / "hidden.docx"
    d.save(str(path))
    lines = [line for line in read_document(path).text.split("\n") if line.strip()]
    assert lines == ["酥梨全产业链产值突破150亿元。", "（牵头单位：县果园场；配合单位：县财政局）"]


def test_docx_a_body_embedded_as_a_chunk_is_read_in_its_place(tmp_path: Path) -> None:
    """A "docx" as html-docx-js or an office system's export writes one (batch 569): the body
    a ``w:altChunk`` of a single-file web page that Word renders on opening — read by the
    HTML reader in its place, beside Word's own paragraphs; a chunk of plain text too; one of
    a format not read here (RTF) is refused with advice, not left out."""
    page = (
        "<html><head><meta charset='utf-8'></head><body><p>一、发展目标</p>"
        "<p>木业产业营业收入突破600亿元。（县工业和信息化局负责）</p></body></html>"
    )
    d = docx.Document()
    d.add_paragraph("费县木业工作要点")
    _alt_chunk(d, page)
    _alt_chunk(d, "二、保障措施\n县财政安排资金3000万元。", kind="text/plain", name="chunk.txt")
    path = tmp_path / "chunk.docx"
    d.save(str(path))
    lines = [line for line in read_document(path).text.split("\n") if line.strip()]
    assert lines == [
        "费县木业工作要点",
        "一、发展目标",
        "木业产业营业收入突破600亿元。（县工业和信息化局负责）",
        "二、保障措施",
        "县财政安排资金3000万元。",
    ]
    rtf = docx.Document()
    _alt_chunk(rtf, "{\\rtf1 一、发展目标}", kind="application/rtf", name="chunk.rtf")
    rtf.save(str(tmp_path / "rtf.docx"))
    with pytest.raises(IngestError, match=r"rtf\.docx: .*application/rtf.*save it again"):
        read_document(tmp_path / "rtf.docx")


def test_notes_marks_in_superscript_are_left_out_exponents_kept(tmp_path: Path) -> None:
    """Notes' marks after the words they annotate (batch 567) — Word's footnote links as it
    saves a web page, and marks typed in superscript on a page and in Word — ran into a
    metric (地区生产总值1) or lost a figure (增长6%2); a superscript after a Latin letter or
    a digit is an exponent and stays (万m2)."""
    page = tmp_path / "marks.html"
    page.write_text(
        "<html><body><div class=content><p>一、主要目标</p>"
        '<p>地区生产总值<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]'
        "</span></a>增长6%<sup>2</sup>，实施重点项目150个<sup>3</sup>，占比达到15%<sup>①</sup>，"
        "新建标准厂房30万m<sup>2</sup>。</p>"
        '<p><a href="#_ftnref1" name="_ftn1">[1]</a> 按可比价计算。</p></div></body></html>',
        encoding="utf-8",
    )
    text = read_document(page).text
    assert "地区生产总值增长6%，实施重点项目150个，占比达到15%，新建标准厂房30万m2。" in text
    assert "按可比价计算。" in text and "[1]" not in text
    d = docx.Document()
    p = d.add_paragraph("规上工业增加值")
    p.add_run("1").font.superscript = True
    p.add_run("增长8%")
    p.add_run("*").font.superscript = True
    p.add_run("，新建厂房5万m")
    p.add_run("2").font.superscript = True
    path = tmp_path / "marks.docx"
    d.save(str(path))
    assert read_document(path).text.strip() == "规上工业增加值增长8%，新建厂房5万m2"


def test_docx_a_cells_paragraph_inside_a_content_control_is_read(tmp_path: Path) -> None:
    """A task list's template offers the body answering as a drop-down content control in its
    cell (w:sdt around the cell's paragraph): the body chosen is the cell's text (it had
    been read as an empty cell, the row's lead lost)."""
    from docx.oxml import OxmlElement
    from docx.text.paragraph import Paragraph

    d = docx.Document()
    table = d.add_table(rows=0, cols=3)
    fill_rows(table, (("序号", "重点任务", "牵头单位"), ("1", "新建标准化果园10个", "")))
    cell = table.rows[1].cells[2]
    p = cell.paragraphs[0]._p
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    content.append(p)  # (moves the paragraph into the control)
    sdt.append(content)
    cell._tc.append(sdt)
    Paragraph(p, cell).add_run("县农业农村局")
    path = tmp_path / "dropdown.docx"
    d.save(str(path))
    assert "1\t新建标准化果园10个\t县农业农村局" in read_document(path).text.split("\n")


def test_docx_text_boxes_are_read_once_before_their_paragraph(tmp_path: Path) -> None:
    """A red-letter head is often a text box (VML, or DrawingML with a VML fallback that
    repeats it): its lines are read once, before the paragraph it is anchored in."""
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    box = "<w:txbxContent><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:txbxContent>"
    vml = (
        f'<w:r xmlns:w="{w}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape>'
        f"<v:textbox>{box.format('沂南县人民政府文件')}</v:textbox></v:shape></w:pict></w:r>"
    )
    both = (
        f'<w:r xmlns:w="{w}" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{box.format("沂政发〔2025〕3号")}'
        f"</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"{box.format('沂政发〔2025〕3号')}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    d = docx.Document()
    head = d.add_paragraph()
    head._p.append(parse_xml(vml))
    head._p.append(parse_xml(both))
    d.add_paragraph("关于加快推进县域工业高质量发展的实施意见")
    path = tmp_path / "head.docx"
    d.save(str(path))
    lines = [line for line in read_document(path).text.split("\n") if line.strip()]
    assert lines == [
        "沂南县人民政府文件",
        "沂政发〔2025〕3号",
        "关于加快推进县域工业高质量发展的实施意见",
    ]


def test_html_main_text_without_navigation(tmp_path: Path) -> None:
    html = """<html><head><meta charset="gbk"><meta name="ArticleTitle" content="某市花卉行动方案"></head>
    <body><div class="nav"><a href="/">首页</a><a href="/x">政务公开</a><a>政策解读</a></div>
    <div id="zoom"><p>某市人民政府</p><p>一、主要目标</p>
    <p>到2025年，花卉产值突破50亿元（市花卉中心牵头，市商务局配合）。发展现代花卉产业，建设花卉交易市场，推动花卉产业高质量发展。</p></div>
    <div class="footer">版权所有 网站地图 联系我们</div><script>var x = "一、脚本";</script></body></html>"""
    (tmp_path / "p.html").write_bytes(html.encode("gbk"))
    raw = read_document(tmp_path / "p.html")
    assert "突破50亿元" in raw.text
    assert "首页" not in raw.text and "版权所有" not in raw.text and "脚本" not in raw.text
    assert raw.meta["title"] == "某市花卉行动方案"


def test_html_task_table_in_the_body_is_read_whole(tmp_path: Path) -> None:
    """A page whose headline, source line and task table stand in <body> with no container of
    their own (batch 1374): one task cell, the largest block of text, was read as the page's
    whole text — a data table's cell holding less than half of its table's text is no page's
    main text."""
    rows = "".join(
        f"<tr><td>{i}</td><td>{task}（责任单位：市{body}局）</td><td>2026年12月</td></tr>"
        for i, (task, body) in enumerate(
            (
                ("建设冷链物流基地。推进冷链物流产业园建设，新增冷库库容10万吨。", "发展改革"),
                (
                    "完善农产品产地冷藏设施。新建产地冷藏保鲜设施80个，果蔬产地冷链流通率达到"
                    "45%，补齐农产品产地预冷、仓储保鲜设施短板。",
                    "农业农村",
                ),
                ("发展冷链运输。新增冷藏车150辆，培育冷链物流骨干企业5家。", "交通运输"),
            ),
            start=1,
        )
    )
    page = (
        '<html><head><meta charset="utf-8"></head><body><div class="nav">首页 &gt; 政务公开</div>'
        "<h2>某市2026年冷链物流发展重点任务</h2><p>某市发展和改革委员会　2026年3月16日</p>"
        f"<table border=1><tr><th>序号</th><th>工作任务</th><th>完成时限</th></tr>{rows}</table>"
        "</body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    text = read_document(tmp_path / "p.html").text
    assert "新增冷库库容10万吨" in text and "新增冷藏车150辆" in text
    assert "某市2026年冷链物流发展重点任务" in text


@pytest.mark.parametrize("label", ["gb2312", "GB2312", "gbk", "x-gbk"])
def test_html_declared_gb2312_is_read_as_browsers_read_it(tmp_path: Path, label: str) -> None:
    """A page that says it is GB2312 is read by GBK's superset, as browsers read it: its dash
    is —, not GB2312's ― (session 40: the corpus's pages saved so lost their horizons), and a
    GBK character (镕) does not make it unreadable."""
    head = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={label}">'
    for name, body in (("dash", "新增产值10亿元（2025—2027年）。"), ("gbk", "朱镕基同志题词。")):
        page = f"{head}</head><body><p>{body}</p></body></html>"
        (tmp_path / f"{name}.html").write_bytes(page.encode("gb18030"))
    assert "（2025—2027年）" in read_document(tmp_path / "dash.html").text
    assert "朱镕基" in read_document(tmp_path / "gbk.html").text


def test_html_issuer_and_date_under_the_headline_in_a_layout_cell(tmp_path: Path) -> None:
    """An old portal lays its page out in tables, the headline and an unlabelled line of the
    issuer and the date in cells of their own outside the article's (batch 924): the line
    under the headline gives them — and the document's unlisted industry its headline names
    is looked for in the article (清江鱼 a fish: 渔业)."""
    page = (
        '<html><head><meta charset="utf-8"></head><body>'
        '<table><tr><td class="nav">首页 &gt; 政务公开</td></tr></table>'
        '<table><tr><td class="title">某县2026年清江鱼产业发展工作要点</td></tr>'
        '<tr><td class="info">某县农业农村局　2026-03-10</td></tr>'
        '<tr><td class="content"><p>一、清江鱼加工产值增长15%。（县经信局负责）</p>'
        "<p>二、新增清江鱼加工企业2家。（县经信局负责）</p></td></tr></table></body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    raw = read_document(tmp_path / "p.html")
    assert (raw.meta["issuer"], raw.meta["date"]) == ("某县农业农村局", "2026-03-10")
    addressed = {
        (e.src.split("#")[1], e.dst)
        for e in extract(raw).records.edges
        if e.type.value == "ADDRESSES"
    }
    assert addressed == {("一", "fisheries"), ("二", "fisheries")}


def test_html_inline_elements_cut_inside_words_run_on(tmp_path: Path) -> None:
    """Text an editor cut into <span>s inside words (session 40, the corpus's pages so
    re-written) reads as the browser shows it: the information line still gives the issuer
    and date, and a cell's 1200万人次 is not 12 00万人次."""
    page = (
        '<html><head><meta charset="utf-8"></head><body><h1>某县2026年文旅工作要点</h1>'
        '<p class="info"><span>发布机构：某县文</span><span>化和旅游局&nbsp;&nbsp;发布</span>'
        "<span>日期：2026-03-</span><span>05</span></p>"
        "<table><tr><td>序号</td><td>任务</td><td>责任单位</td></tr>"
        "<tr><td>1</td><td><p><span>接待游客突破12</span><span>00万人次</span></p></td>"
        "<td>县文化和旅游局</td></tr></table></body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    raw = read_document(tmp_path / "p.html")
    assert (raw.meta["issuer"], raw.meta["date"]) == ("某县文化和旅游局", "2026-03-05")
    assert "接待游客突破1200万人次" in raw.text


def test_the_horizontal_bar_is_the_dash() -> None:
    """― (U+2015), as GB2312's decoders and some typists give the dash, normalises to —."""
    assert normalise("2025―2027年；――2025年1月8日").text == "2025—2027年；——2025年1月8日"


def test_a_page_titled_by_its_covering_notice_is_the_document_it_publishes(
    tmp_path: Path,
) -> None:
    """A page whose <title> is a covering notice's headline (…关于印发X的通知) and whose text
    is the plan alone, its own title in a cell outside the text, is titled X (batch 1580: the
    notice's headline was the title)."""
    html = """<html><head><meta charset="utf-8"><title>某市人民政府办公室关于印发某市硒砂瓜产业发展三年行动方案（2026—2028年）的通知</title></head>
    <body><table><tr><td class="bt">某市硒砂瓜产业发展三年行动方案（2026—2028年）</td></tr>
    <tr><td class="zw"><p>一、发展目标</p><p>到2028年，全市硒砂瓜种植面积稳定在60万亩。</p>
    <p>二、重点任务</p><p>（一）提升品质。建设示范基地20个。（责任单位：市农业农村局）</p>
    </td></tr></table></body></html>"""
    (tmp_path / "p.htm").write_text(html, encoding="utf-8")
    assert (
        read_document(tmp_path / "p.htm").meta["title"]
        == "某市硒砂瓜产业发展三年行动方案（2026—2028年）"
    )


def test_html_headline_and_info_line_give_title_issuer_date(tmp_path: Path) -> None:
    """A portal page puts the headline and the 发布机构/发布日期 line outside the
    article's text block; they are the document's title, issuer and date, and the
    issuer gives the jurisdiction its departments belong to."""
    from ingest.extract import extract

    html = """<html><head><meta charset="utf-8"><title>历城区2025年科技工作要点_济南市历城区人民政府</title></head>
    <body><div class="nav"><a href="/">首页</a><a>政务公开</a></div>
    <div class="article"><h1>历城区2025年科技工作要点</h1>
    <p class="info">发布机构：济南市历城区科学技术局&nbsp;&nbsp;发布日期：2025-03-05&nbsp;&nbsp;浏览次数：1024</p>
    <div class="content"><p>2025年，全区科技创新工作坚持创新驱动发展战略，重点抓好以下工作。</p>
    <p>一、主要目标</p><p>1.实施倍增计划。新认定高新技术企业150家以上。牵头单位：区科技局。</p></div></div>
    <div class="footer">主办单位：济南市历城区人民政府办公室</div></body></html>"""
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    raw = read_document(tmp_path / "p.html")
    assert raw.meta["title"] == "历城区2025年科技工作要点"
    assert raw.meta["issuer"] == "济南市历城区科学技术局"
    assert raw.meta["date"] == "2025-03-05"
    ex = extract(raw)
    assert (ex.meta["title"], ex.meta["jurisdiction"]) == (
        "历城区2025年科技工作要点",
        "济南市历城区",
    )
    depts = {n.id for n in ex.records.nodes if n.label == "Department"}
    assert "济南市历城区科技局" in depts  # 科学技术局 is 科技局 (lexicon)
    # where the text block holds only the article's body, its first sentence is no title
    # the page's headline should yield to
    from ingest.meta import extract_meta

    text = "2025年，全区科技创新工作坚持创新驱动发展战略，重点抓好以下工作。\n一、主要目标\n"
    given = {"title": "历城区2025年科技工作要点"}
    assert extract_meta(text, text.index("一、"), given)["title"] == given["title"]
    # an interpretation's headline names the measures it explains in 《》: it is the title
    # (batch 53)
    explained = "《宝安区促进低空经济高质量发展若干措施》政策解读\n一、起草背景\n低空经济是战略性新兴产业。\n"
    assert extract_meta(explained, explained.index("一、"), {})["title"] == (
        "《宝安区促进低空经济高质量发展若干措施》政策解读"
    )
    # a headline pasted from a PDF's text layer reads as printed (batch 50)
    pasted = {"title": "历城区2025年科技⼯作要点"}
    assert extract_meta(text, text.index("一、"), pasted)["title"] == given["title"]


def test_docx_merged_cells_keep_the_grid_columns(tmp_path: Path) -> None:
    """A header cell merged over two columns leaves an empty cell after it, so the
    values under it stay in their columns (an indicator table's 2023年 over 完成 | 增长%)."""
    d = docx.Document()
    t = d.add_table(rows=3, cols=4)
    for i, v in enumerate(["指标", "2023年", "", "单位"]):
        t.cell(0, i).text = v
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(0, 0).merge(t.cell(1, 0))
    for i, v in enumerate(["", "完成", "增长%", "亿元"]):
        if i:
            t.cell(1, i).text = v
    for i, v in enumerate(["地区生产总值", "420", "5.8", "亿元"]):
        t.cell(2, i).text = v
    path = tmp_path / "grid.docx"
    d.save(str(path))
    lines = read_document(path).text.split("\n")
    assert lines[:3] == [
        "指标\t2023年\t\t单位",
        "指标\t完成\t增长%\t亿元",
        "地区生产总值\t420\t5.8\t亿元",
    ]


def test_docx_task_table_with_group_rows_and_signature(tmp_path: Path) -> None:
    """A Word task table whose rows are grouped under merged heading rows, with several
    task columns and a collective in brackets; the issuer and date signed at the end."""
    d = docx.Document()
    d.add_paragraph("临朐县人民政府办公室关于印发临朐县推进制造业高质量发展重点任务分工方案的通知")
    d.add_paragraph("临政办字〔2024〕12号")
    table = d.add_table(rows=1, cols=5)
    for i, v in enumerate(["序号", "重点任务", "具体措施", "牵头单位", "配合单位"]):
        table.cell(0, i).text = v
    rows = [
        ("一、做强主导产业",),
        ("1", "壮大铝型材产业", "到2025年，营业收入突破300亿元。", "县工信局", "县科技局"),
        ("二、强化要素保障",),
        ("2", "加强用地保障", "每年保障工业用地1000亩以上。", "县自然资源局", "各镇（街道、区）"),
    ]
    for r in rows:
        cells = table.add_row().cells
        if len(r) == 1:
            cells[0].merge(cells[4]).text = r[0]
        else:
            for i, v in enumerate(r):
                cells[i].text = v
    d.add_paragraph("临朐县人民政府办公室")
    d.add_paragraph("2024年4月2日")
    path = tmp_path / "grouped.docx"
    d.save(str(path))
    ex = extract(read_document(path))
    assert ex.meta["title"] == "临朐县推进制造业高质量发展重点任务分工方案"
    assert ex.meta["doc_number"] == "临政办字〔2024〕12号"  # not joined to the line above
    assert (ex.meta["issuer"], ex.meta["date"]) == ("临朐县人民政府办公室", "2024-04-02")
    measures = {
        n.props["path"]: n.props["title"] for n in ex.records.nodes if n.label.value == "Measure"
    }
    assert measures == {"一.1": "壮大铝型材产业", "二.2": "加强用地保障"}
    roles = _role_edges(ex, "LEADS", "SUPPORTS")
    assert roles == {
        ("LEADS", "县工信局", "一.1"),
        ("SUPPORTS", "县科技局", "一.1"),
        ("LEADS", "县自然资源局", "二.2"),
        ("SUPPORTS", "各镇（街道、区）", "二.2"),
    }
    targets = {
        (n.props["path"], n.props["metric"], n.props["value"])
        for n in ex.records.nodes
        if n.label.value == "Target"
    }
    assert targets == {("一.1", "营业收入", 300), ("二.2", "工业用地", 1000)}


@pytest.mark.parametrize(
    "crumb",
    [
        '<div class="crumb">首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 计划规划</div>',
        '<div class="dqwz">当前位置：首页 &gt; 政务公开 &gt; 规划计划</div>',
    ],
)
def test_html_breadcrumb_is_no_headline_and_a_ledger_is_a_document(
    tmp_path: Path, crumb: str
) -> None:
    """A page's trail of links (首页 > 信息公开 > … > 计划规划) names a kind of document but is
    navigation; the headline in a <div> names a ledger (台账), a kind of document (batch 116:
    富平's portal page)."""
    html = f"""<html><head><meta charset="utf-8"><title>富平县2026年奶山羊和柿子产业发展工作台账</title></head>
    <body>{crumb}<div class="detail"><div class="title">富平县2026年奶山羊和柿子产业发展工作台账</div>
    <div class="text"><p>现将重点工作分解如下。</p></div></div></body></html>"""
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    assert (
        read_document(tmp_path / "p.html").meta["title"]
        == "富平县2026年奶山羊和柿子产业发展工作台账"
    )


def test_html_trail_of_links_in_a_plain_element_is_dropped(tmp_path: Path) -> None:
    """A trail of links in an element whose class names nothing (<div class="loc">首页 >
    政务公开 > 重点领域</div>) is navigation still: batch 832's ran into the <h1> under it as
    the title's start (首页>政务公开>重点领域聊城市…清单)."""
    html = """<html><head><meta charset="utf-8"><title>聊城市2026年优化营商环境重点任务清单</title></head>
    <body><div class="loc">首页 &gt; 政务公开 &gt; 重点领域</div>
    <h1>聊城市2026年优化营商环境重点任务清单</h1>
    <p class="info">来源：聊城市人民政府办公室　时间：2026-03-20</p>
    <table border="1"><tr><th>序号</th><th>任务内容</th><th>牵头单位</th></tr>
    <tr><td>1</td><td>企业开办时间压缩至0.5个工作日以内</td><td>市行政审批服务局</td></tr></table>
    </body></html>"""
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    raw = read_document(tmp_path / "p.html")
    assert "首页" not in raw.text
    assert extract(raw).meta["title"] == "聊城市2026年优化营商环境重点任务清单"


@pytest.mark.parametrize(
    ("info", "issuer"),
    [
        ("信息来源：肥城市人民政府办公室&nbsp;&nbsp;发布时间：2025-03-18", "肥城市人民政府办公室"),
        ("来源：肥城市人民政府办公室　时间：2025-03-18", "肥城市人民政府办公室"),
        # a source that is no issuing body (a newspaper, a site) is not the issuer
        ("来源：大众日报&nbsp;&nbsp;发布时间：2025-03-18", None),
    ],
)
def test_html_page_laid_out_in_tables_with_a_source_line(
    tmp_path: Path, info: str, issuer: str | None
) -> None:
    """An old portal page: everything in layout tables, the page's <title> only the
    site's name, the headline in a cell, 信息来源/来源 and 发布时间 on the information line."""
    html = f"""<html><head><meta charset="utf-8"><title>肥城市人民政府</title></head><body>
    <table><tr><td><a href="/">首页</a> | <a href="/zwgk/">政务公开</a></td></tr></table>
    <table><tr><td class="left"><table><tr><td><a href="/ghjh/">规划计划</a></td></tr></table></td>
    <td><table><tr><td class="bt"><strong>肥城市2025年乡村振兴重点工作任务分解表</strong></td></tr>
    <tr><td>{info}</td></tr>
    <tr><td id="zoom"><p>为扎实推进乡村全面振兴，现将2025年重点工作任务分解如下，各牵头单位要会同配合单位抓好落实。</p>
    <p>一、发展乡村产业</p><p>1.新增规模以上农产品加工企业10家。</p></td></tr></table></td></tr></table>
    <table><tr><td>版权所有：肥城市人民政府　主办：肥城市人民政府办公室</td></tr></table></body></html>"""
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    meta = read_document(tmp_path / "p.html").meta
    assert meta["title"] == "肥城市2025年乡村振兴重点工作任务分解表"
    assert meta.get("issuer") == issuer
    assert meta["date"] == "2025-03-18"


def test_html5_articles_own_header_holds_its_byline(tmp_path: Path) -> None:
    """An HTML5 page whose article opens with a <header> of its headline and byline (发布单位,
    发布时间 in spans — batch 1168): the byline names the issuer and date — the reader had
    dropped every <header> as the site's; the site's own header is still dropped."""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>富平县2026年柿子产业发展工作要点</title></head>
    <body><header><a href="/">网站首页</a> 发布单位：某某网络公司</header>
    <article><header><h1>富平县2026年柿子产业发展工作要点</h1>
    <p class="meta"><span>发布单位：富平县农业农村局</span> <span>发布时间：2026-02-24</span></p></header>
    <section><p>一、扩大优质柿园。新建标准化柿园1万亩。（县果业发展中心负责）</p>
    <p>二、提升柿饼加工。柿饼产量达到5万吨。（县工信局负责）</p></section></article></body></html>"""
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    raw = read_document(tmp_path / "p.html")
    assert raw.meta["issuer"] == "富平县农业农村局"
    assert raw.meta["date"] == "2026-02-24"
    assert "二、提升柿饼加工" in raw.text and "网站首页" not in raw.text
    nodes = extract(raw).records.nodes
    assert [n.props["path"] for n in nodes if n.label.value == "Target"] == ["一", "二"]


def test_html_page_whose_paragraphs_are_rows_of_a_one_column_table(tmp_path: Path) -> None:
    """An old portal page setting its title, date and each paragraph in a row of its own of a
    one-column layout table (batch 1134): the table is the text — the largest cell alone had
    been read as the page's text, the items after it lost."""
    html = """<html><head><meta charset="utf-8"><title>荣昌区2026年荣昌猪和夏布产业发展工作要点</title></head>
    <body><table width="100%"><tr><td><a href="/">首页</a> | <a href="/zfxxgk/">政府信息公开</a></td></tr></table>
    <table width="760" align="center">
    <tr><td align="center"><b>荣昌区2026年荣昌猪和夏布产业发展工作要点</b></td></tr>
    <tr><td align="center">重庆市荣昌区人民政府办公室　2026年2月13日</td></tr>
    <tr><td>一、做强荣昌猪产业。生猪出栏稳定在100万头，建设国家级生猪交易市场1个，生猪交易量达到500万头。（区农业农村委牵头，区商务委配合）</td></tr>
    <tr><td>二、振兴荣昌夏布。夏布产业产值突破15亿元，培育夏布织造技艺传承人30名。（区文化旅游委牵头，区经济信息委配合）</td></tr>
    <tr><td>三、推进陶瓷产业。安陶产业产值增长10%。（区经济信息委负责）</td></tr>
    </table></body></html>"""
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    raw = read_document(tmp_path / "p.html")
    assert "二、振兴荣昌夏布" in raw.text and "三、推进陶瓷产业" in raw.text
    assert "首页" not in raw.text
    assert raw.meta["issuer"] == "重庆市荣昌区人民政府办公室"


def test_html_site_footer_closing_the_text_is_no_part_of_it(tmp_path: Path) -> None:
    """An old page's footer under its text (<center>主办：元阳县人民政府办公室</center>, batch
    1135) is the site's host, not a body of the last item: 主办 had been read as its lead. A
    主办单位 inside the text stays."""
    html = """<html><head><meta charset="utf-8"><title>元阳县人民政府</title></head><body>
    <center><b>元阳县2026年梯田红米产业发展工作要点</b></center>
    <center>元阳县农业农村局&nbsp;&nbsp;2026年3月2日</center><hr>
    <p>一、举办开秧节。主办单位：县文化和旅游局。<br><br>
    二、发展梯田文旅。接待游客达到150万人次，开发梯田稻作文化体验项目10个。（县文化和旅游局负责）</p>
    <hr><center>主办：元阳县人民政府办公室　滇ICP备05001234号</center></body></html>"""
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    raw = read_document(tmp_path / "p.html")
    assert "元阳县人民政府办公室" not in raw.text
    assert "主办单位：县文化和旅游局" in raw.text


def test_html_footer_named_short_or_without_colons_is_no_part_of_the_text(tmp_path: Path) -> None:
    """A footer in <div id="foot"> whose hosts have no colon (连城县人民政府主办　连城县人民政府办公室
    承办, batch 1331) is the site's: both had been read as bodies of the last item."""
    page = """<html><head><meta charset="utf-8"><title>某县方案</title></head><body>
    <h1>某县2026年松材线虫病防控工作方案</h1><p>某县林业局　2026年3月1日</p>
    <p>一、保障措施</p><p>县财政安排防控经费800万元。责任单位：县财政局。</p>
    <div id="foot">某县人民政府主办　某县人民政府办公室承办</div></body></html>"""
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    raw = read_document(tmp_path / "p.html")
    assert "主办" not in raw.text and "责任单位：县财政局" in raw.text
    # … nor in a line of the text's own at its end, its <div> named otherwise
    page = page.replace('id="foot"', 'class="bottom-info"').replace("bottom-info", "x")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    assert "主办" not in read_document(tmp_path / "p.html").text


def test_html_table_of_particulars_gives_the_document_number(tmp_path: Path) -> None:
    """政府信息公开 pages put the document's particulars in a table above the article:
    发文机关, 成文日期, 发文字号 — the number is nowhere else on the page."""
    from ingest.extract import extract

    html = """<html><head><meta charset="utf-8"><title>关于印发重点工作任务的通知_青州市人民政府</title></head>
    <body><table><tr><td>发文机关：</td><td>青州市人民政府办公室</td><td>成文日期：</td><td>2025年03月05日</td></tr>
    <tr><td>发文字号：</td><td>青政办字〔2025〕3号</td></tr></table>
    <div id="zoom"><p>青州市2025年数字经济重点工作任务</p><p>一、做强数字产业</p>
    <p>1.培育数字经济核心企业。新增数字经济核心产业规上企业10家。（市工业和信息化局牵头）</p>
    <p>为推进数字经济发展，全市各部门要加强协作，强化要素保障，确保各项任务落地见效。</p></div></body></html>"""
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    raw = read_document(tmp_path / "p.html")
    assert (raw.meta["issuer"], raw.meta["date"], raw.meta["doc_number"]) == (
        "青州市人民政府办公室",
        "2025-03-05",
        "青政办字〔2025〕3号",
    )
    assert extract(raw).meta["doc_number"] == "青政办字〔2025〕3号"


def test_html_particulars_with_labels_and_values_in_cells_of_their_own(tmp_path: Path) -> None:
    """A table of particulars whose labels stand in cells of their own, with no colon
    (发布机构 | 上海市奉贤区人民政府办公室), gives issuer and date; the day it was signed (成文日期)
    is the date even where the day it was published comes first (batch 117: 奉贤)."""
    html = """<html><head><meta charset="utf-8"><title>奉贤区2026年美丽健康产业发展重点任务分工</title></head>
    <body><table class="particulars">
    <tr><td>索引号</td><td>SY0012026003</td><td>发布机构</td><td>上海市奉贤区人民政府办公室</td></tr>
    <tr><td>发布日期</td><td>2026-03-20</td><td>成文日期</td><td>2026年3月18日</td></tr></table>
    <div class="content"><h1>奉贤区2026年美丽健康产业发展重点任务分工</h1>
    <p>为推动“东方美谷”建设，现将2026年重点任务分工如下。</p></div></body></html>"""
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    meta = read_document(tmp_path / "p.html").meta
    assert (meta.get("issuer"), meta.get("date")) == ("上海市奉贤区人民政府办公室", "2026-03-18")


def test_html_task_table_with_a_cell_spanning_rows(tmp_path: Path) -> None:
    """A lead cell spanning two rows (rowspan) leads both; the next column keeps its role."""
    page = (
        "<html><body><div class='nav'><a href='/'>首页</a></div><div class='TRS_Editor'>"
        "<p>安丘市人民政府办公室</p><p>安丘市文旅融合发展实施方案</p><p>一、任务分工</p>"
        "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>"
        "<tr><td colspan='4'>（一）景区提升</td></tr>"
        "<tr><td>1</td><td>打造精品景区</td><td rowspan='2'>市文化和旅游局</td>"
        "<td>青云山管理服务中心</td></tr>"
        "<tr><td>2</td><td>举办蜜桃节</td><td>市农业农村局、石埠子镇</td></tr>"
        "</table></div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    ex = extract(read_document(path))
    roles = _role_edges(ex, "LEADS", "SUPPORTS")
    assert roles == {
        ("LEADS", "市文化和旅游局", "一.(一).1"),
        ("SUPPORTS", "青云山管理服务中心", "一.(一).1"),
        ("LEADS", "市文化和旅游局", "一.(一).2"),
        ("SUPPORTS", "市农业农村局", "一.(一).2"),
        ("SUPPORTS", "石埠子镇", "一.(一).2"),
    }


def test_html_table_rows_keep_their_empty_first_cells(tmp_path: Path) -> None:
    """A header's second row under a spanning cell written with empty cells before it
    (序号 | 重点任务 | 责任分工 over 牵头单位 | 配合单位): its empty first cells are kept, so its
    labels stand over their columns (即墨's list made a web page lost its 10 roles)."""
    page = (
        "<html><body><div class='TRS_Editor'><p>某区2025年重点任务清单</p>"
        "<table><tr><td>序号</td><td>重点任务</td><td>责任分工</td><td></td><td>完成时限</td></tr>"
        "<tr><td></td><td></td><td>牵头单位</td><td>配合单位</td><td></td></tr>"
        "<tr><td>1</td><td>新增规上工业企业100家</td><td>区工业和信息化局</td>"
        "<td>各镇街</td><td>2025年12月</td></tr>"
        "</table></div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert "\t\t牵头单位\t配合单位" in read_document(path).text.split("\n")
    roles = {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in extract(read_document(path)).records.edges
        if e.type.value in ("LEADS", "SUPPORTS")
    }
    assert roles == {("LEADS", "区工业和信息化局", "1"), ("SUPPORTS", "各镇街", "1")}


@pytest.mark.parametrize("stated", [True, False])
def test_html_bodies_in_bold_lead_where_the_page_says_so(tmp_path: Path, stated: bool) -> None:
    """A portal's task table printing each row's lead in bold (``<b>``, ``<strong>``, a style
    of bold weight) under a stated rule: the bold body's name is written as the asterisk rule
    writes it, as the Word reader writes it — in a cell, or in a note of a paragraph; a bold
    heading, a bold signature and bold with no rule mark nothing."""
    rule = "<p>注：加粗的为牵头单位，其余为配合单位。</p>" if stated else ""
    page = (
        "<html><body><div class='TRS_Editor'>"
        "<p>某县重点任务分工方案</p><p><strong>一、工作任务</strong></p>"
        "<table><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>"
        "<tr><td>1</td><td>培育现代花卉产业集群</td><td><b>县花卉中心</b>、县财政局</td></tr>"
        "<tr><td>2</td><td>建设花卉交易市场</td><td>县商务局、"
        "<span style='font-weight: bold'>县市场监管局</span></td></tr>"
        "</table>"
        "<p>（二）推进项目建设。（<strong>县发改局</strong>、县财政局）</p>"
        f"{rule}<p><b>某县人民政府办公室</b></p></div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    raw = read_document(path)
    assert ("县花卉中心*" in raw.text) is stated
    assert ("（县发改局*、县财政局）" in raw.text) is stated
    assert "一、工作任务*" not in raw.text
    assert "办公室*" not in raw.text
    roles = {
        (e.type.value, e.props["surface"])
        for e in extract(raw).records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    }
    if stated:
        assert roles == {
            ("LEADS", "县花卉中心"),
            ("SUPPORTS", "县财政局"),
            ("SUPPORTS", "县商务局"),
            ("LEADS", "县市场监管局"),
            ("LEADS", "县发改局"),
        }
    else:
        assert roles == {
            ("RESPONSIBLE_FOR", "县花卉中心"),
            ("RESPONSIBLE_FOR", "县财政局"),
            ("RESPONSIBLE_FOR", "县商务局"),
            ("RESPONSIBLE_FOR", "县市场监管局"),
            ("RESPONSIBLE_FOR", "县发改局"),
        }


def test_html_ordered_lists_keep_the_numbers_the_browser_draws(tmp_path: Path) -> None:
    """<ol> numbers are drawn by the browser, not written in the text: they are put back
    (decimal as 1., a decimal list inside another as （1）, cjk-ideographic as 一、), so the
    items are measures of their own."""
    page = (
        "<html><body><div class='TRS_Editor'>"
        "<p>某县花卉产业发展实施方案</p>"
        "<ol style='list-style-type: cjk-ideographic'>"
        "<li>主要目标<ol>"
        "<li>到2025年，花卉产值突破50亿元。（县农业农村局牵头）</li>"
        "<li>新建花卉基地3处。</li></ol></li>"
        "<li>重点任务<ol start='3'><li>培育龙头企业。（县商务局负责）</li>"
        "<li>2.已有编号的一项。</li></ol></li>"
        "</ol><ul><li>附：无序列表</li></ul>"
        "</div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    raw = read_document(path)
    assert "一、主要目标\n\n1.到2025年" in raw.text
    ex = extract(raw)
    paths = sorted(
        n.props["path"] for n in ex.records.nodes if n.label.value in ("Measure", "Section")
    )
    assert paths == ["一", "一.1", "一.2", "二", "二.2", "二.3"]
    roles = _role_edges(ex)
    assert roles == {("LEADS", "县农业农村局", "一.1"), ("RESPONSIBLE_FOR", "县商务局", "二.3")}


def test_html_definition_list_terms_and_descriptions_are_lines(tmp_path: Path) -> None:
    """<dl><dt>1.新建5G基站300个。</dt><dd>牵头单位：县工信局</dd>…: each term and description is
    a line of its own, as a browser sets them (batch 623: the bodies of one task ran into the
    next task's number, which was lost with its roles)."""
    page = (
        "<html><body><div class='content'><h1>某县2026年重点任务</h1><h2>一、产业发展</h2><dl>"
        "<dt>1.新建5G基站300个。</dt><dd>牵头单位：县工信局</dd><dd>配合单位：县住建局</dd>"
        "<dt>2.改造农贸市场5个。</dt><dd>牵头单位：县商务局</dd><dd>配合单位：县市场监管局</dd>"
        "</dl></div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    ex = extract(read_document(path))
    roles = _role_edges(ex)
    assert roles == {
        ("LEADS", "县工信局", "一.1"),
        ("SUPPORTS", "县住建局", "一.1"),
        ("LEADS", "县商务局", "一.2"),
        ("SUPPORTS", "县市场监管局", "一.2"),
    }


def test_html_lettered_items_under_a_numbered_one_are_its_lines(tmp_path: Path) -> None:
    """An <ol type="a"> inside a numbered item (found probing, session 58): its items are
    the item's lines, no level Chinese documents number — their a. b. had opened their
    metrics (a.建设育苗中心)."""
    page = (
        "<html><body><p>某县农业农村工作要点</p><ol>"
        "<li>发展设施蔬菜2万亩。<ol type='a'><li>建设育苗中心2个。</li>"
        "<li>推广水肥一体化1万亩。</li></ol></li></ol></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    raw = read_document(path)
    assert "a." not in raw.text and "1.发展设施蔬菜2万亩。" in raw.text
    ex = extract(raw)
    metrics = {n.props["metric"] for n in ex.records.nodes if n.label.value == "Target"}
    assert metrics == {"设施蔬菜", "育苗中心", "推广水肥一体化"}


def test_html_wechat_article_keeps_the_document_and_drops_the_accounts_furniture(
    tmp_path: Path,
) -> None:
    """A WeChat account republishing a document hides its text until a script shows it,
    splits it into <section>/<span> runs (a note across two spans), and closes with an
    editor's line, 往期推荐 links naming other articles' figures and a QR code: the
    text is read, the furniture is not."""
    page = (
        "<html><body><div class='rich_media_area_primary'>"
        "<h1 class='rich_media_title'>重磅！某区出台方案</h1>"
        "<em id='publish_time'>2025年02月23日 18:30</em>"
        "<div class='rich_media_content' id='js_content' style='visibility: hidden;'>"
        "<p><span>某区推动家电产业发展工作方案</span></p>"
        "<p><strong><span>一、工作任务</span></strong></p>"
        "<section><span><strong>（一）推进智能化改造。</strong>推动家电企业数字化转型，"
        "全年完成技改项目50个。（牵头单位：区经济</span><span>促进局）</span></section>"
        "<section><span>来源 | 某区人民政府网站</span></section>"
        "<section><span>编辑 | 小德　校对 | 陈晓　审核 | 李欣</span></section>"
        "<section><span><strong>往期推荐</strong></span></section>"
        "<section><a href='https://mp.weixin.qq.com/s/a'>2025年某区将实施重点项目300个，"
        "总投资超1500亿元</a></section>"
        "<section><img data-src='qr.png'><span>长按识别二维码关注我们</span></section>"
        "</div></div></body></html>"
    )
    path = tmp_path / "wechat.html"
    path.write_text(page, encoding="utf-8")
    raw = read_document(path)
    assert "（牵头单位：区经济促进局）" in raw.text
    for furniture in ("往期推荐", "1500亿元", "编辑", "来源 |", "二维码"):
        assert furniture not in raw.text
    ex = extract(raw)
    values = sorted(n.props["value"] for n in ex.records.nodes if n.label.value == "Target")
    assert values == [50]


TOWN_ROWS = (
    ("序号", "工作任务", "分管领导", "责任科室", "配合单位", "完成时限"),
    # names one a line, without a place or level before them (a town's own offices)
    (
        "1",
        "推进精密机械产业集聚",
        "周明\n（副镇长）",
        "经济发展局\n凤凰科创园管理办公室",
        "建设管理局",
        "2025年\n12月底",
    ),
    # a task wrapped by hand is one task, labelled lines stay labelled
    ("2", "推进城镇\n更新", "吴刚", "牵头：建设管理局\n配合：党政办", "", "2025年底"),
)


def _town_roles(ex: Any) -> set[tuple[str, str, str]]:
    return {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    }


TOWN_EXPECTED = {
    ("RESPONSIBLE_FOR", "经济发展局", "1"),
    ("RESPONSIBLE_FOR", "凤凰科创园管理办公室", "1"),
    ("SUPPORTS", "建设管理局", "1"),
    ("LEADS", "建设管理局", "2"),
    ("SUPPORTS", "党政办", "2"),
}


def test_docx_cell_listing_names_one_a_line_keeps_them_apart(tmp_path: Path) -> None:
    """A role cell's names one a paragraph are a list, though no place or level prefix
    marks where one ends (the corpus's 凤凰镇 list); other cells' lines are joined as
    before: an official and his post, a date, a task wrapped by hand."""
    d = docx.Document()
    d.add_paragraph("凤凰镇2025年重点工作任务分解表")
    fill_rows(d.add_table(rows=0, cols=6), TOWN_ROWS)
    path = tmp_path / "town.docx"
    d.save(str(path))
    raw = read_document(path)
    assert "经济发展局、凤凰科创园管理办公室" in raw.text
    assert "周明 （副镇长）" in raw.text and "2025年 12月底" in raw.text
    assert "推进城镇 更新" in raw.text
    assert _town_roles(extract(raw)) == TOWN_EXPECTED


def test_html_cell_listing_names_one_a_line_keeps_them_apart(tmp_path: Path) -> None:
    """The same in a page's table: lines broken by <br> or <p>, not by inline elements."""

    def cell(text: str) -> str:
        return "<td>" + "<br/>".join(text.split("\n")) + "</td>"

    rows = "".join("<tr>" + "".join(cell(t) for t in row) + "</tr>" for row in TOWN_ROWS)
    page = (
        "<html><body><div class='article'><p>凤凰镇2025年重点工作任务分解表</p>"
        f"<table>{rows}</table>"
        "<table><tr><td><span>市</span><span>发展改革局</span></td></tr></table>"
        "</div></body></html>"
    )
    path = tmp_path / "town.html"
    path.write_text(page, encoding="utf-8")
    raw = read_document(path)
    assert "经济发展局、凤凰科创园管理办公室" in raw.text
    assert "市发展改革局" in raw.text  # inline: no line broken, no space put between
    assert _town_roles(extract(raw)) == TOWN_EXPECTED


def test_docx_body_in_a_box_with_its_task_table_nested(tmp_path: Path) -> None:
    """A document whose body sits in a table of one cell (a bordered frame) is read as if
    it had none: its paragraphs, and its nested task table as a table."""
    d = docx.Document()
    d.add_paragraph("某县人民政府办公室")
    box = d.add_table(rows=1, cols=1).cell(0, 0)
    box.text = "某县2025年重点项目建设工作方案"
    box.add_paragraph("一、重点任务")
    inner = box.add_table(rows=0, cols=3)
    for row in (
        ("序号", "重点任务", "牵头单位"),
        ("1", "推进花卉项目。新建花卉基地3处。", "县农业农村局"),
    ):
        for c, text in zip(inner.add_row().cells, row, strict=True):
            c.text = text
    box.add_paragraph("二、保障措施")
    path = tmp_path / "boxed.docx"
    d.save(str(path))
    raw = read_document(path)
    assert "一、重点任务\n序号\t重点任务\t牵头单位\n1\t推进花卉项目。" in raw.text
    ex = extract(raw)
    leads = {(e.src, e.dst.split("#")[1]) for e in ex.records.edges if e.type.value == "LEADS"}
    assert leads == {("某县农业农村局", "一.1")}


def test_html_body_in_a_box_with_its_task_table_nested(tmp_path: Path) -> None:
    """The same on a web page (a page laid out in a one-column table, or Word's frame saved
    as HTML): the box's paragraphs read as the body, its nested task table as a table."""
    (tmp_path / "boxed.html").write_text(
        "<html><body><div class='content'><p>某县人民政府办公室</p><table><tr><td>"
        "<p>某县2025年重点项目建设工作方案</p><p>一、重点任务</p>"
        "<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th></tr>"
        "<tr><td>1</td><td>推进花卉项目。新建花卉基地3处。</td><td>县农业农村局</td></tr></table>"
        "<p>二、保障措施</p></td></tr></table></div></body></html>",
        encoding="utf-8",
    )
    raw = read_document(tmp_path / "boxed.html")
    lines = [t for t in raw.text.splitlines() if t]
    assert lines[2:5] == [
        "一、重点任务",
        "序号\t重点任务\t牵头单位",
        "1\t推进花卉项目。新建花卉基地3处。\t县农业农村局",
    ]
    ex = extract(raw)
    leads = {(e.src, e.dst.split("#")[1]) for e in ex.records.edges if e.type.value == "LEADS"}
    assert leads == {("某县农业农村局", "一.1")}


def test_html_saved_from_word_keeps_its_numbers_without_words_markers(tmp_path: Path) -> None:
    """Word's "save as web page" writes a list's number inside <![if !supportLists]> …
    <![endif]>: the number is text, the markers are not."""
    page = (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head>"
        "<meta http-equiv=Content-Type content='text/html; charset=utf-8'></head><body>"
        "<div class=WordSection1><p class=MsoNormal>临朐县2025年工作方案<o:p></o:p></p>"
        "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
        "<span style='mso-list:Ignore'>一、<span style='font:7.0pt'>&nbsp;&nbsp; </span></span>"
        "<![endif]><span>工作目标<o:p></o:p></span></p>"
        "<p class=MsoNormal>全年新增规上工业企业20家。（县工信局负责）<o:p></o:p></p>"
        "</div></body></html>"
    )
    path = tmp_path / "word.htm"
    path.write_text(page, encoding="utf-8")
    raw = read_document(path)
    assert "[if" not in raw.text and "endif" not in raw.text
    ex = extract(raw)
    responsible = {
        (e.src, e.dst.split("#")[1]) for e in ex.records.edges if e.type.value == "RESPONSIBLE_FOR"
    }
    assert responsible == {("临朐县工业和信息化局", "一")}


def test_docx_task_with_its_number_merged_over_its_measures_rows(tmp_path: Path) -> None:
    """序号 and 重点任务 merged down over a task's rows (Word repeats the merged text in each
    row): one measure holding every row's bodies and figures, not a second 1~2."""
    d = docx.Document()
    d.add_paragraph("普洱市2025年咖啡产业重点任务清单")
    rows = (
        ("序号", "重点任务", "具体措施", "责任单位"),
        ("1", "扩大咖啡种植", "新建咖啡示范基地5个。", "市农业农村局"),
        ("1", "扩大咖啡种植", "改造提升低效咖啡园3万亩。", "市林业和草原局"),
        ("2", "提升加工能力", "引进精深加工企业5家。", "市投资促进局"),
    )
    table = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for col in (0, 1):
        text = table.cell(1, col).text
        table.cell(1, col).merge(table.cell(2, col)).text = text
    path = tmp_path / "merged.docx"
    d.save(str(path))
    ex = extract(read_document(path))
    paths = {n.props["path"] for n in ex.records.nodes if n.label.value == "Measure"}
    assert paths == {"1", "2"}
    responsible = {
        (e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if e.type.value == "RESPONSIBLE_FOR"
    }
    assert responsible == {
        ("市农业农村局", "1"),
        ("市林业和草原局", "1"),
        ("市投资促进局", "2"),
    }
    figures = {
        (n.props["path"], n.props["value"]) for n in ex.records.nodes if n.label.value == "Target"
    }
    assert figures == {("1", 5), ("1", 3), ("2", 5)}


def test_html_pre_block_keeps_its_lines(tmp_path: Path) -> None:
    """A page whose text is a <pre> block (a text file posted as it is): its lines are the
    document's lines, so its headings and items are found."""
    page = (
        "<html><head><meta charset='utf-8'></head><body><div class='nav'>首页</div><pre>\n"
        "三亚市2025年旅游业工作要点\n\n三亚市人民政府办公室\n2025年2月17日\n\n一、重点任务\n"
        "    1.【牵头单位：市交通运输局】完善旅游交通网络。新开通国际航线15条。\n"
        "    2.【责任单位：市卫生健康委员会】发展医疗旅游。接待医疗旅游人数增长20%。\n"
        "</pre></body></html>"
    )
    path = tmp_path / "pre.html"
    path.write_text(page, encoding="utf-8")
    ex = extract(read_document(path))
    assert (ex.meta["issuer"], ex.meta["date"]) == ("三亚市人民政府办公室", "2025-02-17")
    roles = {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if "surface" in e.props and e.type.value != "ADDRESSES" and e.type.value != "ISSUED_BY"
    }
    assert roles == {
        ("LEADS", "市交通运输局", "一.1"),
        ("RESPONSIBLE_FOR", "市卫生健康委员会", "一.2"),
    }


def test_text_copied_from_a_pages_source_reads_its_html_entities(tmp_path: Path) -> None:
    """&nbsp; indenting a heading and &ldquo;…&rdquo; around a name are what a browser
    shows: the heading is found, the name stays quoted."""
    text = (
        "醴陵市2025年陶瓷产业发展工作要点\n醴陵市人民政府办公室\n2025年3月3日\n一、重点工作\n"
        "&nbsp;&nbsp;&nbsp;&nbsp;（一）深化&ldquo;链长制&rdquo;。引进陶瓷产业链项目20个。"
        "（市陶瓷产业发展中心牵头，市商务局配合）\n"
    )
    path = tmp_path / "copied.txt"
    path.write_text(text, encoding="utf-8")
    raw = read_document(path)
    assert "（一）深化“链长制”。" in raw.text and "&" not in raw.text
    ex = extract(raw)
    leads = {
        (e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if e.type.value == "LEADS"
    }
    assert leads == {("市陶瓷产业发展中心", "一.(一)")}


def cid_font_pdf(lines: list[str], unmapped: str = "", private: bool = False) -> bytes:
    """A one-page PDF setting ``lines`` in a CID font (Identity-H, one glyph id a character)
    whose ToUnicode map gives every character but those in ``unmapped`` — as a typesetting
    system leaves a symbol font's glyphs, or every glyph when it writes no map at all — or,
    ``private``, maps each glyph to a code of the Private Use Area, as some fonts do."""
    chars = sorted({c for line in lines for c in line})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    mapped = [c for c in chars if c not in unmapped]
    code = {c: 0xE000 + cid[c] if private else ord(c) for c in mapped}
    bfchar = "".join(f"<{cid[c]:04X}> <{code[c]:04X}>\n" for c in mapped)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Test def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(mapped)} beginbfchar\n{bfchar}endbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode()
    content = b"\n".join(
        b"BT /F1 12 Tf 20 %d Td <%s> Tj ET"
        % (780 - 20 * n, "".join(f"{cid[c]:04X}" for c in line).encode())
        for n, line in enumerate(lines)
    )
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+FZShuSong /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 8 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+FZShuSong /DW 1000 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 7 0 R >>",
        b"<< /Type /FontDescriptor /FontName /ABCDEF+FZShuSong /Flags 4 "
        b"/FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 "
        b"/CapHeight 859 /StemV 80 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    return pdf_of(objs)


PLAN = [
    "某县花卉产业行动方案",
    "一、重点任务",
    "●到2025年，花卉产值突破50亿元（县农业农村局牵头，县财政局配合）。",
]


def test_a_pdf_glyph_without_a_unicode_character_reads_as_the_replacement_character(
    tmp_path: Path,
) -> None:
    # the bullet of a symbol font has no Unicode character: its place shows, the rest reads
    (tmp_path / "plan.pdf").write_bytes(cid_font_pdf(PLAN, unmapped="●"))
    raw = read_document(tmp_path / "plan.pdf")
    assert "(cid:" not in raw.text
    assert "\ufffd到2025年，花卉产值突破50亿元（县农业农村局牵头，县财政局配合）。" in raw.text
    roles = {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in extract(raw).records.edges
        if e.type.value in ("LEADS", "SUPPORTS")
    }
    assert roles == {("LEADS", "县农业农村局", "一"), ("SUPPORTS", "县财政局", "一")}


def test_a_pdf_text_layer_of_glyphs_without_unicode_characters_is_refused(
    tmp_path: Path,
) -> None:
    (tmp_path / "plan.pdf").write_bytes(cid_font_pdf(PLAN, unmapped="".join(set("".join(PLAN)))))
    with pytest.raises(IngestError, match=r"no Unicode character.*run OCR"):
        read_document(tmp_path / "plan.pdf")
    # nor is one whose fonts map the glyphs to private codes (it would read as boxes)
    (tmp_path / "private.pdf").write_bytes(cid_font_pdf(PLAN, private=True))
    with pytest.raises(IngestError, match=r"private.*run OCR"):
        read_document(tmp_path / "private.pdf")


PAGE = (
    "<html><head><meta charset='{charset}'><title>某县花卉产业行动方案_某县人民政府</title></head>"
    "<body><div class='nav'><a href='/'>首页</a></div><div class='content'>"
    "<h1>某县花卉产业行动方案</h1><p>一、目标</p>"
    "<p>到2025年，花卉产值突破50亿元（县花卉中心牵头，县财政局配合）。</p>"
    "<p>二、保障</p><p>县财政每年安排花卉产业发展资金3000万元。（县财政局负责）</p>"
    "</div></body></html>"
)


def mhtml(*pages: tuple[str, str, str | None]) -> bytes:
    """Pages saved as one file: each (html, its charset, the charset its MIME part names —
    none in Chrome's, where the page's <meta> names it; Word's names it), quoted-printable as
    both write them, an image part after them."""
    import quopri

    parts = b"".join(
        b"------MultipartBoundary--x1----\r\nContent-Type: text/html"
        + (f'; charset="{named}"'.encode() if named else b"")
        + b"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quopri.encodestring(html.encode(charset))
        + b"\r\n"
        for html, charset, named in pages
    )
    return (
        b"From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/a.html\r\n"
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        b'\tboundary="----MultipartBoundary--x1----"\r\n\r\n\r\n'
        + parts
        + b"------MultipartBoundary--x1----\r\nContent-Type: image/png\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
        b"------MultipartBoundary--x1------\r\n"
    )


@pytest.mark.parametrize(("charset", "part_charset"), [("utf-8", None), ("gb2312", "gb2312")])
def test_a_page_saved_as_one_file_reads_as_the_page(
    tmp_path: Path, charset: str, part_charset: str | None
) -> None:
    path = tmp_path / "page.mhtml"
    path.write_bytes(mhtml((PAGE.format(charset=charset), charset, part_charset)))
    raw = read_document(path)
    assert raw.format == "mhtml" and "首页" not in raw.text
    assert "到2025年，花卉产值突破50亿元（县花卉中心牵头，县财政局配合）。" in raw.text
    ex = extract(raw)
    assert ex.meta["title"] == "某县花卉产业行动方案"
    roles = _role_edges(ex)
    assert roles == {
        ("LEADS", "县花卉中心", "一"),
        ("SUPPORTS", "县财政局", "一"),
        ("RESPONSIBLE_FOR", "县财政局", "二"),
    }


def test_a_saved_page_whose_document_is_in_a_frame_reads_the_frame(tmp_path: Path) -> None:
    """A portal shows the document in a frame: the saved file's first HTML part is the outer
    page (navigation, the information line, the frame), a later one the document."""
    outer = (
        "<html><head><meta charset='utf-8'><title>某县花卉产业行动方案_某县人民政府</title></head>"
        "<body><div class='nav'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a></div>"
        "<div>发布机构：某县人民政府办公室　发布日期：2025-03-05</div>"
        "<iframe src='content.html'></iframe></body></html>"
    )
    page = mhtml((outer, "utf-8", None), (PAGE.format(charset="utf-8"), "utf-8", None))
    path = tmp_path / "framed.mhtml"
    path.write_bytes(page)
    raw = read_document(path)
    assert "到2025年，花卉产值突破50亿元（县花卉中心牵头，县财政局配合）。" in raw.text
    assert "首页" not in raw.text
    assert raw.meta["date"] == "2025-03-05" and raw.meta["issuer"] == "某县人民政府办公室"


def test_html_table_built_of_divs_reads_as_rows(tmp_path: Path) -> None:
    """A page rendered by a script framework builds its table of <div>s (batch 100)."""
    (tmp_path / "tasks.html").write_text(
        "<html><body><div class='article-content'><p>二、工作任务</p><div class='table'>"
        "<div class='row'><div>序号</div><div>工作任务</div><div>牵头单位</div><div>配合单位</div></div>"
        "<div class='row'><div>1</div><div>实施葡萄老果园改造3万亩</div><div>市林业和草原局</div>"
        "<div>各区（县）人民政府</div></div>"
        "<div class='row'><div>2</div><div>建设葡萄干交易市场</div><div>市商务局</div>"
        "<div>市市场监督管理局</div></div></div></div></body></html>",
        encoding="utf-8",
    )
    lines = [t for t in read_document(tmp_path / "tasks.html").text.splitlines() if t]
    assert lines[1:4] == [
        "序号\t工作任务\t牵头单位\t配合单位",
        "1\t实施葡萄老果园改造3万亩\t市林业和草原局\t各区（县）人民政府",
        "2\t建设葡萄干交易市场\t市商务局\t市市场监督管理局",
    ]


def test_a_word_file_of_a_printed_copy_s_lines_reads_as_that_text(tmp_path: Path) -> None:
    """Text pasted from a printed copy into Word keeps a paragraph a printed line: its wraps
    run on as a text file's do (湟中's plan so saved lost its goals' year: 到２０２５年 opened
    one paragraph, the goals were the next ones) — while a file of the author's own
    paragraphs is left as it is."""
    lines = [
        "某县现代农牧业发展三年行动方案（2025—2027年）",
        "一、发展目标",
        "到2027年，全县农牧业总产值达到42亿元，牦牛和藏羊存栏分别达",
        "到8万头、60万只，新增绿色有机农畜产品认证15个，培育省级以上",
        "农业产业化龙头企业5家，农村居民人均可支配收入增长7%左右。",
        "二、重点任务",
        "（一）做强牦牛藏羊产业。建设标准化养殖基地20个，牛羊肉加工产值",
        "突破10亿元。（牵头单位：县农业农村局；配合单位：县市场监督管",
        "理局）",
    ]
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    path = tmp_path / "pasted.docx"
    d.save(str(path))
    ex = extract(read_document(path))
    figures = {
        (n.props["value"], n.props["year"]) for n in ex.records.nodes if n.label.value == "Target"
    }
    assert {(60, 2027), (5, 2027), (10, None)} <= figures
    roles = _role_edges(ex, "LEADS", "SUPPORTS")
    assert roles == {
        ("LEADS", "县农业农村局", "二.(一)"),
        ("SUPPORTS", "县市场监督管理局", "二.(一)"),
    }
    # (the author's own paragraphs: a title, short headings, whole paragraphs — kept apart)
    own = docx.Document()
    for line in [
        "某县方案",
        "一、发展目标",
        "新增企业5家，产值增长7%",
        "二、重点任务",
        "建设基地20个",
    ]:
        own.add_paragraph(line)
    own.save(str(tmp_path / "own.docx"))
    text = normalise(read_document(tmp_path / "own.docx").text).text
    assert "一、发展目标\n新增企业5家，产值增长7%\n二、重点任务\n建设基地20个" in text
