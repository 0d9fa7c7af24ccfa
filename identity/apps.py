from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdentityConfig(AppConfig):
    """Signing in with the identity people already have (OpenID Connect): the links
    between a provider's subject and a Samling account, and the sign-in ways page."""

    name = "identity"
    verbose_name = _("Sign-in providers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cohorts.personal_data import personal_data_requested

        from .signal_handlers import personal_data

        personal_data_requested.connect(personal_data, dispatch_uid="identity-personal-data")
