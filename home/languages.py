"""Which language versions of a page exist, for the switcher and hreflang alternates.

Results are kept on the request: the header, the switcher and the alternates all ask.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Locale, Page, Site


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool
    missing: bool  # the page has no version in this language: the url is that language's home


def is_untranslated_alias(page):
    """A page that locale sync copied from another language and nobody has translated yet."""
    return bool(page and page.alias_of_id and page.alias_of.locale_id != page.locale_id)


def real_translations(page):
    """Live translations of `page` (itself included) keyed by language code, aliases left out."""
    if page is None:
        return {}
    pages = (
        Page.objects.filter(translation_key=page.translation_key, live=True, alias_of__isnull=True)
        .select_related("locale")
        .public()
    )
    return {p.locale.language_code: p for p in pages}


def home_pages(request):
    """The live home page of each language, keyed by language code."""
    if not hasattr(request, "_samling_home_pages"):
        site = Site.find_for_request(request)
        pages = []
        if site is not None:
            pages = Page.objects.filter(
                translation_key=site.root_page.translation_key, live=True
            ).select_related("locale")
        request._samling_home_pages = {p.locale.language_code: p for p in pages}
    return request._samling_home_pages


def current_home_page(request):
    homes = home_pages(request)
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


def language_versions(request, page):
    """One entry per configured language: the page's translation, or that language's home."""
    memo = request.__dict__.setdefault("_samling_language_versions", {})
    key = (page.pk if page else None, get_language())
    if key not in memo:
        memo[key] = _language_versions(request, page)
    return memo[key]


def _language_versions(request, page):
    current = get_language()
    translations = real_translations(page)
    homes = home_pages(request)
    versions = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        versions.append(
            LanguageVersion(
                code=code,
                name=name,
                url=target.get_url(request),
                is_current=code == current,
                missing=page is not None and code not in translations,
            )
        )
    return versions


def default_language_code():
    return Locale.get_default().language_code
