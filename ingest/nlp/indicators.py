"""What a figure measures: one indicator for the many ways of naming it.

A target and a result track the same indicator when their metrics come to the same
key. The key is the metric with

1. quotes and spaces dropped and the genre's variant words made canonical
   (``lexicons/indicator_words.jsonl``: 规上 → 规模以上, 省级 → 省 …);
2. leading verbs of doing and scope dropped (新增, 新建和提升改造, 入库, 全市 …): the
   indicator is what is counted, not what was done to it;
3. a growth attribute dropped (…增长, 年均增长, 增速): growth and level are two figures
   of one indicator, told apart by the figure's ``growth`` flag;
4. a stock tail dropped (高新技术企业总数/总量 → 高新技术企业).

After each step the key is looked up in ``lexicons/indicators.jsonl``, the curated list
of the genre's standard indicators with the names documents give them (地区生产总值 =
GDP = 生产总值; 入库科技型中小企业 = 科技型中小企业信息库入库企业); a hit gives the
lexicon's id, name and English name. Differences that only local knowledge resolves
(地产互采 / 地企互采) are left apart: two metrics one character apart are as often two
indicators (存款余额 / 贷款余额, 城镇 / 农村居民人均可支配收入).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.nlp.lexicons import Lexicons

_VERB = (
    r"新增|新建|新培育|新认定|新开工|改造|提升|培育|引进|实现|完成|打造|建成|开展|入库|入选|储备|"
    r"发放|创建|争创|形成|集聚|累计|全市|全县|全区|全年|年末|年底"
)
_LEADING_VERBS = re.compile(rf"^(?:(?:{_VERB})[和及与、]?)+")
_GROWTH = re.compile(
    r"(?:年均|同比|同口径|可比口径|(?:较|比)(?:上年|\d{4}年(?:底|末)?))?(?:增长率?|增速|增幅|下降|降低)$"
)
_STOCK = re.compile(r"(?:总数|总量|数量|个数|(?<=企业)数)$")
_STEPS = (_LEADING_VERBS, _GROWTH, _STOCK)


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    name_en: str | None = None


def indicator_of(metric: str, lex: Lexicons) -> Indicator | None:
    """The indicator a figure with this metric tracks.

    None when the metric names no thing, only verbs or an attribute (新增, 增长): such
    figures would otherwise all track one meaningless indicator across documents.
    """
    key = lex.canonical_words(metric)
    for step in (*_STEPS, None):
        entry = lex.indicator_by_alias.get(key)
        if entry is not None:
            return Indicator(entry.id, entry.name, entry.name_en)
        if step is not None:
            key = step.sub("", key)
    if not key:
        return None
    # The name keeps the document's quotes (省“专精特新”企业); the id does not.
    name = lex.canonical_words(metric, keep_quotes=True)
    for step in _STEPS:
        name = step.sub("", name)
    return Indicator(key, name if lex.canonical_words(name) == key else key)
