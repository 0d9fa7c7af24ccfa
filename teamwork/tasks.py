"""The reflection tasks a cohort works on: those of its sessions' modules, in the order
of the sessions and, within a module, of the programme's tree."""

from dataclasses import dataclass

from django.http import Http404

from programme.cohort_context import shown_sessions
from programme.page_types import page_type
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
    task_model = page_type("ReflectionTaskPage")
    return [
        SessionTasks(
            s, s.shown_module, children_in_language(task_model.objects.all(), s.shown_module)
        )
        for s in ordered
        if s.shown_module is not None
    ]


def task_of(page, task_key):
    """The cohort's task with this translation key, or 404."""
    for part in cohort_tasks(page):
        for task in part.tasks:
            if task.translation_key == task_key:
                return task
    raise Http404


def is_team_task(task):
    """Tasks done alone keep a personal note; all others have one answer per team."""
    return task.working_form != INDIVIDUAL
