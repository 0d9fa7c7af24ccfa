"""Where a logged-in participant belongs: the cohorts whose privacy admits their groups."""

from django.shortcuts import redirect

from ..localize import in_language
from .page import CohortPage


def cohorts_for(user):
    """Live cohorts restricted to one of the user's groups, in the visitor's language."""
    if not user.is_authenticated:
        return []
    keys = (
        CohortPage.objects.live()
        .filter(view_restrictions__groups__user=user)
        .values_list("translation_key", flat=True)
        .distinct()
    )
    return in_language(CohortPage.objects.all(), list(keys))


def my_cohort(request):
    """After login: straight to the participant's cohort, or the front page."""
    cohorts = cohorts_for(request.user)
    return redirect(cohorts[0].url if len(cohorts) == 1 else f"/{request.LANGUAGE_CODE}/")
