"""Document metadata (``ingest/meta.py``) read from a text as the normaliser leaves it."""

import pytest

from ingest.meta import extract_meta
from ingest.normalise import normalise
from ingest.structure import parse_structure


def meta_of(raw: str) -> dict:  # type: ignore[type-arg]
    text = normalise(raw).text
    _, body_start = parse_structure(text)
    return extract_meta(text, body_start)


@pytest.mark.parametrize(
    ("date_line", "date"),
    [("成文日期：2026-01-15", "2026-01-15"), ("成文日期：2026年1月15日", "2026-01-15")],
)
def test_a_portal_page_s_particulars_copied_into_a_text(date_line: str, date: str) -> None:
    """A portal page saved or copied as text keeps its table of particulars above the
    document, one field a line: each field stands alone (before, the lines ran together and
    the title began with 发文字号), 发布机构 names the issuer and 成文日期 the date, however
    written."""
    raw = (
        "索引号：11370323004228516X/2026-00012\n"
        "发布机构：沂源县发展和改革局\n"
        f"{date_line}\n"
        "发文字号：源发改发〔2026〕1号\n"
        "主题分类：发展规划\n"
        "沂源县2026年重点项目建设工作方案\n"
        "一、重点任务\n"
        "（一）推进工作。\n"
    )
    meta = meta_of(raw)
    assert meta["title"] == "沂源县2026年重点项目建设工作方案"
    assert meta["issuer"] == "沂源县发展和改革局"
    assert meta["date"] == date
    assert meta["doc_number"] == "源发改发〔2026〕1号"
    assert meta["jurisdiction"] == "沂源县"
    # the date it was published is the date only where no other is given
    published = raw.replace(f"{date_line}\n", "发布日期：2026-01-20\n")
    assert meta_of(published)["date"] == "2026-01-20"


@pytest.mark.parametrize(
    "written", ["2026.03.06", "2026.3.6", "2026/3/6", "2026-03-06", "2026．3．6"]
)
def test_a_signature_dated_in_figures_alone(written: str) -> None:
    """A signature whose date is written in figures (2026.3.6, 2026/3/6, 2026-03-06), as
    drafts and pages copied from portals write it, under the issuer: its issuer and date
    were lost."""
    meta = meta_of(
        f"某县2026年工作要点\n一、重点任务\n（一）推进工作。\n某县人民政府办公室\n{written}\n"
    )
    assert (meta["issuer"], meta["date"]) == ("某县人民政府办公室", "2026-03-06")


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("青政发〔2026〕第8号", "青政发〔2026〕第8号"),
        ("青政办发(2026)第8号", "青政办发〔2026〕第8号"),
        # a red-letter head run into the number on one line
        ("青州市人民政府文件 青政发〔2026〕8号", "青政发〔2026〕8号"),
    ],
)
def test_document_numbers_as_written(line: str, number: str) -> None:
    """A number with 第 before its serial was no number; a red-letter head on the number's
    line ran into it (民政府文件青政发〔2026〕8号)."""
    raw = (
        f"青州市人民政府\n关于印发青州市2026年工作要点的通知\n{line}\n各镇人民政府：\n"
        "现印发给你们。\n青州市人民政府\n2026年3月6日\n青州市2026年工作要点\n一、重点任务\n"
        "（一）推进工作。\n"
    )
    assert meta_of(raw)["doc_number"] == number


@pytest.mark.parametrize(
    ("issuer", "jurisdiction"),
    [("青岛西海岸新区管委会", "青岛西海岸新区"), ("某某新区管理委员会", "某某新区")],
)
def test_a_new_area_or_zone_issuing_its_own_document_is_its_jurisdiction(
    issuer: str, jurisdiction: str
) -> None:
    """A new area's or a zone's committee signs its own plan: its bodies (区发改局) are the
    area's, as a district government's are the district's; the area was no jurisdiction."""
    raw = f"2026年重点工作任务\n一、重点任务\n（一）推进工作。\n{issuer}\n2026年3月6日\n"
    assert meta_of(raw)["jurisdiction"] == jurisdiction
