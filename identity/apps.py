from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdentityConfig(AppConfig):
    """Signing in with the identity people already have (OpenID Connect): the links
    between a provider's subject and a Samling account, and the sign-in ways page."""

    name = "identity"
    verbose_name = _("Sign-in providers")
    default_auto_field = "django.db.models.BigAutoField"
