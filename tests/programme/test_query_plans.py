"""Queries every page runs use indexes once the database has statistics (ANALYZE).

With statistics, SQLite judges an index on a column that is nearly all NULL (such as
`alias_of_id`) useless; a join on it then scans every page for each row, which made
each page view read the whole tree (8 ms of SQL per page on the benchmark's data).
"""

import re

import pytest

from django.db import connection

from programme.pages import ModulePage
from security.visibility import restrictions_statement

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner"),
]


def query_plan(sql, params):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return [row[-1] for row in cursor.fetchall()]


def test_view_restrictions_search_the_tree_by_index():
    module = ModulePage.objects.live().first()
    paths = [module.path[:end] for end in range(4, len(module.path) + 1, 4)]
    plan = query_plan(restrictions_statement(len(paths)), paths * 2)
    page_scans = [step for step in plan if re.match(r"SCAN (wagtailcore_page|T\d+)\b", step)]
    assert page_scans == [], plan
