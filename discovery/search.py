"""Site search in the visitor's language: public, live, translated pages of the programme
types and the tool library, filtered by programme and content type; editors' synonyms,
and a spelling suggestion from the index's own words when nothing is found."""

import difflib
import re

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.query import And, Or, PlainText
from wagtail.search.utils import parse_query_string

from base.sql_rows import PAGE_COLUMNS, Reader, values
from home.models import InformationPage
from pagecache.generation_cache import per_generation
from programme import listing
from programme.pages import (
    CompetenceGoalPage,
    ModulePage,
    ProgrammePage,
    ReflectionTaskPage,
    ToolIndexPage,
    ToolPage,
)
from programme.shared_results import SharedResultPage
from security.visibility import restricted_q, visible_sql

from .models import SynonymGroup
from .search_backend import stemmed

KINDS = {
    "programme": (ProgrammePage, _("Programme")),
    "module": (ModulePage, _("Module")),
    "goal": (CompetenceGoalPage, _("Competence goal")),
    "task": (ReflectionTaskPage, _("Reflection task")),
    "tool": (ToolPage, _("Tool")),
    "result": (SharedResultPage, _("Shared result")),
    "library": (ToolIndexPage, _("Tool library")),
    "information": (InformationPage, _("About the site")),
}
MAX_QUERY_LENGTH = 200
WORD = re.compile(r"\w")
# Control characters, and ":" which Wagtail's query syntax reads as a field filter.
IGNORED = re.compile(r"[\x00-\x1f\x7f:]")
WORD_PARTS = re.compile(r"[^\w\s]")
# Punctuation and operators are not searched, but a hyphen inside a word ("e-post") is.
NOT_SEARCHED = re.compile(r'(?!\b-\b)[^\w\s"]')
EMPTY_PHRASE = re.compile(r'"[^"\w]*"')


def clean_query(raw):
    """The query as searched: control characters dropped, spaces collapsed, length capped."""
    text = " ".join(IGNORED.sub(" ", raw or "").split())
    return text[:MAX_QUERY_LENGTH].strip()


def backend_for(language):
    return language if language in settings.WAGTAILSEARCH_BACKENDS else "default"


def programmes(language):
    """The public live programmes in `language`, by title (the search form's choices)."""
    return listing.versions(
        ProgrammePage, "l.language_code = %s", [language], aliases=True, public=True,
        order="p.title",
    )  # fmt: skip


def searchable(language, programme=None, kind=None):
    """The pages a search may return, before the text query."""
    models = [KINDS[kind][0]] if kind in KINDS else [model for model, _ in KINDS.values()]
    # Only filters on Page's index fields (locale, path, content type, live) are allowed.
    locale = Locale.objects.get(language_code=language)
    pages = Page.objects.live().filter(locale=locale).type(*models)
    if programme is not None:
        pages = pages.descendant_of(programme, inclusive=True)
    return pages.exclude(restricted_q())


def searched_words(query):
    """The query's words and "phrases"; punctuation and operators (%, *, -, ^, ...) are
    not searched, on either database (SQLite's engine failed on them)."""
    text = EMPTY_PHRASE.sub(" ", NOT_SEARCHED.sub(" ", query))
    if text.count('"') % 2:
        text = text.replace('"', " ")
    return " ".join(text.split())


def search(query, language, programme=None, kind=None):
    """Words must all match; "quoted words" match as a phrase. Parsed by Wagtail, so that
    quotes and operators in the text never reach the full-text engine raw. Results come
    as Wagtail's pages, their id and type only: `base.sql_rows.specific_pages` reads
    a page of them in their specific types. A query without a word finds nothing, as a
    search that matched nothing would."""
    pages = searchable(language, programme, kind).only("id", "content_type")
    words = searched_words(query)
    if not WORD.search(words):
        return pages.none()
    _, parsed = parse_query_string(words)
    return pages.search(with_synonyms(parsed, language), backend=backend_for(language))


def config_of(language):
    return settings.SEARCH_LANGUAGE_CONFIGS.get(language)


def synonym_groups(language):
    """{a word's reduced form: the words of its synonym group} for `language`, read once
    per cache generation (saving a group starts a new one)."""

    def read():
        config = config_of(language)
        groups = {}
        for group in SynonymGroup.objects.filter(language=language):
            words = group.word_list()
            for word in words:
                groups[stemmed(word, config)] = words
        return groups

    return per_generation("synonyms", read, language)


def with_synonyms(query, language):
    """`query` with each word that has synonyms replaced by "the word or any synonym"."""
    if isinstance(query, PlainText):
        groups = synonym_groups(language)
        config = config_of(language)
        parts = []
        for word in query.query_string.split():
            group = groups.get(stemmed(word, config))
            parts.append(Or([PlainText(each) for each in group]) if group else PlainText(word))
        return parts[0] if len(parts) == 1 else And(parts)
    if isinstance(query, (And, Or)):
        return type(query)([with_synonyms(each, language) for each in query.subqueries])
    return query


def vocabulary(language):
    """The words of the searchable pages' titles and descriptions (lower case, three
    letters or more): what a visitor most likely meant. One query, kept per cache
    generation."""

    def read():
        words = set()
        rows = searchable(language).values_list("title", "search_description", "seo_title")
        for row in rows:
            words.update(WORDS.findall(" ".join(row).casefold()))
        return sorted(words)

    return per_generation("vocabulary", read, language)


WORDS = re.compile(r"\b[^\W\d_]{3,}\b")


def spelling_suggestion(query, language):
    """The query with each word the index does not know replaced by the closest word it
    does, or None when no word changes."""
    known = vocabulary(language)
    words = query.split()
    suggested = []
    for word in words:
        folded = word.casefold()
        if not WORDS.fullmatch(folded) or folded in known:
            suggested.append(word)
            continue
        close = difflib.get_close_matches(folded, known, n=1, cutoff=0.75)
        suggested.append(close[0] if close else word)
    return " ".join(suggested) if suggested != words else None


def suggestions(query, language, limit=8):
    """Pages whose title starts with the words typed (letters and digits only: the
    autocomplete engine takes its input raw)."""
    words = " ".join(WORD_PARTS.sub(" ", query).split())
    if len(words) < 2:
        return []
    found = searchable(language).autocomplete(words, backend=backend_for(language))
    return list(found[:limit])


def promotions(query, language):
    """Editors' picks for `query` (a search_promotions Query) that the visitor may see, in
    their language."""
    public, public_params = visible_sql("p", public=True)
    columns = [f"sp.{name}" for name in PICK_COLUMNS] + [f"p.{name}" for name in PAGE_COLUMNS]
    rows = values(
        f"SELECT {', '.join(columns)} FROM wagtailsearchpromotions_searchpromotion sp"
        " INNER JOIN wagtailcore_page p ON p.id = sp.page_id"
        " INNER JOIN wagtailcore_locale l ON l.id = p.locale_id"
        f" WHERE sp.query_id = %s AND p.live = %s AND l.language_code = %s AND {public}"
        " ORDER BY sp.sort_order, sp.id",
        [query.pk, True, language, *public_params],
    )
    picks = []
    for row in rows:
        pick = PICK_READER.build(row[: len(PICK_COLUMNS)], {})
        pick.page = PAGE_READER.build(row[len(PICK_COLUMNS) :], {})
        picks.append(pick)
    return picks


# Editors' picks and their pages, read with a hand-written statement (base.sql_rows).
PICK_COLUMNS = ["id", "query_id", "page_id", "description", "sort_order"]
PICK_READER = Reader(SearchPromotion, PICK_COLUMNS)
PAGE_READER = Reader(Page, PAGE_COLUMNS)
