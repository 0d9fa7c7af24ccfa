from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "programme"
    verbose_name = _("Programmes")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from pagecache.page_cache import pages_read
        from pagecache.signal_handlers import purge_when_changed

        from .snippets import AudienceRole, Theme

        purge_when_changed(AudienceRole, Theme)
        from . import page_context  # noqa: F401  (the readers register what pages show)

        pages_read("q", "sort", "programme", "role", "theme", "format", "page")  # the tool library
