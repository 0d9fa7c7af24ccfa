from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The term base's columns: the content languages, and room for Nynorsk.
LANGUAGE_CODES = ("nb", "da", "nn")


def one_line(value):
    if "\n" in value or "\r" in value:
        raise ValidationError(_("A term is written on one line."))
