"""Adjudication edits on a final worksheet: remove or add relations/entities by offsets.

    adj.py FINALDIR NAME rmrel TYPE ARG1_START ARG2_START
    adj.py FINALDIR NAME addrel TYPE ARG1_START ARG2_START
    adj.py FINALDIR NAME addent TYPE START END [note]
    adj.py FINALDIR NAME rment START
"""
import sys, importlib.util
from pathlib import Path
spec = importlib.util.spec_from_file_location('bw', '/work/main/scripts/build_worksheets.py')
bw = importlib.util.module_from_spec(spec); spec.loader.exec_module(bw)

def labels(ws: Path, txt: Path):
    text = txt.read_text(encoding='utf-8'); cur = 0; out = {}
    for line in ws.read_text(encoding='utf-8').splitlines():
        if line.startswith('E | '):
            f = [x.strip() for x in line.split(' | ')]
            import re
            m = re.fullmatch(r'(.+)@(\d+)', f[3])
            if m and text.startswith(m.group(1), int(m.group(2))):
                st, i = m.group(1), int(m.group(2))
            else:
                st = f[3]; i = text.find(st, cur)
            out[f[1]] = (i, i + len(st), f[2]); cur = i + len(st)
    return out, text

def main(a):
    d, name, op = Path(a[0]), a[1], a[2]
    ws, txt = d / 'worksheets' / f'{name}.ws', d / f'{name}.txt'
    lab, text = labels(ws, txt)
    by_start = {}
    for l, (s, e, t) in lab.items(): by_start.setdefault(s, []).append(l)
    lines = ws.read_text(encoding='utf-8').splitlines()
    SH = {v: k for k, v in bw.SHORT.items()}
    if op in ('rmrel', 'addrel'):
        typ = a[3]; typ = bw.SHORT.get(typ, typ); s1, s2 = int(a[4]), int(a[5])
        l1, l2 = by_start[s1][0], by_start[s2][0]
        if op == 'rmrel':
            keep = []; n = 0
            for ln in lines:
                f = [x.strip() for x in ln.split(' | ')]
                if f[0] == 'R' and bw.SHORT.get(f[1], f[1]) == typ and f[2] == l1 and f[3] == l2:
                    n += 1; continue
                keep.append(ln)
            assert n == 1, (n, a); lines = keep
        else:
            lines.append(f'R | {SH.get(typ, typ)} | {l1} | {l2}')
    elif op == 'addent':
        typ, s, e = a[3], int(a[4]), int(a[5]); note = a[6] if len(a) > 6 else None
        # insert in text order: before the first entity starting after s
        new = f'E | adj_{s} | {typ} | {text[s:e]}@{s} | -' + (f' | {note}' if note else '')
        idx = None
        for i, ln in enumerate(lines):
            if ln.startswith('E | '):
                l = ln.split(' | ')[1].strip()
                if lab[l][0] > s: idx = i; break
        lines.insert(idx if idx is not None else len(lines), new)
    elif op == 'rment':
        s = int(a[3]); l = by_start[s][0]
        lines = [ln for ln in lines if not (ln.startswith('E | ') and ln.split(' | ')[1].strip() == l)
                 and not (ln.startswith('R | ') and l in [x.strip() for x in ln.split(' | ')[2:4]])]
    ws.write_text('\n'.join(lines) + '\n', encoding='utf-8')

main(sys.argv[1:])
