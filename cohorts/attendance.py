"""Who came to each session: recorded by the facilitator as present, absent or excused
(not recorded until then), summed per team, exported."""

import io
from dataclasses import dataclass

from openpyxl import Workbook

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from editorial.csv_exports import neutralise

from .models import Attendance

STATES = {state for state, _label in Attendance.STATES}


def sessions_of(cohort):
    """The cohort's sessions in date order (the source page's: uids are shared)."""
    return list(cohort.page().sessions.select_related("module").order_by("start"))


def state_label(state):
    """The state as the screen or file says it; None is "not recorded"."""
    return dict(Attendance.STATES).get(state) or _("not recorded")


@transaction.atomic
def record(cohort, session_uid, states):
    """{membership key: state or None} for members of this cohort; None forgets a record."""
    members = set(cohort.memberships.values_list("pk", flat=True))
    states = {pk: state for pk, state in states.items() if pk in members}
    kept = {pk: state for pk, state in states.items() if state in STATES}
    Attendance.objects.filter(membership__in=states.keys(), session=session_uid).exclude(
        membership__in=kept.keys()
    ).delete()
    existing = {
        a.membership_id: a
        for a in Attendance.objects.filter(session=session_uid, membership__in=kept.keys())
    }
    changed = [existing[pk] for pk, state in kept.items() if pk in existing]
    changed = [a for a in changed if a.state != kept[a.membership_id]]
    for found in changed:
        found.state, found.recorded_at = kept[found.membership_id], timezone.now()
    if changed:
        Attendance.objects.bulk_update(changed, ["state", "recorded_at"])
    Attendance.objects.bulk_create(
        Attendance(membership_id=pk, session=session_uid, state=state)
        for pk, state in kept.items()
        if pk not in existing
    )


def possible_answers(cohort, sessions):
    """{session uid: members who could evaluate it}: all but those recorded away."""
    members = cohort.memberships.count()
    away = dict(
        Attendance.objects.filter(membership__cohort=cohort)
        .exclude(state=Attendance.PRESENT)
        .values_list("session")
        .annotate(count=Count("pk"))
    )
    return {s.uid: members - away.get(s.uid, 0) for s in sessions}


@dataclass
class Tally:
    """One team at one session."""

    session: object
    members: int
    present: int = 0
    absent: int = 0
    excused: int = 0

    @property
    def unrecorded(self):
        return self.members - self.present - self.absent - self.excused


@dataclass
class TeamRow:
    team: object
    members: list
    tallies: list  # a Tally per session


def recorded_states(cohort):
    """{(membership key, session uid): state}"""
    return {
        (membership, session): state
        for membership, session, state in Attendance.objects.filter(
            membership__cohort=cohort
        ).values_list("membership", "session", "state")
    }


def overview(cohort, teams, sessions):
    """Per team: its members with their state at each session, and a tally per session."""
    states = recorded_states(cohort)
    rows = []
    for team in teams:
        members = team.shown_members
        for member in members:
            member.sessions = [states.get((member.pk, s.uid)) for s in sessions]
        tallies = []
        for index, session in enumerate(sessions):
            tally = Tally(session, len(members))
            for member in members:
                if member.sessions[index]:
                    field = member.sessions[index]
                    setattr(tally, field, getattr(tally, field) + 1)
            tallies.append(tally)
        rows.append(TeamRow(team, members, tallies))
    return rows


def workbook(cohort, rows, sessions):
    """The attendance as .xlsx: a row per participant, a column per session with the
    state written out, so that absent and not recorded differ."""
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
            marks = [str(state_label(state)) for state in member.sessions]
            came = sum(state == Attendance.PRESENT for state in member.sessions)
            sheet.append([*map(neutralise, texts), *marks, came])
        present = [tally.present for tally in row.tallies]
        sheet.append([neutralise(row.team.municipality), _("Present"), "", "", *present, ""])
    for column in ("A", "B", "C", "D"):
        sheet.column_dimensions[column].width = 28
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
