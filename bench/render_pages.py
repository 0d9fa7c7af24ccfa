"""In-process render benchmark: median and p95 render time and SQL queries per page.

Run against the demo database: `make bench-render` (after `make demo`). Budgets are
checked here, not in timed tests: exit status 1 when a page exceeds its budget.
Each page is rendered as the page cache's misses and logged-in visitors get it, with
what it shares with everyone kept per cache generation (pagecache.generation_cache,
{% sharedcache %}): the time budget applies here. Then with nothing kept at all, as
the first request after a publish gets it: the query budget applies here (queries that
stay constant as content grows), its time is shown.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("DJANGO_DEBUG", "false")  # measure without debug overhead
os.environ.setdefault("PAGE_CACHE", "off")  # measure rendering, not the page cache

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

DUMMY = "django.core.cache.backends.dummy.DummyCache"
MODULE_QUERIES = 15  # issue 7's budget for a module page with nothing cached
# path: (median budget in ms, query budget). The other page types have no query
# budget of their own: tests/test_query_counts.py pins each one's exact count, the
# same with 10 or 1,000 tools.
BUDGETS = {
    "/nb/": (15, None),
    "/da/": (15, None),
    "/nb/absolutt/": (15, None),
    "/nb/absolutt/hvor-er-vi/": (15, MODULE_QUERIES),
    "/da/absolutt/hvor-er-vi-vidensgrundlaget/": (15, MODULE_QUERIES),
    "/nb/absolutt/politisk-ansvar/": (15, None),
    "/nb/verktoy/": (15, None),
    "/nb/verktoy/?role=rektor&format=PDF": (15, None),
    "/nb/verktoy/arshjul/": (15, None),
}


def measure(client, path, rounds):
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, f"{path}: {response.status_code}"
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    client = Client(HTTP_HOST="127.0.0.1")
    nothing_kept = {**settings.CACHES, "pages": {"BACKEND": DUMMY}}
    failed = False
    print(f"{'':<40}{'rendered, shared parts kept':>30}  {'nothing kept':>20}")
    header = f"{'page':<40}{'median ms':>10}{'p95 ms':>10}{'queries':>9}"
    print(f"{header}  {'median ms':>10}{'queries':>9}  budget")
    for path, (ms_budget, query_budget) in BUDGETS.items():
        client.get(path)  # warm up template and URL caches, and keep the shared parts
        median, p95, queries = measure(client, path, args.rounds)
        with override_settings(CACHES=nothing_kept):
            client.get(path)
            cold_median, _p95, cold_queries = measure(client, path, args.rounds)
        ok = median <= ms_budget and (query_budget is None or cold_queries <= query_budget)
        failed |= not ok
        print(
            f"{path:<40}{median:>10.2f}{p95:>10.2f}{queries:>9}  "
            f"{cold_median:>10.2f}{cold_queries:>9}  {'ok' if ok else 'OVER'}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
