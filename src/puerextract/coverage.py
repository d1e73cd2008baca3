"""Relation rule coverage: which rule made relations in which documents of each set.

Every relation carries the rule that made it (:attr:`puerextract.model.Relation.rule`: a
trigger row ``trigger en:increased``, a frame such as ``aim``, ``group``, ``medium``, ``frame``,
``cell sparing``). A rule that fires in one document only is listed for review: a rule written
for one sentence is a smell. Trigger rows that fire nowhere are listed too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from .model import Annotations

COLUMNS = ["rule", "set", "documents", "relations"]


def coverage_frame(sets: Mapping[str, Sequence[Annotations]]) -> pd.DataFrame:
    """One row per (rule, set): the documents it made relations in, and how many relations."""
    docs: dict[tuple[str, str], set[str]] = {}
    counts: dict[tuple[str, str], int] = {}
    for name, docs_of_set in sets.items():
        for ann in docs_of_set:
            for r in ann.relations:
                key = (r.rule or r.source or "?", name)
                docs.setdefault(key, set()).add(ann.name)
                counts[key] = counts.get(key, 0) + 1
    rows = [(rule, name, len(d), counts[(rule, name)]) for (rule, name), d in docs.items()]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.sort_values(["rule", "set"], ignore_index=True)


def single_document_rules(frame: pd.DataFrame) -> list[str]:
    """Rules that made relations in exactly one document over all sets."""
    total = frame.groupby("rule")["documents"].sum()
    return sorted(total[total == 1].index)


def silent_triggers(frame: pd.DataFrame, triggers: Iterable) -> list[str]:  # noqa: ANN001
    """Trigger rows (``trigger LANG:WORD``) that made no relation in any set (NONE rows, which
    only block, are left out)."""
    fired = set(frame["rule"])
    rows = {f"trigger {t.lang}:{t.word if t.lang == 'zh' else t.word.lower()}" for t in triggers
            if t.relation != "NONE"}  # fmt: skip
    return sorted(rows - fired)


def coverage_markdown(frame: pd.DataFrame, triggers: Iterable) -> str:  # noqa: ANN001
    """The report: rules by set (documents / relations), then the rules to review."""
    wide = frame.assign(
        cell=frame["documents"].astype(str) + " / " + frame["relations"].astype(str)
    )
    table = wide.pivot(index="rule", columns="set", values="cell").fillna("–").reset_index()
    single = single_document_rules(frame)
    silent = silent_triggers(frame, triggers)
    lines = [
        "# Relation rule coverage",
        "",
        "Documents / relations each rule made, per set.",
        "",
        table.to_markdown(index=False),
        "",
        f"## Rules that fire in one document only ({len(single)}): review them",
        "",
        *(f"- {r}" for r in single),
        "",
        f"## Trigger rows that fire nowhere ({len(silent)})",
        "",
        *(f"- {r}" for r in silent),
    ]
    return "\n".join(lines) + "\n"
