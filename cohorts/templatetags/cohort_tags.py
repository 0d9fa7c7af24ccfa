"""The cohort's people on the cohort page, open registrations on the programme page."""

from django import template
from django.utils import timezone, translation

from cohorts.access import looking_at
from cohorts.attendance import sessions_of, state_label
from cohorts.models import Cohort
from cohorts.registration import is_open
from cohorts.roster import roster
from programme.cohort_page.page import CohortPage

register = template.Library()


@register.inclusion_tag("cohorts/includes/cohort_people.html", takes_context=True)
def cohort_people(context, page):
    """Teams for members and facilitators: names and rule breaches for facilitators
    only; a participant sees the teams' roles, their own team and attendance."""
    request = context["request"]
    viewer = looking_at(request, page)
    if viewer is None:
        return {"shown": False}
    cohort, manager, own = viewer
    teams, _rules = roster(cohort)
    return {
        "shown": True,
        "cohort": cohort,
        "teams": teams,
        "manager": manager,
        "own": own,
        "own_sessions": own and own_attendance(cohort, own),
        "request": context["request"],
    }


def own_attendance(cohort, membership):
    """[(session, state label)] for the sessions held so far: present, absent, excused
    or not recorded."""
    states = dict(membership.attendance.values_list("session", "state"))
    now = timezone.now()
    return [(s, state_label(states.get(s.uid))) for s in sessions_of(cohort) if s.start <= now]


@register.inclusion_tag("cohorts/includes/open_registrations.html")
def open_registrations(programme):
    """The programme's cohorts that municipalities can register for now."""
    pages = CohortPage.objects.child_of(programme).live()
    cohorts = Cohort.objects.filter(page_key__in=pages.values("translation_key"))
    shown = [c for c in cohorts if is_open(c)]
    return {"cohorts": shown, "language": translation.get_language()}


@register.simple_tag(takes_context=True)
def facilitated_cohorts(context):
    user = context["request"].user
    if not user.is_authenticated:
        return []
    return list(user.facilitated_cohorts.all())
