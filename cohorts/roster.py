"""A cohort's teams with their members, roles in the reader's language and the reasons
each team breaks its programme's rules: what the cohort page and the facilitator's
screens show (names only to those who may see them)."""

from django.db.models import Prefetch

from programme.localize import in_language
from programme.snippets import AudienceRole

from .models import Membership
from .rules import rules_for, team_problems


def roster(cohort):
    """(teams, rules): each team with `shown_members`, `contact` and `problems`."""
    members = Membership.objects.select_related("user", "role")
    teams = list(cohort.teams.prefetch_related(Prefetch("members", queryset=members)))
    keys = {m.role.translation_key for t in teams for m in t.members.all() if m.role}
    roles = {r.translation_key: r for r in in_language(AudienceRole.objects.all(), list(keys))}
    rules = rules_for(cohort)
    for team in teams:
        team.shown_members = list(team.members.all())
        for member in team.shown_members:
            member.shown_role = member.role and roles.get(member.role.translation_key)
        team.contact = next((m for m in team.shown_members if m.is_contact), None)
        team.problems = team_problems(team.shown_members, rules)
    return teams, rules
