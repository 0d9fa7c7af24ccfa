"""Files for one person, made for them (under a name in the screen's language) or
uploaded by their team: sent as attachments, never kept by a cache on the way."""

import mimetypes

from django.http import FileResponse, HttpResponse
from django.utils import translation

from .translated_slugs import ascii_slug

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def file_name(*parts, extension):
    """`oppmote-absolutt-innlandet-2026.xlsx` from ("oppmøte", "ABSOLUTT Innlandet 2026")
    in Bokmål, `fremmoede-…` in Danish: ASCII only, so that every browser and mail
    program keeps it as it is."""
    text = "-".join(str(part) for part in parts if part)
    return f"{ascii_slug(text, translation.get_language()) or 'samling'}.{extension}"


PRIVATE = "private, no-store"


def private_file(body, filename, content_type):
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = PRIVATE
    return response


def private_stream(opened, filename):
    """A stored file someone uploaded, streamed under its own (any-language) name: never
    kept by a cache, and never read by the browser as anything but a download."""
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    response = FileResponse(
        opened, as_attachment=True, filename=filename, content_type=content_type
    )
    response["Cache-Control"] = PRIVATE
    response["X-Content-Type-Options"] = "nosniff"
    return response
