from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cohorts.personal_data import purge


class Command(BaseCommand):
    help = (
        "Delete participants' personal data PARTICIPANT_DATA_RETENTION_DAYS after their "
        "cohort's last session. Run daily (cron or the RQ scheduler)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--date", help="act as on this day (YYYY-MM-DD)")
        parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")

    def handle(self, *args, date=None, dry_run=False, **options):
        try:
            today = date_from(date) if date else timezone.localdate()
        except ValueError as error:
            raise CommandError(f"--date: {error}") from error
        cohorts, memberships, accounts = purge(today, dry_run=dry_run)
        verb = "would delete" if dry_run else "deleted"
        for cohort in cohorts:
            self.stdout.write(f"past retention: {cohort}")
        self.stdout.write(f"{verb}: {memberships} memberships, {accounts} accounts")


def date_from(text):
    return date.fromisoformat(text)
