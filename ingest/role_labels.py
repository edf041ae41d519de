"""The labels that name who does a measure: 牵头单位, 配合责任单位, 协同部门, 责任主体 ….

Plans label their responsibility lists and task-table columns in many ways, built from a
few words: an optional qualifier (主要, 具体, 共同, 其他), one or two role words
(牵头, 配合, 协同, 责任, 负责 …) and what the bodies are (单位, 部门, 主体, 处室, 科室, 股室,
or one with another in brackets: 牵头部门（单位）).
``label_role`` reads the role from the first role word: 牵头责任单位 leads,
配合责任单位 supports, 具体责任单位 is responsible; 主要 before 责任/负责 means the lead
(主要责任单位, 主要负责单位). Labels of other bodies (督导单位, 督办单位: who oversees the
work, not who does it) name no role: ``OVERSIGHT_LABEL`` matches them, so the structure
keeps them with the unit above rather than reading them as a measure of their own.
"""

from __future__ import annotations

import re

# (领衔 as Zhejiang names the lead: 领衔部门, 区商务局领衔; 主抓 and 统筹 as sentences use them:
# 主抓单位, 统筹单位; 发起 as a joint inspection's plan names the body starting it: 发起部门;
# 召集 as a joint meeting's system names the body convening it: 召集单位; 链长 as an industrial
# chain's task list names the body of the chain's chief, leading its work: 链长单位 — batch 1048)
# (领办 as Zhejiang's counties name the body taking a task on: 领办单位 — batch 1261)
_LEAD_WORDS = ("牵头", "主责", "主办", "领衔", "领办", "主抓", "统筹", "发起", "召集", "链长")
# (协抓 as the pair of 主抓: 县发改局主抓，县财政局协抓)
_SUPPORT_WORDS = (
    "配合",
    "协同",
    "协作",
    "协助",
    "协办",
    "参与",
    "参加",
    "支持",
    "协责",
    "会办",
    "协抓",
    # (the bodies linked to the lead, as Zhejiang's lists name them: 联动单位 — batch 612; and
    # those bearing the second share, 次责单位, as 主责 names the first)
    "联动",
    "次责",
)
# (包抓, 包保, 包联, 挂钩: the body answering for a project, as Shaanxi and Gansu, Ningxia and
# Henan, Hebei, Fujian assign them — 包抓单位, 包保单位, 包联单位, 挂钩单位; 对接: the body following a signed project up for the
# place, 对接单位)
_RESPONSIBLE_WORDS = (
    "责任",
    "负责",
    "承办",
    "实施",
    "落实",
    "包抓",
    "包保",
    "包联",
    "挂钩",
    "推进",
    "承担",
    "执行",
    "对接",
)
_WORDS = "|".join(_LEAD_WORDS + _SUPPORT_WORDS + _RESPONSIBLE_WORDS)
# (次要 or 第二 before 责任/负责 is those helping the lead: 次要责任单位, 第二责任单位; 联合牵头
# leads with others; what the bodies undertake may come first: 决策承办单位, 项目责任单位;
# the body bearing the work's own responsibility, as safety plans name it: 主体责任单位; the
# whole work's lead over those leading its lines: 总牵头单位)
_QUALIFIERS = "主要|第一|次要|第二|具体|直接|共同|联合|其他|决策|项目|事项|建议|提案|主体|总"
# (机关 as a list of powers names the authority: 实施机关; 办线 as Zhejiang's towns name their
# offices by lines of work: 牵头办线, 配合办线 — batch 651; 站所 as Fujian's towns name their
# stations and offices: 责任站所 — batch 663; the towns and streets answering, as Guangdong's
# districts and the northwest's counties name them: 责任镇街, 责任乡镇, 责任街道 — batches 672, 675;
# a task force, as Zhejiang's counties name the one leading: 牵头专班 — batch 674)
_BODIES = (
    "单位|部门|主体|处室|科室|股室|机关|办线|站所|镇街|街镇|乡镇|街道|专班"
    # (a division's word with its room in brackets: 责任科（室）, 牵头处（室） — found probing)
    "|科（室）|处（室）|股（室）"
)
# (what the bodies are may name an alternative in brackets: 牵头部门（单位）, 责任单位(部门); or
# the person answering with them: 牵头单位（人） — found probing)
_BODIES_OR = (
    rf"(?:{_BODIES})(?:[（(](?:{_BODIES}|人)[）)])?"
    # (or the persons answering beside them, after 及: 责任单位及责任人 — found probing, session 64)
    r"(?:(?:及|和)(?:其)?(?:责任人|负责人|联系人))?"
)
# a post answering for a body, named after it for a person (各乡镇人民政府 乡镇长, 县林草局
# 分管副局长, 主要负责人 — batch 710): the normaliser keeps it apart, the role lists drop it
POST = (
    r"(?:主要|分管)?(?:副)?(?:乡镇长|镇长|乡长|局长|主任|书记|县长|区长|市长|站长|所长|负责人|领导)"
)
# the level the bodies are of, before a table's labels that part them by level: 市级牵头单位 |
# 市级配合单位 | 县级责任单位, 省级牵头部门, 市直责任单位 (found probing: such a table gave none)
_LEVEL = "(?:[省市州盟县区旗镇乡]级|[省市州县区]直)"

# (the owner carrying a project out, as a project list names it: 项目业主, 业主单位 — batch 673)
_OWNER = "项目业主(?:单位)?|业主单位"

# a role label as a pattern to embed in others (no groups): 牵头单位, 配合责任单位
ROLE_LABEL = rf"(?:{_LEVEL}?(?:{_QUALIFIERS})?(?:{_WORDS}){{1,2}}{_BODIES_OR}|{_OWNER})"
_WHOLE = re.compile(rf"{_LEVEL}?(?:({_QUALIFIERS}))?({_WORDS})(?:{_WORDS})?{_BODIES_OR}|({_OWNER})")
# A role word alone names the role of the list after it: as a column under a spanning header
# (责任分工 over 牵头 | 配合), or before a colon (牵头：市发改局；配合：市财政局).
SHORT_LABELS = {
    "牵头": "lead",
    "主责": "lead",
    "主办": "lead",
    "领衔": "lead",
    "领办": "lead",
    "配合": "support",
    "协同": "support",
    "参与": "support",
    "协助": "support",
    "协办": "support",
    # (handling a suggestion jointly beside its main handler: 主办单位/会办单位, as Jiangsu's
    # congresses assign them)
    "会办": "support",
    "负责": "responsible",
    "责任": "responsible",
    # (those carrying it out: 落实：各乡镇; an event's or a proposal's undertaker beside its
    # host: 主办：市文旅局；承办：某某镇人民政府)
    "落实": "responsible",
    "承办": "responsible",
    # (the body carrying it out under an overall lead: 总牵头：县发改局；具体实施：县投资促进中心
    # — batch 1261)
    "具体实施": "responsible",
    # (the duties a safety plan parts among bodies, each before its colon: 主体责任：县燃气公司；
    # 监管责任：县住建局；属地责任：各乡镇人民政府, （行业监管：…；属地管理：…） — found probing,
    # session 64: none was read; all bear the work, as 落实属地责任 does in a sentence)
    "主体责任": "responsible",
    "监管责任": "responsible",
    "属地责任": "responsible",
    "行业监管": "responsible",
    "属地管理": "responsible",
}
SHORT_LABEL = "|".join(SHORT_LABELS)
# A label over a note whose own role words give the roles (责任分工：X牵头，Y配合): it says
# who does what, not how
DUTIES_LABEL = "(?:责任|职责|任务|部门|工作)?分工"
# The body in charge (主管部门：…, 主管单位：…) leads; only as a label before its colon — 各行业
# 主管部门 is a collective, no label
IN_CHARGE_LABEL = "主管(?:部门|单位)"
OVERSIGHT_LABEL = re.compile(rf"^(?:督导|督办|督查|监督|指导)(?:{_BODIES})$")

# the labels a reader meets most, for docs and tests
COMMON_LABELS = (
    "牵头单位",
    "牵头部门",
    "主要责任单位",
    "责任单位",
    "责任部门",
    "配合单位",
    "配合部门",
    "协同配合单位",
    "参与单位",
    "责任主体",
)


# How a name of a body ends (市财政局, 县花卉中心, 通济街道, 市妇联 …): a body's own word.
# (not an act of oversight after a body: 市政府督查室督办)
BODY_NAME_END = re.compile(
    r"(局|委|委员会|(?<!督)办|办公室|中心|分局|管委会|部|院|所|站|队|会|政府|镇|街道|乡|区|社|公司|集团|行|银行|处|科|"
    r"室|专班|小组|党校|大学|学校|海关|联|协|厅|[车工机电]务段|供电段|(?<![入控参持募配炒])股"
    # (public institutions: 县档案馆, 县图书馆, 市博物馆)
    r"|(?:档案|图书|博物|文化|纪念|科技|美术|展览)馆"
    # (a town's villages by name, 槐植村 — not a kind of village: 乡村, 行政村, 示范村, 城中村 —
    # and its schools, 镇中心小学, 感德中学, not 中小学)
    r"|(?<![乡农渔山政然范点心弱中村进色明困业])村|(?<!中)小学|中学|幼儿园"
    # (state farms and forest farms, 阳岭国有林场, 县良种场, 县果园场, 县园艺场; observatories and
    # broadcasters, 县气象台, 县广播电视台; 县苗圃, 县少年宫)
    r"|(?:林|农|牧|渔|茶|良种|种畜|原种|果园|果树|园艺|蚕种)场|苗圃|(?:电视|电|气象|地震|水文)台|少年宫|殡仪馆"
    # (plants, 县污水处理厂, 县自来水厂 — not 工厂, a kind: 智能工厂 — grain depots (the reserve's
    # 中储粮富锦直属库 too — batch 730), troupes, a
    # road section, an airport, a bookshop; state investment firms by their short names, 县城投)
    r"|(?:(?<!工)|(?<=化工))厂|粮库|储备库|直属库|(?:歌舞|艺术|杂技|剧)团|(?:公路|航道)段|机场|书店"
    r"|(?:城|水|交|文|国|农|旅)投"
    # (a dry port's operator, 赣州国际陆港)
    r"|陆港"
    # (a joint meeting of bodies, charged as one: 县全民健身工作联席会议负责统筹协调)
    r"|联席会议"
    # (a group of supervisors or a working group: 县银保监组, 青州监管组, 县专项工作组 — found
    # probing, session 74; not a group's work, 组织, 组建)
    r"|(?:银保监|监管|工作|督导|督查|巡察|专案)组"
    # (a headquarters' own groups: 前方指挥部民生组, 前方指挥部综合组 — batch 1319)
    r"|(?<=指挥部)[\u4e00-\u9fff]{2,3}组"
    # (an agency named 署, as Shenzhen's districts name one: 区投资推广署 — batch 719; not the
    # work deployed or signed: 工作部署, 签署, 联署)
    r"|(?<![部签连联])署)$"
)

# Bodies printed in bold lead where a document says so: 注：加粗的为牵头单位, 字体加粗的单位为牵头
# 单位, 黑体字为牵头单位, 粗体标注的为牵头部门 — or printed in red, underlined or highlighted:
# 标红的为牵头单位, 红色字体为牵头单位, 带下划线的为牵头单位, 标黄的为牵头单位 (``EMPHASES``: each
# way's words before 单位/为牵头; ``EMPHASIS_MARK`` any of them)
EMPHASES = {
    "bold": r"(?:字体)?(?:加粗|粗体|黑体)(?:字体|字|显示|标注|标示)?",
    "red": r"(?:字体)?(?:标红|红色|红字)(?:字体|字|显示|标注|标示)?",
    "underline": r"(?:加|带|标注?)?(?:下划线|下画线)(?:标注|标示)?",
    "highlight": r"(?:标黄|黄色(?:底纹|背景|标注|显示)|高亮(?:显示|标注)?)",
}
EMPHASIS_MARK = rf"(?:{'|'.join(EMPHASES.values())})(?:的|者)?"
_LEADS = r"(?:的|者)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)"
EMPHASIS_LEAD_RULES = {kind: re.compile(mark + _LEADS) for kind, mark in EMPHASES.items()}
BOLD_LEAD_RULE = EMPHASIS_LEAD_RULES["bold"]


def lead_emphasis(text: str) -> str | None:
    """The way of printing a document says marks the bodies leading (``EMPHASES``'s kind:
    bold, red, underline, highlight), or None; the first stated if it names two."""
    if "牵头" not in text:
        return None
    found = [
        (m.start(), kind) for kind, rx in EMPHASIS_LEAD_RULES.items() if (m := rx.search(text))
    ]
    return min(found)[1] if found else None


# A task table laid out as a matrix (a column for each body, a row for each task) marks the
# bodies of each row, the marks' meanings stated once: 注：★为牵头单位，○为配合单位.
MARKS = "★☆●○◎△▲◆◇√✓"
_MARK_LEGEND = re.compile(
    rf"([{MARKS}])\s*(?:为|表示|代表|是)\s*({'|'.join(SHORT_LABELS)})(?:{_BODIES})?"
)


def mark_roles(text: str) -> dict[str, str]:
    """The role each mark of a matrix task table gives, as the document states them
    (``★为牵头单位，○为配合单位`` → {"★": "lead", "○": "support"}); {} if it states none."""
    return {m.group(1): SHORT_LABELS[m.group(2)] for m in _MARK_LEGEND.finditer(text)}


# … or a matrix's cells write the role itself (牵头, 配合), or tick the bodies concerned (√)
_CHECK_MARKS = ("√", "✓", "✔")


def cell_roles(text: str) -> dict[str, str]:
    """The role each cell of a matrix task table may give: the marks the document explains
    (``mark_roles``), the role words, which explain themselves (牵头, 配合, 负责 …), and a tick
    the document does not explain, which names a body responsible."""
    return {
        **SHORT_LABELS,
        **{mark: "responsible" for mark in _CHECK_MARKS},
        **mark_roles(text),
    }


# A column holding two roles split by a slash: 牵头/配合单位 (市经信局/市发改局、市财政局).
_SLASHED = re.compile(rf"^({SHORT_LABEL})(?:{_BODIES})?[/／]({SHORT_LABEL})(?:{_BODIES})?$")


def slashed_roles(label: str) -> tuple[str, str] | None:
    """The roles before and after the slash of a column labelled ``牵头/配合单位``."""
    m = _SLASHED.match(label)
    return (SHORT_LABELS[m.group(1)], SHORT_LABELS[m.group(2)]) if m else None


def label_role(label: str) -> str | None:
    """``lead``, ``support`` or ``responsible`` for a role label, else None."""
    m = _WHOLE.fullmatch(label)
    if m is None:
        return None
    qualifier, word = m.group(1), m.group(2)
    if m.group(3):
        return "responsible"  # (the owner: 项目业主)
    # (主要 or 第一 before 责任/负责: the lead — 主要责任单位, 第一责任单位)
    if word in _LEAD_WORDS or (qualifier in ("主要", "第一") and word in ("责任", "负责")):
        return "lead"
    if word in _SUPPORT_WORDS or (qualifier in ("次要", "第二") and word in ("责任", "负责")):
        return "support"
    return "responsible"
