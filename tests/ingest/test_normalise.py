from ingest.normalise import normalise


def test_spaces_between_chinese_and_digits_removed_with_offsets_kept() -> None:
    original = "完成工业总产值 1320 亿元，新建开通 5G 基站 80 个"
    n = normalise(original)
    assert n.text == "完成工业总产值1320亿元，新建开通5G基站80个"
    i = n.text.index("1320")
    a, b = n.span(i, i + 4)
    assert original[a:b] == "1320"


def test_page_break_inside_sentence_is_joined() -> None:
    original = "主要预期目标：地区生产总值增长5.5%左右，一般公共预算\n\n收入增长 4%左右，固定资产投资增长。\n\n（一）下一节。"
    n = normalise(original)
    assert "一般公共预算收入增长4%左右" in n.text
    assert "\n\n（一）下一节" in n.text  # a heading is never joined
    i = n.text.index("预算收入")
    a, b = n.span(i, i + 4)
    assert original[a:b] == "预算\n\n收入"


def test_titles_and_headings_are_not_joined() -> None:
    n = normalise("青州市人民政府\n\n关于印发方案的通知\n\n一、主要目标\n坚持")
    assert n.text.split("\n\n")[:2] == ["青州市人民政府", "关于印发方案的通知"]


def test_half_width_punctuation_becomes_full_width_but_not_in_numbers() -> None:
    n = normalise("(四) 乡村振兴, 总额1,320亿元, 时间10:30")
    assert n.text.startswith("（四）乡村振兴，")
    assert "1,320" in n.text and "10:30" in n.text


def test_full_width_digits_and_percent() -> None:
    assert normalise("增长６％以上").text == "增长6%以上"


def test_traditional_text_is_simplified_for_extraction() -> None:
    original = (
        "市發展和改革局牽頭，各區縣負責。到2025年，地區生產總值突破800億元。這個計劃經過會議討論。"
    )
    n = normalise(original)
    assert "市发展和改革局牵头" in n.text and "地区生产总值" in n.text
    assert len(n.text) == len(original)  # character by character
