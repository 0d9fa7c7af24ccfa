from django.core.management.base import BaseCommand
from django.db import transaction

from programme.demo.accounts import DEMO_EDITOR, ensure_demo_editor
from programme.demo.builder import build_demo
from programme.demo.home import update_home_pages


class Command(BaseCommand):
    help = "Load the demo content and accounts. Safe to run again: it duplicates nothing."

    @transaction.atomic
    def handle(self, *args, **options):
        homes = update_home_pages()
        programmes = build_demo()
        _, created = ensure_demo_editor()
        self.stdout.write(f"Home pages updated: {len(homes)}")
        self.stdout.write(f"Programmes: {', '.join(p.title for p in programmes)}")
        state = "created" if created else "already there"
        self.stdout.write(
            f"Demo editor {state}: {DEMO_EDITOR['username']} / {DEMO_EDITOR['password']}"
        )
