from typing import Any

import pytest

from graph.records import DocumentRecords
from graph.schema import Label
from ingest.extract import extract
from ingest.normalise import normalise
from ingest.readers import RawDocument, read_document
from ingest.structure import parse_structure
from tests.conftest import SAMPLES


def mentioned(ex: Any) -> list[tuple[str, str, str]]:
    """(measure path, label, surface) of each MENTIONS edge, sorted."""
    return sorted(
        (e.src.split("#")[-1], e.dst_label.value, e.props["surface"])
        for e in ex.records.edges
        if e.type.value == "MENTIONS"
    )


def figures_of(records: DocumentRecords, *props: str) -> list[tuple[Any, ...]]:
    """(label, *props) of each figure extracted: its Target and Result nodes."""
    return [
        (n.label.value, *(n.props[p] for p in props))
        for n in records.nodes
        if n.label.value in ("Target", "Result")
    ]


def test_every_evidence_round_trips_to_the_original_text() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        raw = read_document(path)
        ex = extract(raw)
        n = 0
        for e in ex.records.edges:
            if e.evidence is None:
                continue
            ev = e.evidence
            assert raw.text[ev.start : ev.end] == ev.sentence
            assert ev.sentence.strip()
            if "surface" in e.props and e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR"):
                assert e.props["surface"] in ev.sentence
            n += 1
        assert n > 50


def test_metadata_of_samples() -> None:
    ex = extract(read_document(SAMPLES / "qingzhou-county-economy-action-plan-2023-2025.txt"))
    assert ex.meta["title"] == "青州市县域经济高质量发展三年行动方案（2023—2025年）"
    assert ex.meta["issuer"] == "青州市人民政府"
    assert ex.meta["date"] == "2024-02-18"
    assert ex.meta["jurisdiction"] == "青州市"


def test_document_number() -> None:
    raw = RawDocument(
        "x",
        "x.txt",
        "紫政发〔2024〕2号\n某市人民政府\n关于印发某市行动方案的通知\n一、目标\n内容",
        "txt",
    )
    assert extract(raw).meta["doc_number"] == "紫政发〔2024〕2号"


def test_a_title_opening_with_about_is_the_title() -> None:
    """关于加快…的若干措施 is a title; only a covering notice (关于印发…的通知) is not."""
    raw = RawDocument(
        "x",
        "x.txt",
        "日照市人民政府\n关于加快海洋经济高质量发展的若干措施\n日政发〔2025〕3号\n"
        "第一条 壮大海洋渔业。（责任单位：市海洋发展局）\n",
        "txt",
    )
    meta = extract(raw).meta
    assert (meta["title"], meta["issuer"]) == (
        "关于加快海洋经济高质量发展的若干措施",
        "日照市人民政府",
    )


def test_a_report_dated_by_its_session_line_and_signed_by_its_office() -> None:
    """An annual plan report: the date on the ——…在…会议上 line, the issuer under it."""
    raw = RawDocument(
        "x",
        "x.txt",
        "关于邹平市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告\n\n"
        "——2025年1月8日在邹平市第十九届人民代表大会第五次会议上\n\n邹平市发展和改革局\n\n"
        "各位代表：\n受市人民政府委托，现将计划草案提请大会审议。\n\n一、2024年计划执行情况\n"
        "地区生产总值完成1015.6亿元。\n",
        "txt",
    )
    meta = extract(raw).meta
    assert (meta["date"], meta["issuer"], meta["jurisdiction"]) == (
        "2025-01-08",
        "邹平市发展和改革局",
        "邹平市",
    )


def test_an_industry_the_taxonomy_lacks_is_found_again_across_the_document() -> None:
    """Once a document names 轴承 an industry (做强轴承产业集群), its other measures that
    name bearings address it too — not a body named after it."""
    raw = RawDocument(
        "x",
        "x.txt",
        "某市轴承产业工作方案\n一、重点任务\n（一）做强轴承产业集群。轴承产业产值突破260亿元。\n"
        "（二）拓展国际市场。轴承出口额达到8亿美元。（市商务局牵头，市轴承产业发展服务中心配合）\n"
        "（三）引育人才。引进轴承领域高层次人才50名。\n（四）优化服务。办好企业服务日活动。\n"
        "（五）建设平台。建设轴承检测认证中心1个。\n",
        "txt",
    )
    ex = extract(raw)
    addressed = {
        e.src.split("#")[1]
        for e in ex.records.edges
        if e.type.value == "ADDRESSES" and e.dst == "轴承"
    }
    # a centre built for it, of another industry's kind, addresses both (batch 52)
    assert addressed == {"一.(一)", "一.(二)", "一.(三)", "一.(五)"}
    testing = {
        e.src.split("#")[1] for e in ex.records.edges if e.dst == "testing-and-certification"
    }
    assert testing == {"一.(五)"}


def test_a_kind_named_before_its_heads_industry_is_looked_for_again() -> None:
    """藤茶产业 (batch 922): a kind before the listed industry its head names (茶产业) is that
    industry's wherever the document writes it — its bases and processing — but not routes on
    its theme (主题茶旅: tourism, the corpus's convention)."""
    assert _addressed(
        "来凤县2026年藤茶产业发展工作要点\n一、扩大藤茶基地。新发展藤茶基地1万亩。\n"
        "二、提升加工水平。藤茶加工产值增长15%。\n三、推进茶旅融合。建设藤茶主题茶旅线路2条。\n"
    ) == {("一", "tea"), ("二", "tea"), ("三", "tourism")}


def _addressed(text: str) -> set[tuple[str, str]]:
    """(measure path, industry) of every ADDRESSES edge extracted from a small text file."""
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    return {(e.src.split("#")[1], e.dst) for e in ex.records.edges if e.type.value == "ADDRESSES"}


def test_an_unlisted_industry_found_again_in_a_zones_name_is_the_zones() -> None:
    """A zone named after an industry the document names (子牙循环经济产业区) is a place,
    as a listed industry's zone is (batch 118: 静海)."""
    addressed = _addressed(
        "某区循环经济产业实施方案\n一、发展目标\n循环经济产业营业收入增长10%。\n"
        "二、重点任务\n（一）提升子牙循环经济产业区。新引进再生资源加工项目10个。\n"
    )
    assert addressed == {("一", "循环经济")}


def test_a_breed_processed_is_its_husbandry_and_food_processing() -> None:
    """文昌鸡, a breed of chicken named an industry, is 畜牧业's by its head (鸡); its products
    processed are meat processing as well (batch 119: 文昌)."""
    addressed = _addressed(
        "某市重点产业工作要点\n一、重点任务\n1、做优文昌鸡产业。新增文昌鸡深加工产品10个。\n"
        "2、做强椰子产业。新种椰子树10万株。\n"
    )
    assert addressed == {
        ("一.1", "animal-husbandry"),
        ("一.1", "food-processing"),
        ("一.2", "fruit"),
    }


def test_e_commerce_counted_of_an_unlisted_industrys_goods_is_a_channel() -> None:
    """玉雕电商网络交易额 counts jade carvings sold online: a way of selling them, as after a
    listed industry (钧瓷电商销售额), not e-commerce; developed (发展玉雕直播电商) it is
    (batch 123: 镇平; 玉雕 names jewellery and jade since session 82, the channel the same)."""
    addressed = _addressed(
        "某县玉雕产业实施方案\n一、发展目标\n玉雕产业总产值突破420亿元，玉雕电商网络交易额达到260亿元。\n"
        "二、重点任务\n（一）发展玉雕直播电商。新培育直播带货主播500名。\n"
    )
    assert addressed == {
        ("一", "jewellery-and-jade"),
        ("二.(一)", "jewellery-and-jade"),
        ("二.(一)", "ecommerce"),
    }


def test_a_testing_centre_for_an_industrys_products_quality_is_built_for_both() -> None:
    """A testing centre built for the quality of an industry's products
    (玉雕产品质量检验检测中心) addresses the industry and 检验检测, as 管道装备检测认证中心 does
    (batch 123: 镇平; 玉雕 names jewellery and jade since session 82)."""
    addressed = _addressed(
        "某县玉雕产业实施方案\n一、发展目标\n玉雕产业总产值突破420亿元。\n"
        "二、重点任务\n（一）开展质量检测。建成省级玉雕产品质量检验检测中心1个。\n"
    )
    assert ("二.(一)", "testing-and-certification") in addressed
    assert ("二.(一)", "jewellery-and-jade") in addressed


def test_invisible_characters_split_no_body_and_hide_no_note() -> None:
    """Text copied from a web page with zero-width characters inside a body's name and a
    role word reads as the text shows (市农业农村局 leads, 市发改局 leads)."""
    raw = RawDocument(
        "x",
        "x.txt",
        "某市花卉产业工作方案\n一、重点任务\n"
        "（一）做强花卉产业。花卉产值突破50亿元。（市农业\u200b农村局牵头，市商务局配合）\n"
        "（二）推进项目。新建基地3个。（市发改局牵\u200d头）\n",
        "txt",
    )
    ex = extract(raw)
    leads = {
        (e.dst.split("#")[1], e.src, e.props["surface"])
        for e in ex.records.edges
        if e.type.value == "LEADS"
    }
    assert leads == {
        # (the document names no place: its bodies are its own, x:…)
        ("一.(一)", "x:市农业农村局", "市农业农村局"),
        ("一.(二)", "x:市发展和改革局", "市发改局"),
    }


def test_a_one_character_industry_is_found_again_in_its_products() -> None:
    """钛产业 named once: 钛材 and 钛合金 address it, 钛 inside other words does not."""
    raw = RawDocument(
        "x",
        "x.txt",
        "某市钛产业若干措施\n为做强钛产业，制定以下措施。\n"
        "第一条支持扩能。到2025年，全市钛材产量达到10万吨。\n"
        "第二条推广应用。推动钛合金在医疗领域应用。\n第三条优化服务。办好企业服务日活动。\n",
        "txt",
    )
    ex = extract(raw)
    addressed = {e.src.split("#")[1] for e in ex.records.edges if e.dst == "钛产业"}
    assert addressed == {"第一条", "第二条"}


def test_a_document_issued_jointly_by_party_committee_and_government() -> None:
    """Both bodies issue it (one line, a full-width space between them, lost to
    normalising); the place is the government's; the title is the line under them."""
    raw = RawDocument(
        "x",
        "x.txt",
        "中共馆陶县委文件\n馆发〔2025〕3号\n\n中共馆陶县委　馆陶县人民政府\n"
        "关于加快建设农业强县的实施意见\n（2025年3月8日）\n\n各乡镇党委和人民政府，县直各单位：\n"
        "为深入贯彻落实中央和省委、市委关于乡村全面振兴的决策部署，加快建设农业强县，"
        "现提出如下实施意见。\n"
        "一、重点任务\n（一）做强蔬菜产业。县农业农村局牵头，县财政局配合。\n",
        "txt",
    )
    ex = extract(raw)
    assert (ex.meta["title"], ex.meta["issuer"], ex.meta["date"], ex.meta["jurisdiction"]) == (
        "关于加快建设农业强县的实施意见",
        "中共馆陶县委、馆陶县人民政府",
        "2025-03-08",
        "馆陶县",
    )
    issued = sorted(e.dst for e in ex.records.edges if e.type.value == "ISSUED_BY")
    # (中共 is the party's: the committee is 馆陶县委, one node with a note's 县委)
    assert issued == ["馆陶县人民政府", "馆陶县委"]
    leads = [e.src for e in ex.records.edges if e.type.value == "LEADS"]
    assert leads == ["馆陶县农业农村局"]


def test_a_document_signed_jointly_by_two_bodies_of_one_place_on_one_line() -> None:
    """临朐县农业农村局　临朐县财政局 over the date: both bodies issue it (the space between them
    lost to normalising), as two bodies signed on two lines do; the number over the title
    stays apart from it."""
    raw = RawDocument(
        "x",
        "x.txt",
        "临政农发〔2026〕3号\n临朐县2026年花卉产业发展工作方案\n一、重点任务\n"
        "（一）推进花卉产业。新增花卉企业5家。（县农业农村局负责）\n\n"
        "临朐县农业农村局　临朐县财政局\n2026年3月5日\n",
        "txt",
    )
    ex = extract(raw)
    assert (ex.meta["title"], ex.meta["issuer"], ex.meta["date"]) == (
        "临朐县2026年花卉产业发展工作方案",
        "临朐县农业农村局、临朐县财政局",
        "2026-03-05",
    )
    issued = sorted(e.dst for e in ex.records.edges if e.type.value == "ISSUED_BY")
    assert issued == ["临朐县农业农村局", "临朐县财政局"]


def test_a_table_giving_out_the_items_by_number_gives_them_its_roles() -> None:
    """A 责任分工 table keyed by the tasks' numbers (序号 | 牵头单位 | 配合单位, no task column):
    each row's bodies are the numbered task's, the row their evidence, and the rows are no
    measures of their own (batch 146: 桐乡)."""
    text = (
        "某市毛衫产业实施方案\n一、主要任务\n1.壮大毛衫产业集群。新增规上企业30家。\n"
        "2.发展毛衫电商。培育直播电商基地3个。\n二、责任分工\n"
        "序号\t牵头单位\t配合单位\n1\t市经信局\t市发改局\n2\t市商务局\t市市场监管局\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    roles = sorted(
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS")
    )
    assert roles == [
        ("LEADS", "市商务局", "一.2"),
        ("LEADS", "市经信局", "一.1"),
        ("SUPPORTS", "市发改局", "一.1"),
        ("SUPPORTS", "市市场监管局", "一.2"),
    ]
    paths = {n.props["path"] for n in ex.records.nodes if n.label.value in ("Measure", "Section")}
    assert paths == {"一", "一.1", "一.2", "二"}
    lead = next(e for e in ex.records.edges if e.props.get("surface") == "市商务局")
    assert lead.evidence is not None and "市商务局" in lead.evidence.sentence
    assert text[lead.props["at_start"] : lead.props["at_end"]] == "市商务局"


def test_a_table_keyed_by_the_task_s_number_in_its_header_s_words_gives_out_the_items() -> None:
    """The key column named 任务序号 (batch 1413: 乐平's 三、任务分工) gives the numbered tasks
    their roles as 序号 does."""
    text = (
        "某市县域商业体系建设工作方案\n二、重点任务\n1.改造乡镇商贸中心。新增营业面积1万平方米。\n"
        "2.发展农村电商。培育农村电商主播200名。\n三、任务分工\n"
        "任务序号\t牵头单位\t配合单位\n1\t市商务局\t众埠镇人民政府\n2\t市商务局\t市农业农村局\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    roles = sorted(
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS")
    )
    assert roles == [
        ("LEADS", "市商务局", "二.1"),
        ("LEADS", "市商务局", "二.2"),
        ("SUPPORTS", "众埠镇人民政府", "二.1"),
        ("SUPPORTS", "市农业农村局", "二.2"),
    ]


def test_a_row_keyed_by_a_range_of_items_gives_each_its_roles() -> None:
    """A key that is a range of the tasks' numbers (1—2, 4-5) or a list of them (1、3) gives
    each of those tasks the row's bodies (batch 210: 彭州)."""
    text = (
        "某市蔬菜产业实施方案\n一、主要任务\n1.稳定生产。\n2.建设基地。\n3.壮大加工。\n"
        "4.打造品牌。\n5.拓展销售。\n二、责任分工\n"
        "序号\t牵头单位\t配合单位\n1—2\t市农业农村局\t各镇（街道）\n3\t市经信局\t市商务局\n"
        "4-5\t市商务局\t市融媒体中心\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    leads = sorted(
        (e.dst.split("#")[1], e.props["surface"])
        for e in ex.records.edges
        if e.type.value == "LEADS"
    )
    assert leads == [
        ("一.1", "市农业农村局"),
        ("一.2", "市农业农村局"),
        ("一.3", "市经信局"),
        ("一.4", "市商务局"),
        ("一.5", "市商务局"),
    ]
    paths = {n.props["path"] for n in ex.records.nodes if n.label.value in ("Measure", "Section")}
    assert paths == {"一", "一.1", "一.2", "一.3", "一.4", "一.5", "二"}


def test_a_bracket_under_the_title_may_name_the_issuer_with_the_date() -> None:
    """（2026年2月24日晋城市人民政府办公室印发） dates the document and names who issued it
    (batch 130: 晋城)."""
    raw = RawDocument(
        "x",
        "x.txt",
        "晋城市2026年稳就业促增收工作要点\n\n（2026年2月24日晋城市人民政府办公室印发）\n\n"
        "一、稳定重点群体就业\n1.促进就业。开发见习岗位3000个。（市人社局负责）\n",
        "txt",
    )
    meta = extract(raw).meta
    assert (meta["issuer"], meta["date"]) == ("晋城市人民政府办公室", "2026-02-24")


def test_a_streets_document_issued_jointly_names_its_own_offices() -> None:
    """A sub-district's (街道) document signed by its party working committee and its office
    on two lines over the date: both issue it; the street is the jurisdiction, so its offices
    named bare are the street's, a district bureau's office there (市场监管所) no city
    bureau (batch 125: 湖滨)."""
    raw = RawDocument(
        "x",
        "x.txt",
        "中共杭州市上城区湖滨街道工作委员会\n杭州市上城区人民政府湖滨街道办事处\n"
        "关于印发《湖滨街道2026年经济工作要点》的通知\n各社区，街道各科室：\n"
        "现将《湖滨街道2026年经济工作要点》印发给你们，请认真贯彻落实。\n"
        "中共杭州市上城区湖滨街道工作委员会\n杭州市上城区人民政府湖滨街道办事处\n2026年2月18日\n"
        "湖滨街道2026年经济工作要点\n一、重点工作\n"
        "（一）做强楼宇经济。新增入驻企业200家。（牵头科室：经济发展办；配合科室：市场监管所）\n",
        "txt",
    )
    ex = extract(raw)
    assert (ex.meta["issuer"], ex.meta["jurisdiction"]) == (
        "中共杭州市上城区湖滨街道工作委员会、杭州市上城区人民政府湖滨街道办事处",
        "杭州市上城区湖滨街道",
    )
    bodies = sorted(e.src for e in ex.records.edges if e.type.value in ("LEADS", "SUPPORTS"))
    assert bodies == ["杭州市上城区湖滨街道市场监管所", "杭州市上城区湖滨街道经济发展办"]


@pytest.mark.parametrize(
    ("head", "jurisdiction"),
    [
        ("桃花潭镇2026年工作计划\n桃花潭镇人民政府\n2026年1月10日\n", "桃花潭镇"),
        # no issuer named: the title's town
        ("周庄镇2026年重点工作计划\n", "周庄镇"),
    ],
)
def test_a_towns_document_without_its_county_names_its_own_offices(
    head: str, jurisdiction: str
) -> None:
    """A town's own document issued without its county's name (桃花潭镇人民政府): the town is
    the jurisdiction, so its offices named bare are its own — they were 镇经济发展办 in any
    town, one node for every town's office in the graph (found probing)."""
    raw = RawDocument(
        "x",
        "x.txt",
        head + "一、重点工作\n（一）发展旅游。新增民宿20家。（镇经济发展办牵头，规划建设办配合）\n",
        "txt",
    )
    ex = extract(raw)
    assert ex.meta["jurisdiction"] == jurisdiction
    bodies = sorted(e.src for e in ex.records.edges if e.type.value in ("LEADS", "SUPPORTS"))
    assert bodies == [f"{jurisdiction}经济发展办", f"{jurisdiction}规划建设办"]


def test_documents_of_unknown_place_share_no_body() -> None:
    """Two documents that name no place (no issuer, none in the title) each name 县商务局:
    their county may differ, so each body is its own document's — both were one node
    ``县商务局`` in the graph (found reviewing the corpus's ids); 国家发展改革委 is shared."""
    text = (
        "2026年电商工作要点\n一、重点工作\n（一）发展电商。"
        "（县商务局牵头，国家发展改革委、各乡镇配合）\n"
    )
    ids = []
    for doc in ("a", "b"):
        ex = extract(RawDocument(doc, f"{doc}.txt", text, "txt"))
        assert "jurisdiction" not in ex.meta
        ids.append(sorted(e.src for e in ex.records.edges if e.type.value in ("LEADS", "SUPPORTS")))
    assert ids == [
        ["a:县商务局", "a:各乡镇", "国家发展改革委"],
        ["b:县商务局", "b:各乡镇", "国家发展改革委"],
    ]


def test_an_issuer_named_only_in_the_covering_notices_headline() -> None:
    raw = RawDocument(
        "x",
        "x.txt",
        "江西省人民政府办公厅关于印发江西省推进电子信息产业高质量发展实施方案（2025—2027年）的通知\n"
        "赣府厅字〔2025〕12号\n\n各设区市人民政府：\n现印发给你们。\n\n2025年2月26日\n\n"
        "江西省推进电子信息产业高质量发展实施方案（2025—2027年）\n一、主要目标\n"
        "（一）做强新型显示。（省工信厅牵头，省发展改革委配合）\n",
        "txt",
    )
    ex = extract(raw)
    assert (ex.meta["issuer"], ex.meta["date"], ex.meta["jurisdiction"]) == (
        "江西省人民政府办公厅",
        "2025-02-26",
        "江西省",
    )
    bodies = {(e.type.value, e.src) for e in ex.records.edges if e.type.value != "ISSUED_BY"}
    assert ("LEADS", "江西省工业和信息化厅") in bodies
    assert ("SUPPORTS", "江西省发展和改革委员会") in bodies
    issued = [e.dst for e in ex.records.edges if e.type.value == "ISSUED_BY"]
    assert issued == ["江西省人民政府办公厅"]


@pytest.mark.parametrize(
    "reporter", ["宜昌市夷陵区发展和改革局局长　周文斌", "区发展和改革局局长 周文斌"]
)
def test_a_plan_report_is_issued_by_the_office_whose_head_reports(reporter: str) -> None:
    """A plan report delivered by the bureau's director: the bureau is the issuer (named
    on the line, or by its level and the session's congress), over a portal's 来源."""
    raw = RawDocument(
        "x",
        "x.html",
        "关于夷陵区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告\n"
        "——2025年1月8日在宜昌市夷陵区第三届人民代表大会第五次会议上\n"
        f"{reporter}\n各位代表：\n一、2024年国民经济和社会发展计划执行情况\n全区地区生产总值增长6.5%。\n",
        "html",
        meta={"issuer": "区发展和改革局", "date": "2025-01-20"},
    )
    meta = extract(raw).meta
    assert (meta["date"], meta["issuer"], meta["jurisdiction"]) == (
        "2025-01-08",
        "宜昌市夷陵区发展和改革局",
        "宜昌市夷陵区",
    )


@pytest.mark.parametrize(
    "reporter",
    [
        "安丘市人民政府市长  李明",
        "安丘市人民政府代理市长 李明",
        "市长  李明",
        "市长　李明",
        # (a name of a minority people, its parts set apart by a middle dot: batch 234)
        "市长　艾尔肯·买买提",
        "安丘市人民政府市长 阿不都热依木·阿不都克力木",
        # (the place named without 人民政府: batch 234)
        "安丘市市长　艾尔肯·买买提",
        "安丘市代理市长 李明",
        # (the head's name left out, the government named: batch 821)
        "安丘市人民政府市长",
    ],
)
def test_a_government_work_report_is_issued_by_the_government_its_head_reports_for(
    reporter: str,
) -> None:
    """A 政府工作报告: the head of government reports on the session line's date; the
    government is the issuer, named on the line or by the session's congress."""
    raw = RawDocument(
        "x",
        "x.txt",
        "政府工作报告\n——2025年1月9日在安丘市第十九届人民代表大会第五次会议上\n"
        f"{reporter}\n\n各位代表：\n一、2024年工作回顾\n全市地区生产总值增长5.9%。\n",
        "txt",
    )
    meta = extract(raw).meta
    assert (meta["title"], meta["date"], meta["issuer"], meta["jurisdiction"], meta["kind"]) == (
        "政府工作报告",
        "2025-01-09",
        "安丘市人民政府",
        "安丘市",
        "work report",
    )


@pytest.mark.parametrize(
    ("front", "title", "kind"),
    [
        (
            "临朐县推进文化旅游高质量发展\n三年行动计划（2024—2026年）\n\n为推进文旅发展，制定本计划。",
            "临朐县推进文化旅游高质量发展三年行动计划（2024—2026年）",
            "action plan",
        ),
        (
            "关于临朐县2024年国民经济和社会发展计划执行情况\n与2025年国民经济和社会发展计划草案的报告",
            "关于临朐县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告",
            "annual plan",
        ),
        (
            "临朐县人民政府\n关于加快推进预制菜产业高质量发展的\n实施意见\n临政发〔2025〕3号",
            "关于加快推进预制菜产业高质量发展的实施意见",
            "policy",
        ),
        # nor is a note in brackets above it
        (
            "（此件公开发布）\n青州市县域经济高质量发展三年行动方案（2023—2025年）",
            "青州市县域经济高质量发展三年行动方案（2023—2025年）",
            "action plan",
        ),
        # a covering notice above the plan's title is no part of it
        (
            "临朐县人民政府办公室关于印发临朐县文旅发展方案的通知\n临朐县文旅发展方案",
            "临朐县文旅发展方案",
            "action plan",
        ),
    ],
)
def test_a_title_set_on_two_or_three_lines_is_one_title(front: str, title: str, kind: str) -> None:
    raw = RawDocument("x", "x.docx", front + "\n一、目标\n到2026年，产值达到100亿元。\n", "docx")
    meta = extract(raw).meta
    assert (meta["title"], meta["kind"]) == (title, kind)


def test_the_issuer_and_the_bodies_its_notes_name_are_one_node_each() -> None:
    """The issuer written in full (济南市历城区科学技术局) and a note's 区科技局 are one body."""
    raw = RawDocument(
        "x",
        "x.txt",
        "济南市历城区科学技术局\n2025年3月5日\n一、目标\n1.实施倍增计划。（区科技局牵头）\n",
        "txt",
    )
    edges = extract(raw).records.edges
    issued = [e.dst for e in edges if e.type.value == "ISSUED_BY"]
    leads = [e.src for e in edges if e.type.value == "LEADS"]
    assert issued == leads == ["济南市历城区科技局"]
    issuer = next(e for e in edges if e.type.value == "ISSUED_BY")
    assert issuer.props["surface"] == "济南市历城区科学技术局"


def test_one_character_place_names_are_jurisdictions() -> None:
    raw = RawDocument("x", "x.txt", "沛县人民政府\n一、目标\n1.发展花卉（县发改局牵头）。", "txt")
    ex = extract(raw)
    assert ex.meta["jurisdiction"] == "沛县"
    assert any(e.src == "沛县发展和改革局" for e in ex.records.edges if e.type.value == "LEADS")


def test_jurisdiction_from_title_when_no_issuer() -> None:
    raw = RawDocument(
        "x",
        "x.txt",
        "寿光市2024年国民经济和社会发展计划\n一、目标\n1.发展花卉（市发改局牵头）。",
        "txt",
    )
    assert extract(raw).meta["jurisdiction"] == "寿光市"


@pytest.mark.parametrize(
    ("title", "jurisdiction"),
    [
        ("临沂市兰山区优化营商环境行动方案", "临沂市兰山区"),
        ("潍坊市临朐县2024年重点工作", "潍坊市临朐县"),
        ("济南市市中区数字经济发展方案", "济南市市中区"),
        ("青岛市西海岸新区海洋经济发展方案", "青岛市西海岸新区"),
        ("天津市滨海新区2024年重点工作", "天津市滨海新区"),
        ("潍坊市推进工业区改造方案", "潍坊市"),
        # words that end as places do are not a second level
        ("潍坊市城区道路改造方案", "潍坊市"),
        ("潍坊市老城区改造方案", "潍坊市"),
        ("济南市历城区数字经济发展方案", "济南市历城区"),
        ("潍坊市老旧小区改造方案", "潍坊市"),
        ("潍坊市智慧城市建设方案", "潍坊市"),
        ("潍坊市高新区发展方案", "潍坊市"),
        ("潍坊市县级融媒体中心建设方案", "潍坊市"),
        ("潍坊市各县市区考核办法", "潍坊市"),
        ("青州市县域经济高质量发展三年行动方案", "青州市"),
        ("潍坊市临朐县域经济发展方案", "潍坊市"),
    ],
)
def test_a_county_or_district_under_its_city_is_the_jurisdiction(
    title: str, jurisdiction: str
) -> None:
    raw = RawDocument("x", "x.txt", f"{title}\n一、目标\n内容。", "txt")
    assert extract(raw).meta["jurisdiction"] == jurisdiction


@pytest.mark.parametrize(
    ("issuer", "jurisdiction"),
    [
        ("济南市历城区人民政府办公室", "济南市历城区"),
        ("临沂市兰山区发展和改革局", "临沂市兰山区"),
        ("青岛市西海岸新区管理委员会", "青岛市西海岸新区"),
        ("青州市人民政府", "青州市"),
        ("寿光市城市管理局", "寿光市"),
        ("潍坊市高新区管委会", "潍坊市"),
        # autonomous prefectures (自治州, written short as 恩施州), leagues (盟) and banners
        ("恩施土家族苗族自治州人民政府办公室", "恩施土家族苗族自治州"),
        ("恩施州人民政府", "恩施州"),
        ("锡林郭勒盟行政公署", "锡林郭勒盟"),
        ("鄂托克旗人民政府", "鄂托克旗"),
        ("长阳土家族自治县人民政府", "长阳土家族自治县"),
        # (but a 州 before 市 is part of a city's name)
        ("莱州市人民政府办公室", "莱州市"),
        ("滕州市人民政府", "滕州市"),
    ],
)
def test_an_issuer_under_its_city_names_the_whole_jurisdiction(
    issuer: str, jurisdiction: str
) -> None:
    """济南市历城区人民政府办公室 issues for 济南市历城区: its 区商务局 is the district's."""
    raw = RawDocument("x", "x.txt", f"某某方案\n{issuer}\n一、目标\n内容。", "txt")
    assert extract(raw).meta["jurisdiction"] == jurisdiction


def test_a_title_naming_one_year_dates_its_goals() -> None:
    raw = RawDocument(
        "x",
        "x.txt",
        "2025年某县县域经济高质量发展实施方案\n一、主要目标\n全县生产总值增长6%，新增规上企业20家。",
        "txt",
    )
    ex = extract(raw)
    assert ex.meta["plan_year"] == 2025
    years = {n.props["year"] for n in ex.records.nodes if n.label.value == "Target"}
    assert years == {2025}


def test_a_work_plan_whose_every_year_is_the_year_it_was_signed_is_that_years() -> None:
    """A 工作方案 whose title names no year, signed in 2025 with its goals due
    到2025年底 and naming no other year, is the work of 2025: 全年 and every undated
    figure are 2025 goals (the corpus's 顺德 plan). An 实施意见 of the same years is
    not (its undated figures stay open, as the corpus's 沂南 annotation has them), nor
    is a work plan naming another year."""

    def years(title: str, goals: str) -> set[int | None]:
        text = (
            f"{title}\n一、工作目标\n{goals}\n二、工作任务\n"
            "（一）推进改造。全年新增工业机器人应用1500台。\n某区人民政府办公室\n2025年2月20日"
        )
        ex = extract(RawDocument("x", "x.txt", text, "txt"))
        return {n.props["year"] for n in ex.records.nodes if n.label.value == "Target"}

    assert years("某区推动家电产业高质量发展工作方案", "到2025年底，营业收入突破4000亿元。") == {
        2025
    }
    assert years("某区推动家电产业高质量发展实施意见", "到2025年底，营业收入突破4000亿元。") == {
        2025,
        None,
    }
    assert years("某区推动家电产业高质量发展工作方案", "到2027年，营业收入突破4000亿元。") == {
        2027,
        None,
    }


@pytest.mark.parametrize(
    "line",
    ["（2025年3月1日）", "（2025年3月1日市政府第12次常务会议审议通过）", "（2025年3月1日印发）"],
)
def test_a_date_in_brackets_under_the_title_dates_the_document(line: str) -> None:
    text = f"某市优化营商环境若干措施\n{line}\n一、重点任务\n（一）优化审批。内容。"
    assert extract(RawDocument("x", "x.txt", text, "txt")).meta["date"] == "2025-03-01"


def test_a_supervision_bulletin_reports_in_every_part_but_the_next_steps() -> None:
    """A bulletin on the tasks' progress (…推进情况的通报) reports the year it names in parts
    headed as it likes (总体情况, 进展较好的任务); a part on the next steps looks ahead. Its
    tasks are named by the bodies leading them (市商务局牵头、市发展改革委配合的…任务), and it
    is signed by the office that supervised (batch 63)."""
    text = (
        "关于2026年上半年重点工作任务推进情况的通报\n"
        "一、总体情况\n全市纳入督查的重点任务86项。\n"
        "二、进展较好的任务\n（一）市商务局牵头、市发展改革委配合的外贸稳规模任务，"
        "上半年全市外贸进出口额达到210亿元。\n"
        "（二）市住房和城乡建设局负责的老旧小区改造任务，上半年开工改造老旧小区12个。\n"
        "三、下一步工作要求\n下半年新增开工改造老旧小区20个。\n"
        "咸宁市人民政府督查室\n2026年7月20日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["issuer"] == "咸宁市人民政府督查室"
    figures = set(figures_of(ex.records, "value", "year"))
    assert figures == {
        ("Result", 86, 2026),
        ("Result", 210, 2026),
        ("Result", 12, 2026),
        ("Target", 20, 2026),
    }
    assert role_edges(text) == [
        ("二.(一)", "LEADS", "市商务局"),
        ("二.(一)", "SUPPORTS", "市发展改革委"),
        ("二.(二)", "RESPONSIBLE_FOR", "市住房和城乡建设局"),
    ]


def test_a_years_summary_plans_the_next_year_for_its_next_year() -> None:
    """A bureau's summary of 2025 (…2025年工作总结) ends with next year's work (明年工作打算):
    its goals fall due in 2026 (batch 64)."""
    text = (
        "某市商务局2025年工作总结\n一、2025年工作完成情况\n全市外贸进出口总额完成1,250亿元。\n"
        "二、明年工作打算\n明年，力争全市外贸进出口总额增长6%。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    figures = set(figures_of(ex.records, "value", "year"))
    assert figures == {("Result", 1250, 2025), ("Target", 6, 2026)}


def test_a_statistical_communique_reports_the_year_it_names() -> None:
    """A 统计公报 (…2025年国民经济和社会发展统计公报) is a report of the year it names, in
    every part: results of 2025, no goals, though its title reads as an annual plan's
    (batch 78)."""
    text = (
        "某区2025年国民经济和社会发展统计公报\n某区统计局\n2026年3月20日\n"
        "一、综合\n初步核算，2025年全区地区生产总值达到420.5亿元，比上年增长5.6%。\n"
        "二、工业\n新材料产业产值突破200亿元。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["kind"] == "progress report"
    figures = set(figures_of(ex.records, "value", "year"))
    assert figures == {("Result", 420.5, 2025), ("Result", 5.6, 2025), ("Result", 200, 2025)}


def test_a_heading_s_deadline_dates_its_part_s_figures() -> None:
    """（一）近期目标（到2027年） / （二）远期目标（到2030年）: each part's figures fall due in
    its heading's year, in a plan whose horizon dates nothing (batch 80)."""
    text = (
        "某县油茶产业高质量发展实施方案（2026—2030年）\n一、发展目标\n"
        "（一）近期目标（到2027年）。全县油茶林面积稳定在80万亩，综合产值达到120亿元。\n"
        "（二）远期目标（到2030年）。综合产值突破200亿元。\n"
        "二、重点任务\n（一）提升质量。每年改造低产油茶林5万亩。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    years = sorted(
        (n.props["value"], n.props["year"] or 0)
        for n in ex.records.nodes
        if n.label.value == "Target"
    )
    assert years == [(5, 0), (80, 2027), (120, 2027), (200, 2030)]


def test_a_progress_report_reports_on_the_year_it_names() -> None:
    """A report on the year's work so far (…2025年前三季度重点工作推进情况的报告) reports
    2025, not the year before as an annual plan's 执行情况 does; its last part's work is
    2025's goals. Its title is the first line, not the lead-in 现将…报告如下："""
    text = (
        "某市2025年前三季度重点工作推进情况的报告\n\n市人大常委会：\n"
        "现将我市2025年前三季度重点工作推进情况报告如下：\n\n"
        "一、重点工作推进情况\n（一）产业持续壮大。前三季度，实现营业收入420亿元，同比增长9.2%，"
        "完成年度目标的75%。\n"
        "二、第四季度工作打算\n（一）冲刺全年目标。全年新增规上工业企业20家以上。\n"
        "某市人民政府\n2025年10月20日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["title"] == "某市2025年前三季度重点工作推进情况的报告"
    assert ex.meta["kind"] == "progress report"
    figures = set(figures_of(ex.records, "value", "year"))
    assert figures == {
        ("Result", 420, 2025),
        ("Result", 9.2, 2025),
        ("Result", 75, 2025),
        ("Target", 20, 2025),
    }
    share = next(
        n for n in ex.records.nodes if n.label.value == "Result" and n.props["value"] == 75
    )
    assert share.props["metric"] == "营业收入完成年度目标"  # as written (the 长垣 annotation)


def test_an_annual_report_on_a_year_s_work_reports_it_and_plans_the_next_in_its_own_sentences() -> (
    None
):
    """An annual report on a year's work (…2025年政府信息公开工作年度报告, batch 272) reports
    that year — its figures were goals — and a sentence opening with a later year is the
    work to come (2026年，将…)."""
    text = (
        "某区人民政府2025年政府信息公开工作年度报告\n\n"
        "一、总体情况\n全年共收到政府信息公开申请428件，同比下降6.8%。\n"
        "二、存在的主要问题及改进情况\n2026年，将新建基层政务公开专区20个。\n"
        "某区人民政府办公室\n2026年1月20日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "metric", "value", "year")) == {
        ("Result", "收到政府信息公开申请", 428, 2025),
        ("Result", "收到政府信息公开申请同比下降", 6.8, 2025),
        ("Target", "新建基层政务公开专区", 20, 2026),
    }


@pytest.mark.parametrize(
    "title",
    [
        "某区2025年法治政府建设情况报告",
        "某区商务局2025年度工作报告",
        "某县关于2025年优化营商环境工作开展情况的报告",
        "某市2025年度部门整体支出绩效自评报告",
        "某县2025年度河长制工作情况通报",
        "某区科技局2025年工作总结和2026年工作思路",
        # (a suggestion-handling report and an audit's, found probing after batch 278)
        "某市2025年度人大代表建议办理情况报告",
        "关于某区2025年度区级预算执行和其他财政收支的审计工作报告",
        # (a bureau's debriefing report, batch 306, and an official's)
        "宾阳县商务局2025年度述职报告",
        "某局局长2025年度述职述廉报告",
    ],
)
def test_a_report_on_a_year_s_work_reports_it_and_its_next_steps_are_the_next_year_s(
    title: str,
) -> None:
    """Reports on how a year's work went, however titled (found probing after batch 272:
    their results were goals), report that year; what comes next, in a report written
    after it, is the year it was written in."""
    text = (
        f"{title}\n\n一、工作开展情况\n全年新增企业20家。\n二、下一步工作\n新增企业30家。\n"
        "某单位\n2026年1月10日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["kind"] == "progress report"
    assert set(figures_of(ex.records, "value", "year")) == {
        ("Result", 20, 2025),
        ("Target", 30, 2026),
    }


def test_a_part_affirming_a_year_s_work_reports_it() -> None:
    # 一、充分肯定2025年工作成效 (batch 317, a mayor's speech): its undated sentences report
    # 2025 as its dated ones do
    text = (
        "在全市招商引资推进会上的讲话\n（2026年2月20日）\n\n一、充分肯定2025年工作成效\n"
        "去年，全市新签约项目126个。新能源电池产业新落户项目18个。\n"
        "二、准确把握2026年目标任务\n全市要确保新签约项目130个以上。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "metric", "value", "year")) == {
        ("Result", "新签约项目", 126, 2025),
        ("Result", "新能源电池产业新落户项目", 18, 2025),
        # (the body told to strive is no part of the metric, nor its 要: 全市要确保…)
        ("Target", "新签约项目", 130, 2026),
    }


def test_a_body_describing_itself_sets_no_goals_and_its_budget_does() -> None:
    """A department's budget disclosure (batch 318): 部门基本情况 counts the body's divisions,
    units and staff — its make-up, no goals; the budget's revenue and spending are the
    year's goals, the 三公 expenses' zero line too."""
    text = (
        "2026年宿松县农业农村局部门预算公开说明\n\n一、部门基本情况\n"
        "宿松县农业农村局内设股室9个，下属事业单位3个。2026年末编制人数68人。\n"
        "二、收支预算总体情况\n2026年收入预算总计4862.35万元。因公出国（境）费用0元。\n"
        "宿松县农业农村局\n2026年2月10日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "path", "value", "year")) == {
        ("Target", "二", 4862.35, 2026),
        ("Target", "二", 0, 2026),
    }


def test_a_table_of_villages_products_gives_each_its_row() -> None:
    """A town's “一村一品” plan (batch 327: 序号 | 行政村 | 主导产业 | 现有规模 | 2026年目标 | 责任人):
    each village answers for its row (as a table sharing goals among towns has each town
    answer for its own), the goal column's figures are the plan year's goals and the 现有规模
    column's the year before's results."""
    text = (
        "太湖源镇2026年“一村一品”产业发展计划表\n\n"
        "序号\t行政村\t主导产业\t现有规模\t2026年目标\t责任人\n"
        "1\t白沙村\t山核桃\t种植面积1.2万亩\t山核桃产量达到800吨\t村党支部书记\n"
        "2\t指南村\t乡村旅游\t年接待游客15万人次\t年接待游客达到20万人次\t村委会主任\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert sorted(figures_of(ex.records, "path", "value", "year")) == [
        ("Result", "1", 1.2, 2025),
        ("Result", "2", 15, 2025),
        ("Target", "1", 800, 2026),
        ("Target", "2", 20, 2026),
    ]
    assert [r for r in role_edges(text) if r[1] == "RESPONSIBLE_FOR"] == [
        ("1", "RESPONSIBLE_FOR", "白沙村"),
        ("2", "RESPONSIBLE_FOR", "指南村"),
    ]


def test_the_whole_text_s_title_is_the_document_s() -> None:
    """A notice with no headings under its issuer's line (batch 313, an appointments notice) is
    one measure titled by the document's headline, not by its first line; and it names no
    role and no figure: the bodies officials serve in are given no work."""
    text = (
        "绵竹市人民政府\n关于张建国等同志职务任免的通知\n\n各镇人民政府，市政府各部门：\n"
        "经市政府常务会议研究决定：\n任命：\n张建国为绵竹市商务局局长；\n"
        "李晓红为绵竹市发展和改革局副局长（试用期一年）。\n绵竹市人民政府\n2026年2月3日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    (whole,) = [n for n in ex.records.nodes if n.label == Label.MEASURE]
    assert (whole.props["path"], whole.props["title"]) == ("全文", "关于张建国等同志职务任免的通知")
    assert figures_of(ex.records, "value") == []
    assert role_edges(text) == []


def test_a_part_on_the_duties_done_in_a_year_reports_them() -> None:
    # 一、2025年履职情况 (batch 306's heading) in a standing committee's report whose title
    # names no kind of report: that year's results; the next part's tasks are goals
    text = (
        "某县人民代表大会常务委员会工作报告\n\n一、2025年履职情况\n全年审议报告26个。\n"
        "二、2026年主要任务\n审议报告30个。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {
        ("Result", 26, 2025),
        ("Target", 30, 2026),
    }


def test_a_part_on_the_work_carried_out_reports_it() -> None:
    # 一、2025年工作开展情况 (batch 750's heading, a centre's summary and plan): its parts'
    # figures are that year's results, though they name no year; the plan's part sets goals
    text = (
        "关于某市2025年茉莉花产业发展工作总结和2026年工作计划的报告\n\n"
        "一、2025年工作开展情况\n（一）基地建设有序推进。全年新建示范基地8个。\n"
        "二、2026年工作计划\n（一）抓好基地提升。新建示范基地10个。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "path", "value", "year")) == {
        ("Result", "一.(一)", 8, 2025),
        ("Target", "二.(一)", 10, 2026),
    }


def test_a_bulletin_of_an_assessment_s_results_reports_the_year_assessed() -> None:
    # (batch 783: its results were the year's goals, dated the year before, and its counts
    # of the towns graded goals too)
    text = (
        "某县人民政府关于2025年度乡镇绩效考核结果的通报\n\n一、考核结果\n"
        "甲镇、乙镇等4个乡镇考核等次为优秀。\n二、主要成效\n2025年，全县完成地区生产总值615亿元。\n"
        "三、下一步要求\n2026年全县地区生产总值增长6%左右。\n某县人民政府\n2026年2月10日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "path", "value", "year")) == {
        ("Result", "二", 615, 2025),
        ("Target", "三", 6, 2026),
    }


@pytest.mark.parametrize("title", ["2025年某市生态环境状况公报", "2025年某县水资源公报"])
def test_a_year_s_bulletin_on_a_state_of_things_reports_that_year(title: str) -> None:
    # (found probing after batch 272: its figures were 2025's goals)
    text = f"{title}\n\n一、空气质量\n全年优良天数比例为92.3%。\n某单位\n2026年5月10日"
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {("Result", 92.3, 2025)}


@pytest.mark.parametrize(
    ("dated", "year"),
    [("2026年4月20日", 2025), ("2023年6月10日", 2022)],
)
def test_an_evaluation_of_a_plan_reports_on_the_plan_s_period(dated: str, year: int) -> None:
    """A final evaluation of a five-year plan (…规划纲要实施情况总结评估报告, batch 285) reports
    on the plan's period, to its end (its achievements were 2020's, the year before the
    horizon, and its problems goals); a mid-term one, on the year before it is written."""
    text = (
        "眉县国民经济和社会发展第十四个五年规划纲要实施情况总结评估报告\n\n眉县发展和改革局\n"
        f"{dated}\n\n二、主要成就\n建成高速公路出入口2个。\n"
        "三、存在的主要问题\n规模以上工业企业仅有86家。\n"
        "四、“十五五”时期发展建议\n到2030年地区生产总值突破360亿元。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["kind"] == "progress report"
    assert set(figures_of(ex.records, "value", "year")) == {
        ("Result", 2, year),
        ("Result", 86, year),
        ("Target", 360, 2030),
    }


def test_a_report_naming_no_year_reports_the_year_before_its_date() -> None:
    """A survey report (关于…的调研报告) dated 2026-05-18 whose title names no year: its
    undated figures are results of 2025 (batch 281: their year was none); its suggestions
    set goals."""
    text = (
        "关于推动我县食用菌产业高质量发展的调研报告\n\n县政协农业和农村工作委员会\n"
        "（2026年5月18日）\n\n一、基本情况\n全县拥有食用菌规上加工企业41家。\n"
        "二、存在的主要问题\n专业技术人员仅有120人。\n"
        "三、对策建议\n建议每年培训菇农2000人次。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {
        ("Result", 41, 2025),
        ("Result", 120, 2025),
        ("Target", 2000, None),
    }


def test_a_figure_a_task_table_cell_holds_alone_is_named_by_its_column() -> None:
    """抽查比例 | 不低于5%: the share is the row's goal, named by its column (batch 286: its
    metric was empty); the body starting the inspection (发起部门) leads."""
    text = (
        "某县2026年度部门联合抽查工作计划\n"
        "序号\t抽查事项\t抽查比例\t发起部门\t配合部门\t实施时间\n"
        "1\t特种设备使用单位监督检查\t不低于5%\t县市场监管局\t县应急管理局\t2026年4月—6月\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "metric", "comparator", "value", "year")) == {
        ("Target", "抽查比例", ">=", 5, 2026)
    }
    roles = {(e.type.value, e.props["surface"]) for e in ex.records.edges if "surface" in e.props}
    assert {("LEADS", "县市场监管局"), ("SUPPORTS", "县应急管理局")} <= roles


def test_a_goal_cell_restating_the_task_s_figure_is_the_same_figure() -> None:
    """工作任务 | 目标指标: a goal cell saying again what the task's words count (完成重点企业深度
    治理12家 | 完成12家) is no second goal (batch 1269: two targets of 12 家); a goal cell's own
    figure beside the task's stays (新建…2万亩 | 森林覆盖率达到45.5%)."""
    text = (
        "某县2026年生态环境保护重点工作任务清单\n"
        "序号\t工作任务\t目标指标\t牵头单位\n"
        "1\t推进挥发性有机物治理，完成重点企业深度治理12家\t完成12家\t县生态环境分局\n"
        "2\t完成营造林2万亩\t森林覆盖率达到45.5%\t县林业局\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert sorted(figures_of(ex.records, "value", "unit")) == [
        ("Target", 2, "万亩"),
        ("Target", 12, "家"),
        ("Target", 45.5, "%"),
    ]


@pytest.mark.parametrize("column", ["目标值", "年度目标", "预期目标", "目标", "目标任务"])
def test_a_figure_under_a_column_naming_it_the_goal_is_named_by_the_row_s_task(
    column: str,
) -> None:
    """工作任务 | 目标值 | 牵头单位: a column saying only that its cells are the goals names no
    metric; the row's task does (found probing, session 60: the metric was 目标值, or none).
    A task too long to name a figure leaves it the column's name. So does a task column
    holding the goal (目标任务: left alone in session 60, a figure alone under it had none)."""
    text = (
        "某县2026年重点任务分解表\n"
        f"序号\t工作任务\t{column}\t牵头单位\t配合单位\n"
        "1\t新增规上工业企业\t20家\t县工信局\t县统计局\n"
        "2\t城镇调查失业率\t5.5%以内\t县人社局\t各乡镇\n"
        "3\t推进化工园区扩区提质，引进培育一批链主企业\t5家\t县发改局\t县商务局\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "metric", "comparator", "value", "year")) == {
        ("Target", "新增规上工业企业", "=", 20, 2026),
        ("Target", "城镇调查失业率", "<=", 5.5, 2026),
        ("Target", column, "=", 5, 2026),
    }


def test_a_numbered_row_naming_a_task_in_words_and_two_bodies_is_no_new_header() -> None:
    """8 | 单位工业增加值能耗下降 | 完成省下达任务 | 县发改局 | 县工信局: a row of the table, though
    its goal cell reads as a task column's name and its bodies as a matrix's columns (batch
    629: the row was taken for a matrix table's header, and lost)."""
    text = (
        "某县2026年重点任务分解表\n一、重点任务\n"
        "序号\t工作任务\t目标值\t牵头单位\t配合单位\n"
        "7\t工业固体废物综合利用率\t60%以上\t县生态环境分局\t县工信局\n"
        "8\t单位工业增加值能耗下降\t完成省下达任务\t县发改局\t县工信局\n"
    )
    assert role_edges(text) == [
        ("一.7", "LEADS", "县生态环境分局"),
        ("一.7", "SUPPORTS", "县工信局"),
        ("一.8", "LEADS", "县发改局"),
        ("一.8", "SUPPORTS", "县工信局"),
    ]


def test_a_time_limit_counted_in_days_is_a_figure_of_its_row() -> None:
    """办理时限（工作日） measures each service (batch 291: read as a deadline, its numbers were
    lost); a 完成时限 column names a date, the row's deadline."""
    text = (
        "荆门市2026年“高效办成一件事”重点事项清单\n"
        "序号\t事项名称\t牵头部门\t协同部门\t办理时限（工作日）\t跑动次数（次）\n"
        "1\t企业开办一件事\t市市场监管局\t市税务局\t1\t0\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "metric", "value", "unit", "year")) == {
        ("Target", "办理时限", 1, "工作日", 2026),
        ("Target", "跑动次数", 0, "次", 2026),
    }


def test_an_infographic_s_parts_in_square_brackets_are_headings() -> None:
    """A post retelling a 政府工作报告 (一图读懂, batch 292): lines wholly in 【】 head its parts,
    their words their paths; its ▶ lines are items of their own, never run on; the year's
    report card (【2025年成绩单】) reports. A note of bodies alone in 【】 is no heading."""
    text = (
        "一图读懂丨2026年溧水区政府工作报告\n\n原创　溧水发布　2026年01月09日 18:30　江苏\n\n"
        "一起来看↓↓↓\n\n【2025年成绩单】\n▶地区生产总值突破1200亿元，增长6.2%\n"
        "▶新增高新技术企业65家\n\n【2026年主要预期目标】\n▶地区生产总值增长6%左右\n"
        "▶城镇新增就业1.5万人\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "path", "value", "year")) == {
        ("Result", "2025年成绩单", 1200, 2025),
        ("Result", "2025年成绩单", 6.2, 2025),
        ("Result", "2025年成绩单", 65, 2025),
        ("Target", "2026年主要预期目标", 6, 2026),
        ("Target", "2026年主要预期目标", 1.5, 2026),
    }
    units, _ = parse_structure(normalise("一、任务\n建设园区。\n【县发改局牵头】\n").text)
    assert [u.path for u in units] == ["一"]


def test_a_reply_speaks_to_the_body_it_is_addressed_to() -> None:
    """A government's reply approving a bureau's plan (批复, batch 282): 你局 is the bureau
    addressed under the headline — responsible where it is asked to act (请你局…组织实施), the
    lead where it works with others, in a numbered paragraph it opens (三、你局要会同…)."""
    text = (
        "英山县人民政府关于同意《英山县茶产业高质量发展规划（2026—2030年）》的批复\n"
        "英政函〔2026〕15号\n\n县农业农村局：\n你局的请示收悉。现批复如下：\n"
        "一、原则同意《规划》，请你局认真组织实施。\n"
        "二、你局要会同县财政局、县市场监管局等部门，每年新建标准化生态茶园5000亩。\n"
        "英山县人民政府\n2026年3月12日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    roles = sorted(
        (e.dst.split("#")[1], e.type.value, e.src, e.props["surface"])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    )
    assert roles == [
        ("一", "RESPONSIBLE_FOR", "英山县农业农村局", "你局"),
        ("二", "LEADS", "英山县农业农村局", "你局"),
        ("二", "SUPPORTS", "英山县市场监督管理局", "县市场监管局"),
        ("二", "SUPPORTS", "英山县财政局", "县财政局"),
    ]


def test_a_reply_letter_reports_the_years_before_it_and_its_issuer_speaks_of_itself() -> None:
    """A bureau's reply to a proposal (batch 276): a sentence opening with a year before the
    one it is written in reports (its figures were goals: the reply plans no year), and the
    bureau speaking of itself (我局将会同…) is the issuer, leading those it works with — but not
    in a clause of what it has done (我局牵头起草了…, a 政策解读's)."""
    text = (
        "关于第086号提案的答复\n\n张华委员：\n"
        "一、工作开展情况\n2025年，全市新建改造乡镇商贸中心18个。\n"
        "二、下一步工作打算\n下一步，我局将会同市农业农村局，继续推进。"
        "2026年，力争新建改造乡镇商贸中心20个。\n"
        "三、其他\n我局牵头起草了《若干措施》。\n"
        "绵阳市商务局\n2026年5月20日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {
        ("Result", 18, 2025),
        ("Target", 20, 2026),
    }
    roles = sorted(
        (e.dst.split("#")[1], e.type.value, e.src, e.props["surface"])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    )
    assert roles == [
        ("二", "LEADS", "绵阳市商务局", "我局"),
        ("二", "SUPPORTS", "绵阳市农业农村局", "市农业农村局"),
    ]


def test_a_review_without_a_plan_year_leaves_the_year_open() -> None:
    raw = RawDocument(
        "x", "x.txt", "某县政府工作报告\n一、过去五年工作回顾\n固定资产投资年均增长11%。", "txt"
    )
    results = [n for n in extract(raw).records.nodes if n.label.value == "Result"]
    assert [(r.props["value"], r.props["year"]) for r in results] == [(11, None)]


def test_a_five_year_plan_reviews_its_base_and_sets_its_tasks() -> None:
    """A 十四五 plan spans 2021—2025; its opening review (发展基础, here a section of
    规划背景) reports the years before, while a task that merely names a base
    (夯实发展基础) still sets targets."""
    text = (
        "某市“十四五”现代服务业发展规划\n"
        "第一章 规划背景\n"
        "第一节 发展基础\n"
        "“十三五”期间，全市服务业增加值达到450亿元。\n"
        "第二节 面临形势\n"
        "区域竞争日趋激烈。\n"
        "第二章 夯实发展基础\n"
        "第一节 壮大现代物流\n"
        "到2025年，建成省级物流示范园区3个。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert (ex.meta["horizon_start"], ex.meta["horizon_end"]) == (2021, 2025)
    figures = set(figures_of(ex.records, "path", "value", "year"))
    assert figures == {("Result", "第一章.第一节", 450, 2020), ("Target", "第二章.第一节", 3, 2025)}


def test_an_outline_with_its_long_range_vision_plans_its_five_years() -> None:
    """A five-year outline whose title joins the vision for 2035 (…第十五个五年规划和二〇三五年
    远景目标纲要, batch 202) plans 2026—2030: its review reports 2025 and an undated goal has
    no year (not 2035); its title keeps the year as written."""
    text = (
        "某区国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要\n"
        "第一章 发展基础\n"
        "全区规上工业企业达到120家。\n"
        "第二章 主要任务\n"
        "新建中小学校12所。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["title"] == "某区国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要"
    assert (ex.meta["horizon_start"], ex.meta["horizon_end"]) == (2026, 2030)
    figures = set(figures_of(ex.records, "path", "value", "year"))
    assert figures == {("Result", "第一章", 120, 2025), ("Target", "第二章", 12, None)}
    # … spaced out glyph by glyph, as a title copied from a PDF may be (session 40): the same
    spaced = " ".join(text.split("\n", 1)[0]) + "\n" + text.split("\n", 1)[1]
    ex = extract(RawDocument("x", "x.txt", spaced, "txt"))
    assert ex.meta["title"] == "某区国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要"


def test_a_chapter_of_the_base_and_the_aims_sets_its_goals() -> None:
    """第一章 发展基础和总体要求 (batch 1233: its section 主要目标's goals for 2030 were read as
    results): a chapter of the base and the aims together reviews nothing by its title; a
    chapter of the base alone still does."""
    text = (
        "某市国民经济和社会发展第十五个五年规划纲要\n"
        "第一章 发展基础和总体要求\n"
        "第一节 主要目标\n"
        "到2030年，全市地区生产总值突破3000亿元。\n"
        "第二章 发展基础与面临形势\n"
        "全市规上工业企业达到120家。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    figures = set(figures_of(ex.records, "path", "value", "year"))
    assert figures == {("Target", "第一章.第一节", 3000, 2030), ("Result", "第二章", 120, 2025)}


def test_a_title_typed_with_half_width_punctuation_keeps_it() -> None:
    """A title typed with half-width brackets (…三年行动方案(2026-2028年), batch 230) is
    given as written, though the rules read it with full-width ones; its horizon is read."""
    text = (
        "某市中药材产业高质量发展三年行动方案(2026-2028年)\n"
        "一、总体目标\n"
        "到2028年,全市中药材种植面积稳定在15万亩以上.\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["title"] == "某市中药材产业高质量发展三年行动方案(2026-2028年)"
    assert (ex.meta["horizon_start"], ex.meta["horizon_end"]) == (2026, 2028)


@pytest.mark.parametrize("horizon", ["2026～2028年", "2026年至2028年", "2026~2028年"])
def test_a_horizon_written_with_a_tilde_or_with_years_either_side_of_zhi(horizon: str) -> None:
    """A horizon as titles also write it — a full-width tilde (2026～2028年) or a year each
    side of 至 (2026年至2028年) — is the plan's span and dates nothing: an undated goal did
    fall due in its first or last year (found re-typing the corpus's horizons so)."""
    text = (
        f"某县竹产业高质量发展行动方案（{horizon}）\n"
        "一、主要任务\n"
        f"（一）做强竹加工。{horizon}，新增竹加工企业20家。（县林业局牵头）\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert (ex.meta["horizon_start"], ex.meta["horizon_end"]) == (2026, 2028)
    assert set(figures_of(ex.records, "path", "value", "year")) == {("Target", "一.(一)", 20, None)}


def test_every_body_of_one_note_carries_the_same_sentence() -> None:
    raw = RawDocument(
        "x",
        "x.txt",
        "某市实施方案\n一、任务\n1.推进水权交易。（市发改局牵头，市水利局、市财政局配合）\n",
        "txt",
    )
    roles = [e for e in extract(raw).records.edges if e.type.value in ("LEADS", "SUPPORTS")]
    assert len(roles) == 3
    assert {e.evidence.sentence for e in roles if e.evidence} == {
        "1.推进水权交易。（市发改局牵头，市水利局、市财政局配合）"  # the measure's sentence too
    }


def test_a_report_in_half_width_punctuation_by_a_bureau() -> None:
    """An annual plan report written with half-width punctuation and issued by a bureau:
    the jurisdiction comes from the bureau, each part's year from its heading."""
    text = (
        "关于昌乐县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n"
        "昌乐县发展和改革局\n"
        "一、2023年国民经济和社会发展计划执行情况\n"
        "(一)主要指标完成情况.城乡居民人均可支配收入分别达到45120元和23860元,"
        "分别增长5.1%和6.8%.\n"
        "二、2024年经济社会发展的主要目标\n"
        "主要预期目标是:地区生产总值增长6%左右,城镇新增就业7000人以上.\n"
        "三、2024年重点工作\n"
        "(一)扩大有效投资.全年实施重点项目150个.县发展和改革局牵头,各镇(街道)负责.\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["jurisdiction"] == "昌乐县"
    figures = set(figures_of(ex.records, "path", "metric", "value", "year"))
    assert figures == {
        ("Result", "一.(一)", "城镇居民人均可支配收入", 45120, 2023),
        ("Result", "一.(一)", "农村居民人均可支配收入", 23860, 2023),
        ("Result", "一.(一)", "城镇居民人均可支配收入增长", 5.1, 2023),
        ("Result", "一.(一)", "农村居民人均可支配收入增长", 6.8, 2023),
        ("Target", "二.主要预期目标", "地区生产总值增长", 6, 2024),
        ("Target", "二.主要预期目标", "城镇新增就业", 7000, 2024),
        ("Target", "三.(一)", "重点项目", 150, 2024),
    }
    roles = {
        (e.type.value, e.src, e.props["surface"])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "RESPONSIBLE_FOR")
    }
    assert roles == {
        ("LEADS", "昌乐县发展和改革局", "县发展和改革局"),
        ("RESPONSIBLE_FOR", "昌乐县:各镇（街道）", "各镇（街道）"),
    }


def test_the_baseline_of_a_target_is_a_reported_result_of_its_year() -> None:
    raw = RawDocument(
        "x",
        "x.txt",
        "某区先进制造业实施方案\n一、总体目标\n到2026年，高新技术产业产值比重由2023年的45%提高到55%。",
        "txt",
    )
    ex = extract(raw)
    figures = set(figures_of(ex.records, "value", "year"))
    assert figures == {("Result", 45, 2023), ("Target", 55, 2026)}
    rels = {
        (e.type.value, e.dst_label.value)
        for e in ex.records.edges
        if e.dst_label.value in ("Target", "Result")
    }
    assert rels == {("REPORTS", "Result"), ("SETS_TARGET", "Target")}


def test_a_signature_date_in_chinese_numerals() -> None:
    text = (
        "安丘市人民政府\n关于印发安丘市数字经济发展三年行动方案（2024—2026年）的通知\n"
        "安政发〔2024〕5号\n各镇人民政府（街道办事处）：\n现将方案印发给你们。\n"
        "安丘市人民政府\n二〇二四年十二月二十五日\n一、目标\n到2026年，数字经济核心产业增加值达到50亿元。"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta["date"], meta["doc_number"], meta["issuer"]) == (
        "2024-12-25",
        "安政发〔2024〕5号",
        "安丘市人民政府",
    )


@pytest.mark.parametrize(
    ("line", "issuer", "date"),
    [
        (
            "制表单位：长葛市发展和改革委员会\t\t\t\t制表日期：2026年1月15日",
            "长葛市发展和改革委员会",
            "2026-01-15",
        ),
        ("填报单位：某县统计局    填报时间：2026年3月2日", "某县统计局", "2026-03-02"),
        ("填报单位（盖章）：某县商务局", "某县商务局", None),
        ("填报单位（盖章）：\t\t填报日期：", None, None),  # a blank form: nothing to read
    ],
)
def test_a_tables_compiler_and_date_under_it_are_the_issuer_and_date(
    line: str, issuer: str | None, date: str | None
) -> None:
    """A table published on its own names who compiled it and when (制表单位：… 制表日期：…,
    填报单位/填报时间), often on its last line: the document's issuer and date."""
    text = (
        "某县2026年主要经济指标目标任务分解表\n"
        "序号\t指标名称\t单位\t2026年目标\t牵头单位\n"
        "1\t地区生产总值增速\t%\t6.5\t县发展改革委\n"
        "2\t一般公共预算收入\t亿元\t44.5\t县财政局\n"
        f"{line}\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta.get("issuer"), meta.get("date")) == (issuer, date)


def test_a_budget_report_reports_last_years_budget_and_sets_the_new_ones() -> None:
    """关于…2025年预算执行情况和2026年预算草案的报告 (batch 84) is a plan of the year, as an
    annual plan report is: its 执行情况 part reports 2025, the draft budget and the year's
    work set 2026 goals — not a progress report reporting in every part."""
    text = (
        "关于某区2025年预算执行情况和2026年预算草案的报告\n"
        "一、2025年预算执行情况\n全区一般公共预算收入完成38.6亿元，为预算的101.2%。\n"
        "二、2026年预算草案\n一般公共预算收入预期增长5%，达到40.5亿元。一般公共预算支出安排60.8亿元。\n"
        "三、2026年财政重点工作\n（一）防范化解债务风险。全年化解存量隐性债务5亿元。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["kind"] == "annual plan"
    figures = sorted(figures_of(ex.records, "value", "year"))
    assert figures == [
        ("Result", 38.6, 2025),
        ("Result", 101.2, 2025),
        ("Target", 5, 2026),
        ("Target", 5, 2026),
        ("Target", 40.5, 2026),
        ("Target", 60.8, 2026),
    ]


def test_a_towns_work_report_is_issued_by_the_town_government() -> None:
    """A town's 政府工作报告, its 镇长 reporting under the session line (batch 89)."""
    text = (
        "政府工作报告\n——2026年1月12日在博鳌镇第十七届人民代表大会第五次会议上\n"
        "博鳌镇人民政府镇长　王海明\n各位代表：\n"
        "一、2025年工作回顾\n全镇实现地区生产总值32.6亿元。\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta["issuer"], meta["date"]) == ("博鳌镇人民政府", "2026-01-12")


def test_a_work_report_plans_the_year_of_its_session() -> None:
    """A 政府工作报告 whose parts name no year (过去一年工作回顾, 今年工作安排) reviews the
    year before its session and plans the session's year (batch 42)."""
    text = (
        "政府工作报告\n——2025年1月8日在陇西县第十八届人民代表大会第五次会议上\n"
        "陇西县人民政府县长  王某某\n各位代表：\n"
        "一、过去一年工作回顾\n过去一年，全县地区生产总值完成142亿元。\n"
        "二、今年工作安排\n今年全县地区生产总值增长6.5%左右。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["plan_year"] == 2025
    figures = set(figures_of(ex.records, "value", "year"))
    assert figures == {("Result", 142, 2024), ("Target", 6.5, 2025)}


def test_a_courts_report_is_the_courts_and_its_years_work_is_done() -> None:
    """A court's work report to its congress (batch 345): the court whose president reports
    issues it, and a part headed by a year's work alone (2025年主要工作), the year having ended
    by the session, reports in each of its parts; the part on the next year sets goals."""
    text = (
        "威县人民法院工作报告\n——2026年1月9日在威县第十七届人民代表大会第五次会议上\n"
        "威县人民法院院长　张建国\n各位代表：\n"
        "一、2025年主要工作\n2025年，县法院共受理各类案件12,386件。\n"
        "（一）依法惩治犯罪。审结刑事案件486件。\n"
        "二、2026年工作安排\n力争诉前调解成功率达到40%以上。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert (ex.meta["issuer"], ex.meta["date"]) == ("威县人民法院", "2026-01-09")
    figures = set(figures_of(ex.records, "value", "year", "metric"))
    assert figures == {
        ("Result", 12386, 2025, "受理各类案件"),
        ("Result", 486, 2025, "审结刑事案件"),
        ("Target", 40, 2026, "诉前调解成功率"),
    }


def test_a_report_on_state_assets_reports_and_a_one_character_county_names_its_bureau() -> None:
    """A report on the management of state assets (batch 349: …国有资产管理情况的综合报告)
    reports the year it names; its next steps set the next year's goals; the bureau whose
    director reports at 荣县's congress (a county of one character) is 荣县财政局."""
    text = (
        "关于荣县2025年度国有资产管理情况的综合报告\n"
        "——2026年6月25日在荣县第十八届人民代表大会常务委员会第二十六次会议上\n"
        "县财政局局长　刘德明\n主任、各位副主任、秘书长、各位委员：\n"
        "一、国有资产总体情况\n截至2025年末，全县国有资产总额498.6亿元。\n"
        "二、下一步工作\n力争2026年国有企业营业收入增长10%以上。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert (ex.meta["issuer"], ex.meta["date"]) == ("荣县财政局", "2026-06-25")
    assert set(figures_of(ex.records, "value", "year")) == {
        ("Result", 498.6, 2025),
        ("Target", 10, 2026),
    }


@pytest.mark.parametrize(
    ("headline", "issuer"),
    [
        ("凤冈县妇联2026年工作要点", "凤冈县妇女联合会"),  # (batch 350)
        ("洛川县人民医院2026年工作计划", "洛川县人民医院"),  # (batch 352)
    ],
)
def test_a_peoples_organisation_or_a_hospital_signing_issues(headline: str, issuer: str) -> None:
    text = f"{headline}\n\n一、主要目标\n新建家长学校15所。\n\n{issuer}\n2026年2月26日\n"
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta["issuer"], meta["date"]) == (issuer, "2026-02-26")


def test_why_a_budget_is_adjusted_holds_no_goals() -> None:
    """A budget adjustment's report (batch 351): the bonds another level handed down, the
    change's cause, are no goals; the expenditure adjusted to is one, its baseline dropped,
    and the projects the money goes to are not counted."""
    text = (
        "关于瑞昌市2026年市本级预算调整方案（草案）的报告\n\n一、预算调整的原因\n"
        "省财政厅下达我市新增地方政府债券资金6.5亿元。\n二、预算调整的具体内容\n"
        "市本级政府性基金预算支出由21.4亿元调整为26.7亿元，用于标准厂房、铜产业园基础设施等5个项目建设。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {("Target", 26.7, 2026)}


def test_a_plans_scope_holds_no_figures_and_its_state_of_things_reports() -> None:
    """A spatial plan's publicity (batch 353): its area and period are what it covers, no
    goal. A school layout plan (batch 354): the state it starts from (现状与问题) reports the
    year before its horizon, the kinds after 其中 parts of the whole; the goals are the plan's."""
    text = (
        "绥棱县中小学校布局专项规划（2026—2030年）\n\n一、规划范围和期限\n"
        "规划范围为县行政辖区，总面积1752平方公里。\n二、现状与问题\n"
        "截至2025年底，全县共有中小学校42所，其中小学29所、初中10所，50人以下的小规模学校有16所。\n"
        "三、规划目标\n到2030年，全县中小学校由42所调整为28所，消除56人以上大班额。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year", "metric")) == {
        ("Result", 42, 2025, "中小学校"),
        ("Result", 29, 2025, "中小学校中的小学"),
        ("Result", 10, 2025, "中小学校中的初中"),
        ("Result", 16, 2025, "50人以下的小规模学校"),
        ("Target", 28, 2030, "中小学校"),
    }


def test_a_flood_bulletin_reports_the_response_not_the_rain_or_the_toll() -> None:
    """A headquarters' bulletin on a heavy rain (batch 358: …防御情况的通报) reports its days,
    told without their year, in the year it is written; the rain and the toll are no figure of
    anyone's work, the response is; a month's end in what comes next is that year's."""
    text = (
        "建瓯市防汛抗旱指挥部关于“6·18”强降雨过程防御情况的通报\n\n"
        "6月17日至19日，我市遭遇入汛以来最强降雨过程。\n"
        "一、雨水情况\n全市平均降雨量186毫米。\n二、灾情情况\n全市受灾人口1.2万人，直接经济损失3600万元。\n"
        "三、防御工作开展情况\n累计转移群众3260人。\n四、下一步工作要求\n力争7月底前完成农作物补种改种1.5万亩。\n\n"
        "建瓯市防汛抗旱指挥部\n2026年6月21日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {
        ("Result", 3260, 2026),
        ("Target", 1.5, 2026),
    }


def test_a_barometers_title_and_a_joint_military_issuer() -> None:
    """A barometer's title ends in 晴雨表 and stands apart from the paragraph under it (batch
    356); a conscription notice's issuers' line names the armed forces department (batch 357)."""
    text = (
        "新昌县2026年上半年各乡镇（街道）能耗强度降低目标完成情况晴雨表\n\n"
        "根据各乡镇（街道）上报数据，现将2026年上半年能耗强度降低目标完成情况通报如下。\n"
        "序号\t乡镇（街道）\t年度目标（%）\t上半年完成（%）\n1\t七星街道\t3.0\t2.1\n\n"
        "新昌县发展和改革局\n2026年7月15日\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert meta["title"] == "新昌县2026年上半年各乡镇（街道）能耗强度降低目标完成情况晴雨表"
    text = (
        "梨树县人民政府　梨树县人民武装部\n关于2026年度征兵工作的通告\n\n一、时间安排\n"
        "网上报名时间为2026年1月1日至8月15日。\n\n梨树县人民政府　梨树县人民武装部\n2026年1月5日\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta["title"], meta["issuer"]) == (
        "关于2026年度征兵工作的通告",
        "梨树县人民政府、梨树县人民武装部",
    )


def test_a_debt_disclosure_reports_and_a_model_villages_standards_hold_no_goals() -> None:
    """A disclosure of a year's government debt (batch 359: …政府债务情况公开) reports it, but
    not the limit the province set nor the projects the bonds went to; a model village's
    standards (batch 360: 创建标准) are conditions, no goals."""
    text = (
        "紫金县2025年政府债务情况公开\n\n一、政府债务限额和余额情况\n"
        "经省人民政府批准，2025年我县政府债务限额为198.6亿元。截至2025年末，全县政府债务余额186.5亿元。\n"
        "二、新增债券资金使用情况\n新增债券资金主要用于交通基础设施、城乡供水等领域项目32个。\n"
        "三、创建标准\n村集体经济年收入达到20万元以上。\n\n紫金县财政局\n2026年3月30日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {("Result", 186.5, 2025)}


def test_a_ranking_bulletin_measures_its_towns_and_gives_them_no_work() -> None:
    """A bureau's bulletin ranking its towns' air quality (batch 362): the rows' figures are
    results, a pollutant's concentration and a fall read from their columns; the towns are
    measured, given no work (a table sharing out goals makes them responsible)."""
    text = (
        "介休市生态环境局关于2026年第二季度各乡镇（街道）环境空气质量排名情况的通报\n\n"
        "现将2026年第二季度各乡镇（街道）环境空气质量排名情况通报如下。\n"
        "序号\t乡镇（街道）\tPM2.5平均浓度（微克/立方米）\t同比变化（%）\t排名\n"
        "1\t绵山镇\t28\t-9.7\t1\n\n介休市生态环境局\n2026年7月8日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "unit", "year")) == {
        ("Result", 28, "微克/立方米", 2026),
        ("Result", -9.7, "%", 2026),
    }
    roles = [
        e for e in ex.records.edges if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    ]
    assert roles == []


def test_a_law_inspection_team_issues_its_report() -> None:
    """A standing committee's law enforcement inspection report (batch 361): the team named
    before 关于 issues it, on the session's day."""
    text = (
        "舒城县人大常委会执法检查组关于检查《中华人民共和国安全生产法》实施情况的报告\n"
        "——2026年6月26日在舒城县第十八届人民代表大会常务委员会第三十次会议上\n"
        "县人大常委会副主任　王立新\n主任、各位副主任、秘书长、各位委员：\n"
        "一、法律实施的主要成效\n2025年全县发生生产安全事故5起。\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta["issuer"], meta["date"]) == ("舒城县人大常委会执法检查组", "2026-06-26")


def test_a_trading_centres_bulletin_reports_and_a_hearings_participants_count_nothing() -> None:
    """A trading centre's half-year bulletin (batch 365: …交易情况通报) reports, the centre
    signing issues it; a hearing's participants (batch 363: 听证会参加人) are its particulars."""
    text = (
        "梁平区公共资源交易中心2026年上半年交易情况通报\n\n一、政府采购\n完成政府采购项目198宗。\n"
        "二、听证会参加人\n听证会参加人共15名，其中消费者8名。\n\n梁平区公共资源交易中心\n2026年7月10日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["issuer"] == "梁平区公共资源交易中心"
    assert set(figures_of(ex.records, "value", "year")) == {("Result", 198, 2026)}


def test_an_items_goal_and_what_its_progress_field_says_was_done() -> None:
    """A publicity of livelihood projects completed (batch 367): each item sets its goal, then
    tells after 完成情况： what was done — the goal as set and the result, of the year."""
    text = (
        "磁县2025年十件民生实事完成情况公示\n\n"
        "1.新建城区公共停车位2000个。完成情况：已建成停车位2150个，完成率107.5%。（责任单位：县住建局）\n\n"
        "磁县人民政府办公室\n2026年1月14日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {
        ("Target", 2000, 2025),
        ("Result", 2150, 2025),
        ("Result", 107.5, 2025),
    }
    # the result of the goal's unit tracks the goal's indicator, whatever it names: the goal
    # shows what was done as its observation
    value = {
        n.id: n.props["value"] for n in ex.records.nodes if n.label.value in ("Target", "Result")
    }
    tracks = {value[e.src]: e.dst for e in ex.records.edges if e.type.value == "TRACKS"}
    assert tracks[2150] == tracks[2000]


def test_a_party_department_and_a_bureau_issue_jointly() -> None:
    """中共湟源县委组织部　湟源县民政局 on the signature's line (batch 368): both issue."""
    text = (
        "湟源县村（社区）“两委”换届选举工作方案\n\n一、目标任务\n女性成员比例达到25%以上。\n\n"
        "中共湟源县委组织部　湟源县民政局\n2026年2月20日\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert meta["issuer"] == "中共湟源县委组织部、湟源县民政局"


def test_a_party_committees_work_department_issues() -> None:
    """中共涟源市委社会工作部 under the title (batch 695: the social work departments the
    2023 reforms set up issue their own work points; no issuer was read)."""
    text = (
        "涟源市2026年党建引领基层治理工作要点\n\n中共涟源市委社会工作部\n2026年3月5日\n\n"
        "一、健全基层治理体系\n配齐社会工作专职人员120名。\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta["issuer"], meta["date"]) == ("中共涟源市委社会工作部", "2026-03-05")


def test_a_party_committees_office_named_short_issues() -> None:
    """临沂市委金融办 signing at the end (batch 743: the finance offices the 2023 reforms set up
    under the party committees issue their own work points; no issuer was read)."""
    text = (
        "临沂市2026年金融服务实体经济工作要点\n\n一、工作目标\n新增上市公司3家。\n\n"
        "临沂市委金融办\n2026年2月25日\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta["issuer"], meta["date"], meta["jurisdiction"]) == (
        "临沂市委金融办",
        "2026-02-25",
        "临沂市",
    )


def test_the_issuer_and_a_date_in_figures_on_the_line_under_the_title() -> None:
    """寿光市农业农村局　2026-02-25 under the title, as a page's line gives them (batch 703: the
    line was joined to the title, no issuer or date read)."""
    text = (
        "寿光市2026年蔬菜种业振兴工作任务\n寿光市农业农村局　2026-02-25\n"
        "一、总体目标\n全市自主研发蔬菜品种达到200个。\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta["title"], meta["issuer"], meta["date"]) == (
        "寿光市2026年蔬菜种业振兴工作任务",
        "寿光市农业农村局",
        "2026-02-25",
    )


def test_a_progress_bulletin_reports_its_days() -> None:
    """A bulletin on the harvest's progress (batch 370: …生产进度通报) reports what was done by
    its day, told without the year: the year of its date."""
    text = (
        "涡阳县“三夏”生产进度通报\n（第5期）\n\n截至6月5日18时，全县已收获小麦98.6万亩。\n\n"
        "涡阳县农业农村局\n2026年6月5日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {("Result", 98.6, 2026)}


def test_a_charitys_accounts_report_and_those_it_aided_are_counted() -> None:
    """A charity federation's disclosure of a year's receipts and spending (batch 372:
    …收支情况公示) reports them, the federation signing issues it; the students aided are
    counted (资助…1563人次 is no incentive offered); files checked count in 卷 (batch 371)."""
    text = (
        "潜山市慈善总会2025年度慈善款物收支情况公示\n\n一、支出情况\n"
        "其中助学帮扶312.6万元，资助困难学生1563人次。评查案卷420卷。\n\n潜山市慈善总会\n2026年2月10日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["issuer"] == "潜山市慈善总会"
    assert set(figures_of(ex.records, "value", "unit", "year")) == {
        ("Result", 312.6, "万元", 2025),
        ("Result", 1563, "人次", 2025),
        ("Result", 420, "卷", 2025),
    }


def test_a_motions_title_is_its_own_not_the_plans_it_names() -> None:
    """A government's motion to its standing committee (batch 373: 关于提请审议《…规划》的议案)
    is titled by its headline, not by the plan named in it."""
    text = (
        "武义县人民政府关于提请审议《武义县温泉康养产业发展规划（2026—2030年）》的议案\n\n县人大常委会：\n"
        "《规划》提出，到2030年，全县温泉康养产业总产值突破200亿元。\n\n县长　朱晓峰\n2026年4月10日\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert meta["title"] == (
        "武义县人民政府关于提请审议《武义县温泉康养产业发展规划（2026—2030年）》的议案"
    )
    assert meta["issuer"] == "武义县人民政府"


def test_a_years_work_named_in_its_own_year_is_planned() -> None:
    """2026年主要工作 in a document of 2026 is the year's work to do, not done (batch 345)."""
    text = "某县2026年工作要点\n一、2026年主要工作\n全县地区生产总值增长6%。\n某县人民政府\n2026年2月1日\n"
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {("Target", 6, 2026)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 附件1 above an attached plan's title labels the attachment, no part of the title
        # (batch 40)
        (
            "某某市人民政府办公室\n关于印发某某市动力电池产业发展实施方案的通知\n各区县：\n"
            "现印发给你们。\n附件：1.某某市动力电池产业发展实施方案\n2.某某市动力电池产业重点任务清单\n"
            "某某市人民政府办公室\n2025年4月15日\n附件1\n某某市动力电池产业发展实施方案\n"
            "一、发展目标\n产值突破3000亿元。\n",
            {
                "title": "某某市动力电池产业发展实施方案",
                "issuer": "某某市人民政府办公室",
                "date": "2025-04-15",
            },
        ),
        # a province's departments are 厅: signed at the end, one is the issuer (batch 36)
        (
            "湖南省商务厅2025年工作要点\n一、主要目标\n全省货物贸易进出口总额增长5%。\n"
            "二、加强自身建设\n深化作风建设。\n湖南省商务厅\n2025年2月20日",
            {"issuer": "湖南省商务厅", "date": "2025-02-20", "jurisdiction": "湖南省"},
        ),
    ],
)
def test_front_and_back_matter(text: str, expected: dict[str, str]) -> None:
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert {k: meta.get(k) for k in expected} == expected


def role_edges(text: str) -> list[tuple[str, str, str]]:
    """(measure path, role edge type, name as written) of a small text document."""
    return sorted(
        (e.dst.split("#")[1], e.type.value, e.props["surface"])
        for e in extract(RawDocument("x", "x.txt", text, "txt")).records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    )


def test_a_task_table_under_the_first_listed_leads_convention() -> None:
    """A footnote 注：责任单位中列第一位的为牵头单位 makes the first body of each row's
    责任单位 cell its lead; the others stay responsible."""
    text = (
        "潍坊市扩大投资行动方案\n一、重点任务\n"
        "序号\t重点任务\t责任单位\n"
        "1\t实施重点项目500个\t市发展改革委、市财政局\n"
        "2\t争取专项债券\t市财政局\n"
        "注：责任单位中列第一位的为牵头单位。\n"
    )
    assert role_edges(text) == [
        ("一.1", "LEADS", "市发展改革委"),
        ("一.1", "RESPONSIBLE_FOR", "市财政局"),
        ("一.2", "LEADS", "市财政局"),
    ]


def test_a_table_s_footnote_on_the_first_listed_leads_holds_for_its_table() -> None:
    """注：责任单位中排在第一位的为牵头单位 under an annex table speaks of its column: the
    first body of each row leads; a note in the text above (（市财政局负责）) stays as its own
    words say (batch 253: the text's note led)."""
    text = (
        "某市辣椒产业重点任务\n一、保障措施\n市财政安排资金1.2亿元。（市财政局负责）\n"
        "附件\n序号\t重点任务\t责任单位\n"
        "1\t稳定辣椒种植规模\t市农业农村局、各县（市、区）人民政府\n"
        "2\t推进全程机械化\t市农业农村局\n"
        "注：责任单位中排在第一位的为牵头单位。\n"
    )
    assert role_edges(text) == [
        ("1", "LEADS", "市农业农村局"),
        ("1", "RESPONSIBLE_FOR", "各县（市、区）人民政府"),
        ("2", "LEADS", "市农业农村局"),
        ("一", "RESPONSIBLE_FOR", "市财政局"),
    ]


def test_an_industry_in_a_body_s_name_in_a_role_cell_is_none() -> None:
    """云南省农业科学院花卉研究所 supporting names no floriculture, in a task table's role
    cell as in a note (batch 47)."""
    text = (
        "某某方案\n附件\n序号\t工作任务\t牵头单位\t配合单位\n"
        "1\t提升种业创新能力\t市农业农村局\t云南省农业科学院花卉研究所\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    industries = {e.dst for e in records.edges if e.type.value == "ADDRESSES"}
    assert industries == {"modern-seed-industry"}


def test_a_body_marked_as_lead_in_a_table_cell_leads() -> None:
    text = (
        "某某方案\n一、重点任务\n序号\t重点任务\t责任单位\n"
        "1\t实施重点项目500个\t市发展改革委（牵头）、市财政局\n"
    )
    assert role_edges(text) == [
        ("一.1", "LEADS", "市发展改革委"),
        ("一.1", "RESPONSIBLE_FOR", "市财政局"),
    ]


def test_a_role_column_whose_header_carries_the_convention() -> None:
    """责任单位（列第一位的为牵头单位） is the 责任单位 column, under the convention."""
    text = (
        "某某方案\n一、重点任务\n序号\t重点任务\t责任单位（列第一位的为牵头单位）\t完成时限\n"
        "1\t实施重点项目500个\t市发展改革委、市财政局\t2024年底\n"
    )
    assert role_edges(text) == [
        ("一.1", "LEADS", "市发展改革委"),
        ("一.1", "RESPONSIBLE_FOR", "市财政局"),
    ]


def test_role_columns_of_other_makes_and_an_oversight_column() -> None:
    """牵头责任单位 leads, 配合责任单位 supports; 督导单位 oversees and gives no role."""
    text = (
        "重点任务分工表\n序号\t重点任务\t牵头责任单位\t配合责任单位\t督导单位\n"
        "1\t建设花卉交易中心1处\t市农业农村局\t市商务局\t市委督查室\n"
    )
    assert role_edges(text) == [
        ("1", "LEADS", "市农业农村局"),
        ("1", "SUPPORTS", "市商务局"),
    ]


def test_a_heading_naming_only_bodies_makes_them_responsible_for_its_items() -> None:
    """Tasks given out by body: each part's heading names its body (or bodies, or a class
    of bodies) and its items are that body's (batch 72)."""
    text = (
        "重点工作任务分解方案\n现按部门将重点工作任务分解如下：\n一、市发展和改革委员会\n"
        "1.推进重点项目建设，完成投资300亿元。\n"
        "2.新增“专精特新”企业15家，市科技局配合。\n"
        "二、市自然资源和规划局、市住房和城乡建设局\n1.供应住宅用地300亩。\n"
        "三、各乡镇（街道）\n1.抓好安全生产工作。\n"
        "四、保障措施\n1.加强组织领导。\n"
    )
    assert role_edges(text) == sorted(
        [
            ("一", "RESPONSIBLE_FOR", "市发展和改革委员会"),
            ("一.1", "RESPONSIBLE_FOR", "市发展和改革委员会"),
            ("一.2", "SUPPORTS", "市科技局"),
            ("一.2", "RESPONSIBLE_FOR", "市发展和改革委员会"),
            ("二", "RESPONSIBLE_FOR", "市自然资源和规划局"),
            ("二", "RESPONSIBLE_FOR", "市住房和城乡建设局"),
            ("二.1", "RESPONSIBLE_FOR", "市自然资源和规划局"),
            ("二.1", "RESPONSIBLE_FOR", "市住房和城乡建设局"),
            ("三", "RESPONSIBLE_FOR", "各乡镇（街道）"),
            ("三.1", "RESPONSIBLE_FOR", "各乡镇（街道）"),
        ]
    )


@pytest.mark.parametrize(
    "heading",
    [
        "（一）建设区域医疗中心",  # (区域 is no place, 医疗中心 no body)
        "（一）完善县域商业网点布局",  # (县域 is no place, 布局 no bureau)
    ],
)
def test_a_heading_naming_its_work_on_a_line_of_its_own_names_no_body(heading: str) -> None:
    """A heading set on a line of its own, its text on the next (session 40, the corpus's
    headings re-typed so): its work is no body responsible for it — before, 建设区域医疗中心
    read as a body in a place 建设区."""
    text = f"某某工作方案\n二、重点任务\n{heading}\n推进建设，新增床位200张。（市卫生健康局牵头）\n"
    assert role_edges(text) == [("二.(一)", "LEADS", "市卫生健康局")]


def test_a_note_on_a_section_heading_holds_for_the_measures_under_it() -> None:
    """Each measure takes the section's bodies of every role it names none of itself."""
    text = (
        "某某实施方案\n二、重点任务\n（一）实施数字产业化工程（牵头单位：区工业和信息化局）\n"
        "1.壮大电子信息产业。配合单位：区商务局。\n"
        "2.发展软件服务业。（区科技局牵头）\n"
        "（二）实施产业数字化工程（区农业农村局牵头，各镇（街道）配合）\n"
        "3.发展智慧农业。\n"
        "（三）优化数字基础设施\n"
        "4.建设千兆光网。\n"
    )
    assert role_edges(text) == [
        ("二.(一)", "LEADS", "区工业和信息化局"),
        ("二.(一).1", "LEADS", "区工业和信息化局"),
        ("二.(一).1", "SUPPORTS", "区商务局"),
        ("二.(一).2", "LEADS", "区科技局"),
        ("二.(二)", "LEADS", "区农业农村局"),
        ("二.(二)", "SUPPORTS", "各镇（街道）"),
        ("二.(二).3", "LEADS", "区农业农村局"),
        ("二.(二).3", "SUPPORTS", "各镇（街道）"),
    ]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    inherited = [e for e in records.edges if e.dst == "x#二.(二).3"]
    assert {e.props.get("inherited_from") for e in inherited} == {"二.(二)"}
    assert all(e.evidence and "区农业农村局牵头" in e.evidence.sentence for e in inherited)
    titles = {n.props["path"]: n.props["title"] for n in records.nodes if "title" in n.props}
    assert titles["二.(二)"] == "实施产业数字化工程"


def test_a_paragraph_closing_a_part_gives_its_roles_to_all_the_items_above() -> None:
    """上述任务由X牵头，Y配合。 after a part's last item is the part's note, as a note on its
    heading would be: each item takes it (batch 39). Said in the item itself, it stays."""
    text = (
        "某某实施方案\n二、重点举措\n（一）精准开展产业链招商\n"
        "1.绘制产业链招商图谱。\n2.开展驻点招商。\n"
        "上述任务由县投资促进中心牵头，县发展改革委配合。\n"
        "（二）强化服务保障\n3.落实全程代办制度。以上工作由县政务服务中心负责。\n"
    )
    assert role_edges(text) == [
        ("二.(一)", "LEADS", "县投资促进中心"),
        ("二.(一)", "SUPPORTS", "县发展改革委"),
        ("二.(一).1", "LEADS", "县投资促进中心"),
        ("二.(一).1", "SUPPORTS", "县发展改革委"),
        ("二.(一).2", "LEADS", "县投资促进中心"),
        ("二.(一).2", "SUPPORTS", "县发展改革委"),
        ("二.(二).3", "RESPONSIBLE_FOR", "县政务服务中心"),
    ]
    # … labelled 注 (batch 45)
    noted = text.replace("上述任务由", "注：以上任务由")
    assert role_edges(noted) == role_edges(text)
    # … or its labels in brackets on a line of their own (found probing: the last item's)
    labelled = text.replace(
        "上述任务由县投资促进中心牵头，县发展改革委配合。",
        "（以上任务牵头单位：县投资促进中心；配合单位：县发展改革委）",
    )
    assert role_edges(labelled) == role_edges(text)
    # … or all of it said in brackets, 以上均由 (batch 1555: read as part of the lead's name)
    bracketed = text.replace(
        "上述任务由县投资促进中心牵头，县发展改革委配合。",
        "（以上均由县投资促进中心牵头，县发展改革委配合）",
    )
    assert role_edges(bracketed) == role_edges(text)
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    (section_edge,) = [e for e in records.edges if e.dst == "x#二.(一)" and e.type.value == "LEADS"]
    assert section_edge.evidence and section_edge.evidence.path == "二.(一)"
    assert section_edge.evidence.sentence.startswith("上述任务由县投资促进中心牵头")


def test_a_closing_line_giving_out_the_part_s_own_items_above_by_number() -> None:
    """上述第（一）至（三）项工作由X牵头，Y配合。 on a line after a part's items names the
    items above it, the part's own — not another part's numbered so, as 保障措施's own （一）
    is not the tasks' — each taking the roles (found probing, session 60; the lead was lost
    when 第 was left out, and the roles were the last item's alone)."""
    text = (
        "某县2026年工作方案\n一、重点任务\n（一）推进园区扩容。\n（二）推进园区招商。\n"
        "（三）推进园区配套。\n（四）推进园区招聘。县人社局负责。\n"
        "上述第（一）至（三）项工作由县发改局牵头，县财政局配合。\n"
        "二、保障措施\n（一）加强组织。\n"
    )
    expected = [
        (path, role, body)
        for path in ("一.(一)", "一.(二)", "一.(三)")
        for role, body in (("LEADS", "县发改局"), ("SUPPORTS", "县财政局"))
    ] + [("一.(四)", "RESPONSIBLE_FOR", "县人社局")]
    assert role_edges(text) == sorted(expected)
    # … with 第 left out after 上述, the numbers bracketed
    assert role_edges(text.replace("上述第（一）", "上述（一）")) == sorted(expected)
    # … or a bare range of the items' numbers opening the line (no figure in it)
    bare = (
        "某县2026年工作方案\n一、重点任务\n1.推进园区扩容。\n2.推进园区招商。\n3.推进园区配套。\n"
        "1—3项由县发改局牵头，县财政局配合。\n二、保障措施\n（一）加强组织。\n"
    )
    assert role_edges(bare) == sorted(
        (path, role, body)
        for path in ("一.1", "一.2", "一.3")
        for role, body in (("LEADS", "县发改局"), ("SUPPORTS", "县财政局"))
    )
    records = extract(RawDocument("x", "x.txt", bare, "txt")).records
    assert not [n for n in records.nodes if "value" in n.props]
    # … a count after 以上 is still a count of the items above: 以上三项 is （二）–（四）
    counted = text.replace("上述第（一）至（三）项工作由", "以上三项由").replace(
        "县人社局负责。", ""
    )
    assert role_edges(counted) == sorted(
        (path, role, body)
        for path in ("一.(二)", "一.(三)", "一.(四)")
        for role, body in (("LEADS", "县发改局"), ("SUPPORTS", "县财政局"))
    )


def test_a_closing_line_giving_out_its_own_item_and_those_before_it_by_number() -> None:
    """第1、2项由X牵头，Y配合。 on a line of its own closing item 2, with no 上述: the items
    it numbers are its own item and those before it in its part — not another part's
    numbered so (found probing, session 61: the roles were item 2's alone, and 第1项由… under
    a second part went to the first part's item 1)."""
    text = (
        "某县2026年重点工作任务\n一、产业发展\n1.壮大特色产业。推进茶园提质。\n"
        "2.提升工业效益。推进技改。\n第1、2项由县农业农村局牵头，县财政局配合。\n"
        "二、民生\n1.发展教育。新建学校。\n第1项由县教育局负责。\n"
    )
    assert role_edges(text) == sorted(
        [
            (path, role, body)
            for path in ("一.1", "一.2")
            for role, body in (("LEADS", "县农业农村局"), ("SUPPORTS", "县财政局"))
        ]
        + [("二.1", "RESPONSIBLE_FOR", "县教育局")]
    )
    # … the numbers' bodies given in order by 分别 after them: each leads its own item
    respective = text.replace("由县农业农村局牵头", "由县农业农村局、县工信局分别牵头")
    expected = [
        ("一.1", "LEADS", "县农业农村局"),
        ("一.1", "SUPPORTS", "县财政局"),
        ("一.2", "LEADS", "县工信局"),
        ("一.2", "SUPPORTS", "县财政局"),
        ("二.1", "RESPONSIBLE_FOR", "县教育局"),
    ]
    assert role_edges(respective) == expected
    assert role_edges(respective.replace("\n第1、2项", "\n以上第1、2项")) == expected


@pytest.mark.parametrize(
    ("items", "line", "paths"),
    [
        (
            "（一）推进园区扩容。\n（二）推进园区招商。\n（三）推进园区配套。\n",
            "（一）—（三）项",
            "(一) (二) (三)",
        ),
        ("（一）推进园区扩容。\n（二）推进园区招商。\n", "（一）（二）项工作", "(一) (二)"),
        ("1、推进园区扩容。\n2、推进园区招商。\n", "1、2项", "1 2"),
        ("（1）推进园区扩容。\n（2）推进园区招商。\n", "（1）至（2）项", "(1) (2)"),
    ],
    ids=["bracketed-range", "bracketed-pair", "listed", "bracketed-digits"],
)
def test_a_line_opening_with_the_numbers_of_the_items_above_is_no_heading(
    items: str, line: str, paths: str
) -> None:
    """（一）—（三）项由X牵头，Y配合。 opens with the items' numbers, not a heading's marker: it
    gives the items above their roles (left alone in session 60, read as a heading
    一.(一)~2 whose lead was 项由县发改局)."""
    text = (
        f"某县2026年工作方案\n一、重点任务\n{items}{line}由县发改局牵头，县财政局配合。\n"
        "二、保障措施\n（一）加强组织。\n"
    )
    assert role_edges(text) == sorted(
        (f"一.{path}", role, body)
        for path in paths.split()
        for role, body in (("LEADS", "县发改局"), ("SUPPORTS", "县财政局"))
    )


def test_a_line_closing_a_part_on_its_own_work_gives_the_part_its_roles() -> None:
    """本部分工作由X牵头负责。 after a part's last item is the part's note, as 上述任务由… is:
    each item takes it (found probing, session 60: the last item's alone)."""
    text = (
        "某县2026年工作方案\n一、重点任务\n（一）推进园区扩容。\n（二）推进园区招商。\n"
        "本部分工作由县发改局牵头负责。\n二、保障措施\n（一）加强组织。\n"
    )
    assert role_edges(text) == [
        ("一", "LEADS", "县发改局"),
        ("一.(一)", "LEADS", "县发改局"),
        ("一.(二)", "LEADS", "县发改局"),
    ]


def test_an_item_titled_for_the_duties_gives_its_roles_to_the_action_above() -> None:
    """An action set out in items (1.行动目标。… 2.主要任务。… 3.责任分工。X牵头，Y配合。): the
    duties item is the action's note, as a note on its heading would be — each item takes
    it; the roles were the item 责任分工's alone (what X led was a measure titled 责任分工)."""
    text = (
        "某县2026年专项行动方案\n一、重点行动\n（一）招商引资攻坚行动\n"
        "1.行动目标。全年引进亿元以上项目30个。\n2.主要任务。开展产业链精准招商。\n"
        "3.责任分工。县商务局牵头，县发改局配合。\n"
        "（二）项目建设提速行动\n4.行动目标。开工重点项目50个。（县发改局负责）\n"
    )
    assert role_edges(text) == [
        ("一.(一)", "LEADS", "县商务局"),
        ("一.(一)", "SUPPORTS", "县发改局"),
        ("一.(一).1", "LEADS", "县商务局"),
        ("一.(一).1", "SUPPORTS", "县发改局"),
        ("一.(一).2", "LEADS", "县商务局"),
        ("一.(一).2", "SUPPORTS", "县发改局"),
        ("一.(一).3", "LEADS", "县商务局"),
        ("一.(一).3", "SUPPORTS", "县发改局"),
        ("一.(二).4", "RESPONSIBLE_FOR", "县发改局"),
    ]
    # an item 责任分工 among 保障措施's (no action's goals or work beside it) keeps its roles
    guarantees = (
        "某县方案\n一、重点任务\n（一）推进工作。新增企业5家。\n三、保障措施\n"
        "（一）加强组织领导。成立领导小组。\n（二）责任分工。各项任务由县发改局牵头，各部门配合。\n"
    )
    assert role_edges(guarantees) == [
        ("三.(二)", "LEADS", "县发改局"),
        ("三.(二)", "SUPPORTS", "各部门"),
    ]


def test_a_paragraph_giving_out_the_items_by_number_gives_each_its_roles() -> None:
    """第1—3项任务由X牵头，Y配合；第4项、第5项任务由…: items numbered straight through a
    plan's sections, given out by number in a paragraph of its own (batch 48) — the roles
    are the items', not the paragraph's, and the numbers are no figures."""
    text = (
        "某某行动方案\n二、重点任务\n（一）推动智能化改造\n"
        "1.实施智能制造提升工程。\n2.推广绿色制造。\n3.加快科技创新。\n"
        "（二）拓展市场\n4.打响区域品牌。\n5.开拓国际市场。\n6.强化人才支撑。\n"
        "三、保障措施\n（一）明确职责分工。第1—3项任务由区经信局牵头，区科技局配合；"
        "第4项、第5项任务由区商务局牵头，区市场监管局配合；第6项任务由区人力社保局负责。\n"
    )
    assert role_edges(text) == [
        ("二.(一).1", "LEADS", "区经信局"),
        ("二.(一).1", "SUPPORTS", "区科技局"),
        ("二.(一).2", "LEADS", "区经信局"),
        ("二.(一).2", "SUPPORTS", "区科技局"),
        ("二.(一).3", "LEADS", "区经信局"),
        ("二.(一).3", "SUPPORTS", "区科技局"),
        ("二.(二).4", "LEADS", "区商务局"),
        ("二.(二).4", "SUPPORTS", "区市场监管局"),
        ("二.(二).5", "LEADS", "区商务局"),
        ("二.(二).5", "SUPPORTS", "区市场监管局"),
        ("二.(二).6", "RESPONSIBLE_FOR", "区人力社保局"),
    ]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    (edge,) = [e for e in records.edges if e.dst == "x#二.(二).6"]
    assert edge.evidence and edge.evidence.path == "三.(一)"
    assert edge.evidence.sentence == "第6项任务由区人力社保局负责。"
    assert not [n for n in records.nodes if n.label.value == "Target"]
    # … said of the work above (上述第…项)
    above = text.replace("第1—3项任务由区经信局", "上述第1—3项任务由区经信局")
    assert role_edges(above) == role_edges(text)
    # numbers that name no one item (numbering restarts in each section) give nothing out:
    # the roles stay with the paragraph that names them
    again = text.replace("4.打响", "1.打响").replace("5.开拓", "2.开拓").replace("6.强化", "3.强化")
    assert {path for path, _, _ in role_edges(again)} == {"三.(一)"}


def test_a_note_counting_the_items_above_it_gives_each_its_roles() -> None:
    """（以上三项由X牵头，Y配合） closing item 3 answers for items 1, 2 and 3 (left alone in
    session 58: only item 3 took them); a note of an item's own between stays its own, and a
    count more than the items there gives only the item holding it."""
    text = (
        "某县2026年农业农村工作要点\n一、稳定粮食生产\n1.落实粮食播种面积45万亩。\n"
        "2.建设高标准农田3万亩。\n3.推广机插秧技术。（以上三项由县农业农村局牵头，县财政局配合）\n"
        "4.改造农村户厕2000户。（县乡村振兴局负责）\n5.完成农村公路提档升级50公里。\n"
        "6.新建农村客运候车亭30个。\n（以上两项工作由县交通运输局负责）\n"
    )
    assert role_edges(text) == [
        ("一.1", "LEADS", "县农业农村局"),
        ("一.1", "SUPPORTS", "县财政局"),
        ("一.2", "LEADS", "县农业农村局"),
        ("一.2", "SUPPORTS", "县财政局"),
        ("一.3", "LEADS", "县农业农村局"),
        ("一.3", "SUPPORTS", "县财政局"),
        ("一.4", "RESPONSIBLE_FOR", "县乡村振兴局"),
        ("一.5", "RESPONSIBLE_FOR", "县交通运输局"),
        ("一.6", "RESPONSIBLE_FOR", "县交通运输局"),
    ]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    (edge,) = [e for e in records.edges if e.dst == "x#一.5"]
    assert edge.evidence and edge.evidence.path == "一.6"
    more = text.replace("以上两项工作", "以上九项工作")
    assert [(p, r, d) for p, r, d in role_edges(more) if d == "县交通运输局"] == [
        ("一.6", "RESPONSIBLE_FOR", "县交通运输局")
    ]


def test_parts_given_out_by_their_ordinals() -> None:
    """第一部分工作由X牵头，Y配合；第二部分工作由Z负责: the parts named by their ordinals take
    the roles, and each of their items with them, as a note on the part's heading would give
    them; the sentence is no heading (第一部分 opens it), and the paragraph's own part takes
    nothing."""
    text = (
        "某县2026年工作要点\n一、产业发展\n（一）发展花卉产业。新增花卉企业5家。\n"
        "（二）发展文旅产业。接待游客100万人次。\n二、民生保障\n（三）新增就业1000人。\n"
        "三、保障措施\n第一部分工作由县发改局牵头，县财政局配合；第二部分工作由县人社局负责。\n"
    )
    assert role_edges(text) == [
        ("一", "LEADS", "县发改局"),
        ("一", "SUPPORTS", "县财政局"),
        ("一.(一)", "LEADS", "县发改局"),
        ("一.(一)", "SUPPORTS", "县财政局"),
        ("一.(二)", "LEADS", "县发改局"),
        ("一.(二)", "SUPPORTS", "县财政局"),
        ("二", "RESPONSIBLE_FOR", "县人社局"),
        ("二.(三)", "RESPONSIBLE_FOR", "县人社局"),
    ]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    assert {n.props["path"] for n in records.nodes if n.label.value in ("Section", "Measure")} == {
        "一",
        "一.(一)",
        "一.(二)",
        "二",
        "二.(三)",
        "三",
    }
    (edge,) = [e for e in records.edges if e.dst == "x#二" and e.type.value == "RESPONSIBLE_FOR"]
    assert edge.evidence and edge.evidence.path == "三"
    # … or named by their titles in quotes
    titled = text.replace("第一部分工作由", "“产业发展”方面的任务由").replace(
        "第二部分工作由", "“民生保障”方面的任务由"
    )
    assert role_edges(titled) == role_edges(text)
    # … in a document whose parts are 第一部分, 第二部分 themselves
    parts = (
        text.replace("一、产业发展", "第一部分 产业发展")
        .replace("二、民生保障", "第二部分 民生保障")
        .replace("三、保障措施", "第三部分 保障措施")
    )
    assert role_edges(parts) == [
        ("第一部分", "LEADS", "县发改局"),
        ("第一部分", "SUPPORTS", "县财政局"),
        ("第一部分.(一)", "LEADS", "县发改局"),
        ("第一部分.(一)", "SUPPORTS", "县财政局"),
        ("第一部分.(二)", "LEADS", "县发改局"),
        ("第一部分.(二)", "SUPPORTS", "县财政局"),
        ("第二部分", "RESPONSIBLE_FOR", "县人社局"),
        ("第二部分.(三)", "RESPONSIBLE_FOR", "县人社局"),
    ]


def test_key_tasks_given_out_by_their_bracketed_numbers() -> None:
    """第（一）至（三）项任务由X牵头…: the key tasks （一）–（三）, not the （一）（二） of the
    保障措施 part the paragraph is in (batch 51)."""
    text = (
        "某某行动方案\n二、重点任务\n（一）做强龙头企业。\n（二）推进智能化改造。\n"
        "（三）打造区域品牌。\n（四）建设产业园区。\n三、保障措施\n"
        "（一）明确分工。第（一）至（三）项任务由县工业和信息化局牵头，县商务局配合；"
        "第（四）项任务由县自然资源局负责。\n（二）加大投入。县财政每年安排资金。\n"
    )
    assert role_edges(text) == [
        ("二.(一)", "LEADS", "县工业和信息化局"),
        ("二.(一)", "SUPPORTS", "县商务局"),
        ("二.(三)", "LEADS", "县工业和信息化局"),
        ("二.(三)", "SUPPORTS", "县商务局"),
        ("二.(二)", "LEADS", "县工业和信息化局"),
        ("二.(二)", "SUPPORTS", "县商务局"),
        ("二.(四)", "RESPONSIBLE_FOR", "县自然资源局"),
    ]


def test_items_given_out_by_number_in_clauses_parted_by_commas() -> None:
    """第（一）项由X牵头，第（二）项由Y牵头: each clause's reference is its own, though only a
    comma parts them (found probing: Y was given （一）)."""
    text = (
        "某市方案\n一、主要任务\n（一）稳定生产。\n（二）建设基地。\n二、职责分工\n"
        "第（一）项由市农业农村局牵头，市财政局配合，第（二）项由市商务局牵头。\n"
    )
    assert role_edges(text) == [
        ("一.(一)", "LEADS", "市农业农村局"),
        ("一.(一)", "SUPPORTS", "市财政局"),
        ("一.(二)", "LEADS", "市商务局"),
    ]


def test_parts_given_out_by_their_bare_numerals() -> None:
    """第一、二项任务由X牵头，Y配合: the parts 一 and 二 named by their numerals as their
    headings write them, no bracket (found probing: the lead was lost)."""
    text = (
        "某市方案\n一、稳定生产\n新增10个。\n二、建设基地\n新增5个。\n三、保障措施\n"
        "第一、二项任务由市农业农村局牵头，市财政局配合。\n"
    )
    assert role_edges(text) == [
        ("一", "LEADS", "市农业农村局"),
        ("一", "SUPPORTS", "市财政局"),
        ("二", "LEADS", "市农业农村局"),
        ("二", "SUPPORTS", "市财政局"),
    ]


def test_key_tasks_given_their_leads_respectively() -> None:
    """上述第（一）（二）（三）项工作分别由X、Y、Z牵头，W配合: the tasks and the bodies pair in
    order; those supporting support each; the paragraph keeps none (batch 75)."""
    text = (
        "某某工作方案\n二、重点任务\n（一）做强现代畜牧业。\n（二）发展绿氢产业。\n"
        "（三）培育文旅产业。\n三、保障措施\n（一）压实工作责任。上述第（一）（二）（三）项工作分别由"
        "旗农牧局、旗能源局、旗文化旅游体育局牵头，各苏木镇配合，确保各项任务落地见效。\n"
    )
    assert role_edges(text) == sorted(
        [
            ("二.(一)", "LEADS", "旗农牧局"),
            ("二.(一)", "SUPPORTS", "各苏木镇"),
            ("二.(二)", "LEADS", "旗能源局"),
            ("二.(二)", "SUPPORTS", "各苏木镇"),
            ("二.(三)", "LEADS", "旗文化旅游体育局"),
            ("二.(三)", "SUPPORTS", "各苏木镇"),
        ]
    )
    # numbers and bodies that do not pair one to one: each task takes every body
    two = text.replace("旗农牧局、旗能源局、旗文化旅游体育局", "旗农牧局、旗能源局")
    assert [e for e in role_edges(two) if e[0] == "二.(三)"] == [
        ("二.(三)", "LEADS", "旗农牧局"),
        ("二.(三)", "LEADS", "旗能源局"),
        ("二.(三)", "SUPPORTS", "各苏木镇"),
    ]


def test_tasks_set_out_as_cards_of_fields() -> None:
    """Under each task's heading a table of two columns, field and value (任务名称, 目标任务,
    牵头单位, 配合单位, 完成时限): the card is the task's text, its role fields its roles
    (batch 76)."""
    text = (
        "某某重点任务\n一、重点任务\n（一）建设智慧园区\n任务名称\t建设智慧园区\n"
        "目标任务\t新建5G基站200个，园区企业上云率达到80%。\n牵头单位\t市经济发展局\n"
        "配合单位\t市发展和改革局、市科技局\n完成时限\t2026年12月底\n\n"
        "（二）发展跨境电商\n任务名称\t发展跨境电商\n目标任务\t跨境电商进出口额突破100亿元。\n"
        "责任单位\t市商务局\n完成时限\t2026年11月底\n"
    )
    assert role_edges(text) == [
        ("一.(一)", "LEADS", "市经济发展局"),
        ("一.(一)", "SUPPORTS", "市发展和改革局"),
        ("一.(一)", "SUPPORTS", "市科技局"),
        ("一.(二)", "RESPONSIBLE_FOR", "市商务局"),
    ]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    paths = sorted(
        n.props["path"] for n in records.nodes if n.label.value in ("Measure", "Section")
    )
    assert paths == ["一", "一.(一)", "一.(二)"]
    figures = sorted((path, value) for _, path, value in figures_of(records, "path", "value"))
    assert figures == [("一.(一)", 80), ("一.(一)", 200), ("一.(二)", 100)]


def test_cards_whose_name_field_carries_the_task_s_number() -> None:
    """A card table for each task with no heading over it, the number in its name field
    (任务名称 | 1.建设…) or in a field of its own above the name (序号 | 2): each card is the
    measure so numbered, its figures and roles its own (session 60)."""
    text = (
        "某某重点任务清单\n一、重点任务\n任务名称\t1.建设标准化生产基地\n"
        "工作内容\t新建标准化蜜桃园5000亩。\n牵头单位\t县农业农村局\n配合单位\t县水利局\n\n"
        "任务名称\t2.培育加工龙头企业\n工作内容\t引进深加工企业3家以上。\n"
        "牵头单位\t县工业和信息化局\n\n序号\t3\n任务名称\t拓展销售渠道\n"
        "工作内容\t新增电商销售网点20个。\n责任单位\t县商务局\n"
    )
    assert role_edges(text) == [
        ("一.1", "LEADS", "县农业农村局"),
        ("一.1", "SUPPORTS", "县水利局"),
        ("一.2", "LEADS", "县工业和信息化局"),
        ("一.3", "RESPONSIBLE_FOR", "县商务局"),
    ]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    titles = sorted(
        (n.props["path"], n.props["title"])
        for n in records.nodes
        if n.label.value in ("Measure", "Section")
    )
    assert titles == [
        ("一", "重点任务"),
        ("一.1", "建设标准化生产基地"),
        ("一.2", "培育加工龙头企业"),
        ("一.3", "拓展销售渠道"),
    ]
    figures = sorted((path, value) for _, path, value in figures_of(records, "path", "value"))
    assert figures == [("一.1", 5000), ("一.2", 3), ("一.3", 20)]


def test_a_part_giving_out_the_items_body_by_body() -> None:
    """职责分工: each line a body and the items by number it is responsible for or supports
    (市工业和信息化局：负责第1、2项任务，配合第3项任务。) — the roles are the items', the part
    has none and no line of it is a measure (batch 79)."""
    text = (
        "某某工作方案\n一、重点任务\n1.抓好重点项目建设。\n2.培育壮大市场主体。\n"
        "3.推动奶产业延链补链。\n4.保障要素供给。\n二、职责分工\n"
        "市工业和信息化局：负责第1、2项任务，配合第3项任务。\n市农业农村局：负责第3项任务。\n"
        "市自然资源局、市林草局：负责第4项任务。\n市发展和改革委员会：配合第1项任务。\n"
    )
    assert role_edges(text) == sorted(
        [
            ("一.1", "RESPONSIBLE_FOR", "市工业和信息化局"),
            ("一.1", "SUPPORTS", "市发展和改革委员会"),
            ("一.2", "RESPONSIBLE_FOR", "市工业和信息化局"),
            ("一.3", "RESPONSIBLE_FOR", "市农业农村局"),
            ("一.3", "SUPPORTS", "市工业和信息化局"),
            ("一.4", "RESPONSIBLE_FOR", "市自然资源局"),
            ("一.4", "RESPONSIBLE_FOR", "市林草局"),
        ]
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    paths = {n.props["path"] for n in records.nodes if n.label.value in ("Measure", "Section")}
    assert paths == {"一", "一.1", "一.2", "一.3", "一.4", "二"}
    (edge,) = [e for e in records.edges if e.dst == "x#一.4" and e.props["surface"] == "市林草局"]
    assert edge.evidence and edge.evidence.path == "二"


def test_a_part_giving_out_the_items_by_their_markers() -> None:
    """职责分工 lines naming the tasks by their markers after 任务, a duty of the body's own
    before (batch 916: 县农业农村局：负责…，牵头推进重点任务（一）) — each body its task's role; a line
    naming no task makes its body responsible for the part itself (the corpus's 武都)."""
    text = (
        "某县工作方案\n一、重点任务\n（一）推进标准化种植。\n（二）发展精深加工。\n"
        "（三）强化品牌保护。\n二、职责分工\n"
        "县农业农村局：负责示范基地建设、轮作模式推广，牵头推进重点任务（一）。\n"
        "县工信局：牵头推进重点任务（二），负责深加工企业培育。\n"
        "县市场监管局：负责重点任务（三），开展专项行动。\n"
        "各乡镇人民政府：负责本辖区种植面积稳定工作。\n"
    )
    assert role_edges(text) == sorted(
        [
            ("一.(一)", "LEADS", "县农业农村局"),
            ("一.(二)", "LEADS", "县工信局"),
            ("一.(三)", "RESPONSIBLE_FOR", "县市场监管局"),
            ("二", "RESPONSIBLE_FOR", "各乡镇人民政府"),
        ]
    )


def test_a_part_giving_out_the_items_to_bodies_in_order() -> None:
    """职责分工 in sentences pairing bodies and items in order (found probing, session 58:
    县工信局、县科技局分别负责第1、2项任务，县商务局负责第3项任务) — each body its item, each
    clause after naming its own bodies; none had been given."""
    text = (
        "某县2026年重点工作\n一、重点任务\n1.推进技改。\n2.培育龙头。\n3.发展电商。\n"
        "二、职责分工\n县工信局、县科技局分别负责第1、2项任务，县商务局负责第3项任务。\n"
    )
    assert role_edges(text) == sorted(
        [
            ("一.1", "RESPONSIBLE_FOR", "县工信局"),
            ("一.2", "RESPONSIBLE_FOR", "县科技局"),
            ("一.3", "RESPONSIBLE_FOR", "县商务局"),
        ]
    )


def test_a_part_giving_out_the_items_body_by_body_without_a_colon() -> None:
    """职责分工 in sentences each naming its body before its role, no colon after it
    (县发改局负责第（一）、（三）项任务；县商务局负责第（二）项任务), a clause after naming no body
    being the body's before, or lines opening with an item's marker (found probing, session 62:
    the roles went to the part, or were lost)."""
    text = (
        "某县2026年工作方案\n一、重点任务\n（一）推进园区扩容。\n（二）推进园区招商。\n"
        "（三）推进园区配套。\n二、职责分工\n"
        "县发改局负责第（一）、（三）项任务，配合第（二）项任务；县商务局负责第（二）项任务。\n"
    )
    expected = [
        ("一.(一)", "RESPONSIBLE_FOR", "县发改局"),
        ("一.(三)", "RESPONSIBLE_FOR", "县发改局"),
        ("一.(二)", "SUPPORTS", "县发改局"),
        ("一.(二)", "RESPONSIBLE_FOR", "县商务局"),
    ]
    assert role_edges(text) == sorted(expected)
    marked = text.replace(
        "县发改局负责第（一）、（三）项任务，配合第（二）项任务；县商务局",
        "1.县发改局：负责第（一）、（三）项任务，配合第（二）项任务。\n2.县商务局：",
    )
    assert role_edges(marked) == sorted(expected)


def test_a_role_column_split_by_a_slash() -> None:
    """牵头/配合单位: the body before the slash leads, those after support; a body alone
    leads (batch 52)."""
    text = (
        "某某重点任务清单\n序号\t重点任务\t牵头/配合单位\t完成时间\n"
        "1\t完成印染企业技术改造项目30个。\t区经信局/区发改局、区生态环境分局\t2026年12月\n"
        "2\t培训产业工人5000人次。\t区人力社保局\t2026年12月\n"
    )
    assert role_edges(text) == [
        ("1", "LEADS", "区经信局"),
        ("1", "SUPPORTS", "区发改局"),
        ("1", "SUPPORTS", "区生态环境分局"),
        ("2", "LEADS", "区人力社保局"),
    ]


def test_a_column_of_bodies_and_the_officials_answering_for_them() -> None:
    """责任单位及责任人: the bodies are responsible; an official named in brackets after a
    body, or on a labelled line of the cell, is no body nor part of one (batch 58)."""
    text = (
        "某区2026年重点工作任务落实台账\n序号\t工作事项\t目标任务\t责任单位及责任人\t完成时限\n"
        "1\t奶产业提质增效\t新增奶牛存栏1万头。\t区农业农村局（马建国）\t2026年12月底\n"
        "2\t新材料产业扩能\t引进新材料项目5个。\t牵头：区工业和信息化局（局长李明） 配合：区商务局\t"
        "2026年11月底\n"
        "3\t文旅产业提质\t接待游客突破500万人次。\t区文化旅游体育局 责任人：杨帆\t2026年12月底\n"
        # (or after a space alone, the official's name: found probing, session 61 — the
        # space was dropped and the name ran into the body's)
        "4\t招商引资\t引进项目20个。\t区商务局 王强、区投资促进中心 刘洋\t2026年12月底\n"
        "5\t扩大投资\t完成投资50亿元。\t区发展和改革委员会（牵头） 周勇、区财政局 吴敏\t2026年12月底\n"
    )
    assert role_edges(text) == [
        ("1", "RESPONSIBLE_FOR", "区农业农村局"),
        ("2", "LEADS", "区工业和信息化局"),
        ("2", "SUPPORTS", "区商务局"),
        ("3", "RESPONSIBLE_FOR", "区文化旅游体育局"),
        ("4", "RESPONSIBLE_FOR", "区商务局"),
        ("4", "RESPONSIBLE_FOR", "区投资促进中心"),
        ("5", "LEADS", "区发展和改革委员会"),
        ("5", "RESPONSIBLE_FOR", "区财政局"),
    ]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    titles = {
        n.props["path"]: n.props["title"] for n in records.nodes if n.label.value == "Measure"
    }
    assert titles == {
        "1": "奶产业提质增效",
        "2": "新材料产业扩能",
        "3": "文旅产业提质",
        "4": "招商引资",
        "5": "扩大投资",
    }


def test_a_table_of_bodies_and_their_duties() -> None:
    """成员单位 | 工作职责: a row for each body, which takes the role its duty says (牵头负责
    leads, 负责 is responsible, 配合 supports); the row's figures are its (batch 59)."""
    text = (
        "某市产业链工作专班成员单位职责分工\n序号\t成员单位\t工作职责\n"
        "1\t市工业和信息化局\t牵头负责专班日常工作，力争2026年精细化工产业产值突破600亿元。\n"
        "2\t市商务局\t负责产业链招商引资，全年引进精细化工项目10个。\n"
        "3\t市生态环境局\t配合做好项目环评审批工作。\n"
    )
    assert role_edges(text) == [
        ("1", "LEADS", "市工业和信息化局"),
        ("2", "RESPONSIBLE_FOR", "市商务局"),
        ("3", "SUPPORTS", "市生态环境局"),
    ]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    targets = sorted(
        (e.dst.split("#")[1], e.type.value) for e in records.edges if e.type.value == "SETS_TARGET"
    )
    assert targets == [("1", "SETS_TARGET"), ("2", "SETS_TARGET")]


def test_a_table_sharing_out_the_years_goals_among_towns() -> None:
    """序号 | 镇（街道） | 地区生产总值增速（%） | …: a row for each town, responsible for
    its goals, a figure for each column measuring it with its unit in the header (batch 61)."""
    text = (
        "某区2026年主要经济指标目标任务分解表\n"
        "序号\t镇（街道）\t地区生产总值增速（%）\t新增规上工业企业（家）\n"
        "1\t高坪街道\t6.5\t5\n"
        "2\t团泽镇\t7\t4\n"
    )
    assert role_edges(text) == [
        ("1", "RESPONSIBLE_FOR", "高坪街道"),
        ("2", "RESPONSIBLE_FOR", "团泽镇"),
    ]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    figures = sorted(
        (n.props["path"], n.props["metric"], n.props["value"], n.props["unit"], n.props["year"])
        for n in records.nodes
        if n.label.value == "Target"
    )
    assert figures == [
        ("1", "地区生产总值增速", 6.5, "%", 2026),
        ("1", "新增规上工业企业", 5.0, "家", 2026),
        ("2", "地区生产总值增速", 7.0, "%", 2026),
        ("2", "新增规上工业企业", 4.0, "家", 2026),
    ]
    titles = {
        n.props["path"]: n.props["title"] for n in records.nodes if n.label.value == "Measure"
    }
    assert titles == {"1": "高坪街道", "2": "团泽镇"}


def test_a_matrix_task_table_marks_its_bodies() -> None:
    """A column for each body, ★ for the lead and ○ for those supporting as the note
    under the table says (batch 52); without the note its marks give no role."""
    text = (
        "某县重点任务分工表\n序号\t重点任务\t县发展和改革局\t县工业和信息化局\t各乡镇人民政府\n"
        "1\t推进产业集群发展。\t\t★\t○\n"
        "2\t建设检测认证中心1个。\t★\t○\t\n"
        "注：★为牵头单位，○为配合单位。\n"
    )
    assert role_edges(text) == [
        ("1", "LEADS", "县工业和信息化局"),
        ("1", "SUPPORTS", "各乡镇人民政府"),
        ("2", "LEADS", "县发展和改革局"),
        ("2", "SUPPORTS", "县工业和信息化局"),
    ]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    (edge,) = [e for e in records.edges if e.dst == "x#2" and e.type.value == "LEADS"]
    assert text[edge.props["at_start"] : edge.props["at_end"]] == "★"
    assert role_edges(text.replace("注：★为牵头单位，○为配合单位。\n", "")) == []
    # (bodies as a class head a column too: 各乡镇（街道）, batch 573)
    assert role_edges(text.replace("各乡镇人民政府", "各乡镇（街道）")) == [
        ("1", "LEADS", "县工业和信息化局"),
        ("1", "SUPPORTS", "各乡镇（街道）"),
        ("2", "LEADS", "县发展和改革局"),
        ("2", "SUPPORTS", "县工业和信息化局"),
    ]


def test_a_matrix_task_table_may_write_the_roles_or_tick_the_bodies() -> None:
    """A matrix whose cells write each body's role (牵头, 配合) explains itself; one that only
    ticks the bodies concerned (√), its tick unexplained, names them responsible."""
    worded = (
        "某县2026年重点任务分工表\n序号\t重点任务\t县发改局\t县财政局\t县商务局\n"
        "1\t引进项目10个\t牵头\t配合\t配合\n"
        "2\t举办招商活动5场\t配合\t\t牵头\n"
    )
    assert role_edges(worded) == [
        ("1", "LEADS", "县发改局"),
        ("1", "SUPPORTS", "县商务局"),
        ("1", "SUPPORTS", "县财政局"),
        ("2", "LEADS", "县商务局"),
        ("2", "SUPPORTS", "县发改局"),
    ]
    ticked = worded.replace("牵头", "√").replace("配合", "")
    assert role_edges(ticked) == [
        ("1", "RESPONSIBLE_FOR", "县发改局"),
        ("2", "RESPONSIBLE_FOR", "县商务局"),
    ]
    # (a tick the document explains gives the role it says)
    assert role_edges(ticked + "注：√为牵头单位。\n") == [
        ("1", "LEADS", "县发改局"),
        ("2", "LEADS", "县商务局"),
    ]


def test_a_progress_column_reports_results() -> None:
    """序号 | 重点任务 | 牵头单位 | 进展情况: the task sets the year's goal, the progress cell
    reports where it stands (batch 55)."""
    text = (
        "某市2026年上半年重点工作任务推进情况\n序号\t重点任务\t牵头单位\t进展情况\n"
        "1\t全年新开工亿元以上项目300个。\t市发展改革委\t上半年已新开工亿元以上项目186个，"
        "完成年度目标的62%。\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    figures = sorted(figures_of(records, "metric", "value", "year"))
    assert figures == [
        ("Result", "新开工亿元以上项目", 186, 2026),
        ("Result", "新开工亿元以上项目完成年度目标", 62, 2026),
        ("Target", "新开工亿元以上项目", 300, 2026),
    ]


def test_a_progress_column_under_a_part_headed_for_the_progress() -> None:
    """The same table under a part headed for the tasks' progress (二、任务推进情况): the task
    still sets the goal (batch 654: read as a result with the progress)."""
    text = (
        "关于2026年上半年重点工作任务推进情况的通报\n一、总体情况\n纳入督查的任务均序时推进。\n"
        "二、任务推进情况\n序号\t重点任务\t责任单位\t上半年进展情况\n"
        "1\t全年完成固定资产投资60亿元\t市发展和改革委员会\t上半年完成固定资产投资31.5亿元\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    figures = sorted(figures_of(records, "metric", "value", "year"))
    assert figures == [("Result", "固定资产投资", 31.5, 2026), ("Target", "固定资产投资", 60, 2026)]


def test_a_progress_cell_naming_only_the_goal_s_verb_reports_on_the_goal() -> None:
    """A progress cell saying only the verb and the figure (已筹集0.7万套) reports on its row's
    goal of the same unit, the goal's thing after the verb (batch 1532: the figure was dropped,
    a verb alone naming no thing); one naming no goal's verb stays none."""
    text = (
        "关于2026年上半年全市重点工作推进情况的通报\n"
        "序号\t重点工作\t年度目标\t责任单位\t上半年进展情况\n"
        "1\t建设保障性租赁住房\t筹集保障性租赁住房1.2万套\t市住房和城乡建设局\t已筹集0.7万套\n"
        "2\t建设人才公寓\t筹集人才公寓0.5万套\t市住房和城乡建设局\t已建成0.2万套\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    assert sorted(figures_of(records, "metric", "value", "unit")) == [
        ("Result", "筹集保障性租赁住房", 0.7, "万套"),
        ("Target", "筹集人才公寓", 0.5, "万套"),
        ("Target", "筹集保障性租赁住房", 1.2, "万套"),
    ]


def test_a_progress_clause_of_works_begun_reports_on_a_goal_of_making() -> None:
    """A progress cell's clause naming only works begun or done and the figure (已开工建设3.2万亩)
    reports on its row's goal of making in the same unit (新建高标准农田5万亩), though another
    clause of the cell reads on its own (batch 1576: the first clause's figure was dropped)."""
    text = (
        "关于2026年一季度重点工作推进情况的通报\n"
        "序号\t重点工作\t责任单位\t一季度进展情况\n"
        "1\t新建高标准农田5万亩\t县农业农村局\t已开工建设3.2万亩，完成年度任务的64%。\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    assert sorted(figures_of(records, "metric", "value", "unit")) == [
        ("Result", "完成年度任务", 64, "%"),
        ("Result", "开工建设高标准农田", 3.2, "万亩"),
        ("Target", "新建高标准农田", 5, "万亩"),
    ]


def test_a_roles_table_naming_the_items_by_their_markers_gives_them_their_roles() -> None:
    """A table of roles after the text whose rows name its items by their markers alone (附：
    重点任务分工 / （一） | 牵头单位 | 配合单位) gives those items their roles, each with the row as
    its evidence, and adds no measures (batch 1593: read as three rows under the last item,
    titled （一）…); a marker naming two items names neither."""
    text = (
        "某市2026年铝加工产业工作要点\n一、发展目标\n全市铝材产量达到600万吨。\n二、重点任务\n"
        "（一）推动高端化发展。高端铝材占比提高到40%。\n（二）推进绿色化改造。再生铝产量达到150万吨。\n"
        "附：重点任务分工\n任务\t牵头单位\t配合单位\n（一）\t市工业和信息化局\t市科技局\n"
        "（二）\t市发展和改革委员会\t市生态环境局\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    roles = sorted(
        (e.dst.split("#")[-1], e.type.value, e.props["surface"], e.evidence.sentence)
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS")
    )
    assert roles == [
        ("二.(一)", "LEADS", "市工业和信息化局", "（一）\t市工业和信息化局\t市科技局"),
        ("二.(一)", "SUPPORTS", "市科技局", "（一）\t市工业和信息化局\t市科技局"),
        ("二.(二)", "LEADS", "市发展和改革委员会", "（二）\t市发展和改革委员会\t市生态环境局"),
        ("二.(二)", "SUPPORTS", "市生态环境局", "（二）\t市发展和改革委员会\t市生态环境局"),
    ]
    paths = sorted(
        n.props["path"] for n in ex.records.nodes if n.label.value in ("Measure", "Section")
    )
    assert paths == ["一", "二", "二.(一)", "二.(二)"]
    twice = text.replace("一、发展目标\n", "一、发展目标\n（一）稳定规模。\n")
    ex = extract(RawDocument("x", "x.txt", twice, "txt"))
    assert not any(
        e.dst.endswith(("#一.(一)", "#二.(一)"))
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS")
    )


def test_columns_measuring_each_row_with_their_unit_in_the_header() -> None:
    """总投资（亿元） | 2026年计划投资（亿元）: bare numbers in the cells are figures, named by
    their column (batch 55); a capacity naming a line is none."""
    text = (
        "某区2026年重点项目表\n序号\t项目名称\t建设内容\t总投资（亿元）\t2026年计划投资（亿元）\t责任单位\n"
        "1\t马铃薯精深加工项目\t新建年加工马铃薯30万吨生产线\t12.5\t5\t区工业和信息化局\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    figures = sorted(
        (n.props["metric"], n.props["value"], n.props["unit"], n.props["year"])
        for n in records.nodes
        if n.label.value == "Target"
    )
    assert figures == [("总投资", 12.5, "亿元", 2026), ("计划投资", 5, "亿元", 2026)]


def test_a_rectification_table_s_time_limit_dates_its_row() -> None:
    """整改时限 is a deadline column as 完成时限 is (batch 274: the rows' goals had no year)."""
    text = (
        "某区营商环境问题整改方案\n一、整改任务\n"
        "序号\t存在问题\t整改措施\t整改目标\t责任单位\t整改时限\n"
        "1\t开办时间长\t推行一网通办\t企业开办时间压缩至0.5个工作日以内\t区市场监管局\t2026年6月底前\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    assert set(figures_of(records, "value", "year")) == {("Target", 0.5, 2026)}


def test_a_column_of_the_year_so_far_reports_its_results() -> None:
    """1—6月完成投资（亿元） in a progress bulletin's project table (batch 273: the column was
    read as no measure at all): its numbers are results, named without the period."""
    text = (
        "某市2026年1—6月重大项目建设推进情况通报\n二、重点项目进度表\n"
        "序号\t项目名称\t总投资（亿元）\t1—6月完成投资（亿元）\t责任单位\n"
        "1\t马铃薯精深加工项目\t12.5\t7.2\t区工业和信息化局\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    assert set(figures_of(records, "metric", "value", "year")) == {
        ("Target", "总投资", 12.5, 2026),
        ("Result", "完成投资", 7.2, 2026),
    }


@pytest.mark.parametrize(
    "unit_line",
    [
        "\t\t\t\t\t单位：万元",  # in the table's last column, as a spreadsheet sets it
        "单位：万元",
        "（金额单位：万元）",
    ],
)
def test_money_columns_take_their_unit_from_the_line_above_the_header(unit_line: str) -> None:
    """A project list whose unit stands on a line of its own above the header (单位：万元,
    batch 82): its money columns (总投资, 2026年计划投资) measure each row in it; a 合计 row
    of sums restates the rows and is no measure; the officials answering for the projects
    (包抓领导) have no role."""
    text = (
        "某市2026年重点项目投资计划表\n"
        f"{unit_line}\n"
        "序号\t项目名称\t建设内容及规模\t总投资\t2026年计划投资\t责任单位\t包抓领导\n"
        "合计\t\t\t356000\t98000\n"
        "1\t特钢产品结构调整项目\t新建年产30万吨高端特殊钢生产线\t185000\t45000\t市经济信息化局\t张明（副市长）\n"
        "2\t污水处理厂扩建项目\t新建污水管网25公里\t42000\t18000\t市住房和城乡建设局\t王强（副市长）\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    figures = {
        (n.props["metric"], n.props["value"], n.props["unit"])
        for n in records.nodes
        if n.label.value == "Target"
    }
    assert figures == {
        ("总投资", 185000, "万元"),
        ("计划投资", 45000, "万元"),
        ("总投资", 42000, "万元"),
        ("计划投资", 18000, "万元"),
        ("新建污水管网", 25, "公里"),
    }
    measures = {n.props["path"] for n in records.nodes if n.label.value == "Measure"}
    assert measures == {"1", "2"}
    roles = {
        (e.type.value, e.props["surface"])
        for e in records.edges
        if e.type.value == "RESPONSIBLE_FOR"
    }
    assert roles == {
        ("RESPONSIBLE_FOR", "市经济信息化局"),
        ("RESPONSIBLE_FOR", "市住房和城乡建设局"),
    }


def test_a_project_list_gives_each_row_to_the_body_answering_for_it() -> None:
    """A list of key projects each answered for (包保) by a county leader and a body (batch
    199): the 包保单位 is responsible, the 配合单位 support, the leaders none; its rows are
    numbered under the part the table stands in."""
    text = (
        "某县2026年重点项目包保责任清单\n三、项目清单\n"
        "序号\t项目名称\t2026年计划投资（亿元）\t包保县级领导\t包保单位\t配合单位\n"
        "1\t乳制品加工项目\t4.5\t李晓东\t县工业和信息化局\t县农业农村局\n"
        "2\t老旧小区改造项目\t1.6\t赵丽娟\t县住房和城乡建设局\t习岗镇人民政府、县财政局\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    roles = {
        (e.type.value, e.props["surface"], e.dst.split("#")[1])
        for e in records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    }
    assert roles == {
        ("RESPONSIBLE_FOR", "县工业和信息化局", "三.1"),
        ("SUPPORTS", "县农业农村局", "三.1"),
        ("RESPONSIBLE_FOR", "县住房和城乡建设局", "三.2"),
        ("SUPPORTS", "习岗镇人民政府", "三.2"),
        ("SUPPORTS", "县财政局", "三.2"),
    }


def test_a_project_list_linking_a_body_and_naming_the_owner() -> None:
    """A list of key projects each served by a county body linked to it (挂钩单位, as Fujian's
    counties assign them) and carried out by its owner (项目业主): both are responsible, the
    leader none (batch 673: no label was known, so the table held no measures)."""
    text = (
        "某县2026年重点项目挂钩责任表\n"
        "序号\t项目名称\t年度建设内容\t挂钩县领导\t挂钩单位\t项目业主\n"
        "1\t芦柑精深加工项目\t年内完成投资1.5亿元。\t陈志明\t县农业农村局\t某某食品有限公司\n"
        "2\t桃溪流域综合治理项目\t治理河道12公里。\t黄建华\t县水利局\t县水利局\n"
    )
    # (a body in both columns is named twice, one edge a cell; the graph keeps one role)
    assert set(role_edges(text)) == {
        ("1", "RESPONSIBLE_FOR", "县农业农村局"),
        ("1", "RESPONSIBLE_FOR", "某某食品有限公司"),
        ("2", "RESPONSIBLE_FOR", "县水利局"),
    }


def test_notes_naming_the_towns_answering_and_the_task_force_leading() -> None:
    """The towns answering for a task under their own label (责任乡镇, 责任镇街: batches 675,
    672) are responsible; a task force leading under 牵头专班 (batch 674) leads."""
    text = (
        "某县2026年工作方案\n一、重点任务\n"
        "（一）建设种薯繁育基地。新建基地2万亩。（牵头单位：县农业农村局；责任乡镇：将台堡镇、兴隆镇）\n"
        "（二）招引重大产业项目。招引项目12个。\n牵头专班：招商引资专班\n责任单位：县商务局\n"
        "（三）推进园区改造。完成改造5000亩。（牵头单位：县自然资源局；责任镇街：各镇街）\n"
    )
    assert role_edges(text) == [
        ("一.(一)", "LEADS", "县农业农村局"),
        ("一.(一)", "RESPONSIBLE_FOR", "兴隆镇"),
        ("一.(一)", "RESPONSIBLE_FOR", "将台堡镇"),
        ("一.(三)", "LEADS", "县自然资源局"),
        ("一.(三)", "RESPONSIBLE_FOR", "各镇街"),
        ("一.(二)", "LEADS", "招商引资专班"),
        ("一.(二)", "RESPONSIBLE_FOR", "县商务局"),
    ]


def test_a_task_table_parting_its_bodies_by_level() -> None:
    """A city's task table whose columns part the bodies by level (市级牵头单位 | 市级配合单位 |
    县级责任单位), and label lines so parted, give the roles their words name (found probing:
    the table gave none, the lines none); a division's label closing with a bracket of its own
    (责任科（室）) is a label, not a label with a note."""
    table = (
        "某市2026年工作任务分工表\n"
        "序号\t重点任务\t市级牵头单位\t市级配合单位\t县级责任单位\n"
        "1\t新建高标准农田10万亩\t市农业农村局\t市财政局\t各县（市、区）人民政府\n"
    )
    assert role_edges(table) == [
        ("1", "LEADS", "市农业农村局"),
        ("1", "RESPONSIBLE_FOR", "各县（市、区）人民政府"),
        ("1", "SUPPORTS", "市财政局"),
    ]
    lines = (
        "某市2026年工作要点\n一、重点任务\n（一）新增规上企业50家。\n"
        "市级牵头单位：市工信局\n县级责任单位：相关县（市、区）人民政府\n"
    )
    assert role_edges(lines) == [
        ("一.(一)", "LEADS", "市工信局"),
        ("一.(一)", "RESPONSIBLE_FOR", "相关县（市、区）人民政府"),
    ]
    divisions = (
        "某县农业农村局2026年工作任务分工表\n序号\t重点任务\t牵头单位\t责任科（室）\n"
        "1\t新建高标准农田10万亩\t县农业农村局\t农田建设科\n"
    )
    assert role_edges(divisions) == [
        ("1", "LEADS", "县农业农村局"),
        ("1", "RESPONSIBLE_FOR", "农田建设科"),
    ]


def test_label_lines_of_fields_set_apart_by_marks_or_spaces_alone() -> None:
    """Two labels on one line, each after a mark (◆牵头单位：… ◆配合单位：…), give both roles
    (found probing: the mark before the second stayed in the first's list, and the lead was
    lost); labels and lists set apart by full-width spaces alone, no colon, as a task's card
    pasted from its cells (牵头单位　县商务局　配合单位　县邮政分公司), too (found probing:
    normalising joined them, so no label was read)."""
    text = (
        "某县2026年工作要点\n一、重点任务\n"
        "（一）发展教育。新建学校2所。◆牵头单位：县教育局 ◆配合单位：县财政局\n"
        "（二）发展电商。培育企业20家。\n牵头单位\u3000县商务局\u3000配合单位\u3000县邮政分公司\n"
        "（三）发展电商。培育企业20家。牵头单位\u3000县商务局\u3000配合单位\u3000各乡镇\n"
    )
    assert role_edges(text) == [
        ("一.(一)", "LEADS", "县教育局"),
        ("一.(一)", "SUPPORTS", "县财政局"),
        ("一.(三)", "LEADS", "县商务局"),
        ("一.(三)", "SUPPORTS", "各乡镇"),
        ("一.(二)", "LEADS", "县商务局"),
        ("一.(二)", "SUPPORTS", "县邮政分公司"),
    ]


def test_a_bodys_duty_in_another_cell_of_its_row_gives_no_second_role() -> None:
    """A town's list of the duties it supports (batch 304): the bodies a row's 主责部门 column
    names lead; a duty cell telling what each does (市农业农村局负责…) gives none besides."""
    text = (
        "某镇配合履职事项清单\n序号\t事项名称\t主责部门\t主责部门职责\t乡镇配合职责\n"
        "1\t秸秆禁烧\t市生态环境局、市农业农村局\t"
        "市生态环境局负责秸秆禁烧督查，市农业农村局负责秸秆综合利用指导。\t负责网格化巡查。\n"
    )
    assert role_edges(text) == [("1", "LEADS", "市农业农村局"), ("1", "LEADS", "市生态环境局")]


def test_a_licensing_list_gives_each_item_to_the_authority_granting_it() -> None:
    """A county's list of licensing items (batch 300): 实施机关 is responsible, the towns it
    entrusts too; 主管部门 sorts the items and gives no role of its own."""
    text = (
        "某县行政许可事项清单（2026年版）\n"
        "序号\t主管部门\t事项名称\t实施机关\t设定和实施依据\n"
        "1\t县林业局\t林木采伐许可证核发\t县林业局；各镇人民政府（受委托）\t《中华人民共和国森林法》\n"
    )
    assert role_edges(text) == [
        ("1", "RESPONSIBLE_FOR", "县林业局"),
        ("1", "RESPONSIBLE_FOR", "各镇人民政府"),
    ]


def test_a_list_of_signed_projects_gives_each_row_to_the_body_following_it_up() -> None:
    """A list of projects signed at an investment event (batch 297): its 对接单位 is responsible,
    the investors and the town where a project lands have no role, and the rate asked after the
    table belongs to no row."""
    text = (
        "某区2026年第一季度招商引资集中签约项目清单\n"
        "序号\t项目名称\t投资方\t总投资（亿元）\t对接单位\t所在镇街\n"
        "1\t冷链物流枢纽项目\t北京某某供应链管理有限公司\t12\t区商务局\t口东街道\n"
        "各对接单位要确保签约项目年内开工率达到60%以上。\n"
    )
    assert role_edges(text) == [("1", "RESPONSIBLE_FOR", "区商务局")]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    assert figures_of(records, "path", "value") == [("Target", "1", 12.0)]


@pytest.mark.parametrize(
    "second_row",
    [
        "序号\t工作任务\t牵头\t配合\t完成时间",  # a docx repeats vertically merged cells
        "\t\t牵头\t配合\t",  # other readers leave them empty
    ],
)
def test_a_two_row_header_with_roles_under_a_spanning_cell(second_row: str) -> None:
    """责任分工 spans 牵头 | 配合 below it: the second row names the role columns, the
    first the others."""
    text = (
        "重点任务分工表\n序号\t工作任务\t责任分工\t\t完成时间\n" + second_row + "\n"
        "1\t建设蔬菜种业创新中心1处\t市农业农村局\t市科技局、市财政局\t2024年12月\n"
        "2\t新建智慧大棚5000个\t市农业农村局\t各镇（街道）\t2025年\n"
    )
    assert role_edges(text) == [
        ("1", "LEADS", "市农业农村局"),
        ("1", "SUPPORTS", "市科技局"),
        ("1", "SUPPORTS", "市财政局"),
        ("2", "LEADS", "市农业农村局"),
        ("2", "SUPPORTS", "各镇（街道）"),
    ]
    units = extract(RawDocument("x", "x.txt", text, "txt")).units
    assert [(u.path, u.title, u.cells.get("deadline")) for u in units] == [
        ("1", "建设蔬菜种业创新中心1处", "2024年12月"),
        ("2", "新建智慧大棚5000个", "2025年"),
    ]


@pytest.mark.parametrize("role_header", ["责任类型", "责任分工", "分工"])
def test_a_rows_role_written_in_a_column_of_its_own(role_header: str) -> None:
    """A responsibility list with a row for each body on each task, its role a column of
    its own (责任单位 | 责任类型: 牵头 / 配合 — batch 88): each body takes its row's role; the
    rows under the header are rows, not a second header naming roles."""
    text = (
        "某区2026年招商引资重点任务责任清单\n"
        f"序号\t重点任务\t责任单位\t{role_header}\t完成时限\n"
        "1\t引进新能源汽车产业链项目30个以上\t区经济促进局\t牵头\t2026年12月\n"
        "1\t引进新能源汽车产业链项目30个以上\t区发展和改革局\t配合\t2026年12月\n"
        "2\t举办招商推介活动20场\t区商务局\t牵头\t2026年10月\n"
        "2\t举办招商推介活动20场\t区投资促进中心\t配合\t2026年10月\n"
        "3\t推动签约项目开工率达到80%\t区自然资源局\t负责\t2026年12月\n"
    )
    assert role_edges(text) == [
        ("1", "LEADS", "区经济促进局"),
        ("1", "SUPPORTS", "区发展和改革局"),
        ("2", "LEADS", "区商务局"),
        ("2", "SUPPORTS", "区投资促进中心"),
        ("3", "RESPONSIBLE_FOR", "区自然资源局"),
    ]
    # the task repeated in its bodies' rows (merged down) sets its goal once
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    figures = sorted(
        (n.props["path"], n.props["value"], n.props["unit"])
        for n in records.nodes
        if n.label.value == "Target"
    )
    assert figures == [("1", 30, "个"), ("2", 20, "场"), ("3", 80, "%")]


@pytest.mark.parametrize("duties_header", ["责任分工", "分工"])
def test_a_duties_column_with_no_body_column_holds_the_bodies_by_their_labels(
    duties_header: str,
) -> None:
    """序号 | 工作任务 | 责任分工 with each cell labelling its bodies (牵头：X<br>配合：Y — batch
    1027, a portal's table): the column holds the bodies, not a role for a body column
    beside it — there is none — so the table is a task table and each label gives its role
    (it had been read as no table: one measure, no role)."""
    text = (
        "某县2026年芝麻产业发展工作计划\n"
        f"序号\t工作任务\t{duties_header}\n"
        "1\t芝麻种植面积稳定在80万亩\t牵头：县农业农村局 配合：各乡镇人民政府\n"
        "2\t引进芝麻酱加工企业3家\t牵头：县工业和信息化局 配合：县招商局、县种子站\n"
    )
    assert role_edges(text) == [
        ("1", "LEADS", "县农业农村局"),
        ("1", "SUPPORTS", "各乡镇人民政府"),
        ("2", "LEADS", "县工业和信息化局"),
        ("2", "SUPPORTS", "县招商局"),
        ("2", "SUPPORTS", "县种子站"),
    ]


def test_a_row_holding_one_role_cell_alone_is_the_task_above_s() -> None:
    """A spreadsheet saved as text leaves the rows a merged 序号 and task span empty but for
    the cell of each body (1,建设园区,县工信局（牵头） / ,,县发改局): the body is the task
    above's (found probing, session 61: with one cell filled the line was read as no row,
    and the body was lost); its evidence is its own row."""
    text = (
        "某县2026年重点任务分工表\n序号\t重点任务\t责任单位\t完成时限\n"
        "1\t建设智慧园区，新建5G基站200个\t县工信局（牵头）\t2026年12月\n\t\t县发改局\t\n"
        "2\t发展茶产业，茶园面积达到15万亩\t县农业农村局（牵头）\t2026年底\n\t\t县林业局\n"
    )
    assert role_edges(text) == [
        ("1", "LEADS", "县工信局"),
        ("1", "RESPONSIBLE_FOR", "县发改局"),
        ("2", "LEADS", "县农业农村局"),
        ("2", "RESPONSIBLE_FOR", "县林业局"),
    ]
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    (edge,) = [e for e in records.edges if e.props.get("surface") == "县发改局"]
    assert edge.evidence and text[edge.evidence.start : edge.evidence.end] == "县发改局"
    # … not a line of one cell under a column giving no role, nor a signature set in the
    # role column under the table after a blank line (the corpus's 清河)
    other = text.replace("\t\t县发改局\t\n", "\t\t\t2026年12月底\n")
    assert ("1", "RESPONSIBLE_FOR", "县发改局") not in role_edges(other)
    signed = text + "\n\t\t某县人民政府办公室\n\t\t2026年3月5日\n"
    assert role_edges(signed) == role_edges(text)


def test_a_year_over_the_columns_under_it_dates_each() -> None:
    """A header setting a year over the columns under it (2025年 merged across 目标 | 完成 |
    完成率（%）, batch 89) in a table with bodies responsible: each column is that year's."""
    text = (
        "某市2026年主要经济指标计划表\n"
        "序号\t指标名称\t单位\t2025年\t\t\t2026年目标\t责任单位\n"
        "序号\t指标名称\t单位\t目标\t完成\t完成率（%）\t2026年目标\t责任单位\n"
        "1\t地区生产总值\t亿元\t300\t305.2\t101.7\t325\t市发展和改革局\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    figures = sorted(figures_of(records, "metric", "value", "unit", "year"))
    assert figures == [
        ("Result", "地区生产总值", 305.2, "亿元", 2025),
        ("Result", "地区生产总值完成率", 101.7, "%", 2025),
        ("Target", "地区生产总值", 300, "亿元", 2025),
        ("Target", "地区生产总值", 325, "亿元", 2026),
    ]


def test_a_task_rows_left_empty_under_its_number_continue_it() -> None:
    """A task list pasted from a spreadsheet: the rows of a task's measures after its first
    leave 序号 and 重点任务 empty (not merged); they are more rows of the same measure, as
    merged cells are, not measures of their own."""
    text = (
        "迁安市2025年钢铁产业转型升级重点任务分解表\n"
        "序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n"
        "1\t推动钢铁产业转型升级\t完成改造项目6个。\t市工业和信息化局\t市生态环境局\t2025年10月\n"
        "\t\t精品钢材比重提高到60%以上。\t市工业和信息化局\t市发展和改革局\t2025年12月\n"
        "2\t培育新材料产业\t引进新材料项目8个。\t市发展和改革局\t市投资促进中心\t2025年12月\n"
        "\t\t完成基础设施投资5亿元。\t迁安经济开发区管委会\t\t2025年12月\n"
        "3\t强化要素保障\t统筹安排产业发展资金2亿元。\t市财政局\t市直有关部门\t2025年12月\n"
    )
    # the lead of both of task 1's rows is one edge in the graph (the loader merges them)
    assert sorted(set(role_edges(text))) == sorted(
        [
            ("1", "LEADS", "市工业和信息化局"),
            ("1", "SUPPORTS", "市发展和改革局"),
            ("1", "SUPPORTS", "市生态环境局"),
            ("2", "LEADS", "市发展和改革局"),
            ("2", "LEADS", "迁安经济开发区管委会"),
            ("2", "SUPPORTS", "市投资促进中心"),
            ("3", "LEADS", "市财政局"),
            ("3", "SUPPORTS", "市直有关部门"),
        ]
    )
    units = extract(RawDocument("x", "x.txt", text, "txt")).units
    assert [(u.path, u.title) for u in units] == [
        ("1", "推动钢铁产业转型升级"),
        ("2", "培育新材料产业"),
        ("3", "强化要素保障"),
    ]
    assert [(path, value) for path, _, value, _ in targets_of(text)] == [
        ("1", 6),
        ("1", 60),
        ("2", 5),
        ("2", 8),
        ("3", 2),
    ]


def targets_of(text: str) -> list[tuple[str, str, float, int | None]]:
    """(measure path, metric, value, year) of the targets of a small text document."""
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    return sorted(
        (n.props["path"], n.props["metric"], n.props["value"], n.props["year"])
        for n in ex.records.nodes
        if n.label.value == "Target"
    )


def test_the_bodies_opening_a_sentence_are_no_part_of_its_metric() -> None:
    """市商务局要会同市供销社建设农村电商服务站点300个: the bodies lead and support; what is
    counted is the stations."""
    text = (
        "关于加快农村电商发展的实施意见\n一、重点任务\n"
        "（一）拓宽销售渠道。市商务局要会同市供销社建设农村电商服务站点300个。\n"
    )
    assert targets_of(text) == [("一.(一)", "农村电商服务站点", 300, None)]
    assert role_edges(text) == [
        ("一.(一)", "LEADS", "市商务局"),
        ("一.(一)", "SUPPORTS", "市供销社"),
    ]
    led = "某某工作方案\n一、重点任务\n（一）道路畅通。由市交通运输局牵头，会同市公安局，打通断头路5条。\n"
    assert targets_of(led) == [("一.(一)", "打通断头路", 5, None)]


def test_years_in_chinese_numerals_date_figures() -> None:
    """到二〇二七年 is 到2027年; a signature date in Chinese numerals is still read."""
    text = (
        "关于加快建设现代农业强市的实施意见\n一、总体目标\n"
        "到二〇二七年，全市农业总产值突破300亿元。展望二〇三〇年，高标准农田达到200万亩。\n"
        "平度市人民政府\n二〇二五年四月十日\n"
    )
    assert targets_of(text) == [
        ("一", "农业总产值", 300, 2027),
        ("一", "高标准农田", 200, 2030),
    ]
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta["date"], meta["issuer"]) == ("2025-04-10", "平度市人民政府")


def test_bodies_opening_a_sentence_have_that_sentence_as_evidence() -> None:
    """A note standing alone takes the sentence before it (the work it assigns); bodies that
    open the sentence of their work have that sentence alone."""
    second = "市水利局要会同市农业农村局实施灌区改造。"
    text = f"某某实施意见\n一、重点任务\n（一）提升粮食产能。新建高标准农田10万亩。{second}\n"
    raw = RawDocument("x", "x.txt", text, "txt")
    sentences = {
        e.props["surface"]: e.evidence.sentence
        for e in extract(raw).records.edges
        if e.type.value in ("LEADS", "SUPPORTS") and e.evidence is not None
    }
    assert sentences == {"市水利局": second, "市农业农村局": second}


def test_a_five_year_plan_outline_dated_by_its_approval_line() -> None:
    """第十五个五年规划 names the plan of 2026—2030; the congress's approval line under the
    title dates the outline."""
    text = (
        "曲阜市国民经济和社会发展第十五个五年规划纲要\n"
        "（2026年2月10日曲阜市第十九届人民代表大会第六次会议批准）\n"
        "曲阜市人民政府\n第一章 发展目标\n到2030年，地区生产总值突破550亿元。\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta["date"], meta["issuer"], meta["horizon_start"], meta["horizon_end"]) == (
        "2026-02-10",
        "曲阜市人民政府",
        2026,
        2030,
    )


def test_conditions_of_an_application_are_thresholds_not_goals() -> None:
    """An application guide's 申报条件 (the corpus's 西陵 guide) states what an applicant must
    meet; a plan's goals beside such a part stay goals."""
    raw = RawDocument(
        "x",
        "x.txt",
        "某区2026年专精特新中小企业培育工作方案\n一、工作目标\n新增专精特新中小企业30家。\n"
        "二、申报条件\n（一）上年度营业收入在1000万元以上，近两年营业收入平均增长率不低于5%。\n"
        "（二）企业从业人员不少于20人。\n",
        "txt",
    )
    figures = [
        (n.props["metric"], n.props["value"])
        for n in extract(raw).records.nodes
        if n.label.value == "Target"
    ]
    assert figures == [("新增专精特新中小企业", 30)]


def test_a_meetings_particulars_hold_no_goals() -> None:
    """A meeting notice (batch 294): a cap on its attendees and its time and place are no
    goals; a goal set in its demands stays one."""
    raw = RawDocument(
        "x",
        "x.txt",
        "关于召开全县枸杞产业推进会的通知\n一、会议时间\n2026年3月12日上午9:00。\n"
        "二、参会人员\n（一）龙头企业负责人代表（不超过20人）。\n三、会议要求\n"
        "（一）请各乡镇确保全年新增枸杞种植面积1万亩。\n",
        "txt",
    )
    assert figures_of(extract(raw).records, "metric", "value") == [
        ("Target", "新增枸杞种植面积", 1)
    ]


def test_an_unlisted_industry_named_again_keeps_the_listed_rules() -> None:
    """Once 白酒 and 非织造布 are industries of the document (the taxonomy lacks them), a
    centre built for one names its kind too (检验检测), and tourism on its culture is
    tourism (batch 95), as for a listed industry."""
    addressed = _addressed(
        "某市2026年白酒和非织造布产业发展工作要点\n一、做强白酒产业\n"
        "（一）推进酒旅融合。打造白酒文化旅游精品线路3条。\n"
        "（二）建设非织造布产业检验检测中心。新增检测能力80项。\n"
    )
    assert ("一.(一)", "白酒") not in addressed
    assert ("一.(一)", "cultural-tourism") in addressed
    assert {("一.(二)", "非织造布"), ("一.(二)", "testing-and-certification")} <= addressed


def test_a_jurisdictions_places_by_their_short_names() -> None:
    from ingest.extract import place_names

    assert place_names("赣州市南康区") == ("赣州", "南康")
    # an autonomous place by its name with its peoples and without them (batch 1290: 琼中)
    assert place_names("黔东南苗族侗族自治州") == ("黔东南苗族侗族", "黔东南")
    assert place_names("琼中黎族苗族自治县") == ("琼中黎族苗族", "琼中")
    # (a level right before another is the name's: 景德镇 is a city — batch 1293)
    assert place_names("景德镇市珠山区") == ("景德镇", "珠山")
    # one character is no name to look for: a county of one is named with its level (batch 667)
    assert place_names("某县") == ("某县",)
    assert place_names("邢台市威县") == ("邢台", "威县")
    assert place_names(None) == ()


def test_a_town_named_as_a_body_may_open_a_facilitys_name() -> None:
    """A town the document names as a body (神垕镇人民政府) opens the name of a facility built
    for an industry as the jurisdiction's places do (建设神垕钧瓷文化小镇, batch 1065: it named
    nothing) — not a class of towns (各乡镇人民政府)."""
    from ingest.extract import town_names

    assert town_names("神垕镇人民政府、各乡镇人民政府、石佛寺镇政府，神垕镇人民政府") == (
        "神垕",
        "石佛寺",
    )
    addressed = _addressed(
        "禹州市2026年钧瓷产业工作要点\n一、建设神垕钧瓷文化小镇。（神垕镇人民政府负责）\n"
    )
    assert ("一", "ceramics") in addressed
    # … and a street named as a body by its office (斗南街道办事处 — session 75: its market,
    # 斗南花卉市场, is a place the measure mentions)
    assert town_names("斗南街道办事处牵头，各街道办事处配合") == ("斗南",)
    ex = extract(
        RawDocument(
            "x",
            "x.txt",
            "呈贡区花卉工作计划\n一、做强斗南花卉市场。新增冷链仓储面积2万平方米。（斗南街道办事处牵头）\n",
            "txt",
        )
    )
    assert [e.props["surface"] for e in ex.records.edges if e.type.value == "MENTIONS"] == [
        "斗南花卉市场"
    ]


def test_evidence_in_a_sentence_of_thousands_of_characters_is_its_clauses() -> None:
    """A sentence of thousands of characters (a table's rows run together, a text that lost
    its stops) gives each figure the whole clauses within 200 characters on either side as
    its evidence, not the sentence: before, each of its figures copied the whole sentence.
    The deadline opening the sentence still dates them all."""
    items = "，".join(f"建设项目{i}个" for i in range(1, 600))
    text = f"某市2026年工作要点\n一、任务\n（一）推进工作。到2027年，{items}。（市发改委负责）\n"
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    targets = [n for n in ex.records.nodes if n.label.value == "Target"]
    assert len(targets) == 599
    assert {t.props["year"] for t in targets} == {2027}
    for t in targets:
        sentence = t.props["sentence"]
        assert len(sentence) <= 400 + len(t.props["text"])  # 200 either side of the figure
        assert t.props["text"] in sentence
        assert text[t.props["start"] : t.props["end"]] == sentence  # offsets still the sentence's
        assert not sentence.startswith("，") and not sentence.endswith("，")
    # a sentence of ordinary length is whole
    short_text = (
        "某市2026年工作要点\n一、任务\n（一）推进工作。到2027年，建设项目5个，新增企业3家。\n"
    )
    short = extract(RawDocument("y", "y.txt", short_text, "txt"))
    (first, _) = [n for n in short.records.nodes if n.label.value == "Target"]
    assert first.props["sentence"] == "到2027年，建设项目5个，新增企业3家。"


def test_the_note_holding_a_role_is_the_first_that_holds_it() -> None:
    """``_Holding`` answers as a scan of the notes in order would: the first note holding the
    span, an outer one before a note nested in it, none when none holds it."""
    from ingest.extract import _Holding

    notes = [(0, 50, False), (10, 20, True), (60, 70, False), (65, 68, True), (80, 90, False)]
    holding = _Holding(notes)
    for s in range(0, 95):
        for e in range(s, min(s + 30, 96)):
            expected = next(((a, z, o) for a, z, o in notes if a <= s and e <= z), None)
            assert holding.first(s, e) == expected


@pytest.mark.parametrize(
    "column",
    [
        "一季度推进情况",
        "1-6月完成情况",
        "截至6月底进展情况",
        "2026年上半年工作进展",
        "推进情况（截至3月底）",
        # a supervision list's (batch 178)
        "落实情况",
        "办理情况",
    ],
)
def test_a_progress_column_named_for_its_period_reports_results(column: str) -> None:
    """A ledger's progress column named for the period it covers (一季度推进情况) reports
    results, as 进展情况 does; before, its figures were read as more of the year's goals."""
    text = (
        f"某县2026年重点工作任务推进台账\n序号\t重点任务\t目标要求\t牵头单位\t{column}\n"
        "1\t扩大有效投资\t完成固定资产投资100亿元\t县发改局\t已完成固定资产投资28亿元\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    figures = sorted(figures_of(records, "metric", "value"))
    assert figures == [("Result", "固定资产投资", 28), ("Target", "固定资产投资", 100)]


def test_a_letter_of_responsibility_s_second_party_answers_for_its_work() -> None:
    """A letter of target responsibility (目标责任书) names the body signing for its goals and
    work once, as its second party (县工业和信息化局（以下简称乙方）): that body is responsible
    for each goal and measure, beside those its own text names (县财政局配合), with the
    preamble as evidence — not for the assessment or the closing clauses (batch 172)."""
    text = (
        "宁陵县2026年度工业经济发展目标责任书\n\n"
        "　　为全面完成目标任务，县人民政府（以下简称甲方）与县工业和信息化局（以下简称乙方）签订本目标责任书。\n"
        "　　一、目标任务\n　　（一）规模以上工业增加值增长8%以上。\n　　（二）新增规模以上工业企业15家。\n"
        "　　二、工作措施\n　　（一）强化企业培育。建立培育库，县财政局配合做好政策兑现。\n"
        "　　三、考核办法\n　　（一）目标任务完成情况纳入乙方年度综合考核。\n"
        "　　四、其他\n　　本责任书自签订之日起生效。\n"
        "甲方：宁陵县人民政府　　　　乙方：宁陵县工业和信息化局\n2026年2月20日\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    roles = sorted(
        (e.dst.split("#")[1], e.props["role"], e.props["surface"])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    )
    assert roles == [
        ("一.(一)", "responsible", "县工业和信息化局"),
        ("一.(二)", "responsible", "县工业和信息化局"),
        ("二.(一)", "responsible", "县工业和信息化局"),
        ("二.(一)", "support", "县财政局"),
    ]
    signed = next(e for e in ex.records.edges if e.props.get("surface") == "县工业和信息化局")
    assert "以下简称乙方" in signed.evidence.sentence
    assert text[signed.props["at_start"] : signed.props["at_end"]] == "县工业和信息化局"
    # a contract's second party (an investment agreement's firm) is no body signing for work
    contract = text.replace("目标责任书", "投资协议")
    assert not any(
        e.props.get("surface") == "县工业和信息化局"
        for e in extract(RawDocument("x", "x.txt", contract, "txt")).records.edges
    )


def test_a_party_committee_s_proposals_for_a_five_year_plan() -> None:
    """A party committee's proposals (中共…委关于制定…五年规划的建议) open by reviewing the
    five years past under a heading of achievements (“十四五”时期发展取得重大成就, 取得的重大
    成就): their figures are results of the year before the plan's (they were goals), a
    baseline its own year's; the committee named before 关于 in the title issues it
    (batch 174)."""
    text = (
        "中共桐乡市委关于制定桐乡市国民经济和社会发展第十五个五年规划的建议\n"
        "（2025年12月20日中国共产党桐乡市第十五届委员会第九次全体会议通过）\n"
        "　　“十五五”时期是关键时期。中共桐乡市委提出如下建议。\n"
        "　　一、“十四五”时期取得的重大成就和“十五五”时期面临的形势\n"
        "　　1.“十四五”时期发展取得重大成就。五年来，全市地区生产总值由2020年的1100亿元增加到"
        "2025年的1500亿元左右，年均增长6.5%；规模以上工业企业达到1800家。\n"
        "　　二、主要目标\n　　2.主要目标。到2030年，地区生产总值突破2000亿元。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert (ex.meta["issuer"], ex.meta["date"]) == ("中共桐乡市委", "2025-12-20")
    figures = sorted(figures_of(ex.records, "value", "year"))
    assert figures == [
        ("Result", 6.5, 2025),
        ("Result", 1100, 2020),
        ("Result", 1500, 2025),
        ("Result", 1800, 2025),
        ("Target", 2000, 2030),
    ]


@pytest.mark.parametrize(
    "official", ["牵头领导：张三（副县长）", "联系人：张三（科长）", "责任领导：李四（局长）"]
)
@pytest.mark.parametrize("before", [True, False])
def test_an_official_s_field_among_a_measure_s_label_lines(official: str, before: bool) -> None:
    """A field naming an official, ending in a bracket, among a measure's label lines: in a
    text short enough that its lines all look wrapped, it was joined to the label line after
    it (…（副县长）责任单位：…) and that line's bodies — or the lead's above — were lost (found
    probing)."""
    lines = [official, "牵头单位：县农业农村局"] if before else ["牵头单位：县农业农村局", official]
    text = (
        "某县2026年工作方案\n一、重点任务\n（一）发展花卉。新增花卉企业5家。\n"
        + "\n".join(lines)
        + "\n责任单位：县商务局\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    roles = sorted(
        (e.type.value, e.props["surface"])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    )
    assert roles == [("LEADS", "县农业农村局"), ("RESPONSIBLE_FOR", "县商务局")]


def test_a_note_on_its_own_line_after_an_item_s_sub_items_is_the_item_s() -> None:
    """2.发展黑木耳。 / （1）… / （2）… / （责任单位：…）: the note answers for item 2, which its
    sub-items then take (batch 228: it was the last sub-item's alone); a part's last measure
    keeps a note after it (三、保障措施 / （二）… / 责任主体：…, the corpus's 青浦)."""
    text = (
        "某市2026年实施方案\n一、重点任务\n（一）做强种植\n1.发展林下参。新增种植面积2万亩。"
        "（牵头单位：市农业农村局）\n2.发展黑木耳。\n（1）建设基地10个。\n（2）产量达到3万吨。\n"
        "（责任单位：市商务局）\n二、保障措施\n（一）加强领导。成立领导小组。\n"
        "（二）加大支持。市财政安排资金2亿元。\n责任主体：市财政局。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    roles = sorted(
        (e.dst.split("#")[1], e.props["surface"], "inherited_from" in e.props)
        for e in ex.records.edges
        if e.type.value == "RESPONSIBLE_FOR"
    )
    assert roles == [
        ("一.(一).2", "市商务局", False),
        ("一.(一).2.(1)", "市商务局", True),
        ("一.(一).2.(2)", "市商务局", True),
        ("二.(二)", "市财政局", False),
    ]


def test_a_note_line_closing_a_part_of_goals_and_measures_is_the_part_s() -> None:
    """一、起重装备产业 / （一）目标。… / （二）措施。… / 责任单位：X（牵头）、Y — the part's items are
    its fields, so the note on its own line after them answers for the part and both (batch
    1087: it was the measures' alone); a part whose items are tasks keeps it the last's."""
    text = (
        "某市2026年重点产业发展工作方案\n一、起重装备产业\n（一）目标。主营业务收入达到600亿元。\n"
        "（二）措施。建设检验检测中心1个。\n责任单位：市工信局（牵头）、市市场监管局\n"
        "二、保障措施\n（一）加强领导。成立领导小组。\n（二）加大支持。市财政安排资金2亿元。\n"
        "责任主体：市财政局。\n"
    )
    assert role_edges(text) == [
        ("一", "LEADS", "市工信局"),
        ("一", "RESPONSIBLE_FOR", "市市场监管局"),
        ("一.(一)", "LEADS", "市工信局"),
        ("一.(一)", "RESPONSIBLE_FOR", "市市场监管局"),
        ("一.(二)", "LEADS", "市工信局"),
        ("一.(二)", "RESPONSIBLE_FOR", "市市场监管局"),
        ("二.(二)", "RESPONSIBLE_FOR", "市财政局"),
    ]


def test_a_note_line_after_a_deeper_item_s_own_notes_is_the_last_item_s() -> None:
    """1. / （1） / ①…。 / 责任单位：A / （2）…。 / 责任单位：B — B answers for （2） alone: a
    sub-item above carries a note of its own, however deep (长春's notes set on their own
    lines gave B to item 1 as well)."""
    text = (
        "某市汽车产业工作方案\n一、重点任务\n1.推进整车项目建设\n（1）加快整车基地建设\n"
        "①建成新能源整车产能20万辆。\n责任单位：市工业和信息化局\n"
        "（2）提升整车出口规模。汽车出口量达到25万辆。\n责任单位：市商务局、长春海关\n"
        "2.完善零部件配套体系。本地配套率提高到55%。\n"
    )
    assert role_edges(text) == [
        ("一.1.(1).①", "RESPONSIBLE_FOR", "市工业和信息化局"),
        ("一.1.(2)", "RESPONSIBLE_FOR", "市商务局"),
        ("一.1.(2)", "RESPONSIBLE_FOR", "长春海关"),
    ]


def test_the_first_listed_leads_said_after_a_labelled_list_holds_for_that_list() -> None:
    """责任单位：A、B，列第一位的为牵头单位 on a line of its own is that note's convention, as in
    brackets — not the whole document's (安吉's notes set on their own lines made every
    later lone 责任单位 lead)."""
    text = (
        "某县竹产业行动方案\n一、重点任务\n"
        "（一）推动以竹代塑。新增竹制替塑产品50种。\n"
        "责任单位：县经信局、县科技局，列第一位的为牵头单位\n"
        "（二）壮大人才队伍。每年培训竹农2000人次。\n责任单位：县人力社保局\n"
    )
    assert role_edges(text) == [
        ("一.(一)", "LEADS", "县经信局"),
        ("一.(一)", "RESPONSIBLE_FOR", "县科技局"),
        ("一.(二)", "RESPONSIBLE_FOR", "县人力社保局"),
    ]


def test_a_role_cell_saying_same_as_above_names_the_row_above_s_bodies() -> None:
    """同上 in a role cell names the bodies of the same column in the row above (batch 236:
    those roles were lost); its edges' evidence is the 同上 written in the row."""
    text = (
        "某县重点任务分解表\n"
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t扩大竹荪种植规模\t县农业农村局\t县林业局、各乡镇\t2026年12月\n"
        "2\t推进竹荪精深加工\t同上\t县工业和信息化局\t同上\n"
        "3\t规范交易市场\t县市场监督管理局\t县供销合作社\t2026年11月\n"
        "4\t培育电商品牌\t县商务局\t同上。\t2026年12月\n"
    )
    assert role_edges(text) == [
        ("1", "LEADS", "县农业农村局"),
        ("1", "SUPPORTS", "县林业局"),
        ("1", "SUPPORTS", "各乡镇"),
        ("2", "LEADS", "县农业农村局"),
        ("2", "SUPPORTS", "县工业和信息化局"),
        ("3", "LEADS", "县市场监督管理局"),
        ("3", "SUPPORTS", "县供销合作社"),
        ("4", "LEADS", "县商务局"),
        ("4", "SUPPORTS", "县供销合作社"),
    ]
    edges = extract(RawDocument("x", "x.txt", text, "txt")).records.edges
    lead_2 = next(e for e in edges if e.type.value == "LEADS" and e.dst.endswith("#2"))
    assert text[lead_2.props["at_start"] : lead_2.props["at_end"]] == "同上"


def test_a_table_sharing_out_goals_among_bodies_titles_each_row_by_its_body() -> None:
    """序号 | 责任单位 | 引进亿元以上项目（个） | …: a row for each body, responsible for its
    goals, titled by the body — not by its first figure (found probing: titled 3)."""
    text = (
        "某县2026年招商引资目标任务分解表\n"
        "序号\t责任单位\t引进亿元以上项目（个）\t到位资金（亿元）\n"
        "1\t县发展和改革局\t3\t5\n"
        "2\t县工业和信息化局\t5\t8\n"
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    titles = {
        n.props["path"]: n.props["title"] for n in records.nodes if n.label.value == "Measure"
    }
    assert titles == {"1": "县发展和改革局", "2": "县工业和信息化局"}
    assert role_edges(text) == [
        ("1", "RESPONSIBLE_FOR", "县发展和改革局"),
        ("2", "RESPONSIBLE_FOR", "县工业和信息化局"),
    ]


def test_a_draft_note_on_its_own_line_under_the_title_joins_it() -> None:
    """（征求意见稿） on a line of its own under the title is the title's, as on its line (the
    corpus's 连江), not a title of its own (found probing: the title was the note)."""
    text = "某县2026年工作要点\n（征求意见稿）\n\n一、任务\n1.推进项目建设。\n\n某县人民政府\n2026年3月5日\n"
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert meta["title"] == "某县2026年工作要点（征求意见稿）"


def test_a_signature_marked_for_its_seal_names_the_issuer() -> None:
    """某县人民政府（盖章） signs as 某县人民政府: the seal's mark is no part of the name (found
    probing: no issuer)."""
    text = (
        "某县2026年工作要点\n\n一、任务\n1.推进项目建设。\n\n某县人民政府（盖章）\n2026年3月5日\n"
    )
    meta = extract(RawDocument("x", "x.txt", text, "txt")).meta
    assert (meta["issuer"], meta["date"]) == ("某县人民政府", "2026-03-05")


def test_two_cells_saying_same_as_above_in_one_row_each_have_their_own_evidence() -> None:
    """A row whose lead and support cells both say 同上: each body's evidence is its own
    column's 同上, and a 同上 in the first row names nothing."""
    text = (
        "某县重点任务分解表\n"
        "序号\t重点任务\t牵头单位\t配合单位\n"
        "1\t任务一\t同上\t县财政局\n"
        "2\t任务二\t县发改局\t县自然资源局\n"
        "3\t任务三\t同上\t同上\n"
    )
    edges = [
        e
        for e in extract(RawDocument("x", "x.txt", text, "txt")).records.edges
        if e.type.value in ("LEADS", "SUPPORTS") and e.dst.endswith(("#1", "#3"))
    ]
    spans = sorted((e.dst[-1], e.type.value, e.props["at_start"]) for e in edges)
    row_3 = text.index("3\t任务三")
    lead_at, support_at = text.index("同上", row_3), text.rindex("同上")
    assert spans == [
        ("1", "SUPPORTS", text.index("县财政局")),
        ("3", "LEADS", lead_at),
        ("3", "SUPPORTS", support_at),
    ]


def test_a_row_under_merged_cells_after_the_header_repeated_over_a_page() -> None:
    """A task table whose header repeats at a page's head (as Word prints a header row marked
    so) and whose task's cells merged down leave the row under the repeated header empty in
    序号 (session 40, the corpus's 迁安 printed so): that row is one more row of the task above,
    not a task of its own taking the next task's number."""
    text = (
        "某市2025年重点任务分解表\n"
        "序号\t重点任务\t具体措施\t牵头单位\t配合单位\n"
        "4\t推进文旅融合发展\t打造工业旅游示范点3个。\t市文化广电和旅游局\t各乡镇（街道）\n"
        "\n\n"
        "序号\t重点任务\t具体措施\t牵头单位\t配合单位\n"
        "\t\t举办节会活动10场次。\t市文化广电和旅游局\t市财政局\n"
        "5\t强化要素保障\t安排产业发展资金2亿元。\t市财政局\t市直有关部门\n"
    )
    assert set(role_edges(text)) == set(
        [
            ("4", "LEADS", "市文化广电和旅游局"),
            ("4", "SUPPORTS", "各乡镇（街道）"),
            ("4", "SUPPORTS", "市财政局"),
            ("5", "LEADS", "市财政局"),
            ("5", "SUPPORTS", "市直有关部门"),
        ]
    )


def test_bodies_named_once_for_the_tasks_below_take_their_role_on_each_task_with_a_note() -> None:
    """以下均需各市州人民政府落实，不再列出 in the first task's note: that task and each later
    one given roles take the collective as responsible, with the statement's sentence as
    evidence — not a task before it, nor a paragraph no note gives out."""
    text = (
        "某省行动方案\n三、重点任务\n"
        "（一）做强龙头。培育企业。（省国资委负责）\n"
        "（二）补齐短板。实施攻关。（省工信厅牵头，省科技厅配合。以下均需各市州人民政府落实，"
        "不再列出）\n"
        "（三）拓展市场。开拓海外。（省商务厅负责）\n"
        "（四）强化金融。设立基金。（省委金融办、省财政厅牵头）\n"
        "四、保障措施\n（一）加强组织领导。建立专班。\n"
    )
    assert role_edges(text) == sorted(
        [
            ("三.(一)", "RESPONSIBLE_FOR", "省国资委"),
            ("三.(二)", "LEADS", "省工信厅"),
            ("三.(二)", "RESPONSIBLE_FOR", "各市州人民政府"),
            ("三.(二)", "SUPPORTS", "省科技厅"),
            ("三.(三)", "RESPONSIBLE_FOR", "各市州人民政府"),
            ("三.(三)", "RESPONSIBLE_FOR", "省商务厅"),
            ("三.(四)", "LEADS", "省委金融办"),
            ("三.(四)", "LEADS", "省财政厅"),
            ("三.(四)", "RESPONSIBLE_FOR", "各市州人民政府"),
        ]
    )
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    given = [
        e for e in records.edges if e.dst == "x#三.(四)" and e.props["surface"] == "各市州人民政府"
    ]
    assert [e.props.get("listed_once_at") for e in given] == ["三.(二)"]
    (edge,) = given
    assert edge.evidence is not None and edge.evidence.path == "三.(二)"
    assert edge.evidence.sentence == "以下均需各市州人民政府落实，不再列出"
    assert text[edge.props["at_start"] : edge.props["at_end"]] == "各市州人民政府"


def test_bodies_named_once_for_every_task_take_their_role_on_the_tasks_before_the_statement_too() -> (
    None
):
    """注：…为各项任务的责任单位，不再一一列出 under the tasks: every task given roles."""
    text = (
        "某县工作要点\n一、重点任务\n"
        "（一）发展产业。（县工信局牵头）\n"
        "（二）扩大消费。（县商务局负责）\n"
        "二、工作要求\n注：各乡镇（街道）为各项任务的责任单位，不再一一列出。\n"
    )
    assert role_edges(text) == [
        ("一.(一)", "LEADS", "县工信局"),
        ("一.(一)", "RESPONSIBLE_FOR", "各乡镇（街道）"),
        ("一.(二)", "RESPONSIBLE_FOR", "县商务局"),
        ("一.(二)", "RESPONSIBLE_FOR", "各乡镇（街道）"),
    ]


def test_a_task_table_rows_bodies_have_the_row_as_evidence() -> None:
    """A role cell's evidence is its row — the task beside its bodies — not the sentence the
    cell closes (the task's full stop before it, the other cells after)."""
    row = "1\t实施工业投资攻坚行动，新开工工业项目120个。\t市发展改革委\t市财政局、市统计局\t2026年12月底"
    text = f"某市工作要点\n二、重点任务\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n{row}\n"
    records = extract(RawDocument("x", "x.txt", text, "txt")).records
    roles = [e for e in records.edges if e.type.value in ("LEADS", "SUPPORTS")]
    assert sorted(e.props["surface"] for e in roles) == ["市发展改革委", "市统计局", "市财政局"]
    for e in roles:
        assert e.evidence is not None and e.evidence.sentence == row
        assert text[e.evidence.start : e.evidence.end] == row


def test_a_well_known_organisation_is_one_node_its_written_names_on_the_edges() -> None:
    """中石化 and 中国石化 are one Organization node, named by the lexicon, with its English
    name; each MENTIONS edge keeps the name as written."""
    ex = extract(
        RawDocument(
            "x",
            "x.txt",
            "某市化工产业工作方案\n一、重点任务\n（一）深化合作。推动中石化在我市布局项目。\n"
            "（二）延伸链条。与中国石化共建研发平台。\n",
            "txt",
        )
    )
    nodes = [n for n in ex.records.nodes if n.label.value == "Organization"]
    assert [(n.id, n.props.get("name_en")) for n in nodes] == [("中国石化", "Sinopec")]
    assert "中石化" in nodes[0].props["aliases"]  # (what /search looks in)
    surfaces = sorted(
        e.props["surface"]
        for e in ex.records.edges
        if e.type.value == "MENTIONS" and e.dst == "中国石化"
    )
    assert surfaces == ["中国石化", "中石化"]


def test_the_bodies_of_a_note_or_a_role_cell_are_no_mentions() -> None:
    """A town or zone named as a body in a measure's note (雅阳镇人民政府负责, 柳东新区管委会配合)
    or in a task table's role cell is a department given a role, not a place the measure
    mentions (session 75: a mentions gold of 45 of the corpus's documents found 20 of 28 false
    hits so); a place the measure's own words name still is."""
    text = (
        "某县文旅工作要点\n一、重点任务\n"
        "（一）发展温泉康养。推进氡泉旅游度假区提升，支持胜芳镇建设温泉小镇。"
        "（县文化和旅游局、雅阳镇人民政府负责，柳东新区管委会配合）\n"
        "（二）完善设施。新建游客中心2个。\n牵头单位：县住建局；配合单位：木鱼镇、拉萨经济技术开发区管委会\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert mentioned(ex) == [("一.(一)", "Place", "氡泉旅游度假区"), ("一.(一)", "Place", "胜芳镇")]


def test_the_quoted_principle_a_notes_bodies_follow_is_a_programme() -> None:
    """A note's bodies following a quoted principle (市直各部门按照“谁主管、谁负责”的原则抓好
    落实): the principle is a programme the measure names, not part of the bodies (the fortieth
    draw of the mentions gold); the bodies still answer for the measure."""
    text = (
        "某市重点项目建设攻坚行动方案\n一、目标任务 全年安排重点项目120个。\n"
        "二、保障措施 建立市领导联系重点项目制度，各乡镇（街道）、市直各部门按照“谁主管、谁负责”"
        "的原则抓好落实。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert mentioned(ex) == [("二", "Program", "谁主管、谁负责")]
    assert role_edges(text) == [
        ("二", "RESPONSIBLE_FOR", "各乡镇（街道）"),
        ("二", "RESPONSIBLE_FOR", "市直各部门"),
    ]


def test_a_project_lists_rows_name_their_projects_and_firms() -> None:
    """A project list's 项目名称 and 签约企业 cells are a project and a firm mentioned, whole —
    not the park or place inside the project's name — and the project's name still names
    what it is for (batch 1251); the 责任单位 column's body is no mention."""
    text = (
        "某区招商引资签约项目清单\n"
        "序号\t项目名称\t签约企业\t总投资（亿元）\t责任单位\n"
        "1\t孝南锂电池精密结构件产业园项目\t湖北祥盛新能源科技有限公司\t25\t孝南经济开发区管委会\n"
        "2\t孝感临空冷链物流中心项目\t湖北楚冷供应链管理有限公司\t12\t区商务局\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert mentioned(ex) == [
        ("1", "Organization", "湖北祥盛新能源科技有限公司"),
        ("1", "Project", "孝南锂电池精密结构件产业园项目"),
        ("2", "Organization", "湖北楚冷供应链管理有限公司"),
        ("2", "Project", "孝感临空冷链物流中心项目"),
    ]
    assert _addressed(text) >= {("1", "new-energy"), ("2", "cold-chain-logistics")}


def test_a_trip_schedules_firms_to_meet_are_each_named() -> None:
    """A schedule's column of the firms a trip is to meet (对接重点企业, 目标企业) names each
    firm its cell lists (the sixteenth draw of the mentions gold: 新郑's 比亚迪电子、立讯精密 gave
    the known 比亚迪 alone), a firm the lexicon knows under its own node."""
    text = (
        "某市2026年第二季度外出招商活动计划表\n"
        "序号\t时间\t目的地\t对接重点企业\t责任单位\n"
        "1\t4月中旬\t深圳\t比亚迪电子、立讯精密\t市商务局\n"
        "2\t5月上旬\t宁德\t宁德时代新能源科技股份有限公司\t市发展改革委\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert mentioned(ex) == [
        ("1", "Organization", "比亚迪电子"),
        ("1", "Organization", "立讯精密"),
        ("2", "Organization", "宁德时代新能源科技股份有限公司"),
    ]
    (catl,) = [n for n in ex.records.nodes if n.props.get("name_en") == "CATL"]
    assert catl.props["name"] == "宁德时代"
    # … and a chain's map of the firms at home and the firms to attract (the twentieth draw)
    text = (
        "某市产业链招商图谱\n"
        "序号\t产业链环节\t本地现有企业\t招商目标企业\t责任单位\n"
        "1\t电机电控\t吉林某某电机有限公司\t汇川技术、英搏尔\t市商务局\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert mentioned(ex) == [
        ("1", "Organization", "吉林某某电机有限公司"),
        ("1", "Organization", "汇川技术"),
        ("1", "Organization", "英搏尔"),
    ]


def test_a_livelihood_lists_rows_name_their_projects() -> None:
    """A list of the year's livelihood projects names them in a column of its own (实事项目,
    民生实事): each row's is a project, whatever its words, as a project list's 项目名称 is (the
    fifteenth draw of the mentions gold: 乐都's 附件2 gave none)."""
    for column in ("实事项目", "民生实事", "实事名称"):
        text = (
            "某区2026年民生实事任务分解表\n"
            f"序号\t{column}\t目标任务\t责任单位\t完成时限\n"
            "1\t新建改扩建幼儿园\t新建改扩建幼儿园4所\t区教育局\t2026年9月\n"
            "2\t老旧小区改造\t改造老旧小区15个\t区住房和城乡建设局\t2026年11月\n"
        )
        ex = extract(RawDocument("x", "x.txt", text, "txt"))
        assert mentioned(ex) == [
            ("1", "Project", "新建改扩建幼儿园"),
            ("2", "Project", "老旧小区改造"),
        ], column


def test_an_unlisted_industrys_goods_bought_name_none() -> None:
    """扩大游艇消费 (batch 301): yachts bought, as 大宗消费 is for listed goods; the same
    document's marinas still address the industry it names."""
    text = "某市支持游艇产业发展若干措施\n一、扩大游艇消费\n丰富消费场景。\n二、建设游艇码头\n新增泊位500个。\n"
    assert _addressed(text) == {("二", "游艇")}


def test_a_bulletins_table_of_years_reports_both() -> None:
    """An environment bulletin of 2025 (batch 333) tables its indicators by year (指标 | 2025年 |
    2024年): both columns are results of their years — a report's own year is no plan's;
    noise is measured in 分贝."""
    text = (
        "安福县2025年生态环境状况公报\n\n一、大气环境\n"
        "指标\t2025年\t2024年\n优良天数比例（%）\t93.4\t91.6\n"
        "二、声环境\n县城区域声环境质量昼间平均等效声级为53.6分贝。\n"
        "安福县生态环境局\n2026年6月5日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "unit", "year")) == {
        ("Result", 93.4, "%", 2025),
        ("Result", 91.6, "%", 2024),
        ("Result", 53.6, "分贝", 2025),
    }


def test_an_accident_report_tells_of_the_event_and_proposes_the_work() -> None:
    """An accident's investigation report (batch 334): the toll, the project and how it
    happened are no figures of anyone's work; what it proposes is — the bodies it proposes
    should act (建议由X依法…, 移交X处理) are responsible, its prevention's goals are goals; the
    investigation team signing issues it."""
    text = (
        "某市“3·16”高处坠落较大事故调查报告\n\n"
        "2026年3月16日，某项目施工现场发生一起高处坠落事故，造成3人死亡。\n"
        "一、基本情况\n该项目总建筑面积3.2万平方米，计划工期18个月。\n"
        "二、对事故有关责任单位和人员的处理建议\n（一）建议由市应急管理局依法对施工单位处以罚款120万元。\n"
        "（二）对相关责任人员的问题线索移交市纪委监委处理。\n"
        "三、事故防范和整改措施\n（一）开展专项整治。市住房和城乡建设局负责，2026年内排查在建项目不少于120个。\n\n"
        "某市“3·16”高处坠落较大事故调查组\n2026年5月20日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["issuer"] == "某市“3·16”高处坠落较大事故调查组"
    assert set(figures_of(ex.records, "value", "metric", "year")) == {
        ("Target", 120, "排查在建项目", 2026)
    }
    assert role_edges(text) == [
        ("三.(一)", "RESPONSIBLE_FOR", "市住房和城乡建设局"),
        ("二.(一)", "RESPONSIBLE_FOR", "市应急管理局"),
        ("二.(二)", "RESPONSIBLE_FOR", "市纪委监委"),
    ]


def test_a_guides_techniques_and_a_bonds_financing_case_hold_no_goals() -> None:
    """A technical guidance (batch 335) prescribes how to farm in its techniques (亩保苗4000株,
    发芽率不低于93%): norms, no goals — its goals are the sowing's; an extension centre signing
    issues it. A bond-funded project's financing case (batch 336: revenue over the bond's life,
    a cover ratio) is a calculation, no goal."""
    text = (
        "富锦市2026年春季玉米生产技术指导意见\n\n一、总体目标\n全市计划播种玉米280万亩。\n"
        "二、关键技术措施\n（一）合理密植。亩保苗4000—4500株，种子发芽率不低于93%。\n"
        "三、项目收益与融资平衡\n项目运营期内预计实现供水收入14.6亿元，本息覆盖倍数1.24倍。\n\n"
        "富锦市农业技术推广中心\n2026年3月28日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert ex.meta["issuer"] == "富锦市农业技术推广中心"
    assert set(figures_of(ex.records, "value", "year")) == {("Target", 280, 2026)}


def test_a_vouchers_rules_of_use_and_a_lists_counts_hold_no_goals() -> None:
    """A voucher plan (batch 347): its rules of use (满100元减30元, 每人每期限领2张) are terms,
    its vouchers issued and the sales they leverage (通过消费券撬动…, the means dropped) goals.
    A commendation (batch 346): the lists of those commended, each opened by its label and
    count on a line of its own, count no goal."""
    text = (
        "弥勒市2026年消费券发放活动方案\n\n一、发放额度\n发放消费券1000万元。\n"
        "二、使用规则\n满100元减30元，每人每期限领2张。\n"
        "三、活动目标\n通过消费券撬动消费5亿元以上。\n四、表彰名单\n"
        "突出贡献企业（2家）：河南卫华重型机械股份有限公司、河南驼人医疗器械集团有限公司\n"
        "先进单位（2个）：市工业和信息化局、市财政局\n\n弥勒市人民政府办公室\n2026年3月20日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "metric")) == {
        ("Target", 1000, "发放消费券"),
        ("Target", 5, "撬动消费"),
    }


def test_a_bulletin_of_typical_cases_and_a_drill_plan_hold_no_figures_in_their_accounts() -> None:
    """A bulletin of typical cases (batch 339) tells each case under its problem: a wrong done,
    no figures. A drill's plan (batch 340): those taking part, what they send out and the
    scenario simulated are none — its budget's cap is a goal."""
    text = (
        "某区关于2026年第一季度损害营商环境典型问题的通报\n\n一、某国有公司拖欠中小企业账款问题\n"
        "某国有公司拖欠3家中小企业工程款共计320万元，时间长达14个月。\n二、工作要求\n"
        "力争2026年企业诉求办结率达到98%以上。\n某区办公室\n2026年4月15日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value")) == {("Target", 98)}
    text = (
        "思南县2026年防汛抢险综合应急演练方案\n\n一、参演单位和人员\n参演单位：县应急管理局、县水利局。"
        "参演人员约300人，出动冲锋舟8艘、无人机4架。\n二、演练情景设置\n模拟下游3个村1200名群众需紧急转移。\n"
        "三、保障措施\n演练经费控制在15万元以内。\n思南县防汛抗旱指挥部\n2026年4月28日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value")) == {("Target", 15)}
    assert [n for n in ex.records.nodes if n.label.value == "Industry"] == []
    # (参演单位： is a field of its part, no measure of its own)
    assert sorted(n.props["path"] for n in ex.records.nodes if n.label.value == "Measure") == [
        "一",
        "三",
        "二",
    ]


def test_a_grants_rules_hold_goals_only_outside_their_standards_and_terms() -> None:
    """Rules for a greenhouse grant (batch 397): the article stating the standards (奖补标准如下：
    and its table of sums per mu and caps) and the terms applicants must meet (申报主体须…不低于
    10亩) hold no goals; the year's area and the fund set aside are goals."""
    text = (
        "寿光市2026年设施农业建设奖补实施细则\n\n"
        "第一条 2026年，全市新建改造设施农业面积5000亩。\n"
        "第二条 申报主体须在2026年10月31日前完成建设，单体建设面积不低于10亩。\n"
        "第三条 奖补标准如下：\n序号\t奖补项目\t奖补标准\t单个主体最高奖补\n"
        "1\t新建日光温室\t每亩2万元\t50万元\n2\t集约化育苗中心\t按设备投资额的30%\t100万元\n"
        "第四条 奖补资金由市财政统筹安排，2026年安排6000万元。\n\n寿光市农业农村局\n2026年3月20日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "metric")) == {
        ("Target", 5000, "新建改造设施农业面积"),
        ("Target", 6000, "奖补资金"),
    }


def test_a_review_parts_table_of_goals_and_results_is_of_its_year() -> None:
    """A plan report's review part holds a table whose columns name no year (年度目标 | 预计完成,
    batch 412): its goals and results are of the year the part speaks of, 2025."""
    text = (
        "关于某区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n\n"
        "一、2025年国民经济和社会发展计划执行情况\n2025年，全区经济运行稳中有进。\n"
        "指标\t单位\t年度目标\t预计完成\t完成情况\n地区生产总值增长\t%\t6\t6.3\t完成\n"
        "二、2026年经济社会发展的主要目标\n地区生产总值增长6%左右。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {
        ("Target", 6, 2025),
        ("Result", 6.3, 2025),
        ("Target", 6, 2026),
    }


def test_a_phase_headed_with_its_months_dates_its_figures() -> None:
    """A census plan's phases (batch 418): （一）准备阶段（2026年1月—6月） dates the figures under
    it, the title naming no year."""
    text = (
        "兰考县第六次全国经济普查实施方案\n\n一、普查时间安排\n"
        "（一）准备阶段（2026年1月—6月）。选聘普查员和普查指导员800名。\n"
        "（二）登记阶段（2026年7月—10月）。数据审核通过率达到100%。\n"
        "二、组织实施\n共安排普查经费320万元。\n\n兰考县人民政府办公室\n2026年1月8日"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    assert set(figures_of(ex.records, "value", "year")) == {
        ("Target", 800, 2026),
        ("Target", 100, 2026),
        ("Target", 320, None),
    }


def test_firms_sharing_an_ending_are_each_named_whole() -> None:
    """移动、联通、电信公司: three firms, each its role edge with its name whole and its own
    words' offsets as evidence (found probing, session 55: 移动 and 联通 were lost)."""
    text = (
        "某县2026年5G网络建设工作方案\n一、重点任务\n"
        "（一）新建5G基站200个（县工业和信息化局牵头，移动、联通、电信公司配合）。\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    support = [e for e in ex.records.edges if e.type.value == "SUPPORTS"]
    assert [e.props["surface"] for e in support] == ["移动公司", "联通公司", "电信公司"]
    assert [text[e.props["at_start"] : e.props["at_end"]] for e in support] == [
        "移动",
        "联通",
        "电信公司",
    ]


@pytest.mark.parametrize(
    ("header", "deadline"),
    [
        # (merged over the three columns, the last: a workbook keeps it once)
        ("序号\t重点任务\t责任单位", ""),
        # (… or leaves the columns it spans blank, a column after them)
        ("序号\t重点任务\t责任单位\t\t\t完成时限", "\t2026年底"),
        # (… or Word repeats it in each)
        ("序号\t重点任务\t责任单位\t责任单位\t责任单位\t完成时限", "\t2026年底"),
    ],
)
def test_one_body_a_cell_under_a_role_header_spanning_them(header: str, deadline: str) -> None:
    """A task list whose 责任单位 spans three columns, one body a cell (batch 593's workbook):
    every body of the row is under it — the first as the column's, the others had been
    lost; columns named for two roles keep their own."""
    text = (
        f"亳州市重点任务清单\n{header}\n"
        f"1\t扩大道地药材种植\t市农业农村局\t市林业局\t各县区人民政府{deadline}\n"
        f"2\t做强交易市场\t市商务局\t市市场监督管理局\t{deadline}\n"
    )
    assert role_edges(text) == [
        ("1", "RESPONSIBLE_FOR", "各县区人民政府"),
        ("1", "RESPONSIBLE_FOR", "市农业农村局"),
        ("1", "RESPONSIBLE_FOR", "市林业局"),
        ("2", "RESPONSIBLE_FOR", "市商务局"),
        ("2", "RESPONSIBLE_FOR", "市市场监督管理局"),
    ]
    two_roles = "序号\t重点任务\t牵头单位\t配合单位\n1\t扩大种植\t市农业农村局\t市林业局\n"
    assert role_edges("某清单\n" + two_roles) == [
        ("1", "LEADS", "市农业农村局"),
        ("1", "SUPPORTS", "市林业局"),
    ]


def test_role_columns_named_by_a_bracket_after_their_label() -> None:
    """责任单位（牵头） | 责任单位（配合） (found probing, session 80): the bracket says each column's
    role, lead and support (a note on the header, 责任单位（列第一位的为牵头单位）, stays the 责任单位
    column: the test of that convention above)."""
    text = (
        "测试县2026年重点任务清单\n\n"
        "序号\t重点任务\t责任领导\t责任单位（牵头）\t责任单位（配合）\t完成时限\n"
        "1\t新建标准厂房10万平方米\t张三\t县工信局\t县自然资源局\t2026年12月\n"
    )
    ex = extract(RawDocument("x", "x.txt", text, "txt"))
    roles = sorted(
        (e.type.value, e.props["surface"])
        for e in ex.records.edges
        if e.type.value in ("LEADS", "SUPPORTS", "RESPONSIBLE_FOR")
    )
    assert roles == [("LEADS", "县工信局"), ("SUPPORTS", "县自然资源局")]
