"""Pages set in two columns, as a government gazette (政府公报) reprints documents: where the
columns are, so each is read down before the next, not line by line across the page.

A page is in two columns where a vertical gutter near its middle is crossed by few of its
lines while many lines have words on both sides of it, the left-hand words of most of them filling most of the left column (a column of prose
filled to its width — not the cells of a table, which end where their words end). Lines that cross the gutter (a headline set across both columns, a
centred page number) or whose right-hand words stand far right of the right column's edge (a
masthead's issue number) are read across the page; the runs of lines between them are read
column by column. A gutter is wider than the space between words: three lines in four keep
their sides a character apart at least (an OCR'd page's words, set apart by spaces, may line
up by chance but stand closer).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ingest.readers.open_tables import Word


@dataclass(frozen=True)
class Band:
    """A horizontal band of a page, read across (``split`` None) or as two columns split at
    ``split``."""

    top: float
    bottom: float
    split: float | None


# where a gutter is looked for, as shares of the page's width
_MIDDLE = (0.35, 0.65)
# at least this many lines with words on both sides of the gutter, and no more than this
# share of the lines crossing it
_MIN_BOTH = 8
_MAX_CROSSING = 0.3
# the share of lines with words on both sides whose left-hand words fill most of the left
# column (past this share of the way from its margin to the right column's edge)
_MIN_FILLED = 0.5
_FILLED_WIDTH = 0.75
# the gutter's width, in characters, that three lines in four at least keep
_MIN_GUTTER = 1.0


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into printed lines by their tops (within 2 points)."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].top - w.top) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def _crosses(line: list[Word], g: float) -> bool:
    return any(w.x0 < g < w.x1 for w in line)


def _sides(line: list[Word], g: float) -> tuple[list[Word], list[Word]]:
    return [w for w in line if w.x1 <= g], [w for w in line if w.x0 >= g]


def may_have_columns(chars: list[Word], left: float, right: float) -> bool:
    """A quick look before ``column_bands``: whether some place near the page's middle is
    covered by fewer than seven lines in ten (a page of prose across its width is covered
    everywhere there, its characters' boxes touching), from the characters' boxes."""
    tops = {round(c.top) for c in chars}
    if len(tops) < _MIN_BOTH:
        return False
    for share in (0.4, 0.45, 0.5, 0.55, 0.6):
        x = left + share * (right - left)
        covered = {round(c.top) for c in chars if c.x0 <= x <= c.x1}
        if len(covered) < 0.7 * len(tops):
            return True
    return False


def column_bands(words: list[Word], left: float, right: float) -> list[Band] | None:
    """The page's bands top to bottom if it is set in two columns (see the module doc),
    else None. ``left`` and ``right``: the page's edges."""
    lines = _lines(words)
    if len(lines) < _MIN_BOTH:
        return None
    width = right - left
    best: tuple[int, float] | None = None
    for step in range(int(width * _MIDDLE[0]), int(width * _MIDDLE[1]), 2):
        g = left + step
        crossing = sum(_crosses(ln, g) for ln in lines)
        if crossing > _MAX_CROSSING * len(lines):
            continue
        both = sum(1 for ln in lines if not _crosses(ln, g) and all(_sides(ln, g)))
        if best is None or both > best[0]:
            best = (both, g)
    if best is None or best[0] < _MIN_BOTH:
        return None
    # the gutter's middle: the widest run of positions as good as the best
    g = best[1]
    split_lines = [_sides(ln, g) for ln in lines if not _crosses(ln, g) and all(_sides(ln, g))]
    # the right column's edge: where most of its lines start; the left column's margin
    edge = Counter(round(min(w.x0 for w in rw)) for _, rw in split_lines).most_common(1)[0][0]
    margin = min(min(w.x0 for w in lw) for lw, _ in split_lines)
    char = Counter(round(w.bottom - w.top) for w in words).most_common(1)[0][0] or 10
    full = margin + _FILLED_WIDTH * (edge - margin)
    filled = [max(w.x1 for w in lw) for lw, _ in split_lines]
    if sum(x >= full for x in filled) < _MIN_FILLED * len(split_lines):
        return None
    # a gutter, not the space between words: most lines' sides stand a character apart
    # (an OCR'd page's words, set apart by spaces, line up by chance)
    gaps = sorted(min(w.x0 for w in rw) - max(w.x1 for w in lw) for lw, rw in split_lines)
    if gaps[len(gaps) // 4] < _MIN_GUTTER * char:
        return None
    # (where most left-hand lines end: a page number's words may straddle the gutter's edge)
    reach = Counter(round(x) for x in filled if x <= edge).most_common(1)[0][0]
    split = (reach + edge) / 2
    bands: list[Band] = []
    for ln in lines:
        rw = _sides(ln, split)[1]
        across = _crosses(ln, split) or (bool(rw) and min(w.x0 for w in rw) > edge + 2 * char)
        top, bottom = min(w.top for w in ln), max(w.bottom for w in ln)
        kind = None if across else split
        if bands and bands[-1].split == kind:
            bands[-1] = Band(bands[-1].top, bottom, kind)
        else:
            bands.append(Band(top, bottom, kind))
    return bands
