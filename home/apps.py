from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from pagecache.signal_handlers import purge_when_changed

        from . import signal_handlers
        from .brand import BrandSettings

        signal_handlers.connect()
        purge_when_changed(BrandSettings)  # every page shows the brand
