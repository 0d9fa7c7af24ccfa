"""What each programme page lists: queries that stay constant in number as content grows.

Forward links come from the link rows on the page; reverse links ("which modules serve
this goal") are computed from the same rows, never typed twice.
"""

from itertools import groupby

from django.db.models import Prefetch, Q
from django.db.models.functions import Substr
from django.utils.translation import get_language

from wagtail.models import Page

from base.sql_rows import key_from_db
from pagecache.generation_cache import per_generation
from security.visibility import visible_q

from . import links, listing, snippets
from .listing import Links
from .localize import in_language, lean, linked_in_language, pick_versions
from .pages import (
    CompetenceGoalPage,
    ModulePage,
    ProgrammePage,
    ReflectionTaskPage,
    ToolFile,
    ToolIndexPage,
    ToolPage,
)
from .shared_results import SharedResultPage

STEP = Page.steplen  # characters of a tree path per level
PROGRAMME_TOOLS_SHOWN = 12


def below(queryset, page, field="path"):
    """Rows whose tree path (`field`) lies under `page` or any of its translations,
    filtered in the same query (the translations' paths are a subquery)."""
    group_paths = Page.objects.filter(translation_key=page.translation_key).values("path")
    prefix = Substr(field, 1, page.depth * STEP)
    return queryset.annotate(_group_path=prefix).filter(_group_path__in=group_paths)


def group_paths(*pages):
    """{translation key: tree paths of the page and its translations}, in one query."""
    rows = Page.objects.filter(translation_key__in=[p.translation_key for p in pages])
    paths = {}
    for key, path in rows.order_by("path").values_list("translation_key", "path"):
        paths.setdefault(key, []).append(path)
    return paths


def child_of_any(paths):
    """Children of the pages at `paths`, as tree ranges the path index can serve."""
    first, last = Page.alphabet[0] * STEP, Page.alphabet[-1] * STEP
    condition = Q()
    for path in paths:
        condition |= Q(path__range=(path + first, path + last))
    return condition


def children_in_language(queryset, parent, paths=None):
    """Live children of any version of `parent`, one per translation group, in the
    visitor's language where translated, ordered as in the source language's tree.
    `paths` are the tree paths of the parent's versions (read here when not given).

    Translations are created in the order they were translated (wagtail-localize #84),
    so the order comes from the first-created page of each group."""
    paths = paths or group_paths(parent)[parent.translation_key]
    rows = queryset.live().filter(child_of_any(paths), visible_q(), alias_of__isnull=True)
    rows = lean(rows)
    rows = list(rows.select_related("locale").order_by("pk"))
    first = {}
    for page in rows:
        first.setdefault(page.translation_key, page)
    chosen = pick_versions(rows)
    return sorted(chosen.values(), key=lambda page: first[page.translation_key].path)


def module_sequence(programme, paths=None):
    """The programme's modules in order, each with `shown_perspective` in the visitor's
    language (None where the module names no perspective). Every module page shows
    where it lies in the sequence, so it is read once per cache generation."""
    return per_generation(
        "modules",
        lambda: read_module_sequence(programme, paths),
        programme.translation_key,
        get_language(),
    )


def read_module_sequence(programme, paths):
    perspective_key = (
        "(SELECT th.translation_key FROM programme_theme th WHERE th.id = m.perspective_id)"
    )
    paths = paths or listing.group_paths(programme)[programme.translation_key]
    modules = listing.children_in_language(
        ModulePage, paths, extras=(("perspective_key", perspective_key),)
    )
    for module in modules:
        module.perspective_key = module.perspective_key and key_from_db(module.perspective_key)
    themes = listing.in_language(
        snippets.Theme, [m.perspective_key for m in modules if m.perspective_key]
    )
    by_key = {t.translation_key: t for t in themes}
    for module in modules:
        module.shown_perspective = by_key.get(module.perspective_key)
    return modules


def tools_with_files():
    """Tool pages with their files and the files' documents (one prefetch query)."""
    files = ToolFile.objects.select_related("document")
    return ToolPage.objects.prefetch_related(Prefetch("files", queryset=files))


def linked_tools(*link_sets, limit=None):
    """The tools named by the link rows, in the visitor's language, with their files."""
    return linked_in_language(tools_with_files(), *link_sets, limit=limit)


def shared_context(read, page, request):
    """read(page): what a page lists, the same for every visitor, read once per cache
    generation and language. Logged-in visitors, whom the page cache never serves,
    then pay only for what is theirs (ticked tasks, their cohort). A preview lists
    what the editor's draft links to, so it is read afresh."""
    if getattr(request, "is_preview", False):
        return read(page)
    return per_generation(read.__name__, lambda: read(page), page.pk, get_language())


def programme_context(programme):
    paths = listing.group_paths(programme)[programme.translation_key]
    modules = module_sequence(programme, paths)
    # A theme that a module takes as its perspective is shown with that module, once.
    perspectives = {m.perspective_key for m in modules}
    themes = listing.linked_in_language(snippets.Theme, Links.of(programme, "theme_links"))
    tool_rows = [Links.below(model, programme) for model in (links.ModuleTool, links.TaskTool)]
    library = listing.versions(
        ToolIndexPage, "p.locale_id = %s", [programme.locale_id], aliases=True
    )
    return {
        "modules": modules,
        "goals": listing.children_in_language(CompetenceGoalPage, paths),
        "results": listing.children_in_language(SharedResultPage, paths),
        "audience": listing.linked_in_language(
            snippets.AudienceRole, Links.of(programme, "audience_links")
        ),
        "themes": [theme for theme in themes if theme.translation_key not in perspectives],
        # A long programme names hundreds of tools: the first ones, then the library.
        "tools": listing.with_files(
            listing.linked_in_language(ToolPage, *tool_rows, limit=PROGRAMME_TOOLS_SHOWN)
        ),
        "library": library[0] if library else None,
    }


def module_context(module):
    programme = module.get_parent()  # title and URL only: no need for its specific page
    paths = listing.group_paths(programme, module)
    sequence = module_sequence(programme, paths[programme.translation_key])
    keys = [m.translation_key for m in sequence]
    index = keys.index(module.translation_key) if module.translation_key in keys else None
    tasks = listing.children_in_language(ReflectionTaskPage, paths[module.translation_key])
    task_tools = Links.of_pages(links.TaskTool, [task.pk for task in tasks])
    return {
        "programme": programme,
        "position": index + 1 if index is not None else None,
        "total": len(sequence),
        "previous_module": sequence[index - 1] if index else None,
        "next_module": sequence[index + 1]
        if index is not None and index + 1 < len(sequence)
        else None,
        "perspective": sequence[index].shown_perspective if index is not None else None,
        "task_groups": group_by_timing(tasks),
        "goals": listing.linked_in_language(CompetenceGoalPage, Links.of(module, "goal_links")),
        "tools": listing.with_files(
            listing.linked_in_language(ToolPage, Links.of(module, "tool_links"), task_tools)
        ),
    }


def group_by_timing(tasks):
    """[(timing label, [tasks])] in the order before, at, between sessions."""
    order = [value for value, _label in ReflectionTaskPage.TIMINGS]
    ordered = sorted(tasks, key=lambda t: order.index(t.timing))
    labels = dict(ReflectionTaskPage.TIMINGS)
    return [(labels[timing], list(group)) for timing, group in groupby(ordered, lambda t: t.timing)]


def tasks_in(task_groups):
    """The tasks of `group_by_timing`'s groups, in the same order."""
    return [task for _label, group in task_groups for task in group]


def task_context(task):
    module = task.get_parent().specific
    return {
        "module": module,
        "audience": linked_in_language(
            snippets.AudienceRole.objects.all(), task.audience_links.all()
        ),
        "tools": linked_tools(task.tool_links.all()),
    }


def modules_serving(goal):
    keys = (
        links.ModuleGoal.objects.filter(
            target__translation_key=goal.translation_key, page__live=True
        )
        .order_by("page__path")
        .values_list("page__translation_key", flat=True)
    )
    return in_language(ModulePage.objects.all(), keys)


def tool_context(tool):
    """The tool's files in the visitor's language first, and who uses the tool."""
    users = {}
    for model in (links.ModuleTool, links.TaskTool):
        users[model] = list(
            model.objects.filter(target__translation_key=tool.translation_key, page__live=True)
            .order_by("page__path")
            .values_list("page__translation_key", "page__path")
        )
    module_paths = [path for _key, path in users[links.ModuleTool]]
    task_paths = [path for _key, path in users[links.TaskTool]]
    programme_paths = {p[:-STEP] for p in module_paths} | {p[: -2 * STEP] for p in task_paths}
    programme_keys = (
        Page.objects.filter(path__in=programme_paths)
        .order_by("path")
        .values_list("translation_key", flat=True)
    )
    return {
        "files": files_for_language(tool.files.select_related("document")),
        "audience": linked_in_language(
            snippets.AudienceRole.objects.all(), tool.audience_links.all()
        ),
        "themes": linked_in_language(snippets.Theme.objects.all(), tool.theme_links.all()),
        "used_by_programmes": in_language(ProgrammePage.objects.all(), programme_keys),
        "used_by_modules": in_language(
            ModulePage.objects.all(), [k for k, _p in users[links.ModuleTool]]
        ),
        "used_by_tasks": in_language(
            ReflectionTaskPage.objects.all(), [k for k, _p in users[links.TaskTool]]
        ),
    }


def files_for_language(files, language=None):
    """Files with a document, those in the visitor's language first."""
    language = language or get_language()
    present = [f for f in files if f.document_id]
    return sorted(present, key=lambda f: f.language != language)
