"""The layout's rules that import-linter cannot state: no import cycles at any depth, pages without SQL."""

from __future__ import annotations

import ast

import grimp

from .conftest import ROOT

# In-function imports kept on purpose: the CLI loads heavy parts only for the command that needs them.
LAZY_OK = {"sse_match/cli.py"}


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.find_modules_directly_imported_by(v):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles_at_any_depth(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT))
    graph = grimp.build_graph("sse_match")  # includes imports inside functions
    assert _cycles(graph) == []


def test_imports_inside_functions_only_where_they_save_start_up():
    offenders = []
    for path in sorted((ROOT / "sse_match").rglob("*.py")) + sorted((ROOT / "pages").glob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in LAZY_OK or "/migrations/" in rel:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("sse_match"):
                        offenders.append(f"{rel}:{inner.lineno}")
    assert offenders == []


def test_pages_run_no_sql():
    for path in sorted((ROOT / "pages").glob("*.py")) + [ROOT / "app.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        modules |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not any((m or "").startswith("sqlalchemy") for m in modules), path.name


def test_every_name_a_page_uses_is_public_in_its_subpackage():
    import importlib

    missing = []
    for path in sorted((ROOT / "pages").glob("*.py")) + [ROOT / "app.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bound = {a.asname or a.name: a.name for n in ast.walk(tree)
                 if isinstance(n, ast.ImportFrom) and n.module == "sse_match" for a in n.names}
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in bound:
                module = importlib.import_module(f"sse_match.{bound[node.value.id]}")
                if not hasattr(module, node.attr):
                    missing.append(f"{path.name}:{node.lineno} {node.value.id}.{node.attr}")
    assert missing == []
