"""Linking without national identity numbers: an invitation accepted with a provider,
later sign-ins to the same account, links made and removed on the account page, email
claims trusted only as far as they must be, and rights from Samling alone."""

import json
import re

import pytest
from axes.models import AccessAttempt

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.management import call_command
from django.test import Client, TestCase

from cohorts.enrolment import check_people, enrol
from cohorts.invitations import queue_invitations
from demo.identity_provider import ACCOUNTS
from identity.models import IdentityLink

from .conftest import Browser, path_of, sign_in, start

pytestmark = pytest.mark.django_db
KARI, OLA = ACCOUNTS["kari.nordmann"], ACCOUNTS["ola.nordmann"]
User = get_user_model()


def user_of(client):
    return client.get("/nb/").wsgi_request.user


def form_fields(html, action_part):
    """The hidden fields of the form whose action contains `action_part`."""
    form = re.search(
        rf'<form method="post" action="[^"]*{action_part}[^"]*">(.*?)</form>', html, re.S
    )
    return dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form.group(1)))


ROWS = {
    "ABSOLUTT Innlandet 2026": {"municipality": "Hamar", "role": "Rektor"},
    "Klynge Midtjylland": {"municipality": "Silkeborg", "role": "Skoleleder"},
}
EMAIL = "vera.vik@example.org"


def invite(cohort):
    """Vera Vik enrolled by the facilitator: the link in her invitation."""
    row = {"name": "Vera Vik", "email": EMAIL, **ROWS[cohort.title]}
    with TestCase.captureOnCommitCallbacks(execute=True):
        queue_invitations(enrol(cohort, check_people(cohort, [(1, row)])))
    return re.search(r"http://[^/]+(/\S+)", mail.outbox[-1].body).group(1)


def accept_with_provider(client, link, username="ola.nordmann", language="nb"):
    page = client.get(link, follow=True)
    fields = form_fields(page.text, "/demo/")
    return page, sign_in(client, username=username, language=language, **fields)


@pytest.mark.parametrize(
    ("cohort_name", "language", "heading", "button", "landing"),
    [
        (
            "absolutt",
            "nb",
            "Ta imot invitasjonen",
            "Logg inn med demo-ID",
            "/nb/absolutt/absolutt-innlandet-2026/",
        ),
        (
            "kl",
            "da",
            "Tag imod invitationen",
            "Log ind med demo-ID",
            "/da/forpligtende-samarbejde/klynge-midtjylland/",
        ),
    ],
)
def test_an_invitation_accepted_with_a_provider_instead_of_a_password(
    demo_id, request, cohort_name, language, heading, button, landing
):
    cohort = request.getfixturevalue(cohort_name)
    link = invite(cohort)
    client = Client()
    page, done = accept_with_provider(client, link, language=language)
    assert heading in page.text and button in page.text and 'name="new_password1"' in page.text
    assert done.status_code == 302 and done["Location"].startswith(landing)
    person = User.objects.get(email=EMAIL)
    assert user_of(client) == person and not person.has_usable_password()
    assert list(person.identity_links.values_list("provider", "subject")) == [("demo", OLA["sub"])]
    used = {"nb": "utløpt eller allerede brukt", "da": "udløbet eller allerede brugt"}
    assert used[language] in Client().get(link, follow=True).text  # used once
    later = Client()
    assert sign_in(later, Browser(), username="ola.nordmann").status_code == 302
    assert user_of(later) == person  # the same account, by the provider's subject


def test_an_invitation_not_opened_in_this_browser_links_nothing(demo_id, absolutt):
    link = invite(absolutt)
    fields = form_fields(Client().get(link, follow=True).text, "/demo/")
    stranger = Client()  # has the form's fields, not the invitation in its session
    answer = start(stranger, **fields)
    assert answer.status_code == 302 and "/authorize" not in answer["Location"]
    assert not IdentityLink.objects.filter(subject=OLA["sub"]).exists()


def test_an_invitation_used_while_at_the_provider_links_nothing(demo_id, absolutt):
    link = invite(absolutt)
    client = Client()
    fields = form_fields(client.get(link, follow=True).text, "/demo/")
    started = start(client, **fields)
    person = User.objects.get(email=EMAIL)
    person.set_password("Et-godt-passord-42")  # set meanwhile, in another tab
    person.save()
    back = client.get(path_of(Browser().sign_in(started["Location"], "ola.nordmann")))
    assert not IdentityLink.objects.filter(subject=OLA["sub"]).exists()
    assert user_of(client).is_anonymous
    assert "utløpt eller allerede brukt" in client.get(back["Location"]).text


def test_a_login_linked_elsewhere_does_not_take_over_the_invitation(demo_id, absolutt):
    other = User.objects.get(username="deltaker-ledskole")
    IdentityLink.objects.create(user=other, provider="demo", subject=OLA["sub"])
    client = Client()
    _page, done = accept_with_provider(client, invite(absolutt))
    assert user_of(client).is_anonymous
    assert "allerede koblet til en annen Samling-konto" in client.get(done["Location"]).text
    assert IdentityLink.objects.get(subject=OLA["sub"]).user == other


def test_an_unlinked_login_signs_nobody_in_and_counts(demo_id):
    client = Client()
    answer = sign_in(client, username="ola.nordmann", back="/nb/_util/login/")
    assert user_of(client).is_anonymous
    assert (
        "Ingen Samling-konto er koblet til denne demo-ID-innloggingen"
        in client.get(answer["Location"]).text
    )
    assert AccessAttempt.objects.get(username="oidc:demo").failures_since_start == 1


@pytest.mark.parametrize(
    ("trusted", "verified", "other_link", "linked"),
    [
        (False, True, False, False),  # the provider is not trusted with email
        (True, False, False, False),  # the address is not verified
        (True, True, True, False),  # the account has a link already
        (True, True, False, True),
    ],
)
def test_an_email_claim_links_only_when_verified_trusted_and_unlinked(
    demo_id, settings, trusted, verified, other_link, linked
):
    settings.IDENTITY_PROVIDERS = [{**settings.IDENTITY_PROVIDERS[0], "trust_email": trusted}]
    person = User.objects.get(username="deltaker-ledskole")
    demo_id.accounts = {
        **ACCOUNTS,
        "ola.nordmann": {**OLA, "email": person.email.upper(), "email_verified": verified},
    }
    if other_link:
        IdentityLink.objects.create(user=person, provider="feide", subject="feide-123")
    client = Client()
    sign_in(client, username="ola.nordmann")
    assert (user_of(client) == person) is linked
    assert IdentityLink.objects.filter(provider="demo", user=person).exists() is linked


def test_a_participant_links_and_unlinks_on_their_account_page(demo_id):
    person = User.objects.get(username="deltaker-ledskole")
    client = Client()
    client.force_login(person)
    page = client.get("/nb/konto/")
    assert "Koble til demo-ID" in page.text and "Endre passord" in page.text
    linked = sign_in(client, username="ola.nordmann", **form_fields(page.text, "/demo/"))
    assert linked["Location"] == "/nb/konto/"
    assert "demo-ID er koblet til kontoen din" in client.get("/nb/konto/").text
    assert person.identity_links.get().subject == OLA["sub"]
    client.post("/nb/konto/demo/fjern/")
    assert not person.identity_links.exists()  # a password remains: allowed


def test_the_last_way_in_is_kept_until_a_password_is_set(demo_id):
    person = User.objects.get(username="deltaker-absolutt")
    person.set_unusable_password()  # linked to demo-ID's Kari by the demo
    person.save()
    client = Client()
    client.force_login(person)
    refused = client.post("/da/konto/demo/fjern/", follow=True)
    assert "Vælg en adgangskode, før du fjerner demo-ID" in refused.text
    assert person.identity_links.exists()
    bad = client.post("/nb/konto/", {"new_password1": "kort", "new_password2": "kort"})
    assert bad.status_code == 400 and "ds-error-summary" in bad.text
    good = "Et-godt-passord-42"
    client.post("/nb/konto/", {"new_password1": good, "new_password2": good})
    person.refresh_from_db()
    assert person.check_password(good) and user_of(client) == person  # still signed in
    client.post("/nb/konto/demo/fjern/")
    assert not person.identity_links.exists()


def test_linking_a_login_that_belongs_to_another_account_is_refused(demo_id):
    client = Client()  # Kari's demo-ID login belongs to the ABSOLUTT participant
    client.force_login(User.objects.get(username="deltaker-ledskole"))
    answer = sign_in(client, purpose="link")
    assert "allerede koblet til en annen Samling-konto" in client.get(answer["Location"]).text
    assert IdentityLink.objects.get(subject=KARI["sub"]).user.username == "deltaker-absolutt"


def test_starting_a_link_needs_the_csrf_token(demo_id):
    client = Client(enforce_csrf_checks=True)
    client.force_login(User.objects.get(username="deltaker-absolutt"))
    assert start(client, purpose="link").status_code == 403


def test_staff_sign_in_to_the_admin_with_rights_from_samling_only(demo_id):
    editor = User.objects.get(username="redaktor-nb")
    groups = set(editor.groups.values_list("name", flat=True))
    IdentityLink.objects.create(user=editor, provider="demo", subject=OLA["sub"])
    client = Client()
    login_page = client.get("/admin/login/?next=/admin/pages/")
    assert "Logg inn med demo-ID" in login_page.text
    fields = form_fields(login_page.text, "/demo/")
    assert fields["next"] == "/admin/pages/"
    done = sign_in(client, username="ola.nordmann", **fields)
    assert done["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200
    assert set(editor.groups.values_list("name", flat=True)) == groups and not editor.is_superuser
    account = client.get("/admin/account/").text  # the admin's account screen leads there
    assert "Innlogging med ID-tjeneste" in account and 'href="/nb/konto/"' in account


def test_a_participant_linked_to_a_provider_gets_no_admin(demo_id):
    person = User.objects.get(username="deltaker-absolutt")  # Kari, by the demo
    client = Client()
    sign_in(client, next="/admin/")
    assert user_of(client) == person
    assert client.get("/admin/").status_code == 302  # to the admin's login: no access


def test_no_national_identity_number_is_stored(demo_id, absolutt):
    client = Client()
    accept_with_provider(client, invite(absolutt))
    sign_in(Client())  # Kari, linked by the demo
    out = call_command_output("dumpdata", "auth", "sessions", "identity", "axes", "cohorts")
    for account in (KARI, OLA):
        assert account["pid"] not in out
        assert all(account["pid"] not in json.dumps(s.get_decoded()) for s in Session.objects.all())
    cookie = client.cookies["samling_signout"]
    assert OLA["pid"] not in cookie.value and OLA["sub"] not in cookie.value  # encrypted
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert IdentityLink.objects.get(user__email=EMAIL).subject == OLA["sub"]


def call_command_output(*args):
    import io

    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_the_links_are_in_the_persons_data_and_go_with_the_account(demo_id, absolutt, settings):
    person = User.objects.get(username="deltaker-absolutt")  # Kari, by the demo
    client = Client()
    sign_in(client)
    data = json.loads(client.get("/nb/mine-data.json").content)
    (link,) = data["sign_in_links"]
    assert (link["provider"], link["identifier"]) == ("demo-ID", KARI["sub"]) and link["last_used"]
    page = client.get("/nb/mine-data/").text
    assert "Innlogginger koblet til kontoen din" in page and KARI["sub"] in page
    from datetime import timedelta

    last = absolutt.page().sessions.order_by("-end").first().end
    day = last + timedelta(days=settings.PARTICIPANT_DATA_RETENTION_DAYS + 1)
    call_command("purge_participant_data", "--date", day.date().isoformat())
    assert not User.objects.filter(pk=person.pk).exists()
    assert not IdentityLink.objects.filter(user_id=person.pk).exists()
