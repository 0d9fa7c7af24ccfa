"""Downloads and searches counted per day, never per person, written in bulk, and what
editors learn from them: the report, its CSV, and the library's "most downloaded"."""

import csv
import io
import logging
from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from programme.pages import ToolFile
from usage import counter
from usage.models import DownloadCount, SearchCount

pytestmark = pytest.mark.django_db


def tool_file(title_start="Mal for eierstrategi", language="nb"):
    return (
        ToolFile.objects.filter(page__title=title_start, page__locale__language_code=language)
        .select_related("document", "page")
        .first()
    )


def download(client, document, **headers):
    return client.get(document.url, **headers)


def test_a_download_is_counted_per_document_language_and_format(client):
    file = tool_file()
    assert download(client, file.document).status_code == 200
    download(client, file.document)
    assert not DownloadCount.objects.exists()  # written in bulk, not per request
    counter.write()
    row = DownloadCount.objects.get()
    assert (row.document_id, row.tool_key, row.language, row.format, row.count) == (
        file.document_id,
        file.page.translation_key,
        file.language,
        "DOCX",
        2,
    )
    assert row.day == timezone.localdate()


def test_a_viewers_later_parts_and_head_requests_are_not_downloads(client):
    document = tool_file().document
    download(client, document, HTTP_RANGE="bytes=0-1023")
    download(client, document, HTTP_RANGE="bytes=1024-2047")
    client.head(document.url)
    counter.write()
    assert DownloadCount.objects.get().count == 1


def test_nothing_about_the_visitor_is_kept(client):
    """No address, user agent, session or cookie: the counts' only columns."""
    response = download(client, tool_file().document, HTTP_USER_AGENT="Secret/1.0")
    assert not response.cookies
    fields = {field.name for field in DownloadCount._meta.fields}
    assert fields == {"id", "day", "document", "tool_key", "language", "format", "count"}
    assert {field.name for field in SearchCount._meta.fields} == {
        "id",
        "day",
        "language",
        "query",
        "results",
        "count",
    }


def test_many_counts_are_written_in_a_few_statements(client):
    for number in range(30):
        counter.count_search("nb", f"ord {number}", 0)
    counter.count_download(tool_file().document_id, None, "nb", "PDF")
    with CaptureQueriesContext(connection) as queries:
        counter.write()
    assert len(queries) <= 6  # the two bulk upserts, the clean-up and the transaction
    assert SearchCount.objects.count() == 30


def test_counts_are_written_when_the_tally_is_due(client, settings):
    settings.SAMLING_USAGE_WRITE_COUNTS = 3
    for number in range(3):
        counter.count_search("da", "noget", number)
    assert SearchCount.objects.get().count == 3


def test_a_failed_write_loses_the_counts_but_never_a_download(
    client, settings, monkeypatch, caplog
):
    settings.SAMLING_USAGE_WRITE_COUNTS = 1

    def broken(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(counter, "forget_old", broken)
    with caplog.at_level(logging.ERROR, logger="usage.counter"):
        assert download(client, tool_file().document).status_code == 200
    assert "Usage counts not written" in caplog.text
    assert not DownloadCount.objects.exists()


def test_counts_older_than_they_are_kept_for_are_deleted(client):
    old = timezone.localdate() - timedelta(days=counter.KEPT_DAYS + 1)
    SearchCount.objects.create(day=old, language="nb", query="gammel", count=1)
    counter.count_search("nb", "ny", 1)
    counter.write()
    assert list(SearchCount.objects.values_list("query", flat=True)) == ["ny"]


def report(client, username="redaktor-nb", **params):
    client.force_login(get_user_model().objects.get(username=username))
    return client.get("/admin/usage/", params)


def test_editors_see_the_most_downloaded_tools_and_the_searches_that_found_nothing(client):
    file = tool_file()
    for _ in range(3):
        download(client, file.document)
    download(client, tool_file("Årshjul for kvalitetsarbejdet", "da").document)
    client.get("/nb/sok/", {"q": "finnesikke"})
    client.get("/nb/sok/", {"q": "lederne"})
    html = report(client).content.decode()
    assert "Mal for eierstrategi" in html and "Årshjul" in html
    assert html.index("Mal for eierstrategi") < html.index("Årshjul")  # most downloaded first
    assert "finnesikke" in html and "lederne" not in html


def test_the_report_is_per_programme_and_period(client):
    download(client, tool_file().document)
    counter.write()
    DownloadCount.objects.update(day=timezone.localdate() - timedelta(days=60))
    assert "Mal for eierstrategi" not in report(client).content.decode()  # the last 30 days
    start = (timezone.localdate() - timedelta(days=90)).isoformat()
    assert "Mal for eierstrategi" in report(client, start=start).content.decode()
    from programme.pages import ProgrammePage

    led_skole = ProgrammePage.objects.get(slug="led-skole", locale__language_code="nb")
    absolutt = ProgrammePage.objects.get(slug="absolutt", locale__language_code="nb")
    by_programme = report(client, start=start, programme=str(led_skole.translation_key))
    assert "Mal for eierstrategi" not in by_programme.content.decode()
    by_programme = report(client, start=start, programme=str(absolutt.translation_key))
    assert "Mal for eierstrategi" in by_programme.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"start": "2026-12-01", "end": "2026-11-01"},
        {"start": "2020-01-01", "end": "2026-12-01"},
        {"start": "2026-13-45"},
        {"start": "", "end": "\n"},
        {"programme": "not-a-programme"},
        {"start": "9" * 200},
    ],
)
def test_a_wrong_period_gets_a_clear_message_never_an_error(client, params):
    response = report(client, **params)
    assert response.status_code == 200
    assert 'class="help-block help-critical"' in response.content.decode()


def test_the_csv_exports_are_formula_safe(client):
    client.get("/nb/sok/", {"q": "=HYPERLINK(1)"})
    download(client, tool_file().document)
    searches = report(client, export="searches")
    assert searches["Content-Disposition"].startswith(
        'attachment; filename="sok-som-ikke-fant-noe-'
    )
    rows = list(csv.reader(io.StringIO(searches.content.decode())))
    assert rows[0] == ["Søk", "Språk", "Søk", "Sist søkt"]
    assert rows[1][:3] == ["'=hyperlink(1)", "Norsk bokmål", "1"]
    downloads = list(csv.reader(io.StringIO(report(client, export="downloads").content.decode())))
    assert downloads[1][:2] == ["Mal for eierstrategi", "1"]


def test_only_those_with_the_right_see_the_report(client):
    assert report(client, username="godkjenner").status_code == 200
    response = report(client, username="oversetter")
    assert response.status_code in (302, 403)
    assert "Downloads and searches" not in response.content.decode()


def test_the_library_sorts_by_most_downloaded(client):
    from django.core.cache import cache

    cache.delete("samling-tool-downloads")
    for _ in range(2):
        download(client, tool_file("Årshjul for kvalitetsarbeidet").document)
    counter.write()
    by_name = client.get("/nb/verktoy/").content.decode()
    by_downloads = client.get("/nb/verktoy/", {"sort": "downloads"}).content.decode()
    assert by_name.index("Dialogmodell") < by_name.index("Årshjul")
    assert by_downloads.index("Årshjul") < by_downloads.index("Dialogmodell")


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/nb/personvern/", "teller Samling nedlastinger"),
        ("/da/privatlivspolitik/", "tæller Samling downloads"),
    ],
)
def test_the_privacy_statement_says_what_is_counted(client, path, words):
    response = client.get(path, follow=True)
    assert words in response.content.decode()
