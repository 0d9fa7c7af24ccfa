"""What a cohort page shows: the timeline, the next session and what to do before it."""

from django.utils import timezone

from .. import links
from ..localize import in_language
from ..pages import ModulePage, ReflectionTaskPage
from ..relations import children_in_language, tools_with_files
from .annual_wheel import wheel_context
from .calendar import local_zone
from .timeline import build_timeline


def shown_sessions(cohort):
    """The cohort's sessions, each with `shown_module` in the visitor's language."""
    sessions = list(cohort.sessions.select_related("module"))
    modules = in_language(
        ModulePage.objects.all(),
        [s.module.translation_key for s in sessions if s.module],
    )
    by_key = {m.translation_key: m for m in modules}
    for session in sessions:
        session.shown_module = session.module and by_key.get(session.module.translation_key)
    return sessions


def cohort_context(cohort, now=None):
    zone = local_zone()
    timeline = build_timeline(shown_sessions(cohort), now or timezone.now(), zone)
    for session in timeline.sessions:
        session.held = timeline.is_held(session)
    return {
        "timeline": timeline,
        "zone": zone.key,
        "tasks_since": tasks_of(timeline.previous, ReflectionTaskPage.BETWEEN),
        "tasks_before": tasks_of(timeline.next, ReflectionTaskPage.BEFORE),
        "wheel": wheel_context(timeline, zone),
    }


def period_tasks(cohort, now=None):
    """The current period's tasks (since the last session, before the next) without their
    tools: what each team's progress counts."""
    timeline = build_timeline(shown_sessions(cohort), now or timezone.now(), local_zone())
    return tasks_of(timeline.previous, ReflectionTaskPage.BETWEEN, tools=False) + tasks_of(
        timeline.next, ReflectionTaskPage.BEFORE, tools=False
    )


def tasks_of(session, timing, tools=True):
    """The module's tasks with this timing, each with `shown_tools` to download."""
    if session is None or session.module is None:
        return []
    module = session.module
    tasks = children_in_language(ReflectionTaskPage.objects.filter(timing=timing), module)
    if not tools:
        return tasks
    rows = links.TaskTool.objects.filter(
        page__translation_key__in=[t.translation_key for t in tasks]
    ).values_list("page__translation_key", "target__translation_key")
    tool_keys = {}
    for task_key, tool_key in rows:
        tool_keys.setdefault(task_key, {})[tool_key] = None  # ordered, without repeats
    tools = in_language(tools_with_files(), [key for _task, key in rows])
    tools = {t.translation_key: t for t in tools}
    for task in tasks:
        keys = tool_keys.get(task.translation_key, {})
        task.shown_tools = [tools[key] for key in keys if key in tools]
    return tasks
