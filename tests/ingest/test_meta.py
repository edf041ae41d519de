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
    "written",
    [
        "2026年3月6日（此件公开发布）",
        "2026年3月6日　（此件主动公开）",
        "二○二六年三月六日(此件不予公开)",
    ],
)
def test_a_signature_date_with_its_note_on_publication_on_its_line(written: str) -> None:
    """A signature's date followed on its line by the note on publication (a PDF's text layer
    joins them): its issuer and date had been lost (found probing, session 57); a zero typed
    as a circle (二○二六年) too."""
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


def test_minutes_numbered_and_dated_under_their_title() -> None:
    """Minutes (会议纪要) carry their number without a prefix and the office and the date on one
    line under the title: the issuer and the date were lost."""
    meta = meta_of(
        "兴平市人民政府常务会议纪要\n〔2026〕3号\n兴平市人民政府办公室　　　　2026年3月12日\n\n"
        "　　2026年3月10日，市长主持召开市政府常务会议。现将会议议定事项纪要如下：\n"
        "　　一、关于一季度经济运行情况\n　　会议听取了汇报。\n"
    )
    assert (meta["title"], meta["issuer"], meta["date"]) == (
        "兴平市人民政府常务会议纪要",
        "兴平市人民政府办公室",
        "2026-03-12",
    )


def test_issued_on_a_day_under_the_title_but_printed_on_one_in_the_colophon() -> None:
    """A note's line under the title saying who issued the text and when (…2026年3月10日印发,
    its number after) gives both (batch 190); the colophon's printing at the end does not."""
    meta = meta_of(
        "琼海市2026年健康旅游产业发展工作方案\n\n"
        "琼海市人民政府办公室 2026年3月10日印发（琼海府办〔2026〕15号）\n\n"
        "为加快发展，制定本方案。\n\n一、工作目标\n\n接待游客50万人次。\n"
    )
    assert (meta["issuer"], meta["date"]) == ("琼海市人民政府办公室", "2026-03-10")
    meta = meta_of(
        "攸县2026年优化营商环境工作要点\n一、任务\n（一）推进改革。\n攸县人民政府办公室\n"
        "2026年2月26日\n抄送：县委各部门。\n攸县人民政府办公室2026年2月27日印发\n"
    )
    assert (meta["issuer"], meta["date"]) == ("攸县人民政府办公室", "2026-02-26")


def test_a_part_s_name_ending_in_a_kind_of_document_is_no_title() -> None:
    # found probing: text copied from a Word file whose numbering was lost has no heading, so
    # its whole text is front matter — and its last part's name (保障措施) was the title
    meta = meta_of(
        "金寨县2026年枸杞产业发展工作方案\n为加快发展，制定本方案。\n工作目标\n"
        "枸杞种植面积稳定在30万亩。\n重点任务\n新建枸杞基地2万亩。\n保障措施\n加强组织领导。\n"
    )
    assert meta["title"] == "金寨县2026年枸杞产业发展工作方案"


def test_the_colophon_s_printing_dates_a_document_that_gives_no_other_date() -> None:
    # found probing: a plan signed nowhere but printed by an office on a day (the issuer stays
    # unknown: an office prints for the government it serves)
    meta = meta_of(
        "金寨县2026年茶产业发展实施方案\n\n一、目标\n茶园面积稳定在30万亩。\n\n────────────\n"
        "抄送：县委办公室。\n────────────\n金寨县人民政府办公室　　　　　2026年3月5日印发\n"
        "────────────\n"
    )
    assert (meta.get("issuer"), meta["date"]) == (None, "2026-03-05")
    # … the office and its printing day on two lines, as a copy that lost the colophon's spacing
    # leaves them (found probing dates: the date was lost)
    meta = meta_of(
        "金寨县2026年茶产业发展实施方案\n\n一、目标\n茶园面积稳定在30万亩。\n\n"
        "金寨县人民政府办公室\n2026年3月5日印发\n"
    )
    assert (meta.get("issuer"), meta["date"]) == (None, "2026-03-05")


def test_particulars_on_one_line_over_a_title_no_kind_names() -> None:
    """发布机构：…  发布日期：…  索引号：… on one line over a title naming no kind of plan
    (某县2026年重点工作任务): the title is the line after the particulars, not them (found
    probing, session 61)."""
    meta = meta_of(
        "发布机构：某县发展和改革局  发布日期：2026-03-05  索引号：123\n"
        "某县2026年重点工作任务\n\n一、重点任务\n1.推进园区建设。（县发改局负责）\n"
    )
    assert meta["title"] == "某县2026年重点工作任务"
    assert meta["issuer"] == "某县发展和改革局"
    assert meta["date"] == "2026-03-05"


def test_a_body_signing_over_a_month_alone_issues_it() -> None:
    """某县人民政府 / 2026年3月 at the end: the body issues it, and no day is made up for it
    (found probing, session 61: neither was read)."""
    meta = meta_of(
        "某县2026年重点工作任务\n\n一、重点任务\n1.推进园区建设。（县发改局负责）\n\n"
        "某县人民政府\n2026年3月\n"
    )
    assert meta["issuer"] == "某县人民政府"
    assert "date" not in meta


def test_a_notice_signed_above_its_annex() -> None:
    """A notice signed before its annex (附件 alone on a line, then a table): its issuer and
    date are the signature's, not the page's date of publishing (batch 171)."""
    meta = meta_of(
        "发布时间：2026-03-20\n关于交办代表建议的通知\n各镇人民政府：\n一、明确办理责任。\n"
        "二、严格办理时限。\n附件：代表建议交办分工表\n耒阳市人民政府办公室\n2026年3月18日\n附件\n"
        "代表建议交办分工表\n序号\t建议题目\t主办单位\t协办单位\n1\t关于加快油茶产业提质增效的建议\t"
        "市林业局\t市农业农村局\n2\t关于推进城区老旧小区改造的建议\t市住房和城乡建设局\t市自然资源局\n"
    )
    assert (meta["issuer"], meta["date"]) == ("耒阳市人民政府办公室", "2026-03-18")


def test_a_letter_of_responsibility() -> None:
    """A letter of target responsibility (目标责任书) is titled so, citing in its preamble the
    plan it serves (《…计划》: that was taken for its title); the government signing as 甲方
    issues it."""
    meta = meta_of(
        "宁陵县2026年度工业经济发展目标责任书\n\n　　为全面完成目标任务，根据《宁陵县2026年国民经济"
        "和社会发展计划》，县人民政府（以下简称甲方）与县工业和信息化局（以下简称乙方）签订本目标责任书。\n"
        "　　一、目标任务\n　　（一）规模以上工业增加值增长8%以上。\n"
        "甲方：宁陵县人民政府　　　　　　　　乙方：宁陵县工业和信息化局\n"
        "负责人（签字）：　　　　　　　　　　负责人（签字）：\n2026年2月20日\n"
    )
    assert (meta["title"], meta["issuer"], meta["date"]) == (
        "宁陵县2026年度工业经济发展目标责任书",
        "宁陵县人民政府",
        "2026-02-20",
    )


def test_a_post_copied_from_an_account() -> None:
    """A WeChat post copied into a text: the account's line above the headline dates it
    (原创 合江发布 合江发布 2026年03月18日 09:30 四川), and the headline's dressing (重磅！,
    来了→) is no part of the title (batch 173)."""
    meta = meta_of(
        "原创 合江发布 合江发布 2026年03月18日 09:30 四川\n\n"
        "重磅！2026年合江荔枝产业发展重点任务清单来了→\n\n"
        "为推动荔枝产业高质量发展，县委、县政府研究确定了重点任务。一起来看↓↓↓\n\n"
        "📌一、扩基地\n✅1.新建标准化荔枝基地。全年新建高标准荔枝基地2万亩。\n"
    )
    assert (meta["title"], meta["date"]) == ("2026年合江荔枝产业发展重点任务清单", "2026-03-18")
    # … the account's line dated in ISO form, an infographic's parts headed PART 01｜…, and the
    # source in the credits at its end no issuer (batch 523)
    meta = meta_of(
        "一图读懂｜东丽区2026年政府工作报告\n\n东丽发布 2026-01-20 19:30 天津\n\n"
        "PART 01｜2025年工作回顾\n\n地区生产总值增长5.6%。\n\n"
        "PART 02｜2026年主要预期目标\n\n地区生产总值增长5%左右。\n\n来源：东丽区融媒体中心\n"
    )
    assert (meta["title"], meta.get("issuer"), meta["date"]) == (
        "东丽区2026年政府工作报告",
        None,
        "2026-01-20",
    )


@pytest.mark.parametrize(
    "signed",
    [
        "甲方：宁陵县人民政府（盖章）\t乙方：宁陵县应急管理局（盖章）",
        "甲方（盖章）：宁陵县人民政府\t乙方（盖章）：宁陵县应急管理局",
        "甲方：宁陵县人民政府\n乙方：宁陵县应急管理局",
    ],
)
def test_a_letter_s_parties_signed_with_their_seals(signed: str) -> None:
    """The parties sign with their seals asked for (（盖章）) or on lines of their own: the first
    party still issues the letter (it was none), and the title is never joined to the preamble
    under it (…目标责任书为落实…, where the lines were short)."""
    meta = meta_of(
        "宁陵县2026年度安全生产目标责任书\n为落实安全生产责任，县人民政府（以下简称甲方）与县应急管理局"
        f"（以下简称乙方）签订本责任书。\n一、目标任务\n（一）生产安全事故起数下降10%。\n{signed}\n"
        "2026年2月20日\n"
    )
    assert (meta["title"], meta["issuer"]) == ("宁陵县2026年度安全生产目标责任书", "宁陵县人民政府")


@pytest.mark.parametrize(
    ("issuer", "jurisdiction"),
    [
        # found reviewing the corpus's ids: a district named in four characters under its city
        # lost the district (拉萨市区商务局 for 堆龙德庆区's bureau)
        ("拉萨市堆龙德庆区人民政府办公室", "拉萨市堆龙德庆区"),
        ("宜昌市长阳土家族自治县人民政府办公室", "宜昌市长阳土家族自治县"),
        ("巴彦淖尔市乌拉特前旗人民政府办公室", "巴彦淖尔市乌拉特前旗"),
        ("呼伦贝尔市鄂温克族自治旗人民政府", "呼伦贝尔市鄂温克族自治旗"),
        # a city of five characters before its district, an autonomous prefecture before its
        # city: no jurisdiction at all
        ("乌鲁木齐市沙依巴克区人民政府", "乌鲁木齐市沙依巴克区"),
        ("大理白族自治州大理市人民政府", "大理白族自治州大理市"),
        # a zone's committee and a city's bureau keep the city
        ("潍坊市综合保税区管委会", "潍坊市"),
        ("青州市市场监督管理局", "青州市"),
        ("潍坊市经济技术开发区管理委员会", "潍坊市"),
    ],
)
def test_long_names_of_places_in_an_issuer(issuer: str, jurisdiction: str) -> None:
    raw = f"2026年重点工作任务\n一、重点任务\n（一）推进工作。\n{issuer}\n2026年3月6日\n"
    assert meta_of(raw)["jurisdiction"] == jurisdiction


@pytest.mark.parametrize(
    ("title", "jurisdiction"),
    [
        ("拉萨市堆龙德庆区2025年商贸流通工作要点", "拉萨市堆龙德庆区"),
        ("宜昌市长阳土家族自治县2026年茶产业工作要点", "宜昌市长阳土家族自治县"),
        ("乌鲁木齐市沙依巴克区2026年重点工作任务", "乌鲁木齐市沙依巴克区"),
        ("潍坊市综合保税区2026年工作要点", "潍坊市"),
        ("青州市推进城乡融合发展2026年工作要点", "青州市"),
    ],
)
def test_long_names_of_places_before_the_year_in_a_title(title: str, jurisdiction: str) -> None:
    assert meta_of(f"{title}\n一、重点任务\n（一）推进工作。\n")["jurisdiction"] == jurisdiction


def test_a_party_committee_s_title_gives_its_place_without_the_party() -> None:
    # found reviewing the corpus's ids: 中共桐乡市委's proposals had the jurisdiction 中共桐乡市
    # (its bodies 中共桐乡市市委 …): 中共 is the party's, not the place's
    meta = meta_of(
        "中共桐乡市委关于制定桐乡市国民经济和社会发展第十五个五年规划的建议\n"
        "一、发展环境\n（一）成就。\n中共桐乡市委\n2025年12月20日\n"
    )
    assert meta["jurisdiction"] == "桐乡市"


def test_a_leading_group_issues_its_own_document() -> None:
    """中共某县委人才工作领导小组 over its notice and signing it: the group is the issuer
    (batch 256: 鄢陵's talent work points had none)."""
    m = meta_of(
        "中共鄢陵县委人才工作领导小组\n关于印发《2026年全县人才工作要点》的通知\n鄢人才〔2026〕1号\n"
        "各乡镇党委、政府，县直各单位：\n　　现将《2026年全县人才工作要点》印发给你们。\n"
        "中共鄢陵县委人才工作领导小组\n2026年3月6日\n2026年全县人才工作要点\n一、聚焦产业发展引才育才\n"
    )
    assert (m["title"], m["issuer"], m["date"]) == (
        "2026年全县人才工作要点",
        "中共鄢陵县委人才工作领导小组",
        "2026-03-06",
    )


def test_a_notice_signed_on_one_line_above_its_plan() -> None:
    """A covering notice signed with its issuer and date on one line, as a page flattens the
    signature (session 40, the corpus's signatures re-typed so): the plan's title below it
    is the title, not the signature run into it."""
    meta = meta_of(
        "安吉县人民政府办公室关于印发安吉县竹产业高质量发展三年行动方案（2025—2027年）的通知\n"
        "安政办发〔2025〕12号\n\n各乡镇人民政府：\n　　现印发给你们，请认真贯彻执行。\n\n"
        "安吉县人民政府办公室　　2025年3月28日\n\n"
        "安吉县竹产业高质量发展三年行动方案（2025—2027年）\n\n一、主要目标\n　　到2027年，全县竹产业总产值突破300亿元。\n"
    )
    assert (meta["title"], meta["issuer"], meta["date"]) == (
        "安吉县竹产业高质量发展三年行动方案（2025—2027年）",
        "安吉县人民政府办公室",
        "2025-03-28",
    )


def test_a_closing_signature_on_one_line_after_a_note_without_a_full_stop() -> None:
    """The signature on one line after a last note that ends without a full stop
    (——牵头单位：市文化和广电旅游体育局): it stands alone — before, the note ran on into it and
    the document lost its issuer and date."""
    meta = meta_of(
        "丽水市2026年生态产品价值实现工作要点\n\n一、重点任务\n"
        "　　1.发展生态旅游，全年接待游客8000万人次。——牵头单位：市文化和广电旅游体育局\n\n"
        "丽水市生态文明建设委员会办公室　　2026年3月18日\n"
    )
    assert (meta["issuer"], meta["date"]) == ("丽水市生态文明建设委员会办公室", "2026-03-18")


@pytest.mark.parametrize(
    "head",
    [
        "某县产业发展三年行动方案（2026—2028年）\n（征求意见稿）\n",
        "某县产业发展三年行动方案\n（2026—2028年）\n（征求意见稿）\n",
    ],
)
def test_a_drafts_note_under_its_titles_horizon_is_part_of_the_title(head: str) -> None:
    """（征求意见稿） is the title's (the corpus's 连江), also on a line under the horizon's
    (found by probing, session 41: it was dropped there)."""
    meta = meta_of(head + "\n一、主要目标\n到2028年，新增企业30家。\n")
    assert meta["title"] == "某县产业发展三年行动方案（2026—2028年）（征求意见稿）"


def test_an_announcement_asking_for_comments_is_titled_by_its_draft() -> None:
    """关于公开征求《…（征求意见稿）》意见的公告 carries the draft as a covering notice carries
    its plan: the title is the draft's, its draft mark kept; the headline stands alone, not
    run on into the paragraph under it (batch 280)."""
    raw = (
        "关于公开征求《淳安县预制菜产业高质量发展三年行动方案（2026—2028年）（征求意见稿）》意见的公告\n\n"
        "为提高决策的科学性和透明度，现将《淳安县预制菜产业高质量发展三年行动方案（2026—2028年）"
        "（征求意见稿）》全文公布，公开征求社会各界意见。有关单位和个人可在2026年4月20日前提出意见建议。\n"
        "1.电子邮件：发送至某某邮箱。\n2.电话：0571-64812345。\n\n"
        "淳安县经济和信息化局\n2026年3月20日\n\n附件1\n\n"
        "淳安县预制菜产业高质量发展三年行动方案（2026—2028年）\n（征求意见稿）\n\n"
        "一、发展目标\n到2028年，全县预制菜产业产值突破60亿元。\n"
    )
    meta = meta_of(raw)
    assert meta["title"] == "淳安县预制菜产业高质量发展三年行动方案（2026—2028年）（征求意见稿）"
    assert (meta["issuer"], meta["date"]) == ("淳安县经济和信息化局", "2026-03-20")


def test_a_survey_report_reports_and_its_own_county_is_no_place_name() -> None:
    """关于推动我县…的调研报告 is a report (its figures results), and 推动我县 in its title is
    no jurisdiction (batch 281: its bodies resolved to 推动我县工业和信息化局)."""
    raw = (
        "关于推动我县食用菌产业高质量发展的调研报告\n\n县政协农业和农村工作委员会\n"
        "（2026年5月18日）\n\n一、基本情况\n2025年，全县食用菌产值突破200亿元。\n"
    )
    meta = meta_of(raw)
    assert meta["kind"] == "progress report"
    assert "jurisdiction" not in meta
    assert meta["date"] == "2026-05-18"


def test_the_body_a_reply_is_addressed_to() -> None:
    """The one body on the line under a reply's headline (县农业农村局：) is its addressee,
    the body its text calls 你局 (batch 282); a list of bodies or a person is none."""
    head = "英山县人民政府关于同意《英山县茶产业高质量发展规划（2026—2030年）》的批复\n英政函〔2026〕15号\n"
    body = "\n一、原则同意。\n英山县人民政府\n2026年3月12日\n"
    assert meta_of(head + "县农业农村局：" + body)["addressee"] == "县农业农村局"
    assert "addressee" not in meta_of(head + "各乡镇人民政府，县政府各部门：" + body)
    assert "addressee" not in meta_of(head + "张华委员：" + body)


def test_a_notice_publishing_a_catalogue_is_titled_by_it() -> None:
    """…关于公布X的通知 covers X, as …关于印发X的通知 does (batch 283)."""
    raw = (
        "芜湖市人民政府办公室关于公布芜湖市2026年度重大行政决策事项目录的通知\n芜政办秘〔2026〕9号\n"
        "市政府各部门：\n现将目录予以公布。\n一、各单位要严格履行法定程序。\n"
        "芜湖市人民政府办公室\n2026年2月25日\n"
    )
    assert meta_of(raw)["title"] == "芜湖市2026年度重大行政决策事项目录"


def test_a_notice_of_results_is_titled_by_its_headline_under_its_joint_issuers() -> None:
    """…考核结果的通报 under the two offices issuing it (batch 284: the title was the issuers'
    line, as 通报 named no kind of document)."""
    raw = (
        "中共巫山县委办公室　巫山县人民政府办公室\n关于2025年度全县高质量发展综合考核结果的通报\n\n"
        "各乡镇（街道）：\n现将考核结果通报如下：\n一、乡镇考核结果\n一等次：巫峡镇。\n"
        "中共巫山县委办公室　　巫山县人民政府办公室\n2026年2月18日\n"
    )
    meta = meta_of(raw)
    assert meta["title"] == "关于2025年度全县高质量发展综合考核结果的通报"
    assert meta["issuer"] == "中共巫山县委办公室、巫山县人民政府办公室"


@pytest.mark.parametrize("title", ["2026年1—5月大理市主要经济指标", "2026年一季度全县经济运行情况"])
def test_the_statistics_of_the_year_so_far_are_a_report(title: str) -> None:
    """A page of the year's statistics so far reports (batch 288: its figures were goals); a
    plan's table of main indicators (…2026年主要经济指标计划表) does not."""
    raw = f"{title}\n发布机构：大理市统计局　发布日期：2026-06-18\n1—5月，全市经济运行总体平稳。\n"
    assert meta_of(raw)["kind"] == "progress report"
    assert meta_of("肇东市2026年主要经济指标计划表\n某某\n")["kind"] != "progress report"


@pytest.mark.parametrize(
    ("signed", "issuer"),
    [
        ("临朐县农业农村局　临朐县财政局", "临朐县农业农村局、临朐县财政局"),
        # three bodies of one place on one line (batch 289: the last two ran together)
        (
            "兴山县财政局　兴山县农业农村局　兴山县乡村振兴局",
            "兴山县财政局、兴山县农业农村局、兴山县乡村振兴局",
        ),
    ],
)
def test_bodies_of_one_place_signing_on_one_line_each_issue_it(signed: str, issuer: str) -> None:
    raw = f"关于下达某某项目计划的通知\n各乡镇人民政府：\n现将计划下达给你们。\n{signed}\n2026年3月16日\n"
    assert meta_of(raw)["issuer"] == issuer


def test_a_county_archives_issues_its_work_points() -> None:
    """临朐县档案馆 on its own line under a Markdown headline (batch 1315): the archives, a public
    institution, issues its own work points (it had been no issuer)."""
    raw = "# 临朐县2026年档案工作要点\n\n临朐县档案馆\n\n2026年3月9日\n\n2026年，全县档案工作重点抓好以下工作。\n"
    meta = meta_of(raw)
    assert meta["issuer"] == "临朐县档案馆"
    assert meta["date"] == "2026-03-09"


def test_a_labour_arbitration_court_issues_its_work_points() -> None:
    """河津市劳动人事争议仲裁院 on its own line under the title (batch 1336): the court issues its
    own work points (it had been no issuer)."""
    raw = "河津市劳动人事争议仲裁院2026年工作要点\n\n河津市劳动人事争议仲裁院\n2026年1月25日\n\n　　一、提升仲裁办案质效。\n"
    meta = meta_of(raw)
    assert meta["issuer"] == "河津市劳动人事争议仲裁院"
    assert meta["date"] == "2026-01-25"


def test_a_hydrology_centre_signing_its_points_issues_them() -> None:
    """新余市水文中心 signing its points at the end (batch 1340): the centre issues them (it had
    been no issuer, and its own sections were read as the city's)."""
    raw = "新余市水文中心2026年工作要点\n\n　　一、强化水文监测。新建水文自动监测站25处。（站网科负责）\n\n新余市水文中心\n2026年2月12日\n"
    meta = meta_of(raw)
    assert meta["issuer"] == "新余市水文中心"
    assert meta["date"] == "2026-02-12"


def test_an_investment_promotion_centre_under_the_title_issues_its_points() -> None:
    """淮阴区投资促进中心 under the title (batch 1381): the centre, a public institution, issues
    its own points (it had been no issuer)."""
    raw = "淮阴区2026年招商引资工作要点\n\n淮阴区投资促进中心\n2026年2月27日\n\n一、聚焦主导产业招商。全年引进亿元以上项目40个。（区投资促进中心牵头）\n"
    meta = meta_of(raw)
    assert meta["issuer"] == "淮阴区投资促进中心"
    assert meta["date"] == "2026-02-27"


def test_a_standing_committee_s_opinions_are_issued_by_it() -> None:
    """县人大常委会关于…的审议意见 (batch 290): the committee before 关于 issues it, not a body a
    sentence names before its 关于 (…听取和审议了县人民政府关于…), and 县人大常委会关于县 is no
    place."""
    raw = (
        "县人大常委会关于县人民政府2025年度农村人居环境整治工作情况报告的审议意见\n\n"
        "（2026年4月28日县第十八届人民代表大会常务委员会第二十六次会议通过）\n\n县人民政府：\n"
        "县第十八届人大常委会第二十六次会议听取和审议了县人民政府关于2025年度农村人居环境整治工作情况的报告。\n"
        "一、基本评价\n会议认为，工作扎实。\n"
    )
    meta = meta_of(raw)
    assert meta["issuer"] == "县人大常委会"
    assert meta["date"] == "2026-04-28"
    assert "jurisdiction" not in meta


def test_an_announcement_s_headline_under_its_issuer_is_its_title() -> None:
    """滑县人民政府 / 关于做好2026年夏季秸秆禁烧工作的通告 (batch 307): the headline under the issuer's
    line is the title, and the year it names the year planned."""
    meta = meta_of(
        "滑县人民政府\n关于做好2026年夏季秸秆禁烧工作的通告\n\n滑政告〔2026〕2号\n\n"
        "为切实保护生态环境，现就有关事项通告如下：\n一、禁烧时间和范围。全县禁止露天焚烧秸秆。\n"
        "滑县人民政府\n2026年5月15日\n"
    )
    assert meta["title"] == "关于做好2026年夏季秸秆禁烧工作的通告"
    assert meta["issuer"] == "滑县人民政府"
    assert meta["plan_year"] == 2026


def test_a_press_conference_s_transcript_is_titled_by_its_headline() -> None:
    """《…三年行动方案》政策解读新闻发布会文字实录 (batch 308): the transcript's own headline is its
    title, not the plan it explains; its 发布时间 dates it."""
    meta = meta_of(
        "《鹤山市推动预制菜产业高质量发展三年行动方案》政策解读新闻发布会文字实录\n\n"
        "发布时间：2026年4月8日 10:00\n发布地点：鹤山市人民政府新闻发布厅\n\n"
        "王静：各位记者朋友，大家上午好！\n"
    )
    assert (
        meta["title"] == "《鹤山市推动预制菜产业高质量发展三年行动方案》政策解读新闻发布会文字实录"
    )
    assert meta["date"] == "2026-04-08"


def test_an_interpretation_is_issued_by_the_body_interpreting_it() -> None:
    """An interpretation's field line names who interprets it (解读机关：…, batch 538): that body
    issues it, over the short name a page's 来源 gives."""
    meta = meta_of(
        "《云阳县2026年柑橘产业高质量发展工作方案》政策解读\n\n"
        "来源：县农业农村委　　发布时间：2026-03-25\n\n"
        "近日，县政府办公室印发了《方案》。现就有关内容解读如下。\n起草背景\n柑橘是主导产业。\n"
        "解读机关：云阳县农业农村委员会\n解读人：张明\n"
    )
    assert meta["issuer"] == "云阳县农业农村委员会"
    assert meta["date"] == "2026-03-25"


@pytest.mark.parametrize("bar", [" | ", " · ", "・"])
def test_the_issuer_and_date_under_the_title_parted_by_a_bar(bar: str) -> None:
    """The office and the date under the title parted by a bar (batch 921's Markdown) or a
    middle dot (batch 1063's italic line: neither was read)."""
    meta = meta_of(
        f"孝感市孝南区2026年米酒产业发展工作要点\n\n孝感市孝南区人民政府办公室{bar}2026年3月8日\n\n"
        "一、主要目标\n米酒产业产值达到50亿元。\n"
    )
    assert (meta["issuer"], meta["date"]) == ("孝感市孝南区人民政府办公室", "2026-03-08")


def test_the_issuer_and_date_under_the_title_in_brackets() -> None:
    """The office and the date together in brackets under the title (batch 936's table)."""
    meta = meta_of(
        "林芝市巴宜区2026年高原特色产业发展重点任务分解表\n（巴宜区农业农村局　2026年3月9日）\n"
        "一、主要目标\n藏香猪存栏达到8万头。\n"
    )
    assert (meta["issuer"], meta["date"]) == ("巴宜区农业农村局", "2026-03-09")


def test_an_issuer_signing_with_its_second_name_in_brackets() -> None:
    """A bureau under the title with its second name in brackets (batch 958) issues it."""
    meta = meta_of(
        "大方县2026年庭院经济和劳务经济发展工作要点\n\n大方县农业农村局（县乡村振兴局）\n2026年2月24日\n\n"
        "一、发展庭院经济。带动农户发展庭院经济1.5万户。\n"
    )
    assert (meta["issuer"], meta["date"]) == ("大方县农业农村局（县乡村振兴局）", "2026-02-24")


def test_an_issuer_whose_name_holds_a_place_in_brackets() -> None:
    """A zone's office named with the district it is one with in brackets inside the name
    (batch 960) issues it."""
    meta = meta_of(
        "泰州医药高新区（高港区）2026年大健康产业发展工作要点\n\n泰州医药高新区（高港区）管委会办公室\n"
        "2026年3月2日\n\n一、做强生物医药。生物医药产业产值增长15%。\n"
    )
    assert (meta["issuer"], meta["date"]) == ("泰州医药高新区（高港区）管委会办公室", "2026-03-02")


def test_a_bare_date_label_on_a_source_line_dates_the_page() -> None:
    """A page's 来源 line closing with a bare 日期 (batch 901) gives the day it was published —
    not an effective date (生效日期) given before it."""
    meta = meta_of(
        "开平市2026年水暖卫浴产业发展工作要点\n"
        "来源：开平市工业和信息化局　日期：2026-03-16\n"
        "一、水暖卫浴产业产值增长8%。（市工信局负责）\n"
    )
    assert meta["issuer"] == "开平市工业和信息化局"
    assert meta["date"] == "2026-03-16"
    meta = meta_of("某县2026年工作要点\n生效日期：2026-05-01\n一、做好工作。（县工信局负责）\n")
    assert meta.get("date") != "2026-05-01"


@pytest.mark.parametrize(
    ("title", "reported"),
    [("灵宝年鉴（2025）", 2024), ("某县年鉴2025", 2024), ("某市年鉴（2026卷）", 2025)],
)
def test_a_yearbook_records_the_year_before_its_edition(title: str, reported: int) -> None:
    """灵宝年鉴（2025） records 2024 (batch 309): a report on that year, planning none; the office
    compiling it (…研究室 编, no date beside it) issues it."""
    meta = meta_of(
        f"{title}\n灵宝市地方史志研究室 编\n\n【概况】 全市农林牧渔业总产值完成186.5亿元。\n"
    )
    assert meta["kind"] == "progress report"
    assert meta["report_year"] == reported
    assert "plan_year" not in meta
    assert meta["issuer"] == "灵宝市地方史志研究室"
    assert "date" not in meta


def test_a_party_congress_report_is_its_committee_s() -> None:
    """A county party congress's report (batch 315): a slogan as its headline, the occasion on
    a dash line naming the report (——…在中国共产党…代表大会上的报告), which dates it and is no part
    of the title, and the committee whose secretary speaks issues it, its county the place."""
    meta = meta_of(
        "奋力谱写中国式现代化安吉新篇章\n——2026年9月20日在中国共产党安吉县第十六次代表大会上的报告\n"
        "中共安吉县委书记　李建平\n\n各位代表、同志们：\n一、过去五年的工作回顾\n全县经济稳中有进。\n"
    )
    assert meta["title"] == "奋力谱写中国式现代化安吉新篇章"
    assert meta["date"] == "2026-09-20"
    assert meta["issuer"] == "中共安吉县委"
    assert meta["jurisdiction"] == "安吉县"


@pytest.mark.parametrize(
    "head",
    [
        # the reporter's line above the session line, which is set in brackets (batch 1519)
        "乐清市发展和改革局局长　陈明\n（2026年1月20日在乐清市第十七届人民代表大会第五次会议上）\n",
        # the usual order: the dash line, the reporter's line below it
        "——2026年1月20日在乐清市第十七届人民代表大会第五次会议上\n乐清市发展和改革局局长　陈明\n",
    ],
)
def test_a_plan_report_s_session_line_dates_it_and_its_reporter_issues_it(head: str) -> None:
    """A plan report's session line dates it, its reporter's bureau issues it, whichever of the
    two lines comes first under the title."""
    meta = meta_of(
        "关于乐清市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
        f"{head}\n一、2025年计划执行情况\n全市实现地区生产总值1680亿元。\n"
    )
    assert meta["title"] == "关于乐清市2025年国民经济和社会发展计划执行情况与2026年计划草案的报告"
    assert meta["date"] == "2026-01-20"
    assert meta["issuer"] == "乐清市发展和改革局"


@pytest.mark.parametrize(
    "head",
    [
        "信阳市农业农村局、信阳市商务局 | 2026年3月5日",
        "信阳市农业农村局、信阳市商务局　2026年3月5日",
        "信阳市农业农村局、信阳市商务局\n2026年3月5日",
    ],
)
def test_two_bodies_issuing_jointly_on_one_line(head: str) -> None:
    """Two bodies parted by 、 on one line, with the date on it (after a bar or a space) or
    under it, issue the document jointly (batch 1549: no issuer had been read)."""
    meta = meta_of(
        f"信阳市2026年茶产业和信阳菜产业发展工作要点\n\n{head}\n\n一、茶产业\n全市茶园面积稳定在200万亩。\n"
    )
    assert (meta["issuer"], meta["date"]) == ("信阳市农业农村局、信阳市商务局", "2026-03-05")


def test_a_speech_is_issued_by_the_body_its_speaker_heads() -> None:
    """在…推进会上的讲话 (batch 317): its day in brackets under the headline dates it, and the
    speaker's line under that (溧阳市市长　周建平) makes the city's government the issuer, as a
    政府工作报告's mayor does."""
    meta = meta_of(
        "在全市招商引资暨项目建设推进会上的讲话\n（2026年2月20日）\n溧阳市市长　周建平\n\n同志们：\n"
        "一、充分肯定2025年工作成效\n去年，全市新签约项目126个。\n"
    )
    assert meta["title"] == "在全市招商引资暨项目建设推进会上的讲话"
    assert meta["date"] == "2026-02-20"
    assert meta["issuer"] == "溧阳市人民政府"


def test_a_headquarters_issues_its_notice() -> None:
    """休宁县防汛抗旱指挥部 over 关于启动防汛Ⅳ级应急响应的通知 (batch 321): the headquarters issues
    it, and its line is no part of the title."""
    meta = meta_of(
        "休宁县防汛抗旱指挥部\n关于启动防汛Ⅳ级应急响应的通知\n\n各乡镇人民政府：\n"
        "现将有关要求通知如下：\n一、加强值班值守\n各乡镇要严格执行值班制度。\n"
        "休宁县防汛抗旱指挥部\n2026年7月10日\n"
    )
    assert meta["title"] == "关于启动防汛Ⅳ级应急响应的通知"
    assert meta["issuer"] == "休宁县防汛抗旱指挥部"
    assert meta["date"] == "2026-07-10"


@pytest.mark.parametrize(
    ("head", "reported"),
    [
        (
            "金华市重要民生商品价格监测周报\n（2026年第12期）\n金华市发展和改革委员会　　2026年3月23日\n",
            2026,
        ),
        ("某县经济运行月报\n某县统计局　　2026年2月10日\n", 2026),
    ],
)
def test_a_weekly_or_monthly_bulletin_reports_its_days(head: str, reported: int) -> None:
    """A price bulletin (batch 322: …价格监测周报, its issue 2026年第12期) or a monthly one reports
    the days it is of — its issue's year, else its date's — and plans none."""
    meta = meta_of(head + "\n一、粮油价格\n大米每斤2.98元。\n")
    assert meta["kind"] == "progress report"
    assert meta["report_year"] == reported
    assert "plan_year" not in meta


def test_a_village_s_financial_disclosure_reports_its_quarter() -> None:
    """…村2026年第一季度村级财务收支公开 (batch 323): a disclosure of what was received and spent
    reports its year; the villagers' committee and its supervision committee signing one a
    line both issue it."""
    meta = meta_of(
        "桃源县双峰村2026年第一季度村级财务收支公开\n\n现将收支情况公开如下。\n一、收入情况\n"
        "本季度收入合计15.6万元。\n桃源县双峰村民委员会\n桃源县双峰村村务监督委员会\n2026年4月8日\n"
    )
    assert meta["kind"] == "progress report"
    assert meta["report_year"] == 2026
    assert meta["issuer"] == "桃源县双峰村民委员会、桃源县双峰村村务监督委员会"


def test_a_headline_naming_its_place_before_关于_stands_alone() -> None:
    """紫云自治县关于做好…的通知 (batch 325): a headline opening with its place alone before 关于
    is a whole title; the addressees' line under it is none of it."""
    meta = meta_of(
        "紫云自治县关于做好2026年度城乡居民基本医疗保险参保缴费工作的通知\n"
        "各乡（镇）人民政府、街道办事处，县直各有关单位：\n"
        "为做好2026年度参保缴费工作，现将有关事项通知如下：\n一、缴费时间和标准\n"
        "个人缴费标准为每人每年400元。\n二、工作目标\n全县参保率稳定在95%以上。\n"
        "三、职责分工\n县医疗保障局负责组织协调。\n紫云苗族布依族自治县医疗保障局\n2025年8月20日\n"
    )
    assert meta["title"] == "紫云自治县关于做好2026年度城乡居民基本医疗保险参保缴费工作的通知"


def test_a_reply_to_a_request_is_titled_by_its_headline() -> None:
    """政府信息公开申请答复书 under 永康市自然资源和规划局 (batch 328): the headline is the title — not
    the bureau, whose name holds 规划, signing at the end, nor the attachment's label."""
    meta = meta_of(
        "永康市自然资源和规划局\n政府信息公开申请答复书\n\n王某某：\n你申请的信息属于本机关公开范围。\n"
        "附件：永康市2025年度国有建设用地供应计划\n\n永康市自然资源和规划局\n2026年3月20日\n"
    )
    assert meta["title"] == "政府信息公开申请答复书"
    assert meta["issuer"] == "永康市自然资源和规划局"


def test_a_people_s_congress_issues_its_resolution() -> None:
    """滁州市人民代表大会关于…的决议 (batch 305): the congress named before 关于 issues it; its
    adoption line dates it; the city is its place."""
    meta = meta_of(
        "滁州市人民代表大会关于滁州市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划的决议\n\n"
        "（2026年1月16日滁州市第八届人民代表大会第五次会议通过）\n\n"
        "会议认为，2025年，全市经济运行稳中有进。\n"
    )
    assert meta["issuer"] == "滁州市人民代表大会"
    assert meta["date"] == "2026-01-16"
    assert meta["jurisdiction"] == "滁州市"


def test_a_decision_honouring_a_years_best_plans_no_year() -> None:
    """关于表彰2025年度…的决定 names the year whose work it honours (a probe at session 44's
    end): no plan year, so its 2025 figures are results of the year before its date."""
    meta = meta_of(
        "关于表彰2025年度全区招商引资工作先进集体和先进个人的决定\n"
        "各乡镇人民政府：\n2025年，全区引进内资项目126个。\n天津市蓟州区人民政府\n2026年2月12日\n"
    )
    assert "plan_year" not in meta
    assert "report_year" not in meta


def test_an_agreement_is_issued_by_both_its_parties() -> None:
    """A framework agreement (batch 296) is its parties' alike, 甲方 first; a letter of
    responsibility stays its first party's (the corpus's 宁陵)."""
    text = (
        "互助土族自治县与常州市武进区2026年东西部协作框架协议\n甲方：常州市武进区人民政府\n"
        "乙方：海东市互助土族自治县人民政府\n第一条　协作目标\n引进企业5家。\n"
        "甲方：常州市武进区人民政府（盖章）　　乙方：海东市互助土族自治县人民政府（盖章）\n2026年3月28日\n"
    )
    assert meta_of(text)["issuer"] == "常州市武进区人民政府、海东市互助土族自治县人民政府"
    letter = text.replace("东西部协作框架协议", "目标责任书")
    assert meta_of(letter)["issuer"] == "常州市武进区人民政府"


def test_a_villages_plan_is_the_villages() -> None:
    """A village's own plan (batch 298): the places down to the village open its title."""
    meta = meta_of(
        "阿瓦提县乌鲁却勒镇阿依巴格村2026年工作计划\n一、工作目标\n村集体经济收入突破25万元。\n"
        "中共阿依巴格村支部委员会\n阿依巴格村村民委员会\n2026年1月15日\n"
    )
    assert meta["jurisdiction"] == "阿瓦提县乌鲁却勒镇阿依巴格村"


def test_a_bulletins_masthead_names_its_compiler_and_day() -> None:
    """巴宜区人民政府办公室编　　2026年5月10日 under a bulletin's name (batch 303)."""
    meta = meta_of(
        "巴宜区政务信息\n第12期\n巴宜区人民政府办公室编　　　　2026年5月10日\n"
        "区政府召开一季度经济运行分析会\n　　4月28日，区政府召开会议。\n"
    )
    assert (meta["issuer"], meta["date"]) == ("巴宜区人民政府办公室", "2026-05-10")


def test_a_party_group_s_bulletin_counted_up_to_a_day() -> None:
    """中共…局党组关于…的通报 (batch 330): the headline over the preamble, a blank line between,
    stands alone; the party group signing issues it; a report naming no year in its title
    reports on the year it counts up to (截至2026年3月31日), not on the year before its date."""
    meta = meta_of(
        "中共镇原县交通运输局党组关于县委第三巡察组巡察反馈意见整改进展情况的通报\n\n"
        "根据县委巡察工作统一部署，2025年9月10日至11月10日，县委第三巡察组对县交通运输局党组开展了常规巡察。"
        "现将巡察整改进展情况予以公布。\n\n一、整改工作总体情况\n"
        "截至2026年3月31日，12个问题已完成整改10个。\n\n中共镇原县交通运输局党组\n2026年4月8日\n"
    )
    assert (
        meta["title"] == "中共镇原县交通运输局党组关于县委第三巡察组巡察反馈意见整改进展情况的通报"
    )
    assert meta["issuer"] == "中共镇原县交通运输局党组"
    assert meta["report_year"] == 2026


def test_a_sampling_notice_reports_its_quarter() -> None:
    """…关于2026年第一季度食品安全监督抽检信息的公告 (batch 332) reports what the quarter's
    sampling found: a progress report of 2026, its figures results."""
    meta = meta_of(
        "东兴市市场监督管理局关于2026年第一季度食品安全监督抽检信息的公告\n（2026年第3号）\n\n"
        "一、抽检总体情况\n2026年第一季度，共抽检食品样品426批次。\n\n东兴市市场监督管理局\n2026年4月10日\n"
    )
    assert meta["kind"] == "progress report"
    assert meta["report_year"] == 2026


@pytest.mark.parametrize(("dated", "year"), [("2025年12月28日", 2026), ("2025年7月20日", 2025)])
def test_a_plenary_sessions_communique(dated: str, year: int) -> None:
    """中国共产党…委员会第十次全体会议公报 (batch 338): the committee issues it, its place is the
    city (not 中国共产党旬阳市); a session at the year's end plans the next year, one in its
    middle the rest of its own."""
    meta = meta_of(
        "中国共产党旬阳市第一届委员会第十次全体会议公报\n\n"
        f"（{dated}中国共产党旬阳市第一届委员会第十次全体会议通过）\n\n"
        "全会认为，全市经济社会发展取得新成效。\n"
    )
    assert meta["issuer"] == "中国共产党旬阳市第一届委员会"
    assert meta["jurisdiction"] == "旬阳市"
    assert meta["plan_year"] == year


def test_a_city_health_check_reports_its_year() -> None:
    """肇庆市2025年城市体检报告（摘要） (batch 341) reports the state of 2025; its bureau and date
    under the title issue and date it."""
    meta = meta_of(
        "肇庆市2025年城市体检报告（摘要）\n\n肇庆市住房和城乡建设局\n2026年3月30日\n\n"
        "一、体检工作开展情况\n共采集指标数据61项。\n"
    )
    assert meta["kind"] == "progress report"
    assert meta["report_year"] == 2025
    assert meta["issuer"] == "肇庆市住房和城乡建设局"


def test_a_publicity_of_acceptance_results_reports_its_year() -> None:
    """关于2025年度高标准农田建设项目竣工验收结果的公示 (batch 343) reports what was built in 2025."""
    meta = meta_of(
        "关于2025年度高标准农田建设项目竣工验收结果的公示\n\n一、项目验收情况\n"
        "2025年度全县共实施高标准农田建设项目3个。\n\n鱼台县农业农村局\n2026年1月19日\n"
    )
    assert meta["kind"] == "progress report"
    assert meta["report_year"] == 2025


def test_a_body_s_own_plan_titled_by_its_name_is_issued_by_it() -> None:
    """A bureau's work points titled by its name and signed by no one (batch 378's page):
    the bureau, whether the page names it short as its source or names none; a page naming
    another body keeps it."""
    text = "江阴市退役军人事务局2026年工作要点\n\n一、聚焦服务保障\n1.做好移交安置工作。\n"
    start = text.index("一、")
    assert extract_meta(text, start)["issuer"] == "江阴市退役军人事务局"
    short = extract_meta(text, start, {"issuer": "市退役军人事务局"})
    assert short["issuer"] == "江阴市退役军人事务局"
    other = extract_meta(text, start, {"issuer": "江阴市人民政府办公室"})
    assert other["issuer"] == "江阴市人民政府办公室"
    # (a page's headline the reader gives, the text opening under it)
    body = "2026年，全市退役军人工作扎实推进。\n\n一、聚焦服务保障\n"
    given = {"title": "江阴市退役军人事务局2026年工作要点", "issuer": "市退役军人事务局"}
    assert extract_meta(body, body.index("一、"), given)["issuer"] == "江阴市退役军人事务局"
    # (a county's media centre, its own plan: batch 414)
    plan = "长兴县融媒体中心2026年工作计划\n\n一、主要目标\n"
    assert extract_meta(plan, plan.index("一、"))["issuer"] == "长兴县融媒体中心"
    # (a place's plan names no body: no issuer from its title)
    plan = "江阴市2026年国民经济和社会发展计划\n\n一、主要目标\n"
    assert "issuer" not in extract_meta(plan, plan.index("一、"))


@pytest.mark.parametrize(
    "title",
    [
        "关于市五届人大四次会议第86号建议的答复",
        "关于政协第九届五次会议第086号提案的答复",
        "关于第12号建议办理情况的报告",
    ],
)
def test_a_reply_to_a_suggestion_is_a_report(title: str) -> None:
    """A bureau's reply to a deputy's suggestion tells how things stand and the problems before
    what comes next (batch 382: its problems' figure was a goal)."""
    raw = (
        f"丽江市农业农村局\n{title}\n\n和丽华代表：\n您提出的建议收悉。现答复如下：\n一、基本情况\n"
    )
    assert meta_of(raw)["kind"] == "progress report"
    assert meta_of("丽江市冷水鱼产业发展建议清单\n某某\n")["kind"] != "progress report"
    # (in traditional script its 答覆 is the same reply: the corpus re-typed so)
    raw = "麗江市農業農村局\n關於市五屆人大四次會議第86號建議的答覆\n\n和麗華代表：\n一、基本情況\n"
    assert meta_of(raw)["kind"] == "progress report"


def test_an_initiative_is_titled_by_its_headline_and_subtitle() -> None:
    """An initiative letter's headline and its subtitle after a dash naming the kind (batch
    386: the title was the headline alone)."""
    raw = (
        "文明祭扫 绿色清明\n——致全县广大群众的倡议书\n\n全县广大群众：\n清明节是传统节日。\n"
        "一、倡导文明祭扫。提倡网络祭扫。\n\n万载县文明办　万载县民政局\n2026年3月25日\n"
    )
    meta = meta_of(raw)
    assert meta["title"].replace(" ", "") == "文明祭扫绿色清明——致全县广大群众的倡议书"
    assert meta["issuer"] == "万载县文明办、万载县民政局"


def test_a_service_centre_signs_under_its_title_in_markdown() -> None:
    """A government's affairs management centre on the line under its plan's title (batch 388:
    no issuer)."""
    raw = (
        "# 慈溪市2026年公共机构节约能源资源工作要点\n\n慈溪市机关事务管理中心\n\n2026年2月10日\n\n"
        "为深入推进公共机构节能工作，现提出要点如下。\n\n## 一、工作目标\n\n2026年，能耗下降1.5%。\n"
    )
    meta = meta_of(raw)
    assert meta["issuer"] == "慈溪市机关事务管理中心"
    assert meta["date"] == "2026-02-10"


def test_a_notice_publishing_a_table_is_titled_by_what_it_publishes() -> None:
    """A notice's headline 关于印发X的通知 titles the document X, not the caption of the table
    under it (batch 400: 重点建议交办分工表)."""
    raw = (
        "海门区人民政府办公室关于印发区十八届人大五次会议代表建议交办分工的通知\n"
        "各区镇人民政府：\n现将重点建议交办分工印发给你们。\n重点建议交办分工表\n"
        "序号\t建议题目\t主办单位\t会办单位\n1\t关于完善农村公路养护机制的建议\t区交通运输局\t区财政局\n"
    )
    assert meta_of(raw)["title"] == "区十八届人大五次会议代表建议交办分工"


def test_a_notice_publishing_a_plan_named_after_a_book_keeps_its_marks() -> None:
    """关于印发《2026年县政府工作报告》重点工作分工方案的通知 titles the document by the plan with the
    report's marks whole (batch 650: the marks at either end had been stripped, one left)."""
    raw = (
        "西平县人民政府办公室关于印发《2026年县政府工作报告》重点工作分工方案的通知\n"
        "各乡镇人民政府：\n现将重点工作分工如下。\n一、主要预期目标\n1.地区生产总值增长6.5%左右。\n"
    )
    assert meta_of(raw)["title"] == "《2026年县政府工作报告》重点工作分工方案"
    whole = raw.replace(
        "关于印发《2026年县政府工作报告》重点工作分工方案的通知",
        "关于印发《西平县2026年重点工作分工方案》的通知",
    )
    assert meta_of(whole)["title"] == "西平县2026年重点工作分工方案"


def test_a_commissions_report_under_a_session_line_without_its_day() -> None:
    """A discipline commission's report (batch 415): the session's dash line names no day (the
    day is bracketed on the line under it), so the title is the headline alone; the commission
    signing at the end issues it, though the date came from the bracket."""
    raw = (
        "坚定不移推进全面从严治党　为建设现代化高唐提供坚强保障\n"
        "——在中国共产党高唐县第十四届纪律检查委员会第五次全体会议上的工作报告\n"
        "（2026年1月22日）\n\n一、2025年工作回顾\n全年立案审查调查168件。\n\n"
        "中共高唐县纪律检查委员会\n2026年1月22日\n"
    )
    meta = meta_of(raw)
    assert (
        meta["title"].replace("\u3000", "")
        == "坚定不移推进全面从严治党为建设现代化高唐提供坚强保障"
    )
    assert meta["issuer"] == "中共高唐县纪律检查委员会"
    assert meta["date"] == "2026-01-22"


def test_a_supply_and_marketing_cooperatives_union_signs_its_points() -> None:
    """A county cooperative's reform points (batch 436) are signed by its union
    (供销合作社联合社), an issuer as a federation is."""
    raw = (
        "舒城县供销合作社2026年综合改革工作要点\n\n一、主要目标\n全系统实现销售总额28亿元。\n\n"
        "舒城县供销合作社联合社\n2026年2月9日\n"
    )
    m = meta_of(raw)
    assert (m["issuer"], m["date"]) == ("舒城县供销合作社联合社", "2026-02-09")


def test_a_titles_kind_on_a_line_of_its_own_ends_the_title() -> None:
    """A title broken before its kind (…高质量发展 / 工作方案, as a text copied from a PDF
    breaks it): 工作方案 alone is a part's name elsewhere, here the title's end (batch 558)."""
    text = normalise(
        "瓦房店市2026年轴承产业高质量发展\n工作方案\n\n"
        "为推动轴承产业转型升级，结合我市实际，制定本方案。\n"
        "一、工作目标\n产值突破260亿元。\n"
    ).text
    _, start = parse_structure(text)
    assert extract_meta(text, start)["title"] == "瓦房店市2026年轴承产业高质量发展工作方案"


@pytest.mark.parametrize(
    "head",
    [
        # the issuer's name alone over the title (found probing: the issuer was the title)
        "巧家县人民政府办公室\n巧家县2026年重点工作任务分解\n",
        # the title over the issuer's name alone, no date (found probing: one title of the two)
        "巧家县2026年重点工作任务分解\n巧家县人民政府办公室\n",
    ],
)
def test_a_title_and_its_issuers_name_alone_on_two_lines(head: str) -> None:
    meta = meta_of(f"{head}\n序号\t牵头单位\t工作任务\n1\t县发改局\t实施重点项目100个\n")
    assert meta["title"] == "巧家县2026年重点工作任务分解"
    assert meta["issuer"] == "巧家县人民政府办公室"
    assert meta["jurisdiction"] == "巧家县"


def test_an_annex_saved_alone_is_titled_by_the_line_under_its_label() -> None:
    """An annex saved as a document of its own opens with its label (附件1) over its title
    (found probing: the label was the title, the year and place lost)."""
    meta = meta_of(
        "附件1\n巧家县2026年花卉产业重点任务分解\n\n一、重点任务\n（一）新建基地1000亩。\n"
    )
    assert meta["title"] == "巧家县2026年花卉产业重点任务分解"
    assert meta["jurisdiction"] == "巧家县"


def test_a_document_adopted_at_a_meeting_and_signed_later_is_dated_by_its_signature() -> None:
    """（2026年3月5日市政府第12次常务会议审议通过） under the title, the government and
    2026年3月8日 signed at the end (batch 1139): issued on the 8th — the meeting's day had
    been taken; with no signature, the meeting's day it is (an outline a congress adopts)."""
    body = "一、花木盆景产业。盆景年销售额达到15亿元。（市农业农村局牵头）\n"
    adopted = "如皋市2026年工作要点\n（2026年3月5日市政府第12次常务会议审议通过）\n" + body
    meta = meta_of(adopted + "如皋市人民政府\n2026年3月8日\n")
    assert (meta["issuer"], meta["date"]) == ("如皋市人民政府", "2026-03-08")
    assert meta_of(adopted)["date"] == "2026-03-05"


def test_a_title_with_its_day_in_brackets_on_its_line() -> None:
    """惠安县2026年石雕石材产业发展工作要点（2026年2月28日） (batch 1154): the day is the
    document's date and no part of its title; a horizon in brackets stays the title's."""
    meta = meta_of(
        "惠安县2026年石雕石材产业发展工作要点（2026年2月28日）\n惠安县人民政府办公室\n"
        "1.石材产业。石材产业产值达到300亿元。（县工信局牵头）\n"
    )
    assert (meta["title"], meta["date"]) == ("惠安县2026年石雕石材产业发展工作要点", "2026-02-28")
    horizon = meta_of(
        "舒城县竹产业发展三年行动方案（2026—2028年）\n一、发展目标\n竹林面积稳定在30万亩。\n"
    )
    assert horizon["title"] == "舒城县竹产业发展三年行动方案（2026—2028年）"


def test_a_line_of_number_issuer_and_date_under_the_title() -> None:
    """A plan's particulars on one line under its title, set apart by spaces (batch 1220:
    南岸府办发〔2026〕7号　　重庆市南岸区人民政府办公室　　2026年3月9日 was joined to the paragraph
    under it and gave neither issuer nor date): the issuer and the date are the line's."""
    meta = meta_of(
        "重庆市南岸区推动火锅产业高质量发展工作方案（2026年）\n\n"
        "南岸府办发〔2026〕7号\u3000\u3000重庆市南岸区人民政府办公室\u3000\u30002026年3月9日\n\n"
        "为擦亮“重庆火锅”金字招牌，制定本方案。\n\n一、工作目标\n\n火锅产业链综合产值达到150亿元。\n"
    )
    assert (meta["issuer"], meta["date"], meta["doc_number"]) == (
        "重庆市南岸区人民政府办公室",
        "2026-03-09",
        "南岸府办发〔2026〕7号",
    )


def test_a_chains_task_force_signs_its_own_task_list() -> None:
    """滕州市机床产业链工作专班　2026年2月24日 under a task list's title (batch 1226: neither issuer
    nor date was read): a task force (工作专班) issues its own lists, as a leading group does."""
    meta = meta_of(
        "滕州市2026年机床产业高质量发展重点任务清单\n滕州市机床产业链工作专班\u30002026年2月24日\n"
        "1.壮大数控机床整机。机床产业产值达到120亿元。（市工业和信息化局牵头）\n"
    )
    assert (meta["issuer"], meta["date"]) == ("滕州市机床产业链工作专班", "2026-02-24")
    signed = meta_of(
        "滕州市2026年机床产业高质量发展重点任务清单\n"
        "1.壮大数控机床整机。机床产业产值达到120亿元。（市工业和信息化局牵头）\n"
        "滕州市机床产业链工作专班\n2026年2月24日\n"
    )
    assert (signed["issuer"], signed["date"]) == ("滕州市机床产业链工作专班", "2026-02-24")
