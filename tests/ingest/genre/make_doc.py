"""Write the Word 97–2003 documents of the genre corpus (run once; the files are kept): each
is made as a .docx with python-docx, then saved in Word 97's format by LibreOffice
(``soffice --headless --convert-to doc``), as a county office's Word or WPS saves it.

``docs/fuliang-tea-industry-work-plan-2026.doc``: a 工作方案 under its covering notice whose
headings are numbered by a Word list (一、 （一） 1. drawn by a multilevel list that the heading
styles and the items name), not typed; notes in brackets.
``docs/shaodong-hardware-cluster-tasks-2026.wps``: a task list saved by WPS Writer as .wps (a
Word 97 file under WPS's name): its 序号 cells numbered by a Word list, section rows merged
across the table, an association supporting.

``docs/laixi-business-environment-tasks-2025-uof.uot``: the corpus's 莱西 task list (a Word
table: 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限) saved by LibreOffice as UOF text (标文通,
GB/T 20916, the format domestic office suites exchange), its annotation that file's.
``docs/licheng-science-innovation-work-points-2025-saved.mhtml``: the corpus's 历城 portal page saved
as one file, as Chrome saves "Webpage, Single File" (a MIME message: the page quoted-printable,
no charset named but the page's own, an image part after it), its annotation that page's.

``docs/changle-industry-tasks-2025-text.txt`` and ``docs/hunchun-port-economy-tasks-2025-text.txt``:
the corpus's 昌乐 and 珲春 task lists saved as text by LibreOffice (``--convert-to
"txt:Text (encoded):UTF8"``, as a word processor's "save as text" writes a table: a cell a
line, an empty cell an empty line, a row merged across one line), their annotations those
files'.

Usage: ``python tests/ingest/genre/make_doc.py`` (needs LibreOffice's ``soffice``).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from docx import Document
from make_docx import _abstract_list, _list_instance, _number, list_numbered_plan

from ingest.readers.convert import convert_with_libreoffice

DOCS = Path(__file__).parent / "docs"


def _save_as_word_97(doc: object, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{target.stem}.docx"
        doc.save(str(source))  # type: ignore[attr-defined]
        convert_with_libreoffice(source, "doc", Path(tmp)).check_returncode()
        shutil.copyfile(Path(tmp) / f"{target.stem}.doc", target)


FULIANG_NOTICE = (
    "浮梁县人民政府办公室",
    "关于印发浮梁县2026年茶产业高质量发展工作方案的通知",
    "浮府办字〔2026〕8号",
    "各乡镇人民政府，县政府各部门：",
    "现将《浮梁县2026年茶产业高质量发展工作方案》印发给你们，请认真贯彻落实。",
    "浮梁县人民政府办公室",
    "2026年2月18日",
    "浮梁县2026年茶产业高质量发展工作方案",
)
# (level, text), as make_docx.list_numbered_plan takes them
FULIANG_BODY: tuple[tuple[int | None, str], ...] = (
    (0, "工作目标"),
    (None, "2026年，全县茶园面积稳定在20万亩，茶叶产量达到1.2万吨，茶产业综合产值突破60亿元。"),
    (0, "重点任务"),
    (1, "扩大优质茶园规模"),
    (2, "新建高标准生态茶园5000亩。（县农业农村局牵头，县林业局、各乡镇人民政府配合）"),
    (2, "改造提升低产茶园1.5万亩。（县农业农村局负责）"),
    (1, "培育茶叶经营主体"),
    (2, "新增规上茶叶加工企业3家。（县工业和信息化局牵头，县农业农村局配合）"),
    (2, "培育省级以上农业产业化龙头企业2家。（县农业农村局牵头，县市场监管局配合）"),
    (1, "推进茶旅融合发展"),
    (
        2,
        "打造茶旅精品线路5条，接待茶旅游客突破80万人次。"
        "（县文化广电新闻出版旅游局牵头，县农业农村局配合）",
    ),
    (0, "保障措施"),
    (1, "加大资金投入。县财政每年安排茶产业发展专项资金2000万元。（县财政局负责）"),
)


def fuliang_numbered_plan() -> None:
    doc = list_numbered_plan(FULIANG_NOTICE, FULIANG_BODY)
    _save_as_word_97(doc, DOCS / "fuliang-tea-industry-work-plan-2026.doc")


SHAODONG_HEADER = ("序号", "重点任务", "目标要求", "牵头单位", "配合单位", "完成时限")
# a str is a section row merged across the table; a row's 序号 is numbered by a list
SHAODONG_ROWS: tuple[str | tuple[str, ...], ...] = (
    "一、做强五金主导产业",
    (
        "扩大五金产业规模",
        "五金产业产值突破300亿元",
        "市工信局",
        "市发改局、市统计局",
        "2026年12月底",
    ),
    ("推进五金企业智能化改造", "完成智能化改造企业50家", "市工信局", "市科技局", "2026年11月底"),
    "二、拓展国内外市场",
    ("拓展五金产品出口", "五金产品出口额增长15%", "市商务局", "市工信局", "2026年12月底"),
    ("办好五金博览会", "组织五金企业参展100家以上", "市商务局", "市五金协会", "2026年10月底"),
)


def shaodong_wps_task_list() -> None:
    doc = Document()
    doc.add_paragraph("邵东市2026年五金产业集群发展重点任务分工表")
    _abstract_list(doc, "70", (("decimal", "%1"),))
    _list_instance(doc, "70", "70", restart=False)
    table = doc.add_table(rows=1 + len(SHAODONG_ROWS), cols=len(SHAODONG_HEADER))
    table.style = "Table Grid"
    for c, text in enumerate(SHAODONG_HEADER):
        table.cell(0, c).text = text
    for r, row in enumerate(SHAODONG_ROWS, start=1):
        if isinstance(row, str):
            merged = table.cell(r, 0).merge(table.cell(r, len(SHAODONG_HEADER) - 1))
            merged.text = row
            continue
        _number(table.cell(r, 0).paragraphs[0]._p.get_or_add_pPr(), 0, "70")
        for c, text in enumerate(row, start=1):
            table.cell(r, c).text = text
    # Word and WPS always end a document with a paragraph after a table; a .doc whose last
    # block is a table (as python-docx leaves one) is read back by LibreOffice as text
    doc.add_paragraph("")
    _save_as_word_97(doc, DOCS / "shaodong-hardware-cluster-tasks-2026.wps")


def laixi_as_uof() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        stem = "laixi-business-environment-tasks-2025"
        convert_with_libreoffice(DOCS / f"{stem}.docx", "uot:UOF text", Path(tmp))
        shutil.copyfile(Path(tmp) / f"{stem}.uot", DOCS / f"{stem}-uof.uot")


def licheng_as_mhtml() -> None:
    import quopri

    stem = "licheng-science-innovation-work-points-2025"
    page = quopri.encodestring((DOCS / f"{stem}.html").read_bytes().replace(b"\n", b"\r\n"))
    url = b"http://www.licheng.gov.cn/art/2025/3/5/art_1.html"
    (DOCS / f"{stem}-saved.mhtml").write_bytes(
        b"From: <Saved by Blink>\r\nSnapshot-Content-Location: " + url + b"\r\n"
        b"Subject: =?utf-8?Q?=E5=8E=86=E5=9F=8E=E5=8C=BA?=\r\n"
        b"Date: Wed, 5 Mar 2025 09:30:00 +0800\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        b'\tboundary="----MultipartBoundary--Lc2025----"\r\n\r\n\r\n'
        b"------MultipartBoundary--Lc2025----\r\nContent-Type: text/html\r\n"
        b"Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        b"Content-Location: " + url + b"\r\n\r\n" + page + b"\r\n"
        b"------MultipartBoundary--Lc2025----\r\nContent-Type: image/png\r\n"
        b"Content-Transfer-Encoding: base64\r\nContent-Location: http://www.licheng.gov.cn/logo.png"
        b"\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\r\n"
        b"------MultipartBoundary--Lc2025------\r\n"
    )


def tables_saved_as_text() -> None:
    for stem in ("changle-industry-tasks-2025", "hunchun-port-economy-tasks-2025"):
        with tempfile.TemporaryDirectory() as tmp:
            convert_with_libreoffice(
                DOCS / f"{stem}.docx", "txt:Text (encoded):UTF8", Path(tmp)
            ).check_returncode()
            shutil.copyfile(Path(tmp) / f"{stem}.txt", DOCS / f"{stem}-text.txt")


YANLING_PARAGRAPHS = (
    "鄢陵县2026年花木产业高质量发展工作方案",
    "鄢陵县人民政府办公室",
    "2026年3月2日",
    "一、发展目标",
    "2026年，全县花木种植面积稳定在70万亩，花木产业综合产值达到260亿元，花卉电商交易额增长15%。",
    "二、重点任务",
    "（一）优化种植结构。新建高标准花木示范基地10个，推广新优花木品种200个。"
    "【牵头单位：县林业局；配合单位：各乡镇人民政府】",
    "（二）壮大市场主体。支持河南鄢陵花木交易市场提档升级，新培育花木龙头企业8家。"
    "【牵头单位：县商务局；配合单位：县林业局】",
    "（三）办好节会活动。举办第二十四届中国鄢陵花木交易博览会，签约项目20个以上。"
    "【牵头单位：县花木发展服务中心；配合单位：县文化广电和旅游局】",
    "（四）加强科技支撑。与河南农业大学共建花木研究院1个，制定花木地方标准5项。【责任单位：县科技局】",
)


def yanling_nursery_plan() -> None:
    """A county's plan for its flowers and nursery stock in Word 97 (batch 1403): typed headings,
    each item closed by a note in square brackets (【牵头单位：…；配合单位：…】, once 【责任单位：…】),
    a flower market, an expo with its edition, a university."""
    doc = Document()
    for text in YANLING_PARAGRAPHS:
        doc.add_paragraph(text)
    _save_as_word_97(doc, DOCS / "yanling-nursery-stock-plan-2026.doc")


if __name__ == "__main__":
    fuliang_numbered_plan()
    shaodong_wps_task_list()
    laixi_as_uof()
    licheng_as_mhtml()
    tables_saved_as_text()
    yanling_nursery_plan()
