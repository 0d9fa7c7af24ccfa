"""The code's layout: no module imports another that imports it back (at any depth,
function-level imports included), and the page cache knows no page types."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = [
    "cms",
    "cohorts",
    "discovery",
    "editorial",
    "evaluations",
    "home",
    "pagecache",
    "programme",
    "reminders",
    "security",
    "teamwork",
]


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path, modules):
    """The project's modules that `path` imports, anywhere in it."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            candidates = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        else:
            continue
        found |= {c for c in candidates if c in modules and c != name}
    return found


def import_graph():
    paths = [p for app in APPS for p in (ROOT / app).rglob("*.py") if "migrations" not in p.parts]
    modules = {module_name(p): p for p in paths}
    return {name: imports_of(path, modules) for name, path in modules.items()}


def cycle_from(graph, start):
    """A path of imports from `start` back to itself, or None."""
    stack, seen = [(start, [start])], set()
    while stack:
        node, path = stack.pop()
        for target in graph[node]:
            if target == start:
                return [*path, start]
            if target not in seen:
                seen.add(target)
                stack.append((target, [*path, target]))
    return None


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph()
    cycles = [cycle for name in graph if (cycle := cycle_from(graph, name))]
    assert cycles == []


def test_the_page_cache_knows_no_page_types():
    graph = import_graph()
    for name, targets in graph.items():
        if name.startswith("pagecache"):
            assert not {t for t in targets if t.startswith(("programme", "discovery"))}, name
