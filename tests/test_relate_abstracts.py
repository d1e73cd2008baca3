"""Constructions read in real abstracts of the field (not copied: every sentence here is written
for the tests), with the sentences that must give nothing beside them."""

from __future__ import annotations

import pytest

from puerextract.extract import extract_text


def rels(text: str) -> set[tuple[str, str, str]]:
    ann = extract_text(text, "t")
    by_id = ann.entity_by_id()
    return {(r.type, by_id[r.arg1].text, by_id[r.arg2].text) for r in ann.relations}


def ents(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.text) for e in extract_text(text, "t").entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a serial comma closes the list: every item is an object of the verb
        (
            "Gastrodin lowered the levels of TRAP, CTSK, MMP-9, and NFATc1.",
            {("DOWNREGULATES", "Gastrodin", g) for g in ("TRAP", "CTSK", "MMP-9", "NFATc1")},
        ),
        (
            "Sinomenine reduced MMP1, IL-17, and ADAMTS4 and raised SOX9.",
            {("DOWNREGULATES", "Sinomenine", g) for g in ("MMP1", "IL-17", "ADAMTS4")}
            | {("UPREGULATES", "Sinomenine", "SOX9")},
        ),
        # … but "and C <verb>" and "and C was …" are clauses of their own
        (
            "Gastrodin lowered TRAP, and NFATc1 was unchanged.",
            {("DOWNREGULATES", "Gastrodin", "TRAP")},
        ),
        (
            "Gastrodin lowered TRAP, and NFATc1 elevated ALP.",
            {("DOWNREGULATES", "Gastrodin", "TRAP"), ("UPREGULATES", "NFATc1", "ALP")},
        ),
    ],
)
def test_serial_comma_lists(text: str, expected: set) -> None:
    assert rels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Knockdown of Nrf2 elevated MMP13 in chondrocytes.",
        "Nrf2 knockdown elevated MMP13 in chondrocytes.",
        "SIRT1 siRNA lowered Osx and Col1a1 levels.",
        "Nrf2-deficient mice showed higher MMP13 expression.",
        "敲低 Nrf2 后软骨细胞 MMP13 表达升高。",
        "Nrf2 敲除可升高 MMP13 的表达。",
    ],
)
def test_a_knocked_down_gene_is_no_agent(text: str) -> None:
    assert not {r for r in rels(text) if r[1] in ("Nrf2", "SIRT1")}


def test_a_gene_itself_stays_an_agent() -> None:
    assert rels("Nrf2 elevated HO-1 expression.") == {("UPREGULATES", "Nrf2", "HO-1")}
    # 沉默 inside a gene's Chinese name is no knockdown
    assert ("UPREGULATES", "沉默信息调节因子 1", "Runx2") in rels(
        "沉默信息调节因子 1 可上调 Runx2 的表达。"
    )


def test_a_capitalised_name_is_not_found_inside_a_longer_word() -> None:
    assert ("ORGANISM", "Danshen") not in ents("Danshensu promoted osteoblast differentiation.")
    assert ("ORGANISM", "Danshen") in ents("Danshen is a medicinal herb.")
    assert ("CELL_TYPE", "Osteoblast") in ents("Osteoblastic maturation sped up.")


def test_a_gene_fused_to_its_mrna() -> None:
    assert ("GENE", "Runx2") in ents("葛根素可上调 Runx2mRNA 的表达。")
