"""Hard-wrapped files: the annotated text becomes ingest's clean (reflowed) text, frozen, as the
gold review's is; the raw file is kept in raw/.  reflow_final.py FINALDIR NAME..."""
import sys, shutil
from pathlib import Path
from puerextract.ingest import ingest_file
d = Path(sys.argv[1]); (d / 'raw').mkdir(exist_ok=True)
for name in sys.argv[2:]:
    src = d / f'{name}.txt'; raw = d / 'raw' / f'{name}.txt'
    if not raw.exists():
        shutil.copy(src, raw)
    doc = ingest_file(raw, reflow_lines=True)
    src.write_text(doc.text + '\n', encoding='utf-8')
    print(name, len(raw.read_text()), '->', len(doc.text))
