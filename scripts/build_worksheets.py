"""Turn a hand-written worksheet (NAME.ws) into brat standoff (NAME.ann) and check it.

Worksheet lines (fields separated by ' | '):
  E | label | TYPE | exact string | identifier or - | note (CONCENTRATION: 'values unit')
  R | TYPE | arg1 label | arg2 label
  # comment / sentence marker
Entities are listed in text order; each is searched from the end of the previous one
('string@OFFSET' pins the occurrence at OFFSET, e.g. a name that also occurs inside an
unannotated group code before it).
"""
import re, sys
from pathlib import Path

ARGS = {
    'UPREGULATES': ({'COMPOUND', 'GENE', 'PATHWAY'}, {'GENE', 'PATHWAY', 'COMPOUND', 'CELL_TYPE', 'CELL_LINE'}),
    'DOWNREGULATES': ({'COMPOUND', 'GENE', 'PATHWAY'}, {'GENE', 'PATHWAY', 'COMPOUND', 'CELL_TYPE', 'CELL_LINE'}),
    'TREATS': ({'COMPOUND'}, {'DISEASE'}),
    'TESTED_IN': ({'COMPOUND'}, {'CELL_LINE', 'CELL_TYPE', 'ORGANISM'}),
    'HAS_CONCENTRATION': ({'COMPOUND'}, {'CONCENTRATION'}),
    'HAS_DURATION': ({'COMPOUND'}, {'DURATION'}),
}
# the guidelines: a medicinal plant or herbal material given as a treatment may stand as Arg1
# wherever the table allows COMPOUND (an ORGANISM; the curator decides it is given)
ARGS = {k: (a1 | {'ORGANISM'} if 'COMPOUND' in a1 else a1, a2) for k, (a1, a2) in ARGS.items()}
SHORT = {'UP': 'UPREGULATES', 'DOWN': 'DOWNREGULATES', 'TREATS': 'TREATS', 'TI': 'TESTED_IN',
         'CONC': 'HAS_CONCENTRATION', 'DUR': 'HAS_DURATION'}
TYPES = {'COMPOUND', 'GENE', 'CELL_LINE', 'CELL_TYPE', 'CONCENTRATION', 'DURATION', 'PATHWAY', 'DISEASE', 'ORGANISM'}
# guideline sentence ends: 。！？； ; '.'/';' typed in their place in Chinese text (before a Han
# character); English . ? ! before a space (not after et al., e.g., i.e., Fig., vs., a genus
# initial) or directly before a capital letter; a line break (see wrapped())
SPLIT = re.compile(
    r'(?<=[。！？；])|\n|(?<=[.;])(?=\s*[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff）][.;])'
    r'|(?<![^\w]et al\.)(?<!e\.g\.)(?<!i\.e\.)(?<!Fig\.)(?<!vs\.)(?<!\b[A-Z]\.)(?<=[.?!])\s+'
    r'|(?<=[a-z]{3}[.?!])(?=[A-Z][a-z]{2})'  # 'cells.Next', not 'Tb.Th' or 'N.Oc'
)


END = set('。！？；.?!:：;')


def hard_wrapped(text):
    """A PDF-style file: many lines end without a sentence end (not just titles)."""
    lines = [l.rstrip() for l in text.split('\n') if l.strip()]
    open_lines = [l for l in lines if l[-1:] not in END]
    return len(lines) > 6 and len(open_lines) > 0.4 * len(lines)


def wrapped(text, i):
    """A line break inside a hard-wrapped sentence (PDF-style file) ends no sentence."""
    if not hard_wrapped(text):
        return False
    line_start = text.rfind('\n', 0, i) + 1
    line = text[line_start:i].rstrip()
    return line_start > 0 and len(line) > 25 and line[-1:] not in END


def sentences(text):
    bounds, start = [], 0
    for m in SPLIT.finditer(text):
        if text[m.start():m.end()] == '\n' and wrapped(text, m.start()):
            continue
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def sent_of(bounds, s, e):
    for i, (a, b) in enumerate(bounds):
        if a <= s and e <= b:
            return i
    raise ValueError(f'span {s}-{e} crosses a sentence boundary')


def build(ws_path, txt_path, ann_path, verbose=False):
    text = txt_path.read_text(encoding='utf-8')
    bounds = sentences(text)
    ents, rels, errors = read_worksheet(ws_path, text)
    check_entities(text, bounds, ents, errors)
    check_relations(ents, rels, errors)
    warn = unannotated(text, ents)
    out = standoff(ents, rels)
    if verbose:
        show(text, ents, rels)
    return out, errors, warn


def read_worksheet(ws_path: Path, text: str) -> tuple[dict, list, list]:
    """The worksheet's entities (label -> span, found in text order), relations and errors."""
    ents, rels, errors = {}, [], []
    cur = 0
    for ln, line in enumerate(ws_path.read_text(encoding='utf-8').splitlines(), 1):
        if not line.strip() or line.startswith('#'):
            continue
        f = [x.strip() for x in line.split(' | ')]
        if f[0] == 'E':
            _, lab, typ, s = f[:4]
            ident = f[4] if len(f) > 4 and f[4] != '-' else None
            note = f[5] if len(f) > 5 else None
            if typ not in TYPES:
                errors.append(f'{ln}: bad type {typ}')
            if lab in ents:
                errors.append(f'{ln}: duplicate label {lab}')
            at = re.fullmatch(r'(.+)@(\d+)', s)  # 'TFE@512': the occurrence at that offset
            if at and text.startswith(at.group(1), int(at.group(2))):
                s, i = at.group(1), int(at.group(2))
            else:
                i = text.find(s, cur)
            if i < 0:
                errors.append(f'{ln}: {s!r} not found after {cur}')
                continue
            # not inside a later line than expected by more than one sentence? show context
            ents[lab] = dict(type=typ, start=i, end=i + len(s), text=s, id=ident, note=note, ln=ln)
            cur = i + len(s)
        elif f[0] == 'R':
            _, typ, a, b = f
            typ = SHORT.get(typ, typ)
            rels.append((typ, a, b, ln))
        else:
            errors.append(f'{ln}: cannot read {line!r}')
    return ents, rels, errors


def check_entities(text: str, bounds: list, ents: dict, errors: list) -> None:
    """Overlaps, sentence (stored as 'sent'), notes and outer spaces of the entities."""
    spans = sorted((e['start'], e['end'], l) for l, e in ents.items())
    for (s1, e1, l1), (s2, e2, l2) in zip(spans, spans[1:]):
        if s2 < e1:
            errors.append(f'overlap {l1} {l2}')
    for l, e in ents.items():
        assert text[e['start']:e['end']] == e['text']
        try:
            e['sent'] = sent_of(bounds, e['start'], e['end'])
        except ValueError as x:
            errors.append(f'{l}: {x}')
        if e['type'] == 'CONCENTRATION':
            if not e['note']:
                errors.append(f'{l}: concentration without note')
        elif e['note']:
            errors.append(f'{l}: note on non-concentration')
        if e['text'] != e['text'].strip():
            errors.append(f'{l}: span has outer space')


def check_relations(ents: dict, rels: list, errors: list) -> None:
    """Known relation type and labels, allowed argument types, one sentence, listed once."""
    seen = set()
    for typ, a, b, ln in rels:
        if typ not in ARGS:
            errors.append(f'{ln}: bad relation {typ}')
            continue
        if a not in ents or b not in ents:
            errors.append(f'{ln}: unknown label {a} or {b}')
            continue
        A, B = ents[a], ents[b]
        if A['type'] not in ARGS[typ][0] or B['type'] not in ARGS[typ][1]:
            errors.append(f'{ln}: {typ} {A["type"]}->{B["type"]} not allowed ({a},{b})')
        if A.get('sent') != B.get('sent'):
            errors.append(f'{ln}: {typ} {a} {b} not in one sentence')
        if (typ, a, b) in seen:
            errors.append(f'{ln}: duplicate relation')
        seen.add((typ, a, b))


def unannotated(text: str, ents: dict) -> list:
    """Warnings for unannotated repeats of annotated strings (possible misses)."""
    covered = [(e['start'], e['end']) for e in ents.values()]
    warn = []
    for s in sorted({e['text'] for e in ents.values() if e['type'] not in ('CONCENTRATION', 'DURATION')}):
        for m in re.finditer(re.escape(s), text):
            if not any(a <= m.start() < b for a, b in covered):
                warn.append(f'unannotated occurrence of {s!r} at {m.start()}: …{text[max(0,m.start()-8):m.end()+8]}…')
    return warn


def standoff(ents: dict, rels: list) -> list:
    """The brat lines: T (in text order), R, N (identifiers) and AnnotatorNotes (values, unit)."""
    in_order = sorted(ents, key=lambda l: ents[l]['start'])
    tid = {l: f'T{i}' for i, l in enumerate(in_order, 1)}
    out = []
    for l in in_order:
        e = ents[l]
        out.append(f"{tid[l]}\t{e['type']} {e['start']} {e['end']}\t{e['text']}")
    for i, (typ, a, b, ln) in enumerate(rels, 1):
        out.append(f'R{i}\t{typ} Arg1:{tid[a]} Arg2:{tid[b]}')
    n = 0
    for l in in_order:
        e = ents[l]
        if e['id']:
            n += 1
            out.append(f"N{n}\tReference {tid[l]} {e['id']}\t{e['text']}")
    k = 0
    for l in in_order:
        e = ents[l]
        if e['note']:
            k += 1
            vals, unit = e['note'].split()
            out.append(f"#{k}\tAnnotatorNotes {tid[l]}\tvalues={vals} unit={unit}")
    return out


def show(text: str, ents: dict, rels: list) -> None:
    """Print each entity with its sentence and context, and each relation (verbose mode)."""
    for l in sorted(ents, key=lambda l: ents[l]['start']):
        e = ents[l]
        print(f"  s{e['sent']:<2} {e['type']:<13} {e['text']!r:<40} …{text[max(0,e['start']-6):e['start']]}[{e['text']}]{text[e['end']:e['end']+6]}…")
    for typ, a, b, ln in rels:
        if a in ents and b in ents:
            print(f"  {typ:<18} {ents[a]['text']} -> {ents[b]['text']}")


if __name__ == '__main__':
    # usage: build_worksheets.py SET_FOLDER [NAME ...]   (SET_FOLDER holds worksheets/NAME.ws)
    if not sys.argv[1:]:
        sys.exit('usage: build_worksheets.py SET_FOLDER [NAME ...]   e.g. dev or test')
    here = Path(sys.argv[1]).resolve() / 'worksheets'
    names = sys.argv[2:] or sorted(p.stem for p in here.glob('*.ws'))
    verbose = bool(sys.argv[2:])
    bad = False
    for name in names:
        out, errors, warn = build(here / f'{name}.ws', here.parent / f'{name}.txt', here.parent / f'{name}.ann', verbose)
        print(name, 'errors:', len(errors), 'warnings:', len(warn))
        for x in errors + warn:
            print('   ', x)
        if errors:
            bad = True
        else:
            (here.parent / f'{name}.ann').write_text('\n'.join(out) + '\n', encoding='utf-8')
    sys.exit(1 if bad else 0)
