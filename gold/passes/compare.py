"""Compare two independent annotation passes: agreement and the list of disagreements."""
import sys
sys.path.insert(0, "/work/main/src")
from puerextract.brat import read_brat
from puerextract.segment import split_sentences

a = read_brat("/work/annot/pass1/000_335a1d33f753f1c8.txt")
b = read_brat("/work/annot/pass2/000_335a1d33f753f1c8.txt")
text = a.text
sents = []
for line_start in [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]:
    end = text.find("\n", line_start)
    end = len(text) if end < 0 else end
    sents += split_sentences(text, line_start, end)

def sent_of(pos):
    for i, (s, e) in enumerate(sents):
        if s <= pos < e:
            return i
    return -1

def ents(d):
    return {(e.start, e.end, e.type): e for e in d.entities}

ea, eb = ents(a), ents(b)
both = set(ea) & set(eb)
print(f"entities: pass1 {len(ea)} pass2 {len(eb)} agree {len(both)}")
def rels(d):
    idx = d.entity_by_id()
    return {(r.type, (idx[r.arg1].start, idx[r.arg1].end), (idx[r.arg2].start, idx[r.arg2].end)) for r in d.relations}
ra, rb = rels(a), rels(b)
print(f"relations: pass1 {len(ra)} pass2 {len(rb)} agree {len(ra & rb)}")
norm_dis = [(k, ea[k].norm, eb[k].norm) for k in both if ea[k].norm != eb[k].norm]
print(f"norm disagreements on agreed mentions: {len(norm_dis)}")
mode = sys.argv[1] if len(sys.argv) > 1 else "ent"
if mode == "ent":
    diff = sorted([(k, 1) for k in set(ea) - set(eb)] + [(k, 2) for k in set(eb) - set(ea)])
    cur = None
    for (s, e, t), who in diff:
        si = sent_of(s)
        if si != cur:
            cur = si
            ss, se = sents[si]
            print(f"\n## S{si} [{ss}:{se}] {text[ss:se]}")
        print(f"  only pass{who}: {t} {s}-{e} {text[s:e]!r}")
elif mode == "norm":
    for k, n1, n2 in sorted(norm_dis):
        print(k, text[k[0]:k[1]], n1, n2)
else:
    diff = sorted([(k, 1) for k in ra - rb] + [(k, 2) for k in rb - ra], key=lambda x: (x[0][1][0], x[0][0]))
    cur = None
    for (t, a1, a2), who in diff:
        si = sent_of(min(a1[0], a2[0]))
        if si != cur:
            cur = si
            ss, se = sents[si]
            print(f"\n## S{si} {text[ss:se]}")
        print(f"  only pass{who}: {t}({text[a1[0]:a1[1]]}@{a1[0]} -> {text[a2[0]:a2[1]]}@{a2[0]})")
