"""A read document → graph records, every fact with its evidence (pure, no I/O).

Flow: normalise (with an offset map) → heading tree → one spaCy Doc per unit
→ records. Evidence offsets are into the original text (``RawDocument.text``);
the evidence sentence is the original text at those offsets.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Any

from spacy.language import Language

from graph.records import DocumentRecords, EdgeRecord, Evidence, NodeRecord
from graph.schema import ROLE_RELS, Label, RelType
from ingest.deadlines import deadline_of_cell, find_deadline, in_plan_year
from ingest.headings import line_key, small_numeral
from ingest.marks import Marks
from ingest.markup_headings import given_headings, standing_headings
from ingest.meta import extract_meta, single_year
from ingest.nlp.indicators import Indicator, indicator_of
from ingest.nlp.industries import document_unlisted
from ingest.nlp.lexicons import load_lexicons
from ingest.nlp.pipeline import get_pipeline, process
from ingest.nlp.roles import (
    ADDRESSEE_NAME,
    LETTER_OF_RESPONSIBILITY,
    PEOPLES_CLOSING,
    SELF_NAME,
    DepartmentIdentity,
    RoleItem,
    bodies_by_number,
    bodies_for_all,
    duty_role,
    find_notes,
    first_leads_others,
    first_listed_leads,
    issuing_department,
    item_numbers,
    parse_cell,
    part_reference,
    resolve_department,
    second_party,
    starred_leads,
    states_first_leads,
    states_starred_leads,
    task_references,
)
from ingest.nlp.targets import deadline_of
from ingest.normalise import Normalised, normalise, one_for_one, years_in_digits
from ingest.readers import RawDocument
from ingest.role_labels import SHORT_LABELS, cell_roles
from ingest.structure import Unit, parse_structure

_SENT_END = re.compile(r"[。！？；\n]")
# formats whose lines are a sheet's rows, never wrapped by a page (a Word file's paragraphs
# may be: text pasted from a printed copy keeps a paragraph a printed line, and the
# normaliser leaves a file of the author's own paragraphs as it is, as it leaves a text file
# written a paragraph a line)
_ROWS_LINES = ("xlsx", "xls", "csv")
_REPORTED_SECTION = re.compile(
    r"执行情况|完成情况|推进情况|进展情况|落实情况|工作回顾|回顾|主要成效|工作总结"
    # (a year's report card, as a post retelling a 政府工作报告 heads it: 【2025年成绩单】)
    r"|成绩单"
    # (a body's duties done in the year, as a debriefing or a standing committee's report heads
    # them: 一、2025年履职情况)
    r"|履职情况"
    # (a speech's part affirming last year's: 一、充分肯定2025年工作成效)
    r"|工作成效"
    # (the work carried out, as a centre's summary heads its review: 一、2025年工作开展情况)
    r"|开展情况"
)
# (… of which a part on the tasks' progress: 二、任务推进情况, 重点工作完成情况)
_PROGRESS_PART = re.compile(r"完成情况|推进情况|进展情况|落实情况")
# A part headed by a year's work alone (一、2025年主要工作, as a court's or a bureau's report to
# its congress heads its review): what was done, when the year had ended by the document's date
_YEARS_WORK = re.compile(r"^(\d{4})年(?:主要|全年)?工作(?:情况)?$")
# A part of a progress report on what comes next: 下一步工作要求, 第四季度工作打算
_AHEAD = re.compile(r"下一步|下阶段|下半年|打算|安排|计划|要求|思路|建议|意见|措施")
# … the next year's: 明年工作打算, 来年工作安排
_NEXT_YEAR = re.compile(r"明年|来年|下一年")
# The review that opens a plan, at any level (第一章 规划背景 / 第一节 发展基础):
# 发展基础, “十三五”发展成就, 发展现状与形势, “十四五”时期取得的重大成就 (a party committee's
# proposals), 发展取得重大成就; anchored, so that a task such as
# 三、夯实发展基础 stays a task.
_REVIEW_SECTION = re.compile(
    r"^(?:“[^”]{2,6}”(?:时期|期间)?(?:的)?)?(?:经济社会|产业)?"
    r"(?:发展基础|现实基础|工作基础|发展现状|(?:发展)?取得(?:的)?(?:重大|显著|历史性|巨大)?成就"
    r"|(?:发展|重大|主要)成就"
    # (a special plan's state of things it starts from: 一、现状与问题, 现状分析)
    r"|现状(?:分析|与问题|和问题|及问题|与形势|与挑战)?$)"
    # (not the base and the aims in one chapter, whose sections set goals: 第一章 发展基础和总体
    # 要求 / 第一节 主要目标 — batch 1233)
    r"(?![和与及、](?:总体要求|指导思想|发展目标|主要目标|总体目标|目标任务|总体思路))"
)


@dataclass
class Extraction:
    doc_id: str
    meta: dict[str, Any]
    normalised: Normalised
    units: list[Unit]
    records: DocumentRecords
    timings: dict[str, float] = field(default_factory=dict)


# a place's name and its level: 赣州|市, 南康|区, 黔东南苗族侗族|自治州; a county of one
# character is named with its level, its short name (威县, 滑县: 威 alone names nothing); a level
# right before another is part of the name (景德镇|市, not 景德|镇 — batch 1293)
_PLACE_LEVEL = re.compile(
    r"(.{2,}?)(?:省|自治区|自治州|自治县|市|州|地区|盟|县|区|旗|镇|乡|街道)(?![市县区])|(.县)"
)


def place_names(jurisdiction: str | None) -> tuple[str, ...]:
    """The short names of a jurisdiction's places, outermost first: 赣州市南康区 → 赣州, 南康;
    邢台市威县 → 邢台, 威县; an autonomous place's with its peoples and without them, as its
    documents name it (琼中黎族苗族自治县 → 琼中黎族苗族, 琼中 — batch 1290: 琼中绿橙采摘节)."""
    names: list[str] = []
    for m in _PLACE_LEVEL.finditer(jurisdiction or ""):
        name = m[1] or m[2]
        names.append(name)
        short = PEOPLES_CLOSING.sub("", name)
        if short != name and len(short) >= 2:
            names.append(short)
    return tuple(names)


# a town or township the document names as a body (神垕镇人民政府), whose short name may open a
# facility's name too (建设神垕钧瓷文化小镇 — batch 1065); not a class (各乡镇人民政府)
# (or a street by its office: 斗南街道办事处 — session 75)
_TOWN_BODY = re.compile(
    r"(?<![各全本每该])([\u4e00-\u9fff]{2,3}?)(?:(?:镇|乡)(?:人民政府|政府)|街道(?:办事处|党工委))"
)


def town_names(text: str) -> tuple[str, ...]:
    """The short names of the towns, townships and streets a text names as bodies, in order."""
    return tuple(
        dict.fromkeys(m[1] for m in _TOWN_BODY.finditer(text) if m[1][0] not in "各全本每该")
    )


# Evidence longer than this is cut to the clauses around what it shows: a sentence of
# thousands of characters (a table's rows run together, a text that lost its stops) was
# copied whole into the evidence of each of its figures, the records growing with its square.
_LONGEST_EVIDENCE = 400
_CLAUSE_SEP = re.compile(r"[，；,;、\n]")


def _sentence(
    text: str, ends: Marks, start: int, end: int, lo: int, hi: int, opens: bool = False
) -> tuple[int, int]:
    """The sentence around [start, end) in text, inside [lo, hi); ``ends`` marks the text's
    sentence ends. A note standing alone at a sentence's start takes the sentence before
    too (the work it assigns), unless it ``opens`` the sentence of its work. A sentence
    longer than ``_LONGEST_EVIDENCE`` is cut to whole clauses within half that on either
    side of [start, end)."""
    s, e = _whole_sentence(text, ends, start, end, lo, hi, opens)
    half = _LONGEST_EVIDENCE // 2
    if e - s > _LONGEST_EVIDENCE:
        if start - s > half:
            cut = _CLAUSE_SEP.search(text, start - half, start)
            s = cut.end() if cut else start - half
        if e - end > half:
            seps = [m.start() for m in _CLAUSE_SEP.finditer(text, end, end + half)]
            e = seps[-1] if seps else end + half
    return s, e


def _whole_sentence(
    text: str, ends: Marks, start: int, end: int, lo: int, hi: int, opens: bool
) -> tuple[int, int]:
    s = max(lo, ends.after_last(start))
    e = (ends.end_of_first(max(end - 1, lo), hi) if end > lo else None) or hi
    if (
        not opens and text[s:start].strip("（ ") == "" and s > lo
    ):  # a note standing alone: add the sentence before
        s = max(lo, ends.after_last(max(lo, s - 1)))
    while s < e and text[s] in " \n":
        s += 1
    while e > s and text[e - 1] in " \n":
        e -= 1
    return s, e


class _Holding:
    """The notes of a unit (start, end, opens), asked for the first holding a span: by
    bisection when no earlier note reaches past the last one starting before the span (notes
    seldom nest), else by a scan — not a scan of every note for each role it names."""

    def __init__(self, notes: list[tuple[int, int, bool]]) -> None:
        self.notes = notes  # in the order they are asked in: the first that holds wins
        self.by_start = sorted(notes)
        self.starts = [a for a, _, _ in self.by_start]
        # the furthest any note before each one reaches
        self.reach = list(accumulate((z for _, z, _ in self.by_start), max, initial=-1))

    def first(self, s: int, e: int) -> tuple[int, int, bool] | None:
        i = bisect_right(self.starts, s) - 1
        if i < 0:
            return None
        if self.reach[i] < e:  # (reach[i]: the furthest of the notes before the i-th)
            return self.by_start[i] if e <= self.by_start[i][1] else None
        return next(((a, z, o) for a, z, o in self.notes if a <= s and e <= z), None)


class _Builder:
    def __init__(self, raw: RawDocument, norm: Normalised, meta: dict[str, Any]) -> None:
        self.raw = raw
        self.norm = norm
        self.meta = meta
        self.lex = load_lexicons()
        self.recs = DocumentRecords(raw.doc_id, {})
        self.shared: dict[tuple[Label, str], NodeRecord] = {}
        self.sentence_ends = Marks(_SENT_END, norm.text)
        # a department's document names its own divisions bare (对外贸易处)
        self.issuer = issuing_department(meta.get("issuer"), meta.get("jurisdiction"), self.lex)

    def evidence(self, unit: Unit, start: int, end: int, opens: bool = False) -> Evidence:
        s, e = _sentence(
            self.norm.text, self.sentence_ends, start, end, unit.start, max(unit.end, end), opens
        )
        os_, oe = self.norm.span(s, e)
        return Evidence(self.raw.doc_id, unit.path, self.raw.text[os_:oe], os_, oe)

    def row_evidence(self, unit: Unit, start: int, end: int) -> Evidence:
        """The evidence of a task table's cell at [start, end): its row — the task beside its
        bodies — not the sentence the cell closes (its task's full stop before it, the other
        role cells after). A row longer than twice ``_LONGEST_EVIDENCE`` gives the sentence."""
        text = self.norm.text
        s = text.rfind("\n", 0, start) + 1
        e = text.find("\n", end)
        e = len(text) if e < 0 else e
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        if e - s > 2 * _LONGEST_EVIDENCE:
            return self.evidence(unit, start, end)
        os_, oe = self.norm.span(s, e)
        return Evidence(self.raw.doc_id, unit.path, self.raw.text[os_:oe], os_, oe)

    def at(self, start: int, end: int) -> dict[str, int]:
        """Original offsets of the entity itself (the evidence offsets are its sentence's)."""
        a, b = self.norm.span(start, end)
        return {"at_start": a, "at_end": b}

    def shared_node(self, label: Label, node_id: str, props: dict[str, Any]) -> None:
        if (label, node_id) not in self.shared:
            node = NodeRecord(label, node_id, props)
            self.shared[(label, node_id)] = node
            self.recs.nodes.append(node)

    def unit_id(self, unit: Unit) -> str:
        return f"{self.raw.doc_id}#{unit.path}"

    def department_node(self, surface: str, *, collective: bool = False) -> DepartmentIdentity:
        """The Department node of a body written ``surface``: one node per identity, so
        the issuer (济南市历城区科学技术局) and a note's 区科技局 are one body — and so is the
        issuer speaking of itself (我局)."""
        itself = self.issuer is not None and SELF_NAME.fullmatch(surface) is not None
        # (the body a reply is addressed to, spoken to: 请你局…, 你县要…)
        addressee = self.meta.get("addressee") if ADDRESSEE_NAME.fullmatch(surface) else None
        ident = (
            self.issuer
            if self.issuer is not None and itself
            else resolve_department(
                addressee or surface,
                self.meta.get("jurisdiction"),
                self.lex,
                collective=collective,
                issuer=self.issuer,
                document=self.raw.doc_id,
            )
        )
        self.shared_node(
            Label.DEPARTMENT,
            ident.id,
            {
                "name": addressee or (surface if not (collective or itself) else ident.name),
                "canonical_name": ident.name,
                "full_name": ident.full_name,
                "name_en": ident.name_en,
                "kind": ident.kind,
                "jurisdiction": ident.jurisdiction,
            },
        )
        return ident

    def department(
        self,
        unit: Unit,
        label: Label,
        role: str,
        surface: str,
        s: int,
        e: int,
        collective: bool,
        note: tuple[int, int] | None = None,
        opens: bool = False,
        written_in: Unit | None = None,
        evidence: Evidence | None = None,
    ) -> None:
        """A department's role edge; its evidence is the sentence of the whole note (``note``),
        so every body named in one note carries the same sentence; a note that ``opens`` the
        sentence of its work has that sentence alone. ``written_in``: the unit the note is
        written in, where it is not the unit given the role (第1—3项任务由… in another part);
        ``evidence``: the sentence to give, written outside any unit (a letter's preamble)."""
        ident = self.department_node(surface, collective=collective)
        self.recs.edges.append(
            EdgeRecord(
                ROLE_RELS[role],
                Label.DEPARTMENT,
                ident.id,
                label,
                self.unit_id(unit),
                {"surface": surface, "role": role, **self.at(s, e)},
                evidence or self.evidence(written_in or unit, *(note or (s, e)), opens=opens),
            )
        )


# the parts of a letter of responsibility that give its signer no work: how it is assessed,
# rewarded and held to account, and its closing clauses
_NOT_SIGNED_FOR = re.compile(r"考核|奖惩|奖励|问责|追究|附则|其他|其它|生效|期限|说明")


def _signed_for(b: _Builder, units: list[Unit], by_path: dict[str, Unit], body_start: int) -> None:
    """A letter of responsibility's second party (乙方, named once in its preamble) is
    responsible for each of its goals and measures — not those under its assessment or
    closing clauses — with the preamble's sentence as evidence."""
    party = second_party(b.norm.text[:body_start])
    if party is None:
        return
    s, e = _sentence(b.norm.text, b.sentence_ends, party.start, party.end, 0, body_start, True)
    os_, oe = b.norm.span(s, e)
    for unit in units:
        if unit.is_section:
            continue
        titles: list[str] = []
        up: Unit | None = unit
        while up is not None:
            titles.append(up.title)
            up = by_path.get(up.parent) if up.parent else None
        if any(_NOT_SIGNED_FOR.search(t) for t in titles):
            continue
        ev = Evidence(b.raw.doc_id, unit.path, b.raw.text[os_:oe], os_, oe)
        b.department(
            unit,
            Label.MEASURE,
            party.role,
            party.surface,
            party.start,
            party.end,
            party.collective,
            evidence=ev,
        )


def _listed_once(b: _Builder, units: list[Unit]) -> None:
    """Bodies a document names once for every task (以下均需各市州人民政府落实，不再列出; 各县
    （市、区）人民政府为各项任务的责任单位，不再一一列出 — ``roles.bodies_for_all``) take their
    role on each task given roles in its own note or cells — from the statement on where it
    says 以下, else throughout — with the statement's sentence as evidence and
    ``listed_once_at`` (the path of the unit holding the statement, where one does)."""
    statements = bodies_for_all(b.norm.text)
    if not statements:
        return
    rels = set(ROLE_RELS.values())
    given: dict[str, set[str]] = {}  # unit id → the departments with roles on it
    for edge in b.recs.edges:
        if edge.type in rels:
            given.setdefault(edge.dst, set()).add(edge.src)
    for stmt in statements:
        holder = next(
            (u for u in reversed(units) if u.start <= stmt.start and stmt.end <= u.end), None
        )
        lo, hi = (holder.start, holder.end) if holder else (0, len(b.norm.text))
        s, e = _sentence(b.norm.text, b.sentence_ends, stmt.start, stmt.end, lo, hi, True)
        if b.norm.text[e - 1 : e] == "）" and "（" not in b.norm.text[s:e]:
            e -= 1  # (the note's closing bracket, its opening one before the sentence)
        os_, oe = b.norm.span(s, e)
        for unit in units:
            uid = b.unit_id(unit)
            if uid not in given or (stmt.below and unit.end <= stmt.start):
                continue
            label = Label.SECTION if unit.is_section else Label.MEASURE
            path = holder.path if holder else unit.path
            ev = Evidence(b.raw.doc_id, path, b.raw.text[os_:oe], os_, oe)
            for item in stmt.items:
                ident = b.department_node(item.surface, collective=item.collective)
                if ident.id in given[uid]:
                    continue
                given[uid].add(ident.id)
                b.recs.edges.append(
                    EdgeRecord(
                        ROLE_RELS[item.role],
                        Label.DEPARTMENT,
                        ident.id,
                        label,
                        uid,
                        {
                            "surface": item.surface,
                            "role": item.role,
                            **b.at(item.start, item.end),
                            **({"listed_once_at": holder.path} if holder else {}),
                        },
                        ev,
                    )
                )


def _inherit_roles(b: _Builder, units: list[Unit]) -> None:
    """A note on a section's heading (``（一）实施数字产业化工程（牵头单位：区工信局）``)
    holds for the measures under it: each measure takes, for every role it names no body
    in itself, the bodies of that role from its nearest section that names some. The
    copies keep the note's surface and evidence and say where they come from
    (``inherited_from``: the section's path)."""
    by_unit: dict[str, dict[RelType, list[EdgeRecord]]] = {}
    rels = set(ROLE_RELS.values())
    for edge in b.recs.edges:
        if edge.type in rels:
            by_unit.setdefault(edge.dst, {}).setdefault(edge.type, []).append(edge)
    by_path = {u.path: u for u in units}
    inherited: list[EdgeRecord] = []
    for unit in units:
        if unit.is_section:
            continue
        uid = b.unit_id(unit)
        own = by_unit.get(uid, {})
        for rel in ROLE_RELS.values():
            if rel in own:
                continue
            parent = by_path.get(unit.parent) if unit.parent else None
            while parent is not None and rel not in by_unit.get(b.unit_id(parent), {}):
                parent = by_path.get(parent.parent) if parent.parent else None
            if parent is None:
                continue
            for edge in by_unit[b.unit_id(parent)][rel]:
                props = {**edge.props, "inherited_from": parent.path}
                inherited.append(replace(edge, dst_label=Label.MEASURE, dst=uid, props=props))
    b.recs.edges += inherited


# a paragraph closing a part, giving the roles for all the work above it:
# 上述任务由X牵头，Y配合。 / 以上工作由X、Y按职责分工负责。 / 注：以上任务由… / 本部分工作由…
# (or its labels, in brackets or not: （以上任务牵头单位：X；配合单位：Y）)
_CLOSING_NOTE = re.compile(
    r"\s*[（(【〔\[［]?\s*(?:(?:备)?注[：:]\s*)?(?:上述|以上|本部分)(?:各项)?(?:任务|工作|措施|举措|事项)?"
    r"(?:由|的?(?=(?:牵头|责任|配合|主责|协办|参与|协同|实施)(?:单位|部门)[：:]))"
)


def _closing_part(unit: Unit, text: str, note_start: int, by_path: dict[str, Unit]) -> Unit | None:
    """The part (section) whose roles a note gives when the note opens a paragraph of its
    own after the part's last item, on the work above (上述任务由…): the note the part's
    heading would carry, which each item then takes. None for any other note."""
    if unit.parent is None:
        return None
    line_start = text.rfind("\n", 0, note_start) + 1
    opening = _CLOSING_NOTE.match(text, line_start) if line_start > 0 else None
    if opening is None or note_start > opening.end():
        return None
    parent = by_path[unit.parent]
    return parent if parent.children and parent.children[-1] == unit.path else None


# what may open a note's own line before the note itself: its bracket
_NOTE_LINE_OPENING = re.compile(r"\s*[（(【〔\[［]?\s*")


def _trailing_note_part(
    unit: Unit, text: str, note_start: int, by_path: dict[str, Unit], doc_text: str
) -> Unit | None:
    """The item whose roles a note on a line of its own after its last sub-item gives, when
    neither the item nor any of its sub-items (at any depth) carries a note of its own: 2.发展黑木耳。 /
    （1）建设基地。 / （2）产量达到3万吨。 / （责任单位：…） answers for 2, not for (2). None
    for any other note (a sub-item's own note closing it, siblings noted one by one, a
    part's last measure's note)."""
    if unit.parent is None:
        return None
    parent = by_path[unit.parent]
    if len(parent.children) < 2 or parent.children[-1] != unit.path:
        return None
    if parent.parent is None and not all(
        _ACTION_FIELD_TITLE.fullmatch(by_path[c].title) for c in parent.children
    ):
        # (a part's last measure keeps a note after it: 三、保障措施 / （二）…专项资金… /
        # 责任主体：区财政局。 is the fund's, the corpus's 青浦 — unless the part's items are
        # its fields, its goals and measures: 一、起重装备产业 / （一）目标。… / （二）措施。… /
        # 责任单位：… answers for 一 — batch 1087)
        return None
    line_start = text.rfind("\n", 0, note_start) + 1
    opening = _NOTE_LINE_OPENING.match(text, line_start)
    if line_start == 0 or opening is None or opening.end() < note_start:
        return None  # (the note closes a sentence of the sub-item's: its own)
    if find_notes(text[:line_start]):
        return None
    # (nor when the item or a sub-item above, at any depth, carries one: （1）… / ①…。 /
    # 责任单位：… is ①'s own, and so the note after （2） is （2）'s)
    if find_notes(doc_text[parent.start : unit.start]):
        return None
    return parent


# an item of an action titled for the duties (3.责任分工。X牵头，Y配合。): the action's note
_DUTIES_TITLE = re.compile(
    r"(?:责任|职责|任务|部门|工作)分工(?:安排)?|分工安排|责任(?:单位|部门)|牵头(?:单位|部门)"
)


# … beside an item naming the action's goals or work (1.行动目标。, 2.主要任务。)
_ACTION_FIELD_TITLE = re.compile(
    r"(?:行动|工作|主要|具体|发展|年度)?(?:目标|任务|内容|措施|举措)(?:任务|要求)?"
)


def _duties_item_part(unit: Unit, by_path: dict[str, Unit]) -> Unit | None:
    """The action (section) an item titled for the duties gives its roles to, as a note on
    the action's heading would (1.行动目标。… 2.主要任务。… 3.责任分工。…); None for any
    other unit — an item 责任分工 among 保障措施's keeps its roles."""
    if unit.is_section or unit.parent is None or not _DUTIES_TITLE.fullmatch(unit.title):
        return None
    action = by_path[unit.parent]
    fields = (by_path[c].title for c in action.children if c != unit.path)
    return action if any(_ACTION_FIELD_TITLE.fullmatch(t) for t in fields) else None


def _items_by_number(units: list[Unit]) -> dict[str, list[Unit]]:
    """The items (measures) a paragraph may give out by number (第1—3项任务由…,
    第（一）至（三）项…), by the number their path ends in: 1, (1), (一)."""
    seen: dict[str, list[Unit]] = {}
    for u in units:
        if not u.is_section:
            seen.setdefault(u.path.rsplit(".", 1)[-1], []).append(u)
    return seen


def _referred_items(
    unit: Unit, text: str, pos: int, by_number: dict[str, list[Unit]]
) -> list[Unit]:
    """The items a clause gives out by number, if the role at ``pos`` is in one and every
    number names one item outside the paragraph's own part (whose items — 保障措施's own
    （一）（二） — are not the tasks given out: items numbered straight through, or the key
    tasks of another part); else []."""
    if "项" not in text:
        return []
    ref = task_references(text, pos)
    if ref.start < 0:
        return []
    # the items above it: a line of its own closes the unit whose text holds it, the last of
    # them (1.… / 2.… / 上述第1、2项由…); inside a sentence it is no item its unit refers to
    line_start = text.rfind("\n", 0, ref.start) + 1
    own_line = not text[line_start : ref.start].strip("，,。 \t　（(【〔[［")
    # (with no 上述, a line of its own naming the item it closes names it and those before it:
    # 1.… / 2.… / 第1、2项由… — not another part's items numbered so)
    closes_own = own_line and unit.path.rsplit(".", 1)[-1] in ref.named
    if not ref.above and not closes_own:
        return _numbered_items(unit, ref.numbers, by_number)
    return _numbered_items(unit, ref.numbers, by_number, unit.start - (0 if own_line else 1))


# a note opening with the count of the items it answers for, itself and those above it:
# （以上三项由X牵头，Y配合）, 上述2项任务由X负责 (两 for 二)
_COUNTED_ITEMS = re.compile(
    r"[（(【〔\[［]?\s*(?:(?:备)?注[：:]\s*)?(?:上述|以上|前述)(10|[1-9]|[一二两三四五六七八九十])项"
    r"(?:工作|任务|措施)?(?:均)?(?:由|的?(?:牵头|责任|配合)(?:单位|部门)[：:])"
)


def _counted_items(unit: Unit, text: str, note_start: int, by_path: dict[str, Unit]) -> list[Unit]:
    """The items a note opening with their count gives its roles to — the unit holding it and
    the items just before it, as many as it counts (``（以上三项由X牵头）`` closing item 3
    answers for items 1, 2 and 3); [] for any other note, or a count more than the items there."""
    m = _COUNTED_ITEMS.match(text, note_start)
    if m is None or unit.parent is None:
        return []
    count = small_numeral(m.group(1).replace("两", "二"))
    siblings = by_path[unit.parent].children
    at = siblings.index(unit.path) if unit.path in siblings else -1
    if count is None or count < 2 or at + 1 < count:
        return []
    items = [by_path[p] for p in siblings[at + 1 - count : at + 1]]
    return items if not any(i.is_section for i in items) else []


def _referred_part(unit: Unit, text: str, pos: int, parts: list[Unit]) -> Unit | None:
    """The part (a top section) a clause gives out by its ordinal or its title, if the role at
    ``pos`` is in one (第二部分工作由县人社局负责, “民生保障”方面的任务由…) and the part is another
    than the paragraph's own."""
    ref = part_reference(text, pos) if "部分" in text or "”" in text else None
    if isinstance(ref, str):
        part = next((p for p in parts if p.title == ref), None)
    elif ref is not None and 1 <= ref <= len(parts):
        part = parts[ref - 1]
    else:
        part = None
    if part is None:
        return None
    own = unit.path == part.path or unit.path.startswith(part.path + ".")
    return None if own else part


def _give_out_row(b: _Builder, row: Unit, text: str, item: Unit) -> None:
    """The roles of a row that gives out ``item`` by its number (``_keyed_items``), given to
    the item with the row as their evidence."""
    for role, role_cell, cpos, _, written in _role_cells(row, text):
        for body in _cell_bodies(role_cell, role, row.start + cpos, written):
            b.department(
                item,
                Label.MEASURE,
                body.role,
                body.surface,
                body.start,
                body.end,
                body.collective,
                written_in=row,
            )


_KEYED_COLUMNS = frozenset({"no", "lead", "support", "responsible", "deadline"})


def _keyed_items(unit: Unit, by_number: dict[str, list[Unit]]) -> list[Unit]:
    """The items a task-table row gives out by number — a table of 序号 and roles with no task
    column (序号 | 牵头单位 | 配合单位) whose 序号 names items outside the table's part (二、责任分工
    giving out 一's tasks 1.–4.; a range or a list of them too: 1—2, 1、3) — else []."""
    number = unit.cells.get("no", "").rstrip(".、")
    if unit.kind != "row" or not number or set(unit.cells) - _KEYED_COLUMNS:
        return []
    return _numbered_items(unit, item_numbers(number) or [number], by_number)


def _numbered_items(
    unit: Unit, numbers: list[str], by_number: dict[str, list[Unit]], up_to: int | None = None
) -> list[Unit]:
    """The items ``numbers`` name outside ``unit``'s own part, or [] unless each names one.
    ``up_to``: the clause says they are the items above it (上述第（一）至（三）项), and so they
    are those of ``unit``'s part starting at ``up_to`` or before, where each number names one
    there (else those outside, as for any clause)."""
    if up_to is not None:
        # (items under the parts holding the unit: its siblings, its parent's, and so up)
        segments = unit.path.split(".")
        holders = {None, *(".".join(segments[:k]) for k in range(1, len(segments)))}
        mine = {
            n: [u for u in by_number.get(n, []) if u.parent in holders and u.start <= up_to]
            for n in numbers
        }
        if numbers and all(len(found) == 1 for found in mine.values()):
            return [mine[n][0] for n in numbers]
    own_part = unit.path.split(".", 1)[0]
    items = []
    for n in numbers:
        named = [u for u in by_number.get(n, []) if u.path.split(".", 1)[0] != own_part]
        if len(named) != 1:
            return []
        items.append(named[0])
    return items


def _role_cells(
    unit: Unit, text: str, measured: bool = False
) -> list[tuple[str, str, int, bool, int | None]]:
    """(role, cell, offset in the unit's text, whether the row has a lead cell, the length of
    a 同上 the cell was written as, or None) of a task-table row's role cells and those of
    the rows a merged 序号 spans; a cell of a column holding two roles split by a slash
    (牵头/配合单位: 市经信局/市发改局) gives each part with its role; a body column gives the
    body the role its duty opens with — unless the row is ``measured``, its figures results
    and no duty in it (a bulletin ranking the towns' air: the towns are measured, given no
    work). A cell saying 同上 gives the row above's text, at the 同上's offset."""
    out: list[tuple[str, str, int, bool, int | None]] = []
    for row_start, cells in unit.rows:
        body = cells.get("body")
        if body and measured and not cells.get("task"):
            body = None
        if body:  # a table of bodies and their duties: the duty says the body's role
            role = duty_role(cells.get("task", "")) or "responsible"
            out.append((role, body, max(text.find(body, row_start - unit.start), 0), False, None))
        # a row's role in a word of its own column (责任单位 | 责任类型: 牵头), for the body
        # the row names responsible
        row_role = SHORT_LABELS.get(re.sub(r"\s+|单位$", "", cells.get("role", "")))
        slashed = [m for m in cells if "/" in m]
        for meaning in ("lead", "support", "responsible", *slashed):
            cell, roles = cells.get(meaning), meaning.split("/")
            if not cell or any(r not in ("lead", "support", "responsible") for r in roles):
                continue
            if meaning == "responsible" and row_role:
                roles = [row_role]
            same = unit.same_as_above.get((row_start, meaning))
            line = unit.row_lines.get(row_start)
            if same is not None:  # (the 同上 written in this row, where it stands)
                cpos, written = same[0] - unit.start, len(same[1])
            elif line is not None:  # (a row of a table elsewhere naming the item: its line)
                cpos, written = row_start - unit.start + max(line.find(cell), 0), None
            else:
                cpos, written = max(text.find(cell, row_start - unit.start), 0), None
            lead_cell = bool(cells.get("lead")) or roles[0] == "lead"
            parts = re.split(r"[/／]", cell, maxsplit=1) if len(roles) == 2 else [cell]
            for role, part in zip(roles, parts, strict=False):
                if part.strip():
                    at = cpos if written else cpos + cell.find(part)
                    out.append((role, part, at, lead_cell, written))
    return out


def _cell_bodies(cell: str, role: str, base: int, written: int | None) -> list[RoleItem]:
    """The bodies of a role cell at ``base``; those of a cell written as 同上 (``written`` its
    length) are placed on the 同上, where the row names them."""
    items = parse_cell(cell, role, base)
    if written is None:
        return items
    return [replace(i, start=base, end=base + written) for i in items]


def _repeated_cells(unit: Unit, text: str) -> list[tuple[int, int]]:
    """Where the rows a merged 序号 spans repeat a cell of the task's first row (a task
    merged down over a row for each body, as spreadsheets and Word repeat it) in the
    unit's text: its figures are the first row's, counted once."""
    out = []
    for row_start, cells in unit.more_rows:
        for meaning, cell in cells.items():
            if cell and cell == unit.cells.get(meaning):
                pos = text.find(cell, row_start - unit.start)
                if pos >= 0:
                    out.append((pos, pos + len(cell)))
    return out


def _column_cells(unit: Unit, text: str, meaning: str) -> list[tuple[int, int]]:
    """Where a task-table row's cells of a column lie in the unit's text: its 进展情况 cells
    (``meaning`` "progress": their figures are results of the year so far) or its 现有规模
    cells ("base": results of the year before the plan's)."""
    out = []
    for row_start, cells in unit.rows:
        cell = cells.get(meaning)
        if cell:
            pos = text.find(cell, row_start - unit.start)
            if pos >= 0:
                out.append((pos, pos + len(cell)))
    return out


# A field telling what was done, inside an item's prose: 新建停车位2000个。完成情况：已建成2150个。
_PROGRESS_FIELD = re.compile(r"(?:完成|进展|推进|落实|办理)情况[：:]")
# … up to the end of its line, or to the note closing the item: （责任单位：县住建局）
_FIELD_END = re.compile(r"\n|[（(](?:责任|牵头|配合)")


def _progress_fields(text: str) -> list[tuple[int, int]]:
    """Where a unit's text tells, after 完成情况： (进展情况：…), what was done of the goal it
    sets before: each field's span."""
    out = []
    for m in _PROGRESS_FIELD.finditer(text):
        end = _FIELD_END.search(text, m.end())
        out.append((m.end(), end.start() if end else len(text)))
    return out


def _marked_bodies(unit: Unit, text: str, legend: dict[str, str]) -> list[tuple[str, str, int]]:
    """(role, body, offset of its mark in the unit's text) of a row of a matrix task table:
    each body whose column holds a mark the document explains (★为牵头单位)."""
    out = []
    for row_start, cells in unit.rows:
        for meaning, cell in cells.items():
            mark = cell.strip()
            if meaning.startswith("mark:") and mark in legend:
                pos = text.find(mark, row_start - unit.start)
                out.append((legend[mark], meaning.removeprefix("mark:"), max(pos, 0)))
    return out


# A part saying who may apply and on what conditions (申报条件, 认定条件, 支持对象, a model
# village's 创建标准), or what
# its terms mean (指标解释), or how to do the work (技术要点): its numbers are thresholds or
# norms, no goals or results.
_CONDITIONS = re.compile(
    r"(?:申报|认定|评审|评定|准入|基本|资格|入选|申请|创建|验收|命名|评选)(?:条件|要求|标准)$"
    r"|^(?:支持|申报|申请)对象$|(?:指标|名词|术语)(?:解释|说明)$|^释义$"
    # (a meeting's particulars: its time, place, attendees and agenda — 不超过20人 no goal)
    r"|^(?:会议|活动|培训)?(?:时间|地点|时间(?:和|及|、)?地点)$"
    r"|^(?:参会|参加|出席|列席|与会|参训|参演)(?:人员|对象|范围|单位)(?:(?:和|及|、)(?:人员|单位))?$"
    # (a hearing's or a forum's: 听证会参加人, 座谈会参会人员)
    r"|^(?:听证会|座谈会|论证会|评审会)(?:的)?(?:参加人|参会人员|参加人员|出席人员)$"
    r"|^(?:会议|活动)议程$"
    # (a drill's scenario simulated: 模拟…水位超过汛限水位1.2米 — nothing that is or is to be)
    r"|(?:情景|场景)(?:设置|设计|假定|构想)$|^(?:演练)?(?:情景|场景)$"
    # (a body describing itself, as a budget's disclosure opens: 部门基本情况, 部门概况 — its
    # divisions, units and staff counted are its make-up)
    r"|^(?:部门|单位)(?:基本情况|概况)$|^机构(?:设置|职能)(?:情况)?$|^人员(?:编制)?(?:情况|构成)$"
    # (a guide's techniques: seeds' germination, plants and fertiliser per mu — how to farm,
    # prescribed, no goal: 关键技术措施, 技术要点)
    r"|技术(?:措施|要点|规程|要求|路线)$"
    # (a bond-funded project's financing case: revenue and debt service projected over the
    # bond's life, a cover ratio — a calculation that must balance, no goal of a year)
    r"|(?:收益|融资)[\u4e00-\u9fff]{0,4}平衡(?:情况|分析|测算)?$"
    # (the rules for using vouchers or funds: a discount per spending, the vouchers a person may
    # take, a subsidy per car by its price — 满100元减30元, 每人限领2张 — terms, no goals)
    r"|^(?:使用|领取|兑付|核销|发放|申领)(?:规则|办法|方式|流程|须知)$"
    # (the standards of a grant, a part or an article stating them: 奖补标准如下：, 补助标准 —
    # per mu, a share of the investment, a cap per applicant: standards, no goals)
    r"|^(?:奖补|补助|补贴|奖励|扶持|资助)(?:资金)?(?:标准|额度)(?:如下|为|及方式|和方式)?[：:]?$"
    # (why a budget or a plan is changed: the funds another level handed down, 预算调整的原因 — the
    # change's cause, no figure of its own)
    r"|(?:调整|变更|修订|修改)(?:的)?(?:原因|理由|依据)$"
    # (a plan's area and period: 总面积1752平方公里, its base and target years — what it covers)
    r"|^规划(?:范围|期限)(?:(?:和|与|及|、)(?:范围|期限))?$"
    # (the weather and the toll a bulletin on a disaster tells of: 雨水情况, 灾情情况 — the rain,
    # the people affected and the losses are no figure of anyone's work, as an accident's are not)
    r"|^(?:雨水?|水|汛|灾|险|雨情水)情(?:情况|况)?$|^(?:受灾|损失|灾害损失|人员伤亡)情况$"
)


# An accident's investigation report (…事故调查报告) tells of the event — its toll, the project
# and the parties, how it happened, its causes — and then proposes what should be done: only
# the parts proposing (处理建议, 防范和整改措施) hold figures of anyone's work
_ACCIDENT_REPORT = re.compile(r"事故(?:的)?调查(?:处理)?报告$")
_PROPOSING = re.compile(r"建议|防范|整改|措施")
# A bulletin of typical cases (…损害营商环境典型问题的通报, …典型案例的通报) tells each case under its
# problem's heading: its sums, days and visits are a wrong done, no figure of anyone's work
_CASES_BULLETIN = re.compile(r"典型(?:问题|案例|案件)")
_A_CASE = re.compile(r"(?:问题|案例|案件|一案)$")


# a phase's heading dated by its months: 准备阶段（2026年1月—6月）, （2026年7—10月）
_PHASE_MONTHS = re.compile(r"[（(]\d{4}年\d{1,2}月?[—\-–~至到]")


def _unit_mode(
    unit: Unit, by_path: dict[str, Unit], meta: dict[str, Any]
) -> tuple[str, int | None]:
    """Whether a unit's figures are goals (``target``), results (``reported``) or neither
    (``none``: conditions, definitions and a meeting's particulars), and the year they fall
    in when they say none."""
    chain = [unit]  # the unit and the sections above it, up to the top
    while chain[-1].parent is not None:
        chain.append(by_path[chain[-1].parent])
    if any(_CONDITIONS.search(u.title) for u in chain):
        return "none", None
    top = chain[-1]
    if _ACCIDENT_REPORT.search(meta.get("title") or "") and not _PROPOSING.search(top.title):
        return "none", None
    if _CASES_BULLETIN.search(meta.get("title") or "") and _A_CASE.search(unit.title):
        return "none", None
    progress_rows = any("progress" in cells for _, cells in unit.rows)
    review = (
        top
        if _REPORTED_SECTION.search(top.title) or _a_past_years_work(top.title, meta)
        else next((u for u in chain if _REVIEW_SECTION.search(u.title)), None)
    )
    if progress_rows and review is top and _PROGRESS_PART.search(top.title):
        # a row's task sets the goal its 进展情况 cell reports on, under a part headed for the
        # tasks' progress too (二、任务推进情况 — batch 654: the goals were read as results)
        review = None
    if (
        review is None
        and meta.get("kind") == "progress report"
        and not _AHEAD.search(top.title)
        and not progress_rows  # (a row's task sets the goal its 进展情况 cell reports on)
    ):
        # a report on the tasks' progress reports in every part it heads as it likes (总体情况,
        # 进展较好的任务), but the part on what comes next
        review = top
    if review is not None:
        ym = re.search(r"(\d{4})年", review.title)
        plan_year = meta.get("plan_year")
        # else the year a progress report reports on, else the year before the plan's:
        # its horizon's or its own
        start = plan_year or meta.get("horizon_start")
        before = start - 1 if start else None
        dated = _dated_year(meta)
        if meta.get("kind") == "progress report":
            if end := meta.get("horizon_end"):
                # a report on a plan (…五年规划纲要实施情况总结评估报告) reports on the plan's
                # own period: its end, or the year before the report's if written before that
                before = min(end, dated - 1) if dated is not None else end
            elif before is None and dated is not None:
                # a report naming no year (关于…的调研报告, dated 2026-05-18) reports on the
                # year before the one it is written in, as a reply does (the corpus's 绵阳)
                before = dated - 1
        year = int(ym.group(1)) if ym else meta.get("report_year") or before
        return "reported", year
    # A part headed by one year (二、2024年经济社会发展的主要目标) sets its goals for that
    # year, as a title naming one year does for the whole document; a heading below with a
    # deadline (（一）近期目标（到2027年）) sets its part's.
    year = (
        single_year(top.title)
        or next((y for u in chain if (y := deadline_of(u.title)) is not None), None)
        # (or a phase headed with its months: （一）准备阶段（2026年1月—6月）)
        or next((single_year(u.title) for u in chain if _PHASE_MONTHS.search(u.title)), None)
    )
    if year is None and _NEXT_YEAR.search(top.title) and meta.get("report_year"):
        year = meta["report_year"] + 1  # a year's summary ending with 明年工作打算
    if year is None and meta.get("kind") == "progress report" and _AHEAD.search(top.title):
        # what comes next in a report written after the year it reports on (a 2025 report
        # dated 2026-01-10: its 下一步工作 is 2026's), not in one written during it (前三季度)
        dated = _dated_year(meta)
        reported = meta.get("report_year")
        if dated is not None and reported is not None and dated > reported:
            year = dated
    return "target", year if year is not None else meta.get("plan_year")


def _a_past_years_work(title: str, meta: dict[str, Any]) -> bool:
    """Whether a heading names the work of a year that had ended by the document's date."""
    years_work = _YEARS_WORK.match(title)
    dated = _dated_year(meta)
    return bool(years_work and dated is not None and int(years_work[1]) < dated)


def _title_as_written(norm: Normalised, title: str) -> str:
    """The title as the document writes it — its years (…和二〇三五年远景目标纲要) and its
    half-width punctuation (…行动方案(2026-2028年)), which the normaliser rewrote for the
    rules — where it differs only so (or by the spaces a title spaced out glyph by glyph
    has: 二 〇 三 五 年); else the title as read."""
    at = norm.text.find(title)
    if at < 0 or norm.reordered:
        return title
    start, end = norm.span(at, at + len(title))
    written = norm.original[start:end]
    if " " not in title:
        written = re.sub(r"[ \u3000]+", "", written)
    return written if one_for_one(years_in_digits(written)) == title else title


def _dated_year(meta: dict[str, Any]) -> int | None:
    """The year of a document's date, if it has one."""
    date = meta.get("date")
    return int(date[:4]) if isinstance(date, str) and date[:4].isdigit() else None


def _this_year(meta: dict[str, Any]) -> int | None:
    """The year a document speaks in: the year it reports on, the year it plans, or its date's."""
    return meta.get("report_year") or meta.get("plan_year") or _dated_year(meta)


def extract(raw: RawDocument, nlp: Language | None = None) -> Extraction:
    """Everything extracted from one document, as records for the loader."""
    t0 = time.perf_counter()
    nlp = nlp or get_pipeline()
    # (the lines the markup sets as headings are never joined to their neighbours)
    headings = frozenset(key for _, words in raw.headings if (key := line_key(words)))
    norm = normalise(raw.text, hard_wrapped=raw.format not in _ROWS_LINES, headings=headings)
    t1 = time.perf_counter()
    # 注：★为牵头单位，○为配合单位: the marks of a matrix task table (or its cells' role words)
    legend = cell_roles(norm.text)
    # (<h2>发展目标</h2>, ## 重点任务: the markup's headings that no marker numbers; where the
    # markup heads no parts, the lines standing alone as headings — a plain text's, or a Word
    # file's or a PDF's set apart by their typeface alone, 黑体 at the body's size)
    marked = given_headings(norm.text, raw.headings) or (
        standing_headings(norm.text) if raw.format not in _ROWS_LINES else {}
    )
    units, body_start = parse_structure(norm.text, legend, marked)
    meta = extract_meta(norm.text, body_start, raw.meta)
    if meta.get("title"):
        meta["title"] = _title_as_written(norm, meta["title"])
        for unit in units:
            if unit.path in ("全文", "正文"):
                # (the whole text's title is the document's, not its first line: an issuer
                # set above the headline, 绵竹市人民政府 / 关于…的通知)
                unit.title = meta["title"]
    meta.update({"source": raw.source, "format": raw.format, "encoding": raw.encoding})
    t2 = time.perf_counter()
    b = _Builder(raw, norm, meta)
    by_path = {u.path: u for u in units}
    by_number = _items_by_number(units)
    parts = [u for u in units if u.parent is None and u.is_section]  # (see _referred_part)
    doc_id = raw.doc_id
    nlp_time = 0.0
    figure_no = 0
    # 列第一位的为牵头单位，下同: the first body of every list of those responsible leads
    # (and 其余为配合单位: the others support)
    first_leads = states_first_leads(norm.text)
    first_others = first_leads_others(norm.text)
    # (a table's footnote holds for tables, not for the notes in the text)
    first_leads_in_notes = states_first_leads(norm.text, notes=True)
    first_others_in_notes = first_leads_others(norm.text, notes=True)
    # 注：标注*的为牵头单位，其余为配合单位: a body marked * leads, the others support
    starred = states_starred_leads(norm.text)
    # the year the document speaks in, from which 今年, 明年 and 去年 count: the year a summary
    # reports on, else the plan's, else the year it is dated
    this_year = _this_year(meta)
    # industries the taxonomy lacks that the document names as such (做强轴承产业集群),
    # looked for again in every unit (轴承出口额)
    # (a page's headline too, kept outside its text: 长阳…清江鱼产业发展工作要点 — batch 924)
    headline = meta.get("title") or ""
    named_in = norm.text if headline in norm.text else f"{headline}\n{norm.text}"
    unlisted_names = document_unlisted(named_in, b.lex)
    # the document's places by their short names (赣州市南康区 → 赣州, 南康), which open the
    # names of facilities built there (建设南康家具设计研发中心)
    places = place_names(meta.get("jurisdiction")) + town_names(norm.text)
    # (issued jointly: 中共馆陶县委、馆陶县人民政府 — each body issued it)
    for surface in filter(None, (meta.get("issuer") or "").split("、")):
        issuer = b.department_node(surface)
        b.recs.edges.append(
            EdgeRecord(
                RelType.ISSUED_BY,
                Label.DOCUMENT,
                doc_id,
                Label.DEPARTMENT,
                issuer.id,
                {"surface": surface},
            )
        )
    for unit in units:
        label = Label.SECTION if unit.is_section else Label.MEASURE
        uid = b.unit_id(unit)
        ostart, oend = norm.span(unit.start, unit.end)
        text = norm.text[unit.start : unit.end]
        keyed = _keyed_items(unit, by_number)
        if keyed:
            # a row giving out items above by their numbers: their roles, their evidence the
            # row; no measure of its own
            for given in keyed:
                _give_out_row(b, unit, text, given)
            continue
        cell = unit.cells.get("deadline")
        deadline = deadline_of_cell(cell) if cell else find_deadline(text)
        if deadline is not None:
            deadline = in_plan_year(deadline, meta.get("plan_year"))
        b.recs.nodes.append(
            NodeRecord(
                label,
                uid,
                {
                    "path": unit.path,
                    "title": unit.title,
                    "level": unit.level,
                    "kind": unit.kind,
                    "text": raw.text[ostart:oend],
                    "start": ostart,
                    "end": oend,
                    "deadline": deadline.text if deadline else None,
                    "deadline_year": deadline.year if deadline else None,
                },
            )
        )
        if unit.parent is None:
            b.recs.edges.append(EdgeRecord(RelType.PART_OF, label, uid, Label.DOCUMENT, doc_id))
        else:
            parent_label = Label.SECTION  # a unit with children is a section
            b.recs.edges.append(
                EdgeRecord(RelType.PART_OF, label, uid, parent_label, f"{doc_id}#{unit.parent}")
            )
        mode, default_year = _unit_mode(unit, by_path, meta)
        progress_fields = _progress_fields(text) if mode == "reported" else []
        if progress_fields:
            # an item of a report whose text sets its goal and then tells, after 完成情况：, what
            # was done: its goal as set, and the field's figures results (as a task row's
            # 进展情况 cell reports on the goal its task sets)
            mode = "target"
        if mode == "target" and deadline and deadline.year:
            default_year = deadline.year  # 新增用地1000亩（2025年底前完成）: due in 2025
        tn = time.perf_counter()
        # (a row measured, in a report, unless its table sets goals too: 年度目标（%） |
        # 上半年完成（%） — the town answers for its goal)
        measured = mode == "reported" and not any("目标" in c for c in unit.header or ())
        role_cells = _role_cells(unit, text, measured=measured)
        ctx = {
            "role_cells": [
                (cpos, cpos + (written or len(cell)))
                for _, cell, cpos, _, written in role_cells
                if cpos < len(text)  # (not a row of a table elsewhere: see Unit.row_lines)
            ],
            "progress_cells": _column_cells(unit, text, "progress") + progress_fields,
            "base_cells": _column_cells(unit, text, "base"),
            "repeated_cells": _repeated_cells(unit, text),
            "mode": mode,
            "default_year": default_year,
            "plan_year": meta.get("plan_year"),
            "this_year": this_year,
            "dated": meta.get("date") if isinstance(meta.get("date"), str) else None,
            "horizon_start": meta.get("horizon_start"),
            "first_leads": first_leads_in_notes,
            "first_leads_others": first_others_in_notes,
            "starred_leads": starred,
            "table_header": unit.header,
            "table_task": re.sub(r"\s+", "", unit.cells.get("task", "")),
            "unlisted_names": unlisted_names,
            "place_names": places,
            # (a village's own plan: its work team, 驻村工作队, is a body of it)
            "village": (meta.get("jurisdiction") or "").endswith("村"),
        }
        doc = process(nlp, text, ctx)
        nlp_time += time.perf_counter() - tn
        off = unit.start
        # roles: notes in the text, and task-table role columns
        # Spans are read through their character offsets: ``Span.text`` joins its
        # tokens (one per character) anew on every access.
        notes = [(n.start_char, n.end_char, n.label_ == "lead_in") for n in doc.spans["notes"]]
        holding = _Holding(notes)
        # the part a note gives its roles to, by the note's start: one answer for every body
        # the note names
        note_parts: dict[int, Unit | None] = {}
        for span in doc.spans["roles"]:
            s, e = span.start_char, span.end_char
            if role_cells and any(text[s:e] in cell for _, cell, _, _, _ in role_cells):
                # (a body a row's role column names has its role there; its duty told in
                # another cell, 市农业农村局负责秸秆综合利用指导, gives it none besides)
                continue
            ns, ne, opens = holding.first(s, e) or (s, e, False)
            # a paragraph giving out the items by number (第1—3项任务由X牵头，Y配合；…)
            # gives them its roles; a note closing a part (上述任务由…) gives the part its
            referred = _referred_items(unit, text, s, by_number) or _counted_items(
                unit, text, ns, by_path
            )
            # … or a part by its ordinal (第一部分工作由…), the part taking the roles
            named_part = None if referred else _referred_part(unit, text, s, parts)
            part = named_part
            if part is None and not referred:
                if ns not in note_parts:
                    note_parts[ns] = _closing_part(unit, text, ns, by_path) or (
                        _trailing_note_part(unit, text, ns, by_path, norm.text)
                    )
                part = note_parts[ns] or _duties_item_part(unit, by_path)
            targets = [(i, Label.MEASURE) for i in referred] or [
                (part, Label.SECTION) if part else (unit, label)
            ]
            for target, target_label in targets:
                b.department(
                    target,
                    target_label,
                    span.label_,
                    span._.written_as or text[s:e],
                    off + s,
                    off + e,
                    bool(span._.collective),
                    (off + ns, off + ne),
                    opens or bool(referred) or named_part is not None,
                    written_in=unit if referred or named_part else None,
                )
        # lines giving the items out body by body (职责分工: 市农业农村局：负责第3项任务。)
        for item, numbers, cs, ce in bodies_by_number(text) if "项" in text else []:
            for target in _numbered_items(unit, numbers, by_number):
                b.department(
                    target,
                    Label.MEASURE,
                    item.role,
                    item.surface,
                    off + item.start,
                    off + item.end,
                    item.collective,
                    (off + cs, off + ce),
                    True,
                    written_in=unit,
                )
        # a task-table row's role cells (and those of the rows a merged 序号 spans)
        for role, cell, cpos, lead_cell, written in role_cells:
            items = _cell_bodies(cell, role, off + cpos, written)
            if first_leads and role == "responsible" and not lead_cell:
                items = first_listed_leads(items, first_others)
            items = starred_leads(items, starred)
            for item in items:
                b.department(  # the item's own role: 市发改局（牵头） in a 责任单位 cell
                    unit,
                    label,
                    item.role,
                    item.surface,
                    item.start,
                    item.end,
                    item.collective,
                    evidence=b.row_evidence(unit, item.start, item.end),
                )
        # a matrix task table's row: the bodies whose columns it marks (★, ○)
        for role, body, mpos in _marked_bodies(unit, text, legend) if legend else []:
            for item in parse_cell(body, role, 0):
                b.department(
                    unit,
                    label,
                    item.role,
                    item.surface,
                    off + mpos,
                    off + mpos + 1,
                    item.collective,
                    evidence=b.row_evidence(unit, off + mpos, off + mpos + 1),
                )
        seen_ind: set[str] = set()
        for span in doc.spans["industries"]:
            s, e = span.start_char, span.end_char
            entry = b.lex.industry_by_id.get(span.kb_id_)
            ind_id = span.kb_id_
            if entry is not None:
                props: dict[str, Any] = {
                    "name": entry.name,
                    "name_en": entry.name_en,
                    "aliases": list(entry.aliases),
                    "listed": True,
                }
            else:  # one the taxonomy lacks, named by the document (箱包)
                props = {"name": ind_id, "name_en": None, "aliases": [], "listed": False}
            b.shared_node(Label.INDUSTRY, ind_id, props)
            if ind_id in seen_ind:
                continue
            seen_ind.add(ind_id)
            b.recs.edges.append(
                EdgeRecord(
                    RelType.ADDRESSES,
                    label,
                    uid,
                    Label.INDUSTRY,
                    ind_id,
                    {"surface": text[s:e], **b.at(off + s, off + e)},
                    b.evidence(unit, off + s, off + e),
                )
            )
        for span in doc.spans["mentions"]:
            s, e = span.start_char, span.end_char
            surface = text[s:e]
            # (a well-known organisation is one node whatever name is written: 中石化 → 中国石化)
            name = span._.mention_canonical or surface
            mlabel = Label(span.label_)
            mprops: dict[str, Any] = {"name": name, "kind": span._.mention_kind}
            known = b.lex.organisation_by_term.get(name) if span._.mention_canonical else None
            if known is not None:  # (found by /search under any of its names)
                mprops["name_en"] = known.name_en
                mprops["aliases"] = list(known.aliases)
            b.shared_node(mlabel, name, mprops)
            b.recs.edges.append(
                EdgeRecord(
                    RelType.MENTIONS,
                    label,
                    uid,
                    mlabel,
                    name,
                    {"surface": surface, **b.at(off + s, off + e)},
                    b.evidence(unit, off + s, off + e),
                )
            )
        # (a progress field's result reports on its item's goal of the same unit, whatever it
        # names: 新建城区公共停车位2000个。完成情况：已建成停车位2150个 — one indicator, so the goal
        # shows what was done as its observation)
        goal_indicators: dict[str, Indicator] = {}
        for span in doc.spans["figures"]:
            fig = span._.figure
            figure_no += 1
            reported = span.label_ == "reported"  # a result, or a target's baseline
            flabel = Label.RESULT if reported else Label.TARGET
            fid = f"{uid}#{'r' if reported else 't'}{figure_no}"
            ev = b.evidence(unit, off + fig.start, off + fig.end)
            fs, fe = norm.span(off + fig.start, off + fig.end)
            b.recs.nodes.append(
                NodeRecord(
                    flabel,
                    fid,
                    {
                        "path": unit.path,
                        "metric": fig.metric,
                        "comparator": fig.comparator,
                        "value": fig.value,
                        "value_max": fig.value_max,
                        "unit": fig.unit,
                        "year": fig.year,
                        "period": fig.period,
                        "growth": fig.growth,
                        "text": raw.text[fs:fe],
                        "text_start": fs,
                        "text_end": fe,
                        "sentence": ev.sentence,
                        "start": ev.start,
                        "end": ev.end,
                    },
                )
            )
            rel = RelType.REPORTS if reported else RelType.SETS_TARGET
            b.recs.edges.append(EdgeRecord(rel, label, uid, flabel, fid, {}, ev))
            indicator = indicator_of(fig.metric, b.lex)
            if progress_fields and indicator is not None:
                if not reported:
                    goal_indicators[fig.unit] = indicator
                elif any(a <= fig.start < e for a, e in progress_fields):
                    indicator = goal_indicators.get(fig.unit, indicator)
            if indicator is not None:
                props = {"name": indicator.name, "name_en": indicator.name_en}
                b.shared_node(Label.INDICATOR, indicator.id, props)
                b.recs.edges.append(
                    EdgeRecord(RelType.TRACKS, flabel, fid, Label.INDICATOR, indicator.id)
                )
    if LETTER_OF_RESPONSIBILITY.search(meta.get("title") or ""):
        _signed_for(b, units, by_path, body_start)
    _listed_once(b, units)
    _inherit_roles(b, units)
    t3 = time.perf_counter()
    doc_meta = {
        k: v
        for k, v in meta.items()
        if k
        in (
            "title",
            "issuer",
            "date",
            "doc_number",
            "jurisdiction",
            "kind",
            "plan_year",
            "horizon_start",
            "horizon_end",
            "source",
            "format",
            "encoding",
        )
    }
    doc_meta["text"] = raw.text
    b.recs.meta = doc_meta
    timings = {
        "normalise": t1 - t0,
        "structure": t2 - t1,
        "nlp": nlp_time,
        "records": (t3 - t2) - nlp_time,
    }
    return Extraction(doc_id, meta, norm, units, b.recs, timings)
