"""Which lexicon matches of industries count as mentions (pure; matching is spaCy's).

* the longest match wins (高端化工 over 化工, 工业母机 over 工业);
* a broad sector (tier ``generic``: 工业, 农业, 化工, 机械 …) counts only as an item of
  an enumeration headed by 产业/行业 (``机械、化工、汽车零部件等传统产业``), named as an
  industry by its output (``化工产业产值``, ``机械行业营业收入``), as what a
  development verb develops, closing its phrase with what is coordinated with it
  (``做强山水生态旅游``, ``大力发展旅游业``, ``壮大光伏和储能产业``),
  or as what loans go to (``新增制造业贷款``), never as a modifier (工业企业, 农业农村,
  推进旅游景区提档升级) nor as what is pushed to get better (``推动服务业转型升级`` in the
  sample action plan, whose gold names only the services its measure lists) — unless
  the term names what the sector makes or refines (``specific_aliases``: 石油化工,
  光伏组件), which is the industry in any use;
* an item of an enumeration headed by a specific industry does not count: the head
  is what the measure addresses (``节能环保、资源循环利用等生态环保产业`` → 生态环保);
* a two-character match straddling two words does not count: in 苹果品牌 the characters
  before and after 果品 each make a word with its own (苹果, 品牌), and so in 打造船舶
  (造船);
* an item of a list of goods bought does not count (``绿色智能家电等大宗消费``), nor goods
  traded in or scrapped (``家电以旧换新``, ``回收废旧电动自行车和锂电池``), nor a
  technology whose use is measured (``大棚物联网覆盖率``), nor equipment put to use
  (``made_for_use``: ``推广工业机器人应用``, ``新增工业机器人应用1500台`` — using robots
  is not making them — while ``推进大数据和云计算应用`` develops those industries),
  vehicles promoted for use (``推广氢燃料电池汽车``, ``燃料电池汽车推广量``), fuel burnt
  (``煤炭消费总量``), the goods' sellers and users a regulator inspects
  (``医疗器械经营使用单位检查``) nor a certification mark (``绿色食品认证``);
* a match that is part of a name does not count: inside a project or organisation
  mention, inside quotes, inside a responsibility note (市文化和旅游局), inside an
  honour's title (荣获全国畜牧业统计监测…优秀县), or followed by a name suffix
  (度辰智能制造产业园, 人工智能学习体验中心, 竹林景区), a zone's (河阳山歌文化旅游区)
  or a body's (县文化和旅游局,
  文旅融合发展工作领导小组, 先进制造业发展工作专班) — but a park or base built right
  after its making verb is for the industry (建设预制菜产业园, 打造肉制品精深加工基地),
  and so is a rank of facility (省级以上智能制造示范工厂, 国家级现代农业产业园).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ingest.nlp.lexicons import (
    IndustryEntry,
    Lexicons,
    load_lexicons,
    longest_first_pattern,
    two_character_words,
)
from ingest.nlp.mentions import MIDDLE_DOTS
from ingest.nlp.scan import runs_with

_NAME_SUFFIX = re.compile(
    r"^[\u4e00-\u9fff]{0,6}?(中心|产业园|园区|基地|有限公司|公司|集团|学院|工厂|示范区|研究院|景区"
    # a market town or a themed town named for it (家具城, 工艺美术城, 螺蛳粉小镇)
    r"|城(?![市镇乡区])|小镇"
    # an expo park (鄢陵国家花木博览园 — batch 1321), a high-tech park (寿光蔬菜高科技示范园 —
    # batch 1533)
    r"|博览园|高科技示范园"
    # a hotel (溪龙白茶温泉酒店), not the trade (会展酒店等服务业)
    r"|(?:酒店|宾馆|饭店)(?![业等、和及与])"
    # a body's: a department (县文化和旅游局), a leading group, a task force or a joint meeting
    r"|(?<![布格大全结开变])局(?![面势])|委员会|办公室|管委会|领导小组|工作专班|专班|指挥部|联席会议"
    # (a commission as Chongqing names its bodies: 县文化旅游委, 县农业农村委)
    r"|委(?![托员屈婉])(?=[、，,；;。）)\s]|$)"
    # (an association or a chamber of commerce: 中国钨业协会 — batch 861)
    r"|协会|商会)"
)
# a leading group's or a task force's name runs longer: 稻米品牌保护专项行动领导小组 (and an
# office's: 缙云县机床装备产业链链长办公室, signing a chain's points — batch 859)
_GROUP_NAME = re.compile(r"^[\u4e00-\u9fff]{0,12}?(领导小组|工作专班|指挥部|联席会议|办公室)")
# A development verb up to five characters before a broad sector, or before a list whose
# last item it is, and the sector closing its phrase (its 产业/业 or 新业态 aside).
_DEVELOP_VERBS = "发展|培育|做强|做大|做优|做精|做旺|壮大|扩大|振兴|繁荣|提振|聚焦|拓展|带动"
_DEVELOPS = re.compile(
    # (打造 builds a sector up too, the phrase closing on it: 打造千亿级绿色化工产业集群 — found
    # probing; and 提升 improves it: 提升港口物流 — batch 1239)
    rf"(?:{_DEVELOP_VERBS}|打造|提升)(?:[\u4e00-\u9fff]{{1,8}}?[、和及与])*[\u4e00-\u9fff]{{0,5}}$"
)
# (the sector may be the last of a list the verb develops: 聚焦电子信息、新能源和医药产业)
# (others may be coordinated with it before the phrase closes: 壮大光伏和储能产业)
# (or closes a title's phrase, before 的 and the document's kind: 关于发展全域旅游的建议)
_CLOSES = re.compile(
    # (its cluster too: 发展医药产业集群; or the class it is made: 做强全域旅游首位产业 — batch 1210)
    # (or its chain: 发展光伏产业链 — batch 1276)
    r"(?:配送)?(?:[、和及与][\u4e00-\u9fff]{1,8}?)*(?:产业|业)?(?:新?业态|(?<=产业)(?:集群|链))?"
    r"(?:(?:首位|主导|支柱|特色|优势|富民)产业)?"
    # (or tourism's brand built: 打造吉隆沟旅游品牌 — batch 1303, as 打造乡村旅游品牌 names rural
    # tourism)
    r"(?:(?<=旅游)品牌)?"
    # (or a list closed by 等 and its class: 发展工业设计、物流配送等生产性服务业)
    r"(?:等[\u4e00-\u9fff]{0,5}?(?:服务业|产业|行业|业态))?"
    r"(?:[，。；（）\n\t]|$|的(?:建议|提案|议案|实施意见|意见|通知|实施方案|工作方案|方案|若干措施|措施)(?=[\t\n]|$))"
)
# a fund set aside for a broad sector names it (旅游业发展专项资金), but not one for the
# economy's great divisions (工业发展专项资金: industry at large, as the 沂南 annotation has it)
_FUNDED = re.compile(r"(?:产业|业)?(?:发展|扶持|引导)(?:专项)?(?:资金|基金)")
_DIVISIONS = frozenset({"agriculture", "industry", "services", "modern-services", "manufacturing"})
# A park, base or centre a measure builds or fosters for an industry (建设预制菜产业园,
# 打造肉制品精深加工基地, 建设蔬菜种业创新中心, 培育直播电商基地)
# is no name: the industry right after the making verb is what the measure addresses.
_FACILITY = ("产业园", "园区", "基地", "示范区", "中心", "工厂", "城", "小镇", "研究院")
# (the industry right after the verb, or a later item of the list after it: 培育茶叶、板栗等…基地;
# or what is enlarged: 做大茶园基地)
# (a manner of building between: 新建标准化制种基地, 打造规模化肉牛养殖基地, 新建有机枸杞基地,
# 新建产地冷链集配中心, or its rank: 建设国家日用陶瓷产品质量检验检测中心)
# (or the parts, after 其中, of what is built; a list's items may carry their figures:
# 新建原材料基地10万亩，其中竹笋基地5万亩、螺蛳养殖基地2万亩)
_BUILT_FOR = re.compile(
    # (or bettering it: 改造提升水稻良种繁育基地)
    # (or made better or stronger, as 做大 makes it larger: 做优茶园基地 — batch 683; or
    # developed: 发展藏药材种植基地 — batch 698)
    r"(?:建设|打造|新建|建成|扩建|共建|布局|培育|创建|争创|其中|做大|做优|做强|做精|壮大|扩大|发展|改造提升|提升改造)"
    r"(?:标准化|高标准|规模化|现代化|集约化|智能化|数字化|智慧|有机|产地|国家级?|省级|市级|县级|区级)?"
    # (the kind of the industry's goods: 日用|陶瓷, 高端|装备; for trade, 商用|厨具 — batch 1053)
    r"(?:日用|商用|高端|特色|精品|绿色)?"
    # (its yearly capacity: 建成年屠宰10万头|肉牛加工厂, 新建年加工5万吨|茶叶加工厂)
    r"(?:年(?:产|屠宰|加工|处理|生产)?\d+(?:\.\d+)?[万千亿]?[\u4e00-\u9fff]{1,2}?的?)?"
    # (a list closed by 等 before it: 新建亳芍、亳菊等道地药材规范化种植基地; and the class
    # the list closes with and where its goods come from: 建设樱桃、海参等特色农产品产地|冷链
    # 集配中心)
    r"(?:[\u4e00-\u9fff]{1,8}(?:\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3})?[、和及等])*"
    r"(?:(?<=等)[\u4e00-\u9fff]{0,5}?(?:农产品|农副产品|水产品|畜产品|产品)?(?:产地|生产)?)?"
    # (or the goods it serves, no industry's name: 新建县级农产品|冷链物流中心)
    r"(?:农产品|农副产品|生鲜|果蔬|水产品|畜产品)?"
    # (or a kind of the crop: 建设高油酸|花生标准化种植基地, 新建富硒|茶叶基地)
    # (or where it grows: 新建林下|中药材种植基地; or for its yield and sugar: 高产高糖|糖料蔗
    # 基地 — batch 1242)
    # (or its season and climate: 建设夏秋冷凉|蔬菜基地 — batch 1283)
    r"(?:高产|高糖|高油酸|高蛋白|富硒|鲜食|优质|专用|早熟|晚熟|无公害|林下"
    r"|夏秋|秋冬|冬春|冷凉|高山|高原|露地|设施|反季节|错季){0,2}$"
)
# … or a project building it, or what is built in it: …产业园项目, …产业园标准化厂房
# (or upgrading or enlarging it: …葡萄酒产业园提升项目, …产业园改造提升项目; or the land given
# to it: 将预制菜产业园用地纳入… — batch 1267)
_PARK_WORKS = re.compile(
    r"(?:(?:提升|改造|扩建|升级|提质)+项目|项目|标准化厂房|厂房|基础设施|配套设施|用地)"
)
# (the works of a phase of it: 食品工业园区二期基础设施建设)
_PHASE = re.compile(r"[一二三四五六七八九\d]期")


def _phase_alone(text: str, pos: int) -> bool:
    """Whether a phase (二期) stands at ``pos`` and closes its cell or clause."""
    end = _after_phase(text, pos)
    return end != pos and (end == len(text) or text[end] in "\t\n，。；、")


def _after_phase(text: str, pos: int) -> int:
    """``pos``, or past the phase of a park's works written there (二期)."""
    m = _PHASE.match(text, pos)
    return m.end() if m else pos


# … or pushed along to be built, the building after it: 推进纺织服装产业园标准化厂房建设
_PUSHED = re.compile(r"(?:推进|加快|推动)$")
_BUILT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?建设")
# a body named for two industries, the first before 和: 市领带和集成灶产业提升工作专班
_COORDINATED_BODY = re.compile(
    r"[和及与、][\u4e00-\u9fff]{1,8}?产业[\u4e00-\u9fff]{0,6}?"
    r"(?:领导小组|工作专班|专班|办公室|委员会|管委会|指挥部|联席会议|服务中心|发展中心)"
)
# what may stand between an industry and a facility serving it: its goods, their quality
# (or farm produce: 富硒|农产品质量|检验检测中心 — batch 814; or its 产业 after a term without
# it: 家居|产业|智能制造示范工厂 — batch 1056)
# (or where it is grown: 菠萝|产地|冷链集配中心 — batch 1279; or its materials: 锂电池|材料|检验检测
# 中心 — batch 1454)
_SERVED_GAP = re.compile(r"(?:产业)?(?:农副?产品|产?品|材料)?(?:质量)?(?:产地)?")
# A rank makes a facility a kind, not one named: 省级以上智能制造示范工厂, 国家级现代农业产业园.
# (or by its reach, in a place's positioning: 全国磷化工循环经济示范基地, 全省重要的…基地)
_RANKED = re.compile(
    r"(?:国家|省|市|县|区)级(?:以上)?$|(?:全国|全省)(?:重要|知名|领先|一流)?(?:的)?$"
    # (or of the world: 建设世界级|钒钛产业基地 — batch 809)
    r"|世界级$"
    # (or its stars: 新增星级乡村旅游区3家 — batch 691)
    r"|(?:[一二三四五1-5])?星级$"
)
# A broad sector lent to (新增制造业贷款, 制造业中长期贷款余额): the sector before its loans.
# (or its firms are lent to: 为光伏企业发放贷款100亿元 — batch 625)
_LENT = re.compile(r"(?:企业)?(?:发放|投放)?(?:中长期)?(?:贷款|信贷)")
# A broad sector named as an industry by its output (绿色化工产业产值, 机械行业营业收入) is it.
# (its output reached or done, as a report gives it: 光伏产业实现产值…, 机械行业完成营业收入… —
# batch 801)
# (or its firms' above the size line: 农机装备产业规上企业营业收入 — batch 935)
_OUTPUT_AFTER = (
    r"(?:(?:规上|规模以上)(?:工业)?企业)?"
    r"(?:(?:全年)?(?:实现|完成))?(?:总)?(?:产值|营业收入|营收|主营业务收入|增加值|规模)"
)
_NAMED_BY_OUTPUT = re.compile(rf"(?:产业|行业){_OUTPUT_AFTER}")
# a fair held for a sector named as an industry: 体育产业博览会, 化工行业展览会
# (a trade expo too: 旅游产业交易博览会 — batch 1250)
_FAIR = re.compile(r"(?:国际)?(?:交易)?(?:博览会|交易会|展览会|展销会|博会)")
_OUTPUT = re.compile(_OUTPUT_AFTER)
# (or by their count: 绿色化工、装备制造、新能源、新材料四大主导产业集群)
_ENUM_HEAD = re.compile(
    r"[^，。；：\n]*?(等|[二三四五六七八九十两]大)[^，。；、\n]{0,8}?(产业|行业)"
)
_QUOTE = re.compile(r"“[^”]*”")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a technology whose use is measured, not an industry: 大棚物联网覆盖率
_USE_RATE = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:覆盖率|普及率|渗透率|应用率|使用率|接种|全覆盖)")
# equipment put to use or fuel burnt, not made: 推广工业机器人应用, 压减煤炭消费总量
# vehicles powered by new energy (and clean energy): 新能源运输车辆, 新能源和清洁能源公交车 —
# the vehicles, used, not the new-energy industry (新能源公交车 alone is 新能源汽车's, put to use)
_VEHICLES_AFTER = re.compile(
    r"(?:[和及与]清洁能源)?(?:运输|营运|城市)?"
    r"(?:车辆|公交车|出租车|货车|重卡|环卫车|物流车|冷藏车|冷链车|网约车|客车|船舶)"
)
# chargers for vehicles built (新增新能源汽车充电桩1000个 — batch 1461): public works for the
# vehicles' users, no industry's, as the corpus's chargers without the vehicles' name are
_CHARGING = re.compile(r"(?:公共)?(?:充电|充换电|换电|加氢)(?:桩|站|设施|基础设施|网络)")
# the share of goods carried through the cold chain measures the chain, not the goods'
# industry: 果蔬、肉类、水产品冷链流通率
_CARRIED_COLD = re.compile(r"[品类]?冷链(?:流通|运输)率")
# goods stocked as a reserve (储备白菜、土豆等耐储蔬菜; 落实蔬菜储备), not a reserve of projects or
# forests (储备项目, 国家储备林), and goods sold cheap to consumers (平价蔬菜): supplies, no
# industry's (the corpus's grain reserves and price bulletins name none)
_STOCKED_BEFORE = re.compile(r"储备(?!项目|林)[^，。；\n]{0,18}$")
_GOODS_END = re.compile(r"[，。；、\n]|$|等")
_STOCKED_AFTER = re.compile(r"储备(?!项目|林|基地)")
_FAIR_PRICED = re.compile(r"平价$")
# equipment bought (购置), in its clause: put to use, whatever its industry (as made_for_use
# entries are when 推广 or 购置 stands right before them)
# (or goods a consumer buys, over the grades and kinds that say which: 对个人消费者购买2级以上
# 能效…的冰箱、洗衣机、空调等12类家电产品给予补贴)
_PURCHASED = re.compile(r"(?:购置[^，。；\n]{0,10}|购买[^，。；\n]{0,30})$")
# … or equipment brought in (引进), the equipment itself closing its phrase: 引进数控雕刻、自动
# 喷漆等智能装备 (batch 1074) — not the firms or projects that make it (引进高端装备制造企业)
_BROUGHT_IN = re.compile(r"引进[^，。；\n]{0,16}$")
_MACHINES = ("装备", "设备")
# … or a device fitted for use, the term naming what it works by (渔船北斗终端安装率, 为渔船加装
# 北斗终端 — batch 1391): no satellite industry's
_DEVICE = re.compile(r"(?:导航|定位)?(?:终端|装置|设备)")
_FITTED = re.compile(r"安装|加装|配备|配发|配齐|装配")
_FITTING = re.compile(r"(?:安装|加装|配备|配发|配齐|装配)[\u4e00-\u9fff]{0,4}$")
# a public lab watching water, air or soil (建成水质检测中心1个 — batch 1414, a rural water supply
# plan's): no testing industry's, whose centres test goods (紫陶产品质量检测中心)
_PUBLIC_WATCH = re.compile(r"(?:水质|水环境|环境|空气|大气|土壤|水文)$")
# wiring and its fires, no electrical-equipment industry's: 电气线路, 电气火灾
_WIRING = re.compile(r"线路|火灾|故障|安全")
# vaccines handled or given by a campaign, and the cold chain they are kept in (in the same
# sentence, before it): no industry's (疫苗的调拨、储存和发放，做好冷链管理)
_VACCINES_HANDLED = re.compile(r"的?(?:调拨|储存|储运|发放|接种|采购|配送|供应|使用|注射|管理)")
_OF_VACCINES = re.compile(r"(?:疫苗|药品|血液)[^。；\n]*$")
_PUT_TO_USE = re.compile(r"应用(?!产业|业)|消费(?!品)|消耗|使用|推广|储备")
# … or promoted for use, bought: 推广氢燃料电池汽车 (a character of a longer name between, or the
# uses it is put to, in its phrase: 推广铸造、抛光工序机器人); or stocked: 储备应急煤炭 (for the
# winter's heating)
# … or added by the machine (新增工业机器人200台 — batch 1282): equipment counted into use, not a
# count of what is made (生产工业机器人2万台 makes them)
_ADDED_BEFORE = re.compile(r"(?:新增|新上|新装|投用)$")
_MACHINES_COUNTED = re.compile(r"\d[\d.]*万?(?:台|套|台套|台（套）)")
_PROMOTED = re.compile(
    r"(?:推广|使用|购置|购买)(?:应用|使用)?[\u4e00-\u9fff]?$"
    r"|推广[\u4e00-\u9fff、]{2,8}(?:工序|环节|领域|场景)$|储备[\u4e00-\u9fff]{0,2}$"
)
# a vehicle of a service's fleet, run on an industry's energy: 新增新能源公交车30辆,
# 氢燃料电池公交车 — bought to be used, whatever the verb
# (the vehicle after the term or closing it — not where they are made: 新能源公交车生产基地)
_FLEET = re.compile(r"(?:(?:公交|出租|环卫|公务|网约|渣土|通勤)(?:用|汽)?车|校车)")
# … or named as a share of a fleet before it: 公务用车中新能源汽车比例
_OF_THE_FLEET = re.compile(_FLEET.pattern + r"中$")
_FLEET_TERM = re.compile(_FLEET.pattern + "$")
_MADE = re.compile(r"生产|制造|产业|零部件")


# a market named by its goods as the place where something is done, after 在 (在县茶叶市场设立
# 维权工作站) — not the market a trade opens up (开拓茶叶市场)
_MARKET_AFTER = re.compile(r"(?:批发|交易|专业)?市场")
_LOCATIVE_BEFORE = re.compile(r"(?:在|于)(?:[\u4e00-\u9fff]{0,4}?[省市县区镇乡])?$")


def _in_service(text: str, term: str, start: int, end: int) -> bool:
    """Whether the term ending at ``end`` names a service's fleet vehicle, in the term or
    right after it, and not where such vehicles are made."""
    if _OF_THE_FLEET.search(text, max(0, start - 8), start):
        return True
    after = _FLEET.match(text, end)
    if after is None and _FLEET_TERM.search(term) is None:
        return False
    return _MADE.match(text, after.end() if after else end) is None


# a process of becoming, not an industry: 电气化 (electrification) — but 化工, 化纤 …, and an
# industry's 产业化 is its own
_BECOMING = re.compile(r"化(?![工纤学肥妆])")
# a zone is a place: 河阳山歌文化旅游区, 上海化学工业区 (not 区域, 区块, 区县)
_ZONE = re.compile(r"区(?![域块县])")
# goods bought, not industries: 拓展绿色智能家电、汽车等大宗消费
# a certification or quality mark (绿色食品认证, 有机农产品标志) names no industry — an
# identifier resolution node does (工业互联网标识解析二级节点 — batch 721)
_CERTIFIED = re.compile(r"认证|标志|标识(?!解析)")
# … or the mark a product is certified with, the verb before it (新认证绿色食品蔬菜产品 — batch
# 1283: the vegetables' products, certified green food; no food processing)
_CERTIFIED_AS = re.compile(r"认证(?:为)?$")
_MARKS = ("绿色食品",)
_CONSUMED = re.compile(r"[^，。；：\n]{0,16}?等(?:大宗)?消费(?!品)")
# a supply secured of something as material, no industry addressed: 推进铜铝材料保障 (a cable
# plan's copper and aluminium — 铝材|料保障: the match may hold the material's 材)
_SUPPLIED_AS_MATERIAL = re.compile(r"(?:原?材料|原辅料|原料|(?<=材)料)(?:保障|供应|供给|保供)")
# skills people are trained in, items of their list, not industries: 开展中药材种植、加工、
# 检验检测等职业技能培训 (检验检测 no industry; 中药材, whose skills they are, still names one)
# (the last of them a skill in an industry's work: 灯饰设计、电商运营等技能培训 — 电商 no industry)
_TRAINED = re.compile(
    r"(?:[、和及][^，。；：\n]{0,16}?|[\u4e00-\u9fff]{1,2})?等(?:职业)?(?:技能|技术)?培训"
)
# the subject of a work, not its industry: 拍摄以陶瓷文化为题材的微短剧 (batch 1293: the dramas'
# industry, film and television, alone)
_SUBJECT_OF_WORK = re.compile(r"[\u4e00-\u9fff]{0,4}?为题材")
# a way of selling others' goods, not the industry selling them: 电商销售额, 拓展电商渠道, and
# the way right after the goods, whatever is counted of it (花卉电商交易额, 陶瓷电商网络零售额,
# 花木电商网店, 花木电商从业人员 — 电子商务交易额 alone is the industry's own), unless the goods'
# e-commerce is what a development verb develops (壮大服装电商。)
# (or beside another channel: 拓展电商和外贸渠道) — not its sellers, the industry's own
# market actors (培育电商销售主体50家: batch 748)
_SOLD_THROUGH = re.compile(r"(?:[和及、与][\u4e00-\u9fff]{1,4}?)?渠道|销售(?!主体)")
# … nor where it is inspected, its platforms or shops checked with other venues (联合检查
# 批发市场、商超和电商平台: market supervision, no e-commerce developed)
_INSPECTED = re.compile(r"检查|抽查|抽检|巡查|排查|整治|查处|执法")
_CLAUSE_START = re.compile(r"[^，。；：\n]*$")
# goods traded in for new ones (家电以旧换新) or collected as waste (回收废旧电动自行车和锂电池):
# consumption and scrap, no industry developed (a recycling industry built, 动力电池回收利用, is
# named by what follows the goods, not what comes before them)
_TRADED_IN = re.compile(r"(?:产品)?以旧换新")
# … or durable goods bought (带动家电消费50亿元, 汽车消费: ``_BOUGHT``): consumption, no
# industry — not a service's (文旅消费 is cultural tourism's, as the corpus reads it)
_DURABLES = frozenset(
    {
        "smart-home-appliances",
        "auto-parts",
        "new-energy-vehicles",
        "furniture",
        "electronic-information",
    }
)
# the shops and users of goods a regulator inspects, no industry developed: 医疗器械经营使用单位
_SOLD_AND_USED = re.compile(r"(?:经营|销售)?使用单位|经营使用")
# … or after it, its used parts recovered (汽车零部件旧件回收网点 — batch 868): goods discarded
_USED_PARTS = re.compile(
    r"(?:旧件|废旧件|废件)"
    # (or listed among the parts a trade's firms make: 引进车架、车圈、轮胎等零部件企业 — a bicycle
    # county's parts, no tyre industry; session 79, the twenty-fourth draw's 平乡)
    r"|(?:、[\u4e00-\u9fff]{1,6}){0,6}等(?:零部件|零配件|配件|部件)"
)
_DISCARDED_BEFORE = re.compile(r"(?:回收|废旧|报废|废弃)[\u4e00-\u9fff]{0,10}$")
# a rate of an animal-disease campaign on the livestock or its farms (生猪规模养殖场非洲猪瘟检测
# 覆盖率, 应免畜禽免疫密度): the campaign's, no industry's (the corpus's 临夏)
_DISEASE_RATE = re.compile(
    r"[^，。；：\n]{0,8}?(?:非洲猪瘟|猪瘟|禽流感|口蹄疫|布病|疫病|免疫|防疫)"
    r"[^，。；：\n]{0,4}?(?:覆盖率|密度|合格率|率)"
)
# a technology put to a use is no industry (推广物联网监测、水肥一体化等技术)
# (or connected for use: 接入物联网监测点500个 — batch 1596)
_APPLIED_BEFORE = re.compile(r"(?:推广|应用|运用|采用|接入)$")
_APPLIED_AS = re.compile(r"(?:监测|感知|传感|设备|技术)")
# … or watching things from afar, whatever the verb: 电梯物联网远程监测 (batch 939)
_WATCHING = re.compile(r"(?:远程|实时|在线)(?:监测|监控)")
# equipment installed, connected or kept up, or watched: put to use, no trade's (加装电梯,
# 接入电梯, 电梯物联网远程监测 in a document naming 电梯产业 — batch 939)
_INSTALLED_BEFORE = re.compile(r"(?:加装|安装|接入|更换|维保|维修)$")
_WATCHED_AFTER = re.compile(r"(?:物联网|远程|实时|安全|运行)*(?:监测|监控|监管)")
# … nor where an environmental, safety or fire inspection is carried out on it, the places it
# names after 对 (对畜禽养殖场（户）开展环境执法检查: the farms are places inspected, as 餐饮场所
# are); an inspection of their goods' quality regulates the industry (对长绒棉收购加工企业开展
# 质量监督检查: the corpus's 阿瓦提 names cotton)
_INSPECTED_AFTER = re.compile(
    r"[^，。；：\n]{0,12}?(?:场|厂|企业|场所|户|单位)(?:（户）)?(?:开展|进行|实施)[^，。；：\n]{0,6}?"
    r"(?:环境|环保|安全|消防|执法)[^，。；：\n]{0,4}?(?:检查|抽查|巡查|排查)"
)
# Tourism on an industry's culture or themed on it is tourism, not that industry:
# 陶瓷文化旅游线路, 螺蛳粉主题旅游线路, its tourists (接待陶瓷文化游客) (as 茶旅 is; a list's items, 陶瓷、文化旅游, are set apart
# by their separator). Tourism of a kind named by an industry is both where it is developed
# (发展竹林康养旅游: the corpus's 宁国), the industry's alone where its business, receipts or
# destination are named (培育康养旅游业态, 康养旅游收入, 温泉康养旅游目的地: the corpus's 长白山
# and 清远 annotations; naming tourism there too was tried and dropped in session 65).
# (or tea tourism on its theme: 藤茶主题茶旅线路 — batch 922; or its choice routes: 茉莉花主题精品
# 旅游线路 — batch 1216)
_TOURISM_ON = re.compile(r"(?:文化|主题)(?:精品|特色)?(?:旅游|游客|茶旅)")
_TOURISM = frozenset({"tourism", "cultural-tourism", "rural-tourism", "industrial-tourism"})
# an item of a list of kinds of indicators: 经济发展、生态环保、民生保障四类指标
_INDICATOR_KINDS = re.compile(
    r"[、和及][^，。；：\n]{0,30}?(?:[一二三四五六七八九十\d]+类|等)(?:考核)?指标"
)
# Events held (赛事) are sports' when their phrase names a sport (举办帆船、帆板等国际赛事,
# 黄河马拉松赛事) — not a contest of other kinds (创新创业赛事) — and a kind's events are that
# kind's (国际冰雪赛事 冰雪经济's, 电竞赛事 电竞's: an industry's match ends right before them).
_EVENTS = "赛事"
_SPORT = re.compile(
    r"体育|运动|马拉松|[篮足排网羽乒棒垒手台]球|羽毛球|乒乓球|高尔夫|保龄球|冰壶|帆|[赛皮龙]艇|龙舟|骑行|自行车|徒步|登山|越野|攀岩|"
    r"田径|游泳|跳水|冲浪|潜水|武术|搏击|拳击|跆拳道|马术|赛马|赛车|拉力|射击|击剑|体操|举重|"
    r"摔跤|[象围]棋|铁人三项|滑雪|滑冰|冰球|垂钓|跑|健身"
    # (a league's or a tournament's kind, and the village leagues known by name: 全国赛、邀请赛等
    # 各类赛事, “村超”, “村BA”)
    r"|联赛|锦标赛|邀请赛|公开赛|全国赛|总决赛|村超|村BA"
)
_PHRASE_BACK = 16


def _sporting(text: str, start: int, ends: set[int], named: dict[int, int] | None) -> bool:
    """Whether 赛事 at ``start`` are sporting events: a sport named before them in their
    phrase, and no industry's name right before them."""
    if start in ends or start in (named or {}):
        return False
    lo = max(0, start - _PHRASE_BACK)
    cut = max(text.rfind(c, lo, start) for c in "，。；：\n")
    return _SPORT.search(text, max(lo, cut + 1), start) is not None


# the sum of farming's sectors (农林牧渔业总产值) is no one industry
_ALL_FARMING = re.compile(r"农林牧渔(?:服务)?业?")
# an honour's title names the award, not an industry the measure addresses:
# 荣获全国畜牧业统计监测工作综合评估优秀县
# (not one a policy rewards winning, its condition: 对新获评市级夜间经济示范街区的，给予…奖励 —
# the industry's designation)
_HONOUR = re.compile(r"(?<!对)(?<!对新)(?:荣获|获评|被评为|评为|入选|授予)[^，。；\n]*")


# the verbs and words whose last character is 大 (扩大, 加大, 壮大, 做大, 最大, 重大 …): a name
# opening with 大 right after one is no name (扩大数据开放 names no big data, 加大健康宣传 no
# health industry, 壮大健康服务业 the health services, not 大健康) — but not 强: 做大做强大数据产业
# makes big data strong
_DA_CLOSES = "扩加壮做放增最重巨广伟盛宏远庞高长"


# goods priced, as a price bulletin names them (大米每斤2.98元, 蔬菜平均价格, 猪肉（精瘦肉）价格):
# a market's prices, no industry developed
_PRICED = re.compile(
    r"(?:（[^（）]{1,8}）)?(?:平均|零售|批发|市场)?(?:价格|均价|每(?:斤|公斤|千克))"
)


# goods sampled and tested, as a sampling notice names them (水产制品抽检64批次; 涉及粮食加工品、
# 水产制品、饮料等18个食品大类): what was tested, no industry developed
_SAMPLED_AFTER = re.compile(r"[^，,。；;\n]{0,6}?(?:抽检|抽样|送检)\d")
_KINDS_SAMPLED = re.compile(r"[^，,。；;\n]{0,40}?等\d+个[\u4e00-\u9fff]{0,4}(?:大类|类别|品种)")
# … and a table's rows of samples' test results (食品名称 | 不合格项目 | 检验结果 | 标准值)
_RESULTS_HEADER = re.compile(
    r"^[^\n]*\t[^\n]*(?:检验结果|检测结果|不合格项目)[^\n]*$", re.MULTILINE
)


# equipment sent out (出动冲锋舟8艘、救护车6辆、无人机4架, a drill's or a rescue's): no industry
_DEPLOYED_BEFORE = re.compile(r"(?:出动|调派|调集|派出)[^，,。；;\n]{0,16}$")


def _tested(text: str, start: int, end: int) -> bool:
    """Whether the goods named at ``text[start:end]`` are goods sampled and tested (above)."""
    if _SAMPLED_AFTER.match(text, end) or _KINDS_SAMPLED.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if "\t" not in text[line_start:end]:
        return False
    # (the nearest such header above, its table running on to the line: rows with tabs)
    above = [h for h in _results_headers(text) if h < line_start]
    return bool(above) and all("	" in row for row in text[above[-1] : line_start].splitlines())


@lru_cache(maxsize=8)
def _results_headers(text: str) -> tuple[int, ...]:
    """Where the text's tables of test results start (their header lines), read once a text."""
    if "	" not in text:
        return ()
    return tuple(m.start() for m in _RESULTS_HEADER.finditer(text))


def own_matches(
    text: str, matches: Iterable[tuple[int, int, str]], lex: Lexicons
) -> list[tuple[int, int, str]]:
    """The lexicon's matches less those that are part of another thing's name, a character
    of the entry's ``not_after`` right before them (油|茶产业: camellia oil, no tea), or of
    other words, as the entry's ``term_guards`` say (人人参与, 老年人参加: no ginseng), or
    whose opening 大 closes a word before them (扩|大数据: ``_DA_CLOSES``), or goods priced
    (大米每斤2.98元, 蔬菜价格: ``_PRICED``), or goods tested (水产制品抽检64批次: ``_tested``), or equipment sent out (出动…无人机4架)."""
    out = []
    for start, end, term in matches:
        entry = lex.industry_by_term.get(term)
        if entry is None or any(text.endswith(c, 0, start) for c in entry.not_after):
            continue
        if term.startswith("大") and start > 0 and text[start - 1] in _DA_CLOSES:
            continue
        # (a Latin term is a word of its own: VR, AR — not the AR of CAR-T or of AR1号线)
        if (_LATIN_STEM.match(term[0]) and start > 0 and _LATIN_STEM.match(text[start - 1])) or (
            _LATIN_STEM.match(term[-1]) and end < len(text) and _LATIN_STEM.match(text[end])
        ):
            continue
        if _PRICED.match(text, end) or _tested(text, start, end):
            continue
        if _DEPLOYED_BEFORE.search(text, max(0, start - 20), start):
            continue
        if not any(
            t == term
            and (
                (start > 0 and text[start - 1] in before)
                or (end < len(text) and text[end] in after)
            )
            for t, before, after in entry.term_guards
        ):
            out.append((start, end, term))
    return out


# A leader's (or a body's) fields of work in a division of work: 负责教育、卫生健康、文化旅游、
# 体育等方面工作, 分管审计方面工作 — areas of administration, not industries developed
_FIELDS_OF_WORK = re.compile(r"(?:负责|分管|主管|协管|协助)[^，。；：\n]{1,80}?方面的?工作")


def fields_of_work(text: str) -> list[tuple[int, int]]:
    """(start, end) of each list of fields of work in ``text`` (above): they name no industry."""
    if "方面" not in text:
        return []
    return [m.span() for m in _FIELDS_OF_WORK.finditer(text)]


def accept_industries(
    text: str,
    matches: Iterable[tuple[int, int, str]],
    lex: Lexicons,
    excluded: Iterable[tuple[int, int]] = (),
    named: dict[int, int] | None = None,
    places: tuple[str, ...] = (),
) -> list[tuple[int, int, IndustryEntry]]:
    """Filter (start, end, term) matches to industry mentions. ``named``: end → start of
    the names of industries the taxonomy lacks that the document names, which a facility's
    kind may follow (建设管道装备检测认证中心); ``places``: the short names of the document's
    places, which may open a facility's name (建设南康家具设计研发中心)."""
    spans = sorted(matches, key=lambda m: (m[0], -(m[1] - m[0])))
    ends = {m[1] for m in spans}
    # (where an industry ending right before another starts: 管道装备|检测认证中心)
    start_of = dict(named or {})
    for a, b, _ in spans:  # (the longest match ending there: 小家电, not 家电)
        start_of[b] = min(a, start_of.get(b, a))
    products = [
        (a, b)
        for a, b, term in spans
        if (entry := lex.industry_by_term.get(term)) is not None and entry.tier != "generic"
    ]
    blocked = _blocked(text, excluded, products)
    out: list[tuple[int, int, IndustryEntry]] = []
    last_end = -1
    last_start, last_entry = -1, None
    for start, end, term in spans:
        entry = lex.industry_by_term.get(term)
        if entry is None:
            continue
        # overlapped by an earlier match — unless it runs on past it, longer, as another
        # industry: 新能源汽车及零部件 names 新能源汽车 and 汽车及零部件 (核桃|产业 is one)
        if start < last_end and not (
            start > last_start
            and end > last_end
            and end - start > last_end - last_start
            and entry is not last_entry
        ):
            continue
        last_entry = entry
        last_start, last_end = start, end
        if any(a <= start and end <= b for a, b in blocked):
            continue
        tail, suffix = _suffix_after(text, end)
        # (the industry served may end in its goods or their quality: 水产|品|冷链物流中心,
        # 玉雕|产品质量|检验检测中心)
        served = next(
            (
                start_of[start - k]
                for k in range(7)
                if start - k in start_of and _SERVED_GAP.fullmatch(text, start - k, start)
            ),
            None,
        )
        if suffix and not _built_for_it(
            text,
            _after_place(text, start, places),
            tail,
            suffix,
            None if served is None else _after_place(text, served, places),
        ):
            continue
        if (
            _ZONE.match(text, tail) and not _RANKED.search(text, max(0, start - 6), start)
        ) or _COORDINATED_BODY.match(text, end):
            # (a zone's name, 河阳山歌文化旅游区 — not a rank of zone, a kind: 星级乡村旅游区)
            continue
        if end - start == 2 and straddles(text, start, end):
            continue
        if term == "工业" and text.endswith("加", 0, start):
            continue  # (加工业: a processing trade, not industry at large — 林果加工业)
        if _CONSUMED.match(text, end) or _USE_RATE.match(text, end) or _CERTIFIED.match(text, end):
            continue
        if term in _MARKS and _CERTIFIED_AS.search(text, max(0, start - 3), start):
            continue
        if _SUPPLIED_AS_MATERIAL.match(text, end) or _USED_PARTS.match(text, end):
            continue
        if _TRAINED.match(text, end) or _SUBJECT_OF_WORK.match(text, end):
            continue
        if _TOURISM_ON.match(text, end) and entry.id not in _TOURISM:
            continue
        if _INDICATOR_KINDS.match(text, end):
            continue
        if term == _EVENTS and not _sporting(text, start, ends, named):
            continue
        # (after goods the taxonomy lacks as well, which the document names: 玉雕|电商网络交易额)
        # (or goods of no industry, named by 品: 家居工艺品|电商网络零售额, 农产品|电商)
        after_goods = (
            start in ends or start in (named or {}) or (start > 0 and text[start - 1] == "品")
        )
        if term in entry.channel_terms and (
            _SOLD_THROUGH.match(text, end)
            or (after_goods and not _developed(text, start, end))
            or _inspected(text, start)
        ):
            continue
        if _in_service(text, term, start, end):
            continue
        if start > 0 and text[start - 1] == "对" and _INSPECTED_AFTER.match(text, end):
            continue  # (places inspected: 对畜禽养殖场（户）开展环境执法检查)
        if _MARKET_AFTER.match(text, end) and _LOCATIVE_BEFORE.search(
            text, max(0, start - 7), start
        ):
            continue  # (a market where something is done, a venue: 在县茶叶市场设立…工作站)
        if (
            _STOCKED_BEFORE.search(text, max(0, start - 20), start) and _GOODS_END.match(text, end)
        ) or _STOCKED_AFTER.match(text, end):
            continue  # (goods stocked as a reserve: 储备白菜、土豆等耐储蔬菜, 落实蔬菜储备)
        if (device := _DEVICE.match(text, end)) is not None and (
            _FITTED.match(text, device.end()) or _FITTING.search(text, max(0, start - 8), start)
        ):
            continue  # (a device fitted for use: 渔船北斗终端安装率 — see _DEVICE)
        if _PURCHASED.search(text, max(0, start - 32), start) or (
            term.endswith(_MACHINES)
            and _BROUGHT_IN.search(text, max(0, start - 18), start)
            and _GOODS_END.match(text, end)
        ):
            continue  # (equipment bought for use: 购置北斗导航植保无人机等智能农机装备)
        if (
            entry.id in _QUALIFIED_BY_GOODS
            and not _opens_phrase(text, start)
            # (the document's place before it qualifies no goods: 敦煌|文化产业园 — batch 1271)
            and not _opens_phrase(text, _after_place(text, start, places))
        ):
            continue  # (a cultural industry of goods is the goods': 石雕文化产业, 宣纸文化产业园)
        if entry.id == "testing-and-certification" and _PUBLIC_WATCH.search(
            text, max(0, start - 4), start
        ):
            continue  # (a public body's lab watching water or air: 建成水质检测中心1个 — see below)
        if entry.id == "electrical-equipment" and _WIRING.match(text, end):
            continue  # (a building's wiring inspected: 古建筑电气线路)
        if _FAIR_PRICED.search(text, max(0, start - 2), start):
            continue  # (goods sold cheap to consumers: 设立平价蔬菜销售网点)
        if term == "疫苗" and _VACCINES_HANDLED.match(text, end):
            continue  # (vaccines stored, sent out or given: 疫苗的调拨、储存和发放)
        if entry.id == "cold-chain-logistics" and _OF_VACCINES.search(
            text, max(0, start - 30), start
        ):
            continue  # (the cold chain vaccines are kept in: 疫苗的…储存…，做好冷链管理)
        if entry.id != "cold-chain-logistics" and _CARRIED_COLD.match(text, end):
            continue  # (goods whose share carried cold is measured: 水产品冷链流通率)
        if entry.id == "new-energy" and _VEHICLES_AFTER.match(text, end):
            continue  # (vehicles so powered, put on the road: 推广新能源运输车辆)
        if _CHARGING.match(text, end):
            continue  # (the vehicles' chargers built: 新增新能源汽车充电桩1000个 — see _CHARGING)
        if _BECOMING.match(text, end) and not term.endswith("业"):
            continue  # (an industry made one is the industry: 茶叶产业化)
        if entry.made_for_use and (
            _PUT_TO_USE.match(text, end)
            or _PROMOTED.search(text, max(0, start - 14), start)
            or (
                _ADDED_BEFORE.search(text, max(0, start - 2), start)
                and _MACHINES_COUNTED.match(text, end)
            )
        ):
            continue
        if (
            _APPLIED_BEFORE.search(text, max(0, start - 2), start) and _APPLIED_AS.match(text, end)
        ) or _WATCHING.match(text, end):
            continue  # (a technology put to a use: 推广物联网监测, 电梯物联网远程监测)
        if entry.id == "animal-husbandry" and _DISEASE_RATE.match(text, end):
            continue  # (a campaign's rate on the farms: 生猪规模养殖场非洲猪瘟检测覆盖率)
        if (
            _TRADED_IN.match(text, end)
            or _DISCARDED_BEFORE.search(text, max(0, start - 14), start)
            or (entry.id in _DURABLES and _BOUGHT.match(text, end))
        ):
            continue  # (goods traded in, scrapped or bought: 家电以旧换新, 回收废旧…锂电池, 家电消费)
        if _SOLD_AND_USED.match(text, end):
            continue  # (the goods' sellers and users inspected: 医疗器械经营使用单位检查)
        if _HERITAGE_SITE.match(text, end):
            continue  # (a mine's heritage site kept: 铜川煤矿工业遗址 — see _HERITAGE_SITE)
        if (
            entry.tier == "generic"
            and term not in entry.specific_aliases
            and not (
                (
                    (head := _enumeration_head(text, end)) is not None
                    # (the economy's divisions before a count are its sectors, no industries:
                    # 农业、工业、服务业三大支柱产业)
                    and (text[head[0]] == "等" or entry.id not in _DIVISIONS)
                )
                or _developed(text, start, end)
                or (_FUNDED.match(text, end) and entry.id not in _DIVISIONS)
                # (or closing a brand in quotes: “无为电缆”区域品牌 — its goods')
                or (
                    text.startswith("”", end)
                    and _BRAND_AFTER.match(text, end + 1) is not None
                    and entry.id not in _DIVISIONS
                )
                or _NAMED_BY_OUTPUT.match(text, end)
                or (term.endswith(("产业", "行业")) and _OUTPUT.match(text, end))
                # (or by the fair held for it: 国际体育产业博览会 — batch 937)
                or (term.endswith(("产业", "行业")) and _FAIR.match(text, end))
                # (its 产业 after the term: 旅游|产业交易博览会 — batch 1250)
                or (text.startswith(("产业", "行业"), end) and _FAIR.match(text, end + 2))
                # (or by the park built for it right after its making verb: 建设体育产业园区 —
                # batch 1059; a modifier's park, 化工园区, names none)
                or (term.endswith(("产业", "行业")) and _park_built_for(text, start, end))
                or _SHARING_INDUSTRY.match(text, end)
                or _fills_a_cell(text, start, end)
                # (not the economy's divisions, its sectors: （一）农业 in a plan report)
                or (_heads_its_part(text, start, end, term) and entry.id not in _DIVISIONS)
            )
        ):
            continue
        # a term naming two kinds with a shared head names each (新能源和智能网联汽车)
        out += [(start, end, e) for e in lex.industries_by_joint_term.get(term, (entry,))]
        if processed_as_food(text, end, entry.id):
            out.append((start, end, lex.industry_by_id[FOOD_PROCESSING]))
    return [m for m in out if not _item_of_named_industry(text, m, out)]


# Industries named so broadly that a word before them makes them another's: 石雕文化产业 is
# stone carving's, 宣纸文化产业园 rice paper's (batch 726) — 文化产业 counts where its phrase opens
# (全市文化产业增加值, 壮大数字文化产业, 安排文化产业发展专项资金)
_QUALIFIED_BY_GOODS = frozenset({"cultural-industries"})


def _opens_phrase(text: str, start: int) -> bool:
    """Whether a match starts its phrase: at the text's start or after what ``_BEFORE_STEM``
    lets open an unlisted industry's name (a development verb, 全市, a separator, a number)."""
    return start == 0 or _BEFORE_STEM.search(text, max(0, start - 8), start) is not None


def _fills_a_cell(text: str, start: int, end: int) -> bool:
    """Whether a term ends a table's short cell, all of it or after a word of its kind
    (产业方向 | 航空物流): an industry named as such, as a list's item is."""
    if end < len(text) and text[end] not in "\t\n":
        return False
    cell_start = text.rfind("\t", max(0, start - 5), start)
    return cell_start >= 0 and _CJK_RUN.fullmatch(text, cell_start + 1, start) is not None


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]*")


def _heads_its_part(text: str, start: int, end: int, term: str) -> bool:
    """Whether a term, as an industry (产业, 行业: 医药化工产业, 化工产业, 旅游业), is all its
    heading: a part given to a broad sector (一、医药化工产业 — batch 819), named as an
    industry as a cell is."""
    close = _INDUSTRY_CLOSE.fullmatch(text, end)
    return (
        close is not None
        and (close.group(1) is not None or term.endswith("业"))
        and (
            _MARKER_ONLY.fullmatch(text, 0, start) is not None
            # (or its chain or cluster, a kind of it before: 一、晶硅光伏产业链 — batch 1276)
            or (
                (close.group(1) or "").endswith(("链", "集群"))
                and (close.group(1) in _CHAIN_CLOSE or term.endswith("产业"))
                and _MARKER_QUALIFIED.fullmatch(text, 0, start) is not None
            )
        )
    )


_MARKER = (
    r"\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.])?\s*"
)
_MARKER_ONLY = re.compile(_MARKER)
_MARKER_QUALIFIED = re.compile(_MARKER + r"[\u4e00-\u9fff]{0,4}")
_CHAIN_CLOSE = ("产业链", "产业集群")
_INDUSTRY_CLOSE = re.compile(r"(产业链|产业集群|产业|行业|链|集群)?[。：:]?\s*")


# Livestock processed is meat processing, 食品加工, as well as the livestock's: 肉牛精深加工,
# 肉羊屠宰加工, 文昌鸡深加工产品 (its meat's processing, 牛羊肉加工 and 滩羊|肉精深加工, are 食品加工's own terms)
FOOD_PROCESSING = "food-processing"
# the heritage an old works left, named after it: a site kept, no industry worked (铜川煤矿工业遗址
# — batch 1577: read as coal)
_HERITAGE_SITE = re.compile(r"(?:工业)?(?:遗址|遗迹|旧址)")
_PROCESSED = re.compile(r"(?:屠宰)?[精深]{0,2}加工")


# (the herds' feed processed is feed, not food: 饲草加工企业, 青贮加工)
_FEED = ("饲草", "青贮", "饲料", "草料", "牧草", "苜蓿")


def processed_as_food(text: str, end: int, industry_id: str) -> bool:
    """Whether a mention of livestock ending at ``end`` is of its processing."""
    return (
        industry_id == "animal-husbandry"
        and _PROCESSED.match(text, end) is not None
        and not text.endswith(_FEED, 0, end)
    )


# A staple crop processed is the processing of farm produce, 食品加工 (GB/T 4754's 农副食品加工):
# 发展玉米精深加工, 引进大豆深加工企业 — unless the document names the crop an industry of its own
# (玉米产业), whose processing is then the crop's (the corpus's 德惠 and 海伦 annotations)
_CROP_PROCESSED = re.compile(
    # (its starch too: 红薯淀粉加工线 — batch 867)
    r"(玉米|大豆|马铃薯|小麦|杂粮|薯类|红薯|甘薯|花生|油料|粮食|粮油)(?:淀粉)?(?:精深|深)?加工"
)


# Goods listed before the processing they share, or before their processing where imports land
# (落地加工, a border's trade): each item's processing, where the taxonomy has it a term (进口木材、
# 农产品落地加工 → 木材加工 and 农产品加工, wood and food — batch 1295; 木材和农产品加工 → 木材加工
# too, the last item the matcher's own)
_BEFORE_GOODS = re.compile(r"(?:进口|引进|发展|推进|推动|开展|支持|加快)$")
_PROCESSING_SHARED = re.compile(
    r"((?:[\u4e00-\u9fff]{2,5}[、和及])+)([\u4e00-\u9fff]{2,5}?)(落地)?(?:精深|深)?加工"
    r"|([\u4e00-\u9fff]{2,5}?)落地加工"
)


def processed_in_a_list(
    text: str, lex: Lexicons, excluded: Iterable[tuple[int, int]] = ()
) -> list[tuple[int, int, IndustryEntry]]:
    """Where ``text`` names goods whose processing is a term of the taxonomy, in a list sharing
    its 加工 or before 落地加工 (see ``_PROCESSING_SHARED``)."""
    if "加工" not in text:
        return []
    blocked = _blocked(text, excluded)
    terms = lex.industry_by_term
    out = []
    for m in _PROCESSING_SHARED.finditer(text):
        if m.group(4) is not None:  # (one item before 落地加工)
            items = [(m.start(4), m.group(4))]
        else:
            pos, items = m.start(1), []
            for part in re.split("[、和及]", m.group(1))[:-1]:
                items.append((pos, part))
                pos += len(part) + 1
            if m.group(3):  # (the last item too: the matcher reads no 农产品落地加工)
                items.append((m.start(2), m.group(2)))
        for at, item in items:
            # (the item's goods by the longest end of it whose processing is a term, after a
            # verb or 进口 if any: 引进进口|木材 — not goods of a kind named before, 藜麦|食品, the
            # corpus's 静乐: quinoa's foods quinoa's)
            k = next((k for k in range(len(item) - 1) if item[k:] + "加工" in terms), None)
            if k is None or (k and not _BEFORE_GOODS.search(item, 0, k)):
                continue
            if not any(a <= at + k < b for a, b in blocked):
                out.append((at + k, at + len(item), terms[item[k:] + "加工"]))
    return out


# A place's tea named by the place alone (井冈山茶 — batch 1289), as its kinds are (安吉白茶):
# not camellia's flowers or oil, nor a tea's tree (山茶花, 茶油, 茶树菇), nor where a term of tea runs on
# (井冈山|茶叶: the lexicon's)
TEA = "tea"
_PLACE_TEA_AFTER = re.compile(r"茶(?![花油籽树馆楼座杯具叶园产企厂旅])")


def place_teas(
    text: str, places: Iterable[str], excluded: Iterable[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Where ``text`` names tea by one of the document's places (``places``) and 茶 alone."""
    if "茶" not in text:
        return []
    blocked = _blocked(text, excluded)
    out = []
    for place in (p for p in places if len(p) >= 2 and p + "茶" in text):
        for m in re.finditer(re.escape(place), text):
            if _PLACE_TEA_AFTER.match(text, m.end()) and not any(
                a <= m.start() < b for a, b in blocked
            ):
                out.append((m.start(), m.end() + 1))
    return out


def crops_processed(
    text: str, names: Iterable[str], excluded: Iterable[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Where ``text`` names a staple crop's processing (food processing), its crop not among
    ``names``, the industries the taxonomy lacks that the document names."""
    if "加工" not in text:
        return []
    blocked = _blocked(text, excluded)
    own = set(names)
    return [
        m.span()
        for m in _CROP_PROCESSED.finditer(text)
        if m.group(1) not in own
        and not any(a < m.end() and m.start() < b for a, b in blocked)
        and not _tested(text, m.start(), m.end())  # (粮食加工品 sampled: goods tested)
    ]


# An industry the taxonomy lacks (箱包, 钢丝绳, 起重装备 before it was listed), named where
# only an industry fits: ``X产业`` right after a development verb or the start of a clause
# (做强箱包产业, 推动钢丝绳产业高质量发展, 全县箱包产业营业收入, 打造毛笔产业集群), X a run
# of 1–6 characters with no word of a class of industries (特色, 新兴, 县域, 一二三 …) nor a
# verb. Its name is X as written (a single character keeps 产业: 藕产业). 产业 followed by
# what makes it industry in general or a name (产业化, 产业链, 产业园, 产业区, 产业结构, 产业博览会
# …) names none.
_VERBS = (
    "发展|壮大|扩大|培育|做强|做大|做优|做精|做实|提升|振兴|推动|促进|打造|支持|扶持|围绕|"
    "加快|延伸|引进|聚焦|突出|巩固|推进|优化|升级|改造|建设|布局|集聚|确保|力争|带动|依托|加大|"
    "加强|强化|完善|拓展|安排|设立|统筹|保障|新增|新建|"
    # (keeping it steady: 稳定槟榔产业 — batch 1112)
    "稳定|"
    # (lending to it: 发放辣椒产业贷款)
    "发放|投放|"
    # (putting force behind it, as headings exhort: 聚力产业升级, 着力产业转型 — batch 655)
    "聚力|着力|助力|发力|全力|致力|赋能"
)
# (or a line's number: 7.马铃薯产业全产业链产值; or 将/把 taking it as the object:
# 将钧瓷产业发展任务纳入考核)
_BEFORE_STEM = re.compile(
    rf"(?:{_VERBS}|全[省市县区州旗盟镇乡]|[我本][省市县区州旗盟镇乡]|[和及与、，。；：“（\n\t将把]|(?:^|\n)\s*\d{{1,3}}[.、．]"
    # (or a heading's number and a space: 1 芦苇产业 — batch 1149)
    r"|(?:^|\n)[ \t]*\d{1,3}[ \t\u3000]+"
    # (or the part of the year a report speaks of: 一季度彩灯产业实现产值 — batch 1150: 一季度彩灯
    # was named; not an item's bracketed number, which verbs follow: （三）夯实产业发展要素)
    r"|[一二三四]季度|[上下]半年|前三季度|全年)$"
)
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff][县市区]$")
_NOT_A_STEM = re.compile(
    r"^[市县区镇乡旗州盟省]|自治区|地区|国家|中央|上级|本级|"
    r"特色|主导|先导|引领|优势|新兴|传统|支柱|重点|相关|富民|未来|配套|上下游|数字|现代|战略|高新|县域|"
    r"乡村|农村|涉农|城市|区域|地方|主要|关联|衍生|绿色|生态|高端|新型|附加值|密集|资源型|"
    r"临港|临空|临海|沿海|沿江|沿边|沿线|沿黄|边境|首位|朝阳|夕阳|高成长|"
    # (Beijing's class of high-end industries, 高精尖产业, and the frontier ones)
    r"高精尖|前沿|尖端|"
    r"接续|替代|其他|企业|项目|园区|基地|发展|建设|转型|升级|融合|招商|政策|资金|基金|人才|"
    rf"工作|服务|产品|市场|制造|工业|农业|实施|构建|实现|开展|精准|入选|标志|{_VERBS}|"
    # a size (重大, 大 alone) — but a crop whose name opens with 大 is one (大蒜, 大豆)
    r"重大|大力|^大$|"
    # (an event held is no industry's name: 举办电竞产业峰会; nor what is done: 落实箱包产业…)
    r"举办|承办|召开|落实|抓好|做好|健全|补齐|深化|深入|承接|东部|西部|中部|"
    # (a figure done or summed: 全年完成产业投资120亿元 — batch 1479, read as an industry 完成)
    r"完成|累计|预计|"
    r"[\d全各该本这此其新强主好优多特]|"
    # (a count or a class by its number: 三大产业, 十个产业, 百亿级产业, 第一产业, 一二三产业 — but
    # a crop whose name holds a numeral is one: 八角, 百合, 万寿菊, 九叶青花椒 — found probing)
    r"[一二三四五六七八九十两百千万亿]+(?:[大个类项种条次级家村县镇乡品产业化新链群园批期号年位]|$)|"
    # (a conjunction or adverb opening the clause: 但产业仍存在…, 而产业…)
    r"^(?:但|而|却|并|且|又|也|还|仍|使|让|从|在|由|于)|"
    # (a list's close: 汽车、电子等产业, read as a list)
    r"等$|"
    # (a body's name before a division of it: 县经济和信息化局产业发展科)
    r"(?:局|厅|委|办)$"
)
# … nor, whole, a class of industries by what they are like, who owns them or where they are
# (实体产业, 低碳产业, 民营产业, 村级集体产业, 飞地产业, 高载能产业, 非煤产业)
_A_CLASS_OF_INDUSTRIES = frozenset(
    [
        "实体",
        "低碳",
        "民营",
        "国有",
        "集体",
        "村级",
        "村级集体",
        "飞地",
        "枢纽",
        "非煤",
        "非农",
        "外向型",
        "小微",
        "龙头",
        "基础",
        "关键",
        "核心",
        "存量",
        "增量",
        "过剩",
        "高耗能",
        "高载能",
        "庭院",
        # (the processing of what comes before, no industry of its own: 钢铁及深加工产业 — batch
        # 620; a thing's processing named, 玉石加工产业, stays one)
        "加工",
        "深加工",
        "精深加工",
        "初加工",
        "粗加工",
    ]
)
_NOT_AN_INDUSTRY_AFTER = re.compile(
    r"化|园|区|链|基金|联盟|工人|政策|资金|项目|博览|大会|论坛|峰会|协会|带|基地|工作|示范|体系|结构|"
    r"布局|扶贫|帮扶|人才|招商|工程|用地|融合|生态|门类|类型|格局|用工|"
    # (industry in general, between places: 产业协作, 产业合作, 产业转移)
    r"协作|合作|对接|转移"
)


# the class an industry is of, closing its stem (罗布麻|特色产业), and the kinds of place or
# people a class of industries is said of (山区特色产业, 民族特色产业)
_CLASS_CLOSING = re.compile(r"(?:特色|优势|富民|主导)$")
# (or of land: 盐碱地特色产业 — the corpus's 黄骅, which stopped this rule in an earlier session)
_PLACE_KIND = re.compile(
    r"山区|林下|高山|沿河|民族|边疆|村级|城郊|库区|革命老区|老区|牧区|垦区"
    r"|盐碱地|荒漠|沙漠|沙地|滩涂|山地|丘陵|海岛|湖区|坝区|平原"
)
# a body serving an industry: 市螺蛳粉产业发展服务中心, 县罗汉果产业发展中心
_SERVING_BODY = re.compile(r"(?:发展)?(?:服务)?中心")


def unlisted_industries(
    text: str,
    matched: Iterable[tuple[int, int, str]],
    excluded: Iterable[tuple[int, int]] = (),
    *,
    served: bool = False,
) -> list[tuple[int, int, str]]:
    """(start, end, name) of each industry the taxonomy lacks; ``matched`` are the
    lexicon's raw matches (a listed industry before 产业 is the listed one). ``served``: a
    body serving an industry (市螺蛳粉产业发展服务中心) names it too, as a whole document's
    bodies do (``document_unlisted``) — not as what a unit addresses."""
    taken = [(a, b) for a, b, _ in matched]
    # the positions a match covers or ends at (a whole document's matches: a set, not a scan)
    touched = {i for a, b in taken for i in range(a, b + 1)}
    # (the longest match ending there: 中藏药 over the 藏药 inside it — batch 698)
    starts_by_end: dict[int, int] = {}
    for a, b in taken:
        starts_by_end[b] = min(a, starts_by_end.get(b, a))
    blocked = _blocked(text, excluded)
    ends = {b for _, b in taken}
    out: list[tuple[int, int, str]] = []
    for m in re.finditer("产业", text):
        p, end = m.span()
        # (its whole chain names it: 大葱全产业链产值 → 大葱, as the corpus's 京山桥米全产业链
        # — batch 803; not one already called an industry, 白茶产业全产业链)
        if p > 0 and text[p - 1] == "全" and text.startswith("链", end):
            if text.endswith("产业", 0, p - 1):
                continue
            p, end = p - 1, end + 1
        elif _NOT_AN_INDUSTRY_AFTER.match(text, end):
            continue
        if p in touched or p + 1 in touched:  # 石材产业, 纺织服装|产业
            # (one the taxonomy lacks, coordinated before a listed one whose 产业 it shares:
            # 做强文创和食品产业 → 文创, as 发展马铃薯和油菜产业 gives 马铃薯)
            head = starts_by_end.get(m.end(), starts_by_end.get(p))
            # (or a kind before a listed industry named by its head, 茶产业: 藤茶产业 names the
            # kind 藤茶, looked for again where the document writes it — batch 922)
            if head is not None and head < p:
                coordinated = _coordinated(text, head, taken, blocked)
                out += coordinated
                if (
                    not coordinated
                    and head == p - 1
                    and p not in ends  # (a listed kind before it is the listed one: 安化|黑茶产业)
                    and (kind := _kind_before(text, p)) is not None
                    and not _named_inside(text, p - len(kind), end)  # (a leading group's name)
                ):
                    out.append((p - len(kind), p, kind))
            continue
        stem = _stem_before(text, p)
        class_word = 0  # (the class word between the name and 产业, part of the span)
        if stem and (cls := _CLASS_CLOSING.search(stem)) is not None:
            # (a thing named before the class its industry is of: 发展罗布麻特色产业 → 罗布麻 —
            # batch 1316; not a kind of place or people's, 山区特色产业)
            inner = stem[: cls.start()]
            if len(inner) >= 2 and not _NOT_A_STEM.search(inner) and not _PLACE_KIND.search(inner):
                stem, class_word = inner, len(cls.group())
        serving = served and _SERVING_BODY.match(text, m.end()) is not None
        if serving and stem and len(stem) > 2 and stem[0] in "市县区州旗盟":
            stem = stem[1:]  # (a body serving it names it without its level: 市|螺蛳粉产业…中心)
        # (a Latin word's digits are no count: 6G)
        if (
            stem is None
            or _NOT_A_STEM.search(_LATIN_WORD.sub("A", stem))
            or stem in _A_CLASS_OF_INDUSTRIES
            # (a county or a city by its name, whose industry in general it is: 汝南县|产业集聚区
            # — batch 1464)
            or (len(stem) >= 3 and _PLACE_BEFORE.search(stem))
        ):
            continue
        start = p - len(stem) - class_word
        if any(a <= start and m.end() <= b for a, b in blocked):
            continue
        if any(start <= a and b <= p for a, b in taken):
            continue  # a listed industry's core (人工智能核心产业) is the listed one
        tail, suffix = _suffix_after(text, m.end())  # 市轴承产业发展服务中心
        if suffix and not _built_for_it(text, start, tail, suffix) and not serving:
            continue
        out.append((start, end, _as_named(stem) if len(stem) > 1 else stem + "产业"))
        out += _coordinated(text, start, taken, blocked)
    # (the list is looked for only where its close is: read from every position, its
    # pattern cost as much as the rest of this function)
    for m in runs_with(_ENUMERATED, text, _ENUMERATION_CLOSE, stops="，。；：\n"):
        out += _enumerated_items(text, m, taken, blocked)
    out += _trades(text, taken, blocked)
    out += _grown_kinds(text, touched, blocked)
    return out


# A kind named by its head before the growing of it (新会柑种植面积, 蜜柚栽培) or its
# geographical indication (白芽奇兰茶申报地理标志): the head's
# industry, though the document never calls the kind an industry
# (or, for livestock, before its raising or its stock: 藏香猪养殖, 藏香猪出栏3万头)
# (in a manner, before its base: 绿橙标准化种植基地; or before its yield: 绿橙产量; or its
# output: 六堡茶综合产值 — found writing batch 747)
_GROWING = re.compile(
    r"(?:标准化|规模化|生态|有机)?(?:种植|栽培)|养殖|饲养|出栏|存栏|产量|(?:综合|全产业链)?产值"
    # (or before its geographical indication, a product's mark: 白芽奇兰茶申报地理标志证明商标)
    r"|(?:申报|申请|获批)?地理标志"
)
# a kind raised, after the raising (养殖土鸡, 散养黑猪): two or three characters ending in its head,
# before a figure or the clause's end
_RAISED = re.compile(
    r"(?:养殖|饲养|放养|散养)([\u4e00-\u9fff]{1,2}[鸡牛羊猪鸭鹅驴兔鸽鹿驼鱼蟹])(?=[\d，。；、和及等\s]|$)"
)
_RAISED_KINDS = frozenset({"animal-husbandry", "fisheries"})
# (a kind's name may open with a place's 新, 新会柑, as an industry's class word may not)
_NOT_A_KIND = re.compile(rf"^[市县区镇乡旗]|{_VERBS}|[全各该本这此其\d]")


def _grown_kinds(
    text: str, touched: set[int], blocked: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """(start, end, name) of each kind named before 种植 or 栽培 (养殖, 出栏 … for livestock)
    whose name ends in a listed industry's head (``touched``: positions the lexicon's matches
    cover; ``blocked``: spans no industry is named inside)."""
    lex = load_lexicons()
    out: list[tuple[int, int, str]] = []
    for m in _GROWING.finditer(text):
        p = m.start()
        if p in touched:  # a listed kind right before it (苹果种植): the lexicon's
            continue
        stem = _stem_before(text, p)
        if stem is None or _NOT_A_KIND.search(stem):
            continue
        entry = lex.industry_of_kind(stem)
        if entry is None or not stem.endswith(entry.heads):
            continue  # (a head's kind only, not a trade listed as X业)
        if m.group() == "产量" and stem.endswith("肉"):
            continue  # (a yield of meat is the herds' output: 牦牛肉产量, the corpus's 玉树)
        start = p - len(stem)
        if not any(a <= start < b for a, b in blocked):
            out.append((start, p, stem))
    # (or a kind of livestock or fish after its raising: 林下养殖土鸡50万羽 — batch 988)
    for m in _RAISED.finditer(text):
        start, end = m.span(1)
        if start in touched or end - 1 in touched:
            continue
        entry = lex.industry_of_kind(m.group(1))
        if entry is None or entry.id not in _RAISED_KINDS:
            continue
        if not any(a <= start < b for a, b in blocked):
            out.append((start, end, m.group(1)))
    return out


# A trade of one character and 业 (门业, 杯业, 锁业: the block economies of Zhejiang's and
# Fujian's counties), counted by its output (门业产值) or developed (壮大门业和杯业, the trades
# coordinated after the verb too) — not the everyday words ending so (企业, 就业, 行业 …) nor a
# listed one (鞋业, 袜业, 渔业: the lexicon's).
_TRADE = re.compile(r"[\u4e00-\u9fff]业")
_TRADE_VERB = re.compile(rf"(?:{_DEVELOP_VERBS}|提升)$")
_TRADE_BOUNDARY = "，。；：、\t\n"
# (as a set of the words: 企业, 就业, 创业, 行业 …)
_NOT_TRADES = frozenset(
    {f"{c}业" for c in "企就创行产物专职作商工农林渔牧事学营实从毕结失开停复转主副基同家功课建置矿"}
)


# the whole of the place a trade is counted in, opening its clause before it (全市|门业产值 —
# batch 1510)
_WHOLE_PLACE = re.compile(r"全[市县区旗镇州省]$")


def _opens_after_scope(text: str, start: int) -> bool:
    """Whether the words right before ``start`` are the whole place's (全市), opening a clause."""
    scope = _WHOLE_PLACE.search(text, max(0, start - 2), start)
    return scope is not None and (scope.start() == 0 or text[scope.start() - 1] in _TRADE_BOUNDARY)


def _trades(
    text: str, taken: list[tuple[int, int]], blocked: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """(start, end, name) of the one-character trades a text develops or counts (see
    ``_TRADE``): 壮大门业和杯业 → 门业, 杯业; 门业产值达到300亿元 → 门业."""
    out: list[tuple[int, int, str]] = []
    if "业" not in text:
        return out
    last_end = -1
    for m in _TRADE.finditer(text):
        if m.group() in _NOT_TRADES:  # (产业, 企业, 就业 …: nearly every match)
            continue
        start, end = m.span()
        before = text[start - 1] if start else "\n"
        after = text[end : end + 1]
        coordinated = before in "和及与、" and last_end == start - 1
        opens = before in _TRADE_BOUNDARY or coordinated or _opens_after_scope(text, start)
        counted = opens and _OUTPUT.match(text, end) is not None
        developed = (bool(_TRADE_VERB.search(text, max(0, start - 2), start)) or coordinated) and (
            not after or after in _TRADE_BOUNDARY or after in "和及与"
        )
        if not (counted or developed):
            continue
        if any(a < end and start < b for a, b in taken + blocked):
            continue
        out.append((start, end, m.group()))
        last_end = end
    return out


# a list of industries closed by 等 and a class of them: 前瞻布局脑机接口、6G、生物制造等未来产业;
# or by their count and class: 起重装备、医疗器械、防腐建筑三大主导产业
_ENUMERATION_CLOSE = re.compile(
    # (the class may say where they grow: 油茶、竹木、中药材等林下特色产业, 等农业特色产业)
    r"(?:(?:等|[二三四五六七八九十两]大)(?:林下|农业|县域|山区|乡村|农村|现代)?"
    r"(?:未来|新兴|战略性新兴|前沿|特色|优势|主导|支柱)产业"
    # (or by their count alone: 做强菌果药畜四大产业)
    r"|[二三四五六七八九十两]大产业(?!链|园|集群)"
    # (or the chains or clusters of those listed: 围绕清洁能源装备、先进材料、通用航空等产业链)
    r"|等(?:重点)?产业(?:链|集群)"
    # (or trades, where one of them is the taxonomy's: 钢铁、焦化、建材等行业 — not 教育、卫生等行业;
    # so 等产业: 汽车、电子、装备制造等产业)
    r"|等(?:重点|传统|高耗能)?行业|等产业(?![链园区集群化])(?!\S{0,2}(?:工人|人才|资金|基金|政策)))"
)
_ENUMERATED = re.compile(r"([^，。；：\n]{2,60}?)" + _ENUMERATION_CLOSE.pattern)
# A province's industries written a character each before their count (Gansu's 牛羊菜果薯药
# 六大特色产业, 菌果药畜四大产业): each character's industry — the taxonomy's name, or as
# written where it lacks one (薯: 马铃薯)
_ABBREVIATIONS = {
    "牛": "畜牧业",
    "羊": "畜牧业",
    "猪": "畜牧业",
    "禽": "畜牧业",
    "畜": "畜牧业",
    "奶": "畜牧业",
    "鱼": "渔业",
    "菜": "蔬菜",
    "果": "果品",
    "薯": "马铃薯",
    "药": "中医药",
    "茶": "茶产业",
    "菌": "食用菌",
    "花": "现代花卉",
    "竹": "竹产业",
    "棉": "棉花",
    "桑": "蚕桑",
}
_ABBREVIATED = re.compile(f"[{''.join(_ABBREVIATIONS)}]{{3,8}}")
_ENUM_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,8}")


def _enumerated_items(
    text: str, m: re.Match[str], taken: list[tuple[int, int]], blocked: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The items the taxonomy lacks of a list closed by 等 and a class of industries
    (未来产业, 新兴产业 …), by 等产业链 or 等产业集群, or by 等行业 where an item is the
    taxonomy's: each an industry of its own (脑机接口, 6G), the first from after
    the verb before it (前瞻布局|脑机接口). A list with an item that reads as no name is none."""
    out: list[tuple[int, int, str]] = []
    pos = m.start(1)
    items = re.split(r"[、和及]", m.group(1))
    verbs = list(re.finditer(_VERBS, items[0]))
    if verbs:  # (from after the last verb before the first item)
        pos += verbs[-1].end()
        items[0] = items[0][verbs[-1].end() :]
    if m.group(0).endswith(("行业", "等产业")) and not (
        any(m.start(1) <= a and b <= m.end(1) for a, b in taken)
        or any(item + "产业" in load_lexicons().industry_by_term for item in items)
    ):
        return []  # (trades none of which the taxonomy lists: sectors, 教育、卫生等行业)
    for item in items:
        start, end = pos, pos + len(item)
        pos = end + 1
        if len(items) == 1 and _ABBREVIATED.fullmatch(item):
            # one character for each industry: 牛羊菜果薯药六大特色产业
            out += [(start + i, start + i + 1, _ABBREVIATIONS[c]) for i, c in enumerate(item)]
            continue
        if not _ENUM_ITEM.fullmatch(item):
            return []
        if any(a < end and start < b for a, b in taken + blocked):
            continue  # a listed industry (生物制造) or inside a name
        if _NOT_A_STEM.search(_LATIN_WORD.sub("A", item)):
            continue  # a broad sector (农业、工业、服务业三大支柱产业) or a class
        out.append((start, end, item))
    return out


def _coordinated(
    text: str, start: int, taken: list[tuple[int, int]], blocked: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The industries coordinated before an unlisted one that starts at ``start``, each
    from the verb or clause start before it: 发展马铃薯和油菜产业 → 马铃薯 (油菜 found)."""
    out: list[tuple[int, int, str]] = []
    while start > 0 and text[start - 1] in "和及与、":
        end = start - 1
        stem = _stem_before(text, end)
        if stem is None:
            # a listed item too long for a stem (青稞酒酿造、牦牛肉精深加工和中藏药产业): past it
            # to the separator before it
            sep = max(text.rfind(c, max(0, end - 12), end) for c in "、和及与")
            if sep >= 0 and any(sep < a and b <= end for a, b in taken):
                start = sep + 1
                continue
            break
        if _NOT_A_STEM.search(stem) or stem in _A_CLASS_OF_INDUSTRIES:
            break
        start = end - len(stem)
        if any(a < end and start < b for a, b in taken + blocked):
            continue  # a listed industry (做强石材和轴承产业) or a name: not the taxonomy's lack
        out.append((start, end, _as_named(stem)))
    return out


# the making of a thing the taxonomy lacks is the thing's industry: 青稞酒酿造 → 青稞酒
_MAKING = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:酿造|酿制)$")


def _as_named(stem: str) -> str:
    """An unlisted industry's name: its stem without the making of it (青稞酒酿造 → 青稞酒)."""
    return _MAKING.sub("", stem)


def document_unlisted(text: str, lex: Lexicons) -> list[str]:
    """The names of the industries the taxonomy lacks that a whole document names as
    industries (``unlisted_industries`` over its text), for ``named_again`` in each of its
    units — each by the shortest name it ends with (``as_named_alone``)."""
    terms = _terms_rx(frozenset(lex.industry_by_term))
    matched = own_matches(
        text, [(m.start(), m.end(), m.group()) for m in terms.finditer(text)], lex
    )
    names = {name for _, _, name in unlisted_industries(text, matched, served=True)}
    return sorted({as_named_alone(name, names) for name in names})


# the making of a thing named by its one character: 制琴, 制笔
_MAKING_OF = re.compile(r"^[制造]([\u4e00-\u9fff])$")


def as_named_alone(name: str, names: Iterable[str]) -> str:
    """An unlisted industry's name by the shortest name ending it that the document names
    an industry alone: 古巷卫浴 is 卫浴 where 卫浴产业 is named too (a town's, or a kind's,
    of the same industry: 打造古巷卫浴产业集聚区 — batch 767). The making of a thing named by
    its one character is the one thing the document names ending so: 制琴 is 提琴 where 提琴产业
    is named too (batch 1218), 制笔 stays where no pen is named alone."""
    made = _MAKING_OF.match(name)
    if made:
        things = [
            n
            for n in names
            if len(n) >= 2 and n.endswith(made.group(1)) and not _MAKING_OF.match(n)
        ]
        if len(things) == 1:
            return things[0]
    shorter = [
        n for n in names if 2 <= len(n) < len(name) and name.endswith(n) and not n.endswith("产业")
    ]
    return min(shorter, key=len) if shorter else name


@lru_cache(maxsize=4)
def _terms_rx(terms: frozenset[str]) -> re.Pattern[str]:
    """The lexicon's industry terms as one pattern, the longest at each position."""
    return re.compile(longest_first_pattern(terms))


# what a material is made into: 钛材, 钛合金, 钛制品
_PRODUCT_OF = r"材|合金|制品|产品|精深加工"
# a crop named by what it is grown for (加工番茄, 酿酒葡萄 is the taxonomy's) and what the crop
# is made into: 番茄酱, 番茄红素, 番茄粉, 番茄制品
_GROWN_FOR = re.compile(r"^加工([\u4e00-\u9fff]{2,4})$")
_CROP_PRODUCT = r"酱|汁|粉|素|制品|产品|精深加工"


def named_again(
    text: str,
    names: Iterable[str],
    taken: Iterable[tuple[int, int]],
    excluded: Iterable[tuple[int, int]] = (),
) -> list[tuple[int, int, str]]:
    """(start, end, name) of each further mention of an industry the taxonomy lacks that
    the document has named as one (``names``, from ``unlisted_industries`` over the whole
    text): once 做强轴承产业集群 has made 轴承 an industry, 轴承出口额 and 引进轴承领域人才
    address it too — but not inside a name, a note or quotes (but a place's product: “莱芜生姜”), nor where another industry
    was matched (``taken``). Names of one character (藕产业, 泵) are not looked for alone: only
    in their products (钛材) or coordinated again with another of the names (泵与电机)."""
    taken = list(taken)
    names = list(names)
    # (a place's product in quotes is the name's, as a listed industry's is: “莱芜生姜” —
    # batch 1009)
    products = [
        m.span()
        for name in names
        if len(name) > 1 and not name.endswith("产业")
        for m in re.finditer(re.escape(name) + "(?=”)", text)
    ]
    blocked = _blocked(text, excluded, products)
    out: list[tuple[int, int, str]] = []
    for name in names:
        crop = _GROWN_FOR.match(name)
        written = crop.group(1) if crop else name  # (a crop grown for processing: its crop)
        if written[:1] not in text or (
            len(name) > 1 and not name.endswith("产业") and written not in text
        ):
            continue  # (most of a long document's names are not in a given unit)
        if len(name) == 3 and name.endswith("产业"):
            # a one-character name (钛产业) is looked for again only in its products:
            # 钛材, 钛合金, 钛制品 — not inside other words (钛 alone is too short to trust)
            pattern = re.escape(name[0]) + f"(?={_PRODUCT_OF})"
        elif len(name) == 1:
            # … and one named coordinated (泵与电机产业 → 泵) where it is coordinated again
            # with another of the document's names: 泵与电机出口额 (batch 804)
            partners = [n for n in names if len(n) > 1 and not n.endswith("产业")]
            if not partners:
                continue
            pattern = re.escape(name) + f"(?=[与和及、](?:{longest_first_pattern(partners)}))"
        elif name.endswith("产业"):
            continue
        else:
            # (a Latin name is a word of its own: AI is not in AIGC)
            pattern = (
                (_LATIN_EDGE_BEFORE if _LATIN_STEM.match(name[0]) else "")
                + re.escape(name)
                + (_LATIN_EDGE_AFTER if _LATIN_STEM.match(name[-1]) else "")
            )
            if crop:
                # a crop grown for processing is the crop wherever its products are named:
                # 加工番茄产业 → 番茄酱, 番茄制品 (batch 931)
                pattern += (
                    "|"
                    + re.escape(crop.group(1))
                    + f"(?=[\u4e00-\u9fff]{{0,2}}(?:{_CROP_PRODUCT}))"
                )
        for m in re.finditer(pattern, text):
            start, end = m.span()
            # (not inside another industry's term — but a term beginning inside the name and
            # running past it shares the name's last character: 虾稻米, rice of 虾稻 farming, is
            # 虾稻's and 稻米's)
            if any(a < end and start < b and not start < a < end < b for a, b in taken):
                continue
            if any(a <= start and end <= b for a, b in blocked):
                continue
            if end - start == 1:  # 钛|材: the product names the industry
                product = re.match(_PRODUCT_OF, text[end:])
                out.append((start, end + (product.end() if product else 0), name))
                continue
            tail = end + 2 if text.startswith("产业", end) else end
            suffix = _NAME_SUFFIX.match(text[tail : tail + 10])
            if (
                (suffix and not _built_for_it(text, start, tail, suffix))
                or _USE_RATE.match(text, end)
                or _TOURISM_ON.match(text, end)  # 白酒文化旅游线路: tourism on its culture
                or _ZONE.match(text, tail)  # 子牙循环经济产业区: a zone, a place
                or _BOUGHT.match(text, end)  # 扩大游艇消费: the goods bought, no industry
                # 海绵城市, 海绵型道路, 海绵化改造: the name modifying another thing, a kind of
                # city, road or work, not the industry (发展海绵产业 made 海绵 one)
                or _MODIFYING.match(text, end)
                or _INSTALLED_BEFORE.search(text, max(0, start - 2), start)
                or _WATCHED_AFTER.match(text, end)
                # 建成5G基站: a generation of networks' own parts, not the industry
                or (_LATIN_STEM.match(name[-1]) and _NETWORK.match(text, end))
            ):
                continue
            out.append((start, end, name))
    return out


_YEAR_BEFORE = re.compile(r"\d{4}年度?$")
# the trade of a market measured: 年交易额, 成交额, 交易量
_TRADE_MEASURED = re.compile(r"年?(?:交易额|成交额|交易量|销售额)")
_MODIFYING = re.compile(r"城市|型|化(?![工纤学肥妆])")
# goods bought (扩大游艇消费, 带动家电消费), a listed industry's or an unlisted one's — not
# consumer goods or electronics (消费品, 消费电子)
_BOUGHT = re.compile(r"消费(?![品电])")
_LATIN_EDGE_BEFORE = "(?<![A-Za-z0-9])"
_LATIN_EDGE_AFTER = "(?![A-Za-z0-9])"
# a network's parts after a name that is a generation of networks (5G基站, 5G网络覆盖)
_NETWORK = re.compile(r"基站|网络|信号|专网|覆盖|用户|终端|手机")


def _named_inside(text: str, start: int, end: int) -> bool:
    """Whether the industry at ``start``–``end`` (its 产业 closing it) opens a name it is not
    built for: a leading group's (县猕猴桃产业发展领导小组), a body's, a zone's."""
    tail, suffix = _suffix_after(text, end)
    return suffix is not None and not _built_for_it(text, start, tail, suffix)


def _kind_before(text: str, p: int) -> str | None:
    """A kind ending in a listed industry's head right before 产业 at ``p`` (藤|茶产业): the
    stem before 产业 when it is longer than the head and the taxonomy knows it as that head's
    kind, else None."""
    stem = _stem_before(text, p)
    if stem is None or len(stem) < 2 or _NOT_A_STEM.search(stem) or _NOT_A_KIND.search(stem):
        return None
    entry = load_lexicons().industry_of_kind(stem)
    return stem if entry is not None and stem.endswith(entry.heads) else None


def _stem_before(text: str, p: int) -> str | None:
    """The run of characters before 产业 at ``p`` that names the industry: from the nearest
    development verb, clause start, place (平乡县|自行车产业) or year (2026年|大蒜产业),
    within six characters. Latin letters and digits may name it (6G产业, AI产业, LED产业) when
    a letter is among them — digits alone are a year or a count."""
    for k in range(1, min(p, 6) + 1):
        stem = text[p - k : p]
        if not (_CJK.match(stem[0]) or _LATIN_STEM.match(stem[0])):
            return None
        if _LATIN_STEM.match(stem[0]) and p - k > 0 and _LATIN_STEM.match(text[p - k - 1]):
            continue  # (a Latin word is whole or nothing: not the G of 6G)
        if p - k == 0 or (
            _BEFORE_STEM.search(text, max(0, p - k - 4), p - k)
            # (和 after a year opens a place's name, no conjunct's: 2026年|和田玉产业 — batch
            # 1111: 田玉 was named)
            and not (
                text[p - k - 1] == "和" and _YEAR_BEFORE.search(text, max(0, p - k - 7), p - k - 1)
            )
        ):
            return _lettered(stem)
        if k > 1 and _PLACE_BEFORE.search(text, max(0, p - k - 2), p - k):
            return _lettered(stem)
        if k > 1 and _YEAR_BEFORE.search(text, max(0, p - k - 6), p - k):
            return _lettered(stem)  # a title's year: 邳州市2026年|大蒜产业发展工作要点
    return None


_LATIN_STEM = re.compile(r"[A-Za-z0-9]")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")


def _lettered(stem: str) -> str | None:
    """``stem``, unless its Latin characters hold no letter (2026产业 is no industry)."""
    latin = [c for c in stem if _LATIN_STEM.match(c)]
    if latin and not any(c.isalpha() for c in latin):
        return None
    return stem


def _inspected(text: str, start: int) -> bool:
    """Whether the clause before ``start`` inspects what the term names (检查…电商平台)."""
    clause = _CLAUSE_START.search(text, max(0, start - 30), start)
    return clause is not None and _INSPECTED.search(clause.group()) is not None


def _park_built_for(text: str, start: int, end: int) -> bool:
    """Whether a park or base follows an industry named with its 产业 at ``start``–``end``,
    built right after its making verb (建设体育产业园区, 打造文化产业基地)."""
    _tail, suffix = _suffix_after(text, end)
    return (
        suffix is not None
        and suffix.start(1) == 0
        and suffix.group(1) in ("产业园", "园区", "基地")
        and _BUILT_FOR.search(text, 0, start) is not None
    )


def _suffix_after(text: str, end: int) -> tuple[int, re.Match[str] | None]:
    """A name's suffix after a match ending at ``end``, or after its own 产业 (花卉产业|园 is
    花卉|产业园), or further on (煤炭产业高质量发展工作专班), and where it was looked for."""
    tail = end - 2 if text[end - 2 : end] == "产业" else end
    suffix = _NAME_SUFFIX.match(text[tail : tail + 10])
    if suffix is None:
        tail = end
        suffix = _NAME_SUFFIX.match(text[end : end + 10]) or _GROUP_NAME.match(text[end : end + 18])
    return tail, suffix


# a zone a facility is built in (南康|工业园区|家具产业园): with the document's place, no name
_ZONE_BEFORE = re.compile(
    r"(?:工业园区|经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|产业园区|园区)$"
)


# (the middle dots mentions read a name set apart by: 中国·临沧)
_NATION_DOT = re.compile(rf"中国[{MIDDLE_DOTS}]$")


def _landform_before(place: str) -> re.Pattern[str]:
    """A landform named by ``place`` (吉隆沟, 南康山) and a facility's manner after it, closing."""
    return re.compile(
        rf"{re.escape(place)}[沟山湖岛峡谷川坝]"
        r"(?:有机|标准化|高标准|规模化|绿色|生态|特色|现代)?$"
    )


def _after_place(text: str, start: int, places: tuple[str, ...]) -> int:
    """Where a facility's name opens: before the document's place name (南康) written right
    before the industry at ``start``, or before the document's own zone it is built in
    (南康工业园区), or ``start``."""
    # (or a landform the place names, the facility's manner after it: 建设吉隆沟|有机|蔬菜基地 —
    # batch 1303)
    landform = next(
        (m for p in places if (m := _landform_before(p).search(text, max(0, start - 12), start))),
        None,
    )
    if landform is not None:
        return landform.start()
    before = next((p for p in places if text.startswith(p, start - len(p))), "")
    start -= len(before)
    if before and _NATION_DOT.search(text, max(0, start - 3), start):
        start -= 3  # (建成中国·临沧|坚果交易中心: the nation set apart opens the name — batch 1272)
    zone = _ZONE_BEFORE.search(text, max(0, start - 12), start)
    if zone is not None:
        at = zone.start()
        place = next((p for p in places if text.startswith(p, at - len(p))), None)
        if place is not None:
            return at - len(place)
    return start


# what opens a clause or a table's cell, before a facility named bare; or a verb serving
# such facilities (选派科技特派员服务花木种植基地)
_BARE_OPENING = "\t\n，。；："
_SERVING = re.compile(r"(?:服务|面向|对接|指导|帮扶)$")
# the kind of work between an industry and a facility of it: 辣椒|加工|园区, 茶叶|精深加工|基地
# (some such work named: 工业设计|中心 is a kind of centre, 工业设计中心达到8家; or breeding
# its seed: 水稻|良种繁育|基地)
_GENERIC_BETWEEN = re.compile(
    r"(?:产业)?(?:精深加工|加工|交易|仓储|种植|养殖|良种|繁育|繁殖|育种|制种|育苗)+"
)


# where a table's cell ends (a tab parts the cells of a row read from a table)
_CELL_END = re.compile(r"\t|\n|$")


def _opens_cell(text: str, start: int) -> bool:
    """Whether ``start`` opens a cell of a table's row (the row's cells parted by tabs)."""
    line = text.rfind("\n", 0, start) + 1
    return (start > 0 and text[start - 1] == "\t") or (start == line and "\t" in text[line:])


def _built_for_it(
    text: str, start: int, tail: int, suffix: re.Match[str], before: int | None = None
) -> bool:
    """Whether a facility after an industry's name is one built for it, not a name: right
    after its making verb (建设预制菜产业园, 培育耐材产业绿色工厂), a project to build it or
    its buildings (…农产品精深加工产业园项目, …智能制造产业园标准化厂房, in a project list),
    or after the industry it
    serves that comes right after the verb (``before``, that industry's start: 建设管道装备
    检测认证中心 builds for 管道装备 and 检测认证 both), pushed along to be built, or ranked
    (省级以上智能制造示范工厂); or a market town of its goods whose trade is measured
    (眼镜城年交易额)."""
    if _RANKED.search(text, max(0, start - 6), start) or (
        before is not None and _RANKED.search(text, max(0, before - 6), before)
    ):
        return True  # (省级|玉雕产品质量检验检测中心 too)
    return suffix.group(1) in _FACILITY and bool(
        _BUILT_FOR.search(text, 0, start)
        # (or opening its clause or cell bare, its kind of work alone between: 辣椒加工园区入园
        # 企业达到60家 — a facility of the industry, no place's name before it)
        or (
            (
                start == 0
                or text[start - 1] in _BARE_OPENING
                or _SERVING.search(text, max(0, start - 2), start) is not None
            )
            and _GENERIC_BETWEEN.fullmatch(
                text, tail if tail > start else start, tail + suffix.start(1)
            )
            is not None
        )
        # a project building it, or the park's buildings (a project list's 江油农产品精深加工
        # 产业园项目, 红塔区智能制造产业园标准化厂房)
        or _PARK_WORKS.match(text, _after_phase(text, tail + suffix.end())) is not None
        # (or a phase of it alone, closing its cell or clause: a project list's 株洲航空动力
        # 产业园二期 — a phase is works being built)
        or _phase_alone(text, tail + suffix.end())
        # (or filling its table's cell, the document's place before it: a project list's
        # 威县新能源汽车零部件产业园, 威县梨果冷链物流中心 — the row is the facility — batch 667)
        or (
            _opens_cell(text, start if before is None else before)
            and _CELL_END.match(text, tail + suffix.end()) is not None
        )
        or (before is not None and _BUILT_FOR.search(text, 0, before))
        # (or a market town of the goods whose trade is measured: 眼镜城年交易额, 辛集国际皮革城
        # 年交易额 — batches 954, 980 — as 不锈钢交易市场年交易额 names its goods)
        or (
            suffix.group(1) == "城" and _TRADE_MEASURED.match(text, tail + suffix.end()) is not None
        )
        or (
            _PUSHED.search(text, max(0, start - 4), start)
            and _BUILT_AFTER.match(text, tail + suffix.end())
        )
    )


def _blocked(
    text: str, excluded: Iterable[tuple[int, int]], products: Iterable[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Spans no industry is named inside: ``excluded`` (notes, project and organisation
    mentions), quotes — but a brand's (“日喀则青稞”区域公用品牌 names its product), a loan
    product's (“牛羊贷”) or a place's product (“五常大米”: ``products``, the spans of the specific
    industries' terms, one closing the quote after a place's name) —, honours' titles and the
    whole of farming (农林牧渔业 holds 渔业). An action named “X+…” (“人工智能+制造”) names X:
    only what it is applied to is blocked."""
    closing = {b: a for a, b in products}
    quotes = [
        _after_plus(m)
        for m in _QUOTE.finditer(text)
        if not (
            _BRAND_AFTER.match(text, m.end())
            or _LOAN_NAME.search(m.group())
            or _place_product(m, closing)
        )
    ]
    return (
        list(excluded)
        + quotes
        + [(m.start(), m.end()) for rx in (_HONOUR, _ALL_FARMING) for m in rx.finditer(text)]
    )


def _place_product(quote: re.Match[str], closing: dict[int, int]) -> bool:
    """Whether quoted words are a place's product, the name its goods are sold under, brand
    or not: a place of two to four characters and a specific industry's term closing the
    quote (打击假冒“五常大米”行为 names rice, as “五常大米”品牌 does) — or its festival or fair
    closing it (“临沧坚果节”, a festival of the nuts, as one unquoted is — batch 1272)."""
    end = quote.end() - 1
    event = _PRODUCT_EVENT.search(quote.string, quote.start(), end)
    start = closing.get(event.start() if event else end)
    return (
        start is not None
        and _PLACE_NAME.fullmatch(quote.string, quote.start() + 1, start) is not None
    )


_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_PRODUCT_EVENT = re.compile(r"(?:文化)?(?:节|博览会|交易会|展销会)$")


def _after_plus(quote: re.Match[str]) -> tuple[int, int]:
    """The span of quoted words blocked: the whole, or after the plus of “人工智能+制造” (a
    field of four characters at most: not a slogan's place, “元宇宙+研学旅游高地”)."""
    plus = _PLUS.search(quote.group())
    return (quote.start() + plus.end(), quote.end()) if plus else quote.span()


_PLUS = re.compile(r"^“[\u4e00-\u9fffA-Za-z]{2,8}[+＋](?=[\u4e00-\u9fff]{0,4}”$)")


# what makes the words in quotes before it a product's brand (or the first of a class of them:
# “宁都脐橙”等电商品牌 — not a labour brand's, “容县家政”等劳务品牌, workers' names)
_BRAND_AFTER = re.compile(
    r"(?:等(?![\u4e00-\u9fff]{0,2}劳务)[\u4e00-\u9fff]{0,4}?)?(?:区域公用|区域|公用|农产品)?"
    # (a collective or certification mark too: “宁津健身器材”集体商标 — batch 945)
    r"(?:品牌|地理标志|(?:集体|证明)?商标)"
)


# a brand in quotes, a place and a kind the taxonomy knows by its head (“墨脱茶”区域公用品牌)
_QUOTED_BRAND = re.compile(r"“([\u4e00-\u9fff]{2,8})”(?=" + _BRAND_AFTER.pattern + ")")


def branded_kinds(
    text: str, lex: Lexicons, taken: Iterable[tuple[int, int]]
) -> list[tuple[int, int, IndustryEntry]]:
    """(start, end, industry) of each brand in quotes that names a kind of a listed industry
    by its head (“墨脱茶”区域公用品牌 → tea, as “日喀则青稞” names its product); a brand holding
    a listed industry's term is named by that term already."""
    taken = list(taken)
    out = []
    for m in _QUOTED_BRAND.finditer(text):
        start, end = m.span(1)
        if any(a < end and start < b for a, b in taken):
            continue
        entry = lex.industry_of_kind(m.group(1))
        if entry is not None:
            out.append((start, end, entry))
    return out


# a loan product named for what it lends to (“牛羊贷”) names it, as a fund does
_LOAN_NAME = re.compile(r"贷”$")


def _developed(text: str, start: int, end: int) -> bool:
    """Whether a broad sector is what a development verb of its clause develops, closing
    the phrase or a table's cell: 做强山水生态旅游。, 大力发展旅游业， (not 推进旅游景区…,
    培育旅游人才), a clause's subject developing (现代服务业提质增效), or what loans go to
    (制造业贷款). A public service (普惠托育服务, 普惠性养老: affordable, the state's) is
    developed as no industry."""
    if _PUBLIC_SERVICE.search(text, max(0, start - 3), start):
        return False
    if (
        _DEVELOPS.search(text, max(0, start - 30), start)
        and _CLOSES.match(text, end)
        # (but not a sector qualifying the class a list closes with: 发展花椒、核桃等农业特色产业)
        and not (text.endswith("等", 0, start) and _CLASS_AFTER.match(text, end))
    ):
        return True
    # (or the subject of its own development, opening its clause: 现代服务业提质增效,
    # 文化旅游加快发展)
    if _DEVELOPED_AFTER.match(text, end) and (start == 0 or text[start - 1] in _OPENS_CLAUSE):
        return True
    return bool(_LENT.match(text, end))


# (or embedded in a community's facilities: 发展社区嵌入式托育 — batch 884)
_PUBLIC_SERVICE = re.compile(r"普惠性?$|嵌入式$")
_CLASS_AFTER = re.compile(r"(?:产业|业)?(?:首位|主导|支柱|特色|优势|富民)产业")
# a broad sector listed before another that writes their 产业 once, what they hold after it
# (加快机械制造、新材料产业项目建设: machinery's projects and new materials')
_SHARING_INDUSTRY = re.compile(
    r"[、和及][\u4e00-\u9fff]{2,6}?(?:产业|行业)(?:项目|园区?|基地|集群|链)"
)
_DEVELOPED_AFTER = re.compile(
    r"(?:业)?(?:提质增效|提质升级|提档升级|转型升级|加快发展|高质量发展|发展壮大|做大做强"
    # (or pushed ahead, as a report reviews it: 全域旅游加快推进 — batch 826)
    r"|加快推进|稳步推进|稳步发展"
    # (or raised in quality, as a report's heading reviews it: 现代服务业提质发展 — batch 882;
    # or thriving: 全域旅游蓬勃发展 — batch 1531)
    r"|提质发展|蓬勃发展|快速发展|健康发展)(?:[，。；\n\t]|$)"
)
_OPENS_CLAUSE = "，。；：\n\t）"


def straddles(text: str, start: int, end: int) -> bool:
    """Whether the characters on both sides of ``text[start:end]`` each make a word with
    the match's own edge character (苹|果品|牌: 苹果 and 品牌) — not a character that makes a
    word with its own other neighbour (参加|水产品: 加 is 参加's, though 加水 is a word too — batch
    1236)."""
    before, after = text[start - 1 : start + 1], text[end - 1 : end + 1]
    if start == 0 or len(after) < 2 or not (_CJK.match(before) and _CJK.match(after[1])):
        return False
    words = two_character_words()
    if before not in words or after not in words:
        return False
    return text[max(0, start - 2) : start] not in words and text[end : end + 2] not in words


def _enumeration_head(text: str, end: int) -> tuple[int, int] | None:
    """When the match ending at ``end`` is an item of ``A、B等<head>产业/行业``, where the
    head lies (from after 等 to the end of 产业/行业)."""
    if text[end : end + 1] not in ("、", "等", "和", "及"):
        return None
    m = _ENUM_HEAD.match(text, end)
    if m is None:
        return None
    return m.start(1), m.end()


# an item (its word may run on past the match: 牦牛|肉) of a list closed by 等 and what follows
_LIST_TO_DENG = re.compile(r"[\u4e00-\u9fff]{0,2}?[、和及][^，。；：\n]{0,20}?等")


# a class of goods named before the listed head, which then heads only part of the list:
# 生猪、家禽、鱼虾等畜禽|水产品 — the pigs and poultry are no fisheries (batch 1267)
_ANOTHER_CLASS = re.compile(r"[畜禽果蔬粮肉蛋奶茶]")


def _listed_head(
    text: str, end: int, accepted: list[tuple[int, int, IndustryEntry]]
) -> tuple[int, int] | None:
    """Where the head lies when the match ending at ``end`` is an item of a list closed by
    等 and a listed specific industry without 产业 (``牦牛肉、青稞等农产品加工车间``)."""
    m = _LIST_TO_DENG.match(text, end)
    if m is None:
        return None
    head = next(
        (
            b
            for a, b, e in accepted
            if m.end() <= a <= m.end() + 2
            and e.tier != "generic"
            and not _ANOTHER_CLASS.search(text, m.end(), a)
        ),
        None,
    )
    return (m.end() - 1, head) if head is not None else None


def _item_of_named_industry(
    text: str, match: tuple[int, int, IndustryEntry], accepted: list[tuple[int, int, IndustryEntry]]
) -> bool:
    """Whether a match is an item of an enumeration whose head is itself a specific industry:
    in ``减污降碳、节能环保、资源循环利用等生态环保产业`` the measure addresses 生态环保 and the
    items are its parts, while in ``文化旅游、现代花卉等特色优势产业`` the items are the
    industries."""
    head = _enumeration_head(text, match[1]) or _listed_head(text, match[1], accepted)
    if head is None:
        return False
    lo, hi = head
    if text.startswith("品牌", hi):
        return False  # (the brands of a trade, 黄花菜、山药等电商品牌: the goods' own)
    return any(lo < a and b <= hi and e.tier != "generic" for a, b, e in accepted)
