"""sitemap.xml for both language trees, each page with its translations as hreflang
alternates (and x-default). The alternates come from one pass over all items, so the
number of queries does not grow with the pages."""

from functools import cached_property

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class BilingualSitemap(Sitemap):
    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_tree, alias_of__isnull=True)  # aliases repeat their original
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    @cached_property
    def versions(self):
        """translation key -> {language code: absolute URL} over all items."""
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        versions = {}
        for page in self.items():
            url = page.get_full_url(self.request)
            versions.setdefault(page.translation_key, {})[codes[page.locale_id]] = url
        return versions

    def alternates(self, page):
        versions = self.versions.get(page.translation_key, {})
        if len(versions) < 2:
            return []
        default = versions.get(settings.LANGUAGE_CODE) or next(iter(versions.values()))
        found = [{"lang_code": code, "location": url} for code, url in sorted(versions.items())]
        return [*found, {"lang_code": "x-default", "location": default}]

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            for info in item.get_sitemap_urls(self.request):
                urls.append({**info, "alternates": self.alternates(item)})
        last_mods = {url.get("lastmod") for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
