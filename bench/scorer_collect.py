"""Run the extractor over annotated folders and cache what the scorer prototype needs."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from puerextract.brat import read_brat
from puerextract.extract import extract_document
from puerextract.ingest import ingest_text
from puerextract.relate import _key, _tested_compound, _with_abbreviations, frames_for
from puerextract.tag import get_tagger


def collect(folder: Path) -> list[dict]:
    rules = get_tagger(None).rules
    frames = frames_for(rules)
    docs = []
    for txt in sorted(folder.glob("*.txt")):
        ann = txt.with_suffix(".ann")
        if not ann.exists():
            continue
        gold = read_brat(txt, ann)
        doc = ingest_text(gold.text, gold.name, reflow_lines=False)
        assert doc.text == gold.text
        pred = extract_document(doc, None)
        ordered = sorted(pred.entities, key=lambda e: e.start)
        tested = _with_abbreviations(
            gold.text, ordered, _tested_compound(gold.text, doc.sentences, ordered, frames.re)
        )
        docs.append(
            {
                "set": folder.name,
                "name": gold.name,
                "text": gold.text,
                "sentences": [(s.start, s.end, s.lang) for s in doc.sentences],
                "tokens": [[(t.start, t.end) for t in s.tokens] for s in doc.sentences],
                "pred": pred,
                "gold": gold,
                "tested": tested,
                "keys": {e.id: _key(e) for e in pred.entities},
            }
        )
        print(folder.name, gold.name, len(pred.relations), len(gold.relations), flush=True)
    return docs


if __name__ == "__main__":
    out = Path(sys.argv[1])
    allDocs = []
    for d in sys.argv[2:]:
        allDocs.extend(collect(Path(d)))
    out.write_bytes(pickle.dumps(allDocs))
