"""spaCy components of the policykg pipeline.

Each component is registered with ``@Language.factory``. Matching happens in
pure functions (``roles.find_notes``, ``mentions.find_mentions``, spaCy's
``PhraseMatcher``, ``industries.accept_industries``, ``targets.extract_figures``);
the components only turn their results into annotations on the Doc:

=====================  ======================================================
``doc.spans[...]``     what it holds
=====================  ======================================================
``notes``              responsibility notes (label ``note``; ``lead_in`` for the words
                       opening the sentence whose work they assign: 市商务局要会同市供销社…)
``roles``              departments in notes; ``label_`` is the role, ``_.collective``
``mentions``           places, organisations, projects, events, programmes (label)
``industry_matches``   raw lexicon matches (label = the matched term)
``industries``         accepted industry mentions; ``kb_id_`` is the canonical id
``figures``            targets or reported results; ``_.figure`` holds the values;
                       ``label_`` is ``target`` or ``reported`` (a baseline is reported;
                       an indicator table's column says which)
=====================  ======================================================

A Doc is one unit of the heading tree; ``doc.user_data["policykg"]`` carries
its context: ``mode`` (``target`` or ``reported``), ``default_year``, ``plan_year``,
``this_year`` (the year the document speaks in: 今年, 明年, 去年 count from it),
``dated`` (the document's date: a part of the year gone by before it, 一季度，…, reports),
``horizon_start`` (a multi-year plan's first year),
``first_leads`` (the document holds that the first body listed as responsible leads),
``first_leads_others`` (what it makes the others: ``first_leads_others``),
``starred_leads`` (that a body marked * leads, and the others' role: ``states_starred_leads``) and,
for a task-table row, ``table_header`` (its header, the task table's own columns blank),
``table_task`` (its task cell: it names a figure under a column naming only the goal, 目标值),
``role_cells`` (where its role cells lie: the bodies' names there name no industry,
and a note there is read as the cell), ``progress_cells`` (its 进展情况 cells: results),
``base_cells`` (its 现有规模 cells: results of the year before the plan's) and ``repeated_cells`` (a merged cell repeated in the rows it spans: its figures are
counted in the first).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ingest.nlp.indicator_tables import row_figures, table_figures
from ingest.nlp.industries import (
    FOOD_PROCESSING,
    TEA,
    accept_industries,
    as_named_alone,
    branded_kinds,
    crops_processed,
    fields_of_work,
    named_again,
    own_matches,
    place_teas,
    processed_as_food,
    processed_in_a_list,
    straddles,
    unlisted_industries,
)
from ingest.nlp.lexicons import IndustryEntry, load_lexicons
from ingest.nlp.mentions import (
    NAMING_KINDS,
    PROJECT_NAME_COLUMN,
    Mention,
    find_mentions,
    known_organisation,
)
from ingest.nlp.roles import find_notes
from ingest.nlp.targets import definitions, extract_figures, progress_figures

# (``written_as``: a body's name where the text writes part of it once for several — 移动 of
# 移动、联通、电信公司 is 移动公司 — else None, its words as written)
for _name in ("collective", "figure", "mention_kind", "mention_canonical", "written_as"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


def _span(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
    span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
    return span


def context(doc: Doc) -> dict[str, Any]:
    return doc.user_data.get("policykg", {})


def text_of(doc: Doc) -> str:
    """The Doc's text, built once (spaCy joins its tokens anew on every ``doc.text``)."""
    text = doc.user_data.get("policykg_text")
    if text is None:
        text = doc.user_data["policykg_text"] = doc.text
    return str(text)


@Language.factory("policykg_notes")
def make_notes(nlp: Language, name: str) -> Any:
    def annotate(doc: Doc) -> Doc:
        notes, roles = [], []
        first_leads = bool(context(doc).get("first_leads"))
        starred = context(doc).get("starred_leads")
        others = context(doc).get("first_leads_others", "")
        cells = context(doc).get("role_cells", [])
        found = find_notes(
            text_of(doc),
            first_leads=first_leads,
            starred=starred,
            first_others=others,
            village=context(doc).get("village", False),
        )
        for note in found:
            if any(a <= note.start < b for a, b in cells):
                continue  # a role cell's note (牵头：… 配合：…) is read as the cell
            span = _span(doc, note.start, note.end, "lead_in" if note.opens else "note")
            if span is not None:
                notes.append(span)
            for item in note.items:
                s = _span(doc, item.start, item.end, item.role)
                if s is not None:
                    s._.collective = item.collective
                    if item.shared:
                        s._.written_as = item.surface
                    roles.append(s)
        doc.spans["notes"] = notes
        doc.spans["roles"] = roles
        return doc

    return annotate


@Language.factory("policykg_mentions")
def make_mentions(nlp: Language, name: str) -> Any:
    def annotate(doc: Doc) -> Doc:
        spans = []
        # (a body named in a note or a task table's role cell is a department given a role,
        # not a place or organisation the measure mentions: 雅阳镇人民政府负责, 柳东新区管委会配合)
        text = text_of(doc)
        bodies = [
            _bodies_of_note(text, s.start_char, s.end_char) for s in doc.spans.get("notes", [])
        ]
        bodies += context(doc).get("role_cells", [])
        found = find_mentions(text, tuple(context(doc).get("place_names", ())))
        # (a project list's row: its project and its firm, whole cells — batch 1251)
        listed = _listed_names(text, context(doc).get("table_header") or ())
        found = [m for m in found if not any(a < m.end and m.start < b for _, _, a, b in listed)]
        found += [
            Mention(label, text[a:b], a, b, kind, known_organisation(text[a:b]))
            for label, kind, a, b in listed
        ]
        for m in found:
            if any(a <= m.start < b for a, b in bodies):
                continue
            s = _span(doc, m.start, m.end, m.label)
            if s is not None:
                s._.mention_kind = m.kind
                s._.mention_canonical = m.canonical
                spans.append(s)
        doc.spans["mentions"] = spans
        return doc

    return annotate


@Language.factory("policykg_industry_matcher")
def make_industry_matcher(nlp: Language, name: str) -> Any:
    lex = load_lexicons()
    matcher = PhraseMatcher(nlp.vocab)
    terms = sorted(lex.industry_by_term)
    matcher.add("INDUSTRY", [nlp.make_doc(t) for t in terms])

    def annotate(doc: Doc) -> Doc:
        spans = []
        text = text_of(doc)
        for _, start, end in matcher(doc):
            last = doc[end - 1]
            term = text[doc[start].idx : last.idx + len(last)]  # cheaper than Span.text
            spans.append(Span(doc, start, end, label=term))
        doc.spans["industry_matches"] = spans
        return doc

    return annotate


@Language.factory("policykg_industries")
def make_industries(nlp: Language, name: str) -> Any:
    lex = load_lexicons()

    def annotate(doc: Doc) -> Doc:
        raw = [(s.start_char, s.end_char, s.label_) for s in doc.spans["industry_matches"]]
        matches = own_matches(text_of(doc), raw, lex)
        excluded = [
            _bodies_of_note(text_of(doc), s.start_char, s.end_char)
            for s in doc.spans.get("notes", [])
        ]
        excluded += context(doc).get("role_cells", [])  # a task table's role cells
        excluded += definitions(text_of(doc))  # 注1：规上家具企业指…家具制造企业
        excluded += fields_of_work(text_of(doc))  # 负责文化旅游、体育等方面工作
        # (names of enterprises and projects say their trade, not what the measure addresses
        # — but those of NAMING_KINDS say what they are for: 年产5万吨锂电池负极材料项目)
        excluded += [
            (s.start_char, s.end_char)
            for s in doc.spans.get("mentions", [])
            if s.label_ in ("Project", "Organization") and s._.mention_kind not in NAMING_KINDS
        ]
        spans = []
        text = text_of(doc)
        names = context(doc).get("unlisted_names", ())
        named: dict[int, int] = {}  # end → start of each name, and of its 产业 after it
        for n in names:
            if len(n) >= 2 and n in text:
                for m in re.finditer(re.escape(n), text):
                    named[m.end()] = m.start()
                    if text.startswith("产业", m.end()):  # 建设非织造布产业|检验检测中心
                        named[m.end() + 2] = m.start()
        places = tuple(context(doc).get("place_names", ()))
        for start, end, entry in accept_industries(text, matches, lex, excluded, named, places):
            s = _span(doc, start, end, "INDUSTRY", entry.id)
            if s is not None:
                spans.append(s)
        for start, end in crops_processed(text, names, excluded):  # 发展玉米精深加工
            s = _span(doc, start, end, "INDUSTRY", FOOD_PROCESSING)
            if s is not None:
                spans.append(s)
        for start, end, entry in processed_in_a_list(
            text, lex, excluded
        ):  # 进口木材、农产品落地加工
            s = _span(doc, start, end, "INDUSTRY", entry.id)
            if s is not None:
                spans.append(s)
        for start, end in place_teas(text, places, excluded):  # 井冈山茶
            s = _span(doc, start, end, "INDUSTRY", TEA)
            if s is not None:
                spans.append(s)
        # an industry the taxonomy lacks: its kb_id is its name, its label says so; and
        # one the document named so elsewhere, named again here (轴承出口额)
        unlisted = [
            (start, end, as_named_alone(name, names))
            for start, end, name in unlisted_industries(text, matches, excluded)
        ]
        # (a two-character term straddling two words is none: 国家|电梯 holds no 家电 — batch
        # 939; though a name is not named again where it is itself such a term: 做强|人参|加工)
        straddling = {(a, b) for a, b, _ in matches if b - a == 2 and straddles(text, a, b)}
        taken = [(a, b) for a, b, _ in matches if (a, b) not in straddling] + [
            (a, b) for a, b, _ in unlisted
        ]
        again = [m for m in named_again(text, names, taken, excluded) if m[:2] not in straddling]
        for start, end, name in unlisted + again:
            # 福橙 is a kind of fruit (its head, 橙); 食品 in a list of industries (家居和食品两大
            # 主导产业) is the listed 食品产业 — and 竹木 in one both that a joint term names
            # (竹木产业: bamboo and wood)
            kind_of = lex.industry_of_kind(name) or (
                # (a head alone before 产业 too: 牛产业 is 畜牧业's, as 肉牛 is)
                lex.industry_of_kind(name[0]) if len(name) == 3 and name.endswith("产业") else None
            )
            # (or, named by the taxonomy's own name: 畜牧业 for 牛 of 牛羊菜果薯药)
            listed = (
                lex.industry_by_term.get(name + "产业")
                or lex.industry_by_term.get(name)
                # (or the taxonomy's named with 科技 between: 竹科技产业 is 竹产业 — batch 1431)
                or (lex.industry_by_term.get(name[:-2] + "产业") if name.endswith("科技") else None)
            )
            kinds: tuple[IndustryEntry, ...] = ()
            if kind_of is not None:
                kinds = (kind_of,)
            elif listed is not None:
                kinds = lex.industries_by_joint_term.get(name + "产业", (listed,))
            for entry in kinds:
                s = _span(doc, start, end, "INDUSTRY", entry.id)
                if s is not None:
                    spans.append(s)
                if processed_as_food(text, end, entry.id):  # 文昌鸡深加工产品
                    food = _span(doc, start, end, "INDUSTRY", FOOD_PROCESSING)
                    if food is not None:
                        spans.append(food)
            if not kinds:
                s = _span(doc, start, end, "INDUSTRY_UNLISTED", name)
                if s is not None:
                    spans.append(s)
        # a brand in quotes naming a kind by its head (“墨脱茶”区域公用品牌), where nothing above
        # named an industry inside it (looked for only in a unit holding quotes)
        if "“" in text:
            found = [(a, b) for a, b, _ in matches] + [(x.start_char, x.end_char) for x in spans]
            for start, end, entry in branded_kinds(text, lex, found):
                s = _span(doc, start, end, "INDUSTRY", entry.id)
                if s is not None:
                    spans.append(s)
        doc.spans["industries"] = sorted(spans, key=lambda s: s.start_char)
        return doc

    return annotate


# a project list's column naming the firms behind its projects (签约企业)
_FIRM_COLUMN = re.compile(
    # (or the firms a trip is to meet: 对接重点企业 — the sixteenth draw)
    # (or a chain's map of firms to attract and firms at home: 招商目标企业, 本地现有企业 — the
    # twentieth draw)
    r"(?:签约|投资|招商|项目|(?:拟)?(?:对接|拜访|走访)(?:重点)?|(?:招商)?目标|(?:本地)?现有|链主)?"
    r"(?:企业|企业名称|投资方|投资主体|签约方)"
)
# firms listed in one cell (比亚迪电子、立讯精密)
_FIRMS_SEP = re.compile(r"[、，,；;]")


def _row_cells(text: str) -> list[tuple[int, int, str]]:
    """A task-table row's cells, its text's first line split on tabs: (start, end, cell)."""
    out, pos = [], 0
    for cell in text.split("\n", 1)[0].split("\t"):
        out.append((pos, pos + len(cell), cell))
        pos += len(cell) + 1
    return out


def _listed_names(text: str, header: tuple[str, ...]) -> list[tuple[str, str, int, int]]:
    """A project list's row's project and firm, each its whole cell: (label, kind, start,
    end) — by its header's columns (项目名称 | 签约企业), its row the text's first line."""
    if not header:
        return []
    out = []
    for k, (a, _end, cell) in enumerate(_row_cells(text)):
        name = re.sub(r"\s+", "", header[k]) if k < len(header) else ""
        start = a + len(cell) - len(cell.lstrip())
        end = a + len(cell.rstrip())
        if end - start < 2:
            continue
        if PROJECT_NAME_COLUMN.fullmatch(name):
            out.append(("Project", "listed", start, end))
        elif _FIRM_COLUMN.fullmatch(name):
            at = start
            for firm in _FIRMS_SEP.split(text[start:end]):
                if len(firm.strip()) >= 2:
                    first = at + len(firm) - len(firm.lstrip())
                    out.append(("Organization", "enterprise", first, at + len(firm.rstrip())))
                at += len(firm) + 1
    return out


def _bodies_of_note(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of a note naming bodies: up to the work it closes with, if any (市文化和旅游局
    配合做好文旅消费推广 — the work after 做好 names what it addresses, as a measure's does), or
    the quoted principle the bodies follow (市直各部门按照“谁主管、谁负责”的原则抓好落实 — the
    principle a programme named, the fortieth draw of the mentions gold)."""
    cuts = [at for word in _NOTE_WORK_OPENS if start < (at := text.find(word, start, end))]
    return (start, min(cuts)) if cuts else (start, end)


# what closes the bodies of a note: the work they do, the quoted principle they follow
_NOTE_WORK_OPENS = ("做好", "按照“", "按“", "坚持“", "遵循“")


def _named_by_column(
    figures: list[Any], header: tuple[str, ...], text: str, task: str = ""
) -> list[Any]:
    """A task-table row's figures that a cell holds alone (抽查比例 | 不低于5%): named by their
    column, as a measure column's bare numbers are — or, where the column names only the
    goal (目标值, 年度目标), by the row's ``task`` when that is a name (新增规上工业企业), not a
    sentence. ``header`` has the table's own columns (task, bodies, time limit) blank; the
    row is the text's first line."""
    bounds = [(a, b) for a, b, _ in _row_cells(text)]
    out = []
    said: dict[tuple[Any, ...], int | None] = {}  # each figure's cell, by what it says
    for fig in figures:
        k = next((i for i, (a, b) in enumerate(bounds) if a <= fig.start < b), None)
        name = re.sub(r"\s+", "", header[k]) if k is not None and k < len(header) else ""
        if not fig.metric and _GOAL_COLUMN.fullmatch(name) and _TASK_NAME.fullmatch(task):
            fig = replace(fig, metric=task)
        elif not fig.metric and _COLUMN_NAME.fullmatch(name):
            fig = replace(fig, metric=name)
        what = (fig.metric, fig.comparator, fig.value, fig.value_max, fig.unit, fig.year)
        if what in said and said[what] != k:
            continue  # (完成重点企业深度治理12家 | 完成12家: a cell saying again what another said)
        said.setdefault(what, k)
        out.append(fig)
    return out


# a column's name that can name a figure (抽查比例, 覆盖率): words, no year or unit
_COLUMN_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}")
# … but one saying only that its cells are goals names none (目标值 | 20家)
# (or a task column holding the goal, 目标任务: structure keeps its name for this)
_GOAL_COLUMN = re.compile(
    r"(?:\d{4}年)?(?:年度|预期|全年|工作)?目标(?:值|数|任务)?|目标任务值|任务(?:目标)?值"
)
# a task cell that is a name, no sentence: words (and quotes, brackets), no stop or comma
_TASK_NAME = re.compile(r"[\u4e00-\u9fff“”（）A-Za-z0-9.]{2,20}")


@Language.factory("policykg_figures")
def make_figures(nlp: Language, name: str) -> Any:
    def annotate(doc: Doc) -> Doc:
        ctx = context(doc)
        mode = ctx.get("mode", "target")
        if mode == "none":
            doc.spans["figures"] = []
            return doc
        spans = []
        text = text_of(doc)
        # indicator tables first; their lines are blanked for the prose reader
        plan_year = ctx.get("plan_year") or (ctx.get("default_year") if mode == "target" else None)
        # a multi-year plan's first year: a bare year column before it is its base (in a
        # report, the year after the one it reports on: 2025年 | 2024年 columns of a 2025
        # bulletin are both results)
        first = ctx.get("horizon_start")
        if mode == "reported" and ctx.get("default_year"):
            first = max(first or 0, ctx["default_year"] + 1)
        tabled, lines = table_figures(text, plan_year, first_year=first)
        if not tabled and ctx.get("table_header"):  # a task-table row with indicator values
            tabled, lines = row_figures(ctx["table_header"], text, plan_year, first_year=first)
        if ctx.get("default_year"):
            # a column naming no year (年度目标 | 预计完成) is of the year its part speaks of:
            # 一、2025年…计划执行情况 holds 2025's goals and results
            tabled = [
                f if f.year is not None else replace(f, year=ctx["default_year"]) for f in tabled
            ]
        # a task-table row's 进展情况 cells report the year so far, and its 现有规模 cells the
        # scale it starts from (the year before the plan's): results
        before = plan_year - 1 if plan_year else None
        for cells, year, this_year, progress in (
            (ctx.get("progress_cells", []), ctx.get("default_year"), ctx.get("this_year"), True),
            (ctx.get("base_cells", []), before, None, False),
        ):
            for a, b in cells:
                done = (
                    progress_figures(text[a:b], text[:a], year=year, this_year=this_year)
                    if progress
                    else extract_figures(
                        text[a:b], mode="reported", default_year=year, this_year=this_year
                    )
                )
                tabled += [
                    replace(f, start=f.start + a, end=f.end + a, mode="reported") for f in done
                ]
                lines = [*lines, (a, b)]
        # the bodies opening a sentence are not part of what it counts, and a merged cell
        # repeated in the rows it spans is counted in its first
        lead_ins = [(n.start_char, n.end_char) for n in doc.spans["notes"] if n.label_ == "lead_in"]
        for a, b in [*lines, *lead_ins, *ctx.get("repeated_cells", [])]:
            text = text[:a] + " " * (b - a) + text[b:]
        prose = extract_figures(
            text,
            mode=mode,
            default_year=ctx.get("default_year"),
            # (a document planning no year and no span — a reply, a notice — reports the
            # years before the one it speaks in: 2025年，全市… in a reply of 2026)
            past_before=ctx.get("plan_year") or first or ctx.get("this_year"),
            this_year=ctx.get("this_year"),
            dated=ctx.get("dated"),
        )
        if ctx.get("table_header"):
            prose = _named_by_column(prose, ctx["table_header"], text, ctx.get("table_task") or "")
        figures = sorted([*prose, *tabled], key=lambda f: f.start) if tabled else prose
        for fig in figures:
            s = _span(doc, fig.start, fig.end, fig.mode or mode)
            if s is not None:
                s._.figure = fig
                spans.append(s)
        doc.spans["figures"] = spans
        return doc

    return annotate
