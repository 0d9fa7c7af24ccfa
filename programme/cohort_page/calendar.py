"""iCalendar (RFC 5545) for a cohort's sessions: a feed per cohort, a file per session.

UIDs come from the session row (copied unchanged into translations) and SEQUENCE from
its schedule (raised by each move), so calendar clients update an event when its time or
place changes instead of adding a new one.
"""

from icalendar import Calendar, Event

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .schedule import sequences


def one_line(text):
    """Text for a calendar property: a title or place with line breaks (pasted, or from a
    translation) becomes one line; a raw line break cannot stand in iCalendar."""
    return " ".join(str(text).split())


def session_event(cohort, session, request, zone, sequence=0):
    event = Event()
    event.add("uid", f"{session.uid}@samling")
    event.add("sequence", sequence)  # raised by each move: calendars replace the event
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.start.astimezone(zone))
    event.add("dtend", session.end.astimezone(zone))
    module = getattr(session, "shown_module", None) or session.module
    title = f"{cohort.title}: {module.title}" if module else cohort.title
    event.add("summary", one_line(title))
    place = ", ".join(part for part in (session.venue, session.address) if part)
    event.add("location", one_line(place))
    event.add("url", request.build_absolute_uri(module.url if module else cohort.url))
    event.add("description", _("Session in %(cohort)s") % {"cohort": one_line(cohort.title)})
    return event


def calendar_for(cohort, sessions, request, zone):
    calendar = Calendar()
    calendar.add("prodid", "-//Samling//samling//NB")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", one_line(cohort.title))
    numbers = sequences([session.uid for session in sessions])
    for session in sessions:
        sequence = numbers.get(session.uid, 0)
        calendar.add_component(session_event(cohort, session, request, zone, sequence))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def local_zone(language=None):
    from zoneinfo import ZoneInfo

    code = language or get_language() or settings.LANGUAGE_CODE
    return ZoneInfo(settings.LANGUAGE_TIME_ZONES.get(code, settings.TIME_ZONE))
