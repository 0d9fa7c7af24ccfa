"""Browsers and proxies keep static files for a year and revalidate documents cheaply."""

import re

import pytest

from django.core.management import call_command
from django.test import Client

from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db


def public_document():
    return get_document_model().objects.filter(file__contains="arshjul-nb").get()


def test_repeat_document_downloads_are_304s(client):
    url = public_document().url
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
    assert not first.has_header("Content-Encoding")  # Wagtail would send the text "None"
    by_etag = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert by_etag.status_code == by_date.status_code == 304
    assert by_etag.content == b""
    assert client.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


@pytest.fixture
def collected(settings, tmp_path):
    """Static files collected as in production: hashed names, compressed copies."""
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", interactive=False, verbosity=0)
    return tmp_path


def test_static_files_are_hashed_compressed_and_kept_for_a_year(collected):
    css = [
        p for p in (collected / "css").iterdir() if re.fullmatch(r"site\.[0-9a-f]{12}\.css", p.name)
    ]
    assert css and (collected / "css" / f"{css[0].name}.gz").exists()
    response = Client().get(f"/static/css/{css[0].name}", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "immutable" in response["Cache-Control"]
    assert "max-age=31536000" in response["Cache-Control"]
