from pathlib import Path
from urllib.parse import urlparse

from django.core.management.base import BaseCommand, CommandError

from cohorts.access import cohort_for_page
from cohorts.enrolment import check_people, enrol, split_valid
from cohorts.invitations import queue_invitations
from cohorts.spreadsheet import SpreadsheetError, read_rows
from programme.cohort_page.page import CohortPage


class Command(BaseCommand):
    help = (
        "Enrol participants from a spreadsheet (.xlsx or .csv: name, email, municipality, "
        "role) in the cohort at COHORT_URL, and invite them. Nothing is saved if any row "
        "is wrong, unless --valid-only: then the valid rows are enrolled and the rest printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("cohort_url", help="the cohort page's address, e.g. /nb/absolutt/kull/")
        parser.add_argument("file", help="the .xlsx or .csv file")
        parser.add_argument("--dry-run", action="store_true", help="check every row, save nothing")
        parser.add_argument(
            "--valid-only",
            action="store_true",
            help="enrol the valid rows and print the others (exit 0 if one was enrolled)",
        )

    def handle(self, *args, cohort_url, file, dry_run=False, valid_only=False, **options):
        cohort = cohort_for_page(cohort_page(cohort_url))
        path = Path(file)
        try:
            rows = read_rows(path.name, path.read_bytes())
        except (OSError, SpreadsheetError) as error:
            raise CommandError(str(error)) from error
        people = check_people(cohort, rows)
        good, bad = split_valid(people)
        for person in bad:
            self.stderr.write(
                f"row {person.line} ({person.email or person.name}): {' '.join(person.problems)}"
            )
        if bad and not (valid_only and good):
            raise CommandError(f"{len(bad)} of {len(people)} rows are wrong; nothing was saved.")
        if dry_run:
            self.stdout.write(f"dry run: {len(good)} rows would be enrolled; nothing was saved.")
            return
        memberships = enrol(cohort, good)
        queue_invitations(memberships)
        self.stdout.write(
            f"{len(memberships)} participants enrolled in {cohort}; invitations sent."
            + (f" {len(bad)} rows were not enrolled (listed above)." if bad else "")
        )


def cohort_page(url):
    path = urlparse(url).path.rstrip("/") + "/"
    for page in CohortPage.objects.all():
        if page.get_url() and urlparse(page.get_url()).path == path:
            return page
    raise CommandError(f"No cohort page at {url}.")
