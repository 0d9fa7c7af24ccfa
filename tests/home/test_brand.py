"""The brand: a site name with its mark, a favicon set and a web manifest, changed in the
admin's site settings and shown at once; each programme's owner named with their mark."""

import json

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Site

from home.brand import BrandSettings
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_every_page_links_the_icons_and_the_manifest(client):
    html = client.get("/nb/").content.decode()
    assert '<link rel="icon" href="/static/brand/icon.svg" type="image/svg+xml">' in html
    assert (
        '<link rel="icon" href="/static/brand/icon-32.png" sizes="32x32" type="image/png">' in html
    )
    assert '<link rel="apple-touch-icon" href="/static/brand/icon-180.png">' in html
    assert '<link rel="manifest" href="/site.webmanifest">' in html
    mark = '<img class="site-name__mark" src="/static/brand/mark.svg" alt=""'
    assert f'{mark} width="40" height="40"><span>Samling</span>' in html


def test_the_favicon_address_every_browser_asks_for_answers(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302 and response["Location"] == "/static/brand/icon-32.png"
    assert "max-age=86400" in response["Cache-Control"]
    assert client.post("/favicon.ico").status_code == 405


def test_the_manifest_names_the_site_and_its_home_screen_icons(client):
    response = client.get("/site.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Samling" and manifest["start_url"] == "/"
    assert [icon["sizes"] for icon in manifest["icons"]] == ["192x192", "512x512"]


def test_editors_change_the_name_mark_and_icon_and_every_page_shows_it_at_once(
    client, django_capture_on_commit_callbacks
):
    client.get("/nb/")  # in the page cache now
    site = Site.objects.get(is_default_site=True)
    with django_capture_on_commit_callbacks(execute=True):
        BrandSettings.objects.create(
            site=site,
            site_name="Kommunelæring",
            mark=ImageFactory(width=200, height=200),
            icon=ImageFactory(width=600, height=600),
        )
    html = client.get("/nb/").content.decode()
    assert "<span>Kommunelæring</span>" in html
    assert "ABSOLUTT – Kommunelæring</title>" in client.get("/nb/absolutt/").content.decode()
    assert "/static/brand/mark.svg" not in html and 'type="image/svg+xml"' not in html
    favicon = client.get("/favicon.ico")["Location"]
    assert favicon.startswith("/media/images/") and favicon.endswith(".png")
    manifest = json.loads(client.get("/site.webmanifest").content)
    assert manifest["name"] == "Kommunelæring"
    assert all(icon["src"].startswith("/media/images/") for icon in manifest["icons"])


def test_the_brand_is_in_the_admins_site_settings(client):
    client.force_login(get_user_model().objects.get(username="admin"))
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/home/brandsettings/{site.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"site_name": "Samling KS"})
    assert response.status_code == 302
    assert "<span>Samling KS</span>" in client.get("/da/").content.decode()


def test_reading_the_brand_never_writes(client):
    client.get("/nb/")
    client.get("/da/absolutt/")
    assert not BrandSettings.objects.exists()


@pytest.mark.parametrize(
    ("path", "owner", "mark"),
    [
        ("/nb/absolutt/", "KS – Kommunesektorens organisasjon", "brand/owners/ks.svg"),
        ("/da/forpligtende-samarbejde/", "KL – Kommunernes Landsforening", "brand/owners/kl.svg"),
    ],
)
def test_a_programme_names_its_owner_with_their_mark(client, path, owner, mark):
    html = client.get(path).content.decode()
    assert owner in html and f'src="/static/{mark}"' in html
