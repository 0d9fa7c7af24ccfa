from django.utils.translation import get_language

from wagtail.documents.models import document_served

from programme.file_formats import file_format
from programme.pages import ToolFile

from . import counter


def is_first_fetch(request):
    """A GET of the file, not a viewer's request for a later part of it."""
    ranged = request.headers.get("Range", "")
    return request.method == "GET" and (not ranged or ranged.startswith("bytes=0-"))


def count_download(sender, instance, request, **kwargs):
    if not is_first_fetch(request):
        return
    tool = ToolFile.objects.filter(document=instance).values_list(
        "page__translation_key", "language"
    )
    tool_key, language = tool.first() or (None, "")
    counter.count_download(
        instance.pk, tool_key, language or get_language(), file_format(instance.file.name)
    )


def connect():
    document_served.connect(count_download, dispatch_uid="samling-usage-download")
