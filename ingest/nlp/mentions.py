"""Places, organisations, projects, events and programmes named in a text (pure).

* programmes: short names in quotes, “链长制”, “百企转型” (not a plan's period, “十四五”);
* enumerations ``A、B、C等<head>``: the head names the kind (项目 → project,
  企业/公司 → enterprise, 机构/银行/集团 → organisation, 活动/节会 → event,
  园区/片区/景区/景点 → place), the items are the names (leading verbs trimmed);
* places by suffix: ``邵庄镇``, ``王府街道``, ``…产业园``, ``…开发区``, scenic areas, towns of a
  trade (``螺蛳粉小镇``), trading markets, airports, fishing ports, heritage sites; a village
  after its town (``穰东镇张楼村``); a place's phase names the place (``中国辣椒城二期``);
* enterprises by their legal form (``…股份有限公司``, ``…有限责任公司``), universities and
  their institutes (``浙江大学``, ``温州大学苍南研究院``), hospitals, schools, cooperatives and
  family farms, museums — each kind read by its tail (``_NAMED_BY_TAIL``, a reader a kind);
* projects: power stations and wind farms, named works (``黔西至金沙高速公路``), the lines of a
  list under a 重点项目 heading;
* events by suffix with their edition and host (``第五届中国（苍南）印刷包装博览会``);
* projects named by their capacity (``年产5万吨包装纸项目``);
* well-known enterprises, banks and insurers by the names they go by
  (``lexicons/organisations.jsonl``: 中国电信, 国家电网, 中国农业发展银行), one node each
  whatever name is written — or a branch of one named after it (``中国移动龙口分公司``), as
  written.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from ingest.nlp.lexicons import OrganisationEntry, load_lexicons, longest_first_pattern
from ingest.periods import FIVE_YEAR_PLAN

KINDS = {
    "项目": "Project",
    "工程": "Project",
    "企业": "Organization",
    "公司": "Organization",
    "机构": "Organization",
    "金融机构": "Organization",
    "银行": "Organization",
    "集团": "Organization",
    "高校": "Organization",
    "院所": "Organization",
    # (firms named short before the leading firms of their trade: 支持安踏、特步、361度等鞋服龙头
    # 企业 — the twenty-ninth draw)
    "龙头企业": "Organization",
    "骨干企业": "Organization",
    # (carriers named by their brands: 整合中通、圆通、韵达等快递品牌 — batch 1320)
    "快递品牌": "Organization",
    "活动": "Event",
    "节会": "Event",
    # (races listed: 举办国际户外运动公开赛、山地马拉松等赛事 — the twenty-ninth draw; a race of a
    # kind, 山地马拉松, still none unless named)
    "赛事": "Event",
    "展会": "Event",
    "园区": "Place",
    "片区": "Place",
    # scenic areas and spots (推进告庄西双景、曼听公园等景区提质升级)
    "景区": "Place",
    "景点": "Place",
    # towns named short (在梅川、西寨、清水等乡镇 — the fifteenth draw)
    "乡镇": "Place",
    # (or places toured: 依托明月村等乡村旅游点 — the eighteenth draw)
    "旅游点": "Place",
    # clusters and blocks of a trade (解放西路、化龙池等夜经济集聚区 — the fourteenth draw)
    "集聚区": "Place",
    # (villages listed before their count: 完成马岭村、利民村等5个村庄…整治 — batch 1287)
    "村庄": "Place",
    "街区": "Place",
    # malls and shopping districts (升级改造星光联盟、华艺广场等灯饰卖场 — the eleventh draw)
    "卖场": "Place",
    "商场": "Place",
    "商圈": "Place",
    # (residential compounds listed before their count or kind: 完成临山小区、矿建小区等老旧小区改造
    # — batch 1572)
    "小区": "Place",
}
_HEAD = "|".join(sorted(KINDS, key=len, reverse=True))
# a list's places that are no places mentioned: rivers and lakes (水春河, by the corpus's
# convention), or venues, organisations by their own names (郫县豆瓣博物馆等工业旅游点)
_NOT_LISTED_PLACE = ("河", "江", "湖", "溪", "博物馆", "纪念馆", "美术馆", "科技馆")
# (a grade or a count between, 等A级景区, 等4A级以上景区, 等3家企业; not the 等 of a word, 创建
# 高等级景区, 同等; or a kind of four characters, 等革命旧址景区 — the sixteenth draw)
_ENUM_HEAD = re.compile(
    rf"(?<![高中初同平对均相超])等(?!级)"
    rf"(?:[A-Z\d]{{0,3}}(?:[\u4e00-\u9fff]{{0,3}}?|[\u4e00-\u9fff]{{4}}(?=景区|景点)))({_HEAD})"
)
# what the things listed make or are, between 等 and the kind: the items are kinds of products
# or work (苹果醋、苹果脆片等加工企业, 正负极材料、隔膜等配套项目, 红丝砚、奇石等非遗项目), or
# the fields they work in (智能假肢、康复机器人等领域企业 — batch 881)
# (or parts: 车架、车圈、轮胎等零部件企业 — the twenty-fourth draw)
_KIND_OF = re.compile(
    r"加工|配套|非遗|生产|制造|种植|养殖|领域|行业|上下游|下游|上游|零部件|零配件|配件"
    # (or kinds of business: 露营、研学、演艺等新业态项目 — the twenty-ninth draw)
    r"|业态"
)
# … or kinds of institution (党政机关、学校等公共机构)
_INSTITUTION_KIND = re.compile(
    r"(?:党政|国家)?机关|(?:中小)?学校|医院|企事业单位|事业单位|社会团体|社会组织|高校|科研院所|商场|宾馆|酒店"
    r"|(?:大中型)?商超|(?:农贸)?市场|车站|机场|景区"
)
# … or materials, each item (球形石墨、高纯石墨、锂电池负极材料等项目: kinds of project by what
# they make; a firm's project named by its product is one, 尧王生物医药、润龙风电等项目)
_MATERIAL_ITEM = re.compile(r"(?:石墨|材料|纤维|芳纶|粉体|合金|薄膜|电池|芯片|硅片|晶圆)$")
# … or the services or work they do, an item's last word (算力服务、数据标注等企业, 工业设计、检验检测等
# 服务机构)
# (or a craft handed down: 牛肉传统加工技艺 — the eighteenth draw)
_WORK_DONE = re.compile(r"(?:服务|标注|训练|设计|检测|认证|咨询|运营|维修|外包|研发|技艺)$")
# … or kinds of goods, by the word opening them (康复辅具、智能穿戴等企业 — the thirteenth draw)
_GOODS_KIND = re.compile(
    r"智能|康复|新能源|高端|绿色|数字|生物|医疗|新型|先进|节能|环保|现代|特色|传统|精密|新材料"
)
# items hold no whitespace: a table row's tab or a space is no part of a name
# (an item may close with its region in brackets: 招商局重工（江苏） — batch 1273; its group in
# brackets inside a firm's name: 安徽鸿润（集团）股份有限公司 — batch 1567)
_ITEM_CHAR = r"[^，。；：、（）“”\s]"
# … but a space between Latin words of a name (福田COCO Park — batch 1565), where the list holds
# one (a pattern of its own: letting a space in made every list's search 5% slower)
_SPACED_ITEM_CHAR = rf"(?:{_ITEM_CHAR}|(?<=[A-Za-z]) (?=[A-Za-z]))"


def _enum_items(char: str) -> re.Pattern[str]:
    """Items of ``char``s parted by 、 closing the text searched, each with its brackets."""
    item = rf"{char}{{2,24}}(?:（[\u4e00-\u9fff]{{2,4}}）{char}{{0,12}})?"
    return re.compile(rf"({item}(?:、{item})*)$")


_ENUM_ITEMS = _enum_items(_ITEM_CHAR)
_SPACED_ENUM_ITEMS = _enum_items(_SPACED_ITEM_CHAR)
_LATIN_SPACE = re.compile(r"[A-Za-z] [A-Za-z]")


def _items_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """The list of items closing ``text[start:end]`` (see ``_ENUM_ITEMS``)."""
    spaced = _LATIN_SPACE.search(text, start, end) is not None
    return (_SPACED_ENUM_ITEMS if spaced else _ENUM_ITEMS).search(text, start, end)


_LEAD_VERB = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?:抓好|推进|推动|加快|加强与|与|以|举办|建设|培育|支持|引进|发展以|聚焦|"
    r"实施|打造|提高|开展|办好|完善提升|完善|提升|借助|依托|围绕|利用|建成|落实|入驻|在|组织|参加|参与|"
    r"完成|共建|擦亮|打响|叫响|创建|引导|会议同意|同意|保障|面向"
    # (what a meeting did, or whom it gave the work: 会议研究了…园区, 关于…园区, 同意由…园区)
    r"|研究了|研究|关于|同意由|由"
    # (whom a place receives: 接待螺蛳粉小镇游客 — the fourth draw's; a route opened from a place:
    # 开通赣州黄金机场国际货运航线 — batch 1259)
    r"|接待|开通|用于|壮大|做强|做大|做优|入选|获评|获批"
    # (a festival made popular: 做热油菜花旅游节 — the thirty-eighth draw)
    r"|做热|做旺|做靓|做响|做亮"
    # (a part of what was said before: 其中|村级工业园 — the forty-third draw)
    r"|其中"
    # (a market set in order: 规范|皂角精交易市场 — the thirty-ninth draw)
    r"|规范"
    # (firms brought together: 整合|中通、圆通、韵达等快递品牌 — batch 1320)
    r"|整合"
    # (those a service is for, opening the name: 为|重庆钢铁集团…有限公司等50户重点企业 — batch
    # 1327; not inside a name, 华为; or what work is done on: 对|永汉镇油田村 — batch 1329)
    # (or whom a county seeks out as investors: 重点对接|特变电工股份有限公司 — batch 1416)
    r"|对接|拜访|走访|洽谈"
    # (or an old building repaired: 修缮|古县衙 — batch 1417; or a place a firm develops:
    # …有限公司开发|江心屿景区 — batch 1513)
    r"|修缮|开发(?!区)"
    r"|(?<![\u4e00-\u9fff])(?:为|对(?!外))|引入"
    # (what is put into a plan: 将预制菜产业园用地纳入… — batch 1267; not 将乐县, 将军山)
    r"|将(?![乐军])|把|融入"
    # (what is put to work: 发挥中德产业合作示范区平台作用 — the twenty-first draw)
    r"|发挥"
    # (what is rebuilt: 升级改造星光联盟、华艺广场等卖场 — the eleventh draw; or upgraded, or
    # where something is achieved: 升级国际服装城, 实现重点商圈外卡受理全覆盖 — the twenty-third)
    r"|改造|升级|实现"
    # (what a road joins: 连通借母溪、二酉苗寨等景区 — the twenty-eighth draw)
    r"|连通|串联"
    # (whom an honour is given: 授予河南卫华重型机械股份有限公司… — the twenty-sixth draw)
    r"|授予|表彰)"
)
# a kind of event, not one named: 展销会, 各类推介会, 博览会 (文博会, 茶博会 are named)
_GENERIC_EVENT = re.compile(
    # (or a contest of design or skills alone: 办好设计大赛 — the twentieth draw)
    r"(?:各类|各种|大型|专业|国内外|国际|线上|线下|产业|行业|专题|主题|高端|设计|技能|职业技能|创新创业|美食)*"
    r"(?:展销会|推介会|博览会|交易会|展览会|洽谈会|招商会|订货会|发布会|论坛|峰会|大赛|展会|节会"
    r"|宣传周|活动周|宣传月|(?:直播)?电商节|那达慕)"
)
_DIFFICULTY = re.compile(r"[\u4e00-\u9fff]{1,4}难")
_RATING = re.compile(
    # (or a level of risk: 保持在“较低”等级 — the thirty-fourth draw)
    r"较?好|良好|优良|优秀|较?差|一般|中等|合格|不合格|达标|轻度|中度|重度|较?低|较?高"
)
# (高会 closing a fair's short name, 农高会, not a word's end: 提高会员, 提高会议效率)
_RAISED = re.compile(r"[提增升最更]高")
_WORD_AFTER_HUI = tuple("议员计商同展谈场所")
# (or a cluster of homestays, a quarter, a town or an area of a kind: “新光廿玖间里”文创民宿集群 —
# batch 1287)
_AREA_AFTER_QUOTE = re.compile(
    r"(?:景区|旅游区|度假区|风景区|公园|[\u4e00-\u9fff]{0,2}民宿(?:集群|群|集聚区)|街区|小镇|片区)"
)
_DAY_NAMED = re.compile(r"\d{1,2}\s*[·.．•]\s*\d{1,2}")
# a holiday quoted, its days after it (“五一”假期, “两节”期间), no programme — the forty-fourth
# draw (not a work named by one: 实施“十一”工程)
_HOLIDAY = re.compile(
    r"(?:五一|十一|八一|国庆|春节|元旦|清明|端午|中秋|元宵|双节|两节)(?:劳动|建军)?节?"
)
# (or the visits paid at it: 组织“八一”慰问活动 — batch 1337)
_HOLIDAY_DAYS = re.compile(r"\s*”\s*(?:假期|期间|黄金周|小长假|长假|前后|假日|前夕|慰问|走访)")
_PROGRAM = re.compile(r"“\s*([^“”\n]{2,14}?)\s*”")  # spaces inside the quotes are no part
_TOWN_SUFFIXES = ("镇", "街道")
_ZONE_SUFFIXES = (
    # (a zone's chemical park named whole, after the zone: 推进任丘经济开发区化工园区扩区提质 — the
    # forty-second draw, the corpus's 泰兴 too; a chemical park alone a kind, 整治化工园区)
    "区化工园区",
    "产业园区",
    "工业园区",
    "物流园区",
    "产业园",
    "工业园",
    "物流园",
    "科技园",
    "开发区",
    "高新区",
    "保税区",
    "新区",
    # (a new town or an ancient road named: 嘉定新城 — the thirty-third draw and the corpus's
    # 嘉定, a miss; 茶马古道, as the corpus's 门头沟 names 京西古道)
    # (not the new town's own bodies or purse: 白沟新城财政局, 白沟新城财政安排…)
    "新城(?!财政|管|党|[\u4e00-\u9fff]{0,6}局)",
    # (a mining area, a business district named: 云山石墨矿区, 运河商务区 — the thirty-fifth draw)
    "矿区",
    "商务区",
    "古道",
    # (a port district's operating area named whole: 抚远港区莽吉塔作业区 — batch 1300; before
    # the district, which would end the name first)
    "港区[\u4e00-\u9fff]{2,5}?作业区",
    "港区",
    # (an ancient town or city, a scenic place named whole: 周庄古镇, 神垕古镇, 阆中古城 — not 庄古镇)
    "古镇",
    "古城",
    # (a pedestrian or food street, a historic quarter: 湖滨步行街, 南滨路火锅美食街, 北院门历史
    # 文化街区 — batch 1220)
    "步行街",
    "美食街",
    # (a street or a city of a trade named: 瑞丽珠宝街, 姐告玉城 — batch 1295)
    "珠宝街",
    "玉器街",
    "古玩街",
    "玉城",
    "历史文化街区",
    # (or a historic quarter named short: 陶阳里历史街区 — the seventeenth draw; or a culture
    # quarter named by its craft: 湖笔文化街区 — the nineteenth)
    "历史街区",
    "文化街区",
    # (a creative quarter, a village of a craft or of artists named: 陶溪川文创街区, 三宝国际陶艺村 —
    # batch 1293; 端砚文化村 — the corpus's 肇庆; not the villages of a kind, 传统文化村落)
    "文创街区",
    # (or a red historic quarter named: 茨坪红色街区 — batch 1426)
    "红色街区",
    "文化村(?!落)",
    "陶艺村",
    "艺术村(?!落)",
    # (a film city, a pilot area named: 横店影视城, 横店影视产业实验区 — the twentieth draw)
    "影视城",
    "实验区",
    # (a scenic area, a resort, a park named: 大九湖景区, 氡泉旅游度假区, 天龙顶国家山地公园 —
    # session 75, the mentions gold)
    "风景名胜区",
    "景区",
    # (an industrial district, a culture park, a tourist area, an expo or design city named:
    # 旺高工业区, 中国宣纸文化园, 青稞酒文化旅游区, 中国古典工艺博览城 — session 75, the held-out draw)
    "工业区",
    "文化园",
    "旅游区",
    "博览城",
    "设计城",
    # (or an expo park: 鄢陵国家花木博览园 — batch 1321)
    "博览园",
    # (a demonstration zone of two cities made one: 杭绍临空经济一体化发展示范区 — batch 1325)
    "一体化发展示范区",
    # (an arts and crafts city: 仙游工艺美术城 — the twenty-sixth draw)
    "工艺美术城",
    # (a software park, a business district named: 海南生态软件园, 老外滩商圈 — the twenty-third
    # draw; a park of a circular economy, 盐湖化工循环经济园 — the corpus's 格尔木)
    "循环经济园",
    # (a market of a trade named so: 花木大世界 — the corpus's 如皋)
    "大世界",
    # (a park of small firms named: 瓯北泵阀小微企业园 — the twenty-ninth draw)
    "小微企业园",
    "软件园",
    "商圈",
    # (an expo's garden, where a flower or garden expo is held: 漳州市花博园, 园博园 — the
    # twenty-second draw)
    "花博园",
    "园博园",
    "世博园",
    "度假区",
    "国家公园",
    "山地公园",
    "湿地公园",
    "森林公园",
    "地质公园",
    # (a nature reserve, an ancient stockaded village named: 茂兰国家级自然保护区, 瑶山古寨 —
    # batch 1247)
    "自然保护区",
    "古寨",
    # (or a Miao stockade named: 德夯苗寨, 西江千户苗寨 — batch 1335; a Dong one: 肇兴侗寨 — batch
    # 1383)
    "苗寨",
    "侗寨",
    # (a town of a trade or a theme and an eco-park named: 东风韵小镇, 鲁朗国际旅游小镇, 湖泉生态园 —
    # the fifth draw of the mentions gold)
    "小镇",
    "生态园",
    # (a culture or theme park named: 巷头村荔枝文化公园 — batch 1505; a water park: 日照奥林匹克
    # 水上公园 — batch 1538)
    "文化公园",
    "主题公园",
    "水上公园",
    # (a trading market named by its goods or place: 南华野生菌交易市场, 花木交易市场)
    "交易市场",
    # (or a specialties' market named by its goods: 推进浙八味特产市场改造提升 — the forty-sixth draw)
    "特产市场",
    # (or a great market named by its goods: 三樱椒大市场 — the thirty-seventh draw; not the
    # market of an economy's terms, 壮大市场主体, 全国统一大市场)
    # (no lookbehind before it: one made the zones' hint 20% slower; 壮大市场 is refused as a kind)
    "大市场(?!主体|监管|化|准入|份额|占有|体系|需求|开拓|采购|竞争|空间|前景)",
    # (a market for the neighbourhood named, 八大局便民市场; a barbecue or food city, 海月龙宫烧烤城
    # — batch 1514)
    "便民市场",
    "烧烤城",
    "美食城",
    # (a herb capital named, a market of medicinal herbs: 安国数字中药都 — batch 1517)
    "药都",
    # (a high-tech demonstration park named: 寿光蔬菜高科技示范园 — batch 1533)
    "高科技示范园",
    # (an industrial cluster zone named: 古巷卫浴产业集聚区 — the sixth draw)
    "产业集聚区",
    "应用集聚区",
    # (or a cluster of homestays or of finance named by its place: 莫干山民宿集聚区, 鱼嘴金融集聚区
    # — batch 1571, 1573)
    "民宿集聚区",
    "金融集聚区",
    # (an airport named: 赣州黄金机场, 北京大兴国际机场 — batch 1259)
    "机场",
    # (a fishing port, an industrial district named: 三沙渔港, 子牙循环经济产业区 — the seventh draw)
    "渔港",
    "产业区",
    # (a pilot zone named: 乐城先行区, 博鳌乐城国际医疗旅游先行区 — the eighth draw)
    "先行区",
    # (a processing park named by its goods, a heritage site named: 辣椒加工园区, 万山汞矿遗址 —
    # misses of the draws; a science city: 重庆白涛新材料科技城 — the ninth draw)
    "加工园区",
    # (a park of a trade named, 君乐宝威县奶业园区 — batch 1453; not 产业, 农业 or 工业's, kinds)
    "(?<=[^产农企工行商林渔牧事专就创物服建矿各])业园区",
    "遗址",
    # (or an old county office: 浮梁古县衙 — batch 1417)
    "县衙",
    # (or a revolutionary site: 会宁红军会师旧址 — the thirty-first draw)
    "旧址",
    "科技城",
    # (or a new town of smart industries: 桃浦智创城 — batch 1338)
    "智创城",
    "科学城",
    # (a big-data centre, a space city named: 寒地大数据中心, 国际航天城 — the fourteenth draw;
    # a computing centre: 未来科技城智算中心 — the sixteenth)
    "大数据中心",
    "智算中心",
    "航天城",
    # (a science and innovation corridor named: 光谷科创大走廊 — batch 1266)
    "科创大走廊",
    "科创走廊",
    # (a development zone named short, a border cooperation zone or centre named: 吉林经开区,
    # 东兴边境经济合作区, 中哈霍尔果斯国际边境合作中心 — the eleventh draw)
    "经开区",
    "合作区",
    "边境合作中心",
    # (an industry's demonstration park named: 百色新山铝产业示范园 — batch 1274; the corpus's
    # 标准化示范园 are kinds)
    "产业示范园",
    # (an industrial cooperation zone of two nations named: 中德（太仓）产业合作示范区 — the
    # twenty-first draw; 示范区 alone names far more designations than zones)
    "产业合作示范区",
    # (or an airport economy's demonstration zone named: 胶州湾临空经济示范区 — batch 1297; not
    # 临空经济区 after an airport, which names the airport — batch 1259)
    "临空经济示范区",
    # (or a zone where trades are merged, named by its place: 瓦屋山茶旅融合示范区 — batch 1410)
    "融合示范区",
)
# festivals, fairs and races one only when named as international or by the document's own
# place (斗南国际花卉节, 环平潭国际自行车赛, 莱阳梨花节 — session 75); of a kind otherwise (举办龙舟赛)
# (and a harvest's opening festival: 婺源绿茶开园节 — batch 1252)
_NAMED_ONLY = (
    "花卉节",
    "花节",
    "灯会",
    "自行车赛",
    "帆船赛",
    "龙舟赛",
    "马拉松",
    "越野赛",
    "开园节",
    "开茶节",
    "开采节",
    "采茶节",
    "丰收节",
    # (a picking or a shopping festival: 采摘节, 免税购物节 — the fifth and sixth draws)
    "采摘节",
    "购物节",
    # (a fashion week, named as international or by its place: 鄂尔多斯国际羊绒时装周 — the
    # twenty-first draw)
    "时装周",
    # (or a design week: 2026南海家居设计周 — batch 1482)
    "设计周",
    # (a people's festival held by a place: 2026弥勒可邑小镇火把节 — batch 1503)
    "火把节",
    "泼水节",
    "芦笙节",
    "姊妹节",
)
_EVENT_SUFFIXES = (
    "博会",
    # (a trade fair named short: 药交会, 广交会 — the eighth draw; 投洽会, and 杨凌's 农高会 — the
    # twenty-second draw)
    "交会",
    "洽会",
    # (a product's festival of online sales: 荔枝直播电商节 — the twenty-sixth draw)
    "电商节",
    "高会",
    "博览会",
    # (an exhibition named: 中国（宜兴）国际环保展览会 — the thirtieth draw; not a kind, 国内外展览会)
    "展览会",
    "交易会",
    "艺术节",
    "文化节",
    "旅游节",
    "诗人节",
    "花朝节",
    # (a food or shopping festival named by its place or dish: 重庆火锅美食节 — batch 1220)
    "美食节",
    "消费节",
    "音乐节",
    "大赛",
    # (a championship named: 全国海钓锦标赛 — the fourteenth draw)
    "锦标赛",
    "论坛",
    "峰会",
    # (the Mongolian games a banner holds: 第十二届扎鲁特山地草原那达慕 — batch 1575; not the
    # start of a festival's name, 巴音布鲁克那达慕文化旅游节)
    "那达慕(?!文化|旅游|大会|节)",
    *_NAMED_ONLY,
)
_PEOPLES = "满|回|蒙古|土家|苗|彝|壮|瑶|侗|藏|朝鲜|锡伯|畲|白|傣|哈尼|黎|布依|仡佬|撒拉|纳西|羌|达斡尔|鄂伦春|鄂温克"
# Town and street names are two characters (邵庄镇, 王府街道), or three for a town or street
# that starts a clause or a list item (云门山街道, 、石埠子镇) or follows its county's name
# (淳安县千岛湖镇); 镇街 is "towns and streets", 镇域/镇区/镇级 are not names.
_PLACE = re.compile(
    # (a minority people's town, its name two characters before the people's: 牛家满族镇 — batch
    # 1270: read as 满族镇)
    rf"([\u4e00-\u9fff]{{2}}(?:{_PEOPLES})族镇(?![域区级街村])"
    # (or after 在, where the work is done: 在铁角嘴镇开展 — batch 1363: read as 角嘴镇)
    r"|(?:(?<![\u4e00-\u9fff])|(?<=[县市在]))[\u4e00-\u9fff]{3}(?:街道|镇(?![域区级街村]))"
    rf"|[\u4e00-\u9fff]{{2}}(?:{'|'.join(_TOWN_SUFFIXES)})(?![域区级街村]))"
)
# zones are read first, so a town's pattern matching inside a zone's name takes none of it
# (完成镇远古城旅游度假区: 完成镇 was a town rejected, and the zone named 远古城… — the fourth
# draw of the mentions gold)
_ZONE = re.compile(rf"[\u4e00-\u9fff]{{1,12}}(?:{'|'.join(_ZONE_SUFFIXES)})")
# (相关镇, 有关镇: some towns; 苏木镇: Inner Mongolia's sumu and towns as a class)
# (城乡, 城市, 城区 and 城镇 open no name — 城关镇, 城固 do)
_NOT_PLACE = re.compile(
    r"^(?:小城|城[乡市区镇]|乡|集镇|集中|各|强|重点|重要|重镇|特色小|扩权强|全|本|该|每|所在|相关|有关|苏木镇$"
    # (a verb before 街道, no name: 纳入街道年度绩效考核 — the twenty-fourth draw)
    r"|(?:纳入|进入|深入|走进|走入|下沉|覆盖|延伸|辐射)(?:街道|镇)$"
    # (a kind of town: 石榴主产镇, 示范镇, 中心镇)
    r"|(?:主产|示范|专业|中心|建制|边境|沿海|山区)镇$"
    # (a verb before the town's own body, no name: 成立镇茶产业发展工作领导小组, 组建镇…专班)
    r"|(?:成立|建立|组建|设立|召开|制定|指导|督促|带领|确保|强化|按照|结合|通过|落实|健全|完善|深化"
    r"|鼓励|引导|压实|明确|由)镇$"
    # (a street or a town a verb builds, no name: 新建街道综合养老服务中心; the party before a
    # county's name: 中共镇原县… — the eighth draw)
    r"|(?:新建|改建|扩建|改造|提升|打造|建设)(?:镇|街道)$|中共)"
)
# a town of a trade named by it (泵业智造小镇, 袜业小镇 — the eleventh draw), whose 业 opens no
# industry's kind (产业小镇, 农业小镇)
_TRADE_TOWN = re.compile(r"[^产农企工行商林渔牧事专就创物服建矿各]业[\u4e00-\u9fff]{0,4}小镇")
# 城镇, 乡镇, 村镇, 小镇 … are common nouns (实现城镇新增就业, 赋予乡镇, 特色小镇), 各镇 is
# "every town".
# a kind of zone, not one: 物流园, 快递物流园, 市属开发区, 县级快递物流园区
_GENERIC_ZONE = re.compile(
    r"(?:[省市县区]属|国家级|省级|市级|县级|镇级|村级|各类|特色|千年|百年)?(?:快递|冷链|口岸|仓储|生态|物流|工业|产业|科技|大学|农业)*"
    r"(?:物流园区?|工业园区?|产业园区?|化工园区|科技园|(?:经济|经济技术)?开发区|高?新区|港区|(?:综合)?保税区|古镇|古城"
    r"|(?:产业|科技|生态|智慧|现代|国际|临空|临港|未来)?新城|古道"
    r"|(?:重点|大型|废弃|关闭|历史遗留|采煤|各)?矿区|(?:中央|各)?商务区"
    r"|(?:特色|商业)?(?:步行街|美食街|历史文化街区|历史街区|(?:特色|民俗|非遗)?文[化创]街区|红色街区)"
    r"|(?:特色|民俗|非遗|传统|历史|少数民族)?(?:文化|陶艺|艺术)村"
    # (a scenic area, a resort or a park of a kind: 旅游景区, 口袋公园, 国家森林公园)
    r"|(?:高等级|精品|重点|核心|周边|热门|主要|古城|古镇|互认|梯田|茶园|花海|温泉|滑雪|冰雪|康养|滨海"
    r"|红色|乡村|工业|研学|文化|竹林|竹海|森林|湖泊)?(?:旅游)?(?:景区|度假区)|风景名胜区"
    r"|(?:国家|城市|口袋|社区|郊野)?(?:山地|湿地|森林|地质|文化|主题|水上)?公园"
    r"|工业区|文化园|(?:文化|生态|乡村|红色)?(?:文化)?旅游区|博览城|设计城"
    r"|(?:国家级|省级|市级|县级)?自然保护区|(?:保护)?(?:传统)?古寨|(?:保护)?(?:特色|传统|民族)?[苗侗]寨"
    # (a kind of town or eco-park: 特色小镇, 康养小镇, 农业生态园)
    r"|(?:省级|市级|特色|康养|温泉|旅游|文旅|农旅|运动|休闲|风情|美丽|田园|文化|产业|农业|体育|乡村|森林)*小镇"
    r"|(?:农业|休闲|观光|现代)*生态园|(?:小微)?企业园|临空经济(?:示范)?区"
    # (a distribution or trading centre of a kind: 农产品集散中心二期)
    r"|(?:农产品|农副产品|物流|冷链|商贸|区域性)?(?:集散|交易)中心"
    # (a kind of market, or one set in order: 农产品交易市场, 规范交易市场)
    r"|(?:规范|农产品|综合|专业|大型|区域性|仓储|原材料|各类)?交易市场"
    r"|(?:[\u4e00-\u9fff]*(?:开拓|拓展|抢占|占领|进入|对接|面向))?(?:农村|土|名优|地方|各类|农副)?特产市场"
    r"|[\u4e00-\u9fff]*(?:开拓|拓展|融入|面向|抢占|占领|进入|对接|国内|国际|全国|统一|全球|城乡|区域|形成|构建"
    r"|一个|成为|个|壮|做|扩)大市场"
    r"|大市场"
    # (a county's and its towns' markets of rural property rights: 县镇农村产权流转交易市场)
    r"|[省市县区镇乡村]*(?:农村)?(?:集体)?产权(?:流转)?交易市场"
    r"|[省市县区]?(?:产业|应用)集聚区|科创大?走廊"
    # (a kind of homestay or finance cluster: 精品民宿集聚区, 金融集聚区)
    r"|(?:[省市县区]级|特色|精品|乡村|高端|现代)*(?:民宿|金融)集聚区"
    r"|(?:社区|城市|农村|乡镇|各类|标准化|城区)?便民市场|(?:特色)?(?:烧烤|美食)城|(?:中国|中华|数字)*中?药都|(?:农业)?高科技示范园"
    r"|经开区|(?:边境)?(?:经济)?合作区|(?:国际)?边境合作中心"
    r"|(?:城市|政务|县级|市级|省级|区域)?大数据中心|航天城"
    r"|(?:城市|政务|县级|市级|省级|区域|国家级|公共|大型|超大型|边缘|绿色)?智算中心"
    r"|(?:通用|支线|民用|运输|新|国际|干线)?机场"
    # (a kind of business district or software park: 核心商圈, 城市商圈, 一刻钟便民商圈)
    r"|(?:核心|城市|重点|智慧|特色|区域|中心|区域性|便民|社区|夜间|一刻钟|15分钟|新兴|传统|高品质)*商圈"
    r"|(?:省级|市级|国家级|特色|中国)?软件园|(?:省级|市级|县级|国家级)?(?:循环经济|生态)园|工艺美术城"
    r"|(?:中心|一级|二级|三级|国家级|省级|沿海|避风|各)?渔港|[省市县区]?(?:循环经济|特色)?产业区"
    # (or a designation a place is chosen for: 入选国家农业绿色发展先行区, 省…高质量发展先行区)
    r"|(?:示范|改革|创新)?先行区|(?:国家|省|市|全国)[\u4e00-\u9fff]{0,14}先行区"
    r"|(?:农产品|食品|农副产品|精深)?加工园区|(?:革命|红色|历史|文物|考古|工业|工矿|古文化|文化|古)?[遗旧]址"
    r"|古?县衙"
    r"|(?:国家|省级)?(?:科技|科学)城|影视城|(?:国家级|省级|国家|省|市级)?(?:改革|创新|综合|产业|试点)?实验区"
    # (or a designation a place is chosen for: 创建省首批乡村教育振兴实验区, as 先行区)
    r"|(?:国家|省|市|全国)[\u4e00-\u9fff]{0,14}实验区"
    # (a zone of trades merged of a kind: 农文旅融合示范区, 一批产城融合示范区)
    r"|(?:一批|[省市县]级|国家级|各类)?(?:农|文|茶|旅|产|城|体|商|康|乡)*融合示范区)"
)
# a word a town's name follows (在清水河镇), and a list of towns going on after it (、芦草沟镇)
_PLACED_AFTER = "在于到"


def _town_opened_after_zai(text: str, start: int) -> int | None:
    """Where a town's name whose pattern read only its last two characters and 镇 opens: one
    or two characters before ``start``, right after 在 (于, 到), no word of function among them."""
    for extra in (1, 2):
        at = start - extra
        if (
            at > 0
            and text[at - 1] in _PLACED_AFTER
            and all("\u4e00" <= c <= "\u9fff" and c not in _FUNCTION_CHARS for c in text[at:start])
        ):
            return at
    return None


_LIST_GOES_ON = re.compile(r"[、和及与][\u4e00-\u9fff]{2,4}镇")
# (a word before 乡镇 that is no part of a name: 向乡镇下放, 在乡镇)
_FUNCTION_CHARS = frozenset("向在到对从由为给按把与和及各全本该每")
# (圩镇 too, a market town: 推进美丽圩镇建设, 完成圩镇主干道整治)
_COMMON_TOWN = re.compile(r"[城乡县村集市各每全本该小圩]镇$")
# … but a town named X集镇 is one (曹县's 大集镇, 赵集镇 — the fourteenth draw), not a kind of
# market town (中心集镇, 重点集镇) nor one enlarged (壮大|集镇)
_NAMED_MARKET_TOWN = re.compile(r"[^城乡县村集市各每全本该小圩心点型级化]集镇")
_ENLARGING = re.compile(r"(?:壮|扩|做|放|强)$")
_EVENT = re.compile(rf"[\u4e00-\u9fff]{{1,8}}(?:{'|'.join(_EVENT_SUFFIXES)})")
# a count after an event: a kind of them held so many times (露营音乐节3场, 论坛2期, 推介会三场),
# no one named — but one held once is that one (每年举办枸杞交易博览会1次)
_EVENTS_COUNTED = re.compile(r"(?:[2-9]|\d{2,}|[两二三四五六七八九十])(?:场次|场|次|届|个|期)")
_TOWN_HINT = re.compile("|".join(_TOWN_SUFFIXES))
# (the hint without a suffix's lookbehind, 业园区's: an assertion opening an alternative keeps the
# engine from skipping to the literals, and made the search over every text 2.5 times slower)
_ZONE_HINT = re.compile("|".join(re.sub(r"^\(\?<=[^)]*\)", "", x) for x in _ZONE_SUFFIXES))
# the work a clause does, inside what the zone pattern read (…渔村|发展|…美食街区)
# (after a village's or a town's name: not 一体化发展示范区, a zone's own words)
_WORK_INSIDE = re.compile(r"(?<=[村镇乡])(?:发展|建设|打造|推动|推进)")
_EVENT_HINT = re.compile("|".join(_EVENT_SUFFIXES))
_CJK_TAIL = re.compile(r"[\u4e00-\u9fff]*")


# (and a wetland or forest park, a resort, with theirs: 双溪湖省级湿地公园 — batch 1269)
_GRADED_RESERVE = re.compile(
    r"^[\u4e00-\u9fff]{2,}(?:国家级|省级)"
    r"(?:自然保护区|湿地公园|森林公园|地质公园|风景名胜区|旅游度假区)$"
)
# a body named by its scenic area: 景区管理处 (a park's committee names the park: 同意由食品工业
# 园区管委会牵头)
_BODY_AFTER = re.compile(r"管理处|管理局|管委会|管理委员会|党工委|服务中心|管理中心")
_SITE_VERB = re.compile(r"^(?:保护|修缮|修复|挖掘|活化|守护|整治|治理|复垦)+")
_AIRPORT_BODY = re.compile(r"公司|海关|管委会|管理|集团|边检|派出所")
# a count after a zone: a kind of them built so many (共建苹果产业园1个; or a quarter by the street,
# 打造翡翠文化街区1条 — the forty-fourth draw)
_ZONE_COUNTED = re.compile(r"\d+(?:\.\d+)?[个家处座条]")
_CLASSIFIERS = frozenset("个家所座处")


def _named_by(name: str, places: tuple[str, ...]) -> bool:
    """Whether a festival, fair or race is named as international or by one of the document's
    own places (斗南国际花卉节, 莱阳梨花节), not of a kind (桃花节, 龙舟赛) — after the year
    that opens it (2026|柳州马拉松 — batch 1350)."""
    name = _YEAR_OPENING.sub("", name)
    return (
        "国际" in name
        or any(name.startswith(p) for p in places if len(p) >= 2)
        or name.startswith(_LANDMARKS)
    )


_YEAR_OPENING = re.compile(r"^(?:19|20)\d\d年?")


# rivers and lakes that name a race or a festival as a place does (黄河马拉松 — the sixteenth
# draw's miss)
_LANDMARKS = (
    "黄河",
    "长江",
    "淮河",
    "珠江",
    "汉江",
    "湘江",
    "赣江",
    "闽江",
    "漓江",
    "嘉陵江",
    "大运河",
    "黄浦江",
    "钱塘江",
    "太湖",
    "洞庭湖",
    "鄱阳湖",
    "巢湖",
    "洱海",
    "滇池",
    "青海湖",
    # (and mountains: 黄山毛峰开采节 — the twenty-sixth draw)
    "黄山",
    "泰山",
    "华山",
    "峨眉山",
    "武夷山",
    "庐山",
    "长白山",
    "武当山",
    "五台山",
)


# a line that is a town's body signing, perhaps with its date (上海市金山区枫泾镇人民政府办公室
# 2026年2月20日印发 — the eighth draw; 桐庐县分水镇人民政府), or a zone's committee
# (合肥新站高新技术产业开发区管理委员会 — the twelfth draw)
_SIGNATURE_LINE = re.compile(
    # (or its Party committee: 中共双峰镇委员会 — the seventeenth draw)
    r"(?:[\u4e00-\u9fff]{0,12}?(?:镇|乡|街道)(?:人民政府|政府|党委|办事处|党工委|委员会)"
    r"|[\u4e00-\u9fff]{2,24}?(?:开发区|高新区|经开区|新区|园区|示范区|试验区|合作区)(?:管理委员会|管委会))"
    r"(?:办公室)?(?:[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日(?:印发)?)?"
)


def _signs(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``–``end`` is a line of its own with a date on the next line:
    the document's signature (北流市城市投资集团有限公司 / 2026年1月20日 — the twenty-second
    draw), no mention of the work."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or text[line_start:start].strip(" \t\u3000") or text[end:line_end].strip():
        return False
    return _DATE_LINE.match(text, line_end + 1) is not None


_DATE_LINE = re.compile(r"[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*(?:\n|$)")


def _signature(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is a town's body or a zone's committee signing the
    document."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip(" \t\u3000")
    return _SIGNATURE_LINE.fullmatch(line) is not None


def _named_by_an_industry(name: str) -> bool:
    """Whether a park is named by an industry the taxonomy lists, whose name holds 业 or a
    kind's word (商业航天|产业园 — the fourteenth draw: refused as 商业…, a sector's kind)."""
    stem = re.sub(r"(?:产业园区?|工业园区?|产业基地)$", "", name)
    return stem != name and stem in load_lexicons().industry_by_term


def _a_kind_of_zone(text: str, end: int) -> bool:
    """Whether a zone's name is a kind, not one zone: counted after it (共建苹果产业园1个,
    建设智慧物流园区2个). (A park named by its industry alone, 陶瓷产业园, is the document's
    park of that industry, as 食品工业园区 is in the 兴平 minutes.)"""
    count = _ZONE_COUNTED.match(text, end)
    # (not a count of what is in it: 推进惠阳港区|3个5万吨级泊位建设 — the sixteenth draw)
    return count is not None and _COUNTED_IN.match(text, count.end()) is None


# what a count after a zone's name counts, other than the zone (3个|5万吨级泊位, 2个|码头)
_COUNTED_IN = re.compile(r"\d|[\u4e00-\u9fff]{0,6}?(?:泊位|码头|项目|企业|车间|工厂|厂房|基地)")


def _after_verbs(name: str, start: int) -> tuple[str, int]:
    """A name and its start without the verbs opening it, however many (加快建设|黔西至…)."""
    while (verb := _LEAD_VERB.match(name)) and verb.end() < len(name):
        start += verb.end()
        name = name[verb.end() :]
    return name, start


def _near(
    rx: re.Pattern[str], literal: str, text: str, before: int, after: int
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match holds ``literal`` near its end
    (a name's tail, a village's 村), tried only in a window around each place the literal
    stands — from ``before`` characters before it to ``after`` from its start — without the
    engine trying every position of the text. A match the window's end cut (its lookahead
    blind past it: 投资集团|有限公司 read as 投资集团 — the twenty-second draw) is read again with
    the text after it."""
    done = 0
    at = text.find(literal)
    while at >= 0:
        end = min(len(text), at + after)
        for m in rx.finditer(text, max(done, at - before), end):
            if m.end() == end < len(text):
                again = rx.search(text, m.start(), min(len(text), end + after))
                if again is None:
                    continue
                m = again
            if m.end() > done:
                yield m
                done = m.end()
        at = text.find(literal, max(at + len(literal), done))


def _matches_near(rx: re.Pattern[str], hint: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern of Chinese characters ending in one of the
    literals of ``hint``, run only on the runs of Chinese characters holding such a
    literal. A match cannot cross a non-Chinese character, so the result is the same;
    it is about five times faster than letting ``rx`` try every position."""
    done = 0
    for h in hint.finditer(text):
        if h.start() < done:
            continue
        a = h.start()
        while a > 0 and "\u4e00" <= text[a - 1] <= "\u9fff":
            a -= 1
        done = _CJK_TAIL.match(text, h.end()).end()  # type: ignore[union-attr]
        yield from rx.finditer(text, a, done)


# a project list's column naming its projects (项目名称): the task table keeps its name in the
# header (ingest/structure.py), so a row's project is a mention of it (batch 1251)
PROJECT_NAME_COLUMN = re.compile(
    # (or a list of the year's livelihood projects: 实事项目, 民生实事 — the fifteenth draw)
    r"(?:重点|签约|招商)?(?:项目|工程)(?:名称)?|(?:民生)?实事(?:项目)?(?:名称)?"
)
#: Kinds of project and organisation whose names say what they are for, so the industries
#: they name count (年产5万吨锂电池负极材料项目, 贺兰山东麓葡萄酒产业园提升项目, a project list's row,
#: 国家超硬材料产品质量检验检测中心, a museum: 郫县豆瓣博物馆) — other names say only their own trade.
NAMING_KINDS = frozenset({"capacity", "works", "listed", "centre", "museum"})


@dataclass(frozen=True)
class Mention:
    label: str  # Place, Organization, Project, Program, Event
    name: str
    start: int
    end: int
    kind: str | None = None  # enterprise; capacity (a project named by what it makes); works (a
    # place's works, 景区提升工程; a power station; a phase built); listed (a project list's row); centre (a national one); museum
    # (郫县豆瓣博物馆); brand
    # the lexicon's name of a well-known organisation, whatever name is written (中国石化 for
    # 中石化); None for a name taken as written
    canonical: str | None = None


# a market or trading place, named by a place before its goods (斗南花卉市场, 乐从家具城)
# (or the place's chamber of commerce by the place alone: 蒙城商会 — batch 1574)
_ASSOCIATION = "(?:[市县区])?(?:[\u4e00-\u9fff]{2,12}?(?:协会|商会|学会|研究院|研究所)|商会)"
# (one yet to be set up is no organisation named: 筹建|芜湖市低空经济研究院)
_TO_BE_SET_UP = ("建设", "筹建", "成立", "组建", "创建", "新建", "设立")
# (a market, 市场, only with its goods between: 开拓昆明市场 is a place to sell in)
# (a named market's own kind first: 临沂商城|市场交易额 is 临沂商城's; not a government's
# 公共资源交易中心)
_MARKET = (
    # (a flower market city too: 萧山花木城 — the thirty-second draw)
    "(?:[\u4e00-\u9fff]{0,8}?(?:(?<!公共资源)交易中心|贸易中心|商贸城|商城|家具城|皮革城|眼镜城|物流城"
    "|花木城|花卉城"
    # (or a market city of a trade: 推动石狮服装城市场采购贸易扩容 — batch 1406)
    "|服装城|童装城|鞋城|鞋业城|建材城|五金城|灯饰城|陶瓷城|茶城|汽配城|轻纺城|纺织城)"
    "|[\u4e00-\u9fff]{1,8}?(?:批发市场|市场))"
    # (not the market of an economy's terms: 市场主体, 市场监管, 市场化)
    "(?!主体|监管|监督|化|准入|份额|占有率|体系|需求|开拓|采购)"
)


class _Spans:
    """The spans of a text already named, kept sorted by start. Whether a span overlaps one of
    them is found among those starting at most the longest one's length before it, by
    bisection: a scan of them all, once a match, made a text's mentions quadratic (most of
    ``bench/mentions.py``'s pass over the whole corpus as one text — session 78)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._longest = max((b - a for a, b in self._spans), default=0)

    def append(self, span: tuple[int, int]) -> None:
        bisect.insort(self._spans, span)
        self._longest = max(self._longest, span[1] - span[0])

    def remove(self, span: tuple[int, int]) -> None:
        i = bisect.bisect_left(self._spans, span)
        if i == len(self._spans) or self._spans[i] != span:
            raise ValueError(f"{span} is not taken")
        del self._spans[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span taken overlaps [start, end)."""
        i = bisect.bisect_left(self._spans, (start - self._longest,))
        for a, b in self._spans[i:]:
            if a >= end:
                return False
            if b > start:
                return True
        return False

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._spans)


def find_mentions(text: str, places: tuple[str, ...] = ()) -> list[Mention]:
    """The places, organisations, projects, programmes and events ``text`` names; ``places``:
    the short names of the document's own places (斗南, 乐从), which name its markets."""
    out: list[Mention] = []
    for m in _PROGRAM.finditer(text):
        name = m.group(1)
        if re.search(r"[，。；]", name) or FIVE_YEAR_PLAN.match(name + "”"):
            continue  # a sentence, or a plan's period (“十四五”)
        if _DIFFICULTY.fullmatch(name):
            continue  # (确保不发生“卖粮难”: a difficulty quoted, no programme — the twentieth draw)
        if _RATING.fullmatch(name):
            continue  # (处于“较好”水平: a rating quoted, no programme — the thirty-second draw)
        if _DAY_NAMED.fullmatch(name):
            continue  # (“3·16”高处坠落较大事故: a day naming an accident — the fifteenth draw)
        if _HOLIDAY.fullmatch(name) and _HOLIDAY_DAYS.match(text, m.end(1)):
            continue  # (“五一”假期全区旅游市场持续火热: a holiday — the forty-fourth draw)
        if "、" in name and all(_MEASURE_NOUN.search(part) for part in name.split("、")):
            continue  # (“发案数、损失数”双下降: measures quoted, no programme — the ninth draw)
        # (an event named in quotes is an event: “巫山红叶节”, “湖滨消费节”)
        label = "Event" if _QUOTED_EVENT.search(name) else "Program"
        if label == "Program" and _AREA_AFTER_QUOTE.match(text, m.end()):
            label = "Place"  # (“菠萝的海”景区: a scenic area named in quotes — batch 1279)
        # (a brand, its mark or its place's indication after it: “阿克苏苹果”金字招牌)
        kind = "brand" if label == "Program" and _BRAND_AFTER.match(text, m.end()) else None
        out.append(Mention(label, name, m.start(1), m.end(1), kind))
    for head in _ENUM_HEAD.finditer(text):
        # the enumeration ends at 等: read it backwards from there
        window_start = max(0, head.start() - 200)
        items = _items_before(text, window_start, head.start())
        if items is None:
            continue
        if _KIND_OF.search(head.group(0), 1, head.start(1) - head.start()):
            continue  # (苹果醋、苹果脆片等加工企业, 隔膜、电解液等配套项目: kinds, no names)
        if any(_INSTITUTION_KIND.fullmatch(item) for item in items.group(1).split("、")):
            continue  # (党政机关、学校等公共机构: kinds of institution, no names — the twenty-fourth draw)
        if any(_WORK_DONE.search(item) for item in items.group(1).split("、")):
            continue  # (算力服务、数据标注等企业: the work they do, no names — batch 1214)
        first, *rest = items.group(1).split("、")
        if all(_GOODS_KIND.match(item) for item in (_after_verbs(first, 0)[0], *rest)):
            continue  # (康复辅具、智能穿戴等企业: kinds of goods made — the thirteenth draw)
        if head.group(1) == "村庄" and not all(
            item.endswith("村") for item in items.group(1).split("、")
        ):
            continue  # (道路硬化、路灯安装等村庄基础设施: works in villages, no villages)
        label = KINDS[head.group(1)]
        if label == "Project" and all(
            _MATERIAL_ITEM.search(item) for item in items.group(1).split("、")
        ):
            continue  # (球形石墨、高纯石墨等项目: materials made, no works named — the thirty-fifth draw)
        kind = "enterprise" if head.group(1) in ("企业", "公司", "快递品牌") else None
        pos = items.start(1)
        for i, item in enumerate(items.group(1).split("、")):
            start = pos
            pos += len(item) + 1
            name = item
            # (an item's marker before the first, in a list's item: 1.加强与宁德时代 — batch 1248)
            if i == 0 and (mark := _LEADING_MARKER.match(name)) and mark.end() < len(name):
                start += mark.end()
                name = name[mark.end() :]
            # (the verbs before the first item, however many: 组织企业参加文博会)
            if i == 0:
                name, start = _after_verbs(name, start)
            if len(name) < 2 or "“" in name or "”" in name:
                continue
            if label == "Event" and (
                # (or a week or a day the nation keeps: 开展科技活动周、全国科普日等活动 — the
                # sixteenth draw's miss, as in quotes)
                not (re.search(r"(节|会|展|赛)$", name) or _QUOTED_EVENT.search(name))
                or _GENERIC_EVENT.fullmatch(name)
                or (name.endswith(_NAMED_ONLY) and not _named_by(name, places))
                # (races listed are of a kind unless named: “村超”全国赛、邀请赛等各类赛事, 青少年
                # 足球联赛、民族体育运动会等品牌赛事 — the corpus's 榕江)
                or (head.group(1) == "赛事" and not _named_by(name, places))
            ):
                continue  # (桃花节、采摘节等节会活动: of a kind, as alone — the fifth draw)
            if label == "Place" and name.endswith(_NOT_LISTED_PLACE):
                continue  # (a river toured, 水春河; a museum, a venue read by its own name)
            out.append(Mention(label, name, start, start + len(name), kind))
    # (a project named on its own labelled line, as a tender announces it: 项目名称：… — the
    # eighteenth draw)
    for m in _PROJECT_NAME_LINE.finditer(text) if "名称" in text else ():
        out.append(Mention("Project", m.group(1), m.start(1), m.end(1), "listed"))
    taken = _Spans((x.start, x.end) for x in out)
    # (a project list's lines first: 报福康养小镇 under 重点项目 is the project, not the place)
    out += _listed_under_heading(text, taken)
    out += _numbered_projects(text, taken)
    out += _public_works(text, taken)
    for rx, hint, label in (
        (_ZONE, _ZONE_HINT, "Place"),
        (_PLACE, _TOWN_HINT, "Place"),
        (_EVENT, _EVENT_HINT, "Event"),
    ):
        for m in _matches_near(rx, hint, text):
            name, at = _after_verbs(m.group(0), m.start())  # (加快建设温州港苍南港区: both verbs)
            if rx is _PLACE and any(
                text.startswith(p, m.end() - 1) for p in places if p[0] == "镇"
            ):
                continue  # (高铁|镇巴段: the document's own 镇巴 opens with 镇, closing no town)
            if label == "Event" and text.endswith(_HONOURED, 0, at):
                continue  # (花博会…获评|中国优秀特色展览会: an honour's title, no event — the samples)
            if name[0] == "年" and text[at - 1 : at].isdigit():
                name = name[1:]  # (2026年北大湖滑雪度假区: the year's 年, no part of a name)
            if label == "Place" and m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff":
                # a name cut by the pattern's length (柴达木循环经济试验区格尔木工业园): from after
                # the last place or zone inside it, not from the middle of a word
                # (nor from inside the verb opening its run: 建|设中国动力谷轨道交通装备产业园 — batch
                # 1541, read from after the verb)
                run = m.start()
                while run > max(0, m.start() - 4) and "\u4e00" <= text[run - 1] <= "\u9fff":
                    run -= 1
                opened = _after_verbs(text[run : m.end()], run)[1]
                if run < opened <= m.start() + 2 and opened > m.end() - len(name):
                    name = text[opened : m.end()]
                cut = max(name.rfind(c, 0, len(name) - 3) for c in "区县市")
                # (or after a firm's name inside it: 温州文化旅|游集团有限公司开发|江心屿景区 —
                # batch 1513)
                firm = name.rfind("公司", 0, len(name) - 3)
                cut = max(cut, firm + 1 if firm >= 0 else -1)
                name = name[cut + 1 :] if cut >= 0 else name
                name = _after_verbs(name, 0)[0]  # (…葡萄产区|建设|葡萄酒小镇: the verb after)
            if label == "Place" and _EDITION_OPENS.match(name):
                continue  # (第四届汪清桃源小镇|冰雪节: an event's edition opens it — batch 1311)
            if label == "Event" and _EVENTS_COUNTED.match(text, m.end()):
                continue  # (举办国际航运发展论坛2期: a kind held twice — the forty-third draw)
            if label == "Event" and name.endswith(("分论坛", "分会场")):
                continue  # (…大会分论坛: a part of the event named before it — the twenty-eighth draw)
            if label == "Event" and (part := _EDITION_PART.match(name)):
                # (举办第三十届周庄国际旅游艺术节: the pattern's length cut its edition)
                whole = _EDITION_BEFORE.search(text, max(0, m.start() - 6), m.start() + part.end())
                if whole:
                    name = text[whole.start() : m.end()]
            if label == "Event" and (edition := _EDITION_IN.search(name)):
                name = name[edition.start() :]  # (举办第三届…大赛: from its edition)
            if label == "Event" and name[0] in "和及与":
                name = name[1:]  # (…博览会和狮头鹅美食节: the second of two events)
            if label == "Place" and name.startswith("发展"):
                name = name[2:]  # (发展古镇旅游: a kind of place developed, no name)
            if rx is _ZONE and _WORK_INSIDE.search(name, 2):
                continue  # (金山嘴渔村|发展|海鲜美食街区: a clause's work, no one name — batch 1445)
            if rx is _ZONE and _INTO_KIND.search(name):
                continue  # (胶州秧歌进景区演出: shows taken into scenic areas, none named — batch 1297)
            if rx is _ZONE and name.endswith(("遗址", "旧址")):
                # (what is done to a heritage site is no part of its name: 保护|万山汞矿遗址; nor
                # is a clause's work, 严厉打击盗掘古文化遗址: no site named)
                name = _SITE_VERB.sub("", name)
                if len(name) > 10:  # (沂山抗日根据地旧址, nine — the forty-third draw)
                    continue
            elif rx is _ZONE and name.endswith(("街区", "古道", "矿区")):
                name = _SITE_VERB.sub("", name)  # (保护|历史文化街区, 修缮|南门历史文化街区)
                if len(name) < 3:
                    continue  # (复垦治理|矿区土地: a kind, no name)
            if rx is _ZONE and (link := _LAST_LINK.match(name)) and 3 < link.end() < len(name) - 3:
                name = name[link.end() :]  # (华东国际珠宝城和|珍珠小镇: the place linked last)
            if rx is _ZONE and (landed := _LANDED_IN.match(name)) and landed.end() < len(name) - 3:
                name = name[
                    landed.end() :
                ]  # (…项目落地|淮阴经济开发区: the zone landed in — batch 1381)
            if (
                label == "Place"
                and (whole := _WHOLE_ITEM_TOWN.search(text, max(0, m.end() - 6), m.end() + 4))
                and whole.end() == m.end()
            ):
                # (、铁干里克镇、: four characters, whole — after a verb listing them, 涉及问安镇、)
                wide = whole.group(1)
                wide = wide[lead.end() :] if (lead := _LISTING_VERB.match(wide)) else wide
                wide = _after_verbs(wide, 0)[0]  # (，培育特色小镇，: a verb, then a kind)
                name = max(name, wide, key=len)
            elif (
                rx is _PLACE
                and len(name) == 3
                and name.endswith("镇")
                and m.end() >= 6
                and "\u4e00" <= text[m.end() - 4] <= "\u9fff"
                and text[m.end() - 4] not in _FUNCTION_CHARS
                and _VERB_BEFORE_TOWN.search(text, max(0, m.end() - 8), m.end() - 4)
            ):
                # (a town of three characters after a verb: 推进|蒋家堰镇 — batch 1304, read as
                # 家堰镇; not the verb's own character, 推进|城关镇)
                name = text[m.end() - 4 : m.end()]
            start = m.end() - len(name)
            if (
                len(name) < 3
                # (a place's words are no event's: 重庆火锅美食节 opens with 重 as 重点镇 does)
                or (_NOT_PLACE.match(name) if label == "Place" else name[0] in "各每该本")
                or "为" in name
                # (a particle is in no place's name: 对进度滞后的镇、街道 — the sixteenth draw)
                or (label == "Place" and "的" in name)
                # (a grade inside a reserve's own name is part of it: 茂兰国家级自然保护区)
                or (re.search(r"国家级|省级", name) and not _GRADED_RESERVE.search(name))
            ):
                continue
            if label == "Place" and name.endswith("镇") and name[-2] in "向在到对从由为给按把":
                continue  # (每季度向镇政府报送: to the town, no town's name)
            if label == "Place" and name.endswith("镇") and text.startswith("（街道）", m.end()):
                continue  # (实现镇（街道）…全覆盖: every town and street, no town's name)
            if rx in (_PLACE, _ZONE) and _signature(text, m.start()):
                continue  # (桐庐县分水镇人民政府 on its own line: the issuer's signature)
            if (
                label == "Place"
                and len(name) == 3
                and start > 0
                and any(x.name == text[start - 1] + name for x in out)
            ):
                start -= 1  # (其中易|俗河镇: the town the text named in full before, 易俗河镇)
                name = text[start : m.end()]
            elif (
                label == "Place"
                and len(name) == 3
                and name.endswith("镇")
                and _LIST_GOES_ON.match(text, m.end())
                and (town_start := _town_opened_after_zai(text, start)) is not None
            ):
                # (a town of three or four characters after 在, a list of towns going on: 在清水河镇、
                # 芦草沟镇 — batch 1277: read as 水河镇; 在巴彦浩特镇、吉兰泰镇 — batch 1508: 浩特镇)
                start = town_start
                name = text[start : m.end()]
            # (three characters starting a clause or list item are a name, 金乡镇, though
            # 乡镇 alone is a common noun)
            named_town = (
                len(name) == 3
                and name.endswith("镇")
                # (or where the work is done: 在州城镇建设… — batch 1377)
                and (_starts_item(text, start) or text.startswith("在", start - 1))
                and name[0] not in _FUNCTION_CHARS
                # (not where a campaign goes: “进社区、进乡镇、进学校” — the thirty-eighth draw)
                and not (name.endswith("乡镇") and name[0] in "进入到赴下")
            )
            if label == "Place" and (
                _GENERIC_ZONE.fullmatch(name)
                or (
                    # (强 opening it or made a verb: 强镇, 培强…, 扩权强镇; not 华强北步行街 —
                    # batch 1565)
                    re.search(
                        r"^强|(?<=[做培增加权富壮争])强|[业元板样范点型级]|重(?!庆)", name[:2]
                    )
                    and not _TRADE_TOWN.fullmatch(name)
                    and not _named_by_an_industry(name)
                )
                # (a zone's 小镇 is its own: 东风韵小镇)
                or (
                    _COMMON_TOWN.search(name)
                    and not named_town
                    and rx is not _ZONE
                    # (a village after it names it a town: 打造午城镇桑峨村 — batch 1308)
                    and not _VILLAGE_AFTER.match(text, m.end())
                    and not (
                        _NAMED_MARKET_TOWN.fullmatch(name) and not _ENLARGING.search(text, 0, start)
                    )
                )
                or _a_kind_of_zone(text, m.end())
            ):
                continue
            if label == "Place" and (
                re.search(r"[两二三四五六七八九十]大|等", name)
                or (re.search(r"(?:景区|度假区|公园)$", name) and _BODY_AFTER.match(text, m.end()))
            ):
                continue  # (两大滑雪度假区, 枣园等革命旧址景区: kinds; 景区管理处: a body)
            if label == "Place" and name.endswith("机场") and _AIRPORT_BODY.match(text, m.end()):
                continue  # (神农架机场公司, 大兴机场海关: a body named by its airport)
            if rx is _PLACE and name.endswith("古镇"):
                continue  # (推动|古镇…, 举办|古镇…: an ancient town is a zone's name or none)
            if label == "Place" and name[0] in "和及与" and any(b == start for _, b in taken):
                name, start = name[1:], start + 1  # (旺高工业区和|平桂碳酸钙产业园)
            if label == "Place" and name[0] == "上" and text.endswith("以", 0, start):
                continue  # (4A级以上景区: "and above", no 上景区)
            if label == "Place" and name[0] in _CLASSIFIERS and text[start - 1 : start].isdigit():
                continue  # (为8个乡镇卫生院: a count's classifier, no town's name)
            if label == "Event" and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
                # (举办|中国柯桥|国际纺织品面辅料博览会: the pattern's length cut the nation and its
                # host — the tenth draw)
                run = start
                while run > 0 and "\u4e00" <= text[run - 1] <= "\u9fff" and start - run < 12:
                    run -= 1
                hosted, at = _after_verbs(text[run : m.end()], run)
                # (or began inside the verb before it: 参|加中国国际农产品交易会 — batch 1272)
                # (or any event the verb ran into: 举|办自行车童车设计大赛 — the twenty-fourth draw)
                if (hosted.startswith("中国") and at != start) or at > start:
                    start = at
                elif (
                    (run == 0 or not "\u4e00" <= text[run - 1] <= "\u9fff")
                    and run < at < start
                    and not _LINKED_BEFORE.search(text, at, start)
                    # (not before its edition, which opens its name: 组织专用汽车企业参加|第139届
                    # 中国进出口商品交易会 — batch 1524)
                    and not _EDITION_IN.match(text, start)
                ) or (
                    # (or the run opening after its host in brackets: 2026中国（株洲）|国际轨|道交通
                    # 和内燃机车博览会 — batch 1541, the host and year taken in below)
                    run > 0
                    and text[run - 1] == "）"
                    and run == at < start
                    and not _LINKED_BEFORE.search(text, at, start)
                ):
                    # (or cut a long name the verb opens, the whole run read: 举办|巴音布鲁克|那达慕
                    # 文化旅游节 — batch 1319; not another event linked before it: 举办澄海玩具
                    # 博览会和|狮头鹅美食节)
                    start = at
                elif (
                    run < start
                    and _HELD_IN_YEAR.search(text, max(0, run - 8), run)
                    and "暨" not in text[run : m.end()]  # (two events joined: read whole below)
                    # (nor a year's 年 opening the run, or a link: 举办2026年|琼中绿橙采摘节和… keeps
                    # the corpus's name without the year)
                    and text[run] != "年"
                    and not _LINKED_BEFORE.search(text, run, start)
                ):
                    # (or cut a long name after the verb and the year opening it: 举办2026|世界制造业
                    # 大|会机器人产业发展论坛 — batch 1496)
                    start = run
            if label == "Event" and text.endswith(("中国", "全国"), 0, start):
                start -= 2  # (中国|国际高新技术成果交易会: the pattern's length cut the nation)
            elif label == "Event" and text.endswith(("中国—", "中国－", "中国-"), 0, start):
                start -= 3  # (中国—|南亚博览会: the nation joined to a region — batch 1295)
            elif label == "Event" and name[0] == "国" and text.endswith(("中", "全"), 0, start):
                start -= 1  # (中|国景德镇国际陶瓷博览会: or cut it in two)
            if label == "Event" and re.search(
                r"(?<!\d)(?:19|20)\d\d$", text[max(0, start - 5) : start]
            ):
                start -= 4  # (2025|环海南岛国际公路自行车赛: the year its edition)
            if label == "Event":
                start = _edition_and_host(text, start)
                name = text[start : m.end()]
                if _GENERIC_EVENT.fullmatch(name) or name in _EVENT_SUFFIXES:
                    continue  # (a kind alone: 举办美食节)
                if name.endswith("高会") and (
                    _RAISED.search(name) or text.startswith(_WORD_AFTER_HUI, m.end())
                ):
                    continue  # (提高会员…, 会议, 会计: no 农高会)
                if _EVENTS_COUNTED.match(text, m.end()) or text.startswith("会", m.end()):
                    continue  # (a kind counted: 举办露营音乐节3场; or of 节会: 乡村旅游节会2场)
                if name.endswith(_NAMED_ONLY) and not _named_by(name, places):
                    continue  # (a race or a fair of a kind: 举办龙舟赛 — 环平潭国际自行车赛 and
                    # the document's 莱阳梨花节 are one)
            if label == "Event":
                # (a town the pattern read in the host city's name gives way: 2026中国景德镇国际…)
                for x in [x for x in out if x.start < m.end() and start < x.end]:
                    if x.label == "Place" and (
                        (x.name.endswith("镇") and start <= x.start)
                        # (or a zone hosting it, opening its name after its year or edition:
                        # 2026|滨海新区|老年用品博览会 — batch 1470)
                        or (
                            x.end < m.end()
                            and _HOST_OPENING.fullmatch(text, start, max(start, x.start))
                        )
                    ):
                        out.remove(x)
                        taken.remove((x.start, x.end))
            if (
                rx is _ZONE
                and (shared := _SHARED_KIND.search(name)) is not None
                and text[start - 1 : start] == "、"
            ):
                # (a list's places sharing a kind of area after the last: 打造七彩丹霞、平山湖
                # 大峡谷精品景区 — the seventeenth draw)
                for item in _listed_before(text, start + shared.start()):
                    if not taken.overlaps(item.start, item.end):
                        out.append(item)
                        taken.append((item.start, item.end))
                continue
            if label == "Place":
                start = _with_nation(text, start)
                if rx is _ZONE:
                    start = _joined_before(text, start)
                if rx is _ZONE and (host := _host_zone(out, start, m.group())) is not None:
                    # (a park named after the zone it is in, which the pattern's length cut
                    # apart: 永康经济开发区|智能门业产业园 — batch 1510)
                    out.remove(host)
                    taken.remove((host.start, host.end))
                    start = host.start
                name = text[start : m.end()]
            if taken.overlaps(start, m.end()):
                continue  # an enumeration or a programme already names it
            out.append(Mention(label, name, start, m.end()))
            taken.append((start, m.end()))
    # a place named before its grade of scenic area (提升解忧公主薰衣草园|4A级景区品质 — batch 1277)
    for grade in _GRADE.finditer(text) if "A级" in text or "级旅游度假区" in text else ():
        # (the name read back from the grade, no mark between: a pattern opening with the name
        # would try every character of the text)
        graded = _NAME_BEFORE_GRADE.search(text, max(0, grade.start() - 14), grade.start())
        if graded is None:
            continue
        # (the nation's grade, no part of the name: 推进黑瞎子岛|国家5A级旅游景区创建 — batch 1300;
        # nor the making of it one: 北溪文苑|创建国家4A级旅游景区 — batch 1309 — cut before the
        # verbs opening it are, 创建 being one)
        made = _MADE_GRADED.search(graded.group())
        name, start = _after_verbs(graded.group()[: made.start() if made else None], graded.start())
        end = start + len(name)
        # (a name of two characters after the verbs opening it: 推进|沂山|5A级景区 — the
        # forty-third draw)
        shortest = 2 if start > graded.start() else 3
        if (
            len(name) >= shortest
            and not _GENERIC_GRADED.match(name)
            and not _GENERIC_ZONE.fullmatch(name)  # (推进|古镇|创建…: a kind of place)
            # (a museum made one is the venue it is, named as venues are — batch 1500)
            and not _MUSEUM.fullmatch(name)
            and not taken.overlaps(start, end)
        ):
            out.append(Mention("Place", name, start, end))
            taken.append((start, end))
    # named works: a road or a railway by its two ends, a reservoir, a place's works (batch 1249)
    for m in _matches_near(_WORKS, _WORKS_HINT, text):
        name, start = _after_verbs(m.group(), m.start())
        if (link := _LAST_LINK.search(name, 0, max(name.find("至"), 0))) is not None:
            start += link.end()  # (…和|黔西至金沙高速公路: the one linked last)
            name = name[link.end() :]
        if "至" in name and name.index("至") > 4:
            continue  # (冰雪季加密吉林至长春高铁班次: the route's end is no place's name alone)
        if (
            name.endswith("水库")
            and not _BUILT.search(text, max(0, start - 6), start)
            and not _RESERVOIR_WORKED.match(text, m.end())
        ):
            continue  # (a reservoir built or worked on is a project; one named in a drill is not)
        if len(name) < 4 or _GENERIC_WORKS.search(name) or taken.overlaps(start, m.end()):
            continue
        out.append(Mention("Project", name, start, m.end()))
        taken.append((start, m.end()))
    for x in [x for x in out if x.label == "Place"]:
        # (…加工园区|项目、: a list's item, the park's project — the fourteenth draw)
        works = (
            _PLACE_WORKS.match(text, x.end)
            or _LISTED_PROJECT_END.match(text, x.end)
            # (a park's project named whole: 推进宾川县葡萄精深加工产业园项目建设 — batch 1377)
            or (_PARK_PROJECT.match(text, x.end) if x.name.endswith(("园", "园区")) else None)
        )
        if works is None and x.name.endswith(("园", "园区")):
            # (a park's project named by what it makes: 推动延边大学科技园电子元器件项目投产 — the
            # thirty-seventh draw), not a kind of projects in it (…产业园签约亿元以上项目)
            works = _PARK_PRODUCT_PROJECT.match(text, x.end)
            if works is not None and _NOT_A_PRODUCT.search(works.group()):
                works = None
        if x.name.endswith(("镇", "乡", "街道", "村")):
            # (a town's own works named by it: 上津镇供水工程 — batch 1264)
            works = _TOWN_WORKS.match(text, x.end)
        if works is not None:
            # (百里杜鹃景区|提升工程: the works of the place, a project named by it)
            out[out.index(x)] = Mention(
                "Project", x.name + works.group(), x.start, works.end(), "works"
            )
            taken.remove((x.start, x.end))
            taken.append((x.start, works.end()))
    # a phase built: a place's names the place, a project's the project (建设中国辣椒城二期,
    # 推进中石化海南炼化乙烯项目二期 — the fifth draw of the mentions gold, as session 75's)
    for m in _matches_near(_PHASED, _PHASE_HINT, text):
        name, start = _after_verbs(m.group(1), m.start(1))
        if (verbs := _LEAD_VERB.match(name)) is not None and verbs.end() == len(name):
            continue  # (年内建成|一期工程: the phase of works named before, no name — batch 1462)
        if name.endswith(_PHASED_WORKS):
            # (a line's size in its name: 士兰集科12英寸特色工艺生产线二期 — the twenty-second draw)
            if (sized := _SIZED_BEFORE.search(text, max(0, start - 14), start)) is not None:
                name, start = _after_verbs(text[sized.start() : m.end(1)], sized.start())
            if len(name) - 3 < 4 or _WORKS_VERB.match(name):
                continue  # (新建生产线二期: a line of a kind)
        end = m.end() if name.endswith(("项目", "工程", *_PHASED_WORKS)) else m.end(1)
        if works_after := _PHASE_WORKS.match(text, m.end()):
            # (推进|习酒公司技改三期项目: a phase's project — batch 1257; with what is done in it:
            # 丰城电厂三期扩建工程 — batch 1361)
            end = works_after.end()
        name = text[start:end]
        if (
            len(name) < 3
            # (a kind of works alone, its phase named: 加快推进抽水蓄能电站二期工程 — the sixteenth
            # draw's false hit)
            or _BARE_WORKS_KIND.fullmatch(text, start, m.end(1))
            or not name.endswith((*_PHASED_PLACES, "项目", "工程", "期"))
            or _GENERIC_NAME.match(name)
            or _GENERIC_ZONE.fullmatch(text[start : m.end(1)])  # (物流园二期工程: a kind's phase)
            or taken.overlaps(start, end)
        ):
            continue
        label = "Project" if name.endswith(("项目", "工程", "期")) else "Place"
        # (a phase's works name what they are for: 抽水蓄能电站二期工程 is pumped storage's)
        out.append(Mention(label, name, start, end, "works" if label == "Project" else None))
        taken.append((start, end))
    # names read whole by one pattern each (a festival held once, a trade's centre built, a world
    # congress, a market city — the sixth and seventh draws): see _NAMED_NEAR_A_WORD
    for near in _NAMED_NEAR_A_WORD:
        refused = near.refused
        lit = near.literal
        held = lit in text if isinstance(lit, str) else any(x in text for x in lit)
        for m in near.rx.finditer(text) if held else ():
            counted = _ZONE_COUNTED.match(text, m.end(1))
            if (counted and not (near.counted_once and counted.group().startswith("1"))) or (
                refused is not None and refused.search(m.group(1))
            ):
                continue
            name, start = m.group(1), m.start(1)
            if near.with_edition:
                start = _edition_and_host(text, start)  # (its year: 2025全球茉莉花大会)
                name = text[start : m.end(1)]
            if near.after_verbs:
                name, start = _after_verbs(name, start)
                if len(name) < 3 or (refused is not None and refused.search(name)):
                    continue  # (打造|步行街街区, 推进|公路口岸 … a kind alone)
            if near.absorbs:
                # (the town or the zone its name opens with gives way: 郝穴镇|水产市场, 杭绍临空
                # 经济一体化发展示范区|柯桥片区)
                for x in [x for x in out if start <= x.start and x.end <= m.end(1)]:
                    # (or a work's: 海稍水库|灌区续建配套…工程 — batch 1377)
                    if x.label in ("Place", "Project") and x.name.endswith(near.absorbs):
                        out.remove(x)
                        taken.remove((x.start, x.end))
            if taken.overlaps(m.start(1), m.end(1)):
                continue
            out.append(Mention(near.label, name, start, m.end(1)))
            taken.append((start, m.end(1)))
    # a day the nation keeps, named bare (安全宣传咨询日), with the nation's name before it if written
    for m in _NATION_DAY.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        start = m.start() - 2 if before in _NATION_DAY_PREFIXES else m.start()
        if not taken.overlaps(start, m.end()):
            out.append(Mention("Event", text[start : m.end()], start, m.end()))
            taken.append((start, m.end()))
    # a city's international or import trade city, named short or by its place, at the start of
    # its clause or after its verbs (国际商贸城日均客流量, 提升义乌国际商贸城 — the thirteenth draw)
    for m in (
        _TRADE_CITY.finditer(text)
        if any(k in text for k in ("商贸城", "商品城", "轻纺城", "免税城", "交易城"))
        else ()
    ):
        name, start = _after_verbs(m.group(1), m.start(1))
        if name in ("免税城", "国际免税城") or (
            name.endswith("交易城")
            and (
                len(name) < 5
                or _TO_BE_BUILT_BEFORE.search(text, max(0, start - 2), start)
                or name.startswith(("农产品", "农副产品", "综合", "专业"))
            )
        ):
            continue  # (建设免税城, 建设农产品交易城: a kind, no city named)
        if not _ZONE_COUNTED.match(text, m.end(1)) and not taken.overlaps(start, m.end(1)):
            out.append(Mention("Place", name, start, m.end(1)))
            taken.append((start, m.end(1)))
    # a port by its throughput (洋浦港集装箱吞吐量 — batch 1256; 义乌港, the third draw)
    for m in _matches_near(_PORT, _PORT_HINT, text):
        name, start = _after_verbs(m.group(1), m.start(1))
        if name.startswith(("国际", "内陆", "沿海", "各", "全")):
            continue  # (国际陆港集装箱吞吐量: a kind of port, no name)
        if len(name) >= 3 and not taken.overlaps(start, m.end(1)):
            out.append(Mention("Place", name, start, m.end(1)))
            taken.append((start, m.end(1)))
    # an inland port named by its city (赣州国际陆港, 建设邢台国际陆港 — batch 1462), not the kind
    # (国际陆港, 内陆港) nor a firm running it (…陆港集团)
    for m in _matches_near(_INLAND_PORT, _INLAND_PORT_HINT, text):
        name, start = _after_verbs(m.group(1), m.start(1))
        if (
            len(name) >= 4
            and not name.startswith(("国际", "内陆", "各", "全"))
            and not taken.overlaps(start, m.end(1))
        ):
            out.append(Mention("Place", name, start, m.end(1)))
            taken.append((start, m.end(1)))
    # markets named by one of the document's places and their goods (斗南花卉市场 — session 75),
    # and festivals (乳山牡蛎节, whatever the festival is of — session 75's third draw)
    for place in (p for p in places if len(p) >= 2 and p in text):
        for pattern, label in (
            (rf"{re.escape(place)}{_MARKET}", "Place"),
            # (an association or an institute named by the place: 芜湖市机器人产业协会, 芜湖哈特机器人
            # 产业技术研究院 — batch 1255)
            (rf"{re.escape(place)}{_ASSOCIATION}", "Organization"),
            (
                rf"{re.escape(place)}[\u4e00-\u9fff]{{1,6}}?节(?![能约水电日庆点目奏假气])",
                "Event",
            ),
            # (a border port, a congress of its trade, an international show named by the place:
            # 绥芬河口岸, 中国定西马铃薯大会, 三亚国际游艇展 — the fifth draw of the mentions gold)
            # (or its cargo yard named whole: 吉隆口岸国际货场 — batch 1303)
            (
                rf"{re.escape(place)}(?:铁路|公路|航空|水运)?口岸(?:国际货场|货场)?(?!办|管理|管委)",
                "Place",
            ),
            # (a base named by the place, not counted: 珠山微短剧拍摄基地 — batch 1293; 云浮石材职业
            # 技能培训基地 — the corpus's 云浮)
            # (its trade named in Latin letters too: 南昌VR产业基地 — the twenty-ninth draw)
            (
                rf"{re.escape(place)}[\u4e00-\u9fffA-Za-z]{{2,10}}?基地"
                # (its area after it is one base's: 建设吉隆沟有机蔬菜基地500亩 — batch 1303)
                r"(?![\d.]+(?:个|处|座|家)|[一二两三四五六七八九十]+[个处座家])",
                "Place",
            ),
            # (an event the place names, held: 举办阿拉善英雄会 — the twenty-ninth draw; the verb looked
            # behind the place, whose literal the search starts from)
            (
                rf"{re.escape(place)}(?<=(?:举办|办好|承办){re.escape(place)})"
                # (its host city in brackets after the place: 崇仁（上海）招商推介会 — batch 1416)
                rf"(?:（[\u4e00-\u9fff]{{2,4}}）)?[\u4e00-\u9fff]{{1,6}}?会(?![\u4e00-\u9fff])",
                "Event",
            ),
            # (… or with its year between the verb and the place: 举办2026崇仁（上海）招商推介会)
            (
                rf"{re.escape(place)}(?<=(?:举办|办好|承办)\d{{4}}{re.escape(place)})"
                rf"(?:（[\u4e00-\u9fff]{{2,4}}）)?[\u4e00-\u9fff]{{1,6}}?会(?![\u4e00-\u9fff])",
                "Event",
            ),
            (rf"(?:中国)?{re.escape(place)}[\u4e00-\u9fff]{{1,8}}?大会", "Event"),
            (
                rf"{re.escape(place)}国际[\u4e00-\u9fff]{{1,6}}?展(?:会|览会)?(?![\u4e00-\u9fff])",
                "Event",
            ),
        ):
            for m in re.finditer(pattern, text):
                if taken.overlaps(m.start(), m.end()):
                    continue
                if label == "Organization" and text.endswith(_TO_BE_SET_UP, 0, m.start()):
                    continue
                if m.group().endswith("基地") and _AREA_ADDED.search(
                    text, max(0, m.start() - 3), m.start()
                ):
                    continue  # (新发展|霍山石斛种植基地1000亩: area added, no base — the forty-second draw)
                if m.group().endswith("市场") and _SELLING_INTO.search(
                    text, max(0, m.start() - 2), m.start()
                ):
                    continue  # (拓展婺源绿茶市场: a market to sell in — the thirty-eighth draw)
                if m.group().endswith("大会") and _MEETING.search(m.group()):
                    continue  # (召开定西市经济工作大会: the government's own meeting)
                if label == "Event" and _EVENTS_COUNTED.match(text, m.end()):
                    continue  # (举办阳朔旅游推介会4场: a kind counted — batch 1378)
                start = m.start()
                if label != "Organization":  # (中国·临沧坚果节, 中国·临沧坚果交易中心 — batch 1272)
                    start = (
                        _edition_and_host(text, start)
                        if label == "Event"
                        else _with_nation(text, start)
                    )
                if label == "Event" and (
                    year := _YEAR_BEFORE.search(text, max(0, start - 5), start)
                ):
                    start = year.start()  # (its year before the place: 2026阳朔渔火节 — batch 1378)
                out.append(Mention(label, text[start : m.end()], start, m.end()))
                taken.append((start, m.end()))
    # villages after their towns, townships as list items (each pattern's group 1 the name)
    for rx, not_rx, key in ((_VILLAGE, _NOT_VILLAGE, "村"), (_TOWNSHIP, _NOT_TOWNSHIP, "乡")):
        for m in _near(rx, key, text, 10, 6):
            g = next(i for i in range(1, rx.groups + 1) if m.group(i) is not None)
            if (
                not_rx.search(m.group(g))
                or taken.overlaps(m.start(g), m.end(g))
                or _signature(text, m.start(g))  # (带溪乡人民政府 signing — batch 1346)
                # (no village after a word closing in 乡 that is no township: 返乡|创业村)
                or (
                    key == "村"
                    and text.endswith("乡", 0, m.start(g))
                    and _NOT_TOWNSHIP.search(text, max(0, m.start(g) - 2), m.start(g))
                )
            ):
                continue
            name, start = m.group(g), m.start(g)
            if (
                name.endswith("族乡")
                and (verbs := _LEAD_VERB.match(name))
                and verbs.end() < len(name) - 4
            ):
                # (依托|民乐朝鲜族乡: the verb opening its clause no part of an ethnic township's
                # name — batch 1492)
                name, start = name[verbs.end() :], start + verbs.end()
            out.append(Mention("Place", name, start, m.end(g)))
            taken.append((start, m.end(g)))
    # an event its edition names, whatever its kind (第十届合江荔枝节, 第三届睢宁文旅消费节): an
    # edition makes it one event, not a kind (荔枝节 alone may be any year's)
    for m in _EDITIONED_EVENT.finditer(text) if "届" in text else ():
        if (
            _CONGRESS.search(m.group())
            or "等" in m.group()  # (第十五届枫泾水乡婚典等节庆活动: a kind of events)
        ):
            continue
        end = m.end()
        if link := _EVENTS_LINKED.search(m.group()):
            end = m.start() + link.start()  # (第五届桑植民歌节|和澧水源山地马拉松赛: two events)
        inside = [x for x in out if x.start < end and m.start() < x.end]
        if not all(x.label == "Event" and m.start() <= x.start for x in inside):
            continue  # (an event the pattern cut short gives way: 能源产业国际高峰论坛)
        for x in inside:
            out.remove(x)
            taken.remove((x.start, x.end))
        out.append(Mention("Event", text[m.start() : end], m.start(), end))
        taken.append((m.start(), end))
    for named in _NAMED_BY_TAIL:
        for m in _near(named.rx, named.hint, text, _NAME_REACH, _TAIL_REACH):
            read = named.read(text, m, _name_start(text, m.start(), m.start("tail")))
            if read is None:
                continue
            start, end, label, kind = read.start, read.end, read.label or named.label, read.kind
            if _signs(text, start, end):
                continue
            if named.absorbs_places:
                for x in [x for x in out if start <= x.start and x.end <= end]:
                    if x.label == "Place":  # (梧桐镇|春光家庭农场: the farm's town is its name's)
                        out.remove(x)
                        taken.remove((x.start, x.end))
            if (
                label == "Organization"
                and (kind or named.kind) == "enterprise"
                and text.endswith(("有限公司", "有限责任公司"), start, end)
                and (works := _FIRM_PROJECT.match(text, end)) is not None
            ):
                # (a firm's project named after its full name: 今世缘酒业股份有限公司|配套包材项目
                # 落地… — batch 1381, as a well-known firm's: 吉利汽车|湘潭基地新能源整车项目)
                label, kind, end = "Project", "works", works.end()
            elif (
                label == "Organization"
                and (kind or named.kind) == "enterprise"
                and text.endswith(("有限公司", "有限责任公司"), start, end)
                and (plant := _FIRM_PLANT.match(text, end)) is not None
            ):
                end = plant.end()  # (…有限公司|贵溪冶炼厂: the firm's plant — batch 1507)
            if taken.overlaps(start, end):
                continue
            name = text[start:end]
            out.append(
                Mention(label, name, start, end, kind or named.kind, known_organisation(name))
            )
            taken.append((start, end))
    out += _known_organisations(text, taken)
    out += _firms_supported(text, taken)
    out += _named_again_short(text, out, places, taken)
    out += _events_again_short(text, out, places, taken)
    _join_events(text, out)
    return sorted(out, key=lambda x: x.start)


# an event joined to the one before it by 暨, the two one event's name (2026年中国菠萝产业大会暨
# 徐闻菠萝采摘节 — batch 1279), the first with its year, edition and host (its bare year too:
# 2026世界茉莉花大会暨… — batch 1516)
_JOINED_FIRST = re.compile(
    r"((?:(?:19|20)\d\d年?)?[\u4e00-\u9fff（）·]{2,24}?(?:大会|博览会|交易会|论坛|峰会|节|赛|展))暨$"
)


def _join_events(text: str, out: list[Mention]) -> None:
    """Each event joined by 暨 to an event named before it, made one mention of both (in
    place in ``out``); a mention inside the first gives way."""
    for x in [x for x in out if x.label == "Event"]:
        # (the joint before it, or its own first character: 暨茶产业博览会)
        joint = x.start if x.name[0] == "暨" else x.start - 1
        if joint < 0 or text[joint] != "暨":
            continue
        first = _JOINED_FIRST.search(text, max(0, joint - 30), joint + 1)
        if first is None:
            continue
        name, start = _after_verbs(first.group(1), first.start(1))
        if len(name) < 4:
            continue
        for y in [y for y in out if start <= y.start and y.end <= joint]:
            out.remove(y)
        out.remove(x)
        out.append(Mention("Event", text[start : x.end], start, x.end))


def _named_again_short(
    text: str, found: list[Mention], places: tuple[str, ...], taken: _Spans
) -> list[Mention]:
    """A place named by the document's place, named again without it (中国丹阳眼镜城 … 眼镜城
    年交易额 — the nineteenth draw), or a market city without its 国际, where the rest is no
    kind's word alone (产业园)."""
    out: list[Mention] = []
    for x in [x for x in found if x.label == "Place"]:
        prefix = next(
            (
                m.group()
                for p in places
                if len(p) >= 2
                and (m := re.match(rf"(?:中国[{MIDDLE_DOTS}]?)?{re.escape(p)}", x.name))
            ),
            None,
        )
        short = x.name[len(prefix) :] if prefix else ""
        if not prefix and x.name.startswith("国际") and x.name.endswith("城"):
            short = x.name[2:]  # (国际服装城 … 服装城年交易额 — the thirty-ninth draw)
        # (or a scenic area named again without its kind: 屏山峡谷景区 … 推进屏山峡谷创建5A级
        # 旅游景区 — the twenty-sixth draw)
        if (area := _AREA_KIND_CLOSING.search(x.name)) is not None and not _GENERIC_ZONE.fullmatch(
            x.name
        ):
            short = x.name[: area.start()]
        elif len(short) < 3 or _GENERIC_ZONE.fullmatch(short) or not short.endswith(_SHORT_PLACES):
            continue
        if len(short) < 3 or _LEAD_VERB.match(short):
            continue
        for m in re.finditer(re.escape(short), text):
            # (not a kind counted: 建设商贸城2个)
            if not taken.overlaps(m.start(), m.end()) and not _ZONE_COUNTED.match(text, m.end()):
                out.append(Mention("Place", short, m.start(), m.end()))
                taken.append(m.span())
    return out


# bases' area added, no base named (新发展|霍山石斛种植基地1000亩)
_AREA_ADDED = re.compile(r"(?:发展|扩大|新增|扩种)$")
# a market sold into, not a place (拓展|婺源绿茶市场, 开拓|昆明市场)
_SELLING_INTO = re.compile(r"(?:拓展|开拓|开辟|抢占|占领|进军|打开|巩固|扩大|拓宽|深耕)$")
# what opens an event's full name, left out when it is said again short: its year, edition,
# nation (第五届|于都脐橙节, 中国·|镇平玉雕文化节)
_EVENT_OPENING = re.compile(
    r"^(?:(?:19|20)\d\d年?)?(?:第[一二三四五六七八九十百\d]+届)?(?:中国[·・•]?)?"
)
# (and a festival of tourism said short as the festival: 油菜花旅游节 … 油菜花节期间)
_TOURISM_FESTIVAL = re.compile(r"(?:文化旅游|旅游文化|旅游)节$")
_GENERIC_SHORT_EVENT = re.compile(r"^(?:文化|旅游|文化旅游|美食|购物|消费|艺术|体育|读书)?节$")


def _events_again_short(
    text: str, found: list[Mention], places: tuple[str, ...], taken: _Spans
) -> list[Mention]:
    """A festival or fair named in full, said again without its year, edition, nation or place
    (办好脐橙节。举办第五届于都脐橙节 — the thirty-eighth draw), or a festival of tourism said as
    the festival (做热油菜花旅游节 … 油菜花节期间) — not a kind's word alone (文化节)."""
    out: list[Mention] = []
    for x in [x for x in found if x.label == "Event"]:
        base = x.name[_EVENT_OPENING.match(x.name).end() :]  # type: ignore[union-attr]
        for p in sorted((p for p in places if len(p) >= 2), key=len, reverse=True):
            if base.startswith(p):
                base = base[len(p) :]
                break
        shorts = {base}
        if (tourism := _TOURISM_FESTIVAL.search(base)) is not None:
            shorts.add(base[: tourism.start()] + "节")
        for short in shorts:
            if short == x.name or len(short) < 3 or _GENERIC_SHORT_EVENT.match(short):
                continue
            # (not its festivals and fairs: 办好草莓节会 — the corpus's 东港, no event named)
            for m in re.finditer(re.escape(short) + "(?![会庆])", text):
                if not taken.overlaps(m.start(), m.end()):
                    out.append(Mention("Event", short, m.start(), m.end()))
                    taken.append(m.span())
    return out


# what a place named short again ends in: a market city, a park, a town or a quarter — not a
# market, which may be the trade's (拓展人参市场, 万良人参市场 being the place)
_SHORT_PLACES = ("城", "产业园", "园区", "小镇", "街区", "交易中心")
_AREA_KIND_CLOSING = re.compile(r"(?:旅游|风景)?景区$")


# a heading over a list of projects, one a line (重点项目 — 安吉's points, the fifth draw of the
# mentions gold), and a line naming one: a name alone, no sentence
_LIST_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)?"
    r"(?:重点|重大|招商|签约)?(?:项目|工程)(?:清单|名单|库)?[ \t\u3000]*$",
    re.M,
)
_PROJECT_NAME_LINE = re.compile(
    r"^[ \t\u3000]*(?:项目|工程)名称[：:][ \t\u3000]*([\u4e00-\u9fff（）()\d]{4,40}?)[ \t\u3000]*$",
    re.M,
)
_LISTED_LINE = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff（）]{4,30})[ \t\u3000]*(?:\n|$)")


def _listed_under_heading(text: str, taken: _Spans) -> list[Mention]:
    """The projects a list under a project heading names, a line each, up to its first line
    that is no bare name (a sentence: 全年完成重点项目投资25亿元。)."""
    out: list[Mention] = []
    for heading in _LIST_HEADING.finditer(text) if "项目" in text or "工程" in text else ():
        at = heading.end() + 1
        while (line := _LISTED_LINE.match(text, at)) is not None:
            name, start = line.group(1), line.start(1)
            at = line.end()
            if _LEAD_VERB.match(name) or taken.overlaps(start, line.end(1)):
                continue
            out.append(Mention("Project", name, start, line.end(1), "listed"))
            taken.append((start, line.end(1)))
    return out


# a numbered item that is a project's name alone on its line (a project list's items:
# 2.乐都区高原特色农产品加工园项目 — the thirteenth draw), not a kind of them (3.重点项目)
_NUMBERED_PROJECT = re.compile(
    r"^[ \t\u3000]*\d{1,3}[.．、][ \t\u3000]*([\u4e00-\u9fff（）\d.]{5,40}?(?:项目|工程))[ \t\u3000]*$"
    # (or a table row's cell after its number: 1 | 学生课桌椅采购项目 | … — the thirty-fourth draw)
    r"|^[ \u3000]*\d{1,3}\t([\u4e00-\u9fff（）\d.]{4,40}?(?:项目|工程))(?=\t)",
    re.M,
)
# (nor projects counted by their size: 新开工亿元以上工业项目 — a row's cell)
_NOT_A_PROJECT_NAME = re.compile(
    r"^(?:重点|重大|一批|其他|其它|在建|新建|续建|储备|产业|民生|新开工|新增|新上|开工)|以上|亿元"
)


def _numbered_projects(text: str, taken: _Spans) -> list[Mention]:
    """The projects numbered items name, a name alone on each item's line."""
    out: list[Mention] = []
    for m in _NUMBERED_PROJECT.finditer(text) if "项目" in text or "工程" in text else ():
        group = 1 if m.group(1) is not None else 2
        name, start, end = m.group(group), m.start(group), m.end(group)
        if _LEAD_VERB.match(name) or _NOT_A_PROJECT_NAME.search(name) or taken.overlaps(start, end):
            continue
        out.append(Mention("Project", name, start, end, "listed"))
        taken.append((start, end))
    return out


# Roads, railways and stations named as works (batch 1305): a road by its national or provincial
# number, its works or its section (G210线镇巴过境段改线工程, S211线渔渡至巴庙段 — the works
# when named, else the section); a railway's or a motorway's section in a place (西渝高铁镇巴段);
# a station's forecourt (镇巴高铁站站前广场, the corpus's 习水东站站前广场); a town's passenger
# station built (建成长岭镇综合客运站) — its town part of its name, read before towns are
_NUMBERED_ROAD = re.compile(
    r"[GS]\d{1,4}(?:线|国道|省道|高速)(?:[\u4e00-\u9fffA-Z\d+]{1,20}?工程|[\u4e00-\u9fffA-Z\d+]{1,20}?段)"
)
_LINE_SECTION = re.compile(
    r"[\u4e00-\u9fff]{2,6}(?:高铁|城际铁路|铁路|高速公路|高速)(?:扩建|改扩建)?[\u4e00-\u9fff]{2,3}段"
)
_LINE_HINT = re.compile("高铁|铁路|高速")
_ROAD_NUMBER = re.compile(r"[GS]\d")
# (or a river's section's works, a plant by its place and number: 湘江湘阴段堤防加固工程, 湘阴县
# 第二污水处理厂 — batch 1307)
_SECTION_WORKS = re.compile(r"[\u4e00-\u9fff]{2,6}段[\u4e00-\u9fff]{2,8}?工程")
_NAMED_PLANT = re.compile(
    r"[\u4e00-\u9fff]{2,6}?[县市区镇]第[一二三四五六七八九十]{1,2}(?:污水处理厂|自来水厂|水厂)"
)
_FORECOURT = re.compile(r"[\u4e00-\u9fff]{2,8}?站站前广场")
_STATION_BUILT = re.compile(
    r"(?:建成|新建|建设)([\u4e00-\u9fff]{2,6}?(?:综合客运站|客运站|客运枢纽))"
)
# … a plant built, named by its city or county (建成|邵武市餐厨垃圾处理厂 — batch 1395), or a
# parking building, named by what it serves (建设|丽水火车站综合停车楼 — batch 1396)
_PLANT_BUILT = re.compile(
    r"(?:建成|新建|建设)([\u4e00-\u9fff]{2,4}?[市县区]"
    r"(?:餐厨垃圾|厨余垃圾|生活垃圾|建筑垃圾|医疗废物|垃圾焚烧发电|垃圾|污水)处理厂)"
)
_PARKING_BUILT = re.compile(
    r"(?:建成|新建|建设)([\u4e00-\u9fff]{2,8}?(?:综合停车楼|立体停车楼|停车楼|立体停车库))"
)
# … or a bridge or a tunnel named, built or begun (建成|洪门湖大桥 — batch 1435)
_BRIDGE_BUILT = re.compile(
    r"(?:建成|新建|建设|开工建设|续建|完成|开通)([\u4e00-\u9fff]{2,6}?(?:特大桥|大桥|隧道))"
)
_GENERIC_BRIDGE = re.compile(
    r"^(?:[各全本我该]|一批|农村|乡村|公路|危旧?|人行|跨[江河湖]|城区|生命)"
)
_GENERIC_BUILT_NAME = re.compile(
    r"^(?:[各全本我该]|一批|城区|公共|立体|智能|机械|配套|乡镇|集镇|新城)"
)
_GENERIC_STATION_PLACE = re.compile(r"^(?:乡镇|农村|镇村|城乡|各|县级|县城|全县|一批)|沿线$")
# the work done to them, before their names (配合做好|西渝高铁镇巴段建设, 加强|铁路沿线段…)
_WORK_DONE_BEFORE = re.compile(
    r"^(?:配合|做好|推进|推动|加快|实施|建设|建成|新建|开工|完成|启动|谋划|争取|支持|加强|开展|规划)+"
)


def _works_name(name: str, start: int) -> tuple[str, int]:
    """A work's name and start without the verbs of the work done to it opening it."""
    name, start = _after_verbs(name, start)
    if (verbs := _WORK_DONE_BEFORE.match(name)) is not None and verbs.end() < len(name):
        name, start = name[verbs.end() :], start + verbs.end()
    return name, start


def _public_works(text: str, taken: _Spans) -> list[Mention]:
    """Roads, railways, stations, a river's section's works and plants named (above), as
    projects."""
    out: list[Mention] = []
    found: list[tuple[int, int]] = []
    # (each pattern tried only near the literal its match holds: one opening with a name would
    # try every character of the text)
    if _ROAD_NUMBER.search(text):
        found += [m.span() for m in _NUMBERED_ROAD.finditer(text)]
    if "段" in text and _LINE_HINT.search(text):
        for m in _near(_LINE_SECTION, "段", text, 18, 1):
            name, start = _works_name(m.group(), m.start())
            line = re.search(r"高铁|城际铁路|铁路|高速公路|高速", name)
            if "至" in name:
                continue  # (a road by its two ends, read whole as works: 南丰至广昌高速公路南丰段)
            if (
                line is not None
                and line.start() >= 2
                and not _GENERIC_STATION_PLACE.search(name[: line.start()])
            ):
                found.append((start, m.end()))
    if "站前广场" in text:
        for m in _near(_FORECOURT, "站前广场", text, 10, 4):
            name, start = _works_name(m.group(), m.start())
            if len(name) > 7:
                found.append((start, m.end()))
    if "段" in text and "工程" in text:
        for m in _near(_SECTION_WORKS, "段", text, 6, 11):
            name, start = _works_name(m.group(), m.start())
            cut = name.index("段")
            if (
                cut >= 4
                and name[cut - 1] not in "路河地区标"
                and not _GENERIC_STATION_PLACE.search(name[:cut])
            ):
                found.append((start, m.end()))
    if "水厂" in text or "处理厂" in text:
        for m in _near(_NAMED_PLANT, "第", text, 7, 10):
            name, start = _works_name(m.group(), m.start())
            found.append((start, m.end()))
    if "客运" in text:
        for m in _STATION_BUILT.finditer(text):
            if not _GENERIC_STATION_PLACE.search(m.group(1)) and not _ZONE_COUNTED.match(
                text, m.end()
            ):
                found.append(m.span(1))
    if "桥" in text or "隧道" in text:
        for m in _BRIDGE_BUILT.finditer(text):
            if not _GENERIC_BRIDGE.match(m.group(1)):
                found.append(m.span(1))
    if "处理厂" in text or "停车" in text:
        for rx in (_PLANT_BUILT, _PARKING_BUILT):
            for m in rx.finditer(text):
                if not _GENERIC_BUILT_NAME.match(m.group(1)):
                    found.append(m.span(1))
    for start, end in found:
        if not taken.overlaps(start, end):
            out.append(Mention("Project", text[start:end], start, end))
            taken.append((start, end))
    return out


# a branch or a company of a known organisation named after it: 中国移动龙口分公司, 国家电网
# 庆阳供电公司 (a place, then its kind)
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:分公司|子公司|供电公司|分行|支行|研究院)")


# … and a well-known firm's project named after it, up to 项目 where its building or its clause
# follows (吉利汽车|湘潭基地新能源整车项目建设) — not a kind of project after others (比亚迪等龙头
# 企业项目, 比亚迪的配套项目)
# a firm's plant named after its full name (江西铜业集团有限公司|贵溪冶炼厂 — batch 1507), not what
# is built at it (…有限公司|新建厂房)
_FIRM_PLANT = re.compile(
    r"(?!新建|建设|扩建|改建|改造|技改|搬迁|关停|在|到|于)[\u4e00-\u9fff]{2,6}?(?:冶炼|炼油|分|工|制造|化工|水泥|发电|电)?厂"
    r"(?=[\u4e00-\u9fff]{0,2}?(?:实施|开展|建设|推进|完成|新建|扩建|改造|技改|项目)|[，。；、）]|$)"
)
_FIRM_PROJECT = re.compile(
    # (not what the firm does, nor where: 推动中石化在我市布局项目 is the firm's work, no name)
    r"(?![在于向到对把被将从为])"
    # (its capacity per year may open it: …有限公司|4000万吨/年炼化一体化项目 — batch 1550)
    r"(?:\d[\d.]*(?:万|亿)?吨/年)?"
    r"(?:(?!布局|投资|建设|实施|引进|新建|新上|开展|推进|落户|合作|签约|参与|谋划)"
    r"[^\W\d_等和与及的、，。；：（）“”]){1,16}?项目"
    # (or what is done to it: …炼化一体化项目|提质增效 — batch 1550)
    r"(?=建设|开工|投产|达产|落地|签约|提质|扩能|[一二三]期|[，。；、）]|$)"
)


@lru_cache(maxsize=1)
def _organisation_terms() -> tuple[re.Pattern[str], dict[str, OrganisationEntry]]:
    by_term = load_lexicons().organisation_by_term
    return re.compile(longest_first_pattern(by_term)), by_term


def known_organisation(name: str) -> str | None:
    """The lexicon's name of a well-known organisation written whole (比亚迪股份有限公司 is
    比亚迪), or None."""
    known = _organisation_terms()[1].get(name)
    return known.name if known else None


def _known_organisations(text: str, taken: _Spans) -> list[Mention]:
    """Mentions of the lexicon's well-known organisations not inside a name already taken."""
    rx, by_term = _organisation_terms()
    out = []
    for m in rx.finditer(text):
        entry = by_term[m.group()]
        if text.startswith(entry.not_before, m.end()) or text.endswith(
            entry.not_after, 0, m.start()
        ):
            continue  # (中国银行业, 中国石油大学: other words)
        branch = _BRANCH.match(text, m.end())
        end = branch.end() if branch else m.end()
        if taken.overlaps(m.start(), end):
            continue
        if entry.kind == "enterprise" and (works := _FIRM_PROJECT.match(text, end)):
            # (the firm's project named: 吉利汽车|湘潭基地新能源整车项目 — batch 1268)
            out.append(Mention("Project", text[m.start() : works.end()], m.start(), works.end()))
            taken.append((m.start(), works.end()))
            continue
        name = text[m.start() : end]
        kind = "enterprise" if entry.kind == "enterprise" else None
        out.append(
            Mention("Organization", name, m.start(), end, kind, None if branch else entry.name)
        )
        taken.append((m.start(), end))
    return out


# Firms named short (X公司) as what a verb of support acts on, alone or as a list parted by 、
# (支持阴山优麦公司、塞宝燕麦公司扩能改造 — batch 1286) — not a kind of firm (上市公司, 平台公司,
# 县燃气公司, 某科技公司)
_FIRMS_SUPPORTED = re.compile(
    r"(?:支持|推动|鼓励|引导|扶持|帮助)((?:[\u4e00-\u9fff]{3,8}?公司、)*[\u4e00-\u9fff]{3,8}?公司)"
    r"(?![制化])"  # (推动社有企业规范化公司制改造: the firm's form, no name)
)
_NOT_A_FIRM_NAME = re.compile(
    r"^(?:[县市区镇乡各某本全该省]|国有|上市|平台|城投|国企|民营|中小|龙头|骨干|重点|优势|企业)|企业"
    r"|(?:投资|担保|融资|平台|城投|运营|建设|控股|子|母|分|支)$"
    # (a kind of firm by its trade alone: 支持快递物流公司, 引导中小科技公司)
    r"|^(?:快递|物流|科技|网络|电商|贸易|旅游|文旅|保险|证券|租赁|交通|公交|燃气|供水|供电|水务|能源"
    r"|电力|通信|运输|商贸|农业|食品|医药)+$"
)


def _firms_supported(text: str, taken: _Spans) -> list[Mention]:
    """Firms named short where a verb of support acts on them (see _FIRMS_SUPPORTED)."""
    out = []
    for m in _FIRMS_SUPPORTED.finditer(text) if "公司" in text else ():
        pos = m.start(1)
        for item in m.group(1).split("、"):
            start, end = pos, pos + len(item)
            pos = end + 1
            if _NOT_A_FIRM_NAME.search(item[:-2]) or taken.overlaps(start, end):
                continue
            out.append(Mention("Organization", item, start, end, "enterprise"))
            taken.append((start, end))
    return out


# An enterprise by its legal form, a university (and an institute it runs), a project named by
# its capacity: the name runs back from its tail to the start of its clause or list item,
# without the verbs before it (支持…, 依托…, 建设…).
_ENTERPRISE = re.compile(
    # (with its branch after it: 中国邮政集团有限公司宁陵县分公司 — batch 1320)
    r"[\u4e00-\u9fff（）]{2,30}?(?P<tail>(?:集团)?(?:股份有限公司|有限责任公司|有限公司)"
    r"(?:(?:(?![与和及的、])[\u4e00-\u9fff]){2,8}?分公司)?)"
)
_GROUP = re.compile(r"[\u4e00-\u9fff]{2,16}?(?P<tail>集团)(?![\u4e00-\u9fff]{0,2}(?:有限|股份|化))")
_ACADEMY = re.compile(
    # (or an academy of a science's research: 中国水产科学研究院黑龙江水产研究所 — the
    # twenty-fourth draw)
    r"[\u4e00-\u9fff]{2,10}?(?P<tail>科学(?:研究)?院(?:[\u4e00-\u9fff]{2,16}?(?:研究所|研究院|分院))?)"
)
# (a bank by its branch, 中国银行苍南支行, or a local bank by its kind, 苍南农商银行 — not 农业银行
# alone, a bank named as a class)
_BANK = re.compile(
    r"[\u4e00-\u9fff]{2,12}?(?P<tail>(?:银行[\u4e00-\u9fff]{2,8}?(?:支行|分行)"
    r"|(?:农商|农村商业|村镇)银行(?:[\u4e00-\u9fff]{2,8}?(?:支行|分行))?))"
)
_UNIVERSITY = re.compile(
    # (its institute named after it, not one built with it: 与贵州大学合作建设刺梨研究院)
    r"[\u4e00-\u9fff]{2,10}?(?P<tail>大学(?:(?:(?!合作|建设|共建|联合)[\u4e00-\u9fff]){2,8}?"
    r"(?:研究院|学院))?)"
)
# (a vocational, technical or teachers' college by its place: 芜湖职业技术学院, 滕州市技师学院 —
# batch 1225; not a kind of college built, 现代产业学院)
_COLLEGE = re.compile(
    # (or a college of technology or science by its place: 湖北理工学院 — the twentieth draw)
    r"[\u4e00-\u9fff]{2,10}?(?P<tail>(?:职业技术|职业|技师|师范|高等专科|幼儿师范高等专科|理工|科技|工程"
    r"|财经|农林|医药|医科|医学|中医药"
    # (or of sport or the arts: 与山东体育学院共建… — the forty-second draw)
    r"|体育|艺术|音乐|美术|外国语)学院)"
)
# (or a vocational school named short: 安溪华侨职校, …技工学校 — the fourth draw of the mentions gold)
# a hospital named, the county's by its level alone (县人民医院, 县中医院, 皖南医学院弋矶山医院 —
# the sixth draw), and a new campus of one (市第一人民医院城东院区)
_HOSPITAL = re.compile(
    # (or a town's health centre: 蒋家堰镇中心卫生院 — batch 1304)
    r"[\u4e00-\u9fff]{0,12}?(?P<tail>人民医院|中医医院|中医院|藏医院|蒙医医院|中西医结合医院|妇幼保健院|医院"
    r"|中心卫生院|卫生院"
    # (or a welfare home or an old people's home: 武宁县社会福利院 — batch 1420)
    r"|社会福利院|儿童福利院|福利院|敬老院|养老院|光荣院)"
)
_GENERIC_HOSPITAL = re.compile(
    # (or a count's classifier: 为12个|镇卫生院配备…)
    r"二级|三级|以上|公立|民营|私立|牵头|智慧|综合|定点|互联网|镇级|县级|市级|各|基层|专科|非公|乡镇|村|的|和|个"
    r"|公办|民办|农村|特困|区域性"
)
_LEVELS = frozenset("省市县区旗")
_CAMPUS = re.compile(r"[\u4e00-\u9fff]{1,4}?院区")
# a venue to be built, the verb right before its name (建设|中国伞博物馆 — the eleventh draw)
_TO_BE_BUILT = re.compile(r"(?:建设|新建|筹建|兴建|建成|改建)$")
# (a museum or a memorial hall named is a venue: 郫县豆瓣博物馆 — the fifth draw)
_MUSEUM = re.compile(r"[\u4e00-\u9fff]{2,12}?(?P<tail>博物馆|纪念馆|美术馆|科技馆)")
# (or a museum institute or a grand theatre named: 齐文化博物院, 温州大剧院 — batch 1514, 1513)
_MUSEUM_INSTITUTE = re.compile(r"[\u4e00-\u9fff]{2,12}?(?P<tail>博物院)")
_THEATRE = re.compile(r"[\u4e00-\u9fff]{2,12}?(?P<tail>大剧院)")
# (or a library or a cultural centre named: 永春县图书馆 — batch 1309)
_LIBRARY = re.compile(r"[\u4e00-\u9fff]{2,12}?(?P<tail>图书馆|文化馆)")
# … not a kind of them (公共图书馆, 乡镇文化馆)
_GENERIC_VENUE = re.compile(r"公共|县级|市级|区级|乡镇|村级|城市|社区|数字|各|一批|综合")
# a venue's new building, works (推进永春县图书馆|新馆建设 — batch 1309)
_NEW_BUILDING = re.compile(r"新馆")
# a laboratory named (隆中实验室 — the nineteenth draw), not a grade of them (全国重点实验室,
# 省级实验室2家)
_LABORATORY = re.compile(r"[\u4e00-\u9fff]{2,8}?(?P<tail>实验室)")
# a duty-free shop named, standing (日月广场免税店 — batch 1475)
_DUTY_FREE_SHOP = re.compile(r"[\u4e00-\u9fff]{2,8}?(?P<tail>免税店)")
# an exchange named, standing (推动苏州大数据交易所扩容提质 — batch 1468)
_EXCHANGE = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?P<tail>(?:大数据|数据|证券|期货|商品|产权|技术|碳排放权|排污权|知识产权)?交易所)"
)
# (a national one by its place's name of two to four characters, not a kind: 全国重点…, 建设国家…)
_NATIONAL_LABORATORY = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}国家$|(?<=支持|依托|推进|服务|对接)[\u4e00-\u9fff]{2,4}国家$"
)
_GENERIC_LABORATORY = re.compile(
    r"(?:全国|国家|省|市|县|区|重点|工程|联合|开放|中试|校企|企业|各类|新型|概念验证|共建|争创)"
)


def _laboratory(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A laboratory standing, named: not a grade or kind of them, not counted, not yet to be
    built; a national laboratory named by its place is one (支持|崖州湾国家实验室 — the
    thirty-seventh draw)."""
    if (national := _NATIONAL_LABORATORY.search(text, start, m.start("tail"))) is not None:
        place = national.group()[:-2]
        if _GENERIC_LABORATORY.search(place) or _NOT_A_FIRM.search(place) or "争创" in place:
            return None  # (争创|国家实验室, 省级国家…: the making of one, a grade)
        return _plain(text, m, national.start())
    if _GENERIC_LABORATORY.search(text, start, m.start("tail")) or _BUILT.search(
        text, start, m.start("tail")
    ):
        return None  # (a grade or kind of them, or one built: 湖北理工学院|建设实验室)
    return _standing(text, m, start)


# a factory named by its maker and place (北汽福田诸城汽车厂 — the seventeenth draw), not a kind
# (污水处理厂, 新建汽车厂2个)
_FACTORY = re.compile(
    r"[\u4e00-\u9fff]{2,12}?(?P<tail>汽车厂|制造厂|机械厂|卷烟厂|制药厂|钢铁厂|酒厂|发动机厂)"
)
_SCHOOL = re.compile(r"[\u4e00-\u9fff]{2,10}?(?P<tail>职校|职业学校|技工学校)")
# (or a vocational secondary school: 桑植县职业中专 — batch 1306)
_VOCATIONAL_SECONDARY = re.compile(r"[\u4e00-\u9fff]{2,10}?(?P<tail>职业中专|职业中学)")
# (or a vocational school named by its level, the county's one: 县职教中心 — the thirty-seventh
# draw; 依托县中等职业学校, the corpus's 正安 — or with its place: 平阴县职教中心)
_LEVEL_SCHOOL = re.compile(r"[\u4e00-\u9fff]{0,6}?[县市区](?P<tail>职教中心|中等职业学校|职业中专)")
_LEVEL_SCHOOL_PREFIX = re.compile(r"(?:[\u4e00-\u9fff]{2,5})?[县市区]")
_GENERIC_LEVEL_SCHOOL = re.compile(r"各|全|每|乡镇|以上|级|新建|建设|一批")
# a national association of a trade (支持企业与中国钨业协会共建… — the thirty-eighth draw)
_NATIONAL_ASSOCIATION = re.compile(r"中国[\u4e00-\u9fff]{2,10}?(?P<tail>协会|商会|学会)")
# a cooperative or a family farm named (永泰县绿韵茶叶专业合作社, 梧桐镇春光家庭农场 — batch 1258)
_COOPERATIVE = re.compile(
    r"[\u4e00-\u9fff]{2,16}?(?P<tail>农民专业合作社联合社|专业合作社|股份经济合作社|合作社|家庭农场)"
)
_GENERIC_COOPERATIVE = re.compile(
    r"^(?:各类|各|示范|农民|新型|一批|村|联合|规范|现代|优质|龙头|其中|新增|开展|持续|入选|支持)"
    r"|[和及与、]|级|以上|领办|创办|大户|农民$|供销$|嘎查"
)
# a middle or primary school named by its place and number (习水县第二中学 — batch 1257)
_SCHOOL_NAMED = re.compile(r"[\u4e00-\u9fff]{1,10}?(?P<tail>高级中学|初级中学|中学|小学)")
# a power station or a wind farm (习水抽水蓄能电站, 朗久地热电站, 二郎风电场): works, naming their
# industry — not a kind of them (分布式光伏电站, 充电站, 变电站); or a nuclear plant's project by its
# place (服务三澳核电项目建设 — the forty-fourth draw)
_STATION = re.compile(
    r"[\u4e00-\u9fff]{2,10}?(?P<tail>抽水蓄能电站|水电站|地热电站|光热电站|光伏电站|电站|风电场|核电项目)"
)
_GENERIC_STATION = re.compile(
    r"分布式|屋顶|集中式|农光|渔光|林光|各类|一批|小型|村级|户用|充电站|换电站|变电站|加氢"
)
# a storage station of a kind (共享储能电站, 独立储能电站), not one named by its place (乌兰花独立储能
# 电站 — batch 1402)
_KIND_OF_STORAGE = re.compile(
    r"(?:共享|独立|新型|电化学|电网侧|用户侧|电源侧|配建|大型|压缩空气|锂电池?|液流电池|电池|化学)*储能电站"
)
_PROVINCES = (
    "(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
    "|云南|陕西|甘肃|青海)"
)
# a national centre named by its designation (国家丝网产品质量检验检测中心, with its province in
# brackets: …中心（安徽）) — not a grade of them (国家级工程技术研究中心)
_NATIONAL_CENTRE = re.compile(
    r"(?P<tail>国家(?!级)[\u4e00-\u9fff]{2,16}?(?:质量检验检测中心|检验检测中心|质检中心|工程技术研究中心"
    r"|工程研究中心|技术创新中心)(?:（[\u4e00-\u9fff]{2,4}）)?"
    # (or a province's innovation centre by its designation: 四川省动力电池创新中心 — batch 1285; its
    # metrology testing centre: 河南省镁基新材料产业计量测试中心 — batch 1343; its products'
    # testing centre: 黑龙江省石墨产品质量检验检测中心 — batch 1584)
    rf"|{_PROVINCES}省[\u4e00-\u9fff]{{2,14}}?(?:创新中心|计量测试中心|质量检验检测中心))"
)
# what is done with a college, before its name in the clause: …联合|宁德职业技术学院, 办好|…学院,
# 获批设立|山东青州技师学院 (the last such verb)
_DONE_WITH = re.compile(r".*(?:联合|办好|设立|支持|依托|建设|推动|引进|组建|共建|携手)")
_CAPACITY_PROJECT = re.compile(
    r"年(?:产|加工|处理|吞吐)\d[\d.]*[\u4e00-\u9fff]{2,20}?(?P<tail>项目)"
)
_NAME_BREAK = re.compile(r"[^\u4e00-\u9fff（）\d.]")
_NAME_VERB = re.compile(
    r"(?:支持|推动|推进|鼓励|引导|依托|引进|服务|帮助|协调|指导|对接|联合|加快|做强|做大|培育|扶持|"
    r"建设|实施|打造|与|由|和|及|同(?![心江仁安德川])|面向|向|为|让|使|促进|组织|组建|督促|抓好|落实|完成|争取|借助|围绕|携手|参观"
    # (works begun or finished: 开工建设|习水抽水蓄能电站, 建成|县人民医院新院区 — batch 1257)
    r"|建成|开工|新建|续建"
    # (or what is made better: 提升|县社会福利院服务能力 — batch 1420)
    r"|提升|提高|改善|优化|改造|扩建|升级|加强|规范"
    # (a firm brought in, or what work is done on, opening the run: 引入|龙门县绿源环境服务有限
    # 公司, 对|县医院 — batch 1329, 1330; not 对外…)
    r"|引入|对(?!外)"
    # (where the work is done: 在|盘州市人民医院旁新建献血屋 — batch 1356; not 在建, 在线 …)
    r"|在(?![建线职校编岗途册库])"
    # (what is made into something: 把|煤精琥珀博物馆打造成… — batch 1500; not 把握, 把关)
    r"|把(?![握关脉控])"
    r")"
)
# a heading's or an item's marker (（一）, (1), 1.) before a name, no part of it
# (or an enumerator running a paragraph on: 二是支持|带溪乡黄精种植专业合作社 — batch 1346)
_LEADING_MARKER = re.compile(
    r"[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．](?!\d)|[一二三四五六七八九十]{1,2}是"
)
# a word linking two parties, never inside a name: 与, 同, 向
# (or 和 after a town's, a body's or a firm's name: 恩和镇和|宁夏早康枸杞股份有限公司 — the
# thirty-second draw; not 和 inside a name, 恩和镇, 中和)
# (同 a link, not a place's character: 宁夏同心|伊品… — batch 1446)
# (or after a museum's: 淄博陶瓷琉璃博物馆和|齐文化博物院 — batch 1514)
_NAME_LINK = re.compile(r"[与向]|同(?![心江仁安德川])|(?<=[镇乡局委办道司团馆])和")
# a party an inquiry or a contract names (建设单位为…, 乙方为…), not 华为
_PARTY_IS = re.compile(r"(?:单位|方|者|人)为")
# a kind named, not one of it: 有限公司, 国有企业…, 产业研究院
_GENERIC_NAME = re.compile(
    r"^(?:有限|股份|国有|民营|各类|相关|有关|一批|龙头|骨干|重点|本地|县属|市属|区属|平台|城投|融资|"
    r"新型|产业|技术|研究|科研|高校|大学|项目|企业|金融|商业|政策性|村镇|各)"
)


# the longest reach of a name before its tail's hint, and of the tail after it
_NAME_REACH = 44
_TAIL_REACH = 24


def _name_start(text: str, begin: int, tail: int) -> int:
    """Where a name ending in a tail at ``tail`` starts: after the last break (a mark, a space)
    before the tail, then after any verb opening that run (支持, 推动, 依托 … and 与, 和)."""
    start = begin
    for m in _NAME_BREAK.finditer(text, begin, tail):
        start = m.end()
    for m in _NAME_LINK.finditer(text, start, tail):  # (企业与浙江大学: the one linked)
        start = m.end()
    for m in _PARTY_IS.finditer(text, start, tail):  # (建设单位为|涟源某某实业有限公司)
        start = m.end()
    if marker := _LEADING_MARKER.match(text, start, tail):
        start = marker.end()  # (a heading's marker opening the run: （一）支持…有限公司)
    elif text.startswith("）", start):
        # (or a numbered marker's close, its digits no part of the run: （2|）支持…有限公司 —
        # batch 1476)
        start += 1
    while (v := _NAME_VERB.match(text, start, tail)) is not None:
        if _HE_PLACE.match(text, v.start(), tail):
            break  # (和静县高级中学: a county named 和…, no 和 linking — batch 1319)
        start = v.end()
    return start


# the counties and cities whose names open with 和, which no link word opens
_HE_PLACE = re.compile(r"和(?:静|田|平|顺|龙|政|硕|布克赛尔|林格尔)?[县市区]")


@dataclass(frozen=True)
class _Read:
    """Where a name read by its tail starts and ends; a label or kind other than its reader's
    (a hospital's new campus is a project)."""

    start: int
    end: int
    label: str | None = None
    kind: str | None = None


def _plain(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A name of two characters or more before its tail, no kind's word opening it."""
    if m.start("tail") - start < 2 or _GENERIC_NAME.match(text[start : m.end()]):
        return None
    return _Read(start, m.end())


_GROUP_FORMED = re.compile(r"组建|成立|组成|筹建")
# a group's company named by its place after it (东糖集团|柳城公司 — batch 1430), no link between
_GROUP_COMPANY = re.compile(
    r"(?:(?![与和及的、])[\u4e00-\u9fff]){2,4}?(?:分公司|公司)(?![\u4e00-\u9fff]{0,2}(?:有限|股份))"
)


def _group(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A group named, not groups of a kind counted (组建教育集团12个 — the twenty-sixth draw; a
    project or a centre counted once stays one); with its company named by a place after it."""
    if _ZONE_COUNTED.match(text, m.end()):
        return None
    if _GROUP_FORMED.search(text, start, m.start("tail")):
        return None  # (…第二中学|组建教育集团: a group to be formed, no name — batch 1439)
    read = _plain(text, m, start)
    if read is not None and (company := _GROUP_COMPANY.match(text, m.end())) is not None:
        return replace(read, end=company.end())
    return read


def _university(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A university, or its campus in a place named after it, a place (四川大学宜宾园区 —
    batch 1285)."""
    if _KIND_OF_UNIVERSITY.search(text, start, m.start("tail")):
        return None  # (具有全日制大学专科及以上学历: schooling asked for — the forty-fifth draw)
    if _AFFILIATED_HOSPITAL.match(text, m.end()):
        return None  # (浙江大学|医学院附属第一医院: its hospital's name, read whole — batch 1384)
    if m.group("tail") == "大学" and text.startswith("城", m.end()):
        return None  # (青州镇|大学城: a university town, no university)
    read = _plain(text, m, start)
    if read is not None and (built := _new_campus(text, read.start, m.end())):
        return built
    campus = _UNIVERSITY_CAMPUS.match(text, m.end()) if m.group("tail") == "大学" else None
    if read is not None and campus is not None:
        return _Read(read.start, campus.end(), "Place")
    if read is not None and (seat := _UNIVERSITY_SEAT.match(text, m.end())):
        return replace(read, end=seat.end())
    return read


_UNIVERSITY_CAMPUS = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:校区|园区)")
# a university's seat in brackets after its name, part of the name (one university of several
# seats: 华北电力大学（保定）, 中国石油大学（华东） — batch 1566)
_UNIVERSITY_SEAT = re.compile(r"（(?![^）]*(?:牵头|配合|负责|责任|等))[\u4e00-\u9fff]{2,3}）")
# a kind of university or of schooling, no name: 全日制大学, 普通大学, 高水平大学
_KIND_OF_UNIVERSITY = re.compile(r"全日制|普通|(?:一流|高水平|综合性|研究型|应用型|国内外|知名)$")
_NEW_CAMPUS = re.compile(r"新校区")
# a hospital a university's school runs, after the university's name (…医学院附属第一医院)
_AFFILIATED_HOSPITAL = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?学院)?附属[\u4e00-\u9fff]{0,8}?医院")


def _new_campus(text: str, start: int, end: int) -> _Read | None:
    """A new campus built after a school's, a college's or a university's name at ``start``–
    ``end`` (…第一中学新校区, 湖州师范学院新校区 — batches 1306, 1359): works, a project."""
    built = _NEW_CAMPUS.match(text, end)
    return _Read(start, built.end(), "Project") if built else None


def _uncounted(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A name, unless counted after it (建设绿松石博物馆1个: a kind of museum)."""
    return None if _ZONE_COUNTED.match(text, m.end()) else _plain(text, m, start)


def _generic_venue(text: str, start: int, end: int) -> bool:
    """Whether the words before a venue's kind (``start``–``end``) make it a kind of venue
    (公共图书馆, 城市书房) — a city's name closing in 城 before its 市 none (韩城市博物馆 —
    batch 1401)."""
    for kind in _GENERIC_VENUE.finditer(text, start, end):
        if not (kind.group() == "城市" and kind.start() > start):
            return True
    return False


def _standing(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A venue named, standing already: not counted (绿松石博物馆1个), nor yet to be built
    (建设中国伞博物馆 — no organisation yet, as an institute to be set up is none)."""
    if _TO_BE_BUILT.search(text, max(0, start - 4), start) or _generic_venue(
        text, start, m.start("tail")
    ):
        return None
    if (building := _NEW_BUILDING.match(text, m.end())) is not None:
        return _Read(start, building.end(), "Project")
    return _uncounted(text, m, start)


def _capacity_project(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A project named by its capacity, with the firm named alone before it in its list item
    (江西紫宸|年产5万吨负极材料项目)."""
    return _plain(text, m, _firm_before(text, start))


def _college(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A college, after what is done with it in its clause (建议县人社局联合|宁德职业技术学院)."""
    if done := _DONE_WITH.match(text, start, m.start("tail")):
        start = done.end()
    read = _plain(text, m, start)
    if read is not None and (built := _new_campus(text, read.start, m.end())):
        return built
    return read


def _vocational_school(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A vocational school named short (安溪华侨职校), not a kind (中等职业学校)."""
    read = _college(text, m, start)
    if read is not None and re.match(r"[省市县区镇]?(?:中等|县级|市级|各|全)", text[read.start :]):
        return None
    return read


def _level_school(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A vocational school named by its level (县职教中心), its place before it or not — not a
    kind (各县中等职业学校), nor one yet to be built."""
    prefix = text[start : m.start("tail")]
    if (
        not _LEVEL_SCHOOL_PREFIX.fullmatch(prefix)
        or _GENERIC_LEVEL_SCHOOL.search(prefix)
        or _TO_BE_BUILT.search(text, max(0, start - 4), start)
    ):
        return None
    return _Read(start, m.end())


def _national_centre(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A national centre by its designation, the whole name (not its branches counted:
    建设国家电梯质量检验检测中心分中心1个, nor it counted) — or its branch named, none while it is to be built
    (建成国家轴承质量检验检测中心瓦房店分中心), or the project of works on it (国家刀剪产品质量
    检验检测中心实验室扩建项目 — both the sixteenth draw)."""
    # (or itself counted: 建设国家轴承产品质量检验检测中心1个 — the forty-fifth draw)
    if text.startswith("分中心", m.end()) or _ZONE_COUNTED.match(text, m.end()):
        return None
    if (branch := _NAMED_BRANCH.match(text, m.end())) is not None:
        if _TO_BE_BUILT.search(text, max(0, m.start("tail") - 4), m.start("tail")):
            return None
        return _Read(m.start("tail"), branch.end())
    if (works := _CENTRE_WORKS.match(text, m.end())) is not None:
        return _Read(m.start("tail"), works.end(), "Project", "centre")
    return _Read(m.start("tail"), m.end())


_NAMED_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,5}?分中心")
_CENTRE_WORKS = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:扩建|新建|改扩建|改造|提升|建设)(?:工程)?项目")


def _station(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A power station or a wind farm, with its phase built (二郎风电场二期) — not a kind
    (分布式光伏电站, 充电站, 变电站2座)."""
    if (
        m.start("tail") - start < 2
        or _GENERIC_NAME.match(text[start : m.end()])
        or _GENERIC_STATION.search(text[start : m.end()])
        or _KIND_OF_STORAGE.fullmatch(text, start, m.end())
        or _ZONE_COUNTED.match(text, m.end())
    ):
        return None
    return _Read(start, m.end() + (2 if _PHASE_HINT.match(text, m.end()) else 0))


def _cooperative(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A cooperative or a family farm named (永泰县绿韵茶叶专业合作社), not a kind (省级示范家庭
    农场5家, 村股份经济合作社20个, 农民合作社)."""
    if (
        m.start("tail") - start < 4
        or _GENERIC_COOPERATIVE.search(text[start : m.start("tail")])
        or _ZONE_COUNTED.match(text, m.end())
        or _GENERIC_NAME.match(text[start : m.end()])
    ):
        return None
    return _Read(start, m.end())


def _school(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A school named by its place and number (习水县第二中学, 第三中学), not a kind (中小学,
    农村小学)."""
    prefix = text[start : m.start("tail")]
    if _TO_BE_BUILT.search(text, max(0, start - 4), start):
        return None  # (新建回龙观第三小学: no school yet — the fifteenth draw)
    if built := _new_campus(text, start, m.end()):
        return built
    if not (
        re.search(r"第[一二三四五六七八九十]{1,3}$|实验$", prefix)
        or (len(prefix) >= 3 and prefix[-1] in "县市区镇乡")
        # (or a primary school by its quarter's name, first of two joined: 支持|城厢小学与… —
        # batch 1439)
        or (
            len(prefix) == 2
            and m.group("tail") == "小学"
            and text.startswith("与", m.end())
            and not _KIND_OF_SCHOOL.fullmatch(prefix)
        )
    ) or re.search(r"[中小]$|各|^全[县市区乡镇]|城乡|农村", prefix):
        return None
    return _Read(start, m.end())


# a kind of primary school, no name (中心小学, 乡村小学, 寄宿制…)
_KIND_OF_SCHOOL = re.compile(
    r"中心|乡村|农村|城区|城镇|公办|民办|完全|寄宿|普通|重点|薄弱|乡镇|村级|镇村|片区|优质|特殊|标准|示范|新建|现有"
)


def _hospital(text: str, m: re.Match[str], start: int) -> _Read | None:
    """A hospital named, the county's by its level alone (县人民医院), after 以 (以县人民医院…为
    牵头医院); a new campus of one a project (…人民医院城东院区) — not kinds (二级以上公立医院,
    牵头医院, 1所蒙医医院)."""
    if text.startswith("以", start) and m.start("tail") - start > 1:
        start += 1
    prefix = text[start : m.start("tail")]
    if (
        re.search(r"\d", prefix)
        or _GENERIC_HOSPITAL.search(prefix)
        or _ZONE_COUNTED.match(text, m.end())
        or (len(prefix) < 2 and not (prefix in _LEVELS and m.group("tail") != "医院"))
    ):
        return None
    if campus := _CAMPUS.match(text, m.end()):
        return _Read(start, campus.end(), "Project")
    return _Read(start, m.end())


@dataclass(frozen=True)
class _NamedByTail:
    """A kind of name read by its tail (公司, 大学, 医院 …): the pattern, a literal its tail holds
    (where to look), its label and kind, and how a match is read into a name or refused."""

    rx: re.Pattern[str]
    hint: str
    label: str
    kind: str | None
    read: Callable[[str, re.Match[str], int], _Read | None] = _plain
    absorbs_places: bool = False  # (a farm's town inside its name is no place of its own)


# the firm whose project it is, alone in its list item before the capacity (、江西紫宸|年产…)
_FIRM_BEFORE = re.compile(r"(?:^|(?<=[、，；：\s]))[\u4e00-\u9fff（）]{2,8}$")
_NOT_A_FIRM = re.compile(
    r"实施|建设|推进|新建|建成|开工|投产|引进|加快|完成|支持|推动|谋划|储备|签约"
)


def _firm_before(text: str, start: int) -> int:
    """The start of a capacity project's name, taking in the firm named alone before it in
    its list item (江西紫宸年产5万吨负极材料项目), not a verb (推进年产…)."""
    firm = _FIRM_BEFORE.search(text, max(0, start - 8), start)
    if firm is None or _NOT_A_FIRM.search(firm.group()) or _NAME_VERB.match(firm.group()):
        return start
    return firm.start()


def _starts_item(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a clause or a list item (no Chinese character before it)."""
    return pos == 0 or not "\u4e00" <= text[pos - 1] <= "\u9fff"


# an event's host before its name, a place in brackets after two characters (中国（苍南）), and
# its edition before that (第五届)
# (or set apart by a middle dot: 中国·确山 — batch 1218)
MIDDLE_DOTS = "·・•"
# (a place's too: 中国·临沧坚果交易中心 — batch 1272)
_NATION_DOT = re.compile(rf"中国(?:[{MIDDLE_DOTS}]|（[\u4e00-\u9fff]{{2,4}}）)$")
# (or the nation right before a market or centre of a place: 提升|中国青州花卉博览交易中心 — the
# twenty-fourth draw), after a verb or a mark
_NATION_BARE = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=提升|建设|打造|推进|依托|办好|做强))中国$"
)


# a kind of area a list's places share, after the last (七彩丹霞、平山湖大峡谷|精品景区)
_SHARED_KIND = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:精品|重点|核心|知名|热门|特色|旅游)景区$")


def _listed_before(text: str, end: int) -> list[Mention]:
    """The places of a list ending at ``end``, each its item, the first after its verbs."""
    items = _items_before(text, max(0, end - 200), end)
    if items is None:
        return []
    out = []
    pos = items.start(1)
    for i, item in enumerate(items.group(1).split("、")):
        start, name = pos, item
        pos += len(item) + 1
        if i == 0:
            name, start = _after_verbs(name, start)
        if len(name) >= 2:
            out.append(Mention("Place", name, start, start + len(name)))
    return out


# a place joined to a zone's name by a dash, the two one area (峨眉山—乐山大佛景区)
_JOINED_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,12}—$")


_HOST_ZONE = ("开发区", "高新区", "经开区", "新区")
_PARK_IN_ZONE = ("产业园", "产业园区", "工业园", "工业园区", "化工园区", "科技园", "创业园")


def _host_zone(out: list[Mention], start: int, park: str) -> Mention | None:
    """The zone read right before a park at ``start``, no mark between, that the park's name
    opens with (永康经济开发区|智能门业产业园), or None."""
    if not park.endswith(_PARK_IN_ZONE):
        return None
    for x in out:
        if x.end == start and x.label == "Place" and x.name.endswith(_HOST_ZONE):
            return x
    return None


def _joined_before(text: str, start: int) -> int:
    """A zone's start, taking in a place of two to four characters joined to it by a dash,
    after the verbs before it (提升峨眉山—|乐山大佛景区 — batch 1276: one area of two places)."""
    joined = _JOINED_BEFORE.search(text, max(0, start - 13), start)
    if joined is None:
        return start
    place, at = _after_verbs(joined.group()[:-1], joined.start())
    return at if 2 <= len(place) <= 4 else start


def _with_nation(text: str, start: int) -> int:
    """A place's start, taking in the nation set apart by a middle dot or with the host in
    brackets before it, which opens its name as an event's host does (中国·临沧坚果交易中心 —
    batch 1272; 中国（杭州）人工智能小镇 — the sixteenth draw)."""
    nation = _NATION_DOT.search(text, max(0, start - 8), start) or _NATION_BARE.search(
        text, max(0, start - 4), start
    )
    return nation.start() if nation else start


# (or the nation alone before the host's name: 第十五届中国|宜兴国际陶瓷文化艺术节)
_HOST_BEFORE = re.compile(
    rf"[\u4e00-\u9fff]{{2}}(?:（[\u4e00-\u9fff]{{2,8}}）|[{MIDDLE_DOTS}])$|(?<=届)中国$"
)
# what names a quoted name a brand: 品牌, its region's (区域公用品牌), a trade mark, a
# geographical indication, a "golden signboard" (金字招牌)
_BRAND_AFTER = re.compile(
    r"(?:区域公用|区域|公用|农产品)?(?:品牌|金字招牌|地理标志|(?:集体|证明)?商标)"
)
# (a week of design, fashion or a campaign too: “敦煌国际设计周” — batch 1271)
_QUOTED_EVENT = re.compile(
    r"(?:[^季时礼春]节|博览会|交易会|大赛|论坛|峰会|运动会|马拉松|(?:设计|时装|文化|艺术|宣传|活动)周"
    # (or a week of trade talks or shopping: “港洽周” — the twenty-second draw)
    r"|(?:洽|经贸|招商|消费|购物)周"
    # (or a day the nation or the world keeps: “文化和自然遗产日”, “全国科普日” — the eighteenth
    # draw; not a county's service day, “企业服务日”, a programme)
    r"|遗产日|科普日|环境日|宪法日|权益日|^(?:全国|世界|国际|中国)[\u4e00-\u9fff]{1,8}日)$"
    # (or a festival named by its day of the lunar calendar: “三月三” — the twenty-eighth draw)
    r"|^[正一二三四五六七八九十冬腊]{1,2}月(?:初)?[一二三四五六七八九十]{1,2}$"
)
# a list item that is a town's name alone, four or five characters (、铁干里克镇、, a name
# of the north-west or of a minority people), between a list's marks
# (a verb before a list of towns: 涉及问安镇、七星台镇, 覆盖…, 包括…)
_LISTING_VERB = re.compile(r"(?:涉及|包括|覆盖|辐射|带动|联合|惠及|位于|分布在?)")
_VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}村(?=[、，,；;。（）()\n]|$|[和及与等])")
_VERB_BEFORE_TOWN = re.compile(r"(?:推进|推动|支持|加快|建设|打造|提升|依托|围绕|实施|完成|加强)$")
_WHOLE_ITEM_TOWN = re.compile(r"(?<=[、，（：])([\u4e00-\u9fff]{4,5}镇)(?=[、，）。；]|人民政府)")
# what a village named after its town does or is chosen for (镇岗乡老围村入选…, 西来镇桃源村发展… —
# batch 1409)
_VILLAGE_DOES = (
    "入选|获评|荣获|获得|被评为|被列为|列入|成功|创成|创建|争创|建成|建设|打造|发展|实施|开展"
)
# A township (乡) named alone as a list's item or a clause, or before its government (舟塔乡、
# 恩和镇; 二等次：平河乡、红椿土家族乡; 长安乡人民政府) — 乡 closes too many common words (城乡,
# 返乡, 下乡, 家乡, 鱼米之乡) to be read anywhere else
_TOWNSHIP = re.compile(
    r"(?:(?<=[、，,；;：:（(）)\n])|^)\s*(?!在)([\u4e00-\u9fff]{2,6}族乡|[\u4e00-\u9fff]{2,3}乡)"
    # (or before a village of its own named: 镇岗乡老围村入选… — batch 1409)
    rf"(?=[、，,；;。）)]|人民政府|和|及|与|[\u4e00-\u9fff]{{1,3}}村(?:{_VILLAGE_DOES}|[、，。；]))"
    # (or closing a list of towns, whatever follows: 在椒园镇、万寨乡建设 — batch 1280)
    r"|(?<=[镇乡]、)([\u4e00-\u9fff]{2,3}乡)"
    # (or first of a list of townships after a verb: 实现|叶坪乡、云石山乡… — batch 1441)
    r"|(?<=实现|推动|支持|覆盖|涉及|包括|推进)([\u4e00-\u9fff]{2,3}乡)(?=、[\u4e00-\u9fff]{2,4}[乡镇])"
    # (or alone in a table's cell: 举办地点 | 江村乡 — batch 1417)
    r"|(?<=\t)([\u4e00-\u9fff]{2,3}乡)(?=\t|$)"
    # (or where the work is done, after 在: 在西村乡、岸上乡更换…, 在西村乡建设… — batch 1414)
    r"|(?<=在)([\u4e00-\u9fff]{2,3}乡)(?=[、，和及与]|建设|新建|开展|实施|打造|举办|发展|推进|试点|创建|更换)"
    # (or what a measure rests on or supports, its name of two before 乡, then what it is called
    # in quotes or what it does: 依托尚卿乡“中国藤铁工艺第一村” — batch 1527)
    r"|(?<=依托|支持|推动)([\u4e00-\u9fff]{2}乡)(?=“|发展|建设|打造|创建|开展|实施|举办)"
)
# works named: a road or railway by its two ends (黔西至金沙高速公路), a reservoir (大关水库)
_WORKS = re.compile(
    r"[\u4e00-\u9fff]{2,10}?至[\u4e00-\u9fff]{2,6}?"
    r"(?:高速公路|城际铁路|高速铁路|铁路|高铁|一级公路|二级公路|快速通道|快速路|公路)"
    # (its section too, named by two characters: 南丰至广昌高速公路南丰段建设 — batch 1281)
    r"(?:[\u4e00-\u9fff]{2}段(?=建设|工程|项目|[、，,；;。）)]|$))?"
    # (and its works: 虞宅至茜溪公路改造工程 — batch 1287)
    r"(?:(?:提升改造|改造提升|改扩建|扩建|改造|提升|新建|建设|拓宽|硬化|大修)?工程)?"
    # (with its works after it: 龙潭河水库除险加固工程 — batch 1264)
    # (the work done to it no part of its name without 工程: 完成鹤龙湖水库|除险加固 — batch 1307)
    r"|[\u4e00-\u9fff]{2,8}?水库(?:(?:除险加固|扩容|提升改造|提升|改造|加固|清淤|扩建)?工程)?"
    # (or a river basin's: 潦河流域防洪治理工程 — the twenty-sixth draw)
    r"|[\u4e00-\u9fff]{1,6}?[河江湖]流域[\u4e00-\u9fff]{0,8}?(?:治理|修复|整治)工程"
    # (or a river's, named by it and perhaps its section: 琴江治理工程 — batch 1388; 赣江南昌段…)
    r"|[\u4e00-\u9fff]{1,4}?[河江溪](?:[\u4e00-\u9fff]{2,3}段)?(?:综合|防洪|生态)?(?:治理|整治)工程"
    # (or a port's works: 北滘港扩建工程 — batch 1253)
    r"|[\u4e00-\u9fff]{2,8}?港[\u4e00-\u9fff]{0,6}?(?:码头|航道|港区)?(?:扩建|改扩建|提升|升级|二期|三期)工程"
    # (or a wetland's restoration, named by its estuary, lake or bay: 射阳河口湿地生态修复工程 —
    # batch 1393)
    r"|[\u4e00-\u9fff]{2,6}?(?:河口|湖|湾)湿地(?:生态)?(?:保护)?(?:修复|恢复|治理)(?:提升)?工程"
)
# … not a kind of them (乡镇至建制村公路, 病险水库, 小型水库)
_GENERIC_WORKS = re.compile(
    r"^(?:[乡镇村县市区组户]|建制村|自然村|主要|重点|各)[\u4e00-\u9fff]{0,3}至|"
    # (a kind of river's works: 城区内河综合治理工程, 河道治理工程)
    r"(?:内河|小河|河道|河流(?!域)|河沟|溪流)[\u4e00-\u9fff]{0,4}(?:治理|整治)工程$|"
    r"(?:小型|中型|大型|病险|小\(?[12一二]\)?型|山塘|各类|骨干|备用|应急|重点)水库"
    r"(?:除险加固|扩容|提升改造|提升|改造|加固|清淤|扩建)?(?:工程)?$|^小型|^病险"
    # (a reservoir's works with no reservoir named: 实施水库除险加固8座)
    r"|^(?:港|码头|航道|水库)"
    # (a kind of wetland's restoration: 沿湖湿地, 河湖湿地 — not one named)
    r"|^(?:[河沿滨环近临]|城市|重点|重要)(?:湖|湾|河口)湿地"
)
_WORKS_HINT = re.compile("至|水库|港|流域|治理工程|整治工程|湿地")
# the work done to a reservoir after it, or after the reservoirs listed with it (樟树港水库、
# 鹤龙湖水库|除险加固 — batch 1307)
_RESERVOIR_WORKED = re.compile(
    r"(?:[、和及][\u4e00-\u9fff]{2,8}?水库)*(?:除险加固|扩容|提升改造|提升|改造|加固|清淤|扩建)"
)
_PORT_HINT = re.compile("港")
# a place before its grade of scenic area, no mark between (解忧公主薰衣草园4A级景区)
# (or a resort of the nation's or the province's grade: 齐云山创建国家级旅游度假区 — the
# forty-second draw)
_GRADE = re.compile(r"[1-5１-５][AＡ]级(?:旅游)?景区|(?:国家级|省级)旅游度假区")
_NAME_BEFORE_GRADE = re.compile(r"[\u4e00-\u9fff]{3,14}$")
# (or made one, the work no part of the name: 把煤精琥珀博物馆|打造成国家3A级旅游景区 — batch 1500)
_MADE_GRADED = re.compile(
    r"(?:(?:成功)?创建|创成|争创|(?:打造|建设|提升)(?:成为|成|为))?(?:国家|省)?$"
)
# … not a count or a kind of them (新增|创建国家|全县…, 其中)
_GENERIC_GRADED = re.compile(
    r"(?:国家|省级|全县|全市|全区|全州|其中|新增|创建|成功|现有|累计|力争)"
)
# a phase of a place or a project built (中国辣椒城二期, 中石化海南炼化乙烯项目二期)
# (a later phase too: 宁德时代宜宾基地七期 — batch 1285; or the first: 建成金属镁一体化项目一期 — the
# twenty-eighth draw)
_PHASED = re.compile(r"([\u4e00-\u9fff]{3,18}?)[一二三四五六七八九]期")
_PHASE_HINT = re.compile("[一二三四五六七八九]期")
_PHASE_WORKS = re.compile(r"(?:扩建|改扩建|技改|续建|新建)?(?:项目|工程)")
# (or a distribution or trading centre's: 海峡花卉集散中心二期 — batch 1299)
_PHASED_PLACES = (
    "城",
    "码头",
    "港",
    "滑雪场",
    "园",
    "基地",
    "市场",
    "小镇",
    "集散中心",
    "交易中心",
    "药都",
)
_BARE_WORKS_KIND = re.compile(
    r"(?:抽水蓄能|水|地热|光热|光伏|风|火|核|储能)?电站|风电场|污水处理厂|垃圾焚烧发电厂|(?:生产|产)线"
)
# (works whose phase is the project: a production line's, 生产线二期)
_PHASED_WORKS = ("生产线", "产线")
_SIZED_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,10}\d+(?:\.\d+)?$")
_WORKS_VERB = re.compile(r"新建|建设|改造|扩建|新增|技改|智能")
# a festival held once (举办龙虾节1次)
# (or a congress, a fair or a forum of a trade held once: 举办算力产业大会1场 — the fortieth draw;
# not a government's own meeting)
_HELD_ONCE = re.compile(
    # (or an exhibition named by more than its kind: 举办徽州文化遗产展1场 — batch 1332; not 书画展)
    r"(?<=举办)([\u4e00-\u9fff]{2,8}?(?:节|大会|博览会|峰会|论坛)|[\u4e00-\u9fff]{4,8}?展)"
    r"(?=[1一](?:次|届|场))"
)
# what is measured, quoted in a pair (“发案数、损失数”双下降)
_MEASURE_NOUN = re.compile(r"[数率量额值]$")
# a market city named by its nation or region (中国轻纺城, 华东国际珠宝城, 中国（莆田）海峡工艺品城)
_MARKET_CITY = re.compile(
    # (or a firm's, its host in brackets: 康美（亳州）华佗国际中药城 — batch 1278)
    # (or a town's, international: 大营国际裘皮城 — the twenty-third draw; its verbs trimmed after)
    r"((?:中国|华东|华南|华北|华中|西南|西北|东北|[\u4e00-\u9fff]{2,4}(?=（)|[\u4e00-\u9fff]{2,6}(?=国际))"
    r"(?:（[\u4e00-\u9fff]{2,4}）)?"
    r"[\u4e00-\u9fff]{0,8}?"
    r"(?:轻纺城|纺织城|珠宝城|工艺品城|商贸城|小商品城|家具城|皮革城|裘皮城|眼镜城|灯饰城|服装城|童装城|建材城|陶瓷城|茶城|药城"
    r"|五金城|面辅料城|辅料城|面料城|中药城"
    # (or of moulds, car parts, appliances: 推进中国模具城改造提升 — the forty-first draw)
    r"|模具城|汽配城|电器城|钢材城|农机城"
    # (or of home textiles: 叠石桥国际家纺城 — batch 1366)
    r"|家纺城))"
)
_TRADE_CITY = re.compile(
    # (or the textile city named short, after a part's number too: （二）提升轻纺城市场能级 — the
    # corpus's 柯桥)
    # (or after the work done to it: 完成|进口商品城改造 — the forty-second draw)
    # (or the small commodities city named short: 推动小商品城市场商户“亮证亮照” — the forty-fifth
    # draw, as the corpus's 义乌 names 中国小商品城)
    r"(?:^|(?<=[，。；：、（）\s.．])|(?<=完成|推进|推动|提升|建设|改造|升级))"
    r"([\u4e00-\u9fff]{0,6}?(?:(?:国际|进口)(?:商贸城|商品城)|轻纺城|小商品城"
    # (or a duty-free city: 推动海口国际免税城…提质扩容 — batch 1475; or a trade's exchange city:
    # 推进白沟箱包交易城…改造 — batch 1487)
    r"|(?:国际)?免税城|交易城))"
)
# a world's or a nation's congress of a trade (联合国世界地理信息大会, 世界智能大会), its host city
# in brackets (中国（佛山）国际预制菜产业大会 — batch 1267)
_WORLD_CONGRESS = re.compile(
    # (its trade named in Latin letters too: 世界VR产业大会 — the twenty-ninth draw)
    # (or a nation's with its host, not international: 举办中国（富平）羊乳产业大会 — the forty-fourth
    # draw)
    r"((?:联合国)?(?:世界|全球|中国（[\u4e00-\u9fff]{2,4}）(?:国际)?|中国国际)[\u4e00-\u9fffA-Za-z]{2,10}?大会)"
)
# a trade's centre built (建设鞋业设计研发中心, 打造宝石交易中心), not a grade of them or a firm's
_CENTRE_BUILT = re.compile(
    r"(?:建设|打造|建成|新建|筹建)([\u4e00-\u9fff]{2,8}?(?:设计研发|研发设计|设计|展示交易|交易|展销|集散)中心)"
)
# (or a kind of them, modern or regional: 建设现代中药材交易中心 — batch 1278)
_GENERIC_CENTRE = re.compile(
    r"^(?:工业|省级|市级|县级|国家级|企业|各类|一批|公共|现代|新型|综合|区域性?|大型|专业"
    # (a distribution centre of a kind: 建设农产品集散中心 — the fortieth draw's rule's guard)
    r"|农产品|农副产品|物流|冷链|商贸)"
)
# a government's own meeting, no congress of a trade (经济工作大会, 人民代表大会)
_MEETING = re.compile(r"工作|代表|人民|党|动员|表彰|推进|部署|总结|誓师|座谈|调度|职工|干部|会员")
_LAST_LINK = re.compile(r".*[和及与]")
# a verb a project lands by, before the zone it lands in (配套包材项目落地|淮阴经济开发区)
_LANDED_IN = re.compile(r".*(?:落地|落户|入驻|进驻|选址)")
# a port by its throughput, named at the start of its clause (洋浦港集装箱吞吐量), verbs trimmed
# (or a port area of a port group: 北部湾港钦州港域集装箱吞吐量 — the fortieth draw)
_PORT = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,8}?港(?:[\u4e00-\u9fff]{2,4}?港域)?)"
    r"(?=集装箱|货物吞吐量|吞吐量)"
)
# a verb building what follows, not yet standing (建设|农产品交易城)
_TO_BE_BUILT_BEFORE = re.compile(r"(?:建设|新建|打造|筹建|谋划)$")
# a verb holding an event and the year that opens its name (举办2026, 办好2026年)
_HELD_IN_YEAR = re.compile(r"(?:举办|办好|承办|主办|筹办)(?:19|20)\d\d年?$")
# what may open an event's name before its host (2026, 2026年, 第三届, 中国)
_HOST_OPENING = re.compile(r"(?:(?:19|20)\d\d年?)?(?:第[一二三四五六七八九十百\d]+届)?(?:中国)?")
_INLAND_PORT = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,12}?(?:国际)?陆港)(?![\u4e00-\u9fff]{0,4}(?:集团|公司))"
)
_INLAND_PORT_HINT = re.compile("陆港")
# a bare 项目 closing a list's item after a park (年产…项目、鲜食玉米加工园区项目。)
_LISTED_PROJECT_END = re.compile(r"项目(?=[、，。；;\n]|$)")
# a place's works after its name: 百里杜鹃景区|提升工程, …园区|配套工程 (not a bare 项目: 产业园项目用地
# is the park's land)
_PLACE_WORKS = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:提升工程|改造工程|配套工程|提升项目|改造项目|建设项目|示范项目)"
)
_PARK_PRODUCT_PROJECT = re.compile(r"[\u4e00-\u9fff]{2,8}?项目")
_PARK_PROJECT = re.compile(r"项目(?=建设|开工|投产|落地|签约|[一二三四五]期|[，。；、）]|$)")
_NOT_A_PRODUCT = re.compile(
    r"^(?:入驻|引进|签约|招引|落户|新上|新开工|开工|在建|续建|储备|重点|重大|一批|各类|首批)|以上|亿元"
    r"|[和及与等]|建设项目$"
)
# a town's or a village's works named by it (上津镇供水工程, 化屋村乡村振兴示范项目)
_TOWN_WORKS = re.compile(
    r"(?:供水|饮水|污水处理|垃圾处理|乡村振兴示范|美丽乡村|人居环境整治|防洪|水毁修复|集镇改造|综合治理)"
    r"(?:工程|项目)"
)
# a reservoir built or being built (开工建设|大关水库)
_BUILT = re.compile(r"(?:建设|建成|开工|新建|续建|推进|实施|加快|启动)$")
# A village named after its town (穰东镇张楼村, 西来镇桃源村): a place of its own, up to the end of
# its item or clause — not a kind of village (示范村, 行政村); or an item of a list of villages
# (支持禾木村、白哈巴村发展… — batch 1250), as a township is
_VILLAGE = re.compile(
    r"(?:(?<=[镇乡])|(?<=街道))([\u4e00-\u9fff]{1,3}村)"
    rf"(?=[、，,；;。（）()\n]|$|[和及与等]|集体|{_VILLAGE_DOES})"
    r"|(?:(?<=[、])|(?<=支持|推动|依托|打造|建设)|(?<=推进))([\u4e00-\u9fff]{2,3}村)(?=、)"
    # (a list of villages opened by 在, closed by what is done there, or a village a verb of
    # support acts on: 在马岭村、新光村新建…, 支持新光村打造… — batch 1287)
    # (or any village after another in a list: 依托槐植村、岐阳村茶旅资源 — the thirty-fourth draw)
    r"|(?<=在)([\u4e00-\u9fff]{2,3}村)(?=、)|(?<=村、)([\u4e00-\u9fff]{2,3}村)"
    # (or after 以, the venue of what follows: 以嘎拉村、索松村为主会场 — batch 1484)
    r"|(?<=以)([\u4e00-\u9fff]{2,3}村)(?=、|为)"
    r"|(?<=支持|推动|依托)([\u4e00-\u9fff]{2,4}村)(?=打造|建设|发展|创建|争创)"
    # (or joined by 和 to a place named before it: 依托百花岭景区和什寒村 — batch 1290)
    r"|(?<=[区镇园]和)([\u4e00-\u9fff]{2,3}村)(?=[，,；;。、等])"
    r"|(?<=[、])([\u4e00-\u9fff]{2,3}村)(?=[，,；;。等和及与]|发展)"
    # (or alone in a table's cell: 举办地点 | 上晓起村 — batch 1252)
    r"|(?<=\t)([\u4e00-\u9fff]{2,4}村)(?=\t|$)"
    # (or of one character, first in a list of villages: 推动余村、大溪村、港口村发展 — batch 1382)
    r"|(?<=支持|推动|依托|打造|建设|推进)([\u4e00-\u9fff]村)(?=、[\u4e00-\u9fff]{2,3}村)"
)
_NOT_VILLAGE = re.compile(
    r"(?:行政|自然|示范|精品|重点|中心|贫困|脱贫|试点|美丽|文明|和美|特色|专业|相关|有关|各"
    r"|农|乡|城中|空心|帮扶|薄弱|先进|后进|搬迁|安置|移民|旅游|电商|淘宝|明星|强|富|建制|新)村$"
)
_NOT_TOWNSHIP = re.compile(
    r"(?:[城家故下返回水老同异他全本各该每望梓还原离思到进镇]|之)乡$|^[各全本该每所]"
)
# an event's edition, of up to five numerals (第一百三十九届 — batch 1524): anywhere in a name, or
# closing the text before one
_EDITION = r"第[一二三四五六七八九十百\d]{1,5}届"
_EDITION_IN = re.compile(_EDITION)
_EDITIONED_EVENT = re.compile(
    rf"第[一二三四五六七八九十百\d]{{1,4}}届[\u4e00-\u9fff（）{MIDDLE_DOTS}]{{2,20}}?"
    # (a suffix ending a word: not 节庆, 节日, 会议, 赛事, 展览 …)
    # (not the 展 of a word: 发展, 拓展, 开展 — 第七届青海盐湖产业发展|论坛, batch 1262)
    # (or a show of the arts: 第三届南浔区老年人文艺汇演, …展演 — batch 1359)
    r"(?:节(?![庆日点能约])|会(?![议员长])|赛(?!事)|汇演|展演|(?<![发拓进开施扩延])展(?![会览])|周(?!年|边)"
    r"|论坛)"
    r"(?![\u4e00-\u9fff]*?(?:节|会|赛|展)[^\u4e00-\u9fff])"  # (to its last suffix: …博览会)
)
_EDITION_OPENS = re.compile(r"第[一二三四五六七八九十百\d]{1,4}届")
# (two events joined, the first closed by its kind: 第五届桑植民歌节和澧水源山地马拉松赛 — batch
# 1306)
_EVENTS_LINKED = re.compile(r"(?<=[节会赛展])[和及与](?=[\u4e00-\u9fff]{4})")
# a congress or a party's plenary is no event of the work (第十八届人民代表大会, 第十二届委员会),
# nor a body's term (第二届理事会, 第三届商会)
_CONGRESS = re.compile(
    r"代表大会|委员会|全会|常委会|党代会|人大|政协|全体会议|会议|理事会|董事会|监事会|协会|学会"
    r"|商会|联合会|工会"
)
_EDITION_BEFORE = re.compile(_EDITION + "$")
_EDITION_PART = re.compile(r"^[一二三四五六七八九十百\d]{0,4}届")


def _edition_and_host(text: str, start: int) -> int:
    """The start of an event's name with its edition (第五届) and host (中国（苍南）) before it,
    and the year before them that names the edition (2026中国（浦江）锁具博览会 — batch 1282)."""
    host = _HOST_BEFORE.search(text, max(0, start - 12), start)
    start = host.start() if host else start
    edition = _EDITION_BEFORE.search(text, max(0, start - 6), start)
    start = edition.start() if edition else start
    # (or before an event of the nation or the world: 2025全球茉莉花大会 — the thirtieth draw)
    worldwide = text.startswith(("中国", "全球", "世界", "国际"), start)
    year = (
        _YEAR_BEFORE.search(text, max(0, start - 5), start)
        if host or edition or worldwide
        else None
    )
    return year.start() if year else start


# what parts an event from a name before it: a link word, another event's end
_LINKED_BEFORE = re.compile(rf"[和与及、]|{_EVENT_HINT.pattern}")


# a year before an event's host or edition, no 年 after it: the event's own (2026中国（浦江）…)
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d$")


# The kinds of names read by their tail, in the order they take the text (a hospital before a
# college: 皖南医学院|弋矶山医院 is the hospital's)
_NAMED_BY_TAIL = (
    _NamedByTail(_ENTERPRISE, "公司", "Organization", "enterprise"),
    _NamedByTail(_GROUP, "集团", "Organization", "enterprise", _group),
    # (a city named 镇 inside its name is no town of its own: 景德镇陶瓷大学 — batch 1559)
    _NamedByTail(_UNIVERSITY, "大学", "Organization", None, _university, absorbs_places=True),
    _NamedByTail(_HOSPITAL, "院", "Organization", None, _hospital, absorbs_places=True),
    _NamedByTail(_SCHOOL_NAMED, "学", "Organization", None, _school),
    _NamedByTail(_COOPERATIVE, "农场", "Organization", None, _cooperative, absorbs_places=True),
    _NamedByTail(_COOPERATIVE, "合作社", "Organization", None, _cooperative, absorbs_places=True),
    _NamedByTail(_STATION, "电", "Project", "works", _station),
    _NamedByTail(_COLLEGE, "学院", "Organization", None, _college),
    _NamedByTail(_SCHOOL, "校", "Organization", None, _vocational_school),
    _NamedByTail(_VOCATIONAL_SECONDARY, "职业中", "Organization", None, _vocational_school),
    _NamedByTail(_LEVEL_SCHOOL, "职", "Organization", None, _level_school),
    _NamedByTail(_NATIONAL_ASSOCIATION, "中国", "Organization", None, _uncounted),
    _NamedByTail(_NATIONAL_CENTRE, "中心", "Organization", "centre", _national_centre),
    _NamedByTail(_MUSEUM, "馆", "Organization", "museum", _standing),
    _NamedByTail(_LIBRARY, "馆", "Organization", None, _standing),
    _NamedByTail(_MUSEUM_INSTITUTE, "博物院", "Organization", "museum", _standing),
    _NamedByTail(_THEATRE, "大剧院", "Organization", None, _standing),
    _NamedByTail(_FACTORY, "厂", "Organization", "enterprise", _standing),
    _NamedByTail(_LABORATORY, "实验室", "Organization", None, _laboratory),
    _NamedByTail(_ACADEMY, "科学", "Organization", None),
    _NamedByTail(_BANK, "银行", "Organization", None),
    _NamedByTail(_EXCHANGE, "交易所", "Organization", None, _standing),
    _NamedByTail(_DUTY_FREE_SHOP, "免税店", "Organization", None, _standing),
    _NamedByTail(_CAPACITY_PROJECT, "项目", "Project", "capacity", _capacity_project),
)


# Names read whole by one pattern each, looked for only where its word stands, none counted
# after it: (pattern, word, label, what refuses a match). A festival held once is that one
# (举办龙虾节1次); a trade's centre built is a place, as its parks and markets are (建设鞋业设计
# 研发中心), not a grade of them; a world's congress of a trade (联合国世界地理信息大会), not a
# government's meeting; a market city named by its region (中国轻纺城).
# a zone of two nations' cooperation, its host in brackets after their pair (中德（太仓）产业合作
# 示范区 — the twenty-first draw's miss; 中新（苏州）工业园区, 中韩（盐城）产业园)
_NATIONS_ZONE = re.compile(
    r"(中[德韩新日法英美俄意奥荷瑞以澳泰马印越欧非阿巴]（[\u4e00-\u9fff]{2,4}）[\u4e00-\u9fff]{0,6}?"
    r"(?:产业合作示范区|产业合作园|产业园区?|工业园区?|合作区|创新园|生态园|科技园))"
)
# a street named before the kind of quarter it is made (打造绣品街|文旅街区 — the twenty-first
# draw's miss), its verbs trimmed after
_STREET_BEFORE_KIND = re.compile(
    r"((?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}?街)(?=(?:文旅|文化|特色|商业|美食|休闲|历史文化)街区)"
)
# … not a kind of street (步行街商业街区)
_GENERIC_STREET = re.compile(r"(?:步行|美食|商业|特色|小吃|夜市|风情|休闲|文化|仿古)街$")
# a corridor named by the expressway it runs along (G60科创走廊 — the twenty-fifth draw), and a
# congress of it, read whole as an event first (G60科创走廊产业合作大会)
_CORRIDOR = r"(?<![A-Za-z0-9])[A-Z]\d{1,4}[\u4e00-\u9fff]{0,4}?(?:科创走廊|走廊)"
_NUMBERED_CORRIDOR = re.compile(rf"({_CORRIDOR})")
_CORRIDOR_CONGRESS = re.compile(rf"({_CORRIDOR}[\u4e00-\u9fff]{{0,8}}?(?:大会|论坛|博览会|峰会))")
# a base named by the nation's designation (国家再制造产业示范基地 — the twenty-fourth draw's
# miss; a seed-breeding base with its area in brackets, 国家南繁科研育种基地（乐东片区） — batch
# 1301), not a grade of base (国家级…基地)
# a base named by its desert (库布其沙漠风光基地 — the thirty-fourth draw), not a kind of base
_DESERT_BASE = re.compile(
    r"(?:(?<=[，。；、：\n（])|(?<=推进|建设|打造|加快|推动|依托|布局|实施|建成))"
    r"(?!推进|建设|打造|加快|推动|依托|布局|实施|建成|大型)"
    r"([\u4e00-\u9fff]{2,5}沙漠(?:风光|光伏|风电|新能源|治沙)?基地)"
)
# a market city named by two characters before its goods' city, after the work done to it
# (推进东方药城数字化改造 — the thirty-sixth draw), not a kind of one (打造中药城)
_GOODS_CITY = re.compile(
    r"(?:推进|推动|升级|改造|提升|打造|依托)([\u4e00-\u9fff]{2}(?:药城|茶城|瓷城|玉城))"
)
_NATIONAL_BASE = re.compile(
    r"(国家(?!级)[\u4e00-\u9fff]{2,12}?(?:产业示范基地|产业基地|示范基地|育种基地|制种基地)"
    r"(?:（[\u4e00-\u9fff]{2,6}片区）)?)"
)
# a shop or firm whose name a notice masks, with its city (东兴市某某超市 — a sampling notice's,
# session 77's gold): one named, as 某某…有限公司 is
_MASKED_SHOP = re.compile(
    r"((?:(?<=[对向由与和、及，。；：（\s])[\u4e00-\u9fff]{2,3}[市县区])?某某[\u4e00-\u9fff]{0,6}?"
    r"(?:超市|商店|商行|生鲜店|水产店|便利店|专卖店|门店|酒店|饭店|餐馆|餐厅|诊所|药店|药房|门市部|经营部"
    r"|批发部|加工厂|养殖场|店|厂))"
)
# a day the nation or the world keeps, by its own name wherever written (6月16日在市人民
# 广场举办安全宣传咨询日主会场活动 — the twenty-seventh draw's miss), as in quotes or a list; not a week
# (开展节能宣传周活动, unlisted, names none in the corpus's 慈溪 gold)
# (the nation's or the world's name before it read after a match: an optional prefix in the pattern
# made it ten times slower over the corpus)
_NATION_DAY = re.compile(
    # (the heritage day said short: 办好文化遗产日活动 — batch 1332)
    r"安全宣传咨询日|科普日|文化和自然遗产日|文化遗产日|宪法日|消费者权益日|环境日|防灾减灾日|低碳日|读书日|禁毒日"
    r"|地球日|知识产权日|国家安全教育日"
    # (the archives day: 开展国际档案日宣传活动 — batch 1344; the blood donors' — batch 1356)
    r"|档案日|献血者日"
)
_NATION_DAY_PREFIXES = ("全国", "世界", "国际", "中国", "国家", "全民")
# a square where something is held (在市人民广场举办 — the twenty-seventh draw's miss), not a kind
_SQUARE_HELD = re.compile(r"(?<=在)([\u4e00-\u9fff]{2,8}?广场)(?=举办|举行|开展|设立|启动)")
_GENERIC_SQUARE = re.compile(r"^(?:城市|文化|休闲|商业|中心|主|各|乡镇|村|社区)?广场$")
# a producing area named by the world or the nation (建设世界酱香型白酒核心产区 — the twenty-ninth
# draw), not a kind of them (优质葡萄产区)
_NAMED_AREA = re.compile(r"((?:世界|中国)[\u4e00-\u9fff]{2,10}?(?:核心)?产区)")
# a mountain, a gorge, a pass … listed before a scenic area or a park whose kind it shares (推进
# 盘山、黄崖关长城景区提档升级, 推进仙女山、天生三桥景区 — the twenty-ninth and thirtieth draws)
_SHARED_KIND_AREA = re.compile(
    # (or opening its clause, a shoal's among them: …。石漫滩、二郎山景区接待游客 — the thirty-fifth
    # draw)
    r"(?:(?<=推进|提升|打造|依托|围绕|建设|串联|连通|完善)|(?<=[。；：\n]))"
    r"(?!推进|提升|打造|依托|围绕|建设|串联|连通|完善)"
    r"([\u4e00-\u9fff]{1,4}[山峰岭谷峡洞寨岛寺关楼塔滩])"
    r"、(?=[\u4e00-\u9fff]{2,10}?(?:景区|公园))"
)
# a thing taken into places of a kind (秧歌进景区, 科普进园区)
_INTO_KIND = re.compile(r"进(?:景区|园区|社区|片区|街区|小镇)$")
# verbs before an honour's title (获评中国优秀特色展览会)
_HONOURED = ("获评", "评为", "荣获", "被评为")
# a port named at the start of a clause or a list item (…，畹町口岸恢复客货通关 — batch 1295), not
# a kind of port (陆路口岸, 边境口岸) nor its office or economy
# (its cargo yard named whole: 推进吉隆口岸国际货场扩建 — batch 1303)
_PORT_NAMED = re.compile(
    r"(?<=[，。；、：\n])([\u4e00-\u9fff]{2,4}口岸(?:国际货场|货场)?)(?![办管经城物型])"
)
_GENERIC_PORT = re.compile(
    r"^(?:各|全年|陆路|边境|沿边|一类|二类|国家|公路|铁路|航空|水运|开放|重点|主要|全[市县区州])"
)
# the nation's sports venues, named by their sport (国家高山滑雪中心, 国家雪车雪橇中心 — the corpus's
# 延庆)
_NATIONAL_VENUE = re.compile(
    r"(国家(?:高山滑雪|雪车雪橇|速滑|跳台滑雪|冬季两项|越野滑雪|游泳)中心|国家体育场|国家体育馆)"
)

# a town's aquatic products market named by it (对县城农贸市场、郝穴镇水产市场开展检查 — batch
# 1323), not the towns' as a class (乡镇水产市场)
_TOWN_MARKET = re.compile(r"([\u4e00-\u9fff]{1,4}[镇乡]水产品?市场)")
# a sports venue named (在新安江水上运动中心完成场地改造 — batch 1352), an organisation as the
# nation's are; not a kind of them (全民健身中心, 社区体育馆), nor the county's own said bare (县
# 体育馆, as 县医院)
_SPORTS_VENUE = re.compile(
    r"(?:(?<=[在对、，。；：（\s])|^)"
    r"([\u4e00-\u9fff]{2,10}?(?:水上运动中心|体育中心|体育馆|体育场|游泳馆))(?![馆地])"
)
_GENERIC_SPORTS_VENUE = re.compile(
    r"^(?:[省市县区镇乡村]|全民健身|综合|各|室内|室外|公共|社区|学校|乡镇|一批|标准化|大型)"
)
# a talent or science enclave named by its city and its host in brackets (建设乐清（上海）人才飞地1个 —
# batch 1355; 诸暨（杭州）科创飞地), not a kind of them (人才飞地3个)
_ENCLAVE = re.compile(
    r"([\u4e00-\u9fff]{2,6}（[\u4e00-\u9fff]{2,4}）(?:人才|科创|产业|研发|创新|数字)?飞地)"
)
# a named irrigation district's works (完成海稍水库灌区续建配套与节水改造工程年度投资 — batch 1377; the
# corpus's 大沽河灌区续建配套与现代化改造, 夹岩水利枢纽黔西灌区配套工程), after the verb doing them;
# not a kind of district's (中型灌区续建配套与现代化改造项目)
_IRRIGATION_WORKS = re.compile(
    r"(?<=实施|建设|推进|完成|加快|开工|启动|开展)"
    r"([\u4e00-\u9fff]{2,12}?灌区(?:续建配套与(?:节水|现代化)改造|续建配套|节水改造|配套)(?:工程|项目)?)"
)
_IRRIGATION_KIND = re.compile(
    r"^(?:大中型|中型|大型|小型|重点|各类?|全[县市区]|现有|县域|农村)?灌区"
)
_TOWNS_AS_A_CLASS = re.compile(r"乡镇|城乡|^[各全本每]")
# a market named by its road (在华夏南路农贸市场开展…创建 — batch 1343), where something is done in
# or to it; not a kind of them (城区道路农贸市场, 马路市场)
_ROAD_MARKET = re.compile(
    r"(?<=[在对、])([\u4e00-\u9fff]{2,4}?[路街](?:农贸|农产品|蔬菜|菜|水果|水产品?)市场)"
)
_ROADS_AS_A_CLASS = re.compile(r"道路|马路|沿街|^[各全本每城]")
# a zone's part named after it (在杭绍临空经济一体化发展示范区柯桥片区重点工程开展劳动竞赛 — batch
# 1325; 中国（浙江）自由贸易试验区宁波片区, 苏州工业园区独墅湖片区)
_ZONE_PART = re.compile(
    r"((?:[\u4e00-\u9fff]|（[\u4e00-\u9fff]{2,4}）){2,20}?"
    r"(?:一体化发展示范区|自由贸易试验区|自贸试验区|工业园区|经济开发区|高新区"
    # (or an industry's park: 宜宾三江新区动力电池产业园叙州片区 — batch 1504)
    r"|产业园区?)[\u4e00-\u9fff]{2,3}片区)"
)


# the verbs starting, pushing or finishing works, before the works' name (启动|…改造工程)
_WORKS_STARTED = r"(?<=启动|实施|推进|开工|加快|完成)"
# a named relic's repair or protection works (完成许国石坊保护修缮工程 — batch 1332), after the verb
# starting or finishing them; not relics' as a class (文物保护修缮工程)
_RELIC_WORKS = re.compile(
    _WORKS_STARTED
    + r"([\u4e00-\u9fff]{2,8}?(?:保护修缮|修缮保护|抢救性保护|保护展示|修缮加固|修缮)(?:工程|项目))"
)
_RELICS_AS_A_CLASS = re.compile(r"^(?:文物|古建筑|传统村落|历史建筑|各类|一批|重点|国保|省保)")


# a county's or a city's public facility's works named by it, after the verb starting them
# (启动县人防基本指挥所改造工程 — batch 1317; 实施县体育馆改造工程) — not a hospital's or a
# school's, read as the body they are
_FACILITY_WORKS = re.compile(
    _WORKS_STARTED
    + r"([县市区][\u4e00-\u9fff]{0,10}?(?:指挥所|指挥中心|体育馆|文化馆|图书馆|福利院|敬老院|养老院"
    r"|污水处理厂|自来水厂|水厂)(?:提标改造|改扩建|改造|扩建|迁建)工程)"
)


@dataclass(frozen=True)
class _NearWord:
    """A name read whole by one pattern (its group 1), tried where the text holds a word of it."""

    rx: re.Pattern[str]
    literal: str | tuple[str, ...]  # (any of them)
    label: str
    refused: re.Pattern[str] | None = None  # a kind, no name
    # the verbs before the name trimmed (推进|康美（亳州）华佗国际中药城: a firm's), a kind left alone
    # refused again
    after_verbs: bool = False
    # an event's edition, host and year before it taken in (2025|全球茉莉花大会)
    with_edition: bool = False
    # the endings of the places read inside the name that give way to it (镇, 乡: 郝穴镇|水产市场)
    absorbs: tuple[str, ...] = ()
    # a name counted once still names one (建设乐清（上海）人才飞地1个), as its kind counted does not
    counted_once: bool = False


_NAMED_NEAR_A_WORD = (
    _NearWord(_HELD_ONCE, "举办", "Event", _MEETING),
    _NearWord(_CENTRE_BUILT, "中心", "Place", _GENERIC_CENTRE),
    _NearWord(_WORLD_CONGRESS, "大会", "Event", _MEETING, with_edition=True),
    _NearWord(_MARKET_CITY, "城", "Place", after_verbs=True),
    _NearWord(_NATIONS_ZONE, "）", "Place"),
    _NearWord(_STREET_BEFORE_KIND, "街区", "Place", _GENERIC_STREET, after_verbs=True),
    _NearWord(_NATIONAL_BASE, "基地", "Place"),
    _NearWord(_DESERT_BASE, "沙漠", "Place"),
    _NearWord(_GOODS_CITY, ("药城", "茶城", "瓷城", "玉城"), "Place"),
    _NearWord(_CORRIDOR_CONGRESS, "走廊", "Event"),
    _NearWord(_NUMBERED_CORRIDOR, "走廊", "Place"),
    _NearWord(_MASKED_SHOP, "某某", "Organization"),
    _NearWord(_SQUARE_HELD, "广场", "Place", _GENERIC_SQUARE),
    _NearWord(_NAMED_AREA, "产区", "Place"),
    # (or before a park: 完善东极宝塔、黑瞎子岛湿地公园等配套设施 — batch 1300)
    _NearWord(_SHARED_KIND_AREA, ("景区", "公园"), "Place"),
    _NearWord(_PORT_NAMED, "口岸", "Place", _GENERIC_PORT, after_verbs=True),
    _NearWord(_NATIONAL_VENUE, "国家", "Organization"),
    _NearWord(_FACILITY_WORKS, "工程", "Project"),
    _NearWord(_RELIC_WORKS, "修缮", "Project", _RELICS_AS_A_CLASS),
    _NearWord(
        _TOWN_MARKET, "水产", "Place", _TOWNS_AS_A_CLASS, after_verbs=True, absorbs=("镇", "乡")
    ),
    _NearWord(_ZONE_PART, "片区", "Place", after_verbs=True, absorbs=("区", "园")),
    _NearWord(_ROAD_MARKET, "市场", "Place", _ROADS_AS_A_CLASS),
    _NearWord(_ENCLAVE, "飞地", "Place", after_verbs=True, counted_once=True),
    _NearWord(
        _IRRIGATION_WORKS,
        "灌区",
        "Project",
        _IRRIGATION_KIND,
        # (the verbs before it trimmed: 开工|建设|夹岩水利枢纽黔西灌区配套工程, the corpus's 黔西)
        after_verbs=True,
        absorbs=("水库",),
    ),
    _NearWord(
        _SPORTS_VENUE,
        ("体育", "运动中心", "游泳馆"),
        "Organization",
        _GENERIC_SPORTS_VENUE,
        after_verbs=True,
        # (the zone its name opens with gives way: 榕江县城北新区|体育场 — batch 1506)
        absorbs=("区",),
    ),
)
