"""Adjudicated gold = pass 1 with the three disagreements decided (see gold/DECISIONS.md)."""
import sys
sys.path.insert(0, "/work/main/src")
from puerextract.brat import format_ann, read_brat
from puerextract.model import Annotations, Entity, Relation

p1 = read_brat("/work/annot/pass1/000_335a1d33f753f1c8.txt")
text = p1.text
by = p1.entity_by_id()
drop_ent = {e.id for e in p1.entities if e.text == "非造血干细胞"}
def at(start, t):
    return next(e for e in p1.entities if e.start == start and e.text == t)
raw_id = at(2665, "RAW264.7").id
pu_id = at(2709, "葛根素").id
rels = [r for r in p1.relations if not (r.type == "TESTED_IN" and r.arg1 == pu_id and r.arg2 == raw_id)]
assert len(rels) == len(p1.relations) - 1
rels.append(Relation("Rx", "DOWNREGULATES", at(4393, "雌激素").id, at(4402, "破骨细胞").id))
ents = sorted([e for e in p1.entities if e.id not in drop_ent], key=lambda e: (e.start, e.end))
assert len(ents) == len(p1.entities) - 1
new_id = {e.id: f"T{i}" for i, e in enumerate(ents, 1)}
out = Annotations(p1.name, text)
for e in ents:
    assert text[e.start:e.end] == e.text
    norm = "hgnc:PRDM16" if e.text == "含 PR 结构域的蛋白" else e.norm
    out.entities.append(Entity(new_id[e.id], e.type, e.start, e.end, e.text, norm, e.note))
def key(r):
    return (min(by[r.arg1].start, by[r.arg2].start), by[r.arg1].start, r.type)
for i, r in enumerate(sorted(rels, key=key), 1):
    out.relations.append(Relation(f"R{i}", r.type, new_id[r.arg1], new_id[r.arg2]))
open("/work/main/gold/000_335a1d33f753f1c8.ann", "w", encoding="utf-8").write(format_ann(out))
print(len(out.entities), len(out.relations), sum(1 for e in out.entities if e.norm))
