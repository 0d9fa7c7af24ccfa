from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RemindersConfig(AppConfig):
    """Emails before each session: to participants what to do and bring, to facilitators
    how their teams are doing. Sent by `manage.py send_session_reminders`, daily."""

    name = "reminders"
    verbose_name = _("Session reminders")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cohorts.personal_data import cohort_expired

        from .signal_handlers import forget_cohort

        cohort_expired.connect(forget_cohort, dispatch_uid="reminders-forget-cohort")
