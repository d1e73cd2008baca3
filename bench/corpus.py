"""The benchmark corpus: the seed review plus generated Chinese, English and mixed papers.

Papers are built from sentence templates filled with lexicon-like terms (compounds, genes,
cell lines and types, pathways, diseases, organisms, doses and durations), so that the
extractor sees varied text with realistic entity density rather than one sentence repeated.
Generation is seeded: the same arguments always give the same papers.

Sizes are in UTF-8 bytes (a "10 KB paper" is a file of about 10,000 bytes); rates are reported
per character.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "000_335a1d33f753f1c8.txt"

# ----------------------------------------------------------------------------- vocabulary
# (Chinese, English) pairs; Chinese templates use the first, English ones the second.
COMPOUNDS = [
    ("葛根素", "puerarin"),
    ("大豆苷元", "daidzein"),
    ("染料木素", "genistein"),
    ("槲皮素", "quercetin"),
    ("淫羊藿苷", "icariin"),
    ("柚皮苷", "naringin"),
    ("雌二醇", "estradiol"),
    ("阿仑膦酸钠", "alendronate"),
    ("白藜芦醇", "resveratrol"),
    ("黄芩苷", "baicalin"),
]
GENES = [
    "RUNX2",
    "ALP",
    "OCN",
    "OPG",
    "RANKL",
    "NFATc1",
    "TRAP",
    "CTSK",
    "BMP-2",
    "Osterix",
    "COL1A1",
    "β-catenin",
    "ERK1/2",
    "p-Akt",
    "Bcl-2",
    "Bax",
    "caspase-3",
    "LC3-Ⅱ",
    "TNF-α",
    "IL-6",
    "SIRT1",
    "Nrf2",
    "HO-1",
    "MMP-9",
    "c-Fos",
    "ESR1",
    "miR-204",
]
GENES_ZH = ["骨钙素", "碱性磷酸酶", "骨保护素", "核因子κB受体活化因子配体", "组织蛋白酶K"]
CELL_LINES = ["MC3T3-E1", "RAW264.7", "MG-63", "Saos-2", "C2C12", "ROS17/2.8", "hFOB1.19"]
CELL_TYPES = [
    ("成骨细胞", "osteoblasts"),
    ("破骨细胞", "osteoclasts"),
    ("骨髓间充质干细胞", "bone marrow mesenchymal stem cells"),
    ("骨细胞", "osteocytes"),
    ("软骨细胞", "chondrocytes"),
    ("巨噬细胞", "macrophages"),
]
PATHWAYS = [
    ("Wnt/β-catenin信号通路", "Wnt/β-catenin signaling pathway"),
    ("PI3K/Akt信号通路", "PI3K/Akt signaling pathway"),
    ("MAPK信号通路", "MAPK signaling pathway"),
    ("OPG/RANKL/RANK信号通路", "OPG/RANKL/RANK pathway"),
    ("NF-κB信号通路", "NF-κB signaling pathway"),
    ("BMP/Smad信号通路", "BMP/Smad signaling pathway"),
    ("Notch信号通路", "Notch signaling pathway"),
]
DISEASES = [
    ("骨质疏松症", "osteoporosis"),
    ("绝经后骨质疏松症", "postmenopausal osteoporosis"),
    ("糖尿病性骨质疏松", "diabetic osteoporosis"),
    ("骨关节炎", "osteoarthritis"),
    ("类风湿关节炎", "rheumatoid arthritis"),
    ("骨折", "fracture"),
]
ORGANISMS = [
    ("SD大鼠", "Sprague-Dawley rats"),
    ("小鼠", "mice"),
    ("去卵巢大鼠", "ovariectomized rats"),
    ("斑马鱼", "zebrafish"),
    ("新西兰兔", "New Zealand rabbits"),
]
UP = [("上调", "up-regulated"), ("促进", "promoted"), ("增加", "increased"), ("激活", "activated")]
DOWN = [
    ("下调", "down-regulated"),
    ("抑制", "inhibited"),
    ("降低", "decreased"),
    ("减少", "reduced"),
]
NEUTRAL_ZH = ["研究发现", "结果表明", "实验显示", "有研究报道", "进一步研究证实", "文献报道"]
NEUTRAL_EN = [
    "Studies showed that",
    "The results indicated that",
    "It was found that",
    "Further experiments confirmed that",
    "Previous work reported that",
]
FILLER_ZH = [
    "这一结果为临床用药提供了实验依据",
    "其具体机制仍有待进一步阐明",
    "提示该化合物具有良好的开发前景",
    "但目前相关临床研究仍较少",
    "并呈现明显的剂量依赖性",
    "且未观察到明显的细胞毒性",
    "该作用可被特异性抑制剂部分逆转",
]
FILLER_EN = [
    "and the effect was dose dependent",
    "without obvious cytotoxicity",
    "which was partly reversed by a specific inhibitor",
    "although the exact mechanism remains unclear",
    "suggesting a potential therapeutic value",
]
HEADINGS_ZH = ["1 材料与方法", "2 结果", "3 讨论", "4 结论", "1.1 细胞培养", "2.3 动物实验"]
HEADINGS_EN = ["1. Introduction", "2. Materials and methods", "3. Results", "4. Discussion"]


def _conc(rng: random.Random) -> str:
    value = rng.choice(["1", "5", "10", "20", "25", "50", "100", "0.1", "2.5", "200"])
    unit = rng.choice(["μmol/L", "μM", "mg/kg", "mg/L", "nmol/L", "μg/mL", "mg·kg-1·d-1"])
    return f"{value} {unit}" if rng.random() < 0.5 else f"{value}{unit}"


def _dur_zh(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 12)}周",
            f"{rng.choice([24, 48, 72])} h",
            f"{rng.randint(3, 28)} d",
            f"{rng.randint(1, 6)}个月",
        ]
    )


def _dur_en(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 12)} weeks",
            f"{rng.choice([24, 48, 72])} h",
            f"{rng.randint(3, 28)} days",
            f"{rng.randint(1, 6)} months",
        ]
    )


def _cite(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return ""
    a = rng.randint(1, 60)
    return f"[{a}]" if rng.random() < 0.6 else f"[{a}-{a + rng.randint(1, 3)}]"


# ----------------------------------------------------------------------------- sentences


def zh_sentence(rng: random.Random) -> str:
    """One Chinese sentence (with the Latin-script names Chinese papers use)."""
    c, _ = rng.choice(COMPOUNDS)
    gene = rng.choice(GENES + GENES_ZH)
    gene2 = rng.choice(GENES)
    cell, _ = rng.choice(CELL_TYPES)
    line = rng.choice(CELL_LINES)
    path, _ = rng.choice(PATHWAYS)
    dis, _ = rng.choice(DISEASES)
    org, _ = rng.choice(ORGANISMS)
    up, _ = rng.choice(UP)
    down, _ = rng.choice(DOWN)
    lead = rng.choice(NEUTRAL_ZH)
    fill = rng.choice(FILLER_ZH)
    templates = [
        f"{lead}，{c}可{up}{cell}中{gene}的表达，{fill}",
        f"{_conc(rng)}{c}作用{line}细胞{_dur_zh(rng)}后，{gene}和{gene2}蛋白水平明显{up}",
        f"{c}通过{path}{down}{gene}的表达，从而{down}{cell}的分化",
        f"以{_conc(rng)}{c}灌胃{org}{_dur_zh(rng)}，可显著改善{dis}模型的骨密度",
        f"{c}能够{up}{path}，{up}{gene}，并{down}{gene2}的表达",
        f"{lead}，{c}对{dis}具有一定的防治作用，{fill}",
        f"在{line}细胞中，{c}{_conc(rng)}处理{_dur_zh(rng)}可{down}{gene}mRNA水平",
        f"与模型组比较，{c}组{org}血清{gene}含量{down}，{gene2}含量{up}",
        f"{cell}与{rng.choice(CELL_TYPES)[0]}之间的动态平衡对维持骨量至关重要，{fill}",
    ]
    end = "。" if rng.random() < 0.9 else "；"
    return rng.choice(templates) + _cite(rng) + end


def en_sentence(rng: random.Random) -> str:
    """One English sentence."""
    _, c = rng.choice(COMPOUNDS)
    gene = rng.choice(GENES)
    gene2 = rng.choice(GENES)
    _, cell = rng.choice(CELL_TYPES)
    line = rng.choice(CELL_LINES)
    _, path = rng.choice(PATHWAYS)
    _, dis = rng.choice(DISEASES)
    _, org = rng.choice(ORGANISMS)
    _, up = rng.choice(UP)
    _, down = rng.choice(DOWN)
    lead = rng.choice(NEUTRAL_EN)
    fill = rng.choice(FILLER_EN)
    templates = [
        f"{lead} {c} {up} the expression of {gene} in {cell}, {fill}",
        f"Treatment of {line} cells with {_conc(rng)} {c} for {_dur_en(rng)} {down} {gene}",
        f"{c.capitalize()} {down} {gene} and {gene2} through the {path}",
        f"{org[0].upper() + org[1:]} given {c} at {_conc(rng)} for {_dur_en(rng)} had less {dis}",
        f"In {org}, {c} {up} the {path} and {down} the loss of bone mass ({fill})",
        f"{lead} {c} may be useful for the treatment of {dis}",
        f"Compared with the model group, {gene} levels were {down} by {c} (P < 0.05)",
        f"The balance between {cell} and {rng.choice(CELL_TYPES)[1]} maintains bone mass",
    ]
    return rng.choice(templates) + _cite(rng) + "."


def mixed_sentence(rng: random.Random) -> str:
    """A Chinese sentence carrying English terms and abbreviations in brackets."""
    c, ce = rng.choice(COMPOUNDS)
    cell, celle = rng.choice(CELL_TYPES)
    path, pathe = rng.choice(PATHWAYS)
    gene = rng.choice(GENES)
    up, _ = rng.choice(UP)
    templates = [
        f"{c}（{ce}）可{up}{cell}（{celle}）中{gene}的表达",
        f"{c}通过{path}（{pathe}）发挥作用，{rng.choice(FILLER_ZH)}",
        f"{cell}（{celle}, {gene}+）在{c}处理后数量{up}",
    ]
    return rng.choice(templates) + _cite(rng) + "。"


# ----------------------------------------------------------------------------- papers

KINDS = ("zh", "en", "mixed")
#: ``blend``: paragraphs take the three kinds in turn (same mix at every paper length).
BLEND = "blend"


def _paragraph(rng: random.Random, kind: str) -> str:
    n = rng.randint(3, 8)
    if kind == "en":
        return " ".join(en_sentence(rng) for _ in range(n))
    if kind == "zh":
        return "".join(zh_sentence(rng) for _ in range(n))
    make = [zh_sentence, zh_sentence, mixed_sentence, en_sentence]
    parts = []
    for _ in range(n):
        s = rng.choice(make)(rng)
        parts.append(s if not parts or not s[0].isascii() else " " + s)
    return "".join(parts)


def make_paper(rng: random.Random, target_bytes: int, kind: str) -> str:
    """A paper of about ``target_bytes`` UTF-8 bytes: title, abstracts, headed sections."""
    c, ce = rng.choice(COMPOUNDS)
    dis, dise = rng.choice(DISEASES)
    if kind == "en":
        lines = [f"Effects of {ce} on {dise}: mechanisms and evidence", ""]
        lines += ["Abstract: " + _paragraph(rng, "en"), ""]
    else:
        lines = [f"{c}防治{dis}的作用机制研究", ""]
        lines += ["摘要：" + _paragraph(rng, "zh"), ""]
        lines += ["Abstract: " + _paragraph(rng, "en"), ""]
    headings = HEADINGS_EN if kind == "en" else HEADINGS_ZH
    size = len("\n".join(lines).encode("utf-8"))
    h = 0
    turn = rng.randrange(len(KINDS))
    while size < target_bytes:
        if rng.random() < 0.2:
            lines += [headings[h % len(headings)], ""]
            h += 1
        turn += 1
        para = _paragraph(rng, KINDS[turn % len(KINDS)] if kind == BLEND else kind)
        lines += [para, ""]
        size += len(para.encode("utf-8")) + 2
    text = "\n".join(lines).rstrip() + "\n"
    return _trim_to(text, target_bytes)


def _trim_to(text: str, target_bytes: int) -> str:
    """Cut ``text`` at the last sentence end at or before ``target_bytes`` (never empty)."""
    data = text.encode("utf-8")
    if len(data) <= target_bytes:
        return text
    head = data[:target_bytes].decode("utf-8", errors="ignore")
    cut = max(head.rfind(ch) for ch in ("。", ". ", "\n"))
    if cut < len(head) // 2:
        cut = len(head) - 1
    return head[: cut + 1].rstrip() + "\n"


@dataclass(frozen=True, slots=True)
class Paper:
    """One benchmark paper: its name and text."""

    name: str
    text: str

    @property
    def nbytes(self) -> int:
        return len(self.text.encode("utf-8"))


def seed_text() -> str:
    """The bundled seed review (raw, PDF-extracted text)."""
    return SEED.read_text(encoding="utf-8")


def build_corpus(
    total_bytes: int = 5_000_000, paper_bytes: int = 10_000, seed: int = 6
) -> list[Paper]:
    """About ``total_bytes`` of papers of about ``paper_bytes`` each.

    The seed review comes first (as it is); then Chinese, English and mixed papers in turn.
    """
    rng = random.Random(seed)
    papers = [Paper("000_seed", seed_text())]
    total = papers[0].nbytes
    i = 1
    while total < total_bytes:
        kind = KINDS[i % len(KINDS)]
        text = make_paper(rng, paper_bytes, kind)
        papers.append(Paper(f"{i:04d}_{kind}", text))
        total += papers[-1].nbytes
        i += 1
    return papers


def papers_of_size(size_bytes: int, budget_bytes: int, seed: int = 7) -> list[Paper]:
    """Enough ``blend`` papers of ``size_bytes`` to make about ``budget_bytes`` in all.

    Every size gets the same mix of Chinese, English and mixed paragraphs, so time per
    character compares lengths, not languages.
    """
    rng = random.Random(seed + size_bytes)
    count = max(1, round(budget_bytes / size_bytes))
    return [
        Paper(f"len{size_bytes}_{i:04d}", make_paper(rng, size_bytes, BLEND)) for i in range(count)
    ]


def write_papers(papers: list[Paper], folder: Path) -> list[Path]:
    """Write each paper as ``folder/NAME.txt``; returns the paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for p in papers:
        path = folder / f"{p.name}.txt"
        if not path.exists() or path.read_text(encoding="utf-8") != p.text:
            path.write_text(p.text, encoding="utf-8")
        paths.append(path)
    return paths
