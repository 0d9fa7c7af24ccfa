"""What a certificate states, read from the cohort when it is issued; a participant's
current certificate, issued again (the old one withdrawn) when their attendance changed."""

from django.db import transaction
from django.utils import timezone

from cohorts.attendance import sessions_of
from cohorts.models import Attendance

from .models import Certificate


def attended(membership, sessions):
    present = set(
        membership.attendance.filter(state=Attendance.PRESENT).values_list("session", flat=True)
    )
    return [s for s in sessions if s.uid in present]


def statement(membership, sessions, facilitators):
    """The lines a certificate states, in the cohort's language (its source page's)."""
    page = membership.cohort.page()
    user = membership.user
    return {
        "language": page.locale.language_code,
        "name": user.get_full_name() or user.email,
        "programme": programme_name(page.get_parent().specific),
        "cohort_title": page.title,
        "sessions": [
            [timezone.localdate(s.start).isoformat(), s.module.title if s.module else ""]
            for s in attended(membership, sessions)
        ],
        "facilitators": facilitators,
    }


def programme_name(programme):
    """ "ABSOLUTT (Ledelse av utvikling i kommunen)": its full name where it has one."""
    full = getattr(programme, "full_name", "")
    return f"{programme.title} ({full})" if full else programme.title


def facilitator_names(cohort):
    names = [u.get_full_name() or u.username for u in cohort.facilitators.order_by("first_name")]
    return names or cohort.page().facilitator_list()


@transaction.atomic
def current(membership, sessions=None, facilitators=None):
    """The participant's valid certificate, issued now if they have none or their
    attendance changed; None before they have attended a session, or when a facilitator
    withdrew a certificate saying the same."""
    sessions = sessions if sessions is not None else sessions_of(membership.cohort)
    facilitators = (
        facilitators if facilitators is not None else facilitator_names(membership.cohort)
    )
    lines = statement(membership, sessions, facilitators)
    if not lines["sessions"]:
        return None
    issued = list(membership.certificates.select_for_update())
    same = [c for c in issued if all(getattr(c, k) == v for k, v in lines.items())]
    if any(c.withdrawn_because == Certificate.WITHDRAWN for c in same):
        return None
    if valid := [c for c in same if c.withdrawn_at is None]:
        return valid[0]
    membership.certificates.filter(withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now(), withdrawn_because=Certificate.REPLACED
    )
    return Certificate.objects.create(membership=membership, cohort=membership.cohort, **lines)
