"""Files made for one person: sent as attachments under a name in the screen's language,
never kept by a cache on the way."""

from django.http import HttpResponse
from django.utils import translation
from django.utils.text import slugify

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# How each language writes its own letters without them (slugify would drop æ and ø).
ASCII_LETTERS = {
    "nb": str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A"}),
    "da": str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}),
}


def file_name(*parts, extension):
    """`oppmote-absolutt-innlandet-2026.xlsx` from ("oppmøte", "ABSOLUTT Innlandet 2026")
    in Bokmål, `fremmoede-…` in Danish: ASCII only, so that every browser and mail
    program keeps it as it is."""
    text = "-".join(str(part) for part in parts if part)
    table = ASCII_LETTERS.get(translation.get_language(), ASCII_LETTERS["nb"])
    return f"{slugify(text.translate(table)) or 'samling'}.{extension}"


def private_file(body, filename, content_type):
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
