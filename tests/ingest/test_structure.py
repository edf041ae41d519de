import pytest

from ingest.meta import extract_meta
from ingest.normalise import normalise
from ingest.structure import parse_structure


def paths(text: str) -> list[str]:
    units, _ = parse_structure(normalise(text).text)
    return [u.path for u in units]


def test_four_levels_and_paths() -> None:
    text = "前言\n一、总体要求\n（一）目标。\n1.培育集群。内容\n（1）细项。内容\n（2）细项二\n2.第二项\n（二）任务\n二、保障"
    assert paths(text) == [
        "一",
        "一.(一)",
        "一.(一).1",
        "一.(一).1.(1)",
        "一.(一).1.(2)",
        "一.(一).2",
        "一.(二)",
        "二",
    ]


def test_half_width_brackets_and_dun_comma_numbers() -> None:
    assert paths("一、任务\n(一) 工业\n1、招商\n2、技改") == [
        "一",
        "一.(一)",
        "一.(一).1",
        "一.(一).2",
    ]


def test_chinese_numbers_closed_by_a_dot() -> None:
    """一.总体要求 (half-width) and 一．总体要求 (full-width dot) head parts as 一、 does; the
    dot is no full stop."""
    assert paths("一.总体要求\n到2025年，产值达到10亿元。\n二.重点任务\n1.发展产业。内容。") == [
        "一",
        "二",
        "二.1",
    ]
    assert paths("一．总体要求\n内容。\n二．重点任务\n（一）发展产业。内容。") == [
        "一",
        "二",
        "二.(一)",
    ]
    units, _ = parse_structure(normalise("一.总体要求\n内容。").text)
    assert units[0].title == "总体要求"
    # a year may follow the dot (found by re-reading the corpus's plan reports so numbered:
    # 一.2025年…执行情况 was no heading, its items lost their part)
    assert paths("一.2025年工作回顾\n（一）经济运行。内容。\n二.2026年工作安排\n内容。") == [
        "一",
        "一.(一)",
        "二",
    ]


def test_chinese_numbers_set_apart_by_a_space_head_a_line_of_their_own() -> None:
    """一 总体要求 and 二　重点任务 (a space for the 、, as some pages and typesetters leave
    it) head parts when the heading stands alone on its line; a sentence or words spaced out
    by a justified line (一 批 重 点 项 目) are no heading."""
    text = (
        "某县2026年工作要点\n一 产业发展\n（一）壮大龙头企业。新增产能300吨。\n"
        "二　民生保障\n（二）促进就业。\n"
    )
    assert paths(text) == ["一", "一.(一)", "二", "二.(二)"]
    assert paths("一、任务\n（一）推进。\n一 批重点项目开工建设，完成投资5亿元。") == [
        "一",
        "一.(一)",
    ]
    assert paths("一、任务\n（一）推进。\n一 批 重 点 项 目") == ["一", "一.(一)"]


def test_parts_numbered_with_two_digits_and_a_space_as_posts_number_them() -> None:
    """01 发展目标, 02 重点任务 (two digits, a zero first, a space, the heading alone on its
    line, as posts and slides number parts) head parts, their items under them (batch 522: the
    parts were no headings, the items numbered straight through, the part of guarantees' fund
    and body given to the last item); one such line alone is no heading, nor a line of prose."""
    text = (
        "某县2026年工作要点\n01 发展目标\n全县产值达到300亿元。\n02 重点任务\n"
        "1.做强食品产业。新增企业10家。\n2.发展文旅产业。\n03 保障措施\n安排资金5000万元。\n"
    )
    assert paths(text) == ["1", "2", "2.1", "2.2", "3"]
    assert paths("某县工作要点\n一、任务\n（一）推进。\n01 批项目开工。\n") == ["一", "一.(一)"]
    # … and with a bar, a slash, a dun or a dot after the number (01丨, 01｜, 01|, 01/, 01、, 01.)
    for mark in ("丨", "｜", "|", "/ ", "、", ".", "．"):
        marked = (
            text.replace("01 ", f"01{mark}").replace("02 ", f"02{mark}").replace("03 ", f"03{mark}")
        )
        assert paths(marked) == ["1", "2", "2.1", "2.2", "3"], mark
    # … and so do parts headed PART 01 (or Part1) and 【一】, as posts and slides head them
    for a, b, c, want in (
        ("PART 01 ", "PART 02 ", "PART 03 ", ["1", "2", "2.1", "2.2", "3"]),
        ("Part1 ", "Part2 ", "Part3 ", ["1", "2", "2.1", "2.2", "3"]),
        ("【一】", "【二】", "【三】", ["一", "二", "二.1", "二.2", "三"]),
    ):
        headed = text.replace("01 ", a).replace("02 ", b).replace("03 ", c)
        assert paths(headed) == want, a
    # … a year after the bar (batch 523: PART 01｜2025年工作回顾 was no heading)
    dated = "某区工作报告\nPART 01｜2025年工作回顾\n产值增长5%。\nPART 02｜2026年主要目标\n产值增长6%。\n"
    assert paths(dated) == ["1", "2"]
    assert paths(dated.replace("PART 01｜", "01｜").replace("PART 02｜", "02｜")) == ["1", "2"]


def test_numbers_in_one_character_as_word_autoformat_leaves_them() -> None:
    """⑴ ⑵ (U+2474…) are （1） （2）, ⒈ ⒉ (U+2488…) are 1. 2.: the paths are the gold's."""
    units, _ = parse_structure(
        normalise(
            "一、重点任务\n（一）建设平台\n⑴推进扩容。内容。\n⑵发展冷链。内容。\n⑽第十项"
        ).text
    )
    assert [u.path for u in units] == [
        "一",
        "一.(一)",
        "一.(一).(1)",
        "一.(一).(2)",
        "一.(一).(10)",
    ]
    assert units[2].title == "推进扩容"
    assert paths("一、重点任务\n⒈发展产业。内容。\n（1）细项\n⒉保障") == [
        "一",
        "一.1",
        "一.1.(1)",
        "一.2",
    ]
    # one kind with its typed form: （2） after ⑴ is its sibling
    assert paths("一、任务\n⑴甲项\n（2）乙项") == ["一", "一.(1)", "一.(2)"]
    # ㈠ ㈡ … (U+3220…), as Word's symbols give them, are （一） （二）; a bullet (●) is no
    # heading: its line is text of the heading above it (batch 71)
    text = normalise(
        "二、重点任务\n㈠推进产业集聚。\n●建设产业园；\n●改造市场。\n㈡培育企业。内容。\n㈩第十项"
    ).text
    units, _ = parse_structure(text)
    assert [u.path for u in units] == ["二", "二.(一)", "二.(二)", "二.(十)"]
    assert units[1].title == "推进产业集聚"
    assert "●改造市场" in text[units[1].start : units[1].end]
    assert paths("一、任务\n㈠甲项\n（二）乙项") == ["一", "一.(一)", "一.(二)"]


def test_decimal_is_not_a_heading() -> None:
    assert paths("一、目标\n1.5万亩高标准农田建成。") == ["一"]


def test_labelled_paragraph_is_a_measure() -> None:
    units, _ = parse_structure(
        normalise("二、目标任务\n总体要求：坚持。\n主要预期目标：增长5%。\n（一）工业").text
    )
    assert [u.path for u in units] == ["二", "二.总体要求", "二.主要预期目标", "二.(一)"]
    assert not units[1].is_section and units[0].is_section


def test_role_lines_are_not_labelled_measures() -> None:
    assert paths("一、任务\n1.招商。\n牵头单位：市商务局\n配合单位：市财政局") == ["一", "一.1"]
    # a role word alone as the label, two on one line (batch 104)
    assert paths(
        "一、目标\n营业收入达到600亿元。\n牵头：市发改局\u3000配合：市统计局\n二、任务"
    ) == [
        "一",
        "二",
    ]


def test_a_box_s_lines_are_text_of_the_section_it_stands_in() -> None:
    """A five-year outline sets boxes (专栏) inside its sections; a box's project lines
    (``家居产业提升工程：…``) are no labelled measures but text of the section, up to the
    next heading."""
    text = (
        "第二章 构建现代化产业体系\n第一节 壮大主导产业\n做强家居产业。\n"
        "专栏2 主导产业重点工程\n家居产业提升工程：新引进家居企业50家。\n"
        "食品产业壮大工程：新增规模以上食品企业20家。\n"
        "第二节 发展现代服务业\n主要目标：电子商务交易额年均增长10%。"
    )
    norm = normalise(text).text
    units, _ = parse_structure(norm)
    assert [u.path for u in units] == [
        "第二章",
        "第二章.第一节",
        "第二章.第二节",
        "第二章.第二节.主要目标",
    ]
    assert norm[units[1].start : units[1].end].endswith("新增规模以上食品企业20家。")


def test_a_box_s_numbered_lines_are_text_of_the_section_too() -> None:
    """A box's project lines numbered under it (专栏1 … / 1.龙门山景区提升工程：…) are its
    lines, not measures under the section (found probing, session 58: they were
    第二章.第一节.1 and .2); a heading of a kind open above (第二节) closes the box."""
    text = (
        "第二章 重点任务\n第一节 打造精品景区\n到2030年，全县A级景区达到30家。\n"
        "专栏1 重点景区提升工程\n1.龙门山景区提升工程：新建游客中心1个。\n"
        "2.古镇保护开发工程：修缮古建筑50处。\n"
        "第二节 发展乡村旅游\n1.培育省级乡村旅游重点村15个。"
    )
    norm = normalise(text).text
    units, _ = parse_structure(norm)
    assert [u.path for u in units] == [
        "第二章",
        "第二章.第一节",
        "第二章.第二节",
        "第二章.第二节.1",
    ]
    assert norm[units[1].start : units[1].end].endswith("修缮古建筑50处。")


def test_labelled_actions_hold_the_items_under_them() -> None:
    """A plan's key actions set out as 行动一：… (or 任务二：, 专项行动三：) are headings: the
    numbered items after each are its own (batch 39)."""
    text = (
        "二、重点行动\n行动一：整车提升行动\n1.支持整车企业扩大产能。\n2.推动开发新车型。\n"
        "行动二：关键零部件配套行动\n3.引进关键零部件项目20个。\n三、保障措施\n加强领导。"
    )
    units, _ = parse_structure(normalise(text).text)
    assert [(u.path, u.title) for u in units] == [
        ("二", "重点行动"),
        ("二.行动一", "整车提升行动"),
        ("二.行动一.1", "支持整车企业扩大产能"),
        ("二.行动一.2", "推动开发新车型"),
        ("二.行动二", "关键零部件配套行动"),
        ("二.行动二.3", "引进关键零部件项目20个"),
        ("三", "保障措施"),
    ]
    assert paths("一、任务\n任务1：招商引资。\n任务2：项目建设。") == ["一", "一.任务1", "一.任务2"]


def test_a_notice_s_numbered_list_of_attachments_names_documents_not_measures() -> None:
    """附件：1.…实施方案 / 2.…任务清单 under a covering notice lists the documents attached;
    the attached task list's rows keep their own numbers (batch 40)."""
    text = (
        "某某市人民政府办公室\n关于印发某某方案和任务清单的通知\n各区县：\n现印发给你们。\n"
        "附件：1.某某市动力电池产业发展实施方案\n2.某某市动力电池产业重点任务清单\n"
        "某某市人民政府办公室\n2025年4月15日\n附件1\n某某市动力电池产业发展实施方案\n"
        "一、发展目标\n产值突破3000亿元。\n附件2\n某某市动力电池产业重点任务清单\n"
        "序号\t重点任务\t牵头单位\n1\t建设创新中心\t市科技局\n2\t建设回收基地1个\t市生态环境局\n"
    )
    assert paths(text) == ["一", "附件2", "1", "2"]
    # at the end of a body, the same list is no heading either
    tail = "一、目标\n产值突破3000亿元。\n附件：1.重点项目表\n2.任务分工表\n"
    assert paths(tail) == ["一", "附件"]


def test_a_section_row_not_merged_across_heads_the_rows_below() -> None:
    """一 in 序号, the section's name in the task column and nothing else: a section over the
    rows below it, which are numbered again from 1 (batch 41). A row numbered 一 that has
    bodies is a measure of its own."""
    text = (
        "某某清单\n序号\t重点任务\t具体内容\t责任单位\t完成时限\n"
        "一\t提升政务服务效能\t\t\t\n"
        "1\t推进一件事\t新增事项20项。\t区营商环境建设局\t2025年6月\n"
        "2\t深化一网通办\t可办率达到98%。\t区大数据中心\t2025年12月\n"
        "二\t优化要素保障\t\t\t\n"
        "1\t强化金融服务\t新增贷款20亿元。\t区金融发展局\t2025年12月\n"
    )
    units, _ = parse_structure(normalise(text, hard_wrapped=False).text)
    assert [(u.path, u.title) for u in units] == [
        ("一", "提升政务服务效能"),
        ("一.1", "推进一件事"),
        ("一.2", "深化一网通办"),
        ("二", "优化要素保障"),
        ("二.1", "强化金融服务"),
    ]
    assert units[0].is_section and units[1].cells["responsible"] == "区营商环境建设局"
    rows = "某某清单\n序号\t重点任务\t牵头单位\n一\t发展现代农业\t县农业农村局\n二\t发展电商\t县商务局\n"
    assert paths(rows) == ["一", "二"]
    # … on three levels: 一 a part's row, （一） a section's, the tasks numbered again in
    # each section (batch 79)
    three = (
        "某某清单\n序号\t重点任务\t牵头单位\t完成时限\n一\t做强主导产业\t\t\n"
        "（一）\t汽车零部件产业\t\t\n1\t新增规上企业10家。\t市经信局\t2026年12月\n"
        "2\t产值增长15%。\t市经信局\t2026年12月\n（二）\t新材料产业\t\t\n"
        "1\t建成中试基地2个。\t市科技局\t2026年10月\n二\t优化营商环境\t\t\n"
        "（一）\t政务服务\t\t\n1\t压缩开办时间。\t市数据局\t2026年6月\n"
    )
    units, _ = parse_structure(normalise(three, hard_wrapped=False).text)
    assert [(u.path, u.title) for u in units] == [
        ("一", "做强主导产业"),
        ("一.(一)", "汽车零部件产业"),
        ("一.(一).1", "新增规上企业10家"),
        ("一.(一).2", "产值增长15%"),
        ("一.(二)", "新材料产业"),
        ("一.(二).1", "建成中试基地2个"),
        ("二", "优化营商环境"),
        ("二.(一)", "政务服务"),
        ("二.(一).1", "压缩开办时间"),
    ]


def test_an_item_s_labelled_lines_are_its_fields() -> None:
    """Under a numbered item (a project: 1.年产5万吨…项目), lines labelled 建设内容：… or
    总投资：… are the item's fields, its text — no measures of their own; under a part
    (二、) a labelled paragraph still is one (二.主要预期目标) (batch 46)."""
    text = (
        "一、产业发展类\n1.年产5万吨锂电池负极材料项目\n建设内容：新建生产线4条。\n"
        "总投资：30亿元，2025年计划投资12亿元。\n责任单位：海东工业园区管委会\n"
        "2.农产品加工园项目\n建设内容：建设车间5万平方米。\n"
        "二、目标\n主要预期目标：增长5%。"
    )
    norm = normalise(text).text
    units, _ = parse_structure(norm)
    assert [u.path for u in units] == ["一", "一.1", "一.2", "二", "二.主要预期目标"]
    assert norm[units[1].start : units[1].end].endswith("责任单位：海东工业园区管委会")


def test_a_labelled_task_s_labelled_lines_are_its_fields() -> None:
    """A task list in blocks (任务1：壮大龙头企业 / 工作内容：… / 工作目标：… / 牵头单位：…): the
    lines under a labelled task are its fields, as an item's are — the task is the measure,
    its goals and bodies its own (batch 166, where each field became a measure 任务1.工作目标)."""
    text = (
        "某县宣纸产业2026年重点任务清单\n为推动产业发展，制定本清单。\n"
        "任务1：壮大宣纸龙头企业\n工作内容：支持龙头企业实施技术改造。\n"
        "工作目标：新增宣纸产能300吨。\n牵头单位：县经信局\n配合单位：县发改局\n"
        "完成时限：2026年12月底\n"
        "任务2：保障原料供给\n工作目标：收储稻草1.5万吨。\n责任单位：县林业局\n"
    )
    norm = normalise(text).text
    units, _ = parse_structure(norm)
    assert [(u.path, u.title) for u in units] == [
        ("任务1", "壮大宣纸龙头企业"),
        ("任务2", "保障原料供给"),
    ]
    assert norm[units[0].start : units[0].end].endswith("完成时限：2026年12月底")


@pytest.mark.parametrize(
    ("heading", "path"), [("一、壮大龙头企业", "一"), ("（一）壮大龙头企业", "(一)")]
)
def test_a_task_card_s_fields_under_any_heading_are_its_text(heading: str, path: str) -> None:
    """A task card under a part's or a section's heading (（一）壮大龙头企业 / 工作目标：… /
    牵头单位：…): its fields, named as a task table's columns are (工作内容, 工作目标,
    目标要求 …), are the heading's text, not measures of their own holding its goals and
    bodies; a paragraph of goals (主要预期目标：…) still is one."""
    text = (
        f"某县2026年重点任务清单\n{heading}\n工作内容：支持企业技术改造。\n"
        "工作目标：新增产能300吨。\n牵头单位：县经信局\n完成时限：2026年12月底\n"
    )
    norm = normalise(text).text
    units, _ = parse_structure(norm)
    assert [u.path for u in units] == [path]
    assert norm[units[0].start : units[0].end].endswith("完成时限：2026年12月底")
    assert paths("二、总体要求\n主要预期目标：增长5%。") == ["二", "二.主要预期目标"]


def test_a_heading_whose_lines_hold_a_role_field_is_a_card() -> None:
    """A chain's card under its heading (（一）汽车产业链 / 链长：… / 牵头部门：… / 成员单位：… /
    发展目标：…): its labelled lines are its fields, the heading's text — each was a measure
    (二.(一).链长 took the lead, 二.(一).发展目标 the goals; batch 169). Without a role field
    a labelled paragraph under a heading is still a measure (二.主要预期目标)."""
    text = (
        "二、重点产业链\n（一）汽车产业链\n链长：常务副市长\n牵头部门：市工业和信息化局\n"
        "成员单位：市发展改革委、市科技局\n发展目标：汽车产量达到180万辆。\n"
        "（二）工程机械产业链\n牵头部门：市工业和信息化局\n发展目标：产值突破400亿元。\n"
        "三、总体要求\n主要预期目标：增长5%。\n"
    )
    norm = normalise(text).text
    units, _ = parse_structure(norm)
    assert [u.path for u in units] == ["二", "二.(一)", "二.(二)", "三", "三.主要预期目标"]
    assert norm[units[1].start : units[1].end].endswith("汽车产量达到180万辆。")


def test_an_action_s_duties_field_makes_its_lines_a_card() -> None:
    """（一）招商引资攻坚行动 / 行动目标：… / 主要任务：… / 责任分工：X牵头，Y配合。: the duties
    field is a role field, so the lines are the action's fields (行动目标 and 责任分工 were
    measures of their own)."""
    text = (
        "一、重点行动\n（一）招商引资攻坚行动\n行动目标：全年引进亿元以上项目30个。\n"
        "主要任务：开展产业链精准招商。\n责任分工：县商务局牵头，县发改局配合。\n"
    )
    assert paths(text) == ["一", "一.(一)"]


def test_title_is_first_clause() -> None:
    units, _ = parse_structure("三、举措\n1.培育优势产业集群。坚持以集群思维抓产业")
    assert units[1].title == "培育优势产业集群"
    # a dash pair parting the title from its text (1、促进就业——城镇新增就业800人) ends it too
    units, _ = parse_structure("二、民生\n1、促进就业——城镇新增就业800人\n2、改善住房—改造小区10个")
    assert [u.title for u in units[1:]] == ["促进就业", "改善住房"]
    units, _ = parse_structure("一、目标\n（一）2026—2028年发展目标。内容")
    assert units[1].title == "2026—2028年发展目标"


def test_a_line_naming_the_officials_in_charge_is_not_a_unit() -> None:
    text = "一、任务\n（一）提升政务服务。推行一窗受理。\n分管区领导：王某某\n责任单位：区行政审批服务局"
    assert paths(text) == ["一", "一.(一)"]


def test_the_bodies_a_leader_supervises_are_no_unit() -> None:
    """A division of work among leaders (batch 293): 分管部门：… and 联系单位：… list the bodies
    in a leader's charge, said of the leader's heading."""
    text = (
        "一、副县长  王海燕\n负责工业、商务等方面工作。\n分管部门：县工业和信息化局、县商务局。\n"
        "联系单位：国网东丰县供电公司。\n二、副县长  陈静\n负责教育方面工作。\n分管单位：县教育局。"
    )
    assert paths(text) == ["一", "二"]


def test_a_note_closing_a_heading_is_not_its_title() -> None:
    units, _ = parse_structure("一、任务\n（一）实施强链工程（区发展和改革局牵头）\n聚焦主导产业。")
    assert units[1].title == "实施强链工程"


def test_task_table_rows_are_measures() -> None:
    text = "附件\n序号\t重点任务\t牵头单位\t配合单位\n1\t培育花卉产业\t市花卉中心\t市商务局、市财政局\n2\t建设冷链\t市农业农村局\t\n"
    units, _ = parse_structure(text)
    rows = [u for u in units if u.kind == "row"]
    assert [u.path for u in rows] == ["1", "2"]
    assert rows[0].cells["lead"] == "市花卉中心"
    assert rows[0].cells["support"] == "市商务局、市财政局"
    assert rows[0].title == "培育花卉产业"


def test_a_deadline_column_is_the_rows_deadline_not_a_role() -> None:
    text = (
        "序号\t重点任务\t具体措施\t牵头单位\t责任单位\t完成时限\n"
        "1\t优化纳税服务\t压减办税时间\t市税务局\t市财政局\t2024年6月\n"
    )
    (row,) = [u for u in parse_structure(text)[0] if u.kind == "row"]
    assert row.cells["deadline"] == "2024年6月"
    assert (row.cells["lead"], row.cells["responsible"]) == ("市税务局", "市财政局")
    assert row.title == "优化纳税服务"


def test_an_appendix_closes_the_headings_and_its_table_rows_are_top_level() -> None:
    text = (
        "某方案\n一、任务\n（一）做强产业。内容。\n附件1\n重点任务分工表\n"
        "序号\t重点任务\t牵头单位\n1\t培育花卉\t市花卉中心\n2\t建设冷链\t市农业农村局\n"
    )
    units = {u.path: u for u in parse_structure(text)[0]}
    assert list(units) == ["一", "一.(一)", "附件1", "1", "2"]
    assert "附件" not in text[units["一.(一)"].start : units["一.(一)"].end]
    assert (units["附件1"].title, units["1"].parent) == ("重点任务分工表", None)
    # in a notice's front matter 附件： names the attachment; it is not a unit
    assert paths("关于印发某方案的通知\n附件：某方案\n一、目标\n内容") == ["一"]


def test_an_attachment_numbered_afresh_has_its_headings_under_its_label() -> None:
    """A draft under an announcement, then its drafting explanation numbered 一、二 again:
    the explanation's headings are under 附件2 (they would repeat the plan's paths); the
    plan's, first after the notice, keep their own; the list's 起草说明 names a document
    (batch 280)."""
    text = (
        "关于公开征求《某某方案（征求意见稿）》意见的公告\n现公开征求意见。\n"
        "附件：1.某某方案（2026—2028年）（征求意见稿）\n"
        "2.关于《某某方案（2026—2028年）（征求意见稿）》的起草说明\n"
        "某某县经济和信息化局\n2026年3月20日\n附件1\n某某方案（2026—2028年）\n"
        "一、发展目标\n产值突破60亿元。\n二、重点任务\n（一）培育企业。内容。\n"
        "附件2\n关于《某某方案》的起草说明\n一、起草背景\n2025年产值28.6亿元。\n二、主要内容\n内容。\n"
    )
    assert paths(text) == [
        "一",
        "二",
        "二.(一)",
        "附件2",
        "附件2.一",
        "附件2.二",
    ]
    # an annex whose first heading repeats no path keeps its own (the definitions of 昌吉)
    assert paths("一、目标\n内容。\n附件\n指标解释\n1.规上工业企业：指……\n2.亿元项目：指……\n") == [
        "一",
        "附件",
        "1",
        "2",
    ]


def test_a_second_attachment_s_task_table_numbered_afresh_has_its_rows_under_its_label() -> None:
    """A notice attaching two task tables, each numbered from 1: the second's rows are under
    附件2 (附件2.1), as an attachment's headings numbered afresh are — not 1~2, the
    duplicate's mark; the first's keep their numbers (found probing, session 60)."""
    text = (
        "某县人民政府办公室关于印发2026年重点工作任务的通知\n各乡镇人民政府，县直各部门：\n"
        "现将《2026年重点工作任务》印发给你们，请认真贯彻落实。\n某县人民政府办公室\n2026年3月1日\n"
        "附件1\n2026年重点项目任务表\n序号\t项目名称\t建设内容\t牵头单位\n"
        "1\t产业园\t新建厂房10万平方米\t县发改局\n2\t物流园\t新建仓库5万平方米\t县商务局\n"
        "附件2\n2026年民生实事任务表\n序号\t实事名称\t目标任务\t责任单位\n"
        "1\t新建幼儿园\t新建幼儿园3所\t县教育局\n2\t改造老旧小区\t改造老旧小区12个\t县住建局\n"
    )
    assert paths(text) == ["1", "2", "附件2", "附件2.1", "附件2.2"]
    # … and its rows keep their own numbers where the first's do not repeat them
    numbered_on = text.replace("\n1\t新建", "\n3\t新建").replace("\n2\t改造", "\n4\t改造")
    assert paths(numbered_on) == ["1", "2", "附件2", "3", "4"]


def test_a_notice_s_attachment_line_above_its_signature_is_no_unit() -> None:
    """附件：X under a notice's numbered points and above its signature names what it
    attaches: no unit of its own, so the attachment's own label is not 附件~2 (batch 283)."""
    text = (
        "某某市人民政府办公室关于公布某某目录的通知\n市政府各部门：\n"
        "一、各单位要履行法定程序。\n二、市司法局负责跟踪督促。\n附件：某某市重大行政决策事项目录\n"
        "某某市人民政府办公室\n2026年2月25日\n附件\n某某市重大行政决策事项目录\n"
        "序号\t决策事项名称\t决策承办单位\t计划完成时间\n1\t制定若干措施\t市发展改革委\t2026年6月\n"
    )
    assert paths(text) == ["一", "二", "1"]
    # with no signature after it, the list at the end of a body is a unit, as before
    assert paths("一、目标\n产值突破3000亿元。\n附件：1.重点项目表\n2.任务分工表\n") == [
        "一",
        "附件",
    ]


def test_an_attachment_line_closing_the_text_is_no_unit() -> None:
    """A page's link to the file it attaches, closing its text (附件：….docx), the attachment
    not in it: no unit (batch 557: a unit 附件 of the link's words alone)."""
    for tail in ("", "\n扫一扫在手机打开当前页", "\n【打印本页】【关闭窗口】"):
        text = "一、目标\n产值突破3000亿元。\n附件：2026年海洋经济重点项目表.docx" + tail + "\n"
        assert paths(text) == ["一"], tail


def test_a_notice_s_numbered_ways_to_reach_it_are_no_headings() -> None:
    """1.电子邮件：… / 2.信函：… / 3.电话：… in a call for comments (batch 280: three measures of
    contact details)."""
    text = (
        "关于公开征求《某某方案》意见的公告\n现公开征求意见，可通过以下方式提出：\n"
        "1.电子邮件：发送至某某邮箱。\n2.信函：邮寄至某某路1号。\n3.电话：0571-64812345。\n"
        "一、发展目标\n产值突破60亿元。\n"
    )
    assert paths(text) == ["一"]
    assert paths("一、任务\n1.电子商务：培育电商企业10家。\n") == ["一", "一.1"]


def test_a_sentence_leading_into_a_list_is_no_label() -> None:
    """方案共分三个部分：一是… and 各项任务的责任分工如下表： lead into what follows; they are
    text of their part, not measures of their own (batch 280)."""
    text = "一、主要内容\n方案共分三个部分：一是发展目标；二是重点任务。\n二、任务\n分工如下：见附表。\n"
    assert paths(text) == ["一", "二"]
    assert paths("一、目标\n主要目标：产值突破60亿元。") == ["一", "一.主要目标"]
    # … nor a line leading into a table (batch 1173: the indicator table was 二.主要指标见下表)
    table = (
        "二、主要目标\n主要指标见下表：\n指标名称\t单位\t2026年目标\n地区生产总值增长\t%\t6左右\n"
    )
    assert paths(table) == ["二"]


def test_a_column_of_leading_officials_is_not_a_role() -> None:
    text = "序号\t重点工作\t牵头领导\t牵头单位\n1\t扩大有效投资\t王某某\t市发展改革委\n"
    (row,) = [u for u in parse_structure(text)[0] if u.kind == "row"]
    assert row.cells["lead"] == "市发展改革委"
    assert "王某某" not in [
        v for k, v in row.cells.items() if k in ("lead", "support", "responsible")
    ]


def test_chapters() -> None:
    assert paths("第一章 总则\n第一节 目标\n一、工业\n第二章 任务") == [
        "第一章",
        "第一章.第一节",
        "第一章.第一节.一",
        "第二章",
    ]


def test_parts_hold_chapters() -> None:
    """An outline's parts (第一篇) hold its chapters, numbered straight through the parts, and
    the chapters their sections (batch 202); a part may be 第一部分 or 第一编 too."""
    text = (
        "第一篇 总论\n第一章 基础\n第二章 目标\n第二篇 产业\n第三章 食品\n第一节 玉米\n第三篇 民生"
    )
    assert paths(text) == [
        "第一篇",
        "第一篇.第一章",
        "第一篇.第二章",
        "第二篇",
        "第二篇.第三章",
        "第二篇.第三章.第一节",
        "第三篇",
    ]
    assert paths("第一部分 总论\n第一章 基础\n第二部分 产业\n第二章 食品") == [
        "第一部分",
        "第一部分.第一章",
        "第二部分",
        "第二部分.第二章",
    ]


def test_a_table_of_contents_is_no_part_of_the_structure() -> None:
    """A plan outline lists its chapters before the text (目录): dotted leaders and a page
    number, or a tab before it as Word's table of contents field leaves it."""
    body = "第一章　发展基础\n正文。\n第一节　指导思想\n正文。\n第二章　强化规划实施\n正文。"
    for toc in (
        "目　　录\n第一章　发展基础……………………1\n　　第一节　指导思想…………3\n"
        "第二章　强化规划实施………………5\n\n",
        "目录\n第一章 发展基础\t1\n第一节 指导思想\t3\n第二章 强化规划实施\t5\n",
        "第一章 发展基础..........1\n第二章 强化规划实施..........5\n",  # leaders alone
        # (a page number after one space, as a text copied from a PDF keeps it, batch 548)
        "目 录\n第一章 发展基础 1\n第一节 指导思想 3\n第二章 强化规划实施 5\n\n",
        # (Word's field, a tab before each page, its 目录 line deleted, batch 549)
        "第一章 发展基础\t1\n第一节 指导思想\t3\n第二章 强化规划实施\t5\n",
    ):
        text = normalise("某区发展规划纲要\n" + toc + body).text
        units, start = parse_structure(text)
        assert [u.path for u in units] == ["第一章", "第一章.第一节", "第二章"], toc
        assert text[start:].startswith("第一章"), toc
        assert text[start - 1 : start] == "\n" and "正文" in text[start : start + 20], toc
        # an entry naming a kind of document (规划) is no title
        assert extract_meta(text, start)["title"] == "某区发展规划纲要", toc


@pytest.mark.parametrize(
    "toc",
    [
        "目录\n第一章 发展基础\n第一节 指导思想\n第二章 强化规划实施\n\n",
        "目　　录\n\n第一章 发展基础\n\n第一节 指导思想\n\n第二章 强化规划实施\n\n",
        "第一章 发展基础\n第一节 指导思想\n第二章 强化规划实施\n",  # (no 目录 line: three)
    ],
)
def test_a_table_of_contents_with_no_page_numbers_is_no_part_of_the_structure(toc: str) -> None:
    """A page's contents, links to its headings, copied with the text (batch 545): its
    entries are the headings' lines with no page numbers, written again below in order.
    (Before, every heading was read twice: 第一章 and 第一章~2.)"""
    body = "第一章　发展基础\n正文。\n第一节　指导思想\n正文。\n第二章　强化规划实施\n正文。"
    text = normalise("某区发展规划纲要\n" + toc + body).text
    units, start = parse_structure(text)
    assert [u.path for u in units] == ["第一章", "第一章.第一节", "第二章"]
    assert text[start:].startswith("第一章") and "正文" in text[start : start + 20]
    assert extract_meta(text, start)["title"] == "某区发展规划纲要"


def test_contents_whose_headings_open_their_paragraphs_below() -> None:
    """The contents name a heading the text runs on into its paragraph (（一）设施提升。新建…):
    it is still that heading's entry."""
    text = normalise(
        "某县蔬菜产业发展工作方案\n目录\n一、发展目标\n二、重点任务\n（一）设施提升\n"
        "（二）加工培育\n三、保障措施\n一、发展目标\n蔬菜产量达到45万吨。\n二、重点任务\n"
        "（一）设施提升。新建日光温室500座。\n（二）加工培育。培育加工企业3家。\n"
        "三、保障措施\n加强组织领导。"
    ).text
    units, _ = parse_structure(text)
    assert [u.path for u in units] == ["一", "二", "二.(一)", "二.(二)", "三"]


def test_headings_written_twice_in_the_text_are_no_contents() -> None:
    """An annual plan's two parts may head their items alike (（一）农业农村 in the year's
    account and in the next year's plan); a line that merely recurs is no entry."""
    text = normalise(
        "某县2026年国民经济和社会发展计划\n一、2025年计划执行情况\n（一）农业农村\n"
        "粮食产量50万吨。\n（二）工业经济\n工业增加值增长6%。\n二、2026年主要任务\n"
        "（一）农业农村\n粮食产量稳定在50万吨。\n（二）工业经济\n工业增加值增长6%左右。"
    ).text
    units, _ = parse_structure(text)
    assert [u.path for u in units] == ["一", "一.(一)", "一.(二)", "二", "二.(一)", "二.(二)"]


def test_text_without_headings_is_one_measure() -> None:
    units, _ = parse_structure(
        "关于做好花卉工作的通知\n到2025年，花卉产值突破50亿元（市花卉中心牵头）。"
    )
    assert [(u.path, u.kind) for u in units] == [("全文", "body")]
    assert units[0].end > units[0].start


def test_markdown_pipe_task_table() -> None:
    text = "| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 发展花卉 | 县农业农村局 | 县财政局 |\n"
    units, _ = parse_structure(text)
    assert [(u.path, u.kind) for u in units] == [("1", "row")]
    assert units[0].cells["lead"] == "县农业农村局" and units[0].cells["support"] == "县财政局"


def test_a_goal_paragraph_before_the_first_heading_is_a_measure() -> None:
    text = (
        "某县2025年国民经济和社会发展计划\n"
        "主要预期目标是：地区生产总值增长6%左右。\n"
        "附件：指标表\n"
        "重点工作任务：\n"
        "（一）扩大有效投资。内容\n"
    )
    units, _ = parse_structure(normalise(text).text)
    assert [(u.path, u.kind) for u in units] == [("主要预期目标", "label"), ("(一)", "cn_paren")]


def test_a_goal_paragraph_alone_does_not_hide_the_rest_of_a_text_without_headings() -> None:
    assert paths("主要目标：增长6%。\n另有一段正文。") == ["全文"]


def test_heading_rows_inside_a_task_table_group_its_rows() -> None:
    text = (
        "序号\t重点任务\t牵头单位\n一、做强主导产业\n1\t壮大铝型材产业\t县工信局\n"
        "2\t发展磁电装备\t县科技局\n二、强化保障\n3\t加强用地保障\t县自然资源局\n"
        "三、保障措施\n（一）加强组织领导。成立领导小组。\n"
    )
    units, _ = parse_structure(text)
    rows = {u.path: u.cells.get("lead") for u in units if u.kind == "row"}
    assert rows == {"一.1": "县工信局", "一.2": "县科技局", "二.3": "县自然资源局"}
    # a heading not followed by a row ends the table
    assert [u.path for u in units if u.kind != "row"] == ["一", "二", "三", "三.(一)"]


def test_rows_naming_groups_in_words_alone_keep_the_table_going() -> None:
    """A row spanning the table that names a group of rows in words alone (产业发展类, as a
    page's <td colspan> gives it: a line of its own) is no unit and ends no table: the rows
    under it keep their numbers, as a category column's do (before, the table ended at the
    first such row, and its rows were lost to the whole text)."""
    text = (
        "某县2026年重点任务清单\n\n序号\t重点任务\t牵头单位\t配合单位\n\n产业发展类\n\n"
        "1\t新建5G基站300个\t县工信局\t县发改局\n\n2\t新增规上工业企业20家\t县工信局\t县统计局\n\n"
        "民生保障类\n\n3\t城镇新增就业5000人\t县人社局\t各乡镇\n\n"
        "某县人民政府办公室\n2026年3月1日\n"
    )
    units, _ = parse_structure(normalise(text).text)
    rows = {u.path: u.cells.get("lead") for u in units}
    assert rows == {"1": "县工信局", "2": "县工信局", "3": "县人社局"}


def test_the_first_task_column_titles_a_row() -> None:
    text = "序号\t重点任务\t具体措施\t牵头单位\n1\t壮大铝型材产业\t营业收入突破300亿元\t县工信局\n"
    units, _ = parse_structure(text)
    assert units[0].title == "壮大铝型材产业"


def test_parts_and_numbers_closed_by_one_bracket() -> None:
    text = "第一部分 稳增长\n一、促进消费\n1）开展活动50场次。\n2) 扩大消费\n第二部分 强产业\n第二篇 附录"
    units, _ = parse_structure(normalise(text).text)
    assert [(u.path, u.title) for u in units] == [
        ("第一部分", "稳增长"),
        ("第一部分.一", "促进消费"),
        ("第一部分.一.1)", "开展活动50场次"),
        ("第一部分.一.2)", "扩大消费"),
        ("第二部分", "强产业"),
        ("第二篇", "附录"),
    ]


def test_chinese_numerals_closed_by_one_bracket() -> None:
    """一） written for （一） (a drafter's, or a bracket lost in copying) is a heading; its
    path keeps the bracket as written, as 1） does (its items were the part's text, their
    notes the part's). Noticed in session 34, left alone then."""
    text = (
        "一、重点任务\n一）推进工作。做好甲。\n1.细项。\n二) 做好乙。\n二、保障措施\n"
        "三）。\n四)，加强领导。"
    )
    assert paths(text) == ["一", "一.一)", "一.一).1", "一.二)", "二"]


def test_a_bracket_closing_a_number_and_then_the_sentence_is_not_a_heading() -> None:
    assert paths("一、目标\n5）。\n6)，") == ["一"]


def test_lines_of_roles_and_oversight_belong_to_the_measure_above() -> None:
    text = (
        "（一）壮大集群\n1.做强木业。营业收入突破2000亿元。\n牵头责任单位：市工业和信息化局\n"
        "配合责任单位：市商务局\n2.实施智能化改造。\n责任主体：各县区政府\n督导单位：市工业和信息化局"
    )
    assert paths(text) == ["(一)", "(一).1", "(一).2"]


def test_an_item_of_fields_is_titled_by_its_name_field() -> None:
    text = (
        "一、产业发展类\n1. 任务名称：牡丹产业提质增效；主要内容：新增种植面积1万亩；"
        "责任单位：区农业农村局；完成时限：2024年12月底。\n2.事项：发展生物医药产业；牵头单位：区工信局"
    )
    units, _ = parse_structure(normalise(text).text)
    assert [(u.path, u.title) for u in units] == [
        ("一", "产业发展类"),
        ("一.1", "牡丹产业提质增效"),
        ("一.2", "发展生物医药产业"),
    ]


def test_a_long_heading_without_a_stop_is_titled_by_its_first_clause() -> None:
    text = (
        "一、重点工作\n（一）加快重点项目建设，确保全年完成投资100亿元以上，新开工项目50个\n"
        "（二）坚持创新驱动，加快产业升级\n"
        "（三）实施“百企转型，百项技改”行动，推动120家企业实施技术改造项目建设\n"
    )
    units, _ = parse_structure(normalise(text).text)
    assert [u.title for u in units] == [
        "重点工作",
        "加快重点项目建设",
        "坚持创新驱动，加快产业升级",  # short: both phrases are the title
        "实施“百企转型，百项技改”行动",  # not cut inside quotes
    ]


def test_a_number_heading_followed_by_a_year() -> None:
    """2.2024年 is heading 2 and a year, never the decimal 2.2024; 1、5G is a heading too."""
    assert paths(
        "一、任务\n1.改造老枣园2万亩.\n2.2024年、2025年产量分别达到5亿斤、6亿斤.\n3、5G基站建设"
    ) == [
        "一",
        "一.1",
        "一.2",
        "一.3",
    ]
    assert paths("一、目标\n1.5万亩高标准农田建成。") == ["一"]


def test_a_column_naming_each_group_of_rows_heads_them() -> None:
    """类别 | 序号 | 重点任务 | 牵头单位: a group named in its own column (merged down, so
    repeated on each row) is a section over its rows, numbered again in each (batch 65)."""
    text = (
        "某县重点工作任务分解表\n类别\t序号\t重点任务\t牵头单位\n"
        "一、扩大有效投资\t1\t实施重点项目150个。\t县发展改革局\n"
        "一、扩大有效投资\t2\t争取专项债券资金20亿元。\t县财政局\n"
        "二、壮大特色产业\t1\t新增规上工业企业15家。\t县工业和信息化局\n"
    )
    units, _ = parse_structure(normalise(text).text)
    assert [(u.path, u.title) for u in units] == [
        ("一", "扩大有效投资"),
        ("一.1", "实施重点项目150个"),
        ("一.2", "争取专项债券资金20亿元"),
        ("二", "壮大特色产业"),
        ("二.1", "新增规上工业企业15家"),
    ]


def test_a_separator_after_a_bracketed_marker_is_no_part_of_the_title() -> None:
    """（一）、加快… and (一).发展…: drafters put 、 or . after a bracketed marker too."""
    for text in (
        "一、重点任务\n（一）、加快产业发展。内容。\n（二）、推进改革。内容。\n（1）、细项。内容。",
        "一、重点任务\n(一).加快产业发展。内容。\n(二).推进改革。内容。\n(1).细项。内容。",
    ):
        units, _ = parse_structure(normalise(text).text)
        assert [(u.path, u.title) for u in units] == [
            ("一", "重点任务"),
            ("一.(一)", "加快产业发展"),
            ("一.(二)", "推进改革"),
            ("一.(二).(1)", "细项"),
        ]


DECIMAL = (
    "某某三年行动计划\n1 总体要求\n制定本计划。\n2 主要目标\n到2028年，5G基站达到1.5万个。\n"
    "3 重点任务\n3.1 建设新型基础设施\n3.1.1 推进5G网络建设。新建5G基站3000个。\n"
    "3.1.2 建设算力中心。内容。\n3.2 发展数字产业\n3.2.1 壮大软件产业。内容。\n4 保障措施\n内容。"
)


def test_an_outline_numbered_in_decimals() -> None:
    """1 / 3.1 / 3.1.1, a space after each number (batch 77): the path joins the numbers."""
    units, _ = parse_structure(normalise(DECIMAL).text)
    assert [(u.path, u.title) for u in units] == [
        ("1", "总体要求"),
        ("2", "主要目标"),
        ("3", "重点任务"),
        ("3.1", "建设新型基础设施"),
        ("3.1.1", "推进5G网络建设"),
        ("3.1.2", "建设算力中心"),
        ("3.2", "发展数字产业"),
        ("3.2.1", "壮大软件产业"),
        ("4", "保障措施"),
    ]
    # a number and a space opening a line elsewhere is no heading: a figure's line wrapped
    units, _ = parse_structure(normalise("一、目标\n全年实施项目\n10 个，完成投资20亿元。").text)
    assert [u.path for u in units] == ["一"]


def test_a_colophon_closes_the_body_and_is_no_measure() -> None:
    """An official document ends with its colophon (版记): 抄送：… and the issuing office's
    印发 line, between rules. Its list of bodies is no part of the last measure, nor a
    measure of its own (batch 94: `二.(四).抄送` took the last item's roles)."""
    text = (
        "某县工作要点\n一、任务\n（一）加强知识产权保护。新增有效发明专利150件。"
        "（县市场监督管理局牵头，县科技局配合）\n某县人民政府办公室\n2026年2月26日\n"
        "抄送：县委各部门，县人大常委会办公室，县政协办公室。\n"
        "某县人民政府办公室　　2026年2月27日印发\n"
    )
    units = {u.path: u for u in parse_structure(normalise(text).text)[0]}
    assert list(units) == ["一", "一.(一)"]
    last = units["一.(一)"]
    assert "抄送" not in normalise(text).text[last.start : last.end]


def test_minutes_close_with_their_attendance_and_copies() -> None:
    """Minutes (会议纪要) end with who attended (出席：officials, 列席：bodies …主要负责同志),
    who was away (缺席, 请假), the clerk (记录) and those sent copies (分送): no part of the last
    matter agreed nor measures of their own (batch 170: `五.列席` took a responsibility)."""
    text = (
        "某市人民政府常务会议纪要\n一、关于春季农业生产\n会议同意由市农业农村局负责组织实施。\n"
        "二、其他事项\n会议同意有关安排。\n\n出席：李明　王强\n"
        "列席：市政府办、市发展和改革局、市财政局主要负责同志\n请假：张伟\n记录：赵磊\n"
        "分送：各镇人民政府、街道办事处，市直各部门。\n"
    )
    units = {u.path: u for u in parse_structure(normalise(text).text)[0]}
    assert list(units) == ["一", "二"]
    last = normalise(text).text[units["二"].start : units["二"].end]
    assert "列席" not in last and "出席" not in last and "分送" not in last
    # (labelled as persons too: 出席人员：, 列席人员：, 记录人：)
    units = parse_structure(
        normalise(text.replace("出席：", "出席人员：").replace("记录：", "记录人：")).text
    )[0]
    assert [u.path for u in units] == ["一", "二"]


def test_an_account_s_credits_and_recommended_articles_close_a_copied_text() -> None:
    """A WeChat article copied into a text file ends with its credits (来源：…, 编辑：…,
    审核：…), buttons (阅读原文) and recommended articles (往期推荐, with figures of their
    own): nobody's text — they were measures 一.(二).编辑 … taking the item's roles, and a
    recommended headline's 增长6% a target. A credit above the text is no measure either."""
    text = (
        "来源：某县发布\n某县2026年工作要点\n一、产业发展\n（一）壮大龙头企业。新增产能300吨。\n"
        "（二）促进就业。城镇新增就业800人。（县人社局负责）\n来源：某县发布\n编辑：张三\n"
        "审核 | 李四\n终审：王五\n往期推荐\n1.某县召开经济工作会议，全年增长6%\n阅读原文\n"
    )
    norm = normalise(text).text
    units = {u.path: u for u in parse_structure(norm)[0]}
    assert list(units) == ["一", "一.(一)", "一.(二)"]
    assert norm[units["一.(二)"].start : units["一.(二)"].end].endswith("（县人社局负责）")
    # a credit line inside the text, more text after it, is left as it is
    assert paths("一、任务\n（一）推进。\n图片：无人机航拍\n（二）促进就业。") == [
        "一",
        "一.(一)",
        "一.(二)",
    ]


def test_a_portal_s_buttons_and_related_links_close_a_copied_text() -> None:
    """A portal page copied into a text file: after the signature, 扫一扫在手机打开当前页,
    【打印本页】 【关闭窗口】 and 相关链接： over other documents' titles (1.某县2025年工作要点,
    a heading 一.(二).1 with its figures) are nobody's."""
    text = (
        "某县2026年工作要点\n【字体：大 中 小】 打印\n一、产业发展\n（一）壮大龙头企业。\n"
        "（二）促进就业。城镇新增就业800人。\n某县人民政府办公室\n2026年2月10日\n"
        "扫一扫在手机打开当前页\n【打印本页】 【关闭窗口】\n相关链接：\n"
        "1.某县2025年工作要点（增长6%）\n"
    )
    assert paths(text) == ["一", "一.(一)", "一.(二)"]
    assert paths(text.replace("扫一扫在手机打开当前页\n【打印本页】 【关闭窗口】\n", "")) == [
        "一",
        "一.(一)",
        "一.(二)",
    ]


def test_a_statistical_forms_row_of_column_codes_is_no_row() -> None:
    """甲 | 乙 | 丙 | 1 | 2 | 丁 under the header labels the columns (the corpus's 伊金霍洛 form;
    its figures had gone to a measure 甲, unscored)."""
    text = (
        "序号\t指标名称\t计量单位\t2025年实绩\t2026年目标\t责任单位\n"
        "甲\t乙\t丙\t1\t2\t丁\n"
        "1\t地区生产总值\t亿元\t1420\t1500\t旗发展和改革委员会\n"
    )
    assert paths(text) == ["1"]


def test_a_table_of_roles_alone_after_an_item_is_the_items() -> None:
    """An item's paragraph followed by a table of one row holding only its roles and time
    limit (牵头单位 | 配合单位 | 完成时限): the row is the item's, no measure of its own, and its
    cells give the item's roles (batch 136: 安化)."""
    text = (
        "某县工作要点\n一、做大茶园基地\n1.新建标准化茶园2万亩。\n"
        "牵头单位\t配合单位\t完成时限\n县茶产业发展服务中心\t县农业农村局\t2026年12月\n"
        "2.推进绿色防控。\n牵头单位\t配合单位\t完成时限\n县农业农村局\t县林业局\t2026年10月\n"
    )
    units = {u.path: u for u in parse_structure(normalise(text).text)[0]}
    assert list(units) == ["一", "一.1", "一.2"]
    assert [cells for _, cells in units["一.2"].rows if cells] == [
        {"lead": "县农业农村局", "support": "县林业局", "deadline": "2026年10月"}
    ]


def test_a_mark_singling_a_heading_out_is_no_part_of_it() -> None:
    """★1. (a key task under 注：标★的为年度重点攻坚任务) and ▲（二） head their items as 1. and
    （二） do, the mark no part of the title; before, the marked items were lost into the item
    before them. A line so marked is never joined to the line before it."""
    text = "一、重点任务\n★1.推进花卉产业。新增企业5家\n2.发展文旅。接待游客\n★3.培育数字经济。新增企业10家\n▲（一）细项。内容"
    units, _ = parse_structure(normalise(text).text)
    assert [(u.path, u.title) for u in units] == [
        ("一", "重点任务"),
        ("一.1", "推进花卉产业"),
        ("一.2", "发展文旅"),
        ("一.3", "培育数字经济"),
        ("一.3.(一)", "细项"),
    ]


def test_a_social_media_post_s_emoji_before_headings() -> None:
    """A list copied from an account's post sets emoji and symbols before its headings'
    markers (📌一、, ✅1., 👉1., ▶2., 🔹（一）): they are no part of the heading, which was lost,
    the whole text one measure (全文)."""
    text = (
        "某县2026年重点工作任务清单\n📌一、产业发展\n✅1.壮大食品产业。新增规上企业5家。\n"
        "✔️2.发展乡村旅游。接待游客100万人次。\n📌二、民生保障\n👉1.促进就业。城镇新增就业800人。\n"
        "▶2.改善住房。改造老旧小区10个。\n🔹（一）细项。内容\n"
    )
    units, _ = parse_structure(normalise(text).text)
    assert [(u.path, u.title) for u in units] == [
        ("一", "产业发展"),
        ("一.1", "壮大食品产业"),
        ("一.2", "发展乡村旅游"),
        ("二", "民生保障"),
        ("二.1", "促进就业"),
        ("二.2", "改善住房"),
        ("二.2.(一)", "细项"),
    ]
    # items numbered with keycap emoji (1️⃣, 2️⃣) are 1. and 2.
    keycaps = "一、产业发展\n1\ufe0f\u20e3壮大食品产业。内容\n2\ufe0f\u20e3发展乡村旅游。内容\n"
    assert paths(keycaps) == ["一", "一.1", "一.2"]


def test_numbers_padded_with_zeros_and_titles_in_square_brackets() -> None:
    """01. and a table's 01 are item and row 1 (as spreadsheets and some drafts pad them);
    a title set in square brackets after the marker is the title, a role note so set is not."""
    assert paths("一、重点任务\n01.扩大投资。内容\n02.发展花卉。内容") == ["一", "一.1", "一.2"]
    text = "序号\t工作任务\t牵头单位\n01\t扩大有效投资。\t市发改委\n02\t发展花卉。\t市农业农村局"
    assert paths(text) == ["1", "2"]
    units, _ = parse_structure(normalise("一、重点任务\n（一）【扩大有效投资】新增项目10个。").text)
    assert units[1].title == "扩大有效投资"
    units, _ = parse_structure(
        normalise("一、重点任务\n（一）〔牵头单位：市发改委〕新增项目。").text
    )
    assert units[1].title != "牵头单位：市发改委"
    # a circled number is no number to pad: ① stays ①
    assert paths("一、重点任务\n①扩大投资。内容") == ["一", "一.①"]


def test_parts_numbered_in_capital_or_roman_numerals() -> None:
    """壹、 (the capital numerals of accounts) and Ⅰ. head parts as 一、 does, the marker kept
    as written; before, their lines were text and their parts ran into the last heading's."""
    text = "壹、总体要求\n到2026年，完成投资100亿元。\n贰、重点任务\n一、推进产业升级。内容\n（一）发展花卉。内容"
    units, _ = parse_structure(normalise(text).text)
    assert [(u.path, u.title) for u in units] == [
        ("壹", "总体要求"),
        ("贰", "重点任务"),
        ("贰.一", "推进产业升级"),
        ("贰.一.(一)", "发展花卉"),
    ]
    assert paths("Ⅰ.总体要求\n内容。\nⅡ、重点任务\n1.发展产业。内容") == ["Ⅰ", "Ⅱ", "Ⅱ.1"]
    # a capital numeral opening a sentence is no marker: 壹号工程 …, 贰佰元
    assert paths("一、重点任务\n壹号工程建设。内容") == ["一"]


@pytest.mark.parametrize(
    "column",
    [
        "完成时间节点",
        "计划完成时间",
        "截止时间",
        "完成节点",
        "进度安排",
        "办结时间",
        "完成时限要求",
    ],
)
def test_deadline_columns_of_more_names(column: str) -> None:
    """A deadline column however the table names it; before, these were no column's name and
    the rows' deadlines were lost."""
    text = f"序号\t重点工作\t工作举措\t牵头单位\t{column}\n1\t扩大有效投资\t完成投资100亿元\t县发改局\t2026年12月底\n"
    (row,) = [u for u in parse_structure(text)[0] if u.kind == "row"]
    assert row.cells["deadline"] == "2026年12月底"
    assert row.title == "扩大有效投资"


def test_a_task_table_without_a_role_column_is_still_a_task_table() -> None:
    """序号 | 工作任务 | 目标要求 | 完成时限 with no body named: its rows are measures all the same
    (their figures theirs, their deadlines read); before, the rows were text of the whole
    document. A table of a number and a task alone is not enough to say so."""
    text = (
        "某市2026年重点工作任务分解表\n序号\t工作任务\t目标要求\t完成时限\n"
        "1\t扩大有效投资\t完成固定资产投资300亿元\t2026年12月\n"
        "2\t推进项目建设\t新开工重点项目50个\t2026年12月\n"
    )
    rows = [u for u in parse_structure(normalise(text).text)[0] if u.kind == "row"]
    assert [(u.path, u.title, u.cells.get("deadline")) for u in rows] == [
        ("1", "扩大有效投资", "2026年12月"),
        ("2", "推进项目建设", "2026年12月"),
    ]
    plain = "某市活动安排\n序号\t内容\n1\t开幕式\n2\t参观展区\n"
    assert [u for u in parse_structure(normalise(plain).text)[0] if u.kind == "row"] == []


def test_a_marker_alone_on_its_line_takes_the_next_line_as_its_title() -> None:
    """一、 / 重点任务 on two lines (a PDF's text runs, a list pasted without its text on the
    marker's line): the headings had empty titles (found probing); a heading after a marker
    alone gives it none."""
    text = (
        "一、\n重点任务\n（一）\n发展花卉产业。新增企业5家。\n（二）\n推进项目。\n二、\n"
        "（一）加强领导。\n"
    )
    units, _ = parse_structure(normalise(text).text)
    assert [(u.path, u.title) for u in units] == [
        ("一", "重点任务"),
        ("一.(一)", "发展花卉产业"),
        ("一.(二)", "推进项目"),
        ("二", ""),
        ("二.(一)", "加强领导"),
    ]


def test_an_item_misprinted_in_brackets_among_numbered_items_is_their_sibling() -> None:
    """1． 2． （3） 4．: an item's first sub-item is never its （3）, so the bracketed item after
    item 2 is the third item, misprinted (batch 242: it was 2's sub-item and took its roles'
    measure away from the part)."""
    text = (
        "某县工作要点\n二、重点工作\n1.推进果园改造。\n2.防控黄龙病。\n"
        "（3）拓展销售市场。\n4.办好脐橙节。\n"
    )
    units, _ = parse_structure(text)
    assert [u.path for u in units] == ["二", "二.1", "二.2", "二.(3)", "二.4"]
    # (a real sub-item list opens at （1）)
    text = "某县工作要点\n二、重点工作\n1.推进果园改造。\n（1）改造低产园。\n（2）新建示范园。\n2.防控病害。\n"
    units, _ = parse_structure(text)
    assert [u.path for u in units] == ["二", "二.1", "二.1.(1)", "二.1.(2)", "二.2"]


def test_bracketed_items_numbered_straight_through_their_parts_stay_under_them() -> None:
    """（一）（二） under 一、 and （三）（四） under 二、 (the corpus's 阿里): numbered straight
    through, not misprinted parts; 二、 then a first （三） with none before is one."""
    text = "某工作要点\n一、甲\n（一）子一\n（二）子二\n二、乙\n（三）子三\n（四）子四\n"
    units, _ = parse_structure(text)
    assert [u.path for u in units] == ["一", "一.(一)", "一.(二)", "二", "二.(三)", "二.(四)"]
    text = "某工作要点\n一、甲\n任务一。\n二、乙\n任务二。\n（三）丙\n任务三。\n四、丁\n任务四。\n"
    units, _ = parse_structure(text)
    assert [u.path for u in units] == ["一", "二", "(三)", "四"]


@pytest.mark.parametrize("indent", ["", "\t", "　　"])
def test_an_indicator_table_ends_where_the_lines_after_it_are_indented_by_a_tab(
    indent: str,
) -> None:
    """Every line indented by a tab (as a text file saved from a word processor may be): the
    headings after an indicator table are headings, not more of the table."""
    lines = [
        "第一章 发展基础和主要目标",
        "第二节 主要目标",
        "指标\t单位\t2025年\t2030年\t属性",
        "地区生产总值\t亿元\t480\t700\t预期性",
        "第二章 构建现代化产业体系",
        "第一节 壮大主导产业",
        "到2030年家居产业营业收入突破500亿元。",
    ]
    text = "\n".join(indent + line for line in lines)
    assert paths(text) == ["第一章", "第一章.第二节", "第二章", "第二章.第一节"]


def test_a_body_s_duty_after_a_colon_is_text_of_its_part() -> None:
    """A duties part's lines (区应急管理局：负责…) are the part's text, not measures named by
    their bodies (batch 270: 2.2.区应急管理局, and the class's line fell under the last)."""
    text = (
        "1 总则\n1.1 编制目的\n减少损失。\n"
        "2 组织指挥体系\n2.2 成员单位职责\n区应急管理局：负责指导森林火灾应急救援。\n"
        "区气象局：负责提供火场天气预报。\n各乡镇人民政府、街道办事处：负责本辖区先期处置。\n"
        "3 火灾分级\n主要预期目标：减少损失。\n"
    )
    assert paths(text) == ["1", "1.1", "2", "2.2", "3", "3.主要预期目标"]


DECISION = (
    "关于表彰2025年度全区招商引资工作先进集体和先进个人的决定\n各乡镇人民政府：\n"
    "2025年，全区上下深入实施招商引资工程，全年引进内资项目126个，到位资金218.6亿元。\n"
    "附件：先进集体和先进个人名单\n某区人民政府\n2026年2月12日\n"
    "附件\n先进集体和先进个人名单\n一、先进集体（10个）\n区商务局、下营镇\n二、先进个人（20名）\n张伟（区商务局）\n"
)


def test_a_body_with_no_headings_before_an_attachment_with_headings_is_a_measure() -> None:
    """A decision whose attachment lists those it honours under 一、二 (a probe at session 44's
    end): its body was no unit, its figures lost; it is one now, path 正文."""
    units, _ = parse_structure(normalise(DECISION).text)
    assert [u.path for u in units] == ["正文", "一", "二"]
    assert "全年引进内资项目126个" in normalise(DECISION).text[units[0].start : units[0].end]


@pytest.mark.parametrize(
    "covering",
    [
        "现将《某区2026年招商引资工作方案》印发给你们，请结合实际认真贯彻落实。",
        "现将2026年度衔接推进乡村振兴补助资金项目计划下达给你们，请严格按照计划组织实施。",
        "为广泛听取社会各界意见，现将方案全文公布，公开征求意见，时间为30天。",
    ],
)
def test_a_covering_notices_body_is_no_measure(covering: str) -> None:
    """A body that only hands on what it attaches (印发给你们, 下达给你们, a draft published for
    comments — the corpus's 兴山 and 淳安) is no measure: the attachment's headings are."""
    text = (
        "关于印发《某区2026年招商引资工作方案》的通知\n各乡镇人民政府：\n"
        f"{covering}\n"
        "附件：某区2026年招商引资工作方案\n某区人民政府\n2026年2月12日\n"
        "附件\n某区2026年招商引资工作方案\n一、工作目标\n引进项目30个。\n二、重点任务\n"
    )
    assert paths(text) == ["一", "二"]


def test_an_english_version_for_reference_holds_no_headings() -> None:
    """Measures with an English version attached for reference (batch 301): its items,
    (1) Enriching…, are a translation's, no measures of their own."""
    text = (
        "某市支持游艇产业发展若干措施\n一、扩大游艇消费\n（一）丰富游艇消费业态。打造10条以上精品航线。\n"
        "附件\nEnglish Version (For Reference Only)\nI. Expanding yacht consumption\n"
        "(1) Enriching yacht consumption formats. Create more than 10 boutique routes.\n"
    )
    assert paths(text) == ["一", "一.(一)", "附件"]


def test_a_bulletins_list_of_items_is_no_heading() -> None:
    """【本期要目】 lists a bulletin's items (batch 303): no part of it; the items with no
    markers make the text one measure."""
    text = (
        "某区政务信息\n第12期\n【本期要目】\n◆区政府召开一季度经济运行分析会\n"
        "区政府召开一季度经济运行分析会\n　　4月28日，区政府召开会议。\n"
    )
    assert paths(text) == ["全文"]


def test_a_yearbook_s_entries_are_headed_by_their_names_in_square_brackets() -> None:
    """A yearbook's entries open with their names in 【】 before their text on one line (batch
    309: 【概况】 2024年，…): each is a part, its path its name; a note of roles in 【】 opening a
    line is none (【牵头单位】市工信局), nor a year in brackets (〔2026〕)."""
    text = (
        "灵宝年鉴（2025）\n农业农村\n【概况】 2024年，全市农林牧渔业总产值完成186.5亿元。\n"
        "【苹果产业】 全市苹果种植面积稳定在80万亩。\n"
    )
    assert paths(text) == ["概况", "苹果产业"]
    assert paths("一、任务\n（一）推进技改。\n【牵头单位】市工信局【配合单位】市商务局\n") == [
        "一",
        "一.(一)",
    ]
    assert paths("一、任务\n〔2026〕3号文件已印发。\n") == ["一"]


def test_a_list_of_projects_measured_by_a_column_names_a_measure_a_row() -> None:
    """A procurement's intentions (batch 314: 序号 | 采购项目名称 | … | 预算金额（万元） | 预计采购时间)
    name no body, yet each row is a project: a measure whose path is its number. A table of
    projects with no column measuring them is no task table."""
    head = "宜良县教育体育局2026年4至6月政府采购意向\n现将采购意向公开如下：\n"
    rows = "1\t学生课桌椅采购项目\t采购学生课桌椅3000套\t150\t2026年5月\n2\t校园安保服务项目\t提供服务\t420\t2026年6月\n"
    text = head + "序号\t采购项目名称\t采购需求概况\t预算金额（万元）\t预计采购时间\n" + rows
    assert paths(text) == ["1", "2"]
    assert paths(head + "序号\t项目名称\t备注\n" + rows) == ["全文"]


def test_telephone_lines_are_said_of_the_part_above() -> None:
    """咨询电话：… and 监督电话：… lines after a recruitment's last part (batch 310) are ways to
    reach its issuer, no labelled measures of that part."""
    text = (
        "某县公开招聘公告\n一、招聘计划\n招聘工作人员86名。\n二、纪律与监督\n"
        "招聘工作由县人社局负责组织实施。\n咨询电话：0735-3722118\n监督电话：0735-3722119\n"
    )
    assert paths(text) == ["一", "二"]


def test_an_interpretations_particulars_are_no_measures() -> None:
    """An interpretation names at its end who interprets it (解读机关：…, 解读人：…, batch 538):
    text of the last part, no measures of their own under it."""
    text = (
        "《某县2026年花卉产业发展工作方案》政策解读\n\n一、起草背景\n花卉是主导产业。\n"
        "二、保障措施\n县财政安排资金1000万元。\n解读机关：某县农业农村局\n解读人：张明\n"
    )
    assert paths(text) == ["一", "二"]


def test_a_tenders_particulars_are_text_of_their_part() -> None:
    """A tender announcement (batch 331): the project's fields (项目编号：, 预算金额：,
    合同履行期限：) and when and where to get its documents (时间：, 地点：, 售价：) are text of
    their part, on lines of their own — no measures."""
    text = (
        "某县2026年农村公路工程招标公告\n\n一、项目基本情况\n项目编号：MHK2026-GL-015\n"
        "项目名称：某县2026年农村公路工程（第一批）\n预算金额：3860万元\n合同履行期限：180日历天\n"
        "二、获取招标文件\n时间：2026年5月8日至2026年5月14日\n地点：某省公共资源交易网\n售价：0元\n"
    )
    assert paths(text) == ["一", "二"]
    assert "\n预算金额：3860万元\n" in normalise(text).text


def test_goals_stated_in_a_sentence_before_the_first_heading_are_a_measure() -> None:
    """Work points stating the year's goals in their opening paragraph (batch 588, and the
    corpus's 晋城, 太仓 and 周庄): the paragraph is a measure of goals whose path is the label
    its sentence names, as a paragraph labelled 主要预期目标： is; an opening paragraph naming
    no goals stays the preamble, and after a heading the sentence is its part's text."""
    title = "某县2026年苹果产业工作要点\n"
    assert paths(
        title + "2026年，全县苹果产业工作的总体目标是：种植面积稳定在53万亩。\n一、推进果园提质增效"
    ) == ["总体目标", "一"]
    assert paths(
        title + "2026年是开局之年。全年主要目标是：地区生产总值增长5.5%左右。\n一、做强旅游"
    ) == ["主要目标", "一"]
    assert paths(
        title + "2026年全市利用外资工作的主要预期目标是：实际使用外资5.5亿美元。\n一、深化合作"
    ) == [
        "主要预期目标",
        "一",
    ]
    # its label after a sentence of the general demand, with no 是 (batch 1266)
    assert paths(
        title
        + "全年工作的总体要求是：坚持创新驱动。主要目标：研发经费投入强度达到3.2%。\n一、强化主体"
    ) == ["主要目标", "一"]
    assert paths(title + "为推动产业高质量发展，制定本要点。\n一、推进果园提质增效") == ["一"]
    assert paths(
        title + "一、发展目标\n2026年全县工作的主要目标是：种植面积稳定在53万亩。\n二、重点任务"
    ) == ["一", "二"]


def test_actions_labelled_and_named_apart_by_a_space() -> None:
    """Actions numbered in their labels and set apart from their names by a space, each alone
    on its line (行动一 提升产业能级, as a PDF's headings come out): each is a measure, as with
    a colon (行动一：…) — the normaliser had joined label and name and the actions were lost;
    one such line alone is no heading."""
    text = "某区方案\n一、主要任务\n{0}产业升级工程\n新增企业10家。\n{1}人才引育工程\n新增人才100人。\n"
    for space in (" ", "\u3000"):
        assert paths(text.format(f"工程一{space}", f"工程二{space}")) == [
            "一",
            "一.工程一",
            "一.工程二",
        ]
    assert paths(text.format("工程一：", "工程二：")) == ["一", "一.工程一", "一.工程二"]
    assert paths("某区方案\n一、主要任务\n工程一 产业升级工程\n新增企业10家。\n") == ["一"]
    # … or their names a sentence the item's text runs on after (found probing, session 62:
    # the two tasks were read as their part's text)
    ran_on = "某县方案\n一、重点任务\n任务一\u3000发展花卉产业。新增企业10家。\n任务二\u3000发展茶叶产业。新增人才100人。\n"
    assert paths(ran_on) == ["一", "一.任务一", "一.任务二"]


def test_a_paragraph_closing_a_list_of_names_is_no_items_text() -> None:
    """A notice naming villages a line each, then asking them something: the paragraph is the
    notice's, not the last village's (batch 1260); an item's own text on its next line is its
    own (1.做强龙头企业 / 支持…。)."""
    text = (
        "认定以下村为示范村。\n1.哑柏镇仁烈村（猕猴桃）\n2.楼观镇周一村（猕猴桃）\n"
        "3.终南镇豆村（设施蔬菜）\n\n各示范村要发挥示范带动作用，力争到2027年产值占比达到60%以上。\n"
    )
    units, _ = parse_structure(normalise(text).text)
    norm = normalise(text).text
    assert [norm[u.start : u.end] for u in units] == [
        "1.哑柏镇仁烈村（猕猴桃）",
        "2.楼观镇周一村（猕猴桃）",
        "3.终南镇豆村（设施蔬菜）",
    ]
    text = "1.做强龙头企业\n支持企业扩能。\n2.补齐配套\n引进项目。\n3.拓展市场\n参加展会。\n"
    units, _ = parse_structure(normalise(text).text)
    assert normalise(text).text[units[-1].start : units[-1].end] == "3.拓展市场\n参加展会。"


def test_a_reports_closing_address_is_no_items_text() -> None:
    """A work report's closing address to the deputies, no figure in it, is the report's, not
    its last item's (the thirty-third draw: the town it names was read the item's); one with a
    figure stays with the item before it, whose facts it may hold."""
    text = (
        "二、2026年工作安排\n（一）完善基础设施。新建农村公路15公里。\n"
        "各位代表，新的一年，我们将奋力谱写博鳌镇高质量发展新篇章！\n"
    )
    norm = normalise(text).text
    units, _ = parse_structure(norm)
    assert norm[units[-1].start : units[-1].end] == "（一）完善基础设施。新建农村公路15公里。"
    text = "二、工作安排\n（一）完善基础设施。新建农村公路15公里。\n各位代表，全年新建桥梁3座。\n"
    norm = normalise(text).text
    units, _ = parse_structure(norm)
    assert norm[units[-1].start : units[-1].end].endswith("全年新建桥梁3座。")
