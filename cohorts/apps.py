from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    """The people of a cohort: teams, facilitators, enrolment, registration, attendance.
    Personal data, kept apart from the published content in `programme`."""

    name = "cohorts"
    verbose_name = _("Cohorts and participants")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from pagecache.signal_handlers import purge_when_changed

        from . import signal_handlers
        from .models import Cohort

        signal_handlers.connect()
        purge_when_changed(Cohort)  # the programme page shows open registrations
