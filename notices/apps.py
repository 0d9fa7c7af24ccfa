from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    """What a cohort's facilitators tell its members: messages to the cohort or a team,
    and moved sessions, each sent by email once and kept on the cohort page."""

    name = "notices"
    verbose_name = _("Messages to participants")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from cohorts.personal_data import cohort_expired, personal_data_requested

        from .moves import session_changes
        from .signal_handlers import forget_cohort, personal_data

        page_published.connect(session_changes, dispatch_uid="notices-session-changes")
        cohort_expired.connect(forget_cohort, dispatch_uid="notices-forget-cohort")
        personal_data_requested.connect(personal_data, dispatch_uid="notices-personal-data")
