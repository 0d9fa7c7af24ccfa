"""Logging out ends Samling's session and the provider's (RP-initiated logout), and
comes back to the page the person came from; a provider that is down leaves Samling's
logout done and says so."""

from urllib.parse import parse_qs, urlsplit

import pytest
from joserfc import jwt
from joserfc.jwk import KeySet

from django.contrib.auth import get_user_model
from django.test import Client

from demo.identity_provider import ACCOUNTS
from identity.models import IdentityLink

from .conftest import Browser, path_of, sign_in, start

pytestmark = pytest.mark.django_db
OLA = ACCOUNTS["ola.nordmann"]


@pytest.fixture
def editor(db):
    user = get_user_model().objects.get(username="redaktor-nb")  # staff: both logouts
    IdentityLink.objects.create(user=user, provider="demo", subject=OLA["sub"])
    return user


def signed_in_with_provider(browser):
    client = Client()
    assert sign_in(client, browser, username="ola.nordmann").status_code == 302
    return client


def test_logging_out_ends_the_providers_session_and_comes_back(demo_id, editor):
    browser = Browser()
    client = signed_in_with_provider(browser)
    came_from = "/nb/absolutt/"
    out = client.post("/nb/logg-ut/", {"next": came_from})
    assert client.get("/nb/").wsgi_request.user.is_anonymous  # Samling's session is over
    assert out["Location"].startswith(f"{demo_id.issuer}/logout?")
    query = parse_qs(urlsplit(out["Location"]).query)
    hint = jwt.decode(query["id_token_hint"][0], KeySet([demo_id.key]))
    assert hint.claims["sub"] == OLA["sub"]  # the provider's own token, given back
    assert query["post_logout_redirect_uri"] == ["http://testserver/identity/signed-out/"]
    back = browser.session.get(out["Location"], allow_redirects=False).headers["Location"]
    assert client.get(path_of(back))["Location"] == came_from
    assert "samling_signout" not in client.cookies or not client.cookies["samling_signout"].value
    again = browser.session.get(start(Client())["Location"], allow_redirects=False)
    assert again.status_code == 200  # the provider asks for the password again


def test_the_admins_logout_ends_the_providers_session_too(demo_id, editor):
    browser = Browser()
    client = signed_in_with_provider(browser)
    out = client.post("/admin/logout/")
    assert out["Location"].startswith(f"{demo_id.issuer}/logout?")
    back = browser.session.get(out["Location"], allow_redirects=False).headers["Location"]
    assert client.get(path_of(back))["Location"] == "/admin/login/"
    assert client.get("/admin/").status_code == 302


def test_a_password_login_logs_out_as_before(demo_id, editor):
    client = Client()
    client.force_login(editor)
    out = client.post("/nb/logg-ut/", {"next": "/nb/"})
    assert out["Location"] == "/nb/" and not demo_id.logouts


def test_a_provider_down_at_logout_still_logs_out_of_samling(demo_id, editor, settings):
    client = signed_in_with_provider(Browser())
    settings.IDENTITY_PROVIDERS = [
        {**settings.IDENTITY_PROVIDERS[0], "issuer": "http://127.0.0.1:9"}
    ]
    out = client.post("/da/log-ud/", {"next": "/da/"})
    assert out["Location"] == "/da/"
    page = client.get("/da/_util/login/")
    assert page.wsgi_request.user.is_anonymous
    assert "luk browseren for også at logge ud der" in page.text


def test_a_way_back_that_samling_did_not_sign_goes_home(demo_id):
    forged = Client().get("/identity/signed-out/?state=https://evil.example")
    assert forged["Location"] == "/"
