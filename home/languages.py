"""Which language versions of a page exist, for the switcher and hreflang alternates.

Results are kept on the request: the header, the switcher and the alternates all ask.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from base.sql_rows import PAGE_COLUMNS, Reader, keys_param, placeholders
from pagecache.generation_cache import find_site, per_generation
from security.visibility import visible_sql

from .models import InformationPage


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool
    missing: bool  # no version in this language: the url is the nearest page that has one


def is_untranslated_alias(page):
    """A page that locale sync copied from another language and nobody has translated yet."""
    return bool(page and page.alias_of_id and page.alias_of.locale_id != page.locale_id)


@dataclass(frozen=True)
class HeaderPages:
    """What every page's header and head need from the tree, read in one query."""

    homes: dict  # {language code: live home page}
    translations: dict  # {language code: public live translation of the page}
    nearest: dict  # {language code: the deepest ancestor's translation the visitor may see}
    menu: list  # public live children of the home pages marked "show in menus"
    footer: list  # their information pages not in the menu (accessibility statement…)

    def menu_under(self, home):
        return [p for p in self.menu if p.path.startswith(home.path)]

    def footer_under(self, home):
        return [p for p in self.footer if p.path.startswith(home.path)]


def header_pages(request, page):
    """HeaderPages for `page` (or None), read once per request and cache generation."""
    memo = request.__dict__.setdefault("_samling_header_pages", {})
    key = page.pk if page is not None else None
    if key not in memo:
        site = find_site(request)
        page_key = page.translation_key if page is not None else None
        memo[key] = per_generation(
            "header", lambda: read_header_pages(site, page), site and site.pk, page_key
        )
    return memo[key]


HEADER_READER = Reader(Page, PAGE_COLUMNS, with_locale=True, extras=["part"])


def read_header_pages(site, page):
    if site is None:
        return HeaderPages({}, {}, {}, [], [])
    root = site.root_page
    home_key = root.translation_key
    keys = [home_key] + ([page.translation_key] if page is not None else [])
    found = HEADER_READER.read(*header_statement(root, keys, ancestor_paths(page, root)))
    own = [p for p in found if p.part == 1]
    information = ContentType.objects.get_for_model(InformationPage).pk  # cached per process
    return HeaderPages(
        homes={p.locale.language_code: p for p in own if p.translation_key == home_key},
        translations={
            p.locale.language_code: p
            for p in own
            if page is not None and p.translation_key == page.translation_key and not p.alias_of_id
        },
        nearest=deepest_by_language(p for p in found if p.part == 2 and not p.alias_of_id),
        menu=[p for p in found if p.part == 0 and p.show_in_menus],
        footer=[
            p
            for p in found
            if p.part == 0 and p.content_type_id == information and not p.show_in_menus
        ],
    )


def header_statement(root, keys, ancestors):
    """(sql, params): the header's pages in one statement of index-friendly parts (an
    OR of them makes SQLite scan), each row marked with the part it answers: the home
    pages' children for the main menu and the footer (0), the home pages and the page's
    versions (1), the versions of the page's ancestors (2). Public and live pages only,
    less the restrictions the visitor passes (security.visibility)."""
    visible, visible_params = visible_sql("p")
    columns = ", ".join(f"p.{name}" for name in PAGE_COLUMNS)
    select = (
        f"SELECT {columns}, l.language_code, %s FROM wagtailcore_page p"
        " INNER JOIN wagtailcore_locale l ON l.id = p.locale_id"
        f" WHERE p.live = %s AND {visible} AND "
    )
    information = ContentType.objects.get_for_model(InformationPage).pk
    parts = [
        (
            "(p.show_in_menus = %s OR p.content_type_id = %s) AND p.depth = %s"
            f" AND SUBSTR(p.path, 1, {len(root.path)}) IN"
            " (SELECT h.path FROM wagtailcore_page h WHERE h.translation_key = %s)",
            [True, information, root.depth + 1, *keys_param([root.translation_key])],
        ),
        (f"p.translation_key IN ({placeholders(keys)})", keys_param(keys)),
    ]
    if ancestors:
        parts.append(
            (
                "p.translation_key IN (SELECT a.translation_key FROM wagtailcore_page a"
                f" WHERE a.path IN ({placeholders(ancestors)}))",
                ancestors,
            )
        )
    sql = " UNION ALL ".join(select + condition for condition, _params in parts)
    params = []
    for number, (_condition, condition_params) in enumerate(parts):
        params += [number, True, *visible_params, *condition_params]
    return sql + " ORDER BY 2", params


def ancestor_paths(page, root):
    """The tree paths of the pages between `page` and its language's home page (at the
    site root's depth: each language's home is a sibling of the root)."""
    if page is None:
        return []
    step = Page.steplen
    return [page.path[: step * depth] for depth in range(root.depth + 1, page.depth)]


def deepest_by_language(pages):
    deepest = {}
    for found in pages:
        code = found.locale.language_code
        if code not in deepest or found.depth > deepest[code].depth:
            deepest[code] = found
    return deepest


def current_home_page(request, page=None):
    homes = header_pages(request, page).homes
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


def language_versions(request, page):
    """One entry per configured language: the page's translation, or the nearest page
    above it in that language (its section, its programme, the home page)."""
    memo = request.__dict__.setdefault("_samling_language_versions", {})
    key = (page.pk if page else None, get_language())
    if key not in memo:
        memo[key] = _language_versions(request, page)
    return memo[key]


def _language_versions(request, page):
    current = get_language()
    header = header_pages(request, page)
    homes, translations, nearest = header.homes, header.translations, header.nearest
    versions = []
    same_view = page is None and own_view(request)
    for code, name in settings.LANGUAGES:
        # Where the page has no version the visitor may see: its nearest section that has.
        target = translations.get(code) or nearest.get(code) or homes.get(code)
        if target is None:
            continue
        versions.append(
            LanguageVersion(
                code=code,
                name=name,
                url=translate_url(request.get_full_path(), code)
                if same_view
                else target.get_url(request),
                is_current=code == current,
                missing=page is not None and code not in translations,
            )
        )
    return versions


def own_view(request):
    """A view of ours under /nb/ and /da/ (search, a facilitator's screen): the same view
    exists in every language, so the switcher stays on it rather than going home."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name not in (None, "wagtail_serve")


def default_language_code():
    """The default content language, from the settings as Wagtail's Locale.get_default()."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)
