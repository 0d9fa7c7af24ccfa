from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Headers (CSP), login lockout, write failures, upload file names, bad requests
    and which pages a visitor may see listed."""

    name = "security"
    verbose_name = _("Security")
