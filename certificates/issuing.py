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


def about_cohort(cohort):
    """What every certificate of `cohort` states alike, in its language (its source
    page's), with its sessions: read once for a cohort's whole .zip."""
    page = cohort.page()
    return {
        "language": page.locale.language_code,
        "programme": programme_name(page.get_parent().specific),
        "cohort_title": page.title,
        "facilitators": facilitator_names(cohort, page),
    }, sessions_of(cohort)


def programme_name(programme):
    """ "ABSOLUTT (Ledelse av utvikling i kommunen)": its full name where it has one."""
    full = getattr(programme, "full_name", "")
    return f"{programme.title} ({full})" if full else programme.title


def facilitator_names(cohort, page):
    names = [u.get_full_name() or u.username for u in cohort.facilitators.order_by("first_name")]
    return names or page.facilitator_list()


@transaction.atomic
def current(membership, about=None):
    """The participant's valid certificate, issued now if they have none or their
    attendance changed; None before they have attended a session, or when a facilitator
    withdrew a certificate saying the same. `about`: `about_cohort` of their cohort."""
    shared, sessions = about or about_cohort(membership.cohort)
    user = membership.user
    lines = {
        **shared,
        "name": user.get_full_name() or user.email,
        "sessions": [
            [timezone.localdate(s.start).isoformat(), s.module.title if s.module else ""]
            for s in attended(membership, sessions)
        ],
    }
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
    return Certificate.objects.create(
        membership=membership, cohort_id=membership.cohort_id, **lines
    )
