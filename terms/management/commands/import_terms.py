from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from terms.csv_files import UnreadableFile, import_terms


class Command(BaseCommand):
    help = (
        "Add the terms of a CSV file (a column per language code: nb, da, nn; and "
        "'note') to the term base; a row whose word in the first language column is "
        "there updates that term."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a UTF-8 CSV file")

    @translation.override(settings.LANGUAGE_CODE)  # the operator's, whatever ran before
    def handle(self, *args, file, **options):
        try:
            with open(file, encoding="utf-8") as handle:
                result = import_terms(handle.read())
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": file, "error": error}
            ) from error
        except UnreadableFile as error:
            raise CommandError(str(error)) from error
        for number, reason in result.skipped:
            self.stderr.write(
                _("Row %(number)s skipped: %(reason)s") % {"number": number, "reason": reason}
            )
        self.stdout.write(
            _("Terms added: %(added)s, updated: %(updated)s, rows skipped: %(skipped)s.")
            % {"added": result.added, "updated": result.updated, "skipped": len(result.skipped)}
        )
