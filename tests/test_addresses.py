"""Every screen's address in its own language's words (base/addresses.py); the old
addresses, written in Norwegian under /da/ too, redirect to the new ones."""

import pytest

from django.test import Client
from django.urls import reverse
from django.utils import translation

from reminders.messages import opt_out_token
from tests.cohorts.between import task
from tests.cohorts.conftest import logged_in

pytestmark = pytest.mark.django_db


def test_danish_addresses_have_danish_words(kl):
    key = task("kortlaeg-maalkaeden", "da").translation_key
    with translation.override("da"):
        assert reverse("teamwork:task", args=[kl.pk, key]) == f"/da/hold/{kl.pk}/opgaver/{key}/"
        assert (
            reverse("cohorts:attendance_export", args=[kl.pk]) == f"/da/hold/{kl.pk}/fremmoede.xlsx"
        )
        assert reverse("my_cohort") == "/da/mit-hold/"
    with translation.override("nb"):
        assert reverse("teamwork:task", args=[kl.pk, key]) == f"/nb/kull/{kl.pk}/oppgaver/{key}/"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/da/kull/{pk}/", "/da/hold/{pk}/"),
        ("/da/kull/{pk}/oppmote.xlsx", "/da/hold/{pk}/fremmoede.xlsx"),
        ("/da/kull/{pk}/deltakere/import/", "/da/hold/{pk}/deltagere/import/"),
        ("/da/kull/{pk}/paminnelser/dager/?x=1", "/da/hold/{pk}/paamindelser/dage/?x=1"),
        ("/da/kull/{pk}/arbeidsbok/{team}.pdf", "/da/hold/{pk}/arbejdsbog/{team}.pdf"),
        ("/da/mitt-kull/", "/da/mit-hold/"),
        ("/da/glemt-passord/", "/da/glemt-adgangskode/"),
        ("/nb/hold/{pk}/opgaver/{task}/", "/nb/kull/{pk}/oppgaver/{task}/"),
    ],
)
def test_old_addresses_redirect_to_their_own_words(kl, old, new):
    values = {
        "pk": kl.pk,
        "team": kl.teams.first().pk,
        "task": task("kortlaeg-maalkaeden", "da").translation_key,
    }
    response = logged_in("facilitator-kl").get(old.format(**values))
    assert response.status_code == 301
    assert response["Location"] == new.format(**values)


def test_the_opt_out_link_of_an_old_reminder_still_works(kl):
    member = kl.memberships.first()
    token = opt_out_token(member)  # signed with the second it is made in: made once
    response = Client().get(f"/da/paminnelser/av/{token}/", follow=True)
    assert response.redirect_chain[0] == (f"/da/paamindelser/fra/{token}/", 301)
    assert response.status_code == 200


def test_a_session_file_and_a_tool_bundle_keep_working_under_old_words(kl, client):
    session = kl.page_in("da").sessions.first()
    cohort_url = kl.page_in("da").url
    response = logged_in("deltager-kl").get(f"{cohort_url}samling/{session.uid}/kalender/")
    assert response["Location"] == f"{cohort_url}moede/{session.uid}/kalender/"
    assert logged_in("deltager-kl").get(response["Location"]).status_code == 200
    module = "/da/forpligtende-samarbejde/praecise-maal/"
    assert client.get(f"{module}verktoypakke/")["Location"] == f"{module}vaerktoejspakke/"


def test_unknown_addresses_stay_404_and_posts_are_not_redirected(kl):
    client = logged_in("facilitator-kl")
    assert client.get("/da/kull-og-mer/").status_code == 404  # not a word of ours
    assert client.get("/da/kull/999999/").status_code == 301  # ...then the screen says 404
    assert client.get("/da/hold/999999/").status_code == 404
    assert client.post(f"/da/kull/{kl.pk}/deltakere/ny/").status_code == 404


def test_a_danish_reminder_links_in_danish_words(kl):
    from datetime import timedelta

    from django.core import mail
    from django.core.management import call_command
    from django.utils import timezone

    upcoming = kl.page().sessions.filter(start__gt=timezone.now()).order_by("start")[0]
    day = timezone.localtime(upcoming.start).date() - timedelta(days=7)
    call_command("send_session_reminders", "--date", day.isoformat())
    (body,) = [m.body for m in mail.outbox if m.to == ["deltager-kl@example.org"]]
    assert "/da/paamindelser/fra/" in body and f"/moede/{upcoming.uid}/kalender/" in body
    assert "/kull/" not in body and "/paminnelser/" not in body and "/samling/" not in body
