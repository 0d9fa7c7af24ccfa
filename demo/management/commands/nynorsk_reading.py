from django.core.management.base import BaseCommand

from demo.nynorsk import READING, update_reading


class Command(BaseCommand):
    help = (
        "Add the Nynorsk demo pages' new Bokmål texts to demo/nynorsk.po, translated by "
        "the chain (memory, term base, Apertium), for a person to read."
    )

    def handle(self, *args, **options):
        added = update_reading()
        self.stdout.write(f"{READING.name}: {added} texts to read")
