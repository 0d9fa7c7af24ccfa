"""The term base as a CSV file: a header row of language codes (nb, da, nn, any of them)
and an optional "note" column; one term per row. Rows with fewer than two languages,
or with a term already in the base, are reported and skipped; nothing else is lost."""

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
        yield number, {name: (row.get(name) or "").strip() for name in COLUMNS if name in header}


def existing_term(values):
    """The term that has one of these words already (so the row updates it), or None."""
    for code in LANGUAGE_CODES:
        if values.get(code):
            term = Term.objects.filter(**{f"{code}__iexact": values[code]}).first()
            if term is not None:
                return term
    return None


def import_terms(text):
    """Add each row as a term, or update the term that shares one of its words."""
    result = ImportResult()
    for number, values in read_rows(text):
        term = existing_term(values) or Term()
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
