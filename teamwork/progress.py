"""What "done" means, everywhere it is counted (the cohort page, the facilitator's
overview, reminders, the workbook): a team task is done when the team has saved an
answer (text or files) or, for a task that asks for no text, a member marked it done for
the team; a task done alone is done for a member who ticked it, and for a team when
every member did."""

from dataclasses import dataclass

from django.db.models import Q

from cohorts.models import Membership
from programme.cohort_page.checklist import TaskTick

from .models import TeamAnswer
from .tasks import is_team_task

DONE = Q(answered=True) | Q(marked_done_at__isnull=False)


@dataclass
class TeamProgress:
    team: object
    done: int
    total: int
    own: bool

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0


@dataclass
class WorkDone:
    """What a cohort's teams have answered and its people have ticked of some tasks."""

    answered: set  # (team id, task key) of the team tasks done
    ticked: set  # (user id, task key) of the ticks

    def by_member(self, task, team_id, user_id):
        """Done for a member: their team has answered it, or (done alone) they ticked it."""
        if is_team_task(task):
            return (team_id, task.translation_key) in self.answered
        return (user_id, task.translation_key) in self.ticked

    def by_team(self, task, team_id, user_ids):
        """Done for a team: answered, or (done alone) ticked by every member."""
        if is_team_task(task):
            return (team_id, task.translation_key) in self.answered
        return bool(user_ids) and all(self.by_member(task, team_id, u) for u in user_ids)


def work_done(cohort, tasks):
    """WorkDone for `tasks` in `cohort`, in two queries."""
    keys = [t.translation_key for t in tasks]
    answered = (
        TeamAnswer.objects.filter(team__cohort=cohort, task_key__in=keys)
        .filter(DONE)
        .values_list("team_id", "task_key")
    )
    ticked = TaskTick.objects.filter(
        task_key__in=keys, user__memberships__cohort=cohort
    ).values_list("user_id", "task_key")
    return WorkDone(set(answered), set(ticked))


def team_progress(cohort, tasks, own_team_id=None, done=None):
    """[TeamProgress] per team of the cohort, in four queries (two with `done` given)."""
    done = done or work_done(cohort, tasks)
    members = {}
    for team_id, user_id in Membership.objects.filter(cohort=cohort).values_list(
        "team_id", "user_id"
    ):
        members.setdefault(team_id, []).append(user_id)
    rows = []
    for team in cohort.teams.all():
        users = members.get(team.pk, [])
        count = sum(done.by_team(task, team.pk, users) for task in tasks)
        rows.append(TeamProgress(team, count, len(tasks), team.pk == own_team_id))
    return rows


def own_answers(team, tasks):
    """The team's answers to `tasks`, by task key (one query)."""
    keys = [t.translation_key for t in tasks]
    found = TeamAnswer.objects.filter(team=team, task_key__in=keys).select_related("updated_by")
    return {answer.task_key: answer for answer in found}
