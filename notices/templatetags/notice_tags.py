"""A cohort's messages: on the cohort page for its members (theirs: the cohort's and
their team's) and facilitators (all, with how far each was sent)."""

from django import template
from django.db.models import Count, Q

from cohorts.access import looking_at

from ..models import Notice

register = template.Library()


def with_delivery(notices):
    return notices.annotate(
        total=Count("deliveries"),
        sent=Count("deliveries", filter=Q(deliveries__sent_at__isnull=False)),
        failed=Count("deliveries", filter=~Q(deliveries__error="")),
    )


def shown_notices(cohort, manager, own):
    notices = Notice.objects.filter(cohort=cohort).select_related("author", "team")
    if manager:
        return list(with_delivery(notices))
    return list(notices.filter(Q(team__isnull=True) | Q(team=own.team_id)))


@register.inclusion_tag("notices/includes/notice_list.html", takes_context=True)
def cohort_notices(context, page=None, cohort=None):
    """On the cohort page (`page`) or the facilitator's overview (`cohort`)."""
    request = context["request"]
    viewer = looking_at(request, page, cohort)
    if viewer is None:
        return {"shown": False}
    cohort, manager, own = viewer
    return {
        "shown": True,
        "cohort": cohort,
        "manager": manager,
        "notices": shown_notices(cohort, manager, own),
        "request": request,
    }
