"""The reflection tasks a cohort works on: those of its sessions' modules, in the order
of the sessions and, within a module, of the programme's tree."""

from dataclasses import dataclass

from django.http import Http404

from programme.cohort_page.context import shown_sessions
from programme.localize import in_language
from programme.pages import ReflectionTaskPage
from programme.relations import children_in_language

INDIVIDUAL = "individual"


@dataclass
class SessionTasks:
    session: object
    module: object
    tasks: list


def cohort_tasks(page):
    """[SessionTasks] for a cohort page, the tasks in the visitor's language."""
    ordered = sorted(shown_sessions(page), key=lambda s: s.start)
    return [
        SessionTasks(
            s,
            s.shown_module,
            children_in_language(ReflectionTaskPage.objects.all(), s.shown_module),
        )
        for s in ordered
        if s.shown_module is not None
    ]


def task_of(page, task_key):
    """The task with this translation key in the visitor's language, or 404 where it is
    not a task of one of the cohort's modules (or not visible to the visitor)."""
    tasks = in_language(ReflectionTaskPage.objects.all(), [task_key])
    if not tasks:
        raise Http404
    modules = page.sessions.filter(module__isnull=False).values_list(
        "module__translation_key", flat=True
    )
    module = tasks[0].get_parent()
    if module.translation_key not in set(modules):
        raise Http404
    return tasks[0]


def is_team_task(task):
    """Tasks done alone keep a personal note; all others have one answer per team."""
    return task.working_form != INDIVIDUAL


def needs_text(task):
    """A task with questions asks for a written answer; one without may just be done."""
    return any(block.block_type == "question" for block in task.questions)
