"""The demo content, loaded once per run and copied back wherever a test needs it whole.

Loading the demo (about 50 published pages with their translations and generated files)
takes seconds; copying the database back takes a fraction of one. So the suite loads
it once into the test database, keeps a copy of that database, and:

- `restore()` puts the copy back under a test that commits (a browser journey, whose
  live server reads committed rows), instead of loading the demo again;
- `scratch_database(url)` gives a subprocess (backup and restore, a killed gunicorn
  worker) a database of its own that already holds the demo.

SQLite copies with its backup API, PostgreSQL with `CREATE DATABASE ... TEMPLATE`. The
media the demo generates stays where the first load wrote it, for the whole run.
"""

import sqlite3

from django.core.cache import caches
from django.db import connection

_copy = {}


def server_url():
    """The PostgreSQL server the suite runs on, without a database name."""
    server = connection.settings_dict
    return f"postgres://{server['USER']}@{server['HOST']}:{server['PORT']}"


def admin_sql(*statements):
    """Run `statements` on the PostgreSQL server, outside any database the tests use."""
    import psycopg

    with psycopg.connect(f"{server_url()}/postgres", autocommit=True) as admin:
        for statement in statements:
            admin.execute(statement)


def _clone(name, template):
    """(Re)create the database `name` as a copy of `template`."""
    admin_sql(
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
        f'CREATE DATABASE "{name}" TEMPLATE "{template}"',
    )


def _test_database():
    return connection.settings_dict["NAME"]


def take():
    """Copy the test database as it is now (just after the demo was loaded)."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        _copy["sqlite"] = copy
        return
    name = f"{_test_database()}_demo"
    connection.close()  # a template may have no other session
    _clone(name, template=_test_database())
    _copy["postgresql"] = name


def drop():
    if "postgresql" in _copy:
        admin_sql(f'DROP DATABASE IF EXISTS "{_copy.pop("postgresql")}" WITH (FORCE)')
    if "sqlite" in _copy:
        _copy.pop("sqlite").close()


def _clear_caches():
    """Whatever a process remembered about the database before the copy (the sites'
    root paths, the page cache's generation) belongs to rows that are gone."""
    for cache in caches.all(initialized_only=True):
        cache.clear()


def restore():
    """Put the demo database back, as the first load left it."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        _copy["sqlite"].backup(connection.connection)
    else:
        connection.close()
        _clone(_test_database(), template=_copy["postgresql"])
    _clear_caches()


def scratch_database(url):
    """Fill the empty scratch database at `url` (of the suite's engine) with the demo."""
    if connection.vendor == "sqlite":
        target = sqlite3.connect(url.removeprefix("sqlite:///"))
        _copy["sqlite"].backup(target)
        target.close()
        return
    _clone(url.rsplit("/", 1)[1], template=_copy["postgresql"])
