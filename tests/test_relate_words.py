"""The relation rules' word templates: the grammar in ``relate_words.py``, the words in
``tag_words.tsv`` (an overlay's words change what the rules read)."""

from __future__ import annotations

from importlib.resources import files

from puerextract.extract import extract_text
from puerextract.relate_words import ROLES, TEMPLATES, WordRegexes, alternation, fill
from puerextract.rules import WORD_ROLES, check_rules, load_rules


def _relations(text: str, rules_dir=None) -> set[tuple[str, str, str]]:  # noqa: ANN001
    ann = extract_text(text, "t", rules_dir)
    by = {e.id: e.text for e in ann.entities}
    return {(r.type, by[r.arg1], by[r.arg2]) for r in ann.relations}


def test_every_template_role_is_a_tag_word_role_with_words() -> None:
    rules = load_rules()
    assert set(ROLES) <= set(WORD_ROLES)
    assert [r for r in ROLES if not rules.words_of(r)] == []


def test_every_template_compiles_with_the_packaged_words() -> None:
    rules = load_rules()
    regexes = WordRegexes({r: tuple(rules.words_of(r)) for r in ROLES})
    assert all(regexes[name].pattern for name in TEMPLATES)


def test_a_whole_word_slot_keeps_latin_words_whole() -> None:
    import re

    means = re.compile(fill("{w:w}", {"w": ("by", "通过")}), re.IGNORECASE)
    assert means.search("inhibited by DKK1") and means.search("X通过抑制")
    assert not means.search("nearby") and not means.search("bypass")


def test_a_role_without_words_turns_its_slot_off() -> None:
    assert alternation(()) == "(?!)"
    empty = WordRegexes({})
    assert empty["loss_of"].search("the loss of osteoblasts ") is None
    assert empty["allocate"].search("rats were randomly assigned to three groups") is None
    assert WordRegexes({"loss_noun": ("loss",)})["loss_of"].search("the loss of osteoblasts ")


def test_a_space_in_a_word_matches_any_run_of_spaces() -> None:
    expose = WordRegexes({"expose_word": ("exposed to",)})["expose_before"]
    assert expose.search("the explants, then exposed \t to ")


def test_an_overlay_word_extends_a_rule(tmp_path) -> None:  # noqa: ANN001
    text = "The attrition of osteoblasts was prevented by puerarin."
    assert _relations(text) == set()
    packaged = files("puerextract").joinpath("data/tag_words.tsv").read_text(encoding="utf-8")
    (tmp_path / "tag_words.tsv").write_text(packaged + "attrition\tloss_noun\t\n", "utf-8")
    assert check_rules(tmp_path) == []
    assert _relations(text, tmp_path) == {("UPREGULATES", "puerarin", "osteoblasts")}


def test_an_overlay_without_a_role_turns_its_rule_off(tmp_path) -> None:  # noqa: ANN001
    text = "The loss of osteoblasts was prevented by puerarin."
    assert _relations(text) == {("UPREGULATES", "puerarin", "osteoblasts")}
    packaged = files("puerextract").joinpath("data/tag_words.tsv").read_text(encoding="utf-8")
    kept = [line for line in packaged.split("\n") if "\tloss_noun\t" not in line]
    (tmp_path / "tag_words.tsv").write_text("\n".join(kept), "utf-8")
    assert _relations(text, tmp_path) == set()
