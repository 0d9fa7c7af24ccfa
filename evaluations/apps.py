from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationsConfig(AppConfig):
    """Participants evaluate each session anonymously; facilitators and editors read the
    results per session and cohort."""

    name = "evaluations"
    verbose_name = _("Session evaluations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cohorts.personal_data import cohort_expired, personal_data_requested

        from .signal_handlers import forget_cohort, personal_data

        cohort_expired.connect(forget_cohort, dispatch_uid="evaluations-forget-cohort")
        personal_data_requested.connect(personal_data, dispatch_uid="evaluations-personal-data")
