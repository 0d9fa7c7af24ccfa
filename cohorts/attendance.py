"""Who came to each session: recorded by the facilitator, summed per team, exported."""

import io
from dataclasses import dataclass

from openpyxl import Workbook

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from editorial.csv_exports import neutralise

from .models import Attendance


def sessions_of(cohort):
    """The cohort's sessions in date order (the source page's: uids are shared)."""
    return list(cohort.page().sessions.order_by("start"))


@transaction.atomic
def record(cohort, session_uid, present_ids):
    """Exactly `present_ids` (membership keys of this cohort) came to the session."""
    members = cohort.memberships.values_list("pk", flat=True)
    present = set(present_ids) & set(members)
    Attendance.objects.filter(membership__cohort=cohort, session=session_uid).exclude(
        membership__in=present
    ).delete()
    already = set(
        Attendance.objects.filter(session=session_uid, membership__in=present).values_list(
            "membership", flat=True
        )
    )
    Attendance.objects.bulk_create(
        Attendance(membership_id=pk, session=session_uid) for pk in present - already
    )


@dataclass
class TeamRow:
    team: object
    members: list
    counts: list  # people present per session


def attended_sets(cohort):
    """{membership key: {session uid}}"""
    found = {}
    for membership, session in Attendance.objects.filter(membership__cohort=cohort).values_list(
        "membership", "session"
    ):
        found.setdefault(membership, set()).add(session)
    return found


def overview(cohort, teams, sessions):
    """Per team: its members and how many came to each session."""
    attended = attended_sets(cohort)
    rows = []
    for team in teams:
        members = team.shown_members
        for member in members:
            member.sessions = [s.uid in attended.get(member.pk, ()) for s in sessions]
        counts = [sum(m.sessions[i] for m in members) for i in range(len(sessions))]
        rows.append(TeamRow(team, members, counts))
    return rows


def workbook(cohort, rows, sessions):
    """The attendance as .xlsx: one row per participant, a column per session."""
    book = Workbook()
    sheet = book.active
    sheet.title = _("Attendance")[:31]
    zone = timezone.get_current_timezone()
    dates = [timezone.localtime(s.start, zone).strftime("%Y-%m-%d") for s in sessions]
    sheet.append([_("Team"), _("Name"), _("Email"), _("Role"), *dates, _("Sessions attended")])
    for row in rows:
        for member in row.members:
            role = member.shown_role.name if member.shown_role else ""
            texts = [row.team.municipality, member.user.get_full_name(), member.user.email, role]
            marks = ["✓" if came else "" for came in member.sessions]
            sheet.append([*map(neutralise, texts), *marks, sum(member.sessions)])
        sheet.append([neutralise(row.team.municipality), _("Total"), "", "", *row.counts, ""])
    for column in ("A", "B", "C", "D"):
        sheet.column_dimensions[column].width = 28
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
