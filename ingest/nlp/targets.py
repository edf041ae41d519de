"""Numeric targets and reported results: pure functions over a unit's normalised text.

A quantity is an Arabic number with a unit from ``units.jsonl`` (a 万/亿
multiplier joins the unit: ``50万千瓦``, ``1万余人`` → value 1, unit 万人). A
quantity followed by 的 modifies a noun (``总投资580亿元的项目``) and is not a
figure of its own, nor is one qualifying the noun a count after it counts
(``10亿元以上项目5个``); numbers without a unit (``3A级``, ``100强``) are not
quantities, nor is a number whose unit only ends a clause (``final`` in units.jsonl:
``接入能力达到1000Mbps`` is a figure, ``提升500Mbps宽带用户占比`` is not). A count in
Chinese numerals (two or more, a counting classifier) is a quantity only where it closes
its clause after the noun it counts (``新增规上工业企业三十家``), as slogans use the
same numerals (``两个毫不动摇``, ``三个一批``).

Comparator: 突破/超过 ``>``; 达到/以上/不少于/至少 ``>=`` (达到 in a reported
result is ``=``: it states what was reached); 左右, 约, 近 ``~``; 逾 ``>``; 以内/以下/控制在/不超过,
压缩至, a bound within (``1个工作日内``) ``<=``; 余/多 ``>``; otherwise ``=``. The year is the last ``YYYY年`` before the
number in its clauses up to ``；`` (``到2025年，A达到2家、B达到20家`` gives 2025 to both), or
the end of a five-year plan's period named there (``到“十四五”末`` → 2025); a deadline
(``到2027年``, ``2025年底前``) dates the clauses after ``；`` too, up to the full stop,
and a figure before it that nothing else dates (neither its clauses nor the document)
when the deadline's clause goes on with the same thing (``年均增长8%，到2027年达到600亿元``);
a range such as ``2023—2025年`` is a horizon, not a year. ``每年``/``年均`` make
the period annual. ``A率、B率达到100%`` gives one figure per rate. In a plan's goals, a
sentence opening with a year before the plan's (``2024年，全省…`` in a plan for 2025) reports
that year's results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ingest.headings import HEADING_START
from ingest.marks import Marks
from ingest.nlp.lexicons import load_lexicons
from ingest.periods import PERIOD, PLAN_PERIOD, period_ends, period_year


@dataclass(frozen=True)
class Quantity:
    start: int  # span of number through unit and qualifier (以上/左右 …)
    end: int
    num_start: int
    value: float
    unit: str
    approx: bool  # 余/多
    value_max: float | None = None  # a range: 5%—6%, 5—6%
    numeral: bool = False  # written in Chinese numerals: 三十家


@dataclass(frozen=True)
class Figure:
    """A target or a reported result."""

    start: int
    end: int
    metric: str
    comparator: str
    value: float
    unit: str
    year: int | None
    period: str | None
    growth: bool
    text: str  # the clause the figure was read from
    value_max: float | None = None  # upper end of a range (comparator "between")
    # "target" or "reported" when not the unit's: the from-value of 由2023年的45%提高到55%
    # is an observation; a table column says what it holds
    mode: str | None = None


@lru_cache(maxsize=1)
def _quantity_rx() -> re.Pattern[str]:
    lex = load_lexicons()
    units = sorted((u for u, _ in lex.units), key=len, reverse=True)
    # a final unit must end its clause: 达到1000Mbps以上， but not 500Mbps宽带用户 (a note in
    # brackets after it ends the clause too: 达到500PFlops（市数据局负责）。; and a table's cell
    # before the next cell's tab: 数据中心算力规模达到2000P⇥区经信局 — batch 693)
    alt = "|".join(
        re.escape(u)
        + (
            r"(?=(?:以上|左右|以内|以下)?(?:[，；。、：\n\t）（(]|$))"
            if u in lex.final_units
            else ""
        )
        + (r"(?!体)" if u == "个" else "")  # 个体 (individual) is a word: 10万个体工商户
        + (r"(?![当保任负心])" if u == "担" else "")  # 担当, 担保 …: words, not the dan
        # (组织, 组建, 组成 …: words, not sets — 2 组织指挥体系 is a heading's number and its words)
        + (r"(?![织建成合团件网队长员])" if u == "组" else "")
        # (群众, 群体 …: words, not colonies of bees)
        + (r"(?![众体岛落组])" if u == "群" else "")
        for u in units
    )
    # The check on the character before the number comes after its first digit, so that
    # the pattern starts with a digit and the regex engine can skip ahead to digits.
    # Thousands may be separated by commas (12,600户; the normaliser keeps them).
    # No letter or digit may follow the unit, but for a size class after a count
    # (3个5万吨级泊位: the class is no figure, see find_quantities).
    return re.compile(
        # (nor a stake's metres after its kilometre: 京藏高速K125+300处)
        r"(\d(?<![\dA-Za-z.{_第,].)(?<!\d\+.)(?:\d{0,2}(?:,\d{3})+(?!\d)|\d*)(?:\.\d+)?)[ ]?"
        # (千 too, a thousand of the unit: 新增就业3千人 — 千瓦 and 千米 read the same either way;
        # 余 or 多 may come before the magnitude, 8000余万元, as after it, 1万余个)
        r"(?:余|多)?(千万|百万|万亿|万|亿|千)?(余|多)?"
        # (the currency may follow a sum in yuan: 12亿元人民币 — the sum's, no noun it counts)
        rf"({alt})(余|多)?(?:(?<=元)人民币)?(?![A-Za-z])(?!\d(?!{_SIZE_CLASS}|{_PAIRED_HEADCOUNT}))"
    )


# ordinals before a number make it one too: 第1—3项任务, 第4项、第5项, 第7、8项
_ORDINALS_BEFORE = re.compile(
    r"第\d{1,3}(?:项?[—\-－–~～至到、和及]第?\d{1,3})*项?[—\-－–~～至到、和及]第?$"
)
# items given out by their numbers, with no 第 before them: 1—3项由X牵头 (a reference, see
# roles.TASK_REFERENCE)
_ITEMS_GIVEN_OUT = re.compile(r"(?:任务|工作|措施|举措|事项)?(?:分别)?由")
# a count of the same things in people right after one in households: 监测对象2860户8930人
_PAIRED_HEADCOUNT = r"[\d.,]*万?(?:人次|人|名)"
# a size class: a measure closed by 级 (5万吨级泊位, 百万千瓦级基地) qualifies its noun
_SIZE_CLASS = r"[\d.]*(?:千|万|亿)*[^\d\s，。；、,;]{1,3}级"
_SIZED = re.compile(rf"\d{_SIZE_CLASS}")


# verbs that create or bring in what a count after them counts
_MAKING_VERBS = "培育|打造|建设|建成|新建|新增|引进|创建|争创|形成|认定|设立|建立|招引"

_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def _cn_value(s: str) -> int | None:
    """三十 → 30, 两百 → 200, 一百二十 → 120, 十五 → 15; None if not a number."""
    total, digit = 0, None
    for ch in s:
        if ch in _CN_DIGITS:
            if digit is not None:
                return None  # 二三: not one number
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _spelt_value(words: str) -> float | None:
    """A number spelt out: 九十八点六 → 98.6, 五万二千 → 52000, 一千零五 → 1005; None if
    not one number."""
    whole, _, decimals = words.partition("点")
    high, _, low = whole.rpartition("万")  # (a 万 closing the words is the unit's)
    tens_of_thousands = _cn_value(high.replace("零", "").replace("〇", "")) if high else 0
    rest = _cn_value(low.replace("零", "").replace("〇", "")) if low else None
    if tens_of_thousands is None or rest is None:
        return None
    value = float(tens_of_thousands * 10000 + rest)
    for i, ch in enumerate(decimals, start=1):
        digit = _CN_DIGITS.get(ch, 0 if ch in "零〇" else None)
        if digit is None or ch == "两":
            return None
        value += digit / 10**i
    return round(value, len(decimals))


def _count_in_words() -> str:
    """Pattern of a count in Chinese numerals with its classifier: groups numerals, 余/多,
    classifier (三十家, 两个, 十余场)."""
    units = sorted(load_lexicons().classifiers, key=len, reverse=True)
    return rf"([一二两三四五六七八九十百千]+)(余|多)?({'|'.join(map(re.escape, units))})"


@lru_cache(maxsize=1)
def _numeral_rx() -> re.Pattern[str]:
    """A count in Chinese numerals that closes its clause: 新增规上企业三十家, 两家以上.

    Only counting classifiers, and only at a clause end: the same numerals open slogans
    and set phrases (两个毫不动摇, 三个一批, 千家万户, 第三批), which go on after them."""
    return re.compile(
        # (not 数十家, 数百个: dozens, hundreds, no number)
        rf"(?<![第一二两三四五六七八九十百千万亿几每数]){_count_in_words()}"
        # (or before a note closing its clause: 培育龙头企业两家（县农业农村局负责）)
        r"(?=(?:以上|左右|以内|以下)?(?:[，；。、：\n）（]|$))"
    )


@lru_cache(maxsize=1)
def _numeral_noun_rx() -> re.Pattern[str]:
    """A count in Chinese numerals right after a verb that makes or brings what it counts,
    before the noun: 打造两个千亿级产业集群, 新建三座污水处理厂. Not a slogan (建设“三个
    一批”, quoted; 三个一流, a numeral after the classifier) nor 一 (一批, 一个中心)."""
    return re.compile(
        # (a range's low end between: 引进二至三家企业 — see _CN_RANGE_LOW)
        rf"(?:{_MAKING_VERBS})(?:[一二两三四五六七八九十百千]+[至到—－~～])?{_count_in_words()}"
        r"(?=[\u4e00-\u9fff])(?![一二两三四五六七八九十第])"
    )


# the low end of a range of counts in numerals, before the high one: 二至三家, 两到三个, 五百至八百人
_CN_RANGE_LOW = re.compile(r"([一二两三四五六七八九十百千]+)[至到—－~～]$")


_AFTER = [("以上", ">="), ("左右", "~"), ("以内", "<="), ("以下", "<="), ("上下", "~")]
# 1个工作日内 ending its clause, or 5个工作日内办结: within, so at most
_WITHIN = re.compile(r"内(?=[，；。、：\n）]|$|办结|办理|办完|完成|解决|答复)")
_BEFORE = [
    # about (约2.1万亿元), nearly (近20亿美元), more than (逾5200亿元)
    (re.compile(r"(?:约|大约|近|接近|将近)$"), "~"),
    # (crossing a mark: 财政收入跨越20亿元大关 — found probing, session 62; not the
    # supermarkets, 商超 and 农超, where goods enter: 进入大型商超50家 — batch 666)
    # (or higher than it: 空气优良天数比例高于85% — found probing, session 80)
    (re.compile(r"(突破|(?<!不)超过|(?<![不超商农])超|逾|跨越|跨过|(?<!不)高于|[>＞])$"), ">"),
    # short of (占比不足30%, 不到5家, 少于10人), or lower than it (城镇登记失业率低于3.5%, <5% —
    # found probing, session 81: both had read '<=')
    (re.compile(r"(?:不足|不到|(?<!不)少于|(?<!不)低于|[<＜])$"), "<"),
    (re.compile(r"(不少于|不低于|至少|[≥≧])"), ">="),
    (re.compile(r"(控制在|不超过|不高于|[≤≦])"), "<="),
    (re.compile(r"(稳定在|保持在|稳定|维持在)$"), "="),
    (re.compile(r"(?:下降|降低|减少|压减|压缩|缩短|缩减|缩小|降)(?:到|至)$"), "reach_down"),
    (
        re.compile(
            r"(达到|达|提高到|提升到|增加到|增至|提高至|提升至|增长到|扩大到|扩大至|发展到|发展至"
            # (stepping onto a level: GDP迈上300亿元台阶, 站上, 登上 — found probing, session 62)
            r"|迈上|迈入|站上|登上)$"
        ),
        "reach",
    ),
    # (超过 anywhere before; not 突破 with its object between, 突破关键核心技术10项: the work,
    # breaking through so many, not more than them)
    (re.compile(r"(?<!不)超过"), ">"),
]
# Where a metric can start. 、 joins the things a metric names (发放就业、创业贷款,
# 新建中小学、幼儿园); after a figure it starts the next one, which the previous
# figure's end already marks.
# (and a note in 【】 opening an item, 〔〕 by now: 1.〔县商务局负责〕开发…)
_DELIM = re.compile(r"[，；。：！？\n\t（）〕]")
_SENT = re.compile(r"[。；！？\n\t]")
_COMMA = re.compile(r"[，；。\n\t]")
_CLAUSE = re.compile(r"[，；。：\n\t]")
_CLAUSE_BREAK = re.compile(r"[，；]")
# a clause's opening that says only when or how firmly, before a change: 预计全年, 全年力争
_BARE_CHANGES = ("增长", "增速", "增幅", "下降", "提高", "提升", "降低", "增加", "减少")
_ESTIMATE_OPENING = re.compile(r"\s*(?:预计|力争|确保|争取)?(?:全年|年末|年底)?(?:力争|可)?")
_SENTENCE_END = re.compile(r"[。！？!?]")
# 较2016年, 比2020年 and 由2023年的 name the base of a comparison, not the figure's year.
# a year a multiple is of (是2025年的2倍, 达到2025年的两倍): its base, which dates nothing
_BASE_OF_MULTIPLE = r"(?!的(?:\d+(?:\.\d+)?|[一二两三四五六七八九十])倍)"
# (not a start: 对2023年以来实施的26个工程项目 — checked in the year reported, not in 2023)
# (nor a year bounding what is counted by when it was built: 2000年前建成的老旧小区)
_BUILT_BEFORE = r"(?:以)?前(?:建成|建设|竣工|修建|建造|投用)"
_YEAR = re.compile(
    rf"(?<![\d—\-–~较比由从])(\d{{4}})年(?![\d]*[—\-–~]\d|以来|{_BUILT_BEFORE}|(?:度)?的?基础上)"
    rf"{_BASE_OF_MULTIPLE}"
)
# (nor a base a change is made on: 产值在2025年基础上增长10% — found probing)
# A change from a baseline: 比重由2023年的45%提高到55%. The from-value is an observation of
# the year it names (none named: it is dropped); the to-value is the figure, with the metric
# written before 由.
# (a standard per head raised: 城市低保标准由每人每月780元提高到820元 — the per-unit words after 由)
_BASELINE = re.compile(
    r"(?:由|从)(?:(\d{4})年(?:底|末)?|目前|现在|当前)?(?:的)?(?:每[\u4e00-\u9fff]{1,4})?$"
)
_CHANGE_TO = re.compile(
    r"(?:(?:提高|提升|增加|增长|扩大|下降|降低|减少|压减|缩小|降|增)(?:到|至)"
    # (or merged or adjusted into so many: 县属国有企业由15户整合为6户)
    r"|(?:整合|合并|归并|撤并|精简|调整)(?:为|到|至))"
)
# … the value changed to dated as its baseline is: 由2025年的35%提高到2027年的45%
_CHANGE_TO_DATED = re.compile(rf"{_CHANGE_TO.pattern}(?:\d{{4}}年(?:底|末)?的)?")
# (a season across two years with a slash too: 2026/2027年榨季 — batch 1242)
_RANGE = re.compile(r"\d{4}年?[—\-–~至到/]\d{4}年")
# A deadline (到2027年, 2025年底前) dates every clause of its sentence up to 。, across ；
# (到2027年，A突破1500亿元；B达到55%；…); a year saying when something happened (2023年完成…)
# dates only its own clause.
_DEADLINE = re.compile(
    rf"(?:到|至)(\d{{4}})年{_BASE_OF_MULTIPLE}|(\d{{4}})年(?:底|末)?(?:前|以前)(?!建成|建设|竣工|修建|建造|投用)"
)
_FULL_STOP = re.compile(r"[。！？\n\t]")
# the clause after a figure going on with the same thing to a deadline: …，到2027年达到600亿元
_CONTINUED_TO = re.compile(
    r"^[^，；。]{0,6}[，；]\s*(?:力争|确保|争取)?(?:到|至)(\d{4})年(?:底|末)?，?\s*"
    r"(?:力争|确保|争取)?(?:达到|突破|超过|提高到|提升到|增加到|增长到|实现|达)?\s*\d"
)
# … or the clause after a figure saying when its work is done: 修复退化湿地1万亩，2027年前完成 (batch
# 1393) — that year the figure's, whatever year the document speaks in
_DONE_BY_AFTER = re.compile(
    r"^[^，；。]{0,6}[，；]\s*(?:力争|确保|争取|计划)?(?:于|在)?(\d{4})年(?:\d{1,2}月)?(?:底|末)?(?:前|以前)?"
    r"(?:全部|基本)?(?:完成|建成|建成投用|投用|投产|完工|竣工)(?=[，；。）\n]|$)"
)
_GROWTH = re.compile(r"增长|增速|增幅|涨幅|提高|提升|下降|降低")
# (a bracket naming the thing again, the noun running on after it, is the noun's:
# 5家镇级医院（社区卫生服务中心）提质改造)
_ASIDE = r"（[^（），；。：\n\t]{1,15}）(?=[\u4e00-\u9fff])"
_AFTER_NUMBER = re.compile(rf"(?:[^，；。：、（）\n\t]|{_ASIDE}){{1,24}}")
_ANNUAL = re.compile(r"每年|年均|每年度|年平均")
# the dash or bullet opening an item of a list (——地区生产总值增长5.5%左右；, ● …)
_BULLET = re.compile(r"^(?:[—－\-]{1,2}|[●○■□◆◇▪•·★☆►▶])\s*")
# how firm a goal is, before its change: 确保增长6%，力争增长7%
# (… or how it is set, as a draft budget sets revenue: 一般公共预算收入预期增长5%)
_RESOLVE = re.compile(
    r"(?<=.)(?:确保|力争|争取|努力|预期|预计)"
    # (or before 实现, or ending the metric, its verb gone: 规上工业总产值力争实现翻番)
    r"(?=增长|提高|提升|下降|降低|达到|突破|超过|稳定在|保持在|控制在|实现|$)"
)
# a first crossed, as a report tells it: 地区生产总值首次突破300亿元 — when, not what
_FIRST_TIME = re.compile(r"(?<=.)(?:首次|历史性)(?=突破|达到|超过|迈上|跨越|实现|$)")
# (年均 before a verb that stays in the metric is the figure's period, as 每年 is: 年均新增专利)
# Striving for a goal (力争, 争取, 确保) — 争取 before funds is getting them, not how firm a goal
# is: 争取上级资金 keeps it
# (nor more won than before: 较上年多争取1.2亿元 — found probing, session 74)
_STRIVING = r"力争|(?<![多共已])争取(?![^，；。]{0,24}?(?:资金|债券|国债|补助|奖补|预算内投资|专项投资))|确保"
# (和 opening a metric is a conjunction, not the word or place it opens: 和美乡村, 和谐社区, 和田玉
# — batch 1111: 田玉原料开采总量)
# the whole of the place a figure counts in: 全县, 全市 (opening a metric, before or after its verb)
_WHOLE_PLACE = r"全[省市县区旗州盟镇乡师村]"
_LEAD_JUNK = re.compile(
    # (the goal striven for beside the one set names no metric of its own: 增长6%，奋斗目标6.5%
    # — batch 668)
    rf"^(?:[一二三四五六七八九十]是|将|把|仅|只|要(?=力争|争取|确保|努力)|(?:奋斗|力争|争取)目标(?:为|是)?|{_STRIVING}|努力|全年|年内|目前|当前|(?:(?:上|下)半年|前三季度|[一二三四]季度|本(?:季度|月|周))(?:末|底)?(?:前|以前)?|已|(?:今年|当年|本年度?)?年[底末](?:前|以前)?|(?:到|至)?(?:今年|本年度?|当年|明年|来年|次年|去年|上年度?)(?:底|末)?(?:前|以前)?|其中|并(?!购|网|联|轨|列)|和(?!美|谐|田|平|顺|龙|政|静|硕|县|林格尔)|及|同时|累计|(?:总)?共有(?=[\u4e00-\u9fff])|(?:[省市县区旗]|全[省市县区旗])?(?:法院|检察院)?(?:总)?共(?=收到|完成|办理|实施|新增|发放|举办|接待|培训|引进|签约|受理|开展|破获|侦破|抓获|缴获|查处|查办|办结|调处|化解|排查|整改)|全地区|全系统|(?:在)?{_WHOLE_PLACE}|对(?![外标接口比照应])(?=[^\W\d的]{{2,16}}?率)|师市|每年|年均(?=新增|新建|引进|培训|培育|培养|招引|发放)|至少|预计|实现|即$|"
    # (the firms or banks got to do the work: 组织农资企业储备化肥, 协调金融机构发放贷款)
    r"(?:组织|协调|引导|督促|动员|撬动|鼓励)[\u4e00-\u9fff]{2,8}?(?:企业|机构|银行)(?=储备|发放|投放|提供|采购)|"
    # (how and when the work goes with the rest: 同步加装电梯, 计划改造老旧小区 — a plan's sum
    # invested, 计划投资, is what it counts)
    r"同步(?=加装|新建|改建|改造|配建|建设|实施|推进)|计划(?=新建|改建|改造|播种|种植|实施|建设|新增|培训|开工|引进|举办|开展|筹集|免疫(?!规划|接种|疫苗))|"
    r"(?:在)?\d{4}年?[—\-–~至到/]\d{4}年(?:间|期间)?|"  # a span of years: the horizon
    r"(?:到|在)?\d{4}年度?(?:\d{1,2}月)?(?:底|末|内)?(?:前|以前)?(?:[、和及与](?=\d{4}年))?|\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?:前|以前)|截至(?:\d{4}年)?(?:\d{1,2}月)?(?:底|末)?|"
    r"\d{1,2}[-—–]\d{1,2}月|分别|"
    # (a month opening what it counts, in a month's report: 3月重复工单, 确保4月按时办结率)
    r"\d{1,2}月份?(?:末|底)?(?=[\u4e00-\u9fff])|\d{1,2}月\d{1,2}日(?:前|以前|之前)?|(?:用|利用)?[一二两三四五\d]年(?:内|时间)?(?!平均)|"
    # (how a growth was reckoned: 剔除留抵退税因素后同口径增长 → 同口径增长)
    r"(?:剔除|扣除)[^，；。]{1,20}?(?:因素|影响)后?|"
    r"连续(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年|"
    # (a goal retold, as an explanation or an interpretation retells the plan's: 提出到2028年…)
    r"(?:提出|明确)(?=(?:到|在)?\d{4}年)|"
    # (… its name in 《》 saying it, or 提出 before the work it sets: 《方案》要求县财政每年安排…,
    # 《方案》明确了…，提出改造低效果园2万亩)
    r"《[^《》]{1,40}》(?:还|也|进一步)?(?:提出|要求|明确了?|强调|规定)|"
    r"提出(?=新建|新增|新培育|培育|改造|建设|建成|打造|引进|创建|实施|完成|推广|开发)|"
    rf"(?:到|在)?{PERIOD})+"
)
# Verbs of doing, not of counting: the metric is what is counted (实施重点工业项目100个 →
# 重点工业项目). Verbs that change what is counted stay (新增, 新建, 引进, 发放 …).
_ACTION = re.compile(
    r"^(?:切实|全力|扎实|积极|加快|持续|同步|优先|配套)?(?:每年|年均)?(?:(?:组织)?实施|完成|打造|推出|推行|设立|保障(?!性)|开设|认定|推动|开展好|开展|"
    r"建成投用|建成投运|建成(?!区(?!级|域))|建设(?!项目|用地|工程|规模|资金|经费|内容|任务)|共建(?!共享)|开通|储备|争创|抓好|推进|办好|串联提升|压减|压缩|缩短|稳定|"
    r"集聚|(?:统筹)?安排|铺设|发展(?!改革|规模|水平|速度|质量|基金|资金)|"
    # (统筹 before the pooling it qualifies: 统筹整合财政衔接资金 → 整合财政衔接资金, as the
    # corpus's 整合涉农资金 — batch 720)
    r"统筹(?=整合)|"
    # (促进 pushing a change along: 促进技术交易额增长 → 技术交易额增长, as 推动 — batch 724)
    r"促进(?=[\u4e00-\u9fff]{2,16}?(?:增长|提升|提高)$))"
)
# a second verb coordinated with a doing verb: 完成和推进…, 完成或序时推进
_COORDINATED_VERB = re.compile(r"(?:完成|推进|实施|建成|开工|开展|启动)")
# The treasury that funds is not part of the fund: 县财政每年安排文旅发展专项资金 → 文旅发展专项资金,
# 区财政设立低空经济发展专项资金 → 低空经济发展专项资金
# (白沟新城财政安排…).
# (or levels of government together: 市县两级财政每年安排, 兵团和师市两级每年安排)
_FUNDER = re.compile(
    # (other money set beside the treasury's, said first: 援藏资金和县级财政每年安排)
    # (a place named before it: 白沟新城财政, 地区财政 — not money sought or a fund's source:
    # 争取省级财政安排, 奖补资金由市财政统筹安排)
    r"^(?:[\u4e00-\u9fff]{2,6}资金[和与、])?(?:(?:(?:(?!由|争取|申请|资金|向|从)[\u4e00-\u9fff]){0,6}?"
    r"(?:[省市县区旗州盟镇乡](?:本?级)?|林区|新区|特区|新城|园区|开发区|高新区|示范区))?财政(?:局|部门)?"
    r"|[\u4e00-\u9fff]{1,4}[和与、]?[\u4e00-\u9fff]{1,4}[两三]级(?:财政)?)"
    r"(?:每年|年均|累计)?(?:统筹)?(?:安排|投入|列支|统筹|设立)"
    # (or the putting of money in alone, the fund named after it: 每年投入义务教育学校设施设备
    # 更新资金 → 义务教育学校设施设备更新资金; or its being made sure of: 落实中药材产业发展资金
    # → 中药材产业发展资金, as the corpus's 天心 — batch 716)
    r"|^(?:每年|年均|累计)?(?:投入|落实)(?=[\u4e00-\u9fff]{2,24}?(?:资金|经费)$)"
    # (or a level of government setting a fund aside: 街道每年安排刺绣产业扶持资金, 镇政府安排…资金)
    r"|^(?:街道|乡镇|[省市县区旗州盟镇乡])(?:级|人民政府|政府|办事处)?(?:每年|年均|累计)?(?:统筹)?"
    r"(?:安排|投入|列支)(?=[\u4e00-\u9fff]{2,24}?(?:资金|经费)$)"
)
# The means relied on is no part of what is done: 依托石河子大学培养技能人才 → 培养技能人才.
_MEANS = re.compile(
    r"^(?:依托|借助|依靠|通过)[^，；。]{1,30}?"
    r"(?=(?:培养|培训|建设|打造|引进|新建|新增|培育|开展|举办|撬动|带动|拉动)[\u4e00-\u9fff]{2})"
    # (with whom: 与中国热带农业科学院合作建设天然橡胶试验站 → 天然橡胶试验站)
    r"|^(?:与|同|联合)[^，；。]{2,30}?(?:合作|共同|联合)(?=(?:建设|共建|打造|新建|开展|举办|培养)[\u4e00-\u9fff]{2})"
    # (… or jointly with it: 与省农林科学院共建耐盐碱作物育种基地 → 耐盐碱作物育种基地; or signed
    # with it: 与高校院所签订产学研合作项目 → 签订产学研合作项目)
    r"|^(?:与|同)[^，；。]{2,30}?(?=(?:共建|签订|签署)[\u4e00-\u9fff]{2})"
    # (… or a subject with its partner, the work pushed: 推动湖北理工学院与企业共建产业技术研究院
    # → 产业技术研究院 — batch 724)
    r"|^(?:推动|支持|鼓励|引导)?[\u4e00-\u9fff]{2,16}?(?:与|同)[^，；。]{2,30}?(?=共建[\u4e00-\u9fff]{2})"
    # (or joined by a body, in the work of one's own: 联合县人社局开展家政服务技能培训10期)
    r"|^(?:联合|会同)[^，；。]{2,30}?(?=(?:开展|举办|组织)[\u4e00-\u9fff]{2})"
)
# The body leading or answering for the thing is no part of what is counted: 县住房和城乡建设局
# 牵头的城市更新项目 → 城市更新项目
# … nor who sets the money aside, after it (专项资金由市级财政预算|安排，每年安排3亿元)
_FUNDED_BY = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})由(?:[省市县区旗州盟镇乡]级?|林区|新区|特区)?(?:财政|政府)(?:预算|资金)?(?:统筹)?$"
)
_LED_BY_BODY = re.compile(
    r"^[^，；。、]{1,30}?(?:局|委|办|办公室|中心|政府|管委会|街道|镇)"
    r"(?:牵头|负责|主抓|承担)(?:实施|推进|建设)?的(?=[\u4e00-\u9fff]{2})"
)
# … nor the support firms are given to do it: 支持乳企新上液态奶生产线 → 乳企新上液态奶生产线
# (the corpus's 芒市: 蔗糖企业实施节能技改; 支持企业参加…展会 → 企业参加…展会); 支持 before no firm
# doing anything stays
_FIRMS_SUPPORTED = re.compile(
    # (firms of any trade named short: 乳企, 药企, 茶企 — batch 747)
    r"^(?:支持|鼓励|引导|推动)(?=[^，；。]{0,10}?(?:企业|[\u4e00-\u9fff]企)"
    r"(?:新上|实施|开展|新建|扩建|建设|引进|开发|建成|参加|参展))"
)
# … nor, where they set things up or build them, the firms and where: 支持企业在东南亚、欧美设立
# 海外仓 → 海外仓, 支持第三代半导体企业建设碳化硅、氮化镓产线 → 碳化硅、氮化镓产线 (推动龙头企业建设
# 智能工厂 → 智能工厂; 支持上汽通用五菱、东风柳汽等整车企业推出新车型 → 新车型)
_FIRMS_SETTING_UP = re.compile(
    r"^(?:支持|鼓励|引导|推动)[^，；。]{0,20}?企业(?:在[^，；。]{1,16}?)?"
    r"(?=(?:设立|开设|新设|布局|建设|建成|新建|推出)[\u4e00-\u9fff]{2})"
)
# … nor the bodies doing it, opening the clause: 旗发改委等部门积极争取中央预算内投资
# … nor an agreement's parties, who gives to whom (甲方向乙方投入…, 帮助乙方…, 双方共同举办…)
_PARTIES = re.compile(r"^(?:帮助|支持|组织)?(?:甲乙双方|双方|[甲乙丙]方)(?:向[甲乙丙]方)?(?:共同)?")
# … nor the bodies asked to reach it (a meeting's demands: 请各乡镇确保全年新增…, 县农业农村局要
# 力争…): who is to reach the goal, not what it is
_BODIES_STRIVING = re.compile(
    r"^请?(?:各[^，；。、]{1,8}?|[^，；。、]{1,30}?(?:局|委|办|办公室|中心|政府|管委会|街道|镇|乡))"
    r"(?:要|应|须|务必)?(?=确保|力争|争取|努力)"
)
# … nor a body of government saying what it did or will do, as a bulletin tells it
# (区农业农村局新建标准化养殖场3个 → 新建标准化养殖场)
_BODY_ACTING = re.compile(
    r"^(?:[省市县区镇乡旗]|[\u4e00-\u9fff]{2,6}[市县区旗])[^，；。、]{1,20}?"
    r"(?:局|委|办|办公室|人民政府|管委会)"
    r"(?=(?:新建|新增|新培育|培育|引进|培训|发放|举办|组织|开展|建成|完成|实施|累计|共)[\u4e00-\u9fff])"
)
_BODIES_DOING = re.compile(
    r"^[^，；。、]{1,30}?(?:局|委|办|中心)(?:、[^，；。、]{1,30}?(?:局|委|办|中心))*"
    r"等(?:部门|单位)(?:积极|主动|全力)?(?=[\u4e00-\u9fff]{2})"
)
# Reaching an output is no part of it: 铝精深加工产业实现营业收入 → 铝精深加工产业营业收入,
# 实现开票销售 → 开票销售
# (but 完成投资 is an indicator of its own: 重点项目完成投资).
_REACHING = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:实现|完成)"
    r"(?=(?:工业|综合)?(?:总产值|产值|营业收入|主营业务收入|销售收入|增加值|交易额|税收|利润"
    r"|(?:开票|应税)销售))"
)
# A list under one counting verb: 新增国家“小巨人”企业6家、省“专精特新”企业51家 → both 新增.
# A level of government alone (国家级, 省级以上) after a figure of a thing at another level
# counts that thing at its own: 新增省级专精特新企业20家、国家级5家
_LEVEL_WORDS = r"(?:国家|省|市|县|区|州)级(?:及?以上)?"
_LEVEL = re.compile(_LEVEL_WORDS)
_SCOPING_VERB = re.compile(
    r"^(新建及改造|新建和改造|新建改造|更新改造|改造提升|提升改造|新建|新增|新培育|新认定|引进|培育|免疫|接种|供应"
    # (firms registered: 新登记市场主体1.2万户，总量突破8万户 → 市场主体总量 — found probing)
    r"|新登记|新注册|新设立"
    # (land put back to use, ponds dredged, old things made over: 盘活批而未供土地3000亩、闲置土地
    # 800亩; 清淤整治山塘600口、骨干渠道180公里)
    r"|盘活|清淤整治|改造"
    # (models created: 创建节水型企业10家、节水型单位30家 — batch 738)
    r"|创建)"
)
# (an item with a verb of its own keeps it: 新建淤地坝5座、除险加固病险淤地坝12座; or those the
# work reaches: 改造城镇老旧小区32个、惠及居民4680户 — batch 732)
_OWN_VERB = re.compile(
    r"^(?:除险加固|加固|整治|修复|治理|维修|更新|扩建|改建|拆除|清理|盘活|惠及|带动|涉及|覆盖|受益)"
)
# (new ones counted after what they are of: 电子信息产业新增规模以上企业)
_NEW_INSIDE = re.compile(r"(?<=产业|行业|领域)(?:新增|新培育|新认定)")
# After a number-before-noun: 32个省市重大重点项目顺利推进 → 省市重大重点项目 (and when:
# 推动8个在建锂电项目年内投产 → 在建锂电项目 — batch 1100).
_NOUN_PREDICATE = re.compile(
    r"(?:年内|年底前|当年|今年)?"
    r"(?:(?:顺利|全面|加快|有序|圆满|如期)(?:推进|实施|开工|建成|投产|落地|竣工|完成)?"
    r"|推进|实施|开工|建成|投产|落地|竣工|完成|建设)$"
)
# The words that open the next figure after a number-before-noun: 完成投资150亿元.
_NEXT_FIGURE = re.compile(
    r"(?:累计|共|计划)?(?:完成|实现|达到|达|总)?(?:投资|产值|营业收入|销售收入|收入)?\d"
)
_TRAIL_VERB = re.compile(
    # (均 as all, not the average's: 村级集体经营性收入平均达到60万元 — batch 689)
    r"(?:(?:全部|(?<!平)均|都|分别|累计)?(?:达到|达|突破|超过|稳定在|保持在|保持|控制在|(?<![行作])为|至少|不少于|不低于|不高于|"
    r"不超过|低于|(?<!不)高于|完成|实现|(?:提高|提升|增加|扩大|发展|下降|降低|减少|压减|压缩|缩短|缩减|缩小|降|增)?(?:到|至)|"
    r"[≥≤<>≧≦＜＞]|"
    r"约|大约|接近|将近|近|逾"
    # a draft budget's revenue expected and spending arranged: 支出安排60.8亿元
    # (not the supermarkets goods enter: 进入大型商超50家 — batch 666)
    r"|预计|预期|安排|(?<![商农])超"
    # (what there is so many of: 50人以下的小规模学校有16所)
    r"|(?<![国拥持保占享具私公所仍还尚共现])有"
    # (how little: 占比仅为15%, 人员仅有120人, 占比不足30%)
    r"|仅|仅有|只有|不足|不到|(?<!不)少于"
    # (a level stepped onto or a mark crossed: 迈上300亿元台阶, 跨越20亿元大关)
    r"|迈上|迈入|站上|登上|跨越|跨过"
    # (the sum: 更新改造…管网共计85km — batch 1201; 收入合计 and 支出总计 are a table's totals
    # by name)
    r"|共计))+$"
)
_RATE = re.compile(r"(率|占比|比重|比例)$")
# a change every thing of a list shares, said once: 规上工业总产值、营业收入均增长
# a list whose members are each given the figure after it: 新能源电池材料、生物医药项目各
_EACH_OF_LIST = re.compile(r"(.+[、和](?!各).+)各")


def _each_of_list(metric: str) -> list[str]:
    """The members of a list a figure is given each of (足球场、篮球场各10片 → 足球场,
    篮球场), as written; none when the metric is no such list."""
    each = _EACH_OF_LIST.fullmatch(metric)
    members = _CONJ.split(each.group(1)) if each else []
    return members if len(members) > 1 and all(len(m) > 1 for m in members) else []


_ALL_CHANGE = re.compile(r"(.+?)(?:均|都|全部)(增长|提高|提升|增加|下降|降低|减少)")
# a value reached, not a change: after 增长6%，达到820亿元 is the level of what grew
_REACH_LEVEL = re.compile(
    r"(?:达到|达|突破|超过|稳定在|保持在|(?:提高|提升|增加|增长|扩大)?(?:到|至))$"
)
_CHANGE_TAIL = re.compile(r"(?:年均|同比|环比)?(?:提高|提升|增长|增加|下降|降低|减少)$")
# outputs and measures said of a thing, named alone after a figure that measured it (出口量,
# 利用率: 猕猴桃种植面积稳定在20万亩，出口量达到1万吨 → 猕猴桃出口量)
_MEASURES_OF_A_THING = (
    "年?(?:总产值|综合产值|产值|增加值|总产量|总产|产量)|出口量|出口额|年?交易额|利用率|品牌价值"
    # (a crop's land bearing and its fresh or dried yield: 刺梨种植面积稳定在60万亩，投产面积达到
    # 45万亩，鲜果产量突破20万吨; an area alone, of the bases built: 建成…基地10个，面积达到3万亩)
    "|(?:投产|挂果|采摘|总)?面积|(?:鲜果|干果|鲜品|干品)产量"
    "|营业收入|主营业务收入|销售收入"
    # (its sales: 杨梅产量4.2万吨，销售额9.6亿元 — batch 1209; its online sales are the corpus's
    # as written: 线上销售额)
    "|销售额"
    # (a whole chain's output: 猕猴桃出口额增长20%，全产业链产值突破160亿元)
    "|全产业链(?:综合|总)?产值"
    # (a herd's stock and the head sold off it: 肉牛存栏达到55万头，出栏18万头 — batch 711)
    "|(?:存栏|出栏|饲养)量?"
)
# An elliptical metric names only an attribute of the previous figure's subject:
# 高新技术企业新增42家、总数达到211家 → 高新技术企业总数.
# 年均增长, 较2016年分别增长, 同口径增长 and 同比下降 are attributes too; group 1 keeps what says
# how the change is measured (年均, 较2016年), group 2 is the attribute.
# A comparison with a wider average (高于全省平均水平0.2个百分点) and a share of the
# year's plan or budget (为年度计划的102.3%, 为年度预算的…) are attributes of the figure
# before them too; they are relative to it, and the attribute after them is still of the
# subject before (为年度预算的102.3%，同口径增长5.2%: the revenue's growth).
# a verb reaching a level, anywhere before the figure in its clause
# (or held to a bound: 新增就业1.2万人以上、失业率控制在5%以内 — found probing, session 81: it
# had read 新增失业率)
_LEVEL_VERB_IN = re.compile(
    r"达到|提高到|提升到|稳定在|保持在|控制在|不超过|不高于|(?<!不)低于|降至|降到|下降到|下降至|不低于"
)
# the base a change is measured from: the year before or a year named (较上年, 比2025年底), the
# month or quarter before, as a month's report compares (较上月), or the year's start, as balances
# are (存款余额860亿元，比年初增加65亿元 — found probing)
# (or the last plan's end: 较“十三五”末 — found probing, session 74)
_COMPARED_BASE = (
    r"(?:较|比)(?:\d{4}年(?:底|末)?|上年(?:同期)?|去年(?:同期)?|上(?:月|季度)|年初"
    r"|“?十[一二三四五六]五”?(?:期)?末)"
)
_ATTRIBUTE_ONLY = re.compile(
    r"^((?:年均|[两三四五]年平均|同比|环比|同口径|可比口径|可比|按可比价格?计算|"
    + _COMPARED_BASE
    + r"|完成)?)"
    r"(?:分别)?"
    r"(总数|总量|总额|余额|增长|增速|增幅|下降|提高|提升|降低|增加|减少|回落|回升|加快|放缓|净增(?:加)?"
    # (a gain or loss of output: 达到12.6亿斤，比上年增产0.3亿斤 — found probing)
    r"|增产|减产"
    # (or more of it won than before: 较上年多争取1.2亿元, its verb dropped as a figure's verbs
    # are — found probing, session 74)
    r"|(?<=[年月初末])多"
    # (a gain on a base named: 5G基站总数达到1200个，较上年新增300个 — found probing, session 62)
    r"|(?<=年)新增"
    # (investment the projects counted before made: 完成投资, 年度完成投资, 总投资)
    r"|占比|(?:年度|全年)?(?:完成)?投资|总投资|利税"
    # (the sum of the things counted: 签约项目12个、金额23.6亿元 — batch 750)
    r"|(?:总)?金额"
    # (a sector's pull on growth and its share of it: 拉动经济增长3.1个百分点, 对经济增长的贡献率)
    r"|拉动(?:经济|GDP|地区生产总值)?增长|对(?:经济|GDP|地区生产总值)?增长的?贡献率"
    # (an output or a measure of the thing the figure before measured: 猕猴桃种植面积稳定在
    # 20万亩，出口量达到1万吨; 煤层气抽采量达到5亿立方米，利用率提高到70%)
    rf"|(?:{_MEASURES_OF_A_THING})(?:增长)?"
    # (a park's entrants after the park built, counted: 新建蕲艾产业园1个，入园企业达到80家)
    r"|入园企业|入驻企业|入园项目|入驻项目"
    # (the rate compared may be named: 增速高于全省平均水平)
    # (or the economy's growth, as income is compared: 高于经济增速, 快于经济增长)
    r"|(?:增速|增幅|涨幅|降幅)?[高低快慢]于(?:全(?:国|省|市|县|区|州|盟|旗)(?:平均水平|平均)?"
    # (or the goal set for it: 低于预期目标1.8个百分点, 高于年度目标)
    # (… or the bound it is held to: 低于控制目标0.8个百分点 — found probing)
    r"|(?:经济|GDP|地区生产总值)(?:增速|增长)|预期(?:目标)?|(?:年度|全年|控制|调控)?目标)"
    # (or passes the year's plan by so much: 完成投资86.5亿元，超年度计划12.3个百分点)
    r"|超(?:过)?(?:年度|全年)?(?:计划|目标)(?:任务)?"
    # (the year's plan, 年计划 too: 完成年计划的108.7%; said with 是 too: 是年度任务的115% — found
    # probing, session 74)
    r"|(?:为|是|占|完成)(?:年度|全年|年)?(?:(?:计划|目标|预算)(?:任务)?|(?<=度|年)任务)的?"
    # (完成年度任务的107.5%, where 完成 went as a doing verb: the year's task stays)
    r"|(?<![为是占成])(?:年度|全年)(?:计划|目标)?任务的?"
    # a share of a total: 占一般公共预算收入的比重 (税收收入29.1亿元，占…的比重为75.4%)
    r"|占[\u4e00-\u9fff]{2,20}?(?:的(?:比重|比例|份额))?)$"
)
_COMPARISON = re.compile(r"^(?:增速|增幅|涨幅|降幅)?[高低快慢]于")
# (a price's rise named too: 居民消费价格上涨1.2%，涨幅低于控制目标1.8个百分点 — found probing)
_RATE_NAMED = re.compile(r"^(?:增速|增幅|涨幅|降幅)")
# outputs said of the thing a figure before measured, and the measures they follow
_OUTPUT = re.compile(
    rf"^(?:{_MEASURES_OF_A_THING}|利税"
    r"|入园企业|入驻企业|入园项目|入驻项目)(?:年均)?(?:增长)?$"
)
# What an output with no subject of its own is the output of: the cluster, industry, park
# or market the clause before builds (培育纺织服装产业集群，产值突破800亿元; 建设红木原材料
# 交易市场，年交易额达到50亿元; 建设…产业园，入园企业达到20家).
_OWNER = re.compile(r"(?:产业集群|集群|产业链|产业|产业园|园区|基地|市场|交易中心)$")
_BUILDING = re.compile(
    r"^(?:[一二三四五六七八九十]是)?(?:加快|大力|积极)?(?:培育|发展|壮大|做强|做大|打造|建设)+"
)
_MEASURE_TAIL = re.compile(
    # (a yearly measure's year with it: 猕猴桃年产量 → 猕猴桃, not 猕猴桃年)
    r"年?(?:(?:养殖|种植|播种|收获|栽培|经营|投产|挂果|采摘)?面积|(?:鲜果|干果|鲜品|干品|总)?产量"
    r"|(?:总)?产值|(?:养殖|种植|栽培|生产)?规模|营业收入"
    r"|(?:抽采|开采|生产|加工|出口|交易|销售)量|出口额|交易额|(?:存栏|出栏|饲养)量?)$"
)
_BOUND = re.compile(r"以内|以下|控制在|不超过|不高于")


def _as_difference(comparator: str, clause: str) -> str:
    """The comparator of a figure compared with another (低于全省0.5个百分点, 低于控制目标…): 低于
    states the difference, '=', unless the clause bounds it (控制在…以内)."""
    return "=" if comparator == "<=" and not _BOUND.search(clause) else comparator


_PLAN_SHARE = re.compile(
    r"^(?:为|是|占|完成)?(?P<year>年度|全年|年)?(?:(计划|目标|(?<=度|年)任务)|预算)(?P<task>任务)?"
)
_INVESTED = re.compile(r"项目|工程")
_GROWN = re.compile(r"(?:增长|增速|增幅)$")
# … closing a change's metric (竹产业总产值比2025年增加 → 竹产业总产值比2025年)
_COMPARED_WITH = re.compile(_COMPARED_BASE + "$")
_SUBJECT_TAIL = re.compile(
    # (or on a base: 新增规上企业12家，比上年增加3家，总数… — found probing)
    r"(?:同比|环比|年均|同口径|[两三四五]年平均|" + _COMPARED_BASE + r")?"
    r"(新增|新建|增长|增速|增幅|下降|提高|提升|降低|增加|减少|上涨"
    # (a pull on growth and a share of it are the subject's too: 第二产业增加值拉动经济增长)
    r"|拉动(?:经济|GDP|地区生产总值)?增长|对(?:经济|GDP|地区生产总值)?增长的?贡献率)$"
)
# A stock attribute replaces the subject's own (高新技术企业总数, not …总量总数); a growth
# attribute keeps it (社会消费品零售总额增长).
_STOCK_TAIL = re.compile(r"(总数|总量|总额|余额)$")
_QUOTE = re.compile(r"“[^”]*”")
_CJK_START = re.compile(r"[“\u4e00-\u9fff]")
_PAREN = re.compile(r"（[^（）]{1,10}）")
# a bracket of one or two characters inside a word is part of the name: 执业（助理）医师,
# 首台（套）重大技术装备 — not a note after the noun (文创企业（团队）达…)
_IN_WORD = re.compile(
    r"（[\u4e00-\u9fff]{1,2}）(?=[\u4e00-\u9fff]{2})(?!达|超|突破|增长|提高|保持|稳定)"
)


# a bracket of words closing the noun, before its verb or number, names the thing counted
# again, as its alternative: 新建标准化养殖场（小区）30个, 新建社区老年食堂（助餐点）40个, 新增智能
# 工厂（数字化车间）15家 (batch 693; the corpus's golds keep such brackets). Not a definition
# (（含…）, （不含…）, （即…）), a note (（县商务局负责）) nor a unit (（万元）, （工作日）), which go,
# as an abbreviation in letters does (（GDP）)
_CLOSING_ALTERNATIVE = re.compile(
    r"（(?![含包即指不])(?![^）]*(?:负责|牵头|配合|责任|单位|部门|以上|以下|左右))[\u4e00-\u9fff]{1,8}）"
)


@lru_cache(maxsize=1)
def _unit_names() -> frozenset[str]:
    return frozenset(u for u, _ in load_lexicons().units) | {"工作日"}


def _is_unit(words: str) -> bool:
    """Whether words in a bracket are a unit, at any magnitude (（万元）, （个）, （工作日）)."""
    return words in _unit_names() or _UNIT_SCALE.sub("", words) in _unit_names()


def _paren_kept(m: re.Match[str]) -> str:
    """A short parenthetical goes from a metric, unless it is inside a word (_IN_WORD) or
    closes the noun as its alternative (_CLOSING_ALTERNATIVE)."""
    if _IN_WORD.match(m.string, m.start()):
        return m.group()
    rest = m.string[m.end() :]
    if (
        _CLOSING_ALTERNATIVE.fullmatch(m.group())
        and not _is_unit(m.group()[1:-1])
        and (not rest.strip() or _TRAIL_VERB.fullmatch(rest))
    ):
        return m.group()
    return ""


def _without_aside(noun: str) -> str:
    """A noun after its count without the short bracket naming it again (_ASIDE), as a
    metric before its number goes without one: 镇级医院（社区卫生服务中心）提质改造."""
    return _PAREN.sub(_paren_kept, noun) if "（" in noun else noun


_MARKER = re.compile(r"[一二三四五六七八九十\d]+")
# (not the 及 of a verb: 惠及, 涉及, 普及 …)
_CONJ = re.compile(r"[和与、]|以及|(?<![惠涉波普顾危推论])及")
_ORDINALS_APART = re.compile(r"(?<=[一二三])[、和](?=[一二三])")
_ORDINAL_INDUSTRIES = re.compile(r"[一二三](?:[、和][一二三])+产")
# the words a measure shared by a list of things starts with (氨氮|重点工程减排量, 氨氮|排放量)
_SHARED_MEASURE = re.compile(
    r"重点工程|排放|减排|总量|产值|产量|营业收入|营收|收入|增加值|规模|面积|数量|占比|比重|"
    r"覆盖率|普及率|人均|余额|浓度"
)
# Verbs that count what follows the number (培育形成2个千亿级产业集群, 力争培育8—10个百亿企业):
# a metric made only of them names no thing, so the noun after the classifier is read.
# Those that say nothing about the thing counted go (抓好135个…项目 → 项目).
_GENERIC = (
    "抓好|推进|推动|推出|支持|引导|实施|完成|开展|举办|达到|达|发展|布局|谋划|扶持|遴选|提升|培训|办好|"
    "切实|全力|扎实"
    # (or holding them, as a place's state of things says: 全县共有12个乡镇, 下辖8个街道)
    "|共有|拥有|现有|下辖|辖"
)
_GENERIC_VERBS = re.compile(_GENERIC)
_COUNT_VERBS = re.compile(
    r"(?:新培育|新认定|新开工|新上|培育|形成|建设|建成|新建|新增|打造|引进|引育|创建|争创|"
    rf"开工|竣工|投产|投用|落地|储备|招引|签约|改造|改建|筹集|认定|建立|设立|{_GENERIC})+"
)
# A number inside the noun is attributive: 总投资580亿元的省市县重点项目 → 省市县重点项目.
# each of a kind of place and what it does, before the count of what it makes: 每个乡镇至少建成
# the verbs before examples closed by 等: 提标改造润源等, 实施高坎、石门等
_BEFORE_EXAMPLES = re.compile(
    r"^(?:全[省市县区])?(?:(?:提标|提升|升级|改扩|新)?(?:改造|建设|建|实施|涉及|包括|打造|培育|引进|完成|推进|推动))+"
)
# a verb of doing closing a metric whose count of times is followed by what is done
_DONE_SO_OFTEN = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:开展|组织|举办|进行|召开)$")
# the units counting times something is done: 每个乡镇至少开展1次应急避险演练
_TIMES = ("次", "场次", "轮", "期")
# (or staffing each: 每个小区至少配备1名督导员)
_EACH_DOES = re.compile(
    rf"^(每(?:个|一个)?[\u4e00-\u9fff]{{1,6}}?|[\u4e00-\u9fff]{{1,6}}?各)(?:至少|最少|均|都)?"
    rf"((?:{_COUNT_VERBS.pattern}|配备|配齐|选派|选聘|聘请|设置|检查|巡查))$"
)
_ATTRIBUTIVE = re.compile(r"^[^，；。]*?\d[^，；。的]*的")
# (a tab ends a table's cell: the noun is in the figure's cell)
_NOUN_AFTER = re.compile(
    rf"(?:[^，；。：、（\n\t]|{_ASIDE}){{2,24}}?(?=[和及与]\d|[，；。：、\n\t]|（(?!{_ASIDE[1:]})|$)"
)
# Things counted by what they do are named by it, the doing before them: 推动100家规上工业企业
# 开展数字化改造 → 开展数字化改造的规上工业企业, 10个以上项目进入省、潍坊市计划盘子 →
# 进入省、潍坊市计划盘子的项目 (../shared/gold), 10个以上创新药进入临床试验 → 进入临床试验的
# 创新药. The doing runs to the clause's end (a tab ends a table's cell), through a 、 between
# its objects, but holds no figure of its own.
_DOERS = re.compile(
    r"(?P<thing>[\u4e00-\u9fff]{1,12}?)"
    r"(?P<doing>(?:开展|实施|进入|参加|参与)[\u4e00-\u9fff“”、]{2,24})"
)
_CLAUSE_REST = re.compile(r"[^，；。\n\t]{1,40}")


def _named_by_doing(text: str, pos: int, num_start: int) -> tuple[str, int] | None:
    """The things counted at ``pos`` named by what they do (above), and where that ends —
    not those the work is done for (为2000户特殊困难老年人家庭实施适老化改造: the count at
    ``num_start`` follows 为)."""
    if text.endswith(("为", "帮助", "支持"), 0, num_start):
        return None
    rest = _CLAUSE_REST.match(text, pos)
    m = _DOERS.fullmatch(rest.group(0).rstrip()) if rest else None
    if m is None or rest is None:
        return None
    return f"{m.group('doing')}的{m.group('thing')}", pos + len(rest.group(0).rstrip())


# … so does a place before the count, where the things are (推进惠阳港区3个5万吨级泊位建设)
# (or the whole of the place the document governs: 完成全县12.6万户居民用户安检)
_PLACE_ONLY = re.compile(
    r"(?:在)?(?:[\u4e00-\u9fff]{2,10}(?:港区|园区|开发区|新区|片区|城区|镇|街道|乡)|全[省市县区旗州盟镇乡])"
)
# Time spent is no figure (开展5天培训, 用3天时间); other measures between a making verb and
# a noun measure that thing (新建2万平方米标准厂房), whose noun ends at the verb after it
# (新上7万千瓦煤电机组纳入…).
_TIME_UNITS = ("天", "小时", "分钟", "个工作日", "工作日", "个月", "岁")
# a clause naming a part of the figure before it: ，其中企业2.6万户, or a bracket right after
# that figure: （其中新建50公里）
_PART_IN_BRACKETS = re.compile(r"[（(]其中")


def _names_a_part(text: str, clause_start: int, prev_end: int, num_start: int) -> bool:
    return text.startswith("其中", clause_start) or bool(
        _PART_IN_BRACKETS.search(text, prev_end, num_start)
    )


# people counted: a verb alone before them says what is done to them (全年培训300人次以上,
# 接待200万人次), a goal, where a verb alone before a time names none (开展5天培训)
_PEOPLE = re.compile(r"[万千]?(?:人次|人|名)")
# how long a service runs, not a goal: 24小时值班, 7×24小时不打烊, 365天在线受理
_SERVICE_HOURS = re.compile(
    r"(?:值班|值守|服务|在线|营业|开放|监测|监控|不间断|不打烊|运行|巡查|响应机制|全天候)"
)
# … nor how many articles or parts a document has: 《措施》共12条
_DOCUMENT_SIZE = re.compile(r"》(?:共|分为?|包括|设)$")
_DOCUMENT_PARTS = ("条", "章", "节", "款", "部分", "项")
# … nor a letter's copies (一式两份, 各执一份), nor a goal's weight in an assessment (占考核总分的30%,
# 权重为20%)
_COPIES = re.compile(r"(?:一式|各执|各持|各存)$")
_WEIGHT = re.compile(
    r"(?:占|为)(?:[\u4e00-\u9fff]{0,6}考核)?总分(?:值)?的?$"
    # (or bounded: 权重不低于3%, 权重不少于5%, 权重不超过10%)
    r"|权重(?:为|是|不低于|不少于|不高于|不超过|达到)?$"
)
# … nor how long an event runs: 展期4天, 为期3天, 会期2天
_EVENT_LENGTH = re.compile(r"(?:展期|会期|为期|历时|赛期|节期)$")
# (nor how early to come or to send: 请提前10分钟入场, 提前3天报送)
_AHEAD_BY = re.compile(r"提前$")
# (nor is a rank, 进入全国前10位, 排名全省前5名, a goal; 第3位 is no quantity at all)
# … nor a rank's move (位次在全省前移2位, 排名上升5个位次, 综合排名提升3位): places, not a quantity
_RANK_MOVE = re.compile(r"(?:前移|前进|进位|后移|后退|上升|提升|提高|跃升|晋升|攀升)$")
_RANK_ONLY_MOVE = ("前移", "前进", "进位", "后移", "后退")
_RANKED = re.compile(r"位次|排名|排位|名次|位列|排序")


def _rank_moved(text: str, q: Quantity, clause_lead: str) -> bool:
    """Whether ``q`` counts the places a rank moves (前移2位; 提升3位 after 排名 or 位次)."""
    places = q.unit in ("位", "名") or (q.unit == "个" and text.startswith("位次", q.end))
    move = _RANK_MOVE.search(text, max(0, q.num_start - 2), q.num_start) if places else None
    return move is not None and (
        move.group() in _RANK_ONLY_MOVE or bool(_RANKED.search(clause_lead))
    )


# … nor a capacity naming a project: 年产5万吨锂电池负极材料项目, 日处理500吨…工程
# (the product may come between: 年加工马铃薯30万吨生产线)
_CAPACITY_BEFORE = re.compile(r"(?:年产|年处理|年加工|年吞吐|日产|日处理)[\u4e00-\u9fff]{0,6}$")
# (or the project then what is done with it: …负极材料项目建成投产 — batch 1248; 推进年产4万吨
# 基础锂盐一体化项目建设 — batch 1262)
# (a note's bracket after it closes it too: …稻米加工项目（乡村产业发展科负责） — batch 1270)
_NAMES_A_PROJECT = re.compile(
    r"[^，。；、\n\t]{0,24}?(?:项目|生产线|工程)"
    # (or made better: …炼化一体化项目提质增效 — batch 1550)
    r"(?=[，。；、\n\t（(]|$|(?:建设|建成|投产|开工|竣工|落地|达产|签约|开业|提质)[^\d\n]{0,12}?(?:[，。；\n\t]|$))"
)
# a field's label alone before its figure, on a line of its own: 总投资：30亿元
# (a line's number may come first, and an indicator's name be long: 5.城镇居民人均可支配收入：)
_FIELD_LABEL = re.compile(
    r"^\s*(?:\d{1,3}[.、．]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十\d]{1,3}）)?\s*"
    r"([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z\d.]{1,15})[：:]\s*$",
    re.MULTILINE,
)
_THING_END = re.compile(r"(?<=..)(?:纳入|列入|进入|投入|投产|开工|建成|落地|实现|完成|达到|用于)")
# Honours are recognitions conferred on people or bodies, not figures of the
# economy: 获评山东好人6人, 荣获…称号, 创建国家级特色专科2个 — the last only as a result:
# a rank set out to be won (创建国家级绿色工厂5家以上) is a goal as any other.
_HONOUR = re.compile(r"获评|荣获|被评为|评为|授予|推选")
# … nor what a sum is used for, counted (用于标准厂房、铜产业园基础设施等5个项目建设, 用于交通、
# 供水等领域项目32个)
_USED_FOR = re.compile(r"用于[^，,。；;\n]{1,60}?等[\u4e00-\u9fff]{0,8}$")
# … nor the plan's count of its own tasks or measures (围绕…三个方面，明确8项重点任务，详见附件 —
# batch 735; 提出20条具体措施)
_OWN_TASKS_BEFORE = re.compile(r"(?:明确|提出|部署|列出|梳理出?|涵盖|包括|分为)了?$")
_OWN_TASKS_AFTER = re.compile(r"(?:重点|主要|具体|专项)?(?:工作)?(?:任务|措施|举措|行动|工程)")
# … nor a limit another level sets (经省人民政府批准，2025年我县政府债务限额为198.6亿元)
_LIMIT_SET = re.compile(r"限额(?:为|是)?$")
# … nor are those honoured counted (对区商务局等10个先进集体和张伟等20名先进个人予以通报表彰)
_HONOURED = re.compile(r"[^，,；;。\n]{0,40}?(?:予以|给予)(?:通报)?(?:表彰|表扬|嘉奖)")
# … nor those graded by an assessment (易俗河镇、花石镇等4个乡镇考核等次为优秀 — batch 783)
_GRADED = re.compile(
    r"[^，,；;。\n]{0,20}?(?:考核|考评|测评|年度)?(?:等次|等级)(?:均)?(?:为|评定为|确定为|是)"
)
# … nor the prizes a contest awards (评选一等奖1名、二等奖3名, 设优秀奖10个), nor the guests an
# event invites (邀请嘉宾和游客约2000人参加)
# … nor the size of a sample whose measure follows (监测的15种蔬菜平均价格…)
_SAMPLED = re.compile(r"(?:监测|抽查|抽检|调查|统计|采集|采价)的$")
_PRIZE = re.compile(r"(?:[一二三]等奖|特等奖|优秀奖|金奖|银奖|铜奖|入围奖|鼓励奖)$")
_INVITED = re.compile(r"邀请")
_ATTENDING = re.compile(r"(?:左右|以上|余)?(?:参加|出席|参与|与会|观摩)")
# An assessment's rules set no goal: how many of those assessed may be graded excellent
# (优秀等次比例不超过参评单位的30%, 优秀名额不超过20%).
_GRADE_QUOTA = re.compile(r"等次|名额|参评|被考核")
_RANK_WON = re.compile(r"创建(?:为)?(?:国家|省|市)级")
# An incentive a policy offers each who qualifies is no goal: 给予一次性奖励10万元, 单个项目
# 最高补助200万元, 按设备投资额的10%给予补助, 给予100万元奖励. (A total paid or set aside —
# 兑现奖补资金3000万元, 每年安排专项资金5000万元 — is a figure as any other.)
_AWARD = r"(?:给予|奖励|补助|补贴|资助|贴息|奖补)"
# (a standard of payment raised, 补助标准提高到94元, is a goal as any other; and so is work of a
# kind paid for, 开展补贴性职业技能培训3万人次)
# (a standard of payment stated as what it is, 每亩补贴标准为120元, is the policy's rule; one
# raised to so much, 补助标准提高到94元, a goal)
_STANDARD_STATED = re.compile(rf"{_AWARD}标准(?:为|是)$")
# … or paid by a standard (家庭优待金按照每年1.8万元标准发放)
_BY_STANDARD = re.compile(r"按(?:照)?(?:每[\u4e00-\u9fff]{1,4})?$")
_STANDARD_PAID = re.compile(r"(?:的)?标准(?:发放|执行|给予|补助|补贴|兑现|计发|支付)")
# (nor a sum received named by what it is for: 上级补助资金10万元, a village's income)
# (最高 caps an award when it stands before the sum or the award: 最高2000万元, 最高补助, 最高不超过;
# before a noun it is an adjective, 最高用电负荷 the peak load)
_INCENTIVE_BEFORE = re.compile(
    rf"{_AWARD}(?!标准|性|资金|经费|款)|一次性$|最高(?=$|{_AWARD}|不超过|可|按)"
)
_INCENTIVE_AFTER = re.compile(rf"[^，,；;。\n]{{0,6}}?{_AWARD}")
# (or paid out: 生产者补贴兑付率达到100% — batch 1369)
_AGGREGATE = re.compile(r"兑现|兑付|发放|安排|争取|落实|统筹|拨付|下达|累计")
# A penalty an announcement or a rule sets, in yuan (处500元以上2000元以下罚款, 罚款200元,
# 并处1万元以上5万元以下的罚款): a sanction's range, no goal
_PENALTY_AFTER = re.compile(
    r"(?:以上|以下)?(?:[—\-–~至到]?\d+(?:\.\d+)?万?元(?:以上|以下)?)?的?(?:罚款|罚金)"
)
_PENALTY_BEFORE = re.compile(r"(?:罚款|罚金|处以?|并处)$")
# Those attending a session (出席全会的有市委委员31名，候补委员5名): who came, no figure
_ATTENDANCE = re.compile(r"\s*(?:出席|列席|参加)[\u4e00-\u9fff]{0,8}的有")
# An insurance's rate and the share its insured pay themselves (保险费率6%, 农户自缴20%): the
# policy's terms, no goals (as its premium's split among treasuries is)
_PREMIUM_TERMS = re.compile(r"费率(?:为)?$|(?:自缴|自付|个人缴纳|个人承担|个人负担)$")
_FROM_PER = re.compile(r"(?:由|从)每[\u4e00-\u9fff]{1,4}$")
# A multiple a standard is set by (特困人员基本生活标准按不低于当地低保标准的1.3倍确定): a rule
_SET_BY_MULTIPLE = re.compile(r"\s*(?:的?比例)?(?:确定|核定|计算|执行|发放|给予|安排|提取|计提)")
# A tender's own sums (a ceiling on bids, 最高投标限价：3780万元; a bid bond, 投标保证金为40万元;
# the price of its documents, 售价：0元) and its lots (本项目划分为2个标段): its rules, no goals
_TENDER_SUM = re.compile(r"(?:限价|控制价|拦标价|保证金|售价|工本费)(?:为|是)?[：:]?$")
_DIVIDED_INTO = re.compile(r"(?:划分|分)为$")
# A procedure's period (名单公示7个工作日, 公示期为5天, 试用期为6个月) and the weight of a
# score in an examination's total (笔试成绩占总成绩的60%, 面试成绩占40%): its rules, no goals
# … nor the time one has to appeal (或者在6个月内依法向人民法院提起行政诉讼)
_APPEAL_AFTER = re.compile(r"[^，,。；;\n]{0,20}?(?:行政复议|行政诉讼|申请复核|申诉)")
_PROCEDURE_PERIOD = re.compile(
    r"(?:公示|公告|试用|见习|考察|考核|观察)期?(?:为|是)?$"
    # (or a time a party is bound to: 竞得人须在10个工作日内…签订出让合同, 应当在5日内)
    r"|(?:须|应|应当|必须)(?:于|在)$"
    # (or the time each case is given: 逐一建立台账，限时15个工作日内办结, 限期30日内整改)
    r"|(?:限时|限期)(?:在)?$"
    # (or, as a rule, the time each case is given: 一企一策专班协调，原则上在3个月内办结)
    r"|原则上(?:于|在)?$"
    # (or the time each case found is given: 发现疑似病死松树24小时内取样送检 — batch 1331, as the
    # corpus's 临夏 has 发现疑似疫情的，须在2小时内报告)
    r"|发现[^，,。；;\d]{1,12}?(?:后|的)?[，,]?(?:须|应|应当)?(?:在|于)?$"
)
# A body's staff establishment and its leaders' posts (a 三定: 机关行政编制8名, 设局长1名、副局长2名,
# 股级领导职数4名): quotas fixed, no goals — not posts moved or added (向乡镇下沉编制50名)
_ESTABLISHMENT = re.compile(
    r"(?:(?:行政|事业|工勤|机关|政法专项)编制|职数|(?:副)?(?:局长|主任|科长|股长|所长|站长|队长|院长|馆长|部长))$"
)
_SCORE_WEIGHT = re.compile(r"(?:成绩|分数|得分|分值)(?:占|按)(?:总成绩|总分|综合成绩)?(?:的)?$")
# a time limit counted from an event (应当在受理之日起20个工作日内完成评审, 自申报通知发布之日起
# 30日内): a rule of procedure, not a goal of the plan
_COUNTED_FROM = re.compile(r"(?:之日|之时|次日|当日)起?$")
# a price or charge the policy sets per unit of what is used: 每千瓦时加价0.1元, 按每吨1.2元收取
# (not a standard raised to so much a head: 基础养老金提高到每人每月200元)
_PER_UNIT_PRICE = re.compile(
    r"(?<!到|至)每(?:千瓦时|度|吨|立方米|方|平方米|亩|人次|人|户|头|辆|件|台|公里|千米)"
    r"[\u4e00-\u9fff]{0,4}$"
)
# … or a price per unit it applies: 对符合条件的数据中心执行0.28元/千瓦时优惠电价, 按0.5元/度收取
_PRICE_APPLIED = re.compile(r"(?:执行|按照?)$")
# a figure naming nothing but that it is a running total (…，累计达到600万千瓦)
# (a deadline before it too: 每年新增…10家以上，到2028年累计达到200家 — found probing)
_RUNNING_TOTAL = re.compile(r"\s*(?:(?:到|至)\d{4}年(?:底|末)?[，,]?\s*)?(?:累计|总计|共计)")


# (its unit may be written with it too, or only the unit's 万 or 亿: 1.5万—2万人,
# 60亿斤至62亿斤之间, 5个至10个)
_RANGE_LOW = re.compile(
    r"(?<![\dA-Za-z.{_第])(\d+(?:\.\d+)?)[ ]?(千万|百万|万亿|万|亿|千)?"
    r"(%|个百分点|[^\d\s—\-–~～至到，。；、：（）()]{1,4})?[ ]?[—\-–~～至到][ ]?$"
)


def _last_date(prefix: str, dates_rx: re.Pattern[str]) -> int | None:
    """The year of the last date ``dates_rx`` finds in ``prefix`` (its first group that
    matched), or of the last five-year plan's end named there; none inside a horizon."""
    ranges = [(m.start(), m.end()) for m in _RANGE.finditer(prefix)]
    dates = [
        (m.start(), int(next(g for g in m.groups() if g)))
        for m in dates_rx.finditer(prefix)
        if not any(a <= m.start() < b for a, b in ranges)
    ]
    dates += period_ends(prefix)
    return max(dates)[1] if dates else None


def _clause_before(text: str, clause_start: int, sentence_start: int) -> str:
    """The clause before ``clause_start`` in its sentence, without a heading's marker."""
    if clause_start <= sentence_start + 1:
        return ""
    clause = re.split(r"[，；：]", text[sentence_start : clause_start - 1])[-1]
    return HEADING_START.sub("", clause, count=1)


def _owner_before(text: str, clause_start: int, sentence_start: int) -> str:
    """The cluster, industry or park the clause before ``clause_start`` (in its sentence)
    builds — 培育纺织服装产业集群 → 纺织服装产业集群 — else ""."""
    clause = _clause_before(text, clause_start, sentence_start)
    building = _BUILDING.match(clause)
    owner = clause[building.end() :] if building else ""
    return owner if _OWNER.search(owner) and 2 <= len(owner) <= 20 else ""


# an area farmed, named by its farming alone (养殖面积, 种植面积), and the clause before naming
# what is farmed: 发展大闸蟹生态养殖，养殖面积达到5000亩 → 大闸蟹养殖面积
_AREA_FARMED = re.compile(r"(?:养殖|种植)面积")
_FARMING_MANNER = re.compile(r"(?:生态|标准化|规模化|绿色|设施|林下|特色|健康|高效)+")
_FARMING = re.compile(
    r"^(?:[一二三四五六七八九十]是)?(?:加快|大力|积极)?(?:发展|扩大|推广|推进|壮大|做大)"
    r"(?P<thing>[\u4e00-\u9fff]{2,10}?)(?:生态|标准化|规模化|绿色|设施|林下)?(?P<farming>养殖|种植)$"
)


def _farmed_before(text: str, clause_start: int, sentence_start: int, farming: str) -> str:
    """What the clause before ``clause_start`` farms, the same way as the area after it
    (发展大闸蟹生态养殖 → 大闸蟹 before 养殖面积), else ""."""
    m = _FARMING.match(_clause_before(text, clause_start, sentence_start))
    if m is None or m.group("farming") != farming or _FARMING_MANNER.fullmatch(m.group("thing")):
        return ""  # (推进生态养殖: how it is farmed, not what)
    return m.group("thing")


# a rate or a count that names only the doing (安装率, 抽查批次, 核查覆盖率, 调查率) …
_BARE_DONE = re.compile(r"(?P<doing>[\u4e00-\u9fff]{2})(?:覆盖率|完成率|率|批次)")
# (verbs of fitting, whose thing follows them: 安装燃气泄漏报警装置，安装率)
_FITTING = ("安装", "配备", "配置", "接入", "佩戴")


def _done_before(text: str, clause_start: int, sentence_start: int, doing: str) -> str:
    """… is of what the clause before ``clause_start`` does so: 开展土壤污染状况调查 → 土壤污染
    状况 before 调查率; 安装燃气泄漏报警装置 → 燃气泄漏报警装置 before 安装率; else ""."""
    clause = _clause_before(text, clause_start, sentence_start)
    m = re.search(rf"(?:开展|进行)(?P<what>[^\d，。；]{{2,20}}?){doing}$", clause)
    if m is None and doing in _FITTING:  # (not a noun the doing names: 追溯平台)
        m = re.search(rf"{doing}(?P<what>[^\d，。；]{{2,16}})$", clause)
    return m.group("what") if m else ""


# a rate of change opening a metric, its subject unnamed: 降幅较上年收窄, 增速回落
_RATE_OF_CHANGE = re.compile(r"^(?:增速|增幅|降幅|涨幅|跌幅)")
_RATE_IN_CLAUSE = re.compile(r"^([\u4e00-\u9fff“”（）A-Za-z]{2,20}?)(?:增速|增幅|降幅|涨幅|跌幅)")


def _rate_before(text: str, clause_start: int, sentence_start: int) -> str:
    """What the clause before ``clause_start`` (in its sentence) gives a rate of change of —
    规上工业增加值增速由负转正 → 规上工业增加值 — else ""."""
    m = _RATE_IN_CLAUSE.match(_clause_before(text, clause_start, sentence_start))
    return _clean_metric(m.group(1)) if m else ""


# what a clause says of the thing it names, no part of its name: 粮食总产量创历史新高
_SAID_OF_THE_THING = re.compile(
    r"(?:创历史新高|再创新高|创新高|创历史最好水平|创历史最高水平|稳中有升|保持稳定"
    r"|(?:稳步|持续|大幅|快速)(?:增长|提升|提高))$"
)


# what the clause before does a verb to: 对树龄30年以上的老果园实施更新改造 (its thing's qualifier
# before 的 left out)
_DONE_TO = re.compile(
    r"^对(?:[^，；。]*?的)?(?P<thing>[\u4e00-\u9fff]{2,12}?)(?:实施|开展|进行)?[\u4e00-\u9fff]{0,4}$"
)


def _done_to_before(text: str, clause_start: int, sentence_start: int, verb: str) -> str | None:
    """The verb and its thing, when the clause before the figure's does the same verb to a
    thing after 对 (对老旧管网实施改造，全年改造50公里 → 改造老旧管网), else None."""
    clause = _clause_before(text, clause_start, sentence_start)
    m = _DONE_TO.match(clause)
    if m is None or not verb or not clause.endswith(verb):
        return None
    return verb + m.group("thing")


def _said_of_a_thing_before(text: str, clause_start: int, sentence_start: int, after: int) -> bool:
    """Whether the clause before ``clause_start``, after ``after`` and in its sentence, says
    what a thing did (粮食总产量创历史新高)."""
    clause = _clause_before(text, clause_start, sentence_start)
    return (
        bool(clause)
        and clause_start - 1 - len(clause) >= after
        and _SAID_OF_THE_THING.search(clause) is not None
    )


def _work_before(text: str, clause_start: int, sentence_start: int) -> str:
    """The work the clause before ``clause_start`` (in its sentence) names, when it holds
    no figure — 实施轮胎企业智能化改造 → 轮胎企业智能化改造, 粮食总产量创历史新高 → 粮食总产量
    — else ""."""
    clause = _clause_before(text, clause_start, sentence_start)
    if re.search(r"\d", clause) or not 2 <= len(clause) <= 20:
        return ""
    return _clean_metric(_SAID_OF_THE_THING.sub("", clause) or clause)


def deadline_of(prefix: str) -> int | None:
    """The last deadline (到2027年, 2025年底前, 到“十四五”末) in ``prefix``, if any."""
    return _last_date(prefix, _DEADLINE)


class _SentenceDates:
    """The dates of the sentences of a text, each sentence read once: ``last(start, stop)``
    is ``_last_date(text[start:stop], rx)`` for a ``start`` where ``marks`` open a sentence,
    found among the dates of the whole sentence that end by ``stop`` — not by reading the
    sentence again for each of its figures, which made a sentence of thousands of figures
    take time growing with its square."""

    def __init__(
        self,
        text: str,
        marks: Marks,
        dates_rx: re.Pattern[str],
        relative: tuple[re.Pattern[str], int] | None = None,
    ) -> None:
        self.text, self.marks, self.rx = text, marks, dates_rx
        # (years named from the document's own, ``relative = (pattern, this_year)``)
        self.relative = relative
        # sentence start → [(start, end, year, end of the horizon holding it or -1)], by start
        self.found: dict[int, list[tuple[int, int, int, int]]] = {}

    def _dates(self, start: int) -> list[tuple[int, int, int, int]]:
        if start not in self.found:
            stop = self.marks.end_of_first(start, len(self.text)) or len(self.text)
            sentence = self.text[start:stop]
            ranges = [(m.start(), m.end()) for m in _RANGE.finditer(sentence)]
            dates = [
                (m.start(), m.end(), int(next(g for g in m.groups() if g)))
                for m in self.rx.finditer(sentence)
            ]
            dates += [(m.start(), m.end(), period_year(m)) for m in PLAN_PERIOD.finditer(sentence)]
            if self.relative is not None:
                rx, this_year = self.relative
                dates += [
                    (
                        m.start(),
                        m.end(),
                        _relative_year(next(g for g in m.groups() if g), this_year),
                    )
                    for m in rx.finditer(sentence)
                ]
            self.found[start] = sorted(
                (a, b, year, next((z for x, z in ranges if x <= a < z), -1)) for a, b, year in dates
            )
        return self.found[start]

    def last(self, start: int, stop: int) -> int | None:
        stop -= start
        best: tuple[int, int] | None = None
        for a, b, year, horizon_end in self._dates(start):
            if b > stop:
                continue
            if 0 <= horizon_end <= stop:  # inside a horizon read whole before the figure
                continue
            if best is None or (a, year) > best:
                best = (a, year)
        return best[1] if best else None


# A sentence opening with a year (2024年，全省… / 2024年全市…) says when what follows happened;
# not a deadline (2024年底前), a start (2024年以来, 2024年起) or a horizon (2024—2026年).
# … or with the day things stood at, a year before the plan's: 截至2025年底，全县共有…
_AS_OF_OPENING = re.compile(
    r"\s*(?:截至|截止(?:到|至)?)(\d{4})年(?:底|末|\d{1,2}月(?:底|末|\d{1,2}日)?)?"
)
_YEAR_OPENING = re.compile(
    # (an answer's label may open it: 答：2025年，全市…)
    r"\s*(?:[—－\-●]+\s*)?(?:答[：:]\s*)?(?:在|于)?(\d{4})年(?!底前|末前|前|以前|起|以来|开始|[—\-–~至到\d])"
)


# Years named from the one the document speaks in (``this_year``): 今年 and its kin, 明年 and
# 去年 — not the base of a comparison (比上年, 较上年, 与上年同期, 在上年基础上).
_RELATIVE_YEAR = re.compile(
    r"(?<![比较与同])(今年|本年度?|当年|明年|来年|次年|去年|上年度?)(?!同期|度?以来|起|度?基础)"
)
_RELATIVE_OFFSET = {"明年": 1, "来年": 1, "次年": 1, "去年": -1, "上年": -1, "上年度": -1}
# … and as a deadline: 到明年底, 今年底前
_RELATIVE_DEADLINE = re.compile(
    rf"(?:到|至)(?:{_RELATIVE_YEAR.pattern})|(?:{_RELATIVE_YEAR.pattern})(?:底|末)?(?:前|以前)"
)
# a sentence opening with last year says what happened then: 去年，全县…; 上年完成投资…
_PAST_OPENING = re.compile(r"\s*(?:[—－\-●]+\s*)?(?:在)?(去年|上年度?)(?!同期|度?以来|起)")


# A goal set inside a report on the work so far: what it strives for (力争, 确保, 争取) or the
# year's plan opening the clause (全年计划投资50亿元) — not a share of the plan (占年度计划的25%)
# (not funds won: 争取新增地方政府债券资金15亿元 reports what was obtained)
# (a plan's figure opening its clause, after the place whose plan it is: 计划新建高标准农田
# 3.2万亩, 永康市计划供应国有建设用地3200亩 — not 计划生育, 计划单列, what is in a plan, or how
# much of a plan was done: 计划投资完成率)
_PLAN_OPENING = (
    r"^\s*(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|旗|镇|乡|街道))?"
    r"计划(?!生育|单列|内|外|的|中|[^，；。]{0,6}完成率)"
)
_GOAL_IN_REPORT = re.compile(rf"{_STRIVING}|^\s*(?:全年|年度|今年)(?:计划|目标)|{_PLAN_OPENING}")
# a clause saying what was done, not going on with a list of goals
_DONE_OPENING = re.compile(r"\s*(?:已|实际|累计|完成|实现|目前|现有|截至)")
# … or after the words that list the goals of the year or project reported on, in the figure's
# sentence (项目年度绩效目标为：新建高标准农田3.2万亩，…; 主要目标是)
_GOALS_LISTED = re.compile(r"目标(?:任务)?(?:值)?(?:为|是)[：:]?")
# A figure achieved, after the goal it is measured against (新建高标准农田3.2万亩，实际完成
# 3.25万亩; 项目区节水率达到15%，实际达到16.2%; 满意度90%以上，经问卷调查实际达到95.6%): the goal's
# clause is followed by one opening with 实际 (not an indicator's own name: 实际使用外资,
# 实际到位资金); group 1 ends the words before what the achieved figure names
_CLAUSE_END = re.compile(r"[，,；;。\n]")
_ACHIEVED_AFTER = re.compile(
    r"\s*[，,]\s*(?:经[^，,。；;\d]{1,8}?)?(实际(?!使用|利用|到位)"
    r"(?:完成|达到|达|提高|提升|增长|增加|降低|下降|减少|为|实现)?)"
)
# A part of the year the document speaks in, when nothing else dates a figure's sentence
# (not one of a year named: 2025年底前, 2026年一季度)
_PART_OF_THE_YEAR = re.compile(
    r"(?<![年\d])(?:[一二三四]季度|(?:上|下)半年|前三季度)|(?<![\d每一二两三四五六七八九十])年(?:内|底|末)"
    # (or a month's end as a deadline: 力争7月底前完成…)
    r"|(?<![年\d])\d{1,2}月(?:底|末)(?:前|以前)"
)
# A sentence opening with the months of the year gone by reports their results: 1—2月份，…;
# 1至5月，…; 1-5月份，… — unless it sets a goal
# (or, told as found, with the part of the year opening what was found: 会议指出，一季度全县…;
# 据统计，上半年…)
_SO_FAR_OPENING = re.compile(
    r"\s*1\s*[—\-–~至到]\s*(?:1[0-2]|[2-9])\s*月份?\s*[，,]"
    # (the year so far, or a holiday of it gone by: 今年以来，…; “五一”假期，全区共接待游客…)
    r"|\s*(?:今年|年初|开年)以来[，,]"
    r"|\s*“?(?:五一|国庆|春节|清明|端午|中秋|元旦)”?(?:假期|期间|小长假|黄金周)[，,]"
    r"|\s*(?:会议指出|会议通报|据统计|据初步统计|经统计|数据显示|统计数据显示|监测数据显示)[，,：:]\s*"
    r"(?:今年|\d{4}年)?(?:一季度|上半年|前三季度|1\s*[—\-–~至到]\s*(?:1[0-2]|[2-9])\s*月份?)"
)
_GOAL_WORDS = re.compile(r"力争|确保|争取|计划|预计|目标|要|将")
# … or a part of the year that had ended when the document was written (一季度，全区…共受理企业
# 诉求426件 in a bulletin of April; 2026年上半年，…): its results — group 1 the year named, group 2
# the part, group 3 the last month of 1—N月
_PART_OPENING = re.compile(
    r"\s*(?:(\d{4})年|今年)?(第?一季度|上半年|前三季度|1\s*[—\-–~至到]\s*(1[0-2]|[2-9])\s*月份?)[，,]"
)
_PART_ENDS = {"一季度": 3, "第一季度": 3, "上半年": 6, "前三季度": 9}


def _part_gone_by(
    text: str, sentence_start: int, num_start: int, this_year: int | None, dated: str | None
) -> int | None:
    """The year of the part of it a figure's sentence opens with (一季度，…) when the document
    is dated after that part ended and no goal is set before the figure, else None."""
    m = _PART_OPENING.match(text, sentence_start)
    if m is None or not dated or not dated[:4].isdigit() or len(dated) < 7:
        return None
    year = int(m.group(1)) if m.group(1) else this_year
    if year is None or not dated[5:7].isdigit():
        return None
    ends = _PART_ENDS.get(m.group(2)) or int(m.group(3))
    written = (int(dated[:4]), int(dated[5:7]))
    if written <= (year, ends) or _GOAL_WORDS.search(text, m.end(), num_start):
        return None
    return year


# work told as done already in the year the document speaks in: 全县今年已设立森林防火检查站45个
_DONE_ALREADY = re.compile(
    r"(?:今年|本年|年初以来|目前|现)?已(?:经)?(?:累计)?(?:建成|设立|完成|建立|开通|培育|引进|落地|"
    r"发放|开工|竣工|投用|投产|签约|组建|成立|创建|招引|培训|办理|受理)"
)


def _done_already(
    text: str, sentence_start: int, clause_start: int, num_start: int, this_year: int | None
) -> int | None:
    """``this_year`` when the figure's clause tells the work as done already (已设立…45个) and
    its sentence sets no goal before it, else None."""
    if this_year is None or not _DONE_ALREADY.search(text, clause_start, num_start):
        return None
    return None if _GOAL_WORDS.search(text, sentence_start, num_start) else this_year


def _months_so_far(
    text: str, sentence_start: int, num_start: int, this_year: int | None
) -> int | None:
    """``this_year`` when the figure's sentence opens with the months gone by (1—2月份，) and
    sets no goal before the figure, else None."""
    if this_year is None:
        return None
    # (the sentence's, or its paragraph's when a title line ran into it: a bulletin's items)
    line_start = text.rfind("\n", sentence_start, num_start) + 1
    start = next(
        (at for at in (sentence_start, line_start) if at and _SO_FAR_OPENING.match(text, at)),
        0 if _SO_FAR_OPENING.match(text, 0) and sentence_start == 0 else None,
    )
    if start is None:
        return None
    return None if _GOAL_WORDS.search(text, start, num_start) else this_year


def _relative_year(word: str, this_year: int) -> int:
    return this_year + _RELATIVE_OFFSET.get(word, 0)


def _past_year(
    text: str,
    sentence_start: int,
    num_start: int,
    past_before: int | None,
    this_year: int | None = None,
) -> int | None:
    """The year a figure reports on when its sentence opens with a year before the plan's
    (``past_before``) and names no deadline before the figure: 2024年，全省…约2.1万亿元 in a plan
    for 2025 is 2024's result, as a review's figures are; so is 去年… (the year before
    ``this_year``), unless a clause before the figure turns to this year or the next
    (去年新增15家，今年力争新增20家)."""
    if past_before is None:
        return None
    # (after an item's marker too: 1.2025年，全县… — found probing)
    marker = HEADING_START.match(text[sentence_start:num_start])
    opening = sentence_start + (marker.end() if marker else 0)
    m = _YEAR_OPENING.match(text, opening) or _AS_OF_OPENING.match(text, opening)
    year = int(m.group(1)) if m else None
    if m is None and this_year is not None:
        m = _PAST_OPENING.match(text, opening)
        year = this_year - 1 if m else None
    if m is None or year is None or year >= past_before:
        return None
    # (a deadline after the opening: its own 截至2025年底 is the day things stood, none)
    if deadline_of(text[m.end() : num_start]) is not None:
        return None
    later = _RELATIVE_YEAR.search(text, m.end(), num_start)
    if later and _RELATIVE_OFFSET.get(later.group(1), 0) >= 0:
        return None
    # (nor when a clause before the figure turns to the plan's year or a later one:
    # 2025年全县实现…85亿元；2026年目标达到90亿元 — found probing)
    if any(int(y.group(1)) >= past_before for y in _YEAR.finditer(text, m.end(), num_start)):
        return None
    return year


# A paragraph a session's review opens (全会充分肯定了市委常委会2025年的工作。全会认为，2025年，…。
# 预计全年地区生产总值增长6.3%): its figures are results of the year it reviews
_SESSION_REVIEW = re.compile(r"\s*(?:全会|会议)(?:充分)?(?:肯定|认为|指出|总结)")
_GOAL_BEFORE = re.compile(r"力争|确保|争取|计划|目标|要|将")


def _reviewed_year(
    text: str, sentence_start: int, num_start: int, past_before: int | None
) -> int | None:
    """The year before the plan's (``past_before``) that a session's review, opening the
    figure's paragraph, names last before it — unless the paragraph names a later year before
    the figure or the figure's sentence sets a goal before it (a year-end estimate, 预计全年,
    is a result)."""
    if past_before is None:
        return None
    paragraph = text.rfind("\n", 0, num_start) + 1
    if not _SESSION_REVIEW.match(text, paragraph):
        return None
    named = [int(m.group(1)) for m in _YEAR.finditer(text, paragraph, num_start)]
    if not named or max(named) >= past_before:
        return None
    if _GOAL_BEFORE.search(text, sentence_start, num_start):
        return None
    return named[-1]


def _opens_later_year(text: str, sentence_start: int, reported_year: int | None) -> bool:
    """Whether a sentence of a report opens with a year after the one it reports on: the work
    to come (2026年，将推进… in a report on 2025)."""
    m = _YEAR_OPENING.match(text, sentence_start)
    return m is not None and reported_year is not None and int(m.group(1)) > reported_year


def _later_year_goal(
    text: str, sentence_start: int, num_start: int, reported_year: int | None
) -> int | None:
    """The year after the one a report reports on that a figure's sentence names before it with
    a goal between them (会议同意2026年…主要预期目标：…增长6%左右; 会议要求，2026年要…；二是…300个):
    the year the figure is a goal of, else None. A deadline naming it (到2028年) is a goal's too."""
    if reported_year is None:
        return None
    last = next(reversed(list(_YEAR.finditer(text, sentence_start, num_start))), None)
    if last is None or int(last.group(1)) <= reported_year:
        return None
    # (a deadline after the year reported is a goal's too: 出台…方案，明确到2028年…突破100亿元 —
    # found probing, session 74)
    # (not as of a day gone by: 截至2026年5月底，已整改…)
    deadline = text.endswith(("到", "至"), sentence_start, last.start()) and not text.endswith(
        ("截至", "截止到", "截止至"), sentence_start, last.start()
    )
    return (
        int(last.group(1)) if deadline or _GOAL_WORDS.search(text, last.end(), num_start) else None
    )


def _deadline_after(rest: str) -> int | None:
    """The deadline of the clause after a figure when that clause goes on with the same
    thing, naming no metric of its own: 年均增长8%，到2027年达到600亿元 — the growth runs to
    2027 too. (引进项目5个，到2026年集成电路产业营业收入达到50亿元 dates only its own.)"""
    m = _CONTINUED_TO.match(rest)
    return int(m.group(1)) if m else None


def _number(digits: str) -> float:
    """12,600 → 12600.0."""
    return float(digits.replace(",", ""))


# A share of the things after it that do what the clause says: 90%以上的行政村实现集中供水 (a
# figure: 90 %, of 行政村实现集中供水), not a share qualifying them (占全县50%以上的龙头企业)
_SHARE_OF_THOSE = re.compile(r"(?:以上|以下|左右)?的([^，；。：\n\t]{2,40})")
_ATTRIBUTIVE_SHARE = re.compile(r"(?:以上|以下|左右)?的")
# … but a rate it qualifies is the figure's own measure: 地区生产总值保持6%左右的增速 is the
# output's growth, about 6%
_RATE_QUALIFIED = re.compile(r"(?:以上|以下|左右)?的((?:年均)?(?:增速|增长速度|增长|增幅|涨幅))")
# … or the speed something grows at: 地区生产总值以年均8%的速度增长 (its yearly growth)
_SPEED_OF_GROWTH = re.compile(r"(?:以上|左右)?的(?:速度|速率)(?:增长|递增)")
_AT_SPEED = re.compile(r"以(年均|每年)?$")
# … and so is a level or a scale it qualifies, the figure's own: 粮食总产量稳定在50万吨以上的水平
_LEVEL_QUALIFIED = re.compile(r"(?:以上|以下|左右)?的(?:水平|规模)(?:上)?(?![\u4e00-\u9fff])")
_SHARE_OF_AREA = re.compile(
    r"(?:以上|以下|左右)?的?面积((?:达到|满足|符合)[^，；。：\n\t]{2,24}?(?:要求|标准))(?=[，；。：\n\t]|$)"
)
# (moving them to do it is no part of what they do: 推动80%以上的规上工业企业实施数字化改造)
_SHARE_VERB = re.compile(r"推动|推进|带动|引导|促进|支持|鼓励|组织|使|让|实现")
_CLAUSE_SO_FAR = re.compile(r"[^，；。\n\t]*$")


def _share_of_those(text: str, m: re.Match[str]) -> bool:
    """Whether a percentage followed by 的 is a share of the things after it doing what
    its clause says, its clause naming no other share or figure before it."""
    if m.group(4) != "%" or m.group(2):
        return False
    before = _CLAUSE_SO_FAR.search(text, max(0, m.start() - 30), m.start())
    return before is not None and not re.search(r"[占比率\d]", before.group(0))


# the rest of a list of thresholds after one of its steps, up to the 的 qualifying the noun
_LISTED_THRESHOLD = re.compile(
    r"(?:[、和及或]\s*\d[\d.,]*(?:千万|百万|万亿|万|亿)?[^\d、，。；的\s]{0,4}?)+(?:以上|以下)?的"
    # … or the lower bound of a band whose upper one closes it (受害森林面积在100公顷以上1000公顷
    # 以下的, 死亡10人以上30人以下的: a class defined, no goal)
    r"|(?:以上|以下)(?:、?\s*)(?:不[足满到]|低于)?\d[\d.,]*(?:千万|百万|万亿|万|亿)?"
    r"[^\d、，。；的\s]{0,4}?(?:以上|以下|以内)?的"
)


# … or the lower end of a band qualifying it (单体投资1000万—2000万元的项目: found probing, the
# band's lower end had been read as a goal)
_BAND_TO_ATTRIBUTIVE = re.compile(
    r"\s*[—\-－–~～至到]\s*\d[\d.,]*(?:千万|百万|万亿|万|亿)?[^\d、，。；的\s]{0,4}?(?:以上|以下)?的"
)


# a minus sign right after words, not a range's dash after a number (5-6%)
_SIGN = re.compile(r"(?<=[\u4e00-\u9fff])[-－−]$")


_NEEDS_COVERED = re.compile(
    r"(?:以上|以下)?的?[\u4e00-\u9fff]{0,3}?(?:消费需求|消费|用量|需求|需要)"
)


# a count of what some things hold, in the clause qualifying them before 的 (拥有3项以上发明专利的
# 企业, 获得2项以上专利的企业): the holding verb before it, the things held and 的 after it
_HELD_BEFORE = re.compile(r"(?:拥有|获得|具有|持有|取得)$")
_HOLDERS_AFTER = re.compile(r"(?:以上|以下)?[\u4e00-\u9fff]{1,8}?的(?=[\u4e00-\u9fff])")
# a verb making or bringing what the count after it counts, right before it (建成10个以上的示范村)
_MADE_BEFORE = re.compile(rf"(?:{_MAKING_VERBS})了?$")
# … or reaching or adding a measure named after the figure (实现100亿元的营业收入, 新增500万千瓦的
# 装机容量, 带动1万人以上的就业): the verb, then the measure's name after 的, closing its clause
# (or before a note closing it: …的营业收入（县工信局负责）)
_MEASURE_REACHED = re.compile(r"(?:实现|完成|达到|带动|新增)了?$")
_NAMED_MEASURE = re.compile(
    r"(?:以上|以下|左右)?的((?:[\u4e00-\u9fff]{0,8}?)(?:营业收入|销售收入|收入|产值|投资|就业|"
    r"装机容量|接待量|销售额|交易额|营业额|增加值|产量|税收|利润|出口额|进出口额|吞吐量))"
    r"(?=[，。；、（(\n\t]|$)"
)


def _sets_its_noun(text: str, start: int, end: int, unit: str, classifiers: frozenset[str]) -> bool:
    """Whether a figure from ``start`` to ``end``, before 的, is the value of what follows it,
    not a bound qualifying it: a count of what a making verb makes (建成10个以上的示范村), a
    measure reached and named after (实现100亿元的营业收入), a rate (保持6%左右的增速) or a
    level (稳定在50万吨以上的水平)."""
    before = text[max(0, start - 3) : start]
    return bool(
        (unit in classifiers and _MADE_BEFORE.search(before))
        or (_MEASURE_REACHED.search(before) and _NAMED_MEASURE.match(text, end))
        or (unit == "%" and _RATE_QUALIFIED.match(text, end))
        or _LEVEL_QUALIFIED.match(text, end)
    )


# what is scored in points (纳税人满意度达到95分以上 — batch 1327): a satisfaction, in the clause
# before the number; not an assessment's verdict (综合得分93分, the corpus's 芷江 and 湘潭) or
# weights (新签约亿元以上项目占30分, 考核分值不低于5分), nor a clock's minutes (10时20分)
# (or an index, a test or a rating a goal is set for: 城市文明程度指数测评达到90分以上 — batch 1408)
_SCORED_BEFORE = re.compile(
    r"(?:满意度|满意率)[^，。；、\d]{0,6}$"
    r"|(?:指数|测评|得分|评价|评估)[^，。；、\d]{0,4}(?:达到|不低于|保持在|稳定在|提高到|提升到)$"
)


# settlements of a size, a class of them (25户以上自然村, 50户以下村组 — batch 1441), no figure
_SETTLEMENTS_OF_A_SIZE = re.compile(
    r"(?:以上|以下)(?:的)?(?:自然村|行政村|村庄|村组|村落|聚居点|居民点)"
)


def find_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    classifiers = load_lexicons().classifiers
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    for m in _quantity_rx().finditer(text):
        if any(a < m.start() < b for a, b in quoted):
            continue
        mult = m.group(2) or ""
        unit = mult + m.group(4)
        end = m.end()
        if (
            (
                (
                    re.match(r"(?:以上|以下|左右)?的", text[end : end + 3])
                    and not _sets_its_noun(text, m.start(), end, unit, classifiers)
                )
                or _LISTED_THRESHOLD.match(text, end)
                or _BAND_TO_ATTRIBUTIVE.match(text, end)
            )
            and not _share_of_those(text, m)
            # (the days of need a reserve covers are its size: 保证全市居民3天以上的消费需求)
            and not (unit in ("天", "个月") and _NEEDS_COVERED.match(text, end))
        ):
            # attributive: 总投资580亿元的项目, 30万元以上的村; the steps of a list of them too
            # (首次突破1亿元、5亿元、10亿元的，分别给予…奖励)
            continue
        if _HELD_BEFORE.search(text, max(0, m.start() - 2), m.start()) and _HOLDERS_AFTER.match(
            text, end
        ):
            # what the things after 的 hold, counted, qualifies them: 支持拥有3项以上发明专利的企业
            continue
        if text.startswith("级", end):
            continue  # a size class: 5万吨级泊位
        if unit in ("户", "人") and _SETTLEMENTS_OF_A_SIZE.match(text, end):
            continue  # (a class of villages by size: 25户以上自然村通硬化路 — batch 1441)
        if unit == "分" and not _SCORED_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # points only as a satisfaction's score, not a verdict's or a rubric's
        if _ORDINALS_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # the last of a list of ordinals: 第1—3项, 第4项、第5项, 第7、8项
        if unit == "项" and _ITEMS_GIVEN_OUT.match(text, end):
            continue  # items given out by number: 1—3项由X牵头
        if text.endswith("每", 0, m.start()):
            continue  # a rate's base, part of its metric: 每10万人口拥有…, 每2年开展1次
        # (余 or 多 before the magnitude too: 8000余万元)
        after_number = m.group(0)[len(m.group(1)) :].lstrip(" ")
        approx = bool(m.group(3) or m.group(5)) or after_number.startswith(("余", "多"))
        low = _RANGE_LOW.search(text, max(0, m.start() - 16), m.start())
        if (
            low
            and low.group(2) in (None, m.group(2))
            and low.group(3) in (None, m.group(4))
            and not (low.group(2) and not m.group(2))
        ):  # 5%—6%, 5—6%, 1.5万—2万人: one range
            if out and out[-1].start == low.start():
                out.pop()
            value = float(low.group(1))
            out.append(
                Quantity(low.start(), end, low.start(1), value, unit, approx, _number(m.group(1)))
            )
            continue
        start, value = m.start(1), _number(m.group(1))
        if _SIGN.search(text, max(0, start - 2), start):
            start, value = start - 1, -value  # 增长-2.3%: below zero, as statistics print it
        out.append(Quantity(min(m.start(), start), end, start, value, unit, approx))
    if "百分点" in text or "%" in text:
        out = _with_elided_units(text, out)
    if "亿" in text or "万" in text:
        out = _with_money_unsaid(text, out)
    if _SPELT_HINT.search(text):
        out += _spelt_quantities(text, [(q.start, q.end) for q in out])
        out.sort(key=lambda q: q.start)
    if any(c in text for c in "二两三四五六七八九十"):
        taken = [(q.start, q.end) for q in out]
        numerals = [*_numeral_rx().finditer(text), *_numeral_noun_rx().finditer(text)]
        for m in numerals:
            count = _cn_value(m.group(1))
            if count is None or count < 2 or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if any(a < m.start() < b for a, b in quoted):
                continue
            start, approx = m.start(1), bool(m.group(2))
            value, top = float(count), None
            low = _CN_RANGE_LOW.search(text, max(0, start - 8), start)
            low_value = _cn_value(low.group(1)) if low else None
            if low and low_value is not None and low_value < count:
                # (引进龙头企业二至三家: from two to three, not 企业二's three)
                start, value, top = low.start(), float(low_value), float(count)
            out.append(
                Quantity(start, m.end(), start, value, m.group(3), approx, top, numeral=True)
            )
        out.sort(key=lambda q: q.start)
    if _MAGNITUDE_HINT.search(text):
        taken = [(q.start, q.end) for q in out]
        for m in _magnitude_rx().finditer(text):
            words, mult = m.group("words"), m.group("mult") or ""
            worth, s = _cn_value(words), m.start()
            if worth is None or any(a < m.end() and s < b for a, b in taken):
                continue
            reached = _REACHED.search(text, max(0, s - 3), s) is not None
            # (a round magnitude with 余 or 多, closing its clause, is a floor as 1000余 is:
            # 培训农民千余人次, 引进企业百余家 — not 千余年历史, which goes on)
            floor = words in ("十", "百", "千") and bool(m.group("more"))
            closes = _CLAUSE_CLOSES.match(text, m.end()) is not None
            closing = (bool(mult) or floor) and closes
            if not (reached and (mult or re.search("[十百千]", words))) and not closing:
                continue  # a count in words alone is read above, after its noun
            if re.match(r"(?:以上|以下)?的", text[m.end() : m.end() + 3]):
                continue  # attributive: 营业收入超百亿元的企业
            unit = mult + m.group("unit")
            out.append(Quantity(s, m.end(), s, float(worth), unit, bool(m.group("more"))))
        taken = [(q.start, q.end) for q in out]
        for m in _bare_magnitude_rx().finditer(text):
            # 万 or 亿 alone, nearly reached or passed (近万人, 逾万户) or exceeded (万余人次),
            # closing its clause: one of it
            s = m.start()
            reached = _REACHED.search(text, max(0, s - 3), s) is not None
            if not (reached or m.group("more")) or any(a < m.end() and s < b for a, b in taken):
                continue
            if _CLAUSE_CLOSES.match(text, m.end()) is None:
                continue
            unit = m.group("mult") + m.group("unit")
            out.append(Quantity(s, m.end(), s, 1.0, unit, bool(m.group("more"))))
        out.sort(key=lambda q: q.start)
    if "翻" in text or "倍" in text:
        taken = [(q.start, q.end) for q in out]
        for m in _DOUBLING.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                if m.group(2):
                    times = _SPELT_TIMES[m.group(2)]
                else:
                    times = 4.0 if m.group(1) == "两" else 2.0
                out.append(Quantity(m.start(), m.end(), m.start(), times, "倍", approx=False))
        out.sort(key=lambda q: q.start)
    if ":" in text or "：" in text:
        # a ratio to one after the two things compared (…产值与农业总产值之比提高到1.8:1):
        # its unit is the ratio's ":1" — not matching funds at a ratio (按1:1比例配套)
        taken = [(q.start, q.end) for q in out]
        for m in _RATIO.finditer(text):
            s = m.start(1)
            if any(a <= s < b for a, b in [*taken, *quoted]):
                continue
            if _RATIO_BEFORE.search(text, max(0, s - 8), s):
                out.append(Quantity(s, m.end(), s, _number(m.group(1)), ":1", approx=False))
        out.sort(key=lambda q: q.start)
    if _UNITLESS_HINT.search(text):
        taken = [(q.start, q.end) for q in out]
        for m in _UNITLESS.finditer(text):
            s = m.start(1)
            if not any(a <= s < b for a, b in [*taken, *quoted]):
                out.append(Quantity(s, m.end(1), s, _number(m.group(1)), "", approx=False))
                # (the values given in turn after it: 差异系数分别控制在0.50、0.45以内)
                for r in _UNITLESS_RUN.finditer(text, m.end(1)):
                    if r.start() != out[-1].end:
                        break
                    s = r.start(1)
                    out.append(Quantity(s, r.end(1), s, _number(r.group(1)), "", approx=False))
        out.sort(key=lambda q: q.start)
    return _without_thresholds(text, out)


# Numbers of a list whose unit, a rate's or a change's in points, only the last writes
# (分别提高0.8个和1.2个百分点, 分别下降2.1和1.5个百分点, 分别增长5.5、6.8%); group 3 is that unit
_ELIDED_UNIT = re.compile(
    r"(?<![\d.A-Za-z第])(\d+(?:\.\d+)?)(个)?"
    r"(?=(?:[、和与及]\d+(?:\.\d+)?个?)*[、和与及]\d+(?:\.\d+)?(个百分点|%))"
)


def _with_elided_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """The quantities with the numbers of a list whose unit only its last writes given it
    (see ``_ELIDED_UNIT``): ``0.8个`` becomes 0.8 个百分点, a bare ``5.5`` a quantity in %."""
    out = list(found)
    for m in _ELIDED_UNIT.finditer(text):
        unit, at = m.group(3), m.start(1)
        same = [i for i, q in enumerate(out) if q.num_start == at]
        if same:
            if out[same[0]].unit == "个" and m.group(2):
                out[same[0]] = replace(out[same[0]], unit=unit)
        elif not m.group(2) and not any(q.start <= at < q.end for q in out):
            out.append(Quantity(at, m.end(1), at, _number(m.group(1)), unit, approx=False))
    return sorted(out, key=lambda q: q.start)


# An amount of money whose 元 is left unsaid, as speeches and news say it (营业收入突破100亿,
# 完成投资3.5个亿): 万 or 亿 closing its clause after a number, in a clause naming money
_MONEY_UNSAID = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)(个)?([万亿])(?=(?:以上|左右|以内|以下)?(?:[，；。、）)\n]|$))"
)
_MONEY_WORDS = re.compile(
    r"收入|产值|营收|投资|资金|税收|销售额|交易额|总额|规模|利润|生产总值|GDP|增加值|贷款|"
    r"存款|融资|零售额|花费|收益|财政|预算|补贴|奖励"
)


def _with_money_unsaid(text: str, found: list[Quantity]) -> list[Quantity]:
    """The quantities with amounts of money whose 元 is left unsaid (see ``_MONEY_UNSAID``)
    read in 万元 or 亿元 — a bare 3.5 个 (完成投资3.5个亿) read again as 3.5 亿元, and a bare 万
    (销售额突破8000万) as 万元."""
    out = list(found)
    for m in _MONEY_UNSAID.finditer(text):
        at = m.start(1)
        clause = text[max(0, text.rfind("，", 0, at) + 1, text.rfind("。", 0, at) + 1) : at]
        if not _MONEY_WORDS.search(clause):
            continue
        same = [i for i, q in enumerate(out) if q.num_start == at]
        if same and out[same[0]].unit not in ("个", "万"):
            continue
        q = Quantity(at, m.end(), at, _number(m.group(1)), m.group(3) + "元", approx=False)
        if same:
            out[same[0]] = q
        elif not any(x.start <= at < x.end for x in out):
            out.append(q)
    return sorted(out, key=lambda q: q.start)


# A magnitude in words: right after a verb that reaches it (突破千亿元, 达到两百亿元,
# 突破千万人次), or closing its clause with 万 or 亿 (新增就业岗位一万个) — not a class
# (千亿级) nor a set phrase (千家万户), which go on after them.
_MAGNITUDE_HINT = re.compile(r"[十百千万亿][\u4e00-\u9fff]")
_REACHED = re.compile(r"(?:突破|超过|达到|达|超|逾|提高到|增加到|增至|实现|约|近)$")
# (a note in brackets after it closes the clause too: 改造提升三万亩（县农业农村局牵头）)
_CLAUSE_CLOSES = re.compile(r"(?:以上|左右|以内|以下)?(?:[，；。、：\n）（]|$)")
# A number a speech printed as read spells out where a plan writes digits: a percentage
# (百分之六点八), a decimal (九十八点六亿元, 一点二万人), 万 inside it (五万二千元); a rate per
# mille or more (千分之二点八, 十万分之十), a fraction (三分之一) or a share in tenths (七成).
_SPELT_HINT = re.compile(
    r"分之|[一二两三四五六七八九十]点[零〇一二三四五六七八九]|万[一二两三四五六七八九]"
    r"|[一二两三四五六七八九]成|[一二两三四五六七八九][百千]"
    # (percentage points spelt out: 提高两个百分点)
    r"|[一二两三四五六七八九十]个百分点"
)
_HUNDREDS = re.compile(r"[一二两三四五六七八九][百千]")
# the unit of a rate per hundred, thousand, ten thousand or hundred thousand
_RATE_UNITS = {"百": "%", "千": "‰", "万": "‱", "十万": "/10万"}
_SPELT_INT = r"[一二两三四五六七八九十百千零〇]+"
_SPELT_NUMBER = rf"{_SPELT_INT}(?:万{_SPELT_INT})?(?:点[零〇一二三四五六七八九]+)?"


@lru_cache(maxsize=1)
def _units_alternation() -> str:
    """The lexicon's units as a regex alternation, the longest first (万吨/年 before 万吨)."""
    units = sorted((u for u, _ in load_lexicons().units), key=len, reverse=True)
    return "|".join(map(re.escape, units))


def _amount_after_words() -> str:
    """What follows a number in words: its magnitude, 余/多 and its unit (not a class, 级)."""
    return (
        r"(?P<mult>万亿|万|亿)?(?P<more>余|多)?"
        rf"(?P<unit>{_units_alternation()})(?![级A-Za-z\d])"
    )


@lru_cache(maxsize=1)
def _spelt_rx() -> re.Pattern[str]:
    """A rate spelt out (百分之…, 千分之…, 十万分之…; its number in digits too: 千分之3), a
    fraction (三分之一), a share in tenths closing its phrase (七成以上, 增长一成; not 一成不变),
    or a number spelt out and its unit."""
    return re.compile(
        r"(?<![第一二两三四五六七八九十百千万亿几每零〇点])"
        # (not a slogan counting its 100 %s: “六个百分之百” — batch 1269)
        r"(?<![一二两三四五六七八九十]个)"
        rf"(?:(?P<base>十万|百|千|万)分之(?P<rate>{_SPELT_NUMBER}|\d+(?:\.\d+)?)(?![级A-Za-z\d])"
        r"|(?P<whole>[二三四五六七八九十])分之(?P<part>[一二三四五六七八九])"
        # (and a hundredth after it: 九成五, 95 % — batch 942)
        r"|(?P<tenths>[一二两三四五六七八九])成(?P<hundredths>[一二三四五六七八九])?"
        # (a note's bracket after it closes its clause too: 九成五（市市场监管局负责） — found re-typing
        # batch 942)
        r"(?=以上|左右|以下|多|的|[，。；、）（\s]|$)"
        rf"|(?P<words>{_SPELT_NUMBER}){_amount_after_words()})"
    )


def _spelt_quantities(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Rates, fractions, shares in tenths, decimals and numbers with 万 inside spelt out
    (``_SPELT_HINT``); a number spelt out otherwise is a count or a magnitude, read after
    it. A fraction or a share in tenths is a percentage (三分之一 33.3 %, 七成 70 %)."""
    out = []
    for m in _spelt_rx().finditer(text):
        more = bool(m.group("more"))
        if m.group("rate"):
            rate = m.group("rate")
            value = float(rate) if rate[0].isdigit() else _spelt_value(rate)
            unit = _RATE_UNITS[m.group("base")]
        elif m.group("whole"):
            whole, part = _cn_value(m.group("whole")), _cn_value(m.group("part"))
            if not whole or part is None or part >= whole:
                continue
            value, unit = round(100 * part / whole, 1), "%"
        elif m.group("tenths"):
            value = 10.0 * (_cn_value(m.group("tenths")) or 0)
            value += _cn_value(m.group("hundredths") or "") or 0
            unit = "%"
        else:
            words = m.group("words")
            # (hundreds and thousands with their numeral, 两千亩, 一百公里 — not a size, 千亩,
            # nor time, 一千多年历史)
            hundreds = _HUNDREDS.match(words) and m.group("unit") not in _TIME_UNITS
            # (or percentage points, a change's own unit: 提高两个百分点)
            points = m.group("unit") in ("个百分点", "百分点")
            if not ("点" in words or "万" in words or hundreds or points):
                continue
            value = _spelt_value(words)
            unit = (m.group("mult") or "") + m.group("unit")
        if value is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        out.append(Quantity(m.start(), m.end(), m.start(), value, unit, more))
    return out


@lru_cache(maxsize=1)
def _magnitude_rx() -> re.Pattern[str]:
    return re.compile(
        r"(?<![第一二两三四五六七八九十百千万亿几每])(?P<words>[一二两三四五六七八九十百千]+)"
        + _amount_after_words()
    )


@lru_cache(maxsize=1)
def _bare_magnitude_rx() -> re.Pattern[str]:
    """万 or 亿 with no number before it, and its unit (近万人, 万余人次)."""
    return re.compile(
        r"(?<![第一二两三四五六七八九十百千万亿几每零〇\d.])(?P<mult>万|亿)(?P<more>余|多)?"
        rf"(?P<unit>{_units_alternation()})(?![级A-Za-z\d])"
    )


# To double (翻一番, 翻番; done, 翻了一番) is twice as much, to double twice (翻两番) four times;
# a multiple spelt after a growth or a base (增长一倍, 是2025年的两倍) is its numeral's.
# (or doubling said in one word closing its clause: 规上企业数量实现倍增)
_DOUBLING = re.compile(
    r"翻了?(一|两)?番|(?<=增长|增加|提高|扩大|年的)([一二两三四五六七八九十])倍"
    r"|(?<=实现)倍增(?=[，。；]|$)"
)
_SPELT_TIMES = {c: float(i) for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2.0}


# A ratio measured without a unit, a few words after its name (容积率不低于1.5 too): 农田灌溉水有效利用系数提高到0.62,
# 数据中心PUE值降至1.25以下 (not a rank, 指数排名全省前10位, nor a year or a count with a unit,
# which the units read).
_RATIO = re.compile(r"(?<![\d.:：])(\d+(?:\.\d+)?)\s*[:：]\s*1(?![\d.:：])")
_RATIO_BEFORE = re.compile(r"(?:之比|比值|比例|比)[\u4e00-\u9fff]{0,4}$")
# (or a rate of accidents or deaths per a number of things, written without a unit:
# 电梯万台事故率控制在0.1以下, 亿元地区生产总值生产安全事故死亡率控制在0.02以下)
_UNITLESS_HINT = re.compile(r"系数|指数|PUE|容积率|事故率|死亡率")
_UNITLESS_RUN = re.compile(r"[、和及与](\d+(?:\.\d+)?)(?![\d.%‰A-Za-z年月日位名个万亿元])")
_UNITLESS = re.compile(
    r"(?:系数|指数|PUE值?[）)]?|容积率|事故率|死亡率)[\u4e00-\u9fff]{0,5}?(?<![第前])(\d+(?:\.\d+)?)"
    r"(?![\d.%‰A-Za-z年月日位名])"
)


# between a threshold and the count of what it qualifies: 10亿元以上项目5个
_THRESHOLD_GAP = re.compile(r"(?:及)?(?:以上|以下)?([\u4e00-\u9fff]{1,12})")
_BOUND_AFTER = re.compile(r"及?(?:以上|以下)")


def _without_thresholds(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Drop a measure that qualifies the noun a count after it counts: in
    ``10亿元以上项目5个`` and ``年营业收入过10亿元企业5家`` the figure is the count, and
    the threshold is part of what is counted (as ``总投资580亿元的项目`` is). A count
    before a measure (``项目30个总投资…``) and a verb starting the gap (``投资5亿元建设项目3个``)
    keep both."""
    if len(quantities) < 2:
        return quantities
    classifiers = load_lexicons().classifiers
    out = []
    for q, nxt in zip(quantities, [*quantities[1:], None], strict=True):
        # (a count is a threshold only with its bound after it: 存栏300头以上标准化养殖场30个 —
        # batch 1204; 新增企业10家带动就业500人 counts both)
        bounded = q.unit not in classifiers or _BOUND_AFTER.match(text, q.end) is not None
        gap = (
            _THRESHOLD_GAP.fullmatch(text, q.end, nxt.num_start)
            if nxt is not None and bounded and nxt.unit in classifiers
            else None
        )
        if gap and not (_COUNT_VERBS.match(gap.group(1)) or _ACTION.match(gap.group(1))):
            continue
        out.append(q)
    return out


def _qualifier_after(text: str, pos: int) -> tuple[str, int] | None:
    """The comparator a word just after a number gives (以上, 左右, 以内, 内 …) and the
    word's length, or None."""
    # (the bound itself counted in, said before the word: 新增30家（含）以上 — batch 700)
    inclusive = 3 if text.startswith("（含）", pos) else 0
    for word, comp in _AFTER:
        if text.startswith(word, pos + inclusive):
            return comp, inclusive + len(word)
    if _WITHIN.match(text, pos):
        return "<=", 1
    return None


def _comparator(text: str, q: Quantity, seg_start: int, mode: str) -> tuple[str, int]:
    """Comparator and the end of the qualifier after the quantity."""
    if q.value_max is not None:
        return "between", q.end
    after = _qualifier_after(text, q.end)
    if after is not None:
        return after[0], q.end + after[1]
    if q.approx:
        return ">", q.end
    return comparator_of(text[seg_start : q.num_start], "", mode), q.end


# so much a head, a month, a tonne … or the year of a value dated (提高到2027年的45%) between
# the verb and the number
_PER_WHAT = re.compile(
    r"(?:(?:每(?:人|户|日|天|月|年|秒|小时|吨|亩|千瓦时|平方米|平方公里|人次)){1,2}|\d{4}年(?:底|末)?的)$"
)


# what a figure is counted per, before its number (达到每亩1200斤), with the verb reaching it
# (or a price by weight, as a price bulletin writes it: 大米每斤2.98元 → 2.98元/斤)
_PER_BEFORE = re.compile(
    r"(?:达到|达|提高到|提升到|稳定在|保持在)?每(亩|人|户|公顷|吨|斤|公斤|千克|平方公里)$"
)
_BY_WEIGHT = ("斤", "公斤", "千克")


def _per_unit(unit: str, per: str) -> str | None:
    """The unit ``unit`` per ``per`` (斤, 亩 → 斤/亩; 万元, 亩 → 万元/亩) if the lexicon has it."""
    base = re.sub("^(?:千万|百万|万亿|万|亿)", "", unit)
    scaled = base != unit
    for u, scalable in load_lexicons().units:
        if u == f"{base}/{per}" and (scalable or not scaled):
            return f"{unit}/{per}"
    return None


_THRESHOLD_OF = re.compile(
    r"(?:突破|(?<!不)超过|达到|不少于|不低于|至少)?\d[\d.,]*(?:万|亿)?[^\d，。；、\s]{0,4}?"
    r"(?:及以上|以上|以下)?的"
)


def comparator_of(before: str, after: str, mode: str) -> str:
    """The comparator the words just before and just after a number give."""
    qualifier = _qualifier_after(after, 0)
    if qualifier is not None:
        return qualifier[0]
    before = _PER_WHAT.sub("", before)  # 提高到每人每月200元: as 提高到200元
    # (a threshold qualifying the things counted by 的 keeps its own: 其中超过100万元的村3个)
    before = _THRESHOLD_OF.sub("", before)
    for rx, comp in _BEFORE:
        if rx.search(before):
            if comp in ("reach", "reach_down"):  # 提高到 55% is at least, 降至 3% at most
                if mode == "reported":
                    return "="
                return ">=" if comp == "reach" else "<="
            return comp
    return "="


# the field a figure is counted in, opening its metric: 在公交、出租、环卫领域推广…
_SCOPE = re.compile(
    r"^在[^，；。]{1,20}?(?:领域|方面|行业)(?=.{2})"
    # … or the place something is set up, built or spread in: 在长三角、珠三角设立驻点招商小分队,
    # 在全国设立“盐池滩羊”品牌专卖店, 在全县推广水肥一体化技术
    r"|^在[^，；。]{1,16}?(?=(?:设立|开设|新设|增设|设置|建立|建设|新建|建成|布局|打造|推广|开通|布设|新增|配建|投放)[“\"]?[\u4e00-\u9fff]{2})"
    # (or where a trip goes to do the work: 赴欧洲、日韩开展招商活动; or what the work is built
    # around: 围绕传统村落集聚区打造民宿集聚村)
    r"|^赴[^，；。]{1,16}?(?=开展|举办|组织|参加)"
    r"|^围绕[^，；。]{1,16}?(?=打造|建设|培育|布局|发展)"
    # (or when: 在“五五购物节”期间举办专场推介活动, 赛事期间开通旅游专线公交)
    r"|^在[^，；。]{1,16}?期间"
    r"|^[^，；。在]{2,8}?期间(?=[\u4e00-\u9fff]{2})"
)
# a period inside a metric, before its change: 研发投入每年增长 (the figure's period says it;
# 年均增长 names an indicator and stays)
_PERIOD_BEFORE_CHANGE = re.compile(r"(?<=.)每年(?=增长|提高|提升|增加|下降|降低|减少)")
# how long a level has held (粮食总产量连续5年稳定在…, 连续两年增长…), and that it holds
# (保持粮食产量…以上): no part of what is measured
# (and the years a run is given in turn: 零售额分别于2026年、2028年突破… → 零售额)
_RUN_OF_YEARS = re.compile(
    r"连续(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年|(?:分别)?(?:于|在)\d{4}年(?:[、和及与]\d{4}年)+$"
)
_KEEPING = re.compile(r"^(?:保持(?![率在])|巩固(?=[\u4e00-\u9fff]{2,}?(?:面积|规模|产量)))")
# a level's period after its thing (新建标准化示范果园每年不少于15个): the figure's period,
# no part of its metric (a growth's 年均 is: 网络零售额年均增长)
# … and inside it, before what is done (每名科技特派员每年驻村服务时间): the figure's period
# says it (全年 inside stays, as the corpus's golds keep it: 场馆全年开放天数)
_FLOOR_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?:至少|最少)(?=[\u4e00-\u9fff])")
_PERIOD_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})每年(?=[\u4e00-\u9fff]{2})")
# (and so is 常年, all year round: 免疫密度常年保持在90%以上)
_PERIOD_AT_END = re.compile(r"(?<=..)(?:每年|年均|常年)$")
# how often or for whom a level is reached, after its verb (达到每日3000吨, 提高到每人每月200元)
_PER_AFTER_VERB = re.compile(
    # (or a year: 砚石开采总量控制在每年500吨以内 — batch 1075)
    r"(?:(?<=达到)|(?<=[高升加]到)|(?<=[定持制]在))(?:每人)?每(?:日|天|月|秒|小时|年)$"
)
# a year after its thing (规上工业企业2026年达到50家、2027年达到80家): the figure's year, no
# part of its metric; a base year (较2020年翻番) stays
_YEAR_AT_END = re.compile(
    r"(?<=[\u4e00-\u9fff”）]{2})(?<![较比])(?:到|至|在)?\d{4}年(?:底|末)?(?:前|以前)?$"
)


_MULTIPLE_OF = re.compile(r"(?:是|为|达到|相当于)(\d{4}年)的?$")
_SHARE_REACHED = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:达到|不低于|不少于|超过|高于)(?=(?:年度|全年)?(?:计划|目标|预算)(?:任务)?$)"
)
# … and so is a share of another quantity (负荷编制规模不低于最高用电负荷的30%): the verb before
# the whole, its 的 ending the metric
_SHARE_OF_WHOLE = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:达到|不低于|不少于|不高于|不超过|超过|高于)(?=[\u4e00-\u9fff]{2,12}$)"
)


# the particle marking a verb's deed done, as a report tells it (新增了, 实现了): no part of a metric
_PERFECTIVE = re.compile(
    r"(?<=实现|完成|新增|培育|引进|建成|新建|达到|带动|打造|形成|创建|认定|开工|竣工|签约|落地"
    r"|增长|提高|提升|下降|降低|减少|增加|突破|超过|发放|招引|改造|建设|实施|累计)了"
)


def _clean_metric(s: str) -> str:
    # (a slash between two figures pairs them, 20万千瓦/40万千瓦时: the second is the next of a list)
    s = s.strip(" ，、；。：").lstrip("/／").replace("分别", "")
    s = _PERFECTIVE.sub("", s)  # 新增了12家: as 新增12家
    if not _ORDINAL_INDUSTRIES.match(s):  # (二、三产业增加值: the industries, no marker)
        s = HEADING_START.sub("", s, count=1)  # 1.实施重点项目200个: the heading's marker
    s = _BULLET.sub("", s)  # ——地区生产总值增长5.5%左右: a list's dash or bullet
    s = _RESOLVE.sub("", s)  # 地区生产总值确保增长6%: how firm the goal is, not what
    s = _FIRST_TIME.sub("", s)  # 地区生产总值首次突破300亿元: when it was crossed
    s = _RUN_OF_YEARS.sub("", s)
    s = _KEEPING.sub("", _LEAD_JUNK.sub("", _BODIES_STRIVING.sub("", _PARTIES.sub("", s))))
    s = _SCOPE.sub("", s)  # 在公交、出租、环卫领域推广新能源汽车: where, not what
    s = _CHECKED.sub(r"\1", s)  # 对全市线缆企业开展产品质量抽检: the things checked and the check
    s = _MEANS.sub("", s)  # 依托石河子大学培养技能人才: by what means, not what
    s = _BODIES_DOING.sub("", _LED_BY_BODY.sub("", _BODY_ACTING.sub("", s)))
    s = _FIRMS_SETTING_UP.sub("", s)  # 支持企业在…设立海外仓: what is set up
    s = _FIRMS_SUPPORTED.sub("", s)  # 支持乳企新上…生产线: what the firms do, not the support
    s = _PERIOD_BEFORE_CHANGE.sub("", s)  # 研发投入每年增长: the period is the figure's
    s = _PERIOD_AT_END.sub("", _TRAIL_VERB.sub("", _PER_AFTER_VERB.sub("", s)))
    s = _PERIOD_INSIDE.sub("", s)
    s = _FLOOR_INSIDE.sub("", s)  # 每家企业每季度至少检查: the floor is the comparator's
    s = _YEAR_AT_END.sub("", s)
    s = _REACHING.sub("", _FUNDER.sub("", s))
    s = _FUNDED_BY.sub("", s)  # 专项资金由市级财政预算安排: who sets it aside, not what
    s = _without_action(s)
    s = s.strip(" ，、；。：")
    if len(s) > 2 and s.endswith("的"):  # 占全国大田玉米用种量的40%: the share's 的
        s = s[:-1]
        if "占" not in s:
            s = _SHARE_OF_WHOLE.sub("占", s, count=1)
    # a share of the year's plan reached (完成投资达到年度计划的55%): a share, 占, the bound
    # the comparator's
    s = _SHARE_REACHED.sub("占", s)
    # a multiple of a base year's (是2025年的2倍): the base compared with, as 较2025年翻番 keeps it
    s = _MULTIPLE_OF.sub(r"较\1", s)
    # a goal said to be one names no thing (2026年目标达到90亿元 — found probing)
    if _GOAL_ALONE.fullmatch(s):
        return ""
    # a quotation mark without its partner (the name went on past the metric) goes
    if s.startswith("“") and "”" not in s:
        s = s[1:]
    if s.endswith("”") and "“" not in s:
        s = s[:-1]
    return s


_GOAL_ALONE = re.compile(r"(?:年度|预期|全年)?目标(?:任务)?")
_LEADING_COUNT_VERBS = re.compile(rf"^(?:{_COUNT_VERBS.pattern})")


_UNIT_SCALE = re.compile(r"^(?:千万|百万|万亿|万|亿|千)+(?=.)")


def _elided_thing(before: Figure, q: Quantity, verbs: str, sentence_start: int) -> str | None:
    """What a figure with only verbs before it counts when its thing is left out because the
    figure before it in its sentence, in the same unit, names it: 新增高标准农田5万亩，改造提升
    3万亩 → 高标准农田; 建设农村公路100公里，改造50公里 → 农村公路. None if there is no such
    figure (开展5天培训 counts nothing)."""
    # (the same unit at another magnitude too: 市场主体总数达到5万户，新增3000户 — batch 700)
    if len(verbs) < 2 or _UNIT_SCALE.sub("", before.unit) != _UNIT_SCALE.sub("", q.unit):
        return None
    if before.start < sentence_start:
        return None
    if q.unit in _TIME_UNITS or before.growth:
        return None
    lead = _LEADING_COUNT_VERBS.match(before.metric)
    thing = before.metric[lead.end() :] if lead else before.metric
    # (the things, not their total: 高新技术企业总数达到150家，新增30家 → 高新技术企业 — batch 700)
    thing = _STOCK_TAIL.sub("", thing)
    return thing if len(thing) >= 2 else None


# the rest of a metric after its verb, that verb's object then 的 and what is counted
_QUALIFYING_CLAUSE = re.compile(r"^[^，、的]{1,10}的[\u4e00-\u9fff]{2,}$")


# things an action is taken on, not counted, after 对: they and the action name what the figure
# counts (对全市线缆企业开展产品质量抽检600批次 → 线缆企业产品质量抽检)
_CHECKED = re.compile(
    r"^对(?:全[省市县区旗镇乡])?([^\d，。；、对]{2,20}?)(?:开展|进行|实施)(?=[\u4e00-\u9fff]{2})"
)
# things counted after 对, the action taken on them after their name
_ACTED_ON = re.compile(
    r"\s*(?:组织|集中|全面)?[对在](?:全[市县区旗镇])?(?:辖区内?|域内)?(?P<of>[^，。；：、\n]{0,20}的)?"
)
# the places a piece of work is done in, after 在 and perhaps named before their count (在大坪
# 街道、都濡街道等8个乡镇（街道）建设…): see ``_figures``
_IN_PLACES = re.compile(r"\s*(?:要|将|重点|分别)?在(?:[^，。；：\n\d]{1,30}?等)?")
_PLACES_COUNTED = re.compile(
    r"(?:乡镇|街道|行政村|社区|县区|园区|镇|乡|村|县|区)(?![镇乡村区道街])(?:（[^）\n]{1,8}）)?"
    r"(?![各均都]|分别)(?=[\u4e00-\u9fff])"
)
_FIGURE_FOLLOWS = re.compile(r"[^，,。；;\n\t]*?\d")
_EACH_OF_THEM = re.compile(
    r"(?P<thing>[\u4e00-\u9fff]{1,12}?)各(?P<verb>[\u4e00-\u9fff]{1,4}?)\d+(?:\.\d+)?"
    r"[\u4e00-\u9fff]{1,2}?(?P<noun>[\u4e00-\u9fff]{2,16}?)(?=[，。；、\n]|$)"
)
_ACTION_ON_THEM = re.compile(
    r"(?P<thing>[\u4e00-\u9fff][\u4e00-\u9fff、]{0,30}?)"
    r"(?:(?P<act>(?:开展|进行|实施|实行|引入|设立|建立|建成|推行|开设)[\u4e00-\u9fff][\u4e00-\u9fff、]{1,15}?)"
    r"(?=[，。；：\n\t]|$)|(?=逐项|逐一|逐个))"
)


def _without_action(s: str) -> str:
    """The metric without a doing verb opening it (``_ACTION``): 打造…示范项目 → 示范项目."""
    action = _ACTION.match(s)
    if action and len(s) - action.end() >= 2 and not _ATTRIBUTE_ONLY.match(s):
        rest = s[action.end() :]
        # a verb coordinated with another names what both count: 完成或序时推进
        # (not a word that opens with a conjunction's character: 串联提升和美乡村风情线)
        if rest[0] == "或" or (rest[0] in "和及与、" and _COORDINATED_VERB.match(rest, 1)):
            return s
        # (nor a verb whose clause qualifies what is counted: 开设托班的公办幼儿园 counts
        # kindergartens that run classes, not classes)
        if _QUALIFYING_CLAUSE.match(rest):
            return s
        # (the scope after the verb goes as the scope before it does: 完成全县…排查 → …排查 —
        # batch 1234)
        return _WHOLE_PLACE_OPENING.sub("", rest, count=1) if len(rest) > 4 else rest
    return s


_WHOLE_PLACE_OPENING = re.compile("^" + _WHOLE_PLACE)


def _metric_start(text: str, seg_start: int, floor: int, delims: Marks) -> int:
    """Where the metric before a number starts: a short parenthetical just before the
    number's segment (全县文创企业（团队）达959家) belongs to the noun before it."""
    while seg_start > floor and text[seg_start - 1] == "）":
        open_ = text.rfind("（", floor, seg_start - 1)
        inner = text[open_ + 1 : seg_start - 1] if open_ >= 0 else ""
        if open_ <= floor or not inner or len(inner) > 10 or _MARKER.fullmatch(inner):
            break
        seg_start = max(floor, delims.after_last(open_))
    return seg_start


# the count closing a list of the things a run of figures gives in turn: 三大集群, 两个园区
_LIST_COUNT = re.compile(r"等?([两二三四五六七八九十])(?:大|个)")
_COUNT_OF = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def _conjuncts(metric: str, k: int) -> list[str] | None:
    """``城镇居民和农村居民人均可支配收入`` read as k metrics sharing a tail, if it names k."""
    # (the industries by their ordinals, set apart or not: 一、二、三产业 → 第一产业 …)
    compact = _ORDINALS_APART.sub("", metric).replace("第一二", "一二")  # (第一、二、三产业)
    for short, full in load_lexicons().contractions:
        if len(full) == k and short in compact and short[0] in "一二三":
            return [compact.replace(short, f, 1) for f in full]
    parts = [p for p in _CONJ.split(metric) if p]
    count = _LIST_COUNT.search(parts[-1]) if len(parts) == k else None
    if count and _COUNT_OF.get(count.group(1)) == k and count.start() > 0:
        # 高端纺织服装、新材料、集成电路三大集群产值: the tail after the count is each one's
        tail = parts[-1][count.end() :]
        return [p + tail for p in [*parts[:-1], parts[-1][: count.start()]]]
    if len(parts) != k:
        # 存贷款余额分别达到1311亿元和844亿元 → 存款余额, 贷款余额
        for short, full in load_lexicons().contractions:
            if short in metric and len(full) == k:
                return [metric.replace(short, f, 1) for f in full]
        return None
    first, last = parts[0], parts[-1]
    thing = _MEASURE_TAIL.sub("", first)
    if k == 2 and _MEASURE_TAIL.fullmatch(last) and thing and thing != first:
        # 粮食播种面积和产量: the thing the first measures is the second's too (粮食产量)
        return [first, thing + last]
    # the tail starts after the last conjunct's head, found by the first conjunct's last
    # character (存款和贷款余额) or, failing that, its length (城镇和农村居民收入); a change
    # closing the metric (…排放量下降) is left aside while looking
    change = _CHANGE_TAIL.search(last)
    core = last[: change.start()] if change and change.start() > 0 else last
    j = core.find(first[-1])
    if j == len(core) - 1:
        # the first ends as the whole does (化学需氧量、氨氮重点工程减排量): the tail starts
        # at the shared measure's first word
        measure = _SHARED_MEASURE.search(core, 1)
        j = measure.start() - 1 if measure else -1
    # (the first's head not in the last, a measure closing it: 普洱茶、普洱咖啡出口额, 苹果、梨产量 —
    # the measure is the tail, not what the first's length cuts: 普洱茶啡出口额 — batch 1022)
    tail_measure = _MEASURE_TAIL.search(core) if j < 0 else None
    measured = False
    if tail_measure is not None and tail_measure.start() > 0:
        j, measured = tail_measure.start() - 1, True
    if not (0 < j < len(core) - 1 or measured):
        j = len(first) - 1
    # (a first conjunct that is a rate is whole: 森林覆盖率、城市建成区绿化覆盖率)
    cut = measured or 0 < j < len(core) - 2
    tail = last[j + 1 :] if cut and not _RATE.search(first) else ""
    if len(tail) > 2 and tail[0] in "品类" and not first.endswith(tail[0]):
        # (the last conjunct's head is a character longer, a noun of goods: 果蔬、肉类、水产品
        # 冷链流通率 — the tail is 冷链流通率, not 品冷链流通率)
        tail = tail[1:]
    if tail:
        parts = [p + tail for p in parts[:-1]] + [last]
    elif change and change.start() > 0 and not any(_CHANGE_TAIL.search(p) for p in parts[:-1]):
        # 营业收入、利税分别增长10%、8%: the change is each one's
        parts = [p + last[change.start() :] for p in parts[:-1]] + [last]
    return parts


def _total_of(total: str, before: str) -> str | None:
    """A total of the measure the figure before in its sentence took of a thing, named
    without the thing: 新增新能源装机容量…，总装机容量… → 新能源总装机容量; else None."""
    measure = total[1:]
    # (after a count new of the measure: 高速公路通车里程新增45公里、总里程… → 高速公路通车总里程)
    thing = _SUBJECT_TAIL.sub("", _SCOPING_VERB.sub("", before))
    if len(measure) >= 2 and thing.endswith(measure) and len(thing) > len(measure):
        return thing[: -len(measure)] + total
    return None


# a clause counting things without a figure: 规上企业数量逐年增加 (its total follows)
_COUNT_GROWS = re.compile(
    r"^(?:全[市县区旗])?(?P<thing>[\u4e00-\u9fff]{2,20}?)(?:数量|个数)"
    r"(?:逐年|稳步|持续|不断|明显|显著)?(?:增加|增长|扩大|提升)$"
)
# a clause telling a thing's turn, no figure in it: 固定资产投资由负转正 (its growth follows)
_TURNS = re.compile(
    r"^(?P<thing>[\u4e00-\u9fff]{2,20}?)(?:增速|增长)?(?:实现)?"
    r"(?:由负转正|由降转升|扭负为正|止跌回升|企稳回升|触底回升|止跌企稳)$"
)
# a clause setting up a fund, no figure in it: 设立商业航天产业基金 (its size follows)
_SET_UP = re.compile(
    r"^(?:(?:发起)?设立|组建|成立|设置|新设)(?P<thing>[\u4e00-\u9fff“”]{2,24}?(?:基金|资金池|资金))$"
)


def _thing_before(clause: re.Pattern[str], text: str, sentence: int, start: int) -> str | None:
    """The thing (group ``thing``) the clause just before ``start`` in its sentence names,
    when that clause, no figure in it, is wholly ``clause``: what it counts
    (``_COUNT_GROWS``: 规上企业数量逐年增加，总数达到120家 → 规上企业), whose turn it tells
    (``_TURNS``: 固定资产投资由负转正，增长2% → 固定资产投资) or the fund it sets up (``_SET_UP``:
    设立商业航天产业基金，规模50亿元 → 商业航天产业基金); else None."""
    end = max(text.rfind("，", sentence, start), text.rfind("；", sentence, start))
    if end < 0:
        return None
    begin = max(text.rfind("，", sentence, end), text.rfind("；", sentence, end), sentence - 1)
    m = clause.match(text[begin + 1 : end])
    return m.group("thing") if m else None


def _closed_before(text: str, start: int, end: int) -> bool:
    """Whether a bracket open at ``start`` closes before ``end``."""
    depth = 0
    for ch in text[start:end]:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth < 0:
                return True
    return False


def _subject(metric: str, stock: bool) -> str:
    """The subject an attribute is added to: 高新技术企业新增 → 高新技术企业."""
    metric = _SUBJECT_TAIL.sub("", metric)
    if not stock:
        return metric
    # a stock counts all there are, not the new ones: 新增企业10家，总数50家 → 企业总数, an
    # industry's too (电子信息产业新增规模以上企业6家，总数… → 电子信息产业规模以上企业总数)
    metric = _STOCK_TAIL.sub("", metric)
    return _NEW_INSIDE.sub("", _SCOPING_VERB.sub("", metric)) or metric


_YEAR_LIST = re.compile(
    r"\d{4}年?(?:[、和及与]\d{4}年?)*[、和及与]\d{4}年|(\d{4})年?[—\-–~至到](\d{4})年"
)
_LEADING_YEARS = re.compile(r"^(?:\d{4}年?[、和及与]?)+")
_TRAILING_YEARS = re.compile(r"\d{4}年?(?:[、和及与]\d{4}年?)*$")


# (its figure said of it by a verb, as the measure's was: 农村居民达到2.3万元 — not a part
# named under 其中, 一般债务72.3亿元, nor a kind measured as written, 外销蔬菜60万吨: the corpus's)
_SAID_OF_IT = re.compile(
    r"(?:力争|要|将)?(?:达到|突破|超过|提高到|提升到|稳定在|保持在|增长|下降|提高|提升|分别)"
)
# (places set side by side: 城区污水集中处理率达到98%，乡镇达到85%)
_PLACE_FOR = re.compile(r"中心城区|城区|县城|市区|城市|城镇|镇区|乡镇|农村|村庄")
# (a name alone: no figure, no mark)
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{3,6}")


def _subject_end(measure: str) -> int:
    """Where the residents a measure is of end in it (全体居民|人均可支配收入), or 0."""
    at = measure.find("居民")
    return at + 2 if at >= 0 else 0


def _parallel_subject(head: Figure, before: list[Figure]) -> str | None:
    """``农村居民`` after ``城镇居民人均可支配收入``: the measure of the last figure before in
    the same unit, its subject swapped for this one — a name as long ending in the same two
    characters (居民, 企业), or a place for a place (城区 → 乡镇) — its figure said by a verb,
    or its change the same (``农村居民增长7%`` after ``…收入增长5.5%``); else None (found
    probing, session 62)."""
    same = [f for f in before if f.unit == head.unit]
    if not same:
        return None
    metric, measure, tail = head.metric, same[-1].metric, ""
    # (a change said in the metric, as the measure's before: 农村居民增长7%)
    change = _CHANGE_TAIL.search(metric)
    if change and measure.endswith(change.group()) and len(metric) > len(change.group()):
        tail = change.group()
        metric, measure = metric[: -len(tail)], measure[: -len(tail)]
    # (residents of a kind for the residents of a per-head measure, whatever their names'
    # length, given in turn with no verb: 全体居民人均可支配收入28650元，其中城镇居民39800元 →
    # 城镇居民人均可支配收入; 居民人均消费支出 → 城镇居民人均消费支出 — batch 678)
    end = _subject_end(measure)
    residents = metric.endswith("居民") and end > 0 and measure.startswith("人均", end)
    if not (
        tail or residents or _SAID_OF_IT.match(head.text, head.text.find(metric) + len(metric))
    ):
        return None
    place = _PLACE_FOR.fullmatch(metric) and _PLACE_FOR.match(measure)
    if place:
        if place.group() == metric or place.end() == len(measure):
            return None
        return metric + measure[place.end() :] + tail
    if residents:
        return None if measure[:end] == metric else metric + measure[end:] + tail
    n = len(metric)
    if not (2 < n < len(measure) and _BARE_NAME.fullmatch(metric)) or _SCOPING_VERB.match(metric):
        return None
    subject = measure[:n]
    if subject == metric or subject[-2:] != metric[-2:]:
        return None
    return metric + measure[n:] + tail


def _years_in_turn(text: str, sentence: int, start: int, k: int) -> list[int] | None:
    """The years of a run of ``k`` figures when its sentence lists as many years before it
    and 分别 follows them: 2024年、2025年…分别达到500家、600家 → [2024, 2025];
    2023—2025年每年分别新增10家、20家、30家 → [2023, 2024, 2025]; 分别于2026年、2028年突破10亿元
    和15亿元 → [2026, 2028]."""
    if k < 2:
        return None
    found = None
    for m in _YEAR_LIST.finditer(text, sentence, start):
        found = m
    if (
        found is None
        or not (
            "分别" in text[found.end() : start]
            # (or 分别 before them: 零售额分别于2026年、2028年突破10亿元和15亿元)
            or re.search(
                r"分别(?:于|在|到)$", text[max(sentence, found.start() - 3) : found.start()]
            )
        )
    ):
        return None
    if found.group(1):  # a span of years: 2023—2025年, one figure a year
        years = list(range(int(found.group(1)), int(found.group(2)) + 1))
    else:
        years = [int(y) for y in re.findall(r"\d{4}", found.group(0))]
    return years if len(years) == k else None


def _name_runs(
    figures: list[Figure], kinds: list[str], sentences: Marks, full_stops: Marks, text: str
) -> list[Figure]:
    """Give every figure of a run its own metric.

    A run is a figure and the figures after it that name no metric of their own
    (``分别达到1311亿元和844亿元``). A run whose metric names as many things as the run
    has figures gives one to each (``城镇居民和农村居民人均可支配收入分别为43617元、28119元``,
    or a contraction from ``contractions.jsonl``: ``存贷款余额`` → 存款余额, 贷款余额);
    a run whose metric is only an attribute (增长, 总数, 年均增长 …) takes its subject
    from the figures just before it in its sentence (never from an earlier sentence),
    one each when there are as many
    (``…分别为43617元、28119元，年均分别增长8.6%、8.9%``), else from the one before.
    A run after a list of as many years and 分别 gives each figure its year
    (``2024年、2025年高新技术企业分别达到500家、600家``).
    """
    out = list(figures)
    runs: list[list[int]] = []
    for i, kind in enumerate(kinds):
        if kind == "cont" and runs:
            runs[-1].append(i)
        elif kind != "rate":
            runs.append([i])
    done: list[int] = []  # figures whose metric is final, in order: the subjects
    relative: set[int] = set()  # comparisons and shares of a plan: never a subject
    for run in runs:
        head = out[run[0]]
        k = len(run)
        names: list[str] = [head.metric] * k
        attr = _ATTRIBUTE_ONLY.match(head.metric)
        sentence = sentences.after_last(head.start)
        if (
            attr
            and attr.group(2) in _BARE_CHANGES
            and sentence > 0
            and text[sentence - 1] == "；"
            and _ESTIMATE_OPENING.fullmatch(text[sentence : head.start].removesuffix(head.metric))
        ):
            # a clause after ； saying only what the year's end will see: its change is the one
            # before's thing's (1—11月，规上工业增加值增长7.6%；预计全年增长7.5%左右 — found probing)
            sentence = full_stops.after_last(head.start)
        # investment is made in projects: 技改项目110个，完成投资102亿元, but not
        # GDP增长6%，完成投资5亿元
        if (
            attr
            and attr.group(2).endswith("投资")
            and done
            and not _INVESTED.search(out[done[-1]].metric)
        ):
            attr = None
        counted = (
            _thing_before(_COUNT_GROWS, text, sentence, head.start)
            if attr and attr.group(2) == "总数" and not attr.group(1)
            else None
        )
        fund = (
            _thing_before(_SET_UP, text, sentence, head.start)
            if head.metric in ("规模", "总规模") and k == 1
            else None
        )
        turned = (
            _thing_before(_TURNS, text, sentence, head.start)
            if attr and attr.group(2) in ("增长", "增速", "增幅") and not attr.group(1)
            else None
        )
        if turned:
            # 固定资产投资由负转正，增长2%: the growth of what the clause before turned
            names = [turned + head.metric] * k
        elif counted:
            # 规上企业数量逐年增加，总数达到120家: the total of what the clause before counts
            names = [counted + "总数"] * k
        elif fund:
            # 设立商业航天产业基金，规模50亿元: the size of the fund the clause before sets up
            names = [fund + head.metric]
        # the subject comes from the same sentence only: 推进A工作，完成投资1亿元。推进B工作，
        # 完成投资2亿元 — the second 完成投资 is not A's
        elif attr and done and out[done[-1]].start >= sentence:
            # (a part in brackets closed before the attribute is no subject of it: 完成固定资产
            # 投资85亿元（其中工业投资30亿元），同比增长9% — found probing)
            outside = [i for i in done if not _closed_before(text, out[i].end, head.start)]
            latest = outside[-1] if outside and out[outside[-1]].start >= sentence else done[-1]
            before = [out[i] for i in outside[-k:] if out[i].start >= sentence]
            if k >= 2 and len(before) == k:
                subjects = [f.metric for f in before]
            else:
                subjects = [out[latest].metric] * k
            stock = _STOCK_TAIL.match(attr.group(2)) is not None
            share = _PLAN_SHARE.match(attr.group(2))
            attribute = attr.group(2)
            if share:
                # (为年度预算的 is 完成年度预算, 为预算的 完成预算: the text's words; 占 stays)
                verb = "占" if share.group().startswith("占") else "完成"
                attribute = (
                    f"{verb}{share.group('year') or ''}{share.group(2) or '预算'}"
                    f"{share.group('task') or ''}"
                )
            if share or _COMPARISON.match(attr.group(2)) or attr.group(2).startswith("占"):
                relative.update(run)  # (a share of a total too: 占…的比重)
            if _COMPARISON.match(attr.group(2)):
                # the subject's own growth is compared: 增长5.8%，高于全省0.2个百分点; or its
                # rate, named (增速高于全省…: the thing's 增速, not its 增长's)
                rate = _RATE_NAMED.match(attribute) is not None
                names = [
                    (_subject(s, False) if rate else s) + attr.group(1) + attribute
                    for s in subjects
                ]
                for i in run:
                    out[i] = replace(
                        out[i], comparator=_as_difference(out[i].comparator, out[i].text)
                    )
            elif _OUTPUT.match(attr.group(2)):
                # 养殖面积达到8万亩，产值突破30亿元: the output of what the figure before
                # measured, when its metric names a thing and then its measure
                # (of a change in the measure too: 猕猴桃出口额增长20% → 猕猴桃)
                measures = [_SUBJECT_TAIL.sub("", s) for s in subjects]
                things = [_MEASURE_TAIL.sub("", m) for m in measures]
                # (not what was newly done: 新增造林面积1万亩，产值… is no 新增造林's)
                if all(
                    t and t != m and not _SCOPING_VERB.match(t)
                    for t, m in zip(things, measures, strict=True)
                ):
                    names = [t + attr.group(1) + attribute for t in things]
                elif out[done[-1]].unit in load_lexicons().classifiers and (
                    not _CLAUSE_BREAK.search(text, out[done[-1]].end, head.start)
                    # (or, past a comma, the market or park built that has the output:
                    # 建设红木原材料交易市场1个，年交易额达到50亿元)
                    or all(_OWNER.search(s) for s in subjects)
                ):
                    # 15个项目实现产值8亿元: the output of the things the figure before counts
                    # in its clause (新增规上企业50家，产值… may be all the firms'); a park's
                    # entrants are the park's, however new (新建…产业园1个，入园企业… → …产业园入园企业)
                    entrants = attribute.startswith("入")
                    names = [
                        (_SCOPING_VERB.sub("", s) if entrants else s) + attr.group(1) + attribute
                        for s in subjects
                    ]
            elif head.unit == "个百分点" and all(_GROWN.search(s) for s in subjects):
                # a change in points after a rate of growth is the rate's: 规上工业增加值增长
                # 8.2%，较上年提高1.1个百分点 → 规上工业增加值增长较上年提高
                names = [s + attr.group(1) + attribute for s in subjects]
            else:
                # (a net gain is of the things, not of their total: 市场主体总数…，净增3000户)
                net = attribute.startswith(("净增", "新增"))
                names = [_subject(s, stock or net) + attr.group(1) + attribute for s in subjects]
        elif (
            k == 1
            and head.metric.startswith("总")
            and done
            and out[done[-1]].start >= sentence
            and (total := _total_of(head.metric, out[done[-1]].metric))
        ):
            names = [total]
        elif (
            k == 1
            and done
            and (
                whole := _parallel_subject(
                    head,
                    [out[i] for i in done if out[i].start >= full_stops.after_last(head.start)],
                )
            )
        ):
            # 城镇居民人均可支配收入达到4.2万元，农村居民达到2.3万元: the measure of the figure
            # before, of a subject of the same kind (past a ；, the sentence's parts side by side)
            names = [whole]
        elif k >= 2:
            names = _conjuncts(head.metric, k) or names
        years = _years_in_turn(text, sentence, head.start, k)
        if years:
            names = [_LEADING_YEARS.sub("", n) or n for n in names]
            # (the years after the metric, 零售额分别于2026年、2028年突破…: the metric before them
            # names every figure of the run)
            base = re.split(r"(?:于|在|到)\d{4}年", names[0], maxsplit=1)[0]
            # (… or right after it, 规上企业2026年、2027年分别达到5家、8家: the metric before
            # the list — batch 1016)
            listed = _TRAILING_YEARS.sub("", head.metric)
            if base and base != names[0]:
                names = [base] * k
            elif listed and listed != head.metric:
                names = [listed] * k
            for i, year in zip(run, years, strict=True):
                out[i] = replace(out[i], year=year)
        # 分别增长7%、8%左右: the qualifier after the last figure, or the verb before the
        # first, holds for the whole run
        last = out[run[-1]].comparator
        shared = last if last != "=" else head.comparator  # 分别达到A和B: 达到 holds for B
        for i, name in zip(run, names, strict=True):
            if out[i].metric != name:
                out[i] = replace(out[i], metric=name)
            if k >= 2 and out[i].comparator == "=" and shared != "between":
                out[i] = replace(out[i], comparator=shared)
            if i not in relative:
                done.append(i)
    return out


# a sum granted per village, town or firm (对…的村每村扶持50万元): a standard, no goal
_PER_RECIPIENT_GRANT = re.compile(
    r"每(?:个)?(?:村|社区|乡镇|镇|家|户|人|个)(?:扶持|补助|奖励|补贴|奖补|资助|支持)$"
)
# a sum per head, perhaps per year, as a floor or stated: 每生每年不低于, 每人每月
_PER_HEAD_FLOOR = re.compile(
    r"\s*(?:\d{4}年)?每(?:生|人|户|名|位|床|亩)(?:每(?:月|年|天|学年))?"
    r"(?:不低于|不少于|不高于|不超过|为|达到)?"
)
# … or a fund's or a pay's sum per village or head, what each is given: 村级组织办公经费每村每年
# 不低于5万元, 村干部基本报酬每人每月不低于3000元
_FUNDS_PER_UNIT = re.compile(
    r"(?:经费|报酬|补助|补贴|工资|津贴|生活费)[^，。；]{0,6}?每(?:村|社区|人|户|名|生|个)"
    r"(?:每(?:年|月))?(?:不低于|不少于|不高于|不超过|为|按)?$"
)
# the units counting people or households: those an aid reaches, no incentive
_HEADCOUNTS = frozenset({"人", "人次", "户", "名", "万人", "万人次", "万户", "户次"})
# a sum per head or household (每人每月发放租房补贴800元): a standard paid, not a total
_PER_HEAD = re.compile(r"每(?:人|户|名|位)(?:每(?:月|年|天))?")


# a figure told again, after 即 (即78万千瓦)
_RESTATED = re.compile(r"[，,]即$")


def _incentive(text: str, end: int, clause_lead: str) -> bool:
    """Whether the figure ending at ``end`` is an incentive offered (see ``_AWARD``)."""
    if _AGGREGATE.search(clause_lead) and not (
        _PER_HEAD.search(clause_lead) and re.search(_AWARD, clause_lead)
    ):
        return False
    return bool(_INCENTIVE_BEFORE.search(clause_lead) or _INCENTIVE_AFTER.match(text, end))


# A group's heading restating how many items it holds: （一）续建项目（2个）, 二、重点任务（共8项）
_GROUP_COUNT_AFTER = re.compile(r"[）)][ \t]*(?:\n|$)")
# … or a list's label, its items after a colon (工业经济突出贡献企业（10家）：A公司、B公司…)
_LIST_COUNT_AFTER = re.compile(r"[）)][ \t]*[：:]")
_LIST_LABEL = re.compile(r"[\u4e00-\u9fff“”]{2,30}")


# a record kept for at least so long: 陪餐记录保存不少于12个月, 档案留存期限不低于3年
_KEPT_FOR = re.compile(
    r"(?:保存|留存|保留|存档|保管)(?:期限|时间)?(?:不少于|不低于|至少|不得少于)$"
)
_PER_ITEM_SUM = re.compile(
    r"每(?:具|例|件|宗)[^，。；\d]{0,8}?(?:减免|补助|补贴|奖励|费用|收费)[^，。；\d]{0,4}$"
)
_PER_HOUSEHOLD = re.compile(r"每(?:户|人)")
_RATE_OF_THEM = re.compile(r"[^，。；\d]{2,40}?率(?:达到|保持|稳定|为|不低于|提高到|提升到)")
_RANGE_AFTER = re.compile(r"(?:以内|以外)?(?:的)?范围")
_AS_A_RULE = re.compile(r"原则上(?:不超过|不得超过|不高于|不低于|不少于|不得少于|控制在)$")
# a limit a rule raises or lowers for some: 最高贷款额度上浮20%
_LIMIT_MOVED = re.compile(r"(?:额度|限额|标准|比例|利率|价格)(?:上浮|下浮)$")
_PRICE_CAPPED = re.compile(
    r"(?:租金|价格|收费|售价)[^，。；]{0,6}?(?:不高于|不超过|低于)[^，。；]{0,30}的$"
)
# a service each of those it is for is given so often: 为65岁以上老年人每年提供1次…
_SERVICE_EACH = re.compile(r"为[^，。；]{1,24}?每(?:年|季度|半年|月)(?:提供|开展|进行|免费)?$")
# an event the time is counted from, just before it: 免疫后21天
_AFTER_EVENT = re.compile(r"[\u4e00-\u9fff]后$")
# each of a kind of event, and a cap: 会议每次不超过150人
_PER_EVENT = re.compile(r"每次|每场|每期|每批|单次|单场")
_CAPPED = re.compile(r"不超过|不得超过|不多于|控制在")
# a floor of items sampled from each (batch), a standard: 每批次产品抽检不少于3件
_SAMPLED_FLOOR = re.compile(r"(?:抽检|抽样|抽取|取样)(?:不少于|不低于|至少)$")
# what those applying for a grant must meet, the sentence's subject: 申报主体须在…前完成建设，
# 单体建设面积不低于10亩
_APPLICANTS_MUST = re.compile(
    r"(?:申报|申请)(?:主体|单位|人|企业|对象|项目)|(?:奖补|补助|扶持|支持)(?:对象|项目)"
    r"(?=(?:原则上)?(?:须|应|需|必须|应当|要))"
)
# An assessment's scoring rule (每低1个百分点扣3分, 每新增1家得0.5分): the step it scores by is
# no goal; a definition (规上工业企业：指年主营业务收入2000万元及以上的…, or a note's, as a
# footnote is: 注1：规上家具企业指…) holds thresholds only.
# An age qualifying the people a sentence is about (60岁以上老年人), not one reached
# (人均预期寿命达到80岁, 80.5岁左右)
_AGE_QUALIFIES = re.compile(r"(?:及)?(?:以上|以下)?(?:的)?(?!左右|以内|以上|以下)[\u4e00-\u9fff]")
# … nor a headcount qualifying what it counts (50人以下的小规模学校, 消除56人以上大班额), not one
# reached (培训500人以上，…)
_HEADCOUNT_QUALIFIES = re.compile(r"(?:及)?(?:以上|以下)(?:的(?=[\u4e00-\u9fff])|超?大?班额)")
# … nor a bound right after a verb ending a kind of thing, defining the kind it ends
# (全部消除5万元以下薄弱村, 关停10万千瓦以下煤电机组): the kind, no goal — what the bound
# is of may come between (消除集体经济收入5万元以下薄弱村)
_ENDING_VERB = re.compile(r"(?:消除|淘汰|关停|关闭|取缔|清零|拆除|出清)[\u4e00-\u9fff]{0,8}$")
_BOUND_QUALIFIES = re.compile(r"(?:及)?(?:以上|以下)(?:的)?(?=[\u4e00-\u9fff])(?!左右|以内)")
# … nor the time naming a circle of reach: 15分钟健身圈, 1小时经济圈
# (or a reach named by its minutes: 消防救援5分钟可达覆盖率82.3%)
_REACH_CIRCLE = re.compile(r"[\u4e00-\u9fff]{0,6}?圈|内?可达")
# … nor the time a rate is counted within (一般登记1个工作日办结率100%, 24小时内回复率)
_TIMED_RATE = re.compile(r"内?[\u4e00-\u9fff]{0,3}率")
_SPANS_OF_TIME = ("分钟", "小时", "天", "日", "工作日", "个工作日", "秒")
_SCORING_RULE = re.compile(r"[，,]?(?:扣|得|加|减)\d+(?:\.\d+)?分")
# (looked for up to this far back in the figure's sentence: a definition opens a short
# one, and reading a sentence of thousands of figures again for each made a run quadratic)
_DEFINES_REACH = 200
_DEFINES = re.compile(
    # (not a point's number before a verb of guiding: 二是|指导企业… — batch 1336)
    r"[：:]\s*指|(?<![一二三四五六七八九十])是指(?![导标挥数南引定示出派令向])"
    r"|注\s*\d*\s*[：:][^。；，\n]{1,30}?指(?![导标挥数南引定示出派令向])"
)


# A level of alert or response named at its sentence's opening, the conditions defining it after
# (Ⅱ级（橙色）：电力缺口占最高用电负荷10%—20%; 红色预警：…): bounds, no goals
_LEVEL_DEFINED = re.compile(
    r"\s*(?:(?:[ⅠⅡⅢⅣⅤ]|I{1,3}|IV|V|[一二三四五]|[1-5])级(?:预警|响应|应急响应)?"
    r"(?:[（(][红橙黄蓝]色[)）])?|[红橙黄蓝]色预警)[：:]"
)
_DEFINITION_SENTENCE = re.compile(r"[^。；\n]*(?:" + _DEFINES.pattern + r")[^。；\n]*")


def definitions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` that defines a term (see ``_DEFINES``): it
    names no industry either, though it may name one in its words."""
    if _DEFINES.search(text) is None:  # (most texts: the sentence pattern is slow to fail)
        return []
    return [m.span() for m in _DEFINITION_SENTENCE.finditer(text)]


def _restates_its_count(text: str, q: Quantity) -> bool:
    """Whether ``q`` is the bracketed count closing a heading's line or a list's label
    (above)."""
    if not text.endswith(("（", "(", "（共", "(共"), 0, q.num_start):
        return False
    line_start = text.rfind("\n", 0, q.num_start) + 1
    if _GROUP_COUNT_AFTER.match(text, q.end):
        # (a tab may open the line: a table's group row whose first cell is empty, each line
        # of a spreadsheet's text indented — the invariance check found it, session 62)
        head = line_start
        while head < q.num_start and text[head] in " \t\u3000":
            head += 1
        return HEADING_START.match(text[head : q.num_start]) is not None
    bracket = max(
        text.rfind("（", line_start, q.num_start), text.rfind("(", line_start, q.num_start)
    )
    return bool(
        _LIST_COUNT_AFTER.match(text, q.end) and _LIST_LABEL.fullmatch(text, line_start, bracket)
    )


# the things a count counts, then the part of them done, in its unit (12个问题已完成整改10个)
_PART_DONE_AFTER = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:已经?|均已|已全部)[\u4e00-\u9fff]{1,8}?(\d+(?:\.\d+)?)"
)


def _whole_told_again(text: str, q: Quantity, figures: list[Figure]) -> bool:
    """Whether ``q`` is a count told before, again as the whole of which a part was done: in
    对反馈的12个问题逐项建立台账…12个问题已完成整改10个, the second 12 says nothing new."""
    done = _PART_DONE_AFTER.match(text, q.end)
    return (
        done is not None
        and text.startswith(q.unit, done.end())
        and any(f.value == q.value and f.unit == q.unit for f in figures)
    )


# a progress cell saying only what was done so far, by the verb of the goal before it
# (已筹集0.7万套 after 筹集保障性租赁住房1.2万套 — batch 1532)
_DONE_SO_FAR = re.compile(r"(?:已|累计|共)?([\u4e00-\u9fff]{2})(?=\d)")
# … or by a verb of its own, of works begun or done, where the goal opens with a verb of making
# (已开工建设3.2万亩 after 新建高标准农田5万亩 — batch 1576)
_WORKS_DONE = re.compile(r"(?:已|累计|共)?(开工建设|建成|完成|开工)(?=\d)")
_GOAL_MADE = "新建|建设|建成|改造|实施|新增"


def progress_figures(
    cell: str, before: str, *, year: int | None, this_year: int | None
) -> list[Figure]:
    """The results a task-table row's progress cell reports: as ``extract_figures`` reads
    them, and, in each clause where it reads none, where the clause names only a verb and the
    figure (已筹集0.7万套, 已开工建设3.2万亩), with the thing the row's goal names after its
    verb (筹集保障性租赁住房, 新建高标准农田: read in ``before``, the row up to the cell, in the
    same unit)."""
    done = extract_figures(cell, mode="reported", default_year=year, this_year=this_year)
    at = 0
    for mark in [*_CLAUSE.finditer(cell), None]:
        end = mark.start() if mark else len(cell)
        if end > at and not any(at <= f.start < end for f in done):
            done += [
                replace(f, start=f.start + at, end=f.end + at)
                for f in _verb_only(cell[at:end], before, year=year, this_year=this_year)
            ]
        at = end + 1
    return sorted(done, key=lambda f: f.start)


def _verb_only(
    clause: str, before: str, *, year: int | None, this_year: int | None
) -> list[Figure]:
    """A progress clause's result where it names only a verb and the figure (see
    ``progress_figures``), its text the whole clause."""
    quantities = find_quantities(clause)
    found = _goal_thing(clause, before, quantities[0].unit) if quantities else None
    if found is None:
        return []
    at, thing = found

    def back(x: int) -> int:
        return x - len(thing) if x >= at + len(thing) else min(x, at)

    patched = clause[:at] + thing + clause[at:]
    return [
        # (the clause as the cell writes it, the goal's thing no part of its words)
        replace(f, start=back(f.start), end=back(f.end), text=clause.strip())
        for f in extract_figures(patched, mode="reported", default_year=year, this_year=this_year)
    ]


def _goal_thing(clause: str, before: str, unit: str) -> tuple[int, str] | None:
    """Where a progress clause's verb ends and the thing its row's goal names in ``unit``
    after the same verb (筹集|保障性租赁住房) or, the clause's verb one of works begun or done,
    after a verb of making (新建|高标准农田); None if neither."""
    figure = rf"([\u4e00-\u9fff]{{2,16}}?)\d[\d.]*{re.escape(unit)}"
    if (verb := _DONE_SO_FAR.match(clause)) is not None and (
        goal := re.search(re.escape(verb.group(1)) + figure, before)
    ) is not None:
        return verb.end(), goal.group(1)
    if (verb := _WORKS_DONE.match(clause)) is not None and (
        goal := re.search(f"(?:{_GOAL_MADE}){figure}", before)
    ) is not None:
        return verb.end(), goal.group(1)
    return None


def extract_figures(
    text: str,
    *,
    mode: str = "target",
    default_year: int | None = None,
    past_before: int | None = None,
    this_year: int | None = None,
    dated: str | None = None,
) -> list[Figure]:
    """Targets (mode ``target``) or reported results (mode ``reported``) in a text; with
    ``past_before`` (the plan's first year), a target text's sentences opening with an
    earlier year report results of that year; ``this_year``, the year the document speaks
    in, dates 今年, 明年 and 去年; ``dated``, the document's date (YYYY-MM-DD), tells a part
    of the year gone by (一季度，… in a bulletin of April reports)."""
    figures: list[Figure] = []
    kinds: list[str] = []  # "head" (names its metric), "cont" (names none), "rate"
    shared_by: list[tuple[int, list[str], int, int]] = []  # metrics listing rates
    quantities = find_quantities(text)
    if not quantities:
        return figures
    classifiers = load_lexicons().classifiers
    quoted = [m.span() for m in _QUOTE.finditer(text)]
    delims, commas = Marks(_DELIM, text, quoted), Marks(_COMMA, text, quoted)
    sentences, clauses = Marks(_SENT, text), Marks(_CLAUSE, text)
    full_stops = Marks(_FULL_STOP, text)
    # the year the last date of a figure's sentence before it names (到2025年 → 2025, 到“十四五”末
    # → 2025; a horizon, 2023—2025年, names none), else its last deadline (see deadline_of)
    relative = this_year is not None and _RELATIVE_YEAR.search(text) is not None
    years_in = _SentenceDates(
        text, sentences, _YEAR, (_RELATIVE_YEAR, this_year) if relative and this_year else None
    )
    deadlines_in = _SentenceDates(
        text,
        full_stops,
        _DEADLINE,
        (_RELATIVE_DEADLINE, this_year) if relative and this_year else None,
    )
    prev_end = 0
    prev_metric = ""
    head_metric = ""  # the last thing a figure named for itself (not a bare change: 同比增长)
    changed = ""  # the metric of a baseline just read, for the value it changes to
    described_until = -1  # the end of what the things a share is of do (see below)
    priced_sentence = -1  # the start of the last sentence a price per unit was read in
    # where the clause of a figure achieved after its goal starts and ends, where its words
    # before the figure start, and the goal's metric (see _ACHIEVED_AFTER)
    achieved_from: tuple[int, int, int, str] | None = None
    goal_opened = -1  # the start of the last sentence a goal in a report opened in
    for q in quantities:
        if q.num_start < described_until:
            # 30%以上的行政村集体经济收入达到20万元: the 20万元 describes the villages counted
            prev_end = max(prev_end, q.end)
            continue
        seg_start = max(prev_end, delims.after_last(q.num_start))
        clause_lead = text[commas.after_last(q.num_start) : q.num_start]
        sentence_start = full_stops.after_last(q.num_start)
        past = (
            _past_year(text, sentence_start, q.num_start, past_before, this_year)
            or _months_so_far(text, sentence_start, q.num_start, this_year)
            or _reviewed_year(text, sentence_start, q.num_start, past_before)
            or _part_gone_by(text, sentence_start, q.num_start, this_year, dated)
            or _done_already(
                text, sentence_start, commas.after_last(q.num_start), q.num_start, this_year
            )
            if mode == "target"
            else None
        )
        # (the goals after a goal opened in a report in its sentence's list: 计划新建高标准农田
        # 3.2万亩，改造提升1.5万亩 — until a ； or a clause saying what was done)
        goes_on = (
            goal_opened == sentence_start
            and "；" not in text[prev_end : q.num_start]
            and _DONE_OPENING.match(clause_lead) is None
        )
        if past and (re.match(_PLAN_OPENING, clause_lead) or goes_on):
            # (a plan of the year gone by retold: 2025年度，永康市计划供应…3200亩，其中工业用地
            # 1500亩 — its goals)
            past, goal_opened = None, sentence_start
        priced = (
            q.unit.endswith("元")
            and _PER_UNIT_PRICE.search(clause_lead) is not None
            # (not a standard per head raised from: 由每人每月780元提高到820元 — its baseline)
            and not (_FROM_PER.search(clause_lead) and _CHANGE_TO.match(text, q.end))
        )
        if priced:
            priced_sentence = sentence_start  # (its split after it is none either, below)
        if q.unit in ("分钟", "小时") and _REACH_CIRCLE.match(text, q.end) is not None:
            # the time naming a reach is part of the name of the figure after it (15分钟健身圈
            # 覆盖率, 消防救援5分钟可达覆盖率): no figure, and no end to that name's words
            continue
        if q.unit in _SPANS_OF_TIME and _TIMED_RATE.match(text, q.end) is not None:
            # the time a rate is counted within is part of its name: no figure
            continue
        if (
            (q.unit in ("岁", "周岁") and _AGE_QUALIFIES.match(text, q.end) is not None)
            or (
                q.unit == "人"
                and _HEADCOUNT_QUALIFIES.match(text, q.end) is not None
                and _LEVEL_QUALIFIED.match(text, q.end) is None
            )
            or (_ENDING_VERB.search(clause_lead) and _BOUND_QUALIFIES.match(text, q.end))
        ):
            # an age, a headcount or a bound qualifying whom or what the figure after it counts
            # is part of that figure's name (15岁以上人群吸烟率, 50人以下的小规模学校占比), or of
            # the kind a verb ends (消除5万元以下薄弱村): no figure, and no end to the name's words
            continue
        if (
            _HONOUR.search(clause_lead)
            or _HONOURED.match(text, q.end) is not None
            or _GRADED.match(text, q.end) is not None
            or (
                q.unit in ("项", "条", "个")
                and _OWN_TASKS_BEFORE.search(clause_lead) is not None
                and _OWN_TASKS_AFTER.match(text, q.end) is not None
            )
            or _USED_FOR.search(clause_lead) is not None
            or _LIMIT_SET.search(clause_lead) is not None
            # a price per unit's split between what it pays for (每亩6.8万元，其中土地补偿费占40%),
            # or between who pays it (保险费每亩30元，其中农户自缴6元)
            or (q.unit == "%" and priced_sentence == sentence_start and "占" in clause_lead)
            or (
                q.unit.endswith("元")
                and priced_sentence == sentence_start
                and "其中" in clause_lead
            )
            # a standard of payment stated, not raised (每亩补贴标准为120元), or paid by
            or (q.unit.endswith("元") and _STANDARD_STATED.search(clause_lead) is not None)
            or (
                q.unit.endswith("元")
                and _BY_STANDARD.search(clause_lead) is not None
                and _STANDARD_PAID.match(text, q.end) is not None
            )
            or (q.unit.endswith("元") and _TENDER_SUM.search(clause_lead) is not None)
            # (or a share by which a sum is set: 培训经费按不低于…公用经费预算总额的5%安排)
            or (
                q.unit in ("倍", "%")
                and "按" in clause_lead
                and _SET_BY_MULTIPLE.match(text, q.end)
            )
            or _ATTENDANCE.match(text, sentence_start) is not None
            or (q.unit == "%" and _PREMIUM_TERMS.search(clause_lead) is not None)
            or (q.unit in classifiers and _DIVIDED_INTO.search(clause_lead) is not None)
            or _GRADE_QUOTA.search(clause_lead)
            or _PRIZE.search(clause_lead)
            or _SAMPLED.search(clause_lead)
            or (_INVITED.search(clause_lead) and _ATTENDING.match(text, q.end) is not None)
            or ((mode == "reported" or past) and _RANK_WON.search(clause_lead))
            or (q.unit.endswith("元") and _PER_RECIPIENT_GRANT.search(clause_lead) is not None)
            # (a sum per head the standard named before it sets: 落实…生均公用经费拨款标准，每生
            # 每年不低于1500元)
            or (
                q.unit.endswith("元")
                and _PER_HEAD_FLOOR.fullmatch(clause_lead) is not None
                and "标准" in text[sentence_start : q.num_start]
            )
            or (q.unit.endswith("元") and _FUNDS_PER_UNIT.search(clause_lead) is not None)
            # (those aided are counted, not the aid offered: 资助困难学生1563人次)
            or (q.unit not in _HEADCOUNTS and _incentive(text, q.end, clause_lead))
            or (
                q.unit.endswith("元")
                and (_PENALTY_AFTER.match(text, q.end) or _PENALTY_BEFORE.search(clause_lead))
                is not None
            )
            or priced
            or ("元/" in q.unit and _PRICE_APPLIED.search(clause_lead) is not None)
            or (q.unit in _TIME_UNITS and _COUNTED_FROM.search(clause_lead) is not None)
            or (q.unit in _TIME_UNITS and _PROCEDURE_PERIOD.search(clause_lead) is not None)
            or (q.unit in _TIME_UNITS and _APPEAL_AFTER.match(text, q.end) is not None)
            or (q.unit == "%" and _SCORE_WEIGHT.search(clause_lead) is not None)
            or (q.unit == "名" and _ESTABLISHMENT.search(clause_lead) is not None)
            or (q.unit in ("小时", "天") and _SERVICE_HOURS.match(text, q.end))
            or (
                q.unit in _TIME_UNITS
                and (
                    _EVENT_LENGTH.search(text, max(0, q.num_start - 2), q.num_start)
                    or _AHEAD_BY.search(text, max(0, q.num_start - 2), q.num_start)
                )
            )
            or (q.unit in ("位", "名") and text.endswith("前", 0, q.num_start))
            or _rank_moved(text, q, clause_lead)
            or (q.unit == "份" and _COPIES.search(text, max(0, q.num_start - 2), q.num_start))
            or _WEIGHT.search(clause_lead) is not None
            or (
                q.unit in _DOCUMENT_PARTS
                and _DOCUMENT_SIZE.search(text, max(0, q.num_start - 3), q.num_start) is not None
            )
            or (
                _CAPACITY_BEFORE.search(text, max(0, q.num_start - 9), q.num_start) is not None
                and _NAMES_A_PROJECT.match(text, q.end) is not None
            )
            # (or per year after its unit: 4000万吨/年炼化一体化项目 — batch 1550)
            or (q.unit.endswith("/年") and _NAMES_A_PROJECT.match(text, q.end) is not None)
            or _restates_its_count(text, q)
            or _whole_told_again(text, q, figures)
            or _SCORING_RULE.match(text, q.end) is not None
            # (a sum given per body or case, a standard: 每具遗体减免费用1200元; a cap per household
            # or head, a standard each meets: 每户宅基地面积不得超过150平方米)
            or (q.unit.endswith("元") and _PER_ITEM_SUM.search(clause_lead) is not None)
            or (
                _PER_HOUSEHOLD.search(text, sentence_start, q.num_start) is not None
                and _CAPPED.search(clause_lead) is not None
            )
            # (a count naming the things a rate is of: 全县80家…企业安全风险隐患排查覆盖率达到100%)
            or (q.unit in classifiers and _RATE_OF_THEM.match(text, q.end) is not None)
            # (a distance bounding a zone: 大桥上下游各1000米范围, 坡脚以外200米范围内为禁采区)
            or (q.unit in ("米", "公里", "千米") and _RANGE_AFTER.match(text, q.end) is not None)
            # (a bound set as a rule, 原则上, or a rent or price capped against the market's: 单套
            # 建筑面积原则上不超过70平方米, 租金不高于…市场租赁住房租金的90% — standards each meets)
            or _AS_A_RULE.search(clause_lead) is not None
            or (q.unit == "%" and _PRICE_CAPPED.search(clause_lead) is not None)
            # (a limit a rule raises for some, its parameter: 最高贷款额度上浮20%)
            or (q.unit == "%" and _LIMIT_MOVED.search(clause_lead) is not None)
            # (a service given each of those it is for so often, a standard: 为65岁以上老年人每年
            # 提供1次免费健康体检)
            or (q.unit == "次" and _SERVICE_EACH.search(clause_lead) is not None)
            # (the days after an event something is done, a rule: 免疫后21天开展抗体检测)
            or (
                q.unit in ("天", "日", "小时", "分钟")
                and _AFTER_EVENT.search(clause_lead) is not None
            )
            # (how long a record is kept, a rule: 陪餐记录保存不少于12个月)
            or (q.unit in ("个月", "年", "天", "日") and _KEPT_FOR.search(clause_lead) is not None)
            # (a cap on each meeting or event, a rule for every one: 全县性会议每次不超过150人，
            # 会期不超过1天)
            # (or a floor of items sampled from each batch: 每批次产品抽检不少于3件)
            or (
                _PER_EVENT.search(text, sentence_start, q.num_start) is not None
                and (
                    _CAPPED.search(clause_lead) is not None
                    or _SAMPLED_FLOOR.search(clause_lead) is not None
                )
            )
            # (a term those applying must meet: 申报主体须…单体建设面积不低于10亩)
            or _APPLICANTS_MUST.search(text, sentence_start, q.num_start) is not None
            or _DEFINES.search(text, max(sentence_start, q.num_start - _DEFINES_REACH), q.num_start)
            is not None
            # (a level's bounds, in a sentence the level opens: Ⅳ级（蓝色）：电力缺口…5%以下)
            or _LEVEL_DEFINED.match(text, sentence_start) is not None
        ):
            prev_end = q.end
            continue
        # (a goal set inside a report: 全年计划投资50亿元, 力争上半年完成…; or in a sentence
        # opening with a year after the one reported: 2026年，将…新建专区20个)
        later = (
            _later_year_goal(text, sentence_start, q.num_start, default_year)
            if mode == "reported"
            else None
        )
        opens_goal = mode == "reported" and _GOAL_IN_REPORT.search(clause_lead) is not None
        if opens_goal:
            goal_opened = sentence_start
        goal = mode == "reported" and (
            opens_goal
            or goes_on
            or _GOALS_LISTED.search(text, sentence_start, q.num_start) is not None
            or _opens_later_year(text, sentence_start, default_year)
            or later is not None
        )
        # (a figure achieved, in the clause after its goal's: see _ACHIEVED_AFTER)
        achieved = achieved_from is not None and achieved_from[0] <= q.num_start < achieved_from[1]
        comparator, qual_end = _comparator(
            text, q, seg_start, "reported" if past or achieved else "target" if goal else mode
        )
        measured_by = None if achieved else _ACHIEVED_AFTER.match(text, qual_end)
        if measured_by is not None and not past and not goal:
            # (the goal a figure achieved after it is measured against, even in a report)
            goal = True
            comparator, qual_end = _comparator(text, q, seg_start, "target")
        year = past or years_in.last(sentences.after_last(q.num_start), q.num_start) or later
        if year is None:
            year = deadlines_in.last(sentence_start, q.num_start)
        if year is None and (done_by := _DONE_BY_AFTER.match(text[q.end : q.end + 40])):
            year = int(done_by.group(1))
        if year is None:
            year = default_year
        if year is None:
            year = _deadline_after(text[q.end : q.end + 40])
        if year is None and this_year is not None:
            # (a part of the year the document speaks in: 确保一季度…, …，年内建成投用)
            stop = full_stops.end_of_first(q.num_start, len(text)) or len(text)
            if _PART_OF_THE_YEAR.search(text, sentence_start, stop):
                year = this_year
        clause_start = clauses.after_last(q.num_start)
        period = "annual" if _ANNUAL.search(text[clause_start : q.num_start]) else None
        seg_start = _metric_start(text, seg_start, prev_end, delims)
        if (
            q.unit in ("个", "处")
            and _IN_PLACES.fullmatch(text, seg_start, q.num_start) is not None
            and (where := _PLACES_COUNTED.match(text, qual_end)) is not None
            and _FIGURE_FOLLOWS.match(text, where.end()) is not None
        ):
            # the places work is done in, counted after 在 (在大坪街道、都濡街道等8个乡镇（街道）
            # 建设红薯基地2万亩 — batch 1176): where, no goal, when what is done there is measured
            # after them — else the places doing it are the goal (在10个村开展试点: 开展试点的村),
            # and each place's doing too (在11个乡镇各建成1座…, _EACH_OF_THEM)
            prev_end = where.end()
            continue
        baseline = _BASELINE.search(text[seg_start : q.num_start])
        baseline = baseline if baseline and _CHANGE_TO.match(text, qual_end) else None
        metric_end = seg_start + baseline.start() if baseline else q.num_start
        metric = _clean_metric(_PAREN.sub(_paren_kept, text[seg_start:metric_end]))
        kind = "head"
        if baseline:
            changed = metric
            if baseline.group(1) is None:  # 由目前的45%: no year to observe it in
                prev_end, prev_metric = qual_end, metric
                continue
            year = int(baseline.group(1))
        elif changed and _CHANGE_TO_DATED.fullmatch(text[prev_end : q.num_start].strip()):
            metric = changed  # …提高到55%
        changed = "" if not baseline else changed
        noun_end = qual_end
        share = (
            _SHARE_OF_THOSE.match(text, q.end)
            if q.unit == "%" and (not metric or _SHARE_VERB.fullmatch(metric))
            else None
        )
        if share:
            # 90%以上的行政村实现集中供水: the share is of those doing what the clause says
            metric = _clean_metric(share.group(1))
            noun_end = described_until = share.end()
        elif (
            q.unit == "%"
            and metric
            and not re.search(r"[占比率]", metric)
            and (area := _SHARE_OF_AREA.match(text, q.end)) is not None
        ):
            # a share of an area meeting a standard (城市建成区45%以上面积达到海绵城市建设要求):
            # named by the area and what it meets, 城市建成区达到海绵城市建设要求的面积
            metric = _clean_metric(metric + area.group(1) + "的面积")
            noun_end = described_until = area.end()
        elif (
            measure := _NAMED_MEASURE.match(text, qual_end)
        ) is not None and _MEASURE_REACHED.search(
            text, max(0, q.num_start - 3), q.num_start
        ) is not None:
            # a measure reached, named after: 实现100亿元的营业收入 → 营业收入, what reaches it
            # before (电子信息产业实现…的营业收入 → 电子信息产业营业收入; 新增 and 带动 kept)
            verb = _MEASURE_REACHED.search(text, max(0, q.num_start - 3), q.num_start)
            kept = verb.group().rstrip("了") if verb else ""
            kept = kept if kept in ("新增", "带动") else ""
            subject = _MEASURE_REACHED.sub("", metric or "")
            metric = _clean_metric(subject + kept + measure.group(1))
            noun_end = measure.end()
        elif (own_level := _LEVEL_QUALIFIED.match(text, q.end)) is not None:
            # a level it qualifies is its own: 研发经费投入强度达到2.5%的水平
            noun_end = own_level.end()
        elif (
            q.unit == "%"
            and (speed := _SPEED_OF_GROWTH.match(text, q.end)) is not None
            and (at := _AT_SPEED.search(text, max(0, q.num_start - 3), q.num_start)) is not None
        ):
            # grows at a speed: 地区生产总值以年均8%的速度增长 → 地区生产总值年均增长 (以每年:
            # 增长, the period the figure's)
            subject = re.sub(r"以(?:年均|每年)?$", "", metric or "")
            metric = _clean_metric(subject + ("年均" if at.group(1) == "年均" else "") + "增长")
            noun_end = speed.end()
        elif q.unit == "%" and (rate := _RATE_QUALIFIED.match(text, q.end)) is not None:
            # a rate it qualifies names it: 地区生产总值保持6%左右的增速 → 地区生产总值增速
            metric = _clean_metric((metric or "") + rate.group(1))
            noun_end = rate.end()
        elif q.unit == "%" and _ATTRIBUTIVE_SHARE.match(text, q.end):
            # a share qualifying what follows, after words of its own (能耗降低10%的目标)
            prev_end = qual_end
            continue
        # (counted in a classifier, or in a measure of land or goods: 对3000亩低产茶园实施改造提升 —
        # not in money, a share or a time, which are conditions or rates)
        acted_on = q.unit in classifiers or not (
            q.unit.endswith("元") or q.unit in ("%", "‰") or q.unit in _TIME_UNITS
        )
        dui = _ACTED_ON.fullmatch(text, seg_start, q.num_start) if acted_on else None
        named_by_act = False  # (the metric names the things by what is done to or by them)
        if dui and (several := _EACH_OF_THEM.match(text, qual_end)) is not None:
            # the places each doing so, counted after 在 (在11个乡镇各建成1座集中式充电站): named
            # by what each does, 建成集中式充电站的乡镇
            metric = several.group("verb") + several.group("noun") + "的" + several.group("thing")
            named_by_act = True  # (the count each place makes, after it, names it too)
        elif dui and (acted := _ACTION_ON_THEM.match(text, qual_end)) is not None:
            # the things an action is taken on, counted after 对 (对全县12家…企业开展全覆盖检查,
            # 对…26个工程项目开展全面排查): named by the action, 开展全覆盖检查的…企业; or, the
            # action done to each, by what qualifies them (对反馈的12个问题逐项建立台账: 反馈的问题)
            if acted.group("act"):
                metric = acted.group("act") + "的" + acted.group("thing")
            else:
                metric = (dui.group("of") or "") + acted.group("thing")
            noun_end, named_by_act = acted.end(), True
        if (
            q.unit in _TIMES
            # (each of a kind of place: _EACH_DOES below; not each month or quarter, 每季度召开1次
            # 调度会议 — batch 1300)
            and not (metric.startswith("每") and _EACH_DOES.match(metric))
            and _DONE_SO_OFTEN.search(metric)
            and (done_what := _NOUN_AFTER.match(text, qual_end)) is not None
            and _CJK_START.match(done_what.group(0))
        ):
            # (what is done so often follows its count, the verb of doing left out: 县级水源地每月
            # 开展1次常规指标监测 → 县级水源地每月常规指标监测, as 每个乡镇至少开展1次应急避险演练
            # names its drill)
            metric = _DONE_SO_OFTEN.sub("", metric) + _clean_metric(done_what.group(0))
            noun_end = done_what.end()
        place = bool(metric) and not named_by_act and _PLACE_ONLY.fullmatch(metric) is not None
        # (each of a kind of place doing so: 每个乡镇至少建成1个百亩示范方)
        each = _EACH_DOES.match(metric) if q.unit in classifiers or q.unit in _TIMES else None
        # (examples closing with 等 before the count of their kind: 实施高坎、石门等8处工程治理项目)
        examples = q.unit in classifiers and metric.endswith("等") and len(metric) > 2
        if (
            metric
            and (
                (q.unit in classifiers and (place or examples or _COUNT_VERBS.fullmatch(metric)))
                # (ten thousands of them, where they are: 完成全县12.6万户居民用户安检)
                or (place and q.unit[:1] in "万亿" and q.unit[1:] in classifiers)
                or each
            )
        ):
            noun = _NOUN_AFTER.match(text, qual_end)
            if noun and (_CJK_START.match(noun.group(0)) or _SIZED.match(noun.group(0))):
                # (the 的 setting the count before its noun is neither's: 10个以上的示范村)
                counted = _without_aside(noun.group(0)).removeprefix("的")
                thing = _clean_metric(_ATTRIBUTIVE.sub("", counted))
                thing = _NOUN_PREDICATE.sub("", thing) or thing
                if place:
                    verbs = ""
                elif examples:
                    # (the examples left out, as the samples' gold names them: 提标改造润源等5座
                    # 污水处理厂 → 提标改造污水处理厂)
                    doing = _BEFORE_EXAMPLES.match(metric)
                    verbs = doing.group(0) if doing else ""
                elif each:
                    # (乡镇各建成1座 is each town's: 每个乡镇建成…)
                    who = each.group(1)
                    who = "每个" + who[:-1] if who.endswith("各") else who
                    verbs = who + _GENERIC_VERBS.sub("", each.group(2))
                else:
                    verbs = _GENERIC_VERBS.sub("", metric)
                metric = _without_action(verbs + thing)
                noun_end = noun.end()
                if (doers := _named_by_doing(text, qual_end, q.num_start)) is not None:
                    metric, noun_end = doers
            elif noun is None and figures and _COUNT_VERBS.fullmatch(metric):
                # 累计建成5G基站2000个，新增1000个: the things counted before, in the same unit
                elided = _elided_thing(figures[-1], q, metric, full_stops.after_last(q.num_start))
                metric = metric + elided if elided else metric
        if q.numeral and (len(metric) < 3 or _COUNT_VERBS.fullmatch(metric)):
            # a count in words must follow the noun it counts: 新增规上企业三十家, not
            # 培育两家 or 分为三类
            prev_end = qual_end
            continue
        if q.unit not in classifiers and (
            len(metric) == 1 or (metric and _COUNT_VERBS.fullmatch(metric))
        ):
            noun = _NOUN_AFTER.match(text, qual_end)
            if noun is not None and not _CJK_START.match(noun.group(0)):
                noun = None
            elided = (
                _elided_thing(figures[-1], q, metric, full_stops.after_last(q.num_start))
                if noun is None and figures
                else None
            )
            if elided:
                # 新增高标准农田5万亩，改造提升3万亩: the verb's thing is the figure's before it
                metric = metric + elided
            elif noun is not None and len(metric) > 1 and q.unit not in _TIME_UNITS:
                # 新建2万平方米标准厂房: the measure of what the verb makes
                words = noun.group(0)
                cut = _THING_END.search(words)
                words = words[: cut.start()] if cut else words
                thing = _clean_metric(_ATTRIBUTIVE.sub("", _without_aside(words)))
                metric = _GENERIC_VERBS.sub("", metric) + (_NOUN_PREDICATE.sub("", thing) or thing)
                noun_end = qual_end + len(words)
            elif (
                noun is None
                and len(metric) == 1
                and _SCOPING_VERB.match(prev_metric)
                and text.startswith("、", prev_end)
            ):
                pass  # (a thing of one character next in a list: 免疫牛8万头次、羊40万只次)
            elif not (
                noun is None
                and len(metric) > 1
                and (
                    _PEOPLE.fullmatch(q.unit)
                    or (
                        prev_metric
                        and q.unit not in _TIME_UNITS
                        and _names_a_part(text, clause_start, prev_end, q.num_start)
                    )
                )
            ):
                # a measure with only a verb before it names no thing: 开展5天培训 (but
                # 全年培训300人次: the verb names what is done to the people counted; and
                # 其中新建50公里: a part of the figure before, done so) — unless the clause
                # before does it to a thing: 对…老果园实施更新改造，全年改造3000亩 (batch 1212)
                done_to = _done_to_before(
                    text, clause_start, sentences.after_last(q.num_start), metric
                )
                if done_to is None:
                    prev_end = qual_end
                    continue
                metric = done_to
        if not metric or _CHANGE_TAIL.fullmatch(metric):
            # a field's label names the figure after it: 总投资：30亿元, and an indicator
            # before a colon its change: 1.地区生产总值：增长6%左右
            field = _FIELD_LABEL.search(text, text.rfind("\n", 0, seg_start) + 1, seg_start)
            metric = field.group(1) + metric if field else metric
        if not metric:
            # number before its noun: 10个以上项目进入…, 5座污水处理厂
            after = _AFTER_NUMBER.match(text, qual_end)
            words = after.group(0) if after else ""
            # the noun ends where the next figure starts: 32个省市重点项目完成投资150亿元
            cut = _NEXT_FIGURE.search(words)
            if cut:
                # (or nothing, when it follows at once: 3.5%、6.8%和5.2% — the list's next)
                words = words[: cut.start()]
            metric = _clean_metric(_without_aside(words))
            metric = _NOUN_PREDICATE.sub("", metric) or metric
            if metric and metric not in ("和", "及"):
                # the next figure's words start after this noun: 20个领域285项改革任务
                noun_end = qual_end + len(words.rstrip())
            if (doers := _named_by_doing(text, qual_end, q.num_start)) is not None:
                metric, noun_end = doers
            sentence_start = sentences.after_last(q.num_start)
            if (not metric or metric in ("和", "及")) and (
                not prev_metric
                or prev_end <= sentence_start
                # (or past a figure of another thing, when the clause before says what its thing
                # did: …增长3.8%，粮食总产量创历史新高，达到12.6亿斤 — found probing)
                or _said_of_a_thing_before(text, clause_start, sentence_start, prev_end)
            ):
                # 实施轮胎企业智能化改造，2025年完成15家: the work the clause before names — in
                # its own sentence, not the figure's before a full stop (…比年初增加65亿元。全年
                # 粮食总产量创历史新高，达到52.3万吨: found probing, named 比年初)
                metric = _work_before(text, clause_start, sentence_start) or metric
            if not metric or metric in ("和", "及"):
                metric, kind = prev_metric, "cont"
                if head_metric and not _CHANGE_TAIL.sub("", prev_metric) and q.unit != "%":
                    # (a level after a bare change is of the thing the change was: …同比增长
                    # 6.2%；预计全年完成75亿元 → 社会消费品零售总额 — batch 1194)
                    metric = head_metric
                if _CLAUSE_BREAK.search(text, prev_end, q.start) or _SENTENCE_END.search(
                    text, prev_end, q.start
                ):
                    # a clause of its own about the same thing, not the next of a list:
                    # 粮食总产量达到6.1亿斤，连续5年稳定在6亿斤以上 (or a sentence: …完成500亿元。
                    # 2026年力争突破550亿元 — found probing: the result took 突破)
                    kind = "head"
                # (and the base it was compared with: 竹产业总产值比2025年增加40亿元，达到120亿元 —
                # batch 1181: the level had been 竹产业总产值比2025年)
                level = _COMPARED_WITH.sub("", _CHANGE_TAIL.sub("", metric))
                # (a growth in % striven for beyond its floor, 增长6%以上，力争达到6.5%, is the
                # same growth: only a rate has a level in %)
                growth_again = q.unit == "%" and not _RATE.search(level)
                if (
                    level
                    and level != metric
                    and not growth_again
                    and _REACH_LEVEL.search(text[seg_start : q.num_start])
                ):
                    # 城镇化率提高1.5个百分点，达到65%: the level of 城镇化率, a metric of its own
                    metric, kind = level, "head"
                elif _RUNNING_TOTAL.match(text, seg_start):
                    # 新增新能源装机120万千瓦，累计达到600万千瓦: all there are, not the new
                    metric, kind = _subject(metric, True) or metric, "head"
        if (
            kind == "head"
            and prev_metric
            and 0 < len(metric) <= 3
            and _names_a_part(text, clause_start, prev_end, q.num_start)
            # (a part already named in the whole, 规上工业增加值…其中工业…; not by a chance run of
            # its characters: 小学 in 中小学校)
            and metric != prev_metric
            and not prev_metric.endswith(metric)
            # (a share is no part: 其中工业投资增长15.4%、占比提高到38.5% — the part's share)
            and metric not in ("占比", "比重")
            # (nor a change: 其中网络零售额50亿元、增长15% — the part's growth, found probing)
            and not _CHANGE_TAIL.fullmatch(metric)
        ):
            # 市场主体达到12万户，其中企业2.6万户: a part of the figure before, named by it
            # (of the thing before, not of its growth: 进出口总额35亿元，同比增长15%，其中出口…)
            if "中的" in prev_metric:
                # (a part after another part has the same whole: 其中苹果20万亩、红枣25万亩)
                whole = prev_metric.rpartition("中的")[0]
            else:
                of = prev_metric if _CHANGE_TAIL.sub("", prev_metric) else head_metric
                whole = _STOCK_TAIL.sub("", _subject(of, False)) or of
            metric = f"{whole}中的{metric}"
        if kind == "head" and prev_metric and _LEVEL.fullmatch(metric):
            # 新增省级专精特新企业20家、国家级5家: the thing before, at the level named
            level_before = _LEVEL.search(prev_metric)
            if level_before and not re.search("[；。\n]", text[prev_end : q.start]):
                metric = prev_metric.replace(level_before.group(0), metric, 1)
        # the part of its sentence the figure stands in (after the last ；)
        part_start = max(sentences.after_last(q.num_start), text.rfind("；", 0, clause_start) + 1)
        if kind == "head" and _OUTPUT.match(metric) and prev_end <= part_start:
            metric = _owner_before(text, clause_start, part_start) + metric
        elif kind == "head" and _AREA_FARMED.fullmatch(metric) and prev_end <= part_start:
            metric = _farmed_before(text, clause_start, part_start, metric[:2]) + metric
        elif (
            kind == "head"
            and (done := _BARE_DONE.fullmatch(metric)) is not None
            and prev_end <= part_start
        ):
            metric = _done_before(text, clause_start, part_start, done.group("doing")) + metric
        if kind == "head" and (_RATE_OF_CHANGE.match(metric) or _CHANGE_TAIL.fullmatch(metric)):
            # a rate of change with no subject of its own: the thing the figure before
            # measured (社会消费品零售总额1200亿元，降幅较上年收窄0.8个百分点), or the thing
            # whose rate the clause before speaks of (规上工业增加值增速由负转正，增长2.1%)
            if prev_metric and _RATE_OF_CHANGE.match(metric) and prev_end > part_start:
                # (the figure before a bare change itself: …815亿元，同比增长5.4%，增速较上年提高…)
                of = prev_metric if _CHANGE_TAIL.sub("", prev_metric) else head_metric
                if _COMPARISON.match(metric):
                    # (…上涨1.2%，涨幅低于控制目标1.8个百分点 — found probing)
                    comparator = _as_difference(comparator, text[seg_start : q.num_start])
                metric = _subject(_CHANGE_TAIL.sub("", of), False) + metric
            elif not prev_metric or prev_end <= part_start:
                metric = _rate_before(text, clause_start, part_start) + metric
        scope = _SCOPING_VERB.match(prev_metric)
        if (
            kind == "head"
            and scope
            and text.startswith("、", prev_end)
            and seg_start <= prev_end + 1
            and not _SCOPING_VERB.match(metric)
            and not _OWN_VERB.match(metric)
            # (nor onto a level reached: 新建雨水泵站2座、排涝能力达到每秒12立方米)
            and not _LEVEL_VERB_IN.search(text, seg_start, q.num_start)
            and not _ACTION.match(metric)
            and not _ATTRIBUTE_ONLY.match(metric)
        ):
            metric = scope.group(1) + metric
        per = _PER_BEFORE.search(metric)
        per_unit = _per_unit(q.unit, per.group(1)) if per else None
        unit = per_unit or q.unit
        if per and per_unit:
            # 粮食单产达到每亩1200斤: a yield per mu, as 1200斤/亩 writes it
            metric = metric[: per.start()]
            if per.group(1) in _BY_WEIGHT and not re.search(r"价格?$", metric):
                metric += "价格"  # (大米每斤2.98元: the price of rice)
        growth = bool(_GROWTH.search(metric)) and q.unit in (
            "%",
            "个百分点",
        )
        if achieved and achieved_from is not None:
            # 实际完成3.25万亩 measures the goal's thing; 实际亩均财政投资1960元 names it again
            own = _clean_metric(text[achieved_from[2] : q.num_start])
            metric, kind = own or achieved_from[3], "head"
            seg_start = achieved_from[0]
        achieved_from = None
        if (
            figures
            and figures[-1].unit == "%"
            and unit != "%"
            and _RESTATED.search(text, max(0, q.num_start - 3), q.num_start)
        ):
            # a share told again in its thing's unit (规模不低于最高用电负荷的30%，即78万千瓦): the
            # thing, bounded as the share is
            metric = figures[-1].metric.partition("占")[0] or metric
            if comparator == "=":
                comparator = figures[-1].comparator
        if unit in ("天", "个月") and (need := _NEEDS_COVERED.match(text, qual_end)):
            # (the days of need a reserve covers, named by the need: 保证全市居民3天以上的消费需求)
            metric += re.sub(r"^(?:以上|以下)?的?", "", need.group(0))
        clause = text[seg_start:noun_end].strip(" ，、；。：")
        base = dict(
            comparator=comparator,
            value_max=q.value_max,
            value=q.value,
            unit=unit,
            year=year,
            period=period,
            growth=growth,
        )
        figures.append(
            Figure(
                start=q.start,
                end=qual_end,
                metric=metric,
                text=clause or metric,
                mode="reported"
                if baseline is not None or past or achieved
                else "target"
                if goal
                else None,
                **base,  # type: ignore[arg-type]
            )
        )
        if measured_by is not None:
            ends = _CLAUSE_END.search(text, measured_by.end())
            achieved_from = (
                measured_by.start(1),
                ends.start() if ends else len(text),
                measured_by.end(),
                metric,
            )
        kinds.append(kind)
        pieces = metric.split("、")
        both = _ALL_CHANGE.fullmatch(metric)
        if len(pieces) > 1 and all(_RATE.search(p) for p in pieces):
            shared_by.append((len(figures) - 1, pieces, seg_start, q.num_start))
        elif members := _each_of_list(metric):
            # (a count each of a list is given: 引进新能源电池材料、生物医药项目各2个以上 — one
            # each, its members as written; batch 1013)
            shared_by.append((len(figures) - 1, members, seg_start, q.num_start))
        elif both and "、" in both.group(1):
            # (a change all of a list share: 规上工业总产值、营业收入均增长10% — each one's)
            pieces = [p + both.group(2) for p in both.group(1).split("、")]
            if all(len(p) > len(both.group(2)) + 1 for p in pieces):
                shared_by.append((len(figures) - 1, pieces, seg_start, q.num_start))
        prev_end = noun_end
        prev_metric = metric
        if kind == "head" and _CHANGE_TAIL.sub("", metric):
            head_metric = metric
    figures, kinds = _one_per_rate(figures, kinds, shared_by, text)
    return _name_runs(figures, kinds, sentences, full_stops, text)


def _one_per_rate(
    figures: list[Figure],
    kinds: list[str],
    shared_by: list[tuple[int, list[str], int, int]],
    text: str,
) -> tuple[list[Figure], list[str]]:
    """One figure per rate of a list sharing it: ``街道综合养老服务机构覆盖率、社区养老服务设施
    配建率达到100%`` gives each rate 100%. ``shared_by`` holds each figure whose metric is a
    list of rates, with the list and where its segment and its number start. A figure heading
    a run (the next figure names no metric: ``森林覆盖率、绿化覆盖率分别达到45%、42%``), and the
    figures after it, are left for ``_name_runs`` to give one rate each."""
    figures, kinds = list(figures), list(kinds)
    for i, pieces, seg_start, num_start in reversed(shared_by):
        if kinds[i] == "cont" or (i + 1 < len(kinds) and kinds[i + 1] == "cont"):
            continue
        main = figures[i] = replace(figures[i], metric=pieces[-1])
        more = []
        for piece in pieces[:-1]:
            at = text.find(piece, seg_start, num_start)
            if at < 0:  # (a change shared, written once after the last: 总产值、营业收入均增长)
                at = text.find(_CHANGE_TAIL.sub("", piece), seg_start, num_start)
            at = at if at >= 0 else main.start
            more.append(replace(main, metric=piece, start=at, text=text[at : main.end]))
        figures[i + 1 : i + 1] = more  # (in the text's order of figures, after the last rate)
        kinds[i + 1 : i + 1] = ["rate"] * len(more)
    return figures, kinds
