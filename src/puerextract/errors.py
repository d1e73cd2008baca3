"""Errors that name the file (and line) and the problem, for one-line reports."""

from __future__ import annotations

from pathlib import Path


class PuerextractError(Exception):
    """A user-facing error: ``file:line: problem``. Never shown as a traceback by the CLI."""

    def __init__(self, problem: str, path: str | Path | None = None, line: int | None = None):
        self.problem = problem
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """``file:line: problem`` (the parts that are known)."""
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.problem}" if where else self.problem


class IngestError(PuerextractError):
    """A paper that cannot be read: empty, binary, undecodable, image-only PDF, too large."""


class BratError(PuerextractError):
    """A malformed brat ``.ann`` / ``.txt`` pair."""


class RuleError(PuerextractError):
    """A malformed rule, lexicon or pattern file."""
