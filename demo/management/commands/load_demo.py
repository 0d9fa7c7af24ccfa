from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from demo.accounts import PASSWORD, ensure_staff_accounts
from demo.builder import build_demo
from demo.cohort_people import ensure_cohort_people
from demo.evaluations import ensure_evaluations
from demo.home import point_site_at, update_home_pages
from demo.participants import ensure_participants
from demo.sign_in import ensure_demo_id_links
from demo.team_work import ensure_team_work
from demo.term_base import ensure_terms


class Command(BaseCommand):
    help = "Load the demo content and accounts. Safe to run again: it duplicates nothing."

    def handle(self, *args, **options):
        with transaction.atomic():
            created = ensure_staff_accounts()  # the Nynorsk demo's translator and approver
            homes = update_home_pages()
            point_site_at(settings.WAGTAILADMIN_BASE_URL)
            programmes = build_demo()
            ensure_terms()
        # wagtail-localize publishes the translations made above when that transaction
        # commits: what is added to a translated page (a cohort's participant list) comes
        # after, or that publish would put the translation's first revision back.
        with transaction.atomic():
            ensure_participants()
            ensure_cohort_people(PASSWORD)
            ensure_demo_id_links()
            ensure_team_work()
            ensure_evaluations(timezone.now())
        self.stdout.write(f"Home pages updated: {len(homes)}")
        self.stdout.write(f"Programmes: {', '.join(p.title for p in programmes)}")
        if created:
            self.stdout.write(f"Demo accounts created: {', '.join(created)} / {PASSWORD}")
