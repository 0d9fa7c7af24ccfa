"""The term base as a CSV file: a header row of language codes (nb, da, nn, any of them)
and an optional "note" column; one term per row. A row whose word in the first
language column is in the base updates that term; rows with fewer than two languages are
reported and skipped; nothing else is lost."""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .languages import LANGUAGE_CODES
from .models import Term

COLUMNS = (*LANGUAGE_CODES, "note")


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    skipped: list = field(default_factory=list)  # (row number, reason)


class UnreadableFile(ValueError):
    """Not a CSV file with language codes as its header."""


def read_rows(text):
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    languages = [name for name in header if name in LANGUAGE_CODES]
    if len(languages) < 2:
        raise UnreadableFile(
            _("The first row must name at least two language columns: %(codes)s.")
            % {"codes": ", ".join(LANGUAGE_CODES)}
        )
    reader.fieldnames = header
    for number, row in enumerate(reader, start=2):
        yield number, {name: (row.get(name) or "").strip() for name in header if name in COLUMNS}


def existing_term(values, source):
    """The term whose word in the file's first language (`source`) is this row's, which
    the row updates; or None."""
    if not values.get(source):
        return None
    return Term.objects.filter(**{f"{source}__iexact": values[source]}).order_by("pk").first()


def import_terms(text):
    """Add each row as a term, or update the term that has its word in the file's first
    language column."""
    result = ImportResult()
    source = None
    for number, values in read_rows(text):
        source = source or next(code for code in values if code in LANGUAGE_CODES)
        term = existing_term(values, source) or Term()
        created = term.pk is None
        for name, value in values.items():
            if value:
                setattr(term, name, value)
        try:
            with transaction.atomic():
                term.full_clean()
                term.save()
        except ValidationError as error:
            result.skipped.append((number, " ".join(error.messages)))
            continue
        if created:
            result.added += 1
        else:
            result.updated += 1
    return result


def export_terms(terms):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for term in terms:
        writer.writerow([*term.words(), term.note])
    return out.getvalue()
