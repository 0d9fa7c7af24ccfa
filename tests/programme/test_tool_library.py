"""The tool library's filters, counts, bad input and downloads."""

import re

import pytest

from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db

LIBRARY = "/nb/verktoy/"


def tool_titles(html):
    return re.findall(r'class="tool-card__title"><a href="[^"]+"(?: lang="\w+")?>([^<]+)</a>', html)


FILTER_OPTION = re.compile(
    r'name="(\w+)" value="([^"]+)"[^>]*> <span>([^<]+) <span class="count">\((\d+)\)'
)


def filter_options(html):
    """[(filter name, value, label, count)] of every filter value the page offers."""
    return FILTER_OPTION.findall(html)


def option_count(html, name, value):
    counts = [int(count) for n, v, _label, count in filter_options(html) if (n, v) == (name, value)]
    return counts[0] if counts else None


def get(client, query=""):
    response = client.get(LIBRARY + query)
    assert response.status_code == 200
    return response.content.decode()


def test_library_lists_every_tool_in_nordic_order(client):
    html = get(client)
    titles = tool_titles(html)
    assert len(titles) == 8
    assert titles[-1] == "Årshjul for kvalitetsarbeidet"
    assert "8 verktøy" in html


def test_filters_combine_and_counts_follow_the_other_filters(client):
    html = get(client, "?role=rektor&format=XLSX")
    assert set(tool_titles(html)) == {"Styringskort for oppvekst", "Årshjul for kvalitetsarbeidet"}
    # With role=rektor chosen, each format counts only tools for principals.
    assert option_count(html, "format", "XLSX") == 2
    assert option_count(html, "format", "PDF") == 2
    assert option_count(html, "role", "rektor") == 2
    assert 'value="rektor" checked' in html


def test_programme_filter_uses_the_tools_of_its_modules_and_tasks(client):
    html = get(client, "?programme=led-skole")
    assert set(tool_titles(html)) == {
        "Planleggingsmodell for utviklingsarbeid",
        "Mal for lederavtale",
        "Årshjul for kvalitetsarbeidet",
    }


def test_theme_filter(client):
    html = get(client, "?theme=hvem-gjor-hva")
    assert set(tool_titles(html)) == {
        "Dialogmodell for resultatdialoger",
        "Mal for lederavtale",
        "Mal for eierstrategi",
    }


@pytest.mark.parametrize(
    "query",
    [
        "?role=ukjent",
        "?format=EXE",
        "?programme=",
        "?role=" + "x" * 10_000,
        "?format=%FF%FE",
        "?role=rektor%00",
        "?page=abc",
        "?page=-1",
        "?page=99999999999999999999",
        "?theme[]=a&theme=b",
        "?programme=absolutt&programme=<script>",
    ],
)
def test_unknown_or_malformed_values_are_ignored(client, query):
    html = get(client, query)
    assert len(tool_titles(html)) >= 1
    assert "<script>" not in html.split("<main", 1)[1]


def test_empty_result_offers_to_show_all(client):
    html = get(client, "?programme=led-skole&format=DOCX&role=politiker")
    assert tool_titles(html) == []
    assert "Ingen verktøy passer til disse filtrene." in html


def test_danish_library_shows_danish_titles_and_marks_norwegian_tools(client):
    html = client.get("/da/vaerktoejer/?theme=hvor-er-vi").content.decode()
    assert "Styringskort for børne- og ungeområdet" in html
    assert "Mal for kvalitetsrapport" in html
    assert "(på norsk)" in html


@pytest.mark.parametrize(
    ("suffix", "content_type"),
    [
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("pdf", "application/pdf"),
    ],
)
def test_downloads_are_attachments_with_the_right_type(client, suffix, content_type):
    document = get_document_model().objects.filter(file__endswith=f".{suffix}").first()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith("attachment")
    body = b"".join(response.streaming_content)
    assert len(body) == document.file_size > 1000


def test_downloaded_files_are_real_documents(client):
    from io import BytesIO

    from docx import Document
    from openpyxl import load_workbook

    Doc = get_document_model()
    docx = Doc.objects.get(file__contains="kvalitetsrapport-nb")
    text = "\n".join(p.text for p in Document(BytesIO(docx.file.read())).paragraphs)
    assert "Resultatkvalitet" in text
    xlsx = Doc.objects.get(file__contains="arshjul-da")
    sheet = load_workbook(BytesIO(xlsx.file.read())).active
    assert sheet["A1"].value == "Årshjul for kvalitetsarbejdet"
    pdf = Doc.objects.get(file__contains="dialogmodell-nb")
    assert pdf.file.read().startswith(b"%PDF")
