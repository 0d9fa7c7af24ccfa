"""The readers' answers to `programme.page_readers`, per page type: what each page shows
beyond its own fields. Imported by the app's `ready()`, after the models."""

from django.http import Http404

from . import api_data, bundle, relations, tool_library
from .cohort_page.checklist import ticked_keys
from .page_readers import api_fields, context, subpage
from .pages import (
    CompetenceGoalPage,
    ModulePage,
    ProgrammePage,
    ReflectionTaskPage,
    ToolIndexPage,
    ToolPage,
)
from .tool_feed import ToolFeed


@context.register
def _(page: ProgrammePage, request):
    return relations.shared_context(relations.programme_context, page, request)


@context.register
def _(page: ModulePage, request):
    found = relations.shared_context(bundle.module_context_with_bundle, page, request)
    return {**found, "ticked": ticked_keys(request.user, relations.tasks_in(found["task_groups"]))}


@context.register
def _(page: CompetenceGoalPage, request):
    return {"modules": relations.modules_serving(page)}


@context.register
def _(page: ReflectionTaskPage, request):
    return {
        **relations.shared_context(relations.task_context, page, request),
        "ticked": ticked_keys(request.user, [page]),
    }


@context.register
def _(page: ToolIndexPage, request):
    return tool_library.tool_library_context(page, request.GET)


@context.register
def _(page: ToolPage, request):
    return relations.shared_context(relations.tool_context, page, request)


@subpage.register
def _(page: ModulePage, request):
    """All the session's tool files as one zip, in the visitor's language."""
    tools = relations.shared_context(bundle.module_context_with_bundle, page, request)["tools"]
    files = bundle.bundle_files(tools, request)
    if not files:
        raise Http404
    return bundle.zip_response(files, f"{page.slug}-verktoy.zip")


@subpage.register
def _(page: ToolIndexPage, request):
    return ToolFeed()(request, index=page)


@api_fields.register
def _(page: ModulePage):
    return api_data.module_data(page)


@api_fields.register
def _(page: ToolPage):
    return api_data.tool_files(page)
