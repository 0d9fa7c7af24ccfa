"""Send the reminders due today: run it daily (cron or the RQ scheduler; see the README)."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from reminders.messages import due_reminders
from reminders.sending import send


def day(value):
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--date takes a day as YYYY-MM-DD, not {value!r}") from None


class Command(BaseCommand):
    help = "Email participants and facilitators the reminders due today, each only once."

    def add_arguments(self, parser):
        parser.add_argument("--date", type=str, help="act as on this day (YYYY-MM-DD)")
        parser.add_argument(
            "--dry-run", action="store_true", help="print the reminders, send nothing"
        )

    def handle(self, *args, **options):
        today = day(options["date"]) if options["date"] else timezone.localdate()
        reminders = due_reminders(today)
        if options["dry_run"]:
            for reminder in reminders:
                self.stdout.write(f"would send: {reminder.line()}")
            self.stdout.write(f"{len(reminders)} reminders due on {today}; none sent (dry run)")
            return
        sent, failed = send(reminders)
        for reminder in sent:
            self.stdout.write(f"sent: {reminder.line()}")
        for reminder in failed:
            self.stderr.write(f"not sent: {reminder.line()}")
        self.stdout.write(f"{len(sent)} reminders sent on {today}")
        if failed:
            raise CommandError(f"{len(failed)} reminders could not be sent; run again to retry")
