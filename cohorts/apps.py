from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    """The people of a cohort: teams, facilitators, enrolment, registration, attendance.
    Personal data, kept apart from the published content in `programme`."""

    name = "cohorts"
    verbose_name = _("Cohorts and participants")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from pagecache.purges import purge_when_changed

        from . import access
        from .models import Cohort

        access.connect_page_deletion()
        purge_when_changed(Cohort)  # the programme page shows open registrations
