"""Scoring rules of ``policykg eval`` on small hand-made inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.errors import InvalidInput
from ingest.evaluate import (
    gold_facts,
    load_gold_dir,
    score_figures,
    score_link_pairs,
    score_meta,
)

A, B = "a.txt", "b.txt"
LINKS = {
    "links": [
        {
            "indicator": "高新技术企业",
            "target": {"doc": A, "path": "三.(二).2", "value": 240, "unit": "家"},
            "observations": [{"doc": B, "path": "一.(二)", "value": 211, "unit": "家"}],
        },
        {
            "indicator": "助老食堂",
            "target": None,
            "observations": [
                {"doc": B, "path": "一.(八)", "value": 34, "unit": "处"},
                {"doc": B, "path": "二.(九)", "value": 20, "unit": "处"},
            ],
        },
    ]
}


def test_links_all_found() -> None:
    tracked = {
        (A, "三.(二).2", 240.0, "家"): {"hte"},
        (B, "一.(二)", 211.0, "家"): {"hte"},
        (B, "一.(八)", 34.0, "处"): {"canteen"},
        (B, "二.(九)", 20.0, "处"): {"canteen"},
        (B, "二.(九)", 99.0, "处"): {"canteen"},  # not named by the gold: not scored
    }
    s = score_link_pairs(LINKS, tracked)
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)


def test_links_merged_too_far_and_missed() -> None:
    tracked = {
        (A, "三.(二).2", 240.0, "家"): {"x"},
        (B, "一.(二)", 211.0, "家"): {"y"},
        (B, "一.(八)", 34.0, "处"): {"x"},
        (B, "二.(九)", 20.0, "处"): {"z"},
    }
    s = score_link_pairs(LINKS, tracked)
    assert (s.tp, s.fp, s.fn) == (0, 1, 2)
    assert s.precision == 0.0 and s.recall == 0.0
    assert "240家" in s.false_hits[0] and "34处" in s.false_hits[0]


def test_figures_match_on_path_value_unit() -> None:
    gold = [
        {"path": "二", "value": 5.5, "unit": "%", "comparator": "~", "metric": "地区生产总值增长"}
    ]
    pred = [
        {"path": "二", "value": 5.5, "unit": "%", "comparator": "=", "metric": "地区生产总值增长"},
        {"path": "二", "value": 4, "unit": "%", "comparator": "~", "metric": "x"},
    ]
    s = score_figures(gold, pred)
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert (s.comparator_ok, s.metric_ok) == (0, 1)
    # a matched figure that differs is listed with what the gold and the graph say
    assert s.disagreements == [["二", "5.5%", "comparator", "~", "="]]
    assert score_figures(gold, gold).disagreements == []


def test_a_metric_written_with_half_width_brackets_is_the_same_metric() -> None:
    """The gold writes a metric as its document does (新(改)建, half-width); the graph's is
    read from the normalised text (新（改）建): one metric."""
    gold = [
        {"path": "二", "value": 1500, "unit": "户", "comparator": "=", "metric": "新(改)建户厕"}
    ]
    pred = [
        {"path": "二", "value": 1500, "unit": "户", "comparator": "=", "metric": "新（改）建户厕"}
    ]
    assert score_figures(gold, pred).metric_ok == 1
    # (and with straight quotation marks, as batch 423's document types them: the graph's are
    # curly)
    gold[0]["metric"] = '新建改造"四分类"投放点'
    pred[0]["metric"] = "新建改造“四分类”投放点"
    assert score_figures(gold, pred).metric_ok == 1


def test_bad_gold_files_get_clear_errors(tmp_path: Path) -> None:
    doc = {"doc": "a.txt", "measures": []}
    (tmp_path / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    docs, links = load_gold_dir(tmp_path)
    assert [d["doc"] for d in docs] == ["a.txt"] and links is None

    (tmp_path / "links.json").write_text(
        json.dumps({"links": [{"indicator": "x", "observations": [{"doc": "a.txt"}]}]}),
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput, match=r"links\.json: .*'x'.*lacks"):
        load_gold_dir(tmp_path)

    (tmp_path / "links.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"links\.json: not a readable JSON"):
        load_gold_dir(tmp_path)

    # a mention annotated as anything but a [label, name] pair of a mention's label
    (tmp_path / "links.json").unlink()
    doc = {"doc": "a.txt", "mentions_annotated": True, "measures": [{"path": "一", "mentions": []}]}
    for bad in (["Place"], ["Town", "王府街道"], "王府街道", ["Place", ""]):
        doc["measures"][0]["mentions"] = [bad]
        (tmp_path / "a.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(
            InvalidInput, match=r"a\.json: a mention of '一' is not a \[label, name\]"
        ):
            load_gold_dir(tmp_path)


def test_metadata_scored_where_the_gold_gives_it() -> None:
    gold = {"doc": "a.txt", "title": "某方案", "issuer": None, "date": "2025-01-08"}
    extracted = {"title": "某市人民政府", "date": "2025-01-08", "issuer": None}
    s = score_meta(gold, extracted)
    # an issuer the gold says the document names none of, and extraction finds none: right
    assert (s["checked"], s["right"]) == (3, 2)
    assert s["wrong"] == [["a.txt", "title", "某方案", "某市人民政府"]]
    # a gold file without metadata checks none
    assert score_meta({"doc": "a.txt"}, extracted)["checked"] == 0
    # a space between two Chinese words is typography (batch 185: 广州市黄埔区 广州开发区…)
    spaced = {"doc": "a.txt", "title": "某市某区 某开发区若干措施"}
    assert score_meta(spaced, {"title": "某市某区某开发区若干措施"})["right"] == 1
    assert score_meta(spaced, {"title": "某市某区若干措施"})["right"] == 0


def test_a_body_written_with_half_width_brackets_is_the_graphs_body() -> None:
    """The gold writes a body as its document types it (各镇人民政府(街道办事处), half-width);
    the graph's surface is read from the normalised text (各镇人民政府（街道办事处）): one body
    (batch 671)."""
    gold = {
        "doc": "x.txt",
        "measures": [{"path": "一.1", "responsible": ["各镇人民政府(街道办事处)", "区发改局"]}],
    }
    facts = gold_facts(gold, "常州市武进区", "x")
    assert ("各镇人民政府（街道办事处）", "responsible", "一.1") in facts["roles"]
    assert ("区发改局", "responsible", "一.1") in facts["roles"]
    assert ("各镇人民政府（街道办事处）", "一.1") in facts["roles_any"]


def test_a_gold_naming_the_body_a_reply_is_addressed_to_resolves_it() -> None:
    """你局 in a reply is the bureau addressed (batch 282), as extraction reads it; 我局 the
    issuer."""
    gold = {
        "doc": "x.txt",
        "issuer": "英山县人民政府",
        "measures": [
            {"path": "三", "lead": ["你局"], "support": ["县财政局"], "responsible": []},
        ],
    }
    facts = gold_facts(gold, "英山县", "x", addressee="县农业农村局")
    assert ("英山县农业农村局", "三") in facts["departments"]
    assert ("英山县财政局", "三") in facts["departments"]
