"""The code base stays ruff-clean (lint and format), checked with the suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _ruff() -> list[str]:
    exe = Path(sys.executable).with_name("ruff")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("ruff")
    if not found:
        pytest.fail("ruff is not installed (pip install -e '.[test]')")
    return [found]


def _targets() -> list[str]:
    return [p for p in ("src", "tests", "flows", "bench") if (ROOT / p).exists()]


def test_ruff_check():
    proc = subprocess.run(
        _ruff() + ["check", *_targets()], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_format():
    proc = subprocess.run(
        _ruff() + ["format", "--check", *_targets()], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
