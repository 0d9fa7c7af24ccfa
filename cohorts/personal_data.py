"""Participants' personal data: what Samling holds about a person, for them to
download, and its deletion a set time after their cohort's last session.

Retention: `PARTICIPANT_DATA_RETENTION_DAYS` after a cohort's last session ends, its
memberships, attendance, registrations, teams with their answers and notes, and what
other apps keep about it (evaluations, reminders sent: receivers of `cohort_expired`)
are deleted (`manage.py purge_participant_data`, run daily). A participant's account
goes with its last membership unless it is needed otherwise (staff, a facilitator,
another cohort), and with it its login records and sessions (security.login_records).
"""

import json
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Max
from django.dispatch import Signal
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from base.downloads import file_name, private_file
from programme.cohort_page.checklist import TaskTick, task_titles
from programme.cohort_page.page import CohortSession
from security.login_records import forget_logins
from security.rate_limits import forget_old

from .accounts import needed_beyond
from .attendance import state_label
from .data_page import readable
from .models import Attendance, Cohort, Membership, RegisteredMember

# Sent for each cohort past retention, inside the purge's transaction: the apps that keep
# rows about a cohort's people delete them (evaluations, reminders).
cohort_expired = Signal()

# Sent for a person's download of their data (with `user` and their `memberships`): each
# app that keeps something about them answers with its sections, a dict of plain data
# (teamwork: the answers they wrote and their notes; evaluations: sessions evaluated).
personal_data_requested = Signal()


def held_by_samling(user):
    """Everything about `user` outside the published content, as plain data."""
    memberships = list(
        Membership.objects.filter(user=user).select_related("cohort", "team", "role")
    )
    attended = list(Attendance.objects.filter(membership__user=user))
    starts = dict(  # the session's date stands for the session (one per translation)
        CohortSession.objects.filter(uid__in=[a.session for a in attended]).values_list(
            "uid", "start"
        )
    )
    return {
        "account": {
            "username": user.username,
            "name": user.get_full_name(),
            "email": user.email,
            "joined": user.date_joined.isoformat(),
            "last_login": user.last_login and user.last_login.isoformat(),
        },
        "cohorts": [
            {
                "cohort": m.cohort.title,
                "team": m.team.municipality,
                "role": m.role.localized.name if m.role else None,
                "contact_person": m.is_contact,
                "enrolled": m.created_at.isoformat(),
                "invited": m.invited_at and m.invited_at.isoformat(),
                "attendance": sorted(
                    (
                        {
                            "session": starts[a.session].isoformat(),
                            "state": str(state_label(a.state)),
                        }
                        for a in attended
                        if a.membership_id == m.pk and a.session in starts
                    ),
                    key=lambda row: row["session"],
                ),
            }
            for m in memberships
        ],
        "facilitates": list(user.facilitated_cohorts.values_list("title", flat=True)),
        "registrations": [
            {
                "municipality": r.registration.municipality,
                "cohort": r.registration.cohort.title,
                "status": str(r.registration.get_status_display()),
                "sent": r.registration.created_at.isoformat(),
            }
            for r in RegisteredMember.objects.filter(email__iexact=user.email).select_related(
                "registration__cohort"
            )
        ],
        "tasks_ticked": ticked(user),
        "reminders_by_email": {m.cohort.title: not m.reminders_off for m in memberships},
        **contributions(user, memberships),
    }


def ticked(user):
    keys = list(TaskTick.objects.filter(user=user).values_list("task_key", flat=True))
    titles = task_titles(keys)
    return [{"task": titles.get(key, "–"), "task_id": str(key)} for key in keys]


def contributions(user, memberships):
    """The sections the other apps hold about `user` (receivers of personal_data_requested)."""
    sections = {}
    for _receiver, answer in personal_data_requested.send(
        sender=None, user=user, memberships=memberships
    ):
        sections.update(answer)
    return sections


@login_required
def download(request):
    """For machines: the same, as JSON (keys in English, values as the page shows them)."""
    body = json.dumps(held_by_samling(request.user), ensure_ascii=False, indent=2)
    name = file_name("samling", _("my data"), extension="json")
    return private_file(body, name, "application/json; charset=utf-8")


@login_required
@never_cache
def page(request):
    """What Samling holds about the person, as a page in their language."""
    sections = readable(held_by_samling(request.user))
    return render(request, "cohorts/my_data.html", {"sections": sections})


def expired_cohorts(today):
    """Cohorts whose last session ended more than the retention period before `today`."""
    return [cohort for cohort in Cohort.objects.all() if past_retention(cohort, today)]


def past_retention(cohort, today):
    """Has the retention period passed since the cohort's last session (or since its
    page was deleted)?"""
    cutoff = today - timedelta(days=settings.PARTICIPANT_DATA_RETENTION_DAYS)
    page = cohort.page()
    last = page.sessions.aggregate(last=Max("end"))["last"] if page else cohort.page_deleted_at
    return last is not None and timezone.localdate(last) < cutoff


@transaction.atomic
def purge(today, dry_run=False):
    """(cohorts, memberships, accounts) deleted for cohorts past retention."""
    cohorts = expired_cohorts(today)
    memberships = list(
        Membership.objects.filter(cohort__in=cohorts).select_related("user", "cohort")
    )
    users = {m.user for m in memberships}
    for membership in memberships:
        membership.delete()  # attendance with it; group access ends
    for cohort in cohorts:
        cohort.registrations.all().delete()
        cohort.teams.all().delete()  # with their answers and the history of who wrote them
        cohort_expired.send(sender=Cohort, cohort=cohort)
    gone = [u for u in users if not needed_beyond(u)]
    forget_logins(gone)
    get_user_model().objects.filter(pk__in=[u.pk for u in gone]).delete()
    forget_old()
    if dry_run:
        transaction.set_rollback(True)
    return cohorts, len(memberships), len(gone)
