"""``puerextract browse``: open the store in Datasette (the optional ``browse`` extra)."""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("browse", help="browse the store in Datasette (facets, canned queries)")
    p.add_argument(
        "--store-url", help="SQLAlchemy URL (default: PUEREXTRACT_STORE_URL or out/store.sqlite)"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to serve on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8001, help="port (default 8001)")
    p.add_argument("--no-open", action="store_true", help="do not open a web browser")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if importlib.util.find_spec("datasette") is None:
        print(
            "error: browse needs Datasette, an optional extra: pip install 'puerextract[browse]'",
            file=sys.stderr,
        )
        return 2
    from ..browse import build_browse_db, metadata
    from ..store import default_url, open_store

    store = open_store(args.store_url or default_url())
    store.ensure_schema()
    with tempfile.TemporaryDirectory(prefix="puerextract-browse-") as tmp:
        db = build_browse_db(store, Path(tmp) / "results.db")
        meta = Path(tmp) / "metadata.json"
        meta.write_text(json.dumps(metadata(db.stem), ensure_ascii=False), encoding="utf-8")
        cmd = [sys.executable, "-m", "datasette", "serve", str(db), "--metadata", str(meta),
               "--host", args.host, "--port", str(args.port)]  # fmt: skip
        if not args.no_open:
            cmd.append("--open")
        print(f"browsing {store.url} at http://{args.host}:{args.port}/ (Ctrl-C stops)")
        return _serve(cmd)


def _serve(cmd: list[str]) -> int:
    """Run Datasette until it ends or this command is stopped (Ctrl-C, SIGTERM); the server
    never outlives the command (it dies with its parent, and is stopped on the way out)."""
    import signal

    from ..worker import die_with_parent

    server = subprocess.Popen(cmd, preexec_fn=die_with_parent)  # noqa: PLW1509
    previous = signal.signal(signal.SIGTERM, lambda *_: server.terminate())
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.terminate()
        server.wait(timeout=30)
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
