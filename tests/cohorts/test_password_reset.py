"""Participants' password reset: in their language, the same answer for every address."""

import smtplib
from unittest import mock

import pytest

from django.core import mail

pytestmark = pytest.mark.django_db


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
        f"/{language}/glemt-passord/", {"email": "kari@example.org"}, follow=True
    )
    assert sent_heading in response.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.endswith(subject)
    assert f"/{language}/glemt-passord/" in mail.outbox[0].body
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
    assert 'class="form-error"' in response.content.decode()
    assert mail.outbox == []


def test_a_used_or_forged_link_says_so(client):
    response = client.get("/nb/glemt-passord/MQ/forfalsket-token/", follow=True)
    assert "Lenken er utløpt eller allerede brukt." in response.content.decode()
