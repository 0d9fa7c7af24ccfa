"""Wagtail's database search backend, with each page indexed in its own language's
PostgreSQL text search configuration (Norwegian or Danish), so inflected forms match.

modelsearch indexes every object with one configuration per backend. Here the index
groups the objects it writes by locale and uses that locale's configuration; a query
uses the configuration of the backend alias it runs on ("default" for nb, "da" for da).
On SQLite (no stemming configurations) this is the plain database backend.
"""

from contextlib import contextmanager
from itertools import groupby

from modelsearch.backends.database import SearchBackend as database_backend

from django.db import connection


def language_of(obj):
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else None


def SearchBackend(params):  # noqa: N802 (Wagtail looks up this name)
    if connection.vendor != "postgresql":
        return database_backend(params)
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
    )

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

    class LanguageSearchBackend(PostgresSearchBackend):
        index_class = LanguageIndex

        def __init__(self, params):
            super().__init__(params)
            self.language_configs = params.get("LANGUAGE_CONFIGS", {})

    return LanguageSearchBackend(params)
