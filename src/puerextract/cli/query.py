"""``puerextract query``: ask the store which relations (or mentions) it holds.

puerextract query --compound puerarin --relation UPREGULATES --type GENE
puerextract query --gene Runx2 --cell-line MC3T3-E1 --csv runx2.csv
puerextract query --mentions --type CELL_LINE --paper 000_335a1d33f753f1c8
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import PuerextractError


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "query",
        help="query the store: relations by compound, relation, gene, cell line, paper",
        description="Names match in any language through identifiers "
        "(--compound puerarin also finds rows written 葛根素).",
    )
    p.add_argument("--compound", help="Arg1 compound (or herbal material), name or identifier")
    p.add_argument("--relation", help="relation type, e.g. UPREGULATES, TREATS, TESTED_IN")
    p.add_argument("--gene", help="a gene on either side of the relation")
    p.add_argument("--cell-line", help="a cell line (or cell type) named in the sentence")
    p.add_argument("--paper", help="paper id (file name without suffix)")
    p.add_argument("--type", help="entity type of Arg2 (with --mentions: of the mention)")
    p.add_argument("--mentions", action="store_true", help="list mentions instead of relations")
    p.add_argument("--name", help="with --mentions: a name or identifier")
    p.add_argument(
        "--store-url", help="SQLAlchemy URL (default: PUEREXTRACT_STORE_URL or out/store.sqlite)"
    )
    p.add_argument("--csv", type=Path, metavar="FILE", help="also write the table as CSV")
    p.add_argument("--max-width", type=int, default=60, help="longest cell shown (CSV: whole)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import pandas as pd

    from ..io_utils import atomic_write_text, spreadsheet_safe
    from ..query import RelationQuery, query_mentions, query_relations
    from ..store import Store, _sqlite_path, default_url

    url = args.store_url or default_url()
    path = _sqlite_path(url)
    if path is not None and not path.exists():
        raise PuerextractError("no store yet: run `puerextract run` (or the extraction flow)", path)
    store = Store(url)
    store.ensure_schema()
    if args.mentions:
        table = query_mentions(store, name=args.name, type_=args.type, paper=args.paper)
    else:
        q = RelationQuery(
            compound=args.compound,
            relation=args.relation,
            gene=args.gene,
            cell_line=args.cell_line,
            paper=args.paper,
            arg2_type=args.type,
        )
        table = query_relations(q, store)
    if args.csv:
        atomic_write_text(args.csv, spreadsheet_safe(table).to_csv(index=False))
    shown = (
        table
        if args.mentions
        else table.drop(columns=["arg1_identifier", "arg2_identifier", "sentence_index"])
    )
    width = max(8, args.max_width)
    shown = shown.copy()
    for col in shown.columns:
        if shown[col].dtype == object:
            shown[col] = shown[col].map(
                lambda v: v if not isinstance(v, str) or len(v) <= width else v[: width - 1] + "…"
            )
    if shown.empty:
        print("no matching rows")
    else:
        with pd.option_context(
            "display.max_colwidth",
            args.max_width,
            "display.width",
            200,
            "display.max_rows",
            500,
            "display.unicode.east_asian_width",
            True,
        ):
            print(shown.to_string(index=False))
        print(f"{len(shown)} row(s)")
    if args.csv:
        print(f"written: {args.csv}")
    return 0
