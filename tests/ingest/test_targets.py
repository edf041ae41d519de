import pytest

from ingest.nlp.targets import extract_figures
from ingest.normalise import normalise


def one(text: str, **kw):  # type: ignore[no-untyped-def]
    figs = extract_figures(text, **kw)
    assert len(figs) == 1, figs
    f = figs[0]
    return (f.comparator, f.value, f.unit, f.year, f.period)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2025年，地区生产总值突破800亿元", (">", 800, "亿元", 2025, None)),
        # more than, 余 or 多 before the magnitude (found probing, session 60: the unit was 万)
        ("争取上级资金8000余万元", (">", 8000, "万元", None, None)),
        ("落实资金8000多万元", (">", 8000, "万元", None, None)),
        # 突破 with its object between it and the number is the work, breaking through so many
        # (batch 630: read as more than 5); the object counted keeps its own qualifier
        ("突破减速器、伺服电机等核心部件5项", ("=", 5, "项", None, None)),
        ("累计突破关键核心技术30项以上", (">=", 30, "项", None, None)),
        ("营业收入首次突破100亿元", (">", 100, "亿元", None, None)),
        # a level stepped onto, a mark crossed (found probing, session 62: '=', the verb kept in
        # the metric)
        ("地区生产总值迈上300亿元台阶", (">=", 300, "亿元", None, None)),
        ("财政收入跨越20亿元大关", (">", 20, "亿元", None, None)),
        # supermarkets entered are no comparator (batch 666: 商超 read as 超, more than)
        ("产品进入商超30家", ("=", 30, "家", None, None)),
        ("进入大型商超50家以上", (">=", 50, "家", None, None)),
        # a thousand of the unit (batch 287: 3千人 was read as nothing)
        ("城镇新增就业3千人", ("=", 3, "千人", None, None)),
        ("新增装机5千瓦", ("=", 5, "千瓦", None, None)),
        ("推动技改投资年均增长6%以上", (">=", 6, "%", None, "annual")),
        ("力争每年10个以上项目进入计划", (">=", 10, "个", None, "annual")),
        ("到2025年，入库企业稳定在350家左右", ("~", 350, "家", 2025, None)),
        ("到2025年，全市粮食播种面积稳定在44.16万亩", ("=", 44.16, "万亩", 2025, None)),
        ("到2025年，整县分布式光伏装机容量达到50万千瓦以上", (">=", 50, "万千瓦", 2025, None)),
        ("到2025年，至少完成1所县域医疗服务次中心建设", (">=", 1, "所", 2025, None)),
        ("能耗增量控制在10万吨标准煤以内", ("<=", 10, "万吨标准煤", None, None)),
        # a transformer's capacity (batch 105); a line's voltage class is no figure
        ("新建改造10千伏线路，户均配变容量达到3千伏安", (">=", 3, "千伏安", None, None)),
        # … and batteries' output in kilovolt-ampere hours (batch 812)
        ("铅蓄电池产量稳定在1.2亿千伏安时", ("=", 1.2, "亿千伏安时", None, None)),
        # … and optical fibre in core kilometres (batch 844)
        ("光纤产能达到2000万芯公里", (">=", 2000, "万芯公里", None, None)),
        # … and instruments counted by the piece or the bow (batch 853)
        ("全县民族乐器年产量达到80万台（把）", (">=", 80, "万台（把）", None, None)),
        # … and instant noodles by the tub (batch 867)
        ("酸辣粉日产能达到1200万桶", (">=", 1200, "万桶", None, None)),
        # … and potted flowers by the pot (batch 888)
        ("盆花年产量达到2000万盆", (">=", 2000, "万盆", None, None)),
        ("碳排放不超过5万吨", ("<=", 5, "万吨", None, None)),
        # … and records consulted by the case and pages digitised (batch 1315: 件次 read 件, 万页
        # read 万)
        ("办理跨馆查档业务500件次", ("=", 500, "件次", None, None)),
        ("完成馆藏档案数字化50万页", ("=", 50, "万页", None, None)),
        # … and a satisfaction scored in points (batch 1327: 95分 read as no figure)
        ("纳税人满意度达到95分以上", (">=", 95, "分", None, None)),
        # … and donors' samples by the portion (batch 1321: 人份 read 人)
        ("新增造血干细胞捐献者资料入库500人份", ("=", 500, "人份", None, None)),
        # … and instruments calibrated by the piece and records by the word (batches 1343, 1344:
        # 台件 read 台, 万字 read 万)
        ("为企业免费校准计量器具1500台件", ("=", 1500, "台件", None, None)),
        ("征集资料300万字以上", (">=", 300, "万字", None, None)),
        # … and a subsidy's rate of payment out no incentive offered (batch 1369: 补贴兑付率 read
        # as 补贴 given)
        ("玉米大豆生产者补贴兑付率达到100%", (">=", 100, "%", None, None)),
        # a drainage or flood standard as a storm's return period (batch 484)
        ("城市排水防涝标准达到30年一遇", (">=", 30, "年一遇", None, None)),
        # a time cut down to, or within, a bound is at most that
        ("一般登记办理时间压缩至1个工作日内", ("<=", 1, "个工作日", None, None)),
        ("审批时限缩短至3个工作日", ("<=", 3, "个工作日", None, None)),
        ("企业开办5个工作日内办结", ("<=", 5, "个工作日", None, None)),
        # computing power in petaflops, where the unit closes its clause
        ("算力规模达到2000P", (">=", 2000, "P", None, None)),
        ("远洋渔船达到60艘", (">=", 60, "艘", None, None)),
        # hectares and square and cubic metres as symbols, the superscript typed as a digit,
        # and chips or wafers by the piece (found probing units after batch 522)
        ("造林面积2.5万hm²", ("=", 2.5, "万hm²", None, None)),
        ("新建厂房5万m2", ("=", 5, "万m2", None, None)),
        ("建成区面积达到35km2", (">=", 35, "km2", None, None)),
        ("新增蓄水能力300万m3", ("=", 300, "万m3", None, None)),
        ("污水处理能力新增10万m³/日", ("=", 10, "万m³/日", None, None)),
        ("年产芯片5000万片", ("=", 5000, "万片", None, None)),
        # chips packaged, counted by the piece (batch 518)
        ("新增封装测试产能15亿颗", ("=", 15, "亿颗", None, None)),
        # a grassland's carrying capacity in sheep units
        ("草原载畜量控制在80万羊单位以内", ("<=", 80, "万羊单位", None, None)),
        # inspections counted by the factories visited (batch 528)
        ("全年开展安全检查3000厂次以上", (">=", 3000, "厂次", None, None)),
        # glasses and lenses counted in pairs (batch 525)
        ("镜片年产量稳定在4亿副以上", (">=", 4, "亿副", None, None)),
        ("年产眼镜架3000万副", ("=", 3000, "万副", None, None)),
        # ships built and ordered by deadweight tonnage or compensated gross tonnage (batch 510)
        ("造船完工量达到520万载重吨", (">=", 520, "万载重吨", None, None)),
        ("新接订单突破300万修正总吨", (">", 300, "万修正总吨", None, None)),
        ("新增通用航空器20架", ("=", 20, "架", None, None)),
        # artificial reefs in hollow cubic metres
        ("投放人工鱼礁10万空方", ("=", 10, "万空方", None, None)),
        # spindles
        ("棉纺产能达到100万锭", (">=", 100, "万锭", None, None)),
        # trillions
        ("全省电子信息产业营业收入突破1.5万亿元", (">", 1.5, "万亿元", None, None)),
        # charging piles, area-times, trips, capacity a day, flow a second (found probing:
        # 3000根 was no figure, 10万亩次 lost its 次, 5万立方米/日 its day)
        ("新建充电桩3000根", ("=", 3000, "根", None, None)),
        ("完成造林绿化10万亩次", ("=", 10, "万亩次", None, None)),
        ("开行旅游专列20班次", ("=", 20, "班次", None, None)),
        # trains run, by the train (batch 587: 100列次 was read as 100列)
        ("旅游专列开行达到100列次", (">=", 100, "列次", None, None)),
        ("污水处理能力新增5万立方米/日", ("=", 5, "万立方米/日", None, None)),
        ("新增供水能力10万吨/日", ("=", 10, "万吨/日", None, None)),
        ("引水流量达到30立方米/秒", (">=", 30, "立方米/秒", None, None)),
        # instruments and tools counted by the piece (batch 257: 吉他年产量突破800万把 was lost)
        ("吉他年产量突破800万把", (">", 800, "万把", None, None)),
        ("新增智能锁具产能50万把", ("=", 50, "万把", None, None)),
        # firms visited, counted by visit
        ("开展企业安全生产检查2000家次", ("=", 2000, "家次", None, None)),
        # money in dollars, as exports are counted
        ("轮胎出口额达到30亿美元", (">=", 30, "亿美元", None, None)),
        ("实际使用外资1.2亿美元", ("=", 1.2, "亿美元", None, None)),
        # thousands separated by commas, as spreadsheets and some drafters write them
        ("惠及居民12,600户", ("=", 12600, "户", None, None)),
        ("完成投资1,234.5万元", ("=", 1234.5, "万元", None, None)),
        # equipment counted in sets as well as machines, as documents write it
        ("新增工业机器人应用1000台（套）", ("=", 1000, "台（套）", None, None)),
        # head of cattle or sheep, and birds, counted as statistics count them
        ("牛羊饲养量稳定在120万头（只）以上", (">=", 120, "万头（只）", None, None)),
        ("家禽出栏1200万只（羽）", ("=", 1200, "万只（羽）", None, None)),
        # fry and spat released, fish counted by the tail and shellfish by the piece (batch 752)
        ("投放鱼苗、贝苗2000万尾（粒）", ("=", 2000, "万尾（粒）", None, None)),
        # yields per mu
        ("皮棉单产达到135公斤/亩", (">=", 135, "公斤/亩", None, None)),
        ("粮食单产达到1200斤/亩", (">=", 1200, "斤/亩", None, None)),
        # kilograms by their standard name as by 公斤 (batch 381's drugs seized)
        ("缴获毒品不少于300千克", (">=", 300, "千克", None, None)),
        # electricity in 亿度 and gas in 万方, as county offices write them (batch 391)
        ("全社会用电量达到18.6亿度", (">=", 18.6, "亿度", None, None)),
        ("天然气消费量8600万方", ("=", 8600, "万方", None, None)),
        # pieces of writing counted by the times (batch 401's policy explanations)
        ("解读政策不少于50篇次", (">=", 50, "篇次", None, None)),
        # tents stocked (batch 403)
        ("储备救灾帐篷500顶", ("=", 500, "顶", None, None)),
        # series of reports in 组, and a count in ten thousands with no unit after it — money's
        # 万元 when the clause speaks of money (batch 414)
        ("推出重大主题报道50组", ("=", 50, "组", None, None)),
        # bee colonies (batch 417)
        ("中蜂养殖规模达到3万群", (">=", 3, "万群", None, None)),
        ("新媒体平台粉丝总量突破80万", (">", 80, "万", None, None)),
        ("销售额突破8000万", (">", 8000, "万元", None, None)),
        ("推广智能装备500台套以上", (">=", 500, "台套", None, None)),
        ("智能算力达到500PFlops以上", (">=", 500, "PFlops", None, None)),
        # … a note after the unit closes its clause (session 40: the corpus's 滨海 and 余杭
        # with their full stops set after their notes)
        ("智能算力达到500PFlops以上（市数据局负责）。", (">=", 500, "PFlops", None, None)),
        ("智能算力规模达到3EFLOPS（区经信局牵头）。", (">=", 3, "EFLOPS", None, None)),
        ("智能算力规模达到12EFLOPS。", (">=", 12, "EFLOPS", None, None)),
        # health rates per 100,000 and per mille, comparators written as signs
        ("孕产妇死亡率控制在10/10万以下，", ("<=", 10, "/10万", None, None)),
        ("肺结核发病率降至30/10万以下。", ("<=", 30, "/10万", None, None)),
        ("婴儿死亡率≤4.5‰，", ("<=", 4.5, "‰", None, None)),
        ("工伤事故发生率控制在1.5‱以内，", ("<=", 1.5, "‱", None, None)),
        # a growth below zero written with its sign, as statistics print it (not a range: 5-6%)
        ("营业收入增长-2.3%。", ("=", -2.3, "%", None, None)),
        ("进出口总额同比增长－1.5%，", ("=", -1.5, "%", None, None)),
        ("检查检验结果互认率≥90%。", (">=", 90, "%", None, None)),
        # food sampled for testing, counted in batches
        ("完成食品安全抽检8000批次，", ("=", 8000, "批次", None, None)),
    ],
)
def test_targets(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert one(text) == expected


def test_in_all_is_no_part_of_a_metric() -> None:
    """共计 before a figure says it is the sum (batch 1201: 更新改造…管网共计85km was named with
    共计); 合计 names a total (收入合计: see the test of a payment's standard)."""
    (f,) = extract_figures("更新改造燃气、供水、排水管网共计85km。")
    assert (f.metric, f.value, f.unit) == ("更新改造燃气、供水、排水管网", 85, "km")
    (f,) = extract_figures("全年培训农民共计1.2万人次。")
    assert (f.metric, f.value) == ("培训农民", 1.2)


def test_how_little_is_no_part_of_a_metric_and_short_of_is_below() -> None:
    """仅为, 仅有 and 不足 say how little was found (batch 281): no part of the metric, and
    不足 is a bound from below."""
    (f,) = extract_figures("精深加工产值占比仅为15%左右。", mode="reported")
    assert (f.metric, f.comparator, f.value) == ("精深加工产值占比", "~", 15)
    (f,) = extract_figures("专业技术人员仅有120人。", mode="reported")
    assert (f.metric, f.comparator, f.value) == ("专业技术人员", "=", 120)
    (f,) = extract_figures("标准化、智能化菇房占比不足30%。", mode="reported")
    assert (f.metric, f.comparator, f.value) == ("标准化、智能化菇房占比", "<", 30)
    (f,) = extract_figures("培训人数不少于500人。")
    assert f.comparator == ">="


def test_a_goal_retold_is_measured_without_the_retelling() -> None:
    """An explanation retells the plan's goal (方案提出到2028年…): the telling and the year
    are no part of the metric (batch 280)."""
    (f,) = extract_figures("一是发展目标，提出到2028年全县预制菜产业产值突破60亿元；")
    assert (f.metric, f.comparator, f.value, f.year) == ("预制菜产业产值", ">", 60, 2028)


def test_a_plan_named_as_it_is_retold_is_no_part_of_the_metric() -> None:
    """An interpretation names the plan it retells (《方案》要求…, 《方案》明确了…，提出…):
    neither the name nor the telling is part of the metric (batch 538)."""
    figs = extract_figures(
        "《方案》要求县财政每年安排柑橘产业发展资金2000万元。"
        "《方案》明确了三项重点任务，提出改造低效果园2万亩，新培育柑橘加工企业3家。"
    )
    assert [f.metric for f in figs] == ["柑橘产业发展资金", "改造低效果园", "新培育柑橘加工企业"]


def test_a_body_of_government_saying_what_it_did_is_no_part_of_the_metric() -> None:
    """A bulletin tells what a bureau did (区农业农村局新建标准化养殖场3个): the bureau is no part
    of what is counted (probed, session 54); a firm's centre counting its own staff keeps it."""
    figs = extract_figures(
        "今年以来，区农业农村局新建标准化养殖场3个，县人社局培训农民工500人次。", mode="reported"
    )
    assert [f.metric for f in figs] == ["新建标准化养殖场", "培训农民工"]
    (f,) = extract_figures("企业研发中心新增研发人员50人。")
    assert f.metric == "企业研发中心新增研发人员"


def test_year_carries_across_clauses_of_its_sentence() -> None:
    figs = extract_figures(
        "到2025年，省级技术创新中心达到2家、研发中心达到20家。每年新建平台10家以上。"
    )
    assert [(f.value, f.year) for f in figs] == [(2, 2025), (20, 2025), (10, None)]


def test_a_deadline_leading_its_sentence_carries_across_semicolons() -> None:
    # the goals paragraph of an action plan: 到2027年 dates every clause up to 。
    figs = extract_figures(
        "到2027年，营业收入突破1500亿元，年均增长8%以上；比重达到55%；培育企业15家以上。"
        "专项资金不少于2亿元。"
    )
    assert [(f.value, f.year) for f in figs] == [
        (1500, 2027),
        (8, 2027),
        (55, 2027),
        (15, 2027),
        (2, None),
    ]
    # a year stating when something happened is no deadline for the next clause:
    # an annual plan's figure keeps the plan's year
    figs = extract_figures("2023年完成投资80亿元；新增就业9800人。", default_year=2024)
    assert [(f.value, f.year) for f in figs] == [(80, 2023), (9800, 2024)]


def test_horizon_range_is_not_a_year() -> None:
    figs = extract_figures("2023—2025年，新增就业9800人以上")
    assert figs[0].year is None
    # a season across two years written with a slash is a span, no deadline: the sugar
    # mills' 2026/2027 season is the year's work (batch 1242)
    figs = extract_figures("确保2026/2027年榨季平稳开榨，蔗款兑付率100%。", default_year=2026)
    assert [(f.metric, f.value, f.year) for f in figs] == [("蔗款兑付率", 100, 2026)]


def test_numbers_that_are_not_targets() -> None:
    assert extract_figures("提升500Mbps宽带用户占比，建设“千兆城市”") == []
    assert extract_figures("新增3A级景区，入选5A级景区影响力100强，推进309国道") == []
    assert extract_figures("抓好135个总投资580亿元的省市县重点项目")[0].value == 135
    assert len(extract_figures("抓好135个总投资580亿元的省市县重点项目")) == 1
    assert extract_figures("截至11月底工业增加值增长12.3%")[0].value == 12.3
    # how long a service runs, not a goal: round-the-clock duty, a year-round open door
    assert extract_figures("严格落实24小时值班和领导带班制度。") == []
    assert extract_figures("推行7×24小时不打烊服务，365天在线受理。") == []
    # nor how long an event runs (batch 38)
    assert extract_figures("2025年11月18日至21日在漳州市花博园举办，展期4天。") == []
    assert extract_figures("活动为期3天，会期2天。") == []
    # nor how early to come (a meeting notice's demands, batch 294)
    assert extract_figures("参会人员请提前10分钟入场。") == []
    assert extract_figures("材料请提前3天报送。") == []
    # the bodies asked to reach a goal are no part of its metric (batch 294)
    for text in (
        "请各乡镇确保全年新增枸杞种植面积1万亩。",
        "县农业农村局要力争新增枸杞种植面积1万亩。",
    ):
        assert [f.metric for f in extract_figures(text)] == ["新增枸杞种植面积"]
    assert extract_figures("办理时间压缩至2小时。")[0].value == 2
    # nor a letter's copies, nor a goal's weight in an assessment (batch 172)
    assert extract_figures("本责任书一式两份，甲乙双方各执一份。") == []
    assert extract_figures("目标任务完成情况纳入乙方年度综合考核，占考核总分的30%。") == []
    assert extract_figures("该项指标权重为20%。") == []
    assert extract_figures("纳入年度目标考核，权重不低于3%。") == []  # (batch 256)
    assert extract_figures("R&D经费投入占GDP的比重达到2.5%。")[0].value == 2.5


def test_a_unit_that_only_ends_a_clause() -> None:
    figs = extract_figures("城乡家庭宽带接入能力达到1000Mbps，千兆光网覆盖全市。")
    assert [(f.metric, f.comparator, f.value, f.unit) for f in figs] == [
        ("城乡家庭宽带接入能力", ">=", 1000, "Mbps")
    ]


def test_a_unit_that_only_ends_a_clause_ends_a_table_cell_too() -> None:
    # (a goal cell of a task table, its row's next cell after a tab: batch 693)
    figs = extract_figures("新建5G基站500个，数据中心算力规模达到2000P\t区经信局")
    assert [(f.metric, f.comparator, f.value, f.unit) for f in figs][1:] == [
        ("数据中心算力规模", ">=", 2000, "P")
    ]
    (fig,) = extract_figures("存储规模达到10PB\t区大数据局")
    assert (fig.value, fig.unit) == (10, "PB")


def test_the_bound_counted_in_before_its_word() -> None:
    # 以上 after （含）: the bound itself counted in (batch 700: read as '=')
    (fig,) = extract_figures("新增限额以上商贸企业60家（含）以上；")
    assert (fig.metric, fig.comparator, fig.value) == ("新增限额以上商贸企业", ">=", 60)


def test_new_ones_after_a_total_are_the_things_not_their_total() -> None:
    # batch 700: 新增 after a total was 新增…总数 or, past （含）以上 or another magnitude, 新增 alone
    cases = {
        "高新技术企业总数达到150家，新增30家（含）以上；": ("新增高新技术企业", ">=", 30),
        "市场主体总数达到5万户，新增3000户。": ("新增市场主体", "=", 3000),
    }
    for text, expected in cases.items():
        fig = extract_figures(text)[1]
        assert (fig.metric, fig.comparator, fig.value) == expected


def test_the_head_sold_after_a_herd_is_the_herds() -> None:
    # batch 711: 出栏 after 肉牛存栏 was named bare (the corpus's 巴林右旗 and 单县 golds name it
    # the herd's)
    figs = extract_figures("全旗肉牛存栏达到55万头，出栏18万头；")
    assert [f.metric for f in figs] == ["肉牛存栏", "肉牛出栏"]


def test_a_fall_is_a_change_not_a_level() -> None:
    (fig,) = extract_figures("到2025年，单位GDP能耗下降3%以内")
    assert (fig.comparator, fig.value, fig.unit, fig.year, fig.growth) == ("<=", 3, "%", 2025, True)


def test_rates_sharing_one_value_give_one_figure_each() -> None:
    figs = extract_figures("街道综合养老服务机构覆盖率、社区养老服务设施配建率达到100%")
    assert sorted(f.metric for f in figs) == [
        "社区养老服务设施配建率",
        "街道综合养老服务机构覆盖率",
    ]
    counts = extract_figures("新增省级以上龙头企业、合作社12家以上")
    assert len(counts) == 1  # counts of things add up: one figure


def test_rates_given_a_figure_each_in_turn_take_one_each() -> None:
    # (with 分别 the rates share no figure: two figures, not each rate with each)
    assert metrics("全县森林覆盖率、城市建成区绿化覆盖率分别达到45%、42%") == [
        ("森林覆盖率", ">=", 45, "%"),
        ("城市建成区绿化覆盖率", ">=", 42, "%"),
    ]
    assert metrics("森林覆盖率、湿地保护率、草原综合植被盖度分别达到45%、50%和60%") == [
        ("森林覆盖率", ">=", 45, "%"),
        ("湿地保护率", ">=", 50, "%"),
        ("草原综合植被盖度", ">=", 60, "%"),
    ]


def test_a_list_of_figures_whose_unit_only_the_last_writes_shares_it() -> None:
    # (statistical bulletins: 分别提高0.8个和1.2个百分点, 分别下降2.1和1.5个百分点)
    assert metrics("城镇化率、就业率分别提高2个和1个百分点") == [
        ("城镇化率提高", "=", 2, "个百分点"),
        ("就业率提高", "=", 1, "个百分点"),
    ]
    assert metrics("城镇和农村居民人均可支配收入分别增长5.5和6.8%") == [
        ("城镇居民人均可支配收入增长", "=", 5.5, "%"),
        ("农村居民人均可支配收入增长", "=", 6.8, "%"),
    ]
    # (a list of goods whose last is a character longer shares the tail after it: batch 266)
    assert [m for m, *_ in metrics("果蔬、肉类、水产品冷链流通率分别达到50%、80%和90%以上")] == [
        "果蔬冷链流通率",
        "肉类冷链流通率",
        "水产品冷链流通率",
    ]
    # (ordinals are no figures: 第7、8项)
    assert metrics("完成第7、8项任务，增长5%") == [("增长", "=", 5, "%")]


def test_reported_results() -> None:
    assert one("规上工业企业达到421家", mode="reported", default_year=2023) == (
        "=",
        421,
        "家",
        2023,
        None,
    )
    assert one("实现城镇新增就业1万余人", mode="reported", default_year=2023) == (
        ">",
        1,
        "万人",
        2023,
        None,
    )
    assert one("开展促消费活动1100余场次", mode="reported", default_year=2023)[:3] == (
        ">",
        1100,
        "场次",
    )
    figs = extract_figures("存贷款余额分别达到1311亿元和844亿元，增长15.7%和9.2%", mode="reported")
    assert [(f.value, f.unit) for f in figs] == [
        (1311, "亿元"),
        (844, "亿元"),
        (15.7, "%"),
        (9.2, "%"),
    ]


def test_mushrooms_are_counted_in_bags_and_logs() -> None:
    # (batch 309: 香菇生产规模达到2.8亿袋; logs of substrate, 菌棒, as growers count them too)
    (f,) = extract_figures("全市香菇生产规模达到2.8亿袋。", mode="reported")
    assert (f.metric, f.value, f.unit) == ("香菇生产规模", 2.8, "亿袋")
    (f,) = extract_figures("发展香菇生产5000万棒。")
    assert (f.value, f.unit) == (5000, "万棒")


def test_a_procedure_s_periods_and_an_examination_s_weights_are_not_goals() -> None:
    """A recruitment announcement's rules (batch 310): the days a list is published (公示7个工作日,
    公示期为5天), a probation's months (试用期为6个月) and a score's weight in the total
    (笔试成绩占总成绩的60%，面试成绩占40%) are none; a time limit cut is a goal, in months too."""
    text = (
        "拟聘用人员名单公示7个工作日。公示期为5天。试用期为6个月。"
        "笔试成绩占总成绩的60%，面试成绩占40%。"
    )
    assert extract_figures(text) == []
    # (nor a time a party is bound to: batch 316's buyer, 须在10个工作日内…签订出让合同)
    assert extract_figures("成交后，竞得人须在10个工作日内与县自然资源局签订出让合同。") == []
    assert extract_figures("申请人应当在5日内补正材料。") == []
    # (nor the time one has to appeal: batch 328's reply, 或者在6个月内…提起行政诉讼)
    text = "可以在收到本答复之日起60日内申请行政复议，或者在6个月内依法向人民法院提起行政诉讼。"
    assert extract_figures(text) == []
    (f,) = extract_figures("项目审批时间压缩至3个月。")
    assert (f.metric, f.comparator, f.value, f.unit) == ("项目审批时间", "<=", 3, "个月")


def test_an_answer_opening_with_a_past_year_reports_it() -> None:
    # 答：2025年，全市… (batch 311): the answer's label before the year, which dates results
    figs = extract_figures(
        "答：2025年，全市新能源汽车产量达到130万辆，同比增长35%。", past_before=2026
    )
    assert [(f.value, f.mode, f.year) for f in figs] == [
        (130, "reported", 2025),
        (35, "reported", 2025),
    ]


def test_a_staff_establishment_is_no_goal() -> None:
    """A bureau's 三定 (batch 312) fixes its staff and its leaders' posts: quotas, no goals;
    people trained or sent are counted as any other figure."""
    assert extract_figures("县商务局机关行政编制8名。设局长1名、副局长2名；股级领导职数4名。") == []
    (f,) = extract_figures("选派科技特派员30名。")
    assert (f.value, f.unit) == (30, "名")
    # (posts moved down to the towns are a goal: the corpus's 于都)
    (f,) = extract_figures("优化机构编制资源配置，向乡镇下沉编制50名。")
    assert (f.value, f.unit) == (50, "名")


def test_a_contest_s_prizes_and_an_event_s_guests_are_not_goals() -> None:
    """A festival's plan (batch 320): the prizes a contest awards (评选一等奖1名、二等奖3名) and
    the guests invited to an opening (邀请嘉宾和游客约2000人参加) are its arrangements, no
    goals; visitors received and people trained are goals as ever."""
    text = "开幕式邀请嘉宾和游客约2000人参加。摄影大赛评选一等奖1名、二等奖3名、三等奖5名。"
    assert extract_figures(text) == []
    figs = extract_figures("力争接待游客50万人次。邀请专家开展培训50场次。")
    assert [(f.value, f.unit) for f in figs] == [(50, "万人次"), (50, "场次")]


def test_a_price_by_weight_is_so_much_a_jin_and_a_sample_s_size_no_figure() -> None:
    """A price bulletin (batch 322): 大米每斤2.98元 is the price of rice, 2.98元/斤; the count of
    goods monitored (监测的15种蔬菜…) is the sample whose average follows, no figure."""
    (f,) = extract_figures("大米每斤2.98元。", mode="reported")
    assert (f.metric, f.value, f.unit) == ("大米价格", 2.98, "元/斤")
    (f,) = extract_figures("监测的15种蔬菜平均价格每斤3.62元。", mode="reported")
    assert (f.metric, f.value, f.unit) == ("蔬菜平均价格", 3.62, "元/斤")
    (f,) = extract_figures("全年抽检食品120批次。")
    assert (f.value, f.unit) == (120, "批次")


def test_a_payment_s_standard_stated_and_who_pays_a_premium_are_not_goals() -> None:
    """An open letter to farmers (batch 324): a subsidy's standard stated (每亩补贴标准为120元)
    and a premium per mu split between who pays it (其中农户自缴6元) are the policy's rules; a
    standard raised is a goal; the period a sum is of (本季度) is no part of its metric."""
    assert extract_figures("每亩补贴标准为120元。保险费每亩30元，其中农户自缴6元。") == []
    (f,) = extract_figures("人均基本公共卫生服务经费补助标准提高到94元。")
    assert (f.comparator, f.value) == (">=", 94)
    (f,) = extract_figures("本季度收入合计15.6万元。", mode="reported")
    assert f.metric == "收入合计"


def test_penalties_are_not_goals() -> None:
    """An announcement's fines (batch 307: 依法处500元以上2000元以下罚款) are a sanction's range,
    no goals, however written; fines collected are a figure as any other."""
    assert extract_figures("违反本通告规定露天焚烧秸秆的，依法处500元以上2000元以下罚款。") == []
    assert extract_figures("对个人罚款200元，对单位并处1万元以上5万元以下的罚款。") == []
    (f,) = extract_figures("全年查处违法案件120起。")
    assert (f.value, f.unit) == (120, "起")
    (f,) = extract_figures("收缴罚没款达到800万元。")
    assert (f.value, f.unit) == (800, "万元")


def test_incentives_offered_are_not_goals() -> None:
    """A policy's rewards and subsidies for each who qualifies are no goals; a total paid
    or set aside is a figure."""
    text = (
        "对设备投资额超过500万元的技术改造项目，按设备投资额的10%给予补助，"
        "单个项目最高补助200万元。对首次入统的规上工业企业，给予一次性奖励10万元；"
        "对营业收入首次突破10亿元的企业，奖励50万元。对新认定的国家级企业技术中心，"
        "给予100万元奖励。到2025年，全市国家级企业技术中心达到10家。"
    )
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(10, "家")]
    # (a sum received, named by what it is for, is a figure: batch 323's 上级补助资金10万元)
    (f,) = extract_figures("其中上级补助资金10万元。", mode="reported")
    assert (f.metric, f.value, f.unit) == ("上级补助资金", 10, "万元")
    paid = extract_figures("兑现各类奖补资金3000万元，市财政每年安排专项资金5000万元。")
    assert [(f.value, f.unit) for f in paid] == [(3000, "万元"), (5000, "万元")]
    # a price or charge set per unit of what is used is the policy's rule, no goal (batch 73)
    assert extract_figures("对D类企业实施差别化电价，每千瓦时加价0.1元。") == []
    assert extract_figures("污水处理费按每吨1.2元收取。") == []
    # … but a standard raised to so much a head is a goal
    (f,) = extract_figures("城乡居民基础养老金提高到每人每月200元。")
    assert (f.comparator, f.value, f.unit) == (">=", 200, "元")
    # a standard of payment raised is a goal, not an award offered to whoever qualifies
    raised = extract_figures("人均基本公共卫生服务经费补助标准提高到94元。")
    assert [(f.metric, f.comparator, f.value, f.unit) for f in raised] == [
        ("人均基本公共卫生服务经费补助标准", ">=", 94, "元")
    ]
    # an area expanded to so much is reached, as one raised to it (batch 96)
    (f,) = extract_figures("咖啡种植面积扩大到3000亩。")
    assert (f.metric, f.comparator, f.value, f.unit) == ("咖啡种植面积", ">=", 3000, "亩")
    # and enterprises grown to so many (batch 104)
    (f,) = extract_figures("钧瓷企业（窑口）发展到380家。")
    assert (f.comparator, f.value, f.unit) == (">=", 380, "家")


def test_honours_are_not_figures() -> None:
    assert extract_figures("获评山东好人6人", mode="reported") == []
    assert extract_figures("创建国家级特色专科2个、省级重点专科7个", mode="reported") == []
    # … nor in a goals' sentence opening with a past year, which reports it
    assert extract_figures("2024年，创建国家级绿色工厂2家。", past_before=2025) == []


def test_a_time_limit_counted_from_an_event_is_a_rule_not_a_goal() -> None:
    # (batch 271: a fund's measures gave 20 个工作日 as a goal)
    assert metrics("市经济和信息化局应当在受理之日起20个工作日内完成评审。") == []
    assert metrics("企业开办5个工作日内办结。") == [("企业开办", "<=", 5, "个工作日")]


def test_who_sets_the_money_aside_is_no_part_of_its_metric() -> None:
    assert metrics("专项资金由市级财政预算安排，每年安排3亿元。") == [("专项资金", "=", 3, "亿元")]


def test_a_band_defining_a_class_is_no_goal() -> None:
    # (batch 270: an emergency plan's classes of fires gave 100 公顷 and 10 人)
    assert (
        metrics("受害森林面积在100公顷以上1000公顷以下的，或者死亡10人以上30人以下的，为重大火灾。")
        == []
    )
    assert metrics("新增企业10家以上，营业收入突破100亿元。") == [
        ("新增企业", ">=", 10, "家"),
        ("营业收入", ">", 100, "亿元"),
    ]


def test_doubling_said_in_one_word_is_twice() -> None:
    # (found probing; 倍增 inside a name, 倍增计划, is none)
    assert metrics("到2028年，规上企业数量实现倍增。") == [("规上企业数量", "=", 2, "倍")]
    assert metrics("实施新兴产业倍增计划。") == []


def test_money_whose_yuan_is_left_unsaid_is_in_yuan() -> None:
    # (found probing: 营业收入突破100亿 was no figure, 完成投资3.5个亿 was 3.5 个)
    assert metrics("营业收入突破100亿。") == [("营业收入", ">", 100, "亿元")]
    assert metrics("完成投资3.5个亿，营业收入50亿左右。") == [
        ("完成投资", "=", 3.5, "亿元"),
        ("营业收入", "~", 50, "亿元"),
    ]
    # (no money named: a count of people left bare is no figure of money — a count in 万,
    # batch 414's followers)
    assert metrics("吸引游客500万。") == [("吸引游客", "=", 500, "万")]


def test_the_currency_after_a_sum_in_yuan_is_the_sum_s() -> None:
    # (found probing, session 61: 人民币 was the metric, the thing the sum counted)
    assert metrics("进出口总额增长10%以上，达到12亿元人民币。") == [
        ("进出口总额增长", ">=", 10, "%"),
        ("进出口总额", ">=", 12, "亿元"),
    ]
    assert metrics("发放贷款3000万元人民币。") == [("发放贷款", "=", 3000, "万元")]


def test_a_price_per_unit_applied_is_no_goal_a_price_lowered_is() -> None:
    # (batch 267: 0.28 元 was a goal, its unit cut at the slash)
    assert metrics("对符合条件的数据中心执行0.28元/千瓦时优惠电价。") == []
    assert metrics("大工业平均电价降至0.35元/千瓦时以下。") == [
        ("大工业平均电价", "<=", 0.35, "元/千瓦时")
    ]


def test_a_rank_to_win_is_a_goal() -> None:
    # what a plan sets out to have ranked (创建国家级绿色工厂) is a goal, as the 馆陶 and 南浔
    # annotations count it; won, it is an honour (above)
    figs = extract_figures("创建国家级绿色工厂5家以上，创建省级乡村旅游重点村5个。")
    assert [(f.metric, f.comparator, f.value, f.unit) for f in figs] == [
        ("创建国家级绿色工厂", ">=", 5, "家"),
        ("创建省级乡村旅游重点村", "=", 5, "个"),
    ]


def test_a_count_a_place_holds_before_its_noun_counts_the_noun() -> None:
    """全县共有12个乡镇、186个行政村: the towns and the villages (found probing, session 61:
    the first's metric was 共, the second's 乡镇); a stake's metres (K125+300) are no count."""
    assert metrics("全县共有12个乡镇、186个行政村。") == [
        ("乡镇", "=", 12, "个"),
        ("行政村", "=", 186, "个"),
    ]
    assert metrics("全县共有中小学校42所。") == [("中小学校", "=", 42, "所")]
    assert metrics("改造京藏高速K125+300处危桥。") == []


def test_a_growth_after_a_clause_telling_its_thing_s_turn_is_that_thing_s() -> None:
    """固定资产投资由负转正，增长2%: the growth is the investment's, though the clause before
    has no figure (found probing, session 61: the metric was 增长 alone)."""
    assert metrics("地区生产总值增长6%左右；固定资产投资由负转正，增长2%。") == [
        ("地区生产总值增长", "~", 6, "%"),
        ("固定资产投资增长", "=", 2, "%"),
    ]
    assert metrics("工业投资实现止跌回升，增速达到5%。")[0][0] == "工业投资增速"


def test_elliptical_metric_takes_the_previous_subject() -> None:
    figs = extract_figures("高新技术企业新增42家、总数达到211家", mode="reported")
    assert [f.metric for f in figs] == ["高新技术企业新增", "高新技术企业总数"]
    # a change in points after a level is the level's change; a change after a change is
    # the thing's, not the change's change
    figs = extract_figures("研发经费投入强度达到2.5%，提高0.3个百分点。")
    assert [f.metric for f in figs] == ["研发经费投入强度", "研发经费投入强度提高"]
    figs = extract_figures("单位地区生产总值能耗下降3%，降低0.5个百分点。")
    assert [f.metric for f in figs] == ["单位地区生产总值能耗下降", "单位地区生产总值能耗降低"]
    # a count's rise or fall against a year (比2020年增加400家) is the counted thing's
    figs = extract_figures("规模以上工业企业达到1800家，比2020年增加400家。", mode="reported")
    assert [f.metric for f in figs] == ["规模以上工业企业", "规模以上工业企业比2020年增加"]
    figs = extract_figures("贫困人口减少到50人，比上年减少120人。", mode="reported")
    assert [f.metric for f in figs][1] == "贫困人口比上年减少"


def test_growth_reckoned_and_pulled_is_the_subject_s() -> None:
    """How statisticians write a year's growth (batch 259): a two-year average, a sector's
    pull on growth and its share of it, and growth on the same basis after a factor is taken
    out, each of the subject before."""
    figs = extract_figures(
        "地区生产总值达到612.4亿元，增长6.3%，两年平均增长5.8%。第二产业增加值268.5亿元，"
        "拉动经济增长3.1个百分点，对经济增长的贡献率达到49.2%。",
        mode="reported",
    )
    assert [f.metric for f in figs] == [
        "地区生产总值",
        "地区生产总值增长",
        "地区生产总值两年平均增长",
        "第二产业增加值",
        "第二产业增加值拉动经济增长",
        "第二产业增加值对经济增长的贡献率",
    ]
    assert figs[2].period == "annual"
    figs = extract_figures(
        "一般公共预算收入完成35.6亿元，剔除留抵退税因素后同口径增长7.2%。", mode="reported"
    )
    assert [f.metric for f in figs][1] == "一般公共预算收入同口径增长"


def test_ranges_are_one_figure() -> None:
    for text in ("地区生产总值增长5%—6%", "地区生产总值增长5-6%"):
        figs = extract_figures(text)
        assert [(f.comparator, f.value, f.value_max, f.unit) for f in figs] == [
            ("between", 5, 6, "%")
        ]
    # (a range of counts, its low end written with its 万 or its whole unit: 1.5万—2万人,
    # 60亿斤至62亿斤之间, 2—3万户 — found probing at session 45's batches)
    for text, low, high, unit in (
        ("新增就业1.5万—2万人。", 1.5, 2, "万人"),
        ("粮食产量保持在60亿斤至62亿斤之间。", 60, 62, "亿斤"),
        ("新增企业2—3万户。", 2, 3, "万户"),
    ):
        (f,) = extract_figures(text)
        assert (f.comparator, f.value, f.value_max, f.unit) == ("between", low, high, unit)
    assert extract_figures("森林覆盖率不低于30%")[0].metric == "森林覆盖率"
    assert extract_figures("PM2.5平均浓度控制在35微克/立方米以内")[0].unit == "微克/立方米"
    # an intensity keeps what it is per (a unit of energy or water per 万元 of output)
    assert extract_figures("单位工业增加值能耗降低到0.5吨标准煤/万元")[0].unit == "吨标准煤/万元"
    assert extract_figures("万元GDP用水量控制在20立方米/万元以内")[0].unit == "立方米/万元"


def metrics(text: str, **kw):  # type: ignore[no-untyped-def]
    return [(f.metric, f.comparator, f.value, f.unit) for f in extract_figures(text, **kw)]


def test_an_output_after_figures_of_other_things_is_of_what_its_part_builds() -> None:
    """Revenue and growth too, after ； in a sentence with figures before (政府工作报告)."""
    text = (
        "实施工业项目150个，新增规上工业企业30家以上；做强食品加工产业，营业收入突破330亿元；"
        "培育新能源新材料产业，产值增长15%。"
    )
    assert [m[0] for m in metrics(text)] == [
        "工业项目",
        "新增规上工业企业",
        "食品加工产业营业收入",
        "新能源新材料产业产值增长",
    ]
    # a figure of something else in the same part still ends the owner's reach
    assert metrics("培育纺织服装产业集群，新增企业5家，产值增长10%。")[-1][0] == "产值增长"


def test_how_firm_a_goal_is_is_no_part_of_its_metric() -> None:
    assert metrics("地区生产总值确保增长6%，力争增长7%。") == [
        ("地区生产总值增长", "=", 6, "%"),
        ("地区生产总值增长", "=", 7, "%"),
    ]
    assert metrics("力争粮食产量达到9亿斤。")[0][0] == "粮食产量"
    # … before 实现, its doubling and the level after it (found probing, session 61)
    assert metrics("规上工业总产值力争实现翻番，达到500亿元。") == [
        ("规上工业总产值", "=", 2, "倍"),
        ("规上工业总产值", ">=", 500, "亿元"),
    ]


def test_laying_pipes_is_no_part_of_their_metric() -> None:
    """铺设 is a doing verb, as 建设 is (batch 289)."""
    (f,) = extract_figures("铺设供水管网22公里。")
    assert (f.metric, f.value, f.unit) == ("供水管网", 22, "公里")


def test_a_list_s_dash_or_bullet_is_no_part_of_a_metric() -> None:
    text = "主要预期目标是：\n——地区生产总值增长5.5%左右；\n● 城镇调查失业率控制在5.5%以内。"
    assert [m[0] for m in metrics(text)] == ["地区生产总值增长", "城镇调查失业率"]


def test_a_figure_with_no_words_of_its_own_measures_the_work_before_it() -> None:
    """实施…改造，2025年完成15家，2026年完成30家: the counts are of the work named first."""
    assert [
        (m[0], m[2]) for m in metrics("实施轮胎企业智能化改造，2025年完成15家，2026年完成30家。")
    ] == [
        ("轮胎企业智能化改造", 15),
        ("轮胎企业智能化改造", 30),
    ]
    # after a figure, the same thing again: 新增企业5家，2025年完成10家
    assert metrics("新增企业5家，2025年完成10家。")[-1][0] == "新增企业"
    # … the verb alone doing to the thing the clause before does so to (batch 1212: 全年改造3000亩
    # was no figure, the clause before holding the orchards' age)
    assert [
        (m[0], m[2]) for m in metrics("对树龄30年以上的老果园实施更新改造，全年改造3000亩。")
    ] == [("改造老果园", 3000)]
    assert [(m[0], m[2]) for m in metrics("对老旧管网实施改造，全年改造50公里。")] == [
        ("改造老旧管网", 50)
    ]


def test_a_run_of_figures_gives_each_the_thing_it_measures() -> None:
    # conjuncts sharing a tail, then a growth attribute per conjunct
    assert metrics("城镇和农村居民人均可支配收入分别为5.1万元、2.6万元，分别增长5%、7%") == [
        ("城镇居民人均可支配收入", "=", 5.1, "万元"),
        ("农村居民人均可支配收入", "=", 2.6, "万元"),
        ("城镇居民人均可支配收入增长", "=", 5, "%"),
        ("农村居民人均可支配收入增长", "=", 7, "%"),
    ]
    # a contraction the lexicon spells out; the qualifier after the last holds for all
    assert metrics("城乡居民人均可支配收入分别增长6%、7%左右") == [
        ("城镇居民人均可支配收入增长", "~", 6, "%"),
        ("农村居民人均可支配收入增长", "~", 7, "%"),
    ]
    # the verb before the first holds for all
    assert [c for _, c, _, _ in metrics("存贷款余额分别达到900亿元和600亿元")] == [">=", ">="]


def test_growth_keeps_its_subject_and_a_base_year_is_not_the_figure_year() -> None:
    figs = extract_figures("2022年全县实现服务业增加值45亿元，较2018年增长30%", mode="reported")
    assert [(f.metric, f.year) for f in figs] == [
        ("服务业增加值", 2022),
        ("服务业增加值较2018年增长", 2022),
    ]
    assert metrics("社会消费品零售总额80亿元，年均增长6%")[1][0] == "社会消费品零售总额年均增长"
    # how the change is measured is kept with the subject
    assert metrics("一般公共预算收入完成118.2亿元，同口径增长3.1%")[1][0] == (
        "一般公共预算收入同口径增长"
    )
    assert metrics("规上工业增加值50亿元，按可比价格计算增长7%")[1][0] == (
        "规上工业增加值按可比价格计算增长"
    )


def test_a_short_parenthetical_belongs_to_the_noun_before_it() -> None:
    assert metrics("全县规上企业（单位）达到120家")[0][0] == "规上企业"


def test_number_before_its_noun_after_a_counting_verb() -> None:
    assert metrics("到2025年，培育形成3个百亿级产业集群和5个五十亿级产业集群") == [
        ("培育形成百亿级产业集群", "=", 3, "个"),
        ("五十亿级产业集群", "=", 5, "个"),
    ]
    assert metrics("抓好60个总投资300亿元的市级重点项目") == [("市级重点项目", "=", 60, "个")]
    # a doing verb before the count is no part of what is counted, as after it
    assert metrics("打造三个以上国家级应用场景示范项目。") == [
        ("国家级应用场景示范项目", ">=", 3, "个")
    ]
    assert metrics("18个省级重点项目顺利推进", mode="reported")[0][0] == "省级重点项目"


def test_the_metric_is_what_is_counted_not_the_doing() -> None:
    assert [m for m, *_ in metrics("实施重点技改项目80个，完成投资60亿元")] == [
        "重点技改项目",
        "重点技改项目完成投资",
    ]
    # verbs that change what is counted stay, and scope over a list
    assert [m for m, *_ in metrics("新增国家级企业技术中心2家、省级企业技术中心9家")] == [
        "新增国家级企业技术中心",
        "新增省级企业技术中心",
    ]


def test_a_count_of_the_things_listed_ends_their_names() -> None:
    """高端纺织服装、新材料、集成电路三大集群产值分别达到…: 三大 closes the list, the tail
    after it is each one's."""
    text = "高端纺织服装、新材料、集成电路三大集群产值分别达到2000亿元、1800亿元、600亿元。"
    assert [m for m, *_ in metrics(text)] == [
        "高端纺织服装集群产值",
        "新材料集群产值",
        "集成电路集群产值",
    ]


def test_a_running_total_after_the_new_is_the_total_of_the_thing() -> None:
    """新增X120万千瓦，累计达到600万千瓦: the second figure is all of X, not the new."""
    assert metrics("新增新能源装机120万千瓦，累计达到600万千瓦。") == [
        ("新增新能源装机", "=", 120, "万千瓦"),
        ("新能源装机", ">=", 600, "万千瓦"),
    ]
    assert [m for m, *_ in metrics("新培育专精特新企业12家，累计达到86家。")] == [
        "新培育专精特新企业",
        "专精特新企业",
    ]
    # … a deadline before 累计 too (found probing: 新增规上企业 200家)
    assert [m for m, *_ in metrics("每年新增规上企业10家以上，到2028年累计达到200家。")] == [
        "新增规上企业",
        "规上企业",
    ]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # building or opening what is counted is a doing, as 实施 and 打造 are
        ("建设非遗工坊15个。", "非遗工坊"),
        ("开通低空航线5条以上。", "低空航线"),
        ("发展藏式民宿100家。", "藏式民宿"),
        # a month's deadline opening a milestone is no part of it
        ("12月底前引进项目10个。", "引进项目"),
        ("年均开展文旅惠民活动200场以上。", "文旅惠民活动"),
        ("每年组织实施重大科技攻关项目10项。", "重大科技攻关项目"),
        # the treasury that funds is not part of the fund
        ("县财政每年安排文旅发展专项资金3000万元。", "文旅发展专项资金"),
        # … a treasury named by its place (batch 530; the corpus's 阿克苏: 地区财政), not money
        # sought from one, nor a fund's source said before its sum
        ("白沟新城财政安排箱包产业发展资金2000万元。", "箱包产业发展资金"),
        ("地区财政安排林果业提质增效专项资金1.5亿元。", "林果业提质增效专项资金"),
        # … or setting a fund up (batch 547)
        ("区财政设立低空经济发展专项资金5000万元。", "低空经济发展专项资金"),
        ("争取省级财政安排专项资金3000万元。", "争取省级财政安排专项资金"),
        # … and a level of government setting a fund aside itself (batch 532), not other work
        ("街道每年安排刺绣产业扶持资金500万元。", "刺绣产业扶持资金"),
        ("镇政府安排人居环境整治资金200万元。", "人居环境整治资金"),
        ("市安排新建学校5所。", "市安排新建学校"),
        ("奖补资金由市财政统筹安排，2026年安排6000万元。", "奖补资金"),
        ("市级财政每年统筹安排海洋经济发展资金1亿元。", "海洋经济发展资金"),
        ("市财政局每年统筹安排乡村振兴资金不少于3亿元。", "乡村振兴资金"),
        # … nor the putting in of the money, the fund named after it (batch 489)
        ("每年投入义务教育学校设施设备更新资金5000万元。", "义务教育学校设施设备更新资金"),
        # … nor its being made sure of (batch 716), while other work made sure of keeps it
        ("落实中药材产业发展资金5000万元。", "中药材产业发展资金"),
        ("落实造林任务1.2万亩。", "落实造林任务"),
        # … nor 统筹 before the pooling it qualifies (batch 720); alone it is the verb counted
        ("统筹整合财政衔接资金8000万元。", "整合财政衔接资金"),
        ("统筹各级涉农资金不少于2亿元。", "统筹各级涉农资金"),
        # … nor a subject with its partner in the joint building (batch 724)
        ("推动湖北理工学院与企业共建产业技术研究院1家。", "产业技术研究院"),
        ("支持高校与企业共建联合实验室5个。", "联合实验室"),
        # … nor 促进 pushing a change along (batch 724); promotion events counted keep it
        ("促进技术交易额增长20%。", "技术交易额增长"),
        ("举办消费促进活动20场。", "举办消费促进活动"),
        # firms of any trade named short are the firms supported (batch 747: 支持茶企… kept 支持)
        ("支持茶企新建自动化生产线5条。", "茶企新建自动化生产线"),
        # … or levels of government funding together (batch 57)
        ("兵团和师市两级每年安排纺织服装产业发展资金不少于2亿元。", "纺织服装产业发展资金"),
        ("市县两级财政每年安排乡村振兴资金5亿元。", "乡村振兴资金"),
        # the means relied on is no part of what is done (batch 57)
        ("依托石河子大学、石河子职业技术学院培养纺织服装技能人才1000人。", "培养纺织服装技能人才"),
        # … nor the partner it is built with (batch 215: 西双版纳)
        ("与中国热带农业科学院合作建设天然橡胶试验站1个。", "天然橡胶试验站"),
        # a share of an area meeting a standard, named by the area and what it meets (batch 484)
        ("城市建成区45%以上面积达到海绵城市建设要求。", "城市建成区达到海绵城市建设要求的面积"),
        # … nor where advertisements run (batch 508)
        ("在京津冀主流媒体投放宣传广告不少于50期。", "投放宣传广告"),
        # the time when, opening a metric, is no part of it (batch 487)
        ("赛事期间开通旅游专线公交6条。", "旅游专线公交"),
        # the banks moved to lend are no part of the loans (batch 504)
        ("撬动金融机构发放“牛贷”贷款3亿元。", "发放“牛贷”贷款"),
        # … built jointly with it (batch 482: 与省农林科学院共建)
        ("与省农林科学院共建耐盐碱作物育种基地2个。", "耐盐碱作物育种基地"),
        # … or signed with it (batch 497)
        ("与高校院所签订产学研合作项目200项。", "签订产学研合作项目"),
        # … a banner's or a town's treasury as a county's
        ("旗财政每年安排煤炭产业转型发展专项资金1亿元。", "煤炭产业转型发展专项资金"),
        # … or other money said before the treasury's (batch 501: 援藏资金和县级财政)
        ("援藏资金和县级财政每年安排茶产业发展资金1000万元。", "茶产业发展资金"),
        # … or a forestry district's (batch 495: 神农架林区)
        ("林区财政每年安排旅游发展专项资金1.5亿元。", "旅游发展专项资金"),
        # the whole of a banner or a prefecture is no part of what is measured
        ("全旗煤炭产量稳定在2.8亿吨左右。", "煤炭产量"),
        ("全州新增光伏装机100万千瓦。", "新增光伏装机"),
        # … nor a Corps division-and-city's (师市合一, batch 57)
        ("2026年，师市纺织服装产业产值达到260亿元。", "纺织服装产业产值"),
        # gathering firms counts the firms; a running total reached is no part of the count
        ("集聚汽车零部件规模以上企业400家以上。", "汽车零部件规模以上企业"),
        ("燃料电池汽车推广量累计达到5000辆。", "燃料电池汽车推广量"),
        # a share's 的 before the figure is no part of it
        ("占全国大田玉米用种量的40%以上。", "占全国大田玉米用种量"),
        # the period is the figure's, the field it is counted in no part of it
        ("全区新能源汽车领域研发投入每年增长15%以上。", "新能源汽车领域研发投入增长"),
        ("每年在公交、出租、环卫领域推广新能源汽车1000辆。", "推广新能源汽车"),
        # a fund set aside without its treasury named
        ("每年安排钛产业技术攻关资金5000万元。", "钛产业技术攻关资金"),
        # funds got from above keep their getting (争取 is no resolve there)
        ("全年争取上级资金2亿元。", "争取上级资金"),
        # 年均 before a verb that stays is the figure's period, as 每年 is (batch 257: 正安)
        ("年均新增专利50件。", "新增专利"),
        ("年均引进配套企业5家以上。", "引进配套企业"),
        # … but 年均增长 names an indicator
        ("竹产业总产值年均增长8%以上。", "竹产业总产值年均增长"),
        # reaching an output: the output of what reached it
        ("铝精深加工产业实现营业收入1260亿元。", "铝精深加工产业营业收入"),
        # firms supported to set things up, where: the things set up are counted (batch 514)
        ("支持企业在东南亚、欧美设立海外仓3个。", "海外仓"),
        ("鼓励企业设立海外仓3个。", "海外仓"),
        ("支持第三代半导体企业建设碳化硅、氮化镓产线3条。", "碳化硅、氮化镓产线"),
        ("推动龙头企业建设智能工厂和数字化车间8个。", "智能工厂和数字化车间"),  # (batch 527)
        # … or build them new, the firms named before a class of them (batch 591)
        ("支持美的集团等龙头企业新建智能工厂2个。", "新建智能工厂"),
        # … or launch them, however many firms are named before their class (batch 592)
        ("支持上汽通用五菱、东风柳汽等整车企业推出新车型12款。", "新车型"),
        # the city's own budget setting a fund aside (市本级财政) is no part of it (batch 592)
        ("市本级财政安排新能源汽车产业发展资金5亿元。", "新能源汽车产业发展资金"),
        # the things checked, after 对, name the check counted with them (batch 513; the corpus's
        # 阿瓦提 and 蓟州 golds)
        ("对全市线缆企业开展产品质量抽检600批次。", "线缆企业产品质量抽检"),
        ("对长绒棉收购加工企业开展质量监督检查2轮。", "长绒棉收购加工企业质量监督检查"),
        # … as is reaching sales, invoiced or taxable (batch 510)
        ("全市船舶与海工装备产业实现开票销售650亿元。", "船舶与海工装备产业开票销售"),
        ("纺织产业实现应税销售300亿元。", "纺织产业应税销售"),
        ("规上工业企业完成工业总产值1320亿元。", "规上工业企业工业总产值"),
        # what is built stays when it is the noun (供水配套小区建设), and so a verb that
        # changes what is counted (新建开通)
        ("推动供水配套小区建设27个。", "供水配套小区建设"),
        ("新建开通5G基站80个以上。", "新建开通5G基站"),
        # an output with no subject of its own is the output of the cluster, industry or
        # park the clause before builds
        ("培育纺织服装产业集群，产值突破800亿元。", "纺织服装产业集群产值"),
        ("建设预制菜产业园，总产值达到50亿元。", "预制菜产业园总产值"),
        # not of something else the clause before does
        ("提升产品质量，产值达到50亿元。", "产值"),
        # enumeration words of a paragraph are no part of a metric
        ("一是建设创新中心，二是培育蔬菜新品种20个。", "培育蔬菜新品种"),
        # a comparator written as a sign is no part of the metric
        ("婴儿死亡率≤4.5‰。", "婴儿死亡率"),
        ("检查检验结果互认率≥90%。", "检查检验结果互认率"),
    ],
)
def test_the_metric_is_what_is_measured(text: str, metric: str) -> None:
    """Doing and funding words, enumeration words and a missing subject."""
    assert metrics(text)[0][0] == metric


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure between a making verb and its noun measures that thing
        ("新建2万平方米标准厂房。", [("新建标准厂房", "=", 2, "万平方米")]),
        ("新上7万千瓦煤电机组纳入省电力发展规划。", [("新上煤电机组", "=", 7, "万千瓦")]),
        # time spent is no figure: 开展5天培训, 用3天时间
        ("开展5天培训。", []),
        # but people counted after a verb alone are what it is done to (batch 110)
        ("开展党组织书记轮训，全年培训300人次以上。", [("培训", ">=", 300, "人次")]),
    ],
)
def test_a_measure_before_the_noun_it_measures(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert metrics(text) == expected


def test_enumeration_marks_and_quotes_do_not_cut_a_metric() -> None:
    assert metrics("发放创业担保、助学贷款1.2亿元") == [
        ("发放创业担保、助学贷款", "=", 1.2, "亿元")
    ]
    assert metrics("实施“千企技改、百企上云”项目50个")[0][0] == "“千企技改、百企上云”项目"
    assert metrics("截至10月底，规上工业营业收入增长9%")[0][0] == "规上工业营业收入增长"


def test_an_attribute_takes_its_subject_from_its_own_sentence_only() -> None:
    figs = extract_figures("推进A项工作，完成投资1亿元。推进B项工作，完成投资2亿元。")
    assert [f.metric for f in figs] == ["完成投资", "完成投资"]
    figs = extract_figures("实施重点工业技改项目110个，完成投资102亿元。")
    assert figs[1].metric == "重点工业技改项目完成投资"
    # … the year's investment too (batch 199)
    figs = extract_figures("全县实施重点项目120个，完成年度投资150亿元以上。")
    assert figs[1].metric == "重点项目完成年度投资"
    # … and the sum the projects signed came to (batch 750's 签约项目12个、金额23.6亿元)
    figs = extract_figures("签约项目12个、金额23.6亿元。", mode="reported")
    assert [f.metric for f in figs] == ["签约项目", "签约项目金额"]


def test_a_noun_after_its_number_is_not_the_next_figure_s() -> None:
    figs = extract_figures("20个领域285项改革任务圆满完成。", mode="reported")
    assert [(f.metric, f.value) for f in figs] == [("领域", 20), ("改革任务", 285)]


def test_a_noun_after_its_number_ends_where_the_next_figure_starts() -> None:
    figs = extract_figures("32个省市重点项目完成投资150亿元，15个项目实现产值8亿元。")
    assert [(f.metric, f.value) for f in figs] == [
        ("省市重点项目", 32),
        ("省市重点项目完成投资", 150),
        ("项目", 15),
        ("项目产值", 8),
    ]


def test_a_comparison_with_an_average_and_a_share_of_the_plan_are_attributes() -> None:
    figs = extract_figures(
        "地区生产总值增长5.8%，高于全省平均水平0.2个百分点。"
        "一般公共预算收入完成21.5亿元，为年度计划的102.3%。"
        "城镇登记失业率3.1%，低于全省0.5个百分点。",
        mode="reported",
    )
    assert [(f.metric, f.comparator, f.value) for f in figs] == [
        ("地区生产总值增长", "=", 5.8),
        ("地区生产总值增长高于全省平均水平", "=", 0.2),
        ("一般公共预算收入", "=", 21.5),
        ("一般公共预算收入完成年度计划", "=", 102.3),
        ("城镇登记失业率", "=", 3.1),
        ("城镇登记失业率低于全省", "=", 0.5),  # a difference, not an upper bound
    ]
    # a share of the budget is one of the plan; the attribute after a share or a comparison
    # is still the subject's (同口径增长 of the revenue, not of its share of the budget)
    after = extract_figures(
        "一般公共预算收入完成21.6亿元，为年度预算的102.3%，同口径增长5.2%。"
        "地区生产总值增长6.3%，高于全市平均水平0.5个百分点，居全市第3位，总量达到385亿元。",
        mode="reported",
    )
    assert [(f.metric, f.value) for f in after] == [
        ("一般公共预算收入", 21.6),
        ("一般公共预算收入完成年度预算", 102.3),
        ("一般公共预算收入同口径增长", 5.2),
        ("地区生产总值增长", 6.3),
        ("地区生产总值增长高于全市平均水平", 0.5),
        ("地区生产总值总量", 385),
    ]
    # … a margin under the goal set (低于预期目标) and a share of the plan said 年计划 too
    # (found probing, session 61: the margin's metric was the goal alone, an upper bound; the
    # share's was 年计划)
    goal = extract_figures(
        "社会消费品零售总额实现46.8亿元，增长4.2%，低于预期目标1.8个百分点。"
        "城镇新增就业3260人，完成年计划的108.7%。",
        mode="reported",
    )
    assert [(f.metric, f.comparator, f.value) for f in goal] == [
        ("社会消费品零售总额", "=", 46.8),
        ("社会消费品零售总额增长", "=", 4.2),
        ("社会消费品零售总额增长低于预期目标", "=", 1.8),
        ("城镇新增就业", "=", 3260),
        ("城镇新增就业完成年计划", "=", 108.7),
    ]
    # … and a share of the year's task said with 是 (found probing, session 74: the metric was
    # 是年度任务 alone, no subject)
    task = extract_figures(
        "全年完成造林绿化面积2.3万亩，是年度任务的115%。新增城镇就业5236人，是目标任务的104.7%。",
        mode="reported",
    )
    assert [(f.metric, f.value) for f in task] == [
        ("造林绿化面积", 2.3),
        ("造林绿化面积完成年度任务", 115),
        ("新增城镇就业", 5236),
        ("新增城镇就业完成目标任务", 104.7),
    ]
    # … and a margin under the bound a rate is held to (低于控制目标, 低于调控目标 — found
    # probing: the margin's metric was the bound alone, '<=')
    held = extract_figures(
        "城镇登记失业率3.2%，低于控制目标0.8个百分点；居民消费价格涨幅2.1%，低于调控目标0.9个百分点。",
        mode="reported",
    )
    assert [(f.metric, f.comparator, f.value) for f in held] == [
        ("城镇登记失业率", "=", 3.2),
        ("城镇登记失业率低于控制目标", "=", 0.8),
        ("居民消费价格涨幅", "=", 2.1),
        ("居民消费价格涨幅低于调控目标", "=", 0.9),
    ]
    # … and after a price's rise, its 涨幅 named (found probing: 居民消费价格指数上涨涨幅…, '<=')
    risen = extract_figures(
        "居民消费价格指数上涨1.2%，涨幅低于控制目标1.8个百分点。", mode="reported"
    )
    assert [(f.metric, f.comparator, f.value) for f in risen] == [
        ("居民消费价格指数上涨", "=", 1.2),
        ("居民消费价格指数涨幅低于控制目标", "=", 1.8),
    ]
    # … and a pass over the year's plan (超年度计划), and a first crossed (首次突破: when, no
    # part of what) — found probing, session 61
    passed = extract_figures(
        "实施省市重点项目42个，完成投资86.5亿元，超年度计划12.3个百分点。"
        "地区生产总值首次突破300亿元大关，达到305.6亿元。",
        mode="reported",
    )
    assert [(f.metric, f.comparator, f.value) for f in passed] == [
        ("省市重点项目", "=", 42),
        ("省市重点项目完成投资", "=", 86.5),
        ("省市重点项目完成投资超年度计划", "=", 12.3),
        ("地区生产总值", ">", 300),
        ("地区生产总值", "=", 305.6),
    ]
    target = extract_figures("规上工业增加值增长8%，高于全市平均水平1个百分点以上。")
    assert (target[1].metric, target[1].comparator) == ("规上工业增加值增长高于全市平均水平", ">=")
    # … and so is one with the economy's growth, as income is compared, or a region's
    income = extract_figures(
        "居民人均可支配收入增长6.5%，快于经济增长0.5个百分点。"
        "规上工业增加值增长8%，高于全区1.2个百分点。",
        mode="reported",
    )
    assert [(f.metric, f.value) for f in income] == [
        ("居民人均可支配收入增长", 6.5),
        ("居民人均可支配收入增长快于经济增长", 0.5),
        ("规上工业增加值增长", 8),
        ("规上工业增加值增长高于全区", 1.2),
    ]


def test_a_share_of_a_total_or_of_the_budget_is_an_attribute_in_the_texts_words() -> None:
    """A share of a total after a figure is the share of that figure's subject
    (税收收入29.1亿元，占一般公共预算收入的比重为75.4% — batch 84), as a share of the plan
    is; a share of the budget keeps the text's words (为预算的 is 完成预算, not 完成年度预算)."""
    figs = extract_figures(
        "一般公共预算收入完成38.6亿元，为预算的101.2%，增长5.3%。"
        "其中，税收收入29.1亿元，占一般公共预算收入的比重为75.4%。"
        "民生支出50.2亿元，占一般公共预算支出的80.6%。"
        "制种产量达到4.5亿公斤，占全国大田玉米用种量的40%以上。",
        mode="reported",
    )
    assert [(f.metric, f.value) for f in figs] == [
        ("一般公共预算收入", 38.6),
        ("一般公共预算收入完成预算", 101.2),
        ("一般公共预算收入增长", 5.3),
        ("税收收入", 29.1),
        ("税收收入占一般公共预算收入的比重", 75.4),
        ("民生支出", 50.2),
        ("民生支出占一般公共预算支出", 80.6),
        ("制种产量", 4.5),
        ("制种产量占全国大田玉米用种量", 40),
    ]


def test_a_budgets_expecting_and_arranging_are_no_part_of_its_metrics() -> None:
    """A draft budget's words (batch 84): revenue 预期增长 and 预计, spending 安排 — how a
    figure is set, not what it measures."""
    figs = extract_figures(
        "2026年全区一般公共预算收入预期增长5%，达到40.5亿元。一般公共预算支出安排60.8亿元。"
        "政府性基金预算收入预计21亿元，政府性基金预算支出安排30.2亿元。"
    )
    assert [(f.metric, f.value) for f in figs] == [
        ("一般公共预算收入增长", 5),
        ("一般公共预算收入", 40.5),
        ("一般公共预算支出", 60.8),
        ("政府性基金预算收入", 21),
        ("政府性基金预算支出", 30.2),
    ]


def test_counts_in_chinese_numerals_after_their_noun() -> None:
    figs = extract_figures(
        "到2025年，新增规上工业企业三十家，培育专精特新企业两家以上，"
        "引进高层次人才一百二十名，举办招商活动十余场。"
    )
    assert [(f.metric, f.comparator, f.value, f.unit, f.year) for f in figs] == [
        ("新增规上工业企业", "=", 30, "家", 2025),
        ("培育专精特新企业", ">=", 2, "家", 2025),
        ("引进高层次人才", "=", 120, "名", 2025),
        ("举办招商活动", ">", 10, "场", 2025),
    ]


def test_counts_in_chinese_numerals_before_a_note_closing_their_clause() -> None:
    """A note in brackets right after a count in numerals closes its clause, as a stop does
    (found probing, session 55: the count was no figure)."""
    figs = extract_figures(
        "全年新建高标准农田五万亩，改造提升三万亩（县农业农村局牵头，县财政局配合）。"
        "培育龙头企业两家（县农业农村局负责）。"
    )
    assert [(f.metric, f.value, f.unit) for f in figs] == [
        ("新建高标准农田", 5, "万亩"),
        ("改造提升高标准农田", 3, "万亩"),
        ("培育龙头企业", 2, "家"),
    ]


def test_a_bound_after_a_verb_ending_a_kind_defines_the_kind() -> None:
    """消除5万元以下薄弱村: the villages below the bound are the kind ended, no goal of 5万元 at
    most (found probing, session 55) — as 消除56人以上大班额 was already; a count of them after
    is the figure, the bound in its name."""
    assert extract_figures("年底前全部消除5万元以下薄弱村。") == []
    assert extract_figures("关停10万千瓦以下煤电机组。") == []
    # (what the bound is of may come between: found probing, session 58)
    assert extract_figures("消除集体经济收入5万元以下薄弱村。") == []
    assert extract_figures("淘汰老旧车辆500辆以上，") != []
    figs = extract_figures("消除5万元以下薄弱村20个。")
    assert [(f.metric, f.value, f.unit) for f in figs] == [("消除5万元以下薄弱村", 20, "个")]
    # (a level held above a bound is a goal still)
    assert extract_figures("森林覆盖率保持在40%以上水平。")[0].value == 40


def test_a_note_opening_an_item_is_no_part_of_its_metric() -> None:
    """An item opening with its note in 【】 (〔〕 by the normaliser) before the work: the
    metric starts after it (batch 554: 〔县商务局负责〕开发… was the metric)."""
    text = normalise(
        "1.【县住房和城乡建设局牵头】改造提升旅游厕所30座。\n"
        "2.【县农业农村局牵头，各乡镇人民政府配合】新增精品民宿50家。"
    ).text
    assert [f.metric for f in extract_figures(text)] == ["改造提升旅游厕所", "新增精品民宿"]


def test_a_range_of_counts_in_chinese_numerals_is_one_range() -> None:
    """二至三家 is from two to three, as 2至3家 is — not a count of three of 企业二 (probed,
    session 54)."""
    figs = extract_figures(
        "引进龙头企业二至三家，新建示范基地三到五个，培育专精特新企业两至三家，引进二至三家链主企业。"
    )
    assert [(f.metric, f.comparator, f.value, f.value_max, f.unit) for f in figs] == [
        ("引进龙头企业", "between", 2, 3, "家"),
        ("新建示范基地", "between", 3, 5, "个"),
        ("培育专精特新企业", "between", 2, 3, "家"),
        ("引进链主企业", "between", 2, 3, "家"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "坚持两个毫不动摇，实施“三个一批”工程，惠及千家万户。",  # slogans go on after the count
        "开展第三批试点，分为三类：",  # an ordinal; a verb alone before the count
        "培育两家。",
        "推进“十四五”规划，二〇二五年完成。",
    ],
)
def test_chinese_numerals_that_are_not_counts(text: str) -> None:
    assert extract_figures(text) == []


def test_investment_is_made_in_projects_not_in_a_growth_rate() -> None:
    figs = extract_figures("全县GDP增长6%，完成投资5亿元，建成重点工程3项，完成投资2亿元。")
    assert [f.metric for f in figs] == ["GDP增长", "完成投资", "重点工程", "重点工程完成投资"]


def test_a_stock_counts_all_not_the_new_ones() -> None:
    figs = extract_figures("新增科技型企业10家，总数达到50家。")
    assert [f.metric for f in figs] == ["新增科技型企业", "科技型企业总数"]
    # … past a change on the year before between them (found probing: the metric was
    # 规上企业比上年增加总数)
    # … after 新登记 too (found probing: 新登记市场主体总量)
    figs = extract_figures("全年新登记市场主体1.2万户，总量突破8万户。", mode="reported")
    assert [f.metric for f in figs] == ["新登记市场主体", "市场主体总量"]
    figs = extract_figures("新增规上企业12家，比上年增加3家，总数达到156家。")
    assert [f.metric for f in figs] == ["新增规上企业", "新增规上企业比上年增加", "规上企业总数"]


def test_a_part_in_brackets_is_no_subject_of_a_change_after_them() -> None:
    """完成固定资产投资85亿元（其中工业投资30亿元），同比增长9%: the growth is the investment's
    (found probing: it was 工业投资同比增长)."""
    figs = extract_figures("全年完成固定资产投资85亿元（其中工业投资30亿元），同比增长9%。")
    assert [f.metric for f in figs] == ["固定资产投资", "工业投资", "固定资产投资同比增长"]
    # (a change inside the bracket is the part's)
    figs = extract_figures("完成固定资产投资85亿元（其中工业投资30亿元，增长12%），同比增长9%。")
    assert [f.metric for f in figs] == [
        "固定资产投资",
        "工业投资",
        "工业投资增长",
        "固定资产投资同比增长",
    ]


def test_a_change_from_a_baseline_is_an_observation_and_a_target() -> None:
    figs = extract_figures("到2026年底，高新技术产业产值占规上工业产值比重由2023年的45%提高到55%。")
    rows = [(f.metric, f.comparator, f.value, f.year, f.mode) for f in figs]
    metric = "高新技术产业产值占规上工业产值比重"
    assert rows == [(metric, "=", 45, 2023, "reported"), (metric, ">=", 55, 2026, None)]
    # … the goal dated as the baseline is (batch 74)
    figs = extract_figures("本地配套率由2025年的35%提高到2027年的45%。")
    rows = [(f.metric, f.comparator, f.value, f.year, f.mode) for f in figs]
    assert rows == [("本地配套率", "=", 35, 2025, "reported"), ("本地配套率", ">=", 45, 2027, None)]


def test_a_goal_split_by_year_in_brackets_counts_what_the_goal_counts() -> None:
    # batch 74: 实施技改项目60个（2026年30个、2027年30个）
    figs = extract_figures("实施技改项目60个（2026年30个、2027年30个）。（区经信局负责）")
    rows = [(f.metric, f.value, f.year) for f in figs]
    assert rows == [("技改项目", 60, None), ("技改项目", 30, 2026), ("技改项目", 30, 2027)]


def test_a_fall_to_a_value_is_at_most_and_a_baseline_without_year_is_dropped() -> None:
    figs = extract_figures("万元GDP能耗由目前的0.5吨标准煤下降到0.4吨标准煤")
    assert [(f.metric, f.comparator, f.value, f.mode) for f in figs] == [
        ("万元GDP能耗", "<=", 0.4, None)
    ]


def test_a_deadline_is_not_part_of_the_metric() -> None:
    for text in ("2024年底前建成智能制造示范车间10个", "力争2025年6月底前建成智能制造示范车间10个"):
        (f,) = extract_figures(text)
        assert (f.metric, f.year) == ("智能制造示范车间", int(text[text.index("20") :][:4]))
    # in an annual plan the year is the plan's: 年底前 alone
    for text in ("年底前实现高频事项免证办理200项", "今年年底前建成智能制造示范车间10个"):
        (f,) = extract_figures(text)
        assert f.metric in ("高频事项免证办理", "智能制造示范车间")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("压减办税时间至80小时以内", ("办税时间", "<=", 80, "小时")),
        ("企业开办时间压缩至1个工作日以内", ("企业开办时间", "<=", 1, "个工作日")),
        ("到2025年，人均预期寿命达到80岁", ("人均预期寿命", ">=", 80, "岁")),
        ("空气质量优良天数达到260天以上", ("空气质量优良天数", ">=", 260, "天")),
        ("集装箱吞吐量突破50万标箱", ("集装箱吞吐量", ">", 50, "万标箱")),
    ],
)
def test_durations_ages_and_containers(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    (f,) = extract_figures(text)
    assert (f.metric, f.comparator, f.value, f.unit) == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("设立商业航天产业基金，规模50亿元", "商业航天产业基金规模"),
        ("发起设立机器人产业投资基金，总规模不低于20亿元", "机器人产业投资基金总规模"),
        # (a size with its own thing keeps it)
        ("设立产业基金，基金规模10亿元", "基金规模"),
    ],
)
def test_the_size_of_a_fund_the_clause_before_sets_up_is_the_fund_s(text: str, metric: str) -> None:
    """设立X基金，规模50亿元: the size is the fund's (batches 630 and 633: the metric was 规模)."""
    (f,) = extract_figures(text)
    assert f.metric == metric


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地区生产总值保持6%左右的增速", ("地区生产总值增速", "~", 6, None)),
        ("规上工业增加值保持8%以上的增长", ("规上工业增加值增长", ">=", 8, None)),
        ("地区生产总值保持6%—6.5%的增速", ("地区生产总值增速", "between", 6, 6.5)),
        ("居民收入保持7%的年均增长", ("居民收入年均增长", "=", 7, None)),
        # … and the speed something grows at (地区生产总值以年均8%的速度增长)
        ("地区生产总值以年均8%的速度增长", ("地区生产总值年均增长", "=", 8, None)),
        ("规上工业增加值以每年10%以上的速度递增", ("规上工业增加值增长", ">=", 10, None)),
        ("居民收入以7%左右的速度增长", ("居民收入增长", "~", 7, None)),
    ],
)
def test_a_share_qualifying_a_rate_is_that_rate(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    """保持6%左右的增速: the share qualifies the output's rate of growth, and is it (found
    probing, session 60: no figure was read — a share qualifying what follows, as 能耗降低10%的
    目标's, is none; the band's lower end alone had been read as a level)."""
    (f,) = extract_figures(text)
    assert (f.metric, f.comparator, f.value, f.value_max) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("粮食总产量稳定在50万吨以上的水平", ("粮食总产量", ">=", 50, "万吨")),
        ("城镇调查失业率控制在5.5%左右的水平", ("城镇调查失业率", "~", 5.5, "%")),
        ("实际利用外资保持5亿美元以上的规模", ("实际利用外资", ">=", 5, "亿美元")),
        ("新增城镇就业保持在8000人以上的规模", ("新增城镇就业", ">=", 8000, "人")),
    ],
)
def test_a_figure_qualifying_a_level_is_that_level(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    """稳定在50万吨以上的水平: the figure qualifies its own level or scale (found probing,
    session 60: no figure was read, as for 总投资580亿元的项目)."""
    (f,) = extract_figures(text)
    assert (f.metric, f.comparator, f.value, f.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建成10个以上的示范村", ("示范村", ">=", 10, "个")),
        ("培育5家以上的龙头企业", ("培育龙头企业", ">=", 5, "家")),
        ("新建3个左右的产业园", ("新建产业园", "~", 3, "个")),
        ("引进20名以上的高层次人才", ("引进高层次人才", ">=", 20, "名")),
    ],
)
def test_a_count_made_before_的_and_its_noun_counts_the_noun(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    """建成10个以上的示范村: a count of what a making verb makes, set before the noun with 的,
    counts it (found probing, session 60: no figure, as for a threshold qualifying a noun)."""
    (f,) = extract_figures(text)
    assert (f.metric, f.comparator, f.value, f.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("力争实现100亿元的营业收入", ("营业收入", "=", 100, "亿元")),
        ("带动1万人以上的就业", ("带动就业", ">=", 1, "万人")),
        ("新增500万千瓦的装机容量", ("新增装机容量", "=", 500, "万千瓦")),
        # (what reaches it named before: its subject)
        ("电子信息产业实现50亿元的营业收入", ("电子信息产业营业收入", "=", 50, "亿元")),
        # (a note closing it after the name, its full stop after the note)
        ("实现50亿元的营业收入（县工信局负责）。", ("营业收入", "=", 50, "亿元")),
        # (as a report tells it, done: 完成了30亿元的工业投资)
        ("全年完成了30亿元的工业投资", ("工业投资", "=", 30, "亿元")),
    ],
)
def test_a_measure_reached_and_named_after_the_figure(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    """实现100亿元的营业收入: the figure is the revenue's, named after it with 的 (found
    probing, session 60: no figure); a goal named so (实现100亿元的目标) stays none, as
    能耗降低10%的目标 does."""
    (f,) = extract_figures(text)
    assert (f.metric, f.comparator, f.value, f.unit) == expected
    assert extract_figures("力争实现100亿元的目标") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年新增了12家规上企业", ("新增规上企业", 12, "家")),
        ("培育了5家国家级专精特新企业", ("培育国家级专精特新企业", 5, "家")),
        ("建成了10个以上的示范村", ("示范村", 10, "个")),
        ("完成了50亿元固定资产投资", ("固定资产投资", 50, "亿元")),
        ("地区生产总值增长了6.5%", ("地区生产总值增长", 6.5, "%")),
    ],
)
def test_a_deed_done_told_with_了_reads_as_without_it(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    """新增了12家规上企业: the particle marking the deed done is no part of the metric, and
    the noun after the count is counted as after 新增 (found probing, session 60: the metric
    was 新增了)."""
    (f,) = extract_figures(text, mode="reported", default_year=2025)
    assert (f.metric, f.value, f.unit) == expected


def test_a_count_qualifying_a_noun_after_another_verb_is_still_none() -> None:
    """鼓励2家以上的企业组建联合体: a condition on the firms, no goal."""
    assert extract_figures("鼓励2家以上的企业组建联合体") == []


def test_a_count_of_what_things_hold_qualifying_them_is_no_figure() -> None:
    """支持拥有3项以上发明专利的企业申报: the count is of what the firms after 的 hold, a
    condition on them (found probing, session 60: read as 3 项, '>=', metric 支持拥有) — but a
    count held with no 的 after it is the goal (力争获得3项以上发明专利)."""
    assert extract_figures("支持拥有3项以上发明专利的企业申报") == []
    assert extract_figures("对获得2项以上专利的企业给予奖励") == []
    (f,) = extract_figures("力争获得3项以上发明专利")
    assert (f.comparator, f.value, f.unit) == (">=", 3, "项")


def test_a_share_qualifying_a_goal_named_after_it_is_still_none() -> None:
    assert extract_figures("确保完成能耗降低10%的目标") == []
    # … nor a figure qualifying the things counted (规模以上 is a class of firms)
    assert extract_figures("年营业收入达到1亿元的规模以上企业") == []
    assert extract_figures("总投资580亿元的项目") == []


def test_a_measure_after_only_a_verb_is_not_a_figure() -> None:
    assert extract_figures("用3天时间完成整治，开展5天集中培训") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of a five-year plan's period is the figure's year
        ("到“十四五”末，规上工业营业收入突破500亿元", ("规上工业营业收入", 2025)),
        ("“十五五”期间，战略性新兴产业产值年均增长10%", ("战略性新兴产业产值年均增长", 2030)),
        ("十四五时期，新增高标准农田5万亩", ("新增高标准农田", 2025)),
        # … and its middle its third year (found probing, session 60: the document's year)
        (
            "力争到“十五五”中期，数字经济核心产业增加值占比提高到10%",
            ("数字经济核心产业增加值占比", 2028),
        ),
        # a plan compared with is not the figure's year; a later year wins in one sentence
        ("到2027年，研发投入较“十四五”末提高1个百分点", ("研发投入较“十四五”末提高", 2027)),
        ("“十四五”期间，到2023年新增企业5家", ("新增企业", 2023)),
    ],
)
def test_a_five_year_plan_period_gives_its_end_year(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    (f,) = extract_figures(text)
    assert (f.metric, f.year) == expected


def test_a_span_of_years_is_not_part_of_the_metric() -> None:
    (f,) = extract_figures("力争三年内新增专精特新企业20家")
    assert f.metric == "新增专精特新企业"


@pytest.mark.parametrize("marker", ["1.", "1、", "1）", "①", "二、"])
def test_a_heading_marker_is_not_part_of_the_metric(marker: str) -> None:
    figs = extract_figures(f"{marker}实施重点项目200个以上，完成投资300亿元。")
    assert [f.metric for f in figs] == ["重点项目", "重点项目完成投资"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threshold before the noun it qualifies is part of the thing counted
        (
            "新开工亿元以上项目30个，其中10亿元以上项目5个。",
            [("新开工亿元以上项目", 30, "个"), ("10亿元以上项目", 5, "个")],
        ),
        ("新增年营业收入过10亿元企业5家", [("新增年营业收入过10亿元企业", 5, "家")]),
        ("培育年产值超5000万元企业20家以上", [("培育年产值超5000万元企业", 20, "家")]),
        # … a count of head or of firms too, with 以上 or 以下 after it (batch 1204: 300头 was a
        # goal of its own)
        (
            "新建存栏300头以上标准化养殖场30个。",
            [("新建存栏300头以上标准化养殖场", 30, "个")],
        ),
        ("年出栏5000只以上蛋鸡场达到40个。", [("年出栏5000只以上蛋鸡场", 40, "个")]),
        # (but not a count with no bound after it: 新增企业10家带动就业500人)
        ("新增企业10家带动就业500人。", [("新增企业", 10, "家"), ("带动就业", 500, "人")]),
        # a figure of its own before a count
        ("引进项目30个，总投资100亿元", [("引进项目", 30, "个"), ("引进项目总投资", 100, "亿元")]),
        ("投资5亿元建设项目3个", [("投资", 5, "亿元"), ("建设项目", 3, "个")]),
        ("投资5亿元以上实施项目3个", [("投资", 5, "亿元"), ("项目", 3, "个")]),
        # a size class (5万吨级) is no figure, after a count too (batch 48)
        (
            "加快推进惠阳港区3个5万吨级泊位建设，新建10万吨级集装箱泊位2个。",
            [("5万吨级泊位", 3, "个"), ("新建10万吨级集装箱泊位", 2, "个")],
        ),
        ("建成百万千瓦级风电基地1个", [("百万千瓦级风电基地", 1, "个")]),
    ],
)
def test_a_threshold_qualifying_a_counted_noun_is_not_a_figure(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert [(f.metric, f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "城镇化率提高1.5个百分点，达到65%",
            [("城镇化率提高", 1.5, "个百分点", True), ("城镇化率", 65, "%", False)],
        ),
        (
            "地区生产总值增长6%，达到820亿元",
            [("地区生产总值增长", 6, "%", True), ("地区生产总值", 820, "亿元", False)],
        ),
        # a second change stays a change
        (
            "出口增长5%，增长8%",
            [("出口增长", 5, "%", True), ("出口增长", 8, "%", True)],
        ),
    ],
)
def test_a_level_reached_after_a_change_is_the_level_of_its_subject(
    text: str, expected: list
) -> None:  # type: ignore[type-arg]
    assert [(f.metric, f.value, f.unit, f.growth) for f in extract_figures(text)] == expected


def test_a_run_of_years_is_no_metric_and_stabilising_is_a_doing() -> None:
    # 连续5年 says for how long, not what: the level is the previous figure's subject
    figs = extract_figures("粮食总产量达到6.1亿斤，连续5年稳定在6亿斤以上。", mode="reported")
    assert [(f.metric, f.comparator, f.value) for f in figs] == [
        ("粮食总产量", "=", 6.1),
        ("粮食总产量", ">=", 6),
    ]
    assert metrics("稳定粮食播种面积70万亩以上")[0][0] == "粮食播种面积"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count in words after a verb that makes what it counts, before the noun (打造
        # and 建设 are doing, no part of the metric, as the corpus's annotations have it)
        ("到2026年，打造两个千亿级产业集群", [("千亿级产业集群", 2.0, "个", 2026)]),
        ("新建三座污水处理厂。", [("新建污水处理厂", 3.0, "座", None)]),
        ("建设三个产业园。", [("产业园", 3.0, "个", None)]),
        # slogans and set phrases are not counts
        ("建设“三个一批”项目，落实两个毫不动摇，打造一批龙头企业。", []),
        ("建立三个一流标准。", []),
    ],
)
def test_a_count_in_words_before_its_noun(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert [(f.metric, f.value, f.unit, f.year) for f in extract_figures(text)] == expected


def test_a_count_after_pushing_or_supporting_names_what_it_counts() -> None:
    (f,) = extract_figures("每年推动500家以上规上工业企业实施技术改造。")
    assert (f.metric, f.comparator, f.value, f.period) == (
        "实施技术改造的规上工业企业",  # named by what they do (test below)
        ">=",
        500,
        "annual",
    )


def test_a_count_after_launching_names_what_is_launched() -> None:
    (f,) = extract_figures("年底前推出30项集成服务。")
    assert (f.metric, f.value, f.unit) == ("集成服务", 30, "项")


def test_a_rise_in_prices_is_a_growth() -> None:
    (f,) = extract_figures("居民消费价格涨幅控制在3%左右。")
    assert (f.metric, f.comparator, f.value, f.growth) == ("居民消费价格涨幅", "~", 3, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2024年、2025年高新技术企业数量分别达到500家、600家。",
            [("高新技术企业数量", 500, 2024), ("高新技术企业数量", 600, 2025)],
        ),
        (
            "2023年至2025年，每年分别新增企业10家、20家、30家。",
            [("新增企业", 10, 2023), ("新增企业", 20, 2024), ("新增企业", 30, 2025)],
        ),
        # a span of years without 分别 is the horizon, however it is written
        ("2023年至2025年，累计新增企业100家。", [("新增企业", 100, None)]),
        # as many years as figures, but no 分别: the last year holds
        ("2024年、2025年新增企业500家。", [("新增企业", 500, 2025)]),
    ],
)
def test_years_listed_in_turn_with_their_figures(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert [(f.metric, f.value, f.year) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新增市场主体2万户，其中企业6000户。", "新增市场主体中的企业"),
        ("全市市场主体总量达到12万户，其中企业2.6万户。", "市场主体中的企业"),
        # a part that names itself keeps its name
        ("固定资产投资增长4.3%，其中工业投资增长12%。", "工业投资增长"),
        # a part after the whole's growth is a part of the whole, not of the growth
        ("进出口总额完成35亿元，同比增长15%，其中出口28亿元。", "进出口中的出口"),
    ],
)
def test_a_part_named_after_its_whole(text: str, expected: str) -> None:
    assert extract_figures(text)[-1].metric == expected


def test_a_change_a_list_shares_is_each_one_s() -> None:
    """规上工业总产值、营业收入均增长10% (found probing: one goal named by the whole list): each
    of the list grows 10%, as a list of rates each reaches what they share (均达到100%)."""
    figs = extract_figures("实现规上工业总产值、营业收入均增长10%。")
    assert sorted((f.metric, f.value, f.unit) for f in figs) == [
        ("营业收入增长", 10, "%"),
        ("规上工业总产值增长", 10, "%"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (batch 1022: 普洱茶啡出口额 — the first's length cut the last's head)
        ("普洱茶、普洱咖啡出口额分别增长10%和20%。", ["普洱茶出口额增长", "普洱咖啡出口额增长"]),
        ("苹果、梨产量分别达到60万吨和20万吨。", ["苹果产量", "梨产量"]),
    ],
)
def test_a_list_sharing_a_measure_gives_each_its_measure(text: str, expected: list[str]) -> None:
    """Goods whose heads differ in length, a measure closing the last (出口额, 产量): each takes
    the measure, not the characters after the first's length."""
    assert [f.metric for f in extract_figures(text)] == expected


def test_carats_and_pairs_are_units() -> None:
    """Diamonds counted in carats (金刚石单晶年产量达到25亿克拉, batch 1026) and shoes in pairs
    (女鞋产量稳定在3亿双, batch 1050): goals, not lost — nor 双 opening a word (双创平台)."""
    (f,) = extract_figures("金刚石单晶年产量达到25亿克拉。")
    assert (f.metric, f.comparator, f.value, f.unit) == ("金刚石单晶年产量", ">=", 25, "亿克拉")
    (f,) = extract_figures("女鞋产量稳定在3亿双。")
    assert (f.metric, f.comparator, f.value, f.unit) == ("女鞋产量", "=", 3, "亿双")
    (f,) = extract_figures("新增双创平台5家。")
    assert (f.metric, f.value, f.unit) == ("新增双创平台", 5, "家")


def test_a_count_each_of_a_list_is_given_is_one_goal_each() -> None:
    """引进新能源电池材料、生物医药项目各2个以上 (batch 1013): two goals, one for each kind of
    project, as a change a list shares is each one's (均增长)."""
    figs = extract_figures("引进新能源电池材料、生物医药项目各2个以上，新建足球场、篮球场各10片。")
    assert sorted((f.metric, f.comparator, f.value, f.unit) for f in figs) == [
        ("引进新能源电池材料", ">=", 2, "个"),
        ("新建足球场", "=", 10, "片"),
        ("生物医药项目", ">=", 2, "个"),
        ("篮球场", "=", 10, "片"),
    ]


def test_a_band_qualifying_a_noun_is_no_figure() -> None:
    """单体投资1000万—2000万元的项目 (found probing): a band of sizes qualifying the projects
    counted, its lower end no goal — the count is, striven past as well."""
    figs = extract_figures("引进单体投资1000万—2000万元的项目15个，争取突破20个。")
    assert [(f.metric, f.comparator, f.value, f.unit) for f in figs] == [
        ("引进单体投资1000万—2000万元的项目", "=", 15, "个"),
        ("引进单体投资1000万—2000万元的项目", ">", 20, "个"),
    ]


def test_all_keep_and_a_threshold_qualifying_a_noun_are_not_metric_or_figure() -> None:
    figs = extract_figures("村集体经营性收入全部达到10万元以上，30万元以上的村占比达到40%。")
    assert [(f.metric, f.comparator, f.value, f.unit) for f in figs] == [
        ("村集体经营性收入", ">=", 10, "万元"),
        ("30万元以上的村占比", ">=", 40, "%"),
    ]
    (f,) = extract_figures("生活垃圾无害化处理率保持100%。")
    assert (f.metric, f.comparator) == ("生活垃圾无害化处理率", "=")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全区大闸蟹养殖面积达到8万亩，产值突破30亿元。", "大闸蟹产值"),
        ("全年粮食播种面积稳定在42万亩以上，总产量达到1.8亿斤。", "粮食总产量"),
        ("蔬菜产量达到450万吨，产值达到120亿元。", "蔬菜产值"),
        # the figure before names no measure of a thing: the output stays as written
        ("新增规上企业50家，产值达到10亿元。", "产值"),
    ],
)
def test_an_output_is_of_the_thing_measured_before_it(text: str, expected: str) -> None:
    assert extract_figures(text)[-1].metric == expected


def test_a_deadline_going_on_with_the_same_thing_dates_the_figure_before_it() -> None:
    """农产品加工业营业收入年均增长8%，到2027年达到600亿元: the growth runs to 2027 too —
    unless the document dates its goals itself (an annual plan's year comes first)."""
    text = "农产品加工业营业收入年均增长8%，到2027年达到600亿元。人口增长1%。"
    assert [(f.value, f.year) for f in extract_figures(text)] == [(8, 2027), (600, 2027), (1, None)]
    dated = extract_figures(text, default_year=2025)
    assert [(f.value, f.year) for f in dated] == [(8, 2025), (600, 2027), (1, 2025)]
    # a deadline opening a clause of another thing dates only its own
    other = "引进项目5个以上，到2026年集成电路产业营业收入达到50亿元。"
    assert [(f.value, f.year) for f in extract_figures(other)] == [(5, None), (50, 2026)]


def test_villages_of_a_size_are_a_class_not_a_figure() -> None:
    """实现…25户以上自然村通硬化路全覆盖 (batch 1441): the households bound a class of villages,
    no goal; a count of such villages after it is one."""
    assert extract_figures("实现叶坪乡、云石山乡25户以上自然村通硬化路全覆盖。") == []
    found = extract_figures("新增30户以上村庄15个。")
    assert [(f.value, f.unit) for f in found] == [(15, "个")]


def test_points_set_as_an_index_s_or_a_test_s_goal_are_a_figure() -> None:
    """城市文明程度指数测评达到90分以上 (batch 1408): points a goal sets for an index, a test or a
    rating are its figure in 分, as a satisfaction's are; a verdict given (得分96.5分) or a
    rubric's weight (考核分值不低于5分) none."""
    found = extract_figures("全县城市文明程度指数测评达到90分以上。")
    assert [(f.value, f.unit, f.comparator) for f in found] == [(90, "分", ">=")]
    assert [(f.value, f.unit) for f in extract_figures("营商环境评价得分达到90分。")] == [
        (90, "分")
    ]
    assert extract_figures("其中易俗河镇得分96.5分。") == []
    assert extract_figures("考核分值不低于5分。") == []


def test_a_clause_saying_when_the_work_is_done_dates_the_figure_before_it() -> None:
    """修复退化湿地1万亩，2027年前完成 (batch 1393): the clause after the figure saying when its
    work is done dates it, even where the document speaks of another year; a clause going on
    with work of its own (2027年前完成改造) or a figure after it, none."""
    done = "修复退化湿地1万亩，2027年前完成。新建站点5个，2026年底前建成投用；改造10个。"
    assert [(f.value, f.year) for f in extract_figures(done)] == [(1, 2027), (5, 2026), (10, None)]
    dated = extract_figures(done, default_year=2025)
    assert [(f.value, f.year) for f in dated] == [(1, 2027), (5, 2026), (10, 2025)]
    more = "修复湿地1万亩，2027年前完成改造。"
    assert [(f.value, f.year) for f in extract_figures(more)] == [(1, None)]


def test_a_sentence_opening_with_a_year_before_the_plan_s_reports_that_year() -> None:
    """A goals' part often states where things stood first: 2024年，… in a plan for 2025
    gives 2024's results, every clause of that sentence; the goals follow."""
    text = (
        "2024年，全省社会消费品零售总额约2.1万亿元，增长5.1%；货物贸易进出口总额逾5200亿元。"
        "2025年，全省社会消费品零售总额增长5.5%左右，到2027年跨境电商进出口额突破800亿元。"
    )
    figs = extract_figures(text, default_year=2025, past_before=2025)
    rows = [(f.value, f.comparator, f.year, f.mode) for f in figs]
    assert rows == [
        (2.1, "~", 2024, "reported"),
        (5.1, "=", 2024, "reported"),
        (5200, ">", 2024, "reported"),
        (5.5, "~", 2025, None),
        (800, ">", 2027, None),
    ]
    # a result that reached a figure equals it, as in a review
    (f,) = extract_figures("2024年，规上工业企业达到421家。", default_year=2025, past_before=2025)
    assert (f.comparator, f.mode) == ("=", "reported")
    # a deadline of the past, a year since which, or a sentence naming a deadline: goals
    for text in (
        "2024年底前建成智能制造示范车间10个。",
        "2024年以来累计建成示范车间10个，到2026年达到20个。",
    ):
        assert all(f.mode is None for f in extract_figures(text, past_before=2025))
    # without the plan's year nothing is taken as past
    assert all(f.mode is None for f in extract_figures("2024年，新增企业10家。"))


def test_about_nearly_and_more_than_are_no_part_of_a_metric() -> None:
    text = "全省社会消费品零售总额约2.1万亿元，增长5.1%；货物贸易进出口总额逾5200亿元；实际使用外资近20亿美元"
    assert metrics(text, mode="reported") == [
        ("社会消费品零售总额", "~", 2.1, "万亿元"),
        ("社会消费品零售总额增长", "=", 5.1, "%"),
        ("货物贸易进出口总额", ">", 5200, "亿元"),
        ("实际使用外资", "~", 20, "亿美元"),
    ]


def test_things_paired_with_figures_by_fenbie_share_the_measure_after_the_last() -> None:
    """化学需氧量、氨氮重点工程减排量分别达到…: each pollutant's own reduction, the shared
    measure starting at its measure's word, not at the first item's length (batch 37)."""
    assert [m for m, *_ in metrics("化学需氧量、氨氮重点工程减排量分别达到1500吨、120吨。")] == [
        "化学需氧量重点工程减排量",
        "氨氮重点工程减排量",
    ]
    assert [m for m, *_ in metrics("化学需氧量、氨氮排放量分别下降8%、9%。")] == [
        "化学需氧量排放量下降",
        "氨氮排放量下降",
    ]


def test_full_width_comparison_signs_compare() -> None:
    """＞ and ＜ as full-width text writes them (batch 38), ≧ and ≦ too; ＜ strictly below, as ＞
    is strictly above (session 81: it had read '<=')."""
    assert [
        c
        for _, c, _, _ in metrics(
            "城镇新增就业＞8000人，失业率＜5.5%，覆盖率≧90%，能耗≦0.4吨标准煤"
        )
    ] == [
        ">",
        "<",
        ">=",
        "<=",
    ]


def test_bringing_out_is_no_part_of_a_metric() -> None:
    assert [m for m, *_ in metrics("推出乡村旅游精品线路10条。")] == ["乡村旅游精品线路"]


def test_battery_capacity_and_models_are_units() -> None:
    """吉瓦时 (GWh) is a capacity of its own, not 吉瓦 and a stray 时; 款 counts models (batch 39)."""
    assert metrics("动力电池产能达到50吉瓦时，每年推出新车型5款以上。") == [
        ("动力电池产能", ">=", 50, "吉瓦时"),
        ("新车型", ">=", 5, "款"),
    ]
    # 个体 (individual) is a word, not the classifier 个: 10万个体工商户 are 10万 of them
    assert all(unit != "万个" for *_, unit in metrics("全县10万个体工商户。"))


def test_where_a_thing_is_set_up_and_the_whole_it_is_part_of() -> None:
    """在长三角、珠三角设立驻点招商小分队3个 counts teams, wherever they are; a part after 其中
    is named as written (as the 武清 and 余杭 annotations have it) (batch 39)."""
    assert [m for m, *_ in metrics("在长三角、珠三角设立驻点招商小分队3个。")] == ["驻点招商小分队"]
    assert [m for m, *_ in metrics("在重点园区建设标准厂房10万平方米。")] == ["标准厂房"]
    # … a brand in quotes set up, and a technique spread (推广 kept), wherever (batch 114)
    assert [m for m, *_ in metrics("在全国设立“盐池滩羊”品牌专卖店20家。")] == [
        "“盐池滩羊”品牌专卖店"
    ]
    assert [m for m, *_ in metrics("在全县推广水肥一体化技术3万亩。")] == ["推广水肥一体化技术"]
    assert [m for m, *_ in metrics("在全国新设五常大米直营店100家。")] == ["新设五常大米直营店"]
    # (or added where: batch 405's parking spaces)
    assert [m for m, *_ in metrics("在高速路口、主要景区增设临时停车位2000个。")] == [
        "增设临时停车位"
    ]
    assert [m for m, *_ in metrics("全县新签约亿元以上项目80个，其中10亿元以上项目8个。")] == [
        "新签约亿元以上项目",
        "10亿元以上项目",
    ]


def test_a_part_after_qizhong_done_by_a_verb_alone_is_a_figure() -> None:
    """其中新建50公里 counts part of the roads before it, in brackets too (a made-up line of
    the genre's road plans); a time spent after a verb alone is still none."""
    for text in (
        "新建改造农村公路100公里以上，其中新建50公里。",
        "新建改造农村公路100公里以上（其中新建50公里）。",
    ):
        assert [(v, u) for *_, v, u in metrics(text)] == [(100, "公里"), (50, "公里")]
    assert [(v, u) for *_, v, u in metrics("举办培训班10期，其中培训3天。")] == [(10, "期")]


def test_funds_sought_keep_their_seeking_however_long_their_name() -> None:
    text = "争取中央预算内投资和超长期特别国债资金20亿元以上。"
    assert [m for m, *_ in metrics(text)] == ["争取中央预算内投资和超长期特别国债资金"]


def test_a_rank_is_no_figure() -> None:
    """居全市第3位 and 进入全国…前10位 place the place among others; no goal of a quantity
    (as the 东明 annotation has it) (batch 44)."""
    for text in ("居全市第3位。", "力争进入全国算力城市前10位。", "排名全省前5名。"):
        assert extract_figures(text) == []
    # people counted are: 引进高层次人才100名
    assert metrics("引进高层次人才100名。")[0][2:] == (100, "名")


@pytest.mark.parametrize(
    "text",
    [
        "县域工业经济综合实力位次在全省前移2位。",
        "综合排名前进3位。",
        "营商环境评价排名提升5位。",
        "高质量发展考核位次上升5个位次。",
    ],
)
def test_a_rank_moved_is_no_figure(text: str) -> None:
    """The places a rank moves (位次前移2位, 排名提升5位) are no quantity, as a rank is none
    (batch 261)."""
    assert extract_figures(text) == []


def test_people_counted_with_the_polite_classifier_are_a_figure_beside_a_rank() -> None:
    """位 counts people (引进院士2位); 提升 before it is a rank's move only after 排名 or 位次."""
    assert [f[2:] for f in metrics("引进院士2位。")] == [(2, "位")]
    assert [f[2:] for f in metrics("高层次人才提升到50名。")] == [(50, "名")]


def test_a_capacity_naming_a_project_is_no_figure() -> None:
    """年产5万吨锂电池负极材料项目 is the project's name; 年产 capacity set as a goal is one
    (batch 46)."""
    assert extract_figures("1.年产5万吨锂电池负极材料项目") == []
    assert extract_figures("建设日处理500吨生活垃圾焚烧发电工程。") == []
    # … whatever the project does next (batch 1248: 项目建成投产 — its capacity was a goal)
    assert extract_figures("推进江西紫宸年产5万吨负极材料项目建成投产。") == []
    assert metrics("锂电池负极材料年产能达到5万吨。")[0][2:] == (5, "万吨")
    # … or a capacity per year after its unit, the project made better next (batch 1550)
    assert extract_figures("推进浙江石油化工有限公司4000万吨/年炼化一体化项目提质增效。") == []
    assert metrics("新增乙烯产能120万吨/年。")[0][2:] == (120, "万吨/年")


def test_a_field_label_names_the_figure_after_it() -> None:
    """总投资：30亿元 in a project's field line: the label is the metric (batch 46)."""
    text = "建设内容：新建负极材料生产线4条。\n总投资：30亿元，2025年计划投资12亿元。"
    assert [(m, v) for m, _, v, _ in metrics(text)] == [
        ("新建负极材料生产线", 4),
        ("总投资", 30),
        ("计划投资", 12),
    ]


def test_cut_flowers_are_counted_in_stems() -> None:
    assert metrics("鲜切花交易量达到120亿枝。") == [("鲜切花交易量", ">=", 120, "亿枝")]


def test_ordinals_naming_items_are_no_figures() -> None:
    # a paragraph giving out the items by number (batch 48)
    text = "第1—3项任务由区经信局牵头；第4项、第5项任务由区商务局牵头；第7、8项由区资规局负责。"
    assert extract_figures(text) == []


def test_a_coefficient_or_pue_is_a_figure_with_no_unit() -> None:
    # batch 49: a ratio measured without a unit is a goal as any other
    figs = extract_figures(
        "到2027年，农田灌溉水有效利用系数提高到0.62；新建数据中心PUE值降至1.25以下。"
    )
    assert [(f.metric, f.comparator, f.value, f.unit, f.year) for f in figs] == [
        ("农田灌溉水有效利用系数", ">=", 0.62, "", 2027),
        ("新建数据中心PUE值", "<=", 1.25, "", 2027),
    ]
    # with a unit it is read as any figure; a rank or a year after one is none
    (pct,) = extract_figures("恩格尔系数下降到28%。")
    assert (pct.value, pct.unit) == (28, "%")
    assert extract_figures("营商环境指数排名进入全省前10位。") == []
    # a floor-area ratio too (batch 73)
    (ratio,) = extract_figures("新供工业用地投资强度不低于400万元/亩，容积率不低于1.5。")[1:]
    assert (ratio.metric, ratio.comparator, ratio.value, ratio.unit) == ("容积率", ">=", 1.5, "")
    # the PUE named in brackets after its name in words (batch 200), an aside of the metric
    (pue,) = extract_figures("新建数据中心平均电能利用效率（PUE）控制在1.25以下。")
    assert (pue.metric, pue.comparator, pue.value, pue.unit) == (
        "新建数据中心平均电能利用效率",
        "<=",
        1.25,
        "",
    )


def test_a_slogan_promoted_is_what_is_counted() -> None:
    # 推行 is doing, not counting (batch 49), as 实施 and 推出 are
    (f,) = extract_figures("推行“免申即享”政策清单100项以上。")
    assert (f.metric, f.comparator, f.value) == ("“免申即享”政策清单", ">=", 100)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a magnitude written in words is the figure it names (batch 50)
        ("到2027年，白酒产业营业收入突破千亿元。", [("白酒产业营业收入", ">", 1000, "亿元")]),
        ("利税达到两百亿元。", [("利税", ">=", 200, "亿元")]),
        ("酒旅融合年接待游客突破千万人次。", [("酒旅融合年接待游客", ">", 1000, "万人次")]),
        ("新增就业岗位一万个。", [("新增就业岗位", "=", 1, "万个")]),
        ("龙头企业营业收入达到八百亿元以上。", [("龙头企业营业收入", ">=", 800, "亿元")]),
        # … and 万 or 亿 alone, nearly reached, passed or exceeded (近万人, 逾万户, 万余人次)
        ("新增就业近万人。", [("新增就业", "~", 1, "万人")]),
        ("新增市场主体逾万户。", [("新增市场主体", ">", 1, "万户")]),
        ("培训农民万余人次。", [("培训农民", ">", 1, "万人次")]),
        # … not a class or a qualifier, nor a slogan
        ("培育千亿级产业集群2个。", [("培育千亿级产业集群", "=", 2, "个")]),
        ("培育营业收入超百亿元的白酒企业2家。", [("培育营业收入超百亿元的白酒企业", "=", 2, "家")]),
        ("惠及千家万户。", []),
        # percentages, decimals and inner 万 spelt out in a speech printed as read (batch 58)
        ("地区生产总值增长百分之七左右。", [("地区生产总值增长", "~", 7, "%")]),
        ("城镇登记失业率控制在百分之三以内。", [("城镇登记失业率", "<=", 3, "%")]),
        ("研发投入强度达到百分之二点五。", [("研发投入强度", ">=", 2.5, "%")]),
        ("地区生产总值完成九十八点六亿元。", [("地区生产总值", "=", 98.6, "亿元")]),
        ("新增城镇就业一点二万人。", [("新增城镇就业", "=", 1.2, "万人")]),
        ("城镇居民人均可支配收入达到五万二千元。", [("城镇居民人均可支配收入", ">=", 52000, "元")]),
        ("森林覆盖率达到百分之百。", [("森林覆盖率", ">=", 100, "%")]),
        # … not a slogan counting its 100 %s (“六个百分之百” — batch 1269)
        ("建筑工地落实“六个百分之百”措施，落实三个百分之百要求。", []),
        # … not a point of a plan nor a pilot
        ("抓好三点工作，建设一批试点示范项目。", []),
        # a share in tenths or a fraction is a percentage (七成 70 %, 三分之一 33.3 %); a rate
        # per mille or per hundred thousand spelt out is one (batches 200, 201)
        ("沿线游客满意度达到九成以上。", [("沿线游客满意度", ">=", 90, "%")]),
        ("全年接待游客增长一成。", [("接待游客增长", "=", 10, "%")]),
        ("电商销售额占比超过三成。", [("电商销售额占比", ">", 30, "%")]),
        # (and a hundredth after the tenths: 九成五, batch 942)
        ("抽检产品合格率达到九成五。", [("抽检产品合格率", ">=", 95, "%")]),
        # (a note's bracket right after it: found re-typing batch 942 with the stop after its note)
        ("抽检产品合格率达到九成五（县市场监管局负责）。", [("抽检产品合格率", ">=", 95, "%")]),
        ("收入占总收入比重达到三分之一以上。", [("收入占总收入比重", ">=", 33.3, "%")]),
        ("绿色建筑占新建建筑比例达到三分之二。", [("绿色建筑占新建建筑比例", ">=", 66.7, "%")]),
        ("婴儿死亡率降至千分之二点八。", [("婴儿死亡率", "<=", 2.8, "‰")]),
        ("孕产妇死亡率控制在十万分之十以下。", [("孕产妇死亡率", "<=", 10, "/10万")]),
        ("新生儿死亡率控制在千分之3以内。", [("新生儿死亡率", "<=", 3, "‰")]),
        # … but not a set phrase nor a body's members (一成不变, 三个成员单位)
        ("坚持标准一成不变，各成员单位协同。", []),
        # hundreds and thousands with their numeral and a unit (found probing: nothing) — not
        # a size, nor time, nor a saying
        (
            "新增茶园两千亩，新建两千五百平方米厂房。",
            [("新增茶园", "=", 2000, "亩"), ("新建厂房", "=", 2500, "平方米")],
        ),
        ("建设千亩示范方，传承一千多年历史，三百六十行。", []),
    ],
)
def test_a_magnitude_in_words_is_a_figure(text: str, expected: list) -> None:  # type: ignore[type-arg]
    figs = extract_figures(text)
    assert [(f.metric, f.comparator, f.value, f.unit) for f in figs] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a port's, an airfield's and a programme's units (batch 60)
        # permits and booklets counted in 本 (batch 221: nothing was read)
        ("全年发放采挖证5万本以上。", ("发放采挖证", 5, "万本")),
        ("集装箱吞吐量突破300万TEU。", ("集装箱吞吐量", 300, "万TEU")),
        ("节能量达到2万吨标煤。", ("节能量", 2, "万吨标煤")),
        ("通用航空飞行架次达到2万架次。", ("通用航空飞行架次", 2, "万架次")),
        # trains run (batch 1159: 20趟次 was read 20趟)
        ("开通芒果冷链专列20趟次。", ("芒果冷链专列", 20, "趟次")),
        # capacities a day in Latin letters or by 天 (batch 1201: 2万m³/d was read 2万m³)
        ("污水处理厂日处理能力达到2万m³/d。", ("污水处理厂日处理能力", 2, "万m³/d")),
        ("垃圾焚烧发电项目处理能力达到1500t/d。", ("垃圾焚烧发电项目处理能力", 1500, "t/d")),
        ("新增供水能力5万立方米/天。", ("新增供水能力", 5, "万立方米/天")),
        ("餐厨垃圾处理能力达到200吨/天。", ("餐厨垃圾处理能力", 200, "吨/天")),
        # herds of cattle and sheep counted together (batch 1198: 52万头只 was read 52万头)
        ("全年牲畜存栏稳定在52万头只左右。", ("牲畜存栏", 52, "万头只")),
        ("新建港区管廊2000延米。", ("新建港区管廊", 2000, "延米")),
        ("举办无人机驾驶员培训班20期。", ("举办无人机驾驶员培训班", 20, "期")),
        ("签订低空经济合作协议10份。", ("签订低空经济合作协议", 10, "份")),
        # capacity in GW and output capacity a year (batch 62)
        ("全市新能源装机规模突破50GW。", ("新能源装机规模", 50, "GW")),
        ("煤制油产能达到200万吨/年。", ("煤制油产能", 200, "万吨/年")),
        # … and machines' and vehicles' (batch 719: 5万台/年 was read 5万台)
        ("人形机器人整机产能达到5万台/年。", ("人形机器人整机产能", 5, "万台/年")),
        ("新能源汽车产能达到30万辆/年。", ("新能源汽车产能", 30, "万辆/年")),
        # freight and passengers carried over distances (batch 728: 38亿吨公里 read as 亿吨, the
        # metric 公里)
        ("公路货物周转量达到38亿吨公里。", ("公路货物周转量", 38, "亿吨公里")),
        ("旅客周转量达到12亿人公里。", ("旅客周转量", 12, "亿人公里")),
        # building to go with something is building: no part of what is built
        ("配套建设新型储能300万千瓦。", ("新型储能", 300, "万千瓦")),
        # (a project's phase in words is no count of them: 建成中药材交易市场二期)
        ("建成中药材交易市场二期，中药材交易量突破120万吨。", ("中药材交易量", 120, "万吨")),
        # square kilometres and poultry counted in 羽 (batch 72)
        ("新增乡村绿化面积2平方千米。", ("新增乡村绿化面积", 2, "平方千米")),
        ("家禽出栏3000万羽。", ("家禽出栏", 3000, "万羽")),
        ("育苗1500万株。", ("育苗", 1500, "万株")),
        # fry stocked, counted in 尾 (batch 113)
        ("增殖放流鱼苗3亿尾以上。", ("增殖放流鱼苗", 3, "亿尾")),
        # doses counted in 剂 (batch 136: frozen semen)
        ("推广冻精改良20万剂。", ("推广冻精改良", 20, "万剂")),
        # work of a kind paid for is work counted, no incentive offered (batch 130)
        ("全年开展补贴性职业技能培训3万人次。", ("补贴性职业技能培训", 3, "万人次")),
        # buildings counted in 幢, rounds of checks in 轮 (batch 125)
        ("税收亿元楼宇达到12幢。", ("税收亿元楼宇", 12, "幢")),
        ("开展楼宇消防安全检查4轮。", ("楼宇消防安全检查", 4, "轮")),
        ("建成农光互补项目装机100兆瓦。", ("农光互补项目装机", 100, "兆瓦")),
        # output and investment per mu of land (batch 73)
        ("全县规上工业亩均税收达到35万元/亩。", ("规上工业亩均税收", 35, "万元/亩")),
        ("新供工业用地投资强度不低于400万元/亩。", ("新供工业用地投资强度", 400, "万元/亩")),
        (
            "单位工业增加值能耗降至0.45吨标准煤/万元。",
            ("单位工业增加值能耗", 0.45, "吨标准煤/万元"),
        ),
        # a threshold per mu qualifying the projects counted is no figure
        ("引进亩均税收50万元/亩以上项目10个。", ("引进亩均税收50万元/亩以上项目", 10, "个")),
    ],
)
def test_units_of_ports_flights_and_programmes(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    (f,) = extract_figures(text)
    assert (f.metric, f.value, f.unit) == expected


def test_capacity_in_kilolitres() -> None:
    (f,) = extract_figures("新增优质原酒产能10万千升。")
    assert (f.metric, f.value, f.unit) == ("新增优质原酒产能", 10, "万千升")


def test_profits_and_taxes_after_an_output_are_its_subjects() -> None:
    # batch 50: 利税 after an industry's revenue is that industry's, as 产值 after an area is
    figs = extract_figures("全市白酒产业营业收入突破千亿元，利税达到两百亿元。")
    assert [f.metric for f in figs] == ["白酒产业营业收入", "白酒产业利税"]


def test_the_size_of_a_document_is_no_figure() -> None:
    # an interpretation telling how many articles the measures have (batch 53)
    assert extract_figures("《措施》共12条，重点支持低空飞行器研发制造。") == []


def test_a_bracket_inside_a_word_stays_in_the_metric() -> None:
    # 执业（助理）医师 and 首台（套） are names; a note after a noun or a definition goes
    cases = {
        "每千人口执业（助理）医师数达到3.4人。": "每千人口执业（助理）医师数",
        "每年认定首台（套）重大技术装备10台（套）以上。": "首台（套）重大技术装备",
        "地表水国考断面水质优良（达到或好于Ⅲ类）比例达到90%。": "地表水国考断面水质优良比例",
    }
    for text, metric in cases.items():
        (f,) = extract_figures(text)
        assert f.metric == metric


def test_a_bracket_of_words_closing_the_noun_stays_as_its_alternative() -> None:
    # the thing counted named again, before its number or verb (batch 693; the corpus's
    # golds keep them: 巴林右旗, 浑南, 吉林, 陇西, 启东); a definition, a note, a unit or an
    # abbreviation in letters still goes
    cases = {
        "新增智能工厂（数字化车间）15家，": "新增智能工厂（数字化车间）",
        "新建标准化养殖场（小区）30个，": "新建标准化养殖场（小区）",
        "培育规模养殖户（嘎查村级合作社）200户。": "培育规模养殖户（嘎查村级合作社）",
        "文创企业（团队）达959家。": "文创企业（团队）",
        "新增上市企业（含新三板）3家。": "新增上市企业",
        "规上工业增加值（不含电力）增长8%。": "规上工业增加值增长",
        "全县实现地区生产总值（GDP）326.8亿元。": "地区生产总值",
        "办理时限（工作日）1天。": "办理时限",
    }
    for text, metric in cases.items():
        (f,) = extract_figures(text)
        assert f.metric == metric


def test_a_bracket_naming_the_thing_counted_again_does_not_end_its_noun() -> None:
    # the 南海 annotation (batch 179): the noun runs on after the bracket; the bracket goes
    # as it goes from a metric before its number, or stays inside a word
    cases = {
        "完成5家镇级医院（社区卫生服务中心）提质改造。": "镇级医院提质改造",
        "完成5个老旧小区（片区）改造。": "老旧小区（片区）改造",
        "新建2万平方米标准厂房（仓库）及配套设施。": "新建标准厂房（仓库）及配套设施",
        # (a bracket closing the clause is no aside: the noun ends before it)
        "新建5个养老中心（区民政局负责）。": "新建养老中心",
    }
    for text, metric in cases.items():
        (f,) = extract_figures(text)
        assert f.metric == metric, text


def test_a_verb_coordinated_with_another_stays_and_only_goes() -> None:
    # the 咸宁 annotation (batch 63): 已完成或序时推进 names both; 仅 hedges, no part of it
    text = (
        "重点任务86项，其中已完成或序时推进78项。上半年开工改造老旧小区12个，仅完成年度目标的30%。"
    )
    assert [f.metric for f in extract_figures(text, mode="reported")] == [
        "重点任务",
        "完成或序时推进",
        "开工改造老旧小区",
        "开工改造老旧小区完成年度目标",
    ]
    # reaching a figure is no part of what it measures (batch 64)
    (f,) = extract_figures("社会消费品零售总额实现42亿元。", mode="reported")
    assert f.metric == "社会消费品零售总额"
    # (a word opening with a conjunction's character is no second verb: the samples' gold)
    (f,) = extract_figures("串联提升和美乡村风情线3条。")
    assert f.metric == "和美乡村风情线"
    # built and put to use is built (found probing: the metric was 投用数字化车间)
    (f,) = extract_figures("建成投用数字化车间20个。")
    assert f.metric == "数字化车间"


def test_securing_or_pushing_along_is_no_part_of_a_metric() -> None:
    # as the 包头 and 邹城 annotations write 稀土产业项目用地, and the 新泰 one 加装电梯
    cases = {
        "保障稀土产业项目用地1500亩。": "稀土产业项目用地",
        "同步推进加装电梯30部。": "加装电梯",
    }
    for text, metric in cases.items():
        (f,) = extract_figures(text)
        assert f.metric == metric


def test_an_assessments_quota_of_grades_is_no_goal() -> None:
    # the 宁河 annotation (batch 56): how many may be graded excellent is a rule
    text = (
        "考核结果分为优秀、良好、一般、较差四个等次，优秀等次比例不超过参评单位的30%。"
        "全区地区生产总值增长6%左右。"
    )
    assert [(f.metric, f.value) for f in extract_figures(text)] == [("地区生产总值增长", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # to double (翻一番, 翻番) is twice, to double twice (翻两番) four times (batch 72)
        ("力争农产品加工产值翻一番。", [("农产品加工产值", "=", 2, "倍")]),
        ("到2030年，数字经济规模实现翻番。", [("数字经济规模", "=", 2, "倍")]),
        ("全县旅游收入翻两番。", [("旅游收入", "=", 4, "倍")]),
        # … done, as a report tells it (found probing, session 60: no figure)
        ("全县旅游收入翻了一番。", [("旅游收入", "=", 2, "倍")]),
        # … not a turn of the page nor a doubling of effort in words alone
        ("翻开新的一页。", []),
    ],
)
def test_a_doubling_is_a_figure(text: str, expected: list) -> None:  # type: ignore[type-arg]
    figs = extract_figures(text)
    assert [(f.metric, f.comparator, f.value, f.unit) for f in figs] == expected


def test_a_built_up_area_is_no_building_and_a_growth_striven_for_stays_a_growth() -> None:
    # probed, session 21: 建成区 is the built-up area, a noun, not 建成 (built)
    (f, g) = extract_figures("建成区绿化覆盖率达到42%以上，人均公园绿地面积达到15平方米。")
    assert (f.metric, g.metric) == ("建成区绿化覆盖率", "人均公园绿地面积")
    # (but 建成区级… and 建成区域… are built: a district-level, a regional one)
    (h,) = extract_figures("建成区级物流分拨中心2个。")
    assert h.metric == "区级物流分拨中心"
    # a growth in % striven for beyond its floor is the same growth, not a level in %
    figs = extract_figures("地区生产总值增长6%以上，力争达到6.5%。")
    assert [(x.metric, x.comparator, x.value) for x in figs] == [
        ("地区生产总值增长", ">=", 6),
        ("地区生产总值增长", ">=", 6.5),
    ]
    # … but a rate raised by points reaches a level of itself
    figs = extract_figures("城镇化率提高1.5个百分点，达到65%。")
    assert [x.metric for x in figs] == ["城镇化率提高", "城镇化率"]
    # … a change on the same period of the year before is the level's (found reviewing
    # session 72's change: the corpus's 东兴 had 较上年同期提高 alone)
    figs = extract_figures("总体合格率达到98.5%，较上年同期提高0.6个百分点。", mode="reported")
    assert [x.metric for x in figs] == ["总体合格率", "总体合格率较上年同期提高"]
    # … its base too, a year or the year before (batch 1181: 竹产业总产值比2025年)
    figs = extract_figures("竹产业总产值比2025年增加40亿元，达到120亿元。")
    assert [x.metric for x in figs] == ["竹产业总产值比2025年增加", "竹产业总产值"]
    figs = extract_figures("城镇化率较上年提高1.5个百分点，达到65%。")
    assert [x.metric for x in figs] == ["城镇化率较上年提高", "城镇化率"]


def test_a_goal_named_by_its_indicator_before_a_colon() -> None:
    # batch 80: 1.地区生产总值：增长6%左右。 — the indicator before the colon names the figure
    text = (
        "1.地区生产总值：增长6%左右。\n2.规模以上工业增加值：增长8%以上。\n"
        "5.城镇居民人均可支配收入：增长6%，达到4.2万元。\n7.马铃薯产业全产业链产值：达到150亿元。"
    )
    assert [(f.metric, f.comparator, f.value) for f in extract_figures(text)] == [
        ("地区生产总值增长", "~", 6),
        ("规模以上工业增加值增长", ">=", 8),
        ("城镇居民人均可支配收入增长", "=", 6),
        ("城镇居民人均可支配收入", ">=", 4.2),
        ("马铃薯产业全产业链产值", ">=", 150),
    ]


def test_events_held_counted_in_sessions() -> None:
    """届: fairs and festivals held (batch 92); an ordinal session (第10届) is no figure."""
    assert one("每年举办陶瓷博览会1届。") == ("=", 1, "届", None, "annual")
    assert extract_figures("办好第10届世界陶瓷博览会。") == []


def test_things_counted_by_what_they_do_are_named_by_it() -> None:
    """A count of firms or projects doing something is of those doing it, as ../shared/gold
    names 进入省、潍坊市计划盘子的项目 (and the corpus's 张店, 邹平, 德化 and 中山 annotations)."""
    assert metrics("力争每年10个以上项目进入省、潍坊市计划盘子。") == [
        ("进入省、潍坊市计划盘子的项目", ">=", 10, "个")
    ]
    assert metrics("每年推动100家规上工业企业开展数字化改造。") == [
        ("开展数字化改造的规上工业企业", "=", 100, "家")
    ]
    assert metrics("推动500家规上工业企业实施技术改造，工业投资增长10%以上。")[0] == (
        "实施技术改造的规上工业企业",
        "=",
        500,
        "家",
    )
    # a second figure in the clause is no part of the doing; a count before its noun stays
    assert metrics("推动100家企业开展数字化改造、50家企业上云。")[0][0] != "开展数字化改造的企业"
    assert metrics("新增规上工业企业30家。") == [("新增规上工业企业", "=", 30, "家")]
    # … any things so counted, and the doing ends with its cell in a table's row (batch 98)
    assert metrics("2\t支持创新药研发，推动10个以上创新药进入临床试验\t区科委\t区卫生健康委") == [
        ("进入临床试验的创新药", ">=", 10, "个")
    ]
    # … but not those the work is done for
    assert metrics("为2000户特殊困难老年人家庭实施适老化改造。")[0][0] != (
        "实施适老化改造的特殊困难老年人家庭"
    )


def test_a_group_heading_restating_its_count_is_no_figure() -> None:
    """（一）续建项目（2个）: the count of the rows under a group's heading restates them (the
    corpus's 红塔 annotation); a count in brackets inside a sentence stays a figure."""
    assert metrics("（一）续建项目（2个）\n1.新建冷库5座。") == [("新建冷库", "=", 5, "座")]
    assert metrics("二、重点任务（共8项）") == []
    assert metrics("新建冷库（5座）。")[0][2:] == (5, "座")
    # … a table's group row too, a tab opening its line, and a line below the text's first
    # (found re-typing the corpus's 莱芜 with tabs, session 62)
    assert metrics("\t一、先进制造业项目（3个）\t\t\t\n") == []
    assert metrics("序号\t项目名称\n\t二、现代服务业项目（2个）\t\t\n") == []


def test_those_an_assessment_grades_are_not_counted() -> None:
    """Towns graded by an assessment (batch 783) are no figure of anyone's work; towns a
    measure reaches are."""
    assert metrics("甲镇、乙镇等4个乡镇考核等次为优秀，丙镇等10个乡镇考核等次为良好。") == []
    assert metrics("新增4个乡镇污水处理设施。") == [("新增乡镇污水处理设施", "=", 4, "个")]


def test_the_places_work_is_done_in_are_no_goal() -> None:
    """在…等8个乡镇（街道）建设…基地2万亩 (batch 1176: the towns read as a goal, the bases'
    metric running from them with the figure in it): the places counted after 在 are where
    the work is done; the work is measured — but places each doing so are counted."""
    assert metrics("在大坪街道、都濡街道等8个乡镇（街道）建设红薯标准化种植基地2万亩。") == [
        ("红薯标准化种植基地", "=", 2, "万亩")
    ]
    assert metrics("在8个乡镇建设红薯基地2万亩。") == [("红薯基地", "=", 2, "万亩")]
    assert metrics("在11个乡镇各建成1座集中式充电站。")[0] == (
        "建成集中式充电站的乡镇",
        "=",
        11,
        "个",
    )


def test_scoring_rules_and_definitions_are_no_figures() -> None:
    """An assessment scores by steps (the corpus's 宁河 rules) and a definition states
    thresholds (昌吉's 指标解释): neither is a goal; the goal beside them stays."""
    assert metrics("完成年度目标得满分，每低1个百分点扣3分。") == []
    assert metrics("每新增1家得0.5分，最高得8分。") == []
    assert metrics("规上工业企业：指年主营业务收入2000万元及以上的工业法人单位。") == []
    # a note defining a term, as a footnote does (batch 96)
    assert metrics("注1：规上家具企业指年主营业务收入2000万元及以上的家具制造企业。") == []
    assert metrics("新增规上工业企业20家。") == [("新增规上工业企业", "=", 20, "家")]
    # points: a satisfaction's score is a figure; an assessment's verdict and weights and a
    # clock's minutes none (batch 1327; the corpus's 芷江 and 湘潭 verdicts)
    assert metrics("群众满意度不低于90分。") == [("群众满意度", ">=", 90, "分")]
    assert metrics("该项目综合得分93分，等级为优。") == []
    assert metrics("新签约亿元以上项目占30分，考核分值不低于5分。") == []
    # a point's number before a verb of guiding is no definition (batch 1336: 二是|指导 read as 是指,
    # its sentence's figures lost)
    assert metrics("二是指导规模以上企业建立劳动争议调解委员会，建会率达到80%。") == [
        ("建会率", ">=", 80, "%")
    ]
    assert metrics("规上工业企业是指年主营业务收入2000万元及以上的工业法人单位。") == []
    # a time each case found is given (batch 1331; the corpus's 临夏): a rule, no figure
    assert metrics("布设诱捕器800套，发现疑似病死松树24小时内取样送检。") == [
        ("布设诱捕器", "=", 800, "套")
    ]
    assert metrics("2026年3月16日10时20分许，发生事故。") == []


def test_a_markets_trade_and_a_parks_entrants_are_named_by_what_the_clause_before_builds() -> None:
    """As an output is the cluster's the clause before builds (the corpus's 仙游 annotation:
    红木原材料交易市场年交易额; batch 99: a park's entrants)."""
    assert metrics("建设红木原材料交易市场，年交易额达到50亿元。") == [
        ("红木原材料交易市场年交易额", ">=", 50, "亿元")
    ]
    assert metrics("建设盐湖资源综合利用产业园，入园企业达到20家。") == [
        ("盐湖资源综合利用产业园入园企业", ">=", 20, "家")
    ]
    assert metrics("新增入园企业20家。") == [("新增入园企业", "=", 20, "家")]
    # … counted as it is built (batch 772: the entrants were named alone)
    assert metrics("新建蕲艾产业园1个，入园企业达到80家。") == [
        ("新建蕲艾产业园", "=", 1, "个"),
        ("蕲艾产业园入园企业", ">=", 80, "家"),
    ]


def test_seeds_counted_by_the_grain() -> None:
    """Seed potatoes are counted by the grain (batch 102: 脱毒种薯繁育能力达到30亿粒)."""
    assert metrics("脱毒种薯繁育能力达到30亿粒。") == [("脱毒种薯繁育能力", ">=", 30, "亿粒")]


def test_a_figure_expected_is_the_figure() -> None:
    """预计 (expected, in a report written before the year's end) before 完成 or 增长 says how
    sure the figure is, not what it measures."""
    assert metrics("全县地区生产总值预计完成420亿元，增长6.1%左右。", mode="reported") == [
        ("地区生产总值", "=", 420, "亿元"),
        ("地区生产总值增长", "~", 6.1, "%"),
    ]


def test_a_goal_taken_with_jiang_names_its_thing() -> None:
    """将 (taking what follows as the object) opens no metric, nor does the scope after it."""
    assert metrics("将全市单位GDP二氧化碳排放降低4%。") == [
        ("单位GDP二氧化碳排放降低", "=", 4, "%")
    ]
    assert metrics("把城镇调查失业率控制在5.5%以内。") == [("城镇调查失业率", "<=", 5.5, "%")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age qualifying the people a sentence is about is no figure
        ("为60岁以上老年人免费体检。", []),
        (
            "65周岁及以上老年人健康管理率达到70%。",
            [("65周岁及以上老年人健康管理率", ">=", 70, "%")],
        ),
        # … and names what the figure after it counts, after a clause of its own
        (
            "居民健康素养水平达到33%，15岁以上人群吸烟率控制在20%以内。",
            [("居民健康素养水平", ">=", 33, "%"), ("15岁以上人群吸烟率", "<=", 20, "%")],
        ),
        # … but an age reached is one
        ("人均预期寿命达到80岁。", [("人均预期寿命", ">=", 80, "岁")]),
        ("人均预期寿命提高到80.5岁左右。", [("人均预期寿命", "~", 80.5, "岁")]),
        # … nor is the time naming a circle of reach (15分钟健身圈, 1小时经济圈)
        ("实现15分钟健身圈全覆盖，融入1小时经济圈。", []),
        ("企业开办时间压缩至1个工作日。", [("企业开办时间", "<=", 1, "个工作日")]),
    ],
)
def test_an_age_or_a_circle_of_reach_is_no_figure(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert metrics(text) == expected


def test_tens_or_hundreds_of_things_are_no_figure_and_over_leaves_no_metric() -> None:
    """数十家 (dozens) and 数百个 (hundreds) say no number; 超 (over) before a figure is its
    comparator, not its metric's."""
    assert metrics("新增企业数十家，建设站点数百个。") == []
    assert metrics("实现营收超百亿元。") == [("营收", ">", 100, "亿元")]


def test_a_figure_whose_thing_is_left_out_counts_the_thing_before_it() -> None:
    """新增高标准农田5万亩，改造提升3万亩: the second figure's verbs say what is done to the thing
    the figure before it counts, in the same unit and sentence; before, it was no figure."""
    got = [
        (f.metric, f.value, f.unit) for f in extract_figures("新增高标准农田5万亩，改造提升3万亩。")
    ]
    assert got == [("新增高标准农田", 5, "万亩"), ("改造提升高标准农田", 3, "万亩")]
    got = [(f.metric, f.value) for f in extract_figures("建设农村公路100公里，改造50公里。")]
    assert got == [("农村公路", 100), ("改造农村公路", 50)]
    # not across a full stop, nor in another unit, nor a length of time
    assert len(extract_figures("新增高标准农田5万亩。改造提升3万亩。")) == 1
    assert len(extract_figures("开展培训班10期，培训5天。")) == 1


def test_a_round_magnitude_with_more_is_a_floor() -> None:
    """千余人次, 百余家, 十余场 closing their clause are floors, as 1000余人次 is (``>``); a
    magnitude that goes on (千余年历史的古城) or a set phrase (千家万户) is none."""
    got = [(f.comparator, f.value, f.unit) for f in extract_figures("培训农民千余人次。")]
    assert got == [(">", 1000, "人次")]
    got = [
        (f.comparator, f.value, f.unit) for f in extract_figures("引进企业百余家，举办活动十余场。")
    ]
    assert got == [(">", 100, "家"), (">", 10, "场")]
    assert extract_figures("拥有千余年历史的古城。") == []
    assert extract_figures("惠及千家万户。") == []


def test_a_rate_s_base_is_part_of_its_metric() -> None:
    """每10万人口拥有…, 每2年开展1次: the number after 每 is a rate's base, no figure, and stays in
    the metric; before, the metric began after it (口拥有公共文化设施面积)."""
    (fig,) = extract_figures("每10万人口拥有公共文化设施面积达到3000平方米。")
    assert (fig.metric, fig.value, fig.unit) == ("每10万人口拥有公共文化设施面积", 3000, "平方米")
    (fig,) = extract_figures("每1000人拥有执业医师3.2人。")
    assert (fig.value, fig.unit) == (3.2, "人")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026—2028年累计完成投资100亿元。", ("完成投资", 100, None)),
        ("2026年至2028年新增高标准农田3万亩。", ("新增高标准农田", 3, None)),
        ("力争2026—2028年间新建5G基站1000个。", ("新建5G基站", 1000, None)),
        ("2026-2028年期间引进企业30家。", ("引进企业", 30, None)),
    ],
)
def test_a_span_of_years_opening_a_clause_is_no_part_of_its_metric(
    text: str,
    expected: tuple,  # type: ignore[type-arg]
) -> None:
    (f,) = extract_figures(text)
    assert (f.metric, f.value, f.year) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新建标准化示范果园每年不少于15个。", ("新建标准化示范果园", ">=", 15, "annual")),
        ("培训新型职业农民每年1000人以上。", ("培训新型职业农民", ">=", 1000, "annual")),
        ("引进企业年均10家以上。", ("引进企业", ">=", 10, "annual")),
        # a growth's 年均 is the corpus's metric (蜜桔网络零售额年均增长)
        ("网络零售额年均增长15%。", ("网络零售额年均增长", "=", 15, "annual")),
    ],
)
def test_a_level_s_period_after_its_thing_is_no_part_of_its_metric(
    text: str,
    expected: tuple,  # type: ignore[type-arg]
) -> None:
    """新建标准化示范果园每年不少于15个: 每年 is the figure's period, not its metric's
    (batch 167; the metric was 新建标准化示范果园每年)."""
    (f,) = extract_figures(text)
    assert (f.metric, f.comparator, f.value, f.period) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure before names what the rate is of (batch 201: 蓟州's gold; the metric was
        # 降幅较上年收窄) …
        (
            "社会消费品零售总额下降1.2%，降幅较上年收窄0.8个百分点。",
            ["社会消费品零售总额下降", "社会消费品零售总额降幅较上年收窄"],
        ),
        # … the figure before the bare change before it, too (batch 1157: the metric was
        # 增速较上年提高, the thing lost)
        (
            "地区生产总值实现815.6亿元，同比增长5.4%，增速较上年提高0.8个百分点。",
            ["地区生产总值", "地区生产总值同比增长", "地区生产总值增速较上年提高"],
        ),
        # … and a level after a bare change is the thing's the change was of (batch 1194: the
        # level was 同比增长, the growth after it 增长)
        (
            "社会消费品零售总额完成68.5亿元，同比增长6.2%；预计全年完成75亿元，增长6%。",
            [
                "社会消费品零售总额",
                "社会消费品零售总额同比增长",
                "社会消费品零售总额",
                "社会消费品零售总额增长",
            ],
        ),
        # … the change after ； in a clause saying only when, the year's estimate (found
        # probing: the metric was 增长)
        (
            "1—11月，规上工业增加值增长7.6%；预计全年增长7.5%左右。",
            ["规上工业增加值增长", "规上工业增加值增长"],
        ),
        # (but not past ； after work of its own: 推进B工作 names its own)
        ("推进A工作，完成投资1亿元；推进B工作，完成投资2亿元。", ["完成投资", "完成投资"]),
        # … or the clause before does, holding no figure (found probing: the metric was 增长)
        ("规上工业增加值增速由负转正，增长2.1%。", ["规上工业增加值增长"]),
        ("工业投资增幅回落，增长3.2%。", ["工业投资增长"]),
    ],
)
def test_a_rate_of_change_without_its_subject_is_named_by_what_it_is_of(
    text: str, expected: list[str]
) -> None:
    assert [f.metric for f in extract_figures(text, mode="reported")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year's result, then the next year's goal in a sentence of its own naming no
        # thing: the result keeps its own 完成 (found probing: 突破 after the full stop made
        # it '>') …
        (
            "2025年，全县规上工业产值完成500亿元。2026年力争突破550亿元。",
            [("规上工业产值", "=", 500, 2025), ("规上工业产值", ">", 550, 2026)],
        ),
        # (after an item's marker too: found probing, the result was a goal of 2025)
        (
            "1.2025年，全县规上工业产值完成500亿元。2026年力争突破550亿元。",
            [("规上工业产值", "=", 500, 2025), ("规上工业产值", ">", 550, 2026)],
        ),
        (
            "（三）2025年，全县规上工业产值完成500亿元。",
            [("规上工业产值", "=", 500, 2025)],
        ),
        # (a later year's goal after a semicolon, 目标 naming no thing: found probing, it was
        # a result of 2025 named 目标)
        (
            "2025年全县实现农业总产值85亿元；2026年目标达到90亿元，增长6%。",
            [
                ("农业总产值", "=", 85, 2025),
                ("农业总产值", ">=", 90, 2026),
                ("农业总产值增长", "=", 6, 2026),
            ],
        ),
        # (a base year in 在…基础上 dates nothing: found probing, both were goals of 2025)
        (
            "全县茶叶产值在2025年基础上增长10%，茶园面积较2025年增加2万亩。",
            [
                ("茶叶产值在2025年基础上增长", "=", 10, 2026),
                ("茶园面积较2025年增加", "=", 2, 2026),
            ],
        ),
        # … and the goal after a result and its growth is the level's, not the growth's
        # (found probing: it was 规上工业产值增长 in 亿元, the growth '>=')
        (
            "2025年，全县规上工业产值完成500亿元，增长8%。2026年力争达到550亿元。",
            [
                ("规上工业产值", "=", 500, 2025),
                ("规上工业产值增长", "=", 8, 2025),
                ("规上工业产值", ">=", 550, 2026),
            ],
        ),
    ],
)
def test_a_goal_in_a_sentence_of_its_own_is_no_next_of_a_list(text: str, expected: list) -> None:  # type: ignore[type-arg]
    figs = extract_figures(text, default_year=2026, past_before=2026, this_year=2026)
    assert [(f.metric, f.comparator, f.value, f.year) for f in figs] == expected
    assert [f.mode for f in figs if f.year == 2025] == ["reported"] * sum(
        y == 2025 for *_, y in expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the change after a list is each one's (found probing: the first was 营业收入)
        ("全县实现营业收入、利税分别增长10%、8%。", ["营业收入增长", "利税增长"]),
        # the industries by their ordinals (found probing, and 亳州's gold: its metrics were
        # 第一业…, 二业…; the middle figure before 和 was named by the figure after it)
        (
            "全县一、二、三产业增加值分别增长3.5%、6.8%和5.2%。",
            ["第一产业增加值增长", "第二产业增加值增长", "第三产业增加值增长"],
        ),
        (
            "第一、二、三产业增加值分别增长4.2%、7.1%、5.3%。",
            ["第一产业增加值增长", "第二产业增加值增长", "第三产业增加值增长"],
        ),
        ("二、三产业增加值分别增长6%、7%。", ["第二产业增加值增长", "第三产业增加值增长"]),
        # the thing the first measures is the second's too (found probing: the second was 产量)
        ("粮食播种面积和产量稳定在60万亩、25万吨以上。", ["粮食播种面积", "粮食产量"]),
        ("蔬菜种植面积和产值分别达到10万亩、20亿元。", ["蔬菜种植面积", "蔬菜产值"]),
    ],
)
def test_a_run_of_figures_after_a_list_names_each_in_turn(text: str, expected: list[str]) -> None:
    assert [f.metric for f in extract_figures(text)] == expected


def test_a_count_whose_thing_is_left_out_counts_the_things_before_it() -> None:
    # found probing: the metric was 新增 (a count in a classifier, the thing elided)
    figs = extract_figures("累计建成5G基站2000个，新增1000个。")
    assert [f.metric for f in figs] == ["5G基站", "新增5G基站"]
    figs = extract_figures("培育规上企业50家，新增10家。")
    assert [f.metric for f in figs] == ["培育规上企业", "新增规上企业"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "规上工业企业2026年达到50家、2027年达到80家。",
            [("规上工业企业", 2026), ("规上工业企业", 2027)],
        ),
        ("规上工业企业到2027年达到50家。", [("规上工业企业", 2027)]),
        ("高新技术企业数量2027年底力争突破60家。", [("高新技术企业数量", 2027)]),
        # a base year is what the change is measured from: it stays
        ("农民人均可支配收入较2020年翻番。", [("农民人均可支配收入较2020年", 2026)]),
    ],
)
def test_a_year_after_its_thing_is_the_figure_s_not_its_metric_s(
    text: str,
    expected: list,  # type: ignore[type-arg]
) -> None:
    """规上工业企业2026年达到50家: the year dates the figure (its metric was
    规上工业企业2026年; found probing)."""
    assert [(f.metric, f.year) for f in extract_figures(text, default_year=2026)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("粮食总产量连续5年稳定在50万吨以上。", ("粮食总产量", ">=", 50, "万吨")),
        ("地区生产总值连续两年增长6%以上。", ("地区生产总值增长", ">=", 6, "%")),
        ("连续3年保持粮食产量50万吨以上。", ("粮食产量", ">=", 50, "万吨")),
        ("保持城镇登记失业率3.5%以内。", ("城镇登记失业率", "<=", 3.5, "%")),
    ],
)
def test_a_run_of_years_and_keeping_up_are_no_part_of_a_metric(
    text: str,
    expected: tuple,  # type: ignore[type-arg]
) -> None:
    """连续5年 says how long a level has held, 保持 that it holds: neither is what is
    measured (粮食总产量连续5年 was the metric)."""
    assert metrics(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新建农村公路50km。", ("新建农村公路", 50, "km")),
        ("新建标准厂房10万㎡。", ("新建标准厂房", 10, "万㎡")),
        ("新建标准厂房10万m²。", ("新建标准厂房", 10, "万m²")),
        ("新增城市建成区面积2.5km²。", ("新增城市建成区面积", 2.5, "km²")),
        ("年供水能力达到500万m³。", ("年供水能力", 500, "万m³")),
        ("新建分布式光伏电站800kW。", ("新建分布式光伏电站", 800, "kW")),
        ("年发电量达到5亿kWh。", ("年发电量", 5, "亿kWh")),
        ("新增储能容量200MWh。", ("新增储能容量", 200, "MWh")),
        # a concentration in micrograms per cubic metre written in symbols (found probing,
        # session 77: no figure)
        ("PM2.5平均浓度控制在35μg/m³以内。", ("PM2.5平均浓度", 35, "μg/m³")),
        ("PM10平均浓度下降到55ug/m3。", ("PM10平均浓度", 55, "ug/m3")),
        ("PM2.5平均浓度控制在35\u00b5g/m³以内。", ("PM2.5平均浓度", 35, "\u00b5g/m³")),
        # a voltage names a kind of substation, no figure
        ("新建110kV变电站2座。", ("新建110kV变电站", 2, "座")),
    ],
)
def test_units_in_latin_letters_and_symbols(text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    (f,) = extract_figures(text)
    assert (f.metric, f.value, f.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "新增省级专精特新企业20家、国家级5家。",
            ["新增省级专精特新企业", "新增国家级专精特新企业"],
        ),
        ("培育市级龙头企业30家，省级10家。", ["培育市级龙头企业", "培育省级龙头企业"]),
        (
            "创建省级以上农业产业化示范园区3个、国家级1个。",
            ["创建省级以上农业产业化示范园区", "创建国家级农业产业化示范园区"],
        ),
        # a part after 其中 stays a part of the figure before
        (
            "创建省级以上示范园区3个，其中国家级1个。",
            ["创建省级以上示范园区", "创建省级以上示范园区中的国家级"],
        ),
    ],
)
def test_a_level_alone_counts_the_thing_before_it_at_that_level(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert [f.metric for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90%以上的行政村实现集中供水。", [("行政村实现集中供水", ">=", 90, "%")]),
        (
            "推动80%以上的规上工业企业实施数字化改造。",
            [("规上工业企业实施数字化改造", ">=", 80, "%")],
        ),
        ("确保95%以上的村（社区）建成综合服务站。", [("村（社区）建成综合服务站", ">=", 95, "%")]),
        (
            "全县80%的乡镇建成污水处理设施，60%以上的行政村生活污水得到治理。",
            [("乡镇建成污水处理设施", "=", 80, "%"), ("行政村生活污水得到治理", ">=", 60, "%")],
        ),
        # a number in what those things do describes them: no figure of its own (and so in
        # words: 三分之一以上的, 七成以上的)
        (
            "全县30%以上的行政村集体经济收入达到20万元。",
            [("行政村集体经济收入达到20万元", ">=", 30, "%")],
        ),
        (
            "三分之一以上的行政村集体经济收入达到20万元。",
            [("行政村集体经济收入达到20万元", ">=", 33.3, "%")],
        ),
        ("七成以上的规上工业企业完成数字化改造。", [("规上工业企业完成数字化改造", ">=", 70, "%")]),
        # a share qualifying a noun, after words of its own, is no figure
        ("培育营业收入占全县50%以上的龙头企业。", []),
        ("确保完成综合能耗降低10%的目标。", []),
    ],
)
def test_a_share_of_the_things_that_do_what_the_clause_says(text: str, expected: list) -> None:  # type: ignore[type-arg]
    figs = extract_figures(text)
    assert [(f.metric, f.comparator, f.value, f.unit) for f in figs] == expected


def test_a_share_of_the_years_task_is_an_attribute_of_the_figure_before() -> None:
    """完成年度任务的107.5% (and 全年目标任务) is the figure before measured against the year's
    task, as 为年度计划的… is; before, its metric was 年度任务 alone."""
    figs = extract_figures(
        "新增城镇就业8600人，完成年度任务的107.5%。招商引资到位资金52亿元，完成全年目标任务的104%。",
        mode="reported",
    )
    assert [(f.metric, f.value) for f in figs] == [
        ("新增城镇就业", 8600),
        ("新增城镇就业完成年度任务", 107.5),
        ("招商引资到位资金", 52),
        ("招商引资到位资金完成全年目标任务", 104),
    ]


def test_tobacco_bought_by_the_dan() -> None:
    """万担 (a dan, 50 kg, as flue-cured tobacco is bought; batch 162's one miss)."""
    (f,) = extract_figures("烤烟收购8.6万担。", mode="reported")
    assert (f.metric, f.value, f.unit) == ("烤烟收购", 8.6, "万担")
    # 担当, 担保 are words: 5家担保机构 is counted in 家, no dan
    assert [f.unit for f in extract_figures("培育5个担当作为先进典型，新增融资担保10亿元。")] == [
        "个",
        "亿元",
    ]


def test_years_named_relative_to_the_documents_own() -> None:
    """今年, 明年 and 去年 name years counted from the one the document speaks in (this_year):
    no part of a metric, 明年 a year later, and a sentence opening with 去年 or 上年 reports
    that year's results, as one opening with an earlier year does; 比上年 is no year."""
    kw = {"default_year": 2026, "past_before": 2026, "this_year": 2026}
    figs = extract_figures("今年新增规上企业20家。明年新增规上企业30家。", **kw)
    assert [(f.metric, f.value, f.year) for f in figs] == [
        ("新增规上企业", 20, 2026),
        ("新增规上企业", 30, 2027),
    ]
    (f,) = extract_figures("到明年底，新增规上企业30家。", **kw)
    assert (f.metric, f.year) == ("新增规上企业", 2027)
    figs = extract_figures("去年新增规上企业15家，今年力争新增规上企业20家。", **kw)
    assert [(f.metric, f.value, f.year, f.mode) for f in figs] == [
        ("新增规上企业", 15, 2025, "reported"),
        ("新增规上企业", 20, 2026, None),
    ]
    (f,) = extract_figures("上年完成固定资产投资80亿元。", **kw)
    assert (f.metric, f.year, f.mode) == ("固定资产投资", 2025, "reported")
    (f,) = extract_figures("地区生产总值比上年增长6%。", **kw)
    assert (f.year, f.mode) == (2026, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发展大闸蟹生态养殖，养殖面积达到5000亩。", "大闸蟹养殖面积"),
        ("扩大高山蔬菜种植，种植面积稳定在3万亩。", "高山蔬菜种植面积"),
        # a farming named by nothing before it keeps its words
        ("推进生态养殖，养殖面积达到5000亩。", "养殖面积"),
    ],
)
def test_an_area_farmed_is_of_what_the_clause_before_farms(text: str, expected: str) -> None:
    """`发展X养殖，养殖面积…` measures X's farming, as an output after a cluster built is the
    cluster's (batch 165: the metric was 养殖面积 alone)."""
    (f,) = extract_figures(text)
    assert f.metric == expected


def test_a_part_of_the_year_dates_a_figure_no_other_date_does() -> None:
    """In a document whose title names no year (minutes), a figure whose sentence names a
    part of the year (一季度, 上半年, 年内, 年底前) is of the year the document speaks in; a
    figure whose sentence names none keeps no year, and a year the unit gives stays."""
    assert one("确保一季度地区生产总值增长6%以上", this_year=2026)[3] == 2026
    assert one("二期新建标准化厂房10万平方米，年内建成投用", this_year=2026)[3] == 2026
    assert one("确保春播粮食面积稳定在45万亩以上", this_year=2026)[3] is None
    assert one("上半年完成投资20亿元", this_year=2026, default_year=2025)[3] == 2025
    # (a part of a year named is that year's, which dates no figure before it)
    assert one("建设站点300个，2025年底前实现全覆盖", this_year=2026)[3] is None


def test_months_so_far_opening_a_sentence_report_results() -> None:
    """A sentence opening with the months of the year gone by (1—2月份，…; 1至5月，…) reports
    their results — of the year the document speaks in — unless it sets a goal (力争, 确保 …):
    they were read as targets (batch 170)."""
    figs = extract_figures(
        "1—2月份，全市规模以上工业增加值同比增长6.8%，社会消费品零售总额完成28.6亿元。",
        this_year=2026,
    )
    assert [(f.value, f.unit, f.year, f.mode) for f in figs] == [
        (6.8, "%", 2026, "reported"),
        (28.6, "亿元", 2026, "reported"),
    ]
    goal = extract_figures("1—5月，力争完成投资20亿元。", this_year=2026)
    assert [(f.value, f.mode) for f in goal] == [(20, None)]
    # … and the part of the year a meeting or the statisticians found (batch 277: a meeting's
    # news item gave the quarter's results as goals)
    found = extract_figures(
        "会议指出，一季度全县地区生产总值完成52.6亿元，同比增长5.8%。", this_year=2026
    )
    assert [(f.value, f.year, f.mode) for f in found] == [
        (52.6, 2026, "reported"),
        (5.8, 2026, "reported"),
    ]
    asked = extract_figures("会议要求，确保上半年地区生产总值增长6%以上。", this_year=2026)
    assert [(f.value, f.mode) for f in asked] == [(6, None)]


def test_construction_funds_are_no_building() -> None:
    """建设 before 资金 or 经费 names the funds (建设资金), not the doing: the metric was 资金."""
    assert metrics("市财政局统筹安排建设资金1.2亿元") == [("建设资金", "=", 1.2, "亿元")]


def test_a_ratio_to_one_is_a_figure() -> None:
    """农产品加工业产值与农业总产值之比提高到1.8:1 sets a ratio (unit ":1"); it was no figure.
    Funds matched at a ratio (按1:1比例配套) and a time (09:30) are none."""
    assert metrics("农产品加工业产值与农业总产值之比提高到1.8:1。") == [
        ("农产品加工业产值与农业总产值之比", ">=", 1.8, ":1")
    ]
    assert metrics("两者之比达到2.5：1左右。")[0][2:] == (2.5, ":1")
    assert extract_figures("县财政按1:1比例安排配套资金。") == []
    assert extract_figures("会议于09:30召开。") == []


def test_a_goal_set_inside_a_report_is_a_target() -> None:
    """A report on the work so far names the year's plan (全年计划投资50亿元) and what it strives
    for next (力争上半年完成投资25亿元) beside its results: those are goals, the rest results."""
    figs = extract_figures(
        "截至3月底，已完成投资12亿元。全年计划投资50亿元。下一步，力争上半年完成投资25亿元。",
        mode="reported",
        this_year=2026,
    )
    assert [(f.value, f.mode) for f in figs] == [(12, None), (50, "target"), (25, "target")]
    # (a share of the year's plan is a result: 占年度计划的25%)
    share = extract_figures("已完成投资12亿元，占年度计划的25%。", mode="reported")
    assert [f.mode for f in share] == [None, None]
    # (nor funds won: 争取新增地方政府债券资金15亿元 reports what was obtained)
    won = extract_figures("争取新增地方政府债券资金15亿元。", mode="reported")
    assert [f.mode for f in won] == [None]
    # (… nor more won than the year before: 较上年多争取1.2亿元 — found probing, session 74: a
    # goal named 较上年多)
    won = extract_figures(
        "争取中央预算内投资4.6亿元，较上年多争取1.2亿元。", mode="reported", default_year=2025
    )
    assert [(f.metric, f.mode) for f in won] == [
        ("争取中央预算内投资", None),
        ("争取中央预算内投资较上年多", None),
    ]


def test_a_later_year_s_goals_named_inside_a_report_are_targets_of_that_year() -> None:
    """A resolution on a report (batch 305) approves the next year's goals in a sentence that
    opens with no year (会议同意2026年…主要预期目标：…; 会议要求，2026年要…：一是…；二是…): each
    is a goal of that year, in the clauses after a semicolon too. A later year named with no
    goal between it and the figure dates nothing so (已完成2026年任务的40%)."""
    figs = extract_figures(
        "会议认为，2025年，全市地区生产总值达到4120亿元。"
        "会议同意2026年全市经济社会发展的主要预期目标：地区生产总值增长6%左右，固定资产投资增长7%。"
        "会议要求，2026年要重点做好以下工作：一是做强新能源产业；二是新开工亿元以上项目300个以上。",
        mode="reported",
        default_year=2025,
    )
    assert [(f.value, f.mode, f.year) for f in figs] == [
        (4120, None, 2025),
        (6, "target", 2026),
        (7, "target", 2026),
        (300, "target", 2026),
    ]
    (f,) = extract_figures("提前完成2026年任务的40%。", mode="reported", default_year=2025)
    assert f.mode is None
    # … nor a deadline after the year reported (found probing, session 74: a plan adopted in
    # the year, 明确到2028年…突破100亿元, was a result of 2028)
    figs = extract_figures(
        "全县规上工业企业达到120家。出台茶产业三年行动方案，明确到2028年茶叶综合产值突破100亿元。"
        "到2025年底，建成茶叶加工园区2个。",
        mode="reported",
        default_year=2025,
    )
    assert [(f.value, f.mode, f.year) for f in figs] == [
        (120, None, 2025),
        (100, "target", 2028),
        (2, None, 2025),
    ]
    # (as of a day of the year after, 截至, what was done is still a result)
    (f,) = extract_figures(
        "截至2026年5月底，已整改问题金额1.1亿元。", mode="reported", default_year=2025
    )
    assert (f.mode, f.year) == (None, 2026)


def test_the_end_of_a_quarter_and_the_body_leading_the_thing_are_no_part_of_the_metric() -> None:
    # the 泗洪 bulletin (batch 180): 二季度末 dates the goal; the body leading the project
    # (X牵头的) says whose it is, not what is counted
    (f,) = extract_figures("确保二季度末重点项目完成投资达到年度计划的55%以上。")
    # (the share reached is 占 the plan, as that gold has it)
    assert (f.metric, f.comparator, f.value) == ("重点项目完成投资占年度计划", ">=", 55)
    (f,) = extract_figures("市商务局负责的外贸企业出口额增长10%。", mode="reported")
    assert f.metric == "外贸企业出口额增长"
    (f,) = extract_figures("上半年前新建5个站点。")
    assert f.metric == "新建站点"


def test_a_yield_written_per_mu_before_its_number_is_per_mu() -> None:
    # 达到每亩1200斤 is 1200斤/亩, as the unit is written after a number; a unit the lexicon
    # does not have per mu stays as it is
    (f,) = extract_figures("粮食单产达到每亩1200斤以上。")
    assert (f.metric, f.comparator, f.value, f.unit) == ("粮食单产", ">=", 1200, "斤/亩")
    (f,) = extract_figures("亩均税收达到每亩30万元。")
    assert (f.metric, f.unit) == ("亩均税收", "万元/亩")
    (f,) = extract_figures("人均住房面积达到每人40平方米。")
    assert f.unit == "平方米"


def test_how_firm_a_level_kept_is_and_each_place_doing_so_are_no_part_of_the_metric() -> None:
    # the 梨树 annotation (batch 183)
    figs = extract_figures("粮食总产量确保稳定在60亿斤左右，力争达到62亿斤。")
    assert [(f.metric, f.comparator, f.value) for f in figs] == [
        ("粮食总产量", "~", 60),
        ("粮食总产量", ">=", 62),
    ]
    (f,) = extract_figures("农机合作社发展到120家。")
    assert (f.metric, f.comparator) == ("农机合作社", ">=")
    # (百亩 names the plots' kind: no figure)
    (f,) = extract_figures("每个乡镇至少建成1个百亩示范方。")
    assert (f.metric, f.comparator, f.value, f.unit) == ("每个乡镇建成百亩示范方", ">=", 1, "个")
    (f,) = extract_figures("黑土地耕层厚度平均增加1—2厘米。")
    assert (f.comparator, f.value, f.value_max, f.unit) == ("between", 1, 2, "厘米")


def test_a_threshold_by_de_keeps_its_comparator_from_the_count() -> None:
    # the 桃花潭 summary (batch 184): 超过 is the villages' income's, not their count's
    (f,) = extract_figures("其中超过100万元的村3个。", mode="reported")
    assert (f.comparator, f.value, f.unit) == ("=", 3, "个")
    (f,) = extract_figures("年收入超过100万元的村突破50个。")
    assert (f.comparator, f.value) == (">", 50)


def test_the_steps_of_a_list_of_thresholds_are_no_figures() -> None:
    # the 黄埔 measures (batch 185): the awards' thresholds, 的 closing only the last
    text = (
        "对无人机整机企业年营业收入首次突破1亿元、5亿元、10亿元的，分别给予100万元、300万元奖励。"
    )
    assert extract_figures(text) == []
    (f,) = extract_figures("到2027年，营业收入达到1亿元、利润5000万元。")[1:]
    assert (f.value, f.unit) == (5000, "万元")


def test_funds_won_in_a_report_are_results_and_their_getters_no_part_of_the_metric() -> None:
    # the 鄂托克 report (batch 189): 争取 before the central budget's investment or a treasury
    # bond is getting it, not striving; the bodies opening the clause did the work
    (f,) = extract_figures(
        "旗发改委等部门积极争取中央预算内投资5.8亿元。", mode="reported", default_year=2025
    )
    assert (f.metric, f.mode, f.year) == ("争取中央预算内投资", None, 2025)
    (f,) = extract_figures("争取超长期特别国债2亿元。", mode="reported")
    assert f.mode is None


def test_parts_after_qizhong_are_each_named_by_the_whole() -> None:
    # the 阿克苏 plan (batch 193): each part its whole's, not the part's before it
    figs = extract_figures("完成低产低效果园改造60万亩，其中苹果20万亩、红枣25万亩、核桃15万亩。")
    assert [f.metric for f in figs] == [
        "低产低效果园改造",
        "低产低效果园改造中的苹果",
        "低产低效果园改造中的红枣",
        "低产低效果园改造中的核桃",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure named alone after a figure of its clause's sentence is the measure of what
        # that figure measured (the corpus's 六盘水, 南丰, 孝义 and 仙游 golds; the metrics were
        # 出口量, 年产量, 利用率 and 年交易额 alone)
        ("猕猴桃种植面积稳定在20万亩，出口量达到1万吨。", ["猕猴桃种植面积", "猕猴桃出口量"]),
        ("甲鱼养殖面积稳定在1.5万亩，年产量达到1万吨。", ["甲鱼养殖面积", "甲鱼年产量"]),
        # (and the output after a yearly yield is the thing's, not its year's: batch 748)
        (
            "猕猴桃种植面积稳定在12万亩，年产量达到15万吨，综合产值突破40亿元。",
            ["猕猴桃种植面积", "猕猴桃年产量", "猕猴桃综合产值"],
        ),
        ("煤层气抽采量达到5亿立方米，利用率提高到70%以上。", ["煤层气抽采量", "煤层气利用率"]),
        # … or of the market built, which has the output
        (
            "建设红木原材料交易市场1个，年交易额达到50亿元。",
            ["红木原材料交易市场", "红木原材料交易市场年交易额"],
        ),
        # (the value of the goods traded after their amount: batch 760's wild mushrooms)
        ("野生菌交易量达到1.2万吨，交易额突破20亿元。", ["野生菌交易量", "野生菌交易额"]),
        # … or of the bases built, which have the area (batch 755)
        (
            "建成预制菜原料直供基地10个，面积达到3万亩。",
            ["预制菜原料直供基地", "预制菜原料直供基地面积"],
        ),
        # (总产 is 总产量 written short, after the area harvested: the corpus's 汝州 gold)
        ("夏粮收获面积45万亩，总产3.1亿斤。", ["夏粮收获面积", "夏粮总产"]),
        # (综合产值 too: batch 226's wine, 葡萄酒产量达到3.5万吨，综合产值突破150亿元)
        ("葡萄酒产量达到3.5万吨，综合产值突破150亿元。", ["葡萄酒产量", "葡萄酒综合产值"]),
        # (营业收入 too: batch 246's 新材料产业规模实现翻番，营业收入突破300亿元)
        (
            "新材料产业规模达到500亿元，营业收入突破300亿元。",
            ["新材料产业规模", "新材料产业营业收入"],
        ),
        ("新增规上工业企业50家，营业收入增长10%。", ["新增规上工业企业", "营业收入增长"]),
        # (a whole chain's output after a change in a measure of the thing: batch 249)
        (
            "猕猴桃出口额增长20%以上，全产业链产值突破160亿元。",
            ["猕猴桃出口额增长", "猕猴桃全产业链产值"],
        ),
        ("蔬菜产量增长5%，产值达到30亿元。", ["蔬菜产量增长", "蔬菜产值"]),
        # (the scale of a crop's cultivation, in bags of fungus: batch 535's 黑木耳)
        (
            "黑木耳栽培规模稳定在9亿袋以上，干品产量达到4.5万吨。",
            ["黑木耳栽培规模", "黑木耳干品产量"],
        ),
        # (a crop's land bearing and its fresh yield after its area: batch 252, the corpus's 六盘水)
        (
            "刺梨种植面积稳定在60万亩，投产面积达到45万亩，鲜果产量突破20万吨。",
            ["刺梨种植面积", "刺梨投产面积", "刺梨鲜果产量"],
        ),
        # (its value added after its output: found probing, 增加值增长 was named alone)
        (
            "力争全年实现规上工业总产值增长10%、增加值增长8%。",
            ["规上工业总产值增长", "规上工业增加值增长"],
        ),
        # (its sales after its yield: batch 1209, 销售额 was named alone)
        ("杨梅产量4.2万吨，销售额9.6亿元。", ["杨梅产量", "杨梅销售额"]),
        # … but not of what was newly done, nor of a measure of no thing
        ("新增造林面积1万亩，产值增长5%。", ["新增造林面积", "产值增长"]),
        ("规上工业企业达到120家，销售额增长8%。", ["规上工业企业", "销售额增长"]),
        ("全市生产总值增长6%，出口额增长10%。", ["生产总值增长", "出口额增长"]),
        ("规上工业企业达到120家，产值增长8%。", ["规上工业企业", "产值增长"]),
    ],
)
def test_a_measure_named_alone_is_of_the_thing_measured_before(
    text: str, expected: list[str]
) -> None:
    assert [f.metric for f in extract_figures(text, mode="target", default_year=2026)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change in points after a rate of growth is the rate's (the corpus's 亳州 gold: it
        # was 规模以上工业增加值较上年提高, the value's own change); 回落 is a change too
        (
            "规模以上工业增加值增长8.2%，较上年提高1.1个百分点。",
            ["规模以上工业增加值增长", "规模以上工业增加值增长较上年提高"],
        ),
        (
            "地区生产总值增长5.5%，比上年回落0.3个百分点。",
            ["地区生产总值增长", "地区生产总值增长比上年回落"],
        ),
        # … while a rate's own change in points is the rate's, and a change in % the value's
        ("城镇化率达到60%，较上年提高1.2个百分点。", ["城镇化率", "城镇化率较上年提高"]),
        (
            "一般公共预算收入20亿元，较上年提高5%。",
            ["一般公共预算收入", "一般公共预算收入较上年提高"],
        ),
        # 共建 is a doing, as 建设 is (the corpus's 庄浪 gold)
        ("共建苹果产业园1个、马铃薯产业园1个。", ["苹果产业园", "马铃薯产业园"]),
    ],
)
def test_changes_in_points_of_a_growth_rate_and_things_built_together(
    text: str, expected: list[str]
) -> None:
    figures = extract_figures(text, mode="reported", default_year=2026, this_year=2026)
    assert [f.metric for f in figures] == expected


@pytest.mark.parametrize(
    "text",
    ["重点项目完成投资达到年度计划的55%以上。", "重点项目完成投资不低于年度计划的55%。"],
)
def test_a_share_of_the_year_s_plan_reached_is_a_share(text: str) -> None:
    # the corpus's 泗洪 gold: the metric kept its comparator's word (…达到年度计划); a share
    # of the plan is 占 it, the bound is the comparator's (noticed in session 33)
    (figure,) = extract_figures(text, mode="target", default_year=2026)
    assert (figure.metric, figure.comparator) == ("重点项目完成投资占年度计划", ">=")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found probing: a multiple spelt with its numeral was no figure, and a base year
        # before a multiple dated it (2025, in a plan of 2026) and stayed in its metric
        ("葡萄酒产量增长一倍。", ("葡萄酒产量增长", 1.0, 2026)),
        ("营业收入是2025年的两倍。", ("营业收入较2025年", 2.0, 2026)),
        ("营业收入达到2025年的2倍。", ("营业收入较2025年", 2.0, 2026)),
        ("到2027年，产值达到2025年的1.5倍。", ("产值较2025年", 1.5, 2027)),
        ("到2027年，枸杞产业综合产值较2025年翻一番。", ("枸杞产业综合产值较2025年", 2.0, 2027)),
    ],
)
def test_multiples_and_their_base_years(text: str, expected: tuple[str, float, int]) -> None:
    (f,) = extract_figures(text, mode="target", default_year=2026, this_year=2026)
    assert (f.metric, f.value, f.year, f.unit) == (*expected, "倍")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found probing: livestock named fused (牛羊, 猪牛羊, 肉蛋奶) before figures given out
        # in turn gave every figure the whole (牛羊出栏 twice)
        ("牛羊出栏分别达到5万头、20万只。", ["牛出栏", "羊出栏"]),
        ("猪牛羊出栏分别达到50万头、3万头、10万只。", ["猪出栏", "牛出栏", "羊出栏"]),
        ("肉蛋奶产量分别达到10万吨、2万吨、5万吨。", ["肉产量", "蛋产量", "奶产量"]),
        ("粮油产量分别达到50万吨和3万吨。", ["粮食产量", "油料产量"]),
        # … but one figure of them all stays theirs
        ("牛羊存栏达到30万头。", ["牛羊存栏"]),
    ],
)
def test_things_named_fused_are_split_among_figures_in_turn(text: str, expected: list[str]) -> None:
    assert [f.metric for f in extract_figures(text, mode="target", default_year=2026)] == expected


def test_a_level_stepped_onto_is_no_part_of_the_metric() -> None:
    figures = extract_figures(
        "地区生产总值迈上300亿元台阶，财政收入跨越20亿元大关。", mode="target"
    )
    assert [f.metric for f in figures] == ["地区生产总值", "财政收入"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # residents of a kind given their share of the whole's per-head measure in turn after
        # 其中, no verb (batch 678: named 城镇居民 and 城镇居民增长)
        (
            "全体居民人均可支配收入28650元，增长5.8%，其中城镇居民39800元、农村居民19600元，"
            "分别增长4.9%和6.9%。",
            [
                "全体居民人均可支配收入",
                "全体居民人均可支配收入增长",
                "城镇居民人均可支配收入",
                "农村居民人均可支配收入",
                "城镇居民人均可支配收入增长",
                "农村居民人均可支配收入增长",
            ],
        ),
        # (the whole's residents named shorter than the parts')
        (
            "居民人均消费支出2.1万元，其中城镇居民2.8万元、农村居民1.5万元。",
            ["居民人均消费支出", "城镇居民人均消费支出", "农村居民人均消费支出"],
        ),
    ],
)
def test_residents_of_a_kind_take_the_per_head_measure(text: str, expected: list[str]) -> None:
    figures = extract_figures(text, mode="reported", default_year=2025)
    assert [f.metric for f in figures] == expected


def test_a_goal_striven_for_beside_the_one_set_is_the_same_metric() -> None:
    """增长6%，奋斗目标6.5%: the goal striven for names no metric of its own; it is the growth
    before it (batch 668: the metric was 奋斗目标)."""
    figures = extract_figures(
        "地区生产总值增长6%，奋斗目标6.5%；规模以上工业增加值增长8%，奋斗目标9%；"
        "固定资产投资增长5%左右，力争目标为7%。",
        mode="target",
    )
    assert [(f.metric, f.value) for f in figures] == [
        ("地区生产总值增长", 6),
        ("地区生产总值增长", 6.5),
        ("规模以上工业增加值增长", 8),
        ("规模以上工业增加值增长", 9),
        ("固定资产投资增长", 5),
        ("固定资产投资增长", 7),
    ]


def test_a_figure_after_a_full_stop_is_named_in_its_own_sentence() -> None:
    """A figure naming no metric in a sentence whose clause before names the thing takes
    that thing, not the last figure's before the full stop; what the clause says of it
    (创历史新高) is no part of it; a balance's gain on the year's start is the balance's
    (found probing: named 比年初 and 比年初增加)."""
    figures = extract_figures(
        "金融机构本外币存款余额860亿元，比年初增加65亿元。全年粮食总产量创历史新高，达到52.3万吨。",
        mode="reported",
        default_year=2025,
    )
    assert [f.metric for f in figures] == [
        "金融机构本外币存款余额",
        "金融机构本外币存款余额比年初增加",
        "粮食总产量",
    ]
    # … and its growth on the last plan's end (较“十三五”末增长38% — found probing, session 74:
    # the metric named the base alone)
    figures = extract_figures(
        "2025年地区生产总值达到520亿元，较“十三五”末增长38%。", mode="reported", default_year=2025
    )
    assert [f.metric for f in figures] == ["地区生产总值", "地区生产总值较“十三五”末增长"]
    # … and in the same sentence, after a figure of another thing, when the clause before says
    # what the thing did (found probing: it was 农业增加值 in 亿斤); a gain in output on the year
    # before is the thing's too (it was 比上年增产 alone)
    figures = extract_figures(
        "全年完成农业增加值42.3亿元，增长3.8%，粮食总产量创历史新高，达到12.6亿斤，比上年增产0.3亿斤。",
        mode="reported",
        default_year=2025,
    )
    assert [f.metric for f in figures] == [
        "农业增加值",
        "农业增加值增长",
        "粮食总产量",
        "粮食总产量比上年增产",
    ]


def test_an_average_keeps_its_name_in_the_metric() -> None:
    """平均达到: 均 is the average's, not 均 (all) before the verb (batch 689: the metric was
    村级集体经营性收入平); 均达到 after the things is all of them still."""
    figures = extract_figures(
        "村级集体经营性收入平均达到60万元，新建村卫生室均达到标准化要求。", mode="target"
    )
    assert [f.metric for f in figures] == ["村级集体经营性收入平均"]


def test_supermarkets_entered_keep_their_name_in_the_metric() -> None:
    """商超 (supermarkets) ends in 超, more than, as a verb before a figure may (超5亿元):
    the metric kept it cut off (batch 666: 进入大型商超 read as 进入大型商)."""
    figures = extract_figures(
        "进入大型商超50家以上，农产品进商超12家，网络零售额超5亿元。", mode="target"
    )
    assert [(f.metric, f.comparator) for f in figures] == [
        ("进入大型商超", ">="),
        ("农产品进商超", "="),
        ("网络零售额", ">"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found probing: a net gain after a count was named 净增 alone
        ("规上工业企业达到215家，净增18家。", ["规上工业企业", "规上工业企业净增"]),
        ("市场主体总数达到5.2万户，净增加3000户。", ["市场主体总数", "市场主体净增加"]),
        ("净增规上企业18家。", ["净增规上企业"]),
        # … and a gain on a base named (较上年新增) is the things' too (found probing, session
        # 62: named 较上年新增 alone)
        ("5G基站总数达到1200个，较上年新增300个。", ["5G基站总数", "5G基站较上年新增"]),
    ],
)
def test_a_net_gain_after_a_count_is_the_things(text: str, expected: list[str]) -> None:
    figures = extract_figures(text, mode="reported", default_year=2026, this_year=2026)
    assert [f.metric for f in figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found probing: things completed, put into production or landed, their name left
        # out after the figure that names them, were named by the verbs alone (竣工投产)
        ("新开工亿元以上项目42个，竣工投产28个。", ["新开工亿元以上项目", "竣工投产亿元以上项目"]),
        ("签约项目50个，落地30个。", ["签约项目", "落地项目"]),
        ("新建5G基站300个，投用200个。", ["新建5G基站", "投用5G基站"]),
    ],
)
def test_things_completed_or_landed_after_the_figure_naming_them(
    text: str, expected: list[str]
) -> None:
    figures = extract_figures(text, mode="reported", default_year=2026, this_year=2026)
    assert [f.metric for f in figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found probing, session 62: the second figure was named 农村居民 alone
        (
            "城镇居民人均可支配收入达到4.2万元，农村居民达到2.3万元。",
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"],
        ),
        # … not a part named as written under 其中, nor a kind measured with no verb (the
        # corpus's 梨树, 紫金 and 横州), nor things of another kind
        (
            "秸秆还田面积达到260万亩，其中深翻还田40万亩、覆盖还田220万亩。",
            ["秸秆还田面积", "深翻还田", "覆盖还田"],
        ),
        ("规上工业企业达到100家，小微企业达到500家。", ["规上工业企业", "小微企业"]),
        # … past a ；, the figure before in the same unit (its growth between), and a change said
        # as the measure's was, and a place set beside the measure's place
        (
            "城镇居民人均可支配收入达到4.2万元，增长5%；农村居民达到2.3万元，增长7%。",
            [
                "城镇居民人均可支配收入",
                "城镇居民人均可支配收入增长",
                "农村居民人均可支配收入",
                "农村居民人均可支配收入增长",
            ],
        ),
        (
            "城镇居民人均可支配收入增长5.5%，农村居民增长7%。",
            ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"],
        ),
        ("城区污水集中处理率达到98%，乡镇达到85%。", ["城区污水集中处理率", "乡镇污水集中处理率"]),
    ],
)
def test_a_subject_of_the_same_kind_takes_the_measure_before(
    text: str, expected: list[str]
) -> None:
    figures = extract_figures(text, mode="target", default_year=2026)
    assert [f.metric for f in figures] == expected


def test_a_growth_rate_named_before_its_comparison_with_an_average() -> None:
    """增速高于全省平均水平 after a value and its growth compares the thing's growth rate
    (batch 231: the metric lost its thing)."""
    figs = extract_figures(
        "全县实现地区生产总值480.6亿元、增长5.9%，增速高于全省平均水平0.6个百分点。",
        mode="reported",
    )
    assert [(f.metric, f.comparator, f.value) for f in figs] == [
        ("地区生产总值", "=", 480.6),
        ("地区生产总值增长", "=", 5.9),
        ("地区生产总值增速高于全省平均水平", "=", 0.6),
    ]


def test_a_total_after_the_new_ones_of_an_industry_counts_all_of_them() -> None:
    """A total after a count of new firms of an industry (电子信息产业新增规模以上企业6家，总数
    达到38家, batch 231) counts the industry's firms, not its new ones."""
    figs = metrics("电子信息产业新增规模以上企业6家，总数达到38家。", mode="reported")
    assert [m for m, *_ in figs] == ["电子信息产业新增规模以上企业", "电子信息产业规模以上企业总数"]


def test_reaching_a_combined_output_is_no_part_of_it() -> None:
    """实现 before 综合产值 goes, as before 产值 (batch 231)."""
    assert metrics("豆制品产业实现综合产值32.5亿元。")[0][0] == "豆制品产业综合产值"


def test_a_total_of_the_measure_a_count_new_measured_is_the_things_total() -> None:
    """总装机容量 after 新增新能源装机容量 is the new energy's total capacity (batch 234: it named
    no thing); 总 before a measure of another thing keeps its own name."""
    figs = metrics("新增新能源装机容量150万千瓦，总装机容量达到420万千瓦。", mode="reported")
    assert [m for m, *_ in figs] == ["新增新能源装机容量", "新能源总装机容量"]
    other = metrics("新增新能源装机容量150万千瓦，总投资达到20亿元。", mode="reported")
    assert [m for m, *_ in other][1] != "新能源总投资"


def test_a_daily_capacity_reached() -> None:
    """达到每日3000吨: the verb reaches the figure across 每日 (batch 235: '=' and a metric
    ending 达到每日); so across 每月 and 每人每月."""
    assert metrics("羊乳加工能力达到每日3000吨。") == [("羊乳加工能力", ">=", 3000, "吨")]
    assert metrics("城乡居民基础养老金提高到每人每月200元。") == [
        ("城乡居民基础养老金", ">=", 200, "元")
    ]


def test_a_yearly_cap_after_its_verb() -> None:
    """控制在每年500吨以内 (batch 1075): the cap's verb is no part of the metric across 每年, the
    year its period — as 达到每日 is read."""
    assert metrics("砚石开采总量控制在每年500吨以内。") == [("砚石开采总量", "<=", 500, "吨")]
    (f,) = extract_figures("砚石开采总量控制在每年500吨以内。")
    assert f.period == "annual"


def test_things_counted_before_when_they_are_done() -> None:
    """推动8个在建锂电项目年内投产 (batch 1100): the projects counted, without when they go into
    production (the metric had kept 年内), as without 投产 alone."""
    assert metrics("推动8个在建锂电项目年内投产。") == [("在建锂电项目", "=", 8, "个")]
    assert metrics("推动8个在建项目投产。") == [("在建项目", "=", 8, "个")]


def test_a_word_or_place_opening_with_he_keeps_it() -> None:
    """和 opening a metric after a figure is a conjunction (…5家和高新技术企业8家); opening a word
    or a place's name it is not (batch 1111: 和田玉原料开采总量 lost its 和, as 和美乡村 did)."""
    assert metrics("和田玉原料开采总量控制在每年300吨以内。") == [
        ("和田玉原料开采总量", "<=", 300, "吨")
    ]
    assert metrics("和美乡村示范村达到10个。") == [("和美乡村示范村", ">=", 10, "个")]
    assert [m for m, *_ in metrics("新增规上企业5家和高新技术企业8家。")] == [
        "新增规上企业",
        "高新技术企业",
    ]


def test_pairs_are_a_unit() -> None:
    """Lanterns made in pairs (宫灯年产量突破1亿对, batch 1084) are goals, not lost; pairs twinned
    to help (结成帮扶对子20对) too — not the 对 of 1对1, a number after it."""
    assert metrics("宫灯年产量突破1亿对。") == [("宫灯年产量", ">", 1, "亿对")]
    assert metrics("开展1对1帮扶，结成帮扶对子20对。") == [("结成帮扶对子", "=", 20, "对")]


def test_camels_counted_in_feng() -> None:
    """Camels are counted in 峰 (found probing: 骆驼存栏稳定在16万峰 gave no figure)."""
    assert metrics("骆驼存栏稳定在16万峰。") == [("骆驼存栏", "=", 16, "万峰")]


def test_horses_counted_in_pi() -> None:
    """Horses are counted in 匹 (batch 1564: 马匹存栏稳定在18万匹 gave 18 万, no unit)."""
    assert metrics("全年马匹存栏稳定在18万匹。") == [("马匹存栏", "=", 18, "万匹")]
    assert metrics("年繁育良种马驹2000匹。") == [("年繁育良种马驹", "=", 2000, "匹")]


def test_the_whole_prefecture_opening_a_metric_is_no_part_of_it() -> None:
    """全地区 (a Tibet or Xinjiang prefecture's whole) goes, as 全市 and 全县 do (batch 241)."""
    assert metrics("全地区清洁能源装机占比达到95%以上。")[0][0] == "清洁能源装机占比"


def test_firms_supported_to_do_the_work_name_it_without_the_support() -> None:
    """支持乳企新上…生产线4条: what the firms do is counted, the government's support no part
    of it (batches 235 and 244; the corpus's 芒市: 蔗糖企业实施节能技改); 支持 before no firm
    doing anything stays (the corpus's 宝坻: 支持重点项目建设)."""
    assert metrics("支持乳企新上液态奶、奶酪生产线4条。")[0][0] == "乳企新上液态奶、奶酪生产线"
    assert metrics("支持乳企实施技术改造项目8个。")[0][0] == "乳企实施技术改造项目"
    # (and firms supported to take part in fairs: batch 527)
    assert metrics("支持企业参加上海厨卫展等国内外展会20场次。")[0][0] == (
        "企业参加上海厨卫展等国内外展会"
    )
    assert metrics("支持重点项目建设28个。")[0][0] == "支持重点项目建设"


def test_a_total_is_of_what_the_clause_before_counts_without_a_figure() -> None:
    """规上企业数量逐年增加，总数达到120家 (batch 246): the total is of the firms the clause
    before counts, not of the revenue the figure before measured."""
    text = "营业收入突破300亿元，规上企业数量逐年增加，总数达到120家。"
    assert [f.metric for f in extract_figures(text, mode="target")] == ["营业收入", "规上企业总数"]
    # a total after a count of its own stays that count's
    figs = extract_figures("高新技术企业新增42家、总数达到211家。", mode="target")
    assert [f.metric for f in figs] == ["高新技术企业新增", "高新技术企业总数"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # batch 247: the investment of projects counted before, written 年度完成投资 or 总投资
        # (the metrics were the bare 年度完成投资 and 总投资)
        ("实施重点项目150个以上，年度完成投资100亿元。", ["重点项目", "重点项目年度完成投资"]),
        (
            "新签约亿元以上项目42个，总投资312亿元。",
            ["新签约亿元以上项目", "新签约亿元以上项目总投资"],
        ),
        # (not after a figure of no projects)
        ("全市生产总值增长6%，总投资增长5%。", ["生产总值增长", "总投资增长"]),
    ],
)
def test_investment_is_of_the_projects_counted_before(text: str, expected: list[str]) -> None:
    assert [f.metric for f in extract_figures(text, mode="target")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (probing) intensities per ten thousand yuan and output per worker keep their units
        ("单位GDP二氧化碳排放降低至0.8吨/万元。", ("单位GDP二氧化碳排放", "<=", 0.8, "吨/万元")),
        (
            "单位地区生产总值能耗降至0.45吨标煤/万元。",
            ("单位地区生产总值能耗", "<=", 0.45, "吨标煤/万元"),
        ),
        ("全员劳动生产率达到25万元/人。", ("全员劳动生产率", ">=", 25, "万元/人")),
        # a gap narrowed to a level: 缩小到 is the verb, no part of the metric
        ("城乡居民收入比缩小到2.1:1。", ("城乡居民收入比", "<=", 2.1, ":1")),
        # a total after a count new of its measure (新增…公里、总里程…) is of the same thing
        (
            "高速公路通车里程新增45公里、总里程达到320公里。",
            ("高速公路通车总里程", ">=", 320, "公里"),
        ),
    ],
)
def test_intensities_gaps_and_totals_of_a_length(
    text: str, expected: tuple[str, str, float, str]
) -> None:
    f = extract_figures(text, mode="target")[-1]
    assert (f.metric, f.comparator, f.value, f.unit) == expected


def test_a_comparable_growth_and_a_part_s_share_are_of_their_subjects() -> None:
    """Batch 250: 可比增长 is the revenue's (it was bare), and a share raised after a part
    opened by 其中 is the part's share, not a part of it (it was 工业投资中的占比)."""
    text = (
        "一般公共预算收入188.6亿元，可比增长6.3%。"
        "固定资产投资增长7.1%，其中工业投资增长15.4%、占比提高到38.5%。"
    )
    assert [f.metric for f in extract_figures(text, mode="reported")] == [
        "一般公共预算收入",
        "一般公共预算收入可比增长",
        "固定资产投资增长",
        "工业投资增长",
        "工业投资占比",
    ]
    # … and so is its growth after it (found probing: 网络零售额中的增长)
    part = extract_figures("社会消费品零售总额210亿元、增长6%，其中网络零售额50亿元、增长15%。")
    assert [f.metric for f in part][2:] == ["网络零售额", "网络零售额增长"]
    # a measure after 其中 is still a part (the corpus's 安溪)
    part = extract_figures("藤铁工艺产业产值突破300亿元，其中出口额达到80亿元。", mode="target")
    assert part[-1].metric == "藤铁工艺产业产值中的出口额"


def test_cases_are_counted_by_their_classifier() -> None:
    """起 counts cases and incidents (查处违法案件10起以上; batch 262); 2026年1月1日起 counts none."""
    assert [f[1:] for f in metrics("查处违法案件10起以上。")] == [(">=", 10, "起")]
    assert metrics("自2026年1月1日起施行。") == []
    # (and 篇 articles: 刊播宣传稿件100篇以上, batch 263)
    assert [f[1:] for f in metrics("全年刊播宣传稿件100篇以上。")] == [(">=", 100, "篇")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成日间手术1000例。", (1000, "例")),
        ("开设特色课程20门。", (20, "门")),
        ("推出特色菜品100道。", (100, "道")),
        ("开行旅游专列12趟。", (12, "趟")),
        ("出口柑橘50万箱。", (50, "万箱")),
        ("集装箱吞吐量达到50万标准箱。", (50, "万标准箱")),
        ("检测车辆10万辆次。", (10, "万辆次")),
        ("数据存储能力达到100PB以上。", (100, "PB")),
    ],
)
def test_more_counting_words_and_units(text: str, expected: tuple[float, str]) -> None:
    """Found by probing the genre's units (session 41): each figure was lost, or 辆次 cut to
    辆."""
    assert [f[2:] for f in metrics(text)] == [expected]


def test_a_unit_that_must_close_its_clause_names_no_figure_inside_a_name() -> None:
    """道 and PB close their clause (推出特色菜品100道), not a name (设置3道防线 is no figure,
    nor 500GB存储设备)."""
    assert metrics("采购500GB存储设备。") == []


def test_those_honoured_are_no_goal() -> None:
    """The counts of those a decision honours (a probe at session 44's end) are no goal."""
    text = "区政府决定，对区商务局等10个先进集体和张伟等20名先进个人予以通报表彰。"
    assert extract_figures(text) == []
    assert len(extract_figures("力争2026年引进内资项目150个以上。")) == 1


def test_a_months_changes_and_the_month_opening_a_metric() -> None:
    """A month's report (batch 295): 环比 and 较上月 are changes of the figure before, as 同比 is;
    a month opening what is counted is no part of it."""
    text = "全区共受理热线工单12568件，环比增长8.6%，同比下降3.2%；群众满意率96.3%，较上月提高0.8个百分点。"
    assert [f.metric for f in extract_figures(text, mode="reported")] == [
        "受理热线工单",
        "受理热线工单环比增长",
        "受理热线工单同比下降",
        "群众满意率",
        "群众满意率较上月提高",
    ]
    assert [f.metric for f in extract_figures("3月重复工单达312件。", mode="reported")] == [
        "重复工单"
    ]
    assert [f.metric for f in extract_figures("确保4月按时办结率不低于99.5%。")] == ["按时办结率"]
    assert [f.metric for f in extract_figures("12月31日前完成投资5亿元。")] == ["完成投资"]


def test_an_agreements_parties_are_no_part_of_a_metric() -> None:
    """Who gives to whom in an agreement (batch 296): 甲方向乙方, 帮助乙方, 双方共同."""
    text = (
        "帮助乙方农村劳动力转移就业2000人以上。双方共同举办招商推介会不少于2场。乙方选派干部40名。"
    )
    assert [f.metric for f in extract_figures(text)] == [
        "农村劳动力转移就业",
        "举办招商推介会",
        "选派干部",
    ]


def test_a_village_whole_and_an_area_kept_open_no_metric() -> None:
    """全村 is as 全县 is; 巩固 before an area or a scale keeps it, as 保持 does (batch 298)."""
    assert [f.metric for f in extract_figures("全村农民人均可支配收入达到2.3万元。")] == [
        "农民人均可支配收入"
    ]
    assert [f.metric for f in extract_figures("巩固红枣种植面积3200亩。")] == ["红枣种植面积"]


def test_a_price_per_unit_and_its_split_are_no_goals() -> None:
    """A compensation plan (batch 302): the price per mu and the shares of it each fee takes."""
    text = "区片综合地价为每亩6.8万元，其中土地补偿费占40%，安置补助费占60%。"
    assert extract_figures(text) == []
    assert [f.value for f in extract_figures("工业增加值占比达到40%。")] == [40]


def test_the_year_so_far_and_its_holidays_report() -> None:
    """A bulletin's items (batch 303): 今年以来 and a holiday gone by (“五一”假期) open results
    of the year it speaks in; what it strives for stays a goal."""
    text = "今年以来，区农业农村局新建标准化养殖场3个。下一步，将力争出栏藏香猪5万头。"
    assert [(f.value, f.mode) for f in extract_figures(text, this_year=2026, past_before=2026)] == [
        (3, "reported"),
        (5, None),
    ]
    text = "“五一”假期，全区共接待游客12.6万人次。"
    assert [f.mode for f in extract_figures(text, this_year=2026, past_before=2026)] == ["reported"]


def test_a_goal_and_what_was_achieved_against_it() -> None:
    """A self-evaluation (batch 329) states each indicator's goal and then what was achieved
    (实际完成, 经…实际达到): the first is the goal even in a report, the second a result of the
    same thing; an indicator named 实际… (实际使用外资) is no such pair."""
    text = (
        "新建高标准农田3.2万亩，实际完成3.25万亩；受益群众满意度90%以上，经问卷调查实际达到95.6%；"
        "亩均财政投资不超过2000元，实际亩均财政投资1960元。"
    )
    got = extract_figures(text, mode="reported", default_year=2025)
    assert [(f.metric, f.comparator, f.value, f.mode) for f in got] == [
        ("新建高标准农田", "=", 3.2, "target"),
        ("新建高标准农田", "=", 3.25, "reported"),
        ("受益群众满意度", ">=", 90, "target"),
        ("受益群众满意度", "=", 95.6, "reported"),
        ("亩均财政投资", "<=", 2000, "target"),
        ("亩均财政投资", "=", 1960, "reported"),
    ]
    (f,) = extract_figures("实际使用外资达到5亿美元。")
    assert (f.metric, f.mode) == ("实际使用外资", None)


@pytest.mark.parametrize(
    "text",
    [
        "涉及3个镇，计划新建高标准农田3.2万亩，改造提升1.5万亩。",
        "项目年度绩效目标为：新建高标准农田3.2万亩，改造提升1.5万亩。",
    ],
)
def test_a_plan_or_its_goals_listed_in_a_report_are_goals(text: str) -> None:
    """In a report, a clause opening with 计划 sets a goal and so does the rest of its list;
    so does a sentence listing the goals (目标为：)."""
    got = extract_figures(text, mode="reported", default_year=2025)
    assert [(f.value, f.mode) for f in got if f.unit == "万亩"] == [
        (3.2, "target"),
        (1.5, "target"),
    ]


def test_a_plan_list_ends_at_what_was_done() -> None:
    """… but a ； or a clause saying what was done ends the list; 计划生育 plans nothing."""
    text = "计划新建高标准农田3.2万亩；已完成3.25万亩。计划生育特殊家庭300户。"
    got = extract_figures(text, mode="reported", default_year=2025)
    assert [(f.value, f.mode) for f in got] == [(3.2, "target"), (3.25, None), (300, None)]


def test_a_plan_of_the_year_gone_by_is_that_years_goal() -> None:
    """A reply of 2026 retelling 2025's land supply plan (batch 328): the plan and its part are
    goals of 2025, not its results."""
    text = "2025年度，永康市计划供应国有建设用地3200亩，其中工业用地1500亩。"
    got = extract_figures(text, past_before=2026, this_year=2026)
    assert [(f.value, f.year, f.mode) for f in got] == [(3200, 2025, None), (1500, 2025, None)]


def test_a_count_told_again_as_a_whole_and_a_start_year() -> None:
    """A rectification bulletin (batch 330): 12个问题已完成整改10个 after the 12 problems were
    counted tells only the 10; 2023年以来 bounds the projects checked, it dates no figure."""
    text = "对反馈的12个问题逐项建立台账。截至2026年3月31日，12个问题已完成整改10个。"
    got = extract_figures(text, mode="reported", default_year=2026)
    assert [(f.value, f.year) for f in got] == [(12, 2026), (10, 2026)]
    text = "对2023年以来实施的26个工程项目开展全面排查，发现问题17个。"
    got = extract_figures(text, mode="reported", default_year=2026)
    assert [(f.value, f.year) for f in got] == [(26, 2026), (17, 2026)]


def test_a_tenders_own_sums_and_lots_are_no_goals() -> None:
    """A tender (batch 331) sets its budget and what it builds; its ceiling on bids, bid bond,
    documents' price and lots are its rules."""
    text = (
        "预算金额：3860万元\n最高投标限价：3780万元\n采购需求：新建农村公路46.5公里。本项目划分为2个标段。\n"
        "每个标段投标保证金为40万元。\n售价：0元\n"
    )
    assert [(f.metric, f.value) for f in extract_figures(text, default_year=2026)] == [
        ("预算金额", 3860),
        ("新建农村公路", 46.5),
    ]


def test_a_count_merged_into_so_many_drops_its_baseline() -> None:
    """由15户整合为6户 (batch 349): the firms merged into 6, as 由…提高到… is the value raised to."""
    got = extract_figures("完成县属国有企业整合重组，由15户整合为6户。", default_year=2025)
    assert [(f.value, f.unit) for f in got] == [(6, "户")]


def test_those_chosen_for_honours_and_a_partner_in_ones_own_work() -> None:
    """A women's federation's work points (batch 350): families chosen as models (推选…50户)
    are honoured, no goal; a body joined in one's own work (联合县人社局开展…) is no part of
    what is counted."""
    assert extract_figures("推选县级“最美家庭”50户。", default_year=2026) == []
    (f,) = extract_figures("联合县人社局开展家政服务技能培训10期。", default_year=2026)
    assert (f.metric, f.value) == ("家政服务技能培训", 10)


def test_a_sum_paid_by_a_standard_is_no_goal() -> None:
    """家庭优待金按照每年1.8万元标准发放 (batch 357): a standard paid by, no goal."""
    assert extract_figures("家庭优待金按照每年1.8万元标准发放。", default_year=2026) == []
    (f,) = extract_figures("全年发放家庭优待金1200万元。", default_year=2026)
    assert f.value == 1200


def test_a_grant_per_village_is_a_standard() -> None:
    """对集体经济年收入低于20万元的村每村扶持50万元 (batch 375): a standard per village, no goal;
    the yearly fund set aside is one."""
    text = "县财政每年安排扶持资金1000万元，对集体经济年收入低于20万元的村每村扶持50万元。"
    assert [(f.value, f.metric) for f in extract_figures(text, default_year=2026)] == [
        (1000, "扶持资金")
    ]


def test_the_time_each_case_is_given_is_no_goal() -> None:
    """A campaign against wage arrears (batch 348) gives each case a time limit
    (限时15个工作日内办结): a rule, no goal — a procedure's time cut is one."""
    assert extract_figures("逐一建立台账，限时15个工作日内办结。", default_year=2025) == []
    assert extract_figures("对整改问题限期30日内整改到位。", default_year=2025) == []
    (f,) = extract_figures("企业开办时间压缩至1个工作日内。", default_year=2025)
    assert (f.value, f.comparator) == (1, "<=")


def test_a_lists_label_with_its_count_counts_no_goal() -> None:
    """工业经济工作先进单位（5个）：… (batch 346) restates how many the list after it names."""
    text = "附件\n工业经济工作先进单位（5个）：市工业和信息化局、市财政局\n"
    assert extract_figures(text, default_year=2026) == []
    (f,) = extract_figures("新增先进单位（企业）5个：某公司。", default_year=2026)
    assert f.value == 5


def test_a_standard_per_head_raised_and_one_set_by_a_multiple() -> None:
    """A notice raising subsistence allowances (batch 337): the old standard per head after 由 is
    the baseline, the new one the figure, named by the standard; a standard set as a multiple
    of another (按…的1.3倍确定) is a rule."""
    text = "城市低保标准由每人每月780元提高到820元，增长5.1%。特困人员基本生活标准按不低于当地低保标准的1.3倍确定。"
    got = extract_figures(text, default_year=2026)
    assert [(f.metric, f.value) for f in got] == [("城市低保标准", 820), ("城市低保标准增长", 5.1)]


def test_land_or_goods_counted_after_dui_are_named_by_the_action() -> None:
    """Tea (batch 501): land counted in 亩 after 对, the action taken on it after its name (对3000亩
    低产茶园实施改造提升), is named by the action, as things counted in a classifier are; a sum
    after 对 is a condition, no goal."""
    got = extract_figures("对3000亩低产茶园实施改造提升。", default_year=2026)
    assert [(f.metric, f.value, f.unit) for f in got] == [("实施改造提升的低产茶园", 3000, "亩")]
    assert extract_figures("对10万元以上的项目给予奖励。", default_year=2026) == []
    # (the action a list of things: 对300户农家院实施厨房、卫生间改造, batch 508)
    got = extract_figures("对300户农家院实施厨房、卫生间改造。", default_year=2026)
    assert [(f.metric, f.value) for f in got] == [("实施厨房、卫生间改造的农家院", 300)]


def test_unitless_values_given_in_turn_are_each_a_figure() -> None:
    """Coefficients given in turn (batch 489: 小学、初中校际差异系数分别控制在0.50、0.45以内): the
    second, with no unit of its own, is a figure too, and each is named by its own school."""
    got = extract_figures("小学、初中校际差异系数分别控制在0.50、0.45以内。", default_year=2028)
    assert [(f.metric, f.comparator, f.value, f.unit) for f in got] == [
        ("小学校际差异系数", "<=", 0.5, ""),
        ("初中校际差异系数", "<=", 0.45, ""),
    ]


def test_a_share_a_sum_is_set_by_is_a_rule() -> None:
    """A share by which a sum is set (batch 489: 教师培训经费按不低于…的5%安排) is a rule of
    funding, as a standard set by a multiple is; a share to be reached is a goal."""
    text = "教师培训经费按不低于学校年度公用经费预算总额的5%安排。"
    assert extract_figures(text, default_year=2026) == []
    (f,) = extract_figures("集团化办学覆盖率达到80%以上。", default_year=2026)
    assert f.value == 80


def test_a_sessions_review_reports_its_year_and_its_attendance_is_no_figure() -> None:
    """A plenary session's communiqué (batch 338): a paragraph its review opens (全会认为，2025年，…)
    reports 2025, a year-end estimate (预计全年) too; those attending are no figure."""
    text = (
        "出席全会的有市委委员31名，候补委员5名。\n"
        "全会认为，2025年，经济社会发展取得新成效。预计全年地区生产总值增长6.3%。\n"
        "全会提出，2026年地区生产总值增长6%左右。"
    )
    got = extract_figures(text, default_year=2026, past_before=2026, this_year=2026)
    assert [(f.value, f.year, f.mode) for f in got] == [(6.3, 2025, "reported"), (6, 2026, None)]


@pytest.mark.parametrize(("dated", "mode"), [("2026-04-15", "reported"), ("2026-02-10", None)])
def test_a_part_of_the_year_gone_by_when_written_reports(dated: str, mode: str | None) -> None:
    """一季度，… in a bulletin written in April (batch 339) reports the quarter; in a plan written
    in February it stages a goal."""
    text = "一季度，全区共受理企业诉求426件。"
    (f,) = extract_figures(text, default_year=2026, past_before=2026, this_year=2026, dated=dated)
    assert (f.value, f.year, f.mode) == (426, 2026, mode)


def test_a_city_checks_problems_and_reach_and_a_subsidy_per_head() -> None:
    """A city's health check (batch 341): a year bounding what is counted by when it was built
    (2000年前建成的) dates nothing; the minutes naming a reach stay in the name of the rate after
    them. A policy list (batch 342): a subsidy paid per head and month is a standard, no goal."""
    text = "中心城区仍有2000年前建成的老旧小区126个未完成改造。消防救援5分钟可达覆盖率82.3%。"
    got = extract_figures(text, mode="reported", default_year=2025)
    assert [(f.value, f.year) for f in got] == [(126, 2025), (82.3, 2025)]
    assert got[1].metric == "消防救援5分钟可达覆盖率"
    assert (
        extract_figures("对新引进的本科毕业生每人每月发放租房补贴800元。", default_year=2026) == []
    )
    (f,) = extract_figures("全年发放租房补贴800万元。", default_year=2026)
    assert f.value == 800


def test_years_in_turn_after_the_metric() -> None:
    """分别于2026年、2028年 after the metric gives each figure of the run its year and the metric
    before the years (found probing staged goals in session 46: both were 2028's, named
    零售额于2026年 and 2028年)."""
    text = "全县农产品网络零售额分别于2026年、2028年突破10亿元和15亿元。"
    got = extract_figures(text, default_year=2026, past_before=2026)
    assert [(f.metric, f.value, f.year) for f in got] == [
        ("农产品网络零售额", 10, 2026),
        ("农产品网络零售额", 15, 2028),
    ]


def test_years_in_turn_right_after_the_metric_name_none_of_it() -> None:
    """规上藜麦加工企业2026年、2027年、2028年分别达到5家、8家、10家 (batch 1016): each count its
    year, and the metric the one before the years (they were named 规上藜麦加工企业2026年,
    2027年 and 2028年)."""
    text = "规上藜麦加工企业2026年、2027年、2028年分别达到5家、8家、10家。"
    got = extract_figures(text, default_year=2026, past_before=2026)
    assert [(f.metric, f.value, f.year) for f in got] == [
        ("规上藜麦加工企业", 5, 2026),
        ("规上藜麦加工企业", 8, 2027),
        ("规上藜麦加工企业", 10, 2028),
    ]


def test_a_year_of_a_programme_opening_a_clause_is_no_part_of_a_metric() -> None:
    """2025年度全县… (batch 343): 年度 goes with its year, not into the metric."""
    (f,) = extract_figures("2025年度全县共实施高标准农田建设项目3个。", mode="reported")
    assert not f.metric.startswith("度")


def test_an_insurances_rate_and_the_insureds_own_share_are_no_goals() -> None:
    """An agricultural insurance plan (batch 344): 保险费率6% and 农户自缴20% are its terms; the
    coverage striven for is a goal."""
    text = "玉米每亩保险金额800元，保险费率6%。保费由中央财政补贴45%，农户自缴20%。主要粮食作物保险覆盖率达到85%以上。"
    assert [f.value for f in extract_figures(text, default_year=2026)] == [85]


@pytest.mark.parametrize(
    ("text", "mode", "expected"),
    [
        # things counted after 对 are named by the action taken on them (batch 381; the
        # corpus's 26个工程项目), or by what qualifies them, the action done to each
        (
            "对全县12家易制毒化学品生产经营企业开展全覆盖检查。",
            None,
            [("开展全覆盖检查的易制毒化学品生产经营企业", "=", 12, "家")],
        ),
        (
            "对2023年以来实施的26个工程项目开展全面排查，发现问题17个。",
            "reported",
            [("开展全面排查的工程项目", "=", 26, "个"), ("发现问题", "=", 17, "个")],
        ),
        ("对反馈的12个问题逐项建立台账。", "reported", [("反馈的问题", "=", 12, "个")]),
        # (共, in all, opens no metric of cases cracked or seized either)
        (
            "全县共破获毒品刑事案件126起，缴获各类毒品386.5千克。",
            "reported",
            [("破获毒品刑事案件", "=", 126, "起"), ("缴获各类毒品", "=", 386.5, "千克")],
        ),
        ("对辖区内30家企业进行走访。", None, [("进行走访的企业", "=", 30, "家")]),
        # (or where, after 在, by what is set up there: batch 393)
        (
            "建立调解机制，在8个街道设立物业纠纷人民调解委员会。",
            None,
            [("设立物业纠纷人民调解委员会的街道", "=", 8, "个")],
        ),
        ("在10个村开展试点。", None, [("开展试点的村", "=", 10, "个")]),
        # (each of them building one: batch 408)
        (
            "在11个乡镇各建成1座集中式充电站。",
            None,
            [("建成集中式充电站的乡镇", "=", 11, "个"), ("每个乡镇建成集中式充电站", "=", 1, "座")],
        ),
        (
            "对120个无物业老旧小区引入专业化物业或实行社区托管。",
            None,
            [("引入专业化物业或实行社区托管的无物业老旧小区", "=", 120, "个")],
        ),
        (
            "组织对全县86家投资理财、养老服务等重点领域机构开展风险排查。",
            None,
            [("开展风险排查的投资理财、养老服务等重点领域机构", "=", 86, "家")],
        ),
        # a verb whose clause qualifies what is counted stays (batch 380)
        (
            "2026年全区开设托班的公办幼儿园达到15所。",
            None,
            [("开设托班的公办幼儿园", ">=", 15, "所")],
        ),
    ],
)
def test_things_named_by_what_is_done_to_them(text: str, mode: str | None, expected: list) -> None:  # type: ignore[type-arg]
    got = metrics(text, mode=mode) if mode else metrics(text)
    assert got == expected


def test_a_sentence_opening_with_the_day_things_stood_reports_them() -> None:
    """截至2025年底 opening a sentence of a plan for 2026 tells how things stood (batch 384:
    the hazards counted were goals); 截至2027年底 in it is a deadline."""
    text = "截至2025年底，全县共有地质灾害隐患点126处，其中滑坡78处。"
    got = extract_figures(text, past_before=2026, this_year=2026, default_year=2026)
    assert [(f.value, f.year, f.mode) for f in got] == [
        (126, 2025, "reported"),
        (78, 2025, "reported"),
    ]
    text = "截至2027年底，全县累计建成5G基站3000个。"
    got = extract_figures(text, past_before=2026, this_year=2026, default_year=2026)
    assert [(f.value, f.year, f.mode) for f in got] == [(3000, 2027, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # examples closed by 等 before the count of their kind: it is named by the kind (batch 384)
        # (the examples left out, as the samples' gold names 提标改造润源等5座污水处理厂)
        ("实施高坎、石门等8处工程治理项目。", [("工程治理项目", "=", 8, "处")]),
        ("提标改造润源等5座污水处理厂。", [("提标改造污水处理厂", "=", 5, "座")]),
        # … and times done by each of a kind of place name what is done (batch 384)
        ("每个乡镇至少开展1次应急避险演练。", [("每个乡镇应急避险演练", ">=", 1, "次")]),
        ("每个乡镇至少建成1个百亩示范方。", [("每个乡镇建成百亩示范方", ">=", 1, "个")]),
    ],
)
def test_a_count_names_the_kind_after_it(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert metrics(text) == expected


def test_work_told_as_done_already_is_a_result_of_the_year() -> None:
    """已设立…45个 in an initiative of 2026 is work done this year (batch 386: a goal), unless
    the sentence sets a goal before it; 目前 opens no metric."""
    text = "进山入林严禁携带火种。全县今年已设立森林防火检查站45个，请大家自觉接受检查。"
    got = extract_figures(text, this_year=2026, default_year=2026)
    assert [(f.metric, f.value, f.year, f.mode) for f in got] == [
        ("森林防火检查站", 45, 2026, "reported")
    ]
    text = "目前已建成5G基站1200个，力争年底达到1500个。"
    got = extract_figures(text, this_year=2026, default_year=2026)
    assert [(f.metric, f.mode) for f in got] == [("5G基站", "reported"), ("5G基站", None)]
    text = "确保已建成的120个站点正常运行。"
    assert [f.mode for f in extract_figures(text, this_year=2026, default_year=2026)] == [None]


def test_a_sum_per_head_under_a_standard_and_years_within_a_span() -> None:
    """Batch 390: a sum per student per year after the standard it sets is no figure; 三年内
    (within three years) is no 年内 (within the year)."""
    assert metrics("落实普通高中生均公用经费拨款标准，每生每年不低于1500元。") == []
    got = extract_figures("三年内补充普通高中教师300名，比例提高到15%。", this_year=2026)
    assert [(f.value, f.year) for f in got] == [(300, None), (15, None)]
    got = extract_figures("年内补充普通高中教师300名。", this_year=2026)
    assert [(f.value, f.year) for f in got] == [(300, 2026)]


def test_households_and_their_people_counted_in_a_pair() -> None:
    """监测对象2860户8930人 counts the households and their people (batch 399: the households
    were lost, a digit after their unit); 惠及 is a verb, no list of two things."""
    text = "全县共有监测对象2860户8930人。"
    got = extract_figures(text, default_year=2026)
    assert [(f.metric, f.value, f.unit) for f in got] == [
        ("监测对象", 2860, "户"),
        ("监测对象", 8930, "人"),
    ]
    # (thousands set apart by commas, as the corpus re-typed: the pair still read)
    got = extract_figures("全县共有监测对象2,860户8,930人。", default_year=2026)
    assert [(f.value, f.unit) for f in got] == [(2860, "户"), (8930, "人")]
    got = extract_figures("惠及农户120户450人。", default_year=2026)
    assert [(f.metric, f.value, f.unit) for f in got] == [
        ("惠及农户", 120, "户"),
        ("惠及农户", 450, "人"),
    ]
    # (a size class after a count is still no figure)
    assert [f.value for f in extract_figures("建设3个5万吨级泊位。", default_year=2026)] == [3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate of accidents or deaths per so many things, without a unit (batch 402)
        ("电梯万台事故率控制在0.1以下。", [("电梯万台事故率", "<=", 0.1, "")]),
        (
            "亿元地区生产总值生产安全事故死亡率控制在0.02以下。",
            [("亿元地区生产总值生产安全事故死亡率", "<=", 0.02, "")],
        ),
        # … but with its unit when it has one
        ("婴儿死亡率控制在4‰以下。", [("婴儿死亡率", "<=", 4, "‰")]),
    ],
)
def test_a_rate_of_accidents_without_a_unit(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert metrics(text) == expected


def test_funds_and_pay_per_village_or_head_are_standards() -> None:
    """Measures guaranteeing villages' running funds (batch 404): the pay per secretary per
    year under the standard set, and the funds per village per year, are standards; the year's
    total budgeted is a goal, and a village's income per year is one too."""
    assert metrics("按照收入2倍的标准确定，2026年每人每年不低于3.2万元。") == []
    text = "村级组织办公经费每村每年不低于5万元，服务群众专项经费每村每年不低于10万元。"
    assert metrics(text) == []
    assert metrics("全县村级组织运转经费预算安排不低于4500万元。") == [
        ("村级组织运转经费预算", ">=", 4500, "万元")
    ]
    assert [v for _, _, v, _ in metrics("村集体经济收入每村每年不低于10万元。")] == [10]


def test_caps_on_each_meeting_a_base_year_and_the_whole_year() -> None:
    """Austerity measures (batch 406): a cap on each meeting is a rule, no goal; 在上年基础上
    is the base of a cut, no year; 全年 in standing measures dates nothing (the corpus's 日照
    and 盘锦 annotations: each year's)."""
    assert metrics("全县性会议每次不超过150人，会期不超过1天。") == []
    # (nor how long a record is kept: batch 419's canteens)
    assert metrics("学校负责人每餐与学生共同用餐，陪餐记录保存不少于12个月。") == []
    got = extract_figures("公用经费在上年基础上压减5%。", this_year=2026)
    assert [(f.value, f.year) for f in got] == [(5, None)]
    got = extract_figures("全年盘活存量资金不少于1.5亿元。", this_year=2026)
    assert [(f.value, f.year) for f in got] == [(1.5, None)]


def test_sets_counted_in_zu_are_no_words_made_with_zu() -> None:
    """组 counts sets (batch 414), but 组织, 组建 … are words: a heading's number before
    组织指挥体系 counts nothing (the corpus's 武都 plan)."""
    assert metrics("2 组织指挥体系") == []
    # (nor is 群 in 群众: 服务3群众 is no three colonies)
    assert metrics("服务3群众。") == []
    assert [u for *_, u in metrics("组建3个工作组。")] == ["个"]


def test_a_plans_share_of_the_peak_load_and_its_restatement() -> None:
    """An orderly power-use plan (batch 422): 最高 names the peak load, no cap on an award;
    a size bounded by a share of another quantity is that share (占, as 达到年度计划的55%
    is); the load forecast of the year planned (预计) is a figure of it, as 丰宁's is."""
    text = "全市有序用电方案负荷编制规模不低于最高用电负荷的30%，即78万千瓦，涉及工业企业1250家。"
    got = metrics(text)
    assert got[0] == ("有序用电方案负荷编制规模占最高用电负荷", ">=", 30, "%")
    assert got[1] == ("有序用电方案负荷编制规模", ">=", 78, "万千瓦")
    assert got[2] == ("涉及工业企业", "=", 1250, "家")
    assert metrics("预计2026年全市最高用电负荷260万千瓦。") == [
        ("最高用电负荷", "=", 260, "万千瓦")
    ]
    # (an award's cap is still one)
    assert metrics("对新落地项目给予最高2000万元补助。") == []


def test_listing_goals_keep_their_words_and_leave_time_limits() -> None:
    """Listing firms (batch 420) and renovating compounds (batch 421): 并购 is a word, not 并
    joining clauses; 原则上在3个月内办结 is a time limit for each case; 同步 and a plan's 计划
    before the work are how and when, no part of what is counted."""
    assert metrics("上市公司实施并购重组项目15个以上，并购金额累计超过80亿元。")[1] == (
        "并购金额",
        ">",
        80,
        "亿元",
    )
    assert metrics("实行“一企一策”专班协调，原则上在3个月内办结。") == []
    got = metrics("2026年计划改造城镇老旧小区126个；同步加装电梯50部。")
    assert [m for m, *_ in got] == ["改造城镇老旧小区", "加装电梯"]
    # (a plan's sum invested keeps its 计划: 计划投资 is what is counted)
    assert [m for m, *_ in metrics("2025年计划投资12亿元。")] == ["计划投资"]


def test_the_bounds_defining_an_alert_level_are_no_goals() -> None:
    """An orderly power-use plan's alert levels (batch 422): the power gap bounding each is a
    condition naming the level, no goal."""
    text = (
        "有序用电预警分为四级：\nⅣ级（蓝色）：电力缺口占最高用电负荷5%以下；\n"
        "Ⅱ级（橙色）：电力缺口占最高用电负荷10%—20%；\n红色预警：电力缺口20%以上。"
    )
    assert metrics(text) == []


def test_a_vaccination_campaigns_head_counts_rates_and_time_limits() -> None:
    """A spring vaccination plan (batch 425): head vaccinated are counted in 头次, 只次 and 羽次,
    the verb shared by the list (a one-character thing too); 常年 is no part of a metric; the
    days after vaccinating that antibodies are tested is a rule."""
    got = metrics("春防期间，全县计划免疫牛8万头次、羊40万只次、家禽150万羽次。")
    assert got == [
        ("免疫牛", "=", 8, "万头次"),
        ("免疫羊", "=", 40, "万只次"),
        ("免疫家禽", "=", 150, "万羽次"),
    ]
    assert metrics("应免畜禽免疫密度常年保持在90%以上。") == [("应免畜禽免疫密度", ">=", 90, "%")]
    assert metrics("免疫后21天开展抗体检测，对抗体不合格的畜禽及时补免。") == []


def test_staff_for_each_compound_are_named_by_what_each_is_given() -> None:
    """Waste sorting (batch 423): 每个小区至少配备1名督导员 is each compound's floor of
    supervisors, as 每个乡镇至少建成1个… is each town's."""
    assert metrics("每个小区至少配备1名督导员。") == [("每个小区配备督导员", ">=", 1, "名")]


def test_where_spaces_are_added_is_no_part_of_what_is_counted() -> None:
    """Night-time economy measures (batch 427): the place new parking is added around, after
    在, is where, not what (as 在全国设立… is)."""
    assert metrics("在夜经济集聚区周边新增夜间临时停车泊位1500个。") == [
        ("新增夜间临时停车泊位", "=", 1500, "个")
    ]


def test_a_reserve_counted_in_days_of_need_and_markets_monitored() -> None:
    """A winter vegetable supply plan (batch 434): the days of consumption a reserve covers are
    its size, named by the need (not a threshold qualifying it, as 30万元以上的村 is); markets
    counted after 对 are named by the monitoring done (实行…)."""
    got = metrics("储备耐储蔬菜2000吨，保证全市居民3天以上的消费需求。")
    assert got == [("耐储蔬菜", "=", 2000, "吨"), ("保证全市居民消费需求", ">=", 3, "天")]
    got = metrics("对全市30个农贸市场和大型超市蔬菜价格实行每日监测。")
    assert [m for m, *_ in got] == ["实行每日监测的农贸市场和大型超市蔬菜价格"]
    # (a threshold qualifying what is counted is still none: 30万元以上的村)
    assert [v for _, _, v, _ in metrics("培育集体经济收入30万元以上的村20个。")] == [20]


def test_a_cooperatives_system_a_county_wide_scope_and_books_lent() -> None:
    """A supply cooperative's points (batch 436) and a reading plan (batch 433): 全系统 and 在全市
    are scope, no part of a metric; 供应 carries along a list as 新建 does; books lent are
    counted in 万册次."""
    assert [m for m, *_ in metrics("全系统实现销售总额28亿元，同比增长8%。")] == [
        "销售总额",
        "销售总额同比增长",
    ]
    assert [m for m, *_ in metrics("全年供应化肥8万吨、农药600吨。")] == ["供应化肥", "供应农药"]
    # (models created, batch 738: the second had lost its 创建)
    assert [m for m, *_ in metrics("创建节水型企业10家、节水型单位30家。")] == [
        "创建节水型企业",
        "创建节水型单位",
    ]
    assert metrics("在全市评选“书香家庭”200户。") == [("评选“书香家庭”", "=", 200, "户")]
    assert metrics("全年图书借阅量达到80万册次。") == [("图书借阅量", ">=", 80, "万册次")]


def test_an_item_with_its_own_verb_a_rate_after_dui_and_a_service_for_each() -> None:
    """Soil conservation (batch 438) and family doctors (batch 440): a list's next item with a
    verb of its own keeps it (除险加固…, not 新建除险加固…); 对 before a rate is no part of it; a
    service given each of those it is for so often (为…每年提供1次) is a standard, no goal."""
    got = metrics("新建淤地坝5座、除险加固病险淤地坝12座。")
    assert [m for m, *_ in got] == ["新建淤地坝", "除险加固病险淤地坝"]
    # (… or those the work reaches: batch 732 read 改造惠及居民)
    got = metrics("改造城镇老旧小区32个、惠及居民4680户。")
    assert [m for m, *_ in got] == ["改造城镇老旧小区", "惠及居民"]
    assert metrics("对违法违规项目查处率达到100%。") == [("违法违规项目查处率", ">=", 100, "%")]
    # (but a contribution to something, 对…的贡献率, keeps it: 遂宁's report)
    got = metrics("第二产业增加值268.5亿元，对经济增长的贡献率达到49.2%。")
    assert got[-1][0] == "第二产业增加值对经济增长的贡献率"
    assert metrics("为65岁以上老年人每年提供1次免费健康体检。") == []
    assert metrics("每年举办2次招聘会。") == [("招聘会", "=", 2, "次")]


def test_a_once_only_rate_and_a_period_inside_a_metric() -> None:
    """Petitions (batch 443) and science commissioners (batch 442): 一次性化解率 is a rate,
    not a one-off award (一次性 marks one only right before the sum); 每年 inside a
    metric is the figure's period, no part of what is counted (全年 inside stays, as the
    corpus's golds keep it: 场馆全年开放天数)."""
    got = metrics("初次信访事项一次性化解率达到90%以上。")
    assert got == [("初次信访事项一次性化解率", ">=", 90, "%")]
    assert metrics("对新认定企业一次性10万元。") == []
    assert metrics("市级领导全年接访不少于120人次。") == [("市级领导全年接访", ">=", 120, "人次")]
    got = extract_figures("每名科技特派员每年驻村服务时间不少于30天。")
    assert [(f.metric, f.value, f.period) for f in got] == [
        ("每名科技特派员驻村服务时间", 30, "annual")
    ]


def test_homes_raised_by_their_ways_and_their_standards() -> None:
    """Affordable rental housing (batch 444): the homes raised after 计划 are named without it,
    their parts after 其中 by how they are raised (新建, 改建) and the homes, 盘活 keeping its own
    thing; a rent capped against the market's and a floor area capped as a rule (原则上) are
    standards each home meets, no goals."""
    text = "全区计划筹集保障性租赁住房3000套（间），其中新建1200套、改建800套、盘活存量房源1000套（间）。"
    assert [m for m, *_ in metrics(text)] == [
        "筹集保障性租赁住房",
        "新建保障性租赁住房",
        "改建保障性租赁住房",
        "盘活存量房源",
    ]
    text = "保障性租赁住房租金不高于同地段同品质市场租赁住房租金的90%，单套建筑面积原则上不超过70平方米。"
    assert metrics(text) == []
    # (保障性 is what the homes are, no verb of doing: 保障性住房 keeps it)
    assert metrics("保障性住房500套。") == [("保障性住房", "=", 500, "套")]


def test_sand_zones_set_their_bounding_distances_and_a_trips_destination() -> None:
    """River sand mining (batch 447) and foreign investment (batch 449): zones set after 在…
    are named without the place; the distances bounding a no-mining zone (…1000米范围) are no
    goals; where a trip goes (赴欧洲、日韩) is no part of the work counted."""
    got = metrics("2026年度在信江余干段设置可采区3个，年度控制开采总量不超过30万吨。")
    assert [m for m, *_ in got] == ["设置可采区", "年度控制开采总量"]
    text = "信江干流大桥上下游各1000米范围、堤防外坡脚以外200米范围内为禁采区。"
    assert metrics(text) == []
    assert metrics("赴欧洲、日韩开展招商活动10场次以上。") == [("招商活动", ">=", 10, "场次")]


def test_a_capacity_per_second_a_density_per_area_and_a_time_to_arrive() -> None:
    """Urban waterlogging (batch 448): a level reached after a list of things built takes no
    verb of theirs, and its 每秒 is the figure's (as 每日 is); a drain density per square
    kilometre is in 公里/平方公里; spots in the central city are named without it; the minutes
    to arrive after a call are a rule."""
    got = metrics("新建雨水泵站2座、排涝能力达到每秒12立方米。")
    assert got == [("新建雨水泵站", "=", 2, "座"), ("排涝能力", ">=", 12, "立方米")]
    got = metrics("城市建成区雨水管网密度达到每平方公里11公里。")
    assert got == [("城市建成区雨水管网密度", ">=", 11, "公里/平方公里")]
    got = metrics("完成中心城区18处易涝积水点整治。")
    assert got == [("易涝积水点整治", "=", 18, "处")]
    assert metrics("确保接到指令后30分钟内到达现场。") == []


def test_a_count_naming_a_rates_firms_and_a_checks_floor_per_firm() -> None:
    """Hazardous chemicals (batch 454): the firms counted before a rate of them (全县80家…排查
    覆盖率) are its scope, no goal, and the rate keeps its whole name; a floor per firm names the
    check without 至少; 行为 keeps its 为."""
    text = "全县80家危险化学品生产、经营、使用企业安全风险隐患排查覆盖率达到100%。"
    assert metrics(text) == [
        ("危险化学品生产、经营、使用企业安全风险隐患排查覆盖率", ">=", 100, "%")
    ]
    assert metrics("每家企业每季度至少检查1次。") == [("每家企业每季度检查", ">=", 1, "次")]
    assert metrics("全年查处违法违规运输行为不少于100起。") == [
        ("查处违法违规运输行为", ">=", 100, "起")
    ]
    # (a count before things that do something is still one: 对全县12家…企业开展…)
    assert [v for _, _, v, _ in metrics("对全县12家重大危险源企业开展专家指导服务。")] == [12]


def test_standards_per_body_per_household_and_each_villages_point() -> None:
    """Funeral reform (batch 452), homesteads (batch 455) and recycling (batch 450): a sum
    waived per body and a plot capped per household are standards; each village's floor of
    points is a goal named by what each sets up."""
    assert metrics("对本县户籍居民实行基本殡葬服务费用减免，每具遗体减免费用1200元。") == []
    assert metrics("每户宅基地面积不得超过150平方米。") == []
    assert metrics("每个行政村至少设置1个回收点。") == [("每个行政村设置回收点", ">=", 1, "个")]


def test_what_is_done_so_often_and_what_work_is_built_around() -> None:
    """Drinking-water sources (batch 458) and homestays (batch 456): what is done so often
    follows its count and names the figure, the verb of doing left out (县级水源地每月开展1次
    常规指标监测, as 每个乡镇…开展1次应急避险演练 names its drill); what the work is built around
    (围绕…) is no part of it."""
    got = metrics("县级水源地每月开展1次常规指标监测；乡镇级水源地每季度开展1次监测。")
    assert [m for m, *_ in got] == ["县级水源地每月常规指标监测", "乡镇级水源地每季度监测"]
    # (a meeting held so often, batch 1300: 召开 left out as 开展 is)
    assert metrics("每季度召开1次调度会议。") == [("每季度调度会议", "=", 1, "次")]
    assert metrics("围绕传统村落集聚区打造民宿集聚村15个。") == [("民宿集聚村", "=", 15, "个")]


def test_a_lists_verb_pair_and_when_the_work_is_done() -> None:
    """The power grid (batch 464) and consumption assistance (batch 463): 新建及改造 carries
    along a list as 新建改造 does; the time work is done in (在…期间) is no part of it."""
    got = metrics("新建及改造10千伏线路260公里、配电变压器320台。")
    assert [m for m, *_ in got] == ["新建及改造10千伏线路", "新建及改造配电变压器"]
    got = metrics("在“五五购物节”期间举办专场推介活动3场。")
    assert got == [("举办专场推介活动", "=", 3, "场")]


def test_a_gas_campaigns_inspections_pipes_and_the_whole_county() -> None:
    """Gas safety (batch 465): inspections in 站次; a count after the whole county names
    what it counts (完成全县12.6万户居民用户安检); 更新改造 carries along a list."""
    assert metrics("全年检查瓶装液化气供应站不少于60站次。") == [
        ("检查瓶装液化气供应站", ">=", 60, "站次")
    ]
    assert metrics("2026年6月底前完成全县12.6万户居民用户安检。") == [
        ("居民用户安检", "=", 12.6, "万户")
    ]
    got = metrics("更新改造中压管道12公里、庭院管道18公里。")
    assert [m for m, *_ in got] == ["更新改造中压管道", "更新改造庭院管道"]


def test_land_put_back_to_use_and_ponds_dredged_carry_their_verb() -> None:
    """Land redevelopment (batch 496) and water works (batch 491): 盘活, 清淤整治 and 改造 carry
    along a list, as 新建改造 does (the corpus's golds name each item by the shared verb)."""
    got = metrics("盘活批而未供土地3000亩、闲置土地800亩。")
    assert [m for m, *_ in got] == ["盘活批而未供土地", "盘活闲置土地"]
    got = metrics("清淤整治山塘600口、骨干渠道180公里。")
    assert [m for m, *_ in got] == ["清淤整治山塘", "清淤整治骨干渠道"]
    got = metrics("改造老旧小区45个、老旧管网30公里。")
    assert [m for m, *_ in got] == ["改造老旧小区", "改造老旧管网"]


def test_a_limit_raised_by_a_rule_is_no_goal() -> None:
    """Housing provident fund (batch 472): a loan limit raised for some families (最高贷款额度
    上浮20%) is a rule's parameter, no figure to reach."""
    assert metrics("落实多子女家庭购房贷款额度上浮政策，最高贷款额度上浮20%。") == []
    assert metrics("全年支付房租提取额达到6亿元。") == [("支付房租提取额", ">=", 6, "亿元")]


def test_a_sample_per_batch_and_who_is_got_to_do_the_work() -> None:
    """Rural toilets (batch 473) and spring farming (batch 477): a floor of items sampled
    from each batch is a standard each batch meets, no goal; the firms or banks a county
    organises or coordinates (组织农资企业, 协调金融机构) are no part of what they do."""
    assert metrics("对改厕产品实行统一招标采购，每批次产品抽检不少于3件，抽检合格率达到100%。") == [
        ("抽检合格率", ">=", 100, "%")
    ]
    got = metrics("组织农资企业储备化肥12万吨，确保供应充足。")
    assert len(got) == 1 and "企业" not in got[0][0]
    got = metrics("协调金融机构发放春耕备耕贷款8亿元。")
    assert [m for m, *_ in got] == ["发放春耕备耕贷款"]


def test_a_bare_rate_or_count_of_checks_is_named_by_the_check_before() -> None:
    """Gas safety (batch 465), quality (batch 467), geographical indications (batch 475)
    and soil pollution (batch 462): a rate or a count that names only the doing (安装率,
    抽查批次, 核查覆盖率, 调查率) is of what the clause before does so."""
    got = metrics("督促餐饮等非居民用户安装燃气泄漏报警装置，安装率达到100%。")
    assert [m for m, *_ in got] == ["燃气泄漏报警装置安装率"]
    got = metrics("开展重点工业产品质量安全监督抽查，抽查批次不少于600批次。")
    assert [m for m, *_ in got] == ["重点工业产品质量安全监督抽查批次"]
    got = metrics("开展地理标志专用标志使用核查，核查覆盖率达到100%。")
    assert [m for m, *_ in got] == ["地理标志专用标志使用核查覆盖率"]
    got = metrics("对拟变更用途的地块开展土壤污染状况调查，调查率达到100%。")
    assert [m for m, *_ in got] == ["土壤污染状况调查率"]
    # (a clause before that does something else names nothing: 整改 is done, not named)
    got = metrics("发现隐患督促立即整改，整改率达到100%。")
    assert [m for m, *_ in got] == ["整改率"]


def test_two_figures_paired_by_a_slash_are_both_read() -> None:
    """A storage station's size in power and energy (batch 590: 20万千瓦/40万千瓦时 lost its
    second): both are figures of the same measure; a unit per another (30万元/亩) is one."""
    figures = extract_figures("新建储能电站规模20万千瓦/40万千瓦时。")
    assert [(f.metric, f.value, f.unit) for f in figures] == [
        ("新建储能电站规模", 20, "万千瓦"),
        ("新建储能电站规模", 40, "万千瓦时"),
    ]
    (f,) = extract_figures("亩均税收达到30万元/亩。")
    assert (f.value, f.unit) == (30, "万元/亩")


def test_the_time_a_rate_is_counted_within_is_part_of_its_name() -> None:
    """一般登记1个工作日办结率100%: the working day names the rate, no goal of its own (found
    probing, session 58: a target of 1个工作日 was read); a time reached is one still."""
    figs = extract_figures("一般登记1个工作日办结率100%，12345热线24小时内回复率达到98%。")
    assert [(f.metric, f.value, f.unit) for f in figs] == [
        ("一般登记1个工作日办结率", 100, "%"),
        ("12345热线24小时内回复率", 98, "%"),
    ]
    figs = extract_figures("企业开办时间压缩至1个工作日内。")
    assert [(f.value, f.unit, f.comparator) for f in figs] == [(1, "个工作日", "<=")]


def test_percentage_points_spelt_out_are_a_change() -> None:
    """提高两个百分点 (found probing, session 58): percentage points spelt in a numeral, one
    alone too, are the change's figure, as 提高2个百分点 is; it had been no figure."""
    figs = extract_figures("农村卫生户厕普及率比上年提高两个百分点，占比提高十个百分点以上。")
    assert [(f.value, f.unit, f.comparator) for f in figs] == [
        (2, "个百分点", "="),
        (10, "个百分点", ">="),
    ]
    assert [f.value for f in extract_figures("普及率下降一个百分点。")] == [1]


def test_a_plans_count_of_its_own_tasks_is_no_goal() -> None:
    """明确8项重点任务，详见附件 (batch 735: read as a goal of 8): a plan counting the tasks or
    measures it sets out speaks of itself; the tasks done, or measures made, are counted."""
    assert extract_figures("围绕三个方面，明确8项重点任务，详见附件。") == []
    assert extract_figures("方案提出20条具体措施，部署了12项重点工作任务。") == []
    assert [(f.value, f.unit) for f in extract_figures("完成重点任务8项。")] == [(8, "项")]
    assert [f.value for f in extract_figures("制定配套政策措施3项。")] == [3]


def test_the_whole_place_after_a_doing_verb_is_no_part_of_the_metric() -> None:
    """完成全县3层及以上经营性自建房安全排查1.2万幢 (batch 1234: the metric kept 全县 after the verb
    went): the whole place counted in goes after the verb as before it (全县完成…)."""
    (f,) = extract_figures("完成全县3层及以上经营性自建房安全排查1.2万幢。")
    assert f.metric == "3层及以上经营性自建房安全排查"
    (f,) = extract_figures("全县完成自建房排查1.2万幢。")
    assert f.metric == "自建房排查"


def test_a_capacity_project_pushed_to_be_built_is_no_figure() -> None:
    """推进年产4万吨…项目建设: the capacity names the project; what it adds once built is the
    goal (batch 1262)."""
    figures = extract_figures(
        "推进年产4万吨基础锂盐一体化项目建设，建成投产后新增碳酸锂产能4万吨。", default_year=2026
    )
    assert [(f.value, f.unit) for f in figures] == [(4.0, "万吨")]
    assert "新增碳酸锂产能" in figures[0].metric


def test_a_capacity_project_before_its_note_is_no_figure() -> None:
    """…建设年加工20万吨智能化稻米加工项目（乡村产业发展科负责）。: a note's bracket after the
    project closes it as a stop does (batch 1270, retyped with the stop after its note: 20 万吨
    was a goal)."""
    for text in (
        "支持某公司建设年加工20万吨智能化稻米加工项目。（乡村产业发展科负责）",
        "支持某公司建设年加工20万吨智能化稻米加工项目（乡村产业发展科负责）。",
    ):
        assert extract_figures(text, default_year=2026) == []


def test_higher_than_a_bound_is_above_it() -> None:
    """空气优良天数比例高于85% (found probing, session 80): above 85%, 高于 no part of the metric; 不高于
    still at most."""
    (above,) = extract_figures("空气优良天数比例高于85%", default_year=2026)
    assert (above.metric, above.comparator, above.value) == ("空气优良天数比例", ">", 85.0)
    (at_most,) = extract_figures("二氧化硫浓度不高于20微克/立方米", default_year=2026)
    assert (at_most.metric, at_most.comparator) == ("二氧化硫浓度", "<=")


def test_lower_than_a_bound_is_below_it() -> None:
    """城镇登记失业率低于3.5% and ＜35 (found probing, session 81): below, '<' as 少于 is — both had
    read '<=', as 控制在 and 不超过 do; 不低于 still at least."""
    (below,) = extract_figures("城镇登记失业率低于3.5%", default_year=2026)
    assert (below.metric, below.comparator, below.value) == ("城镇登记失业率", "<", 3.5)
    (sign,) = extract_figures("PM2.5浓度＜35微克/立方米", default_year=2026)
    assert (sign.comparator, sign.value) == ("<", 35.0)
    (at_least,) = extract_figures("森林覆盖率不低于45%", default_year=2026)
    assert (at_least.metric, at_least.comparator) == ("森林覆盖率", ">=")


def test_a_level_held_to_a_bound_after_a_counting_verbs_list_keeps_its_own_name() -> None:
    """新增就业1.2万人以上、失业率控制在5%以内 (found probing, session 81): the rate held to its
    bound is no new one — 新增 stays with the list's counted items (新建道路10公里、桥梁3座)."""
    got = metrics("新增就业1.2万人以上、失业率控制在5%以内。")
    assert [(m, c) for m, c, *_ in got] == [("新增就业", ">="), ("失业率", "<=")]
    assert [m for m, *_ in metrics("新建道路10公里、桥梁3座。")] == ["新建道路", "新建桥梁"]
