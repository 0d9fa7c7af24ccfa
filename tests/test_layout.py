"""The code's layout: apps in layers that import downward only, no two apps (or modules)
importing each other at any depth, and no model looked up by name to hide an import.

Layers, from the bottom (README, "How the code is laid out"):

1. base: what every layer shares and no page type owns (base, pagecache, security);
2. content: the pages editors publish (programme, home);
3. services that read the content (discovery, editorial, terms, translation_memory, usage);
4. people: cohorts, teamwork, reminders, evaluations, notices,
   certificates;
5. top: the demo, the benchmark and the project's settings and URLs (demo, bench, cms).

An app may import its own layer's apps and those below. What a lower app needs from a
higher one arrives by a hook, a signal or a registry. Imports are read from the source
(function-level ones included); `apps.get_model("<app>", ...)` counts as an import of
that app's models.
"""

import ast
from pathlib import Path

import pytest

# Reads the source only.
pytestmark = pytest.mark.one_database

ROOT = Path(__file__).resolve().parent.parent
LAYERS = [
    ["base", "pagecache", "security"],
    ["programme", "home"],
    ["discovery", "editorial", "terms", "translation_memory", "usage"],
    ["cohorts", "teamwork", "reminders", "evaluations", "notices", "certificates", "identity"],
    ["demo", "bench", "cms"],
]
LAYER_OF = {app: number for number, apps in enumerate(LAYERS) for app in apps}
APPS = list(LAYER_OF)


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(node, package):
    """The dotted names an import statement (or a model lookup by name) reaches."""
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parts = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*parts, *([node.module] if node.module else [])])
        return [base, *(f"{base}.{alias.name}" for alias in node.names)]
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if lookup := model_lookup(node):
        return [f"{lookup}.models", lookup]
    return []


def model_lookup(node):
    """The app of `apps.get_model("app", "Model")` or `get_model("app.Model")`, or None."""
    if not (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "get_model"):
        return None
    first = node.args[0] if node.args else None
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value.split(".")[0]
    return None


def imports_of(path, modules):
    """The project's modules that `path` imports (or looks a model up in), anywhere in it."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        candidates = imported_names(node, package)
        found |= {c for c in candidates if c in modules and c != name}
    return found


def import_graph():
    paths = [p for app in APPS for p in (ROOT / app).rglob("*.py") if "migrations" not in p.parts]
    modules = {module_name(p): p for p in paths}
    return {name: imports_of(path, modules) for name, path in modules.items()}


def app_graph(graph):
    """{app: {app it imports: [one module-level import that shows it]}}"""
    apps = {app: {} for app in APPS}
    for name, targets in graph.items():
        for target in targets:
            source, goal = name.split(".")[0], target.split(".")[0]
            if source != goal:
                apps[source].setdefault(goal, f"{name} -> {target}")
    return apps


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


def test_no_two_apps_import_each_other_at_any_depth():
    apps = app_graph(import_graph())
    cycles = [cycle for app in apps if (cycle := cycle_from(apps, app))]
    assert cycles == []


def test_apps_import_their_own_layer_and_those_below_only():
    upward = [
        example
        for source, targets in app_graph(import_graph()).items()
        for goal, example in targets.items()
        if LAYER_OF[goal] > LAYER_OF[source]
    ]
    assert upward == []


def test_no_model_is_looked_up_by_name_across_apps():
    """A lookup by name is an import all the same (and the tests above count it as one);
    across apps it only hides the arrow, so it is not used at all."""
    found = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                lookup = model_lookup(node)
                if lookup in LAYER_OF and lookup != app:
                    found.append(f"{module_name(path)}: get_model({lookup!r}, ...)")
    assert found == []


def test_the_base_layer_knows_no_page_type():
    graph = import_graph()
    for name, targets in graph.items():
        if LAYER_OF[name.split(".")[0]] == 0:
            assert not {t for t in targets if LAYER_OF[t.split(".")[0]] > 0}, name


def test_every_app_is_in_a_layer():
    """A new app must be placed before it can import anything."""
    packages = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"tests"}
    assert packages - set(APPS) == set()


def connects_a_receiver(node):
    """`signal.connect(receiver, sender=..., dispatch_uid=...)` or `@receiver(signal)`."""
    if not isinstance(node, ast.Call):
        return False
    name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
    keywords = {k.arg for k in node.keywords}
    return name == "receiver" or (name == "connect" and bool(keywords & {"sender", "dispatch_uid"}))


def test_signal_receivers_are_connected_in_signal_handlers_or_ready():
    found = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts or path.stem in ("signal_handlers", "apps"):
                continue
            tree = ast.parse(path.read_text())
            found += [
                f"{module_name(path)}:{n.lineno}" for n in ast.walk(tree) if connects_a_receiver(n)
            ]
    assert found == []
