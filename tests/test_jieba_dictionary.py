"""jieba's dictionary from puerextract's plain-text copy: the same words and counts as jieba's
own load, rebuilt when damaged, and jieba as before when the cache cannot be written."""

from __future__ import annotations

import pytest

jieba = pytest.importorskip("jieba")

from puerextract import jieba_dictionary  # noqa: E402

SENTENCE = "葛根素可促进大鼠骨髓间充质干细胞向成骨细胞分化，并抑制破骨细胞形成。"


@pytest.fixture(scope="module")
def reference():  # noqa: ANN201
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def _fresh(cache, monkeypatch):  # noqa: ANN001, ANN202
    monkeypatch.setenv("PUEREXTRACT_CACHE", str(cache))
    tok = jieba.Tokenizer()
    jieba_dictionary.load(tok)
    return tok


def test_the_copy_holds_jiebas_words_and_counts(tmp_path, monkeypatch, reference) -> None:
    first = _fresh(tmp_path, monkeypatch)  # jieba loads, the copy is written
    copies = list(tmp_path.glob("jieba-*.txt"))
    assert len(copies) == 1
    second = _fresh(tmp_path, monkeypatch)  # read from the copy
    assert second.FREQ == reference.FREQ == first.FREQ
    assert second.total == reference.total
    assert second.lcut(SENTENCE) == reference.lcut(SENTENCE)


class _FakeTokenizer:
    """Stands in for jieba.Tokenizer where only the loading logic is tested (jieba's own
    load takes a second)."""

    dictionary = None

    def __init__(self) -> None:
        self.initialized = False
        self.loads = 0

    def initialize(self) -> None:
        self.FREQ, self.total, self.initialized = {"葛根素": 5, "葛根": 0, "葛": 0}, 5, True
        self.loads += 1


def _fake(cache, monkeypatch) -> _FakeTokenizer:  # noqa: ANN001
    monkeypatch.setenv("PUEREXTRACT_CACHE", str(cache))
    tok = _FakeTokenizer()
    jieba_dictionary.load(tok)
    return tok


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: text.replace(jieba_dictionary._MAGIC, "something else", 1),
        lambda text: text + " 12",  # one count too many
        lambda text: "",
    ],
)
def test_a_damaged_copy_is_rebuilt(tmp_path, monkeypatch, damage) -> None:  # noqa: ANN001
    assert _fake(tmp_path, monkeypatch).loads == 1
    assert _fake(tmp_path, monkeypatch).loads == 0  # read from the copy
    (copy,) = tmp_path.glob("jieba-*.txt")
    copy.write_text(damage(copy.read_text(encoding="utf-8")), encoding="utf-8")
    tok = _fake(tmp_path, monkeypatch)
    assert tok.loads == 1 and tok.FREQ == {"葛根素": 5, "葛根": 0, "葛": 0} and tok.total == 5
    assert jieba_dictionary._read(copy) == (tok.FREQ, 5)  # written again, whole


def test_an_unwritable_cache_leaves_jieba_as_it_was(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    assert _fake(blocker / "cache", monkeypatch).loads == 1
    assert _fake(blocker / "cache", monkeypatch).loads == 1


def test_jieba_imports_without_pkg_resources_and_leaves_it_importable() -> None:
    from conftest import python_output

    out = python_output(
        "import sys\n"
        "from puerextract.jieba_dictionary import import_jieba\n"
        "jieba = import_jieba()\n"
        "print('pkg_resources' in sys.modules)\n"
        "print(len(jieba.Tokenizer().get_dict_file().readline()) > 0)\n"
        "import pkg_resources\n"
        "print(pkg_resources.__name__)\n"
    )
    assert out.split() == ["False", "True", "pkg_resources"]


def test_a_copy_cut_inside_its_last_count_is_rebuilt(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    _fake(tmp_path, monkeypatch)
    (copy,) = tmp_path.glob("jieba-*.txt")
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text[: text.rindex("\n")], encoding="utf-8")  # the end mark is gone
    assert _fake(tmp_path, monkeypatch).loads == 1
    assert not list(tmp_path.glob("*.part"))
