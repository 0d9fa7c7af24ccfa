"""The cohort timeline at every boundary, in local time, across a daylight-saving change."""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from programme.cohort_page.timeline import (
    AFTER_LAST,
    BEFORE_FIRST,
    BETWEEN,
    IN_PROGRESS,
    NO_SESSIONS,
    build_timeline,
)

OSLO = ZoneInfo("Europe/Oslo")


@dataclass(frozen=True)
class Session:
    start: datetime
    end: datetime


def at(day, hour=12, minute=0, month=3, year=2027):
    return datetime(year, month, day, hour, minute, tzinfo=OSLO)


# Two sessions around the change to summer time (2027-03-28 02:00 in Oslo).
FIRST = Session(at(10, 9, 30), at(10, 15, 30))
SECOND = Session(at(31, 9, 30), at(31, 15, 30))
SESSIONS = [SECOND, FIRST]  # given out of order on purpose


@pytest.mark.parametrize(
    ("now", "state", "previous", "upcoming", "days"),
    [
        (at(1), BEFORE_FIRST, None, FIRST, 9),
        (at(10, 9, 29), BEFORE_FIRST, None, FIRST, 0),
        (at(10, 9, 30), IN_PROGRESS, None, FIRST, 0),
        (at(10, 15, 29), IN_PROGRESS, None, FIRST, 0),
        (at(10, 15, 30), BETWEEN, FIRST, SECOND, 21),
        (at(27, 23, 59), BETWEEN, FIRST, SECOND, 4),
        (at(28, 3, 0), BETWEEN, FIRST, SECOND, 3),  # an hour shorter day: still 3 days
        (at(30, 23, 59), BETWEEN, FIRST, SECOND, 1),
        (at(31, 0, 0), BETWEEN, FIRST, SECOND, 0),
        (at(31, 15, 30), AFTER_LAST, SECOND, None, None),
        (at(1, month=6), AFTER_LAST, SECOND, None, None),
    ],
)
def test_timeline_boundaries(now, state, previous, upcoming, days):
    timeline = build_timeline(SESSIONS, now, OSLO)
    assert timeline.sessions == [FIRST, SECOND]
    assert (timeline.state, timeline.previous, timeline.next, timeline.days_left) == (
        state,
        previous,
        upcoming,
        days,
    )


def test_held_sessions_are_those_that_have_ended():
    timeline = build_timeline(SESSIONS, at(20), OSLO)
    assert timeline.is_held(FIRST)
    assert not timeline.is_held(SECOND)


def test_days_are_counted_in_the_local_calendar_not_in_utc():
    # 00:30 in Oslo is still the previous day in UTC.
    timeline = build_timeline([SECOND], at(30, 0, 30), OSLO)
    assert timeline.days_left == 1


def test_no_sessions():
    assert build_timeline([], at(1), OSLO).state == NO_SESSIONS
