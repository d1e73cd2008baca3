"""Adversarial inputs: CPU time of one extraction at 100 KB and at 1 MB per pattern, and the ratio
(linear work gives about 10; the target is at most 12).

    PYTHONPATH=src:. .venv/bin/python -m bench.adversarial [--sizes 100000,1000000]
"""

from __future__ import annotations

import argparse
import time

PATTERNS = {
    "10^n '('": lambda n: "(" * n,
    "10^n '['": lambda n: "[" * n,
    "one Han character": lambda n: "葛" * n,
    "unclosed 'X (ABC '": lambda n: ("X (ABC " * (n // 7 + 1))[:n],
    "cell sparing, no sentence end": lambda n: (
        "Baicalin attenuated chondrocyte apoptosis and " * (n // 47 + 1)
    )[:n],
    "group frames and conjoined verbs, no sentence end": lambda n: (
        "大鼠随机分为葛根素组和染料木素组，灌胃 6 周，探讨葛根素是否升高 Runx2，"
        "与模型组比较，葛根素组 Runx2、ALP 含量升高而 PPARγ 下降，促进其分化，"
        "showed that genistein and daidzein reduced the number of TRAP-positive osteoclasts "
        "and decreased IL-6 levels and downregulated NFATc1 " * (n // 200 + 1)
    )[:n],
    "formula names after lexicon names": lambda n: ("葛根素丸，" * (n // 5 + 1))[:n],
    # grammar.object_list_tail: one comma, then a long run of "and" with no clause end
    "one comma before a long 'and' run": lambda n: ("Daidzein raised OPG, " + "x and " * n)[:n],
    # morphology.py: Chinese endings with no stop word to end the walk back, cued English names
    # with no cue (each use looks for one), one abbreviation defined again and again
    "compound endings, cued names, repeated definitions": lambda n: (
        "葛根酸苷醇素钠盐rutin and aucubin, rutin (Rut), a flavonol, 雷奈酸锶 Sr2+ TiO2，"
        "番红O-固绿染色，X 组（ABC，1 mM） " * (n // 80 + 1)
    )[:n],
    # morphology.serum_herbs: many distinct names before 含药血清, each used again (every use
    # of every name found in one pass)
    "distinct herbs before 含药血清": lambda n: "".join(
        f"，{chr(0x4E00 + (i * 7919) % 20000)}{chr(0x4E00 + (i * 104729) % 20000)}根含药血清"
        for i in range(n // 8 + 1)
    )[:n],
    # relate_aims.zh_aims and Sparing's 对-cells: an aim per compound of one run-on sentence
    "对-aims over cells, no sentence end": lambda n: (
        "毛兰素对胃癌细胞的作用\n" + "毛兰素对 SGC-7901 细胞诱导凋亡，" * (n // 22 + 1)
    )[:n],
    # relate_stimuli.passive_reversals: change nouns undone by passives in one run-on sentence
    "undone changes, no sentence end": lambda n: (
        "the decrease of ALP and the increase of TRAP were reversed by icariin, " * (n // 70 + 1)
    )[:n],
    "mixed text, no line break": lambda n: (
        "Puerarin (PUE) increased ALP and Runx2 in MC3T3-E1 cells (P<0.05), "
        "葛根素上调骨钙素（OCN）表达， " * (n // 80 + 1)
    )[:n],
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,1000000")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    from puerextract.extract import extract_text

    extract_text("Warm up. 预热。", "warm-up")
    print("| input | " + " | ".join(f"{s // 1000} KB CPU s" for s in sizes) + " | ratio |")
    print("|---|" + "---|" * (len(sizes) + 1))
    for name, make in PATTERNS.items():
        times = []
        for size in sizes:
            text = make(size)
            t0 = time.process_time()
            extract_text(text, "adversarial")
            times.append(time.process_time() - t0)
        ratio = times[-1] / times[0] if times[0] else float("nan")
        cells = " | ".join(f"{t:.2f}" for t in times)
        print(f"| {name} | {cells} | {ratio:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
