"""Which language versions of a page exist, for the switcher and hreflang alternates."""

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
    """The home page of each language, keyed by language code."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    pages = Page.objects.filter(translation_key=site.root_page.translation_key, live=True)
    return {p.locale.language_code: p for p in pages.select_related("locale")}


def language_versions(request, page):
    """One entry per configured language: the page's translation, or that language's home."""
    current = get_language()
    translations = real_translations(page)
    homes = home_pages(request)
    versions = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        fallback = homes.get(code)
        if target is None and fallback is None:
            continue
        versions.append(
            LanguageVersion(
                code=code,
                name=name,
                url=(target or fallback).get_url(request),
                is_current=code == current,
                missing=page is not None and target is None,
            )
        )
    return versions


def default_language_code():
    return Locale.get_default().language_code
