"""How far each team has come with the tasks of the current period: a team task is done
when the team has written an answer, a task done alone when every member ticked it."""

from dataclasses import dataclass

from cohorts.models import Membership
from programme.checklist import TaskTick

from .models import TeamAnswer
from .tasks import is_team_task


@dataclass
class TeamProgress:
    team: object
    done: int
    total: int
    own: bool

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0


def team_progress(cohort, tasks, own_team_id=None):
    """[TeamProgress] per team of the cohort, in three queries."""
    team_keys = [t.translation_key for t in tasks if is_team_task(t)]
    solo_keys = [t.translation_key for t in tasks if not is_team_task(t)]
    answered = set(
        TeamAnswer.objects.filter(team__cohort=cohort, task_key__in=team_keys)
        .exclude(text="")
        .values_list("team_id", "task_key")
    )
    members = {}
    for team_id, user_id in Membership.objects.filter(cohort=cohort).values_list(
        "team_id", "user_id"
    ):
        members.setdefault(team_id, []).append(user_id)
    ticks = set(
        TaskTick.objects.filter(
            task_key__in=solo_keys, user__memberships__cohort=cohort
        ).values_list("user_id", "task_key")
    )
    rows = []
    for team in cohort.teams.all():
        users = members.get(team.pk, [])
        done = sum((team.pk, key) in answered for key in team_keys)
        done += sum(bool(users) and all((u, key) in ticks for u in users) for key in solo_keys)
        rows.append(TeamProgress(team, done, len(tasks), team.pk == own_team_id))
    return rows


def own_answers(team, tasks):
    """The team's answers to `tasks`, by task key (one query)."""
    keys = [t.translation_key for t in tasks]
    found = TeamAnswer.objects.filter(team=team, task_key__in=keys).select_related("updated_by")
    return {answer.task_key: answer for answer in found}
