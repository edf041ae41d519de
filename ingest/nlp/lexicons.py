"""Load the curated lexicons (JSONL data files with canonical ids)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


def _read_jsonl(name: str) -> list[dict]:
    rows = []
    with open(LEXICON_DIR / name, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{name}:{n}: {exc}") from None
    return rows


@dataclass(frozen=True)
class DepartmentEntry:
    id: str
    name: str  # canonical stem without level prefix: 发展和改革局
    aliases: tuple[str, ...]
    name_en: str
    kind: str


@dataclass(frozen=True)
class IndustryEntry:
    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    tier: str  # "specific" or "generic"
    # a generic entry's terms that name the industry in any use, not only as a sector
    # developed: what it makes or refines (石油化工, 光伏组件)
    specific_aliases: frozenset[str] = frozenset()
    # what the industry makes is equipment or vehicles others use, or fuel others burn: put
    # to use (推广工业机器人应用, 推广氢燃料电池汽车) or burnt (煤炭消费总量) it names no
    # industry
    made_for_use: bool = False
    # terms that also name a way of selling other industries' goods: followed by a word of
    # selling (电商销售额, 花卉电商交易额, 拓展电商渠道) they name no industry
    channel_terms: frozenset[str] = frozenset()
    # terms naming this industry together with the others listing the same term, a head
    # shared by two kinds (新能源和智能网联汽车 names 新能源汽车 and 智能网联汽车)
    joint_aliases: tuple[str, ...] = ()
    # characters that, right before a term, make it part of another thing's name (油 before
    # 茶: 油茶, camellia oil, is no tea)
    not_after: tuple[str, ...] = ()
    # the heads of this industry's kinds: a kind the taxonomy lacks whose name ends in one
    # is of this industry (a name's head is its last word: 福橙 and 赣南脐橙 are oranges, 橙)
    heads: tuple[str, ...] = ()
    # words ending as one of its heads does that are words of their own, no kind of this
    # industry: 银杏 (ginkgo) is no 杏 (apricot)
    not_kinds: tuple[str, ...] = ()
    # (term, characters before it, characters after it) where the term is part of other
    # words: 人参 after 人 or before 与 (人人参与, 老年人参加, 参与)
    term_guards: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class IndicatorEntry:
    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class OrganisationEntry:
    """A well-known enterprise, bank, insurer or stock exchange named in plans by its short name
    (中国电信, 国家电网, 北交所), with the other names it goes by."""

    id: str
    name: str
    name_en: str
    aliases: tuple[str, ...]
    kind: str  # enterprise, bank, insurer, exchange
    # characters after or before a name that make it part of another word or name: 中国银行业
    # is the banking industry, 中国石油大学 a university
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()


_NOT_IN_KEYS = re.compile(r"[“”‘’\"'「」\s]")


@dataclass
class Lexicons:
    departments: list[DepartmentEntry]
    industries: list[IndustryEntry]
    units: list[tuple[str, bool]]  # (unit, takes a 万/亿 multiplier)
    classifiers: frozenset[str] = frozenset()  # units that count things: 个, 家, 处 …
    # units that only end a clause (达到1000Mbps, not 500Mbps宽带用户)
    final_units: frozenset[str] = frozenset()
    # contracted pairs a 分别 sentence spells out: 城乡居民 → 城镇居民, 农村居民
    contractions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    indicators: list[IndicatorEntry] = field(default_factory=list)
    # variant words of indicator names and their canonical form (规上 → 规模以上), longest first
    indicator_words: tuple[tuple[str, str], ...] = ()
    dept_by_stem: dict[str, DepartmentEntry] = field(default_factory=dict)
    industry_by_term: dict[str, IndustryEntry] = field(default_factory=dict)
    industry_by_id: dict[str, IndustryEntry] = field(default_factory=dict)
    # a joint term → every industry it names, in the lexicon's order
    industries_by_joint_term: dict[str, tuple[IndustryEntry, ...]] = field(default_factory=dict)
    indicator_by_alias: dict[str, IndicatorEntry] = field(default_factory=dict)
    # a kind's head → its industry, longest heads first
    industry_by_head: dict[str, IndustryEntry] = field(default_factory=dict)
    organisations: list[OrganisationEntry] = field(default_factory=list)
    organisation_by_term: dict[str, OrganisationEntry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for d in self.departments:
            for term in (d.name, *d.aliases):
                self.dept_by_stem.setdefault(term, d)
        for i in self.industries:
            self.industry_by_id[i.id] = i
            for term in (i.name, *i.aliases):
                self.industry_by_term.setdefault(term, i)
            for term in i.joint_aliases:
                self.industry_by_term.setdefault(term, i)
                named = self.industries_by_joint_term.get(term, ())
                self.industries_by_joint_term[term] = (*named, i)
        heads = [(h, i) for i in self.industries for h in i.heads]
        for head, entry in sorted(heads, key=lambda h: -len(h[0])):
            self.industry_by_head.setdefault(head, entry)
        for x in self.indicators:
            for term in (x.name, *x.aliases):
                self.indicator_by_alias.setdefault(self.canonical_words(term), x)
        for o in self.organisations:
            for term in (o.name, *o.aliases):
                self.organisation_by_term.setdefault(term, o)

    def industry_of_kind(self, name: str) -> IndustryEntry | None:
        """The listed industry a name the taxonomy lacks is after all: one listed as X业 and
        written X产业 (金融产业 is 金融业), or the one a kind belongs to by its head (福橙 →
        果品); None if neither."""
        listed = self.industry_by_term.get(name + "业")
        if listed is not None:
            return listed
        return next(
            (
                entry
                for head, entry in self.industry_by_head.items()
                if name.endswith(head) and not name.endswith(entry.not_kinds)
            ),
            None,
        )

    def canonical_words(self, text: str, *, keep_quotes: bool = False) -> str:
        """An indicator name without spaces (and quotes), its variant words made canonical."""
        text = "".join(text.split()) if keep_quotes else _NOT_IN_KEYS.sub("", text)
        for variant, canonical in self.indicator_words:
            text = text.replace(variant, canonical)
        return text


def longest_first_pattern(terms: Iterable[str]) -> str:
    """A regular expression matching any of ``terms``, the longest at each position, built
    as a trie (新能源(?:汽车)?|…): the same matches as the terms joined longest first, but
    each position is tried against one branch per first character, not every term."""
    trie: dict[str, dict] = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}  # a term ends here

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if len(branches) == 1 and len(branches[0]) > 1:
            body = "(?:" + body + ")"
        return body + "?" if "" in node else body

    return pattern(trie)


@lru_cache(maxsize=1)
def load_lexicons() -> Lexicons:
    depts = [
        DepartmentEntry(r["id"], r["name"], tuple(r.get("aliases", [])), r["name_en"], r["kind"])
        for r in _read_jsonl("departments.jsonl")
    ]
    inds = [
        IndustryEntry(
            r["id"],
            r["name"],
            r["name_en"],
            tuple(r.get("aliases", [])),
            r["tier"],
            frozenset(r.get("specific_aliases", [])),
            bool(r.get("made_for_use", False)),
            frozenset(r.get("channel_terms", [])),
            tuple(r.get("joint_aliases", [])),
            tuple(r.get("not_after", [])),
            tuple(r.get("heads", [])),
            tuple(r.get("not_kinds", [])),
            tuple(
                (term, g.get("not_after", ""), g.get("not_before", ""))
                for term, g in r.get("term_guards", {}).items()
            ),
        )
        for r in _read_jsonl("industries.jsonl")
    ]
    unit_rows = _read_jsonl("units.jsonl")
    units = [(r["unit"], bool(r["scalable"])) for r in unit_rows]
    classifiers = frozenset(r["unit"] for r in unit_rows if r.get("classifier"))
    final_units = frozenset(r["unit"] for r in unit_rows if r.get("final"))
    contractions = tuple(
        sorted(
            ((r["short"], tuple(r["parts"])) for r in _read_jsonl("contractions.jsonl")),
            key=lambda c: len(c[0]),
            reverse=True,
        )
    )
    indicators = [
        IndicatorEntry(r["id"], r["name"], r["name_en"], tuple(r.get("aliases", [])))
        for r in _read_jsonl("indicators.jsonl")
    ]
    words = tuple(
        sorted(
            ((r["variant"], r["canonical"]) for r in _read_jsonl("indicator_words.jsonl")),
            key=lambda w: len(w[0]),
            reverse=True,
        )
    )
    organisations = [
        OrganisationEntry(
            r["id"],
            r["name"],
            r["name_en"],
            tuple(r.get("aliases", [])),
            r["kind"],
            tuple(r.get("guards", {}).get("not_before", [])),
            tuple(r.get("guards", {}).get("not_after", [])),
        )
        for r in _read_jsonl("organisations.jsonl")
    ]
    return Lexicons(
        depts,
        inds,
        units,
        classifiers,
        final_units=final_units,
        contractions=contractions,
        indicators=indicators,
        indicator_words=words,
        organisations=organisations,
    )


@lru_cache(maxsize=1)
def two_character_words(min_count: int = 100) -> frozenset[str]:
    """The common two-character words (counted ``min_count`` times or more) of the
    dictionary shipped with jieba, a dependency: read from the installed package, nothing
    downloaded. Used to tell a two-character name standing as a word from one straddling
    two: 苹果品牌 holds 果品, 打造船舶 holds 造船."""
    text = (resources.files("jieba") / "dict.txt").read_text(encoding="utf-8")
    # (one regex over the file, not a split per line: 0.03 s against 0.3 s here; a line is
    # "word count tag", so a count of min_count or more has at least as many digits)
    digits = len(str(min_count))
    return frozenset(
        word
        for word, count in re.findall(rf"^(\S\S) (\d{{{digits},}})", text, re.M)
        if int(count) >= min_count
    )
