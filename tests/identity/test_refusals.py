"""The refusal table: each way an answer from a provider can be wrong, over HTTP against
demo-ID, through Authlib unmocked. Nobody is signed in, the visitor is told why in their
language with the password way beside it, and the attempt counts in the lockout."""

from urllib.parse import parse_qs, urlsplit

import pytest
from axes.models import AccessAttempt

from django.test import Client

from demo.identity_provider import ACCOUNTS, FAULTS
from identity.models import IdentityLink

from .conftest import Browser, path_of, sign_in, start

pytestmark = pytest.mark.django_db
REFUSED = {
    "nb": "Svaret fra demo-ID kunne ikke bekreftes",
    "da": "Svaret fra demo-ID kunne ikke bekræftes",
}


@pytest.fixture
def kari(db):
    """demo-ID's Kari, linked by the demo to the ABSOLUTT participant."""
    link = IdentityLink.objects.get(provider="demo", subject=ACCOUNTS["kari.nordmann"]["sub"])
    return link.user


def failures():
    return sum(
        AccessAttempt.objects.filter(username="oidc:demo").values_list(
            "failures_since_start", flat=True
        )
    )


def signed_in(client):
    return client.get("/nb/").wsgi_request.user.is_authenticated


# Each fault demo-ID can make, and the reason Samling's log gives for refusing it.
REASONS = {
    "wrong_issuer": "Invalid claim: 'iss'",
    "wrong_audience": "Invalid claim: 'aud'",  # with `azp` naming Samling all the same
    "expired": "The token is expired",
    "bad_signature": "bad_signature",
    "unknown_key": "No key for kid: 'not-published'",
    "alg_none": "Algorithm of 'none' is not allowed",
    "missing_nonce": "Missing claim: 'nonce'",
    "wrong_nonce": "Invalid claim: 'nonce'",
    "no_id_token": "answer without an ID token",
}


def test_the_table_covers_every_fault_of_the_provider():
    assert set(REASONS) == set(FAULTS) - {"deny"}  # "deny": the person cancelling, below


@pytest.mark.parametrize("fault", REASONS)
@pytest.mark.parametrize("language", ["nb", "da"])
def test_a_token_that_cannot_be_trusted_signs_nobody_in(demo_id, kari, fault, language, caplog):
    demo_id.fault = fault
    client = Client()
    answer = sign_in(client, language=language, back=f"/{language}/_util/login/")
    assert answer.status_code == 302 and answer["Location"] == f"/{language}/_util/login/"
    page = client.get(answer["Location"])
    assert REFUSED[language] in page.text
    assert 'name="password"' in page.text  # the password way, beside the message
    assert not signed_in(client) and failures() == 1
    assert REASONS[fault] in caplog.text  # refused for this fault, not another


def test_the_same_token_is_accepted_without_the_fault(demo_id, kari):
    """The table's control: the flow that each fault spoils signs Kari in. The request
    carries PKCE (S256), `state` and `nonce` (demo-ID checks the code verifier)."""
    client = Client()
    asked = parse_qs(urlsplit(start(client)["Location"]).query)
    assert asked["code_challenge_method"] == ["S256"] and asked["response_type"] == ["code"]
    assert all(len(asked[key][0]) >= 20 for key in ("code_challenge", "state", "nonce"))
    assert sign_in(client)["Location"] == "/nb/mitt-kull/"
    assert client.get("/nb/").wsgi_request.user == kari and failures() == 0


def test_a_replayed_state_and_code_are_refused(demo_id, kari):
    client = Client()
    started = start(client)
    back = path_of(Browser().sign_in(started["Location"]))
    assert client.get(back)["Location"] == "/nb/mitt-kull/"
    client.logout()
    again = client.get(back)  # the same state and code, a second time
    assert again.status_code == 302 and not signed_in(client)
    assert "startet i et annet vindu" in client.get(again["Location"]).text
    assert failures() == 1


def test_a_state_from_another_browser_is_refused(demo_id, kari):
    victim, attacker = Client(), Client()
    started = start(attacker)
    back = path_of(Browser().sign_in(started["Location"]))
    assert victim.get(back).status_code == 302 and not signed_in(victim)
    assert attacker.get("/nb/").wsgi_request.user.is_anonymous


def test_no_state_at_all_is_refused(demo_id, kari):
    client = Client()
    assert client.get("/identity/demo/callback/?code=abc").status_code == 302
    assert not signed_in(client) and failures() == 1


def test_the_person_cancelling_at_the_provider(demo_id, kari):
    demo_id.fault = "deny"
    client = Client()
    started = start(client, language="da")
    back = Browser().session.get(started["Location"], allow_redirects=False).headers["Location"]
    page = client.get(path_of(back), follow=True)
    assert "demo-ID loggede dig ikke ind" in page.text and not signed_in(client)


@pytest.mark.parametrize("language", ["nb", "da"])
def test_a_provider_that_is_down(demo_id, settings, language):
    settings.IDENTITY_PROVIDERS = [
        {**settings.IDENTITY_PROVIDERS[0], "issuer": "http://127.0.0.1:9"}  # nothing listens
    ]
    client = Client()
    answer = start(client, language=language, back=f"/{language}/_util/login/")
    page = client.get(answer["Location"])
    text = {"nb": "demo-ID svarer ikke akkurat nå", "da": "demo-ID svarer ikke lige nu"}
    assert text[language] in page.text and 'name="password"' in page.text


def test_a_slow_provider_times_out_with_a_message(demo_id, settings):
    settings.IDENTITY_PROVIDER_TIMEOUT = 0.5
    demo_id.delay = 2
    client = Client()
    answer = start(client, back="/nb/_util/login/")
    assert "demo-ID svarer ikke akkurat nå" in client.get(answer["Location"]).text


def test_a_slow_token_exchange_times_out_with_a_message(demo_id, kari, settings):
    settings.IDENTITY_PROVIDER_TIMEOUT = 0.5
    client = Client()
    started = start(client, back="/nb/_util/login/")  # discovery answered at once
    back = Browser().sign_in(started["Location"])
    demo_id.delay = 2
    answer = client.get(path_of(back))
    assert "demo-ID svarer ikke akkurat nå" in client.get(answer["Location"]).text
    assert not signed_in(client)


def test_a_discovery_document_naming_another_issuer_is_refused(demo_id, settings):
    settings.IDENTITY_PROVIDERS = [
        {
            **settings.IDENTITY_PROVIDERS[0],
            "issuer": demo_id.issuer.replace("127.0.0.1", "localhost"),
        }
    ]
    client = Client()
    answer = start(client, back="/nb/_util/login/")
    assert answer["Location"] == "/nb/_util/login/"  # not on to the provider


def test_failures_lock_the_provider_out_like_passwords(demo_id, kari, settings):
    demo_id.fault = "bad_signature"
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(Client())
    demo_id.fault = None
    client = Client()
    locked = start(client)
    assert locked.status_code == 429 and "minutter" in locked.text
    assert not signed_in(client)
