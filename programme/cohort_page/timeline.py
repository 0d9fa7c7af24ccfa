"""Where a cohort is in its run: which sessions are held, which is next, days left.

Pure logic over (start, end) datetimes, so every boundary is easy to test. Days are
counted in the cohort's local calendar, so a daylight-saving change does not shift them.
"""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

BEFORE_FIRST, BETWEEN, IN_PROGRESS, AFTER_LAST, NO_SESSIONS = (
    "before_first",
    "between",
    "in_progress",
    "after_last",
    "no_sessions",
)


@dataclass(frozen=True)
class Timeline:
    sessions: list  # ordered by start; each has .start and .end (aware datetimes)
    previous: object  # the last session that has ended, or None
    next: object  # the session in progress or the first one ahead, or None
    state: str
    days_left: int | None  # calendar days until the next session starts (0: today)

    def is_held(self, session):
        return self.previous is not None and session.end <= self.previous.end


def build_timeline(sessions, now: datetime, zone: ZoneInfo) -> Timeline:
    ordered = sorted(sessions, key=lambda s: s.start)
    held = [s for s in ordered if s.end <= now]
    ahead = [s for s in ordered if s.end > now]
    previous = held[-1] if held else None
    upcoming = ahead[0] if ahead else None
    days_left = None
    if upcoming is not None:
        days_left = max(
            0, (upcoming.start.astimezone(zone).date() - now.astimezone(zone).date()).days
        )
    return Timeline(
        ordered, previous, upcoming, state_of(ordered, previous, upcoming, now), days_left
    )


def state_of(ordered, previous, upcoming, now):
    if not ordered:
        return NO_SESSIONS
    if upcoming is None:
        return AFTER_LAST
    if upcoming.start <= now:
        return IN_PROGRESS
    return BEFORE_FIRST if previous is None else BETWEEN
