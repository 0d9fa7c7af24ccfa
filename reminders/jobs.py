"""The daily run as an RQ job, for the RQ scheduler (`rq cron reminders.cron`)."""

from django.core.management import call_command


def send_session_reminders():
    call_command("send_session_reminders")
