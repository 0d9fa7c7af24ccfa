"""Helpers for the tests of the work between sessions (team answers, evaluations,
reminders, shared results) on the demo's ABSOLUTT cohort."""

from django.urls import reverse
from django.utils import translation

from programme.pages import ReflectionTaskPage


def task(slug, language="nb"):
    return ReflectionTaskPage.objects.get(slug=slug, locale__language_code=language)


def task_url(cohort, slug, language="nb"):
    with translation.override(language):
        return reverse("teamwork:task", args=[cohort.pk, task(slug).translation_key])


def member(cohort, username):
    return cohort.memberships.select_related("team", "user").get(user__username=username)
