"""The store that survives runs: papers, mentions and relations in a SQL database.

SQLAlchemy Core. Embedded SQLite (``out/store.sqlite``) by default; any SQLAlchemy URL through
the ``PUEREXTRACT_STORE_URL`` environment variable or the ``url`` argument (PostgreSQL, ...).

Each paper is written in ONE transaction (delete its rows, insert the new ones), so a run that
is killed leaves no half paper and a rerun adds no duplicate rows. On SQLite the store uses
WAL, a busy timeout and ``BEGIN IMMEDIATE`` so that two runs at once wait for each other
instead of failing or interleaving. The schema carries a version; a store written by another
schema version is migrated when a migration exists, otherwise refused with a clear error.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError

from .errors import PuerextractError

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .model import PaperResult

#: the schema this code writes. Bump it with an entry in :data:`MIGRATIONS`.
SCHEMA_VERSION = 1
DEFAULT_STORE_PATH = Path("out") / "store.sqlite"
ENV_URL = "PUEREXTRACT_STORE_URL"
#: seconds a writer waits for another one (SQLite busy timeout).
BUSY_TIMEOUT_S = 60

metadata = MetaData()

papers = Table(
    "papers",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("path", Text, nullable=False),
    Column("content_hash", String(80), nullable=False),
    Column("rules_version", String(80), nullable=False),
    Column("status", String(16), nullable=False),  # ok | failed
    Column("error", Text),
    Column("n_mentions", Integer, nullable=False, default=0),
    Column("n_relations", Integer, nullable=False, default=0),
    Column("processed_at", String(40), nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("paper_id", String(200), ForeignKey("papers.id"), nullable=False),
    Column("mention_id", String(40), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", String(40), nullable=False),
    Column("identifier", String(120)),
    Column("text", Text, nullable=False),
    Column("note", Text),
    Column("source", String(40)),
    UniqueConstraint("paper_id", "mention_id", name="uq_mention"),
    Index("ix_mentions_identifier", "identifier"),
)

relations = Table(
    "relations",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("paper_id", String(200), ForeignKey("papers.id"), nullable=False),
    Column("relation_id", String(40), nullable=False),
    Column("type", String(40), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    *[
        c
        for arg in ("arg1", "arg2")
        for c in (
            Column(f"{arg}_id", String(40), nullable=False),
            Column(f"{arg}_text", Text, nullable=False),
            Column(f"{arg}_type", String(40), nullable=False),
            Column(f"{arg}_identifier", String(120)),
            Column(f"{arg}_start", Integer, nullable=False),
            Column(f"{arg}_end", Integer, nullable=False),
        )
    ],
    UniqueConstraint("paper_id", "relation_id", name="uq_relation"),
    Index("ix_relations_type", "type"),
)

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, nullable=False),
)

#: from-version -> list of SQL statements to reach from-version + 1 (none needed yet).
MIGRATIONS: dict[int, list[str]] = {}

MENTION_COLUMNS = [c.name for c in mentions.columns if c.name != "pk"]
RELATION_COLUMNS = [c.name for c in relations.columns if c.name != "pk"]


class StoreError(PuerextractError):
    """A store that cannot be opened or has an incompatible schema."""


def default_url() -> str:
    """``PUEREXTRACT_STORE_URL`` or SQLite at ``out/store.sqlite`` (relative to the cwd)."""
    return os.environ.get(ENV_URL) or f"sqlite:///{DEFAULT_STORE_PATH.resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL, or None (another database, or in memory)."""
    if not url.startswith("sqlite:///"):
        return None
    rest = url[len("sqlite:///") :].split("?", 1)[0]
    return Path(rest) if rest and rest != ":memory:" else None


def _configure_sqlite(engine: Engine) -> None:
    """WAL, busy timeout, foreign keys, and BEGIN IMMEDIATE (the SQLAlchemy recipe)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised through SQLite
        dbapi_conn.isolation_level = None  # let us emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover - exercised through SQLite
        conn.exec_driver_sql("BEGIN IMMEDIATE")


#: failures worth another try on the next run: the machine, not the paper, was at fault
TRANSIENT_FAILURES = (
    "TimeoutError",
    "No space left",
    "Read-only file system",
    "database is locked",
    "disk I/O error",
    "Input/output error",
    "Too many open files",
    "Cannot allocate memory",
    "MemoryError",
)


def retry_next_run(error: str) -> bool:
    """Whether a recorded failure was transient (a full disk, a timeout), not the paper's."""
    return any(marker in error for marker in TRANSIENT_FAILURES)


def ALLOW_FOREIGN() -> bool:  # noqa: N802 - read at call time, like a setting
    """Whether the project's tables may join a database that holds other tables."""
    return os.environ.get("PUEREXTRACT_STORE_SHARED", "") == "1"


def _check_columns(conn: Any, url: str) -> None:
    """Each of the store's tables has the columns this version reads and writes."""
    insp = inspect(conn)
    for table in (papers, mentions, relations):
        have = {c["name"] for c in insp.get_columns(table.name)}
        missing = [c.name for c in table.columns if c.name not in have]
        if missing:
            raise StoreError(
                f"store table {table.name!r} lacks column(s) {', '.join(missing)} for its "
                "schema version: it was changed by hand; move it away or choose another store",
                url,
            )


class Store:
    """A handle on one store URL. Cheap to create; tables are created on first use."""

    def __init__(self, url: str | None = None):
        self.url = url or default_url()
        path = sqlite_path(self.url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            kwargs: dict[str, Any] = {}
            if path is not None:
                kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_S}
            self.engine = create_engine(self.url, **kwargs)
        except Exception as exc:  # bad URL, missing driver
            raise StoreError(f"cannot open store: {exc}", self.url) from None
        if self.engine.dialect.name == "sqlite":
            _configure_sqlite(self.engine)
        self._ready = False
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ schema

    def ensure_schema(self) -> None:
        """Create the tables, or check (and migrate) an existing store's schema version.

        A file that is no database, a database holding other tables, or a store whose
        tables lack columns gives one :class:`StoreError` naming the store and what to do."""
        if self._ready:
            return
        try:
            self._ensure_schema()
        except DBAPIError as exc:
            reason = " ".join(str(exc.orig).split())[:200]
            raise StoreError(
                f"cannot use the store ({reason}): a corrupt or foreign file? move it away "
                "or choose another store (--store-url / PUEREXTRACT_STORE_URL)",
                self.url,
            ) from None

    def _ensure_schema(self) -> None:
        with self._lock:
            if self._ready:
                return
            with self.engine.begin() as conn:
                names = set(inspect(conn).get_table_names())
                if "schema_version" not in names:
                    if names - {"papers", "mentions", "relations"} and not ALLOW_FOREIGN():
                        raise StoreError(
                            f"the database holds other tables ({', '.join(sorted(names)[:5])}); "
                            "puerextract writes its tables only into its own store: choose "
                            "another store, or set PUEREXTRACT_STORE_SHARED=1 to share it",
                            self.url,
                        )
                    if names & {"papers", "mentions", "relations"}:
                        raise StoreError(
                            "store has tables but no schema_version (written by an older "
                            "puerextract, schema 0); no migration exists from it: move the "
                            "file away or set PUEREXTRACT_STORE_URL to a new store, then rerun",
                            self.url,
                        )
                    metadata.create_all(conn)
                    conn.execute(insert(schema_version).values(version=SCHEMA_VERSION))
                else:
                    found = conn.execute(select(schema_version.c.version)).scalar()
                    if found is None:
                        raise StoreError("store's schema_version table is empty", self.url)
                    if found > SCHEMA_VERSION:
                        raise StoreError(
                            f"store has schema version {found}, newer than this puerextract "
                            f"({SCHEMA_VERSION}); upgrade puerextract or use another store",
                            self.url,
                        )
                    while found < SCHEMA_VERSION:
                        steps = MIGRATIONS.get(found)
                        if steps is None:
                            raise StoreError(
                                f"store has schema version {found}, this puerextract needs "
                                f"{SCHEMA_VERSION} and no migration exists from {found}: move "
                                "the file away or set PUEREXTRACT_STORE_URL to a new store",
                                self.url,
                            )
                        for sql in steps:
                            conn.exec_driver_sql(sql)
                        found += 1
                        conn.execute(update(schema_version).values(version=found))
                    _check_columns(conn, self.url)
            self._ready = True

    def schema_version(self) -> int | None:
        """The version recorded in the store (None before the first use)."""
        with self.engine.connect() as conn:
            if "schema_version" not in inspect(conn).get_table_names():
                return None
            return conn.execute(select(schema_version.c.version)).scalar()

    # ------------------------------------------------------------------ writes

    def upsert_paper(self, result: PaperResult) -> None:
        """Replace the paper's row, mentions and relations in one transaction."""
        self.ensure_schema()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            conn.execute(delete(mentions).where(mentions.c.paper_id == result.paper_id))
            conn.execute(delete(relations).where(relations.c.paper_id == result.paper_id))
            conn.execute(delete(papers).where(papers.c.id == result.paper_id))
            conn.execute(
                insert(papers).values(
                    id=result.paper_id,
                    path=result.path,
                    content_hash=result.content_hash,
                    rules_version=result.rules_version,
                    status="ok",
                    error=None,
                    n_mentions=len(result.mentions),
                    n_relations=len(result.relations),
                    processed_at=now,
                )
            )
            if result.mentions:
                conn.execute(insert(mentions), [_pick(m, MENTION_COLUMNS) for m in result.mentions])
            if result.relations:
                conn.execute(
                    insert(relations), [_pick(r, RELATION_COLUMNS) for r in result.relations]
                )

    def record_failure(
        self, paper_id: str, path: str, content_hash: str, rules_version: str, error: str
    ) -> None:
        """Record a failed paper (its earlier rows, if any, are removed: they are stale)."""
        self.ensure_schema()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            conn.execute(delete(mentions).where(mentions.c.paper_id == paper_id))
            conn.execute(delete(relations).where(relations.c.paper_id == paper_id))
            conn.execute(delete(papers).where(papers.c.id == paper_id))
            conn.execute(
                insert(papers).values(
                    id=paper_id,
                    path=path,
                    content_hash=content_hash,
                    rules_version=rules_version,
                    status="failed",
                    error=error,
                    n_mentions=0,
                    n_relations=0,
                    processed_at=now,
                )
            )

    # ------------------------------------------------------------------ reads

    def delete_paper(self, paper_id: str) -> None:
        """Remove a paper with its mentions and relations (one transaction)."""
        self.ensure_schema()
        with self.engine.begin() as conn:
            conn.execute(delete(mentions).where(mentions.c.paper_id == paper_id))
            conn.execute(delete(relations).where(relations.c.paper_id == paper_id))
            conn.execute(delete(papers).where(papers.c.id == paper_id))

    def paper_paths(self) -> dict[str, str]:
        """Paper id -> the path it was read from."""
        self.ensure_schema()
        with self.engine.connect() as conn:
            return dict(conn.execute(select(papers.c.id, papers.c.path)).all())

    def paper(self, paper_id: str) -> dict[str, Any] | None:
        """The paper's row as a dict, or None."""
        self.ensure_schema()
        with self.engine.connect() as conn:
            row = conn.execute(select(papers).where(papers.c.id == paper_id)).mappings().first()
            return dict(row) if row else None

    def is_current(
        self,
        paper_id: str,
        content_hash: str,
        rules_version: str,
        path: str | None = None,
        *,
        include_failed: bool = False,
    ) -> bool:
        """True when the paper is stored (``ok``; or ``failed`` too if asked) with this hash
        and rules version (and, if given, from this path)."""
        row = self.paper(paper_id)
        if row is None or row["content_hash"] != content_hash:
            return False
        if row["rules_version"] != rules_version:
            return False
        if path is not None and row["path"] != path:
            return False
        if row["status"] == "failed":  # a transient failure is tried again on the next run
            return include_failed and not retry_next_run(row["error"] or "")
        return row["status"] == "ok"

    def papers_table(self) -> pd.DataFrame:
        return self._frame(papers)

    def mentions_table(self) -> pd.DataFrame:
        return self._frame(mentions)

    def relations_table(self) -> pd.DataFrame:
        return self._frame(relations)

    def _frame(self, table: Table) -> pd.DataFrame:
        import pandas as pd

        self.ensure_schema()
        cols = [c for c in table.columns if c.name != "pk"]
        order = [c for c in cols if c.name in ("paper_id", "id")]
        order += [c for c in cols if c.name in ("mention_id", "relation_id")]
        with self.engine.connect() as conn:
            rows = conn.execute(select(*cols).order_by(*order)).mappings().all()
        return pd.DataFrame([dict(r) for r in rows], columns=[c.name for c in cols])

    def counts(self) -> dict[str, int]:
        """Row counts of papers (ok/failed), mentions and relations."""
        from sqlalchemy import func

        self.ensure_schema()
        with self.engine.connect() as conn:
            out = {
                "papers_ok": conn.execute(
                    select(func.count()).select_from(papers).where(papers.c.status == "ok")
                ).scalar_one(),
                "papers_failed": conn.execute(
                    select(func.count()).select_from(papers).where(papers.c.status == "failed")
                ).scalar_one(),
                "mentions": conn.execute(select(func.count()).select_from(mentions)).scalar_one(),
                "relations": conn.execute(select(func.count()).select_from(relations)).scalar_one(),
            }
        return out

    def dispose(self) -> None:
        self.engine.dispose()


def _pick(row: dict[str, Any], columns: Iterable[str]) -> dict[str, Any]:
    return {c: row.get(c) for c in columns}


_stores: dict[str, Store] = {}
_stores_lock = threading.Lock()


def open_store(url: str | None = None) -> Store:
    """A shared :class:`Store` for ``url`` (one engine per URL per process), schema checked."""
    url = url or default_url()
    with _stores_lock:
        store = _stores.get(url)
        if store is None:
            store = _stores[url] = Store(url)
    store.ensure_schema()
    return store


def close_stores() -> None:
    """Dispose every cached engine (tests, end of a run)."""
    with _stores_lock:
        for store in _stores.values():
            store.dispose()
        _stores.clear()
