"""Re-make a hard-wrapped file's clean text with its title lines kept as their own paragraphs
(reflow with layout blocks: line 0, and an unbroken English title line in a zh+en file), and
move the worksheet's @offset pins to the new text.  retitle.py FINALDIR NAME..."""
import re, sys, difflib, statistics
from pathlib import Path
from puerextract.ingest import reflow, Block

END = set('。！？；.?!:：;）)')
def title_starts(raw):
    lines, pos, out = raw.split('\n'), 0, []
    lens = [len(l) for l in lines if l.strip()]
    med = statistics.median(lens)
    for i, l in enumerate(lines):
        if l.strip() and (i == 0 or (ZHEN and i > 0 and re.search(r'[\u4e00-\u9fff]', lines[i-1]) and sum(c.isascii() for c in l) > 0.9 * len(l))):
            out.append((pos, pos + len(l) + 1))
        pos += len(l) + 1
    return out

d = Path(sys.argv[1])
ZHEN = False
for name in sys.argv[2:]:
    ZHEN = name.startswith('zhen')
    raw = (d / 'raw' / f'{name}.txt').read_text(encoding='utf-8').replace('\r\n', '\n')
    blocks = []
    for s, e in title_starts(raw):
        blocks += [Block(s, True), Block(e, False)]
    new = reflow(raw, name, blocks).text + '\n'
    old = (d / f'{name}.txt').read_text(encoding='utf-8')
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    def move(n):
        for a, b, size in sm.get_matching_blocks():
            if a <= n < a + size:
                return b + (n - a)
        raise ValueError(n)
    ws = d / 'worksheets' / f'{name}.ws'
    text = ws.read_text(encoding='utf-8')
    text = re.sub(r'(?<=\S)@(\d+)(?= \|)', lambda m: '@' + str(move(int(m.group(1)))), text)
    ws.write_text(text, encoding='utf-8')
    (d / f'{name}.txt').write_text(new, encoding='utf-8')
    print(name, 'titles:', [raw[s:e].strip()[:30] for s, e in title_starts(raw)], len(old), '->', len(new))
