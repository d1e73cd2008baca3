#!/usr/bin/env bash
# Set up (or update) the project's virtual environment in .venv: Python packages from the
# registry, the project itself (editable), and Debian's chromium and a CJK font for the report tests.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
stamp=.venv/.puerextract-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e '.[test,bench,browse]'
    touch "$stamp"
fi
# Debian packages for the report tests: chromium (headless browser) and a CJK font, without
# which Chinese renders as boxes. Installed as root where missing.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's ${missing[*]} (for the HTML report tests)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) \
        || echo "setup: ${missing[*]} could not be installed; the browser tests will say so"
fi
