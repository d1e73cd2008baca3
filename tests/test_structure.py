"""The house stays walkable: no import cycle, the library never imports the CLI, no module
uses another's private names, no function over 60 lines (complexity: ruff's C901, 15)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "puerextract"
MAX_FUNCTION_LINES = 60


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(name: str, path: Path, modules: dict[str, Path]) -> list[tuple[str, list[str]]]:
    """(imported module, names imported from it) for every import, at any depth."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [a.name for a in node.names]
            subs = [f"{target}.{n}" for n in names if f"{target}.{n}" in modules]
            out += [(s, []) for s in subs] or [(target, names)]
        elif isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names]
    return [(t, n) for t, n in out if t in modules and t != name]


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {m: {t for t, _ in _imports(m, p, modules)} for m, p in modules.items()}


def _cycle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    stack = [(start, [start])]
    seen = set()
    while stack:
        node, path = stack.pop()
        for nxt in graph[node]:
            if nxt == start:
                return path + [start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, path + [nxt]))
    return None


def test_no_import_cycle():
    """Function-level imports count too: data flows one way."""
    graph = _graph()
    cycles = [c for m in sorted(graph) if (c := _cycle_from(m, graph))]
    assert not cycles, " ; ".join(" -> ".join(c) for c in cycles)


def test_library_does_not_import_the_cli():
    graph = _graph()
    bad = [
        (m, t)
        for m, targets in graph.items()
        for t in targets
        if t.startswith("puerextract.cli") and not m.startswith("puerextract.cli")
        and m != "puerextract.__main__"
    ]  # fmt: skip
    assert not bad


def test_no_module_uses_another_modules_private_names():
    modules = _modules()
    bad = [
        f"{m}: {n} from {t}"
        for m, p in modules.items()
        for t, names in _imports(m, p, modules)
        for n in names
        if n.startswith("_") and not n.startswith("__")
    ]
    assert not bad


def test_functions_are_short():
    long = []
    for folder in ("src", "flows", "bench", "scripts"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    lines = node.end_lineno - node.lineno + 1
                    if lines > MAX_FUNCTION_LINES:
                        long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} {lines}")
    assert not long


def test_readme_layout_lists_every_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    modules = [
        p.name for p in sorted(PACKAGE.glob("*.py")) if p.name not in ("__init__.py", "__main__.py")
    ]
    missing = [m for m in modules if f"| `src/puerextract/{m}` |" not in readme]
    assert not missing
