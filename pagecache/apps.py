from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PageCacheConfig(AppConfig):
    """The anonymous page cache, what pages share per cache generation, routing and
    shared fragments. Knows no page types: apps declare what purges it
    (`signal_handlers.purge_when_changed`)."""

    name = "pagecache"
    verbose_name = _("Page cache")

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
