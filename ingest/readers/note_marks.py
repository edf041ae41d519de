"""A note's mark printed as a superscript after the words it annotates — 地区生产总值¹,
增长6%², 重点项目120个³, 占比①, [1] — is no part of the text: read inline, it ran into a
metric (地区生产总值1) or lost a figure (增长6%2). The HTML and Word readers leave such marks
out; a superscript after a Latin letter or a digit is an exponent and stays (m², km², 10⁴)."""

from __future__ import annotations

import re

NOTE_MARK = re.compile(r"\s*(?:[\[［【(（]?注?\d{1,2}[\]］】)）]?|[①-⑳⑴-⒇❶-❿]|[*＊†‡※]{1,3})\s*")
_EXPONENT_BASE = re.compile(r"[A-Za-z0-9]$")


def is_note_mark(superscript: str, before: str) -> bool:
    """Whether ``superscript``, printed raised after the text ``before``, is a note's mark."""
    return (
        NOTE_MARK.fullmatch(superscript) is not None
        and _EXPONENT_BASE.search(before.rstrip()) is None
    )
