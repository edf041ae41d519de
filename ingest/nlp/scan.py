"""Scanning a text with a slow pattern only where it can match.

Many rule patterns open with what comes before their key word — the bodies before 牵头, a
list before 等…产业 — so Python's regex engine tries them at every position of the text, a
lazy run of up to 60 characters at each. Where every match holds one of a few key words
and no stop (。；;), only the runs of text between stops that hold a key word can match:
scanning those alone finds the same matches in a fraction of the time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def opening(words: Iterable[str]) -> str:
    """A lookahead for the first characters of ``words``, to open a pattern whose every match
    starts with one of them: the engine then leaves most positions after one test instead
    of trying each alternative there (it finds no literal prefix behind a lookbehind)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


def runs_with(
    pattern: re.Pattern[str], text: str, keys: re.Pattern[str], stops: str = "。；;"
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern each of whose matches holds a match of
    ``keys`` and no character of ``stops``: only the runs between stops holding a key are
    scanned. A run is scanned up to its stop, not past it: the pattern may look ahead to
    the stop (or the end of the text, which it then sees in the stop's place) but no
    further."""
    done = 0  # where the last run scanned ends: at its stop
    for key in keys.finditer(text):
        if key.start() < done:
            continue
        start = max(text.rfind(c, 0, key.start()) for c in stops) + 1
        ends = [i for i in (text.find(c, key.end()) for c in stops) if i >= 0]
        done = min(ends, default=len(text))
        yield from pattern.finditer(text, start, done)
