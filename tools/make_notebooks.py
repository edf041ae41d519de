"""Write the notebooks in notebooks/ from the cells below (outputs stripped).

.venv/bin/python tools/make_notebooks.py
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

SETUP = """from api.local import LocalPolicyKG, repo_root

ROOT = repo_root()
kg = LocalPolicyKG([ROOT / "data" / "samples"]).start()  # a private embedded graph and API
print("API at", kg.url)"""
STOP = "kg.stop()"

NOTEBOOKS = {
    "01-quickstart": [
        new_markdown_cell(
            "# policykg quick start: the REST API from Python\n\n"
            "This notebook starts its own embedded graph, loads the two sample documents "
            "and asks the API the researchers' questions. Every answer carries its evidence."
        ),
        new_code_cell(SETUP),
        new_code_cell(
            'import httpx\n\nhttpx.get(kg.url + "/health").json(), httpx.get(kg.url + "/stats").json()["labels"]'
        ),
        new_markdown_cell("## Which bureaus co-lead the floriculture cluster?"),
        new_code_cell(
            'r = httpx.get(kg.url + "/industries/floriculture/departments", params={"role": "lead"})\n'
            'for d in r.json()["data"]:\n'
            '    print(d["name"], d["name_en"], [m["path"] for m in d["measures"]])'
        ),
        new_code_cell(
            'first = r.json()["data"][0]["measures"][0]["evidence"]\nprint(first["document"], first["path"])\nprint(first["sentence"])'
        ),
        new_markdown_cell("## What does 市科技局 lead?"),
        new_code_cell(
            'r = httpx.get(kg.url + "/measures", params={"department": "市科技局", "role": "lead"})\n'
            '[(m["path"], m["title"]) for m in r.json()["data"]]'
        ),
        new_markdown_cell("## Which targets fall due in 2025, and how far along are they?"),
        new_code_cell(
            'r = httpx.get(kg.url + "/targets", params={"year": 2025, "limit": 100})\n'
            'for t in r.json()["data"]:\n'
            '    progress = [(o["year"], o["value"], o["unit"]) for o in t["observations"]]\n'
            '    print(t["path"], t["metric"], t["comparator"], t["value"], t["unit"], progress)'
        ),
        new_markdown_cell("## Search, in Chinese or English"),
        new_code_cell(
            '[(h["type"], h["id"]) for h in httpx.get(kg.url + "/search", params={"q": "Floriculture"}).json()["data"]]'
        ),
        new_code_cell(STOP),
    ],
    "02-cypher-cookbook": [
        new_markdown_cell(
            "# The Cypher cookbook, run\n\nEvery question of `docs/cypher-cookbook.md`, "
            "run against the samples; the same statements work in Neo4j Browser."
        ),
        new_code_cell(SETUP),
        new_code_cell(
            'import re\n\ntext = (ROOT / "docs" / "cypher-cookbook.md").read_text(encoding="utf-8")\n'
            'recipes = re.findall(r"### (.+?)\\n<!-- id: ([\\w-]+) -->\\s*```cypher\\n(.*?)```", text, re.S)\n'
            "len(recipes)"
        ),
        new_code_cell(
            "for title, rid, query in recipes:\n"
            "    res = kg.store.read(query)\n"
            '    print(f"## {title}  ({len(res.rows)} rows)")\n'
            "    for row in res.records()[:3]:\n"
            '        print("   ", row)'
        ),
        new_code_cell(STOP),
    ],
    "03-network-analysis": [
        new_markdown_cell(
            "# Who works with whom: the department collaboration network\n\n"
            "Departments are joined when they hold a role on the same measure; the weight is "
            "the number of shared measures."
        ),
        new_code_cell(SETUP),
        new_code_cell(
            "from graph import analytics\n\ng = analytics.collaboration_graph(kg.store)\n"
            "print(g.number_of_nodes(), 'departments,', g.number_of_edges(), 'collaborations')"
        ),
        new_markdown_cell("## Centrality"),
        new_code_cell(
            "rows = analytics.centrality(g)\nprint(f\"{'department':<30}{'deg':>5}{'w.deg':>7}{'betw.':>8}{'eigen':>8}\")\n"
            "for r in rows[:12]:\n"
            "    print(f\"{r['name']:<30}{r['degree']:>5}{r['weighted_degree']:>7}{r['betweenness']:>8.3f}{r['eigenvector']:>8.3f}\")"
        ),
        new_markdown_cell("## Communities (Louvain)"),
        new_code_cell(
            "comms = analytics.communities(g)\nfor i, c in enumerate(comms):\n    print(i, [g.nodes[n]['name'] for n in c])"
        ),
        new_markdown_cell(
            "## The network drawn\n\nLabels use the English names where the lexicon has one "
            "(matplotlib's default fonts have no Chinese glyphs)."
        ),
        new_code_cell(
            "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\nimport networkx as nx\n\n"
            "colour = {n: i for i, c in enumerate(comms) for n in c}\n"
            "pos = nx.spring_layout(g, weight='weight', seed=1)\n"
            "fig, ax = plt.subplots(figsize=(12, 9))\n"
            "nx.draw_networkx_edges(g, pos, width=[d['weight'] for _, _, d in g.edges(data=True)], alpha=0.3, ax=ax)\n"
            "nx.draw_networkx_nodes(g, pos, node_color=[colour[n] for n in g], cmap='tab10', "
            "node_size=[100 * g.degree(n, weight='weight') for n in g], ax=ax)\n"
            "labels = {n: (d.get('name_en') or n).replace('Municipal ', '') for n, d in g.nodes(data=True)}\n"
            "nx.draw_networkx_labels(g, pos, labels, font_size=7, ax=ax)\nax.set_axis_off()\nfig.tight_layout()"
        ),
        new_code_cell(STOP),
    ],
    "04-targets": [
        new_markdown_cell("# Targets by year and industry, with their departments"),
        new_code_cell(SETUP),
        new_code_cell(
            'import httpx\n\ntargets = httpx.get(kg.url + "/targets", params={"limit": 1000}).json()["data"]\n'
            'industries = httpx.get(kg.url + "/industries", params={"limit": 1000}).json()["data"]\nlen(targets), len(industries)'
        ),
        new_code_cell(
            "# which industries each target's measure names\n"
            "by_measure = {}\nfor ind in industries:\n"
            "    detail = httpx.get(kg.url + '/industries/' + ind['id']).json()\n"
            "    for m in detail['measures']:\n        by_measure.setdefault(m['id'], []).append(ind['name_en'])\n"
            "print(f\"{'year':<6}{'metric':<34}{'target':>14}  industries / lead departments\")\n"
            "for t in sorted(targets, key=lambda t: (t['year'] or 0, t['document'], t['path'])):\n"
            "    inds = ', '.join(by_measure.get(t['measure']['id'], [])) or '-'\n"
            "    leads = ', '.join(d['name'] for d in t['departments']) or '-'\n"
            "    print(f\"{t['year'] or '-':<6}{t['metric'][:16]:<34}{t['comparator']:>2} {t['value']:>8g} {t['unit']:<4}  {inds} / {leads}\")"
        ),
        new_markdown_cell("## Targets per year and unit"),
        new_code_cell(
            "import collections\nimport matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n\n"
            "counts = collections.Counter((str(t['year'] or 'none'), t['unit'] if t['unit'] in ('%', '家', '个') else 'other') for t in targets)\n"
            "years = sorted({y for y, _ in counts})\nunits = ['%', '家', '个', 'other']\nlabels = {'%': 'percent', '家': 'jia (bodies)', '个': 'ge (items)', 'other': 'other units'}\n"
            "fig, ax = plt.subplots(figsize=(8, 4))\nbottom = [0] * len(years)\n"
            "for u in units:\n    vals = [counts[(y, u)] for y in years]\n"
            "    ax.bar(years, vals, bottom=bottom, label=labels[u])\n    bottom = [b + v for b, v in zip(bottom, vals)]\n"
            "ax.set_xlabel('deadline year'); ax.set_ylabel('targets'); ax.legend(); fig.tight_layout()\ncounts"
        ),
        new_code_cell(STOP),
    ],
}


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "notebooks"
    out.mkdir(exist_ok=True)
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(
            cells=cells,
            metadata={
                "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                "language_info": {"name": "python"},
            },
        )
        nbformat.write(nb, out / f"{name}.ipynb")


if __name__ == "__main__":
    main()
