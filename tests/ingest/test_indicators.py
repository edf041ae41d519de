"""What a figure measures: metrics named differently come to one indicator, and only then."""

from __future__ import annotations

import pytest

from ingest.nlp.indicators import indicator_of
from ingest.nlp.lexicons import load_lexicons

LEX = load_lexicons()


def ind(metric: str) -> str | None:
    found = indicator_of(metric, LEX)
    return None if found is None else found.id


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("地区生产总值", "GDP"),  # lexicon alias
        ("地区生产总值", "地区生产总值年均增长"),  # growth and level: one indicator
        ("规上工业增加值增速", "规模以上工业增加值"),  # 规上 = 规模以上
        ("高新技术企业总数", "高新技术企业总量"),  # stock tails
        ("新增国家级高新技术企业", "高新技术企业"),
        ("培育省级“专精特新”企业", "新增省“专精特新”企业"),  # 省级 = 省, quotes aside
        ("新建和提升改造镇街商贸中心", "新建镇街商贸中心"),  # verb runs with 和
        ("入库科技型中小企业", "科技型中小企业信息库入库企业"),
        ("城镇新增就业", "新增城镇就业人数"),
        ("单位GDP能耗下降", "单位地区生产总值能耗"),
        ("服务业增加值较2016年增长", "服务业增加值"),  # a base year is not part of the name
        ("一般公共预算收入", "一般公共预算收入同口径增长"),  # nor how the growth is measured
        ("培育形成千亿级产业集群", "千亿级产业集群"),
    ],
)
def test_same_indicator(a: str, b: str) -> None:
    assert ind(a) is not None and ind(a) == ind(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("存款余额", "贷款余额"),
        ("城镇居民人均可支配收入", "农村居民人均可支配收入"),
        ("规模以上工业增加值", "工业增加值"),
        ("国家“小巨人”企业", "省“专精特新”企业"),
        ("地产互采金额", "地企互采金额"),  # one character apart: left to a curator
        ("高新技术企业新增", "高新技术企业"),  # a trailing attribute is not a verb
    ],
)
def test_different_indicators(a: str, b: str) -> None:
    assert ind(a) != ind(b)


def test_lexicon_entries_carry_names() -> None:
    found = indicator_of("社零额增长", LEX)
    assert found is not None
    assert (found.id, found.name, found.name_en) == (
        "retail-sales",
        "社会消费品零售总额",
        "Retail sales of consumer goods",
    )


def test_metric_naming_no_thing_tracks_nothing() -> None:
    for metric in ("增长", "新增", "年均增长", "完成", ""):
        assert indicator_of(metric, LEX) is None, metric


def test_name_keeps_quotes_id_does_not() -> None:
    found = indicator_of("新增省级“专精特新”企业", LEX)
    assert found is not None
    assert found.id == "省专精特新企业" and found.name == "省“专精特新”企业"


def test_lexicon_aliases_are_unique() -> None:
    seen: dict[str, str] = {}
    for entry in LEX.indicators:
        for alias in (entry.name, *entry.aliases):
            key = LEX.canonical_words(alias)
            assert seen.setdefault(key, entry.id) == entry.id, (alias, seen[key], entry.id)
