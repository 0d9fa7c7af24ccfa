"""Whether an uploaded file is what its name says: an allow-list of extensions, each
checked against the file's content (`filetype`), its size, and, for office formats
(zip archives), what it unpacks to. Used for editors' documents and team answers' files.
Every reason is in the active language."""

from pathlib import PurePosixPath

import filetype

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .archives import ArchiveTooLarge, check_archive

# Extension -> the content types (as `filetype` names them) such a file may hold.
OLE = {"doc", "xls", "ppt"}  # the pre-2007 Office formats share one container
CONTENT = {
    "pdf": {"pdf"},
    "docx": {"docx"},
    "xlsx": {"xlsx"},
    "pptx": {"pptx"},
    "odt": {"odt"},
    "ods": {"ods"},
    "odp": {"odp"},
    "doc": OLE,
    "xls": OLE,
    "ppt": OLE,
    "rtf": {"rtf"},
    "png": {"png"},
    "jpg": {"jpg"},
    "jpeg": {"jpg"},
    "webp": {"webp"},
    "heic": {"heic"},
    "txt": None,  # plain text: no binary signature
    "csv": None,
}
# Never part of a name, even before the last dot ("program.pdf.html", "x.html.pdf").
ACTIVE_EXTENSIONS = {"htm", "html", "xhtml", "svg", "js", "mjs", "php", "exe", "bat", "sh", "xml"}
MARKUP = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml")
# Office and OpenDocument files are zip archives: checked unpacked too (a zip bomb is
# refused before anything, a search indexer or a reader's office suite, opens it).
ARCHIVES = {"docx", "xlsx", "pptx", "odt", "ods", "odp"}


def suffixes(name):
    return [suffix.lstrip(".").lower() for suffix in PurePosixPath(name).suffixes]


def looks_like_text(head):
    stripped = head.lstrip().lower()
    return b"\x00" not in head and not stripped.startswith(MARKUP)


def content_error(upload, extension):
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    expected = CONTENT.get(extension)
    kind = filetype.guess(head)
    if expected is None:
        return None if kind is None and looks_like_text(head) else _("The file is not plain text.")
    if kind is None or kind.extension not in expected:
        return _("The file’s content is not what its extension (.%(ext)s) says.") % {
            "ext": extension
        }
    return None


def archive_error(upload, extension, max_unpacked, max_parts):
    if extension not in ARCHIVES:
        return None
    try:
        check_archive(upload, max_unpacked, max_parts)
    except ArchiveTooLarge:
        return _("The file unpacks to more than %(limit)s, or has too many parts.") % {
            "limit": filesizeformat(max_unpacked)
        }
    return None


def upload_errors(upload, allowed, max_size, max_unpacked, max_parts):
    """Reasons why `upload` may not be kept: type, hidden type, size, content, unpacking."""
    parts = suffixes(upload.name)
    extension = parts[-1] if parts else ""
    if extension not in allowed or extension not in CONTENT:
        return [
            _("Files of type “%(ext)s” cannot be uploaded. Allowed types: %(allowed)s.")
            % {"ext": extension or "?", "allowed": ", ".join(sorted(allowed))}
        ]
    if ACTIVE_EXTENSIONS.intersection(parts):
        return [_("The file name hides another file type (%(name)s).") % {"name": upload.name}]
    if upload.size > max_size:
        return [
            _("The file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_size)}
        ]
    problem = content_error(upload, extension) or archive_error(
        upload, extension, max_unpacked, max_parts
    )
    return [problem] if problem else []
