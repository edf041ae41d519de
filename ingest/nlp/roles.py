"""Responsibility notes → (department as written, role) items; department identity.

Pure functions, no spaCy: the components in ``components.py`` call them.

Note forms handled (full- or half-width brackets and commas, after the
normaliser has made them full-width):

* ``（A、B牵头，C、D配合）``, ``（A负责）``, ``（A牵头负责）``
* ``（牵头单位：A；配合单位：B、C）``, ``（责任单位：A）``, with or without brackets,
  on their own line or at the end of a paragraph; a role word alone before the colon
  (``牵头：A；配合：B``)
* a bracket never closed at the end of a paragraph: ``（A牵头，B配合``
* the same in square brackets: ``【责任单位：A】``, ``〔A牵头，B配合〕``
* a label in square brackets before its names: ``【牵头单位】A【配合单位】B、C``
* a role marked on one name of a list: ``（责任单位：A（牵头）、B）``; ``A为牵头单位``
* a sentence that is nothing but a note, without brackets:
  ``市科技局、市工信局牵头，市市场监管局配合。`` or ``由市农业农村局负责。``, its last
  bodies perhaps told what to do (``各街道负责具体实施``, ``各镇街抓好落实``) — every
  name in it must end as a body does (局, 委, 办, 中心, 镇街, 有关部门 …), so body text
  such as ``各部门要密切配合`` is not read as a note
* a note opening the sentence of the work it assigns:
  ``由市交通运输局牵头，会同市公安局、市城市管理局，打通…`` (会同: support), and without
  牵头: ``市农业农村局会同市财政局、市自然资源局制定…`` (the first body leads)
* a body given its part of the work in a clause of its own (a 职责分工 paragraph):
  ``市财政局负责资金保障；各镇（街道）负责辖区内项目实施`` — not officials (负责同志,
  负责人) nor a duty described (``政府负责的工作机制``)

Lists split on 、，,; and on lost separators between two names
(``市发改局市财政局``); a trailing 等(有关)部门/单位 is dropped, and so is how the
bodies act (按职责分工, 分别, 共同); collective
references (市直有关部门和各镇街区, 各区、县级市, 各有关单位) are kept whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from ingest.headings import CN_DIGITS, HEADING_START, ITEM_NUMBER
from ingest.marks import Marks
from ingest.nlp.lexicons import Lexicons, load_lexicons
from ingest.nlp.scan import opening, runs_with
from ingest.role_labels import (
    BODY_NAME_END,
    DUTIES_LABEL,
    EMPHASIS_MARK,
    IN_CHARGE_LABEL,
    POST,
    ROLE_LABEL,
    SHORT_LABEL,
    SHORT_LABELS,
    label_role,
    slashed_roles,
)

# a role named as the duty a body bears: 县应急局履行牵头职责, 承担配合责任
_DUTIES_BORNE = {
    f"{verb}{word}{duty}": role
    for verb in ("履行", "承担", "负")
    # (or the main and the lesser share of it: 县住建局负主要责任，县城管局负次要责任)
    for word, role in (("牵头", "lead"), ("配合", "support"), ("主要", "lead"), ("次要", "support"))
    for duty in ("职责", "责任")
}
_DUTIES_BY_KIND = {
    f"{verb}{field}{duty}{kind}": "responsible"
    # (or shouldered, as speeches say it: 各镇（街道）要切实扛起主体责任)
    for verb in ("负", "履行", "落实", "承担", "扛起", "扛牢")
    # (the field the duty is borne in may come between: 落实安全生产主体责任)
    for field in ("", "安全生产", "安全")
    for duty in (
        "属地",
        "监管",
        "行业监管",
        "主体",
        "直接",
        "管理",
        # (found probing: 承担属地管理责任, 履行综合监管职责)
        "属地管理",
        "综合监管",
        "日常监管",
        "监督管理",
        # (or the means: 县财政局承担保障责任 — found probing, session 61)
        "保障",
        "资金保障",
    )
    for kind in ("责任", "职责")
}
# Finding the work's money, in the last clause of a note (由县委组织部统筹，县人社局具体实施，县财政局
# 保障经费; …，县财政局做好资金保障): responsible, as 给予资金保障 is — found probing, session 62
_FUNDING = {
    **{
        f"{verb}{money}保障": "responsible"
        for verb in ("做好", "负责", "强化", "加强", "落实")
        for money in ("资金", "经费")
    },
    **{
        f"{verb}{money}": "responsible"
        for verb in ("保障", "落实", "筹措")
        for money in ("资金", "经费")
    },
    "经费保障": "responsible",
}
_BY_DUTIES_FORWARD = {
    f"{by}{own}{duty}{division}推进": "responsible"
    for by in ("按", "按照", "根据", "依据")
    for own in ("", "各自")
    for duty in ("职责", "职能")
    for division in ("", "分工")
}
ROLE_WORDS: dict[str, str] = {
    "牵头负责": "lead",
    "负责牵头": "lead",
    # (answering for the whole's coordination, as the corpus's 职责分工 paragraphs read
    # 市住建局负责统筹协调: closing a bare note after others' parts — 各镇（街道）抓好落实，
    # 区商务局负责统筹, batch 1482)
    "负责统筹": "responsible",
    "负责统筹协调": "responsible",
    "牵头抓总": "lead",
    # (牵头抓总 written short: 县发改局牵总，县商务局配合)
    "牵总": "lead",
    "牵头": "lead",
    # (coordinating the whole: 由市住建局统筹，…协同推进; 以上两项由县委农办统筹协调 — found
    # probing, session 62)
    "统筹": "lead",
    "统筹协调": "lead",
    "主办": "lead",
    "主责": "lead",
    # (the main responsibility borne, said short: 县卫健局负主责，县医保局配合; or the lead
    # answering for the whole, 县农业农村局牵头负总责 — found probing, session 77: the lead was
    # lost)
    "负主责": "lead",
    "牵头负总责": "lead",
    "主抓": "lead",
    # (as Zhejiang names the lead: 区商务局领衔，…协同; or the body taking a task on: 县科技局领办，
    # 县经信局参与 — batch 1261)
    "领衔": "lead",
    "领办": "lead",
    # (guarding their ground, as speeches tell the towns: 各乡镇要守土尽责 — found probing)
    "守土尽责": "responsible",
    "守土有责": "responsible",
    "守土负责": "responsible",
    # (leading it, or taking command of it: 县发改局主导，县财政局参与; 县发改局挂帅 — found
    # probing)
    "主导": "lead",
    "挂帅": "lead",
    "配合": "support",
    # (told to work with the lead: 市医保局等部门协同推进, 做好配合工作)
    "协同推进": "support",
    "配合推进": "support",
    # (two words of support together: 县医保局、县市场监管局协同配合)
    "协同配合": "support",
    "协助配合": "support",
    "参与配合": "support",
    "做好配合工作": "support",
    "做好配合": "support",
    "予以支持": "support",
    "支持": "support",
    "参与": "support",
    # (taking part, as 参与: 县发改局牵头，县财政局、县商务局参加)
    "参加": "support",
    "协助": "support",
    "协办": "support",
    "协同": "support",
    # (the pair of 主抓: 县发改局主抓，县财政局协抓)
    "协抓": "support",
    # (the pairs of 主责, 主办 and 领衔 written bare, as their labels are: 县发改局主责，县财政局协责;
    # 县发改局主办、县财政局会办; 县发改局领衔，县财政局联动 — found probing, session 76)
    "协责": "support",
    "会办": "support",
    "联动": "support",
    # (overall responsibility, 县政府负总责: responsible, not the lead of the work)
    "负总责": "responsible",
    # (funding it: 县财政局给予资金保障 — its part, as 做好要素保障 is)
    "资金保障": "responsible",
    **_FUNDING,
    # (the role said after 负责: 县财政局负责配合)
    "负责配合": "support",
    # (or before it: 县商务局主要负责，县财政局协助负责 — found probing, session 80)
    "主要负责": "lead",
    "协助负责": "support",
    "负责协助": "support",
    "负责": "responsible",
    "负责落实": "responsible",
    "抓好落实": "responsible",
    "抓落实": "responsible",
    # (or carrying it out: 各乡镇要按照属地原则，抓好组织实施)
    "抓好组织实施": "responsible",
    # (told to do their part: 市医保局按职责做好相关工作)
    "做好相关工作": "responsible",
    "做好有关工作": "responsible",
    "落实": "responsible",
    "承办": "responsible",
    "具体实施": "responsible",
    "具体负责": "responsible",
    # (carrying the work out, after the body coordinating it: 市发改委统筹，市财政局实施;
    # 各县区组织实施)
    "组织实施": "responsible",
    "实施": "responsible",
    "各负其责": "responsible",
    # (carrying it forward together, each its part: 县文广旅局、县农业农村局按照职责分工共同推进)
    "共同推进": "responsible",
    # (or each by its duties, as 按职责分工负责: 区经委、区发改委按职责推进 — batch 610)
    **_BY_DUTIES_FORWARD,
    **_DUTIES_BORNE,
    # (the duty a body bears by its kind or place: 各县（市、区）人民政府落实属地责任, 县应急局负
    # 监管责任, 县住建局落实行业监管责任)
    **_DUTIES_BY_KIND,
    # (takes overall charge, as 牵头抓总: 县发改局抓总，县财政局配合)
    "抓总": "lead",
    # (leads first of all, as 以X为主 does: 县发改局为主，县财政局协助; or plays the lead's part:
    # 县发改局要发挥牵头作用)
    "为主": "lead",
    # (and the others helping, as its pair says: 县科技局为主，县工信局为辅 — found probing,
    # session 61)
    "为辅": "support",
    "发挥牵头作用": "lead",
    "发挥牵头抓总作用": "lead",
    # (answers for a project, as Shaanxi and Gansu assign them: 由县交通运输局包抓; or as
    # Ningxia and Henan do: 由县住建局包保)
    "包抓": "responsible",
    "包保": "responsible",
    # (work handed to a body to handle: 交由县商务局办理, 交县住建局研究办理)
    "研究办理": "responsible",
    "办理": "responsible",
}
_ROLE_WORD_RX = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
_LABEL_RX = ROLE_LABEL
_ANY_ROLE = re.compile(
    rf"(?:{_ROLE_WORD_RX}|{_LABEL_RX}|(?<![\u4e00-\u9fff]){IN_CHARGE_LABEL}[：:]"
    # (or a short label before its colon, opening a bracket or a field: （属地管理：各乡镇；行业
    # 监管：县住建局） — found probing, session 64: the bracket was no note)
    rf"|(?<![\u4e00-\u9fff])(?:{SHORT_LABEL})[：:])"
)
# bracket groups, one level of nesting allowed: 各镇（街道）
_BRACKET = re.compile(r"（((?:[^（）\n]|（[^（）\n]*）)*)(）|$)", re.MULTILINE)
# square brackets hold notes too: 【责任单位：市商务局】, 〔市发改局牵头〕 — one short group of
# 〔〕 inside (【…各镇〔街道〕】, which normalising makes 〔…各镇〔街道〕〕)
_SQUARE = re.compile(
    r"[【〔\[［]((?:[^【】〔〕\[\]［］\n]|〔[^【】〔〕\[\]［］\n]{1,12}〕)*)[】〕\]］]"
)
# a label before a colon, or a role word alone there (牵头：市发改局；配合：市财政局)
# (a label with its two roles parted by a slash too: 牵头单位/配合单位：X/Y)
# (or a label saying who does what, its note's own role words saying how: 责任分工：X牵头，Y配合)
_COLON_LABEL_RX = (
    rf"(?:{SHORT_LABEL})(?:单位|部门)?[/／](?:{SHORT_LABEL})(?:单位|部门)?|{_LABEL_RX}|{SHORT_LABEL}"
    rf"|{DUTIES_LABEL}|{IN_CHARGE_LABEL}"
)
_DUTIES = re.compile(DUTIES_LABEL)
_IN_CHARGE = re.compile(IN_CHARGE_LABEL)
# (or after a dash closing the item: …。——牵头单位：…; or a field's row of a task's card,
# label and value in two cells: 牵头单位\t市经济发展局)
# (or a whole label and 为 or 是 for the colon: 牵头单位为县商务局，配合单位为县发改局)
_LABEL_IS = rf"(?:{_LABEL_RX})[为是](?=[^\s，。；、,;])"
# (after a field or two of another meaning, set apart by spaces: the official in charge by
# name, 分管领导：王建华　责任单位：…; the deadline, 完成时限：2026年12月底　牵头单位：…; or a
# comma: 责任领导：王建华，责任单位：…)
_FIELDS_FIRST = rf"(?:(?!(?:{_COLON_LABEL_RX})[：:])[\u4e00-\u9fff]{{2,8}}[：:][^\s：:，,。；;]{{1,20}}(?:[^\S\n]+|[，,][^\S\n]*)){{0,2}}"
# (or a whole label and full-width spaces for the colon, as a task's card pasted from its
# cells: 牵头单位　县商务局　配合单位　县邮政分公司 — found probing)
_LABEL_SPACED = rf"(?:{_LABEL_RX}) +(?=[^\s，。；、,;])"
# (a mark may stand before the label, as some lists single out the lead's: ★牵头单位：…)
_LABEL_MARK = "[★☆▲△◆◇■□●○※]"
_MARK_BEFORE_NEXT = re.compile(rf"[^\S\n]*{_LABEL_MARK}[^\S\n]*$")
# (the work its bodies are named for may open the sentence: 此项工作牵头部门为X，配合部门为Y —
# batch 1246)
_THIS_WORK = "(?:(?:此|该|本)项(?:工作|任务)的?)?"
_LABELLED_LINE = re.compile(
    rf"(?:^|(?<=[。；—]))[^\S\t\n]*(?:{_LABEL_MARK}[^\S\t\n]*)?{_THIS_WORK}{_FIELDS_FIRST}"
    rf"((?:(?:{_COLON_LABEL_RX})(?:：|\t(?=[^\t\n]+$))|{_LABEL_IS}|{_LABEL_SPACED})[^\n]*)",
    re.MULTILINE,
)
# (the role word may be followed by what the body does: 牵头组织, 牵头实施, 统筹协调)
# (or the part of the work it does, after 做好: 配合做好宣传推介)
_NOTE_ACTS = "(?:组织实施|具体实施|组织|实施|推进|统筹协调|统筹推进|统筹|协调|落实|办理|研究|做好[\u4e00-\u9fff]{2,10}?)"
# (or, after 负责, the part of the work it answers for: 市财政局负责资金保障 — group 3)
_SEGMENT = re.compile(
    rf"(.*?)(?:({_ROLE_WORD_RX})(?:单位|部门)?{_NOTE_ACTS}?|(负责)[\u4e00-\u9fff]{{2,10}}?)"
    # (or 牵头 run into the next body's name, the comma lost: X牵头市科技局配合 — batch 1130)
    r"(?=$|[，；。、,;\s）/／]|(?<=牵头)[市县区镇乡省州盟旗各])"
)
# a line naming a working group's members (成员单位：…, 成员部门：…)
_MEMBERS_LINE = re.compile(
    r"(?:^|(?<=[。；]))[^\S\n]*((?:成员单位|成员部门)[：:][^\n]*)", re.MULTILINE
)
_LABELLED = re.compile(
    rf"({_COLON_LABEL_RX})(?:：|\t)|({_LABEL_RX})(?:[为是]| +)(?=[^\s，。；、,;])"
)
# a clause of a label's list naming bodies with a role word of their own
# (not the bodies of a kind as a class, named by it: 各包保单位, 各有关配合单位)
_CLAUSE_ROLE = re.compile(
    rf"(?<=[^，；,;：])(?<!各)(?<!有关)(?<!相关)({_ROLE_WORD_RX})(?:单位|部门)?[。；]?$"
)
_CLAUSE_SEP = re.compile(r"[（）]|[，；,;]")
_LABEL_AT_END = re.compile(rf"(?:{_LABEL_RX})$")
# a note led by one body working with others: （由X牵头，会同Y、Z推进）
_LED_WITH = re.compile(
    rf"^\s*由([^，,；;：]+?)({_ROLE_WORD_RX})[，,]\s*(?:会同|联合)([^，,；;。：]+?)"
    r"(?:共同)?(?:推进|实施|落实|办理|完成|负责)?[。；]?\s*$"
)
# … or without 牵头, the role word closing it: （由X会同Y、Z负责） (not the county's government,
# 会同县人民政府)
# (联合 as 会同, not a federation's name: 县工商业联合会, 联合体, 县供销合作社联合社)
_JOINING = r"联合(?![会体社])"
_WITH_OTHERS = re.compile(
    rf"^\s*(?:建议)?(?:由|请)?(.+?)(?:要|将)?(?:会同(?!县(?:人民)?政府)|{_JOINING})(.+?)(?:共同)?$"
)
# a label in square brackets, the names after it: 【牵头单位】市审批局【配合单位】市大数据局
# (or a role word alone: 【牵头】市发改委【配合】市财政局)
# (not a mark on the name before it, a list going on after it: 县发改局〔牵头〕、县财政局)
# (or in angle brackets: 〈牵头单位〉X〈配合单位〉Y — found probing, session 64)
_BOXED_LABEL = re.compile(rf"[【〔\[［〈]({_LABEL_RX}|{SHORT_LABEL})[】〕\]］〉]\s*(?![、，,；;])")
# list separators, and brackets (a list is not split inside them)
# (和, 与 or 及 between two bodies, each named whole: 区人才局和区人社局 — not 市发展和改革局;
# 及, 和 or 与 before a collective: 市发改委及相关部门)
# (bodies numbered in their cell part there too: 1.县发改局 2.县财政局, ①县发改局②县财政局; and a
# body joined to a class of others: 县发改局及各镇（街道）)
_SPLIT_OR_BRACKET = re.compile(
    r"[（）〔〕]|[、，,；;/\s|｜]+|(?<=[局委办部院室])[和与及](?=[市县区州盟旗][\u4e00-\u9fff]{1,20}[局委办部院室])"
    # (or a level's own firms as a class: 区国资局及区属国企, 市属国有企业)
    r"|(?<=[局委办部院室心])[及和与](?=(?:其他|[市县区]直)?(?:有关|相关)(?:部门|单位)|各|[市县区]属)"
    r"|(?:^|(?<=[局委办部院室心府队所站司]))\s*(?:\d{1,2}[.．、]|[①-⑳])(?=[\u4e00-\u9fff])"
    # (bodies named, then the class they are of after 等: 战旗村、金星村等各村（社区） — batch 736)
    r"|(?<=[局委办部院室心府队所站司村镇乡])等(?=各(?!有关|相关|其他))"
)
# (the kinds may be two: 县供销社等部门单位, 等部门和单位; or counted: 县发改局等5个部门 — found
# probing, session 62; or each of them: 县文旅局等各有关部门 — session 65)
_TRAILING = re.compile(
    r"等各?(?:有关|相关|其他)?(?:[\d一二三四五六七八九十两]{1,3}个)?(?:(?:部门|单位|机构)[和及、]?){0,2}$|等$"
    # (or the kind of the places named: 六堡镇、狮寨镇等乡镇 — batch 747; or their governments:
    # 川主寺镇、进安镇等乡镇人民政府 — batch 1291)
    r"|等(?:[\d一二三四五六七八九十两]{1,3}个)?(?:乡镇|镇街|街道|镇|乡|村|社区)(?:人民政府|政府)?$"
)
# where an office sits is no part of its name: 市…领导小组办公室（设在市工业和信息化局）
# — nor how the bodies of a list act, in brackets after it: 市工信局（按职责分工负责）
_SITS_AT = re.compile(
    r"（(?:设在[^（）]*|(?:按照?|根据)(?:各自)?(?:职责|职能)(?:分工)?(?:负责|落实)?)）$"
)
# 下同 (and so below) closing a list is no name: （责任单位：各县（市、区）政府，下同）
_SAME_BELOW = re.compile(r"[，,]?\s*[（(]?(?:以)?下同[）)]?\s*$")
# How the bodies act, not who they are: 各县市区政府按职责分工负责, 市财政局共同负责,
# 各镇（街道）按属地负责.
_BY_DUTY = (
    # (双牵头: two leads, as 共同牵头; 总牵头 and 分牵头, the whole's and a part's, lead too)
    # (each doing its own part: 各司其职、协同推进)
    # (or 依: 依职责负责 — found probing, session 62)
    rf"(?:按照?|根据|依据|依照?)(?:各自)?(?:职能)?(?:职责|职能)(?:分工)?|按属地(?:管理)?(?:原则)?|分别|共同|{_JOINING}|按?分工"
    r"|各司其职[、，,]?"
    # (分线, 分头: each its own line of the work — 县发改局、县工信局分线牵头)
    r"|(?:[双总分]|分线|分头)(?=牵头|$)"
    # a principle or a demand they follow: 按照“谁主管、谁负责”的原则
    r"|按照[^，,。；;]{1,24}?(?:原则|要求)"
)
# (what they must do, before the role word: 各县（市、区）要切实抓好落实)
_MANNER = re.compile(
    rf"(?:{_BY_DUTY}|作为|担任|为|是|(?:积极)?予以|(?:要|应|须|需)?(?:切实|认真|积极|主动|全力|密切|具体|全面)?"
    r"(?<=[要应须需实真极动力切体面])"
    # (giving what support: 市财政局给予资金支持; the work it answers for: 是项目建设的责任主体)
    r"|给予(?:资金|政策|要素|经费|资金和政策)?|[是为][^，。；、：\n]{1,20}?的"
    r"|[是为]本(?:辖区|地区|行业))+$"
)
# quoted words (a slogan or a principle: “谁主管、谁负责”) hold no role word of the note
_QUOTED = re.compile(r"“[^“”]*”")
_LIST_TAIL = re.compile(rf"(?:{_BY_DUTY})?(?:负责|落实)?[。；;，,\s｜|]*$")
_OTHER_FIELD = re.compile(r"。|[\u4e00-\u9fff]{2,6}：")
# … the officials answering for the bodies first of all, the names run into the label
# once a cell's lines are joined (区文化旅游体育局责任人：杨帆)
# the posts of officials named in brackets after their bodies (局长李明, 分管副县长：王某某)
_POSTS = (
    "局长|主任|书记|部长|镇长|区长|县长|市长|旗长|州长|处长|科长|站长|所长|院长|行长|经理|组长"
    "|负责人|责任人"
)
_OFFICIAL_BRACKET = re.compile(
    rf"（[\u4e00-\u9fff]{{0,4}}(?:{_POSTS}|领导|联系人)[：:][^（）\n]{{1,12}}）"
)
_OFFICIALS_FIELD = re.compile(r"(?:责任人|负责人|联系人|[\u4e00-\u9fff]{0,3}领导)[：:]")


def _before_other_field(part: str) -> str:
    """A labelled list up to the next field of the note (完成时限：…, 责任人：…)."""
    return _OTHER_FIELD.split(_OFFICIALS_FIELD.split(part, maxsplit=1)[0], maxsplit=1)[0]


# an official answering for a body, in brackets after it, is no part of its name:
# 区农业农村局（马建国）, 区工业和信息化局（局长李明） — a body or a class of bodies in
# brackets is (区委组织部（区委人才办）, 各镇（街道）), and so is what the bodies are
# (县直相关部门（单位）)
_WHAT_BODIES_ARE = frozenset({"单位", "部门", "机构", "单位部门", "部门单位"})
_OFFICIAL_AFTER = re.compile(
    rf"（(?:[\u4e00-\u9fff]{{0,3}}?(?:{_POSTS})[：:]?)?([\u4e00-\u9fff]{{2,3}})）$"
)
# a role marked on one name of a list: 责任单位：市发改局（牵头）、市财政局
# … or a mark after it, its meaning stated once for the document (市发改局*: see
# states_starred_leads)
_STAR_MARKS = "[*＊★☆※]"
_STARRED = re.compile(rf"\s*{_STAR_MARKS}$")
# (or before it: ★区经信局)
_STAR_FIRST = re.compile(rf"^{_STAR_MARKS}\s*")


def _unstarred(name: str, s: int, e: int) -> tuple[str, int, int, bool]:
    """A listed name without its mark (after it or before it), its offsets, and whether it
    was marked."""
    star = _STARRED.search(name)
    if star:
        return name[: star.start()], s, s + star.start(), True
    first = _STAR_FIRST.match(name)
    if first:
        return name[first.end() :], s + first.end(), e, True
    return name, s, e, False


# (or a bracket of duties opening with one: 市人社局（牵头，负责统筹调度）; one saying only what
# the body does, （负责校园招聘）, leaves it the list's role)
# (双, 共同, 总 or 分 before it: 县发改局、县财政局（双牵头） — the run before the mark takes it)
# (or a role said in one character, a task table's shorthand: 县商务局（主）、县财政局（配） —
# found probing, session 80: 主 and 牵 lead, 配 and 协 support)
_MARKED_ROLE = re.compile(
    r"[（〔](?:双|共同|总|分)?(牵头负责|牵头|主责|主办|领衔|配合|协同|协助|协办|参与|负责|落实|主|牵|配|协)"
    r"(?:单位|部门)?"
    r"([，,、；;][^（）〔〕]+|(?<=负责)[^（）〔〕，,、；;]+)?[）〕]$"
)
_ONE_CHARACTER_MARKS = {"主": "lead", "牵": "lead", "配": "support", "协": "support"}


def _marked(word: str) -> str:
    """The role a mark in brackets after a name gives it (牵头, 配合 … or one character)."""
    return _ONE_CHARACTER_MARKS.get(word) or ROLE_WORDS[word]


_ROLE_LABEL_OF = {"lead": "牵头单位", "support": "配合单位", "responsible": "责任单位"}
_WORD_OF = {"lead": "牵头", "support": "配合", "responsible": "负责"}
# A bare note is a whole sentence of ``names + role word`` segments: it ends with a role
# word (and 单位/部门) just before the sentence's stop.
_BARE_STOPS = ("。", "；", ";", "！", "\n")
_BARE_STOP = re.compile("[" + "".join(_BARE_STOPS) + "]")
_BARE_ROLE_WORDS = (
    *_DUTIES_BORNE,
    "牵头负责",
    "负责牵头",
    "负责统筹",
    "牵头抓总",
    "牵总",
    "牵头",
    "统筹协调",
    "统筹",
    "主办",
    "负主责",
    "牵头负总责",
    "主抓",
    "领衔",
    "主要负责",
    "协助负责",
    "承办",
    "负责配合",
    "负责协助",
    "协同配合",
    "协助配合",
    "参与配合",
    "配合",
    "予以支持",
    "负总责",
    "负责",
    "协助",
    "参与",
    "参加",
    "协同",
    "协抓",
    "抓好组织实施",
    "抓好落实",
    "抓落实",
    "支持",
    "做好相关工作",
    "做好有关工作",
    "做好配合工作",
    "做好配合",
    "落实",
    "具体实施",
    "具体负责",
    "共同推进",
    # (a sentence that is wholly a note only, not a bracket's: there 由X会同Y组织实施 is
    # read as the lead and those working with it)
    "组织实施",
    "各负其责",
    "承担",
    *_DUTIES_BY_KIND,
    "抓总",
    "包抓",
    "包保",
    "资金保障",
    *_FUNDING,
    "为主",
    "为辅",
    "主导",
    "发挥牵头作用",
    "发挥牵头抓总作用",
    "研究办理",
    "办理",
    # (found probing: 交由X牵头办理，Y协办; 各乡镇要守土尽责)
    "协办",
    "守土尽责",
    "守土有责",
    "守土负责",
)
# what the last bodies are told to do, after their role word: 各街道负责具体实施, 协同推进,
# or the part of the work they do, after 做好: 县融媒体中心配合做好宣传推介
# (explaining it as well as carrying it out: 负责解释和组织实施 — explaining alone is no work)
# (or, after 配合, the work helped with, named as such: 各乡镇（街道）要积极配合学校建设用地保障工作)
_BARE_ACTS = (
    "(?:(?:解释(?:和|并|及))?(?:具体实施|组织实施|具体落实|实施|落实|推进)|做好[\u4e00-\u9fff]{2,10}?"
    "|(?<=配合)[\u4e00-\u9fff]{2,12}?工作)?"
)
# (责任 only as what a body is named to be: 市水利局为责任单位, 区经委为牵头责任单位, 市住建局
# 为牵头单位, 各区县人民政府是实施主体 — the label's role, read by label_role)
# (or after the work it is named for: 是项目建设的责任主体)
_NAMED_AS_WORDS = (
    "牵头责任",
    "主要责任",
    "第一责任",
    "第二责任",
    "次要责任",
    "责任",
    "牵头",
    "配合",
    "协同",
    "参与",
    "实施",
)
# (its own ground may come between: 各镇（街道）为本辖区第一责任主体)
_NAMED_AS = (
    rf"(?:(?<=[为是的任])|(?<=[为是]本辖区)|(?<=[为是]本地区)|(?<=[为是]本行业))"
    rf"(?:{'|'.join(_NAMED_AS_WORDS)})(?=单位|部门|主体)"
)
_BARE_WORDS = _NAMED_AS + "|" + "|".join(_BARE_ROLE_WORDS)
_NAMED_AS_RX = re.compile(_NAMED_AS)
# (a closing bracket the sentence never opened after the role word: OCR lost the opening
# one, 。县林业和草原局牵头，县农业农村局配合）— the bracket is no part of the note)
# (or before a clause saying what it is for, closing the sentence: 县科技局负责，县工信局等单位
# 配合，确保完成目标任务。 — found probing, session 61)
# (or a body named the one answerable before what it is to do: 各乡镇人民政府是花椒产业发展的
# 责任主体，要明确专人负责，确保… — batch 1161; not 第一责任单位, a lead's label, told more: the
# corpus's 贺兰 has its role from its note)
_BARE_ROLE_END = re.compile(
    opening((*_NAMED_AS_WORDS, *_BARE_ROLE_WORDS))
    + rf"(?:(?:{_BARE_WORDS})(?:单位|部门|主体)?{_BARE_ACTS}\s*(?=[）)]?\s*(?:[。；;！\n]|$)"
    + r"|[，,]\s*(?:确保|力争|按期|按时)[^。；;！\n，,]{2,30}(?:[。；;！\n]|$))"
    + r"|(?<=[为是的])(?:责任|实施)主体(?=[，,]\s*(?:要|须|必须|应当?"
    # (or whose head answers first: …的责任主体，主要负责同志为第一责任人 — batch 1222)
    + r"|(?:党政)?主要(?:负责同志|负责人|领导)(?:为|是|作为))[^。；;！\n]{2,60}"
    + r"(?:[。；;！\n]|$)))"
)
# items named by their numbers (第1—3项任务, 第4项、第5项, 第7、8项工作): see task_references
# (a number as the item's marker writes it: 1, （1）, （一）, 一)
_TASK_NUMBER = (
    r"(?:\d{1,3}|（(?:\d{1,3}|[一二三四五六七八九十]{1,3})）|[一二三四五六七八九十]{1,3})"
)
# (bracketed numbers may stand side by side: 第（一）（二）（三）项)
_TASK_NUMBERS = rf"{_TASK_NUMBER}(?:(?:项?[—\-－–~～至到、和及]第?|(?<=）)(?=（)){_TASK_NUMBER})*"
# (分别: the items and the bodies leading them pair in order, see task_references)
_TASK_WORK = r"(?:任务|工作|措施|举措|事项)?(?:分别)?"
# (the items above, 上述/以上, may go without 第 where bracketed or a range: 上述（一）至（三）
# 项 — not a count, 以上三项 …)
_ABOVE_NUMBERED = r"(?:上述|以上)(?:第|(?=（|[\d一二三四五六七八九十]{1,3}项?[—\-－–~～至到]))"
# (… and a range or a list of numbers may, opening its clause: 1—3项由X牵头, （一）—（三）项由…,
# 1、2项由… — digits or bracketed, not a count: 三项)
_NUMBERED = (
    rf"(?:{_ABOVE_NUMBERED}|第|(?={ITEM_NUMBER}"
    rf"(?:项?[—\-－–~～至到、和及]|(?<=）)(?=（)){ITEM_NUMBER}项))"
)
# (a clause after a comma may open with one too: 第（一）项由X牵头，第（二）项由Y牵头)
TASK_REFERENCE = re.compile(
    rf"(?:^|(?<=[。；;：:\n，,]))\s*{_NUMBERED}({_TASK_NUMBERS})项{_TASK_WORK}由"
)
# A line giving its bodies the items by number (a 职责分工 part): the bodies (group 1) and
# where their clauses start — 市工业和信息化局：负责第1、2项任务，配合第3项任务。
# (or by their markers after 任务, pushed: 牵头推进重点任务（一）, 负责重点任务（三） — batch 916)
_BY_NUMBER_ROLE = (
    r"(牵头负责|负责牵头|牵头|负责|配合|参与|协助)(?:完成|落实|推进)?"
    r"(?:第|(?:重点|主要)?任务(?=[（(]))"
)
# (its role word uncaptured, looked for ahead)
_ROLE_AHEAD = _BY_NUMBER_ROLE.replace("(", "(?:", 1)
# (or the bodies given them in order, 分别: 县工信局、县科技局分别负责第4、5项任务 — group 2;
# or each clause its own bodies with no colon, group 3: 县发改局负责第（一）项；县商务局负责第（二）项;
# an item's marker may open the line: 1.县发改局：负责第一、三项任务 — found probing, session 62)
BODIES_BY_NUMBER = re.compile(
    r"(?:^|(?<=\n))[^\S\n]*(?:(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])[^\S\n]*)?"
    r"([^，,。；;：:、\n（）][^，,。；;：:\n]{1,60}?)"
    # (after a colon the items may follow a duty of its own: 县农业农村局：负责…，牵头推进重点任务（一）)
    + rf"(?:[：:]\s*(?=[^。\n]*?{_ROLE_AHEAD})|(分别)(?={_ROLE_AHEAD})|()(?={_ROLE_AHEAD}))"
)
_BY_NUMBER_KEY = re.compile(_BY_NUMBER_ROLE)


def _bodies_by_number(text: str) -> Iterator[re.Match[str]]:
    """``BODIES_BY_NUMBER``'s matches, looked for only where its role word and 第 are (the
    pattern is slow to fail: it reads a name from every line's start)."""
    return BODIES_BY_NUMBER.finditer(text) if _BY_NUMBER_KEY.search(text) else iter(())


_BY_NUMBER_CLAUSE = re.compile(
    _BY_NUMBER_ROLE + rf"(?:(?<=第)({_TASK_NUMBERS})项{_TASK_WORK}|(?<!第)({_TASK_NUMBERS}))"
)
# the bodies a reference's 由 names first, before their role: 由X、Y、Z牵头
# (分别 may follow the bodies instead: 第1、2项由X、Y分别牵头 — group 2)
_RESPECTIVE_LEADS = re.compile(
    r"([^，,。；;：\n]{2,80}?)(分别)?(?:牵头负责|负责牵头|牵头|负责|主抓|领衔)"
)
# the work a sentence giving the roles names before its 由: 此项工作由X牵头，Y配合。
# parts named by their ordinals (第一部分工作由…): see part_reference
# (or by their titles in quotes: “产业发展”方面的任务由…)
_PART_ORDINAL = r"[一二三四五六七八九十]{1,3}|\d{1,2}"
_PART_TITLE = r"[^“”\n。；;]{2,20}"  # (a title, no sentence)
_OF_PART = r"(?:的)?(?:工作|任务|内容)?"
_PART_WORK = rf"(?:第(?:{_PART_ORDINAL})部分|“{_PART_TITLE}”(?:方面|部分)?){_OF_PART}"
# (group 1 the part's ordinal, group 2 its quoted title)
PART_REFERENCE = re.compile(
    r"(?:^|(?<=[。；;：:\n]))\s*(?:上述|以上)?"
    rf"(?:第({_PART_ORDINAL})部分|“({_PART_TITLE})”(?:方面|部分)?){_OF_PART}由"
)
# What a meeting decided, opening the clause that gives the work out (minutes: 会议要求，X牵头，
# Y配合; 会议同意由X负责组织实施)
_DECIDED = (
    r"(?:(?:会议|会上)[，,]?)?(?:原则)?"
    r"(?:(?:要求|强调|明确|指出|同意|决定|议定|研究决定|确定)[，,：:]?\s*"
    # (or the body taken as the lead: 以县发改局为牵头单位 — found probing, session 81: the lead
    # was lost)
    r"|以(?=[^，,。；;\n]{2,60}?为(?:牵头|配合|责任|实施)(?:单位|部门|主体)))"
)
_WORK_BY = (
    r"(?:(?:备)?注[：:]\s*)?"
    r"(?:具体|(?:此项|该项|这项|本项)(?:工作|任务)?|(?:此|该|这|本)(?:工作|任务)|(?:上述|以上|各项)(?:工作|任务)均?"
    # (or all of it above: （以上均由市能源局负责，…配合） — batch 1555, read as part of the name)
    r"|(?:上述|以上)均"
    # (the items before, by their count: 以上两项由X负责, 上述3项任务)
    r"|(?:上述|以上)[一二两三四五六七八九十\d]{1,2}项(?:工作|任务)?"
    # (an article or a measure of a policy: 本条措施由县商务局负责组织实施, 本措施由…)
    r"|(?:本|此|该)(?:条|款)(?:措施|政策|规定)?|(?:本|此|该)(?:项)?(?:措施|政策|规定)"
    rf"|{_NUMBERED}{_TASK_NUMBERS}项{_TASK_WORK}|(?:上述|以上)?{_PART_WORK}"
    # (or the work named: 考核工作由县商务局牵头，…配合; a policy's handling: 政策兑现由…,
    # 资金拨付由…, 项目验收由…)
    r"|[\u4e00-\u9fff]{2,8}(?:工作|任务)"
    r"|[\u4e00-\u9fff]{0,6}(?:兑现|拨付|审核|验收|受理|评审|认定|核查))?由"
)
# (after what was decided: 明确X为牵头单位; a 、 may part the clauses: 由X负责、Y配合; the work
# asked of a body or handed to it: 请X予以支持, 交由X办理, 交X研究办理, 委托X组织实施)
# (or proposed to it: 建议由X牵头 — found probing, 建议由 had been read as part of the name)
_HANDED_TO = r"(?:建议由?|请|委托|责成|交由|交(?=[\u4e00-\u9fff]{2,30}?(?:研究)?办理))"
_BARE_SEGMENT = re.compile(
    rf"\s*(?:{_DECIDED})?(?:{_HANDED_TO})?(?:{_WORK_BY})?(.+?)({_BARE_WORDS})(?:单位|部门|主体)?{_BARE_ACTS}"
    r"\s*(?:[，,；;、]|$)"
)
# a numbered paragraph's or item's marker before the bodies opening it (三、你局要会同县财政局…,
# （一）请县融媒体中心负责…, 2.请…)
_PARAGRAPH_MARKER = (
    r"[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
)


# A note opening the sentence of the work it assigns:
# 由市交通运输局牵头，会同市公安局、市城市管理局，打通…; 市商务局牵头，市财政局配合，举办….
# (由 may open a clause after one saying when or why: 1月15日至1月25日，由X牵头，会同Y…)
_LEADING = re.compile(
    r"(?:^|(?<=[。；;\n])|(?<=[，,])(?=\s*(?:"
    + _DECIDED
    + r")?由))\s*"
    # (an item's marker may open it: 一、请X牵头，Y配合，3月底前完成… — batch 1029)
    + rf"(?:(?:{_PARAGRAPH_MARKER})\s*)?"
    + rf"(?:{_HANDED_TO})?"
    # (an answer's label opening its text: 答：政策兑现由X牵头，Y配合)
    + r"(?:答[：:]\s*)?"
    + f"(?:{_DECIDED})?(?:{_WORK_BY})?"
    # (the lead may be named as the lead body: X作为牵头单位，会同Y…; X为牵头单位，Y配合，…)
    + r"([^，,。；;：\n]{2,60}?)(?:要|应|将)?(?:作为|担任|为|是)?"
    # (coordinating it as leading it: 由X统筹，Y、Z具体负责，年内完成… — batch 695)
    + r"((?:牵头负责|负责牵头|牵头|主责|主办|主抓|领衔|统筹协调|统筹|发挥牵头(?:抓总)?作用)(?:单位|部门)?"
    # (or the body carrying it out, the others helping: X具体承办，Y积极参与，…)
    + r"|具体承办|具体负责"
    # (or the body answering for it, when others help it: 由X负责，Y、Z配合，年内完成… — batch 983)
    + r"|负责(?=[，,]\s*(?!会同|联合)[^，,。；;：\n]{2,80}?(?:积极|全力|密切|主动)?(?:配合|参与|协助)[，,]))"
    + r"[，,]\s*"
    # (or carrying it out: 由X牵头，Y、Z具体实施，…; helping as they do: 积极参与, 密切配合)
    r"(?:(?!会同|联合)([^，,。；;：\n]{2,80}?)(?:积极|全力|密切|主动)?"
    r"(配合|参与|协助|具体实施|负责实施|具体负责)[，,])?"
)
# (its role words: only the sentences holding one are scanned, see ``runs_with``)
_LEADING_KEYS = re.compile("牵头|主责|主办|主抓|领衔|统筹|具体承办|负责")
_AFTER_LEAD = re.compile(r"[，,]\s*(?:要|应|将)?(?:会同|联合)")


# The bodies opening a clause, before what they are told to do (group 1)
def _clause_bodies(opened_by: str = "。；;，,\n", *, passive: bool = False) -> str:
    """The pattern of bodies opening a clause — after one of ``opened_by`` or the text's start;
    ``passive``: or after 由, what is to be done named first (实施细则由X…)."""
    return (
        rf"(?:^|(?<=[{opened_by}]))\s*(?:{_PARAGRAPH_MARKER})?\s*(?:{_HANDED_TO})?"
        + (r"(?:[^，,。；;：\n（）]{0,12}(?<![自理经])由)?" if passive else "")
        + f"(?:{_DECIDED})?(?:{_WORK_BY})?"
        + r"([^，,。；;：、\n（）][^，,。；;：\n]{1,60}?)"
    )


_CLAUSE_BODIES = _clause_bodies()
# A body doing the work together with others, without 牵头 (it leads; those after 会同
# support): 市农业农村局会同市财政局、市自然资源局制定…; 市商务局要会同市供销社建设….
# (a bracket may open it: （由市发改委会同市工信局组织实施）)
# (or after what they are to do, in the passive: 具体实施细则由区经信局会同区财政局另行制定)
_TOGETHER = re.compile(
    _clause_bodies("。；;，,\n（(", passive=True) + rf"(?:要|将|应|需|负责)?(?:会同|{_JOINING})"
)
# … or after its own duty, in the clause before (市经济和信息化局负责项目申报、评审和监督管理，
# 会同市财政局制定年度资金使用计划)
# (or told to carry out its lead's duty: 县工业和信息化局要切实履行牵头职责，会同有关部门… — batch 1227)
_DUTY_THEN_TOGETHER = re.compile(
    _clause_bodies("。；;\n（(")
    + r"(?:要|应|将|须)?(?:切实|认真|全面)?(?:履行|承担|发挥|落实)?(?:具体)?(?P<duty>牵头负责|负责|牵头)"
    + r"[^，,。；;\n]{1,60}[，,]\s*(?:会同|联合)"
)
_TOGETHER_LIST = re.compile(r"[^，,。；;：\n]{2,120}")
# … or supported in the clause after its duty (区发改委要牵头做好项目调度，区财政局配合，确保…)
_DUTY_THEN_SUPPORT = re.compile(
    _clause_bodies("。；;\n（(")
    + r"(?:要|应|将|须)?(?:具体)?(?:牵头负责|负责牵头|牵头|负责)[^，,。；;\n]{1,60}[，,]\s*"
    + r"([^，,。；;：\n（）]{2,60}?)(配合|协助|参与)(?=[，,。；;]|$)"
)
# Bodies told to help another body do its work, in a clause of their own: 县财政局、县人社局配合
# 县工业商务和信息化局做好项目资金和用工保障 (batch 1176's sequel, 1191) — they support, the body
# whose work it is leads (it had read the helped body as part of a name after 配合, all responsible)
_HELPING = re.compile(
    _clause_bodies("。；;，,\n")
    + r"(?:要|应|将|须|需)?(?:积极|主动)?(配合|协助)"
    + r"([^，,。；;：、\n（）]{3,30}?)(?=(?:做好|抓好|开展|推进|完成|落实|实施|办理)[\u4e00-\u9fff])"
)
# Bodies each given their part of the work in a clause of their own (a 职责分工 paragraph):
# 市财政局负责资金保障；各镇（街道）负责辖区内项目实施 — not officials (负责同志, 负责人)
# nor a duty described (政府负责的工作机制).
# (explaining the document is no work of a measure: 本政策由区经济和信息化局负责解释)
# (led as well: 市发改委要牵头做好项目谋划)
_DUTY = re.compile(
    _CLAUSE_BODIES
    # (not the lead one of a kind of institution: 以…人民医院为牵头医院 — batch 1304)
    + r"(?:要|应|将|须|需)?(?:具体|全面)?(牵头负责|负责牵头|牵头(?!医院|企业|学校|高校|院校|机构)"
    # (answering for the whole's coordination, closing its clause: 区商务局负责统筹 — batch 1482)
    + r"|负责统筹(?:协调)?(?=[，,。；;\n]|$)|负责|负总责|承办"
    # (told to do its part, or to fund it: 市自然资源局做好要素保障, 市财政局统筹安排建设资金)
    + r"|做好|(?:足额|统筹|及时)?(?:安排|保障|拨付|筹措)(?=[^，,。；;\n]{0,20}?(?:资金|经费))"
    # (or to spend more on it: 县财政局要加大资金保障力度)
    + r"|加大(?:资金|财政|经费)(?:保障|投入|支持)"
    # (or to secure its means: 县财政局要强化资金保障, 县自然资源局要强化用地保障 — found probing,
    # session 61)
    # (or to see it secured: 县财政局要落实资金保障 — batch 648)
    + r"|(?:强化|加强|落实)(?:资金|经费|要素|用地|用能|人才)保障"
    # (or named the body answering for it, in a clause of its own before another body's part:
    # 县农业农村局为责任主体，县财政局做好资金保障)
    + r"|(?:作为|为|是)(?:责任|实施)(?:主体|单位)(?=[，,]))"
    # (not 负责人 or 负责同志, officials — but 负责人才引进 is the work of bringing in talent;
    # nor overseeing the work, no role: 市政府督查室负责督导)
    + r"(?!人(?!才))(?!的)(?!同志)(?!解释|对本)(?!单位|部门)(?!督导|督办|督查)(?=[\u4e00-\u9fff]"
    # (or closing its clause before another body's oversight: 村党支部负责，村务监督委员会全程监督;
    # or before the work it answers for, in the sentence's next clause: 三是拓展销售渠道，
    # 市商务局负责，发展冷链物流)
    + r"|[，,][^，,。；;\n]{2,30}?(?:监督|督导|督办|督查)(?:[。；;\n]|$)|(?<=负责|主体|单位)[，,]|(?<=保障)(?:[，,。；;\n]|$)"
    # (overall responsibility in a clause of its own before others' parts: 市文旅局负总责，市公安局、
    # 市应急管理局做好安全保障 — batch 1174)
    + r"|(?<=负总责)[，,])"
)
# (see ``runs_with``)
_DUTY_KEYS = re.compile(
    "牵头|负责|负总责|承办|做好|安排|保障|拨付|筹措|加大|(?:责任|实施)(?:主体|单位)"
)
# … or a duty borne in a clause of its own, the sentence going on (各煤矿企业落实安全生产主体责任，
# 全年不发生…; 各乡镇落实属地责任，确保…): responsible
_DUTY_BORNE = re.compile(
    _CLAUSE_BODIES
    + r"(?:要|应|须|需)?(?:切实|严格|认真|全面)?("
    + "|".join(sorted(_DUTIES_BY_KIND, key=len, reverse=True))
    # (in a field the lexicon does not list: 各乡镇（街道）要落实人才工作主体责任 — batch 647)
    + r"|(?:落实|履行|承担|扛起|扛牢)[\u4e00-\u9fff]{2,8}?(?:主体|属地|监管|直接)(?:责任|职责)"
    + r")(?=[，,。；;\n]|$)"
)
_BORNE_KEY = re.compile("责任|职责")
# … or the body whose duties a list after a colon gives (a bureau's 三定: 县商务局主要职责是：,
# the items under it naming none): responsible
_DUTIES_LISTED = re.compile(
    _CLAUSE_BODIES + r"(?:的)?(?:主要)?(?:职责|职能)(?:是|为|如下|包括)?[：:]\s*$", re.M
)
# … or the bodies a meeting charges with the work (minutes: 责成县农业农村局抓好方案落实): each
# name ends with a body's word, and the list with the last of them
_CHARGED_NAME = (
    r"[^，,。；;：\n、（）]{2,30}?(?:局|委|办|中心|政府|管委会|公司|站|所|队|院|部|室|社)"
)
_CHARGED = re.compile(rf"责成((?:{_CHARGED_NAME}[、和及与])*{_CHARGED_NAME})")
# … or an office housed in a body, then given its duty: 县“无废城市”建设领导小组办公室设在县生态
# 环境局，负责统筹协调 (the office answers for it; the body it sits in is given no work) — an
# office named by its group's name, not bare (领导小组办公室设在…, the group's named before it: no
# body named)
_SITS_THEN_DUTY = re.compile(
    _CLAUSE_BODIES + r"设在[^，,。；;\n]{2,30}?[，,]\s*(?:具体)?(负责)(?=[\u4e00-\u9fff])"
)
# … or a body answering for a field's work as a whole: 各乡镇人民政府对本辖区地质灾害防治工作负总责
_ANSWERS_FOR = re.compile(
    _CLAUSE_BODIES
    + r"(?:要|应|须)?对[^，,。；;\n]{2,30}?负(?:总|全面|主体|直接)?责(?:任)?(?=[，,。；;\n]|$)"
)
_BARE_OFFICE = re.compile(r"^(?:工作)?(?:领导小组|专班|指挥部)?办公室$")
# … or the body a choice is left to, in a clause of its own, what is chosen perhaps named first:
# （由县枸杞产业发展服务中心确定，不超过20人）, 补助对象由县农业农村局审核确定 — responsible
_CHOSEN_BY = re.compile(
    r"(?:^|(?<=[。；;，,\n（(]))\s*(?:[^，,。；;：\n（）]{0,12}(?<![自理经])由)"
    rf"((?:{_CHARGED_NAME}[、和及与])*{_CHARGED_NAME})"
    r"(?:研究|审核|统一)?(?:确定|审定|选定|遴选)(?=[，,。；;）)\n]|$)"
)
# … or the body an investigation's report proposes should act (建议由市应急管理局依法对施工单位处以
# 罚款) or hands a matter to (问题线索移交市纪委监委处理) — responsible
_PROPOSED_BY = re.compile(
    rf"建议由((?:{_CHARGED_NAME}[、和及与])*{_CHARGED_NAME})(?=依法|依规|依纪|对|给予|予以)"
)
_HANDED_OVER = re.compile(
    rf"移交((?:{_CHARGED_NAME}[、和及与])*{_CHARGED_NAME})(?:依法|依规|依纪)?(?:处理|调查|审查|查处)"
)
# … or the body a task is led by first of all: 以区科委为主，区经委、区数据局参与
_LED_BY = re.compile(r"(?:^|(?<=[。；;\n]))\s*以([^，,。；;：\n]{2,60}?)为主[，,]")
# an item's marker opening its line or clause: 1. / 1、 / （一） / (1)
_ITEM_MARKER = r"(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])"
# … or in a line of duties opening with its body and a colon (职责分工: 1.市工业和信息化局：
# 牵头负责…; 3.市大数据局：配合做好…), the duty's first word its role
_DUTY_WORD = r"(?:主要|具体)?(牵头负责|牵头|负责|配合|协助|协同|参与)"
_DUTY_LINE = re.compile(
    r"(?:^|(?<=\n))\s*" + _ITEM_MARKER + r"?\s*"
    r"([^，,。；;：:、\n（）][^，,。；;：:\n]{1,40}?)[：:]\s*" + _DUTY_WORD + r"(?=[\u4e00-\u9fff])"
)
_DUTY_OPENING = re.compile(r"^\s*" + _DUTY_WORD)


def duty_of_a_body(line: str) -> bool:
    """Whether a line gives a body, or a class of bodies, its duty after a colon (区应急管理局：
    负责…; 各乡镇人民政府、街道办事处：负责…) — a line of a duties part, not a label of its own."""
    m = _DUTY_LINE.match(line)
    return m is not None and all(
        _looks_like_department(n) for n in _split_outside_brackets(m.group(1))
    )


# … or a task named by the bodies that lead it, in a phrase before it (a bulletin on the
# tasks' progress): 市工业和信息化局牵头的…任务, 市商务局牵头、市发展改革委配合的…任务
_ATTRIBUTIVE = re.compile(
    r"(?:^|(?<=[。；;，,\n]))\s*" + _ITEM_MARKER + r"?\s*"
    r"([^，,。；;：、\n（）][^，,。；;：\n]{1,60}?)"
    + r"(牵头|负责)(?:[、，]([^，,。；;：\n（）]{2,60}?)(配合|参与|协同|协助))?的"
    + r"(?=[^，,。；;\n]{1,30}?(?:任务|工作|项目|事项)(?:[，,。；;\n]|$))"
)


def duty_role(duty: str) -> str | None:
    """The role a body's duty opens with: 牵头负责… leads, 负责… is responsible, 配合…
    supports (a row of a table of bodies and their duties)."""
    m = _DUTY_OPENING.match(duty)
    return ROLE_WORDS[m.group(1)] if m else None


# a bracket closing its sentence: followed by a stop, a line end or the text's end
# a bracket of the time a bracket of bodies is due in, ending the sentence after it:
# （市发改委、市财政局）（2026年底前完成）
_TIME_BRACKET = re.compile(
    r"（[^（）\n]{0,12}(?:\d{4}年|年底|年内|月底|长期|持续)[^（）\n]{0,12}）[。；;]?\s*(?:\n|$)"
)
# a dash after a sentence's stop (or a bracket) opening the rest of the line: a note closing its
# item, as …。——牵头单位：… is; or a dash opening a line that is wholly a note, under its item
# (a list's item opening with a dash, ——地区生产总值增长5.5%左右, is no note: it names no body;
# nor a range's dash, （一）—（三）项由…, its items' numbers on each side)
_DASH_NOTE = re.compile(
    r"(?:(?<=[。；;！!）)])|^)[^\S\n]*(?:—{1,2}|－{1,2}|-{2})[^\S\n]*"
    rf"(?!{_TASK_NUMBERS}项)([^\n—]+?)[。；;]?[^\S\n]*$",
    re.MULTILINE,
)
_ENDS_SENTENCE = re.compile(r"[。；;]?\s*(?:\n|$)|[。；;]")
_BARE_NAME_END = re.compile(
    r"(?:镇街|镇街区|县市区|县级市|部门|单位)$"
    # every county or district (各县（市、区）, its bracket aside), every town
    r"|^各(?:县|区|市|乡|镇|乡镇|街道|县区|区县)$"
    # every firm of a kind, bearing its own duty (各煤矿企业落实安全生产主体责任)
    r"|^各[\u4e00-\u9fff]{0,8}企业$"
)
# Bodies named by their own proper name: 青州经济开发区管委会, 中国移动寿光分公司,
# 人民银行兰山支行, 青州海关.
# Streets and towns too: 通济街道, 环秀街道办事处, 龙泉镇人民政府.
_BARE_PROPER_END = (
    "管委会",
    "分局",
    "支局",
    "公司",
    "办公室",
    "委员会",
    "支行",
    "分行",
    "海关",
    "街道",
    "街道办事处",
    "镇人民政府",
    "镇政府",
    # (a college or university working with a bureau: 县人社局联合宁德职业技术学院…)
    "学院",
    "大学",
    # (a research institute or a group company named by its place: 敦煌研究院, 敦煌文旅集团 —
    # batch 726)
    "研究院",
    "研究所",
    "集团",
    # (a dry port named by its city: 赣州国际陆港)
    "陆港",
)
# a village's own bodies, named bare in its plan (村委会, 村党支部, 村妇联) — not its cadres or
# villagers (村干部, 村民). The work team stationed in the village (驻村工作队) is a body only in
# the village's own plan: in a district's it names the teams of every village (the corpus's 乃东).
_STATIONED_TEAM = re.compile(r"驻村工作(?:队|组)")
_VILLAGE_BODY = re.compile(
    r"^村(?:民委员会|委会|委|党支部|党总支|党委|妇联|团支部|民兵连|务监督委员会|监委会"
    r"|(?:集体)?(?:股份)?经济合作社|合作社)$"
)
# a town's body named by the town (乌鲁却勒镇劳动保障所, 城关镇财政所), not the town's villages
_TOWN_BODY = re.compile(
    r"^(?![\u4e00-\u9fff]{0,4}[各全本该每])[\u4e00-\u9fff]{2,5}?(?:镇(?!街)|乡(?!镇)|街道)"
    r"(?=[\u4e00-\u9fff]{2})(?![\u4e00-\u9fff]*?(?:村|社区)$)"
)
# a central body's local branch: 国家税务总局青州市税务局, 国家金融监督管理总局平度监管支局
_CENTRAL_BRANCH = re.compile(r"^国家(?!级)[\u4e00-\u9fff]{2,12}?总局[\u4e00-\u9fff]{2,}")
_BARE_VERB_START = re.compile(
    r"(?:确保|要|请|应|需|并|及时|积极|主动|加强|做好|督促|推动|协调|指导|组织|会同|联合|统筹"
    # (a heading's work, set on a line of its own: （一）建设区域医疗中心, 完善县域商业网点布局 —
    # its 区域 and 县域 no place, its 中心 and 布局 no body's)
    r"|建设(?!银行)|完善|推进|打造|提升|实施|培育|优化|强化|深化|健全|构建|扩大|促进|开展|做强"
    r"|壮大|加快|落实|规范)"
)
_BARE_COLLECTIVE_START = (
    "各",
    "市直",
    "县直",
    "区直",
    "州直",
    "盟直",
    "旗直",
    "有关",
    "相关",
    "其他",
    "市",
    "县",
    "区",
)
# (not after a national administration, whose local bureau is named after it:
# 国家税务总局盐城市税务局; nor inside a zone's name before its committee:
# 临空经济核心区管委会, whose 核心 is no 中心)
# (not before a branch naming its place: 白山市生态环境局抚松县分局 is one body; nor inside
# 社会, nor after a party's working committee, whose merged body's name follows it without a
# separator: 区委社会工委区民政局 and 区委教育工委区教委 are one body each, as Beijing writes them)
# (会 closes a body's name as 协会, 商会, 工会, 委员会 … do, not a city's: 四会市人民政府 — batch 1267)
_LOST_SEP = re.compile(
    r"(?:(?<=[局委办部院司所队站室）])|(?<=中心)|(?<=[协商工学员合事进委究金]会))(?<!总局)(?<!社会)(?<!工委)"
    r"(?![\u4e00-\u9fff]{1,4}[市县区旗]分局)"
    # (nor between a firm and its branch: 中国邮政集团有限公司宁陵县分公司 is one body — batch 1320)
    r"(?!(?<=公司)[\u4e00-\u9fff]{1,5}?[分支]公司)"
    # (nor inside 办公室 before a name of the level's: 区政府办|公室区级各部门 is 区政府办公室, 区级…)
    r"(?!公[室厅])"
    # (nor before the units of the body it names: 县安委会各成员单位 is one collective)
    r"(?!各(?:成员)?(?:单位|部门))"
    # (a place of two characters before its level — not a town's 市场 station: 南浔区市场监督管理局
    # 善琏市场监督管理所 is one body, the bureau's station in 善琏 — batch 1037)
    r"(?=(?:市|县|区(?!管委会|管理委员会|党工委|工委)|州|盟|旗|各"
    r"|[\u4e00-\u9fff]{2}(?:市(?!场)|[县区州盟旗])))"
)
_COLLECTIVE = re.compile(
    r"有关|相关|^各|和各|[直属关]各|^[市县区镇乡]属|[市县区州盟旗镇乡]直|其他|所属|全体|^属地"
    # (the units of a body or a group, 县领导小组各成员单位, 县政府各部门; those stationed in the
    # county, 驻县各单位)
    r"|各(?:成员)?(?:单位|部门)$|^驻[市县区]"
    # (those within the county or across it: 县内各银行业金融机构, 全县各金融机构, 辖区内各企业)
    r"|^(?:[市县区旗镇乡]内|全[市县区旗镇乡]|辖区?内?|域内)各"
    # (those of a level: 县级各行政执法部门, 市级各有关部门 — batch 701)
    r"|^[省市州县区旗镇乡]级各"
    # (the bodies in charge of a class of others: 招聘单位主管部门, 行业主管部门, 项目主管单位)
    r"|主管(?:部门|单位)$"
)
_IN_CHARGE_OF_A_CLASS = re.compile(r"[\u4e00-\u9fff]{2,6}主管(?:部门|单位)")
# a party committee or a government before another's 各部门, said once for both: 县委、县政府各部门
_HEAD = r"[市县区旗](?:委|政府|人民政府)"
_HEAD_ALONE = re.compile(rf"^{_HEAD}$")
_HEADS_UNITS = re.compile(rf"^{_HEAD}各(?:部门|单位)$")
_DEPT_SUFFIX = BODY_NAME_END
_PLACE_PREFIX = re.compile(r"^([\u4e00-\u9fff]{2,4}?(?:[省市县区旗]|[州盟](?![市县区])))(.+)$")
_TOWN_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2})")
_NOT_PLACE = ("开发区", "高新区", "试验区", "市场", "市委", "市直", "区域")
# a national administration before its local bureau (国家税务总局盐城市税务局)
_NATIONAL_LINE = re.compile(r"^国家税务总局(?=[\u4e00-\u9fff]{2,8}?[省市县区州盟旗]税务局$)")
# A department's own divisions, named bare in its documents: 对外贸易处, 医政医管科, 办公室,
# 机关党委 (a county bureau's 股 too)
_NATIONAL_BY_PLACE = re.compile(
    r"^[\u4e00-\u9fff]{2,5}?(?:海关|出入境边防检查站|边防检查站|边检站)(?!局)"
)
# … and its office stationed in a county: 石家庄海关驻白沟办事处
_NATIONAL_OFFICE = re.compile(_NATIONAL_BY_PLACE.pattern + r"驻[\u4e00-\u9fff]{2,6}?办事处")
# a county's own development zone named bare, as its committee acts for it: 经济开发区, 高新区
_OWN_ZONE = re.compile(r"(?:经济技术|经济|高新技术产业|高新技术|高新)开发区|高新区|经开区")
# bodies named on their own, of no county's: the nation's (国家发展改革委, 国务院办公厅, 财政部)
# and universities and colleges named in full (西北农林科技大学, 许昌陶瓷职业学院)
_NAMED_ON_ITS_OWN = re.compile(
    r"^(?:国家|国务院|中共中央|中央(?!苏区)|全国)[\u4e00-\u9fff]{2,}"
    r"|^(?:财政|商务|工业和信息化|农业农村|科学技术|科技|教育|自然资源|生态环境|交通运输|水利"
    r"|文化和旅游|人力资源(?:和)?社会保障|住房(?:和)?城乡建设|应急管理|民政|公安|司法|外交"
    r"|退役军人事务)部$"
    r"|^[\u4e00-\u9fff]{2,}(?:大学|(?<!科)学院)$"
)
_DIVISION = re.compile(r"(?:处|科|股|室|机关党委|机关纪委)$")
# the issuers whose documents name their own divisions (not a government's or its office's)
_HAS_DIVISIONS = ("bureau", "commission", "centre", "branch bureau")
# (州: an autonomous prefecture, 恩施州; 盟: a league; 旗: a banner — Inner Mongolia's
# prefecture and county)
LEVEL_PREFIXES = ("市", "县", "区", "镇", "乡", "旗", "州", "盟")
# words opening with a level's character that are no level: 市场监管所 is not 市 + 场监管所
_NOT_A_PREFIX = ("市场", "区域", "县域", "镇街")
# a town's or a street's name: a body named by a town's name (凤凰派出所 in a 凤凰镇 document) and
# a town named as its county is (延庆镇 in 延庆区's) are the jurisdiction's, not named on their own
_TOWN_NAMED = re.compile(r"(?:镇|乡|街道|街道办事处)$")
# a zone named by its kind alone (no name of its own before it): 新区发改局 in a 青岛市西海岸新区
# document, 示范区科技局 in 杨凌示范区's, 产业集聚区管委会
_BARE_ZONE = re.compile(
    # (or an experimental zone's: 实验区交通与建设局 in 平潭综合实验区's — batch 1239)
    r"^(?:新区|示范区|实验区|产业集聚区|集聚区|工业园区|产业园区|工业区|园区|保税区)(?=.)"
)
# (a 州 or 盟 before 市/县/区 is part of a name: 莱州市, 滕州市)
_LEVELS = re.compile(
    r"[\u4e00-\u9fff]+?(?:自治县|自治州|省|市|县|区|旗|[州盟](?![市县区]))"
    # (a town or street closing the chain: 张家港市凤凰镇, 杭州市上城区湖滨街道)
    r"|[\u4e00-\u9fff]{2,}?(?:镇|乡|街道)(?=$|[\u4e00-\u9fff]{2,6}?村$)"
    # (and a village closing it, its plan's: 阿瓦提县乌鲁却勒镇阿依巴格村)
    r"|[\u4e00-\u9fff]{2,6}?村$"
)
_PROVINCE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|自治区)(?=.)")
_PROVINCE_ALONE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|自治区)")


@dataclass(frozen=True)
class RoleItem:
    role: str  # lead, support, responsible
    surface: str  # the department as written
    start: int  # offsets into the text given to find_notes
    end: int
    collective: bool = False
    starred: bool = False  # marked with an asterisk after its name (市行政审批局*)
    marked: bool = False  # its role marked in a bracket after its name (市发改局（牵头）)
    # its name's ending written once for it and others after the last (移动 of 移动、联通、电信公司:
    # its surface 移动公司, its offsets its own words)
    shared: bool = False


@dataclass(frozen=True)
class Note:
    start: int
    end: int
    items: tuple[RoleItem, ...]
    # the note says the first body it lists leads: for itself ("this") or, with 下同, for
    # the notes after it too ("below")
    convention: str | None = None
    # the note is the opening words of the sentence whose work it assigns (由X牵头，会同Y，
    # 打通…; X会同Y建设…; X负责…), not an aside: what follows it is the work
    opens: bool = False


# A statement that bodies answer for every task, written once so no note need list them:
# 以下均需各市州人民政府落实，不再列出 (the State Council's form, closing the first task's note: the
# tasks from there on), 各项任务均需各县市区政府落实，不再一一列出 and 各县（市、区）人民政府为
# 各项任务的责任单位，不再一一列出 (every task). The bodies: group "bodies"; who they are to the
# tasks: the role word or label (落实, 负责, 责任单位 — responsible; 牵头单位, 配合单位).
_NOT_LISTED_AGAIN = r"[，,；;。\s]*(?:以下|下文)?不再(?:一一|逐一|单独|重复)?列(?:出|明|举|示)"
_BODIES_FOR_ALL = r"(?P<bodies>[^，,。；;：:\n]{2,40}?)"
_FOR_ALL = re.compile(
    r"(?P<scope>以下|下列|下文)?(?:的)?(?:各项|所有|全部|有关)?(?:任务|工作|措施|事项)?(?:均|都|皆|全部)?"
    rf"(?:需|须|由|要|应)\s*{_BODIES_FOR_ALL}\s*(?:负责|具体|贯彻|抓好|组织)?"
    rf"(?P<word>落实|实施|负责|承担){_NOT_LISTED_AGAIN}"
    rf"|{_BODIES_FOR_ALL.replace('bodies', 'bodies2')}(?:均)?(?:为|是)(?P<scope2>以下)?(?:各项|所有|全部|每项)(?:任务|工作|措施|事项)?(?:的)?"
    rf"(?P<label>牵头|配合|责任|主体责任|落实)(?:单位|部门|主体){_NOT_LISTED_AGAIN}"
    # (a table's note saying so without 不再列出: 注：各旗市区人民政府负责本地区各项任务的组织实施
    # — batch 1160)
    rf"|(?<![^\n])[ \t　]*注[：:]\s*{_BODIES_FOR_ALL.replace('bodies', 'bodies3')}\s*(?:负责|承担|抓好)"
    r"(?:本地区|本辖区|辖区内|属地)?(?:的)?(?:各项|所有|全部)(?:任务|工作)(?:的)?"
    r"(?:组织实施|组织落实|具体实施|推进落实|落实)?[。；;]?[ \t　]*(?=\n|$)"
)


_A_NOTE = re.compile(r"注[：:]")


@dataclass(frozen=True)
class ForAll:
    """Bodies a document says answer for every task (``below``: every task from the statement
    on), listed once instead of in each note; offsets into the text searched."""

    items: tuple[RoleItem, ...]
    start: int  # the statement
    end: int
    below: bool


def bodies_for_all(text: str) -> list[ForAll]:
    """The statements of ``text`` that bodies answer for every task (``_FOR_ALL``)."""
    if "不再" not in text and not _A_NOTE.search(text):
        return []
    found: list[ForAll] = []
    for m in _FOR_ALL.finditer(text):
        label = m.group("label")
        role = (
            "responsible"
            if label in (None, "责任", "主体责任", "落实")
            else label_role(label + "单位")
        )
        group = next(g for g in ("bodies", "bodies2", "bodies3") if m.group(g) is not None)
        items = parse_cell(m.group(group), role or "responsible", m.start(group))
        if items and all(_bare_name_ok(i.surface, i.collective) for i in items):
            below = bool(m.group("scope") or m.group("scope2")) or "以下" in m.group()
            found.append(ForAll(tuple(items), m.start(), m.end(), below))
    return found


def _unlisted(text: str) -> str:
    """``text`` with each statement that bodies answer for every task blanked (the same
    length): the notes holding one name no body by it."""
    if "不再" not in text and not _A_NOTE.search(text):
        return text
    return _FOR_ALL.sub(lambda m: " " * len(m.group()), text)


# A drafting convention: of the bodies listed as responsible, the first leads —
# 列第一位的为牵头单位, 排在首位的为牵头单位, 列第一位者为牵头部门, 排名第一的为牵头单位,
# 第一个单位为牵头单位, 牵头单位列首位; 下同
# extends it to the notes below (group 2); it may say what the others are (group 1:
# 其余为配合单位).
_FIRST_LEADS = re.compile(
    # (each of its parts below may open it)
    opening(("。", "，", "；", "注", "各", "上", "以", "责", "列", "排", "位", "第", "牵"))
    + r"(?:[。，；]\s*)?(?:注：)?(?:各项任务|上述|以下)?(?:责任单位中)?"
    r"(?:(?:(?:列|排)(?:在)?(?:第一位|首位)|排名(?:第一位?|首位)|排序第一位?|位列第一|第一个)"
    r"(?:的|者)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)"
    # (or the lead said to stand first: 牵头单位列首位, 牵头单位排在第一位)
    r"|牵头(?:单位|部门)(?:列|排)(?:在)?(?:第一位|首位))"
    r"(?:[，,；;]\s*其[余他](?:的)?(?:单位|部门)?(?:为|是)(配合|协办|参与|协同|责任)(?:单位|部门))?"
    r"(?:[，、]?\s*(下同))?[。；]?"
)


# a line a role's label opens, its list written before what follows: 责任单位：A、B，…
_LISTED_BEFORE = re.compile(rf"[ \t　]*[（(【〔]?(?:{_LABEL_RX})[】〕]?[：:][^\n：:]*[^\s：:，,]")


def _rules_for_all(text: str) -> Iterator[re.Match[str]]:
    """The statements of the first-listed-leads convention that hold for all the document's
    notes: outside any note (注：责任单位中列第一位的为牵头单位), in a note with 下同, or on a
    role label or column (责任单位（列第一位的为牵头单位）) — not after a labelled list on its
    line (责任单位：A、B，列第一位的为牵头单位), which is a note of its own, as in brackets."""
    if "第一" not in text and "首位" not in text:  # (the pattern is slow to fail)
        return
    for m in _FIRST_LEADS.finditer(text):
        # (a note in 【】 is in 〔〕 by now)
        opened = max(text.rfind("（", 0, m.start()), text.rfind("〔", 0, m.start()))
        outside_notes = (
            opened < 0
            or max(text.rfind("）", 0, m.start()), text.rfind("〕", 0, m.start())) > opened
            or _LABEL_AT_END.search(text, 0, opened)  # a column's: 责任单位（列第一位的为牵头单位）
        ) and not _LISTED_BEFORE.match(text, text.rfind("\n", 0, m.start()) + 1, m.start())
        if m.group(2) or outside_notes:
            yield m


def _under_a_table(text: str, at: int) -> bool:
    """Whether the line holding ``at`` comes right after a table's rows (blank lines
    between): a table's footnote, which speaks of the table's columns."""
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            return "\t" in line
        end = start - 1
    return False


def _rules(text: str, notes: bool) -> Iterator[re.Match[str]]:
    """The statements holding for the document's tables (``notes`` false) or for its notes
    too — not a table's footnote (注：责任单位中排在第一位的为牵头单位 under an annex table),
    which speaks of that table's column, not of the notes in the text."""
    return (m for m in _rules_for_all(text) if not (notes and _under_a_table(text, m.start())))


def states_first_leads(text: str, notes: bool = False) -> bool:
    """Whether a document holds the first-listed-leads convention for all its tables' role
    cells, or (``notes``) for its notes too."""
    return next(_rules(text, notes), None) is not None


def first_leads_others(text: str, notes: bool = False) -> str:
    """The role the convention, held for all the tables (or ``notes``), gives the other
    bodies of a list, where it says (列第一位的为牵头单位，其余为配合单位 → "support";
    其他为责任单位 → "responsible"); "" where it does not."""
    return next((_others(m) for m in _rules(text, notes) if m.group(1)), "")


def _others(m: re.Match[str]) -> str:
    """The others' role a statement of the convention gives (group 1), or ""."""
    word = m.group(1)
    return "" if not word else "responsible" if word == "责任" else "support"


# 注：标注*的为牵头单位，其余为配合单位 (the mark in quotes too: 标“*”的) — group 1 the others'
# role word, if said; or 注：加粗的为牵头单位, 标红的为牵头单位 (the Word and HTML readers write a
# body so printed under that rule as 市发改局*); or the mark a bracket (市发改局（牵头）): 标注“牵头”的为牵头单位，其余为配合单位
_OPEN_QUOTE = "[“‘\"'「『]"
_CLOSE_QUOTE = "[”’\"'」』]"
_STARRED_RULE = re.compile(
    r"(?:(?:标注|标有|注有|注明|标明|标|带|加)\s*"
    rf"(?:{_OPEN_QUOTE}?{_STAR_MARKS}{_CLOSE_QUOTE}?|[“\"]牵头[”\"])\s*(?:号|符号|字样)?"
    rf"(?:的|者)|{EMPHASIS_MARK})"
    r"(?:单位|部门)?(?:为|是)"
    r"牵头(?:单位|部门)(?:[，,；;]\s*其[余他](?:的)?(?:单位|部门)?(?:为|是)(配合|协办|参与|协同|责任)"
    r"(?:单位|部门))?"
)


def states_starred_leads(text: str) -> str | None:
    """Whether a document holds that a body marked with an asterisk leads (注：标注*的为牵头
    单位): None if it does not say so, else the role of the others of a list with a mark
    ("support" for 其余为配合单位, "responsible" for 其余为责任单位, "" if it does not say)."""
    # (slow to fail: looked for only where its words are)
    m = _STARRED_RULE.search(text) if "为牵头" in text or "是牵头" in text else None
    if m is None:
        return None
    others = m.group(1)
    return "" if others is None else "responsible" if others == "责任" else "support"


def starred_leads(items: list[RoleItem], others: str | None) -> list[RoleItem]:
    """Under the asterisk rule (``states_starred_leads``), the marked bodies of a list lead
    and the others take the role the rule gives them; a list with no mark is as it was. A
    body whose role a bracket marks (市发改局（牵头）) keeps it, and the unmarked others of its
    list take the rule's role too (标注“牵头”的为牵头单位，其余为配合单位)."""
    if others is None or not any(i.starred or i.marked for i in items):
        return items

    def ruled(item: RoleItem) -> RoleItem:
        if item.starred:
            return replace(item, role="lead")
        if item.marked or not others:
            return item
        return replace(item, role=others)

    return [ruled(i) for i in items]


def first_listed_leads(items: list[RoleItem], others: str = "") -> list[RoleItem]:
    """Under the convention, the first of a list of bodies all responsible leads, and the
    others take the role the convention gives them (``first_leads_others``), if it does. A
    list whose lead a bracket marks (县教育和体育局（牵头）、县住房和城乡建设局) keeps its lead, and
    its unmarked others take that role too."""
    if not items:
        return items
    if others and any(i.marked and i.role == "lead" for i in items):
        if all(i.marked or i.role == "responsible" for i in items):
            return [i if i.marked else replace(i, role=others) for i in items]
        return items
    if any(i.role != "responsible" for i in items):
        return items
    rest = [replace(i, role=others) for i in items[1:]] if others else items[1:]
    return [replace(items[0], role="lead"), *rest]


def _strip_unbalanced(piece: str) -> str:
    """Drop brackets at the ends that have no partner inside: keep 各镇（街道）."""
    while piece.endswith("）") and piece.count("（") < piece.count("）"):
        piece = piece[:-1]
    while piece.startswith("（") and piece.count("（") > piece.count("）"):
        piece = piece[1:]
    return piece


def _split_outside(text: str, separators: re.Pattern[str]) -> list[tuple[str, int]]:
    """``text`` split where ``separators`` (a pattern matching the brackets too) match outside
    brackets, each piece with its offset: 各镇（街道、区） is one."""
    out: list[tuple[str, int]] = []
    depth = last = 0
    for m in separators.finditer(text):
        tok = m.group()
        # (the hexagonal brackets too, as Sichuan's and Zhejiang's notes write them: 各县〔市、区〕)
        if tok in ("（", "〔"):
            depth += 1
        elif tok in ("）", "〕"):
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append((text[last : m.start()], last))
            last = m.end()
    out.append((text[last:], last))
    return out


# a principle the bodies of a list follow, quoted, closing it: 县直有关单位按照“谁主管、谁负责”的原则
# (its 、 no separator of names, its 负责 no role word of theirs)
_PRINCIPLE_AFTER = re.compile(r"(?:按照|根据|依据|坚持)“[^“”]*”的?(?:原则|要求)$")
# a body and those it includes, named in brackets after it: 县农业农村局（含县畜牧兽医中心）
_INCLUDES = re.compile(r"(.+?)（含([^（）]{2,40})）")


def _including(pieces: list[str]) -> list[str]:
    """A list's pieces with a body's bracket of those it includes parted from it, each a name
    of its own (县农业农村局（含县畜牧兽医中心）: both answer); a class's stays its own
    (全县学校（含幼儿园）, 各县（市、区）政府（含开发区管委会）: one class)."""
    out: list[str] = []
    for piece in pieces:
        inc = _INCLUDES.fullmatch(piece)
        included = _split_outside_brackets(inc.group(2)) if inc else []
        if (
            inc is None
            or _COLLECTIVE.search(inc.group(1))
            or inc.group(1).startswith(("全", "各"))
            or not all(_looks_like_department(n) for n in [inc.group(1), *included])
        ):
            out.append(piece)
            continue
        out += [inc.group(1), *included]
    return out


def _split_outside_brackets(text: str) -> list[str]:
    """Split a list on its separators, but not inside brackets: 各镇（街道、区） is one."""
    return [piece for piece, _ in _split_outside(text, _SPLIT_OR_BRACKET)]


def _clauses(text: str) -> list[tuple[str, int]]:
    """A list's clauses, set apart by ， or ； outside brackets, each with its offset."""
    return _split_outside(text, _CLAUSE_SEP)


# an article's number opening the sentence that names the body (第三条市财政局负责…, the
# spaces between dropped by the normaliser)
_ARTICLE_OPENING = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}条")
# the level the bodies after it work at, opening a list's sentence: 市级层面由X牵头，Y配合；
# 镇（街道）层面由Z负责 (batch 699: read into the names)
_AT_A_LEVEL = re.compile(r"^[\u4e00-\u9fff（）]{1,8}?层面(?:[，,：:]\s*)?由?")
# the short name a document gives a body after its first naming: no part of the name
_SHORT_NAME_GIVEN = re.compile(r"[（(]以下(?:简称|称)[^）)]*[）)]$")


# The ending a list of firms shares, written once after the last (移动、联通、电信公司;
# 中国移动、中国联通、中国电信某县分公司) — bodies named by their function alone keep their
# words as written, the lexicon telling their bureau (县发改、财政、商务局: 县发改, 财政, 商务局)
_SHARED_ENDING = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?[市县区]分公司|分公司|公司)")
_LEVEL_OPENING = re.compile(r"^[市县区](?=[\u4e00-\u9fff]{2})")
_BARE_STEM = re.compile(r"[\u4e00-\u9fff]{2,4}")  # (no mark: 市商务局* is a body starred)


def _shared_ending(run: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A run of names set apart by 、 whose last alone ends as a firm (公司, 分公司) and whose
    others are bare stems of two to four characters: each stem takes the last's ending and the
    first's level (县电信、移动、联通公司 → 县电信公司, 县移动公司, 县联通公司), its words' offsets
    its own. The ending is the one leaving the last a stem as long as the one before it
    (中国电信|某县分公司), else the shortest."""
    if len(run) < 2:
        return run
    level = _LEVEL_OPENING.match(run[0][0])
    prefix = level.group() if level else ""
    stems = [name[len(prefix) :] if k == 0 else name for k, (name, _, _) in enumerate(run[:-1])]
    if not all(
        _BARE_STEM.fullmatch(stem)
        and _DEPT_SUFFIX.search(stem) is None
        and not _COLLECTIVE.search(stem)
        for stem in stems
    ):
        return run
    last = run[-1][0]
    if _LEVEL_OPENING.match(last) and not prefix:
        return run  # (上海石化、区生态环境局: a level the first does not share — a firm's name)
    last = last[len(prefix) :] if prefix and last.startswith(prefix) else last
    cuts = [k for k in range(2, len(last)) if _SHARED_ENDING.fullmatch(last, k)]
    if not cuts or _DEPT_SUFFIX.search(last[: cuts[-1]]):
        return run  # (the last's words end as a body's before the ending: no shared one)
    cut = next((k for k in cuts if k == len(stems[-1])), cuts[-1])
    stems.append(last[:cut])
    return [(prefix + stem + last[cut:], s, e) for stem, (_, s, e) in zip(stems, run, strict=True)]


def _given_its_ending(name: str, start: int, end: int) -> bool:
    """Whether a listed name is longer than its words (``_shared_ending`` gave it the ending
    written after the last of its list: 移动 → 移动公司)."""
    return end - start != len(name)


def _split_list(text: str, base: int) -> list[tuple[str, int, int]]:
    """Names in a list, with their offsets (base = offset of text); bodies sharing an ending
    written once after the last each given it (``_shared_ending``)."""
    text = _SAME_BELOW.sub("", text)  # (offsets before it are unchanged)
    text = _PRINCIPLE_AFTER.sub("", text)
    out: list[tuple[str, int, int]] = []
    run = 0  # where the run of names set apart by 、 that the next piece may end starts
    pos = 0
    for piece in _including(_split_outside_brackets(text)):
        idx = text.find(piece, pos) if piece else -1
        if idx < 0:
            continue
        if text[pos:idx].strip() != "、":
            run = len(out)
        pos = idx + len(piece)
        mark = _MARKED_ROLE.search(piece.rstrip("：:。."))
        if mark:
            # a role marked on the last of a run gives it to the unmarked names before it:
            # 市财政局、市科技局（配合）
            for k in range(run, len(out)):
                name, s, e = out[k]
                if not _MARKED_ROLE.search(name):
                    out[k] = (name + mark.group(), s, e)
        name = _TRAILING.sub(
            "", _MANNER.sub("", _SITS_AT.sub("", _strip_unbalanced(piece.strip("：:。."))))
        )
        name = _SHORT_NAME_GIVEN.sub("", name)  # (区森林草原防灭火指挥部（以下简称区防灭火指挥部）)
        name = _ARTICLE_OPENING.sub("", name)  # (第三条　市财政局负责…: the article's number)
        name = _AT_A_LEVEL.sub("", name)  # (市级层面由市商务局牵头: the level's words)
        official = _OFFICIAL_AFTER.search(name)
        if official and not (
            official.group(1) in _WHAT_BODIES_ARE
            or _DEPT_SUFFIX.search(official.group(1))
            or _COLLECTIVE.search(official.group(1))
            or _ANY_ROLE.search(official.group(1))  # a role marked on it: （牵头）
        ):
            name = name[: official.start()]
        if not name:
            continue
        offset = idx + piece.find(name) if name in piece else idx
        # a collective is kept whole — unless bodies run into it with their separator lost
        # (州能源局（牵头）州发展改革委相关县（市）人民政府, a cell's lines joined)
        if _COLLECTIVE.search(name) and _COLLECTIVE.search(_LOST_SEP.split(name)[0]):
            out.append((name, base + offset, base + offset + len(name)))
            continue
        sub_pos = 0
        for sub in _LOST_SEP.split(name):
            if not sub:
                continue
            sidx = name.find(sub, sub_pos)
            sub_pos = sidx + len(sub)
            out.append((sub, base + offset + sidx, base + offset + sidx + len(sub)))
        if piece and text[idx + len(piece) : idx + len(piece) + 1] != "、":
            out[run:] = _shared_ending(out[run:])  # (the run ends here)
    return out


# Classes of bodies that name no place of their own: after 各…, 各 scopes over them too
# (各区、县级市; 各区县政府、功能区管委; Dalian's pilot zones: 各区市县政府、先导区管委会).
_CLASSES_OF_BODIES = ("县级市", "乡镇", "街道", "镇街", "功能区", "开发区", "园区", "先导区")


def _merge_collectives(
    names: list[tuple[str, int, int]], text: str, base: int
) -> list[tuple[str, int, int]]:
    """``各区、县级市``: a collective swallows the following pieces that are not bodies."""
    out: list[tuple[str, int, int]] = []
    for name, s, e in names:
        if out and _HEADS_UNITS.match(name) and _HEAD_ALONE.match(out[-1][0]):
            ps = out[-1][1]  # 县委、县政府各部门: the departments of both, one class
            out[-1] = (text[ps - base : e - base], ps, e)
            continue
        follows_each = out and (
            (out[-1][0].startswith("各") and name.startswith(_CLASSES_OF_BODIES))
            # (the governments of every level a province names: 各市、县、自治县人民政府)
            or (_EACH_LEVEL.match(out[-1][0]) and _LEVELS_GOVERNMENT.match(name))
        )
        if out and _POST.fullmatch(name) and not text[out[-1][2] - base : s - base].strip():
            continue  # the post answering, after a space: 各乡镇人民政府 乡镇长 (batch 710)
        if (
            out
            and _COLLECTIVE.search(out[-1][0])
            # (各乡镇党委、政府: the towns' committees and their governments, one class)
            and (follows_each or name in _ALSO_OF_THEM or not _looks_like_department(name))
        ):
            ps, _pe = out[-1][1], out[-1][2]
            out[-1] = (text[ps - base : e - base], ps, e)
            continue
        out.append((name, s, e))
    return out


# every city, county or prefecture, said by its levels alone: 各市, 各市州, 各设区市, 各市、县 …
_LEVEL = r"(?:[市州盟县区旗]|自治[县州旗]|县级市)(?:（[^（）]*）)?"
_EACH_LEVEL = re.compile(rf"^各(?:设区的?)?(?:{_LEVEL})+(?:、(?:{_LEVEL})+)*$")
# … then the governments of the levels after them, said once for all: 县人民政府, 自治县人民政府,
# 县（市、区）人民政府, 县市区人民政府 (各市、县、自治县人民政府 is one class, never 各市 and a
# county's government)
_LEVELS_GOVERNMENT = re.compile(rf"^(?:{_LEVEL})+(?:人民政府|政府)$")


# a post answering for a body, named after it for a person: 乡镇长, 分管副局长, 主要负责人
_POST = re.compile(POST)


# the other organ of each of a class, named bare after the first: 各乡镇党委、政府
_ALSO_OF_THEM = frozenset({"政府", "人民政府", "党委", "党（工）委"})


# a body's second name in brackets (一个机构两块牌子): 市委组织部（市委人才办）
_SECOND_NAME = re.compile(r"(?<=.)(?:（[^（）]*）|〔[^〔〕]*〕)$")


# a city, county or banner named alone in a list of bodies stands for its government
# (南昌市、吉安市人民政府配合; a district or a town already ends as a body does)
# (a county of one character too: 随县, 沛县; and a city: 芒市 — batch 739)
_PLACE_ALONE = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:自治县|自治州|市|县|旗|盟)|[\u4e00-\u9fff][县市]"
)
# (not a word ending like a place, nor a class of places: 智慧城市, 超市, 县级市, 各县; nor a
# market: 花市, 早市; nor a metropolis, 大都市 — but 成都市 and 宜都市 are cities, batch 1229)
_NOT_A_PLACE = re.compile(
    r"(?:[城超夜集股上门级花菜早晚街灯墟]|(?<![成宜])都)市$|[市区郡州]县$|^[各全本我该每]"
)


# an enterprise known by a short name, its place (or group) and its trade: 上海石化, 镇海炼化,
# 国网嘉兴供电, 嘉兴港务 (the trade alone names none)
_ENTERPRISE_SHORT = re.compile(r"[\u4e00-\u9fff]{2,8}(?:石化|炼化|电网|供电|燃气|水务|港务)")


def _looks_like_department(name: str) -> bool:
    core = _SECOND_NAME.sub("", name)
    return (
        bool(
            _COLLECTIVE.search(name)
            or _DEPT_SUFFIX.search(core)
            or (_PLACE_ALONE.fullmatch(name) and not _NOT_A_PLACE.search(name))
            or _ENTERPRISE_SHORT.fullmatch(core)
        )
        and 2 <= len(name) <= 40
    )


# A body named by its function: its stem (发改, 卫生健康), after a level's character or not, with
# 部门 or alone — the lexicon's body of that stem (发改局, 卫生健康局, 发展改革委)
_FUNCTION_NAME = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:部门)?")
_FUNCTION_ENDS = ("局", "委", "委员会")


@lru_cache(maxsize=4096)
def function_body(name: str) -> str | None:
    """The lexicon's stem a body named by its function stands for: 市卫生健康部门 → 卫生健康局,
    县发改 → 发改局, 工信 → 工信局, 市场监管 → 市场监管局; None for any other name."""
    stems = load_lexicons().dept_by_stem
    # (after a level's character, or not: 市场监管 opens with 市 and is no city's 场监管)
    for stem in (name[1:], name) if name[:1] in LEVEL_PREFIXES else (name,):
        m = _FUNCTION_NAME.fullmatch(stem)
        found = m and next(
            (m.group(1) + e for e in _FUNCTION_ENDS if m.group(1) + e in stems), None
        )
        if found:
            return found
    return None


def _named_by_function(names: list[tuple[str, int, int]]) -> set[int]:
    """The names of a list that are bodies named by their function: each X部门, and each bare
    stem of a list whose level is written once before the first, or whose body word is
    written once after the last, and whose every name is a body (县发改、工信、商务等部门;
    县住建、自然资源、生态环境部门; 发改、科技部门)."""
    bodies = [function_body(n) is not None for n, _, _ in names]
    with_word = {i for i, (n, _, _) in enumerate(names) if bodies[i] and n.endswith("部门")}
    if (
        len(names) >= 2
        # (the level written once before the first, or the body word once after the last:
        # 县工信局牵头，发改、科技部门配合)
        and (names[0][0].startswith(LEVEL_PREFIXES) or len(names) - 1 in with_word)
        and all(b or _looks_like_department(n) for b, (n, _, _) in zip(bodies, names, strict=True))
    ):
        return {i for i, b in enumerate(bodies) if b}
    return with_word


def _items(names: list[tuple[str, int, int]], role: str) -> list[RoleItem]:
    """Role items of a list's names; a name marked ``（牵头）`` takes that role instead."""
    items = []
    by_function = _named_by_function(names)
    for k, (written, start, end) in enumerate(names):
        own = role
        name, s, e, star = _unstarred(written, start, end)
        mark = _MARKED_ROLE.search(name)
        if mark:
            described = mark.group(1) == "负责" and mark.group(2)  # （负责校园招聘）
            own = role if described else _marked(mark.group(1))
            name, e = name[: mark.start()], s + mark.start()
        if _looks_like_department(name) or k in by_function:
            collective = bool(_COLLECTIVE.search(name))
            shared = _given_its_ending(written, start, end)
            items.append(RoleItem(own, name, s, e, collective, star, bool(mark), shared))
    return items


def item_numbers(written: str) -> list[str]:
    """The item numbers a reference writes: 1—3 → 1 2 3; （一）至（三） → (一) (二) (三)."""
    numbers: list[str] = []
    span = rf"({_TASK_NUMBER})(?:项?[—\-－–~～至到]第?({_TASK_NUMBER}))?"
    for m in re.finditer(span, written):
        low, high = _marker_value(m.group(1)), _marker_value(m.group(2) or m.group(1))
        # the numbers between, written as the first is: 第（一）至（三）项 → (一) (二) (三)
        numbers += [_as_marker(n, m.group(1)) for n in range(low, min(high, low + 50) + 1)]
    return numbers


def bodies_by_number(text: str) -> list[tuple[RoleItem, list[str], int, int]]:
    """Bodies given items by number in lines of their own (职责分工): (the body's role item,
    the items' numbers, the clause's span) for each body and clause of
    ``市工业和信息化局：负责第1、2项任务，配合第3项任务。``."""
    out = []
    for m in _bodies_by_number(text):
        names = _bodies(_group_names(m, 1, text), "responsible")
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if m.group(2) or m.group(3) is not None:
            # (分别: the bodies and the items pair in order; each clause after names its own
            # bodies — 县工信局、县科技局分别负责第1、2项任务，县商务局负责第3项任务 — as it
            # does with no colon after the first)
            out += _respective_clauses(text, m.start(1), end)
            continue
        for c in _BY_NUMBER_CLAUSE.finditer(text, m.end(), end):
            role = ROLE_WORDS[c.group(1)]
            for item in names:
                numbers = item_numbers(c.group(2) or c.group(3))
                out.append((replace(item, role=role), numbers, c.start(), c.end()))
    return out


_RESPECTIVE_CLAUSE = re.compile(
    r"\s*([^，,。；;：:\n]{2,60}?)(分别)?" + _BY_NUMBER_ROLE + rf"({_TASK_NUMBERS})项{_TASK_WORK}"
)


def _respective_clauses(
    text: str, start: int, end: int
) -> list[tuple[RoleItem, list[str], int, int]]:
    """The clauses of a line giving bodies items by number in order (``bodies_by_number``'s
    分别 form), each naming its own bodies: paired in order after 分别 where the counts agree,
    else each body given every item."""
    out = []
    pos = start
    names: list[RoleItem] = []
    while pos < end:
        same = _BY_NUMBER_CLAUSE.match(text, pos, end) if names else None
        if same is not None:
            # (a clause naming no bodies is the bodies' before: 县发改局负责第（一）项，配合第（二）项)
            role = ROLE_WORDS[same.group(1)]
            out += [
                (
                    replace(i, role=role),
                    item_numbers(same.group(2) or same.group(3)),
                    same.start(),
                    same.end(),
                )
                for i in names
            ]
            pos = same.end()
            if pos < end and text[pos] in "，,；;":
                pos += 1
            continue
        c = _RESPECTIVE_CLAUSE.match(text, pos, end)
        if c is None:
            break
        names = _bodies(_group_names(c, 1, text), "responsible")
        role = ROLE_WORDS[c.group(3)]
        numbers = item_numbers(c.group(4))
        if c.group(2) and len(numbers) == len(names) > 1:
            pairs = [(item, [n]) for item, n in zip(names, numbers, strict=True)]
        else:
            pairs = [(item, numbers) for item in names]
        out += [(replace(item, role=role), ns, c.start(1), c.end()) for item, ns in pairs]
        pos = c.end()
        if pos < end and text[pos] in "，,；;":
            pos += 1
    return out


@lru_cache(maxsize=4)
def _stops(text: str) -> Marks:
    """Where a unit's clause groups end (。；; and line ends), found once per text."""
    return Marks(_STOP, text)


_STOP = re.compile(r"[。；;\n]")


def part_reference(text: str, pos: int) -> int | str | None:
    """The ordinal of the part a clause gives out (第一部分工作由X牵头，Y配合；第二部分…: 1 for
    X and Y, 2 after the ；), or its title in quotes (“产业发展”方面的任务由…: 产业发展), for
    the role at ``pos``; None for a role in any other clause."""
    ref = None
    for m in PART_REFERENCE.finditer(text, _stops(text).after_last(pos), pos):
        ref = m
    if ref is None:
        return None
    return _marker_value(ref.group(1)) if ref.group(1) else ref.group(2)


@dataclass(frozen=True)
class TaskReference:
    """The items a clause gives out by number, and whether it says they are those above it
    (上述第（一）至（三）项, 以上第1项)."""

    numbers: list[str]  # the role's: all, or one where bodies and items pair (分别)
    above: bool
    start: int  # where the reference starts in the text (-1 for none)
    named: list[str]  # every number the reference names


def task_references(text: str, pos: int) -> TaskReference:
    """The numbers of the items a clause gives out by number, for the role at ``pos``:
    ``第1—3项任务由X牵头，Y配合；第4项、第5项任务由Z牵头`` gives ``["1", "2", "3"]``
    for X and Y, ``["4", "5"]`` for Z; none for a role in any other clause."""
    # (a reference before the clause group's last stop gives the role nothing: only the
    # text after it is read, not the unit from its start for each role)
    ref = None
    for m in TASK_REFERENCE.finditer(text, _stops(text).after_last(pos), pos):
        ref = m
    if ref is None or re.search(r"[。；;\n]", text[ref.end() : pos]):
        return TaskReference([], False, -1, [])
    # (a bare range, 1—3项由…, names the items above too: no 第 to count from the plan's start)
    opening = ref.group(0).lstrip("，,。；;：:\n").lstrip()
    above = opening.startswith(("上述", "以上")) or not opening.startswith("第")
    named = item_numbers(ref.group(1))
    return TaskReference(_referred_numbers(ref, text, pos), above, ref.start(), named)


def _referred_numbers(ref: re.Match[str], text: str, pos: int) -> list[str]:
    """The numbers a reference (``TASK_REFERENCE``'s match) gives the role at ``pos``."""
    numbers = item_numbers(ref.group(1))
    # 第（一）（二）项工作分别由X、Y牵头 (or 由X、Y分别牵头): X the first's, Y the second's —
    # when they pair one to one; those after (Z配合) are every item's
    leads = _RESPECTIVE_LEADS.match(text, ref.end())
    respective = leads and ("分别" in ref.group(0) or leads.group(2))
    if leads and respective and leads.start(1) <= pos < leads.end(1):
        names = _split_list(leads.group(1), leads.start(1))
        at = [i for i, (_, a, b) in enumerate(names) if a <= pos < b]
        if len(names) == len(numbers) and at:
            return [numbers[at[0]]]
    return numbers


def _marker_value(number: str) -> int:
    """1, （1） → 1; （一） → 1, （十二） → 12."""
    core = number.strip("（）")
    if core.isdigit():
        return int(core)
    tens, _, ones = core.rpartition("十")
    if "十" not in core:
        return CN_DIGITS.index(core) + 1
    return (CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (
        CN_DIGITS.index(ones) + 1 if ones else 0
    )


def _as_marker(n: int, like: str) -> str:
    """``n`` as a path's marker written as ``like`` is: 2 like （一） → (二), like 一 → 二,
    like 1 → 2."""
    bracketed = like.startswith("（")
    if like.strip("（")[0].isdigit():
        return f"({n})" if bracketed else str(n)
    tens, ones = divmod(n, 10)
    cn = ("" if tens <= 1 else CN_DIGITS[tens - 1]) + ("十" if tens else "")
    cn += CN_DIGITS[ones - 1] if ones else ""
    return f"({cn})" if bracketed else cn


# a label whose two roles a slash parts, and its list parted so: 牵头单位/配合单位：X/Y、Z
_INNER_BRACKETS = re.compile(r"（[^（）]*）|〔[^〔〕]*〕")
_SLASHED_LABEL = re.compile(
    rf"^\s*((?:{SHORT_LABEL})(?:单位|部门)?[/／](?:{SHORT_LABEL})(?:单位|部门)?)[：:]"
)


def parse_note(content: str, base: int) -> list[RoleItem]:
    """Role items of one note's content (``base`` = offset of content in the text)."""
    # (the official in charge in brackets after a body, 县农业农村局（分管副县长：王某某）: a person,
    # no part of the body's name — blanked, the offsets kept; batch 1192)
    if "（" in content:
        content = _OFFICIAL_BRACKET.sub(lambda m: " " * len(m.group()), content)
    # (a label typed with a semicolon for its colon: 牵头单位;县发改局 — one character for one,
    # the offsets kept)
    if ";" in content or "；" in content:
        content = _LABEL_SEMICOLON.sub(lambda m: m.group(1) + "：", content)
    if not _ANY_ROLE.search(_INNER_BRACKETS.sub("", content)):
        # bodies alone, one marked: （市发改委（牵头）、市财政局） — a list of those
        # responsible, as a bracket of bodies alone is, the mark giving its body its role
        alone = parse_cell(content, "responsible", base)
        return alone if all(_bare_name_ok(i.surface, i.collective) for i in alone) else []
    items: list[RoleItem] = []
    slashed = _SLASHED_LABEL.match(content)
    roles = slashed_roles(slashed.group(1)) if slashed else None
    if slashed and roles:
        value = content[slashed.end() :]
        cut = re.search(r"[/／]", value)
        parts = (
            [(value, 0)]
            if cut is None
            else [(value[: cut.start()], 0), (value[cut.end() :], cut.end())]
        )
        for (part, at), part_role in zip(parts, roles, strict=False):
            part = _LIST_TAIL.sub("", _before_other_field(part))
            names = _split_list(part, base + slashed.end() + at)
            items += _items(_merge_collectives(names, content, base), part_role)
        return items
    labelled = list(_LABELLED.finditer(content))
    if labelled:
        # a bare role before the labels: （市发改委牵头；责任单位：各县市区人民政府）
        head = labelled[0].start()
        if _ANY_ROLE.search(content, 0, head):
            items += _segment_items(content, head, base)
        for i, m in enumerate(labelled):
            label = m.group(1) or m.group(2)
            role = label_role(label) or SHORT_LABELS.get(label)
            if _IN_CHARGE.fullmatch(label):
                role = "lead"  # (主管部门：…: the body in charge)
            end = labelled[i + 1].start() if i + 1 < len(labelled) else len(content)
            if role is None and _DUTIES.fullmatch(label):
                # 责任分工：X牵头，Y配合 — a note of its own after the label
                items += parse_note(content[m.end() : end], base + m.end())
                continue
            if role is None:  # a slashed label after another (its own note's form only)
                continue
            # 责任单位：市直有关部门，各区按职责分工负责 — how they act is not a name
            # the list ends with its sentence or at another field: …。完成时限：2024年12月
            part = _before_other_field(content[m.end() : end])
            # (nor the mark before the next label: ◆牵头单位：县教育局 ◆配合单位：… — found
            # probing: the lead was lost; after the last label a mark closing the list is its
            # last body's, 县林业局★ under 注：标★的为牵头单位 — batch 1299)
            if i + 1 < len(labelled):
                part = _MARK_BEFORE_NEXT.sub("", part)
            part = _LIST_TAIL.sub("", part)
            # a clause of the list closed by a role word of its own has that role, the
            # others the label's: 责任单位：区交通运输局、区城乡建设局，各街道、大圩镇配合;
            # 责任单位：县财政局牵头，县地方金融监管局、人民银行东海县支行配合
            clauses = _clauses(part)
            given = _sandwiched_roles([c for c, _ in clauses])
            listed_here: list[RoleItem] = []
            for (clause, at), sandwiched in zip(clauses, given, strict=True):
                # (among them, one named again with its role: 责任单位：A、B，其中A为牵头单位 —
                # 其中 no part of the name, A leading rather than being responsible too)
                among = _AMONG.match(clause)
                if among:
                    clause, at = clause[among.end() :], at + among.end()
                own = _CLAUSE_ROLE.search(clause)
                listed = clause[: own.start()] if own else clause
                clause_role = ROLE_WORDS[own.group(1)] if own else sandwiched or role
                together = _together_items(listed, base + m.end() + at, clause_role, content, base)
                if together is not None:
                    items += together
                    continue
                names = _split_list(listed, base + m.end() + at)
                new = _items(_merge_collectives(names, content, base), clause_role)
                if own:
                    again = {i.surface for i in new}
                    items = [i for i in items if i not in listed_here or i.surface not in again]
                listed_here += new
                items += new
        return items
    if _NAMED_AS_RX.search(content):
        # bodies named as what they are (县商务局为责任单位，县市场监管局为配合单位): as the same
        # clauses outside brackets are read, when every clause reads so
        named = _bare_clauses(content, 0, base)
        if named:
            return named
    led = _LED_WITH.match(content)
    if led:
        # a note in a sentence's form: 由市发改局牵头，会同市金融办、市经信局推进 — those the
        # lead works with (会同) support, as in a sentence
        for group, role in ((1, ROLE_WORDS[led.group(2)]), (3, "support")):
            names = _split_list(led.group(group), base + led.start(group))
            items += _items(_merge_collectives(names, content, base), role)
        return items
    return items + _segment_items(content, len(content), base)


# among them (其中，) opening a clause that names one of a list again with its role
_AMONG = re.compile(r"\s*其中[，,]?\s*")
_LABEL_SEMICOLON = re.compile(rf"(?:^|(?<=[；;，,\s]))({_LABEL_RX})[;；](?=[^\s；;，,）)])")
# a role marked on a name inside a note (县发改局（牵头），县住建局配合): the name's own, no segment
_MARK_IN_NOTE = re.compile(_MARKED_ROLE.pattern.removesuffix("$"))


def _clause_own_role(clause: str) -> str | None:
    """The role a list's clause gives itself: by a role word closing it (…配合) or a role
    marked on its last name (…市科技局（配合））."""
    own = _CLAUSE_ROLE.search(clause)
    if own:
        return ROLE_WORDS[own.group(1)]
    mark = _MARKED_ROLE.search(clause.rstrip("。；;"))
    return _marked(mark.group(1)) if mark and not mark.group(2) else None


def _sandwiched_roles(clauses: list[str]) -> list[str | None]:
    """For each clause of a labelled list, the role of the clause after it when it gives
    itself none but stands between clauses that do — a comma typed for 、 (责任单位：A牵头，B，
    C配合; A（牵头），B，C（配合）: B supports, as C does); else None (the label's role)."""
    own = [_clause_own_role(c) for c in clauses]
    out: list[str | None] = [None] * len(clauses)
    for i, role in enumerate(own):
        if role is None and any(own[:i]):
            out[i] = next((r for r in own[i + 1 :] if r), None)
    return out


def _segment_items(content: str, end: int, base: int) -> list[RoleItem]:
    """Role items of a note's ``names + role word`` segments up to ``end``; a role marked on a
    name (（牵头）) ends no segment — the name keeps its mark and takes its role."""
    items: list[RoleItem] = []
    masked = _MARK_IN_NOTE.sub(lambda k: "（" + "□" * (len(k.group()) - 2) + "）", content)
    for m in _SEGMENT.finditer(masked, 0, end):
        role = ROLE_WORDS[m.group(2) or m.group(3)]
        listed, at = content[m.start(1) : m.end(1)], m.start(1)
        by = _BY.match(listed)
        if by:  # （由市发改委牵头，市财政局配合）: 由 is no part of the name
            listed, at = listed[by.end() :], at + by.end()
        together = _together_items(listed, base + at, role, content, base)
        if together is not None:
            items += together
            continue
        names = _merge_collectives(_split_list(listed, base + at), content, base)
        items += _items(names, role)
    return items


_MARKED_LIST_END = re.compile(_MARK_IN_NOTE.pattern + r"(?=\s*(?:[。；;！\n]|$))")


def _marked_list(sentence: str, base: int) -> tuple[list[RoleItem], int]:
    """Role items of the clauses ending a sentence that are nothing but bodies, one at least
    marked with its role (``县工信局（牵头），县商务局、县财政局（配合）``), and where they start;
    every name must read as a body from both ends, as in a bare note."""
    for start in _clause_starts(sentence):
        piece = sentence[start:]
        if _ANY_ROLE.search(_INNER_BRACKETS.sub("", piece)):
            continue  # (a role word outside the marks: a bare note's, or no note)
        items = parse_note(piece, base + start)
        if items and any(i.marked for i in items):
            return items, start
    return [], 0


# 由 opening a note's first bodies (（由市发改委牵头，市财政局配合）, （由市发改委负责）)
# (the work named before it: （此项工作由X负责）, （以上两项由X负责）)
# (or the work handed to the body, 交由X牵头办理, 责成X牵头研究: found probing, 交由 and 责成 had
# been read as part of the name)
_BY = re.compile(rf"^\s*(?:{_WORK_BY}|(?:具体|主要)?由|{_HANDED_TO})(?=[\u4e00-\u9fff]{{2}})")


def _together_items(
    names: str, at: int, role: str, content: str, base: int
) -> list[RoleItem] | None:
    """``X会同Y`` given a role other than support (（市商务局会同市财政局负责）, a 责任单位 cell
    市发改委会同市财政局): the body before 会同 leads, those after it support, as in a
    sentence (X会同Y…); None if the names are no such pair (``at``: their offset)."""
    together = _WITH_OTHERS.match(names) if role != "support" else None
    if together is None or not _DEPT_SUFFIX.search(together.group(1)):
        return None
    items: list[RoleItem] = []
    for group, its_role in ((1, "lead"), (2, "support")):
        names_at = at + together.start(group)
        found = _split_list(together.group(group), names_at)
        items += _items(_merge_collectives(found, content, base), its_role)
    return items


# a bracket in a cell giving bodies of its own their role: 区财政局（区国资委配合）
_CELL_BRACKET_NOTE = re.compile(r"[（(]([^（）()]+?)(?:牵头|配合|协助|协同|参与|负责)[）)]")


def parse_cell(cell: str, role: str, base: int) -> list[RoleItem]:
    """Role items of a task-table cell whose column gives ``role`` (``base`` = offset of
    the cell in the text): ``市发改局（牵头）、市财政局`` in a 责任单位 column; a bracket
    naming bodies with a role of their own is their note (``区财政局（区国资委配合）``)."""
    for m in _CELL_BRACKET_NOTE.finditer(cell):
        if not all(_looks_like_department(n) for n in _split_outside_brackets(m.group(1))):
            continue  # (a role mark's manner, 共同牵头, names no body)
        rest = cell[m.end() :].lstrip("、，, ")
        return [
            *(parse_cell(cell[: m.start()], role, base) if cell[: m.start()].strip() else []),
            *parse_note(cell[m.start() + 1 : m.end() - 1], base + m.start() + 1),
            *(parse_cell(rest, role, base + len(cell) - len(rest)) if rest else []),
        ]
    outside = re.sub(r"（[^（）]*）", "", cell)
    if _ANY_ROLE.search(outside):
        # the cell is a note of its own (市发改局牵头，市财政局): names after the last role
        # word take the column's
        word = _WORD_OF[role]
        tail = "" if re.search(rf"(?:{_ROLE_WORD_RX})(?:单位|部门)?[。；]?$", cell) else word
        return parse_note(cell + tail, base)
    label = _ROLE_LABEL_OF[role]
    return parse_note(f"{label}：{cell}", base - len(label) - 1)


# a town or township named alone (鲁朗镇, 马兰乡); not a kind of town (重点镇, 民族乡)
_TOWN = re.compile(
    r"^(?!(?:小城|重点|特色|示范|中心|建制|民族|百强|千强|文明|卫生|园林|生态|美丽|旅游|工业)[镇乡])"
    r"[\u4e00-\u9fff]{2,4}[镇乡]$"
)


# a body guiding, urging or organising others inside what reads as a name: 县教育局指导学校
_GUIDES_OTHERS = re.compile(
    r"(?:局|委|办|中心|政府|管委会)(?:指导|督促|引导|帮助|动员|组织(?!部)|推动|支持)[\u4e00-\u9fff]"
)


# The issuing body speaking of itself (我局将会同…, 本委负责…): the issuer, resolved where the
# document's issuer is known (``extract``)
SELF_NAME = re.compile(r"(?:我|本)(?:局|委|办|厅|中心|院|委员会|办公室)")
# … and the body a reply is addressed to, spoken to (请你局…, 你县要…): the addressee named on
# the line under the headline (县农业农村局：), resolved where the document names one
ADDRESSEE_NAME = re.compile(
    r"你(?:局|委|办|厅|中心|院|委员会|办公室|县|区|市|州|旗|镇|乡|街道|单位)"
)


# the bodies a document has named already, told as a class what to do (各责任单位要…,
# 各牵头单位按照职责抓好落实): no collective of their own
_THOSE_NAMED = re.compile(r"各(?:有关)?(?:责任|牵头|配合|协办|参与)(?:单位|部门)")


# what a bracket closing a body's name holds: more bodies or places of its class (各镇（街道）,
# 各县（市、区）), or the body's other name (县农业农村局（县茶产业发展中心）)
_BRACKET_BODY = re.compile(
    r"(?:街道|社区|乡|镇|区|县|市|局|委|办|中心|站|所|队|公司|室|科|股|部|会|院|处|组|场|厂|馆|园)$"
)


def _bare_name_ok(name: str, collective: bool, village: bool = False) -> bool:
    """A name in a bare note must read as a body from both ends: 市财政局, 各镇街,
    潍坊市生态环境局青州分局 — not 确保各镇街 or 资金保障; or the issuer speaking of itself
    (我局)."""
    if SELF_NAME.fullmatch(name) or ADDRESSEE_NAME.fullmatch(name):
        return True
    if not 2 <= len(name) <= 40:
        return False
    core = re.sub(r"（[^（）]*）$", "", name)  # 各镇（街道） ends as 各镇 does
    if core != name and not _BRACKET_BODY.search(name[len(core) + 1 : -1]):
        return False  # (终南镇豆村（设施蔬菜）: a village and its product, no body — batch 1260)
    if not (_DEPT_SUFFIX.search(core) or _BARE_NAME_END.search(core)):
        return False
    if _BARE_VERB_START.match(name) or name.startswith("各级"):
        return False  # (各级各部门要密切配合 exhorts every body: no note)
    if "设在" in name or "设于" in name:
        return False  # (专班办公室设在县工信局: where an office sits — batch 1482's probe)
    if _THOSE_NAMED.fullmatch(name):
        return False  # (各责任单位按照职责抓好落实: the bodies named already, exhorted)
    if _GUIDES_OTHERS.search(name):
        return False  # (县教育局指导学校做好…: one body guiding others, no body's name)
    if _HELPS_INSIDE.search(name, 2):
        return False  # (县财政局要积极配合县发改局: two bodies and the help between, no name)
    if collective:
        return (
            name.startswith(_BARE_COLLECTIVE_START)
            or _IN_CHARGE_OF_A_CLASS.fullmatch(name) is not None
        )
    return (
        name.startswith((*LEVEL_PREFIXES, "新区", "省"))
        or _VILLAGE_BODY.match(name) is not None
        or (village and _STATIONED_TEAM.fullmatch(name) is not None)
        or _TOWN_BODY.match(name) is not None
        or _CENTRAL_BRANCH.match(name) is not None
        or bool(_PLACE_PREFIX.match(name))
        or (name.endswith(_BARE_PROPER_END) and len(name) >= 4)  # a name before it: 通济街道
        # (a customs house's office named by its place: 乌鲁木齐海关驻昌吉办事处 — batch 931)
        or _NATIONAL_OFFICE.fullmatch(name) is not None
        # (the county's own zone named bare: 各镇（街道）、经济开发区配合 — batch 933)
        or _OWN_ZONE.fullmatch(name) is not None
        or _TOWN.match(name) is not None
        or _BUREAU_DIVISION.fullmatch(name) is not None
    )


# one body helping or joining another inside what reads as a name (batch 1191)
_HELPS_INSIDE = re.compile(r"配合|协助|会同")
# a bureau's own divisions and units, named bare in its own documents (规划建设股, 计划财务股,
# 公路管理所, 质量安全监督站) — not shares (龙头股, 概念股) — or a firm's (工程管理部)
_BUREAU_DIVISION = re.compile(
    r"(?![\u4e00-\u9fff]*(?:龙头|概念|原始|普通|优先|流通|国有|法人|权)股$)[\u4e00-\u9fff]{2,6}股"
    r"|[\u4e00-\u9fff]{2,6}(?:管理|服务|监督|监测|检测|执法|推广|兽医)(?:所|站)"
    # (and a state firm's, in its own plan: 工程管理部, 财务管理部, 集团党委)
    r"|[\u4e00-\u9fff]{0,4}(?:管理|发展|运营|经营|财务|融资|投资|审计|资产|人力资源|综合)部"
    r"|(?:集团|公司)(?:党委|纪委|董事会)"
)


def _clause_starts(sentence: str) -> list[int]:
    """Where the clauses of a sentence start: its start (after a heading's marker opening it:
    （三）由县发改局牵头，…) and after each comma."""
    marker = HEADING_START.match(sentence)
    first = [0] + ([marker.end()] if marker else [])
    return first + [m.end() for m in re.finditer(r"[，,]", sentence)]


def _bare_note(sentence: str, base: int, village: bool = False) -> tuple[list[RoleItem], int]:
    """Role items of the clauses ending a sentence that are wholly a note, and where in
    the sentence they start; else nothing.

    ``市科技局牵头，市税务局配合`` is a note; so is the tail of
    ``完善政策体系，市财政局负责`` (from 市财政局).
    """
    # quoted words keep their length but show no role word or separator
    sentence = _QUOTED.sub(lambda q: "“" + "□" * (len(q.group()) - 2) + "”", sentence)
    for start in _clause_starts(sentence):
        items = _bare_clauses(sentence, start, base, village)
        if items:
            return items, start
    return [], 0


_ITS_DUTY = re.compile(r"\s*(?:并|要)?(?:具体)?负责[\u4e00-\u9fff、]{0,20}(?:[，,；;]|$)")


def _bare_clauses(sentence: str, pos: int, base: int, village: bool = False) -> list[RoleItem]:
    items: list[RoleItem] = []
    while pos < len(sentence):
        # (the bodies named before given their duty in a clause of its own: 各乡镇是责任
        # 主体，负责具体实施 — nothing to add)
        duty = _ITS_DUTY.match(sentence, pos) if items else None
        if duty is not None:
            pos = duty.end()
            continue
        m = _BARE_SEGMENT.match(sentence, pos)
        if not m:
            return []
        word = m.group(2)  # (为责任单位, 为牵头责任单位: the label's role)
        role = ROLE_WORDS.get(word) or label_role(word + "单位") or "responsible"
        part = m.group(1)
        # (X要会同Y抓好落实: X leads, Y supports — each read as a body from both ends)
        together = _together_items(part, base + m.start(1), role, sentence, base)
        if together and not all(_bare_name_ok(i.surface, i.collective) for i in together):
            together = None
        if together and re.search(r"[，,]", part):
            # (X会同Y负责<work>，Z要落实…: the bodies working together are a clause's, with
            # work of their own, not the bare note's that ends the sentence)
            return []
        names = _merge_collectives(_split_list(part, base + m.start(1)), sentence, base)
        bodies = together or _bodies(names, role, village)
        if not bodies:
            return []
        items += bodies
        pos = m.end()
    return items


def _bodies(names: list[tuple[str, int, int]], role: str, village: bool = False) -> list[RoleItem]:
    """Role items of a list outside any labelled note, or nothing unless every name reads
    as a body from both ends (``_bare_name_ok``)."""
    items = []
    by_function = _named_by_function(names)
    placed = False  # (a name before with its place or level: 武进区总工会、供销合作总社)
    for k, (written, start, end) in enumerate(names):
        # (市发改局*, ★市发改局: marked under a stated rule)
        name, s, e, star = _unstarred(written, start, end)
        # (a name marked with its own role: 县发改局（牵头）、县财政局按职责分工负责)
        own = role
        mark = _MARKED_ROLE.search(name)
        if mark and not (mark.group(1) == "负责" and mark.group(2)):
            own = _marked(mark.group(1))
            name, e = name[: mark.start()], s + mark.start()
        collective = bool(_COLLECTIVE.search(name))
        # (a body the lexicon knows, after one whose place or level is written: the list's place
        # is written once — 武进区总工会、供销合作总社配合)
        listed_after = placed and name in load_lexicons().dept_by_stem
        if not (_bare_name_ok(name, collective, village) or k in by_function or listed_after):
            return []
        placed = placed or name.startswith(LEVEL_PREFIXES) or bool(_PLACE_PREFIX.match(name))
        shared = _given_its_ending(written, start, end)
        items.append(RoleItem(own, name, s, e, collective, star, bool(mark), shared))
    return items


# A letter of target responsibility (目标责任书, 目标责任状) names the body that signs for its
# goals and work once, as its second party: 县人民政府（以下简称甲方）与县工业和信息化局（以下简称
# 乙方）签订本目标责任书
LETTER_OF_RESPONSIBILITY = re.compile(r"责任(?:书|状)$")
_SECOND_PARTY = re.compile(
    r"(?:^|(?<=[，,。；;）)\n]))\s*(?:与|和|同)?\s*"
    r"([^，,。；;：、（）()\n]{2,40}?)[（(]以下(?:简称|称)[“\"]?乙方[”\"]?[）)]"
)


def second_party(text: str) -> RoleItem | None:
    """The body a letter of responsibility's ``text`` names as its second party (乙方),
    responsible for the letter's work, when its name reads as a body; else None."""
    m = _SECOND_PARTY.search(text)
    if m is None:
        return None
    items = _bodies([(m.group(1), m.start(1), m.end(1))], "responsible")
    return items[0] if items else None


def _listed_note(content: str, base: int) -> list[RoleItem]:
    """A bracket ending its sentence that holds nothing but bodies names those responsible
    (``加强信用监管。（区发展和改革局、人民银行兰山支行、区市场监管局）``), perhaps with the time
    it is due after them (``（各县（市、区）人民政府；2026年11月底前）``) or the officials answering
    for them (``（县工信局；责任人：张三）``: people, no bodies); every name must read as a body
    from both ends, as in a bare note, so ``（下营）`` or ``（2024年）`` is not."""
    due = _DUE_AFTER.search(content)
    listed = content[: due.start()] if due else content
    officials = _OFFICIALS_FIELD.search(listed)
    if officials:
        listed = listed[: officials.start()].rstrip("；;，, ")
    return _bodies(_merge_collectives(_split_list(listed, base), content, base), "responsible")


# the time a bracket of bodies gives after them: ，2026年12月底前完成; ；2026年全年; ，长期坚持
# (labelled, or after a space, which the normaliser drops before a digit: ，完成时限：2026年12月;
# 县发改局 2026年12月)
_DUE_AFTER = re.compile(
    r"(?:[，,；;]\s*|\s+)(?:(?:完成)?(?:时限|时间|时间节点)[：:]\s*)?"
    r"(?:\d{4}年|年底|年内|长期|持续|全年)[^，,；;（）]*$"
    r"|(?<=[局委办心府会所站队司院部])\s*\d{4}年[^，,；;（）]*$"
)


def _boxed_notes(text: str) -> list[tuple[list[RoleItem], int, int]]:
    """Notes whose labels stand in square brackets, each followed by its names up to the
    next label, the sentence's end or another field:
    ``【牵头单位】市行政审批服务局【配合单位】市大数据局、各县（市、区）人民政府``."""
    out: list[tuple[list[RoleItem], int, int]] = []
    labels = list(_BOXED_LABEL.finditer(text))
    for i, m in enumerate(labels):
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        line_end = text.find("\n", m.end())
        if 0 <= line_end < stop:
            stop = line_end
        part = _before_other_field(text[m.end() : stop])
        part = _LIST_TAIL.sub("", part)
        role = label_role(m.group(1)) or SHORT_LABELS.get(m.group(1))
        assert role is not None  # _BOXED_LABEL matches role labels and role words only
        names = _merge_collectives(_split_list(part, m.end()), text, 0)
        items = _items(names, role)
        if items:
            out.append((items, m.start(), m.end() + len(part)))
    return out


def _convention(content: str) -> tuple[str, str | None, str]:
    """A note's content without the first-listed-leads convention, whether it said so for
    itself ("this") or for the notes below too ("below"), and what it made the others."""
    # (slow to fail: looked for only where its words are)
    held = "牵头" in content and ("第一" in content or "首位" in content)
    m = _FIRST_LEADS.search(content) if held else None
    if m is None:
        return content, None, ""
    # blanked out rather than cut, so the names' offsets stay as they are
    blank = content[: m.start()] + " " * (m.end() - m.start()) + content[m.end() :]
    return blank, "below" if m.group(2) else "this", _others(m)


def _note(
    start: int,
    end: int,
    items: list[RoleItem],
    convention: str | None,
    rule: bool,
    opens: bool = False,
    others: str = "",
) -> Note:
    if convention or rule:
        items = first_listed_leads(items, others)
    return Note(start, end, tuple(items), convention, opens)


# a person's name, two or three characters, as a list's item before the bracket of their body
_PERSON_ITEM = re.compile(r"(?:^|(?<=[、，,：:\n]))\s*[\u4e00-\u9fff]{2,3}$")
_NEXT_PERSON = re.compile(r"、[\u4e00-\u9fff]{2,3}[（(]")


def _affiliation(text: str, bracket: re.Match[str]) -> bool:
    """Whether a bracket gives a person's body in a list of people (先进个人：张伟（区商务局）、
    李娜（渔阳镇）…): the item before it a name of two or three characters, and a like item
    before or after it — no note of bodies responsible."""
    item = _PERSON_ITEM.search(text, max(0, bracket.start() - 6), bracket.start())
    if item is None:
        return False
    return text.endswith(("）、", ")、"), 0, item.start()) or bool(
        _NEXT_PERSON.match(text, bracket.end())
    )


def _second_name(text: str, bracket: re.Match[str]) -> bool:
    """Whether a bracket right after a body's name gives the body's second name
    (``牵头单位：区委组织部（区委人才办）；…``) rather than listing bodies responsible."""
    before = text[: bracket.start()]
    cut = max(before.rfind(c) for c in "、，；：。\n（）") + 1
    name = before[cut:]
    if re.search(r"[、，；]", bracket.group(1)):
        return False
    # (a class of bodies named twice: 各镇人民政府（街道办事处）, 各乡镇（街道）)
    if _COLLECTIVE_OTHER.fullmatch(name + "（" + bracket.group(1) + "）"):
        return True
    return name.startswith(LEVEL_PREFIXES) and len(name) <= 15 and _looks_like_department(name)


_COLLECTIVE_OTHER = re.compile(
    r"各[\u4e00-\u9fff]{1,8}（[\u4e00-\u9fff]{0,6}(?:街道|办事处|社区|园区|开发区|管委会)）"
)


class _Taken:
    """The parts of a unit's text already read as notes, kept as a union of spans, sorted and
    not overlapping, so asking whether a span or a position is taken is a bisection, not a scan of every
    note found so far (a unit of thousands of notes took time growing with their square)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.ends, start)  # the first span ending after start …
        j = bisect_left(self.starts, end)  # … to the last starting before end
        if i < j:  # they overlap it: one span of them all (spans that only touch stay apart)
            start, end = min(start, self.starts[i]), max(end, self.ends[j - 1])
        self.starts[i:j] = [start]
        self.ends[i:j] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end) - 1  # the last span starting before end
        return k >= 0 and self.ends[k] > start

    def holds(self, x: int) -> bool:
        k = bisect_right(self.starts, x) - 1
        return k >= 0 and x < self.ends[k]


def find_notes(
    text: str,
    *,
    first_leads: bool = False,
    starred: str | None = None,
    first_others: str = "",
    village: bool = False,
) -> list[Note]:
    """Every responsibility note in a unit's text. ``first_leads``: the document holds that
    the first body a note lists as responsible leads (``states_first_leads``), and
    ``first_others`` what the others are then (``first_leads_others``); ``starred``: that a
    body marked * leads, and what the others are (``states_starred_leads``); ``village``: the
    text is a village's own, its work team (驻村工作队) a body of it."""
    notes: list[Note] = []
    # (a statement that bodies answer for every task names them for no one note)
    text = _unlisted(text)
    # (lines giving items out body by body are the items' notes, not this unit's)
    taken = _Taken()
    for m in _bodies_by_number(text):
        end = text.find("\n", m.end())
        taken.add(m.start(), len(text) if end < 0 else end)
    brackets = [*_BRACKET.finditer(text), *_SQUARE.finditer(text)]
    for m in sorted(brackets, key=lambda b: b.start()):
        content, convention, own = _convention(m.group(1))
        if _ANY_ROLE.search(content):
            items = parse_note(content, m.start(1))
        elif (
            (
                _ENDS_SENTENCE.match(text, m.end())
                or _TIME_BRACKET.match(text, m.end())
                or convention
                # (or closing an item's title before its colon and goals: 2.做强电瓷产业（市工信局、
                # 市市场监管局，2026年10月底前）：… — batch 1186)
                or text.startswith(("：", ":"), m.end())
            )
            and not (_second_name(text, m) or _affiliation(text, m))
            # (where an office sits: 报送县专班办公室（设在县住建局）。)
            and not content.startswith(("设在", "设于"))
        ):
            items = _listed_note(content.rstrip(" 。，；"), m.start(1))
        else:
            continue
        if items:
            notes.append(
                _note(
                    m.start(), m.end(), items, convention, first_leads, others=own or first_others
                )
            )
            taken.add(m.start(), m.end())
            before = _bare_before_bracket(text, m, items, village)
            if before is not None:
                items, start = before
                notes.append(_note(start, m.start(), items, None, first_leads))
                taken.add(start, m.start())
    for items, start, end in _boxed_notes(text):
        if not taken.overlaps(start, end):
            notes.append(_note(start, end, items, None, first_leads, others=first_others))
            taken.add(start, end)
    for m in _LABELLED_LINE.finditer(text):
        if taken.holds(m.start(1)):
            continue
        content, convention, own = _convention(m.group(1))
        items = parse_note(content, m.start(1))
        if items:
            notes.append(
                _note(
                    m.start(1), m.end(1), items, convention, first_leads, others=own or first_others
                )
            )
            taken.add(m.start(1), m.end(1))
    # a note after a dash closing the item, in words or bodies alone, as a bracket's would be
    # (…。——县农业农村局牵头，县财政局配合; …。——县商务局负责; …。——县商务局、县供销社)
    for m in _DASH_NOTE.finditer(text):
        if taken.overlaps(m.start(1), m.end(1)):
            continue
        content = m.group(1)
        if _ANY_ROLE.search(content):
            items = parse_note(content, m.start(1))
        else:
            items = _listed_note(content.rstrip(" 。，；"), m.start(1))
        if items:
            notes.append(_note(m.start(1), m.end(1), items, None, first_leads, others=first_others))
            taken.add(m.start(1), m.end(1))
    # the members of a chain's or a task's working group (成员单位：…) support the lead named
    # beside them (牵头部门：…); without one they are only members, with no role
    if "成员" in text and any(i.role == "lead" for n in notes for i in n.items):
        for m in _MEMBERS_LINE.finditer(text):
            if taken.holds(m.start(1)):
                continue
            # (read as the support label of the same length: offsets stay the text's)
            items = parse_note("配合" + m.group(1)[2:], m.start(1))
            if items:
                notes.append(_note(m.start(1), m.end(1), items, None, first_leads))
                taken.add(m.start(1), m.end(1))
    # bare notes: only the sentences ending with a role word before their stop are tried
    done = -1
    stops = Marks(_BARE_STOP, text)
    for r in _BARE_ROLE_END.finditer(text):
        if r.start() < done:
            continue
        start = stops.after_last(r.start())
        done = r.end()
        if taken.overlaps(start, done):
            continue
        items, clause = _bare_note(text[start:done].rstrip(), start, village)
        if (
            items
            and text.startswith(("，", ","), done)
            and len({i.role for i in items}) < 2
            and not _NAMED_AS_RX.match(text, r.start())
        ):
            # (before what it is for, a note gives roles of two kinds: 县科技局负责，县工信局
            # 配合，确保… — bodies alone told to work together are exhorted, given no role:
            # 县直有关部门要各司其职、密切配合，确保…, the corpus's 沂水 — but bodies named to
            # be the ones answerable are: …是…的责任主体，要…)
            items = []
        if items:
            end = done
            if _NAMED_AS_RX.match(text, r.start()) and text[r.start() - 1] == "的":
                # (the work named between is no part of the note: 各乡镇人民政府是花椒产业发展的
                # 责任主体 — its industry is the measure's, batch 1161)
                end = max(i.end for i in items)
            notes.append(_note(start + clause, end, items, None, first_leads, others=first_others))
            taken.add(start + clause, done)
    # a sentence or a line that is wholly a list of bodies, the last marked with its role
    # (县交通运输局（牵头）、县商务局（配合）。): a note, as the same list in a bracket is
    for r in _MARKED_LIST_END.finditer(text):
        start = stops.after_last(r.start())
        if taken.overlaps(start, r.end()):
            continue
        items, clause = _marked_list(text[start : r.end()], start)
        if items:
            notes.append(_note(start + clause, r.end(), items, None, first_leads))
            taken.add(start + clause, r.end())
    opening = (
        *_body_heading(text),
        *_leading_notes(text),
        *_together_notes(text),
        *_duties(text),
    )
    for items, start, end in (*opening, *_attributive_notes(text)):
        if not taken.overlaps(start, end):
            notes.append(
                _note(start, end, items, None, first_leads, opens=True, others=first_others)
            )
            taken.add(start, end)
    notes.sort(key=lambda n: n.start)
    if starred is not None:
        notes = [replace(n, items=tuple(starred_leads(list(n.items), starred))) for n in notes]
    return _without_self_done(notes, text)


# a clause ending in the lead's role word right before a bracket (县发改局牵头（县财政局配合）)
_LEAD_BEFORE_BRACKET = re.compile(r"(?:牵头负责|负责牵头|牵头|主责|主办|主抓|领衔)\s*$")


def _bare_before_bracket(
    text: str, bracket: re.Match[str], inside: list[RoleItem], village: bool
) -> tuple[list[RoleItem], int] | None:
    """The bare note of the clause just before a bracket note that closes its sentence — the
    lead, the bracket naming only those supporting: 县发改局牵头（县财政局、县自然资源局配合）。
    — and where it starts; None if there is none (a bracket naming the lead itself is the
    note, what comes before it the work: …等部门配合（X牵头）)."""
    if not _ENDS_SENTENCE.match(text, bracket.end()) or any(i.role != "support" for i in inside):
        return None
    start = max(text.rfind(c, 0, bracket.start()) for c in (*_BARE_STOPS, "，", ",")) + 1
    clause = text[start : bracket.start()]
    if not clause.strip() or not _LEAD_BEFORE_BRACKET.search(clause):
        return None
    items, at = _bare_note(clause.rstrip(), start, village)
    return (items, start + at) if items else None


# a clause saying what was done (起草了, 完成了): the past, no work given out
_DONE = re.compile(r"[^，,。；;\n]*?了")


def _without_self_done(notes: list[Note], text: str) -> list[Note]:
    """The notes without the issuer speaking of itself (我局) in a clause of what it has done
    (我局牵头起草了《措施》: a fact of the past, as a 政策解读 tells it); the others stand."""
    out = []
    for n in notes:
        items = tuple(
            i for i in n.items if not (SELF_NAME.fullmatch(i.surface) and _DONE.match(text, i.end))
        )
        if items:
            out.append(replace(n, items=items) if len(items) < len(n.items) else n)
    return out


def _group_names(m: re.Match[str], group: int, text: str) -> list[tuple[str, int, int]]:
    """The names a list in ``m``'s group of ``text`` holds, collectives merged."""
    return _merge_collectives(_split_list(m.group(group), m.start(group)), text, 0)


def _leading_notes(text: str) -> list[tuple[list[RoleItem], int, int]]:
    """Notes opening the sentence of the work they assign; the bodies after 会同 (or before
    配合) support. Every name must read as a body from both ends, as in a bare note."""
    out: list[tuple[list[RoleItem], int, int]] = []
    for m in runs_with(_LEADING, text, _LEADING_KEYS):
        if m.group(2) == "统筹" and _opening(m, text) == m.start(1):
            continue  # 统筹 leads only after 由: 坚持城乡统筹，… names no body
        # (负责牵头 leads: 县发改局负责牵头，县财政局负责资金保障 — found probing)
        doing = m.group(2).startswith(("具体", "负责")) and not m.group(2).startswith("负责牵头")
        role = "responsible" if doing else "lead"
        lead = _bodies(_group_names(m, 1, text), role)
        if not lead:
            continue
        support: list[RoleItem] = []
        end = m.end(2)
        if m.group(3):  # the bodies before 配合 (or 具体实施: those carrying it out)
            their_role = "support" if m.group(4) in ("配合", "参与", "协助") else "responsible"
            support = _bodies(_group_names(m, 3, text), their_role)
            end = m.end() if support else end
        else:
            # the bodies after 会同, up to a comma or running into the work: …会同Y、Z对…
            together = _AFTER_LEAD.match(text, m.end(2))
            if together:
                names = _names_before_work(text, together.end())
                support = _bodies(names, "support")
                end = names[-1][2] if support else end
        out.append(([*lead, *support], _opening(m, text), end))
    return out


def _opening(m: re.Match[str], text: str) -> int:
    """Where a note opening its sentence starts: at its 由 (由市交通运输局牵头，…)."""
    start = m.start(1)
    return start - 1 if start and text[start - 1] == "由" else start


def _together_notes(text: str) -> list[tuple[list[RoleItem], int, int]]:
    """``X会同Y<work>``: X leads and the bodies after 会同 support. The list after 会同 runs
    up to a comma or to the work written straight after its last name (制定…)."""
    out: list[tuple[list[RoleItem], int, int]] = []
    if "会同" not in text and "联合" not in text:  # the common case, decided at once
        return out
    together = [(m, False) for m in _TOGETHER.finditer(text)]
    # (a duty of its own, 负责…, beside leading; a lead's duty alone, 牵头…, leads only)
    together += [(m, "负责" in m["duty"]) for m in _DUTY_THEN_TOGETHER.finditer(text)]
    for m, own_duty in together:
        lead = _bodies(_group_names(m, 1, text), "lead")
        if not lead:
            continue
        names = _names_before_work(text, m.end())
        if names and _OVERSIGHT_WORK.match(text, names[-1][2]):
            continue  # (区营商局会同区委督查室开展专项督查: overseeing, no one's role)
        support = _bodies(names, "support")
        if support:
            # (a body given its own duty first keeps it: 负责…, then 会同… — both roles)
            duty = [replace(i, role="responsible") for i in lead] if own_duty else []
            out.append(([*lead, *duty, *support], _opening(m, text), names[-1][2]))
    return out


def _names_before_work(text: str, pos: int) -> list[tuple[str, int, int]]:
    """The bodies listed from ``pos`` (after 会同) up to a comma or to the work written
    straight after the last of them, which may list things of its own: 会同市消防救援大队
    做好救援队伍、装备和物资准备 → 市消防救援大队. Nothing unless one is found."""
    listed = _TOGETHER_LIST.match(text, pos)
    if listed is None:
        return []
    out: list[tuple[str, int, int]] = []
    for name, s, e in _merge_collectives(_split_list(listed.group(), pos), text, 0):
        collective = bool(_COLLECTIVE.search(name))
        if _bare_name_ok(name, collective):
            out.append((name, s, e))
            continue
        body = _body_at_start(name, collective)  # the last, the work run on after it
        if body is not None:
            # (会同X、Y等部门抓好落实: the others after 等 are no body of their own)
            body = _TRAILING.sub("", body) or body
            out.append((body, s, s + len(body)))
        break
    return out


# the verbs the work after a list of bodies opens with (会同X制定…, 会同X开展…)
_WORK_VERB = re.compile(
    r"开展|制定|研究|做好|推进|推动|组织|实施|抓好|落实|建立|出台|编制|加强|完善|指导|督促|"
    r"共同|联合|另行|对|就|做"
)
# … and the work of overseeing the others' (督查, 督导): its bodies have no role in it
_OVERSIGHT_WORK = re.compile(r"(?:开展|进行|组织)?(?:专项|联合)?(?:督查|督导|督办|巡查)")


def _body_at_start(words: str, collective: bool) -> str | None:
    """The body a run of words begins with: the whole run if it reads as a body, else the
    longest beginning the lexicon knows (市发展和改革委员会 of 市发展和改革委员会研究…),
    else the shortest that reads as one (市自然资源局 of 市自然资源局制定…规划局; 有关部门,
    not 有关部, of 有关部门研究…)."""
    if _bare_name_ok(words, collective):
        return words
    starts = [
        words[:i]
        for i in range(2, len(words))
        # (or the bodies in charge of a class of others: 招聘单位主管部门 of 招聘单位主管部门对…)
        if _bare_name_ok(words[:i], collective) or _IN_CHARGE_OF_A_CLASS.fullmatch(words[:i])
    ]
    # (the first right before the work's verb: 区委督查室 of 区委督查室开展…, not 区委)
    before_work = [w for w in starts if _WORK_VERB.match(words, len(w))]
    if before_work:
        return before_work[0]
    stems = load_lexicons().dept_by_stem
    known = [w for w in starts if _name_parts(w, None)[2] in stems]
    if known:
        return known[-1]
    if not starts:
        return None
    # the shortest, run on while the next character still ends a body (有关部 → 有关部门)
    body = starts[0]
    lengths = {len(w) for w in starts}
    while len(body) + 1 in lengths:
        body = words[: len(body) + 1]
    return body


def _attributive_notes(text: str) -> list[tuple[list[RoleItem], int, int]]:
    """A task named by the bodies leading (or responsible for) it and those supporting, in a
    phrase before it: ``市商务局牵头、市发展改革委配合的外贸稳规模任务``."""
    out: list[tuple[list[RoleItem], int, int]] = []
    if "的" not in text:
        return out
    for m in _ATTRIBUTIVE.finditer(text):
        items = _bodies(_group_names(m, 1, text), ROLE_WORDS[m.group(2)])
        if items and m.group(3):
            support = _bodies(_group_names(m, 3, text), ROLE_WORDS[m.group(4)])
            items = [*items, *support] if support else []
        if items:
            out.append((items, _opening(m, text), m.end() - 1))
    return out


def _body_heading(text: str) -> list[tuple[list[RoleItem], int, int]]:
    """A heading that names nothing but the body (or bodies, or a class of bodies) whose
    tasks its part lists: ``一、市发展和改革委员会``, ``四、市自然资源和规划局、市住房和城乡建设局``
    — they are responsible for it (and so for its items)."""
    line = text.split("\n", 1)[0]
    m = HEADING_START.match(line)
    if m is None:
        return []
    start = m.end() + len(line[m.end() :]) - len(line[m.end() :].lstrip())
    rest = line[start:].rstrip(" 　：:")
    if not rest or re.search(r"[，,。；;：:！？]", rest):
        return []
    items = _bodies(_merge_collectives(_split_list(rest, start), text, 0), "responsible")

    def bare(t: str) -> str:
        return re.sub(r"[、和与及\s]", "", t)

    if bare(rest) != bare("".join(i.surface for i in items)):
        return []  # words besides the bodies: a heading about them (一、市场主体培育)
    return [(items, start, start + len(rest))]


def _duties(text: str) -> list[tuple[list[RoleItem], int, int]]:
    """Bodies given their part of the work in a clause of their own: 市财政局负责资金保障,
    or a line of their own: 1.市商务局：负责产业链招商引资."""
    out: list[tuple[list[RoleItem], int, int]] = []
    for m in _HELPING.finditer(text) if "配合" in text or "协助" in text else ():
        helpers = _bodies(_group_names(m, 1, text), "support")
        helped = _bodies(_group_names(m, 3, text), "lead")
        if helpers and len(helped) == 1:
            out.append((helped + helpers, _opening(m, text), m.end(3)))
    for m in (
        *runs_with(_DUTY, text, _DUTY_KEYS),
        *_DUTY_LINE.finditer(text),
        *runs_with(_DUTY_BORNE, text, _BORNE_KEY),
    ):
        role = ROLE_WORDS.get(m.group(2), "responsible")  # (做好, 安排: their part)
        if m.group(2) == "做好" and text.startswith(("配合", "协助"), m.end(2)):
            role = "support"  # (their part is to support: 市财政局要做好配合)
        items = _bodies(_group_names(m, 1, text), role)
        if items:
            out.append((items, _opening(m, text), m.end(2)))
    for m in _DUTY_THEN_SUPPORT.finditer(text) if "配合" in text or "协助" in text else ():
        items = _bodies(_group_names(m, 2, text), "support")
        if items:
            out.append((items, m.start(2), m.end(3)))
    for m in _LED_BY.finditer(text):
        items = _bodies(_group_names(m, 1, text), "lead")
        if items:
            out.append((items, m.start(1) - 1, m.end(1) + 2))
    for m in (
        *(_CHARGED.finditer(text) if "责成" in text else ()),
        *(_CHOSEN_BY.finditer(text) if "由" in text else ()),
        *(_DUTIES_LISTED.finditer(text) if "职" in text else ()),
        *(_PROPOSED_BY.finditer(text) if "建议由" in text else ()),
        *(_HANDED_OVER.finditer(text) if "移交" in text else ()),
        *(_SITS_THEN_DUTY.finditer(text) if "设在" in text else ()),
        *(_ANSWERS_FOR.finditer(text) if "负" in text else ()),
    ):
        items = [
            i
            for i in _bodies(_group_names(m, 1, text), "responsible")
            if not _BARE_OFFICE.match(i.surface)
        ]
        if items:
            out.append((items, m.start(), m.end(1)))
    return out


@dataclass(frozen=True)
class DepartmentIdentity:
    id: str  # jurisdiction + canonical name: 青州市发展和改革局
    name: str  # canonical name as the documents write it: 市发展和改革局
    full_name: str
    name_en: str | None
    kind: str
    jurisdiction: str | None


_LEVEL_EN = {
    "市": "Municipal",
    "县": "County",
    "区": "District",
    "新区": "New Area",
    "镇": "Town",
    "乡": "Township",
    "州": "Prefecture",
    "盟": "League",
    "旗": "Banner",
}


def _kind(stem: str, collective: bool) -> str:
    if collective:
        return "collective"
    if stem.startswith("委") or re.search(r"党委|纪委|组织部|宣传部|统战部|政法委|编办", stem):
        return "party organ"
    if re.search(r"(镇|街道|乡|街道办事处)$", stem):
        return "town or street"
    if re.search(r"(开发区|高新区|园区|管委会|发展区|示范区)$", stem):
        return "development zone"
    if stem.endswith("分局"):
        return "branch bureau"
    if stem.endswith(("公司", "集团", "银行")):
        return "enterprise"
    if stem.endswith("局") or (stem.endswith("厅") and not stem.endswith("办公厅")):
        return "bureau"  # a province's departments are 厅: 省财政厅
    if stem.endswith(("委员会", "委")):
        return "commission"
    if stem.endswith(("办公室", "办公厅", "办")):
        return "office"
    if stem.endswith("中心"):
        return "centre"
    if re.search(r"村$|村(?:民)?委(?:员)?会$|社区$|居(?:民)?委(?:员)?会$", stem):
        return "village or community"
    if stem.endswith(("小学", "中学", "幼儿园", "学校")):
        return "school"
    if stem.endswith("政府"):
        return "government"
    if _PLACE_AS_BODY.fullmatch(stem) and not stem.endswith(_NO_PLACE_LEVEL):
        return "government"  # a county or city named as a body (景洪市、勐海县、勐腊县人民政府)
    if stem.endswith(("协会", "商会", "学会", "研究会", "联合会", "合作社", "联社")):
        return "organisation"  # an association (市五金协会), a co-operative (县供销联社)
    return "other"


# a place named alone as a body: its government (勐海县, 曾都区, 随县)
_PLACE_AS_BODY = re.compile(r"[\u4e00-\u9fff]{1,8}(?:市|县|区|旗|盟|州)")
_NO_PLACE_LEVEL = ("社区", "景区", "片区", "城区", "库区", "矿区", "林区", "辖区", "校区", "港区")


def _chain_to(jurisdiction: str, level: str) -> str:
    """The jurisdiction down to one of its levels: 临沂市兰山区, 临沂市 → 临沂市."""
    return jurisdiction[: jurisdiction.index(level) + len(level)]


def _name_parts(surface: str, jurisdiction: str | None) -> tuple[str | None, str, str]:
    """(place, level prefix, stem) of a body's name: 潍坊市生态环境局青州分局 → (潍坊市, "",
    生态环境局青州分局); 市发改局 → (None, 市, 发改局); 省发展改革委 → (None, 省, 发展改革委)."""
    place = None
    if surface.startswith("中共") and (
        _PLACE_PREFIX.match(surface[2:]) or _TOWN_PREFIX.match(surface[2:])
    ):
        # 中共 is the party's, not the place's: 中共漳州市委宣传部 is 漳州市's 市委宣传部 (a
        # town's too: 中共石城镇委员会办公室)
        surface = surface[2:]
    rest = surface
    m = _PLACE_PREFIX.match(surface)
    if zone := _BARE_ZONE.match(surface):
        # a zone named by its kind alone is the document's: 示范区科技局 in a 杨凌示范区
        # document is its 科技局, 产业集聚区管委会 in a 西峡县 one the county's zone's
        word = zone.group(0)
        if (jurisdiction or "").endswith(word) and len(surface) > len(word) + 1:
            return None, word, surface[len(word) :]
        return None, "", surface
    if surface.startswith("自治区") and len(surface) > 4:
        # 自治区发展改革委: an autonomous region's, a province's peer (广西, 内蒙古 …)
        return None, "自治区", surface[3:]
    if m and not m.group(1).endswith(_NOT_PLACE) and not surface.startswith(("市", "县", "区")):
        place, rest = m.group(1), m.group(2)
        # (a district or county of the city named before it: 天津市河西区人力资源和社会保障局)
        inner = _PLACE_PREFIX.match(rest) if place.endswith("市") else None
        if (
            inner
            and inner.group(1).endswith(("区", "县"))
            and not inner.group(1).endswith(_NOT_PLACE)
            and len(inner.group(2)) >= 2
        ):
            place, rest = place + inner.group(1), inner.group(2)
    prefix = ""
    stem = rest
    if (
        place is None
        and rest[:1] in LEVEL_PREFIXES
        and len(rest) > 2
        and not rest.startswith(_NOT_A_PREFIX)
    ):
        prefix, stem = rest[0], rest[1:]
    if place is None and rest.startswith("省") and len(rest) > 2:
        prefix, stem = "省", rest[1:]  # 省发展改革委: the province's, not the city's
    return place, prefix, stem


def issuing_department(
    issuer: str | None, jurisdiction: str | None, lex: Lexicons
) -> DepartmentIdentity | None:
    """The body that issued a document alone (not jointly), for the divisions it names."""
    if not issuer or "、" in issuer:
        return None
    return resolve_department(issuer, jurisdiction, lex)


def _named_on_its_own(stem: str) -> bool:
    return bool(_NATIONAL_BY_PLACE.match(stem) or _NAMED_ON_ITS_OWN.search(stem))


def resolve_department(
    surface: str,
    jurisdiction: str | None,
    lex: Lexicons,
    *,
    collective: bool = False,
    issuer: DepartmentIdentity | None = None,
    document: str | None = None,
) -> DepartmentIdentity:
    """The identity of a department written ``surface`` in a document of ``jurisdiction``.

    ``市发改局`` in a 青州市 document → id ``青州市发展和改革局``, name ``市发展和改革局``.
    A name with its own place (潍坊市生态环境局青州分局) is its own body. In a document a
    department issued (``issuer``), a division named bare (对外贸易处, 办公室) is that
    department's: ``湖南省商务厅对外贸易处``, kind ``division``.

    In a document whose place is unknown, a body whose place the name does not give either
    (县农业农村局, 省发展改革委, 各镇街) is the document's (``document``: its id): its id
    ``<document>:县农业农村局`` is shared with no other document's, whose county may differ.
    """
    ident = _resolve_department(surface, jurisdiction, lex, collective, issuer)
    if (
        document
        and not jurisdiction
        and ident.jurisdiction is None
        and (collective or not _named_on_its_own(ident.id))
    ):
        return replace(ident, id=f"{document}:{ident.id.removeprefix(':')}")
    return ident


# the peoples an autonomous place is named for, and its level: 西双版纳|傣族自治州, 黔东南|苗族侗族
# 自治州, 长阳|土家族自治县
_PEOPLES = "柯尔克孜|乌孜别克|维吾尔|哈萨克|达斡尔|塔吉克|俄罗斯|鄂温克|塔塔尔|鄂伦春|蒙古|土家|布依|哈尼|傈僳|拉祜|东乡|纳西|景颇|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|朝鲜|德昂|保安|裕固|独龙|赫哲|门巴|珞巴|基诺|壮|回|藏|苗|彝|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京|各"
_AUTONOMOUS = re.compile(rf"(?:(?:{_PEOPLES})族)+自治[州县旗]$")
#: the peoples closing an autonomous place's name once its level is cut (琼中|黎族苗族)
PEOPLES_CLOSING = re.compile(rf"(?:(?:{_PEOPLES})族)+$")


# levels of two characters or more after a place's name: 阿里|地区, 六枝|特区, 洋浦|经济开发区
_LONG_LEVEL = re.compile(
    r"(?:地区|特区|林区|矿区|经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|新区|示范区"
    r"|试验区|实验区|合作区)$"
)


def _place_stem(level: str) -> str:
    """A place's name without its level, as a body's name holds it: 青州市 → 青州, 西双版纳傣族
    自治州 → 西双版纳, 阿里地区 → 阿里 (a two-character place keeps its level: 沛县)."""
    for rx in (_AUTONOMOUS, _LONG_LEVEL):
        short = rx.sub("", level)
        if short != level and len(short) >= 2:
            return short
    return level[:-1] if len(level) >= 3 else level


def _names_own_place(stem: str, jurisdiction: str | None) -> bool:
    """Whether a name without a level prefix opens with a place of ``jurisdiction`` (连江海事处
    in a 连江县 document; 中国移动寿光分公司 holds 寿光 later — see below)."""
    jur = _PROVINCE.sub("", jurisdiction or "") or (jurisdiction or "")
    return any(stem.startswith(_place_stem(lv)) for lv in _LEVELS.findall(jur))


def _resolve_department(
    surface: str,
    jurisdiction: str | None,
    lex: Lexicons,
    collective: bool,
    issuer: DepartmentIdentity | None,
) -> DepartmentIdentity:
    if not collective:
        # 市委组织部（市委人才办） is 市委组织部: the bracket gives the same body's other name
        surface = _SECOND_NAME.sub("", surface) or surface
        # 国家税务总局盐城市税务局 is the city's 税务局: the administration it answers to
        # is no part of its identity
        surface = _NATIONAL_LINE.sub("", surface)
        if jurisdiction and surface.startswith(jurisdiction) and len(surface) > len(jurisdiction):
            # 济南市历城区科学技术局 in a 济南市历城区 document is its 区科学技术局
            surface = jurisdiction[-1] + surface[len(jurisdiction) :]
    if collective:
        jur = jurisdiction or ""
        return DepartmentIdentity(
            f"{jur}:{surface}", surface, f"{jur}{surface}", None, "collective", jurisdiction
        )
    place, prefix, stem = _name_parts(surface, jurisdiction)
    if (
        issuer is not None
        and issuer.kind in _HAS_DIVISIONS
        and place is None
        and not prefix
        and _DIVISION.search(stem)
        and stem not in lex.dept_by_stem
        # (a body naming its own place is no division: 连江海事处 in a 连江县 bureau's document)
        and not _names_own_place(stem, jurisdiction)
    ):
        full = issuer.id + stem
        return DepartmentIdentity(full, stem, full, None, "division", issuer.jurisdiction)
    provincial = prefix in ("省", "自治区")
    # (a body named by its function is its lexicon's body: 卫生健康部门, 发改 → 卫生健康局, 发改局)
    entry = lex.dept_by_stem.get(stem) or lex.dept_by_stem.get(function_body(stem) or "")
    canonical_stem = entry.name if entry else stem
    kind = entry.kind if entry else _kind(stem, False)
    if entry and entry.kind in ("bureau", "centre", "office", "commission"):
        kind = _kind(canonical_stem, False) if entry.kind == "bureau" else entry.kind
    if provincial:
        # named by its province when the jurisdiction gives it (山东省潍坊市, or the
        # province's own document: 江西省), else 省…
        province = _PROVINCE.match(jurisdiction or "") or _PROVINCE_ALONE.fullmatch(
            jurisdiction or ""
        )
        commission = entry.name[:-1] + "委员会" if entry and entry.name.endswith("局") else ""
        if stem.endswith(("委", "委员会")) and entry and commission in entry.aliases:
            # a province's 发展改革委 is a commission (发展和改革委员会), whatever a county's
            # may be called
            canonical_stem, kind = commission, "commission"
        full = (province.group(0) if province else prefix) + canonical_stem
        name_en = f"Provincial {entry.name_en}" if entry else None
        if name_en and kind == "commission":
            name_en = name_en.replace("Bureau", "Commission")
        # (a province not named — 省林业局 in a 赣州市崇义县 document — is the province of that
        # place: the same body for the place's documents, not every province's 省林业局)
        ident = full if province or not jurisdiction else f"{jurisdiction}:{full}"
        return DepartmentIdentity(
            ident,
            prefix + canonical_stem,
            full,
            name_en,
            kind,
            province.group(0) if province else None,
        )
    # a jurisdiction may be a chain: 临沂市兰山区 is 临沂市 and 兰山区 (a province before
    # its city is not part of the city's names: 山东省潍坊市 → 潍坊市)
    jur = _PROVINCE.sub("", jurisdiction or "") or (jurisdiction or "")
    levels = _LEVELS.findall(jur) or ([jur] if jur else [])
    if place is not None:
        if place in levels:  # 兰山区商务局 in a 临沂市兰山区 document is 区商务局 there
            place = _chain_to(jur, place)
        elif len(levels) == 1 and jur.endswith("市") and place.endswith("区") and len(place) == 3:
            # 东港区政府 in a 日照市 document is the city's district's (a county-level city
            # has no districts; a county named may be a neighbour, so it stays as written)
            place = jur + place
        name = place + canonical_stem
        return DepartmentIdentity(name, name, name, entry.name_en if entry else None, kind, place)
    name = prefix + canonical_stem
    body_jur = jurisdiction
    stems = [_place_stem(lv) for lv in levels]
    own_level = next((lv for lv in reversed(levels) if prefix and lv.endswith(prefix)), None)
    if place is None and not prefix and _named_on_its_own(stem):
        # a customs house or a border station is the nation's, named by its own place
        # (石家庄海关驻白沟办事处, 畹町海关 in a 芒市 document), as a ministry is, and a
        # university its own: no body of the county's
        name_en = entry.name_en if entry else None
        return DepartmentIdentity(canonical_stem, name, canonical_stem, name_en, kind, None)
    elif (
        place is None
        and not prefix
        and (
            town := next(
                (lv for lv in levels if _TOWN_NAMED.search(lv) and stem.startswith(lv)), None
            )
        )
    ):
        # a body named by the town a village's plan lies in (乌鲁却勒镇劳动保障所 in the plan of
        # one of its villages) is the town's, and the town named in its own document is itself
        # (梁山镇, 梁山镇人民政府 in a 新民市梁山镇 one)
        body_jur = _chain_to(jur, town)
        full = body_jur + canonical_stem.removeprefix(town)
    elif (
        not prefix
        and not _TOWN_NAMED.search(stem)
        and any(
            st and st in stem
            for lv, st in zip(levels, stems, strict=True)
            if not _TOWN_NAMED.search(lv)
        )
    ):
        # names its own place: 青州经济开发区管委会, 中国移动寿光分公司 in a 寿光市 document,
        # 人民银行兰山支行 in a 临沂市兰山区 one
        full = canonical_stem
    elif own_level is not None and own_level != levels[-1]:
        # the city's bureau in a district's document: 市发改局 in 临沂市兰山区 → 临沂市…
        body_jur = _chain_to(jur, own_level)
        full = body_jur + canonical_stem
    elif (prefix and jur.endswith(prefix)) or (prefix == "" and jur):
        full = jur + canonical_stem
    else:
        full = jur + name
    name_en = None
    if entry is not None:
        level = _LEVEL_EN.get(prefix, "")
        name_en = f"{level} {entry.name_en}".strip()
    return DepartmentIdentity(full, name, full, name_en, kind, body_jur)
