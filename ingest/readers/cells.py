"""A table cell's lines as one line of text (pure).

Word and HTML cells often list the bodies of a role column one a line (``经济发展局`` /
``凤凰科创园管理办公室``). Joined by a space, the normaliser later drops the space between
two Chinese characters and the two names run together; joined by ``、``, they stay a list.
A cell is read as a list of names when each of its lines is short, holds no sentence
punctuation, opens in Chinese and ends as a body's name ends (局, 委, 办公室, 中心, 人民政府,
街道, a closing bracket …) — not in a level's one character after a name, a name the
wrap cut after its level (``市自然资源局、市`` / ``发展和改革局``). Any other
cell's lines are joined by a space, as before: a line wrapped by hand, a date
(``2025年`` / ``12月底``), an official and his post (``王建国`` / ``（副区长）``), labelled
lines (``牵头：…`` / ``配合：…``).
"""

from __future__ import annotations

import re

from ingest.role_labels import SHORT_LABELS, label_role

_LIST_SEP = "、"
# a role marked after a name closes it, whatever opens the next line (市发改委（牵头） / 昆山开发区管委会)
_ROLE_MARK_END = re.compile(r"[（(](?:牵头|配合|负责|主责|协办|主办|参与)[）)]$")
# how a body's name opens: its level, the nation's or a state firm's name, a class of bodies
NAME_OPENS = re.compile(r"[市县区镇乡旗州盟省]|中国|国网|国家|中共|共青团|各")
# a whole body's name, an official's name in brackets after it or not: no brackets left open,
# and an ending no place's name has (市商务局（刘洋）, 中国移动沭阳分公司; not 各村（社, 县)
WHOLE_NAME = re.compile(
    r"[^（）]{3,}(?:局|委|办|中心|公司|政府|管委会|办公室|院|站|所|队|行)(?:（[^（）]{1,8}）)?"
)


def field_line(cells: list[str]) -> str:
    """A row of a table nested in a cell as one line: a role word and its bodies (``牵头`` |
    ``县农业农村局``) are that label's field, ``牵头：县农业农村局``, as a cell's labelled lines
    are; any other row's cells set apart by a space."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) == 2 and (label_role(filled[0]) or filled[0] in SHORT_LABELS):
        return f"{filled[0]}：{filled[1]}"
    return " ".join(filled)


# the characters a body's name (or a collective's) ends in
_NAME_END = re.compile(r"[局委办室心会组所站队司团院行处科社联厅部府道镇乡区县市旗州盟班关协）]$")
_OPENS_CJK = re.compile(r"^[\u4e00-\u9fff]")
_SENTENCE_PUNCT = re.compile(r"[。；;：:，,！？]")
_SHORT = 30
# a list's last item a level's one character after a whole name: a name cut by the wrap
# after its level (…局、市 / 发展和改革局); not a collective's levels (各区、县)
_CUT_ITEM = re.compile(r"[^、，,]{3,}[、，,][市县区镇乡省州旗盟]$")


# the endings of bodies' names a wrap may cut inside (区通信发展办 / 公室)
_NAME_ENDINGS = (
    "办公室",
    "委员会",
    "管委会",
    "分局",
    "中心",
    "分公司",
    "人民政府",
    "办事处",
    "工作站",
    "事务所",
    "领导小组",
)


def cuts_a_name(line: str, nxt: str) -> bool:
    """Whether the break between ``line`` and ``nxt`` falls inside a name's ending (…办 /
    公室, …人民 / 政府): what follows such a cut opens no name."""
    return any(
        line.endswith(end[:k]) and nxt.startswith(end[k:])
        for end in _NAME_ENDINGS
        for k in range(1, len(end))
    )


def wraps_into(line: str, nxt: str) -> bool:
    """Whether a line of a PDF's cell that fills the cell's width wraps into the next — not
    when it is a whole name and the next opens another (市商务局（刘洋） / 市茉莉花产业发展中心,
    中国移动沭阳分公司 / 中国电信沭阳分公司), nor a name closed by its role's mark."""
    return not (WHOLE_NAME.fullmatch(line) and NAME_OPENS.match(nxt)) and not _ROLE_MARK_END.search(
        line
    )


# A lead's mark while a reader's markup is read, put for ``*`` at the end (the Markdown reader:
# a ``*`` would be taken for emphasis) — a private-use character no document holds — and the
# marks a body's name may close with, as a lead, where a cell's lines are joined
HELD_LEAD_MARK = "\ue000"
_LEAD_MARKS = "*" + HELD_LEAD_MARK


def join_cell_lines(lines: list[str], apart: str = " ") -> str:
    """The non-empty lines of a cell joined into one line: by 、 when each is a body's name,
    else by ``apart`` (a space; nothing for a PDF's, whose lines a narrow column wraps) —
    a line opening inside the name the line before cut (``cuts_a_name``) runs on bare."""
    lines = [t.strip() for t in lines if t.strip()]
    runs: list[str] = []
    for t in lines:
        if runs and cuts_a_name(runs[-1], t):
            runs[-1] += t
        else:
            runs.append(t)
    lines = runs
    # (a body marked as a lead, 市商务局* or the Markdown reader's private mark, is a name)
    if len(lines) > 1 and all(reads_as_a_name(t.rstrip(_LEAD_MARKS)) for t in lines):
        return _LIST_SEP.join(lines)
    out = lines[:1]
    for t in lines[1:]:
        # (a name on a line of its own after a labelled list ending in one: 配合：丁蜀镇人民政府
        # / 市公安局 — one more of the list)
        last = _LAST_ITEM.search(out[-1])
        item = last.group().rstrip(_LEAD_MARKS) if last else ""
        listed = len(item) >= 3 and reads_as_a_name(item)  # (not a level cut off: 县)
        out.append((_LIST_SEP if listed and reads_as_a_name(t) else apart) + t)
    return "".join(out)


# the last item of a line's list: after its label's colon or the separator before it
_LAST_ITEM = re.compile(r"(?<=[：:、，,])[^：:、，,]+$")


def reads_as_a_name(line: str) -> bool:
    """Whether a cell's line reads as a body's name (see the module doc)."""
    return (
        len(line) <= _SHORT
        and not _SENTENCE_PUNCT.search(line)
        and bool(_OPENS_CJK.match(line))
        and bool(_NAME_END.search(line))
        and not _CUT_ITEM.search(line)
    )


_TASK_NUMBER = re.compile(r"^\d{1,3}[.、]?$")


def fill_merged_leads(rows: list[list[str]]) -> list[list[str]]:
    """A task table written where cells cannot be merged (Markdown, a spreadsheet's CSV
    export) keeps a lead cell merged over several rows (牵头单位) in the first of them
    only: a numbered row under it whose lead cell is empty is led by it, as Word repeats a
    merged cell. Rows before the header, and those after a row that is no task (a section
    row), are left as they are; only lead columns are filled — an empty 配合单位 is none."""
    header = next(
        (i for i, row in enumerate(rows) if any(label_role(c.strip()) == "lead" for c in row)),
        None,
    )
    if header is None:
        return rows
    columns = [k for k, c in enumerate(rows[header]) if label_role(c.strip()) == "lead"]
    out = [list(row) for row in rows]
    for k in columns:
        above = ""
        for row in out[header + 1 :]:
            if not row or not _TASK_NUMBER.match(row[0].strip()):
                above = ""
                continue
            if k < len(row) and row[k].strip():
                above = row[k]
            elif above and any(c.strip() for c in row[1:]):
                row.extend([""] * (k + 1 - len(row)))
                row[k] = above
    return out
