"""Word's automatic numbering, rendered as the reader sees it on the page.

A Word heading such as ``一、加快产业发展`` is often typed as ``加快产业发展`` with the
``一、`` drawn by a numbering definition (``numbering.xml``): the paragraph, or its style,
names a list (``numId``) and a level (``ilvl``); the list's levels give the format
(``chineseCounting``, ``decimal`` …) and the text around the number (``%1、``,
``（%2）``, ``%3.``). python-docx gives only the typed text, so without this the
headings, and a task table's auto-numbered 序号 column, would be lost.

``Numbering.marker(paragraph_element)`` returns the marker to put before the paragraph's
text and advances the list's counters; call it once per paragraph in reading order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]


def _chinese(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (counting style)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else ("零" + _CN[rest] if rest < 10 else _chinese(rest))
        if 10 <= rest < 20:
            tail = "一" + tail  # 一百一十二
        return _CN[n // 100] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter past z: 27 → aa
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str | None:
    """A counter in a numbering format; None for formats that draw no number (bullets)."""
    if fmt in ("bullet", "none"):
        return None
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "chineseLegalSimplified",
        "ideographTraditional",
        "japaneseCounting",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
    ):
        return _chinese(n)
    if fmt == "ideographDigital":
        return "".join(_CN[int(d)] for d in str(n) if d.isdigit())
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(_FULL_WIDTH)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    return str(n)  # decimal and anything unknown


@dataclass(frozen=True)
class Level:
    fmt: str
    text: str  # lvlText: 「%1、」, 「（%2）」
    start: int
    suffix: str  # tab, space or nothing after the marker


def _val(el: Any, tag: str, default: str | None = None) -> str | None:
    child = el.find(W + tag) if el is not None else None
    if child is None:
        return default
    value = child.get(W + "val")
    return value if value is not None else default


def _int(value: str | None, default: int) -> int:
    """A number attribute; a damaged one falls back to Word's default, not an error."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _levels(abstract: Any) -> dict[int, Level]:
    levels = {}
    for lvl in abstract.findall(W + "lvl"):
        ilvl = _int(lvl.get(W + "ilvl"), 0)
        levels[ilvl] = Level(
            fmt=_val(lvl, "numFmt", "decimal") or "decimal",
            text=_val(lvl, "lvlText", "") or "",
            start=_int(_val(lvl, "start"), 1),
            suffix=_val(lvl, "suff", "tab") or "tab",
        )
    return levels


class Numbering:
    """The numbering definitions of one document and the counters of its lists."""

    def __init__(self, numbering_xml: Any | None, styles: dict[str, Any] | None = None):
        self._abstract: dict[str, dict[int, Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, dict[int, int]] = {}  # numId → level → current number
        self._styles = styles or {}
        if numbering_xml is None:
            return
        for abstract in numbering_xml.findall(W + "abstractNum"):
            self._abstract[abstract.get(W + "abstractNumId")] = _levels(abstract)
        for num in numbering_xml.findall(W + "num"):
            abstract_id = _val(num, "abstractNumId")
            if abstract_id is None:
                continue
            starts = {}
            for override in num.findall(W + "lvlOverride"):
                start = _val(override, "startOverride")
                if start is not None:
                    starts[_int(override.get(W + "ilvl"), 0)] = _int(start, 1)
            self._nums[num.get(W + "numId")] = (abstract_id, starts)

    def _num_pr(self, p: Any) -> tuple[str, int] | None:
        """(numId, ilvl) of a paragraph: its own, else its style's (and the styles those
        are based on)."""
        ppr = p.find(W + "pPr")
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        num_id = _val(num_pr, "numId")
        ilvl = _val(num_pr, "ilvl")
        style_id = _val(ppr, "pStyle")
        seen: set[str] = set()
        while (num_id is None or ilvl is None) and style_id and style_id not in seen:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            sppr = style.find(W + "pPr")
            snum = sppr.find(W + "numPr") if sppr is not None else None
            num_id = num_id or _val(snum, "numId")
            ilvl = ilvl or _val(snum, "ilvl")
            style_id = _val(style, "basedOn")
        if num_id is None or num_id == "0":
            return None
        return num_id, _int(ilvl, 0)

    def marker(self, p: Any) -> str:
        """The marker Word draws before paragraph ``p`` (a ``w:p`` element), or ``""``."""
        found = self._num_pr(p)
        if found is None:
            return ""
        num_id, ilvl = found
        if num_id not in self._nums:
            return ""
        abstract_id, starts = self._nums[num_id]
        levels = self._abstract.get(abstract_id, {})
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self._counters.setdefault(num_id, {})

        def start_of(k: int) -> int:
            return starts.get(k, levels[k].start if k in levels else 1)

        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start_of(ilvl)
        for deeper in [k for k in counters if k > ilvl]:  # a new item restarts its sublists
            del counters[deeper]
        text = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token not in text:
                continue
            fmt = levels[k].fmt if k in levels else "decimal"
            shown = format_number(counters.get(k, start_of(k)), fmt)
            if shown is None:
                return ""
            text = text.replace(token, shown)
        if level.fmt in ("bullet", "none"):
            return ""
        # 第一章 总则: a marker ending in a word is set apart as Word's tab sets it
        if text and level.suffix != "nothing" and text[-1].isalnum():
            text += " "
        return text
