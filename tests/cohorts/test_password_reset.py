"""Participants' password reset: in their language, the same answer for every address."""

import smtplib
from unittest import mock

import pytest

from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from security import password_reset
from tests.mail_queue import queue_down

pytestmark = pytest.mark.django_db


RESET = {"nb": "glemt-passord", "da": "glemt-adgangskode"}  # each language's own words


@pytest.mark.parametrize(
    ("language", "sent_heading", "subject"),
    [
        ("nb", "Sjekk e-posten din", "Nytt passord til Samling"),
        ("da", "Tjek din e-mail", "Ny adgangskode til Samling"),
    ],
)
def test_a_reset_mail_is_sent_in_the_visitors_language(
    client, django_user_model, language, sent_heading, subject
):
    django_user_model.objects.create_user("kari", "kari@example.org", "gammelt-passord-1")
    response = client.post(
        f"/{language}/{RESET[language]}/", {"email": "kari@example.org"}, follow=True
    )
    assert sent_heading in response.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.endswith(subject)
    assert f"/{language}/{RESET[language]}/" in mail.outbox[0].body
    assert "kari" in mail.outbox[0].body


def test_the_login_page_links_to_the_reset(client):
    html = client.get("/nb/_util/login/").content.decode()
    assert 'href="/nb/glemt-passord/"' in html and "Glemt passordet?" in html


def test_a_mail_server_failure_is_logged_and_answered_as_for_any_address(
    client, django_user_model, caplog
):
    """Saying "not sent" only where an account exists would tell who has one."""
    django_user_model.objects.create_user("kari", "kari@example.org", "gammelt-passord-1")
    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        side_effect=smtplib.SMTPServerDisconnected("down"),
    ):
        response = client.post("/nb/glemt-passord/", {"email": "kari@example.org"}, follow=True)
    assert "Sjekk e-posten din" in response.content.decode()
    assert "spør kullets fasilitator" in response.content.decode()
    assert "Failed to send password reset email" in caplog.text


@pytest.mark.parametrize(
    "email", ["ikke-en-adresse", "a" * 300 + "@example.org", "x@y.no\nBcc: z@w.no"]
)
def test_bad_addresses_get_a_clear_error(client, email):
    response = client.post("/nb/glemt-passord/", {"email": email})
    assert response.status_code == 200
    assert 'class="ds-error-summary"' in response.content.decode()
    assert mail.outbox == []


def test_a_used_or_forged_link_says_so(client):
    response = client.get("/nb/glemt-passord/MQ/forfalsket-token/", follow=True)
    assert "Lenken er utløpt eller allerede brukt." in response.content.decode()


def ask(client, email, language="nb"):
    return client.post(f"/{language}/{RESET[language]}/", {"email": email}, follow=True)


def test_resets_are_limited_per_address_and_per_client(client, django_user_model):
    """25 emails to one address in a row were once possible."""
    django_user_model.objects.create_user("kari", "kari@example.org", "gammelt-passord-1")
    answers = {ask(client, "KARI@example.org").content for _ in range(5)}
    assert len(mail.outbox) == 3 and len(answers) == 1  # the same answer each time
    assert "høyst tre lenker i timen" in answers.pop().decode()
    for n in range(12):  # other addresses from the same client: ten an hour in all
        ask(client, f"ukjent{n}@example.org")
    other = Client(REMOTE_ADDR="192.0.2.9")
    django_user_model.objects.create_user("per", "per@example.org", "gammelt-passord-1")
    ask(client, "per@example.org")
    assert len(mail.outbox) == 3  # this client has had its ten
    ask(other, "per@example.org")
    assert len(mail.outbox) == 4 and mail.outbox[-1].to == ["per@example.org"]


def test_the_request_does_the_same_work_for_known_and_unknown_addresses(
    client, django_user_model, monkeypatch
):
    """Sending in the request let its time tell who has an account."""
    django_user_model.objects.create_user("kari", "kari@example.org", "gammelt-passord-1")
    queued = []
    monkeypatch.setattr(password_reset, "send_later", lambda *args: queued.append(args))
    work = []
    for email in ("kari@example.org", "nobody@example.org"):
        with CaptureQueriesContext(connection) as queries:
            ask(client, email)
        work.append([q["sql"] for q in queries.captured_queries])
        assert not any("auth_user" in sql for sql in work[-1])  # nobody looked up
    assert len(work[0]) == len(work[1]) and len(queued) == 2 and mail.outbox == []
    for args in queued:  # the worker's part
        args[0](*args[1:])
    assert [m.to for m in mail.outbox] == [["kari@example.org"]]


def test_without_redis_the_reset_is_sent_after_the_answer(client, django_user_model, monkeypatch):
    django_user_model.objects.create_user("kari", "kari@example.org", "gammelt-passord-1")
    started = queue_down(monkeypatch)
    assert "Sjekk e-posten din" in ask(client, "kari@example.org").content.decode()
    assert mail.outbox == [] and len(started) == 1
    target, args = started[0]
    target(*args)
    assert [m.to for m in mail.outbox] == [["kari@example.org"]]
