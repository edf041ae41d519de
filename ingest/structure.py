"""The heading tree of a policy document → sections and measures with paths.

Headings: ``一、`` / ``（一）`` / ``1.`` or ``1、`` / ``（1）`` / ``1）`` / ``第一篇`` or
``第一部分`` (a part, holding chapters: ``第二篇.第三章.第一节``), ``第一章``, ``第一节`` … /
``①`` / a labelled action holding the items after it
(``行动一：整车提升行动``, ``任务2：…``; path ``二.行动一``).
The nesting is learnt from the order in which marker kinds appear (a kind
seen again closes everything below it), so documents that skip or reorder
levels are parsed too. A path joins the markers with ``.``, Chinese numerals
kept and brackets as ASCII: ``三.(一).1``, ``一.(一).1.(1)``.

A paragraph that starts with a short label and a colon (``主要预期目标：…``)
is a measure of its own under the current heading, path ``二.主要预期目标``
(a trailing 是/为 is not part of the label) — not inside a box (专栏), whose lines are
the section's text, nor under a numbered item (``1.``, ``（1）``, ``①``) or a labelled
task (``任务1：…``), whose labelled lines (``建设内容：…``, ``总投资：…``, ``工作目标：…``) are
its fields; nor is a task card's field, named as a task table's column (``工作内容：…``,
``工作目标：…``, ``目标要求：…``), under any heading; nor any labelled line under a heading
whose lines hold a role field (a chain's card: ``链长：…`` / ``牵头部门：…`` / ``成员单位：…`` /
``发展目标：…``), nor a body's duty (``区应急管理局：负责…``, a line of a duties part). Before the first heading only goals (labels ending in 目标 or 指标) are
measures, path ``主要预期目标`` — so is a paragraph stating them in a sentence naming its label
(``2026年全市就业工作的主要目标是：…``, path ``主要目标``) —, and a plan's parts labelled by their names (``重点任务：…``,
``保障措施：…``: two or more are its parts, though no heading stands over them). A text copied from an account's or a portal's page ends at its
furniture (``ingest/furniture.py``: credits, buttons, ``往期推荐``, ``相关链接``).

A task table (rows of tab-separated cells with a header naming 牵头单位,
责任单位, 配合单位 …) gives one measure per row, its path the row number (序号).
A header may take two rows: a spanning 责任分工 over 牵头 | 配合. One column may hold two
roles split by a slash (牵头/配合单位). A table laid out as a matrix — a column for each
body, marks in the rows' cells — is a task table whose cells give the roles: marks the
document explains (★为牵头单位，○为配合单位), role words, which explain themselves (牵头, 配合),
or a tick it does not explain (√: responsible); the body columns' meanings are ``mark:`` and
the body.
A heading on a row of its own inside the table (a merged row ``一、做强主导产业``, or a
row with only 一 in 序号 and the section's name, the other cells empty) is a section of
the table's rows: they follow under it (``一.1``, ``一.2``); so is a group named in a column
of its own (类别: ``一、扩大有效投资`` merged down over its rows).
A table of bodies and their duties (序号 | 成员单位 | 工作职责) is a task table too: its body
column's meaning is ``body``, the row's body taking the role its duty opens with (牵头负责,
负责, 配合 …); so is a table sharing out goals among towns or counties (序号 | 镇（街道） |
地区生产总值增速（%） | …), each town responsible for its row's figures.
A 完成时限 column (or 时间节点 …) is the row's deadline, not a role; a 进展情况 column (推进情况,
完成情况 …) reports where the task stands: its figures are results. A task table whose
header also names an indicator and value columns (序号 | 指标名称 | 单位 | 2025年 | 2026年 |
责任单位) keeps that header on its rows for their figures. An indicator table
(指标名称 | 单位 | 2024年目标 …) is text of the unit it stands in, its rows never headings;
its figures are read by ``nlp/indicator_tables.py``.
A covering notice's numbered list of what it attaches (``附件：1.…实施方案`` / ``2.…起草说明``)
names documents, not measures, and so does its ``附件：X`` above its signature; its numbered ways
to reach it (``1.电子邮件：…``) are no headings either. An appendix line after the body
(``附件1：重点任务分工表``, ``附表``) closes the headings:
it is a unit of its own (path ``附件1``) for its text, and a task table in it gives
top-level rows; an attachment numbered afresh, whose first heading would repeat a path (an
explanation after the plan, 一、二 again), has its headings under its label (``附件2.一``).
A sentence leading into a list (``方案共分三个部分：…``, ``…如下：``) or a table (``主要指标见下表：``) is no label. A line labelled with a role, a deadline, the officials in charge or a
table's caption (``责任单位：…``, ``完成时限：…``, ``分管领导：…``, ``单位：亿元``,
``备注：…``) belongs to the unit above it.

A text without any heading is one measure, path ``全文`` (the whole text); a body without any
before an attachment with headings is one, path ``正文``, unless it covers what it attaches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.deadlines import DEADLINE_LABELS
from ingest.furniture import RECOMMENDED, furniture_to_the_end, is_furniture
from ingest.headings import (
    APPENDIX,
    HEADING_KINDS,
    HEADING_START,
    PRIORITY_MARK,
    contents_of,
    decimal_kind,
    marker_of,
    small_numeral,
    unpadded,
)
from ingest.markup_headings import TOP_PART, heading_words, path_words
from ingest.nlp.indicator_tables import (
    is_indicator_header,
    is_measure_column,
    table_unit,
    with_table_unit,
)
from ingest.nlp.mentions import PROJECT_NAME_COLUMN
from ingest.nlp.roles import BODIES_BY_NUMBER, duty_of_a_body
from ingest.normalise import PLAN_KINDS, ROW_NUMBER
from ingest.role_labels import (
    DUTIES_LABEL,
    IN_CHARGE_LABEL,
    OVERSIGHT_LABEL,
    ROLE_LABEL,
    SHORT_LABELS,
    cell_roles,
    label_role,
    slashed_roles,
)

# labels that say something of the unit above them, not start one of their own
# (a role word alone too: 牵头：市发改局　配合：市工信局)
# (a role field's label: 牵头单位, a role word alone, 责任分工, 主管部门)
_ROLE_FIELD_LABEL = rf"{ROLE_LABEL}|{'|'.join(SHORT_LABELS)}|{DUTIES_LABEL}|{IN_CHARGE_LABEL}"
_ATTRIBUTE_LABEL = re.compile(
    rf"^(?:{ROLE_LABEL}|{'|'.join(DEADLINE_LABELS)}|(?:{_ROLE_FIELD_LABEL})$)"
)
# the officials in charge of a unit (分管区领导：王某某, 责任人：…) are said of it too,
# and so are a table's caption (单位：亿元) and notes (备注：…, 数据来源：…), and the bodies
# in a leader's charge (分管部门：…, 联系单位：…), and the ways to reach whoever issued it
# (咨询电话：…, 监督电话：…, 传真：…, 邮箱：…)
_SAID_OF_ABOVE = re.compile(
    r"(领导|责任人|联系人)$|^(?:计量|金额)?单位$|^(?:备注|说明|数据来源|资料来源)$"
    r"|^(?:分管|联系|协管)(?:部门|单位|领域)$"
    r"|^(?:咨询|监督|联系|举报|投诉|办公|值班|服务)?(?:电话|热线)$|^(?:传真|(?:电子)?邮箱|邮政编码|(?:联系|通讯)地址)$"
)
# the fields of a project's or a notice's particulars (a tender's 项目编号：…, 预算金额：…,
# 合同履行期限：…; when and where to get its documents, 时间：…, 地点：…, 售价：…; whom to ask,
# 名称：…, 地址：…): text of their part, no measures
_PARTICULAR_FIELD = re.compile(
    r"^(?:项目(?:编号|名称|地点|业主|单位)|预算金额|(?:最高)?(?:投标)?限价|(?:招标)?控制价|采购(?:需求|方式)"
    r"|合同(?:履行)?期限|工期|(?:开标|投标|报名|获取)?(?:时间|地点|方式)|售价|名称|地址|联系方式"
    r"|开户(?:银行|行)|(?:银行)?账号|户名|网址"
    # (and a drill's or a meeting's: 参演单位：…, 参会人员：…)
    r"|(?:参演|参会|参加|参训)(?:单位|人员|对象)"
    # (and an interpretation's, at its end: 解读机关：…, 解读人：…)
    r"|解读(?:机关|单位|部门|机构|人))$"
)
_LABEL = re.compile(r"^([\u4e00-\u9fff“”]{2,12})：")
# A task card's fields, named as a task table's columns are (工作内容：…, 工作目标：…,
# 目标要求：…, 完成标志：…): under any heading they are its text — the card is the heading's
# item — while a paragraph of goals (主要预期目标：…) is a measure of its own.
_CARD_FIELD = re.compile(
    r"^(?:(?:工作|重点|主要|具体)?(?:任务|内容|措施|事项)|(?:工作|具体|任务)目标|目标任务"
    r"|(?:工作|目标)要求|(?:建设|实施|任务)内容|完成标志|预期成效|(?:考核|验收)标准)$"
)
# A statistical form labels its columns under the header with codes: 甲 | 乙 | 丙 | 1 | 2 | 丁
_COLUMN_CODE = re.compile(r"[甲乙丙丁戊己庚辛壬癸]|\d{1,2}")


def _is_codes_row(cells: list[str]) -> bool:
    """Whether a table's row is its column codes: every cell a code, one of them 甲…癸."""
    codes = [c.strip() for c in cells if c.strip()]
    return (
        len(codes) >= 3
        and all(_COLUMN_CODE.fullmatch(c) for c in codes)
        and any(not c.isdigit() for c in codes)
    )


# an official document's colophon (版记) opens with whom it is sent to besides (抄送：…)
# (and minutes with their attendance, clerk and copies: 出席：…, 列席：…, 请假：…, 记录：…, 分送：…)
_COLOPHON = re.compile(
    r"^(?:抄送|抄报|主送|发送|分送|(?:出席|列席|缺席|请假|记录|主持)(?:人员|人)?)[：:]"
)
# a report's address to the deputies or the comrades, opening a paragraph
_ADDRESS = re.compile(r"\s*(?:各位代表|同志们)[，,！!：:]")
_DIGIT = re.compile(r"\d")
_LABEL_TAIL = re.compile(r"(?<=..)[是为]$")  # 主要预期目标是： → 主要预期目标
_GOAL_LABEL = re.compile(r"(目标|指标)$")
# … or a sentence stating them, its label inside it: 2026年全市就业工作的主要目标是：…
_GOAL_SENTENCE = re.compile(
    r"(?:^|[。！])[^。！：:\n]{0,30}?((?:主要预期|主要|总体|预期|年度)?目标)[是为][：:]"
    # or its label opening a sentence after the general demand's (…总体要求是：…。主要目标：…)
    r"|[。！]((?:主要预期|主要|总体|预期|年度)目标)[：:]"
)
# A sentence leading into a list (方案共分三个部分：一是…, 主要包括：…) is no label, nor one
# leading into a table (主要指标见下表：, 详见附表：— batch 1173: the table was a unit of its own).
_LEAD_IN = re.compile(r"共分|分为|包括|包含|如下|以下|主要有|共有|下表|附表")
# A box set inside a section (专栏2 主导产业重点工程): its lines, labelled by a project's name
# (家居产业提升工程：…) or not, are text of the section, up to the next heading.
_BOX = re.compile(r"^专栏\s*[\d一二三四五六七八九十]+")
# A notice's numbered ways to reach it (1.电子邮件：…, 2.信函：…, 3.联系电话：…) are no headings.
_CONTACT = re.compile(
    r"\s*(?:电子邮件|电子邮箱|邮箱|信函|邮寄地址|通讯地址|电话|联系电话|咨询电话|传真|联系人)[：:]"
)
# A notice's list of the documents it attaches, numbered: 附件：1.…实施方案 / 2.…任务清单.
# Its items name documents; they are no headings.
_ATTACHMENT_LIST = re.compile(r"^附\s*件\s*[：:]\s*[1一]\s*[.．、]")
_LISTED_DOCUMENT = re.compile(
    rf"^\d{{1,2}}\s*[.．、]\s*[^，。；]{{2,80}}(?:{PLAN_KINDS}|表|通知|报告|说明|解读)(?:（[^（）]{{1,14}}）){{0,2}}$"
)
# the heading kinds of items, whose labelled lines are their fields: a numbered item's, and a
# labelled task's in a list of task cards (任务1：… / 工作目标：… / 牵头单位：…)
_ITEM_KINDS = ("num", "num_paren", "num_close", "circled", "action")
_CN_NUMBER = re.compile(r"[一二三四五六七八九十百零〇]{1,3}")
_CN_PAREN = dict(HEADING_KINDS)["cn_paren"]
_TASK_COLUMNS = (
    "任务",
    "工作任务",
    "重点任务",
    "主要任务",
    "具体措施",
    "工作内容",
    "措施",
    "内容",
    "工作事项",
    "重点事项",
    "事项",
)
# a table of bodies and their duties (序号 | 成员单位 | 工作职责), or of the towns or
# counties sharing out the year's goals (序号 | 镇（街道） | 地区生产总值增速（%） | …)
_BODY_COLUMNS = ("成员单位", "单位名称", "部门名称")
_PLACE_COLUMNS = (
    "镇",
    "乡",
    "乡镇",
    "镇街",
    "镇街区",
    "街道",
    "县",
    "区",
    "县区",
    "区县",
    "县市区",
    # (or a town's villages sharing out their products' goals: 序号 | 行政村 | 主导产业 | …)
    "村",
    "行政村",
    "村名",
    "村（社区）",
    "社区",
)
# a column of the scale each row starts from (现有规模, 现状): results of the year before the plan's
_BASE_COLUMNS = ("现有规模", "现状", "现有基础", "发展现状", "基础情况", "产业基础")
_DUTY_COLUMNS = ("工作职责", "主要职责", "职责", "职责分工", "职责任务")
# a column giving each row's body its role in a word (责任单位 | 责任类型: 牵头 / 配合), a row
# for each body on a task
_ROW_ROLE_COLUMNS = ("责任类型", "分工类型", "职责类型", "责任分工", "分工", "角色")
# a column naming each group of rows (类别: 一、扩大有效投资, merged down over them)
_GROUP_COLUMNS = ("类别", "分类", "任务类别", "工作类别", "板块", "领域")
_GROUP = re.compile(r"^([一二三四五六七八九十]{1,3})[、.．]\s*(\S.*)$")
_AND_OFFICIALS = re.compile(r"(?:及|和|与|/|、)(?:其)?(?:责任人|负责人|联系人|责任领导)$")
# a column reporting where each task stands (its figures are results, not goals)
# (a supervision list's: 落实情况, 办理情况)
_PROGRESS_COLUMNS = (
    "进展情况",
    "推进情况",
    "完成情况",
    "落实情况",
    "办理情况",
    "工作进展",
    "进度情况",
    "完成进度",
    "进展",
)
# … named for the period it covers: 一季度推进情况, 1-6月完成情况, 截至6月底进展情况
_PERIOD_PROGRESS = re.compile(
    r"(?:\d{4}年)?(?:[一二三四1-4]季度|上半年|下半年|前三季度|全年|\d{1,2}[-—–~至]\d{1,2}月份?"
    r"|截至(?:\d{4}年)?\d{1,2}月(?:底|末)?|截至目前|目前|当前)(?:工作)?"
    rf"(?:{'|'.join(_PROGRESS_COLUMNS)})"
)


@dataclass
class Unit:
    """A heading or labelled paragraph or table row, with its own text span (normalised)."""

    path: str
    marker: str
    kind: str  # heading kind, "label" or "row"
    level: int
    title: str
    start: int  # start of the heading line
    end: int  # end of the unit's own text (before its first child or next sibling)
    parent: str | None
    children: list[str] = field(default_factory=list)
    cells: dict[str, str] = field(default_factory=dict)  # task-table row: column → text
    # a task-table row: its header's cells, those of the task table's own columns (序号,
    # 任务, roles, 完成时限) blank — what is left may head indicator values (2025年 …)
    header: tuple[str, ...] = ()
    # the rows after the first of a task whose 序号 (and task) cells are merged down over
    # the rows of its measures: (offset of the row's line, its cells)
    more_rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    # the columns of the unit's rows whose cells said 同上 (as the row above), given the row
    # above's text: (offset of the row's line, column) → (the 同上's offset, the 同上 as written)
    same_as_above: dict[tuple[int, str], tuple[int, str]] = field(default_factory=dict)
    # the lines of rows read from a table elsewhere that names this item by its marker (附：
    # 重点任务分工 / （一） | 市工信局 | …): offset of the row's line → the line, where its
    # cells are found
    row_lines: dict[int, str] = field(default_factory=dict)

    @property
    def is_section(self) -> bool:
        return bool(self.children)

    @property
    def rows(self) -> list[tuple[int, dict[str, str]]]:
        """(offset of the row's line, its cells) of a task-table row and of the rows a
        merged 序号 spans; one (empty cells) for any other unit."""
        return [(self.start, self.cells), *self.more_rows]


# A cell saying its column's text is the row above's (同上, 同上。), in the columns a table
# repeats so: the bodies and the deadline
_SAME_AS_ABOVE = re.compile(r"\s*同\s*上\s*[。.]?\s*")


# the bracketed forms a numbered item's number may be misprinted in (2． （3）, 二、 （三）)
_MISPRINTS = {"num": ("num_paren", "num_close"), "cn": ("cn_paren", "cn_close")}


def _misprinted_sibling(kind: str, marker: str, top: tuple[str, Unit], seen: set[str]) -> bool:
    """Whether a bracketed number (（3）) is the item after the open numbered one (2．),
    misprinted: sub-items open at （1）, so it opens none there — unless the document numbers
    its sub-items straight through its items (a bracketed kind ``seen`` before)."""
    top_kind, top_unit = top
    value, before = small_numeral(marker), small_numeral(top_unit.marker)
    return (
        kind in _MISPRINTS.get(top_kind, ())
        and kind not in seen
        and not top_unit.children
        and value is not None
        and before is not None
        and value == before + 1 >= 2
    )


def _given_level(kind: str) -> int:
    """The markup's level of a heading's kind ``given2`` (see ``parse_structure``)."""
    return int(kind.removeprefix("given"))


def _marker_path(kind: str, marker: str) -> str:
    if kind in ("cn_paren", "num_paren"):
        return f"({marker})"
    if kind in ("num_close", "cn_close"):
        return f"{marker})"
    return marker


# a bracket closing the heading that holds a role word, one level of brackets inside it
# allowed: （区工信局牵头，各镇（街道）配合）
_IN_NOTE = r"(?:[^（）()]|[（(][^（）()]*[）)])*"
_TITLE_NOTE = re.compile(
    rf"[（(]{_IN_NOTE}(?:牵头|负责|配合|参与|协助|{ROLE_LABEL}){_IN_NOTE}[）)]?$"
)


# a heading whose item is a list of fields names itself in the first: 任务名称：…；
_NAME_FIELD = re.compile(
    r"^\s*(?:任务|工作任务|重点任务|项目|工作事项|事项)?名称：|^\s*(?:任务|事项)："
)


def _title(line: str) -> str:
    """The first clause of a heading line (of its name field's value: 任务名称：…)."""
    line = _NAME_FIELD.sub("", line)
    # a title set in square brackets right after the marker: （一）【扩大有效投资】新增…
    boxed = _BOXED_TITLE.match(line)
    if boxed and not (label_role(boxed.group(1)) or boxed.group(1) in SHORT_LABELS):
        return boxed.group(1).strip()
    # (up to a stop, a colon, or a dash parting the title from its text: 促进就业——城镇新增…)
    # (not a span of years: 2026—2028年)
    m = re.match(r"(.*?)(?:[。；：！？]|(?<![\d—－])[—－]{1,2}(?=[\u4e00-\u9fff“])|$)", line)
    title = (m.group(1) if m else line).strip() or line.strip()
    # a responsibility note closing the heading is not its title: 实施强链工程（区发改局牵头）
    title = _TITLE_NOTE.sub("", title) or title
    if len(title) > _LONG_TITLE:
        # a heading that runs into its text without a stop (工作要点 items): its first
        # clause, cut at a comma outside brackets and quotes; a short heading of two
        # phrases (坚持创新驱动，加快产业升级) stays whole
        cut = _first_comma(title)
        if cut >= 4:
            title = title[:cut]
    if len(title) > 60:
        title = title[:60]
    return title


_LONG_TITLE = 30
# (not a role note in square brackets: 【牵头单位】…, 〔牵头单位：市交通运输局〕)
_BOXED_TITLE = re.compile(r"^\s*[【〔\[［]([^【】〔〕\[\]［］：:\n]{2,30})[】〕\]］](?=\S)")


def _first_comma(text: str) -> int:
    """Index of the first ，or , outside brackets and quotes, else -1."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "（“《(":
            depth += 1
        elif ch in "）”》)":
            depth = max(depth - 1, 0)
        elif ch in "，," and depth == 0:
            return i
    return -1


_PIPE_RULE = re.compile(r"^:?-{2,}:?$")


def _cells(line: str) -> list[str] | None:
    """The cells of a table row: tab-separated, or a markdown row ``| a | b |``; else None."""
    stripped = line.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        return [c.strip() for c in stripped.strip("|").split("|")]
    if line.count("\t") >= 1 and len([c for c in line.split("\t") if c.strip()]) >= 2:
        return [c.strip() for c in line.split("\t")]
    return None


def _column_meaning(cell: str, bare_roles: bool) -> str | None:
    """'no', 'task', 'deadline', 'progress', 'base' (the scale a row starts from), 'body' (a
    body whose duty, the task, says its
    role), 'group' (the group of rows a row is in), 'role' (the word giving a row's body
    its role), a role or two split by a slash ('lead/support') for a header cell, else
    None."""
    # a note on the header is not its name: 责任单位（列第一位的为牵头单位） — but a label may
    # close with a bracket of its own: 责任科（室） (found probing)
    whole = re.sub(r"\s+", "", cell)
    c = re.sub(r"（[^（）]*）$", "", whole) or cell
    # (… unless the bracket is the role a role column's bodies have: 责任单位（牵头） | 责任单位（配合）
    # — found probing, session 80: both had read responsible)
    inner = re.search(r"（([^（）]*?)(?:单位|部门)?）$", whole)
    if inner and c != whole and label_role(c) and inner.group(1) in SHORT_LABELS:
        return SHORT_LABELS[inner.group(1)]
    # … nor the officials named beside the bodies: 责任单位及责任人
    c = _AND_OFFICIALS.sub("", c) or c
    # under a spanning header (责任分工 over 牵头 | 配合) a column may name its role alone
    role = label_role(c) or label_role(whole) or (SHORT_LABELS.get(c) if bare_roles else None)
    if role:
        return role
    slashed = slashed_roles(c)
    if slashed:
        return "/".join(slashed)
    if c in DEADLINE_LABELS and not is_measure_column(cell):
        return "deadline"  # (not one counted in days: 办理时限（工作日） measures each row)
    # (or the number of the task a table gives out: 任务序号 | 牵头单位 | 配合单位 — batch 1413)
    if c in ("序号", "编号", "序", "任务序号", "任务编号"):
        return "no"
    if c in _PROGRESS_COLUMNS or _PERIOD_PROGRESS.fullmatch(c):
        return "progress"
    if c in _BASE_COLUMNS:
        return "base"
    if c in _TASK_COLUMNS or c in _DUTY_COLUMNS or c.endswith("任务") or c.endswith("措施"):
        return "task"
    if c in _BODY_COLUMNS or c in _PLACE_COLUMNS:
        return "body"
    if c in _GROUP_COLUMNS:
        return "group"
    if c in _ROW_ROLE_COLUMNS:
        return "role"
    return None


_ROLE_MEANINGS = ("lead", "support", "responsible")
# a cell holding a figure alone (3, 6.5, ≥95%): no title of its row
_FIGURE_CELL = re.compile(r"[≥≤<>]?\s*-?\d+(?:\.\d+)?\s*%?")


def _repeatable(meaning: str) -> bool:
    """Whether a column's cell may say 同上: a role column (牵头/配合单位 too) or the deadline."""
    return meaning == "deadline" or all(m in _ROLE_MEANINGS for m in meaning.split("/"))


# a task column holding each task's goal (目标任务): its name is kept in the header, so a
# figure alone in its cell is named by the row's task (components._named_by_column)
_GOAL_TASK_COLUMN = re.compile(r"(?:\d{4}年)?(?:年度)?目标任务")
# a column of the goals each task sets (目标要求 | 工作目标 …)
# (a year may name it: 2026年目标)
_GOAL_COLUMN = re.compile(r"(?:\d{4}年)?(?:工作|主要|具体|年度|任务|预期)?目标(?:要求)?")
# a header cell naming a body: a column of a matrix task table (县工业和信息化局) — or bodies
# as a class (各乡镇（街道）, 各园区)
_BODY_COLUMN = re.compile(
    r"^[\u4e00-\u9fff（）]{2,30}(?:局|委|办|办公室|中心|政府|管委会|部|院|公司|集团|分行|海关)$"
    r"|^各[\u4e00-\u9fff（）、]{1,20}$"
)


def _table_header(
    cells: list[str], above: list[str] | None = None, marks: bool = False
) -> dict[int, str] | None:
    """Column index → meaning ('no', 'task', a role) if this row is a task-table header.

    ``above``: the row before, when it may be the first row of a two-row header
    (序号 | 工作任务 | 责任分工 | | 完成时间 over | | 牵头 | 配合 |): then a column may name
    its role alone, and the columns this row leaves empty take their meaning from above.
    ``marks``: the document states what the marks of a matrix task table mean (★为牵头单位):
    then a header with a task column and columns named for two bodies or more is one, each
    body's column meaning ``mark:`` and its name."""
    if above is not None:
        # a number under the first row's 序号 makes this a row of the table, not the
        # header's second row (a row's 牵头 under 责任类型 is no column's name)
        no = next((i for i, c in enumerate(above) if _column_meaning(c, False) == "no"), None)
        if no is not None and no < len(cells) and ROW_NUMBER.match(cells[no].strip()):
            return None
    cols: dict[int, str] = {}
    for i, cell in enumerate(cells):
        meaning = _column_meaning(cell, above is not None)
        if meaning:
            cols[i] = meaning
    if len(cells) == 2 and list(cols) == [0] and cells[1].strip():
        return None  # a field and its value (a task's card: 牵头单位 | 市经济发展局)
    if marks and "task" in cols.values():
        bodies = {i: c for i, c in enumerate(cells) if i not in cols and _BODY_COLUMN.match(c)}
        if len(bodies) >= 2 and not any(v in _ROLE_MEANINGS for v in cols.values()):
            return cols | {i: f"mark:{c}" for i, c in bodies.items()}
    if "role" in cols.values() and not any(
        v in _ROLE_MEANINGS or "/" in v or v == "body" for v in cols.values()
    ):
        # a 责任分工 column naming no body's column beside it holds the bodies themselves, each
        # cell labelling their roles (牵头：X<br>配合：Y — batch 1027), as a 责任单位 cell may
        cols = {i: "responsible" if m == "role" else m for i, m in cols.items()}
    values = cols.values()
    # (a body column with duties, or with columns measuring each row: the body's own)
    bodies_table = "body" in values and (
        "task" in values
        or any(is_measure_column(c) for c in cells)
        or any(_GOAL_COLUMN.fullmatch(c.strip()) for c in cells)
    )
    # (a task list naming no body at all: a number, a task, and its goal or deadline — the
    # roles given elsewhere, or not at all)
    # (or a list of projects named no body for — a procurement's intentions: 序号 | 采购项目名称 |
    # … | 预算金额（万元） — each row measured by a column of its own)
    projects = any(re.sub(r"\s+", "", c).endswith("项目名称") for c in cells)
    unassigned = (
        above is None
        and "no" in values
        and ("task" in values or projects)
        and (
            "deadline" in values
            or any(_GOAL_COLUMN.fullmatch(c.strip()) for c in cells)
            or (projects and any(is_measure_column(c) for c in cells))
        )
    )
    if not any(v in _ROLE_MEANINGS or "/" in v for v in values) and not (
        bodies_table or unassigned
    ):
        return None
    for i, cell in enumerate(above or []):
        meaning = _column_meaning(cell, False)
        if i not in cols and meaning in ("no", "task", "deadline"):
            cols[i] = meaning
    return cols


# a task cell holding only an item's marker: （一）, 一、, 1.
_MARKER_CELL = re.compile(
    r"[（(]([一二三四五六七八九十]+)[）)]|([一二三四五六七八九十]+)、?|(\d+)[.．、]?"
)


def _unit_named_by(cell: str, units: list[Unit]) -> Unit | None:
    """The one item of the text (no table row) a task cell names by its marker alone
    (（一） → 二.(一) where no other item is (一)), else None."""
    m = _MARKER_CELL.fullmatch(re.sub(r"\s+", "", cell))
    if m is None:
        return None
    wanted = f"({m[1]})" if m[1] else (m[2] or m[3])
    found = [
        u
        for u in units
        if u.kind not in ("row", "appendix") and u.path.rsplit(".", 1)[-1] == wanted
    ]
    return found[0] if len(found) == 1 else None


def _numbered_row(cells: list[str], table: dict[int, str] | None) -> bool:
    """Whether ``cells`` hold a row number under the open ``table``'s 序号 column."""
    no = next((i for i, m in (table or {}).items() if m == "no"), None)
    return no is not None and no < len(cells) and bool(ROW_NUMBER.match(cells[no].strip()))


def _spread_role_cells(
    cells: list[str], table: dict[int, str], header: list[str]
) -> dict[int, str]:
    """The cells of a task-table row under a role column spanning several (责任单位 merged
    over three columns, one body a cell; a docx header repeating it in each): column index →
    the role, for each cell after the column's first, up to the next column of another
    meaning — the cells past the header's last named column, or under its blank cells, or
    under the same role again."""
    out: dict[int, str] = {}
    role = None
    for i in range(len(cells)):
        meaning = table.get(i)
        named = i < len(header) and header[i].strip()
        if meaning in _ROLE_MEANINGS:
            if role == meaning:
                out[i] = meaning  # (the same role again: a header repeating a merged cell)
            role = meaning
        elif meaning is None and not named and role is not None:
            out[i] = role  # (under a blank header cell, or past the header)
        else:
            role = None
    return out


def _lone_role_cell(lines: list[str], index: int, table: dict[int, str] | None) -> list[str] | None:
    """The cells of a row of an open task table holding one cell alone, under a role column
    (序号 and task left empty, as a spreadsheet saved as text leaves the rows a merged cell
    spans: ``1,建设园区,县工信局（牵头）`` / ``,,县发改局``), right under a row; else None —
    not a signature set under the table after a blank line, in the same column."""
    line = lines[index]
    if table is None or "\t" not in line or index == 0 or "\t" not in lines[index - 1]:
        return None
    cells = [c.strip() for c in line.split("\t")]
    filled = [i for i, c in enumerate(cells) if c]
    return cells if len(filled) == 1 and table.get(filled[0]) in _ROLE_MEANINGS else None


def _continues_above(cells: list[str], table: dict[int, str]) -> bool:
    """Whether a task-table row leaves its 序号 and first task cell empty, as a spreadsheet
    leaves the rows of a task's measures after its first: it is a row of the task above.
    (A table without a 序号 column numbers its rows; such a row is one of them.)"""
    no = [i for i, meaning in table.items() if meaning == "no"]
    task = [i for i, meaning in table.items() if meaning == "task"]
    if not no or not task:
        return False
    return all(i >= len(cells) or not cells[i] for i in (no[0], min(task)))


# a task table's row naming a group of the rows under it, in words alone: 产业发展类, 民生保障
_GROUP_LABEL = re.compile(r"[\u4e00-\u9fff“”、]{2,16}")


def _next_is_row(lines: list[str], index: int) -> bool:
    """Whether the next non-blank line after ``lines[index]`` is a table row."""
    for line in lines[index + 1 :]:
        if line.strip():
            return _cells(line) is not None
    return False


def _under_spans(upper: list[str], lower: list[str]) -> list[str]:
    """A two-row header's column names: a lower cell under a cell of the upper row that
    spans it (2025年 merged across 目标 | 完成 | 完成率（%）, the merge leaving the cells after
    it empty) is named by both (2025年目标, 2025年完成 …); a cell merged down, repeated in
    both rows, or alone in either, is named once."""
    names, carried = [], ""
    for i, low in enumerate(lower):
        up = upper[i] if i < len(upper) else ""
        carried = up or carried
        names.append(up or low if not low or low == up else (up or carried) + low)
    return names


def _line_above(lines: list[str], index: int) -> str:
    """The last non-blank line before ``lines[index]``."""
    for line in reversed(lines[:index]):
        if line.strip():
            return line
    return ""


# a row of sums (合计 | | | 356000 | 98000) restates the rows it sums: no measure
_SUM_ROW = re.compile(r"^(?:合计|总计|小计|共计)$")


# a card's role field (牵头部门：…, 配合单位：…), which makes the lines under a heading its fields
_ROLE_FIELD = re.compile(rf"^(?:{_ROLE_FIELD_LABEL})[：:]")
_CARD_REACH = 30


def _holds_role_field(lines: list[str], index: int) -> bool:
    """Whether the lines under the heading at ``lines[index]``, up to the next heading,
    hold a role field: then they are a card's fields (链长：… / 牵头部门：… / 成员单位：… /
    发展目标：…), the heading's text, not measures of their own."""
    for line in lines[index + 1 : index + 1 + _CARD_REACH]:
        line = line.strip()
        if HEADING_START.match(line):
            return False
        if _ROLE_FIELD.match(line):
            return True
    return False


_DATE_ALONE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


def _signed_after(lines: list[str], index: int) -> bool:
    """Whether a signature follows within the next four lines: a date alone (the issuer over
    it) — a notice's 附件：… above its signature names what it attaches."""
    after = [line.strip() for line in lines[index + 1 : index + 8] if line.strip()][:4]
    return any(_DATE_ALONE.match(line) for line in after)


def _nothing_after(lines: list[str], index: int) -> bool:
    """Whether no words follow ``lines[index]`` but a page's furniture (附件：….docx, a link
    closing the page's text, the attachment not in it)."""
    return all(not line.strip() or is_furniture(line.strip()) for line in lines[index + 1 :])


# A task card set out as a table of two columns, no heading over it: its name field carries
# the task's number (任务名称 | 1.建设…), or a field of its own above the name does (序号 | 3).
_CARD_NAME = re.compile(r"(?:(?:重点|主要|工作|具体)?任务|事项)(?:名称)?")
_CARD_NUMBER = re.compile(r"序号|编号")


def _card_heading(cells: list[str], lines: list[str], index: int) -> str | None:
    """The heading a task card's row gives: its name field numbered (``任务名称 | 1.建设…``
    gives ``1.建设…``), or its number field (``序号 | 3``) over a name field (``3.拓展…``)."""
    if len(cells) != 2 or not cells[1]:
        return None
    label = re.sub(r"\s+", "", cells[0])
    if _CARD_NAME.fullmatch(label) and HEADING_START.match(cells[1]):
        return cells[1]
    if _CARD_NUMBER.fullmatch(label) and re.fullmatch(r"\d{1,3}", cells[1]):
        after = next((line for line in lines[index + 1 :] if line.strip()), "")
        name = _cells(after)
        if name and len(name) == 2 and _CARD_NAME.fullmatch(re.sub(r"\s+", "", name[0])):
            return f"{cells[1]}.{name[1]}"
    return None


def _next_text(lines: list[str], index: int) -> str:
    """The next non-blank line after ``lines[index]`` unless it is a table row."""
    for line in lines[index + 1 :]:
        if line.strip():
            return "" if _cells(line) is not None else line.strip()
    return ""


# a line in Latin script, no Chinese in it (an English version for reference after the text)
_LATIN_LINE = re.compile(r"\s*[A-Za-z][^\u3400-\u9fff]*")


# a covering notice's words (现将《…》印发给你们，请认真贯彻执行; 现将…项目计划下达给你们; a draft
# published for comments, 公开征求意见): its body only hands on what it attaches
_COVERING_BODY = re.compile(
    r"(?:印发|转发|下发|下达)给你们|现将[^。\n]{0,80}?(?:印发|转发|下发|下达|公布)|征求[^。\n]{0,6}意见"
)
# a sentence of prose: twenty characters or more closed by a full stop (no headline, addressee
# or signature ends so)
_PROSE = re.compile(r"[^\n。]{20,}。")


def _substantive_body(text: str, end: int) -> bool:
    """Whether the text before ``end`` (a body with no headings) says something of its own:
    prose, and not a covering notice's."""
    return _PROSE.search(text, 0, end) is not None and _COVERING_BODY.search(text, 0, end) is None


def _closes_a_list_of_names(unit: Unit, units: list[Unit], text: str, line: str) -> bool:
    """Whether a paragraph (a sentence) after ``unit`` closes a list of three or more numbered
    items that are names alone, a line each (1.哑柏镇仁烈村（猕猴桃） / 2.…): what it asks of them
    is the notice's, no last item's text."""

    def a_name_alone(u: Unit) -> bool:
        own = text[u.start : u.end].strip()
        return not u.children and "\n" not in own and not _SENTENCE_MARK.search(own)

    # (the item itself first: most paragraphs follow an item of text, and the siblings are
    # looked for only then)
    if "。" not in line or not a_name_alone(unit):
        return False
    siblings = [u for u in units if u.parent == unit.parent and u.kind == unit.kind]
    return len(siblings) >= 3 and siblings[-1] is unit and all(map(a_name_alone, siblings))


_SENTENCE_MARK = re.compile(r"[，,。；;：:]")


def parse_structure(
    text: str, legend: dict[str, str] | None = None, given: dict[int, int] | None = None
) -> tuple[list[Unit], int]:
    """Units in text order and the offset where the body starts (first heading).
    ``legend``: the role each cell of a matrix task table may give (``role_labels.cell_roles``),
    when the caller has read it already. ``given``: the lines the markup heads and no marker
    numbers — where each starts, and its level (``markup_headings.given_headings``)."""
    given = given or {}
    units: list[Unit] = []
    by_path: dict[str, Unit] = {}
    stack: list[tuple[str, Unit]] = []  # (heading kind, unit)
    open_leaf: Unit | None = None  # a labelled paragraph collecting following text
    body_start = -1
    pos = 0
    table: dict[int, str] | None = None
    table_head: tuple[str, ...] = ()
    table_count = 0
    table_group = ""  # the group the task table's rows are in (its 类别 column)
    table_above: dict[str, str] = {}  # the row above's cells, for a cell saying 同上
    stated_unit: str | None = None  # the unit stated above the table's header (单位：万元)
    table_cells: list[str] = []  # the header row's cells (a second row goes under them)
    in_indicators = False  # inside an indicator table (read by nlp/indicator_tables.py)
    above: list[str] | None = None  # a row that may be the first of a two-row header
    header_above = False  # the row before was a header (a second header row goes on it)
    in_box = False  # inside a box (专栏), up to the next heading
    in_card = False  # under a heading whose lines are a card's fields (牵头部门：… among them)
    listing = False  # inside a notice's numbered list of attachments (附件：1.… / 2.…)
    appendix_unit: Unit | None = None  # an attachment whose first heading is still to come
    bare_appendix_at = -1  # an attachment's line before any heading (a body with none)

    def add(unit: Unit) -> Unit:
        path = unit.path
        n = 2
        while path in by_path:  # duplicate numbering in a sloppy document
            path = f"{unit.path}~{n}"
            n += 1
        unit.path = path
        units.append(unit)
        by_path[path] = unit
        if unit.parent is not None:
            by_path[unit.parent].children.append(path)
        return unit

    opened: set[str] = set()  # the heading kinds opened so far
    markup_levels: dict[int, int] = {}  # a numbered heading's level in the markup, by its unit

    def markup_level(entry: tuple[str, Unit]) -> int | None:
        """The markup's level of an open heading: a given kind's, or a numbered heading's
        that the markup sets too; None for one the markup does not."""
        kind, unit = entry
        if kind.startswith("given"):
            return _given_level(kind)
        return markup_levels.get(id(unit))

    def open_label(label: str, start: int, end: int) -> Unit:
        """A paragraph labelled (主要预期目标：…) as a measure under the current heading."""
        parent_unit = stack[-1][1] if stack else None
        return add(
            Unit(
                path=label if parent_unit is None else f"{parent_unit.path}.{label}",
                marker=label,
                kind="label",
                level=parent_unit.level + 1 if parent_unit else 1,
                title=label,
                start=start,
                end=end,
                parent=parent_unit.path if parent_unit else None,
            )
        )

    def open_heading(kind: str, marker: str, rest: str, start: int, end: int) -> None:
        """A heading's unit under the nearest open heading of another kind (a kind seen
        again closes everything from its last one down), open for what follows."""
        kinds = [k for k, _ in stack]
        if kind in kinds:
            del stack[kinds.index(kind) :]
        held_as = kind
        if stack and _misprinted_sibling(kind, marker, stack[-1], opened):
            # 1． 2． （3） 4．: the third item, misprinted — held as its siblings' kind, so
            # that 4． closes it
            held_as = stack.pop()[0]
        seg = _marker_path(kind, marker)
        nonlocal appendix_unit
        if not stack and appendix_unit is not None:
            # an attachment numbered afresh (an explanation after the plan: 一、二 again)
            # has its headings under its label (附件2.一); one whose first heading repeats
            # no path keeps its own (the plan under a covering notice: 一, 二.(一))
            if seg in by_path:
                stack.append(("appendix", appendix_unit))
            appendix_unit = None
        parent_unit = stack[-1][1] if stack else None
        unit = add(
            Unit(
                path=seg if parent_unit is None else f"{parent_unit.path}.{seg}",
                marker=marker,
                kind=kind,
                level=len(stack) + 1,
                title=_title(rest),
                start=start,
                end=end,
                parent=parent_unit.path if parent_unit else None,
            )
        )
        stack.append((held_as, unit))
        opened.add(kind)

    raw_lines = text.split("\n")
    contents = contents_of(text)  # its entries repeat the headings; none
    # a matrix task table's cells give roles: marks the document explains, role words, ticks
    marks = bool(cell_roles(text) if legend is None else legend)
    for index, raw_line in enumerate(raw_lines):
        line_start = pos
        pos += len(raw_line) + 1
        line = raw_line.strip()
        if not line or index in contents:
            continue
        # --- indicator tables: their lines are text of the unit, never headings ---
        # (a tab indenting a line is no cell's: 　第二章 … after the table, every line indented)
        if in_indicators and "\t" in raw_line.lstrip():
            target = open_leaf or (stack[-1][1] if stack else None)
            if target is not None:
                target.end = pos - 1
            continue
        in_indicators = is_indicator_header(raw_line)
        if in_indicators:
            table = None
            target = open_leaf or (stack[-1][1] if stack else None)
            if target is not None:
                target.end = pos - 1
            continue
        # --- task tables -------------------------------------------------
        cells = _cells(raw_line) or _lone_role_cell(raw_lines, index, table)
        if cells is not None and all(_PIPE_RULE.match(c) for c in cells if c):
            continue  # the |---|---| line under a markdown header
        if cells is not None:
            # (a row numbered under the open table's 序号 is its row, though its cells read as
            # a header's: 8 | 能耗下降 | 完成省下达任务 | 县发改局 | 县工信局, a matrix's)
            header = None if _numbered_row(cells, table) else _table_header(cells, above, marks)
            above = cells if header is not None or table is None else None
            if header is not None:
                names = cells
                if table is not None and cells == table_cells:
                    pass  # the header repeated over a page: the same table goes on
                elif table is None or not header_above:
                    table_count += 1
                    stated_unit = table_unit(_line_above(raw_lines, index))  # 单位：万元
                else:  # a header's second row: under the first's cells spanning it
                    names = _under_spans(table_cells, cells)
                table, header_above, table_cells = header, True, cells
                table_group = ""
                table_above = {}
                table_head = tuple(
                    ""
                    if i in header
                    and not _GOAL_TASK_COLUMN.fullmatch(re.sub(r"\s+", "", c))
                    and not PROJECT_NAME_COLUMN.fullmatch(re.sub(r"\s+", "", c))
                    else with_table_unit(c, stated_unit)
                    if stated_unit
                    else c
                    for i, c in enumerate(names)
                )
                if body_start < 0:
                    body_start = line_start
                continue
            header_above = False
            first = next((re.sub(r"\s+", "", c) for c in cells if c), "")
            if table is not None and _is_codes_row(cells):
                continue  # a statistical form's column codes under its header (甲 | 乙 | 1 | 2)
            if table is not None and _SUM_ROW.match(first):
                continue
            if table is not None:
                # the first task column titles the row (重点任务 before 具体措施)
                row: dict[str, str] = {}
                repeated: dict[tuple[int, str], tuple[int, str]] = {}
                spread = _spread_role_cells(cells, table, table_cells)
                cursor = 0  # (where the next cell starts in the line: a 同上's own offset)
                for i, c in enumerate(cells):
                    if c:
                        at = raw_line.find(c, cursor)
                        cursor = at + len(c) if at >= 0 else cursor
                        meaning = table.get(i) or spread.get(i) or f"col{i}"
                        if _SAME_AS_ABOVE.fullmatch(c) and _repeatable(meaning):
                            # 同上: the bodies (or deadline) of this column in the row above
                            if not table_above.get(meaning):
                                continue
                            repeated[(line_start, meaning)] = (line_start + max(at, 0), c)
                            c = table_above[meaning]
                        elif meaning in row and i in spread and at >= 0:
                            # one body a cell under a role header spanning them: the cells
                            # from the first to this one, as the line has them
                            since = raw_line.find(row[meaning])
                            if 0 <= since < at:
                                row[meaning] = raw_line[since : at + len(c)]
                            continue
                        row.setdefault(meaning, c)
                table_above = row
                number = row.get("no") or str(
                    sum(1 for u in units if u.kind == "row" and u.marker.startswith("t")) + 1
                )
                number = unpadded(number.rstrip(".、"))  # (01, as a spreadsheet pads it, is 1)
                # (a table of bodies without duties is titled by the body: 高坪街道; so is one
                # sharing out goals among the bodies of its role column, whose other cells are
                # figures: 县发展和改革局, not 3)
                other = next((c for i, c in enumerate(cells) if table.get(i) is None and c), "")
                if _FIGURE_CELL.fullmatch(other):
                    other = next((row[m] for m in _ROLE_MEANINGS if row.get(m)), "") or other
                task = row.get("task") or row.get("body") or other
                group = _GROUP.match(row.get("group", ""))
                if group and row["group"] != table_group:
                    # a group named in its own column: a heading over its rows, its span
                    # the cell's
                    table_group = row["group"]
                    at = line_start + raw_line.find(table_group)
                    open_heading("cn", group.group(1), group.group(2), at, at + len(table_group))
                    open_leaf = None
                paren = _CN_PAREN.fullmatch(number)  # （一） as a heading writes it
                section = "cn" if _CN_NUMBER.fullmatch(number) else "cn_paren" if paren else None
                if section and not any(c for k, c in row.items() if k not in ("no", "task")):
                    # a section row not merged across (一 | 提升政务服务效能 | | …): a
                    # heading over the rows below, as a merged one is — and （一） one
                    # level down, over the rows numbered again under it
                    marker = marker_of("cn_paren", paren) if paren else number
                    open_heading(section, marker, row.get("task", ""), line_start, pos - 1)
                    open_leaf = None
                    continue
                item = units[-1] if units else None
                if (
                    item is not None
                    and item.kind != "row"
                    and item.kind != "appendix"
                    and set(table.values()) <= {*_ROLE_MEANINGS, "deadline"}
                ):
                    # a table of roles alone (牵头单位 | 配合单位 | 完成时限) right after an
                    # item's paragraph: the item's roles, no measure of its own
                    item.end = pos - 1
                    item.more_rows.append((line_start, row))
                    item.same_as_above.update(repeated)
                    continue
                named = (
                    _unit_named_by(task, units)
                    if set(table.values()) <= {"task", "no", *_ROLE_MEANINGS, "deadline"}
                    else None
                )
                if named is not None:
                    # a table of roles whose rows name the text's own items by their markers
                    # (附：重点任务分工 / （一） | 市工信局 | 市科技局): those items' roles, no
                    # measures of their own — batch 1593
                    named.more_rows.append((line_start, row))
                    named.row_lines[line_start] = raw_line
                    named.same_as_above.update(repeated)
                    continue
                marker = f"t{table_count}:{number}"
                last = units[-1] if units and units[-1].kind == "row" else None
                if last is not None and (
                    (last.marker == marker and row.get("task") == last.cells.get("task"))
                    or (
                        last.marker.startswith(f"t{table_count}:")
                        and _continues_above(cells, table)
                    )
                ):
                    # 序号 and task merged down over this row (Word repeats a merged
                    # cell's text in each row), or left empty under them (a spreadsheet
                    # pasted into Word): one more row of the same measure
                    last.end = pos - 1
                    last.more_rows.append((line_start, row))
                    last.same_as_above.update(repeated)
                    continue
                if not stack and appendix_unit is not None and number in by_path:
                    # an attachment's table numbered afresh (附件2's rows 1, 2 after 附件1's):
                    # its rows are under its label, as its headings would be (附件2.1)
                    stack.append(("appendix", appendix_unit))
                    appendix_unit = None
                parent = stack[-1][1].path if stack else None
                path = number if parent is None else f"{parent}.{number}"
                unit = add(
                    Unit(
                        path=path,
                        marker=marker,
                        kind="row",
                        level=(stack[-1][1].level + 1) if stack else 1,
                        title=_title(task),
                        start=line_start,
                        end=pos - 1,
                        parent=parent,
                        cells=row,
                        header=table_head,
                        same_as_above=repeated,
                    )
                )
                open_leaf = None
                continue
        if cells is None:
            above, header_above = None, False
        # --- headings ----------------------------------------------------
        heading = None
        listing = bool(_ATTACHMENT_LIST.match(line)) or (
            listing and bool(_LISTED_DOCUMENT.match(line))
        )
        # (a task card's row numbering it, 任务名称 | 1.建设…, heads it as the number would)
        carded = _card_heading(cells, raw_lines, index) if cells and table is None else None
        heading_line = carded or line
        # (a mark singling the heading out, ★1., is no part of it)
        marked = PRIORITY_MARK.match(heading_line)
        after_mark = heading_line[marked.end() :] if marked else heading_line
        for kind, rx in HEADING_KINDS:
            m = rx.match(after_mark)
            if (
                m
                and not listing
                and not _CONTACT.match(after_mark, m.end())
                # (an English version's items, (1) Enriching…, are a translation's: no headings)
                and not _LATIN_LINE.fullmatch(after_mark, m.end())
            ):
                heading = (kind, m)
                break
        if heading is not None and in_box and stack and heading[0] not in [k for k, _ in stack]:
            # a box's items numbered under it (专栏1 … / 1.龙门山景区提升工程：…) are its
            # lines, text of the section; a heading of a kind open above closes the box
            heading = None
        # A row that spans the table (一、做强主导产业 above its rows) is a heading inside
        # it: the table goes on under the heading; so it does under a row naming a group of
        # rows in words alone (产业发展类), no unit of its own — the rows keep their numbers,
        # as a category column's rows do. Anything else ends the table.
        if (
            cells is None
            and table is not None
            and heading is None
            and line_start not in given
            and _GROUP_LABEL.fullmatch(line)
            and _next_is_row(raw_lines, index)
        ):
            continue
        if cells is None and not (heading and table and _next_is_row(raw_lines, index)):
            table = None
        appendix = APPENDIX.match(line)
        if appendix and not units and not stack and bare_appendix_at < 0:
            bare_appendix_at = line_start
        if (
            appendix
            and appendix.group(3)
            and stack
            and (_signed_after(raw_lines, index) or _nothing_after(raw_lines, index))
        ):
            # a notice's 附件：X above its signature names what it attaches: it closes the
            # notice's points, and is no unit (the attachment's own label comes after); so
            # does one closing the text, a page's link to a file it does not hold — and what
            # follows that is the page's furniture, read no further
            stack.clear()
            open_leaf = None
            if _nothing_after(raw_lines, index):
                break
            continue
        if appendix and (stack or any(u.kind in ("row", "appendix") for u in units)):
            # 附件1：重点任务分工表 closes the body's headings: what follows is not part of
            # the last measure. The appendix is a unit of its own for the text that is not
            # a task table (a table's rows are top-level measures numbered by 序号).
            stack.clear()
            label = f"附{appendix.group(1)}{appendix.group(2)}"
            open_leaf = add(
                Unit(
                    path=label,
                    marker=label,
                    kind="appendix",
                    level=1,
                    title=_title(appendix.group(3) or _next_text(raw_lines, index) or label),
                    start=line_start,
                    end=pos - 1,
                    parent=None,
                )
            )
            appendix_unit = open_leaf
            continue
        if (stack or open_leaf) and (
            RECOMMENDED.fullmatch(line)
            or (is_furniture(line) and furniture_to_the_end(raw_lines, index))
        ):
            # a text copied from an account's or a portal's page ends with its credits
            # (来源：…, 编辑：…), buttons and links to other articles (往期推荐, 相关链接):
            # nobody's text, no measures
            stack.clear()
            open_leaf = None
            break
        if stack and _COLOPHON.match(line):
            # a colophon (抄送：…, then the office's 印发 line) closes the body: its list of
            # bodies is no part of the last measure, nor a measure of its own
            stack.clear()
            open_leaf = None
            continue
        if heading is None and line_start in given:
            # a heading of the markup's (<h2>, ##, Heading 2) that no marker numbers: a kind
            # for each level, under the nearest open heading of the markup's of a higher level
            # (the items numbered under the one before are closed); its words are its path
            level = given[line_start]
            while stack and not ((up := markup_level(stack[-1])) is not None and up < level):
                stack.pop()
            open_heading(
                f"given{level}", path_words(line), heading_words(line), line_start, pos - 1
            )
        elif heading is not None:
            kind, m = heading
            marker = marker_of(kind, m)
            if kind == "decimal":  # a kind for each depth: 3 / 3.1 / 3.1.1
                kind = decimal_kind(m.group(1))
            rest = marker if kind == "boxed" else after_mark[m.end() :]  # (【2025年成绩单】)
            if not rest.strip() and (after := _next_text(raw_lines, index)):
                # a marker alone on its line (一、 / 重点任务, as a PDF's runs or a pasted list
                # leave it): its title is the next line's, unless that opens a heading
                rest = "" if HEADING_START.match(after) else after
            open_heading(kind, marker, rest, line_start, pos - 1)
            if line_start in given:  # (a numbered heading of the markup's: ## 二、重点任务)
                markup_levels[id(stack[-1][1])] = given[line_start]
        if heading is not None or line_start in given:
            open_leaf = None
            in_box = False
            in_card = _holds_role_field(raw_lines, index)
            if body_start < 0:
                body_start = line_start
            continue
        # --- labelled paragraphs and plain text ----------------------------
        in_box = in_box or bool(_BOX.match(line))
        lm = _LABEL.match(line)
        # (a plan's part labelled by its name before any heading is a part, 重点任务：…, though
        # a task card's field is named so)
        top_part = (
            lm is not None and not stack and TOP_PART.fullmatch(_LABEL_TAIL.sub("", lm.group(1)))
        )
        if (
            lm
            and not in_box
            and not in_card
            # under a numbered item (a project: 1.…项目) or a labelled task (任务1：…),
            # labelled lines (建设内容：…, 总投资：…, 工作目标：…) are its fields, its own text
            and not (stack and open_leaf is None and stack[-1][0] in _ITEM_KINDS)
            and not _ATTRIBUTE_LABEL.match(lm.group(1))
            and (top_part or not _CARD_FIELD.match(lm.group(1)))
            and not _PARTICULAR_FIELD.match(lm.group(1))
            and not _LEAD_IN.search(lm.group(1))
            and not is_furniture(line)  # a credit (图片：…, 来源：…) is nobody's measure
            and not _SAID_OF_ABOVE.search(lm.group(1))
            and not OVERSIGHT_LABEL.match(lm.group(1))
            # (a body given items by number, 市农业农村局：负责第3项任务, or its duty, 区应急管理
            # 局：负责指导…, is text of its part)
            and not BODIES_BY_NUMBER.match(line)
            and not duty_of_a_body(line)
        ):
            label = _LABEL_TAIL.sub("", lm.group(1))
            # Before the first heading only goals are measures (主要预期目标是：…), and a plan's
            # parts labelled so (重点任务：…, 保障措施：…), not the notice's 附件： or 联系人：.
            if stack or _GOAL_LABEL.search(label) or top_part:
                open_leaf = open_label(label, line_start, pos - 1)
                if body_start < 0:
                    body_start = line_start
                continue
        # Before the first heading, a paragraph stating the year's goals in a sentence
        # (2026年全市就业工作的主要目标是：…) is a measure of goals, as a label's is.
        goals = None if stack or open_leaf is not None else _GOAL_SENTENCE.search(line)
        if goals is not None and not in_box and not in_card:
            open_leaf = open_label(goals.group(1) or goals.group(2), line_start, pos - 1)
            if body_start < 0:
                body_start = line_start
            continue
        if open_leaf is None and stack and _closes_a_list_of_names(stack[-1][1], units, text, line):
            stack.clear()  # (the list is over: a closing paragraph is no item's — batch 1260)
            continue
        if open_leaf is None and stack and _ADDRESS.match(line) and not _DIGIT.search(line):
            # (a report's closing address to the deputies, no figure in it, is no item's: 各位
            # 代表，新的一年… — the thirty-third draw: the town it names was read the last item's)
            stack.clear()
            continue
        target = open_leaf or (stack[-1][1] if stack else None)
        if target is not None:
            target.end = pos - 1
    # No headings at all: the whole text is one measure, so its facts are not lost (a goal
    # paragraph alone would keep only its own) — unless two paragraphs or more name the plan's
    # parts by their labels (发展目标：… / 重点任务：… / 保障措施：…): those are its parts.
    named_parts = sum(1 for u in units if TOP_PART.fullmatch(u.path))
    if all(u.kind == "label" and u.parent is None for u in units) and named_parts < 2:
        units = []
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not units and text.strip():
        units.append(Unit("全文", "全文", "body", 1, _title(first_line), 0, len(text), None))
    elif bare_appendix_at >= 0 and _substantive_body(text, bare_appendix_at):
        # A body with no headings before attachments with theirs (a decision commending the
        # people its attachment lists, a 通报 with its tables): the body is a measure of its
        # own, path 正文, so its facts are not lost — unless it only covers what it attaches
        body = Unit("正文", "正文", "body", 1, _title(first_line), 0, bare_appendix_at - 1, None)
        units.insert(0, body)
        by_path[body.path] = body
    # A unit's own text ends where its first child begins.
    for unit in units:
        if unit.children:
            first_child = by_path[unit.children[0]]
            unit.end = min(unit.end, first_child.start)
        unit.end = max(unit.end, unit.start)
    return units, body_start if body_start >= 0 else len(text)
