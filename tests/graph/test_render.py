import json
import re
from pathlib import Path

from typer.testing import CliRunner

from graph.render import MAX_NODES, VEdge, View, VNode, network_html


def payload(html: str) -> dict:  # type: ignore[type-arg]
    m = re.search(r"const data = (\{.*?\});\n", html, re.S)
    assert m
    return json.loads(m.group(1).replace("<\\/", "</"))


def test_self_contained_page_with_styles_and_tooltips() -> None:
    view = View(
        "t",
        [
            VNode("d", "市科技局", "Department", "青州市科技局\nScience Bureau"),
            VNode("m", "一.1", "Measure"),
        ],
        [VEdge("d", "m", "LEADS", "证据句子"), VEdge("d", "m", "SUPPORTS")],
    )
    html = network_html(view)
    assert not re.search(
        r"""(src|href)\s*=\s*["']https?://""", html
    )  # nothing loads from elsewhere
    data = payload(html)
    assert [n["label"] for n in data["nodes"]] == ["市科技局", "一.1"]
    assert data["nodes"][0]["shape"] == "box" and "Science Bureau" in data["nodes"][0]["title"]
    lead, support = data["edges"]
    assert lead["dashes"] is False and support["dashes"] and lead["title"] == "证据句子"
    assert "stabilizationIterationsDone" in html and "physics: false" in html
    assert "LEADS" in html and "SUPPORTS" in html  # legend


def test_large_graphs_are_capped_and_say_so() -> None:
    n = MAX_NODES + 150
    view = View(
        "big",
        [VNode(str(i), str(i), "Measure") for i in range(n)],
        [VEdge(str(i), str(i + 1), "PART_OF") for i in range(n - 1)],
    )
    html = network_html(view)
    data = payload(html)
    assert len(data["nodes"]) == MAX_NODES and len(data["edges"]) == MAX_NODES - 1
    assert f"Showing {MAX_NODES} of {n} nodes" in html


def test_viz_command_writes_a_page(tmp_path: Path, monkeypatch, samples_settings) -> None:  # type: ignore[no-untyped-def]
    from graph.config import get_settings
    from ingest.cli import app

    monkeypatch.setenv("POLICYKG_HOME", str(samples_settings.home))
    monkeypatch.setenv("POLICYKG_GRAPH_NAME", samples_settings.graph_name)
    get_settings.cache_clear()
    try:
        out = tmp_path / "flowers.html"
        result = CliRunner().invoke(app, ["viz", "industry", "花卉", "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert "现代花卉" in out.read_text(encoding="utf-8")
    finally:
        get_settings.cache_clear()
