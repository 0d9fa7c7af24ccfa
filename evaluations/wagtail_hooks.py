"""Editors reach a cohort's evaluation results from its page in the admin."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from cohorts.models import Cohort


@hooks.register("register_page_header_buttons")
def results_button(page, user, view_name, next_url=None):
    from programme.cohort_page.page import CohortPage

    if not isinstance(page.specific_deferred, CohortPage):
        return
    cohort = Cohort.objects.filter(page_key=page.translation_key).first()
    if cohort is None or not page.permissions_for_user(user).can_edit():
        return
    with translation.override(page.locale.language_code):
        url = reverse("evaluations:results", args=[cohort.pk])
    yield Button(_("Evaluation results"), url, icon_name="table", priority=60)
