"""Pure HTML renderers (data → string); nothing is written to disk."""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import quote

KIND_STYLE = {
    "LEADS": ("lead", "#d1495b"),
    "SUPPORTS": ("support", "#edae49"),
    "RESPONSIBLE_FOR": ("responsible", "#00798c"),
    "INDUSTRY": ("industry", "#66a182"),
    "TARGET": ("target", "#8e6cbf"),
    "RESULT": ("result", "#b07aa1"),
    "Place": ("place", "#9c9c9c"),
    "Organization": ("organisation", "#a0785a"),
    "Project": ("project", "#6c8ebf"),
    "Program": ("programme", "#c9a227"),
    "Event": ("event", "#d08c60"),
}
LINKS = {
    "LEADS": "/departments/",
    "SUPPORTS": "/departments/",
    "RESPONSIBLE_FOR": "/departments/",
    "INDUSTRY": "/industries/",
    "TARGET": "/targets/",
}


def highlighted_text(title: str, text: str, spans: list[dict[str, Any]]) -> str:
    """The document as an HTML page, its entities marked and linked (displaCy style).

    Overlapping spans: the earlier (then longer) one wins; offsets are into ``text``.
    """
    chosen: list[dict[str, Any]] = []
    end = -1
    for s in sorted(spans, key=lambda s: (s["start"], -(s["end"] - s["start"]))):
        if (
            s["start"] is None
            or s["end"] is None
            or s["start"] < end
            or not 0 <= s["start"] < s["end"] <= len(text)
        ):
            continue
        chosen.append(s)
        end = s["end"]
    parts: list[str] = []
    pos = 0
    for s in chosen:
        parts.append(escape(text[pos : s["start"]]))
        label, color = KIND_STYLE.get(s["kind"], (s["kind"].lower(), "#999"))
        tip = escape(" · ".join(str(x) for x in (s.get("name"), s.get("name_en")) if x))
        inner = escape(text[s["start"] : s["end"]])
        link = LINKS.get(s["kind"])
        if link:
            inner = f'<a href="{link}{quote(str(s["id"]), safe="")}">{inner}</a>'
        parts.append(
            f'<mark class="ent ent-{label}" style="background:{color}33;border-bottom:2px solid {color}" '
            f'title="{tip}">{inner}<span class="ent-label">{escape(label)}</span></mark>'
        )
        pos = s["end"]
    parts.append(escape(text[pos:]))
    legend = "".join(
        f'<span class="ent" style="background:{c}33;border-bottom:2px solid {c}">{escape(n)}</span> '
        for n, c in KIND_STYLE.values()
    )
    return (
        '<!doctype html><html lang="zh"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
        f"<title>{escape(title)}</title><style>"
        "body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif;max-width:60em;margin:2em auto;line-height:2}"
        ".doc{white-space:pre-wrap}.ent{padding:0 .2em;border-radius:.2em}"
        ".ent-label{font-size:.6em;margin-left:.3em;color:#555;text-transform:uppercase}"
        "mark a{color:inherit;text-decoration:none}"
        f"</style></head><body><h1>{escape(title)}</h1><p>{legend}</p>"
        f'<div class="doc">{"".join(parts)}</div></body></html>'
    )
