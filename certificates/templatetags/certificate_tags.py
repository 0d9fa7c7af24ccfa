"""The certificate's download on the cohort page, and the cohort's certificates on the
facilitator's overview."""

from django import template

from cohorts.access import cohort_on_page, own_membership
from cohorts.models import Attendance

register = template.Library()


@register.inclusion_tag("certificates/includes/own.html", takes_context=True)
def certificate_link(context, page):
    """For a member who has attended a session."""
    request = context["request"]
    cohort = request.user.is_authenticated and cohort_on_page(request, page)
    membership = cohort and own_membership(request, cohort)
    if not membership:
        return {"shown": False}
    came = membership.attendance.filter(state=Attendance.PRESENT).exists()
    return {"shown": came, "cohort": cohort}


@register.inclusion_tag("certificates/includes/cohort.html")
def cohort_certificates(cohort):
    return {"cohort": cohort, "certificates": list(cohort.certificates.all()[:200])}
