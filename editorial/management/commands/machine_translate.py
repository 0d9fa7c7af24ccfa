import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from editorial.apertium import MachineTranslationFailed
from editorial.translation_chain import translate


class Command(BaseCommand):
    help = (
        "Translate standard input, one text per line, as the translation editor's button "
        "would fill each text: translation memory, then term base, then Apertium."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", required=True, help="language code, e.g. nb")
        parser.add_argument("--target", required=True, help="language code, e.g. da")
        parser.add_argument(
            "--origin", action="store_true", help="start each line with memory or machine"
        )

    @translation.override(settings.LANGUAGE_CODE)  # the operator's, whatever ran before
    def handle(self, *args, source, target, origin, **options):
        lines = sys.stdin.read().splitlines()
        texts = [line for line in lines if line.strip()]
        try:
            filled = iter(translate(source, target, texts))
        except MachineTranslationFailed as error:
            raise CommandError(
                _("Cannot translate from %(source)s into %(target)s on this machine.")
                % {"source": source, "target": target}
            ) from error
        for line in lines:
            if not line.strip():
                self.stdout.write(line)
                continue
            out = next(filled)
            self.stdout.write(f"{out.origin}\t{out.text}" if origin else out.text)
