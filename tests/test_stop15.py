"""Fifteenth stop (2026-12-05): general constructions the seen yardsticks showed missing, on
sentences of our own; each case fails without its change unless marked as a guard."""

from __future__ import annotations

import pytest
from test_stop10 import _rels

TESTED = "TESTED_IN"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how a model is set up: the inducer given by injection is TESTED_IN the animals
        (
            "A single alloxan injection produced hyperglycaemia in Wistar rats.",
            {("alloxan", "Wistar rats")},
        ),
        (
            "A lung fibrosis model was established in C57BL/6 mice by injecting bleomycin.",
            {("bleomycin", "C57BL/6 mice")},
        ),
        # "induced by X in Y": the inducer and the system both after the words
        (
            "Silymarin relieved the liver fibrosis induced by carbon tetrachloride in rats.",
            {("carbon tetrachloride", "rats")},
        ),
        (
            "We used a model of nephrotoxicity induced by cisplatin in mice.",
            {("cisplatin", "mice")},
        ),
        # guard: the compound before "induced by" is no inducer, and a procedure inducer
        # gives nothing (a result locative)
        (
            "Baicalin lessened the cell death induced by hypoxia in the mice.",
            set(),
        ),
    ],
)
def test_model_inducers(text: str, expected: set[tuple[str, str]]) -> None:
    assert _rels(text, TESTED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mice received daily tail vein injections of icariin.", ("icariin", "Mice")),
        ("The rats were given two intraperitoneal injections of naringin.", ("naringin", "rats")),
        ("Rats received oral administration of icariin.", ("icariin", "Rats")),
    ],
)
def test_giving_noun_after_a_giving_verb(text: str, expected: tuple[str, str]) -> None:
    # the noun (injection of, administration of) is the verb's object: the verb gives the
    # compound to the animals named before it
    assert _rels(text, TESTED) == {expected}
