"""Team work on the cohort page: each team's progress, the own team's answers by the
tasks of the period, and the workbook."""

from dataclasses import dataclass, field

from django import template

from cohorts.access import cohort_on_page, manages, own_membership

from ..progress import own_answers, team_progress
from ..tasks import is_team_task

register = template.Library()


@dataclass
class TeamWork:
    cohort: object = None
    own: object = None
    manager: bool = False
    progress: list = field(default_factory=list)

    @property
    def shown(self):
        return self.cohort is not None


@register.simple_tag(takes_context=True)
def team_work(context, page, tasks):
    """The cohort's team work for the visitor; each task in `tasks` gets `team_task`
    and, for a member, `team_answer` (their team's answer or None)."""
    request = context["request"]
    cohort = request.user.is_authenticated and cohort_on_page(request, page)
    if not cohort:
        return TeamWork()
    own = own_membership(request, cohort)
    manager = manages(request, cohort)
    if own is None and not manager:
        return TeamWork()
    answers = own_answers(own.team, tasks) if own else {}
    for task in tasks:
        task.team_task = is_team_task(task)
        task.team_answer = answers.get(task.translation_key)
    progress = team_progress(cohort, tasks, own and own.team_id)
    return TeamWork(cohort, own, manager, progress)
