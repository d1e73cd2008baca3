"""A browsing copy of the store for Datasette: relations with the compound, language and
sentence beside each row, facets, and canned questions ("what does X regulate")."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

HAN = re.compile(r"[\u3400-\u9fff]")

#: the columns shown first, in this order (the sentence beside each row)
RELATION_VIEW = ["paper_id", "language", "type", "compound", "arg1_text", "arg2_text",
                 "arg2_type", "sentence"]  # fmt: skip

_SAME = (
    "(arg1_text = :compound or arg1_identifier in "
    "(select identifier from mentions where text = :compound and identifier != ''))"
)
QUERIES = {
    "what_does_x_regulate": {
        "title": "What does a compound regulate?",
        "description": "Up- and down-regulation by a compound, by name in either language "
        "(names match through identifiers: puerarin also finds 葛根素).",
        "sql": "select paper_id, language, type, arg1_text, arg2_text, arg2_type, sentence "
        f"from relations where type in ('UPREGULATES', 'DOWNREGULATES') and {_SAME} "
        "order by arg2_text, paper_id",
    },
    "which_papers_test_x_in_y": {
        "title": "Which papers test a compound in a cell line, cell type or organism?",
        "description": "TESTED_IN relations of a compound in a system (names in either language).",
        "sql": "select paper_id, language, arg1_text, arg2_text, arg2_type, sentence "
        f"from relations where type = 'TESTED_IN' and {_SAME} and (arg2_text = :system or "
        "arg2_identifier in (select identifier from mentions where text = :system and "
        "identifier != '')) order by paper_id",
    },
    "what_treats_a_disease": {
        "title": "Which compounds are said to treat a disease?",
        "description": "TREATS relations to a disease name (either language).",
        "sql": "select paper_id, arg1_text, arg2_text, sentence from relations "
        "where type = 'TREATS' and (arg2_text = :disease or arg2_identifier in "
        "(select identifier from mentions where text = :disease and identifier != '')) "
        "order by arg1_text",
    },
}


def language(sentence: str) -> str:
    """``zh`` for a sentence with Chinese characters, ``en`` otherwise."""
    return "zh" if HAN.search(sentence or "") else "en"


def build_browse_db(store, dest: Path) -> Path:  # noqa: ANN001 - a puerextract.store.Store
    """Write the browsing copy of ``store`` to ``dest`` (replaced if present)."""
    relations = store.relations_table().fillna("")
    mentions = store.mentions_table().fillna("")
    papers = store.papers_table().fillna("")
    relations["language"] = relations["sentence"].map(language)
    mentions["language"] = mentions["sentence"].map(language)
    agent = relations["arg1_type"].isin(["COMPOUND", "ORGANISM"])
    relations["compound"] = relations["arg1_text"].where(agent, None)
    rest = [c for c in relations.columns if c not in RELATION_VIEW]
    relations = relations[RELATION_VIEW + rest]
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    with sqlite3.connect(tmp) as conn:
        relations.to_sql("relations", conn, index=False)
        mentions.to_sql("mentions", conn, index=False)
        papers.to_sql("papers", conn, index=False)
        conn.execute("create index ix_rel_arg1 on relations(arg1_text)")
        conn.execute("create index ix_men_text on mentions(text)")
    conn.close()
    tmp.replace(dest)
    return dest


def metadata(db_name: str) -> dict:
    """Datasette metadata: titles, facets (compound, relation type, paper, language), queries."""
    return {
        "title": "puerextract results",
        "description": "Relations and mentions extracted by puerextract; each row carries "
        "its sentence. Facets: compound, relation type, paper, language.",
        "databases": {
            db_name: {
                "tables": {
                    "relations": {
                        "facets": ["compound", "type", "paper_id", "language"],
                        "sort": "paper_id",
                    },
                    "mentions": {
                        "facets": ["type", "paper_id", "language"],
                        "sort": "paper_id",
                    },
                },
                "queries": QUERIES,
            }
        },
    }
