"""RQ's scheduler configuration: `rq cron reminders.cron` enqueues the daily reminders at
06:00 (the scheduler's local time) for a worker (`manage.py rqworker default`) to run.
With cron instead, none of this is needed: see the README."""

from rq import cron

from reminders.jobs import send_session_reminders

cron.register(
    send_session_reminders, queue_name="default", cron="0 6 * * *", name="session-reminders"
)
