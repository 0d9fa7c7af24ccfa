"""Accounts belong to their person: a facilitator never changes the name, address or
password state of an account the cohort did not make, and enrolling an existing person
only adds a membership and tells them at the address already on their account.

Every facilitator action is tried on accounts of the other cohort, of staff, and of a
person in both cohorts (the takeover of issue 30: enrol a Danish participant by email,
change the address, send the invitation again, accept it)."""

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase

from cohorts.attendance import sessions_of
from cohorts.models import Membership

from .conftest import logged_in

pytestmark = pytest.mark.django_db
LONE = "lone.madsen@example.org"  # Klynge Midtjylland, no password set yet


def enrol_by_form(facilitator, cohort, email, name="Someone Else"):
    team = cohort.teams.order_by("municipality").first()
    role = cohort.memberships.exclude(role=None).first().role
    data = {"name": name, "email": email, "team": team.pk, "role": role.pk}
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = facilitator.post(f"/nb/kull/{cohort.pk}/deltakere/ny/", data)
    assert response.status_code == 302
    return cohort.memberships.get(user__email__iexact=email)


def try_to_take_over(facilitator, cohort, member, name="Mallory", email="mallory@evil.test"):
    """The attack: edit name and address, then send the invitation again."""
    data = {"name": name, "email": email, "team": member.team_id, "role": member.role_id}
    facilitator.post(f"/nb/kull/{cohort.pk}/deltakere/{member.pk}/", data)
    mail.outbox.clear()
    with TestCase.captureOnCommitCallbacks(execute=True):
        facilitator.post(f"/nb/kull/{cohort.pk}/deltakere/{member.pk}/invitasjon/")


def unchanged(user, before):
    user.refresh_from_db()
    after = (user.first_name, user.last_name, user.email, user.username, user.password)
    return after == before


def snapshot(user):
    return (user.first_name, user.last_name, user.email, user.username, user.password)


def test_a_person_of_another_cohort_enrolled_by_email_keeps_her_account(facilitator, absolutt):
    lone = get_user_model().objects.get(email=LONE)
    before = snapshot(lone)
    mail.outbox.clear()
    member = enrol_by_form(facilitator, absolutt, LONE.upper(), name="Not Lone")
    assert member.user == lone and not member.created_account
    assert [m.to for m in mail.outbox] == [[LONE]]  # told, at her own address
    try_to_take_over(facilitator, absolutt, member)
    assert unchanged(lone, before)
    assert [m.to for m in mail.outbox] == [[LONE]]
    form = facilitator.get(f"/nb/kull/{absolutt.pk}/deltakere/{member.pk}/")
    assert "har sin egen konto, så bare" in form.text and "disabled" in form.text


def test_the_other_cohorts_members_are_out_of_reach(facilitator, absolutt, kl):
    """Their ids under our cohort's addresses: 404 for every action, nothing changed."""
    member = kl.memberships.get(user__email=LONE)
    before = snapshot(member.user)
    base = f"/nb/kull/{absolutt.pk}/deltakere/{member.pk}"
    assert facilitator.get(f"{base}/").status_code == 404
    assert facilitator.post(f"{base}/", {"name": "X", "email": "x@evil.test"}).status_code == 404
    assert facilitator.post(f"{base}/invitasjon/").status_code == 404
    assert facilitator.post(f"{base}/fjern/").status_code == 404
    assert facilitator.get(f"/nb/kull/{kl.pk}/deltakere/{member.pk}/").status_code == 404
    session = sessions_of(absolutt)[0]
    facilitator.post(f"/nb/kull/{absolutt.pk}/oppmote/{session.uid}/", {"present": [member.pk]})
    assert not member.attendance.exists()
    assert unchanged(member.user, before) and Membership.objects.filter(pk=member.pk).exists()


@pytest.mark.parametrize("who", ["redaktor-nb", "godkjenner", "facilitator-kl"])
def test_staff_and_facilitators_enrolled_as_participants_keep_their_accounts(
    facilitator, absolutt, who
):
    user = get_user_model().objects.get(username=who)
    user.set_unusable_password()  # even without a password of their own
    user.save()
    before = snapshot(user)
    member = enrol_by_form(facilitator, absolutt, user.email)
    try_to_take_over(facilitator, absolutt, member)
    assert unchanged(user, before)
    assert all(m.to == [user.email] for m in mail.outbox)


def test_a_person_in_both_cohorts_is_changed_by_neither(facilitator, absolutt, kl):
    """Made by our enrolment, then enrolled in the other cohort too: the account is no
    longer ours alone, so neither facilitator changes it."""
    member = enrol_by_form(facilitator, absolutt, "vera.vik@example.org", name="Vera Vik")
    assert member.created_account
    other = enrol_by_form(logged_in("facilitator-kl"), kl, "vera.vik@example.org")
    assert other.user == member.user and not other.created_account
    before = snapshot(member.user)
    try_to_take_over(facilitator, absolutt, member)
    try_to_take_over(logged_in("facilitator-kl"), kl, other)
    assert unchanged(member.user, before)
    assert all(m.to == ["vera.vik@example.org"] for m in mail.outbox)


def test_an_account_our_enrolment_made_can_be_mended_until_it_is_used(facilitator, absolutt):
    member = enrol_by_form(facilitator, absolutt, "vera.vik@exmaple.org", name="Vera Vik")
    try_to_take_over(facilitator, absolutt, member, "Vera Vik", "vera.vik@example.org")
    member.user.refresh_from_db()
    assert member.user.email == member.user.username == "vera.vik@example.org"
    assert [m.to for m in mail.outbox] == [["vera.vik@example.org"]]
    member.user.set_password("Et-godt-passord-42")  # she accepted the invitation
    member.user.save()
    before = snapshot(member.user)
    try_to_take_over(facilitator, absolutt, member)
    assert unchanged(member.user, before)


def test_a_demo_account_made_by_the_enrolment_is_the_cohorts(absolutt, kl):
    """The demo (and the migration for older data) mark accounts made for a cohort."""
    assert absolutt.memberships.get(user__email="erik.strand@example.org").created_account
    assert not absolutt.memberships.get(user__username="deltaker-absolutt").created_account
