"""When and where each session is, as its members were last told.

A session's time or place changes in two ways: an editor publishes the cohort page with
new values, or a facilitator moves the session (`move_session`), which publishes the
change in every language without touching anything else on the page. Either way the
publish of the source page is compared with `SessionSchedule`, and each change raises
the session's SEQUENCE, so calendar apps update the event they already have (RFC 5545
3.8.7.4); the people app tells the members.
"""

from dataclasses import dataclass

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

FIELDS = ("start", "end", "venue", "address")


class SessionSchedule(models.Model):
    uid = models.UUIDField(primary_key=True)  # CohortSession.uid, the same in every language
    start = models.DateTimeField()
    end = models.DateTimeField()
    venue = models.CharField(max_length=200)
    address = models.CharField(max_length=250, blank=True)
    sequence = models.PositiveIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("session schedule")

    def __str__(self):
        return f"{self.uid} #{self.sequence}"


@dataclass
class Change:
    session: object  # the CohortSession as published now
    before: dict  # start, end, venue, address as they were


def sequences(uids):
    """{uid: SEQUENCE} for the calendar."""
    return dict(SessionSchedule.objects.filter(uid__in=uids).values_list("uid", "sequence"))


def is_source(page):
    """The cohort page in the language it was first written in: its sessions rule (the
    translations copy their times from it)."""
    first = type(page).objects.filter(translation_key=page.translation_key).order_by("pk")
    return first.values_list("pk", flat=True).first() == page.pk


def record(page):
    """[Change] for the sessions of `page` (just published) whose time or place differ
    from what was recorded; new sessions are recorded without a change."""
    if not is_source(page):
        return []
    sessions = list(page.sessions.all())
    known = SessionSchedule.objects.select_for_update().in_bulk([s.uid for s in sessions])
    changes = []
    for session in sessions:
        now = {name: getattr(session, name) for name in FIELDS}
        found = known.get(session.uid)
        if found is None:
            SessionSchedule.objects.create(uid=session.uid, **now)
            continue
        before = {name: getattr(found, name) for name in FIELDS}
        if before != now:
            SessionSchedule.objects.filter(uid=session.uid).update(
                sequence=models.F("sequence") + 1, **now
            )
            changes.append(Change(session, before))
    return changes


@transaction.atomic
def move_session(page, uid, user, **values):
    """Publish `values` (of FIELDS) for session `uid` of the cohort page `page` in every
    language, as `user`; a draft waiting to be published gets them too, so publishing it
    later does not move the session back. Nothing else on the page changes."""
    pages = type(page).objects.filter(translation_key=page.translation_key).order_by("pk")
    for version in pages:
        if not version.live:
            continue
        draft = version.get_latest_revision_as_object() if version.has_unpublished_changes else None
        live = set_session(version.specific, uid, values)
        live.save_revision(user=user, log_action=True).publish(
            user=user,
            skip_permission_checks=True,  # moving a session is all it may do
        )
        if draft is not None:
            set_session(draft, uid, values).save_revision(user=user)


def set_session(page, uid, values):
    sessions = list(page.sessions.all())
    for session in sessions:
        if session.uid == uid:
            for name, value in values.items():
                setattr(session, name, value)
    page.sessions = sessions
    return page
