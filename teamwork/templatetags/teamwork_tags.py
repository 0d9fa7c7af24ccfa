"""Team work on the cohort page: each team's progress, the own team's answers by the
tasks of the period, and the workbook."""

from dataclasses import dataclass, field

from django import template
from django.utils import translation

from cohorts.access import cohort_on_page, manages, own_membership

from ..progress import own_answers, team_progress, work_done
from ..tasks import is_team_task, needs_text

register = template.Library()


@dataclass
class TeamWork:
    cohort: object = None
    own: object = None
    manager: bool = False
    progress: list = field(default_factory=list)
    own_done: int = 0  # of the tasks, those done for the member (progress.WorkDone)

    @property
    def shown(self):
        return self.cohort is not None


@register.simple_tag(takes_context=True)
def team_work(context, page, tasks):
    """The cohort's team work for the visitor; each task in `tasks` gets `team_task`,
    `needs_text` and, for a member, `team_answer` (their team's answer or None) and
    `done` (by the one rule of teamwork.progress)."""
    request = context["request"]
    cohort = request.user.is_authenticated and cohort_on_page(request, page)
    if not cohort:
        return TeamWork()
    own = own_membership(request, cohort)
    manager = manages(request, cohort)
    if own is None and not manager:
        return TeamWork()
    answers = own_answers(own.team, tasks) if own else {}
    done = work_done(cohort, tasks)
    for task in tasks:
        task.team_task = is_team_task(task)
        task.needs_text = needs_text(task)
        task.team_answer = answers.get(task.translation_key)
        task.done = bool(own) and done.by_member(task, own.team_id, own.user_id)
    progress = team_progress(cohort, tasks, own and own.team_id, done=done)
    return TeamWork(cohort, own, manager, progress, sum(task.done for task in tasks))


@register.simple_tag
def period_progress(cohort):
    """[TeamProgress] of the current period's tasks, for the facilitator's overview."""
    from programme.cohort_page.context import period_tasks

    return team_progress(cohort, period_tasks(cohort.page_in(translation.get_language())))
