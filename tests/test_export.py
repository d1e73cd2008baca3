"""Export and read back: BioC XML/JSON round-trips, the XML validates against the BioC DTD,
PubTator records keep offsets, a store exports what its papers folder holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from puerextract.bioc_io import curie_of, dumps, pubtator_id, read_bioc
from puerextract.cli import main
from puerextract.errors import PuerextractError
from puerextract.export import load_folder, load_store

# The content model of the BioC format (BioC.dtd of the BioC project, Comeau et al. 2013),
# the grammar a BioC XML file must follow; element declarations only.
BIOC_DTD = """
<!ELEMENT collection ( source, date, key, infon*, document+ ) >
<!ELEMENT source (#PCDATA)>
<!ELEMENT date (#PCDATA)>
<!ELEMENT key (#PCDATA)>
<!ELEMENT infon (#PCDATA)>
<!ATTLIST infon key CDATA #REQUIRED >
<!ELEMENT document ( id, infon*, passage+, relation* ) >
<!ELEMENT id (#PCDATA)>
<!ELEMENT passage ( infon*, offset, ( ( text?, annotation* ) | sentence* ), relation* ) >
<!ELEMENT offset (#PCDATA)>
<!ELEMENT text (#PCDATA)>
<!ELEMENT sentence ( infon*, offset, text?, annotation*, relation* ) >
<!ELEMENT annotation ( infon*, location*, text ) >
<!ATTLIST annotation id CDATA #IMPLIED >
<!ELEMENT location EMPTY>
<!ATTLIST location offset CDATA #REQUIRED >
<!ATTLIST location length CDATA #REQUIRED >
<!ELEMENT relation ( infon*, node* ) >
<!ATTLIST relation id CDATA #IMPLIED >
<!ELEMENT node EMPTY>
<!ATTLIST node refid CDATA #REQUIRED >
<!ATTLIST node role CDATA "" >
"""


def _key(doc):
    ents = [(e.id, e.type, e.start, e.end, e.text, e.norm, e.note) for e in doc.entities]
    rels = [(r.id, r.type, r.arg1, r.arg2) for r in doc.relations]
    return doc.name, doc.text, sorted(ents), sorted(rels)


@pytest.fixture(scope="module")
def docs():
    return load_folder(ROOT / "gold") + load_folder(ROOT / "dev")


@pytest.mark.parametrize("fmt,suffix", [("bioc-xml", ".xml"), ("bioc-json", ".json")])
def test_bioc_round_trip_keeps_every_annotation(docs, tmp_path, fmt, suffix):
    path = tmp_path / f"c{suffix}"
    path.write_text(dumps(docs, fmt), encoding="utf-8")
    back = read_bioc(path)
    assert [_key(d) for d in back] == [_key(d) for d in docs]


def test_bioc_xml_validates_against_the_dtd(docs):
    from io import StringIO

    from lxml import etree

    dtd = etree.DTD(StringIO(BIOC_DTD))
    parser = etree.XMLParser(remove_blank_text=True)  # the indentation is not content
    root = etree.fromstring(dumps(docs, "bioc-xml").encode("utf-8"), parser)
    assert dtd.validate(root), dtd.error_log.filter_from_errors()


def test_bioc_annotations_agree_with_their_passages(docs):
    import bioc
    from bioc import biocxml

    collection = biocxml.loads(dumps(docs, "bioc-xml"))
    bioc.validate(collection)  # each annotation's text is its passage slice
    first = collection.documents[0]
    assert first.passages[0].infons["type"] == "title"


def test_a_mention_across_a_line_break_keeps_one_passage(tmp_path):
    from puerextract.model import Annotations, Entity

    text = "Title\nPuerarin raised bone mineral\ndensity in rats.\n"
    doc = Annotations("wrap", text, [Entity("T1", "GENE", 22, 42, "bone mineral\ndensity")])
    path = tmp_path / "w.xml"
    path.write_text(dumps([doc], "bioc-xml"), encoding="utf-8")
    assert _key(read_bioc(path)[0]) == _key(doc)


def test_pubtator_records_keep_offsets_and_write_pubtator_identifiers(docs):
    from bioc import pubtator

    records = pubtator.loads(dumps(docs, "pubtator"))
    assert [r.pmid for r in records] == [d.name for d in docs]
    for rec, doc in zip(records, docs, strict=True):
        flat = rec.title + " " + rec.abstract if rec.abstract else rec.title
        same = doc.text.replace("\n", " ")
        assert same.startswith(flat) and not same[len(flat) :].strip()  # trailing space dropped
        for ann in rec.annotations:
            assert flat[int(ann.start) : int(ann.end)] == ann.text
    ids = {a.id for r in records for a in r.annotations}
    assert "CVCL_0409" in ids and any(i.startswith("MESH:D") for i in ids)


@pytest.mark.parametrize(
    "curie,etype,written",
    [
        ("mesh:D010024", "DISEASE", "MESH:D010024"),
        ("ncbigene:860", "GENE", "860"),
        ("ncbitaxon:10116", "ORGANISM", "10116"),
        ("cellosaurus:CVCL_0409", "CELL_LINE", "CVCL_0409"),
        ("pubchem:5281807", "COMPOUND", "PUBCHEM:5281807"),
        ("hgnc:RUNX2", "GENE", "HGNC:RUNX2"),
    ],
)
def test_identifiers_are_written_as_pubtator_and_read_back(curie, etype, written):
    assert pubtator_id(curie) == written
    assert curie_of(written, etype) == curie


def test_a_bioc_file_whose_text_and_offsets_disagree_is_one_error(tmp_path, capsys):
    bad = dumps(load_folder(ROOT / "gold"), "bioc-xml").replace(
        'offset="0" length="3"', 'offset="1" length="3"', 1
    )
    path = tmp_path / "bad.xml"
    path.write_text(bad, encoding="utf-8")
    assert main(["evaluate", "--gold", str(path), "--pred", str(ROOT / "gold"),
                 "--out", str(tmp_path / "r")]) != 0  # fmt: skip
    err = capsys.readouterr().err
    assert "bad.xml" in err and "Traceback" not in err


def test_evaluate_reads_gold_and_predictions_from_bioc(tmp_path, capsys):
    gold = tmp_path / "gold.json"
    assert main(["export", str(ROOT / "gold"), "--format", "bioc-json", "--out", str(gold)]) == 0
    assert main(["evaluate", "--gold", str(gold), "--pred", str(gold),
                 "--out", str(tmp_path / "r")]) == 0  # fmt: skip
    assert "1.000 / 1.000" in capsys.readouterr().out


def test_a_store_exports_what_its_papers_folder_holds(fake_extractor, inbox, tmp_path, capsys):
    from puerextract.runner import process_paper, write_paper_outputs
    from puerextract.store import open_store

    run = tmp_path / "run"
    store = open_store(f"sqlite:///{run / 'store.sqlite'}")
    for paper in sorted(inbox.iterdir()):
        result = process_paper(paper)
        write_paper_outputs(result, run / "papers")
        store.upsert_paper(result)
    from_store = load_store(str(run / "store.sqlite"))
    assert [_key(d) for d in from_store] == [_key(d) for d in load_folder(run / "papers")]
    assert main(["export", str(run / "store.sqlite"), "--format", "pubtator"]) == 0
    assert "en_paper|t|" in capsys.readouterr().out


def test_a_store_without_its_papers_folder_is_one_error(tmp_path, capsys):
    from puerextract.store import open_store

    open_store(f"sqlite:///{tmp_path / 'store.sqlite'}").ensure_schema()
    Path(tmp_path / "other").mkdir()
    assert main(["export", str(tmp_path / "nope.sqlite"), "--format", "bioc-xml"]) != 0
    assert "no such store" in capsys.readouterr().err


@pytest.mark.parametrize(
    "infon,problem",
    [('"length">999999999999<', "passages reach offset"), ('"length">ten<', "not a number")],
)
def test_a_bioc_file_declaring_a_huge_or_bad_length_is_refused(tmp_path, infon, problem):
    xml = dumps(load_folder(ROOT / "gold"), "bioc-xml")
    head, _, tail = xml.partition('"length">')
    xml = head + infon + tail.partition("<")[2]
    path = tmp_path / "bad.xml"
    path.write_text(xml, encoding="utf-8")
    with pytest.raises(PuerextractError, match=problem) as err:
        read_bioc(path)
    assert "bad.xml" in str(err.value)
