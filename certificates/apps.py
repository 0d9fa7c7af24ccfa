from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Proof of participation: a certificate per participant, in the cohort's language,
    that anyone can verify at its address, and that a facilitator can withdraw."""

    name = "certificates"
    verbose_name = _("Certificates of participation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cohorts.personal_data import cohort_expired, personal_data_requested

        from .signal_handlers import forget_cohort, personal_data

        cohort_expired.connect(forget_cohort, dispatch_uid="certificates-forget-cohort")
        personal_data_requested.connect(personal_data, dispatch_uid="certificates-personal-data")
