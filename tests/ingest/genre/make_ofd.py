"""Write the OFD documents of the genre corpus (run once; the files are kept), with the
writer of ``ofd_writer.py``.

``docs/dehua-ceramics-action-plan-2026-2028.ofd``: an electronic official document (电子公文)
as a county office's system exports it — the red-letter head and number, a covering notice,
the three-year plan with notes in brackets and labelled, and an annex task table printed
with its grid (a 牵头单位 cell spanning two rows, bodies one a line in a cell, long tasks
wrapped in their boxes); one text object a line, borders as strokes, a template page
drawing the footer every page shares.
``docs/wugang-2026-development-plan.ofd``: a county-level city's annual plan report exported
by another converter — text objects in points under a transform, parts named from the
package's root, page blocks, cells drawn as boxes, DocInfo's title set — whose indicators
are a ruled table with a growth column (指标名称 | 单位 | 2025年完成 | 比上年增长（%） |
2026年目标), a goal in a cell written as a growth (`增长7%`).
``docs/zhongshan-manufacturing-tasks-2026.ofd``: a city's task list under its covering notice,
one text object a character (as converters from PDF write), cells drawn as boxes: 序号 |
工作任务 | 具体举措 | 责任单位 | 完成时限, section rows merged across, each 责任单位 cell one
body a line with the lead marked （牵头）, the header row printed again on each page the table
runs on to.
``docs/yueqing-electrical-cluster-plan-2026-2027.ofd``: a county-level city's action plan whose
goals are a ruled table with a two-row header (目标值 over 2026年 | 2027年, the other header
cells merged down), notes closing its tasks, signed at the end; an industry the taxonomy lacks
(电气).
``docs/youxian-business-environment-points-2026.ofd``: a county's 工作要点 whose goals are a
three-line table (序号 | 指标 | 单位 | 2026年目标 | 责任单位: a rule over the header, one under
it, one closing it), items numbered straight through its parts, signed, and a colophon framed
by rules (抄送, 印发) at the end.
``docs/liuzhou-chengzhong-consumption-points-2026.ofd``: a district's points for consumption
exported one text object a character, a footer on a template page (batch 1310).
``docs/renhuai-liquor-industry-points-2026.ofd``: a city's 工作要点 whose main indicators are a
table with no rules at all (序号 | 指标名称 | 单位 | 2025年完成 | 2026年目标 | 责任单位), its tasks
under headings with notes; an industry the taxonomy lacks (白酒).

Usage: ``python -m tests.ingest.genre.make_ofd``.
"""

from __future__ import annotations

from pathlib import Path

from tests.ingest.genre.ofd_writer import PT, Block, Cell, Centred, Right, Table, write_ofd

DOCS = Path(__file__).parent / "docs"

DEHUA: list[Block] = [
    Centred("德化县人民政府办公室文件", 30 * PT),
    Centred("德政办〔2026〕9号"),
    Centred(
        "德化县人民政府办公室关于印发德化县陶瓷产业高质量发展三年行动方案（2026—2028年）的通知",
        22 * PT,
    ),
    "各乡镇人民政府，县直有关单位：",
    "　　经县政府同意，现将《德化县陶瓷产业高质量发展三年行动方案（2026—2028年）》印发给你们，"
    "请认真组织实施。",
    Right("德化县人民政府办公室"),
    Right("2026年3月10日"),
    "　　（此件公开发布）",
    Centred("德化县陶瓷产业高质量发展三年行动方案（2026—2028年）", 22 * PT),
    "一、总体目标",
    "　　到2028年，全县陶瓷产业产值突破600亿元，年均增长8%以上；规上陶瓷企业达到450家，"
    "培育产值超10亿元龙头企业5家；陶瓷电商网络零售额达到150亿元。",
    "二、重点任务",
    "（一）推进陶瓷产业数字化转型",
    "　　1.实施智能化改造。每年推动50家陶瓷企业开展智能化技术改造，到2028年建成智能工厂和"
    "数字化车间20个。（县工业和信息化局牵头，县科技局、县财政局配合）",
    "　　2.推广清洁能源窑炉。改造燃气窑炉300座，陶瓷行业单位产值能耗下降10%。（牵头单位："
    "县工业和信息化局；配合单位：泉州市德化生态环境局、县发展和改革局）",
    "（二）拓展陶瓷市场",
    "　　3.发展陶瓷电商。培育年网络销售额超亿元电商企业30家，建设直播电商基地3个。（县商务局负责）",
    "　　4.办好世界陶瓷博览会。每年举办陶瓷博览会1届，参展企业不少于800家。（县商务局、"
    "县文化体育和旅游局牵头，各乡镇人民政府配合）",
    "三、保障措施",
    "　　县财政每年安排陶瓷产业发展专项资金1亿元。（县财政局负责）",
    "　　附件：德化县陶瓷产业高质量发展重点任务分工表",
    "附件",
    Centred("德化县陶瓷产业高质量发展重点任务分工表"),
    Table(
        [
            ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
            [
                "1",
                "建设陶瓷产业创新中心，新增省级以上研发平台5个。",
                "县科技局",
                "县工业和信息化局\n县陶瓷产业发展服务中心",
                "2028年12月",
            ],
            [
                "2",
                "引进培育陶瓷设计人才200名。",
                Cell("县人力资源和社会保障局", rowspan=2),
                "县教育局",
                "2027年12月",
            ],
            [
                "3",
                "支持德化职业技术学院开设陶瓷专业，培养陶瓷技能人才3000人。",
                "县教育局",
                "2028年12月",
            ],
            [
                "4",
                "建设陶瓷产业园，新增标准厂房50万平方米。",
                "县自然资源局",
                "县住房和城乡建设局\n浔中镇人民政府",
                "2027年6月",
            ],
            [
                "5",
                "推进陶瓷原料基地规范开采，高岭土年开采量控制在100万吨以内。",
                "县自然资源局",
                "县应急管理局",
                "2028年12月",
            ],
            [
                "6",
                "打造陶瓷文化旅游线路3条，陶瓷文化旅游接待游客达到500万人次。",
                "县文化体育和旅游局",
                "各乡镇人民政府",
                "2028年12月",
            ],
        ],
        [12, 64, 30, 32, 18],
    ),
]

WUGANG: list[Block] = [
    Centred(
        "关于舞钢市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告",
        22 * PT,
    ),
    Centred("——2026年1月12日在舞钢市第十届人民代表大会第六次会议上"),
    Centred("舞钢市发展和改革委员会"),
    "各位代表：",
    "　　受市人民政府委托，现将舞钢市2025年国民经济和社会发展计划执行情况与2026年国民经济和"
    "社会发展计划草案提请市十届人大六次会议审议，并请市政协各位委员提出意见。",
    "一、2025年国民经济和社会发展计划执行情况",
    "　　2025年，全市地区生产总值完成186.5亿元，增长6.1%；一般公共预算收入完成9.8亿元，"
    "增长5.3%；规上工业增加值增长8.2%。",
    "　　（一）钢铁产业提质增效。全年特钢产量达到420万吨，钢铁产业营业收入突破300亿元，"
    "新增省级智能工厂2家。",
    "　　（二）文旅产业加快发展。石漫滩、二郎山景区接待游客420万人次，实现旅游综合收入28亿元。",
    "　　（三）民生保障持续改善。城镇新增就业5200人，新建改建农村公路65公里。",
    "二、2026年经济社会发展的主要预期目标",
    "　　综合考虑各方面因素，建议2026年全市经济社会发展主要预期目标如下：",
    Table(
        [
            ["指标名称", "单位", "2025年完成", "比上年增长（%）", "2026年目标"],
            ["地区生产总值", "亿元", "186.5", "6.1", "200左右"],
            ["一般公共预算收入", "亿元", "9.8", "5.3", "10.3以上"],
            ["城镇新增就业", "人", "5200", "—", "5000以上"],
            ["城乡居民人均可支配收入", "元", "31250", "6.8", "增长7%"],
        ],
        [50, 16, 28, 32, 30],
    ),
    "三、2026年重点工作",
    "　　（一）做强钢铁主导产业。推进特钢产业链延链补链，实施钢铁技改项目12个，特钢产量达到"
    "450万吨。（市工业和信息化局牵头，市发展和改革委员会配合）",
    "　　（二）推动文旅融合发展。创建国家4A级旅游景区1个，接待游客突破450万人次。"
    "（市文化广电和旅游局负责）",
    "　　（三）扩大有效投资。全年实施重点项目120个，完成投资150亿元以上。（市发展和改革委员会"
    "牵头，各乡镇（街道）配合）",
    "　　（四）办好民生实事。新建改建农村公路50公里，城乡居民人均可支配收入增长7%。",
]


def _body_lines(*bodies: str) -> str:
    return "\n".join(bodies)


ZHONGSHAN: list[Block] = [
    Centred("中山市人民政府办公室", 26 * PT),
    Centred("中府办〔2026〕5号"),
    Centred("中山市人民政府办公室关于印发中山市2026年制造业当家重点任务清单的通知", 22 * PT),
    "各镇人民政府，各区办事处，市各有关单位：",
    "　　《中山市2026年制造业当家重点任务清单》已经市人民政府同意，现印发给你们，请认真贯彻落实。"
    "各责任单位要细化工作举措，加强协同配合，每季度末将工作进展情况报送市工业和信息化局。",
    Right("中山市人民政府办公室"),
    Right("2026年2月20日"),
    Centred("中山市2026年制造业当家重点任务清单", 22 * PT),
    Table(
        [
            ["序号", "工作任务", "具体举措", "责任单位", "完成时限"],
            [Cell("一、壮大先进制造业集群", colspan=5)],
            [
                "1",
                "做强智能家电产业集群",
                "智能家电产业集群营业收入突破2000亿元，新增规上家电企业50家。",
                _body_lines("市工业和信息化局（牵头）", "市商务局", "各镇街"),
                "2026年12月",
            ],
            [
                "2",
                "培育新一代电子信息产业",
                "引进电子信息产业项目20个，电子信息产业产值增长12%。",
                _body_lines("市工业和信息化局（牵头）", "市投资促进局"),
                "2026年12月",
            ],
            [
                "3",
                "发展生物医药产业",
                "建设国家健康科技产业基地，生物医药产业产值达到600亿元。",
                _body_lines("翠亨新区管委会（牵头）", "市市场监督管理局"),
                "2026年12月",
            ],
            [Cell("二、推动制造业转型升级", colspan=5)],
            [
                "4",
                "实施技术改造",
                "推动500家规上工业企业实施技术改造，工业投资增长10%以上。",
                "市工业和信息化局",
                "2026年12月",
            ],
            [
                "5",
                "推进数字化转型",
                "新增数字化车间和智能工厂30个，上云用云企业达到3000家。",
                _body_lines("市工业和信息化局（牵头）", "市政务服务数据管理局"),
                "2026年11月",
            ],
            [
                "6",
                "推动绿色低碳发展",
                "创建省级以上绿色工厂15家，规上工业单位增加值能耗下降3%。",
                _body_lines("市工业和信息化局（牵头）", "市生态环境局"),
                "2026年12月",
            ],
            [Cell("三、强化要素保障", colspan=5)],
            [
                "7",
                "保障产业用地",
                "连片整备产业用地1万亩，新建高标准厂房300万平方米。",
                _body_lines("市自然资源局（牵头）", "市住房和城乡建设局", "各镇街"),
                "2026年12月",
            ],
            [
                "8",
                "加强人才支撑",
                "引进培育高技能人才1万人。",
                "市人力资源和社会保障局",
                "2026年12月",
            ],
            [
                "9",
                "强化金融服务",
                "制造业贷款余额增长15%以上。",
                _body_lines("市金融工作局（牵头）", "中国人民银行中山市分行"),
                "2026年12月",
            ],
        ],
        [12, 30, 62, 34, 18],
        repeat=1,
    ),
]

YUEQING: list[Block] = [
    Centred("乐清市电气产业集群高质量发展行动方案（2026—2027年）", 22 * PT),
    "　　为加快打造世界级电气产业集群，推动电气产业高质量发展，制定本行动方案。",
    "一、主要目标",
    "　　到2027年，全市电气产业产值突破1800亿元，培育千亿级龙头企业1家、百亿级企业5家。"
    "主要指标如下：",
    Table(
        [
            [
                Cell("序号", rowspan=2),
                Cell("指标名称", rowspan=2),
                Cell("单位", rowspan=2),
                Cell("2025年基数", rowspan=2),
                Cell("目标值", colspan=2),
                Cell("责任单位", rowspan=2),
            ],
            ["2026年", "2027年"],
            ["1", "电气产业产值", "亿元", "1500", "1650", "1800", "市经信局"],
            ["2", "规上电气企业", "家", "1200", "1300", "1400", "市经信局"],
            ["3", "电气产业研发投入占营业收入比重", "%", "3.2", "3.5", "3.8", "市科技局"],
            ["4", "电气产品出口额", "亿美元", "26", "28", "30", "市商务局"],
        ],
        [12, 52, 14, 22, 18, 18, 20],
    ),
    "二、重点任务",
    "　　（一）强化创新驱动。建设电气产业创新服务综合体2个，新增省级企业研究开发中心20家。"
    "（市科技局牵头，市经信局、市市场监管局配合）",
    "　　（二）推进智能化改造。实施智能化改造项目200项，到2026年建成未来工厂3家。（市经信局负责）",
    "　　（三）拓展国内外市场。组织企业参加境内外展会50场次，电气产品出口额年均增长8%。"
    "（市商务局牵头，市贸促会配合）",
    "　　（四）优化要素保障。每年新增工业用地1000亩，市财政每年安排电气产业发展专项资金3亿元。"
    "（市自然资源和规划局、市财政局按职责分工负责）",
    Right("乐清市人民政府办公室"),
    Right("2026年3月5日"),
]


YOUXIAN: list[Block] = [
    Centred("攸县2026年优化营商环境工作要点", 22 * PT),
    "　　2026年，全县优化营商环境工作的主要目标如下：",
    Table(
        [
            ["序号", "指标", "单位", "2026年目标", "责任单位"],
            ["1", "新增市场主体", "户", "8000", "县市场监督管理局"],
            ["2", "政务服务事项全程网办率", "%", "95", "县政务服务中心"],
            ["3", "工程建设项目审批时间", "个工作日", "30以内", "县住房和城乡建设局"],
            ["4", "企业开办时间", "小时", "4以内", "县市场监督管理局"],
        ],
        [12, 56, 22, 26, 40],
        rules="three",
    ),
    "一、提升政务服务效能",
    "　　（一）深化“一件事一次办”改革。新增“一件事”集成服务事项20项。（县政务服务中心牵头，"
    "县直有关部门配合）",
    "　　（二）推进“高效办成一件事”。企业开办全流程压缩至4小时以内。（县市场监督管理局负责）",
    "二、优化法治环境",
    "　　（三）规范涉企行政检查。涉企行政检查频次下降20%。（县司法局牵头，县直各执法部门配合）",
    "　　（四）加强知识产权保护。新增有效发明专利150件。（县市场监督管理局牵头，县科技局配合）",
    Right("攸县人民政府办公室"),
    Right("2026年2月26日"),
    Table(
        [
            ["抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部。"],
            ["攸县人民政府办公室　　　　　　　　2026年2月27日印发"],
        ],
        [156],
        rules="three",
    ),
]


RENHUAI: list[Block] = [
    Centred("仁怀市2026年白酒产业高质量发展工作要点", 22 * PT),
    "一、主要指标",
    "　　2026年，全市白酒产业主要指标如下：",
    Table(
        [
            ["序号", "指标名称", "单位", "2025年完成", "2026年目标", "责任单位"],
            ["1", "白酒产量", "万千升", "32", "35", "市白酒产业发展局"],
            ["2", "白酒产业产值", "亿元", "1350", "1500", "市白酒产业发展局"],
            ["3", "规上白酒企业", "家", "120", "130", "市工业和信息化局"],
            ["4", "酱香白酒出口额", "亿元", "8", "10", "市商务局"],
        ],
        [12, 40, 18, 26, 26, 34],
        rules="none",
    ),
    "二、重点任务",
    "　　（一）提升酿造能力。新建酱香白酒产能2万千升。（市白酒产业发展局牵头，市自然资源局配合）",
    "　　（二）培育龙头企业。新增产值超10亿元白酒企业2家。（市工业和信息化局负责）",
    "　　（三）推进酒旅融合。打造白酒文化旅游精品线路3条，接待游客达到800万人次。"
    "（市文化旅游局牵头，各镇（街道）配合）",
    Right("仁怀市人民政府办公室"),
    Right("2026年2月16日"),
]


CHENGZHONG: list[Block] = [
    Centred("柳州市城中区2026年促进消费工作要点", 22 * PT),
    "一、工作目标",
    "　　2026年，全区社会消费品零售总额增长6%，限额以上批发零售企业达到420家，夜间消费额增长10%。",
    "二、重点任务",
    "　　（一）提升五星商圈能级。推动五星商圈、文惠商圈改造提升，引进首店品牌20个。（区商务局牵头，"
    "城中街道、公园街道配合）",
    "　　（二）做旺夜间经济。打造窑埠古镇夜间消费集聚区，举办第三届柳州螺蛳粉美食节，夜间经济营业额"
    "突破30亿元。（区商务局、区文化体育和旅游局按职责分工负责）",
    "　　（三）发展直播电商。建设柳州螺蛳粉直播电商基地，培育直播电商主播500名，网络零售额增长15%。"
    "（区商务局牵头，区人力资源社会保障局配合）",
    "　　（四）促进汽车消费。举办2026柳州汽车博览会，开展汽车以旧换新活动，新车销量增长8%。"
    "（区商务局负责）",
    "三、保障措施",
    "　　区财政安排促消费专项资金1000万元，用于发放消费券和支持促消费活动。（区财政局负责）",
    Right("柳州市城中区人民政府办公室"),
    Right("2026年3月9日"),
]


# a county's supply and marketing cooperatives' points whose indicators are a ruled table with a
# 责任单位 column under 一 (batch 1407)
CHANGTING: list[Block] = [
    Centred("长汀县2026年供销合作社综合改革工作要点", 22 * PT),
    "一、主要指标",
    Table(
        [
            ["序号", "指标", "单位", "2026年目标", "责任单位"],
            ["1", "供销系统销售总额", "亿元", "45", "县供销社"],
            ["2", "新建乡镇为农服务中心", "个", "6", "县供销社"],
            ["3", "农产品冷链仓储能力", "万吨", "2", "县供销社、县商务局"],
        ],
        [12, 50, 18, 28, 42],
    ),
    "二、重点任务",
    "　　（一）建强基层组织。改造提升基层供销社8个，发展村级综合服务社30个。（县供销社牵头，"
    "各乡镇人民政府配合）",
    "　　（二）发展农资供应。建设农资配送中心1个，化肥储备达到1.5万吨。（县供销社负责）",
    "　　（三）拓展农产品流通。建设长汀县农产品冷链物流园，发展“供销e家”电商网点50个。"
    "（县供销社牵头，县商务局配合）",
    "　　（四）推进再生资源回收。在河田镇建设再生资源分拣中心1个。（县供销社负责）",
    Right("长汀县供销合作社联合社"),
    Right("2026年3月5日"),
]


def main() -> None:
    write_ofd(
        DOCS / "dehua-ceramics-action-plan-2026-2028.ofd",
        DEHUA,
        footer="德化县人民政府办公室",
    )
    write_ofd(
        DOCS / "wugang-2026-development-plan.ofd",
        WUGANG,
        glyphs="points",
        borders="boxes",
        absolute=True,
        page_blocks=True,
        title="关于舞钢市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告",
    )
    write_ofd(
        DOCS / "zhongshan-manufacturing-tasks-2026.ofd",
        ZHONGSHAN,
        glyphs="char",
        borders="boxes",
    )
    write_ofd(DOCS / "yueqing-electrical-cluster-plan-2026-2027.ofd", YUEQING)
    write_ofd(DOCS / "youxian-business-environment-points-2026.ofd", YOUXIAN)
    write_ofd(DOCS / "renhuai-liquor-industry-points-2026.ofd", RENHUAI)
    # (batch 1310: a district's points exported one text object a character, footer on a
    # template page)
    write_ofd(
        DOCS / "liuzhou-chengzhong-consumption-points-2026.ofd",
        CHENGZHONG,
        glyphs="char",
        footer="柳州市城中区人民政府办公室",
    )
    write_ofd(DOCS / "changting-supply-marketing-points-2026.ofd", CHANGTING)  # batch 1407


if __name__ == "__main__":
    main()
