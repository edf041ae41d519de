"""Which industry names count as the industries a measure addresses."""

from __future__ import annotations

import pytest

from ingest.nlp.pipeline import get_pipeline


def industries(text: str) -> list[str]:
    doc = get_pipeline()(text)  # keep the Doc alive while its spans are read
    return [s.kb_id_ for s in doc.spans["industries"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the items of a list of clusters are the industries
        (
            "做强文化旅游、现代花卉、医养健康、现代物流、中医药等特色优势产业。",
            [
                "cultural-tourism",
                "floriculture",
                "health-and-elderly-care",
                "modern-logistics",
                "traditional-chinese-medicine",
            ],
        ),
        # broad sectors count only as items of such a list
        ("改造提升机械、化工等传统产业。", ["machinery", "chemicals"]),
        ("推动工业企业技术改造。", []),
        # the head is the industry when it is one itself; the items are its parts
        (
            "重点支持减污降碳、生态修复、节能环保、资源循环利用等生态环保产业发展项目。",
            ["eco-environmental-protection"],
        ),
        # aliases resolve to one canonical industry
        ("打响青州花卉品牌，发展文旅融合。", ["floriculture", "cultural-tourism"]),
        # the longest name wins: 盐化工 is salt chemicals, not chemicals at large
        (
            "推动蔬菜种业、盐化工、造纸等传统产业数字化转型。",
            ["modern-seed-industry", "salt-chemicals", "papermaking"],
        ),
        ("壮大铝型材产业。", ["non-ferrous-metals"]),
        # farming: vegetables, livestock and fruit are industries of their own
        (
            "发展设施蔬菜、畜禽养殖、林果等特色产业。",
            ["vegetables", "animal-husbandry", "fruit"],
        ),
        ("蔬菜种植面积稳定在30万亩，做强现代畜牧业。", ["vegetables", "animal-husbandry"]),
        # a seed base names the seed industry, not vegetables
        ("建设省级优势蔬菜良种繁育基地。", []),
        # an honour's title names the award
        (
            "荣获省农业绿色发展先行县、全国畜牧业统计监测工作综合评估优秀县，发展畜牧业。",
            ["animal-husbandry"],
        ),
        # part of a name: not the industry
        ("完善提升度辰智能制造产业园。", []),
    ],
)
def test_industries(text: str, expected: list[str]) -> None:
    assert industries(text) == expected
