"""The session bundle: every tool file of a module in one zip, in the visitor's language.

Each tool contributes one file: the one in the visitor's language, or the other language
where the tool has none. Names read like "01 Årshjul for kvalitetsarbeidet.xlsx".
"""

import logging
import re
import zipfile
from tempfile import SpooledTemporaryFile

from django.http import FileResponse, Http404

from .relations import files_for_language, module_context

logger = logging.getLogger(__name__)

UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def readable_name(index, title, extension):
    return f"{index:02d} {UNSAFE.sub('-', title).strip()}.{extension}"


def bundle_files(tools, request=None):
    """[(file name in the zip, document)] for the tools, one file each."""
    result = []
    for tool in tools:
        files = [f for f in files_for_language(tool.files.all()) if viewable(f.document, request)]
        if files:
            document = files[0].document
            name = readable_name(len(result) + 1, tool.title, document.file_extension)
            result.append((name, document))
    return result


def viewable(document, request):
    """Without a request (rendering the size) every file counts; a download checks each."""
    if request is None:
        return True
    return all(r.accept_request(request) for r in document.collection.get_view_restrictions())


def bundle_size(files):
    return sum(document.file_size or 0 for _name, document in files)


def module_context_with_bundle(module):
    """What a module page lists, with the size of its bundle: the same for everyone, so
    it is read with the rest (relations.shared_context)."""
    context = module_context(module)
    files = bundle_files(context["tools"])
    context["bundle_size"] = bundle_size(files) if files else None
    return context


def zip_response(files, filename):
    """The files in one zip; a file gone from storage is left out (and logged) rather
    than costing the visitor the others."""
    # FileResponse closes the buffer once it has been sent, so no context manager here.
    buffer = SpooledTemporaryFile(max_size=16 * 1024 * 1024)  # noqa: SIM115
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, document in files:
            try:
                with document.open_file() as source:
                    archive.writestr(name, source.read())
            except OSError:
                logger.warning("%s: %s is missing from storage", filename, document.file.name)
        if not archive.namelist():
            raise Http404
    buffer.seek(0)
    return FileResponse(
        buffer, as_attachment=True, filename=filename, content_type="application/zip"
    )
