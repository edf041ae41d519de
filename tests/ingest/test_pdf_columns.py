"""Pages set in two columns (a government gazette's) are read column by column; a table of
two columns, or a page of prose, is not taken for one."""

from __future__ import annotations

from pathlib import Path

from ingest.readers import read_document
from ingest.readers.open_tables import Word
from ingest.readers.pdf_columns import column_bands, may_have_columns

CHAR = 12.0


def _line(x: float, top: float, chars: int) -> Word:
    return Word(x, x + chars * CHAR, top, top + CHAR, "字" * chars)


def _page(left_chars: list[int], right_chars: list[int], top: float = 100.0) -> list[Word]:
    """Lines of two columns (60–276 and 310–526), ``left_chars`` and ``right_chars`` long."""
    words = []
    for k, n in enumerate(left_chars):
        if n:
            words.append(_line(60, top + 20 * k, n))
    for k, n in enumerate(right_chars):
        if n:
            words.append(_line(310, top + 20 * k, n))
    return words


def test_two_columns_of_prose_are_found_with_a_headline_across_them() -> None:
    headline = [Word(120, 470, 60, 76, "标题")]  # across the gutter
    words = headline + _page([18] * 10 + [9], [18] * 9 + [5, 0])
    bands = column_bands(words, 0, 595)
    assert bands is not None
    assert [b.split is None for b in bands] == [True, False]
    assert bands[1].split is not None and 276 < bands[1].split < 310


def test_a_table_of_two_columns_is_no_page_of_columns() -> None:
    # short labels on the left, values on the right: the left never fills its column
    words = _page([4, 6, 5, 3, 7, 4, 6, 5, 4, 6], [10] * 10)
    assert column_bands(words, 0, 595) is None


def test_words_lining_up_by_chance_are_no_gutter() -> None:
    """An OCR'd page's words set apart by spaces may line up at one place in most lines; a
    space between words is no gutter (the corpus's OCR'd scan, batch 97)."""
    words = [
        w
        for k in range(12)
        for w in (
            Word(60, 290, 100 + 20 * k, 112 + 20 * k, "词"),
            Word(296, 530, 100 + 20 * k, 112 + 20 * k, "词"),
        )
    ]
    assert column_bands(words, 0, 595) is None


def test_a_page_of_prose_across_its_width_is_no_page_of_columns() -> None:
    words = [Word(60, 535, 100 + 20 * k, 112 + 20 * k, "词") for k in range(20)]
    assert column_bands(words, 0, 595) is None


def _chars(lines: list[tuple[float, float]], top: float = 100.0) -> list[Word]:
    """Characters a character wide, their boxes touching, from x0 to x1 on each line."""
    return [
        Word(x, x + CHAR, top + 20 * k, top + 20 * k + CHAR, "字")
        for k, (x0, x1) in enumerate(lines)
        for x in [x0 + CHAR * i for i in range(int((x1 - x0) // CHAR))]
    ]


def test_a_quick_look_passes_over_prose_across_the_page() -> None:
    """The quick look before the search: a page of prose across its width is covered near
    its middle in every line; a page of two columns is not."""
    assert not may_have_columns(_chars([(60, 535)] * 20), 0, 595)
    assert may_have_columns(_chars([(60, 276)] * 20) + _chars([(310, 526)] * 20), 0, 595)


def test_a_gazette_reads_each_column_down() -> None:
    """The corpus's 宁德 gazette: the first column's last item runs on in the second, the
    masthead goes as a running header (batch 125)."""
    path = Path(__file__).parent / "genre" / "docs" / "ningde-lithium-chain-plan-2026.pdf"
    text = read_document(path).text
    assert "宁德市人民政府公报" not in text
    first, second = text.index("宁政办〔2026〕15号"), text.index("（六）加强人才支撑")
    assert first < text.index("一、主要目标") < text.index("二、重点任务") < second
    # no line holds words of both columns
    assert not any("15号" in line and "万千瓦" in line for line in text.split("\n"))
