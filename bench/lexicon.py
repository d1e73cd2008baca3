"""Synthetic lexicon entries in a rules overlay folder (for the lexicon-size scaling figure).

``write_overlay(folder, factor)`` adds ``(factor - 1) × shipped`` entries in
``lexicons/zz_synthetic.tsv`` beside the packaged lexicons, so the rules seen through that
``rules_dir`` hold ``factor ×`` the shipped number of entries. Terms are made-up Chinese and
English words that collide with no shipped term; a few of them occur in real text by chance,
as unknown rare terms would.
"""

from __future__ import annotations

import random
from pathlib import Path

from puerextract.model import ENTITY_TYPES

HEADER = "id\ttype\tpreferred\tzh\ten\tsource"
_HAN_POOL = (
    "安白半胞保贝本苯比丙波醇磁达丹氮碘定丁冬多恩二芳酚氟甘钙高戈格庚钴光桂海禾红胡环黄"
    "吉己季甲钾碱胶芥金晶精肼酒菊卡康科克奎喹拉蓝酪雷类离利联林磷硫六龙卢芦鲁铝绿氯罗洛"
    "马麦酶美镁锰咪米嘧莫钠萘宁诺欧帕哌培喷硼偏嘌苹葡普七齐启强羟芹青氰醛炔群壬乳瑞噻赛"
    "三色沙山生十石双顺丝四松素酸羧索肽泰钛碳糖特替酮烷威维五戊西烯硒腺香硝辛锌溴亚烟盐"
    "氧药叶乙异吲茵银樱油酉玉愈原月云杂锗樟脂酯紫"
)
_SYLLABLES = ("ka", "re", "lo", "mi", "zan", "tor", "vex", "qui", "dor", "pel", "sy", "nox", "bri")
#: entity types that lexicons carry (quantities come from the unit parser, not lexicons).
_TYPES = tuple(t for t in ENTITY_TYPES if t not in ("CONCENTRATION", "DURATION"))
_PREFIX = {
    "COMPOUND": "pubchem",
    "GENE": "hgnc",
    "CELL_LINE": "cellosaurus",
    "CELL_TYPE": "mesh",
    "PATHWAY": "kegg.pathway",
    "DISEASE": "mesh",
    "ORGANISM": "ncbitaxon",
}


def shipped_entries(rules_dir: Path | None = None) -> tuple[int, set[str]]:
    """Number of lexicon entries of the packaged rules, and every term they hold."""
    from puerextract.rules import load_rules

    rules = load_rules(rules_dir)
    terms: set[str] = set()
    for entry in rules.lexicon:
        terms.update(entry.terms_zh)
        terms.update(entry.terms_en)
    return len(rules.lexicon), terms


def synthetic_rows(count: int, taken: set[str], seed: int = 11) -> list[str]:
    """``count`` TSV rows of made-up entries whose terms are not in ``taken``."""
    rng = random.Random(seed)
    used = set(taken)
    rows = []
    i = 0
    while len(rows) < count:
        i += 1
        zh = "".join(rng.choice(_HAN_POOL) for _ in range(rng.randint(3, 6)))
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        en = f"{word}-{rng.randint(1, 999)}" if rng.random() < 0.6 else f"{word} {word[:3]}ase"
        en = en.capitalize() if rng.random() < 0.3 else en
        if zh in used or en in used:
            continue
        used.update((zh, en))
        etype = _TYPES[i % len(_TYPES)]
        rows.append(
            f"{_PREFIX.get(etype, 'mesh')}:SYN{i:06d}\t{etype}\t{en}\t{zh}\t{en}\tsynthetic"
        )
    return rows


def write_overlay(folder: Path, factor: int, shipped: int, taken: set[str]) -> Path | None:
    """A rules overlay with ``factor ×`` the shipped entries; ``None`` for factor 1."""
    if factor <= 1:
        return None
    folder = Path(folder)
    (folder / "lexicons").mkdir(parents=True, exist_ok=True)
    rows = synthetic_rows((factor - 1) * shipped, taken)
    (folder / "lexicons" / "zz_synthetic.tsv").write_text(
        HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    return folder
