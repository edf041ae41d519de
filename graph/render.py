"""Interactive network pages: a graph → one self-contained HTML string (pure; no files written).

pyvis builds the vis-network nodes, edges and options; the page template is our
own and inlines the vis-network script and style that pyvis ships, so the page
references no external URL (pyvis's own template loads bootstrap from a CDN
even with ``cdn_resources="in_line"``).

Node colour and shape follow the node type, edge style the role (lead solid,
support dashed, responsible dotted), tooltips carry the evidence sentence and
the English name; physics runs until the layout is stable, then stops. Above
``MAX_NODES`` nodes the graph is cut and the page says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from pyvis.network import Network

MAX_NODES = 2000

NODE_STYLE: dict[str, tuple[str, str]] = {  # type → (colour, shape)
    "Document": ("#4a4a4a", "square"),
    "Section": ("#8c8c8c", "diamond"),
    "Measure": ("#4c78a8", "dot"),
    "Department": ("#d1495b", "box"),
    "Industry": ("#59a14f", "triangle"),
    "Target": ("#8e6cbf", "star"),
    "Result": ("#b07aa1", "star"),
    "Place": ("#9c755f", "dot"),
    "Organization": ("#a0785a", "dot"),
    "Project": ("#6c8ebf", "dot"),
    "Program": ("#c9a227", "dot"),
    "Event": ("#d08c60", "dot"),
}
EDGE_STYLE: dict[str, dict[str, Any]] = {  # type → vis edge options
    "LEADS": {"color": "#d1495b", "width": 3, "dashes": False},
    "SUPPORTS": {"color": "#edae49", "width": 2, "dashes": [8, 6]},
    "RESPONSIBLE_FOR": {"color": "#00798c", "width": 2, "dashes": [2, 4]},
    "ADDRESSES": {"color": "#59a14f", "width": 1, "dashes": False},
    "PART_OF": {"color": "#bbbbbb", "width": 1, "dashes": False},
    "SETS_TARGET": {"color": "#8e6cbf", "width": 1, "dashes": False},
    "REPORTS": {"color": "#b07aa1", "width": 1, "dashes": [4, 4]},
    "COLLABORATES": {"color": "#999999", "width": 1, "dashes": False},
}
COMMUNITY_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                     "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]  # fmt: skip


@dataclass
class VNode:
    id: str
    label: str
    type: str
    title: str = ""  # tooltip text
    group: int | None = None  # community, for colouring
    size: float | None = None


@dataclass
class VEdge:
    source: str
    target: str
    type: str
    title: str = ""
    weight: float | None = None


@dataclass
class View:
    title: str
    nodes: list[VNode] = field(default_factory=list)
    edges: list[VEdge] = field(default_factory=list)
    note: str = ""

    def add_node(self, node: VNode) -> None:
        if all(n.id != node.id for n in self.nodes):
            self.nodes.append(node)


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(), (lib / "vis-network.css").read_text()


def network_html(view: View) -> str:
    """The page for one view: self-contained, offline, with a legend."""
    nodes, edges, note = view.nodes, view.edges, view.note
    if len(nodes) > MAX_NODES:
        keep = {n.id for n in nodes[:MAX_NODES]}
        note = (note + " " if note else "") + (
            f"Showing {MAX_NODES} of {len(nodes)} nodes; narrow the question to see the rest."
        )
        nodes = nodes[:MAX_NODES]
        edges = [e for e in edges if e.source in keep and e.target in keep]
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for n in nodes:
        colour, shape = NODE_STYLE.get(n.type, ("#999999", "dot"))
        if n.group is not None:
            colour = COMMUNITY_COLOURS[n.group % len(COMMUNITY_COLOURS)]
        opts: dict[str, Any] = {
            "label": n.label,
            "title": n.title or n.label,
            "color": colour,
            "shape": shape,
        }
        if n.size is not None:
            opts["size"] = n.size
        if shape == "box":
            opts["font"] = {"color": "#ffffff"}
        net.add_node(n.id, **opts)
    for e in edges:
        style = dict(EDGE_STYLE.get(e.type, {"color": "#999999", "width": 1, "dashes": False}))
        if e.weight is not None:
            style["width"] = 1 + 1.5 * float(e.weight)
            style["value"] = e.weight
        net.add_edge(e.source, e.target, title=e.title or e.type, **style)
    options = {
        "physics": {
            "solver": "forceAtlas2Based",
            "stabilization": {"iterations": 300, "fit": True},
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110},
        },
        "interaction": {"hover": True, "tooltipDelay": 100, "navigationButtons": False},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": False},
        "nodes": {
            "font": {"face": "WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif", "size": 14}
        },
    }
    return _page(view.title, net.nodes, net.edges, options, note, nodes, edges)


def _legend(nodes: list[VNode], edges: list[VEdge]) -> str:
    parts = []
    for t in sorted({n.type for n in nodes}):
        colour, shape = NODE_STYLE.get(t, ("#999", "dot"))
        parts.append(
            f'<span class="lg"><span class="sw" style="background:{colour}"></span>{escape(t)} ({shape})</span>'
        )
    for t in sorted({e.type for e in edges}):
        s = EDGE_STYLE.get(t, {"color": "#999", "dashes": False})
        line = (
            "dashed" if s["dashes"] and s["dashes"][0] > 4 else "dotted" if s["dashes"] else "solid"
        )
        parts.append(
            f'<span class="lg"><span class="ln" style="border-top:3px {line} {s["color"]}"></span>{escape(t)}</span>'
        )
    return "".join(parts)


def _page(
    title: str,
    vnodes: list[dict[str, Any]],
    vedges: list[dict[str, Any]],
    options: dict[str, Any],
    note: str,
    nodes: list[VNode],
    edges: list[VEdge],
) -> str:
    js, css = _vis_assets()
    data = json.dumps({"nodes": vnodes, "edges": vedges}, ensure_ascii=False).replace("</", "<\\/")
    opts = json.dumps(options)
    note_html = f'<p class="note">{escape(note)}</p>' if note else ""
    return f"""<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>{escape(title)}</title>
<style>{css}</style>
<style>
html,body{{margin:0;height:100%;font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif}}
header{{padding:.5em 1em;border-bottom:1px solid #ddd}} h1{{font-size:1.2em;margin:.2em 0}}
.lg{{margin-right:1.2em;font-size:.85em;white-space:nowrap}} .sw{{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:middle}}
.ln{{display:inline-block;width:2em;margin-right:.3em;vertical-align:middle}} .note{{color:#a33;margin:.3em 0}}
#graph{{position:absolute;top:7em;bottom:0;left:0;right:0}} .vis-tooltip{{max-width:40em;white-space:pre-wrap}}
</style>
<script>{js}</script>
</head><body>
<header><h1>{escape(title)}</h1><div>{_legend(nodes, edges)}</div>{note_html}
<span id="status">{len(vnodes)} nodes, {len(vedges)} edges</span></header>
<div id="graph"></div>
<script>
const data = {data};
window.nodes = new vis.DataSet(data.nodes);
window.edges = new vis.DataSet(data.edges);
window.network = new vis.Network(document.getElementById("graph"), {{nodes: window.nodes, edges: window.edges}}, {opts});
window.stabilized = false;
window.network.once("stabilizationIterationsDone", function () {{
  window.network.setOptions({{physics: false}});
  window.stabilized = true;
}});
</script>
</body></html>"""
