"""Files made for one person: sent as attachments under a name in the screen's language,
never kept by a cache on the way."""

from django.http import HttpResponse
from django.utils.text import slugify

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def file_name(*parts, extension):
    """`oppmote-absolutt-innlandet.xlsx` from ("oppmøte", "ABSOLUTT Innlandet"): ASCII
    only, so that every browser and mail program keeps it as it is."""
    return f"{slugify('-'.join(str(part) for part in parts if part)) or 'samling'}.{extension}"


def private_file(body, filename, content_type):
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
