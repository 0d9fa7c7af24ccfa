"""The facilitator mends what enrolment got wrong: a member's name, role, team, contact
role and (before they have a password) email; an empty team goes. Queries are pinned."""

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cohorts.enrolment import check_people, enrol
from cohorts.models import Cohort

from .conftest import logged_in

pytestmark = pytest.mark.django_db


def edit_url(cohort, member):
    return f"/nb/kull/{cohort.pk}/deltakere/{member.pk}/"


def test_a_member_is_moved_renamed_and_made_contact(facilitator, absolutt):
    member = absolutt.memberships.get(user__email="erik.strand@example.org")
    hamar = absolutt.teams.get(municipality="Hamar")
    data = {
        "name": "Erik Strand-Olsen",
        "email": "erik.strandolsen@example.org",
        "team": hamar.pk,
        "role": member.role.pk,
        "is_contact": "on",
    }
    assert facilitator.post(edit_url(absolutt, member), data).status_code == 302
    member.refresh_from_db()
    assert member.team == hamar and member.is_contact
    assert member.user.get_full_name() == "Erik Strand-Olsen"
    assert member.user.email == member.user.username == "erik.strandolsen@example.org"
    assert hamar.members.filter(is_contact=True).count() == 1


def test_an_account_with_a_password_keeps_its_email(facilitator, absolutt):
    member = absolutt.memberships.get(user__username="deltaker-absolutt")
    data = {
        "name": "Marte Kirkeby",
        "email": "ny@example.org",
        "team": member.team_id,
        "role": member.role.pk,
    }
    facilitator.post(edit_url(absolutt, member), data)
    member.user.refresh_from_db()
    assert member.user.email == "deltaker-absolutt@example.org"


def test_bad_input_keeps_what_was_typed(facilitator, absolutt):
    member = absolutt.memberships.get(user__email="erik.strand@example.org")
    data = {
        "name": "Erik\nStrand",
        "email": "siri.lund@example.org",
        "team": "999999999999999999999",
        "role": member.role.pk,
    }
    response = facilitator.post(edit_url(absolutt, member), data)
    assert response.status_code == 200 and 'class="ds-error-summary"' in response.text
    assert "siri.lund@example.org" in response.text


def test_only_an_empty_team_is_removed(facilitator, absolutt):
    hamar = absolutt.teams.get(municipality="Hamar")
    facilitator.post(f"/nb/kull/{absolutt.pk}/lag/{hamar.pk}/fjern/")
    assert absolutt.teams.filter(pk=hamar.pk).exists()
    empty = absolutt.teams.create(municipality="Åsnes")
    facilitator.post(f"/nb/kull/{absolutt.pk}/lag/{empty.pk}/fjern/")
    assert not absolutt.teams.filter(pk=empty.pk).exists()


OVERVIEW_QUERIES = 39  # the same with any number of teams, members, sessions, messages
# (10 of them count each team's tasks of the period, by the one rule of teamwork.progress)


def test_the_overview_and_the_cohort_page_do_not_grow_with_teams(facilitator, absolutt):
    participant = logged_in("deltaker-absolutt")
    cohort_page = "/nb/absolutt/absolutt-innlandet-2026/"
    overview = f"/nb/kull/{absolutt.pk}/"
    before = [queries(facilitator, overview), queries(participant, cohort_page)]
    absolutt.teams.create(municipality="Løten")
    rows = [
        (
            i,
            {
                "name": f"Person {i}",
                "email": f"p{i}@example.org",
                "municipality": "Løten",
                "role": "Rektor",
            },
        )
        for i in range(6)
    ]
    enrol(absolutt, check_people(absolutt, rows))
    after = [queries(facilitator, overview), queries(participant, cohort_page)]
    assert before == after and before[0] == OVERVIEW_QUERIES


def queries(client, url):
    client.get(url)  # warm the per-process caches
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_a_deleted_cohort_page_hides_its_people_and_starts_their_retention(facilitator, absolutt):
    for page in absolutt.pages().order_by("-pk"):
        page.delete()
    cohort = Cohort.objects.get(pk=absolutt.pk)
    assert cohort.page_deleted_at and cohort.memberships.exists()
    assert facilitator.get(f"/nb/kull/{absolutt.pk}/").status_code == 404
    assert Client().get(f"/nb/pamelding/{absolutt.pk}/").status_code == 404
