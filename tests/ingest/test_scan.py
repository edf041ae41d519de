"""Scanning only where a pattern can match finds what scanning everywhere finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.nlp import industries, roles
from ingest.nlp.scan import opening, runs_with
from ingest.normalise import normalise
from ingest.readers import read_document

GENRE_DOCS = Path(__file__).parent / "genre" / "docs"
SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


def _texts() -> list[str]:
    files = [*sorted(GENRE_DOCS.glob("*.txt")), *sorted(SAMPLES.glob("*.txt"))]
    return [normalise(read_document(f).text).text for f in files]


TEXTS = _texts()
# written to reach the runs' edges: keys at the start and end of the text, a key in a run
# whose stop comes right after it, keys in two runs side by side, runs with no key
EDGES = [
    "市发改局牵头",
    "牵头",
    "；市发改局负责；市财政局负责。",
    "会议要求，市发改局牵头负责；\n市财政局做好资金保障；",
    "由市商务局牵头，市财政局配合，举办展会。由市文旅局牵头，会同市公安局，办好节会。",
    "发展脑机接口、6G等未来产业，培育低空经济、生物制造等新兴产业。",
    "无关的句子。又一句。",
    "各乡镇要切实落实属地责任，确保不出问题；各煤矿企业落实安全生产主体责任。",
]


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("pattern", "keys", "stops", "least"),
    [
        (roles._DUTY, roles._DUTY_KEYS, "。；;", 5),
        (roles._LEADING, roles._LEADING_KEYS, "。；;", 5),
        (roles._DUTY_BORNE, roles._BORNE_KEY, "。；;", 2),
        (industries._ENUMERATED, industries._ENUMERATION_CLOSE, "，。；：\n", 5),
    ],
    ids=["duty", "leading", "duty_borne", "enumerated"],
)
def test_runs_with_finds_what_finditer_finds(
    pattern: re.Pattern[str], keys: re.Pattern[str], stops: str, least: int
) -> None:
    assert len(TEXTS) > 150
    found = 0
    for text in [*TEXTS, *EDGES]:
        expected = _spans(pattern.finditer(text))
        assert _spans(runs_with(pattern, text, keys, stops)) == expected
        found += len(expected)
    assert found >= least  # (the texts hold matches to compare)


def test_opening_lookahead_keeps_the_matches() -> None:
    for pattern, bare in [
        (roles._BARE_ROLE_END, roles._BARE_ROLE_END.pattern.split("])", 1)[1]),
        (roles._FIRST_LEADS, roles._FIRST_LEADS.pattern.split("])", 1)[1]),
    ]:
        assert pattern.pattern.startswith("(?=[")
        without = re.compile(bare)
        found = 0
        for text in [*TEXTS, *EDGES, "列第一位的为牵头单位，其余为配合单位", "。县林业局牵头）"]:
            expected = _spans(without.finditer(text))
            assert _spans(pattern.finditer(text)) == expected
            found += len(expected)
        assert found > 3


def test_opening_is_a_lookahead_for_first_characters() -> None:
    assert opening(["牵头", "配合", "牵头负责", "*号"]) == r"(?=[\*牵配])"
    assert re.match(opening(["牵头"]) + "牵头", "牵头")
    assert not re.match(opening(["配合"]) + "(?:牵头|配合)", "牵头")


def test_gated_searches_find_what_the_patterns_find() -> None:
    """The searches skipped where the pattern's own words are missing miss nothing."""
    found = {"first": 0, "starred": 0, "by_number": 0}
    for text in [
        *TEXTS,
        "注：标注*的为牵头单位，其余为配合单位。",
        "（列第一位的为牵头单位）",
        "市工业和信息化局：负责第1、2项任务，配合第3项任务。",
    ]:
        first = roles._FIRST_LEADS.search(text)
        assert (roles._convention(text)[1] is not None) == (first is not None)
        found["first"] += first is not None
        starred = roles._STARRED_RULE.search(text)
        assert (roles.states_starred_leads(text) is not None) == (starred is not None)
        found["starred"] += starred is not None
        by_number = _spans(roles.BODIES_BY_NUMBER.finditer(text))
        assert _spans(roles._bodies_by_number(text)) == by_number
        found["by_number"] += len(by_number)
    assert all(found.values()), found
