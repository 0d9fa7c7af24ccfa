"""Security headers: a strict Content-Security-Policy on public pages, one that keeps
the admin working, nothing loaded from other sites, safe cookies."""

import re
from html.parser import HTMLParser

import pytest

from django.http import HttpResponse

from wagtail.models import Page

from security.csp import fresh_nonce

pytestmark = pytest.mark.django_db

MODULE = "/nb/absolutt/hvor-er-vi/"
NONCE = re.compile(r"'nonce-([A-Za-z0-9+/=]+)'")


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def page_nonces(html):
    return set(re.findall(r'nonce="([^"]+)"', html))


def test_public_page_runs_only_its_own_scripts(client):
    response = client.get(MODULE)
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    for name in ("script-src", "style-src"):
        assert "'unsafe-inline'" not in policy[name]
        assert "'unsafe-eval'" not in policy[name]
    # No inline script runs, so the page needs no nonce: its JSON-LD is a data block,
    # which browsers never run (tests/browser/test_csp.py shows it is not blocked).
    html = response.content.decode()
    assert not NONCE.search(response["Content-Security-Policy"])
    assert page_nonces(html) == set()
    assert '<script type="application/ld+json">' in html


def replay(body, policy):
    response = HttpResponse(body)
    response["Content-Security-Policy"] = policy
    return fresh_nonce(response)


def test_a_replayed_page_with_a_nonce_gets_a_fresh_one_each_time():
    """Should an inline script ever use the nonce, the page cache must not hand all
    visitors the same one (pagecache.page_cache replays each page through fresh_nonce)."""
    body = '<script nonce="abc=">run()</script>'
    nonces = []
    for _ in range(3):
        response = replay(body, "script-src 'self' 'nonce-abc='")
        [nonce] = NONCE.findall(response["Content-Security-Policy"])
        assert page_nonces(response.content.decode()) == {nonce}
        nonces.append(nonce)
    assert len(set(nonces)) == 3 and "abc=" not in nonces


def test_admin_keeps_the_inline_scripts_it_needs(admin_client):
    response = admin_client.get("/admin/pages/")
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert not NONCE.search(response["Content-Security-Policy"])  # it would void unsafe-inline
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_hardening_headers(client):
    response = client.get(MODULE)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_login_cookies_are_httponly_and_samesite(client, django_user_model):
    django_user_model.objects.create_user("leader", "l@example.org", "a-long-passphrase")
    response = client.post("/admin/login/", {"username": "leader", "password": "a-long-passphrase"})
    session = response.cookies["sessionid"]
    assert session["httponly"] is True
    assert session["samesite"] == "Lax"


class ExternalReferences(HTMLParser):
    """Addresses the browser fetches without a click: scripts, styles, images, frames."""

    FETCHED = {"script": "src", "img": "src", "iframe": "src", "source": "src", "video": "src"}

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        url = attrs.get(self.FETCHED.get(tag, ""))
        if tag == "link" and attrs.get("rel") in ("stylesheet", "preload", "icon"):
            url = attrs.get("href")
        if url and re.match(r"(https?:)?//", url):
            self.found.append(url)


@pytest.mark.parametrize("language", ["nb", "da"])
def test_public_pages_fetch_nothing_from_other_sites(client, language):
    pages = Page.objects.live().public().filter(locale__language_code=language, depth__gt=1)
    assert pages.count() > 10
    for page in pages:
        response = client.get(page.url, follow=True)
        parser = ExternalReferences()
        parser.feed(response.content.decode())
        assert parser.found == [], page.url


def test_documents_download_as_attachments_that_browsers_do_not_sniff(client):
    from wagtail.documents import get_document_model

    from programme.privacy import is_restricted

    document = next(d for d in get_document_model().objects.all() if not is_restricted(d.pk))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
