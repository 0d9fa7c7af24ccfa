"""The cohort's year as an annual wheel (årshjul): geometry for a server-drawn SVG.

Twelve month sectors start at the month of the first session, at twelve o'clock, and
run clockwise. Sessions are dots on the rim at their dates; the periods between them
are arcs just inside the rim. The template draws the SVG from these numbers.
"""

import math
from dataclasses import dataclass
from datetime import datetime

from django.utils import dateformat

SIZE = 360
CENTRE = SIZE / 2
RIM = 150  # radius of the month ring and the session dots
PERIOD = 128  # radius of the arcs between sessions
LABEL = 108  # radius of the month labels


@dataclass(frozen=True)
class Point:
    x: float
    y: float


def add_months(moment, months):
    year, month = divmod(moment.month - 1 + months, 12)
    return moment.replace(year=moment.year + year, month=month + 1)


def point(angle, radius):
    return Point(
        round(CENTRE + radius * math.cos(angle), 2), round(CENTRE + radius * math.sin(angle), 2)
    )


def arc(start_angle, end_angle, radius):
    """An SVG path for a clockwise arc between two angles."""
    a, b = point(start_angle, radius), point(end_angle, radius)
    large = 1 if (end_angle - start_angle) % (2 * math.pi) > math.pi else 0
    return f"M {a.x} {a.y} A {radius} {radius} 0 {large} 1 {b.x} {b.y}"


class Wheel:
    def __init__(self, timeline, zone):
        self.timeline = timeline
        self.zone = zone
        first = timeline.sessions[0].start.astimezone(zone)
        self.begin = first.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        self.finish = add_months(self.begin, 12)

    def angle(self, moment: datetime):
        span = (self.finish - self.begin).total_seconds()
        fraction = (moment.astimezone(self.zone) - self.begin).total_seconds() / span
        return 2 * math.pi * min(max(fraction, 0), 1) - math.pi / 2

    def months(self):
        result = []
        for index in range(12):
            start = add_months(self.begin, index)
            middle = self.angle(start) + math.pi / 12
            result.append(
                {
                    "label": dateformat.format(start, "M"),
                    "divider": point(self.angle(start), RIM + 12),
                    "inner": point(self.angle(start), RIM - 30),
                    "text": point(middle, LABEL),
                }
            )
        return result

    def sessions(self):
        next_session = self.timeline.next
        return [
            {
                "number": number,
                "centre": point(self.angle(session.start), RIM),
                "label": point(self.angle(session.start), RIM + 24),
                "held": self.timeline.is_held(session),
                "next": session is next_session,
            }
            for number, session in enumerate(self.timeline.sessions, start=1)
        ]

    def periods(self):
        pairs = zip(self.timeline.sessions, self.timeline.sessions[1:], strict=False)
        return [
            {
                "path": arc(self.angle(a.end), self.angle(b.start), PERIOD),
                "current": a is self.timeline.previous and b is self.timeline.next,
            }
            for a, b in pairs
        ]


def wheel_context(timeline, zone):
    if not timeline.sessions:
        return None
    wheel = Wheel(timeline, zone)
    return {
        "size": SIZE,
        "centre": CENTRE,
        "rim": RIM,
        "months": wheel.months(),
        "sessions": wheel.sessions(),
        "periods": wheel.periods(),
        "year_start": wheel.begin,
        "year_end": add_months(wheel.begin, 11),
    }
