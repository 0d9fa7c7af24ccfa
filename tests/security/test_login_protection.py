"""Login protection: repeated wrong passwords lock the username for a while on the admin's
and the participants' login, a forged X-Forwarded-For does not get round it, and the
password reset answers the same whether or not the address is known."""

import datetime as dt
import re

import pytest
import time_machine

from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings

from tests.ports import unused_port

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-passphrase-9"
LOGINS = {"admin": "/admin/login/", "participant": "/nb/_util/login/"}


@pytest.fixture(autouse=True)
def fresh_attempts():
    cache.clear()  # with Redis, django-axes counts attempts in the cache
    yield
    cache.clear()


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user(
        "rektor", "rektor@example.org", PASSWORD, is_staff=True
    )


def attempt(client, url, password, **headers):
    return client.post(url, {"username": "rektor", "password": password}, **headers)


@pytest.mark.parametrize("login", LOGINS)
def test_five_wrong_passwords_lock_the_username_until_the_cool_off_passes(user, login):
    client, url = Client(), LOGINS[login]
    for _ in range(4):
        assert attempt(client, url, "wrong").status_code == 200  # the form, with its error
    assert attempt(client, url, "wrong").status_code == 429  # the fifth locks
    locked = attempt(client, url, PASSWORD)
    assert locked.status_code == 429
    assert "For mange forsøk" in locked.content.decode()
    assert "sessionid" not in locked.cookies
    with time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(minutes=16)):
        assert attempt(Client(), url, PASSWORD).status_code == 302  # logged in


def test_a_forged_forwarded_for_header_does_not_reset_the_count(user):
    client = Client()
    for number in range(5):
        attempt(client, LOGINS["admin"], "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
    forged = attempt(client, LOGINS["admin"], PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert forged.status_code == 429


@override_settings(
    AXES_IPWARE_META_PRECEDENCE_ORDER=("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"),
    AXES_IPWARE_PROXY_COUNT=1,
    AXES_IPWARE_PROXY_ORDER="right-most",
)
def test_behind_our_proxy_only_the_address_it_saw_counts(user):
    """nginx appends the address it saw; whatever the client wrote comes before it."""
    client = Client()
    for number in range(5):
        forwarded = f"203.0.113.{number}, 192.0.2.10"
        attempt(client, LOGINS["admin"], "wrong", HTTP_X_FORWARDED_FOR=forwarded)
    forged = attempt(
        client, LOGINS["admin"], PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7, 192.0.2.10"
    )
    assert forged.status_code == 429
    other_person = attempt(Client(), LOGINS["admin"], PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert other_person.status_code == 302


def same_but_tokens(html):
    """The page without its per-request tokens (CSRF, CSP nonce)."""
    return re.sub(rb'("CSRF_TOKEN": "|nonce="|csrfmiddlewaretoken" value=")[^"]+', rb"\1", html)


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(user):
    answers = []
    for email in ("rektor@example.org", "nobody@example.org"):
        response = Client().post(
            "/admin/password_reset/", {"email": email}, follow=True, HTTP_ACCEPT_LANGUAGE="nb"
        )
        answers.append((response.status_code, response.redirect_chain, response.content))
    assert answers[0][:2] == answers[1][:2]
    assert same_but_tokens(answers[0][2]) == same_but_tokens(answers[1][2])
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["rektor@example.org"]


def test_mail_server_down_gives_a_clear_error_alike_for_known_and_unknown(user):
    down = {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": unused_port(),
        "EMAIL_TIMEOUT": 2,
    }
    answers = []
    with override_settings(**down):
        for email in ("rektor@example.org", "nobody@example.org"):
            response = Client().post(
                "/admin/password_reset/", {"email": email}, HTTP_ACCEPT_LANGUAGE="nb"
            )
            assert response.status_code == 200  # the form again, not a server error
            html = response.content.decode()
            assert "Vi kan ikke sende e-post nå" in html
            answers.append(same_but_tokens(response.content.replace(email.encode(), b"")))
    assert answers[0] == answers[1]
    assert mail.outbox == []
