"""Inter-annotator agreement of two independent passes, and the list of their differences.

    python scripts/agreement.py PASS_A_DIR PASS_B_DIR [--diff OUT_DIR]

Agreement is strict F1 of one pass scored against the other (symmetric), per entity and
relation type and micro, with Cohen's kappa left out on purpose: span annotation has no fixed
set of negative items. ``--diff`` writes ``NAME.diff.md`` per document: every mention and
relation only one pass has, in its sentence, for the adjudicator.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from puerextract.brat import read_brat
from puerextract.evaluate import MICRO, evaluate


def load(folder: Path) -> dict:
    return {p.stem: read_brat(p.with_suffix(".txt"), p) for p in sorted(folder.glob("*.ann"))}


def agreement_table(a: dict, b: dict) -> str:
    names = sorted(set(a) & set(b))
    ev = evaluate([a[n] for n in names], [b[n] for n in names])
    lines = [
        f"documents: {len(names)}",
        "",
        "| level | type | pass A | pass B | both | F1 |",
        "|---|---|---|---|---|---|",
    ]
    for level in ("entities", "relations"):
        strict = ev.summary[level]["strict"]
        rows = [*sorted(strict["per_type"].items()), (MICRO, strict["micro"])]
        for t, d in rows:
            if d["gold"] or d["pred"]:
                lines.append(
                    f"| {level} | {t} | {d['gold']} | {d['pred']} | {d['tp']} | {d['f1']:.3f} |"
                )
    return "\n".join(lines)


def diff(a: dict, b: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in sorted(set(a) & set(b)):
        ev = evaluate([a[name]], [b[name]])
        lines = [f"# {name}: differences (A = gold side, B = prediction side)", ""]
        for e in ev.entity_errors:
            who = "only A" if e["kind"] == "FN" else "only B"
            lines.append(
                f"- ENTITY {who} ({e['category']}): {e['type']} “{e['text']}” "
                f"{e['start']}-{e['end']} | {e['sentence']}"
            )
        for r in ev.relation_errors:
            who = "only A" if r["kind"] == "FN" else "only B"
            lines.append(
                f"- RELATION {who} ({r['category']}): {r['type']} "
                f"“{r['arg1']['text']}”@{r['arg1']['start']} → "
                f"“{r['arg2']['text']}”@{r['arg2']['start']} | {r['sentence']}"
            )
        if len(lines) == 2:
            lines.append("No difference.")
        (out / f"{name}.diff.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pass_a", type=Path)
    ap.add_argument("pass_b", type=Path)
    ap.add_argument("--diff", type=Path)
    args = ap.parse_args(argv)
    a, b = load(args.pass_a), load(args.pass_b)
    print(agreement_table(a, b))
    if args.diff:
        diff(a, b, args.diff)
    return 0


if __name__ == "__main__":
    sys.exit(main())
