from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    name = "discovery"
    verbose_name = _("Search and discovery")

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from pagecache.page_cache import pages_read
        from pagecache.signal_handlers import purge_when_changed

        purge_when_changed(SearchPromotion)  # editors' picks show on the search page
        pages_read("q", "programme", "type", "page")  # the search page
