from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationMemoryConfig(AppConfig):
    name = "translation_memory"
    verbose_name = _("Translation memory")

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
