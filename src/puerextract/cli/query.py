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
    p.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table (fits the terminal), csv or json (every column, whole cells) on stdout",
    )
    p.add_argument(
        "--max-width", type=int, default=None, help="longest cell in the table (default: fit)"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..io_utils import atomic_write_text, spreadsheet_safe
    from ..query import DETAIL_COLUMNS, check_names

    check_names(args.relation, args.type)
    table = _table(args)
    if args.csv:
        atomic_write_text(args.csv, spreadsheet_safe(table).to_csv(index=False))
    if args.format == "csv":
        print(spreadsheet_safe(table).to_csv(index=False), end="")
    elif args.format == "json":
        print(table.to_json(orient="records", force_ascii=False, indent=1))
    elif table.empty:
        print("no matching rows")
    else:
        shown = table if args.mentions else table.drop(columns=DETAIL_COLUMNS)
        print(fit_table(shown, args.max_width))
        print(f"{len(shown)} row(s); every column and whole cells with --format csv|json")
    if args.csv:
        print(f"written: {args.csv}")
    return 0


def _table(args: argparse.Namespace):  # noqa: ANN202 - a pandas DataFrame
    from ..query import RelationQuery, query_mentions, query_relations
    from ..store import Store, default_url, sqlite_path

    url = args.store_url or default_url()
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise PuerextractError("no store yet: run `puerextract run` (or the extraction flow)", path)
    store = Store(url)
    store.ensure_schema()
    if args.mentions:
        return query_mentions(store, name=args.name, type_=args.type, paper=args.paper)
    q = RelationQuery(
        compound=args.compound,
        relation=args.relation,
        gene=args.gene,
        cell_line=args.cell_line,
        paper=args.paper,
        arg2_type=args.type,
    )
    return query_relations(q, store)


def fit_table(df, max_width: int | None = None, columns: int | None = None) -> str:  # noqa: ANN001
    """The table as text no wider than the terminal: long cells are cut with "…" (the
    widest columns first), counting a Chinese character as two columns."""
    import shutil

    import pandas as pd

    total = columns or shutil.get_terminal_size((120, 24)).columns
    text = df.astype(str)
    limit = {c: max(len(c), int(text[c].map(_display_width).max() or 0)) for c in text.columns}
    if max_width:
        limit = {c: min(w, max(max_width, len(c))) for c, w in limit.items()}
    while sum(limit.values()) + 2 * len(limit) > total:
        widest = max(limit, key=limit.get)
        if limit[widest] <= max(8, len(widest)):
            break
        limit[widest] -= 1
    for c in text.columns:
        text[c] = text[c].map(lambda v, w=limit[c]: _cut(v, w))
    with pd.option_context("display.unicode.east_asian_width", True, "display.width", 10_000):
        return text.to_string(index=False)


def _display_width(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _cut(s: str, width: int) -> str:
    if _display_width(s) <= width:
        return s
    out, used = [], 0
    for ch in s:
        w = _display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"
