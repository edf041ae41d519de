"""Score extraction against hand annotations (``../shared/gold/*.json``).

Each gold file names its document (``doc``) and lists measures by path with
their departments per role, industries, targets and reported results. The
documents are ingested into a throwaway graph and the facts are read back from
it, so the score covers reading, extraction and loading together.

Only the paths a gold file lists are scored (the gold's notes say which parts
are annotated); within them every extracted fact counts.

Fields:
``roles``      (department as written, role, path) triples
``roles_any``  (department as written, path), role ignored
``departments``(department identity, path): 市发改局 and 市发展和改革局 are one
``industries`` (canonical industry, path)
``targets``, ``reported``  (path, value, unit) multisets; among the matches,
               comparator, year and metric accuracy (metric: the same words as the
               gold's, spaces aside; the gold's own metric names are normalised by
               hand, so this is the strictest of the three)
``mentions``   (label, name as written, path) of the places, organisations, projects,
               programmes and events the units mention — scored only for the gold files
               that say they annotate them (``"mentions_annotated": true``: each listed
               measure's ``mentions``, ``[label, name]`` pairs, is then complete), and
               reported only when one does
``links``      across documents (a gold file with ``links`` instead of ``doc``):
               pairs of figures, each named by (document, path, value, unit), that
               track one indicator. Only figures the gold links name are scored (the
               links are not exhaustive), so a false hit is a pair of two linked
               figures that the gold keeps apart.

A document that cannot be read or extracted is listed under ``failed`` with its reason
and scored as extracting nothing (every annotation a miss); the others are scored as
usual.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from graph import queries
from graph.errors import IngestError, InvalidInput
from graph.schema import MENTION_LABELS, ROLE_RELS, Label, RelType
from graph.store import GraphStore
from ingest.nlp.lexicons import load_lexicons
from ingest.nlp.roles import (
    ADDRESSEE_NAME,
    SELF_NAME,
    issuing_department,
    resolve_department,
)
from ingest.normalise import one_for_one

FIELDS = ("roles", "roles_any", "departments", "industries", "targets", "reported")
#: Fields scored only where a gold file annotates them (see ``mentions`` above).
OPTIONAL_FIELDS = ("mentions",)
#: A figure as the indicator links name it: (document file, path, value, unit).
FigureKey = tuple[str, str, float, str]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[Any] = field(default_factory=list)
    false_hits: list[Any] = field(default_factory=list)
    comparator_ok: int = 0
    year_ok: int = 0
    metric_ok: int = 0
    #: matched figures whose comparator, year or metric differ:
    #: [path, value and unit, field, gold's, extracted]
    disagreements: list[list[Any]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.false_hits += other.false_hits
        self.comparator_ok += other.comparator_ok
        self.year_ok += other.year_ok
        self.metric_ok += other.metric_ok
        self.disagreements += other.disagreements

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self, *, figures: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }
        if figures:
            out["comparator_accuracy"] = round(self.comparator_ok / self.tp, 4) if self.tp else None
            out["year_accuracy"] = round(self.year_ok / self.tp, 4) if self.tp else None
            out["metric_accuracy"] = round(self.metric_ok / self.tp, 4) if self.tp else None
            out["disagreements"] = self.disagreements
        out["misses"] = [list(m) if isinstance(m, tuple) else m for m in self.misses]
        out["false_hits"] = [list(m) if isinstance(m, tuple) else m for m in self.false_hits]
        return out


def score_multiset(gold: Iterable[Hashable], pred: Iterable[Hashable]) -> Score:
    g, p = Counter(gold), Counter(pred)
    s = Score()
    for key in g.keys() | p.keys():
        both = min(g[key], p[key])
        s.tp += both
        if g[key] > both:
            s.fn += g[key] - both
            s.misses += [key] * (g[key] - both)
        if p[key] > both:
            s.fp += p[key] - both
            s.false_hits += [key] * (p[key] - both)
    return s


def _num(v: Any) -> float:
    return round(float(v), 6)


_QUOTES = str.maketrans({"“": '"', "”": '"'})


def _metric(f: dict[str, Any]) -> str:
    """A figure's metric compared as the normaliser reads it: no spaces, and the forms it
    folds folded (a gold written from a half-width document's 新(改)建 is the graph's 新（改）建),
    and quotation marks straight or curly alike ("四分类" is “四分类”)."""
    return one_for_one("".join((f.get("metric") or "").split())).translate(_QUOTES)


def score_figures(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Score:
    """Match on (path, value, unit); comparator, year and metric accuracy among matches."""

    def key(f: dict[str, Any]) -> tuple[str, float, str]:
        return (f["path"], _num(f["value"]), f["unit"])

    s = score_multiset([key(f) for f in gold], [key(f) for f in pred])
    pool: dict[tuple[str, float, str], list[dict[str, Any]]] = {}
    for f in pred:
        pool.setdefault(key(f), []).append(f)
    for f in gold:
        cands = pool.get(key(f))
        if not cands:
            continue
        best = max(
            cands,
            key=lambda c: (
                (c["comparator"] == f["comparator"])
                + (c.get("year") == f.get("year"))
                + (_metric(c) == _metric(f))
            ),
        )
        cands.remove(best)
        s.comparator_ok += best["comparator"] == f["comparator"]
        s.year_ok += best.get("year") == f.get("year")
        s.metric_ok += _metric(best) == _metric(f)
        figure = f"{_num(f['value']):g}{f['unit']}"
        for name, ours, theirs in (
            ("comparator", f["comparator"], best["comparator"]),
            ("year", f.get("year"), best.get("year")),
            ("metric", _metric(f), _metric(best)),
        ):
            if ours != theirs:
                s.disagreements.append([f["path"], figure, name, ours, theirs])
    return s


def gold_facts(
    gold: dict[str, Any],
    jurisdiction: str | None,
    doc_id: str | None = None,
    addressee: str | None = None,
) -> dict[str, list[Any]]:
    lex = load_lexicons()
    facts: dict[str, list[Any]] = {f: [] for f in FIELDS}
    # the gold's own issuer, whose divisions a department's document names bare
    issuer = issuing_department(gold.get("issuer"), jurisdiction, lex)
    for m in gold["measures"]:
        path = m["path"]
        for role in ("lead", "support", "responsible"):
            # (a body written as its document types it, 各镇人民政府(街道办事处), is the graph's
            # as the normaliser folds it, 各镇人民政府（街道办事处）, as a metric is — batch 671)
            for dept in map(one_for_one, m.get(role, [])):
                facts["roles"].append((dept, role, path))
                facts["roles_any"].append((dept, path))
                # (the issuer speaking of itself, 我局, is the issuer, as extraction reads it)
                # (and the body a reply is addressed to, 你局, is the addressee)
                spoken_to = addressee if ADDRESSEE_NAME.fullmatch(dept) else None
                ident = (
                    issuer
                    if issuer is not None and SELF_NAME.fullmatch(dept)
                    else resolve_department(
                        spoken_to or dept,
                        jurisdiction,
                        lex,
                        collective=_collective(dept),
                        issuer=issuer,
                        document=doc_id,
                    )
                )
                facts["departments"].append((ident.id, path))
        facts["industries"] += [(ind, path) for ind in m.get("industries", [])]
        facts["targets"] += [dict(t, path=path) for t in m.get("targets", [])]
        facts["reported"] += [dict(t, path=path) for t in m.get("reported", [])]
    facts["departments"] = sorted(set(facts["departments"]))
    facts["industries"] = sorted(set(facts["industries"]))
    if gold.get("mentions_annotated"):
        facts["mentions"] = sorted(
            {
                (label, one_for_one(name), m["path"])
                for m in gold["measures"]
                for label, name in m.get("mentions", [])
            }
        )
    return facts


def _collective(name: str) -> bool:
    from ingest.nlp.roles import _COLLECTIVE

    return bool(_COLLECTIVE.search(name))


def _unit_facts(store: GraphStore, doc_id: str) -> Iterator[tuple[str, str, Any]]:
    """(field, path, fact) of every role, industry, target and result of a document's units."""
    roles = {v: k for k, v in ROLE_RELS.items()}
    for unit in (Label.MEASURE, Label.SECTION):
        for rel in ROLE_RELS.values():
            q = queries.unit_roles(rel, unit)
            for r in store.read(q, {"doc_id": doc_id}, row_cap=100000).records():
                yield "roles", r["path"], (r["surface"], roles[rel], r["path"])
                yield "roles_any", r["path"], (r["surface"], r["path"])
                yield "departments", r["path"], (r["department"], r["path"])
        q = queries.unit_industries(unit)
        for r in store.read(q, {"doc_id": doc_id}, row_cap=100000).records():
            yield "industries", r["path"], (r["industry"], r["path"])
        for field_name, rel, label in (
            ("targets", RelType.SETS_TARGET, Label.TARGET),
            ("reported", RelType.REPORTS, Label.RESULT),
        ):
            q = queries.unit_figures(unit, rel, label)
            for r in store.read(q, {"doc_id": doc_id}, row_cap=100000).records():
                yield field_name, r["path"], r
        for mention in MENTION_LABELS:
            q = queries.unit_mentions(unit, mention)
            for r in store.read(q, {"doc_id": doc_id}, row_cap=100000).records():
                yield "mentions", r["path"], (mention.value, r["surface"], r["path"])


# what the plain output counts of the facts at paths a gold file does not list
UNSCORED_FIELDS = ("roles", "industries", "targets", "reported")


def graph_facts(
    store: GraphStore, doc_id: str, scope: set[str]
) -> tuple[dict[str, list[Any]], dict[str, dict[str, int]]]:
    """The facts at the paths in ``scope``, and a count by field of those at other paths
    (not scored: a gold file lists the parts it annotates; in a document annotated
    completely they are false hits, or parts the annotation missed)."""
    facts: dict[str, list[Any]] = {f: [] for f in (*FIELDS, *OPTIONAL_FIELDS)}
    outside: dict[str, dict[str, int]] = {}
    for field_name, path, fact in _unit_facts(store, doc_id):
        if path in scope:
            facts[field_name].append(fact)
        elif field_name in UNSCORED_FIELDS:
            counts = outside.setdefault(path, dict.fromkeys(UNSCORED_FIELDS, 0))
            counts[field_name] += 1
    for f in ("departments", "industries", "mentions"):
        facts[f] = sorted(set(facts[f]))  # (a name mentioned twice in a unit is one fact)
    return facts, outside


def score_document(
    gold: dict[str, Any],
    store: GraphStore,
    doc_id: str,
    jurisdiction: str | None,
    addressee: str | None = None,
) -> tuple[dict[str, Score], dict[str, dict[str, int]]]:
    """Each field's score at the paths the gold lists, and the facts at other paths
    (``addressee``: the body the document is addressed to, as extraction read it)."""
    scope = {m["path"] for m in gold["measures"]}
    g = gold_facts(gold, jurisdiction, doc_id, addressee)
    p, outside = graph_facts(store, doc_id, scope)
    out = {}
    for f in FIELDS:
        if f in ("targets", "reported"):
            out[f] = score_figures(g[f], p[f])
        else:
            out[f] = score_multiset(g[f], p[f])
    for f in OPTIONAL_FIELDS:
        if f in g:
            out[f] = score_multiset(g[f], p[f])
    return out, outside


META_FIELDS = ("title", "issuer", "date")


def _compact(value: Any) -> Any:
    """A text without its whitespace: a space between two Chinese words is typography, not
    part of a title (广州市黄埔区 广州开发区…, as normalised text joins them)."""
    return re.sub(r"\s+", "", value) if isinstance(value, str) else value


def score_meta(gold: dict[str, Any], extracted: dict[str, Any]) -> dict[str, Any]:
    """Title, issuer and date as the gold gives them (null: the document names none),
    against the extraction's: how many were checked, how many right, and each wrong one
    as [document, field, gold's, extracted]."""
    checked = [f for f in META_FIELDS if f in gold]
    wrong = [
        [gold["doc"], f, gold[f], extracted.get(f)]
        for f in checked
        if _compact(gold[f]) != _compact(extracted.get(f))
    ]
    return {"checked": len(checked), "right": len(checked) - len(wrong), "wrong": wrong}


def _figure_key(doc: str, f: dict[str, Any]) -> FigureKey:
    return (doc, f["path"], _num(f["value"]), f["unit"])


def gold_link_pairs(links: dict[str, Any]) -> tuple[set[frozenset[FigureKey]], set[FigureKey]]:
    """The gold's pairs of figures tracking one indicator, and every figure it links."""
    pairs: set[frozenset[FigureKey]] = set()
    universe: set[FigureKey] = set()
    for link in links["links"]:
        keys = {_figure_key(f["doc"], f) for f in _link_figures(link)}
        universe |= keys
        pairs |= {frozenset(p) for p in combinations(sorted(keys), 2)}
    return pairs, universe


def graph_indicators(store: GraphStore, doc_ids: dict[str, str]) -> dict[FigureKey, set[str]]:
    """Indicator ids tracked by each figure of the documents (file name -> doc id)."""
    out: dict[FigureKey, set[str]] = defaultdict(set)
    for doc, doc_id in doc_ids.items():
        for label in (Label.TARGET, Label.RESULT):
            q = queries.document_indicators(label)
            for r in store.read(q, {"doc_id": doc_id}, row_cap=100000).records():
                out[_figure_key(doc, r)].add(r["indicator"])
    return out


def score_links(links: dict[str, Any], store: GraphStore, doc_ids: dict[str, str]) -> Score:
    return score_link_pairs(links, graph_indicators(store, doc_ids))


def score_link_pairs(links: dict[str, Any], tracked: dict[FigureKey, set[str]]) -> Score:
    """Pairs of linked figures that share an indicator, against the gold's pairs."""
    gold, universe = gold_link_pairs(links)
    pred = {
        frozenset((a, b))
        for a, b in combinations(sorted(universe), 2)
        if tracked.get(a, set()) & tracked.get(b, set())
    }
    s = Score(tp=len(gold & pred), fp=len(pred - gold), fn=len(gold - pred))
    s.misses = [_pair(p) for p in sorted(gold - pred, key=sorted)]
    s.false_hits = [_pair(p) for p in sorted(pred - gold, key=sorted)]
    return s


def _pair(pair: frozenset[FigureKey]) -> str:
    return "  ~  ".join(f"{d.removesuffix('.txt')} {p} {v:g}{u}" for d, p, v, u in sorted(pair))


_LINK_FIELDS = ("doc", "path", "value", "unit")


def load_gold_dir(gold_dir: Path) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The gold files of documents (``doc`` and ``measures``) and of indicator links, read once."""
    docs: list[dict[str, Any]] = []
    links: dict[str, Any] | None = None
    for f in sorted(gold_dir.glob("*.json")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidInput(f"{f.name}: not a readable JSON gold file ({exc})") from None
        if not isinstance(data, dict):
            continue
        if "doc" in data and "measures" in data:
            data["_file"] = f.name
            _check_mentions(data)
            docs.append(data)
        elif isinstance(data.get("links"), list) and links is None:
            for link in data["links"]:
                for fig in _link_figures(link):
                    lacking = [k for k in _LINK_FIELDS if k not in fig]
                    if lacking:
                        raise InvalidInput(
                            f"{f.name}: a figure of link {link.get('indicator')!r} lacks {lacking}"
                        )
            links = data
    if not docs:
        raise InvalidInput(f"no gold files (JSON with 'doc' and 'measures') in {gold_dir}")
    return docs, links


_MENTION_LABELS = {label.value for label in MENTION_LABELS}


def _check_mentions(gold: dict[str, Any]) -> None:
    """Each annotated mention is a [label, name] pair of a label of MENTION_LABELS."""
    for m in gold["measures"]:
        for item in m.get("mentions", []):
            if not (
                isinstance(item, list)
                and len(item) == 2
                and item[0] in _MENTION_LABELS
                and isinstance(item[1], str)
                and item[1]
            ):
                raise InvalidInput(
                    f"{gold['_file']}: a mention of {m.get('path')!r} is not a [label, name] "
                    f"pair with a label of {sorted(_MENTION_LABELS)}: {item!r}"
                )


def evaluate(gold_dir: Path, docs_dir: Path, store: GraphStore) -> dict[str, Any]:
    """Ingest the gold's documents into ``store`` (throwaway) and score them."""
    from graph.loader import load_document, prune_orphans
    from ingest.extract import extract
    from ingest.readers import read_document

    overall = {f: Score() for f in (*FIELDS, *OPTIONAL_FIELDS)}
    annotated = dict.fromkeys(OPTIONAL_FIELDS, 0)  # documents annotating each optional field
    meta: dict[str, Any] = {"checked": 0, "right": 0, "wrong": []}
    per_doc: dict[str, Any] = {}
    doc_ids: dict[str, str] = {}
    failed: list[list[str]] = []
    golds, links = load_gold_dir(gold_dir)
    for gold in golds:
        path = docs_dir / gold["doc"]
        if not path.exists():
            raise InvalidInput(f"{gold['_file']} names {gold['doc']}, which is not in {docs_dir}")
        try:
            ex = extract(read_document(path))
            load_document(store, ex.records, prune=False)  # (pruned once, below)
        except IngestError as exc:
            # scored as extracting nothing: no document of this id is in the graph
            failed.append([gold["doc"], exc.detail])
            doc_id, jurisdiction, doc_meta_in = f"(failed) {gold['doc']}", None, {}
        else:
            doc_id, jurisdiction, doc_meta_in = ex.doc_id, ex.meta.get("jurisdiction"), ex.meta
            doc_ids[gold["doc"]] = ex.doc_id
        scores, outside = score_document(
            gold, store, doc_id, jurisdiction, doc_meta_in.get("addressee")
        )
        per_doc[gold["doc"]] = {
            f: s.as_dict(figures=f in ("targets", "reported")) for f, s in scores.items()
        }
        per_doc[gold["doc"]]["unscored"] = outside
        for f, s in scores.items():
            overall[f].add(s)
            if f in annotated:
                annotated[f] += 1
        doc_meta = score_meta(gold, doc_meta_in)
        per_doc[gold["doc"]]["meta"] = doc_meta
        meta = {k: meta[k] + doc_meta[k] for k in meta}
    prune_orphans(store)
    result: dict[str, Any] = {
        f: overall[f].as_dict(figures=f in ("targets", "reported")) for f in FIELDS
    }
    for f, n in annotated.items():
        if n:
            result[f] = overall[f].as_dict() | {"documents": n}
    result["meta"] = meta
    if links is not None:
        missing = {f["doc"] for link in links["links"] for f in _link_figures(link)}
        missing -= doc_ids.keys() | {doc for doc, _ in failed}
        if missing:
            raise InvalidInput(
                f"indicator links name documents with no gold file: {sorted(missing)}"
            )
        result["links"] = score_links(links, store, doc_ids).as_dict()
    result["documents"] = per_doc
    result["failed"] = failed
    return result


def _link_figures(link: dict[str, Any]) -> list[dict[str, Any]]:
    """The long-range target (if any) and the yearly figures of one gold link."""
    return ([link["target"]] if link.get("target") else []) + list(link.get("observations", []))
