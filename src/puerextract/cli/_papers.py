"""The per-file loop shared by the ingest and segment commands."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import PuerextractError

if TYPE_CHECKING:
    from ..model import Document


def each_paper(
    files: Iterable[Path], no_reflow: bool, handle: Callable[[Path, Document], None]
) -> int:
    """Ingest each file and hand it to ``handle``; a bad file prints one error line and the
    others go on. Returns the exit code: 1 when any file failed, else 0."""
    from ..ingest import ingest_file

    failed = 0
    for path in files:
        try:
            handle(path, ingest_file(path, reflow_lines=False if no_reflow else None))
        except PuerextractError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0
