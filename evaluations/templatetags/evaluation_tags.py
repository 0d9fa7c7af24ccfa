"""On the cohort page: the evaluations a member can answer now, and the results link."""

from django import template
from django.utils import timezone

from cohorts.access import cohort_on_page, own_membership
from cohorts.attendance import sessions_of

from ..questions import is_open, may_answer
from ..views import may_read_results

register = template.Library()


@register.inclusion_tag("evaluations/includes/on_cohort_page.html", takes_context=True)
def session_evaluations(context, page):
    request = context["request"]
    cohort = request.user.is_authenticated and cohort_on_page(request, page)
    if not cohort:
        return {}
    now = timezone.now()
    own = own_membership(request, cohort)
    open_now = []
    if own is not None:
        open_now = [s for s in sessions_of(cohort) if is_open(s, now) and may_answer(own, s)]
    return {"cohort": cohort, "open_now": open_now, "results": may_read_results(request, cohort)}
