"""Counting without slowing a visitor: each count is added to this process's tally and
written in bulk, one upsert per row, when the tally is a minute old or holds 200 counts
(and when the process ends). Counting never fails a download or a search: a failed write
is logged and its counts dropped.

Only the download view and the search view count; cached pages are served before any of
this runs."""

import atexit
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

logger = logging.getLogger(__name__)
lock = threading.Lock()
downloads = Counter()  # (day, document id, tool key, language, format) -> count
searches = Counter()  # (day, language, query) -> count
search_results = {}  # (day, language, query) -> results the last time
last_write = [time.monotonic()]
KEPT_DAYS = 400  # a year's report, and a month to compare it with

DOWNLOAD_UPSERT = """
INSERT INTO usage_downloadcount (day, document_id, tool_key, language, format, count)
VALUES (%s, %s, %s, %s, %s, %s)
ON CONFLICT (day, document_id, language, format)
DO UPDATE SET count = usage_downloadcount.count + excluded.count
"""
SEARCH_UPSERT = """
INSERT INTO usage_searchcount (day, language, query, results, count)
VALUES (%s, %s, %s, %s, %s)
ON CONFLICT (day, language, query)
DO UPDATE SET count = usage_searchcount.count + excluded.count, results = excluded.results
"""


def today():
    return timezone.localdate()


def count_download(document_id, tool_key, language, file_format):
    with lock:
        downloads[(today(), document_id, tool_key, language, file_format)] += 1
    write_when_due()


def count_search(language, query, results):
    key = (today(), language, " ".join(query.casefold().split())[:200])
    with lock:
        searches[key] += 1
        search_results[key] = results
    write_when_due()


def write_when_due():
    pending = sum(downloads.values()) + sum(searches.values())
    due = time.monotonic() - last_write[0] >= settings.SAMLING_USAGE_WRITE_SECONDS
    if pending >= settings.SAMLING_USAGE_WRITE_COUNTS or (pending and due):
        write()


def take():
    with lock:
        taken = (dict(downloads), dict(searches), dict(search_results))
        downloads.clear(), searches.clear(), search_results.clear()
        last_write[0] = time.monotonic()
    return taken


def write():
    """Add the tally to the database in one transaction; on failure, log and drop it."""
    taken_downloads, taken_searches, results = take()
    if not (taken_downloads or taken_searches):
        return
    uuid = (lambda key: key.hex) if connection.vendor == "sqlite" else (lambda key: key)
    download_rows = [
        (day, document, tool and uuid(tool), language, file_format, count)
        for (day, document, tool, language, file_format), count in taken_downloads.items()
    ]
    search_rows = [(*key, results[key], count) for key, count in taken_searches.items()]
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            if download_rows:
                cursor.executemany(DOWNLOAD_UPSERT, download_rows)
            if search_rows:
                cursor.executemany(SEARCH_UPSERT, search_rows)
            forget_old()
    except Exception:
        logger.exception(
            "Usage counts not written (%s rows)", len(download_rows) + len(search_rows)
        )


def forget_old():
    from .models import DownloadCount, SearchCount

    before = today() - timezone.timedelta(days=KEPT_DAYS)
    for model in (DownloadCount, SearchCount):
        model.objects.filter(day__lt=before).delete()


atexit.register(write)
