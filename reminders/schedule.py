"""Which reminder is due for a session on a given day.

With reminders 7 and 1 days before, a session 7 to 2 days ahead is due its 7-day
reminder and one 1 or 0 days ahead its 1-day reminder. So a day the command did not run
is made up the next day, and an earlier reminder is never sent after a later one.
"""


def days_until(session, today, zone):
    return (session.start.astimezone(zone).date() - today).days


def due_reminder(days_ahead, reminder_days):
    """The reminder (days before) due now, or None."""
    if days_ahead < 0:
        return None
    candidates = [n for n in reminder_days if n >= days_ahead]
    return min(candidates) if candidates else None
