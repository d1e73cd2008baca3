"""The extraction flow on a two-worker local Dask cluster gives the store of a sequential run."""

from __future__ import annotations

import pytest
from conftest import PAPER_EN, PAPER_ZH

from puerextract.store import Store

pytestmark = pytest.mark.usefixtures("prefect_server", "fake_extractor")


def _table(url, kind):
    df = getattr(Store(url), f"{kind}_table")()
    return df.sort_values(list(df.columns[:2])).reset_index(drop=True)


def test_dask_batch_equals_sequential(tmp_path):
    from extract_flow import run_extraction

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(3):
        (inbox / f"en_{i}.txt").write_text(PAPER_EN.replace("10 μmol/L", f"{i + 1} μmol/L"))
        (inbox / f"zh_{i}.md").write_text(PAPER_ZH.replace("24 h", f"{i + 2} h"))
    seq_url = f"sqlite:///{tmp_path / 'seq.sqlite'}"
    dask_url = f"sqlite:///{tmp_path / 'dask.sqlite'}"
    common = dict(inbox=str(inbox), quarantine_dir=str(tmp_path / "q"))
    seq = run_extraction(out_dir=str(tmp_path / "seq"), store_url=seq_url, **common)
    par = run_extraction(
        dask=True, dask_workers=2, out_dir=str(tmp_path / "dask"), store_url=dask_url, **common
    )
    assert seq["processed"] == par["processed"] == 6 and par["failed"] == 0
    for kind in ("mentions", "relations"):
        a, b = _table(seq_url, kind), _table(dask_url, kind)
        assert len(a) > 0
        assert a.equals(b), kind
    cols = ["id", "content_hash", "rules_version", "status", "n_mentions", "n_relations"]
    assert _table(seq_url, "papers")[cols].equals(_table(dask_url, "papers")[cols])
    for f in (tmp_path / "seq").iterdir():
        assert (tmp_path / "dask" / f.name).read_bytes() == f.read_bytes()
