"""A session moved, by an editor's publish or a facilitator's move: each member is told
once, by a notice that also stays on the cohort page."""

from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from cohorts.models import Cohort
from programme.cohort_page.calendar import local_zone
from programme.cohort_page.page import CohortPage
from programme.cohort_page.schedule import record

from .models import Notice
from .sending import notify


def session_changes(sender, instance, revision=None, **kwargs):
    """page_published: record the sessions' times; tell the members of each change."""
    page = instance.specific_deferred
    if not isinstance(page, CohortPage):
        return
    changes = record(page)
    if not changes:
        return
    cohort = Cohort.objects.filter(page_key=page.translation_key).first()
    if cohort is None:
        return
    author = revision.user if revision is not None else None
    for change in changes:
        notify(moved_notice(cohort, page, change, author))


def moved_notice(cohort, page, change, author):
    session = change.session
    with translation.override(cohort.language()), timezone.override(local_zone()):
        name = session.module.title if session.module else when(session.start, session.end)
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        calendar = page.session_calendar_path(session.uid)
        body = _(
            "The session %(name)s has moved.\n\nBefore: %(before)s\nNow: %(now)s\n\n"
            "Calendars that subscribe to the cohort update the event; or add it again: "
            "%(calendar)s"
        ) % {
            "name": name,
            "before": place_and_time(change.before),
            "now": place_and_time(vars(session)),
            "calendar": base + calendar,
        }
        subject = _("Moved: %(name)s") % {"name": name}
    return Notice.objects.create(
        cohort=cohort, author=author, kind=Notice.MOVED, subject=subject[:150], body=body
    )


def when(start, end):
    start, end = timezone.localtime(start), timezone.localtime(end)
    day = formats.date_format(start, "DATE_FORMAT")
    return f"{day} {start:%H:%M}–{end:%H:%M}"


def place_and_time(values):
    place = ", ".join(part for part in (values["venue"], values["address"]) if part)
    return f"{when(values['start'], values['end'])}, {place}"
