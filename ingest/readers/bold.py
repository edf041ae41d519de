"""Bodies printed in bold where a document says they lead (注：加粗的为牵头单位), for the Word
and HTML readers (pure).

A bold run that is a body's name — in a table's cell, or in a list or note of a paragraph —
is written as the asterisk rule writes a lead (``县花卉中心*``), so the role parser reads it as
it reads ``注：标注*的为牵头单位``. A bold line of its own (a heading, a signature) marks nothing.
"""

from __future__ import annotations

import re

from ingest.role_labels import BODY_NAME_END

SEPARATORS = "、，,；; \u3000"
# what stands next to a name of a list or a note: 、 ， ； brackets, a label's colon
_LIST_BEFORE = tuple("、，,；;（(：:")
_LIST_AFTER = tuple("、，,；;）)")
_LISTED = re.compile(r"([、，,；;]+)")  # (between names of a list)


def mark_bold(words: str, before: str, after: str, *, in_cell: bool) -> str:
    """``words`` printed in bold, with ``*`` after the body's name they are where it is
    listed — in a cell, or after or before a list's separator, a bracket or a label's colon
    (``before`` and ``after`` the text around them); their trailing separators are kept
    outside the mark: ``县花卉中心*、``. Words listing bodies (a cell or a run printed so
    whole: ``县农业农村局、县林业局``) mark each one listed."""
    inner = _LISTED.split(words.strip(SEPARATORS))
    if len(inner) > 2:  # (names and the separators between them)
        head = words[: len(words) - len(words.lstrip(SEPARATORS))]
        out = [head]
        for i in range(0, len(inner), 2):
            name, sep = inner[i], inner[i + 1] if i + 1 < len(inner) else ""
            last = i + 1 >= len(inner)
            tail = words[len(words.rstrip(SEPARATORS)) :] if last else sep
            if not last and BODY_NAME_END.search(name):
                out.append(name + "*" + sep)
            else:
                out.append(mark_bold(name + tail, before + "".join(out), after, in_cell=in_cell))
        return "".join(out)
    name = words.rstrip(SEPARATORS)
    listed = (
        in_cell
        or before.rstrip().endswith(_LIST_BEFORE)
        or words[len(name) :].strip()
        or after.startswith(_LIST_AFTER)
    )
    if listed and BODY_NAME_END.search(name):
        return name + "*" + words[len(name) :]
    return words
