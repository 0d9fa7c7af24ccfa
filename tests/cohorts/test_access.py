"""Who sees and manages a cohort's people: the facilitator's own cohorts only; names
and addresses only for facilitators and administrators; removal ends access at once."""

import pytest

from django.contrib.auth import get_user_model
from django.test import Client

from .conftest import logged_in

pytestmark = pytest.mark.django_db
COHORT_PAGE = "/nb/absolutt/absolutt-innlandet-2026/"
# who, may manage ABSOLUTT's people
MANAGERS = [
    ("fasilitator-absolutt", True),
    ("admin", True),
    ("facilitator-kl", False),
    ("deltaker-absolutt", False),
    ("redaktor-nb", False),
    ("godkjenner", False),
]


def screens(cohort):
    session = cohort.page().sessions.first().uid
    base = f"/nb/kull/{cohort.pk}/"
    return [
        base,
        f"{base}deltakere/ny/",
        f"{base}deltakere/import/",
        f"{base}oppmote/{session}/",
        f"{base}oppmote.xlsx",
        f"{base}paminnelser/dager/",
    ]


@pytest.mark.parametrize("username, allowed", MANAGERS)
def test_only_the_cohorts_facilitators_and_administrators_manage_it(absolutt, username, allowed):
    client = logged_in(username)
    for url in screens(absolutt):
        assert client.get(url).status_code == (200 if allowed else 404), url
    member = absolutt.memberships.first()
    client.post(f"/nb/kull/{absolutt.pk}/deltakere/{member.pk}/fjern/")
    assert absolutt.memberships.filter(pk=member.pk).exists() != allowed


def test_anonymous_visitors_are_sent_to_the_login(absolutt):
    response = Client().get(f"/nb/kull/{absolutt.pk}/")
    assert response.status_code == 302 and "/_util/login/" in response["Location"]


def test_a_facilitator_has_no_rights_in_the_admin(facilitator):
    assert facilitator.get("/admin/").status_code == 302  # to the admin's login
    assert facilitator.get("/admin/pages/").status_code == 302


def test_names_are_shown_to_facilitators_not_to_participants(absolutt):
    seen_by_facilitator = logged_in("fasilitator-absolutt").get(COHORT_PAGE).text
    seen_by_participant = logged_in("deltaker-absolutt").get(COHORT_PAGE).text
    assert "Siri Lund" in seen_by_facilitator and "Kongsvinger" in seen_by_facilitator
    assert "Kongsvinger" in seen_by_participant and "Siri Lund" not in seen_by_participant
    assert "siri.lund@example.org" not in seen_by_participant


def test_the_facilitator_sees_which_teams_break_the_rules_and_why(facilitator, absolutt):
    text = facilitator.get(f"/nb/kull/{absolutt.pk}/").text
    assert "1 av 3 lag bryter reglene" in text
    assert "Ingen folkevalgt" in text


def test_the_danish_facilitator_works_in_danish(kl):
    text = logged_in("facilitator-kl").get(f"/da/hold/{kl.pk}/").text
    assert 'lang="da"' in text and "Fremmøde" in text and "Silkeborg" in text
    assert f'href="/nb/kull/{kl.pk}/"' in text  # the switcher stays on the screen


def test_removing_a_participant_ends_access_at_once(facilitator, absolutt):
    participant = logged_in("deltaker-absolutt")
    assert participant.get(COHORT_PAGE).status_code == 200
    member = absolutt.memberships.get(user__username="deltaker-absolutt")
    facilitator.post(f"/nb/kull/{absolutt.pk}/deltakere/{member.pk}/fjern/")
    assert participant.get(COHORT_PAGE).status_code == 403
    user = get_user_model().objects.get(username="deltaker-absolutt")
    assert not user.groups.filter(pk=absolutt.group_id).exists()


# Between sessions: a task's answers (Hamar's included), Hamar's workbook, the
# evaluation results and their export, for each kind of visitor.
BETWEEN = {
    None: (302, 302, 302, 302),  # to the login
    "deltaker-absolutt": (200, 200, 404, 404),  # Hamar's own member
    "deltager-kl": (404, 404, 404, 404),  # another cohort
    "fasilitator-absolutt": (200, 200, 200, 200),
    "facilitator-kl": (404, 404, 404, 404),
    "redaktor-nb": (404, 404, 200, 200),  # edits the cohort page: reads the results
    "redaktor-da": (404, 404, 200, 200),  # edits its Danish translation
    "oversetter": (404, 404, 200, 200),  # may edit the Danish translation too
    "admin": (200, 200, 200, 200),
}


@pytest.mark.parametrize("username", BETWEEN)
def test_who_reaches_the_teams_work_and_the_evaluations(absolutt, username):
    from .between import task

    hamar = absolutt.teams.get(municipality="Hamar")
    key = task("styrker-og-svakheter").translation_key
    base = f"/nb/kull/{absolutt.pk}/"
    urls = [
        f"{base}oppgaver/{key}/",
        f"{base}arbeidsbok/{hamar.pk}.docx",
        f"{base}evalueringer/",
        f"{base}evalueringer.xlsx",
    ]
    client = logged_in(username) if username else Client()
    assert tuple(client.get(url).status_code for url in urls) == BETWEEN[username]
