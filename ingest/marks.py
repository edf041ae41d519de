"""Positions of one-character delimiters in a text, found once and then bisected.

Clause and sentence boundaries are asked for many times per text (once per
figure, once per piece of evidence); scanning from the start each time made
those lookups quadratic in the length of a unit.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right


def _inside(x: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect_right(spans, (x, float("inf"))) - 1
    return i >= 0 and spans[i][0] < x < spans[i][1]


class Marks:
    """Where the one-character delimiters matched by ``rx`` are in ``text``."""

    def __init__(
        self, rx: re.Pattern[str], text: str, skip: list[tuple[int, int]] | None = None
    ) -> None:
        """``skip``: sorted spans whose delimiters do not count (quoted names: “百项技改、百企转型”)."""
        self.positions = [m.start() for m in rx.finditer(text)]
        if skip:
            self.positions = [p for p in self.positions if not _inside(p, skip)]

    def after_last(self, x: int) -> int:
        """Just after the last delimiter before ``x`` (0 when there is none): where the
        clause or sentence holding ``x`` starts."""
        i = bisect_left(self.positions, x)
        return self.positions[i - 1] + 1 if i else 0

    def end_of_first(self, x: int, hi: int) -> int | None:
        """Just after the first delimiter at or after ``x`` and before ``hi``, if any."""
        i = bisect_left(self.positions, x)
        if i < len(self.positions) and self.positions[i] < hi:
            return self.positions[i] + 1
        return None
