"""Export scispaCy's English tokenizer rules to the package data (needs spaCy and scispaCy).

    python scripts/build_tokenizer_rules.py

Writes ``src/puerextract/data/tokenizer/scispacy_en.json``, read by
``puerextract.rule_tokenizer``; a test fails when the installed spaCy or scispaCy would give
other rules, naming this command.
"""

from __future__ import annotations

import json
from pathlib import Path

from puerextract.rule_tokenizer import RULES_FILE, export_rules

OUT = Path(__file__).resolve().parents[1] / "src" / "puerextract" / RULES_FILE


def main() -> None:
    """Write the rules file."""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(export_rules(), ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
