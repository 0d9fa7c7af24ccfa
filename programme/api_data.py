"""A page's links as plain data for the read API, in the page's own language: the same
relations the page shows, with absolute download URLs for tool files."""

from django.utils import translation

from . import relations


def absolute(page, url):
    """`url` (a document's) made absolute on `page`'s site."""
    site = page.get_site()
    return f"{site.root_url}{url}" if site and url.startswith("/") else url


def page_ref(page):
    return {"id": page.pk, "title": page.title, "url": page.get_full_url()}


def file_data(file, source):
    return {
        "title": file.document.title,
        "language": file.language,
        "format": file.format,
        "download_url": absolute(source, file.document.url),
    }


def tool_data(tool, source):
    files = relations.files_for_language(tool.files.all())
    return {**page_ref(tool), "files": [file_data(f, source) for f in files]}


def module_data(module):
    with translation.override(module.locale.language_code):
        return module_links(module, relations.module_context(module))


def module_links(module, context):
    tasks = relations.tasks_in(context["task_groups"])
    return {
        "goals": [{**page_ref(goal), "statement": goal.statement} for goal in context["goals"]],
        "tasks": [{**page_ref(task), "timing": task.timing} for task in tasks],
        "tools": [tool_data(tool, module) for tool in context["tools"]],
    }


def tool_files(tool):
    with translation.override(tool.locale.language_code):
        return tool_data(tool, tool)["files"]
