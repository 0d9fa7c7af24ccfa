"""Wagtail's database search backend, with each page indexed in its own language's
PostgreSQL text search configuration (Norwegian or Danish), so inflected forms match.

A dictionary made for the language stands in front of the stemmer, on both databases:
simplemma's Norwegian and Danish lemma lists reduce "lederne" and "ledere" to "leder"
and "værktøjerne" to "værktøj" before Snowball stems them. Snowball alone leaves
"lederne" as "ledern", so "leder" and "lederne" found different pages. The lemmas are
taken in Python on both sides of the match (the indexed text and the query), so
PostgreSQL needs no dictionary files in its server's share directory, which managed
databases do not allow, and SQLite and PostgreSQL find the same pages.

modelsearch indexes every object with one configuration per backend. Here the index
groups the objects it writes by locale and uses that locale's configuration; a query
uses the configuration of the backend alias it runs on ("default" for nb, "da" for da).
SQLite has no stemming of its own: there the same Snowball stemmers PostgreSQL uses
(through the snowballstemmer library) reduce the indexed text and the query's words to
their stems, so that "værktøjerne" finds "værktøj" on the demo as in production.
"""

import re
from contextlib import contextmanager
from functools import lru_cache
from itertools import groupby

import simplemma
import snowballstemmer
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import Phrase, PlainText

from django.db import connection

from base.patching import replace


def language_of(obj):
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else None


WORD = re.compile(r"\w+")
# PostgreSQL's configuration names are Snowball's algorithm names.
STEMMERS = {}


def stemmer(config):
    if config not in STEMMERS:
        STEMMERS[config] = snowballstemmer.stemmer(config) if config else None
    return STEMMERS[config]


# simplemma's language codes for PostgreSQL's (Snowball's) configuration names. Norwegian
# pages are Bokmål or Nynorsk under the one configuration: a word Bokmål's list does not
# know is looked up in Nynorsk's ("skulane" → "skule"), on both sides of the match.
LEMMA_LANGUAGES = {"norwegian": ("nb", "nn"), "danish": "da"}


@lru_cache(maxsize=100_000)
def lemma(word, language):
    return simplemma.lemmatize(word, lang=language).lower()


def lemmatized(text, config):
    """`text` as its words' lemmas (dictionary forms), lower case, for the stemmer next."""
    words = WORD.findall(text.lower())
    language = LEMMA_LANGUAGES.get(config)
    return " ".join(lemma(word, language) for word in words) if language else " ".join(words)


def stemmed(text, config):
    """`text` as its words' stems after their lemmas, as PostgreSQL's to_tsvector reduces
    the lemmatized text."""
    words = lemmatized(text, config).split()
    algorithm = stemmer(config)
    return " ".join(algorithm.stemWords(words) if algorithm else words)


def reduced_query(query, reduce, config):
    """A PlainText or Phrase with its words reduced by `reduce(text, config)` (lemmas for
    PostgreSQL, which stems them itself; stems for SQLite); other query types as they are."""
    if isinstance(query, PlainText):
        text = reduce(query.query_string, config)
        return PlainText(text, operator=query.operator, boost=query.boost)
    if isinstance(query, Phrase):
        return Phrase(reduce(query.query_string, config))
    return query


def SearchBackend(params):  # noqa: N802 (Wagtail looks up this name)
    if connection.vendor != "postgresql":
        backend = database_backend(params)
        # SQLite without FTS5 gets modelsearch's fallback backend, which cannot stem.
        return sqlite_backend(params) if uses_fts5(backend) else backend
    from modelsearch.backends.database.postgres.postgres import (
        ObjectIndexer,
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    index_lemmas(ObjectIndexer)

    @contextmanager
    def configuration(backend, name):
        """Use configuration `name` for the writes inside; the backend's own when None."""
        original = backend.config
        backend.config = name or original
        try:
            yield
        finally:
            backend.config = original

    class LanguageIndex(PostgresIndex):
        def add_items(self, model, objs):
            configs = self.backend.language_configs
            objs = sorted(objs, key=lambda obj: language_of(obj) or "")
            for language, group in groupby(objs, key=language_of):
                with configuration(self.backend, configs.get(language)):
                    super().add_items(model, list(group))

    class LemmaQueryCompiler(PostgresSearchQueryCompiler):
        def build_tsquery_content(self, query, config=None, invert=False):
            query = reduced_query(query, lemmatized, config)
            return super().build_tsquery_content(query, config=config, invert=invert)

    class LanguageSearchBackend(PostgresSearchBackend):
        index_class = LanguageIndex
        query_compiler_class = LemmaQueryCompiler

        def __init__(self, params):
            super().__init__(params)
            self.language_configs = params.get("LANGUAGE_CONFIGS", {})

    return LanguageSearchBackend(params)


def lemmatized_vector(self, texts, for_autocomplete=False):
    """ObjectIndexer.as_vector with the text's lemmas: PostgreSQL's index entries hold the
    lemmatized text (autocomplete keeps the words as typed, for prefixes of what is typed).
    modelsearch builds every entry's vectors there and offers no other way in."""
    if not for_autocomplete:
        texts = [(lemmatized(text, self.config), weight) for text, weight in texts]
    return original_vector(self, texts, for_autocomplete)


def index_lemmas(indexer_class):
    global original_vector
    original_vector = replace(indexer_class, "as_vector", lemmatized_vector)


def uses_fts5(backend):
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    return isinstance(backend, SQLiteSearchBackend)


def sqlite_backend(params):
    """SQLite's FTS5 backend with Snowball stemming on both sides of the match."""
    from modelsearch.backends.database.sqlite.sqlite import (
        ObjectIndexer,
        SQLiteIndex,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.utils import get_content_type_pk

    class StemmedIndex(SQLiteIndex):
        def add_items(self, model, objs):
            """Index as modelsearch does, then store title and body by their stems
            (autocomplete keeps the words as typed, for prefixes of what is typed)."""
            super().add_items(model, objs)
            entries = self.entries.filter(content_type_id=get_content_type_pk(model))
            for obj in objs:
                indexer = ObjectIndexer(obj, self.backend)
                config = self.backend.language_configs.get(language_of(obj), self.backend.config)
                entries.filter(object_id=indexer.id).update(
                    title=stemmed(indexer.title, config), body=stemmed(indexer.body, config)
                )

    class StemmedQueryCompiler(SQLiteSearchQueryCompiler):
        def build_search_query_content(self, query, config=None):
            # `config` is the backend's: the visitor's language.
            query = reduced_query(query, stemmed, config)
            return super().build_search_query_content(query, config=config)

    class StemmedSearchBackend(SQLiteSearchBackend):
        query_compiler_class = StemmedQueryCompiler
        index_class = StemmedIndex

        def __init__(self, params):
            super().__init__(params)
            self.config = params.get("SEARCH_CONFIG")
            self.language_configs = params.get("LANGUAGE_CONFIGS", {})

    return StemmedSearchBackend(params)
