"""A small dictionary extractor for flow and store tests (the real one lives elsewhere).

Behaviour switches written in a paper's text: ``HANG-HERE`` loops (a paper that times out),
``GIL-HANG-HERE`` runs a catastrophic regular expression in C code (the GIL is held),
``FLAKY-ONCE`` raises ``OSError`` on its first call in this process (a transient error),
``MEMORY-HOG`` holds ever more memory (a paper that needs too much), ``CRASH-HERE`` raises ``ValueError`` (a bug in the extractor), ``RUNTIME-ERROR-HERE`` a plain
``RuntimeError``.
"""

from __future__ import annotations

import re
import time

from puerextract.model import Annotations, Entity, Relation

LEXICON = {
    "puerarin": ("COMPOUND", "pubchem:5281807"),
    "葛根素": ("COMPOUND", "pubchem:5281807"),
    "Runx2": ("GENE", "hgnc:RUNX2"),
    "ALP": ("GENE", "hgnc:ALPL"),
    "碱性磷酸酶": ("GENE", "hgnc:ALPL"),
    "MC3T3-E1": ("CELL_LINE", "cellosaurus:CVCL_0409"),
    "osteoporosis": ("DISEASE", "mesh:D010024"),
    "骨质疏松症": ("DISEASE", "mesh:D010024"),
}
_NAMES = re.compile("|".join(sorted(map(re.escape, LEXICON), key=len, reverse=True)), re.I)
_CONC = re.compile(r"\d+(?:\.\d+)?\s?(?:μmol/L|μM|mg/kg)")
_DUR = re.compile(r"\d+\s?(?:h|周|weeks)(?![A-Za-z])")
_UP = ("increase", "upregulate", "上调", "促进")
_TREAT = ("treat", "防治", "治疗")
_flaky_seen: set[str] = set()


def extract_document(doc, rules_dir=None) -> Annotations:
    text = doc.text
    if "CRASH-HERE" in text:
        raise ValueError("extractor bug triggered by CRASH-HERE")
    if "RUNTIME-ERROR-HERE" in text:
        raise RuntimeError("extractor gave up on RUNTIME-ERROR-HERE")
    if "FLAKY-ONCE" in text and doc.name not in _flaky_seen:
        _flaky_seen.add(doc.name)
        raise OSError("transient: disk hiccup")
    if "GIL-HANG-HERE" in text:  # stuck in C code holding the GIL: no thread can time it out
        re.match(r"(a+)+$", "a" * 40 + "b")
    if "MEMORY-HOG" in text:  # 50 MB more every 0.1 s, up to 2 GB
        held = []
        for _ in range(40):
            held.append(bytearray(50 * 2**20))
            time.sleep(0.1)
    if "HANG-HERE" in text:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            time.sleep(0.02)
    ann = Annotations(doc.name, text)
    n = 0
    for sent in doc.sentences:
        found = []
        for rx, kind in ((_NAMES, None), (_CONC, "CONCENTRATION"), (_DUR, "DURATION")):
            for m in rx.finditer(text, sent.start, sent.end):
                if kind is None:
                    key = next(k for k in LEXICON if k.casefold() == m.group().casefold())
                    etype, norm = LEXICON[key]
                else:
                    etype, norm = kind, None
                note = None
                if etype == "CONCENTRATION":
                    note = f"values={m.group().split()[0].rstrip('μmol/LMgk')} unit=umol/L"
                n += 1
                e = Entity(f"T{n}", etype, m.start(), m.end(), m.group(), norm, note, "fake")
                ann.entities.append(e)
                found.append(e)
        compounds = [e for e in found if e.type == "COMPOUND"]
        if not compounds:
            continue
        c = compounds[0]
        lower = sent.text.casefold()
        for e in found:
            rel = None
            if e.type == "GENE" and any(t in lower for t in _UP):
                rel = "UPREGULATES"
            elif e.type == "DISEASE" and any(t in lower for t in _TREAT):
                rel = "TREATS"
            elif e.type == "CONCENTRATION":
                rel = "HAS_CONCENTRATION"
            elif e.type == "DURATION":
                rel = "HAS_DURATION"
            elif e.type == "CELL_LINE":
                rel = "TESTED_IN"
            if rel:
                ann.relations.append(Relation(f"R{len(ann.relations) + 1}", rel, c.id, e.id))
    return ann
