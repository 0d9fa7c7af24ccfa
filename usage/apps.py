from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UsageConfig(AppConfig):
    """What editors learn from the site's use: downloads and searches, counted per day."""

    name = "usage"
    verbose_name = _("Use of the site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
